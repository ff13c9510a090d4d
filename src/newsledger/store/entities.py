"""Cross-document identities in the store: resolve, merge, split, and the user's knowledge file.

The decision whether two entities are one real-world identity belongs to ``resolve.identity``;
this module only finds candidates (by shared identity keys), keeps aliases and keys up to date,
and records what a person decided (``judgements``), which later resolution honours: an exact
alias that a person moved to an entity stays with it.
"""
from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from ..errors import Codes, NewsledgerError
from ..model import Entity, Geo
from ..names import canonical_name
from ..resolve.identity import identity_keys, match_identity


def read_knowledge(path: Path) -> tuple[list[Entity], list[tuple[str, str]]]:
    """The entities and never-merge pairs of a knowledge file, checked whole before anything is
    stored; E042 saying what is wrong and where."""
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise NewsledgerError(Codes.E042, f"{path}: {err}") from None
    if not isinstance(data, dict):
        raise NewsledgerError(Codes.E042, f'{path}: expected an object {{"entities": [...], "never_merge": [...]}}')
    entities = [_known_entity(item, f"{path}: entities[{i}]") for i, item in enumerate(_list(data, "entities", path))]
    pairs = _list(data, "never_merge", path)
    for i, pair in enumerate(pairs):
        if not (isinstance(pair, list) and len(pair) == 2 and all(_text(x) for x in pair)):
            raise NewsledgerError(Codes.E042, f"{path}: never_merge[{i}] is not a pair of names")
    return entities, [(a, b) for a, b in pairs]


def _list(data: dict, key: str, path: Path) -> list:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise NewsledgerError(Codes.E042, f"{path}: {key!r} is not a list")
    return value


