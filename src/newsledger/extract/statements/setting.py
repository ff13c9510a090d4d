"""Where and when a statement was made: the channel ("on FREEDOM TV", "told Reuters") and the
date stated beside the cue ("said on Monday")."""
from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Token

from ...dates import calendar_date, day_of
from ...model import Span, Timex
from ...nlp.wordnet import head_class
from ..verbforms import present
from .cues import Cue
from .lexicon import Lexicon, lexicon, text_of
from .prospects import names_an_occasion


def channel(cue: Cue, content: list[Span], lex: Lexicon) -> str | None:
    """The medium named next to the cue: 'on the FREEDOM TV channel', 'told CNN', 'on Twitter',
    'told the BBC News website' (a medium's noun told, named by its proper-noun part)."""
    ch = lex.channels
    for c in cue.head.children:
        if _inside(c, content):
            continue
        if c.dep_ == "prep" and c.lower_ in ch.prepositions:
            name = _medium(c, lex)
            if name:
                return name
        if c.dep_ in ("dative", "dobj") and cue.head.lemma_ in ch.tell_verbs:
            if c.ent_type_ in ch.outlet_entity_types:
                return _proper_part(c, lex)
            name = _told_medium(c, lex)
            if name:
                return name
    return None


def _told_medium(noun: Token, lex: Lexicon) -> str | None:
    """'told the BBC News website' -> 'BBC News': a medium's noun told, by its proper-noun part; a
    people's adjective alone names no outlet ('the Argentine newspaper Clarin': Clarin is told)."""
    if noun.lower_ not in lex.channels.media_nouns:
        return None
    name = _proper_part(noun, lex)
    named = [t for t in noun.subtree if t.i < noun.i and (t.pos_ == "PROPN" or t.ent_type_) and t.dep_ != "det"]
    if not name or name.lower() == noun.lower_ or all(t.ent_type_ == "NORP" for t in named):
        return None
    return name


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
    reads as the day ('told BBC Radio 4's Today programme'); nor a duration (``_names_a_time``). A
    time that dates the content is no date said: one under a preposition of a period or a limit
    ('reporting a rise in profits for 2004', 'by 2007'), or any time on an expectation held now
    (``foresees_now``). The day said is a day ('on Thursday evening': that Thursday); a second
    cue joined to a first with no subject and no time of its own ('announced on Tuesday that
    ..., and said that ...') was said then too (``_first_conjunct``); words of preceding ('ahead
    of Sunday's vote', 'in the week leading up to the summit on 20 May') make the time a bound,
    not the day (``_day_said``)."""
    if foresees_now(cue.head, lex):
        return None
    for c in _dating_words(cue.head, lex) + _first_conjunct(cue.head, lex):
        if _inside(c, content) or marks_a_period(c, lex):
            continue
        lo, hi = c.left_edge.idx, c.right_edge.idx + len(c.right_edge)
        for tx in timexes:
            s, e = tx.span
            if s < hi and lo < e and not any(a <= s < b for a, b in content) and \
                    not (speaker and speaker[0] <= s < speaker[1]) and _names_a_time(tx) and _dates(c, tx):
                return _day_said(_words_before(c, s), day_of(tx.value), lex)
    return None


def _first_conjunct(verb: Token, lex: Lexicon) -> list[Token]:
    """The dating words of the cue VERB is joined to as a second cue of the same saying ('announced
    on Tuesday that ..., and said that ...': 'said' a conjunct of 'announced' with no subject of its
    own): one speaker's two reports in one sentence are told of one occasion."""
    first = verb.head
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
            or first.pos_ not in ("VERB", "AUX") or lex.verb_class(lex.lemma(first)) is None:
        return []
    return _dating_words(first, lex)


def _words_before(word: Token, start: int) -> str:
    """The words between the verb WORD dates (or the last punctuation mark) and the time at START:
    'ahead of the vote on' in 'Speaking ahead of the vote on Sunday', wherever the parse hangs
    the time."""
    doc = word.doc
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return ""
    i = span.start
    while i > span.sent.start and not doc[i - 1].is_punct and doc[i - 1].i != word.head.i:
        i -= 1
    return text_of(doc)[doc[i].idx:start] if i < span.start else ""


def _day_said(before: str, value: str, lex: Lexicon) -> str | None:
    """The day said, from a time VALUE and the words BEFORE it in the phrase that dates the saying.
    Words of preceding ('ahead of Sunday's vote', 'in the week leading up to the summit on 20 May',
    'on the eve of'; data ``preceding_words``) make the time a bound the saying came before, not
    its day: the day said is the stretch they measure back from it ('the eve of', 'the day
    before': that day; 'the week leading up to': the week before), else none."""
    words = re.sub(r"\s+", " ", before.lower())
    ch = lex.channels
    found = [m for w in ch.preceding_words for m in re.finditer(rf"\b{re.escape(w)}\b", words)]
    if not found:
        return value
    lead = max(found, key=lambda m: m.start())
    unit = (words[:lead.start()].split() or [""])[-1]
    days = ch.stretches_before.get(lead.group(0).split()[0], ch.stretches_before.get(unit))
    day = calendar_date(value)
    if days is None or day is None or len(day) != len("YYYY-MM-DD"):
        return None
    start = date.fromisoformat(day) - timedelta(days=days)
    return start.isoformat() if days == 1 else f"{start.isocalendar()[0]}-W{start.isocalendar()[1]:02d}"


_SAYING_CLASSES = ("communication", "cognition", "act", "event")   # WordNet noun classes of what holds a saying


def _dates(word: Token, tx: Timex) -> bool:
    """Whether the time TX within the phrase of WORD (a word hung on the cue) dates WORD's act:
    it is WORD's own time ('on Tuesday', 'last week'), or it reaches WORD through nouns of a saying
    or an occasion only ('in a report published last July', 'in a document on 7 March 2003', 'after
    Saturday's meeting': ``_of_a_saying``); under a common noun of anything else it dates that
    thing ('compared with a loss of 984m euros in 2003': the loss's year). A name on the way is
    left to the rules before (a title, 'the Mail on Sunday', or a parse that hangs the day on the
    speaker's name: 'In a statement issued on Wednesday Lord Woolf said')."""
    doc = word.doc
    span = doc.char_span(tx.span[0], tx.span[1], alignment_mode="expand")
    if span is None or word in span:
        return True
    tok = span.root
    while tok.i != word.i and tok.head.i != tok.i:
        tok = tok.head
        if tok.i != word.i and tok.pos_ == "NOUN" and not _of_a_saying(tok) and not _stretch(tok):
            return False
    return True


def _stretch(noun: Token) -> bool:
    """A noun that measures a stretch back from a time ('the eve of the summit on 20 May', 'the
    week leading up to it'; data ``stretches_before``): the saying is dated from that time."""
    return noun.lower_ in lexicon().channels.stretches_before


def _of_a_saying(noun: Token) -> bool:
    """A noun of what holds or occasions a saying: a message, a document or a plan (WordNet's
    communication and cognition nouns: 'report', 'speech', 'plan'), an act or an event, or an
    occasion ('after Saturday's meeting')."""
    return head_class(noun) in _SAYING_CLASSES or names_an_occasion(noun)



def marks_a_period(word: Token, lex: Lexicon) -> bool:
    """A preposition of a period or a limit (data/statements_channels.json ``period_prepositions``:
    'for 2004', 'by 2008', 'until May'): its time dates what is said, never the saying."""
    return word.dep_ == "prep" and word.lower_ in lex.channels.period_prepositions


def foresees_now(head: Token, lex: Lexicon) -> bool:
    """A cue of expecting in the present tense ('is expected', 'are forecast', 'expects'): the
    expectation is held on the day of the article, so a time on it says when what is foreseen
    comes ('By 2007, the population is expected to peak', 'In the first quarter the economy is
    expected to grow'), the forecast's horizon, not the day anyone said it; in the past ('In
    September, the IMF had expected ...') the time dates the expectation and stays."""
    if lex.lemma(head) not in lex.forecast.expectation_cues:
        return False
    return present(head)


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
