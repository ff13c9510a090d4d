"""Whether a statement flagged as a forecast speaks of what will happen, read from its own words.

A modal or a plan verb marks a forecast only when it looks ahead (FactBank's and TimeML's modality:
a prediction's event lies after the time it was said). It does not when the modal judges rather
than predicts, or when the whole frame lies in the past:
- a judgement: a modal over a copula whose predicate is an evaluation ('the move would be wrong',
  'it would be a mistake'), or over a verb graded by one ('the money could be better used'): the
  speaker's view of a course, not of what will come (Palmer's evaluative and deontic modality);
- a look back: a modal other than 'will' over a perfect ('it would have been safer to ...', 'may
  have fixed bids'), not the future perfect ('will have been endured by the time ...');
- a past frame: a modal or plan verb inside a past perfect ('he had been told he could use his
  dogs', 'the government had originally pledged to ...'), or a cue of expecting or of being told in
  the past perfect ('analysts had expected the firm to ...'): what held before, told as past;
  in the speaker's own tenses, a plan or expectation word in the past tense, or a past modal in a
  clause a past verb of the content governs or joined to a past clause ('he failed to say which
  taxes he would put up', 'we just could not break them down'): the future in the past, so a
  quote's claim is its sentence that looks ahead from when it was said (``_told_then``).
- a question put to the speaker: the content is the clause 'if' or 'whether' opens under a verb of
  asking ('Asked if he would welcome an inquiry, ...'): the asker's words, which claim nothing;
- a duty: the content's main verb is under a modal of advice ('should', 'ought': data/forecasts.json
  ``duty_modals``) with a person or a body acting as its subject ('police should make sure ...',
  'the minister should make a statement next week'): what someone ought to do, not what will come;
  a thing or an act under it is still foreseen ('2,500 jobs should be created', 'the deal should
  go through'), as is what a verb of expecting says ('ministers should expect it to be rewritten').
- a feeling: a conditional or possibility modal over a verb whose first WordNet sense is a feeling
  (verb.emotion), passive or on a condition ('it would worry her if ...', 'they would be
  delighted'): how someone feels about a case, not what will come;
- a reading of the present: an epistemic 'may' or 'might' (``epistemic_modals``), with no time in
  its clause, over a verb whose first WordNet sense names a state, a perception or a thought used
  as a reading: passive ('it may be seen as a snub'), linking its subject to a description ('may
  look like a retreat'), or relating two things ('the move may represent a shift'): Palmer's
  epistemic possibility over a state speaks of what may be so now ('she may be at home');
- a necessity: 'would' over a semi-modal of necessity with no time and no condition ('would have
  to be weighed carefully': ``necessity_modals``, ``necessity_verbs``): a requirement; not a change
  a thing will be forced into ('the tax burden would have to rise': ``forced_change``), foreseen.
- a possibility now: 'could', 'might' or 'may' (``possibility_modals``), with no time, no adverb
  ahead and no condition in its clause, over a copula whose subject and predicate name no occasion
  and whose predicate governs no act ('the gap might be wider than thought'), 'there is' held to now ('there may still be buyers'),
  or a verb of state measuring an amount ('the repairs could cost 2m'): what may be so now, an
  estimate, no event to come; not what an act named by a gerund will take ('keeping troops there
  could cost another £1bn').
- a clause asked, for a purpose or compared: a direct question ('What are your guests going to
  remember?'), a clause of purpose ('so they could speak freely'), or a modal standing alone for a
  verb said before it in a comparison ('as many people might'): nothing foreseen of its own;
- a capacity or a feature: a future or possibility modal ('will', 'would', 'could', 'going to') over a
  verb of state or of having (WordNet's first sense in verb.stative, or the synsets of having:
  'hold', 'contain', 'include', 'feature', 'have'), active, whose subject is a product or a thing
  (the events room's ``argkinds`` 'property' kind: an artifact, a substance, a product's name) and
  whose object is a thing or a measure ('a camera', '120 songs'; not 'a big part', 'an impact'),
  with no time, clause of time, condition or adverb ahead ('the new iPod will hold 120 songs', 'the
  handset would have a camera'): what the thing holds or has, true now of the thing as made, no
  change to check later; a time ahead ('70% of phones will have a camera by 2008') foresees, as does a body or a
  person holding ('the firm will hold talks'). So does what it comes with (WordNet's stative 'come with') or lets
  one do (a verb of letting or enabling over an act: 'the vehicles will allow the elderly to achieve mobility').
- a thing's purpose told as past: a verb of intending in the past passive with a thing as its
  subject ('DRM systems were intended to control consumers': data ``purpose_verbs``): what the
  thing was made for, no plan of anyone's to check later.
- an expectation compared: a verb of expecting or planning in a clause of comparison ('higher than
  originally planned', 'hasn't gone as well as expected'): what is, measured against an expectation
  held before, no prediction of its own (``_expectation_compared``).
- a description of the cue: the content only modifies the cue noun ('criticised "extravagant" Tory
  promises': the content 'extravagant'), a view of the promise, not what it foresees.
Besides the modals and words of plan, the ability modal 'can' over an act in a clause a belief or a
hope holds ('believes Idowu can take gold at the Championships') is a forward marker: the statements
room's ``able_as_believed`` flags the statement for it, and the same modal here makes its clause the
claim and that clause's times the horizon (``_believed_abilities``).
A statement with one forward marker that is none of these stays a forecast, as does one whose cue is a
word of predicting ('predicted', 'expects') or one with no marker the parse can name (a date ahead).
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from ...model import Statement, Timex
from ...nlp.wordnet import VERBS, having_verb, noun_classes, phrasal_class, prepositional_class, spoken, verb_state
from ..events.argkinds import ARGS
from ..statements.certainty import content_tokens
from ..statements.forecast_flag import raised_denial
from ..statements.lexicon import lexicon
from ..statements.main_clause import able_as_believed, main_predicates
from ..statements.prospects import (
    arranged,
    can_be_bound,
    conditioned,
    forced_change,
    likely_to_come,
    looks_to,
    names_a_happening,
    names_an_occasion,
    opens_condition,
    passive_voice,
    pointed_ahead,
    timed,
)
from ..statements.tense import characteristic, modal_told_as_past, motion_going, perfect_ahead, told_as_past
from ..verbforms import perfect
from .horizons import times_ahead
from .rules import rules


def speaks_ahead(doc: Doc, s: Statement, timexes: list[Timex] | None = None) -> bool:
    """False when the cue is a past expectation or a past telling, or a prediction only set out
    to, when every main verb of the content is a question put to someone or a duty, or every
    forward marker of the content judges or lies in a past frame (module docstring); with the
    article's TIMEXES, a content with no forward marker speaks ahead only by a time ahead."""
    cue = _cue(doc, s)
    if cue is not None and (_past_cue(cue) or _describes_the_cue(doc, s, cue) or _cue_unsaid(cue)):
        return False
    if cue is not None and lexicon().lemma(cue) in lexicon().forecast.forecast_cues:
        return True
    toks = content_tokens(doc, s.content_spans)
    inside = {t.i for t in toks}
    main = _main_predicates(toks, inside)
    if main and all(_asked(t) or _duty(t) for t in main):
        return False
    believed = _believed_abilities(toks, s, cue)
    markers = [t for t in toks if forward_marker(t) or t.i in believed]
    if not markers:
        return timexes is None or _meant_by_the_cue(cue) or bool(times_ahead(s, timexes))
    unshifted, own = _tenses_kept(s, cue), _own_tenses(s, cue)
    return any(_predicts(t, inside, unshifted, own) for t in markers)


