"""The places events happened in."""
from __future__ import annotations

from ...record import field
from .common import Place


class PlaceCount(Place):
    """A place events happened in, with their number by status."""

    n: int = 0
    statuses: dict[str, int] = field(default_factory=dict)
