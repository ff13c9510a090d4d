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

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ...lexicons import view
from ...nlp.components import once
from ...nlp.wordnet import (
    VERBS,
    WORDNET,
    athlete_noun,
    award_noun,
    contestant_noun,
    first_class,
    match_noun,
    of_objects,
    party_word,
    sport_word,
    title_noun,
    token_classes,
    verb_lemma,
)
from .senses import doers

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
    kept_types: frozenset[str]
    party_deps: frozenset[str]
    one_person_pronouns: frozenset[str]
    party_pronouns: frozenset[str]
    person_ents: frozenset[str]
    body_ents: frozenset[str]
    club_ents: frozenset[str]
    rank_nouns: frozenset[str]
    dealing_types: frozenset[str]
    asked_types: frozenset[str]


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
    return prize_in_view(v)


def prize_in_view(tok: Token) -> bool:
    """The paragraph around a token names a prize by WordNet (``award_noun``: 'Westlife won the award
    ... Casey beat Brian McFadden and Damien Rice')."""
    return any(t.pos_ == "NOUN" and award_noun(t) for t in _paragraph(tok))


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
    contest (``a_contest``; not its direct object: 'blocked the auction' acts on a sale), with no
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
    contests = [a for a in entered if a_contest(a)]
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


def a_contest(x: Token) -> bool:
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
                x.dep_ == "pobj" and not a_contest(x) and not x.ent_type_ for x in c.children):
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
    """A number with a unit of time, as one token ('0.19secs') or two ('44.93 seconds'); a decade
    ('the 1960s') is none."""
    text = t.lower_
    digits = text.rstrip("abcdefghijklmnopqrstuvwxyz")
    if digits and digits != text and digits.replace(".", "").replace(",", "").isdigit():
        return text[len(digits):] in CONTESTS.time_units and not (len(digits) == 4 and text.endswith("0s"))
    return t.like_num and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in CONTESTS.time_units


def plays_in_a_contest(kind: str, v: Token) -> bool:
    """Whether a verb of any type is a contest's own move (contests30): its paragraph frames a contest
    that is played or run (``_play_in_view``) and every party to it is on the field (``on_the_field``:
    a player, a side, a referee, a named person or club), with a person among them: 'Rooney was being
    well marshalled by Dunne' in a paragraph of the match, 'advised
    Dallas to award Rangers an injury-time penalty in Hearts's 2-1 defeat'. PLOVER codes interactions
    between political actors; a game, a race or a championship is none. Anything done by or to a
    body (a sports body, a court, the police) or to a fan, an act with no party named, and a sanction
    ('kept_types': a ban, a suspension) that no person on the field does, a state or a people as a party,
    parties that are all clubs or firms, and a purpose hung on the verb ('will meet Ferguson after the
    match to discuss his future', ``_for_a_purpose``) stay events."""
    if v.pos_ != "VERB" or not _play_in_view(v.sent if verb_lemma(v) in VERBS.communication else _paragraph(v)):
        return False
    if kind in CONTESTS.kept_types and not any(p.ent_type_ not in CONTESTS.body_ents and on_the_field(p) for p in _doers(v)):
        return False
    parties = _parties(v)
    return any(map(_a_player, parties)) and all(map(on_the_field, parties)) and not _for_a_purpose(v)


def heads_a_side(t: Token) -> bool:
    """Whether a name's mention T is written as a contest's side (playmoves37): it modifies a noun of a
    contestant, a side or an athlete ('Wales coach', 'Ireland hooker', "England's players":
    ``contestant_noun``, ``athlete_noun``), it is the subject or object ('party_deps') of a verb of
    competing or contending in a sentence that frames a contest ('Australia facing South Africa in the
    final': ``_contending``, ``_race_in_view``), or it is the object of a phrase on a contest's noun or
    a mark of a race ('the match against Scotland', 'the 24-18 win over France': ``match_noun``,
    'race_marks'). A state so written in an article heads its national side there: 'Wales defended
    fairly well' is the side's play, no state's act."""
    h = t.head
    if t.dep_ in ("compound", "poss", "nmod") and h.pos_ == "NOUN" and (contestant_noun(h) or athlete_noun(h)):
        return True
    if t.dep_ in CONTESTS.party_deps and h.pos_ == "VERB" and _contending(h) and _race_in_view(h):
        return True
    return t.dep_ == "pobj" and h.dep_ == "prep" and h.head.pos_ == "NOUN" and (match_noun(h.head) or _race_mark(h.head))


def play_framed(tok: Token) -> bool:
    """Whether the paragraph around TOK frames a contest played or run, with a mark only sport has in it
    or in the article's lead (``_play_in_view``)."""
    return _play_in_view(_paragraph(tok))