def _meant_by_the_cue(cue: Token | None) -> bool:
    """The cue is a word of hoping or intending whose content is what is hoped or meant ('hoping
    to repeat his success', 'aims to reach 1,000'): it looks ahead with no marker in the content."""
    fc = lexicon().forecast
    return cue is not None and lexicon().lemma(cue) in fc.expectant_desires | fc.intention_verbs


def _cue_unsaid(cue: Token) -> bool:
    """A cue of predicting or promising that no one performs: the infinitive of a verb (its
    complement or its purpose) other than one of going on ('BT set out to predict future patterns', 'declined to predict'; data
    ``aspect_verbs``: 'continue to predict' still predicts), or a gerund after 'as' or 'like'
    describing a work ('now widely seen as predicting the digital age'): an aim, a refusal or a
    description, no prediction made on the day it was said (Searle: a speech act reported as
    attempted or characterised is not performed)."""
    r = rules()
    if lexicon().lemma(cue) not in lexicon().forecast.forecast_cues:
        return False
    if cue.dep_ in ("xcomp", "advcl") and cue.head.pos_ in ("VERB", "AUX"):     # 'set out to': advcl
        return any(c.lower_ == "to" for c in cue.children) and lexicon().lemma(cue.head) not in r.aspect_verbs
    return cue.dep_ == "pcomp" and cue.tag_ == "VBG" and cue.head.lower_ in r.linking_prepositions


def predicting_markers(doc: Doc, s: Statement) -> list[Token]:
    """The forward markers of the content that predict (module docstring): neither a judgement, a
    feeling, a reading of the present, a necessity nor a past frame, nor in a question or a duty."""
    toks = content_tokens(doc, s.content_spans)
    inside = {t.i for t in toks}
    cue = _cue(doc, s)
    unshifted, own = _tenses_kept(s, cue), _own_tenses(s, cue)
    believed = _believed_abilities(toks, s, cue)
    return [t for t in toks if (forward_marker(t) or t.i in believed) and _predicts(t, inside, unshifted, own)
            and not any(_asked(v) or _duty(v) for v in [marked_verb(t)] if v.pos_ in ("VERB", "AUX"))]


def _believed_abilities(toks: list[Token], s: Statement, cue: Token | None) -> set[int]:
    """The content's ability modals a belief or a hope holds over an act ('believes Idowu can take
    gold at the Championships', 'I have confidence that we can complete the task in Germany'): the
    statements room's ``able_as_believed``, read over the same main predicates (under a past cue of
    reported words, ``_tenses_kept``, the backshifted present), so the modal that flags the
    statement is the forward marker whose clause is the claim and whose times are its horizon."""
    lex = lexicon()
    if not any(t.tag_ == "MD" and t.lower_ in lex.forecast.believed_ability_modals for t in toks):
        return set()
    main = main_predicates(toks, lex, cue is not None and not _tenses_kept(s, cue))
    return {t.i for t in toks if able_as_believed(t, lex, main)}


def _predicts(marker: Token, inside: set[int], unshifted: bool = False, own: bool = False) -> bool:
    """A forward marker that speaks of what will come (module docstring); UNSHIFTED when the
    content keeps its speaker's own tenses (``_tenses_kept``), OWN when they are the speaker's now
    (``_own_tenses``)."""
    return not (_judges(marker) or _feels(marker) or _reads_present(marker) or _necessity(marker)
                or _possible_now(marker) or _past_frame(marker, inside) or _looks_back(marker)
                or _asked_directly(marker) or _purpose(marker) or _elided_comparison(marker)
                or _prefers(marker) or _explains(marker) or _supposed(marker) or _capacity(marker)
                or _past_purpose(marker) or _expectation_compared(marker) or _general_truth(marker)
                or unshifted and _counterfactual(marker) or own and _told_then(marker, inside) or _disclaimed(marker, inside))


