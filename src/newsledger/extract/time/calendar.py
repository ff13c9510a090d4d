"""Resolvers of calendar expressions: numeric dates, month and day, months, years, decades,
centuries, weekdays, weeks, parts of day, clock times, holidays, seasons, quarters and halves."""
from __future__ import annotations

import re
from datetime import date, timedelta

from .anchor import (
    DUMMY_YEAR,
    Anchor,
    Ctx,
    Res,
    fmt_date,
    nearest_year,
    pick_year,
    sentence,
    week,
    year_text,
)
from .patterns import LEX, alternation, year_of

POD = LEX.parts_of_day
_WEEKDAY_PODS = LEX.weekday_parts_valued.words


def part_of_day_value(m: re.Match) -> str:
    pod = m.groupdict().get("pod")
    return f"T{POD[pod.lower()]}" if pod and pod.lower() in POD else ""


def numeric_date(m: re.Match, c: Ctx) -> Res:
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("year"))
    month, day = (a, b) if m.group(0)[4:5] == "-" or a <= 12 else (b, a)
    y = y + (1900 if y >= 50 else 2000) if y < 100 else y
    try:
        return fmt_date(date(y, month, day), True), "DATE"
    except ValueError:
        return None




def month_day(m: re.Match, c: Ctx) -> Res:
    """'March 5', 'Oct. 23, 1998', 'last Oct. 23' (the latest one before the anchor)."""
    month, day = LEX.months[m.group("month")], int(m.group("day"))
    mod = LEX.directions.month_tense.get((m.groupdict().get("mod") or "").lower())
    year: int | None
    if stated := year_of(m):
        year = int(stated)
    elif mod and c.anchor.year is not None and c.anchor.month is not None:
        year = nearest_year(c.anchor, lambda y: date(y, month, min(day, 28)), mod, strict=True)
    else:
        year = pick_year(c.anchor, month, day, c.tense(m.start(), m.end()))
    try:
        date(year or DUMMY_YEAR, month, day)
    except ValueError:
        return None
    return f"{year_text(year)}-{month:02d}-{day:02d}", "DATE"


def month_name(m: re.Match, c: Ctx) -> Res:
    month = LEX.months[m.group("month").rstrip(".")]
    if year_of(m):
        return f"{year_of(m)}-{month:02d}", "DATE"
    a, mod = c.anchor, (m.groupdict().get("mod") or "").lower()
    if a.year is None or a.month is None:
        return f"XXXX-{month:02d}", "DATE"
    if m.groupdict().get("relyear"):
        return f"{a.year + {'last': -1, 'this': 0, 'next': 1}[m.group('relyear').lower()]:04d}-{month:02d}", "DATE"
    year: int | None
    if mod in ("last", "past", "previous"):
        year = a.year if month < a.month else a.year - 1
    elif mod in ("next", "coming"):
        year = a.year if month > a.month else a.year + 1
    elif mod == "this":
        year = a.year
    else:
        year = pick_year(a, month, None, c.tense(m.start(), m.end()))
    return f"{year_text(year)}-{month:02d}", "DATE"


def year_number(m: re.Match, c: Ctx) -> Res:
    return year_of(m), "DATE"


def decade(m: re.Match, c: Ctx) -> Res:
    if m.groupdict().get("decade"):
        return m.group("decade"), "DATE"
    if m.groupdict().get("decword"):  # "the nineties": of the 1900s, as news written then means
        return f"19{LEX.decade_words.words[m.group('decword').lower()]}", "DATE"
    digit = int(m.group("decade2"))
    return ("19" if digit >= 2 else "20") + str(digit), "DATE"


def century(m: re.Match, c: Ctx) -> Res:
    """'the 20th century' is written by its first two digits, '19'."""
    cent = int(m.group("cent"))
    return (f"{cent - 1:02d}", "DATE") if 1 <= cent <= 21 else None


WEEKDAY_DEFAULT = "nearest"  # a weekday with no tense around it: the closer of last and next


