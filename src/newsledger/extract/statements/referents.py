"""Which named mention a pronoun or description stands for: a ``Want`` matched against the discourse's
candidates (the nearest compatible one, the holder of an office, the person or body the article leads
with, the one body within reach), by the rules the ``antecedents`` module docstring tells.

Apart because statements' speakers (``resolve_antecedents``) and the other layers' mentions
(``antecedent_of``, ``holder_of_title``) are resolved by these same rules.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ...model import Span
from ...names import given_name_gender
from ...nlp.components import doc_ents
from ..entities.lexicon import english
from ..entities.lexicon import lexicon as title_lexicon
from .lexicon import Lexicon, text_of
from .name_kinds import GROUPLIKE, ORGS, PERSONLIKE, ROLES, entity_kind
from .named_mentions import FINITE_TAGS, Named, in_relative_clause, span_words, surname
from .peoples import of_people
from .speakers import mention_span
from .wants import Want, gendered_pronoun


@dataclass
class Context:
    """What an article tells about who a pronoun or description may be: its named mentions so far,
    the gender it gives each person, the persons its first sentence names, and the stretches of
    text that are someone's words."""

    named: list[Named]
    genders: dict[str, str]
    lead: list[Named]
    contents: list[Span]
    lead_body: bool = True      # a body description no body before fits may be the lead's body (speakers only)


def stands_for(doc: Doc, pos: int, want: Want | None, ctx: Context, lex: Lexicon) -> Named | None:
    """The named mention a pronoun or description at POS stands for (see the module docstring)."""
    if want is None or want.fresh:
        return None
    genders = ctx.genders | _shared_surname_genders(doc, ctx.named)
    bound = _binders(doc, ctx.named, pos) if want.labels == PERSONLIKE and want.head is not None else set()
    named = [n for n in ctx.named if not n.modifier and not _named_in_description(n, want) and _fits(n, want, genders)
             and n.key not in bound]
    lead = [n for n in ctx.lead if _fits(n, want, genders) and n.key not in bound]
    if want.holder:
        window = lex.speakers.antecedent_window_chars
        return office_holder(named, pos, want, lead) or \
            _nearest(named, pos, replace(want, head_only=True), window, lex, genders) or \
            _untitled_nearest(doc, named, pos, want, window, lex) or \
            _named_in_passing(named, pos, want, lead, window, lex)
    ante = _named_just_before(doc, ctx.named, pos, want, genders) \
        or _nearest(named, pos, want, lex.speakers.antecedent_window_chars, lex, genders) \
        or _named_in_any_role(named, pos, want, lex.speakers.body_window_chars, genders) \
        or _lead_or_just_before(doc, named, pos, want, lead, lex) \
        or (_named_in_passing(named, pos, want, lead, lex.speakers.antecedent_window_chars, lex) if want.lead else None) \
        or (_protagonist(doc, named, pos, lead) if want.protagonist else None) \
        or _nearest_described(doc, named, pos, want, lead, lex) \
        or (_sole_body(doc, named, pos, want, lex) if want.sole else None) \
        or (_lead_body(doc, pos, want, lex) if ctx.lead_body else None)
    if ante is not None and want.labels == GROUPLIKE and _unnamed_group_between(doc, ante.pos, pos, ctx.contents, lex):
        return None                 # 'Analysts said ... They also pointed out': the analysts
    if ante is not None and not ante.salient and want.any_role and ante.label in ORGS:
        ante = _subject_beside(doc, named, ante) or ante
    if ante is None and want.else_body is not None:
        return stands_for(doc, pos, want.else_body, ctx, lex)
    return ante


def _fits(n: Named, want: Want, genders: dict[str, str]) -> bool:
    """Whether N may be the one WANT describes by what the text says of both: no person of the other
    gender ('The woman reported the allegations' is not the comedian Bill Cosby the lead names), nor of
    another people ('the Belarusian opposition figure' is not 'Lithuanian Foreign Minister Budrys')."""
    if n.label != "PERSON":
        return True
    gender = genders.get(n.key) or genders.get(f"{n.key}@{n.span[0]}")
    return not (want.gender and gender not in (None, want.gender)) and of_people(n.people, want.people)


