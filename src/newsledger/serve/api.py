"""The read-only REST routes: each one validates its parameters and calls one function of the query
layer (``newsledger.query``), the same the CLI and the Python API call; the typed records it
returns are the response models of /openapi.json."""
from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, Literal, TypeVar

from fastapi import APIRouter, Depends, Path, Query
from fastapi.responses import Response

from ..model import Certainty, Kind, Status
from ..query import articles, entities, facets, overview
from ..query import dossier as dossiers
from ..query import events as event_search
from ..query import forecasts as ledger
from ..query.graph import Direction, speech_graph, to_gexf, to_graphml
from ..query.results import (
    ArticleHit,
    ArticleRecord,
    Dossier,
    EntityHit,
    EventHit,
    Facet,
    ForecastDetail,
    ForecastLedger,
    Found,
    Graph,
    Overview,
    Page,
    PlaceCount,
    ScoreRow,
    StatementHit,
    Timeline,
)
from ..query.sql import MAX_ID
from ..query.statements import search_statements
from ..query.timeline import timeline as months
from .deps import MAX_OFFSET, Conn, PageParams, Paging, Range, RowId, Text
from .downloads import FILE_RESPONSES, Format, download

router = APIRouter(prefix="/api")
T = TypeVar("T")


def answer(fetch: Callable[[int, int], Page[T]], paging: PageParams, fmt: str | None, name: str) -> Page[T] | Response:
    """One page of the list FETCH(limit, offset) reads, or with FMT the whole list as a file."""
    return download(fetch, fmt, name) if fmt else fetch(paging.limit, paging.offset)
EntityType = Annotated[str | None, Query(alias="type", pattern=r"^[A-Za-z_]{2,20}$",
                                         description="PERSON, ORG, GPE, ...")]
EventTypes = Annotated[str | None, Query(alias="type", pattern=r"^[A-Za-z_,]{2,200}$",
                                         description="PLOVER type(s), comma-separated")]
Query_ = Annotated[str | None, Query(max_length=200, description='words (all required), "a phrase", AND, OR,'
                                                                 ' NOT, ( ), prefix*')]
GRAPH_FILES = {"gexf": ("application/gexf+xml", to_gexf), "graphml": ("application/graphml+xml", to_graphml)}


@router.get("/entities", tags=["entities"], response_model=Page[EntityHit], responses=FILE_RESPONSES)
def entity_list(conn: Conn, paging: Paging, q: Text = None, etype: EntityType = None,
                fmt: Format = None) -> Page[EntityHit] | Response:
    """Entities whose names (in any spelling or transliteration) match Q, best first; without Q,
    the most mentioned."""
    return answer(lambda n, at: entities.find_entities(conn, q, etype, n, at), paging, fmt, "entities")


@router.get("/entities/{entity_id}", tags=["entities"])
def entity(conn: Conn, entity_id: RowId,
           limit: Annotated[int, Query(ge=1, le=500)] = 50) -> Dossier:
    """An entity's dossier: its names and spellings, roles over time, statements by and about it,
    events it took part in (as actor or target) or reported, forecasts it made, co-occurring
    entities and places to map; each list the first LIMIT, with its total."""
    return dossiers.dossier(conn, str(entity_id), limit)


class StatementFilters:
    """The filters of the statement list, shared by the list and its facets."""

    def __init__(self, dates: Range, q: Query_ = None, speaker: Text = None, about: Text = None,
                 certainty: Certainty | None = None, forecast: bool | None = None, outlet: Text = None,
                 article: Text = None, kind: Kind | None = None):
        self.values: dict[str, Any] = {"q": q, "speaker": speaker, "about": about, "certainty": certainty, "forecast": forecast,
                       "outlet": outlet, "article": article, "kind": kind, "date_from": dates.date_from,
                       "date_to": dates.date_to}


