"""Questions analysts ask of the ledger: whose statements, about whom, which entity is this name.

All parameters are bound, never spliced into SQL. Names are looked up under any spelling: an
exact alias first, then the transliteration-folded identity keys, then a substring of an alias.
"""
from __future__ import annotations

import sqlite3
from typing import Any

from ..errors import Codes, NewsledgerError
from ..model import Entity
from ..resolve.identity import identity_keys
from .records import entity_names, event_dicts, statement_dict

ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC")


def entity_ids(conn: sqlite3.Connection, name: str) -> list[int]:
    """Ledger entities that NAME may denote, best first (most mentioned)."""
    name = name.strip()
    if name.isdigit():
        return [int(name)] if conn.execute("SELECT 1 FROM entities WHERE id=?", (int(name),)).fetchone() else []
    exact = [r[0] for r in conn.execute("SELECT DISTINCT entity_id FROM entity_aliases WHERE lower(alias)=lower(?)", (name,))]
    if not exact:
        keys = sorted(set().union(*(identity_keys(Entity(id="", name=name, type=t)) for t in ENTITY_TYPES)))
        exact = [r[0] for r in conn.execute(
            f"SELECT DISTINCT entity_id FROM entity_keys WHERE key IN ({','.join('?' * len(keys))})", keys)] if keys else []
    if not exact:
        exact = [r[0] for r in conn.execute(
            "SELECT DISTINCT entity_id FROM entity_aliases WHERE alias LIKE ? ESCAPE '\\'", (f"%{_like(name)}%",))]
    return _by_weight(conn, exact)


def _like(s: str) -> str:
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _by_weight(conn: sqlite3.Connection, ids: list[int]) -> list[int]:
    if not ids:
        return []
    rows = conn.execute(
        f"SELECT e.id, (SELECT count(*) FROM mentions m WHERE m.entity_id=e.id) AS n FROM entities e"
        f" WHERE e.id IN ({','.join('?' * len(ids))}) ORDER BY n DESC, e.id", ids)
    return [r[0] for r in rows]


def fts_query(text: str) -> str:
    """A user's words as a safe FTS5 query: each word quoted, all required."""
    words = [w.replace('"', '""') for w in text.split() if w.strip()]
    return " ".join(f'"{w}"' for w in words)


def find_statements(conn: sqlite3.Connection, speaker: str | None = None, about: str | None = None,
                    query: str | None = None, forecasts: bool = False, certainty: str | None = None,
                    article: str | None = None, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """Statements filtered by speaker (any spelling), entity mentioned in the content, full text.
    A claim reported by several outlets is listed once, with every report in ``sources``."""
    where, params = ["1=1" if article else "s.dup_of IS NULL"], []
    if speaker:
        ids = entity_ids(conn, speaker)
        if not ids:
            return []
        where.append(f"s.speaker_id IN ({','.join('?' * len(ids))})")
        params += ids
    if about:
        ids = entity_ids(conn, about)
        if not ids:
            return []
        where.append(f"EXISTS (SELECT 1 FROM mentions m WHERE m.article_id=s.article_id AND m.start>=s.content_start"
                     f" AND m.\"end\"<=s.content_end AND m.entity_id IN ({','.join('?' * len(ids))}))")
        params += ids
    if query and fts_query(query):
        where.append("s.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)")
        params.append(fts_query(query))
    if forecasts:
        where.append("s.forecast = 1")
    if certainty:
        where.append("s.certainty = ?")
        params.append(certainty)
    if article:
        where.append("s.article_id = ?")
        params.append(article)
    rows = conn.execute(
        f"SELECT s.*, a.published AS published, a.title AS title FROM statements s JOIN articles a ON a.id=s.article_id"
        f" WHERE {' AND '.join(where)} ORDER BY a.published DESC, s.article_id, s.seq LIMIT ? OFFSET ?",
        (*params, limit, offset)).fetchall()
    names = entity_names(conn, [r["speaker_id"] for r in rows] + [r["channel_id"] for r in rows])
    return [dict(statement_dict(r, names), published=r["published"], title=r["title"], sources=_sources(conn, r))
            for r in rows]


def _sources(conn: sqlite3.Connection, row: sqlite3.Row) -> list[dict[str, Any]]:
    """Every article that carries this claim: the statement's own and those of the same claim elsewhere."""
    rows = conn.execute(
        "SELECT a.id, a.outlet, a.published, a.url FROM statements s JOIN articles a ON a.id=s.article_id"
        " WHERE s.id=? OR s.dup_of=? ORDER BY a.published, a.id", (row["id"], row["id"]))
    return [dict(r) for r in rows]


def dossier(conn: sqlite3.Connection, name: str, limit: int = 50) -> dict[str, Any]:
    """An entity's dossier: names in every spelling, roles over time, statements by and about it,
    events it took part in, and the entities it appears with."""
    ids = entity_ids(conn, name)
    if not ids:
        raise NewsledgerError(Codes.E013, name)
    eid = ids[0]
    ent = conn.execute("SELECT * FROM entities WHERE id=?", (eid,)).fetchone()
    aliases = conn.execute(
        "SELECT alias, n FROM entity_aliases WHERE entity_id=? ORDER BY n DESC, alias", (eid,)).fetchall()
    roles = conn.execute("SELECT role, min(date) AS since, max(date) AS until, count(*) AS n FROM roles"
                         " WHERE entity_id=? GROUP BY role ORDER BY n DESC", (eid,)).fetchall()
    co = conn.execute(
        "SELECT e.id, e.name, e.type, count(DISTINCT m.article_id) AS n FROM mentions m JOIN entities e ON e.id=m.entity_id"
        " WHERE m.article_id IN (SELECT article_id FROM mentions WHERE entity_id=?) AND m.entity_id!=?"
        " GROUP BY e.id ORDER BY n DESC LIMIT 20", (eid, eid)).fetchall()
    n_mentions = conn.execute("SELECT count(*) FROM mentions WHERE entity_id=?", (eid,)).fetchone()[0]
    return {
        "id": eid, "name": ent["name"], "type": ent["type"],
        "geo": {"lat": ent["lat"], "lon": ent["lon"], "country": ent["country"]} if ent["lat"] is not None else None,
        "first_seen": ent["first_seen"], "last_seen": ent["last_seen"], "mentions": n_mentions,
        "aliases": [{"alias": a[0], "n": a[1]} for a in aliases],
        "roles": [dict(r) for r in roles],
        "statements_by": find_statements(conn, speaker=str(eid), limit=limit),
        "statements_about": find_statements(conn, about=str(eid), limit=limit),
        "events": event_dicts(conn, "(ev.id IN (SELECT event_id FROM event_participants WHERE entity_id=?)"
                              " OR ev.source_id=?)", (eid, eid), limit),
        "co_occurring": [dict(r) for r in co],
        "other_matches": ids[1:10],
    }


def stats(conn: sqlite3.Connection) -> dict[str, int]:
    """Row counts of the ledger's main tables."""
    tables = ("articles", "entities", "mentions", "statements", "timexes", "events", "forecasts")
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
