"""Statements, stored and as a search lists them."""
from __future__ import annotations

from ...record import Record, field
from ...vocab import Certainty, Kind, Polarity, Span
from .common import Source


class StatementRow(Record):
    """A stored statement with its speaker and channel named; spans index the article text."""

    id: int
    article_id: str
    speaker: str | None
    speaker_id: int | None
    speaker_text: str | None
    speaker_span: Span | None
    content: str
    content_span: Span
    content_spans: list[Span]
    cue: str | None
    cue_span: Span | None
    kind: Kind
    certainty: Certainty
    forecast: bool
    channel: str | None
    said_on: str | None
    said_on_iso: str | None
    polarity: Polarity
    extractor_id: int | None


class StatementHit(StatementRow):
    """A statement as a search lists it: with its article and every outlet that carried the claim."""

    published: str | None = None
    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    sources: list[Source] = field(default_factory=list)
