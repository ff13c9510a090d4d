"""End to end through the command line: ingest the sample corpus, query, export, re-ingest."""
from __future__ import annotations

import json

import pytest

from .command_line import invoke
from .conftest import SAMPLES


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "ledger.db"
    result = invoke("ingest", SAMPLES, "--db", path)
    assert result.exit_code == 0, result.output
    return path


def run(*args: str) -> str:
    result = invoke(*args)
    assert result.exit_code == 0, result.output
    return result.output


def test_reingest_is_a_no_op(db):
    before = json.loads(run("stats", "--db", str(db), "--json"))
    out = run("ingest", str(SAMPLES), "--db", str(db))
    assert "stored 0, unchanged 8" in out
    assert json.loads(run("stats", "--db", str(db), "--json")) == before


def test_statements_by_speaker_under_another_spelling(db):
    rows = [json.loads(x) for x in run("statements", "--db", str(db), "--speaker", "Latushka", "--json").splitlines()]
    assert rows and all(r["speaker"] and "Latushk" in r["speaker"] for r in rows)


def test_a_claim_other_outlets_carried_is_listed_once_as_corroborated(db):
    out = run("statements", "--db", str(db), "--speaker", "Peskov", "-q", "economic cooperation")
    heads = [line for line in out.splitlines() if line.startswith("Dmitry Peskov")]
    # nl-sample-007 is a syndicated copy of nl-sample-003; nl-sample-005 reports the claim itself
    assert len(heads) == 1 and "corroborated by 2 other outlets" in heads[0]


def test_forecast_and_fulltext_filters(db):
    rows = [json.loads(x) for x in run("statements", "--db", str(db), "--forecasts", "--json").splitlines()]
    assert rows and all(r["forecast"] for r in rows)
    rows = [json.loads(x) for x in run("statements", "--db", str(db), "-q", "Patriot", "--json").splitlines()]
    assert rows and all("Patriot" in r["content"] for r in rows)


def test_entity_dossier(db):
    d = json.loads(run("entity", "Lukashenka", "--db", str(db), "--json"))
    assert "Lukashenk" in d["name"] and d["type"] == "PERSON"
    assert {"Lukashenko", "Lukashenka"} <= {a["alias"] for a in d["aliases"]}


def test_export_eval_has_every_article_with_valid_spans(db, tmp_path):
    out = tmp_path / "pred.jsonl"
    run("export", "--db", str(db), "--format", "eval", "-o", str(out))
    docs = [json.loads(x) for x in out.read_text().splitlines()]
    assert len(docs) == 8 and {"000_671684e766b2a014", "nl-sample-001"} <= {d["id"] for d in docs}
    for d in docs:
        for s in d["statements"]:
            assert 0 <= s["content_span"][0] < s["content_span"][1]


def test_export_tables(db, tmp_path):
    run("export", "--db", str(db), "--format", "parquet", "-o", str(tmp_path / "pq"))
    import pyarrow.parquet as pq
    assert pq.read_table(tmp_path / "pq" / "statements.parquet").num_rows > 0
    run("export", "--db", str(db), "--format", "csv", "-o", str(tmp_path / "csv"))
    assert (tmp_path / "csv" / "entities.csv").read_text().startswith("id,name,type")


def test_missing_path_fails_clearly(tmp_path):
    result = invoke("ingest", tmp_path / "nope", "--db", tmp_path / "x.db")
    assert result.exit_code == 1 and "E001" in result.output


def test_an_article_in_another_language_is_stored_as_text_only(tmp_path):
    from .test_readers import GERMAN, TRANSLATED
    src = tmp_path / "mixed.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in
                             [{"id": "de", "text": GERMAN}, {"id": "en", "text": TRANSLATED}]), "utf-8")
    db = str(tmp_path / "l.db")
    out = run("ingest", str(src), "--db", db)
    assert "stored 2 (1 as text only)" in out and "text only: E010" in out and "de; stored as text only" in out
    rows = {r["id"]: r for r in map(json.loads, run("export", "--format", "eval", "--db", db).splitlines())}
    assert rows["de"]["body_text"] == GERMAN and not rows["de"]["statements"] and not rows["de"]["entities"]
    assert rows["en"]["statements"]


def test_a_skipped_input_fails_the_run_only_when_asked(tmp_path):
    """`ingest ... && export ...` must go on past a bad file; --strict makes the skip the exit code."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text("The minister said that the talks would resume in Geneva next week.")
    (tmp_path / "in" / "broken.jsonl").write_text('{"id": "x", "text": 42}\nnot json\n')
    for flags, code in (([], 0), (["--strict"], 3)):
        db = tmp_path / f"{len(flags)}.db"
        result = invoke("ingest", tmp_path / "in", "--db", db, "--processes", "0", *flags)
        assert result.exit_code == code, result.output
        assert "skipped" in result.output and "E0" in result.output
        assert "good" in run("export", "--db", str(db), "--format", "eval")
