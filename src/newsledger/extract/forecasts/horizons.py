"""The horizon a forecast's own words state: a date ("next month", "by the end of January",
"noon today"), a duration from the day it was said ("within 72 hours"), or a vague stretch
("in the coming days": a window by its unit, data/forecasts.json ``vague_windows``). A frequency
("daily", "every week": TIMEX3 SET) says how often, not by when."""
from __future__ import annotations

import re
from datetime import date, timedelta

from ...model import Statement, Timex
from .matching import FULL_DATE, PARTIAL_DATE, as_date
from .rules import rules

_DURATION = re.compile(r"^P(?:(\d+)([YMWD])|T(\d+)H)$")
_DAYS = {"Y": 365, "M": 30, "W": 7, "D": 1}


def stated_horizon(s: Statement, timexes: list[Timex], start: date | None) -> str | None:
    """The latest date the content's time expressions put the forecast at, on or after START."""
    inside = [t for t in timexes if any(a <= t.span[0] < b for a, b in s.content_spans)]
    dated = [(d, _written(t.value, d)) for t in inside if t.type in ("DATE", "TIME")
             for d in [as_date(t.value)] if d is not None and (start is None or d >= start)]
    if dated:
        return max(dated, key=lambda p: p[0])[1]
    if start is None:
        return None
    ahead = [start + gap for t in inside if t.type not in rules().frequency_types
             for gap in [_gap(t)] if gap is not None]
    return max(ahead).isoformat() if ahead else None


def _written(value: str, last: date) -> str:
    """The horizon as stored: a calendar value as the text gives it ('2024-06', '2024-05-15T12:00'),
    a week, quarter, half or season as its last day."""
    return value if FULL_DATE.match(value) or PARTIAL_DATE.match(value) else last.isoformat()


def _gap(t: Timex) -> timedelta | None:
    """How far ahead a duration ('72 hours') or a vague future ('the coming weeks') reaches."""
    m = _DURATION.match(t.value)
    if m:
        return timedelta(days=int(m[1]) * _DAYS[m[2]] if m[1] else -(-int(m[3]) // 24))
    words = re.findall(r"[a-z]+", t.text.lower())
    vague = next((n for unit, n in rules().vague_windows.items() for w in words if w.rstrip("s") == unit), None)
    return timedelta(days=vague) if t.value == "FUTURE_REF" and vague is not None else None