@router.get("/statements", tags=["statements"], response_model=Page[StatementHit], responses=FILE_RESPONSES)
def statements(conn: Conn, paging: Paging, filters: Annotated[StatementFilters, Depends()],
               sort: Annotated[Literal["newest", "oldest"], Query()] = "newest",
               fmt: Format = None) -> Page[StatementHit] | Response:
    """Who said what: statements by SPEAKER, naming ABOUT, matching Q (words, "a phrase", AND, OR,
    NOT, prefix*), newest first (``sort=oldest``: oldest first), undated last. Names are matched
    under any spelling; a claim carried by several outlets appears once."""
    return answer(lambda n, at: search_statements(conn, **filters.values, oldest=sort == "oldest", limit=n, offset=at),
                  paging, fmt, "statements")


@router.get("/statements/facets", tags=["statements"])
def statement_facets(conn: Conn, filters: Annotated[StatementFilters, Depends()]) -> list[Facet]:
    """How the statements the same filters list divide by speaker, outlet, certainty, kind,
    forecast and month, with counts."""
    return facets.statement_facets(conn, **filters.values)


class EventFilters:
    """The filters of the event list, shared by the list and its facets."""

    def __init__(self, dates: Range, etype: EventTypes = None, actor: Text = None, target: Text = None,
                 entity: Text = None, place: Text = None, status: Status | None = None, outlet: Text = None):
        self.values: dict[str, Any] = {"etype": etype, "actor": actor, "target": target, "entity": entity, "status": status,
                       "place": place, "date_from": dates.date_from, "date_to": dates.date_to, "outlet": outlet}


@router.get("/events", tags=["events"], response_model=Page[EventHit], responses=FILE_RESPONSES)
def events(conn: Conn, paging: Paging, filters: Annotated[EventFilters, Depends()],
           sort: Annotated[Literal["oldest", "newest"], Query()] = "oldest",
           fmt: Format = None) -> Page[EventHit] | Response:
    """PLOVER events in date order (undated last; ``sort=newest``: latest first), with status
    (occurred, planned, speculated, denied), actors, targets, place (with coordinates) and the
    article that reports them."""
    return answer(lambda n, at: event_search.search_events(conn, **filters.values, newest=sort == "newest", limit=n,
                                                           offset=at), paging, fmt, "events")


@router.get("/events/facets", tags=["events"])
def event_facets(conn: Conn, filters: Annotated[EventFilters, Depends()]) -> list[Facet]:
    """How the events the same filters list divide by type, status, outlet, place and month."""
    return facets.event_facets(conn, **filters.values)


@router.get("/places", tags=["events"], response_model=Page[PlaceCount], responses=FILE_RESPONSES)
def places(conn: Conn, dates: Range, etype: EventTypes = None, entity: Text = None, status: Status | None = None,
           outlet: Text = None, limit: Annotated[int, Query(ge=1, le=5000)] = 1000,
           offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0, fmt: Format = None) -> Page[PlaceCount] | Response:
    """Places where events happened, with coordinates and event counts by status (for maps)."""
    def fetch(n: int, at: int) -> Page[PlaceCount]:
        return event_search.place_counts(conn, etype=etype, entity=entity, status=status, outlet=outlet,
                                         date_from=dates.date_from, date_to=dates.date_to, limit=n, offset=at)
    return download(fetch, fmt, "places") if fmt else fetch(limit, offset)


@router.get("/timeline", tags=["events"])
def timeline(conn: Conn, dates: Range, entity: Text = None) -> Timeline:
    """Events per month by status, and statements per month, optionally of one ENTITY; what no
    month can hold (undated, or dated to a year alone) is counted apart."""
    return months(conn, entity=entity, date_from=dates.date_from, date_to=dates.date_to)


@router.get("/forecasts", tags=["forecasts"], response_model=ForecastLedger, responses=FILE_RESPONSES)
def forecasts(conn: Conn, paging: Paging, speaker: Text = None,
              open_only: Annotated[bool, Query(alias="open")] = False, fmt: Format = None) -> ForecastLedger | Response:
    """The forecast ledger: each source's scoreboard (made, resolved, right, wrong, open, Brier
    score) and the forecasts themselves, optionally of one SPEAKER and only the unresolved
    (``format``: the forecasts alone, as a file)."""
    if fmt:
        return download(lambda n, at: ledger.list_forecasts(conn, speaker, open_only, n, at), fmt, "forecasts")
    return ledger.forecast_ledger(conn, speaker, open_only, paging.limit, paging.offset)


