"""The data model every stage speaks: what newsledger finds in news, defined once.

All spans are ``(start, end)`` character offsets, Python string indices, ``[start, end)``.
Inside the pipeline they index the *clean* text the parser saw; ``Analysis.remap`` moves
them onto the text exactly as received, which is what the store and every export use.

Entity references inside one article are local ids (``"e3"``); the resolver maps them to
the store's cross-document ids. The vocabularies (``Span``, ``Certainty``, ``Status``...) live in
``vocab``, shared with the typed query results, and are re-exported here.
"""
from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields, is_dataclass
from typing import Any

from .vocab import ArticleKind, Certainty, DateSource, Kind, MentionKind, Polarity, Span, Status

NEWS_KINDS = (None, "news", "opinion")
# pages that are no article at all: nobody's statement on them is a claim worth a ledger entry
# (a shop's testimonial, a forum's post); how-tos and reviews keep their named sources
NO_ARTICLE_KINDS = ("product", "service", "listing", "documentation", "forum")


@dataclass
class Article:
    """One news article as received, plus what ingestion learned about it."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None          # ISO date (possibly partial: "2022-12")
    date_source: DateSource | None = None  # where ``published`` came from; None: no date
    outlet: str | None = None
    language: str | None = None
    author: str | None = None
    source: str | None = None             # file path or archive the article came from
    body_end: int | None = None           # where boilerplate (link lists...) starts, original offsets
    kind: ArticleKind | None = None       # what the page is (None: not decided)
    kind_reason: str | None = None        # the signal that decided the kind ("schema.org 'Product' -> product (+3)")
    date_from_text: bool = True           # False: the page's own date was looked for; a date its text speaks of is none
    text_only: str | None = None          # the coded reason (errors.Codes) it was stored without analysis

    @property
    def is_news(self) -> bool:
        """News reporting or opinion about public affairs (or not decided): read for events and forecasts."""
        return self.kind in NEWS_KINDS

    @property
    def published_inferred(self) -> bool:
        """True when the publication date was inferred from dates in the text."""
        return self.date_source == "text"


@dataclass
class Geo:
    """Where a place is: a point, its country (ISO 3166 alpha-2) and the gazetteer entry."""

    lat: float
    lon: float
    country: str | None = None
    level: str | None = None              # "country" | "admin1" | "city" | "continent" | ...
    geonameid: int | None = None
    name: str | None = None

    def km(self, other: Geo) -> float:
        """Great-circle distance to OTHER, in kilometres."""
        return km(self.lat, self.lon, other.lat, other.lon)


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (haversine) distance between two points, in kilometres (Earth radius 6371 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(min(1.0, h)))


@dataclass
class Mention:
    """A span of text that refers to an entity: a name, a title, a description or a pronoun; a
    place's name used as no place is an adjective ('Danish brewer') or a part of another name."""

    span: Span
    text: str
    kind: MentionKind = "name"


@dataclass
class Entity:
    """A person, organisation or place as one article speaks of it (or, in the store, across articles)."""

    id: str
    name: str
    type: str                             # PERSON | ORG | GPE | LOC | NORP | FAC | ...
    mentions: list[Mention] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    geo: Geo | None = None


@dataclass
class Timex:
    """A time expression and its TIMEX3 value, resolved against the publication date."""

    span: Span
    text: str
    value: str                            # "2022-12-19", "PAST_REF", "P3D", "XXXX-12-19", ...
    type: str = "DATE"                    # DATE | TIME | DURATION | SET


@dataclass
class Statement:
    """Who said, reported or believes what."""

    content_spans: list[Span]
    kind: Kind = "direct"
    cue: str | None = None
    cue_span: Span | None = None
    speaker: str | None = None            # local entity id; None: unattributed
    speaker_span: Span | None = None      # the mention introducing the speaker here ("he")
    speaker_antecedent: Span | None = None  # for a pronoun or description: the named mention it stands for
    certainty: Certainty = "asserted"
    forecast: bool = False
    channel: str | None = None            # local entity id of the medium, or its name
    said_on: str | None = None            # TIMEX3 value
    polarity: Polarity = "affirmed"       # "denied": the speaker denies the content ("denied that ...")

    @property
    def content_span(self) -> Span:
        return (self.content_spans[0][0], self.content_spans[-1][1])


