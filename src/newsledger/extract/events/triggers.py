"""Finds PLOVER event triggers in a dependency parse: one trigger per stated event.

A trigger is a verb (with its particle, preposition or object: "put pressure on", "open fire"),
a light verb with an event noun ("held talks", "staged demonstrations"), or a verb of intent
or demand governing another verb ("threatened to ban", "prepared to resume shelling").
The lexicon is data (``data/plover_triggers.json``); the rules here only read the parse.
Reporting verbs ("said") never trigger events by themselves: coders that let them over-generate.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from ...nlp.wordnet import event_verbs, noun_classes, of_objects, party_word, spoken
from .cameo import (
    cameo_match,
    cancels_meetings,
    force_mode,
    held_forces,
    own_type,
    phrasal_entry,
    statement_verb,
    unaddressed,
    uses_forces,
    verb_entry,
)
from .figures import FIGURES, asks_to_act
from .lexicon import DEFINITIONS, FORCES, STATUS, TRIGGERS, WORDNET_CONTROL, ControlSpec, TriggerSpec, speech_frame
from .nominals import BEFALLEN, derived_spec, names_its_doer
from .senses import SENSES, concrete, dealing, idiom, partner_prep, party, people, persons, talks_with

OBJECTS = ("dobj", "obj")
UNDERGONE = frozenset({"COERCE", "ASSAULT"})   # 'three Serbs were detained': a victim without a named perpetrator


@dataclass
class Trigger:
    """Where an event is stated: `head` anchors its clause, `event` carries its meaning."""

    head: Token                      # the clause verb (or the noun for a bare noun trigger)
    event: Token                     # the verb or noun naming the act
    type: str
    mode: str | None = None
    words: list[Token] = field(default_factory=list)   # the trigger words ("put pressure on")
    chain: list[Token] = field(default_factory=list)   # governors from event up to head (status)
    swap: bool = False               # actor and target trade places ("hosted")
    noun: Token | None = None        # an event noun whose own arguments count ("talks with X")
    via_control: bool = False        # the type comes from a governing verb of intent or demand
    cameo: str | None = None         # the CAMEO code the verb dictionary gave, when it coded the trigger
    party_needed: bool = False       # a CAMEO default code that stands only once its object is found a party


def noun_key(n: Token) -> list[str]:
    """Keys for an event noun, longest first: 'hunger strike', 'war game', 'strike'."""
    mods = [c.lemma_.lower() for c in n.children if c.dep_ in ("compound", "amod") and c.i < n.i]
    keys = [f"{m} {n.lemma_.lower()}" for m in mods[-1:]]
    return keys + [n.lemma_.lower(), n.lower_]


def noun_spec(n: Token) -> tuple[TriggerSpec, str] | None:
    nouns = TRIGGERS.nouns
    return next(((nouns[k], k) for k in noun_key(n) if k in nouns), None)


def _obj(v: Token) -> Token | None:
    return next((c for c in v.children if c.dep_ in OBJECTS), None)


def lemmas(v: Token) -> list[str]:
    """The parser's lemma and plain de-inflections of the word, for lemmatizer slips
    ('staged' -> 'stag')."""
    w = v.lower_
    forms = [v.lemma_.lower(), w] + [w[: -len(suf)] for suf in ("d", "ed", "s", "ing") if w.endswith(suf) and len(w) > len(suf) + 2]
    return list(dict.fromkeys(forms))


def event_object(v: Token) -> Token | None:
    """The object of a verb, or the event noun after a measure ('launched 10 days of war games')."""
    obj = _obj(v)
    if obj is not None and noun_spec(obj) is None:
        inner = next(iter(of_objects(obj)), None)
        if inner is not None and noun_spec(inner) is not None:
            return inner
    return obj


def verb_keys(v: Token) -> list[tuple[str, list[Token]]]:
    """Candidate lexicon keys for a verb with the words they cover, longest first."""
    return sorted((k for lem in lemmas(v) for k in _verb_keys(v, lem)), key=lambda k: -len(k[0].split()))


def _verb_keys(v: Token, lem: str) -> list[tuple[str, list[Token]]]:
    obj = _obj(v)
    prt = [c for c in v.children if c.dep_ == "prt"]
    preps = [c for c in v.children if c.dep_ in ("prep", "agent")]
    if obj is not None:
        preps += [c for c in obj.children if c.dep_ == "prep"]
    keys: list[tuple[str, list[Token]]] = []
    if obj is not None:
        for ok in noun_key(obj):
            keys += [(f"{lem} {ok} {p.lower_}", [v, obj, p]) for p in preps]
            keys.append((f"{lem} {ok}", [v, obj]))
    keys += [(f"{lem} {p.lower_}", [v, p]) for p in prt + preps]
    for p in preps:                                      # 'went on strike', 'put X on high alert'
        for n in (c for c in p.children if c.dep_ == "pobj"):
            keys += [(f"{lem} {p.lower_} {nk}", [v, p, n]) for nk in noun_key(n)]
    keys.append((lem, [v]))
    return keys


def verb_trigger(v: Token) -> Trigger | None:
    """A verb's own trigger: lexicon verb keys, or a light verb with an event-noun object."""
    lex = TRIGGERS
    if v.pos_ not in ("VERB", "AUX"):
        return None
    obj = event_object(v)
    light = any(lem in lex.light_verbs for lem in lemmas(v))
    if v.lemma_.lower() in STATUS.reporting_verbs:
        ns = noun_spec(obj) if obj is not None and light else None
        return _make(v, ns[0], [v, obj], noun=obj) if ns and obj is not None else None
    keys = verb_keys(v)
    for key, words in keys:
        if len(key.split()) > 1 and key in lex.verbs:
            return _make(v, lex.verbs[key], words)
    if (light or _act_given(v, obj)) and obj is not None and (ns := noun_spec(obj)):
        return _make(v, ns[0], [v, obj], noun=obj)
    if (planned := planned_act(v, obj)) is not None:
        return planned
    if (placed := placed_under(v)) is not None:
        return placed
    if (cancelled := cancelled_meeting(v)) is not None:
        return cancelled
    if (acceded := acceded_request(v)) is not None:
        return acceded
    if idiom(v):
        return None                          # 'took place', 'pulled the plug': the idiom's sense, not the verb's
    if phrasal_entry(v):
        return cameo_trigger(v)              # 'forced to back down', 'gave up smoking': the phrasal verb's sense
    spec = next((lex.verbs[lem] for lem in lemmas(v) if lem in lex.verbs), None)
    if spec and spec.transitive is not None and obj is not None:
        spec = spec.transitive
    if spec and spec.clausal is not None and says_that(v):
        spec = spec.clausal                  # 'protested that the rules were unfair': words, not a demonstration
    if spec and spec.intransitive and (_obj(v) is not None or says_that(v)):
        return None                          # 'will demonstrate the legality of its title', 'have demonstrated that
                                             # we can win': shows, no protest (a clause is its object)
    if spec and spec.type in TRIGGERS.given_types and (span := _time_given(v)) is not None:
        return _deadline(v, span)            # 'gave him 72 hours to leave': a deadline, no aid
    if spec and not (spec.needs_person_object and not _person_object(v)):
        return _make(v, spec, [v])
    return None if spec else cameo_trigger(v) or force_trigger(v)


