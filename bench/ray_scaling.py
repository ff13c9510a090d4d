"""How the Ray engine scales: one corpus through ``newsledger ingest --engine ray`` with 1 and 2 workers.

usage: python bench/ray_scaling.py [-n 1000] [--workers 1 2] [--batch-size B]

Each run is the whole CLI in a subprocess into a fresh ledger (start a local Ray instance, start
the actors, analyse, store). Two speed-ups of the largest worker count over the smallest are
printed: end to end, and after start-up (the rate from the moment the first shard is stored to the
end, which leaves out the fixed cost of starting Ray, its workers and their models, the same for
any number of workers). Peak memory of the run's process tree is printed too.
"""
from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from corpus import write  # bench/ is on sys.path when this file runs as a script
from memory import peak_ingest


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=1000)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--engine", default="ray", help=argparse.SUPPRESS)
    args = ap.parse_args()
    corpus = write(args.n, Path(tempfile.gettempdir()) / f"newsledger-ray-{args.n}.jsonl")
    times, rates = {}, {}
    print("load average before: {:.2f} {:.2f} {:.2f} (other jobs on the machine skew wall times)".format(*os.getloadavg()))
    for w in args.workers:
        args.processes = w
        run = peak_ingest(corpus, args)
        times[w] = run.elapsed
        if run.first is not None and run.first[1] < args.n:
            rates[w] = (args.n - run.first[1]) / (run.elapsed - run.first[0])
        steady = f"{rates[w]:5.1f} articles/s after the first {run.first[1]} stored at {run.first[0]:.0f} s" if w in rates else "—"
        print(f"{w} worker(s): {run.elapsed:6.1f} s, {args.n / run.elapsed:5.1f} articles/s end to end; {steady}; "
              f"peak RSS {run.peak / 2**20:6.0f} MiB | {run.summary}")
    lo, hi = min(args.workers), max(args.workers)
    print("load average after:  {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    print(f"speed-up {hi} vs {lo} worker(s) = {times[lo] / times[hi]:.2f} end to end"
          + (f", {rates[hi] / rates[lo]:.2f} after start-up" if lo in rates and hi in rates else "")
          + "  (target >= 1.6 for 2 vs 1)")


if __name__ == "__main__":
    main()
