"""The anchor every relative time expression is resolved against (the publication date, or its
known parts), the tense around an expression, and the running context of the last date,
month and quarter named; also the publication date inferred from the text when none is given."""
from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from .patterns import (
    FUTURE,
    FUTURE_AUX,
    FUTURE_IF_TO,
    NOT_PAST,
    PAST,
    REPORTING,
    SENT_END,
    TO,
    WORD,
)

TenseAt = Callable[[int, int], "str | None"]   # the tense of the verb the words at a span modify (``clause.py``)

DUMMY_YEAR = 2000  # leap year standing in for an unknown one in day arithmetic
ANCHOR_YEARS = range(1000, 9000)   # an anchor outside is no date (a feed's "99999-99-99"): date arithmetic overflows near 1 and 9999


@dataclass
class Anchor:
    """The publication date, possibly partial; year None when unknown (``XXXX``)."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, value: str | None) -> Anchor:
        m = re.match(r"^(\d{4}|XXXX)(?:-(\d\d))?(?:-(\d\d))?", value or "")
        if not m:
            return cls()
        year = None if m.group(1) == "XXXX" else int(m.group(1))
        if year is not None and year not in ANCHOR_YEARS:
            return cls()
        month, day = (int(g) if g else None for g in m.group(2, 3))
        if month is not None and not 1 <= month <= 12:
            return cls(year)                       # "2022-13-45": the year alone is known
        if day is not None and not 1 <= day <= monthrange(year or DUMMY_YEAR, month or 1)[1]:
            return cls(year, month)                # "2022-02-30": the month is
        return cls(year, month, day)

    @property
    def date(self) -> date | None:
        if self.month and self.day:
            try:
                return date(self.year or DUMMY_YEAR, self.month, self.day)
            except ValueError:
                return None
        return None


def year_text(year: int | None) -> str:
    return f"{year:04d}" if year is not None else "XXXX"


def fmt_date(d: date, year_known: bool) -> str:
    return f"{year_text(d.year if year_known else None)}-{d.month:02d}-{d.day:02d}"


def week(d: date, year_known: bool) -> str:
    y, w, _ = d.isocalendar()
    return f"{year_text(y if year_known else None)}-W{w:02d}"


def shift_month(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + month - 1 + n
    return k // 12, k % 12 + 1


NEAR_AGAINST_TENSE = 60  # days: closer than this, the nearest date wins even against the tense


def pick_year(a: Anchor, month: int, day: int | None, tense: str | None) -> int | None:
    """The year of a month (and day) stated without one."""
    if a.year is None or a.month is None:
        return a.year
    if day is None and month == a.month:
        return a.year
    return nearest_year(a, lambda y: date(y, month, min(day or 15, 28)), tense)


def nearest_year(a: Anchor, when: Callable[[int], date], tense: str | None, strict: bool = False) -> int:
    """Of the anchor's year and the ones either side, the one whose date WHEN(year) is nearest the
    anchor, unless the tense points the other way and it is not very near (or STRICT, for 'last'
    and 'next'): then the nearest in the direction the tense points."""
    ref = date(a.year or DUMMY_YEAR, a.month or 6, a.day or 15)
    y0 = a.year or DUMMY_YEAR
    cands = sorted((abs(d), d, y) for d, y in (((when(y) - ref).days, y) for y in (y0 - 1, y0, y0 + 1)))
    gap, delta, year = cands[0]
    if tense is None or (delta >= 0) == (tense == "future") or (gap <= NEAR_AGAINST_TENSE and not strict):
        return year
    return next(y for _, d, y in cands if (d >= 0) == (tense == "future"))


def sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the sentence around [START, END) (at most 300 characters either side)."""
    lo = max(0, start - 300)
    s = lo
    for m in SENT_END.finditer(text, lo, start):
        s = m.end()
    after = SENT_END.search(text, end, min(len(text), end + 300))
    return s, (after.start() + 1 if after else min(len(text), end + 300))


