"""The forecast ledger: open predictions, verdicts, proposed confirmations and each source's record.

A verdict is kept apart from the forecast it judges (keyed by article and content offset), so
re-ingesting an article with a newer pipeline never loses what a person decided. A forecast was
made on its statement's date (``made_on_iso``: the day it was said, else its article's).
"""
from __future__ import annotations

import json
import sqlite3
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from ..errors import Codes, NewsledgerError
from ..record import asdict
from .entities import entity_names, names_to_ids
from .events import EVENT_DATE, event_hits
from .order import DateOrder, page_ids
from .results.common import Page
from .results.forecasts import ForecastRow
from .sql import MAX_ID, Where, column, marks, period_end
from .statements import STATEMENT_DATE

if TYPE_CHECKING:   # built by the functions that check forecasts: a dossier lists forecasts without them
    from .results.verdicts import Candidate, ForecastDetail, ForecastLedger, ScoreRow

# the probability a source implicitly gives its claim, by the certainty it stated
STATED_PROBABILITY = {"asserted": 0.9, "believed": 0.75, "speculated": 0.5}
CONFIRMATION_THRESHOLD = 0.6
# the review queue weighs, for each due forecast, the events up to a month past its horizon, at most SCAN
GRACE_DAYS, SCAN = 31, 100

# in the order they were made: the day the statement was said, else its article's (undated last)
MADE = DateOrder("f.id", "s.said_on_iso", "f.article_id", "f.id",
                 "FROM forecasts f JOIN statements s ON s.id=f.statement_id", "JOIN articles a ON a.id=f.article_id",
                 None, False)
_FROM = f"{MADE.source} {MADE.article}"
# a verdict on any report of the same claim (another outlet's copy) settles it
_VERDICT = ("LEFT JOIN verdicts v ON v.rowid = (SELECT v2.rowid FROM verdicts v2 JOIN statements s2 ON"
            " s2.article_id=v2.article_id AND s2.content_start=v2.content_start WHERE s2.id=s.id OR s2.dup_of=s.id"
            " ORDER BY v2.decided_at DESC LIMIT 1)")
_COLS = ("f.id, f.statement_id, f.article_id, f.speaker_id, a.outlet, f.made_on, "
         f"{STATEMENT_DATE} AS made_on_iso, f.horizon, f.horizon_iso, f.certainty, f.event_type, f.actors, f.targets,"
         " s.content, v.verdict, v.note, v.event_id, f.claim")


def _rows(conn: sqlite3.Connection, rows: list[sqlite3.Row]) -> list[ForecastRow]:
    parties = {r["id"]: (json.loads(r["actors"]), json.loads(r["targets"])) for r in rows}
    names = entity_names(conn, [r["speaker_id"] for r in rows] + [x for a, t in parties.values() for x in a + t])
    return [ForecastRow(
        r["id"], r["statement_id"], r["article_id"], names.get(r["speaker_id"]), r["speaker_id"], r["outlet"],
        r["made_on"], r["made_on_iso"], r["horizon"], r["horizon_iso"], r["certainty"], r["event_type"],
        [names.get(x, str(x)) for x in parties[r["id"]][0]], [names.get(x, str(x)) for x in parties[r["id"]][1]],
        *parties[r["id"]], r["content"], r["verdict"], r["note"], r["event_id"], r["claim"]) for r in rows]


def list_forecasts(conn: sqlite3.Connection, speaker: str | None = None, open_only: bool = False, limit: int = 100,
                   offset: int = 0) -> Page[ForecastRow]:
    """Forecasts of SPEAKER (any spelling, or an id), only those without a verdict if OPEN_ONLY,
    in the order they were made (undated last); a claim several outlets carry is one forecast."""
    where = Where()
    where.add("s.dup_of IS NULL")
    speakers = names_to_ids(conn, speaker)
    if speakers is not None:
        where.among("f.speaker_id", speakers)
    order = MADE._replace(source=f"{MADE.source} {_VERDICT}") if open_only else MADE
    if open_only:
        where.add("v.verdict IS NULL")
    ids, total = page_ids(conn, order, where, limit, offset)
    rows = {r["id"]: r for r in conn.execute(f"SELECT {_COLS} {_FROM} {_VERDICT} WHERE f.id IN ({marks(ids)})", ids)}
    return Page(_rows(conn, [rows[i] for i in ids]), total, limit, offset)


