"""What every query shares: a read connection, WHERE clauses built filter by filter with bound
parameters, safe full-text and LIKE patterns, and date ranges over calendar dates.

Every value a user gives is a bound parameter; only fixed SQL fragments are joined together.
"""
from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:   # sqlite3, json, calendar: imported where used, as `--help` loads this module for MAX_ID
    import sqlite3

DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
MAX_ID = 2**63 - 1   # SQLite's largest integer: a larger id names no row (and cannot be bound)


def connect(path: str | os.PathLike, read_only: bool = True) -> sqlite3.Connection:
    """A connection to the ledger at PATH with rows by name; READ_ONLY refuses every write, so a
    bug in a read cannot change the ledger."""
    import sqlite3
    conn = sqlite3.connect(path, timeout=30, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    if read_only:
        conn.execute("PRAGMA query_only=1")
    return conn


def column(conn: sqlite3.Connection, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[Any]:
    """The first value of every row SQL selects (plain tuples: no row object built per row)."""
    cur = conn.cursor()
    cur.row_factory = None
    return [r[0] for r in cur.execute(sql, params)]


def marks(values: list[Any] | tuple[Any, ...]) -> str:
    """One ``?`` per value ('NULL' for none, which matches nothing)."""
    return ",".join("?" * len(values)) or "NULL"


def fts_query(text: str) -> str:
    """A user's words as a safe FTS5 query: each word quoted, all required."""
    words = [w.replace('"', '""') for w in text.split() if w.strip()]
    return " ".join(f'"{w}"' for w in words)


def like_pattern(text: str) -> str:
    """TEXT anywhere, with LIKE's wildcards escaped (use ``ESCAPE '\\'``)."""
    return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def period_start(day: str) -> str:
    """The first day of an ISO date of any precision ('2023' -> '2023-01-01')."""
    return (day + "-01-01")[:10]


def period_end(day: str) -> str:
    """The last day of an ISO date of any precision ('2023-02' -> '2023-02-28'); ValueError when
    DAY is no calendar date."""
    import calendar
    if not DATE.match(day):
        raise ValueError(f"not an ISO date: {day!r} (use 2023, 2023-01 or 2023-01-19)")
    if len(day) == 4:
        return f"{day}-12-31"
    year, month = int(day[:4]), int(day[5:7])
    if not 1 <= month <= 12:
        raise ValueError(f"not a month: {day!r}")
    last = calendar.monthrange(year, month)[1]
    if len(day) == 7:
        return f"{day}-{last:02d}"
    if not 1 <= int(day[8:]) <= last:
        raise ValueError(f"not a day: {day!r}")
    return day


def _sql_start(expr: str) -> str:
    return f"substr({expr} || '-01-01', 1, 10)"


def _sql_end(expr: str) -> str:
    return (f"CASE length({expr}) WHEN 4 THEN {expr} || '-12-31'"
            f" WHEN 7 THEN date({expr} || '-01', '+1 month', '-1 day') ELSE {expr} END")


class Where:
    """A conjunction of SQL conditions with their bound parameters, built up filter by filter.
    ``article`` says whether a condition reads the joined article (``a``). (A plain class, not a
    dataclass: every command that reads imports it, and a dataclass costs a compile at import.)"""

    def __init__(self) -> None:
        self.clauses: list[str] = []
        self.params: list[Any] = []
        self.article = False
        self.sizes: list[int] = []

    def add(self, clause: str, *params: Any, article: bool = False) -> None:
        self.clauses.append(clause)
        self.params.extend(params)
        self.article |= article

    def among(self, column: str, values: list[Any]) -> None:
        """COLUMN is one of VALUES (none: nothing matches)."""
        self.add(f"{column} IN ({marks(values)})", *values)

    def within(self, column: str, ids: list[int]) -> None:
        """COLUMN is one of IDS, a set found once by a costlier query (any number: one parameter)."""
        import json
        distinct = sorted(set(ids))
        self.sizes.append(len(distinct))
        self.add(f"{column} IN (SELECT value FROM json_each(?))", json.dumps(distinct))

    @property
    def size(self) -> int | None:
        """How many rows the conditions select, when that is known without asking: one set of ids."""
        return self.sizes[0] if len(self.clauses) == 1 and self.sizes else None

    def period(self, expr: str, date_from: str | None, date_to: str | None, article: bool = False) -> None:
        """The calendar date EXPR (any precision; NULL: undated) lies within [DATE_FROM, DATE_TO],
        ISO dates of any precision: to=2023-01 keeps all of January, from=2023-02 leaves out a
        date known only as '2023', and an undated row is never in a range."""
        if date_from:
            period_end(date_from)        # validates it
            self.add(f"{expr} >= ? AND {_sql_start(expr)} >= ?", date_from[:4], period_start(date_from),
                     article=article)
        if date_to:
            end = period_end(date_to)
            self.add(f"{expr} <= ? AND {_sql_end(expr)} <= ?", end, end, article=article)

    @property
    def sql(self) -> str:
        return " AND ".join(self.clauses) or "1=1"
