"""Events, stored and as a search lists them, and the places they happened in."""
from __future__ import annotations

from ...record import Record
from ...vocab import Span, Status
from .common import Place


class EventRow(Record):
    """A stored PLOVER event with its participants and place named."""

    id: int
    article_id: str
    type: str
    mode: str | None
    cameo: str | None
    trigger: str | None
    actors: list[str]
    targets: list[str]
    actor_ids: list[int]
    target_ids: list[int]
    date: str | None
    date_iso: str | None
    place: str | None
    place_id: int | None
    status: Status
    source: str | None
    source_id: int | None
    statement_id: int | None
    evidence: str
    evidence_span: Span
    place_geo: Place | None = None


class EventHit(EventRow):
    """An event as a search lists it: with its article and its sort date."""

    published: str | None = None
    title: str | None = None
    outlet: str | None = None
    when: str | None = None
