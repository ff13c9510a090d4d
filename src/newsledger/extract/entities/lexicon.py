"""The entity room's data as typed views (``lexicons.view``): titles and the heads of names
(data/titles_en.json), the English words and patterns read around names (data/entities_en.json)
the descriptions that stand for a role's holder (data/roles_aliases.json) and the cabinet offices
only one country's government has (data/government_offices.json); and the questions
asked of them: is a word an institution's head, is a name a seat of government. Each file's
``_doc`` says what its keys mean."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...lexicons import view


@dataclass(frozen=True)
class Titles:
    """data/titles_en.json."""

    person_heads: frozenset[str]
    honorifics: frozenset[str]
    modifiers: frozenset[str]
    org_heads: frozenset[str]
    military_nouns: frozenset[str]
    pronouns: frozenset[str]
    government_seats: frozenset[str]
    document_nouns: frozenset[str]
    facility_heads: frozenset[str]
    natural_heads: frozenset[str]
    place_prefixes: frozenset[str]
    venue_heads: frozenset[str]
    institution_heads: frozenset[str]

    def honorific(self, word: str) -> bool:
        """Whether WORD is an honorific however it is written ('Mr', 'MR.', 'dr')."""
        return word.lower().rstrip(".") in self.honorifics


@dataclass(frozen=True)
class Words:
    """data/entities_en.json."""

    articles: frozenset[str]
    definite_articles: frozenset[str]
    name_joiners: frozenset[str]
    versus_marks: frozenset[str]
    function_words: frozenset[str]
    legal_forms: frozenset[str]
    firm_designators: frozenset[str]
    org_clipped: dict[str, str]
    party_heads: frozenset[str]
    party_forms: dict[str, str]
    name_suffixes: frozenset[str]
    title_edges: frozenset[str]
    locative_prepositions: frozenset[str]
    containing_prepositions: frozenset[str]
    locating_relatives: frozenset[str]
    not_locative: frozenset[str]
    origin_prepositions: frozenset[str]
    org_place_tail: re.Pattern[str]
    army_of: re.Pattern[str]
    list_follows: re.Pattern[str]
    capitalised_run: re.Pattern[str]
    defined_acronym: re.Pattern[str]
    code_marks: re.Pattern[str]
    concept_classes: frozenset[str]
    work_classes: frozenset[str]
    occasion_classes: frozenset[str]
    label_classes: frozenset[str]
    label_owners: frozenset[str]


@dataclass(frozen=True)
class NounSenses:
    """data/wordnet_nouns.json, its 'classes': the Open English WordNet's common nouns (lower
    case) by lexicographer class, of their first sense and of later ones."""

    first: dict[str, tuple[str, ...]]
    other: dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class Role:
    """A description that stands for one person while the role was held ('Kremlin leader')."""

    phrase: str
    person: str
    since: int
    until: int | None


@dataclass(frozen=True)
class Roles:
    """data/roles_aliases.json."""

    roles: tuple[Role, ...]


def lexicon() -> Titles:
    """Title, organisation and pronoun word lists (data/titles_en.json)."""
    return view(Titles, "titles_en.json")


def english() -> Words:
    """The English words and patterns read around names (data/entities_en.json)."""
    return view(Words, "entities_en.json")


def role_aliases() -> tuple[Role, ...]:
    """Role descriptions with the years each holder held them (data/roles_aliases.json)."""
    return view(Roles, "roles_aliases.json").roles


@lru_cache(maxsize=1)
def common_nouns() -> frozenset[str]:
    """Every common noun WordNet knows, in lower case ('sale', 'tip', 'winner'): a name written
    so is an ordinary word too, which only its capital in running text makes a name."""
    wn = view(NounSenses, "wordnet_nouns.json", "classes")
    return frozenset(n for part in (wn.first, wn.other) for nouns in part.values() for n in nouns)


def is_common_noun(word: str) -> bool:
    """WORD, or the singular of WORD, is a common noun WordNet knows ('Tables', 'Enterprise')."""
    w = word.lower()
    return w in common_nouns() or w.endswith("s") and w[:-1] in common_nouns()


@lru_cache(maxsize=1)
def military_tail() -> re.Pattern[str]:
    """A military noun right after a nationality ('Russian| troops'), the longest first."""
    nouns = sorted(lexicon().military_nouns, key=lambda n: (-len(n), n))
    return re.compile(r"\s+(" + "|".join(re.escape(n) for n in nouns) + r")\b")


def institution_word(word: str) -> bool:
    """WORD heads the name of an organisation, institution, facility or natural feature
    ('University', 'Council', 'Street', 'River'): a name holding it is no person's."""
    lex = lexicon()
    w = word.lower().rstrip(".")
    return w in lex.org_heads or w in lex.institution_heads or w in lex.facility_heads or w in lex.natural_heads


