"""Senses of event verbs that are no act of their type, told by WordNet (issue 14, idioms22).

'Attack him on that basis' criticises a man on grounds; 'he rang Lucy' telephones; 'the court
decided the practice discriminated against Roma' finds what is so; 'when he took the UK to war'
leads a country into a course of action (``senses.led_into_a_course`` reads this file's classes);
'the sale has destroyed Yukos' is done by no instrument of force; 'beat the Asian tiger economies'
outdoes a system in a contest; 'ordered 30 Airbus planes' buys them; 'directed Mr Sullivan to hide
the losses' orders a party to act (types23); 'executives were fired' dismisses them, 'overtook
David Lloyd George' outdoes a rival, 'elections ousted his supporters' and 'a switch to new models
hit Mercedes' name no doer of force, 'eased political tensions' changes a state, and 'won't allow
new factories to be built' restricts, 'beat Santander to a deal' wins a race and 'exports shot up'
rise (idioms24).
Each predicate reads the parse and the WordNet classes of the verb's first sense or of its
arguments' heads, as packaged (``data/wordnet_*.json``); which classes and phrases count is data
(``data/event_figures.json``)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from ...lexicons import view
from ...nlp.wordnet import (
    VERBS,
    WORDNET,
    compound_noun,
    consuming_verb,
    event_verbs,
    first_class,
    of_objects,
    person_object_classes,
    phrasal_class,
    title_noun,
    token_classes,
    verb_lemma,
    verb_state,
)
from .cameo import CAMEO, block_coded, own_type, plover, verb_entry
from .lexicon import SPEECH_ACTS, TRIGGERS


@dataclass(frozen=True)
class EventFigures:
    """data/event_figures.json."""

    judged_preps: frozenset[str]
    grounds_classes: frozenset[str]
    perceived_types: frozenset[str]
    perceived_classes: frozenset[str]
    placed_classes: frozenset[str]
    place_ents: frozenset[str]
    finding_types: frozenset[str]
    finding_codes: frozenset[str]
    decision_aux: frozenset[str]
    course_classes: frozenset[str]
    time_ents: frozenset[str]
    aimed_preps: frozenset[str]
    thing_stance_types: frozenset[str]
    thing_stance_classes: frozenset[str]
    deed_instrument_classes: frozenset[str]
    force_types: frozenset[str]
    force_code_roots: frozenset[str]
    force_noun_sets: frozenset[str]
    transaction_classes: frozenset[str]
    competition_types: frozenset[str]
    system_classes: frozenset[str]
    directing_blocks: frozenset[str]
    request_type: str
    goods_classes: frozenset[str]
    purchase_block: str
    unnamed_request_determiners: frozenset[str]
    assurance_types: frozenset[str]
    assurance_blocks: frozenset[str]
    figurative_force_types: frozenset[str]
    phrasal_prep_classes: frozenset[str]
    vying_preps: frozenset[str]
    share_classes: frozenset[str]
    share_ents: frozenset[str]
    person_sense_types: frozenset[str]
    force_sense_classes: frozenset[str]
    fired_at_preps: frozenset[str]
    rival_ents: frozenset[str]
    act_complement_preps: frozenset[str]
    doer_classes: frozenset[str]
    relief_blocks: frozenset[str]
    relieved_classes: frozenset[str]
    seizure_modes: frozenset[str]
    destination_preps: frozenset[str]
    role_preps: frozenset[str]
    party_classes: frozenset[str]
    ingested_classes: frozenset[str]
    consumer_ents: frozenset[str]
    consumer_pronouns: frozenset[str]
    physical_classes: frozenset[str]
    race_preps: frozenset[str]
    prize_classes: frozenset[str]
    rising_classes: frozenset[str]
    risen_classes: frozenset[str]
    allowance_types: frozenset[str]
    allowance_blocks: frozenset[str]
    forbidding_type: str
    forbidding_mode: str
    device_classes: frozenset[str]
    state_deps: frozenset[str]


FIGURES = view(EventFigures, "event_figures.json")


def judged_on_grounds(v: Token) -> bool:
    """'I would never attack him on that basis', 'attack Mr Howard over his beliefs', 'will attack
    the Lib Dems for wanting to abolish faith schools': a 'judged_preps' phrase of a verb of
    attacking whose object is first a reason, a view or a record ('grounds_classes') or an act
    charged in a gerund names the grounds of a judgement: criticism, not force. A phrase that
    places or times the act ('attacked the base over the weekend', 'on Monday', a name) gives no
    grounds."""
    for p in (c for c in v.children if c.dep_ == "prep" and c.lower_ in FIGURES.judged_preps):
        for x in p.children:
            if x.dep_ == "pcomp" and x.tag_ == "VBG":
                return True
            if x.dep_ == "pobj" and _grounds(x):
                return True
    return False


def _grounds(x: Token) -> bool:
    """A common noun first of the 'grounds_classes' ('basis', 'beliefs', 'record'), not a name."""
    if x.ent_type_ or x.pos_ != "NOUN":
        return False
    classes = token_classes(x)
    return bool(classes) and classes[0] in FIGURES.grounds_classes


def described_noun(adj: Token, v: Token) -> Token | None:
    """The noun an adjective the parser took for a verb's object describes ('attacked Labour's
    "unfair" and over complicated taxes': 'unfair' parsed as the object, 'taxes' hung on 'over'):
    the first noun after it, within the verb's own phrase."""
    end = min(adj.i + 7, adj.sent.end)
    return next((t for t in adj.doc[adj.i + 1:end] if t.pos_ == "NOUN" and v in t.ancestors), None)


