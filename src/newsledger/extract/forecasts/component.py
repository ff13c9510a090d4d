"""The forecasts room's spaCy component: forecast records of forward-looking statements."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ...nlp import components as _namespace  # noqa: F401  (defines the doc._ extensions)
from . import NAME
from .find import find_forecasts


@Language.component(NAME, requires=["doc._.events", "doc._.statements"], assigns=["doc._.forecasts"])
def forecasts_component(doc: Doc) -> Doc:
    """Forecast records for forward-looking statements, with horizons; none on a page that is no news."""
    article = doc._.article
    if article is not None and not article.is_news:
        doc._.forecasts = []
        return doc
    doc._.forecasts = find_forecasts(doc._.statements or [], doc._.events or [], doc._.timexes or [],
                                    doc._.anchor, doc)
    return doc