def deals_on_the_field(kind: str, v: Token) -> bool:
    """Whether a verb of praise, a promise or an offer, cooperation or a request ('dealing_types') is a
    dealing among the people of a field (fieldacts33): its doers are all persons (``_a_player``: no
    club, no body), every party is on the field (``on_the_field``) with one besides the doers and their
    conjuncts ('Brown and Darling promoted the news' deal with no one), and its
    paragraph or the article's lead names a mark only sport has (``_field_of_sport``): 'Sir Bobby Robson
    has offered Chelsea boss Jose Mourinho some advice', 'the manager praised his striker'. PLOVER
    codes interactions between political actors; a manager's dealings with his players, or a coach's
    with another, are the game's own business, as ``own_business.rewards_its_own`` reads a body's
    with its staff. A request ('asked_types') counts only when it asks a party to act itself
    (``_asked_to_act``). A governing body, a court, the police, a state or a fan is not on the field,
    and an accusation, a threat, a ban or a refusal is no dealing type: they stay."""
    if kind not in CONTESTS.dealing_types or v.pos_ != "VERB":
        return False
    if kind in CONTESTS.asked_types and not _asked_to_act(v):
        return False
    doers, parties = [x for d in _doers(v) for x in (d, *d.conjuncts)], _parties(v)
    if not doers or not all(map(_a_player, doers)) or not any(p not in doers for p in parties):
        return False
    return all(map(on_the_field, parties)) and _field_of_sport(_paragraph(v))


def _asked_to_act(v: Token) -> bool:
    """A request whose complement is an act its object is to do ('urged me to carry on', 'ordered
    captain Steven Gerrard not to play down ...'): an active clause on the verb; 'called for all
    athletes to be treated as criminals' asks someone else to act."""
    return any(c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") and not any(
        x.dep_ in ("auxpass", "nsubjpass") for x in c.children) for c in v.children) \
        and any(c.dep_ in _OBJECTS for c in v.children)


def _field_of_sport(span: Span) -> bool:
    """SPAN or the article's lead names a mark only sport has (``_of_sport``, ``_lead_of_sport``)."""
    return any(_of_sport(t) for t in span) or _lead_of_sport(span.doc)


def _a_player(p: Token) -> bool:
    """A person on the field: a person's name, a pronoun of one person, a contestant's noun ('the
    striker'). Firms alone play no game ('Gazprom and Gazpromneft withdrew from the auction')."""
    if p.pos_ == "PRON":
        return p.lower_ in CONTESTS.one_person_pronouns
    return p.ent_type_ in CONTESTS.person_ents or not p.ent_type_ and contestant_noun(p)


def _play_in_view(span: Span) -> bool:
    """SPAN (a deed's paragraph, a speech act's own sentence: 'I discussed my future with Sir Alex' in
    a talk about games is no move in one) names a contest that is played or run (``match_noun``: 'the final', 'the race';
    not a campaign for office), a named event of sport (``_sporting_event``), a score, a time run, a
    champion's title, a prize or a rank ('rank_nouns': 'third place'); a noun that modifies another
    names none ('Liverpool's prize asset'); and SPAN or the article's lead names a word only sport has
    (``_of_sport``, ``_lead_of_sport``)."""
    framed = any(_sporting_event(t) or _score(t) or _time_run(t) or _rank(t) or t.dep_ != "compound" and (
        match_noun(t) or title_noun(t) or t.pos_ == "NOUN" and award_noun(t)) for t in span)
    return framed and _field_of_sport(span)


def _lead_of_sport(doc: Doc) -> bool:
    """Whether the article's lead (its first paragraph) names a word only sport has (``_of_sport``):
    sport news tells its field at the top (a score, a sport's name, a named event of sport) and then
    writes its games with common words ('the manager defended his goalkeeper, whose error had cost
    them the game'). A field named only further down ('drunken football fans' in a paragraph of a
    political row) is an aside, and the 'game' of a later paragraph no contest ('the grovelling
    game')."""
    def build() -> bool:
        start = next((t for t in doc if not t.is_space), None)
        return start is not None and any(_of_sport(t) for t in _paragraph(start))
    return once(doc, "newsledger_lead_of_sport", build)     # read once per article


def _of_sport(t: Token) -> bool:
    """A mark only sport has: a sport's name ('football', 'athletics'), a noun first an athlete or a
    person on a sport's topic by WordNet ('Greek sprinters', 'the referee', 'the winger': contests32),
    a named event of sport, a time run ('on 75 minutes', '0.19secs') or a score of small numbers ('2-1';
    not '2005-6'). A leadership contest with its rivals and challengers, a 'grovelling game', an
    auction's bidders or a card game's name ('parliament', 'hearts') has none."""
    return _sporting_event(t) or _time_run(t) or _score(t) and all(len(n) <= 2 for n in _score_numbers(t)) \
        or t.pos_ == "NOUN" and not t.ent_type_ and sport_word(t.text) or athlete_noun(t)


def _score_numbers(t: Token) -> list[str]:
    """The numbers of a score ('2-1', or '2', '-', '1'): a year's range ('2005-6') is no score."""
    if "-" in t.text:
        return t.text.split("-")
    return [t.text, t.doc[t.i + 2].text]