def _text(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _known_entity(item: object, where: str) -> Entity:
    """One entity of a knowledge file: a name, and optionally a type, aliases and roles."""
    if not isinstance(item, dict) or not _text(item.get("name")):
        raise NewsledgerError(Codes.E042, f"{where} has no name")
    lists = {key: item.get(key, []) for key in ("aliases", "roles")}
    for key, value in lists.items():
        if not (isinstance(value, list) and all(_text(v) for v in value)):
            raise NewsledgerError(Codes.E042, f"{where}: {key!r} is not a list of names")
    etype = item.get("type", "PERSON")
    if not _text(etype):
        raise NewsledgerError(Codes.E042, f"{where}: 'type' is not a name")
    return Entity(id="", name=item["name"], type=etype, aliases=lists["aliases"], roles=lists["roles"])


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def rowid(cur: sqlite3.Cursor) -> int:
    """The id of the row an INSERT on CUR just made."""
    if cur.lastrowid is None:
        raise sqlite3.DatabaseError("INSERT made no row")
    return cur.lastrowid


MAX_CANDIDATES = 12   # stored identities weighed for one new entity


class EntityResolver:
    """Maps an article's local entities onto the ledger's entities."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def load(self, eid: int) -> Entity:
        """A stored entity with every alias and role it has gathered."""
        row = self.conn.execute("SELECT * FROM entities WHERE id=?", (eid,)).fetchone()
        if row is None:
            raise NewsledgerError(Codes.E013, str(eid))
        aliases = [r[0] for r in self.conn.execute(
            "SELECT alias FROM entity_aliases WHERE entity_id=? ORDER BY n DESC, alias", (eid,))]
        roles = [r[0] for r in self.conn.execute("SELECT DISTINCT role FROM roles WHERE entity_id=?", (eid,))]
        geo = Geo(row["lat"], row["lon"], row["country"], row["geo_level"], row["geonameid"]) if row["lat"] is not None else None
        return Entity(id=str(eid), name=row["name"], type=row["type"], aliases=aliases, roles=roles, geo=geo)

    def resolve(self, ent: Entity, date: str | None = None) -> int:
        """The ledger id for local entity ENT: an existing identity, or a new one."""
        keys = identity_keys(ent)
        stored = self._match(ent, keys)
        if stored is None:
            g = ent.geo
            eid = rowid(self.conn.execute(
                "INSERT INTO entities(name, type, lat, lon, country, geo_level, geonameid, first_seen, last_seen)"
                " VALUES (?,?,?,?,?,?,?,?,?)",
                (ent.name, ent.type, g.lat if g else None, g.lon if g else None, g.country if g else None,
                 g.level if g else None, g.geonameid if g else None, date, date)))
        else:
            eid = int(stored.id)
            self._update(stored, ent, date)
        self._add_names(eid, [ent.name, *ent.aliases], keys)
        return eid

    def _match(self, ent: Entity, keys: set[str]) -> Entity | None:
        """The stored identity ENT is, among the best few candidates: those holding one of its exact
        names first, then those sharing most identity keys. Bounded, so a write costs the same
        however large the ledger grows."""
        if not keys:
            return None
        names = sorted({n.lower() for n in [ent.name, *ent.aliases] if n})
        cands = [r[0] for r in self.conn.execute(
            f"SELECT k.entity_id, count(*) AS n, EXISTS (SELECT 1 FROM entity_aliases a WHERE a.entity_id = k.entity_id"
            f" AND lower(a.alias) IN ({','.join('?' * len(names))})) AS exact FROM entity_keys k"
            f" WHERE k.key IN ({','.join('?' * len(keys))}) GROUP BY k.entity_id ORDER BY exact DESC, n DESC, k.entity_id"
            f" LIMIT ?", (*names, *sorted(keys), MAX_CANDIDATES))]
        stored = [self.load(c) for c in self._judged_apart(cands, names)]
        if self.conn.execute("SELECT 1 FROM never_merge LIMIT 1").fetchone():
            stored = [c for c in stored if not self._kept_apart(set(names), c)]
        found, _why = match_identity(ent, stored)
        return found

    def _judged_apart(self, cands: list[int], names: list[str]) -> list[int]:
        """CANDS without those a person judged different from the identity that holds one of the
        new entity's exact names: after 'split A alias' the alias's entity and A stay apart."""
        if len(cands) < 2:
            return cands
        marks = ",".join("?" * len(cands))
        holders = {r[0] for r in self.conn.execute(
            f"SELECT DISTINCT entity_id FROM entity_aliases WHERE entity_id IN ({marks})"
            f" AND lower(alias) IN ({','.join('?' * len(names))})", (*cands, *names))}
        if not holders:
            return cands
        apart = {r[0] if r[1] in holders else r[1] for r in self.conn.execute(
            f"SELECT a, b FROM judgements WHERE judgement = 'different' AND a IN ({marks}) AND b IN ({marks})",
            (*cands, *cands)) if r[0] in holders or r[1] in holders}
        return [c for c in cands if c not in apart - holders]

    def _kept_apart(self, names: set[str], stored: Entity) -> bool:
        """Whether the user's knowledge file says these names are never this stored entity."""
        theirs = sorted({n.lower() for n in [stored.name, *stored.aliases]})
        if not theirs or not names:
            return False
        marks_a, marks_b = ",".join("?" * len(names)), ",".join("?" * len(theirs))
        return self.conn.execute(
            f"SELECT 1 FROM never_merge WHERE (a IN ({marks_a}) AND b IN ({marks_b})) OR (b IN ({marks_a}) AND a IN ({marks_b}))",
            (*sorted(names), *theirs, *sorted(names), *theirs)).fetchone() is not None

    def _update(self, stored: Entity, ent: Entity, date: str | None) -> None:
        eid = int(stored.id)
        name = canonical_name([stored.name, ent.name, *stored.aliases, *ent.aliases])
        self.conn.execute(
            "UPDATE entities SET name=?, first_seen=min(coalesce(first_seen, ?), coalesce(?, first_seen)),"
            " last_seen=max(coalesce(last_seen, ?), coalesce(?, last_seen)) WHERE id=?",
            (name, date, date, date, date, eid))
        if ent.geo and stored.geo is None:
            g = ent.geo
            self.conn.execute("UPDATE entities SET lat=?, lon=?, country=?, geo_level=?, geonameid=? WHERE id=?",
                              (g.lat, g.lon, g.country, g.level, g.geonameid, eid))

    def _add_names(self, eid: int, names: list[str], keys: set[str]) -> None:
        self.conn.executemany(
            "INSERT INTO entity_aliases(entity_id, alias) VALUES (?, ?) ON CONFLICT DO UPDATE SET n = n + 1",
            [(eid, n) for n in dict.fromkeys(names) if n])
        self.conn.executemany("INSERT OR IGNORE INTO entity_keys(key, entity_id) VALUES (?, ?)", [(k, eid) for k in keys])

    def merge(self, keep: int, drop: int, note: str = "") -> None:
        """Folds entity DROP into KEEP everywhere, and remembers that a person said they are one."""
        for eid in (keep, drop):
            self.load(eid)   # E013 for an id the ledger does not hold
        with self.conn:
            for table, col in (("mentions", "entity_id"), ("statements", "speaker_id"), ("statements", "channel_id"),
                               ("events", "place_id"), ("events", "source_id"), ("forecasts", "speaker_id")):
                self.conn.execute(f"UPDATE {table} SET {col}=? WHERE {col}=?", (keep, drop))
            self.conn.execute("UPDATE OR IGNORE event_participants SET entity_id=? WHERE entity_id=?", (keep, drop))
            self.conn.execute("UPDATE OR IGNORE roles SET entity_id=? WHERE entity_id=?", (keep, drop))
            self.conn.execute("INSERT OR IGNORE INTO entity_keys(key, entity_id) "
                              "SELECT key, ? FROM entity_keys WHERE entity_id=?", (keep, drop))
            self.conn.execute("INSERT OR IGNORE INTO entity_aliases(entity_id, alias, n) "
                              "SELECT ?, alias, n FROM entity_aliases WHERE entity_id=?", (keep, drop))
            self.conn.execute("DELETE FROM entities WHERE id=?", (drop,))
            self._judge(keep, drop, "same", note)

    def split(self, eid: int, alias: str, note: str = "") -> int:
        """Moves the mentions written ALIAS (and the statements they introduce) to a new entity."""
        stored = self.load(eid)
        if not self._has_name(eid, alias):
            raise NewsledgerError(Codes.E043, f"{stored.name} (#{eid}) is never written {alias!r}: nothing to split")
        with self.conn:
            new = rowid(self.conn.execute("INSERT INTO entities(name, type) VALUES (?, ?)", (alias, stored.type)))
            self.conn.execute("UPDATE mentions SET entity_id=? WHERE entity_id=? AND lower(text)=lower(?)", (new, eid, alias))
            self.conn.execute("UPDATE statements SET speaker_id=? WHERE speaker_id=? AND lower(speaker_text)=lower(?)", (new, eid, alias))
            self.conn.execute("DELETE FROM entity_aliases WHERE entity_id=? AND lower(alias)=lower(?)", (eid, alias))
            self._add_names(new, [alias], identity_keys(Entity(id="", name=alias, type=stored.type)))
            self._judge(eid, new, "different", note)
        return new

    def _judge(self, a: int, b: int, judgement: str, note: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO judgements(a, b, judgement, note, created_at) VALUES (?,?,?,?,?)",
                          (min(a, b), max(a, b), judgement, note, _now()))

    def apply_knowledge(self, path: Path) -> int:
        """Seeds the ledger with a user's knowledge file: known entities with their aliases and roles
        ({"entities": [{"name", "type", "aliases", "roles"}]}) and names never to merge
        ({"never_merge": [["Name A", "Name B"], ...]}); returns how many entities it added or extended."""
        entities, never_merge = read_knowledge(Path(path))
        with self.conn:
            self.conn.executemany("INSERT OR IGNORE INTO never_merge(a, b) VALUES (?, ?)",
                                  [(a.lower(), b.lower()) for a, b in never_merge])
            for ent in entities:
                self.resolve(ent)
        return len(entities)

    def _has_name(self, eid: int, alias: str) -> bool:
        """Whether entity EID is written ALIAS (a name of it, or the text of one of its mentions)."""
        return self.conn.execute(
            "SELECT 1 FROM entity_aliases WHERE entity_id=? AND lower(alias)=lower(?) UNION ALL"
            " SELECT 1 FROM mentions WHERE entity_id=? AND lower(text)=lower(?) LIMIT 1", (eid, alias, eid, alias)).fetchone() is not None
