"""Who writes an article, for its narrator's own 'I' and 'we': a column's or a review's first person
outside quotes is its writer, never the person named last before it ('I think she came to the
start line drained' after Paula Radcliffe is the columnist's view of her).

The writer is the author the article's metadata gives, where its text names them, else the person
its closing paragraph describes (a column's bio line: 'Bill Thompson is a regular commentator on
...'); with neither, the narrator is no one the ledger names, which is better than a wrong one.

Apart because it reads the article as a whole (metadata, last paragraph), not a speaker's sentence.
"""
from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ...model import Span
from ...names import name_key
from ...nlp.components import doc_ents
from ...nlp.wordnet import first_class
from .content import in_quote
from .lexicon import Lexicon, text_of
from .quotes import Quote


def narrates(tok: Token, quotes: Sequence[Quote], lex: Lexicon) -> bool:
    """Whether a speaker TOK is the article's own first person: 'I', 'we' outside every quotation
    (inside one they are the quoted speaker's)."""
    return tok.lower_ in lex.speakers.narrator_pronouns and not in_quote(tok.idx, list(quotes))


def writer_of(doc: Doc) -> Span | None:
    """The mention of the article's writer in its text: the metadata's author where the text names
    them, else the person of the closing paragraph's bio line; None when it names neither."""
    article = doc._.article
    author = (article.author or "").strip() if article is not None else ""
    if author:
        return _named_as(doc, author)
    return _described_at_close(doc)


def _named_as(doc: Doc, author: str) -> Span | None:
    """The first person the text names as the author is named ('By Jane Smith' -> 'Jane Smith')."""
    key = name_key(author)
    return next(((e.start_char, e.end_char) for e in doc_ents(doc) if e.label_ == "PERSON" and name_key(e.text) == key),
                None)


def _described_at_close(doc: Doc) -> Span | None:
    """'Bill Thompson is a regular commentator on the BBC World Service': the person the first
    sentence of the article's last paragraph names as the subject of 'be' with a noun for what a
    person is (a noun whose first WordNet sense is a person) — the line a column ends with about
    its writer."""
    text = text_of(doc)
    last = text.rstrip().rfind("\n")
    at = doc.char_span(last + 1, len(text.rstrip()), alignment_mode="expand") if last >= 0 else None
    if not at:
        return None
    root = at[0].sent.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if root.lemma_ != "be" or subject is None or subject.ent_type_ != "PERSON" \
            or not any(c.dep_ == "attr" and first_class(c.lemma_.lower()) == "person" for c in root.children):
        return None
    return next(((e.start_char, e.end_char) for e in doc_ents(doc) if e.start <= subject.i < e.end), None)
