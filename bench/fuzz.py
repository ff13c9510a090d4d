"""The fuzz harness (tests/fuzz_harness.py) at volume: N hostile inputs (default 10,000, full
scale) in batches of 100, each batch beside one good article, each by its own ``newsledger
ingest`` into one growing ledger. One JSON line per batch goes to --log as it ends, so a run
stopped early still gives its figures; the summary counts runs ended (a traceback or an exit
code other than 0 and 3), good articles lost, earlier rows changed, hangs (killed at --timeout)
and the peak memory of the whole process tree.

    nice -n 10 .venv/bin/python -m bench.fuzz --n 10000 --log /tmp/fuzz.jsonl
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.fuzz_harness import BOUND_MB, BatchRun, fuzz


def summary(runs: list[BatchRun]) -> dict[str, float]:
    """The figures bench/README.md reports."""
    return {
        "batches": len(runs), "inputs": sum(r.cases for r in runs),
        "runs_ended": sum(r.returncode not in (0, 3, None) or "Traceback" in r.tail for r in runs),
        "hangs": sum(r.returncode is None for r in runs),
        "good_lost": sum(not r.good_stored for r in runs),
        "stored_changed": sum(not r.earlier_unchanged for r in runs),
        "peak_mb": round(max((r.peak_mb for r in runs), default=0.0)), "bound_mb": BOUND_MB,
        "seconds": round(sum(r.seconds for r in runs)),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--batch", type=int, default=100)
    ap.add_argument("--timeout", type=float, default=1800, help="seconds before a batch's run counts as a hang")
    ap.add_argument("--log", type=Path, default=Path("fuzz.jsonl"))
    ap.add_argument("--keep", type=Path, help="a folder to keep the ledger in, to read its E015 notes after (default: a temporary one)")
    args = ap.parse_args()
    runs: list[BatchRun] = []

    def logged(run: BatchRun) -> None:
        runs.append(run)
        with args.log.open("a", encoding="utf-8") as f:
            f.write(json.dumps({**asdict(run), "ok": run.ok}) + "\n")
        print(json.dumps(summary(runs)), flush=True)

    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        fuzz(args.n, args.keep, args.seed, args.scale, args.batch, args.timeout, on_batch=logged)
    else:
        with tempfile.TemporaryDirectory(prefix="newsledger-fuzz-") as work:
            fuzz(args.n, Path(work), args.seed, args.scale, args.batch, args.timeout, on_batch=logged)
    print(json.dumps(summary(runs)))


if __name__ == "__main__":
    main()
