"""Facets: how the rows a filtered list holds divide by speaker, outlet, certainty, kind, status,
type, place and month, with counts, so a list can be narrowed the way Datasette does it. Each
facet is one GROUP BY over the same conditions the list applies (the same ``Where``)."""
from __future__ import annotations

import sqlite3
from typing import Any

from .entities import entity_names
from .events import EVENT_DATE, event_filters
from .results.facets import Facet, FacetValue
from .sql import Where
from .statements import STATEMENT_DATE, statement_filters

TOP = 12
# facet name -> (the column it counts, whether its values are entity ids)
STATEMENT_FACETS = {"speaker": ("s.speaker_id", True), "outlet": ("a.outlet", False),
                    "certainty": ("s.certainty", False), "kind": ("s.kind", False),
                    "forecast": ("CASE s.forecast WHEN 1 THEN 'true' ELSE 'false' END", False),
                    "month": (f"substr({STATEMENT_DATE}, 1, 7)", False)}
EVENT_FACETS = {"type": ("ev.type", False), "status": ("ev.status", False), "outlet": ("a.outlet", False),
                "place": ("ev.place_id", True), "month": (f"substr({EVENT_DATE}, 1, 7)", False)}


def _facet(conn: sqlite3.Connection, source: tuple[str, str], where: Where, name: str, column: str, ids: bool) -> Facet:
    """One facet; the article is joined only when the column or a condition reads it (a count over
    statements alone runs on an index)."""
    rows_from = " ".join(source) if where.article or "a." in column else source[0]
    rows = conn.execute(f"SELECT {column} AS v, count(*) AS n {rows_from} WHERE {where.sql} AND {column} IS NOT NULL"
                        f" GROUP BY v ORDER BY n DESC, v LIMIT ?", (*where.params, TOP + 1)).fetchall()
    labels = entity_names(conn, [r[0] for r in rows]) if ids else {}
    values = [FacetValue(str(r[0]), labels.get(r[0], str(r[0])), r[1]) for r in rows[:TOP]]
    if name == "month":
        values.sort(key=lambda v: v.value, reverse=True)
    return Facet(name, values, len(rows) > TOP)


def statement_facets(conn: sqlite3.Connection, **filters: Any) -> list[Facet]:
    """The facets of the statements ``search_statements`` lists under FILTERS (its keywords)."""
    where = statement_filters(conn, **filters)
    source = ("FROM statements s", "JOIN articles a ON a.id=s.article_id")
    return [_facet(conn, source, where, name, col, ids) for name, (col, ids) in STATEMENT_FACETS.items()]


def event_facets(conn: sqlite3.Connection, **filters: Any) -> list[Facet]:
    """The facets of the events ``search_events`` lists under FILTERS (``event_filters``' keywords)."""
    where = event_filters(conn, **filters)
    source = ("FROM events ev", "CROSS JOIN articles a ON a.id=ev.article_id")
    return [_facet(conn, source, where, name, col, ids) for name, (col, ids) in EVENT_FACETS.items()]