def cameo_trigger(v: Token) -> Trigger | None:
    """A verb the hand lexicon lacks, coded by the CAMEO verb dictionary (``cameo``): a verb never
    seen in development still makes its event, in the direction its pattern gives. A verb of wish or
    effort (``intent_verbs``: 'want', 'prefer', 'try') is never coded by its own entry (CAMEO's 030
    'want', 051 'prefer'): a wish or a preference is a statement, and only the act it governs is an
    event (its complement, coded through the 'control' lexicon). A verb of motion is a visit only as
    ``motion_trigger`` finds one (to a named place, for talks), not by its entry's default code
    (CAMEO 040 for 'leave'); its patterns ('leave a summit') still code."""
    if v.lemma_.lower() in STATUS.intent_verbs:
        return None                          # 'wanted to keep control', 'would prefer Turkey to admit': a wish
    m = cameo_match(v)
    partner = None
    if m is not None and m.type != (kind := own_type(v)) and talks_with(v, kind):
        m, partner = cameo_match(v, kind), partner_prep(v)   # 'discussed the campaign with Mr Blair': a consultation
    if m is not None and not m.by_pattern and v.lemma_.lower() in TRIGGERS.motion_verbs:
        return None                          # 'will not leave the Serbs alone': a visit only by ``motion_trigger``
    if m is None:
        return None
    undecided = not (m.by_pattern or partner is not None or acts_on_party(v) or unaddressed(m.code)
                     or m.type in BEFALLEN and befalls_its_subject(v))
    if undecided and not may_stand_for_a_party(v):
        return None                          # a default code stands only for 'X verb Y' with Y a party
    swap = m.reverse or m.code in TRIGGERS.cameo_swaps
    if m.type in TRIGGERS.given_types and (span := _time_given(v)) is not None:
        return _deadline(v, span)
    if m.type == "AID" and (moved := own_forces_moved(v)) is not None:
        return moved
    words = sorted({*m.words, partner}, key=lambda t: t.i) if partner is not None else m.words
    return Trigger(head=v, event=v, type=m.type, mode=m.mode, words=words, chain=[v], swap=swap, cameo=m.code,
                   party_needed=undecided)


def may_stand_for_a_party(v: Token) -> bool:
    """'Police later interrogated him', 'was not planning to close the delegation': an object that
    names no party itself but may stand for one the article names — a pronoun for a person, or a
    definite description whose first WordNet sense is a person or a group ('the delegation', 'the
    ministers', 'its allies'). The dictionary's default code then stands once the object is found
    to be that party (``Trigger.party_needed``: the event's targets name it), as PETRARCH reads a
    pronoun through coreference and a description through its agents dictionary."""
    obj = next((c for c in v.children if c.dep_ in OBJECTS + ("dative",)), None)
    if obj is None or obj.ent_type_:
        return False
    determined = any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "any", "no") for c in obj.children)
    return obj.lower_ in ("him", "her") or obj.pos_ == "NOUN" and determined and party_word(obj.lemma_.lower())


def _act_given(v: Token, obj: Token | None) -> bool:
    """'gave his support to Mr Brown', 'gave a warning to Georgia': a verb of giving (a verb the
    hand lexicon codes as a gift, ``gift_types``) whose object is an event noun of the hand lexicon
    of another type gives no goods: the noun is the act given, and codes it as a light verb's
    noun does ('gave aid' is the verb's own type)."""
    spec = next((TRIGGERS.verbs[lem] for lem in lemmas(v) if lem in TRIGGERS.verbs), None)
    ns = noun_spec(obj) if obj is not None else None
    return spec is not None and spec.type in SENSES.gift_types and ns is not None and ns[0].type != spec.type


def _time_given(v: Token) -> Token | None:
    """The object of a verb of giving that is a span of time ('gave him 72 hours', 'gave the firm
    two weeks'), or set beside the party given it where the parse hangs it there ('gave the consul
    Pavel Sidorov 48 hours'): a deadline, not a thing handed over."""
    objs = [c for c in v.children if c.dep_ in OBJECTS + ("dative",)]
    spans = objs + [a for o in objs for a in o.children if a.dep_ == "appos"]
    return next((c for c in spans if c.ent_type_ in ("DATE", "TIME")), None)


def _deadline(v: Token, span: Token) -> Trigger | None:
    """A deadline given (``deadlines``): to leave, an expulsion ('gave him 72 hours to leave the
    country', the departure in the span's or the verb's 'to'-clause); otherwise no event of its own."""
    clauses = [c for h in (span, v) for c in h.children if c.dep_ in ("relcl", "acl", "advcl", "xcomp")]
    leave = next((c for c in clauses if c.lemma_.lower() in TRIGGERS.departure_verbs), None)
    if leave is None:
        return None
    spec = TRIGGERS.deadlines.departure
    return Trigger(head=v, event=v, type=spec.type, mode=spec.mode, words=[v, leave], chain=[v])


def acts_on_party(v: Token) -> bool:
    """The verb's frame is 'X verb Y' with Y a party: an object that names one, or, in the passive,
    a subject that names one with a doer after 'by' ('a camp for Congolese refugees was attacked
    by militiamen'), which is the same frame: PETRARCH reads the passive's 'by' phrase as the source
    actor, so the doer must be one, a name or people ('hit by declining consumption' has none)."""
    if any(c.dep_ in OBJECTS + ("dative",) and party(c) for c in v.children):
        return True
    subj = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
    doers = [d for a in v.children if a.dep_ == "agent" for d in a.children if d.dep_ == "pobj"]
    return subj is not None and _undergoer_like(subj) and any(_actor_like(d) for d in doers)


