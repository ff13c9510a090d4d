"""The authors of the documents news cites as sources: 'A study by BT found', 'the Daily Telegraph
poll suggests', 'The research, carried out by professor Richard Allsop, says', 'research from
analyst WebSideStory, which suggested', 'according to research from Gartner ... said the report'.

A report, study, survey, poll or book speaks for the body or person that wrote it, where the
article writes who that is: a name compounded with the noun ('the Daily Telegraph poll'), one after
it by one of ``issuer_prepositions`` ('a survey by Rightmove', 'research from Gartner'), or the
agent of a participle that describes it ('A survey published ... by PricewaterhouseCoopers',
'carried out by'); a later 'the report' whose nearest document before it (in its sentence or the
one before) is such a one speaks for the same author. An owner's name ("Mr Peston's book") is
already the speaker mention's own name. The nouns of documents are WordNet's (``document_nouns``,
written by ``scripts/build_document_nouns.py``), with the message nouns. A document with no
author written ('a report says', 'a recent study found') speaks for no one here
(``bodies.author_of_document`` and the lead's rules may still find its issuer), and a place or a
people before it ('a US report', 'a South Korean parliamentary report') says whose country, not
who wrote it.

The article's documents are also discourse entities (``document_discourse``, docref27): a later
definite 'the report', 'The study' refers to the document mentioned last before it, anywhere in the
article, whose noun is the same or one WordNet files below it (``document_kinds``), and speaks for
that one's author; a share of a poll's respondents ('More than half of those asked said') speaks
for the author of the document named last before it.

Apart from ``bodies`` because these rules read the document's own phrase, the one that names its
author; ``bodies`` reads the discourse around a document no author is written with.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ...model import Span
from ...nlp.components import doc_ents
from ...nlp.wordnet import first_class, of_objects
from ..entities.evidence import initials
from ..entities.lexicon import lexicon as title_lexicon
from .lexicon import Lexicon
from .name_kinds import entity_kind, is_proper, untyped_name_kind
from .named_mentions import Named, span_words
from .wants import definite

AUTHORS = ("ORG", "PERSON")


def document_noun(tok: Token, lex: Lexicon) -> bool:
    """Whether TOK is a common noun of a document that may speak for its author ('report', 'poll',
    'study', 'research', 'book')."""
    sp = lex.speakers
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in sp.document_nouns | sp.message_nouns | title_lexicon().document_nouns


def document_author(doc: Doc, tok: Token, lex: Lexicon) -> Named | None:
    """The person or body the phrase of the document TOK names as its author (before it, after
    'by' or 'from', or as a describing participle's agent), or None; a later 'the report' finds
    that author by the document's word (it is added to the name's words)."""
    if not document_noun(tok, lex):
        return None
    ent = _author_before(doc, tok, lex)
    if ent is not None:
        ent = _spelled_out_before(doc, ent, lex)
        return _named(doc, (ent.start_char, ent.end_char), entity_kind(ent, lex), tok)
    return _author_after(doc, tok, lex)


def _named(doc: Doc, span: Span, kind: str, tok: Token) -> Named:
    """The author, known by the document's word too."""
    return Named(span[0], span, "PERSON" if kind == "PERSON" else "ORG", span_words(doc, span) | {tok.lemma_.lower()})


def relative_document(tok: Token, lex: Lexicon) -> Token | None:
    """'research from net analyst WebSideStory which suggested': the document a relative pronoun
    that speaks stands for (the noun its clause describes, or the one whose 'from' phrase the
    parser hung the clause on), else None."""
    if tok.tag_ not in ("WDT", "WP") or tok.head.dep_ != "relcl":
        return None
    noun = tok.head.head
    while noun.dep_ == "appos" and noun.head.i != noun.i:
        noun = noun.head            # 'from net analyst WebSideStory which': the clause hung on the name
    if document_noun(noun, lex):
        return noun
    up = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in lex.speakers.issuer_prepositions else None
    return up if up is not None and document_noun(up, lex) else None


def _author_before(doc: Doc, tok: Token, lex: Lexicon) -> SpacySpan | None:
    """'the Daily Telegraph poll', 'CEA research': a person's or body's name compounded with the
    document noun. (An owner's name, "Mr Peston's book", is the speaker mention's own name already.)"""
    for ent in doc_ents(doc):
        if tok.left_edge.i <= ent.start and ent.end <= tok.i and _modifies(ent, tok) \
                and entity_kind(ent, lex) in AUTHORS:
            return ent
    return None


def _spelled_out_before(doc: Doc, ent: SpacySpan, lex: Lexicon) -> SpacySpan:
    """'The Higher Education Funding Council for England said ... The Hefce report said': a one-word
    name that is the initials of a body named before it (in any case) stands for that body's name,
    which the article's entities know it by; any other name stays."""
    if len(ent) != 1:
        return ent
    return next((e for e in reversed(doc_ents(doc)) if e.end <= ent.start and entity_kind(e, lex) == "ORG"
                 and initials(e.text) == ent.text.upper()), ent)


