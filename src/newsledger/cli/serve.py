"""`serve`: the REST API and the web UI."""
from __future__ import annotations

from . import CommandFailed
from .common import command, db_option, open_ledger, option, say


@command(db_option,
         option("--host", default="127.0.0.1", help="Address to listen on (loopback by default)."),
         option("--port", default=8765, type=int, help="Port to listen on (default: %(default)s)."),
         option("--token", help="Bearer token that enables the write endpoints (better: $NEWSLEDGER_TOKEN or --token-file; "
                                "a token on the command line is visible to every user of the machine; env: NEWSLEDGER_TOKEN)."),
         option("--token-file", metavar="FILE", help="Read the token from this file's first line."),
         option("--allow-host", dest="allow_hosts", action="append", default=[], metavar="NAME",
                help="Also answer requests addressed to NAME (a proxy's public name; '*': any). Others get 400."))
def serve(db: str | None, host: str, port: int, token: str | None, token_file: str | None, allow_hosts: tuple[str, ...]) -> None:
    """Serve the REST API (OpenAPI at /openapi.json) and the web UI, to requests addressed to HOST
    (or a loopback name, or --allow-host)."""
    import os

    from ..serve.app import run
    from ..store.sqlite import db_path
    if token_file is not None:
        with open(token_file, encoding="utf-8") as f:
            token = f.readline().strip()
        if not token:
            raise CommandFailed(f"{token_file} holds no token")
    elif token:
        say("serve: a --token on the command line is visible to every user (ps); prefer $NEWSLEDGER_TOKEN or --token-file")
    else:
        token = os.environ.get("NEWSLEDGER_TOKEN") or None
    with open_ledger(db):   # a ledger that is not there is an error, not a new empty one
        pass
    run(db_path(db), host=host, port=port, token=token, allow_hosts=allow_hosts)
