"""Where in a statement's content a marker of what is to come counts: its main clause.

A forecast is what the content's main clause says will or may happen (data/statements_forecast.json
``_main_clause``; FactBank and TimeML: a modal scopes over its own clause). This module finds that
clause — the content's main predicates, their conjuncts and complements, and the clauses a word of
saying, believing, expecting or fearing there hands on (``main_predicates``) — and the two places
beyond it the speaker holds as he holds it: a plain future in a relative clause on a noun a main
predicate governs (``ahead_in_relative``) and the ability a belief holds (``able_as_believed``);
with the small tests of a word both the scope and the flag ask (``wants_only``, ``takes_to``,
``feared``, ``norm``). It is a room of its own because two readers share it: the statements room's
flag (``forecast_flag.py``) and the forecasts room (``forecasts/ahead.py``), which reads its forward
markers over the same predicates. It reads a clause's time from ``tense.py`` and nothing of the
flag's."""
from __future__ import annotations

from spacy.tokens import Token

from ...nlp.wordnet import head_class, verb_state
from ..verbforms import perfect
from .certainty import negated
from .lexicon import Lexicon
from .prospects import conditioned, opens_condition
from .tense import characteristic, generic, habitual, progressive, tense_tag, to_reader


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
    if tense_tag(pred) == "VBD" and not reported:
        return []
    nouns = [c for c in pred.children if c.dep_ == "dobj"] + [
        o for p in pred.children if p.dep_ == "prep" and pred.lemma_ != "be" for o in p.children if o.dep_ == "pobj"]
    return [c for n in nouns if head_class(n) in lex.forecast.clause_noun_classes for c in n.children
            if c.dep_ == "acl" and tense_tag(c) is not None and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]


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
    if wants_only(t, lex):
        return False
    lemma, fc = lex.lemma(t), lex.forecast
    return (lex.verb_class(lemma) is not None or lex.adjective_class(t.lower_) is not None
            or t.pos_ in ("ADJ", "AUX") or t.dep_ == "attr" or lemma in fc.future_predicates or lemma in fc.forecast_cues
            or t.pos_ == "VERB" and verb_state(t) in fc.passing_verb_states and (tense_tag(t) != "VBD" or reported))


def wants_only(t: Token, lex: Lexicon) -> bool:
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


def takes_to(tok: Token, lex: Lexicon) -> bool:
    """'planned to cut fees', and the noun heading an announced content, 'plans to buy 20% of the
    firm', 'a pledge to cut taxes': an intention with its infinitive."""
    clause = ("xcomp", "acl") if tok.pos_ == "NOUN" else ("xcomp",)
    return any(c.dep_ in clause and any(g.lower_ in lex.cues.infinitive_markers for g in c.children)
               for c in tok.children)


def feared(verb: Token, lex: Lexicon) -> bool:
    """'would' in the 'that' clause of a noun of feeling or thought ('fears that up to 300 jobs would
    be moved', ``_held_clauses``): the future of the case feared, as under a cue of fearing."""
    return verb.dep_ == "acl" and head_class(verb.head) in lex.forecast.clause_noun_classes


def norm(pred: Token, lex: Lexicon) -> bool:
    """A word of intention or readiness under a modal of obligation ('man should be prepared to
    surrender', data ``norm_modals``): what someone ought to be ready for, a norm, not a plan."""
    holders = [pred, pred.head] if pred.dep_ in ("acomp", "xcomp") else [pred]
    holders += [c for h in holders for c in h.children if c.dep_ in ("aux", "auxpass")]   # the parse may hang it on 'be'
    return any(c.tag_ == "MD" and c.lower_ in lex.forecast.norm_modals for h in holders for c in h.children)


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
    urged, ``norm``), nor a clause opened by a word that heads no relative on a noun ('no idea what
    I'm going to wear': an unknown, ``fused_relatives``), nor one of a habit, a general truth, a
    generic subject or one said to the reader, as in a main clause."""
    fc = lex.forecast
    if marker.tag_ == "MD" and marker.lower_ in fc.future_perfect_modals:
        verb = marker.head
    elif marker.lower_ in fc.future_auxiliaries and takes_to(marker, lex):
        verb = marker
    else:
        return False
    if verb.dep_ != "relcl" or perfect(verb) or verb.left_edge.lower_ in fc.fused_relatives \
            or not _governed_by_main(verb.head, lex, main):
        return False
    return not (conditioned(verb) or habitual(verb, lex) or characteristic(verb, lex) or generic(verb, lex)
                or to_reader(verb, lex))


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
            return not norm(tok, lex)
        if tok.dep_ not in _NOMINAL_LINKS or tok.head.i == tok.i:
            return False
        tok = tok.head


def able_as_believed(modal: Token, lex: Lexicon, main: set[int]) -> bool:
    """'believes Idowu can take gold at the Championships', 'is confident he can win his first title',
    'I think we can get back in touch with Barcelona', 'I have confidence that we can complete the task':
    the ability modal (data ``believed_ability_modals``) over an act (no WordNet state, thought, perception
    or feeling: ``verb_state``), in a main clause a verb or adjective of believing or hoping holds (cues.json's
    believed and speculated classes) or the 'that' clause of a noun of feeling or thought held
    (``_held_clauses``, ``feared``), is what the believer holds may be done, a forecast; a bare 'can'
    states a capacity now, and one denied, said to the reader, habitual, generic or of a kind is no event
    to come. Nor is a verb of saying or believing under it ('I don't think one can say that ...'), which
    hedges a claim as under 'would' (``forecast_flag._act_claimed``), nor a clause under a cue of suggesting ('suggests
    increasing funding so help can be extended', ``proposal_cues``): a course put forward, as its 'could'.
    MAIN: the content's main predicates (``main_predicates``); the forecasts room reads the same
    modal as the forward marker whose clause is the claim."""
    verb, holder = modal.head, modal.head.head
    return modal.tag_ == "MD" and modal.lower_ in lex.forecast.believed_ability_modals and modal.dep_ == "aux" \
        and verb.i in main and verb.pos_ == "VERB" and verb_state(verb) is None \
        and lex.verb_class(lex.lemma(verb)) is None and lex.lemma(holder) not in lex.forecast.proposal_cues \
        and (verb.dep_ in ("ccomp", "xcomp") and _believing(holder, lex) or feared(verb, lex)) \
        and not (negated(verb) or to_reader(verb, lex) or habitual(verb, lex) or generic(verb, lex)
                 or characteristic(verb, lex) or progressive(verb))


def _believing(word: Token, lex: Lexicon) -> bool:
    """A verb or adjective of believing or guessing (cues.json's classes: 'believe', 'feel', 'hope', 'confident')."""
    return (lex.verb_class(lex.lemma(word)) if word.pos_ in ("VERB", "AUX") else lex.adjective_class(word.lower_)) \
        in ("believed", "speculated")
