"""Whether a capitalised phrase on a page names a concept, a technology or a work rather than an
organisation or a person (issue 13, "Entities that are entities").

Shops, how-tos and documentation capitalise the things they write about ('Search Engine
Optimization', 'Identity and Access Management', 'Rapid Application Development (RAD)'), and the
small NER model types such phrases ORG or PERSON. What tells them from a firm is the head noun and
the words around it: WordNet files the head's first sense as a thing one knows or does
(noun.cognition, noun.act; data/entities_en.json 'concept_classes'), or as a thing one makes or
writes (noun.artifact, noun.communication; 'work_classes') where the page also writes the phrase in
lower case or by its short form (firms and brands are named with such words: 'Pottery Barn',
'Hotspot Shield'), and no word of the phrase is a name of its own (a given name, a place, an
institution's head word, a word the page names alone). News names bodies with such words ('the
Daily Telegraph', 'the Land Registry'), so the rule reads pages that are no news only.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ...model import Span
from ...names import is_given_name
from ...nlp.components import doc_text
from ...nlp.wordnet import first_class, word_classes
from ..places import is_place
from .evidence import common_word, short_form
from .lexicon import english, institution_word

_MODIFIER_TAGS = {"JJ", "JJR", "JJS", "VBG", "VBN"}


def concept_names(doc: Doc, names: list[tuple[Span, str]], others: set[str]) -> bool:
    """NAMES (span, text) of one cluster (on a page that is no news: the caller's test) are a
    concept's: each is a short form ('RAD' beside 'Rapid Application Development') or a
    ``concept_phrase``, one at least is the latter, and no word of them is a name the page writes
    alone (OTHERS: the other entities' one-word names, in lower case: 'Stripe' of 'Stripe Radar')."""
    phrases = [(s, t) for s, t in names if not short_form(t)]
    if not phrases or any(w.lower().strip(".,") in others for _, t in phrases for w in t.split()):
        return False
    shortened = len(phrases) < len(names)
    return all(concept_phrase(doc, s, shortened) for s, _ in phrases)


def concept_phrase(doc: Doc, span: Span, shortened: bool = False) -> bool:
    """The words at SPAN are two or more ordinary words (common nouns, function words, or words the
    tagger reads as modifiers: 'Rapid', 'Active', 'Cancelling'), none a name of its own, headed by a
    noun whose first WordNet sense is of 'concept_classes' ('development', 'management'), or of
    'work_classes' ('system', 'code') where the page gives the phrase a short form (SHORTENED) or
    writes it in lower case too."""
    tokens = doc.char_span(*span, alignment_mode="expand")
    if tokens is None:
        return False
    words = [t for t in tokens if t.is_alpha]
    if len(words) < 2 or not all(_ordinary(t) for t in words):
        return False
    cls = first_class(_noun(_head(tokens)))
    return cls in english().concept_classes or cls in english().work_classes and (
        shortened or _in_lower_case(tokens.text, doc_text(doc)))


def _ordinary(t: Token) -> bool:
    """T is a function word, or a word of the language that names nothing of its own."""
    if t.lower_ in english().function_words or t.is_stop and t.is_lower:
        return True
    if is_given_name(t.text) or is_place(t.text) or institution_word(t.text) or t.text.isupper():
        return False
    return common_word(t.text) or t.tag_ in _MODIFIER_TAGS


def _head(tokens: SpacySpan) -> Token:
    """The phrase's head noun: the word before its first preposition ('Statement of
    Accomplishment'), else its last word."""
    words = [t for t in tokens if t.is_alpha]
    cut = next((i for i, t in enumerate(words) if i and t.pos_ == "ADP"), len(words))
    return words[cut - 1]


def _noun(t: Token) -> str:
    """T as WordNet lists it: the word itself, else its lemma ('Models' -> 'model')."""
    low = t.lower_
    return low if word_classes(low) else t.lemma_.lower() if word_classes(t.lemma_.lower()) else low.removesuffix("s")


def _in_lower_case(phrase: str, text: str) -> bool:
    """TEXT writes PHRASE (or its plural) in lower case as well: a phrase of the language."""
    return re.search(r"(?<![\w-])" + re.escape(phrase.lower()) + r"s?(?![\w-])", text) is not None