def possessed_noun(obj: Token) -> Token:
    """What a verb acts on when the parser took a possessor for its object ('were damaging
    Labour's re election chances': 'Labour' the object, with its "'s", and 'chances' hung on a
    preposition): the first noun after the possessive marker within the verb's phrase, else the
    object itself. A possessor is never what is acted on."""
    case = next((c for c in obj.children if c.dep_ == "case" and c.lower_ in ("'s", "'")), None)
    if case is None or obj.dep_ not in ("dobj", "obj"):
        return obj
    end = min(case.i + 6, obj.sent.end)
    return next((t for t in obj.doc[case.i + 1:end] if t.pos_ == "NOUN" and obj.head in t.ancestors), obj)


def perceived(kind: str, v: Token, cameo_only: bool) -> bool:
    """Whether a verb of force only the CAMEO dictionary codes (CAMEO_ONLY; the block 'encircle'
    codes 'ring') is first a verb of perception by WordNet ('perceived_classes': 'ring' is to
    sound, 'hurt' to feel pain) and no verb of criticising, unless it acts on a place or a thing
    ('troops ringed the city' keeps the block's sense): 'he rang Lucy as soon as he got her
    letter', 'when it rang subscribers' are telephone calls, not a party surrounded; 'the rise
    hurt the economy' strikes no one. The hand lexicon's own verbs keep their entries."""
    if kind not in FIGURES.perceived_types or not cameo_only or v.pos_ != "VERB":
        return False
    lemma = v.lemma_.lower()
    if any(k == lemma or k.startswith(lemma + " ") for k in TRIGGERS.verbs) or verb_lemma(v) in VERBS.critical:
        return False
    if verb_state(v) not in FIGURES.perceived_classes:
        return False
    held = next((c for c in v.children if c.dep_ in ("dobj", "obj", "nsubjpass")), None)
    return held is None or not _placed(held)


def _placed(x: Token) -> bool:
    """A place or a thing the force sense acts on ('troops ringed the city', 'ringed the base'): a
    name of a place, or a common noun first of WordNet's 'placed_classes'."""
    if x.ent_type_:
        return x.ent_type_ in FIGURES.place_ents
    classes = token_classes(x)
    return bool(classes) and classes[0] in FIGURES.placed_classes


def finds_what_is(kind: str, v: Token) -> bool:
    """Whether a verb of choosing the CAMEO dictionary codes as agreement ('finding_codes': 'decide',
    030) decides what is so: its complement is a clause with a subject of its own and no auxiliary
    of a course to take ('decision_aux'): 'the Court of Appeal decided the practice discriminated
    against Roma' states a finding (the statements room holds it), no agreement; 'decided that it
    would withdraw', 'decided to withdraw' and 'decided the matter' are decisions and stay."""
    entry = verb_entry(v)
    if kind not in FIGURES.finding_types or entry is None or entry.code not in FIGURES.finding_codes:
        return False
    clause = _stated_clause(v)
    return clause is not None and not any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in FIGURES.decision_aux for c in clause.children)


def finds_a_state(kind: str, v: Token, code: str | None) -> bool:
    """Whether a verb of force ('force_types') has that type only from a CAMEO pattern of the state it
    predicates (an adjective complement of the 'state_deps': 'The 87-year-old was found dead last
    weekend in his hotel room', CAMEO's 'find' + 'dead', 190), its own entry coding no act of the
    type: the verb reports a state found, what WordNet's 'find' is (to come upon, to discover), not
    the act that made it; 'was shot dead' is coded by its verb and stays."""
    if kind not in FIGURES.force_types or code is None or v.pos_ != "VERB" or own_type(v) == kind:
        return False
    return any(c.dep_ in FIGURES.state_deps and c.pos_ == "ADJ" for c in v.children)


def _stated_clause(v: Token) -> Token | None:
    """A verb's complement clause with a subject of its own: a 'ccomp', or a past verb the parser hung
    on the object as a reduced relative ('decided the practice discriminated against Roma', the
    object its subject; 'decided the case brought against him' rules on a case, no agreement either)."""
    for c in v.children:
        if c.dep_ == "ccomp" and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children):
            return c
        if c.dep_ in ("dobj", "obj"):
            stated = next((a for a in c.children if a.dep_ == "acl" and a.tag_ in ("VBD", "VBN")), None)
            if stated is not None:
                return stated
    return None


