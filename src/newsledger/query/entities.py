"""Which entity a name denotes, and entities listed by name or weight.

Names are looked up under any spelling: an exact alias first, then the transliteration-folded
identity keys, then a substring of an alias; a number is an entity id.
"""
from __future__ import annotations

import sqlite3

from ..errors import Codes, NewsledgerError
from ..model import Entity
from ..resolve.identity import identity_keys
from .results import EntityHit, Geo, Page, Place
from .sql import MAX_ID, Where, like_pattern, marks

ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC")
_HIT_COLS = ("e.id, e.name, e.type, e.lat, e.lon, e.country, e.geo_level, e.first_seen, e.last_seen,"
             " (SELECT count(*) FROM mentions m WHERE m.entity_id=e.id) AS mentions,"
             " (SELECT count(*) FROM statements s WHERE s.speaker_id=e.id) AS statements")


def entity_ids(conn: sqlite3.Connection, name: str) -> list[int]:
    """Ledger entities that NAME may denote, best first (most mentioned)."""
    name = name.strip()
    if name.isascii() and name.isdigit():   # an id ('²' is a digit to Python, not to int())
        eid = int(name)
        return [eid] if eid <= MAX_ID and conn.execute("SELECT 1 FROM entities WHERE id=?", (eid,)).fetchone() else []
    found = [r[0] for r in conn.execute("SELECT DISTINCT entity_id FROM entity_aliases WHERE lower(alias)=lower(?)",
                                        (name,))]
    if not found:
        keys = sorted(set().union(*(identity_keys(Entity(id="", name=name, type=t)) for t in ENTITY_TYPES)))
        found = [r[0] for r in conn.execute(f"SELECT DISTINCT entity_id FROM entity_keys WHERE key IN ({marks(keys)})",
                                            keys)]
    if not found:
        found = [r[0] for r in conn.execute(
            "SELECT DISTINCT entity_id FROM entity_aliases WHERE alias LIKE ? ESCAPE '\\'", (like_pattern(name),))]
    return _by_weight(conn, found)


def _by_weight(conn: sqlite3.Connection, ids: list[int]) -> list[int]:
    rows = conn.execute(f"SELECT e.id FROM entities e WHERE e.id IN ({marks(ids)}) ORDER BY"
                        " (SELECT count(*) FROM mentions m WHERE m.entity_id=e.id) DESC, e.id", ids)
    return [r[0] for r in rows]


def names_to_ids(conn: sqlite3.Connection, name: str | None) -> list[int] | None:
    """The ids a user's name (any spelling, or an id) denotes; None when no name was given."""
    return entity_ids(conn, name) if name and name.strip() else None


def one_entity(conn: sqlite3.Connection, name: str) -> int:
    """The entity NAME denotes best; E013 when none."""
    ids = entity_ids(conn, name)
    if not ids:
        raise NewsledgerError(Codes.E013, name)
    return ids[0]


def entity_names(conn: sqlite3.Connection, ids: list[int | None]) -> dict[int, str]:
    wanted = sorted({i for i in ids if i is not None})
    rows = conn.execute(f"SELECT id, name FROM entities WHERE id IN ({marks(wanted)})", wanted)
    return {r[0]: r[1] for r in rows}


def places_of(conn: sqlite3.Connection, ids: list[int | None]) -> dict[int, Place]:
    """The located entities among IDS."""
    wanted = sorted({i for i in ids if i is not None})
    rows = conn.execute("SELECT id, name, lat, lon, country, geo_level FROM entities WHERE lat IS NOT NULL"
                        f" AND id IN ({marks(wanted)})", wanted)
    return {r[0]: Place(*r) for r in rows}


def geo(row: sqlite3.Row) -> Geo | None:
    """The point of an ``entities`` row, if it has one."""
    return Geo(row["lat"], row["lon"], row["country"], row["geo_level"]) if row["lat"] is not None else None


def _hit(r: sqlite3.Row) -> EntityHit:
    return EntityHit(r["id"], r["name"], r["type"], geo(r), r["first_seen"], r["last_seen"], r["mentions"],
                     r["statements"])


def find_entities(conn: sqlite3.Connection, q: str | None = None, etype: str | None = None, limit: int = 50,
                  offset: int = 0) -> Page[EntityHit]:
    """Entities whose names match Q in any spelling (best matches first, then any alias holding
    Q), or without Q the most mentioned; optionally of one type (PERSON, ORG, GPE...)."""
    if not (q and q.strip()):
        return _most_mentioned(conn, etype, limit, offset)
    more = [r[0] for r in conn.execute(
        "SELECT a.entity_id FROM entity_aliases a WHERE a.alias LIKE ? ESCAPE '\\' GROUP BY a.entity_id"
        " ORDER BY (SELECT count(*) FROM mentions m WHERE m.entity_id=a.entity_id) DESC", (like_pattern(q),))]
    ids = list(dict.fromkeys(entity_ids(conn, q) + more))
    if etype and ids:
        typed = {r[0] for r in conn.execute(f"SELECT id FROM entities WHERE type=? AND id IN ({marks(ids)})",
                                            (etype.upper(), *ids))}
        ids = [i for i in ids if i in typed]
    chosen = ids[offset:offset + limit]
    rows = {r["id"]: r for r in conn.execute(f"SELECT {_HIT_COLS} FROM entities e WHERE e.id IN ({marks(chosen)})",
                                             chosen)}
    return Page([_hit(rows[i]) for i in chosen if i in rows], len(ids), limit, offset)


def _most_mentioned(conn: sqlite3.Connection, etype: str | None, limit: int, offset: int) -> Page[EntityHit]:
    where = Where()
    if etype:
        where.add("e.type = ?", etype.upper())
    total = conn.execute(f"SELECT count(*) FROM entities e WHERE {where.sql}", where.params).fetchone()[0]
    rows = conn.execute(f"SELECT {_HIT_COLS} FROM entities e WHERE {where.sql} ORDER BY mentions DESC, e.id"
                        " LIMIT ? OFFSET ?", (*where.params, limit, offset))
    return Page([_hit(r) for r in rows], total, limit, offset)
