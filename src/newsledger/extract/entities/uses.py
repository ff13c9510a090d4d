"""How a name is used where it is written, read from spaCy's parse: as a place ('near Avdiivka',
'Immokalee, Fla.'), or, for a people's name, as a modifier ('Russian troops') rather than a
people ('Americans', 'the Emirati') or a language ('in English').

A name the gazetteer knows is geocoded only when it is used as a place: a small town's name is
as often a surname or a firm's ('Nelson said', 'Alcoa signed'), and news writes 'Turkish' for
Turkey when it modifies a noun but not when it names people or a language.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ...model import Span
from ...names import name_key, strip_the
from ...nlp.components import doc_text
from ...nlp.wordnet import first_class
from ..places import PLACE_LABELS, geocode, is_country, is_demonym, is_place, place_name, small_place
from ..places.gazetteer import candidates
from ..spans import inside
from .candidates import Cand
from .evidence import common_words, heading_line
from .lexicon import english, lexicon

MODIFIER_DEPS = {"amod", "compound", "nmod", "npadvmod"}   # spaCy's dependencies of a noun's modifiers


def _head(doc: Doc, span: Span) -> Token | None:
    """The last token of SPAN, climbed up coordinations ('in Paris and Lyon': 'Lyon' -> 'Paris')."""
    tokens = doc.char_span(*span, alignment_mode="expand")
    if tokens is None or not len(tokens):
        return None
    tok = tokens[-1]
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    return tok


def used_as_place(doc: Doc, span: Span) -> bool:
    """SPAN is the object of a locative preposition ('near Avdiivka', not 'according to'), names a
    town or region ('the city of Qamishli') or where someone is from ('Miss Abdhou, of Hayes'), or
    is followed by the region or country it is in ('Immokalee, Fla.')."""
    tok = _head(doc, span)
    if tok is None:
        return False
    prep = tok.head if tok.dep_ == "pobj" else None
    if prep is None:
        return _qualified(doc, span)
    words = english()
    return (prep.lower_ in words.locative_prepositions and prep.head.lower_ not in words.not_locative
            or prep.lower_ in words.origin_prepositions and (prep.i > 0 and doc[prep.i - 1].text == ","
                                                            or prep.head.lower_ in lexicon().facility_heads))


def of_land(doc: Doc, span: Span) -> bool:
    """SPAN, or the list it is an item of, follows 'of' after a noun whose first WordNet sense is a
    location ('the areas of Raska and Novi Pazar', 'the boroughs of Hillingdon and Wandsworth')."""
    tok = _head(doc, span)
    prep = tok.head if tok is not None and tok.dep_ == "pobj" else None
    return prep is not None and prep.lower_ in english().origin_prepositions and prep.head.i != prep.i \
        and first_class(prep.head.lemma_.lower()) == "location"


def _qualified(doc: Doc, span: Span) -> bool:
    tokens = doc.char_span(*span, alignment_mode="expand")
    end = tokens.end if tokens is not None else len(doc)
    return (end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].text[:1].isupper()
            and geocode.is_place_name(doc[end + 1].text))


def named_as_place(doc: Doc, cands: list[Cand], hosts: list[Span], toponyms: list[str]) -> bool:
    """A place whose every name is also a common word ('Van', 'Sale', 'Amazon', 'Surrey'), in WordNet
    or in the article's own lower case, is one
    only where the text uses it as a place: after a locative preposition, or named as one (by NER,
    or found by the gazetteer: NER label None) outside a heading and outside the name of an
    organisation or product (HOSTS), and, when every place it may be is a small town, among the
    article's other places (TOPONYMS: near them or in their region). Reliable Van &
    Storage is no Turkish city, nor Point of Sale a Moroccan one, nor 'the Amazon website' the
    river's basin, nor 'Liberty' a town in Ohio."""
    names = [c for c in cands if c.kind == "name"]
    text = doc_text(doc)
    if not names or not all(_word_here(c.text, text) and not _country_or_people(c.text) for c in names):
        return True
    return any(used_as_place(doc, c.span) or c.ner in PLACE_LABELS | {None} and not heading_line(text, c.span[0])
               and not any(inside(c.span, h) for h in hosts) and _supported(c.text, toponyms) for c in names)


