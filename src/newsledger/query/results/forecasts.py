"""The forecast ledger: forecasts, the events that may settle them, track records."""
from __future__ import annotations

from dataclasses import dataclass, field

from ...vocab import Certainty
from .events import EventHit


@dataclass
class ForecastRow:
    """A forecast with who made it, when it can be checked and the verdict on it, if any."""

    id: int
    statement_id: int
    article_id: str
    speaker: str | None
    speaker_id: int | None
    outlet: str | None
    made_on: str | None
    made_on_iso: str | None
    horizon: str | None
    horizon_iso: str | None
    certainty: Certainty | None
    event_type: str | None
    actors: list[str]
    targets: list[str]
    actor_ids: list[int]
    target_ids: list[int]
    content: str
    verdict: str | None
    note: str | None
    event_id: int | None


@dataclass
class Candidate(EventHit):
    """A later event that may settle a forecast, with the score of the match."""

    score: float = 0.0


@dataclass
class ForecastDetail(ForecastRow):
    """One forecast with the later events that may settle it."""

    candidates: list[Candidate] = field(default_factory=list)


@dataclass
class ScoreRow:
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


@dataclass
class ForecastLedger:
    """A page of forecasts and every source's scoreboard."""

    items: list[ForecastRow]
    total: int
    limit: int
    offset: int
    scoreboard: list[ScoreRow]
