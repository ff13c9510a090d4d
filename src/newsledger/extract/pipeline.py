"""The whole analysis of an article: repair, parse, every extractor, and spans moved back.

``analyze`` is the one road every input takes: repair the text, parse it, run newsledger's
components, and return an ``Analysis`` whose spans index the text exactly as received.

Each article is analysed in isolation, within limits (``newsledger.limits``):
- spaCy sees at most ``max_analysed_chars`` characters and ``max_doc_tokens`` tokens of it (the
  rest is stored, searchable, and the analysis carries the note E019); runs of more than
  ``max_run_chars`` characters without white space are read with a space every so often (the
  tokenizer is quadratic in them: 20,000 apostrophes took 41 s); sentences are capped in length
  (``nlp.components.sentence_cap_component``); articles are parsed together only up to
  ``max_batch_tokens`` tokens, as the parser's memory grows with the tokens of a batch;
- an exception in the parse ends that article's analysis only: it is stored as text only with
  E015, the stage and the error in its notes, and the batch goes on;
- an exception in one extractor empties that extractor's layer only (E026, the extractor and the
  error in the notes): the rooms after it run on what the others found, so one sentence that trips
  the event coder does not cost the article its statements, places and forecasts.
Time and memory budgets need a process that can be replaced: ``scale.pool`` runs this in one.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import Codes, code_of
from ..ingest.language import readable, unread_reason
from ..ingest.repair import repair
from ..limits import DEFAULT, Limits
from ..model import Analysis, Article
from ..nlp.components import SENTENCE_CAP_KEY
from ..nlp.pipeline import load_base
from .entities import component as _entities  # noqa: F401  (each component module registers its room)
from .events import component as _events  # noqa: F401
from .forecasts import component as _forecasts  # noqa: F401
from .rooms import EXTRACTORS, LAYERS, MODEL, STAGES
from .statements import component as _statements  # noqa: F401
from .time import component as _time  # noqa: F401

__all__ = ["EXTRACTORS", "MODEL", "STAGES", "analyze", "analyze_batch", "load", "text_only", "to_analysis"]

CUT_KEY = "newsledger_analysed_to"      # doc.user_data: original offset where the analysed part ends
FAILED_KEY = "newsledger_failed"        # doc.user_data: the E026 notes of extractors that raised


@lru_cache(maxsize=1)
def load() -> Language:
    """The English pipeline with newsledger's extractors appended (cached per process)."""
    nlp = load_base()
    for stage in STAGES:
        nlp.add_pipe(stage, last=True)
    return nlp


def _prepare(nlp: Language, article: Article, limits: Limits) -> Doc:
    """The article's doc, tokenized but not parsed, within the limits on characters, runs and tokens."""
    analysed = article.text[:limits.max_analysed_chars]
    repaired = repair(analysed)
    article.body_end = _body_end(article.text, analysed, repaired.body_end)
    clean = break_runs(repaired.clean, limits.max_run_chars)
    doc = nlp.make_doc(clean)
    cut = len(analysed)
    if len(doc) > limits.max_doc_tokens:
        end = doc[limits.max_doc_tokens].idx
        doc, cut = nlp.make_doc(clean[:end]), repaired.offset(end)
    doc._.article = article
    doc._.repaired = repaired
    doc.user_data[SENTENCE_CAP_KEY] = limits.max_sentence_tokens
    doc.user_data[CUT_KEY] = cut
    return doc


def _body_end(text: str, analysed: str, end: int) -> int:
    """Where the body ends: in the analysed part when repair found boilerplate there, else at the
    end of the whole text."""
    return end if end < len(analysed.rstrip()) else len(text.rstrip())


def break_runs(text: str, limit: int) -> str:
    """TEXT with every LIMIT+1-th character of a run without white space read as a space (replaced,
    not inserted: every offset holds). URLs and hashes this long parse as well in pieces."""
    if not limit or not re.search(rf"\S{{{limit + 1}}}", text):
        return text
    return re.sub(rf"\S{{{limit + 1},}}", lambda m: _spaced(m.group(0), limit), text)


def _spaced(run: str, limit: int) -> str:
    chars = list(run)
    for i in range(limit, len(run), limit + 1):
        chars[i] = " "
    return "".join(chars)


def to_analysis(doc: Doc) -> Analysis:
    """The records the components left on DOC, with spans moved onto the original text."""
    analysis = Analysis(article=doc._.article, entities=doc._.entities or [], statements=doc._.statements or [],
                        timexes=doc._.timexes or [], events=doc._.events or [], forecasts=doc._.forecasts or [],
                        extractors=dict(EXTRACTORS), notes=_partial(doc) + doc.user_data.get(FAILED_KEY, []))
    return analysis.remap(doc._.repaired.to_original)


