"""The one statement search: who said what, by speaker, about an entity, by words, date, outlet.

A statement's date is the calendar date it was said on when the text gave one, else its
article's publication date (``STATEMENT_DATE``); lists run newest first, undated last. A claim
several outlets carried is listed once, with every report in ``sources``.
"""
from __future__ import annotations

import json
import sqlite3
from typing import Any

from .entities import names_to_ids
from .order import DateOrder, page_ids
from .results.common import Page, Source
from .results.statements import StatementHit, StatementRow
from .search_syntax import fts_syntax
from .sql import Where, column, marks

NEWEST = DateOrder("s.id", "s.said_on_iso", "s.article_id", "s.article_id, s.seq", "FROM statements s",
                   "JOIN articles a ON a.id=s.article_id",
                   "FROM articles a INDEXED BY articles_published CROSS JOIN statements s INDEXED BY statements_spans"
                   " ON s.article_id=a.id", True)
STATEMENT_DATE = NEWEST.key
_ROW_COLS = ("s.id, s.article_id, sp.name AS speaker, s.speaker_id, s.speaker_text, s.speaker_start, s.speaker_end,"
             " s.content, s.content_start, s.content_end, s.content_spans, s.cue, s.cue_start, s.cue_end, s.kind,"
             " s.certainty, s.forecast, coalesce(ch.name, s.channel) AS channel, s.said_on, s.said_on_iso, s.polarity,"
             " s.extractor_id")
_NAMES = "LEFT JOIN entities sp ON sp.id=s.speaker_id LEFT JOIN entities ch ON ch.id=s.channel_id"


def _span(start: int | None, end: int | None) -> tuple[int, int] | None:
    return (start, end) if start is not None and end is not None else None


def _fields(r: sqlite3.Row) -> tuple[Any, ...]:
    """A statement row's values in the order of ``StatementRow``'s fields."""
    return (r["id"], r["article_id"], r["speaker"], r["speaker_id"], r["speaker_text"],
            _span(r["speaker_start"], r["speaker_end"]), r["content"], (r["content_start"], r["content_end"]),
            [(a, b) for a, b in json.loads(r["content_spans"])], r["cue"], _span(r["cue_start"], r["cue_end"]),
            r["kind"], r["certainty"], bool(r["forecast"]), r["channel"], r["said_on"], r["said_on_iso"],
            r["polarity"], r["extractor_id"])


def statements_of(conn: sqlite3.Connection, article_id: str) -> list[StatementRow]:
    """The statements of one article, in text order."""
    rows = conn.execute(f"SELECT {_ROW_COLS} FROM statements s {_NAMES} WHERE s.article_id=? ORDER BY s.seq",
                        (article_id,))
    return [StatementRow(*_fields(r)) for r in rows]


def statement_row(conn: sqlite3.Connection, statement_id: int) -> StatementRow | None:
    """One stored statement, or None."""
    rows = conn.execute(f"SELECT {_ROW_COLS} FROM statements s {_NAMES} WHERE s.id=?", (statement_id,)).fetchall()
    return StatementRow(*_fields(rows[0])) if rows else None


def search_statements(conn: sqlite3.Connection, *, q: str | None = None, speaker: str | None = None,
                      about: str | None = None, certainty: str | None = None, forecast: bool | None = None,
                      date_from: str | None = None, date_to: str | None = None, outlet: str | None = None,
                      article: str | None = None, kind: str | None = None, oldest: bool = False, limit: int = 50,
                      offset: int = 0) -> Page[StatementHit]:
    """Statements by SPEAKER, naming ABOUT (names in any spelling, or ids), holding the words Q,
    of one CERTAINTY and KIND (direct, indirect...), forecasts or not, said within [DATE_FROM,
    DATE_TO] (ISO dates of any precision), reported by OUTLET or in ARTICLE: newest first (OLDEST:
    oldest first), undated last."""
    where = statement_filters(conn, q=q, speaker=speaker, about=about, certainty=certainty, forecast=forecast,
                              outlet=outlet, article=article, kind=kind, date_from=date_from, date_to=date_to)
    return page_of(conn, where, limit, offset, NEWEST._replace(descending=False) if oldest else NEWEST)


