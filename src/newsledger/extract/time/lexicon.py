"""Typed views of the time room's data: ``data/timex_lexicon.json`` (names, numbers, units, cue
words) and ``data/timex_rules.json`` (the patterns and the triggers they run near)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...lexicons import view


@dataclass(frozen=True)
class Words:
    words: frozenset[str]


@dataclass(frozen=True)
class Valued:
    words: dict[str, int]


@dataclass(frozen=True)
class SpelledYears:
    centuries: dict[str, int]
    millennium: dict[str, int]


@dataclass(frozen=True)
class CueBeforeTo:
    words: frozenset[str]
    next: frozenset[str]


@dataclass(frozen=True)
class AnchorBlockers:
    """A dateline's shape: what stands before its date on its line, and what follows the date."""

    dateline_before: re.Pattern[str]
    dateline_after: re.Pattern[str]


@dataclass(frozen=True)
class Context:
    """Regexes the text after (case-insensitive) or before an ambiguous reference must match."""

    after: str
    before: str


@dataclass(frozen=True)
class NumberWords:
    ones: tuple[str, ...]
    teens: tuple[str, ...]
    tens: tuple[str, ...]


@dataclass(frozen=True)
class EdgeModifiers:
    points: tuple[str, ...]
    prefixes: tuple[str, ...]
    relative: tuple[str, ...]


@dataclass(frozen=True)
class ClauseTense:
    """How the tense of a time's verb is read (``clause.py``)."""

    classifying_deps: frozenset[str]
    subject_deps: frozenset[str]
    later_than_the_act: frozenset[str]
    earlier_than_the_act: frozenset[str]
    modals_of_either_time: frozenset[str]


@dataclass(frozen=True)
class Directions:
    unit_steps: dict[str, int]
    weekday: dict[str, str]
    season: dict[str, str]
    month_tense: dict[str, str]
    holiday_tense: dict[str, str]
    year_steps: dict[str, int]


@dataclass(frozen=True)
class TimexLexicon:
    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    spelled_years: SpelledYears
    vague_numbers: tuple[str, ...]
    ordinals: dict[str, int]
    units: dict[str, str]
    seasons: dict[str, str]
    parts_of_day: dict[str, str]
    decade_words: Valued
    generic_day_possessive: Words
    season_prepositions: Words
    weekday_parts_valued: Words
    holidays: dict[str, str]
    refs: dict[str, str]
    ref_needs_context: dict[str, Context]
    sets: dict[str, str]
    future_cues: frozenset[str]
    future_cues_before_to: CueBeforeTo
    past_cues: frozenset[str]
    past_suffix_exceptions: frozenset[str]
    reporting_verbs: frozenset[str]
    future_auxiliaries: frozenset[str]
    clause_tense: ClauseTense
    anchor_blockers: AnchorBlockers
    fiscal_year_words: Words
    ahead_counting_words: Words
    titles_of_the_unit: Words
    number_words: NumberWords
    full_month_short_names: Words
    edge_modifiers: EdgeModifiers
    directions: Directions
    relative_days: dict[str, int]
    named_times: dict[str, tuple[int, int]]


@dataclass(frozen=True)
class Triggers:
    words: tuple[str, ...]
    patterns: tuple[str, ...]
    before: int
    after: int


@dataclass(frozen=True)
class Rule:
    """One pattern and the resolver (a function of ``find``'s registry) that values its matches."""

    name: str
    resolve: str
    pattern: str


@dataclass(frozen=True)
class TimexRules:
    triggers: Triggers
    rules: tuple[Rule, ...]


LEX = view(TimexLexicon, "timex_lexicon.json")
RULEBOOK = view(TimexRules, "timex_rules.json")
