"""Forecast records: who predicted what, when, and by when it can be checked.

One Forecast per statement flagged ``forecast`` (a denied statement is never one) whose words look
ahead (not a judgement, 'would be wrong', nor a past frame, 'had pledged': ``ahead.py``), made on the
day it was said, or, when that is no calendar date ('recently': PAST_REF), the article's; with no
day of publication, the value it was said on only when it names something (TIMEX3 'XXXX-12-21',
'XXXX-12', 'XXXX-WXX-3'): a placeholder ('PRESENT_REF', 'PAST_REF', a week or month not known:
'XXXX-WXX', 'XXXX-XX') is no day, so nothing. Its horizon
is the one its claim states, else its content (a date, a duration from the day it was said, "in the coming
days": ``horizons.py``); failing that, the date of an expected event the content speaks of (a forecast about a
meeting is checked at that meeting); failing that, the publication date plus a default window.
Its own words are the clause of the content that predicts (``claim.py``); its certainty is that of
the claim's sentence, never less sure than the statement's (``claim.claim_certainty``).
``match_forecast`` scores whether a later stored event confirms a forecast.
"""
from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Doc

from ...model import Event, Forecast, Span, Statement, Timex
from ...nlp.components import doc_text
from ..time.clause import clause_tense
from ..time.find import find_timexes_within
from .ahead import predicting_markers, speaks_ahead
from .claim import claim_certainty, claim_span
from .horizons import stated_horizon
from .matching import FULL_DATE, WEEK, as_date, names_a_time
from .rules import rules


def find_forecasts(statements: list[Statement], events: list[Event], timexes: list[Timex],
                   anchor: str | None, doc: Doc | None = None) -> list[Forecast]:
    """One Forecast per forecast statement (see the module docstring); with the parsed DOC, only
    the time expressions of a forecast's own clause are its horizon."""
    out = []
    for i, s in enumerate(statements):
        if not s.forecast or doc is not None and not speaks_ahead(doc, s, timexes):
            continue
        inside = [e for e in events if e.statement == i or _within(e.evidence_span, s)]
        made_on = _made_on(s.said_on, anchor)
        main = _main_event(inside)
        claim = claim_span(doc, s, predicting_markers(doc, s), timexes) if doc is not None else None
        said_times = _times_as_said(doc, s, timexes, made_on, anchor) if doc is not None else timexes
        out.append(Forecast(statement=i, speaker=s.speaker, made_on=made_on,
                            horizon=_horizon(s, inside, events, said_times, made_on, doc, claim),
                            event_type=main.type if main else None,
                            actors=list(main.actors) if main else [], targets=list(main.targets) if main else [],
                            claim_span=claim,
                            certainty=claim_certainty(doc, s, claim) if doc is not None else None))  # type: ignore[arg-type]
    return out


def _made_on(said_on: str | None, anchor: str | None) -> str | None:
    """The day a forecast was made (see the module docstring): said on a calendar date, that date;
    else the article's day; with none, what the value it was said on names, or nothing."""
    if as_date(said_on):
        return said_on
    if anchor:
        return anchor
    return said_on if said_on and names_a_time(said_on) else None


def _times_as_said(doc: Doc, s: Statement, timexes: list[Timex], made_on: str | None,
                   anchor: str | None) -> list[Timex]:
    """The times of the statement's sentences counted from the day it was said when that is a
    known day other than the article's: 'on Wednesday', 'next week', 'in March' in words said on
    Monday name the Wednesday after that Monday, whatever day the report came out (TimeML
    resolves a relative time against its own reference time, and reported speech has the
    saying's). Only a day or a week moves so (a few days' shift leaves a month or a year as it
    was); each keeps its span, the others stay as the time room read them."""
    if made_on is None or made_on == anchor or not FULL_DATE.match(made_on) or not s.content_spans:
        return timexes
    first = doc.char_span(s.content_spans[0][0], s.content_spans[0][1], alignment_mode="expand")
    last = doc.char_span(s.content_spans[-1][0], s.content_spans[-1][1], alignment_mode="expand")
    if first is None or last is None:
        return timexes
    window = (first.sent.start_char, last.sent.end_char)
    again = {t.span: t for t in find_timexes_within(doc_text(doc), window, made_on[:10], clause_tense(doc))
             if FULL_DATE.match(t.value) or WEEK.match(t.value)}
    return [again.get(t.span, t) for t in timexes]


def _within(span: tuple[int, int], s: Statement) -> bool:
    return any(a <= span[0] < b for a, b in s.content_spans)


def _main_event(events: list[Event]) -> Event | None:
    """The act the forecast is about: the first one not merely occurred, else the first."""
    return next((e for e in events if e.status != rules().settled_status), events[0] if events else None)


def _horizon(s: Statement, inside: list[Event], events: list[Event], timexes: list[Timex],
             made_on: str | None, doc: Doc | None, claim: Span | None = None) -> str | None:
    """The horizon the claim states, else the rest of the content (``horizons.py``) > date of an event inside still to come
    (on or after the day it was said; when that is unknown, one not reported as occurred) > date of an announced
    meeting within the window (between the same parties if one is) > made_on + the window:
    a forecast in an article about a coming meeting is checked at that meeting."""
    start = as_date(made_on)
    stated = stated_horizon(s, timexes, start, doc, claim)
    if stated is not None:
        return stated
    for e in inside:
        when = as_date(e.date)
        if when is not None and (when >= start if start else e.status != rules().settled_status):
            return e.date
    window = start + timedelta(days=rules().default_window_days) if start else None
    meeting = _meeting(inside, events, start, window)
    if meeting is not None:
        return meeting.date
    return window.isoformat() if window else None


def _meeting(inside: list[Event], events: list[Event], start: date | None, window: date | None) -> Event | None:
    """An announced meeting within the window, between the same parties if one is; said on no
    known day (no window), only one between the same parties."""
    r = rules()
    parties = {a for e in inside for a in e.actors + e.targets}
    meetings = [e for e in events if e.type == r.meeting_type and e.status == r.planned_status
                and _in_window(as_date(e.date), start, window)]
    return next((e for e in meetings if parties & set(e.actors + e.targets)), meetings[0] if meetings and window else None)


def _in_window(when: date | None, start: date | None, window: date | None) -> bool:
    return when is not None and (start is None or window is None or start <= when <= window)
