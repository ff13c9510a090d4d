"""What the query layer answers, as typed records: the same objects reach the Python API, the CLI
(``--json`` is their ``asdict``) and the REST API (whose OpenAPI schema is generated from them).

Every date a text gave keeps its TIMEX3 value (``said_on``, ``date``, ``horizon``, ``published``)
and, beside it, the calendar date it names (``*_iso``, None when it names none) that every sort,
range filter and timeline uses. ``date`` on a listed statement and ``when`` on a listed event are
those sort keys: the statement's own day, else its article's.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

from ..model import ArticleKind, Certainty, Kind, Polarity, Status

T = TypeVar("T")
Span = tuple[int, int]


@dataclass
class Page(Generic[T]):
    """One window of a longer list: ITEMS from OFFSET, at most LIMIT of TOTAL."""

    items: list[T]
    total: int
    limit: int
    offset: int


@dataclass
class Geo:
    """Where a place is: a point, its country (ISO 3166 alpha-2) and the gazetteer level."""

    lat: float
    lon: float
    country: str | None = None
    level: str | None = None


@dataclass
class Place:
    """A located entity."""

    id: int
    name: str
    lat: float
    lon: float
    country: str | None = None
    level: str | None = None


@dataclass
class Source:
    """An article that carries a claim (its own report, or another outlet's)."""

    id: str
    outlet: str | None
    published: str | None
    url: str | None


@dataclass
class StatementRow:
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


@dataclass
class StatementHit(StatementRow):
    """A statement as a search lists it: with its article and every outlet that carried the claim."""

    published: str | None = None
    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    sources: list[Source] = field(default_factory=list)


@dataclass
class EventRow:
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


@dataclass
class EventHit(EventRow):
    """An event as a search lists it: with its article and its sort date."""

    published: str | None = None
    title: str | None = None
    outlet: str | None = None
    when: str | None = None


@dataclass
class PlaceCount(Place):
    """A place events happened in, with their number by status."""

    n: int = 0
    statuses: dict[str, int] = field(default_factory=dict)


@dataclass
class EntityHit:
    """An entity as a lookup lists it."""

    id: int
    name: str
    type: str
    geo: Geo | None
    first_seen: str | None
    last_seen: str | None
    mentions: int
    statements: int


@dataclass
class Alias:
    alias: str
    n: int


@dataclass
class Role:
    """A role an entity was given, with the first and last publication dates it was seen in."""

    role: str
    since: str | None
    until: str | None
    n: int


@dataclass
class IdentityEdit:
    """A fix a person made to identities: MERGE (B folded into A), SPLIT (B made from A's spelling),
    RENAME (of A) or DIFFERENT (A and B kept apart), with what it did and whether it was undone."""

    id: int
    action: str
    a: int
    a_name: str | None
    b: int | None
    b_name: str | None
    summary: str
    note: str | None
    created_at: str
    undone_at: str | None


@dataclass
class CoEntity:
    """An entity named in the same articles, with the number of those articles."""

    id: int
    name: str
    type: str
    n: int


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


@dataclass
class Dossier:
    """Everything the ledger holds on one entity, each list paged or bounded."""

    id: int
    name: str
    type: str
    geo: Geo | None
    first_seen: str | None
    last_seen: str | None
    first_seen_iso: str | None
    last_seen_iso: str | None
    mentions: int
    aliases: list[Alias]
    roles: list[Role]
    statements_by: Page[StatementHit]
    statements_about: Page[StatementHit]
    events: Page[EventHit]
    forecasts: Page[ForecastRow]
    co_occurring: list[CoEntity]
    co_occurring_articles: int
    places: list[Place]
    other_matches: list[int]


@dataclass
class GraphNode:
    id: int
    name: str
    type: str
    speaker: bool


@dataclass
class GraphEdge:
    """SOURCE said something naming TARGET in WEIGHT statements (a claim counted once across outlets)."""

    source: int
    target: int
    weight: int


@dataclass
class Graph:
    """Who said what about whom: the heaviest EDGES of EDGES_TOTAL that meet the filters."""

    nodes: list[GraphNode]
    edges: list[GraphEdge]
    edges_total: int


@dataclass
class Month:
    """Events by status and statements dated to one calendar month ('2023-01')."""

    month: str
    statements: int = 0
    occurred: int = 0
    planned: int = 0
    speculated: int = 0
    denied: int = 0


@dataclass
class Timeline:
    """Months in order, and how many events and statements no month can hold (undated, year only)."""

    months: list[Month]
    events_without_month: int
    statements_without_month: int


@dataclass
class TimexRow:
    span: Span
    text: str
    value: str
    type: str | None


@dataclass
class ArticleEntity:
    """An entity as one article names it: its mentions there."""

    id: int
    name: str
    type: str
    mentions: list[Span]
    geo: Geo | None = None


@dataclass
class ArticleRecord:
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


@dataclass
class ArticleHit:
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


@dataclass
class FacetValue:
    """One value of a facet: what to filter on (VALUE), how to show it (LABEL) and its rows."""

    value: str
    label: str
    n: int


@dataclass
class Facet:
    """How a filtered list divides by one field, the commonest values first (MORE: others exist)."""

    name: str
    values: list[FacetValue]
    more: bool


@dataclass
class Found:
    """One search box over everything."""

    q: str
    entities: Page[EntityHit]
    statements: Page[StatementHit]
    articles: Page[ArticleHit]


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
