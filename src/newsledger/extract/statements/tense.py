"""When a statement's content is set, as its verbs' tenses tell it, and whether a modal over a
clause tells what holds now rather than what is to come.

The forecast flag (``forecast_flag.py``) and the reading of the content's main clause
(``main_clause.py``) ask the same questions of a clause's time: which tag carries its tense
(``tense_tag``); whether a cue speaks in the past (``past_cue``) and so backshifts what it reports
(``backshifted``, ``backshifted_state``: reported speech's present); whether a plan or a future is
told as past (``told_as_past``, ``own_past_mind``: Quirk et al.'s future in the past); whether a
perfect still looks ahead (``perfect_ahead``); whether a date in the content lies after the day it
was said (``dated_after``). And whether a modal's clause is a habit, a general truth, a kind, a
point granted or advice to the reader (``habitual``, ``characteristic``, ``generic``, ``conceded``,
``to_reader``: the habitual and predictability 'will', the generic reading): what holds now as
later, no event to come. They are a room of their own because they decide time, not forecasts: the
forecasts room reads them too (``forecasts/ahead.py``, ``forecasts/horizons.py``), the tag tests
under them are ``extract/verbforms.py``'s, and nothing here reads the flag or the main clause, so
data flows one way: tense -> main_clause -> forecast_flag."""
from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Token

from ...dates import calendar_date
from ...model import Span, Timex
from ...nlp.wordnet import having_verb, lemma_state, phrasal_class, verb_state
from ..verbforms import PRESENT, carries, perfect
from .certainty import content_tokens, possibility_denied
from .cues import Cue
from .lexicon import Lexicon
from .prospects import (
    conditioned,
    names_a_happening,
    passive_voice,
    pointed_ahead,
    timed,
)

_FINITE = ("VBD", "VBZ", "VBP", "MD")


def tense_tag(verb: Token) -> str | None:
    """The tag that carries a verb's tense: its own, or its first auxiliary's ('will come')."""
    if verb.tag_ in _FINITE:
        return str(verb.tag_)
    return next((str(c.tag_) for c in verb.children if c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE), None)


def past_cue(cue: Token) -> bool:
    """A cue in the past ('said', 'had said'), or a participle in a past clause ('..., saying'): a
    participle has no tense of its own and takes its clause's, found up through the verbs and
    prepositions it hangs on to the first with a tense ('have reacted ..., saying', 'said it was
    delaying ..., adding', 'accused him by claiming', 'predicted that X would be ..., saying')."""
    if cue.tag_ in ("VBD", "VBN"):
        return True
    return cue.tag_ == "VBG" and cue.dep_ in _PARTICIPLE_LINKS and _clause_past(cue.head)


_PARTICIPLE_LINKS = ("advcl", "acl", "conj", "xcomp", "pcomp")


def _clause_past(tok: Token) -> bool:
    """Whether the clause TOK heads, or the nearest one above it with a tense, is in the past: a past
    tense or a perfect ('have reacted'); through a preposition, a modal ('would be', the clause it
    reports) or a verb with no tense to the clause above."""
    for _ in range(4):
        if tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children):
            return True
        tense = tense_tag(tok) if tok.pos_ != "ADP" else None
        if tense not in (None, "MD") or tok.head.i == tok.i or tok.dep_ not in _PARTICIPLE_LINKS + ("prep", "ccomp"):
            return tense == "VBD"
        tok = tok.head
    return False


def dated_after(doc: Doc, timexes: list[Timex], spans: list[Span], made_on: str | None,
                cue: Cue | None = None) -> bool:
    """A date inside the content that begins after the day the statement was made ('The troops
    come in September', said in May), in a content not told in the past tense (a past verb
    with a later date is a misread date, not a forecast)."""
    day = calendar_date(made_on)
    if day is None or _told_in_past(doc, spans, cue):
        return False
    inside = (calendar_date(t.value) for t in timexes if any(s <= t.span[0] < e for s, e in spans))
    return any(v is not None and v > day and not day.startswith(v) for v in inside)


