"""A field's own business is no political event (evgate35; issue 14, "Word sense and arguments";
issue 13, events precision).

PLOVER codes political interactions: its actors are states, governments and their officials,
parties, courts, police and armed forces, international bodies, unions and other bodies acting in
public affairs. Sport and show business are written with the same verbs ('signed a deal with Warner
Brothers', 'introduced Percy Sledge', 'urged me to carry on', 'the duo withdrew from the Olympics'),
between players, clubs, bands, studios, stars and fans, about the field's own business. In an
article of such a field (``of_a_field``: its nouns of the field's people, works and contests, by
WordNet, outnumber its nouns of political parties), an event none of whose parties is of a kind
PLOVER codes (``political_party``) is no event, unless its act is one PLOVER codes whatever the
actors ('coded_acts': an assault, an arrest, a fine or a ban, a charge, a lawsuit or an accusation,
a threat, a protest or a strike, a resignation). The kinds are data (``data/event_parties.json``,
from WordNet and PETRARCH's agents), no list of the names read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ...lexicons import view
from ...model import Event
from ...nlp.components import once
from ...nlp.wordnet import WORDNET, contestant_noun, excluding_verb, first_class, penalizing_verb, spoken, sport_word, verb_lemma
from ..entities.lexicon import english
from ..statements.antecedents import antecedent_of
from .contests import CONTESTS, governing_body, heads_a_side, on_the_field, play_framed
from .lexicon import FORCES, TRIGGERS
from .phrases import Ctx


@dataclass(frozen=True)
class EventParties:
    """data/event_parties.json."""

    political_nouns: frozenset[str]
    field_nouns: frozenset[str]
    coded_acts: frozenset[str]
    state_levels: frozenset[str]
    min_field_nouns: int
    political_names: frozenset[str]
    body_nouns: frozenset[str]
    side_ents: frozenset[str]
    play_acts: frozenset[str] = frozenset()
    group_leaders: frozenset[str] = frozenset()


PARTIES = view(EventParties, "event_parties.json")
_ADDRESSED = TRIGGERS.given_types | CONTESTS.asked_types   # AID, REQUEST: a gift or a request to a state
DESCRIBING = ("compound", "appos")     # 'Hollywood studio Warner Brothers', 'Sam Brownbeck, a Republican senator'
MODIFYING = ("amod", "compound")       # 'Conservative leader', 'the Liberal Democrat leader'


def field_business(ctx: Ctx, e: Event) -> bool:
    """Whether event E, in an article of a field (``of_a_field``), is an act of no kind PLOVER codes
    whatever the actors, among parties none of which is political (``political_party``; a state the
    event's words name only before a noun of no political kind is none, ``_a_state_describing``); or a coded
    act of sides at play (``_sides_at_play``: 'Italy launched a series of attacks', playmoves37)."""
    if not of_a_field(ctx.doc):
        return False
    parties = (*e.actors, *e.targets)
    if e.type in PARTIES.coded_acts or f"{e.type}/{e.mode}" in PARTIES.coded_acts:
        return _sides_at_play(ctx, e, parties)
    span = ctx.doc.char_span(*e.evidence_span, alignment_mode="expand")
    return not any(political_party(ctx, p) and not _a_state_describing(ctx, p, span)
                   and not _a_state_met_by_the_field(ctx, e, p, span) for p in parties)


def _a_state_describing(ctx: Ctx, pid: str, span: Span | None) -> bool:
    """Whether PID, a state (``Ctx.states``), is named in the event's words SPAN only by words that
    describe a noun of no political kind ('for the 28-year-old Spanish international', 'speak with
    the Bulgarian FA'): the party meant is that noun's bearer — a player, a field's body — whom
    the state's name only describes, no state acting (fieldbiz37). 'The Zimbabwean government',
    'French police' name political nouns (``_political_noun``) and keep the state."""
    if pid not in ctx.states or span is None:
        return False
    named = [t for t in span if pid in ctx.ents_by_tok.get(t.i, []) and pid not in ctx.ents_by_tok.get(t.head.i, [])]
    return bool(named) and all(t.dep_ in (*MODIFYING, "poss", "nmod") and _unnamed_noun(ctx, t.head)
                               and not _political_noun(t.head) for t in named)


def _a_state_met_by_the_field(ctx: Ctx, e: Event, pid: str, span: Span | None) -> bool:
    """Whether PID, a state (``Ctx.states``), is only a target of event E, every actor of which is of
    the field (``_of_the_field``: a player, a club, a side), and is named in the event's words by no
    political noun (``_political_noun``), beside no political person there ('will visit Brazil to
    meet President Lula' stays): 'Gandulla headed for Brazil', 'the Lions will tour New
    Zealand', 'England will tour South Africa' — the country a field's people go to or meet, no party PLOVER
    codes (fieldsides38). A state that acts itself ('Zimbabwe called off the tour') is an actor; a
    state given aid or asked to act (``_ADDRESSED``: 'donated £10,000 to Sri Lanka', 'urged Britain
    to back the bid') is addressed as a state whoever addresses it; 'the Zimbabwean government',
    'French police' name it by a political noun: all stay."""
    if pid not in ctx.states or pid in e.actors or not e.actors or e.type in _ADDRESSED or span is None:
        return False
    named = [t for t in span if pid in ctx.ents_by_tok.get(t.i, [])]
    people = {q for t in span for q in ctx.ents_by_tok.get(t.i, []) if ctx.types.get(q) in CONTESTS.person_ents}
    return bool(named) and not any(_political_noun(t.head) or any(map(_political_noun, _describing(t)))
                                   for t in named) \
        and all(_of_the_field(ctx, a, span) for a in e.actors) and not any(political_party(ctx, q) for q in people)


def _of_the_field(ctx: Ctx, pid: str, span: Span) -> bool:
    """Whether PID, no political party (``political_party``: so no state), is a party of the field: a
    place ('side_ents': 'England', 'Wales', a club's town), which in an article of a field stands for
    its side or its club, or one named in SPAN by a mention on the field (``contests.on_the_field``: a
    person, a club no body)."""
    if political_party(ctx, pid):
        return False
    return ctx.types.get(pid) in PARTIES.side_ents or _named_on_the_field(ctx, pid, span)


def _unnamed_noun(ctx: Ctx, t: Token) -> bool:
    """A noun, common or proper ('FA'), that is no mention of a named party."""
    return t.pos_ in ("NOUN", "PROPN") and not ctx.ents_by_tok.get(t.i)


def _political_noun(noun: Token) -> bool:
    """Whether a common noun, with the nouns compounded into it, names a political party
    (``_political_word``) or a governing body (``_governing_word``): 'government', 'police' and
    "athletics' governing body" do; 'international' (a player) and 'FA' (initials) do not."""
    return any(_political_word(w.lemma_.lower()) or _governing_word(w)
               for w in (noun, *(c for c in noun.children if c.dep_ == "compound")))


def _sides_at_play(ctx: Ctx, e: Event, parties: tuple[str, ...]) -> bool:
    """A coded act every party of which is of the field at play, in a paragraph that frames a contest
    played (``contests.play_framed``): a place the article writes as a contest's side
    (``named_as_a_side``) named by a name that heads its phrase (``_heads_a_phrase``: 'Italy launched
    a series of attacks' beside '18-12 as the game entered the final quarter', playmoves37), or a person
    or a party named in the event's words on the field (``_a_player_at_play``: a player, a club, a
    pronoun of one person — 'Baros shot wildly at the other end', 'Bosvelt cleared Gallas' header off the line',
    playpeople38). For the players the act must be one a move of play is written as ('play_acts'),
    done by a doer named (an act undergone with none — 'was banned for two years', 'a fan was
    killed' — is the world's on the player), and no word spoken (``spoken``: 'Keane accused Vieira of
    starting the row', 'apologised' are the field's people's words, an accusation or an apology
    PLOVER codes whoever says it), nor a ban or a penalty ('banned', 'fined': ``_an_authoritys``). A
    fan or a player assaulted, a body's ban, a police arrest or a government's act have a party of no
    side, and keep the act."""
    span = ctx.doc.char_span(*e.evidence_span, alignment_mode="expand")
    if span is None or not len(span) or not parties:
        return False
    sides = [p for p in parties if named_as_a_side(ctx, p) and _heads_a_phrase(ctx, p, span)]
    if len(sides) < len(parties) and not (_a_move_of_play(e, span)
                                          and all(p in sides or _a_player_at_play(ctx, p, span) for p in parties)):
        return False
    return play_framed(span[0])


def _a_move_of_play(e: Event, span: Span) -> bool:
    """Whether event E is of a type a contest's move is written as ('play_acts'), done by a doer named,
    by a trigger no verb of speech (``spoken``) nor an authority's over a person (``_an_authoritys``), in
    an article no show business's by its words (``field_of_text``: 'A fan jumped on stage and attacked
    the singer' is in a paragraph ``play_framed`` reads as play, a concert's time run)."""
    if e.type not in PARTIES.play_acts and f"{e.type}/{e.mode}" not in PARTIES.play_acts or not e.actors:
        return False
    if field_of_text(span.doc.text) == "show":   # a concert's set is framed as play too ('played for 45 minutes')
        return False
    words = set(e.trigger.split())
    return not any(t.text in words and t.pos_ == "VERB" and (spoken(t) or _an_authoritys(t)) for t in span)


def _an_authoritys(v: Token) -> bool:
    """A verb of putting a person out of a group or of inflicting a penalty (``excluding_verb``:
    'banned', 'suspended'; ``penalizing_verb``: 'fined', 'punished'): an authority's act over a
    person, no move of play, whoever is named doing it."""
    return excluding_verb(v) or penalizing_verb(verb_lemma(v))


def _a_player_at_play(ctx: Ctx, pid: str, span: Span) -> bool:
    """Whether PID, no political party (``political_party``) and no place, is a person ('person_ents':
    'The Welsh runner attacked the last 200m' of Jade Johnson, a description standing for the name) or
    is named in SPAN by a mention on the field (``contests.on_the_field``: a club no body, a pronoun of
    one person)."""
    kind = ctx.types.get(pid)
    return kind not in PARTIES.side_ents and not political_party(ctx, pid) and (
        kind in CONTESTS.person_ents or _named_on_the_field(ctx, pid, span))


def _named_on_the_field(ctx: Ctx, pid: str, span: Span) -> bool:
    """Whether SPAN names PID by a mention on the field (``contests.on_the_field``: a person, a club no
    body, a pronoun of one person)."""
    return any(pid in ctx.ents_by_tok.get(t.i, []) and on_the_field(t) for t in span)


def _heads_a_phrase(ctx: Ctx, pid: str, span: Span) -> bool:
    """Whether PID is named in SPAN by a name that heads its phrase: 'the Wales international refused to
    apologise' names the player, whom 'Wales' only describes (``DESCRIBING``, a possessor)."""
    return any(pid in ctx.ents_by_tok.get(t.i, []) and t.dep_ not in (*DESCRIBING, "poss", "nmod")
               and pid not in ctx.ents_by_tok.get(t.head.i, []) for t in span)


def named_as_a_side(ctx: Ctx, pid: str) -> bool:
    """Whether PID is a place ('side_ents') one of whose mentions in the article heads a contest's side
    (``contests.heads_a_side``: 'Wales coach Mike Ruddock', 'the win over France'): in an article of a
    field, the name of a state, a nation or a town stands for its side there ('Wales captain' is the
    side's, no officer's), no party PLOVER codes (playmoves37)."""
    if ctx.types.get(pid) not in PARTIES.side_ents:
        return False
    mentions = {i for i, ids in ctx.ents_by_tok.items() if pid in ids}
    return any(heads_a_side(ctx.doc[i]) for i in mentions if ctx.doc[i].head.i not in mentions)


def of_a_field(doc: Doc) -> bool:
    """Whether the article's nouns of a field's people, works and contests ('field_nouns', WordNet's
    athletes, sports, matches and works) are at least 'min_field_nouns' and more than
    its nouns of political parties (``_political_word``): sport and show business, not a minister's
    word on a football bill. In an article naming a contest's people (``_names_contestants``) a group
    leader's title ('group_leaders': 'captain', 'president') is counted as neither (sportev39)."""
    def build() -> bool:
        leaders = PARTIES.group_leaders if _names_contestants(doc) else frozenset()   # a side's captain, no rank
        nouns = [t.lemma_.lower() for t in doc if t.pos_ == "NOUN" and t.lemma_.lower() not in leaders]
        political = sum(map(_political_word, nouns))
        field = sum(not _political_word(n) and _field_word(n) for n in nouns)
        return field >= PARTIES.min_field_nouns and field > political
    return once(doc, "newsledger_of_a_field", build)


def political_party(ctx: Ctx, pid: str) -> bool:
    """A state (a place the gazetteer files at a state's level: a club named for its town is none;
    nor a state the article writes as a contest's side, ``named_as_a_side``),
    or a party whose name, titles or describing nouns hold a political noun, or a governing body
    (``contests.governing_body`` by ``_governing_word``, or a name holding a ``_names_a_body``: 'Athletics
    Kenya', 'Football Association', 'IAAF' named 'International Association of ...'), or a member of
    a political party: a mention or a describing noun modified by a party's name (``_of_a_party``:
    'Conservative leader Michael Howard'), or the one a description by a party's name stands for
    (``_a_party_member``: 'The Liberal Democrat leader' of 'Mr Kennedy'; evgate35b)."""
    if named_as_a_side(ctx, pid):
        return False
    if pid in ctx.states:
        return True
    name = ctx.names.get(pid) or next((e.name for e in ctx.added if e.id == pid), "")   # 'a Los Angeles court'
    mentions = [ctx.doc[i] for i, ids in ctx.ents_by_tok.items() if pid in ids]
    officers = {d.lemma_.lower() for t in mentions for d in _describing(t) if _officer_of_the_field(ctx, d)}
    titles = (name, *(_without(r, officers) for r in ctx.roles.get(pid, [])))
    if any(map(_political_title, titles)) or any(map(_names_a_body, name.split())):
        return True
    return any(governing_body(t, _governing_word)
               or any(_political_word(d.lemma_.lower()) and d.lemma_.lower() not in officers for d in _describing(t))
               or any(_of_a_party(ctx, pid, d) for d in (t, *_describing(t))) for t in mentions) \
        or _a_party_member(ctx, pid)


def _without(title: str, words: set[str]) -> str:
    """TITLE without its WORDS ('England captain' without 'captain': 'England')."""
    return " ".join(w for w in title.split() if w.lower() not in words)


def _officer_of_the_field(ctx: Ctx, noun: Token) -> bool:
    """Whether NOUN, a title one of whose WordNet senses leads a group or an organisation of no
    political kind ('group_leaders': 'captain', the leader of a group of people; 'president', the
    officer who presides at an organisation's meetings), is a side's or a club's officer by the frame
    of the whole article: it is a field's (``of_a_field``) and names a contest's people
    (``_names_contestants``), and no owner or modifier of the title is political
    (``_a_political_owner``: 'the Russian president', 'the IAAF president'), nor is it written as a
    formal title, capitalised before a name ('President Lula'). 'captain Steven
    Gerrard', 'Scotland captain Barry Ferguson', 'Their president, Gustavo Parente Sanchez' in a sport
    report name no army rank nor head of state (sportev39; fieldtitles38 read an owner of the field
    only, which too few titles name)."""
    if noun.lemma_.lower() not in PARTIES.group_leaders or not (_names_contestants(noun.doc) and of_a_field(noun.doc)):
        return False
    owners = [m for m in noun.children if m.dep_ in (*MODIFYING, "poss", "nmod")]
    owners += [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    formal = noun.text[:1].isupper() and noun.i > noun.sent.start and not owners
    return not formal and not any(_a_political_owner(ctx, m) for m in owners)


def _names_contestants(doc: Doc) -> bool:
    """Whether the article names a contest's people or sides ('min_field_nouns' common nouns
    ``contestant_noun``: 'player', 'club', 'squad', 'striker'): the frame in which a captain or a
    president leads a side or a club. A firm's or a label's president ('company president Tom Reed'
    beside 'broadband' and 'competition') is read as before."""
    return once(doc, "newsledger_names_contestants",
                lambda: sum(map(contestant_noun, doc)) >= PARTIES.min_field_nouns)


def _a_political_owner(ctx: Ctx, m: Token) -> bool:
    """Whether M, an owner or a modifier of a title, is political: a state the article does not write
    as a side (``named_as_a_side``), a name holding a political or a governing body's word
    (``_political_title``, ``_names_a_body``), a proper noun of a body (``contests.governing_body``: its
    word or its initials, 'the IAAF president'), or, unnamed, a political noun (``_political_noun``).
    Read without ``political_party``, which reads the title again."""
    ids = ctx.ents_by_tok.get(m.i, [])
    if m.pos_ == "PROPN" and governing_body(m):    # 'the IAAF president': a body's initials or word
        return True
    if not ids:
        return _political_noun(m)
    return any(p in ctx.states and not named_as_a_side(ctx, p) or _political_title(ctx.names.get(p, m.text))
               or any(map(_names_a_body, ctx.names.get(p, m.text).split())) for p in ids)


def _a_party_member(ctx: Ctx, pid: str) -> bool:
    """'The Liberal Democrat leader will visit ...' of 'Charles Kennedy' (then 'Mr Kennedy'): a
    description of a person by a political party's name (``_party_members``) that stands for
    PID, as the statement layer resolves a description speaker (``antecedent_of``), ties PID to the
    party wherever else the article names it (evgate35b)."""
    return any(pid in ctx.ents_by_tok.get(t.i, []) for found in _party_members(ctx.doc) for t in found)


def _party_members(doc: Doc) -> list[Span]:
    """The named mentions the article's descriptions of a person by a political party's name stand
    for: common nouns first of a person ('leader', 'member') modified by a party's name
    (``_party_name``) and standing for no name of their own ('the Conservative leader'), each
    resolved once per article (``antecedent_of`` reads the whole discourse)."""
    def build() -> list[Span]:
        heads = [t for t in doc if t.pos_ == "NOUN" and t.dep_ not in DESCRIBING and first_class(t.lemma_.lower()) == "person"
                 and any(m.dep_ in MODIFYING and _party_name(m) for m in t.children)]
        spans = [span for head in heads if (span := antecedent_of(head)) is not None]
        return [found for s, e in spans if (found := doc.char_span(s, e, alignment_mode="expand")) is not None]
    return once(doc, "newsledger_party_members", build)


def _of_a_party(ctx: Ctx, pid: str, noun: Token) -> bool:
    """Whether NOUN, a mention of party PID or a noun it is described by, is modified by a political
    party's name (``_party_name``): 'Conservative leader Michael Howard', 'the Liberal Democrat
    leader' (evgate35b). A word of PID's own name is none of its description."""
    return any(m.dep_ in MODIFYING and pid not in ctx.ents_by_tok.get(m.i, []) and _party_name(m)
               for m in noun.children)


def party_named(m: Token) -> bool:
    """A word that is a political party's name (``_party_name``), or its members in the plural, a
    form the entity layer knows with the plural's 's' ('the Conservatives', 'the Liberal Democrats',
    'the Democrats'): the party by its members, as 'the Tories' is."""
    if _party_name(m):
        return True
    if m.tag_ != "NNPS" or not m.text.endswith("s"):
        return False
    forms = english().party_forms
    phrase = " ".join(x.text for x in m.subtree if x.dep_ in MODIFYING and x.i < m.i)
    singular = f"{phrase} {m.text[:-1]}".strip()
    return singular in forms or singular in forms.values()


def _party_name(m: Token) -> bool:
    """A word, with the words that modify it, that is a political party's name as the entity layer
    knows parties ('party_forms' and the adjectives they map to: 'Conservative', 'Tory', 'Liberal
    Democrat') or, written with a capital, a WordNet class of a political kind ('political_names':
    'Democrat', 'Labour', 'Republican', 'Congress')."""
    phrase = " ".join(x.text for x in m.subtree if x.dep_ in MODIFYING or x is m)
    forms = english().party_forms
    return phrase in forms or phrase in forms.values() or m.text in PARTIES.political_names


def _governing_word(w: Token) -> bool:
    """A word of a name's mention that names a governing body (``_names_a_body``), as written or by
    its lemma ('Federations')."""
    return _names_a_body(w.text) or _names_a_body(w.lemma_)


def _names_a_body(word: str) -> bool:
    """A word a governing body is named by: a sport's name ('UK Athletics', 'Athletics Kenya') or a
    noun first an organisation that is no side ('body_nouns': 'Association', 'Federation', 'Agency').
    A group of another kind ('the Greek pair', 'Band Aid', 'Robin van Persie') and capitals alone
    ('BBC', 'AC Milan', 'THG': a broadcaster, a club, a drug as often as a body's initials) are none;
    a body's initials count through the name the entity layer gives them ('IAAF': 'International
    Association of Athletics Federations'; gateleaks35)."""
    low = word.lower()
    return sport_word(word) or low in PARTIES.body_nouns and low not in WORDNET.contestants


def _describing(t: Token) -> list[Token]:
    """The common nouns a name's token is described by: the noun it is a compound of or in apposition
    to, and its own appositions ('A Republican senator from Kansas, Sam Brownbeck')."""
    near = [t.head] if t.dep_ in DESCRIBING else []
    near += [c for c in t.children if c.dep_ in DESCRIBING]
    return [x for x in near if x.pos_ == "NOUN"]


def _political_title(text: str) -> bool:
    """A name or a title one of whose words is political (``_political_word``: 'Los Angeles court',
    'US judge') or that ends in a PETRARCH agent ('Prime Minister', 'Culture Secretary' do not: 'prime
    minister', 'foreign secretary' do)."""
    low = text.lower()
    return any(map(_political_word, low.split())) or any(low == a or low.endswith(" " + a) for a in _agents())


def _political_word(w: str) -> bool:
    """A noun first a party PLOVER codes (WordNet's 'political_nouns') or a one-word PETRARCH agent of
    a state, a rebel group, the opposition or the courts ('police', 'king', 'judge')."""
    return w in PARTIES.political_nouns or w in _agents()


def _field_word(w: str) -> bool:
    """A noun of a field's people, works or contests: not WordNet's 'contestants', whose 'guard',
    'rival' and 'manager' are border guards, parties and firms' staff as often."""
    return w in PARTIES.field_nouns or w in WORDNET.athletes or w in WORDNET.sports or w in WORDNET.matches \
        or w in WORDNET.works


FIELDS = ("sport", "show", "politics")
FIELD_LEAD = 2   # how many times each other field's words a text's field must have


@lru_cache(maxsize=256)
def field_of_text(text: str) -> str | None:
    """Which field a text is of, by its words' first WordNet senses ('min_field_nouns' of them at
    least, and more than ``FIELD_LEAD`` times those of each other field): 'sport' (athletes, sports, matches: 'striker', 'race'),
    'show' (the entertainment field's people and works: 'actor', 'band', 'film', 'novel') or
    'politics' (``_political_word``: 'minister', 'government'); None when no field leads. Read from
    the plain words, no parse (the identity rules weigh stored articles' texts with it), which is why
    one field must lead clearly: a match report's 'player', 'play' and 'fans' are also a show's
    words, a chart's 'singles' a sport's."""
    counts = dict.fromkeys(FIELDS, 0)
    for w in re.findall(r"[a-z]+", text.lower()):
        word = w if _field_of_word(w) or not w.endswith("s") else w[:-1]
        if (f := _field_of_word(word)) is not None:
            counts[f] += 1
    best = max(FIELDS, key=counts.__getitem__)
    lead = counts[best] >= PARTIES.min_field_nouns and all(counts[f] * FIELD_LEAD < counts[best] for f in FIELDS if f != best)
    return best if lead else None


def _field_of_word(w: str) -> str | None:
    if w in WORDNET.athletes or w in WORDNET.sports or w in WORDNET.matches:
        return "sport"
    if _political_word(w):
        return "politics"
    return "show" if w in PARTIES.field_nouns or w in WORDNET.works else None


@lru_cache(maxsize=1)
def _agents() -> frozenset[str]:
    """The PETRARCH agents (``force_agents.json``), read once."""
    return FORCES.police | FORCES.military | FORCES.government | FORCES.rebels | FORCES.opposition | FORCES.judiciary
