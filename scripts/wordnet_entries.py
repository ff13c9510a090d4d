"""Reads the entries of an english-wordnet checkout with each part of speech under one key.

Open English WordNet keys a word with two pronunciations by homograph: 'lead' /liːd/ and /lɛd/
are ``n-1`` and ``n-2``, 'bow' ``v-1`` and ``v-2``, where every other word has a plain ``n`` or
``v``. A builder that reads ``entry["n"]`` alone loses such a word whole ('lead', 'poll', 'row',
'tear', 'wind'; 'process', 'recover', 'lower'), so every builder reads the entries through
``entries()``, which files the homographs' senses under the plain key, in the homographs' order
(``n-1``'s senses, then ``n-2``'s: the order WordNet's YAML gives; the interleaving of Princeton's
sense numbers across two homographs is not kept in it).
"""
from __future__ import annotations

import subprocess
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import yaml


def entries(root: Path) -> Iterator[tuple[str, dict]]:
    """(lemma, entry) for every entry of the YAML directory ROOT (``src/yaml``), homographs merged."""
    for path in sorted(root.glob("entries-*.yaml")):
        yield from _entries_of(path).items()


@cache
def _entries_of(path: Path) -> dict[str, dict]:
    """One entries file, read once for all the builders' passes."""
    raw = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    return {lemma: merge_homographs(entry) for lemma, entry in raw.items()}


def merge_homographs(entry: dict) -> dict:
    """ENTRY with its homograph keys ('n-1', 'n-2') folded into the plain key ('n'): the first
    homograph's fields, with every homograph's senses in order."""
    out: dict[str, dict] = {}
    for key in sorted(entry, key=_homograph_order):
        pos = key.split("-")[0]
        if pos in out:
            out[pos] = {**out[pos], "sense": out[pos].get("sense", []) + entry[key].get("sense", [])}
        else:
            out[pos] = entry[key]
    return out


def _homograph_order(key: str) -> tuple[str, int]:
    """'n-2' -> ('n', 2); a plain 'n' first."""
    pos, _, number = key.partition("-")
    return pos, int(number) if number.isdigit() else 0


def senses_by_lemma(root: Path, poses: tuple[str, ...]) -> dict[tuple[str, str], list[str]]:
    """(lemma, part of speech) -> the ids of its synsets in WordNet's order (its first sense first),
    for each part of speech of POSES ('n', 'v', 'a') of the YAML directory ROOT."""
    return {(lemma, pos): [s["synset"] for s in e[pos].get("sense", [])]
            for lemma, e in entries(root) for pos in poses if pos in e}


def checkout_commit(checkout: Path) -> str:
    """The commit the english-wordnet CHECKOUT is at, for a data file's ``_source``."""
    return subprocess.run(["git", "-C", str(checkout), "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