def _told_then(marker: Token, inside: set[int]) -> bool:
    """In the speaker's own tenses, a word of plan, expectation or what is to come told in the past
    ('we weren't going to lose', 'never did I think this was going to happen', 'he was expected to
    dribble': the statements room's ``told_as_past``): what was meant or foreseen then, Quirk et
    al.'s future in the past, no claim about what is still to come; a past modal in a clause a past
    verb of the content governs or joined to a past clause ('He failed to say which taxes he would
    put up', 'Liverpool played well and we could not break them down': the statements room's
    ``modal_told_as_past``) likewise, so the quote's claim is the sentence that looks ahead from now,
    and a quote with none is no forecast."""
    if marker.tag_ == "MD":
        return modal_told_as_past(marker, inside, lexicon())
    return marker.pos_ in ("VERB", "AUX", "ADJ") and told_as_past(marker, inside)


def _general_truth(marker: Token) -> bool:
    """A future or possibility modal or 'going to' over a state said of a kind or at all times
    ('it will always be a great quality race', 'anyone who knows the period will see ...': the
    statements room's ``characteristic``): what holds now as later, nothing to come."""
    verb = _modal_verb(marker)
    return verb is not None and characteristic(verb, lexicon())


def _disclaimed(marker: Token, inside: set[int]) -> bool:
    """The marker's clause is taken back by the verb of saying or knowing it hangs from
    (``negating_frame``), and that verb is no neg-raising opinion kept in the claim: 'We are not
    saying that it will be suitable', 'you don't know what the draw will be' (a disclaimer or an
    unknown, no prediction), or any such verb outside the content, which the claim cannot hold
    ('Analysts doubt the bank will raise rates': stored as the bare 'the bank will raise rates' it
    would say the opposite). A marker that is itself such a verb ('I'm not predicting that they
    will') disclaims likewise."""
    own = _frames_a_clause(marker) and _takes_back(marker)          # 'I'm not predicting that ...'
    frame = marker if own else negating_frame(marked_verb(marker))
    return frame is not None and (frame.i not in inside or not (_opinion(frame) or raised_denial(frame, lexicon())))


def negating_frame(verb: Token) -> Token | None:
    """The nearest verb of saying, thinking or seeming whose clause holds VERB's (up through clauses,
    conjuncts and predicates), when it takes that clause back: negated ('I don't believe it's going
    to die', 'We are not saying that it will be suitable'), with a subject that denies it ('nobody
    expects the bank to raise rates'), or a verb of doubting ('I doubt it will'). None when the
    nearest such verb affirms its clause ('he said he did not think ...': 'think' decides, not
    'said'), or there is none: polarity reaches the forecast from the words that frame it (Horn's
    neg-raising, FactBank's source-introducing predicates)."""
    tok = verb
    while tok.dep_ in _CLAUSE_LINKS and tok.head.i != tok.i and not _own_conjunct(tok):
        frame = tok.head
        if _frames_a_clause(frame) and tok.dep_ in _COMPLEMENTS:
            return frame if _takes_back(frame) else None
        tok = frame
    return None


# the links by which a clause hangs from the verb that frames it ('believe it's either dead or going to die');
# the last is a complement: a verb coordinated with the frame ('was not planning to change it but would use
# it') is a claim of its own
_CLAUSE_LINKS = ("ccomp", "xcomp", "conj", "acomp", "attr")
_COMPLEMENTS = ("ccomp", "xcomp")


def _own_conjunct(tok: Token) -> bool:
    """A conjunct with a subject of its own ('I do not think the answer is in deportations, but
    they will help'): a clause of its own, out of the reach of what frames the first."""
    return tok.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children)


def _frames_a_clause(verb: Token) -> bool:
    """A verb of saying (WordNet verb.communication), of thought or of seeming (a neg-raising
    opinion, verb.cognition): it frames what its clause says as someone's word or view."""
    return verb.pos_ in ("VERB", "AUX") and (spoken(verb) or verb_state(verb) == "cognition"
                                             or _opinion(verb))


def _opinion(verb: Token) -> bool:
    """A neg-raising verb of opinion or a verb of doubting (data ``neg_raising_verbs``,
    ``doubt_verbs``): its denial is an opinion that the clause will not come ('don't think',
    'nobody expects', 'doubt'), a forecast with its polarity whose words the claim keeps."""
    return lexicon().lemma(verb) in rules().neg_raising_verbs | rules().doubt_verbs