def _shared_surname_genders(doc: Doc, named: list[Named]) -> dict[str, str]:
    """'Rachel Berg ... Along with her husband, Milton Berg, ... she said': a surname two given names
    share has no gender of its own (``article_genders``), but each mention of it in full has the one its
    given name says, keyed 'surname@offset' as ``_fits`` reads it."""
    full = [(n, words) for n in named if n.label == "PERSON"
            and len(words := text_of(doc)[n.span[0]:n.span[1]].split()) > 1 and n.key == words[-1].lower()]
    firsts: dict[str, set[str]] = {}
    for n, words in full:
        firsts.setdefault(n.key, set()).add(words[0])
    return {f"{n.key}@{n.span[0]}": gender for n, words in full
            if len(firsts[n.key]) > 1 and (gender := given_name_gender(words[0])) is not None}


def _named_in_description(n: Named, want: Want) -> bool:
    """'Chelsea have not played Barcelona since ... Former Chelsea captain Desailly says': a name the
    description itself holds ('Chelsea' of 'the Chelsea captain', 'Devon' of 'the Devon singer')
    says whose or where the person described is, so it is not who the description stands for
    ('the Chelsea club' is Chelsea)."""
    own = n.words - n.title
    return want.labels == PERSONLIKE and bool(own) and own <= want.desc - {want.head}


def _lead_or_just_before(doc: Doc, named: list[Named], pos: int, want: Want, lead: list[Named],
                         lex: Lexicon) -> Named | None:
    """An office of the titles lexicon ('the chancellor') is first the untitled person the lead names
    (the news names its protagonist once, then by office: ``_untitled_lead``), then the one person named
    as a subject just before (``_sole_person_before``); a description by what one is or does ('the
    striker') the other way round: 'Arsene Wenger has pledged ... Thierry Henry will captain the side
    ... And the striker said' describes whom the passage is about, not the lead's manager."""
    untitled = _untitled_lead(lead, pos) if want.lead else None
    if want.head in title_lexicon().person_heads and untitled is not None:
        return untitled
    return (_sole_person_before(doc, named, pos, want, lex) if want.lead or want.which else None) or untitled


def _sole_person_before(doc: Doc, named: list[Named], pos: int, want: Want, lex: Lexicon) -> Named | None:
    """'Nicholas Betts Green ... quit after reports ... ¶ The former teacher confirmed', 'He said he
    would use the money to pay college. The entrepreneur said': a definite description of a person by
    what they are or do (a noun whose first WordNet sense is a person, no title of the titles lexicon:
    not 'the chancellor', an office) that no one given those words stands for is the person named as
    a subject in its sentence or the one before: the article describes whom it is about. Only when
    that stretch names one person so (two fit equally: none), whom the article gives no other title
    ('IHRC chairman Massoud Shadjareh' is no 'the minister'). An office a common noun compounds
    with a title names ('the shadow chancellor': ``Want.which``) is described so too, of one the
    article gives no title at all ('But Oliver Letwin, for the Tories, attacked ... ¶ The shadow
    chancellor said'); a bare title ('the chancellor') is left to the office rules. Only a description that is the doer of its
    clause (an active verb's subject), as a speaker is: one the clause acts on ('promised the Catholic
    archbishop', 'the citizen can be arrested') is no one the subject before it describes."""
    office = want.head in title_lexicon().person_heads
    if want.head is None or office and not want.which - {want.head}:
        return None
    at = doc.char_span(pos, pos + 1, alignment_mode="expand")
    if not at or _noun_of(at[0]).dep_ != "nsubj":
        return None
    sent = at[0].sent
    prev = next((doc[i].sent for i in range(sent.start - 1, -1, -1) if doc[i].is_alpha), None)
    start = prev.start_char if prev is not None else sent.start_char
    persons = [n for n in named if n.label == "PERSON" and n.salient and start <= n.pos < pos and n.key
               and not n.key.startswith("@")]
    if len({n.key for n in persons}) != 1 or _other_title(persons[-1], want, lex) or office and persons[-1].title:
        return None
    return max(persons, key=lambda n: n.pos)


