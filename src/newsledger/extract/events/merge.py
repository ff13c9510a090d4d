"""One event per real-world event in an article: a meeting announced in the first paragraph and
described in the fourth is one meeting. Two events are one when they have the same type (and mode,
where both have one), status and source, parties in common (an actor in common, and a target in common where both name
targets: 'the Lib Dems oppose the bill' and 'Lib Dem leader Charles Kennedy and the Lib Dems oppose it')
and dates that do not differ. Only events stated as real (occurred or planned) are merged: two
speculations are two claims. The statement that names the most parties is kept as the evidence;
what the other adds (a date, a place) is carried over to it."""
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
