"""Entities as a lookup lists them, their names and roles, and those named beside them."""
from __future__ import annotations

from dataclasses import dataclass

from .common import Geo


@dataclass
class EntityHit:
    """An entity as a lookup lists it."""

    id: int
    name: str
    type: str
    geo: Geo | None
    first_seen: str | None
    last_seen: str | None
    mentions: int
    statements: int


@dataclass
class Alias:
    """One spelling of the entity and how many mentions used it."""

    alias: str
    n: int


@dataclass
class Role:
    """A role an entity was given, with the first and last publication dates it was seen in."""

    role: str
    since: str | None
    until: str | None
    n: int


@dataclass
class CoEntity:
    """An entity named in the same articles, with the number of those articles."""

    id: int
    name: str
    type: str
    n: int
