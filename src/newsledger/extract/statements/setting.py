"""Where and when a statement was made: the channel ("on FREEDOM TV", "told Reuters") and the
date stated beside the cue ("said on Monday")."""
from __future__ import annotations

from spacy.tokens import Token

from ...model import Span, Timex
from .cues import Cue
from .lexicon import Lexicon, text_of


def channel(cue: Cue, content: list[Span], lex: Lexicon) -> str | None:
    """The medium named next to the cue: 'on the FREEDOM TV channel', 'told CNN', 'on Twitter'."""
    ch = lex.channels
    for c in cue.head.children:
        if _inside(c, content):
            continue
        if c.dep_ == "prep" and c.lower_ in ch.prepositions:
            name = _medium(c, lex)
            if name:
                return name
        if c.dep_ in ("dative", "dobj") and cue.head.lemma_ in ch.tell_verbs and c.ent_type_ in ch.outlet_entity_types:
            return _proper_part(c, lex)
    return None


def names_a_medium(prep: Token, lex: Lexicon) -> bool:
    """'was announced on state television', 'said on Twitter', 'criticised the plan on GMTV's Sunday
    Programme': a preposition whose object is a medium (channels lexicon) says where it was said,
    not what ('asked about the article' is what) nor to whom (the event layer's targets)."""
    return prep.lower_ in lex.channels.prepositions and \
        any(o.dep_ == "pobj" and o.lemma_.lower() in lex.channels.media_nouns for o in prep.children)


def _medium(prep: Token, lex: Lexicon) -> str | None:
    ch = lex.channels
    for pobj in prep.children:
        if pobj.dep_ != "pobj":
            continue
        if pobj.lower_ in ch.with_nouns:
            for p2 in pobj.children:
                obj = next((g for g in p2.children if g.dep_ == "pobj"), None) if p2.lower_ in ch.with_prepositions else None
                if obj is not None and obj.ent_type_ in ch.outlet_entity_types:
                    return _proper_part(obj, lex)
            continue
        if pobj.text in ch.named_platforms:
            return pobj.text
        if pobj.lower_ in ch.media_nouns:
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
    for w in lex.channels.strip_words:
        if text.lower().startswith(w + " "):
            text = text[len(w) + 1:]
        if text.lower().endswith(" " + w):
            text = text[: -len(w) - 1]
    return text or None


def _inside(tok: Token, spans: list[Span]) -> bool:
    return any(s <= tok.idx < e for s, e in spans)


def said_on(cue: Cue, timexes: list[Timex], content: list[Span], speaker: Span | None, lex: Lexicon) -> str | None:
    """The value of a time expression attached to the cue ('said on Tuesday'), or to a participle
    of speaking that frames it ('Speaking on Tuesday, X said'), outside the content and speaker.
    A day resolves against the publication date, or stays a weekday when there is none; a
    reference to the present, past or future names no day and gives none: 'said today' in an
    article with no date, 'now says', 'recently announced', and the programme the time tagger
    reads as the day ('told BBC Radio 4's Today programme'); nor a duration (``_names_a_time``)."""
    for c in _dating_words(cue.head, lex):
        if _inside(c, content):
            continue
        lo, hi = c.left_edge.idx, c.right_edge.idx + len(c.right_edge)
        for tx in timexes:
            s, e = tx.span
            if s < hi and lo < e and not any(a <= s < b for a, b in content) and \
                    not (speaker and speaker[0] <= s < speaker[1]) and _names_a_time(tx):
                return tx.value
    return None


def _names_a_time(tx: Timex) -> bool:
    """TX says when, not how long or how often: a duration or a set ('four hours later', 'during his
    nearly 22 years in Parliament', 'in its five year plan', 'every week') dates no saying, nor does
    a reference to the present, past or future, or a year left unknown ('last year' in an article
    with no date: 'XXXX')."""
    return tx.type in ("DATE", "TIME") and not tx.value.startswith("P") and not tx.value.endswith("_REF") \
        and tx.value != "XXXX"


def _dating_words(head: Token, lex: Lexicon) -> list[Token]:
    """The words that may date HEAD's saying: its own adverbials, then those of a subjectless
    participle of the same act hung on it or on its subject ('Speaking on Tuesday, he said', 'Mr
    X, speaking on BBC Radio on Tuesday, said')."""
    own = [c for c in head.children if c.dep_ in _DATING]
    hung = [c for c in head.children if c.dep_ == "advcl"] + \
        [p for c in head.children if c.dep_ == "nsubj" for p in c.children if p.dep_ == "acl"]
    framing = [g for c in hung if c.tag_ == "VBG" and not any(x.dep_ in ("nsubj", "nsubjpass", "mark") for x in c.children)
               and c.lemma_.lower() in lex.channels.framing_participles for g in c.children if g.dep_ in _DATING]
    return own + framing


_DATING = ("prep", "npadvmod", "advmod", "tmod", "pobj")
