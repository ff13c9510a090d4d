"""Whether a statement's content speaks of what will or may happen after it was said (the
forecast flag): future and modal auxiliaries over a verb that is not perfect, going-to,
intention verbs and adjectives of resolve, forecast and commitment cues (FrameNet's Predicting,
Commitment and Expectation frames), a necessity set ahead over a change, a noun of likelihood over
what may come, forward-looking phrases, and a date in the content later than the day it was said.
'would' foresees under a past cue or a cue of fearing or hoping ('creditors fear such a move would
trigger ...'). Not a reported 'would' over a copula that identifies or measures (the backshifted
present of reported speech), nor readiness under a modal of obligation (a norm), nor a modal over
a verb of habit ('will usually be covered'), nor 'could' putting a course forward under a cue of
suggesting ('suggested teachers could get more powers')."""
from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Token

from ...dates import calendar_date
from ...model import Span, Timex
from ...nlp.wordnet import having_verb, head_class, lemma_state, phrasal_class, verb_state
from ..verbforms import PRESENT, carries, perfect
from .certainty import content_tokens, negated, possibility_denied
from .cues import Cue
from .lexicon import Lexicon, text_of
from .prospects import (
    arranged,
    can_be_bound,
    conditioned,
    forced_change,
    likelihood_held,
    likely_to_come,
    looks_to,
    names_a_happening,
    opens_condition,
    passive_voice,
    pointed_ahead,
    timed,
)

_FINITE = ("VBD", "VBZ", "VBP", "MD")
_CLOSERS = " \t\n\"'”’»)"


def is_forecast(doc: Doc, spans: list[Span], lex: Lexicon, cue: Cue | None = None, direct: bool = False) -> bool:
    """True when the content's main clause speaks of what will or may happen; a question or an
    instruction ('do the rest', 'whether the troops will leave?') claims nothing, a wish ('wants
    the deal to go through') wants rather than foresees, a hope foresees what it wants ('hopes the
    deal will go through', 'hoped to win most seats'). A past cue backshifts only
    reported words: a quote keeps the speaker's own tenses ('"I felt I would slide around," said
    Zsigovits' tells the past)."""
    fc = lex.forecast
    text = " ".join(text_of(doc)[s:e] for s, e in spans).lower()
    if _asks_or_bids(doc, spans, text, lex) or cue is not None and _wants_only(cue.head, lex):
        return False
    if cue is not None and lex.lemma(cue.head) in fc.forecast_cues and not negated(cue.head) and not own_past_mind(cue.head, lex):
        return True
    then = cue is not None and own_past_mind(cue.head, lex)
    reported = cue is not None and not direct and _past(cue.head) and not then
    toks = content_tokens(doc, spans)
    if cue is not None and _hopes_to(cue.head, toks, lex) and not then:
        return True
    main = main_predicates(toks, lex, reported)
    conditional = reported or cue is not None and not direct and _feels_ahead(cue.head, lex) and not then
    claimed = cue is not None and not direct and not reported and _claims_now(cue, lex)
    own = cue is not None and (direct or claimed)
    proposing = cue is not None and lex.lemma(cue.head) in fc.proposal_cues
    inside = {t.i for t in toks}
    return any(_forward(t, lex, reported, main, conditional, claimed, own) and not (proposing and _proposal(t, lex))
               or ahead_in_relative(t, lex, main) and not (own and told_as_past(t, inside)) for t in toks) \
        or any(p.search(text) for p in fc.future_phrases)


def own_past_mind(cue: Token, lex: Lexicon) -> bool:
    """A cue of thought or feeling (WordNet's first sense verb.cognition or verb.emotion: 'think',
    'believe', 'expect', 'feel', 'hope') in the past tense with the speaker as its subject ('I
    thought they would be out-muscled', 'I felt they would never have a better chance', 'never did
    I think this was going to happen'): the speaker tells their own mind as it was then, Quirk et
    al.'s past for past time — a mind still held is said in the present ('I think') — so the tenses
    under it are a past mind's future, not reported speech backshifted, and foresee nothing now."""
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    return subject is not None and "1" in subject.morph.get("Person", []) \
        and lemma_state(lex.lemma(cue)) in ("cognition", "emotion") and _tense(cue) == "VBD"


def _claims_now(cue: Cue, lex: Lexicon) -> bool:
    """A cue that reports a claim held now: a verb of saying or believing in the present ('critics
    say', 'the party claims', 'he argues') or 'according to'."""
    head = cue.head
    return cue.tokens[0].lower_ in lex.cues.according_to or head.tag_ in ("VBZ", "VBP") and lex.verb_class(lex.lemma(head)) is not None