def _takes_back(frame: Token) -> bool:
    """Negated ('not', 'never', 'n't' after its subject: 'not what he claims' negates a phrase),
    its subject a negative pronoun or under 'no' ('nobody', 'no one'), or a verb of doubting or
    denying not itself negated ('doubt that ...', 'denies it will'; 'nobody is denying suggestions
    a merger could be on the agenda' affirms them; 'no doubt' is a noun)."""
    r, lex = rules(), lexicon()
    subject = next((c for c in frame.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    negated = any(c.dep_ == "neg" and (subject is None or c.i > subject.i) for c in frame.children)
    nobody = subject is not None and (subject.lower_ in r.negative_pronouns or any(
        c.dep_ == "det" and c.lower_ in lex.forecast.negative_determiners for c in subject.children))
    denying = lex.lemma(frame) in r.doubt_verbs | lex.cues.polarity.denial_verbs
    return denying != (negated or nobody)


def _supposed(marker: Token) -> bool:
    """The marker is in a clause of condition ('If we could solve that problem, ...'; data
    ``condition_marks``): what is supposed, not foreseen; the clause it conditions has markers of
    its own."""
    verb = marked_verb(marker)
    return verb.dep_ == "advcl" and opens_condition(verb)


def _own_tenses(s: Statement, cue: Token | None) -> bool:
    """The content's tenses are its speaker's, reckoned from when it was said: a quote, or words
    reported under a verb in the present ('says', 'argues'); a noun or no cue leaves them to the
    narration's frame ('critics' fears that the US was poised for action', told as past)."""
    return s.kind == "direct" or cue is not None and cue.tag_ in ("VBZ", "VBP")


def _tenses_kept(s: Statement, cue: Token | None) -> bool:
    """The content is in its speaker's own tenses: a quote, or reported under a cue that is not in
    the past ('says', 'according to'); under a past cue ('said') a past tense may be the present
    backshifted (Comrie's sequence of tenses), so it says nothing of unreality."""
    if s.kind == "direct" or cue is None:
        return True
    return cue.tag_ != "VBD" and not any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "was", "were")
                                         for c in cue.children)


def _counterfactual(marker: Token) -> bool:
    """Quirk's hypothetical condition in the speaker's own tenses: a conditional or possibility
    modal whose 'if' clause puts a state in the past tense ('We could understand if Qantas was a
    struggling airline') or is itself under a past modal ('If we could solve that problem we could
    cut unemployment by half'): what would be so were the present otherwise, no event to come; an
    act in the past tense ('it would be a boost if Mr Hague returned') is the remote future and
    still foresees, as does a concessive 'even if' ('the price may fall further, even if the decline
    was only temporary'), whose main clause holds whatever the case (data ``hypothetical_modals``,
    ``concessive_adverbs``)."""
    r = rules()
    if marker.tag_ != "MD" or marker.lower_ not in r.hypothetical_modals:
        return False
    clauses = [c for c in marker.head.children if c.dep_ in ("advcl", "ccomp")      # 'understand if': ccomp
               and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
               and not any(m.dep_ == "advmod" and m.lower_ in r.concessive_adverbs for m in c.children)]
    return any(_unreal_state(c) for c in clauses)


def _unreal_state(verb: Token) -> bool:
    """The verb of an 'if' clause is a past copula with a predicate ('if Qantas was a struggling
    airline', 'if I were you') or stands under a past modal ('if we could solve it')."""
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in rules().hypothetical_modals for c in verb.children)
    copula = verb.lemma_ == "be" and verb.tag_ == "VBD" \
        and any(c.dep_ in ("attr", "acomp") for c in verb.children)
    return modal or copula


def _prefers(marker: Token) -> bool:
    """Quirk's volitional 'would' (data ``preference_modals``): 'would rather' or 'would sooner'
    ('they would rather go to jail'), a verb of feeling with a clause or an infinitive ('I would
    like to see longer leave', 'would hate to lose'), or with the chance to act as its object ('would
    relish the chance to get back into management': ``_chance_to_act``), or a verb of preferring ('most viewers would
    prefer a shorter film'), active and on no condition: what someone wants now, not what will
    happen; on a condition it is a feeling about a case (``_feels``)."""
    r = rules()
    if marker.tag_ != "MD" or marker.lower_ not in r.preference_modals:
        return False
    verb = marker.head
    if passive_voice(verb) or conditioned(verb):
        return False
    idiom = any(c.dep_ == "advmod" and c.lower_ in r.preference_adverbs for c in verb.children)
    wish = verb_state(verb) == "emotion" and any(c.dep_ in ("xcomp", "ccomp") or _chance_to_act(c) for c in verb.children)
    return idiom or wish or lexicon().lemma(verb) in r.preference_verbs


def _chance_to_act(obj: Token) -> bool:
    """An object whose infinitive says the act ('would relish the chance to get back into
    management', 'would love the opportunity to play again'): a verb of feeling over it wishes
    that act as over the bare infinitive ('would love to play again')."""
    return obj.dep_ == "dobj" and any(c.dep_ == "acl" and c.tag_ == "VB" and any(a.lower_ == "to" for a in c.children)
                                      for c in obj.children)


def _expectation_compared(marker: Token) -> bool:
    """A verb of expecting or planning in a clause of comparison (data ``comparison_marks``: 'costs
    14% higher than originally planned', 'hasn't gone as well as expected', 'better than we expected
    a few weeks ago', 'allocated as intended'): Quirk's comparative clause measures what is against
    an expectation or plan already held, and foresees nothing of its own; a modal or a plan in the
    main clause ('as expected, the bank will raise rates') is a marker of its own."""
    if marker.tag_ not in ("VBN", "VBD") or marker.pos_ != "VERB":
        return False
    marks = rules().comparison_marks
    before = next((t for t in reversed(marker.doc[marker.sent.start:marker.i]) if t.pos_ != "ADV"), None)
    return before is not None and before.lower_ in marks and before.dep_ in ("mark", "cc", "prep") \
        or any(c.dep_ == "mark" and c.lower_ in marks for c in marker.children)


