"""Writes the adjectives whose denial is a hedge, from WordNet's antonyms.

usage: python scripts/build_negated_hedges.py --wordnet DIR

Run by a developer when the source changes, never at run time. DIR is a checkout of
github.com/globalwordnet/english-wordnet (CC BY 4.0). A denied adjective says its antonym
(litotes: 'it is not impossible that I will play' is 'it is possible'; 'it is not certain' is
'uncertain'), so an adjective with a sense whose WordNet antonym is one of the hedge adjectives
(data/hedges.json ``speculative_adjectives``, CoNLL-2010's cues) hedges its clause when it is
negated ('impossible', 'certain', 'clear', 'implausible'); the hedge adjectives themselves are
left out, hedges already. Written to the ``negated_hedges`` line of ``data/hedges.json``.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from json_lines import put_key_line
from wordnet_entries import entries

OUT = Path(__file__).resolve().parents[1] / "src/newsledger/data/hedges.json"
KEY = "negated_hedges"


def negated_hedges(root: Path, hedges: set[str]) -> list[str]:
    """The adjectives, not hedges themselves, one of whose senses has a hedge as its antonym."""
    out = set()
    for lemma, entry in entries(root):
        senses = [s for pos in ("a", "s") for s in (entry.get(pos) or {}).get("sense", [])]
        if any(a.split("%")[0] in hedges for s in senses for a in s.get("antonym", [])):
            out.add(lemma)
    return sorted(out - hedges)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--wordnet", type=Path, required=True)
    a = ap.parse_args(argv)
    text = OUT.read_text(encoding="utf-8")
    words = negated_hedges(a.wordnet / "src/yaml", set(json.loads(text)["speculative_adjectives"]))
    text = put_key_line(text, KEY, words, after="speculative_adjectives")
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
