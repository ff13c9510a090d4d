"""Readers' comments under an article, found in its text (data/comments.json).

Some articles end with a section of readers' views: "Have your say", "Your comments", "Here is a
selection of your e-mails", or no header at all, only a run of short first-person paragraphs each
once signed with a reader's name and town (stripped in some copies). newsledger would read them as
the article's own prose: a reader's "These people will use devastating force against us" as an
assault, a reader's "I think" given to the article's interviewee. The ledger holds what the
article reports, so the section is cut like a trailing link list (ingest/repair.py): kept in the
stored text after ``body_end``, searchable, but no statement, event, forecast, entity mention or
time expression comes from it. Statements in it go too: a reader is anonymous (or a name with a
town), and a reader's account of what a named person said is hearsay about the article itself,
which the article's body already reports first-hand.

The section opens at a header, or at a reader's reaction to the article or its writer ("I agree
with ...", "An interesting article", "Mr X is wrong"), and runs to the end. An article's own
writer may speak in the first person (a column, an essay), so first person alone opens nothing:
it only confirms, with reactions and signatures, that the lines from the opening on read as
comments. HTML pages lose their comment containers in trafilatura (``include_comments`` off); this
finds the sections that sit inside the article's container or come as plain text.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from ..lexicons import view

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|‘[^’]*’")


@dataclass(frozen=True)
class SignedRun:
    """data/comments.json ``signed_run``: readers' comments each signed below, with no header."""

    min_signatures: int
    max_gap: int
    min_signature_share: float


@dataclass(frozen=True)
class CommentRules:
    """data/comments.json."""

    headers: tuple[str, ...]
    max_header_chars: int
    reaction_patterns: tuple[re.Pattern[str], ...] = field(metadata={"flags": re.I})
    signature_patterns: tuple[re.Pattern[str], ...]
    personal_words: frozenset[str]
    min_personal_share: float
    min_lines: int
    min_marked: int
    min_comment_share: float
    signed_run: SignedRun


def _rules() -> CommentRules:
    return view(CommentRules, "comments.json")


@cache
def _header_re() -> re.Pattern[str]:
    names = "|".join(re.escape(h) for h in _rules().headers)
    return re.compile(rf"^\W{{0,3}}(\d+\s+)?({names})\s*(\(\d+\))?\s*[:.!?]?\s*$", re.IGNORECASE)


def comments_start(lines: Sequence[str]) -> int:
    """Index of the line that opens a trailing section of readers' comments in LINES (an article's
    non-blank lines), or len(LINES). The first line is the article's own."""
    marks = [_Marks.of(ln) for ln in lines]
    marked, like = _suffix_counts(marks)
    rules = _rules()
    for i in range(1, len(lines)):
        rest = len(lines) - i
        if marks[i].header and like[i + 1] >= rules.min_comment_share * (rest - 1):
            return i
        if marks[i].reaction and rest >= rules.min_lines and marked[i] >= rules.min_marked \
                and like[i] >= rules.min_comment_share * rest:
            return i
    return signed_run_start(marks)


def signed_run_start(marks: Sequence[_Marks]) -> int:
    """Index of the first comment of a trailing run of signed comments (BBC's 'Have your say'
    printed under a story with no header: a paragraph or two, then 'Name, Town', again and again
    to the end), or len(MARKS). The structure, not the words: signature lines recur every few
    lines from the first to the end, so a list the article itself gives ('Name, Company' once or
    twice, or spread through its prose) opens nothing. The first comment is the line above the
    first signature; the first line is the article's own."""
    rules = _rules().signed_run
    signed = [i for i, m in enumerate(marks) if m.signature]
    for k, first in enumerate(signed):
        run = signed[k:]
        gaps = [b - a for a, b in zip([first - 1, *run], [*run, len(marks) - 1])]
        if len(run) < rules.min_signatures or first < 2 or max(gaps) > rules.max_gap:
            continue
        start = first - 1
        if len(run) >= rules.min_signature_share * (len(marks) - start) and not marks[start].signature:
            return start
    return len(marks)


@dataclass(frozen=True)
class _Marks:
    """What one line shows of a comment."""

    header: bool
    reaction: bool
    signature: bool
    personal: bool

    @classmethod
    def of(cls, line: str) -> _Marks:
        return cls(is_header(line), is_reaction(line), is_signature(line), is_personal(line))


def _suffix_counts(marks: Sequence[_Marks]) -> tuple[list[int], list[int]]:
    """For each line on, how many of the lines from it to the end are reactions or signatures
    (marked), and how many read as comments (marked or personal); one more entry, 0, at the end."""
    marked, like = [0] * (len(marks) + 1), [0] * (len(marks) + 1)
    for i in range(len(marks) - 1, -1, -1):
        m = marks[i]
        marked[i] = marked[i + 1] + (m.reaction or m.signature)
        like[i] = like[i + 1] + (m.reaction or m.signature or m.personal)
    return marked, like


def is_header(line: str) -> bool:
    """LINE is a header newspapers put over readers' views ("Your comments", "Have your say")."""
    return len(line) <= _rules().max_header_chars and bool(_header_re().match(line.strip()))


def is_reaction(line: str) -> bool:
    """LINE opens with a reader's reaction to the article or its writer ("I agree with ...")."""
    head = line.strip()[:200]
    return any(p.match(head) for p in _rules().reaction_patterns)


def is_signature(line: str) -> bool:
    """LINE is a signed comment's signature or a comment widget's line ("Reply", "Posted by ...")."""
    return any(p.match(line.strip()) for p in _rules().signature_patterns)


def is_personal(line: str) -> bool:
    """LINE speaks in the first or second person outside quotation marks."""
    rules = _rules()
    words = _WORD.findall(_QUOTED.sub(" ", line).lower().replace("’", "'"))
    own = sum(1 for w in words if w in rules.personal_words)
    return bool(words) and own >= rules.min_personal_share * len(words)