def _explains(marker: Token) -> bool:
    """A possibility or conditional modal over a copula whose only complement is a clause of reason
    or of case (data ``reason_marks``, ``condition_marks``: 'this could be because their brains
    were more used to adapting', 'the only objection would be if users were forced into it'): a
    guess at why something is, or which case something is, no event to come; a copula with a
    predicate of its own ('it would be over if they lost') still foresees."""
    verb = marker.head
    if marker.tag_ != "MD" or marker.lower_ not in rules().judging_modals or verb.lemma_ != "be":
        return False
    marks = rules().reason_marks | lexicon().forecast.condition_marks
    clause = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
                 for c in verb.children)
    return clause and not any(c.dep_ not in _BARE_COPULA for c in verb.children)


# what a copula may hold besides its clause of reason or case and still have no predicate of its own
_BARE_COPULA = ("nsubj", "expl", "aux", "neg", "advcl", "punct", "cc", "mark", "intj")


def _asked_directly(marker: Token) -> bool:
    """The marker's clause is a direct question: the first sentence-final mark after it, in its
    sentence, is a question mark (data ``question_ends``: 'What are your guests going to
    remember?'). A clause asked claims nothing, as a reported question does not (``_asked``); the
    answer after it ('Will prices rise? They will.') is a sentence of its own and still foresees."""
    ends = rules().question_ends
    stop = next((t for t in marker.doc[marker.i + 1:marker.sent.end] if t.is_punct and t.text in ends | {".", "!"}), None)
    return stop is not None and stop.text in ends


def _purpose(marker: Token) -> bool:
    """The marker is in a clause of purpose, opened by a subordinating 'so' (data ``purpose_marks``:
    'asked not to be named so they could speak freely', 'saved so that his children would go to
    university'): what an act is done for, no event foreseen. A plan or expectation in the main
    clause ('wants to change the law so that firms will publish') is a marker of its own and stays;
    a result 'so' is set off by a comma ('prices rose, so the bank will raise rates') and stays."""
    verb = marked_verb(marker)
    return any(c.dep_ == "mark" and c.lower_ in rules().purpose_marks and c.i > 0 and c.doc[c.i - 1].text != ","
               for c in verb.children)


def _elided_comparison(marker: Token) -> bool:
    """A modal that stands alone for a verb said before it, in a clause of comparison (data
    ``comparison_marks``: 'focus solely on foods that provide protein, as many people might'):
    English VP ellipsis, the modal refers to the main clause's act and foresees nothing itself."""
    return marker.tag_ == "MD" and marker.dep_ not in ("aux", "auxpass") \
        and any(c.dep_ == "mark" and c.lower_ in rules().comparison_marks for c in marker.children)


def _looks_back(marker: Token) -> bool:
    """A modal over a perfect ('it would have been safer to seek a second resolution', 'the firms may
    have fixed bids'; data ``backward_perfect_modals``): a counterfactual or a guess about what was,
    no event to come, as the statements room's flag already reads a perfect (``verbforms.perfect``); a
    statement flagged for another marker keeps no forecast from this one. The future perfect ('will
    have been endured by the time a settlement is reached') still looks ahead, as does any modal's
    perfect before a dated deadline ('could have adopted broadband by the end of 2005': the
    statements room's ``perfect_ahead``) with no condition; on one, it is Quirk's hypothetical past
    ('would have finished the work by March if the weather had held')."""
    return marker.tag_ == "MD" and marker.lower_ in rules().backward_perfect_modals \
        and perfect(marker.head) \
        and (conditioned(marker.head) or not perfect_ahead(marker, lexicon()))


def marked_verb(marker: Token) -> Token:
    """The verb a forward marker belongs to: a modal's verb, a predicate adjective's copula, the verb
    a noun or modifier of plan hangs from ('to announce her plans', 'to begin its planned review'),
    else itself."""
    if marker.tag_ == "MD" or marker.dep_ == "acomp":
        return marker.head
    tok = marker
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _cue(doc: Doc, s: Statement) -> Token | None:
    """The statement's cue word, its verb if it has one."""
    if s.cue_span is None:
        return None
    span = doc.char_span(s.cue_span[0], s.cue_span[1], alignment_mode="expand")
    if span is None:
        return None
    return next((t for t in span if t.pos_ == "VERB"), span.root)


def _main_predicates(toks: list[Token], inside: set[int]) -> list[Token]:
    """The content's verbs that hang from nothing inside it: what its main clause says."""
    return [t for t in toks if t.pos_ in ("VERB", "AUX") and (t.head.i not in inside or t.head.i == t.i)]


def _asked(verb: Token) -> bool:
    """The clause is a question put to someone ('Asked if he would welcome ...', 'asked whether
    the plant would close'): opened by 'if' or 'whether' under a verb of asking."""
    r = rules()
    return any(c.dep_ == "mark" and c.lower_ in r.question_marks for c in verb.children) \
        and lexicon().lemma(verb.head) in r.question_verbs


def _duty(verb: Token) -> bool:
    """The verb is under a modal of advice with an acting person or body as its subject, in the
    active voice ('police should make sure', 'the minister should set out a plan'): a duty."""
    r = rules()
    modal = any(c.dep_ == "aux" and c.lower_ in r.duty_modals for c in verb.children)
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    foreseen = lexicon().lemma(verb) in lexicon().forecast.forecast_cues   # 'ministers should expect it to be rewritten'
    return modal and not passive and not foreseen and subject is not None and can_be_bound(subject)


def _describes_the_cue(doc: Doc, s: Statement, cue: Token) -> bool:
    """The content's words only describe the cue noun ('criticised "extravagant" Tory promises':
    the content 'extravagant'): a modifier says what the promise or forecast is like in someone's
    view, not what it foresees (data ``noun_modifier_deps``)."""
    toks = content_tokens(doc, s.content_spans)
    inside = {t.i for t in toks}
    tops = [t for t in toks if not t.is_punct and (t.head.i not in inside or t.head.i == t.i)]
    return bool(tops) and all(t.head.i == cue.i and t.dep_ in rules().noun_modifier_deps for t in tops)


