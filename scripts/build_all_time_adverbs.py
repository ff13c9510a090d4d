"""Writes the adverbs of all time, from WordNet's adverb synsets.

usage: python scripts/build_all_time_adverbs.py --wordnet DIR

Run by a developer when the source changes, never at run time. DIR is a checkout of
github.com/globalwordnet/english-wordnet (CC BY 4.0). The adverbs are the members of every synset
that holds 'always' or 'forever' ('at all times; all the time and on every occasion', 'forever;
throughout all time', 'invariably', 'for a limitless time', ...): on a verb of state under 'will'
or 'going to' they say the state holds at every time, now as later ('it will always be a great
race'), Quirk et al.'s predictability 'will' of a general truth, no event to come. 'ever' and
"e'er" are left out: a polarity item ('nothing will ever take away', 'if it ever happens') that
asks or denies rather than states all time. Written to the ``all_time_adverbs`` line of
``data/statements_forecast.json``.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml
from json_lines import put_key_line

OUT = Path(__file__).resolve().parents[1] / "src/newsledger/data/statements_forecast.json"
KEY = "all_time_adverbs"
SEEDS = {"always", "forever"}
POLARITY_ITEMS = {"ever", "e'er"}


def all_time_adverbs(path: Path) -> list[str]:
    """The single-word members of the adverb synsets (``adv.all.yaml``) that hold a seed."""
    synsets = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    words = {m for s in synsets.values() if SEEDS & set(s.get("members", [])) for m in s["members"]}
    return sorted(w for w in words - POLARITY_ITEMS if " " not in w)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--wordnet", type=Path, required=True)
    a = ap.parse_args(argv)
    text = OUT.read_text(encoding="utf-8")
    text = put_key_line(text, KEY, all_time_adverbs(a.wordnet / "src/yaml/adv.all.yaml"), after="habitual_adverbs")
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
