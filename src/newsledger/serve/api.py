"""The read-only REST routes: each one validates its parameters and calls one query function."""
from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Path, Query
from fastapi.responses import Response

from ..query import search
from ..query.records import article_record
from . import graph as speech
from . import queries
from .deps import Conn, Paging, Range, Text

router = APIRouter(prefix="/api")
Certainty = Literal["asserted", "believed", "speculated"]
Status = Literal["occurred", "planned", "speculated", "denied"]
EntityType = Annotated[str | None, Query(alias="type", pattern=r"^[A-Za-z_]{2,20}$", description="PERSON, ORG, GPE, ...")]


@router.get("/entities", tags=["entities"])
def entities(conn: Conn, paging: Paging, q: Text = None, etype: EntityType = None) -> dict[str, Any]:
    """Entities whose names (in any spelling or transliteration) match Q, best first; without Q,
    the most mentioned."""
    return queries.list_entities(conn, q, etype, paging.limit, paging.offset)


@router.get("/entities/{entity_id}", tags=["entities"])
def entity(conn: Conn, entity_id: Annotated[int, Path(ge=1)],
           limit: Annotated[int, Query(ge=1, le=500)] = 50) -> dict[str, Any]:
    """An entity's dossier: its names and spellings, roles over time, statements by and about it,
    events it took part in (as actor or target) or reported, forecasts it made, co-occurring
    entities and places to map."""
    if not conn.execute("SELECT 1 FROM entities WHERE id=?", (entity_id,)).fetchone():
        raise HTTPException(404, f"no entity {entity_id}")
    return queries.entity_dossier(conn, entity_id, limit)


@router.get("/statements", tags=["statements"])
def statements(conn: Conn, paging: Paging, dates: Range, q: Text = None, speaker: Text = None,
               about: Text = None, certainty: Certainty | None = None, forecast: bool | None = None,
               outlet: Text = None, article: Text = None) -> dict[str, Any]:
    """Who said what: statements by SPEAKER, naming ABOUT, matching the words Q, newest first.
    Names are matched under any spelling; a claim carried by several outlets appears once."""
    return queries.list_statements(conn, q=q, speaker=speaker, about=about, certainty=certainty, forecast=forecast,
                                   date_from=dates.date_from, date_to=dates.date_to, outlet=outlet, article=article,
                                   limit=paging.limit, offset=paging.offset)


@router.get("/events", tags=["events"])
def events(conn: Conn, paging: Paging, dates: Range,
           etype: Annotated[str | None, Query(alias="type", pattern=r"^[A-Za-z_,]{2,200}$",
                                              description="PLOVER type(s), comma-separated")] = None,
           actor: Text = None, target: Text = None, entity: Text = None, place: Text = None,
           status: Status | None = None, outlet: Text = None) -> dict[str, Any]:
    """PLOVER events in date order, with status (occurred, planned, speculated, denied), actors,
    targets, place (with coordinates) and the article that reports them."""
    return queries.list_events(conn, etype=etype, actor=actor, target=target, entity=entity, status=status,
                               place=place, date_from=dates.date_from, date_to=dates.date_to, outlet=outlet,
                               limit=paging.limit, offset=paging.offset)


@router.get("/places", tags=["events"])
def places(conn: Conn, dates: Range,
           etype: Annotated[str | None, Query(alias="type", pattern=r"^[A-Za-z_,]{2,200}$")] = None,
           entity: Text = None, status: Status | None = None, outlet: Text = None) -> dict[str, Any]:
    """Places where events happened, with coordinates and event counts by status (for maps)."""
    return {"items": queries.place_counts(conn, etype=etype, entity=entity, status=status, outlet=outlet,
                                          date_from=dates.date_from, date_to=dates.date_to)}


@router.get("/timeline", tags=["events"])
def timeline(conn: Conn, dates: Range, entity: Text = None) -> dict[str, Any]:
    """Events per month by status, and statements per month, optionally of one ENTITY."""
    return {"months": queries.histogram(conn, entity=entity, date_from=dates.date_from, date_to=dates.date_to)}


