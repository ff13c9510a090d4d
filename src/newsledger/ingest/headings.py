"""A page's headings kept on lines of their own in the main text.

HTML makes every heading (h1-h6, an element with ARIA's role "heading") a block of its own, but
trafilatura flattens a list item into one line: a review's product card (<li>... <p>It starts at
$9 a month.</p><h4>LifeLock Cybersecurity</h4><p>One of the great perks ...</p></li>) comes out as
"... $9 a month. LifeLock Cybersecurity One of the great perks ...", and the parser reads the
heading's words as the next sentence's subject, speaker or a name ('LifeLock Cybersecurity One').
Where the text holds a heading's words run into the words the page shows before or after the
heading, the space between them becomes a line break again: one character for one, so every
offset into the text stays where it was. A heading that opens a teaser's list item stays
on the item's line: the repair (ingest/repair.py) reads a trailing run of such lines as a list of
related links, a teaser's heading and its blurb in each item.

A line break moves a heading; it may not cut the article. The repair reads a line that opens with
a link list's header ('See also', 'Related') as where the body ends, so a heading put apart from a
page's text can make the rest of the page look like a list of links (a library catalogue: its
heading 'Hardware -- Catalogs' apart, 'See also what's at your library, …' opened the last line
and the whole catalogue was cut). A break after which the repair ends the body earlier by more
than the heading it moves is not made.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from lxml.html import HtmlElement

from ..lexicons import load
from .repair import repair

_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=1)
def _rules() -> dict:
    return load("html_titles.json")["run_in_headings"]


def headings_apart(text: str, tree: HtmlElement) -> str:
    """TEXT with a line break before and after each heading of TREE that it runs into the block
    before or after it."""
    breaks = {i: len(around[0]) for around in _headings_in_context(tree) for i in _run_ins(text, *around)}
    return _apart(text, _cutting_nothing(text, breaks)) if breaks else text


def _apart(text: str, breaks: dict[int, int]) -> str:
    """TEXT with a line break at each offset of BREAKS (one character for one)."""
    chars = list(text)
    for i in breaks:
        chars[i] = "\n"
    return "".join(chars)


def _cutting_nothing(text: str, breaks: dict[int, int]) -> dict[int, int]:
    """The BREAKS (offset -> the length of the heading the break moves) after which the repair ends
    the body no earlier than before, but for the heading moved: while a break makes the body end
    earlier, the last break before the new end (the one that opened the line the cut starts on, or
    a line inside it) is dropped."""
    body_end = repair(text).body_end
    kept = dict(breaks)
    while kept:
        end = repair(_apart(text, kept)).body_end
        if end >= body_end - max(kept.values()) - 1:
            break
        del kept[max((i for i in kept if i < end), default=max(kept))]
    return kept


def _headings_in_context(tree: HtmlElement) -> Iterator[tuple[str, str, str]]:
    """Each heading's text (squashed) with the end of the last text the page shows before it and
    the start of the first text after it ('' where there is none)."""
    rules = _rules()
    for el in tree.xpath(rules["xpath"]):
        head = _squash(el.text_content())
        if head and len(head.split()) <= rules["max_words"] and not _opens_item(el, head):
            before = _squash(_first(el.xpath(rules["previous_text_xpath"])))[-rules["context_chars"]:]
            after = _squash(_first(el.xpath(rules["next_text_xpath"])))[: rules["context_chars"]]
            yield head, before, after


def _opens_item(heading: HtmlElement, head: str) -> bool:
    """HEADING is the first text of a list item that holds no more than a teaser's blurb besides it
    (data/html_titles.json ``teaser_blocks`` blocks of text): the item's line begins with it, and the
    repair reads a trailing run of such lines as related links (a teaser's heading and its blurb in
    each) and cuts it whole. An item of more blocks (a review's product card) is a section of the
    article."""
    item = next(iter(heading.iterancestors("li")), None)
    if item is None or not _squash(item.text_content()).startswith(head):
        return False
    rules = _rules()
    return len(item.xpath(rules["item_blocks_xpath"])) <= rules["teaser_blocks"]


def _first(texts: list[str]) -> str:
    return str(texts[0]) if texts else ""


def _run_ins(text: str, head: str, before: str, after: str) -> Iterator[int]:
    """Where TEXT writes a space between BEFORE and HEAD, or between HEAD and AFTER."""
    if before:
        yield from (i + len(before) for i in _finds(text, f"{before} {head}"))
    if after:
        yield from (i + len(head) for i in _finds(text, f"{head} {after}"))


def _finds(text: str, part: str) -> Iterator[int]:
    """Every offset where PART starts in TEXT."""
    i = text.find(part)
    while i >= 0:
        yield i
        i = text.find(part, i + 1)


def _squash(text: str) -> str:
    return _SPACE.sub(" ", text).strip()
