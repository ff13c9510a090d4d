"""The identity fixes people made (merges, splits, renames, 'not the same'), as a dossier lists
them, each with a one-line summary of what it moved, so one can be undone from where it is seen."""
from __future__ import annotations

import json
import sqlite3
from typing import Any

from ..errors import Codes, NewsledgerError
from .entities import entity_names
from .results.identities import IdentityEdit

_LIMIT = 50


def _summary(action: str, moved: dict[str, Any]) -> str:
    """What an edit did, in words."""
    if action == "merge":
        refs = moved["refs"]
        return (f"moved {len(refs['mentions.entity_id'])} mentions, {len(refs['statements.speaker_id'])} statements"
                f" and {len(moved['owned']['aliases'])} spellings")
    if action == "split":
        return f"the spelling “{moved['alias']}” became an entity of its own"
    if action == "rename":
        return f"renamed from “{moved['name']}” to “{moved['to']}”"
    return "judged not the same"


def _edits(conn: sqlite3.Connection, rows: list[sqlite3.Row]) -> list[IdentityEdit]:
    names = entity_names(conn, [r["a"] for r in rows] + [r["b"] for r in rows])
    return [IdentityEdit(r["id"], r["action"], r["a"], names.get(r["a"]), r["b"], names.get(r["b"]) if r["b"] else None,
                         _summary(r["action"], json.loads(r["moved"])), r["note"], r["created_at"], r["undone_at"])
            for r in rows]


def edits_of(conn: sqlite3.Connection, entity_id: int) -> list[IdentityEdit]:
    """The latest identity edits that involved ENTITY_ID, newest first."""
    rows = conn.execute("SELECT * FROM identity_edits WHERE a=? OR b=? ORDER BY id DESC LIMIT ?",
                        (entity_id, entity_id, _LIMIT)).fetchall()
    return _edits(conn, rows)


def edit(conn: sqlite3.Connection, edit_id: int) -> IdentityEdit:
    """One identity edit; E014 when there is none with this id."""
    rows = conn.execute("SELECT * FROM identity_edits WHERE id=?", (edit_id,)).fetchall()
    if not rows:
        raise NewsledgerError(Codes.E014, f"identity edit {edit_id}")
    return _edits(conn, rows)[0]
