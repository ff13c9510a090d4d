"""One article with everything found in it, and articles as a search lists them."""
from __future__ import annotations

from ...record import Record
from ...vocab import ArticleKind, Span
from .common import Geo
from .events import EventRow
from .statements import StatementRow


class TimexRow(Record):
    """A time expression of the article: where it is, its words and its TIMEX3 value and type."""

    span: Span
    text: str
    value: str
    type: str | None


class ArticleEntity(Record):
    """An entity as one article names it: its mentions there."""

    id: int
    name: str
    type: str
    mentions: list[Span]
    geo: Geo | None = None


class ArticleRecord(Record):
    """Everything the ledger holds about one article."""

    id: str
    url: str | None
    title: str | None
    outlet: str | None
    author: str | None
    published: str | None
    published_iso: str | None
    published_inferred: bool
    language: str | None
    kind: ArticleKind | None
    body_end: int | None
    syndication_group: str | None
    text: str
    statements: list[StatementRow]
    entities: list[ArticleEntity]
    timexes: list[TimexRow]
    events: list[EventRow]


class ArticleHit(Record):
    """An article as a search lists it, with a snippet (matches between \\x02 and \\x03)."""

    id: str
    title: str | None
    outlet: str | None
    published: str | None
    published_iso: str | None
    url: str | None
    snippet: str
    statements: int
    events: int
