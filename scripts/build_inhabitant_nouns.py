"""Writes the nouns of one inhabitant of a people or a place, from WordNet.

usage: python scripts/build_inhabitant_nouns.py --wordnet DIR

Run by a developer when the source changes, never at run time. DIR is a checkout of
github.com/globalwordnet/english-wordnet (CC BY 4.0). Sport writes a player by where they come from
('the 25-year-old Dubliner', 'the Welshman', 'The Geordie'); the gazetteer's demonyms name the
peoples of countries ('Frenchman', 'Brazilian') but not a city's or a region's people. The nouns
are the capitalised one-word members of the synsets below inhabitant, dweller (09643248-n) whose
lower-case form is no common noun of WordNet ('Badger', 'Boxer', 'Fox' are also an animal, a
fighter and a fox, which a capital at the start of a sentence would make look like one) and which
name no place of the gazetteer ('Alabama', 'Guinea': a state named for its people).
Written to ``data/statements_speakers.json`` ('inhabitant_nouns'), read by
``statements.speakers.people_description``.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from build_document_nouns import below, first_senses, synsets

from newsledger.extract.places import is_place

INHABITANT = "09643248-n"       # inhabitant, habitant, dweller, denizen, indweller
OUT = Path(__file__).resolve().parents[1] / "src/newsledger/data/statements_speakers.json"


def inhabitant_nouns(syn: dict[str, dict], common: set[str]) -> list[str]:
    """The capitalised one-word nouns below INHABITANT that are no COMMON noun and no place."""
    names = {m for k in below(syn, [INHABITANT]) for m in syn[k]["members"]
             if m[:1].isupper() and m.replace("-", "").isalpha()}
    return sorted(m for m in names if m.lower() not in common and not is_place(m))


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--wordnet", type=Path, required=True)
    a = ap.parse_args(argv)
    data = json.loads(OUT.read_text(encoding="utf-8"))
    data["_inhabitant_nouns"] = ("nouns of one inhabitant of a people or a place ('Dubliner', 'Welshman', 'Geordie'): "
                                 "the capitalised members of the synsets below inhabitant in WordNet that are no common "
                                 "noun and no place (scripts/build_inhabitant_nouns.py, globalwordnet/english-wordnet, "
                                 "CC BY 4.0); a definite singular phrase headed by one describes a person as a demonym "
                                 "does (speakers.people_description)")
    data["inhabitant_nouns"] = inhabitant_nouns(synsets(a.wordnet), set(first_senses(a.wordnet)))
    lines = [f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in data.items()]
    OUT.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")   # one key a line, as the file is
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
