"""Titles and descriptions written just before a person's name, which become roles and mentions.

News introduces people with a title ("Military expert Oleg Zhdanov", "Russian dictator
Vladimir Putin") or an apposition ("the commander of the United Forces of the Armed Forces of
Ukraine, Lieutenant General Serhiy Naev"). Reading backwards from the name over title words,
their modifiers and the names of places and organisations gives the role as stated; the
title's own words (without the places and organisations it mentions, which are mentions of
their own) become a title mention of the person.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ...model import Span
from .lexicon import english, lexicon


@dataclass
class Title:
    role: str          # the role as written ("Minister of Defense of the Russian Federation")
    span: Span         # the title's own words ("Minister of Defense")


def _allowed(tok: Token, labels: dict[int, str]) -> bool:
    lex = lexicon()
    low = tok.lower_.rstrip(".")
    return (low in lex.person_heads or low in lex.modifiers or low in lex.honorifics
            or low in lex.org_heads or tok.i in labels or tok.ent_type_ == "NORP")


def _chunk(doc: Doc, end: int, labels: dict[int, str]) -> tuple[int, int] | None:
    """Token range [start, end) of a title ending at END, or None when it holds no title word.
    A phrase ending in a preposition ('a spokeswoman for Adam Neumann') is someone else's title."""
    if end > 0 and doc[end - 1].lower_ in english().title_edges:
        return None
    start = end
    while start > 0 and not doc[start - 1].is_sent_end and _allowed(doc[start - 1], labels) \
            and not _joins_another_person(doc, start - 1):
        start -= 1
    return _titled(doc, start, end, labels)


def _joins_another_person(doc: Doc, i: int) -> bool:
    """'accused the prime minister and Mr Brown': a conjunction right before an honorific joins
    another person to the one the honorific begins; the words before it are the first person's
    (or a title no name follows), never the second's ('Trade and Industry' joins no person)."""
    return doc[i].pos_ == "CCONJ" and i + 1 < len(doc) and doc[i + 1].lower_.rstrip(".") in lexicon().honorifics


def _titled(doc: Doc, start: int, end: int, labels: dict[int, str]) -> tuple[int, int] | None:
    """[start, end) without leading articles, when its own words (not places or organisations
    named in it) hold a title word."""
    while start < end and doc[start].lower_ in english().title_edges:
        start += 1
    heads = lexicon().person_heads | lexicon().honorifics
    own = [t for t in doc[start:end] if t.i not in labels or labels[t.i] == "NORP"]
    if not any(t.lower_.rstrip(".") in heads for t in own):
        return None
    return start, end


def _own_words(doc: Doc, start: int, end: int, labels: dict[int, str]) -> Span:
    """The title up to the first place or organisation inside it, without trailing 'of the';
    a place or organisation it opens with is not its own ('EU Transport Commissioner' ->
    'Commissioner')."""
    while start < end - 1 and doc[start].i in labels and labels[doc[start].i] != "NORP":
        start += 1
    stop = start
    while stop < end and (doc[stop].i not in labels or stop == start
                          or labels[doc[stop].i] == "NORP" and labels.get(doc[stop - 1].i) == "NORP"):
        stop += 1
    while stop > start + 1 and doc[stop - 1].lower_ in english().title_edges:
        stop -= 1
    return doc[start].idx, doc[stop - 1].idx + len(doc[stop - 1])


def titles_before(doc: Doc, name_start: int, labels: dict[int, str]) -> list[Title]:
    """Titles written right before the name starting at token NAME_START (up to two, comma-joined)."""
    out: list[Title] = []
    end = name_start
    for _ in range(2):
        if end > 0 and doc[end - 1].text == ",":
            end -= 1
        found = _chunk(doc, end, labels)
        if not found:
            break
        start, end = found
        span = doc[start:end]
        out.append(Title(span.text, _own_words(doc, start, end, labels)))
        end = start
    return out


def title_after(doc: Doc, name_end: int, labels: dict[int, str]) -> Title | None:
    """An apposition closed by a comma or full stop right after the name
    ('Nino Beridze, the leader of the Georgian opposition, told')."""
    if name_end >= len(doc) or doc[name_end].text != ",":
        return None
    end = name_end + 1
    while end < len(doc) and _allowed(doc[end], labels) and not doc[end].is_sent_start:
        end += 1
    if end >= len(doc) or doc[end].text not in (",", ".", ";"):
        return None
    found = _titled(doc, name_end + 1, end, labels)
    if not found:
        return None
    span = doc[found[0]:found[1]]
    return Title(span.text, _own_words(doc, found[0], found[1], labels))
