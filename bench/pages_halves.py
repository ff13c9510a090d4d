"""Issue 13's page figures per half of the WCXB dev pages, split by site (sha1 of the host % 2).

usage:
  .venv/bin/python bench/pages_halves.py run OUTDIR [--pages PAGES.jsonl] [--half a|b]
  .venv/bin/python bench/pages_halves.py score OUTDIR [--pages PAGES.jsonl]

`run` writes each page of the half (or both) to OUTDIR/html/ID.html, ingests them the way the
judge does (`newsledger ingest -v`, log in OUTDIR/ingest.log) into OUTDIR/l.db, exports the
evaluation view to OUTDIR/pred.jsonl and scores it. `score` scores an existing run: for each half
the judge's figures (../shared/eval/pages/judge.py: date_acc, junk_per_page, stmts_per_page,
boiler_share) and kind_acc, the share of pages whose stored kind is of the gold page type's family
(an article page: news, opinion, howto, review or article; a collection: listing).

Half a is the one rules are written on; b is only reported. A site's pages all fall in one half.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from eval_paths import EVAL as SHARED

PAGES = Path("/tmp/nl-pages/pages.dev.jsonl")
JUDGE = SHARED / "pages" / "judge.py"
CLI = Path(sys.executable).parent / "newsledger"
ARTICLE_KINDS = {"news", "opinion", "howto", "review", "article"}
FAMILY = {"collection": "listing"}


def share(n: int, d: int) -> float | None:
    """N of D as a share rounded as the figures are reported (None when D is 0)."""
    return round(n / d, 3) if d else None


def half(url: str) -> str:
    """'a' or 'b' for the page's site (its host without 'www.')."""
    host = (urlsplit(url).hostname or "").removeprefix("www.")
    return "ab"[int(hashlib.sha1(host.encode()).hexdigest(), 16) % 2]


def pages(path: Path) -> list[dict]:
    """The dev pages, each with its half."""
    out = []
    for line in path.open(encoding="utf-8"):
        d = json.loads(line)
        if d.get("split", "dev") == "dev":
            d["half"] = half(d["url"])
            out.append(d)
    return out


def run(out: Path, gold: list[dict], which: str | None) -> None:
    """Writes the pages of WHICH half (both when None), ingests, exports."""
    html = out / "html"
    html.mkdir(parents=True, exist_ok=True)
    for d in gold:
        if which in (None, d["half"]):
            (html / f"{d['id']}.html").write_text(d["html"], encoding="utf-8")
    env = dict(os.environ, NEWSLEDGER_DB=str(out / "l.db"))
    with (out / "ingest.log").open("w") as log:
        subprocess.run([str(CLI), "-v", "ingest", str(html)], env=env, stdout=log, stderr=log)
    with (out / "pred.jsonl").open("w") as pred:
        subprocess.run([str(CLI), "export", "--format", "eval"], env=env, stdout=pred, check=True)


def kinds(db: Path) -> dict[str, str]:
    with sqlite3.connect(db) as con:
        return dict(con.execute("SELECT id, kind FROM articles"))


def kind_ok(page_type: str, kind: str | None) -> bool:
    if page_type == "article":
        return kind in ARTICLE_KINDS
    return kind == FAMILY.get(page_type, page_type)


def judge(gold: list[dict], pred: Path) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for d in gold:
            f.write(json.dumps({k: v for k, v in d.items() if k != "html"}) + "\n")
    res = subprocess.run([sys.executable, str(JUDGE), f.name, str(pred), "--json"], capture_output=True, text=True)
    os.unlink(f.name)
    return json.loads(res.stdout)


def score(out: Path, gold: list[dict]) -> None:
    stored = kinds(out / "l.db")
    for h in "ab":
        part = [d for d in gold if d["half"] == h]
        seen = [d for d in part if d["id"] in stored]
        if not seen:
            continue
        figures = judge(part, out / "pred.jsonl")
        figures["kind_acc"] = round(sum(kind_ok(d["page_type"], stored[d["id"]]) for d in seen) / len(seen), 3)
        print(f"half {h}: " + " ".join(f"{k}={v}" for k, v in figures.items()))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("command", choices=["run", "score"])
    ap.add_argument("out", type=Path)
    ap.add_argument("--pages", type=Path, default=PAGES)
    ap.add_argument("--half", choices=["a", "b"])
    args = ap.parse_args()
    gold = pages(args.pages)
    if args.command == "run":
        run(args.out, gold, args.half)
    score(args.out, gold)


if __name__ == "__main__":
    main()
