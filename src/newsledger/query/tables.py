"""The ledger's tables as typed columns, for the CSV and Parquet exports.

Each table keeps its columns, typed: ``*_iso`` calendar dates as dates (the first day of the
stretch they name: '2022-12' is 2022-12-01), with the TIMEX3 value in its own string column beside
(a TIMEX3 column the store keeps without one gets its ``*_iso`` here); times as UTC timestamps;
flags as booleans; each start/end offset pair as one ``*_span`` [start, end] list; statement spans
and forecast parties as lists; ids as nullable 64-bit integers. Entities' first and last seen are
the calendar dates of the first and last articles that name them.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ..dates import calendar_date

EXPORT_TABLES = ("articles", "entities", "entity_aliases", "roles", "mentions", "statements", "timexes", "events",
                 "event_participants", "forecasts", "verdicts", "extractors")
# TIMEX3 columns the store keeps without a calendar date beside them
TIMEX_ONLY = {"forecasts": ("made_on",), "roles": ("date",)}
TIMESTAMPS = ("ingested_at", "decided_at", "first_used", "created_at")
BOOLS = ("published_inferred", "forecast")
ID_LISTS = {"forecasts": ("actors", "targets")}


@dataclass(frozen=True)
class Column:
    """One exported column: its name, its kind (string, int64, float64, bool, date, timestamp, span,
    spans, ids) and how its value is read from a row of its table."""

    name: str
    kind: str
    value: Callable[[sqlite3.Row], Any]


def _get(name: str) -> Callable[[sqlite3.Row], Any]:
    return lambda r: r[name]


def to_date(iso: str | None) -> date | None:
    """The first day of a calendar date of any precision ('2022', '2022-12', '2022-12-19')."""
    if not iso:
        return None
    parts = [int(p) for p in iso[:10].split("-")]
    return date(parts[0], *(parts[1:] + [1, 1])[:2])


def to_time(iso: str | None) -> datetime | None:
    return datetime.fromisoformat(iso) if iso else None


def span(start: int | None, end: int | None) -> list[int] | None:
    return None if start is None or end is None else [start, end]


def columns(conn: sqlite3.Connection, table: str) -> list[Column]:
    """The typed columns of TABLE, in its order (an offset pair where its start is)."""
    info = [(c[1], (c[2] or "").upper()) for c in conn.execute(f'PRAGMA table_info("{table}")')]
    names = {n for n, _ in info}
    out: list[Column] = []
    for name, decl in info:
        out.extend(_typed(conn, table, name, decl, names))
    return out


def _typed(conn: sqlite3.Connection, table: str, name: str, decl: str, names: set[str]) -> list[Column]:
    get = _get(name)
    pair = _pair(name)
    if pair and pair[1] in names:
        return [Column(pair[0], "span", lambda r: span(r[name], r[pair[1]]))]
    if _is_end(name, names):
        return []
    if table == "entities" and name in ("first_seen", "last_seen"):
        seen = seen_dates(conn)
        i = 0 if name == "first_seen" else 1
        return [Column(f"{name}_iso", "date", lambda r: to_date(seen.get(r["id"], (None, None))[i]))]
    if name in TIMEX_ONLY.get(table, ()):
        return [Column(name, "string", get), Column(f"{name}_iso", "date", lambda r: to_date(calendar_date(r[name])))]
    return [Column(name, _kind(table, name, decl), _converter(table, name, decl))]


def _pair(name: str) -> tuple[str, str] | None:
    """(span column, end column) when NAME is the start of an offset pair."""
    if name == "start":
        return "span", "end"
    if name.endswith("_start"):
        return f"{name[:-6]}_span", f"{name[:-6]}_end"
    return None


def _is_end(name: str, names: set[str]) -> bool:
    return (name == "end" and "start" in names) or (name.endswith("_end") and f"{name[:-4]}_start" in names)


def _kind(table: str, name: str, decl: str) -> str:
    if name.endswith("_iso"):
        return "date"
    if name in TIMESTAMPS:
        return "timestamp"
    if name in BOOLS:
        return "bool"
    if name == "content_spans":
        return "spans"
    if name in ID_LISTS.get(table, ()):
        return "ids"
    return {"INTEGER": "int64", "REAL": "float64"}.get(decl, "string")


def _converter(table: str, name: str, decl: str) -> Callable[[sqlite3.Row], Any]:
    kind = _kind(table, name, decl)
    convert: Callable[[Any], Any] | None = {
        "date": to_date, "timestamp": to_time, "bool": lambda v: None if v is None else bool(v),
        "spans": lambda v: json.loads(v) if v else None, "ids": lambda v: json.loads(v) if v else None,
    }.get(kind)
    return _get(name) if convert is None else (lambda r: convert(r[name]))


def seen_dates(conn: sqlite3.Connection) -> dict[int, tuple[str | None, str | None]]:
    """Entity id -> (first, last) calendar dates of the articles that name it."""
    rows = conn.execute("SELECT m.entity_id, min(a.published_iso), max(a.published_iso) FROM mentions m"
                        " JOIN articles a ON a.id=m.article_id GROUP BY m.entity_id")
    return {r[0]: (r[1], r[2]) for r in rows}


def typed_rows(conn: sqlite3.Connection, table: str, cols: list[Column], size: int = 5000) -> Iterator[list[dict]]:
    """TABLE's rows as dicts of typed values, SIZE at a time."""
    cur = conn.execute(f'SELECT * FROM "{table}"')
    while rows := cur.fetchmany(size):
        yield [{c.name: c.value(r) for c in cols} for r in rows]
