"""Publication dates of the WCXB dev article pages: newsledger's rules (ingest/published.py)
against htmldate alone and against the elements the markup marks as the publication date
(microdata's datePublished, HTML5's pubdate, hAtom's 'published'), per half by site
(bench/pages_halves.py).

usage: .venv/bin/python bench/pages_dates.py [--pages PAGES.jsonl] [--half a|b] [--misses]

For each finder, over the article pages with a gold date: right (the gold day), wrong (another
day) and none (no day). A wrong day is worse than none: the ledger then files the article's
statements on a day they were not made. Then, for each htmldate setting, the pages counted by
how newsledger and it fare together ("R/W": newsledger right, htmldate wrong): the classes where
one source would serve better than the other. With --misses, each page newsledger does not date
to its gold day is written on one line (id, cause, detail: pages_causes.py's classes) instead of
the figures, without an ingest; on half b use the figures only (half b is counted, not read).
With --contests, the choices the weights of data/published.json make between two places that state
different days, counted per half (counts only, so half b may be counted): for each contest the
pages where it arises, how many golds follow each side or neither, and how many newsledger gets
right. A contest whose gold splits near evenly on both halves is no rule to build.
"""
from __future__ import annotations

import argparse
import logging
import re
from collections import Counter
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

from htmldate import find_date
from lxml.html import HtmlElement
from pages_causes import MODIFIED, date_cause, declared_days
from pages_halves import PAGES, pages
from trafilatura.utils import load_html

from newsledger.ingest import published
from newsledger.ingest.pagemeta import jsonld_items, metas
from newsledger.ingest.published import iso_day, publication_date


def _htmldate(extensive: bool, original: bool) -> Callable[[HtmlElement, str], str | None]:
    def find(tree: HtmlElement, url: str) -> str | None:
        try:
            return iso_day(find_date(tree, extensive_search=extensive, original_date=original, url=url))
        except Exception:
            return None
    return find


# the elements a page's markup marks as its publication date, beyond <meta> and JSON-LD: schema.org
# microdata's datePublished on any element, HTML5's (withdrawn) pubdate attribute, hAtom's 'published'
MARKED_PUBLICATION = ("//*[not(self::meta)][@itemprop='datePublished'] | //*[@pubdate]"
                      " | //*[contains(concat(' ', normalize-space(@class), ' '), ' published ')]")


def marked_date(tree: HtmlElement, url: str) -> str | None:
    """The day of the first element the markup marks as the publication (MARKED_PUBLICATION): its
    datetime or content attribute, else its text."""
    for el in tree.xpath(MARKED_PUBLICATION):
        day = published._stated_day((el.get("datetime") or el.get("content") or el.text_content()).strip())
        if day:
            return day
    return None


FINDERS: dict[str, Callable[[HtmlElement, str], str | None]] = {
    "newsledger": lambda tree, url: publication_date(tree, url).day,
    "htmldate": _htmldate(True, False),
    "htmldate_original": _htmldate(True, True),
    "htmldate_markup_original": _htmldate(False, True),
    "marked_publication": marked_date,
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=Path, default=PAGES)
    ap.add_argument("--half", choices=["a", "b"])
    ap.add_argument("--misses", action="store_true", help="each miss with its cause, not the figures")
    ap.add_argument("--contests", action="store_true", help="contested choices counted, not the figures")
    args = ap.parse_args()
    logging.disable(logging.WARNING)
    if args.misses:
        return print_misses(args.pages, args.half)
    if args.contests:
        return print_contests(args.pages, args.half)
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


def contests(tree: HtmlElement, url: str) -> list[tuple[str, str, str]]:
    """(contest, day of one side, day of the other) for each contest the page holds (no contest
    when the URL states a day: it outweighs every other place). The sides: the publication the
    page declares (<meta>, else JSON-LD) and the date line by the headline; <meta> and JSON-LD; the
    declared publication's day as written and in UTC. The declared publication is named by where it
    is declared: data/published.json weighs a <meta> tag above a JSON-LD item."""
    if published.url_date(url):
        return []
    meta, ld, line = published._meta_date(tree), published._jsonld_date(tree), published.shown_date(tree)
    declared, out = meta or ld, []
    if declared and line and line != declared:
        gap = (date.fromisoformat(line) - date.fromisoformat(declared)).days
        where = ("later, the declared modification" if line in declared_days(tree, MODIFIED, "dateModified")
                 else "later" if gap > 1 else "earlier" if gap < -1 else "a day apart")
        out.append((f"{'<meta>' if meta else 'JSON-LD'} publication vs date line {where}", declared, line))
    if meta and ld and meta != ld:
        out.append(("<meta> vs JSON-LD", meta, ld))
    utc = _utc_day(tree)
    if declared and utc and utc != declared:
        out.append(("declared publication as written vs in UTC", declared, utc))
    return out


def _utc_day(tree: HtmlElement) -> str | None:
    """The UTC day of the first declared publication timestamp that states its offset."""
    values = metas(tree, published._rules().meta_names)
    values += [it["datePublished"] for it in jsonld_items(tree) if isinstance(it.get("datePublished"), str)]
    for value in values:
        try:
            stamp = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            continue
        if stamp.tzinfo is not None:
            return stamp.astimezone(UTC).date().isoformat()
    return None


def print_contests(path: Path, half: str | None) -> None:
    """Per half and contest: pages, golds that follow the first side / the second / neither, and
    newsledger's right days."""
    tally: Counter[tuple[str, str, str]] = Counter()
    for d in pages(path):
        gold = re.match(r"\d{4}-\d\d-\d\d", str(d.get("gold_date") or ""))
        if d["page_type"] != "article" or not gold or half not in (None, d["half"]):
            continue
        tree = load_html(d["html"])
        if tree is None:
            continue
        day = publication_date(tree, d["url"]).day
        for name, first, second in contests(tree, d["url"]):
            side = "first" if gold.group(0) == first else "second" if gold.group(0) == second else "neither"
            tally[(d["half"], name, side)] += 1
            tally[(d["half"], name, "newsledger right")] += day == gold.group(0)
    for h, name in sorted({(h, name) for h, name, _ in tally}):
        sides = " ".join(f"{side}={tally[(h, name, side)]}" for side in ("first", "second", "neither", "newsledger right"))
        print(f"half {h} {name:62} {sides}")


if __name__ == "__main__":
    main()
