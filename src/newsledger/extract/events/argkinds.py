"""What kind of argument each event type is done to (issue 14, "Word sense and arguments").

PLOVER's manual says what each type acts upon: an ASSAULT or a seizure is done to people, groups,
places and property, a meeting to parties, a retreat moves forces, people or things. A verb whose
object (or, for some types, passive subject) is of another kind is in another sense, no event of
the type: 'met the needs', 'struck a deal', 'released a report', 'holding their stake as an
investment', 'the film was shot in Prague'. The kinds are WordNet's lexicographer classes and
spaCy's name labels, and which type takes which kind is data (``data/event_arguments.json``): one
table in place of a list of types per rule.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ...lexicons import view
from ...nlp.wordnet import noun_classes, of_objects, token_classes


@dataclass(frozen=True)
class ArgumentKind:
    """One kind of argument: the WordNet classes of a common noun of it, the spaCy labels of a name."""

    classes: frozenset[str]
    ents: frozenset[str]


@dataclass(frozen=True)
class EventArguments:
    """data/event_arguments.json."""

    kinds: dict[str, ArgumentKind]
    targets: dict[str, tuple[str, ...]]
    passive_types: frozenset[str]
    governed_types: frozenset[str]
    medium_targets: frozenset[str]
    medium_classes: frozenset[str]
    thing_ents: frozenset[str]
    thing_classes: frozenset[str]
    demonstratives: frozenset[str]
    demonstrative_kinds: frozenset[str]
    officer_types: frozenset[str]
    undergoer_types: frozenset[str]
    gift_kinds: tuple[str, ...]
    topic_types: frozenset[str]
    topic_preps: frozenset[str]


ARGS = view(EventArguments, "event_arguments.json")


def target_kinds(kind: str, mode: str | None = None) -> tuple[str, ...] | None:
    """The kinds the target of type KIND (in MODE, when the table names the mode) may be; None when
    the table states none."""
    if mode is not None and f"{kind}/{mode}" in ARGS.targets:
        return ARGS.targets[f"{kind}/{mode}"]
    return ARGS.targets.get(kind)


def takes_a_party(kind: str, mode: str | None) -> bool:
    """Whether the table states a target for KIND in MODE itself (COERCE's seize, arrest and deport:
    modes that take or hold a party)."""
    return mode is not None and f"{kind}/{mode}" in ARGS.targets


def on_a_medium(arg: Token, kind: str, mode: str | None) -> bool:
    """Whether ARG is a thing said written on a medium, property a seizure ('medium_targets') can
    take: a common noun first a thing said or thought ('thing_classes') whose second sense is one
    of the 'medium_classes' ('police seized documents', 'copies of the newspaper were seized')."""
    classes = noun_classes(arg)
    return f"{kind}/{mode}" in ARGS.medium_targets and len(classes) > 1 and \
        classes[0] in ARGS.thing_classes and classes[1] in ARGS.medium_classes


def kind_classes(kinds: tuple[str, ...]) -> frozenset[str]:
    """The WordNet classes of the kinds KINDS."""
    return frozenset(c for k in kinds for c in ARGS.kinds[k].classes)


def fits_target(arg: Token, kind: str, mode: str | None = None, governed: bool = False) -> bool:
    """Whether ARG can be the target of an event of type KIND: by the table's kinds, a common noun by
    its WordNet classes (``classes_fit``), a demonstrative pronoun (a thing or a claim) only when a
    kind is an act or a thing said ('demonstrative_kinds': 'this was rejected'; 'we are fighting
    this' strikes no one), a name unless spaCy labels it a thing none of the kinds names ('thing_ents');
    any argument of a type the table states no kind for, or, when ARG is the object of a verb the
    trigger GOVERNS ('threatened to take the factory'), of a type not among the 'governed_types'. For
    the 'officer_types', a relational noun of a party's person is a party (``officer_of_a_party``)."""
    kinds = target_kinds(kind, mode)
    if kinds is None or governed and kind not in ARGS.governed_types:
        return True
    if kind in ARGS.officer_types and officer_of_a_party(arg):
        return True                      # 'met the head of the Chinese delegation': 'head' is first a body part
    if demonstrative(arg):
        return bool(ARGS.demonstrative_kinds & set(kinds))   # 'this was rejected'; 'we are fighting this'
    if arg.ent_type_:
        return arg.ent_type_ not in ARGS.thing_ents or any(arg.ent_type_ in ARGS.kinds[k].ents for k in kinds)
    return classes_fit(noun_classes(arg), kind_classes(kinds))


def officer_of_a_party(arg: Token) -> bool:
    """Whether a common noun with a sense of a person has an 'of' phrase that names a party (a name
    of the party kind in it, or a common noun first a person or a group): a relational noun for one
    of that party's people ('met the head of the Chinese delegation', 'the head of the IAEA'),
    whatever its first sense ('head' is first a body part)."""
    if arg.ent_type_ or arg.pos_ != "NOUN" or "person" not in token_classes(arg):
        return False
    party = ARGS.kinds["party"]
    return any(o.ent_type_ in party.ents or (cls := token_classes(o)) and cls[0] in party.classes
               for o in of_objects(arg))


def demonstrative(arg: Token) -> bool:
    """A demonstrative pronoun standing alone ('we are fighting this', 'that has been attacked'): a
    thing or a claim, never a party."""
    return arg.lower_ in ARGS.demonstratives and arg.tag_ == "DT"


def classes_fit(classes: list[str], fitting: frozenset[str]) -> bool:
    """Whether a noun of CLASSES (first sense first) is of the FITTING classes: by its first sense or
    by half of its senses; more than half when its first sense is a thing said or thought
    ('thing_classes': 'attacked the Tory plans' are words; 'struck targets' is not). A noun WordNet
    lacks fits."""
    said = bool(classes) and classes[0] in ARGS.thing_classes
    return not classes or classes[0] in fitting or 2 * sum(c in fitting for c in classes) > len(classes) - (not said)


def passive_target(v: Token, key: list[Token]) -> Token | None:
    """The passive subject of a verb, outside the trigger's KEY, when it is a thing said, thought or
    made to be shown: a common noun first one of the 'thing_classes' ('the film was shot in Prague',
    'the plans were attacked by the Tories'), a demonstrative ('that has been attacked by the
    Tories as too little') or a name spaCy labels a thing ('thing_ents'). Only
    such a subject is read as the target: a passive subject first an act or a thing may be what the
    verb does or sends ('not a single shot had been fired', 'rockets were fired into Israel')."""
    subj = next((c for c in v.children if c.dep_ == "nsubjpass" and c not in key), None)
    if subj is None:
        return None
    if subj.ent_type_:
        return subj if subj.ent_type_ in ARGS.thing_ents else None
    if demonstrative(subj):
        return subj                      # 'that has been attacked by the Tories as too little'
    classes = noun_classes(subj)
    return subj if classes and classes[0] in ARGS.thing_classes else None


def passive_undergoer(v: Token, key: list[Token], kind: str) -> Token | None:
    """The passive subject of a verb, outside the trigger's KEY, for a type that sends nothing
    ('undergoer_types': a stance, cooperation): whatever it is, it is what the act is done to, and is
    judged as the direct object is ('The Mac mini has been welcomed by Apple fans' welcomes a thing
    made, as 'welcomed the Mac mini' does; 'the numbers were boosted' raises an amount). None for
    any other type, whose passive subject may be what the verb sends (``passive_target``)."""
    if kind not in ARGS.undergoer_types:
        return None
    return next((c for c in v.children if c.dep_ == "nsubjpass" and c not in key), None)


def topic_words(kind: str, words: list[Token]) -> set[int]:
    """The token indices of the topic phrases ('topic_preps') hung on the trigger's WORDS, for a type
    whose target is a party met ('topic_types'; empty for any other): 'the EC is due to start its own
    consultation on Europe wide adoption of UWB' consults neither Europe nor UWB; they are what it is
    about, and the one party alone consults no one."""
    if kind not in ARGS.topic_types:
        return set()
    return {x.i for w in words for p in w.children if p.dep_ == "prep" and p.lower_ in ARGS.topic_preps
            for x in p.subtree}


# a party, a place or property: what the material types act upon ('concrete' in the events room)
CONCRETE = kind_classes(("party", "place", "property"))
