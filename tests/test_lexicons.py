"""The one data loader: typed views are checked against their files when built, and every rule
file in data/ is read by some code."""
from __future__ import annotations

import importlib
import pkgutil
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import pytest

import newsledger
from newsledger.lexicons import LexiconError, build


@dataclass(frozen=True)
class _Inner:
    words: frozenset[str]


@dataclass(frozen=True)
class _View:
    name: str
    inner: _Inner
    pairs: dict[str, tuple[int, int]]
    pattern: re.Pattern[str] = field(metadata={"flags": re.IGNORECASE})
    optional: tuple[str, ...] = ()


GOOD = {"_doc": "a documented file", "name": "x", "inner": {"_doc": "d", "words": ["a", "b"]},
        "pairs": {"_doc": "d", "noon": [12, 0]}, "pattern": "ab+c"}


def test_a_view_takes_the_declared_types():
    v = build(_View, GOOD)
    assert v.inner.words == frozenset({"a", "b"})
    assert v.pairs == {"noon": (12, 0)}
    assert v.pattern.search("xABBC") and v.optional == ()


@pytest.mark.parametrize("broken, message", [
    ({k: v for k, v in GOOD.items() if k != "inner"}, "missing key 'inner'"),
    ({**GOOD, "unread": 1}, "keys no code reads"),
    ({**GOOD, "name": 3}, "expected str"),
    ({**GOOD, "pairs": {"noon": [12]}}, "expected 2 items"),
])
def test_a_file_that_does_not_fit_its_view_fails_on_load(broken, message):
    with pytest.raises(LexiconError, match=message):
        build(_View, broken)


def test_every_module_and_its_views_load():
    """Module-level views are built on import: a key missing from a data file fails here."""
    for mod in pkgutil.walk_packages(newsledger.__path__, "newsledger."):
        if not mod.name.startswith(("newsledger.scale", "newsledger.serve")):
            importlib.import_module(mod.name)


def test_every_data_file_is_read_by_some_code():
    data = resources.files("newsledger.data")
    code = "\n".join(p.read_text("utf-8") for p in Path(newsledger.__file__).parent.rglob("*.py"))
    unread = [f.name for f in data.iterdir() if f.name.endswith(".json") and f'"{f.name}"' not in code]
    assert unread == []
