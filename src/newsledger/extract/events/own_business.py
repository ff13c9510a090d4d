"""An actor's own business is no event (issue 14): PLOVER codes acts between parties, and a party's
own meeting, audience, officers, holdings or pledges name no other party. Each predicate reads one such
frame from the parse and the data of ``event_senses.json``; ``find.find_events`` drops a candidate
event any of them describes."""
from __future__ import annotations

from spacy.tokens import Token

from ...nlp.wordnet import first_class, of_objects, party_word
from .cameo import cameo_match, unaddressed, verb_entry
from .lexicon import SPEECH_ACTS, TRIGGERS, speech_frame
from .phrases import Ctx, child
from .senses import SENSES, dealing, people, persons, public_at_large
from .triggers import BEFALLEN, OBJECTS, UNDERGONE, Trigger, befalls_its_subject

REFUSED = {"REJECT"}                        # 'it will not accept any more refugees': people refused
RECEIVED = {"AID"}                          # 'delivered food to the refugees': people aided
RECIPIENT_PREPS = ("to", "for")


def toward_no_party(t: Trigger, kind: str, recoded: bool, among: bool, targets: list[str]) -> bool:
    """An act that is an event only toward another party, stated toward none (AMONG: parties acting
    together, 'Czechia and China signed an agreement', or at a place, 'Israel will evacuate the
    settlements in the Gaza Strip'):
    - a verb only the CAMEO dictionary codes, or an act a noun names by itself ('Labour support'),
      since PETRARCH codes an event between a source and a target actor ('it had to cancel 77
      flights', 'Eircom hit a yearly high', 'Venezuela will import cattle' are a firm's or a
      state's own business), unless the act needs no target
      (``_self_directed``), people a common noun names undergo it (``_people_undergo``) or receive
      it (``_people_receive``), or it is a
      coercion that befell its passive subject (``_befell_its_subject``);
    - a pledge of nothing coded (``own_pledge``);
    - a party's own act announced and read as a promise, threat or refusal, of a type whose speech
      frame is made to a party (``speech_frames`` 'to_party'): PLOVER's AGREE is a promise made to someone, its
      THREATEN a warning to a target, its REJECT a refusal of another's proposal ('the Lib Dems
      would allow people to swap payments', 'it will have to halt some production', 'we will not
      allow criminal groups to take the country hostage' state a party's own policy), unless the act
      needs no target (a threatened blockade or strike) or people a common noun names undergo it
      ('it will not accept any more refugees')."""
    if among or targets:
        return False
    needs_none = _self_directed(t) or _people_undergo(t, kind) or _people_receive(t, kind) or _befell_its_subject(t, kind)
    named_by_noun = t.noun is not None and t.noun == t.head      # 'EU sanctions against Minsk': a noun's act, as a verb's
    return (t.cameo is not None or named_by_noun) and not needs_none or own_pledge(t) \
        or recoded and speech_frame(kind).to_party and not needs_none


