"""Polarity: whether the speaker stands behind a statement's content or denies it.

"The ministry denied that Belarus plans to send troops" is the ministry's statement that the
troops are not coming, not a forecast that they are: the content is the denied claim and the
polarity is "denied". A statement is denied when its cue is a denial verb ("denied", "refuted",
"rejected claims that", data/cues.json ``polarity``), when its content opens with a denial frame
("there is no truth in reports that ...", "it is not true that ..."), or when its cue is negated
("did not say that", "does not believe that"): a negated cue asserts nothing of its content, and
"denied" is the polarity that keeps what it holds from being read as occurred or forecast. A
negated denial ("did not deny that") is affirmed.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ...model import Polarity, Span
from .cues import Cue
from .lexicon import Lexicon, text_of


def polarity(cue: Cue | None, doc: Doc, content: list[Span], lex: Lexicon) -> Polarity:
    """'denied' or 'affirmed' for a statement with CUE and CONTENT (see the module docstring)."""
    text = " ".join(text_of(doc)[s:e] for s, e in content).lower().lstrip()
    if any(p.search(text) for p in lex.cues.polarity.denial_frames):
        return "denied"
    if cue is None:
        return "affirmed"
    denial = lex.lemma(cue.head) in lex.cues.polarity.denial_verbs
    return "denied" if denial != _negated(cue) else "affirmed"


def _negated(cue: Cue) -> bool:
    return any(c.dep_ == "neg" for t in cue.tokens for c in t.children)