def get_forecast(conn: sqlite3.Connection, forecast_id: int) -> ForecastRow:
    """One forecast; E014 when the ledger holds none with this id."""
    rows = conn.execute(f"SELECT {_COLS} {_FROM} {_VERDICT} WHERE f.id=?", (forecast_id,)).fetchall() \
        if abs(forecast_id) <= MAX_ID else []
    if not rows:
        raise NewsledgerError(Codes.E014, f"forecast {forecast_id}")
    return _rows(conn, rows)[0]


def forecast_detail(conn: sqlite3.Connection, forecast_id: int) -> ForecastDetail:
    """One forecast with the later events that may settle it."""
    from .results.verdicts import ForecastDetail
    return ForecastDetail(**vars(get_forecast(conn, forecast_id)), candidates=propose_confirmations(conn, forecast_id))


def resolve_forecast(conn: sqlite3.Connection, forecast_id: int, came_true: bool, note: str = "",
                     event_id: int | None = None) -> ForecastRow:
    """Records a person's verdict on a forecast (and the event that settles it, if any)."""
    fc = get_forecast(conn, forecast_id)
    if event_id is not None and not (abs(event_id) <= MAX_ID and column(conn, "SELECT 1 FROM events WHERE id=?", [event_id])):
        raise NewsledgerError(Codes.E014, f"event {event_id}: the verdict was not recorded")
    start = conn.execute("SELECT content_start FROM statements WHERE id=?", (fc.statement_id,)).fetchone()[0]
    with conn:
        conn.execute("INSERT OR REPLACE INTO verdicts(article_id, content_start, verdict, note, event_id, decided_at)"
                     " VALUES (?,?,?,?,?,?)", (fc.article_id, start, "came_true" if came_true else "did_not", note,
                                               event_id, datetime.now(UTC).isoformat(timespec="seconds")))
    return get_forecast(conn, forecast_id)


def propose_confirmations(conn: sqlite3.Connection, forecast_id: int, limit: int = 5,
                          until: str | None = None) -> list[Candidate]:
    """Later events in the ledger that may settle a forecast, best first, with their match score.
    Only events dated after the forecast was made (and, with UNTIL, by that ISO date), and naming
    one of its parties if it has any; with UNTIL, the SCAN earliest of them are weighed. (The
    matcher is imported here: a dossier lists forecasts without weighing events.)"""
    from ..extract.forecasts.matching import match_forecast
    from .results.verdicts import Candidate
    fc = get_forecast(conn, forecast_id)
    if not fc.event_type:
        return []
    where = Where()
    where.add("ev.type = ? AND ev.status = 'occurred' AND ev.article_id != ?", fc.event_type, fc.article_id)
    if fc.made_on_iso:
        where.add(f"{EVENT_DATE} > ?", fc.made_on_iso)
    if until:
        where.add(f"{EVENT_DATE} <= ?", until)
    parties = sorted({n.strip().lower() for n in fc.actors + fc.targets if n.strip()})
    if parties:
        where.add("ev.id IN (SELECT p.event_id FROM event_participants p JOIN entities e ON e.id=p.entity_id"
                  f" WHERE lower(e.name) IN ({marks(parties)}))", *parties)
    ids = [r[0] for r in conn.execute(f"SELECT ev.id FROM events ev CROSS JOIN articles a ON a.id=ev.article_id"
                                      f" WHERE {where.sql} ORDER BY ev.article_id, ev.seq LIMIT ?",
                                      (*where.params, SCAN if until else -1))]
    wanted = asdict(fc)
    scored = [(match_forecast(wanted, asdict(ev)), ev) for ev in event_hits(conn, ids)]
    best = sorted((x for x in scored if x[0] >= CONFIRMATION_THRESHOLD), key=lambda x: -x[0])[:limit]
    return [Candidate(**vars(ev), score=round(score, 3)) for score, ev in best]


