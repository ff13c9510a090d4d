"""Page kind and publication date alone (ingest.html.read_html, no analysis) on the WCXB dev pages,
per half by site as bench/pages_halves.py splits them: a fast loop for the page-level rules.

usage: .venv/bin/python bench/pages_meta.py [--pages PAGES.jsonl] [--out ROWS.jsonl] [--half a|b]

Prints per half: kind_acc (stored kind of the gold type's family), news_recall (article pages read
as news or opinion), nonnews_as_news (pages that are no article read as news or opinion: those are
analysed for events), date_acc (articles with a gold date given that day, as the judge counts it),
date_wrong (given another day) and date_none. Every page's row (gold and found, with the kind's
reason and the date's finder) goes to ROWS for reading.
"""
from __future__ import annotations

import argparse
import json
import logging
import re
from pathlib import Path

from pages_halves import PAGES, kind_ok, pages, share

from newsledger.errors import BadInput
from newsledger.ingest.html import read_html
from newsledger.model import NEWS_KINDS


def row(d: dict) -> dict:
    out = {"id": d["id"], "half": d["half"], "url": d["url"], "type": d["page_type"],
           "gold_date": (re.match(r"\d{4}-\d\d-\d\d", str(d.get("gold_date") or "")) or [None])[0]}
    try:
        a = read_html(d["html"], d["id"], d["url"])
    except BadInput as err:
        return out | {"kind": None, "error": str(err)}
    return out | {"kind": a.kind, "reason": a.kind_reason, "date": a.published, "source": a.date_source}


def figures(rows: list[dict]) -> dict:
    stored = [r for r in rows if r["kind"]]
    arts = [r for r in rows if r["type"] == "article"]
    other = [r for r in stored if r["type"] != "article"]
    dated = [r for r in arts if r["gold_date"]]
    return {
        "pages": len(rows), "kind_acc": share(sum(kind_ok(r["type"], r["kind"]) for r in stored), len(stored)),
        "news_recall": share(sum(r["kind"] in NEWS_KINDS[1:] for r in arts), len(arts)),
        "nonnews_as_news": share(sum(r["kind"] in NEWS_KINDS[1:] for r in other), len(other)),
        "date_acc": share(sum(r.get("date") == r["gold_date"] for r in dated), len(dated)),
        "date_wrong": share(sum(bool(r.get("date")) and r["date"] != r["gold_date"] for r in dated), len(dated)),
        "date_none": share(sum(not r.get("date") for r in dated), len(dated)),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=Path, default=PAGES)
    ap.add_argument("--out", type=Path, default=Path("/tmp/pages_meta.jsonl"))
    ap.add_argument("--half", choices=["a", "b"])
    args = ap.parse_args()
    logging.disable(logging.WARNING)
    rows = [row(d) for d in pages(args.pages) if args.half in (None, d["half"])]
    with args.out.open("w", encoding="utf-8") as f:
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    for h in "ab":
        part = [r for r in rows if r["half"] == h]
        if part:
            print(f"half {h}: " + " ".join(f"{k}={v}" for k, v in figures(part).items()))


if __name__ == "__main__":
    main()
