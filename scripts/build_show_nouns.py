"""Writes the nouns of shows and entertainments, from WordNet.

usage: python scripts/build_show_nouns.py --wordnet DIR

Run by a developer when the source changes, never at run time. DIR is a checkout of
github.com/globalwordnet/english-wordnet (CC BY 4.0). A show, a performance or a concert given
('the Black Eyed Peas had provided the night's other high-profile entertainment') is put on for an
audience, no aid handed to a party (PLOVER's AID); the events room reads these nouns to tell the two
apart (``extract/events/commerce.py``). The nouns are those whose first sense is the synset below or
one of its hyponyms: entertainment, amusement (a show, a performance, a concert, a premiere, an
exhibition). Written to ``data/wordnet_shows.json``.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from build_document_nouns import below, first_senses, synsets

ROOTS = {"00430033-n": "entertainment, amusement (an activity that is diverting and that holds the attention)"}
OUT = Path(__file__).resolve().parents[1] / "src/newsledger/data/wordnet_shows.json"


def show_nouns(syn: dict[str, dict], first: dict[str, str]) -> list[str]:
    """The one-word nouns whose first sense is a show or an entertainment ('show', 'concert',
    'performance'; not 'play' or 'game', first other things)."""
    shows = below(syn, list(ROOTS))
    return sorted(lemma for lemma, synset in first.items() if synset in shows)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--wordnet", type=Path, required=True)
    a = ap.parse_args(argv)
    source = ("the nouns whose first sense is below " + "; ".join(ROOTS.values())
              + " in WordNet (scripts/build_show_nouns.py, globalwordnet/english-wordnet, CC BY 4.0)")
    nouns = show_nouns(synsets(a.wordnet), first_senses(a.wordnet))
    OUT.write_text('{\n  "_source": ' + json.dumps(source) + ',\n  "show_nouns": '
                   + json.dumps(nouns) + "\n}\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
