"""Antecedents of pronoun and description speakers: who "he" or "the opposition figure" is.

The antecedent is the most recent compatible named mention before the speaker mention: a named
speaker of an earlier statement, or a named person who is the subject of a sentence outside
any quoted or reported content (a name inside someone's words is not who speaks next).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from ...model import Span
from ...nlp.components import doc_ents
from .lexicon import Lexicon
from .speakers import mention_span

if TYPE_CHECKING:
    from .content import Draft

_PERSONLIKE = {"PERSON", "NAME"}
_GROUPLIKE = {"ORG", "NORP", "GPE"}


@dataclass
class _Named:
    pos: int
    span: Span
    label: str


def resolve_antecedents(doc: Doc, drafts: list["Draft"], lex: Lexicon) -> dict[int, Span]:
    """Maps id(draft) to the named mention its pronoun or description speaker stands for."""
    named = _person_subjects(doc, drafts, lex)
    out: dict[int, Span] = {}
    for d in sorted(drafts, key=_mention_pos):
        if d.speaker is None or d.speaker.span is None or d.speaker.token is None:
            continue
        if d.speaker.antecedent is not None:
            out[id(d)] = mention_span(d.speaker.antecedent, lex)
            continue
        label = _label(doc, d.speaker.span, _root(doc, d.speaker.span, d.speaker.token), lex)
        if label is not None:
            named.append(_Named(d.speaker.span[0], d.speaker.span, label))
            continue
        want = _wanted(d.speaker.token, lex)
        if want is None:
            continue
        ante = _latest(named, d.speaker.span[0], want, lex.speakers["antecedent_window_chars"])
        if ante is not None:
            out[id(d)] = ante.span
            named.append(_Named(d.speaker.span[0], ante.span, ante.label))
    return out


def _mention_pos(d: "Draft") -> int:
    if d.speaker is not None and d.speaker.span is not None:
        return d.speaker.span[0]
    return d.start


def _root(doc: Doc, span: Span, fallback):
    """The head word of the speaker mention (the name in an apposition, not the title)."""
    sp = doc.char_span(span[0], span[1], alignment_mode="expand")
    return sp.root if sp is not None else fallback


def _label(doc: Doc, span: Span, head, lex: Lexicon) -> str | None:
    """The kind of a named mention (PERSON, ORG...); None for pronouns and descriptions.
    The small model often tags a foreign person's name ORG: a short all-proper-noun name
    without an organisation word counts as a person."""
    ent = next((e for e in doc_ents(doc) if e.start_char <= span[0] < e.end_char or span[0] <= e.start_char < span[1]), None)
    if ent is None or not (ent.start <= head.i < ent.end):
        return "NAME" if head.pos_ == "PROPN" else None
    if ent.label_ == "ORG" and _name_like(ent, lex):
        return "PERSON"
    return ent.label_


def _name_like(ent, lex: Lexicon) -> bool:
    words = [t for t in ent if t.pos_ != "DET"]
    return 2 <= len(words) <= 3 and all(t.pos_ == "PROPN" and t.is_title for t in words) and \
        not any(t.lower_ in lex.speakers["organisation_words"] for t in words)


def _wanted(tok, lex: Lexicon) -> set[str] | None:
    """Which kind of named mention a pronoun or description may stand for."""
    sp = lex.speakers
    low = tok.lower_
    if low in sp["person_pronouns"]:
        return _PERSONLIKE
    if low in sp["group_pronouns"]:
        return _GROUPLIKE
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in sp["person_nouns"] and tok.tag_ != "NNS":
        return _PERSONLIKE
    return None


def _latest(named: list[_Named], pos: int, want: set[str], window: int) -> _Named | None:
    cands = [n for n in named if n.pos < pos and pos - n.pos <= window and n.label in want]
    return max(cands, key=lambda n: n.pos) if cands else None


def _person_subjects(doc: Doc, drafts: list["Draft"], lex: Lexicon) -> list[_Named]:
    """Named persons that are sentence subjects outside every statement's content."""
    contents = [s for d in drafts for s in d.content]
    out = []
    for ent in doc_ents(doc):
        person = ent.label_ == "PERSON" or (ent.label_ == "ORG" and _name_like(ent, lex))
        if not person or ent.root.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if any(s <= ent.start_char < e for s, e in contents):
            continue
        out.append(_Named(ent.start_char, (ent.start_char, ent.end_char), "PERSON"))
    return out
