"""Antecedents of pronoun and description speakers: who "he", "the ministry" or "the opposition
figure" is.

The candidates are the named mentions of the discourse in the order they come: the named
speaker of each earlier statement, and the named persons and organisations that are the subject
or the agent of a clause outside anyone's quoted or reported words (a name inside someone's words
is not who speaks next, and one that only owns something, "Mr Putin's spokesman", is not the
one who spoke). A pronoun takes the nearest compatible candidate; a definite description takes
the nearest candidate whose name or title holds its head noun ("the ministry" -> the Ministry of
Foreign Affairs, "the colonel" -> Colonel Dari), and a person description with no such match the
nearest person, unless it names its owner ("Mr Putin's spokesman" is not the John Brennan named
before): then it is a speaker of its own, whom a later "he" or "the spokesman" stands for. So is
an indefinite one ("a spokesman", "one analyst"): someone the article does not name. A title whose
first WordNet sense is a person ("the cardinal", "the chancellor") stands only for the one given it,
else for the untitled person the article leads with; a modified title
("the foreign secretary") never for someone the article gave another title at any mention, and
first for a holder without extra title words (not the shadow foreign secretary); a definite one
("the home secretary") first for whoever the article gave exactly that title, in any role and at any
distance, then for the untitled person its first sentence names. A spokesperson for a body ("a
spokeswoman for the Electoral Commission") is that body's voice, and so is a later "she". "He" never
stands for a person the article calls a woman ("Ms", "spokeswoman"), nor "she" for a man; where no
subject fits, it stands for a person named close before in any role ("did not impress Paul Grant").
"It" does not stand for an organisation named inside a clause about another ("Umbro, which lost deals
with Chelsea"). A description of a body by its origin ("the Swedish firm") stands for the one body
named within reach before it, and for none when two were. The model's types are mended where the text
says better: a name after an honorific ("Mr Clarke") is a person's, a "GPE" the gazetteer does not know
("Electrolux") an organisation's, and a proper-noun subject the model left untyped is a name too; a short
"ORG" name is a foreign person's only when its last word is no common noun for a thing ("Hyundai Motor" is
a firm). "They" after an unnamed group ("analysts said ... They") is that group, no body named before; a
pronoun after a sentence whose only person is not its subject ("not enough for Mr Sarkozy") is that person.
A name tagged PERSON that the article gives an organisation's title ("budget airline Ryanair") is a body at
every mention, and one tagged as a work or product ("The Making Decisions Alliance") is read by its head; a
speaker written as untyped initials ("The CIPS") stands for the organisation spelled out before with those
initials; "the carrier" (a person first in WordNet, a body too) is a person only where someone bears that
title, else the body named before; a body found by a description of its kind ("the environment select
committee") is known by that word after ("the committee", beyond the nearest body's reach). A person the
article's first sentence describes ("a top academic says") and no one named before stands for is the person
who is the first named subject of the next sentence (the news lead names them there).
"Our correspondent" is the journalist the article names with that title, in any role. "The paper" stands for
the nearest organisation whose name is a newspaper's (the Financial Times), not the firm the paper wrote about.
A body a description names as the subject of a clause outside anyone's words ("The commission ... had been
asked") is a mention of that body there, which a later "it" finds before a body named earlier.
A capitalised title after "the" ("the Salford MP", "the Ealing North MP") is no name but an office: its holder
is the person the article gave that title, else the untitled person it leads with, the lead's subject first
("X has attacked the cost of asylum under Y ... The Tory leader said" is X). A description that says only
what kind of body it is ("the company", "the insurer"), with no body named within reach before it, stands
for the one organisation the article's first sentence names. A description is known by its own words, not
its owner's ("the prime minister's official spokesman" is no "minister" a later "the minister" finds).
As speakers (not through ``antecedent_of``), people named only by their posts inside a body ("Ministers",
"Members", "the officials") and a definite document no issuer is named with ("The report", "the institute's
study") speak for the body their phrase describes, else for the organisation named last as a subject in
their sentence or the one before it (ministers only for a state's body); with none named there, for no one.
``antecedent_of`` offers the same rules to the layers that read mentions outside statements.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ...model import Span
from ...names import is_given_name, strip_the
from ...nlp.components import doc_ents, once
from ..entities.evidence import initials, short_form
from ..entities.lexicon import lexicon as title_lexicon
from ..events.senses import first_class, noun_classes
from ..places import looks_place
from .lexicon import Lexicon, lexicon, text_of
from .speakers import mention_span, proper_title

if TYPE_CHECKING:
    from .content import Draft
    from .quotes import Quote

_PERSONLIKE = frozenset({"PERSON", "NAME"})
_GROUPLIKE = frozenset({"ORG", "NORP", "GPE"})
_ORGS = frozenset({"ORG"})
_ROLES = ("nsubj", "nsubjpass")


@dataclass
class _Named:
    pos: int
    span: Span
    label: str
    words: frozenset[str] = frozenset()     # the name's words and its title's ('colonel', 'ministry')
    salient: bool = True                    # a subject or agent, not a name in another role
    title: frozenset[str] = frozenset()     # the title's words alone ('shadow', 'foreign', 'secretary')
    key: str = ""                           # who it is across mentions: a person's surname


@dataclass(frozen=True)
class _Want:
    labels: frozenset[str]
    head: str | None = None                 # a description's head noun, matched first
    head_only: bool = False                 # no fallback to the nearest compatible mention
    near: int | None = None                 # the fallback only within this many characters
    office: bool = False                    # a modified title ('the home secretary'): not someone of another title
    desc: frozenset[str] = frozenset()      # the description's words ('foreign', 'secretary')
    any_role: bool = False                  # also names in other roles ('Shares in UK Coal fell after it said')
    fresh: bool = False                     # someone not named before ('a spokesman'): no antecedent at all
    gender: str | None = None               # a gendered pronoun's ('he': 'male'): no one known to be of the other
    holder: bool = False                    # an office ('the home secretary'): its holder, first
    sole: bool = False                      # 'the Swedish firm': else the one organisation named before, if only one
    lead: bool = False                      # 'the chancellor': else the untitled person the article leads with
    else_body: _Want | None = None          # 'the carrier': a person so titled, else the body named before
    press: bool = False                     # 'the paper': only an outlet's name (the Financial Times)


def resolve_antecedents(doc: Doc, drafts: list[Draft], lex: Lexicon, quotes: Sequence[Quote] = ()) -> dict[int, Span]:
    """Maps id(draft) to the named mention its pronoun or description speaker stands for."""
    contents = [s for d in drafts for s in d.content] + [s for q in quotes for s in q.spans]
    named = _discourse(doc, contents, lex)
    genders = _genders(doc, lex)
    lead = _lead(doc, named)
    titles = {n.key: n.title for n in named if n.key and n.title}     # a named speaker keeps the titles given them
    speakers = {d.speaker.token.i: d for d in drafts if d.speaker is not None and d.speaker.token is not None}
    spoken = [s for d in speakers.values() for s in d.content] + [s for q in quotes for s in q.spans]   # not 'is thought'
    named += _described_bodies(doc, set(speakers), spoken, _Context(list(named), genders, lead, contents, False), lex)
    out: dict[int, Span] = {}
    for d in sorted(drafts, key=_mention_pos):
        if d.speaker is None or d.speaker.span is None or d.speaker.token is None:
            continue
        if d.speaker.antecedent is not None:
            out[id(d)] = mention_span(d.speaker.antecedent, lex)
            continue
        label = None if proper_title(d.speaker.token, lex) else \
            _label(doc, d.speaker.span, _root(doc, d.speaker.span, d.speaker.token), lex)
        spelled = _spelled_out(doc, d.speaker.span, named) if label in (None, "NAME") else None
        if spelled is not None:
            out[id(d)] = spelled.span
            named.append(_Named(d.speaker.span[0], spelled.span, spelled.label, spelled.words))
            continue
        if label is not None:
            key = _surname(doc, d.speaker.span) if label in _PERSONLIKE else ""
            title = titles.get(key, frozenset())
            named.append(_Named(d.speaker.span[0], d.speaker.span, label, _words(doc, d.speaker.span) | title,
                                title=title, key=key))
            if _speaks_for(doc, d.speaker.token, d.speaker.span, lex):
                named.append(_Named(d.speaker.span[0], d.speaker.span, "PERSON", frozenset({d.speaker.token.lemma_.lower()})))
            continue
        outlet = _outlet_name(d.speaker.token, lex)
        if outlet is not None:                      # 'the Reuters news agency reported'
            named.append(outlet)
            out[id(d)] = outlet.span
            continue
        issuer = _issuer(doc, d.speaker.span, d.speaker.token, lex)
        if issuer is not None:
            named.append(issuer)
            if not d.speaker.span[0] <= issuer.span[0] < d.speaker.span[1]:
                out[id(d)] = issuer.span             # 'A report by the institute says'
            continue
        owner = _message_owner(d.speaker.token, lex)       # 'says its report': whose 'its' is
        want = _wanted(owner or d.speaker.token, lex)
        at = owner.idx if owner is not None else d.speaker.span[0]
        ante = _stands_for(doc, at, want, _Context(named, genders, lead, contents), lex) \
            or _named_after_lead(doc, at, want, named) \
            or _body_of_members(doc, d.speaker.token, _Context(named, genders, lead, contents), lex) \
            or _author_of_document(doc, d.speaker.token, _Context(named, genders, lead, contents), lex)
        if ante is not None:
            out[id(d)] = ante.span
            known_as = _known_as(want) | _document_word(d.speaker.token, lex)
            named.append(_Named(d.speaker.span[0], ante.span, ante.label, ante.words | known_as, title=ante.title, key=ante.key))
        elif want is not None and want.head_only and want.labels == _PERSONLIKE:
            words = _own_words(d.speaker.token)
            key = f"@{d.speaker.span[0]}"                       # someone unnamed, known by this description
            gender = _gender_of(words, lex)
            if gender is not None:
                genders[key] = gender
            named.append(_Named(d.speaker.span[0], d.speaker.span, "PERSON", words, key=key))
    return out


def _described_bodies(doc: Doc, speakers: set[int], words: list[Span], ctx: _Context, lex: Lexicon) -> list[_Named]:
    """'The commission, an independent body, had been asked to ... But it said': a body a
    description names as the subject of a clause outside anyone's WORDS is a mention of the body it
    stands for, there, which a later 'it' finds before a body named earlier (a body named before it,
    not the lead's body a speaker's description may fall back to). SPEAKERS: the tokens of
    statements' speakers, resolved with the statements. So is the holder of an office a capitalised
    title names as such a subject ('the Minister highlighted ... , he added': the minister named
    before, whom the 'he' stands for)."""
    out = []
    for tok in doc:
        if tok.dep_ not in _ROLES or tok.i in speakers or any(s <= tok.idx < e for s, e in words):
            continue
        office = proper_title(tok, lex)
        if tok.pos_ != "NOUN" and not office:
            continue
        want = _wanted(tok, lex)
        if want is None or want.head is None or want.fresh or not (office or want.labels & _ORGS):
            continue
        ante = _stands_for(doc, tok.idx, want, ctx, lex)
        if ante is not None:
            label = ante.label if office or ante.label != "NAME" else "ORG"    # a name a body description found is a body's
            out.append(_Named(tok.idx, ante.span, label, ante.words | _known_as(want), title=ante.title, key=ante.key))
    return out


def _body_of_members(doc: Doc, tok: Token, ctx: _Context, lex: Lexicon) -> _Named | None:
    """'The joint committee on human rights found ... Members urged the government', 'the UK
    government had hoped ... Ministers had hoped': people named only as the holders of posts
    inside a body (``member_nouns``, plural, with nothing before them that says whose or which)
    speak for the organisation named last before them as a subject in their own sentence or the
    one before it (not one named only as an owner: 'Shares in Unilever rose. The ministers said'
    are no firm's); ministers only for a state's body ('the UK government', not a party named
    there); for no one when that stretch names none ('Officials said' opening a story).
    A body described after them ('Members of the committee') is the one that description stands
    for; any other phrase after them ('ministers from both countries') says they are not one body's."""
    if not _members(tok, lex):
        return None
    after = [c for c in tok.rights if c.dep_ in ("prep", "appos", "acl", "relcl")]
    if after:
        body = next((g for c in after[:1] if c.dep_ == "prep" and c.lower_ in lex.speakers.group_prepositions
                     for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
        want = _wanted(body, lex) if body is not None else None
        return _stands_for(doc, body.idx, want, ctx, lex) if body is not None and want is not None \
            and want.labels & _ORGS else None
    return _body_in_reach(doc, tok, ctx.named, lex, state=tok.lemma_.lower() in lex.speakers.state_member_nouns)


def _body_in_reach(doc: Doc, tok: Token, named: list[_Named], lex: Lexicon, state: bool = False,
                   main: bool = False) -> _Named | None:
    """The organisation named last before TOK as a subject in TOK's sentence or the one before it;
    with STATE, only a state's body (its words hold a ``state_bodies`` word: 'the UK government');
    with MAIN, only the subject of a main clause ('The NAO urged ...', not the CSA of 'five years
    before the CSA was fit for purpose')."""
    sent = tok.sent
    prev = next((doc[i].sent for i in range(sent.start - 1, -1, -1) if doc[i].is_alpha), None)
    start = prev.start_char if prev is not None else sent.start_char
    bodies = [n for n in named if n.label in _ORGS and n.salient and start <= n.pos < tok.idx
              and (not state or bool(n.words & lex.speakers.state_bodies)) and (not main or _main_subject(doc, n))]
    return max(bodies, key=lambda n: n.pos, default=None)


def _main_subject(doc: Doc, n: _Named) -> bool:
    """Whether N is named, where it is mentioned, as the subject of its sentence's main verb (or of a
    verb joined to it)."""
    at = doc.char_span(n.pos, n.pos + 1, alignment_mode="expand")
    if not at:
        return False
    word = at[0]
    while word.dep_ in ("det", "compound", "amod", "flat", "poss", "case") and word.head.i != word.i:
        word = word.head
    word = _phrase_head(word)
    if word.dep_ not in _ROLES:
        return False
    verb = word.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _author_of_document(doc: Doc, tok: Token, ctx: _Context, lex: Lexicon) -> _Named | None:
    """'The National Institute ... published its forecasts. The report said', "the institute's
    study found": a document (``message_nouns``, the titles lexicon's ``document_nouns``) whose
    issuer is not named with it speaks for the body its owner's description stands for, else, when
    definite, for the organisation named last as the subject of a main clause in its sentence or the
    one before (``_body_in_reach``); an indefinite one ('a report says') only in the news lead, for
    the body the sentence after it names (``_body_after_lead``)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or lemma not in lex.speakers.message_nouns | title_lexicon().document_nouns:
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is not None:
        want = _wanted(owner, lex) if owner.pos_ == "NOUN" else None
        return _stands_for(doc, owner.idx, want, ctx, lex) if want is not None and want.labels & _ORGS else None
    if any(c.dep_ in ("prep", "appos", "acl", "relcl") for c in tok.rights):
        return None
    if _indefinite(tok, lex):
        return _body_after_lead(doc, tok, ctx.named)
    return _body_in_reach(doc, tok, ctx.named, lex, main=True) if _definite(tok, lex) else None


def _body_after_lead(doc: Doc, tok: Token, named: list[_Named]) -> _Named | None:
    """'UK manufacturing slowed in January, according to a survey. ¶ The Chartered Institute of
    Purchasing and Supply said ...': a document the news lead cites without its issuer is the
    one of the organisation named as the subject of a main clause of the sentence after the lead
    (as a person the lead describes is the one named there, ``_named_after_lead``; not a people
    named inside it: 'The eight central European states ..., the UNECE said'); no one's elsewhere."""
    sents = list(islice((s for s in doc.sents if s.text.strip()), 2))
    if len(sents) < 2 or not sents[0].start <= tok.i < sents[0].end:
        return None
    nxt = sents[1]
    first = min((n for n in named if n.salient and nxt.start_char <= n.pos < nxt.end_char and _main_subject(doc, n)),
                key=lambda n: n.pos, default=None)
    return first if first is not None and first.label in _ORGS else None


def _document_word(tok: Token, lex: Lexicon) -> frozenset[str]:
    """'report' of a document resolved to its issuer: a later 'the report' finds that issuer by it."""
    lemma = tok.lemma_.lower()
    return frozenset({lemma}) if lemma in lex.speakers.message_nouns | title_lexicon().document_nouns else frozenset()


def _members(tok: Token, lex: Lexicon) -> bool:
    """'Ministers', 'the members', 'Officials': a plural common noun of a post inside a body with no
    word before it but 'the' ('senior officials', 'US officials', 'some members' are not one body's
    as such)."""
    return tok.pos_ == "NOUN" and tok.tag_ == "NNS" and tok.lemma_.lower() in lex.speakers.member_nouns \
        and all(c.dep_ == "det" and c.lower_ in lex.speakers.definite_determiners for c in tok.lefts)


def _named_after_lead(doc: Doc, pos: int, want: _Want | None, named: list[_Named]) -> _Named | None:
    """'Scotland's first minister has told pupils ... ¶ Jack McConnell was speaking to ...', 'The UK
    must focus on nuclear threats, says a top academic. ¶ Amitai Etzioni ... says': the news lead
    describes who speaks and the next sentence names them. A person described in the article's first
    sentence, standing for no one named before, is the person who is the first named subject of the
    sentence after it (no one, when that subject is not a person)."""
    if want is None or want.labels != _PERSONLIKE or want.gender is not None:
        return None
    sents = list(islice((s for s in doc.sents if s.text.strip()), 2))     # the lead and the sentence after it
    if len(sents) < 2 or not sents[0].start_char <= pos < sents[0].end_char:
        return None
    nxt = sents[1]
    first = min((n for n in named if n.salient and nxt.start_char <= n.pos < nxt.end_char), key=lambda n: n.pos, default=None)
    return first if first is not None and first.label == "PERSON" else None


def _known_as(want: _Want | None) -> frozenset[str]:
    """'the environment select committee said ... the committee added': a body a description that
    says only what kind of body it is was resolved to is known by that head noun from then on, so
    that a later 'the committee' beyond the window of the nearest body finds it by name."""
    if want is None or want.head is None or want.head_only or not want.labels & _ORGS:
        return frozenset()
    return frozenset({want.head})


def _spelled_out(doc: Doc, span: Span, named: list[_Named]) -> _Named | None:
    """'The Chartered Institute of Purchasing and Supply (CIPS) said ... The CIPS said': a speaker
    written as initials the tagger left untyped stands for the organisation named before whose
    initials they are (the nearest, when several are)."""
    text = strip_the(text_of(doc)[span[0]:span[1]])
    if not short_form(text) or text.upper() != text:
        return None
    fits = [n for n in named if n.label == "ORG" and n.pos < span[0] and initials(text_of(doc)[n.span[0]:n.span[1]]) == text]
    return max(fits, key=lambda n: n.pos, default=None)


@dataclass
class _Context:
    """What an article tells about who a pronoun or description may be: its named mentions so far,
    the gender it gives each person, the persons its first sentence names, and the stretches of
    text that are someone's words."""

    named: list[_Named]
    genders: dict[str, str]
    lead: list[_Named]
    contents: list[Span]
    lead_body: bool = True      # a body description no body before fits may be the lead's body (speakers only)


def antecedent_of(tok: Token, quotes: Sequence[Quote] = ()) -> Span | None:
    """The named mention a pronoun or description at TOK stands for ('the German carmaker' -> the
    firm named before it, 'the home secretary' -> the person given that title, 'he' -> the man
    named last as a subject): the rules speakers are resolved by, over the article's named
    mentions before TOK (the other layers' way in; statements resolve their speakers in
    ``resolve_antecedents``, which also knows who spoke). None when TOK is a name, or stands for
    no one the article names."""
    doc, lex = tok.doc, lexicon()
    span = mention_span(tok, lex)
    contents = [s for q in quotes for s in q.spans]
    named = [n for n in _discourse(doc, contents, lex) if n.pos < span[0]]
    context = _Context(named, _genders(doc, lex), _lead(doc, named), contents)
    ante = _stands_for(doc, span[0], _wanted(tok, lex), context, lex)
    return ante.span if ante is not None else None


def holder_of_title(doc: Doc, pos: int, title: str) -> Span | None:
    """Who holds the office TITLE names at POS ('president' of 'the presidential press service'): the
    person the article gave that title and no other, nearest before POS, else first after it; else
    the untitled person its first sentence names (``_office_holder``, as for 'the president'); None
    when it gives no one that title and leads with no untitled person."""
    lex = lexicon()
    named = _discourse(doc, [], lex)
    want = _Want(_PERSONLIKE, title, office=True, desc=frozenset({title}), holder=True)
    ante = _office_holder(named, pos, want, _lead(doc, named))
    return ante.span if ante is not None else None


def _stands_for(doc: Doc, pos: int, want: _Want | None, ctx: _Context, lex: Lexicon) -> _Named | None:
    """The named mention a pronoun or description at POS stands for (see the module docstring)."""
    if want is None or want.fresh:
        return None
    named, genders, lead = ctx.named, ctx.genders, ctx.lead
    if want.holder:
        return _office_holder(named, pos, want, lead) or \
            _nearest(named, pos, want, lex.speakers.antecedent_window_chars, lex, genders)
    ante = _named_just_before(doc, named, pos, want, genders) \
        or _nearest(named, pos, want, lex.speakers.antecedent_window_chars, lex, genders) \
        or _named_in_any_role(named, pos, want, lex.speakers.body_window_chars, genders) \
        or (_untitled_lead(lead, pos) if want.lead else None) \
        or (_sole_body(doc, named, pos, want, lex) if want.sole else None) \
        or (_lead_body(doc, pos, want, lex) if ctx.lead_body else None)
    if ante is not None and want.labels == _GROUPLIKE and _unnamed_group_between(doc, ante.pos, pos, ctx.contents, lex):
        return None                 # 'Analysts said ... They also pointed out': the analysts
    if ante is not None and not ante.salient and want.any_role and ante.label in _ORGS:
        ante = _subject_beside(doc, named, ante) or ante
    if ante is None and want.else_body is not None:
        return _stands_for(doc, pos, want.else_body, ctx, lex)
    return ante


def _subject_beside(doc: Doc, named: list[_Named], owner: _Named) -> _Named | None:
    """'The SEC unveiled two settlements, one covering BOA's subsidiaries. ... it said': a body named
    only as an owner or in another role after the first body that is a subject of its own sentence
    is not what the sentence is about; 'it' stands for that subject (a sentence with no
    such subject keeps the owner: 'Shares in UK Coal fell after it said'; so does one whose first
    subject is the owner itself: 'Qantas faces rivals ... on Qantas' routes')."""
    at = doc.char_span(owner.pos, owner.pos + 1, alignment_mode="expand")
    if not at:
        return None
    sent = at[0].sent
    first = min((n for n in named if n.salient and n.label in _ORGS and sent.start_char <= n.pos < owner.pos),
                key=lambda n: n.pos, default=None)
    return first if first is not None and first.key != owner.key and \
        _surname(doc, first.span) != _surname(doc, owner.span) else None


def _speaks_for(doc: Doc, tok: Token, span: Span, lex: Lexicon) -> bool:
    """'A spokeswoman for the Electoral Commission said ... She added': a person who speaks for the
    body named after them; a later 'she' or 'the spokeswoman' is that body's voice too. The body's
    name ends in a common noun ('Commission', 'Council', 'Office'): a span the tagger ran on into
    the person's own name ('the head of the Regional Administration Oleh Kravets') is not one."""
    lemma = tok.lemma_.lower()
    if lemma not in lex.speakers.person_nouns or lemma not in lex.speakers.group_nouns or span[0] <= tok.idx < span[1]:
        return False
    words = text_of(doc)[span[0]:span[1]].split()
    return bool(words) and first_class(words[-1].lower()) is not None


def _issuer(doc: Doc, span: Span, tok: Token, lex: Lexicon) -> _Named | None:
    """'a World Bank report', 'the FAO survey', 'a report by the Fraser of Allander Institute': a
    message whose issuer is named, before it or after one of ``issuer_prepositions``, speaks for
    it; a later 'the report' is that organisation's too (its head word is added to the name's)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lex.speakers.message_nouns:
        return None
    ent = next((e for e in doc_ents(doc) if span[0] <= e.start_char and e.end_char <= span[1]
                and e.end <= tok.i and _kind(e, lex) == "ORG"), None) or _issued_by(tok, lex)
    if ent is None:
        return None
    words = frozenset(t.lemma_.lower() for t in ent) | {tok.lemma_.lower()}
    return _Named(span[0], (ent.start_char, ent.end_char), "ORG", words)


def _outlet_name(tok: Token, lex: Lexicon) -> _Named | None:
    """'the Reuters news agency', 'the Interfax agency', 'the Mirror newspaper': a description of a
    news outlet (``outlet_nouns``) whose first words after the article are a proper name, with only
    ``outlet_words`` ('news', 'television') between it and the head, is that outlet by name, not
    the body named before it. A place's or a people's name there says whose outlet it is, not
    which ('the Russian news agency', 'the BBC's website' is the BBC's by possession, not here)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lex.speakers.outlet_nouns:
        return None
    doc = tok.doc
    mods = [t for t in doc[tok.left_edge.i:tok.i] if t.dep_ != "det"]
    k = next((i for i, t in enumerate(mods) if not (t.pos_ == "PROPN" and t.text[:1].isupper())), len(mods))
    name, rest = mods[:k], mods[k:]
    if not name or any(t.lower_ not in lex.speakers.outlet_words for t in rest) \
            or any(t.ent_type_ in ("GPE", "NORP", "LOC") or t.dep_ == "poss" or t.tag_ == "POS" for t in name):
        return None
    span = (name[0].idx, name[-1].idx + len(name[-1]))
    return _Named(span[0], span, "ORG", _words(doc, span) | {tok.lemma_.lower()})


def _message_owner(tok: Token, lex: Lexicon) -> Token | None:
    """'"...," says its report', 'its statement said': the possessive pronoun (``body_possessives``)
    that owns a message noun; the message is the body's that pronoun stands for."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lex.speakers.message_nouns:
        return None
    return next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in lex.speakers.body_possessives), None)


def _issued_by(tok: Token, lex: Lexicon) -> SpacySpan | None:
    """The organisation named after a message noun's 'by' or 'from' ('a report by the Audit
    Office'), its phrase's own (not one inside a clause that describes it)."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in lex.speakers.issuer_prepositions:
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            ent = next((e for e in doc_ents(tok.doc) if e.start <= pobj.i < e.end), None)
            if ent is not None and _kind(ent, lex) == "ORG":
                return ent
    return None


def _mention_pos(d: Draft) -> int:
    if d.speaker is not None and d.speaker.span is not None:
        return d.speaker.span[0]
    return d.start


def _root(doc: Doc, span: Span, fallback: Token) -> Token:
    """The head word of the speaker mention (the name in an apposition, not the title)."""
    sp = doc.char_span(span[0], span[1], alignment_mode="expand")
    return sp.root if sp is not None else fallback


def _label(doc: Doc, span: Span, head: Token, lex: Lexicon) -> str | None:
    """The kind of a named mention (PERSON, ORG...); None for pronouns and descriptions.
    The small model often tags a foreign person's name ORG: a short all-proper-noun name
    without an organisation word counts as a person."""
    ent = next((e for e in doc_ents(doc) if e.start_char <= span[0] < e.end_char or span[0] <= e.start_char < span[1]), None)
    if ent is None or not (ent.start <= head.i < ent.end):
        return _untyped_name_kind(head, lex) if _proper(head) else None
    return _kind(ent, lex)


def _proper(tok: Token) -> bool:
    """A proper noun written as one: the tagger's 'minister' of 'the prime minister' is a common noun."""
    return tok.pos_ == "PROPN" and not tok.is_lower


def _untyped_name_kind(head: Token, lex: Lexicon) -> str:
    """A name the tagger left untyped ('the Catholic Church' with only 'Catholic' tagged): an
    organisation's when its head is an organisation word or its first WordNet sense a group
    ('church'), so that no later 'he' stands for it; a person's when a given name opens it ('Theresa
    May', 'May' read as a month), so that no later 'the committee' does; else any name ('NAME')."""
    word = head.lower_
    if word in lex.speakers.organisation_words or first_class(word) in lex.speakers.name_kind_classes:
        return "ORG"
    name = [t for t in head.doc[head.left_edge.i:head.i + 1] if _proper(t)]
    if len(name) > 1 and name[-1] == head and is_given_name(name[0].text):
        return "PERSON"
    return "NAME"


def _kind(ent: SpacySpan, lex: Lexicon) -> str:
    """An entity's kind as a speaker: the small model tags a foreign person's short name ORG and a
    body's name PERSON ('Podlasie Humanitarian Network'); an organisation word decides, in the
    name or in the title set before it ('budget airline Ryanair'), and so does a plural name ('the
    Lib Dems': no one person). A name tagged as a work, product or law ('The Making Decisions
    Alliance' as WORK_OF_ART) is judged by its head as an untagged name is."""
    if ent.label_ == "ORG" and (_name_like(ent, lex) or _honoured(ent)):
        return "PERSON"
    if ent.label_ == "PERSON" and (any(t.lower_ in lex.speakers.organisation_words for t in ent)
                                   or ent.root.tag_ == "NNPS" or _body_titled(ent, lex)):
        return "ORG"
    if ent.label_ in lex.speakers.misread_name_labels and _proper(ent.root):
        return _untyped_name_kind(ent.root, lex)
    if ent.label_ == "GPE" and not looks_place(ent.text):
        return "ORG"            # 'Electrolux' tagged as a place the gazetteer does not know
    return str(ent.label_)


def _body_titled(ent: SpacySpan, lex: Lexicon) -> bool:
    """'budget airline Ryanair' tagged PERSON: a name the article gives, at any of its mentions, a
    title that is an organisation word and no person's noun (and no honorific)."""
    return ent.text in _body_titled_names(ent.doc, lex)


def _body_titled_names(doc: Doc, lex: Lexicon) -> frozenset[str]:
    """The PERSON-tagged names of DOC given a body's title at some mention, found once per document
    (every entity's kind asks)."""
    return once(doc, "newsledger_body_titled", lambda: frozenset(
        e.text for e in doc_ents(doc) if e.label_ == "PERSON" and _titled_as_body(e, lex)))


def _titled_as_body(ent: SpacySpan, lex: Lexicon) -> bool:
    titles = _title_words(_phrase_head(ent.root), ent)
    return bool(titles & lex.speakers.organisation_words) and not _honoured(ent) and not any(
        t in lex.speakers.person_nouns or first_class(t) == "person" for t in titles)


def _honoured(ent: SpacySpan) -> bool:
    """'Mr Clarke' with 'Clarke' tagged ORG: a name an honorific opens or is set right before
    is a person's."""
    first = ent.doc[ent.start - 1] if ent.start > 0 else None
    return title_lexicon().honorific(ent[0].text) or (first is not None and title_lexicon().honorific(first.text))


def _name_like(ent: SpacySpan, lex: Lexicon) -> bool:
    words = [t for t in ent if t.pos_ not in ("DET", "PUNCT")]      # 'Murphy-O'Connor' is two words
    return 2 <= len(words) <= 3 and all(t.pos_ == "PROPN" and t.is_title for t in words) and \
        not any(t.lower_ in lex.speakers.organisation_words for t in words) and not _thing_named(ent, words[-1], lex)


def _thing_named(ent: SpacySpan, last: Token, lex: Lexicon) -> bool:
    """'Hyundai Motor', 'Seibu Railways', 'Burren Energy': a short name the tagger calls an
    organisation whose last word is an English common noun for a thing (its first WordNet sense is
    no person) names a firm after what it makes or does, not a person, unless the article gives
    it a person's title ('Holyrood leader Nicola Sturgeon', 'Foreign Secretary Jack Straw') or
    writes that word after an honorific ('Mr Straw', 'Dr Fox'): a surname that is also a noun."""
    word = last.lemma_.lower()
    if first_class(word) is None and word.endswith("s"):
        word = word[:-1]
    if first_class(word) in (None, "person"):
        return False
    titles = _title_words(_phrase_head(ent.root), ent)
    if any(t in lex.speakers.person_nouns or first_class(t) == "person" for t in titles):
        return False
    doc = last.doc
    return not any(t.lower_ == last.lower_ and t.i > 0 and title_lexicon().honorific(doc[t.i - 1].text) for t in doc)


def _wanted(tok: Token, lex: Lexicon) -> _Want | None:
    """Which named mention a pronoun or description may stand for."""
    sp, low, lemma = lex.speakers, tok.lower_, tok.lemma_.lower()
    if low in sp.person_pronouns:
        return _Want(_PERSONLIKE, gender=_gender_of(frozenset({low}), lex))
    if low in sp.group_pronouns:
        return _Want(_GROUPLIKE)
    if low in sp.body_pronouns or low in sp.body_possessives:
        return _Want(_ORGS | {"NAME"}, near=sp.body_window_chars, any_role=True)   # a name nobody tagged too
    if proper_title(tok, lex):                  # 'the Salford MP', 'the Prime Minister': an office
        mods = _title_modifiers(tok)
        return _Want(_PERSONLIKE, lemma, office=True, desc=mods | {lemma}, holder=True)
    if not (tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and not _proper(tok)) or tok.tag_ == "NNS":
        return None
    if _narrators(tok, lex) and (lemma in sp.person_nouns or first_class(lemma) == "person"):
        return _Want(_PERSONLIKE, lemma, head_only=True, any_role=True)   # 'our correspondent'
    if _indefinite(tok, lex) and (lemma in sp.person_nouns or first_class(lemma) == "person"):
        return _Want(_PERSONLIKE, lemma, head_only=True, fresh=True)
    if lemma in sp.person_nouns:
        mods = _title_modifiers(tok)
        holder = office_title(tok, lex) and not owned(tok)
        office = bool(mods) and lemma not in sp.epithet_nouns      # 'the opposition figure' names no office
        return _Want(_PERSONLIKE, lemma, head_only=owned(tok), office=office, desc=mods | {lemma}, holder=holder)
    if first_class(lemma) == "person" and _definite(tok, lex):   # 'the cardinal', 'the chancellor'
        if _body_sense(tok, lex, person_first=True):              # 'the carrier', 'the distributor'
            return _Want(_PERSONLIKE, lemma, head_only=True, else_body=_body_want(tok, lex))
        return _Want(_PERSONLIKE, lemma, head_only=True, lead=not owned(tok))
    if lemma in sp.press_nouns and _definite(tok, lex):          # 'the paper', 'the newspaper'
        return _Want(_ORGS | {"NAME"}, lemma, head_only=False, any_role=True, press=True)
    if lemma in sp.message_nouns and _definite(tok, lex):
        return _Want(_ORGS, lemma, head_only=True)       # 'the report': the one named with its issuer
    if lemma in sp.organisation_words or (_definite(tok, lex) and _body_sense(tok, lex)):
        return _body_want(tok, lex)
    return None


def _body_want(tok: Token, lex: Lexicon) -> _Want:
    """Which organisation a description of a body ('the firm', 'the party', 'the Swedish firm') may stand for."""
    sp, lemma = lex.speakers, tok.lemma_.lower()
    labels = _ORGS | {"NORP"} if lemma in sp.party_heads else _ORGS
    return _Want(labels | {"NAME"}, lemma, head_only=not _described_only_by_role(tok, lex),
                 near=sp.body_window_chars, any_role=True, sole=_described_by_origin(tok, lex))


def _narrators(tok: Token, lex: Lexicon) -> bool:
    """'our correspondent', 'our reporter': the outlet's own journalist, whom the article names with
    that title in any role ('speaking to the BBC's defence correspondent Paul Adams'), not a person
    of someone else's."""
    return any(c.dep_ == "poss" and c.lower_ in lex.speakers.narrator_pronouns for c in tok.children)


def _indefinite(tok: Token, lex: Lexicon) -> bool:
    """'a spokesman', 'one analyst', 'another member': a description of someone not named before."""
    return any(c.dep_ in ("det", "nummod") and c.lower_ in lex.speakers.indefinite_determiners for c in tok.children)


def _described_only_by_role(tok: Token, lex: Lexicon) -> bool:
    """'the company', 'the committee': a definite description that says only what kind of body
    it is may stand for the organisation named just before; one that says whose or where it is
    ('the German firm', 'the Russian government') or that is a state's own ('the government')
    is matched by name only."""
    if not _definite(tok, lex) or tok.lemma_.lower() in lex.speakers.state_bodies:
        return False
    return not any(c.ent_type_ in ("NORP", "GPE") or c.dep_ == "poss" for c in tok.lefts)


def _described_by_origin(tok: Token, lex: Lexicon) -> bool:
    """'The Swedish firm', 'the South Yorkshire company': a definite description of a body that
    says where it is from and nothing else (not a state's own body, nor whose it is, nor a body of
    its own kind: 'the Belarusian presidential press service')."""
    words = [t for t in tok.doc[tok.left_edge.i:tok.i] if t.dep_ != "det"]
    return _definite(tok, lex) and tok.lemma_.lower() not in lex.speakers.state_bodies and bool(words) \
        and all(t.ent_type_ in ("NORP", "GPE") for t in words)


def _definite(tok: Token, lex: Lexicon) -> bool:
    """'the company', 'the Swedish firm': a description of one body the reader already knows."""
    return any(c.dep_ == "det" and c.lower_ in lex.speakers.definite_determiners for c in tok.children)


def _body_sense(tok: Token, lex: Lexicon, person_first: bool = False) -> bool:
    """Whether a common noun can name an organisation: one of its WordNet senses is a group
    ('firm', 'committee', 'carrier' of airlines) and its first is not a person ('maker' is a
    person first), or, with PERSON_FIRST, is a person but the word is no listed person's noun
    ('the carrier', 'the distributor': a person only where the article gives someone that title)."""
    classes = noun_classes(tok)
    if not classes:
        return False
    first_ok = tok.lemma_.lower() not in lex.speakers.person_nouns if person_first else classes[0] != "person"
    return first_ok and bool(set(classes) & lex.speakers.body_classes)


def _title_modifiers(tok: Token) -> frozenset[str]:
    return frozenset(c.lemma_.lower() for c in tok.lefts if c.dep_ in ("amod", "compound"))


def office_title(tok: Token, lex: Lexicon) -> bool:
    """'the home secretary', 'the Tory leader': a definite title whose first WordNet sense is a
    person ('the Tory source' is no office) and that says which office; it
    stands for one the article gave that title, and where it gave it no one, for no one named (never
    the person who spoke last)."""
    lemma = tok.lemma_.lower()
    return lemma in lex.speakers.person_nouns and first_class(lemma) == "person" and _definite(tok, lex) \
        and bool(_title_modifiers(tok))


def owned(tok: Token) -> bool:
    """Whether a description names whose it is ('Mr Putin's spokesman', 'his aide'): it is
    someone of that owner's, not the person named before. ('The CEO of Hewlett-Packard' is a
    title, often of the person just named: only a possessive owns.)"""
    return any(c.dep_ == "poss" for c in tok.children)


def _nearest(named: list[_Named], pos: int, want: _Want, window: int, lex: Lexicon,
             genders: dict[str, str]) -> _Named | None:
    """The named mention a pronoun or description stands for: the nearest of the wanted kind, first
    one whose name or title holds the description's head; a gendered pronoun never stands for a
    person of the other gender."""
    cands = sorted((n for n in named if n.pos < pos and pos - n.pos <= window and n.label in want.labels
                    and (n.salient or want.any_role) and (not want.press or n.words & lex.speakers.press_name_words)
                    and not (want.gender and genders.get(n.key, want.gender) != want.gender)), key=lambda n: -n.pos)
    heads = [n for n in cands if want.head in n.words] if want.head else []
    matched = next((n for n in heads if want.desc and not n.title - want.desc), None) or next(iter(heads), None)
    if matched is not None or want.head_only:
        return matched
    return next((n for n in cands if (want.near is None or pos - n.pos <= want.near)
                 and not (want.office and _other_title(n, want, lex))), None)


def _sole_body(doc: Doc, named: list[_Named], pos: int, want: _Want, lex: Lexicon) -> _Named | None:
    """The one body named within reach before POS, in any role ('Electrolux saw its shares rise
    ... The Swedish firm said'); none when two were ('Orbis Bank agreed to buy Kestrel Capital.
    The German firm said': either may be German). Mentions of one body share their first word
    ('Multiplex Group', 'Multiplex')."""
    near = want.near or 0
    cands = [n for n in named if n.label in want.labels and 0 < pos - n.pos <= near]
    bodies = {_first_word(doc, n.span) for n in cands} | {
        _first_word(doc, (e.start_char, e.end_char)) for e in doc_ents(doc)
        if "ORG" in (e.label_, _kind(e, lex)) and 0 < pos - e.start_char <= near and not _in_relative_clause(e.root)}
    return max(cands, key=lambda n: n.pos) if len(bodies) == 1 and cands else None


def _lead_body(doc: Doc, pos: int, want: _Want, lex: Lexicon) -> _Named | None:
    """'Up to 2,500 jobs are to go at US insurance broker Marsh & McLennan ... ¶ ... the company
    said': a description that says only what kind of body it is ('the company', 'the insurer'),
    with no body named within reach before it, stands for the one organisation the article's
    first sentence names (its protagonist, as an untitled person the lead names is 'the
    chancellor'), unless its name says it is a body of another kind ('the committee' is not the
    Child Support Agency); for none when the lead names two or none."""
    if not want.labels & _ORGS or want.head is None or want.head_only or want.sole or want.press:
        return None
    first = next(iter(doc.sents), None)
    if first is None or pos < first.end_char:
        return None
    bodies = [e for e in doc_ents(doc) if e.end <= first.end and _kind(e, lex) == "ORG"]
    if len({_first_word(doc, (e.start_char, e.end_char)) for e in bodies}) != 1 \
            or bodies[0].root.dep_ in ("compound", "amod"):
        return None         # two bodies, or a name that only modifies a noun ('New Home Secretary Charles Clarke')
    span = (bodies[0].start_char, bodies[0].end_char)
    words = _words(doc, span)
    return _Named(span[0], span, "ORG", words, False) if words & lex.speakers.organisation_words <= {want.head} else None


def _first_word(doc: Doc, span: Span) -> str:
    words = [w for w in text_of(doc)[span[0]:span[1]].lower().split() if w not in ("the", "a", "an")]
    return words[0] if words else ""


def _named_in_any_role(named: list[_Named], pos: int, want: _Want, window: int,
                       genders: dict[str, str]) -> _Named | None:
    """'Her comments did not impress Tim Collins. "...," he said.': a gendered pronoun that no
    subject before it can stand for (Ms Kelly is a woman) stands for the person named last, in
    any role, close before it, not known to be of the other gender."""
    if want.gender is None:
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
        if not start < t.idx < pos or t.dep_ not in _ROLES or t.tag_ != "NNS" or t.ent_type_ \
                or any(s <= t.idx < e for s, e in contents):
            continue
        span = mention_span(t, lex)
        if not any(span[0] <= e.start_char < span[1] for e in doc_ents(doc) if e.label_ in _GROUPLIKE):
            return True
    return False


def _named_just_before(doc: Doc, named: list[_Named], pos: int, want: _Want,
                       genders: dict[str, str]) -> _Named | None:
    """'But that was not enough for Mr Grant. "...," he said.': a gendered pronoun whose sentence
    names no one before it, right after a sentence whose subject is no person but which names one
    person (in any role, of no other gender), stands for that person: the sentence made them the
    topic, whoever was the last subject before it."""
    if want.gender is None:
        return None
    at = doc.char_span(pos, pos + 1, alignment_mode="expand")
    sent = at[0].sent if at else None
    if sent is None or sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    here = [n for n in named if sent.start_char <= n.pos < pos and n.label in _PERSONLIKE]
    there = [n for n in named if prev.start_char <= n.pos < prev.end_char and n.label in _PERSONLIKE]
    if here or not there or any(n.salient for n in there) or len({n.key for n in there}) != 1:
        return None
    n = there[-1]
    return n if genders.get(n.key, want.gender) == want.gender else None


def _office_holder(named: list[_Named], pos: int, want: _Want, lead: list[_Named]) -> _Named | None:
    """Who 'the home secretary' is: one the article gave that title and no other, in any role and
    at any distance ('Home Secretary David Blunkett', not the shadow home secretary), the nearest
    before it, else the first after it; else the person the article leads with, when it gives them
    no title at all ('Charles Kennedy said ... the Liberal Democrat leader said': the news
    convention of naming the protagonist once and then by office); else None, and the nearest
    person the article gave no other title is taken ('Trump ... the GOP nominee said')."""
    titled = [n for n in named if n.label in want.labels and want.head in n.words and not n.title - want.desc]
    before = [n for n in titled if n.pos < pos]
    if before:
        return max(before, key=lambda n: n.pos)
    return min(titled, key=lambda n: n.pos) if titled else _untitled_lead(lead, pos)


def _untitled_lead(lead: list[_Named], pos: int) -> _Named | None:
    """The person before POS of those the article's first sentence names, when it gives them no
    title: 'Gordon Brown has criticised a union leader ... But the chancellor said'. The lead's
    subject first (its protagonist: 'X has attacked the cost of asylum under Y ... The Tory leader
    said' is X), else the last named."""
    untitled = [n for n in lead if n.pos < pos and not n.title]
    return max(untitled, key=lambda n: (n.salient, n.pos)) if untitled else None


def _lead(doc: Doc, named: list[_Named]) -> list[_Named]:
    """The persons named in the article's first sentence: its protagonists."""
    first = next(iter(doc.sents), None)
    return [n for n in named if n.label == "PERSON" and first is not None and n.pos < first.end_char]


def _other_title(n: _Named, want: _Want, lex: Lexicon) -> bool:
    """Whether the article gave N a title other than the one wanted: 'the home secretary' is not
    the man introduced as 'Prime Minister Tony Blair', nor 'the prime minister' the one introduced
    as 'Tory MP Boris Johnson' (a title word of the titles lexicon, 'MP', no description's noun)."""
    return bool((n.words & lex.speakers.person_nouns) - {want.head}) or \
        bool((n.title & title_lexicon().person_heads) - want.desc - {want.head})


def _own_words(head: Token) -> frozenset[str]:
    """The words of a description without its owner's ('the prime minister's official spokesman' is
    known as 'official spokesman', not as a 'minister' a later 'the minister' would find)."""
    owner = {t.i for c in head.children if c.dep_ == "poss" for t in c.subtree}
    return frozenset(t.lemma_.lower() for t in head.subtree if t.i <= head.i and t.i not in owner)


def _words(doc: Doc, span: Span) -> frozenset[str]:
    sp = doc.char_span(span[0], span[1], alignment_mode="expand")
    return frozenset(t.lemma_.lower() for t in sp or ())


def _discourse(doc: Doc, contents: list[Span], lex: Lexicon) -> list[_Named]:
    """Named persons and organisations that are subjects or agents outside every statement's
    content and every quotation ('"Labour is counting on fear," he said. He said ...': Labour
    is in Kennedy's words, not who speaks next), with the words of their titles ('the
    spokesman ..., Colonel Dari'); organisations named as owners too, marked, for 'it' and 'the
    company' ('Shares in UK Coal fell after the mining group reported'). CONTENTS: the spans of
    every statement's content and every quotation."""
    out = []
    for ent in doc_ents(doc):
        kind = _kind(ent, lex)
        if any(s <= ent.start_char < e for s, e in contents):
            continue
        if kind == "NORP" and _group_name(ent):
            out.append(_Named(ent.start_char, (ent.start_char, ent.end_char), kind, _words(doc, (ent.start_char, ent.end_char)), False))
        if kind not in ("PERSON", "ORG"):
            continue
        phrase = _phrase_head(ent.root)
        salient = _salient(phrase, lex)
        if kind == "ORG" and not salient and (_in_relative_clause(phrase) or not _owner_role(phrase, lex)):
            continue        # a person in any role may hold the office a later title names
        title = _title_words(phrase, ent)
        words = frozenset(t.lemma_.lower() for t in ent) | title
        out.append(_Named(ent.start_char, (ent.start_char, ent.end_char), kind, words, salient, title,
                          _surname(doc, (ent.start_char, ent.end_char))))
    out += [n for tok in doc if (n := _state_body(tok, lex)) is not None]
    out += [n for tok in doc if (n := _untagged_name(tok, lex, contents)) is not None]
    out += [n for tok in doc if (n := _bracketed_name(tok, contents)) is not None]
    return _shared_titles(doc, sorted(out, key=lambda n: n.pos), lex)


def _untagged_name(tok: Token, lex: Lexicon, contents: list[Span]) -> _Named | None:
    """'Electrolux saw its shares rise after it said ...' with 'Electrolux' left untagged: a proper
    noun the tagger gave no type, subject or owner outside anyone's words, is a name a later
    'it' (or the one body a 'Swedish firm' may be) stands for, and so is one named as an owner
    ('Shares in UK Coal fell after the mining group said'); an organisation's when its head says
    so, else any name's (which 'it' and a description of a body may stand for)."""
    if not _proper(tok) or tok.ent_type_ or not (tok.dep_ in _ROLES + ("poss",) or _owner_role(tok, lex)) \
            or proper_title(tok, lex) or any(s <= tok.idx < e for s, e in contents):
        return None
    span = mention_span(tok, lex)
    return _Named(span[0], span, _untyped_name_kind(tok, lex), _words(tok.doc, span), tok.dep_ in _ROLES)


def _bracketed_name(tok: Token, contents: list[Span]) -> _Named | None:
    """'the commander of the NATO mission in Kosovo (KFOR)': a short name in brackets right after a
    noun phrase is that phrase's name, so the phrase's nouns are its words ('mission'), and a later
    'the mission' stands for KFOR, not for NATO, the name inside the phrase. The phrase is the
    common noun before the bracket, or the one a place before it qualifies ('mission in Haiti (BINUH)'),
    not a noun that phrase hangs from in turn ('the head of ...'); an organisation's name before the
    bracket is spelled out by it (``_spelled_out``)."""
    doc = tok.doc
    if not short_form(tok.text) or tok.i < 2 or tok.i + 1 >= len(doc) or doc[tok.i - 1].text != "(" \
            or doc[tok.i + 1].text != ")" or any(s <= tok.idx < e for s, e in contents):
        return None
    noun = doc[tok.i - 2]
    while noun.ent_type_ in ("GPE", "LOC") and noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head.head
    if noun.pos_ != "NOUN":
        return None
    return _Named(tok.idx, (tok.idx, tok.idx + len(tok)), "ORG", frozenset({noun.lemma_.lower(), tok.lower_}), False)


def _state_body(tok: Token, lex: Lexicon) -> _Named | None:
    """'the Indian government', 'the UK government': a state's body named by its country and a
    state-body noun, which the tagger leaves untyped; a later 'the government' stands for it,
    wherever it was named (also inside what someone said), since no other body bears that name.
    'a Conservative government' is one that may come to be, not a body the article names."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lex.speakers.state_bodies or tok.ent_type_ == "ORG" \
            or _indefinite(tok, lex):
        return None
    mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound") and c.ent_type_ in ("GPE", "NORP")]
    if not mods:
        return None
    start = min(t.idx for m in mods for t in m.subtree)
    words = frozenset(t.lemma_.lower() for m in mods for t in m.subtree) | {tok.lemma_.lower()}
    return _Named(start, (start, tok.idx + len(tok)), "ORG", words)


def _shared_titles(doc: Doc, named: list[_Named], lex: Lexicon) -> list[_Named]:
    """A person keeps the titles the article gave them at any mention, in any role ('denied by
    Foreign Secretary Jack Straw' ... 'Mr Straw said' ... 'the foreign secretary added'): the
    mentions of one surname share their title words."""
    titles: dict[str, frozenset[str]] = {}
    for ent in doc_ents(doc):
        if _kind(ent, lex) == "PERSON":
            key = _surname(doc, (ent.start_char, ent.end_char))
            titles[key] = titles.get(key, frozenset()) | _title_words(_phrase_head(ent.root), ent)
    for n in named:
        if n.label == "PERSON":
            n.title = n.title | titles.get(_surname(doc, n.span), frozenset())
            n.words = n.words | n.title
    return named


def _genders(doc: Doc, lex: Lexicon) -> dict[str, str]:
    """The gender the article gives each person, by surname: an honorific before or in the name
    ('Mr Straw', 'Lady Thatcher'), a gendered title beside it ('the spokeswoman, Ann Smith'). A
    surname given both, or borne by two first names (a married couple), has none."""
    seen: dict[str, set[str]] = {}
    given: dict[str, set[str]] = {}
    for ent in doc_ents(doc):
        if _kind(ent, lex) != "PERSON":
            continue
        names = text_of(doc)[ent.start_char:ent.end_char].split()
        if len(names) > 1 and names[0].rstrip(".").lower() not in lex.speakers.male_words | lex.speakers.female_words:
            given.setdefault(names[-1].lower(), set()).add(names[0])
        words = {t.lower_.rstrip(".") for t in ent} | _title_words(_phrase_head(ent.root), ent)
        if ent.start > 0:
            words.add(doc[ent.start - 1].lower_.rstrip("."))
        gender = _gender_of(frozenset(words), lex)
        if gender is not None:
            seen.setdefault(_surname(doc, (ent.start_char, ent.end_char)), set()).add(gender)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1 and len(given.get(k, ())) <= 1}


def _gender_of(words: frozenset[str], lex: Lexicon) -> str | None:
    """'male' or 'female' when the words say one gender only (data/statements_speakers.json)."""
    male, female = bool(words & lex.speakers.male_words), bool(words & lex.speakers.female_words)
    return "male" if male and not female else "female" if female and not male else None


def _surname(doc: Doc, span: Span) -> str:
    words = text_of(doc)[span[0]:span[1]].split()
    return words[-1].lower() if words else ""


def _group_name(ent: SpacySpan) -> bool:
    """A NORP name used as a noun ('the Liberal Democrats', 'Labour's plans'), not as an adjective
    ('British', 'Tory leader'): the tagger's type for a party, which only 'the party' may stand for."""
    return ent.root.pos_ == "PROPN" and ent.root.dep_ not in ("amod", "compound")


def _in_relative_clause(tok: Token) -> bool:
    """'Umbro, which lost deals with Chelsea, said ... It hopes': an organisation named inside a
    clause that describes another is background to it, not what a later 'it' stands for."""
    return any(a.dep_ == "relcl" for a in tok.ancestors)


def _phrase_head(tok: Token) -> Token:
    """The head of the noun phrase a name is in: past compounds and appositions to the title."""
    while tok.dep_ in ("compound", "flat", "appos") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _salient(head: Token, lex: Lexicon) -> bool:
    """A subject, or the agent of a passive cue ('announced ... by the spokesman, Colonel Dari';
    not 'quoted by the agency')."""
    return head.dep_ in _ROLES or (head.dep_ == "pobj" and head.head.dep_ == "agent"
                                   and lex.verb_class(lex.lemma(head.head.head)) is not None)


def _owner_role(head: Token, lex: Lexicon) -> bool:
    """An organisation named as what owns or holds something ('Multiplex's division', 'shares in UK
    Coal', 'the boss of Fiat'), not as a place ('costs at Wembley')."""
    return head.dep_ == "poss" or (head.dep_ == "pobj" and head.head.lower_ in lex.speakers.body_prepositions)


def _title_words(head: Token, ent: SpacySpan) -> frozenset[str]:
    """The nouns before the name in its phrase ('Colonel', 'Defence Minister', 'the spokesman'),
    and those of a title set beside it ('Charles Clarke, the home secretary,'), not those of a
    clause that describes the title ('the lawyer representing Mr Abbasi': Mr Abbasi's 'Mr' is no
    word of hers)."""
    before = {t.lemma_.lower() for t in head.subtree if t.i < ent.start and t.pos_ in ("NOUN", "PROPN")
              and not title_lexicon().honorific(t.text)}       # 'Mr' is no title
    beside = {t.lemma_.lower() for a in ent.root.children if a.dep_ == "appos" and a.pos_ == "NOUN"
              for t in a.subtree if t.pos_ in ("NOUN", "PROPN") and t.i > ent.end and t.i not in _clauses_of(a)}
    return frozenset(before | beside)


def _clauses_of(noun: Token) -> set[int]:
    """The tokens of the clauses that describe NOUN ('representing Mr Abbasi', 'who advised him')."""
    return {t.i for c in noun.children if c.dep_ in ("acl", "relcl") for t in c.subtree}