def _past_cue(cue: Token) -> bool:
    """A past perfect cue of expecting or of being told ('analysts had expected', 'the firm had been
    expected to', 'he had been told he could'): an expectation held before a past time, overtaken by
    what the article reports, or what someone heard; a saying in the past perfect ('had said the bank
    would') still reports a forecast, made on an earlier day."""
    pluperfect = any(c.dep_ == "aux" and c.lower_ == "had" for c in cue.children)
    passive = passive_voice(cue)
    return pluperfect and (passive or lexicon().lemma(cue) in lexicon().forecast.expectation_cues)


def forward_marker(t: Token) -> bool:
    """A future or possibility modal, or a plan, commitment or expectation verb or predicate (a
    coordinated one with its infinitive), a necessity set ahead (``forced_change``), or a noun of
    likelihood that something is ('there is little risk of this happening'), or the 'be to' of an
    arrangement ('Fiat is to close the plant': ``arranged``)."""
    fc = lexicon().forecast
    lemma = lexicon().lemma(t)
    return (t.tag_ == "MD" and t.lower_ in fc.future_modals) or forced_change(t) \
        or (lemma in fc.intention_verbs or lemma in fc.forecast_cues) and _aimed(t) \
        or t.lemma_.lower() in fc.likelihood_nouns and likely_to_come(t) \
        or _hopes_ahead(t) or _set_for(t) or arranged(t) or t.lower_ in fc.future_predicates and _aimed(t) \
        and not motion_going(t, lexicon()) and (
            t.dep_ in ("acomp", "ROOT", "ccomp", "xcomp", "relcl")    # 'the issues we are going to raise'
            or t.dep_ == "conj" and any(c.dep_ == "xcomp" for c in t.children))   # '... but they are going to get him'


def _aimed(t: Token) -> bool:
    """A noun of a plan or a promise marks as it stands ('the plan is that ...'); a verb or an
    adjective only with what it looks ahead to (``prospects.looks_to``): 'it is going well', 'has
    threatened some of our players', 'has been pledged so far' say what is or was done."""
    return t.pos_ not in ("VERB", "AUX", "ADJ") or looks_to(t)


def _set_for(t: Token) -> bool:
    """A future predicate before 'for' and a noun of a happening ('the US was poised for further
    military action', 'set for steady growth': the statements room's ``prospect_prepositions``),
    however the parser hangs it: a marker, so its clause is weighed like any other."""
    fc = lexicon().forecast
    return t.lower_ in fc.future_predicates and any(
        p.dep_ == "prep" and p.lower_ in fc.prospect_prepositions
        and any(names_a_happening(o) for o in p.children if o.dep_ == "pobj") for p in t.children)


def _hopes_ahead(t: Token) -> bool:
    """A verb of hoping with what it hopes as its infinitive ('We are hoping to occupy the space in
    between'): an expectant desire foresees (the statements room's ``expectant_desires``), so its
    clause is the forecast's own words; a clause it hopes ('hoped it would become a tool') has a
    marker of its own, whose clause, not the hoper's, is the claim."""
    return t.pos_ == "VERB" and lexicon().lemma(t) in lexicon().forecast.expectant_desires \
        and any(c.dep_ == "xcomp" for c in t.children)


def _judges(t: Token) -> bool:
    """A conditional or possibility modal whose clause evaluates (data/forecasts.json
    ``judging_modals``): its copula's predicate is a word of judgement ('would be wrong', 'would be
    a grave mistake', 'may be the better option'), or its verb is graded by one ('could be better used')."""
    r = rules()
    if t.tag_ != "MD" or t.lower_ not in r.judging_modals:
        return False
    verb = t.head
    predicates = [c for c in verb.children if c.dep_ in ("acomp", "attr")]
    return any(_judgement(c) or any(_judgement(m) or m.lower_ in r.judging_manner
                                    for m in c.children if m.dep_ in ("amod", "compound"))
               for c in predicates) \
        or any(c.dep_ == "advmod" and c.lower_ in r.judging_manner for c in verb.children)


def _feels(t: Token) -> bool:
    """A conditional or possibility modal over a feeling: a verb of feeling in the passive or its
    participle after a copula ('many would be offended', 'they would be delighted'), or an active
    one on a condition ('it would worry her if ...'); an act felt ('would feel the benefit when ...')
    or a wish ('may not want him') without a condition stays what it says."""
    if t.tag_ != "MD" or t.lower_ not in rules().judging_modals:
        return False
    verb = t.head
    if verb.lemma_ == "be":
        return any(_participle_verb(c) in _emotion_verbs() for c in verb.children if c.dep_ == "acomp")
    passive = passive_voice(verb)
    return verb_state(verb) == "emotion" and (passive or conditioned(verb))


def _participle_verb(t: Token) -> str:
    """The verb an adjectival participle comes from ('delighted' -> 'delight', 'pleased' -> 'please',
    'worried' -> 'worry'), or the word itself."""
    w = t.lower_
    if w.endswith("ied"):
        return w[:-3] + "y"
    if w.endswith("ed"):
        return w[:-2] if w[:-2] in _emotion_verbs() else w[:-1]
    return w


@lru_cache(maxsize=1)
def _emotion_verbs() -> frozenset[str]:
    """The verbs whose first WordNet sense is a feeling (verb.emotion)."""
    return VERBS.states.get("emotion", frozenset())


