"""Boxes set into an article page that are no part of the article, found by the names the page
gives them (data/boxes.json): a disclaimer or disclosure box, the article's highlights repeated
as a teaser, a sign-up, subscription or contact form, the author's bio, the footnotes, a carousel of
slides, customers' testimonials. Such a box can hold quoted or attributed words ("..., says our
founder") that the ledger would otherwise store as statements of the article. trafilatura keeps
such a box when it sits inside the article's container; its own boilerplate names (sidebar,
related, share ...) are left to it. A name that also marks a state of the page ("modal-enabled"
on the article itself) is no box name.

A box is an element whose class or id holds one of the names as a word ("post-disclaimer",
"articleHighlights"); one that holds much of the page's text is a container, never a box.
A box is also the element around a form to fill in (a text or e-mail field, a text area: a
demo request, a newsletter sign-up, a comment form), whatever its name: what stands beside the
form sells or asks for the reader's details ("Target new clients this year", a client's quoted
praise above a "First Name*" field), and on WCXB's half-a article pages 4 of the 6,159 words in
such elements are in the gold main text.

A caption is a box too (``captions``: HTML5's <figcaption>, and trafilatura's own caption rule):
trafilatura leaves captions out of its own extraction when images are off, but its fallbacks
(readability, jusText), which win on many layouts, keep them, and a caption's credit or the words
it quotes ("..., the mayor said on Friday") would be stored as the article's. They are dropped
apart from the named boxes (``with captions``), so the caller can keep them when dropping them
changes which container the extractors read.

A note's reference mark ('... during the pandemic (4).', '... bout of exercise.[2]') is dropped
from every page (``without_note_marks``): an element whose whole text is a note's number and that
points to a note in the page (DPUB-ARIA's doc-noteref, a fragment link: the HTML standard's
footnote pattern), or a link set alone in brackets. WCXB's main text leaves marks out, and a
statement whose content ends in one is read as no part of the article.
"""
from __future__ import annotations

import re
from copy import deepcopy
from dataclasses import dataclass

from lxml.html import HtmlElement

from ..lexicons import view

_WORD = re.compile(r"[a-z]+")
_CAMEL = re.compile(r"([a-z])([A-Z])")


@dataclass(frozen=True)
class NoteMarks:
    """data/boxes.json ``note_marks``."""

    mark: re.Pattern[str]
    pointers: str
    links: str
    brackets: dict[str, str]


@dataclass(frozen=True)
class BoxRules:
    """data/boxes.json."""

    names: frozenset[str]
    max_share: float
    form_fields: str
    max_beside_form: int
    captions: str
    note_marks: NoteMarks


def _rules() -> BoxRules:
    return view(BoxRules, "boxes.json")


def without_boxes(tree: HtmlElement, forms: bool = True, captions: bool = False) -> HtmlElement | None:
    """A copy of TREE without its boxes (with FORMS, those around a form too; with CAPTIONS, its
    captions too); None when it holds none."""
    rules = _rules()
    total = len(tree.text_content())
    boxes = [el for el in tree.iter() if _is_box(el, rules, total, forms)]
    boxes += _captions(tree, rules, total) if captions else []
    if not boxes:
        return None
    pruned = deepcopy(tree)
    paths = {tree.getroottree().getpath(el) for el in boxes}
    for el in [pruned.getroottree().xpath(p)[0] for p in sorted(paths, key=len, reverse=True)]:
        if el.getparent() is not None:
            el.drop_tree()
    return pruned


def has_form_boxes(tree: HtmlElement) -> bool:
    """TREE holds a box around a form (so without_boxes with and without FORMS differ)."""
    rules = _rules()
    total = len(tree.text_content())
    return any(_holds_form(el, rules) and _is_box(el, rules, total, True) for el in tree.iter())


def has_captions(tree: HtmlElement) -> bool:
    """TREE holds a caption (so without_boxes with and without CAPTIONS differ)."""
    rules = _rules()
    return bool(_captions(tree, rules, len(tree.text_content())))


