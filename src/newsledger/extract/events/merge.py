"""One event per real-world event in an article: a meeting announced in the first paragraph and
described in the fourth is one meeting. Two events are one when they have the same type (and mode,
where both have one), status and source, parties in common (an actor in common, and a target in common where both name
targets: 'the Lib Dems oppose the bill' and 'Lib Dem leader Charles Kennedy and the Lib Dems oppose it')
and dates that do not differ. Only events stated as real (occurred or planned) are merged: two
speculations are two claims. The statement that names the most parties is kept as the evidence;
what the other adds (a date, a place) is carried over to it. An act named by a noun that restates
an act the article states otherwise ('Moldova expelled two diplomats ... Moldova's expulsion of the
diplomats angered Moscow') is that act (``fold_restated``), whoever reports it."""
from __future__ import annotations

from ...model import Event


def same_event(a: Event, b: Event, described: frozenset[str] = frozenset()) -> bool:
    """Whether two coded events state one real-world event; a target named only by a description
    (DESCRIBED: 'ministers') tells no event from another."""
    if (a.type, a.status, a.source) != (b.type, b.status, b.source) or a.status not in ("occurred", "planned"):
        return False
    if a.mode and b.mode and a.mode != b.mode:
        return False
    if not set(a.actors) & set(b.actors):
        return False
    a_targets, b_targets = set(a.targets) - described, set(b.targets) - described
    if a_targets and b_targets and not a_targets & b_targets:
        return False
    return not (a.date and b.date and a.date != b.date)


def merge_events(events: list[Event], described: frozenset[str] = frozenset()) -> list[Event]:
    """EVENTS (in text order) with each later statement of a kept event folded into it (see
    ``same_event`` for DESCRIBED)."""
    kept: list[Event] = []
    for e in events:
        i = next((i for i, k in enumerate(kept) if same_event(k, e, described)), None)
        if i is None:
            kept.append(e)
            continue
        main, other = (e, kept[i]) if len(set(e.targets) - described) > len(set(kept[i].targets) - described) \
            else (kept[i], e)
        main.date, main.place = main.date or other.date, main.place or other.place
        main.actors = list(dict.fromkeys(main.actors + other.actors))
        kept[i] = main
    return kept


def restated(nominal: Event, other: Event) -> bool:
    """Whether an act named by a noun (NOMINAL) restates OTHER: the same type with an actor in common,
    where the noun adds no status of its own beyond OTHER's (a noun states its act as done unless its
    own words say otherwise: 'the expulsion' of an expulsion announced is that expulsion)."""
    return nominal.type == other.type and bool(set(nominal.actors) & set(other.actors)) \
        and nominal.status in ("occurred", other.status)


def fold_restated(events: list[Event], nominal: set[int]) -> list[Event]:
    """EVENTS without the acts named by a noun (NOMINAL: their ``id``) that restate another of them
    stated otherwise (``restated``); the date and place the noun adds are carried over."""
    stated = [e for e in events if id(e) not in nominal]
    kept = []
    for e in events:
        other = next((o for o in stated if restated(e, o)), None) if id(e) in nominal else None
        if other is None:
            kept.append(e)
            continue
        other.date, other.place = other.date or e.date, other.place or e.place
    return kept
