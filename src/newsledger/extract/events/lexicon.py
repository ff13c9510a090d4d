"""The events room's hand-written lexicons as typed views (``lexicons.view``): the PLOVER trigger
lexicon (``data/plover_triggers.json``), the status markers (``data/event_status.json``), the
nouns for police and armed forces (``data/force_agents.json``) and the verbs of PLOVER's own
definitions (``data/plover_definitions.json``).
Each file's ``_doc`` says what its keys mean."""
from __future__ import annotations

from dataclasses import dataclass, field

from ...lexicons import view


@dataclass(frozen=True)
class TriggerSpec:
    """What a trigger word codes: a PLOVER type and mode; 'swap' when its subject is the
    recipient ('hosted'); 'transitive': the spec used when the verb has a direct object;
    'intransitive': the verb codes its event only without one, nor a clause with a subject of its
    own ('demonstrated in Kirkuk', not 'demonstrate the legality of its title' or 'demonstrated that
    we can win': what is shown is its object); 'clausal': the spec used when the verb's complement
    is a that-clause, words rather than a deed ('protested that the rules were unfair')."""

    type: str
    mode: str | None = None
    swap: bool = False
    needs_person_object: bool = False
    transitive: TriggerSpec | None = None
    intransitive: bool = False
    clausal: TriggerSpec | None = None


@dataclass(frozen=True)
class ControlSpec:
    """A verb governing a 'to'-complement: its own type, or 'passes' the complement's type up;
    'needs_act': the verb codes an event only when its complement codes one ('failed to reach
    agreement', 'is willing to withdraw'; not 'failing to take action', 'not willing to put time
    limits on them': a failure or a readiness to do nothing PLOVER codes is no refusal or offer);
    'departure': the event when the complement is a departure ('ordered the ambassador to leave the
    country': PLOVER's SANCTION-expel, not a request); 'addressed': the event when the verb names as
    its object the party who is to act ('warned the broadcaster to steer clear': advice or a demand,
    PLOVER's REQUEST, not a threat)."""

    type: str | None = None
    mode: str | None = None
    passes: bool = False
    commissive: bool = False
    cooperative: str | None = None
    keep: frozenset[str] = frozenset()
    map: dict[str, str] = field(default_factory=dict)
    needs_act: bool = False
    departure: TriggerSpec | None = None
    addressed: TriggerSpec | None = None


@dataclass(frozen=True)
class SpeechFrame:
    """What PLOVER requires of a speech act of one type (``plover_triggers.json`` 'speech_frames'):
    'to_party': a party's own act announced by it and read as this type (a promise, a threat, a
    refusal) is an event only when made toward a party; 'speaks_for': the entity types of a named
    party other than the speaker who may bring about a warning's consequence (a state its official
    speaks for); 'deed': a control verb of this type codes an event only when its complement is a deed,
    not words ('refused to discuss the terms': declining comment); 'undone': false when an act of this
    type stated as not done is no event (a refusal denied is no refusal); 'others': the act is toward
    another party, not the actor itself or its own ('praised its own staff'); 'view': this type
    negated in the present tense states a view held, no act denied ('I don't blame her mother');
    'claims': a verb of this type over a clause saying what is or was reports a claim, not the act
    ('assured Parliament that the bill was about regulation'); 'claim_objects': and so over its
    object noun's that-clause ('welcomed the possibility that ...'); 'speaking': the act is one of
    speaking, so a verb only the CAMEO dictionary codes whose first sense names a state states a
    need, not a demand ('Gazprom needs Yugansk'); 'words_judged': an object that is words said (a
    demonstrative standing for what was just said, a noun of a verb of public statement or of
    denial: 'reject that', 'refused to accept the denials') makes a refusal a judgement of a
    claim, no act; 'own_objects': the WordNet classes of an object that, with a possessive for the actor,
    is the actor's own act, thought or quality ('defended his decision'), which 'others' excludes;
    'views_judged': the WordNet classes (first sense) of an object that is a view held, not an act
    or a party ('dismissed fears that ...'): judging it states what the speaker thinks; 'asked_for':
    the act names what it asks (an object that is no addressee, a clause, a phrase), so a verb with
    none puts a question ('"What model does it give?" the MP asked'); 'dares': the type of this act
    made to a party with a 'to'-complement of what that party is to do ('challenged Mr Smith to deny
    the reports'): a demand; 'own_side': made to the actor's own members ('Labour leader Ann Cole
    reassured Labour MPs') it is no act between two parties."""

    to_party: bool = False
    speaks_for: frozenset[str] = frozenset()
    deed: bool = False
    undone: bool = True
    others: bool = False
    view: bool = False
    claims: bool = False
    claim_objects: bool = False
    speaking: bool = False
    words_judged: bool = False
    own_objects: frozenset[str] = frozenset()
    views_judged: frozenset[str] = frozenset()
    asked_for: bool = False
    dares: str | None = None
    own_side: bool = False


