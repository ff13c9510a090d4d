""""Someone contradicts a statement I follow": a first version that can be explained in two lines.

A later statement contradicts the followed one when it comes from another (identified) speaker and
either (1) reports an event of the same PLOVER type with a participant in common, one of the two
as denied and the other not; or (2) is about the same thing (content words in common: an overlap
coefficient and a least number of shared words, stop words and negators left out) with the
opposite stance. A stance is denial when the statement's polarity is ``denied`` ("denied that
...") or its content is negated ("will not send troops"), not both.
"""
from __future__ import annotations

import re
import sqlite3
from functools import lru_cache
from typing import Any

from .rules import rules

_TOKEN = re.compile(r"[\w']+")


def followed_statement(conn: sqlite3.Connection, sid: int) -> dict[str, Any] | None:
    """A copy of statement SID and the events it reports, as a watchlist keeps it."""
    row = conn.execute("SELECT s.*, e.name AS speaker FROM statements s LEFT JOIN entities e ON e.id=s.speaker_id"
                       " WHERE s.id=?", (sid,)).fetchone()
    if row is None:
        return None
    return {"article_id": row["article_id"], "seq": row["seq"], "speaker_id": row["speaker_id"],
            "speaker": row["speaker"] or row["speaker_text"], "content": row["content"], "polarity": row["polarity"],
            "events": statement_events(conn, sid)}


def statement_events(conn: sqlite3.Connection, sid: int) -> list[dict[str, Any]]:
    """The events statement SID reports: type, status and every participant's ledger id."""
    rows = conn.execute("SELECT id, type, status FROM events WHERE statement_id=?", (sid,)).fetchall()
    return [{"type": r["type"], "status": r["status"], "participants": [p[0] for p in conn.execute(
        "SELECT entity_id FROM event_participants WHERE event_id=?", (r["id"],))]} for r in rows]


def contradiction(followed: dict[str, Any], statement: sqlite3.Row, events: list[dict[str, Any]]) -> str | None:
    """Why STATEMENT (reporting EVENTS) contradicts the FOLLOWED one, or None when it does not."""
    if statement["speaker_id"] is None or statement["speaker_id"] == followed["speaker_id"]:
        return None
    if (statement["article_id"], statement["seq"]) == (followed["article_id"], followed["seq"]):
        return None
    clash = _event_clash(followed["events"], events)
    if clash:
        return clash
    if not about_same(content_words(followed["content"]), content_words(statement["content"])):
        return None
    was, now = denies(followed["polarity"], followed["content"]), denies(statement["polarity"], statement["content"])
    if was == now:
        return None
    return "denies what was affirmed" if now else "affirms what was denied"


def _event_clash(followed: list[dict[str, Any]], events: list[dict[str, Any]]) -> str | None:
    for a in followed:
        for b in events:
            shared = set(a["participants"]) & set(b["participants"])
            if a["type"] == b["type"] and shared and (a["status"] == "denied") != (b["status"] == "denied"):
                return f"reports the {b['type']} event as {b['status']}, the followed statement as {a['status']}"
    return None


def denies(polarity: str, content: str) -> bool:
    """Whether a statement denies its content: polarity ``denied`` or negated content, not both."""
    return (polarity == "denied") != negated(content)


def negated(content: str) -> bool:
    negators = rules().negations
    return any(t in negators or t.endswith("n't") for t in _TOKEN.findall(content.lower()))


def content_words(text: str) -> frozenset[str]:
    """The words that say what a statement is about: no stop words, no negators, no possessive 's."""
    stop, negators = _stop_words(), rules().negations
    tokens = (t.removesuffix("'s").strip("'") for t in _TOKEN.findall(text.lower()))
    return frozenset(t for t in tokens if len(t) > 1 and t not in stop and t not in negators and not t.endswith("n't"))


def about_same(a: frozenset[str], b: frozenset[str]) -> bool:
    """Enough content words in common: at least ``min_shared_words``, and that many make at least
    ``min_overlap`` of the shorter statement's words."""
    shared, r = len(a & b), rules().contradiction
    return bool(a and b) and shared >= r.min_shared_words and shared / min(len(a), len(b)) >= r.min_overlap


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS
    return frozenset(STOP_WORDS)
