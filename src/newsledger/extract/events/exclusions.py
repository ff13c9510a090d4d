"""A body putting one of its own out of its ranks: PLOVER's SANCTION, not COERCE.

'UEFA banned Didier Drogba for three matches', 'the Labour Party barred Ken Livingstone from
standing': the hand lexicon codes 'ban' and the CAMEO dictionary codes 'bar' as a ban imposed
(CAMEO 172, COERCE 'restrict'), which PLOVER keeps for a power's repression of people it does not
hold as members ('the government banned the newspaper', 'police banned the march'). A sports body
banning an athlete, a league a club, a party its member reduces a relation it holds: PLOVER's
SANCTION 'expel' ('expulsions from groups'). The verb must have a sense of putting a person out of
a group by WordNet (``nlp.wordnet.excluding_verb``); the doer a body named that is no state and no
body of its government, police, army or courts (PETRARCH's agents, ``force_agents.json``); the one
excluded a person or a body named, not a thing ('banned camera phones').
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ...nlp.wordnet import excluding_verb
from .lexicon import DEFINITIONS, FORCES
from .phrases import Ctx, child
from .triggers import Trigger

STATE_TYPES = ("GPE", "NORP", "LOC")      # a country, its people or a region acts as a state
EXCLUDED_TYPES = ("PERSON", "ORG")        # one put out of a group: a person or a body


def excluded_member(ctx: Ctx, t: Trigger, subj: Token | None, actors: list[str], targets: list[str]) -> Trigger:
    """T as PLOVER's expulsion from a group (``excluded_member`` in plover_definitions.json) when a
    body named, no state's, bans or bars a person or a body named (see the module docstring); T
    unchanged otherwise."""
    spec = DEFINITIONS.excluded_member
    if spec is None or t.type not in spec.types or t.noun is not None or t.via_control or not excluding_verb(t.event):
        return t
    doer = _doer(subj)
    if doer is None or not actors or not targets or not _body_named(ctx, doer, actors):
        return t
    if not all(ctx.types.get(x) in EXCLUDED_TYPES for x in targets):
        return t
    return replace(t, type=spec.type, mode=spec.mode, cameo=spec.code)


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
