"""Prizes, ranks, takings and works are no force (issue 14, prizes26: entertainment news).

Entertainment news writes its contests with verbs of force: an actress 'beat fellow stars to the
best comedy actress prize', an actor 'took the best debut performance prize', bands 'will fight it
out for the best British group award', a single 'held off Kylie Minogue to remain the week's
biggest single', an actor 'has beaten Gerard Depardieu to become France's best-paid actor', a film
'took $305m at the box office', and films are 'shot' in a country. None strikes, seizes or coerces
anyone: a prize contested or won is an idiom, a rank or a film's takings a business's own result, a
film shot a film made (``argkinds``: a work is no kind ASSAULT acts upon). Each predicate reads
the parse, WordNet's nouns below a prize or an accolade (``award_noun``) and the WordNet class of
a noun's first sense; which types, phrases and classes count is data (``data/event_prizes.json``).
A prize handed over is no aid, cooperation or offer either (prizes33: 'will give the prize to the
poet', 'shared the award for Online Vendor of the year with Novatech', 'The Golden Globes are
awarded by the Hollywood Foreign Press Association'), unless a state gives it."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from ...lexicons import view
from ...nlp.wordnet import award_noun, head_class, later_award_noun, party_word, work_noun
from .contests import prize_in_view
from .lexicon import FORCES
from .senses import doers, rank_noun


@dataclass(frozen=True)
class EventPrizes:
    """data/event_prizes.json."""

    contest_types: frozenset[str]
    prize_preps: frozenset[str]
    clause_deps: frozenset[str]
    rank_copulas: frozenset[str]
    rank_clause_deps: frozenset[str]
    takings_types: frozenset[str]
    takings_modes: frozenset[str]
    money_ents: frozenset[str]
    party_ents: frozenset[str]
    party_classes: frozenset[str]
    prize_types: frozenset[str]
    given_deps: frozenset[str]
    state_ents: frozenset[str]


PRIZES = view(EventPrizes, "event_prizes.json")


def contests_a_prize(kind: str, v: Token) -> bool:
    """Whether a verb of force ('contest_types') has a prize for its object or passive subject ('took
    the best debut performance prize', 'the Film Awards are being held at the Odeon', 'took best
    actress': ``_prize_category``) or names one in
    a 'prize_preps' phrase of its own clause ('beat fellow stars to the best comedy actress prize',
    even where the parser hangs the phrase on a word between; 'will fight it out for the best
    British group award'): a contest for a prize or the prize itself, no force on anyone. 'Beat the
    prisoner to death' and 'seized the town' name no prize."""
    if kind not in PRIZES.contest_types:
        return False
    args = [c for c in v.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    return any(_a_prize(a) for a in args) or any(award_noun(x) for x in _prize_phrases(v))


def hands_over_a_prize(kind: str, v: Token) -> bool:
    """Whether a verb CAMEO codes as handing a thing over ('prize_types': 'gave' AID; 'awarded',
    'granted', 'shared with' COOPERATE; 'offered' AGREE) has a prize for its object or passive
    subject ('given_deps'): a prize by WordNet (``award_noun``: 'will give the prize to the poet'), a
    prize's name (``names_a_prize``: 'handed the Turner Prize to') or a category ('took best
    actress': ``_prize_category``). A prize given, offered or shared is an honour a jury or an
    academy confers, no aid, cooperation or offer between parties. A state's honour stays: a doer
    that is a state or its government (``_a_state``: 'the French government awarded him a medal')."""
    if kind not in PRIZES.prize_types:
        return False
    given = [c for c in v.children if c.dep_ in PRIZES.given_deps]
    return any(_a_prize(g) for g in given) and not any(_a_state(d) for d in doers(v))


def _a_prize(tok: Token) -> bool:
    """A prize: a noun WordNet files below a prize or an accolade in its first or second sense, or a
    prize's name (``award_noun``: 'the prize', 'the Turner Prize'), a category ('took best
    actress': ``_prize_category``); or, where its paragraph names a prize (``prize_in_view``), a
    noun with only a later sense of one (``later_award_noun``: 'Electronic Arts was named top
    publisher of the year, taking the crown from Nintendo') or a name the article also writes
    before a prize's noun (``_front_of_a_prize_name``: 'the Golden Globes' beside 'the Golden
    Globe Awards'). 'Seized the crown' in a paragraph of no prize is a throne taken."""
    if award_noun(tok) or _prize_category(tok):
        return True
    return (later_award_noun(tok) or _front_of_a_prize_name(tok)) and prize_in_view(tok)


def _front_of_a_prize_name(tok: Token) -> bool:
    """A proper noun whose words (its own proper modifiers and itself, a plural read as its
    singular) stand elsewhere in the article right before a proper noun that is a prize's
    (``award_noun``: 'the Golden Globes' and 'the Golden Globe Awards'): the prize's short name."""
    if tok.pos_ != "PROPN":
        return False
    words = [c.lower_ for c in tok.lefts if c.dep_ in ("compound", "amod") and c.pos_ == "PROPN"] + [tok.lower_]
    words[-1] = words[-1][:-1] if words[-1].endswith("s") else words[-1]
    doc, n = tok.doc, len(words)
    return any(doc[i + n].pos_ == "PROPN" and award_noun(doc[i + n]) and [t.lower_ for t in doc[i:i + n]] == words
               for i in range(len(doc) - n) if i + n - 1 != tok.i)


def _a_state(tok: Token) -> bool:
    """A state or its government: a name of a country or a people ('state_ents'), or a word of a
    government's bodies or officials (``FORCES.government``: 'government', 'president', 'prince'),
    the doer's own head or a word that modifies it ('the French government', 'Prince Charles')."""
    words = [tok] + [c for c in tok.children if c.dep_ in ("compound", "amod", "poss")]
    return any(w.ent_type_ in PRIZES.state_ents or w.lemma_.lower() in FORCES.government for w in words)


def _prize_category(tok: Token) -> bool:
    """A prize named by its category: a singular common noun first a person by WordNet, with no
    determiner and a superlative ('who took best actress for her role'). A person taken is counted
    or determined ('took two hostages', 'seized the best-known dissident')."""
    return tok.tag_ == "NN" and head_class(tok) == "person" and not any(c.dep_ in ("det", "poss", "nummod") for c in tok.children) \
        and any(c.dep_ == "amod" and c.tag_ == "JJS" for c in tok.children)


def _prize_phrases(v: Token) -> Iterator[Token]:
    """The objects of the 'prize_preps' phrases in the verb's own clause: below it, but not inside a
    dependent that is an act of its own ('clause_deps')."""
    stack = [c for c in v.children if c.dep_ not in PRIZES.clause_deps]
    while stack:
        tok = stack.pop()
        if tok.dep_ in ("prep", "dative") and tok.lower_ in PRIZES.prize_preps:
            yield from (x for x in tok.children if x.dep_ == "pobj")
        stack.extend(c for c in tok.children if c.dep_ not in PRIZES.clause_deps)


def reaches_a_rank(kind: str, v: Token) -> bool:
    """Whether a verb of force ('contest_types') has a 'to'-clause ('rank_clause_deps') of a copula
    ('rank_copulas') whose attribute names a rank — a superlative or an ordinal, or a superlative
    adverb on its modifier ('held off Kylie Minogue to remain the week's biggest single', 'has beaten
    Gerard Depardieu to become France's best-paid actor'): a place in a table reached or kept, no force.
    'Beat the man to make him talk' names no rank."""
    if kind not in PRIZES.contest_types:
        return False
    return any(c.dep_ in PRIZES.rank_clause_deps and c.lemma_.lower() in PRIZES.rank_copulas
               and any(t.dep_ == "aux" and t.lower_ == "to" for t in c.children)
               and any(_rank(a) for a in c.children if a.dep_ in ("attr", "acomp"))
               for c in v.children)


def _rank(tok: Token) -> bool:
    """A rank: a superlative or an ordinal in the phrase (``rank_noun``), or a superlative adverb
    ('the best-paid actor', 'the most-watched show')."""
    return rank_noun(tok) or any(t.tag_ == "RBS" for t in tok.subtree)


def earns_takings(kind: str, mode: str | None, v: Token) -> bool:
    """Whether a seizure ('takings_types', 'takings_modes') takes only amounts of money ('money_ents')
    and has a subject that is no party ('party_ents', 'party_classes'): 'The first Pirates of the
    Caribbean film took $305m at the box office' — a work's takings, a business's own result. 'Police
    seized $2m in cash' and 'rebels took $1m' stay: a party can seize."""
    if kind not in PRIZES.takings_types or mode not in PRIZES.takings_modes:
        return False
    objs = [c for c in v.children if c.dep_ in ("dobj", "obj")]
    subjects = [c for c in v.children if c.dep_ in ("nsubj", "csubj")]
    return bool(objs) and bool(subjects) and all(o.ent_type_ in PRIZES.money_ents for o in objs) \
        and not any(_party(s) for s in subjects)


def _party(tok: Token) -> bool:
    """A name of a person, a body or a state, a pronoun, or a common noun first a person or a group."""
    if tok.ent_type_:
        return tok.ent_type_ in PRIZES.party_ents
    return tok.pos_ == "PRON" or head_class(tok) in PRIZES.party_classes


def names_a_work(name: Token) -> bool:
    """Whether a name's head token names a created work: a common noun for a kind of work
    (``work_noun``: WordNet's compositions, movies and dramas) is written right before it ('her
    novel Small Island', 'the forthcoming thriller The Woodsman', 'the film Closer'). A film, a book
    or a song is made, won with or praised; it does nothing to anyone, so it is no party of an act.
    The press and the web are no such kind ('the newspaper The Sun', 'website eBay'): those bodies
    act. spaCy's own label of a work is not read: it also gives it to bodies ('the Bicester Hunt');
    nor a noun after the name ('Ambuja Cement Eastern ..., a Holcim statement said', the parser's
    apposition across the verb)."""
    nouns = ([name.head] if name.dep_ == "appos" else []) \
        + [c for c in name.children if c.dep_ in ("compound", "appos", "amod")]
    return any(work_noun(n) and not n.ent_type_ for n in nouns if n.i < name.i)


def names_a_prize(name: Token) -> bool:
    """Whether a name's head token names a prize: a proper noun whose word WordNet files below a
    prize or an accolade (``award_noun``: 'the main Whitbread Prize', 'the Turner Prize', 'the
    Brit Awards'). A prize is won, given or shortlisted for; it does nothing to anyone and no one
    acts on it, so it is no party of an act, whatever type the entity stage gave its name. A name
    whose head is a body's noun ('the Nobel Prize Committee') or a person's is no prize, and nor is
    a prize's name written before a noun first a person or a group ('the Turner Prize jury', 'the
    Booker Prize judges'): it names that body."""
    if name.pos_ != "PROPN" or name.ent_type_ == "PERSON" or not award_noun(name):
        return False
    return not (name.dep_ == "compound" and party_word(name.head.lemma_.lower()))
