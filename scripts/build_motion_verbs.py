"""Writes the verbs of motion, from WordNet's verb.motion file.

usage: python scripts/build_motion_verbs.py --wordnet DIR

Run by a developer when the source changes, never at run time. DIR is a checkout of
github.com/globalwordnet/english-wordnet (CC BY 4.0). The verbs are the single-word lemmas whose
first sense is in ``verb.motion`` ('go', 'leave', 'head', 'come', 'travel', 'return'): in the
present progressive, toward a goal, they are the verbs of Quirk et al.'s futurate progressive
(4.28: 'I'm leaving', 'he is heading for Corinthians', 'I'm not going anywhere'), a move arranged
or resolved on (``prospects.motion_arranged``). Written to the ``motion_verbs`` line of
``data/statements_forecast.json``.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml
from json_lines import put_key_line
from wordnet_entries import entries

OUT = Path(__file__).resolve().parents[1] / "src/newsledger/data/statements_forecast.json"
KEY = "motion_verbs"


def motion_verbs(root: Path) -> list[str]:
    """The lowercase single-word verbs of the YAML directory ROOT whose first sense is a synset of
    ``verb.motion.yaml``."""
    motion = set(yaml.load((root / "verb.motion.yaml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader))
    return sorted(lemma for lemma, e in entries(root) if "v" in e and e["v"].get("sense")
                  and lemma == lemma.lower() and " " not in lemma and e["v"]["sense"][0]["synset"] in motion)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--wordnet", type=Path, required=True)
    a = ap.parse_args(argv)
    text = OUT.read_text(encoding="utf-8")
    text = put_key_line(text, KEY, motion_verbs(a.wordnet / "src/yaml"), after="future_auxiliaries")
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