def befalls_its_subject(v: Token) -> bool:
    """'Four men were arrested', 'another convoy was blocked near the town': a verb in the passive
    with no doer after 'by' states what befell its subject, which is the frame 'X verb Y' with X
    unknown. A name, people or a concrete thing (``_undergoer_like``) arrested, held, seized or
    blocked undergo a coercion (``BEFALLEN``) whoever did it: news reports the police's and the
    army's acts in this voice, and PLOVER codes the act with its actor unknown, as it does a named
    victim ('three Serbs were detained'). (Deaths and wounds in the passive, 'two were killed', are
    mostly the toll of an attack the text states in a clause of its own, and are not read so.) Words
    or a thing agreed ('agreements had been struck') undergo nothing, nor does an occasion a light
    verb holds ('the meeting was held', 'the exercise "Steadfast" will be held': ``_names_an_act``,
    or a noun WordNet derives from a verb, 'elections will be held'). A passive in the simple
    present ('most of the suspects are detained at Belmarsh') states a standing condition or a
    habit, and one with an auxiliary of ability ('suspects can be detained without trial') a power
    the law gives (``ability_aux``), no act; one with a complement clause ('was forced to
    apologise', 'had been forced to top up funds') states what the subject was made to do, which
    is its own act."""
    auxiliaries = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    if any(c.dep_ in ("agent", "xcomp", "ccomp") for c in v.children) or [a.tag_ for a in auxiliaries] in (["VBP"], ["VBZ"]) \
            or any(a.lower_ in STATUS.ability_aux for a in auxiliaries):
        return False
    subj = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
    if subj is not None:
        subj = stood_for(subj)               # 'Bazoum, who has been held since July': the noun 'who' stands for
    if subj is None or v.lemma_.lower() in TRIGGERS.light_verbs and (_names_an_act(subj) or event_verbs(subj.lemma_.lower())):
        return False
    return _undergoer_like(subj)


def _undergoer_like(head: Token) -> bool:
    """A name or something concrete by WordNet ('a camp for refugees', 'the Arts Council'), not a
    thing said or agreed that only mentions a party ('Mr Clarke's amendment will be debated by')."""
    return bool(head.ent_type_) or head.pos_ == "PROPN" or bool(noun_classes(head)) and concrete(head)


def _actor_like(head: Token) -> bool:
    """A name, a common noun for people ('militiamen', 'the Lords') or one a name modifies ('Russian
    special forces'), as PETRARCH's agents are a nationality and an agent noun."""
    named = any(c.dep_ in ("amod", "compound") and c.ent_type_ for c in head.children)
    return bool(head.ent_type_) or head.pos_ == "PROPN" or people(head) or named


def own_forces_moved(v: Token) -> Trigger | None:
    """'EUFOR brought in reserve troops': troops moved with no one named to receive them are a
    force's own move (MOBILIZE, as the lexicon codes 'send troops'), not military aid (CAMEO 072),
    which PLOVER gives a recipient."""
    obj = _obj(v)
    if obj is None or force_mode(obj) != TRIGGERS.force_sets.get("military") or names_a_recipient(v):
        return None
    return force_trigger(v)


def names_a_recipient(v: Token) -> bool:
    """A dative or a party after 'to': someone the verb gives to."""
    if any(c.dep_ in ("dative", "iobj") for c in v.children):
        return True
    dests = [c for p in v.children if p.dep_ == "prep" and p.lower_ == "to" for c in p.children if c.dep_ == "pobj"]
    return any(d.ent_type_ in ("PERSON", "ORG", "NORP") for d in dests)


def force_trigger(v: Token) -> Trigger | None:
    """'concentrating troops', '3,000 soldiers would be sent to the border': a verb with armed
    forces or weapons for its object (or passive subject) moves them: MOBILIZE; one whose object
    names an act (``_names_an_act``) or a dealing in them (``senses.dealing``: 'Wal-Mart will resume
    gun sales') does not."""
    obj = next((c for c in v.children if c.dep_ in OBJECTS + ("nsubjpass",)), None)
    if obj is None or _names_an_act(obj) or dealing(obj):
        return None                          # 'the exercise of the armed forces will be held', 'will resume gun sales'
    held = held_forces(obj)
    if not held or uses_forces(v, held):
        return None                          # 'mortars and machine guns were used'
    return Trigger(head=v, event=v, type="MOBILIZE", mode=TRIGGERS.force_sets[held[0]], words=[v], chain=[v])


def _names_an_act(head: Token) -> bool:
    """An event noun of the lexicon, or a name an event noun titles ('the joint exercise "Zapad-2025"
    of the armed forces', parsed with the name for its head): the phrase names an act, and the
    forces in it are its parties, not what is moved."""
    return any(noun_spec(n) is not None for n in [head] + [c for c in head.children if c.dep_ in ("nmod", "compound")])


def says_that(v: Token) -> bool:
    """The verb's complement is a clause with a subject of its own ('protested that the SEC was
    imposing a burden'): what was said, not a deed."""
    return any(c.dep_ == "ccomp" and child_subject(c) for c in v.children)


def _person_object(v: Token) -> bool:
    """'received the Minister' is a meeting; 'received aid' is not."""
    obj = _obj(v)
    if obj is None:
        return False
    heads = [obj] + [c for c in obj.subtree if c.dep_ == "conj"]
    return any(h.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or h.lemma_.lower() in TRIGGERS.person_nouns
               for h in heads)


def planned_act(v: Token, obj: Token | None) -> Trigger | None:
    """'Russia is preparing a new wave of mobilisation', 'the rebels were planning an attack on Goma':
    a verb of planning (``event_status.json`` 'plan_verbs') whose object is an event noun of the
    lexicon names that act, planned (the plan verb governs it), done by the verb's subject, as a
    light verb's noun does ('staged a protest'). The CAMEO dictionary codes these verbs as an
    intent to cooperate (030, AGREE), which PLOVER's AGREE is only for cooperation ('offer_types':
    'planning talks' stays a promise to meet); an attack or a mobilisation prepared is no offer."""
    if obj is None or v.lemma_.lower() not in STATUS.plan_verbs or (ns := noun_spec(obj)) is None:
        return None
    return None if ns[0].type in TRIGGERS.offer_types else _make(v, ns[0], [v, obj], noun=obj)