def statement_filters(conn: sqlite3.Connection, *, q: str | None = None, speaker: str | None = None,
                      about: str | None = None, certainty: str | None = None, forecast: bool | None = None,
                      outlet: str | None = None, article: str | None = None, kind: str | None = None,
                      date_from: str | None = None, date_to: str | None = None) -> Where:
    """The conditions ``search_statements`` applies, over ``statements s`` and ``articles a``."""
    where = _filters(conn, q, speaker, about, certainty, forecast, outlet, article)
    if kind:
        where.add("s.kind = ?", kind)
    where.period(STATEMENT_DATE, date_from, date_to, article=True)
    return where


def _filters(conn: sqlite3.Connection, q: str | None, speaker: str | None, about: str | None, certainty: str | None,
             forecast: bool | None, outlet: str | None, article: str | None) -> Where:
    where = Where()
    if not article:
        where.add("s.dup_of IS NULL")     # a claim several outlets carry is listed once
    speakers = names_to_ids(conn, speaker)
    if speakers is not None:
        where.among("s.speaker_id", speakers)
    subjects = names_to_ids(conn, about)
    if subjects is not None:
        where.within("s.id", about_ids(conn, subjects))
    if q and fts_syntax(q):
        where.within("s.id", column(conn, "SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?",
                                    (fts_syntax(q),)))
    if certainty:
        where.add("s.certainty = ?", certainty)
    if forecast is not None:
        where.add("s.forecast = ?", int(forecast))
    if outlet:
        where.add("a.outlet = ?", outlet, article=True)
    if article:
        where.add("s.article_id = ?", article)
    return where


def about_ids(conn: sqlite3.Connection, entities: list[int]) -> list[int]:
    """The statements whose content names one of ENTITIES: from their mentions to the statements
    holding them."""
    return column(conn, "SELECT DISTINCT s.id FROM mentions m JOIN statements s ON s.article_id=m.article_id"
                  f' AND m.start>=s.content_start AND m."end"<=s.content_end WHERE m.entity_id IN ({marks(entities)})',
                  entities)


def page_of(conn: sqlite3.Connection, where: Where, limit: int, offset: int,
            order: DateOrder = NEWEST) -> Page[StatementHit]:
    """The statements WHERE selects, newest first (undated last): the page's ids are chosen on
    indexes alone, then only those rows are read in full."""
    ids, total = page_ids(conn, order, where, limit, offset)
    return Page(statement_hits(conn, ids), total, limit, offset)


def statement_hits(conn: sqlite3.Connection, ids: list[int]) -> list[StatementHit]:
    """Statements IDS in that order, each with its article and every report of its claim."""
    rows = {r["id"]: r for r in conn.execute(
        f"SELECT {_ROW_COLS}, a.published, a.title, a.outlet, {STATEMENT_DATE} AS date FROM statements s"
        f" JOIN articles a ON a.id=s.article_id {_NAMES} WHERE s.id IN ({marks(ids)})", ids)}
    sources = _sources(conn, ids)
    return [StatementHit(**vars(StatementRow(*_fields(r))), published=r["published"], title=r["title"],
                         outlet=r["outlet"], date=r["date"], sources=sources.get(r["id"], []))
            for r in (rows[i] for i in ids)]


def _sources(conn: sqlite3.Connection, ids: list[int]) -> dict[int, list[Source]]:
    """For each statement, every article carrying its claim: its own and those of duplicates,
    earliest first (undated last)."""
    rows = conn.execute(
        "SELECT c.claim, a.id, a.outlet, a.published, a.url FROM (SELECT id, id AS claim FROM statements"
        f" WHERE id IN ({marks(ids)}) UNION ALL SELECT id, dup_of FROM statements WHERE dup_of IN ({marks(ids)})) c"
        " JOIN statements s ON s.id=c.id JOIN articles a ON a.id=s.article_id"
        " ORDER BY c.claim, a.published_iso IS NULL, a.published_iso, a.id", [*ids, *ids])
    out: dict[int, list[Source]] = {}
    for r in rows:
        out.setdefault(r[0], []).append(Source(r[1], r[2], r[3], r[4]))
    return out
