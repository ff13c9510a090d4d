"""The watch loop: poll what is due, store what is new, match and deliver, sleep until the next poll.

Network work (feeds, pages, robots.txt) runs on a few daemon threads; the ledger, the analysis and
the alerts stay on the calling thread, one transaction per article. What makes a crash harmless:
an item is noted as seen only after its article is stored (and an article already in the ledger
counts as seen), and a feed's validators (ETag, Last-Modified, body hash) are saved only after
all its new items were dealt with; a poll cut short saves nothing, so the next run polls again
and takes up the items left. A stop (SIGINT/SIGTERM, ``stop.set()``) is honoured between articles.
"""
from __future__ import annotations

import copy
import json
import logging
import queue
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, wait
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..errors import BadInput, Codes
from ..extract.pipeline import analyze
from ..ingest.language import tag_language
from ..ingest.readers import iter_paths
from ..model import Article
from ..store.sqlite import Store
from .alerts import match_pending, sweep_forecasts
from .delivery import Delivery, Sink
from .fetch import Fetcher, FetchOptions
from .hosts import HostGate
from .netpolicy import FetchError
from .robots import RobotsCache
from .sources import FeedPoll, fetch_feed, fetch_page, is_opml, is_url, opml_feeds, scan_folder
from .state import Outcome, Source, WatchState, epoch, stamp

log = logging.getLogger("newsledger")
MAX_SLEEP = 60.0          # the loop wakes at least this often to match articles other processes stored
# analysed on a thread of its own when a long run starts: the model and its gazetteers load lazily,
# and the first article would otherwise wait for them (seconds) before its alert
WARM_UP = Article(id="newsledger-warm-up", text="Officials in Minsk said on Monday that the talks would resume in May.")


@dataclass(frozen=True)
class WatchOptions:
    """How to watch: poll interval, politeness and safety limits, retries, folder settling time."""

    interval: float = 300.0
    allow_private: bool = False
    robots: bool = True
    follow_pages: bool = True
    host_delay: float = 1.0
    timeout: float = 20.0
    max_bytes: int = 10 * 1024 * 1024
    threads: int = 4
    max_attempts: int = 3           # tries of a page before the feed's own text is kept
    settle: float = 2.0             # a folder file must be this many seconds old to be read

    def fetch_options(self) -> FetchOptions:
        return FetchOptions(self.allow_private, self.timeout, self.max_bytes)


