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
A state's body it has one of ('the government', 'the cabinet'), with nothing before it but 'the', speaks
for the state named last as a subject in its sentence or the one before ('Venezuela has assured ...
However, the government insisted'), whom the entities room composes it with ('Venezuela government'); an 'it' continuing it as the next
main-clause subject ('the government said ... It also pledged') stands for that body's mention, so
for the same composed body.
With no state so named, it speaks for the state that is the main subject of the article's first sentence
('Turkey is to relaunch its currency ... The government hopes'). An 'it' whose nearest main-clause subject
before it is a country's name ('India will allow ..., a move it hopes will ...') stands for that country.
Last, a description whose head word is
the last word of the name of the one organisation the article names ('Police said' with the Metropolitan
Police named anywhere, 'The law lords' with the House of Lords) is that organisation (speakers only).
As speakers too: one whose post is to speak for their owner ("Mr Blair's spokesman", 'his spokeswoman')
speaks for the owner, and 'they' or 'both' after a main-clause subject that is two persons joined by 'and'
stands for them (the first is kept). A title resolved to a person ('the home secretary', 'the chancellor')
is that person's from then on, so another office ('the prime minister') is held by someone else: the one
given exactly that office (not 'Former minister X'), else the untitled lead, else the person named nearest
before it as a subject or a passive's agent with no other title.
A description of a body's kind that speaks after its own words in their sentence ("The SEC is investigating
broker Marsh & McLennan, the firm has said"), standing for no body named before, is the one organisation
named inside those words (none when they name two): the lead names the body and then calls it by its kind.
A description of a body that speaks in the article's first sentence ('..., a trade body has warned', 'says a
race group', 'the elections watchdog has said'), standing for no body named before, is the first body after
it that is a main clause's subject or a statement's speaker within the next three sentences, unless the lead
names that body itself; a later 'the watchdog' is that body too.
An unowned voice ('A spokesman said') with no body named as a subject in its sentence or the one before speaks
for the body that is the last name a main clause has as its subject within the body window (none when that
name is a person's, or its sentence names two bodies so); a voice of a kind of body ('an executive
spokeswoman', 'a party spokesman') for the one body named before whose name holds that word. A definite
description of a person by a noun that is no title ('the former teacher', 'the entrepreneur'), the subject of
its clause and standing for no one given that word nor the untitled lead, is the one person named as a subject
in its sentence or the one before (none when two are); so is an office a common noun compounds with a title ('the
shadow chancellor'), of one the article gives no title. A party's name is what 'the party' stands for whatever
type the tagger gave it.
The article's documents are discourse entities (``documents.document_discourse``): 'a report by
telecoms giant BT' named once, a later 'the report', 'The study' (a noun WordNet files the first below)
or an 'it' whose nearest main-clause subject is that document speak for BT paragraphs later, unless
an organisation other than the author is named as a subject between them; the lead's 'says a study'
is the document with its author the next sentence names. A share of respondents ('More than half of
those asked said', 'Only 11% think') speaks for the author of the poll named last before it, else for
no one, and is never an entity.
People named only by a post in running a body and owned by a possessive that names or stands for an
organisation ('the campaign's director', 'its operators') speak for that organisation; a definite
description ('the label', 'the band') stands for the body the article wrote that noun with ('record
label Sony BMG', 'Keane, the band'), which a noun with a group sense in WordNet makes a body whatever type
the tagger gave the name, and so does such a title for 'they' ('Scottish band Franz Ferdinand ... They
said'); 'they' after a plural subject that names persons in its 'including' phrase is those persons; a
definite description by age ('the 29-year-old', which the tagger types as a date) is a person's.
A plural description ('the companies', 'the firms', 'the researchers') is the set of its kind named as a
subject before it, and a described field ('the industry') no firm of it (``sets``); 'they' after a list
of bodies as a subject ('ScanSoft and Gracenote are developing') is that list, as after two persons.
The article's own first person outside quotes ('I think', 'we can expect') is its writer
(``writer``): the author its metadata gives, where the text names them, else the person its closing
bio line describes; else no one, never the person named last before it.
A description of a person is compatible only with a person the text allows (``referents._fits``): of no
other gender (a given name tells apart two persons of one surname) and of no other people ('the
Belarusian opposition figure' is no 'Lithuanian Foreign Minister X': ``peoples``), and never the
subject of a tensed clause that holds it ('Mr Mubanga said the "MI6 agent" told him'); one no rule
before found is the nearest person of its people in reach, else the nearest in its sentence or the
one before, subjects first, titled with no other post, a person the lead names in any role, anyone
for an age (``referents._nearest_described``). A description by what one does ('the striker') is first
the subject just before, then the lead's untitled person. A noun whose first sense that can speak is a
person's ('the agent told', 'said the top seed') is a person where it is a cue's speaker.
``antecedent_of`` offers the same rules to the layers that read mentions outside statements.
"""
from __future__ import annotations

from collections.abc import Sequence
from itertools import islice
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ...model import Span
from ...nlp.components import doc_ents
from ...nlp.wordnet import of_objects
from ..places import is_country
from .bodies import (
    author_of_document,
    body_headed_by,
    body_introduced_as,
    body_of_members,
    body_of_staff,
    body_of_voice,
    described_bodies,
    described_body_after,
    document_word,
    main_clause_subject,
    main_subject,
    message_owner,
    named_issuer,
    outlet_name,
    speaks_for,
    spelled_out,
    state_of_body,
    voice_of_owner,
)
from .documents import (
    Mention,
    author_in_discourse,
    author_of_document_before,
    document_author,
    document_discourse,
    document_noun,
    document_speaks_for,
    poll_author,
    referred_document,
    relative_document,
    share_of_people,
)
from .lexicon import Lexicon, lexicon
from .name_kinds import ORGS, PERSONLIKE, entity_kind, mention_label, phrase_head
from .named_mentions import (
    Named,
    article_genders,
    discourse,
    first_named_after_lead,
    lead_persons,
    span_words,
    surname,
)
from .referents import Context, first_word, office_holder, one_body, stands_for
from .sets import described_set, field_speaker, set_kind_of
from .sources import proper_name_given
from .speakers import mention_span, opened_definite, people_description, proper_title
from .wants import (
    Want,
    age_description,
    body_sense,
    gender_of,
    gendered_pronoun,
    head_known_as,
    indefinite,
    wanted,
)
from .writer import narrates, writer_of

if TYPE_CHECKING:
    from .content import Draft
    from .quotes import Quote


def resolve_antecedents(doc: Doc, drafts: list[Draft], lex: Lexicon, quotes: Sequence[Quote] = ()) -> dict[int, Span]:
    """Maps id(draft) to the named mention its pronoun or description speaker stands for."""
    contents = [s for d in drafts for s in d.content] + [s for q in quotes for s in q.spans]
    named = discourse(doc, contents, lex)
    genders = article_genders(doc, lex)
    lead = lead_persons(doc, named)
    titles = {n.key: n.title for n in named if n.key and n.title}     # a named speaker keeps the titles given them
    peoples = {n.key: n.people for n in named if n.key and n.people}  # and the peoples
    speakers = {d.speaker.token.i: d for d in drafts if d.speaker is not None and d.speaker.token is not None}
    spoken = [s for d in speakers.values() for s in d.content] + [s for q in quotes for s in q.spans]   # not 'is thought'
    named += described_bodies(doc, set(speakers), spoken, Context(list(named), genders, lead, contents, False), lex)
    out: dict[int, Span] = {}
    lead_bodies: list[tuple[Draft, Want]] = []
    documents = document_discourse(doc, lex)
    writer = writer_of(doc)
    offices = _offices_named(doc, set(speakers), lex)
    for d in sorted(drafts, key=_mention_pos):
        while offices and offices[0][0].idx < _mention_pos(d):     # 'A new book says the prime minister went back'
            tok, named_as = offices.pop(0)
            holder = stands_for(doc, tok.idx, named_as, Context(named, genders, lead, contents), lex)
            if holder is not None:
                _give_title(named, titles, holder, named_as)
        if d.speaker is None or d.speaker.span is None or d.speaker.token is None:
            continue
        if narrates(d.speaker.token, quotes, lex):  # a column's own 'I': its writer, else no one
            if writer is not None:
                out[id(d)] = writer
            continue
        decided, member = described_set(doc, d.speaker.token, lex)
        if decided:                                 # 'The companies estimate', 'All three, who have denied'
            if member is not None:
                out[id(d)] = member.span
                named.append(Named(d.speaker.span[0], member.span, member.label, member.words, key=member.key))
            continue
        documents_spoke = _documents_spoken(drafts, out, named)
        decided, chained = _author_in_discourse(d.speaker.token, documents, documents_spoke, named, lex)
        if decided:                                 # 'the report by BT ... the report concludes'; '40% say'
            if chained is not None:
                out[id(d)] = chained.span
                named.append(Named(d.speaker.span[0], chained.span, chained.label, chained.words | document_word(d.speaker.token, lex)))
            continue
        author = _written_author(doc, d.speaker.token, lex)
        if author is not None:                      # 'A survey by Rightmove said', 'the Daily Telegraph poll'
            if relative_document(d.speaker.token, lex) is None:
                named.append(author)                # not 'in response to a journal article that claimed'
            out[id(d)] = author.span
            continue
        if d.speaker.antecedent is not None:
            out[id(d)] = mention_span(d.speaker.antecedent, lex)
            continue
        by_kind = proper_title(d.speaker.token, lex) or age_description(d.speaker.token, lex) \
            or people_description(d.speaker.token, lex)        # 'the Salford MP', '29-year-old' DATE, 'the Brazilian' NORP
        label = None if by_kind else \
            mention_label(doc, d.speaker.span, _root(doc, d.speaker.span, d.speaker.token), lex)
        spelled = spelled_out(doc, d.speaker.span, named) if label in (None, "NAME") else None
        if spelled is not None:
            out[id(d)] = spelled.span
            named.append(Named(d.speaker.span[0], spelled.span, spelled.label, spelled.words))
            continue
        if label is not None:
            key = surname(doc, d.speaker.span) if label in PERSONLIKE else ""
            title = titles.get(key, frozenset())
            named.append(Named(d.speaker.span[0], d.speaker.span, label, span_words(doc, d.speaker.span) | title,
                                title=title, key=key, people=peoples.get(key, frozenset())))
            if speaks_for(doc, d.speaker.token, d.speaker.span, lex):
                named.append(Named(d.speaker.span[0], d.speaker.span, "PERSON", frozenset({d.speaker.token.lemma_.lower()})))
            continue
        outlet = outlet_name(d.speaker.token, lex)
        if outlet is not None:                      # 'the Reuters news agency reported'
            named.append(outlet)
            out[id(d)] = outlet.span
            continue
        issuer = named_issuer(doc, d.speaker.span, d.speaker.token, lex)
        if issuer is not None:
            named.append(issuer)
            if not d.speaker.span[0] <= issuer.span[0] < d.speaker.span[1]:
                out[id(d)] = issuer.span             # 'A report by the institute says'
            continue
        body = _state_body_before(doc, d.speaker.token, speakers, contents, lex) \
            or _country_subject_before(doc, d.speaker.token, contents, lex)
        if body is not None:                        # 'the government said ... It also pledged'; 'India ..., a move it hopes'
            out[id(d)] = body
            continue
        message = _message_before(doc, d.speaker.token, speakers, contents, lex)
        spoken_by = _voice_of(doc, message, out, lex) if message is not None else None
        if spoken_by is not None:                   # 'Mr Crosby's statement said ... It added'
            out[id(d)] = spoken_by
            continue
        written = _document_subject_before(doc, d.speaker.token, contents, documents, documents_spoke, lex)
        if written is not None:                     # 'The study calls on ... it predicts'
            out[id(d)] = written.span
            continue
        described = _description_subject_before(doc, d.speaker.token, speakers, out,
                                                Context(named, genders, lead, contents), lex)
        if described is not None:                   # 'the company denied ... it said'; 'The two firms will ... They said'
            out[id(d)] = described
            continue
        decided, member = field_speaker(doc, d.speaker.token, named, lex)
        if decided:                                 # 'the industry says'
            if member is not None:
                out[id(d)] = member.span
            continue
        owner = message_owner(d.speaker.token, lex)       # 'says its report': whose 'its' is
        want = wanted(owner or d.speaker.token, lex, speaks=owner is None)
        at = owner.idx if owner is not None else d.speaker.span[0]
        ante = _pair_before(doc, d.speaker.token, contents, lex) \
            or voice_of_owner(doc, d.speaker.token, Context(named, genders, lead, contents), lex) \
            or described_body_after(doc, d.speaker.token, Context(named, genders, lead, contents), lex) \
            or stands_for(doc, at, want, Context(named, genders, lead, contents), lex) \
            or body_introduced_as(doc, d.speaker.token, lex) \
            or _named_after_lead(doc, at, want, named) \
            or body_of_staff(doc, d.speaker.token, Context(named, genders, lead, contents), lex) \
            or _body_in_own_words(doc, d, want, lex) \
            or body_of_members(doc, d.speaker.token, Context(named, genders, lead, contents), lex) \
            or author_of_document_before(doc, d.speaker.token, lex) \
            or author_of_document(doc, d.speaker.token, Context(named, genders, lead, contents), lex) \
            or body_of_voice(doc, d.speaker.token, Context(named, genders, lead, contents), lex) \
            or state_of_body(doc, d.speaker.token, Context(named, genders, lead, contents), lex) \
            or body_headed_by(doc, d.speaker.token, lex)
        if ante is not None:
            out[id(d)] = ante.span
            _give_title(named, titles, ante, want)
            known_as = head_known_as(want) | document_word(d.speaker.token, lex)
            named.append(Named(d.speaker.span[0], ante.span, ante.label, ante.words | known_as, title=ante.title, key=ante.key,
                               people=ante.people))
            if ante.label not in PERSONLIKE and _body_voice(d.speaker.token, lex):     # 'the spokesman' later
                named.append(Named(d.speaker.span[0], ante.span, "PERSON", frozenset({d.speaker.token.lemma_.lower()})))
        elif (lead_want := _lead_body_want(doc, d, want, lex)) is not None:
            lead_bodies.append((d, lead_want))          # a body the lead describes, named after it: read last
        elif want is not None and want.head_only and want.labels == PERSONLIKE \
                and not age_description(d.speaker.token, lex):  # an age found no one: 'his' after it may yet
            words = _own_words(d.speaker.token)
            key = f"@{d.speaker.span[0]}"                       # someone unnamed, known by this description
            gender = gender_of(words, lex)
            if gender is not None:
                genders[key] = gender
            named.append(Named(d.speaker.span[0], d.speaker.span, "PERSON", words, key=key))
    for d, want in lead_bodies:
        body = _body_named_after_lead(doc, d, want, drafts, out, named, lex)
        if body is not None:
            out[id(d)] = body
            out.update({id(o): body for o in _known_as_lead(d, want, drafts, out, lex)})
    return out


def _author_in_discourse(tok: Token, documents: list[Mention], spoken: dict[int, Named], named: list[Named],
                         lex: Lexicon) -> tuple[bool, Named | None]:
    """Whether the article's documents decide whom a speaker speaks for, and whom: a document whose
    author its phrase names, or that the news lead cites without one (``documents._lead_author``), that
    author; a definite document with no author written ('the report', 'the study') the author of the
    document it refers to, when that one has one; a share of respondents ('More than half of those
    asked said') the author of the poll named last before it, else no one (the entities room makes
    no entity of a share: ``linking``). Undecided for any other speaker, or a document that refers
    to none before it, to an owned one, or to one with no author (a competing document: the chain
    stops there, and the rules of the discourse read who issued it, 'the Security Council issued a
    statement ... The statement noted')."""
    if share_of_people(tok, lex):
        return True, poll_author(tok, documents, spoken)
    own = next((m.author for m in documents if m.tok.i == tok.i and m.author is not None), None)
    if own is not None:                         # '..., says a study. ¶ ... predicts the report by BT'
        return True, own
    ref = referred_document(tok, documents, lex)
    if ref is None or ref.owned or document_author(tok.doc, tok, lex) is not None:
        return False, None
    author = author_in_discourse(ref, spoken)
    if author is None or _other_body_between(tok.doc, ref.tok.idx, tok.idx, author, named):
        return False, None
    return True, author


def _other_body_between(doc: Doc, start: int, end: int, author: Named, named: list[Named]) -> bool:
    """'The institute published its forecasts. The report said ... The CBI questioned 300 retailers.
    The study said': an organisation other than the document's author named as a main clause's
    subject between the document and a later 'the study' may have written another; the rules of
    the discourse (``bodies``) read who, not the document before."""
    return any(n.label in ORGS and n.salient and start < n.pos < end and main_subject(doc, n)
               and first_word(doc, n.span) != first_word(doc, author.span) for n in named)


def _documents_spoken(drafts: list[Draft], out: dict[int, Span], named: list[Named]) -> dict[int, Named]:
    """The documents that spoke and whom they were resolved to ('according to a survey ... The CIPS
    said': the survey's noun -> the CIPS), by their noun's index."""
    labels = {n.span: n.label for n in named}
    return {d.speaker.token.i: Named(d.speaker.token.idx, out[id(d)], labels.get(out[id(d)], "ORG"))
            for d in drafts if id(d) in out and d.speaker is not None and d.speaker.token is not None}


def _written_author(doc: Doc, tok: Token, lex: Lexicon) -> Named | None:
    """The author a document that speaks names in its own phrase ('A study by BT found', 'the
    Daily Telegraph poll suggests'), or through a relative pronoun that stands for it ('research
    from WebSideStory which suggested'): ``documents.document_author``."""
    noun = relative_document(tok, lex) or tok
    return document_author(doc, noun, lex)


def _body_voice(tok: Token, lex: Lexicon) -> bool:
    """'A spokesman for the firm', "the company's spokeswoman": a person whose words are a body's
    (a person's noun that is also a ``group_nouns`` word); resolved to that body, a later 'the
    spokesman' or 'he' is the body's voice too, as ``speaks_for`` makes one named with the body."""
    lemma = tok.lemma_.lower()
    return tok.tag_ == "NN" and lemma in lex.speakers.person_nouns and lemma in lex.speakers.group_nouns


def _give_title(named: list[Named], titles: dict[str, frozenset[str]], ante: Named, want: Want | None) -> None:
    """'The home secretary said ... The prime minister said': a person the name of an office was
    resolved to holds that office from then on, at every mention of theirs (by surname), so that the
    holder of another office is never them ('the chancellor' the article leads with is no 'the prime
    minister'), as a title the article gives by name is shared (``named_mentions._shared_titles``);
    TITLES, the titles a named speaker keeps, learns it too. An office is named by words WordNet
    knows as a person ('home secretary', 'the chancellor'), not by a generic title with words of
    whose it is ('the UK leader', 'the Tory leader': a leader may hold any office)."""
    if want is None or want.head is None or want.labels != PERSONLIKE or ante.label != "PERSON" or not ante.key:
        return
    office = want.which if len(want.which) > 1 else frozenset({want.head}) if want.lead else frozenset()
    if not office:
        return
    titles[ante.key] = titles.get(ante.key, frozenset()) | office
    for n in named:
        if n.key == ante.key:
            n.title = n.title | office
            n.words = n.words | office


def _offices_named(doc: Doc, speakers: set[int], lex: Lexicon) -> list[tuple[Token, Want]]:
    """'Mr Blair was speaking amid rumours of a rift with Gordon Brown. A new book says the prime
    minister went back on a pledge ... The chancellor has said', "The prime minister's spokesman set
    out Mr Blair's view ... The Tory leader supports": an office the article names by description as
    what a clause is about (the subject, or the owner of the subject) and not as a speaker, in order,
    with what it wants; its holder, found by the speakers' own rules, holds that office from then on
    (``_give_title``), so that the holder of another office named later is never them."""
    out = []
    for tok in doc:
        subject = tok.dep_ in ("nsubj", "nsubjpass") or tok.dep_ == "poss" and tok.head.dep_ in ("nsubj", "nsubjpass")
        if not subject or tok.i in speakers or tok.tag_ == "NNS":
            continue
        want = wanted(tok, lex)
        if want is not None and want.labels == PERSONLIKE and want.head and (want.holder or want.lead):
            out.append((tok, want))
    return out


def _subject_before(doc: Doc, tok: Token, contents: list[Span]) -> Token | None:
    """The nearest main-clause subject before TOK, in its sentence or the one before and outside
    anyone's words (CONTENTS): what a pronoun that opens a clause most likely continues."""
    prev = next((doc[i].sent for i in range(tok.sent.start - 1, -1, -1) if doc[i].is_alpha), None)
    start = prev.start if prev is not None else tok.sent.start
    return next((t for t in reversed(doc[start:tok.i]) if main_clause_subject(t)
                 and not any(s <= t.idx < e for s, e in contents)), None)


def _pair_before(doc: Doc, tok: Token, contents: list[Span], lex: Lexicon) -> Named | None:
    """'Health Secretary John Smith and Labour peer Lord Jones are warning ... And they have both
    warned': 'they' or 'both' (``pair_pronouns``) whose nearest main-clause subject before it, in its
    sentence or the one before and outside anyone's words, is a person or a body joined by 'and' to
    another name of its kind (or one the tagger left untyped: 'Lord Jones'; 'ScanSoft and Gracenote
    are developing ... They want'), or names such persons in its 'of' phrase ('the likes of X and Y')
    or its 'including' phrase ('Singers including X and Y'), stands for that set; the ledger keeps one
    speaker, the first, as it does for the subject 'X and Y said'. None when that subject is something
    else (one body, one person, a group, 'The case against X and Y': the persons are not who acts)."""
    if tok.lower_ not in lex.speakers.pair_pronouns:
        return None
    subj = _subject_before(doc, tok, contents)
    if subj is None:
        return None
    heads = {t.i for t in [subj, *of_objects(subj), *_examples(subj, lex)]}   # or what 'the likes of' it names
    first = next((e for e in doc_ents(doc) if e.root.i in heads and _listed_with_another(e, lex)), None)
    kind = set_kind_of(first, lex) if first is not None else None
    if first is None or kind is None:
        return None
    span = (first.start_char, first.end_char)
    return Named(span[0], span, kind, span_words(doc, span), key=surname(doc, span) if kind == "PERSON" else "")


def _listed_with_another(ent: SpacySpan, lex: Lexicon) -> bool:
    """'John Smith and Lord Jones', 'ScanSoft and Gracenote are developing': a name joined by 'and'
    to another name (``sets.set_kind_of`` says whether of persons or of bodies)."""
    return any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in ent.root.children)


def _examples(subj: Token, lex: Lexicon) -> list[Token]:
    """The objects of a plural subject's ``example_prepositions`` ('Singers including Sir Cliff
    Richard and Boy George'): the members of the group it names."""
    if subj.tag_ != "NNS":
        return []
    return [c for p in subj.children if p.dep_ == "prep" and p.lower_ in lex.speakers.example_prepositions
            for c in p.children if c.dep_ == "pobj"]


def _message_before(doc: Doc, tok: Token, speakers: dict[int, Draft], contents: list[Span], lex: Lexicon) -> Draft | None:
    """'Mr Crosby's statement said: "..." It added: "..."', 'The report said ... It also found':
    'it' whose nearest main-clause subject before it, in its sentence or the one before and outside
    anyone's words, is a message or a document (``message_nouns``, the titles lexicon's
    ``document_nouns``) that spoke there stands for that message, which speaks for whoever it did: the
    statement's own speaker, not the body named last."""
    if tok.lower_ not in lex.speakers.body_pronouns:
        return None
    subj = _subject_before(doc, tok, contents)
    if subj is None or subj.i not in speakers or not document_noun(subj, lex):
        return None
    return speakers[subj.i]


def _document_subject_before(doc: Doc, tok: Token, contents: list[Span], documents: list[Mention],
                             spoken: dict[int, Named], lex: Lexicon) -> Named | None:
    """'The study calls on the government to ... it predicts': 'it' whose nearest main-clause subject
    before it, in its sentence or the one before and outside anyone's words, is a document that did
    not speak there (WordNet's, ``document_nouns``: a report, a study, not a message such as 'the
    Rosneft announcement') stands for that document, which speaks for its author in the article's
    discourse (``documents``); None when it has none, or for any other subject."""
    if tok.lower_ not in lex.speakers.body_pronouns:
        return None
    subj = _subject_before(doc, tok, contents)
    if subj is None or subj.lemma_.lower() not in lex.speakers.document_nouns:
        return None         # 'The Rosneft announcement came just hours after Yukos accused ... It has said': a message is no document
    return document_speaks_for(subj, documents, spoken, lex)


def _state_body_before(doc: Doc, tok: Token, speakers: dict[int, Draft], contents: list[Span], lex: Lexicon) -> Span | None:
    """'As part of its spending plans, the government said it will ask firms to ... It also pledged
    to ...': 'it' whose nearest main-clause subject before it, in its sentence or the one before and
    outside anyone's words, is a state's whole body that spoke there ('the government',
    ``whole_state_bodies``, unowned: ``state_of_body``) continues that speaker: it stands for the
    body's own mention, which the entities room gives the state's government ('South Korea
    government'), not the state named before it nor a body named earlier. None for any other
    subject."""
    if tok.lower_ not in lex.speakers.body_pronouns:
        return None
    subj = _subject_before(doc, tok, contents)
    if subj is None or subj.i not in speakers or subj.tag_ != "NN" \
            or subj.lemma_.lower() not in lex.speakers.whole_state_bodies \
            or not all(c.dep_ == "det" and c.lower_ in lex.speakers.definite_determiners for c in subj.children):
        return None
    speaker = speakers[subj.i].speaker
    return speaker.span if speaker is not None else None


def _country_subject_before(doc: Doc, tok: Token, contents: list[Span], lex: Lexicon) -> Span | None:
    """'India will allow airlines to fly long haul, a move it hopes will stoke competition', 'The US
    has asked the WTO to investigate tariffs, which it says are inconsistent': 'it' whose nearest
    main-clause subject before it, in its sentence or the one before and outside anyone's words, is
    a country's name stands for that country, which acts and speaks as a party ('India said') though
    the tagger types it as a place, not an organisation; so no body named near it in another role
    (the WTO it asked) is what 'it' continues. None for any other subject (a city, a firm, a noun), or
    a country someone's possessive owns ('Brown's Britain, by Robert Peston, says ...': a book's title,
    a figure of speech, no state)."""
    if tok.lower_ not in lex.speakers.body_pronouns:
        return None
    subj = _subject_before(doc, tok, contents)
    name = next((e for e in doc_ents(doc) if subj is not None and e.start <= subj.i < e.end), None)
    if name is None or name.label_ != "GPE" or not is_country(name.text) \
            or any(c.dep_ == "poss" for t in name for c in t.children):
        return None
    return name.start_char, name.end_char


def _description_subject_before(doc: Doc, tok: Token, speakers: dict[int, Draft], out: dict[int, Span],
                                ctx: Context, lex: Lexicon) -> Span | None:
    """'the company denied that this was its fault. "..." it said', 'The tobacco companies denied the
    charges ... They also said', 'The two Japanese companies will collaborate ... They said': 'it'
    (``body_pronouns``) or 'they' (``pair_pronouns``) whose nearest main-clause subject before it, in
    its sentence or the one before and outside anyone's words, is a definite description of the
    pronoun's number ('it' a singular noun, 'they' a plural) continues that description: it stands for
    the mention the description's own statement was resolved to where it spoke, else for the set a
    plural one names (``sets.described_set``), not the body named nearest the pronoun. None when the
    description found no one, and for any other subject. (A singular description that did not speak
    is left to the rules after: found by its head alone it took, on BBC half b, a place the tagger
    typed a body for 'the company' where 'it' had found the firm.)"""
    plural = tok.lower_ in lex.speakers.pair_pronouns
    if not plural and tok.lower_ not in lex.speakers.body_pronouns:
        return None
    subj = _subject_before(doc, tok, ctx.contents)
    given = _name_given(subj, lex) if subj is not None and not plural else None
    if given is not None:                           # 'An umbrella organisation called the DEC has been set up ... It urged'
        return mention_span(given, lex)
    if subj is None or not _definite_description(subj, lex) or plural != (subj.tag_ == "NNS"):
        return None
    if subj.i in speakers:
        return out.get(id(speakers[subj.i]))
    member = described_set(doc, subj, lex)[1] if plural else None
    return member.span if member is not None else None


def _name_given(subj: Token, lex: Lexicon) -> Token | None:
    """The proper name a naming verb gives the common noun SUBJ ('An umbrella organisation called the
    Disasters Emergency Committee (DEC) has been set up', a participle the parser may read as the
    noun's own verb or as a clause on it: ``sources.proper_name_given``): what a later 'it' is."""
    if subj.pos_ != "NOUN":
        return None
    verbs = [subj.head] if subj.dep_ in ("nsubj", "nsubjpass") else []
    verbs += [c for c in subj.children if c.dep_ in ("acl", "amod")]
    return next((n for v in verbs if lex.lemma(v) in lex.speakers.naming_verbs
                 and (n := proper_name_given(v)) is not None), None)


def _definite_description(tok: Token, lex: Lexicon) -> bool:
    """A common noun outside every name, opened by a definite determiner ('the company', 'The two
    Japanese companies')."""
    return tok.pos_ == "NOUN" and not tok.ent_type_ and opened_definite(tok, lex)


def _voice_of(doc: Doc, message: Draft, out: dict[int, Span], lex: Lexicon) -> Span | None:
    """Whom a message that spoke speaks for: the mention its speaker was resolved to, else the name
    inside its speaker's words ('A National Audit Office report', 'Mr Crosby's statement'), else those
    words themselves."""
    if message.speaker is None or message.speaker.span is None:
        return None
    span = message.speaker.span
    inside = next((e for e in doc_ents(doc) if span[0] <= e.start_char and e.end_char <= span[1]
                   and entity_kind(e, lex) in ("PERSON", "ORG")), None)
    return out.get(id(message)) or ((inside.start_char, inside.end_char) if inside is not None else span)


def _named_after_lead(doc: Doc, pos: int, want: Want | None, named: list[Named]) -> Named | None:
    """'Scotland's first minister has told pupils ... ¶ Jack McConnell was speaking to ...', 'The UK
    must focus on nuclear threats, says a top academic. ¶ Amitai Etzioni ... says': the news lead
    describes who speaks and the next sentence names them. A person described in the article's first
    sentence, standing for no one named before, is the person who is the first named subject of the
    sentence after it (no one, when that subject is not a person)."""
    if want is None or want.labels != PERSONLIKE or gendered_pronoun(want):
        return None
    first = first_named_after_lead(doc, pos, named, lambda n: True)
    return first if first is not None and first.label == "PERSON" else None


def _lead_body_want(doc: Doc, d: Draft, want: Want | None, lex: Lexicon) -> Want | None:
    """'..., a trade body has warned', '..., says a race group', '..., the elections watchdog has
    said': a description of a body (``_body_want``'s, or an indefinite noun with a body's WordNet
    sense, or a definite one WordNet knows only as a guardian person, ``body_like_persons``) that
    speaks in the article's first sentence: the news lead describes the body and the sentences
    after it name it. None for a person, an outlet, a document, a description its own 'of' phrase
    says whose or which it is ('the Danish presidency of the council', 'a number of analysts'), or a
    speaker outside the lead."""
    tok = d.speaker.token if d.speaker is not None else None
    first = next(iter(doc.sents), None)
    if tok is None or first is None or not first.start <= tok.i < first.end or document_word(tok, lex):
        return None
    lemma = tok.lemma_.lower()
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):   # 'a number of analysts'
        return None
    if want is not None and want.labels & ORGS and want.head is not None and not want.press:
        return want
    if want is not None and want.labels != PERSONLIKE or tok.pos_ != "NOUN" or tok.tag_ == "NNS":
        return None
    if lemma in lex.speakers.body_like_persons or indefinite(tok, lex) and body_sense(tok, lex):
        return Want(ORGS | {"NAME"}, lemma, head_only=True)
    return None


def _body_named_after_lead(doc: Doc, d: Draft, want: Want, drafts: list[Draft], out: dict[int, Span],
                           named: list[Named], lex: Lexicon) -> Span | None:
    """The body a lead's description of one (``_lead_body_want``) stands for, when it stood for no
    body named before: within the next ``lead_body_sentences`` sentences, the first body that is a
    main clause's one subject ('... a trade body has warned. ¶ ... But the UK Internet Forum (UKIF)
    is concerned'), up to the first statement after the lead, whose speaker it is when that is a body
    ('says a race group. ¶ ... An Operation Black Vote spokesman said'); none when the first to speak
    is someone else ('the industry warns. ¶ Fred Hasson, head of Tiga, said'). Not a body the lead
    names itself ('A US firm has said it is in talks with LVMH': the lead would have named the firm as
    it named LVMH), nor one whose name says another kind of body than the description's
    (``_lead_body_fits``)."""
    sents = list(islice((s for s in doc.sents if s.text.strip()), 1 + lex.speakers.lead_body_sentences))
    if len(sents) < 2:
        return None
    start, end = sents[1].start_char, sents[-1].end_char
    others = {first_word(doc, (e.start_char, e.end_char)) for e in doc_ents(doc) if e.end <= sents[0].end}
    spoken = sorted(((o.speaker.span[0], o.speaker.span) for o in drafts if o.speaker is not None
                     and o.speaker.span is not None and start <= o.speaker.span[0] < end), key=lambda x: x[0])
    speaker_body = None
    if spoken:                                  # who speaks first after the lead ends the search
        first = next(o for o in drafts if o.speaker is not None and o.speaker.span == spoken[0][1])
        end, span = spoken[0][0], out.get(id(first)) or spoken[0][1]
        speaker_body = span if any(n.span == span and n.label in ORGS for n in named) else None
    cands = [(e.start_char, e.end_char) for e in doc_ents(doc) if start <= e.start_char < end
             and entity_kind(e, lex) == "ORG" and _one_subject(phrase_head(e.root))] + [speaker_body] * bool(speaker_body)
    body = next((c for c in cands if c is not None and first_word(doc, c) not in others), None)
    return body if body is not None and _kind_fits(doc, body, want, lex) else None


def _one_subject(head: Token) -> bool:
    """A main clause's subject that is one name, not one of several joined ('Microsoft, Sony and Nintendo are')."""
    return main_clause_subject(head) and head.dep_ != "conj" and not any(c.dep_ == "conj" for c in head.children)


def _kind_fits(doc: Doc, span: Span, want: Want, lex: Lexicon) -> bool:
    """Whether the body named at SPAN may be the kind WANT's head says: a description that says a kind
    (an ``organisation_words`` head: 'a union') is no body whose name says another ('the Department of
    Health'), as ``one_body`` reads it; 'a trade body', 'the watchdog' say no kind."""
    kinds = lex.speakers.organisation_words
    return want.head not in kinds or span_words(doc, span) & kinds <= {want.head}


def _known_as_lead(d: Draft, want: Want, drafts: list[Draft], out: dict[int, Span], lex: Lexicon) -> list[Draft]:
    """'..., the elections watchdog has said. ... says the watchdog': the later speakers, standing for
    no one, that call the body the lead described by the same head with nothing but 'the' (as
    ``head_known_as`` makes a body known by the word it was found by)."""
    return [o for o in drafts if id(o) not in out and o.speaker is not None and o.speaker.token is not None
            and o.start > d.start and o.speaker.token.lemma_.lower() == want.head and o.speaker.token.tag_ == "NN"
            and all(c.dep_ == "det" and c.lower_ in lex.speakers.definite_determiners for c in o.speaker.token.children)]


def _body_in_own_words(doc: Doc, d: Draft, want: Want | None, lex: Lexicon) -> Named | None:
    """'The US regulator is investigating insurance broker Marsh & McLennan, the firm has said': a
    description that says only what kind of body it is, speaking after its own words in their
    sentence, stands for the one organisation those words name (the names inside someone's words
    are no candidates of ``discourse``, so nothing before finds it); none when they name two, or a
    body whose name says it is of another kind ('the committee' is not the Child Support Agency); a
    name that only modifies a noun ('the Litoral penitentiary') is no body spoken of."""
    if want is None or not want.labels & ORGS or want.head is None or want.head_only or want.press or d.speaker is None \
            or d.speaker.span is None or not _speaks_after_own_words(doc, d):
        return None
    bodies = [e for e in doc_ents(doc) if entity_kind(e, lex) == "ORG" and not e.text.islower()
              and e.root.dep_ not in ("compound", "amod")       # 'a riot in the Litoral penitentiary'
              and any(s <= e.start_char and e.end_char <= end for s, end in d.content)]
    return one_body(doc, bodies, want, lex)


def _speaks_after_own_words(doc: Doc, d: Draft) -> bool:
    """'..., the firm has said': the speaker comes after all of the content, in the same sentence."""
    span = d.speaker.span if d.speaker is not None else None
    if span is None:
        return False
    start = span[0]
    sent = doc.char_span(start, span[1], alignment_mode="expand")
    return sent is not None and len(sent) > 0 and all(e <= start for _, e in d.content) and sent[0].sent.start_char <= d.content[0][0]


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
    named = [n for n in discourse(doc, contents, lex) if n.pos < span[0]]
    context = Context(named, article_genders(doc, lex), lead_persons(doc, named), contents)
    ante = stands_for(doc, span[0], wanted(tok, lex), context, lex)
    return ante.span if ante is not None else None


def holder_of_title(doc: Doc, pos: int, title: str) -> Span | None:
    """Who holds the office TITLE names at POS ('president' of 'the presidential press service'): the
    person the article gave that title and no other, nearest before POS, else first after it; else
    the untitled person its first sentence names (``office_holder``, as for 'the president'); None
    when it gives no one that title and leads with no untitled person."""
    lex = lexicon()
    named = discourse(doc, [], lex)
    want = Want(PERSONLIKE, title, office=True, desc=frozenset({title}), holder=True)
    ante = office_holder(named, pos, want, lead_persons(doc, named))
    return ante.span if ante is not None else None


def _mention_pos(d: Draft) -> int:
    if d.speaker is not None and d.speaker.span is not None:
        return d.speaker.span[0]
    return d.start


def _root(doc: Doc, span: Span, fallback: Token) -> Token:
    """The head word of the speaker mention (the name in an apposition, not the title)."""
    sp = doc.char_span(span[0], span[1], alignment_mode="expand")
    return sp.root if sp is not None else fallback


def _own_words(head: Token) -> frozenset[str]:
    """The words of a description without its owner's ('the prime minister's official spokesman' is
    known as 'official spokesman', not as a 'minister' a later 'the minister' would find)."""
    owner = {t.i for c in head.children if c.dep_ == "poss" for t in c.subtree}
    return frozenset(t.lemma_.lower() for t in head.subtree if t.i <= head.i and t.i not in owner)