def _protagonist(doc: Doc, named: list[Named], pos: int, lead: list[Named]) -> Named | None:
    """'Double Olympic champion Hicham El Guerrouj is set to make a rare appearance ... "If I am to
    compete ...," said the 30 year old': a description by age that no person named as a subject just
    before stands for is the article's protagonist, the one person its first sentence names, as its
    subject, when no other person has been named as a subject since (a report that moves on to
    another athlete describes that one; a lead that names two, as 'The feud between Tony Blair and
    Gordon Brown has prompted a Labour donor', has none). Only a description that is the doer of its
    clause, as in ``_sole_person_before``."""
    at = doc.char_span(pos, pos + 1, alignment_mode="expand")
    first = next(iter(doc.sents), None)
    if not at or first is None or pos < first.end_char or _noun_of(at[0]).dep_ != "nsubj":
        return None
    keys = {n.key for n in lead}
    if len(keys) != 1 or not all(n.salient and n.key for n in lead):
        return None
    since = [n for n in named if n.label == "PERSON" and n.salient and not n.modifier
             and first.end_char <= n.pos < pos and n.key not in keys]
    return None if since else lead[0]


def _nearest_described(doc: Doc, named: list[Named], pos: int, want: Want, lead: list[Named],
                       lex: Lexicon) -> Named | None:
    """'New coach Tony Lester has helped get McIlroy's career back on track. The 28 year old 800 metres
    runner has not always matched his promise', 'represented in the shape of Emma Watson ... The
    14-year-old said', 'met Kazakh Foreign Minister Murat Nurtleu ... The head of Kazakh diplomacy said':
    a definite description of a person (by age, people, or what they are or do) that no rule before
    found is the nearest person the text allows (``_fits``: of no other gender or people). First the
    nearest named within the antecedent window whom the text ties to the people the description names;
    else the nearest named in its sentence or the one before, the latest sentence first and its
    subjects first there (the news names whom it will describe next), whom the article gives no other
    title (the coach is no runner): a subject, or a person the lead names in any role ('Recent
    speculation has linked Owen with a move ... but the England striker said'), or anyone for a
    description by age, which describes one named (where 'the narrator', 'the moderator' may be one
    the article does not name, and 'the Kiwi' one the text ties to New Zealand, as first above),
    unless a pronoun for a person is that sentence's subject ('She will now meet Venus Williams.
    "Bring it on," said the 23-year-old' continues her); none when that sentence names two persons as
    subjects (either may be meant). Not an office of the
    titles lexicon that says no more than its title ('the chancellor', 'the coach': the office rules'),
    an owned one ('his agent' is someone of his), or one that is no doer of its clause, as in
    ``_sole_person_before``."""
    at = doc.char_span(pos, pos + 1, alignment_mode="expand")
    if want.labels != PERSONLIKE or want.head is None or want.holder or not at or _noun_of(at[0]).dep_ != "nsubj" \
            or any(c.dep_ == "poss" for c in _noun_of(at[0]).children):
        return None
    keys = _person_keys(doc, named)
    persons = [n for n in named if n.key in keys and n.pos < pos and not _in_clause_of_another(doc, n)]
    window = lex.speakers.antecedent_window_chars
    same = [n for n in persons if want.people is not None and want.people in n.people and pos - n.pos <= window]
    if same:
        return max(same, key=lambda n: n.pos)
    if want.head in title_lexicon().person_heads and not want.which - {want.head}:
        return None
    sent = _noun_of(at[0]).sent
    prev = next((doc[i].sent for i in range(sent.start - 1, -1, -1) if doc[i].is_alpha), None)
    leads = {n.key for n in lead}
    for part in (sent, prev):
        here = [n for n in persons if part is not None and part.start_char <= n.pos < part.end_char
                and not _titled_otherwise(n, want, lex)
                and (n.salient or n.key in leads or _any_role(want) and not _person_subject(part, lex))]
        if len({n.key for n in here if n.salient}) > 1:
            return None             # 'Nicholas Betts Green quit after John Smith attacked him': either
        if here:
            return max(here, key=lambda n: (n.salient, n.pos))
    return None


def _dominating_verbs(noun: Token) -> set[int]:
    """The verbs whose clauses hold NOUN, up to a clause coordinated with another ('X is fit again, but
    the Scot admitted': the first conjunct holds no part of the second); a verb coordinated with no
    subject of its own shares its first conjunct's ('Roddick is not phased and storms into a lead when
    the umpire leaves'); a clause that describes a noun, or a verb in no tense, is a phrase of its own
    ('Rep. Adam Schiff called on President Obama to retaliate for meddling the California congressman
    said is designed to sow discord': the congressman is Schiff)."""
    out, t = set(), noun
    while t.head.i != t.i and t.dep_ not in ("relcl", "acl") \
            and (t.dep_ != "conj" or not any(c.dep_ in ROLES for c in t.children)):
        t = t.head
        if t.pos_ in ("VERB", "AUX") and not _finite(t):
            break
        if t.pos_ in ("VERB", "AUX"):
            out.add(t.i)
    return out


