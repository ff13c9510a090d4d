"""Why a trigger made no event: each check of the event coder that drops a found trigger, or the
event made of it, names itself here (``dropped``). Nothing is kept unless a caller asks, inside
``recording()`` — a bench script counting which check costs which gold event
(``bench/genre/events_diff.py --drops``); the ledger never stores them.

A check is named by the function that decides it ('toward_no_party', 'field_business';
'fits_sense: subject' with the part that does not fit, ``arguments.unfit_part``) or, for a filter
written in ``find`` itself, by what it requires ('an actor', 'two parties').
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from ...model import Event
from .triggers import Trigger


@dataclass(frozen=True)
class Drop:
    """One found trigger dropped: where its words start in the article's own text, the type it had
    then, the check that dropped it, and the actors it had then (None: dropped before actors were
    sought). A drop whose type is a gold event's and which had an actor is one that check alone
    cost; one with no actor would have been dropped all the same ('an actor')."""

    article: str | None
    starts: tuple[int, ...]
    type: str
    check: str
    actors: tuple[str, ...] | None = None


_KEPT: ContextVar[list[Drop] | None] = ContextVar("newsledger_event_drops", default=None)


@contextmanager
def recording() -> Iterator[list[Drop]]:
    """The drops of every article analysed inside the block, in order."""
    kept: list[Drop] = []
    token = _KEPT.set(kept)
    try:
        yield kept
    finally:
        _KEPT.reset(token)


def dropped(t: Trigger, check: str, actors: list[str] | None = None) -> Event | None:
    """CHECK dropped trigger T (kept only inside ``recording``). No event: always None, so that a
    check of the coder reads ``return dropped(t, "its_name")``. Outside ``recording`` (every ingest)
    it does nothing more."""
    if _KEPT.get() is not None:
        words = [t.event, *t.words, *([t.noun] if t.noun is not None else [])]
        _keep(t.event.doc, sorted({w.idx for w in words}), t.type, check, actors)
    return None


def event_dropped(doc: Doc, e: Event, check: str) -> None:
    """CHECK dropped event E of DOC after it was made (one made of no trigger, by its evidence)."""
    _keep(doc, [e.evidence_span[0]], e.type, check, e.actors)


def _keep(doc: Doc, starts: list[int], kind: str, check: str, actors: list[str] | None) -> None:
    kept = _KEPT.get()
    if kept is None:
        return
    repaired, article = doc._.repaired, doc._.article
    where = tuple(repaired.offset(i) if repaired is not None else i for i in starts)
    kept.append(Drop(article.id if article is not None else None, where, kind, check,
                     tuple(actors) if actors is not None else None))


def passing(doc: Doc, events: list[Event], check: str, keep: Callable[[Event], bool],
            made_of: dict[int, Trigger]) -> list[Event]:
    """The EVENTS of DOC that KEEP holds for; each other one dropped by CHECK, said of its trigger
    when MADE_OF (by ``id`` of the event) holds one. Outside ``recording`` a plain filter."""
    if _KEPT.get() is None:
        return [e for e in events if keep(e)]
    out = []
    for e in events:
        if keep(e):
            out.append(e)
        elif (t := made_of.get(id(e))) is not None:
            dropped(replace(t, type=e.type), check, e.actors)
        else:
            event_dropped(doc, e, check)
    return out
