"""Whether a stated event happened, is planned, is speculated about, or is denied.

Reads the trigger's governing chain ("does not [plan] to fight", "may [fly] to put pressure"),
its auxiliaries and modifiers, and the statement that carries it: a forecast someone only
believes is speculation, not a plan. Markers live in ``data/event_status.json``.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ...model import Statement, Status
from ..statements.certainty import content_certainty
from ..statements.lexicon import lexicon as statement_lexicon
from .arguments import reporters_own
from .cameo import verb_entry
from .lexicon import STATUS, TRIGGERS, WORDNET_CONTROL
from .triggers import Trigger, infinitive, lemmas


def _markers(tok: Token) -> set[str]:
    """Lower-cased auxiliaries, negations and modifiers attached to one token."""
    return {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass", "neg", "advmod", "amod", "det")}


def _markers_mark(tok: Token) -> set[str]:
    return {c.lower_ for c in tok.children if c.dep_ == "mark"}


def _climb(t: Trigger, deps: tuple[str, ...] = ("xcomp", "conj")) -> list[Token]:
    """The top of the trigger's chain and the verbs it hangs from inside its own clause ('going to
    see'): up through DEPS ('to'-complements and conjuncts), never past a reporter's own second act
    nor past a conjunct with a tense of its own (``_own_tense``)."""
    tops = [t.chain[-1] if t.chain else t.head]
    while (top := tops[-1]).dep_ in deps and top.head != top and not reporters_own(top) and not _own_tense(top):
        tops.append(top.head)
    return tops


def _own_tense(v: Token) -> bool:
    """A conjunct verb with an auxiliary of its own ('is not planning on letting go ... and has
    threatened legal action', 'have not been drawn into the argument but have called for a policy'):
    its tense, mood and polarity are its own, not the first conjunct's; a bare conjunct ('will not
    meet or talk to him') shares them, and so does one with only 'do' ('the EU benefits Germany but
    it does not benefit Britain': a present of habit or property, as the first conjunct's)."""
    do = STATUS.do_support | {"did"}
    return v.dep_ == "conj" and (any(c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" and c.lower_ not in do
                                     for c in v.children) or _finite_under_modal(v))


def _finite_under_modal(v: Token) -> bool:
    """'has said there would be no change ... and rejected the threat': a conjunct in a finite tense
    (past or present, 'finite_tags') cannot share the first conjunct's modal, which takes a bare
    verb ('would meet or talk'); the parser hung it on the wrong clause, and its mood is its own."""
    return v.tag_ in STATUS.finite_tags and any(c.dep_ == "aux" and c.tag_ == "MD" for c in v.head.children)


def _clause_tokens(t: Trigger) -> list[Token]:
    """The trigger's chain plus the verbs it hangs from inside its own clause ('going to see')."""
    climbed = _climb(t)
    toks = list(t.chain) + ([t.noun] if t.noun is not None else []) + climbed[1:]
    top = climbed[-1]
    if t.noun is not None and t.noun.dep_ == "pobj" and t.noun.head.head.pos_ == "NOUN":
        toks.append(t.noun.head.head)          # 'plans for a possible attack'
    if top.dep_ == "acl" and top.head.lemma_.lower() in TRIGGERS.plan_nouns and infinitive(top):
        toks += [top.head, top.head.head]      # 'denied plans to mobilize', 'has no plans to send'; not 'plans, backed by the UK'
    if top.dep_ == "acomp" and top.pos_ == "ADJ":
        toks.append(top.head)                  # 'would be happy to meet', 'is not ready to sign': the copula's tense and mood
    return toks


