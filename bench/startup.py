"""Start-up of the command line: `newsledger --help`, `stats` and a dossier (`entity NAME`) against
a bare `python -c pass`, as ratios within one run.

usage: python bench/startup.py [--runs 15] [--db PATH] [--newsledger .venv/bin/newsledger] [--instructions]

Commands that do not analyse text should not load spaCy, scipy or datasketch; the target is a
start-up within 5x the bare interpreter's. Each command runs RUNS times as its own process, in
turns (pass, --help, stats, dossier, pass, ...) so that a busy machine weighs on all alike; the
median of wall time and of CPU time (user + system of the child, which other processes inflate far
less) is reported, with its ratio to `python -c pass`, after a first turn that is not timed (it
writes the bytecode cache, as an installation does). Without --db the sample corpus is ingested
into a temporary ledger first (that one run loads the NLP stack; it is not timed).

With --instructions, each command runs once under valgrind (callgrind) instead, and the ratio is
of the instructions it executed: the same figure on an idle machine as on one at load 13, so the
measure to compare two versions by on a shared machine (about 1.1x the idle wall ratio).
"""
from __future__ import annotations

import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = 5.0


# as installed: modules come from their bytecode cache (a first, untimed turn writes it)
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def timed(cmd: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one run of CMD (its output discarded)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, env=ENV)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def instructions(cmd: list[str]) -> int:
    """Instructions one run of CMD executes, counted by valgrind's callgrind."""
    out = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *cmd], env=ENV,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True).stderr
    found = re.search(r"Collected : (\d+)", out)
    if not found:
        raise RuntimeError(f"valgrind counted nothing for {cmd}: {out[-300:]}")
    return int(found.group(1))


def report_instructions(cmds: dict[str, list[str]]) -> None:
    for cmd in cmds.values():   # an untimed run writes the bytecode cache
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, env=ENV)
    counts = {name: instructions(cmd) for name, cmd in cmds.items()}
    base = counts["python -c pass"]
    print(f"instructions (valgrind); target: ratio <= {TARGET:g} for commands that do not analyse text")
    print(f"{'command':<18} {'Minstr':>8} {'ratio':>6}")
    for name, n in counts.items():
        print(f"{name:<18} {n / 1e6:>8.0f} {n / base:>6.2f}")


def commands(exe: str, db: str) -> dict[str, list[str]]:
    python = str(Path(exe).with_name("python"))
    return {"python -c pass": [python, "-c", "pass"], "--help": [exe, "--help"], "stats": [exe, "stats", "--db", db],
            "entity (dossier)": [exe, "entity", "Lukashenka", "--db", db]}


def measure(cmds: dict[str, list[str]], runs: int) -> dict[str, tuple[float, float]]:
    """Median wall and CPU seconds of each command over RUNS turns."""
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in cmds}
    for turn in range(runs + 1):
        for name, cmd in cmds.items():
            sample = timed(cmd)
            if turn:
                samples[name].append(sample)
    return {name: (statistics.median(w for w, _ in s), statistics.median(c for _, c in s)) for name, s in samples.items()}


def report(medians: dict[str, tuple[float, float]]) -> None:
    base_wall, base_cpu = medians["python -c pass"]
    print(f"load average {os.getloadavg()[0]:.2f}; target: ratio <= {TARGET:g} for commands that do not analyse text")
    print(f"{'command':<18} {'wall ms':>8} {'ratio':>6} {'cpu ms':>8} {'ratio':>6}")
    for name, (wall, cpu) in medians.items():
        print(f"{name:<18} {wall * 1000:>8.0f} {wall / base_wall:>6.1f} {cpu * 1000:>8.0f} {cpu / base_cpu:>6.1f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--db", help="a ledger to query (default: the sample corpus, ingested into a temporary one)")
    ap.add_argument("--newsledger", default=str(ROOT / ".venv" / "bin" / "newsledger"), help="the command to time")
    ap.add_argument("--instructions", action="store_true", help="count instructions under valgrind instead of timing")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="newsledger-startup-") as tmp:
        db = args.db or str(Path(tmp) / "samples.db")
        if not args.db:
            subprocess.run([args.newsledger, "--db", db, "ingest", str(ROOT / "samples" / "corpus"), "--no-progress"],
                           check=True, stderr=subprocess.DEVNULL)
        cmds = commands(args.newsledger, db)
        if args.instructions:
            report_instructions(cmds)
        else:
            report(measure(cmds, args.runs))


if __name__ == "__main__":
    sys.exit(main())
