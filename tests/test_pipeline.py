"""The pipeline's components declare what they read and write, and do exactly that: spaCy's
``analyze_pipes`` finds nothing missing, and running them one by one over an article shows each
writing only the ``doc._`` fields it declares."""
from __future__ import annotations

from newsledger.extract.pipeline import STAGES, _prepare
from newsledger.limits import Limits
from newsledger.model import Article
from newsledger.nlp.components import EXTENSIONS

from .conftest import SEED


def test_analyze_pipes_finds_no_problem(nlp):
    report = nlp.analyze_pipes()
    assert all(not missing for missing in report["problems"].values()), report["problems"]
    assert [name for name in nlp.pipe_names if name.startswith("newsledger_")][-len(STAGES):] == list(STAGES)


def _fields(doc) -> dict[str, int]:
    return {name: id(getattr(doc._, name)) for name in EXTENSIONS}


def test_each_component_writes_only_what_it_declares(nlp):
    doc = _prepare(nlp, Article(id="seed", text=SEED.read_text("utf-8")), Limits())
    for name, proc in nlp.pipeline:
        before = _fields(doc)
        doc = proc(doc)
        written = {f for f, ident in _fields(doc).items() if ident != before[f]}
        declared = {a.removeprefix("doc._.") for a in nlp.get_pipe_meta(name).assigns if a.startswith("doc._.")}
        assert written <= declared, f"{name} writes {sorted(written - declared)} undeclared"
        if name in STAGES:
            assert written, f"{name} wrote nothing on the seed article"