def _act_claimed(verb: Token, lex: Lexicon) -> bool:
    """'would' over an act or a change, under a claim held now (``_claims_now``): 'critics say the law
    would favour large companies', 'the Tories claim it would cut frontline services' tell what a
    course, a party or a thing would bring about, a consequence foreseen; a copula ('he says he would
    be happy to meet'), a verb of feeling ('would like', 'would love', WordNet verb.emotion) and a
    state (verb.stative) say how things would stand or what someone wants, no event to come; a
    clause under a past verb of the content ('no one thought the Wall would ever come down', 'once
    told analysts he would ...') is a past mind's future; a verb of saying ('would argue', 'would
    say') hedges a claim; a condition in the past ('if I took a picture ..., it wouldn't work') is
    Quirk et al.'s hypothetical, what is not the case."""
    return verb.pos_ == "VERB" and verb.lemma_ != "be" and verb_state(verb) not in ("emotion", "stative") \
        and lex.verb_class(lex.lemma(verb)) is None and not (verb.dep_ == "ccomp" and _tense(verb.head) == "VBD") \
        and not any(c.dep_ == "advcl" and _tense(c) == "VBD" and any(
            m.dep_ == "mark" and m.lower_ in lex.forecast.condition_marks for m in c.children) for c in verb.children)


def _proposal(marker: Token, lex: Lexicon) -> bool:
    """'suggested teachers could get more powers', 'suggested the cash could be shared out', 'argued
    local councils could look harder': under a cue of suggesting or arguing for a course (data
    ``proposal_cues``), 'could' (``proposal_modals``) over an act of someone who acts, or over a
    passive, with no time, no condition and no adverb ahead in its clause, puts a course forward
    (the deontic 'could' of suggestion, Palmer), no event foreseen; what a thing or an act would
    do ('such a move could save 50 lives'), and a course dated ('could take place in spring 2006'),
    are foreseen."""
    if marker.tag_ != "MD" or marker.lower_ not in lex.forecast.proposal_modals:
        return False
    verb = marker.head
    if pointed_ahead(verb):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return passive_voice(verb) or any(can_be_bound(c) or c.ent_type_ in lex.forecast.acting_entities for c in subjects)


def _feels_ahead(cue: Token, lex: Lexicon) -> bool:
    """A cue of fearing or hoping (its first WordNet sense a feeling, verb.emotion: 'fear', 'worry',
    'dread', 'hope'; or an expectant desire, 'hopeful'): what it holds is a case foreseen, so a
    'would' in its clause is the conditional future ('creditors fear that such a move would trigger
    redemption requests'), as under a past cue, not a judgement of the speaker's own."""
    return (verb_state(cue) == "emotion" or lex.lemma(cue) in lex.forecast.expectant_desires) and not negated(cue)


def _wants_only(t: Token, lex: Lexicon) -> bool:
    """A word of wanting that does not also expect (data/statements_forecast.json
    ``expectant_desires``): 'want', 'wish', 'pleased' say what someone would like; 'hope' and
    'hopeful' also hold it may come, unless the hope is over ('had hoped to get £9m') or is a
    noun the tagger took for a finite verb with no subject ('hopes that ... have disappeared')."""
    fc = lex.forecast
    words = {lex.lemma(t), t.lower_}
    if not words & fc.desire_words:
        return False
    return not words & fc.expectant_desires or perfect(t) or _subjectless_finite(t)


def _subjectless_finite(verb: Token) -> bool:
    """A finite verb with no subject of its own and none shared: a conjunct ('joined the WTO and
    hopes to ...') or a relative clause takes its subject from what it hangs on."""
    return verb.tag_ in ("VBZ", "VBP", "VBD") and verb.dep_ not in ("conj", "relcl") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _hopes_to(cue: Token, toks: list[Token], lex: Lexicon) -> bool:
    """A hope whose content is its own 'to'-infinitive ('hopes to win the nomination', 'hoped to
    contest most seats'): what the hoper means to do next; not a hope to have done ('hope to have
    made gains'), which looks back."""
    if lex.lemma(cue) not in lex.forecast.expectant_desires or negated(cue):
        return False
    inside = {t.i for t in toks}
    return any(t.head.i == cue.i and t.dep_ == "xcomp" and t.i in inside and not perfect(t)
               and any(c.lower_ in lex.cues.infinitive_markers for c in t.children) for t in toks)


def main_predicates(toks: list[Token], lex: Lexicon, reported: bool = False) -> set[int]:
    """The content's main predicates (data/statements_forecast.json ``_main_clause``): the words
    that head it, with their conjuncts and predicative complements, and the clauses a reporting,
    belief or expectation word among them passes on; REPORTED: under a past cue, where a past
    tense is the backshifted present."""
    inside = {t.i for t in toks}
    stack = [t for t in toks if t.head.i not in inside or t.head.i == t.i]
    out: set[int] = set()
    while stack:
        t = stack.pop()
        if t.i in out:
            continue
        out.add(t.i)
        clauses = (("ccomp", "xcomp", "acl") if t.dep_ == "attr" else ("ccomp", "xcomp")) if _passes_on(t, lex, reported) else ()
        stack.extend(c for c in t.children if c.i in inside and (
            c.dep_ in ("conj", "parataxis", "acomp", "attr", "oprd") or c.dep_ in clauses and not _asks(c, lex)))
        stack.extend(c for c in _held_clauses(t, lex, reported) if c.i in inside)
    return out


