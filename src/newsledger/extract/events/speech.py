"""Speech that PLOVER codes as an event, and speech that it does not.

A warning is a THREATEN only with a stated consequence that a party brings about, the subject of
the warned clause a pronoun or a name ('warned that China would respond'); 'warned that lives
could be put at risk' and 'warned that companies would delist' are statements. A question is no
request and states no act ('Asked if she was a member', 'Should the UK approve the Treaty?'). A
future or modal act under a condition is a hypothesis, not an event ('if someone complained, we
would investigate').
A denial of a claim ('rejected allegations that ...') is no refusal. A warning about what another
named party will do ('warned that the Tories would cut services') is a forecast, unless that party is
a state the speaker speaks for ('warned that China would respond').
The verbs and subordinators are data (``data/plover_triggers.json``: 'warning_verbs',
'question_marks'), and so is what PLOVER requires of each type of speech act ('speech_frames').
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ...nlp.wordnet import WORDNET, first_class, party_word, spoken, verb_state
from ..entities.lexicon import lexicon as title_lexicon
from ..statements.lexicon import lexicon as statement_lexicon
from .arguments import PRONOUNS
from .cameo import block_coded, own_type, statement_lemma, statement_verb
from .lexicon import STATUS, TRIGGERS, speech_frame
from .phrases import Ctx, child, ents_in, named, with_appositions
from .senses import SENSES
from .status import clause_top, governors
from .triggers import OBJECTS, Trigger

WH_TAGS = ("WDT", "WP", "WP$", "WRB")
PARTY_TYPES = ("", "PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")   # a name's type, or none: not a date ('in July')
BODY_TYPES = ("ORG", "NORP")                # a party with members of its own
FIRST_PERSON = ("i", "we")                  # the speakers themselves
CLOSING = ('"', "'", "\u201d", "\u2019", ")")


def speech_stated(ctx: Ctx, t: Trigger, actors: list[str]) -> bool:
    """False for a question, an agreement with a claim, a rejection of a claim, a speech act over
    a claim, a refusal or an assent judging words said, an act described as something, a need
    stated, self-praise or self-criticism (of the actor's own, or of what the sentence before gave
    as the actor's own), a promise or endorsement to the actor's own members, a view judged, a
    request that asks for nothing, a thing made known (``discloses``), a cause blamed
    (``blamed_on_a_cause``), or a warning with no consequence that the speaker (ACTORS) brings
    about."""
    if in_question(t) or assents_to_claim(t) or rejects_claim(t) or of_itself(t) or reports_claim(t) \
            or states_a_need(t) or judges_words(t) or described_as(t) or judges_a_view(t) \
            or asks_nothing(t) or owned_before(ctx, t, actors) or to_own_members(ctx, t, actors) or discloses(t) \
            or blamed_on_a_cause(t):
        return False
    return t.type != "THREATEN" or consequence_stated(ctx, t, actors)


def of_itself(t: Trigger) -> bool:
    """'Mr Brown praised himself', 'Tesco praised its own staff', 'the firm blamed itself', 'Mr
    Clarke defended his decision': a speech act of a type made toward another party (``speech_frames``
    'others') whose object is the actor itself (a reflexive pronoun) or the actor's own ('own', or
    an act, a thought or a quality of the actor's, ``_actors_own``)."""
    frame = speech_frame(t.type)
    if not frame.others:
        return False
    objs = [c for c in t.event.children if c.dep_ in OBJECTS]
    return any(o.morph.get("Reflex", []) == ["Yes"] or any(m.lower_ == "own" for m in o.children)
               or _actors_own(o, frame.own_objects) for o in objs)


