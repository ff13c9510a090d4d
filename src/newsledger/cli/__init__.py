"""The command line: a thin layer over ``newsledger.Ledger``; each command is one library call.

Exit codes: 0 done; 1 ingest could read none of its inputs; 2 a bad command or a failed one (a
usage error, a ledger that is not there, a name or id the ledger does not hold, a bad file), with
the reason on stderr; 130 interrupted. Nothing here imports the NLP stack: commands that analyse
text load it when they start analysing.

The root group builds a command only when it runs (click's lazy group): each command lives in a
module of this package (``read``, ``entity``, ``ingest``...), imported when the command is named,
and `newsledger --help` lists the commands from ``COMMANDS`` without building any. Each command
imports the library (and stdlib modules such as logging, pathlib, json) when it runs, so `--help`
loads little beyond click.
"""
from __future__ import annotations

from importlib import import_module
from typing import Any

import click

# each command: the module of this package that defines it, and its line in `newsledger --help`
# (the opening of its own help, which a test holds it to)
COMMANDS = {
    "alerts": ("watch", "The alerts inbox, newest first: what matched, the evidence..."),
    "entity": ("entity", "An entity's dossier (`entity NAME`), or edit identities."),
    "export": ("export", "Export the ledger: JSON lines, the evaluation view, FollowTheMoney entities..."),
    "forecasts": ("forecasts", "The forecast ledger: list forecasts; `resolve` records a verdict..."),
    "graph": ("read", "Who said what about whom."),
    "ingest": ("ingest", "Read, analyse and store articles."),
    "serve": ("serve", "Serve the REST API (OpenAPI at /openapi.json) and the web UI."),
    "statements": ("read", "Who said what, newest first."),
    "stats": ("stats", "Counts of what the ledger holds."),
    "summary": ("read", "A readable who-said-what summary of the ledger."),
    "timeline": ("read", "Events by status and statements, per month."),
    "watch": ("watch", "Keep the ledger up to date."),
    "watchlist": ("watch", "Saved questions every newly stored article is matched against."),
}
# the commands whose work reports through the `newsledger` log (skipped inputs, fetch errors); the
# others log nothing, and leave logging unimported
LOGGING = ("ingest", "watch", "watchlist", "alerts", "serve")
DB_HELP = "Ledger file (default: $NEWSLEDGER_DB, else ./newsledger.db); also before the command."


class CommandFailed(click.ClickException):
    """A command that cannot do what was asked: one line on stderr, exit code 2."""

    exit_code = 2

    def show(self, file: Any = None) -> None:
        click.echo(f"newsledger: error: {self.message}", err=True)


class _Root(click.Group):
    """Builds a command when it is named (`--help` lists ``COMMANDS``), and turns the library's
    errors into one clear line and exit code 2, never a traceback."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        return getattr(import_module(f"{__name__}.{COMMANDS[cmd_name][0]}"), cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with formatter.section("Commands"):
            formatter.write_dl([(name, line) for name, (_, line) in sorted(COMMANDS.items())])

    def invoke(self, ctx: click.Context) -> Any:
        import os
        import sqlite3
        import sys

        from ..errors import NewsledgerError, hint
        try:
            return super().invoke(ctx)
        except NewsledgerError as err:
            raise CommandFailed(f"{err}" + (f"\n  what to do: {hint(err.code)}" if hint(err.code) else "")) from None
        except sqlite3.Error as err:
            raise CommandFailed(f"the ledger could not be read or written: {err}") from None
        except OverflowError as err:   # a number SQLite cannot hold, past the options' own checks
            raise CommandFailed(f"a number is too large: {err}") from None
        except OSError as err:
            if isinstance(err, BrokenPipeError):   # `newsledger ... | head`: the reader has had enough
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
                raise SystemExit(0) from None
            raise CommandFailed(str(err)) from None
        except KeyboardInterrupt:
            click.echo("newsledger: interrupted", err=True)
            raise SystemExit(130) from None


@click.group(cls=_Root, epilog="Exit codes: 0 done; 1 ingest read none of its inputs; 2 a bad or failed command "
                               "(the reason on stderr); 3 ingest --strict skipped some inputs or analysed some in part; "
                               "130 interrupted.")
@click.version_option(package_name="newsledger")
@click.option("-v", "--verbose", is_flag=True, help="Log every skipped input and decision.")
@click.option("--db", type=click.Path(dir_okay=False), envvar="NEWSLEDGER_DB", help=DB_HELP)
@click.pass_context
def cli(ctx: click.Context, verbose: bool, db: str | None) -> None:
    """newsledger: a ledger of who said, did and predicted what in the news."""
    if ctx.invoked_subcommand in LOGGING:
        _log_to_stderr(verbose)


def _log_to_stderr(verbose: bool) -> None:
    """newsledger's log on stderr (its decisions too with -v); the parsers' own messages about
    the inputs they fail on only with -v, as each such input is already a coded skip."""
    import logging
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("newsledger: %(message)s"))
    logging.getLogger().addHandler(handler if verbose else logging.NullHandler())
    logging.getLogger().setLevel(logging.INFO if verbose else logging.WARNING)
    if not verbose:
        logging.getLogger("newsledger").addHandler(handler)


def main() -> None:
    """The `newsledger` command (errors become one line and exit code 2 in ``_Root``)."""
    cli(standalone_mode=True)
