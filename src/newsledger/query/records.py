"""Reads the ledger back as plain dicts: one article's full record, statements, entities.

These are the shapes every consumer uses (exports, the CLI, the REST API), so they are built in
one place. Spans are lists ``[start, end]`` into the article text as received.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import Any


def entity_names(conn: sqlite3.Connection, ids: list[int | None]) -> dict[int, str]:
    wanted = sorted({i for i in ids if i is not None})
    if not wanted:
        return {}
    rows = conn.execute(f"SELECT id, name FROM entities WHERE id IN ({','.join('?' * len(wanted))})", wanted)
    return {r[0]: r[1] for r in rows}


def statement_dict(row: sqlite3.Row, names: dict[int, str]) -> dict[str, Any]:
    spans = json.loads(row["content_spans"])
    out = {
        "id": row["id"], "article_id": row["article_id"],
        "speaker": names.get(row["speaker_id"]), "speaker_id": row["speaker_id"],
        "speaker_text": row["speaker_text"],
        "speaker_span": [row["speaker_start"], row["speaker_end"]] if row["speaker_start"] is not None else None,
        "content": row["content"], "content_span": [row["content_start"], row["content_end"]],
        "content_spans": spans, "cue": row["cue"], "kind": row["kind"], "certainty": row["certainty"],
        "forecast": bool(row["forecast"]), "channel": names.get(row["channel_id"]) or row["channel"],
        "said_on": row["said_on"], "polarity": row["polarity"], "extractor_id": row["extractor_id"],
    }
    return out


def statements_of(conn: sqlite3.Connection, article_id: str) -> list[dict[str, Any]]:
    rows = conn.execute("SELECT * FROM statements WHERE article_id=? ORDER BY seq", (article_id,)).fetchall()
    names = entity_names(conn, [r["speaker_id"] for r in rows] + [r["channel_id"] for r in rows])
    return [statement_dict(r, names) for r in rows]


def entities_of(conn: sqlite3.Connection, article_id: str) -> list[dict[str, Any]]:
    """The article's entities (ledger identities) with their mentions in this article."""
    rows = conn.execute(
        'SELECT m.entity_id, m.start, m."end", e.name, e.type, e.lat, e.lon, e.country, e.geo_level FROM mentions m'
        ' JOIN entities e ON e.id = m.entity_id WHERE m.article_id=? ORDER BY m.start', (article_id,)).fetchall()
    out: dict[int, dict[str, Any]] = {}
    for r in rows:
        ent = out.setdefault(r["entity_id"], {"id": r["entity_id"], "name": r["name"], "type": r["type"], "mentions": []})
        ent["mentions"].append([r["start"], r["end"]])
        if r["lat"] is not None:
            ent["geo"] = {"lat": r["lat"], "lon": r["lon"], "country": r["country"], "level": r["geo_level"]}
    return list(out.values())


def event_dicts(conn: sqlite3.Connection, where: str, params: tuple, limit: int = -1) -> list[dict[str, Any]]:
    """Events matching a WHERE clause over ``events ev`` (bound parameters), with names resolved."""
    rows = conn.execute(f"SELECT ev.* FROM events ev WHERE {where} ORDER BY ev.article_id, ev.seq LIMIT ?",
                        (*params, limit)).fetchall()
    parts: dict[int, dict[str, list[int]]] = {}
    ids = [r["id"] for r in rows]
    for chunk in (ids[i:i + 500] for i in range(0, len(ids), 500)):
        for p in conn.execute(f"SELECT * FROM event_participants WHERE event_id IN ({','.join('?' * len(chunk))})", chunk):
            parts.setdefault(p["event_id"], {"actor": [], "target": []})[p["role"]].append(p["entity_id"])
    names = entity_names(conn, [r["place_id"] for r in rows] + [r["source_id"] for r in rows]
                   + [e for p in parts.values() for e in p["actor"] + p["target"]])
    return [{
        "id": r["id"], "article_id": r["article_id"], "type": r["type"], "mode": r["mode"], "cameo": r["cameo"],
        "trigger": r["trigger"],
        "actors": [names[e] for e in parts.get(r["id"], {}).get("actor", [])],
        "targets": [names[e] for e in parts.get(r["id"], {}).get("target", [])],
        "actor_ids": parts.get(r["id"], {}).get("actor", []), "target_ids": parts.get(r["id"], {}).get("target", []),
        "date": r["date"], "place": names.get(r["place_id"]), "place_id": r["place_id"], "status": r["status"],
        "source": names.get(r["source_id"]), "source_id": r["source_id"], "statement_id": r["statement_id"],
        "evidence": r["evidence"], "evidence_span": [r["evidence_start"], r["evidence_end"]],
    } for r in rows]


def timexes_of(conn: sqlite3.Connection, article_id: str) -> list[dict[str, Any]]:
    rows = conn.execute('SELECT start, "end", text, value, type FROM timexes WHERE article_id=? ORDER BY start', (article_id,))
    return [{"span": [r[0], r[1]], "text": r[2], "value": r[3], "type": r[4]} for r in rows]


def article_record(conn: sqlite3.Connection, article_id: str) -> dict[str, Any] | None:
    """Everything the ledger holds about one article."""
    art = conn.execute("SELECT * FROM articles WHERE id=?", (article_id,)).fetchone()
    if art is None:
        return None
    return {
        "id": art["id"], "url": art["url"], "title": art["title"], "outlet": art["outlet"], "author": art["author"],
        "published": art["published"], "published_inferred": bool(art["published_inferred"]),
        "language": art["language"], "body_end": art["body_end"], "syndication_group": art["syndication_group"],
        "text": art["text"],
        "statements": statements_of(conn, article_id),
        "entities": entities_of(conn, article_id),
        "timexes": timexes_of(conn, article_id),
        "events": event_dicts(conn, "ev.article_id = ?", (article_id,)),
    }


def article_ids(conn: sqlite3.Connection) -> Iterator[str]:
    for row in conn.execute("SELECT id FROM articles ORDER BY rowid"):
        yield row[0]