def _word_here(name: str, text: str) -> bool:
    """NAME is a common word in WordNet, or TEXT writes it in lower case too ('social media',
    'a strong warranty'): in this article it is a word as well as a name."""
    return common_words(name) or re.search(r"(?<![\w-])" + re.escape(name.lower()) + r"(?![\w-])", text) is not None


def _supported(name: str, toponyms: list[str]) -> bool:
    """NAME, a common word, may be taken for a place on its capital alone only when it names more
    than a small town, or the article's other places (TOPONYMS) lie near that town or in its region."""
    return not small_place(name) or geocode.supported(name, toponyms)


def _country_or_people(name: str) -> bool:
    """NAME is a country's ('Brazil', 'Chad') or a people's ('Polish'): a word too, but never the
    word where it is capitalised."""
    return is_demonym(name) or any(p.level == "country" for p in candidates(name))


def firm_named_by_a_word(c: Cand, cands: list[Cand]) -> bool:
    """C is a firm NER tagged as one whose name is also a common word ('Amazon', in WordNet a river
    and a warrior) and no country's, and NER tags none of its occurrences as a place: the shop or
    firm ('bought the item on Amazon', 'Amazon $350'), not the region of its name, though the
    gazetteer knows the region and a shop is written after 'on' or 'at' as a place is."""
    key = name_key(strip_the(c.text))
    return (c.ner == "ORG" and common_words(c.text) and not is_country(c.text)
            and not any(o.ner in PLACE_LABELS and name_key(strip_the(o.text)) == key for o in cands))


_CURRENCY_CODE = re.compile(r"[A-Z]{1,3}\$?")             # 'US', 'USA', 'A', 'HK$'
_DOLLARS_AFTER = re.compile(r"\$?[ \t]?\$?[ \t]?\d")      # '$9.99', ' $200', '$68m'


def currency_country(text: str, c: Cand) -> bool:
    """C is the country of a dollar a price is written in ('US $200', 'US$9.99', 'USA $41.99', 'A$68m',
    'HK$'), no place of the story: a short capitalised code written right before (or ending in) the
    dollar sign and a figure, not after 'the' ('the US $200bn deficit' is the country's). A code set
    apart from the sign by a space is a place's the gazetteer knows ('US $200'): 'fined CBS $550,000'
    names the network fined."""
    end = c.span[1]
    dollar = c.text.endswith("$") or text.startswith("$", end) \
        or text[end:end + 2].lstrip(" \t").startswith("$") and is_place(c.text)
    before = text[max(0, c.span[0] - 4):c.span[0]].lower()
    return (c.kind == "name" and dollar and _CURRENCY_CODE.fullmatch(c.text) is not None
            and _DOLLARS_AFTER.match(text, end) is not None and not before.endswith("the "))


def placed_names(doc: Doc, cands: list[Cand]) -> set[str]:
    """Keys of the names the article uses as a place somewhere: tagged as one by NER, or used as
    one in their sentence."""
    return {name_key(strip_the(c.text)) for c in cands
            if c.label in PLACE_LABELS or c.kind == "name" and used_as_place(doc, c.span)}


def as_modifier(doc: Doc, span: Span) -> bool:
    """The people's name at SPAN modifies a noun ('Russian troops', 'German, Irish and other
    immigrants', 'the Syrian-Turkish border')."""
    tokens = doc.char_span(*span, alignment_mode="expand")
    tok = _head(doc, span)
    if tokens is None or tok is None:
        return False
    hyphen = tokens.end < len(doc) and doc[tokens.end].text in ("-", "–")
    return hyphen or tok.dep_ in MODIFIER_DEPS and tok.head.i > tok.i


def peoples(doc: Doc, cands: list[Cand]) -> None:
    """Reads each people's name in CANDS by its use: one that modifies a noun stands for its
    country ('Turkish forces', 'the Syrian-Turkish border', 'the European Commission'); one that
    names the people or their language ('Americans', 'in English') is a group of its own (key
    'PEOPLE:', never placed)."""
    for c in cands:
        if not c.key and c.label in PLACE_LABELS | {"NORP"} and is_demonym(c.text) and not as_modifier(doc, c.span):
            c.key, c.label = f"PEOPLE:{place_name(c.text) or name_key(c.text)}", "NORP"
