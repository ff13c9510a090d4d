"""Precision audit: samples a ledger's records for a person to judge, and scores the judgements.

usage:
  python bench/audit.py sample LEDGER.db OUT.jsonl --per-layer N --seed S [--articles IDS_FILE]
  python bench/audit.py score OUT.jsonl

`sample` draws N records of each layer (statements, events, entities with two or more names,
geocoded places, forecasts) from the articles in scope (all of them, or the ids listed one a line
in IDS_FILE) and writes one JSON object a line, holding all a judge needs without opening
anything else:

  {"layer": "events", "key": "event:17",
   "record": {...the stored fields, with names instead of row ids...},
   "contexts": [{"article": {"id", "title", "url", "outlet", "published", "kind"}, "text": "..."}],
   "mark": "", "why": ""}

Each context is the paragraph that holds the evidence with the one before it (cut to about 1,200
characters), paragraph breaks shown as " ¶ ", the evidence (content, event words, forecast,
place mention) in ⟦ ⟧ and the speaker's mention in ⟨ ⟩; a forecast's own words (the clause that
predicts, its record's `claim`) in ‹ › inside its content, by which the judge marks it. An entity has one context for each of its
six most frequent names (the first mention of that name in scope). The judge fills `mark` with C (right), P (a real record with
one field wrong) or W (wrong), and `why`, by the rules in bench/README.md. `score` prints per layer
the C / P / W counts and the share fully right (C over the marked), as issue 13's table.

The ledger (schema: src/newsledger/store/schema.sql) is opened read-only and read with plain SQL,
only through the queries in QUERIES; the articles in scope are a temporary table every query joins.
The same ledger, N, seed and scope give the same file.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sqlite3
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

LAYERS = ("statements", "events", "entities", "places", "forecasts")
MARKS = ("C", "P", "W")
CONTEXT_CHARS = 1200
MAX_NAMES = 6   # contexts shown for an entity: its most frequent names

QUERIES = {
    # the articles in scope; every *_keys query joins it
    "scope": "CREATE TEMP TABLE scope (id TEXT PRIMARY KEY)",
    "scope_all": "INSERT INTO scope SELECT id FROM articles",
    "scope_add": "INSERT OR IGNORE INTO scope SELECT id FROM articles WHERE id = ?",
    "article": "SELECT id, title, url, outlet, published, kind, text FROM articles WHERE id = ?",
    # statements: every stored statement (copies of a syndicated claim included)
    "statements_keys": "SELECT s.id FROM statements s JOIN scope ON scope.id = s.article_id ORDER BY s.id",
    "statements": """SELECT s.id, s.article_id, e.name AS speaker, s.speaker_text, s.speaker_start, s.speaker_end,
        s.content, s.content_spans, s.cue, s.kind, s.certainty, s.forecast, s.polarity, s.channel, s.said_on
        FROM statements s LEFT JOIN entities e ON e.id = s.speaker_id WHERE s.id = ?""",
    # events, with the names of their place, source, actors and targets
    "events_keys": "SELECT v.id FROM events v JOIN scope ON scope.id = v.article_id ORDER BY v.id",
    "events": """SELECT v.id, v.article_id, v.type, v.mode, v.cameo, v.trigger, v.date, p.name AS place, v.status,
        src.name AS source, v.evidence, v.evidence_start, v.evidence_end
        FROM events v LEFT JOIN entities p ON p.id = v.place_id LEFT JOIN entities src ON src.id = v.source_id
        WHERE v.id = ?""",
    "participants": """SELECT ep.role, e.name FROM event_participants ep JOIN entities e ON e.id = ep.entity_id
        WHERE ep.event_id = ? ORDER BY ep.role, e.name""",
    # entities known by two or more names (case aside) that are mentioned in scope
    "entities_keys": """SELECT a.entity_id FROM entity_aliases a
        WHERE a.entity_id IN (SELECT m.entity_id FROM mentions m JOIN scope ON scope.id = m.article_id)
        GROUP BY a.entity_id HAVING COUNT(DISTINCT lower(a.alias)) >= 2 ORDER BY a.entity_id""",
    "entities": "SELECT id, name, type, country FROM entities WHERE id = ?",
    "aliases": "SELECT alias, n FROM entity_aliases WHERE entity_id = ? ORDER BY n DESC, alias",
    "alias_mention": """SELECT m.article_id, m.start, m."end" FROM mentions m JOIN scope ON scope.id = m.article_id
        WHERE m.entity_id = ? AND lower(m.text) = lower(?) ORDER BY m.article_id, m.start LIMIT 1""",
    # geocoded places: an entity with coordinates, as used in one article as a place (its first such
    # mention there; a people's adjective and a name inside another name are no use as a place)
    "places_keys": """SELECT DISTINCT m.entity_id || '|' || m.article_id FROM mentions m
        JOIN scope ON scope.id = m.article_id JOIN entities e ON e.id = m.entity_id
        WHERE e.lat IS NOT NULL AND m.kind NOT IN ('adjective', 'part') ORDER BY 1""",
    "places": "SELECT id, name, type, lat, lon, country, geo_level, geonameid FROM entities WHERE id = ?",
    "place_mention": """SELECT start, "end", text FROM mentions WHERE entity_id = ? AND article_id = ?
        AND kind NOT IN ('adjective', 'part') ORDER BY start LIMIT 1""",
    # forecasts, with the statement that makes them
    "forecasts_keys": "SELECT f.id FROM forecasts f JOIN scope ON scope.id = f.article_id ORDER BY f.id",
    "forecasts": """SELECT f.id, f.article_id, e.name AS speaker, s.content, s.content_spans, s.cue,
        s.speaker_start, s.speaker_end, s.certainty AS statement_certainty, f.made_on, f.horizon, f.event_type,
        f.actors, f.targets, f.certainty, f.claim, f.claim_start, f.claim_end
        FROM forecasts f JOIN statements s ON s.id = f.statement_id LEFT JOIN entities e ON e.id = f.speaker_id
        WHERE f.id = ?""",
}

Row = dict[str, Any]
Mark = tuple[int, int, str, str]   # start, end, opening and closing sign


# --- reading the ledger ---------------------------------------------------------------------

def connect(ledger: Path, articles: list[str] | None) -> sqlite3.Connection:
    """A read-only connection whose temporary `scope` table holds the articles to sample from."""
    db = sqlite3.connect(f"file:{ledger}?mode=ro", uri=True)
    db.row_factory = sqlite3.Row
    db.execute(QUERIES["scope"])
    if articles is None:
        db.execute(QUERIES["scope_all"])
    else:
        db.executemany(QUERIES["scope_add"], [(a,) for a in articles])
    return db


def one(db: sqlite3.Connection, query: str, *args: Any) -> Row:
    row = db.execute(QUERIES[query], args).fetchone()
    return dict(row) if row else {}


def keys(db: sqlite3.Connection, layer: str) -> list[str]:
    return [str(r[0]) for r in db.execute(QUERIES[f"{layer}_keys"])]


# --- contexts -------------------------------------------------------------------------------

def window(text: str, lo: int, hi: int) -> tuple[int, int]:
    """The paragraph(s) holding [lo, hi) and the paragraph before, cut around them to CONTEXT_CHARS."""
    start = text.rfind("\n\n", 0, lo)
    start = text.rfind("\n\n", 0, start) if start > 0 else start
    end = text.find("\n\n", hi)
    start, end = max(start, 0), len(text) if end < 0 else end
    spare = max(CONTEXT_CHARS - (hi - lo), 0)
    return max(start, lo - spare * 2 // 3), min(end, hi + spare // 3)


def marked(text: str, marks: list[Mark]) -> str:
    """The context of MARKS in TEXT, each marked with its signs, paragraph breaks as ' ¶ '."""
    marks = [m for m in marks if 0 <= m[0] <= m[1] <= len(text)]
    if not marks:
        return ""
    lo, hi = window(text, min(m[0] for m in marks), max(m[1] for m in marks))
    # each sign at its offset; at one offset closings first, an outer mark opening before and
    # closing after an inner one (a forecast's claim inside its content)
    signs = sorted([(start, 1, -end, opening) for start, end, opening, _ in marks]
                   + [(end, 0, -start, closing) for start, end, _, closing in marks])
    out, at = "", lo
    for pos, _, _, sign in signs:
        out, at = out + text[at:pos] + sign, pos
    out += text[at:hi]
    out = re.sub(r"[ \t]*\n\s*\n\s*", " ¶ ", out)
    out = re.sub(r"\s*\n\s*", " ", out).strip()
    return ("… " if lo > 0 else "") + out + (" …" if hi < len(text) else "")


def content_marks(spans_json: str | None, speaker: tuple[Any, Any]) -> list[Mark]:
    """Content fragments in ⟦ ⟧ and the speaker's mention in ⟨ ⟩."""
    marks: list[Mark] = [(s, e, "⟦", "⟧") for s, e in json.loads(spans_json or "[]")]
    if speaker[0] is not None and speaker[1] is not None:
        marks.append((speaker[0], speaker[1], "⟨", "⟩"))
    return marks