def forceless_act(head: Token, kind: str) -> bool:
    """Whether the subject of a verb of physical force ('force_types'; a coercion may be done by a
    ruling or a law, and keeps it) is an act that uses no force: a common noun first an act by
    WordNet ('deed_instrument_classes') that neither the trigger lexicon nor the CAMEO dictionary's
    noun sets of fighting ('force_noun_sets') know as an act of any type, and whose verbs are none
    of force (the hand lexicon's types, or a CAMEO code of force, 'force_code_roots'), or, with no
    verb WordNet derives it from, one with a sense of a thing said or held ('transaction_classes':
    a sale, a spending). 'The sale has destroyed Yukos', 'Military spending is set to rise' name no
    force used; 'the bombing destroyed the embassy' (a noun the lexicon codes), 'the fighting killed
    20' (CAMEO's fight set), 'the raid' (from 'raid') keep it."""
    if kind not in FIGURES.force_types or head.pos_ != "NOUN" or head.ent_type_:
        return False
    classes = token_classes(head)
    if not classes or classes[0] not in FIGURES.deed_instrument_classes and not _named_as_an_act(head, classes):
        return False
    lemma = head.lemma_.lower()
    if lemma in TRIGGERS.nouns or any(lemma in CAMEO.noun_sets.get(s, ()) for s in FIGURES.force_noun_sets):
        return False
    verbs = event_verbs(lemma)
    if verbs:
        return not any(_forceful_verb(v) for v in verbs)
    return bool(FIGURES.transaction_classes & set(classes))


def course_opposed(head: Token, kind: str) -> bool:
    """Whether the object of a verb of force ('force_types') is an act that uses no force
    (``forceless_act``) by its first sense, not only when named with a complement: 'the company is
    fighting opposition to new stores' opposes a course of action, no party is struck. A noun with a
    sense of a place or a thing ('physical_classes': 'bombed the market', also a marketplace) may be
    struck, and 'attacked the convoy of the rebels' (first a group of vehicles) keeps its target."""
    classes = token_classes(head)
    return bool(classes) and classes[0] in FIGURES.deed_instrument_classes and \
        not FIGURES.physical_classes & set(classes) and forceless_act(head, kind)


def _named_as_an_act(head: Token, classes: list[str]) -> bool:
    """A noun with a sense of an act ('deed_instrument_classes'), though first another thing, that
    derives from a verb and takes a complement of the act's ('act_complement_preps': 'a switch to
    new models', 'a rise in interest rates', 'the release of the prisoners'): the phrase names the
    act, not the thing ('a switch' is first a device)."""
    return bool(FIGURES.deed_instrument_classes & set(classes)) and bool(event_verbs(head.lemma_.lower())) \
        and any(c.dep_ == "prep" and c.lower_ in FIGURES.act_complement_preps and any(x.dep_ in ("pobj", "pcomp")
                                                                                   for x in c.children)
                for c in head.children)


def _forceful_verb(lemma: str) -> bool:
    """A verb the hand lexicon codes with a type of force, or the CAMEO dictionary with a code of one."""
    spec = TRIGGERS.verbs.get(lemma)
    if spec is not None and spec.type in FIGURES.force_types:
        return True
    entry = CAMEO.verbs.get(lemma)
    if entry is None:
        return False
    code = entry.code or CAMEO.blocks[entry.block].code
    return code is not None and code[:2] in FIGURES.force_code_roots


def outdoes_a_system(kind: str, v: Token) -> bool:
    """Whether a verb of force ('competition_types') whose first sense is winning or overtaking in
    WordNet's verb.competition ('beat', 'outdo') acts on a system: a common noun WordNet files first
    as a group but whose senses are mostly no group or thing (an economy, an industry: 'system_classes',
    a system, an act, a thought, a quality). 'Determined to take on and beat the Asian tiger
    economies' outdoes rivals in trade, as CAMEO's 'destroy' block codes no event for a government
    or a candidate beaten; 'police beat the crowd' (a group of people) keeps the force."""
    if not _competing(kind, v):
        return False
    return any(_system(c) for c in v.children if c.dep_ in ("dobj", "obj", "nsubjpass"))


def _competing(kind: str, v: Token) -> bool:
    """A verb of force ('competition_types') whose first WordNet sense is winning or overtaking in a
    contest (verb.competition: 'beat', 'overtake', 'outdo')."""
    return kind in FIGURES.competition_types and v.pos_ == "VERB" and verb_lemma(v) in VERBS.competition


def outdoes_a_person(kind: str, v: Token, code: str | None) -> bool:
    """Whether a verb of force ('competition_types') that only the CAMEO dictionary codes, with its
    block's own code (CODE: no pattern of the block matched, as '&military' does), and whose first
    WordNet sense is winning or overtaking in a contest ('overtake', 'defeat', 'best'), acts on a
    person named ('rival_ents'): one person outdoes another, in a race, a vote or a record, as
    CAMEO's 'destroy' block codes no event for a candidate beaten ('when he overtook David Lloyd
    George', the longest-serving chancellor). The hand lexicon's own verbs ('beat': 'beat his
    wife') and forces overtaken ('overpowered the troops') keep the force."""
    if not _competing(kind, v) or block_coded(v, code) is None:
        return False
    lemma = v.lemma_.lower()
    if any(k == lemma or k.startswith(lemma + " ") for k in TRIGGERS.verbs):
        return False
    return any(c.ent_type_ in FIGURES.rival_ents for c in v.children if c.dep_ in ("dobj", "obj", "nsubjpass"))


