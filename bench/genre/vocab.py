"""The vocabulary of the hand annotations in `annotations.py`: one small constructor per record kind.

A *selector* names a span by its exact words: either a string that occurs once in the article's
text ("Nikol Pashinyan"), or a longer string that occurs once with the span marked in braces
("{he} told reporters"). `build.py` resolves selectors to offsets; nothing here counts characters.
"""
from __future__ import annotations

from typing import Any

Record = dict[str, Any]
Selector = str


def person(name: str, *aliases: str, desc: tuple[str, ...] = (), refs: tuple[Selector, ...] = ()) -> Record:
    """A person: every occurrence of the name, aliases and descriptions is a mention; `refs` adds
    mentions no string search finds (pronouns, 'the minister' where another minister is near)."""
    return {"type": "PERSON", "name": name, "aliases": list(aliases), "desc": list(desc), "refs": list(refs)}


def org(name: str, *aliases: str, desc: tuple[str, ...] = (), metonyms: tuple[str, ...] = (),
        refs: tuple[Selector, ...] = (), type: str = "ORG") -> Record:
    """An organisation; mentions as for `person`. `metonyms` are names that stand for it in this
    article ("Brussels" for the EU): they are aliases, but only the `refs` that use them are mentions."""
    return {"type": type, "name": name, "aliases": list(aliases), "desc": list(desc), "refs": list(refs),
            "metonyms": list(metonyms)}


def place(name: str, lat: float, lon: float, cc: str | None, *aliases: str, type: str = "GPE",
          desc: tuple[str, ...] = (), refs: tuple[Selector, ...] = ()) -> Record:
    """A place below country level, with the coordinates of the real place and its ISO country
    (None for open sea)."""
    return {"type": type, "name": name, "aliases": list(aliases), "desc": list(desc), "refs": list(refs),
            "geo": {"lat": lat, "lon": lon, "country": cc}}


def country(name: str, cc: str, lat: float, lon: float, *aliases: str, desc: tuple[str, ...] = (),
            metonyms: tuple[str, ...] = (), refs: tuple[Selector, ...] = ()) -> Record:
    """A whole country: judged by its ISO code alone (`level: country`). `metonyms` as for `org`
    (a capital that stands for the government: "Baku rejected")."""
    return {"type": "GPE", "name": name, "aliases": list(aliases), "desc": list(desc), "refs": list(refs),
            "metonyms": list(metonyms),
            "geo": {"lat": lat, "lon": lon, "country": cc, "level": "country"}}


def say(speaker: str | None, speaker_at: Selector | None, cue: str, kind: str, certainty: str, forecast: bool,
        content: Selector | list[Selector], channel: str | None = None, said_on: str | None = None,
        optional: bool = False) -> Record:
    """A statement. `content` is one selector, or a list of them for words split around the cue."""
    return {"speaker": speaker, "speaker_at": speaker_at, "cue": cue, "kind": kind, "certainty": certainty,
            "forecast": forecast, "content": content if isinstance(content, list) else [content],
            "channel": channel, "said_on": said_on, "optional": optional}


def tx(at: Selector, value: str | list[str], optional: bool = False) -> Record:
    """A time expression and its TIMEX3 value (a list: any of them is right)."""
    return {"at": at, "value": value, "optional": optional}


def ev(type: str, actors: list[str], targets: list[str], status: str, evidence: Selector,
       date: str | None = None, place: str | None = None, source: str | None = None,
       optional: bool = False) -> Record:
    """A PLOVER event. Actors, targets, place and source are entity names of the same article."""
    return {"type": type, "actors": actors, "targets": targets, "status": status, "evidence": evidence,
            "date": date, "place": place, "source": source, "optional": optional}
