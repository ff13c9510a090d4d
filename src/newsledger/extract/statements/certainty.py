"""What a statement's words commit to: certainty, whether it is a forecast, where and when it was said.

Certainty is the weaker of the cue's class and the content's own hedges ("may", "possibly",
"unlikely", "I am sure", "in our opinion"); the hedges count where they govern a clause of the content,
so a "may" deep inside a subordinate clause does not weaken the whole claim.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ...model import Span
from ...nlp.wordnet import lemma_state
from ..verbforms import carries, tensed
from .lexicon import Lexicon, lexicon, text_of
from .prospects import likelihood_held, likely_to_come

_RANK = {"speculated": 0, "believed": 1, "asserted": 2}
_CLAUSE_DEPS = ("ROOT", "ccomp", "conj", "xcomp", "parataxis")
_ARGUMENT_DEPS = ("nsubj", "nsubjpass", "dobj", "attr")
_FIRST_PERSON = ("i", "we")


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
    modals, adverbs = lex.hedges.speculative_modals, lex.hedges.speculative_adverbs
    for t in toks:
        clause = t.head if t.head.i in inside else t
        if _describes_a_noun(clause, inside):
            continue
        if t.lower_ in modals and t.tag_ == "MD" and _clause_head(clause) and not possibility_denied(t, lex):
            return "speculated"
        if t.lower_ in adverbs and _clause_head(clause):
            return "speculated"
        if (_predicate_hedge(t, lex) or _chance_stated(t, lex)) and _clause_head(clause) or _likeliest(t, lex):
            return "speculated"
    if any(p.search(text) for p in lex.hedges.speculative_patterns):
        return "speculated"
    mind = _mind_stated(toks, inside, lex)
    if any(p.search(text) for p in lex.hedges.belief_patterns) or _felt_over_a_clause(toks, lex) or mind:
        return weaker("believed", mind or "believed")
    return _own_belief(toks, inside, lex)


def _mind_stated(toks: list[Token], inside: set[int], lex: Lexicon) -> str | None:
    """The speaker's own mind over a clause of the content, and its class: a first-person verb of
    believing or supposing (data/hedges.json ``belief_verbs``, WordNet verb.cognition) over a tensed
    clause, in the present or the conditional, affirmed or denied ('I don't think they will', 'I
    guess you are going to lie': believed; 'I'd imagine he will be fit': the class data/cues.json
    gives the verb, speculated), or a sentence adverb of hope over the clause (``belief_adverbs``:
    'hopefully we will do well', 'it is hoped': believed). Not a past belief ('I thought I had
    burned my bridges': held once, not now), nor one in a clause describing a noun."""
    for t in toks:
        clause = t.head if t.head.i in inside else t
        if _describes_a_noun(clause, inside):
            continue
        if t.lower_ in lex.hedges.belief_adverbs and t.dep_ == "advmod" and _clause_head(clause):
            return "believed"
        if _first_person_belief(t, lex):
            cls = lex.verb_class(lex.lemma(t))
            return cls if cls in ("believed", "speculated") else "believed"
    return None


def _first_person_belief(verb: Token, lex: Lexicon) -> bool:
    """'I don't think we'll see', 'I guess you are going to lie', and 'I don't think they will' (a
    clause left at its modal, which the parse makes its head: CGEL ch. 17, post-auxiliary ellipsis;
    read for these verbs only, the felt ones keep wishcert35's reading)."""
    return verb.pos_ == "VERB" and lex.lemma(verb) in lex.hedges.belief_verbs and not carries(verb, ("VBD", "VBN")) \
        and any(c.dep_ == "nsubj" and c.lower_ in _FIRST_PERSON for c in verb.children) \
        and (_over_a_clause(verb, lex) or any(c.dep_ == "ccomp" and c.tag_ == "MD" for c in verb.children))


def _likeliest(t: Token, lex: Lexicon) -> bool:
    """'the likeliest outcome is a draw', 'UPS and Deutsche Post were the most likely bidders': an
    adjective of likelihood (data/hedges.json ``likelihood_adjectives``, WordNet) in the superlative,
    describing the subject or the complement of a tensed clause, ranks possibilities: speculated."""
    superlative = t.lower_ in lex.hedges.likelihood_superlatives or t.lower_ in lex.hedges.likelihood_adjectives \
        and any(c.dep_ == "advmod" and c.tag_ == "RBS" for c in t.children)
    noun = t.head
    return superlative and t.dep_ == "amod" and noun.dep_ in ("nsubj", "nsubjpass", "attr") and tensed(noun.head)


def _own_belief(toks: list[Token], inside: set[int], lex: Lexicon) -> str:
    """'said he expected new attempts ...': reported speech whose main verb is a belief or
    speculation cue with a pronoun subject (the speaker's 'I expect', backshifted) is as certain
    as that cue; the first-person patterns above read the same in direct speech."""
    for t in toks:
        if t.head.i in inside or t.pos_ != "VERB":
            continue
        cls = lex.verb_class(lex.lemma(t))
        if cls in _RANK and cls != "asserted" and any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in t.children) \
                and not _felt_over_no_clause(t, lex):
            return cls
    return "asserted"


