"""Whether a trigger's arguments fit its sense, by the WordNet classes of their head nouns.

'The quakes struck near Tabriz' has a natural event for a subject, so 'struck' is no attack;
'a product designed to meet the needs' meets something abstract, so no meeting is held; 'warned
of cloudy weather' warns of a natural phenomenon, so no one is threatened. The classes come from
the Open English WordNet (``data/wordnet_nouns.json``); which class fits which argument of which
event type is data (``data/event_senses.json``). A name, a pronoun or a noun WordNet lacks is
always accepted: the rules only reject what WordNet says cannot fit.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from ...lexicons import view
from .lexicon import TRIGGERS


@dataclass(frozen=True)
class NounClasses:
    first: dict[str, tuple[str, ...]]
    other: dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class WordnetNouns:
    """data/wordnet_nouns.json."""

    classes: NounClasses
    verbs: dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class EventSenses:
    """data/event_senses.json."""

    agent_classes: frozenset[str]
    thing_classes: frozenset[str]
    instrument_types: frozenset[str]
    instrument_classes: frozenset[str]
    natural_classes: frozenset[str]
    party_object_types: frozenset[str]
    concrete_classes: frozenset[str]
    content_types: frozenset[str]
    content_preps: frozenset[str]
    content_classes: frozenset[str]
    support_verbs: frozenset[str]
    possession_classes: frozenset[str]
    inanimate_name_types: frozenset[str]
    party_phrase_types: frozenset[str]
    deed_classes: frozenset[str]
    demonstratives: frozenset[str]


@dataclass(frozen=True)
class WordnetIdioms:
    """data/wordnet_idioms.json."""

    idioms: dict[str, frozenset[str]]


@dataclass(frozen=True)
class WordnetVerbs:
    """data/wordnet_verbs.json: the verbs whose first sense is in verb.communication."""

    communication: frozenset[str]


SENSES = view(EventSenses, "event_senses.json")
WORDNET = view(WordnetNouns, "wordnet_nouns.json")
IDIOMS = view(WordnetIdioms, "wordnet_idioms.json")
VERBS = view(WordnetVerbs, "wordnet_verbs.json")
IDIOM_DEPS = ("dobj", "obj", "attr", "prep", "npadvmod")


@lru_cache(maxsize=1)
def _index() -> dict[str, list[str]]:
    """Noun -> its classes, first sense first."""
    wn = WORDNET.classes
    out: dict[str, list[str]] = {}
    for part in (wn.first, wn.other):
        for cls, nouns in part.items():
            for n in nouns:
                out.setdefault(n, []).append(cls)
    return out


def first_class(word: str) -> str | None:
    """The WordNet class of a noun's first sense ('police' -> 'group'), None when WordNet lacks it."""
    return next(iter(_index().get(word, [])), None)


def _classes(tok: Token) -> list[str]:
    if tok.pos_ != "NOUN" or tok.ent_type_:
        return []
    word = tok.lemma_.lower() if tok.lemma_.lower() in _index() else tok.lower_
    return [_top(word, c) for c in _index().get(word, [])]


def _top(word: str, cls: str) -> str:
    """WordNet files the unique beginner of each class under 'Tops' ('person', 'group'): such a
    word is of the class it names."""
    return word if cls == "Tops" and word in _class_names() else cls


@lru_cache(maxsize=1)
def _class_names() -> frozenset[str]:
    return frozenset(WORDNET.classes.first) | frozenset(WORDNET.classes.other)


def noun_classes(tok: Token) -> list[str]:
    """WordNet classes of a common noun, its first sense first, with those of its 'of' phrase
    ('a group of refugees'), or of that phrase alone after a quantifier ('many of the demands');
    [] for names, pronouns and nouns WordNet lacks."""
    inner = [c for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children if c.dep_ == "pobj"]
    if inner and tok.pos_ not in ("NOUN", "PROPN"):
        return _classes(inner[0])          # 'met many of the demands', 'freed three of the hostages': a part of X is X
    if inner and (not _classes(tok) or not _classes(inner[0])):
        return []
    return list(dict.fromkeys(_classes(tok) + (_classes(inner[0]) if inner else [])))


def event_verbs(noun: str) -> tuple[str, ...]:
    """The verbs an event noun derives from ('bombardment' -> 'bombard')."""
    return WORDNET.verbs.get(noun, ())


