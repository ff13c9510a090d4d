"""Listing queries the REST API needs beyond ``query.search``: filters by date range and outlet,
a total for every page, full text over articles, places to map, events per month, the dossier.

Every value a user gives is a bound parameter; only fixed SQL fragments are joined together.
A statement's date is the day it was said when that is a calendar date, else its article's
publication date; an event's likewise (its own date, else the article's). Week, season and
relative TIMEX3 values are not dates here.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

from ..query.records import entity_names, event_dicts, statement_dict
from ..query.search import entity_ids, fts_query

# Events are joined as "events ev CROSS JOIN articles a": SQLite then walks the events (by their
# indexes, or once through) and looks each article up by key, instead of walking every article.
_IS_DATE = "GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]*'"     # a calendar month or day; not 2023-W03, PAST_REF, XXXX-12
STATEMENT_DATE = f"COALESCE(CASE WHEN s.said_on {_IS_DATE} THEN s.said_on END, a.published)"
EVENT_DATE = f"COALESCE(CASE WHEN ev.date {_IS_DATE} THEN ev.date END, a.published)"


@dataclass
class Where:
    """A conjunction of SQL conditions with their bound parameters, built up filter by filter."""

    clauses: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def among(self, column: str, values: list[Any]) -> None:
        """COLUMN is one of VALUES (none: nothing matches)."""
        self.add(f"{column} IN ({','.join('?' * len(values))})" if values else "0", *values)

    def dates(self, expr: str, date_from: str | None, date_to: str | None) -> None:
        """Inclusive range over ISO dates of any precision: to=2023-01 keeps all of January."""
        if date_from:
            self.add(f"{expr} >= ?", date_from)
        if date_to:
            self.add(f"substr({expr}, 1, ?) <= ?", len(date_to), date_to)

    @property
    def sql(self) -> str:
        return " AND ".join(self.clauses) or "1=1"


def names_to_ids(conn: sqlite3.Connection, name: str | None) -> list[int] | None:
    """Ledger ids a user's name (any spelling, or an id) denotes; None when no filter was asked."""
    return entity_ids(conn, name) if name and name.strip() else None


def _total(conn: sqlite3.Connection, sql: str, params: list[Any]) -> int:
    return conn.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0]


# entities -------------------------------------------------------------------------------------

_ENTITY_COLS = ("e.id, e.name, e.type, e.lat, e.lon, e.country, e.first_seen, e.last_seen,"
                " (SELECT count(*) FROM mentions m WHERE m.entity_id=e.id) AS mentions,"
                " (SELECT count(*) FROM statements s WHERE s.speaker_id=e.id) AS statements")


def _entity_row(r: sqlite3.Row) -> dict[str, Any]:
    d = dict(r)
    lat, lon, country = d.pop("lat"), d.pop("lon"), d.pop("country")
    d["geo"] = {"lat": lat, "lon": lon, "country": country} if lat is not None else None
    return d


def list_entities(conn: sqlite3.Connection, q: str | None, etype: str | None, limit: int, offset: int) -> dict[str, Any]:
    """Entities by name (any spelling; best matches first) or, without a name, the most mentioned."""
    if not (q and q.strip()):
        where = Where()
        if etype:
            where.add("e.type = ?", etype.upper())
        total = _total(conn, f"SELECT 1 FROM entities e WHERE {where.sql}", where.params)
        rows = conn.execute(f"SELECT {_ENTITY_COLS} FROM entities e WHERE {where.sql}"
                            " ORDER BY mentions DESC, e.id LIMIT ? OFFSET ?", (*where.params, limit, offset)).fetchall()
        return page(total, limit, offset, [_entity_row(r) for r in rows])
    ranked = entity_ids(conn, q)
    like = "%" + q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    more = [r[0] for r in conn.execute(
        "SELECT a.entity_id FROM entity_aliases a JOIN entities e ON e.id=a.entity_id WHERE a.alias LIKE ? ESCAPE '\\'"
        " GROUP BY a.entity_id ORDER BY (SELECT count(*) FROM mentions m WHERE m.entity_id=a.entity_id) DESC", (like,))]
    ids = list(dict.fromkeys(ranked + more))
    if etype and ids:
        typed = {r[0] for r in conn.execute(
            f"SELECT id FROM entities WHERE type=? AND id IN ({','.join('?' * len(ids))})", (etype.upper(), *ids))}
        ids = [i for i in ids if i in typed]
    chosen = ids[offset:offset + limit]
    if not chosen:
        return page(len(ids), limit, offset, [])
    rows = {r["id"]: r for r in conn.execute(
        f"SELECT {_ENTITY_COLS} FROM entities e WHERE e.id IN ({','.join('?' * len(chosen))})", chosen)}
    return page(len(ids), limit, offset, [_entity_row(rows[i]) for i in chosen if i in rows])


