"""The precision audit (bench/audit.py) on a ledger of the sample corpus: what it samples, that each
record carries its evidence in context, that a seed gives the same file, and how marks are counted."""
from __future__ import annotations

import json
import re
import sqlite3
import sys

import pytest

from newsledger import Ledger

from .conftest import ROOT, SAMPLES

sys.path.insert(0, str(ROOT / "bench"))
try:
    import audit
finally:
    sys.path.pop(0)


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    path = tmp_path_factory.mktemp("audit") / "ledger.db"
    with Ledger(path) as led:
        led.ingest([SAMPLES])
    return path


@pytest.fixture(scope="module")
def records(ledger):
    return list(audit.sample(ledger, per_layer=4, seed=1))


def pool_size(ledger, layer: str) -> int:
    db = audit.connect(ledger, None)
    try:
        return len(audit.keys(db, layer))
    finally:
        db.close()


def between(text: str, opening: str, closing: str) -> list[str]:
    return re.findall(re.escape(opening) + "(.*?)" + re.escape(closing), text)


def squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace(" ¶ ", " ")).strip()


def test_every_layer_is_sampled_up_to_n(ledger, records):
    for layer in audit.LAYERS:
        n = sum(r["layer"] == layer for r in records)
        assert n == min(4, pool_size(ledger, layer)) and n > 0, layer
    assert all(r["mark"] == "" and r["why"] == "" and r["contexts"] for r in records)


def test_statements_show_their_words_and_speaker_in_context(records):
    for r in (r for r in records if r["layer"] == "statements"):
        ctx = r["contexts"][0]
        assert ctx["article"]["id"] == r["record"]["article_id"] and "title" in ctx["article"]
        marked = " ".join(between(ctx["text"], "⟦", "⟧"))
        assert squeeze(r["record"]["content"]) in squeeze(marked) or squeeze(marked) in squeeze(r["record"]["content"])
        if r["record"]["speaker_text"]:
            assert between(ctx["text"], "⟨", "⟩") == [r["record"]["speaker_text"]]


def test_events_and_places_mark_their_evidence(records):
    for r in records:
        if r["layer"] == "events":
            assert r["record"]["type"] and isinstance(r["record"]["actors"], list)
            assert squeeze(between(r["contexts"][0]["text"], "⟦", "⟧")[0]) == squeeze(r["record"]["evidence"])
        if r["layer"] == "places":
            assert r["record"]["lat"] is not None
            assert between(r["contexts"][0]["text"], "⟦", "⟧") == [r["record"]["mention"]]


def test_an_entity_is_shown_under_each_of_its_names(records):
    for r in (r for r in records if r["layer"] == "entities"):
        names = {a["alias"].lower() for a in r["record"]["aliases"]}
        assert len(names) >= 2
        for ctx in r["contexts"]:
            assert ctx["name"].lower() in names
            assert [m.lower() for m in between(ctx["text"], "⟦", "⟧")] == [ctx["name"].lower()]


def test_same_seed_same_records_and_scope_is_honoured(ledger, records, tmp_path):
    assert list(audit.sample(ledger, per_layer=4, seed=1)) == records
    one = "nl-sample-002"
    scoped = list(audit.sample(ledger, per_layer=50, seed=1, articles=[one]))
    assert scoped and all(c["article"]["id"] == one for r in scoped for c in r["contexts"])
    db = sqlite3.connect(ledger)
    n_statements = db.execute("SELECT COUNT(*) FROM statements WHERE article_id = ?", (one,)).fetchone()[0]
    assert sum(r["layer"] == "statements" for r in scoped) == n_statements


def test_marks_are_counted_per_layer(records):
    marks = ["C", "P", "W", "c ", "", "maybe"]
    judged = [{**r, "mark": marks[i % len(marks)]} for i, r in enumerate(records)]
    counts = audit.tally(judged)
    for layer in audit.LAYERS:
        expected = {"C": 0, "P": 0, "W": 0, "unmarked": 0}
        for i, r in enumerate(records):
            if r["layer"] == layer:
                m = marks[i % len(marks)].strip().upper()
                expected[m if m in audit.MARKS else "unmarked"] += 1
        assert {k: counts[layer][k] for k in expected} == expected
    row = next(line for line in audit.table(counts).splitlines() if line.startswith("| statements"))
    c = counts["statements"]
    marked = c["C"] + c["P"] + c["W"]
    assert row.startswith(f"| statements ({marked}") and f"| {c['C']} / {c['P']} / {c['W']} |" in row
    assert row.endswith(f"| {100 * c['C'] / marked:.0f} % |")


def test_the_command_line_writes_and_scores_a_file(ledger, tmp_path, capsys):
    out = tmp_path / "audit.jsonl"
    assert audit.main(["sample", str(ledger), str(out), "--per-layer", "2", "--seed", "3"]) == 0
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    judged = tmp_path / "judged.jsonl"
    judged.write_text("".join(json.dumps({**r, "mark": "C"}) + "\n" for r in rows), "utf-8")
    capsys.readouterr()
    assert audit.main(["score", str(judged)]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0] == "| layer | C / P / W | fully right |"
    assert all(line.endswith("| 100 % |") for line in table[2:]) and len(table) == 2 + len(audit.LAYERS)
