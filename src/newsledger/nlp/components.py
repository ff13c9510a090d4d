"""newsledger's stages as registered spaCy components (``Doc -> Doc``).

Each component calls one pure extractor from ``newsledger.extract`` and stores its records in
the ``doc._`` namespace, declaring what it reads and writes so ``nlp.analyze_pipes()`` can check
the order. The article being analysed travels in ``doc._.article``; ``doc._.repaired`` holds the
map from the parsed (clean) text back to the text as received.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

EXTENSIONS = ("article", "repaired", "anchor", "timexes", "statements", "entities", "events", "forecasts")
for _name in EXTENSIONS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

# name -> version: stored with every record so the ledger says which extractor produced it
VERSIONS = {
    "newsledger_timexes": "newsledger.timexes.v1",
    "newsledger_statements": "newsledger.statements.v1",
    "newsledger_entities": "newsledger.entities.v1",
    "newsledger_events": "newsledger.events.v1",
    "newsledger_forecasts": "newsledger.forecasts.v1",
}
STAGES = tuple(VERSIONS)


@Language.component("newsledger_paragraphs", assigns=["token.is_sent_start"])
def paragraphs_component(doc: Doc) -> Doc:
    """Ends a sentence at every line break left after repair (paragraphs, headings, list items):
    the parser would otherwise join a heading or a quote paragraph to the next sentence, and with
    it the wrong speaker. Runs before the parser, which respects preset boundaries."""
    for tok in doc[:-1]:
        if "\n" in tok.text_with_ws:
            doc[tok.i + 1].is_sent_start = True
    return doc


@Language.component("newsledger_timexes", assigns=["doc._.timexes", "doc._.anchor"])
def timexes_component(doc: Doc) -> Doc:
    """Time expressions, anchored on the publication date (inferred from the text when missing)."""
    from ..extract.timexes import find_timexes, infer_anchor
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
    from ..extract.statements import find_statements
    doc._.statements = find_statements(doc, doc._.timexes or [])
    for st in doc._.statements:
        st.extractor = VERSIONS["newsledger_statements"]
    return doc


@Language.component("newsledger_entities", requires=["doc._.statements", "doc.ents"], assigns=["doc._.entities"])
def entities_component(doc: Doc) -> Doc:
    """Local entities with all their mentions; links statement speakers and channels to them."""
    from ..extract.entities import find_entities
    doc._.entities = find_entities(doc, doc._.statements or [])
    return doc


@Language.component("newsledger_events", requires=["doc._.entities", "doc._.statements", "doc._.timexes"],
                    assigns=["doc._.events"])
def events_component(doc: Doc) -> Doc:
    """PLOVER events with actors, targets, place, date, status and the statement that reports them."""
    from ..extract.events import find_events
    doc._.events = find_events(doc, doc._.entities or [], doc._.statements or [], doc._.timexes or [], doc._.anchor)
    for ev in doc._.events:
        ev.extractor = VERSIONS["newsledger_events"]
    return doc


@Language.component("newsledger_forecasts", requires=["doc._.events", "doc._.statements"], assigns=["doc._.forecasts"])
def forecasts_component(doc: Doc) -> Doc:
    """Forecast records for forward-looking statements, with horizons."""
    from ..extract.forecasts import find_forecasts
    doc._.forecasts = find_forecasts(doc._.statements or [], doc._.events or [], doc._.timexes or [], doc._.anchor)
    return doc
