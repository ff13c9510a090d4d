"""Forecast records: who predicted what, when, and by when it can be checked.

One Forecast per statement flagged ``forecast``. Its horizon is an explicit date inside the
content; failing that, the date of an expected event the content speaks of (a forecast about a
meeting is checked at that meeting); failing that, the publication date plus a default window.
``match_forecast`` scores whether a later stored event confirms a forecast.
"""
from __future__ import annotations

from datetime import timedelta

from ...model import Event, Forecast, Statement, Timex
from .matching import as_date

DEFAULT_WINDOW_DAYS = 30


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
    dated = [t.value for t in timexes if t.type == "DATE" and _within(t.span, s) and as_date(t.value)]
    later = [v for v in dated if not made_on or not as_date(made_on) or as_date(v) >= as_date(made_on)]
    if later:
        return max(later, key=lambda v: as_date(v))
    for e in inside:
        if e.date and as_date(e.date):
            return e.date
    start = as_date(made_on) if made_on else None
    window = start + timedelta(days=DEFAULT_WINDOW_DAYS) if start else None
    parties = {a for e in inside for a in e.actors + e.targets}
    meetings = [e for e in events if e.type == "CONSULT" and e.status == "planned" and as_date(e.date)
                and (start is None or start <= as_date(e.date) <= window)]
    meeting = next((e for e in meetings if parties & set(e.actors + e.targets)), meetings[0] if meetings else None)
    if meeting is not None:
        return meeting.date
    return window.isoformat() if window else None
