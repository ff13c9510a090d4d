"""Where the shared evaluation lives (``score.py``, the gold sets, the pages judge), for every bench script.

The judge's files sit beside the project (``../shared/eval`` from the repository root); a worktree elsewhere,
or another machine, names them with $NEWSLEDGER_EVAL, and /work/shared/eval is the last resort.
"""
from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _eval_dir() -> Path:
    if os.environ.get("NEWSLEDGER_EVAL"):
        return Path(os.environ["NEWSLEDGER_EVAL"])
    beside = ROOT.parent / "shared" / "eval"
    return beside if beside.exists() else Path("/work/shared/eval")


EVAL = _eval_dir()
SCORE = EVAL / "score.py"
GOLD = EVAL / "gold"
