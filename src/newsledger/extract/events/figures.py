"""Senses of event verbs that are no act of their type, told by WordNet (issue 14, idioms22).

'Attack him on that basis' criticises a man on grounds; 'he rang Lucy' telephones; 'the court
decided the practice discriminated against Roma' finds what is so; 'when he took the UK to war'
leads a country into a course of action (``senses.led_into_a_course`` reads this file's classes).
Each predicate reads the parse and the WordNet classes of the verb's first sense or of its
arguments' heads, as packaged (``data/wordnet_*.json``); which classes and phrases count is data
(``data/event_figures.json``)."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ...lexicons import view
from ...nlp.wordnet import VERBS, token_classes, verb_lemma, verb_state
from .cameo import verb_entry
from .lexicon import TRIGGERS


@dataclass(frozen=True)
class EventFigures:
    """data/event_figures.json."""

    judged_preps: frozenset[str]
    grounds_classes: frozenset[str]
    perceived_types: frozenset[str]
    perceived_classes: frozenset[str]
    placed_classes: frozenset[str]
    place_ents: frozenset[str]
    finding_types: frozenset[str]
    finding_codes: frozenset[str]
    decision_aux: frozenset[str]
    course_classes: frozenset[str]
    time_ents: frozenset[str]
    aimed_preps: frozenset[str]
    thing_stance_types: frozenset[str]
    thing_stance_classes: frozenset[str]


FIGURES = view(EventFigures, "event_figures.json")


def judged_on_grounds(v: Token) -> bool:
    """'I would never attack him on that basis', 'attack Mr Howard over his beliefs', 'will attack
    the Lib Dems for wanting to abolish faith schools': a 'judged_preps' phrase of a verb of
    attacking whose object is first a reason, a view or a record ('grounds_classes') or an act
    charged in a gerund names the grounds of a judgement: criticism, not force. A phrase that
    places or times the act ('attacked the base over the weekend', 'on Monday', a name) gives no
    grounds."""
    for p in (c for c in v.children if c.dep_ == "prep" and c.lower_ in FIGURES.judged_preps):
        for x in p.children:
            if x.dep_ == "pcomp" and x.tag_ == "VBG":
                return True
            if x.dep_ == "pobj" and _grounds(x):
                return True
    return False


def _grounds(x: Token) -> bool:
    """A common noun first of the 'grounds_classes' ('basis', 'beliefs', 'record'), not a name."""
    if x.ent_type_ or x.pos_ != "NOUN":
        return False
    classes = token_classes(x)
    return bool(classes) and classes[0] in FIGURES.grounds_classes


def described_noun(adj: Token, v: Token) -> Token | None:
    """The noun an adjective the parser took for a verb's object describes ('attacked Labour's
    "unfair" and over complicated taxes': 'unfair' parsed as the object, 'taxes' hung on 'over'):
    the first noun after it, within the verb's own phrase."""
    end = min(adj.i + 7, adj.sent.end)
    return next((t for t in adj.doc[adj.i + 1:end] if t.pos_ == "NOUN" and v in t.ancestors), None)


def possessed_noun(obj: Token) -> Token:
    """What a verb acts on when the parser took a possessor for its object ('were damaging
    Labour's re election chances': 'Labour' the object, with its "'s", and 'chances' hung on a
    preposition): the first noun after the possessive marker within the verb's phrase, else the
    object itself. A possessor is never what is acted on."""
    case = next((c for c in obj.children if c.dep_ == "case" and c.lower_ in ("'s", "'")), None)
    if case is None or obj.dep_ not in ("dobj", "obj"):
        return obj
    end = min(case.i + 6, obj.sent.end)
    return next((t for t in obj.doc[case.i + 1:end] if t.pos_ == "NOUN" and obj.head in t.ancestors), obj)


def perceived(kind: str, v: Token, cameo_only: bool) -> bool:
    """Whether a verb of force only the CAMEO dictionary codes (CAMEO_ONLY; the block 'encircle'
    codes 'ring') is first a verb of perception by WordNet ('perceived_classes': 'ring' is to
    sound, 'hurt' to feel pain) and no verb of criticising, unless it acts on a place or a thing
    ('troops ringed the city' keeps the block's sense): 'he rang Lucy as soon as he got her
    letter', 'when it rang subscribers' are telephone calls, not a party surrounded; 'the rise
    hurt the economy' strikes no one. The hand lexicon's own verbs keep their entries."""
    if kind not in FIGURES.perceived_types or not cameo_only or v.pos_ != "VERB":
        return False
    lemma = v.lemma_.lower()
    if any(k == lemma or k.startswith(lemma + " ") for k in TRIGGERS.verbs) or verb_lemma(v) in VERBS.critical:
        return False
    if verb_state(v) not in FIGURES.perceived_classes:
        return False
    held = next((c for c in v.children if c.dep_ in ("dobj", "obj", "nsubjpass")), None)
    return held is None or not _placed(held)


def _placed(x: Token) -> bool:
    """A place or a thing the force sense acts on ('troops ringed the city', 'ringed the base'): a
    name of a place, or a common noun first of WordNet's 'placed_classes'."""
    if x.ent_type_:
        return x.ent_type_ in FIGURES.place_ents
    classes = token_classes(x)
    return bool(classes) and classes[0] in FIGURES.placed_classes


def finds_what_is(kind: str, v: Token) -> bool:
    """Whether a verb of choosing the CAMEO dictionary codes as agreement ('finding_codes': 'decide',
    030) decides what is so: its complement is a clause with a subject of its own and no auxiliary
    of a course to take ('decision_aux'): 'the Court of Appeal decided the practice discriminated
    against Roma' states a finding (the statements room holds it), no agreement; 'decided that it
    would withdraw', 'decided to withdraw' and 'decided the matter' are decisions and stay."""
    entry = verb_entry(v)
    if kind not in FIGURES.finding_types or entry is None or entry.code not in FIGURES.finding_codes:
        return False
    clause = _stated_clause(v)
    return clause is not None and not any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in FIGURES.decision_aux for c in clause.children)


def _stated_clause(v: Token) -> Token | None:
    """A verb's complement clause with a subject of its own: a 'ccomp', or a past verb the parser hung
    on the object as a reduced relative ('decided the practice discriminated against Roma', the
    object its subject; 'decided the case brought against him' rules on a case, no agreement either)."""
    for c in v.children:
        if c.dep_ == "ccomp" and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children):
            return c
        if c.dep_ in ("dobj", "obj"):
            stated = next((a for a in c.children if a.dep_ == "acl" and a.tag_ in ("VBD", "VBN")), None)
            if stated is not None:
                return stated
    return None