def placed_under(v: Token) -> Trigger | None:
    """'A US national has been put under investigation', 'the army placed the town under curfew': a
    verb of placing (``placing_verbs``) with an event noun after its preposition names that act,
    of the noun's type, done by the verb's subject to what is placed (its object or passive
    subject); with nothing placed ('put it to a vote' aside) there is no one who undergoes it."""
    if v.lemma_.lower() not in TRIGGERS.placing_verbs.verbs:
        return None
    if not any(c.dep_ in OBJECTS + ("nsubjpass",) for c in v.children):
        return None
    for p in (c for c in v.children if c.dep_ == "prep"):
        for n in (c for c in p.children if c.dep_ == "pobj"):
            if (ns := noun_spec(n)) is not None:
                return _make(v, ns[0], [v, p, n])
    return None


def cancelled_meeting(v: Token) -> Trigger | None:
    """'Iran called off the talks with the EU', 'Germany postponed its visit': a meeting, visit or
    negotiation (an event noun of the lexicon typed CONSULT) as the object of a verb that calls
    meetings off (``cameo.cancels_meetings``, by its CAMEO block) is cancelled, which the manual
    codes REJECT 'meet' (``cancelled_meeting``), whatever the verb codes with other objects
    ('suspended aid' stays a sanction) and however the dictionary codes this noun ('suspend the
    meeting' 040, a consultation; 'cancel the meeting' 164, halted negotiations)."""
    spec = DEFINITIONS.cancelled_meeting
    obj = _obj(v)
    ns = noun_spec(obj) if obj is not None else None
    if spec is None or obj is None or ns is None or ns[0].type != "CONSULT" or not cancels_meetings(v):
        return None
    prt = [c for c in v.children if c.dep_ == "prt"]
    return Trigger(head=v, event=v, type=spec.type, mode=spec.mode, words=sorted([v, obj, *prt], key=lambda t: t.i),
                   chain=[v], noun=obj)


def acceded_request(v: Token) -> Trigger | None:
    """'The government accepted the rebels' demands', 'the board adopted the union's call': a demand
    or request (an event noun of a type in ``acceded_request`` 'of') as the object of a verb of the
    dictionary's blocks of acceptance ('blocks') is acceded to, CAMEO 083, which the crosswalk codes
    CONCEDE. Where a pattern of the block names the noun ('accept the request', 030) the dictionary
    codes it, as it does every other object ('accepted the plan')."""
    spec = DEFINITIONS.acceded_request
    obj = _obj(v)
    ns = noun_spec(obj) if obj is not None else None
    entry = verb_entry(v)
    if spec is None or obj is None or ns is None or ns[0].type not in spec.of or entry is None or entry.block not in spec.blocks:
        return None
    m = cameo_match(v)
    if m is not None and m.by_pattern:
        return None
    return Trigger(head=v, event=v, type=spec.type, words=sorted([v, obj], key=lambda t: t.i), chain=[v], noun=obj)


def diplomatic_protest(t: Trigger, subj: Token | None) -> Trigger:
    """'Serbia lodged an official protest with Albania', 'the embassy protested': a protest
    (``diplomatic_protest`` 'modes') made by a state or a body or office of its government is a
    diplomatic protest, which the manual codes ACCUSE 'disapprove' (its PROTEST presumes physical
    activity, a crowd's). Strikes, riots and blockades, and protests by people, stay PROTEST."""
    spec = DEFINITIONS.diplomatic_protest
    if spec is None or t.type != "PROTEST" or t.mode not in spec.modes or subj is None or not _state_or_government(subj):
        return t
    return replace(t, type=spec.type, mode=spec.mode, cameo=None)


def civilian_obstruction(t: Trigger, subj: Token | None) -> Trigger:
    """'Angry paper workers blocked the Europe Bridge', 'farmers blocked roads into the capital': a
    passage blocked (a verb the dictionary codes, of its synonym blocks of blocking and besieging,
    ``civilian_obstruction`` 'blocks') by people a common noun names, not by a state, its
    government, police or army, is CAMEO 144 'obstruct passage', which the crosswalk and the
    manual's PROTEST code as PROTEST 'obstruct' (collective civilian dissent); what is blocked is a
    route, a place or a thing ('classes'), or a place's name ('shareholders blocked the merger'
    stays as the dictionary codes it). An obstruction by a state, its government, police or army
    ('troops blocked the highway', 'the navy blockaded the port') is CAMEO 191, a blockade imposed:
    COERCE 'restrict' ('blockade')."""
    spec = DEFINITIONS.civilian_obstruction
    if spec is None or subj is None:
        return t
    if _state_or_government(subj) or _state_force(subj):
        blockade = spec.blockade
        obstructs = t.type == spec.type and t.mode == spec.mode
        return replace(t, type=blockade.type, mode=blockade.mode, cameo=blockade.code) if obstructs else t
    entry = verb_entry(t.event)
    if t.cameo is None or entry is None or entry.block not in spec.blocks or not _civilians(subj):
        return t
    obj = _obj(t.event)
    classes = noun_classes(obj) if obj is not None else []
    passage = obj is not None and (obj.ent_type_ in ("FAC", "LOC", "GPE") or bool(classes) and classes[0] in spec.classes)
    return replace(t, type=spec.type, mode=spec.mode, cameo=spec.code) if passage else t


def _civilians(head: Token) -> bool:
    """People a common noun names, or its 'of' phrase after a number ('workers', 'hundreds of
    farmers'), not a body or a firm."""
    return any(persons(h) for h in [head] + of_objects(head))


def _state_force(head: Token) -> bool:
    """A common noun for a state's police or armed forces (``force_agents.json``: 'troops', 'police')."""
    return head.lemma_.lower() in FORCES.police or head.lemma_.lower() in FORCES.military


def withdrawn_request(t: Trigger) -> Trigger:
    """'The union withdrew its demand for a pay rise': a withdrawal (``withdrawn_request`` 'types')
    whose object is a demand or request (an event noun of a type in 'of') takes back a demand,
    which the manual codes CONCEDE; 'withdrew its troops' stays a retreat."""
    spec = DEFINITIONS.withdrawn_request
    obj = _obj(t.event) if t.noun is None else None
    ns = noun_spec(obj) if obj is not None else None
    if spec is None or obj is None or t.type not in spec.types or ns is None or ns[0].type not in spec.of:
        return t
    return replace(t, type=spec.type, mode=None, cameo=None, words=sorted({*t.words, obj}, key=lambda w: w.i))


