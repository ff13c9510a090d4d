"""The BBC News development halves (issues 13 and 14), rebuilt from the corpus by the recipe bench/README.md records.

usage: python3 bench/bbc_halves.py [--repo GIT_DIR] [--out /tmp/bbcdev]

Kept in the repository because the halves live outside git (the corpus carries no licence for redistribution) and a
new machine must rebuild them exactly: every count the sessions recorded is asserted while building. Each held-out
set, once released, joins as one more step.

The corpus: the BBC News dataset (Greene and Cunningham, ICML 2006) in the snapshot of
github.com/Podginator/Dissertation_final at 6385882 (`bbc/SECTION/NNN.txt`, headline on the first line), read with
`git show` as bench/news_audit_set.py reads it: id `bbc-SECTION-NNN`, title, text, outlet "BBC News", language "en".

The recipe, as bench/README.md records it (lead29-lead39):
- politics 031-417 and business 031-510 (business 108 is absent from the corpus): every file, no repeat rule
  (the sets of sessions 1-16 were taken by file range; 866 articles, a 431 / b 435);
- tech, entertainment and sport by file range in the order the ranges were released; the ranges released before the
  seventeenth held-out set (tech 001-305, entertainment 001-145, sport 001-030 and 101-160) were taken whole;
  from the seventeenth set on (lead29, twentieth session) a file that repeats an earlier article of its section -- the
  same title, or the same opening (the body's first 100 characters) -- is skipped;
- halves by int(sha1(id).hexdigest(), 16) % 2 of the article id (0 = a), as bench/events_halves.py.
Every recorded count is asserted; the last step is the twenty-seventh held-out set (sport 428-495, 60 articles,
released in the thirty-first session).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

REPO = Path("/work/.mirror/Podginator+Dissertation_final/repo")
COMMIT = "6385882"
OUTLET = "BBC News"
OPENING = 100  # characters of the body that make the repeat key, with the title

# (first, last, repeats skipped, expected (a, b) of the section after this range joined, or None if not recorded)
Step = tuple[int, int, bool, tuple[int, int] | None]
STEPS: dict[str, list[Step]] = {
    "tech": [(1, 245, False, (123, 122)), (246, 305, False, (152, 153)), (306, 361, True, (171, 165)),
             (362, 395, True, (181, 175)), (396, 401, True, (184, 177))],
    "entertainment": [(1, 115, False, (60, 55)), (116, 145, False, (74, 71)), (146, 161, True, (81, 79)),
                      (162, 181, True, (93, 87)), (182, 205, True, (107, 97)), (206, 238, True, (120, 114)),
                      (239, 270, True, (131, 133)), (271, 302, True, (151, 143)), (303, 337, True, (161, 163)),
                      (338, 373, True, (174, 180)), (374, 386, True, (177, 190))],
    "sport": [(1, 30, False, None), (101, 160, False, (52, 38)), (31, 45, True, (59, 46)), (46, 65, True, (68, 57)),
              (66, 98, True, (83, 73)), (99, 100, True, None), (161, 189, True, (96, 90)),
              (190, 220, True, (112, 104)), (221, 251, True, (124, 122)), (252, 283, True, (144, 132)),
              (284, 313, True, (158, 148)), (314, 363, True, (182, 171)), (364, 427, True, (219, 194)),
              (428, 495, True, (254, 219))],
}
PB_RANGES = [("politics", 31, 417), ("business", 31, 510)]
PB_COUNTS = (431, 435)
FILES = {"tech": "tech", "entertainment": "ent", "sport": "sport"}


def git(repo: Path, *args: str) -> str:
    """One git command's output, as UTF-8 text."""
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True).stdout.decode("utf-8")


def half(doc_id: str) -> str:
    """'a' or 'b': sha1 of the id, mod 2 (0 = a)."""
    return "ab"[int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest(), 16) % 2]


class Corpus:
    def __init__(self, repo: Path) -> None:
        self.repo = repo
        head = git(repo, "rev-parse", "HEAD").strip()
        assert head.startswith(COMMIT), head
        self.names = set(git(repo, "ls-tree", "-r", "--name-only", "HEAD", "bbc/").split())

    def record(self, section: str, n: int) -> dict[str, str] | None:
        path = f"bbc/{section}/{n:03d}.txt"
        if path not in self.names:
            return None
        title, _, body = git(self.repo, "show", f"HEAD:{path}").strip().partition("\n")
        return {"id": f"bbc-{section}-{n:03d}", "title": title.strip(), "text": body.strip(),
                "outlet": OUTLET, "language": "en"}

    def span(self, section: str, first: int, last: int) -> Iterator[dict[str, str]]:
        for n in range(first, last + 1):
            rec = self.record(section, n)
            if rec is not None:
                yield rec


def repeat_keys(rec: dict[str, str]) -> set[str]:
    return {"T:" + rec["title"], "O:" + rec["text"][:OPENING]}


class Section:
    """A section's development articles, in release order, with the keys seen so far."""

    def __init__(self) -> None:
        self.records: list[dict[str, str]] = []
        self.seen: set[str] = set()

    def add(self, recs: Iterator[dict[str, str]], skip_repeats: bool) -> list[dict[str, str]]:
        added = []
        for rec in recs:
            keys = repeat_keys(rec)
            if skip_repeats and keys & self.seen:
                continue
            self.records.append(rec)
            self.seen |= keys
            added.append(rec)
        return added

    def counts(self) -> tuple[int, int]:
        halves = [half(r["id"]) for r in self.records]
        return halves.count("a"), halves.count("b")


def write_atomic(path: Path, recs: list[dict[str, str]]) -> None:
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as out:
        for rec in recs:
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    os.replace(tmp, path)


def write_halves(out: Path, stem_a: str, stem_b: str, recs: list[dict[str, str]]) -> None:
    write_atomic(out / f"{stem_a}.jsonl", [r for r in recs if half(r["id"]) == "a"])
    write_atomic(out / f"{stem_b}.jsonl", [r for r in recs if half(r["id"]) == "b"])


def build(repo: Path) -> tuple[list[dict[str, str]], dict[str, Section]]:
    corpus = Corpus(repo)
    pb = [rec for section, first, last in PB_RANGES for rec in corpus.span(section, first, last)]
    pb_counts = (sum(half(r["id"]) == "a" for r in pb), sum(half(r["id"]) == "b" for r in pb))
    assert pb_counts == PB_COUNTS, ("politics+business", pb_counts)
    sections = {}
    for section, steps in STEPS.items():
        sec = sections[section] = Section()
        for first, last, skip, expected in steps:
            sec.add(corpus.span(section, first, last), skip)
            if expected is not None:
                assert sec.counts() == expected, (section, first, last, sec.counts(), expected)
    return pb, sections


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repo", type=Path, default=REPO)
    parser.add_argument("--out", type=Path, default=Path("/tmp/bbcdev"))
    args = parser.parse_args()
    pb, sections = build(args.repo)
    args.out.mkdir(parents=True, exist_ok=True)
    write_halves(args.out, "half_a", "half_b", pb)
    for section, sec in sections.items():
        write_halves(args.out, f"{FILES[section]}_a", f"{FILES[section]}_b", sec.records)
    print(f"politics+business: a {PB_COUNTS[0]} / b {PB_COUNTS[1]}")
    for section, sec in sections.items():
        print(f"{section}: a {sec.counts()[0]} / b {sec.counts()[1]}")


if __name__ == "__main__":
    main()
