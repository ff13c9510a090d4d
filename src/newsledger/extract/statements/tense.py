"""Whether a statement's content speaks of what will or may happen after it was said (the
forecast flag): future and modal auxiliaries over a verb that is not perfect, going-to,
intention verbs, forecast and commitment cues (FrameNet's Predicting, Commitment and Expectation
frames), forward-looking phrases, and a date in the content later than the day it was said."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ...dates import calendar_date
from ...model import Span, Timex
from .certainty import content_tokens
from .cues import Cue
from .lexicon import Lexicon, text_of


def is_forecast(doc: Doc, spans: list[Span], lex: Lexicon, cue: Cue | None = None) -> bool:
    """True when the content speaks of what will or may happen."""
    fc = lex.forecast
    if cue is not None and lex.lemma(cue.head) in fc.forecast_cues and not _negated(cue.head):
        return True
    text = " ".join(text_of(doc)[s:e] for s, e in spans).lower()
    return any(_forward(t, lex) for t in content_tokens(doc, spans)) or \
        any(p.search(text) for p in fc.future_phrases)


def _forward(t: Token, lex: Lexicon) -> bool:
    fc = lex.forecast
    if t.tag_ == "MD" and t.lower_ in fc.future_modals:
        return t.head.pos_ in ("VERB", "AUX") and t.head.tag_ != "VBD" and not _perfect(t.head)
    if t.lemma_.lower() in fc.intention_verbs and _takes_to(t, lex) and not _negated(t):
        return True
    if t.pos_ == "VERB" and t.tag_ not in ("VBD", "VBN") and lex.lemma(t) in fc.forecast_cues and not _negated(t):
        return True                   # 'We expect the first deliveries in August'; not 'pledged'
    return t.lower_ in fc.future_adjectives and t.dep_ == "amod"


def dated_after(timexes: list[Timex], spans: list[Span], made_on: str | None) -> bool:
    """A date inside the content that begins after the day the statement was made ('The troops
    come in September', said in May)."""
    day = calendar_date(made_on)
    if day is None:
        return False
    inside = (calendar_date(t.value) for t in timexes if any(s <= t.span[0] < e for s, e in spans))
    return any(v is not None and v > day and not day.startswith(v) for v in inside)


def _perfect(verb: Token) -> bool:
    """'could have been weakened': a modal over a perfect speaks of the past."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _takes_to(tok: Token, lex: Lexicon) -> bool:
    return any(c.dep_ == "xcomp" and any(g.lower_ in lex.cues.infinitive_markers for g in c.children)
               for c in tok.children)


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)