@router.get("/forecasts/due", tags=["forecasts"], response_model=Page[ForecastDetail], responses=FILE_RESPONSES)
def due(conn: Conn, paging: Paging, fmt: Format = None) -> Page[ForecastDetail] | Response:
    """The review queue: open forecasts whose horizon has passed, the longest overdue first, each
    with the later events that may confirm or refute it."""
    return answer(lambda n, at: ledger.due_forecasts(conn, None, n, at), paging, fmt, "forecasts-due")


@router.get("/scoreboard", tags=["forecasts"], response_model=Page[ScoreRow], responses=FILE_RESPONSES)
def scoreboard(conn: Conn, paging: Paging, fmt: Format = None) -> Page[ScoreRow] | Response:
    """Each source's track record (made, resolved, right, wrong, open, Brier score), most resolved first."""
    board = ledger.scoreboard(conn)
    return answer(lambda n, at: Page(board[at:at + n], len(board), n, at), paging, fmt, "scoreboard")


@router.get("/forecasts/{forecast_id}", tags=["forecasts"])
def forecast(conn: Conn, forecast_id: RowId) -> ForecastDetail:
    """One forecast, with later events in the ledger that may settle it."""
    return ledger.forecast_detail(conn, forecast_id)


@router.get("/articles", tags=["articles"], response_model=Page[ArticleHit], responses=FILE_RESPONSES)
def article_list(conn: Conn, paging: Paging, dates: Range, q: Query_ = None, outlet: Text = None,
                 fmt: Format = None) -> Page[ArticleHit] | Response:
    """Articles, best full-text match for Q first (newest first without Q, undated last)."""
    return answer(lambda n, at: articles.search_articles(conn, q, outlet, dates.date_from, dates.date_to, n, at),
                  paging, fmt, "articles")


@router.get("/articles/{article_id}", tags=["articles"])
def article(conn: Conn, article_id: Annotated[str, Path(max_length=500)]) -> ArticleRecord:
    """One article's text with everything found in it: statements, entities, time expressions and
    events, each with character spans into the text."""
    return articles.article_record(conn, article_id)


@router.get("/search", tags=["search"])
def search_all(conn: Conn, q: Annotated[str, Query(min_length=1, max_length=200)],
               limit: Annotated[int, Query(ge=1, le=100)] = 10) -> Found:
    """One box over everything: entities by any spelling of their names, statements and articles
    by full text."""
    return overview.find_everything(conn, q, limit)


@router.get("/graph", tags=["graph"], response_model=Graph, responses={200: {"content": {
    "application/gexf+xml": {}, "application/graphml+xml": {}}}})
def graph(conn: Conn, dates: Range, entity: Text = None, direction: Direction = "both",
          min_weight: Annotated[int, Query(ge=1, le=MAX_ID)] = 1, limit: Annotated[int, Query(ge=1, le=5000)] = 300,
          fmt: Annotated[Literal["json", "gexf", "graphml"], Query(alias="format")] = "json") -> Graph | Response:
    """Who said what about whom: speaker -> each entity named in their statements, edge weight =
    statements; the heaviest LIMIT edges of ``edges_total``. With ENTITY, its ego network: the
    entities it named (direction=out), the speakers who named it (in), or both.
    ``format=gexf`` downloads it for Gephi, ``format=graphml`` for networkx, yEd or Cytoscape."""
    g = speech_graph(conn, entity=entity, direction=direction, date_from=dates.date_from, date_to=dates.date_to,
                     min_weight=min_weight, limit=limit)
    if fmt == "json":
        return g
    media, write = GRAPH_FILES[fmt]
    return Response(write(g), media_type=media,
                    headers={"Content-Disposition": f'attachment; filename="newsledger-graph.{fmt}"'})


@router.get("/stats", tags=["stats"])
def stats(conn: Conn) -> Overview:
    """Row counts, the publication date range, outlets and the values filters can take."""
    return overview.overview(conn)
