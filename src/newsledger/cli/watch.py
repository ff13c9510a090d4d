"""Keeping up to date: `watch`, the watchlists (`watchlist add|list|remove`) and the `alerts` inbox."""
from __future__ import annotations

import contextlib
import signal
import sys
import threading
from collections.abc import Iterator
from typing import Any

from .common import COUNT, command, db_option, emit, group, open_ledger, option, output_options, readable_date, say


@command(option("sources", nargs="*", metavar="SOURCE", help="Feed URLs, OPML lists, folders (none: every source remembered)."),
         db_option,
         option("--interval", default=300.0, type=float, metavar="SECONDS",
                help="Seconds between two polls of a source (default: %(default)s)."),
         option("--once", action="store_true", help="Poll every source once now, then exit."),
         option("--status", action="store_true", help="Show each source's last poll, items, errors and lag, then exit."),
         option("--alerts", dest="alerts_to", metavar="FILE", help="Also write alerts as JSON lines to this file ('-': stdout)."),
         option("--webhook", metavar="URL", help="POST each alert to this URL, signed with $NEWSLEDGER_WEBHOOK_SECRET (HMAC-SHA256)."),
         option("--allow-private", action="store_true", help="Allow private, loopback and link-local addresses (an intranet server)."),
         option("--ignore-robots", action="store_true", help="Do not read robots.txt (only for sites you may crawl)."),
         option("--no-pages", action="store_true", help="Keep each entry's text from the feed; do not fetch its page."),
         option("--host-delay", default=1.0, type=float, metavar="SECONDS",
                help="Seconds between two requests to one host (default: %(default)s)."),
         option("--timeout", default=20.0, type=float, metavar="SECONDS", help="Seconds for a whole request (default: %(default)s)."),
         option("--max-bytes", default=10 * 1024 * 1024, type=int, metavar="N", help="Largest body fetched (default: %(default)s)."),
         *output_options)
def watch(sources: tuple[str, ...], db: str | None, interval: float, once: bool, status: bool, alerts_to: str | None,
          webhook: str | None, allow_private: bool, ignore_robots: bool, no_pages: bool, host_delay: float,
          timeout: float, max_bytes: int, out: str) -> None:
    """Keep the ledger up to date: poll feed URLs, OPML lists and folders (remembered; none given:
    every source remembered), store what is new and alert on the watchlists. Ctrl-C stops cleanly."""
    from ..watch import api
    from ..watch.runner import WatchOptions
    with open_ledger(db, create=not status) as ledger:
        if status:
            return _echo_status(api.status(ledger), out)
        options = WatchOptions(interval=interval, allow_private=allow_private, robots=not ignore_robots,
                               follow_pages=not no_pages, host_delay=host_delay, timeout=timeout, max_bytes=max_bytes)
        with _stop_on_signals() as stop:
            total = api.watch(ledger, sources, options, _sinks(alerts_to, webhook), once=once, stop=stop,
                              on_cycle=_echo_cycle)
    say(f"watch: stored {total.stored}, alerts {total.alerts}, errors {len(total.errors)}")


def _sinks(alerts_to: str | None, webhook: str | None) -> list[Any]:
    import os

    from ..watch.delivery import FileSink, StreamSink, WebhookSink
    sinks: list[Any] = []
    if alerts_to:
        sinks.append(StreamSink(sys.stdout) if alerts_to == "-" else FileSink(alerts_to))
    if webhook:
        secret = os.environ.get("NEWSLEDGER_WEBHOOK_SECRET")
        if not secret:
            say("watch: alerts to the webhook go unsigned: set NEWSLEDGER_WEBHOOK_SECRET")
        sinks.append(WebhookSink(webhook, secret))
    return sinks


