"""Bodies written by their initials that the tagger leaves untagged or types as something else.

The small English model tags a well-known body's initials ('the BBC', 'NATO') but leaves a less
common one untagged ('fined 1m euros by AMF', 'Similarly telecommunications firm NTL blames its
agency') or types it a person or a place ('BT is starting its push into television' as GPE, 'the
RSPCA' as PERSON), so the events room finds no party where the sentence names one. Initials are
two to six capital letters; they stand for a body when WordNet files them as a group or knows them
as no word at all (``wordnet.body_initials``: not 'GDP', 'TV', 'MP'), the gazetteer knows no place so
written, and the article writes them as no thing: not owned by a name nor set after one as its
model ('Sony's PSP', 'Nintendo DS'), not spelled out as words that are no organisation's name
('high definition (HD)', 'Essential Tremor (ET)'), and not in a heading set in capitals.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Token

from ...nlp.components import doc_text
from ...nlp.wordnet import body_initials, first_class
from ..places import PLACE_LABELS, is_place
from ..places.gazetteer import Place, candidates
from .candidates import Cand
from .evidence import initials

INITIALS = re.compile(r"[A-Z]{2,6}")
MISTYPED = PLACE_LABELS | {"PERSON", "NORP"}
REGION_INITIALS = re.compile(r"[A-Z]{2,4}")     # 'SA', 'WA', 'NSW', 'DRC'


def untagged_initials(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """Organisations named by initials the tagger left untagged where they act: the subject of a verb
    other than 'be' ('NTL blames', 'the RSPCA accepts') or the object of 'by' ('fined ... by AMF').
    One such use makes the name; ``find._propagate`` finds its other occurrences."""
    taken = {t.i for c in cands for t in doc.char_span(*c.span, alignment_mode="expand") or []}
    things = _things(doc, cands)
    return [Cand((t.idx, t.idx + len(t)), t.text, "ORG") for t in doc
            if t.i not in taken and not t.ent_type_ and t.pos_ == "PROPN" and _acts(t)
            and _body(doc, t.text, things) and not _in_capitals(t)]


def mistyped_initials(doc: Doc, cands: list[Cand]) -> None:
    """Initials the tagger typed a person, a place or a people are an organisation's ('BT' as GPE,
    'RSPCA' as PERSON), unless the article writes the same letters as a word ('Bt', a surname or a
    town in capitals)."""
    things = _things(doc, cands)
    text = doc_text(doc)
    for c in cands:
        if (c.kind == "name" and c.key is None and c.label in MISTYPED and _body(doc, c.text, things)
                and re.search(r"(?<!\w)" + re.escape(c.text.title()) + r"(?!\w)", text) is None):
            c.label = "ORG"


def _body(doc: Doc, word: str, things: set[str]) -> bool:
    return INITIALS.fullmatch(word) is not None and word not in things and body_initials(word) and not is_place(word)


def _acts(t: Token) -> bool:
    """T is the subject of a verb other than 'be', or the object of 'by' (a passive's agent, wherever the
    parse hangs the phrase: 'fined 1m euros by AMF')."""
    return (t.dep_ == "nsubj" and t.head.lemma_ != "be") or (t.dep_ == "pobj" and t.head.lower_ == "by")


def _in_capitals(t: Token) -> bool:
    """A word next to T is also written all in capitals: a heading set in capitals ('THE LEGEND OF ZELDA')."""
    near = [t.doc[i] for i in (t.i - 1, t.i + 1) if 0 <= i < len(t.doc)]
    return any(w.is_alpha and len(w) > 1 and w.is_upper for w in near)


def _things(doc: Doc, cands: list[Cand]) -> set[str]:
    """The initials the article writes as a thing's: owned by a name that is no place ('Sony's PSP'),
    naming a kind of made thing ('DS consoles'), set right after a name as its model ('Nintendo DS'),
    or right after the words they spell unless those words are an organisation's name the tagger found
    ('high definition (HD)', 'Essential Tremor (ET)'; not 'the Royal Society for the Prevention of
    Cruelty to Animals (RSPCA)')."""
    orgs = {c.span for c in cands if c.label == "ORG"}
    out = set()
    for t in doc:
        if INITIALS.fullmatch(t.text) and (_owned_by_name(t) or _model_of(t) or _spelled_out(doc, t, orgs)):
            out.add(t.text)
    return out


def _owned_by_name(t: Token) -> bool:
    """T, or the noun it names a kind of ('Nintendo's DS handheld game console'), is owned by a name that
    is no place; or that noun is a made thing, WordNet's artifact ('4m DS consoles', 'PSP games console')."""
    head = t
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    owned = any(c.dep_ == "poss" and c.pos_ == "PROPN" and c.ent_type_ not in PLACE_LABELS for c in (*t.children, *head.children))
    return owned or head is not t and first_class(head.lemma_.lower()) == "artifact"


def _model_of(t: Token) -> bool:
    """The word before T is a name the tagger found, modifying it ('Nintendo DS', 'Windows XP'); not a
    capitalised common word opening the sentence ('Broadcaster ORF blames')."""
    before = t.doc[t.i - 1] if t.i > 0 else None
    return before is not None and before.pos_ == "PROPN" and before.dep_ == "compound" and before.head == t \
        and before.is_title and bool(before.ent_type_)


def _spelled_out(doc: Doc, t: Token, orgs: set[tuple[int, int]]) -> bool:
    """The words right before T (and before a bracket opened just before it) begin with T's letters in
    order ('high definition (HD)') and are no organisation's name the tagger found."""
    end = t.i - 1 if t.i > 0 and doc[t.i - 1].text == "(" else t.i
    words = [w for w in doc[max(0, end - 2 * len(t.text)):end] if w.is_alpha]
    initials = "".join(w.text[0] for w in words).upper()
    if not initials.endswith(t.text):
        return False
    first = words[len(words) - len(t.text)]
    span = (first.idx, doc[end - 1].idx + len(doc[end - 1]))
    return span not in orgs


def region_initials(name: str) -> bool:
    """NAME is written as a country's or a region's initials ('SA', 'WA', 'NSW') and the gazetteer
    holds no place so written: what ``region_by_initials`` may read."""
    return bool(REGION_INITIALS.fullmatch(name)) and not candidates(name)


def region_by_initials(name: str, regions: Sequence[Place], others: Iterable[str] = ()) -> Place | None:
    """The one country or first-level region of REGIONS (those the article's places lie in:
    ``geocode.article_regions``) whose name of two words or more NAME's capitals spell, where the
    gazetteer holds no place so written: 'in WA' of a story of Rockingham and Perth is Western
    Australia, 'post-apartheid SA' of one of South Africans and Limpopo South Africa. Not when one
    of the article's OTHER names that is not the region's own ('South Africans') spells the same
    letters ('the Supreme Court (SC)')."""
    if not region_initials(name):
        return None
    found = {p for p in regions if initials(p.name) == name}
    region = found.pop() if len(found) == 1 else None
    if region is None or any(initials(o) == name and region not in candidates(o) for o in others):
        return None
    return region