@router.get("/forecasts", tags=["forecasts"])
def forecasts(conn: Conn, paging: Paging, speaker: Text = None, open_only: Annotated[bool, Query(alias="open")] = False
              ) -> dict[str, Any]:
    """The forecast ledger: each source's scoreboard (made, resolved, right, wrong, open, Brier
    score) and the forecasts themselves, optionally of one SPEAKER and only the unresolved."""
    from ..query.forecasts import list_forecasts, scoreboard
    ids = search.entity_ids(conn, speaker) if speaker else None
    items = list_forecasts(conn, ids, open_only, paging.limit, paging.offset) if ids != [] else []
    return {"scoreboard": scoreboard(conn), "limit": paging.limit, "offset": paging.offset, "items": items}


@router.get("/forecasts/{forecast_id}", tags=["forecasts"])
def forecast(conn: Conn, forecast_id: Annotated[int, Path(ge=1)]) -> dict[str, Any]:
    """One forecast, with later events in the ledger that may settle it."""
    from ..query.forecasts import get_forecast, propose_confirmations
    return dict(get_forecast(conn, forecast_id), candidates=propose_confirmations(conn, forecast_id))


@router.get("/articles", tags=["articles"])
def articles(conn: Conn, paging: Paging, dates: Range, q: Text = None, outlet: Text = None) -> dict[str, Any]:
    """Articles, best full-text match for Q first (newest first without Q)."""
    return queries.search_articles(conn, q, outlet, dates.date_from, dates.date_to, paging.limit, paging.offset)


@router.get("/articles/{article_id}", tags=["articles"])
def article(conn: Conn, article_id: Annotated[str, Path(max_length=500)]) -> dict[str, Any]:
    """One article's text with everything found in it: statements, entities, time expressions and
    events, each with character spans into the text."""
    rec = article_record(conn, article_id)
    if rec is None:
        raise HTTPException(404, f"no article {article_id!r}")
    cues = {r[0]: [r[1], r[2]] for r in conn.execute(
        "SELECT id, cue_start, cue_end FROM statements WHERE article_id=? AND cue_start IS NOT NULL", (article_id,))}
    for st in rec["statements"]:
        st["cue_span"] = cues.get(st["id"])
    geos = queries.geo_of(conn, [e["id"] for e in rec["entities"]] + [e["place_id"] for e in rec["events"]])
    for ev in rec["events"]:
        ev["place_geo"] = geos.get(ev["place_id"])
    return rec


@router.get("/search", tags=["search"])
def search_all(conn: Conn, q: Annotated[str, Query(min_length=1, max_length=200)],
               limit: Annotated[int, Query(ge=1, le=100)] = 10) -> dict[str, Any]:
    """One box over everything: entities by any spelling of their names, statements and articles
    by full text."""
    return {
        "q": q,
        "entities": queries.list_entities(conn, q, None, limit, 0),
        "statements": queries.list_statements(conn, q=q, limit=limit),
        "articles": queries.search_articles(conn, q, limit=limit),
    }


@router.get("/graph", tags=["graph"], responses={200: {"content": {"application/gexf+xml": {}}}})
def graph(conn: Conn, dates: Range, speaker: Text = None, min_weight: Annotated[int, Query(ge=1)] = 1,
          limit: Annotated[int, Query(ge=1, le=5000)] = 300, fmt: Annotated[Literal["json", "gexf"], Query(
              alias="format")] = "json") -> Any:
    """Who said what about whom: speaker -> each entity named in their statements, edge weight =
    statements. ``format=gexf`` downloads it for Gephi."""
    g = speech.speech_graph(conn, speaker=speaker, date_from=dates.date_from, date_to=dates.date_to,
                             min_weight=min_weight, limit=limit)
    if fmt == "gexf":
        return Response(speech.gexf(g), media_type="application/gexf+xml",
                        headers={"Content-Disposition": 'attachment; filename="newsledger-graph.gexf"'})
    return g


@router.get("/stats", tags=["stats"])
def stats(conn: Conn) -> dict[str, Any]:
    """Row counts, the publication date range, outlets and the values filters can take."""
    return {"counts": search.stats(conn), **queries.overview(conn)}
