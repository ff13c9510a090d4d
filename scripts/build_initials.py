"""Writes the initials WordNet lists (all-capital one-word nouns), split by whether they name a body.

usage: python scripts/build_initials.py --wordnet DIR

Run by a developer when the source changes, never at run time. DIR is a checkout of
github.com/globalwordnet/english-wordnet (CC BY 4.0). The entity stage reads these to tell a body
written by its initials that the tagger left untagged or mistyped ('the ICC fined him', 'NTL blames
its agency') from initials that name a thing, a measure or a person ('GDP', 'TV', 'HIV', 'MP'): a
noun of two to six capital letters whose first sense is in ``noun.group`` (lexicographer file 14:
'ICC', 'FBI', 'NATO') is a body ('bodies'); any other such noun is no body ('things'). Initials
WordNet lacks are read by the entity stage on their own ('UEFA', 'RFU'). Written to
``data/wordnet_initials.json``.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from wordnet_entries import entries

OUT = Path(__file__).resolve().parents[1] / "src/newsledger/data/wordnet_initials.json"
INITIALS = re.compile(r"[A-Z]{2,6}")
GROUP_FILE = "14"           # noun.group


def initials(root: Path) -> dict[str, list[str]]:
    """{'bodies': initials whose first noun sense is a group, 'things': the other initials}."""
    out: dict[str, list[str]] = {"bodies": [], "things": []}
    for lemma, entry in entries(root / "src/yaml"):
        senses = (entry.get("n") or {}).get("sense") or []
        if senses and INITIALS.fullmatch(lemma):
            lexfile = senses[0]["id"].split("%")[1].split(":")[1]
            out["bodies" if lexfile == GROUP_FILE else "things"].append(lemma)
    return {k: sorted(v) for k, v in out.items()}


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--wordnet", type=Path, required=True)
    a = ap.parse_args(argv)
    found = initials(a.wordnet)
    source = ("the nouns of two to six capital letters in WordNet, by the lexicographer file of their first sense "
              "(scripts/build_initials.py, globalwordnet/english-wordnet, CC BY 4.0)")
    OUT.write_text('{\n  "_source": ' + json.dumps(source) + ',\n  "bodies": ' + json.dumps(found["bodies"])
                   + ',\n  "things": ' + json.dumps(found["things"]) + "\n}\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
