"""Shared fixtures: paths to the bundled sample corpus and the shared evaluation material."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "corpus"
SHARED = ROOT.parent / "shared"
SEED = SAMPLES / "000_671684e766b2a014.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text("utf-8")


@pytest.fixture(scope="session")
def nlp():
    """The full newsledger spaCy pipeline, loaded once for the whole run."""
    from newsledger.extract.pipeline import load
    return load()