def own_meeting(t: Trigger, kind: str, subj: Token | None) -> bool:
    """A meeting (``between_types``) held by one party as its own: the verb's direct object is the
    subject's own (``_owned_by``: 'The Labour Party will hold its 2006 autumn conference in
    Manchester', 'the union held its annual meeting') and no partner follows one of the
    'partner_preps' on the verb or on that object ('held their first meeting with President Obama'
    meets a party). A body's conference or meeting is its own business wherever it is held, so a
    place named makes no event of it (as ``between_parties`` reads one party meeting alone)."""
    if kind not in SENSES.between_types or t.noun is not None:
        return False
    obj = next((c for c in t.event.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None or not _owned_by(obj, subj):
        return False
    return not any(p.dep_ == "prep" and p.lower_ in SENSES.partner_preps and child(p, ("pobj",)) is not None
                   for h in (t.event, obj) for p in h.children)


def serves_its_public(ctx: Ctx, t: Trigger, kind: str, targets: list[str], actors: list[str]) -> bool:
    """An act of cooperation or a request (``audience_types``) whose every named target lies in a
    phrase on the verb headed by one of the ``audience_nouns`` ('Labour was now trying to reassure
    Jewish voters', 'providing clients with health-related products'): a party's customers, voters,
    investors or the public at large are those it serves or courts, and reassuring or supplying them
    is its own campaigning or business, no act toward another party. An audience owned by another
    party named in its phrase ('a bid to Manchester United's shareholders') is that party's, and the
    act stays; so does an act PLOVER codes with no target (``_self_directed``)."""
    if kind not in SENSES.audience_types or not targets or _self_directed(t):
        return False
    phrases = [a for v in _verbs(t) for a in _arguments(v) if a.pos_ == "NOUN" and a.lemma_.lower() in SENSES.audience_nouns]
    if not phrases or any(_owned_by_another(a, actors, ctx) for a in phrases):
        return False
    inside = {x.i for a in phrases for x in a.subtree}
    named = [i for i, ids in ctx.ents_by_tok.items() if set(ids) & set(targets)]
    return all(i in inside for i in named)


def removes_its_officer(ctx: Ctx, t: Trigger, kind: str, subj: Token | None, actors: list[str]) -> bool:
    """A removal or a suspension ('removal_types' of a 'removal_modes' mode) done by an organisation
    (``_body_acts``) to one person named by a post (``_post_holder``: 'it may now move to oust
    chairman Zheng Junhuai', 'UKIP suspended a candidate') whose phrase names no other party: the
    body's own governance, a post emptied inside it, which PLOVER codes as no act between parties.
    An expulsion is PLOVER's own 'expulsion from a group' (no 'removal_modes' mode), and a state or
    a person acting ('Russia expelled two diplomats') stays."""
    if kind not in SENSES.removal_types or t.mode not in SENSES.removal_modes or t.noun is not None:
        return False
    if not actors or not _body_acts(ctx, subj, actors):
        return False
    obj = next((c for c in t.event.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None or not _post_holder(obj):
        return False
    return all(x.ent_type_ in ("", "PERSON") for x in obj.subtree)


def rewards_its_own(t: Trigger, kind: str, subj: Token | None) -> bool:
    """Praise, thanks, a reward or a promise (``staff_types``) whose every direct object is one of
    the actor's own officers or staff: a common noun of a post held under the actor or of a body's
    people (``staff_nouns``: 'minister', 'chief executive', 'staff') owned by a possessive pronoun that agrees with
    the subject ('Lord Falconer praised his minister for an excellent job', 'the firm thanked its
    staff'). A body's dealings with its own people are its own business, no act between parties;
    a peer or a rival ('praised his French counterpart', 'thanked his allies') holds no post of the
    actor's and stays, as does a meeting, which ``own_meeting`` reads, and a defence of one's own
    people against another party's charge ('rebuttal_preps': 'defended his deputy against the
    charges' answers the accuser)."""
    if kind not in SENSES.staff_types or t.noun is not None:
        return False
    if any(p.dep_ == "prep" and p.lower_ in SENSES.rebuttal_preps for p in t.event.children):
        return False
    objs = [o for c in t.event.children if c.dep_ in ("dobj", "obj") and c not in t.words for o in (c, *c.conjuncts)]
    return bool(objs) and all(o.pos_ == "NOUN" and o.lemma_.lower() in SENSES.staff_nouns and _owned_by(o, subj) for o in objs)


def among_its_kin(t: Trigger, subj: Token | None) -> bool:
    """A meeting, support, assent, cooperation, aid, refusal or concession (``kin_types``, the type
    the trigger itself codes) whose every object — direct, or after one of the ``partner_preps`` — is
    a noun of kinship (``kin_nouns``) owned by the subject (``_owned_by``): 'he planned to join his
    wife and four children in the Catholic faith', 'thanked his wife Cherie', 'met with his
    family'; in the passive, the doer after 'by' owned by the passive subject ('Mr Blair was joined
    on stage by his wife Cherie and his son Euan'). What a person does with his own family is no act between parties; an object owned by
    another ('met his son's kidnappers': the head is no kin noun) stays."""
    if t.type not in SENSES.kin_types or t.noun is not None:
        return False
    v = t.event
    heads = [c for c in v.children if c.dep_ in ("dobj", "obj") and c not in t.words] + [
        x for p in v.children if p.dep_ == "agent" or p.dep_ == "prep" and p.lower_ in SENSES.partner_preps
        for x in p.children if x.dep_ == "pobj"]
    objs = [o for h in heads for o in (h, *h.conjuncts)]
    owner = next((c for c in v.children if c.dep_ == "nsubjpass"), subj)
    return bool(objs) and all(o.lemma_.lower() in SENSES.kin_nouns and _kin_of(_owner_of(o, heads), owner) for o in objs)


def _kin_of(obj: Token, owner: Token | None) -> bool:
    """A relative of a person: owned by the person (``_owned_by``) through 'his', 'her' or 'their',
    never 'its' ('its former parent AT&T' is a firm's parent company)."""
    return _owned_by(obj, owner) and not any(c.dep_ == "poss" and c.lower_ == "its" for c in obj.children)


def _owner_of(obj: Token, heads: list[Token]) -> Token:
    """The conjunct that carries the possessive of a coordination ('his wife and four children':
    'his' stands on 'wife' and owns both)."""
    if any(c.dep_ == "poss" for c in obj.children):
        return obj
    return next((h for h in heads if obj in h.conjuncts), obj)


def halts_its_trade(ctx: Ctx, t: Trigger, kind: str, targets: list[str]) -> bool:
    """A halt ('halt_types' of a 'halt_modes' mode) of a dealing (``senses.dealing``: 'suspended
    gun sales in California', 'halted sales of rifles in Vermont') whose every named party stands in
    a phrase of a preposition that is none of the 'trade_partner_preps': the place of the trade,
    its market, not a party cut off; a firm stopping its own sales there is its own business.
    'suspended gas exports to Chile' names the party sanctioned and stays, as does a halt with no
    party named (``toward_no_party`` reads those). Only the names in the verb's own phrase are read:
    the same drug or firm named again elsewhere in the article ('Tysabri was approved last November')
    stands in no phrase of this halt."""
    if kind not in SENSES.halt_types or t.mode not in SENSES.halt_modes or t.noun is not None or not targets:
        return False
    obj = next((c for c in t.event.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None or not dealing(obj):
        return False
    phrase = range(t.event.left_edge.i, t.event.right_edge.i + 1)   # its own mentions, not the article's others
    named = [i for i, ids in ctx.ents_by_tok.items() if set(ids) & set(targets) and i in phrase]
    return all(_in_market(t.event.doc[i], t.event) for i in named)


def _in_market(tok: Token, verb: Token) -> bool:
    """Whether a name on VERB's phrase stands in a prepositional phrase of a preposition that is
    no trade partner's ('in California', 'at its stores'), not after 'to', 'from' or 'with'."""
    while tok != verb and tok.head != tok:
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
            return tok.head.lower_ not in SENSES.trade_partner_preps
        tok = tok.head
    return False


def _body_acts(ctx: Ctx, subj: Token | None, actors: list[str]) -> bool:
    """Whether the actors are an organisation: every one named as an ORG, or the subject 'it' (a
    body, never a person: 'A Yili spokesman said it may now move to oust ...', whatever type the
    name was given)."""
    return subj is not None and subj.lower_ == "it" or all(ctx.types.get(a) == "ORG" for a in actors)


def _post_holder(obj: Token) -> bool:
    """One person named by a post: a common noun first a person by WordNet that is a post or a
    membership held in a body (``_post_noun``: 'a candidate', 'the chairman'), or a person's name
    with such a noun before it or in apposition ('chairman Zheng Junhuai', 'Mr Smith, the chief
    executive'). A person named by what he does ('marathon runner Susan Chepkemei', 'the athlete')
    holds no post in the body that suspends him: it sanctions him."""
    if obj.tag_ in ("NNS", "NNPS"):
        return False
    if obj.ent_type_ == "PERSON":
        return any(c.dep_ in ("compound", "appos") and _post_noun(c) for c in obj.children)
    return _post_noun(obj)


def _post_noun(tok: Token) -> bool:
    """A common noun first a person that names a post or a membership in a body (``staff_nouns``,
    ``office_nouns``)."""
    return tok.pos_ == "NOUN" and persons(tok) and tok.lemma_.lower() in SENSES.staff_nouns | SENSES.office_nouns


def _verbs(t: Trigger) -> list[Token]:
    """The verbs whose arguments are the act's: the event's, and the governing verb of demand that
    gave a request its type ('called on hunt supporters to meet as normal': 'meet' is the act asked,
    'called' names whom it is asked of)."""
    return list(dict.fromkeys([t.event, *(t.chain if t.via_control else [])]))


def _arguments(v: Token) -> list[Token]:
    """A verb's objects, datives and the objects of its prepositions, and of a particle the parser
    gave an object ('called on hunt supporters': 'on' parsed as the particle of 'call on')."""
    args = [c for c in v.children if c.dep_ in ("dobj", "obj", "dative", "iobj")]
    return args + [x for p in v.children if p.dep_ in ("prep", "dative", "prt") for x in p.children if x.dep_ == "pobj"]


def _owned_by_another(noun: Token, actors: list[str], ctx: Ctx) -> bool:
    """A noun owned by a party named as its possessor or in its 'of' phrase that is not one of the
    actors ("Manchester United's shareholders", 'the customers of BT')."""
    owners = [c for c in noun.children if c.dep_ == "poss"] + of_objects(noun)
    return any(set(ctx.ents_by_tok.get(x.i, [])) - set(actors) for o in owners for x in o.subtree)


def holds_its_own(ctx: Ctx, t: Trigger, kind: str, subj: Token | None, targets: list[str]) -> bool:
    """An act on the actor's own holdings and toward no other party: every direct object of the verb
    is the subject's own (a possessive pronoun that agrees with it, or 'own': 'the Lib Dems to
    increase both their votes and their Commons seats') and no party (no person, group or force by
    WordNet: 'arrested their leaders' acts on people), no party follows one of the
    'own_holding_preps' on the verb ('sold its jets to Iran'), and every target is named only as a
    modifier inside those objects ('Commons' of 'their Commons seats'), not in an object's own phrase
    ('its stake in Sina', 'its bid for MCI' name a party). PLOVER codes acts between parties; a
    party's votes, seats, plans or record are its own business. Acts PLOVER codes with no target
    (``_self_directed``: 'increased its troops') stay, and so does a reaction to what a party said
    or did (``aimed_words_types``: 'Begg's MP welcomed his release'), whose possessive names the
    party reacted to, not the actor (``targets._pronoun_target``)."""
    if t.noun is not None or _self_directed(t) or kind in SENSES.aimed_words_types:
        return False
    objs = [o for c in t.event.children if c.dep_ in ("dobj", "obj") and c not in t.words for o in (c, *c.conjuncts)]
    if not objs or not all(_owned_by(o, subj) and not people(o) for o in objs):
        return False
    if any(p.dep_ in ("prep", "dative") and p.lower_ in SENSES.own_holding_preps and child(p, ("pobj",)) is not None
           for p in t.event.children):
        return False
    inside = {x.i: o for o in objs for x in o.subtree}
    named = [i for i, ids in ctx.ents_by_tok.items() if set(ids) & set(targets)]
    return all(i in inside and _modifier_of(t.event.doc[i], inside[i]) for i in named)


def _owned_by(obj: Token, subj: Token | None) -> bool:
    """An object owned by the subject: 'its own bid', or a possessive pronoun that agrees with the
    subject ('the Lib Dems ... their votes', 'Marsh ... its rules': a body is 'it' or 'they' in
    British English; 'he ... his plans': one person)."""
    poss = next((c for c in obj.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
    if poss is None:
        return False
    if any(c.lower_ == "own" for c in obj.children):
        return True
    if subj is None:
        return False
    person = subj.ent_type_ == "PERSON" and subj.tag_ not in ("NNS", "NNPS") or subj.lower_ in SENSES.singular_persons
    return poss.lower_ in ("its", "their") and not person or poss.lower_ in ("his", "her") and person


def _modifier_of(tok: Token, obj: Token) -> bool:
    """Whether TOK sits in OBJ's phrase as a modifier of a noun ('Commons' of 'their Commons
    seats'), not in a prepositional phrase or a clause inside it ('its stake in Sina')."""
    while tok != obj and tok.head != tok:
        if tok.dep_ in ("prep", "pobj", "relcl", "acl", "appos"):
            return False
        tok = tok.head
    return True


def _self_directed(t: Trigger) -> bool:
    """An act a party does with its own forces, crowd or territory, which PLOVER codes with no
    target: a mobilisation ('planned to call up 300,000 people'), a protest, a curfew or a state of
    emergency over its own land ('extended the state of emergency in five provinces'); an act the
    manual codes with no recipient (``cameo.unaddressed``: 'Harry has apologised')."""
    return t.type in TRIGGERS.self_types or t.mode in TRIGGERS.self_modes or unaddressed(t.cameo)


def _people_undergo(t: Trigger, kind: str) -> bool:
    """'denied targeting civilians', 'arrested three protesters', 'it will not accept any more
    refugees': people a common noun names are the party that undergoes an attack, coercion or a
    refusal, as they are when no perpetrator is named."""
    return kind in UNDERGONE | REFUSED and any(c.dep_ in OBJECTS and persons(c) for c in t.event.children)


def _people_receive(t: Trigger, kind: str) -> bool:
    """'the Red Cross delivered food to the refugees', 'gave flood victims blankets': people a common
    noun names are the party PLOVER's AID goes to ('provide material aid to another actor'), named
    as the indirect object or in a 'to' / 'for' phrase on the verb or its object; not the public a
    party serves at large ('delivered groceries to customers' is its business: ``public_at_large``)."""
    if kind not in RECEIVED:
        return False
    heads = [t.event] + [c for c in t.event.children if c.dep_ in OBJECTS]
    recipients = [c for c in t.event.children if c.dep_ == "dative"] + [
        o for h in heads for p in h.children if p.dep_ in ("prep", "dative") and p.lower_ in RECIPIENT_PREPS
        for o in p.children if o.dep_ == "pobj"]
    return any(persons(r) and not public_at_large(r) for r in recipients)


def _befell_its_subject(t: Trigger, kind: str) -> bool:
    """'weapons, explosives and 2 tonnes of cocaine were seized', 'twelve foreign nationals are being
    held': a coercion (``BEFALLEN``) in the passive with no doer named (``befalls_its_subject``) is
    the frame 'X verb Y' with X unknown, which ``cameo_trigger`` admits and ``find_events`` keeps
    with no actor: the CAMEO dictionary's verbs of seizure and confinement are read as the hand
    lexicon's are, not dropped for want of a target the passive subject already is."""
    return kind in BEFALLEN and t.noun is None and befalls_its_subject(t.event)


def pledged_about_its_own(ctx: Ctx, t: Trigger, targets: list[str]) -> bool:
    """A pledge made to no one whose only parties own or qualify a thing the promised act is done
    to ('Mr Bush promised to halve the US's budget deficit', 'promised to set an agenda to rival
    that of the Swiss summit'): the promise is about the speaker's own conduct or policy, a
    statement; PLOVER's AGREE is a promise made to another party. A party told ('promised Iran to
    deliver the fuel'), or one the act is done to or with ('pledged to send troops to
    Afghanistan', 'promised to attack Michael Howard'), keeps it (``_owns_a_thing``)."""
    v = t.event
    if v.lemma_.lower() not in TRIGGERS.pledge_verbs or not targets or t.noun is not None:
        return False
    if any(c.dep_ in (*OBJECTS, "dative") for c in v.children):
        return False                         # 'promised Gordon Brown he would stand down': a party told
    named = [w for w in v.subtree if set(ctx.ents_by_tok.get(w.i, [])) & set(targets)]
    return bool(named) and all(_owns_a_thing(w, v, {x.i for x in named}) for w in named)


def _owns_a_thing(w: Token, top: Token, own: set[int]) -> bool:
    """Whether a party's word W hangs below TOP only through a common noun that is no party ('the
    US's deficit', 'the Swiss summit'): the party owns or qualifies a thing, and is not what the
    act is done to. An event noun of the lexicon names its parties by a preposition ('offered to host
    talks between Sweden and Finland'; 'the Swiss summit' only qualifies it)."""
    below = w
    for a in w.ancestors:
        if a.i == top.i:
            return False
        lemma = a.lemma_.lower()
        partners = lemma in TRIGGERS.nouns and below.dep_ == "prep"   # 'talks between Sweden and Finland'
        if a.i not in own and a.pos_ == "NOUN" and not party_word(lemma) and not partners:
            return True
        below = a
    return False


def own_pledge(t: Trigger) -> bool:
    """A pledge or offer whose complement codes no cooperative act, the pledge itself being the act
    ('promised to cut class sizes', 'promised to raise the issue in Parliament', 'Boeing plans to
    offer twin-engine planes'): PLOVER's AGREE is a promise or offer to cooperate with another
    party, so with no party named as its target it is a party's own policy or business, not an event."""
    return t.event.lemma_.lower() in TRIGGERS.pledge_verbs


def signs_no_agreement(t: Trigger) -> bool:
    """'President Putin signed a decree raising pensions', 'MPs signed a letter urging the prime
    minister to act', 'signed a parliamentary motion questioning expansion plans': PLOVER's SUPPORT
    signs 'an agreement or treaty'. A verb of the CAMEO dictionary's blocks of signing
    ('signing_blocks') coded SUPPORT, not denied, whose direct object is a document or a message by
    its first WordNet sense (noun.communication) that is no agreement (``_agreed_text``) and that the
    sentence says does something of its own (``_says_what_it_does``) records one party's order,
    letter or motion, no act between parties; what the document does is an event of its own where
    PLOVER codes it ('urging ...': a request). A text whose act the sentence does not say may be
    the treaty named before ('will not sign the document until ...', 'signed the constitution at a
    ceremony in Rome') and stays."""
    v = t.event
    entry = verb_entry(v) if v.pos_ == "VERB" else None
    if t.type != "SUPPORT" or t.noun is not None or entry is None or entry.block not in TRIGGERS.signing_blocks \
            or any(c.dep_ == "neg" for c in v.children):
        return False
    docs = [c for c in v.children if c.dep_ == "dobj"]
    return bool(docs) and all(first_class(d.lemma_.lower()) == "communication" and not _agreed_text(d, v)
                              and _says_what_it_does(d) for d in docs)


def _says_what_it_does(doc: Token) -> bool:
    """A clause on a document that says what it does ('a decree raising pensions', 'a letter which
    urges ...', 'a motion calling for ...'): a participle or a relative clause with a verb."""
    return any(c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" for c in doc.children)


def _agreed_text(doc: Token, verb: Token) -> bool:
    """An agreement: a noun with a sense of one by WordNet ('deal', 'treaty', 'contract',
    'understanding': ``SPEECH_ACTS`` 'agreements'), itself or its 'of' object ('a memorandum of
    understanding'), or the statement of an intent to act ('a letter of intent': a plan noun), or a
    text the CAMEO dictionary's patterns of the verb code as signed in agreement ('a declaration', 'a
    protocol', 'a law': 057)."""
    nouns = [doc.lemma_.lower(), *(o.lemma_.lower() for o in of_objects(doc))]
    if any(n in SPEECH_ACTS.agreements or n in TRIGGERS.plan_nouns for n in nouns):
        return True
    found = cameo_match(verb, "SUPPORT")
    return found is not None and found.by_pattern