def joint_operation(t: Trigger, together: bool) -> Trigger:
    """'Russia and Belarus held military exercises', 'joint military exercises': a mobilisation or
    exercise (``joint_operation`` 'types') done by parties TOGETHER (a coordinated subject) or whose
    event noun is named joint is a joint military operation, which the manual codes COOPERATE; a
    single country's exercise stays MOBILIZE."""
    spec = DEFINITIONS.joint_operation
    if spec is None or t.type not in spec.types:
        return t
    named = t.noun is not None and any(c.dep_ == "amod" and c.lower_ in spec.modifiers for c in t.noun.children)
    return replace(t, type=spec.type, mode=None, cameo=None) if together or named else t


def _state_or_government(head: Token) -> bool:
    """A country's name as the head of the phrase ('Serbia'), or a body or office of a government
    (``force_agents.json`` 'government': 'the foreign ministry', 'the ambassador')."""
    if head.ent_type_ == "GPE" and head.pos_ == "PROPN":
        return True
    words = [c.lower_ for c in head.children if c.dep_ == "compound" and c.i < head.i][-1:] + [head.lemma_.lower()]
    return " ".join(words) in FORCES.government or head.lemma_.lower() in FORCES.government


def _make(v: Token, spec: TriggerSpec, words: list[Token], noun: Token | None = None) -> Trigger:
    return Trigger(head=v, event=noun or v, type=spec.type, mode=spec.mode, words=sorted(words, key=lambda t: t.i),
                   chain=[v], swap=spec.swap, noun=noun)


def subject_noun_trigger(v: Token) -> Trigger | None:
    """'Palestinian riots ... are continuing': an event noun as subject of a light verb."""
    if v.lemma_.lower() not in TRIGGERS.light_verbs:
        return None
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    ns = noun_spec(subj) if subj is not None else None
    if not ns or subj is None:
        return None
    return _make(v, ns[0], [subj, v], noun=subj)


def goes_on(t: Trigger) -> bool:
    """Whether the trigger is an event noun that is the subject of its light verb, which has no object
    ('Palestinian riots are continuing', 'the talks could resume'): the verb only says that the event
    goes on, begins or resumes, so the noun is the event itself, not a doer of it, whatever a verb
    lexicon codes for the verb alone (CAMEO's 'resume' is a resumption of relations between two
    parties), and its own phrases name its parties ('riots' by 'Palestinian'). With an object the
    verb is no light verb of the noun ('demand ... have fuelled production', misparsed with 'have'
    as the main verb)."""
    return t.noun is not None and t.noun.head == t.head and t.noun.dep_ in ("nsubj", "nsubjpass") \
        and _obj(t.head) is None


def control_trigger(v: Token, inner: Trigger | None) -> Trigger | None:
    """A verb of intent/demand over a 'to'-complement: its own type, or the complement's passed up."""
    lex = TRIGGERS
    spec = control_spec(v)
    if not spec or spec.needs_act and inner is None:
        return None                          # 'failing to take action', 'not willing to put time limits on them'
    if spec.departure is not None and inner is None and (dep := departure(v)) is not None:
        return Trigger(head=v, event=v, type=spec.departure.type, mode=spec.departure.mode, words=[v, dep], chain=[v],
                       via_control=True)     # 'ordered the ambassador to leave the country': an expulsion
    if spec.commissive:
        kind = lex.commissive.get(inner.type, "AGREE") if inner is not None else "AGREE"
        return Trigger(head=v, event=inner.event if inner is not None else v, type=kind, words=[v], chain=[v],
                       via_control=True)
    if spec.passes:
        if inner is None:
            return None
        kind = spec.map.get(inner.type, inner.type)
        return Trigger(head=v, event=inner.event, type=kind, mode=inner.mode, words=sorted([v] + inner.words, key=lambda t: t.i),
                       chain=inner.chain + [v], swap=inner.swap, noun=inner.noun, via_control=inner.via_control,
                       cameo=inner.cameo)
    if spec.type is None:
        return None
    kind = spec.addressed.type if spec.addressed is not None and _obj(v) is not None else spec.type
    if inner is not None and inner.type in spec.keep:
        kind = inner.type
    elif inner is not None and spec.cooperative and inner.type in TRIGGERS.refusal_types:
        kind = spec.cooperative
    comp = inner.event if inner is not None and not _pledges_no_cooperation(v, kind, inner) else None
    return Trigger(head=v, event=comp or v, type=kind, mode=spec.mode, words=[v], chain=[v],
                   noun=inner.noun if inner is not None else None, via_control=True)


def control_spec(v: Token) -> ControlSpec | None:
    """What a verb governing a 'to'-complement codes: the control lexicon's entry (its passive or
    adjective 'be ...' entry first: 'is prepared to'), else the type PLOVER's manual defines with
    the verb ('offered to hand over', 'refused to join': ``plover_definitions.json``), else, for an
    active verb, its WordNet sense with a 'to'-infinitive frame (``wordnet_control_spec``)."""
    lemma = v.lemma_.lower()
    passive = v.dep_ == "acomp" or any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" for c in v.children)
    spec = (passive and TRIGGERS.control.get("be " + lemma)) or TRIGGERS.control.get(lemma)
    if spec:
        return spec
    defined = DEFINITIONS.control_verbs.get(lemma)
    if defined:
        return ControlSpec(type=defined)
    return None if passive else wordnet_control_spec(v)


