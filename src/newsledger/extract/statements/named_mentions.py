"""The named mentions of a discourse: the candidates a pronoun or description may stand for (persons
and organisations that are subjects or agents outside anyone's words, bodies named as owners, state
bodies, untagged and bracketed names), with the titles and the genders the article gives each person.

Apart because it reads the article once, before any speaker is resolved; the rules that choose among
the candidates are in ``referents``.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import islice

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ...model import Span
from ...names import given_name_gender, is_given_name
from ...nlp.components import doc_ents
from ..entities.evidence import short_form
from .lexicon import Lexicon, text_of
from .name_kinds import ROLES, entity_kind, is_proper, phrase_head, title_words, untyped_name_kind
from .peoples import people_of_name
from .speakers import mention_span, people_description, proper_title
from .wants import gender_of, indefinite


@dataclass
class Named:
    pos: int
    span: Span
    label: str
    words: frozenset[str] = frozenset()     # the name's words and its title's ('colonel', 'ministry')
    salient: bool = True                    # a subject or agent, not a name in another role
    title: frozenset[str] = frozenset()     # the title's words alone ('shadow', 'foreign', 'secretary')
    key: str = ""                           # who it is across mentions: a person's surname
    modifier: bool = False                  # set before a common noun ('the Devon diva'): no one it stands for
    people: frozenset[str] = frozenset()    # the peoples its title gives a person ('Lithuanian Foreign Minister')


def lead_persons(doc: Doc, named: list[Named]) -> list[Named]:
    """The persons named in the article's first sentence: its protagonists."""
    first = next(iter(doc.sents), None)
    return [n for n in named if n.label == "PERSON" and first is not None and n.pos < first.end_char]


def span_words(doc: Doc, span: Span) -> frozenset[str]:
    sp = doc.char_span(span[0], span[1], alignment_mode="expand")
    return frozenset(t.lemma_.lower() for t in sp or ())


def discourse(doc: Doc, contents: list[Span], lex: Lexicon) -> list[Named]:
    """Named persons and organisations that are subjects or agents outside every statement's
    content and every quotation ('"Labour is counting on fear," he said. He said ...': Labour
    is in Kennedy's words, not who speaks next), with the words of their titles ('the
    spokesman ..., Colonel Dari'); organisations named as owners too, marked, for 'it' and 'the
    company' ('Shares in UK Coal fell after the mining group reported'). CONTENTS: the spans of
    every statement's content and every quotation."""
    out = []
    persons = _persons_by_surname(doc, lex)
    for ent in doc_ents(doc):
        kind = "PERSON" if ent[-1].text.lower() in persons else entity_kind(ent, lex)
        if any(s <= ent.start_char < e for s, e in contents) or ent.text.islower():
            continue        # words in lower case are no name, whatever the tagger says ('army officer')
        if people_description(ent.root, lex):
            continue        # 'The 22-year-old Scot finished fourth': a description, however the tagger typed it
        if kind == "NORP" and _group_name(ent):
            out.append(Named(ent.start_char, (ent.start_char, ent.end_char), kind,
                             span_words(doc, (ent.start_char, ent.end_char)), _group_subject(ent.root, lex)))
        if kind not in ("PERSON", "ORG"):
            continue
        phrase = phrase_head(ent.root)
        salient = _salient(phrase, lex)
        if kind == "ORG" and not salient and (in_relative_clause(phrase) or not _owner_role(phrase, lex)):
            continue        # a person in any role may hold the office a later title names
        title = title_words(phrase, ent)
        words = frozenset(t.lemma_.lower() for t in ent) | title
        out.append(Named(ent.start_char, (ent.start_char, ent.end_char), kind, words, salient, title,
                          surname(doc, (ent.start_char, ent.end_char)), kind == "PERSON" and modifies_noun(ent)))
    out += [n for tok in doc if (n := _state_body(tok, lex)) is not None]
    out += [n for tok in doc if (n := _untagged_name(tok, lex, contents)) is not None]
    out += [n for tok in doc if (n := _bracketed_name(tok, contents)) is not None]
    return _shared_titles(doc, sorted(out, key=lambda n: n.pos), lex)


def _persons_by_surname(doc: Doc, lex: Lexicon) -> frozenset[str]:
    """'The Office's Ricky Gervais ... Gervais has already begun writing ... he said': the surnames
    (lower case) of persons the article names in full, opening with a given name, and by the surname
    alone as a person at some mention, or as two kinds of thing (the tagger's slip: 'McIlroy' ORG and
    GPE, never a firm's name it types alike every time, 'Ford' of 'Bill Ford'); its other types for
    the full name or the lone surname ('Ricky Gervais' ORG, 'Gervais' GPE) are slips too, so those
    mentions are the person, whom a later 'he' continues."""
    full = {ent[-1].text.lower() for ent in doc_ents(doc) if len(ent) > 1 and is_given_name(ent[0].text)}
    alone: dict[str, set[str]] = {}
    for ent in doc_ents(doc):
        if len(ent) == 1:
            alone.setdefault(ent.text.lower(), set()).add(entity_kind(ent, lex))
    return frozenset(w for w in full if "PERSON" in alone.get(w, ()) or len(alone.get(w, ())) > 1)


