"""What the query layer answers, as typed records (``record.Record``: declared as dataclasses are,
without their cost at import): the same objects reach the Python API, the CLI (``--json`` is their
``record.asdict``) and the REST API (whose OpenAPI schema pydantic generates from them, as from
dataclasses).

Every date a text gave keeps its TIMEX3 value (``said_on``, ``date``, ``horizon``, ``published``)
and, beside it, the calendar date it names (``*_iso``, None when it names none) that every sort,
range filter and timeline uses. ``date`` on a listed statement and ``when`` on a listed event are
those sort keys: the statement's own day, else its article's.

One module a room (``results.statements``, ``results.dossier``...), imported by the room that
answers with it, so a command builds only its own records. Every record is also an attribute of this
package (``results.StatementHit``), its module imported on first use.
"""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

ROOMS = ("common", "statements", "events", "places", "entities", "identities", "forecasts", "verdicts", "dossier",
         "graph", "timeline", "articles", "facets", "counts", "overview", "search")

if TYPE_CHECKING:
    from ...vocab import Span
    from .articles import ArticleEntity, ArticleHit, ArticleRecord, TimexRow
    from .common import Geo, Page, Place, Source
    from .counts import Counts
    from .dossier import Dossier
    from .entities import Alias, CoEntity, EntityHit, Role
    from .events import EventHit, EventRow
    from .facets import Facet, FacetValue
    from .forecasts import ForecastRow
    from .graph import Graph, GraphEdge, GraphNode
    from .identities import IdentityEdit
    from .overview import DateRange, Overview, ValueCount
    from .places import PlaceCount
    from .search import Found
    from .statements import StatementHit, StatementRow
    from .timeline import Month, Timeline
    from .verdicts import Candidate, ForecastDetail, ForecastLedger, ScoreRow

__all__ = ["Alias", "ArticleEntity", "ArticleHit", "ArticleRecord", "Candidate", "CoEntity", "Counts", "DateRange",
           "Dossier", "EntityHit", "EventHit", "EventRow", "Facet", "FacetValue", "ForecastDetail", "ForecastLedger",
           "ForecastRow", "Found", "Geo", "Graph", "GraphEdge", "GraphNode", "IdentityEdit", "Month", "Overview",
           "Page", "Place", "PlaceCount", "Role", "ScoreRow", "Source", "Span", "StatementHit", "StatementRow",
           "Timeline", "TimexRow", "ValueCount"]


def __getattr__(name: str) -> Any:
    """A record of any room (``results.Dossier``), its room imported now."""
    for room in ROOMS:
        module = import_module(f"{__name__}.{room}")
        if name[:1].isupper() and name in vars(module):
            return vars(module)[name]
    raise AttributeError(name)
