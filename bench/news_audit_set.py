"""Build the real-news audit set (issues 13 and 14) from a fetched copy of the BBC News dataset.

usage:
  python bench/news_audit_set.py GIT_DIR OUT.jsonl [--per-section 30] [--sections politics business]

GIT_DIR is a git repository holding the BBC News dataset (D. Greene and P. Cunningham, ICML 2006:
2,225 BBC News articles of 2004-05, one `bbc/SECTION/NNN.txt` each, the headline on the first line,
then the body), e.g. the snapshot of github.com/Podginator/Dissertation_final at 6385882. The set is
the first N files by name of each section, read from the repository's HEAD with `git show`, written
as newsledger JSONL: id `bbc-SECTION-NNN`, title, text, outlet, language. The corpus gives no day of
publication, so none is given. No article text is kept here: the set is rebuilt from the repository.
"""
from __future__ import annotations

import argparse
import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

OUTLET = "BBC News"


def git(repo: Path, *args: str) -> str:
    """One git command's output, as UTF-8 text."""
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True).stdout.decode("utf-8")


def section_files(repo: Path, section: str, n: int) -> list[str]:
    """The first N `.txt` files by name of one section of the dataset."""
    names = git(repo, "ls-tree", "--name-only", "HEAD", f"bbc/{section}/").split()
    return sorted(name for name in names if name.endswith(".txt"))[:n]


def record(repo: Path, section: str, path: str) -> dict[str, str]:
    """One article as a newsledger JSONL record: the first line is the headline, the rest the body."""
    title, _, body = git(repo, "show", f"HEAD:{path}").strip().partition("\n")
    return {"id": f"bbc-{section}-{Path(path).stem}", "title": title.strip(), "text": body.strip(),
            "outlet": OUTLET, "language": "en"}


def records(repo: Path, sections: list[str], n: int) -> Iterator[dict[str, str]]:
    """The set, section by section in the order given."""
    for section in sections:
        for path in section_files(repo, section, n):
            yield record(repo, section, path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("repo", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--per-section", type=int, default=30)
    parser.add_argument("--sections", nargs="+", default=["politics", "business"])
    args = parser.parse_args()
    with args.out.open("w", encoding="utf-8") as out:
        for rec in records(args.repo, args.sections, args.per_section):
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
