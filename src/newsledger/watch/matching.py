"""What a newly stored article matches: one small matcher per watchlist kind.

Each match carries a key that names what matched independently of row ids (which change when an
article is re-ingested): the story (its syndication group) for article-level kinds, the claim for
a speaker's statement (the first report of it, so syndicated copies alert once), the article and
sequence number for events and statements. An alert is stored at most once per watchlist and key.
"""
from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from ..model import Geo
from ..query.entities import entity_ids
from ..query.sql import fts_query
from ..vocab import NO_PLACE_USES
from .contradiction import contradiction, statement_events
from .watchlists import Watchlist


@dataclass
class Match:
    """What matched, where its evidence is (offsets into the article text), and why."""

    key: str
    kind: str                     # mention | statement | place | event | text | forecast | contradiction
    summary: str
    article_id: str | None
    evidence: tuple[int, int] | None = None
    statement_id: int | None = None
    event_id: int | None = None
    forecast_id: int | None = None


def match_article(conn: sqlite3.Connection, wl: Watchlist, article: sqlite3.Row) -> list[Match]:
    """The matches of watchlist WL in the stored ARTICLE (a row of ``articles``)."""
    return _MATCHERS[wl.kind](conn, wl, article)


def _ids_in(ids: list[int]) -> str:
    return ",".join("?" * len(ids))


def _story(article: sqlite3.Row) -> str:
    return f"story:{article['syndication_group'] or article['id']}"


def _entity(conn: sqlite3.Connection, wl: Watchlist, art: sqlite3.Row) -> list[Match]:
    ids = entity_ids(conn, wl.params["name"])
    row = conn.execute(
        f'SELECT m.start, m."end", e.name FROM mentions m JOIN entities e ON e.id=m.entity_id WHERE m.article_id=?'
        f" AND m.entity_id IN ({_ids_in(ids)}) ORDER BY m.kind != 'name', m.start LIMIT 1", (art["id"], *ids)).fetchone() if ids else None
    if row is None:
        return []
    st = conn.execute(
        f"SELECT id FROM statements WHERE article_id=? AND (speaker_id IN ({_ids_in(ids)}) OR EXISTS (SELECT 1 FROM"
        f' mentions m WHERE m.article_id=statements.article_id AND m.entity_id IN ({_ids_in(ids)})'
        f' AND m.start>=content_start AND m."end"<=content_end)) ORDER BY seq LIMIT 1',
        (art["id"], *ids, *ids)).fetchone()
    return [Match(_story(art), "mention", f"{row['name']} in “{art['title'] or art['id']}”", art["id"],
                  (row["start"], row["end"]), st["id"] if st else None)]


def _speaker(conn: sqlite3.Connection, wl: Watchlist, art: sqlite3.Row) -> list[Match]:
    ids = entity_ids(conn, wl.params["name"])
    rows = conn.execute(
        f"SELECT s.*, e.name FROM statements s JOIN entities e ON e.id=s.speaker_id WHERE s.article_id=?"
        f" AND s.speaker_id IN ({_ids_in(ids)}) ORDER BY s.seq", (art["id"], *ids)).fetchall() if ids else []
    return [Match(claim_key(conn, r), "statement", f"{r['name']}: {_short(r['content'])}", art["id"],
                  (r["content_start"], r["content_end"]), r["id"]) for r in rows]


def claim_key(conn: sqlite3.Connection, st: sqlite3.Row) -> str:
    """The claim a statement reports: its first report (another outlet's copy or itself)."""
    orig = conn.execute("SELECT article_id, seq FROM statements WHERE id=?", (st["dup_of"],)).fetchone() \
        if st["dup_of"] else None
    return f"claim:{orig[0]}:{orig[1]}" if orig else f"claim:{st['article_id']}:{st['seq']}"


# a place's name used as no place ('Danish brewer', 'BBC Radio Sheffield') brings no story into an area
_USED_AS_PLACE = "kind NOT IN (" + ", ".join(f"'{k}'" for k in NO_PLACE_USES) + ")"


def _place(conn: sqlite3.Connection, wl: Watchlist, art: sqlite3.Row) -> list[Match]:
    p = wl.params
    center = Geo(p["lat"], p["lon"])
    places = conn.execute(
        "SELECT DISTINCT e.id, e.name, e.lat, e.lon FROM mentions m JOIN entities e ON e.id=m.entity_id"
        f" WHERE m.article_id=? AND e.lat IS NOT NULL AND m.{_USED_AS_PLACE}", (art["id"],)).fetchall()
    near = {r["id"]: (r["name"], center.km(Geo(r["lat"], r["lon"]))) for r in places}
    near = {k: v for k, v in near.items() if v[1] <= p["radius_km"]}
    if not near:
        return []
    ev = conn.execute(f"SELECT * FROM events WHERE article_id=? AND place_id IN ({_ids_in(list(near))}) ORDER BY seq"
                      " LIMIT 1", (art["id"], *near)).fetchone()
    if ev is not None:
        name, km = near[ev["place_id"]]
        return [Match(_story(art), "place", f"{ev['type']} ({ev['status']}) in {name}, {km:.0f} km away", art["id"],
                      (ev["evidence_start"], ev["evidence_end"]), ev["statement_id"], ev["id"])]
    m = conn.execute(f'SELECT entity_id, start, "end" FROM mentions WHERE article_id=? AND {_USED_AS_PLACE}'
                     f" AND entity_id IN ({_ids_in(list(near))}) ORDER BY start LIMIT 1", (art["id"], *near)).fetchone()
    name, km = near[m["entity_id"]]
    return [Match(_story(art), "place", f"{name} ({km:.0f} km away) in “{art['title'] or art['id']}”", art["id"],
                  (m["start"], m["end"]))]


