"""The fuzz harness at the size of the test suite: 200 hostile inputs of every format (fixed seed,
small scale) in two batches, each beside one good article, each by its own ``newsledger
ingest`` into one growing ledger. ``make fuzz`` (``bench/fuzz.py``) runs it at 10,000."""
from __future__ import annotations

from .fuzz_harness import BOUND_MB, fuzz

INPUTS, BATCH, SCALE = 200, 100, 0.02


def test_no_hostile_input_ends_a_run_loses_the_good_article_or_changes_what_is_stored(tmp_path):
    runs = fuzz(INPUTS, tmp_path, seed=12, scale=SCALE, batch=BATCH, timeout=900)
    assert len(runs) == INPUTS // BATCH
    for run in runs:
        assert run.returncode in (0, 3), (run.index, run.returncode, run.tail)
        assert "Traceback" not in run.tail, run.tail
        assert run.good_stored and run.earlier_unchanged, run
        assert run.peak_mb < BOUND_MB, run
