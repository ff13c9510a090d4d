"""robots.txt, respected by default: read once a day per origin through the same guarded client.

The conventions of the standard library's parser and of RFC 9309: a missing file (404 and other
4xx) allows everything, 401/403 forbid everything, and an unreachable one (5xx, timeout) forbids
for now: the request is tried again at a later poll.
"""
from __future__ import annotations

import threading
import time
from urllib.robotparser import RobotFileParser

from ..errors import Codes
from .fetch import Fetcher, Target
from .netpolicy import FetchError

AGENT = "newsledger"
TTL = 24 * 3600.0
RETRY = 600.0
MAX_ROBOTS_BYTES = 512 * 1024


class RobotsCache:
    """The parsed robots.txt of each origin, kept for a day (ten minutes when it could not be read)."""

    def __init__(self, fetcher: Fetcher, agent: str = AGENT):
        self.fetcher, self.agent = fetcher, agent
        self._rules: dict[str, tuple[float, RobotFileParser | None]] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    def check(self, target: Target) -> float:
        """The Crawl-delay the origin asks of us (0 when none). Raises FetchError E033 when robots.txt
        disallows the URL, a transient E032 when it could not be read."""
        with self._lock:
            origin_lock = self._locks.setdefault(target.origin, threading.Lock())
        with origin_lock:               # one read per origin; a slow origin holds up no other
            expires, parser = self._rules.get(target.origin, (0.0, None))
            if expires < time.monotonic():
                parser = self._read(target.origin)
                self._rules[target.origin] = (time.monotonic() + (TTL if parser else RETRY), parser)
        if parser is None:
            raise FetchError(Codes.E032, f"{target.origin}/robots.txt could not be read", transient=True)
        if not parser.can_fetch(self.agent, target.url):
            raise FetchError(Codes.E033, target.url)
        return float(parser.crawl_delay(self.agent) or 0.0)

    def _read(self, origin: str) -> RobotFileParser | None:
        parser = RobotFileParser(f"{origin}/robots.txt")
        try:
            resp = self.fetcher.get(f"{origin}/robots.txt", accept="text/plain")
            lines = resp.body[:MAX_ROBOTS_BYTES].decode("utf-8", "replace").splitlines()
        except FetchError as err:
            if err.code == Codes.E030:
                raise                       # the origin itself is refused: so is every URL on it
            if err.transient or err.status is None:
                return None
            lines = ["User-agent: *", "Disallow: /"] if err.status in (401, 403) else []
        parser.parse(lines)
        return parser
