"""Whether a trigger's arguments fit its sense, by the WordNet classes of their head nouns.

'The quakes struck near Tabriz' has a natural event for a subject, so 'struck' is no attack;
'a product designed to meet the needs' meets something abstract, so no meeting is held; 'warned
of cloudy weather' warns of a natural phenomenon, so no one is threatened. The classes come from
the Open English WordNet (``data/wordnet_nouns.json``); which class fits which argument of which
event type is data (``data/event_senses.json``). A name, a pronoun or a noun WordNet lacks is
always accepted: the rules only reject what WordNet says cannot fit.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ...lexicons import view
from ...nlp.wordnet import (
    POSSESSIVE_SLOT,
    SOMEONES,
    VERBS,
    disease_name,
    event_verbs,
    first_class,
    head_class,
    noun_classes,
    of_objects,
    party_word,
    phrasal_class,
    phrase_idiom_class,
    spoken,
    token_classes,
    verb_lemma,
    verb_state,
    word_classes,
    written_classes,
)
from .argkinds import (
    ARGS,
    CONCRETE,
    classes_fit,
    demonstrative,
    fits_target,
    kind_classes,
    on_a_medium,
    passive_target,
    takes_a_party,
)
from .cameo import CAMEO, block_coded
from .figures import FIGURES, contest_as_doer, course_opposed, described_noun, forceless_act, judged_on_grounds, possessed_noun
from .lexicon import TRIGGERS


@dataclass(frozen=True)
class EventSenses:
    """data/event_senses.json."""

    agent_classes: frozenset[str]
    thing_classes: frozenset[str]
    instrument_types: frozenset[str]
    instrument_classes: frozenset[str]
    natural_classes: frozenset[str]
    happening_classes: frozenset[str]
    content_types: frozenset[str]
    content_preps: frozenset[str]
    content_classes: frozenset[str]
    support_verbs: frozenset[str]
    possession_classes: frozenset[str]
    inanimate_name_types: frozenset[str]
    party_phrase_types: frozenset[str]
    deed_classes: frozenset[str]
    demonstratives: frozenset[str]
    verbal_types: dict[str, str]
    acted_on_preps: frozenset[str]
    between_types: frozenset[str]
    partner_preps: frozenset[str]
    doer_preps: frozenset[str]
    collection_classes: frozenset[str]
    inactive_classes: frozenset[str]
    mental_classes: frozenset[str]
    force_modes: frozenset[str]
    force_codes: frozenset[str]
    force_classes: frozenset[str]
    unit_classes: frozenset[str]
    stock_classes: frozenset[str]
    measure_classes: frozenset[str]
    abandoned_types: dict[str, str]
    abandoned_mode: str
    left_preps: frozenset[str]
    agreed_classes: frozenset[str]
    measure_object_types: frozenset[str]
    measure_object_classes: frozenset[str]
    scale_preps: dict[str, tuple[str, ...]]
    amount_types: frozenset[str]
    gift_types: frozenset[str]
    gift_preps: frozenset[str]
    said_gift_classes: frozenset[str]
    evacuation_types: frozenset[str]
    evacuation_modes: frozenset[str]
    place_classes: frozenset[str]
    # an amount, a holding or a substance whose state's or people's name before it only says where it
    # is from ('US dollars', 'Venezuelan fuel'): that name is no party (``phrases._origin_of_thing``);
    # not a place ('Palestinian homes', 'Albanian rebel-held territory': PLOVER's parties)
    origin_classes: frozenset[str]
    instrument_preps: frozenset[str]
    own_goods_types: frozenset[str]
    goods_classes: frozenset[str]
    trade_partner_preps: frozenset[str]
    deliberation_types: frozenset[str]
    deliberation_classes: frozenset[str]
    creation_blocks: frozenset[str]
    created_types: frozenset[str]
    price_types: frozenset[str]
    payment_verbs: frozenset[str]
    price_classes: frozenset[str]
    accusation_preps: frozenset[str]
    prey_types: frozenset[str]
    prey_classes: frozenset[str]
    succession_types: frozenset[str]
    succession_modes: frozenset[str]
    office_classes: frozenset[str]
    plural_pronouns: frozenset[str]
    side_pronouns: frozenset[str]
    counted_words: dict[str, int]
    speech_act_types: frozenset[str]
    contest_types: frozenset[str]
    contest_preps: frozenset[str]
    rank_preps: frozenset[str]
    rank_copulas: frozenset[str]
    article_free_name_types: frozenset[str]
    counterfactual_aux: frozenset[str]
    ability_words: frozenset[str]
    inability_words: frozenset[str]
    membership_types: frozenset[str]
    membership_verbs: frozenset[str]
    body_name_types: frozenset[str]
    body_classes: frozenset[str]
    side_verbs: frozenset[str]
    side_name_types: frozenset[str]
    joint_act_preps: frozenset[str]
    joint_act_classes: frozenset[str]
    engaging_types: frozenset[str]
    engaging_verbs: frozenset[str]
    engaged_pronouns: frozenset[str]
    predicate_types: frozenset[str]
    aimed_words_types: frozenset[str]
    charge_preps: frozenset[str]
    blame_verbs: frozenset[str]
    blamed_preps: frozenset[str]
    nonspecific_pronouns: frozenset[str]
    topic_preps: frozenset[str]
    body_name_ents: frozenset[str]
    membership_preps: frozenset[str]
    membership_offer_types: frozenset[str]
    singular_persons: frozenset[str]
    stative_force_types: frozenset[str]
    managing_blocks: frozenset[str]
    venue_types: frozenset[str]
    venue_modes: frozenset[str]
    venue_classes: frozenset[str]
    own_holding_preps: frozenset[str]
    phrasal_inactive_classes: frozenset[str]
    expulsion_modes: frozenset[str]
    goal_preps: frozenset[str]
    request_types: frozenset[str]
    request_preps: frozenset[str]
    audience_preps: frozenset[str]
    thing_pronouns: frozenset[str]
    hearer_pronouns: frozenset[str]
    stance_types: frozenset[str]
    stance_classes: frozenset[str]
    stance_preps: frozenset[str]
    agreed_act_classes: frozenset[str]
    stance_deed_classes: frozenset[str]
    authorising_types: frozenset[str]
    audience_types: frozenset[str]
    audience_nouns: frozenset[str]
    campaign_types: frozenset[str]
    removal_types: frozenset[str]
    removal_modes: frozenset[str]
    staff_types: frozenset[str]
    staff_nouns: frozenset[str]
    office_nouns: frozenset[str]
    rebuttal_preps: frozenset[str]
    dealing_classes: frozenset[str]
    halt_types: frozenset[str]
    halt_modes: frozenset[str]
    kin_types: frozenset[str]
    kin_nouns: frozenset[str]
    seat_blocks: frozenset[str]


@dataclass(frozen=True)
class WordnetIdioms:
    """data/wordnet_idioms.json."""

    idioms: dict[str, frozenset[str]]


SENSES = view(EventSenses, "event_senses.json")
IDIOMS = view(WordnetIdioms, "wordnet_idioms.json")
IDIOM_DEPS = ("dobj", "obj", "attr", "prep", "npadvmod")


def can_act(head: Token, kind: str) -> bool:
    """Whether the head of a subject can be the actor of an event of type KIND: not a thing named
    by its type or its head ('the Mental Capacity Bill would allow'), nor a common noun WordNet
    files under no agent; a noun with no agent sense acts as an instrument only when its first
    sense is no amount, holding or rate ('shares shot up', 'the euro has hit exports': market data
    move, they do not strike); an act that is none of force is no instrument of force
    (``figures.forceless_act``: 'the sale has destroyed Yukos'); a contest, a vote or a market does
    no act of any type (``figures.contest_as_doer``: 'Elections in May 2004 ousted ...'), nor does
    an act named with its partners (``act_with_partners``: 'the deal with Aggregates will give ...')."""
    if head.ent_type_ in SENSES.inanimate_name_types or _document_name(head) or _thing_named_as_person(head):
        return False
    if natural_force(head) or contest_as_doer(head) or act_with_partners(head, kind):
        return False
    classes = noun_classes(head)
    s = SENSES
    if not classes or s.agent_classes & set(classes) and classes[0] not in s.thing_classes:
        return True
    first_ok = classes[0] not in s.natural_classes | s.thing_classes | s.measure_classes
    if forceless_act(head, kind):
        return False                      # 'the sale has destroyed Yukos': an act that uses no force
    return kind in s.instrument_types and first_ok and bool(s.instrument_classes & set(classes))


def act_with_partners(head: Token, kind: str) -> bool:
    """Whether a subject is an act between parties named with its partner ('partner_preps'), or an act
    named with its doer ('doer_preps'), first an act by WordNet ('deed_instrument_classes' of
    ``figures``), as the doer of an act of no force: 'The deal with Aggregates will give Holcim an
    entry into the UK market' says what the deal does, a forecast of its effect; its parties did the
    deal (an event of its own), they give nothing here; 'the participation of O'Sullivan would boost
    the Ireland team', 'the arrival of Mourinho has boosted Chelsea' say what a party's own act does
    for another, no act of that party toward it. A noun with a sense of a body ('body_classes': 'the
    administration of President Bush') may name the body that acts, and is read by ``can_act``. An
    act of force done by such a noun ('the fighting with rebels killed 20') is ``forceless_act``'s."""
    if kind in FIGURES.force_types or head.pos_ != "NOUN" or head.ent_type_:
        return False
    classes = token_classes(head)
    preps = SENSES.partner_preps | SENSES.doer_preps if _own_act_on_another(head, classes) else SENSES.partner_preps
    return bool(classes) and classes[0] in FIGURES.deed_instrument_classes and any(
        c.dep_ == "prep" and c.lower_ in preps and any(x.dep_ == "pobj" for x in c.children) for c in head.children)


def _own_act_on_another(head: Token, classes: list[str]) -> bool:
    """Whether a subject that is an act may be read with its doer ('doer_preps') as a party's own act
    acting on another: no sense of a body (``act_with_partners``), no event noun of the trigger
    lexicon (which stands for its own event, whose parties act: 'the first deployment of NATO
    peacekeeping troops have arrived in Bosnia'), and the verb it is the subject of has a direct
    object (what the act does to another: 'would boost the Ireland team')."""
    if SENSES.body_classes & set(classes) or head.lemma_.lower() in TRIGGERS.nouns:
        return False
    return head.dep_ == "nsubj" and any(c.dep_ in ("dobj", "obj") for c in head.head.children)


# WordNet's own endings of a plural noun (morphy's detachment rules), for a word the tagger took
# for a name and so left unlemmatised ('Wildfires')
NOUN_ENDINGS = (("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("ies", "y"), ("s", ""))


def natural_force(head: Token) -> bool:
    """Whether the doer is a force of nature or a disease, which acts in no event of any type ('the
    tsunami waves destroyed villages', 'Cholera has attacked the camps', 'Hurricane Katrina struck'):
    the head's own word when the tagger took it for a name, or the word just before a head that has
    no sense of an agent ('flood waters', 'Hurricane Katrina'; 'Crisis Group' is a group), a common
    noun or the title of a name ('Tornado jets' names a model); a storm's short name given in full
    elsewhere ('Mitch killed 10,000 people'), and a disease WordNet knows only by a capitalised name
    ('HIV', 'Aids'). A common noun head is judged by its own classes in ``can_act``."""
    name = bool(head.ent_type_) or head.pos_ == "PROPN"
    if name and _common_noun_capitalised(head) and _natural_word(head.lower_):
        return True
    if _named_happening(head) or name and _short_name_of_a_force(head):
        return True
    own = word_classes(noun_base(head.lower_)) if name else token_classes(head)
    if SENSES.agent_classes & set(own):
        return False
    return _natural_title(head, name)


def _natural_title(head: Token, name: bool) -> bool:
    """Whether the word just before HEAD, its compound, is a natural word ('flood waters',
    'Hurricane Mitch'): a common noun, or any word before a name; a capitalised word before a
    common noun only when it is the sentence's first ('Tornado jets' names a model)."""
    before = head.doc[head.i - 1] if head.i > 0 else None
    if before is None or before.head != head or before.dep_ != "compound":
        return False
    common = before.is_lower or name or _common_noun_capitalised(before)
    return common and _natural_word(before.lower_)


def _short_name_of_a_force(head: Token) -> bool:
    """A name the article gave in full with a natural title before ('Hurricane Mitch struck
    Honduras. Mitch killed 10,000 people'): the short name is the storm's, whatever the tagger
    typed it; a person's name never has such a title."""
    return any(t.i != head.i and t.text == head.text and _natural_title(t, True) for t in head.doc)


def _named_happening(head: Token) -> bool:
    """A word written with a capital that WordNet lists only as the name of a disease
    (``disease_name``: 'HIV is decimating African countries', 'Aids has killed millions', 'Sars'),
    whatever the tagger made of it ('Aids' may be taken for the plural of 'aid'), when it gave it no
    type of a party ('NEC' or 'Ed' typed an organisation or a person are the party and the man, not
    the disease). A word that is also a common noun is judged as one."""
    return not head.is_lower and not head.ent_type_ and disease_name(head.text) and not word_classes(head.lower_)


def _common_noun_capitalised(head: Token) -> bool:
    """A word the tagger took for a name only because it opens the sentence: the text never writes
    it with a capital inside a sentence ('Cholera has attacked the camps'; 'Mr Snow', 'Snow said'
    later in the article is a name)."""
    if not head.is_sent_start:
        return False
    return not any(t.text == head.text and not t.is_sent_start for t in head.doc)


def _natural_word(word: str) -> bool:
    """A noun WordNet files first as a phenomenon ('hurricane', 'storm'), or first as an event or a
    state with no sense of an agent or an instrument ('tsunami', 'earthquake', 'cholera'; 'amnesty'
    is also an act, 'alliance' also a group)."""
    classes = word_classes(noun_base(word))
    if not classes or SENSES.agent_classes & set(classes):
        return False
    return classes[0] in SENSES.natural_classes or \
        classes[0] in SENSES.happening_classes and not SENSES.instrument_classes & set(classes)


def noun_base(word: str) -> str:
    """The noun WordNet lists for a word, its plural ending detached when it lists only the
    singular."""
    if word_classes(word):
        return word
    return next((word[: -len(end)] + base for end, base in NOUN_ENDINGS
                 if word.endswith(end) and word_classes(word[: -len(end)] + base)), word)


def _document_name(head: Token) -> bool:
    """A name headed by a document noun ('the Mental Capacity Bill', 'the Parliament Act'), not a
    person's name ('Bill' of 'Bill Clinton' is no head)."""
    return head.pos_ == "PROPN" and head.ent_type_ != "PERSON" and head.lower_ in TRIGGERS.document_nouns


def _thing_named_as_person(head: Token) -> bool:
    """A name of a type that takes no article (a person's) after 'the', headed by a common noun
    that WordNet files first as a thing said or thought and never as a person or group ('The Adam
    Smith Lecture celebrates ...', a lecture): the name is mistyped, and names an occasion or a
    work, which does no act; 'the Rev Ian Paisley' (a fabric) and 'the Queen Mother' (a person)
    are no such things."""
    if head.pos_ != "PROPN" or head.ent_type_ not in SENSES.article_free_name_types:
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return False
    classes = word_classes(head.lower_)
    return bool(classes) and classes[0] in SENSES.thing_classes and not SENSES.agent_classes & set(classes)


def people(head: Token | None) -> bool:
    """Whether a common noun names people by its first sense ('supporters', 'a crowd', 'thousands
    of people'), not a pronoun, a name or a thing ('the dollar rallied')."""
    if head is None:
        return False
    heads = [head] + of_objects(head)
    return any((classes := token_classes(h)) and classes[0] in SENSES.agent_classes for h in heads)


def persons(head: Token) -> bool:
    """Whether a common noun names persons by its first sense ('civilians', 'refugees'), not a
    group of things ('a series of bombs')."""
    return first_class(head.lemma_.lower()) == "person" and head.pos_ == "NOUN" and not head.ent_type_


def concrete(head: Token) -> bool:
    """Whether a noun names something concrete: by its first sense or by half of its senses; more
    than half when its first sense is a thing said or thought ('attacked the Tory plans', 'attacking
    the lies' are words; 'struck targets' is not)."""
    if head.lower_ in SENSES.demonstratives and head.tag_ == "DT":
        return False                       # 'we are fighting this': a thing or a claim, never a party
    return _mostly_concrete(noun_classes(head))


def _mostly_concrete(classes: list[str]) -> bool:
    """Concrete (a party, a place or property: ``argkinds``) by the first of these classes or by
    half of them; more than half when the first is a thing said or thought."""
    return classes_fit(classes, CONCRETE)


PARTY_NAME_ENTS = ("PERSON", "NORP", "ORG", "GPE")   # names of parties an expulsion may move


def party(obj: Token) -> bool:
    """Whether an object phrase names a party: a name in it ('Haiti's efforts', 'Palestinian
    detainees') or a concrete head ('positions', 'homes'). A span of time ('time_ents' of
    ``figures``) is no name ('it could take
    several months for the panel to report', 'spent three days'): the verb measures how long, and
    acts on no one."""
    names = (t for t in obj.subtree if t.ent_type_ not in FIGURES.time_ents)
    return any(t.ent_type_ or t.pos_ == "PROPN" for t in names) or bool(noun_classes(obj)) and concrete(obj)


def fits_object(head: Token, kind: str, governed: bool = False) -> bool:
    """Whether a direct object can be the party an event of type KIND acts upon (a possessor the
    parser took for the object stands for the noun it owns: ``figures.possessed_noun``). An act that
    uses no force, first an act by WordNet (``figures.course_opposed``), is a course a verb of force
    opposes, not a party it strikes: 'the company is fighting opposition to new stores' campaigns.
    Otherwise the object must be of a kind the type acts upon (``argkinds``; GOVERNED: the object of
    a verb the trigger governs)."""
    head = possessed_noun(head)
    if kind in SENSES.measure_object_types and measured(head):
        return False
    if course_opposed(head, kind):
        return False                       # 'is fighting opposition to new stores': a course opposed, no one attacked
    if kind in SENSES.party_phrase_types:
        classes = noun_classes(head)
        return party(head) or bool(classes) and classes[0] in SENSES.deed_classes and not charged_for(head)
    return fits_target(head, kind, governed=governed)       # 'met the needs', 'struck a deal': the type's target kinds


def charged_for(obj: Token) -> bool:
    """Whether a direct object's verb states the charge in a 'charge_preps' phrase ('blamed a poor
    stock market performance for the cut'): the object is then the one accused, not the deed
    condemned, so a deed or a state there is a cause given for an outcome, no party accused, unless
    the phrase names people or a body by a common noun ('blamed the strike by baggage handlers').
    The parser hangs the charge phrase on the verb or on the object."""
    if any(party_word(x.lemma_.lower()) for x in obj.subtree if x.pos_ == "NOUN"):
        return False
    return obj.dep_ in ("dobj", "obj") and any(
        p.dep_ == "prep" and p.lower_ in SENSES.charge_preps and any(x.dep_ in ("pobj", "pcomp") for x in p.children)
        for p in (*obj.head.children, *obj.children))


def nonspecific_object(v: Token) -> bool:
    """Whether a verb's direct object is an indefinite pronoun of free choice or of all or none
    ('nonspecific_pronouns': 'would not forgive anybody who ...', 'will not fund anything'): the act
    is said of any party at all, a disposition or a rule, no act toward a party ('someone' may be
    one person not named, and is not one of them)."""
    return any(c.dep_ in ("dobj", "obj") and c.lower_ in SENSES.nonspecific_pronouns for c in v.children)


def asks_the_hearers(kind: str, v: Token) -> bool:
    """Whether a verb of request ('request_types') is addressed only to the hearers, its object or
    dative a pronoun of the second person ('hearer_pronouns') with no name set beside it ('"As we
    mourn his passing, I ask you to keep Charlie's family in your hearts and prayers"'): a speaker
    exhorts an audience, a statement, no request between parties. The caller asks it only when no
    party was named for the pronoun ('"I ask you, Mr President, ..."' names one)."""
    if kind not in SENSES.request_types or v.pos_ != "VERB":
        return False
    hearers = [c for c in v.children if c.dep_ in ("dobj", "obj", "dative", "iobj")]
    return bool(hearers) and all(c.lower_ in SENSES.hearer_pronouns and not any(x.dep_ == "appos" for x in c.children)
                                 for c in hearers)


def measured(obj: Token) -> bool:
    """Whether a verb's object is an amount or a rate by its own first sense ('increase the
    penetration rate'; a holding may be exchanged: 'swapped a 6% stake'), not a number of people,
    with no party named to receive it ('lent Russia $6bn')."""
    receiver = any(c.dep_ in ("dative", "iobj") for c in obj.head.children)
    return head_class(obj) in SENSES.measure_object_classes and not people(obj) and not receiver


def scale_change(v: Token) -> bool:
    """Whether a verb moves an amount from a figure, by itself ('fraud dropped from 10,276 cases')
    or, with an object, to another figure ('raised rates from 4.5% to 4.75%'): a change on a scale,
    data, not an act ('withdrew 3,000 troops from five bases' moves its object to no figure)."""
    preps: dict[str, list[Token]] = {}
    top = [c for c in v.children if c.dep_ == "prep"]
    for p in top + [c for t in top for c in t.children if c.dep_ == "prep"]:     # 'from 4.5% to 4.75%'
        preps.setdefault(p.lower_, []).extend(c for c in p.children if c.dep_ == "pobj")
    objects = [c for c in v.children if c.dep_ in ("dobj", "obj")]
    for start, ends in SENSES.scale_preps.items():
        if any(_figure(x) for x in preps.get(start, [])) and \
                (not objects or any(_figure(y) for e in ends for y in preps.get(e, []))):
            return True
    return False


def gives_words(v: Token, kind: str) -> bool:
    """Whether a verb of aid hands over only a thing said or known: what it gives (``_given``) is,
    by its first sense, a report or knowledge ('supplied us with elements of positive results',
    'provided details', 'the estimates were provided by the ministry'), not goods, money or services
    ('supplied us with tents', 'provided $2m', 'tents were supplied by the army')."""
    if kind not in SENSES.gift_types:
        return False
    given = _given(v)
    return bool(given) and head_class(given[0]) in SENSES.said_gift_classes


def gives_a_quality(v: Token, kind: str) -> bool:
    """Whether a verb of aid hands over no goods, money, service or people: what it gives
    (``_given``) is a common noun of none of the 'gift_kinds' (``argkinds``) by its first sense or
    by half of its senses — a chance, a feeling, a power, time ('will give private companies the
    chance to build schools', 'gave investors confidence', 'give head teachers control over
    funding'): WordNet's sense of causing to have a state, no assistance. 'Gave aid' (first a
    quality in WordNet, but mostly an act or a holding), 'provided relief', 'gave $2m' stay. A
    plural is read by the plural WordNet lists ('will provide graphics': first a thing shown, the
    features of a product, where 'graphic' is a drawing; ``written_classes``, senses30)."""
    if kind not in SENSES.gift_types:
        return False
    given = _given(v)
    if not given or given[0].ent_type_ or given[0].pos_ != "NOUN":
        return False
    return not classes_fit(written_classes(given[0]), kind_classes(ARGS.gift_kinds))


def _given(v: Token) -> list[Token]:
    """What a verb of aid gives: its 'gift_preps' phrase ('supplied us with tents'), else its
    object, else its passive subject."""
    return [c for p in v.children if p.dep_ == "prep" and p.lower_ in SENSES.gift_preps
            for c in p.children if c.dep_ == "pobj"] or [c for c in v.children if c.dep_ in ("dobj", "obj")] \
        or [c for c in v.children if c.dep_ == "nsubjpass"]


def _figure(tok: Token) -> bool:
    """A number or an amount ('10,276 cases', '4.5%', '$2bn')."""
    return tok.like_num or tok.ent_type_ in SENSES.amount_types or any(
        c.dep_ in ("nummod", "quantmod") or c.like_num for c in tok.children)


def handed_over(head: Token) -> bool:
    """Whether a support verb's object is something handed over or acted upon by its first sense
    ('gave $1m', 'took the town', a name, a noun WordNet lacks), not a noun that carries the
    meaning itself ('taken delivery', 'gave the impression', 'face a jail sentence')."""
    classes = noun_classes(head)
    return not classes or classes[0] in CONCRETE | SENSES.possession_classes


def fits_content(head: Token, kind: str) -> bool:
    """Whether what is warned of ('of X') can be the content of an event of type KIND."""
    classes = noun_classes(head)
    return kind not in SENSES.content_types or not classes or classes[0] in SENSES.content_classes


def idiom(v: Token) -> bool:
    """Whether a verb and the noun phrase after it make a multi-word verb of WordNet ('the meeting
    took place', 'pulled the plug', 'took part'): its sense is the idiom's, not the verb's. A
    possessive inside the phrase fills WordNet's "one's" or "someone's" ('broke his heart', 'kept
    their distance')."""
    rests = IDIOMS.idioms.get(v.lemma_.lower())
    if not rests:
        return False
    for c in (c for c in v.children if c.dep_ in IDIOM_DEPS and c.i > v.i):
        noun = next((x for x in c.children if x.dep_ == "pobj"), None) if c.dep_ == "prep" else c
        if noun is None or noun.i - v.i > 6:
            continue
        span = v.doc[v.i + 1:noun.i + 1]
        words = [t.lower_ for t in span]
        owned = [POSSESSIVE_SLOT if t.dep_ == "poss" else t.lower_ for t in span[:-1]]
        forms = (words, words[:-1] + [noun.lemma_.lower()], owned + [noun.lemma_.lower()],
                 [SOMEONES if w == POSSESSIVE_SLOT else w for w in owned] + [noun.lemma_.lower()])
        if any(" ".join(f) in rests for f in forms):
            return True
    return False


def names_no_act(v: Token) -> bool:
    """Whether a verb names a state, not an act: its first sense is in one of the 'inactive_classes'
    ('carers must not be out of pocket', 'Britain must be more generous'), or in one of the
    'mental_classes' over a clause ('they must realise they cannot prevent every attack'): a thought
    about what is so is held, not done ('must accept the inspectors' is an act)."""
    cls = verb_state(v)
    if cls in SENSES.inactive_classes:
        return True
    return cls in SENSES.mental_classes and any(c.dep_ in ("ccomp", "xcomp") for c in v.children) \
        and not any(c.dep_ in ("dobj", "obj") for c in v.children)


def possessed_noun_as_verb(v: Token) -> bool:
    """Whether a verb is the head noun of a possessed phrase the parser split: it has no subject, and
    the word just before it is a noun or a number with a possessor ('poss') that hangs elsewhere
    ('sampled from Martika's 1980s hit Toy Soldiers': the parser made '1980s' the noun and 'hit' a
    verb). A verb has no possessor: the word names a thing (WordNet's noun 'hit', a song), no act."""
    if v.pos_ != "VERB" or v.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in v.children):
        return False
    before = v.doc[v.i - 1]
    return before.pos_ in ("NOUN", "NUM", "PROPN") and before.head is not v and \
        any(c.dep_ == "poss" for c in before.children)


def acted_on(event: Token, noun: Token | None, kind: str = "") -> Token | None:
    """What a material act acts upon: the verb's object ('attacked the plans'), or its passive
    subject for a type that reads it as its object (``argkinds``: 'the plans were attacked by the
    Tories'), or the 'on'/'against' phrase of its event noun or the verb that launches it ('launched
    an attack on the cost of asylum')."""
    if noun is None:
        obj = next((c for c in event.children if c.dep_ in ("dobj", "obj")), None)
        return obj if obj is not None or kind not in ARGS.passive_types else passive_target(event, [])
    preps = [c for w in dict.fromkeys((noun, event)) for c in w.children
             if c.dep_ == "prep" and c.lower_ in SENSES.acted_on_preps]
    return next((c for p in preps for c in p.children if c.dep_ == "pobj"), None)


def verbal_type(kind: str, event: Token, noun: Token | None, key: list[Token]) -> str | None:
    """The type a material act takes when it acts on words, ideas, costs or rules ('attacked
    government red tape', 'an attack on the cost of asylum'): the verbal type of 'verbal_types'
    when the trigger word has a sense of criticising (WordNet's 'criticize' and its troponyms:
    'attack', 'blast'; for an event noun, the verb it is), else None ('break the link' is no
    attack); KIND itself when it acts on a party, a place or a thing (a name, a pronoun, a noun
    WordNet lacks), or names none, or the noun is part of the trigger's KEY ('opened fire')."""
    verbal = SENSES.verbal_types.get(kind)
    if verbal is None:
        return kind
    words = said_with(event) if noun is None else None
    if words is not None:
        return verbal if criticises(words) else None
    if noun is None and verb_lemma(event) in VERBS.critical and \
            (attacked_in_words(event) or judged_as(event) or judged_on_grounds(event)):
        return verbal
    target = acted_on(event, noun, kind)
    if target is not None and target.pos_ == "ADJ" and noun is None:
        target = described_noun(target, event) or target      # 'attacked Labour's "unfair" ... taxes'
    if target is None or target in key:
        return kind
    if demonstrative(target):
        return verbal if verb_lemma(event) in VERBS.critical else None   # 'that has been attacked as too little'
    own = token_classes(target)
    collection = not own or bool(SENSES.collection_classes & set(own))     # 'scores of refugees', 'many of them'
    if _mostly_concrete(noun_classes(target) if collection else own):   # the cost of a system is a cost
        return kind
    word = noun if noun is not None else event
    verbs = {word.lemma_.lower(), *event_verbs(word.lemma_.lower())} if noun is not None else {verb_lemma(word)}
    return verbal if verbs & VERBS.critical else None


def attacked_in_words(v: Token) -> bool:
    """'Mr Prescott attacked the Tories, saying they would cut services', 'I am being attacked by
    people who think we ought to promise more': an act done while speaking (a participle of a verb of
    speech hung on the verb) or by doers named by what they say or think (a relative clause of a verb
    of speech or of thought, by its first WordNet sense, on the subject or the 'by' phrase) is done
    in words: criticism, not force."""
    speaking = any(c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG" and spoken(c) for c in v.children)
    doers = [c for c in v.children if c.dep_ == "nsubj"]
    doers += [d for a in v.children if a.dep_ == "agent" for d in a.children if d.dep_ == "pobj"]
    minded = any(r.dep_ == "relcl" and (spoken(r) or verb_state(r) == "cognition") for d in doers for r in d.children)
    return speaking or minded or _body_blamed(v)


def judged_as(v: Token) -> bool:
    """'That has been attacked by the Tories as too little, too late', 'attacked the plans as
    unworkable': an 'as' phrase that describes what is attacked by an adjective or an adverb is a
    judgement said of it, as an object predicate is (``names_as``): criticism, not force. An 'as'
    phrase of a noun ('attacked as part of a campaign') or a clause ('as it passed') says nothing
    of the kind."""
    return any(p.dep_ == "prep" and p.lower_ == "as" and any(x.dep_ in ("pcomp", "pobj", "amod", "acomp")
                                                             and x.pos_ in ("ADJ", "ADV") for x in p.children)
               for p in v.children)


def _body_blamed(v: Token) -> bool:
    """'Duncan Bannatyne attacked the government over Iraq': a person named who attacks a body (a
    name of 'body_name_ents' or a common noun first of the 'body_classes') over, about or for a
    topic ('topic_preps') criticises it; one person uses no force on a government."""
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in v.children if c.dep_ in ("dobj", "obj")), None)
    if subj is None or obj is None or subj.ent_type_ != "PERSON" or subj.tag_ in ("NNS", "NNPS"):
        return False
    body = obj.ent_type_ in SENSES.body_name_ents or obj.pos_ == "NOUN" and first_class(obj.lemma_.lower()) in SENSES.body_classes
    topic = any(p.dep_ == "prep" and p.lower_ in SENSES.topic_preps and any(x.dep_ == "pobj" for x in p.children)
                for h in (v, obj) for p in h.children)
    return body and topic


def said_with(v: Token) -> Token | None:
    """The words a verb's act is done with: the head of its 'instrument_preps' phrase, or of that
    phrase's 'of' phrase ('bombarded him with a barrage of requests'), whose first WordNet sense is
    a thing said or thought; None when it is done with a thing ('struck him with a hammer') or with
    nothing named. Words are not blows: the act is verbal."""
    for p in (c for c in v.children if c.dep_ == "prep" and c.lower_ in SENSES.instrument_preps):
        for head in (c for c in p.children if c.dep_ == "pobj"):
            inner = next(iter(of_objects(head)), None)
            said = [w for w in (inner, head) if w is not None and head_class(w) in SENSES.thing_classes]
            if said:
                return said[0]
    return None


def criticises(words: Token) -> bool:
    """Whether a noun of words is a criticism: it is, or derives from, a verb with a sense of
    criticising ('criticism' from 'criticize', 'abuse'), not a request or a question."""
    lemma = words.lemma_.lower()
    return bool({lemma, *event_verbs(lemma)} & VERBS.critical)


def talks_of(kind: str, mode: str | None, v: Token) -> bool:
    """Whether a verb coded MOBILIZE by its object alone (forces or weapons, 'force_modes', with no
    code of its own in the CAMEO dictionary or the hand lexicon) is, by its first WordNet sense, a
    verb of speech ('the cabinet discussed military action', 'mentioned the troops') or of thought
    ('deliberation_classes': 'debated military action') with the forces for its object: it talks or
    thinks of forces, it moves none; the forces are its topic, not what it readies. Forces as the
    passive subject of such a verb are what a report is about ('troops are understood to have been
    put on standby'), not its topic."""
    lemma = v.lemma_.lower()
    coded = lemma in TRIGGERS.control or _hand_coded(lemma)
    topical = spoken(v) or verb_state(v) in SENSES.deliberation_classes
    has_object = any(c.dep_ in ("dobj", "obj") for c in v.children)
    return kind == "MOBILIZE" and mode in SENSES.force_modes and topical and has_object and not coded


def deliberates(kind: str, v: Token, cameo_only: bool) -> bool:
    """Whether a verb only the CAMEO dictionary codes (CAMEO_ONLY: no entry of the hand lexicon) as
    a meeting or a consultation ('deliberation_types') names a thought by its first WordNet sense
    ('deliberation_classes': 'the air force is considering the purchase of used jets'): a party's
    own deliberation, held with no one."""
    return kind in SENSES.deliberation_types and cameo_only and v.pos_ == "VERB" \
        and not _hand_coded(v.lemma_.lower()) \
        and verb_state(v) in SENSES.deliberation_classes


def names_a_state(kind: str, v: Token, cameo_only: bool) -> bool:
    """Whether a verb only the CAMEO dictionary codes (CAMEO_ONLY) as force ('stative_force_types':
    an attack, coercion, forces readied) names a state by its first WordNet sense ('inactive_classes':
    'the disappointments overshadowed the new targets', 'the firm dominates the market'): one
    thing stands over or against another, no party uses force. The
    hand lexicon's own verbs of force ('threaten', 'occupy') keep their entries, and so does a
    verb whose object is a party ('police contained the protesters': people held, a name)."""
    if kind not in SENSES.stative_force_types or not cameo_only or v.pos_ != "VERB" or _hand_coded(v.lemma_.lower()):
        return False
    held = undergoer(v)
    return verb_state(v) in SENSES.inactive_classes and (held is None or not (held.ent_type_ or people(held)))


def phrasal_sense(kind: str, v: Token, code: str | None) -> bool:
    """Whether a verb of force ('stative_force_types') coded with its CAMEO block's own code (CODE:
    no pattern of the block matched; no entry of the dictionary or the hand lexicon for the verb with
    its particle) carries a particle with which WordNet lists it as a verb of its own, first in one
    of the 'phrasal_inactive_classes' ('took on the far left Militant Tendency': 'take on' is first
    to assume, then to hire or to contend; 'prices shot up'): the phrasal verb's sense is not the
    bare verb's seizure or attack, which the block's code stands for; so does a verb WordNet lists
    with a preposition and a noun phrase (``phrase_idiom_class``: 'took Bob into their hearts', 'take
    to heart' is first a thought). 'Rounded up the protesters' ('round up': contact), 'shot down the
    plane' and 'put him to death' (social) keep their code."""
    if kind not in SENSES.stative_force_types or v.pos_ != "VERB":
        return False
    if block_coded(v, code) is None:
        return False
    lemma = v.lemma_.lower()
    if any(f"{lemma} {c.lower_}" in TRIGGERS.verbs for c in v.children if c.dep_ == "prt"):
        return False
    return (phrasal_class(v) or phrase_idiom_class(v)) in SENSES.phrasal_inactive_classes


def takes_no_party(kind: str, mode: str | None, v: Token, key: list[Token]) -> bool:
    """Whether a coercion that takes or holds a party (the 'COERCE/mode' targets of ``argkinds``:
    seize, arrest, deport) has an object, outside its key, that is no party, no place and no physical thing ('holding their stake
    as an investment', 'will not tolerate attacks'): a possession kept or a deed borne, no one taken.
    A name, a pronoun or a noun WordNet lacks is taken for a party ('arrested someone'), and a thing
    said on a medium for property (``argkinds.on_a_medium``: 'seized documents'). An expulsion
    ('expulsion_modes') moves people, so a concrete thing is no party to it (``_moves_people``)."""
    if not takes_a_party(kind, mode):
        return False
    obj = next((c for c in v.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None or obj in key or not noun_classes(obj):
        return False                       # 'arrested someone'
    if not party(obj):
        return not on_a_medium(obj, kind, mode)   # 'police seized documents': property, words on a medium
    return mode in SENSES.expulsion_modes and not _moves_people(obj)


def _moves_people(obj: Token) -> bool:
    """An expulsion's object ('expulsion_modes'): a name in its own phrase (no clause, no phrase after
    a preposition) or people by a common noun's first sense ('deported 300 migrants', 'expelled the
    diplomats'); 'removed live skin stem cells from a frog' moves things."""
    own = [t for t in obj.subtree if not any(a.dep_ in ("prep", "relcl", "acl") for a in [t, *t.ancestors]
                                             if a.i != obj.i and obj in a.ancestors)]
    return any(t.ent_type_ in PARTY_NAME_ENTS for t in own) or people(obj)


def led_into_a_course(kind: str, mode: str | None, v: Token) -> bool:
    """Whether a coercion that takes a party (``argkinds.takes_a_party``) takes it into a course of
    action: a 'goal_preps' phrase whose object is first an act or an event by WordNet ('course_classes':
    'when he took the UK to war'). The party is led, not seized; 'taken into custody', 'taken to
    Guantanamo Bay', 'taken to hospital' name a state or a place and stay."""
    if not takes_a_party(kind, mode):
        return False
    for p in (c for c in v.children if c.dep_ == "prep" and c.lower_ in SENSES.goal_preps):
        for x in (c for c in p.children if c.dep_ == "pobj" and not c.ent_type_ and c.pos_ == "NOUN"):
            classes = token_classes(x)
            if classes and classes[0] in FIGURES.course_classes:
                return True
    return False


def ranked(kind: str, v: Token) -> bool:
    """Whether a verb of force ('contest_types') moves its object to a rank: a 'goal_preps' phrase
    names one by an ordinal or a superlative ('took UKIP into third place', 'lifted the firm to the
    biggest share of the market'): a place in a table, no force."""
    if kind not in SENSES.contest_types:
        return False
    return any(rank_noun(x) for p in v.children if p.dep_ == "prep" and p.lower_ in SENSES.goal_preps
               for x in p.children if x.dep_ == "pobj")


def attracts_rather_than_asks(kind: str, v: Token) -> bool:
    """Whether a verb of request ('request_types') names neither what is asked nor whom — no object,
    no clause, no 'request_preps' phrase — and has a phrase whose object is no party and nothing
    concrete ('will appeal right across the political spectrum'): the sense of attracting, no
    request. 'Will appeal against the ruling', 'appealed for calm', 'will appeal' alone stay."""
    if kind not in SENSES.request_types or v.pos_ != "VERB":
        return False
    if any(c.dep_ in ("dobj", "obj", "dative", "iobj", "ccomp", "xcomp") for c in v.children):
        return False
    preps = [c for c in v.children if c.dep_ == "prep"]
    if any(p.lower_ in SENSES.request_preps for p in preps):
        return False
    return any(abstract_noun(x) for p in preps for x in p.children if x.dep_ == "pobj")


def attracts_an_audience(kind: str, v: Token) -> bool:
    """Whether a verb of request ('request_types') names only those it is addressed to — no object,
    no clause, no phrase of the request prepositions but 'audience_preps' — and they, or the one
    who appeals, can neither ask nor be asked: the one addressed is a common noun first no person or
    group ('We want to appeal to core fans', a 'fan' being first a device; 'is not appealing to the
    majority of online shoppers', a proportion), or the doer is a thing ('this will appeal to anyone
    using Opera'). A thing appeals to its audience, WordNet's sense of attracting; 'appealed to the
    kidnappers', 'appealed to the court' and 'appealed to him to stay' stay requests."""
    if kind not in SENSES.request_types or v.pos_ != "VERB":
        return False
    if any(c.dep_ in ("dobj", "obj", "dative", "iobj", "ccomp", "xcomp") for c in v.children):
        return False
    preps = [c for c in v.children if c.dep_ == "prep" and c.lower_ in SENSES.request_preps]
    if not preps or any(p.lower_ not in SENSES.audience_preps for p in preps):
        return False
    addressed = [x for p in preps for x in p.children if x.dep_ == "pobj"]
    subject = next((c for c in v.children if c.dep_ == "nsubj"), None)
    return bool(addressed) and (all(_first_a_thing(x) for x in addressed) or _a_thing_appeals(subject))


def _first_a_thing(x: Token) -> bool:
    """A common noun first neither a person nor a group ('fans' is first a device, 'the majority' a
    proportion, 'the service'): nothing that can ask or be asked."""
    classes = token_classes(x)
    return x.pos_ == "NOUN" and not x.ent_type_ and bool(classes) and classes[0] not in SENSES.agent_classes


def _a_thing_appeals(subject: Token | None) -> bool:
    """A doer that is a thing: a demonstrative or 'it', or a common noun first a thing
    (``_first_a_thing``: 'the service will appeal to ...')."""
    if subject is None:
        return False
    return subject.lower_ in SENSES.demonstratives or subject.lower_ in SENSES.thing_pronouns or _first_a_thing(subject)


def stance_said(kind: str, v: Token) -> list[Token] | None:
    """What a verb of a stance ('stance_types': PLOVER SUPPORT, AGREE, REJECT) whose first WordNet
    sense is one of speech ('defend', 'dismiss', 'argue', 'agree') says, when it says a thing
    rather than acting on a party: its objects (direct, or of a 'stance_preps' phrase) when every
    one is first a view, a record, a plan, a decision or a fear ('stance_classes': 'defended his
    record', 'dismissed fears', 'agreed with the view'), or its clause ('argued that ministers
    should ...'), with the hearers a common noun describes ('sought to reassure Labour
    backbenchers that ...': no party acted on; hearers named keep the event, 'promised Gordon
    Brown he would stand down'); None otherwise. Issue 14: such a verb reports a statement,
    which the statements room holds, not PLOVER's speech act; the caller keeps it when a party
    is named outside what is said ('rejected the offer from Iran' is no stance: ``_stance_noun``)
    or parties act together."""
    if kind not in SENSES.stance_types or v.pos_ != "VERB" or not spoken(v):
        return None
    clause = [c for c in v.children if c.dep_ == "ccomp"]
    if clause and v.lemma_.lower() in TRIGGERS.assent_verbs:
        return None    # 'officials of the two states agreed that they should cooperate': ``assents_to_claim``
    if clause:     # 'sought to reassure backbenchers that ...'; 'promised Gordon Brown he would' names its party
        return clause + [c for c in v.children if c.dep_ in ("dobj", "obj", "dative", "iobj") and c.pos_ == "NOUN"]
    if any(c.dep_ in ("dative", "iobj") for c in v.children):
        return None
    said = [c for c in v.children if c.dep_ in ("dobj", "obj")] + [
        x for p in v.children if p.dep_ == "prep" and p.lower_ in SENSES.stance_preps
        for x in p.children if x.dep_ == "pobj"]
    return said if said and all(_stance_noun(x, kind) for x in said) else None


def deed_said(x: Token) -> bool:
    """An object of ``stance_said`` that is first an act ('stance_deed_classes': a deal, a
    decision, a purchase), whose parties named inside it are its partners, not the speaker's own."""
    return head_class(x) in SENSES.stance_deed_classes


def _stance_noun(x: Token, kind: str) -> bool:
    """A noun that names a stance, a thing said or thought or a party's own act ('stance_classes'
    by its first sense: 'his record', 'fears', 'the view', 'the decision'), not a document or an
    act between parties that the lexicon codes ('signed an agreement', 'dismissed both appeals',
    'rejected the offer': an event noun of the trigger lexicon, a 'document_nouns' noun, or a noun
    of a verb the lexicon codes); an act agreed ('agreed a deal') is the agreement itself. A thing
    defended or praised that is no party — a state, a quality, an object or a place by its first
    sense ('thing_stance_classes' of ``figures``: 'defending our national sovereignty', 'defended
    his party's campaign posters', 'defending that position') — is spoken of as well."""
    lemma, cls = x.lemma_.lower(), head_class(x)
    if SENSES.agent_classes & set(noun_classes(x)) or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in x.children):
        return False           # 'praised her Austrian counterpart, Karl Huber': a party, named beside it
    spoken_of = cls in SENSES.stance_classes or kind in FIGURES.thing_stance_types and cls in FIGURES.thing_stance_classes
    if not spoken_of or cls in SENSES.agreed_act_classes and kind == "AGREE":
        return False
    return lemma not in TRIGGERS.nouns and lemma not in TRIGGERS.document_nouns \
        and not any(_hand_coded(w) for w in event_verbs(lemma))


def _hand_coded(lemma: str) -> bool:
    """Whether the hand lexicon codes LEMMA, alone or as the first word of a phrasal entry."""
    return any(k == lemma or k.startswith(lemma + " ") for k in TRIGGERS.verbs)


def undergoer(v: Token) -> Token | None:
    """What a verb acts upon: its object, or its subject in the passive."""
    return next((c for c in v.children if c.dep_ in ("dobj", "obj", "nsubjpass")), None)


def doers(v: Token) -> list[Token]:
    """Who does what a verb says: its subject, and its 'by' agent in the passive."""
    return [c for c in v.children if c.dep_ == "nsubj"] + \
        [d for a in v.children if a.dep_ == "agent" for d in a.children if d.dep_ == "pobj"]


def abstract_noun(tok: Token) -> bool:
    """A common noun whose own first WordNet sense is no party and nothing concrete ('beat its
    savings target', 'reserves beat the debt', 'overcame the crisis'): a figure or a goal is
    surpassed, not struck."""
    cls = head_class(tok)
    return cls is not None and cls not in SENSES.agent_classes | CONCRETE


def dealing(head: Token) -> bool:
    """A common noun first an act or a holding by WordNet ('dealing_classes': 'sales', 'deliveries',
    'spending') that is itself no force or weapon of the CAMEO force sets: 'gun sales', 'arms
    deliveries' name a dealing in weapons, whose words only modify it."""
    if head.pos_ != "NOUN" or head.ent_type_ or head_class(head) not in SENSES.dealing_classes:
        return False
    word = head.lemma_.lower()
    return not any(word in CAMEO.noun_sets.get(name, frozenset()) for name in TRIGGERS.force_sets)


def rank_noun(tok: Token) -> bool:
    """A noun phrase that names a rank: a superlative or an ordinal in it ('the world's biggest
    carrier', 'the second-largest bank')."""
    return any(t.tag_ == "JJS" or t.ent_type_ == "ORDINAL" for t in tok.subtree)


def abandoned(kind: str, mode: str | None, event: Token) -> tuple[str, str | None]:
    """The type and mode of a withdrawal by what it leaves: an agreement, talks or a deal ('pulled
    out of an agreement to buy Fiat', 'withdrew from the talks': a thing agreed or said by its first
    WordNet sense, or an act with such a sense) ends a relation, CAMEO's 161/164, the
    'abandoned_types' type; territory, positions or an organisation keep KIND and MODE."""
    s = SENSES
    new = s.abandoned_types.get(kind)
    if new is None or mode != s.abandoned_mode:
        return kind, mode
    heads = [event] + [c for c in event.children if c.dep_ in ("prt", "prep") and c.lower_ == "out"]
    left = [x for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in s.left_preps
            for x in p.children if x.dep_ == "pobj"]
    classes = token_classes(left[0]) if left else []
    agreed = bool(classes) and (classes[0] in s.agreed_classes
                                or classes[0] == "act" and bool(s.agreed_classes & set(classes)))
    return (new, s.abandoned_mode) if agreed else (kind, mode)


def talks_with(v: Token, kind: str | None) -> bool:
    """'He discussed the election campaign with the prime minister', 'talked trade with Beijing':
    a verb of speech (its first WordNet sense in verb.communication) whose own CAMEO code is a
    consultation (``deliberation_types``; KIND, the type of its own code), with a party after a
    'partner_preps' preposition, consults that party whatever the topic: a pattern the topic noun
    matches ('election': CAMEO 0341) names what was discussed, not what was done."""
    return kind in SENSES.deliberation_types and spoken(v) and partner_prep(v) is not None


def partner_prep(v: Token) -> Token | None:
    """The 'partner_preps' preposition of a verb (or, as the parse often hangs it, of its object)
    whose object names a party: a name, something concrete, or a noun first a person or a group
    ('with the prime minister')."""
    heads = [v, *(c for c in v.children if c.dep_ in ("dobj", "obj"))]
    return next((p for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in SENSES.partner_preps
                 and any(x.dep_ == "pobj" and (party(x) or party_word(x.lemma_.lower())) for x in p.children)), None)


def counted_parties(subj: Token | None) -> bool:
    """Whether a subject names several parties by count, none by name ('the defense ministers of
    the two countries', 'leaders of both sides', 'foreign ministers of about fifty countries'):
    persons in the plural, of a plural counted by a number or one of the 'counted_words'. PLOVER
    codes a meeting among them with its actors unknown; the coder keeps it so."""
    if subj is None or subj.tag_ != "NNS" or not persons(subj):
        return False
    return any(o.tag_ == "NNS" and any(c.dep_ == "nummod" or c.lower_ in SENSES.counted_words for c in o.children)
               for o in of_objects(subj))


def public_at_large(noun: Token) -> bool:
    """A common noun of the public a party serves or courts at large (``audience_nouns``:
    'residents', 'customers', 'voters'), with no name in its phrase ('residents of Gaza',
    "Manchester United's shareholders" name a party): those a firm or a party consults are no
    second party to a meeting ('has been consulting with residents on the closures' is its own
    business)."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in SENSES.audience_nouns and \
        not any(x.ent_type_ or x.pos_ == "PROPN" for x in noun.subtree)


def between_parties(kind: str, subj: Token | None, words: list[Token]) -> bool:
    """Whether an act of a type held between parties ('between_types': a meeting, talks) has them:
    parties coordinated or named in the plural in its subject ('EU finance ministers meet', 'they
    met'), or a partner after 'with' named by a common noun ('held a meeting with senior union
    figures'); one party alone ('the union's executive was due to meet', 'the TGWU is holding
    talks', a speaker's 'we are consulting on new rules') holds its own business, no event, unless
    a partner, target or place is named; the public at large after 'with' is no partner
    (``public_at_large``). WORDS:
    the trigger's words, whose phrases may name the partner."""
    if kind not in SENSES.between_types or subj is None:
        return True
    plural = subj.tag_ in ("NNS", "NNPS", "CD") or subj.lower_ in SENSES.plural_pronouns
    partner = any(c.dep_ == "prep" and c.lower_ in SENSES.partner_preps and
                  any(x.dep_ == "pobj" and not public_at_large(x) for x in c.children)
                  for w in words for c in w.children)
    return plural or partner or any(c.dep_ == "conj" for c in subj.children)


def befallen_by_nature(v: Token, kind: str) -> bool:
    """'More than 100,000 people are believed to have been killed in Indonesia, the country closest
    to the earthquake which triggered the great wave': an act of force suffered in the passive by a
    number of people (its subject counted: a numeral, or a noun of quantity by its first WordNet
    sense, 'dozens') with no doer named (no 'by' phrase), in a sentence that names a force of nature
    (``_natural_word``: an earthquake, a tsunami, a flood, a storm) and no attack (an event noun of
    the trigger lexicon of the same type: 'were killed in a bomb attack during the storm') is a
    disaster's toll; no party acted, and PLOVER codes no event. 'Police were attacked during the
    floods' counts no toll and stays."""
    passive = any(c.dep_ == "auxpass" for c in v.children) and not any(c.dep_ == "agent" for c in v.children)
    subj = next((c for c in _raised_subjects(v) if c.dep_ == "nsubjpass"), None)
    if not passive or subj is None or not _counted(subj):
        return False
    nouns = [w for w in v.sent if w.pos_ == "NOUN" and w != v]
    attacked = any(spec.type == kind for w in nouns for k in (w.lemma_.lower(), w.lower_)
                   if (spec := TRIGGERS.nouns.get(k)) is not None)
    return not attacked and any(_natural_word(w.lemma_.lower()) for w in nouns)


def _raised_subjects(v: Token) -> list[Token]:
    """The subjects of a verb and of the verbs whose 'to'-complement it is ('people are believed
    [to have been killed]')."""
    out = []
    while True:
        out += [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        if v.dep_ != "xcomp" or v.head == v:
            return out
        v = v.head


def _counted(noun: Token) -> bool:
    """A noun counted by a numeral ('100,000 people', 'at least 2,000 people'), a numeral itself, or a
    noun of quantity by its first WordNet sense ('dozens', 'scores')."""
    return noun.like_num or noun.pos_ == "NUM" or any(c.dep_ == "nummod" for c in noun.children) \
        or first_class(noun.lemma_.lower()) == "quantity"