def article_of(db: sqlite3.Connection, article_id: str) -> tuple[Row, str]:
    row = one(db, "article", article_id)
    text = row.pop("text", "") or ""
    return row, text


def context(db: sqlite3.Connection, article_id: str, marks: list[Mark]) -> dict[str, Any]:
    article, text = article_of(db, article_id)
    return {"article": article, "text": marked(text, marks)}


# --- one record per layer -------------------------------------------------------------------

def statement(db: sqlite3.Connection, key: str) -> Row:
    row = one(db, "statements", int(key))
    marks = content_marks(row.pop("content_spans"), (row.pop("speaker_start"), row.pop("speaker_end")))
    row["forecast"] = bool(row["forecast"])
    return {"key": f"statement:{key}", "record": row, "contexts": [context(db, row["article_id"], marks)]}


def event(db: sqlite3.Connection, key: str) -> Row:
    row = {**one(db, "events", int(key)), "actors": [], "targets": []}
    for role, name in db.execute(QUERIES["participants"], (int(key),)):
        row[f"{role}s"].append(name)
    marks: list[Mark] = [(row.pop("evidence_start"), row.pop("evidence_end"), "⟦", "⟧")]
    return {"key": f"event:{key}", "record": row, "contexts": [context(db, row["article_id"], marks)]}


