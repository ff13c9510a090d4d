"""Synthetic news at volume: N articles in the style of samples/corpus/, written as JSONL.

usage: python bench/corpus.py N OUT.jsonl [--seed S]

Benchmarks need thousands of articles that read like the real input (quotes, reported speech,
broken lines, a trailing link list) without copying one text N times, since the store would
skip exact copies and the syndication index would group near copies. Each article starts from
one sample of samples/corpus/ (the seed article or a written one), with its people (except the
heads of state and spokesmen, who recur in real news too), places, outlet and TV channel
replaced consistently from the pools of bench/corpus_names.json, its dates shifted by whole
weeks (so weekday names stay true), and sometimes a few paragraphs of other written samples
appended. The same N and seed always give the same file.
"""
from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "corpus"
NAMES = json.loads((Path(__file__).with_name("corpus_names.json")).read_text(encoding="utf-8"))
SEED_TEXT = "000_671684e766b2a014.txt"
SEED_PUBLISHED = "2022-12-18"     # from the seed's gold (shared/eval/gold/seed.gold.json)
SEED_SHARE = 0.25                 # the one real article: a quarter of the corpus derives from it
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MONTH_DAY = re.compile(r"\b(" + "|".join(MONTHS) + r") (\d{1,2})\b")


def templates() -> list[dict]:
    """The sample articles: the written ones, then the seed (which has no metadata of its own)."""
    with open(SAMPLES / "written.jsonl", encoding="utf-8") as f:
        written = [json.loads(line) for line in f if line.strip()]
    seed = {"id": "seed", "title": None, "published": SEED_PUBLISHED, "outlet": None,
            "text": (SAMPLES / SEED_TEXT).read_text(encoding="utf-8")}
    return written + [seed]


def _person(rng: random.Random) -> tuple[str, str]:
    return rng.choice(NAMES["first_names"]), rng.choice(NAMES["surnames"])


def _replacements(rng: random.Random) -> list[tuple[re.Pattern, str]]:
    """One article's substitutions: every form of a sample person, place or channel -> a pool pick."""
    pairs: list[tuple[str, str]] = []
    used: set[str] = set()
    for person in (p for p in NAMES["persons"] if not p.get("fixed")):
        first, last = _person(rng)
        while last in used:
            first, last = _person(rng)
        used.add(last)
        pairs += [(form, f"{first} {last}" if " " in form else last) for form in person["forms"]]
    for slot in NAMES["places"] + [NAMES["tv_channels"]]:
        pick = rng.choice(slot["pool"])
        pairs += [(form, pick) for form in slot["forms"]]
    pairs.sort(key=lambda p: -len(p[0]))          # full names before the surnames they contain
    return [(re.compile(rf"\b{re.escape(old)}\b"), new) for old, new in pairs]


def _shift_dates(text: str, year: int, weeks: int) -> str:
    """Moves every "Month D" mention by WEEKS weeks (the year is the article's, for leap days)."""
    def move(m: re.Match) -> str:
        month = MONTHS.index(m.group(1)) + 1
        try:
            d = date(year, month, int(m.group(2))) + timedelta(weeks=weeks)
        except ValueError:
            return m.group(0)
        return f"{MONTHS[d.month - 1]} {d.day}"
    return MONTH_DAY.sub(move, text)


def _vary(text: str, subs: list[tuple[re.Pattern, str]], year: int, weeks: int) -> str:
    # one pass per pattern over the original text would let a new name be replaced again,
    # so each pattern is applied to the text with earlier replacements protected by markers
    marks: list[str] = []
    for pattern, new in subs:
        def mark(_: re.Match, new: str = new) -> str:
            marks.append(new)
            return f"\x00{len(marks) - 1}\x00"
        text = pattern.sub(mark, text)
    text = re.sub(r"\x00(\d+)\x00", lambda m: marks[int(m.group(1))], text)
    return _shift_dates(text, year, weeks)


def article(n: int, rng: random.Random, pool: list[dict]) -> dict:
    """Article number N: a sample with new names, places, outlet and dates, maybe lengthened."""
    base = pool[-1] if rng.random() < SEED_SHARE else rng.choice(pool[:-1])
    text = base["text"]
    if base["id"] != "seed" and rng.random() < 0.6:
        others = [t for t in pool if t["id"] not in (base["id"], "seed")]
        extra = [p for t in rng.sample(others, rng.randint(1, 3)) for p in t["text"].split("\n\n")]
        text += "\n\n" + "\n\n".join(rng.sample(extra, min(len(extra), rng.randint(2, 5))))
    weeks = rng.randint(-52, 104)
    published = date.fromisoformat(base["published"]) + timedelta(weeks=weeks)
    subs = _replacements(rng)
    year = date.fromisoformat(base["published"]).year
    return {"id": f"bench-{n:06d}",
            "title": _vary(base["title"], subs, year, weeks) if base["title"] else None,
            "published": published.isoformat(),
            "outlet": rng.choice(NAMES["outlets"]),
            "text": _vary(text, subs, year, weeks)}


def generate(n: int, seed: int = 0) -> Iterator[dict]:
    """N synthetic articles, always the same for the same N and SEED."""
    rng = random.Random(seed)
    pool = templates()
    for i in range(n):
        yield article(i, rng, pool)


def write(n: int, out: Path, seed: int = 0) -> Path:
    """Writes N articles as JSON lines to OUT and returns it."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        for rec in generate(n, seed):
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    write(args.n, args.out, args.seed)
    print(f"wrote {args.n} articles to {args.out}")


if __name__ == "__main__":
    main()
