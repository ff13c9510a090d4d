"""Time expressions (TIMEX3, TempEval-3 conventions) found by rules and resolved against the
publication date, the way HeidelTime works: patterns over the raw text, then small resolvers.

Patterns live in ``data/timex_rules.json`` (with macros filled from ``data/timex_lexicon.json``);
each rule names one resolver below. All candidates are collected at once, overlaps keep the
longest, and the survivors are resolved in text order (so "the next day" can lean on the last
date mentioned). A year the text never states and the anchor lacks is written ``XXXX``.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Callable

from newsledger.model import Timex

_DATA = Path(__file__).resolve().parent.parent / "data"
LEX: dict = json.loads((_DATA / "timex_lexicon.json").read_text(encoding="utf-8"))
_RULEBOOK: dict = json.loads((_DATA / "timex_rules.json").read_text(encoding="utf-8"))
_RULES: list[dict] = _RULEBOOK["rules"]
_DUMMY_YEAR = 2000  # leap year standing in for an unknown one in day arithmetic

# ---------------------------------------------------------------- patterns

def _alt(words, case_sensitive: bool = False) -> str:
    """One regex for a set of WORDS, as a trie ('Jan(?:uary)?'), so matching costs one pass
    whatever the list's length; longer words win; spaces match any whitespace."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w if case_sensitive else w.lower():
            node = node.setdefault(ch, {})
        node[""] = {}
    body = _trie_regex(trie)
    return f"(?-i:{body})" if case_sensitive else f"(?:{body})"


def _trie_regex(node: dict) -> str:
    piece = {" ": r"\s+", "'": "['’]"}
    branches = [(piece.get(k) or re.escape(k)) + _trie_regex(node[k]) for k in sorted(node) if k]
    if not branches:
        return ""
    alt = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{alt})?" if "" in node else alt


def _macros() -> dict[str, str]:
    months, weekdays = LEX["months"], LEX["weekdays"]
    full_months = [m for m in months if len(m) > 4 or m in ("May", "June", "July")]
    abbrev = [m + "." for m in months if m not in full_months]
    full_days = [d for d in weekdays if d.endswith("day")]
    units = _alt(LEX["units"])
    num_words = _alt(LEX["numbers"])
    digits = r"\d+(?:\.\d+|\s+1/2)?"
    tens = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    ones = "(?:one|two|three|four|five|six|seven|eight|nine)"
    return {
        "MONTH": rf"(?<!\w)(?P<month>{_alt(months, True)})",
        "MONTHFULL": rf"(?<!\w)(?P<month>{_alt(full_months + abbrev, True)})",
        "WEEKDAY": rf"(?<!\w)(?P<wd>{_alt(full_days, True)})",
        "DAY": r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)",
        "YEAR": r"(?<!\d)(?P<year>(?:1[6-9]|20)\d\d)(?!\d)",
        "ANYYEAR": rf"(?:(?<!\d)(?P<year>(?:1[6-9]|20)\d\d)(?!\d)|(?P<yearw>{_spelled_year_regex()}))",
        "NUM": rf"(?:{digits}|{tens}[-\s]{ones}|{num_words})",
        "VAGUE": _alt(LEX["vague_numbers"]),
        "UNIT": units,
        "SEASON": rf"(?P<season>{_alt(LEX['seasons'])})",
        "HOLIDAY": rf"(?<!\w)(?P<holiday>{_alt(LEX['holidays'], True)})(?!\w)",
        "SET": rf"\b(?P<set>{_alt(LEX['sets'])})\b",
        "REF": rf"(?P<ref>{_alt(k for k in LEX['refs'])})",
        "DECADEWORD": _alt(LEX["decade_words"]["words"]),
        "PRE": (r"(?P<pre>(?:the\s+)?(?:end|beginning|start|middle|turn|close)\s+of\s+(?:the\s+)?"
                r"|(?:early|late|mid)(?:-|\s+)|(?:earlier|later)\s+(?:in\s+)?)?"),
    }


def _spelled_year_regex() -> str:
    """'nineteen ninety-six', 'nineteen hundred'; 'two thousand and one' and 'twenty twelve'
    only after 'year' (alone they are mostly counts)."""
    sy = LEX["spelled_years"]
    teens = "(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
    tens = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    ones = "(?:one|two|three|four|five|six|seven|eight|nine)"
    cent = _alt(sy["centuries"])
    mill = _alt(sy["millennium"])
    return (rf"\b{cent}[-\s]+(?:hundred|{teens}|{tens}(?:[-\s]+{ones})?)\b(?![-\s]+(?:{ones}|hundred|thousand)\b)"
            rf"|(?<=\byear\s){mill}(?:\s+and)?(?:[-\s]+(?:{teens}|{ones}))?\b")


def _year_of(m: re.Match) -> str | None:
    """The four-digit year a match states, in digits or in words, else None."""
    g = m.groupdict()
    if g.get("year"):
        return g["year"]
    if not g.get("yearw"):
        return None
    words = re.sub(r"\s+and\b", "", g["yearw"].lower()).replace("-", " ").split()
    sy, nums = LEX["spelled_years"], LEX["numbers"]
    base = " ".join(words[:2]) if " ".join(words[:2]) in sy["millennium"] else words[0]
    start = sy["centuries"].get(base) or sy["millennium"][base]
    rest = sum(nums.get(w, 0) for w in words[len(base.split()):] if w != "hundred")
    return f"{start + rest:04d}"


def _compile_rules() -> list[tuple[dict, re.Pattern]]:
    macros = _macros()
    expand = lambda p: re.sub(r"\{([A-Z]+)\}", lambda m: macros[m.group(1)], p)  # noqa: E731
    # every expression starts at a word's edge: saying so up front lets the engine skip the
    # insides of words at once
    return [(r, re.compile(r"(?<!\w)(?=[\w'’])(?:" + expand(r["pattern"]) + ")", re.IGNORECASE)) for r in _RULES]


