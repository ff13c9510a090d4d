"""Resolvers of expressions relative to the anchor or to the last date named: today, last
week, the next day, the year-ago quarter, PRESENT_REF/PAST_REF/FUTURE_REF."""
from __future__ import annotations

import re
from datetime import date, timedelta

from .anchor import (
    DUMMY_YEAR,
    Anchor,
    Ctx,
    Res,
    fmt_date,
    period,
    shift_month,
    week,
    year_text,
)
from .calendar import part_of_day_value
from .patterns import LEX, alternation, year_of

_GENERIC_AFTER = re.compile(rf"['’]s\s+(?:\w+\s+)?{alternation(LEX.generic_day_possessive.words)}\b", re.IGNORECASE)

# TIMEX3 values of a unit of the anchor when the anchor does not give it
UNKNOWN_UNIT_VALUES = {"month": "XXXX-XX", "quarter": "XXXX-QX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE"}

# 'this season', 'next season', 'the end of the season': a season with no name is the season of an
# activity (WordNet season.n.02, 'a period of the year marked by special events or activities in some
# field': a sport's, a theatre's, a trade's), not spring or summer, which are named ('next summer',
# rule 'season'). Its calendar is the field's, which the text does not give, and it often runs across
# two years; TIMEX3 leaves unknown what the text does not say, so it is a date of a year left unknown.
ACTIVITY_SEASON = "XXXX"


def rel_day(m: re.Match, c: Ctx) -> Res:
    rel = re.sub(r"\s+", " ", m.group("rel").lower())
    if rel in ("today", "tomorrow") and _GENERIC_AFTER.match(c.text, m.end()):
        return None  # "today's world": the present age, not the day
    pod = part_of_day_value(m) or ("TNI" if rel == "tonight" else "")
    d = c.anchor.date
    if d is None:
        return ("PRESENT_REF" if rel in ("today", "tonight", "this") else "XXXX-XX-XX" + pod), "DATE"
    return fmt_date(d + timedelta(days=LEX.relative_days[rel]), c.anchor.year is not None) + pod, "TIME" if pod else "DATE"


def anaphoric_day(m: re.Match, c: Ctx) -> Res:
    """'the next day', 'that day', 'the following year': relative to the last date mentioned."""
    phrase = re.sub(r"\s+", " ", m.group("ana").lower())
    ref, known = (c.last, c.last_year_known) if c.last else (c.anchor.date, c.anchor.year is not None)
    if ref is None:
        return None
    step = 1 if re.search(r"next|following|after", phrase) else -1 if re.search(r"previous|preceding|before", phrase) else 0
    if re.search(r" (?:day|morning|afternoon|evening|night)\b", phrase):
        return fmt_date(ref + timedelta(days=step), known), "DATE"
    if phrase.endswith("week"):
        return week(ref + timedelta(days=7 * step), known), "DATE"
    if phrase.endswith("month"):
        if c.last_month is not None:  # "in March ... the following month": from the month named
            known = c.last_month[0] is not None
            ref = date(c.last_month[0] or DUMMY_YEAR, c.last_month[1], 1)
        y, mo = shift_month(ref.year, ref.month, step)
        return f"{year_text(y if known else None)}-{mo:02d}", "DATE"
    year = c.last_year if c.last_year is not None else (ref.year if known else None)
    return year_text(year + step if year is not None else None), "DATE"