def _untagged_name(tok: Token, lex: Lexicon, contents: list[Span]) -> Named | None:
    """'Electrolux saw its shares rise after it said ...' with 'Electrolux' left untagged: a proper
    noun the tagger gave no type, subject or owner outside anyone's words, is a name a later
    'it' (or the one body a 'Swedish firm' may be) stands for, and so is one named as an owner
    ('Shares in UK Coal fell after the mining group said'); an organisation's when its head says
    so, else any name's (which 'it' and a description of a body may stand for)."""
    if not is_proper(tok) or tok.ent_type_ or not (tok.dep_ in ROLES + ("poss",) or _owner_role(tok, lex)) \
            or proper_title(tok, lex) or any(s <= tok.idx < e for s, e in contents):
        return None
    span = mention_span(tok, lex)
    return Named(span[0], span, untyped_name_kind(tok, lex), span_words(tok.doc, span), tok.dep_ in ROLES)


def _bracketed_name(tok: Token, contents: list[Span]) -> Named | None:
    """'the commander of the NATO mission in Kosovo (KFOR)': a short name in brackets right after a
    noun phrase is that phrase's name, so the phrase's nouns are its words ('mission'), and a later
    'the mission' stands for KFOR, not for NATO, the name inside the phrase. The phrase is the
    common noun before the bracket, or the one a place before it qualifies ('mission in Haiti (BINUH)'),
    not a noun that phrase hangs from in turn ('the head of ...'); an organisation's name before the
    bracket is spelled out by it (``spelled_out``)."""
    doc = tok.doc
    if not short_form(tok.text) or tok.i < 2 or tok.i + 1 >= len(doc) or doc[tok.i - 1].text != "(" \
            or doc[tok.i + 1].text != ")" or any(s <= tok.idx < e for s, e in contents):
        return None
    noun = doc[tok.i - 2]
    while noun.ent_type_ in ("GPE", "LOC") and noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head.head
    if noun.pos_ != "NOUN":
        return None
    return Named(tok.idx, (tok.idx, tok.idx + len(tok)), "ORG", frozenset({noun.lemma_.lower(), tok.lower_}), False)


