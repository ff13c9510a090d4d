"""A forecast as listed (the dossier's and the forecast ledger's rows); what checking forecasts
answers with (candidate events, track records) is in ``results.verdicts``."""
from __future__ import annotations

from ...record import Record
from ...vocab import Certainty


class ForecastRow(Record):
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
    claim: str | None = None        # the words that predict, inside the content (None: a ledger from before they were kept)
