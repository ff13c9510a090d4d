"""Watchlists: saved questions, kept in the ledger, that every newly stored article is asked.

Names are kept as the analyst wrote them and looked up at match time (any spelling, through the
query layer), so a watchlist made before anyone is mentioned still fires when they are. A place is
fixed to its coordinates when the watchlist is made; a followed statement is copied, so the
watchlist outlives a re-ingest of its article.
"""
from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Literal

from ..errors import Codes, NewsledgerError
from ..query.entities import entity_ids
from ..query.sql import fts_query
from ..store.sqlite import now
from .rules import plover_types

Kind = Literal["entity", "speaker", "place", "event", "text", "forecast", "contradiction"]
KINDS: dict[str, str] = {
    "entity": "an entity is mentioned (any spelling)",
    "speaker": "an entity says something (any spelling)",
    "place": "something happens or is mentioned within RADIUS km of a place (a name in the ledger, or LAT,LON)",
    "event": "an event of a PLOVER type is reported",
    "text": "the words of a full-text query appear",
    "forecast": "a forecast comes due (VALUE: a speaker, or empty for anyone; --within days before)",
    "contradiction": "another speaker contradicts a statement (VALUE: the statement's id)",
}
DEFAULT_RADIUS_KM = 50.0
_LATLON = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$")


@dataclass
class Watchlist:
    """One saved question; ``unread`` and ``alerts`` count its inbox."""

    id: int
    kind: str
    label: str
    params: dict[str, Any]
    created_at: str
    unread: int = 0
    alerts: int = 0
    active: bool = field(default=True, repr=False)


def add_watchlist(conn: sqlite3.Connection, kind: str, value: str = "", label: str | None = None,
                  radius_km: float | None = None, within_days: int = 0) -> Watchlist:
    """Saves a watchlist of KIND (see ``KINDS``) on VALUE. Raises NewsledgerError E035 when VALUE does
    not fit the kind (an unknown event type, a place without coordinates, no such statement)."""
    if kind not in KINDS:
        raise NewsledgerError(Codes.E035, f"unknown kind {kind!r}; one of {', '.join(KINDS)}")
    params = _PARAMS[kind](conn, value.strip(), radius_km, within_days)
    label = (label or "").strip() or f"{kind}: {params.get('label', value.strip()) or 'any'}"
    with conn:
        cur = conn.execute("INSERT INTO watchlists(kind, label, params, created_at) VALUES (?,?,?,?)",
                           (kind, label, json.dumps(params, ensure_ascii=False), now()))
    return get_watchlist(conn, int(cur.lastrowid or 0))


def get_watchlist(conn: sqlite3.Connection, wid: int) -> Watchlist:
    row = conn.execute("SELECT * FROM watchlists WHERE id=?", (wid,)).fetchone()
    if row is None:
        raise NewsledgerError(Codes.E014, f"no watchlist {wid}")
    return _watchlist(row)


def list_watchlists(conn: sqlite3.Connection, include_removed: bool = False) -> list[Watchlist]:
    """The watchlists with their inbox counts, oldest first."""
    rows = conn.execute(
        "SELECT w.*, (SELECT count(*) FROM alerts a WHERE a.watchlist_id=w.id AND a.read_at IS NULL) AS unread,"
        " (SELECT count(*) FROM alerts a WHERE a.watchlist_id=w.id) AS n FROM watchlists w"
        f"{'' if include_removed else ' WHERE w.active=1'} ORDER BY w.id").fetchall()
    return [_watchlist(r, r["unread"], r["n"]) for r in rows]


def active_watchlists(conn: sqlite3.Connection) -> list[Watchlist]:
    return [_watchlist(r) for r in conn.execute("SELECT * FROM watchlists WHERE active=1 ORDER BY id")]


def remove_watchlist(conn: sqlite3.Connection, wid: int) -> Watchlist:
    """Stops watchlist WID; its alerts stay in the inbox."""
    found = get_watchlist(conn, wid)
    with conn:
        conn.execute("UPDATE watchlists SET active=0 WHERE id=?", (wid,))
    found.active = False
    return found


def save_params(conn: sqlite3.Connection, wl: Watchlist) -> None:
    conn.execute("UPDATE watchlists SET params=? WHERE id=?", (json.dumps(wl.params, ensure_ascii=False), wl.id))


def _watchlist(row: sqlite3.Row, unread: int = 0, alerts: int = 0) -> Watchlist:
    return Watchlist(row["id"], row["kind"], row["label"], json.loads(row["params"]), row["created_at"], unread, alerts,
                     bool(row["active"]))


def _name(conn: sqlite3.Connection, value: str, *_: Any) -> dict[str, Any]:
    if not value:
        raise NewsledgerError(Codes.E035, "a name is needed")
    return {"name": value}


def _place(conn: sqlite3.Connection, value: str, radius_km: float | None, _: int) -> dict[str, Any]:
    radius = DEFAULT_RADIUS_KM if radius_km is None else float(radius_km)
    if not 0 < radius <= 20_000:
        raise NewsledgerError(Codes.E035, f"radius {radius} km is not between 0 and 20000")
    m = _LATLON.match(value)
    if m and abs(float(m[1])) <= 90 and abs(float(m[2])) <= 180:
        return {"label": f"{value} ±{radius:g} km", "lat": float(m[1]), "lon": float(m[2]), "radius_km": radius}
    for eid in entity_ids(conn, value) if value else []:
        row = conn.execute("SELECT name, lat, lon FROM entities WHERE id=? AND lat IS NOT NULL", (eid,)).fetchone()
        if row:
            return {"label": f"{row['name']} ±{radius:g} km", "name": row["name"], "lat": row["lat"], "lon": row["lon"],
                    "radius_km": radius}
    raise NewsledgerError(Codes.E035, f"no place called {value!r} with coordinates in the ledger; give LAT,LON")


def _event(conn: sqlite3.Connection, value: str, *_: Any) -> dict[str, Any]:
    etype = value.upper()
    if etype not in plover_types():
        raise NewsledgerError(Codes.E035, f"{value!r} is not a PLOVER event type ({', '.join(sorted(plover_types()))})")
    return {"type": etype, "label": etype}


def _text(conn: sqlite3.Connection, value: str, *_: Any) -> dict[str, Any]:
    if not fts_query(value):
        raise NewsledgerError(Codes.E035, "a text query needs words")
    return {"query": value}


def _forecast(conn: sqlite3.Connection, value: str, _: float | None, within_days: int) -> dict[str, Any]:
    if within_days < 0:
        raise NewsledgerError(Codes.E035, "--within is a number of days, 0 or more")
    swept = (date.today() - timedelta(days=1)).isoformat()   # forecasts coming due from today on
    return {"speaker": value or None, "within_days": within_days, "checked_through": swept,
            "since": date.today().isoformat(), "label": value or "anyone"}


def _contradiction(conn: sqlite3.Connection, value: str, *_: Any) -> dict[str, Any]:
    from .contradiction import followed_statement
    if not value.isdigit():
        raise NewsledgerError(Codes.E035, "give the id of the statement to follow")
    followed = followed_statement(conn, int(value))
    if followed is None:
        raise NewsledgerError(Codes.E035, f"no statement {value}")
    return {"statement": followed, "label": f"{followed['speaker'] or 'unattributed'}: {followed['content'][:60]}"}


_PARAMS: dict[str, Callable[[sqlite3.Connection, str, float | None, int], dict[str, Any]]] = {
    "entity": _name, "speaker": _name, "place": _place, "event": _event, "text": _text,
    "forecast": _forecast, "contradiction": _contradiction,
}
