"""newsledger's extractors as registered spaCy components (``Doc -> Doc``).

Each component calls one pure extractor from this package and stores its records in the
``doc._`` namespace (``newsledger.nlp.components``), declaring what it reads and writes so
``nlp.analyze_pipes()`` can check the order.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..nlp import components as _namespace  # noqa: F401  (defines the doc._ extensions)

# name -> version: stored with every record so the ledger says which extractor produced it
VERSIONS = {
    "newsledger_timexes": "newsledger.timexes.v1",
    "newsledger_statements": "newsledger.statements.v1",
    "newsledger_entities": "newsledger.entities.v1",
    "newsledger_events": "newsledger.events.v1",
    "newsledger_forecasts": "newsledger.forecasts.v1",
}
STAGES = tuple(VERSIONS)


@Language.component("newsledger_timexes", assigns=["doc._.timexes", "doc._.anchor"])
def timexes_component(doc: Doc) -> Doc:
    """Time expressions, anchored on the publication date (inferred from the text when missing)."""
    from .timexes import find_timexes, infer_anchor
    article = doc._.article
    anchor = article.published if article is not None else None
    found = find_timexes(doc.text, anchor)
    if anchor is None:
        anchor = infer_anchor(doc.text, found)
        if anchor is not None:
            found = find_timexes(doc.text, anchor)
            if article is not None:
                article.published, article.published_inferred = anchor, True
    doc._.anchor = anchor
    doc._.timexes = found
    return doc


@Language.component("newsledger_statements", requires=["doc._.timexes", "token.dep"], assigns=["doc._.statements"])
def statements_component(doc: Doc) -> Doc:
    """Quotes, reported speech and beliefs with speaker mentions, cue, certainty, forecast flag."""
    from .statements import find_statements
    doc._.statements = find_statements(doc, doc._.timexes or [])
    for st in doc._.statements:
        st.extractor = VERSIONS["newsledger_statements"]
    return doc


@Language.component("newsledger_entities", requires=["doc._.statements", "doc.ents"], assigns=["doc._.entities"])
def entities_component(doc: Doc) -> Doc:
    """Local entities with all their mentions; links statement speakers and channels to them."""
    from .entities import find_entities
    doc._.entities = find_entities(doc, doc._.statements or [])
    return doc


@Language.component("newsledger_events", requires=["doc._.entities", "doc._.statements", "doc._.timexes"],
                    assigns=["doc._.events"])
def events_component(doc: Doc) -> Doc:
    """PLOVER events with actors, targets, place, date, status and the statement that reports them."""
    from .events import find_events
    doc._.events = find_events(doc, doc._.entities or [], doc._.statements or [], doc._.timexes or [], doc._.anchor)
    for ev in doc._.events:
        ev.extractor = VERSIONS["newsledger_events"]
    return doc


@Language.component("newsledger_forecasts", requires=["doc._.events", "doc._.statements"], assigns=["doc._.forecasts"])
def forecasts_component(doc: Doc) -> Doc:
    """Forecast records for forward-looking statements, with horizons."""
    from .forecasts import find_forecasts
    doc._.forecasts = find_forecasts(doc._.statements or [], doc._.events or [], doc._.timexes or [], doc._.anchor)
    return doc
