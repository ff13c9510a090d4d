"""Plural descriptions and fields as speakers: whom 'the companies', 'the two men' or 'the
industry' stand for.

A plural description ('The companies estimate', 'the firms said', 'the two men') speaks for a set,
not for the one body or person named nearest before it: it is the set of entities of its kind that
the article named together before it ('ScanSoft and Gracenote are developing ...', 'Technology
firms Sony, Philips, Matsushita and Samsung'), found by the WordNet kind of its head noun (a group
for bodies, a person for people) against each member's kind; the ledger keeps one speaker, the
first, as it does for a subject 'X and Y said'. A plural description of bodies with no such set
before it speaks for no one the article names (never one member, never a nearby other firm).

A described industry, sector or field ('the global entertainment industry says') is no firm of it:
it speaks only for a body the article names as that field's ('the British Phonographic Industry',
an association: 'the Motion Picture Association of America' for 'the movie industry'), else for
no one.

Apart from ``antecedents`` because these descriptions decide alone: when one applies, no later rule
picks a single name for them.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ...model import Span
from ...names import is_given_name
from ...nlp.components import doc_ents
from ...nlp.wordnet import first_class
from ..entities.lexicon import lexicon as title_lexicon
from .lexicon import Lexicon
from .name_kinds import ROLES, entity_kind
from .named_mentions import Named, span_words, surname
from .speakers import mention_span

SET_KINDS = {"group": "ORG", "person": "PERSON"}     # a head noun's first WordNet class -> its members' kind


def described_set(doc: Doc, tok: Token, lex: Lexicon) -> tuple[bool, Named | None]:
    """Whether TOK heads a plural description of a set that decides its speaker, and whom it
    stands for: the first member of the nearest set of its kind named before it; a set of
    people only decides when found (people by their posts, 'the ministers', have rules of their
    own); one of bodies decides none when no set is named."""
    kinds = set_kinds(tok, lex)
    found = [(span, k) for k in kinds if (span := _nearest_set(doc, tok, k, lex)) is not None]
    if not found:
        return kinds == ("ORG",), None
    span, kind = max(found, key=lambda f: f[0][0])
    return True, Named(span[0], span, kind, span_words(doc, span), key=surname(doc, span) if kind == "PERSON" else "")


def set_kinds(tok: Token, lex: Lexicon) -> tuple[str, ...]:
    """The kinds the members of the set TOK describes may be: of a definite plural description
    ('the companies', 'the two men', 'Both men') its head's; of a counted set ('All three, who have denied',
    ``set_numeral_determiners``) its 'of' phrase's ('all three of the main parties') or either.
    None for anything else: a collective noun with no plural form ('The police said' is the force
    the article names, one body), a name, an owned description ('its developers'), a state's body ('the
    authorities' is the state's), a head whose first WordNet sense is neither a group nor a person,
    one a phrase after it narrows ('the companies contacted by the BBC')."""
    if tok.ent_type_ not in ("", "CARDINAL") or tok.lemma_.lower() in lex.speakers.state_bodies \
            or any(c.dep_ == "poss" for c in tok.lefts) or any(_narrows(c) for c in tok.rights):
        return ()
    dets = {c.lower_ for c in tok.lefts if c.dep_ in ("det", "predet")}
    if tok.tag_ == "CD" and tok.like_num and dets & lex.speakers.set_numeral_determiners:
        of = [k for p in tok.rights if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
              if (k := SET_KINDS.get(first_class(o.lemma_.lower()) or ""))]
        return tuple(of[:1]) if of else ("PERSON", "ORG")
    if tok.tag_ != "NNS" or tok.pos_ != "NOUN" or tok.ent_type_ or tok.lower_ == tok.lemma_.lower() \
            or not dets & lex.speakers.set_determiners \
            or any(c.lower_ == "of" for c in tok.rights):
        return ()
    kind = SET_KINDS.get(first_class(tok.lemma_.lower()) or "")
    return (kind,) if kind else ()


def _narrows(phrase: Token) -> bool:
    """A phrase after a set's head that says which of them are meant ('the companies contacted by
    the BBC'), not its 'of' phrase nor a clause set off by a comma."""
    return phrase.dep_ in ("prep", "acl", "relcl", "appos") and not _set_off(phrase) and phrase.lower_ != "of"


def _set_off(phrase: Token) -> bool:
    """A clause set off by a comma ('All three, who have repeatedly denied'): it says more of the
    set, not which of them."""
    first = phrase.doc[phrase.left_edge.i - 1] if phrase.left_edge.i > 0 else None
    return phrase.dep_ == "relcl" and first is not None and first.text == ","


def _described_so(tok: Token, first: Token, lex: Lexicon) -> bool:
    """Whether the description TOK heads may be the list FIRST opens: it counts them ('the two
    men', 'All three'), or says only what any firm or any person is (``set_generic_nouns``: 'the
    companies', 'the firms'), or the list's own sentence calls them so ('Technology firms Sony,
    Philips ...'; 'Kelly Holmes and Carolina Kluft are among other Athens winners' are no 'The
    organisers')."""
    head = tok.lemma_.lower()
    return tok.tag_ == "CD" or any(c.dep_ == "nummod" for c in tok.lefts) or head in lex.speakers.set_generic_nouns \
        or any(t.lemma_.lower() == head for t in first.sent if t.pos_ == "NOUN")