def _actors_own(obj: Token, classes: frozenset[str]) -> bool:
    """'Mr Clarke defended his decision', 'we defend our policy': an object whose first WordNet
    sense is one of CLASSES (``speech_frames`` 'own_objects': an act, a thought, a quality)
    held by a possessive pronoun that stands for the clause's subject — of its number (first person
    for 'I' and 'we'), with no other party named between them. 'praised his minister' (a person)
    and 'welcomed the decision by India' (no possessive) are acts toward another party."""
    poss = next((c for c in obj.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
    subj = child(obj.head, ("nsubj",))
    if poss is None or subj is None or subj.i > obj.i or first_class(obj.lemma_.lower()) not in classes:
        return False
    if any(c.dep_ == "appos" or c.pos_ == "PROPN" for c in obj.children):
        return False                         # 'praised her counterpart, Karl Huber': a party named
    between = obj.doc[subj.right_edge.i + 1:poss.i]
    return _same_number(subj, poss) and not any(w.pos_ in ("PROPN", "PRON") or _party_noun(w) for w in between)


def owned_before(ctx: Ctx, t: Trigger, actors: list[str]) -> bool:
    """'Mr Howard has unveiled his plans for tax cuts. He defended the package': a speech act toward
    another party (``speech_frames`` 'others') whose object is a bare definite noun ('the package',
    nothing saying whose or which) that takes up what the sentence before gave as the actor's own: a
    noun of an act, a thought or a quality ('own_objects') held by a possessive pronoun whose
    nearest party before it of its number is one of the ACTORS. Defending or praising one's own
    plan is self-praise, no act toward another; 'Smith unveiled his plans. Jones criticised the
    package' is criticism of Smith."""
    frame = speech_frame(t.type)
    start = t.event.sent.start
    if not frame.others or t.via_control or not actors or start == 0:
        return False
    if not any(o.dep_ in OBJECTS and _bare_definite(o) for o in t.event.children):
        return False
    before = t.event.doc[start - 1].sent
    return any(w.dep_ == "poss" and w.tag_ == "PRP$" and first_class(w.head.lemma_.lower()) in frame.own_objects
               and set(_holder(ctx, w)) & set(actors) for w in before)


def to_own_members(ctx: Ctx, t: Trigger, actors: list[str]) -> bool:
    """'Labour leader Ann Cole sought to reassure Labour MPs', 'the union reassured its members': a
    promise or an endorsement (``speech_frames`` 'own_side') whose object is the actor's own people
    (``_own_members``) is made inside one party, no act between two."""
    if not speech_frame(t.type).own_side or not actors:
        return False
    return any(o.dep_ in OBJECTS and _own_members(ctx, o, actors) for o in t.event.children)


def _own_members(ctx: Ctx, obj: Token, actors: list[str]) -> bool:
    """People in the plural (``_people``: 'MPs', 'backbenchers', 'members') held
    by a possessive standing for an actor that is a body ('the union reassured its members'; a
    person's 'her lawyers' are no members of hers) or named by a word that names an actor or is a
    word of a title the article gives an actor ('Labour MPs' for Labour, or for its 'Labour
    leader'); 'Tory MPs' of a Labour leader are another party's, and people joined to others
    ('its members and the public') are not all the actor's own."""
    if not _people(obj) or any(c.dep_ == "conj" for c in obj.children):
        return False
    titled = {w.lower() for a in actors for role in ctx.roles.get(a, []) for w in role.split()}
    bodies = {a for a in actors if ctx.types.get(a) in BODY_TYPES}
    for c in obj.children:
        if c.dep_ == "poss" and c.tag_ == "PRP$" and set(_holder(ctx, c)) & bodies:
            return True
        if c.dep_ in ("compound", "amod", "nmod") and c.i in ctx.ents_by_tok \
                and (set(ctx.ents_by_tok[c.i]) & set(actors) or c.lower_ in titled):
            return True
    return False


def _people(obj: Token) -> bool:
    """A plural noun of people: WordNet's first sense a person ('backbenchers', 'members'), or a
    person's title of the entity lexicon with a plural 's' ('MPs', which the tagger may leave
    singular and WordNet lacks)."""
    if obj.pos_ != "NOUN":
        return False
    if obj.tag_ == "NNS" and first_class(obj.lemma_.lower()) == "person":
        return True
    return obj.lower_.endswith("s") and obj.lower_[:-1] in title_lexicon().person_heads


def _bare_definite(obj: Token) -> bool:
    """A common noun with 'the' and nothing else but adjectives: it takes up a thing already named
    ('the package'), and no word of it says whose it is ('the Tory package', 'the package of
    cuts by the Treasury')."""
    return obj.pos_ == "NOUN" and any(c.lower_ == "the" for c in obj.children) \
        and all(c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "amod" for c in obj.children)


def _holder(ctx: Ctx, poss: Token) -> list[str]:
    """The entities a possessive pronoun stands for: the nearest name before it in its sentence of
    the pronoun's number ('Mr Howard dismissed fears from some Conservatives that his plans ...':
    Mr Howard, not the Conservatives), or none."""
    number = poss.morph.get("Number", [])
    for w in reversed(poss.doc[poss.sent.start:poss.i]):
        if w.i in ctx.ents_by_tok and w.pos_ == "PROPN" and w.morph.get("Number", []) == number:
            return ctx.ents_by_tok[w.i]
    return []


def _same_number(subj: Token, poss: Token) -> bool:
    """Whether a possessive pronoun can stand for a subject: first person for 'I' or 'we', else the
    subject's number ('his', 'its' a single party; 'their' parties joined or in the plural)."""
    if poss.morph.get("Person", []) == ["1"]:
        return subj.lower_ in FIRST_PERSON
    plural = subj.morph.get("Number", []) == ["Plur"] or any(c.dep_ == "conj" for c in subj.children)
    return poss.morph.get("Number", []) == (["Plur"] if plural else ["Sing"])


def _party_noun(w: Token) -> bool:
    """A common noun whose first WordNet sense is people or a body ('the minister', 'the union')."""
    return w.pos_ == "NOUN" and party_word(w.lemma_.lower())


def judges_words(t: Trigger) -> bool:
    """'"I reject that entirely," he said', 'Israel refuses to accept Syria's denials', 'the firm
    refused to believe the regulator's explanation': a refusal (``speech_frames`` 'words_judged')
    whose object is words said judges whether a claim is so, a view the statement layer stores;
    through a control verb, only when its complement holds something as true (first WordNet
    sense a thought: 'accept', 'believe'; 'refused to share information' is an act). PLOVER's
    REJECT refuses a proposal, a demand or a plan; parties that agree a text ('agreed a joint
    statement') agree together, so AGREE has no such frame."""
    if not speech_frame(t.type).words_judged or len(t.words) > 1:
        return False
    verb = child(t.event, ("xcomp",)) if t.via_control else t.event
    if verb is None or verb != t.event and verb_state(verb) != "cognition":
        return False                         # 'refused to share information': the complement is an act
    return any(c.dep_ in OBJECTS and _words_said(c) for c in verb.children)


def judges_a_view(t: Trigger) -> bool:
    """'The minister dismissed fears that the cuts would go too far', 'the bank rejected fears of a
    slowdown': a refusal or a criticism whose object is a view held (``speech_frames``
    'views_judged': a feeling by its first WordNet sense) says whether the view is founded — what
    the speaker thinks, which the statement layer stores; the people who hold it ('fears from some
    colleagues') are not criticised for an act."""
    classes = speech_frame(t.type).views_judged
    if not classes or t.via_control or len(t.words) > 1 or t.event.pos_ != "VERB":
        return False
    return any(c.dep_ in OBJECTS and c.pos_ == "NOUN" and first_class(c.lemma_.lower()) in classes
               for c in t.event.children)


def asks_nothing(t: Trigger) -> bool:
    """'"What sort of example does that set?" the MP asked': a request (``speech_frames``
    'asked_for') whose verb names nothing asked — no object but its addressee, no clause, no
    prepositional phrase, no 'to'-clause anywhere after it — beside a question (``_question_near``)
    puts that question, no demand of anyone, and so does one whose subject comes after it
    (``_inverted``: '..., asks analyst Bill Thompson'); a bare 'whether to appeal' stays."""
    v = t.event
    if not speech_frame(t.type).asked_for or t.via_control or len(t.words) > 1 or v.pos_ != "VERB":
        return False
    asked = ("xcomp", "ccomp", "advcl", "prep", "oprd", "acomp", "attr", "agent")
    if any(c.dep_ in asked or c.dep_ in OBJECTS and not _addressee(c) for c in v.children):
        return False
    if any(w.dep_ == "aux" and w.lower_ == "to" for w in v.subtree if w.i > v.i):
        return False                         # 'urged councils [to limit rises]' with the clause hung on the object
    return _question_near(v) or _inverted(v)


def _inverted(v: Token) -> bool:
    """'..., but can we really trust the PC vendors, asks technology analyst Bill Thompson': the
    verb's subject after it, an inversion that only a cue of the words before it takes."""
    subj = child(v, ("nsubj",))
    return subj is not None and subj.i > v.i


def _question_near(v: Token) -> bool:
    """A question mark in the verb's sentence or the one before it: the question that a verb of
    asking with nothing asked attributes ('"What model does it give?" the MP asked')."""
    sents = [v.sent] + ([v.doc[v.sent.start - 1].sent] if v.sent.start > 0 else [])
    return any(w.text == "?" for s in sents for w in s)


def dared(t: Trigger) -> Trigger:
    """'Mr Jones challenged the minister to publish the letter': an act of a type with
    ``speech_frames`` 'dares', by a verb of speech (its first WordNet sense in verb.communication)
    whose own CAMEO code is of that type (a verb of opposing in words: 'challenge' 110), made to a
    party with a 'to'-complement of what that party is to do (its object, or the subject of the
    clause) demands that it act: that type (PLOVER REQUEST), with the dictionary's code of the old
    type dropped. Another verb with a 'to'-clause states a purpose ('is implicating Mr Ebbers only
    to win a lighter sentence'; 'summoned Niger's ambassador to complain of inaction', whose own
    code is a meeting, PLOVER gold ACCUSE)."""
    kind = speech_frame(t.type).dares
    v = t.event
    if kind is None or t.via_control or v.pos_ != "VERB" or not spoken(v) or own_type(v) != t.type:
        return t                             # 'implicating him only to win', 'summoned the envoy to complain': a purpose
    party = any(c.dep_ in OBJECTS and _addressee(c) for c in v.children)
    for c in v.children:
        to = any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        subj = child(c, ("nsubj",))
        if to and (c.dep_ == "xcomp" and party or c.dep_ == "ccomp" and subj is not None and _addressee(subj)):
            return replace(t, type=kind, mode=None, cameo=None)
    return t


def described_as(t: Trigger) -> bool:
    """'Amnesty described the release as long overdue', 'he described the attack as an act of
    terror': a verb whose own CAMEO code is a public statement ('describe', 'report'), coded as
    another type by the act its object names, says what that act is when an 'as' phrase gives a
    predicate of it (on the verb or on the object). The speaker characterises the act; the act is
    not the speaker's ('announced the release of the prisoners' keeps its release). A pattern of
    the 'as' phrase itself ('described the plan as a disaster': CAMEO's disapproval) holds its
    words in the trigger and stays."""
    v = t.event
    if v.pos_ != "VERB" or t.cameo is None or t.cameo.startswith("01") or not statement_verb(v):
        return False
    objs = [o for o in v.children if o.dep_ in OBJECTS]
    phrases = [p for h in (v, *objs) for p in h.children if _as_predicate(p)]
    return bool(objs) and any(not set(p.subtree) & set(t.words) for p in phrases)


def _as_predicate(p: Token) -> bool:
    """An 'as' phrase giving a predicate ('as long overdue', 'as a scandal'): the preposition with
    its object, or a predicate it opens that the parser hung as a clause of its own."""
    return p.left_edge.lower_ == "as" and p.dep_ in ("prep", "advcl", "acomp", "oprd", "xcomp") \
        and any(True for _ in p.children)


def _words_said(obj: Token) -> bool:
    """An object that is words said: a demonstrative pronoun standing alone for what was just said
    ('reject that'), or a noun of communication by its first WordNet sense whose verb makes a public
    statement by the CAMEO dictionary's own code ('explanation', 'statement', 'report') or denies
    (the statement layer's Affirm_or_deny verbs: 'denial'); 'proposal', 'demand', 'offer' and
    'call' are nouns of acts PLOVER codes, 'plan' a thought, and 'talks' an event noun of the
    hand lexicon."""
    if obj.lower_ in SENSES.demonstratives:      # tagged a pronoun or, as often, a subordinator
        return not list(obj.children)
    lemma = obj.lemma_.lower()
    if obj.pos_ != "NOUN" or first_class(lemma) != "communication" or lemma in TRIGGERS.nouns:
        return False                         # 'talks', 'a call': event nouns of the lexicon
    denials = statement_lexicon().cues.polarity.denial_verbs
    return any(statement_lemma(v) or v in denials for v in WORDNET.verbs.get(lemma, ()))


def rejects_claim(t: Trigger) -> bool:
    """'rejected allegations he pressured him', 'rejected the claim made by some groups': a denial
    verb whose object is a claim denies what was said; PLOVER has no category for a denial (REJECT
    refuses a request, a proposal or a party). The verbs and nouns are the statement layer's
    (``cues.json`` 'polarity': FrameNet's Affirm_or_deny)."""
    pol = statement_lexicon().cues.polarity
    v = t.event
    if t.type != "REJECT" or v.lemma_.lower() not in pol.denial_verbs:
        return False
    return any(c.dep_ in OBJECTS and c.lemma_.lower() in pol.denial_nouns for c in v.children)


def reports_claim(t: Trigger) -> bool:
    """'Blair assured Parliament that 90% of the bill was about regulation', 'we agreed that the
    important thing now is to see it through', 'welcomed the possibility that the mill might be
    back on the market': a verb of speech of a type with ``speech_frames`` 'claims' whose complement
    (a that-clause, or, for a type with 'claim_objects', that of its object noun when the noun
    names a thought or a state, ``proposition_classes``; what a demand asks for is its object,
    'demanded assurances that ...') says what is or was reports a claim, which the statement layer
    stores. PLOVER codes the promise, agreement, endorsement or demand only when what is
    promised or asked is an act ('assured them that the troops would leave', 'demanded that he
    resign'); a 'to'-complement is always an act ('agreed to pay'). Through a control verb, the
    complement's own object nouns count ('refused to give credence to suggestions that the army was
    preparing an attack': a claim not endorsed, no proposal refused), and so does its own clause
    (``_complement_claims``: 'refused to accept that the war had turned audiences against it')."""
    v = t.event
    frame = speech_frame(t.type)
    if not frame.claims or len(t.words) > 1 or v.pos_ != "VERB":
        return False
    if t.via_control:                        # the event is the complement: 'refused to [give credence to ...]'
        return frame.claim_objects and any(map(_says_what_is, _claims_named(v) + _complement_claims(v)))
    if any(c.dep_ == "xcomp" for c in v.children):
        return False
    objects = [c for c in v.children if c.dep_ in OBJECTS]
    clauses = [c for c in v.children if c.dep_ == "ccomp"] if all(map(_addressee, objects)) else []
    if frame.claim_objects:
        clauses += _claims_named(v)
    return any(_says_what_is(c) for c in clauses)


def _complement_claims(verb: Token) -> list[Token]:
    """The content clauses of a control verb's complement VERB that takes no object ('refused to
    accept [that opposition to the war had turned audiences against Hollywood]'): what is not
    accepted is a claim, as under the verb itself ('we agreed that ...'), no proposal refused."""
    verbs = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]   # the event is the control verb itself
    return [c for v in verbs if not any(o.dep_ in OBJECTS for o in v.children)
            for c in v.children if c.dep_ == "ccomp" and _content_clause(c)]


def _claims_named(verb: Token) -> list[Token]:
    """The content clauses of the nouns VERB takes (its objects, and the object of its 'to' phrase:
    'gave credence to suggestions that ...') whose first WordNet sense is a proposition
    (``proposition_classes``: 'the idea that ...', 'suggestions it was ...')."""
    nouns = [c for c in verb.children if c.dep_ in OBJECTS]
    nouns += [g for c in verb.children if c.dep_ in ("dative", "prep") and c.lower_ == "to"
              for g in c.children if g.dep_ == "pobj"]
    return [c for o in nouns if first_class(o.lemma_.lower()) in TRIGGERS.proposition_classes
            for c in o.children if c.dep_ in ("acl", "ccomp", "relcl") and _content_clause(c)]


def _content_clause(c: Token) -> bool:
    """A noun's clause that says what the noun holds: 'that ...', or with 'that' left out, a clause
    with a subject of its own ('the fact there had been a quick result', 'the hope it would pass'),
    not a participle describing the noun ('the plan announced on Monday'). A clause the parser hung
    as a relative one holds the noun's content only when the noun fills no place in it: no relative
    word, and its subject and its object or predicate all its own ('the idea the group posed a
    threat'; 'the plan the minister announced' is a relative clause)."""
    if c.dep_ == "relcl":
        deps = {d.dep_ for d in c.children}
        relative = any(d.tag_ in WH_TAGS or d.lower_ == "that" and d.dep_ != "mark" for d in c.children)
        return not relative and bool(deps & {"nsubj", "nsubjpass", "expl"}) and bool(deps & {"dobj", "attr", "acomp"})
    return "that" in _marks(c) or any(d.dep_ in ("nsubj", "nsubjpass", "expl") for d in c.children)


def _addressee(obj: Token) -> bool:
    """An object that can be told something ('assured Parliament that ...', 'assured them'): a
    name, a pronoun or a word for people; with another object ('rejected that idea, saying ...')
    a clause after it is no complement of the verb."""
    if obj.lower_ == "that" and not list(obj.children):
        return True                          # 'we agreed that whatever ..., the thing is ...': the subordinator
    return obj.pos_ in ("PROPN", "PRON") or party_word(obj.lemma_.lower())


def _says_what_is(clause: Token) -> bool:
    """A clause that says what is, was or may be: a copula in the present or past or under a modal
    of possibility ('was about tightening', 'might be back on the market'), or another verb in the
    past or the third person present with no auxiliary of the future, of possibility or of duty.
    What will be is an arrangement ('agreed that she would not be health minister'); a bare verb
    may be a subjunctive, and a plural present too ('that he resign', 'that they be freed', 'that
    its partners refuse to recognise it' ask for an act)."""
    auxes = sorted((c for c in clause.children if c.dep_ in ("aux", "auxpass")), key=lambda c: c.i)
    finite = auxes[0] if auxes else clause
    words = {a.lower_ for a in auxes}
    if finite.tag_ == "VB" or words & (STATUS.future_aux | TRIGGERS.deontic_aux | {"to"}):
        return False
    if _copular(clause):
        return True
    return finite.tag_ != "VBP" and not words & STATUS.speculative_aux


def states_a_need(t: Trigger) -> bool:
    """'Gazprom needs Yugansk', 'the merger necessitates approval': a verb that only the CAMEO
    dictionary codes as a type done by speaking (``speech_frames`` 'speaking': REQUEST, CAMEO's
    demand block) whose first WordNet sense names a state (``event_senses.json``
    'inactive_classes') states a need, not a demand anyone made."""
    v = t.event
    if not speech_frame(t.type).speaking or t.cameo is None or t.via_control or v.pos_ != "VERB":
        return False
    return v.lemma_.lower() not in TRIGGERS.verbs and verb_state(v) in SENSES.inactive_classes


def reported_as_possible(t: Trigger) -> bool:
    """'Analysts said Putin can say he has forced the oligarchs out', 'critics could argue that the
    firm broke the rules': the act is the complement of a verb of saying or thinking that carries a
    modal of possibility. No one says it; what might be said is a hypothesis, no event stated."""
    top = clause_top(t)
    if top.dep_ != "ccomp":
        return False
    verb = top.head
    says = spoken(verb) or verb.lemma_.lower() in STATUS.reporting_verbs | STATUS.belief_verbs
    return says and any(c.dep_ == "aux" and c.lower_ in STATUS.speculative_aux for c in verb.children)


def consequence_stated(ctx: Ctx, t: Trigger, actors: list[str]) -> bool:
    """A warning verb threatens only when its that-clause states what a party will or could do
    ('warned that China would respond', 'the High Representative could use his powers'), or sets
    a condition on it ('there could be walkouts unless ...') that no common noun is the subject of
    ('drivers could face delays unless ...': what others may undergo). Other threat words need no
    clause."""
    verb = t.head if t.head.lemma_.lower() in TRIGGERS.warning_verbs else t.event
    if verb.lemma_.lower() not in TRIGGERS.warning_verbs or t.via_control:
        return True
    clause = _that_clause(verb)
    if clause is None:
        return False
    return _party_acts(ctx, clause, actors) or _conditional(clause) and not _common_subject(ctx, clause)


def _that_clause(verb: Token) -> Token | None:
    """What was warned: the verb's complement, or a 'that' clause the parse hung on a noun after it
    ('warned at a briefing that ...')."""
    found = child(verb, ("ccomp",))
    misparsed = (w for w in verb.subtree if w.dep_ in ("relcl", "acl") and "that" in _marks(w))
    return found if found is not None else next(misparsed, None)


def _party_acts(ctx: Ctx, clause: Token, actors: list[str]) -> bool:
    """The clause's verb is future or modal and its subject names a party: a pronoun or a name
    ('warned that China would respond', 'warned that it could reimpose restrictions'), or a named
    party that will undergo the act ('Taiwan independence forces will be left with ...'). A common
    noun ('warned that companies would choose to delist', 'that some campaigners could use his
    words', 'the deletion could harm inquiries') is what others may do or what may come of
    something: a forecast, not a threat, which PLOVER gives a party threatening its own act; and so
    is a named party other than the speaker, but a state its official speaks for (``_another_party``)."""
    modal = STATUS.future_aux | STATUS.speculative_aux
    if not any(c.dep_ in ("aux", "auxpass") and c.lower_ in modal for c in clause.children):
        return False
    if (subj := child(clause, ("nsubj",))) is not None:
        return subj.lower_ in PRONOUNS or named_head(ctx, subj) and not _another_party(ctx, subj, actors)
    return bool(ents_in(ctx, child(clause, ("nsubjpass",))))


def _another_party(ctx: Ctx, subj: Token, actors: list[str]) -> bool:
    """'Mr Brown warned that the Tories would cut services': the subject names parties, none of them the
    speaker, and none a state the speaker may speak for (``speech_frames`` THREATEN 'speaks_for':
    'Lin warned that China would respond'); a name no entity holds ('the High Representative') is
    not known to be another."""
    sides = speech_frame("THREATEN").speaks_for
    named = ents_in(ctx, subj)
    return bool(named) and not set(named) & set(actors) and all(ctx.types.get(e) not in sides for e in named)


def _common_subject(ctx: Ctx, clause: Token) -> bool:
    """'warned that drivers could face delays unless the roads were cleared': the clause's subject
    is a common noun, so even under a condition it forecasts what others may do or undergo, not a
    consequence a party brings about ('there could be walkouts unless ...' has none: 'there')."""
    subj = child(clause, ("nsubj",))
    return subj is not None and subj.lower_ not in PRONOUNS and subj.dep_ != "expl" and not named_head(ctx, subj)


def named_head(ctx: Ctx, head: Token) -> bool:
    """Whether a phrase's head word is a name or a title written as one (or set beside one: 'the
    group Hamas', 'the High Representative'), not a common noun with a name inside its modifiers
    ('the deletion of the Home Office's e-mails')."""
    return named(ctx, head) or any(t.pos_ == "PROPN" and t.ent_type_ in PARTY_TYPES for t in with_appositions(head))


def _conditional(clause: Token) -> bool:
    """'... unless there was a government rethink': a condition the target must meet."""
    return any(c.dep_ == "advcl" and {m.lower_ for m in c.children if m.dep_ == "mark"} & TRIGGERS.threat_marks
               for c in clause.children)


def in_question(t: Trigger) -> bool:
    """A trigger in a sentence asking a question or in an indirect question ('know if inmates would
    be allowed to smoke'), or a request whose clause is an indirect question."""
    top = clause_top(t)
    asked = top.dep_ == "ccomp" and bool(_marks(top) & TRIGGERS.question_marks)
    return asked or t.type == "REQUEST" and (_asks(t.head) or _asks(t.event)) or _interrogative(t.head)


def assents_to_claim(t: Trigger) -> bool:
    """'agreed the Act was discriminatory', 'agreed that the figures were stronger', 'Mr Wallace
    agreed', 'Mr Gardner agreed: "We can throw more polygons around ..."': agreeing that something
    is so, with what was just said, or in words quoted after the verb (``_quoted``, what the speaker
    says, whatever it says) is an opinion; PLOVER's AGREE is agreeing to act ('agreed to reopen') or
    parties agreeing together."""
    v = t.event
    if t.type != "AGREE" or t.via_control or v.lemma_.lower() not in TRIGGERS.assent_verbs or len(t.words) > 1:
        return False
    claim = child(v, ("ccomp",))
    if any(c.dep_ in ("xcomp", "dobj", "prep", "dative") for c in v.children):
        return False
    return _copular(claim) or _quoted(v, claim) if claim is not None else not _mutual(v)


def _quoted(v: Token, clause: Token) -> bool:
    """The clause is a quotation the verb introduces: a colon or an opening quotation mark stands
    between the verb and the clause ('agreed: "We can ..."'), the verb only a cue of the words."""
    return any(w.tag_ in (":", "``") for w in v.doc[v.i + 1:clause.left_edge.i])


def _mutual(v: Token) -> bool:
    """'The two sides agreed', 'Fiat and GM agreed': parties agreeing with each other; one party
    that agrees with nothing named ('Mr Wallace agreed and said ...') shares a view."""
    subj = child(v, ("nsubj",))
    return subj is None or subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj.children)