def acts_otherwise_on_a_person(kind: str, v: Token) -> bool:
    """Whether a verb of force ('person_sense_types') done to a person — its object or passive
    subject a person's name or a common noun first a person — is one whose first WordNet sense's
    class has no sense that takes a person as object, and whose senses that do are none of force
    (``person_object_classes``, none of 'force_sense_classes'): 'fire' is first to shoot, and shoots
    things; a person fired is dismissed, driven out or roused ('Nortel's head Frank Dunn and two
    other executives were fired in January'). 'Troops fired on protesters' (a phrase, no object),
    'two soldiers were fired on' (a phrase of aim, ``_aimed_at``) and 'fired rockets' keep the
    force, and so do 'captured two soldiers' and 'apprehended the suspects' (a sense of seizing a
    person, verb.contact)."""
    classes = person_object_classes(v)
    if kind not in FIGURES.person_sense_types or v.pos_ != "VERB" or not classes \
            or classes & FIGURES.force_sense_classes:
        return False
    if any(_aimed_at(c) for c in v.children):
        return False               # 'two soldiers were fired on': the person is aimed at
    held = next((c for c in v.children if c.dep_ in ("dobj", "obj", "nsubjpass")), None)
    return held is not None and _a_person(held)


def _aimed_at(p: Token) -> bool:
    """A phrase of aim ('fired_at_preps') left without its object ('were fired on') or with one that
    is no date or time ('fired on the crowd'; 'fired on Tuesday' only dates the act)."""
    if p.dep_ != "prep" or p.lower_ not in FIGURES.fired_at_preps:
        return False
    objects = [x for x in p.children if x.dep_ == "pobj"]
    return not objects or any(x.ent_type_ not in FIGURES.time_ents for x in objects)


def _a_person(x: Token) -> bool:
    """A person's name, or a common noun first a person by WordNet ('executives'), or a title with
    a person's name beside it ("Nortel's head Frank Dunn")."""
    if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in x.children):
        return True
    if x.ent_type_:
        return x.ent_type_ == "PERSON"
    classes = token_classes(x)
    return bool(classes) and classes[0] == "person"


def wins_a_race(kind: str, v: Token) -> bool:
    """Whether a verb of force ('competition_types') first of winning or overtaking in WordNet
    ('beat', 'overtake') gets to a prize before its object: a 'race_preps' phrase whose object is
    first an act, a thing said or a holding ('prize_classes': 'Lloyds beat Santander to a deal for
    Abbey', 'to the contract'). A rival beaten to a deal is outdone, no one struck; 'beat him to
    death' (an event) and 'to a pulp' (a thing) keep the force."""
    if not _competing(kind, v):
        return False
    return any(head_first(x) in FIGURES.prize_classes for p in v.children
               if p.dep_ == "prep" and p.lower_ in FIGURES.race_preps for x in p.children if x.dep_ == "pobj")


def head_first(x: Token) -> str | None:
    """The class of a common noun's first WordNet sense; None for a name, a pronoun or a noun
    WordNet lacks."""
    classes = token_classes(x)
    return classes[0] if classes else None


def rises_or_falls(kind: str, v: Token) -> bool:
    """Whether a verb of force ('figurative_force_types') with no object carries a particle with
    which WordNet lists it as a verb first of change ('rising_classes': 'shoot up', 'blow up'),
    said of a subject that is no party, force or weapon by the CAMEO noun sets and the trigger
    lexicon ('Exports to China shot up by 20%'): a figure rises, no one is shot. 'The car bomb blew
    up' (a weapon), 'fighting broke out' (CAMEO's fight set) and 'shot down the plane' (an object)
    keep their sense."""
    if kind not in FIGURES.figurative_force_types or v.pos_ != "VERB" or phrasal_class(v) not in FIGURES.rising_classes:
        return False
    if any(c.dep_ in ("dobj", "obj") for c in v.children):
        return False
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.pos_ == "NOUN" and not subj.ent_type_ and _no_party_or_force(subj)


def rises_to_a_state(kind: str, v: Token) -> bool:
    """Whether a verb of force ('figurative_force_types') in the active with no object has a goal
    phrase ('race_preps') whose noun is first a state by WordNet ('risen_classes'): 'Dame Julie shot
    to fame', 'the band shot to prominence in 2004' — WordNet's sense of moving fast (verb.motion),
    no one shot. 'Was shot to death' (a passive; 'death' is first an event), 'shot him to death' and
    'shot at the crowd' keep their force."""
    if kind not in FIGURES.figurative_force_types or v.pos_ != "VERB":
        return False
    if any(c.dep_ in ("dobj", "obj", "nsubjpass", "auxpass") for c in v.children):
        return False
    return any(head_first(x) in FIGURES.risen_classes for p in v.children
               if p.dep_ == "prep" and p.lower_ in FIGURES.race_preps for x in p.children if x.dep_ == "pobj")


