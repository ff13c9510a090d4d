"""A forecast's own words: the clause of its statement's content that predicts.

A statement's content is what was said, often several claims at once: a quote of three sentences
with one future clause, a present judgement joined to a prediction ('The party is not listening.
People will not be fooled.'). What is checked by the horizon is the predicting clause alone: the
clause whose verb carries a forward marker that predicts (a future or possibility modal, a plan or
expectation verb with its complement, a predicate of likelihood: ``ahead.predicting_markers``),
with its subject; several such clauses of one sentence make one claim, in the sentence that states
by when if one does ('We will defend it. It will end in a strike, if not this spring then next'),
else in the first. A marker describing a noun ('reforms aimed at ...') makes no clause; a
relative clause keeps what it relates to: a free relative ('what he will do') is the predicate of
its copula ('cutting tax is what he will do'), a relative clause's antecedent is its noun ('buyers
who could bid'). With a cue of predicting ('is expected to', 'predicted that'), whose complement
is all foreseen, or no marker the parse can name (a date ahead), the content's first sentence. The span is kept inside the
content: a clause runs on only through the content's own words, save its subject set right before it
(``_with_subject``), with no one named to expect it, the thing expected ('The next hearing is
expected on 6 January', ``_with_thing_expected``), and the noun a relative cue leaves a gap for
('the profits it expected to make next year', ``_with_antecedent``).
"""
from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ...model import Span, Statement, Timex
from ..statements.certainty import content_certainty, content_tokens, weaker
from ..statements.cues import as_cue
from ..statements.lexicon import lexicon
from ..verbforms import TENSES, carries
from .ahead import forward_marker, marked_verb, negating_frame
from .horizons import times_ahead
from .rules import rules

# the dependencies of a clause's edge words that join it to what it hangs from, not what it says
# (a subordinator of condition, 'if', is kept: it is part of what is foreseen)
_JOINERS = ("mark", "cc", "punct")


def claim_span(doc: Doc, s: Statement, markers: list[Token], timexes: list[Timex]) -> Span | None:
    """The character span of the clause(s) of S's content that predict (module docstring); None
    when the content has no word the parse reads."""
    toks = content_tokens(doc, s.content_spans)
    if not toks:
        return None
    inside = {t.i for t in toks}
    clauses = [m for m in markers if not _modifies_a_noun(m)]
    predicting = _predicting_cue(doc, s)
    if clauses and not predicting:
        timed = _timed_sentences(doc, s, timexes)
        sent = next((m.sent for m in clauses if m.sent.start in timed), clauses[0].sent)
        marked = {m.i for m in clauses}
        words = {i for m in clauses if m.sent == sent for i in _clause(m, marked)} & inside
    else:
        sent = toks[0].sent if predicting else _first_timed(doc, s, toks, timexes)
        words = {t.i for t in toks if t.sent == sent}
    claim = _with_subject(doc, s, _edges(doc, sorted(words), s.content_spans))
    claim = _with_thing_expected(doc, s, _with_cue_object(doc, s, claim))
    return _with_antecedent(doc, s, claim)


def _first_timed(doc: Doc, s: Statement, toks: list[Token], timexes: list[Timex]) -> SpacySpan:
    """With no predicting clause, the content's first sentence that states a time ahead ('It is
    encouraging for Sony. And with Halo 2 out next week, it is a head to head contest': the
    second), else its first: a forecast flagged for a time ahead is in that time's sentence."""
    timed = _timed_sentences(doc, s, timexes)
    return next((t.sent for t in toks if t.sent.start in timed), toks[0].sent)


def _with_antecedent(doc: Doc, s: Statement, claim: Span | None) -> Span | None:
    """The claim with the noun a relative cue describes when what is foreseen is that noun ('the
    profits it expected to make next year': the content 'to make next year', the claim 'the
    profits it expected to make next year'): the cue is a relative clause on a noun before it, with a
    subject of its own (not 'who' or 'which', which is the speaker), and its complement has no object
    of its own or its clause no subject ('a move it hopes will stoke competition'), so the noun fills
    that gap and a claim without it says nothing of what comes."""
    cue = _cue_verb(doc, s)
    if claim is None or cue is None or cue.dep_ != "relcl" or claim[0] < cue.idx:
        return claim
    noun = cue.head
    subject = next((c for c in cue.children if c.dep_ in _SUBJECTS), None)
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i > cue.i or subject is None or subject.tag_ in ("WP", "WDT") \
            or not any(_gapped(c) for c in cue.children):
        return claim
    return (noun.left_edge.idx, claim[1])


