"""Pages of lists in date order, chosen on indexes, at a cost that does not grow with the list.

A row's date is its own calendar date when the text gave one (a statement's ``said_on_iso``, an
event's ``date_iso``), else its article's publication date; undated rows come last. That key
spans two tables, so no index holds it: a short list is sorted in one pass that reads an article
only for a row without a date of its own; a long list dated mostly by its articles is taken from
three parts, each in an order an index gives (rows dated by themselves; rows dated by their
article, walking the articles by date so the walk stops once the page is full; undated rows),
then merged.
"""
from __future__ import annotations

import sqlite3
from typing import NamedTuple

from .sql import Where


class DateOrder(NamedTuple):
    """How one kind of row is listed by date. ID, OWN, ARTICLE_ID and TIES are columns; SOURCE is
    the FROM clause of the rows, ARTICLE the join that brings their article as ``a``, WALK a FROM
    clause that reaches the same rows from the articles in date order, each article's rows by the
    index on their article (None: never walk). Named indexes, because a planner that does not know
    how many rows a filter keeps may otherwise read every filtered row for every article.
    MOSTLY_OWN: most rows carry a date of their own, so a sort looks up the article only for the
    others (one lookup costs several joined rows)."""

    id: str
    own: str
    article_id: str
    ties: str
    source: str
    article: str
    walk: str | None
    descending: bool
    mostly_own: bool = False

    @property
    def key(self) -> str:
        """The sort date as one SQL expression over the rows and their article ``a``."""
        return f"coalesce({self.own}, a.published_iso)"

    def rows(self, where: Where) -> str:
        """The FROM clause for WHERE: the article joined only when a condition reads it."""
        return f"{self.source} {self.article}" if where.article else self.source

    def sorting(self, where: Where) -> tuple[str, str]:
        """The sort date for WHERE and the FROM clause it reads: the article joined to every row,
        or (MOSTLY_OWN) looked up only for a row without a date of its own."""
        if where.article or not self.mostly_own:
            return self.key, f"{self.source} {self.article}"
        article = f"SELECT published_iso FROM articles INDEXED BY articles_dated WHERE id={self.article_id}"
        return f"coalesce({self.own}, ({article}))", self.source


def page_ids(conn: sqlite3.Connection, order: DateOrder, where: Where, limit: int,
             offset: int) -> tuple[list[int], int]:
    """The ids of the rows WHERE selects, OFFSET to OFFSET+LIMIT in date order (undated last),
    and the number of rows."""
    k = limit + offset
    if order.walk:
        total, own = conn.execute(f"SELECT count(*), count({order.own}) {order.rows(where)} WHERE {where.sql}",
                                  where.params).fetchone()
        articles = conn.execute("SELECT max(rowid) FROM articles").fetchone()[0] or 0
        if (total - own) ** 2 > k * articles:       # walking K * articles / N steps beats reading N
            return _in_parts(conn, order, where, k)[offset:], total
    elif where.size is not None:
        total = where.size
    else:
        total = conn.execute(f"SELECT count(*) {order.rows(where)} WHERE {where.sql}", where.params).fetchone()[0]
    (key, source), way = order.sorting(where), "DESC" if order.descending else ""
    rows = conn.execute(f"SELECT {order.id} {source} WHERE {where.sql} ORDER BY {key} {way} NULLS LAST,"
                        f" {order.ties} LIMIT ? OFFSET ?", (*where.params, limit, offset))
    return [r[0] for r in rows], total


def _in_parts(conn: sqlite3.Connection, order: DateOrder, where: Where, k: int) -> list[int]:
    """The first K ids from three parts in orders indexes give: rows dated by themselves, rows
    dated by their article (walking the articles by date, so the walk stops once K are found),
    and undated rows."""
    way = "DESC" if order.descending else ""
    own = conn.execute(f"SELECT {order.id}, {order.own}, {order.ties} {order.rows(where)} WHERE {where.sql} AND"
                       f" {order.own} IS NOT NULL ORDER BY {order.own} {way}, {order.ties} LIMIT ?",
                       (*where.params, k)).fetchall()
    by_article = conn.execute(f"SELECT {order.id}, a.published_iso, {order.ties} {order.walk} WHERE {where.sql} AND"
                              f" {order.own} IS NULL AND a.published_iso IS NOT NULL"
                              f" ORDER BY a.published_iso {way}, {order.ties} LIMIT ?", (*where.params, k)).fetchall()
    rows = sorted(own + by_article, key=lambda r: tuple(r)[2:])
    rows.sort(key=lambda r: r[1], reverse=order.descending)      # stable: ties keep their order
    if len(rows) < k:
        rows += conn.execute(f"SELECT {order.id}, NULL, {order.ties} {order.walk} WHERE {where.sql} AND"
                             f" {order.own} IS NULL AND a.published_iso IS NULL ORDER BY {order.ties} LIMIT ?",
                             (*where.params, k - len(rows))).fetchall()
    return [r[0] for r in rows[:k]]