def _no_party_or_force(x: Token) -> bool:
    """A common noun first no person or group, in none of CAMEO's noun sets of forces, weapons or
    fighting and no event noun of the trigger lexicon."""
    lemma = x.lemma_.lower()
    sets = (*TRIGGERS.force_sets, *FIGURES.force_noun_sets)
    if lemma in TRIGGERS.nouns or any(w in CAMEO.noun_sets.get(s, ()) for s in sets for w in (lemma, x.lower_)):
        return False
    return head_first(x) not in FIGURES.doer_classes


def forbids(kind: str, v: Token) -> bool:
    """Whether a concession ('allowance_types') by a verb of CAMEO's 'allow' block ('allowance_blocks':
    'allow', 'permit') is denied by its own negation over a clause whose subject is another party or
    thing ('China won't allow any new tobacco factories to be built', 'Israel did not allow
    journalists to enter Gaza'): not letting others act restricts them, PLOVER's COERCE
    ('forbidding_type', 'forbidding_mode'), no concession refused."""
    entry = verb_entry(v)
    if kind not in FIGURES.allowance_types or v.pos_ != "VERB" or entry is None \
            or entry.block not in FIGURES.allowance_blocks or not any(c.dep_ == "neg" for c in v.children):
        return False
    return any(c.dep_ in ("ccomp", "xcomp") and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
               for c in v.children)


def relieves_a_state(v: Token, code: str | None) -> bool:
    """Whether a verb of CAMEO's blocks of easing, raising or helping ('relief_blocks': 'ease',
    'loosen', 'improve', 'increase', 'boost', 'assist'), coded with its block's own code (CODE: no
    pattern matched, as 'eased restrictions', 'eased sanctions' and 'improve relations' do), acts on
    a state, a feeling, a quality, a relation or an amount by the first WordNet sense of its passive
    subject, else of its last object ('relieved_classes': 'has eased political tensions', 'loosen the
    Islamic republic's dependence on oil', 'will improve access for audiences', 'the numbers were
    boosted', 'boosting their Oscars hopes'): a state of affairs changes, no party concedes or
    cooperates."""
    if v.pos_ != "VERB" or block_coded(v, code) not in FIGURES.relief_blocks:
        return False
    objects = [c for c in v.children if c.dep_ == "nsubjpass"] or [c for c in v.children if c.dep_ in ("dobj", "obj")]
    obj = objects[-1] if objects else None          # 'boosting their Oscars hopes': the last is the head
    classes = token_classes(obj) if obj is not None else []
    return bool(classes) and classes[0] in FIGURES.relieved_classes


def contest_as_doer(head: Token) -> bool:
    """Whether a subject is a contest, a vote or a market by WordNet ('contests': 'Elections in May
    2004 ousted many of Mr Khatami's supporters', 'the vote'): its outcome is what voters or
    traders did, no act of a party; a battle is none of them (WordNet's military action), nor a
    noun first a person or a group ('doer_classes': 'parliament' is also a card game)."""
    if head.pos_ != "NOUN" or head.ent_type_ or not _contest_noun(head):
        return False
    classes = token_classes(head)
    return bool(classes) and classes[0] not in FIGURES.doer_classes


def _system(x: Token) -> bool:
    classes = token_classes(x)
    return len(classes) > 1 and classes[0] == "group" and \
        2 * sum(c in FIGURES.system_classes for c in classes[1:]) >= len(classes)


def directive_type(kind: str, v: Token, code: str | None) -> tuple[str, str] | None:
    """The type and CAMEO code a verb of directing (CAMEO's 'directing_blocks': 'order', 'direct',
    'command') takes by its arguments, or None to keep KIND: a party object with a 'to'-clause is told
    to act, a request (CAMEO codes 'order' so, 100: 'Mr Ebbers directed Mr Sullivan to hide the
    losses', coded with the block's own 060 for want of a pattern); an object of goods by its first
    WordNet sense ('goods_classes') with no clause is a purchase ordered, the act of CAMEO's
    'purchase' block ('Air Deccan has ordered 30 Airbus A320 planes'; 'ordered an inquiry' and
    'ordered troops to withdraw' stay)."""
    entry = verb_entry(v)
    if v.pos_ != "VERB" or entry is None or entry.block not in FIGURES.directing_blocks:
        return None
    obj = next((c for c in v.children if c.dep_ in ("dobj", "obj")), None)
    clause = any(c.dep_ in ("xcomp", "ccomp") for c in v.children)
    if obj is None:
        return None
    if clause and kind != FIGURES.request_type and code == CAMEO.blocks[entry.block].code and _party_told(obj):
        return FIGURES.request_type, TRIGGERS.cameo[FIGURES.request_type]
    bought = CAMEO.blocks[FIGURES.purchase_block].code
    found = plover(bought)
    if not clause and kind == FIGURES.request_type and _goods(obj) and bought and found is not None:
        return found.type, bought
    return None


