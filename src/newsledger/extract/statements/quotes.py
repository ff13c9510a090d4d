"""Quotation marks paired on raw text: which stretches of an article are someone's quoted words.

Pairing is done per paragraph, so that one stray mark in scraped text (an odd number of
quotation marks) can only disturb the paragraph it sits in, never the rest of the article.
A quote left open at a paragraph's end continues when the next paragraph opens with a quote
mark (the news convention for quotes over several paragraphs); otherwise the stray opening
mark is dropped, except when it opens its paragraph: then the whole paragraph is the quote
(its closing mark was lost). A quote a colon opens inside a paragraph, on a sentence of its own
('She added: "It would be ...': a capital after the mark) and left open at its end is the start of
such a quote over several paragraphs when the next paragraph opens with a quote mark, and is
dropped as stray when it does not. (After a full stop the same shape is as often a quote whose
closing mark was lost before another speaker's paragraph: '... she said. "If ... ¶ "I have been
...," added Mr Reed'.) A second opening mark of the same kind after a full stop inside an open quote
('"... of hope. "Labour is ...," he said') starts that quote's next paragraph in a text that lost the break, and continues it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...model import Span

OPENERS = "“«„"
CLOSERS = "”»"
STRAIGHT = '"'
ALL_MARKS = OPENERS + CLOSERS + STRAIGHT
DOUBLED = "''"                        # two apostrophes: a straight double quote in some archives
_MARK = re.compile("''|[" + re.escape(ALL_MARKS) + "]")
_OPEN_BEFORE = set(" \t\n([{—–-/:") | {""}
_CLOSE_AFTER = set(" \t\n)]}.,;:!?—–-…") | {""}
_PARAGRAPH = re.compile(r"[^\n]+")


@dataclass
class Quote:
    """One quotation: its content fragments (one per paragraph, marks excluded) and its marks."""

    spans: list[Span]
    open_at: int                      # offset of the opening mark
    close_at: int | None              # offset of the closing mark; None when it was lost
    close_len: int = 1
    tentative: bool = False           # opened inside its paragraph and left open: a quote only if the next goes on

    @property
    def after(self) -> int | None:
        """The offset just after the closing mark."""
        return None if self.close_at is None else self.close_at + self.close_len

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]


def find_quotes(text: str) -> list[Quote]:
    """Top-level quotations in TEXT, in order."""
    quotes: list[Quote] = []
    pending: Quote | None = None
    for para in _PARAGRAPH.finditer(text):
        pending = _pair_paragraph(text, para.start(), para.end(), pending, quotes)
    if pending is not None and not pending.tentative:
        _close_lost(text, pending, quotes)
    return quotes


def _direction(text: str, i: int, n: int = 1) -> str:
    """'open', 'close' or '?' for the mark of N characters at I, judged by its neighbours."""
    ch = text[i]
    if ch in OPENERS:
        return "open"
    if ch in CLOSERS:
        return "close"
    before = text[i - 1] if i > 0 else ""
    after = text[i + n] if i + n < len(text) else ""
    if before in _OPEN_BEFORE and after not in _CLOSE_AFTER:
        return "open"
    if after in _CLOSE_AFTER and before not in _OPEN_BEFORE:
        return "close"
    return "?"


def _pair_paragraph(text: str, start: int, end: int, pending: Quote | None,
                    quotes: list[Quote]) -> Quote | None:
    """Pairs the marks of one paragraph; returns a quote still open at its end, if any."""
    marks = [(m.start(), m.end() - m.start()) for m in _MARK.finditer(text, start, end)]
    if pending is not None:
        if marks and marks[0][0] == _first_visible(text, start, end) and _direction(text, *marks[0]) != "close":
            pending.spans.append((sum(marks[0]), end))
            pending.tentative = False
            marks = marks[1:]
        else:
            if not pending.tentative:
                _close_lost(text, pending, quotes)
            pending = None
    stack: list[tuple[int, int]] = [] if pending is None else [(pending.open_at, pending.spans[0][0] - pending.open_at)]
    reopened: list[tuple[int, int]] = []       # marks that reopen the quote open at depth one
    for i, n in marks:
        d = _direction(text, i, n)
        if text[i] == "“" and stack and text[stack[-1][0]] == "„":
            d = "close"
        elif d == "?":
            d = "close" if stack else "open"
        if d == "open":
            if len(stack) == 1 and _reopens(text, stack[0], i, n):
                reopened.append((i, n))
            else:
                stack.append((i, n))
            continue
        if not stack:
            continue                  # a stray closing mark: ignore it
        opened = stack.pop()
        if not stack:
            quotes.append(_split_at(text, _make(pending, opened, (i, n)), reopened))
            pending, reopened = None, []
    if not stack:
        return None
    first, n = stack[0]
    if pending is not None and first == pending.open_at:
        pending.spans[-1] = (pending.spans[-1][0], end)
        return _split_at(text, pending, reopened)
    if first == _first_visible(text, start, end):
        return _split_at(text, Quote(spans=[(first + n, end)], open_at=first, close_at=None), reopened)
    if _opens_sentences(text, first, n):
        return _split_at(text, Quote(spans=[(first + n, end)], open_at=first, close_at=None, tentative=True), reopened)
    return None                       # an odd opening mark inside a clause: drop it


def _opens_sentences(text: str, i: int, n: int) -> bool:
    """Whether the opening mark of N characters at I opens whole sentences of quoted speech that a
    colon introduces ('She added: "It would be', 'He said: "I have to say') and a capital begins."""
    return text[:i].rstrip()[-1:] == ":" and text[i + n:i + n + 1].isupper()


def _reopens(text: str, opened: tuple[int, int], i: int, n: int) -> bool:
    """'"... politics of hope. "Labour is counting on fear," he said.': a second opening mark of
    the same kind, set after a full stop and before a capital, inside a quote still open, is the
    news convention for a quote going on in a new paragraph (whose break the text lost); it
    reopens that quote rather than nesting another one."""
    after = text[i + n:i + n + 1]
    return text[i:i + n] == text[opened[0]:opened[0] + opened[1]] and text[:i].rstrip()[-1:] in (".", "?", "!") \
        and after.isupper()


def _split_at(text: str, q: Quote, reopened: list[tuple[int, int]]) -> Quote:
    """Q's last span cut at the marks that reopened it (each mark left out of the words)."""
    if not reopened:
        return q
    s, e = q.spans.pop()
    for i, n in reopened:
        q.spans.append((s, len(text[:i].rstrip())))
        s = i + n
    q.spans.append((s, e))
    return q


def _make(pending: Quote | None, opened: tuple[int, int], closed: tuple[int, int]) -> Quote:
    if pending is not None and opened[0] == pending.open_at:
        pending.spans[-1] = (pending.spans[-1][0], closed[0])
        pending.close_at, pending.close_len = closed
        return pending
    return Quote(spans=[(sum(opened), closed[0])], open_at=opened[0], close_at=closed[0], close_len=closed[1])


def _close_lost(text: str, pending: Quote, quotes: list[Quote]) -> None:
    """A quote whose closing mark never came: it ends with its last paragraph."""
    s, e = pending.spans[-1]
    while e > s and text[e - 1].isspace():
        e -= 1
    pending.spans[-1] = (s, e)
    quotes.append(pending)


def _first_visible(text: str, start: int, end: int) -> int:
    i = start
    while i < end and text[i] in " \t\u00a0":
        i += 1
    return i
