"""Names typed in Cyrillic, spelt in Latin for the lookups past an exact alias: a module of its own,
loaded with the lexicons (json, pathlib, `dataclasses` for the lexicon's typed view) only on that
way, so a dossier looked up by an exact alias loads none of them."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Cyrillic:
    """data/cyrillic_latin.json: each Cyrillic letter's Latin spelling (BGN/PCGN)."""

    letters: dict[str, str]


def romanised(name: str) -> str:
    """NAME with its Cyrillic letters spelt in Latin ('Лукашенко' -> 'Lukashenko')."""
    from ..lexicons import view
    letters = view(Cyrillic, "cyrillic_latin.json").letters
    if not any(c.lower() in letters for c in name):
        return name
    out = "".join(letters.get(c.lower(), c) for c in name)
    return " ".join(w[:1].upper() + w[1:] for w in out.split())