def _compile_triggers() -> re.Pattern:
    """Words and shapes one of which every time expression contains."""
    trig = _RULEBOOK["triggers"]
    words = [*LEX["months"], *LEX["weekdays"], *LEX["units"], *LEX["seasons"], *LEX["parts_of_day"],
             *LEX["holidays"], *LEX["refs"], *LEX["sets"], *trig["words"],
             *LEX["decade_words"]["words"]]
    return re.compile(rf"(?<!\w){_alt(words)}(?!\w)|" + "|".join(trig["patterns"]), re.IGNORECASE)


_COMPILED = _compile_rules()
_TRIGGER = _compile_triggers()
_WORD = re.compile(r"[A-Za-z']+")
_SENT_END = re.compile(r"(?<![A-Z][a-z])(?<!\b[A-Z])[.!?][\"”’]?\s+(?=[A-Z\"“])|\n")
_REPORTING = set(LEX["reporting_verbs"])
_FUTURE = set(LEX["future_cues"])
_FUTURE_IF_TO = set(LEX["future_cues_before_to"]["words"])
_TO = set(LEX["future_cues_before_to"]["next"])
_PAST = set(LEX["past_cues"])
_NOT_PAST = set(LEX["past_suffix_exceptions"])
_FUTURE_AUX = set(LEX["future_auxiliaries"])
_ANCHOR_BLOCK = re.compile(LEX["anchor_blockers"]["before"], re.IGNORECASE)
_DATELINE_BEFORE = re.compile(LEX["anchor_blockers"]["dateline_before"])
_DATELINE_AFTER = re.compile(LEX["anchor_blockers"]["dateline_after"])
DATELINE_REACH = 300  # characters: how near the top a dateline stands


# ---------------------------------------------------------------- anchor and dates

@dataclass
class Anchor:
    """The publication date, possibly partial; year None when unknown (``XXXX``)."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, value: str | None) -> "Anchor":
        m = re.match(r"^(\d{4}|XXXX)(?:-(\d\d))?(?:-(\d\d))?", value or "")
        if not m:
            return cls()
        year = None if m.group(1) == "XXXX" else int(m.group(1))
        return cls(year, int(m.group(2)) if m.group(2) else None, int(m.group(3)) if m.group(3) else None)

    @property
    def date(self) -> date | None:
        if self.month and self.day:
            try:
                return date(self.year or _DUMMY_YEAR, self.month, self.day)
            except ValueError:
                return None
        return None


def _y(year: int | None) -> str:
    return f"{year:04d}" if year is not None else "XXXX"


def _fmt_date(d: date, year_known: bool) -> str:
    return f"{_y(d.year if year_known else None)}-{d.month:02d}-{d.day:02d}"


def _week(d: date, year_known: bool) -> str:
    y, w, _ = d.isocalendar()
    return f"{_y(y if year_known else None)}-W{w:02d}"


def _shift_month(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + month - 1 + n
    return k // 12, k % 12 + 1


NEAR_AGAINST_TENSE = 60  # days: closer than this, the nearest date wins even against the tense
                         # around it (tense cues are weak; measured on TimeBank/AQUAINT)


def _pick_year(a: Anchor, month: int, day: int | None, tense: str | None) -> int | None:
    """The year of a month (and day) stated without one."""
    if a.year is None or a.month is None:
        return a.year
    if day is None and month == a.month:
        return a.year
    return _nearest_year(a, lambda y: date(y, month, min(day or 15, 28)), tense)


def _nearest_year(a: Anchor, when: Callable[[int], date], tense: str | None, strict: bool = False) -> int:
    """Of the anchor's year and the ones either side, the one whose date WHEN(year) is nearest the
    anchor, unless the tense points the other way and it is not very near (or STRICT, for 'last'
    and 'next'): then the nearest in the direction the tense points."""
    ref = date(a.year or _DUMMY_YEAR, a.month or 6, a.day or 15)
    y0 = a.year or _DUMMY_YEAR
    cands = sorted((abs(d), d, y) for d, y in (((when(y) - ref).days, y) for y in (y0 - 1, y0, y0 + 1)))
    gap, delta, year = cands[0]
    if tense is None or (delta >= 0) == (tense == "future") or (gap <= NEAR_AGAINST_TENSE and not strict):
        return year
    return next(y for _, d, y in cands if (d >= 0) == (tense == "future"))


# ---------------------------------------------------------------- tense around a span

def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the sentence around [START, END) (at most 300 characters either side)."""
    lo = max(0, start - 300)
    s = lo
    for m in _SENT_END.finditer(text, lo, start):
        s = m.end()
    m = _SENT_END.search(text, end, min(len(text), end + 300))
    return s, (m.start() + 1 if m else min(len(text), end + 300))


def _cue(words: list[str], j: int) -> str | None:
    """The tense word J of WORDS marks: a future cue, or a past form ('said', 'attacked') unless a
    future auxiliary governs it ('will be held', 'is to be signed')."""
    w = words[j].lower()
    if w in _FUTURE_IF_TO:
        return "future" if j + 1 < len(words) and words[j + 1].lower() in _TO else None
    if w in _FUTURE or w.endswith("'ll"):
        # "had been due to expire Friday": a plan as it stood before, for a day now past
        return "past" if "had" in (x.lower() for x in words[max(0, j - 3): j]) else "future"
    if w in _REPORTING or w in _PAST or (len(w) > 4 and w.endswith("ed") and w not in _NOT_PAST
                                         and not w.startswith("un")):  # "untouched": an adjective
        group = [x.lower() for x in words[max(0, j - 3): j]]
        if any(x in _FUTURE_AUX or x.endswith("'ll") for x in group) or "to be" in " ".join(group):
            return "future"
        return "past"
    return None