def wordnet_control_spec(v: Token) -> ControlSpec | None:
    """A verb no hand lexicon lists, read by the sense WordNet gives it with a 'to'-infinitive frame
    (``wordnet_control.json``): a commitment ('swore to fight', 'volunteered to help') is coded as a
    declared readiness is, by what is committed to (``commissive``: a force is a THREATEN, a
    cooperation an AGREE); a refusal, a demand or a threat is its type; an attempt or an intention
    passes the complement's act up. Each needs an act in its complement (a resolve to do nothing
    PLOVER codes is no event); a verb whose object is to act ('begged them to stay') codes only with
    that object named. The frame is the sense's only evidence, so the complement must be that frame:
    a subjectless 'to'-clause ('told MPs: "... we will support ..."' is a quotation the parser hung
    as a complement). Passive forms are read by no entry ('is said to', 'was meant to': raising,
    not a party's act). A verb whose speech sense asks a party to act (``figures.asks_to_act``:
    'encouraged the central bank to cut rates') is a request, as the hand lexicon's 'urge' is,
    whatever it asks."""
    if asks_to_act(v):
        return ControlSpec(type=FIGURES.request_type)      # 'encouraged the central bank to cut rates'
    entry = WORDNET_CONTROL.verbs.get(v.lemma_.lower())
    comp = next((c for c in v.children if c.dep_ == "xcomp"), None)
    if entry is None or comp is None or not infinitive(comp) or entry.frame == "object" and _obj(v) is None:
        return None
    if entry.type == "passes":
        return ControlSpec(passes=True, needs_act=True)
    if entry.type == "AGREE":
        return ControlSpec(commissive=True, needs_act=True)
    return ControlSpec(type=entry.type, needs_act=True)


def departure(v: Token) -> Token | None:
    """The departure a verb governs ('ordered him [to leave] the country')."""
    comp = complement(v)
    return comp if comp is not None and comp.lemma_.lower() in TRIGGERS.departure_verbs else None


def _pledges_no_cooperation(v: Token, kind: str, inner: Trigger) -> bool:
    """'promised to raise the issue in Parliament', 'promised to catch jay-walkers': PLOVER's AGREE
    promises cooperation, so a pledge of another kind of act promises no act of its own (the
    pledge then stands alone, and needs a party it is made to)."""
    return v.lemma_.lower() in TRIGGERS.pledge_verbs and kind == "AGREE" and inner.type not in TRIGGERS.offer_types


def words_not_deed(v: Token, comp: Token, inner: Trigger | None) -> bool:
    """'refused to comment', 'declined to say', 'refused to discuss the size of the payment' (CAMEO
    011, declining comment): a control verb whose type needs a deed (``speech_frames`` 'deed') over a
    complement that is words, which PLOVER does not code: one the CAMEO dictionary codes as a public
    statement, or a verb of speech (``spoken``) that codes no event of the hand lexicon ('refused to
    negotiate' is a refused meeting; 'refused to apologise', which only the CAMEO dictionary codes, is
    read as words here and its apology, coded on its own, as not made: ``status.left_undone``). A passive complement
    with no doer ('declined to be drawn on the bid', 'refused to be pinned down', 'declined to be
    named') is what others would do to the one refusing, no deed of its own: declining to be
    questioned or quoted; with a doer it refuses that party ('refused to be bound by the resolution')."""
    spec = control_spec(v)
    if spec is None or spec.type is None or not speech_frame(spec.type).deed:
        return False
    deps = {c.dep_ for c in comp.children}
    undergone = "auxpass" in deps and "agent" not in deps
    return undergone or statement_verb(comp) or spoken(comp) and (inner is None or inner.cameo is not None)


def complement(v: Token) -> Token | None:
    """The 'to'-complement of a verb: 'threatened [to ban]', 'urged X [to support]'."""
    if v.lemma_.lower() not in TRIGGERS.control and ("be " + v.lemma_.lower()) not in TRIGGERS.control \
            and v.lemma_.lower() not in DEFINITIONS.control_verbs:
        return next((c for c in v.children if c.dep_ == "xcomp"), None)
    return next((c for c in v.children if c.dep_ == "xcomp"), None) or \
        next((c for c in v.children if c.dep_ in ("ccomp", "advcl") and infinitive(c)), None)


def motion_trigger(v: Token, inner: Trigger | None) -> Trigger | None:
    """'came to Minsk for talks' = CONSULT; 'flew to X to put pressure on him' = the purpose event."""
    lex = TRIGGERS
    if v.lemma_.lower() not in lex.motion_verbs:
        return None
    if inner is not None:
        return Trigger(head=v, event=inner.event, type=inner.type, mode=inner.mode, words=inner.words,
                       chain=inner.chain + [v], swap=inner.swap, noun=inner.noun, cameo=inner.cameo)
    for p in (c for c in v.children if c.dep_ == "prep" and c.lower_ == "for"):
        n = next((c for c in p.children if c.dep_ == "pobj"), None)
        ns = noun_spec(n) if n is not None else None
        if ns and n is not None and ns[0].type == "CONSULT":
            return Trigger(head=v, event=v, type="CONSULT", mode=ns[0].mode or "visit",
                           words=[v, p, n], chain=[v], noun=n)
    dest = next((c for p in v.children if p.dep_ == "prep" and p.lower_ == "to" for c in p.children if c.dep_ == "pobj"), None)
    if dest is not None and (dest.ent_type_ in ("GPE", "PERSON") or dest.pos_ == "PROPN") and _official(v):
        return Trigger(head=v, event=v, type="CONSULT", mode="visit", words=[v], chain=[v])
    return None


