"""Resolvers of durations ("three weeks", "P3W"), offsets from a date ("two days later") and
sets ("every Monday", "monthly")."""
from __future__ import annotations

import re
from datetime import timedelta

from .anchor import DUMMY_YEAR, Ctx, Res, fmt_date, period, shift_month, week, year_text
from .calendar import POD
from .patterns import LEX
from .relative import quarter_in_view, year_earlier


def weekday_set(m: re.Match, c: Ctx) -> Res:
    """'every Monday', 'Mondays', 'Tuesday nights' (each one: TNI)."""
    g = m.groupdict()
    name = g.get("wd") or g["wdplural"]
    pod = (g.get("pod") or g.get("pods") or "").lower().removesuffix("s")
    return f"XXXX-WXX-{LEX.weekdays[name]}" + (f"T{POD[pod]}" if pod else ""), "SET"


def month_set(m: re.Match, c: Ctx) -> Res:
    """'each July': every July."""
    return f"XXXX-{LEX.months[m.group('month').rstrip('.')]:02d}", "SET"


def _number(s: str) -> float | None:
    """A cardinal from digits or words ('twenty-four'); None for vague quantities ('several')."""
    s = re.sub(r"\s+", " ", s.lower().strip())
    if re.fullmatch(r"\d+(?:\.\d+)?", s):
        return float(s)
    if re.fullmatch(r"\d+ 1/2", s):  # "2 1/2 years"
        return float(s.split()[0]) + 0.5
    if s in LEX.numbers:
        return float(LEX.numbers[s])
    parts = re.split(r"[-\s]", s)
    if len(parts) == 2 and parts[0] in LEX.numbers and parts[1] in LEX.numbers:
        return float(LEX.numbers[parts[0]] + LEX.numbers[parts[1]])
    return None





def duration(m: re.Match, c: Ctx) -> Res:
    """'three days' P3D, 'several weeks' PXW, 'a two-year' P2Y, 'for years' PXY; rates ('$5 a
    day'), ages ('6-year-old', refused by the pattern) and fractions ('three-quarters') are not."""
    unit = m.group("unit").lower()
    code = LEX.units[unit]
    raw = m.groupdict().get("num")
    if raw:
        n = _number(raw)
    else:  # "for years", "decades-long": how many is not said; "hour-long", "the past day": one
        n = None if unit.endswith("s") and not m.groupdict().get("the") else 1.0
    if m.group("unit")[0].isupper() and raw and raw[0].isdigit():
        return None  # "60 Minutes": a title
    if raw and raw.lower() in ("a", "an", "one") and code == "TS":
        return None  # "a second term", not a second of time
    if code == "Q" and (re.search(r"-quarters?\b", m.group(0), re.I) or (raw or "").lower() in ("a", "an")):
        return None  # "three-quarters of", "lost a quarter": a fraction
    before = c.text[max(0, m.start() - 30): m.start()]
    if raw and raw.lower() in ("a", "an") and re.search(r"(?:\d|\b(?:times|once|twice))\S*(?:\s+\S+){0,2}\s*$", before):
        return None  # "$1,500 a month", "four flights a week": a rate, not a stretch of time
    if raw and n is None and raw.lower() not in {v.lower() for v in LEX.vague_numbers}:
        return None
    if n is not None and n >= 1000 and not unit.endswith("s"):
        return None  # "the 1988 quarter": a year, not a duration
    if n is not None and "and a half" in m.group(0).lower():
        n += 0.5
    return period(n, code), "DURATION"








def offset(m: re.Match, c: Ctx) -> Res:
    """'two years ago', 'three days earlier', 'a week from now': the anchor moved by the amount,
    written at the unit's granularity."""
    unit = LEX.units[m.group("unit").lower()]
    sign = 1 if re.match(r"from|hence", m.group("dir").lower()) else -1
    n = _number(m.group("num"))
    a = c.anchor
    if n is None or n != int(n):
        return ("FUTURE_REF" if sign > 0 else "PAST_REF"), "DATE"
    n = int(n) * sign
    if unit == "FN":                       # 'a fortnight ago': two weeks
        unit, n = "W", 2 * n
    known = a.year is not None
    y = a.year or DUMMY_YEAR
    if unit == "Y" and n == -1 and quarter_in_view(c, m.start()):
        return year_earlier(c, m.start()), "DATE"  # "profit fell from $5 million a year earlier": that quarter
    if unit in ("Y", "DE", "CE"):
        if a.year is None:
            return "XXXX", "DATE"
        span = {"Y": 1, "DE": 10, "CE": 100}[unit]
        return str(a.year + n * span), "DATE"
    if a.month is None:
        return ("FUTURE_REF" if sign > 0 else "PAST_REF"), "DATE"
    if unit in ("M", "Q"):
        y2, m2 = shift_month(y, a.month, n * (3 if unit == "Q" else 1))
        return f"{year_text(y2 if known else None)}-{m2:02d}", "DATE"
    d = a.date
    if d is None:
        return ("FUTURE_REF" if sign > 0 else "PAST_REF"), "DATE"
    if unit == "W":
        return week(d + timedelta(days=7 * n), known), "DATE"
    if unit in ("D", "WE"):
        return fmt_date(d + timedelta(days=n), known), "DATE"
    return fmt_date(d, known), "TIME"


def frequency(m: re.Match, c: Ctx) -> Res:
    g = m.groupdict()
    if g.get("set"):
        return LEX.sets[g["set"].lower()], "SET"
    unit = (g.get("unit") or g.get("unit2") or "").lower()
    code = LEX.units[unit]
    n = _number(g["num"]) if g.get("num") else 1.0
    if n is None:
        return None
    return period(n, code), "SET"
