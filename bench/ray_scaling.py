"""How the Ray engine scales: one corpus through ``newsledger ingest --engine ray`` with 1 and 2 workers.

usage: python bench/ray_scaling.py [-n 1000] [--workers 1 2] [--batch-size B]

Each run is the whole CLI in a subprocess into a fresh ledger (start a local Ray instance, start
the actors, analyse, store), timed end to end; the ratio printed is the speed-up of the largest
worker count over the smallest. Peak memory of the run's process tree is printed too.
"""
from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from corpus import write          # bench/ is on sys.path when this file runs as a script
from memory import peak_ingest


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=1000)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--engine", default="ray", help=argparse.SUPPRESS)
    args = ap.parse_args()
    corpus = write(args.n, Path(tempfile.gettempdir()) / f"newsledger-ray-{args.n}.jsonl")
    times = {}
    print("load average before: %.2f %.2f %.2f (other jobs on the machine skew wall times)" % os.getloadavg())
    for w in args.workers:
        args.processes = w
        peak, elapsed, summary = peak_ingest(corpus, args)
        times[w] = elapsed
        print(f"{w} worker(s): {elapsed:6.1f} s, {args.n / elapsed:6.1f} articles/s, peak RSS {peak / 2**20:6.0f} MiB | {summary}")
    lo, hi = min(args.workers), max(args.workers)
    print("load average after:  %.2f %.2f %.2f" % os.getloadavg())
    print(f"speed-up {hi} vs {lo} worker(s) = {times[lo] / times[hi]:.2f}  (target >= 1.6 for 2 vs 1)")


if __name__ == "__main__":
    main()
