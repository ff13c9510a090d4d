"""Exports of the ledger: JSON lines, the evaluation view, CSV and Parquet (one file per table).

Line-oriented formats stream to any text stream (stdout by default); table formats write one
file per table into a folder, so a ledger of any size exports in constant memory per row batch.
"""
from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any, TextIO

from ..errors import NewsledgerError
from ..record import asdict
from .articles import article_ids, article_record
from .ftm import ftm_entities
from .gdelt import DEFAULT_STATUSES, write_gdelt
from .results.articles import ArticleRecord
from .tables import EXPORT_TABLES, columns, typed_rows

LINE_FORMATS = ("jsonl", "eval", "ftm")
TABLE_FORMATS = ("csv", "parquet", "gdelt")
# the fields of each record the JSON lines export writes, in its order: each TIMEX3 value with its
# calendar date beside it (``*_iso``, null when the value names none: 'XXXX-12-18')
ARTICLE_FIELDS = ("id", "url", "title", "outlet", "author", "published", "published_iso", "published_inferred", "language", "body_end",
                  "syndication_group", "text")
STATEMENT_FIELDS = ("id", "article_id", "speaker", "speaker_id", "speaker_text", "speaker_span", "content",
                    "content_span", "content_spans", "cue", "kind", "certainty", "forecast", "channel", "said_on",
                    "said_on_iso", "polarity", "extractor_id")
EVENT_FIELDS = ("id", "article_id", "type", "mode", "cameo", "trigger", "actors", "targets", "actor_ids", "target_ids",
                "date", "date_iso", "place", "place_id", "status", "source", "source_id", "statement_id", "evidence", "evidence_span")


def record_view(rec: ArticleRecord) -> dict[str, Any]:
    """One article's full record as the JSON lines export writes it (an entity without a place has
    no ``geo``)."""
    d = asdict(rec)
    return {**{k: d[k] for k in ARTICLE_FIELDS},
            "statements": [{k: s[k] for k in STATEMENT_FIELDS} for s in d["statements"]],
            "entities": [{k: v for k, v in e.items() if k != "geo" or v is not None} for e in d["entities"]],
            "timexes": d["timexes"],
            "events": [{k: e[k] for k in EVENT_FIELDS} for e in d["events"]]}


def eval_view(rec: dict[str, Any]) -> dict[str, Any]:
    """One article (its ``record_view``) in the evaluation view of ../shared/eval/FORMAT.md."""
    text = rec["text"]
    body_end = rec["body_end"] if rec["body_end"] is not None else len(text)
    return {
        "id": rec["id"], "url": rec["url"], "published": rec["published"], "title": rec["title"],
        "body_text": text[:body_end].strip(),
        "statements": [{k: s[k] for k in ("speaker", "speaker_span", "content_span", "content_spans", "cue", "kind",
                                          "certainty", "forecast", "channel", "said_on")} for s in rec["statements"]],
        "entities": [{k: e[k] for k in ("name", "type", "mentions", "geo") if k in e} for e in rec["entities"]],
        "timexes": [{"span": t["span"], "value": t["value"]} for t in rec["timexes"]],
        "events": [{k: e[k] for k in ("type", "actors", "targets", "date", "place", "status", "source", "evidence_span",
                                      "cameo")} for e in rec["events"]],
    }


def iter_records(conn: sqlite3.Connection, fmt: str = "jsonl") -> Iterator[dict[str, Any]]:
    """Each article's record in FMT ('jsonl': the full record; 'eval': the evaluation view)."""
    for aid in list(article_ids(conn)):
        try:
            rec = record_view(article_record(conn, aid))
        except NewsledgerError:       # deleted since the listing began
            continue
        yield eval_view(rec) if fmt == "eval" else rec


def write_lines(conn: sqlite3.Connection, fmt: str, out: TextIO) -> int:
    n = 0
    for rec in (ftm_entities(conn) if fmt == "ftm" else iter_records(conn, fmt)):
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_tables(conn: sqlite3.Connection, fmt: str, folder: Path,
                 statuses: Iterable[str] = DEFAULT_STATUSES) -> list[Path]:
    """One CSV or Parquet file per ledger table in FOLDER, typed (``query.tables``); GDELT:
    events.tsv and mentions.tsv of the events whose status is one of STATUSES."""
    if fmt == "gdelt":
        return write_gdelt(conn, folder, statuses)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for table in EXPORT_TABLES:
        path = folder / f"{table}.{fmt}"
        (write_parquet if fmt == "parquet" else write_csv)(conn, table, path)
        written.append(path)
    return written


def _csv_value(v: object) -> object:
    """Lists as JSON, dates and times in ISO 8601, None as an empty cell."""
    if isinstance(v, list):
        return json.dumps(v)
    return v.isoformat() if isinstance(v, date | datetime) else v


def write_csv(conn: sqlite3.Connection, table: str, path: Path) -> None:
    cols = columns(conn, table)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow([c.name for c in cols])
        for rows in typed_rows(conn, table, cols):
            w.writerows([_csv_value(r[c.name]) for c in cols] for r in rows)


def write_parquet(conn: sqlite3.Connection, table: str, path: Path) -> None:
    """TABLE as Parquet: dates as date32, times as UTC timestamps, flags as bool, spans as
    list<int32>, lists as lists, ids as nullable int64."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    types = {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64(), "bool": pa.bool_(),
             "date": pa.date32(), "timestamp": pa.timestamp("us", tz="UTC"), "span": pa.list_(pa.int32()),
             "spans": pa.list_(pa.list_(pa.int32())), "ids": pa.list_(pa.int64())}
    cols = columns(conn, table)
    schema = pa.schema([(c.name, types[c.kind]) for c in cols])
    with pq.ParquetWriter(path, schema) as writer:
        writer.write_table(pa.Table.from_pylist([], schema=schema))
        for rows in typed_rows(conn, table, cols):
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
