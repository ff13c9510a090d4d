"""How well the article body newsledger reads agrees with the gold main text of the WCXB article
pages, word by word; how other extractors, and a consensus of them, would do on the same pages;
and whether the statements outside the gold lie in text the other extractors drop.

usage:
  .venv/bin/python bench/pages_body.py body [--half a|b] [--pages PAGES.jsonl] [--limit N] [--lines OUT.jsonl]
  .venv/bin/python bench/pages_body.py statements PRED.jsonl [--half a|b] [--pages PAGES.jsonl]

`body`: for each article page of the half, newsledger's body (`read_html`: trafilatura in precision
mode after the page's boxes are dropped), trafilatura alone in its default, precision and recall
modes, jusText's good paragraphs, and the consensus: newsledger's body without the lines of 6+
words that no other extractor holds (trafilatura default, recall, jusText: precision mode is
newsledger's own source, no second witness). Each is scored against the gold text as bags of
words: precision (the share of its words the gold holds), recall (the share of the gold's words it
holds), F1; means over pages. Then newsledger's lines of 6+ words are counted by whether the gold
holds them and whether another extractor does: what a consensus rule would drop, and how much of
that the gold holds. A text holds a line when the normalised line is a substring of it (the
judge's test) or 3 in 4 of the line's word trigrams are in it. --lines writes each line with its
marks (half a only: half b is counted, not read).

`statements`: the statements of a `pages_halves.py` run (its pred.jsonl) on article pages whose
content is outside the gold text (the judge's boiler_share), counted by which other extractors hold
the line they stand in. Counts only, so it may be run on half b.
"""
from __future__ import annotations

import argparse
import json
import logging
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import justext
import trafilatura
from pages_halves import PAGES, pages

from newsledger.errors import BadInput
from newsledger.ingest.html import read_html

_WORDS = re.compile(r"\w+")
MIN_COVER = 0.75          # the share of a line's word trigrams found in a text for the text to hold it
MIN_LINE_WORDS = 6        # shorter lines (headings, labels, list items) are not counted
OTHERS = ("traf_default", "traf_recall", "justext")
_STOPLISTS = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
              "nl": "Dutch", "pt": "Portuguese", "pl": "Polish", "sv": "Swedish", "da": "Danish"}

Indexed = tuple[str, set[tuple[str, ...]]]


def words(text: str | None) -> list[str]:
    return _WORDS.findall((text or "").lower())


def prf(got: str | None, gold: str) -> tuple[float, float, float]:
    """Bag-of-words precision, recall and F1 of GOT against GOLD."""
    g, p = Counter(words(gold)), Counter(words(got))
    common = sum((g & p).values())
    prec = common / sum(p.values()) if p else 0.0
    rec = common / sum(g.values()) if g else 0.0
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def indexed(text: str | None) -> Indexed:
    """TEXT normalised, with its word trigrams."""
    ws = words(text)
    return " ".join(ws), trigrams(ws)


def trigrams(ws: list[str]) -> set[tuple[str, ...]]:
    return {tuple(ws[i:i + 3]) for i in range(max(0, len(ws) - 2))}


def holds(line_words: list[str], text: Indexed) -> bool:
    """TEXT holds the line: as a normalised substring, or by 3 in 4 of its word trigrams."""
    if " ".join(line_words) in text[0]:
        return True
    grams = trigrams(line_words)
    return bool(grams) and len(grams & text[1]) >= MIN_COVER * len(grams)


def justext_good(html: str, language: str | None) -> str:
    """The paragraphs jusText does not class as boilerplate (the page's language's stop list, else English)."""
    stop = justext.get_stoplist(_STOPLISTS.get(language or "en", "English"))
    try:
        paras = justext.justext(html.encode("utf-8", "replace"), stop)
    except Exception:       # a page jusText cannot parse keeps nothing
        return ""
    return "\n".join(p.text for p in paras if not p.is_boilerplate)


def traf(html: str, url: str, **mode: bool) -> str:
    """trafilatura's main text in one mode, with newsledger's options (no comments, no deduplication)."""
    try:
        return trafilatura.extract(html, url=url, include_comments=False, deduplicate=False, **mode) or ""
    except Exception:       # a failure inside trafilatura: no text
        return ""


def others(page: dict, language: str | None) -> dict[str, str]:
    """The other extractors' main texts of the page."""
    return {"traf_default": traf(page["html"], page["url"]),
            "traf_recall": traf(page["html"], page["url"], favor_recall=True),
            "justext": justext_good(page["html"], language)}


def newsledger_body(page: dict) -> tuple[str, str | None]:
    """The body newsledger stores for the page and its language ('' when it stores none)."""
    try:
        art = read_html(page["html"], page["id"], page["url"])
    except BadInput:
        return "", None
    return art.text, art.language


