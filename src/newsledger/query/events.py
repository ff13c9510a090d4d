"""Events: by type, participant, status, place, date and outlet; and the places they happened in.

An event's date is its own calendar date when the text gave one, else its article's publication
date (``EVENT_DATE``); lists run in date order, undated last.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import TYPE_CHECKING

from .entities import entity_names, names_to_ids, places_of
from .order import DateOrder, page_ids
from .results.common import Page
from .results.events import EventHit, EventRow
from .sql import Where, column, marks

if TYPE_CHECKING:   # built by `place_counts` alone: a dossier or a listing of events does without
    from .results.places import PlaceCount

# "events ev CROSS JOIN articles a": SQLite walks the events (by their indexes, or once through)
# and looks each article up by key, instead of walking every article
_FROM = "FROM events ev CROSS JOIN articles a ON a.id=ev.article_id"
# oldest first, sorted in one pass: an event mostly carries a date of its own, so walking the
# articles by date would seldom reach a page sooner, and few need their article's date
OLDEST = DateOrder("ev.id", "ev.date_iso", "ev.article_id", "ev.article_id, ev.seq", "FROM events ev",
                   "CROSS JOIN articles a ON a.id=ev.article_id", None, False, mostly_own=True)
EVENT_DATE = OLDEST.key


def event_rows(conn: sqlite3.Connection, where: str, params: tuple | list) -> list[EventRow]:
    """Events matching a WHERE clause over ``events ev`` (bound PARAMS) in text order, participants
    and place named."""
    rows = conn.execute(f"SELECT ev.* FROM events ev WHERE {where} ORDER BY ev.article_id, ev.seq", params)
    return _rows(conn, rows.fetchall())


def iter_events(conn: sqlite3.Connection, size: int = 500) -> Iterator[EventRow]:
    """Every event of the ledger, in article and text order, SIZE at a time."""
    cur = conn.execute("SELECT ev.* FROM events ev ORDER BY ev.article_id, ev.seq")
    while rows := cur.fetchmany(size):
        yield from _rows(conn, rows)


def _rows(conn: sqlite3.Connection, rows: list[sqlite3.Row]) -> list[EventRow]:
    ids = [r["id"] for r in rows]
    parts: dict[int, dict[str, list[int]]] = {i: {"actor": [], "target": []} for i in ids}
    for chunk in (ids[i:i + 500] for i in range(0, len(ids), 500)):
        for p in conn.execute("SELECT event_id, entity_id, role FROM event_participants"
                              f" WHERE event_id IN ({marks(chunk)}) ORDER BY event_id, entity_id, role", chunk):
            parts[p[0]][p[2]].append(p[1])
    names = entity_names(conn, [r["place_id"] for r in rows] + [r["source_id"] for r in rows]
                         + [e for p in parts.values() for e in p["actor"] + p["target"]])
    return [EventRow(
        r["id"], r["article_id"], r["type"], r["mode"], r["cameo"], r["trigger"],
        [names[e] for e in parts[r["id"]]["actor"]], [names[e] for e in parts[r["id"]]["target"]],
        parts[r["id"]]["actor"], parts[r["id"]]["target"], r["date"], r["date_iso"], names.get(r["place_id"]),
        r["place_id"], r["status"], names.get(r["source_id"]), r["source_id"], r["statement_id"], r["evidence"],
        (r["evidence_start"], r["evidence_end"])) for r in rows]


def search_events(conn: sqlite3.Connection, *, etype: str | None = None, actor: str | None = None,
                  target: str | None = None, entity: str | None = None, involving: str | None = None,
                  status: str | None = None, place: str | None = None, date_from: str | None = None,
                  date_to: str | None = None, outlet: str | None = None, newest: bool = False, limit: int = 50,
                  offset: int = 0) -> Page[EventHit]:
    """Events of ETYPE (PLOVER types, comma-separated) with ACTOR, TARGET or ENTITY among their
    participants (any spelling), that INVOLVING took part in or reported, of one STATUS, at PLACE,
    within [DATE_FROM, DATE_TO], reported by OUTLET: in date order, undated last, with their
    article and the coordinates of their place; NEWEST: latest first."""
    where = event_filters(conn, etype, actor, target, entity, status, place, date_from, date_to, outlet)
    ids = names_to_ids(conn, involving)
    if ids is not None:
        where.within("ev.id", reported_or_involving(conn, ids))
    return events_page(conn, where, limit, offset, OLDEST._replace(descending=True) if newest else OLDEST)


def events_page(conn: sqlite3.Connection, where: Where, limit: int, offset: int,
                order: DateOrder = OLDEST) -> Page[EventHit]:
    """The events WHERE selects (over ``events ev`` and ``articles a``), in date order, undated last."""
    ids, total = page_ids(conn, order, where, limit, offset)
    return Page(event_hits(conn, ids), total, limit, offset)


def involving(conn: sqlite3.Connection, entities: list[int], role: str | None = None) -> list[int]:
    """The events with one of ENTITIES among their participants (in ROLE, if given)."""
    role_sql = "role = ? AND " if role else ""
    return column(conn, f"SELECT DISTINCT event_id FROM event_participants WHERE {role_sql}entity_id IN"
                  f" ({marks(entities)})", (*([role] if role else []), *entities))


def reported_or_involving(conn: sqlite3.Connection, entities: list[int]) -> list[int]:
    """The events ENTITIES took part in or reported (as the source of the statement)."""
    return involving(conn, entities) + column(conn, f"SELECT id FROM events WHERE source_id IN ({marks(entities)})",
                                              entities)


def event_hits(conn: sqlite3.Connection, ids: list[int]) -> list[EventHit]:
    """Events IDS in that order, with their article, sort date and place coordinates."""
    rows = {r["id"]: r for r in conn.execute(
        f"SELECT ev.id, a.published, a.title, a.outlet, {EVENT_DATE} AS date_key {_FROM}"
        f" WHERE ev.id IN ({marks(ids)})", ids)}
    events = {e.id: e for e in event_rows(conn, f"ev.id IN ({marks(ids)})", ids)}
    geos = places_of(conn, [e.place_id for e in events.values()])
    out = []
    for i in ids:
        e, r = events[i], rows[i]
        out.append(EventHit(**vars(e), published=r["published"], title=r["title"], outlet=r["outlet"],
                            when=r["date_key"]))
        out[-1].place_geo = geos.get(e.place_id) if e.place_id is not None else None
    return out


def event_filters(conn: sqlite3.Connection, etype: str | None = None, actor: str | None = None,
                  target: str | None = None, entity: str | None = None, status: str | None = None,
                  place: str | None = None, date_from: str | None = None, date_to: str | None = None,
                  outlet: str | None = None) -> Where:
    """The conditions of ``search_events`` over ``events ev`` and ``articles a``."""
    where = Where()
    if etype:
        where.among("ev.type", [t.strip().upper() for t in etype.split(",") if t.strip()])
    for name, role in ((actor, "actor"), (target, "target"), (entity, None)):
        ids = names_to_ids(conn, name)
        if ids is not None:
            where.within("ev.id", involving(conn, ids, role))
    places = names_to_ids(conn, place)
    if places is not None:
        where.among("ev.place_id", places)
    if status:
        where.add("ev.status = ?", status)
    if outlet:
        where.add("a.outlet = ?", outlet, article=True)
    where.period(EVENT_DATE, date_from, date_to, article=True)
    return where


def place_counts(conn: sqlite3.Connection, *, etype: str | None = None, entity: str | None = None,
                 status: str | None = None, date_from: str | None = None, date_to: str | None = None,
                 outlet: str | None = None, limit: int = 1000, offset: int = 0) -> Page[PlaceCount]:
    """Every place events happened in (the filters of ``search_events``), with its coordinates and
    its events counted by status, most events first: a map of the whole ledger, not of one page."""
    from .results.places import PlaceCount
    where = event_filters(conn, etype=etype, entity=entity, status=status, date_from=date_from, date_to=date_to,
                          outlet=outlet)
    rows = conn.execute(f"SELECT ev.place_id, ev.status, count(*) {_FROM} WHERE ev.place_id IS NOT NULL"
                        f" AND {where.sql} GROUP BY 1, 2", where.params).fetchall()
    geos = places_of(conn, [r[0] for r in rows])
    places: dict[int, PlaceCount] = {}
    for pid, status_, n in rows:
        if pid in geos:
            p = places.setdefault(pid, PlaceCount(**vars(geos[pid])))
            p.n += n
            p.statuses[status_] = n
    ranked = sorted(places.values(), key=lambda p: (-p.n, p.name))
    return Page(ranked[offset:offset + limit], len(ranked), limit, offset)