def _copular(v: Token) -> bool:
    """A clause that says what something is ('was discriminatory'), not what someone does."""
    return v.lemma_ == "be" or any(c.dep_ in ("acomp", "attr") for c in v.children)


def _asks(v: Token) -> bool:
    """'asked if she was a member', 'ask which party they will vote for', 'will press Labour over
    whether the targets can be met': the complement, or the clause after a preposition, is a
    question (a question asks for an answer, not for an act)."""
    clauses = [c for c in v.children if c.dep_ == "ccomp"]
    clauses += [c for p in v.children if p.dep_ == "prep" for c in p.children if c.dep_ == "pcomp"]
    return any(_marks(c) & TRIGGERS.question_marks or c.left_edge.tag_ in WH_TAGS for c in clauses)


def _marks(v: Token) -> set[str]:
    return {m.lower_ for m in v.children if m.dep_ == "mark"}


def _interrogative(v: Token) -> bool:
    """The clause or its quoted sentence ends in a question mark ('he asked: "Isn't the reason ...?"')."""
    toks = [w for w in v.sent if not w.is_space and w.text not in CLOSING]
    return bool(toks) and toks[-1].text == "?" or any(w.text == "?" for w in v.subtree)


def advised(t: Trigger) -> bool:
    """'The Home Secretary should allow phone tapping evidence', 'India needed to ease restrictions':
    what someone ought to do or needs to do (a deontic auxiliary on the clause, a duty the speakers
    set themselves, ``own_duty``, or a deontic verb whose 'to'-complement holds the act,
    ``deontic_verbs``) is an opinion, not an act stated, planned or expected."""
    top = clause_top(t)
    if any(c.dep_ == "aux" and c.lower_ in TRIGGERS.deontic_aux for c in top.children) or own_duty(top):
        return True
    return any(g.lemma_.lower() in TRIGGERS.deontic_verbs and g != t.event for g in governors(t))


