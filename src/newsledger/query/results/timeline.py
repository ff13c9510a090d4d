"""Events and statements per month."""
from __future__ import annotations

from ...record import Record


class Month(Record):
    """Events by status and statements dated to one calendar month ('2023-01')."""

    month: str
    statements: int = 0
    occurred: int = 0
    planned: int = 0
    speculated: int = 0
    denied: int = 0


class Timeline(Record):
    """Months in order, and how many events and statements no month can hold (undated, year only)."""

    months: list[Month]
    events_without_month: int
    statements_without_month: int