def _finite(verb: Token) -> bool:
    """A verb in a tense, its own or its auxiliary's ('told', 'has said'; not 'meddling', 'to retaliate')."""
    return verb.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in verb.children)


def _binders(doc: Doc, named: list[Named], pos: int) -> set[str]:
    """The persons (by key) named as the subject of a clause that holds the description at POS: whom it
    never stands for, at any of their mentions ('Mr Mubanga said the "MI6 agent" told him', 'Roddick
    storms into a lead when the umpire leaves his seat': a description is free in its clause, Chomsky's
    binding principle C; a pronoun is not, 'Mr Mubanga said he')."""
    at = doc.char_span(pos, pos + 1, alignment_mode="expand")
    if not at:
        return set()
    verbs = _dominating_verbs(_noun_of(at[0]))
    return {n.key for n in named if (at := doc.char_span(n.span[0], n.span[1], alignment_mode="expand")) is not None
            and n.pos == n.span[0] and at.root.dep_ in ROLES and at.root.head.i in verbs}


def _any_role(want: Want) -> bool:
    """A description by age ('the 14-year-old'): of one the article names, in whatever role it named them."""
    return want.protagonist and want.people is None


def _person_subject(sent: SpacySpan, lex: Lexicon) -> bool:
    """Whether a pronoun for a person is a subject in SENT ('She will now meet Venus Williams')."""
    return any(t.dep_ in ROLES and t.lower_ in lex.speakers.person_pronouns for t in sent)


def _person_keys(doc: Doc, named: list[Named]) -> set[str]:
    """The surnames of the persons the article names, at any of their mentions whatever type the tagger
    gave it ('McIlroy's career' typed a body, after 'James McIlroy'); not a one-word name the tagger
    also typed a body and never gave a first name ('Former Chelsea captain Desailly' with 'Chelsea' read
    as the subject: a club)."""
    bodies = {n.key for n in named if n.label in ORGS}
    full = {n.key for n in named if n.label == "PERSON" and len(span_words(doc, n.span)) > 1}
    return {n.key for n in named if n.label == "PERSON" and n.key and not n.key.startswith("@")
            and (n.key in full or n.key not in bodies)}


def _in_clause_of_another(doc: Doc, n: Named) -> bool:
    """'Emma Watson, who plays Hermione in the Harry Potter films', 'Desailly, who is now playing for
    Al-Gharafa': a name inside a relative clause describes the one the clause is about, and is no one
    a description after it stands for."""
    at = doc.char_span(n.span[0], n.span[1], alignment_mode="expand")
    return at is not None and in_relative_clause(at.root)


def _titled_otherwise(n: Named, want: Want, lex: Lexicon) -> bool:
    """Whether the article gave N a title that names another post or trade than the description's
    ('New coach Tony Lester' is no '800 metres runner', 'Club director Terry Brady' no 'former Scotland
    international'): a person's noun or a title of the titles lexicon, not a word that only
    characterises ('Northern Ireland man James McIlroy', 'veteran')."""
    posts = (lex.speakers.person_nouns | title_lexicon().person_heads) - lex.speakers.epithet_nouns
    return bool(n.title & posts - want.desc - {want.head})


def _noun_of(word: Token) -> Token:
    """The head noun of the phrase WORD opens ('the former teacher' from 'the')."""
    while word.dep_ in ("det", "amod", "compound", "poss", "nummod") and word.head.i != word.i:
        word = word.head
    return word


def _subject_beside(doc: Doc, named: list[Named], owner: Named) -> Named | None:
    """'The SEC unveiled two settlements, one covering BOA's subsidiaries. ... it said': a body named
    only as an owner or in another role after the first body that is a subject of its own sentence
    is not what the sentence is about; 'it' stands for that subject (a sentence with no
    such subject keeps the owner: 'Shares in UK Coal fell after it said'; so does one whose first
    subject is the owner itself: 'Qantas faces rivals ... on Qantas' routes')."""
    at = doc.char_span(owner.pos, owner.pos + 1, alignment_mode="expand")
    if not at:
        return None
    sent = at[0].sent
    first = min((n for n in named if n.salient and n.label in ORGS and sent.start_char <= n.pos < owner.pos),
                key=lambda n: n.pos, default=None)
    return first if first is not None and first.key != owner.key and \
        surname(doc, first.span) != surname(doc, owner.span) else None