CUE_REACH = 8  # words either side of a time expression searched for its verb's tense


def tense_at(text: str, start: int, end: int) -> str | None:
    """'future' / 'past' / None: the tense cue nearest the span within its sentence (a time
    expression usually modifies the verb next to it: "said Friday", "will meet Monday");
    before the span wins a tie."""
    s, e = _sentence(text, start, end)
    before = [w.group(0) for w in _WORD.finditer(text, s, start)]
    words = before + [w.group(0) for w in _WORD.finditer(text, end, e)]
    k = len(before)
    for i in range(min(len(words), CUE_REACH)):
        for j in (k - 1 - i, k + i):
            if 0 <= j < len(words):
                c = _cue(words, j)
                if c:
                    return c
    return None


# ---------------------------------------------------------------- resolvers

@dataclass
class _Ctx:
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


Res = tuple[str, str] | None
_POD = LEX["parts_of_day"]
_WEEKDAY_PODS = set(LEX["weekday_parts_valued"]["words"])


def _pod(m: re.Match) -> str:
    pod = m.groupdict().get("pod")
    return f"T{_POD[pod.lower()]}" if pod and pod.lower() in _POD else ""


def _numeric_date(m: re.Match, c: _Ctx) -> Res:
    a, b, y = int(m.group("a")), int(m.group("b")), int(_year_of(m))
    month, day = (a, b) if m.group(0)[4:5] == "-" or a <= 12 else (b, a)
    y = y + (1900 if y >= 50 else 2000) if y < 100 else y
    try:
        return _fmt_date(date(y, month, day), True), "DATE"
    except ValueError:
        return None


_MOD_TENSE = {"last": "past", "past": "past", "next": "future", "coming": "future"}


def _month_day(m: re.Match, c: _Ctx) -> Res:
    """'March 5', 'Oct. 23, 1998', 'last Oct. 23' (the latest one before the anchor)."""
    month, day = LEX["months"][m.group("month")], int(m.group("day"))
    mod = _MOD_TENSE.get((m.groupdict().get("mod") or "").lower())
    if _year_of(m):
        year = int(_year_of(m))
    elif mod and c.anchor.year is not None and c.anchor.month is not None:
        year = _nearest_year(c.anchor, lambda y: date(y, month, min(day, 28)), mod, strict=True)
    else:
        year = _pick_year(c.anchor, month, day, tense_at(c.text, m.start(), m.end()))
    try:
        date(year or _DUMMY_YEAR, month, day)
    except ValueError:
        return None
    return f"{_y(year)}-{month:02d}-{day:02d}", "DATE"


def _month(m: re.Match, c: _Ctx) -> Res:
    month = LEX["months"][m.group("month").rstrip(".")]
    if _year_of(m):
        return f"{_year_of(m)}-{month:02d}", "DATE"
    a, mod = c.anchor, (m.groupdict().get("mod") or "").lower()
    if a.year is None or a.month is None:
        return f"XXXX-{month:02d}", "DATE"
    if m.groupdict().get("relyear"):
        return f"{a.year + {'last': -1, 'this': 0, 'next': 1}[m.group('relyear').lower()]:04d}-{month:02d}", "DATE"
    if mod in ("last", "past", "previous"):
        year = a.year if month < a.month else a.year - 1
    elif mod in ("next", "coming"):
        year = a.year if month > a.month else a.year + 1
    elif mod == "this":
        year = a.year
    else:
        year = _pick_year(a, month, None, tense_at(c.text, m.start(), m.end()))
    return f"{year:04d}-{month:02d}", "DATE"


def _year(m: re.Match, c: _Ctx) -> Res:
    return _year_of(m), "DATE"


def _decade(m: re.Match, c: _Ctx) -> Res:
    if m.groupdict().get("decade"):
        return m.group("decade"), "DATE"
    if m.groupdict().get("decword"):  # "the nineties": of the 1900s, as news written then means
        return f"19{LEX['decade_words']['words'][m.group('decword').lower()]}", "DATE"
    digit = int(m.group("decade2"))
    return ("19" if digit >= 2 else "20") + str(digit), "DATE"


def _century(m: re.Match, c: _Ctx) -> Res:
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


def _weekday(m: re.Match, c: _Ctx) -> Res:
    wd = LEX["weekdays"][m.group("wd")]
    mod = re.sub(r"\s+", " ", (m.groupdict().get("mod") or "").lower())
    if mod.startswith("the ") and c.last is not None:
        # "the previous Friday", "the following Monday": counted from the day last spoken of
        ref = Anchor(c.last.year, c.last.month, c.last.day)
        d = _weekday_date(ref, wd, "last" if mod.endswith("previous") else "next")
        return (_fmt_date(d, c.last_year_known) if d else f"XXXX-WXX-{wd}"), "DATE"
    mod = mod.removeprefix("the ")
    direction = {"last": "last", "past": "last", "previous": "last", "next": "next", "coming": "next",
                 "this": "this"}.get(mod)
    if not direction and c.text.startswith(("'s", "’s"), m.end()):
        direction = "past"  # "Monday's vote" has happened
    if not direction:
        d = c.anchor.date
        adjacent = d is not None and 1 in ((wd - d.isoweekday()) % 7, (d.isoweekday() - wd) % 7)
        # the day before or after the anchor is meant whatever the (weak) tense cue says
        direction = "nearest" if adjacent else tense_at(c.text, m.start(), m.end()) or WEEKDAY_DEFAULT
    d = _weekday_date(c.anchor, wd, direction)
    pod = _pod(m) if (m.groupdict().get("pod") or "").lower() in _WEEKDAY_PODS else ""
    return (_fmt_date(d, True) if d else f"XXXX-WXX-{wd}") + pod, "TIME" if pod else "DATE"