@dataclass
class CycleReport:
    """What one pass over the due sources did."""

    polled: int = 0
    stored: int = 0
    alerts: int = 0
    delivered: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: CycleReport) -> None:
        self.polled, self.stored = self.polled + other.polled, self.stored + other.stored
        self.alerts, self.delivered = self.alerts + other.alerts, self.delivered + other.delivered
        self.errors += other.errors

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class Watcher:
    """Watches sources into STORE, analysing with PIPELINE's name on every article."""

    def __init__(self, store: Store, pipeline: str, options: WatchOptions = WatchOptions(),
                 sinks: Iterable[Sink] = (), stop: threading.Event | None = None):
        self.store, self.pipeline, self.options = store, pipeline, options
        self.state = WatchState(store.conn)
        self.stop = stop or threading.Event()
        gate = HostGate(options.host_delay, max_wait=options.timeout, stop=self.stop)
        plain = Fetcher(options.fetch_options(), gate)
        self.fetcher = Fetcher(options.fetch_options(), gate, RobotsCache(plain) if options.robots else None)
        self.delivery = Delivery(store.conn, list(sinks))
        self.pool = _Pool(options.threads)
        self._warming = threading.Thread(target=lambda: list(analyze([copy.copy(WARM_UP)])), daemon=True,
                                         name="newsledger-warm-up")

    def close(self) -> None:
        self.pool.close()

    def add(self, locations: Iterable[str]) -> list[Source]:
        """Remembers the sources at LOCATIONS (feed URLs, OPML files or URLs, folders); raises
        BadInput for one that is none of these."""
        added: list[Source] = []
        for location in locations:
            for kind, where, via in self._expand(location.strip()):
                added.append(self.state.register(kind, where, self.options.interval, via, time.time()))
        return added

    def _expand(self, location: str) -> list[tuple[Any, str, str | None]]:
        if is_url(location) and not is_opml(location):
            return [("feed", location, None)]
        if is_url(location):
            return [("feed", url, location) for url in opml_feeds(self.fetcher.get(location).body, location)]
        path = Path(location).expanduser()
        if not path.exists():
            raise BadInput(Codes.E001, location)
        if path.is_dir():
            return [("folder", str(path.resolve()), None)]
        data = path.read_bytes() if path.is_file() else b""
        if is_opml(location, data):
            return [("feed", url, str(path.resolve())) for url in opml_feeds(data, location)]
        raise BadInput(Codes.E011, f"{location}: not a feed URL, an OPML file or a folder")

    def run(self, sources: list[Source], once: bool = False,
            on_cycle: Callable[[CycleReport], None] | None = None) -> CycleReport:
        """Polls SOURCES until stopped (or one pass over all of them with ONCE); the totals."""
        total = CycleReport()
        locations = [s.location for s in sources]
        total.alerts += len(match_pending(self.store.conn))      # what others stored while no one watched
        if not once:
            self._warming.start()
        while not self.stop.is_set():
            cycle = self.poll(sources, force=once)
            total.add(cycle)
            if on_cycle:
                on_cycle(cycle)
            if once:
                break
            self.stop.wait(self._until_next(self.state.sources(locations)))
        return total

    def _until_next(self, sources: list[Source]) -> float:
        due = [epoch(s.next_poll) or 0.0 for s in sources]
        return max(0.05, min([MAX_SLEEP, *(t - time.time() for t in due)]))

    def poll(self, sources: list[Source], force: bool = False) -> CycleReport:
        """One pass: every due source (every one with FORCE) polled, its new items stored, matched
        and delivered; forecasts coming due swept; undelivered alerts sent. SOURCES are read again
        from the ledger first (validators, failures and schedule as the last poll left them)."""
        t0, report = time.time(), CycleReport()
        sources = self.state.sources([s.location for s in sources])
        due = [s for s in sources if force or (epoch(s.next_poll) or 0.0) <= t0]
        feeds = {self.pool.submit(fetch_feed, self.fetcher, s): s for s in due if s.kind == "feed"}
        for source in (s for s in due if s.kind == "folder"):
            self._poll_folder(source, t0, report)
        for fut in self._completed(list(feeds)):
            self._poll_feed(feeds[fut], fut.result(), t0, report)
        report.alerts += len(match_pending(self.store.conn)) + len(sweep_forecasts(self.store.conn))
        report.delivered += self.delivery.deliver()
        report.polled = len(due)
        return report

    def _poll_feed(self, source: Source, got: FeedPoll, t0: float, report: CycleReport) -> None:
        if got.outcome.error:
            log.warning("%s: %s", source.location, got.outcome.error)
            report.errors.append(got.outcome.error)
            self.state.record_poll(source, got.outcome, time.time())
            return
        for bad in got.skipped:
            log.info("skipped %s", bad)
        work = self._to_do(source, got.entries, t0)
        pages = [self.pool.submit(self._page, entry) for entry, _ in work]
        for (entry, attempts), page in zip(work, pages, strict=True):
            if not list(self._completed([page])):
                return          # stopped: validators not saved, the next poll takes up the rest
            got.outcome.new += self._settle(source, entry, page.result(), attempts, t0, report)
        self.state.record_poll(source, got.outcome, time.time())

    def _to_do(self, source: Source, entries: list[Article], t0: float) -> list[tuple[Article, int]]:
        """The entries not dealt with yet (an article already in the ledger is only noted), then
        those waiting for a retry; each with the attempts made so far."""
        work = []
        for entry in (e for e in entries if not self.state.noted(source, e.id)):
            if self.state.in_ledger(entry.id):
                self.state.mark(source, entry.id, "stored", time.time(), article_id=entry.id, found_at=stamp(t0))
            else:
                work.append((entry, 0))
        return work + [(Article(**json.loads(fallback)), n) for _, fallback, n in self.state.retries(source)]

    def _completed(self, futures: list[Future[Any]]) -> Iterator[Future[Any]]:
        """FUTURES as they finish, until all have or the watcher is stopped."""
        pending = set(futures)
        while pending and not self.stop.is_set():
            done, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            yield from done

    def _page(self, entry: Article) -> Article | BadInput:
        return fetch_page(self.fetcher, entry) if self.options.follow_pages and entry.url else entry

    def _settle(self, source: Source, entry: Article, page: Article | BadInput, attempts: int, t0: float,
                report: CycleReport) -> int:
        """Stores ENTRY with its page, or retries it later, or keeps the feed's own text; 1 if stored."""
        mark = {"found_at": stamp(t0), "attempts": attempts + 1}
        if isinstance(page, Article):
            return self._keep(source, page, mark, report)
        log.warning("%s: %s", entry.url, page)
        if isinstance(page, FetchError) and page.transient and attempts + 1 < self.options.max_attempts:
            self.state.mark(source, entry.id, "retry", time.time(), fallback=json.dumps(asdict(entry)),
                            error=str(page), **mark)
            return 0
        if entry.text:
            return self._keep(source, entry, {**mark, "error": str(page)}, report)
        self.state.mark(source, entry.id, "skipped", time.time(), error=str(page), **mark)
        return 0

    def _keep(self, source: Source, article: Article, mark: dict[str, Any], report: CycleReport) -> int:
        stored = self._store(article, report)
        state = "skipped" if stored is None else "stored"
        self.state.mark(source, article.id, state, time.time(), article_id=article.id, **mark)
        return stored or 0

    def _store(self, article: Article, report: CycleReport) -> int | None:
        """Analyses and stores ARTICLE unless the ledger has it already (1 if stored, 0 if it was
        there, None if it could not be stored); matches and delivers at once."""
        tag_language(article)
        if self.store.has(article):
            return 0
        if self._warming.is_alive():
            self._warming.join()        # one load of the model, not two at once
        try:
            for analysis in analyze([article], batch_size=1):
                self.store.write(analysis, self.pipeline)
        except sqlite3.Error:
            raise                       # the ledger itself failing ends the run, loudly
        except Exception as err:        # one article breaking the analysis must not end a long watch
            log.exception("%s: not stored", article.source or article.id)
            report.errors.append(f"{article.source or article.id}: {type(err).__name__}: {err}")
            return None
        report.stored += 1
        report.alerts += len(match_pending(self.store.conn))
        report.delivered += self.delivery.deliver()
        return 1

    def _poll_folder(self, source: Source, t0: float, report: CycleReport) -> None:
        folder = Path(source.location)
        if not folder.is_dir():
            error = f"{Codes.E001}: {folder}"
            report.errors.append(error)
            self.state.record_poll(source, Outcome("E001", error=error), time.time())
            return
        known = self.state.fingerprints(source)
        fresh = {k: v for k, v in scan_folder(folder, self.options.settle, time.time()).items() if known.get(k) != v[1]}
        outcome = Outcome("scanned")
        for key, (path, fingerprint) in fresh.items():
            if self.stop.is_set():
                return
            outcome.new += self._read_file(path, report)
            self.state.mark(source, key, "stored", time.time(), fingerprint=fingerprint, found_at=stamp(t0))
        self.state.record_poll(source, outcome, time.time())

    def _read_file(self, path: Path, report: CycleReport) -> int:
        stored = 0
        for item in iter_paths([path]):
            if isinstance(item, BadInput):
                log.warning("skipped %s", item)
                report.errors.append(str(item))
                continue
            stored += self._store(item, report) or 0
        return stored


_Job = tuple[Future[Any], Callable[..., Any], tuple[Any, ...]]


class _Pool:
    """A few daemon threads for network work, so stopping never waits on a slow server."""

    def __init__(self, threads: int):
        self.jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self.threads = [threading.Thread(target=self._work, daemon=True, name=f"newsledger-fetch-{n}")
                        for n in range(max(1, threads))]
        for t in self.threads:
            t.start()

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future[Any]:
        fut: Future[Any] = Future()
        self.jobs.put((fut, fn, args))
        return fut

    def close(self) -> None:
        for _ in self.threads:
            self.jobs.put(None)

    def _work(self) -> None:
        while (job := self.jobs.get()) is not None:
            fut, fn, args = job
            if not fut.set_running_or_notify_cancel():
                continue
            try:
                fut.set_result(fn(*args))
            except BaseException as err:   # the caller sees it through the future
                fut.set_exception(err)
