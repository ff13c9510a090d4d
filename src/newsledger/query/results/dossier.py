"""One entity's dossier."""
from __future__ import annotations

from ...record import Record
from .common import Geo, Page, Place
from .entities import Alias, CoEntity, Role
from .events import EventHit
from .forecasts import ForecastRow
from .statements import StatementHit


class Dossier(Record):
    """Everything the ledger holds on one entity, each list paged or bounded."""

    id: int
    name: str
    type: str
    geo: Geo | None
    first_seen: str | None
    last_seen: str | None
    first_seen_iso: str | None
    last_seen_iso: str | None
    mentions: int
    aliases: list[Alias]
    roles: list[Role]
    statements_by: Page[StatementHit]
    statements_about: Page[StatementHit]
    events: Page[EventHit]
    forecasts: Page[ForecastRow]
    co_occurring: list[CoEntity]
    co_occurring_articles: int
    places: list[Place]
    other_matches: list[int]