def _nearest(named: list[Named], pos: int, want: Want, window: int, lex: Lexicon,
             genders: dict[str, str]) -> Named | None:
    """The named mention a pronoun or description stands for: the nearest of the wanted kind, first
    one whose name or title holds the description's head; a gendered pronoun never stands for a
    person of the other gender. A party's name is of the kind 'the party' wants whatever type the
    tagger gave it ('the Lib Dems' tagged as a person: ``_party_for``)."""
    cands = sorted((n for n in named if n.pos < pos and pos - n.pos <= window
                    and (n.label in want.labels or _party_for(n, want, lex))
                    and (n.salient or want.any_role) and (not want.press or _press_named(n, lex))
                    and not (want.gender and genders.get(n.key, want.gender) != want.gender)), key=lambda n: -n.pos)
    heads = [n for n in cands if (want.head in n.words and (want.holder or want.which <= n.words))
             or _party_for(n, want, lex)] if want.head else []      # 'the shadow chancellor' is not 'the chancellor'
    matched = next((n for n in heads if want.desc and not n.title - want.desc), None) or next(iter(heads), None)
    if matched is not None or want.head_only:
        return matched
    return next((n for n in cands if (want.near is None or pos - n.pos <= want.near)
                 and not (want.office and _other_title(n, want, lex))), None)


def _press_named(n: Named, lex: Lexicon) -> bool:
    """Whether N is a news outlet's name for 'the paper': one holding a word of the press's names ('the
    Financial Times'), or introduced by a noun for the press ('French newspaper Liberation', 'US
    magazine Rolling Stone')."""
    return bool(n.words & lex.speakers.press_name_words or n.title & lex.speakers.press_nouns)


def _party_for(n: Named, want: Want, lex: Lexicon) -> bool:
    """'The Liberal Democrats want ... They say ... The party says': a party's description is matched
    by a name that is a party's adjective or members' noun (``party_forms`` of the entities lexicon:
    'Liberal Democrats', 'Labour', 'Tories') as by a name holding its head, so the party named nearest
    is found before one an earlier 'the party' was resolved to. Only a description that says no more
    than 'the party': 'A party of councillors', 'his party' are no party named before."""
    words = _plain(n.words - {"the"} - lex.speakers.party_heads)
    return not want.head_only and want.head in lex.speakers.party_heads and words in _party_words()


@lru_cache(maxsize=1)
def _party_words() -> frozenset[frozenset[str]]:
    return frozenset(_plain(frozenset(form.lower().split())) for form in english().party_forms)


def _plain(words: frozenset[str]) -> frozenset[str]:
    """Words without a plural's 's', so a lemma ('tory') and a written form ('Lib Dems') compare."""
    return frozenset(w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words)


def _untitled_nearest(doc: Doc, named: list[Named], pos: int, want: Want, window: int, lex: Lexicon) -> Named | None:
    """'Mr Smith was joined by Tony Jones at the school ... The prime minister said': an office no
    one the article titles holds, and whose lead names no untitled person, is held by the person
    named nearest before it as a doer (a subject, or the agent of a passive: an office holder is
    often named in passing), whom the article gives no other title (not 'the home secretary' it
    resolved before, nor 'Tory MP X'); never one named only as what a clause is about ('the case
    of Joseph Smith'), nor one it names by no name at all ('When the moderator pointed out ... he said'
    is no 'the Florida senator')."""
    cands = [n for n in named if n.label in want.labels and 0 < pos - n.pos <= window and not n.key.startswith("@")
             and not _other_title(n, want, lex) and (n.salient or _passive_agent(doc, n))]
    return max(cands, key=lambda n: n.pos, default=None)


def _named_in_passing(named: list[Named], pos: int, want: Want, lead: list[Named], window: int,
                      lex: Lexicon) -> Named | None:
    """"Tony Blair has sought to reassure ... amid fresh rumours of a rift with Gordon Brown. A new
    book says the prime minister went back on a pledge ... The chancellor has said": an office that
    the article's lead person cannot hold, because the article named them by another office before
    (``antecedents._give_title``), and that no one named as a doer holds, is held by the person named
    nearest before it in any role (an office holder is often named in passing: 'backed Michael
    Howard's stance'), whom the article gives no other title; never when the lead names no one, nor
    for a description that is no title of the titles lexicon ('the watchdog'), nor for a generic one
    that says only whose it is ('the Tory leader': a leader may hold any office, ``_give_title``)."""
    office = want.head in title_lexicon().person_heads and (len(want.which) > 1 or want.lead)
    if not office or not lead or any(n.pos < pos and not _other_title(n, want, lex) for n in lead):
        return None
    cands = [n for n in named if n.label == "PERSON" and 0 < pos - n.pos <= window and not _other_title(n, want, lex)]
    return max(cands, key=lambda n: n.pos, default=None)