def _event(conn: sqlite3.Connection, wl: Watchlist, art: sqlite3.Row) -> list[Match]:
    rows = conn.execute("SELECT * FROM events WHERE article_id=? AND type=? ORDER BY seq",
                        (art["id"], wl.params["type"])).fetchall()
    return [Match(f"event:{art['id']}:{r['seq']}", "event", f"{r['type']} ({r['status']}): {_short(r['evidence'])}",
                  art["id"], (r["evidence_start"], r["evidence_end"]), r["statement_id"], r["id"]) for r in rows]


def _text(conn: sqlite3.Connection, wl: Watchlist, art: sqlite3.Row) -> list[Match]:
    query = fts_query(wl.params["query"])
    hit = conn.execute("SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? AND rowid=?",
                       (query, art["rowid"])).fetchone()
    if hit is None:
        return []
    first = min((m.span() for w in wl.params["query"].split()
                 if (m := re.search(re.escape(w), art["text"], re.IGNORECASE))), default=None)
    return [Match(_story(art), "text", f"“{wl.params['query']}” in “{art['title'] or art['id']}”", art["id"], first)]


def _forecast(conn: sqlite3.Connection, wl: Watchlist, art: sqlite3.Row) -> list[Match]:
    upto = date.today() + timedelta(days=wl.params["within_days"])
    return due_forecasts(conn, wl, date.fromisoformat(wl.params["since"]), upto, art["id"])


def due_forecasts(conn: sqlite3.Connection, wl: Watchlist, start: date, upto: date,
                  article_id: str | None = None) -> list[Match]:
    """Open forecasts (no verdict) of the watchlist's speaker whose horizon ends between START and
    UPTO, of one article or of the whole ledger."""
    ids = entity_ids(conn, wl.params["speaker"]) if wl.params.get("speaker") else None
    if ids == []:
        return []
    where = [f"f.speaker_id IN ({_ids_in(ids)})"] if ids else []
    where += ["f.article_id=?"] if article_id else []
    rows = conn.execute(
        "SELECT f.id AS fid, f.horizon_iso, s.*, e.name FROM forecasts f JOIN statements s ON s.id=f.statement_id"
        " LEFT JOIN entities e ON e.id=f.speaker_id WHERE f.horizon_iso >= ? AND f.horizon_iso <= ?"
        " AND NOT EXISTS (SELECT 1 FROM verdicts v WHERE v.article_id=s.article_id AND v.content_start=s.content_start)"
        + "".join(f" AND {w}" for w in where) + " ORDER BY f.horizon_iso, f.id",
        (str(start.year), upto.isoformat(), *(ids or []), *([article_id] if article_id else []))).fetchall()
    return [Match(f"forecast:{claim_key(conn, r)}", "forecast",
                  f"due {r['horizon_iso']}: {r['name'] or r['speaker_text'] or 'unattributed'}: {_short(r['content'])}",
                  r["article_id"], (r["content_start"], r["content_end"]), r["id"], None, r["fid"])
            for r in rows if start <= (period_end(r["horizon_iso"]) or date.max) <= upto]


def period_end(iso: str | None) -> date | None:
    """The last day of a calendar date of any precision ('2023', '2023-02', '2023-02-14')."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", iso or "")
    if not m:
        return None
    year, month, day = int(m[1]), int(m[2] or 12), m[3]
    if day:
        return date(year, month, int(day))
    return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)


def _contradiction(conn: sqlite3.Connection, wl: Watchlist, art: sqlite3.Row) -> list[Match]:
    followed = wl.params["statement"]
    rows = conn.execute("SELECT s.*, e.name FROM statements s JOIN entities e ON e.id=s.speaker_id"
                        " WHERE s.article_id=? ORDER BY s.seq", (art["id"],)).fetchall()
    out = []
    for r in rows:
        why = contradiction(followed, r, statement_events(conn, r["id"]) if followed["events"] else [])
        if why:
            out.append(Match(f"statement:{art['id']}:{r['seq']}", "contradiction",
                             f"{r['name']} {why}: {_short(r['content'])}", art["id"],
                             (r["content_start"], r["content_end"]), r["id"]))
    return out


def _short(text: str, n: int = 140) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n - 1] + "…"


_MATCHERS: dict[str, Callable[[sqlite3.Connection, Watchlist, sqlite3.Row], list[Match]]] = {
    "entity": _entity, "speaker": _speaker, "place": _place, "event": _event, "text": _text,
    "forecast": _forecast, "contradiction": _contradiction,
}