@contextlib.contextmanager
def _stop_on_signals() -> Iterator[threading.Event]:
    """An event set by the first SIGINT or SIGTERM (the watcher stops after the article in hand; a
    second one ends the process at once); the previous handlers come back afterwards."""
    stop = threading.Event()

    def handler(signum: int, _frame: Any) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        say(f"watch: stopping ({signal.Signals(signum).name})")
        stop.set()
    before = {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield stop
    finally:
        for sig, old in before.items():
            signal.signal(sig, old)


def _echo_cycle(cycle: Any) -> None:
    if cycle.stored or cycle.alerts or cycle.errors:
        say(f"watch: polled {cycle.polled}, stored {cycle.stored}, alerts {cycle.alerts}, "
            f"delivered {cycle.delivered}, errors {len(cycle.errors)}")


def _echo_status(rows: list[Any], out: str) -> None:
    if not rows:
        say("no sources watched yet")
    emit(out, rows, _status_text)


def _status_text(r: Any) -> str:
    lag = f"{r.lag_s:.1f} s" if r.lag_s is not None else "—"
    return (f"#{r.id} {r.kind:<6} {r.location}\n    last poll {r.last_poll or 'never'} [{r.last_status or '—'}]"
            f"  items {r.items} (+{r.last_new})  errors {r.errors} ({r.failures} in a row)  pending {r.pending}"
            f"  lag {lag}  next {r.next_poll or 'now'}" + (f"\n    last error: {r.last_error}" if r.last_error else ""))


@group
def watchlist() -> None:
    """Saved questions every newly stored article is matched against: `add`, `list`, `remove`."""


@watchlist.subcommand("add", option("kind", choices=["entity", "speaker", "place", "event", "text", "forecast", "contradiction"],
                                     metavar="KIND", help="entity, speaker, place, event, text, forecast or contradiction."),
                      option("value", nargs="?", default="", metavar="VALUE"),
                      option("--label", help="A name for it in the inbox."),
                      option("--radius", dest="radius_km", type=float, metavar="KM", help="place: kilometres around it (default 50)."),
                      option("--within", dest="within_days", default=0, type=int, metavar="DAYS",
                             help="forecast: alert this many days before it is due (default: %(default)s)."),
                      db_option, *output_options)
def watchlist_add(kind: str, value: str, label: str | None, radius_km: float | None, within_days: int, db: str | None,
                  out: str) -> None:
    """Watch for KIND: entity NAME, speaker NAME, place NAME|LAT,LON (--radius), event PLOVER_TYPE,
    text "WORDS", forecast [SPEAKER] (--within DAYS), contradiction STATEMENT_ID."""
    from ..watch import api
    with open_ledger(db, create=True) as ledger:
        wl = api.add_watchlist(ledger, kind, value, label, radius_km, within_days)
    emit(out, [wl], lambda wl: f"watchlist #{wl.id} {wl.label}")


@watchlist.subcommand("list", db_option, *output_options)
def watchlist_list(db: str | None, out: str) -> None:
    """The watchlists, with unread and total alerts."""
    from ..watch import api
    with open_ledger(db) as ledger:
        rows = api.watchlists(ledger)
    if not rows:
        say("no watchlists (`newsledger watchlist add` makes one)")
    emit(out, rows, lambda wl: f"#{wl.id} {wl.label}  [{wl.kind}]  unread {wl.unread} of {wl.alerts}")


@watchlist.subcommand("remove", option("watchlist_id", type=COUNT, metavar="WATCHLIST_ID"), db_option)
def watchlist_remove(watchlist_id: int, db: str | None) -> None:
    """Stop watchlist WATCHLIST_ID (its alerts stay in the inbox)."""
    from ..watch import api
    with open_ledger(db) as ledger:
        wl = api.remove_watchlist(ledger, watchlist_id)
    say(f"removed watchlist #{wl.id} {wl.label}")


@command(db_option,
         option("--unread", action="store_true", help="Only alerts not yet read."),
         option("--watchlist", dest="watchlist_id", type=COUNT, metavar="ID", help="Only this watchlist's alerts."),
         option("--limit", default=50, type=COUNT, metavar="N", help="How many to show (default: %(default)s)."),
         option("--mark-read", action="store_true", help="Mark the alerts shown as read."),
         *output_options)
def alerts(db: str | None, unread: bool, watchlist_id: int | None, limit: int, mark_read: bool, out: str) -> None:
    """The alerts inbox, newest first: what matched, the evidence, and where to read it."""
    from ..watch import api
    with open_ledger(db) as ledger:
        rows = api.alerts(ledger, unread=unread, watchlist=watchlist_id, limit=limit)
        if mark_read:
            api.mark_read(ledger, [a.id for a in rows])
    if not rows:
        say(f"no {'unread ' if unread else ''}alerts")
    emit(out, [dict(a.payload(), read_at=a.read_at) for a in rows], _alert_text)


def _alert_text(a: dict[str, Any]) -> str:
    where = a.get("article") or {}
    return (f"{'' if a['read_at'] else '* '}#{a['id']} [{a['watchlist']['label']}] {a['summary']}\n"
            f"    {where.get('outlet') or ''} {readable_date(where['published']) if where.get('published') else ''} "
            f"{where.get('url') or where.get('id') or ''}").rstrip()
