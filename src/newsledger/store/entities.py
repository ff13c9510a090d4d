"""Cross-document identities in the store: resolve, merge, split, and the user's knowledge file.

The decision whether two entities are one real-world identity belongs to ``resolve.identity``;
this module only finds candidates (by shared identity keys), keeps aliases and keys up to date,
and records what a person decided (``judgements``), which later resolution honours: an exact
alias that a person moved to an entity stays with it.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..errors import Codes, NewsledgerError
from ..model import Entity, Geo
from ..names import canonical_name


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


# the rows that name an entity by id (each has an ``id``), moved by a merge and moved back by its undo
REFERENCES = (("mentions", "entity_id"), ("statements", "speaker_id"), ("statements", "channel_id"),
              ("events", "place_id"), ("events", "source_id"), ("forecasts", "speaker_id"))
# the rows an entity owns: read for a merge's record, restored to the merged entity by its undo
# (the article or event must still exist), and those the merge added to the kept one removed again
OWNED = {"aliases": "SELECT alias, n FROM entity_aliases WHERE entity_id=?",
         "keys": "SELECT key FROM entity_keys WHERE entity_id=?",
         "roles": "SELECT article_id, role, date FROM roles WHERE entity_id=?",
         "participants": "SELECT event_id, role FROM event_participants WHERE entity_id=?"}
KEYS = {"aliases": 1, "keys": 1, "roles": 2, "participants": 2}
RESTORE = {"aliases": "INSERT OR REPLACE INTO entity_aliases(entity_id, alias, n) VALUES (?,?,?)",
           "keys": "INSERT OR IGNORE INTO entity_keys(entity_id, key) VALUES (?,?)",
           "roles": "INSERT OR IGNORE INTO roles(entity_id, article_id, role, date) SELECT ?,?,?,?"
                    " WHERE EXISTS (SELECT 1 FROM articles WHERE id=?2)",
           "participants": "INSERT OR IGNORE INTO event_participants(entity_id, event_id, role) SELECT ?,?,?"
                           " WHERE EXISTS (SELECT 1 FROM events WHERE id=?2)"}
UNADD = {"aliases": "DELETE FROM entity_aliases WHERE entity_id=? AND alias=?",
         "keys": "DELETE FROM entity_keys WHERE entity_id=? AND key=?",
         "roles": "DELETE FROM roles WHERE entity_id=? AND article_id=? AND role=?",
         "participants": "DELETE FROM event_participants WHERE entity_id=? AND event_id=? AND role=?"}

MAX_CANDIDATES = 12   # stored identities weighed for one new entity
MAX_TEXTS = 50        # mentions of a stored identity whose articles are read for the names written with it
KNOWN_KEY = "KNOWN"   # the key the knowledge file's entities carry: identity.local_name may join them


@dataclass(frozen=True)
class Source:
    """Where an article comes from, for names that identify no one beyond it: its outlet, else its
    URL's host; None (``Source.of``) when it states neither."""

    outlet: str | None
    host: str | None

    @classmethod
    def of(cls, outlet: str | None, url: str | None) -> Source | None:
        host = None if outlet or not url else urlsplit(url.strip()).hostname
        return cls(outlet, None) if outlet else cls(None, host) if host else None


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

    def resolve(self, ent: Entity, date: str | None = None, source: Source | None = None, known: bool = False,
                text: str | None = None) -> int:
        """The ledger id for local entity ENT: an existing identity, or a new one. SOURCE is the outlet
        (or, lacking one, the host) of ENT's article, TEXT its text; KNOWN marks an entity of the
        user's knowledge file. (The resolver is imported by the methods that write, so commands that only read never
        load it.)"""
        from ..resolve.identity import identity_keys
        keys = identity_keys(ent) | ({KNOWN_KEY} if known else set())
        stored = self._match(ent, keys - {KNOWN_KEY}, source, text)
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

    def _match(self, ent: Entity, keys: set[str], source: Source | None = None, text: str | None = None) -> Entity | None:
        """The stored identity ENT is, among the best few candidates: those holding one of its exact
        names first, then those sharing most identity keys. Bounded, so a write costs the same
        however large the ledger grows."""
        from ..resolve.identity import match_identity
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
        texts = None if text is None else (lambda e: [text] if e is ent else self._texts(int(e.id)))
        found, _why = match_identity(ent, stored, self._near([int(c.id) for c in stored], source), texts)
        return found

    def _texts(self, eid: int) -> list[str]:
        """The texts of the latest articles naming stored entity EID (at most ``MAX_TEXTS``)."""
        return [r[0] for r in self.conn.execute(
            "SELECT a.text FROM articles a WHERE a.id IN (SELECT m.article_id FROM mentions m WHERE m.entity_id=?"
            " ORDER BY m.id DESC LIMIT ?)", (eid, MAX_TEXTS))]

    def _near(self, cands: list[int], source: Source | None) -> set[str] | None:
        """Of CANDS, those named in an article of SOURCE or given by the knowledge file: the only
        ones a name that identifies no one beyond its source may join (``identity.local_name``).
        None when the source is unknown (plain text): every candidate may then be joined."""
        if source is None or not cands:
            return None
        marks = ",".join("?" * len(cands))
        known = {r[0] for r in self.conn.execute(
            f"SELECT entity_id FROM entity_keys WHERE key=? AND entity_id IN ({marks})", (KNOWN_KEY, *cands))}
        where = "a.outlet = ?" if source.outlet else "a.outlet IS NULL AND (a.url LIKE ? OR a.url LIKE ?)"
        values = (source.outlet,) if source.outlet else (f"%://{source.host}/%", f"%://{source.host}")
        named = {r[0] for r in self.conn.execute(
            f"SELECT DISTINCT m.entity_id FROM mentions m JOIN articles a ON a.id = m.article_id"
            f" WHERE m.entity_id IN ({marks}) AND {where}", (*cands, *values))}
        return {str(c) for c in known | named}

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
        name = self._pinned_name(eid) or canonical_name([stored.name, ent.name, *stored.aliases, *ent.aliases])
        self.conn.execute(
            "UPDATE entities SET name=?, first_seen=min(coalesce(first_seen, ?), coalesce(?, first_seen)),"
            " last_seen=max(coalesce(last_seen, ?), coalesce(?, last_seen)) WHERE id=?",
            (name, date, date, date, date, eid))
        if ent.type == "ORG" and stored.type == "PERSON":   # a firm NER typed a person ('Yukos'): resolve.identity
            self.conn.execute("UPDATE entities SET type='ORG' WHERE id=?", (eid,))
        if ent.geo and stored.geo is None:
            g = ent.geo
            self.conn.execute("UPDATE entities SET lat=?, lon=?, country=?, geo_level=?, geonameid=? WHERE id=?",
                              (g.lat, g.lon, g.country, g.level, g.geonameid, eid))

    def _add_names(self, eid: int, names: list[str], keys: set[str]) -> None:
        self.conn.executemany(
            "INSERT INTO entity_aliases(entity_id, alias) VALUES (?, ?) ON CONFLICT DO UPDATE SET n = n + 1",
            [(eid, n) for n in dict.fromkeys(names) if n])
        self.conn.executemany("INSERT OR IGNORE INTO entity_keys(key, entity_id) VALUES (?, ?)", [(k, eid) for k in keys])

    def merge(self, keep: int, drop: int, note: str = "") -> int:
        """Folds entity DROP into KEEP everywhere, and remembers that a person said they are one;
        returns the id of the edit, which records every row it moved so that it can be undone."""
        for eid in (keep, drop):
            self.load(eid)   # E013 for an id the ledger does not hold
        with self.conn:
            moved = self._snapshot(keep, drop)
            self._fold(keep, drop)
            self._judge(keep, drop, "same", note)
            return self._log("merge", keep, drop, note, moved)

    def _snapshot(self, keep: int, drop: int) -> dict[str, Any]:
        """What a merge of DROP into KEEP moves: DROP's row, the rows naming it, its names, keys, roles
        and event roles, and which of those KEEP did not hold before (the merge adds them to KEEP)."""
        row = self.conn.execute("SELECT * FROM entities WHERE id=?", (drop,)).fetchone()
        refs = {f"{t}.{c}": [r[0] for r in self.conn.execute(f"SELECT id FROM {t} WHERE {c}=?", (drop,))]
                for t, c in REFERENCES}
        owned = {name: [list(r) for r in self.conn.execute(sql, (drop,))] for name, sql in OWNED.items()}
        kept = {name: {tuple(r[:KEYS[name]]) for r in self.conn.execute(sql, (keep,))} for name, sql in OWNED.items()}
        added = {name: [r[:KEYS[name]] for r in rows if tuple(r[:KEYS[name]]) not in kept[name]]
                 for name, rows in owned.items()}
        return {"entity": dict(row), "refs": refs, "owned": owned, "added": added}

    def _fold(self, keep: int, drop: int) -> None:
        """Moves every row naming DROP to KEEP, and deletes DROP."""
        for table, col in REFERENCES:
            self.conn.execute(f"UPDATE {table} SET {col}=? WHERE {col}=?", (keep, drop))
        for table in ("event_participants", "roles"):
            self.conn.execute(f"UPDATE OR IGNORE {table} SET entity_id=? WHERE entity_id=?", (keep, drop))
            self.conn.execute(f"DELETE FROM {table} WHERE entity_id=?", (drop,))     # KEEP already held these
        self.conn.execute("INSERT OR IGNORE INTO entity_keys(key, entity_id) SELECT key, ? FROM entity_keys"
                          " WHERE entity_id=?", (keep, drop))
        self.conn.execute("INSERT OR IGNORE INTO entity_aliases(entity_id, alias, n) SELECT ?, alias, n"
                          " FROM entity_aliases WHERE entity_id=?", (keep, drop))
        self.conn.execute("DELETE FROM entities WHERE id=?", (drop,))

    def split(self, eid: int, alias: str, note: str = "") -> int:
        """Moves the mentions written ALIAS (and the statements they introduce) to a new entity."""
        return self.split_edit(eid, alias, note)[0]

    def split_edit(self, eid: int, alias: str, note: str = "") -> tuple[int, int]:
        """``split``, returning the new entity and the id of the edit (undone by folding it back)."""
        from ..resolve.identity import identity_keys
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
            return new, self._log("split", eid, new, note, {"alias": alias})

    def rename(self, eid: int, name: str, note: str = "") -> int:
        """Gives entity EID the name NAME, which later ingests keep (``_update`` honours it)."""
        old = self.load(eid).name
        with self.conn:
            self.conn.execute("UPDATE entities SET name=? WHERE id=?", (name, eid))
            self._add_names(eid, [name], set())
            return self._log("rename", eid, None, note, {"name": old, "to": name})

    def different(self, a: int, b: int, note: str = "") -> int:
        """Records that A and B are not the same identity; the resolver keeps them apart."""
        for eid in (a, b):
            self.load(eid)
        prior = self.conn.execute("SELECT judgement, note, created_at FROM judgements WHERE a=? AND b=?",
                                  (min(a, b), max(a, b))).fetchone()
        with self.conn:
            self._judge(a, b, "different", note)
            return self._log("different", a, b, note, {"judgement": list(prior) if prior else None})

    def undo(self, edit_id: int) -> None:
        """Reverses identity edit EDIT_ID (what it moved goes back) and forgets its judgement."""
        row = self.conn.execute("SELECT * FROM identity_edits WHERE id=?", (edit_id,)).fetchone()
        if row is None:
            raise NewsledgerError(Codes.E014, f"identity edit {edit_id}")
        if row["undone_at"]:
            raise ValueError(f"identity edit {edit_id} was already undone")
        moved = json.loads(row["moved"])
        with self.conn:
            getattr(self, f"_undo_{row['action']}")(row["a"], row["b"], moved)
            self.conn.execute("UPDATE identity_edits SET undone_at=? WHERE id=?", (_now(), edit_id))

    def _undo_merge(self, keep: int, drop: int, moved: dict[str, Any]) -> None:
        if self.conn.execute("SELECT 1 FROM entities WHERE id=?", (drop,)).fetchone():
            raise ValueError(f"entity {drop} exists again: this merge cannot be undone")
        cols = list(moved["entity"])
        self.conn.execute(f"INSERT INTO entities({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                          [moved["entity"][c] for c in cols])
        for ref, ids in moved["refs"].items():
            table, col = ref.split(".")
            for chunk in (ids[i:i + 500] for i in range(0, len(ids), 500)):
                self.conn.execute(f"UPDATE {table} SET {col}=? WHERE {col}=? AND id IN ({','.join('?' * len(chunk))})",
                                  (drop, keep, *chunk))
        for name, rows in moved["owned"].items():
            self.conn.executemany(RESTORE[name], [(drop, *r) for r in rows])
        for name, rows in moved["added"].items():
            self.conn.executemany(UNADD[name], [(keep, *r) for r in rows])
        self.conn.execute("DELETE FROM judgements WHERE a=? AND b=? AND judgement='same'", (min(keep, drop), max(keep, drop)))

    def _undo_split(self, eid: int, new: int, moved: dict[str, Any]) -> None:
        self.load(new)
        self._fold(eid, new)
        self.conn.execute("DELETE FROM judgements WHERE a=? AND b=? AND judgement='different'", (min(eid, new), max(eid, new)))

    def _undo_rename(self, eid: int, _b: int | None, moved: dict[str, Any]) -> None:
        self.conn.execute("UPDATE entities SET name=? WHERE id=?", (moved["name"], eid))

    def _undo_different(self, a: int, b: int, moved: dict[str, Any]) -> None:
        self.conn.execute("DELETE FROM judgements WHERE a=? AND b=?", (min(a, b), max(a, b)))
        if moved["judgement"]:
            self.conn.execute("INSERT INTO judgements(a, b, judgement, note, created_at) VALUES (?,?,?,?,?)",
                              (min(a, b), max(a, b), *moved["judgement"]))

    def _judge(self, a: int, b: int, judgement: str, note: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO judgements(a, b, judgement, note, created_at) VALUES (?,?,?,?,?)",
                          (min(a, b), max(a, b), judgement, note, _now()))

    def _log(self, action: str, a: int, b: int | None, note: str, moved: dict[str, Any]) -> int:
        return rowid(self.conn.execute(
            "INSERT INTO identity_edits(action, a, b, note, moved, created_at) VALUES (?,?,?,?,?,?)",
            (action, a, b, note, json.dumps(moved), _now())))

    def _pinned_name(self, eid: int) -> str | None:
        """The name a person gave EID (its latest rename not undone), which ingests keep."""
        row = self.conn.execute("SELECT json_extract(moved, '$.to') FROM identity_edits WHERE a=? AND action='rename'"
                                " AND undone_at IS NULL ORDER BY id DESC LIMIT 1", (eid,)).fetchone()
        return row[0] if row else None

    def apply_knowledge(self, path: Path) -> int:
        """Seeds the ledger with a user's knowledge file: known entities with their aliases and roles
        ({"entities": [{"name", "type", "aliases", "roles"}]}) and names never to merge
        ({"never_merge": [["Name A", "Name B"], ...]}); returns how many entities it added or extended."""
        entities, never_merge = read_knowledge(Path(path))
        with self.conn:
            self.conn.executemany("INSERT OR IGNORE INTO never_merge(a, b) VALUES (?, ?)",
                                  [(a.lower(), b.lower()) for a, b in never_merge])
            for ent in entities:
                self.resolve(ent, known=True)
        return len(entities)

    def _has_name(self, eid: int, alias: str) -> bool:
        """Whether entity EID is written ALIAS (a name of it, or the text of one of its mentions)."""
        return self.conn.execute(
            "SELECT 1 FROM entity_aliases WHERE entity_id=? AND lower(alias)=lower(?) UNION ALL"
            " SELECT 1 FROM mentions WHERE entity_id=? AND lower(text)=lower(?) LIMIT 1", (eid, alias, eid, alias)).fetchone() is not None
