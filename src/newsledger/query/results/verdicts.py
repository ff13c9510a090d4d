"""Checking forecasts: the later events that may settle one, a forecast with them, each source's
track record, and the forecast ledger with its scoreboard."""
from __future__ import annotations

from ...record import Record, field
from .events import EventHit
from .forecasts import ForecastRow


class Candidate(EventHit):
    """A later event that may settle a forecast, with the score of the match."""

    score: float = 0.0


class ForecastDetail(ForecastRow):
    """One forecast with the later events that may settle it."""

    candidates: list[Candidate] = field(default_factory=list)


class ScoreRow(Record):
    """One source's track record: forecasts made, resolved, right, wrong, open; Brier score of the
    certainty it stated (lower is better; None until something is resolved)."""

    speaker: str | None
    speaker_id: int | None
    made: int
    right: int
    wrong: int
    open: int
    resolved: int
    brier: float | None


class ForecastLedger(Record):
    """A page of forecasts and every source's scoreboard."""

    items: list[ForecastRow]
    total: int
    limit: int
    offset: int
    scoreboard: list[ScoreRow]