def _official(v: Token) -> bool:
    """A named person or an office holder moves: 'Macron will travel to Kyiv' is a visit,
    'refugees returned to Syria' is not."""
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is None and v.dep_ == "xcomp":
        subj = next((c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and (subj.ent_type_ == "PERSON" or subj.lemma_.lower() in TRIGGERS.person_nouns)


def purpose(v: Token) -> Token | None:
    """The purpose clause of a verb of motion: 'fly to Lukashenka [to put pressure on him]'."""
    return next((c for c in v.children if c.dep_ in ("advcl", "xcomp") and
                 any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def stated_noun_trigger(n: Token) -> Trigger | None:
    """A conflict noun stated as possible or planned: 'a possible attack on Ukraine',
    'discuss mobilization'. Meeting nouns are not: they mostly refer back to a known meeting."""
    lex = TRIGGERS
    ns = noun_spec(n)
    if not ns or ns[0].type not in lex.stated_noun_types:
        return None
    if n.head.pos_ in ("VERB", "AUX") and not _stated(n.head):
        return None
    mods = {c.lower_ for c in n.children if c.dep_ == "amod"}
    discussed = n.dep_ in OBJECTS and n.head.lemma_.lower() in lex.discussion_verbs
    planned = n.dep_ == "pobj" and n.head.lower_ == "for" and n.head.head.lemma_.lower() == "plan"
    if not (mods & lex.speculative_noun_modifiers or discussed or planned):
        return None
    return Trigger(head=n, event=n, type=ns[0].type, mode=ns[0].mode, words=[n], chain=[n], noun=n)


def nominal_trigger(n: Token) -> Trigger | None:
    """'Moldova's expulsion of two Russian diplomats angered Moscow', 'talks between Baku and Yerevan
    will take place next week': an event noun of the lexicon, or one WordNet derives from a verb the
    lexicon codes (``nominals.derived_spec``), whose own phrases name its doer
    (``nominals.names_its_doer``) states its act where the noun is the subject of a clause. As the
    object of a verb the noun is what that verb's act is about ('condemned', 'demanded', 'blocked',
    'feared'), which the verb codes; in a phrase that sets a clause against it in time ('after
    Israel's attack on Gaza') it is an occasion the gold of PLOVER's sentences does not code
    (evnouns40: built, measured, dropped). Its status is the noun's own words' ('possible',
    'planned', 'no') and, as the subject of a verb of occurrence (``_occurs``: 'will take place',
    'could resume'), that verb's; an indefinite subject of a modal verb ('a Russian attack would
    trigger ...') is a hypothesis, no act."""
    ns = noun_spec(n) or derived_spec(n) if n.pos_ == "NOUN" and n.dep_ in ("nsubj", "nsubjpass") else None
    if ns is None or not names_its_doer(n, ns[0].type):
        return None
    gov = n.head
    if _occurs(gov, n):
        return _nominal(n, ns[0], [n, gov])
    hypothetical = any(c.dep_ == "det" and c.lower_ in STATUS.hypothetical_determiners | {"a", "an"} for c in n.children)
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in gov.children)
    return None if hypothetical and modal or not _stated(gov) else _nominal(n, ns[0], [n])


def _occurs(v: Token, subj: Token) -> bool:
    """Whether a verb only says that its subject, an act, goes on, begins or takes place: a light
    verb with no object ('the talks could resume', 'will be held') or a verb that makes an idiom of
    WordNet with its noun phrase ('will take place')."""
    return v.pos_ in ("VERB", "AUX") and (v.lemma_.lower() in TRIGGERS.light_verbs and _obj(v) is None or idiom(v)) \
        and subj.head == v


def _nominal(n: Token, spec: TriggerSpec, chain: list[Token]) -> Trigger:
    return Trigger(head=n, event=n, type=spec.type, mode=spec.mode, words=[n], chain=chain, swap=spec.swap, noun=n)


def find_triggers(doc: Doc) -> list[Trigger]:
    """All event triggers of a document, governors first, one per event word."""
    done: dict[int, Trigger | None] = {}
    out: list[Trigger] = []
    claimed: set[int] = set()
    for sent in doc.sents:
        found = [tok for tok in sent if _resolve(tok, done) is not None]
        for tok in sorted(found, key=_depth):
            t = done[tok.i]
            if t is None or tok.i in claimed or t.event.i in claimed:
                continue
            out.append(t)
            claimed.update(w.i for w in _claims(t, done))
    return sorted(out, key=lambda t: t.event.i)


def _stated(v: Token) -> bool:
    """False for a verb that names an act without stating it: a relative or participial
    clause, a gerund after a preposition, a modifier, or a condition ('if war starts')."""
    lex = TRIGGERS
    tok = v
    for _ in range(8):
        if tok.dep_ == "acl" and tok.head.lemma_.lower() in lex.document_nouns | lex.plan_nouns:
            return True
        if tok.dep_ in lex.non_event_deps and not misparsed_main_verb(tok) and not _time_relative(tok) \
                and not noun_content_clause(tok) and not reported_relative(tok):
            return False
        marks = {c.lower_ for c in tok.children if c.dep_ == "mark"}
        if tok.dep_ == "advcl" and marks & lex.condition_marks and not _past_fact(tok, marks):
            return False
        if tok.dep_ == "advcl" and infinitive(tok) and tok.head.lemma_.lower() not in lex.motion_verbs \
                and not _act_needed(tok):
            return False                       # a purpose: 'approved a loan to support its budget'
        if evaluated(tok):
            return False                       # 'it would be wrong to start excluding students': an opinion
        if misread_preposition(tok):
            return False                       # 'Bar a slight dip at the New Year, the JSE had risen'
        if tok.dep_ not in ("xcomp", "conj") or tok.head == tok:
            return True
        tok = tok.head
    return True


def _act_needed(comp: Token) -> bool:
    """'have sworn [to fight] until ...', parsed as a purpose: the 'to'-clause of a control verb that
    codes an event only through its complement's act ('needs_act') is that complement."""
    spec = control_spec(comp.head)
    return spec is not None and spec.needs_act and complement(comp.head) == comp


def evaluated(v: Token) -> bool:
    """'It would be wrong to start excluding students', 'it is not enough to protect our cities',
    'it is important to help them': an act in the 'to'-clause of an adjective predicated of 'it'
    is judged, not stated (an opinion about the act). An adjective that declares readiness (the
    'control' lexicon: 'willing', 'ready') or likelihood ('likely', 'expected': the status words)
    is not a judgement."""
    if v.dep_ != "xcomp":
        return False
    adj = v.head if v.head.pos_ == "ADJ" else next((c for c in v.head.children if c.dep_ == "acomp"), None)
    if adj is None or adj.dep_ != "acomp" or adj.pos_ != "ADJ":
        return False
    word = adj.lemma_.lower()
    if word in TRIGGERS.control or word in STATUS.speculative_words | STATUS.planned_words:
        return False
    return any(c.dep_ == "nsubj" and c.lower_ == "it" for c in adj.head.children)


def noun_content_clause(v: Token) -> bool:
    """'denied reports that the army was concentrating troops', 'the claim that Minsk organised the
    crossings': a that-clause with a subject of its own on a noun is the noun's content (the
    parser hangs it as a clause of the noun), and it states its act as a report does, not a
    relative clause naming one ('the troops that were sent': 'that' is the subject there, no mark)."""
    return v.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in v.children) and child_subject(v)


def misparsed_main_verb(v: Token) -> bool:
    """A finite past verb hung from a noun ('The commander of the mission, General X, called on
    ...' parsed as a clause of 'commander'): a participial clause is never finite, so the noun is
    its subject."""
    return v.dep_ == "acl" and v.tag_ == "VBD" and v.head.dep_ == "ROOT"


def misread_preposition(v: Token) -> bool:
    """A bare verb in its base form ('VB') heading a clause set before the main verb as an adverbial,
    with no 'to', no subordinator, no subject and no auxiliary: English has no such clause (an
    imperative is a main clause, a purpose takes 'to'), so the word is a preposition the tagger read
    as a verb ('Bar a slight dip at the New Year, the JSE had risen', 'Save for a few ...')."""
    return v.dep_ == "advcl" and v.tag_ == "VB" and v.i < v.head.i and not any(
        c.dep_ in ("aux", "auxpass", "mark", "nsubj", "nsubjpass", "expl") for c in v.children)


def _time_relative(v: Token) -> bool:
    """'on Wednesday night when gang members attacked': a relative 'when' clause on a time is a
    time clause, and in the simple past it states its act."""
    whens = {c.lower_ for c in v.children if c.dep_ == "advmod"} & TRIGGERS.condition_marks
    return v.dep_ == "relcl" and bool(whens) and _past_fact(v, whens)


def reported_relative(v: Token) -> bool:
    """'President Mohamed Bazoum, who has been held in the palace since July', 'the rebels, who
    seized the town on Monday': a relative clause set off by a comma adds a fact about its noun,
    and in the past or the perfect it states its act as the main clause would; a restrictive one
    ('the man who was arrested', 'a plan that would cut taxes') only says which thing is meant, and
    one in the present or with a modal ('which employs 500 people', 'which could hit prices') a
    habit or a possibility, and neither is read (``_stated``)."""
    if v.dep_ != "relcl" or relative_pronoun(v) is None or v.left_edge.i == 0 or v.doc[v.left_edge.i - 1].text != ",":
        return False
    auxiliaries = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    if not auxiliaries:
        return v.tag_ == "VBD"
    return v.tag_ == "VBN" and all(a.lemma_.lower() in ("have", "be") and a.tag_ in ("VBD", "VBZ", "VBP", "VBN")
                                   for a in auxiliaries) and any(a.tag_ == "VBD" or a.lemma_.lower() == "have" for a in auxiliaries)


def relative_pronoun(v: Token) -> Token | None:
    """The 'who' or 'which' a relative clause opens with as its subject (its noun's stand-in)."""
    if v.dep_ != "relcl":
        return None
    return next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT")
                 and c.lower_ in ("who", "which")), None)