def _partial(doc: Doc) -> list[str]:
    """E019 when the limits left text after the part analysed."""
    text, cut = doc._.article.text, doc.user_data.get(CUT_KEY, 0)
    if not text[cut:].strip():
        return []
    return [f"{Codes.E019}: {_where(doc._.article)}: the first {cut} of {len(text)} characters analysed"
            " (limits max_analysed_chars, max_doc_tokens)"]


def text_only(article: Article, code: str, detail: str) -> Analysis:
    """ARTICLE stored without analysis, for the reason CODE (errors.Codes) with DETAIL in its notes."""
    article.text_only = code_of(code)
    try:
        article.body_end = repair(article.text[:DEFAULT.max_analysed_chars]).body_end
    except Exception:
        article.body_end = None
    return Analysis(article=article, notes=[f"{code}: {_where(article)}: {detail}"])


def _where(article: Article) -> str:
    return article.source or article.id


def _failed(article: Article, stage: str, err: BaseException) -> Analysis:
    return text_only(article, Codes.E015, f"{stage}: {type(err).__name__}: {err}")


def analyze_batch(articles: list[Article], limits: Limits = DEFAULT) -> Iterator[Analysis]:
    """Analyses of ARTICLES in order, each as soon as it is done; one in a language the extractors
    cannot read is its text alone (E010), one whose analysis fails is its text alone (E015).
    Articles are tokenized as their group comes, so memory holds one group of at most
    ``max_batch_tokens`` tokens (a longer article alone), not the batch."""
    nlp = load()
    waiting: list[Doc | Analysis] = []
    tokens = 0
    for article in articles:
        prepared = _prepared_or_not(nlp, article, limits)
        size = len(prepared) if isinstance(prepared, Doc) else 0
        if size and tokens and tokens + size > limits.max_batch_tokens:
            yield from _group(nlp, waiting, limits)
            waiting, tokens = [], 0
        waiting.append(prepared)
        tokens += size
    yield from _group(nlp, waiting, limits)


def _group(nlp: Language, waiting: list[Doc | Analysis], limits: Limits) -> Iterator[Analysis]:
    """The analyses of WAITING in order: its docs parsed together, then each through the extractors."""
    parsed = _parse(nlp, [w for w in waiting if isinstance(w, Doc)], limits)
    for w in waiting:
        yield w if isinstance(w, Analysis) else _extract(nlp, next(parsed))


def _prepared_or_not(nlp: Language, article: Article, limits: Limits) -> Doc | Analysis:
    if not readable(article):
        return text_only(article, Codes.E010, unread_reason(article))
    try:
        return _prepare(nlp, article, limits)
    except Exception as err:
        return _failed(article, "tokenizer", err)


def _parse(nlp: Language, docs: list[Doc], limits: Limits) -> Iterator[Doc | Analysis]:
    """DOCS through spaCy's own components together; when that fails, each again alone, so the
    failure is only that article's."""
    try:
        yield from list(nlp.pipe(docs, batch_size=max(1, len(docs)), disable=STAGES))
    except Exception:
        yield from (_parse_alone(nlp, doc._.article, limits) for doc in docs)


def _parse_alone(nlp: Language, article: Article, limits: Limits) -> Doc | Analysis:
    try:
        return next(iter(nlp.pipe([_prepare(nlp, article, limits)], disable=STAGES)))
    except Exception as err:
        return _failed(article, "parser", err)


def _extract(nlp: Language, doc: Doc | Analysis) -> Analysis:
    """Every extractor over the parsed DOC; one that fails leaves its layer empty (E026)."""
    if isinstance(doc, Analysis):
        return doc
    for stage in STAGES:
        try:
            doc = nlp.get_pipe(stage)(doc)
        except Exception as err:
            _lose_layer(doc, stage, err)
    try:
        return to_analysis(doc)
    except Exception as err:
        return _failed(doc._.article, "remap", err)


def _lose_layer(doc: Doc, stage: str, err: BaseException) -> None:
    """STAGE raised ERR on DOC: its layer is emptied (what it wrote before failing may be half
    built) and the failure noted, E026."""
    setattr(doc._, LAYERS[stage], [])
    note = f"{Codes.E026}: {_where(doc._.article)}: {stage}: {type(err).__name__}: {err}"
    doc.user_data.setdefault(FAILED_KEY, []).append(note)


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(articles)
    while batch := list(islice(it, size)):
        yield batch


def analyze(articles: Iterable[Article], batch_size: int = 32, limits: Limits = DEFAULT) -> Iterator[Analysis]:
    """Analyses ARTICLES in order in this process, streaming: memory holds a batch, not the corpus."""
    for batch in _batches(articles, batch_size):
        yield from analyze_batch(batch, limits)
