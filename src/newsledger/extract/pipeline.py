"""The whole analysis of an article: repair, parse, every extractor, and spans moved back.

``analyze`` is the one road every input takes: repair the text, parse it, run newsledger's
components, and return an ``Analysis`` whose spans index the text exactly as received. With
``processes > 1`` whole batches go to worker processes that each load the pipeline once (spaCy's
own multiprocessing would have to serialise our records through msgpack).
"""
from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from ..ingest.language import readable
from ..ingest.repair import repair
from ..model import Analysis, Article
from ..nlp.pipeline import MODEL, load_base
from .entities import component as entities
from .events import component as events
from .forecasts import component as forecasts
from .statements import component as statements
from .time import component as time

__all__ = ["EXTRACTORS", "MODEL", "STAGES", "analyze", "load", "to_analysis"]

ROOMS = (time, statements, entities, events, forecasts)   # in the order they run
STAGES = tuple(room.NAME for room in ROOMS)
EXTRACTORS = {room.LAYER: room.VERSION for room in ROOMS}   # stored with every derived row


@lru_cache(maxsize=1)
def load() -> Language:
    """The English pipeline with newsledger's extractors appended (cached per process)."""
    nlp = load_base()
    for stage in STAGES:
        nlp.add_pipe(stage, last=True)
    return nlp


def _prepare(nlp: Language, article: Article) -> Doc:
    repaired = repair(article.text)
    article.body_end = repaired.body_end
    doc = nlp.make_doc(repaired.clean)
    doc._.article = article
    doc._.repaired = repaired
    return doc


def to_analysis(doc: Doc) -> Analysis:
    """The records the components left on DOC, with spans moved onto the original text."""
    analysis = Analysis(article=doc._.article, entities=doc._.entities or [], statements=doc._.statements or [],
                        timexes=doc._.timexes or [], events=doc._.events or [], forecasts=doc._.forecasts or [],
                        extractors=dict(EXTRACTORS))
    return analysis.remap(doc._.repaired.to_original)


def _analyze_batch(articles: list[Article]) -> list[Analysis]:
    """Analyses of ARTICLES in order; one in a language the extractors cannot read is its text alone."""
    nlp = load()
    read = [readable(a) for a in articles]
    docs = iter(nlp.pipe((_prepare(nlp, a) for a, r in zip(articles, read) if r), batch_size=len(articles) or 1))
    return [to_analysis(next(docs)) if r else _text_only(a) for a, r in zip(articles, read)]


def _text_only(article: Article) -> Analysis:
    article.body_end = repair(article.text).body_end
    return Analysis(article=article)


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(articles)
    while batch := list(islice(it, size)):
        yield batch


def analyze(articles: Iterable[Article], batch_size: int = 32, processes: int = 1) -> Iterator[Analysis]:
    """Analyses ARTICLES in order, streaming: memory holds a few batches, not the corpus."""
    if processes <= 1:
        for batch in _batches(articles, batch_size):
            yield from _analyze_batch(batch)
        return
    ctx = mp.get_context("spawn")
    with ctx.Pool(processes) as pool:
        for result in pool.imap(_analyze_batch, _batches(articles, batch_size)):
            yield from result
