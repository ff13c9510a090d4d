"""The timex patterns: rules from data/timex_rules.json with their macros filled from the word
lists of data/timex_lexicon.json, compiled once, and the trigger words that say where to look."""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from .lexicon import LEX, RULEBOOK, Rule


def alternation(words: Iterable[str], case_sensitive: bool = False) -> str:
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


def _words(words: Iterable[str]) -> str:
    """A plain alternation of WORDS in their order: '(?:ten|eleven|...)'."""
    return "(?:" + "|".join(map(re.escape, words)) + ")"


def _trie_regex(node: dict[str, Any]) -> str:
    piece = {" ": r"\s+", "'": "['’]"}
    branches = [(piece.get(k) or re.escape(k)) + _trie_regex(node[k]) for k in sorted(node) if k]
    if not branches:
        return ""
    alt = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{alt})?" if "" in node else alt


def _macros() -> dict[str, str]:
    months, weekdays = LEX.months, LEX.weekdays
    full_months = [m for m in months if len(m) > 4 or m in LEX.full_month_short_names.words]
    abbrev = [m + "." for m in months if m not in full_months]
    full_days = [d for d in weekdays if d.endswith("day")]
    units = alternation(LEX.units)
    num_words = alternation(LEX.numbers)
    digits = r"\d+(?:\.\d+|\s+1/2)?"
    tens, ones = _words(LEX.number_words.tens), _words(LEX.number_words.ones)
    edge = LEX.edge_modifiers
    return {
        "MONTH": rf"(?<!\w)(?P<month>{alternation(months, True)})",
        "MONTHFULL": rf"(?<!\w)(?P<month>{alternation(full_months + abbrev, True)})",
        "WEEKDAY": rf"(?<!\w)(?P<wd>{alternation(full_days, True)})",
        "DAY": r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)",
        "YEAR": r"(?<!\d)(?P<year>(?:1[6-9]|20)\d\d)(?!\d)",
        "ANYYEAR": rf"(?:(?<!\d)(?P<year>(?:1[6-9]|20)\d\d)(?!\d)|(?P<yearw>{_spelled_year_regex()}))",
        "NUM": rf"(?:{digits}|{tens}[-\s]{ones}|{num_words})",
        "VAGUE": alternation(LEX.vague_numbers),
        "UNIT": units,
        "SEASON": rf"(?P<season>{alternation(LEX.seasons)})",
        "HOLIDAY": rf"(?<!\w)(?P<holiday>{alternation(LEX.holidays, True)})(?!\w)",
        "SET": rf"\b(?P<set>{alternation(LEX.sets)})\b",
        "REF": rf"(?P<ref>{alternation(k for k in LEX.refs)})",
        "DECADEWORD": alternation(LEX.decade_words.words),
        "FISCAL": _words(sorted(LEX.fiscal_year_words.words)),
        "AHEADADJ": (rf"(?:(?!(?:{_words(sorted(LEX.ahead_counting_words.words))}|{digits}|{num_words}|"
                     rf"{alternation(LEX.vague_numbers)})\b)(?-i:[a-z]+)\s+)"),   # 'a busy year ahead'
        "PRE": (rf"(?P<pre>(?:the\s+)?{_words(edge.points)}\s+of\s+(?:the\s+)?"
                rf"|{_words(edge.prefixes)}(?:-|\s+)|{_words(edge.relative)}\s+(?:in\s+)?)?"),
    }


def _spelled_year_regex() -> str:
    """'nineteen ninety-six', 'nineteen hundred'; 'two thousand and one' and 'twenty twelve'
    only after 'year' (alone they are mostly counts)."""
    sy = LEX.spelled_years
    nw = LEX.number_words
    teens, tens, ones = _words(nw.teens), _words(nw.tens), _words(nw.ones)
    cent = alternation(sy.centuries)
    mill = alternation(sy.millennium)
    return (rf"\b{cent}[-\s]+(?:hundred|{teens}|{tens}(?:[-\s]+{ones})?)\b(?![-\s]+(?:{ones}|hundred|thousand)\b)"
            rf"|(?<=\byear\s){mill}(?:\s+and)?(?:[-\s]+(?:{teens}|{ones}))?\b")


def year_of(m: re.Match) -> str | None:
    """The four-digit year a match states, in digits or in words, else None."""
    g = m.groupdict()
    if g.get("year"):
        return g["year"]
    if not g.get("yearw"):
        return None
    words = re.sub(r"\s+and\b", "", g["yearw"].lower()).replace("-", " ").split()
    sy, nums = LEX.spelled_years, LEX.numbers
    base = " ".join(words[:2]) if " ".join(words[:2]) in sy.millennium else words[0]
    start = sy.centuries.get(base) or sy.millennium[base]
    rest = sum(nums.get(w, 0) for w in words[len(base.split()):] if w != "hundred")
    return f"{start + rest:04d}"


def _compile_rules() -> list[tuple[Rule, re.Pattern[str]]]:
    macros = _macros()
    expand = lambda p: re.sub(r"\{([A-Z]+)\}", lambda m: macros[m.group(1)], p)
    # every expression starts at a word's edge: saying so up front lets the engine skip the
    # insides of words at once
    return [(r, re.compile(r"(?<!\w)(?=[\w'’])(?:" + expand(r.pattern) + ")", re.IGNORECASE)) for r in RULEBOOK.rules]


def _compile_triggers() -> re.Pattern[str]:
    """Words and shapes one of which every time expression contains."""
    trig = RULEBOOK.triggers
    words = [*LEX.months, *LEX.weekdays, *LEX.units, *LEX.seasons, *LEX.parts_of_day,
             *LEX.holidays, *LEX.refs, *LEX.sets, *trig.words,
             *LEX.decade_words.words]
    return re.compile(rf"(?<!\w){alternation(words)}(?!\w)|" + "|".join(trig.patterns), re.IGNORECASE)


COMPILED = _compile_rules()
TRIGGER = _compile_triggers()
WORD = re.compile(r"[A-Za-z']+")
SENT_END = re.compile(r"(?<![A-Z][a-z])(?<!\b[A-Z])[.!?][\"”’]?\s+(?=[A-Z\"“])|\n")
REPORTING = LEX.reporting_verbs
FUTURE = LEX.future_cues
FUTURE_IF_TO = LEX.future_cues_before_to.words
TO = LEX.future_cues_before_to.next
PAST = LEX.past_cues
NOT_PAST = LEX.past_suffix_exceptions
FUTURE_AUX = LEX.future_auxiliaries
DATELINE_BEFORE = LEX.anchor_blockers.dateline_before
DATELINE_AFTER = LEX.anchor_blockers.dateline_after
DATELINE_REACH = 300  # characters: how near the top a dateline stands
