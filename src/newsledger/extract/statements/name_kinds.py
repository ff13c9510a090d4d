"""What kind of name a mention is (a person's, an organisation's, any name's), with the small model's
entity types mended where the text says better ('Mr Clarke' is a person, 'budget airline Ryanair' a
body, 'Hyundai Motor' a firm), and the words of the title set before or beside a name.

Apart because every other step of antecedent resolution asks it, and it asks none of them.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ...model import Span
from ...names import is_given_name, strip_the
from ...nlp.components import doc_ents, once
from ...nlp.wordnet import first_class
from ..entities.evidence import short_forms
from ..entities.lexicon import english
from ..entities.lexicon import lexicon as title_lexicon
from ..places import looks_place
from .lexicon import Lexicon

PERSONLIKE = frozenset({"PERSON", "NAME"})
GROUPLIKE = frozenset({"ORG", "NORP", "GPE"})
ORGS = frozenset({"ORG"})
ROLES = ("nsubj", "nsubjpass")


def mention_label(doc: Doc, span: Span, head: Token, lex: Lexicon) -> str | None:
    """The kind of a named mention (PERSON, ORG...); None for pronouns and descriptions.
    The small model often tags a foreign person's name ORG: a short all-proper-noun name
    without an organisation word counts as a person."""
    ent = next((e for e in doc_ents(doc) if e.start_char <= span[0] < e.end_char or span[0] <= e.start_char < span[1]), None)
    if ent is None or not (ent.start <= head.i < ent.end):
        return untyped_name_kind(head, lex) if is_proper(head) else None
    return entity_kind(ent, lex)


def is_proper(tok: Token) -> bool:
    """A proper noun written as one: the tagger's 'minister' of 'the prime minister' is a common noun."""
    return tok.pos_ == "PROPN" and not tok.is_lower


def untyped_name_kind(head: Token, lex: Lexicon) -> str:
    """A name the tagger left untyped ('the Catholic Church' with only 'Catholic' tagged): an
    organisation's when its head is an organisation word or its first WordNet sense a group
    ('church'), so that no later 'he' stands for it; a person's when a given name opens it ('Theresa
    May', 'May' read as a month), so that no later 'the committee' does; else any name ('NAME')."""
    word = head.lower_
    if word in lex.speakers.organisation_words or first_class(word) in lex.speakers.name_kind_classes:
        return "ORG"
    name = [t for t in head.doc[head.left_edge.i:head.i + 1] if is_proper(t)]
    if len(name) > 1 and name[-1] == head and is_given_name(name[0].text):
        return "PERSON"
    return "NAME"


def entity_kind(ent: SpacySpan, lex: Lexicon) -> str:
    """An entity's kind as a speaker: the small model tags a foreign person's short name ORG and a
    body's name PERSON ('Podlasie Humanitarian Network'); an organisation word decides, in the
    name or in the title set before it ('budget airline Ryanair'), and so does a plural name ('the
    Lib Dems': no one person). A name tagged as a work, product or law ('The Making Decisions
    Alliance' as WORK_OF_ART) is judged by its head as an untagged name is."""
    if ent.label_ == "ORG" and (_name_like(ent, lex) or _honoured(ent)):
        return "PERSON"
    if ent.label_ == "PERSON" and (any(t.lower_ in lex.speakers.organisation_words for t in ent)
                                   or ent.root.tag_ == "NNPS" or _body_titled(ent, lex) or _short_for_body(ent, lex)
                                   or _place_named_body(ent, lex) or _party_named(ent) or _press_named(ent, lex)
                                   or _owns_as_a_body(ent, lex)):
        return "ORG"
    if ent.label_ in lex.speakers.misread_name_labels and is_proper(ent.root):
        return untyped_name_kind(ent.root, lex)
    if ent.label_ == "GPE" and not looks_place(ent.text):
        return "ORG"            # 'Electrolux' tagged as a place the gazetteer does not know
    return str(ent.label_)


def _party_named(ent: SpacySpan) -> bool:
    """'Labour says it wants ...' with 'Labour' tagged PERSON: a name that is wholly a party's adjective or
    its members' noun (the entities lexicon's ``party_forms``: 'Labour', 'Tory', 'Lib Dems'), after no
    honorific, is the party, as the entities room joins it to the party (``clusters._join_party_forms``),
    so that a later 'they' or 'the party' finds it and no 'he' does."""
    return strip_the(ent.text) in english().party_forms and not _honoured(ent)