def _passive_agent(doc: Doc, n: Named) -> bool:
    """Whether N is named as the agent of a passive ('was joined by Tony Jones')."""
    at = doc.char_span(n.span[0], n.span[1], alignment_mode="expand")
    return at is not None and at.root.dep_ == "pobj" and at.root.head.dep_ == "agent"


def _sole_body(doc: Doc, named: list[Named], pos: int, want: Want, lex: Lexicon) -> Named | None:
    """The one body named within reach before POS, in any role ('Electrolux saw its shares rise
    ... The Swedish firm said'); none when two were ('Orbis Bank agreed to buy Kestrel Capital.
    The German firm said': either may be German). Mentions of one body share their first word
    ('Multiplex Group', 'Multiplex')."""
    near = want.near or 0
    cands = [n for n in named if n.label in want.labels and 0 < pos - n.pos <= near]
    bodies = {first_word(doc, n.span) for n in cands} | {
        first_word(doc, (e.start_char, e.end_char)) for e in doc_ents(doc)
        if "ORG" in (e.label_, entity_kind(e, lex)) and 0 < pos - e.start_char <= near and not in_relative_clause(e.root)}
    return max(cands, key=lambda n: n.pos) if len(bodies) == 1 and cands else None


def _lead_body(doc: Doc, pos: int, want: Want, lex: Lexicon) -> Named | None:
    """'Up to 2,500 jobs are to go at US insurance broker Marsh & McLennan ... ¶ ... the company
    said': a description that says only what kind of body it is ('the company', 'the insurer'),
    with no body named within reach before it, stands for the one organisation the article's
    first sentence names (its protagonist, as an untitled person the lead names is 'the
    chancellor'), unless its name says it is a body of another kind ('the committee' is not the
    Child Support Agency); for none when the lead names two or none."""
    if not want.labels & ORGS or want.head is None or want.head_only or want.sole or want.press:
        return None
    first = next(iter(doc.sents), None)
    if first is None or pos < first.end_char:
        return None
    bodies = lead_names(doc, "ORG", lex)
    if bodies and bodies[0].root.dep_ in ("compound", "amod"):
        return None         # a name that only modifies a noun ('New Home Secretary Charles Clarke')
    return one_body(doc, bodies, want, lex)


def one_body(doc: Doc, bodies: list[SpacySpan], want: Want, lex: Lexicon) -> Named | None:
    """The one organisation BODIES name (by their first word: 'Multiplex Group', 'Multiplex'), for a
    description of the kind WANT asks for; none when they name two or none, or when its name says
    it is a body of another kind ('the committee' is not the Child Support Agency)."""
    if len({first_word(doc, (e.start_char, e.end_char)) for e in bodies}) != 1:
        return None
    span = (bodies[0].start_char, bodies[0].end_char)
    words = span_words(doc, span)
    return Named(span[0], span, "ORG", words, False) if words & lex.speakers.organisation_words <= {want.head} else None


def lead_names(doc: Doc, kind: str, lex: Lexicon) -> list[SpacySpan]:
    """The names of KIND ('ORG', 'GPE') in the article's first sentence, in order: who the lead is
    about, the protagonist a later 'the company' or 'the government' stands for."""
    first = next(iter(doc.sents), None)
    return [] if first is None else [e for e in doc_ents(doc) if e.end <= first.end and entity_kind(e, lex) == kind]


def first_word(doc: Doc, span: Span) -> str:
    """A name's first word, without an article: what its mentions share ('Multiplex Group', 'Multiplex')."""
    words = [w for w in text_of(doc)[span[0]:span[1]].lower().split() if w not in ("the", "a", "an")]
    return words[0] if words else ""


