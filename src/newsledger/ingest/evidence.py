"""Is an article news? The evidence for it, weighed against the evidence that it is not.

An HTML article is read as news (reporting or commentary about public affairs) only on positive
evidence, because most articles on the open web are not news: how-tos, buying guides, company
blogs and personal essays carry the same og:type, dates and bylines as a newspaper's story.
The evidence is what register studies of English (Biber's dimensions of variation) find apart
between press reportage and instructional or personal prose: reportage narrates in the past
tense, in the third person, about named people, organisations and officials, attributes what it
tells to sources ("said", "according to"), dates it by weekday, and opens with a dateline;
instructions and personal writing address the reader ("you") or speak for the writer ("I"), and
their titles promise a list, a guide or a verdict. The publisher's own word counts too: a declared
schema.org news type, an opinion section, a stated publication date. Every cue has a weight and a
cap in data/news_evidence.json; a page is news when their sum reaches the threshold.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..lexicons import view


@dataclass(frozen=True)
class TextCue:
    """One cue read from the page: matches of PATTERN in SCOPE, counted per UNIT, times WEIGHT,
    capped at CAP points either way."""

    pattern: re.Pattern[str]
    scope: str          # "text", "prose" (the text without quotations), "start" (its first 200 characters), "title"
    unit: str           # "per_100_words" or "count"
    weight: float
    cap: float


@dataclass(frozen=True)
class EvidenceRules:
    """data/news_evidence.json."""

    bias: float
    threshold: float
    declared: dict[str, float]
    cues: dict[str, TextCue]
    quote: re.Pattern[str] = field(metadata={"flags": re.I})


@dataclass(frozen=True)
class Evidence:
    """The points each cue gave (non-zero only) and their sum with the rules' bias."""

    points: dict[str, float]
    score: float

    @property
    def is_news(self) -> bool:
        return self.score >= _rules().threshold

    def __str__(self) -> str:
        top = sorted(self.points.items(), key=lambda kv: -abs(kv[1]))[:4]
        return f"news evidence {self.score:+.1f} ({', '.join(f'{k} {v:+.1f}' for k, v in top)})"


def _rules() -> EvidenceRules:
    return view(EvidenceRules, "news_evidence.json")


def news_evidence(declared: list[str], title: str | None, text: str) -> Evidence:
    """The evidence that an article is news: DECLARED are what the page says of itself, as
    "signal kind" ("schema.org news", "stated date article"); TITLE and TEXT are read for cues."""
    rules = _rules()
    points = {d: rules.declared[d] for d in dict.fromkeys(declared) if d in rules.declared}
    points |= text_points(title, text)
    return Evidence(points, round(rules.bias + sum(points.values()), 2))


def text_points(title: str | None, text: str) -> dict[str, float]:
    """The points of each text cue that gives any."""
    rules = _rules()
    prose = rules.quote.sub(" ", text)
    scopes = {"text": text, "prose": prose, "start": text.lstrip()[:200], "title": title or ""}
    words = max(1, len(re.findall(r"[A-Za-z']+", prose)))
    points = {}
    for name, cue in rules.cues.items():
        hits = len(cue.pattern.findall(scopes[cue.scope]))
        value = hits * 100 / words if cue.unit == "per_100_words" else hits
        got = max(-cue.cap, min(cue.cap, cue.weight * value))
        if got:
            points[name] = round(got, 2)
    return points
