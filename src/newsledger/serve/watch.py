"""The watch routes: the alerts inbox, watchlists and the sources' status (reads), and making or
stopping watchlists and marking alerts read (writes, with the operator's token, through the same
``Ledger`` methods as the CLI)."""
from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query
from pydantic import BaseModel, Field

from ..ledger import Ledger
from ..watch import alerts as inbox
from ..watch import api
from ..watch.state import WatchState
from ..watch.watchlists import Watchlist, list_watchlists
from .deps import Conn, Paging, Settings, require_token, settings
from .watch_models import AlertCountsAll, Inbox, Sources, Watchlists

router = APIRouter(prefix="/api", tags=["watch"])
Cfg = Annotated[Settings, Depends(settings)]
WatchKind = Literal["entity", "speaker", "place", "event", "text", "forecast", "contradiction"]


class NewWatchlist(BaseModel):
    kind: WatchKind
    value: str = Field("", max_length=500, description="a name, place or LAT,LON, PLOVER type, words, or statement id")
    label: str | None = Field(None, max_length=200)
    radius_km: float | None = Field(None, gt=0, le=20000, description="place: kilometres around it")
    within_days: int = Field(0, ge=0, le=3650, description="forecast: alert this many days before it is due")


class ReadMark(BaseModel):
    ids: list[Annotated[int, Field(ge=1, le=2**62)]] | None = Field(
        None, max_length=1000, description="the alerts to mark; none: every unread one")
    read: bool = True


@router.get("/alerts", response_model=Inbox)
def alerts(conn: Conn, paging: Paging, unread: bool = False,
           watchlist: Annotated[int | None, Query(ge=1, le=2**62)] = None) -> dict[str, Any]:
    """The alerts inbox, newest first (what matched, the statement or event, the evidence and a
    link to it), with the unread count."""
    items = inbox.list_alerts(conn, unread, watchlist, paging.limit, paging.offset)
    return {"counts": inbox.alert_counts(conn), "limit": paging.limit, "offset": paging.offset,
            "items": [dict(a.payload(), read_at=a.read_at) for a in items]}


@router.get("/alerts/counts", response_model=AlertCountsAll)
def alert_counts(conn: Conn) -> dict[str, Any]:
    """Unread and total alerts, in all and per watchlist (what the inbox badge shows)."""
    per = [{"id": w.id, "label": w.label, "kind": w.kind, "unread": w.unread, "alerts": w.alerts}
           for w in list_watchlists(conn)]
    return {**inbox.alert_counts(conn), "watchlists": per}


@router.get("/watchlists", response_model=Watchlists)
def watchlists(conn: Conn) -> dict[str, Any]:
    """The active watchlists with their unread and total alerts."""
    return {"items": [asdict(w) for w in list_watchlists(conn)]}


@router.get("/watch/status", response_model=Sources)
def watch_status(conn: Conn) -> dict[str, Any]:
    """Each watched feed or folder: last poll and its status, items stored, errors, pending retries,
    lag (median seconds from an item's appearance to its alert) and next poll."""
    return {"items": [asdict(s) for s in WatchState(conn).status()]}


@router.post("/watchlists", dependencies=[Depends(require_token)], response_model=Watchlist)
def add_watchlist(body: NewWatchlist, cfg: Cfg) -> dict[str, Any]:
    """Saves a watchlist; every article stored from now on is matched against it."""
    with cfg.write_lock, _ledger(cfg) as ledger:
        return asdict(api.add_watchlist(ledger, body.kind, body.value, body.label, body.radius_km, body.within_days))


@router.delete("/watchlists/{watchlist_id}", dependencies=[Depends(require_token)], response_model=Watchlist)
def remove_watchlist(watchlist_id: Annotated[int, Path(ge=1, le=2**62)], cfg: Cfg) -> dict[str, Any]:
    """Stops a watchlist; its alerts stay in the inbox."""
    with cfg.write_lock, _ledger(cfg) as ledger:
        return asdict(api.remove_watchlist(ledger, watchlist_id))


@router.post("/alerts/read", dependencies=[Depends(require_token)])
def mark_read(body: ReadMark, cfg: Cfg) -> dict[str, int]:
    """Marks alerts read (or unread again with ``read: false``)."""
    with cfg.write_lock, _ledger(cfg) as ledger:
        return {"changed": api.mark_read(ledger, body.ids, body.read)}


def _ledger(cfg: Settings) -> Ledger:
    return Ledger(cfg.db)