def can_act(head: Token, kind: str) -> bool:
    """Whether the head of a subject can be the actor of an event of type KIND: not a thing named
    by its type or its head ('the Mental Capacity Bill would allow'), nor a common noun WordNet
    files under no agent."""
    if head.ent_type_ in SENSES.inanimate_name_types or _document_name(head):
        return False
    classes = noun_classes(head)
    s = SENSES
    if not classes or s.agent_classes & set(classes) and classes[0] not in s.thing_classes:
        return True
    first_ok = classes[0] not in s.natural_classes | s.thing_classes
    return kind in s.instrument_types and first_ok and bool(s.instrument_classes & set(classes))


def _document_name(head: Token) -> bool:
    """A name headed by a document noun ('the Mental Capacity Bill', 'the Parliament Act'), not a
    person's name ('Bill' of 'Bill Clinton' is no head)."""
    return head.pos_ == "PROPN" and head.ent_type_ != "PERSON" and head.lower_ in TRIGGERS.document_nouns


def people(head: Token | None) -> bool:
    """Whether a common noun names people by its first sense ('supporters', 'a crowd', 'thousands
    of people'), not a pronoun, a name or a thing ('the dollar rallied')."""
    if head is None:
        return False
    heads = [head] + [c for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children if c.dep_ == "pobj"]
    return any((classes := _classes(h)) and classes[0] in SENSES.agent_classes for h in heads)


def persons(head: Token) -> bool:
    """Whether a common noun names persons by its first sense ('civilians', 'refugees'), not a
    group of things ('a series of bombs')."""
    return first_class(head.lemma_.lower()) == "person" and head.pos_ == "NOUN" and not head.ent_type_


def concrete(head: Token) -> bool:
    """Whether a noun names something concrete: by its first sense or by half of its senses; more
    than half when its first sense is a thing said or thought ('attacked the Tory plans', 'attacking
    the lies' are words; 'struck targets' is not)."""
    if head.lower_ in SENSES.demonstratives and head.tag_ == "DT":
        return False                       # 'we are fighting this': a thing or a claim, never a party
    classes = noun_classes(head)
    conc = SENSES.concrete_classes
    said = bool(classes) and classes[0] in SENSES.thing_classes
    return not classes or classes[0] in conc or 2 * sum(c in conc for c in classes) > len(classes) - (not said)


def party(obj: Token) -> bool:
    """Whether an object phrase names a party: a name in it ('Haiti's efforts', 'Palestinian
    detainees') or a concrete head ('positions', 'homes')."""
    return any(t.ent_type_ or t.pos_ == "PROPN" for t in obj.subtree) or bool(noun_classes(obj)) and concrete(obj)


def fits_object(head: Token, kind: str) -> bool:
    """Whether a direct object can be the party an event of type KIND acts upon."""
    if kind in SENSES.party_phrase_types:
        classes = noun_classes(head)
        return party(head) or bool(classes) and classes[0] in SENSES.deed_classes
    return kind not in SENSES.party_object_types or concrete(head)


def handed_over(head: Token) -> bool:
    """Whether a support verb's object is something handed over or acted upon by its first sense
    ('gave $1m', 'took the town', a name, a noun WordNet lacks), not a noun that carries the
    meaning itself ('taken delivery', 'gave the impression', 'face a jail sentence')."""
    classes = noun_classes(head)
    return not classes or classes[0] in SENSES.concrete_classes | SENSES.possession_classes


def fits_content(head: Token, kind: str) -> bool:
    """Whether what is warned of ('of X') can be the content of an event of type KIND."""
    classes = noun_classes(head)
    return kind not in SENSES.content_types or not classes or classes[0] in SENSES.content_classes



def idiom(v: Token) -> bool:
    """Whether a verb and the noun phrase after it make a multi-word verb of WordNet ('the meeting
    took place', 'pulled the plug', 'took part'): its sense is the idiom's, not the verb's."""
    rests = IDIOMS.idioms.get(v.lemma_.lower())
    if not rests:
        return False
    for c in (c for c in v.children if c.dep_ in IDIOM_DEPS and c.i > v.i):
        noun = next((x for x in c.children if x.dep_ == "pobj"), None) if c.dep_ == "prep" else c
        if noun is None or noun.i - v.i > 6:
            continue
        words = [t.lower_ for t in v.doc[v.i + 1:noun.i + 1]]
        if " ".join(words) in rests or " ".join(words[:-1] + [noun.lemma_.lower()]) in rests:
            return True
    return False


def spoken(v: Token) -> bool:
    """A verb of speech: its first WordNet sense is in verb.communication ('discuss', 'comment',
    'elaborate', 'name', 'say')."""
    return v.lemma_.lower() in VERBS.communication
