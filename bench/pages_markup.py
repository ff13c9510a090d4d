"""Which markup holds the text newsledger keeps outside the gold main text: the stored body's 8-word
shingles on each half's article pages, counted inside each kind of element as in the gold / not.

usage: .venv/bin/python bench/pages_markup.py OUTDIR [--pages PAGES.jsonl] [--half a|b] [--min-sites N]

OUTDIR is a `pages_halves.py run` (its l.db: the stored text up to body_end). An element counts
when it holds no more than MAX_SHARE of its page's text (a box, as ingest/boxes.py reads one; the
article's own containers would count every line), under each word of its class, id and role, its
tag, and the attribute conventions in CONVENTIONS. A markup that would be worth dropping before
extraction holds shingles outside the gold on several sites and next to none inside it; one with
as much inside as out is the article on other sites. Lines are words (not characters) so a page's
markup and its text compare whatever the whitespace. Works on any gold set of pages with
`gold_text` (the AEB pages of `dev.sh html` too: no page_type means an article).
"""
from __future__ import annotations

import argparse
import re
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from lxml.html import HtmlElement
from pages_body import words
from pages_halves import PAGES, pages
from trafilatura.utils import load_html

SHINGLE = 8
MAX_SHARE = 0.2
CONVENTIONS = {      # attribute conventions for "no part of the content", and HTML's own regions
    "data-nosnippet": "//*[@data-nosnippet]",                     # Google Search: keep out of snippets
    "class nocontent": "//*[contains(concat(' ', normalize-space(@class), ' '), ' nocontent ')]",
    "aria-hidden": "//*[@aria-hidden='true']",
    "hidden": "//*[@hidden]",
    "schema.org WP*": "//*[contains(@itemtype, 'schema.org/WP')]",
    "schema.org Comment": "//*[@itemprop='comment' or contains(@itemtype, 'schema.org/Comment')]",
    "embedded post": "//blockquote[contains(@class, 'twitter') or contains(@class, 'instagram')]",
}
_CAMEL = re.compile(r"([a-z])([A-Z])")
_NAME = re.compile(r"[a-z]+")


@dataclass
class Tally:
    """Shingles of the stored body inside one kind of markup, and the sites they were seen on."""

    inside: int = 0
    outside: int = 0
    sites_in: set[str] = field(default_factory=set)
    sites_out: set[str] = field(default_factory=set)

    def add(self, kept: set[str], gold: set[str], site: str) -> None:
        self.inside += len(kept & gold)
        self.outside += len(kept - gold)
        if kept & gold:
            self.sites_in.add(site)
        if kept - gold:
            self.sites_out.add(site)


def shingles(ws: list[str]) -> set[str]:
    return {" ".join(ws[i:i + SHINGLE]) for i in range(len(ws) - SHINGLE + 1)}


def bodies(db: Path) -> dict[str, str]:
    """Each stored article's text up to where its body ends."""
    with sqlite3.connect(db) as con:
        return {i: t[:e] if e is not None else t for i, t, e in con.execute("SELECT id, text, body_end FROM articles")}


def markup(el: HtmlElement) -> set[str]:
    """The kinds EL is: its tag and each word of its class, id and role ("post-ctaBox" -> post, cta, box)."""
    names = " ".join(el.get(a) or "" for a in ("class", "id", "role"))
    return {f"<{el.tag}>"} | set(_NAME.findall(_CAMEL.sub(r"\1 \2", names).lower()))


def tally_page(page: dict, body: str, tallies: dict[str, Tally]) -> None:
    """Adds the page's stored body shingles, by the markup that holds them, to TALLIES."""
    tree = load_html(page["html"])
    if tree is None:
        return
    kept, gold = shingles(words(body)), shingles(words(page["gold_text"]))
    site = (urlsplit(page["url"]).hostname or "").removeprefix("www.")
    total = len(tree.text_content())
    by_kind: dict[str, set[str]] = defaultdict(set)
    for el in tree.iter():
        if isinstance(el.tag, str) and len(el.text_content()) <= MAX_SHARE * total:
            held = shingles(words(el.text_content())) & kept
            for kind in markup(el) if held else ():
                by_kind[kind] |= held
    for name, xpath in CONVENTIONS.items():
        by_kind[name] = {s for el in tree.xpath(xpath) for s in shingles(words(el.text_content()))} & kept
    for kind, held in by_kind.items():
        tallies[kind].add(held, gold, site)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--pages", type=Path, default=PAGES)
    ap.add_argument("--half", choices=["a", "b"])
    ap.add_argument("--min-sites", type=int, default=3, help="show markup seen outside the gold on this many sites")
    args = ap.parse_args()
    stored = bodies(args.outdir / "l.db")
    tallies: dict[str, Tally] = defaultdict(Tally)
    for page in pages(args.pages):
        if page.get("page_type", "article") == "article" and args.half in (None, page["half"]) and page["id"] in stored:
            tally_page(page, stored[page["id"]], tallies)
    shown = [(k, t) for k, t in tallies.items() if len(t.sites_out) >= args.min_sites or k in CONVENTIONS]
    print(f"{'markup':24s} {'in gold':>8s} {'outside':>8s} {'sites in':>8s} {'sites out':>9s}")
    for kind, t in sorted(shown, key=lambda kt: kt[1].inside - kt[1].outside):
        print(f"{kind:24s} {t.inside:8d} {t.outside:8d} {len(t.sites_in):8d} {len(t.sites_out):9d}")


if __name__ == "__main__":
    main()
