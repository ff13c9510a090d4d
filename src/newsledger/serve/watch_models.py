"""The typed responses of the watch routes (``serve/watch.py``) and of ``POST /api/ingest``, so
/openapi.json documents every field an inbox client reads. The alert's parts mirror what
``watch.alerts`` stores and delivers (its JSON lines and webhooks carry the same fields)."""
from __future__ import annotations

from pydantic import BaseModel

from ..watch.state import SourceStatus
from ..watch.watchlists import Watchlist


class WatchlistRef(BaseModel):
    id: int
    kind: str
    label: str


class AlertArticle(BaseModel):
    id: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None


class AlertStatement(BaseModel):
    id: int
    speaker: str | None = None
    speaker_id: int | None = None
    speaker_text: str | None = None
    content: str
    cue: str | None = None
    certainty: str | None = None
    polarity: str | None = None
    forecast: bool = False
    said_on: str | None = None


class AlertEvent(BaseModel):
    id: int
    type: str
    status: str
    trigger: str | None = None
    actors: list[str] = []
    targets: list[str] = []
    place: str | None = None
    date: str | None = None
    evidence: str | None = None


class Evidence(BaseModel):
    start: int
    end: int
    text: str


class ForecastRef(BaseModel):
    id: int


class AlertItem(BaseModel):
    """One alert: what matched (KIND, SUMMARY), the statement or event, the evidence and a link."""

    id: int
    created_at: str
    read_at: str | None = None
    watchlist: WatchlistRef
    kind: str
    summary: str
    article: AlertArticle | None = None
    statement: AlertStatement | None = None
    event: AlertEvent | None = None
    forecast: ForecastRef | None = None
    evidence: Evidence | None = None
    link: str | None = None


class AlertCounts(BaseModel):
    unread: int
    total: int


class WatchlistCounts(BaseModel):
    id: int
    label: str
    kind: str
    unread: int
    alerts: int


class AlertCountsAll(AlertCounts):
    watchlists: list[WatchlistCounts]


class Inbox(BaseModel):
    """A page of the inbox with the unread count."""

    counts: AlertCounts
    limit: int
    offset: int
    items: list[AlertItem]


class Watchlists(BaseModel):
    items: list[Watchlist]


class Sources(BaseModel):
    items: list[SourceStatus]


class Ingested(BaseModel):
    """What one ``POST /api/ingest`` did."""

    read: int
    stored: int
    unchanged: int
    skipped: list[str]


