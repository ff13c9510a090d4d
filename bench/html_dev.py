"""Dev loop for ingest/html.py: read_html over the AEB dev pages, scored by the judge's score.py.

usage: .venv/bin/python bench/html_dev.py [OUT.jsonl] [--titles TITLES.jsonl]

Writes {"id", "title", "body_text"} a line, runs /work/shared/eval/score.py on it and prints
body_f1, pages/second and, when a titles file is given (ids with hand-checked "gold_title"),
title_acc against it (the dev gold has no titles), beside trafilatura's own title on the same
pages. bench/html_dev_titles.jsonl holds 43 dev pages whose title candidates (og:title, <title>,
h1, JSON-LD) disagree, each checked by hand against the page's markup.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from pathlib import Path

from newsledger.errors import BadInput
from newsledger.ingest.html import read_html

EVAL = Path("/work/shared/eval")
GOLD = EVAL / "gold" / "aeb.dev.jsonl"


def words(text: str | None) -> list[str]:
    return re.findall(r"\w+", (text or "").lower())


def run(out: Path) -> tuple[int, float]:
    """Extracts every dev page into OUT; returns (pages, seconds)."""
    docs = [json.loads(line) for line in GOLD.open(encoding="utf-8")]
    start = time.perf_counter()
    with out.open("w", encoding="utf-8") as f:
        for d in docs:
            try:
                art = read_html(d["html"], id=d["id"], url=d.get("url"))
                row = {"id": d["id"], "title": art.title, "body_text": art.text}
            except BadInput as err:
                print(f"{d['id']}: {err}", file=sys.stderr)
                row = {"id": d["id"], "title": None, "body_text": ""}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(docs), time.perf_counter() - start


def title_acc(pred: Path, titles: Path) -> tuple[float, list[tuple[str, str, str]]]:
    """Share of hand-checked titles matched word for word, and the misses."""
    got = {r["id"]: r["title"] for r in map(json.loads, pred.open(encoding="utf-8"))}
    gold = [json.loads(line) for line in titles.open(encoding="utf-8") if line.strip()]
    misses = [(g["id"], g["gold_title"], got.get(g["id"]) or "") for g in gold
              if words(g["gold_title"]) != words(got.get(g["id"]))]
    return 1 - len(misses) / max(len(gold), 1), misses


def trafilatura_title_acc(titles: Path) -> float:
    """The same measure for trafilatura's own metadata title, side by side."""
    import trafilatura
    pages = {d["id"]: d for d in map(json.loads, GOLD.open(encoding="utf-8"))}
    gold = [json.loads(line) for line in titles.open(encoding="utf-8") if line.strip()]
    hits = 0
    for g in gold:
        doc = trafilatura.bare_extraction(pages[g["id"]]["html"], url=pages[g["id"]].get("url"), with_metadata=True)
        hits += words(g["gold_title"]) == words(doc.title if doc else "")
    return hits / max(len(gold), 1)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", nargs="?", default="/tmp/html_dev.pred.jsonl", type=Path)
    ap.add_argument("--titles", type=Path)
    args = ap.parse_args()
    n, secs = run(args.out)
    score = subprocess.run([sys.executable, str(EVAL / "score.py"), str(GOLD), str(args.out), "--json"],
                           capture_output=True, text=True, check=True)
    s = json.loads(score.stdout)
    print(f"body_f1={s['body_f1']:.4f} body_p={s['body_p']:.4f} body_r={s['body_r']:.4f} "
          f"pages/s={n / secs:.1f} ({n} pages, {secs:.1f}s)")
    if args.titles:
        acc, misses = title_acc(args.out, args.titles)
        print(f"title_acc={acc:.3f} on {args.titles.name} (trafilatura's title: "
              f"{trafilatura_title_acc(args.titles):.3f})")
        for mid, gold, got in misses:
            print(f"  {mid[:8]}  gold: {gold}\n            got:  {got}")


if __name__ == "__main__":
    main()
