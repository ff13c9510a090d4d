"""The cache of derived data (newsledger.cache): a copy that is read only while what it was built
from is unchanged, and that never turns a damaged file into an error."""
from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.cache import cached


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("NEWSLEDGER_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _counting(value: object) -> tuple[list[int], object]:
    calls: list[int] = []

    def build() -> object:
        calls.append(1)
        return value
    return calls, build


def test_built_once_then_read_while_the_sources_are_unchanged(folder: Path, tmp_path: Path):
    source = tmp_path / "words.json"
    source.write_text('["Minsk"]', "utf-8")
    calls, build = _counting({"minsk": [1, 2]})
    assert cached("words", [source, "1.0"], build) == {"minsk": [1, 2]}
    assert cached("words", [source, "1.0"], build) == {"minsk": [1, 2]}
    assert len(calls) == 1 and len(list(folder.glob("words-*.pickle"))) == 1
    source.write_text('["Minsk", "Grodno"]', "utf-8")      # a changed lexicon: built again, one copy kept
    cached("words", [source, "1.0"], build)
    cached("words", [source, "2.0"], build)                # a new package version: built again
    assert len(calls) == 3 and len(list(folder.glob("words-*.pickle"))) == 1


def test_a_damaged_copy_is_built_again(folder: Path):
    calls, build = _counting([1, 2, 3])
    cached("numbers", ["v1"], build)
    (copy,) = folder.glob("numbers-*.pickle")
    copy.write_bytes(copy.read_bytes()[:7])
    assert cached("numbers", ["v1"], build) == [1, 2, 3] and len(calls) == 2
    assert cached("numbers", ["v1"], build) == [1, 2, 3] and len(calls) == 2     # and kept whole again


def test_off_or_unwritable_means_built_every_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("NEWSLEDGER_CACHE", "off")
    calls, build = _counting("x")
    cached("x", ["v"], build), cached("x", ["v"], build)
    assert len(calls) == 2
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("NEWSLEDGER_CACHE", str(blocked / "cache"))
    assert cached("x", ["v"], build) == "x" and len(calls) == 3


def test_the_gazetteer_read_back_is_the_one_built(folder: Path):
    from newsledger.extract.places import gazetteer as gz_module
    built = gz_module._build()
    cached("gazetteer", gz_module._sources(), lambda: built)                # keeps a copy of it
    read = cached("gazetteer", gz_module._sources(), lambda: pytest.fail("not read from the copy"))
    assert read.names == built.names and read.exact == built.exact and read.strict == built.strict
    assert read.countries == built.countries and read.admins == built.admins
    assert read.initials == built.initials and read.capitals_only == built.capitals_only
    assert [p.name for p in read.names["minsk"]][:1] == ["Minsk"]


def test_no_home_keeps_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    for name in ("NEWSLEDGER_CACHE", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(Path, "expanduser", lambda self: self)     # what an environment without HOME gives
    monkeypatch.chdir(tmp_path)
    calls, build = _counting("x")
    assert cached("x", ["v"], build) == "x" and calls == [1] and not any(tmp_path.iterdir())
