"""Trade is no event: goods bought from no one, a show given to no one, a firm paid by its customers
or serving them (issue 14, "Word sense and arguments"; trade29).

PLOVER codes deals between parties (COOPERATE, AGREE) and aid given by one party to another (AID),
not a market's buying and selling. The CAMEO dictionary codes every verb of its blocks of buying
(061) and granting (060/070) whatever is bought or given: 'the Canadian Broadcasting Corporation
bought Flight into Danger for $600', 'the Mac mini will be bought by iPod owners', 'the Black Eyed
Peas had provided the night's other high-profile entertainment'. Which verbs these are is the dictionary's (its blocks);
whether the thing bought is goods is WordNet's (the class of a noun's first sense) and spaCy's (a
name labelled a product or a work), whether the thing given is a show WordNet's (a noun first below
entertainment, ``data/wordnet_shows.json``); a party named as seller, owner or recipient keeps the
event. The classes, labels and phrases are data (``data/event_commerce.json``)."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ...lexicons import view
from ...nlp.wordnet import head_class, of_objects, token_classes
from .cameo import CAMEO, verb_entry
from .senses import doers, people
from .triggers import noun_spec


@dataclass(frozen=True)
class EventCommerce:
    """data/event_commerce.json."""

    purchase_types: frozenset[str]
    purchase_blocks: frozenset[str]
    goods_ents: frozenset[str]
    goods_classes: frozenset[str]
    property_sets: frozenset[str]
    seller_preps: frozenset[str]
    party_ents: frozenset[str]
    gift_types: frozenset[str]
    gift_blocks: frozenset[str]
    gift_preps: frozenset[str]
    recipient_preps: frozenset[str]
    place_ents: frozenset[str]
    payer_blocks: frozenset[str]
    brand_ents: frozenset[str]
    time_ents: frozenset[str]
    time_classes: frozenset[str]
    body_classes: frozenset[str]
    buyer_nouns: frozenset[str]
    market_types: frozenset[str]
    market_blocks: frozenset[str]
    market_preps: frozenset[str]


@dataclass(frozen=True)
class WordnetShows:
    """data/wordnet_shows.json (written by ``scripts/build_show_nouns.py``)."""

    show_nouns: frozenset[str]


COMMERCE = view(EventCommerce, "event_commerce.json")
SHOWS = view(WordnetShows, "wordnet_shows.json")


def buys_goods(kind: str, v: Token, words: list[Token]) -> bool:
    """Whether a purchase ('purchase_types' of a verb of the 'purchase_blocks') buys goods from no
    one: every thing bought (``_bought``) is goods (``_goods``), owned by no party and sold by none
    (``_party_in``): 'bought Flight into Danger for $600', 'the Mac mini will be bought by iPod
    owners'. 'Bought Toyota's hybrid technology', 'bought two cosmetics
    brands from LVMH', 'is to buy rival May Department Stores' and 'bought a 20% stake in Sina' name a
    party and stay."""
    if kind not in COMMERCE.purchase_types or not _in_blocks(v, COMMERCE.purchase_blocks):
        return False
    bought = _bought(v, words)
    return bool(bought) and all(_goods(b, COMMERCE.goods_classes) and not _party_in(b, COMMERCE.seller_preps)
                                for b in bought) and not _party_in(v, COMMERCE.seller_preps)


def gives_a_show(kind: str, v: Token, words: list[Token]) -> bool:
    """Whether aid ('gift_types' of a verb of the 'gift_blocks') puts on a show for no one named:
    every thing given (``_given``) is a show by WordNet (``_show``: an entertainment, a performance,
    a concert), with no dative, no other object and no party, people or place named to receive it
    (``_recipient_object``, ``_people_before``, ``_party_in``, ``_place_in``): 'the Black Eyed Peas
    and Alicia Keys had provided the night's other high-profile entertainment' performed for an
    audience, no aid handed to a party. Goods given to no one named stay aid ('tents and blankets
    were supplied by the Red Cross', test_events), and so do 'Japan gave Indonesia 10 million
    dollars' and 'provided entertainment for the troops'."""
    if kind not in COMMERCE.gift_types or not _in_blocks(v, COMMERCE.gift_blocks):
        return False
    if any(c.dep_ in ("dative", "iobj") for c in v.children):
        return False
    given = _given(v, words)
    return bool(given) and all(_show(g) and not _party_in(g, COMMERCE.recipient_preps)
                               and not _place_in(g) and not _people_before(g) for g in given) \
        and not _recipient_object(v, given) and not _party_in(v, COMMERCE.recipient_preps) and not _place_in(v)


def _show(tok: Token) -> bool:
    """A common noun whose first WordNet sense is a show or an entertainment ('show_nouns')."""
    word = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and not tok.ent_type_ and (word in SHOWS.show_nouns or tok.lower_ in SHOWS.show_nouns)


def _recipient_object(v: Token, given: list[Token]) -> bool:
    """Whether a direct object other than what is given names the one who receives it ('has been
    providing refugees with tents', 'providing Oxfam with free bags')."""
    return any(c.dep_ in ("dobj", "obj") and c not in given for c in v.children)


def _people_before(tok: Token) -> bool:
    """Whether a common noun of people stands before the thing given as its modifier: the parser's
    reading of a recipient and its gift as one phrase ('gave flood victims blankets and tents')."""
    return any(c.dep_ == "compound" and people(c) for c in tok.subtree if c.i < tok.i)


def the_public_pays(kind: str, v: Token) -> bool:
    """Whether a purchase or a payment ('purchase_types' of a verb of the 'payer_blocks') is made by
    a firm's market (``_public``): 'Windows users could soon be paying Microsoft to keep PCs free of
    spyware' is a firm's trade with its customers, no deal between parties; 'Chinese consumers',
    "Vodafone's customers" and a firm's shareholders name a party and stay."""
    if kind not in COMMERCE.purchase_types or not _in_blocks(v, COMMERCE.payer_blocks):
        return False
    payers = doers(v)
    return bool(payers) and all(_public(p) for p in payers)


def offers_to_its_market(kind: str, v: Token) -> bool:
    """Whether an offer or a gift ('market_types' of a verb of the 'market_blocks') goes only to a
    firm's market: every one it is offered or given to (a dative, or the object of a 'market_preps'
    phrase on the verb or on its direct object) is a firm's users or customers (``_public``), and no
    direct object names a party outside those phrases: 'we are delighted to be offering free access
    to Skype users in our hotspots' is a firm's service to its customers, no promise to another
    party; 'Boeing will supply Japan Airlines with 30 planes' and 'offered tanks to Ukraine' stay."""
    if kind not in COMMERCE.market_types or not _in_blocks(v, COMMERCE.market_blocks):
        return False
    objs = [c for c in v.children if c.dep_ in ("dobj", "obj")]
    takers = [c for c in v.children if c.dep_ in ("dative", "iobj") and c.pos_ != "ADP"] + [
        x for h in (v, *objs) for p in h.children if p.dep_ in ("prep", "dative") and p.lower_ in COMMERCE.market_preps
        for x in p.children if x.dep_ == "pobj"]
    inside = {x.i for t in takers for x in t.subtree}
    named = [x for o in objs for x in o.subtree if x.i not in inside and (x.ent_type_ in COMMERCE.party_ents or x.pos_ == "PROPN")]
    return bool(takers) and all(_public(t) for t in takers) and not named


def _public(noun: Token) -> bool:
    """A common noun of the 'buyer_nouns' (users, customers, subscribers: those of the events room's
    'audience_nouns' that buy) whose phrase names no party: a name in it only as a brand before the
    noun (unlabelled or of the 'brand_ents': 'Windows users', 'Skype subscribers'), none owning it or
    naming a state or a people ('Chinese consumers', "Vodafone's customers")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in COMMERCE.buyer_nouns:
        return False
    names = [x for x in noun.subtree if x.ent_type_ or x.pos_ == "PROPN"]
    return all(x.dep_ == "compound" and x.head == noun and (not x.ent_type_ or x.ent_type_ in COMMERCE.brand_ents)
               for x in names)


def _in_blocks(v: Token, blocks: frozenset[str]) -> bool:
    """Whether the verb is in one of the CAMEO dictionary's BLOCKS."""
    entry = verb_entry(v)
    return v.pos_ == "VERB" and entry is not None and entry.block in blocks


def _bought(v: Token, words: list[Token]) -> list[Token]:
    """The verb's direct objects outside the trigger's key WORDS, else its passive subject."""
    objs = [c for c in v.children if c.dep_ in ("dobj", "obj") and c not in words]
    return objs or [c for c in v.children if c.dep_ == "nsubjpass" and c not in words]


def _given(v: Token, words: list[Token]) -> list[Token]:
    """What a gift hands over: its 'gift_preps' phrase ('supplied us with tents'), else its direct
    objects, else its passive subject, outside the trigger's key WORDS."""
    return [x for p in v.children if p.dep_ == "prep" and p.lower_ in COMMERCE.gift_preps
            for x in p.children if x.dep_ == "pobj" and x not in words] or _bought(v, words)


def _goods(tok: Token, classes: frozenset[str]) -> bool:
    """A product or a work: a name spaCy labels one ('goods_ents'), a name titled by a common noun of
    CLASSES before it ('the film Flight into Danger'), or a common noun first of CLASSES that is no
    event noun of the trigger lexicon, in none of the CAMEO 'property_sets', owned by no other party
    (``_owned``: "Toyota's hybrid technology") and no body a name beside it names (``_a_named_body``)."""
    if tok.ent_type_:
        return tok.ent_type_ in COMMERCE.goods_ents or _titled(tok, classes)
    if tok.pos_ != "NOUN" or head_class(tok) not in classes or noun_spec(tok) is not None or _property(tok):
        return False
    return not _owned(tok) and not _a_named_body(tok)


def _owned(tok: Token) -> bool:
    """Whether a thing is another's: a possessive other than a pronoun's and a time's ("Toyota's
    hybrid technology", "each other's engines"; 'its', 'the night's' are no other party), or a party
    in its 'of' phrase ('the engines of GM')."""
    return any(c.dep_ == "poss" and c.tag_ != "PRP$" and c.ent_type_ not in COMMERCE.time_ents
               and head_class(c) not in COMMERCE.time_classes for c in tok.children) \
        or any(_a_party(o) for o in of_objects(tok))


def _a_named_body(tok: Token) -> bool:
    """A thing a party's name stands beside: a name of the 'party_ents' in apposition ('the film
    studio MGM'), or a name before a common noun with a sense of a body ('body_classes': 'the
    loss-making Christian Lacroix haute-couture house', a house is also a firm) — the body that name
    names, not a product of a brand ('the Mac mini')."""
    if any(c.dep_ == "appos" and c.ent_type_ in COMMERCE.party_ents for c in tok.children):
        return True
    return any(c in COMMERCE.body_classes for c in token_classes(tok)) and any(
        c.dep_ == "compound" and (c.ent_type_ or c.pos_ == "PROPN") for c in tok.children)


def _titled(name: Token, classes: frozenset[str]) -> bool:
    """A name with a common noun first of CLASSES as its modifier: a work's or a product's title,
    whatever label spaCy gave the name ('the film Flight into Danger', 'the album Encore')."""
    return any(c.dep_ in ("amod", "compound") and not c.ent_type_ and c.pos_ in ("NOUN", "ADJ")
               and head_class(c) in classes for c in name.children)


def _property(tok: Token) -> bool:
    """A noun of one of the CAMEO dictionary's 'property_sets' (aircraft, weapons, vehicles, food)."""
    word = tok.lemma_.lower()
    return any(word in CAMEO.noun_sets.get(name, frozenset()) or tok.lower_ in CAMEO.noun_sets.get(name, frozenset())
               for name in COMMERCE.property_sets)


def _a_party(tok: Token) -> bool:
    """A name of the 'party_ents' or a common noun of people."""
    return tok.ent_type_ in COMMERCE.party_ents or people(tok)


def _party_in(tok: Token, preps: frozenset[str]) -> bool:
    """Whether a phrase of TOK (of PREPS) names a party ('from LVMH', 'to the Red Cross'; 'for Windows
    PCs' names a thing)."""
    return any(_a_party(x) for p in tok.children if p.dep_ in ("prep", "dative") and p.lower_ in preps
               for x in p.children if x.dep_ == "pobj")


def _place_in(tok: Token) -> bool:
    """Whether a phrase of TOK names a place ('provided tents in Aceh'): aid delivered there."""
    return any(x.ent_type_ in COMMERCE.place_ents for p in tok.children if p.dep_ == "prep"
               for x in p.children if x.dep_ == "pobj")