def _mood_tokens(t: Trigger) -> list[Token]:
    """The trigger's clause tokens and, for a participle adjunct with no subject nor subordinator of
    its own ('will be leading the campaign from the front, listening, attacking the Tories', 'would
    obey the law by chasing foxes then shooting them'), the clause it hangs from: such a participle
    has no tense, and its act is in the mood of that clause (a future, a possibility). Negation is
    not carried down ('did not resign, citing his health': the citing was done), so only the
    future and the speculative readings take these."""
    toks = _clause_tokens(t)
    top = toks[-1] if toks else t.head
    while _bare_participle(top):
        head = top.head
        toks.append(head)
        top = head
        while top.dep_ in ("xcomp", "conj") and top.head != top and not reporters_own(top) and not _own_tense(top):
            top = top.head
            toks.append(top)
    return toks


def _bare_participle(v: Token) -> bool:
    """A gerund-participle adjunct ('advcl', or the object of a preposition: 'by shooting them') with
    no subject, auxiliary nor subordinator of its own."""
    if v.tag_ != "VBG" or v.head == v or v.dep_ not in ("advcl", "pcomp"):
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in v.children)


def is_future(t: Trigger) -> bool:
    """A future auxiliary, a plan verb or a planned-event modifier on the trigger's clause."""
    lex = STATUS
    for tok in _mood_tokens(t):
        m = _markers(tok)
        if m & lex.future_aux or tok.lemma_.lower() in lex.plan_verbs and tok != t.event:
            return True
        if tok.lemma_.lower() in TRIGGERS.plan_nouns and tok != t.event:
            return True
        if tok.pos_ == "NOUN" and m & lex.planned_words:
            return True
        if tok.lemma_.lower() in lex.future_xcomp_heads and any(c.dep_ == "xcomp" for c in tok.children):
            return True
        if tok.dep_ == "advcl" and _markers_mark(tok) & lex.purpose_marks:
            return True
    return False


def is_intended(t: Trigger) -> bool:
    """A wish or an effort governs the act ('wanted to buy Fiat outright', 'tried to buy Nissan'): it
    is not stated done. Only a governor counts: in 'tried to recruit him, but he refused' the
    refusal, a conjunct, was made. So does a disposition ('disposition_adjectives': 'we are keen to
    welcome collaborations', 'are ready to strike', 'a chancellor determined to take on ...'): an
    adjective whose 'to'-complement is the act says its subject stands ready to do it, not that it
    did it; PLOVER keeps such an act as planned."""
    return any(_lemma_in(tok, STATUS.intent_verbs) and tok != t.event
               or tok.lower_ in STATUS.disposition_adjectives and tok.pos_ in ("ADJ", "VERB")
               and any(c is t.event or c in t.chain for c in tok.children if c.dep_ == "xcomp")
               for tok in governors(t))


def _lemma_in(tok: Token, words: frozenset[str]) -> bool:
    """Whether a verb's lemma, or a plain de-inflection of it, is one of WORDS: the tagger's
    lemmatizer slips on some forms ('hoped' -> 'hop'), and a wish must not read as an act done."""
    return any(lemma in words for lemma in (lemmas(tok) if tok.pos_ in ("VERB", "AUX") else [tok.lemma_.lower()]))


def averted(t: Trigger) -> bool:
    """'the EU and US hoped to avoid having to resolve the dispute at the WTO', 'the rebels
    refrained from attacking', 'is unwilling to lift the ban': the act is what its subject keeps
    from doing or does not want to do — a governing verb of the CAMEO dictionary's blocks of
    keeping from an act ('averting_blocks': avoid, refrain, abstain; dodge, sidestep), through a
    'to'-complement or the clause of its preposition, or an adjective of unwillingness
    ('reluctance_adjectives') over it. Neither done nor planned: PLOVER codes no event."""
    return _governed_by(t, STATUS.averting_blocks) or any(
        g.lower_ in STATUS.reluctance_adjectives and g.pos_ in ("ADJ", "VERB") for g in _keeping_governors(t))


