"""The fixes people made to identities (merges, splits, renames, pairs kept apart)."""
from __future__ import annotations

from ...record import Record


class IdentityEdit(Record):
    """A fix a person made to identities: MERGE (B folded into A), SPLIT (B made from A's spelling),
    RENAME (of A) or DIFFERENT (A and B kept apart), with what it did and whether it was undone."""

    id: int
    action: str
    a: int
    a_name: str | None
    b: int | None
    b_name: str | None
    summary: str
    note: str | None
    created_at: str
    undone_at: str | None
