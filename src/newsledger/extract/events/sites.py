"""A place named in an event's sentence is where it happened, not whom it touched (issue 14: 'a
location is the event's place, not its target').

PLOVER's recipient is a party: a state, a body, a person. A state, a region or a building (spaCy's
GPE, LOC and FAC) that the sentence names only after a preposition of where is no party of the act
('a halt to construction work at the Three Gorges Dam', 'welcomed a decision to throw out a law
relating to sodomy in Texas', 'frozen nuclear facilities at Yongbyon'), unless it is all that says
who an unnamed party is ('rival militias in Tripoli', 'refugees fleeing the civil war in
Liberia'). Named anywhere else in the sentence it stays a party ('sanctions on Iran', "Ireland's
introduction of lower taxes", 'the UK government', 'pledged to give Kenya aid', 'to integrate the
Maserati car company', whatever type the tagger gave the firm). A place compounded before an event
noun is as often the party ('Kenya aid') as the site ('the Brixton riots'), and stays.
"""
from __future__ import annotations

from spacy.tokens import Token

from ...nlp.wordnet import party_word
from .phrases import PLACE_PREPS, PLACE_TYPES, Ctx, named
from .senses import persons
from .triggers import Trigger


def where_not_whom(ctx: Ctx, t: Trigger, ids: list[str]) -> list[str]:
    """IDS less the places the event's sentence names only as where (see the module's doc)."""
    sent = t.event.sent
    return [e for e in ids if not (ctx.types.get(e) in PLACE_TYPES and _only_where(ctx, e, sent.start, sent.end))]


def _only_where(ctx: Ctx, eid: str, start: int, end: int) -> bool:
    """Whether every mention of EID between START and END says where (``_says_where``)."""
    heads = [ctx.doc[i] for i, found in ctx.ents_by_tok.items()
             if eid in found and start <= i < end and eid not in ctx.ents_by_tok.get(ctx.doc[i].head.i, [])]
    return bool(heads) and all(_says_where(ctx, w) for w in heads)


def _says_where(ctx: Ctx, name: Token) -> bool:
    """A place's name (the head word of its mention) after a preposition of where ('in Texas', 'at
    Heathrow', also as a later conjunct: 'in Kent and Essex'), where the place is not all that says
    who a party is (``_stands_for_people``)."""
    while name.dep_ == "conj" and name.head != name:
        name = name.head
    return name.dep_ == "pobj" and name.head.lower_ in PLACE_PREPS and not _stands_for_people(ctx, name.head.head)


def _stands_for_people(ctx: Ctx, head: Token) -> bool:
    """'ended mediation efforts between rival militias in Tripoli', 'food aid to refugees fleeing the
    civil war in Liberia': a place after a party no name covers (HEAD, the word its phrase hangs on,
    a common noun first a person or a group), or inside a participle describing persons, is what
    says who they are, and PLOVER's gold names the party by it, as the events room reads
    'Prosecutors in Milan' (``phrases._whereabouts``)."""
    if head.pos_ == "NOUN" and not named(ctx, head) and party_word(head.lemma_.lower()):
        return True
    for w in (head, *head.ancestors):
        if w.dep_ == "acl" and w.tag_ in ("VBG", "VBN"):
            return persons(w.head)          # 'refugees fleeing ...', not 'a law relating to sodomy in Texas'
        if w.pos_ in ("VERB", "AUX"):
            return False                    # the phrase ends at a clause of its own
    return False
