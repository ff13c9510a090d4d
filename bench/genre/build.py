"""Writes the gold of the genre set (`gold.jsonl`, the evaluation view) from `articles.jsonl` and the
hand annotations in `annotations.py`.

usage: python3 bench/genre/build.py

Offsets are never typed by hand: every span is found by searching an exact substring of the
article's text (see `vocab.py` for selectors), and a selector that is missing or ambiguous stops
the build. Entity mentions are every whole-word occurrence of the entity's name, aliases and
descriptions outside boilerplate (longest first, never overlapping), plus the pronouns and other
references the annotation lists and the mention that introduces each statement's speaker.
Entity ids are their canonical names, so statements and events name their entities directly.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from annotations import ANNOTATIONS  # noqa: E402
from vocab import Record, Selector  # noqa: E402

Span = tuple[int, int]


def find_once(text: str, needle: str) -> int:
    """The offset of the one occurrence of NEEDLE in TEXT; an error when there are none or several."""
    first = text.find(needle)
    if first < 0:
        raise ValueError(f"not in the text: {needle!r}")
    if text.find(needle, first + 1) >= 0:
        raise ValueError(f"occurs more than once: {needle!r}")
    return first


def locate(text: str, sel: Selector) -> Span:
    """The span a selector names: the braced part of a unique context, or a unique string."""
    if "{" not in sel:
        start = find_once(text, sel)
        return start, start + len(sel)
    head, rest = sel.split("{", 1)
    inner, tail = rest.split("}", 1)
    start = find_once(text, head + inner + tail) + len(head)
    return start, start + len(inner)


def overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def boilerplate(text: str, ann: Record) -> list[Span]:
    """The boilerplate block (a 'Read also:' list) runs from its selector to the end of the text."""
    return [(locate(text, ann["boilerplate"])[0], len(text))] if ann.get("boilerplate") else []


def explicit_mentions(text: str, ann: Record) -> dict[Span, str]:
    """The references the annotation lists and the mentions that introduce speakers; these come
    first, so a capital that stands for its government ("Baku said") is the country's mention."""
    taken: dict[Span, str] = {}
    pairs = [(ref, e["name"]) for e in ann["entities"] for ref in e["refs"]]
    pairs += [(s["speaker_at"], s["speaker"]) for s in ann["statements"] if s["speaker"]]
    for sel, owner in pairs:
        span = locate(text, sel)
        clash = {taken[t] for t in taken if overlaps(span, t)}
        if clash - {owner}:
            raise ValueError(f"{sel!r} of {owner} overlaps a mention of {sorted(clash)}")
        if not clash:
            taken[span] = owner
    return taken


def name_mentions(text: str, entities: list[Record], taken: dict[Span, str], boiler: list[Span]) -> None:
    """Adds whole-word occurrences of every entity's names and descriptions, longest first, where
    no mention is yet."""
    names = sorted(((n, e["name"]) for e in entities for n in {e["name"], *e["aliases"], *e["desc"]}),
                   key=lambda x: -len(x[0]))
    for phrase, owner in names:
        for m in re.finditer(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text):
            span = m.span()
            if not any(overlaps(span, b) for b in boiler) and not any(overlaps(span, t) for t in taken):
                taken[span] = owner


def entities_view(text: str, ann: Record, boiler: list[Span]) -> list[Record]:
    taken = explicit_mentions(text, ann)
    name_mentions(text, ann["entities"], taken, boiler)
    out = []
    for e in ann["entities"]:
        spans = sorted(list(sp) for sp, owner in taken.items() if owner == e["name"])
        if not spans:
            raise ValueError(f"entity without a mention: {e['name']}")
        aliases = [e["name"], *e["aliases"], *e.get("metonyms", [])]
        rec = {"id": e["name"], "name": e["name"], "type": e["type"], "aliases": aliases,
               "descriptions": e["desc"], "mentions": spans}
        if "geo" in e:
            rec["geo"] = e["geo"]
        out.append(rec)
    return out


def statement_view(text: str, s: Record) -> Record:
    spans = [list(locate(text, c)) for c in s["content"]]
    rec: dict[str, Any] = {
        "speaker": s["speaker"],
        "speaker_span": list(locate(text, s["speaker_at"])) if s["speaker_at"] else None,
        "content_span": [spans[0][0], spans[-1][1]],
        "cue": s["cue"], "kind": s["kind"], "certainty": s["certainty"], "forecast": s["forecast"],
        "channel": s["channel"], "said_on": s["said_on"],
        "content": " … ".join(text[a:b] for a, b in spans)}
    if len(spans) > 1:
        rec["content_spans"] = spans
    if s["optional"]:
        rec["optional"] = True
    return rec


def timex_view(text: str, t: Record) -> Record:
    span = locate(text, t["at"])
    rec = {"text": text[span[0]:span[1]], "span": list(span), "value": t["value"]}
    return {**rec, "optional": True} if t["optional"] else rec


def event_view(text: str, v: Record) -> Record:
    span = locate(text, v["evidence"])
    rec = {k: v[k] for k in ("type", "actors", "targets", "date", "place", "status", "source")}
    rec.update(evidence=text[span[0]:span[1]], evidence_span=list(span))
    return {**rec, "optional": True} if v["optional"] else rec


def gold_doc(article: Record, ann: Record) -> Record:
    """One article's gold in the evaluation view (FORMAT.md), with the texts of spans for reading."""
    text = article["text"]
    boiler = boilerplate(text, ann)
    doc: dict[str, Any] = {"id": article["id"], "title": article["title"], "published": article.get("published"),
                           "outlet": article["outlet"], "year_known": ann.get("year_known", True), "text": text}
    if boiler:
        doc.update(body_end=boiler[0][0], boilerplate_spans=[list(b) for b in boiler])
    doc["entities"] = entities_view(text, ann, boiler)
    doc["statements"] = [statement_view(text, s) for s in ann["statements"]]
    doc["timexes"] = [timex_view(text, t) for t in ann["timexes"]]
    doc["events"] = [event_view(text, v) for v in ann["events"]]
    return doc


def main() -> int:
    articles = [json.loads(line) for line in (HERE / "articles.jsonl").read_text("utf-8").splitlines() if line]
    missing = [a["id"] for a in articles if a["id"] not in ANNOTATIONS]
    if missing:
        print(f"articles without annotations: {missing}", file=sys.stderr)
    docs = []
    for a in articles:
        if a["id"] in ANNOTATIONS:
            try:
                docs.append(gold_doc(a, ANNOTATIONS[a["id"]]))
            except ValueError as exc:
                print(f"{a['id']}: {exc}", file=sys.stderr)
                return 1
    with open(HERE / "gold.jsonl", "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} documents to {HERE / 'gold.jsonl'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
