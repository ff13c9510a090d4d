"""The real-news audit set's builder (bench/news_audit_set.py) on a small git repository laid out as
the BBC News dataset: which files it takes, and the JSONL records it writes from them."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
try:
    import news_audit_set
finally:
    sys.path.pop(0)

FILES = {
    "bbc/README.TXT": "Consists of documents from the BBC news website.\n",
    "bbc/politics/002.txt": "Minister visits Leeds\n\nThe minister visited Leeds on Friday.\n\nShe met council leaders.\n",
    "bbc/politics/001.txt": "Party picks host city\n\nThe party will hold its conference in York, it said.\n",
    "bbc/politics/003.txt": "Third story\n\nNot taken with two a section.\n",
    "bbc/business/001.txt": "Profits rise at carmaker\n\nQuarterly profits rose 5%, the firm said.\n",
}


@pytest.fixture(scope="module")
def repo(tmp_path_factory):
    path = tmp_path_factory.mktemp("bbc")
    for name, text in FILES.items():
        (path / name).parent.mkdir(parents=True, exist_ok=True)
        (path / name).write_text(text, encoding="utf-8")
    git = ["git", "-C", str(path), "-c", "user.name=t", "-c", "user.email=t@t"]
    for args in (["init", "-q"], ["add", "."], ["commit", "-q", "-m", "data"]):
        subprocess.run([*git, *args], check=True)
    return path


def test_takes_the_first_files_by_name_of_each_section_in_order(repo):
    recs = list(news_audit_set.records(repo, ["politics", "business"], 2))
    assert [r["id"] for r in recs] == ["bbc-politics-001", "bbc-politics-002", "bbc-business-001"]


def test_headline_is_the_title_and_the_body_the_text(repo):
    rec = news_audit_set.record(repo, "politics", "bbc/politics/002.txt")
    assert rec["title"] == "Minister visits Leeds"
    assert rec["text"] == "The minister visited Leeds on Friday.\n\nShe met council leaders."
    assert rec["outlet"] == "BBC News" and "published" not in rec


def test_writes_one_json_record_a_line(repo, tmp_path, monkeypatch):
    out = tmp_path / "set.jsonl"
    monkeypatch.setattr(sys, "argv", ["news_audit_set.py", str(repo), str(out), "--per-section", "1"])
    news_audit_set.main()
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in lines] == ["bbc-politics-001", "bbc-business-001"]
    assert all(r["text"] and r["language"] == "en" for r in lines)
