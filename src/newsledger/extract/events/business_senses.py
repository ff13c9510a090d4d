"""Senses of a verb that make its act a party's own business, not an event between parties: founding
or managing a body, touring venues, campaigning for a seat, charging an amount, hunting, contesting a
race or a rank, selling its own goods, joining or admitting members, authorising, naming. Each reads
the verb's arguments by their WordNet classes and the data of ``event_senses.json``, as ``senses``
does; ``find.other_sense`` drops a trigger any of them describes. Split from ``senses`` (which had
grown past a thousand lines) with behaviour unchanged."""
from __future__ import annotations

from spacy.tokens import Token

from ...nlp.wordnet import VERBS, WORDNET, compound_noun, head_class, of_objects, party_word, spoken, verb_lemma
from .cameo import block_coded
from .fields import party_named
from .figures import FIGURES
from .senses import SENSES, abstract_noun, doers, party, people, persons, rank_noun, undergoer
from .triggers import noun_spec


def founds_a_body(v: Token, code: str | None) -> bool:
    """Whether a verb of founding ('creation_blocks' of the CAMEO dictionary), coded with its block's
    own code (CODE: no pattern of the block matched), has for its object or passive subject a body
    it brings into being ('created_types': 'Jet Airways was founded by Naresh Goyal'), with one
    founder, not parties coordinated ('Russia and China founded the SCO' cooperate): the body did
    not exist to take part, so the founding describes it and is no interaction."""
    if block_coded(v, code) not in SENSES.creation_blocks:
        return False
    created = undergoer(v)
    founders = doers(v)
    together = any(c.dep_ == "conj" for f in founders for c in f.children)
    return created is not None and _a_body(created, v) and not together


def _a_body(created: Token, v: Token) -> bool:
    """A body brought into being: a name of the 'created_types' ('Jet Airways was founded'), or a
    common noun whose own first WordNet sense is a group ('founded another company called
    Information Appliance'), which is made, not met, when the founding is stated, not asked for or
    intended through a 'to'-clause ('urged the government to set up a task force' is a request)."""
    return created.ent_type_ in SENSES.created_types or v.dep_ != "xcomp" and \
        not created.ent_type_ and created.pos_ == "NOUN" and head_class(created) == "group"


def manages_a_body(v: Token, code: str | None) -> bool:
    """Whether a verb of running a body ('managing_blocks' of the CAMEO dictionary: 'lead', 'head',
    'govern', 'manage'), coded with its block's own code (CODE: no pattern of the block matched),
    has a body for its object ('Lord Kinnock led Labour between 1983 and 1992', 'she heads the
    civil service'): a post held in it, the body's own business, no cooperation between parties.
    One party's own act that runs another body by a pattern of the dictionary keeps its code."""
    if block_coded(v, code) not in SENSES.managing_blocks:
        return False
    obj = next((c for c in v.children if c.dep_ in ("dobj", "obj")), None)
    return obj is not None and _body(obj)


