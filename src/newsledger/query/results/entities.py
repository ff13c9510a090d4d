"""Entities as a lookup lists them, their names and roles, and those named beside them."""
from __future__ import annotations

from ...record import Record
from .common import Geo


class EntityHit(Record):
    """An entity as a lookup lists it."""

    id: int
    name: str
    type: str
    geo: Geo | None
    first_seen: str | None
    last_seen: str | None
    mentions: int
    statements: int


class Alias(Record):
    """One spelling of the entity and how many mentions used it."""

    alias: str
    n: int


class Role(Record):
    """A role an entity was given, with the first and last publication dates it was seen in."""

    role: str
    since: str | None
    until: str | None
    n: int


class CoEntity(Record):
    """An entity named in the same articles, with the number of those articles."""

    id: int
    name: str
    type: str
    n: int
