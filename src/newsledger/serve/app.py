"""``newsledger serve``: the REST API and the analysts' web UI, from one local process.

The web layer is thin: routes validate parameters and call the library's query functions. It
binds 127.0.0.1 by default, answers only requests addressed to it by a name it was given (the
``Host`` header; so a page on another site cannot reach it through DNS rebinding), reads through
read-only connections, and refuses every write unless the operator configured a bearer token
(``run(token=...)`` or $NEWSLEDGER_TOKEN). The UI is static files shipped inside the package (no
CDN, no build step), so it works offline.
"""
from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterable
from importlib import resources
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from ..errors import Codes, NewsledgerError
from . import api, docs, identities, watch, writes
from .deps import Settings

log = logging.getLogger("newsledger")
STATIC = resources.files("newsledger.serve").joinpath("static")
NOT_FOUND = {Codes.E013, Codes.E014, Codes.E043}
LOOPBACK = ("127.0.0.1", "localhost", "::1")
SECURITY_HEADERS = {
    "content-security-policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
                               " connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
}


def create_app(db: str | os.PathLike, token: str | None = None, max_body: int | None = None,
               hosts: Iterable[str] = LOOPBACK) -> FastAPI:
    """The application over the store DB (created empty if missing). TOKEN (else $NEWSLEDGER_TOKEN)
    unlocks the write routes; POST bodies above MAX_BODY bytes are refused with 413; a request
    whose Host header names none of HOSTS ('*': any) with 400."""
    from ..store.sqlite import Store
    Store(db).close()       # creates or migrates the schema once, so readers never have to
    cfg = Settings.make(db, token, max_body)
    app = FastAPI(title="newsledger", version=__version__, docs_url=None, redoc_url=None,
                  description="A queryable ledger of who said what, entities, events and forecasts in the news. "
                              "Lists are paginated with limit/offset (limit capped at 500). Writes need the "
                              "operator's bearer token.")
    app.state.settings = cfg
    app.include_router(api.router)
    app.include_router(writes.router)
    app.include_router(watch.router)
    app.include_router(identities.router)
    app.include_router(docs.router)
    app.add_exception_handler(NewsledgerError, _ledger_error)
    app.add_exception_handler(sqlite3.Error, _db_error)
    app.add_exception_handler(ValueError, _bad_value)
    app.add_exception_handler(OverflowError, _bad_value)   # a number SQLite cannot hold
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    app.add_api_route("/", _index, include_in_schema=False)
    app.add_middleware(_Guard, max_body=cfg.max_body, hosts=frozenset(h.lower() for h in hosts))
    return app


def _index() -> FileResponse:
    return FileResponse(str(STATIC.joinpath("index.html")), headers={"cache-control": "no-cache"})


def _ledger_error(_: Request, exc: Exception) -> JSONResponse:
    code = getattr(exc, "code", "")
    return JSONResponse({"detail": str(exc)}, status_code=404 if code in NOT_FOUND else 400)


def _db_error(_: Request, exc: Exception) -> JSONResponse:
    if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
        return JSONResponse({"detail": "the ledger is busy, try again"}, status_code=503, headers={"retry-after": "1"})
    log.warning("query refused: %s", exc)
    return JSONResponse({"detail": f"query refused: {exc}"}, status_code=400)


def _bad_value(_: Request, exc: Exception) -> JSONResponse:
    return JSONResponse({"detail": str(exc)}, status_code=400)


def host_name(header: str) -> str:
    """The name in a Host header, without its port ('[::1]:8765' -> '::1')."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:].split("]", 1)[0]
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


class _Guard:
    """ASGI middleware: refuses requests addressed to a name the server was not given (DNS
    rebinding), caps request bodies (413 before the app sees a byte too many, whether or not the
    client declared a length) and adds security headers to every response."""

    def __init__(self, app: ASGIApp, max_body: int, hosts: frozenset[str]):
        self.app, self.max_body, self.hosts = app, max_body, hosts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        host = host_name(dict(scope.get("headers") or []).get(b"host", b"").decode("latin-1"))
        if "*" not in self.hosts and host not in self.hosts:
            refused = JSONResponse({"detail": f"unknown host {host!r}: start the server with --allow-host {host}"
                                              " if it is yours"}, status_code=400)
            return await refused(scope, receive, send)

        async def send_secure(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + [(k.encode(), v.encode())
                                                                  for k, v in SECURITY_HEADERS.items()]
            await send(message)

        if scope["method"] in ("GET", "HEAD", "OPTIONS"):
            return await self.app(scope, receive, send_secure)
        body = await self._read(scope, receive)
        if body is None:
            too_large = JSONResponse({"detail": f"request body larger than {self.max_body} bytes"}, status_code=413)
            return await too_large(scope, receive, send_secure)
        done = False

        async def replay() -> Message:
            nonlocal done
            if done:
                return await receive()
            done = True
            return {"type": "http.request", "body": body, "more_body": False}
        await self.app(scope, replay, send_secure)

    async def _read(self, scope: Scope, receive: Receive) -> bytes | None:
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared and declared.isdigit() and int(declared) > self.max_body:
            return None
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                return None
            chunks.append(chunk)
            if not message.get("more_body"):
                break
        return b"".join(chunks)


def run(db: str | os.PathLike, host: str = "127.0.0.1", port: int = 8765, token: str | None = None,
        allow_hosts: Iterable[str] = (), **uvicorn_options: Any) -> None:
    """Serves the API and UI over DB until interrupted (the ``newsledger serve`` command), to
    requests addressed to HOST, a loopback name or one of ALLOW_HOSTS (names a proxy forwards)."""
    import uvicorn
    app = create_app(db, token, hosts=[*LOOPBACK, host, *allow_hosts])
    if host not in LOOPBACK:
        log.warning("newsledger serve is listening on %s: anyone who can reach it can read the ledger", host)
    uvicorn.run(app, host=host, port=port, log_level=uvicorn_options.pop("log_level", "info"), **uvicorn_options)