def _gapped(complement: Token) -> bool:
    """A cue's complement with a gap the relative's noun fills: an infinitive with no object ('the
    profits it expected to make') or a clause with no subject ('a move it hopes will stoke
    competition')."""
    if complement.pos_ not in ("VERB", "AUX"):
        return False
    if complement.dep_ == "xcomp":
        return not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") for c in complement.children)
    return complement.dep_ == "ccomp" and not _has_subject(complement)


def _cue_verb(doc: Doc, s: Statement) -> Token | None:
    """The statement's cue, its verb if it has one."""
    span = doc.char_span(s.cue_span[0], s.cue_span[1], alignment_mode="expand") if s.cue_span else None
    return next((t for t in span if t.pos_ in ("VERB", "AUX")), None) if span is not None else None


def _with_subject(doc: Doc, s: Statement, claim: Span | None) -> Span | None:
    """The claim with the subject of its verb when the content began after it ('According to the
    Observer, 3,000 jobs - out of 6,500 - could be lost': the content 'could be lost'): a claim is a
    clause, and a verb with no subject says nothing of who or what. Only a subject of a verb of the
    claim, in its sentence, right before it (nothing but punctuation between), holding neither the
    speaker's nor the cue's words, and no relative word ('which they claimed would lead to ...':
    'which' says nothing of what)."""
    span = doc.char_span(claim[0], claim[1], alignment_mode="expand") if claim is not None else None
    if span is None or claim is None:
        return claim
    verbs = [t for t in span if t.pos_ in ("VERB", "AUX") and not _has_subject(t)] or [span.root.head]
    subject = next((c for v in {m for t in verbs for m in (t, t.head)} for c in v.children
                    if c.dep_ in _SUBJECTS and c.i < span.start), None)
    if subject is None or subject.tag_ in ("WP", "WDT") or subject.sent != span.sent:
        return claim
    start, end = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
    between = doc.text[end:claim[0]]
    if any(c.isalnum() for c in between) or any(_overlaps((start, claim[0]), x) for x in (s.speaker_span, s.cue_span)):
        return claim
    return (start, claim[1])


def _with_cue_object(doc: Doc, s: Statement, claim: Span | None) -> Span | None:
    """The claim with the subject the parser hung on the cue as its object ('Mr Greenspan warned
    Asian states could soon stop funding the deficit': 'states' the object of 'warned', the claim
    'could soon stop ...'): the statements room put the noun phrase in the content, it is the
    predicting clause's subject, and a claim without it says nothing of who or what. Only when no
    verb of the claim has a subject, the phrase ends right before the claim (nothing but spaces
    between) and it starts inside the same content span ('told BBC News Labour MPs would not get
    ...': from 'Labour', where the content starts); a subject in a clause of the claim's own ('as
    the law was being strengthened') is not the main verb's."""
    span = doc.char_span(claim[0], claim[1], alignment_mode="expand") if claim is not None else None
    cue = _cue_verb(doc, s)
    if claim is None or span is None or cue is None or any(_has_subject(t) for t in _tops(span)):
        return claim
    own = next((a for a, b in s.content_spans if a <= claim[0] < b), None)
    before = next((t for t in reversed(doc[:span.start]) if not t.is_space), None)
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    if own is None or before is None or obj is None or obj.right_edge.i != before.i \
            or obj.pos_ not in ("NOUN", "PROPN") or not own <= before.idx:
        return claim
    return (max(obj.left_edge.idx, own), claim[1])


def _tops(span: SpacySpan) -> list[Token]:
    """The span's words that hang from nothing inside it: its main clause's head(s)."""
    return [t for t in span if t.head.i == t.i or not span.start <= t.head.i < span.end]


def _with_thing_expected(doc: Doc, s: Statement, claim: Span | None) -> Span | None:
    """The claim with what is expected when no one is named to expect it and the content began after
    the cue ('The next hearing is expected on 6 January': the content 'on 6 January'; 'an election,
    widely expected to be held in May': 'to be held in May'): the passive cue's subject, or the noun
    an expecting participle describes, is what the forecast is about, and a claim without it says
    nothing of what comes. Only in the claim's sentence, with nothing between but the cue, its
    auxiliaries and adverbs, and never a relative word ('who is expected to win' keeps its clause)."""
    cue = _expecting_cue(doc, s)
    if claim is None or cue is None or s.speaker_span is not None or claim[0] < cue.idx:
        return claim
    thing = next((c for c in cue.children if c.dep_ == "nsubjpass" and c.i < cue.i), None) or _described(cue)
    if thing is None or thing.tag_ in ("WP", "WDT") or thing.sent != cue.sent:
        return claim
    between = doc[thing.i + 1:cue.i]
    if any(t.i not in {c.i for c in cue.children} and not t.is_punct and t.head.i != thing.i
           and not any(a.i == thing.i for a in t.ancestors) for t in between):
        return claim
    return (thing.left_edge.idx, claim[1])


