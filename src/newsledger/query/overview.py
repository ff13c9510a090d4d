"""What the ledger holds: row counts, the values its filters can take, and one search box over
entities, statements and articles."""
from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from .results.counts import Counts

if TYPE_CHECKING:
    from .results.overview import Overview, ValueCount
    from .results.search import Found

_TABLES = ("articles", "entities", "mentions", "statements", "timexes", "events", "forecasts")


def counts(conn: sqlite3.Connection) -> Counts:
    """Rows of the ledger's main tables."""
    return Counts(*(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in _TABLES))


def _values(conn: sqlite3.Connection, table: str, column: str) -> list[ValueCount]:
    from .results.overview import ValueCount
    return [ValueCount(*r) for r in conn.execute(
        f"SELECT {column}, count(*) FROM {table} WHERE {column} IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1")]


def overview(conn: sqlite3.Connection) -> Overview:
    """Counts, the calendar dates the articles were published between, and what the filters of
    a client can offer: outlets, entity types, event types and statuses, certainties (their
    records imported here, so `stats` builds only ``Counts``)."""
    from .results.overview import DateRange, Overview
    first, last = conn.execute("SELECT min(published_iso), max(published_iso) FROM articles").fetchone()
    return Overview(counts(conn), DateRange(first, last), _values(conn, "articles", "outlet"),
                    _values(conn, "entities", "type"), _values(conn, "events", "type"),
                    _values(conn, "events", "status"), _values(conn, "statements", "certainty"))


def find_everything(conn: sqlite3.Connection, q: str, limit: int = 10) -> Found:
    """Entities by any spelling of their names, statements and articles by full text (the rooms
    imported here, so `stats` and `overview` load none of them)."""
    from .articles import search_articles
    from .entities import find_entities
    from .results.search import Found
    from .statements import search_statements
    return Found(q, find_entities(conn, q, None, limit, 0), search_statements(conn, q=q, limit=limit),
                 search_articles(conn, q, limit=limit))