def _week_of(m: re.Match, c: _Ctx) -> Res:
    """'the week of March 6': the ISO week holding that day."""
    res = _month_day(m, c)
    if res is None or res[0].startswith("XXXX"):
        return res
    return _week(date.fromisoformat(res[0]), True), "DATE"


def _part_of_day(m: re.Match, c: _Ctx) -> Res:
    """'late afternoon', 'in the morning': that part of the day last spoken of in the sentence,
    else of the publication day."""
    pod = LEX["parts_of_day"][(m.group("pod") or m.group("pod2")).lower()]
    d, known = c.anchor.date, c.anchor.year is not None
    if c.last and c.last_end >= _sentence(c.text, m.start(), m.end())[0]:
        d, known = c.last, c.last_year_known
    return (_fmt_date(d, known) if d else "XXXX-XX-XX") + f"T{pod}", "TIME"


def _weekday_set(m: re.Match, c: _Ctx) -> Res:
    """'every Monday', 'Mondays', 'Tuesday nights' (each one: TNI)."""
    g = m.groupdict()
    name = g.get("wd") or g["wdplural"]
    pod = (g.get("pod") or g.get("pods") or "").lower().removesuffix("s")
    return f"XXXX-WXX-{LEX['weekdays'][name]}" + (f"T{_POD[pod]}" if pod else ""), "SET"


def _month_set(m: re.Match, c: _Ctx) -> Res:
    """'each July': every July."""
    return f"XXXX-{LEX['months'][m.group('month').rstrip('.')]:02d}", "SET"


_REL_DAYS = {"today": 0, "tonight": 0, "this": 0, "yesterday": -1, "last": -1, "tomorrow": 1,
             "the day before yesterday": -2, "the day after tomorrow": 2}


_GENERIC_AFTER = re.compile(rf"['’]s\s+(?:\w+\s+)?{_alt(LEX['generic_day_possessive']['words'])}\b", re.IGNORECASE)


def _rel_day(m: re.Match, c: _Ctx) -> Res:
    rel = re.sub(r"\s+", " ", m.group("rel").lower())
    if rel in ("today", "tomorrow") and _GENERIC_AFTER.match(c.text, m.end()):
        return None  # "today's world": the present age, not the day
    pod = _pod(m) or ("TNI" if rel == "tonight" else "")
    d = c.anchor.date
    if d is None:
        return ("PRESENT_REF" if rel in ("today", "tonight", "this") else "XXXX-XX-XX" + pod), "DATE"
    return _fmt_date(d + timedelta(days=_REL_DAYS[rel]), c.anchor.year is not None) + pod, "TIME" if pod else "DATE"


def _anaphoric_day(m: re.Match, c: _Ctx) -> Res:
    """'the next day', 'that day', 'the following year': relative to the last date mentioned."""
    phrase = re.sub(r"\s+", " ", m.group("ana").lower())
    ref, known = (c.last, c.last_year_known) if c.last else (c.anchor.date, c.anchor.year is not None)
    if ref is None:
        return None
    step = 1 if re.search(r"next|following|after", phrase) else -1 if re.search(r"previous|preceding|before", phrase) else 0
    if re.search(r" (?:day|morning|afternoon|evening|night)\b", phrase):
        return _fmt_date(ref + timedelta(days=step), known), "DATE"
    if phrase.endswith("week"):
        return _week(ref + timedelta(days=7 * step), known), "DATE"
    if phrase.endswith("month"):
        if c.last_month is not None:  # "in March ... the following month": from the month named
            known = c.last_month[0] is not None
            ref = date(c.last_month[0] or _DUMMY_YEAR, c.last_month[1], 1)
        y, mo = _shift_month(ref.year, ref.month, step)
        return f"{_y(y if known else None)}-{mo:02d}", "DATE"
    year = c.last_year if c.last_year is not None else (ref.year if known else None)
    return _y(year + step if year is not None else None), "DATE"


_STEP = {"last": -1, "previous": -1, "the previous": -1, "past": -1, "the past": -1, "the last": -1,
         "the latest": -1, "next": 1, "the next": 1, "coming": 1, "the coming": 1,
         "this": 0, "current": 0, "the current": 0, "the same": 0, "the": 0, "the full": 0}


