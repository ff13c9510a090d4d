"""Forecast records: who predicted what, when, and by when it can be checked.

One Forecast per statement flagged ``forecast``. Its horizon is an explicit date inside the
content; failing that, the date of an expected event the content speaks of (a forecast about a
meeting is checked at that meeting); failing that, the publication date plus a default window.
``match_forecast`` scores whether a later stored event confirms a forecast.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from newsledger.model import Event, Forecast, Statement, Timex

DEFAULT_WINDOW_DAYS = 30
FULL_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?$")
SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}
# A planned meeting and an agreement to meet are the same expected act (FORMAT.md convention).
SAME_ACT = [{"CONSULT", "AGREE"}]


def find_forecasts(statements: list[Statement], events: list[Event], timexes: list[Timex],
                   anchor: str | None) -> list[Forecast]:
    """One Forecast per forecast statement (see the module docstring)."""
    out = []
    for i, s in enumerate(statements):
        if not s.forecast:
            continue
        inside = [e for e in events if e.statement == i or _within(e.evidence_span, s)]
        made_on = s.said_on or anchor
        main = _main_event(inside)
        out.append(Forecast(statement=i, speaker=s.speaker, made_on=made_on,
                            horizon=_horizon(s, inside, events, timexes, made_on),
                            event_type=main.type if main else None,
                            actors=list(main.actors) if main else [], targets=list(main.targets) if main else []))
    return out


def _within(span: tuple[int, int], s: Statement) -> bool:
    return any(a <= span[0] < b for a, b in s.content_spans)


def _main_event(events: list[Event]) -> Event | None:
    """The act the forecast is about: the first one not merely occurred, else the first."""
    return next((e for e in events if e.status != "occurred"), events[0] if events else None)


def _horizon(s: Statement, inside: list[Event], events: list[Event], timexes: list[Timex],
             made_on: str | None) -> str | None:
    """Explicit future date in the content > date of an event inside > date of an announced
    meeting within the window (between the same parties if one is) > made_on + the window:
    a forecast in an article about a coming meeting is checked at that meeting."""
    dated = [t.value for t in timexes if t.type == "DATE" and _within(t.span, s) and _as_date(t.value)]
    later = [v for v in dated if not made_on or not _as_date(made_on) or _as_date(v) >= _as_date(made_on)]
    if later:
        return max(later, key=lambda v: _as_date(v))
    for e in inside:
        if e.date and _as_date(e.date):
            return e.date
    start = _as_date(made_on) if made_on else None
    window = start + timedelta(days=DEFAULT_WINDOW_DAYS) if start else None
    parties = {a for e in inside for a in e.actors + e.targets}
    meetings = [e for e in events if e.type == "CONSULT" and e.status == "planned" and _as_date(e.date)
                and (start is None or start <= _as_date(e.date) <= window)]
    meeting = next((e for e in meetings if parties & set(e.actors + e.targets)), meetings[0] if meetings else None)
    if meeting is not None:
        return meeting.date
    return window.isoformat() if window else None


def _as_date(value: str | None) -> date | None:
    """The last day a TIMEX3 date value can mean ('2022-12' -> 2022-12-31); None otherwise."""
    if not value:
        return None
    m = FULL_DATE.match(value)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    m = PARTIAL_DATE.match(value)
    if not m:
        return None
    year, month = int(m[1]), int(m[2] or 12)
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return nxt - timedelta(days=1)


def _names(v: object) -> set[str]:
    return {str(x).strip().lower() for x in (v or []) if str(x).strip()} if isinstance(v, (list, tuple, set)) else set()


def _same_type(a: str | None, b: str | None) -> bool:
    return bool(a) and (a == b or any({a, b} <= pair for pair in SAME_ACT))


def match_forecast(forecast: dict, event: dict) -> float:
    """Score 0..1 that a later stored event confirms a forecast: same type (required), the
    forecast's actors and targets among the event's (either side for symmetric types), an
    event that happened (not planned/denied), dated at or before the horizon."""
    ftype = forecast.get("event_type") or forecast.get("type")
    if not _same_type(ftype, event.get("type")):
        return 0.0
    fa, ft = _names(forecast.get("actors")), _names(forecast.get("targets"))
    ea, et = _names(event.get("actors")), _names(event.get("targets"))
    if event.get("type") in SYMMETRIC or ftype in SYMMETRIC:
        fa, ft, ea, et = fa | ft, set(), ea | et, set()
    wanted = len(fa) + len(ft)
    hits = len(fa & ea) + len(ft & et)
    roles = hits / wanted if wanted else 0.5
    if wanted and hits == 0:
        return 0.0
    status = {"occurred": 1.0, "planned": 0.5, "speculated": 0.3}.get(event.get("status") or "occurred", 0.0)
    return round(0.2 + 0.5 * roles * status + 0.3 * _timing(forecast, event), 3)


def _timing(forecast: dict, event: dict) -> float:
    """1 when the event falls between the forecast and its horizon, less when undated or late."""
    when, horizon = _as_date(event.get("date")), _as_date(forecast.get("horizon"))
    made = _as_date(forecast.get("made_on"))
    if when is None:
        return 0.3
    if made and when < made:
        return 0.0
    if horizon is None or when <= horizon:
        return 1.0
    return max(0.0, 1.0 - (when - horizon).days / 30)
