"""The statement extractor's lexicons (cues, hedges, forecast markers, channels, speakers),
read once from the JSON files in ``newsledger/data`` so that users can extend them; and the
document text, read once per document."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Token

from ...lexicons import load
from ...nlp.components import doc_text

text_of = doc_text   # the statement modules' name for it


def _load(name: str) -> dict[str, Any]:
    return load(name)


@dataclass(frozen=True)
class Lexicon:
    """Everything the rules look up, with the patterns compiled."""

    cues: dict[str, Any]
    hedges: dict[str, Any]
    forecast: dict[str, Any]
    channels: dict[str, Any]
    speakers: dict[str, Any]
    speculative_re: tuple[re.Pattern, ...]
    belief_re: tuple[re.Pattern, ...]
    future_re: tuple[re.Pattern, ...]

    def lemma(self, tok: Token) -> str:
        """TOK's lemma, lower-cased, with the tagger's known slips mended ('hopes' -> 'hop')."""
        return self.cues["lemma_fixes"].get(tok.lower_) or tok.lemma_.lower()

    def verb_class(self, lemma: str) -> str | None:
        return self.cues["verbs"].get(lemma.lower())

    def adjective_class(self, word: str) -> str | None:
        return self.cues["adjectives"].get(word.lower())


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lexicons, loaded on first use."""
    hedges, forecast = _load("hedges.json"), _load("statements_forecast.json")

    def comp(patterns: list[str]) -> tuple[re.Pattern, ...]:
        return tuple(re.compile(p) for p in patterns)

    return Lexicon(cues=_load("cues.json"), hedges=hedges, forecast=forecast,
                   channels=_load("statements_channels.json"), speakers=_load("statements_speakers.json"),
                   speculative_re=comp(hedges["speculative_patterns"]),
                   belief_re=comp(hedges["belief_patterns"]),
                   future_re=comp(forecast["future_phrases"]))