def stood_for(arg: Token) -> Token:
    """The noun a relative clause's 'who' or 'which' stands for ('Bazoum, who has been held':
    Bazoum), or the argument itself."""
    return arg.head.head if arg == relative_pronoun(arg.head) else arg


def _past_fact(v: Token, marks: set[str]) -> bool:
    """A time clause in the simple past states what happened ('the riot began when gang members
    attacked'); a condition ('if', 'unless') never does."""
    return v.tag_ == "VBD" and not marks & TRIGGERS.hypothesis_marks and not any(c.dep_ == "aux" for c in v.children)


def infinitive(v: Token) -> bool:
    """A subjectless 'to'-clause: 'threatened [to ban]', 'plans [to lift the embargo]'."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)


def _claims(t: Trigger, done: dict[int, Trigger | None]) -> list[Token]:
    """Tokens a trigger uses up, so no second event comes from them: its complement when the
    governor codes it, its noun's and prepositions' phrases, its purpose or accompanying
    clauses ('opened fire to disperse ..., killing one'), and same-type coordinated verbs."""
    toks = [t.head, t.event] + t.words + t.chain
    if t.noun is not None:
        toks += _without_clauses(t.noun) if t.noun == t.head else list(t.noun.subtree)
    if t.via_control or t.type == "REQUEST":
        comp = complement(t.head) or next((c for c in t.head.children if c.dep_ == "ccomp"), None)
        if comp is not None:
            toks += list(comp.subtree)
    for w in {t.head, t.event}:
        for c in w.children:
            if c.dep_ == "prep":
                toks += _without_clauses(c)
            elif c.dep_ == "advcl" or c.dep_ == "conj" and _same_act(t, c, done.get(c.i)):
                toks += list(c.subtree)
    return toks


def _without_clauses(root: Token) -> list[Token]:
    """A phrase without the clauses of its own subject inside it: 'on Wednesday night [when gang
    members attacked prisoners]' holds another act."""
    out, stack = [], [root]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack += [c for c in tok.children if not (c.dep_ == "relcl" and child_subject(c))]
    return out


def child_subject(v: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("that", "which", "who") for c in v.children)


def _same_act(t: Trigger, conj: Token, other: Trigger | None) -> bool:
    """A coordinated verb of the same type restates the act ('attacked and killed'), unless both
    act on things of their own ('extended the state of emergency and imposed a curfew')."""
    if other is None or other.type != t.type:
        return False
    return _obj(conj) is None or _obj(t.head) is None


def _depth(t: Token) -> int:
    d = 0
    while t.head != t:
        t, d = t.head, d + 1
    return d


def _resolve(tok: Token, done: dict[int, Trigger | None]) -> Trigger | None:
    """The trigger a token states, computed bottom-up through complements (memoised)."""
    if tok.i in done:
        return done[tok.i]
    done[tok.i] = None
    t: Trigger | None = None
    if tok.pos_ in ("VERB", "AUX", "ADJ"):
        comp = complement(tok)
        inner = _resolve(comp, done) if comp is not None else None
        if comp is not None and words_not_deed(tok, comp, inner):
            return None
        t = control_trigger(tok, inner) if comp is not None else None
        if t is None and tok.lemma_.lower() in TRIGGERS.motion_verbs:
            pc = purpose(tok)
            t = motion_trigger(tok, _resolve(pc, done) if pc is not None else None)
        if t is None:
            noun_t = subject_noun_trigger(tok)      # 'the talks could resume': the noun is the act (``goes_on``)
            t = noun_t if noun_t is not None and goes_on(noun_t) else verb_trigger(tok) or noun_t
        if t is not None and not _stated(t.head):
            t = None
    elif tok.pos_ in ("NOUN", "PROPN"):
        t = stated_noun_trigger(tok)
        if t is None and not (tok.dep_ in ("nsubj", "nsubjpass") and _resolve(tok.head, done) is not None):
            t = nominal_trigger(tok)         # the subject of a verb that states an act is its doer ('the deployment arrived')
    done[tok.i] = t
    return t
