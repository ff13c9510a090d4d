"""The events room's spaCy component: PLOVER events of news articles."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ...nlp import components as _namespace  # noqa: F401  (defines the doc._ extensions)
from . import NAME
from .find import find_events


@Language.component(NAME, requires=["doc._.entities", "doc._.statements", "doc._.timexes"], assigns=["doc._.events", "doc._.entities"])
def events_component(doc: Doc) -> Doc:
    """PLOVER events with actors, targets, place, date, status and the statement that reports them;
    none on a page that is no news (a product that 'meets the needs' holds no meeting). A police or
    armed force named by a common noun that acts or is acted on becomes an entity of the article."""
    article = doc._.article
    if article is not None and not article.is_news:
        doc._.events = []
        return doc
    entities = list(doc._.entities or [])
    doc._.events = find_events(doc, entities, doc._.statements or [], doc._.timexes or [], doc._.anchor)
    doc._.entities = entities        # with the police and armed forces that act ('French police')
    return doc