def _rel_unit(m: re.Match, c: _Ctx) -> Res:
    mod = re.sub(r"\s+", " ", m.group("mod").lower())
    unit = re.sub(r"\s+", " ", m.group("unit").lower())
    if mod in ("the past", "the last", "the next") and unit not in ("weekend", "fiscal year", "season", "year"):
        # "the past year" is written as the year before (TimeBank, AQUAINT), other units as stretches
        code = LEX["units"][unit]
        return _period(1, code), "DURATION"
    step = _STEP.get(mod, 0)
    a = c.anchor
    known = a.year is not None
    if unit in ("year", "fiscal year"):
        return (_y(a.year + step) if known else "XXXX"), "DATE"
    if a.month is None:
        return None
    y = a.year or _DUMMY_YEAR
    if unit == "month":
        y2, m2 = _shift_month(y, a.month, step)
        return f"{_y(y2 if known else None)}-{m2:02d}", "DATE"
    if unit == "quarter":
        q = (y * 4 + (a.month - 1) // 3) + step
        return f"{_y(q // 4 if known else None)}-Q{q % 4 + 1}", "DATE"
    if unit in ("decade", "century"):
        if not known:
            return None
        size = 10 if unit == "decade" else 100
        return str((y // size + step) * size)[: 3 if size == 10 else 2], "DATE"
    if unit == "season":
        return _season_value(a, _season_of(a.month), step, known), "DATE"
    d = a.date
    if d is None:
        return None
    if unit == "weekend":
        return _weekend(c, m, d, mod, known), "DATE"
    return _week(d + timedelta(days=7 * step), known), "DATE"


_TITLE_OF = re.compile(rf"\b{_alt(LEX['titles_of_the_unit']['words'])}\s+of\s+$", re.IGNORECASE)


def _for_the_unit(m: re.Match, c: _Ctx) -> Res:
    """'for the year', 'the first nine months of the year': the current one, not in titles."""
    if _TITLE_OF.search(c.text, max(0, m.start() - 30), m.start()):
        return None
    return _rel_unit(m, c)


def _weekend(c: _Ctx, m: re.Match, d: date, mod: str, known: bool) -> str:
    """'last weekend' is the one before the anchor's week, 'next weekend' the coming one, 'this
    weekend' the anchor's; a bare 'the weekend' follows the tense, and said on a weekend day
    in the past it is that one."""
    on_weekend = d.isoweekday() >= 6
    if mod == "the":
        mod = "next" if tense_at(c.text, m.start(), m.end()) == "future" else "the past"
        if on_weekend and mod == "the past":
            mod = "this"
    if mod in ("next", "coming", "the coming"):
        d = d + timedelta(days=7) if on_weekend else d
    elif mod in ("last", "past", "previous", "the previous", "the past"):
        d = d - timedelta(days=7)
    return _week(d, known) + "-WE"


_SEASONS = ["SP", "SU", "FA", "WI"]


def _season_of(month: int) -> tuple[int, int]:
    """(year offset, season index) of a month: December starts the winter named by its year."""
    idx = {12: 3, 1: 3, 2: 3}.get(month, (month - 3) // 3)
    return (-1 if month <= 2 else 0), idx


def _season_value(a: Anchor, cur: tuple[int, int], step: int, known: bool) -> str:
    k = ((a.year or _DUMMY_YEAR) + cur[0]) * 4 + cur[1] + step
    return f"{_y(k // 4 if known else None)}-{_SEASONS[k % 4]}"


_SEASON_BEFORE = re.compile(rf"\b{_alt(LEX['season_prepositions']['words'])}\s+(?:the\s+)?$", re.IGNORECASE)


def _season(m: re.Match, c: _Ctx) -> Res:
    name = LEX["seasons"][m.group("season").lower()]
    if _year_of(m):
        return f"{_year_of(m)}-{name}", "DATE"
    mod = re.sub(r"\s+", " ", (m.groupdict().get("mod") or "").lower())
    before = c.text[max(0, m.start() - 20): m.start()]
    if not mod and not m.group("pre") and not _SEASON_BEFORE.search(before):
        return None
    a = c.anchor
    if a.month is None:
        return f"XXXX-{name}", "DATE"
    yoff, cur = _season_of(a.month)
    target = _SEASONS.index(name)
    now = ((a.year or _DUMMY_YEAR) + yoff) * 4 + cur
    direction = {"last": "last", "past": "last", "previous": "last", "the past": "last", "next": "next",
                 "coming": "next", "the coming": "next", "this": "this"}.get(mod) or tense_at(c.text, m.start(), m.end()) or "past"
    if direction == "this":
        k = ((a.year or _DUMMY_YEAR) + (yoff if target == 3 else 0)) * 4 + target
    else:
        k = now + ((target - now) % 4 if direction in ("future", "next") else -((now - target) % 4))
        if direction == "last" and k == now:
            k -= 4
        if direction == "next" and k == now:
            k += 4
    return f"{_y(k // 4 if a.year is not None else None)}-{_SEASONS[k % 4]}", "DATE"


def _quarter(m: re.Match, c: _Ctx) -> Res:
    g = m.groupdict()
    a = c.anchor
    after = c.text[m.end(): m.end() + 12]
    if re.match(r"[-\s]+(?:of|century|mile|point|hour|inch|final)\b", after):
        return None
    q = int(g["qnum"]) if g.get("qnum") else (LEX["ordinals"][g["ord"].lower()] if g.get("ord") else None)
    if _year_of(m):
        return f"{_year_of(m)}-Q{q}" if q else _year_of(m), "DATE"
    if a.month is None:
        return (f"XXXX-Q{q}" if q else "XXXX-QX"), "DATE"
    y = a.year or _DUMMY_YEAR
    cur = (a.month - 1) // 3 + 1
    mod = (g.get("mod") or "").lower()
    rel = (g.get("relyear") or "").lower()
    if q is None:  # "the quarter", "the latest quarter": the last one completed
        y, q = divmod(y * 4 + cur - 2, 4)
        q += 1
    elif rel:
        y += {"this": 0, "last": -1, "next": 1}[rel]
    elif q > cur and tense_at(c.text, m.start(), m.end()) != "future":
        y -= 1  # quarters are reported once they are over: the latest one of that number,
                # unless one still to come is spoken of ("expected to close in the third quarter")
    if mod in ("year-earlier", "year-ago"):
        y -= 1
    return f"{_y(y if a.year is not None else None)}-Q{q}", "DATE"


def _half(m: re.Match, c: _Ctx) -> Res:
    h = 1 if m.group("ord").lower() == "first" else 2
    if _year_of(m):
        return f"{_year_of(m)}-H{h}", "DATE"
    rel = (m.groupdict().get("relyear") or "").lower()
    if not rel and "year" not in m.group(0).lower():
        return None
    a = c.anchor
    y = None if a.year is None else a.year + {"": 0, "this": 0, "last": -1, "next": 1}[rel]
    return f"{_y(y)}-H{h}", "DATE"


def _number(s: str) -> float | None:
    """A cardinal from digits or words ('twenty-four'); None for vague quantities ('several')."""
    s = re.sub(r"\s+", " ", s.lower().strip())
    if re.fullmatch(r"\d+(?:\.\d+)?", s):
        return float(s)
    if re.fullmatch(r"\d+ 1/2", s):  # "2 1/2 years"
        return float(s.split()[0]) + 0.5
    if s in LEX["numbers"]:
        return float(LEX["numbers"][s])
    parts = re.split(r"[-\s]", s)
    if len(parts) == 2 and parts[0] in LEX["numbers"] and parts[1] in LEX["numbers"]:
        return float(LEX["numbers"][parts[0]] + LEX["numbers"][parts[1]])
    return None


def _num_str(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def _duration(m: re.Match, c: _Ctx) -> Res:
    """'three days' P3D, 'several weeks' PXW, 'a two-year' P2Y, 'for years' PXY; rates ('$5 a
    day'), ages ('6-year-old', refused by the pattern) and fractions ('three-quarters') are not."""
    unit = m.group("unit").lower()
    code = LEX["units"][unit]
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
    if raw and raw.lower() in ("a", "an") and re.search(r"(?:\d|\b(?:times|once|twice))\S*(?:\s+\S+){0,2}\s*$", c.text[max(0, m.start() - 30): m.start()]):
        return None  # "$1,500 a month", "four flights a week": a rate, not a stretch of time
    if raw and n is None and raw.lower() not in {v.lower() for v in LEX["vague_numbers"]}:
        return None
    if n is not None and n >= 1000 and not unit.endswith("s"):
        return None  # "the 1988 quarter": a year, not a duration
    if n is not None and "and a half" in m.group(0).lower():
        n += 0.5
    return _period(n, code), "DURATION"


_SMALLER = {"Y": (12, "M"), "M": (30, "D"), "W": (7, "D"), "D": (24, "TH"), "TH": (60, "TM"), "TM": (60, "TS")}


def _period(n: float | None, code: str) -> str:
    """A TIMEX3 period: 'P3D', 'PT1H', 'PXY' (X: unknown amount); decades and centuries in years
    ('P10Y', as TimeBank writes them), a fraction in the next smaller unit ('PT1H30M', 'P1Y6M')."""
    if code in ("DE", "CE"):
        n, code = (None if n is None else n * (10 if code == "DE" else 100)), "Y"
    parts = [(n, code)]
    if n is not None and n != int(n) and code in _SMALLER:
        k, sub = _SMALLER[code]
        parts = [(int(n), code), (round((n - int(n)) * k), sub)]
    amount = lambda x: "X" if x is None else _num_str(x)  # noqa: E731
    day_part = "".join(f"{amount(x)}{c}" for x, c in parts if not c.startswith("T") and x != 0)
    time_part = "".join(f"{amount(x)}{c[1]}" for x, c in parts if c.startswith("T") and x != 0)
    return "P" + day_part + ("T" + time_part if time_part else "")


def _offset(m: re.Match, c: _Ctx) -> Res:
    """'two years ago', 'three days earlier', 'a week from now': the anchor moved by the amount,
    written at the unit's granularity."""
    unit = LEX["units"][m.group("unit").lower()]
    sign = 1 if re.match(r"from|hence", m.group("dir").lower()) else -1
    n = _number(m.group("num"))
    a = c.anchor
    if n is None or n != int(n):
        return ("FUTURE_REF" if sign > 0 else "PAST_REF"), "DATE"
    n = int(n) * sign
    known = a.year is not None
    y = a.year or _DUMMY_YEAR
    if unit == "Y" and n == -1 and _quarter_in_view(c, m.start()):
        return _year_earlier(c, m.start()), "DATE"  # "profit fell from $5 million a year earlier": that quarter
    if unit in ("Y", "DE", "CE"):
        if a.year is None:
            return "XXXX", "DATE"
        span = {"Y": 1, "DE": 10, "CE": 100}[unit]
        return str(a.year + n * span), "DATE"
    if a.month is None:
        return ("FUTURE_REF" if sign > 0 else "PAST_REF"), "DATE"
    if unit in ("M", "Q"):
        y2, m2 = _shift_month(y, a.month, n * (3 if unit == "Q" else 1))
        return f"{_y(y2 if known else None)}-{m2:02d}", "DATE"
    d = a.date
    if d is None:
        return ("FUTURE_REF" if sign > 0 else "PAST_REF"), "DATE"
    if unit == "W":
        return _week(d + timedelta(days=7 * n), known), "DATE"
    if unit in ("D", "WE"):
        return _fmt_date(d + timedelta(days=n), known), "DATE"
    return _fmt_date(d, known), "TIME"


QUARTER_REACH = 1000  # characters: how far back a quarter stays the period under discussion


def _quarter_in_view(c: _Ctx, pos: int) -> bool:
    return c.last_quarter is not None and pos - c.last_quarter_end <= QUARTER_REACH


def _year_earlier(c: _Ctx, pos: int) -> str | None:
    """The period a year before the quarter just spoken of, else the year before the anchor's."""
    if _quarter_in_view(c, pos):
        return f"{int(c.last_quarter[:4]) - 1:04d}{c.last_quarter[4:]}"
    return _y(c.anchor.year - 1) if c.anchor.year is not None else None


def _completed_quarter(a: Anchor) -> str | None:
    """The last quarter over by the anchor's month: the one a results report speaks of."""
    if a.month is None:
        return None
    k = (a.year or _DUMMY_YEAR) * 4 + (a.month - 1) // 3 - 1
    return f"{_y(k // 4 if a.year is not None else None)}-Q{k % 4 + 1}"


def _period_ref(m: re.Match, c: _Ctx) -> Res:
    """'the latest period', 'the 1988 period', 'the corresponding period last year': in a results
    report, the quarter under discussion (else the last one completed), in the year named or a
    year before; 'the same period' alone only while a quarter is in view."""
    in_view = _quarter_in_view(c, m.start())
    if not in_view and not m.groupdict().get("mod"):
        return None
    base = c.last_quarter if in_view else _completed_quarter(c.anchor)
    if base is None:
        return None
    if _year_of(m):
        return f"{_year_of(m)}{base[4:]}", "DATE"
    if m.groupdict().get("back") or m.groupdict().get("backmod"):
        return (f"{int(base[:4]) - 1:04d}{base[4:]}" if base[:4].isdigit() else base), "DATE"
    return base, "DATE"


def _year_ago_adj(m: re.Match, c: _Ctx) -> Res:
    """'year-earlier', 'the year-ago quarter', 'the comparable year-ago period'."""
    return _year_earlier(c, m.start()), "DATE"


def _clock(m: re.Match, c: _Ctx) -> Res:
    g = m.groupdict()
    if g.get("named"):
        hh, mm = {"noon": (12, 0), "midday": (12, 0), "midnight": (24, 0)}[g["named"].lower()]
    else:
        hh, mm = int(g["hour"]), int(g.get("minute") or 0)
        ampm = (g.get("ampm") or "").lower()
        if ampm.startswith("p") and hh < 12:
            hh += 12
        elif ampm.startswith("a") and hh == 12:
            hh = 0
    d, known = c.anchor.date, c.anchor.year is not None
    if c.last and c.last_end >= _sentence(c.text, m.start(), m.end())[0]:
        d, known = c.last, c.last_year_known  # "On Friday ... at 10:35 a.m.": that day's clock
    day = _fmt_date(d, known) if d else "XXXX-XX-XX"
    return f"{day}T{hh:02d}:{mm:02d}", "TIME"


def _holiday_date(name: str, year: int) -> date:
    spec = LEX["holidays"][name]
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


def _holiday(m: re.Match, c: _Ctx) -> Res:
    name = next(k for k in LEX["holidays"] if re.fullmatch(_alt([k], True), m.group("holiday")))
    if _year_of(m):
        return _fmt_date(_holiday_date(name, int(_year_of(m))), True), "DATE"
    a = c.anchor
    if a.date is None or a.year is None:
        spec = LEX["holidays"][name]
        return (f"XXXX-{spec}" if "-" in spec else "XXXX-XX-XX"), "DATE"
    mod = {"last": "past", "next": "future"}.get((m.groupdict().get("mod") or "").lower())
    tense = mod or tense_at(c.text, m.start(), m.end())
    year = _nearest_year(a, lambda y: _holiday_date(name, y), tense, strict=bool(mod))
    return _fmt_date(_holiday_date(name, year), True), "DATE"


def _set(m: re.Match, c: _Ctx) -> Res:
    g = m.groupdict()
    if g.get("set"):
        return LEX["sets"][g["set"].lower()], "SET"
    unit = (g.get("unit") or g.get("unit2")).lower()
    code = LEX["units"][unit]
    n = _number(g["num"]) if g.get("num") else 1.0
    if n is None:
        return None
    return _period(n, code), "SET"


def _ref(m: re.Match, c: _Ctx) -> Res:
    word = re.sub(r"\s+", " ", m.group("ref").lower())
    need = LEX["ref_needs_context"].get(word)
    if need:
        after, before = c.text[m.end(): m.end() + 40], c.text[max(0, m.start() - 40): m.start()]
        if not (re.search(need["after"], after, re.I) or re.search(need["before"], before)):
            return None
    value = next(v for k, v in LEX["refs"].items() if k.lower() == word)
    return value, "DATE"


_RESOLVERS: dict[str, Callable[[re.Match, _Ctx], Res]] = {
    "numeric_date": _numeric_date, "month_day": _month_day, "month": _month, "year": _year,
    "decade": _decade, "century": _century, "weekday": _weekday, "weekday_set": _weekday_set,
    "rel_day": _rel_day, "anaphoric_day": _anaphoric_day, "rel_unit": _rel_unit, "season": _season,
    "quarter": _quarter, "half": _half, "offset": _offset, "duration": _duration, "clock": _clock,
    "holiday": _holiday, "set": _set, "ref": _ref, "year_ago_adj": _year_ago_adj,
    "week_of": _week_of, "part_of_day": _part_of_day, "for_the_unit": _for_the_unit,
    "month_set": _month_set, "period_ref": _period_ref,
}


# ---------------------------------------------------------------- finding

def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches of TEXT around trigger words, merged: the only places rules need to look."""
    before, after = _RULEBOOK["triggers"]["before"], _RULEBOOK["triggers"]["after"]
    out: list[tuple[int, int]] = []
    for m in _TRIGGER.finditer(text):
        s, e = max(0, m.start() - before), min(len(text), m.end() + after)
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _candidates(text: str) -> list[tuple[int, int, int, re.Match, dict]]:
    """Every rule match, longest first (earlier rules win ties), without overlaps."""
    cands = []
    windows = _windows(text)
    for prio, (rule, rx) in enumerate(_COMPILED):
        for ws, we in windows:
            for m in rx.finditer(text, ws, we):
                s, e = m.span()
                while e > s and text[e - 1] in " \t\n,":
                    e -= 1
                if e > s:
                    cands.append((s, e, prio, m, rule))
    cands.sort(key=lambda x: (-(x[1] - x[0]), x[2], x[0]))
    taken: list[tuple[int, int, int, re.Match, dict]] = []
    for cand in cands:
        if all(cand[1] <= t[0] or cand[0] >= t[1] for t in taken):
            taken.append(cand)
    return sorted(taken, key=lambda x: x[0])


_DAY_VALUE = re.compile(r"^(\d{4}|XXXX)-(\d\d)-(\d\d)")
_JOIN = re.compile(r"^\s*(?:\([^()]{1,25}\))?(?:\s*,)?\s*(?:at|on|,)?\s*$", re.I)  # may skip "(0800 GMT)"
_CONVERSION = re.compile(r"^\s*(?:local\s+time\s*)?\(\s*$", re.I)


def _is_conversion(text: str, start: int, prev: Timex | None) -> bool:
    """'10 a.m. (0800 GMT)': the bracketed clock restates the one before it in another zone."""
    return (prev is not None and prev.type == "TIME" and ":" in prev.value
            and bool(_CONVERSION.match(text[prev.span[1]: start])))


def _merge_clock(timexes: list[Timex], text: str) -> list[Timex]:
    """'Monday at 3 p.m.', 'noon Thursday': one TIME with the day's date and the clock time."""
    is_clock = lambda t: t.type == "TIME" and ":" in t.value  # noqa: E731
    out: list[Timex] = []
    for t in timexes:
        prev = out[-1] if out else None
        if prev and is_clock(prev) != is_clock(t) and _JOIN.match(text[prev.span[1]: t.span[0]]):
            day, clock = (t, prev) if is_clock(prev) else (prev, t)
            dm = _DAY_VALUE.match(day.value)
            if dm:
                span = (prev.span[0], t.span[1])
                out[-1] = Timex(span, text[span[0]:span[1]], dm.group(0) + clock.value[clock.value.index("T"):], "TIME")
                continue
        out.append(t)
    return out


def find_timexes(text: str, anchor: str | None = None) -> list[Timex]:
    """All time expressions in TEXT with TIMEX3 values resolved against ANCHOR, the publication
    date ('2022-12-18', or partial '2022-12', or None). Spans are offsets into TEXT."""
    a = Anchor.parse(anchor)
    ctx = _Ctx(text, a)
    out: list[Timex] = []
    for s, e, _, m, rule in _candidates(text):
        res = _RESOLVERS[rule["resolve"]](m, ctx)
        if res is None or res[0] is None:
            continue
        value, typ = res
        if typ == "TIME" and _is_conversion(text, s, out[-1] if out else None):
            continue
        out.append(Timex((s, e), text[s:e], value, typ))
        if rule["resolve"] != "clock":
            # a quarter named against the year before ("the year-ago quarter") is not the one discussed
            _remember(ctx, value, e, rule["resolve"] == "quarter" and "year-" not in m.group(0).lower())
    return _merge_clock(out, text)


def _remember(ctx: _Ctx, value: str, end: int, quarter: bool) -> None:
    """Keeps the last date (and year, and QUARTER named as such) mentioned, the reference of
    'the next day', 'that year', 'a year earlier'."""
    if re.match(r"\d{4}(?:-|$)", value):
        ctx.last_year = int(value[:4])
    mm = re.match(r"(\d{4}|XXXX)-(\d\d)(?:-|$)", value)
    if mm:
        ctx.last_month = (None if mm.group(1) == "XXXX" else int(mm.group(1)), int(mm.group(2)))
    if quarter and re.fullmatch(r"\d{4}-Q\d", value) and _reported(ctx.anchor, value):
        ctx.last_quarter, ctx.last_quarter_end = value, end
    dm = _DAY_VALUE.match(value)
    if dm:
        year = None if dm.group(1) == "XXXX" else int(dm.group(1))
        try:
            ctx.last = date(year or _DUMMY_YEAR, int(dm.group(2)), int(dm.group(3)))
        except ValueError:
            return
        ctx.last_year_known, ctx.last_end = year is not None, end


def _reported(a: Anchor, quarter: str) -> bool:
    """A quarter over by the anchor's date: one a results report discusses, not a forecast's."""
    return a.year is None or a.month is None or quarter <= _completed_quarter(a)


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
    past, undated, future = [], [], []
    for t in tx:
        m = _DAY_VALUE.match(t.value)
        if not m or not re.search(r"\d", t.text) or _ANCHOR_BLOCK.search(text, max(0, t.span[0] - 30), t.span[0]):
            continue  # only dates the text spells out, not "yesterday" resolved against nothing
        if _is_dateline(text, t.span):
            return m.group(0)
        day = (None if m.group(1) == "XXXX" else int(m.group(1)), int(m.group(2)), int(m.group(3)))
        {"past": past, "future": future}.get(tense_at(text, *t.span), undated).append(day)
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
    return f"{_y(year if year > 0 else None)}-{month:02d}-{day:02d}"


def _is_dateline(text: str, span: tuple[int, int]) -> bool:
    """'KYIV, Jan 2 (Reuters) -' near the top: the date the report was filed."""
    s, e = span
    line_start = text.rfind("\n", 0, s) + 1
    return (s <= DATELINE_REACH and bool(_DATELINE_BEFORE.search(text, max(0, line_start - 1), s))
            and bool(_DATELINE_AFTER.match(text[e: e + 40])))


def _chronology(days: list[tuple[int | None, int, int]]) -> Callable[[tuple[int | None, int, int]], tuple]:
    """A sort key (year, month, day) for dates some of which lack their year: those take the
    latest stated year (0 when none is stated), and when they straddle a new year (December
    and January), November and December count as the year before."""
    years = [y for y, _, _ in days if y is not None]
    default = max(years) if years else 0
    yearless = [m for y, m, _ in days if y is None]
    straddle = any(m <= 2 for m in yearless) and any(m >= 11 for m in yearless)

    def key(d: tuple[int | None, int, int]) -> tuple:
        y, m, dd = d
        if y is None:
            y = default - (1 if straddle and m >= 11 else 0)
        return (y, m, dd)
    return key