def asks_to_act(v: Token) -> bool:
    """'encouraged the Bank of England to cut rates', 'persuaded Nigeria to free the journalists': a
    verb whose speech sense asks the one spoken to to act (WordNet's frame 'Somebody ----s somebody
    to INFINITIVE' in verb.communication below asking, counselling or inducing: ``SPEECH_ACTS``
    'directives'), said by a party (its subject, or its first conjunct's, a person or a body) to a
    party (its direct object), with a 'to'-clause for what that party is to do: PLOVER's REQUEST,
    'all requests, demands and orders', whatever the CAMEO block of the verb codes alone
    ('encourage': praise, 051). 'encouraged investment' (no clause) keeps the verb's own reading,
    and 'the success of the flotation would encourage the government to ...', '..., prompting the
    Fed to raise rates' are causes, no one's words. A verb whose first sense names a state or a
    thought (``verb_state``: 'require' is first to need, 'expect' to regard as likely) sets a rule or
    an expectation ('will require all quoted companies to report their risks'), as the events room
    reads a need ('states_a_need')."""
    if v.pos_ != "VERB" or v.lemma_.lower() not in SPEECH_ACTS.directives or verb_state(v) is not None or not any(
            c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in v.children):
        return False
    obj = next((c for c in v.children if c.dep_ == "dobj"), None)
    verb = v.head if v.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in v.children) else v
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return obj is not None and _party_told(obj) and subj is not None and (subj.pos_ == "PRON" or _party_told(subj))


def _party_told(obj: Token) -> bool:
    """A person or a body named (a name the tagger labelled one, or a proper noun it left unlabelled:
    'persuaded Nigeria to free them'), or a common noun first a person or a group."""
    if obj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or obj.pos_ == "PROPN" and not obj.ent_type_:
        return True
    classes = token_classes(obj)
    return bool(classes) and classes[0] in ("person", "group")


def _goods(obj: Token) -> bool:
    """Goods by the head's first WordNet sense, or a product's name the tagger typed ('A320 planes')."""
    classes = token_classes(obj)
    return bool(classes) and classes[0] in FIGURES.goods_classes


def requests_in_general(kind: str, noun: Token, verb: Token, preps: frozenset[str]) -> bool:
    """Whether a request noun (KIND the request type) in the bare plural asks nothing of anyone:
    no determiner or possessive picks out a call made ('unnamed_request_determiners' aside), and
    neither the noun nor the verb that makes it names what is asked or whom (no phrase of PREPS,
    the request prepositions, no clause): 'not when making "voter identification" calls' places
    telephone calls; 'made its call for stronger powers', 'calls for his resignation' and 'renewed
    their calls' (a call made before) stay."""
    if kind != FIGURES.request_type or noun.tag_ not in ("NNS", "NNPS"):
        return False
    if any(c.dep_ in ("det", "poss") and c.lower_ not in FIGURES.unnamed_request_determiners for c in noun.children):
        return False
    asked = ("acl", "relcl", "ccomp", "xcomp", "dative")
    return not any(c.dep_ in asked or c.dep_ == "prep" and c.lower_ in preps
                   for w in dict.fromkeys((noun, verb)) for c in w.children)


def call_placed(kind: str, noun: Token, verb: Token, preps: frozenset[str]) -> bool:
    """Whether a request noun (KIND the request type) is placed through a device: a noun before it
    is first an artifact by WordNet ('device_classes': 'Britain's first mobile phone call was
    made', 'to make phone calls over the net'), and neither the noun nor the verb that makes it
    names what is asked (no phrase of PREPS, the request prepositions, no clause): a telephone
    call, no request; a phrase that only dates the call or names its line does not ask
    (``_channel_or_date``). 'A phone call to the kidnappers demanding ...' and 'made a call for
    calm' stay."""
    if kind != FIGURES.request_type or not any(
            c.dep_ == "compound" and not c.ent_type_ and first_class(c.lemma_.lower()) in FIGURES.device_classes for c in noun.children):
        return False
    asked = ("acl", "relcl", "ccomp", "xcomp", "dative")
    return not any(c.dep_ in asked or c.dep_ == "prep" and c.lower_ in preps and not _channel_or_date(c)
                   for w in dict.fromkeys((noun, verb)) for c in w.children)


def _channel_or_date(prep: Token) -> bool:
    """A phrase that only dates a call or names the line it went over ('on 1 January 1985', 'over
    the net'): its object a date or a time, or first a device ('device_classes')."""
    return all(x.ent_type_ in FIGURES.time_ents or not x.ent_type_ and first_class(x.lemma_.lower()) in FIGURES.device_classes
               for x in prep.children if x.dep_ == "pobj")


