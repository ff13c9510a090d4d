"""What a statement's words commit to: certainty, whether it is a forecast, where and when it was said.

Certainty is the weaker of the cue's class and the content's own hedges ("may", "possibly",
"I am sure", "in our opinion"); the hedges count where they govern a clause of the content,
so a "may" deep inside a subordinate clause does not weaken the whole claim.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from newsledger.extract.attribution import Cue
from newsledger.extract.statement_lexicon import Lexicon, text_of
from newsledger.model import Span, Timex

_RANK = {"speculated": 0, "believed": 1, "asserted": 2}
_CLAUSE_DEPS = ("ROOT", "ccomp", "conj", "xcomp", "parataxis")


def weaker(a: str, b: str) -> str:
    return a if _RANK[a] <= _RANK[b] else b


def content_tokens(doc: Doc, spans: list[Span]) -> list[Token]:
    out: list[Token] = []
    for s, e in spans:
        sp = doc.char_span(s, e, alignment_mode="expand")
        if sp is not None:
            out.extend(sp)
    return out


def certainty(cue_class: str, doc: Doc, spans: list[Span], lex: Lexicon) -> str:
    """The weaker of the cue's class and what the content itself says."""
    return weaker(cue_class, content_certainty(doc, spans, lex))


def content_certainty(doc: Doc, spans: list[Span], lex: Lexicon) -> str:
    text = " ".join(text_of(doc)[s:e] for s, e in spans).lower()
    toks = content_tokens(doc, spans)
    inside = {t.i for t in toks}
    modals, adverbs = lex.hedges["speculative_modals"], lex.hedges["speculative_adverbs"]
    for t in toks:
        clause = t.head if t.head.i in inside else t
        if t.lower_ in modals and t.tag_ == "MD" and _clause_head(clause):
            return "speculated"
        if t.lower_ in adverbs and _clause_head(clause):
            return "speculated"
    if any(p.search(text) for p in lex.speculative_re):
        return "speculated"
    if any(p.search(text) for p in lex.belief_re):
        return "believed"
    return "asserted"


def _clause_head(tok: Token) -> bool:
    return tok.dep_ in _CLAUSE_DEPS or tok.pos_ in ("VERB", "AUX")


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


def channel(cue: Cue, content: list[Span], lex: Lexicon) -> str | None:
    """The medium named next to the cue: 'on the FREEDOM TV channel', 'told CNN', 'on Twitter'."""
    ch = lex.channels
    for c in cue.head.children:
        if _inside(c, content):
            continue
        if c.dep_ == "prep" and c.lower_ in ch["prepositions"]:
            name = _medium(c, lex)
            if name:
                return name
        if c.dep_ in ("dative", "dobj") and cue.head.lemma_ in ch["tell_verbs"] and c.ent_type_ in ch["outlet_entity_types"]:
            return _proper_part(c, lex)
    return None


def _medium(prep: Token, lex: Lexicon) -> str | None:
    ch = lex.channels
    for pobj in prep.children:
        if pobj.dep_ != "pobj":
            continue
        if pobj.lower_ in ch["with_nouns"]:
            for p2 in pobj.children:
                obj = next((g for g in p2.children if g.dep_ == "pobj"), None) if p2.lower_ == "with" else None
                if obj is not None and obj.ent_type_ in ch["outlet_entity_types"]:
                    return _proper_part(obj, lex)
            continue
        if pobj.text in ch["named_platforms"]:
            return pobj.text
        if pobj.lower_ in ch["media_nouns"]:
            name = _proper_part(pobj, lex)
            if name and name.lower() != pobj.lower_:
                return name
    return None


def _proper_part(tok: Token, lex: Lexicon) -> str | None:
    """The proper-noun words of TOK's phrase ('the FREEDOM TV channel' -> 'FREEDOM TV')."""
    words = [t for t in tok.subtree if t.i <= tok.i and (t.pos_ == "PROPN" or t.ent_type_) and t.dep_ != "det"]
    if not words:
        return tok.text if tok.pos_ == "PROPN" else None
    doc = tok.doc
    text = text_of(doc)[words[0].idx:words[-1].idx + len(words[-1])]
    for w in lex.channels["strip_words"]:
        if text.lower().startswith(w + " "):
            text = text[len(w) + 1:]
        if text.lower().endswith(" " + w):
            text = text[: -len(w) - 1]
    return text or None


def _inside(tok: Token, spans: list[Span]) -> bool:
    return any(s <= tok.idx < e for s, e in spans)


def said_on(cue: Cue, timexes: list[Timex], content: list[Span], speaker: Span | None) -> str | None:
    """The value of a time expression attached to the cue, outside the content and speaker."""
    for c in cue.head.children:
        if c.dep_ not in ("prep", "npadvmod", "advmod", "tmod", "pobj") or _inside(c, content):
            continue
        lo, hi = c.left_edge.idx, c.right_edge.idx + len(c.right_edge)
        for tx in timexes:
            s, e = tx.span
            if s < hi and lo < e and not any(a <= s < b for a, b in content) and \
                    not (speaker and speaker[0] <= s < speaker[1]):
                return tx.value
    return None