def _felt_over_a_clause(toks: list[Token], lex: Lexicon) -> bool:
    """'I hope they will do so again', 'we feel that the deal is fair', 'I fear we will miss him': a
    first-person verb of feeling (data/hedges.json ``felt_classes``) with a belief cue's class, over a
    clause of its own, is the speaker's belief."""
    return any(lex.verb_class(lex.lemma(t)) in ("believed", "speculated") and _felt(t, lex)
               and any(c.dep_ == "nsubj" and c.lower_ in _FIRST_PERSON for c in _own_or_shared(t).children)
               and not _felt_over_no_clause(t, lex) for t in toks if t.pos_ == "VERB")


def _own_or_shared(verb: Token) -> Token:
    """The verb whose subject VERB has: itself, or the verb it is conjoined to, when it has none
    ('I felt great and hope this is a good beginning')."""
    return verb.head if verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children) else verb


def _felt_over_no_clause(verb: Token, lex: Lexicon) -> bool:
    """'I want so badly to have his dignity', 'I feel so honoured', 'saying they do not want his lyrics
    in their town': a verb of feeling (WordNet verb.emotion: data/hedges.json ``felt_classes``) over an
    infinitive, an object, an adjective or a phrase, with no clause of its own, states a wish or a
    feeling, which the speaker asserts; over a tensed clause ('he feels he can play') it is a belief,
    not over an object's infinitive or gerund the parser hangs as one ('we all want Mike to get
    better', 'we don't want people taking sides')."""
    return _felt(verb, lex) and not _over_a_clause(verb, lex)


def _over_a_clause(verb: Token, lex: Lexicon) -> bool:
    """VERB takes a tensed clause as its content: a complement ('he feels he can play'), a comparison
    clause ('it feels like they are turning the dial': data ``felt_clause_marks``), or the clause it
    comments on as a parenthesis ('this spirit of cooperation will, I hope, lead to ...': Quirk et al.
    1985, 15.54, comment clauses)."""
    if verb.dep_ == "parataxis" and tensed(verb.head):
        return True
    return any(tensed(c) and (c.dep_ == "ccomp" or c.dep_ == "advcl" and _marked(c, lex)) for c in verb.children)


def _marked(clause: Token, lex: Lexicon) -> bool:
    marks = tuple(c.lower_ for c in clause.children if c.dep_ == "mark")
    return marks in lex.hedges.felt_clause_marks


def _felt(verb: Token, lex: Lexicon) -> bool:
    return lemma_state(lex.lemma(verb)) in lex.hedges.felt_classes


def _describes_a_noun(clause: Token, inside: set[int]) -> bool:
    """'called on both sides to refrain from steps that could escalate the situation': a hedge in a
    clause that describes a noun of the content (a relative clause) qualifies that noun, not
    the claim."""
    tok = clause
    while tok.i in inside and tok.head.i != tok.i:
        if tok.dep_ == "relcl" and tok.head.i in inside:
            return True         # ('which the paper said could be announced': the clause is the content)
        tok = tok.head
    return False