def _state_body(tok: Token, lex: Lexicon) -> Named | None:
    """'the Indian government', 'the UK government': a state's body named by its country and a
    state-body noun, which the tagger leaves untyped; a later 'the government' stands for it,
    wherever it was named (also inside what someone said), since no other body bears that name.
    'a Conservative government' is one that may come to be, not a body the article names."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lex.speakers.state_bodies or tok.ent_type_ == "ORG" \
            or indefinite(tok, lex):
        return None
    mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound") and c.ent_type_ in ("GPE", "NORP")]
    if not mods:
        return None
    start = min(t.idx for m in mods for t in m.subtree)
    words = frozenset(t.lemma_.lower() for m in mods for t in m.subtree) | {tok.lemma_.lower()}
    return Named(start, (start, tok.idx + len(tok)), "ORG", words)


def _shared_titles(doc: Doc, named: list[Named], lex: Lexicon) -> list[Named]:
    """A person keeps the titles the article gave them at any mention, in any role ('denied by
    Foreign Secretary Jack Straw' ... 'Mr Straw said' ... 'the foreign secretary added'): the
    mentions of one surname share their title words, and the peoples their titles name
    ('Lithuanian Foreign Minister Kestutis Budrys' ... 'Mr Budrys': ``peoples.people_of_name``)."""
    titles: dict[str, frozenset[str]] = {}
    peoples: dict[str, frozenset[str]] = {}
    for ent in doc_ents(doc):
        if entity_kind(ent, lex) == "PERSON":
            key = surname(doc, (ent.start_char, ent.end_char))
            titles[key] = titles.get(key, frozenset()) | title_words(phrase_head(ent.root), ent)
            peoples[key] = peoples.get(key, frozenset()) | people_of_name(ent, phrase_head(ent.root))
    for n in named:
        if n.label == "PERSON":
            n.title = n.title | titles.get(surname(doc, n.span), frozenset())
            n.words = n.words | n.title
            n.people = peoples.get(surname(doc, n.span), frozenset())
    return named


def article_genders(doc: Doc, lex: Lexicon) -> dict[str, str]:
    """The gender the article gives each person, by surname: an honorific before or in the name
    ('Mr Straw', 'Lady Thatcher'), a gendered title beside it ('the spokeswoman, Ann Smith'), else
    a given name the Census gives one sex clearly ('Anton Dolin', 'Alicia Markova': ``names.
    given_name_gender``). A surname given both, or borne by two first names (a married couple), has
    none. The surname itself says no gender, whatever word it also is ('Oona King', 'Mr Lord')."""
    seen: dict[str, set[str]] = {}
    given: dict[str, set[str]] = {}
    for ent in doc_ents(doc):
        if entity_kind(ent, lex) != "PERSON":
            continue
        names = text_of(doc)[ent.start_char:ent.end_char].split()
        if len(names) > 1 and names[0].rstrip(".").lower() not in lex.speakers.male_words | lex.speakers.female_words:
            given.setdefault(names[-1].lower(), set()).add(names[0])
        words = {w.lower().rstrip(".") for w in names[:-1]} | title_words(phrase_head(ent.root), ent)
        if ent.start > 0:
            words.add(doc[ent.start - 1].lower_.rstrip("."))
        gender = gender_of(frozenset(words), lex) or _given_gender(names)
        if gender is not None:
            seen.setdefault(surname(doc, (ent.start_char, ent.end_char)), set()).add(gender)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1 and len(given.get(k, ())) <= 1}


def _given_gender(names: list[str]) -> str | None:
    """The gender the first given name before the surname tells ('Comedian Bill Hart': 'Bill')."""
    return next((given_name_gender(w) for w in names[:-1] if is_given_name(w)), None)


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def surname(doc: Doc, span: Span) -> str:
    words = text_of(doc)[span[0]:span[1]].split()
    return words[-1].lower() if words else ""


def _group_name(ent: SpacySpan) -> bool:
    """A NORP name used as a noun ('the Liberal Democrats', 'Labour's plans'), not as an adjective
    ('British', 'Tory leader'): the tagger's type for a party, which only 'the party' may stand for."""
    return ent.root.pos_ == "PROPN" and ent.root.dep_ not in ("amod", "compound")


def modifies_noun(ent: SpacySpan) -> bool:
    """'the Devon diva', 'the Anfield club', 'a Linux or Mac version': a name set before a
    common noun as its modifier says where or whose that noun is; the one a later 'he' or 'the singer'
    stands for is what the noun describes, not the name (which the tagger often types a person)."""
    word = ent.root
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head        # 'a Linux or Mac version': each of the names modifies the noun
    head = word.head
    return word.dep_ in ("compound", "nmod") and head.i >= ent.end and head.pos_ == "NOUN" and head.is_lower


def in_relative_clause(tok: Token) -> bool:
    """'Umbro, which lost deals with Chelsea, said ... It hopes': an organisation named inside a
    clause that describes another is background to it, not what a later 'it' stands for."""
    return any(a.dep_ == "relcl" for a in tok.ancestors)


def _salient(head: Token, lex: Lexicon) -> bool:
    """A subject of a clause that says its subject acts or is, or the agent of a passive cue
    ('announced ... by the spokesman, Colonel Dari'; not 'quoted by the agency'). The subject of a
    gerund or a 'to' infinitive ('They could picture Michael Howard or Tony Blair doing it', 'with
    prices rising', 'wants Mr Brown to stay') is only a scene someone imagines, a circumstance or a
    wish: no actor a later 'he' continues. A bare infinitive's is ('helped Renault boost its profits'
    says Renault did)."""
    if head.dep_ in ROLES:
        return not _scene(head.head)
    return head.dep_ == "pobj" and head.head.dep_ == "agent" and lex.verb_class(lex.lemma(head.head.head)) is not None


def _scene(verb: Token) -> bool:
    """Whether VERB heads a clause that does not assert: a gerund ('Blair doing it') or a 'to'
    infinitive, with no auxiliary in a tense ('is doing' asserts)."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ in FINITE_TAGS for c in aux):
        return False
    return verb.tag_ == "VBG" or (verb.tag_ == "VB" and any(c.tag_ == "TO" for c in aux))


def _group_subject(head: Token, lex: Lexicon) -> bool:
    """'Republicans had called the hearing because they felt ...': a group named by its people
    ('Republicans', 'the Tories') that is the subject of a clause is salient as a named body is, so a
    later 'they' continues it rather than a body named earlier."""
    return _salient(phrase_head(head), lex)


def _owner_role(head: Token, lex: Lexicon) -> bool:
    """An organisation named as what owns or holds something ('Multiplex's division', 'shares in UK
    Coal', 'the boss of Fiat'), not as a place ('costs at Wembley')."""
    return head.dep_ == "poss" or (head.dep_ == "pobj" and head.head.lower_ in lex.speakers.body_prepositions)


def first_named_after_lead(doc: Doc, at: int, named: list[Named], fits: Callable[[Named], bool]) -> Named | None:
    """The first salient name that FITS in the sentence after the news lead, when the character
    offset AT lies in the lead: a news lead describes who speaks or reports ('a top academic', 'a
    survey'), and the sentence after it names them."""
    sents = list(islice((s for s in doc.sents if s.text.strip()), 2))     # the lead and the sentence after it
    if len(sents) < 2 or not sents[0].start_char <= at < sents[0].end_char:
        return None
    nxt = sents[1]
    return min((n for n in named if n.salient and nxt.start_char <= n.pos < nxt.end_char and fits(n)),
               key=lambda n: n.pos, default=None)
