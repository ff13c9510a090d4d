"""Whether ingest memory stays flat with corpus size: peak RSS at N articles vs 10 x N, as one ratio.

usage: python bench/memory.py [--small 1000] [--large 10000] [--processes P] [--engine local|ray]

Runs ``newsledger ingest`` as a subprocess on bench/corpus.py corpora of SMALL and LARGE articles
(each into a fresh ledger) and polls the resident memory of its whole process tree (the CLI, its
worker processes, Ray's daemons and actors) every 0.2 s from /proc. The ratio printed is the
large run's peak over the small run's: 1.0 means memory does not grow with the corpus.
"""
from __future__ import annotations

import argparse
import contextlib
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

from corpus import write  # bench/ is on sys.path when this file runs as a script

CLI = Path(sys.executable).with_name("newsledger")
PAGE = os.sysconf("SC_PAGE_SIZE")


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                stat = Path(entry.path, "stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            tree.setdefault(ppid, []).append(int(entry.name))
    return tree


def tree_rss(root: int) -> int:
    """Bytes resident in process ROOT and all its descendants."""
    tree, total, todo = _children(), 0, [root]
    while todo:
        pid = todo.pop()
        todo += tree.get(pid, [])
        with contextlib.suppress(OSError):
            total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE
    return total


def _stored(db: str) -> int:
    """Articles in the ledger so far (0 before it exists); read-only, beside the writer (WAL)."""
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.1) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


class Run(NamedTuple):
    peak: int                      # bytes, whole process tree
    elapsed: float                 # seconds, end to end
    summary: str                   # the CLI's last line
    first: tuple[float, int] | None   # (seconds, articles stored) when the ledger first held articles


def peak_ingest(corpus: Path, args: argparse.Namespace) -> Run:
    """One ingest into a fresh ledger: peak tree RSS, time, and when the first articles were stored
    (the rate after that point leaves out start-up: loading models, starting workers)."""
    with tempfile.TemporaryDirectory(prefix="newsledger-mem-") as tmp:
        db = f"{tmp}/ledger.db"
        cmd = [str(CLI), "ingest", str(corpus), "--db", db, "--no-progress",
               "--processes", str(args.processes), "--batch-size", str(args.batch_size), "--engine", args.engine]
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True)
        peak, first = 0, None
        while proc.poll() is None:
            peak = max(peak, tree_rss(proc.pid))
            if first is None and (n := _stored(db)):
                first = (time.perf_counter() - t0, n)
            time.sleep(0.2)
        elapsed = time.perf_counter() - t0
        err = proc.stderr.read()
        if proc.returncode:
            raise SystemExit(f"ingest failed ({proc.returncode}):\n{err}")
    summary = next((line for line in err.splitlines() if line.startswith("read ")), err.strip()[-300:])
    return Run(peak, elapsed, summary, first)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--small", type=int, default=1000)
    ap.add_argument("--large", type=int, default=10000)
    ap.add_argument("--processes", type=int, default=1)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--engine", choices=["local", "ray"], default="local")
    args = ap.parse_args()
    peaks = []
    print("load average before: {:.2f} {:.2f} {:.2f} (other jobs on the machine skew wall times)".format(*os.getloadavg()))
    for n in (args.small, args.large):
        corpus = write(n, Path(tempfile.gettempdir()) / f"newsledger-mem-{n}.jsonl")
        peak, elapsed, summary, _ = peak_ingest(corpus, args)
        peaks.append(peak)
        print(f"{n:6d} articles: peak RSS {peak / 2**20:7.0f} MiB, {elapsed:6.0f} s ({n / elapsed:.1f} articles/s) | {summary}")
    print("load average after:  {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    print(f"ratio peak({args.large})/peak({args.small}) = {peaks[1] / peaks[0]:.3f}  (target <= 1.2)")


if __name__ == "__main__":
    main()