def possibility_denied(modal: Token, lex: Lexicon) -> bool:
    """'said it could not comment', 'the carrier could no longer afford to remain all-Australian',
    'detectives could find no instance', 'Mills could hardly stand up': a negated ability modal
    (data/statements_forecast.json ``ability_modals``, 'could') denies the ability or the possibility
    itself, a claim made outright (the negation falls on the modal: Huddleston & Pullum 2002, ch. 3,
    modality and negation; Palmer, Mood and Modality); 'may not', 'might not' keep the hedge, the
    negation falling on what follows ('it is possible that ... not')."""
    verb = modal.head
    return modal.lower_ in lex.forecast.ability_modals and modal.dep_ == "aux" and (
        _negation_after(modal, verb) or _negative_clause(verb, lex))


def _negation_after(modal: Token, verb: Token) -> bool:
    """The verb's negation where clausal negation stands, after the modal and before the verb ('could
    not comment', 'couldn't', 'could never repay', 'could no longer afford'); a 'not' after the verb
    denies a phrase of it, not the clause ('could be held not earlier than 2027': Huddleston & Pullum
    2002, ch. 9, subclausal negation), and one before the modal belongs to a clause above it."""
    return any(modal.i < c.i < verb.i and _negator(c) for c in verb.children)


def _negative_clause(verb: Token, lex: Lexicon) -> bool:
    """A clause made negative by a word other than 'not' (data/hedges.json ``clause_negators``): an
    absolute negator as its subject, object or complement, or one opened by 'no' ('nothing could be
    done', 'there could be no deals'), or an approximate negator as its adverb ('could hardly')."""
    no = lex.forecast.negative_determiners
    return any(c.dep_ in _ARGUMENT_DEPS and (c.lower_ in lex.hedges.clause_negators or any(
        d.dep_ == "det" and d.lower_ in no for d in c.children))
        or c.dep_ == "advmod" and c.lower_ in lex.hedges.clause_negators for c in verb.children)


def negated(tok: Token) -> bool:
    """'not', 'never', 'no longer' on a verb, or a determiner that denies a noun ('there are no plans
    to ...': data ``negative_determiners``)."""
    return any(_negator(c) for c in tok.children)


def _negator(c: Token) -> bool:
    return c.dep_ == "neg" or c.dep_ == "det" and c.lower_ in lexicon().forecast.negative_determiners \
        or c.dep_ == "advmod" and any(g.dep_ == "neg" for g in c.children)


def _predicate_hedge(t: Token, lex: Lexicon) -> bool:
    """'a rate rise was unlikely', 'it is possible that ...': a hedge adjective after a linking
    verb, the clause's predicate, weakens the claim; 'a possible deal' (a noun's modifier) and
    'will make it possible for buyers' (what an act brings about) do not. So does a denied
    adjective whose antonym is a hedge (data ``negated_hedges``, litotes: 'it is not impossible
    that I will play', 'it was not clear whether ...'); 'it is impossible' is said outright."""
    if t.pos_ != "ADJ" or t.dep_ != "acomp" or t.head.lemma_.lower() not in lex.hedges.linking_verbs:
        return False
    return t.lower_ in lex.hedges.speculative_adjectives \
        or t.lower_ in lex.hedges.negated_hedges and (negated(t.head) or negated(t))


def _chance_stated(t: Token, lex: Lexicon) -> bool:
    """A noun of likelihood over what may come, as what there is or what someone has or sees ('he
    has a 10% chance of making a return', 'there was a real chance of a peaceful resolution',
    'workers stand little chance of redress': data ``likelihood_nouns``, ``prospects.likely_to_come``):
    a stated chance is a possibility, FactBank's probable or possible, not a fact; 'no chance' (an
    absolute negator, CGEL ch. 9) denies it outright and is said as certain. The clause states it
    (``verbforms.tensed``), not an infinitive or a gerund ('to see a chance of ...')."""
    return t.pos_ == "NOUN" and t.lemma_.lower() in lex.forecast.likelihood_nouns and likely_to_come(t) \
        and likelihood_held(t) and tensed(t.head) and not negated(t) and not negated(t.head)


def _clause_head(tok: Token) -> bool:
    return tok.dep_ in _CLAUSE_DEPS or tok.pos_ in ("VERB", "AUX")
