"""The routes that change the ledger. Each needs the operator's bearer token and runs under one
lock, through the same ``Ledger`` methods the CLI uses."""
from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, HTTPException, Request
from pydantic import BaseModel, Field

from ..query.results import ForecastRow
from ..query.sql import MAX_ID
from .deps import RowId, Settings, require_token, settings
from .watch_models import Ingested

router = APIRouter(prefix="/api", dependencies=[Depends(require_token)])
Cfg = Annotated[Settings, Depends(settings)]


class Verdict(BaseModel):
    came_true: bool
    note: str = Field("", max_length=2000)
    event_id: int | None = Field(None, ge=1, le=MAX_ID, description="the ledger event that settles the forecast")


class Merge(BaseModel):
    keep: str = Field(min_length=1, max_length=300, description="name (any spelling) or id of the entity kept")
    drop: str = Field(min_length=1, max_length=300, description="name or id of the entity merged into it")
    note: str = Field("", max_length=2000)


class Split(BaseModel):
    entity: str = Field(min_length=1, max_length=300, description="name (any spelling) or id")
    alias: str = Field(min_length=1, max_length=300, description="the spelling whose mentions become a new entity")
    note: str = Field("", max_length=2000)


def _ledger(cfg: Settings):
    from ..ledger import Ledger
    return Ledger(cfg.db)


@router.post("/ingest", tags=["write"], response_model=Ingested, openapi_extra={
    "requestBody": {"required": True, "content": {"application/x-ndjson": {"schema": {"type": "string"}}}}})
async def ingest(request: Request, cfg: Cfg) -> dict[str, Any]:
    """Analyses and stores articles sent as JSON lines (one ``{"id", "text", "title", "published",
    "outlet", ...}`` per line); malformed lines are skipped and reported."""
    body = await request.body()
    if not body.strip():
        raise HTTPException(400, "empty body: send one JSON article record per line")
    from starlette.concurrency import run_in_threadpool
    return await run_in_threadpool(_ingest_lines, cfg, body)


def _ingest_lines(cfg: Settings, body: bytes) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="newsledger-api-") as tmp:
        path = Path(tmp) / "api-ingest.jsonl"
        path.write_bytes(body)
        with cfg.write_lock, _ledger(cfg) as ledger:
            report = ledger.ingest([path], fmt="jsonl")
    return {"read": report.read, "stored": report.stored, "unchanged": report.unchanged, "skipped": report.skipped}


@router.post("/forecasts/{forecast_id}/verdict", tags=["write"])
def verdict(forecast_id: RowId, body: Verdict, cfg: Cfg) -> ForecastRow:
    """Records whether forecast FORECAST_ID came true (replacing an earlier verdict)."""
    with cfg.write_lock, _ledger(cfg) as ledger:
        return ledger.resolve_forecast(forecast_id, body.came_true, body.note, body.event_id)


@router.post("/entities/merge", tags=["write"])
def merge(body: Annotated[Merge, Body()], cfg: Cfg) -> dict[str, int]:
    """Merges entity DROP into KEEP; remembered as a person's judgement that later ingests honour."""
    with cfg.write_lock, _ledger(cfg) as ledger:
        return ledger.merge(body.keep, body.drop, body.note)


@router.post("/entities/split", tags=["write"])
def split(body: Annotated[Split, Body()], cfg: Cfg) -> dict[str, int]:
    """Moves the mentions of ENTITY written ALIAS into a new entity; remembered as a judgement."""
    with cfg.write_lock, _ledger(cfg) as ledger:
        return ledger.split(body.entity, body.alias, body.note)
