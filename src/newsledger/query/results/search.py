"""One search box over entities, statements and articles."""
from __future__ import annotations

from ...record import Record
from .articles import ArticleHit
from .common import Page
from .entities import EntityHit
from .statements import StatementHit


class Found(Record):
    """One search box over everything."""

    q: str
    entities: Page[EntityHit]
    statements: Page[StatementHit]
    articles: Page[ArticleHit]