def _modifies(ent: SpacySpan, tok: Token) -> bool:
    """Whether ENT's last word hangs on TOK as a compound (not inside another modifier: 'a
    Jupiter-based firm's report', nor its owner), a proper noun: a common noun the tagger took for a
    name is a word of the document's title ("Oxfam's Paying the Price report"), no author."""
    last = ent[-1]
    return last.head.i == tok.i and last.dep_ in ("compound", "nmod", "npadvmod") and last.pos_ == "PROPN"


def _author_after(doc: Doc, tok: Token, lex: Lexicon) -> Named | None:
    """'a survey by Rightmove', 'research from technology analysts Gartner', 'A survey published on
    the eve of the conference by PricewaterhouseCoopers', 'The research, carried out by professor
    Richard Allsop', 'A survey of 280 schemes by Incomes Data Services': the name after one of
    ``issuer_prepositions`` on the noun (or a 'by' the parser hung on its 'of' phrase), or after the
    'by' of a past participle that describes it."""
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in lex.speakers.issuer_prepositions]
    preps += [a for v in tok.children if v.dep_ == "acl" and v.tag_ == "VBN"
              for a in v.children if a.dep_ == "agent"]
    preps += [p for o in of_objects(tok) for p in o.children if p.dep_ == "prep" and p.lower_ == "by"]
    for prep in preps:
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            found = _name_at(doc, obj, tok, lex)
            if found is not None:
                return found
    return None


def _name_at(doc: Doc, obj: Token, tok: Token, lex: Lexicon) -> Named | None:
    """The person's or body's name OBJ is part of, or that it introduces ('analysts Gartner': the
    name set after the common noun); a proper name the tagger left untyped is a body's ('net
    analyst WebSideStory')."""
    for word in (obj, *(c for c in obj.children if c.dep_ in ("appos", "compound"))):
        ent = next((e for e in doc_ents(doc) if e.start <= word.i < e.end), None)
        if ent is not None and entity_kind(ent, lex) in AUTHORS:
            return _named(doc, (ent.start_char, ent.end_char), entity_kind(ent, lex), tok)
        if ent is None and is_proper(word) and word.pos_ == "PROPN":
            first = min((c for c in word.children if c.dep_ == "compound" and is_proper(c)), key=lambda c: c.i, default=word)
            return _named(doc, (first.idx, word.idx + len(word)), untyped_name_kind(word, lex), tok)
    return None


@dataclass(frozen=True)
class Mention:
    """A document the article mentions: its noun, and the author its own phrase names (or the
    author of the document the news lead cites it as, ``_lead_author``); OWNED, a possessive says
    whose it is ("the institute's study", 'its report': ``bodies`` reads the owner)."""

    tok: Token
    author: Named | None
    owned: bool = False


def document_discourse(doc: Doc, lex: Lexicon) -> list[Mention]:
    """The article's documents in the order it mentions them ('a report by telecoms giant BT', 'the
    report', 'The study', 'research from Forrester'): every document noun that heads its phrase (not
    'report' of 'report card'), with the author its phrase names."""
    mentions = [t for t in doc if t.dep_ != "compound" and document_noun(t, lex)]
    return [Mention(t, document_author(doc, t, lex) or _lead_author(doc, t, mentions, lex),
                    any(c.dep_ == "poss" for c in t.children)) for t in mentions]


def _lead_author(doc: Doc, tok: Token, mentions: list[Token], lex: Lexicon) -> Named | None:
    """'By 2025, 40% of the UK's population will still be without internet access at home, says a
    study. ¶ ..., predicts the report by telecoms giant BT': a document the article's first sentence
    cites with no author ('a study', 'research') is the document of the same kind the next sentence
    names with its author (the news lead names it there, as it names a body it describes,
    ``bodies._body_after_lead``); None when the next sentence names no such document."""
    sents = [s for s in doc.sents if s.text.strip()][:2]
    if len(sents) < 2 or not sents[0].start <= tok.i < sents[0].end or definite(tok, lex):
        return None
    after = [t for t in mentions if sents[1].start <= t.i < sents[1].end and _kinds(t, lex) & _kinds(tok, lex)]
    return next((a for a in (document_author(doc, t, lex) for t in after) if a is not None), None)


def _kinds(tok: Token, lex: Lexicon) -> frozenset[str]:
    """The general words WordNet gives the document TOK names ('yearbook' -> book; 'study' ->
    report, study, survey): its own word for a noun WordNet's documents do not hold ('statement')."""
    lemma = tok.lemma_.lower()
    return lex.speakers.document_kinds.get(lemma, frozenset()) | {lemma}