def left_undone(t: Trigger) -> bool:
    """'Mr Smith refused to apologise to the families', 'the firm neglected to pay its staff', 'MEPs
    failed to back it', 'avoided paying': a verb WordNet files at or below refusing, failing to do,
    leaving undone or being unable with the frame of the act's form (``wordnet_control.json``
    'undone': 'to' over an infinitive, 'ing' over a gerund; 'regretted sending troops' sent them)
    governs the act from above the trigger's own chain, so the act is one not done, as a negated
    one is: PLOVER's manual codes no occurred event of its type (a refusal the control lexicon
    codes, 'refused to withdraw its troops', holds the verb in its own chain and is the REJECT
    itself)."""
    own = set(t.chain) | set(t.words)
    return any(g.pos_ == "VERB" and g not in own
               and g.lemma_.lower() in WORDNET_CONTROL.undone.get("ing" if act.tag_ == "VBG" else "to", ())
               for g, act in _governor_links(t))


def _governed_by(t: Trigger, blocks: frozenset[str]) -> bool:
    """Whether a verb of one of the CAMEO dictionary's BLOCKS governs the trigger's act
    (``_keeping_governors``): 'avoid', 'refrain' keep from it; 'stop', 'cease' end it."""
    return any(g.pos_ == "VERB" and (entry := verb_entry(g)) is not None and entry.block in blocks
               for g in _keeping_governors(t))


def _keeping_governors(t: Trigger) -> list[Token]:
    """The words that govern the trigger's act inside its clause, up through 'to'-complements and
    the clause of a preposition ('refrained from [attacking]'), the act's own verb left out."""
    return [g for g in list(t.chain) + [g for g, _ in _governor_links(t)] if g != t.event]


def _governor_links(t: Trigger) -> list[tuple[Token, Token]]:
    """Each governor above the trigger's chain with the complement it governs the act by, up through
    'to'-complements and the clause of a preposition: ('refused', 'to apologise'), ('refrained',
    'attacking')."""
    out, top = [], t.chain[-1] if t.chain else t.head
    while top.head != top:
        if top.dep_ == "xcomp":
            out.append((top.head, top))
            top = top.head
        elif top.dep_ == "pcomp" and top.head.dep_ == "prep" and top.head.head != top.head:
            out.append((top.head.head, top))
            top = top.head.head
        else:
            break
    return out


