"""Writes the nouns of titled works, from WordNet.

usage: python scripts/build_work_nouns.py --wordnet DIR

Run by a developer when the source changes, never at run time. DIR is a checkout of
github.com/globalwordnet/english-wordnet (CC BY 4.0). News names a work by its title after the noun
of its kind ('her book Small Island', 'the album Born In Texas', 'the BBC series British Isles'), and
a place's name inside such a title is no place of the story. The nouns are the one-word nouns of
the synsets below, and those whose first sense is one of them or their hyponyms: a musical
composition, an album, a sound recording, a film, a literary work, a book, a play, a broadcast, a
serial, a work of art; and the head nouns of the many-word names of a broadcast or a serial ('TV
show', 'chat show', 'soap opera': 'show', 'opera'), by which news names a programme ('the comedy show
Little Britain'). A channel's head nouns ('TV channel': 'channel') are written apart as
'channel_nouns': a name after one is a broadcaster, no place, but a party of the ledger ('the music
channel MTV'). The events room's list of works (``data/wordnet_nouns.json`` 'works', written by
``scripts/build_event_lexicon.py``: compositions, films, dramas) is read beside this one, so only the
nouns it lacks are written here (a recording, a programme, a series, a picture): one noun, one list.
Written to ``data/entities_works.json``.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from build_document_nouns import below, first_senses, synsets

ROOTS = {
    "07051211-n": "musical composition, opus, piece of music",
    "06604096-n": "album, record album",
    "04269788-n": "sound recording",
    "06626039-n": "movie, film, picture",
    "06375736-n": "literary composition, literary work",
    "06422547-n": "book (a written work)",
    "07020800-n": "dramatic composition, dramatic work",
    "06631935-n": "broadcast, program, programme",
    "06633954-n": "serial, series (a serialized set of programs)",
    "04609048-n": "work of art",
}
BROADCASTS = ["06631935-n", "06633954-n"]   # broadcast, program, programme; serial, series
CHANNEL = "03010002-n"                       # channel, television channel, TV channel
DATA = Path(__file__).resolve().parents[1] / "src/newsledger/data"
OUT = DATA / "entities_works.json"


def work_nouns(syn: dict[str, dict], first: dict[str, str], listed: set[str]) -> list[str]:
    """The nouns of the root synsets themselves ('album', 'series', whose first senses are a book
    of blank pages and an ordered set), and the nouns whose first sense is one of the works below
    them ('song', 'novel', 'sitcom'; not 'single' or 'record', whose work senses come later), less
    those the events room already LISTED."""
    works = below(syn, list(ROOTS))
    named = {m for k in ROOTS for m in syn[k]["members"] if m.isalpha() and m.islower()}
    return sorted((named | head_nouns(syn, BROADCASTS) | {lemma for lemma, synset in first.items() if synset in works})
                  - listed)


def broadcast_nouns(syn: dict[str, dict], first: dict[str, str], listed: set[str]) -> list[str]:
    """The nouns of a broadcast or a serial alone: those of the BROADCASTS synsets, those whose first
    sense lies below them ('sitcom', 'newscast'), and the head nouns of their many-word names ('talk
    show': 'show'). A programme is named after the one who presents it ('the Frost programme'), where
    a composition, a film or an album named by a person is that person's work ('the latest Eminem
    album'): the entity room reads the two apart (``works.label_use``). The head nouns that are
    compositions, films or dramas in the events room's LISTED works ('television film', 'situation
    comedy', 'soap opera') are left out: 'a Lee film' is his."""
    works = below(syn, BROADCASTS)
    named = {m for k in BROADCASTS for m in syn[k]["members"] if m.isalpha() and m.islower()}
    return sorted((named | head_nouns(syn, BROADCASTS) | {lemma for lemma, synset in first.items() if synset in works})
                  - listed)


def head_nouns(syn: dict[str, dict], roots: list[str]) -> set[str]:
    """The last words of the many-word names of ROOTS and their hyponyms ('television show', 'talk show',
    'soap opera', 'TV channel'): the nouns a kind's name rests on, whose first senses are often
    something else ('show' a social event, 'channel' a path for signals), but which, written right
    before a capitalised name, name a programme or a channel."""
    return {m.split()[-1].lower() for k in below(syn, roots) for m in syn[k]["members"]
            if " " in m and m.split()[-1].isalpha()}


def _events_works() -> list[str]:
    """The works the events room lists (data/wordnet_nouns.json 'works')."""
    return json.loads((DATA / "wordnet_nouns.json").read_text(encoding="utf-8"))["works"]


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--wordnet", type=Path, required=True)
    a = ap.parse_args(argv)
    syn = synsets(a.wordnet)
    first = first_senses(a.wordnet)
    data = {
        "_source": ("the nouns of titled works ('the album Born In Texas'): the hyponyms in WordNet of "
                    + "; ".join(ROOTS.values())
                    + ", with the head nouns of the names of a broadcast and a serial; channel_nouns: a TV channel's"
                    + ", less the works data/wordnet_nouns.json lists; broadcast_nouns: a broadcast's or a serial's alone"
                    + " (scripts/build_work_nouns.py, globalwordnet/english-wordnet, CC BY 4.0)"),
        "work_nouns": work_nouns(syn, first, listed := set(_events_works())),
        "channel_nouns": sorted(head_nouns(syn, [CHANNEL])),
        "broadcast_nouns": broadcast_nouns(syn, first, listed),
    }
    lines = [f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in data.items()]
    OUT.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