def _held_clauses(pred: Token, lex: Lexicon, reported: bool) -> list[Token]:
    """The 'that' clauses of a noun of feeling or thought (data ``clause_noun_classes``) that is the
    object of PRED or of a preposition on it: 'expressed fears that up to 300 jobs would be moved',
    'unanimous in their worry that the decline of the dollar would hit Europe' — what is feared or
    held is the claim, as a cue of fearing's clause is. Not a fear told as past ('it sparked worries
    that ...': what others felt then) but under a past cue, which backshifts it, nor a noun after 'be' and a preposition ('it is in the
    country's interest that ...': the clause is the subject put last)."""
    if _tense(pred) == "VBD" and not reported:
        return []
    nouns = [c for c in pred.children if c.dep_ == "dobj"] + [
        o for p in pred.children if p.dep_ == "prep" and pred.lemma_ != "be" for o in p.children if o.dep_ == "pobj"]
    return [c for n in nouns if head_class(n) in lex.forecast.clause_noun_classes for c in n.children
            if c.dep_ == "acl" and _tense(c) is not None and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]


def _asks(clause: Token, lex: Lexicon) -> bool:
    """An indirect question: the clause opens with a question word ('how much the recall would
    cost'), or its own complementizer is 'whether' or 'if'."""
    first = clause.left_edge
    return first.lower_ in lex.forecast.indirect_question_words and (first.dep_ != "mark" or first.head.i == clause.i)


def _passes_on(t: Token, lex: Lexicon, reported: bool = False) -> bool:
    """A word of saying, believing or expecting, or a copula and its predicate, hands its clause on
    ('believed the troops would leave', 'confident the deal would be signed', 'sure that decisions
    will be made', 'was a signal that Europe will stand', 'hoping that people will join'), and so
    does a verb whose first WordNet sense is knowing or perceiving (``passing_verb_states``: 'we can
    see that it's going to be ...', 'the survey showed people would accept ...'), not told as past
    ('we knew there were going to be redundancies' is a past mind's future) but under a past cue
    (REPORTED: the backshifted present); a word of only wanting does not ('pleased Scotland would
    be following')."""
    if _wants_only(t, lex):
        return False
    lemma, fc = lex.lemma(t), lex.forecast
    return (lex.verb_class(lemma) is not None or lex.adjective_class(t.lower_) is not None
            or t.pos_ in ("ADJ", "AUX") or t.dep_ == "attr" or lemma in fc.future_predicates or lemma in fc.forecast_cues
            or t.pos_ == "VERB" and verb_state(t) in fc.passing_verb_states and (_tense(t) != "VBD" or reported))


def _asks_or_bids(doc: Doc, spans: list[Span], text: str, lex: Lexicon) -> bool:
    """A question (ending in '?', or opened by 'whether') or an imperative (a bare verb with no
    subject heads the content)."""
    if text.rstrip(_CLOSERS).endswith("?") or text.split(" ", 1)[0] in lex.forecast.question_openers:
        return True
    toks = content_tokens(doc, spans)
    inside = {t.i for t in toks}
    main = [t for t in toks if t.head.i not in inside or t.head.i == t.i]
    return bool(main) and all(_imperative(t) for t in main)


def _imperative(t: Token) -> bool:
    return t.tag_ == "VB" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in t.children)