def _described(participle: Token) -> Token | None:
    """The noun a participle with no subject describes: the one it hangs on ('the poll expected to
    fall on 5 May'), or the one right before the comma that sets it off, wherever the parser hung it
    ('in an election, widely expected to be held in May')."""
    if participle.tag_ != "VBN" or participle.dep_ not in ("acl", "advcl") \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in participle.children):
        return None
    if participle.dep_ == "acl" and participle.head.pos_ in ("NOUN", "PROPN") and participle.head.i < participle.i:
        return participle.head
    edge = participle.left_edge.i
    before = participle.doc[edge - 2] if edge >= 2 and participle.doc[edge - 1].text == "," else None
    return before if before is not None and before.pos_ in ("NOUN", "PROPN") else None


def _expecting_cue(doc: Doc, s: Statement) -> Token | None:
    """The statement's cue word when it is a word of predicting or expecting ('is expected',
    'widely expected to')."""
    if s.cue_span is None:
        return None
    span = doc.char_span(s.cue_span[0], s.cue_span[1], alignment_mode="expand")
    return next((t for t in span if lexicon().lemma(t) in lexicon().forecast.forecast_cues), None) if span is not None else None


def _overlaps(span: Span, other: Span | None) -> bool:
    return other is not None and other[0] < span[1] and span[0] < other[1]


def _modifies_a_noun(marker: Token) -> bool:
    """A word of planning that describes a noun ('reforms aimed at ...', 'its planned review'): it
    says which thing, its clause is not what is foreseen."""
    return marker.tag_ != "MD" and marker.dep_ in ("acl", "amod")


def _predicting_cue(doc: Doc, s: Statement) -> bool:
    """The statement's cue is a word of predicting or expecting ('is expected to', 'predicted'):
    its whole complement, the content, is what is foreseen."""
    if s.cue_span is None:
        return False
    span = doc.char_span(s.cue_span[0], s.cue_span[1], alignment_mode="expand")
    return span is not None and any(lexicon().lemma(t) in lexicon().forecast.forecast_cues for t in span)


def _timed_sentences(doc: Doc, s: Statement, timexes: list[Timex]) -> set[int]:
    """The starts of the content's sentences holding a time expression that is no frequency, not
    the present or the past, and does not point back ('next year', 'within six months'; not 'now',
    'recently', 'last year', 'daily'): where a forecast states by when, its own words are."""
    out = set()
    for t in times_ahead(s, timexes):
        span = doc.char_span(t.span[0], t.span[1], alignment_mode="expand")
        if span is not None:
            out.add(span.sent.start)
    return out


def _clause(marker: Token, markers: set[int]) -> set[int]:
    """The token indices of the clause a forward marker predicts in: its verb's subtree (a modal's
    verb, a predicate's copula) without the clauses joined to it that have a subject of their own
    and predict nothing (a coordinated clause, 'Sales are flat and prices will rise'; a reported
    clause before it, 'our sales have stalled, so we plan to ...'); a coordinated verb without a
    subject of its own keeps its first conjunct's ('Sales should fall and could fall further')
    unless that conjunct is a claim of the past or present of its own ('The plan is dangerous and
    could create conflict': the claim is 'could create conflict', ``_claims_apart``)."""
    verb = _clause_host(marked_verb(marker))
    verb = negating_frame(verb) or verb     # 'I don't believe it's going to die': the denial is the claim's
    words = {t.i for t in verb.subtree}
    if verb.dep_ == "conj" and not _has_subject(verb) and not (_claims_apart(verb.head, markers) and not _elided(verb)):
        subject = next((c for c in verb.head.children if c.dep_ in _SUBJECTS), None)
        if subject is not None:
            words |= {t.i for t in subject.subtree}
    apart = [c for c in verb.children if _has_subject(c) and not markers & {t.i for t in c.subtree}
             and (c.dep_ in ("conj", "parataxis") or c.dep_ == "ccomp" and c.i < verb.i)]
    return words - {t.i for c in apart for t in c.subtree}