def _reads_present(t: Token) -> bool:
    """An epistemic 'may' or 'might', with no time in its clause, over a reading: a verb of
    perception or thought in the passive ('may be seen as a snub', 'might be regarded as a
    bribe'), a verb of state, perception or thought linking its subject to a description ('may
    look like a retreat', 'might seem odd'), or a verb of state relating two things, its subject
    no one who acts ('the move may represent a shift'): what may be so now."""
    if t.tag_ != "MD" or t.lower_ not in rules().epistemic_modals:
        return False
    verb = t.head
    cls = verb_state(verb)
    if verb.lemma_ == "be" or cls not in rules().present_state_classes \
            or timed(verb):
        return False
    passive = passive_voice(verb)
    linking = any(c.dep_ in ("attr", "oprd", "acomp") or c.dep_ == "prep" and c.lower_ in rules().linking_prepositions
                  and c.i > verb.i for c in verb.children)     # not an opening 'As a result, ...'
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)
    relating = cls == "stative" and any(c.dep_ == "dobj" for c in verb.children) \
        and subject is not None and not can_be_bound(subject) and subject.ent_type_ not in ("ORG", "GPE", "NORP")
    return passive and cls != "stative" or linking or relating


def _possible_now(t: Token) -> bool:
    """A modal of possibility ('could', 'might', 'may') over a state, with no time, no adverb ahead
    and no condition in its clause: a copula with no occasion as its subject or predicate ('the gap
    might be wider than thought'), 'there is' held to now ('there may still be other buyers';
    'there could be job cuts' foresees), or a verb of state measuring an amount ('the repairs could
    cost 2m'): what may be so now, Palmer's epistemic possibility, no event to come. A time or an
    occasion ('could be ready by May', 'this could be the election that ...'; not a kind of game
    named by a bare plural, ``_kind_of_contest``), an act its predicate
    governs ('may be willing to sell'), an adverb ahead ('could soon be'), a condition ('might be
    the winners if ...') or a clause or noun phrase of the case it holds in ('next time it floods,
    the water may be higher') still foresees."""
    r, fc = rules(), lexicon().forecast
    if t.tag_ != "MD" or t.lower_ not in r.possibility_modals:
        return False
    verb = t.head
    if pointed_ahead(verb):
        return False
    if verb.lemma_ == "be" and not passive_voice(verb):
        existential = any(c.dep_ == "expl" for c in verb.children)
        now = any(c.dep_ == "advmod" and c.lower_ in r.present_adverbs for c in verb.children)
        predicates = [c for c in verb.children if c.dep_ in ("acomp", "attr")]
        act_ahead = any(c.dep_ == "xcomp" for p in predicates for c in p.children)   # 'may be ready to sign'
        case = any(c.dep_ in ("advcl", "npadvmod") for c in verb.children)          # 'next time it floods, ...'
        return (now or not existential) and not act_ahead and not case \
            and not any(names_an_occasion(c) and not _kind_of_contest(c) for c in verb.children
                        if c.dep_ in ("nsubj", "attr"))
    return verb_state(verb) == "stative" and any(w.ent_type_ in fc.amount_entities for c in verb.children
                                                 if c.dep_ in ("dobj", "prep", "attr") for w in c.subtree) \
        and not _act_as_subject(verb)


def _capacity(marker: Token) -> bool:
    """A future or possibility modal, or 'going to', over a verb of state or of having, active,
    whose subject is a product or a thing, with no time, condition or adverb ahead in its clause
    ('the new iPod will hold 120 songs', 'the handset would have a camera and would feature a screen'):
    a capacity or a feature of the thing as made, true now, no event or change to check later.
    A time ahead ('nearly 70% of phones sold will have a camera by 2008') or a subject that acts
    ('the firm will hold talks', 'Labour will have a majority') still foresees."""
    verb = _modal_verb(marker)
    if verb is None or verb.lemma_ == "be" or passive_voice(verb):
        return False
    clause = verb if marker.tag_ == "MD" else marker      # 'is going to hold': the clause is 'going''s
    if pointed_ahead(clause) or _time_clause(clause) or _time_clause(verb):
        return False
    subject = _subject(clause)
    if subject is None or not _a_product(subject):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"] if _state_or_having(verb) else _had_with(verb)
    return bool(objects) and all(_had(o) for o in objects) or _lets(verb)


def _had_with(verb: Token) -> list[Token]:
    """The object of a preposition that makes a verb of state with the verb ('the handset will come
    with a camera': WordNet's 'come with', verb.stative), or none: what the thing has as made."""
    return [o for p in verb.children if p.dep_ == "prep" and prepositional_class(verb, p) == "stative"
            for o in p.children if o.dep_ == "pobj"]