def assures_a_state(kind: str, v: Token) -> bool:
    """Whether an assent ('assurance_types') promises only that a state of affairs will hold: the
    verb, or a verb down its chain of 'to'-clauses, is one of CAMEO's 'assurance_blocks' ('ensure',
    'guarantee', 'assure': the 'promise' block) over a clause whose subject is a thing, no party
    ('was trying to ensure future EU budgets were limited to 1%', 'promised to continue to ensure
    the UK's budget rebate was fully justified'): a party's aim for its own policy, the statements
    room's claim, no commitment to another party. 'Promised to ensure that inspectors have access'
    (people) stays."""
    if kind not in FIGURES.assurance_types or v.pos_ != "VERB":
        return False
    for verb in _to_clauses(v):
        entry = verb_entry(verb)
        if entry is None or entry.block not in FIGURES.assurance_blocks:
            continue
        subj = _assured_subject(verb)
        if subj is not None and _a_thing(subj):
            return True
    return False


def _assured_subject(verb: Token) -> Token | None:
    """The subject of the clause a verb assures: its complement clause's, or its object's when a
    finite clause with no subject of its own follows outside the verb's phrase (the parser split the
    clause: 'ensure the UK's budget rebate, secured in 1984 by Margaret Thatcher, was fully
    justified', 'rebate' the object and 'was justified' hung elsewhere)."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is not None:
        return next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None:
        return None
    return obj if any(_split_predicate(t, verb) for t in obj.doc[obj.right_edge.i + 1:obj.sent.end]) else None


def _split_predicate(t: Token, verb: Token) -> bool:
    """A finite auxiliary or copula ('was', 'were') whose predicate has no subject and lies outside
    VERB's phrase ('was' hung as a conjunct of the main verb, or on a participle hung there)."""
    if t.pos_ != "AUX" or t.tag_ not in ("VBD", "VBZ", "VBP", "MD"):
        return False
    head = t.head if t.dep_ in ("aux", "auxpass") else t
    return verb not in head.ancestors and head != verb and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in head.children)


def _to_clauses(v: Token) -> list[Token]:
    """The verb and the verbs of its chain of 'to'-clauses ('promised to continue to ensure')."""
    out = [v]
    while (nxt := next((c for c in out[-1].children if c.dep_ == "xcomp"), None)) is not None and len(out) < 4:
        out.append(nxt)
    return out


def _a_thing(subj: Token) -> bool:
    """A common noun first no person or group by WordNet, with no name of its own ('future EU
    budgets', 'the UK's budget rebate': a holding named by its owner)."""
    if subj.ent_type_ or subj.pos_ != "NOUN":
        return False
    classes = token_classes(subj)
    return bool(classes) and classes[0] not in ("person", "group")


def prepositional_sense(kind: str, v: Token) -> bool:
    """Whether a verb of force ('figurative_force_types') with no object of its own forms with one
    of its prepositions a verb WordNet lists on its own whose first sense is no act
    ('phrasal_prep_classes': 'seize on' is to take up an idea, a thought): 'the Lib Dems have seized
    on the figures' uses them, it seizes nothing. The hand lexicon's own entries for the pair keep
    their codes; a particle is read by ``senses.phrasal_sense``."""
    if kind not in FIGURES.figurative_force_types or v.pos_ != "VERB":
        return False
    if any(c.dep_ in ("dobj", "obj", "nsubjpass") for c in v.children):
        return False
    lemma = verb_lemma(v)
    pairs = [f"{lemma} {p.lower_}" for p in v.children if p.dep_ == "prep" and any(x.dep_ == "pobj" for x in p.children)]
    return any(k not in TRIGGERS.verbs and _phrasal_prep_index().get(k) in FIGURES.phrasal_prep_classes for k in pairs)


@lru_cache(maxsize=1)
def _phrasal_prep_index() -> dict[str, str]:
    """WordNet's verbs of a verb and a particle or preposition -> the class of their first sense."""
    return {w: cls for cls, verbs in VERBS.phrasal.items() for w in verbs}


def vies_for_a_contest(kind: str, v: Token) -> bool:
    """Whether a verb of force ('figurative_force_types') is done for a contest or a market
    (WordNet's 'contests', read with the word before it, or in an 'of' phrase): its 'vying_preps'
    phrase names one ('battling Orange for control of the market'), or its object is a share of one
    ('share_classes' by its first sense: 'has captured a third of the grocery market'). Firms and
    parties vie in markets and votes with no force; 'battled rebels for control of the town' and
    'captured a third of the city' name no contest and keep it."""
    if kind not in FIGURES.figurative_force_types or v.pos_ != "VERB":
        return False
    for c in v.children:
        vying = c.dep_ == "prep" and c.lower_ in FIGURES.vying_preps
        if vying and any(_of_a_contest(x) for x in c.children if x.dep_ == "pobj"):
            return True
        if c.dep_ in ("dobj", "obj") and _share(c) and any(_contest_noun(x) for x in of_objects(c)):
            return True
    return False


def _of_a_contest(x: Token) -> bool:
    """A contest noun, or a noun whose 'of' phrase is one ('control of the market'), or a champion's
    status by WordNet ('battled Chelsea for the title'; a title 'of' something is a heading). Contests
    counted, games by WordNet ('games': 'banned Didier Drogba for three matches', 'for 10 games'),
    measure how long a sanction lasts: nothing is vied for (contests29); 'for three markets' is vied for."""
    if any(c.dep_ == "nummod" for c in x.children) and x.lemma_.lower() in WORDNET.games:
        return False
    return _contest_noun(x) or any(_contest_noun(o) for o in of_objects(x)) or title_noun(x) and not of_objects(x)


