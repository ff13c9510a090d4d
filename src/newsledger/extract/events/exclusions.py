"""A body putting one of its own out of its ranks, and a penalty inflicted: PLOVER's SANCTION, not COERCE.

'UEFA banned Didier Drogba for three matches', 'the Labour Party barred Ken Livingstone from
standing': the hand lexicon codes 'ban' and the CAMEO dictionary codes 'bar' as a ban imposed
(CAMEO 172, COERCE 'restrict'), which PLOVER keeps for a power's repression of people it does not
hold as members ('the government banned the newspaper', 'police banned the march'). A sports body
banning an athlete, a league a club, a party its member reduces a relation it holds: PLOVER's
SANCTION 'expel' ('expulsions from groups'). The verb must have a sense of putting a person out of
a group by WordNet (``nlp.wordnet.excluding_verb``); the doer a body named that is no state and no
body of its government, police, army or courts (PETRARCH's agents, ``force_agents.json``); the one
excluded a person or a body named, not a thing ('banned camera phones'). bans32: a suspension coded
SANCTION 'discontinue' ('the IAAF suspended Kenteris') is the same expulsion, and a contest in the
verb's 'from' phrase ('banned him from the Olympics') is what one is put out of, no target.
legaltypes37: a verb whose first sense inflicts a penalty ('was jailed for three years', 'were fined
1m euros'), which the lexicons code as an arrest (CAMEO 173) or a restriction (172), is PLOVER's
SANCTION 'convict', as the hand lexicon codes 'sentence' and 'convict'.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ...nlp.wordnet import excluding_verb, penalizing_verb
from .contests import a_contest
from .lexicon import DEFINITIONS, FORCES
from .phrases import Ctx, child
from .triggers import Trigger, lemmas

STATE_TYPES = ("GPE", "NORP", "LOC")      # a country, its people or a region acts as a state
EXCLUDED_TYPES = ("PERSON", "ORG")        # one put out of a group: a person or a body
PERSONAL = ("him", "her", "them", "he", "she", "they")   # one put out, named before ('ban him')


def excluded_member(ctx: Ctx, t: Trigger, subj: Token | None, actors: list[str], targets: list[str]) -> Trigger:
    """T as PLOVER's expulsion from a group (``excluded_member`` in plover_definitions.json) when a
    body named, no state's, bans or bars a person or a body named (see the module docstring); T
    unchanged otherwise."""
    spec = DEFINITIONS.excluded_member
    if spec is None or t.type not in spec.types or t.noun is not None or t.via_control or not excluding_verb(t.event):
        return t
    doer = _doer(subj)
    if doer is None or not actors or not _body_named(ctx, doer, actors) or not _one_excluded(ctx, t, targets):
        return t
    return replace(t, type=spec.type, mode=spec.mode, cameo=spec.code)


def inflicted_penalty(t: Trigger) -> Trigger:
    """T as PLOVER's conviction (``penalty`` in plover_definitions.json) when its verb, coded as an
    arrest or a restriction, inflicts a penalty by its first WordNet sense ('was jailed for three
    years', 'were fined 1m euros': ``penalizing_verb``); T unchanged otherwise ('was detained')."""
    spec = DEFINITIONS.penalty
    if spec is None or t.type not in spec.types or t.noun is not None or t.via_control \
            or not any(penalizing_verb(w) for w in lemmas(t.event)):    # 'fined', parsed 'fin'
        return t
    return replace(t, type=spec.type, mode=spec.mode, cameo=spec.code)


def a_penalty(kind: str, mode: str | None) -> bool:
    """Whether an event of KIND and MODE is a conviction (``penalty``): undergone by the party named
    ('Liam Gallagher has been fined', 'was jailed in 1996'), it needs no actor named, as an arrest."""
    spec = DEFINITIONS.penalty
    return spec is not None and (kind, mode) == (spec.type, spec.mode)


def out_of_a_contest(ctx: Ctx, t: Trigger, targets: list[str]) -> list[str]:
    """TARGETS without the contest one is put out of: 'the decision to ban him from the Olympics',
    'was barred from the Commonwealth Games': the object of a 'from' phrase of a verb of excluding
    (``excluding_verb``) that is a contest (``contests.a_contest``: a named event, a contest or game
    by WordNet) says what the excluded one may not enter; PLOVER's target is the one excluded."""
    if t.noun is not None or not excluding_verb(t.event):
        return targets
    contests = [x for p in t.event.children if p.dep_ == "prep" and p.lower_ == "from"
                for x in p.children if x.dep_ == "pobj" and a_contest(x)]
    inside = {e for x in contests for w in x.subtree for e in ctx.ents_by_tok.get(w.i, [])}
    return [x for x in targets if x not in inside]


def _one_excluded(ctx: Ctx, t: Trigger, targets: list[str]) -> bool:
    """Whether the verb's object (or its passive's subject) is the one put out: a personal pronoun
    ('ban him'), or a phrase naming a target ('suspended Kenteris and Thanou'); every target a person
    or a body, named there or in the verb's 'from' phrase ('banned Chelsea from the Champions
    League'). Not a thing ('banned camera phones') nor a party named elsewhere ('suspended talks with
    the union' cuts exchanges with it)."""
    obj = child(t.event, ("dobj", "nsubjpass"))
    if obj is None or not all(ctx.types.get(x) in EXCLUDED_TYPES for x in targets):
        return False
    if obj.pos_ == "PRON":
        return obj.lower_ in PERSONAL
    froms = [p for p in t.event.children if p.dep_ == "prep" and p.lower_ == "from"]
    named = {e for w in obj.subtree for e in ctx.ents_by_tok.get(w.i, [])}
    put_out_of = {e for p in froms for w in p.subtree for e in ctx.ents_by_tok.get(w.i, [])}
    return bool(named & set(targets)) and all(x in named | put_out_of for x in targets)


def _doer(subj: Token | None) -> Token | None:
    """The head of the doer's phrase: the subject, or the object of a passive's 'by'."""
    if subj is not None and subj.dep_ == "agent":
        return child(subj, ("pobj",))
    return subj


def _body_named(ctx: Ctx, head: Token, actors: list[str]) -> bool:
    """Every actor a body the tagger named (ORG), its phrase headed by a name ('UEFA', 'the Football
    Association'), not a common noun ('a US judge', 'the government'), and no state or organ of
    one: no country's name, and no words of a government's bodies, its police, army or courts."""
    if head.pos_ != "PROPN" or head.ent_type_ in STATE_TYPES or not all(ctx.types.get(a) == "ORG" for a in actors):
        return False
    return not _of_a_state(head)


def _of_a_state(head: Token) -> bool:
    """The name's head, with the word before it or the whole name, is one of PETRARCH's agents of
    a state ('high court', 'supreme court', 'police', 'ministry')."""
    state = FORCES.government | FORCES.police | FORCES.military | FORCES.judiciary
    name = [c for c in head.lefts if c.dep_ == "compound"] + [head]
    forms = {head.lemma_.lower(), head.lower_, " ".join(w.lower_ for w in name[-2:]), " ".join(w.lower_ for w in name)}
    return bool(forms & state)
