"""Whether a statement's content speaks of what will or may happen after it was said (the
forecast flag): future and modal auxiliaries over a verb that is not perfect, going-to,
intention verbs and adjectives of resolve, forecast and commitment cues (FrameNet's Predicting,
Commitment and Expectation frames), a necessity set ahead over a change, a noun of likelihood over
what may come, forward-looking phrases, and a date in the content later than the day it was said
(``tense.dated_after``, which ``find.py`` reads beside it).
'would' foresees under a past cue or a cue of fearing or hoping ('creditors fear such a move would
trigger ...'). Not a reported 'would' over a copula that identifies or measures (the backshifted
present of reported speech), nor readiness under a modal of obligation (a norm), nor a modal over
a verb of habit ('will usually be covered'), nor 'could' putting a course forward under a cue of
suggesting ('suggested teachers could get more powers').

The flag is a room of its own (``find.py`` sets it with ``is_forecast``; ``raised_denial`` is read
by the forecasts room too): it reads where a marker counts from ``main_clause.py`` and a clause's
time from ``tense.py``, and they read nothing of it."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ...model import Span
from ...nlp.wordnet import head_class, verb_state
from ..verbforms import PRESENT, carries, perfect
from .certainty import content_tokens, negated, possibility_denied
from .cues import Cue
from .lexicon import Lexicon, text_of
from .main_clause import able_as_believed, ahead_in_relative, feared, main_predicates, norm, takes_to, wants_only
from .prospects import (
    arranged,
    can_be_bound,
    forced_change,
    likelihood_held,
    likely_to_come,
    looks_to,
    names_a_happening,
    passive_voice,
    pointed_ahead,
)
from .tense import (
    backshifted,
    backshifted_state,
    characteristic,
    conceded,
    finite_present,
    generic,
    habitual,
    motion_going,
    own_past_mind,
    particular_act,
    past_cue,
    perfect_ahead,
    progressive,
    tense_tag,
    to_reader,
    told_ahead,
    told_as_past,
)

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
    if _asks_or_bids(doc, spans, text, lex) or cue is not None and wants_only(cue.head, lex):
        return False
    if cue is not None and lex.lemma(cue.head) in fc.forecast_cues and not negated(cue.head) and not own_past_mind(cue.head, lex):
        return True
    then = cue is not None and own_past_mind(cue.head, lex)
    reported = cue is not None and not direct and past_cue(cue.head) and not then
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
        and lex.verb_class(lex.lemma(verb)) is None and not (verb.dep_ == "ccomp" and tense_tag(verb.head) == "VBD") \
        and not any(c.dep_ == "advcl" and tense_tag(c) == "VBD" and any(
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


def _hopes_to(cue: Token, toks: list[Token], lex: Lexicon) -> bool:
    """A hope whose content is its own 'to'-infinitive ('hopes to win the nomination', 'hoped to
    contest most seats'): what the hoper means to do next; not a hope to have done ('hope to have
    made gains'), which looks back."""
    if lex.lemma(cue) not in lex.forecast.expectant_desires or negated(cue):
        return False
    inside = {t.i for t in toks}
    return any(t.head.i == cue.i and t.dep_ == "xcomp" and t.i in inside and not perfect(t)
               and any(c.lower_ in lex.cues.infinitive_markers for c in t.children) for t in toks)


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
                not (conditional or _effect_of_a_course(verb, lex) or feared(verb, lex) or claimed and _act_claimed(verb, lex))
                or reported and backshifted_state(verb, lex)) \
                or to_reader(verb, lex) or habitual(verb, lex) or characteristic(verb, lex) \
                or generic(verb, lex) or possibility_denied(t, lex) \
                or t.lower_ in fc.present_possibility_modals and progressive(verb) \
                or t.lower_ in fc.concessive_modals and conceded(verb, lex):
            return False
        return verb.pos_ in ("VERB", "AUX") and verb.tag_ != "VBD" and (not perfect(verb) or perfect_ahead(t, lex))
    if t.tag_ == "MD" and t.lower_ in fc.believed_ability_modals:
        return able_as_believed(t, lex, main)
    if forced_change(t) and (t.head if t.tag_ == "MD" else t).i in main:
        return True
    if t.lemma_.lower() in fc.likelihood_nouns and (t.i in main or _object_of(t, main)):
        return likely_to_come(t) and (tense_tag(t.head) != "VBD" or reported)
    if t.i not in main:
        return t.lower_ in fc.future_adjectives and t.dep_ == "amod" and told_ahead(_governor(t.head), reported) \
            and _governor(t.head).i in main and not _topic_ahead(t.head, lex) and not _judged_now(t.head)
    if arranged(t):
        return t.tag_ != "VBD" or reported
    if (t.lemma_.lower() in fc.intention_verbs or lex.lemma(t) in fc.expectant_desires and not wants_only(t, lex)
            or t.lower_ in fc.future_predicates) and (takes_to(t, lex) or _set_for(t, lex)) \
            and (not negated(t) or t.lower_ in fc.future_auxiliaries or raised_denial(t, lex)) \
            and not _meant_then(t, lex, reported, own, main) \
            and not norm(t, lex) and not _rate_compared(t, lex) and not characteristic(t, lex):
        return True
    # 'We expect the first deliveries in August'; not 'helps predict trends'
    return lex.lemma(t) in fc.forecast_cues and (finite_present(t) or _expected_now(t, lex) or reported and backshifted(t, lex)) \
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


def _object_of(noun: Token, main: set[int]) -> bool:
    """The noun is the object of a main predicate ('he only has a 10% chance of making a return',
    'sees a chance that rates will rise'): a likelihood someone has or sees is the claim's own, as
    one that there is (``prospects.likelihood_held``: not 'had not ruled out the possibility')."""
    return noun.dep_ == "dobj" and noun.head.i in main and likelihood_held(noun)


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
                                       or c.dep_ in ("nsubj", "csubj") and c.tag_ == "VBG" and particular_act(c, lex)
                                       for c in verb.children)


def _names_a_course(noun: Token, lex: Lexicon) -> bool:
    return noun.lemma_.lower() in lex.forecast.course_nouns or names_a_happening(noun)


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


def _governor(noun: Token) -> Token:
    """The predicate a noun phrase belongs to, through its prepositions ('in the next election' -> 'held')."""
    tok = noun.head
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _expected_now(verb: Token, lex: Lexicon) -> bool:
    """A verb of predicting or expecting (``expectation_cues``) in the present passive: the
    impersonal expectation held now ('a decision is now expected by mid March', 'a recovery is
    forecast for next year'); the passive of a promise or a threat is left out ('jobs are
    threatened' is a danger now), and so is what is expected of someone ('it's expected of Madrid to
    get through': WordNet's sense of 'expect' as requiring, a norm)."""
    return lex.lemma(verb) in lex.forecast.expectation_cues and verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children) and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in verb.children)


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