def _forward(t: Token, lex: Lexicon, reported: bool, main: set[int], conditional: bool = False,
             claimed: bool = False, own: bool = False) -> bool:
    """A future or possibility marker over one of the content's MAIN predicates. 'would' is the future
    of reported speech ('she said they would leave') only under a past cue; elsewhere it is a
    conditional ('my pick would be the GV70'). A modal said to the reader ('you may benefit from a
    mesh network') is advice; one over a generic subject ('eating gluten may lower the risk') a
    tendency; 'may' over a progressive a guess about now ('the market may be stabilising'); a
    negated 'could' an inability ('could not comment', 'could find no instance':
    ``possibility_denied``). An intention verb in the past tense is the speaker's present plan only
    as reported speech backshifts it under a past cue ('said it planned to cut fees'); under a
    present one it tells an act done ('many believe he threatened to use his wealth'). Also: a
    necessity set ahead over a change ('the tax burden would have to rise'), a noun of likelihood
    there is, had or seen over what may come ('there was some possibility of the strike being
    avoided', 'has a 10% chance of making a return'), resolve or
    readiness with its infinitive ('I am determined to improve'), not under a modal of obligation
    ('man should be prepared to surrender': a norm), and a future predicate over a noun of what is
    to come ('set for steady growth'). CONDITIONAL: 'would' is the future of the case the cue's mind
    foresees (a past cue, or a fear or a hope: ``_feels_ahead``); CLAIMED: a claim held now reports
    what an act would bring about (``_act_claimed``). A modal over a verb of habit ('will usually be
    covered', data ``habitual_adverbs``) tells what tends to happen, no event to come. OWN: the
    tenses are the speaker's now (a quote, or a claim held now), so a word of plan or of what is to
    come told in the past ('we weren't going to lose': ``told_as_past``) is a past mind's future;
    'going' with no 'be' is the verb of motion (``motion_going``)."""
    fc = lex.forecast
    if t.tag_ == "MD" and t.lower_ in fc.future_modals:
        verb = t.head
        if verb.i not in main or t.lower_ in fc.backshifted_modals and (
                not (conditional or _effect_of_a_course(verb, lex) or _feared(verb, lex) or claimed and _act_claimed(verb, lex))
                or reported and _backshifted_state(verb, lex)) \
                or _to_reader(verb, lex) or _habitual(verb, lex) or characteristic(verb, lex) \
                or _generic(verb, lex) or possibility_denied(t, lex) \
                or t.lower_ in fc.present_possibility_modals and _progressive(verb) \
                or t.lower_ in fc.concessive_modals and _conceded(verb, lex):
            return False
        return verb.pos_ in ("VERB", "AUX") and verb.tag_ != "VBD" and (not perfect(verb) or perfect_ahead(t, lex))
    if t.tag_ == "MD" and t.lower_ in fc.believed_ability_modals:
        return able_as_believed(t, lex, main)
    if forced_change(t) and (t.head if t.tag_ == "MD" else t).i in main:
        return True
    if t.lemma_.lower() in fc.likelihood_nouns and (t.i in main or _object_of(t, main)):
        return likely_to_come(t) and (_tense(t.head) != "VBD" or reported)
    if t.i not in main:
        return t.lower_ in fc.future_adjectives and t.dep_ == "amod" and _told_ahead(_governor(t.head), reported) \
            and _governor(t.head).i in main and not _topic_ahead(t.head, lex) and not _judged_now(t.head)
    if arranged(t):
        return t.tag_ != "VBD" or reported
    if (t.lemma_.lower() in fc.intention_verbs or lex.lemma(t) in fc.expectant_desires and not _wants_only(t, lex)
            or t.lower_ in fc.future_predicates) and (_takes_to(t, lex) or _set_for(t, lex)) \
            and (not negated(t) or t.lower_ in fc.future_auxiliaries or raised_denial(t, lex)) \
            and not _meant_then(t, lex, reported, own, main) \
            and not _norm(t, lex) and not _rate_compared(t, lex) and not characteristic(t, lex):
        return True
    # 'We expect the first deliveries in August'; not 'helps predict trends'
    return lex.lemma(t) in fc.forecast_cues and (_finite_present(t) or _expected_now(t, lex) or reported and _backshifted(t, lex)) \
        and looks_to(t) and (not negated(t) or raised_denial(t, lex))