def _told_in_past(doc: Doc, spans: list[Span], cue: Cue | None) -> bool:
    """Whether the content's finite main verbs (those whose head lies outside it) are in the
    past; a content with none ('reported net premiums of $18 billion') takes the cue's tense."""
    toks = content_tokens(doc, spans)
    inside = {t.i for t in toks}
    tenses = [tense_tag(t) for t in toks if t.pos_ in ("VERB", "AUX") and (t.head.i not in inside or t.head.i == t.i)]
    finite = [t for t in tenses if t is not None]
    if not finite:
        return cue is not None and cue.head.tag_ == "VBD"
    return all(t == "VBD" for t in finite)


def own_past_mind(cue: Token, lex: Lexicon) -> bool:
    """A cue of thought or feeling (WordNet's first sense verb.cognition or verb.emotion: 'think',
    'believe', 'expect', 'feel', 'hope') in the past tense with the speaker as its subject ('I
    thought they would be out-muscled', 'I felt they would never have a better chance', 'never did
    I think this was going to happen'): the speaker tells their own mind as it was then, Quirk et
    al.'s past for past time — a mind still held is said in the present ('I think') — so the tenses
    under it are a past mind's future, not reported speech backshifted, and foresee nothing now."""
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    return subject is not None and "1" in subject.morph.get("Person", []) \
        and lemma_state(lex.lemma(cue)) in ("cognition", "emotion") and tense_tag(cue) == "VBD"


def told_as_past(word: Token, inside: Collection[int]) -> bool:
    """A word of plan, expectation or what is to come whose tense is past, read from the word, its
    first tensed auxiliary, or the copula an adjective hangs on ('threatened to use', 'we weren't
    going to lose', 'this was going to happen', 'he was expected to dribble', 'was due to have had
    another operation'): Quirk et al.'s future in the past (4.44), what someone meant or foresaw
    then. In the speaker's own tenses (a quote, or under a cue in the present) it tells the past,
    often overtaken; only under a past cue is it the present backshifted ('said she was hoping to
    meet him'). Only the content's own words tell it: a copula outside a quoted fragment ('the
    situation was "likely to get much worse"') is the narration's, which reports."""
    holder = word.head if word.dep_ in ("acomp", "oprd") and word.head.lemma_ == "be" else word
    return holder.i in inside and tense_tag(holder) == "VBD"


def modal_told_as_past(modal: Token, inside: Collection[int], lex: Lexicon) -> bool:
    """'would' or 'could' (data ``past_modals``) in a clause a past verb of the content governs ('He
    failed to say which taxes he would put up', 'We went to Dublin confident that we would be able to
    compete', 'wondered what would happen'), or in a clause with a subject of its own joined to a past
    one, as 'would' or a denied 'could' ('Liverpool played well and we could not break them down'; a
    'could' granted there may be a possibility now: 'Prices fell and they could fall further'):
    Quirk et al.'s future in the past and past inability (4.44, 4.58), what was
    foreseen or could be done then, no claim about what is still to come. As ``told_as_past``, only
    the content's own words tell it (a past cue outside it backshifts reported words)."""
    verb = modal.head
    if modal.tag_ != "MD" or modal.dep_ != "aux" or modal.lower_ not in lex.forecast.past_modals:
        return False
    return _governed_in_past(verb, inside) or _joined_to_past(verb, inside) and (
        modal.lower_ in lex.forecast.backshifted_modals or possibility_denied(modal, lex))


_COMPLEMENT_LINKS = ("ccomp", "xcomp", "advcl", "acomp")


def _governed_in_past(verb: Token, inside: Collection[int]) -> bool:
    """VERB is the complement of a verb of the content whose tense is past, found up through words
    with no tense of their own (an infinitive, an adjective: 'failed to say which ...', 'confident
    that ...')."""
    if verb.dep_ not in ("ccomp", "xcomp"):
        return False
    tok = verb.head
    for _ in range(4):
        tense = tense_tag(tok) if tok.i in inside else "outside"
        if tense is not None or tok.dep_ not in _COMPLEMENT_LINKS or tok.head.i == tok.i:
            return tense == "VBD"
        tok = tok.head
    return False


def _joined_to_past(verb: Token, inside: Collection[int]) -> bool:
    """VERB, with a subject of its own, is a conjunct of a past clause of the content with one, or
    has one as its conjunct."""
    def subject(t: Token) -> bool:
        return any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
    others = [c for c in verb.children if c.dep_ == "conj"] + ([verb.head] if verb.dep_ == "conj" else [])
    return subject(verb) and any(o.i in inside and subject(o) and tense_tag(o) == "VBD" for o in others)


