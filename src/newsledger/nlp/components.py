"""The spaCy side of newsledger: the ``doc._`` namespace every stage reads and writes, and the
components that mark paragraph breaks as sentence breaks and cap sentence length before the parser.

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


def once(doc: Doc, key: str, build: Callable[[], T]) -> T:
    """A value of DOC built on first use and kept in its user_data under KEY: what the extractors
    read many times per article is found once per document."""
    value = doc.user_data.get(key)
    if value is None:
        value = doc.user_data[key] = build()
    return value


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per document: spaCy joins every token on each access, and the
    extractors read the text many times per article."""
    return once(doc, "newsledger_text", lambda: doc.text)


def token_starts(doc: Doc) -> list[int]:
    """The offset of every token of DOC, in order, built once per document (for bisection)."""
    return once(doc, "newsledger_token_starts", lambda: [t.idx for t in doc])


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once per document: spaCy makes a new Span for every entity on each
    access. Only for the extractors, which run after the NER and never change its entities."""
    return once(doc, "newsledger_ents", lambda: tuple(doc.ents))


@Language.component("newsledger_paragraphs", assigns=["token.is_sent_start"])
def paragraphs_component(doc: Doc) -> Doc:
    """Ends a sentence at every line break left after repair (paragraphs, headings, list items):
    the parser would otherwise join a heading or a quote paragraph to the next sentence, and with
    it the wrong speaker. Runs before the parser, which respects preset boundaries."""
    for tok in doc[:-1]:
        if "\n" in tok.text_with_ws:
            doc[tok.i + 1].is_sent_start = True
    return doc


SENTENCE_CAP_KEY = "newsledger_max_sentence_tokens"
MAX_SENTENCE_TOKENS = 250
_STOPS = frozenset(".!?")


@Language.component("newsledger_sentence_cap", assigns=["token.is_sent_start"])
def sentence_cap_component(doc: Doc) -> Doc:
    """Ends a sentence before it grows past a cap (``doc.user_data[SENTENCE_CAP_KEY]``, else 250
    tokens): after its last full stop when it has one, else at the cap. A text without stops
    ("Mr. " fifty thousand times) otherwise parses into one tree that deep, and spaCy walks trees
    by recursion (``Token.subtree``) until the C stack overflows. Real sentences are far shorter,
    so the cap changes nothing else. Runs before the parser, which respects preset boundaries."""
    cap = doc.user_data.get(SENTENCE_CAP_KEY, MAX_SENTENCE_TOKENS)
    first, stop = 0, None
    for tok in doc:
        if tok.is_sent_start:
            first, stop = tok.i, None
        elif tok.i - first >= cap:
            first = stop + 1 if stop is not None and stop + 1 <= tok.i else tok.i
            doc[first].is_sent_start = True
            stop = None
        if tok.text in _STOPS:
            stop = tok.i
    return doc
