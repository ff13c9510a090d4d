"""Exports of the ledger: JSON lines, the evaluation view, CSV and Parquet (one file per table).

Line-oriented formats stream to any text stream (stdout by default); table formats write one
file per table into a folder, so a ledger of any size exports in constant memory per row batch.
"""
from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any, TextIO

from ..errors import NewsledgerError
from .articles import article_ids, article_record
from .interop import ftm_entities, write_gdelt
from .results import ArticleRecord

LINE_FORMATS = ("jsonl", "eval", "ftm")
TABLE_FORMATS = ("csv", "parquet", "gdelt")
EXPORT_TABLES = ("articles", "entities", "entity_aliases", "roles", "mentions", "statements", "timexes", "events",
                 "event_participants", "forecasts", "verdicts")
# the fields of each record the JSON lines export writes, in its order
ARTICLE_FIELDS = ("id", "url", "title", "outlet", "author", "published", "published_inferred", "language", "body_end",
                  "syndication_group", "text")
STATEMENT_FIELDS = ("id", "article_id", "speaker", "speaker_id", "speaker_text", "speaker_span", "content",
                    "content_span", "content_spans", "cue", "kind", "certainty", "forecast", "channel", "said_on",
                    "polarity", "extractor_id")
EVENT_FIELDS = ("id", "article_id", "type", "mode", "cameo", "trigger", "actors", "targets", "actor_ids", "target_ids",
                "date", "place", "place_id", "status", "source", "source_id", "statement_id", "evidence", "evidence_span")


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


def _rows(conn: sqlite3.Connection, table: str, size: int = 5000) -> Iterator[tuple[list[str], list[tuple]]]:
    cur = conn.execute(f'SELECT * FROM "{table}"')
    cols = [d[0] for d in cur.description]
    while rows := cur.fetchmany(size):
        yield cols, [tuple(r) for r in rows]


def write_tables(conn: sqlite3.Connection, fmt: str, folder: Path) -> list[Path]:
    """One CSV or Parquet file per ledger table in FOLDER (GDELT: events.tsv and mentions.tsv)."""
    if fmt == "gdelt":
        return write_gdelt(conn, folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for table in EXPORT_TABLES:
        path = folder / f"{table}.{fmt}"
        (_write_parquet if fmt == "parquet" else _write_csv)(conn, table, path)
        written.append(path)
    return written


def _write_csv(conn: sqlite3.Connection, table: str, path: Path) -> None:
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        header = [d[1] for d in conn.execute(f'PRAGMA table_info("{table}")')]
        w.writerow(header)
        for _, rows in _rows(conn, table):
            w.writerows(rows)


def _write_parquet(conn: sqlite3.Connection, table: str, path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq
    info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
    arrow_type = {"INTEGER": pa.int64(), "REAL": pa.float64()}
    schema = pa.schema([(c[1], arrow_type.get(c[2].upper(), pa.string())) for c in info])
    with pq.ParquetWriter(path, schema) as writer:
        for cols, rows in _rows(conn, table):
            writer.write_table(pa.Table.from_pylist([dict(zip(cols, r)) for r in rows], schema=schema))