def referred_document(tok: Token, mentions: list[Mention], lex: Lexicon) -> Mention | None:
    """'... the report by telecoms giant BT. ... the report concludes', 'The study calls': the
    document a definite document with no author of its own written ('the report', 'the study',
    'according to the research') refers to: the one mentioned last before it in the article whose
    noun is the same or one WordNet files below it ('the report' after 'a yearbook', 'the study'
    after 'the report'), however far back; None for any other mention, or with none before it."""
    if not document_noun(tok, lex) or not definite(tok, lex) or any(c.dep_ == "poss" for c in tok.children):
        return None
    lemma = tok.lemma_.lower()
    return next((m for m in reversed(mentions) if m.tok.i < tok.i and lemma in _kinds(m.tok, lex)), None)


def author_in_discourse(mention: Mention, spoken: Mapping[int, Named]) -> Named | None:
    """The author a document mentioned in the article speaks for: the one its phrase names, else
    whom it spoke for where it was a statement's speaker (SPOKEN: its noun's index -> that speaker's
    resolution: 'according to a survey ... The CIPS said ... The survey found')."""
    return mention.author or spoken.get(mention.tok.i)


def document_speaks_for(tok: Token, mentions: list[Mention], spoken: Mapping[int, Named], lex: Lexicon) -> Named | None:
    """The author the document mentioned at TOK speaks for: its own (``author_in_discourse``), else,
    for a definite one, that of the document it refers to (``referred_document``); None for a word
    that is no document mention."""
    mention = next((m for m in mentions if m.tok.i == tok.i), None)
    if mention is None:
        return None
    ref = referred_document(tok, mentions, lex)
    return author_in_discourse(mention, spoken) or (author_in_discourse(ref, spoken) if ref is not None else None)


def share_of_people(tok: Token, lex: Lexicon) -> bool:
    """'More than a third of those asked said', 'Only 11% regarded themselves as', '70% of people
    think', 'the majority believe': a share of a poll's respondents, a number or a quantity
    (WordNet's first sense: 'half', 'a third', 'a quarter', or ``share_nouns``), which is no one
    who speaks; 'the two', 'both' are two people, not a share, 'one' one person unless 'one in
    three', and a share a name is set beside ('one of the attorneys, Justin Bamberg') that person."""
    if tok.lower_ in lex.speakers.pair_pronouns or any(c.dep_ == "det" and c.lower_ in lex.speakers.definite_determiners
                                                       for c in tok.children):
        return False
    if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in tok.children):
        return False        # 'one of the family's attorneys, Justin Bamberg, said'
    if tok.tag_ == "CD" and tok.dep_ in ("nsubj", "nsubjpass"):
        return tok.lower_ != "one" or any(c.dep_ == "prep" and c.lower_ == "in" for c in tok.children)  # 'One in three'
    shares = [q for n in tok.children if n.dep_ == "nummod" for q in n.children if q.dep_ == "quantmod"]
    return any(_share_word(t, lex) for t in (tok, *shares))  # 'More than half of 2,000 people': 'half' on '2,000'


def _share_word(tok: Token, lex: Lexicon) -> bool:
    """'half', 'third', 'quarter' (a quantity in WordNet's first sense), '%', 'majority'. A name is
    none, whatever its letters spell in lower case ('an REM spokesman': the band, tagged an
    organisation, not the unit of radiation)."""
    if tok.ent_type_ in lex.speakers.name_entity_types or tok.is_upper and len(tok) > 1:
        return False
    lemma = tok.lemma_.lower()
    return lemma in lex.speakers.share_nouns or tok.pos_ == "NOUN" and first_class(lemma) == "quantity"


def poll_author(tok: Token, mentions: list[Mention], spoken: Mapping[int, Named]) -> Named | None:
    """Who a share of respondents ('More than half of 2,000 people surveyed said') speaks for: the
    author of the document the article mentioned last before it (the poll just named), else no one."""
    last = next((m for m in reversed(mentions) if m.tok.i < tok.i), None)
    return author_in_discourse(last, spoken) if last is not None else None


def author_of_document_before(doc: Doc, tok: Token, lex: Lexicon) -> Named | None:
    """'..., according to research from technology analysts Gartner. ¶ More than 674 million
    mobiles were sold, said the report': a definite document with no author written ('the report',
    'The study') speaks for the author written with the nearest document mentioned before it in its
    sentence or the one before, when that is the nearest (a document in between with no author
    written, or none in reach, leaves it to the rules of the discourse, ``bodies``)."""
    if not document_noun(tok, lex) or not definite(tok, lex) or document_author(doc, tok, lex) is not None:
        return None
    prev = next((doc[i].sent for i in range(tok.sent.start - 1, -1, -1) if doc[i].is_alpha), None)
    start = prev.start if prev is not None else tok.sent.start
    before = [t for t in doc[start:tok.i] if document_noun(t, lex) and t.dep_ != "compound"]
    return document_author(doc, before[-1], lex) if before else None
