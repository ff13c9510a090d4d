"""What the watcher knows between runs, kept in the ledger: each source (when it was polled, what it
answered, its validators and failures) and each item seen (stored, skipped, or waiting for a retry).

Times are ISO 8601 in UTC with milliseconds, so they sort as text and tell sub-second lags apart.
"""
from __future__ import annotations

import sqlite3
import statistics
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

SourceKind = Literal["feed", "folder"]
MAX_BACKOFF = 6 * 3600.0
LAG_ITEMS = 50


def stamp(t: float) -> str:
    return datetime.fromtimestamp(t, UTC).isoformat(timespec="milliseconds")


def epoch(iso: str | None) -> float | None:
    return datetime.fromisoformat(iso).timestamp() if iso else None


@dataclass
class Source:
    """A feed URL or a folder, as the ledger remembers it."""

    id: int
    kind: SourceKind
    location: str
    interval: float
    via: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    body_sha: str | None = None
    last_ok: str | None = None
    next_poll: str | None = None
    failures: int = 0


@dataclass
class Outcome:
    """What one poll of a source found: its status (``200``, ``304``, ``unchanged``, ``scanned`` or an
    error code), the validators to send next time, how many new articles, and the error if any."""

    status: str
    new: int = 0
    etag: str | None = None
    last_modified: str | None = None
    body_sha: str | None = None
    final_url: str | None = None
    error: str | None = None
    retry_after: float | None = None


@dataclass
class SourceStatus:
    """A source as ``watch --status`` and the API show it; ``lag_s`` is the median, over its last
    items, of the time from an item's estimated appearance (halfway between the poll that found it
    and the one before) to its storage and alerts."""

    id: int
    kind: str
    location: str
    via: str | None
    interval_s: float
    last_poll: str | None
    last_status: str | None
    next_poll: str | None
    items: int
    last_new: int
    failures: int
    errors: int
    last_error: str | None
    pending: int
    lag_s: float | None


