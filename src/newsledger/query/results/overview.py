"""What the ledger holds: counts and the values its filters can take."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Counts:
    """Rows of the ledger's main tables."""

    articles: int
    entities: int
    mentions: int
    statements: int
    timexes: int
    events: int
    forecasts: int


@dataclass
class ValueCount:
    value: str
    n: int


@dataclass
class DateRange:
    first: str | None
    last: str | None


@dataclass
class Overview:
    """Counts, the publication dates the ledger spans, and the values its filters can take."""

    counts: Counts
    published: DateRange
    outlets: list[ValueCount]
    entity_types: list[ValueCount]
    event_types: list[ValueCount]
    event_statuses: list[ValueCount]
    certainties: list[ValueCount]
