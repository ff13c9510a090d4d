"""Analysis in worker processes that the run replaces when one overruns its time budget, outgrows
its memory budget or dies, so no article can hang or end a run.

spaCy's tokenizer and parser are C code: a signal cannot interrupt them, and a stack overflow in
them kills the process. So the analysis runs in child processes (``processes`` of them, one at
the least), each loading the pipeline once and answering one ``Analysis`` per article as soon as
it is done. The parent watches each worker's progress and resident memory. When a worker spends
``seconds_per_article`` of CPU time on one article (CPU, not wall time, so a loaded machine
fails no article; ten times as much wall time catches a worker blocked without using CPU), grows
past ``max_worker_mb`` or dies, it is killed and replaced: an article over the time budget is
stored as text only (E016) at once, the other articles of its batch not yet answered are analysed
again one by one, and one that outgrows (E024) or kills (E023) a worker alone is stored as text
only.
Results come back in input order. Workers start once per process and are reused by later runs
(the API's ingests); they end with the process.
"""
from __future__ import annotations

import atexit
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from itertools import islice
from multiprocessing.connection import Connection, wait

from ..errors import Codes, NewsledgerError, code_of
from ..limits import DEFAULT, Limits
from ..model import Analysis, Article

POLL = 0.25                        # seconds between checks of the workers' clocks and memory
PAGE = os.sysconf("SC_PAGE_SIZE")
TICKS = os.sysconf("SC_CLK_TCK")
RECYCLE = 0.75                     # share of max_worker_mb past which an idle worker is replaced
WALL_FACTOR = 10                   # a worker that uses no CPU (blocked) gets this many budgets of wall time
READY = "ready"
WARM_UP = Article(id="warm-up", text="Officials in Minsk said on Monday that the talks would resume.")


@dataclass
class _Job:
    """Articles of one input batch for one worker: from FIRST on; ALONE: a retry of one article."""

    batch: int
    first: int
    articles: list[Article]
    alone: bool = False


def _serve(conn: Connection, limits: Limits) -> None:
    """A worker: loads the pipeline (and warms it up on one article, so the gazetteer's load is
    not charged to the first article's budget), then analyses each batch it is sent. Only workers
    import the analysis (spaCy and the extractors' lexicons): the parent that stores never does."""
    from ..extract.pipeline import analyze_batch, load
    load()
    list(analyze_batch([WARM_UP], limits))
    conn.send(READY)
    while (articles := conn.recv()) is not None:
        for analysis in analyze_batch(articles, limits):
            conn.send(analysis)


