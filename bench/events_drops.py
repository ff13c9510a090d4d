"""Which check of the event coder dropped each found trigger, over a JSON-lines file of articles.

usage: .venv/bin/python bench/events_drops.py INPUT.jsonl [--counts]

Each article ('id', 'text', and 'title', 'published' when given) is analysed in this process with
``extract/events/drops.recording`` on; one line per dropped trigger: the article, the check, the
type the trigger had, and its sentence with the trigger's first word in [brackets]. ``--counts``
prints the number per check only. What a check drops is no event of the ledger: read with
``bench/README.md``'s marking rules, it says what the check buys (a wrong event kept out) or costs.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from newsledger.extract.events.drops import Drop, recording
from newsledger.extract.pipeline import analyze
from newsledger.model import Article

FIELDS = ("title", "url", "published", "outlet", "language")


def article(rec: dict) -> Article:
    given = {k: str(rec[k]) for k in FIELDS if rec.get(k)}
    return Article(id=str(rec["id"]), text=rec["text"], date_source="given" if "published" in given else None, **given)


def sentence(text: str, at: int) -> str:
    """The line of TEXT around offset AT, the word there in brackets."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [i for i in (text.find(". ", at), text.find("\n", at)) if i >= 0]
    end = min(ends) + 1 if ends else len(text)
    word = at + len(text[at:].split(" ", 1)[0])
    return " ".join(f"{text[start:at]}[{text[at:word]}]{text[word:end]}".split())


def drops(path: Path) -> list[tuple[Drop, str]]:
    recs = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    texts = {str(r["id"]): r["text"] for r in recs}
    with recording() as kept:
        for _ in analyze(article(r) for r in recs):
            pass
    return [(d, sentence(texts[str(d.article)], d.starts[0])) for d in kept]


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("input", type=Path)
    ap.add_argument("--counts", action="store_true")
    a = ap.parse_args(argv)
    found = drops(a.input)
    if a.counts:
        for check, n in Counter(d.check for d, _ in found).most_common():
            print(f"{n:5}  {check}")
        return 0
    for d, line in found:
        print(f"{d.article}\t{d.check}\t{d.type}\t{line}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