def _weekday_date(a: Anchor, wd: int, direction: str) -> date | None:
    """The weekday WD nearest the anchor: 'past' (on or before), 'future' (on or after),
    'last' / 'next' (strictly before / after), 'this' (same ISO week), 'nearest'."""
    d = a.date
    if d is None or a.year is None:
        return None
    delta = wd - d.isoweekday()
    if direction == "this":
        return d + timedelta(days=delta)
    if direction == "nearest":
        direction = "past" if (-delta) % 7 <= delta % 7 else "future"
    if direction in ("past", "last"):
        back = (-delta) % 7 or (7 if direction == "last" else 0)
        return d - timedelta(days=back)
    ahead = delta % 7 or (7 if direction == "next" else 0)
    return d + timedelta(days=ahead)


def weekday_name(m: re.Match, c: Ctx) -> Res:
    wd = LEX.weekdays[m.group("wd")]
    mod = re.sub(r"\s+", " ", (m.groupdict().get("mod") or "").lower())
    if mod.startswith("the ") and c.last is not None:
        # "the previous Friday", "the following Monday": counted from the day last spoken of
        ref = Anchor(c.last.year, c.last.month, c.last.day)
        d = _weekday_date(ref, wd, "last" if mod.endswith("previous") else "next")
        return (fmt_date(d, c.last_year_known) if d else f"XXXX-WXX-{wd}"), "DATE"
    mod = mod.removeprefix("the ")
    direction = LEX.directions.weekday.get(mod)
    if not direction and c.text.startswith(("'s", "’s"), m.end()):
        direction = "past"  # "Monday's vote" has happened
    if not direction:
        d = c.anchor.date
        adjacent = d is not None and 1 in ((wd - d.isoweekday()) % 7, (d.isoweekday() - wd) % 7)
        # the day before or after the anchor is meant whatever the (weak) tense cue says
        direction = "nearest" if adjacent else c.tense(m.start(), m.end()) or WEEKDAY_DEFAULT
    d = _weekday_date(c.anchor, wd, direction)
    pod = part_of_day_value(m) if (m.groupdict().get("pod") or "").lower() in _WEEKDAY_PODS else ""
    return (fmt_date(d, True) if d else f"XXXX-WXX-{wd}") + pod, "TIME" if pod else "DATE"


def week_of(m: re.Match, c: Ctx) -> Res:
    """'the week of March 6': the ISO week holding that day."""
    res = month_day(m, c)
    if res is None or res[0] is None or res[0].startswith("XXXX"):
        return res
    return week(date.fromisoformat(res[0]), True), "DATE"


def part_of_day(m: re.Match, c: Ctx) -> Res:
    """'late afternoon', 'in the morning': that part of the day last spoken of in the sentence,
    else of the publication day."""
    pod = LEX.parts_of_day[(m.group("pod") or m.group("pod2")).lower()]
    d, known = c.anchor.date, c.anchor.year is not None
    if c.last and c.last_end >= sentence(c.text, m.start(), m.end())[0]:
        d, known = c.last, c.last_year_known
    return (fmt_date(d, known) if d else "XXXX-XX-XX") + f"T{pod}", "TIME"


_SEASONS = ["SP", "SU", "FA", "WI"]


