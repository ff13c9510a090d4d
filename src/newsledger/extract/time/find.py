"""Time expressions (TIMEX3, TempEval-3 conventions) found by rules and resolved against the
publication date, the way HeidelTime works: patterns over the raw text, then small resolvers.

Patterns live in ``data/timex_rules.json`` (with macros filled from ``data/timex_lexicon.json``);
each rule names one resolver below. All candidates are collected at once, overlaps keep the
longest, and the survivors are resolved in text order (so "the next day" can lean on the last
date mentioned). A year the text never states and the anchor lacks is written ``XXXX``.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from ...model import Timex
from .anchor import DUMMY_YEAR, Anchor, Ctx, Res, TenseAt
from .calendar import (
    century,
    clock_time,
    decade,
    half,
    holiday,
    month_day,
    month_name,
    numeric_date,
    part_of_day,
    quarter_name,
    season,
    week_of,
    weekday_name,
    year_number,
)
from .durations import duration, frequency, month_set, offset, weekday_set
from .lexicon import RULEBOOK, Rule
from .patterns import COMPILED, TRIGGER
from .relative import (
    anaphoric_day,
    completed_quarter,
    for_the_unit,
    period_ref,
    reference,
    rel_day,
    rel_unit,
    year_ago_adj,
)

Candidate = tuple[int, int, int, re.Match[str], Rule]   # start, end, rule priority, match, rule
_RESOLVERS: dict[str, Callable[[re.Match[str], Ctx], Res]] = {
    "numeric_date": numeric_date, "month_day": month_day, "month": month_name, "year": year_number,
    "decade": decade, "century": century, "weekday": weekday_name, "weekday_set": weekday_set,
    "rel_day": rel_day, "anaphoric_day": anaphoric_day, "rel_unit": rel_unit, "season": season,
    "quarter": quarter_name, "half": half, "offset": offset, "duration": duration, "clock": clock_time,
    "holiday": holiday, "set": frequency, "ref": reference, "year_ago_adj": year_ago_adj,
    "week_of": week_of, "part_of_day": part_of_day, "for_the_unit": for_the_unit,
    "month_set": month_set, "period_ref": period_ref,
}


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches of TEXT around trigger words, merged: the only places rules need to look."""
    before, after = RULEBOOK.triggers.before, RULEBOOK.triggers.after
    out: list[tuple[int, int]] = []
    for m in TRIGGER.finditer(text):
        s, e = max(0, m.start() - before), min(len(text), m.end() + after)
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _candidates(text: str) -> list[Candidate]:
    """Every rule match, longest first (earlier rules win ties), without overlaps."""
    cands = []
    windows = _windows(text)
    for prio, (rule, rx) in enumerate(COMPILED):
        for ws, we in windows:
            for m in rx.finditer(text, ws, we):
                s, e = m.span()
                while e > s and text[e - 1] in " \t\n,":
                    e -= 1
                if e > s:
                    cands.append((s, e, prio, m, rule))
    cands.sort(key=lambda x: (-(x[1] - x[0]), x[2], x[0]))
    taken: list[Candidate] = []
    for cand in cands:
        if all(cand[1] <= t[0] or cand[0] >= t[1] for t in taken):
            taken.append(cand)
    return sorted(taken, key=lambda x: x[0])


DAY_VALUE = re.compile(r"^(\d{4}|XXXX)-(\d\d)-(\d\d)")
_JOIN = re.compile(r"^\s*(?:\([^()]{1,25}\))?(?:\s*,)?\s*(?:at|on|,)?\s*$", re.I)  # may skip "(0800 GMT)"
_CONVERSION = re.compile(r"^\s*(?:local\s+time\s*)?\(\s*$", re.I)


def _is_conversion(text: str, start: int, prev: Timex | None) -> bool:
    """'10 a.m. (0800 GMT)': the bracketed clock restates the one before it in another zone."""
    return (prev is not None and prev.type == "TIME" and ":" in prev.value
            and bool(_CONVERSION.match(text[prev.span[1]: start])))


