"""A firm's products, goods and charts are no event (issue 14, products25).

CAMEO's release and return (0841, 0842) free persons or hand back property that was seized; a firm
that 'released its Walkman branded mobile phone' or is 'expected to release new consoles' puts out
a product, which the CAMEO dictionary's own 'release' block codes as no event for its objects of
that kind ('report', 'recording'). A firm 'offering hybrid devices' to no one named sells its goods,
and a product that 'shot straight to the top of the UK games charts' or a country that 'pushed
Japan off the top of the supercomputing chart' moves in a ranking. Each predicate reads the parse,
the WordNet class of a noun's first sense and spaCy's entity labels; which classes, labels and
phrases count is data (``data/event_products.json``)."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ...lexicons import view
from ...nlp.wordnet import WORDNET, first_class, head_class, of_objects
from .cameo import CAMEO, verb_entry
from .senses import people, persons
from .triggers import noun_spec


@dataclass(frozen=True)
class EventProducts:
    """data/event_products.json."""

    put_out_types: frozenset[str]
    put_out_modes: dict[str, frozenset[str]]
    property_sets: frozenset[str]
    product_ents: frozenset[str]
    party_ents: frozenset[str]
    release_party_preps: frozenset[str]
    offer_party_preps: frozenset[str]
    offer_types: frozenset[str]
    offer_blocks: frozenset[str]
    offer_classes: frozenset[str]
    chart_preps: frozenset[str]
    chart_classes: frozenset[str]
    rank_classes: frozenset[str]
    competing_types: frozenset[str]
    sector_classes: frozenset[str]
    place_ents: frozenset[str]
    title_classes: frozenset[str]


PRODUCTS = view(EventProducts, "event_products.json")


def puts_out_a_product(kind: str, mode: str | None, v: Token, words: list[Token]) -> bool:
    """Whether a release, a return or a withdrawal ('put_out_types' of a 'put_out_modes' mode) has
    for its every object — direct, or the subject of a passive — a product of the mode's classes
    (``_product``: 'Sony Ericsson just released its Walkman branded mobile phone', 'Nintendo is
    releasing a handheld console', 'is expected to be released', 'released her album Body
    Language', a name a work's noun introduces whatever spaCy labelled it; withdrawn, a thing said or shown:
    'Labour has withdrawn two controversial posters'), and no party it is freed from or handed to:
    a body putting out or taking back its own goods, works or campaign, not persons or property set
    free or equipment withdrawn. 'Freed the prisoners', 'released the British sailors' boats'
    (another's property), 'returned the seized ships' and 'withdrew two armoured vehicles' stay, as
    does an object that is part of the trigger's own key (WORDS: 'completed their withdrawal')."""
    if kind not in PRODUCTS.put_out_types or mode not in PRODUCTS.put_out_modes:
        return False
    objs = [o for o in _objects(v) if o not in words]
    parties = [x for o in objs for x in o.conjuncts if x.ent_type_ in PRODUCTS.party_ents and not _titled_work(x) or persons(x)]
    classes = PRODUCTS.put_out_modes[mode]
    return bool(objs) and all(_product(o, classes) for o in objs) and not parties \
        and not _party_phrase(v, PRODUCTS.release_party_preps)


def offers_its_goods(kind: str, v: Token) -> bool:
    """Whether an offer or a sale (a verb of the CAMEO dictionary's 'offer_blocks' coded one of the
    'offer_types'; 'agreed to buy engines' is a trade, 'will supply two field hospitals' aid) has for
    its every direct object a common noun first an artifact ('offer_classes') in none of CAMEO's
    property sets, and names no party to receive it (a dative, or a party after a preposition):
    'Gizmondo and Tapwave Zodiac are also offering hybrid devices' sells goods to the market. 'Boeing is to sell Japan Airlines 30
    planes', 'offered tanks to Ukraine' and 'offered talks' stay."""
    entry = verb_entry(v)
    if kind not in PRODUCTS.offer_types or v.pos_ != "VERB" or entry is None or entry.block not in PRODUCTS.offer_blocks:
        return False
    objs = [c for c in v.children if c.dep_ in ("dobj", "obj")]
    if not objs or any(c.dep_ in ("dative", "iobj") for c in v.children):
        return False
    goods = all(head_class(o) in PRODUCTS.offer_classes and not _property(o) for o in objs)
    return goods and not _party_phrase(v, PRODUCTS.offer_party_preps)


def moves_in_a_chart(v: Token) -> bool:
    """Whether a verb has a phrase ('chart_preps') whose object is first a place in a whole by WordNet
    ('rank_classes': the top, the bottom) and whose 'of' phrase is first a thing said or shown
    ('chart_classes': a chart, a list, a ranking): 'Doom 3 shot straight to the top of the UK games
    charts', 'The US has pushed Japan off the top of the supercomputing chart' — a place in a
    ranking, no act of force or request on anyone. 'Pushed the rebels off the top of the hill',
    'agreed to a six-month extension of the mandate' and 'demanded ... at the fourth round of talks'
    stay."""
    return any(head_class(o) in PRODUCTS.chart_classes
               for p in v.children if p.dep_ == "prep" and p.lower_ in PRODUCTS.chart_preps
               for x in p.children if x.dep_ == "pobj" and not x.ent_type_ and head_class(x) in PRODUCTS.rank_classes
               for o in of_objects(x))


def _objects(v: Token) -> list[Token]:
    """A verb's direct objects, or the subject of its passive (their conjuncts are read only for a
    party: 'its phone, the W800' names the product twice)."""
    return [c for c in v.children if c.dep_ in ("dobj", "obj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")]


def _product(tok: Token, classes: frozenset[str]) -> bool:
    """A product or a work: a name spaCy labels one ('product_ents') or that a noun of a kind of work
    introduces (``_titled_work``: 'her album Body Language', whatever spaCy labelled it), or a common noun first of
    CLASSES (the mode's: an artifact or a thing said), no event noun of the trigger lexicon (a
    demand, an offer), in none of CAMEO's sets of seized property, owned
    by no other party (a pronoun's 'its' is the firm's own) and not named as taken ('the seized
    boats')."""
    if tok.ent_type_:
        return tok.ent_type_ in PRODUCTS.product_ents or _titled_work(tok)
    if tok.pos_ != "NOUN" or head_class(tok) not in classes or _property(tok) or noun_spec(tok) is not None:
        return False                     # 'withdrew its demand': an act taken back (``withdrawn_request``)
    owned_by_another = any(c.dep_ == "poss" and c.tag_ != "PRP$" for c in tok.children)
    taken = any(c.dep_ == "amod" and c.tag_ == "VBN" for c in tok.children)
    return not owned_by_another and not taken


def _titled_work(name: Token) -> bool:
    """Whether a name is a work's title: a common noun written right before it as its compound or
    apposition is first a thing said or shown by WordNet ('title_classes': 'her album Body Language',
    'the documentary Super Size Me'), whatever label spaCy gave the name ('Body Language' PERSON);
    'the journalist Florence Aubenas' is a person."""
    return any(c.dep_ in ("compound", "appos") and c.pos_ == "NOUN" and not c.ent_type_ and c.i < name.i
               and head_class(c) in PRODUCTS.title_classes for c in name.children)


def _property(tok: Token) -> bool:
    word = tok.lemma_.lower()
    return any(word in CAMEO.noun_sets.get(name, frozenset()) or tok.lower_ in CAMEO.noun_sets.get(name, frozenset())
               for name in PRODUCTS.property_sets)


def _party_phrase(v: Token, preps: frozenset[str]) -> bool:
    """A phrase of the verb (of PREPS) naming a party (a name of the 'party_ents' or people: 'to
    the Royal Navy', 'with Japan Airlines'; 'for Windows PCs' names none, and 'in Japan' a market)."""
    return any(x.ent_type_ in PRODUCTS.party_ents or people(x)
               for p in v.children if p.dep_ in ("prep", "dative") and p.lower_ in preps
               for x in p.children if x.dep_ == "pobj")


def competes_in_a_market(kind: str, v: Token) -> bool:
    """Whether a verb of force ('competing_types') acts on a market named by what it trades: its
    object, the subject of its passive or a phrase on either ('stormed into the lead in the
    flat-screen market') is a market or another of WordNet's contests with a word before it whose
    noun is first a thing made, said or done ('sector_classes': 'Sony will attack the handheld
    market', 'Amazon captured the online book market', 'Tesco invaded the convenience store
    market'), and no place is named in its phrase or the verb's: a firm competes, no force is used.
    'Jets bombed the fish market' (food), 'hit the crowded market' (no trade named) and 'attacked
    the phone market in Idlib' (a place) stay."""
    if kind not in PRODUCTS.competing_types or v.pos_ != "VERB":
        return False
    args = _objects(v) + _phrase_objects(v)
    markets = [m for a in args for m in (a, *_phrase_objects(a)) if _sector_market(m)]
    return bool(markets) and not any(_places_named(x) for x in (v, *markets))


def _sector_market(tok: Token) -> bool:
    """A market or another contest (WordNet's 'contests') with a noun before it that names a trade:
    first a thing made, said or done ('sector_classes': 'the handheld market', 'the search market')."""
    if tok.pos_ != "NOUN" or tok.ent_type_ or tok.lemma_.lower() not in WORDNET.contests:
        return False
    return any(c.dep_ in ("compound", "amod") and not c.ent_type_ and first_class(c.lemma_.lower()) in PRODUCTS.sector_classes
               for c in tok.children)


def _places_named(tok: Token) -> bool:
    """Whether a phrase of TOK, or a word before it, names a place ('the market in Idlib', 'a Baghdad market')."""
    return any(x.ent_type_ in PRODUCTS.place_ents for x in _phrase_objects(tok)) or \
        any(c.dep_ == "compound" and c.ent_type_ in PRODUCTS.place_ents and c.head.dep_ != "ROOT" for c in tok.children)


def _phrase_objects(tok: Token) -> list[Token]:
    """The objects of TOK's prepositional phrases, also those hung on its adverbs ('shot ahead of AMD')."""
    heads = [tok] + [c for c in tok.children if c.dep_ in ("advmod", "prt")]
    return [x for h in heads for p in h.children if p.dep_ == "prep"
            for x in p.children if x.dep_ == "pobj"]


