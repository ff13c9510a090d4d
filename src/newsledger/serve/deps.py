"""What every route shares: the store's settings, a read-only connection per request, the
operator's bearer token for writes, and the validated paging and date parameters."""
from __future__ import annotations

import hmac
import os
import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

from fastapi import Depends, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from ..query.sql import MAX_ID
from ..store.sqlite import connect_readonly

MAX_LIMIT = 500
MAX_OFFSET = 10_000_000
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"


@dataclass
class Settings:
    """One server's configuration: the store it reads and the token that unlocks writes."""

    db: Path
    token: str | None = None
    max_body: int = 10 * 1024 * 1024
    write_lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def make(cls, db: str | os.PathLike, token: str | None = None, max_body: int | None = None) -> Settings:
        token = token if token is not None else os.environ.get("NEWSLEDGER_TOKEN")
        return cls(Path(db), token or None, max_body or cls.max_body)


def settings(request: Request) -> Settings:
    return request.app.state.settings


def read_conn(cfg: Annotated[Settings, Depends(settings)]) -> Iterator[sqlite3.Connection]:
    """A connection of its own for each request (SQLite readers never block each other in WAL
    mode), read-only so a bug in a read route cannot change the ledger and a ledger on a read-only
    disk can be served."""
    conn = connect_readonly(cfg.db)
    try:
        yield conn
    finally:
        conn.close()


Conn = Annotated[sqlite3.Connection, Depends(read_conn)]
_bearer = HTTPBearer(auto_error=False, description="The token the operator started the server with")


def require_token(cfg: Annotated[Settings, Depends(settings)],
                  cred: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> None:
    """Writes need the operator's token; a server started without one refuses every write."""
    if not cfg.token:
        raise HTTPException(403, "writes are disabled: start the server with a token (NEWSLEDGER_TOKEN)")
    if cred is None or not hmac.compare_digest(cred.credentials.encode(), cfg.token.encode()):
        raise HTTPException(401, "a valid bearer token is required", headers={"WWW-Authenticate": "Bearer"})


class PageParams:
    """limit/offset paging; a limit above MAX_LIMIT is capped, not refused."""

    def __init__(self, limit: Annotated[int, Query(ge=1, description=f"page size, capped at {MAX_LIMIT}")] = 50,
                 offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0):
        self.limit = min(limit, MAX_LIMIT)
        self.offset = offset


class Dates:
    """An inclusive date range, ISO dates of any precision (2023, 2023-01, 2023-01-19)."""

    def __init__(self, date_from: Annotated[str | None, Query(alias="from", pattern=DATE_PATTERN)] = None,
                 date_to: Annotated[str | None, Query(alias="to", pattern=DATE_PATTERN)] = None):
        if date_from and date_to and date_from[:len(date_to)] > date_to:
            raise HTTPException(422, f"'from' ({date_from}) is after 'to' ({date_to})")
        self.date_from, self.date_to = date_from, date_to


Paging = Annotated[PageParams, Depends()]
RowId = Annotated[int, PathParam(ge=1, le=MAX_ID, description="a ledger id")]
Range = Annotated[Dates, Depends()]
Text = Annotated[str | None, Query(max_length=200)]