def motion_going(word: Token, lex: Lexicon) -> bool:
    """'going' with no auxiliary on it, its copula or the conjunct it follows ('I remember going to
    see dates in Milan', 'keep going to the gym'): the verb of motion, a gerund or a participle, not
    the future 'be going to' (Quirk et al. 4.45), which always has its 'be' (any auxiliary counts:
    the parse may take "'s" for a possessive)."""
    if word.lower_ not in lex.forecast.future_auxiliaries:
        return False
    holders = [word, word.head] if word.dep_ in ("conj", "acomp", "xcomp") else [word]
    return not any(h.lemma_ == "be" and h.i != word.i or any(
        c.dep_ == "aux" and c.lower_ not in lex.cues.infinitive_markers for c in h.children) for h in holders)


def perfect_ahead(modal: Token, lex: Lexicon) -> bool:
    """A perfect under a modal that still looks ahead: the future perfect ('will have acquired 51
    million users by 2009', ``future_perfect_modals``), or any modal's perfect before a deadline
    with a date ('could have adopted broadband by the end of 2005', ``deadline_prepositions``)."""
    fc = lex.forecast
    return modal.lower_ in fc.future_perfect_modals or any(
        p.dep_ == "prep" and p.lower_ in fc.deadline_prepositions and timed(p) for p in modal.head.children)


def finite_present(verb: Token) -> bool:
    """A verb that asserts on its own, now: 'we expect', 'is predicting'; a bare infinitive or a
    gerund ('helps predict trends', 'ways of predicting') names the act without claiming it."""
    if verb.pos_ != "VERB":
        return False
    return carries(verb, PRESENT, modal=True, links=("aux",))


def told_ahead(verb: Token, reported: bool) -> bool:
    """A predicate not told as past: 'the coming week's events were hammered out on Sunday' tells
    what was done; under a past cue an active past verb is the backshifted present ('said voters
    faced a clear choice at the next election'), a passive one still an act done."""
    return tense_tag(verb) != "VBD" or reported and not any(c.dep_ == "auxpass" for c in verb.children)


def backshifted(verb: Token, lex: Lexicon) -> bool:
    """'She said he expected new attempts': a past verb reported under a past cue is the speaker's
    present, backshifted as reported speech does."""
    return verb.tag_ == "VBD" and verb.dep_ == "ccomp" and lex.lemma(verb) in lex.forecast.expectation_cues


def backshifted_state(verb: Token, lex: Lexicon) -> bool:
    """'would' over a copula that identifies or measures, under a past cue: the backshifted present
    of reported speech (data/statements_forecast.json ``_sequence_of_tenses``), a claim about now —
    a clause that says what something is, in a tense of its own that is no future ('said the main
    issue would be that his views had been presented as policy'), or an amount ('said the rate
    would be about 900 rupees'). Not when the clause gives a time or an adverb ahead, a clause of
    its own (a condition, a time), or a subject naming a happening ('said the rise would be 2%');
    a copula over a quality or a role ('a delay would be disastrous', 'would be premier') is left
    to foresee, as the state may be one to come."""
    if verb.lemma_ != "be" or any(c.dep_ in ("expl", "advcl", "auxpass") for c in verb.children):
        return False
    if any(w.ent_type_ in ("DATE", "TIME") or w.lower_ in lex.forecast.ahead_adverbs for w in verb.subtree):
        return False
    if any(c.dep_ in ("nsubj", "csubj") and (c.tag_ == "VBG" or c.dep_ == "csubj" or names_a_happening(c))
           for c in verb.children):
        return False
    return any(_present_clause(c, lex) or _amount(c, lex) for c in verb.children if c.dep_ in ("attr", "ccomp"))


def _present_clause(clause: Token, lex: Lexicon) -> bool:
    """A predicate clause whose verb is finite and no future ('would be that his views had been
    presented as policy')."""
    tense = tense_tag(clause)
    return clause.pos_ in ("VERB", "AUX") and tense is not None and tense != "MD" and not any(
        c.dep_ == "aux" and c.lower_ in lex.forecast.future_modals for c in clause.children)