@dataclass(frozen=True)
class LegalActions:
    """A CAMEO code that joins an arrest and a charge, split as PLOVER splits them
    (``plover_triggers.json`` 'legal_actions'): the verb or pattern noun naming a charge, a suit or
    a trial ('stand trial', 'indicted') makes it TYPE and MODE (ACCUSE), not the crosswalk's arrest."""

    codes: frozenset[str]
    words: frozenset[str]
    type: str
    mode: str | None = None


@dataclass(frozen=True)
class PlacingVerbs:
    """Verbs that put a party under an act named by an event noun after their preposition
    (``plover_triggers.json`` 'placing_verbs': 'was put under investigation')."""

    verbs: frozenset[str]


@dataclass(frozen=True)
class Deadlines:
    """What a span of time given codes (``plover_triggers.json`` 'deadlines'): 'departure' when
    its 'to'-clause is a departure ('gave him 72 hours to leave': an expulsion), else nothing."""

    departure: TriggerSpec


@dataclass(frozen=True)
class TriggerLexicon:
    """data/plover_triggers.json."""

    cameo: dict[str, str]
    cameo_by_mode: dict[str, dict[str, str]]
    verbs: dict[str, TriggerSpec]
    light_verbs: frozenset[str]
    nouns: dict[str, TriggerSpec]
    speculative_noun_modifiers: frozenset[str]
    motion_verbs: frozenset[str]
    control: dict[str, ControlSpec]
    commissive: dict[str, str]
    refusal_types: frozenset[str]
    directive_modals: frozenset[str]
    person_nouns: frozenset[str]
    place_as_actor: frozenset[str]
    authority_modes: frozenset[str]
    authority_preps: frozenset[str]
    removal_source_modes: frozenset[str]
    removal_source_preps: frozenset[str]
    threat_marks: frozenset[str]
    non_event_deps: frozenset[str]
    condition_marks: frozenset[str]
    hypothesis_marks: frozenset[str]
    minor_preps: frozenset[str]
    past_marks: frozenset[str]
    lodged_types: frozenset[str]
    document_nouns: frozenset[str]
    plan_nouns: frozenset[str]
    stated_noun_types: frozenset[str]
    discussion_verbs: frozenset[str]
    purpose_target_types: frozenset[str]
    condition_target_types: frozenset[str]
    object_partner_preps: dict[str, frozenset[str]]
    cameo_swaps: frozenset[str]
    force_sets: dict[str, str]
    warning_verbs: frozenset[str]
    question_marks: frozenset[str]
    hypothetical_marks: frozenset[str]
    offer_types: frozenset[str]
    deontic_aux: frozenset[str]
    deontic_verbs: frozenset[str]
    assent_verbs: frozenset[str]
    partner_types: frozenset[str]
    pledge_verbs: frozenset[str]
    self_types: frozenset[str]
    self_modes: frozenset[str]
    given_types: frozenset[str]
    traded_blocks: frozenset[str]
    departure_verbs: frozenset[str]
    speech_frames: dict[str, SpeechFrame]
    proposition_classes: frozenset[str]
    terms_marks: frozenset[str]
    legal_actions: LegalActions
    placing_verbs: PlacingVerbs
    deadlines: Deadlines
    signing_blocks: frozenset[str] = frozenset()


