"""The tense of the verb a time expression modifies, read from the parse: what resolves a weekday,
a month or a season named without its year ('on Wednesday', 'in March').

TimeML resolves such an underspecified date by the tense of the event it anchors (HeidelTime's
'UNDEF-REF' values take the tense of their sentence): told in the past, the last one on or before
the reference day; in the future, the next one; a present of schedule or plan ('meets on
Friday', 'is meeting on Friday') and a prospective infinitive ('plans to vote on Monday') look
ahead too. The verb is the one the expression hangs from in the parse — the word next to it may
belong to another clause ('said in a video address on Wednesday that Kyiv will seek ...': the
Wednesday of the saying, in the past). Where the form says nothing (a modal of ability, an
infinitive under a past verb, no verb at all) this gives None and the words around the expression
decide (``anchor.tense_at``)."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..verbforms import PRESENT, perfect, predicate_at
from .anchor import TenseAt
from .patterns import LEX

Tense = str | None

_FUTURE = "future"
_PAST = "past"


def clause_tense(doc: Doc) -> TenseAt:
    """A function of a character span of DOC's text: the tense of the verb the words there modify
    ('past', 'future'), or None when the parse does not say."""
    def tense(start: int, end: int) -> Tense:
        words = doc.char_span(start, end, alignment_mode="expand")
        return time_tense(words.root) if words is not None else None
    return tense


def time_tense(root: Token) -> Tense:
    """The tense that places the time expression whose head is ROOT: its verb's, unless the time
    classifies a noun ('a June agreement'), or lies inside the verb's subject ('the rise
    in lending in December reinforces ...': it dates that thing, not the verb's act; a noun of an
    adjunct, 'said in a video address on Wednesday', does not stop it), or an adjective other than
    the verb's own predicate stands between ('effective Feb. 1'; not 'will be ready for Saturday'),
    or an ordering preposition puts it on the other side of the act (data ``clause_tense``)."""
    words = LEX.clause_tense
    if root.dep_ in words.classifying_deps:
        return None
    tok = root
    while tok.pos_ not in ("VERB", "AUX"):
        if tok.head.i == tok.i or tok.pos_ == "ADJ" and tok.dep_ != "acomp" or tok.dep_ in words.subject_deps:
            return None
        tok = tok.head
    tense = verb_tense(tok)
    order = _ordering_word(root)
    if tense == _PAST and order in words.later_than_the_act or tense == _FUTURE and order in words.earlier_than_the_act:
        return None
    return tense


def _ordering_word(root: Token) -> str:
    """The preposition ROOT is the object of, by its first word ('until', 'ahead' of 'ahead of')."""
    prep = root.head if root.dep_ == "pobj" else None
    if prep is None:
        return ""
    if prep.lower_ in ("of", "to") and prep.head.i != prep.i and prep.head.pos_ in ("ADV", "ADJ"):
        return prep.head.lower_
    return prep.lower_


def verb_tense(verb: Token) -> Tense:
    """The time VERB's form puts its act at, from the day of writing (Penn tags on the verb and its
    auxiliaries; the modals of the time room's ``future_auxiliaries``)."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    modal = next((a for a in aux if a.tag_ == "MD"), None)
    if modal is not None:
        return _modal_tense(verb, modal)
    if any(a.tag_ == "VBD" for a in aux) or perfect(verb):
        return _PAST                                  # 'was held', 'has met', 'had said', 'did not say'
    if any(a.tag_ in PRESENT for a in aux):
        return _FUTURE                                # 'is meeting on Friday', 'are published on Monday'
    if verb.tag_ == "VBD":
        return _PAST
    if verb.tag_ in PRESENT:
        return None if verb.lower_ in LEX.reporting_verbs else _FUTURE   # 'says': the reporter's present
    if verb.tag_ == "VBN":
        return _PAST                                  # 'the deal signed on Friday'
    return _nonfinite_tense(verb, aux)


def _modal_tense(verb: Token, modal: Token) -> Tense:
    """'will meet', 'would be ready', 'may come' ahead; a modal's perfect ('may have been') behind;
    'could', the past of 'can' as much as a chance ahead, says neither (data ``clause_tense``)."""
    word = modal.lower_
    if word in LEX.clause_tense.modals_of_either_time:
        return None
    if perfect(verb):
        return None if word in LEX.future_auxiliaries else _PAST
    return _FUTURE


def _nonfinite_tense(verb: Token, aux: list[Token]) -> Tense:
    """An infinitive looks ahead of the verb it completes: ahead of one in the present or the future
    ('plans to hold a conference on Tuesday'), unknown under a past one ('agreed to meet on
    Friday': after the agreement, before or after the day of writing). A participle with no
    auxiliary shares its governor's time ('Speaking on Wednesday, he said')."""
    head = predicate_at(verb.head) if verb.head.i != verb.i else None
    above = verb_tense(head) if head is not None and head.i != verb.i else None
    if any(a.lower_ == "to" for a in aux):
        return _FUTURE if above == _FUTURE or head is not None and head.tag_ in PRESENT else None
    return above if verb.tag_ == "VBG" else None

