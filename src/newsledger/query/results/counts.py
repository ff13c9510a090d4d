"""What the ledger holds, counted (`stats`): a room of its own, so `stats` builds this one record
and not the overview's."""
from __future__ import annotations

from ...record import Record


class Counts(Record):
    """Rows of the ledger's main tables."""

    articles: int
    entities: int
    mentions: int
    statements: int
    timexes: int
    events: int
    forecasts: int
