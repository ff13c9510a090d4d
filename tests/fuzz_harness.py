"""The fuzz harness: hostile inputs (``tests/hostile.py``) ingested in batches, each batch beside one
good article, by the ``newsledger ingest`` command into one ledger that grows batch by batch.

Each batch run must: end normally (exit 0 or 3, no traceback), within TIMEOUT; store the good
article beside the hostile ones (analysed, not text only); leave every good article stored
before unchanged (checksums of its rows in every table); keep the peak resident memory of the
whole process tree (the command and its analysis workers) under the bound. The test suite runs
it at a small size (``tests/test_fuzz.py``); ``bench/fuzz.py`` at 10,000 inputs.
"""
from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from .hostile import Case, generate, good_article

CLI = Path(sys.executable).with_name("newsledger")
BOUND_MB = 1536                      # the documented peak for any single input (README: Limits)
PAGE = os.sysconf("SC_PAGE_SIZE")
ROW_TABLES = ("mentions", "statements", "timexes", "events", "forecasts", "roles")


@dataclass
class BatchRun:
    """What one batch's ingest did, and which of the harness's checks it passed."""

    index: int
    cases: int
    returncode: int | None          # None: killed after the timeout (a hang)
    seconds: float
    peak_mb: float
    good_stored: bool
    earlier_unchanged: bool
    tail: str                       # the end of its stderr

    @property
    def ok(self) -> bool:
        return (self.returncode in (0, 3) and "Traceback" not in self.tail and self.good_stored
                and self.earlier_unchanged and self.peak_mb < BOUND_MB)


def tree_rss(root: int) -> int:
    """Bytes resident in process ROOT and all its descendants (from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                ppid = int(Path(entry.path, "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo += children.get(pid, [])
        with contextlib.suppress(OSError, ValueError, IndexError):
            total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE
    return total


def run_ingest(args: list[str], timeout: float, env: dict[str, str] | None = None) -> tuple[int | None, float, float, str]:
    """Runs ``newsledger ARGS``: (exit code or None when killed at TIMEOUT, seconds, peak MB of its
    process tree, stderr)."""
    t0 = time.monotonic()
    proc = subprocess.Popen([str(CLI), *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True, env=env)
    peak = 0
    err_chunks: list[bytes] = []
    reader = threading.Thread(target=lambda: err_chunks.append(proc.stderr.read()), daemon=True)   # type: ignore[union-attr]
    reader.start()
    code: int | None = None
    while (code := proc.poll()) is None:
        peak = max(peak, tree_rss(proc.pid))
        if time.monotonic() - t0 > timeout:
            os.killpg(proc.pid, 9)
            proc.wait()
            code = None
            break
        time.sleep(0.1)
    reader.join(timeout=10)
    return code, time.monotonic() - t0, peak / 2**20, b"".join(err_chunks).decode("utf-8", "replace")


def row_checksums(db: Path, ids: list[str]) -> dict[str, str]:
    """For each article id, a checksum of its row and of its rows in every per-article table."""
    out = {}
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        for aid in ids:
            h = hashlib.sha256()
            for table in ("articles", *ROW_TABLES):
                key = "id" if table == "articles" else "article_id"
                for row in conn.execute(f"SELECT * FROM {table} WHERE {key}=? ORDER BY rowid", (aid,)):
                    h.update(repr(tuple(row)).encode())
            out[aid] = h.hexdigest()
    return out


def _good_analysed(db: Path, aid: str) -> bool:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        row = conn.execute("SELECT text_only FROM articles WHERE id=?", (aid,)).fetchone()
        return row is not None and row[0] is None


def run_batch(k: int, cases: list[Case], work: Path, db: Path, goods: list[str], timeout: float) -> BatchRun:
    """Ingests CASES and the good article K from a folder of their own into DB."""
    folder = work / f"batch-{k:05d}"
    folder.mkdir(parents=True)
    for case in cases:
        try:
            case.make(folder)
        except OSError:
            continue                 # a special file this system cannot make
    name, text = good_article(k)
    (folder / name).write_text(text, "utf-8")
    before = row_checksums(db, goods) if goods else {}
    code, seconds, peak, err = run_ingest(["ingest", str(folder), "--db", str(db), "--no-progress"], timeout)
    _clear(folder)
    good = Path(name).stem
    unchanged = not goods or row_checksums(db, goods) == before
    return BatchRun(k, len(cases), code, seconds, peak, db.exists() and _good_analysed(db, good), unchanged, err[-3000:])


def _clear(folder: Path) -> None:
    for p in folder.iterdir():
        if p.is_symlink() or not p.is_dir():
            p.unlink()
    shutil.rmtree(folder, ignore_errors=True)


def fuzz(n: int, work: Path, seed: int = 12, scale: float = 1.0, batch: int = 100, timeout: float = 1800,
         on_batch: Callable[[BatchRun], None] | None = None) -> list[BatchRun]:
    """N hostile inputs in batches of BATCH (each with its good article) into one ledger in WORK."""
    cases = generate(n, seed, scale)
    db = work / "fuzz.db"
    goods: list[str] = []
    runs = []
    for k in range(0, n, batch):
        run = run_batch(k // batch, list(islice(cases, batch)), work, db, goods, timeout)
        runs.append(run)
        if run.good_stored:
            goods.append(Path(good_article(k // batch)[0]).stem)
        if on_batch:
            on_batch(run)
    return runs