def _captions(tree: HtmlElement, rules: BoxRules, total: int) -> list[HtmlElement]:
    """TREE's captions (boxes.json ``captions``) that hold no more than max_share of its text."""
    return [el for el in tree.xpath(rules.captions) if len(el.text_content()) <= rules.max_share * total]


def _is_box(el: HtmlElement, rules: BoxRules, total: int, forms: bool) -> bool:
    """EL is named as a box (or, with FORMS, holds a form) and no more than max_share of the page's text."""
    if not isinstance(el.tag, str) or el.tag in ("html", "body"):
        return False
    named = _words(el.get("class", "") + " " + el.get("id", "")) & rules.names
    return (bool(named) or forms and _holds_form(el, rules)) and len(el.text_content()) <= rules.max_share * total


def _holds_form(el: HtmlElement, rules: BoxRules) -> bool:
    """EL is the element around a form that asks for the reader's details (boxes.json
    ``form_fields``), with no more than a few lines of its own beside it (``max_beside_form``
    characters): a product's FAQ with a contact form under it is the page's content."""
    forms = [child for child in el if child.tag == "form" and child.xpath(rules.form_fields)]
    if not forms:               # most elements: no text measured, so a page is read once, not once per element
        return False
    return len(el.text_content()) - sum(len(f.text_content()) for f in forms) <= rules.max_beside_form


def _words(names: str) -> set[str]:
    """The words of class and id values: "post-disclaimer articleHighlights" -> post, disclaimer,
    article, highlights."""
    return set(_WORD.findall(_CAMEL.sub(r"\1 \2", names).lower()))


def note_marks(tree: HtmlElement) -> list[HtmlElement]:
    """TREE's note reference marks, outermost only (a mark inside another goes with it)."""
    rules = _rules().note_marks
    found = [el for el in tree.xpath(rules.pointers) if _is_mark(el, rules)]
    found += [el for el in tree.xpath(rules.links) if _is_mark(el, rules) and _bracketed(el, rules)]
    marks = set(found)
    return [el for el in dict.fromkeys(found) if not any(a in marks for a in el.iterancestors())]


def without_note_marks(tree: HtmlElement) -> int:
    """Drop TREE's note reference marks in place (with the brackets a mark stood alone in); how many."""
    rules = _rules().note_marks
    outer = note_marks(tree)
    for el in outer:
        _unbracket(el, rules)
        el.drop_tree()
    return len(outer)


def _is_mark(el: HtmlElement, rules: NoteMarks) -> bool:
    """EL's whole text is a note's number ('4', '[2]', '(12)')."""
    return isinstance(el.tag, str) and el.tag not in ("html", "body") and bool(rules.mark.match(el.text_content()))


def _before(el: HtmlElement) -> str:
    """The text right before EL: its previous sibling's tail, else its parent's text."""
    prev = el.getprevious()
    parent = el.getparent()
    return (prev.tail if prev is not None else parent.text if parent is not None else None) or ""


def _bracketed(el: HtmlElement, rules: NoteMarks) -> bool:
    """EL stands alone in brackets: the text before it ends with an opener, its tail opens with the closer."""
    opener = _before(el).rstrip()[-1:]
    return opener in rules.brackets and (el.tail or "").lstrip().startswith(rules.brackets[opener])


def _unbracket(el: HtmlElement, rules: NoteMarks) -> None:
    """Take away the brackets EL stands alone in, and the space before the opener."""
    if not _bracketed(el, rules):
        return
    closer = rules.brackets[_before(el).rstrip()[-1]]
    el.tail = (el.tail or "").lstrip()[len(closer):]
    prev, parent = el.getprevious(), el.getparent()
    if prev is not None:
        prev.tail = (prev.tail or "").rstrip()[:-1].rstrip()
    elif parent is not None:
        parent.text = (parent.text or "").rstrip()[:-1].rstrip()
