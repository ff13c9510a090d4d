"""The forecast ledger: open predictions, verdicts, proposed confirmations and each source's record.

A verdict is kept apart from the forecast it judges (keyed by article and content offset), so
re-ingesting an article with a newer pipeline never loses what a person decided.
"""
from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone
from typing import Any

from ..errors import Codes, NewsledgerError
from ..extract.forecasts.matching import match_forecast
from .records import entity_names, event_dicts

# the probability a source implicitly gives its claim, by the certainty it stated
STATED_PROBABILITY = {"asserted": 0.9, "believed": 0.75, "speculated": 0.5}
CONFIRMATION_THRESHOLD = 0.6

_SELECT = (
    "SELECT f.*, s.content, s.content_start, s.article_id AS art, a.outlet, v.verdict, v.note, v.event_id"
    " FROM forecasts f JOIN statements s ON s.id=f.statement_id JOIN articles a ON a.id=f.article_id"
    # a verdict on any report of the same claim (another outlet's copy) settles it
    " LEFT JOIN verdicts v ON v.rowid = (SELECT v2.rowid FROM verdicts v2 JOIN statements s2 ON"
    " s2.article_id=v2.article_id AND s2.content_start=v2.content_start WHERE s2.id=s.id OR s2.dup_of=s.id"
    " ORDER BY v2.decided_at DESC LIMIT 1)")


def _forecast_dict(row: sqlite3.Row, names: dict[int, str]) -> dict[str, Any]:
    actors, targets = json.loads(row["actors"]), json.loads(row["targets"])
    return {
        "id": row["id"], "statement_id": row["statement_id"], "article_id": row["article_id"],
        "speaker": names.get(row["speaker_id"]), "speaker_id": row["speaker_id"], "outlet": row["outlet"],
        "made_on": row["made_on"], "horizon": row["horizon"], "certainty": row["certainty"],
        "event_type": row["event_type"], "actors": [names.get(a, str(a)) for a in actors],
        "targets": [names.get(t, str(t)) for t in targets], "actor_ids": actors, "target_ids": targets,
        "content": row["content"], "verdict": row["verdict"], "note": row["note"], "event_id": row["event_id"],
    }


def list_forecasts(conn: sqlite3.Connection, speaker_ids: list[int] | None = None, open_only: bool = False,
                   limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    where, params = ["s.dup_of IS NULL"], []   # a claim several outlets carry is one forecast
    if speaker_ids is not None:
        where.append(f"f.speaker_id IN ({','.join('?' * len(speaker_ids))})")
        params += speaker_ids
    if open_only:
        where.append("v.verdict IS NULL")
    rows = conn.execute(f"{_SELECT} WHERE {' AND '.join(where)} ORDER BY f.made_on, f.id LIMIT ? OFFSET ?",
                        (*params, limit, offset)).fetchall()
    ids = [r["speaker_id"] for r in rows] + [x for r in rows for x in json.loads(r["actors"]) + json.loads(r["targets"])]
    names = entity_names(conn, ids)
    return [_forecast_dict(r, names) for r in rows]


def get_forecast(conn: sqlite3.Connection, forecast_id: int) -> dict[str, Any]:
    row = conn.execute(f"{_SELECT} WHERE f.id=?", (forecast_id,)).fetchone()
    if row is None:
        raise NewsledgerError(Codes.E014, f"forecast {forecast_id}")
    ids = [row["speaker_id"], *json.loads(row["actors"]), *json.loads(row["targets"])]
    return _forecast_dict(row, entity_names(conn, ids))


def resolve_forecast(conn: sqlite3.Connection, forecast_id: int, came_true: bool, note: str = "",
                     event_id: int | None = None) -> dict[str, Any]:
    """Records a person's verdict on a forecast (and the event that settles it, if any)."""
    fc = get_forecast(conn, forecast_id)
    start = conn.execute("SELECT content_start FROM statements WHERE id=?", (fc["statement_id"],)).fetchone()[0]
    with conn:
        conn.execute("INSERT OR REPLACE INTO verdicts(article_id, content_start, verdict, note, event_id, decided_at)"
                     " VALUES (?,?,?,?,?,?)", (fc["article_id"], start, "came_true" if came_true else "did_not", note,
                                               event_id, datetime.now(timezone.utc).isoformat(timespec="seconds")))
    return get_forecast(conn, forecast_id)


def propose_confirmations(conn: sqlite3.Connection, forecast_id: int, limit: int = 5) -> list[dict[str, Any]]:
    """Later events in the ledger that may settle a forecast, best first, with their match score."""
    fc = get_forecast(conn, forecast_id)
    if not fc["event_type"]:
        return []
    later = event_dicts(conn, "ev.type = ? AND ev.status = 'occurred' AND ev.article_id != ? AND"
                        " coalesce(ev.date, (SELECT published FROM articles WHERE id = ev.article_id)) > ?",
                        (fc["event_type"], fc["article_id"], fc["made_on"] or ""))
    scored = [(match_forecast(fc, ev), ev) for ev in later]
    best = sorted((x for x in scored if x[0] >= CONFIRMATION_THRESHOLD), key=lambda x: -x[0])[:limit]
    return [dict(ev, score=round(score, 3)) for score, ev in best]


def scoreboard(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Each source's track record: forecasts made, resolved, right, wrong, open, and a Brier score
    of the certainty it stated (lower is better; None until something is resolved)."""
    board: dict[int | None, dict[str, Any]] = {}
    for fc in list_forecasts(conn, limit=1_000_000):
        rec = board.setdefault(fc["speaker_id"], {"speaker": fc["speaker"], "speaker_id": fc["speaker_id"], "made": 0,
                                                  "right": 0, "wrong": 0, "open": 0, "_brier": []})
        rec["made"] += 1
        if fc["verdict"] is None:
            rec["open"] += 1
            continue
        hit = fc["verdict"] == "came_true"
        rec["right" if hit else "wrong"] += 1
        rec["_brier"].append((STATED_PROBABILITY.get(fc["certainty"] or "", 0.5) - hit) ** 2)
    out = []
    for rec in board.values():
        brier = rec.pop("_brier")
        rec["resolved"] = rec["right"] + rec["wrong"]
        rec["brier"] = round(sum(brier) / len(brier), 3) if brier else None
        out.append(rec)
    return sorted(out, key=lambda r: (-r["resolved"], -r["made"], r["speaker"] or ""))
