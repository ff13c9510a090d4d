"""Issue 13's misses on the WCXB dev pages, each with its cause: statements outside the gold main
text by the part of the page they come from, wrong publication dates by where the day came from
and what the page's metadata state.

usage: .venv/bin/python bench/pages_causes.py OUTDIR [--pages PAGES.jsonl] [--half a|b] [--counts]

OUTDIR is a `pages_halves.py run` (its pred.jsonl; the dates' finders run again on each page's
HTML). Each miss is written on one line (id, cause, detail) unless --counts, then the causes are
counted. On half b run it with --counts only: half b is counted, never read to write rules.

Statements (the judge's definition: the normalised content is no substring of the normalised gold
text), the first cause that holds:
  after the gold's end / before the gold's start   article text the gold leaves out (its annotation
                                                    stops part-way, or starts below a lead)
  <region>                                          the HTML element that holds the words lies in a
                                                    comment, caption, related-links, author box,
                                                    sidebar, footer, nav, form, table, list or quote
                                                    (its own or an ancestor's tag, class, id, role)
  inside the article                                none of these: the gold skips it within its span
  not found in the page                             the stored words are nowhere in the HTML's text
Dates (gold is a day; a month-only gold is its own cause):
  gold month only · gold day not on the page · gold is the update day (a declared modified day)
  · gold is a declared published day · gold is the date line · gold is another day on the page
and beside it the finder that gave the stored day, and the day htmldate gives with original_date
on and off.
"""
from __future__ import annotations

import argparse
import json
import logging
import re
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from htmldate import find_date
from lxml.html import HtmlElement
from pages_halves import PAGES, pages
from trafilatura.utils import load_html

from newsledger.ingest.pagemeta import jsonld_items, metas
from newsledger.ingest.published import iso_day, publication_date, shown_date

REGIONS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((name, re.compile(p, re.I)) for name, p in (
    ("comment", r"comment|disqus|respond|reply|discussion"),
    ("caption", r"\bfigcaption\b|\bcaption|credit"),
    ("related links", r"related|recommend|teaser|more-stories|read-?more|read-?next|also-?like|popular|trending"),
    ("author box", r"author|\bbio\b|byline|profile"),
    ("sidebar", r"\baside\b|sidebar|widget|complementary"),
    ("footer", r"\bfooter\b|contentinfo"),
    ("nav", r"\bnav\b|navigation|breadcrumb|menu"),
    ("form", r"\bform\b|newsletter|subscribe|signup|sign-up"),
    ("table", r"\btable\b"),
    ("quote", r"\bblockquote\b|\bq\b|testimonial|review"),
    ("list", r"\b[uo]l\b|\bli\b"),
))
MODIFIED = ["article:modified_time", "og:updated_time", "dateModified", "last-modified"]
PUBLISHED = ["article:published_time", "datePublished", "date", "pubdate", "publishdate", "DC.date.issued"]
_WORDS = re.compile(r"\W+")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def norm(text: str | None) -> str:
    """The judge's normalisation: words joined by single spaces, lower case."""
    return _WORDS.sub(" ", text or "").strip().lower()


def statement_causes(page: dict, pred: dict) -> Iterator[tuple[str, str]]:
    """(cause, detail) of each statement of an article page outside its gold text."""
    text = pred.get("body_text") or pred.get("text") or ""
    gold = norm(page.get("gold_text"))
    tree = None
    for s in pred.get("statements") or []:
        span = s.get("content_span")
        content = norm(text[span[0]:span[1]]) if span and text else ""
        if not content or content in gold:
            continue
        tree = tree if tree is not None else load_html(page["html"])
        yield _statement_cause(text, span[0], gold, tree), f"{s.get('speaker')!r}: {content[:100]!r}"


def _statement_cause(text: str, start: int, gold: str, tree: HtmlElement | None) -> str:
    """Where the statement starting at START of the stored TEXT stands against the gold and the page."""
    first, last = _gold_bounds(text, gold)
    if last is not None and start > last:
        return "after the gold's end"
    if first is not None and start < first:
        return "before the gold's start"
    holder = _holder(tree, norm(text[start:start + 200])) if tree is not None else None
    if holder is None:
        return "not found in the page"
    return _region(holder) or "inside the article"


def _gold_bounds(text: str, gold: str) -> tuple[int | None, int | None]:
    """Where the gold's first and last runs of words found in the stored text stand in it (None when
    none is found): runs of 8 words taken every 20, so a gold sentence the page lacks moves neither."""
    words = gold.split()
    if len(words) < 12:
        return None, None
    low = norm(text)
    found = [(at, at + len(run)) for at, run in ((low.find(run), run) for run in _runs(words)) if at >= 0]
    if not found:
        return None, None
    scale = len(text) / max(1, len(low))
    return int(min(found)[0] * scale), int(max(end for _, end in found) * scale)


def _runs(words: list[str], size: int = 8, step: int = 20) -> Iterator[str]:
    yield from (" ".join(words[i:i + size]) for i in range(0, len(words) - size + 1, step))
    yield " ".join(words[-size:])


