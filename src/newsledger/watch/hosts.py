"""Politeness per host: requests to one host start at least ``delay`` seconds apart (longer when
its robots.txt asks for a Crawl-delay), and none is sent while the host has asked us to wait
(429 or 503 with Retry-After). Thread-safe: the fetch threads share one gate."""
from __future__ import annotations

import threading
import time

from ..errors import Codes
from .netpolicy import FetchError

MAX_CRAWL_DELAY = 60.0      # a robots.txt asking for more than this is capped (one request a minute)


class HostGate:
    """Reserves each request's start time per host; waits are cut short when ``stop`` is set."""

    def __init__(self, delay: float = 1.0, max_wait: float = 30.0, stop: threading.Event | None = None):
        self.delay, self.max_wait = delay, max_wait
        self.stop = stop or threading.Event()
        self._next: dict[str, float] = {}
        self._lock = threading.Lock()

    def wait(self, host: str, crawl_delay: float = 0.0) -> None:
        """Blocks until a request to HOST may start. Raises a transient FetchError when the host is
        held longer than ``max_wait`` (it is tried again at a later poll) or the watcher is stopping."""
        now = time.monotonic()
        with self._lock:
            start = max(now, self._next.get(host, 0.0))
            if start - now > self.max_wait:
                raise FetchError(Codes.E032, f"{host} asked to wait {start - now:.0f} s", transient=True,
                                 retry_after=start - now)
            self._next[host] = start + max(self.delay, min(crawl_delay, MAX_CRAWL_DELAY))
        if start > now and self.stop.wait(start - now):
            raise FetchError(Codes.E032, f"{host}: stopping", transient=True)

    def hold(self, host: str, seconds: float) -> None:
        """No request to HOST for SECONDS (the server's Retry-After)."""
        with self._lock:
            self._next[host] = max(self._next.get(host, 0.0), time.monotonic() + seconds)
