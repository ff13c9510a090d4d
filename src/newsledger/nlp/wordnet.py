"""The WordNet classes of words, as every room reads them.

A noun's lexicographer classes ('police' -> group, 'fears' -> feeling), the verbs an event noun
derives from, and the class of a verb whose first sense names no act are read from the Open
English WordNet's files packaged as data (``data/wordnet_nouns.json``, ``data/wordnet_verbs.json``,
written by ``scripts/build_event_lexicon.py``). The events room judges a trigger's sense by them; the statements,
entities, places and forecasts rooms read the same classes, so they live here, upstream of all.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from ..lexicons import view


@dataclass(frozen=True)
class NounClasses:
    first: dict[str, tuple[str, ...]]
    other: dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class WordnetNouns:
    """data/wordnet_nouns.json."""

    classes: NounClasses
    verbs: dict[str, tuple[str, ...]]
    contests: frozenset[str]
    diseases: frozenset[str]
    awards: frozenset[str]
    later_awards: frozenset[str]
    works: frozenset[str]
    titles: frozenset[str]
    sports: frozenset[str]
    games: frozenset[str]
    matches: frozenset[str]
    contestants: frozenset[str]
    athletes: frozenset[str]
    named_contests: frozenset[str]


@dataclass(frozen=True)
class WordnetVerbs:
    """data/wordnet_verbs.json: the verbs whose first sense is in verb.communication, those with a
    sense of criticising, those whose first sense is a state, thought, perception or feeling, and
    those whose first sense is winning or overtaking in a contest, those with any sense of taking part
    in a contest or of gaining on a rival ('contending': 'meet', 'face', 'play', 'race'), the verbs of
    having ('have', 'hold', 'own', 'possess': the two synsets of verb.possession that name a state),
    the verbs with a sense of consuming ('take': ingest), the verbs of a verb and a
    particle by the class of their first sense ('take on' -> change), and the verbs whose first sense's
    class is none of those of their senses that take a person as object, with those classes ('fire'
    -> motion, social, change), and the verbs with any sense in verb.creation ('direct' a film,
    'conduct' a performance), and the verbs with a sense of putting a person out of a group ('excluding':
    'ban', 'bar', 'suspend', 'expel', 'blackball'), and the verbs whose first sense inflicts a penalty
    ('penalizing': 'jail', 'imprison', 'fine', 'punish')."""

    communication: frozenset[str]
    critical: frozenset[str]
    states: dict[str, frozenset[str]]
    competition: frozenset[str]
    contending: frozenset[str]
    having: frozenset[str]
    consumption: frozenset[str]
    phrasal: dict[str, frozenset[str]]
    person_objects: dict[str, frozenset[str]]
    creation: frozenset[str]
    excluding: frozenset[str]
    penalizing: frozenset[str] = frozenset()


@dataclass(frozen=True)
class WordnetInitials:
    """data/wordnet_initials.json (written by ``scripts/build_initials.py``): WordNet's nouns of two to
    six capital letters, those whose first sense is a group ('ICC', 'FBI') and the others ('GDP', 'MP')."""

    bodies: frozenset[str]
    things: frozenset[str]


WORDNET = view(WordnetNouns, "wordnet_nouns.json")
VERBS = view(WordnetVerbs, "wordnet_verbs.json")
INITIALS = view(WordnetInitials, "wordnet_initials.json")


@lru_cache(maxsize=1)
def _index() -> dict[str, list[str]]:
    """Noun -> its classes, first sense first."""
    wn = WORDNET.classes
    out: dict[str, list[str]] = {}
    for part in (wn.first, wn.other):
        for cls, nouns in part.items():
            for n in nouns:
                out.setdefault(n, []).append(cls)
    return out


def word_classes(word: str) -> list[str]:
    """A noun's WordNet classes, first sense first ([] when WordNet lacks it)."""
    return _index().get(word, [])


def disease_name(name: str) -> bool:
    """Whether a one-word name is one WordNet files first as a disease or an infection ('HIV',
    'Aids', 'SARS', 'Ebola'), in any case (WordNet's capitalised lemmas below ill health)."""
    return name.lower() in WORDNET.diseases


