"""Taking a list away: every list route answers ``format=csv`` (a CSV file) or ``format=json``
(a JSON array file) with the whole filtered list, read through the same query function as the
page, 500 rows at a time; without ``format`` it answers the usual JSON page."""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from typing import Annotated, Any, Literal

from fastapi import Query
from fastapi.encoders import jsonable_encoder
from fastapi.responses import Response

from ..query.results import Page
from ..record import Record, asdict, fields

MAX_ROWS = 50_000
CHUNK = 500
Format = Annotated[Literal["csv", "json"] | None, Query(
    alias="format", description="csv or json: download the whole filtered list as a file (at most "
                                f"{MAX_ROWS:,} rows) instead of one JSON page")]
FILE_RESPONSES: dict[int | str, dict[str, Any]] = {200: {
    "description": "a JSON page; with format=csv a CSV file, with format=json a JSON array file",
    "content": {"text/csv": {"schema": {"type": "string"}}}}}


def every_row(fetch: Callable[[int, int], Page[Any]]) -> list[Any]:
    """All rows FETCH(limit, offset) pages through, up to MAX_ROWS."""
    rows: list[Any] = []
    while len(rows) < MAX_ROWS:
        page = fetch(CHUNK, len(rows))
        rows += page.items
        if not page.items or len(rows) >= page.total:
            break
    return rows[:MAX_ROWS]


def _cell(value: Any) -> Any:
    """A value as one CSV cell: lists and records as JSON, None as empty."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def to_csv(rows: list[Any]) -> str:
    """Records as CSV, one column per field of the record type."""
    out = io.StringIO()
    if not rows:
        return ""
    names = list(fields(rows[0])) if isinstance(rows[0], Record) else list(rows[0])
    writer = csv.writer(out)
    writer.writerow(names)
    for row in rows:
        values = asdict(row)
        writer.writerow([_cell(values.get(n)) for n in names])
    return out.getvalue()


def download(fetch: Callable[[int, int], Page[Any]], fmt: str, name: str) -> Response:
    """The whole list FETCH pages through, as a CSV or JSON file named NAME."""
    rows = every_row(fetch)
    if fmt == "csv":
        body, media = to_csv(rows), "text/csv; charset=utf-8"
    else:
        body, media = json.dumps(jsonable_encoder(asdict(rows)), ensure_ascii=False), "application/json"
    return Response(body, media_type=media,
                    headers={"Content-Disposition": f'attachment; filename="newsledger-{name}.{fmt}"'})
