"""The read-only REST routes: each one validates its parameters and calls one function of the query
layer (``newsledger.query``), the same the CLI and the Python API call; the typed records it
returns are the response models of /openapi.json."""
from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query
from fastapi.responses import Response

from ..model import Certainty, Status
from ..query import articles, entities, overview
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
    ForecastDetail,
    ForecastLedger,
    Found,
    Graph,
    Overview,
    Page,
    PlaceCount,
    StatementHit,
    Timeline,
)
from ..query.sql import MAX_ID
from ..query.statements import search_statements
from ..query.timeline import timeline as months
from .deps import MAX_OFFSET, Conn, Paging, Range, RowId, Text

router = APIRouter(prefix="/api")
EntityType = Annotated[str | None, Query(alias="type", pattern=r"^[A-Za-z_]{2,20}$",
                                         description="PERSON, ORG, GPE, ...")]
EventTypes = Annotated[str | None, Query(alias="type", pattern=r"^[A-Za-z_,]{2,200}$",
                                         description="PLOVER type(s), comma-separated")]
GRAPH_FILES = {"gexf": ("application/gexf+xml", to_gexf), "graphml": ("application/graphml+xml", to_graphml)}


@router.get("/entities", tags=["entities"])
def entity_list(conn: Conn, paging: Paging, q: Text = None, etype: EntityType = None) -> Page[EntityHit]:
    """Entities whose names (in any spelling or transliteration) match Q, best first; without Q,
    the most mentioned."""
    return entities.find_entities(conn, q, etype, paging.limit, paging.offset)


@router.get("/entities/{entity_id}", tags=["entities"])
def entity(conn: Conn, entity_id: RowId,
           limit: Annotated[int, Query(ge=1, le=500)] = 50) -> Dossier:
    """An entity's dossier: its names and spellings, roles over time, statements by and about it,
    events it took part in (as actor or target) or reported, forecasts it made, co-occurring
    entities and places to map; each list the first LIMIT, with its total."""
    return dossiers.dossier(conn, str(entity_id), limit)


@router.get("/statements", tags=["statements"])
def statements(conn: Conn, paging: Paging, dates: Range, q: Text = None, speaker: Text = None,
               about: Text = None, certainty: Certainty | None = None, forecast: bool | None = None,
               outlet: Text = None, article: Text = None) -> Page[StatementHit]:
    """Who said what: statements by SPEAKER, naming ABOUT, matching the words Q, newest first
    (undated last). Names are matched under any spelling; a claim carried by several outlets
    appears once."""
    return search_statements(conn, q=q, speaker=speaker, about=about, certainty=certainty, forecast=forecast,
                             date_from=dates.date_from, date_to=dates.date_to, outlet=outlet, article=article,
                             limit=paging.limit, offset=paging.offset)


@router.get("/events", tags=["events"])
def events(conn: Conn, paging: Paging, dates: Range, etype: EventTypes = None, actor: Text = None,
           target: Text = None, entity: Text = None, place: Text = None, status: Status | None = None,
           outlet: Text = None) -> Page[EventHit]:
    """PLOVER events in date order (undated last), with status (occurred, planned, speculated,
    denied), actors, targets, place (with coordinates) and the article that reports them."""
    return event_search.search_events(conn, etype=etype, actor=actor, target=target, entity=entity, status=status,
                                      place=place, date_from=dates.date_from, date_to=dates.date_to, outlet=outlet,
                                      limit=paging.limit, offset=paging.offset)


@router.get("/places", tags=["events"])
def places(conn: Conn, dates: Range, etype: EventTypes = None, entity: Text = None, status: Status | None = None,
           outlet: Text = None, limit: Annotated[int, Query(ge=1, le=5000)] = 1000,
           offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0) -> Page[PlaceCount]:
    """Places where events happened, with coordinates and event counts by status (for maps)."""
    return event_search.place_counts(conn, etype=etype, entity=entity, status=status, outlet=outlet,
                                     date_from=dates.date_from, date_to=dates.date_to, limit=limit, offset=offset)


@router.get("/timeline", tags=["events"])
def timeline(conn: Conn, dates: Range, entity: Text = None) -> Timeline:
    """Events per month by status, and statements per month, optionally of one ENTITY; what no
    month can hold (undated, or dated to a year alone) is counted apart."""
    return months(conn, entity=entity, date_from=dates.date_from, date_to=dates.date_to)


@router.get("/forecasts", tags=["forecasts"])
def forecasts(conn: Conn, paging: Paging, speaker: Text = None,
              open_only: Annotated[bool, Query(alias="open")] = False) -> ForecastLedger:
    """The forecast ledger: each source's scoreboard (made, resolved, right, wrong, open, Brier
    score) and the forecasts themselves, optionally of one SPEAKER and only the unresolved."""
    return ledger.forecast_ledger(conn, speaker, open_only, paging.limit, paging.offset)


@router.get("/forecasts/{forecast_id}", tags=["forecasts"])
def forecast(conn: Conn, forecast_id: RowId) -> ForecastDetail:
    """One forecast, with later events in the ledger that may settle it."""
    return ledger.forecast_detail(conn, forecast_id)


@router.get("/articles", tags=["articles"])
def article_list(conn: Conn, paging: Paging, dates: Range, q: Text = None, outlet: Text = None) -> Page[ArticleHit]:
    """Articles, best full-text match for Q first (newest first without Q, undated last)."""
    return articles.search_articles(conn, q, outlet, dates.date_from, dates.date_to, paging.limit, paging.offset)


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
