"""The people a person belongs to, as the text says it: 'Lithuanian Foreign Minister Kestutis Budrys'
is Lithuanian, 'the Belarusian opposition figure' a Belarusian, 'the head of Kazakh diplomacy' a Kazakh,
'the Frenchman' French. A description that says one people stands for no person the article ties to
another ('The Belarusian opposition figure said' is not the Lithuanian minister named just before).

Only a people's own word counts (a demonym of the gazetteer's peoples, ``places.people_country``), never
a country's name: 'England coach Sven-Goran Eriksson' coaches England's side and is a Swede, 'the Madrid
striker' plays for a club; 'the Kremlin' and its like name a government, not a people.

Apart because the discourse's candidates (``named_mentions``) and a description's want (``wants``) both
read it, and neither reads the other.
"""
from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..places import people_country

CLAUSES = ("relcl", "acl", "advcl", "ccomp", "xcomp")


def people_of_description(head: Token) -> str | None:
    """The country code of the one people a description's own words name: its head ('the Frenchman',
    'the Brazilian'), its modifiers ('the Belarusian opposition figure', 'The 55-year-old Frenchman') or
    its 'of' phrase ('the head of Kazakh diplomacy'); None when they name none, or two ('the
    French-Algerian striker' may be either)."""
    words = [head, *_modifiers(head)]
    words += [t for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for t in _phrase(c)]
    found = {cc for t in words if (cc := _people_word(t)) is not None}
    return next(iter(found)) if len(found) == 1 else None


def people_of_name(ent: SpacySpan, phrase: Token) -> frozenset[str]:
    """The country codes of the peoples a person's title says they belong to: the demonyms before the
    name in its phrase ('Lithuanian Foreign Minister Kestutis Budrys', 'Frenchman Arnaud Clement') and
    in a title set beside it ('Kestutis Budrys, the Lithuanian foreign minister,'); never those of a
    clause that describes the title."""
    before = [t for t in _phrase(phrase) if t.i < ent.start]
    beside = [t for a in ent.root.children if a.dep_ == "appos" and a.i >= ent.end for t in _phrase(a)]
    return frozenset(cc for t in before + beside if (cc := _people_word(t)) is not None)


def of_people(people: frozenset[str], wanted: str | None) -> bool:
    """Whether a person the text ties to PEOPLE may be one a description of the people WANTED describes:
    either says none, or they agree."""
    return wanted is None or not people or wanted in people


def _modifiers(head: Token) -> list[Token]:
    """The words that modify HEAD before it (not its owner's: 'the Frenchman's agent' is no Frenchman)."""
    return [t for c in head.lefts if c.dep_ in ("amod", "compound", "nmod") for t in _phrase(c)]


def _phrase(tok: Token) -> list[Token]:
    """TOK's words without the clauses and owners below it."""
    out, todo = [], [tok]
    while todo:
        t = todo.pop()
        out.append(t)
        todo += [c for c in t.children if c.dep_ not in CLAUSES + ("poss",)]
    return out


def _people_word(tok: Token) -> str | None:
    """The country code of a capitalised demonym ('Lithuanian', 'Frenchman'), else None."""
    return people_country(tok.text) if tok.text[:1].isupper() and tok.pos_ in ("ADJ", "NOUN", "PROPN") else None
