"""Toponym recognition + geocoding on a development gold set, through the real pipeline, scored
by the judge's score.py.

usage: .venv/bin/python bench/geo_dev.py [GOLD.jsonl] [--out PRED.jsonl] [--limit N] [--half a|b]

Each article goes through ``newsledger.extract.pipeline.analyze`` (repair, spaCy, statements, the
entity stage with its toponym recovery and document-wide geocoding); every entity it finds is
written as the evaluation view writes it. Unlike ``../shared/eval/dev.sh geo`` nothing is
stored, so entities are not merged across articles: the figures show the extractor alone.
Prints entities_found, geo_acc161, geo_country_acc and geo_mention_precision as score.py computes them.
``--half`` keeps one half of the articles, split by ``sha1(id) % 2`` (0 is half a) as every bench
script splits a development set: rules are written reading half a, half b tells whether they carry.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
from pathlib import Path

from eval_paths import GOLD as EVAL_GOLD
from eval_paths import SCORE as SCORER

from newsledger.extract.pipeline import analyze
from newsledger.model import Article, Entity

GOLD = EVAL_GOLD / "geowebnews.dev.jsonl"
METRICS = ("entities_found", "geo_acc161", "geo_country_acc", "geo_mention_precision")


def _entity(e: Entity) -> dict:
    """One entity as the evaluation view writes it."""
    out = {"name": e.name, "type": e.type, "mentions": [list(m.span) for m in e.mentions]}
    if e.geo:
        out["geo"] = {"lat": e.geo.lat, "lon": e.geo.lon, "country": e.geo.country, "level": e.geo.level}
    return out


def half(doc_id: str) -> str:
    """The half ('a' or 'b') an article falls in: sha1 of its id, mod 2."""
    return "ab"[int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest(), 16) % 2]


def predict(records: list[dict]) -> list[dict]:
    articles = [Article(id=r["id"], text=r["text"]) for r in records]
    return [{"id": a.article.id, "entities": [_entity(e) for e in a.entities]} for a in analyze(articles)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", nargs="?", default=str(GOLD))
    ap.add_argument("--out", default="/tmp/geo_dev.pred.jsonl")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--half", choices=("a", "b"))
    args = ap.parse_args()
    records = [json.loads(line) for line in Path(args.gold).read_text(encoding="utf-8").splitlines() if line.strip()]
    records = [r for r in records if not args.half or half(r["id"]) == args.half]
    records = records[: args.limit] if args.limit else records
    with open(args.out, "w", encoding="utf-8") as f:
        for p in predict(records):
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    gold = args.gold
    if args.limit or args.half:
        gold = args.out + ".gold"
        Path(gold).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    res = subprocess.run([sys.executable, str(SCORER), gold, args.out], capture_output=True, text=True)
    for line in res.stdout.splitlines():
        if line.split(":")[0] in METRICS:
            print(line)


if __name__ == "__main__":
    main()