def _merge_clock(timexes: list[Timex], text: str) -> list[Timex]:
    """'Monday at 3 p.m.', 'noon Thursday': one TIME with the day's date and the clock time."""
    is_clock = lambda t: t.type == "TIME" and ":" in t.value
    out: list[Timex] = []
    for t in timexes:
        prev = out[-1] if out else None
        if prev and is_clock(prev) != is_clock(t) and _JOIN.match(text[prev.span[1]: t.span[0]]):
            day, clock = (t, prev) if is_clock(prev) else (prev, t)
            dm = DAY_VALUE.match(day.value)
            if dm:
                span = (prev.span[0], t.span[1])
                out[-1] = Timex(span, text[span[0]:span[1]], dm.group(0) + clock.value[clock.value.index("T"):], "TIME")
                continue
        out.append(t)
    return out


def find_timexes(text: str, anchor: str | None = None, tense: TenseAt | None = None) -> list[Timex]:
    """All time expressions in TEXT with TIMEX3 values resolved against ANCHOR, the publication
    date ('2022-12-18', or partial '2022-12', or None). Spans are offsets into TEXT. TENSE, from
    the parse (``clause.clause_tense``), gives the tense of the verb an expression modifies, which
    resolves a weekday, month or season named without its year."""
    a = Anchor.parse(anchor)
    ctx = Ctx(text, a, parsed_tense=tense)
    out: list[Timex] = []
    for s, e, _, m, rule in _candidates(text):
        res = _RESOLVERS[rule.resolve](m, ctx)
        value, typ = res if res is not None else (None, "")
        if value is None:
            continue
        if typ == "TIME" and _is_conversion(text, s, out[-1] if out else None):
            continue
        out.append(Timex((s, e), text[s:e], value, typ))
        if rule.resolve != "clock":
            # a quarter named against the year before ("the year-ago quarter") is not the one discussed
            _remember(ctx, value, e, rule.resolve == "quarter" and "year-" not in m.group(0).lower())
    return _merge_clock(out, text)


def find_timexes_within(text: str, window: tuple[int, int], anchor: str | None,
                        tense: TenseAt | None = None) -> list[Timex]:
    """The time expressions of TEXT[WINDOW] resolved against ANCHOR, with spans into TEXT: a
    passage whose reference day is not the publication date (a quote's own times count from the
    day it was said)."""
    s, e = window
    shifted = (lambda a, b: tense(a + s, b + s)) if tense is not None else None
    return [replace(t, span=(t.span[0] + s, t.span[1] + s)) for t in find_timexes(text[s:e], anchor, shifted)]


def _remember(ctx: Ctx, value: str, end: int, quarter: bool) -> None:
    """Keeps the last date (and year, and QUARTER named as such) mentioned, the reference of
    'the next day', 'that year', 'a year earlier'."""
    if re.match(r"\d{4}(?:-|$)", value):
        ctx.last_year = int(value[:4])
    mm = re.match(r"(\d{4}|XXXX)-(\d\d)(?:-|$)", value)
    if mm:
        ctx.last_month = (None if mm.group(1) == "XXXX" else int(mm.group(1)), int(mm.group(2)))
    if quarter and re.fullmatch(r"\d{4}-Q\d", value) and _reported(ctx.anchor, value):
        ctx.last_quarter, ctx.last_quarter_end = value, end
    dm = DAY_VALUE.match(value)
    if dm:
        year = None if dm.group(1) == "XXXX" else int(dm.group(1))
        try:
            ctx.last = date(year or DUMMY_YEAR, int(dm.group(2)), int(dm.group(3)))
        except ValueError:
            return
        ctx.last_year_known, ctx.last_end = year is not None, end


def _reported(a: Anchor, quarter: str) -> bool:
    """A quarter over by the anchor's date: one a results report discusses, not a forecast's."""
    if a.year is None or a.month is None:
        return True
    done = completed_quarter(a)
    return done is not None and quarter <= done