def award_noun(tok: Token) -> bool:
    """Whether a noun names a prize or an honour: its first or second WordNet sense lies below a
    prize or an accolade ('the best actress award', 'three trophies', 'a gold medal'), or a name's
    head is such a noun ('the Orange British Academy Film Awards', 'the Turner Prize')."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    singular = tok.lower_[:-1] if tok.pos_ == "PROPN" and tok.lower_.endswith("s") else tok.lower_
    return any(w in WORDNET.awards for w in (tok.lemma_.lower(), tok.lower_, singular))


def later_award_noun(tok: Token) -> bool:
    """Whether a common noun has a WordNet sense below a prize or an accolade only past its first two
    ('later_awards': 'crown', the award given to the champion; 'cup', 'palm', 'silver'): first other
    things, a prize only where the text around it is about prizes (``prizes.prize_in_view``)."""
    return tok.pos_ == "NOUN" and not tok.ent_type_ and (tok.lemma_.lower() in WORDNET.later_awards or tok.lower_ in WORDNET.later_awards)


def title_noun(tok: Token) -> bool:
    """Whether a common noun has a sense of the status of being a champion ('my 100m world title',
    'the championship'): what a contest is won, defended or lost for."""
    return tok.pos_ == "NOUN" and not tok.ent_type_ and (tok.lemma_.lower() in WORDNET.titles or tok.lower_ in WORDNET.titles)


def sport_word(word: str) -> bool:
    """Whether a word's first WordNet sense is a sport ('athletics', 'football', 'swimming'), in any
    case: the word a sports body is named or described by ('Athletics Kenya', 'Kenya's athletics body')."""
    return word.lower() in WORDNET.sports


def match_noun(tok: Token) -> bool:
    """Whether a common noun names a contest that is played or run ('the final', 'a race', 'the
    match'), not a race for office ('the campaign')."""
    return tok.pos_ == "NOUN" and not tok.ent_type_ and (tok.lemma_.lower() in WORDNET.matches or tok.lower_ in WORDNET.matches)


def contestant_noun(tok: Token) -> bool:
    """Whether a common noun names who takes part in a contest or runs it: a sense below a contestant
    or a team ('striker', 'goalkeeper', 'rival', 'side'), or a person's sense on a sport's topic
    ('coach', 'referee')."""
    return tok.pos_ == "NOUN" and (tok.lemma_.lower() in WORDNET.contestants or tok.lower_ in WORDNET.contestants)


def athlete_noun(tok: Token) -> bool:
    """Whether a common noun is first an athlete or a person on a sport's topic by WordNet ('the
    sprinters', 'winger', 'referee'): a word only sport has, where a contestant may be a bidder or a
    rival in a market."""
    return tok.pos_ == "NOUN" and not tok.ent_type_ and (tok.lemma_.lower() in WORDNET.athletes or tok.lower_ in WORDNET.athletes)


def work_noun(tok: Token) -> bool:
    """Whether a word names a kind of created work: its first WordNet sense lies below a literary,
    musical or dramatic composition, a movie or a drama ('novel', 'thriller', 'film', 'song',
    'play'); read in any part of speech the parser gave it ('her novel Small Island' tags 'novel' an
    adjective)."""
    return tok.pos_ in ("NOUN", "ADJ") and (tok.lemma_.lower() in WORDNET.works or tok.lower_ in WORDNET.works)


def first_class(word: str) -> str | None:
    """The WordNet class of a noun's first sense ('police' -> 'group'), None when WordNet lacks it."""
    return next(iter(_index().get(word, [])), None)


def party_word(word: str) -> bool:
    """Whether a noun's first WordNet sense is a person or a group ('minister', 'union', 'police'):
    a word that can name a party of an act."""
    return first_class(word) in ("person", "group")


def token_classes(tok: Token) -> list[str]:
    if tok.pos_ != "NOUN" or tok.ent_type_:
        return []
    word = compound_noun(tok) or (tok.lemma_.lower() if tok.lemma_.lower() in _index() else tok.lower_)
    return [_top(word, c) for c in _index().get(word, [])]


def written_classes(tok: Token) -> list[str]:
    """The classes of a common noun, a plural read by the plural itself when WordNet lists it as a
    noun of its own ('graphics': first a thing shown, where the lemma 'graphic' is a drawing; 'arms',
    'savings', 'provisions'), else ``noun_classes``."""
    word = tok.lower_
    if tok.tag_ != "NNS" or tok.ent_type_ or word == tok.lemma_.lower() or compound_noun(tok) or word not in _index():
        return noun_classes(tok)
    return [_top(word, c) for c in _index()[word]]


def compound_noun(tok: Token) -> str | None:
    """The multi-word noun WordNet lists for a noun and the word just before it ('red tape' is a
    procedure, not an artifact; 'hunger strike'), or None."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    if before is None or before.head != tok or before.dep_ not in ("compound", "amod"):
        return None
    return next((w for w in (f"{before.lower_} {tok.lemma_.lower()}", f"{before.lower_} {tok.lower_}") if w in _index()),
                None)


def _top(word: str, cls: str) -> str:
    """WordNet files the unique beginner of each class under 'Tops' ('person', 'group'): such a
    word is of the class it names."""
    return word if cls == "Tops" and word in _class_names() else cls


@lru_cache(maxsize=1)
def _class_names() -> frozenset[str]:
    return frozenset(WORDNET.classes.first) | frozenset(WORDNET.classes.other)


def of_objects(tok: Token) -> list[Token]:
    """The objects of a noun's 'of' phrases ('a group of refugees': refugees; 'hundreds of farmers'):
    what a quantity, a collection or a part is judged by."""
    return [c for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children if c.dep_ == "pobj"]


def noun_classes(tok: Token) -> list[str]:
    """WordNet classes of a common noun, its first sense first, with those of its 'of' phrase
    ('a group of refugees'), or of that phrase alone after a quantifier ('many of the demands');
    [] for names, pronouns and nouns WordNet lacks."""
    inner = of_objects(tok)
    if inner and tok.pos_ not in ("NOUN", "PROPN"):
        return token_classes(inner[0])          # 'met many of the demands', 'freed three of the hostages': a part of X is X
    if inner and (not token_classes(tok) or not token_classes(inner[0])):
        return []
    return list(dict.fromkeys(token_classes(tok) + (token_classes(inner[0]) if inner else [])))


def event_verbs(noun: str) -> tuple[str, ...]:
    """The verbs an event noun derives from ('bombardment' -> 'bombard')."""
    return WORDNET.verbs.get(noun, ())


def head_class(tok: Token) -> str | None:
    """The WordNet class of a common noun's own first sense, read with the word before it when
    WordNet lists the two as one noun ('interest rates' is a possession); None for names, pronouns
    and nouns WordNet lacks."""
    return next(iter(token_classes(tok)), None)


def spoken(v: Token) -> bool:
    """A verb of speech: its first WordNet sense is in verb.communication ('discuss', 'comment',
    'elaborate', 'name', 'say')."""
    return v.lemma_.lower() in VERBS.communication


def verb_lemma(v: Token) -> str:
    """The verb's lemma as WordNet spells it: American '-ize' where it lacks the British '-ise'
    ('realise' -> 'realize')."""
    lemma = v.lemma_.lower()
    return lemma[:-3] + "ize" if lemma.endswith("ise") and lemma not in _listed_verbs() else lemma


@lru_cache(maxsize=1)
def _listed_verbs() -> frozenset[str]:
    """Every verb wordnet_verbs.json lists, built once (not per verb read)."""
    return VERBS.communication | VERBS.critical | frozenset(w for verbs in VERBS.states.values() for w in verbs)


def verb_state(v: Token) -> str | None:
    """The class of a verb whose first WordNet sense names no act: 'stative' ('need', 'be'),
    'cognition' ('realise'), 'perception' ('ring'), 'emotion' ('fear'); None for an act."""
    return lemma_state(verb_lemma(v))


def lemma_state(lemma: str) -> str | None:
    """``verb_state`` of a lemma the caller has mended ('hopes' tagged 'hop': statements' lemma_fixes)."""
    return next((cls for cls, verbs in VERBS.states.items() if lemma in verbs), None)


def having_verb(v: Token) -> bool:
    """A verb of having ('have', 'hold', 'own', 'possess'): WordNet's verb.possession mixes states
    with transfers ('get', 'sell', 'offer'); these two synsets are the state of having, no act."""
    return verb_lemma(v) in VERBS.having


def consuming_verb(v: Token) -> bool:
    """A verb with a sense in WordNet's verb.consumption ('take' as ingesting, 'eat', 'use', 'inject');
    'seize', 'capture', 'grab' have none."""
    return verb_lemma(v) in VERBS.consumption


@lru_cache(maxsize=1)
def _phrasal_index() -> dict[str, str]:
    """Phrasal verb -> the class of its first sense, built once."""
    return {w: cls for cls, verbs in VERBS.phrasal.items() for w in verbs}


def phrasal_class(v: Token) -> str | None:
    """The class of the first WordNet sense of a verb with its particle ('took on' -> 'change',
    'rounded up' -> 'contact'), when WordNet lists the two as a verb of their own; None for a verb
    with no particle or a pair WordNet lacks."""
    lemma = verb_lemma(v)
    return next((_phrasal_index()[k] for c in v.children if c.dep_ == "prt"
                 if (k := f"{lemma} {c.lower_}") in _phrasal_index()), None)


def prepositional_class(v: Token, prep: Token) -> str | None:
    """The class of the first WordNet sense of a verb with a preposition after it, when WordNet
    lists the two as a verb of their own ('comes with a camera' -> 'stative'); None otherwise."""
    return _phrasal_index().get(f"{verb_lemma(v)} {prep.lower_}") if prep.i > v.i else None


# A goal phrase WordNet writes with 'to' ('take to heart') may be written with 'into', the goal
# entered ('took Bob into their hearts'); a possessive inside an idiom WordNet writes as "one's"
# (the doer's own) or "someone's" (another's)
GOAL_PREPS = {"into": "to"}
POSSESSIVE_SLOT = "one's"
SOMEONES = "someone's"


def phrase_idiom_class(v: Token) -> str | None:
    """The class of the first WordNet sense of a verb with a particle or preposition and the noun
    phrase after it, when WordNet lists the three as a verb of their own ('took the warning to heart',
    'took Bob into their hearts' -> cognition; 'put him to death' -> social; 'turned up the heat'),
    whatever stands between the verb and the phrase; None when WordNet lists none."""
    lemma = verb_lemma(v)
    index = _phrasal_index()
    return next((index[k] for k in _phrase_keys(v, lemma) if k in index), None)


def _phrase_keys(v: Token, lemma: str) -> list[str]:
    """'lemma prep noun-phrase' for each preposition or particle of V and the noun phrase it heads
    (a preposition's object; a particle's, the verb's object), as written, with a possessive as
    "one's", and with the noun alone, in both the preposition's own form and its goal form."""
    keys = []
    obj = next((c for c in v.children if c.dep_ in ("dobj", "obj")), None)
    for c in v.children:
        noun = next((x for x in c.children if x.dep_ == "pobj"), None) if c.dep_ == "prep" else \
            obj if c.dep_ == "prt" else None
        if noun is None or c.i < v.i:
            continue
        words = [t for t in noun.subtree if t.i <= noun.i and t.dep_ not in ("amod", "compound", "nummod")]
        forms = {" ".join(t.lower_ for t in words), noun.lemma_.lower(),
                 " ".join(POSSESSIVE_SLOT if t.dep_ == "poss" else t.lower_ for t in words[:-1]) + " " + noun.lemma_.lower()}
        for prep in {c.lower_, GOAL_PREPS.get(c.lower_, c.lower_)}:
            keys += [f"{lemma} {prep} {f.strip()}" for f in forms]
    return keys


def excluding_verb(v: Token) -> bool:
    """A verb with a sense of putting a person out of a group, taking a person as object ('banned
    the striker', 'barred the candidate', 'suspended the sprinter'): one of WordNet's senses below
    expel but those of a place or a country (``excluding``)."""
    return verb_lemma(v) in VERBS.excluding


def penalizing_verb(lemma: str) -> bool:
    """A verb whose first sense inflicts a penalty ('was jailed for three years', 'were fined 1m
    euros', 'will not be punished'): its synset is the one a noun whose first sense is a penalty
    derives from (``penalizing``: 'jail', 'imprison', 'fine', 'punish'; not 'detain', 'arrest')."""
    return lemma in VERBS.penalizing


def person_object_classes(v: Token) -> frozenset[str]:
    """The classes of a verb's WordNet senses whose frame takes a person as object ('Somebody
    ----s somebody'), for a verb whose first sense's class is none of them ('fire', first to shoot,
    which takes things -> motion, social, change: to drive out, to dismiss, to arouse); empty for
    any other verb ('murder', 'hit': the first sense takes a person)."""
    return VERBS.person_objects.get(verb_lemma(v), frozenset())


@lru_cache(maxsize=1)
def _lemma_lists() -> tuple[frozenset[str], frozenset[str]]:
    """(verbs, other words): the lemmas the model's lemmatizer lists as verbs, and those it lists as
    nouns, adjectives or adverbs (spaCy's English lookups, WordNet's lemma index), read once from the
    loaded pipeline."""
    from .pipeline import load_base
    index = load_base().get_pipe("lemmatizer").lookups.get_table("lemma_index")  # type: ignore[attr-defined]
    others = frozenset(w for pos in ("noun", "adj", "adv") for w in index.get(pos, ()))
    return frozenset(index.get("verb", ())), others


def verb_only(word: str) -> bool:
    """WORD, in lower case, is a verb WordNet lists and no noun, adjective or adverb ('choose',
    'discover', 'download'; not 'meet', 'live', 'secure', 'long'): a capitalised one opening a line
    is an imperative."""
    verbs, others = _lemma_lists()
    low = word.lower()
    return low in verbs and low not in others


def body_initials(word: str) -> bool:
    """WORD, written in capitals, may be a body's initials: WordNet files it first as a group and its
    lower case is no common noun ('ICC', 'FBI'; not 'AI', also a sloth), or WordNet lists it neither as
    initials nor, in lower case, as a word of the language ('UEFA', 'RFU', 'NTL'; not 'GDP', 'TV',
    'MP', a person, nor 'FA', a note)."""
    if word in INITIALS.bodies:
        return not word_classes(word.lower())
    verbs, others = _lemma_lists()
    return word not in INITIALS.things and word.lower() not in verbs and word.lower() not in others


def english_word(tok: Token) -> bool:
    """TOK, in lower case or by its lemma, is a word WordNet lists in any part of speech ('quick',
    'businesses', 'distinctive'): an ordinary word of the language, which a capital alone may not
    make a name."""
    verbs, others = _lemma_lists()
    return any(w in verbs or w in others for w in (tok.lower_, tok.lemma_.lower()))
