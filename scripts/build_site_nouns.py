"""Writes the nouns of built places — buildings, facilities and the structures people go to — from WordNet.

usage: python scripts/build_site_nouns.py --wordnet DIR

Run by a developer when the source changes, never at run time. DIR is a checkout of
github.com/globalwordnet/english-wordnet (CC BY 4.0). A name that ends in such a noun names a site
('Ramor Theatre', 'Meydan Racecourse', 'Sloss Furnaces' aside): the gazetteer holds few of them, the
town or region written with it says where it is, and a town inside its name is often not it
('Manila Cathedral' stands in Manila, 'Alhambra Theatre' in Glasgow). Written to
``data/wordnet_sites.json`` as ``building_nouns``: the one-word nouns whose first sense lies below
one of the roots below, less those with any sense in WordNet's ``noun.group`` — 'house' is also a
firm and a chamber ('Random House', 'the Iowa House'), 'bar' the lawyers, 'hospital' an
institution: a name ending in one is as often a body's, so the hand lists of the rooms keep such
words where they read them. The places room's words of buildings (``places_regions.json``
'feature_words') and the entity room's venues (``titles_en.json`` 'venue_heads': a name NER took for
a firm is a building where the article uses it as a place) hold no noun of this list: one noun,
one list. The entity room's heads that make a name a place or a body whatever NER says
('facility_heads', 'institution_heads') are not replaced by it: WordNet's buildings are also
surnames and clubs' names ('Aston Villa', 'Shirley Temple', 'James Garner').
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml
from build_document_nouns import below, first_senses, synsets
from wordnet_entries import entries

ROOTS = {
    "02916498-n": "building, edifice",
    "03319968-n": "facility, installation",
    "04303019-n": "stadium, bowl, arena",
    "04467365-n": "tower",
    "02901994-n": "bridge, span",
    "03164975-n": "dam, dike",
}
SYSTEMS = {"04524169-n": "utility (a plumbing, a water system)", "04480667-n": "transportation system"}
OUT = Path(__file__).resolve().parents[1] / "src/newsledger/data/wordnet_sites.json"


def group_nouns(root: Path) -> set[str]:
    """The nouns with a sense in WordNet's noun.group ('house': a firm, a chamber)."""
    groups = set(yaml.load((root / "src/yaml/noun.group.yaml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader))
    return {lemma for lemma, entry in entries(root / "src/yaml")
            if any(s["synset"] in groups for s in (entry.get("n") or {}).get("sense", []))}


def building_nouns(root: Path) -> list[str]:
    """The one-word nouns whose first sense is a root or below one, not a system one is never at
    (SYSTEMS: 'plumbing', 'transportation'), and no group in any sense."""
    syn = synsets(root)
    under = below(syn, list(ROOTS)) - below(syn, list(SYSTEMS))
    return sorted({lemma for lemma, synset in first_senses(root).items() if synset in under} - group_nouns(root))


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--wordnet", type=Path, required=True)
    a = ap.parse_args(argv)
    data = {
        "_source": "the one-word nouns whose first sense is below " + "; ".join(ROOTS.values())
                   + ", not below " + "; ".join(SYSTEMS.values()) + ", with no sense in noun.group,"
                     " in WordNet (scripts/build_site_nouns.py, globalwordnet/english-wordnet, CC BY 4.0)",
        "building_nouns": building_nouns(a.wordnet),
    }
    OUT.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