def _nearest_set(doc: Doc, tok: Token, kind: str, lex: Lexicon) -> Span | None:
    """The first name of the nearest list of two or more names of KIND that is a clause's subject
    before TOK, within ``antecedent_window_chars`` ('SBC and AT&T said', 'Technology firms Sony,
    Philips, Matsushita and Samsung are developing'; not 'the use of both Tysabri and Avonex', two
    drugs named as objects)."""
    start = tok.idx - lex.speakers.antecedent_window_chars
    ents = {e.root.i: e for e in doc_ents(doc)}
    first = next((t for t in reversed(doc[:tok.i]) if t.idx >= start and t.pos_ == "PROPN" and _a_subject(t)
                  and _is_set(t, ents, kind, lex) and _described_so(tok, t, lex)), None)
    if first is None:
        return None
    first = _list_opened_before(first)
    return (ents[first.i].start_char, ents[first.i].end_char) if first.i in ents else mention_span(first, lex)


def _a_subject(name: Token) -> bool:
    """A clause's subject, or the names set beside one that describes them ('Consumer electronics
    giants Hitachi and Matsushita Electric are joining forces', which the parser reads as the
    noun 'giants' with the names in apposition)."""
    return name.dep_ in ROLES or name.dep_ == "appos" and name.head.dep_ in ROLES and name.head.pos_ == "NOUN" \
        and name.head.i < name.i


def _list_opened_before(first: Token) -> Token:
    """The name that opens the list FIRST is in: 'Sony, IBM and Toshiba have released', which the
    parser reads as two subjects of the verb, Sony and the pair 'IBM and Toshiba', opens with Sony."""
    before = first.doc[first.left_edge.i - 2] if first.left_edge.i > 1 else None
    if before is None or first.doc[first.left_edge.i - 1].text != "," or before.pos_ != "PROPN":
        return first
    name = before
    while name.dep_ in ("compound", "flat") and name.head.i < first.i:
        name = name.head
    return name if name.dep_ == first.dep_ and name.head.i == first.head.i else first


def _is_set(first: Token, ents: dict[int, SpacySpan], kind: str, lex: Lexicon) -> bool:
    """Whether FIRST opens a list of names of KIND ('SBC', 'Lord Jones': a name the tagger left
    untyped fits any; 'Alan Price and union leader Maria Lowe': the parser's conjunct 'leader' is
    a title, no member)."""
    members = [first, *(c for c in _listed_after(first) if c.pos_ == "PROPN")]   # not a title's noun
    if len(members) < 2 or any(m.i not in ents and m.ent_type_ for m in members):
        return False
    typed = [ents[m.i] for m in members if m.i in ents]
    named_kinds = {kind, "NAME"} if kind == "ORG" else {kind}
    return all(_fits(e, kind, lex) for e in typed) and any(entity_kind(e, lex) in named_kinds for e in typed)


def _listed_after(first: Token) -> list[Token]:
    """The names listed after FIRST: its conjuncts, or a name set beside it that opens conjuncts of
    its own ('John Hall, Peter Marsh and Ann Lowe', which the parser reads as an apposition and a
    pair)."""
    beside = next((a for a in first.children if a.dep_ == "appos" and a.pos_ == "PROPN" and a.conjuncts), None)
    after = [c for c in first.conjuncts if c.i > first.i]
    return after or ([beside, *(c for c in beside.conjuncts if c.i > beside.i)] if beside is not None else [])


def set_kind_of(first: SpacySpan, lex: Lexicon) -> str | None:
    """The kind of the set a list opened by FIRST names ('John Smith and Lord Jones': PERSON;
    'ScanSoft and Gracenote': ORG), None when it is no list of persons or of bodies."""
    ents = {e.root.i: e for e in doc_ents(first.doc)}
    return next((k for k in ("PERSON", "ORG") if _is_set(first.root, ents, k, lex)), None)


def _fits(ent: SpacySpan, kind: str, lex: Lexicon) -> bool:
    """Whether a listed name may be one of a set of KIND: a person's name for people; for bodies a
    body's, a name the tagger typed as no kind of speaker ('ScanSoft' as a product), or a one-word
    name typed as a person's that bears no given name and no honorific ('Sony, Philips, Matsushita
    and Samsung': the small model's foreign firm); one of a set of bodies at least is a body's or
    an untyped name ('ScanSoft and Gracenote', a product's and a person's to the tagger), so two
    surnames are never firms."""
    got = entity_kind(ent, lex)
    if kind == "PERSON" or got == kind:
        return got == kind
    honoured = ent.start > 0 and title_lexicon().honorific(ent.doc[ent.start - 1].text)
    return got == "NAME" or got == "PERSON" and len(ent) == 1 and not is_given_name(ent.text) and not honoured


def field_speaker(doc: Doc, tok: Token, named: list[Named], lex: Lexicon) -> tuple[bool, Named | None]:
    """Whether TOK is a described field ('the industry', 'the global entertainment industry':
    ``field_nouns``) and whom it speaks for: the body named nearest before it, within
    ``antecedent_window_chars``, whose own name holds that noun ('British Phonographic Industry')
    or an association's word ('Motion Picture Association of America'); None for a firm."""
    if tok.pos_ != "NOUN" or tok.ent_type_ or tok.lemma_.lower() not in lex.speakers.field_nouns:
        return False, None
    words = lex.speakers.association_words | {tok.lemma_.lower()}
    bodies = [n for n in named if n.label == "ORG" and 0 < tok.idx - n.pos <= lex.speakers.antecedent_window_chars
              and {w.lower() for w in doc.text[n.span[0]:n.span[1]].split()} & words]
    return True, max(bodies, key=lambda n: n.pos, default=None)