@dataclass(frozen=True)
class StatusLexicon:
    """data/event_status.json."""

    future_aux: frozenset[str]
    speculative_aux: frozenset[str]
    epistemic_aux: frozenset[str]
    speculative_words: frozenset[str]
    planned_words: frozenset[str]
    plan_verbs: frozenset[str]
    intent_verbs: frozenset[str]
    conjecture_nouns: frozenset[str]
    conditional_aux: frozenset[str]
    deliberation_verbs: frozenset[str]
    disposition_adjectives: frozenset[str]
    finite_tags: frozenset[str]
    denial_verbs: frozenset[str]
    negations: frozenset[str]
    recent_words: tuple[str, ...]
    reporting_verbs: frozenset[str]
    purpose_marks: frozenset[str]
    belief_verbs: frozenset[str]
    future_xcomp_heads: frozenset[str]
    generic_tags: frozenset[str]
    do_support: frozenset[str]
    ability_aux: frozenset[str]
    speech_act_types: frozenset[str]
    standing_modes: frozenset[str]
    reader_pronouns: frozenset[str]
    evaluation_marks: frozenset[str]
    hypothetical_determiners: frozenset[str]
    averting_blocks: frozenset[str]
    reluctance_adjectives: frozenset[str]
    disclosure_blocks: frozenset[str]
    present_be: frozenset[str]
    cessation_blocks: frozenset[str]
    ceased_codes: dict[str, str]


@dataclass(frozen=True)
class ForceAgents:
    """data/force_agents.json: common nouns for a state's police and armed forces, for its
    government's bodies and officials, for the groups CAMEO codes as parties with no state,
    armed rebels and the opposition, and for its courts, judges and prosecutors (PETRARCH agents)."""

    police: frozenset[str]
    military: frozenset[str]
    government: frozenset[str]
    rebels: frozenset[str]
    opposition: frozenset[str]
    judiciary: frozenset[str]


@dataclass(frozen=True)
class ManualType:
    """A PLOVER type and mode the manual gives where its crosswalk or the verb alone gives another;
    'unaddressed': the act is an event with no party it is done to ('Harry has apologised')."""

    type: str
    mode: str | None = None
    unaddressed: bool = False


@dataclass(frozen=True)
class CancelledMeeting:
    """A meeting called off: its type and mode, and the CAMEO code prefixes (reductions of
    relations) by which the verb's block shows it cancels meetings."""

    type: str
    mode: str
    codes: tuple[str, ...]


@dataclass(frozen=True)
class DiplomaticProtest:
    """A protest made by a state or its government: its type and mode, and the PROTEST modes it
    recodes."""

    type: str
    mode: str
    modes: frozenset[str]


@dataclass(frozen=True)
class CivilianObstruction:
    """A passage blocked by civilians: its type, mode and CAMEO code, the CAMEO synonym blocks of
    the verbs of blocking it recodes, and the WordNet classes of what is blocked; 'blockade': the
    type, mode and code of a passage blocked by a state or its forces."""

    type: str
    mode: str
    code: str
    blocks: frozenset[str]
    classes: frozenset[str]
    blockade: CodedType


@dataclass(frozen=True)
class AcceptedNoun:
    """An act of a CAMEO synonym block ('blocks') on an event noun of a type in 'of': its type."""

    type: str
    blocks: frozenset[str]
    of: frozenset[str]


@dataclass(frozen=True)
class CodedType:
    """A PLOVER type and mode with the CAMEO code that names the act."""

    type: str
    mode: str
    code: str


