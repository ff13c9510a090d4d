"""`serve`: the REST API and the web UI."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

import click

from . import CommandFailed
from .common import db_option, open_ledger

if TYPE_CHECKING:
    pass


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback by default).")
@click.option("--port", default=8765, show_default=True)
@click.option("--token", envvar="NEWSLEDGER_TOKEN", show_envvar=True,
              help="Bearer token that enables the write endpoints (better: $NEWSLEDGER_TOKEN or --token-file; "
                   "a token on the command line is visible to every user of the machine).")
@click.option("--token-file", type=click.File("r", encoding="utf-8"), help="Read the token from this file's first line.")
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="NAME",
              help="Also answer requests addressed to NAME (a proxy's public name; '*': any). Others get 400.")
@click.pass_context
def serve(ctx: click.Context, db: str | None, host: str, port: int, token: str | None, token_file: Any,
          allow_hosts: tuple[str, ...]) -> None:
    """Serve the REST API (OpenAPI at /openapi.json) and the web UI, to requests addressed to HOST
    (or a loopback name, or --allow-host)."""
    from ..serve.app import run
    from ..store.sqlite import db_path
    if token_file is not None:
        token = token_file.readline().strip()
        if not token:
            raise CommandFailed(f"{token_file.name} holds no token")
    elif token and ctx.get_parameter_source("token") == click.core.ParameterSource.COMMANDLINE:
        click.echo("serve: a --token on the command line is visible to every user (ps); "
                   "prefer $NEWSLEDGER_TOKEN or --token-file", err=True)
    with open_ledger(db):   # a ledger that is not there is an error, not a new empty one
        pass
    run(db_path(db), host=host, port=port, token=token, allow_hosts=allow_hosts)
