"""Shared fixtures: paths to the bundled sample corpus and the shared evaluation material."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "corpus"
SHARED = ROOT.parent / "shared"
SEED = SAMPLES / "000_671684e766b2a014.txt"
PINNED_GOLD = Path(__file__).resolve().parent / "fixtures" / "gold"


def needs_shared(path: Path) -> None:
    """Skips a test that needs the shared evaluation material when it is not beside this checkout,
    except in CI (``.ci/run`` sets NEWSLEDGER_CI), where a missing gate is a failure, never a skip."""
    if path.exists():
        return
    if os.environ.get("NEWSLEDGER_CI"):
        pytest.fail(f"{path} is missing: the quality gates cannot run")
    pytest.skip(f"{path} is not beside this checkout")


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text("utf-8")


@pytest.fixture(scope="session")
def nlp():
    """The full newsledger spaCy pipeline, loaded once for the whole run."""
    from newsledger.extract.pipeline import load
    return load()


@pytest.fixture(scope="session")
def parser():
    """The product's spaCy pipeline before newsledger's extractors (the model with paragraph breaks
    as sentence breaks): for tests that call one extractor on a parsed doc."""
    from newsledger.nlp.pipeline import load_base
    return load_base()


# The modules that take minutes (each runs `newsledger ingest` many times or a whole development
# set). `make test` spreads modules over both cores; started first, they do not leave one core
# idle at the end while the other finishes the longest of them.
LONGEST_FIRST = ("test_fuzz.py", "test_quality.py", "test_regressions.py", "test_isolation.py", "test_scale.py",
                 "test_faults.py")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    rank = {name: i for i, name in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))
