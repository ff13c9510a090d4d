"""What the ledger holds: the values its filters can take, beside its counts (``results.counts``)."""
from __future__ import annotations

from ...record import Record
from .counts import Counts


class ValueCount(Record):
    """A value a filter can take, and how many rows hold it."""

    value: str
    n: int


class DateRange(Record):
    """The first and last calendar dates of a span (None when nothing is dated)."""

    first: str | None
    last: str | None


class Overview(Record):
    """Counts, the publication dates the ledger spans, and the values its filters can take."""

    counts: Counts
    published: DateRange
    outlets: list[ValueCount]
    entity_types: list[ValueCount]
    event_types: list[ValueCount]
    event_statuses: list[ValueCount]
    certainties: list[ValueCount]
