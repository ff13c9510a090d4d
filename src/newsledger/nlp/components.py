"""The spaCy side of newsledger: the ``doc._`` namespace every stage reads and writes, and the
component that marks paragraph breaks as sentence breaks before the parser.

The article being analysed travels in ``doc._.article``; ``doc._.repaired`` holds the map from the
parsed (clean) text back to the text as received. The extractors' own components are registered
in ``newsledger.extract.components``.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc, Span

T = TypeVar("T")
EXTENSIONS = ("article", "repaired", "anchor", "timexes", "statements", "entities", "events", "forecasts")
for _name in EXTENSIONS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def _once(doc: Doc, key: str, build: Callable[[], T]) -> T:
    """A value of DOC built on first use and kept in its user_data under KEY."""
    value = doc.user_data.get(key)
    if value is None:
        value = doc.user_data[key] = build()
    return value


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per document: spaCy joins every token on each access, and the
    extractors read the text many times per article."""
    return _once(doc, "newsledger_text", lambda: doc.text)


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once per document: spaCy makes a new Span for every entity on each
    access. Only for the extractors, which run after the NER and never change its entities."""
    return _once(doc, "newsledger_ents", lambda: tuple(doc.ents))


@Language.component("newsledger_paragraphs", assigns=["token.is_sent_start"])
def paragraphs_component(doc: Doc) -> Doc:
    """Ends a sentence at every line break left after repair (paragraphs, headings, list items):
    the parser would otherwise join a heading or a quote paragraph to the next sentence, and with
    it the wrong speaker. Runs before the parser, which respects preset boundaries."""
    for tok in doc[:-1]:
        if "\n" in tok.text_with_ws:
            doc[tok.i + 1].is_sent_start = True
    return doc