class _Worker:
    """One analysis process and the job it is working on. It is started as ``python -m
    newsledger.scale.pool`` with a socket to talk over, not through multiprocessing: a spawned
    process would import the caller's main module (a script without a ``__main__`` guard would
    start itself again), and a forked one would inherit the caller's threads and open ledger."""

    def __init__(self, limits: Limits):
        mine, theirs = socket.socketpair()
        self.log = tempfile.TemporaryFile()  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen([sys.executable, "-m", "newsledger.scale.pool", str(theirs.fileno()),
                                      json.dumps(asdict(limits))], pass_fds=[theirs.fileno()],
                                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=self.log)
        theirs.close()
        self.conn = Connection(mine.detach())
        self.hung_up = False                 # its end of the socket closed: it is dying
        self.ready = False
        self.job: _Job | None = None
        self.done = 0
        self.jobs = 0                        # jobs given: a fresh worker is never recycled
        self.since = time.monotonic()
        self.cpu_since = 0.0

    def give(self, job: _Job) -> None:
        self.job, self.done = job, 0
        self.jobs += 1
        self.started()
        self.conn.send(job.articles)

    def alive(self) -> bool:
        return not self.hung_up and self.proc.poll() is None

    def last_words(self) -> str:
        """The end of what the worker wrote on stderr (a crash's traceback)."""
        self.log.seek(0)
        lines = self.log.read().decode("utf-8", "replace").strip().splitlines()
        return lines[-1][:300] if lines else ""

    def started(self) -> None:
        """The clocks of the article now in hand start."""
        self.since, self.cpu_since = time.monotonic(), self.cpu_seconds()

    def cpu_seconds(self) -> float:
        """CPU time the worker has used (user and system), from /proc."""
        try:
            with open(f"/proc/{self.proc.pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / TICKS
        except (OSError, ValueError, IndexError):
            return 0.0

    def rss_mb(self) -> float:
        try:
            with open(f"/proc/{self.proc.pid}/statm") as f:
                return int(f.read().split()[1]) * PAGE / 2**20
        except (OSError, ValueError, IndexError):
            return 0.0

    def stop(self, kill: bool) -> None:
        if not kill:
            try:
                self.conn.send(None)
                self.proc.wait(timeout=5)
            except (OSError, subprocess.TimeoutExpired):
                pass
        if self.alive():
            self.proc.kill()
        self.proc.wait()
        self.conn.close()
        self.log.close()


@dataclass
class _Batch:
    articles: list[Article]
    results: dict[int, Analysis] = field(default_factory=dict)

    @property
    def complete(self) -> bool:
        return len(self.results) == len(self.articles)


class Pool:
    """PROCESSES supervised analysis workers under LIMITS."""

    def __init__(self, processes: int, limits: Limits):
        self.limits = limits
        self.workers = [_Worker(limits) for _ in range(max(1, processes))]
        self.failed_starts = 0          # workers in a row that died before they were ready

    def close(self) -> None:
        for w in self.workers:
            w.stop(kill=False)
        self.workers = []

    def analyze(self, articles: Iterable[Article], batch_size: int) -> Iterator[Analysis]:
        """Analyses of ARTICLES in input order. A run left part way (the caller stopped reading)
        leaves no answer in flight for the next one."""
        try:
            yield from self._run(iter(articles), batch_size)
        finally:
            for w in [w for w in self.workers if w.job is not None]:
                w.job = None
                self._replace(w, "", {}, deque())

    def _run(self, source: Iterator[Article], batch_size: int) -> Iterator[Analysis]:
        batches: dict[int, _Batch] = {}
        pending: deque[_Job] = deque()
        read = out = 0
        exhausted = False
        while True:
            while not exhausted and not pending and read - out < 2 * len(self.workers):
                chunk = list(islice(source, batch_size))
                if not chunk:
                    exhausted = True
                    break
                batches[read] = _Batch(chunk)
                pending.append(_Job(read, 0, chunk))
                read += 1
            while out in batches and batches[out].complete:
                done = batches.pop(out)
                yield from (done.results[i] for i in range(len(done.articles)))
                out += 1
            if exhausted and not batches:
                return
            self._dispatch(pending)
            self._collect(batches, pending)

    def _dispatch(self, pending: deque[_Job]) -> None:
        """Gives the next job to each idle worker; one grown past RECYCLE of its memory budget over
        earlier articles (spaCy's string store only grows) is replaced first, between jobs, so no
        article is charged for what came before it. A worker that has had no job yet is not: what
        it holds is the pipeline itself, and replacing it would start the same again for ever."""
        for w in list(self.workers):
            if w.ready and w.job is None and pending:
                cap = self.limits.max_worker_mb
                if cap and w.jobs and w.rss_mb() > RECYCLE * cap:
                    self._replace(w, "", {}, deque())
                    continue
                w.give(pending.popleft())

    def _collect(self, batches: dict[int, _Batch], pending: deque[_Job]) -> None:
        """Replaces workers that overran or died, then waits up to POLL for answers and takes them.
        The budgets are checked before the answers are read, so an article that outgrew its
        worker's budget is charged for it however quickly its answer came."""
        for w in list(self.workers):
            reason = self._overrun(w)
            if reason is not None:
                self._replace(w, reason, batches, pending)
        by_conn = {w.conn: w for w in self.workers}
        for conn in wait(list(by_conn), timeout=POLL):
            self._receive(by_conn[conn], batches)   # type: ignore[index]

    def _receive(self, w: _Worker, batches: dict[int, _Batch]) -> None:
        try:
            message = w.conn.recv()
        except (EOFError, OSError):
            w.hung_up = True    # it died: _overrun sees it
            return
        if message == READY:
            w.ready, self.failed_starts = True, 0
            w.started()
            return
        job = w.job
        assert job is not None
        batches[job.batch].results[job.first + w.done] = message
        w.done += 1
        w.started()
        if w.done == len(job.articles):
            w.job = None

    def _overrun(self, w: _Worker) -> str | None:
        """Why W must be replaced: it died, or its article overran the time or memory budget."""
        if not w.alive():
            if not w.ready:
                self.failed_starts += 1
                if self.failed_starts > 1:     # killed once while loading may happen; twice is a broken install
                    raise NewsledgerError(Codes.E023, f"the analysis process could not start: {w.last_words()}")
            return f"{Codes.E023}: the analysis process ended {w.last_words()}".rstrip()
        if w.job is None:
            return None
        budget = self.limits.seconds_per_article
        if budget and (w.cpu_seconds() - w.cpu_since > budget or time.monotonic() - w.since > WALL_FACTOR * budget):
            return f"{Codes.E016}: no result in {budget:g} s of CPU time (limit seconds_per_article)"
        cap = self.limits.max_worker_mb
        if cap and (rss := w.rss_mb()) > cap:
            return f"{Codes.E024}: {rss:.0f} MB resident (limit max_worker_mb={cap})"
        return None

    def _replace(self, w: _Worker, reason: str, batches: dict[int, _Batch], pending: deque[_Job]) -> None:
        """Kills W and starts another. The article in hand is stored as text only for REASON when
        the fault is surely its own (it was alone, or it overran the time budget, which restarts
        with each article); the other articles of the job not yet answered are analysed again one
        by one (a worker can die or outgrow its budget through what came before)."""
        job, done = w.job, w.done
        w.stop(kill=True)
        self.workers[self.workers.index(w)] = _Worker(self.limits)
        if job is None:
            return
        rest, at = job.articles[done:], job.first + done
        if job.alone or code_of(reason) == code_of(Codes.E016):
            from ..extract.pipeline import text_only  # the one fault path that needs it in the parent
            code, _, detail = reason.partition(": ")
            batches[job.batch].results[at] = text_only(rest[0], code, detail)
            rest, at = rest[1:], at + 1
        pending.extendleft(reversed([_Job(job.batch, at + k, [a], alone=True) for k, a in enumerate(rest)]))


_POOL: dict[tuple[int, Limits], Pool] = {}       # the one pool of this process, by its settings


def analyze_supervised(articles: Iterable[Article], processes: int = 1, batch_size: int = 32,
                       limits: Limits = DEFAULT) -> Iterator[Analysis]:
    """Analyses ARTICLES in input order in PROCESSES supervised workers, started on first use and
    kept for later runs in this process with the same settings."""
    key = (max(1, processes), limits)
    if key not in _POOL:
        shutdown()
        _POOL[key] = Pool(*key)
    yield from _POOL[key].analyze(articles, batch_size)


@atexit.register
def shutdown() -> None:
    """Stops every worker this process started."""
    while _POOL:
        _POOL.popitem()[1].close()


if __name__ == "__main__":          # a worker: python -m newsledger.scale.pool FD LIMITS
    _serve(Connection(int(sys.argv[1])), Limits(**json.loads(sys.argv[2])))