def hypothetical_doer(t: Trigger) -> bool:
    """'a Conservative government would allow a Commons vote', 'any government would have to act':
    the conditional ('conditional_aux') over an act whose subject is an indefinite noun phrase
    ('hypothetical_determiners') names a doer that does not exist yet (a government still to be
    elected) or no doer in particular; what it would do is only possible, no event. A definite
    doer ('the Conservatives would allow', 'he would meet them') is read by the mood rules."""
    top = clause_top(t)
    if not any(c.dep_ == "aux" and c.lower_ in STATUS.conditional_aux for c in top.children):
        return False
    subj = next((c for c in top.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.pos_ in ("NOUN", "PROPN") \
        and any(c.dep_ == "det" and c.lower_ in STATUS.hypothetical_determiners for c in subj.children)


def denied_claim(t: Trigger) -> bool:
    """'denied he planned to join his wife in the Catholic faith': the clause is negated only by a
    verb of denial over it ('denial_verbs'), with no negation of its own; its subject denies a claim
    about a plan, which is no refusal of the act ('we will not meet him' refuses it)."""
    toks = _clause_tokens(t)
    top = toks[-1] if toks else t.head
    denial = top.dep_ == "ccomp" and top.head.lemma_.lower() in STATUS.denial_verbs \
        or any(tok.lemma_.lower() in STATUS.denial_verbs for tok in toks)
    return denial and not any(_markers(tok) & STATUS.negations for tok in toks) and not _none_acted(t)


def governors(t: Trigger) -> list[Token]:
    """The trigger's chain and the verbs whose 'to'-complement holds it ('was trying to [ensure]')."""
    return list(t.chain) + _climb(t, ("xcomp",))[1:]


def is_negated(t: Trigger) -> bool:
    """A negation on the chain, a denial verb in it, or a clause that a denial verb governs
    ('denied that it had bombed the camp')."""
    lex = STATUS
    toks = _clause_tokens(t)
    top = toks[-1] if toks else t.head
    denied = top.dep_ == "ccomp" and top.head.lemma_.lower() in lex.denial_verbs
    return denied or _none_acted(t) or any(_markers(tok) & lex.negations or tok.lemma_.lower() in lex.denial_verbs
                                           for tok in toks)


def _none_acted(t: Trigger) -> bool:
    """'No troops were moved', 'not a single shot had been fired', 'fired no shots': the act's
    subject or object is quantified by a negation, so nothing of the kind happened."""
    args = [c for w in {t.head, t.event} for c in w.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    return any(c.dep_ in ("det", "neg") and c.lower_ in STATUS.negations for a in args for c in a.children)


def is_speculative(t: Trigger) -> bool:
    lex = STATUS
    words = lex.speculative_aux | lex.speculative_words
    return any(_markers(tok) & words for tok in _mood_tokens(t)) or _held_by_others(t) or _expected_of(t) \
        or _conjectured(t) or _deliberated(t)


def _deliberated(t: Trigger) -> bool:
    """'Air India is considering to buy 50 new aircraft', 'is weighing whether to sell': a verb of
    deliberation ('deliberation_verbs') governs the act; it is a possibility its subject thinks
    about, neither done nor yet decided."""
    return any(g.lemma_.lower() in STATUS.deliberation_verbs and g != t.event for g in governors(t))


def _expected_of(t: Trigger) -> bool:
    """'Analysts had expected Japan's Nippon to agree to a price rise': a verb of belief whose
    'to'-clause has a subject of its own (``wished_of`` for wishes) says what its subject expects
    another party to do, the active form of 'X is thought to support' (``_held_by_others``); the
    act is a guess, not stated done."""
    return wished_of(t, STATUS.belief_verbs) is not None


def wished_of(t: Trigger, verbs: frozenset[str]) -> Token | None:
    """The verb of VERBS whose 'to'-clause with a subject of its own holds the trigger ('the Tories
    want the information commissioner to investigate', 'expected Nippon to agree'), or None."""
    top = clause_top(t)
    if top.dep_ != "ccomp" or top.head.lemma_.lower() not in verbs:
        return None
    to = any(c.dep_ == "aux" and c.tag_ == "TO" for c in top.children)
    return top.head if to and any(c.dep_ in ("nsubj", "nsubjpass") for c in top.children) else None


def _conjectured(t: Trigger) -> bool:
    """'despite recent speculation that Sir Anthony had held talks with potential buyers': the
    clause is the content of a noun of conjecture ('conjecture_nouns'), a thing guessed or rumoured,
    not stated by anyone as done."""
    top = clause_top(t)
    return top.dep_ in ("acl", "ccomp") and top.head.pos_ == "NOUN" \
        and top.head.lemma_.lower() in STATUS.conjecture_nouns


def evaluated(t: Trigger) -> bool:
    """'It is important for Britain to sign the treaty', 'evidence is needed for us to start
    investigations', 'it is time for Britain to join': a clause 'for X to do' ('evaluation_marks')
    governed by a copula with an adjective, by a noun or by a passive participle names an act judged,
    needed or timely, which no one is stated to have done or to plan. An active verb that takes such
    a clause ('called for Hain to make a statement', 'arranged for the minister to meet them') asks
    for or arranges the act, and a plan noun ('plans for Britain to join') plans it: both stay."""
    top = clause_top(t)
    to = any(c.dep_ == "aux" and c.tag_ == "TO" for c in top.children)
    if not _markers_mark(top) & STATUS.evaluation_marks or not to \
            or not any(c.dep_ in ("nsubj", "nsubjpass") for c in top.children):
        return False
    gov = top.head
    if gov.pos_ == "NOUN":
        return gov.lemma_.lower() not in TRIGGERS.plan_nouns
    passive = gov.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in gov.children)
    return gov.pos_ == "ADJ" or passive or gov.lemma_ == "be" and any(c.dep_ == "acomp" for c in gov.children)


def _held_by_others(t: Trigger) -> bool:
    """'Many EU ministers are thought to support the plan', 'he is said to have met the rebels': a
    verb of belief or report in the passive whose 'to'-complement holds the act says only that
    others believe or report it; no one in the text states it."""
    lex = STATUS
    verbs = lex.belief_verbs | lex.reporting_verbs
    return any(g.lemma_.lower() in verbs and any(c.dep_ == "auxpass" for c in g.children)
               for g in governors(t) if g != t.event)


def _may_be(t: Trigger) -> bool:
    """'may not welcome', 'might not attack': an epistemic modal on the trigger's clause."""
    return any(_markers(tok) & STATUS.epistemic_aux for tok in _clause_tokens(t))


def _conditional(t: Trigger) -> bool:
    """'British voters would reject the European constitution by two to one, according to a poll',
    'the deployment would involve troops from the 2nd Battalion': a 'conditional_aux' modal on a
    main clause, the writer's or a quotation's, is the conditional mood, what would happen, not a
    future announced; only in reported speech ('said he would contest the seat', a complement
    clause) is it a future seen from the past."""
    top = first = clause_top(t)
    while first.dep_ == "conj" and first.head != first:
        first = first.head                   # 'would reject it and would meet him': the main clause's conjuncts
    return first.dep_ == "ROOT" and any(c.dep_ == "aux" and c.lower_ in STATUS.conditional_aux for c in top.children)


def clause_top(t: Trigger) -> Token:
    """The verb that carries the tense and mood of the trigger's clause."""
    return _climb(t)[-1]


def is_generic(t: Trigger, kind: str) -> bool:
    """A simple present with no auxiliary ('Langotalk offers ...', 'the SEO Checker gives you
    tips') states a habit or a property, not an event; a speech act in the present is the report
    of one ('Russia accuses Ukraine of ...'), unless its mode is no act of speech but a standing
    activity ('the regulator monitors BT's prices', an investigation: ``standing_modes``). The
    caller asks only about undated triggers: a dated present ('return to Geneva this week') is an
    event."""
    lex = STATUS
    top = clause_top(t)
    while top.dep_ == "advcl" and top.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in top.children):
        top = top.head                       # 'Gucci is a symbol of luxury, offering footwear'
    auxiliaries = {c.lower_ for c in top.children if c.dep_ in ("aux", "auxpass")}
    if kind in lex.speech_act_types and t.mode not in lex.standing_modes or is_future(t):
        return False                         # 'campaigners are to stage a rally': a plan, not a habit
    if auxiliaries and auxiliaries <= lex.ability_aux:
        return True                          # 'Volterra can train your teams': a capacity
    return top.tag_ in lex.generic_tags and not auxiliaries - lex.do_support


def addresses_reader(t: Trigger) -> bool:
    """An instruction or a remark to the reader states no event: the imperative ('Take YouTuber X
    as an example', 'Remove all debris'), a heading's infinitive ('How to Kill Ants') and the
    second person ('you can ask for help')."""
    top = clause_top(t)
    subjects = [c for c in top.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if any(s.lower_ in STATUS.reader_pronouns for s in subjects):
        return True
    auxiliaries = [c for c in top.children if c.dep_ in ("aux", "auxpass") and c.lower_ != "to"]
    return top.dep_ == "ROOT" and top.tag_ == "VB" and not subjects and not auxiliaries


def own_sentence(t: Trigger, statement: Statement | None) -> Statement | None:
    """A quotation over several sentences takes its certainty from all of them ('"I will be asking
    Parliament to renew this legislation. In the meantime, we will be studying the judgement to see
    whether it is possible to modify it"' is speculated for the second sentence's 'possible'); an
    act in one sentence of it has the mood of its own sentence. Only a quotation whose cue asserts
    ('said', not 'believes') is re-read: its certainty is then what the event's own sentence says."""
    if statement is None or statement.certainty == "asserted" or statement.kind != "direct":
        return statement
    sent = t.event.sent
    spans = [(max(a, sent.start_char), min(b, sent.end_char)) for a, b in statement.content_spans
             if a < sent.end_char and b > sent.start_char]
    if not spans or spans == statement.content_spans:
        return statement
    lex, doc = statement_lexicon(), t.event.doc
    cue = doc.char_span(*statement.cue_span, alignment_mode="expand") if statement.cue_span else None
    if cue is None or lex.verb_class(lex.lemma(cue.root)) != "asserted":
        return statement
    return replace(statement, certainty=content_certainty(doc, spans, lex))  # type: ignore[arg-type]


def status_of(t: Trigger, statement: Statement | None) -> Status:
    """denied > speculated > planned > occurred; a believed or speculated forecast is speculated.
    An event inside a statement that denies its content ("the ministry denied that troops crossed")
    is denied whatever its own clause says, and so is an act refused or left undone (``left_undone``);
    a negation under a modal that only says what may be
    ('staff may not welcome the deal') is a guess, speculated."""
    if is_negated(t) and not _may_be(t) or (statement is not None and statement.polarity == "denied") \
            or left_undone(t):
        return "denied"
    future = is_future(t)
    certainty = statement.certainty if statement is not None else "asserted"
    if is_speculative(t) or certainty == "speculated" or (future and certainty == "believed") \
            or _conditional(t):
        return "speculated"
    return "planned" if future or is_intended(t) else "occurred"


def futurate(t: Trigger, date: str | None, anchor: str | None) -> bool:
    """'Previous incumbent David Klein steps down on 16 January', 'EU finance ministers meet on
    Thursday', 'Mr Seifert is meeting Ms Furse on Thursday': the simple present or the present
    progressive with a date in its own clause states an act scheduled (English's futurate), not
    one done: planned. When the article's date is known, a date before it is a headline's or a
    narrative present ('Putin meets Xi on Monday' of a Monday past) and the act stays done. An act
    named by a noun and dated ahead is scheduled too ("Putin's visit to India next month"). A
    clause under a verb of report in the present ('claims to be manufacturing weapons, according to
    a media report Sunday') is a report's present, its date the report's."""
    if date is None or anchor is not None and not (date[:4].isdigit() and date[:10] > anchor[:10]):
        return False
    top = clause_top(t)
    if top.pos_ == "NOUN":
        return anchor is not None            # an act named by its noun, dated ahead ("Putin's visit to India next month")
    if any(_lemma_in(g, STATUS.reporting_verbs) for g in (top, *governors(t))):
        return False
    auxiliaries = {c.lower_ for c in top.children if c.dep_ in ("aux", "auxpass")}
    if top.tag_ in STATUS.generic_tags:
        return not auxiliaries - STATUS.do_support
    return top.tag_ == "VBG" and bool(auxiliaries) and auxiliaries <= STATUS.present_be


def ceased(t: Trigger) -> str | None:
    """'Russia stopped supplying gas to Ukraine', 'decided last April to stop providing financial
    backing': an act of aid or cooperation ('ceased_codes') governed by a verb of the CAMEO
    dictionary's blocks of ending an act ('cessation_blocks': stop, cease, halt, end, suspend) is
    cut off, not given; CAMEO codes the cessation (162, reduce or stop material aid). Its CAMEO
    code, or None."""
    code = STATUS.ceased_codes.get(t.type)
    if code is None or t.noun is not None:
        return None
    return code if _governed_by(t, STATUS.cessation_blocks) else None