def _holder(tree: HtmlElement, words: str) -> HtmlElement | None:
    """The innermost element whose text holds the statement's first words."""
    probe = " ".join(words.split()[:6])
    if not probe:
        return None
    best = None
    for el in tree.iter():
        if isinstance(el.tag, str) and el.tag not in ("script", "style") and probe in norm(el.text_content()):
            best = el
    return best


def _region(el: HtmlElement) -> str | None:
    """The first region (REGIONS) the element or an ancestor declares by its tag, class, id, role or
    itemprop, below the article (or main, or body) that holds it: a template's body classes
    ('right-sidebar') name the layout, not the block."""
    marks = []
    while el is not None and el.tag not in ("article", "main", "body"):
        marks.append(" ".join([el.tag if isinstance(el.tag, str) else "", el.get("class") or "",
                               el.get("id") or "", el.get("role") or "", el.get("itemprop") or ""]))
        el = el.getparent()
    for name, pattern in REGIONS:
        if any(pattern.search(m) for m in marks):
            return name
    return None


def date_cause(page: dict, stored: str | None) -> tuple[str, str]:
    """(cause, detail) of an article page whose stored day is not its gold day."""
    gold = str(page["gold_date"])
    tree = load_html(page["html"])
    dated = publication_date(tree, page["url"])
    detail = (f"gold {gold} stored {stored} by {dated.finder}; htmldate original {_htmldate(tree, page, True)}"
              f" latest {_htmldate(tree, page, False)}")
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", gold[:10]):
        return "gold month only", detail
    return _day_cause(gold[:10], tree, page["html"]), detail


def _day_cause(gold: str, tree: HtmlElement, html: str) -> str:
    if not _written(gold, html):
        return "gold day not on the page"
    if gold in declared_days(tree, PUBLISHED, "datePublished"):
        return "gold is a declared published day"
    if gold in declared_days(tree, MODIFIED, "dateModified"):
        return "gold is the update day"
    if gold == shown_date(tree):
        return "gold is the date line"
    return "gold is another day on the page"


def declared_days(tree: HtmlElement, names: list[str], key: str) -> set[str]:
    """The days the page's <meta> tags, itemprops and JSON-LD items under KEY state."""
    values = metas(tree, names) + [el.get("content") or el.get("datetime") or ""
                                   for el in tree.xpath(f"//*[@itemprop='{key}']")]
    values += [it[key] for it in jsonld_items(tree) if isinstance(it.get(key), str)]
    return {d for d in map(iso_day, values) if d}


def _written(day: str, html: str) -> bool:
    """The day is written in the page's HTML in a common form."""
    d = date.fromisoformat(day)
    month = MONTHS[d.month - 1]
    forms = [day, f"{month} {d.day}, {d.year}", f"{month[:3]} {d.day}, {d.year}", f"{d.day} {month} {d.year}",
             f"{d.day} {month[:3]} {d.year}", f"{d.month}/{d.day}/{d.year}", f"{d.month:02d}/{d.day:02d}/{d.year}",
             f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.year}/{d.month:02d}/{d.day:02d}",
             f"{month} {d.day}th, {d.year}", f"{month} {d.day}st, {d.year}", f"{month} {d.day}nd, {d.year}",
             f"{month} {d.day}rd, {d.year}", f"{month[:3]}. {d.day}, {d.year}", f"{month[:3]}. {d.day:02d}, {d.year}"]
    low = html.lower()
    return any(f.lower() in low for f in forms)


def _htmldate(tree: HtmlElement, page: dict, original: bool) -> str | None:
    try:
        return iso_day(find_date(tree, original_date=original, extensive_search=False, url=page["url"]))
    except Exception:
        return None


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--pages", type=Path, default=PAGES)
    ap.add_argument("--half", choices=["a", "b"])
    ap.add_argument("--counts", action="store_true", help="only the causes counted (half b)")
    args = ap.parse_args()
    logging.disable(logging.WARNING)
    preds = {str(p["id"]): p for p in map(json.loads, (args.out / "pred.jsonl").open()) if p}
    counts: Counter[tuple[str, str]] = Counter()
    for page in pages(args.pages):
        pred = preds.get(page["id"])
        if page["page_type"] != "article" or pred is None or args.half not in (None, page["half"]):
            continue
        for cause, detail in _misses(page, pred):
            counts[cause] += 1
            if not args.counts:
                print(page["id"], cause[0], cause[1], detail, sep="\t")
    for (layer, cause), n in sorted(counts.items()):
        print(f"{layer}\t{cause}\t{n}")


def _misses(page: dict, pred: dict) -> Iterator[tuple[tuple[str, str], str]]:
    """((layer, cause), detail) of each miss on an article page."""
    for cause, detail in statement_causes(page, pred):
        yield ("statement", cause), detail
    gold, stored = str(page.get("gold_date") or ""), str(pred.get("published") or "")[:10] or None
    if gold and stored != gold[:10]:
        cause, detail = date_cause(page, stored)
        yield ("date", cause), detail


if __name__ == "__main__":
    main()