@dataclass(frozen=True)
class Recoded:
    """A type the manual gives an event of other types ('types') in a stated case: the types of the
    event noun acted on ('of'), or the modifiers that name the case ('modifiers')."""

    type: str
    types: frozenset[str]
    of: frozenset[str] = frozenset()
    modifiers: frozenset[str] = frozenset()


@dataclass(frozen=True)
class SenseRecode:
    """An act of a type in 'types' whose verb's WordNet sense the manual codes otherwise: the type,
    mode and CAMEO code PLOVER's SANCTION gives a party put out of a body's own ranks (a verb of
    excluding from a group: 'excluded_member') or a penalty inflicted (a verb of punishing: 'penalty')."""

    type: str
    mode: str
    code: str
    types: frozenset[str]


@dataclass(frozen=True)
class LabelledWrong:
    """An act a party labels a wrong (a wrong noun of 'hostile_types' or of WordNet's wrongs, said of
    a noun of 'act_classes' or a pronoun of 'pointers'): the type, mode and CAMEO code of its
    accusation."""

    type: str
    mode: str
    code: str
    hostile_types: frozenset[str]
    act_classes: frozenset[str]
    pointers: frozenset[str]


@dataclass(frozen=True)
class PloverDefinitions:
    """data/plover_definitions.json: the verbs PLOVER's manual defines its verbal types with, and
    the types its 'Potential ambiguities' lists give where the CAMEO crosswalk gives another."""

    control_verbs: dict[str, str]
    crosswalk_exceptions: dict[str, ManualType] = field(default_factory=dict)
    cancelled_meeting: CancelledMeeting | None = None
    diplomatic_protest: DiplomaticProtest | None = None
    civilian_obstruction: CivilianObstruction | None = None
    acceded_request: AcceptedNoun | None = None
    withdrawn_request: Recoded | None = None
    joint_operation: Recoded | None = None
    excluded_member: SenseRecode | None = None
    penalty: SenseRecode | None = None
    labelled_wrong: LabelledWrong | None = None


@dataclass(frozen=True)
class WordnetControlVerb:
    """A verb over a 'to'-complement read from WordNet (data/wordnet_control.json): a PLOVER type or
    'passes', and whether the subject ('subject') or the object ('object') is to act."""

    type: str
    frame: str


@dataclass(frozen=True)
class WordnetControl:
    """data/wordnet_control.json: the verbs WordNet gives a 'to'-infinitive frame in a sense below a
    verb PLOVER's manual defines a verbal type with, or below 'intend' or 'try'; 'undone': the verbs
    whose sense with a frame of an act is at or below refusing, failing to do, leaving undone, being
    unable or refraining from doing, by that frame ('to': an infinitive, 'ing': a gerund; their
    complement's act in that form is not done)."""

    verbs: dict[str, WordnetControlVerb]
    undone: dict[str, frozenset[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class SpeechActs:
    """data/wordnet_speech_acts.json (scripts/build_speech_acts.py): the verbs whose speech sense asks
    the one spoken to to act ('directives': 'urge', 'encourage', 'persuade'), and the nouns with a
    sense of an agreement between parties ('agreements': 'deal', 'treaty', 'contract')."""

    directives: frozenset[str]
    agreements: frozenset[str]


TRIGGERS = view(TriggerLexicon, "plover_triggers.json")
DEFINITIONS = view(PloverDefinitions, "plover_definitions.json")
FORCES = view(ForceAgents, "force_agents.json")
STATUS = view(StatusLexicon, "event_status.json")
WORDNET_CONTROL = view(WordnetControl, "wordnet_control.json")
SPEECH_ACTS = view(SpeechActs, "wordnet_speech_acts.json")


def speech_frame(kind: str) -> SpeechFrame:
    """What PLOVER requires of a speech act of this type (``speech_frames``; none: no requirement)."""
    return TRIGGERS.speech_frames.get(kind) or SpeechFrame()
