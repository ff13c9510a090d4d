"""Which entity a name denotes, and entities listed by name or weight.

Names are looked up under any spelling: an exact alias first, then the transliteration-folded
identity keys (a name typed in Cyrillic is romanised first), then aliases holding each word typed
as a whole word (or, for a word of four letters or more, as the start of one): "It" is no part of
"Italy" and "CIA" none of "Associated Press"; a number is an entity id.
"""
from __future__ import annotations

import re
import sqlite3

from ..errors import Codes, NewsledgerError
from .results.common import Geo, Page, Place
from .results.entities import EntityHit
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
        found = _by_keys(conn, name)
    return _by_weight(conn, found or by_words(conn, name))


def _by_keys(conn: sqlite3.Connection, name: str) -> list[int]:
    """Entities sharing an identity key with NAME under any type (the resolver loads here, on the
    way past an exact alias, which is what most names typed are)."""
    from ..model import Entity
    from ..resolve.identity import identity_keys
    from .romanise import romanised
    keys = sorted({k for n in {name, romanised(name)} for t in ENTITY_TYPES
                   for k in identity_keys(Entity(id="", name=n, type=t))})
    return [r[0] for r in conn.execute(f"SELECT DISTINCT entity_id FROM entity_keys WHERE key IN ({marks(keys)})", keys)]


def by_words(conn: sqlite3.Connection, text: str) -> list[int]:
    """Entities with an alias holding every word of TEXT as a whole word, or as the start of a
    word for words of four letters or more (so typing shows matches before the name is finished)."""
    from .romanise import romanised
    words = [w for w in re.split(r"[\s\-.,']+", romanised(text).lower()) if w]
    if not words:
        return []
    padded = "(' ' || replace(replace(replace(lower(alias), '-', ' '), '.', ' '), ',', ' ') || ' ')"
    clauses = [f"{padded} LIKE ? ESCAPE '\\'" for _ in words]
    params = [f"% {like_pattern(w)[1:-1]}{'%' if len(w) >= 4 else ' %'}" for w in words]
    return [r[0] for r in conn.execute(f"SELECT DISTINCT entity_id FROM entity_aliases WHERE {' AND '.join(clauses)}",
                                       params)]


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
    ids = list(dict.fromkeys(entity_ids(conn, q) + _by_weight(conn, by_words(conn, q))))
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
