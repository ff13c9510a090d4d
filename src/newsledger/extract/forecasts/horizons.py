"""The horizon a forecast's own words state: a date ("next month", "by the end of January",
"noon today"), a duration from the day it was said ("within 72 hours"), or a vague stretch
("in the coming days": a window by its unit, data/forecasts.json ``vague_windows``). A frequency
("daily", "every week": TIMEX3 SET) says how often, not by when.

Only a time expression governed by the forecast's own clause is its horizon (TimeML's TLINK of
an event to the time expression of its clause): not one inside a relative clause or a noun's
modifier ('the rebate, secured in 1984'), nor one that classifies a noun ('its fourth-quarter
dividend', 'based on 2004 figures', 'the Terrorism Act 2000': which dividend, which figures, not
when), unless the noun names an occasion, whose time is when it happens ('the 2005 election',
'until the April meetings'), nor one of a past or perfect verb beside the forecast
('told Mr Brown in 2003 he would step down'), save a modifier of what is still to come (an infinitival
relative, 'players to play on Tuesday'; a clause on a deadline's noun, 'by the time the chart is
announced on Sunday'; an occasion's own time, 'going into Wednesday's game'); a time of day with no day ('until three in the
morning') says at what hour, not by when. Said on no known day, a forecast keeps the value
its words give (TIMEX3 leaves what the text does not say unknown: 'on 21 December' is
XXXX-12-21, 'this year' XXXX — the year it was said, whichever that is —, 'over the next 20 years' P20Y)."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from ...model import Statement, Timex
from ..statements.lexicon import lexicon
from ..statements.prospects import names_an_occasion, passive_voice
from ..statements.setting import foresees_now, marks_a_period
from ..statements.tense import perfect_ahead
from ..verbforms import perfect, predicate_at, present
from .matching import FULL_DATE, PARTIAL_DATE, as_date, names_a_time
from .rules import rules

_DURATION = re.compile(r"^P(?:(\d+)([YMWD])|T(\d+)H)$")
_VAGUE_DURATION = re.compile(r"^PT?X([YMWDH])$")   # 'PXW' the next few weeks, 'PTXH' within hours
_DAYS = {"Y": 365, "M": 30, "W": 7, "D": 1}
_UNKNOWN_DATE = re.compile(r"^(?:\d{4}|XXXX)(?:-(?:\d\d|W\d\d|WXX|[QH]\d|[A-Z]{2})(?:-\d\d|-WE)?)?")


def stated_horizon(s: Statement, timexes: list[Timex], start: date | None, doc: Doc | None = None,
                   claim: tuple[int, int] | None = None) -> str | None:
    """The horizon the forecast's own words (its CLAIM, ``claim.py``) state, else the one the rest
    of its content states. A quote often joins claims of other times to the prediction ('The mill
    opened in 1998. It will shut in May.'): the time that says by when is the predicting clause's;
    only when that clause names no time ahead ('It will shut, as we said last year') is a time
    elsewhere in the content read as its horizon, and only in the claim's own sentence: another
    sentence of the quote is another claim (``_in_the_claims_sentence``). A time the content
    leaves out that hangs from a verb of the claim in the present is the claim's too (``_fronted``)."""
    fronted = [t for t in timexes if doc is not None and claim and _fronted(doc, t, s, claim)]
    own_times = [_weekday_ahead(t, start) for t in timexes if claim and claim[0] <= t.span[0] < claim[1]]
    own = _content_horizon(s, own_times + fronted, start, doc, fronted)
    if own is not None:
        return own
    rest = [t for t in timexes if _in_the_claims_sentence(doc, t, claim)] if doc is not None and claim else timexes
    return _content_horizon(s, rest, start, doc)


def _in_the_claims_sentence(doc: Doc, t: Timex, claim: tuple[int, int]) -> bool:
    """Whether the time lies in a sentence the claim holds words of. A quote's other sentence is
    another claim, with a time of its own ('The merger will be good for staff. The board meets on
    3 March'): its time tells when that claim's thing comes, not the forecast's (TimeML links an
    event to the time expressions of its own sentence and clause)."""
    span = doc.char_span(t.span[0], t.span[1], alignment_mode="expand")
    words = doc.char_span(claim[0], claim[1], alignment_mode="expand")
    return span is None or words is None or any(span.sent == w.sent for w in words)


def _weekday_ahead(t: Timex, start: date | None) -> Timex:
    """A bare weekday in the predicting clause ('We will win on Saturday,' he said) that the time
    room dated in the week before the day it was said: it read the day by the past tense of the
    saying around a quote, but the clause that predicts is in the future, so the day is the next
    one of that name (TimeML anchors a weekday by its own clause's tense). A weekday with a word of
    its own ('last Saturday') or any other time is kept as it is."""
    d = as_date(t.value) if FULL_DATE.match(t.value) else None
    if start is None or d is None or not start - timedelta(days=7) < d < start \
            or t.text.lower() != d.strftime("%A").lower():
        return t
    return replace(t, value=(d + timedelta(days=7)).isoformat())


def _fronted(doc: Doc, t: Timex, s: Statement, claim: tuple[int, int]) -> bool:
    """A time before or after the content that hangs from a word of expecting inside the claim,
    told in the present: 'By 2007, the population is expected to peak' (the content begins after
    the fronted time, the claim holds 'is expected'), 'In the first quarter, the economy is expected
    to grow'. A time the parse hangs on another verb of the claim from outside the content ('said
    in November they would increase maternity pay') is the saying's, no horizon.
    The expectation is held now, so its time is when what is foreseen comes (the statements room
    gives it no date said: ``setting.foresees_now``); told in the past ('In September, growth was
    expected to be 2%') the time dates the expectation, no horizon. On the statement's cue, a time
    that says when the content comes (``_times_the_content``)."""
    if any(a <= t.span[0] < b for a, b in s.content_spans):
        return False
    span = doc.char_span(t.span[0], t.span[1], alignment_mode="expand")
    verb = predicate_at(span.root) if span is not None else None
    if span is None or verb is None:
        return False
    if s.cue_span is not None and s.cue_span[0] <= verb.idx < s.cue_span[1]:
        return _times_the_content(span.root, verb)
    return claim[0] <= verb.idx < claim[1] and foresees_now(verb, lexicon())


def _times_the_content(tok: Token, cue: Token) -> bool:
    """A time hung on the cue that says when what is foreseen comes: under a preposition of a period
    or a limit ('promised by 2008 that every school would have a nurse', 'predicts for 2005 a fall in
    prices'), or on an expectation held now (the statements room's ``setting`` gives neither as the
    day it was said)."""
    while tok.head.i != cue.i and tok.head.i != tok.i:
        tok = tok.head
    return tok.head.i == cue.i and (marks_a_period(tok, lexicon()) or foresees_now(cue, lexicon()))


def _content_horizon(s: Statement, timexes: list[Timex], start: date | None, doc: Doc | None,
                     fronted: list[Timex] | tuple[Timex, ...] = ()) -> str | None:
    """The latest date the content's time expressions (and the FRONTED ones of its claim) put the
    forecast at, on or after START; with no START, the value they state."""
    inside = [t for t in timexes if t in fronted or any(a <= t.span[0] < b for a, b in s.content_spans)]
    if doc is not None:
        inside = [_current_period(doc, t, start) or t for t in inside]
    inside = [t for t in inside if t.type not in rules().frequency_types
              and (doc is None or t in fronted and t.type != "DURATION" or _governed(doc, t))]
    dated = [(d, _written(t.value, d)) for t in inside if t.type in ("DATE", "TIME")
             for d in [as_date(t.value)] if d is not None and (start is None or d >= start)]
    if dated:
        return max(dated, key=lambda p: p[0])[1]
    if start is None:
        return _unresolved(inside)
    ahead = [start + gap for t in inside for gap in [_gap(t)] if gap is not None]
    return max(ahead).isoformat() if ahead else None


def _current_period(doc: Doc, t: Timex, start: date | None) -> Timex | None:
    """'current' (PRESENT_REF) before a calendar unit ('in its current financial year', 'the
    current quarter'): that unit as it runs when the forecast was said, a TIMEX3 date (the year
    '2024', or 'XXXX' on no known day); the time room tags only the adjective when another
    modifier stands between."""
    span = doc.char_span(t.span[0], t.span[1], alignment_mode="expand")
    if t.value != "PRESENT_REF" or span is None or span.root.dep_ != "amod":
        return None
    noun = span.root.head
    unit = noun.lemma_.lower()
    value = _period_value(unit, start) if unit in rules().current_period_units else None
    end = noun.idx + len(noun)
    return replace(t, span=(t.span[0], end), text=doc.text[t.span[0]:end], value=value) if value else None


def _period_value(unit: str, start: date | None) -> str | None:
    """The TIMEX3 value of the calendar UNIT holding START ('year' 2024-05-15 -> '2024', 'quarter'
    -> '2024-Q2', 'month' -> '2024-05', 'week' -> '2024-W20'); on no known day, what is left unknown."""
    if start is None:
        return rules().current_period_units[unit]
    return {"year": f"{start.year}", "quarter": f"{start.year}-Q{(start.month - 1) // 3 + 1}",
            "month": f"{start:%Y-%m}", "week": f"{start.isocalendar()[0]}-W{start.isocalendar()[1]:02d}"}.get(unit)


def _unresolved(timexes: list[Timex]) -> str | None:
    """Said on no known day: the last date the words give with what they leave unknown
    ('XXXX-12-21'), else the stretch they name ('P20Y'; 'in the coming days' as its window)."""
    days = any(t.type == "DATE" for t in timexes)
    dates = [t.value for t in timexes if t.type in ("DATE", "TIME") and _UNKNOWN_DATE.match(t.value)
             and not points_back(t) and (days or not _hour_of_no_day(t))]
    if dates:
        return dates[-1]
    gaps = [(gap, t) for t in timexes for gap in [_gap(t)] if gap is not None]
    if not gaps:
        return None
    gap, t = max(gaps, key=lambda p: p[0])
    return t.value if t.type == "DURATION" else f"P{gap.days}D"


def _hour_of_no_day(t: Timex) -> bool:
    """A time of day whose day the text leaves unknown ('three in the morning' XXXX-XX-XXTMO,
    'at noon' XXXX-XX-XXT12:00): with no day beside it, it tells at what hour, not by when."""
    day, _, hour = t.value.partition("T")
    return t.type == "TIME" and bool(hour) and not names_a_time(day)


def times_ahead(s: Statement, timexes: list[Timex]) -> list[Timex]:
    """The time expressions of S's content that may say when something comes: no frequency
    ('daily'), not the present or the past ('now' PRESENT_REF, 'recently' PAST_REF) and not
    pointing back ('last week', 'two years ago')."""
    r = rules()
    return [t for t in timexes if t.type not in r.frequency_types and t.value not in r.present_or_past_values
            and not points_back(t) and any(a <= t.span[0] < b for a, b in s.content_spans)]


def points_back(t: Timex) -> bool:
    """Whether the expression's first or last word puts it before the day it was said ('earlier
    this month', 'last week', 'a year earlier', 'two weeks ago'): with no day to compare, the
    words are all that tells the past."""
    words = t.text.lower().split()
    return bool(words) and (words[0] in rules().backward_time_words or words[-1] in rules().backward_time_words)


def _governed(doc: Doc, t: Timex) -> bool:
    """Whether the time expression belongs to the forecast's clause and says by when: a duration
    measured from the day it was said; the predicate it hangs from is no modifier of a noun (unless
    told in the future itself: ``_told_ahead``) and speaks of no past (a backshifted expectation is
    the speaker's present: 'said he expected attacks before the winter')."""
    span = doc.char_span(t.span[0], t.span[1], alignment_mode="expand")
    if span is None:
        return True
    if t.type == "DURATION" and not _from_now(span) or t.type != "DURATION" and _classifies_a_noun(span) \
            or _period_start(span):
        return False
    verb = predicate_at(span.root)
    if verb is None:
        return True
    backshifted = _backshifted_time_clause(verb)
    past = verb.tag_ == "VBD" and lexicon().lemma(verb) not in lexicon().forecast.expectation_cues and not backshifted
    modifier = verb.dep_ in ("relcl", "acl") and not (_told_ahead(verb) or _dates_an_occasion(verb) or _prospective(verb)
                                                      or _sets_the_deadline(verb) or _an_occasions_time(span))
    return (backshifted or not modifier) and not past and not _perfect_behind(verb)


def _period_start(span: Span) -> bool:
    """The time is the start of a period running up to when it was said: the object of 'since' (data
    ``period_start_prepositions``: 'can win only their second Grand Slam - and first since 1948 -
    this year', 'the biggest rise since 2001'), wherever the parser hangs it; it lies before the
    day it was said, so says nothing of by when, even in a clause that looks ahead."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.lower_ in rules().period_start_prepositions


def _perfect_behind(verb: Token) -> bool:
    """A perfect that puts its act before the day it was said ('has cut jobs since 2003', 'would have
    gained in 2004'): its time is no horizon. The future perfect ('will have acquired 51 million
    users by 2009') and a modal's perfect before a dated deadline ('could have adopted broadband by
    the end of 2005') put the act before a time still to come, Reichenbach's reference point after
    the speech time (the statements room's ``perfect_ahead``): that time is by when it is due."""
    if not perfect(verb):
        return False
    modal = next((c for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"), None)
    return modal is None or not perfect_ahead(modal, lexicon())


def _prospective(verb: Token) -> bool:
    """An infinitival relative clause ('we will have 11 players to play on Tuesday'): its act is
    still to come (Quirk's infinitival postmodifier has the modal sense of 'who will, who are to'),
    so its time says when what is foreseen comes; not after an ordinal or a superlative ('the first
    team to win it in 1990'), which tells which one."""
    noun = verb.head
    infinitive = verb.dep_ == "relcl" and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                    for c in verb.children)
    ranked = any(c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in rules().ranking_adjectives)
                 or c.ent_type_ == "ORDINAL" for c in noun.children)
    return infinitive and not ranked


def _sets_the_deadline(verb: Token) -> bool:
    """A relative clause in the present on the noun of a preposition of a time limit ('to sell
    300,000 copies by the time the new chart is announced on Sunday'; data ``deadline_prepositions``):
    it tells the point by which the forecast is due, so its time is the horizon."""
    noun = verb.head
    return verb.dep_ == "relcl" and present(verb) and noun.dep_ == "pobj" \
        and noun.head.lower_ in rules().deadline_prepositions


def _an_occasions_time(span: Span) -> bool:
    """The time is the possessive or modifier of an occasion ('confidence going into Wednesday's
    game'): when the occasion takes place, wherever the parser hangs its noun, as an occasion's
    relative clause dates it (``_dates_an_occasion``)."""
    return span.root.dep_ in ("poss", *rules().noun_modifier_deps) and names_an_occasion(span.root.head)


def _dates_an_occasion(verb: Token) -> bool:
    """A relative clause in the present that tells when an occasion the forecast speaks of takes
    place ('may be unveiled at the Electronic Entertainment Expo, which takes place in May', 'this
    year's festival, which opens on Thursday, will celebrate ...'): its verb is one of taking place,
    beginning or ending with no object of its own (data ``occasion_verbs``, FrameNet's Event,
    Process_start and Process_end frames; 'take' with 'place', 'hold' in the passive), so its time
    is when what is foreseen comes; a relative clause on a thing ('the rebate, secured in 1984') or
    an act on something ('which opens its store on Thursday') tells which one."""
    r = rules()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    occurs = verb.lemma_ in r.occasion_verbs and not objects \
        or verb.lemma_ == "take" and [o.lower_ for o in objects] == ["place"] \
        or verb.lemma_ == "hold" and passive_voice(verb)
    return verb.dep_ == "relcl" and present(verb) and occurs


def _told_ahead(verb: Token) -> bool:
    """A relative clause with a future modal of its own speaks of what the forecast foresees ('the
    growth that will be seen here in the coming years'): its time says when, unlike the time of
    one that tells which ('the rebate, secured in 1984')."""
    return any(c.dep_ == "aux" and c.lower_ in lexicon().forecast.future_modals for c in verb.children)


def _classifies_a_noun(span: Span) -> bool:
    """The expression is a noun's modifier that says which one ('its fourth-quarter dividend', '2004
    figures', 'the Terrorism Act 2000'), not when the forecast comes due; a possessive ('next week's
    talks') or the modifier of an occasion (a meeting, a contest or vote: 'the 2005 election') or of
    a noun under a preposition of time ('until the April IMF meetings'), or a calendar unit itself
    ('the January-to-March quarter'), dates what is foreseen."""
    noun = span.root.head
    if span.root.dep_ not in rules().noun_modifier_deps or noun.pos_ not in ("NOUN", "PROPN") or noun in span:
        return False
    if span.start > 0 and span.doc[span.start - 1].lower_ in rules().deadline_prepositions:
        return False                                     # 'by 2019 poverty could fall': its own deadline, misparsed
    while noun.dep_ == "compound" and noun.head.pos_ in ("NOUN", "PROPN"):   # 'the April IMF meetings'
        noun = noun.head
    occasion = names_an_occasion(noun) \
        or noun.pos_ == "NOUN" and noun.lemma_.lower() in rules().current_period_units   # 'the January-to-March quarter'
    return not occasion and not (noun.dep_ == "pobj" and noun.head.lower_ in rules().deadline_prepositions)


def _backshifted_time_clause(verb: Token) -> bool:
    """A past verb of a time clause ('when', 'before') under a verb with a future modal: reported
    speech backshifts it ('would be the theme when Britain took the chair in July'), it speaks of
    the forecast's future, not of the past. The parser often hangs such a clause from the noun
    before it ('the themes when ...'), so the future is looked for on that noun's verb too."""
    if verb.dep_ not in ("advcl", "relcl"):
        return False
    marked = any(c.dep_ in ("mark", "advmod") and c.lower_ in rules().backshifted_clause_marks
                 for c in verb.children)
    above = predicate_at(verb.head)
    return marked and above is not None and any(
        c.dep_ == "aux" and c.lower_ in lexicon().forecast.future_modals for c in above.children)


def _from_now(span: Span) -> bool:
    """A duration measured from the day it was said ('within 72 hours', 'over the next 20 years'),
    not the length of the event ('a three-day stoppage', 'to last two months')."""
    words = rules().horizon_duration_words
    start = _range_start(span)
    before = span.doc[start - 1].lower_ if start > 0 else ""
    return before in words or any(tok.lower_ in words for tok in span) or _wait_until(span)


def _wait_until(span: Span) -> bool:
    """'it could be five years before the agency is fit', 'it will be months until ...': a duration
    that an empty 'it' and its copula set before a clause of time (data/forecasts.json
    ``wait_clause_marks``) is the wait from the day it was said to what the clause foresees."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ not in rules().wait_clause_marks:
        return False
    host = doc[span.end].head.head
    return host.lemma_ == "be" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in host.children)


def _range_start(span: Span) -> int:
    """Where a duration given as a range begins: 'in the next two to three months', 'within two
    or three days' are tagged from the range's last number, the word that measures them stands
    before its first."""
    doc, i = span.doc, span.start
    if i >= 2 and doc[i - 1].lower_ in ("to", "or", "-", "–") and doc[i - 2].like_num:
        return i - 2
    return i



def _written(value: str, last: date) -> str:
    """The horizon as stored: a calendar value as the text gives it ('2024-06', '2024-05-15T12:00'),
    a week, quarter, half or season as its last day."""
    return value if FULL_DATE.match(value) or PARTIAL_DATE.match(value) else last.isoformat()


def _gap(t: Timex) -> timedelta | None:
    """How far ahead a duration ('72 hours'), one of open count ('the next few weeks') or a vague
    future ('the coming weeks') reaches."""
    m = _DURATION.match(t.value)
    if m:
        return timedelta(days=int(m[1]) * _DAYS[m[2]] if m[1] else -(-int(m[3]) // 24))
    m = _VAGUE_DURATION.match(t.value)
    unit = rules().vague_duration_units.get(m[1]) if m else None
    if unit in rules().vague_windows:
        return timedelta(days=rules().vague_windows[unit])
    words = re.findall(r"[a-z]+", t.text.lower())
    vague = next((n for unit, n in rules().vague_windows.items() for w in words if w.rstrip("s") == unit), None)
    return timedelta(days=vague) if t.value == "FUTURE_REF" and vague is not None else None