def _named_in_any_role(named: list[Named], pos: int, want: Want, window: int,
                       genders: dict[str, str]) -> Named | None:
    """'Her comments did not impress Tim Collins. "...," he said.': a gendered pronoun that no
    subject before it can stand for (Ms Kelly is a woman) stands for the person named last, in
    any role, close before it, not known to be of the other gender."""
    if not gendered_pronoun(want):
        return None
    cands = [n for n in named if n.label == "PERSON" and 0 < pos - n.pos <= window
             and genders.get(n.key, want.gender) == want.gender]
    return max(cands, key=lambda n: n.pos, default=None)


def _unnamed_group_between(doc: Doc, start: int, pos: int, contents: list[Span], lex: Lexicon) -> bool:
    """'Analysts said the gains would not last. They also pointed out ...': a plural common noun
    that is a subject between the named candidate and 'they', outside anyone's words and naming no
    body ('officials of the Treasury' does), is the group 'they' stands for, whom the article does
    not name."""
    for t in doc.char_span(start, pos, alignment_mode="expand") or ():
        if not start < t.idx < pos or t.dep_ not in ROLES or t.tag_ != "NNS" or t.ent_type_ \
                or any(s <= t.idx < e for s, e in contents):
            continue
        span = mention_span(t, lex)
        if not any(span[0] <= e.start_char < span[1] for e in doc_ents(doc) if e.label_ in GROUPLIKE):
            return True
    return False


def _named_just_before(doc: Doc, named: list[Named], pos: int, want: Want,
                       genders: dict[str, str]) -> Named | None:
    """'But that was not enough for Mr Grant. "...," he said.': a gendered pronoun whose sentence
    names no one before it, right after a sentence whose subject is no person but which names one
    person (in any role, of no other gender), stands for that person: the sentence made them the
    topic, whoever was the last subject before it."""
    if not gendered_pronoun(want):
        return None
    at = doc.char_span(pos, pos + 1, alignment_mode="expand")
    sent = at[0].sent if at else None
    if sent is None or sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    here = [n for n in named if sent.start_char <= n.pos < pos and n.label in PERSONLIKE]
    there = [n for n in named if prev.start_char <= n.pos < prev.end_char and n.label in PERSONLIKE]
    if here or not there or any(n.salient for n in there) or len({n.key for n in there}) != 1:
        return None
    n = there[-1]       # a name that only modifies a noun is counted among those named, never chosen
    return n if _fits(n, want, genders) and not n.modifier else None


def office_holder(named: list[Named], pos: int, want: Want, lead: list[Named]) -> Named | None:
    """Who 'the home secretary' is: one the article gave that title and no other, in any role and
    at any distance ('Home Secretary David Blunkett', not the shadow home secretary), the nearest
    before it, else the first after it; else the person the article leads with, when it gives them
    no title at all ('Charles Kennedy said ... the Liberal Democrat leader said': the news
    convention of naming the protagonist once and then by office); else None, and the nearest
    person the article gave no other title is taken ('Trump ... the GOP nominee said'). The title
    given must be the whole office ('Former minister Jane Rowe' holds no 'the prime minister'), though
    not whose it is ('President Jacques Chirac' is 'the French president')."""
    titled = [n for n in named if n.label in want.labels and want.head in n.words and not n.title - want.desc
              and want.which <= n.words]
    before = [n for n in titled if n.pos < pos]
    if before:
        return max(before, key=lambda n: n.pos)
    return min(titled, key=lambda n: n.pos) if titled else _untitled_lead(lead, pos)


def _untitled_lead(lead: list[Named], pos: int) -> Named | None:
    """The person before POS of those the article's first sentence names, when it gives them no
    title: 'Gordon Brown has criticised a union leader ... But the chancellor said'. The lead's
    subject first (its protagonist: 'X has attacked the cost of asylum under Y ... The Tory leader
    said' is X), else the last named."""
    untitled = [n for n in lead if n.pos < pos and not n.title]
    return max(untitled, key=lambda n: (n.salient, n.pos)) if untitled else None


def _other_title(n: Named, want: Want, lex: Lexicon) -> bool:
    """Whether the article gave N a title other than the one wanted: 'the home secretary' is not
    the man introduced as 'Prime Minister Tony Blair', nor 'the prime minister' the one introduced
    as 'Tory MP Boris Johnson' (a title word of the titles lexicon, 'MP', no description's noun)."""
    return bool((n.words & lex.speakers.person_nouns) - {want.head}) or \
        bool((n.title & title_lexicon().person_heads) - want.desc - {want.head})
