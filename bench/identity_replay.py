"""Cross-article identity A/B without parsing again: replays the resolver over a ledger's articles.

usage:
  PYTHONPATH=SRC .venv/bin/python bench/identity_replay.py replay SOURCE.db OUT.db
  .venv/bin/python bench/identity_replay.py diff BEFORE.db AFTER.db [--half a|b]

`replay` rebuilds each article's local entities from SOURCE's mentions (grouped by local id, in
ingest order: the names are the mentions of kind 'name', else the parts and adjectives; the type, the
point and the roles are the stored entity's) and resolves them into a fresh ledger OUT with the
code on PYTHONPATH. Run it with main's code and with a branch's over the same SOURCE: the two
replays differ only by the identity rules (resolve/identity.py, store/entities.py), the extraction
fixed. The replay is an approximation of an ingest (a local entity's own point and its aliases
beyond its mentions are not stored), so compare two replays, not a replay with an ingest.

`diff` lists, for the entities of BEFORE with two or more names (case aside) mentioned in scope
(`--half`: WCXB pages by site, as bench/pages_halves.py splits them; else every article), the
joins removed ('split': the mentions of one BEFORE entity are in several AFTER entities, with
their names) and added ('joined'), matched by mention position.
"""
from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections import defaultdict

from pages_halves import half

Key = tuple[str, int, int]


def replay(source: str, out: str) -> int:
    """Resolves SOURCE's local entities into a new ledger OUT; the number of articles replayed."""
    from newsledger.model import Entity, Geo
    from newsledger.names import canonical_name
    from newsledger.store.entities import Source
    from newsledger.store.sqlite import Store
    src = sqlite3.connect(source)
    src.row_factory = sqlite3.Row
    if os.path.exists(out):
        os.remove(out)
    store = Store(out)
    stored = {r["id"]: r for r in src.execute("SELECT * FROM entities")}
    roles: dict[tuple[str, int], list[str]] = defaultdict(list)
    for eid, art, role in src.execute("SELECT entity_id, article_id, role FROM roles"):
        roles[(art, eid)].append(role)
    arts = src.execute("SELECT * FROM articles ORDER BY rowid").fetchall()
    for a in arts:
        store.conn.execute(
            "INSERT INTO articles(id, content_hash, url, title, outlet, published, published_iso, text, pipeline,"
            " ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (a["id"], a["content_hash"], a["url"], a["title"], a["outlet"], a["published"], a["published_iso"], "",
             "replay", a["ingested_at"]))
        local: dict[str, list[sqlite3.Row]] = defaultdict(list)
        for m in src.execute("SELECT * FROM mentions WHERE article_id=? ORDER BY id", (a["id"],)):
            local[m["local_id"]].append(m)
        for lid, ms in local.items():
            row = stored[ms[0]["entity_id"]]
            names = _names(ms)
            geo = Geo(row["lat"], row["lon"], row["country"], row["geo_level"], row["geonameid"]) \
                if row["lat"] is not None else None
            ent = Entity(id=lid, name=canonical_name(names), type=row["type"], aliases=names,
                         roles=roles.get((a["id"], row["id"]), []), geo=geo)
            eid = store.entities.resolve(ent, a["published_iso"], Source.of(a["outlet"], a["url"]))
            store.conn.executemany(
                'INSERT INTO mentions(article_id, entity_id, local_id, start, "end", text, kind) VALUES (?,?,?,?,?,?,?)',
                [(a["id"], eid, lid, m["start"], m["end"], m["text"], m["kind"]) for m in ms])
        store.conn.commit()
    return len(arts)


def _names(ms: list[sqlite3.Row]) -> list[str]:
    """A local entity's names: its mentions of kind 'name', else its parts and adjectives."""
    for kinds in (("name",), ("part", "adjective")):
        names = list(dict.fromkeys(m["text"] for m in ms if m["kind"] in kinds))
        if names:
            return names
    return [ms[0]["text"]]


def _positions(db: sqlite3.Connection) -> dict[Key, tuple[int, str]]:
    return {(a, s, e): (eid, t) for a, s, e, eid, t in db.execute('SELECT article_id, start, "end", entity_id, text FROM mentions')}


def changes(one: sqlite3.Connection, other: sqlite3.Connection, scope: set[str]) -> list[tuple[str, str, list[set[str]]]]:
    """Entities of ONE with two or more names, mentioned in SCOPE, whose mentions OTHER holds in
    several entities named differently: (type, name, the names of each part)."""
    multi = {r[0] for r in one.execute(
        "SELECT entity_id FROM entity_aliases GROUP BY entity_id HAVING COUNT(DISTINCT lower(alias)) >= 2")}
    there = _positions(other)
    parts: dict[int, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    seen: set[int] = set()
    for key, (eid, text) in _positions(one).items():
        if key in there:
            parts[eid][there[key][0]].add(text)
        if key[0] in scope:
            seen.add(eid)
    out = []
    for eid in sorted(e for e in parts if e in multi and e in seen):
        groups = list(parts[eid].values())
        if len({frozenset(t.lower() for t in g) for g in groups}) > 1:
            typ, name = one.execute("SELECT type, name FROM entities WHERE id=?", (eid,)).fetchone()
            out.append((typ, name, groups))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("command", choices=["replay", "diff"])
    ap.add_argument("first")
    ap.add_argument("second")
    ap.add_argument("--half", choices=["a", "b"])
    args = ap.parse_args()
    if args.command == "replay":
        print(f"replayed {replay(args.first, args.second)} articles into {args.second}", file=sys.stderr)
        return
    before, after = sqlite3.connect(args.first), sqlite3.connect(args.second)
    scope = {i for i, u in before.execute("SELECT id, url FROM articles") if args.half is None or half(u or "") == args.half}
    for tag, (one, other) in (("split", (before, after)), ("joined", (after, before))):
        found = changes(one, other, scope)
        for typ, name, groups in found:
            print(f"{tag}\t{typ}\t{name}\t" + " || ".join("/".join(sorted(g)) for g in groups))
        print(f"# {tag}: {len(found)}", file=sys.stderr)


if __name__ == "__main__":
    main()
