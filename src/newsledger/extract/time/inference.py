"""What the text itself says of its own day when no publication date is given.

A document's creation time (TimeML's DCT) comes from outside the text: the page's metadata, the
feed entry, the WARC record. Inside the body only two things speak of the day of writing rather
than of the days the story tells: a dateline ('KYIV, Jan 2 (Reuters) -'), which is the day the
report was filed and so its publication date, and the day on which the report's sources spoke
('Nayev said on December 18'), which news reports up to its own day. The second bounds the day
of writing from below only: it is the day the story stands on, against which relative dates
('in recent days') are resolved, and the publication date only when the text also speaks of the
next day in the future ('will come on December 19'). Every other date of the body (the crash
of 17 October 2000, a broadcast, a quarter's end, a vote to come) is a day the story talks about,
and gives nothing."""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from ...model import Timex
from ...nlp.components import doc_text
from ..statements.lexicon import lexicon as cue_lexicon
from .anchor import DUMMY_YEAR, tense_at, year_text
from .find import DAY_VALUE, find_timexes
from .patterns import DATELINE_AFTER, DATELINE_BEFORE, DATELINE_REACH

Day = tuple[int | None, int, int]   # year (None: unknown), month, day
SPEECH_ACT = "asserted"             # the cue class of verbs of saying (data/cues.json), not of believing
TIME_LINKS = ("prep", "npadvmod", "tmod", "advmod", "obl", "nmod:tmod")  # a date modifying its verb


def dateline_day(text: str, timexes: list[Timex] | None = None) -> str | None:
    """The date of a dateline near the top ('WASHINGTON, March 14, 2013 --'): the day the report
    was filed, its publication date. None when the text has no dateline."""
    for t in timexes if timexes is not None else find_timexes(text, None):
        if _spelled_day(t) and _is_dateline(text, t.span):
            return t.value[:10]
    return None


def saying_day(doc: Doc, timexes: list[Timex]) -> str | None:
    """The latest day on which the article's sources are reported to have spoken ('Nayev said on
    December 18' -> 'XXXX-12-18'): the day the story stands on, for resolving its relative dates.
    Only a calendar date the text spells out that modifies a verb of saying in the past, of the
    story's own year (a stated year older than the latest one the text names is history: 'told
    MPs on 17 March 2003'); None when no source's words are dated so."""
    text = doc_text(doc)
    said = [_day(t.value) for t in timexes if _spelled_day(t) and _dates_a_saying(doc, t.span)]
    latest = max((int(t.value) for t in timexes if re.fullmatch(r"\d{4}", t.value)
                  and tense_at(text, *t.span) != "future"), default=None)
    said = [d for d in said if d[0] is None or latest is None or d[0] >= latest]
    if not said:
        return None
    key = _chronology(said)
    year, month, day = key(max(said, key=key))
    return f"{year_text(year if year > 0 else None)}-{month:02d}-{day:02d}"


def pins_the_day(text: str, timexes: list[Timex], said: str) -> bool:
    """The day of writing is known when the sources spoke on SAID and the first day the text
    speaks of in the future is the day after ('Nayev said on December 18' + 'Putin will come on
    December 19'): the report stands between the two, on SAID. A saying alone only bounds it
    from below (the report may come out days later)."""
    ahead = [_day(t.value) for t in timexes if _spelled_day(t) and tense_at(text, *t.span) == "future"]
    if not ahead:
        return False
    day = _day(said)
    key = _chronology([day, *ahead])
    y, m, d = key(day)
    after = date(y if y > 0 else DUMMY_YEAR, m, d) + timedelta(days=1)
    first = min(map(key, ahead))
    return first[1:] == (after.month, after.day) and (y <= 0 or first[0] == after.year)


def _spelled_day(t: Timex) -> bool:
    """T is a calendar day the text spells out ('December 18', not 'yesterday' resolved against nothing)."""
    return bool(DAY_VALUE.match(t.value)) and bool(re.search(r"\d", t.text))


def _day(value: str) -> Day:
    m = DAY_VALUE.match(value)
    assert m is not None
    return (None if m.group(1) == "XXXX" else int(m.group(1)), int(m.group(2)), int(m.group(3)))


def _dates_a_saying(doc: Doc, span: tuple[int, int]) -> bool:
    """The date at SPAN modifies a verb of saying in the simple past or present ('said on
    December 18', 'On 3 May the minister told MPs'), not a noun ('his answer on 17 March'), another
    verb ('stopped sales on 30 September'), a saying before the story's time or after it ('had
    said', 'will announce') or one another saying reports."""
    words = doc.char_span(*span, alignment_mode="expand")
    verb = _governor(words.root) if words is not None else None
    if verb is None or verb.tag_ not in ("VBD", "VBZ", "VBP") or not _is_saying(verb):
        return False
    return not any(c.dep_ in ("aux", "auxpass") for c in verb.children) and not any(map(_is_saying, verb.ancestors))


def _is_saying(tok: Token) -> bool:
    """TOK is a verb of saying; one a saying reports ('Sands says [Goldsmith warned Blair on 7 March
    2003]') is a thing the story tells, not its sources' day."""
    lex = cue_lexicon()
    return tok.pos_ in ("VERB", "AUX") and lex.verb_class(lex.lemma(tok)) == SPEECH_ACT


def _governor(root: Token) -> Token | None:
    """The verb a date phrase modifies: through its preposition ('said on [December 18]') or
    directly ('said [December 18]'); None when it hangs on anything else."""
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "prep":
        root, head = head, head.head
    if root.dep_ in TIME_LINKS and head.pos_ in ("VERB", "AUX") and head is not root:
        return head
    return None


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
