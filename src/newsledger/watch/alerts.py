"""The alerts inbox: each match recorded once, with what matched and a link to its evidence.

Every article stored by any road (``ingest``, the API, ``watch``) enters ``alert_queue`` in the
transaction that stores it (a trigger in schema.sql). ``match_pending`` takes the queue in order,
matching one article per transaction and removing it from the queue in that same transaction, so a
crash at any point leaves each article either matched with its alerts stored, or still queued.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any
from urllib.parse import quote

from ..query.events import event_rows
from ..query.statements import statement_row
from ..store.sqlite import now
from .matching import Match, due_forecasts, match_article
from .watchlists import Watchlist, active_watchlists, save_params

MAX_EVIDENCE = 600


@dataclass
class Alert:
    """One alert as the inbox lists it; ``detail`` is what is delivered (article, statement or event,
    evidence and link)."""

    id: int
    watchlist_id: int
    kind: str
    summary: str
    article_id: str | None
    created_at: str
    read_at: str | None
    detail: dict[str, Any]

    def payload(self) -> dict[str, Any]:
        """The alert as JSON lines and webhooks carry it."""
        return {"id": self.id, "created_at": self.created_at, **self.detail}


def match_pending(conn: sqlite3.Connection) -> list[int]:
    """Matches every article queued since the last call against the watchlists that existed when
    it was stored, one transaction per article; the ids of the alerts it created."""
    watchlists = active_watchlists(conn)
    created: list[int] = []
    for article_id, queued_at in conn.execute("SELECT article_id, queued_at FROM alert_queue ORDER BY rowid").fetchall():
        with conn:
            created += _match_one(conn, [w for w in watchlists if w.created_at <= queued_at], article_id)
            conn.execute("DELETE FROM alert_queue WHERE article_id=?", (article_id,))
    return created


def _match_one(conn: sqlite3.Connection, watchlists: list[Watchlist], article_id: str) -> list[int]:
    if not watchlists:
        return []
    art = conn.execute("SELECT rowid, * FROM articles WHERE id=?", (article_id,)).fetchone()
    if art is None:
        return []
    found = ((wl, m) for wl in watchlists for m in match_article(conn, wl, art))
    return [aid for wl, m in found if (aid := record(conn, wl, m))]


def sweep_forecasts(conn: sqlite3.Connection, today: date | None = None) -> list[int]:
    """Alerts for open forecasts that came due since each forecast watchlist last looked (at most
    once a day: the sweep is a no-op until the date moves on)."""
    today, created = today or date.today(), []
    for wl in (w for w in active_watchlists(conn) if w.kind == "forecast"):
        upto = today + timedelta(days=wl.params["within_days"])
        checked = date.fromisoformat(wl.params["checked_through"])
        if checked >= upto:
            continue
        with conn:
            start = max(checked + timedelta(days=1), date.fromisoformat(wl.params["since"]))
            created += [aid for m in due_forecasts(conn, wl, start, upto) if (aid := record(conn, wl, m))]
            wl.params["checked_through"] = upto.isoformat()
            save_params(conn, wl)
    return created


def record(conn: sqlite3.Connection, wl: Watchlist, m: Match) -> int | None:
    """Stores the alert for match M unless this watchlist already alerted on the same key."""
    cur = conn.execute(
        "INSERT OR IGNORE INTO alerts(watchlist_id, match_key, kind, article_id, summary, detail, created_at)"
        " VALUES (?,?,?,?,?,?,?)",
        (wl.id, m.key, m.kind, m.article_id, m.summary, json.dumps(_detail(conn, wl, m), ensure_ascii=False), now()))
    return int(cur.lastrowid) if cur.rowcount and cur.lastrowid else None


def _detail(conn: sqlite3.Connection, wl: Watchlist, m: Match) -> dict[str, Any]:
    art = conn.execute("SELECT id, title, url, outlet, published, text FROM articles WHERE id=?",
                       (m.article_id,)).fetchone() if m.article_id else None
    evidence = None
    if art is not None and m.evidence:
        s, e = m.evidence
        evidence = {"start": s, "end": e, "text": art["text"][s:min(e, s + MAX_EVIDENCE)]}
    return {
        "watchlist": {"id": wl.id, "kind": wl.kind, "label": wl.label},
        "kind": m.kind, "summary": m.summary,
        "article": {k: art[k] for k in ("id", "title", "url", "outlet", "published")} if art else None,
        "statement": _statement(conn, m.statement_id), "event": _event(conn, m.event_id),
        "forecast": {"id": m.forecast_id} if m.forecast_id else None,
        "evidence": evidence, "link": evidence_link(m),
    }


def _statement(conn: sqlite3.Connection, sid: int | None) -> dict[str, Any] | None:
    row = statement_row(conn, sid) if sid else None
    if row is None:
        return None
    keep = ("id", "speaker", "speaker_id", "speaker_text", "content", "cue", "certainty", "polarity", "forecast", "said_on")
    return {k: getattr(row, k) for k in keep}


def _event(conn: sqlite3.Connection, eid: int | None) -> dict[str, Any] | None:
    found = event_rows(conn, "ev.id=?", (eid,)) if eid else []
    keep = ("id", "type", "status", "trigger", "actors", "targets", "place", "date", "evidence")
    return {k: getattr(found[0], k) for k in keep} if found else None


def evidence_link(m: Match) -> str | None:
    """Where the web UI shows the evidence: the article, with the statement or event in focus."""
    if not m.article_id:
        return None
    focus = f"?focus=s{m.statement_id}" if m.statement_id else f"?focus=e{m.event_id}" if m.event_id else ""
    return f"/#/article/{quote(m.article_id, safe='')}{focus}"


def list_alerts(conn: sqlite3.Connection, unread: bool = False, watchlist: int | None = None, limit: int = 50,
                offset: int = 0) -> list[Alert]:
    """The inbox, newest first: all alerts, or only the unread, of every or of one watchlist."""
    where = ["1=1"] + (["read_at IS NULL"] if unread else []) + (["watchlist_id=?"] if watchlist else [])
    rows = conn.execute(f"SELECT * FROM alerts WHERE {' AND '.join(where)} ORDER BY id DESC LIMIT ? OFFSET ?",
                        (*([watchlist] if watchlist else []), limit, offset)).fetchall()
    return [_alert(r) for r in rows]


def alerts_after(conn: sqlite3.Connection, last_id: int, limit: int = 100) -> list[Alert]:
    """Alerts created after LAST_ID, oldest first: what a delivery sink has still to send."""
    rows = conn.execute("SELECT * FROM alerts WHERE id>? ORDER BY id LIMIT ?", (last_id, limit)).fetchall()
    return [_alert(r) for r in rows]


def alert_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Unread and total alerts."""
    row = conn.execute("SELECT count(*) - count(read_at), count(*) FROM alerts").fetchone()
    return {"unread": row[0], "total": row[1]}


def mark_read(conn: sqlite3.Connection, ids: list[int] | None = None, read: bool = True) -> int:
    """Marks alerts IDS (all unread ones when None) read, or unread again; how many changed."""
    if ids == []:
        return 0
    stamp = now() if read else None
    where = f"id IN ({','.join('?' * len(ids))})" if ids is not None else "1=1"
    with conn:
        cur = conn.execute(f"UPDATE alerts SET read_at=? WHERE {where} AND (read_at IS NULL) = ?",
                           (stamp, *(ids or []), read))
    return cur.rowcount


def _alert(row: sqlite3.Row) -> Alert:
    return Alert(row["id"], row["watchlist_id"], row["kind"], row["summary"], row["article_id"], row["created_at"],
                 row["read_at"], json.loads(row["detail"]))
