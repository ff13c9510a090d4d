"""The publication date inferred from the text when none is given: the latest date the article
reports in the past that no future date it names precedes, or a dateline ('KYIV, Jan 2 (Reuters) -')."""
from __future__ import annotations

import re
from collections.abc import Callable

from ...model import Timex
from .anchor import tense_at, year_text
from .find import DAY_VALUE, find_timexes
from .patterns import ANCHOR_BLOCK, DATELINE_AFTER, DATELINE_BEFORE, DATELINE_REACH

Day = tuple[int | None, int, int]   # year (None: unknown), month, day


def infer_anchor(text: str, timexes: list[Timex] | None = None) -> str | None:
    """When the publication date is unknown: the most plausible publication date from the text,
    e.g. 'Nayev said on December 18' + 'will come on December 19' -> 'XXXX-12-18' (year unknown
    stays XXXX). None when nothing supports a guess.

    News reports what was said and done up to its day: the latest calendar date spoken of in the
    past (else with no tense) that is no later than any date spoken of in the future. Dates
    written without their year come first (news names the current year's days so, and gives
    the year for other years); dates that close a period, fall due or start a range ('the
    year ended Sept. 30', 'payable Jan. 2', 'from May 1') say nothing of the day of writing."""
    tx = timexes if timexes is not None else find_timexes(text, None)
    past: list[Day] = []
    undated: list[Day] = []
    future: list[Day] = []
    for t in tx:
        m = DAY_VALUE.match(t.value)
        if not m or not re.search(r"\d", t.text) or ANCHOR_BLOCK.search(text, max(0, t.span[0] - 30), t.span[0]):
            continue  # only dates the text spells out, not "yesterday" resolved against nothing
        if _is_dateline(text, t.span):
            return m.group(0)
        day = (None if m.group(1) == "XXXX" else int(m.group(1)), int(m.group(2)), int(m.group(3)))
        {"past": past, "future": future}.get(tense_at(text, *t.span) or "", undated).append(day)
    latest = max((int(t.value) for t in tx if re.fullmatch(r"\d{4}", t.value)
                  and tense_at(text, *t.span) != "future"), default=None)
    pool = [d for d in past or undated if d[0] is None or latest is None or d[0] >= latest]
    if not pool:
        return None  # every date named lies in a year before one the text speaks of: history
    key = _chronology(pool + future)
    bound = min(map(key, future)) if future else None
    fits = [d for d in pool if bound is None or key(d) <= bound] or pool
    fits = [d for d in fits if d[0] is None] or fits
    year, month, day = key(max(fits, key=key))  # a missing year taken from the dates that state one
    return f"{year_text(year if year > 0 else None)}-{month:02d}-{day:02d}"


def _is_dateline(text: str, span: tuple[int, int]) -> bool:
    """'KYIV, Jan 2 (Reuters) -' near the top: the date the report was filed."""
    s, e = span
    line_start = text.rfind("\n", 0, s) + 1
    return (s <= DATELINE_REACH and bool(DATELINE_BEFORE.search(text, max(0, line_start - 1), s))
            and bool(DATELINE_AFTER.match(text[e: e + 40])))


def _chronology(days: list[Day]) -> Callable[[Day], tuple]:
    """A sort key (year, month, day) for dates some of which lack their year: those take the
    latest stated year (0 when none is stated), and when they straddle a new year (December
    and January), November and December count as the year before."""
    years = [y for y, _, _ in days if y is not None]
    default = max(years) if years else 0
    yearless = [m for y, m, _ in days if y is None]
    straddle = any(m <= 2 for m in yearless) and any(m >= 11 for m in yearless)

    def key(d: Day) -> tuple:
        y, m, dd = d
        if y is None:
            y = default - (1 if straddle and m >= 11 else 0)
        return (y, m, dd)
    return key