def entity(db: sqlite3.Connection, key: str) -> Row:
    row = one(db, "entities", int(key))
    row["aliases"] = [dict(a) for a in db.execute(QUERIES["aliases"], (int(key),))]
    contexts = []
    names = list({a["alias"].lower(): a["alias"] for a in row["aliases"]}.values())
    for alias in names[:MAX_NAMES]:
        m = one(db, "alias_mention", int(key), alias)
        if m:
            contexts.append({"name": alias, **context(db, m["article_id"], [(m["start"], m["end"], "⟦", "⟧")])})
    return {"key": f"entity:{key}", "record": row, "contexts": contexts}


def place(db: sqlite3.Connection, key: str) -> Row:
    entity_id, article_id = key.split("|", 1)
    row = one(db, "places", int(entity_id))
    m = one(db, "place_mention", int(entity_id), article_id)
    row.update(article_id=article_id, mention=m.get("text"))
    return {"key": f"place:{entity_id}:{article_id}", "record": row,
            "contexts": [context(db, article_id, [(m.get("start", -1), m.get("end", -1), "⟦", "⟧")])]}


def forecast(db: sqlite3.Connection, key: str) -> Row:
    row = one(db, "forecasts", int(key))
    marks = content_marks(row.pop("content_spans"), (row.pop("speaker_start"), row.pop("speaker_end")))
    claim = (row.pop("claim_start"), row.pop("claim_end"))
    if claim[0] is not None and claim[1] is not None:
        marks.append((claim[0], claim[1], "‹", "›"))
    row.update(actors=json.loads(row["actors"] or "[]"), targets=json.loads(row["targets"] or "[]"))
    return {"key": f"forecast:{key}", "record": row, "contexts": [context(db, row["article_id"], marks)]}


RECORD: dict[str, Callable[[sqlite3.Connection, str], Row]] = {
    "statements": statement, "events": event, "entities": entity, "places": place, "forecasts": forecast}


# --- the two commands -----------------------------------------------------------------------

def sample(ledger: Path, per_layer: int, seed: int, articles: list[str] | None = None) -> Iterator[Row]:
    """PER_LAYER records of every layer, drawn with SEED, each ready for a judge's mark."""
    db = connect(ledger, articles)
    try:
        for layer in LAYERS:
            pool = keys(db, layer)
            for key in sorted(random.Random(f"{seed}:{layer}").sample(pool, min(per_layer, len(pool))),
                              key=lambda k: [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", k)]):
                yield {"layer": layer, **RECORD[layer](db, key), "mark": "", "why": ""}
    finally:
        db.close()


def tally(records: Iterable[Row]) -> dict[str, Counter]:
    """Per layer, how many records carry each mark; anything but C, P or W counts as unmarked."""
    out: dict[str, Counter] = {layer: Counter() for layer in LAYERS}
    for r in records:
        mark = str(r.get("mark") or "").strip().upper()
        out.setdefault(r.get("layer", "?"), Counter())[mark if mark in MARKS else "unmarked"] += 1
    return out


def table(counts: dict[str, Counter]) -> str:
    """Issue 13's table: C / P / W per layer and the share of the marked records fully right."""
    lines = ["| layer | C / P / W | fully right |", "|---|---|---|"]
    for layer, c in counts.items():
        marked_n = sum(c[m] for m in MARKS)
        share = f"{100 * c['C'] / marked_n:.0f} %" if marked_n else "–"
        open_n = f", {c['unmarked']} unmarked" if c["unmarked"] else ""
        lines.append(f"| {layer} ({marked_n}{open_n}) | {c['C']} / {c['P']} / {c['W']} | {share} |")
    return "\n".join(lines)


def read_jsonl(path: Path) -> list[Row]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    s = sub.add_parser("sample", help="write records to judge")
    s.add_argument("ledger", type=Path)
    s.add_argument("out", type=Path)
    s.add_argument("--per-layer", type=int, default=20)
    s.add_argument("--seed", type=int, default=0)
    s.add_argument("--articles", type=Path, help="a file of article ids, one a line: sample only from these")
    c = sub.add_parser("score", help="count the marks of a judged file")
    c.add_argument("judged", type=Path)
    args = ap.parse_args(argv)
    if args.command == "score":
        print(table(tally(read_jsonl(args.judged))))
        return 0
    ids = args.articles.read_text("utf-8").split() if args.articles else None
    rows = [json.dumps(r, ensure_ascii=False) + "\n" for r in sample(args.ledger, args.per_layer, args.seed, ids)]
    args.out.write_text("".join(rows), "utf-8")
    print(f"wrote {len(rows)} records to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
