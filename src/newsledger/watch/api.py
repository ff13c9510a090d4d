"""The watch room's Python API: one function per command (``watch``, ``watch --status``,
``watchlist add|list|remove``, ``alerts``), each over an open ``Ledger``.

    from newsledger import Ledger
    from newsledger.watch import api as watch
    with Ledger("news.db") as ledger:
        watch.add_watchlist(ledger, "entity", "Lukashenko")
        watch.watch(ledger, ["https://example.org/rss.xml"], once=True)
        watch.alerts(ledger, unread=True)
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from ..errors import Codes, NewsledgerError
from ..ledger import Ledger, pipeline_name
from . import alerts as inbox
from . import watchlists as lists
from .delivery import Sink
from .state import SourceStatus, WatchState

if TYPE_CHECKING:   # the runner analyses text (spaCy): loaded by watch() alone, not by the inbox and lists
    from .runner import CycleReport, WatchOptions


def watch(ledger: Ledger, locations: Iterable[str] = (), options: WatchOptions | None = None,
          sinks: Iterable[Sink] = (), once: bool = False, stop: threading.Event | None = None,
          on_cycle: Callable[[CycleReport], None] | None = None) -> CycleReport:
    """Polls feeds (URLs), OPML lists and folders at LOCATIONS (remembered in the ledger; none:
    every source remembered) until STOP is set, or once; stores what is new, matches it against
    the watchlists and delivers the alerts to SINKS. Raises E037 when there is nothing to watch."""
    from .runner import Watcher, WatchOptions
    watcher = Watcher(ledger.store, pipeline_name(), options or WatchOptions(), sinks, stop)
    try:
        chosen = watcher.add(locations) if locations else watcher.state.sources()
        if not chosen:
            raise NewsledgerError(Codes.E037, "give feed URLs, OPML files or folders")
        return watcher.run(chosen, once=once, on_cycle=on_cycle)
    finally:
        watcher.close()


def status(ledger: Ledger) -> list[SourceStatus]:
    """Each watched source: last poll, status, items stored, errors, pending retries and lag."""
    return WatchState(ledger.conn).status()


def add_watchlist(ledger: Ledger, kind: str, value: str = "", label: str | None = None,
                  radius_km: float | None = None, within_days: int = 0) -> lists.Watchlist:
    """Saves a watchlist (see ``watchlists.KINDS``) that every newly stored article is matched against."""
    return lists.add_watchlist(ledger.conn, kind, value, label, radius_km, within_days)


def watchlists(ledger: Ledger) -> list[lists.Watchlist]:
    """The active watchlists with their unread and total alert counts."""
    return lists.list_watchlists(ledger.conn)


def remove_watchlist(ledger: Ledger, watchlist_id: int) -> lists.Watchlist:
    """Stops a watchlist; its alerts stay."""
    return lists.remove_watchlist(ledger.conn, watchlist_id)


def alerts(ledger: Ledger, unread: bool = False, watchlist: int | None = None, limit: int = 50,
           offset: int = 0) -> list[inbox.Alert]:
    """The alerts inbox, newest first, after matching any article stored since the last look."""
    inbox.match_pending(ledger.conn)
    return inbox.list_alerts(ledger.conn, unread, watchlist, limit, offset)


def mark_read(ledger: Ledger, ids: list[int] | None = None, read: bool = True) -> int:
    """Marks alerts IDS (every unread one when None) read, or unread again."""
    return inbox.mark_read(ledger.conn, ids, read)
