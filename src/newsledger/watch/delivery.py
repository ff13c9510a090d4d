"""Sending alerts out: JSON lines (stdout or a file) and webhooks, each alert once per target.

Each target keeps a cursor in the ledger (``alert_sinks``): the last alert id it was sent; alerts
go out in id order and the cursor moves after each one is sent. A file target also reads its own
last line when it opens, so a crash between writing a line and moving the cursor never writes the
line twice (a half-written last line is cut). A webhook that fails is tried again later, with a
growing pause, starting from the alert it failed on; each POST carries the alert id (for receivers
that de-duplicate) and an HMAC-SHA256 signature of the body under the operator's secret.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import sqlite3
import time
from pathlib import Path
from typing import Protocol, TextIO

from ..errors import Codes
from .alerts import Alert, alerts_after
from .fetch import Fetcher, FetchOptions
from .netpolicy import FetchError
from .state import epoch, stamp

log = logging.getLogger("newsledger")
SIGNATURE_HEADER = "X-Newsledger-Signature-256"
MAX_PAUSE = 3600.0


class Sink(Protocol):
    """A delivery target: a stable name (its cursor's key), where it resumes, and how to send one."""

    name: str

    def resume_after(self) -> int:
        """An alert id already delivered as far as the target itself can tell (0: no idea)."""
        ...

    def send(self, alert: Alert) -> None:
        """Delivers ALERT or raises FetchError."""
        ...


class StreamSink:
    """JSON lines on a text stream (stdout)."""

    def __init__(self, stream: TextIO, name: str = "stdout"):
        self.stream, self.name = stream, name

    def resume_after(self) -> int:
        return 0

    def send(self, alert: Alert) -> None:
        self.stream.write(json.dumps(alert.payload(), ensure_ascii=False) + "\n")
        self.stream.flush()


class FileSink:
    """JSON lines appended to a file, synced to disk line by line."""

    def __init__(self, path: str | os.PathLike[str]):
        self.path = Path(path).resolve()
        self.name = f"file:{self.path}"

    def resume_after(self) -> int:
        """The id on the file's last complete line; a half-written last line is cut off first."""
        if not self.path.exists():
            return 0
        with open(self.path, "rb+") as f:
            f.seek(max(0, f.seek(0, os.SEEK_END) - 65536))
            tail = f.read()
            if tail and not tail.endswith(b"\n"):
                f.truncate(f.tell() - len(tail) + tail.rfind(b"\n") + 1)
        lines = tail[:tail.rfind(b"\n")].split(b"\n") if b"\n" in tail else []
        try:
            return int(json.loads(lines[-1])["id"]) if lines and lines[-1].strip() else 0
        except (ValueError, KeyError, TypeError):
            return 0

    def send(self, alert: Alert) -> None:
        with open(self.path, "a", encoding="utf-8") as f:
            f.write(json.dumps(alert.payload(), ensure_ascii=False) + "\n")
            f.flush()
            os.fsync(f.fileno())


class WebhookSink:
    """POSTs each alert as JSON; a 2xx answer is a delivery."""

    def __init__(self, url: str, secret: str | None = None, fetcher: Fetcher | None = None):
        self.url, self.secret = url, secret
        self.name = f"webhook:{url}"
        self.fetcher = fetcher or Fetcher(FetchOptions(allow_private=True, timeout=10.0))

    def resume_after(self) -> int:
        return 0

    def send(self, alert: Alert) -> None:
        body = json.dumps(alert.payload(), ensure_ascii=False).encode("utf-8")
        headers = {"X-Newsledger-Alert": str(alert.id)}
        if self.secret:
            headers[SIGNATURE_HEADER] = "sha256=" + sign(self.secret, body)
        status = self.fetcher.post(self.url, body, headers)
        if not 200 <= status < 300:
            raise FetchError(Codes.E036, f"{self.url}: HTTP {status}", transient=True, status=status)


def sign(secret: str, body: bytes) -> str:
    """The hex HMAC-SHA256 of BODY under SECRET, as the signature header carries it."""
    return hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


class Delivery:
    """Sends every target the alerts it has not had, in order, and remembers how far it got."""

    def __init__(self, conn: sqlite3.Connection, sinks: list[Sink]):
        self.conn, self.sinks = conn, sinks
        for sink in sinks:
            with conn:
                conn.execute("INSERT OR IGNORE INTO alert_sinks(name) VALUES (?)", (sink.name,))
                conn.execute("UPDATE alert_sinks SET last_alert_id=max(last_alert_id, ?) WHERE name=?",
                             (sink.resume_after(), sink.name))

    def deliver(self) -> int:
        """Alerts sent in this call, over all targets; a failing target waits and keeps its place."""
        return sum(self._deliver(sink) for sink in self.sinks)

    def _deliver(self, sink: Sink) -> int:
        row = self.conn.execute("SELECT * FROM alert_sinks WHERE name=?", (sink.name,)).fetchone()
        if (epoch(row["next_attempt"]) or 0) > time.time():
            return 0
        sent, cursor = 0, row["last_alert_id"]
        while batch := alerts_after(self.conn, cursor):
            for alert in batch:
                try:
                    sink.send(alert)
                except (FetchError, OSError) as err:
                    self._failed(sink, row["failures"] + 1, str(err))
                    return sent
                with self.conn:
                    self.conn.execute("UPDATE alert_sinks SET last_alert_id=?, failures=0, next_attempt=NULL"
                                      " WHERE name=?", (alert.id, sink.name))
                sent += 1
            cursor = batch[-1].id
        return sent

    def _failed(self, sink: Sink, failures: int, error: str) -> None:
        log.warning("alert delivery to %s failed (%s); trying again later", sink.name, error)
        with self.conn:
            self.conn.execute("UPDATE alert_sinks SET failures=?, last_error=?, next_attempt=? WHERE name=?",
                              (failures, error, stamp(time.time() + min(MAX_PAUSE, 2.0 ** failures)), sink.name))