def raised_denial(verb: Token, lex: Lexicon) -> bool:
    """'I don't expect to play on Saturday', 'we are not planning to sell him': a verb of expecting or
    intending that raises its negation (Horn's neg-raising, data ``neg_raising_minds``), negated in
    the present (its own tense or its auxiliary's: 'don't', 'are not'), with the speaker as its
    subject (spaCy's ``Person=1``): the speaker's own mind now that something will not happen, read
    'I expect not to play', a forecast with its polarity. Told of another ('the firm does not plan
    to') or in the past ('I didn't expect them to pay me') it is an expectation or a plan said not to
    exist, no forecast."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return lex.lemma(verb) in lex.forecast.neg_raising_minds and negated(verb) and subject is not None \
        and "1" in subject.morph.get("Person", []) and carries(verb, PRESENT, links=("aux",)) and not perfect(verb)


def _meant_then(t: Token, lex: Lexicon, reported: bool, own: bool, main: set[int]) -> bool:
    """A plan or what was to come told as past ('threatened to use his wealth' under a present cue:
    an act past; ``told_as_past`` in the speaker's own tenses), unless reported speech backshifts it;
    or 'going' as the verb of motion (``motion_going``)."""
    return t.tag_ == "VBD" and not reported or own and told_as_past(t, main) or motion_going(t, lex)


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
    return holder.i in inside and _tense(holder) == "VBD"


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
        tense = _tense(tok) if tok.i in inside else "outside"
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
    return subject(verb) and any(o.i in inside and subject(o) and _tense(o) == "VBD" for o in others)


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


def able_as_believed(modal: Token, lex: Lexicon, main: set[int]) -> bool:
    """'believes Idowu can take gold at the Championships', 'is confident he can win his first title',
    'I think we can get back in touch with Barcelona', 'I have confidence that we can complete the task':
    the ability modal (data ``believed_ability_modals``) over an act (no WordNet state, thought, perception
    or feeling: ``verb_state``), in a main clause a verb or adjective of believing or hoping holds (cues.json's
    believed and speculated classes) or the 'that' clause of a noun of feeling or thought held
    (``_held_clauses``, ``_feared``), is what the believer holds may be done, a forecast; a bare 'can'
    states a capacity now, and one denied, said to the reader, habitual, generic or of a kind is no event
    to come. Nor is a verb of saying or believing under it ('I don't think one can say that ...'), which
    hedges a claim as under 'would' (``_act_claimed``), nor a clause under a cue of suggesting ('suggests
    increasing funding so help can be extended', ``proposal_cues``): a course put forward, as its 'could'.
    MAIN: the content's main predicates (``main_predicates``); the forecasts room reads the same
    modal as the forward marker whose clause is the claim."""
    verb, holder = modal.head, modal.head.head
    return modal.tag_ == "MD" and modal.lower_ in lex.forecast.believed_ability_modals and modal.dep_ == "aux" \
        and verb.i in main and verb.pos_ == "VERB" and verb_state(verb) is None \
        and lex.verb_class(lex.lemma(verb)) is None and lex.lemma(holder) not in lex.forecast.proposal_cues \
        and (verb.dep_ in ("ccomp", "xcomp") and _believing(holder, lex) or _feared(verb, lex)) \
        and not (negated(verb) or _to_reader(verb, lex) or _habitual(verb, lex) or _generic(verb, lex)
                 or characteristic(verb, lex) or _progressive(verb))


def _believing(word: Token, lex: Lexicon) -> bool:
    """A verb or adjective of believing or guessing (cues.json's classes: 'believe', 'feel', 'hope', 'confident')."""
    return (lex.verb_class(lex.lemma(word)) if word.pos_ in ("VERB", "AUX") else lex.adjective_class(word.lower_)) \
        in ("believed", "speculated")


def ahead_in_relative(marker: Token, lex: Lexicon, main: set[int]) -> bool:
    """A plain future ('will', 'shall': the modals of the future perfect, ``future_perfect_modals``;
    'going to': ``future_auxiliaries``) in a relative clause on a noun that a MAIN predicate governs
    through nouns and prepositions only: 'giving him the kicks is something we'll talk about this
    week', 'we are moving to a simpler structure that will provide a sharper focus', 'download sales,
    which will be incorporated into our chart from April'. The speaker holds the clause true as he
    holds his main one (a supplementary relative is an assertion of its own, a restrictive one what
    he takes for granted: Huddleston & Pullum 2002, ch. 12), so what it says will come is his
    forecast; 'would', 'may', 'could' there stay unread ('loopholes that could be abused': a
    possibility, data ``_main_clause``). Not a relative clause that is or hangs in a condition
    ('if someone comes with a bid I'll have to ...'), nor under a verb or clause other than a main
    predicate (a question, a duty: 'we have got to find a way that's going to ...'), nor on a main
    predicate under a modal of obligation ('we should seek a solution that will ...': a course
    urged, ``_norm``), nor a clause opened by a word that heads no relative on a noun ('no idea what
    I'm going to wear': an unknown, ``fused_relatives``), nor one of a habit, a general truth, a
    generic subject or one said to the reader, as in a main clause."""
    fc = lex.forecast
    if marker.tag_ == "MD" and marker.lower_ in fc.future_perfect_modals:
        verb = marker.head
    elif marker.lower_ in fc.future_auxiliaries and _takes_to(marker, lex):
        verb = marker
    else:
        return False
    if verb.dep_ != "relcl" or perfect(verb) or verb.left_edge.lower_ in fc.fused_relatives \
            or not _governed_by_main(verb.head, lex, main):
        return False
    return not (conditioned(verb) or _habitual(verb, lex) or characteristic(verb, lex) or _generic(verb, lex)
                or _to_reader(verb, lex))


_NOMINAL_LINKS = ("dobj", "pobj", "prep", "agent", "pcomp", "nsubj", "nsubjpass", "attr", "appos", "conj", "dative",
                  "oprd", "npadvmod")


def _governed_by_main(noun: Token, lex: Lexicon, main: set[int]) -> bool:
    """NOUN is a main predicate, or hangs on one through objects, prepositions, appositions and
    conjuncts only (no clause between: a question, a duty's infinitive, a condition), and no word
    on the way opens a condition ('if someone comes with a bid ...')."""
    tok = noun
    while True:
        if opens_condition(tok):
            return False
        if tok.i in main:
            return not _norm(tok, lex)
        if tok.dep_ not in _NOMINAL_LINKS or tok.head.i == tok.i:
            return False
        tok = tok.head


def _object_of(noun: Token, main: set[int]) -> bool:
    """The noun is the object of a main predicate ('he only has a 10% chance of making a return',
    'sees a chance that rates will rise'): a likelihood someone has or sees is the claim's own, as
    one that there is (``prospects.likelihood_held``: not 'had not ruled out the possibility')."""
    return noun.dep_ == "dobj" and noun.head.i in main and likelihood_held(noun)


def _feared(verb: Token, lex: Lexicon) -> bool:
    """'would' in the 'that' clause of a noun of feeling or thought ('fears that up to 300 jobs would
    be moved', ``_held_clauses``): the future of the case feared, as under a cue of fearing."""
    return verb.dep_ == "acl" and head_class(verb.head) in lex.forecast.clause_noun_classes


def perfect_ahead(modal: Token, lex: Lexicon) -> bool:
    """A perfect under a modal that still looks ahead: the future perfect ('will have acquired 51
    million users by 2009', ``future_perfect_modals``), or any modal's perfect before a deadline
    with a date ('could have adopted broadband by the end of 2005', ``deadline_prepositions``)."""
    fc = lex.forecast
    return modal.lower_ in fc.future_perfect_modals or any(
        p.dep_ == "prep" and p.lower_ in fc.deadline_prepositions and timed(p) for p in modal.head.children)


def _effect_of_a_course(verb: Token, lex: Lexicon) -> bool:
    """'would' over what a course would bring about: its subject a noun of a plan or a measure put
    forward (data ``course_nouns``), of an act or a happening (``names_a_happening``: 'the move',
    'the re-election of a Labour government'), or a gerund of one particular act ('introducing the
    cards would be costly'). 'Critics say the plans would put lives at risk', 'unions say the
    scheme would penalise workers': the effect foreseen should the course be taken, a prediction
    under any cue, as 'would' under a past cue or a fear is (``_feels_ahead``); what a person or a
    thing would do ('my pick would be ...', 'he would be happy to meet') stays a conditional, and so
    does a copula over the course ('the merger would be a good move', 'such a departure would be
    sensible'): a judgement of the course, not what it would bring about."""
    return verb.lemma_ != "be" and any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and _names_a_course(c, lex)
                                       or c.dep_ in ("nsubj", "csubj") and c.tag_ == "VBG" and _particular_act(c, lex)
                                       for c in verb.children)


def _names_a_course(noun: Token, lex: Lexicon) -> bool:
    return noun.lemma_.lower() in lex.forecast.course_nouns or names_a_happening(noun)


def _conceded(verb: Token, lex: Lexicon) -> bool:
    """'The profession may look fairly staid but is in an enormous period of change': 'may' or
    'might' (data ``concessive_modals``) granting a point that a conjunct after 'but' or 'yet'
    (``concessive_conjunctions``), in the simple present, then outweighs — Quirk et al.'s concessive
    'may', a point granted about now, no event to come. A conjunct with a modal of its own ('may
    rise but will fall'), one in the perfect ('could resume, but the army has not confirmed') and a
    modal pointed ahead ('may resume before the end of the month, but ...') are left to foresee."""
    opposed = any(c.dep_ == "cc" and c.lower_ in lex.forecast.concessive_conjunctions for c in verb.children)
    return opposed and not pointed_ahead(verb) and any(
        c.dep_ == "conj" and _tense(c) in ("VBZ", "VBP") and not perfect(c) for c in verb.children)


def _habitual(verb: Token, lex: Lexicon) -> bool:
    """An adverb of usuality on the verb (Quirk et al.'s adverbs of indefinite frequency, data
    ``habitual_adverbs``: 'usually', 'normally', 'generally', 'often'): 'the costs will usually be
    covered', 'such cases would normally go to court' state a norm or a habit (the habitual and
    predictable 'will'), what happens whenever the case arises, not an event to come; 'always' and
    'never' also promise ('will always be so') and are not among them. Graded ('could happen less
    frequently', 'will happen more often') the adverb tells a change of habit to come, and stays."""
    return any(c.dep_ == "advmod" and c.lower_ in lex.forecast.habitual_adverbs
               and not any(g.dep_ == "advmod" for g in c.children) for c in verb.children)


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


def _simple_present(verb: Token) -> bool:
    """A clause in the simple present, active or passive ('who read it', 'who are not funded'):
    neither perfect nor progressive, what holds of whoever fits it."""
    tenses = [verb.tag_] + [c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(tag in ("VBZ", "VBP") for tag in tenses) and verb.tag_ != "VBG" and not perfect(verb)


def _backshifted_state(verb: Token, lex: Lexicon) -> bool:
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
    tense = _tense(clause)
    return clause.pos_ in ("VERB", "AUX") and tense is not None and tense != "MD" and not any(
        c.dep_ == "aux" and c.lower_ in lex.forecast.future_modals for c in clause.children)


def _amount(pred: Token, lex: Lexicon) -> bool:
    """A predicate that measures: an amount (data/statements_forecast.json ``amount_entities``), or a
    unit counted by a number ('about 900 rupees', '2%')."""
    amounts = lex.forecast.amount_entities
    return pred.ent_type_ in amounts or any(c.dep_ == "nummod" and (c.ent_type_ in amounts or c.like_num)
                                            for c in pred.children)


def _told_ahead(verb: Token, reported: bool) -> bool:
    """A predicate not told as past: 'the coming week's events were hammered out on Sunday' tells
    what was done; under a past cue an active past verb is the backshifted present ('said voters
    faced a clear choice at the next election'), a passive one still an act done."""
    return _tense(verb) != "VBD" or reported and not any(c.dep_ == "auxpass" for c in verb.children)


def _topic_ahead(noun: Token, lex: Lexicon) -> bool:
    """A noun of what is to come that is only what the claim is about, under a preposition of topic
    (data ``topic_prepositions``: 'he remained optimistic over future trends', 'the programmes
    rested on assumptions about future growth', 'nervous about the coming months'): the claim is
    about now; a noun of time under one that also places in time still dates the clause ('would
    rise over the next five years')."""
    fc = lex.forecast
    timed = noun.ent_type_ in ("DATE", "TIME") or head_class(noun) == "time"
    return noun.dep_ == "pobj" and noun.head.lower_ in fc.topic_prepositions \
        and not (timed and noun.head.lower_ in fc.time_topic_prepositions)


def _judged_now(noun: Token) -> bool:
    """'his planned £35bn efficiency savings simply don't add up', 'the proposed cuts are unfair': a
    noun of what is planned or to come ('planned', 'proposed': ``future_adjectives``) that is the
    subject of a predicate in the simple present (no auxiliary but 'do'), is what the claim judges
    now (Quirk et al.'s state present), not what it foresees; a progressive or a passive may be
    futurate ('the planned strike is taking place') and stays; a noun of time so placed still
    looks ahead ('the coming year looks tough', 'next week is crucial')."""
    verb = noun.head
    present = verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
        or verb.tag_ == "VB" and [c.lemma_ for c in verb.children if c.dep_ == "aux"] == ["do"]
    return noun.dep_ == "nsubj" and noun.ent_type_ not in ("DATE", "TIME") and head_class(noun) != "time" and present


def _set_for(pred: Token, lex: Lexicon) -> bool:
    """A future predicate before 'for' and a noun of what is to come ('the conditions are set for
    steady growth', 'the bill is due for a vote'): ``prospect_prepositions``."""
    return pred.lower_ in lex.forecast.future_predicates and any(
        p.dep_ == "prep" and p.lower_ in lex.forecast.prospect_prepositions
        and any(names_a_happening(o) for o in p.children if o.dep_ == "pobj") for p in pred.children)


def _norm(pred: Token, lex: Lexicon) -> bool:
    """A word of intention or readiness under a modal of obligation ('man should be prepared to
    surrender', data ``norm_modals``): what someone ought to be ready for, a norm, not a plan."""
    holders = [pred, pred.head] if pred.dep_ in ("acomp", "xcomp") else [pred]
    holders += [c for h in holders for c in h.children if c.dep_ in ("aux", "auxpass")]   # the parse may hang it on 'be'
    return any(c.tag_ == "MD" and c.lower_ in lex.forecast.norm_modals for h in holders for c in h.children)


def _rate_compared(pred: Token, lex: Lexicon) -> bool:
    """'Teenagers from well-off backgrounds are six times more likely to go to university than those
    from deprived areas', 'Roma Czechs were 400 times more likely to be stopped than non-Roma Czechs':
    a predicate graded by a comparative (Penn's RBR, 'more' / 'less') and set against another group
    (data ``rate_comparisons``), its subject a kind of people — a bare plural or a demonstrative
    (``group_pronouns``): a rate measured, the finding of a study about how often, no event to come.
    'The Tories are now more likely to win than Labour' (a definite party) and 'more likely than
    not' (one case graded) stay forecasts."""
    fc = lex.forecast
    graded = any(c.dep_ == "advmod" and c.tag_ == "RBR" for c in pred.children)
    against = [w for w in pred.subtree if w.dep_ == "prep" and w.lower_ in fc.rate_comparisons
               and not any(o.dep_ == "neg" or o.lower_ == "not" for o in w.children)]
    subject = next((c for c in pred.head.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
        if pred.dep_ == "acomp" else None
    return graded and bool(against) and subject is not None and _kind_of_people(subject, lex)


def _kind_of_people(noun: Token, lex: Lexicon) -> bool:
    """A bare plural ('teenagers from well-off backgrounds', 'Roma Czechs') or a demonstrative standing
    for a group ('those of Pakistani origin'): a kind, not one party."""
    if noun.lower_ in lex.forecast.group_pronouns:
        return True
    return noun.tag_ in ("NNS", "NNPS") and not any(c.dep_ in ("det", "poss") for c in noun.children)


def _governor(noun: Token) -> Token:
    """The predicate a noun phrase belongs to, through its prepositions ('in the next election' -> 'held')."""
    tok = noun.head
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _progressive(verb: Token) -> bool:
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)


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
    tenses = [_tense(t) for t in toks if t.pos_ in ("VERB", "AUX") and (t.head.i not in inside or t.head.i == t.i)]
    finite = [t for t in tenses if t is not None]
    if not finite:
        return cue is not None and cue.head.tag_ == "VBD"
    return all(t == "VBD" for t in finite)


def _tense(verb: Token) -> str | None:
    """The tag that carries a verb's tense: its own, or its first auxiliary's ('will come')."""
    if verb.tag_ in _FINITE:
        return str(verb.tag_)
    return next((str(c.tag_) for c in verb.children if c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE), None)


def _to_reader(verb: Token, lex: Lexicon) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in lex.speakers.reader_pronouns for c in verb.children)


def _generic(verb: Token, lex: Lexicon) -> bool:
    """'Eating gluten may lower the risk', 'following a diet could reduce it': a clause or a
    gerund as the subject states what a kind of act tends to do, not an event to come; a gerund
    over a particular thing ('meeting the 2010 targets will be difficult', 'selling its stake
    could take months') is one act to come, and what is said of it a forecast."""
    return any(c.dep_ in ("csubj", "nsubj") and c.tag_ == "VBG" and not _particular_act(c, lex)
               or c.dep_ == "csubj" and c.tag_ != "VBG" for c in verb.children)


def _particular_act(gerund: Token, lex: Lexicon) -> bool:
    """A gerund whose object is one known thing: a definite determiner (data/statements_forecast.json
    ``particular_determiners``), a possessor, or a name ('meeting the targets', 'selling its stake',
    'buying Euronext'); or one whose phrase names a particular party, place or thing (a named
    entity, ``particular_entities``: 'keeping British troops in Iraq could cost another £1bn'):
    one act of known parties, not a kind of act ('eating fruit may lower the risk')."""
    return any(o.dep_ in ("dobj", "obj") and (o.pos_ == "PROPN" or any(
        d.dep_ == "poss" or d.dep_ == "det" and d.lower_ in lex.forecast.particular_determiners
        for d in o.children)) for o in gerund.children) \
        or any(t.ent_type_ in lex.forecast.particular_entities for t in gerund.subtree)


def _past(cue: Token) -> bool:
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
        tense = _tense(tok) if tok.pos_ != "ADP" else None
        if tense not in (None, "MD") or tok.head.i == tok.i or tok.dep_ not in _PARTICIPLE_LINKS + ("prep", "ccomp"):
            return tense == "VBD"
        tok = tok.head
    return False


def _finite_present(verb: Token) -> bool:
    """A verb that asserts on its own, now: 'we expect', 'is predicting'; a bare infinitive or a
    gerund ('helps predict trends', 'ways of predicting') names the act without claiming it."""
    if verb.pos_ != "VERB":
        return False
    return carries(verb, PRESENT, modal=True, links=("aux",))


def _expected_now(verb: Token, lex: Lexicon) -> bool:
    """A verb of predicting or expecting (``expectation_cues``) in the present passive: the
    impersonal expectation held now ('a decision is now expected by mid March', 'a recovery is
    forecast for next year'); the passive of a promise or a threat is left out ('jobs are
    threatened' is a danger now), and so is what is expected of someone ('it's expected of Madrid to
    get through': WordNet's sense of 'expect' as requiring, a norm)."""
    return lex.lemma(verb) in lex.forecast.expectation_cues and verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children) and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in verb.children)


def _backshifted(verb: Token, lex: Lexicon) -> bool:
    """'She said he expected new attempts': a past verb reported under a past cue is the speaker's
    present, backshifted as reported speech does."""
    return verb.tag_ == "VBD" and verb.dep_ == "ccomp" and lex.lemma(verb) in lex.forecast.expectation_cues


def _takes_to(tok: Token, lex: Lexicon) -> bool:
    """'planned to cut fees', and the noun heading an announced content, 'plans to buy 20% of the
    firm', 'a pledge to cut taxes': an intention with its infinitive."""
    clause = ("xcomp", "acl") if tok.pos_ == "NOUN" else ("xcomp",)
    return any(c.dep_ in clause and any(g.lower_ in lex.cues.infinitive_markers for g in c.children)
               for c in tok.children)
