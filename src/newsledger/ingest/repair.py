"""Repairs scraped and machine-translated text before parsing, keeping a map back to the original.

Scrapers break sentences across blank lines ("will come to Minsk\\n\\nfor talks"), leave link
lists ("Read also:" + bullet headlines) and readers' comments (ingest/comments.py) at the end, and
use no-break spaces. The parser does far better on the repaired text, but every offset newsledger
stores must index the text exactly as received: so the clean text is built from pieces of the
original, and ``to_original`` maps any clean span back.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from ..lexicons import load
from ..model import Span
from .comments import comments_start


@lru_cache(maxsize=1)
def _rules() -> dict:
    rules = load("repair.json")
    rules["_header_re"] = re.compile(
        r"^\W{0,3}(" + "|".join(re.escape(h) for h in rules["link_list_headers"]) + r")\b\s*[:.!]?\s*(.*)$",
        re.IGNORECASE)
    rules["_boiler_re"] = [re.compile(p, re.IGNORECASE) for p in rules["boilerplate_lines"]]
    rules["_section_re"] = [re.compile(p, re.IGNORECASE) for p in rules["trailing_sections"]]
    rules["_cont"] = frozenset(rules["continuation_words"])
    return rules


@dataclass
class Repaired:
    """The clean text, where it came from, and where the article body ends in the original."""

    original: str
    clean: str
    body_end: int
    dropped: list[Span] = field(default_factory=list)   # original spans removed as boilerplate
    _clean_starts: list[int] = field(default_factory=list, repr=False)
    _orig_starts: list[int] = field(default_factory=list, repr=False)

    def offset(self, i: int) -> int:
        """Original offset of clean offset ``i`` (a position between characters)."""
        k = bisect_right(self._clean_starts, i) - 1
        if k < 0:
            return 0
        return self._orig_starts[k] + (i - self._clean_starts[k])

    def to_original(self, span: Span) -> Span:
        """Maps a clean-text span to the original text (end computed from the last character)."""
        s, e = span
        if e <= s:
            o = self.offset(s)
            return (o, o)
        return (self.offset(s), self.offset(e - 1) + 1)


@dataclass
class _Line:
    start: int      # original offset of the line's first non-blank character
    end: int        # original offset after its last non-blank character
    text: str


def _lines(text: str) -> list[_Line]:
    out = []
    for m in re.finditer(r"[^\n]+", text):
        raw = m.group(0)
        stripped = raw.strip(" \t\r\xa0\u200b\ufeff")
        if stripped:
            lead = len(raw) - len(raw.lstrip(" \t\r\xa0\u200b\ufeff"))
            out.append(_Line(m.start() + lead, m.start() + lead + len(stripped), stripped))
    return out


def _is_bullet(line: str) -> bool:
    return line[:1] in _rules()["bullets"]


def _link_list_start(lines: list[_Line]) -> int:
    """Index of the first line of a trailing link list ("Read also:" and its items), or len(lines)."""
    rules = _rules()
    cut = len(lines)
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i].text
        header = rules["_header_re"].match(line)
        if header and (not header.group(2) or i == len(lines) - 1 or len(line) <= rules["max_list_item_chars"]):
            cut = i
            continue
        if _is_bullet(line) and len(line) <= rules["max_list_item_chars"]:
            continue
        break
    # only a list that begins with a header, or a run of bullets at the very end, is cut
    return cut if cut < len(lines) else _trailing_bullets(lines)


def _trailing_bullets(lines: list[_Line]) -> int:
    i = len(lines)
    while i > 0 and _is_bullet(lines[i - 1].text):
        i -= 1
    return i if len(lines) - i >= 2 else len(lines)


def _section_start(lines: list[_Line]) -> int:
    """Index of the first line after the first that opens a trailing boilerplate section
    ("Forward-Looking Statements", "Media contacts:"), or len(lines)."""
    sections = _rules()["_section_re"]
    return next((i for i, ln in enumerate(lines) if i and any(r.match(ln.text) for r in sections)), len(lines))


def _is_inline_boilerplate(line: str) -> bool:
    rules = _rules()
    header = rules["_header_re"].match(line)
    return bool(header and header.group(2)) or any(r.match(line) for r in rules["_boiler_re"])


def _repeated(lines: list[_Line]) -> frozenset[str]:
    """Lines long enough to be a block (repair.json ``repeated_block``) that the text shows more
    than ``max_repetitions`` times: a template injected them, every copy is boilerplate (an
    article may restate a paragraph once, a pull quote repeats one, neither thrice)."""
    rules = _rules()["repeated_block"]
    counts = Counter(ln.text for ln in lines if len(ln.text) >= rules["min_chars"])
    return frozenset(text for text, n in counts.items() if n > rules["max_repetitions"])


def _joins(prev: str, nxt: str) -> bool:
    """Whether a line break between PREV and NXT breaks one sentence (scraping damage)."""
    rules = _rules()
    first = nxt[:1]
    if first.islower() or first in ",;)]%":
        return True
    if prev[-1:] in ",-–—(":
        return True
    if prev[-1:] in rules["sentence_end"]:
        return False
    last_word = re.findall(r"[\w']+$", prev.lower())
    return bool(last_word) and last_word[0] in rules["_cont"]


def repair(text: str) -> Repaired:
    """Clean text for the parser: broken sentences rejoined, link lists, boilerplate lines and
    blocks repeated by the page's template dropped, no-break and repeated spaces folded; with the
    map back to TEXT."""
    lines = _lines(text)
    cut = min(_link_list_start(lines), _section_start(lines), comments_start([ln.text for ln in lines]))
    body_end = lines[cut].start if cut < len(lines) else len(text.rstrip())
    repeated = _repeated(lines[:cut])
    boiler = [ln.text in repeated or _is_inline_boilerplate(ln.text) for ln in lines[:cut]]
    kept = [ln for ln, out in zip(lines[:cut], boiler) if not out]
    dropped = [(ln.start, ln.end) for ln, out in zip(lines[:cut], boiler) if out]
    if cut < len(lines):
        dropped.append((body_end, len(text)))
    builder = _Builder(text)
    for i, line in enumerate(kept):
        if i:
            prev = kept[i - 1]
            gap = text[prev.end:line.start]
            sep = " " if _joins(prev.text, line.text) else "\n\n" if "\n\n" in gap.replace("\r", "") or _is_bullet(line.text) else "\n"
            builder.put(sep, prev.end)
        builder.copy(line.start, line.end)
    return builder.build(body_end, dropped)


class _Builder:
    """Assembles clean text from original pieces, remembering where each piece came from."""

    def __init__(self, original: str):
        self.original = original
        self.parts: list[str] = []
        self.clean_starts: list[int] = []
        self.orig_starts: list[int] = []
        self.length = 0

    def _add(self, piece: str, orig: int) -> None:
        if not piece:
            return
        self.clean_starts.append(self.length)
        self.orig_starts.append(orig)
        self.parts.append(piece)
        self.length += len(piece)

    def put(self, piece: str, gap_start: int) -> None:
        """Adds synthetic text (a joining space, a paragraph break) standing for the original gap
        after a line: every character maps onto the line break at GAP_START, never onto text that
        follows it, nor onto boilerplate dropped from inside the gap."""
        for ch in piece:
            self._add(ch, gap_start)

    def copy(self, start: int, end: int) -> None:
        """Copies original[start:end], folding no-break spaces and runs of spaces."""
        for m in re.finditer(r"[ \t\xa0\u200b]{2,}|[\xa0\u200b]|[^ \t\xa0\u200b]+| ", self.original[start:end]):
            tok = m.group(0)
            self._add(tok if tok[0] not in " \t\xa0\u200b" or tok == " " else " ", start + m.start())

    def build(self, body_end: int, dropped: list[Span]) -> Repaired:
        return Repaired(self.original, "".join(self.parts), body_end, dropped,
                        self.clean_starts, self.orig_starts)