def own_duty(clause: Token) -> bool:
    """'We must not allow voter apathy to take hold', 'I must ask the minister to think again': a
    duty the speakers set themselves ('must', ``directive_modals``, with a first-person subject) is
    what they hold they ought to do, as under 'should'; 'Y must ...' said of another party is a
    demand made to it."""
    subj = child(clause, ("nsubj",))
    return subj is not None and subj.lower_ in FIRST_PERSON and \
        any(c.dep_ == "aux" and c.lower_ in TRIGGERS.directive_modals for c in clause.children)


def hypothetical(t: Trigger, own: bool = True) -> bool:
    """'If someone complained, we would investigate': a future or modal act under an 'if' is no
    event. The caller keeps a speaker's own conditional refusal or threat, and the speaker's own
    (OWN: its subject a pronoun for the speaker) conditional act of cooperation is an offer ('they
    would meet him if he gave them a veto': PLOVER's AGREE); a named party's, said by another, is
    a forecast ('if El Fasher falls, the RSF will control all of Darfur')."""
    if own and t.type in TRIGGERS.offer_types:
        return False
    top = clause_top(t)
    marks = TRIGGERS.hypothetical_marks
    modal = STATUS.future_aux | STATUS.speculative_aux
    conditioned = any(c.dep_ == "advcl" and _marks(c) & marks for c in top.children)
    return conditioned and any(c.dep_ in ("aux", "auxpass") and c.lower_ in modal for c in top.children)


