"""Which language an article is in, and whether newsledger reads it.

The extractors are English rules over an English spaCy model: an article in German or Russian
would come out as a ledger of noise (every capitalised noun a name, no cue verb found). Such an
article is stored as text only (its page text, title and metadata are as good in any language,
and the analyst can search them) and the run report gives the coded reason (E010) it was not
analysed. The decision leans on
keeping: a machine-translated English text full of Cyrillic names is still English, so a text
rich in a supported language's function words is kept whatever the detector says, and a short
text is judged by the language its source declares, if any. Thresholds live in
``data/languages.json``.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from ..lexicons import load
from ..model import Article

_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def rules() -> dict[str, Any]:
    return load("languages.json")


@lru_cache(maxsize=1)
def _identifier() -> Any:
    """py3langid's model (~1 s to load), once per process."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier
    return LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)


def detect(text: str) -> tuple[str, float] | None:
    """(ISO 639-1 code, probability) of TEXT's language; None when it is too short to tell."""
    sample = text[: rules()["sample_chars"]]
    if len(sample.strip()) < rules()["min_chars"]:
        return None
    lang, prob = _identifier().classify(sample)
    return lang, float(prob)


@cache
def _function_words(lang: str) -> frozenset[str]:
    return frozenset(rules()["function_words"].get(lang, ()))


def _function_share(text: str, lang: str) -> float:
    words = _WORD.findall(text[: rules()["sample_chars"]].lower())
    common = _function_words(lang)
    return sum(w in common for w in words) / len(words) if words else 0.0


@lru_cache(maxsize=256)
def lang_code(raw: str | None) -> str | None:
    """"en-US" / "en_GB" / "EN" / "eng" -> "en"; None for anything that is not a language tag
    ("utf-8" in a language field, "English")."""
    m = re.fullmatch(r"([a-z]{2,3})(?:[-_][a-z0-9]+)*", (raw or "").strip().lower())
    if not m:
        return None
    import pycountry
    lang = pycountry.languages.get(**{"alpha_2" if len(m.group(1)) == 2 else "alpha_3": m.group(1)})
    return getattr(lang, "alpha_2", None) or (lang.alpha_3 if lang else None)


def language_of(article: Article) -> tuple[str | None, str]:
    """The article's language and how it was known ('function words', 'detected', 'declared'),
    or (None, '') when nothing tells."""
    r = rules()
    kept = [lang for lang in r["supported"] if _function_share(article.text, lang) >= r["min_function_share"]]
    if kept:
        return kept[0], "function words"
    found = detect(article.text)
    if found is not None and found[1] >= r["min_probability"]:
        return found[0], "detected"
    declared = lang_code(article.language)
    return (declared, "declared") if declared else (None, "")


def tag_language(article: Article) -> Article:
    """ARTICLE with ``language`` set to what its text says (the declared tag when the text does
    not tell)."""
    lang, _ = language_of(article)
    article.language = lang or article.language
    return article


def readable(article: Article) -> bool:
    """Whether the extractors can read ARTICLE: English, or a language nothing could tell."""
    return lang_code(article.language) in (None, *rules()["supported"])


def unread_reason(article: Article) -> str:
    """Why an article is kept as text only, without statements or entities (the detail of E010)."""
    return f"{article.language}; stored as text only (newsledger extracts from {', '.join(rules()['supported'])})"
