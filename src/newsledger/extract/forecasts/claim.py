"""A forecast's own words: the clause of its statement's content that predicts.

A statement's content is what was said, often several claims at once: a quote of three sentences
with one future clause, a present judgement joined to a prediction ('The party is not listening.
People will not be fooled.'). What is checked by the horizon is the predicting clause alone: the
clause whose verb carries a forward marker that predicts (a future or possibility modal, a plan or
expectation verb with its complement, a predicate of likelihood: ``ahead.predicting_markers``),
with its subject; several such clauses of one sentence make one claim. With no marker the parse
can name (a cue of predicting outside the content, 'predicted that ...', or a date ahead), the
content's first sentence. The span is kept inside the content: a clause runs on only through the
content's own words.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ...model import Span, Statement
from ..statements.certainty import content_tokens
from .ahead import marked_verb
from .rules import rules

# the dependencies of a clause's edge words that join it to what it hangs from, not what it says
# (a subordinator of condition, 'if', is kept: it is part of what is foreseen)
_JOINERS = ("mark", "cc", "punct")


def claim_span(doc: Doc, s: Statement, markers: list[Token]) -> Span | None:
    """The character span of the clause(s) of S's content that predict (module docstring); None
    when the content has no word the parse reads."""
    toks = content_tokens(doc, s.content_spans)
    if not toks:
        return None
    inside = {t.i for t in toks}
    if markers:
        sent = min(markers, key=lambda t: t.i).sent
        marked = {m.i for m in markers}
        words = {i for m in markers if m.sent == sent for i in _clause(m, marked)} & inside
    else:
        sent = toks[0].sent
        words = {t.i for t in toks if t.sent == sent}
    return _edges(doc, sorted(words), s.content_spans)


def _clause(marker: Token, markers: set[int]) -> set[int]:
    """The token indices of the clause a forward marker predicts in: its verb's subtree (a modal's
    verb, a predicate's copula) without the clauses joined to it that have a subject of their own
    and predict nothing (a coordinated clause, 'Sales are flat and prices will rise'; a reported
    clause before it, 'our sales have stalled, so we plan to ...'); a coordinated verb without a
    subject of its own keeps its first conjunct's ('Sales fell and will fall again')."""
    verb = marked_verb(marker)
    words = {t.i for t in verb.subtree}
    if verb.dep_ == "conj" and not _has_subject(verb):
        subject = next((c for c in verb.head.children if c.dep_ in _SUBJECTS), None)
        if subject is not None:
            words |= {t.i for t in subject.subtree}
    apart = [c for c in verb.children if _has_subject(c) and not markers & {t.i for t in c.subtree}
             and (c.dep_ in ("conj", "parataxis") or c.dep_ == "ccomp" and c.i < verb.i)]
    return words - {t.i for c in apart for t in c.subtree}


_SUBJECTS = ("nsubj", "nsubjpass", "expl", "csubj")


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in _SUBJECTS for c in verb.children)


def _joins(t: Token) -> bool:
    """A word that joins a clause to what came before: 'that', 'and', a comma, a connective adverb
    ('so', 'then'); not a subordinator of condition ('if', 'unless')."""
    return t.dep_ in _JOINERS and t.lower_ not in rules().condition_marks or t.lower_ in rules().claim_connectives


def _edges(doc: Doc, words: list[int], spans: list[Span]) -> Span | None:
    """From the first to the last word, without the joining words at its start (``_joins``) nor a
    comma or 'and' at its end, cut to the content's own extent."""
    while len(words) > 1 and _joins(doc[words[0]]):
        words = words[1:]
    while len(words) > 1 and (doc[words[-1]].is_punct or doc[words[-1]].dep_ == "cc"):
        words = words[:-1]
    if not words:
        return None
    start, end = doc[words[0]].idx, doc[words[-1]].idx + len(doc[words[-1]])
    lo, hi = min(a for a, _ in spans), max(b for _, b in spans)
    start, end = max(start, lo), min(end, hi)
    return (start, end) if start < end else None