def _amount(pred: Token, lex: Lexicon) -> bool:
    """A predicate that measures: an amount (data/statements_forecast.json ``amount_entities``), or a
    unit counted by a number ('about 900 rupees', '2%')."""
    amounts = lex.forecast.amount_entities
    return pred.ent_type_ in amounts or any(c.dep_ == "nummod" and (c.ent_type_ in amounts or c.like_num)
                                            for c in pred.children)


def progressive(verb: Token) -> bool:
    """A gerund with the progressive's 'be' ('may be stabilising'): under 'may', a guess about now."""
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)


def _simple_present(verb: Token) -> bool:
    """A clause in the simple present, active or passive ('who read it', 'who are not funded'):
    neither perfect nor progressive, what holds of whoever fits it."""
    tenses = [verb.tag_] + [c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(tag in ("VBZ", "VBP") for tag in tenses) and verb.tag_ != "VBG" and not perfect(verb)


def to_reader(verb: Token, lex: Lexicon) -> bool:
    """A clause whose subject is the reader ('you may benefit from a mesh network'): advice, no event to come."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in lex.speakers.reader_pronouns for c in verb.children)


def habitual(verb: Token, lex: Lexicon) -> bool:
    """An adverb of usuality on the verb (Quirk et al.'s adverbs of indefinite frequency, data
    ``habitual_adverbs``: 'usually', 'normally', 'generally', 'often'): 'the costs will usually be
    covered', 'such cases would normally go to court' state a norm or a habit (the habitual and
    predictable 'will'), what happens whenever the case arises, not an event to come; 'always' and
    'never' also promise ('will always be so') and are not among them. Graded ('could happen less
    frequently', 'will happen more often') the adverb tells a change of habit to come, and stays."""
    return any(c.dep_ == "advmod" and c.lower_ in lex.forecast.habitual_adverbs
               and not any(g.dep_ == "advmod" for g in c.children) for c in verb.children)


def generic(verb: Token, lex: Lexicon) -> bool:
    """'Eating gluten may lower the risk', 'following a diet could reduce it': a clause or a
    gerund as the subject states what a kind of act tends to do, not an event to come; a gerund
    over a particular thing ('meeting the 2010 targets will be difficult', 'selling its stake
    could take months') is one act to come, and what is said of it a forecast."""
    return any(c.dep_ in ("csubj", "nsubj") and c.tag_ == "VBG" and not particular_act(c, lex)
               or c.dep_ == "csubj" and c.tag_ != "VBG" for c in verb.children)


def particular_act(gerund: Token, lex: Lexicon) -> bool:
    """A gerund whose object is one known thing: a definite determiner (data/statements_forecast.json
    ``particular_determiners``), a possessor, or a name ('meeting the targets', 'selling its stake',
    'buying Euronext'); or one whose phrase names a particular party, place or thing (a named
    entity, ``particular_entities``: 'keeping British troops in Iraq could cost another £1bn'):
    one act of known parties, not a kind of act ('eating fruit may lower the risk')."""
    return any(o.dep_ in ("dobj", "obj") and (o.pos_ == "PROPN" or any(
        d.dep_ == "poss" or d.dep_ == "det" and d.lower_ in lex.forecast.particular_determiners
        for d in o.children)) for o in gerund.children) \
        or any(t.ent_type_ in lex.forecast.particular_entities for t in gerund.subtree)


def characteristic(verb: Token, lex: Lexicon) -> bool:
    """Quirk et al.'s predictability 'will' (4.58): a modal or 'going to' (VERB may be the 'going')
    over a state said of a kind or at all times, with no time, condition or adverb ahead — a
    general truth that holds now as later, no event to come: a state said to hold always ('it will
    always be a great quality race', ``lasting_state``), or a state, a thought, a perception or a
    feeling said of anyone of a kind ('anyone who knows the period will see ...', ``_of_a_kind``)."""
    if verb.lower_ in lex.forecast.future_auxiliaries:
        verb = next((c for c in verb.children if c.dep_ == "xcomp"), verb)
    return not _ahead_in_clause(verb, lex) and (lasting_state(verb, lex) or _of_a_kind(verb, lex))


def _ahead_in_clause(verb: Token, lex: Lexicon) -> bool:
    """A condition, an adverb ahead, or a time in the verb's own words ('will always be ready by
    next season'); a time inside its subject or the clause it takes ('anyone who knows the 1st
    century', 'will realise this is not the best song of the last 25 years') dates those, not when
    the verb holds."""
    own = [c for c in verb.children if c.dep_ not in ("nsubj", "nsubjpass", "csubj", "ccomp")]
    return conditioned(verb) or any(w.lower_ in lex.forecast.ahead_adverbs for w in verb.subtree) \
        or any(w.ent_type_ in ("DATE", "TIME") for c in own for w in c.subtree)


def lasting_state(verb: Token, lex: Lexicon) -> bool:
    """A verb of state ('be', a verb of having, WordNet's first sense verb.stative), active, with an
    adverb of all time on it or on its 'going' (data ``all_time_adverbs``: WordNet's synsets of
    'always' and 'forever') and a subject other than the speaker: 'it will always be a great
    quality race', 'the race is always going to be fast'. The speaker's own 'I will always be so'
    commits, and an act ('will always make sure') is a habit or a promise: both stay."""
    holders = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
    if not any(c.dep_ == "advmod" and c.lower_ in lex.forecast.all_time_adverbs for h in holders for c in h.children):
        return False
    subject = _subject(verb)
    speaker = subject is not None and "1" in subject.morph.get("Person", [])
    return _state(verb) and not speaker and not passive_voice(verb)


def _of_a_kind(verb: Token, lex: Lexicon) -> bool:
    """A state, a thought, a perception or a feeling (WordNet's first sense; not a semi-modal of
    necessity, 'will have to pay': a rule set) said of a subject that picks out anyone of a kind: a
    free-choice pronoun (data ``free_choice_pronouns``: 'anyone with taste will realise ...'), or a
    plural noun or 'those' with no determiner of its own and a relative clause in the simple
    present ('those who are not funded might be hungrier', 'people who read it will see ...'):
    what holds of whoever fits, no event to come."""
    subject = _subject(verb)
    if subject is None or any(c.dep_ == "xcomp" for c in verb.children):
        return False
    free = subject.lower_ in lex.forecast.free_choice_pronouns
    kind = (subject.tag_ == "NNS" or subject.lower_ == "those") and not any(c.dep_ == "det" for c in subject.children) \
        and any(c.dep_ == "relcl" and _simple_present(c) for c in subject.children)
    return (free or kind) and (_state(verb) or _mind(verb))


def _mind(verb: Token) -> bool:
    """A verb whose first WordNet sense is a thought, a perception or a feeling, read with its
    particle where it has one ('miss out' is a loss, no feeling: ``phrasal_class``)."""
    if any(c.dep_ == "prt" for c in verb.children):
        return phrasal_class(verb) in ("cognition", "perception", "emotion")
    return verb_state(verb) is not None


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or its first conjunct's ('is and always will be worth it'), or the
    subject of the 'going' or modal verb it is the complement of."""
    for v in (verb, verb.head):
        subject = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or v.dep_ not in ("conj", "xcomp"):
            return subject
    return None


def _state(verb: Token) -> bool:
    return verb.lemma_ == "be" or having_verb(verb) or verb_state(verb) == "stative"


def conceded(verb: Token, lex: Lexicon) -> bool:
    """'The profession may look fairly staid but is in an enormous period of change': 'may' or
    'might' (data ``concessive_modals``) granting a point that a conjunct after 'but' or 'yet'
    (``concessive_conjunctions``), in the simple present, then outweighs — Quirk et al.'s concessive
    'may', a point granted about now, no event to come. A conjunct with a modal of its own ('may
    rise but will fall'), one in the perfect ('could resume, but the army has not confirmed') and a
    modal pointed ahead ('may resume before the end of the month, but ...') are left to foresee."""
    opposed = any(c.dep_ == "cc" and c.lower_ in lex.forecast.concessive_conjunctions for c in verb.children)
    return opposed and not pointed_ahead(verb) and any(
        c.dep_ == "conj" and tense_tag(c) in ("VBZ", "VBP") and not perfect(c) for c in verb.children)
