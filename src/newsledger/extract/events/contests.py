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
from ...nlp.wordnet import VERBS, WORDNET, award_noun, of_objects, title_noun, verb_lemma


@dataclass(frozen=True)
class EventContests:
    """data/event_contests.json."""

    given_deps: frozenset[str]
    beat_types: frozenset[str]
    win_deps: frozenset[str]
    rival_ents: frozenset[str]
    setting_ents: frozenset[str]
    force_particles: frozenset[str]
    force_preps: frozenset[str]
    force_ends: frozenset[str]


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
