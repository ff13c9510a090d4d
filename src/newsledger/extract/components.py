"""newsledger's extractors as registered spaCy components (``Doc -> Doc``).

Each component calls one pure extractor from this package and stores its records in the
``doc._`` namespace (``newsledger.nlp.components``), declaring what it reads and writes so
``nlp.analyze_pipes()`` can check the order.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Entity, Statement
from ..nlp import components as _namespace  # noqa: F401  (defines the doc._ extensions)

# component -> (layer, versioned name): the ledger records with every row which extractor produced it
VERSIONS = {
    "newsledger_timexes": ("timexes", "newsledger.timexes.v1"),
    "newsledger_statements": ("statements", "newsledger.statements.v1"),
    "newsledger_entities": ("entities", "newsledger.entities.v1"),
    "newsledger_events": ("events", "newsledger.events.v1"),
    "newsledger_forecasts": ("forecasts", "newsledger.forecasts.v1"),
}
STAGES = tuple(VERSIONS)
EXTRACTORS = dict(VERSIONS.values())   # layer -> versioned name


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
                article.published, article.date_source = anchor, "text"
    doc._.anchor = anchor
    doc._.timexes = found
    return doc


@Language.component("newsledger_statements", requires=["doc._.timexes", "token.dep"], assigns=["doc._.statements"])
def statements_component(doc: Doc) -> Doc:
    """Quotes, reported speech and beliefs with speaker mentions, cue, certainty, forecast flag."""
    from .statements import find_statements
    doc._.statements = find_statements(doc, doc._.timexes or [])
    return doc


@Language.component("newsledger_entities", requires=["doc._.statements", "doc.ents"],
                    assigns=["doc._.entities", "doc._.statements"])
def entities_component(doc: Doc) -> Doc:
    """Local entities with all their mentions; links statement speakers and channels to them."""
    from .entities import find_entities
    doc._.entities = find_entities(doc, doc._.statements or [])
    article = doc._.article
    if article is not None and not article.is_news:
        doc._.statements = named_sources_only(doc._.statements or [], doc._.entities)
    return doc


def named_sources_only(statements: list[Statement], entities: list[Entity]) -> list[Statement]:
    """On a page that is no news (a how-to, a shop, a forum) only a named person or organisation
    quoted on it is a source worth a statement; the page's own voice and its 'you' are not."""
    by_id = {e.id: e for e in entities}

    def named(st: Statement) -> bool:
        ent = by_id.get(st.speaker or "")
        return ent is not None and ent.type in ("PERSON", "ORG") and any(
            m.kind == "name" and any(w[:1].isupper() for w in m.text.split()[m.text.lower().startswith("the "):])
            for m in ent.mentions)
    return [st for st in statements if named(st)]


@Language.component("newsledger_events", requires=["doc._.entities", "doc._.statements", "doc._.timexes"],
                    assigns=["doc._.events"])
def events_component(doc: Doc) -> Doc:
    """PLOVER events with actors, targets, place, date, status and the statement that reports them."""
    from .events import find_events
    article = doc._.article
    if article is not None and not article.is_news:
        doc._.events = []
        return doc
    doc._.events = find_events(doc, doc._.entities or [], doc._.statements or [], doc._.timexes or [], doc._.anchor)
    return doc


@Language.component("newsledger_forecasts", requires=["doc._.events", "doc._.statements"], assigns=["doc._.forecasts"])
def forecasts_component(doc: Doc) -> Doc:
    """Forecast records for forward-looking statements, with horizons."""
    from .forecasts import find_forecasts
    article = doc._.article
    if article is not None and not article.is_news:
        doc._.forecasts = []
        return doc
    doc._.forecasts = find_forecasts(doc._.statements or [], doc._.events or [], doc._.timexes or [], doc._.anchor)
    return doc
