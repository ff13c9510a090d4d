"""The Ray engine on a real local Ray instance (2 CPUs) against the local engine on the same input.

One Ray start and one Ray run serve every test of the module (starting Ray and its workers costs
seconds); the local run is the reference the Ray ledger must match.
"""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from newsledger import Ledger
from newsledger.scale.ray_engine import read_shard

from .conftest import SAMPLES, SEED

INPUTS = [SAMPLES / "written.jsonl", SEED]      # 7 written articles and the seed: 8 articles


@pytest.fixture(scope="module")
def ledgers(tmp_path_factory: pytest.TempPathFactory):
    """(local ledger, ray ledger, shards folder, ray ingest report), built once for the module."""
    ray = pytest.importorskip("ray")
    tmp = tmp_path_factory.mktemp("scale")
    local = Ledger(tmp / "local.db")
    local.ingest(INPUTS, batch_size=4)
    shards = tmp / "shards"
    remote = Ledger(tmp / "ray.db")
    try:
        report = remote.ingest(INPUTS, engine="ray", processes=2, batch_size=2, shards=shards)
    finally:
        ray.shutdown()
    yield local, remote, shards, report
    local.close()
    remote.close()


def _eval_view(ledger: Ledger) -> list[dict]:
    out = io.StringIO()
    ledger.export("eval", out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_ray_stores_what_local_stores(ledgers) -> None:
    local, remote, _, report = ledgers
    assert report.read == report.stored == 8 and not report.skipped
    assert remote.stats() == local.stats()
    assert remote.stats().articles == 8 and remote.stats().statements > 0


def test_ray_records_equal_local_records(ledgers) -> None:
    local, remote, _, _ = ledgers
    assert _eval_view(remote) == _eval_view(local)


def test_shards_hold_every_article_in_input_order(ledgers) -> None:
    local, _, shards, _ = ledgers
    files = sorted(shards.glob("*.parquet"))
    assert files
    ids = [a.article.id for f in files for a in read_shard(f)]
    stored = [r[0] for r in local.conn.execute("SELECT id FROM articles ORDER BY rowid")]
    assert ids == stored


def test_rerun_on_ray_skips_stored_articles(ledgers, tmp_path: Path) -> None:
    import ray
    _, remote, _, _ = ledgers
    try:
        report = remote.ingest(INPUTS, engine="ray", processes=2, shards=tmp_path)
    finally:
        ray.shutdown()
    assert report.read == report.unchanged == 8 and report.stored == 0
    assert not list(tmp_path.glob("*.parquet"))


def test_tiny_articles_one_by_one_do_not_stall_the_pipeline(tmp_path: Path) -> None:
    """Articles far smaller than any Ray Data block, in batches of one on one worker: each must
    still flow through (a part-filled block would wait for input that never comes)."""
    ray = pytest.importorskip("ray")
    rows = [{"id": f"t{i}", "text": f"Minister {i} said the talks went well."} for i in range(5)]
    src = tmp_path / "tiny.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in rows), "utf-8")
    with Ledger(tmp_path / "tiny.db") as ledger:
        try:
            report = ledger.ingest([src], engine="ray", processes=1, batch_size=1, shards=tmp_path / "shards")
        finally:
            ray.shutdown()
        assert report.stored == 5
        assert [r[0] for r in ledger.conn.execute("SELECT id FROM articles ORDER BY rowid")] == [r["id"] for r in rows]


def test_an_article_over_its_budget_on_ray_is_text_only_and_the_run_goes_on(tmp_path: Path) -> None:
    """Failure stays local on Ray too: the actor's supervised worker stops the article that
    overruns its CPU budget (~9 s of work against 3 s), stores it as text only (E016), and the
    articles on either side are analysed (see test_isolation for the local engine)."""
    ray = pytest.importorskip("ray")
    from newsledger.limits import Limits

    from .test_isolation import HEAVY, SHORT
    rows = [{"id": "good-1", "text": SHORT}, {"id": "heavy", "text": HEAVY}, {"id": "good-2", "text": SHORT}]
    src = tmp_path / "budget.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in rows), "utf-8")
    with Ledger(tmp_path / "budget.db") as ledger:
        try:
            report = ledger.ingest([src], engine="ray", processes=1, batch_size=1, shards=tmp_path / "shards",
                                   limits=Limits(seconds_per_article=3))
        finally:
            ray.shutdown()
        stored = dict(ledger.conn.execute("SELECT id, text_only FROM articles"))
        assert stored == {"good-1": None, "heavy": "E016", "good-2": None}
        assert report.codes == {"E016": 1} and report.exit_status == 3
        cues = ledger.conn.execute("SELECT cue FROM statements WHERE article_id = 'good-2' ORDER BY cue").fetchall()
        assert [tuple(row) for row in cues] == [("according to",), ("said",)]   # analysed: the officials' words, Reuters's report
