"""The entity stage's word lists (data/titles_en.json, data/roles_aliases.json) and the questions
asked of them: is a word an institution's head, is a name a seat of government."""
from __future__ import annotations

from functools import lru_cache

from ...lexicons import load


@lru_cache(maxsize=1)
def lexicon() -> dict:
    """Title, organisation and pronoun word lists (data/titles_en.json)."""
    raw = load("titles_en.json")
    return {k: set(v) if isinstance(v, list) else v for k, v in raw.items()}


@lru_cache(maxsize=1)
def role_aliases() -> list[dict]:
    return load("roles_aliases.json")["roles"]


def institution_word(word: str) -> bool:
    """WORD heads the name of an organisation, institution, facility or natural feature
    ('University', 'Council', 'Street', 'River'): a name holding it is no person's."""
    lex = lexicon()
    w = word.lower().rstrip(".")
    return any(w in lex[k] for k in ("org_heads", "institution_heads", "facility_heads", "natural_heads"))


def local_institution(word: str) -> bool:
    """WORD heads the name of a building or an institution that stands somewhere ('Center',
    'University', 'Theatre', 'Club'), not of a government body or a movement."""
    w = word.lower().rstrip(".")
    return w in lexicon()["institution_heads"] or w in lexicon()["facility_heads"]


def is_government_seat(name: str) -> bool:
    """'Kremlin', 'White House': a building named for the institution inside it. In news it speaks
    and acts as that institution, though the gazetteer knows it as a place (for its seat)."""
    return name in lexicon()["government_seats"]
