"""Events told by a noun: whose act an event noun names, read from the noun's own phrases.

An event noun ('expulsion', 'talks', 'sanctions') states an act as its verb does, and its phrases
give the parties as NomBank reads a nominal of a transitive verb: the possessive, a modifier or a
'by' phrase names the doer ('Moldova's expulsion of two diplomats', 'EU sanctions against Minsk',
'the shelling of Donetsk by Ukrainian forces'), 'between' the parties together ('talks between
Baku and Yerevan'), 'of', 'against', 'on' or 'with' the other side. A noun no hand lexicon lists is
read through the verb WordNet derives its first sense from, when that sense is an act or an event
and the verb is one the trigger lexicon codes ('expulsion' -> 'expel': ``data/wordnet_event_nouns.json``,
``scripts/build_event_nouns.py``). A noun that names no doer of its own is left to the verb it
hangs from ('held talks', 'condemned the expulsion'), and a noun that restates an act the article
codes from a verb is that act (``merge.restated``)."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ...lexicons import view
from .cameo import PARTY_ENTS
from .lexicon import TRIGGERS, TriggerSpec

BEFALLEN = frozenset({"COERCE"})               # 'four men were arrested': held, seized or blocked by no one named
DOER_MODIFIERS = ("poss", "compound", "amod")


@dataclass(frozen=True)
class EventNouns:
    """data/wordnet_event_nouns.json: noun -> the verbs its first sense (an act or an event) derives from."""

    nouns: dict[str, tuple[str, ...]]


EVENT_NOUNS = view(EventNouns, "wordnet_event_nouns.json")


def derived_spec(n: Token) -> tuple[TriggerSpec, str] | None:
    """What an event noun no hand lexicon lists codes: the spec of the first verb its first WordNet
    sense derives from that the trigger lexicon codes by itself ('expulsion' -> 'expel', SANCTION;
    'shelling' -> 'shell', ASSAULT), with that verb; None for a noun WordNet files first as no act
    ('order', first a command) or one whose verbs the lexicon does not code."""
    if n.pos_ != "NOUN":
        return None
    verbs = EVENT_NOUNS.nouns.get(n.lemma_.lower()) or EVENT_NOUNS.nouns.get(n.lower_) or ()
    return next(((TRIGGERS.verbs[v], v) for v in verbs if v in TRIGGERS.verbs), None)


def nominal_doers(n: Token, kind: str) -> list[Token]:
    """The phrases of an event noun that name its doer, read as NomBank reads a nominal of a
    transitive verb: a 'by' phrase when there is one ('Brown's praise by Blair', 'the arrest of the
    activists by police'); else the possessive and other modifiers, and 'between'; the 'of' phrase
    only where nothing else could be the object, so not beside a possessive ('Israel's invasion of
    Lebanon': Lebanon is invaded) and never on a coercion (``BEFALLEN``: 'the arrest of the
    activists', 'the detention of X'), which befalls whom it names."""
    preps = [c for c in n.children if c.dep_ in ("prep", "agent")]
    by = [p for p in preps if p.lower_ == "by"]
    if by:
        return by
    mods = [c for c in n.children if c.dep_ in DOER_MODIFIERS]
    if nominal_undergoer(n, kind) is not None:
        mods = [c for c in mods if c.dep_ != "poss"]
    of_doer = kind not in BEFALLEN and not any(c.dep_ == "poss" for c in mods)
    return mods + [p for p in preps if p.lower_ == "between" or of_doer and p.lower_ == "of"]


def names_its_object(n: Token, kind: str) -> bool:
    """Whether an event noun names both sides, so that its phrases must be told apart: a 'by' phrase,
    a possessive that undergoes (``nominal_undergoer``), or an 'of' phrase beside a possessive or on a
    coercion ('Israel's invasion of Lebanon', 'the invasion of Iraq by US forces'); a noun with its
    doer alone keeps the subject's reading (descriptions, forces, apposition)."""
    preps = {c.lower_ for c in n.children if c.dep_ in ("prep", "agent")}
    owned = any(c.dep_ == "poss" for c in n.children)
    return "by" in preps or nominal_undergoer(n, kind) is not None or "of" in preps and (owned or kind in BEFALLEN)


def nominal_undergoer(n: Token, kind: str) -> Token | None:
    """The possessive of an event noun when it names whom the act befalls: beside a 'by' phrase
    that names the doer ('Brown's praise by Blair'), or a person's on a coercion (``BEFALLEN``) with
    no 'of' phrase for its object ('his arrest', "Mr Smith's detention": he is held); a state's or a
    body's coercion is its own ('the Kremlin's blockade')."""
    poss = next((c for c in n.children if c.dep_ == "poss"), None)
    preps = {c.lower_ for c in n.children if c.dep_ in ("prep", "agent")}
    if poss is None or not ("by" in preps or kind in BEFALLEN and "of" not in preps and _a_person(poss)):
        return None
    return poss


def _a_person(tok: Token) -> bool:
    """A person's name or a pronoun that can only stand for a person ('his', 'her')."""
    return tok.ent_type_ == "PERSON" or tok.lower_ in ("his", "her")


def names_its_doer(n: Token, kind: str) -> bool:
    """Whether an event noun's doer phrases (``nominal_doers``) hold a name of a party: a person, a
    body, a state or a people, or a proper noun the tagger typed as none ('Moldova's', 'EU',
    'Russian', 'between Baku and Yerevan', 'by Ukrainian forces', 'of Xi Jinping'); a pronoun or a
    description ('its', 'the government's') is left to the verb the noun hangs from, which reads
    such doers against the article."""
    return doer_head(n, kind) is not None


def doer_head(n: Token, kind: str) -> Token | None:
    """The head word of the doer phrase of an event noun that names a party (``names_its_doer``),
    which is to the noun what a subject is to its verb ('Moldova' in "Moldova's expulsion", 'Baku'
    in 'talks between Baku and Yerevan', 'forces' in 'by Ukrainian forces'); None when none does."""
    for phrase in nominal_doers(n, kind):
        head = phrase if phrase.dep_ in DOER_MODIFIERS else next((c for c in phrase.children if c.dep_ == "pobj"), None)
        if head is not None and any(_party_name(t) for t in _phrase_of(phrase)):
            return head
    return None


def _party_name(tok: Token) -> bool:
    return tok.ent_type_ in PARTY_ENTS or tok.pos_ == "PROPN" and not tok.ent_type_


def _phrase_of(tok: Token) -> list[Token]:
    """A modifier's own words, or a preposition's object phrase ('between Baku and Yerevan')."""
    return [tok] if tok.dep_ in DOER_MODIFIERS else [t for t in tok.subtree if t != tok]
