"""Dev loop for ingest/html.py: read_html over the AEB dev pages, scored by the judge's score.py.

usage: .venv/bin/python bench/html_dev.py [OUT.jsonl] [--titles TITLES.jsonl]
       .venv/bin/python bench/html_dev.py --set PAGES.jsonl [--half a|b] [--all-languages]

Writes {"id", "title", "body_text"} a line, runs /work/shared/eval/score.py on it and prints
body_f1, pages/second and, when a titles file is given (ids with hand-checked "gold_title"),
title_acc against it (the dev gold has no titles), beside trafilatura's own title on the same
pages. bench/html_dev_titles.jsonl holds 43 dev pages whose title candidates (og:title, <title>,
h1, JSON-LD) disagree, each checked by hand against the page's markup.

With --set, titles only: PAGES.jsonl holds {"id", "url", "html", "gold_title", "publisher",
"english"} a line. Two are built (outside the repo) by the scripts beside them:
/work/dev-data/titles/fundus.jsonl from the fundus library's parser-test pages (news publishers,
headline as its parsers extract it) and /work/dev-data/titles/wcxb_dev.jsonl from the article
pages of the WCXB benchmark's development split (never its test split). Pages are split by a
hash of their publisher into half "a" (rules are developed on it) and half "b" (held back to see
whether they generalise); our title_acc and trafilatura's are printed for each half, and the
misses of the chosen half.
Non-English pages are counted apart and left out unless --all-languages.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
import time
from pathlib import Path

from eval_paths import EVAL

from newsledger.errors import BadInput
from newsledger.ingest.html import read_html

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
    pages = {d["id"]: d for d in map(json.loads, GOLD.open(encoding="utf-8"))}
    gold = [json.loads(line) for line in titles.open(encoding="utf-8") if line.strip()]
    hits = sum(words(g["gold_title"]) == words(trafilatura_title(pages[g["id"]])) for g in gold)
    return hits / max(len(gold), 1)


def half(publisher: str) -> str:
    """"a" or "b": a stable split of the publishers, so no publisher's layout is in both halves."""
    return "ab"[hashlib.md5(publisher.encode("utf-8")).digest()[0] % 2]


def our_title(page: dict) -> str:
    """read_html's title of a page, or the refusal in <>."""
    try:
        return read_html(page["html"], id=page["id"], url=page.get("url")).title or ""
    except BadInput as err:
        return f"<{err}>"


def trafilatura_title(page: dict) -> str:
    """trafilatura's own metadata title of a page."""
    import trafilatura
    doc = trafilatura.bare_extraction(page["html"], url=page.get("url"), with_metadata=True)
    return (doc.title if doc else "") or ""


def score_set(path: Path, show: str, all_languages: bool) -> None:
    """Title accuracy of ours and trafilatura's on a page set with gold titles, per half."""
    pages = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    skipped = [p for p in pages if not (all_languages or p.get("english", True))]
    pages = [p for p in pages if all_languages or p.get("english", True)]
    tally: dict[str, list[int]] = {}
    misses = []
    for p in pages:
        h = half(p.get("publisher") or p["id"])
        ours, theirs = our_title(p), trafilatura_title(p)
        ok = words(ours) == words(p["gold_title"])
        t = tally.setdefault(h, [0, 0, 0])
        t[0] += 1
        t[1] += ok
        t[2] += words(theirs) == words(p["gold_title"])
        if not ok and h in show:
            misses.append((h, p.get("publisher", ""), p["gold_title"], ours))
    print(f"{path.name}: {len(pages)} pages of {len({p.get('publisher') for p in pages})} publishers "
          f"({len(skipped)} non-English pages left out)")
    for h, (n, ours_ok, theirs_ok) in sorted(tally.items()) + [("all", [sum(x) for x in zip(*tally.values())])]:
        print(f"  half {h}: title_acc={ours_ok / n:.3f} trafilatura={theirs_ok / n:.3f} ({n} pages)")
    for h, pub, gold, got in misses:
        print(f"  [{h}] {pub}\n      gold: {gold}\n      got:  {got}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", nargs="?", default="/tmp/html_dev.pred.jsonl", type=Path)
    ap.add_argument("--titles", type=Path)
    ap.add_argument("--set", type=Path, help="score titles only, on this page set with gold titles")
    ap.add_argument("--half", default="ab", help="whose misses to print: a, b or ab")
    ap.add_argument("--all-languages", action="store_true")
    args = ap.parse_args()
    if args.set:
        score_set(args.set, args.half, args.all_languages)
        return
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