@dataclass
class Event:
    """Who did what to whom, where and when, coded in PLOVER, with its status and source."""

    type: str                             # PLOVER type (PLOVER.md)
    evidence_span: Span
    trigger: str = ""
    actors: list[str] = field(default_factory=list)    # local entity ids
    targets: list[str] = field(default_factory=list)
    date: str | None = None               # TIMEX3 value
    place: str | None = None              # local entity id
    status: Status = "occurred"
    source: str | None = None             # local entity id of the speaker; None: the outlet
    statement: int | None = None          # index into Analysis.statements
    mode: str | None = None
    cameo: str | None = None


@dataclass
class Forecast:
    """A forward-looking statement: who predicted what, when, and by when it can be checked."""

    statement: int                        # index into Analysis.statements
    speaker: str | None
    made_on: str | None
    horizon: str | None                   # TIMEX3 date by which it can be checked
    event_type: str | None = None
    actors: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    claim_span: Span | None = None        # the clause or sentence that predicts, inside the statement's content
    certainty: Certainty | None = None    # how sure its own sentence is; None: the statement's certainty


@dataclass
class Analysis:
    """Everything newsledger found in one article."""

    article: Article
    entities: list[Entity] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    forecasts: list[Forecast] = field(default_factory=list)
    extractors: dict[str, str] = field(default_factory=dict)   # layer -> versioned extractor name
    notes: list[str] = field(default_factory=list)   # coded reasons the analysis is partial or missing (errors.Codes)

    def entity(self, local_id: str | None) -> Entity | None:
        return next((e for e in self.entities if e.id == local_id), None) if local_id else None

    def remap(self, to_original: Callable[[Span], Span]) -> Analysis:
        """Moves every span from clean-text offsets to offsets into the original text."""
        _remap(self.entities, to_original)
        _remap(self.statements, to_original)
        _remap(self.timexes, to_original)
        _remap(self.events, to_original)
        _remap(self.forecasts, to_original)
        return self


_SPAN_FIELDS = {"span", "cue_span", "speaker_span", "speaker_antecedent", "evidence_span", "claim_span"}


def _remap(obj: Any, fn: Callable[[Span], Span]) -> None:
    if isinstance(obj, list):
        for item in obj:
            _remap(item, fn)
        return
    if not is_dataclass(obj):
        return
    for f in fields(obj):
        value = getattr(obj, f.name)
        if f.name in _SPAN_FIELDS and value is not None:
            setattr(obj, f.name, fn(value))
        elif f.name == "content_spans":
            setattr(obj, f.name, [fn(s) for s in value])
        elif isinstance(value, list):
            _remap(value, fn)


def to_dict(obj: Any) -> Any:
    """A JSON-ready view of any model object (tuples become lists)."""
    return asdict(obj)


def analysis_from_dict(d: dict[str, Any]) -> Analysis:
    """Rebuilds an Analysis from ``to_dict`` output (e.g. after a trip through Parquet or a worker)."""
    def span(x: Any) -> Span:
        return (int(x[0]), int(x[1]))

    def maybe(x: Any) -> Span | None:
        return span(x) if x is not None else None

    def entity(e: dict[str, Any]) -> Entity:
        mentions = [Mention(span(m["span"]), m["text"], m["kind"]) for m in e["mentions"]]
        geo = Geo(**e["geo"]) if e.get("geo") else None
        return Entity(**{**e, "mentions": mentions, "geo": geo})

    def statement(s: dict[str, Any]) -> Statement:
        return Statement(**{**s, "content_spans": [span(x) for x in s["content_spans"]], "cue_span": maybe(s["cue_span"]),
                            "speaker_span": maybe(s["speaker_span"]), "speaker_antecedent": maybe(s["speaker_antecedent"])})

    return Analysis(
        article=Article(**d["article"]),
        entities=[entity(e) for e in d["entities"]],
        statements=[statement(s) for s in d["statements"]],
        timexes=[Timex(**{**t, "span": span(t["span"])}) for t in d["timexes"]],
        events=[Event(**{**e, "evidence_span": span(e["evidence_span"])}) for e in d["events"]],
        forecasts=[Forecast(**{**f, "claim_span": maybe(f.get("claim_span"))}) for f in d["forecasts"]],
        extractors=dict(d.get("extractors") or {}),
        notes=list(d.get("notes") or []),
    )