def _lets(verb: Token) -> bool:
    """A verb of letting or enabling (data ``enabling_verbs``: WordNet's synsets 'let, allow,
    permit' and 'enable') with the act it makes possible as its complement ('the game will let
    players build cities', 'the vehicles will allow the elderly to achieve independent mobility'):
    with a thing as its subject, what the thing is made to do, a capacity (WordNet's own examples:
    'This will permit the rain to run off')."""
    return lexicon().lemma(verb) in rules().enabling_verbs \
        and any(c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX") for c in verb.children)


def _had(noun: Token) -> bool:
    """What a thing holds or has as made: a thing (``_a_product``: 'a built-in camera') or a
    measure ('120 songs', '30GB', 'about 19,800 yen'); not a part, a role or an effect, which
    'have' makes an event of ('could have a big part in the poll', 'will have a huge impact')."""
    measure = noun.ent_type_ in rules().measure_ents or any(c.dep_ == "nummod" for c in noun.children)
    return measure or _a_product(noun)


def _state_or_having(verb: Token) -> bool:
    """A verb whose first WordNet sense is a state or one of having ('hold', 'contain', 'have'),
    used as such: with a particle, the class of the verb and particle ('end up' is no state);
    with an infinitive, a semi-modal ('will have to be upgraded'), no state."""
    if any(c.dep_ == "xcomp" for c in verb.children):
        return False
    if any(c.dep_ == "prt" for c in verb.children):
        return phrasal_class(verb) == "stative"
    return verb_state(verb) == "stative" or having_verb(verb)


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or that of the verb it is a conjunct of when it has none of its own
    ('the handset would have a camera and would feature a colour screen')."""
    while True:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or verb.dep_ != "conj" or verb.head.i == verb.i:
            return subject
        verb = verb.head


def _past_purpose(marker: Token) -> bool:
    """A verb of intending in the past passive whose subject is a thing, no person or body, with no
    time ahead ('DRM systems were intended to control the group ...'; data ``purpose_verbs``): what
    the thing was made for, a description, not a plan anyone states for a time to come."""
    if lexicon().lemma(marker) not in rules().purpose_verbs or not passive_voice(marker):
        return False
    past = any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in marker.children)
    subject = max((c for c in marker.children if c.dep_ == "nsubjpass" and c.i < marker.i), default=None,
                  key=lambda c: c.i)      # the nearest: 'said Mr Doctorow, DRM systems were intended'
    return past and subject is not None and subject.pos_ == "NOUN" and not subject.ent_type_ \
        and not can_be_bound(subject) and not pointed_ahead(marker)


def _time_clause(verb: Token) -> bool:
    """The verb has a clause of time (data ``time_clause_marks``: 'will cost about 19,800 yen when
    it hits the shelves', 'once it opens'): it says when, so what will come."""
    marks = rules().time_clause_marks
    return any(c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in marks for m in c.children)
               for c in verb.children)      # spaCy hangs 'when' as the clause's advmod


def _modal_verb(marker: Token) -> Token | None:
    """The verb a future or possibility modal or 'going to' sets ahead: the modal's head, or the
    infinitive of a future predicate ('is going to hold'); None for a marker of plan or hope."""
    if marker.tag_ == "MD":
        return marker.head if marker.head.pos_ in ("VERB", "AUX") else None
    if marker.lower_ in rules().future_going:
        return next((c for c in marker.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
    return None


def _a_product(noun: Token) -> bool:
    """A product or a thing (the events room's argument kind ``product_kind``, 'property': a
    common noun whose first WordNet sense is an artifact, a substance, food, a plant, an animal
    or a body part; a product's name as NER tags it): something made or had, no one who acts."""
    kind = ARGS.kinds[rules().product_kind]
    if noun.ent_type_:
        return noun.ent_type_ in kind.ents
    classes = noun_classes(noun)
    return bool(classes) and classes[0] in kind.classes


def _kind_of_contest(noun: Token) -> bool:
    """A bare plural of a contest noun (WordNet's contests, not a meeting: ``occasion_nouns``), with
    no determiner, possessive or number ('God games in which players control virtual people could
    be educational'): English bare plurals name a kind (Carlson 1977), so the games in general, no
    particular occasion that takes place; 'the games', 'this election', 'peace talks' are
    particular."""
    return noun.tag_ == "NNS" and noun.lemma_.lower() not in lexicon().forecast.occasion_nouns \
        and not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)


def _act_as_subject(verb: Token) -> bool:
    """A gerund or a clause as the subject: the amount is what an act still to be done will take
    ('keeping British troops in Iraq could cost another £1bn'), foreseen; the statements room has
    already kept a kind of act ('eating fruit may cost less') from the forecast flag."""
    return any(c.dep_ == "csubj" or c.dep_ == "nsubj" and c.tag_ == "VBG" for c in verb.children)


def _necessity(t: Token) -> bool:
    """A conditional modal over a semi-modal of necessity, with no time and no condition in its
    clause ('would have to be weighed carefully', 'would not need to attend'): what a case requires;
    with one it foresees a consequence ('if the depot closed, staff would have to ...',
    'would have to go ahead in April'), and 'may have to' a possible necessity."""
    verb = t.head
    return t.tag_ == "MD" and t.lower_ in rules().necessity_modals and verb.lemma_ in rules().necessity_verbs \
        and any(c.dep_ == "xcomp" for c in verb.children) and not conditioned(verb) \
        and not timed(verb) and not forced_change(verb)


def _judgement(t: Token) -> bool:
    """A word of judgement, not one of effect on someone ('would be good for exporters' foresees a benefit)."""
    for_someone = any(c.dep_ == "prep" and c.lower_ == "for" for c in t.children) \
        and not any(c.dep_ in ("xcomp", "ccomp") for c in t.children)
    return (t.lower_ in rules().judgement_words or t.lemma_.lower() in rules().judgement_words) and not for_someone


def _past_frame(t: Token, inside: set[int]) -> bool:
    """The marker, or a verb of the content it hangs under, is a past perfect ('had pledged', 'had
    been told he could'); a past perfect cue outside the content ('had said the bank would') still
    reports a forecast, made on an earlier day."""
    tok = t.head if t.tag_ == "MD" else t
    while tok.i in inside:
        if any(c.dep_ == "aux" and c.lower_ == "had" for c in tok.children):
            return True
        if tok.head.i == tok.i or tok.dep_ not in ("ccomp", "xcomp", "conj"):
            return False
        tok = tok.head
    return False
