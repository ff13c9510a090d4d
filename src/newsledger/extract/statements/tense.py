"""Whether a statement's content speaks of what will or may happen after it was said (the
forecast flag): future auxiliaries, going-to, forward-looking verbs and phrases."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ...model import Span
from .certainty import content_tokens
from .lexicon import Lexicon, text_of


def is_forecast(doc: Doc, spans: list[Span], lex: Lexicon) -> bool:
    """True when the content speaks of what will or may happen."""
    fc = lex.forecast
    toks = content_tokens(doc, spans)
    text = " ".join(text_of(doc)[s:e] for s, e in spans).lower()
    for t in toks:
        if t.tag_ == "MD" and t.lower_ in fc["future_modals"]:
            if t.head.pos_ in ("VERB", "AUX") and t.head.tag_ != "VBD":
                return True
        if t.lemma_.lower() in fc["intention_verbs"] and _takes_to(t) and not _negated(t):
            return True
        if t.lower_ in fc["future_adjectives"] and t.dep_ == "amod":
            return True
    return any(p.search(text) for p in lex.future_re)


def _takes_to(tok: Token) -> bool:
    return any(c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children) for c in tok.children)


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)
