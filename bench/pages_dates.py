"""Publication dates of the WCXB dev article pages: newsledger's rules (ingest/published.py)
against htmldate alone, per half by site (bench/pages_halves.py).

usage: .venv/bin/python bench/pages_dates.py [--pages PAGES.jsonl] [--half a|b] [--misses]

For each finder, over the article pages with a gold date: right (the gold day), wrong (another
day) and none (no day). A wrong day is worse than none: the ledger then files the article's
statements on a day they were not made. Then, for each htmldate setting, the pages counted by
how newsledger and it fare together ("R/W": newsledger right, htmldate wrong): the classes where
one source would serve better than the other. With --misses, each page newsledger does not date
to its gold day is written on one line (id, cause, detail: pages_causes.py's classes) instead of
the figures, without an ingest; on half b use the figures only (half b is counted, not read).
"""
from __future__ import annotations

import argparse
import logging
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from htmldate import find_date
from lxml.html import HtmlElement
from pages_causes import date_cause
from pages_halves import PAGES, pages
from trafilatura.utils import load_html

from newsledger.ingest.published import iso_day, publication_date


def _htmldate(extensive: bool, original: bool) -> Callable[[HtmlElement, str], str | None]:
    def find(tree: HtmlElement, url: str) -> str | None:
        try:
            return iso_day(find_date(tree, extensive_search=extensive, original_date=original, url=url))
        except Exception:
            return None
    return find


FINDERS: dict[str, Callable[[HtmlElement, str], str | None]] = {
    "newsledger": lambda tree, url: publication_date(tree, url).day,
    "htmldate": _htmldate(True, False),
    "htmldate_original": _htmldate(True, True),
    "htmldate_markup_original": _htmldate(False, True),
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=Path, default=PAGES)
    ap.add_argument("--half", choices=["a", "b"])
    ap.add_argument("--misses", action="store_true", help="each miss with its cause, not the figures")
    args = ap.parse_args()
    logging.disable(logging.WARNING)
    if args.misses:
        return print_misses(args.pages, args.half)
    counts: dict[tuple[str, str], list[int]] = {}
    pairs: Counter[tuple[str, str, str]] = Counter()
    for d in pages(args.pages):
        gold = re.match(r"\d{4}-\d\d-\d\d", str(d.get("gold_date") or ""))
        if d["page_type"] != "article" or not gold or args.half not in (None, d["half"]):
            continue
        tree = load_html(d["html"])
        marks: dict[str, str] = {}
        for name, find in FINDERS.items():
            day = find(tree, d["url"]) if tree is not None else None
            outcome = 0 if day == gold.group(0) else 1 if day else 2
            counts.setdefault((d["half"], name), [0, 0, 0])[outcome] += 1
            marks[name] = "RWN"[outcome]
        for name in FINDERS:
            if name != "newsledger":
                pairs[(d["half"], name, f"{marks['newsledger']}/{marks[name]}")] += 1
    for (h, name), (right, wrong, none) in sorted(counts.items()):
        n = right + wrong + none
        print(f"half {h} {name:26} right={right / n:.3f} wrong={wrong / n:.3f} none={none / n:.3f} (n={n})")
    for h, name in sorted({(h, name) for h, name, _ in pairs}):
        together = sorted((both, n) for (hh, nn, both), n in pairs.items() if (hh, nn) == (h, name))
        print(f"half {h} newsledger/{name:26} " + " ".join(f"{both}={n}" for both, n in together))


def print_misses(path: Path, half: str | None) -> None:
    """Each dated article page whose day by newsledger is not its gold day, with the cause."""
    for d in pages(path):
        if d["page_type"] != "article" or not d.get("gold_date") or half not in (None, d["half"]):
            continue
        tree = load_html(d["html"])
        day = publication_date(tree, d["url"]).day if tree is not None else None
        if day != str(d["gold_date"])[:10]:
            cause, detail = date_cause(d, day)
            print(d["id"], cause, detail, d["url"], sep="\t")


if __name__ == "__main__":
    main()