def season_of(month: int) -> tuple[int, int]:
    """(year offset, season index) of a month: December starts the winter named by its year."""
    idx = {12: 3, 1: 3, 2: 3}.get(month, (month - 3) // 3)
    return (-1 if month <= 2 else 0), idx


_SEASON_BEFORE = re.compile(rf"\b{alternation(LEX.season_prepositions.words)}\s+(?:the\s+)?$", re.IGNORECASE)


def season(m: re.Match, c: Ctx) -> Res:
    name = LEX.seasons[m.group("season").lower()]
    if year_of(m):
        return f"{year_of(m)}-{name}", "DATE"
    mod = re.sub(r"\s+", " ", (m.groupdict().get("mod") or "").lower())
    before = c.text[max(0, m.start() - 20): m.start()]
    if not mod and not m.group("pre") and not _SEASON_BEFORE.search(before):
        return None
    a = c.anchor
    if a.month is None:
        return f"XXXX-{name}", "DATE"
    yoff, cur = season_of(a.month)
    target = _SEASONS.index(name)
    now = ((a.year or DUMMY_YEAR) + yoff) * 4 + cur
    direction = LEX.directions.season.get(mod) or c.tense(m.start(), m.end()) or "past"
    if direction == "this":
        k = ((a.year or DUMMY_YEAR) + (yoff if target == 3 else 0)) * 4 + target
    else:
        k = now + ((target - now) % 4 if direction in ("future", "next") else -((now - target) % 4))
        if direction == "last" and k == now:
            k -= 4
        if direction == "next" and k == now:
            k += 4
    return f"{year_text(k // 4 if a.year is not None else None)}-{_SEASONS[k % 4]}", "DATE"


def quarter_name(m: re.Match, c: Ctx) -> Res:
    g = m.groupdict()
    a = c.anchor
    after = c.text[m.end(): m.end() + 12]
    if re.match(r"[-\s]+(?:of|century|mile|point|hour|inch|final)\b", after):
        return None
    q = int(g["qnum"]) if g.get("qnum") else (LEX.ordinals[g["ord"].lower()] if g.get("ord") else None)
    if year_of(m):
        return f"{year_of(m)}-Q{q}" if q else year_of(m), "DATE"
    if a.month is None:
        return (f"XXXX-Q{q}" if q else "XXXX-QX"), "DATE"
    y = a.year or DUMMY_YEAR
    cur = (a.month - 1) // 3 + 1
    mod = (g.get("mod") or "").lower()
    rel = (g.get("relyear") or "").lower()
    if q is None:  # "the quarter", "the latest quarter": the last one completed
        y, q = divmod(y * 4 + cur - 2, 4)
        q += 1
    elif rel:
        y += LEX.directions.year_steps[rel]
    elif q > cur and c.tense(m.start(), m.end()) != "future":
        y -= 1  # quarters are reported once they are over: the latest one of that number,
                # unless one still to come is spoken of ("expected to close in the third quarter")
    if mod in ("year-earlier", "year-ago"):
        y -= 1
    return f"{year_text(y if a.year is not None else None)}-Q{q}", "DATE"


def half(m: re.Match, c: Ctx) -> Res:
    h = 1 if m.group("ord").lower() == "first" else 2
    if year_of(m):
        return f"{year_of(m)}-H{h}", "DATE"
    rel = (m.groupdict().get("relyear") or "").lower()
    if not rel and "year" not in m.group(0).lower():
        return None
    a = c.anchor
    y = None if a.year is None else a.year + LEX.directions.year_steps[rel]
    return f"{year_text(y)}-H{h}", "DATE"


def clock_time(m: re.Match, c: Ctx) -> Res:
    g = m.groupdict()
    if g.get("named"):
        hh, mm = LEX.named_times[g["named"].lower()]
    else:
        hh, mm = int(g["hour"]), int(g.get("minute") or 0)
        ampm = (g.get("ampm") or "").lower()
        if ampm.startswith("p") and hh < 12:
            hh += 12
        elif ampm.startswith("a") and hh == 12:
            hh = 0
    d, known = c.anchor.date, c.anchor.year is not None
    if c.last and c.last_end >= sentence(c.text, m.start(), m.end())[0]:
        d, known = c.last, c.last_year_known  # "On Friday ... at 10:35 a.m.": that day's clock
    day = fmt_date(d, known) if d else "XXXX-XX-XX"
    return f"{day}T{hh:02d}:{mm:02d}", "TIME"


def _holiday_date(name: str, year: int) -> date:
    spec = LEX.holidays[name]
    if spec == "thanksgiving":
        first = date(year, 11, 1)
        return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    if spec == "easter":
        return _easter(year)
    mo, dd = spec.split("-")
    return date(year, int(mo), int(dd))


def _easter(year: int) -> date:
    """Gregorian Easter Sunday (the anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    return date(year, month, (h + l_ - 7 * m + 114) % 31 + 1)


def holiday(m: re.Match, c: Ctx) -> Res:
    name = next(k for k in LEX.holidays if re.fullmatch(alternation([k], True), m.group("holiday")))
    if stated := year_of(m):
        return fmt_date(_holiday_date(name, int(stated)), True), "DATE"
    a = c.anchor
    if a.date is None or a.year is None:
        spec = LEX.holidays[name]
        return (f"XXXX-{spec}" if "-" in spec else "XXXX-XX-XX"), "DATE"
    mod = LEX.directions.holiday_tense.get((m.groupdict().get("mod") or "").lower())
    tense = mod or c.tense(m.start(), m.end())
    year = nearest_year(a, lambda y: _holiday_date(name, y), tense, strict=bool(mod))
    return fmt_date(_holiday_date(name, year), True), "DATE"
