"""The time room's spaCy component: time expressions, anchored on the publication date."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ...nlp import components as _namespace  # noqa: F401  (defines the doc._ extensions)
from ...nlp.components import doc_text
from . import NAME
from .find import find_timexes
from .inference import infer_anchor


@Language.component(NAME, assigns=["doc._.timexes", "doc._.anchor"])
def timexes_component(doc: Doc) -> Doc:
    """Time expressions, anchored on the publication date (inferred from the text when missing)."""
    article = doc._.article
    anchor = article.published if article is not None else None
    text = doc_text(doc)
    found = find_timexes(text, anchor)
    if anchor is None and (article is None or article.date_from_text):
        anchor = infer_anchor(text, found)
        if anchor is not None:
            found = find_timexes(text, anchor)
            if article is not None:
                article.published, article.date_source = anchor, "text"
    doc._.anchor = anchor
    doc._.timexes = found
    return doc
