"""Whether a later event settles a forecast: same kind of act, the same actors, within the
forecast's horizon (a score the forecast ledger ranks candidates by)."""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from .rules import rules

FULL_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
YEARS = range(1000, 9000)          # as the time room's anchors: windows and horizons overflow near 1 and 9999
PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?$")
WEEK = re.compile(r"^(\d{4})-W(\d{2})(?:-WE)?$")  # a week, or its weekend: both end on its Sunday
TIMEX_DATE = re.compile(r"^(\d{4}|XXXX)(?:-(W?[0-9X]{2}|[QH][0-9X]|[A-Z]{2}))?(?:-([0-9X]{1,2}|WE))?$")
PERIOD = re.compile(r"^(\d{4})-([A-Z]{2}|[QH]\d)$")


def as_date(value: str | None) -> date | None:
    """The last day a TIMEX3 date value can mean ('2022-12' -> 2022-12-31, '2025-Q1' -> 2025-03-31,
    '2023-W42' and its weekend '2023-W42-WE' -> its Sunday); None otherwise, and None for a year a forecast's window could carry
    past the calendar's end ('9999-12-31')."""
    if not value or not value[:4].isdigit() or int(value[:4]) not in YEARS:
        return None
    m = FULL_DATE.match(value)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    m = PARTIAL_DATE.match(value)
    if m:
        return _month_end(int(m[1]), int(m[2] or 12))
    return _period_end(value)


def names_a_time(value: str) -> bool:
    """Whether a TIMEX3 date value says something a reader can use: a year, month, day, week
    number or season known ('XXXX-12-21', 'XXXX-12', '2004', 'XXXX-SU'), not only placeholders
    ('PRESENT_REF', 'XXXX', 'XXXX-XX', 'XXXX-WXX')."""
    m = TIMEX_DATE.match(value)
    return m is not None and any(part and part.strip("X") not in ("", "W") for part in m.groups())


def _month_end(year: int, month: int) -> date | None:
    """The last day of MONTH of YEAR; a month past 12 runs into the next year (winter ends in February)."""
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    if year not in YEARS:
        return None
    return date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)


def _period_end(value: str) -> date | None:
    """The last day of a TIMEX3 week ('2023-W42', or its weekend '2023-W42-WE': its Sunday) or period ('2025-Q1', '2024-SU')."""
    m = WEEK.match(value)
    if m:
        try:
            return date.fromisocalendar(int(m[1]), int(m[2]), 7)
        except ValueError:
            return None
    m = PERIOD.match(value)
    last = rules().period_last_month.get(m[2]) if m else None
    return _month_end(int(m[1]), last) if m and last else None


def _names(v: object) -> set[str]:
    return {str(x).strip().lower() for x in (v or []) if str(x).strip()} if isinstance(v, (list, tuple, set)) else set()


def _same_type(a: str | None, b: str | None) -> bool:
    """The same act; a planned meeting and an agreement to meet are one (FORMAT.md convention)."""
    return bool(a) and (a == b or any({a, b} <= pair for pair in rules().same_act))


def match_forecast(forecast: dict[str, Any], event: dict[str, Any]) -> float:
    """Score 0..1 that a later stored event confirms a forecast: same type (required), the
    forecast's actors and targets among the event's (either side for symmetric types), an
    event that happened (not planned/denied), dated at or before the horizon."""
    ftype = forecast.get("event_type") or forecast.get("type")
    if not _same_type(ftype, event.get("type")):
        return 0.0
    fa, ft = _names(forecast.get("actors")), _names(forecast.get("targets"))
    ea, et = _names(event.get("actors")), _names(event.get("targets"))
    symmetric = rules().symmetric_types
    if event.get("type") in symmetric or ftype in symmetric:
        fa, ft, ea, et = fa | ft, set(), ea | et, set()
    wanted = len(fa) + len(ft)
    hits = len(fa & ea) + len(ft & et)
    roles = hits / wanted if wanted else 0.5
    if wanted and hits == 0:
        return 0.0
    status = rules().status_weights.get(event.get("status") or rules().settled_status, 0.0)
    return round(0.2 + 0.5 * roles * status + 0.3 * _timing(forecast, event), 3)


def _timing(forecast: dict[str, Any], event: dict[str, Any]) -> float:
    """1 when the event falls between the forecast and its horizon, less when undated or late."""
    when, horizon = as_date(event.get("date")), as_date(forecast.get("horizon"))
    made = as_date(forecast.get("made_on"))
    if when is None:
        return 0.3
    if made and when < made:
        return 0.0
    if horizon is None or when <= horizon:
        return 1.0
    return max(0.0, 1.0 - (when - horizon).days / 30)
