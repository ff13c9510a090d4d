"""What every room shares: a page of a longer list, a point, a located entity, an article carrying a claim."""
from __future__ import annotations

from typing import Generic, TypeVar

from ...record import Record

T = TypeVar("T")


class Page(Generic[T], Record):
    """One window of a longer list: ITEMS from OFFSET, at most LIMIT of TOTAL."""

    items: list[T]
    total: int
    limit: int
    offset: int


class Geo(Record):
    """Where a place is: a point, its country (ISO 3166 alpha-2) and the gazetteer level."""

    lat: float
    lon: float
    country: str | None = None
    level: str | None = None


class Place(Record):
    """A located entity."""

    id: int
    name: str
    lat: float
    lon: float
    country: str | None = None
    level: str | None = None


class Source(Record):
    """An article that carries a claim (its own report, or another outlet's)."""

    id: str
    outlet: str | None
    published: str | None
    url: str | None
