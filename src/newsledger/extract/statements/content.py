"""What a statement's content span is: paragraph bounds, quoted shares, trimming of punctuation
and dangling words, and the character overlap measures drafts are compared by."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ...model import Span
from .cues import Cue
from .lexicon import Lexicon, text_of
from .quotes import Quote
from .speakers import Speaker

_TRIM = " \t\n\r\xa0,.;:—–-\"'“”‘’«»„"
SENT_END = {".", "!", "?"}
DASHES = {"—", "–", "-", "--"}
_SIGN_POS = {"NOUN", "SYM"}


@dataclass
class Draft:
    """A statement before its speaker is resolved and its content classified."""

    content: list[Span]
    kind: str
    cue: Cue | None
    speaker: Speaker | None

    @property
    def start(self) -> int:
        return self.content[0][0]


def in_quote(pos: int, quotes: list[Quote]) -> bool:
    """Whether offset POS lies inside one of QUOTES (by bisection: callers ask for every token)."""
    starts, ends = _quote_index(quotes)
    k = bisect_right(starts, pos) - 1
    return k >= 0 and pos < ends[k]


# the index of the quotes list in hand: (the list, its length, (starts, ends)), replaced as a whole
_last_index: list[tuple[list[Quote], int, tuple[list[int], list[int]]]] = [([], 0, ([], []))]


def _quote_index(quotes: list[Quote]) -> tuple[list[int], list[int]]:
    """The spans of QUOTES merged into sorted disjoint intervals (starts, ends), kept for the list
    the statements stage is asking about."""
    cached = _last_index[0]
    if cached[0] is quotes and cached[1] == len(quotes):
        return cached[2]
    starts: list[int] = []
    ends: list[int] = []
    for s, e in sorted(span for q in quotes for span in q.spans):
        if starts and s <= ends[-1]:
            ends[-1] = max(ends[-1], e)
        elif s < e:
            starts.append(s)
            ends.append(e)
    _last_index[0] = (quotes, len(quotes), (starts, ends))
    return starts, ends


def mostly_quoted(parts: list[Span], inside: list[Quote], lex: Lexicon) -> bool:
    """Quoted words, when quotes make up nearly all the content; else reported speech that
    merely quotes a phrase ('said the plan was "a disaster"')."""
    total = sum(e - s for s, e in parts)
    quoted = sum(_quoted_share(p, inside) * (p[1] - p[0]) for p in parts)
    return bool(inside) and quoted >= lex.cues.direct_share * total


def _quoted_share(span: Span, quotes: list[Quote]) -> float:
    inter = sum(max(0, min(e, span[1]) - max(s, span[0])) for q in quotes for s, e in q.spans)
    return inter / max(1, span[1] - span[0])


def drop_tail(toks: list[Token]) -> list[Token]:
    """TOKS without the punctuation and dangling conjunction a clause's subtree ends with."""
    while toks and (_dangling_mark(toks[-1]) or toks[-1].dep_ == "cc") and not _closes_bracket(toks):
        toks.pop()
    return toks


def _closes_bracket(toks: list[Token]) -> bool:
    """'expected profits to be about £138m ($259.8m)': a closing bracket whose opening one is in
    the content ends a gloss the content holds, not a clause; without it the claim reads cut off."""
    close = toks[-1].text
    if close not in _BRACKETS.values():
        return False
    opening = next(o for o, c in _BRACKETS.items() if c == close)
    return sum(t.text == opening for t in toks) > sum(t.text == close for t in toks[:-1])


_BRACKETS = {"(": ")", "[": "]"}


def _dangling_mark(tok: Token) -> bool:
    """Punctuation a content may end without; not a sign the tagger reads as a word of its
    number ('rates of 50%', 'from 2.2% to 1.6%': spaCy counts '%' as punctuation, yet a
    content cut before it says another figure)."""
    return tok.is_punct and not (tok.pos_ in _SIGN_POS and tok.i > 0 and tok.nbor(-1).like_num)


def content_span(doc: Doc, toks: list[Token], min_words: int) -> Span | None:
    """The trimmed text span TOKS cover, when they hold at least MIN_WORDS words (not punctuation)."""
    if not toks or len([t for t in toks if not t.is_punct]) < min_words:
        return None
    span = trim(text_of(doc), (toks[0].idx, toks[-1].idx + len(toks[-1])))
    return span if span[1] > span[0] else None


def quote_closed(span: Span, quotes: list[Quote], cue_at: int) -> Span:
    """SPAN run on to the end of a quote after the cue at CUE_AT that it opens but stops inside
    ('called Burma a "good news story in an era when ... direction."', 'had fought "for the
    nation's rights, knowing that ..."'): the parser hangs a quoted phrase's last clause on the
    cue, yet the speaker's words go on to the closing mark. The content then ends where the
    quote's own span does, with the stop it closes on ('had displayed "complete disregard of ...
    community."'), so that the quote lies inside it and is no second, direct statement of the
    same words. A quote before the cue ('"...," he said. "..."') is left to the direct layout,
    which also takes the quotes that go on after the cue."""
    s, e = span
    for q in quotes:
        for qs, qe in q.spans:
            if cue_at < qs and s <= qs < e < qe and q.close_at is not None:
                return s, qe
    return span


def trim(text: str, span: Span) -> Span:
    s, e = span
    while s < e and text[s] in _TRIM:
        s += 1
    while e > s and text[e - 1] in _TRIM:
        e -= 1
    return s, e


def quote_words(text: str, q: Quote) -> int:
    return sum(len(text[s:e].split()) for s, e in q.spans)
