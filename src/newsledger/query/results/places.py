"""The places events happened in."""
from __future__ import annotations

from dataclasses import dataclass, field

from .common import Place


@dataclass
class PlaceCount(Place):
    """A place events happened in, with their number by status."""

    n: int = 0
    statuses: dict[str, int] = field(default_factory=dict)