def _sporting_event(t: Token) -> bool:
    """A named event ('setting_ents') one of whose words names a contest, a sport or a prize ('the
    1974 World Cup', 'the Athens Olympics', 'an FA Cup semi-final'); not a war or a summit."""
    if t.ent_type_ not in CONTESTS.setting_ents:
        return False
    return any(w.lemma_.lower() in WORDNET.matches or w.lower_ in WORDNET.matches or sport_word(w.text)
               or award_noun(w) for w in _name_of(t))


def _name_of(t: Token) -> list[Token]:
    """The words of the entity T is in (T alone outside one)."""
    return next((list(e) for e in t.doc.ents if e.start <= t.i < e.end), [t])


def _rank(t: Token) -> bool:
    """An ordinal on a noun of rank ('rank_nouns'): 'third place', 'the fourth position'."""
    return t.ent_type_ == "ORDINAL" and t.head.lemma_.lower() in CONTESTS.rank_nouns


def _parties(v: Token) -> list[Token]:
    """Who the verb's arguments name: its subjects and objects ('party_deps'), the passive's 'by'
    phrase and the objects of its prepositions that are first a person or a group ('after a clash
    with Barton' names the clash, no party), with their conjuncts (``_named_by``)."""
    args = [c for c in v.children if c.dep_ in CONTESTS.party_deps] + _controller(v)
    args += [x for c in v.children if c.dep_ in ("agent", "prep") for x in c.children if x.dep_ == "pobj"
             and (x.ent_type_ or x.pos_ == "PRON" or party_word(x.lemma_.lower()) or c.dep_ == "agent")]
    return [p for a in args for x in (a, *a.conjuncts) for p in _named_by(x)]


def _controller(v: Token) -> list[Token]:
    """The subject of the verb a subjectless complement hangs on ('we have decided to clear Masai')."""
    if v.dep_ != "xcomp" or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return []
    return [c for c in v.head.children if c.dep_ == "nsubj"]


def _doers(v: Token) -> list[Token]:
    """The parties the verb's subject, its passive's 'by' phrase (``senses.doers``) or the subject of
    the verb it complements names."""
    return [p for a in doers(v) + _controller(v) for p in _named_by(a)]


def _named_by(x: Token) -> list[Token]:
    """X itself if it names a party (``_a_party``); else the party a name modifying it or its 'from'
    phrase names ('a promising Damien Duff break', 'William Gallas' header', 'a good tackle from Djimi
    Traore')."""
    if _a_party(x):
        return [x]
    near = [c for c in x.children if c.dep_ in ("poss", "compound")]
    near += [o for c in x.children if c.dep_ == "prep" and c.lower_ == "from" for o in c.children if o.dep_ == "pobj"]
    return [c for c in near if _a_party(c)]


def _a_party(t: Token) -> bool:
    """A name ('rival_ents'), a personal pronoun, or a noun one of whose first two WordNet senses is
    a person ('fan', 'striker'; not 'end', a player's place only late) or with a sense of a group
    ('police', 'body'); a contest is none ('the match')."""
    if t.ent_type_:
        return t.ent_type_ in CONTESTS.rival_ents
    if t.pos_ == "PRON":
        return t.lower_ in CONTESTS.party_pronouns
    classes = token_classes(t)
    return t.pos_ == "NOUN" and not match_noun(t) and ("person" in classes[:2] or "group" in classes)


def on_the_field(p: Token) -> bool:
    """A party that takes part in the contest: a pronoun of one person ('he', 'me'; 'we' may be a
    body: 'one_person_pronouns'), a person ('person_ents'), a club ('club_ents') named with no word of a
    governing body (``governing_body``: 'Chelsea', 'Manchester City'), or a noun of a contestant, a side
    or a sport's official (``contestant_noun``). Not a sports body, a court, the police or a fan; not a
    state or a people ('travel to Israel for the match' goes to a state: the state's reading is kept)."""
    if p.pos_ == "PRON":
        return p.lower_ in CONTESTS.one_person_pronouns
    if p.ent_type_:
        return p.ent_type_ in CONTESTS.person_ents or p.ent_type_ in CONTESTS.club_ents and not governing_body(p)
    return contestant_noun(p)


def governing_body(p: Token, word: Callable[[Token], bool] | None = None) -> bool:
    """A name holding a word of a body (``WORD``, by default ``_body_word``): its own name's words
    and the proper nouns before it ('Athletics Kenya', where NER tags only 'Kenya')."""
    words = [*_name_of(p), *(c for c in p.children if c.dep_ == "compound" and c.pos_ == "PROPN")]
    return any(map(word or _body_word, words))


def _body_word(w: Token) -> bool:
    """A word first a group and no side ('Association', 'Federation', 'Agency', 'Court', 'Police';
    not 'Club') or a sport's name ('Athletics Kenya', 'UK Athletics'), or written in capitals
    ('IAAF', 'FA', 'USADA': a body's initials)."""
    return sport_word(w.text) or first_class(w.lower_) == "group" and w.lower_ not in WORDNET.contestants \
        or len(w.text) > 1 and w.text.isupper()