def directs_a_work(v: Token, code: str | None) -> bool:
    """Whether a verb of running ('managing_blocks'), coded with its block's own code, that WordNet
    also lists in verb.creation ('direct': to guide the actors in plays and films; 'conduct', 'lead':
    a performance) runs what is no body, no act and no people: its object is no body
    (``_body``), no common noun first a person and no event noun of the trigger lexicon, and no
    party stands in a phrase of the verb or follows in a 'to'-clause ('Alexander Payne, who directed
    the 2002 hit About Schmidt', 'Michels led the Dutch at the 1974 World Cup'). Making a film or
    leading one's own team is one's own work, no cooperation between parties; 'led Labour' is a post
    (``manages_a_body``), 'directed Mr Sullivan to hide' a request, 'conducted talks with Iran' a
    meeting."""
    if block_coded(v, code) not in SENSES.managing_blocks or verb_lemma(v) not in VERBS.creation:
        return False
    obj = next((c for c in v.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None or _body(obj) or obj.pos_ == "NOUN" and (people(obj) or noun_spec(obj) is not None):
        return False
    return not any(c.dep_ in ("xcomp", "ccomp", "dative") for c in v.children) and not any(
        x.ent_type_ in SENSES.body_name_types | {"PERSON"} or people(x)
        for p in v.children if p.dep_ == "prep" for x in p.children if x.dep_ == "pobj")


def visits_a_venue(kind: str, mode: str | None, v: Token) -> bool:
    """Whether a visit ('venue_types' of a 'venue_modes' mode) goes to a thing, not a party: its
    object, or the object of its 'to' phrase, is a common noun first one of the 'venue_classes' by
    WordNet ('Mr Straw was in India visiting Sikhism's holiest shrine', 'visited the tomb of Yasser
    Arafat'). PLOVER's CONSULT is a meeting or a visit between parties; a building toured names
    no party met, and so do places in the plural that nothing names, whatever the mode of the
    visit (``_places_toured``: 'visiting a mixture of rural seats', 'toured marginal seats'). A
    name ('visited the White House', 'the Kremlin') may stand for the body that sits there and is
    left to the parties' rules, and so is a thing whose owner is named (``_owner_named``: 'the
    headquarters of NATO')."""
    if kind not in SENSES.venue_types:
        return False
    objs = [c for c in v.children if c.dep_ in ("dobj", "obj")]
    objs += [x for p in v.children if p.dep_ == "prep" and p.lower_ == "to" for x in p.children if x.dep_ == "pobj"]
    venue = mode in SENSES.venue_modes
    return any(o.pos_ == "NOUN" and (venue and head_class(o) in SENSES.venue_classes or _places_toured(o))
               and not _owner_named(o) for o in objs)


def _places_toured(obj: Token) -> bool:
    """Places in the plural that no name or owner picks out, alone or as the 'of' phrase of a
    quantity ('is visiting a mixture of rural seats ... and urban areas', 'will tour marginal
    constituencies'): a round of places, none of them a party met; one place ('visited the region')
    may stand for the body the text names, and stays."""
    place = obj if head_class(obj) in SENSES.place_classes else next(iter(of_objects(obj)), None)
    return place is not None and place.tag_ == "NNS" and not place.ent_type_ \
        and head_class(place) in SENSES.place_classes and not _owner_named(place)


def _owner_named(obj: Token) -> bool:
    """Whether a thing's owner is a party named in its phrase, by a possessive or an 'of' phrase
    ('the headquarters of NATO', "the minister's office"): a visit there is a visit to that party."""
    owners = [c for c in obj.children if c.dep_ == "poss"] + of_objects(obj)
    return any(o.ent_type_ or o.pos_ == "PRON" or people(o) for o in owners)


def campaigns_for_a_seat(kind: str, v: Token) -> bool:
    """Whether a verb of conflict ('campaign_types') is done at or in an election on a seat: its
    direct object a common noun whose first WordNet sense is a place ('place_classes': 'is
    to contest the Derbyshire seat of Erewash at the next general election', 'is to target nine
    marginal Labour seats at the General Election'), and a contest of WordNet's 'contests' after one
    of the 'contest_preps' on the verb or on that object. Standing or campaigning for a seat is an
    electoral race, which PLOVER codes as no event; 'attacked Labour at the election' names a party
    and 'attacked polling stations in the election' a thing made, and they stay."""
    if kind not in SENSES.campaign_types:
        return False
    obj = next((c for c in v.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None or obj.pos_ != "NOUN" or obj.ent_type_ or head_class(obj) not in SENSES.place_classes:
        return False
    return any(p.dep_ == "prep" and p.lower_ in SENSES.contest_preps and any(_election(x) for x in p.children if x.dep_ == "pobj")
               for h in (v, obj) for p in h.children)


def party_takes_or_holds(kind: str, v: Token, code: str | None) -> bool:
    """Whether a verb of CAMEO's blocks of taking and holding ('seat_blocks': take, seize, capture,
    hold), coded with its block's own code (no pattern matched), is done by a political party named
    as its doer (``fields.party_named``): a party as such has no force to seize or detain, and what
    it takes or holds is a seat, a vote or a lead at elections ('Erewash had been held by the Tories
    since 1970', 'the Liberal Democrats will take three key seats from the Conservatives') — an
    electoral race, which PLOVER codes as no event, as ``campaigns_for_a_seat`` reads one fought.
    'Rebels took the town', 'troops held the city', 'police held the suspects' name no party and
    stay."""
    if kind not in SENSES.campaign_types or block_coded(v, code) not in SENSES.seat_blocks:
        return False
    return any(party_named(d) for d in doers(v))


def _election(tok: Token) -> bool:
    """A contest of WordNet's 'contests' ('the next general election', 'the polls'), read by its
    lemma whether the parser took it for a common noun or a name ('the General Election')."""
    return bool({compound_noun(tok), tok.lemma_.lower(), tok.lower_} & WORDNET.contests)


def charges_an_amount(kind: str, v: Token) -> bool:
    """Whether a verb of a 'price_types' type has an amount for a direct object ('could charge the
    companies up to 10% of their turnover', 'charged them £500'), or is a verb of payment
    (``asks_a_price``): a price or a penalty asked, no accusation ('charged the mayor with fraud'
    accuses)."""
    return kind in SENSES.price_types and (any(
        c.dep_ in ("dobj", "obj") and c.ent_type_ in SENSES.amount_types for c in v.children) or asks_a_price(v))


def asks_a_price(v: Token) -> bool:
    """Whether a verb WordNet also lists in the sense of demanding payment ('payment_verbs': 'charge',
    'bill'), with no phrase of the accusation ('accusation_preps': 'with', 'over'), asks a price: its
    object is a price ('charging 50% income tax to those earning more': first one of the
    'price_classes'), an amount stands beside its object ('charged users £2 a minute'), or its
    object is the people at large who pay ('has not ruled out charging people who want to keep this
    toolkit up to date': a bare plural first a person or a group). A crime is charged to persons named
    or counted ('charged a 25-year-old man', 'charged nine food suppliers with helping')."""
    if verb_lemma(v) not in SENSES.payment_verbs or v.pos_ != "VERB":
        return False
    if any(c.dep_ == "prep" and c.lower_ in SENSES.accusation_preps for c in v.children):
        return False
    obj = next((c for c in v.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None:
        return False
    amount = any(c.dep_ == "npadvmod" and c.ent_type_ in SENSES.amount_types for c in v.children)
    return amount or head_class(obj) in SENSES.price_classes or _people_at_large(obj)


def _people_at_large(noun: Token) -> bool:
    """A bare plural common noun first a person or a group ('people', 'users', 'customers'): no
    determiner, number or possessive picks out whom."""
    bare = not any(c.dep_ in ("det", "nummod", "poss") for c in noun.children)
    return noun.tag_ == "NNS" and not noun.ent_type_ and bare and head_class(noun) in SENSES.agent_classes


def hunts(kind: str, v: Token) -> bool:
    """Whether a verb of force against a party ('prey_types') acts on animals: its object or passive
    subject is first an animal by WordNet ('prey_classes': 'hunters shot 40 deer'), or what it is
    aimed at ('aimed_preps' of ``figures``: 'fire both barrels at some of the foxes'). Hunting or
    culling is no use of force against a party."""
    if kind not in SENSES.prey_types:
        return False
    aimed = [x for p in v.children if p.dep_ == "prep" and p.lower_ in FIGURES.aimed_preps
             for c in p.children if c.dep_ == "pobj" for x in (c, *of_objects(c))]
    return any(x is not None and head_class(x) in SENSES.prey_classes for x in (undergoer(v), *aimed))


def contested(kind: str, v: Token) -> bool:
    """Whether a verb of force ('contest_types') whose first sense is winning or overtaking in
    WordNet's verb.competition ('beat', 'overtake', 'defeat') is read in that sense by its
    arguments: a contest, a vote, a game or a market (WordNet's 'contests') for its object or in
    one of its 'contest_preps' phrases ('beat Labour at the polls', 'overtook Ford in the US
    market'), an object that is no party and nothing concrete ('beat its target'), a rank in one
    of its 'rank_preps' phrases ('overtook Boeing as the largest carrier'), a rank reached
    through a 'to'-clause (``_rank_reached``), or a score ('were beaten 3-1'). A win or a loss in a
    contest is no use of force, and PLOVER has no type for it."""
    if kind not in SENSES.contest_types or verb_lemma(v) not in VERBS.competition:
        return False
    args = [c for c in v.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    phrases = [(p, x) for p in v.children if p.dep_ == "prep" for x in p.children if x.dep_ == "pobj"]
    places = [x for p, x in phrases if p.lower_ in SENSES.contest_preps or p.i == x.i - 2]   # 'by-election' split
    return any(_contest(x) for x in args + places) or any(abstract_noun(x) for x in args) \
        or any(rank_noun(x) for p, x in phrases if p.lower_ in SENSES.rank_preps) or _score(v) or _rank_reached(v)


def _rank_reached(v: Token) -> bool:
    """Whether the verb's 'to'-clause is a copula ('rank_copulas') whose attribute names a rank ('China overtook the US
    to become Japan's biggest trading partner'): what the overtaking won is a place in a table, as a
    'rank_preps' phrase names it ('overtook Boeing as the largest carrier')."""
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in SENSES.rank_copulas and rank_noun(a)
               for c in v.children for a in c.children if a.dep_ in ("attr", "acomp"))


def _contest(tok: Token) -> bool:
    """A common noun WordNet files under a contest, a vote, a game or a market ('the polls',
    'the by-election', 'the US car market'), read with the word before it when the two are one noun,
    and whole when the parser splits it at a hyphen ('by - election', the 'by' taken for a
    preposition)."""
    if tok.pos_ != "NOUN" or tok.ent_type_:
        return False
    doc = tok.doc
    split = tok.i > 1 and doc[tok.i - 1].text == "-" and not doc[tok.i - 2].whitespace_
    joined = f"{doc[tok.i - 2].lower_}-{tok.lower_}" if split else None
    return bool({compound_noun(tok), tok.lemma_.lower(), tok.lower_, joined} & WORDNET.contests)


def _score(v: Token) -> bool:
    """Whether a verb's arguments carry a score: two numbers joined by a hyphen ('beat Leeds 2-0',
    'were beaten 3-1')."""
    doc = v.doc
    for c in (c for c in v.children if c.dep_ in ("npadvmod", "dobj", "obj", "advmod")):
        for t in c.subtree:
            if t.like_num and t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and doc[t.i + 2].like_num:
                return True
    return False


def sells_own_goods(kind: str, v: Token) -> bool:
    """Whether a verb of cooperation between parties ('own_goods_types') acts only on the actor's
    own goods: its object is first a product, a food or a substance by WordNet ('goods_classes')
    owned by a possessive pronoun ('Pfizer is still selling its Celebrex and Bextra products'),
    and no other party is named to receive or give it (a dative, or a name or people after one of
    the 'trade_partner_preps': 'sold its jets to Iran'; 'selling its products in Europe' names a
    market). The names inside the object are brands, not a partner: selling one's own products is
    a firm's routine business, which PLOVER codes as no event."""
    if kind not in SENSES.own_goods_types:
        return False
    obj = next((c for c in v.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None or head_class(obj) not in SENSES.goods_classes:
        return False
    owned = any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in obj.children)
    partner = any(c.dep_ in ("dative", "iobj") and c.pos_ != "ADP" for c in v.children) or any(
        x.ent_type_ or x.pos_ == "PROPN" or people(x)
        for p in v.children if p.dep_ in ("prep", "dative") and p.lower_ in SENSES.trade_partner_preps
        for x in p.children if x.dep_ == "pobj")
    return owned and not partner


def joins_a_body(kind: str, v: Token) -> bool:
    """Whether a verb of joining ('membership_verbs') coded as a meeting ('membership_types') has a
    body for its object: a name of the 'body_name_types' or a common noun first of the
    'body_classes' ('joined the KGB in the 1970s', 'joined the civil service'), a field or a thing
    made (``_field``, ``_thing_made``: 'joining a crowded field', 'join the portfolio'). The subject becomes
    a member or an employee, which is no meeting between parties; so does a side named by its town
    (``_side_named_by_its_town``: 'to join Newcastle'). Joining a person on a visit ('will join the
    home secretary in Sheffield') is one."""
    if kind not in SENSES.membership_types or v.lemma_.lower() not in SENSES.membership_verbs:
        return False
    obj = next((c for c in v.children if c.dep_ in ("dobj", "obj")), None)
    return obj is not None and (_body(obj) or _field(obj) or _thing_made(obj) or _side_named_by_its_town(obj, v))


def _side_named_by_its_town(obj: Token, v: Token) -> bool:
    """Whether a verb of joining a side ('side_verbs') has a place's name ('side_name_types') for its
    object with no joint act (``_joined_in_an_act``): 'left the club to join Newcastle', 'joined City
    from Feyenoord in 2003'. No one becomes a member of a town: its name stands for the club or the
    council there, which the tagger types as the town (transfers32)."""
    return v.lemma_.lower() in SENSES.side_verbs and obj.ent_type_ in SENSES.side_name_types \
        and not _joined_in_an_act(v)


def _joined_in_an_act(v: Token) -> bool:
    """A 'joint_act_preps' phrase on the verb whose object is a verb or a noun first one of the
    'joint_act_classes' ('Britain joined France in condemning the attack', 'joined Spain on a
    visit'): the joiner acts with the party joined. A time ('in 2003', 'in January') is none."""
    return any(x.pos_ == "VERB" or x.pos_ == "NOUN" and head_class(x) in SENSES.joint_act_classes
               for p in v.children if p.dep_ == "prep" and p.lower_ in SENSES.joint_act_preps
               for x in p.children if x.dep_ in ("pobj", "pcomp"))


def engages_a_person(kind: str, v: Token) -> bool:
    """Whether a verb of engaging by written agreement ('engaging_verbs': 'sign') coded as one of the
    'engaging_types' has a person for its direct object (a person's name, one of the
    'engaged_pronouns', a common noun first a person: 'Chelsea have signed the defender from Ajax',
    'signed the singer to his label'): the person is taken on as a player or an employee, the other
    side of joining a body (``joins_a_body``), no agreement between parties. Signing a deal, a treaty
    or a letter has a thing for its object and stays (transfers32)."""
    if kind not in SENSES.engaging_types or verb_lemma(v) not in SENSES.engaging_verbs:
        return False
    objects = [c for c in v.children if c.dep_ in ("dobj", "obj")]
    return bool(objects) and all(map(_a_person, objects))


def _a_person(obj: Token) -> bool:
    if obj.ent_type_:
        return obj.ent_type_ == "PERSON"
    return obj.lower_ in SENSES.engaged_pronouns or persons(obj)


def _thing_made(obj: Token) -> bool:
    """A common noun first a thing made ('venue_classes', as a visit's venue: 'Netography Fusion will
    join the Vectra AI portfolio', 'joined the queue'): what is joined is a collection or a place of
    things, where no party is met; a name modifying it ('Vectra AI') only says whose it is."""
    return obj.pos_ == "NOUN" and not obj.ent_type_ and head_class(obj) in SENSES.venue_classes


def _field(obj: Token) -> bool:
    """A common noun first a place ('place_classes': 'joining an already crowded field', 'entered the
    market'): one enters it, and meets no party there by that."""
    return obj.pos_ == "NOUN" and not obj.ent_type_ and head_class(obj) in SENSES.place_classes


def _body(obj: Token) -> bool:
    """A name of the 'body_name_types' or a common noun first of the 'body_classes'."""
    if obj.ent_type_:
        return obj.ent_type_ in SENSES.body_name_types
    return obj.pos_ == "NOUN" and head_class(obj) in SENSES.body_classes


def accepts_membership(kind: str, v: Token) -> bool:
    """Whether an assent ('membership_offer_types') accepts an invitation or an offer whose
    'to'-clause is the party's own entry into a body ('accepted the kind invitation to enter the
    House of Lords', 'has accepted the invitation to return full-time to the Lagardere group'): the
    person becomes a member or an employee, a fact of a career, as when one joins a body outright
    (``joins_a_body``). A state or a body that accepts an invitation into an alliance ('Serbia
    accepted the invitation to join NATO's Partnership for Peace') agrees with its members, and
    accepting an invitation to talks stays."""
    if kind not in SENSES.membership_offer_types or not _one_person(next((c for c in v.children if c.dep_ == "nsubj"), None)):
        return False
    obj = next((c for c in v.children if c.dep_ in ("dobj", "obj")), None)
    return obj is not None and any(c.dep_ == "acl" and _enters_body(c) for c in obj.children)


def _one_person(subj: Token | None) -> bool:
    """A subject that is one person: a person's name, a singular personal pronoun ('he', 'I'), or
    a common noun first a person by WordNet ('the chairman')."""
    if subj is None:
        return False
    if subj.ent_type_:
        return subj.ent_type_ == "PERSON"
    if subj.tag_ == "PRP":
        return subj.lower_ in SENSES.singular_persons
    return subj.tag_ == "NN" and head_class(subj) == "person"


def _enters_body(v: Token) -> bool:
    """A 'membership_verbs' verb whose object, or the object of its 'membership_preps' phrase, is a
    body ('to enter the House of Lords', 'to return to the group')."""
    if v.lemma_.lower() not in SENSES.membership_verbs:
        return False
    objs = [c for c in v.children if c.dep_ in ("dobj", "obj")]
    objs += [x for p in v.children if p.dep_ == "prep" and p.lower_ in SENSES.membership_preps
             for x in p.children if x.dep_ == "pobj"]
    return any(_body(o) for o in objs)


def authorises(kind: str, v: Token) -> bool:
    """Whether a verb of a penalty ('authorising_types') whose first WordNet sense is speech
    (verb.communication: 'sanction' is first to give sanction to, to approve) has for its object a
    thing that is no party ('a second UN resolution sanctioning military action': an act approved):
    an authorisation said, not a penalty imposed on anyone ('sanctioned Iran', 'sanctioned three
    banks' act on parties and stay)."""
    if kind not in SENSES.authorising_types or not spoken(v):
        return False
    obj = next((c for c in v.children if c.dep_ in ("dobj", "obj")), None)
    return obj is not None and obj.pos_ == "NOUN" and not party(obj) and not party_word(obj.lemma_.lower())


def names_as(kind: str, v: Token) -> bool:
    """Whether a verb coded as a call or a meeting ('predicate_types') has an object predicate
    ('has called the camp a national disgrace'): it names or describes its object, a judgement
    said, not a call made to a party ('called the minister on Friday')."""
    return kind in SENSES.predicate_types and any(c.dep_ == "oprd" for c in v.children)
