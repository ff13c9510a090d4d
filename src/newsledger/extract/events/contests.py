"""A contest is no event (issue 14, contests28: sport and entertainment news).

Sport news writes its contests with the verbs of competing, which CAMEO's dictionary codes as
force or as pledges: a sprinter will 'defend my 100m world title' (AGREE), 'Brazil beat Germany in the
2002 World Cup final' (ASSAULT beat), and an awards night is reported the same way:
'Westlife won the award ..., beating former member Brian McFadden', 'Casey beat Brian McFadden and
Damien Rice' in a paragraph about a prize. None strikes or promises anything: PLOVER codes no
event for a win or a loss in a contest. Each predicate reads WordNet (the verbs whose first sense
is winning or overtaking, ``VERBS.competition``; the nouns of a champion's status, of contests and
games, of sports and of prizes) and the parse; which types, phrases and labels count is data
(``data/event_contests.json``). A ban, a fine, a suspension, a transfer agreed, a coach sacked or
a protest by fans is no contest, and is read as before."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from ...lexicons import view
from ...nlp.wordnet import VERBS, WORDNET, award_noun, of_objects, party_word, title_noun, token_classes, verb_lemma

_OBJECTS = ("dobj", "obj")


@dataclass(frozen=True)
class EventContests:
    """data/event_contests.json."""

    given_deps: frozenset[str]
    beat_types: frozenset[str]
    win_deps: frozenset[str]
    rival_ents: frozenset[str]
    setting_ents: frozenset[str]
    venue_ents: frozenset[str]
    force_particles: frozenset[str]
    force_preps: frozenset[str]
    force_ends: frozenset[str]
    entry_preps: frozenset[str]
    contestant_ents: frozenset[str]
    race_marks: frozenset[str]
    time_units: frozenset[str]
    purpose_preps: frozenset[str]


CONTESTS = view(EventContests, "event_contests.json")


def contests_a_title(v: Token) -> bool:
    """Whether a verb's object is a champion's status by WordNet ('I plan to defend my 100m world
    title', 'retained the championship'): a title is contested, no party's property is taken or
    promised. A title 'of' something is a heading ('the title of the bill'); a title one party gives
    another ('given_deps': 'was awarded the title by Forbes', 'awarded him the title') is an honour
    between parties, and stays."""
    if any(c.dep_ in CONTESTS.given_deps for c in v.children):
        return False
    return any(title_noun(c) and not of_objects(c) for c in v.children if c.dep_ in ("dobj", "obj"))


def beats_a_rival(kind: str, v: Token) -> bool:
    """Whether a verb of force ('beat_types') whose first WordNet sense is winning or overtaking
    ('beat', 'defeat', 'overcome') beats a named party ('rival_ents', or a pronoun) with no mark of
    force (``_by_force``) where a contest is in view (``_in_a_contest``): 'Brazil beat Germany in
    the 2002 World Cup final', 'won the award ..., beating former member Brian McFadden'. 'Police
    beat protesters' (no named party), 'beat him to death' and 'beat him with sticks' keep the force."""
    if kind not in CONTESTS.beat_types or v.pos_ != "VERB" or verb_lemma(v) not in VERBS.competition:
        return False
    rivals = [c for c in v.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if not rivals or not all(_named_party(r) for r in rivals) or _by_force(v):
        return False
    return _joined_to_a_win(v) or _in_a_contest(v)


def _named_party(tok: Token) -> bool:
    """A name of a person, a body, a state or a people ('rival_ents'), or a pronoun."""
    return tok.ent_type_ in CONTESTS.rival_ents or tok.pos_ == "PRON"


def _by_force(v: Token) -> bool:
    """A mark of force on the verb: a particle ('force_particles': 'beat him up'), an instrument
    ('force_preps': 'with sticks'), or an end that is harm ('force_ends': 'to death', 'to a pulp')."""
    for c in v.children:
        if c.dep_ == "prt" and c.lower_ in CONTESTS.force_particles:
            return True
        if c.dep_ == "prep" and c.lower_ in CONTESTS.force_preps:
            return True
        if c.dep_ == "prep" and any(x.lemma_.lower() in CONTESTS.force_ends for x in c.children if x.dep_ == "pobj"):
            return True
    return False


def _joined_to_a_win(v: Token) -> bool:
    """The verb hangs on, or carries, a clause of winning ('win_deps'): 'Westlife won the award,
    beating former member Brian McFadden', 'the section was won by Susan Fletcher, beating the
    favourite'."""
    near = [v.head] if v.dep_ in CONTESTS.win_deps and v.head != v else []
    near += [c for c in v.children if c.dep_ in CONTESTS.win_deps]
    return any(n.pos_ == "VERB" and verb_lemma(n) in VERBS.competition for n in near)


def _in_a_contest(v: Token) -> bool:
    """Its sentence names a contest, a game, a sport, a title or a prize by WordNet, a named event
    ('setting_ents': 'the 2002 World Cup final') or a score ('2-1'), or its paragraph names a prize
    ('Westlife won the award ... Casey beat Brian McFadden and Damien Rice')."""
    sent = v.sent
    if any(_contest_word(t) or t.ent_type_ in CONTESTS.setting_ents or _score(t) for t in sent):
        return True
    return any(t.pos_ == "NOUN" and award_noun(t) for t in _paragraph(v))


def _contest_word(t: Token) -> bool:
    if t.pos_ not in ("NOUN", "PROPN"):
        return False
    words = {t.lemma_.lower(), t.lower_}
    return bool(words & (WORDNET.games | WORDNET.sports)) or title_noun(t) or t.pos_ == "NOUN" and award_noun(t)


def _score(t: Token) -> bool:
    """Two numbers joined by a hyphen ('a 0-0 tie', 'won 2-1'), as one token or three."""
    doc = t.doc
    if "-" in t.text and all(p.isdigit() for p in t.text.split("-")) and t.text.count("-") == 1:
        return True
    return t.like_num and t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and doc[t.i + 2].like_num \
        and not doc[t.i + 1].whitespace_ and not t.whitespace_


def _paragraph(v: Token) -> Span:
    """The paragraph around the verb: the text between the blank lines before and after it."""
    doc = v.doc
    lo = max((t.i + 1 for t in doc[:v.i] if t.is_space and "\n\n" in t.text), default=0)
    hi = min((t.i for t in doc[v.i:] if t.is_space and "\n\n" in t.text), default=len(doc))
    return doc[lo:hi]


def competes(v: Token) -> bool:
    """Whether a verb, of any type, is a contestant's act in a contest (contests29): 'Kenteris and
    Thanou withdrew from the Athens Olympics', 'the Moroccan will not commit himself to the St Galmier
    event' (``enters_or_leaves_a_contest``); 'El Guerrouj could meet Bekele in March as the Ethiopian
    is the defending world cross country champion', 'held off Markos Geneti by only 0.19secs to secure
    his victory' (``meets_a_rival``). Taking part in a race, pulling out of it or meeting a rival in
    it is no interaction PLOVER codes. A passive ('was banned from the Olympics', 'suspended from all
    competition') is done to the contestant by another, a sanction, and is read as before."""
    if v.pos_ != "VERB" or any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children):
        return False
    return enters_or_leaves_a_contest(v) or meets_a_rival(v)


def enters_or_leaves_a_contest(v: Token) -> bool:
    """A verb the object of one of whose 'entry_preps' phrases ('from', 'to', 'into', 'out of') is a
    contest (``_a_contest``; not its direct object: 'blocked the auction' acts on a sale), with no
    other object than the subject itself ('commit himself to'), no other phrase naming a party
    ('travel to Israel for the match' is a journey to a state), a person among its subjects
    (``_contestant``; NER may tag the second of two athletes a body) and no state."""
    subjects = [x for s in v.children if s.dep_ == "nsubj" for x in (s, *[c for c in s.children if c.dep_ == "conj"])]
    if not any(_contestant(x) for x in subjects) or any(x.ent_type_ == "GPE" for x in subjects):
        return False
    objects = [c for c in v.children if c.dep_ in _OBJECTS]
    entered = [x for p in v.children if p.dep_ == "prep" and p.lower_ in CONTESTS.entry_preps
               for x in p.children if x.dep_ == "pobj"]
    outs = [p for p in v.children if p.dep_ in ("prep", "prt") and p.lower_ == "out"]     # 'pulled out of the race'
    entered += [x for p in outs for q in (*p.children, *v.children)
                if q.dep_ == "prep" and q.lower_ == "of" for x in q.children if x.dep_ == "pobj"]
    contests = [a for a in entered if _a_contest(a)]
    if not contests:
        return False
    others = [a for a in objects + entered if a not in contests]
    return all(a.dep_ in _OBJECTS and a.tag_ == "PRP" and a.lower_.endswith(("self", "selves")) for a in others) \
        and not any(_names_a_party(a) for a in others)


def _contestant(x: Token) -> bool:
    """A person who contests ('contestant_ents': a person's name, 'the Moroccan'; a personal pronoun; a
    noun first a person by WordNet: 'the sprinter'). Not a body or a state: 'Gazprom withdrew from the
    auction' leaves a sale, a state that withdraws from the Olympics boycotts them."""
    if x.ent_type_:
        return x.ent_type_ in CONTESTS.contestant_ents
    if x.pos_ == "PRON":
        return x.lower_ in ("i", "he", "she", "we", "they", "you")
    classes = token_classes(x)
    return x.pos_ == "NOUN" and bool(classes) and classes[0] == "person"


def _a_contest(x: Token) -> bool:
    """A contest or a game by WordNet ('games': 'race', 'final', 'tournament'), a named event
    ('setting_ents': 'the Athens Olympics'), or an occasion a place's name modifies in a phrase of
    the verb ('venue_ents': 'to the St Galmier event'; no party: not 'the England left-back') in a
    paragraph that names a contest or a mark of a race ('the defending world cross country
    champion')."""
    if x.ent_type_ in CONTESTS.setting_ents or x.pos_ == "NOUN" and not x.ent_type_ and (
            x.lemma_.lower() in WORDNET.games or x.lower_ in WORDNET.games):
        return True
    if x.pos_ != "NOUN" or x.dep_ != "pobj" or party_word(x.lemma_.lower()) or not any(
            c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ in CONTESTS.venue_ents for c in x.children):
        return False
    return any(_contest_word(t) or t.ent_type_ in CONTESTS.setting_ents or _race_mark(t) for t in _paragraph(x))


def _names_a_party(x: Token) -> bool:
    return x.ent_type_ in CONTESTS.rival_ents


def meets_a_rival(v: Token) -> bool:
    """A verb with a sense of taking part in a contest or gaining on a rival ('contending': 'meet',
    'face', 'play'), or a phrasal verb first of competition ('hold off'), whose every object is a
    named party, where its sentence frames a contest (``_race_in_view``); a clause of speech or a
    purpose hung on it ('will meet Ferguson to discuss his future', 'for talks') keeps a meeting."""
    if not _contending(v):
        return False
    rivals = [c for c in v.children if c.dep_ in _OBJECTS]
    if not rivals or not all(_named_party(r) or _described_name(r) for r in rivals) or _for_a_purpose(v):
        return False
    return _race_in_view(v)


def _described_name(x: Token) -> bool:
    """A common noun for a party with a name in apposition ("Bekele's Ethiopian colleague Markos
    Geneti"), or right before a name the parse left outside its phrase: the name is the party (as ``phrases.describes_name_after``
    reads it with the article's entities)."""
    if x.pos_ != "NOUN" or x.ent_type_ or x.i + 1 >= len(x.doc) or not party_word(x.lemma_.lower()):
        return False
    if any(c.dep_ == "appos" and c.ent_type_ in CONTESTS.rival_ents for c in x.children):
        return True
    name = x.doc[x.i + 1]
    return name.pos_ == "PROPN" and name.ent_type_ in CONTESTS.rival_ents and name not in x.subtree


def _contending(v: Token) -> bool:
    lemma = verb_lemma(v)
    particles = [c.lower_ for c in v.children if c.dep_ == "prt"]
    if particles:
        return f"{lemma} {particles[0]}" in VERBS.phrasal.get("competition", frozenset())
    return lemma in VERBS.contending or lemma in VERBS.competition


def _for_a_purpose(v: Token) -> bool:
    """A clause of speech on the verb ('to discuss his future'), or a 'purpose_preps' phrase
    ('for talks', 'over the transfer') whose object is no contest."""
    for c in v.children:
        if c.dep_ in ("xcomp", "advcl", "ccomp") and verb_lemma(c) in VERBS.communication:
            return True
        if c.dep_ == "prep" and c.lower_ in CONTESTS.purpose_preps and any(
                x.dep_ == "pobj" and not _a_contest(x) and not x.ent_type_ for x in c.children):
            return True
    return False


def _race_in_view(v: Token) -> bool:
    """Its sentence names a contest, a game, a sport, a title or a prize, a named event or a score
    (as ``_in_a_contest`` reads it), a mark of a race ('race_marks': 'champion', 'victory', 'lap',
    'medal') or a time run ('0.19secs', '44.93 seconds')."""
    return any(_contest_word(t) or t.ent_type_ in CONTESTS.setting_ents or _score(t) or _race_mark(t)
               or _time_run(t) for t in v.sent)


def _race_mark(t: Token) -> bool:
    return t.pos_ == "NOUN" and t.lemma_.lower() in CONTESTS.race_marks


def _time_run(t: Token) -> bool:
    """A number with a unit of time, as one token ('0.19secs') or two ('44.93 seconds')."""
    text = t.lower_
    digits = text.rstrip("abcdefghijklmnopqrstuvwxyz")
    if digits and digits != text and digits.replace(".", "").replace(",", "").isdigit():
        return text[len(digits):] in CONTESTS.time_units
    return t.like_num and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in CONTESTS.time_units