def speakers_subject(t: Trigger, subj: Token | None) -> bool:
    """'He also stressed rise in interest rates would not affect Labour's chances': the act's clause
    is the complement of a verb that took its subject for an object (the verb has a direct object
    before the clause, and the clause no subject of its own), and the doer found is the speaker,
    the verb's own subject. The speaker says something of what the lost subject does; the act is
    not the speaker's, and who does it is not known: no event (a refusal or a promise read from the
    speaker's 'he' would be a statement coded as an event)."""
    top = clause_top(t)
    if subj is None or top.dep_ != "ccomp" or subj.head != top.head or subj.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in top.children):
        return False
    return any(c.dep_ in OBJECTS and c.i < top.i for c in top.head.children)


def discloses(t: Trigger) -> bool:
    """'Mr Kruger had exposed the Tory agenda for £35bn of cuts', 'the firm revealed the figures': a
    verb of the CAMEO dictionary's blocks of making known ('disclosure_blocks') coded with the
    block's own code, no pattern of it matched, whose object is no party (a thing, by its head: the
    names inside it only say whose) and that names no one told (no dative, no 'to' phrase) makes
    a thing known: a statement, no act toward a party ('revealed the plot' 015 has its pattern)."""
    v = t.event
    if v.pos_ != "VERB" or t.noun is not None or t.via_control or block_coded(v, t.cameo) not in STATUS.disclosure_blocks:
        return False
    objs = [c for c in v.children if c.dep_ in OBJECTS]
    told = any(c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ == "to" for c in v.children)
    return bool(objs) and not told and not any(_addressee(o) for o in objs)


def blamed_on_a_cause(t: Trigger) -> bool:
    """'A union leader blamed the closures on quotas', 'blamed the deaths on the storm': a verb of
    blaming ('blame_verbs') whose 'blamed_preps' phrase, on the verb or on its object, names what is
    blamed; when the head of every such phrase is no party (no name, no pronoun, no noun first a
    person or a group by WordNet) the speaker gives a cause for an outcome, a statement, and no
    party is accused ('blamed the cuts on ministers', 'on Labour' stay)."""
    v = t.event
    if t.noun is not None or t.via_control or v.lemma_.lower() not in SENSES.blame_verbs:
        return False
    objs = [c for c in v.children if c.dep_ in OBJECTS]
    heads = [x for p in (*v.children, *(w for o in objs for w in o.children))
             if p.dep_ == "prep" and p.lower_ in SENSES.blamed_preps for x in p.children if x.dep_ == "pobj"]
    return bool(objs and heads) and not any(h.ent_type_ or h.pos_ in ("PROPN", "PRON") or party_word(h.lemma_.lower())
                                            for h in heads)
