"""The statements room's spaCy component: quotes, reported speech and beliefs."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ...nlp import components as _namespace  # noqa: F401  (defines the doc._ extensions)
from . import NAME
from .find import find_statements


@Language.component(NAME, requires=["doc._.timexes", "token.dep"], assigns=["doc._.statements"])
def statements_component(doc: Doc) -> Doc:
    """Quotes, reported speech and beliefs with speaker mentions, cue, certainty, forecast flag."""
    doc._.statements = find_statements(doc, doc._.timexes or [])
    return doc
