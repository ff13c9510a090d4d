"""Fixing identities where they are seen: rename, 'not the same', the list of a person's fixes
on an entity and their undo. Writes need the operator's token and go through the ``Ledger``
methods the CLI uses; merge and split are in ``writes``."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path
from pydantic import BaseModel, Field

from ..ledger import Ledger
from ..query.identities import edits_of
from ..query.results import IdentityEdit
from .deps import Conn, Settings, require_token, settings

router = APIRouter(prefix="/api", tags=["identities"])
Cfg = Annotated[Settings, Depends(settings)]
Id = Annotated[int, Path(ge=1, le=2**62)]


class Rename(BaseModel):
    name: str = Field(min_length=1, max_length=300, description="the name the entity goes by from now on")
    note: str = Field("", max_length=2000)


class Different(BaseModel):
    a: str = Field(min_length=1, max_length=300, description="name (any spelling) or id")
    b: str = Field(min_length=1, max_length=300, description="name (any spelling) or id")
    note: str = Field("", max_length=2000)


@router.get("/entities/{entity_id}/edits")
def edits(conn: Conn, entity_id: Id) -> list[IdentityEdit]:
    """The identity fixes (merge, split, rename, not the same) that involved ENTITY_ID, newest first."""
    return edits_of(conn, entity_id)


@router.post("/entities/{entity_id}/rename", dependencies=[Depends(require_token)])
def rename(entity_id: Id, body: Rename, cfg: Cfg) -> IdentityEdit:
    """Renames an entity; later ingests keep the name; undoable."""
    with cfg.write_lock, Ledger(cfg.db) as ledger:
        return ledger.rename(str(entity_id), body.name, body.note)


@router.post("/entities/different", dependencies=[Depends(require_token)])
def different(body: Different, cfg: Cfg) -> IdentityEdit:
    """Records that A and B are not the same identity (the resolver keeps them apart); undoable."""
    with cfg.write_lock, Ledger(cfg.db) as ledger:
        return ledger.different(body.a, body.b, body.note)


@router.post("/identity-edits/{edit_id}/undo", dependencies=[Depends(require_token)])
def undo(edit_id: Id, cfg: Cfg) -> IdentityEdit:
    """Reverses one identity edit: what it moved goes back and its judgement is forgotten."""
    with cfg.write_lock, Ledger(cfg.db) as ledger:
        return ledger.undo(edit_id)
