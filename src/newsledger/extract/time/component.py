"""The time room's spaCy component: time expressions, anchored on the publication date."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ...nlp import components as _namespace  # noqa: F401  (defines the doc._ extensions)
from ...nlp.components import doc_text
from . import NAME
from .clause import clause_tense
from .find import find_timexes
from .inference import dateline_day, pins_the_day, saying_day


@Language.component(NAME, assigns=["doc._.timexes", "doc._.anchor"])
def timexes_component(doc: Doc) -> Doc:
    """Time expressions, anchored on the publication date. With none given, a dateline gives it;
    else the day the sources spoke is the anchor, and the article's date only when the text
    pins it (the next day spoken of in the future): a day the story stands on is not
    necessarily the day it came out."""
    article = doc._.article
    anchor = article.published if article is not None else None
    text = doc_text(doc)
    tense = clause_tense(doc)
    found = find_timexes(text, anchor, tense)
    if anchor is None and (article is None or article.date_from_text):
        dated = dateline_day(text, found)
        anchor = dated or saying_day(doc, found)
        if anchor is not None:
            found = find_timexes(text, anchor, tense)
        if article is not None and dated is not None:
            article.published, article.date_source = dated, "dateline"
        elif article is not None and anchor is not None and pins_the_day(text, found, anchor):
            article.published, article.date_source = anchor, "text"
    doc._.anchor = anchor
    doc._.timexes = found
    return doc
