"""News or not, scored against pages labelled by reading (issue 13): the kind newsledger stores for
each saved page against a person's label, per half by site as bench/pages_halves.py splits them.

usage: .venv/bin/python bench/kinds_labels.py [--labels LABELS.jsonl] [--out ROWS.jsonl] [--misses]

LABELS holds {"id", "set", "half", "url", "label"} a line, label "news" or "opinion" (reporting or
commentary about public affairs) or "not" (a how-to, review, product or service page, listing,
personal or commercial blog post, documentation), read from each page's title and first paragraphs.
The pages themselves come from the WCXB dev pages (set "wcxb", /tmp/nl-pages/pages.dev.jsonl) and
the AEB dev pages (set "aeb", ../shared/eval/gold/aeb.dev.jsonl). Both stay outside git, and so do
the labels. Prints per half and set: news_precision (pages read as news or opinion that are),
news_recall (news pages read as news or opinion), nonnews_as_news (pages that are not news read as
news or opinion: those are analysed for events and forecasts); with --misses, every wrong page.
Pages in other languages are left out (newsledger stores them as text only, E010).
"""
from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

from pages_halves import PAGES, SHARED, share

from newsledger.errors import BadInput
from newsledger.ingest.html import read_html
from newsledger.model import NEWS_KINDS

LABELS = Path("/tmp/kinds/labels.jsonl")
AEB = SHARED / "gold" / "aeb.dev.jsonl"


def html_of(ids: set[str]) -> dict[str, str]:
    """The saved page of each id, read from the two page sets without parsing the other lines."""
    found: dict[str, str] = {}
    for path in (PAGES, AEB):
        for line in path.open(encoding="utf-8"):
            head = line[:120]
            if any(f'"{i}"' in head for i in ids - found.keys()):
                d = json.loads(line)
                found[d["id"]] = d["html"]
    return found


def row(label: dict, html: str) -> dict:
    try:
        a = read_html(html, label["id"], label["url"])
    except BadInput as err:
        return label | {"kind": None, "reason": str(err)}
    return label | {"kind": a.kind, "reason": a.kind_reason, "title": a.title, "language": a.language}


def is_news(kind: str | None) -> bool:
    return kind in NEWS_KINDS[1:]


def figures(rows: list[dict]) -> dict:
    news = [r for r in rows if r["label"] != "not"]
    other = [r for r in rows if r["label"] == "not"]
    read = [r for r in rows if is_news(r["kind"])]
    return {"pages": len(rows), "news": len(news),
            "news_precision": share(sum(r["label"] != "not" for r in read), len(read)),
            "news_recall": share(sum(is_news(r["kind"]) for r in news), len(news)),
            "nonnews_as_news": share(sum(is_news(r["kind"]) for r in other), len(other))}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--labels", type=Path, default=LABELS)
    ap.add_argument("--out", type=Path, default=Path("/tmp/kinds_labels.jsonl"))
    ap.add_argument("--misses", action="store_true")
    args = ap.parse_args()
    logging.disable(logging.WARNING)
    labels = [json.loads(line) for line in args.labels.open(encoding="utf-8")]
    pages = html_of({d["id"] for d in labels})
    rows = [r for r in (row(d, pages[d["id"]]) for d in labels if d["id"] in pages) if r.get("language", "en") == "en"]
    with args.out.open("w", encoding="utf-8") as f:
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    for h in "ab":
        for name, part in (("all", [r for r in rows if r["half"] == h]),
                           *((s, [r for r in rows if r["half"] == h and r["set"] == s]) for s in ("wcxb", "aeb"))):
            print(f"half {h} {name:4}: " + " ".join(f"{k}={v}" for k, v in figures(part).items()))
    for r in rows if args.misses else []:
        if is_news(r["kind"]) != (r["label"] != "not"):
            print(f"  {r['half']} {r['label']:7} {r['kind']}  {r['url'][:90]}  [{r['reason']}]")


if __name__ == "__main__":
    main()
