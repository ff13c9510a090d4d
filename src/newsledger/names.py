"""Name keys that survive transliteration, so one person keeps one identity across spellings.

Translated news from Ukraine, Russia and Belarus spells one name several ways (Lukashenko /
Lukashenka, Naev / Nayev / Naiev, Oleksandr / Alexander / Aliaksandr). ``name_key`` folds a
surname's romanisations onto one key by ordered rules (data/names_translit.json);
``first_name_key`` maps a given name onto its equivalence group (data/names_first.json), since
given names differ across languages by more than spelling (Volodymyr / Vladimir).
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from .lexicons import view


@dataclass(frozen=True)
class Transliteration:
    """data/names_translit.json: (pattern, replacement) pairs applied in order."""

    rules: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class FirstNames:
    """data/names_first.json: groups of one given name's spellings, the display form first."""

    groups: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class GivenNames:
    """data/names_given_en.json: given names of English-language news (US Census 1990 first names),
    and those the Census gives one sex clearly ('male', 'female')."""

    names: tuple[str, ...]
    male: tuple[str, ...] = ()
    female: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def _rules() -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(p), r) for p, r in view(Transliteration, "names_translit.json").rules]


def ascii_fold(text: str) -> str:
    """Lower-case ASCII letters only: diacritics dropped, apostrophes and punctuation removed."""
    s = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z]+", "", s)


@lru_cache(maxsize=4096)
def _word_key(word: str) -> str:
    s = ascii_fold(word)
    if len(s) < 3:
        return s
    for pat, rep in _rules():
        s = pat.sub(rep, s)
    return s.lower()


def name_key(name: str) -> str:
    """Transliteration-folded key of a name, word by word ('Lukashenka' -> 'lukashenk')."""
    return " ".join(k for k in (_word_key(w) for w in re.split(r"[\s\-]+", name)) if k)


@lru_cache(maxsize=1)
def _first_groups() -> dict[str, str]:
    """Folded spelling -> the folded key of its group's first member."""
    out: dict[str, str] = {}
    for group in view(FirstNames, "names_first.json").groups:
        head = _word_key(group[0])
        for variant in group:
            out.setdefault(_word_key(variant), head)
    return out


def first_name_key(name: str) -> str:
    """Key of a given name's equivalence group ('Oleksandr' and 'Alexander' -> one key)."""
    k = _word_key(name.strip().split()[0]) if name.strip() else ""
    return _first_groups().get(k, k)


def is_first_name(word: str) -> bool:
    """True when WORD is a given name newsledger knows (any listed or folded spelling)."""
    return _word_key(word) in _first_groups()


def _folded(name: str) -> str:
    words = name.split()
    if len(words) < 2:
        return name_key(name)
    return " ".join([first_name_key(words[0])] + [name_key(w) for w in words[1:]])


def same_name(a: str, b: str) -> float:
    """Similarity 0..1 of two person or organisation names after transliteration folding."""
    fa, fb = _folded(a), _folded(b)
    if not fa or not fb:
        return 0.0
    if fa == fb:
        return 1.0
    from rapidfuzz import fuzz  # here: readers of the ledger (stats, a dossier) start without it
    return fuzz.ratio(fa, fb) / 100.0


_LEADING_THE = re.compile(r"^(?:the|The)\s+")


def strip_the(name: str) -> str:
    """NAME without a leading article ('the Kremlin' -> 'Kremlin'): names are compared, keyed and
    displayed without it."""
    return _LEADING_THE.sub("", name.strip())


def canonical_name(names: list[str]) -> str:
    """The best display name among spellings: the fullest proper name, then the most used,
    then the first seen ('Alexander Lukashenko' over 'Lukashenka')."""
    clean = [strip_the(n) for n in names if n and n.strip()]
    if not clean:
        return ""
    counts = Counter(clean)
    first = {n: i for i, n in reversed(list(enumerate(clean)))}

    def score(n: str) -> tuple:
        words = n.split()
        proper = sum(1 for w in words if w[:1].isupper())
        return (not n.isupper() or len(words) > 1, proper, len(words), counts[n], -first[n])

    return max(counts, key=score)


@lru_cache(maxsize=1)
def _given_en() -> frozenset[str]:
    return frozenset(ascii_fold(n) for n in view(GivenNames, "names_given_en.json").names)


@lru_cache(maxsize=1)
def _gendered_en() -> dict[str, str]:
    given = view(GivenNames, "names_given_en.json")
    return {ascii_fold(n): sex for sex, names in (("male", given.male), ("female", given.female)) for n in names}


def given_name_gender(word: str) -> str | None:
    """'male' or 'female' when WORD is a given name the US Census gives one sex clearly ('Harry',
    'Alicia'); None for a name of both ('Jean', 'Kim'), a rare one, or no given name."""
    return _gendered_en().get(ascii_fold(word))


def is_given_name(word: str) -> bool:
    """True when WORD is a given name: one whose romanisations newsledger folds together, or one of
    the broad list of English-language given names ('Matthew', 'Jeff', 'Dan')."""
    return is_first_name(word) or ascii_fold(word) in _given_en()
