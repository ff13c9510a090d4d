"""What a verb's form says of its clause's time: tensed, in the present, in the perfect.

Every room reads a clause's time — the statements room whether a claim is about what is to come,
the forecasts room whether a time on a clause is its horizon, the events room whether a clause has
a subject of its own — and each reads it from the same Penn tags on the verb and on its
auxiliaries. One home for those tests keeps them one definition.
"""
from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

TENSES = ("VBD", "VBZ", "VBP")      # a verb's own tense, past or present
PRESENT = ("VBZ", "VBP")
AUXILIARIES = ("aux", "auxpass")


def carries(verb: Token, tags: Collection[str], *, modal: bool = False, links: Collection[str] = AUXILIARIES) -> bool:
    """Whether VERB bears one of TAGS itself or on an auxiliary hung on it by LINKS ('is expected':
    the present on 'is'), or, with MODAL, has a modal auxiliary ('could put')."""
    aux = (*tags, "MD") if modal else tuple(tags)
    return verb.tag_ in tags or any(c.dep_ in links and c.tag_ in aux for c in verb.children)


def tensed(verb: Token) -> bool:
    """A tensed verb, or one with a tensed or modal auxiliary ('are gone', 'has', 'could put'): a
    clause's own finite verb, not an infinitive's or a gerund's."""
    return carries(verb, TENSES, modal=True)


def present(verb: Token) -> bool:
    """A verb in the present, on itself or on its auxiliary ('takes place', 'is expected')."""
    return carries(verb, PRESENT)


def perfect(verb: Token) -> bool:
    """'could have been weakened': a verb with the perfect's 'have' (a modal over one speaks of the past)."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def predicate_at(tok: Token) -> Token | None:
    """The nearest verb at or above TOK in the parse (TOK itself if it is one): the clause a time or a
    phrase belongs to."""
    while tok.pos_ not in ("VERB", "AUX"):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return tok
