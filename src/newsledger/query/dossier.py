"""The dossier, the query analysts run most: an entity's names in every spelling, roles over time,
statements by and about it, its events, the forecasts it made, the entities and places it
appears with. Every list is one page (with its total), so a busy speaker costs what a quiet one does.
"""
from __future__ import annotations

import sqlite3

from ..dates import calendar_date
from .entities import entity_ids, geo, one_entity, places_of
from .events import search_events
from .forecasts import list_forecasts
from .results.dossier import Dossier
from .results.entities import Alias, CoEntity, Role
from .statements import search_statements

CO_OCCURRING = 20          # entities listed as appearing with it
CO_WINDOW = 500            # ... counted over the articles of its latest mentions


def dossier(conn: sqlite3.Connection, name: str, limit: int = 50) -> Dossier:
    """The dossier of the entity NAME (any spelling, or an id) denotes best; E013 when none.
    Statements, events and forecasts: the first LIMIT of each, with their totals."""
    eid = one_entity(conn, name)
    ent = conn.execute("SELECT * FROM entities WHERE id=?", (eid,)).fetchone()
    co, window = co_occurring(conn, eid)
    event_page = search_events(conn, involving=str(eid), limit=limit)
    mentions = conn.execute("SELECT count(*) FROM mentions WHERE entity_id=?", (eid,)).fetchone()[0]
    first, last = seen(conn, eid, ent["first_seen"], ent["last_seen"], mentions)
    return Dossier(
        eid, ent["name"], ent["type"], geo(ent), ent["first_seen"], ent["last_seen"], first, last, mentions,
        [Alias(*r) for r in conn.execute("SELECT alias, n FROM entity_aliases WHERE entity_id=? ORDER BY n DESC, alias",
                                         (eid,))],
        roles(conn, eid), search_statements(conn, speaker=str(eid), limit=limit),
        search_statements(conn, about=str(eid), limit=limit), event_page,
        list_forecasts(conn, str(eid), limit=limit), co, window,
        list(places_of(conn, [eid, *(c.id for c in co), *(e.place_id for e in event_page.items)]).values()),
        [i for i in entity_ids(conn, name) if i != eid][:9])


def roles(conn: sqlite3.Connection, eid: int) -> list[Role]:
    """The roles the entity was given, most often first, with the first and last publication
    dates of the articles that gave them."""
    rows = conn.execute("SELECT r.role, min(a.published_iso), max(a.published_iso), count(*) AS n FROM roles r"
                        " JOIN articles a ON a.id=r.article_id WHERE r.entity_id=? GROUP BY r.role ORDER BY n DESC",
                        (eid,))
    return [Role(*r) for r in rows]


def co_occurring(conn: sqlite3.Connection, eid: int) -> tuple[list[CoEntity], int]:
    """The entities named in most of the same articles, counted over the articles of its latest
    CO_WINDOW mentions (in the order they were stored); and the number of articles counted."""
    window = ("SELECT DISTINCT article_id FROM"
              " (SELECT article_id FROM mentions WHERE entity_id=? ORDER BY id DESC LIMIT ?)")
    n = conn.execute(f"SELECT count(*) FROM ({window})", (eid, CO_WINDOW)).fetchone()[0]
    rows = conn.execute(
        "SELECT e.id, e.name, e.type, c.n FROM (SELECT entity_id, count(*) AS n FROM (SELECT DISTINCT m.article_id,"
        f" m.entity_id FROM mentions m WHERE m.article_id IN ({window}) AND m.entity_id != ?) GROUP BY entity_id"
        " ORDER BY n DESC, entity_id LIMIT ?) c JOIN entities e ON e.id=c.entity_id ORDER BY c.n DESC, e.id",
        (eid, CO_WINDOW, eid, CO_OCCURRING))
    return [CoEntity(*r) for r in rows], n


def seen(conn: sqlite3.Connection, eid: int, first: str | None, last: str | None,
         mentions: int) -> tuple[str | None, str | None]:
    """The first and last calendar dates of the articles naming the entity. Ledgers written before
    the range was kept in calendar dates hold raw publication values, where a year-unknown
    'XXXX-12-18' outranks every year: there the range is read again from the articles' calendar
    dates, walking the articles by date from both ends when the entity is named often enough."""
    if first is None or (calendar_date(first) and calendar_date(last)):
        return calendar_date(first), calendar_date(last)
    articles = conn.execute("SELECT max(rowid) FROM articles").fetchone()[0] or 0
    if mentions * mentions <= articles:
        row = conn.execute("SELECT min(a.published_iso), max(a.published_iso) FROM articles a WHERE a.id IN"
                           " (SELECT article_id FROM mentions WHERE entity_id=?)", (eid,)).fetchone()
        return row[0], row[1]
    ends = [conn.execute("SELECT a.published_iso FROM articles a INDEXED BY articles_published WHERE a.published_iso"
                         " IS NOT NULL AND EXISTS (SELECT 1 FROM mentions m WHERE m.article_id=a.id AND m.entity_id=?)"
                         f" ORDER BY a.published_iso {way} LIMIT 1", (eid,)).fetchone() for way in ("", "DESC")]
    return ends[0][0] if ends[0] else None, ends[1][0] if ends[1] else None