def _press_named(ent: SpacySpan, lex: Lexicon) -> bool:
    """'The Telegraph was sued for libel ... after the newspaper claimed' with 'Telegraph' tagged
    PERSON: a name set right after 'the' (no person's name takes an article) whose last word is a
    newspaper's (``press_name_words``: 'Telegraph', 'Guardian', 'Times') is the newspaper, so that
    'the newspaper' finds it and no 'he' does. Not after an honorific; 'the late John Post' has a
    word between."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return before is not None and before.lower_ == "the" and before.dep_ == "det" \
        and ent[-1].lower_ in lex.speakers.press_name_words and not _honoured(ent)


def _owns_as_a_body(ent: SpacySpan, lex: Lexicon) -> bool:
    """'GlaxoSmithKline saw its profits fall 9%' with 'GlaxoSmithKline' tagged PERSON: a one-word name,
    no given name and no honorific, that is a clause's subject whose own object or subject is owned by
    'its' (``body_possessives``: English gives a person 'his' or 'her', never 'its') is a body, so that
    a later 'the firm' finds it and no 'he' does. Only when no other organisation, place or people is
    named before that 'its' in the article, which it could stand for ('WorldCom fell. Ebbers saw its
    shares collapse' is left as tagged)."""
    if len(ent) != 1 or is_given_name(ent.text) or _honoured(ent) or ent.root.dep_ not in ROLES:
        return False
    verb = ent.root.head
    owned = [c for c in verb.children if c.dep_ == "dobj" and c.i > ent.root.i]
    if lex.verb_class(verb.lemma_.lower()) is None:          # 'saw its profits fall'; not a saying's content
        owned += [s for c in verb.children if c.dep_ in ("ccomp", "xcomp") for s in c.children if s.dep_ == "nsubj"]
    owners = [p for o in owned for p in o.children if p.dep_ == "poss" and p.lower_ in lex.speakers.body_possessives]
    if not owners:
        return False
    first = owners[0]
    return not any(e.label_ in GROUPLIKE | {"LOC", "FAC"} and e.end <= first.i for e in doc_ents(ent.doc))


def _short_for_body(ent: SpacySpan, lex: Lexicon) -> bool:
    """'Multiplex' tagged PERSON where the article names 'Multiplex Group' (tagged ORG) before or
    after: one word, no given name and no honorific, that is the short form the entities room reads
    for an organisation of the same article (``short_forms``: its name without the business-type
    words, 'Multiplex' of 'Multiplex Group'; not 'Cairn' of 'Cairn Energy', which it leaves a name of
    its own) is that organisation's, and so is the same word the tagger calls an organisation at another
    mention ('Bombardier' PERSON in the lead, ORG after: 'the firm' is not the chief executive named
    between). A name of two words or more tagged PERSON is left as tagged."""
    if len(ent) != 1 or is_given_name(ent.text) or _honoured(ent):
        return False
    return any(e.label_ == "ORG" and not _honoured(e) and (e.text == ent.text or ent.text in short_forms(e.text))
               for e in doc_ents(ent.doc))


def _place_named_body(ent: SpacySpan, lex: Lexicon) -> bool:
    """'Manchester United' tagged PERSON at one mention and ORG at another: a name that opens with a
    place no given name is spelled as ('Manchester', 'Leeds'; not 'Florence', 'Chelsea') and that
    the article reads as an organisation at another mention (``entity_kind``: tagged ORG, or a GPE that
    is no place) is a body named after its place, not a person ('Kilroy Silk' opens with no place)."""
    if len(ent) < 2 or is_given_name(ent[0].text) or not looks_place(ent[0].text) or _honoured(ent):
        return False
    return any(e.label_ != "PERSON" and e.text == ent.text and entity_kind(e, lex) == "ORG" for e in doc_ents(ent.doc))


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
    titles = title_words(phrase_head(ent.root), ent) - _post_owner_words(ent)
    return bool(titles & lex.speakers.organisation_words or _group_noun_titled(ent, lex)) and not _honoured(ent) \
        and not any(t in lex.speakers.person_nouns or first_class(t) == "person" for t in titles)


def _post_owner_words(ent: SpacySpan) -> frozenset[str]:
    """The words of the body a title set beside a name holds its post in ('Cory Doctorow, European
    co ordinator for the Electronic Frontier Foundation'): whose post it is, not what the named is,
    so the body's word ('foundation') makes no body of the person."""
    return frozenset(t.lemma_.lower() for a in ent.root.children if a.dep_ == "appos"
                     for p in a.children if p.dep_ == "prep" for t in p.subtree)


def _group_noun_titled(ent: SpacySpan, lex: Lexicon) -> bool:
    """'rock band Keane', 'Keane, the band': the common noun compounded right before the name, or set
    beside it, is one written in lower case whose first WordNet sense is a group ('band', 'charity',
    'orchestra'), no title of a person (the titles lexicon's) nor a name ('Labour MP', a group in
    WordNet); not the end of an office's phrase ('the minister for civil aviation Praful Patel')."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    nouns = [before] if before is not None and before.dep_ == "compound" and ent.start <= before.head.i < ent.end \
        and not _in_office_phrase(ent, lex) else []
    nouns += [c for c in ent.root.children if c.dep_ == "appos"]
    return any(t.pos_ == "NOUN" and t.is_lower and first_class(t.lemma_.lower()) in lex.speakers.body_classes
               and t.lemma_.lower() not in title_lexicon().person_heads for t in nouns)


def _in_office_phrase(ent: SpacySpan, lex: Lexicon) -> bool:
    """'the minister for civil aviation Praful Patel': the name is the object of a phrase hung on a
    person's noun, whose words before it say the office, not what the name is."""
    root = ent.root
    owner = root.head.head
    return root.dep_ == "pobj" and owner.pos_ == "NOUN" and (
        owner.lemma_.lower() in lex.speakers.person_nouns or first_class(owner.lemma_.lower()) == "person")


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
    titles = title_words(phrase_head(ent.root), ent)
    if any(t in lex.speakers.person_nouns or first_class(t) == "person" for t in titles):
        return False
    doc = last.doc
    return not any(t.lower_ == last.lower_ and t.i > 0 and title_lexicon().honorific(doc[t.i - 1].text) for t in doc)


def phrase_head(tok: Token) -> Token:
    """The head of the noun phrase a name is in: past compounds and appositions to the title (not
    past an apposition the parser hung on a noun across the clause that describes it)."""
    while tok.dep_ in ("compound", "flat", "appos") and tok.head.i != tok.i and not apposed_past_clause(tok):
        tok = tok.head
    return tok


def apposed_past_clause(tok: Token) -> bool:
    """'The Oscar-nominated actor, whose films include Schindler's List and Star Wars: The Phantom
    Menace, said': a name parsed as set beside a noun, with a clause describing that noun between
    them, ends the clause's list (the film), and is no name of the noun's (the actor)."""
    head = tok.head
    return tok.dep_ == "appos" and any(c.dep_ in ("relcl", "acl") and head.i < c.i < tok.i for c in head.children)


def title_words(head: Token, ent: SpacySpan) -> frozenset[str]:
    """The nouns before the name in its phrase ('Colonel', 'Defence Minister', 'the spokesman'),
    and those of a title set beside it ('Charles Clarke, the home secretary,'), not those of a
    clause that describes the title ('the lawyer representing Mr Abbasi': Mr Abbasi's 'Mr' is no
    word of hers)."""
    before = {t.lemma_.lower() for t in head.subtree if t.i < ent.start and t.pos_ in ("NOUN", "PROPN")
              and not title_lexicon().honorific(t.text) and not _in_clause_below(t, head)}       # 'Mr' is no title
    beside = {t.lemma_.lower() for a in ent.root.children if a.dep_ == "appos" and a.pos_ == "NOUN"
              for t in a.subtree if t.pos_ in ("NOUN", "PROPN") and t.i > ent.end and t.i not in _clauses_of(a)}
    return frozenset(before | beside)


def _in_clause_below(tok: Token, head: Token) -> bool:
    """Whether TOK lies in a clause under HEAD rather than in HEAD's noun phrase: 'Inflation would be
    2% next year, Mr Brown forecast' with 'forecast' parsed as a noun the name modifies holds
    'inflation' and 'year' in a clause, no words of a title of Mr Brown's."""
    t = tok
    while t.i != head.i and t.head.i != t.i:
        if t.pos_ in ("VERB", "AUX"):
            return True
        t = t.head
    return False


def _clauses_of(noun: Token) -> set[int]:
    """The tokens of the clauses that describe NOUN ('representing Mr Abbasi', 'who advised him')."""
    return {t.i for c in noun.children if c.dep_ in ("acl", "relcl") for t in c.subtree}
