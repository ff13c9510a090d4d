"""Failure stays local: an exception in an extractor, an article over its time or memory budget,
a worker killed under it, a text over the limits. Each is that article's coded note (stored as
text only, or analysed in part) and the batch goes on, in this process and in supervised workers."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsledger import Ledger
from newsledger.errors import Codes, code_of
from newsledger.extract import pipeline
from newsledger.extract.pipeline import analyze
from newsledger.ingest.report import IngestReport
from newsledger.limits import Limits
from newsledger.model import Article

from .fuzz_harness import tree_rss

HEAVY = "Officials said the talks would resume on Monday, according to Reuters. " * 1400   # ~20,000 tokens
SHORT = "Officials in Minsk said on Monday that the talks would resume, according to Reuters."


def test_an_extractor_that_raises_empties_only_its_layer_of_its_article(monkeypatch, seed_text):
    real = pipeline.load().get_pipe("newsledger_events")

    def fragile(doc):  # the real component, failing on one article as a bug would
        if "Anton Bell" in doc.text:
            raise IndexError("list index out of range")
        return real(doc)
    monkeypatch.setattr(pipeline.load(), "get_pipe", lambda name: fragile if name == "newsledger_events" else
                        dict(pipeline.load().pipeline)[name])
    bell = "The minister, Anton Bell, said on Monday that Russian troops attacked Kyiv and would leave Minsk next week."
    arts = [Article(id="a", text=seed_text), Article(id="b", text=bell), Article(id="c", text=seed_text[:1500])]
    got = list(analyze(arts, batch_size=3))
    assert [a.article.id for a in got] == ["a", "b", "c"]
    b = got[1]
    assert b.article.text_only is None and not b.events
    assert b.statements and b.entities and b.timexes and b.forecasts       # the rooms before and after it ran
    assert [code_of(n) for n in b.notes] == ["E026"] and "newsledger_events: IndexError" in b.notes[0]
    assert got[0].events and got[0].article.text_only is None and not got[0].notes
    report = IngestReport()
    report.note(b.notes[0])
    assert report.partial and not report.text_only and report.exit_status == 3


def test_a_parse_that_raises_makes_only_its_article_text_only(monkeypatch):
    def fragile(docs, **kw):
        raise ValueError("the parser broke")
    monkeypatch.setattr(pipeline.load(), "pipe", fragile)
    (a,) = analyze([Article(id="p", text=SHORT)])
    assert a.article.text_only == "E015" and not a.statements and a.notes[0].startswith(Codes.E015)
    assert "parser: ValueError" in a.notes[0]


def test_a_dash_the_tagger_took_for_a_noun_describes_no_one(nlp):
    """A lone '-' tagged NOUN (an object the parser found in a dash) has no word below it."""
    from spacy.tokens import Doc

    from newsledger.extract.events.phrases import Ctx, named_in_apposition
    words = ["Police", "are", "investigating", "-", "."]
    doc = Doc(nlp.vocab, words=words, pos=["NOUN", "AUX", "VERB", "NOUN", "PUNCT"],
              heads=[2, 2, 2, 2, 2], deps=["nsubj", "aux", "ROOT", "dobj", "punct"])
    assert doc[3].is_punct
    assert named_in_apposition(Ctx(doc=doc, ents_by_tok={}, types={}, statements=[]), doc[3]) == []


def test_a_long_text_is_analysed_in_part_with_a_note():
    text = "Officials in Minsk said on Monday that the talks would resume. " * 400
    (a,) = analyze([Article(id="long", text=text)], limits=Limits(max_analysed_chars=5000))
    assert a.statements and max(s.content_span[1] for s in a.statements) <= 5000
    assert code_of(a.notes[0]) == "E019" and a.article.text_only is None
    (b,) = analyze([Article(id="tokens", text=text)], limits=Limits(max_doc_tokens=300))
    assert code_of(b.notes[0]) == "E019" and max(s.content_span[1] for s in b.statements) < 2000


def test_sentences_are_capped_so_no_tree_grows_deep(nlp):
    from newsledger.extract.pipeline import _prepare
    doc = nlp(_prepare(nlp, Article(id="mr", text="Mr. " * 600), Limits(max_sentence_tokens=50)))
    assert max(len(s) for s in doc.sents) <= 50
    doc = nlp(_prepare(nlp, Article(id="one", text="One. Two three four five six seven. " * 30), Limits(max_sentence_tokens=10)))
    assert all(s.text.rstrip().endswith(".") for s in list(doc.sents)[:-1])      # cut after full stops


def _ingest(tmp: Path, rows: list[dict], limits: Limits, processes: int = 1, batch_size: int = 4):
    src = tmp / "in.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in rows), "utf-8")
    with Ledger(tmp / "l.db") as ledger:
        report = ledger.ingest([src], processes=processes, batch_size=batch_size, limits=limits)
        stored = {r[0]: r[1] for r in ledger.conn.execute("SELECT id, text_only FROM articles")}
    return report, stored


def test_an_article_over_its_time_budget_is_text_only_and_the_batch_goes_on(tmp_path):
    """HEAVY takes ~9 s of CPU, a short article ~20 ms: a budget of 3 s parts them on any machine."""
    rows = [{"id": "good-1", "text": SHORT}, {"id": "heavy", "text": HEAVY}, {"id": "good-2", "text": SHORT}]
    report, stored = _ingest(tmp_path, rows, Limits(seconds_per_article=3), batch_size=1)
    assert stored == {"good-1": None, "heavy": "E016", "good-2": None}
    assert report.codes == {"E016": 1} and report.exit_status == 3
    assert "heavy" not in report.text_only[0] or "in.jsonl:2" in report.text_only[0]


def test_articles_over_the_memory_budget_are_text_only_and_the_run_ends(tmp_path, seed_text):
    """The worker outgrows 50 MB on the article (it did on its first job: the article is tried
    again alone in a new worker, outgrows it again, and is stored as text only)."""
    report, stored = _ingest(tmp_path, [{"id": "m0", "text": seed_text}], Limits(max_worker_mb=50))
    assert stored == {"m0": "E024"} and report.codes == {"E024": 1}


def test_a_worker_killed_under_an_article_is_replaced_and_nothing_is_lost(tmp_path, seed_text):
    """kill -9 of the analysis worker (what the kernel's OOM killer does): its batch is analysed
    again, article by article, in a new worker."""
    rows = [{"id": "heavy", "text": HEAVY[:len(HEAVY) // 3]}] + [{"id": f"g{i}", "text": seed_text} for i in range(3)]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in rows), "utf-8")
    cli = Path(sys.executable).with_name("newsledger")
    proc = subprocess.Popen([str(cli), "ingest", str(src), "--db", str(tmp_path / "l.db")], stderr=subprocess.PIPE, text=True)
    worker = _analysis_worker(proc.pid)
    time.sleep(2)
    os.kill(worker, signal.SIGKILL)
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err
    assert "stored 4," in err and "E023" not in err


def _analysis_worker(parent: int) -> int:
    """The pid of PARENT's analysis worker, once it has loaded the pipeline and started working."""
    for _ in range(1200):
        kids = subprocess.run(["pgrep", "-P", str(parent), "-f", "newsledger.scale.pool"], capture_output=True, text=True)
        pids = [int(p) for p in kids.stdout.split()]
        if pids and tree_rss(pids[0]) > 400 * 2**20:
            return pids[0]
        time.sleep(0.1)
    pytest.fail("no analysis worker started")


def test_the_process_that_stores_loads_no_nlp_stack(tmp_path):
    """Only the analysis workers load spaCy and the extractors' lexicons: an ingest's own process
    names the pipeline, reads, stores and replaces workers without them (each would cost every
    ingest seconds of CPU), yet stores the analysis the worker made."""
    src = tmp_path / "in.jsonl"
    text = "Gabrielius Landsbergis said on Tuesday that the border would stay open."
    src.write_text(json.dumps({"id": "s1", "text": text}), "utf-8")
    probe = ("import sys, json\nfrom newsledger import Ledger\n"
             f"report = Ledger({str(tmp_path / 'l.db')!r}).ingest([{str(src)!r}])\n"
             "print(json.dumps([report.stored, sorted({m.split('.')[0] for m in sys.modules} & {'spacy', 'thinc'}),"
             " 'newsledger.extract.pipeline' in sys.modules]))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=600).stdout
    assert json.loads(out.splitlines()[-1]) == [1, [], False]
    with Ledger(tmp_path / "l.db") as ledger:
        assert [(s.speaker_text, s.cue) for s in ledger.statements().items] == [("Gabrielius Landsbergis", "said")]