def _contest_noun(x: Token) -> bool:
    if x.pos_ != "NOUN" or x.ent_type_:
        return False
    words = [w for w in (compound_noun(x), x.lemma_.lower(), x.lower_) if w]
    return any(w in WORDNET.contests for w in words)


def _share(x: Token) -> bool:
    """A part or an amount by its first WordNet sense ('a share'), or a number or a fraction the
    tagger found ('a third', '40%')."""
    if x.pos_ == "NUM" or x.ent_type_ in FIGURES.share_ents:
        return True
    classes = token_classes(x)
    return bool(classes) and classes[0] in FIGURES.share_classes


def carried_or_consumed(kind: str, mode: str | None, v: Token, code: str | None) -> bool:
    """Whether a seizure ('seizure_modes') by a verb coded with its CAMEO block's own code takes a
    thing (active object or passive subject; no name, no common noun first a person or a group) to
    a place ('destination_preps': 'Kaldi took some of these berries to a local monastery': WordNet's
    sense of bringing) or as a thing ('role_preps': 'coffee beans were taken as a food', 'took the
    remark as an insult'): carrying, consuming or reading it, no property seized. 'Took the town',
    'seized weapons', 'was taken as a hostage' and 'took the suspect to the station' stay."""
    if kind != "COERCE" or mode not in FIGURES.seizure_modes or block_coded(v, code) is None:
        return False
    taken = next((c for c in v.children if c.dep_ in ("dobj", "obj", "nsubjpass")), None)
    if taken is not None and ingests(v, taken):
        return True
    if taken is None or not _thing_taken(taken):
        return False
    phrases = [(p.lower_, x) for p in v.children if p.dep_ == "prep" for x in p.children if x.dep_ == "pobj"]
    return any(p in FIGURES.destination_preps for p, _ in phrases) \
        or any(p in FIGURES.role_preps and _thing_taken(x) for p, x in phrases)


def ingests(v: Token, taken: Token) -> bool:
    """Whether a seizure's verb has a sense of consuming (WordNet's verb.consumption: 'take', not
    'seize') and one person (a name of the 'consumer_ents' or one of the 'consumer_pronouns') takes a
    thing that is, itself or one of its conjuncts, a common noun first food or a substance
    ('ingested_classes'): 'she knowingly took steroids' takes a drug in, no property seized.
    'Troops took the fuel depot', 'rebels took the fuel' (no one person) and 'police seized
    cocaine' stay."""
    if not consuming_verb(v) or taken.dep_ not in ("dobj", "obj"):
        return False
    doer = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if doer is None or not (doer.ent_type_ in FIGURES.consumer_ents or doer.lower_ in FIGURES.consumer_pronouns):
        return False
    return any(x.pos_ == "NOUN" and not x.ent_type_ and (cls := token_classes(x)) and cls[0] in FIGURES.ingested_classes
               for x in (taken, *taken.conjuncts))


def _thing_taken(head: Token) -> bool:
    """A common noun (or a quantity of one) that names no party: no name in its phrase and a first
    WordNet sense none of the 'party_classes'; a pronoun or a noun WordNet lacks may be anyone."""
    if any(t.ent_type_ and t.ent_type_ not in FIGURES.time_ents or t.pos_ == "PROPN" for t in head.subtree):
        return False
    heads = of_objects(head) or [head]          # 'some of these berries' is judged by its berries
    classes = [token_classes(h) for h in heads]
    return all(classes) and not any(c[0] in FIGURES.party_classes for c in classes)


def quarrels(kind: str, v: Token) -> bool:
    """Whether a verb of force ('force_types') with no object and no phrase names its act only
    beside a verb of speech it is coordinated with (WordNet's verb.communication first: 'we have
    been squabbling, fighting', 'they argued and fought'): the quarrel, words between the parties,
    no use of force ('for weeks' only dates it). 'Fought rebels', 'fought with the police' and
    'clashed and fought in the streets' name whom or where and stay."""
    if kind not in FIGURES.force_types or v.pos_ != "VERB":
        return False
    if any(c.dep_ in ("dobj", "obj", "agent", "nsubjpass") or c.dep_ == "prep" and not _dates_only(c) for c in v.children):
        return False
    unmarked = v.dep_ == "conj" or v.dep_ == "advcl" and not any(c.dep_ == "mark" for c in v.children)
    beside = [c for c in v.children if c.dep_ == "conj"] + ([v.head] if unmarked else [])   # 'squabbling, fighting'

    return any(b.pos_ == "VERB" and verb_lemma(b) in VERBS.communication for b in beside)


def _dates_only(prep: Token) -> bool:
    """A phrase whose object is a span of time ('for weeks', 'on Monday': 'time_ents' or a noun first
    of time by WordNet)."""
    objs = [x for x in prep.children if x.dep_ == "pobj"]
    return bool(objs) and all(x.ent_type_ in FIGURES.time_ents or token_classes(x)[:1] == ["time"] for x in objs)