def local_institution(word: str) -> bool:
    """WORD heads the name of a building or an institution that stands somewhere ('Center',
    'University', 'Theatre', 'Club'), not of a government body or a movement."""
    w = word.lower().rstrip(".")
    return venue_word(w) or w in lexicon().institution_heads or w in lexicon().facility_heads


def venue_word(word: str) -> bool:
    """WORD ends the name of a building where things happen ('Center', 'Hall', 'Theatre',
    'Racecourse'): the entity room's venues and WordNet's buildings (``places.lexicon.building_word``).
    Such a name is a place only where the article uses it as one: WordNet's buildings are also
    surnames and clubs' names ('Aston Villa', 'Shirley Temple', 'James Garner')."""
    from ..places.lexicon import building_word  # here: the places package loads spaCy, which the storing process never does
    return word.lower().rstrip(".") in lexicon().venue_heads or building_word(word)


def feature_kind(name: str) -> str | None:
    """'FAC' for a name built places end or open with ('Royal Street', 'Rue Casa Calvo'), 'LOC' for
    a natural feature's ('Mississippi River'), else None."""
    words = name.lower().split()
    if len(words) < 2:
        return None
    lex = lexicon()
    if words[-1].rstrip(".") in lex.natural_heads:
        return "LOC"
    if words[-1].rstrip(".") in lex.facility_heads or words[0] in lex.place_prefixes:
        return "FAC"
    return None


def is_government_seat(name: str) -> bool:
    """'Kremlin', 'White House': a building named for the institution inside it. In news it speaks
    and acts as that institution, though the gazetteer knows it as a place (for its seat)."""
    return name in lexicon().government_seats


RELATIVE_CHARS = 60      # a relative clause of place longer than this names more than the building's town


@lru_cache(maxsize=1)
def containing_gap() -> re.Pattern[str]:
    """What stands between a building or street and the town it is in: a comma, a containing
    preposition, or both ('Hospital in Rome', 'Hotel, Ballyjamesduff', 'Hall, in the Town'), or a
    short relative clause of place that ends in one ('the Alder Hey Children's Hospital where Alfie
    is admitted in Liverpool')."""
    preps = "|".join(sorted(english().containing_prepositions))
    relatives = "|".join(sorted(english().locating_relatives))
    return re.compile(rf",\s*(?:(?:{preps})\s+(?:the\s+)?)?|\s+(?:{preps})\s+(?:the\s+)?"
                      rf"|,?\s+(?:{relatives})\s[^.!?;:\n]{{0,{RELATIVE_CHARS}}}?\s(?:{preps})\s+(?:the\s+)?", re.IGNORECASE)


@dataclass(frozen=True)
class Cabinet:
    """One country's government: the name of its state and the cabinet offices only it has."""

    name: str
    offices: frozenset[str]


@dataclass(frozen=True)
class GovernmentOffices:
    """data/government_offices.json: ISO 3166-1 alpha-2 -> that country's own cabinet offices."""

    countries: dict[str, Cabinet]


OFFICES = view(GovernmentOffices, "government_offices.json")
