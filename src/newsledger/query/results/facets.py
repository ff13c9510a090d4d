"""How a filtered list divides by one field."""
from __future__ import annotations

from ...record import Record


class FacetValue(Record):
    """One value of a facet: what to filter on (VALUE), how to show it (LABEL) and its rows."""

    value: str
    label: str
    n: int


class Facet(Record):
    """How a filtered list divides by one field, the commonest values first (MORE: others exist)."""

    name: str
    values: list[FacetValue]
    more: bool