def due_forecasts(conn: sqlite3.Connection, today: str | None = None, limit: int = 20,
                  offset: int = 0) -> Page[ForecastDetail]:
    """The review queue: open forecasts whose horizon has passed by TODAY (an ISO date; default
    the current day), the longest overdue first, each with the later events that may settle it."""
    today = today or datetime.now(UTC).date().isoformat()
    where = Where()
    where.add("s.dup_of IS NULL AND v.verdict IS NULL")
    where.period("f.horizon_iso", None, today)       # the whole horizon ('2023-01': all January) is past
    total = conn.execute(f"SELECT count(*) {_FROM} {_VERDICT} WHERE {where.sql}", where.params).fetchone()[0]
    ids = [r[0] for r in conn.execute(f"SELECT f.id {_FROM} {_VERDICT} WHERE {where.sql} ORDER BY f.horizon_iso, f.id"
                                      " LIMIT ? OFFSET ?", (*where.params, limit, offset))]
    return Page([_due_detail(conn, i) for i in ids], total, limit, offset)


def _due_detail(conn: sqlite3.Connection, forecast_id: int) -> ForecastDetail:
    """A due forecast with the events that may settle it, looked for up to GRACE_DAYS past its horizon."""
    from .results.verdicts import ForecastDetail
    fc = get_forecast(conn, forecast_id)
    until = (date.fromisoformat(period_end(fc.horizon_iso)) + timedelta(days=GRACE_DAYS)).isoformat() \
        if fc.horizon_iso else None
    return ForecastDetail(**vars(fc), candidates=propose_confirmations(conn, forecast_id, until=until))


def scoreboard(conn: sqlite3.Connection) -> list[ScoreRow]:
    """Each source's track record, most resolved first: forecasts made, right, wrong, open, and a
    Brier score of the certainty it stated (lower is better; None until something is resolved)."""
    from .results.verdicts import ScoreRow
    stated = " ".join(f"WHEN '{c}' THEN {p}" for c, p in STATED_PROBABILITY.items())
    miss = f"((CASE f.certainty {stated} ELSE 0.5 END) - (v.verdict = 'came_true'))"
    rows = conn.execute(
        f"SELECT f.speaker_id, count(*), sum(v.verdict = 'came_true'), sum(v.verdict = 'did_not'),"
        f" avg(CASE WHEN v.verdict IS NOT NULL THEN {miss} * {miss} END) {_FROM} {_VERDICT} WHERE s.dup_of IS NULL"
        " GROUP BY f.speaker_id").fetchall()
    names = entity_names(conn, [r[0] for r in rows])
    board = [ScoreRow(names.get(sid), sid, made, right or 0, wrong or 0, made - (right or 0) - (wrong or 0),
                      (right or 0) + (wrong or 0), round(brier, 3) if brier is not None else None)
             for sid, made, right, wrong, brier in rows]
    return sorted(board, key=lambda r: (-r.resolved, -r.made, r.speaker or ""))


def forecast_ledger(conn: sqlite3.Connection, speaker: str | None = None, open_only: bool = False, limit: int = 100,
                    offset: int = 0) -> ForecastLedger:
    """A page of forecasts (``list_forecasts``) and every source's scoreboard."""
    from .results.verdicts import ForecastLedger
    page = list_forecasts(conn, speaker, open_only, limit, offset)
    return ForecastLedger(page.items, page.total, page.limit, page.offset, scoreboard(conn))