def _claims_apart(first: Token, markers: set[int]) -> bool:
    """The first conjunct of a predicting verb is a claim of its own about the past or the present: a
    verb in the past or present tense, with no modal and no forward marker of its own ('was proud
    of his party's record, and would strive for ...', 'accepted the principle and would not seek
    to disturb it'). Its subject is then the two claims', and the span that held it would join the
    present or past claim to the forecast: the claim is the predicting conjunct alone, unless that
    leaves out what it foresees (``_elided``). A first conjunct with a forward word, even one that
    does not predict ('was not planning to change the site but would use ...'), stays with it."""
    looks_ahead = forward_marker(first) or any(forward_marker(c) for c in first.children
                                               if c.dep_ in ("aux", "auxpass", "xcomp", "acomp", "ccomp"))
    return carries(first, TENSES) and first.i not in markers and not looks_ahead


def _elided(verb: Token) -> bool:
    """The predicting conjunct leaves out what it foresees, for the conjunct before to give: a
    pro-form ('and will always be so'; data ``pro_forms``) or a modal left standing with no verb
    ('and believe me I will')."""
    return any(t.lower_ in rules().pro_forms and t.dep_ == "advmod" and not list(t.children)
               or t.tag_ == "MD" and t.dep_ not in ("aux", "auxpass") for t in verb.subtree)


def _clause_host(verb: Token) -> Token:
    """Where a relative clause's claim starts: a free relative's copula ('cutting the tax is exactly
    what he will do', 'a hospital was what the town would get'), a relative clause's antecedent
    ('buyers who could bid for the mill'), else the verb: the relative word stands for what it
    relates to, so 'what he will do' or 'who could bid' alone says nothing of who or what."""
    wh = any(c.tag_ in ("WP", "WDT") and c.i < verb.i for c in verb.children)
    if wh and verb.dep_ in ("ccomp", "attr", "xcomp") and verb.head.lemma_ == "be":
        return verb.head
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return verb.head
    return verb


_SUBJECTS = ("nsubj", "nsubjpass", "expl", "csubj")


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in _SUBJECTS for c in verb.children)


def _joins(t: Token) -> bool:
    """A word that joins a clause to what came before: 'that', 'and', a comma, a connective adverb
    ('so', 'then'); not a subordinator of condition ('if', 'unless')."""
    return t.dep_ in _JOINERS and t.lower_ not in lexicon().forecast.condition_marks or t.lower_ in rules().claim_connectives


def _edges(doc: Doc, words: list[int], spans: list[Span]) -> Span | None:
    """From the first to the last word, without the joining words at its start (``_joins``) nor a
    comma or 'and' at its end, cut to the content's own extent."""
    while len(words) > 1 and _joins(doc[words[0]]):
        words = words[1:]
    while len(words) > 1 and doc[words[-1]].pos_ in ("PUNCT", "CCONJ"):
        words = words[:-1]
    if not words:
        return None
    start, end = doc[words[0]].idx, doc[words[-1]].idx + len(doc[words[-1]])
    lo, hi = min(a for a, _ in spans), max(b for _, b in spans)
    start, end = max(start, lo), min(end, hi)
    return (start, end) if start < end else None


def claim_certainty(doc: Doc, s: Statement, claim: Span | None) -> str:
    """How sure the forecast is: the weaker of the cue's class and the hedges of the claim's own
    sentence. A quote's hedge qualifies the claim of its sentence ('Perhaps the mill was badly run.
    It will shut in May.': the shutting is not in doubt), while one in the claim's sentence may
    govern it from outside the predicting clause ('I think it will shut', 'Sales could fall and
    it will shut'), so the sentence, not the clause, is what is read. Never less sure than the
    statement (a sentence read apart is no new doubt); with no claim, or a cue whose class is not
    known again, the statement's certainty."""
    if claim is None:
        return s.certainty
    cue = _cue_class(doc, s)
    sent = doc.char_span(claim[0], claim[1], alignment_mode="expand")
    if cue is None or sent is None:
        return s.certainty
    lo, hi = sent[0].sent.start_char, sent[0].sent.end_char
    spans = [(max(a, lo), min(b, hi)) for a, b in s.content_spans if a < hi and b > lo]
    own = weaker(cue, content_certainty(doc, spans, lexicon()))
    return s.certainty if weaker(own, s.certainty) == own else own


def _cue_class(doc: Doc, s: Statement) -> str | None:
    """The certainty class of S's cue (data/cues.json), as the statement was given it; 'asserted'
    with no cue; None when the cue's words no longer name a class."""
    if s.cue_span is None:
        return "asserted"
    span = doc.char_span(s.cue_span[0], s.cue_span[1], alignment_mode="expand")
    found = (as_cue(t, lexicon()) for t in span or [])
    return next((c.certainty for c in found if c is not None), None)