def _cue(words: list[str], j: int) -> str | None:
    """The tense word J of WORDS marks: a future cue, or a past form ('said', 'attacked') unless a
    future auxiliary governs it ('will be held', 'is to be signed')."""
    w = words[j].lower()
    if w in FUTURE_IF_TO:
        return "future" if j + 1 < len(words) and words[j + 1].lower() in TO else None
    if w in FUTURE or w.endswith("'ll"):
        # "had been due to expire Friday": a plan as it stood before, for a day now past
        return "past" if "had" in (x.lower() for x in words[max(0, j - 3): j]) else "future"
    if w in REPORTING or w in PAST or (len(w) > 4 and w.endswith("ed") and w not in NOT_PAST
                                         and not w.startswith("un")):  # "untouched": an adjective
        group = [x.lower() for x in words[max(0, j - 3): j]]
        if any(x in FUTURE_AUX or x.endswith("'ll") for x in group) or "to be" in " ".join(group):
            return "future"
        return "past"
    return None


CUE_REACH = 8  # words either side of a time expression searched for its verb's tense


def tense_at(text: str, start: int, end: int) -> str | None:
    """'future' / 'past' / None: the tense cue nearest the span within its sentence (a time
    expression usually modifies the verb next to it: "said Friday", "will meet Monday");
    before the span wins a tie."""
    s, e = sentence(text, start, end)
    before = [w.group(0) for w in WORD.finditer(text, s, start)]
    words = before + [w.group(0) for w in WORD.finditer(text, end, e)]
    k = len(before)
    for i in range(min(len(words), CUE_REACH)):
        for j in (k - 1 - i, k + i):
            if 0 <= j < len(words):
                c = _cue(words, j)
                if c:
                    return c
    return None


@dataclass
class Ctx:
    """What resolvers know: the text, the anchor, and what was mentioned so far."""

    text: str
    anchor: Anchor
    last: date | None = None       # the last day-level date mentioned (for "the next day")
    last_year_known: bool = False
    last_end: int = -1             # where that mention ends
    last_year: int | None = None   # the last year mentioned in a date (for "that year")
    last_month: tuple[int | None, int] | None = None  # the last (year, month) mentioned ("the following month")
    last_quarter: str | None = None  # the last quarter mentioned ("a year earlier" in a results report)
    last_quarter_end: int = -1
    parsed_tense: TenseAt | None = field(default=None, repr=False)

    def tense(self, start: int, end: int) -> str | None:
        """The tense of the verb the expression at [START, END) modifies: from the parse when one is
        given and its verb's form says (``clause.py``), else from the words around it (``tense_at``)."""
        said = self.parsed_tense(start, end) if self.parsed_tense is not None else None
        return said or tense_at(self.text, start, end)


Res = tuple[str | None, str] | None   # (TIMEX3 value or None: not a time here, type)


def num_str(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


_MULTIPLES = {"DE": (10, "Y"), "CE": (100, "Y"), "FN": (2, "W")}   # a decade, a century, a fortnight
_SMALLER = {"Y": (12, "M"), "M": (30, "D"), "W": (7, "D"), "D": (24, "TH"), "TH": (60, "TM"), "TM": (60, "TS")}


def period(n: float | None, code: str) -> str:
    """A TIMEX3 period: 'P3D', 'PT1H', 'PXY' (X: unknown amount); decades and centuries in years
    ('P10Y', as TimeBank writes them), a fortnight in weeks ('P2W'), a fraction in the next smaller
    unit ('PT1H30M', 'P1Y6M')."""
    if code in _MULTIPLES:
        k, code = _MULTIPLES[code]
        n = None if n is None else n * k
    parts = [(n, code)]
    if n is not None and n != int(n) and code in _SMALLER:
        k, sub = _SMALLER[code]
        parts = [(int(n), code), (round((n - int(n)) * k), sub)]
    amount = lambda x: "X" if x is None else num_str(x)
    day_part = "".join(f"{amount(x)}{c}" for x, c in parts if not c.startswith("T") and x != 0)
    time_part = "".join(f"{amount(x)}{c[1]}" for x, c in parts if c.startswith("T") and x != 0)
    return "P" + day_part + ("T" + time_part if time_part else "")