class WatchState:
    """The watcher's tables over one connection; each write is its own short transaction."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def register(self, kind: SourceKind, location: str, interval: float, via: str | None, t: float) -> Source:
        """Remembers a source (or takes it up again, with the new interval)."""
        with self.conn:
            self.conn.execute(
                "INSERT INTO watch_sources(kind, location, via, interval_s, added_at) VALUES (?,?,?,?,?)"
                " ON CONFLICT(location) DO UPDATE SET interval_s=excluded.interval_s, active=1,"
                " via=coalesce(excluded.via, via)", (kind, location, via, interval, stamp(t)))
        return self.sources([location])[0]

    def sources(self, locations: list[str] | None = None) -> list[Source]:
        """The active sources (those at LOCATIONS), in the order they were added."""
        rows = self.conn.execute("SELECT * FROM watch_sources WHERE active=1 ORDER BY id").fetchall()
        chosen = [r for r in rows if locations is None or r["location"] in locations]
        return [Source(r["id"], r["kind"], r["location"], r["interval_s"], r["via"], r["etag"], r["last_modified"],
                       r["body_sha"], r["last_ok"], r["next_poll"], r["failures"]) for r in chosen]

    def noted(self, source: Source, key: str) -> bool:
        """Whether item KEY of SOURCE was dealt with: stored, skipped, or waiting for a retry."""
        return self.conn.execute("SELECT 1 FROM watch_items WHERE source_id=? AND key=?",
                                 (source.id, key)).fetchone() is not None

    def in_ledger(self, article_id: str) -> bool:
        """Whether an article of that id is stored (by a run that died before noting its item, or by
        an ``ingest`` of the same feed)."""
        return self.conn.execute("SELECT 1 FROM articles WHERE id=?", (article_id,)).fetchone() is not None

    def fingerprints(self, source: Source) -> dict[str, str | None]:
        return dict(self.conn.execute("SELECT key, fingerprint FROM watch_items WHERE source_id=?", (source.id,)))

    def retries(self, source: Source) -> list[tuple[str, str, int]]:
        """Items waiting for another try: key, the entry as the feed gave it (JSON), attempts so far."""
        return [tuple(r) for r in self.conn.execute(
            "SELECT key, fallback, attempts FROM watch_items WHERE source_id=? AND state='retry' ORDER BY found_at",
            (source.id,))]

    def mark(self, source: Source, key: str, state: str, t: float, **fields: Any) -> None:
        """Records item KEY's state (stored / skipped / retry) with its article id, fingerprint,
        fallback, error and attempts; the poll that found it and the one before stay as first noted."""
        row = {"source_id": source.id, "key": key, "state": state, "found_at": fields.get("found_at") or stamp(t),
               "window_start": source.last_ok, "done_at": None if state == "retry" else stamp(t),
               "attempts": fields.get("attempts", 1),
               **{k: fields.get(k) for k in ("article_id", "fingerprint", "fallback", "error")}}
        kept = ("found_at", "window_start", "source_id", "key")
        with self.conn:
            self.conn.execute(
                f"INSERT INTO watch_items({', '.join(row)}) VALUES ({', '.join(':' + k for k in row)})"
                " ON CONFLICT(source_id, key) DO UPDATE SET "
                + ", ".join(f"{k}=excluded.{k}" for k in row if k not in kept), row)

    def record_poll(self, source: Source, outcome: Outcome, t: float) -> None:
        """Notes a poll: its status and validators, the failure count, and when to poll next (the
        interval; after failures, the interval doubled per failure up to six hours, or longer when
        the server asked)."""
        failed = outcome.error is not None
        failures = source.failures + 1 if failed else 0
        backoff = min(source.interval * 2 ** failures, max(MAX_BACKOFF, source.interval))
        delay = max(backoff if failed else source.interval, outcome.retry_after or 0.0)
        with self.conn:
            self.conn.execute(
                "UPDATE watch_sources SET last_poll=:now, last_status=:status, next_poll=:next, failures=:failures,"
                " errors=errors+:failed, last_error=coalesce(:error, last_error), items=items+:new, last_new=:new,"
                " last_ok=CASE WHEN :failed THEN last_ok ELSE :now END, etag=coalesce(:etag, etag),"
                " last_modified=coalesce(:last_modified, last_modified), body_sha=coalesce(:body_sha, body_sha),"
                " final_url=coalesce(:final_url, final_url) WHERE id=:id",
                {"now": stamp(t), "next": stamp(t + delay), "failures": failures, "failed": int(failed), "id": source.id,
                 **{k: getattr(outcome, k) for k in ("status", "error", "new", "etag", "last_modified", "body_sha",
                                                     "final_url")}})

    def status(self) -> list[SourceStatus]:
        """Every active source with its last poll, items, errors, pending retries and lag."""
        rows = self.conn.execute(
            "SELECT s.*, (SELECT count(*) FROM watch_items i WHERE i.source_id=s.id AND i.state='retry') AS pending"
            " FROM watch_sources s WHERE s.active=1 ORDER BY s.id").fetchall()
        return [SourceStatus(r["id"], r["kind"], r["location"], r["via"], r["interval_s"], r["last_poll"],
                             r["last_status"], r["next_poll"], r["items"], r["last_new"], r["failures"], r["errors"],
                             r["last_error"], r["pending"], self.lag(r["id"])) for r in rows]

    def lag(self, source_id: int) -> float | None:
        """Median seconds from appearance (estimated) to storage over the source's last items."""
        rows = self.conn.execute(
            "SELECT window_start, found_at, done_at FROM watch_items WHERE source_id=? AND state='stored'"
            " AND window_start IS NOT NULL ORDER BY done_at DESC LIMIT ?", (source_id, LAG_ITEMS)).fetchall()
        lags = [epoch(r[2]) - (epoch(r[0]) + epoch(r[1])) / 2 for r in rows]   # type: ignore[operator]
        return round(statistics.median(lags), 3) if lags else None
