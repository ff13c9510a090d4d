"""Writes the nouns of an aim or a plan, from WordNet's noun synsets.

usage: python scripts/build_aim_nouns.py --wordnet DIR

Run by a developer when the source changes, never at run time. DIR is a checkout of
github.com/globalwordnet/english-wordnet (CC BY 4.0). The nouns are the single-word members of
the synset of 'goal' ('the state of affairs that a plan is intended to achieve'), of its direct
hyponyms ('aim, object, objective, target'; 'purpose, intent, intention, aim, design'; ...) and of
the synset of 'plan' ('a series of steps to be carried out or goals to be accomplished'): as the
subject of a present 'be' over what is aimed at ('the aim is to win the league', 'our intent is to
let the proceedings go forward', 'the plan is that we meet on Monday') they state a plan held now,
an act still to come (statements room, ``prospects.aim_stated``). Written to the ``aim_nouns`` line of
``data/statements_forecast.json``.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml
from json_lines import put_key_line

OUT = Path(__file__).resolve().parents[1] / "src/newsledger/data/statements_forecast.json"
KEY = "aim_nouns"
# the synsets named by a member and the start of their definition
SEEDS = {"goal": "the state of affairs that a plan is intended to achieve",
         "plan": "a series of steps to be carried out or goals to be accomplished"}
WITH_HYPONYMS = {"goal"}


def aim_nouns(root: Path) -> list[str]:
    """The single-word members of the seed synsets and of the direct hyponyms of those so marked."""
    synsets: dict[str, dict] = {}
    for path in sorted(root.glob("noun.*.yaml")):
        synsets.update(yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader))
    words: set[str] = set()
    for word, gloss in SEEDS.items():
        seed = next(k for k, s in synsets.items() if word in s["members"] and s["definition"][0].startswith(gloss))
        kept = [seed] + ([k for k, s in synsets.items() if seed in s.get("hypernym", [])] if word in WITH_HYPONYMS else [])
        words |= {m for k in kept for m in synsets[k]["members"]}
    return sorted(w for w in words if " " not in w and "-" not in w)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--wordnet", type=Path, required=True)
    a = ap.parse_args(argv)
    text = OUT.read_text(encoding="utf-8")
    text = put_key_line(text, KEY, aim_nouns(a.wordnet / "src/yaml"), after="course_nouns")
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