def body_lines(body: str, witnesses: dict[str, Indexed], gold: Indexed) -> Iterator[tuple[str, bool, list[str]]]:
    """Each line of BODY, whether the gold holds it and which witnesses do."""
    for line in body.split("\n"):
        lw = words(line)
        yield line, holds(lw, gold), [k for k, v in witnesses.items() if holds(lw, v)] if lw else []


def score_page(page: dict) -> tuple[dict[str, tuple[float, float, float]], list[dict]]:
    """Each extractor's (P, R, F1) on the page, and newsledger's lines of 6+ words with their marks."""
    gold = page.get("gold_text") or ""
    body, lang = newsledger_body(page)
    got = {"newsledger": body, "traf_precision": traf(page["html"], page["url"], favor_precision=True),
           **others(page, lang)}
    witnesses = {k: indexed(got[k]) for k in OTHERS}
    lines, kept = [], []
    for line, in_gold, held in body_lines(body, witnesses, indexed(gold)):
        short = len(words(line)) < MIN_LINE_WORDS
        if not short:
            lines.append({"id": page["id"], "gold": in_gold, "held": held, "line": line[:200]})
        if held or short:
            kept.append(line)
    got["consensus"] = "\n".join(kept)
    return {k: prf(v, gold) for k, v in got.items()}, lines


def body(args: argparse.Namespace) -> None:
    todo = [p for p in pages(args.pages) if p["half"] == args.half and p["page_type"] == "article"
            and p.get("gold_text")]
    todo = todo[:args.limit] if args.limit else todo
    sums: dict[str, list[float]] = {}
    marks: Counter[tuple[bool, bool]] = Counter()
    out = args.lines.open("w", encoding="utf-8") if args.lines else None
    for page in todo:
        scores, lines = score_page(page)
        for k, v in scores.items():
            sums[k] = [a + b for a, b in zip(sums.get(k, [0.0, 0.0, 0.0]), v)]
        for line in lines:
            marks[line["gold"], bool(line["held"])] += 1
            if out:
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
    n = len(todo)
    print(f"half {args.half}: {n} article pages (mean word precision / recall / F1 against the gold text)")
    for k, (p, r, f) in sums.items():
        print(f"  {k:15s} P {p / n:.3f}  R {r / n:.3f}  F1 {f / n:.3f}")
    print(f"newsledger's lines of {MIN_LINE_WORDS}+ words: in the gold {marks[True, True] + marks[True, False]} "
          f"(held by no other extractor: {marks[True, False]}, a consensus would lose them); outside the gold "
          f"{marks[False, True] + marks[False, False]} (held by no other: {marks[False, False]}, a consensus "
          f"would drop them)")


def outside_gold(pred: dict, gold: str) -> Iterator[list[str]]:
    """The words of the body line each statement outside the gold stands in."""
    text, gold_n = pred.get("body_text") or pred.get("text") or "", " ".join(words(gold))
    for s in pred.get("statements") or []:
        span = s.get("content_span")
        content = " ".join(words(text[span[0]:span[1]])) if span and text else ""
        if content and content not in gold_n:
            start, end = text.rfind("\n", 0, span[0]) + 1, text.find("\n", span[1])
            yield words(text[start:end if end >= 0 else len(text)])


def statements(args: argparse.Namespace) -> None:
    gold = {p["id"]: p for p in pages(args.pages) if p["half"] == args.half and p["page_type"] == "article"}
    counts: Counter[str] = Counter()
    for raw in args.pred.open(encoding="utf-8"):
        pred = json.loads(raw)
        page = gold.get(str(pred.get("id")))
        lines = list(outside_gold(pred, page.get("gold_text") or "")) if page else []
        witnesses = {k: indexed(v) for k, v in others(page, pred.get("language")).items()} if lines else {}
        for lw in lines:
            counts[" + ".join(k for k, v in witnesses.items() if holds(lw, v)) or "no other extractor"] += 1
    total = sum(counts.values())
    print(f"half {args.half}: {total} statements outside the gold, by the other extractors that hold their line:")
    for held, n in counts.most_common():
        print(f"  {held}: {n}")


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="command", required=True)
    b = sub.add_parser("body")
    b.add_argument("--limit", type=int, default=0)
    b.add_argument("--lines", type=Path)
    s = sub.add_parser("statements")
    s.add_argument("pred", type=Path)
    for p in (b, s):
        p.add_argument("--half", choices="ab", default="a")
        p.add_argument("--pages", type=Path, default=PAGES)
    args = ap.parse_args()
    logging.disable(logging.CRITICAL)
    {"body": body, "statements": statements}[args.command](args)


if __name__ == "__main__":
    main()