def page(total: int, limit: int, offset: int, items: list[Any]) -> dict[str, Any]:
    return {"total": total, "limit": limit, "offset": offset, "items": items}


# statements -----------------------------------------------------------------------------------

def list_statements(conn: sqlite3.Connection, *, q: str | None = None, speaker: str | None = None,
                    about: str | None = None, certainty: str | None = None, forecast: bool | None = None,
                    date_from: str | None = None, date_to: str | None = None, outlet: str | None = None,
                    article: str | None = None, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    """Statements newest first; a claim several outlets carried is listed once, with every source."""
    where = Where()
    if not article:
        where.add("s.dup_of IS NULL")
    speakers, subjects = names_to_ids(conn, speaker), names_to_ids(conn, about)
    if speakers is not None:
        where.among("s.speaker_id", speakers)
    if subjects is not None:     # from the entity's mentions to the statements holding them: uses both indexes
        where.add("s.id IN (SELECT s2.id FROM mentions m JOIN statements s2 ON s2.article_id=m.article_id"
                  " AND m.start>=s2.content_start AND m.\"end\"<=s2.content_end"
                  f" WHERE m.entity_id IN ({','.join('?' * len(subjects)) or 'NULL'}))", *subjects)
    if q and fts_query(q):
        where.add("s.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)", fts_query(q))
    if certainty:
        where.add("s.certainty = ?", certainty)
    if forecast is not None:
        where.add("s.forecast = ?", int(forecast))
    if outlet:
        where.add("a.outlet = ?", outlet)
    if article:
        where.add("s.article_id = ?", article)
    where.dates(STATEMENT_DATE, date_from, date_to)
    base = f"FROM statements s JOIN articles a ON a.id=s.article_id WHERE {where.sql}"
    total = _total(conn, f"SELECT 1 {base}", where.params)
    rows = conn.execute(
        f"SELECT s.*, a.published, a.title, a.outlet, {STATEMENT_DATE} AS date {base}"
        f" ORDER BY date {_IS_DATE} DESC, date DESC, s.article_id, s.seq LIMIT ? OFFSET ?",   # undated last
        (*where.params, limit, offset)).fetchall()
    return page(total, limit, offset, statement_rows(conn, rows))


def statement_rows(conn: sqlite3.Connection, rows: list[sqlite3.Row]) -> list[dict[str, Any]]:
    names = entity_names(conn, [r["speaker_id"] for r in rows] + [r["channel_id"] for r in rows])
    sources = _sources(conn, [r["id"] for r in rows])
    return [dict(statement_dict(r, names), published=r["published"], title=r["title"], outlet=r["outlet"],
                 date=r["date"], sources=sources.get(r["id"], [])) for r in rows]


def _sources(conn: sqlite3.Connection, ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """For each statement, every article carrying its claim: its own and those of duplicates."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    out: dict[int, list[dict[str, Any]]] = {}
    # two queries, since an OR defeats the primary key; CROSS JOIN keeps SQLite from walking every
    # article to find the (unindexed) duplicates: one pass over statements is cheaper
    cols = "a.id, a.outlet, a.published, a.url FROM statements s CROSS JOIN articles a ON a.id=s.article_id"
    rows = [*conn.execute(f"SELECT s.id AS claim, {cols} WHERE s.id IN ({marks})", ids),
            *conn.execute(f"SELECT s.dup_of AS claim, {cols} WHERE s.dup_of IN ({marks})", ids)]
    for r in sorted(rows, key=lambda r: (r["published"] or "", r["id"])):
        out.setdefault(r["claim"], []).append({k: r[k] for k in ("id", "outlet", "published", "url")})
    return out


# events ---------------------------------------------------------------------------------------

def list_events(conn: sqlite3.Connection, *, etype: str | None = None, actor: str | None = None,
                target: str | None = None, entity: str | None = None, status: str | None = None,
                place: str | None = None, date_from: str | None = None, date_to: str | None = None,
                outlet: str | None = None, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    """Events in date order, with their article and the coordinates of their place."""
    where = _event_filters(conn, etype, actor, target, entity, status, place, date_from, date_to, outlet)
    base = f"FROM events ev CROSS JOIN articles a ON a.id=ev.article_id WHERE {where.sql}"
    total = _total(conn, f"SELECT 1 {base}", where.params)
    keys = {r[0]: r[1] for r in conn.execute(
        f"SELECT ev.id, {EVENT_DATE} {base} ORDER BY 2, ev.article_id, ev.seq LIMIT ? OFFSET ?",
        (*where.params, limit, offset))}
    return page(total, limit, offset, events_by_ids(conn, list(keys), keys))


def place_counts(conn: sqlite3.Connection, **filters: Any) -> list[dict[str, Any]]:
    """Every place events happened in, with its coordinates and its events counted by status
    (the filters of ``list_events``): a map of the whole ledger, not of one page of it."""
    where = _event_filters(conn, **filters)
    rows = conn.execute(
        "SELECT ev.place_id, ev.status, count(*) FROM events ev CROSS JOIN articles a ON a.id=ev.article_id"
        f" WHERE ev.place_id IS NOT NULL AND {where.sql} GROUP BY 1, 2", where.params).fetchall()
    geos = geo_of(conn, [r[0] for r in rows])
    places: dict[int, dict[str, Any]] = {}
    for pid, status, n in rows:
        if pid in geos:
            p = places.setdefault(pid, dict(geos[pid], n=0, statuses={}))
            p["n"] += n
            p["statuses"][status] = n
    return sorted(places.values(), key=lambda p: (-p["n"], p["name"]))


def _event_filters(conn: sqlite3.Connection, etype: str | None = None, actor: str | None = None,
                   target: str | None = None, entity: str | None = None, status: str | None = None,
                   place: str | None = None, date_from: str | None = None, date_to: str | None = None,
                   outlet: str | None = None) -> Where:
    where = Where()
    if etype:
        where.among("ev.type", [t.strip().upper() for t in etype.split(",") if t.strip()])
    for name, role in ((actor, "actor"), (target, "target"), (entity, None)):
        ids = names_to_ids(conn, name)
        if ids is not None:
            role_sql = "role = ? AND " if role else ""
            where.add(f"ev.id IN (SELECT event_id FROM event_participants WHERE {role_sql}entity_id IN"
                      f" ({','.join('?' * len(ids)) or 'NULL'}))", *([role] if role else []), *ids)
    places = names_to_ids(conn, place)
    if places is not None:
        where.among("ev.place_id", places)
    if status:
        where.add("ev.status = ?", status)
    if outlet:
        where.add("a.outlet = ?", outlet)
    where.dates(EVENT_DATE, date_from, date_to)
    return where


def events_by_ids(conn: sqlite3.Connection, ids: list[int], dates: dict[int, str] | None = None) -> list[dict[str, Any]]:
    """Events (``event_dicts`` shape) plus their article, date key and place coordinates, in IDS order."""
    if not ids:
        return []
    events = event_dicts(conn, f"ev.id IN ({','.join('?' * len(ids))})", tuple(ids))
    arts = _articles(conn, {e["article_id"] for e in events})
    geos = geo_of(conn, [e["place_id"] for e in events])
    for e in events:
        art = arts.get(e["article_id"], {})
        e.update(published=art.get("published"), title=art.get("title"), outlet=art.get("outlet"),
                 place_geo=geos.get(e["place_id"]))
        e["when"] = (dates or {}).get(e["id"]) or (e["date"] if e["date"] and e["date"][:1].isdigit() else e["published"])
    order = {i: n for n, i in enumerate(ids)}
    return sorted(events, key=lambda e: order[e["id"]])


def _articles(conn: sqlite3.Connection, ids: set[str]) -> dict[str, dict[str, Any]]:
    ids_l = sorted(ids)
    if not ids_l:
        return {}
    rows = conn.execute(f"SELECT id, title, outlet, published FROM articles WHERE id IN ({','.join('?' * len(ids_l))})",
                        ids_l)
    return {r["id"]: dict(r) for r in rows}


def geo_of(conn: sqlite3.Connection, ids: list[int | None]) -> dict[int, dict[str, Any]]:
    wanted = sorted({i for i in ids if i is not None})
    if not wanted:
        return {}
    rows = conn.execute(f"SELECT id, name, lat, lon, country, geo_level FROM entities WHERE lat IS NOT NULL"
                        f" AND id IN ({','.join('?' * len(wanted))})", wanted)
    return {r["id"]: {"id": r["id"], "name": r["name"], "lat": r["lat"], "lon": r["lon"], "country": r["country"],
                      "level": r["geo_level"]} for r in rows}


# articles and full text -----------------------------------------------------------------------

MARK_OPEN, MARK_CLOSE = "\u0002", "\u0003"   # snippet match markers: the client escapes, then highlights


def search_articles(conn: sqlite3.Connection, q: str | None = None, outlet: str | None = None,
                    date_from: str | None = None, date_to: str | None = None, limit: int = 20,
                    offset: int = 0) -> dict[str, Any]:
    """Articles, best full-text match first (newest first without words), with a highlighted snippet."""
    where = Where()
    match = fts_query(q or "")
    if match:
        where.add("articles_fts MATCH ?", match)
    if outlet:
        where.add("a.outlet = ?", outlet)
    where.dates("a.published", date_from, date_to)
    if match:
        base = f"FROM articles_fts JOIN articles a ON a.rowid=articles_fts.rowid WHERE {where.sql}"
        cols = f"snippet(articles_fts, 1, '{MARK_OPEN}', '{MARK_CLOSE}', '…', 16) AS snippet"
        order = "rank"
    else:
        base, cols, order = f"FROM articles a WHERE {where.sql}", "substr(a.text, 1, 200) AS snippet", "a.published DESC"
    total = _total(conn, f"SELECT 1 {base}", where.params)
    rows = conn.execute(
        f"SELECT a.id, a.title, a.outlet, a.published, a.url, {cols},"
        " (SELECT count(*) FROM statements s WHERE s.article_id=a.id) AS statements,"
        " (SELECT count(*) FROM events ev WHERE ev.article_id=a.id) AS events"
        f" {base} ORDER BY {order} LIMIT ? OFFSET ?", (*where.params, limit, offset)).fetchall()
    return page(total, limit, offset, [dict(r) for r in rows])


# overview -------------------------------------------------------------------------------------

def overview(conn: sqlite3.Connection) -> dict[str, Any]:
    """What the filters of a client can offer: outlets, date range, event types and statuses."""
    def counts(sql: str) -> list[dict[str, Any]]:
        return [{"value": r[0], "n": r[1]} for r in conn.execute(sql)]
    first, last = conn.execute(f"SELECT min(published), max(published) FROM articles WHERE published {_IS_DATE}").fetchone()
    return {
        "published": {"from": first, "to": last},
        "outlets": counts("SELECT outlet, count(*) FROM articles WHERE outlet IS NOT NULL GROUP BY 1 ORDER BY 2 DESC"),
        "entity_types": counts("SELECT type, count(*) FROM entities GROUP BY 1 ORDER BY 2 DESC"),
        "event_types": counts("SELECT type, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC"),
        "event_statuses": counts("SELECT status, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC"),
        "certainties": counts("SELECT certainty, count(*) FROM statements GROUP BY 1 ORDER BY 2 DESC"),
    }


# the dossier ----------------------------------------------------------------------------------

def entity_dossier(conn: sqlite3.Connection, eid: int, limit: int = 50) -> dict[str, Any]:
    """``query.search.dossier`` (names, roles, co-occurring entities) with paged statements by and
    about the entity, its events in date order (as actor, target or source), the forecasts it made,
    and the places to put on its map."""
    from ..query.forecasts import list_forecasts
    from ..query.search import dossier
    out = dossier(conn, str(eid), limit=0)
    del out["statements_by"], out["statements_about"], out["events"]
    out["statements_by"] = list_statements(conn, speaker=str(eid), limit=limit)
    out["statements_about"] = list_statements(conn, about=str(eid), limit=limit)
    base = ("FROM events ev CROSS JOIN articles a ON a.id=ev.article_id WHERE ev.source_id=?"
            " OR ev.id IN (SELECT event_id FROM event_participants WHERE entity_id=?)")
    total = _total(conn, f"SELECT 1 {base}", [eid, eid])
    keys = {r[0]: r[1] for r in conn.execute(
        f"SELECT ev.id, {EVENT_DATE} {base} ORDER BY 2, ev.article_id, ev.seq LIMIT ?", (eid, eid, limit))}
    out["events"] = page(total, limit, 0, events_by_ids(conn, list(keys), keys))
    out["forecasts"] = list_forecasts(conn, [eid], limit=limit)
    co_places = [c["id"] for c in out["co_occurring"] if c["type"] in ("GPE", "LOC", "FAC")]
    out["places"] = list(geo_of(conn, [eid, *co_places, *(e["place_id"] for e in out["events"]["items"])]).values())
    return out


def histogram(conn: sqlite3.Connection, *, entity: str | None = None, date_from: str | None = None,
              date_to: str | None = None) -> list[dict[str, Any]]:
    """Events per month by status, and statements per month, for an overview that a page of
    dots cannot give once the ledger holds thousands of them."""
    months: dict[str, dict[str, Any]] = {}
    ids = names_to_ids(conn, entity)
    ev, st = Where(), Where()
    if ids is not None:
        marks = ",".join("?" * len(ids)) or "NULL"
        ev.add(f"(ev.id IN (SELECT event_id FROM event_participants WHERE entity_id IN ({marks}))"
               f" OR ev.source_id IN ({marks}))", *ids, *ids)
        st.among("s.speaker_id", ids)
    ev.dates(EVENT_DATE, date_from, date_to)
    st.dates(STATEMENT_DATE, date_from, date_to)
    for month, status, n in conn.execute(
            f"SELECT substr({EVENT_DATE}, 1, 7) AS m, ev.status, count(*) FROM events ev CROSS JOIN articles a"
            f" ON a.id=ev.article_id WHERE {ev.sql} AND m {_IS_DATE} GROUP BY 1, 2", ev.params):
        months.setdefault(month, {"month": month, "statements": 0})[status] = n
    for month, n in conn.execute(
            f"SELECT substr({STATEMENT_DATE}, 1, 7) AS m, count(*) FROM statements s JOIN articles a"
            f" ON a.id=s.article_id WHERE s.dup_of IS NULL AND {st.sql} AND m {_IS_DATE} GROUP BY 1", st.params):
        months.setdefault(month, {"month": month, "statements": 0})["statements"] = n
    return [months[m] for m in sorted(months)]