def rel_unit(m: re.Match, c: Ctx) -> Res:
    mod = re.sub(r"\s+", " ", m.group("mod").lower())
    unit = _fiscal_as_one(re.sub(r"\s+", " ", m.group("unit").lower()))
    if mod in ("the past", "the last", "the next") and unit not in ("weekend", "fiscal year", "season", "year"):
        # "the past year" is written as the year before (TimeBank, AQUAINT), other units as stretches
        code = LEX.units[unit]
        return period(1, code), "DURATION"
    if unit == "season":
        return ACTIVITY_SEASON, "DATE"
    step = LEX.directions.unit_steps.get(mod, 0)
    a = c.anchor
    known = a.year is not None
    if unit in ("year", "fiscal year"):
        return (year_text(a.year + step) if a.year is not None else "XXXX"), "DATE"
    if a.month is None:
        return _unknown_unit(unit)
    y = a.year or DUMMY_YEAR
    if unit == "month":
        y2, m2 = shift_month(y, a.month, step)
        return f"{year_text(y2 if known else None)}-{m2:02d}", "DATE"
    if unit == "quarter":
        q = (y * 4 + (a.month - 1) // 3) + step
        return f"{year_text(q // 4 if known else None)}-Q{q % 4 + 1}", "DATE"
    if unit in ("decade", "century"):
        if not known:
            return None
        size = 10 if unit == "decade" else 100
        return str((y // size + step) * size)[: 3 if size == 10 else 2], "DATE"
    d = a.date
    if d is None:
        return _unknown_unit(unit)
    if unit == "weekend":
        return _weekend(c, m, d, mod, known), "DATE"
    return week(d + timedelta(days=7 * step), known), "DATE"


def _fiscal_as_one(unit: str) -> str:
    """'financial year', 'tax year' (data ``fiscal_year_words``) are valued as 'fiscal year' is: the
    year it runs in, not its own calendar, which the text seldom gives."""
    first, _, rest = unit.partition(" ")
    return "fiscal year" if rest == "year" and first in LEX.fiscal_year_words.words else unit


def _unknown_unit(unit: str) -> Res:
    """Said on no known day, 'next month', 'this week', 'this weekend' are still dates: TIMEX3
    leaves what the text does not say unknown ('XXXX-XX', 'XXXX-WXX', 'XXXX-WXX-WE'), as it
    writes 'this year' XXXX. A decade, century or season of no known year has no such value."""
    value = UNKNOWN_UNIT_VALUES.get(unit)
    return (value, "DATE") if value is not None else None


_TITLE_OF = re.compile(rf"\b{alternation(LEX.titles_of_the_unit.words)}\s+of\s+$", re.IGNORECASE)


def for_the_unit(m: re.Match, c: Ctx) -> Res:
    """'for the year', 'the first nine months of the year': the current one, not in titles."""
    if _TITLE_OF.search(c.text, max(0, m.start() - 30), m.start()):
        return None
    return rel_unit(m, c)


def _weekend(c: Ctx, m: re.Match, d: date, mod: str, known: bool) -> str:
    """'last weekend' is the one before the anchor's week, 'next weekend' the coming one, 'this
    weekend' the anchor's; a bare 'the weekend' follows the tense, and said on a weekend day
    in the past it is that one."""
    on_weekend = d.isoweekday() >= 6
    if mod == "the":
        mod = "next" if c.tense(m.start(), m.end()) == "future" else "the past"
        if on_weekend and mod == "the past":
            mod = "this"
    if mod in ("next", "coming", "the coming"):
        d = d + timedelta(days=7) if on_weekend else d
    elif mod in ("last", "past", "previous", "the previous", "the past"):
        d = d - timedelta(days=7)
    return week(d, known) + "-WE"


QUARTER_REACH = 1000  # characters: how far back a quarter stays the period under discussion


def quarter_in_view(c: Ctx, pos: int) -> bool:
    return c.last_quarter is not None and pos - c.last_quarter_end <= QUARTER_REACH


def year_earlier(c: Ctx, pos: int) -> str | None:
    """The period a year before the quarter just spoken of, else the year before the anchor's."""
    if quarter_in_view(c, pos) and c.last_quarter:
        return f"{int(c.last_quarter[:4]) - 1:04d}{c.last_quarter[4:]}"
    return year_text(c.anchor.year - 1) if c.anchor.year is not None else None


def completed_quarter(a: Anchor) -> str | None:
    """The last quarter over by the anchor's month: the one a results report speaks of."""
    if a.month is None:
        return None
    k = (a.year or DUMMY_YEAR) * 4 + (a.month - 1) // 3 - 1
    return f"{year_text(k // 4 if a.year is not None else None)}-Q{k % 4 + 1}"


def period_ref(m: re.Match, c: Ctx) -> Res:
    """'the latest period', 'the 1988 period', 'the corresponding period last year': in a results
    report, the quarter under discussion (else the last one completed), in the year named or a
    year before; 'the same period' alone only while a quarter is in view."""
    in_view = quarter_in_view(c, m.start())
    if not in_view and not m.groupdict().get("mod"):
        return None
    base = c.last_quarter if in_view else completed_quarter(c.anchor)
    if base is None:
        return None
    if year_of(m):
        return f"{year_of(m)}{base[4:]}", "DATE"
    if m.groupdict().get("back") or m.groupdict().get("backmod"):
        return (f"{int(base[:4]) - 1:04d}{base[4:]}" if base[:4].isdigit() else base), "DATE"
    return base, "DATE"


def year_ago_adj(m: re.Match, c: Ctx) -> Res:
    """'year-earlier', 'the year-ago quarter', 'the comparable year-ago period'."""
    return year_earlier(c, m.start()), "DATE"


def reference(m: re.Match, c: Ctx) -> Res:
    word = re.sub(r"\s+", " ", m.group("ref").lower())
    need = LEX.ref_needs_context.get(word)
    if need:
        after, before = c.text[m.end(): m.end() + 40], c.text[max(0, m.start() - 40): m.start()]
        if not (re.search(need.after, after, re.I) or re.search(need.before, before)):
            return None
    value = next(v for k, v in LEX.refs.items() if k.lower() == word)
    return value, "DATE"
