"""The command line: a thin layer over ``newsledger.Ledger``; each command is one library call.

Exit codes: 0 done; 1 ingest could read none of its inputs; 2 a bad command or a failed one (a
usage error, a ledger that is not there, a name or id the ledger does not hold, a bad file), with
the reason on stderr (`newsledger: error: ...`); 3 ingest --strict skipped some inputs or analysed
some in part; 130 interrupted. Nothing here imports the NLP stack: commands that analyse text load
it when they start analysing.

It stands on the standard library's argparse (``import click`` alone was 4.3x a bare interpreter's
start-up: bench/README.md). The root parser reads the options before the command and the command's
name; the command lives in a module of this package (``read``, ``entity``, ``ingest``...), imported
when it is named, and its own parser is built only then (``common.Command``); `newsledger --help`
lists the commands from ``COMMANDS`` without importing any. Each command imports the library (and
stdlib modules such as logging, pathlib, json) when it runs, so `--help` loads little beyond argparse.
"""
from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from importlib import import_module
from typing import NoReturn

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
EXIT_CODES = ("Exit codes: 0 done; 1 ingest read none of its inputs; 2 a bad or failed command (the reason on stderr); "
              "3 ingest --strict skipped some inputs or analysed some in part; 130 interrupted.")
WIDTH = 78   # of the help: click's, whatever the terminal (finding the terminal's imports shutil)


class CommandFailed(Exception):
    """A command that cannot do what was asked: one line on stderr, exit code 2."""


class _Formatter(argparse.HelpFormatter):
    """argparse's help at a fixed width: argparse builds a formatter for every option it adds, and
    the default one asks shutil for the terminal's width each time."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=30, width=WIDTH)


class Parser(argparse.ArgumentParser):
    """argparse's parser with newsledger's error line (`newsledger: error: ...` under the usage,
    exit code 2), without abbreviated options, and with the commands it leads to listed in its help."""

    def __init__(self, prog: str, description: str, commands: Sequence[tuple[str, str]] = (), closing: str = "",
                 usage: str | None = None) -> None:
        super().__init__(prog=prog, description=description, usage=usage, allow_abbrev=False, formatter_class=_Formatter)
        self.commands = commands
        self.closing = closing

    def format_help(self) -> str:
        import textwrap
        width = max((len(name) for name, _ in self.commands), default=0) + 4
        listing = [textwrap.fill(line, WIDTH, initial_indent=f"  {name:<{width - 2}}", subsequent_indent=" " * width)
                   for name, line in self.commands]
        return "\n".join([super().format_help().rstrip("\n"), *(["", "commands:", *listing] if listing else []),
                          *(["", textwrap.fill(self.closing, WIDTH)] if self.closing else [])]) + "\n"

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"newsledger: error: {message}\n")


def file_path(text: str) -> str:
    """A path for a file (a ledger, an output): not a folder."""
    if os.path.isdir(text):
        raise argparse.ArgumentTypeError(f"{text!r} is a folder, not a file")
    return text


def _root() -> Parser:
    """The options before the command, and the command's name (the rest is the command's)."""
    root = Parser("newsledger", "newsledger: a ledger of who said, did and predicted what in the news.",
                  [(name, line) for name, (_, line) in sorted(COMMANDS.items())], EXIT_CODES,
                  usage="newsledger [--version] [-v] [--db FILE] COMMAND [ARGS]...")
    root.add_argument("--version", action="store_true", help="Show the version and exit.")
    root.add_argument("-v", "--verbose", action="store_true", help="Log every skipped input and decision.")
    root.add_argument("--db", type=file_path, default=os.environ.get("NEWSLEDGER_DB"), metavar="FILE", help=DB_HELP)
    root.add_argument("command", nargs="?", choices=sorted(COMMANDS), metavar="COMMAND", help=argparse.SUPPRESS)
    root.add_argument("args", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    return root


def run(argv: Sequence[str] | None = None) -> int:
    """Runs the command ARGV names (default: this process's arguments) and returns its exit code:
    the library's errors become one line on stderr and exit code 2, never a traceback."""
    try:
        root = _root()
        args = root.parse_args(sys.argv[1:] if argv is None else argv)
        if args.version:
            from .. import __version__
            print(f"newsledger, version {__version__}")
            return 0
        if args.command is None:
            root.print_help()
            return 2
        command = getattr(import_module(f"{__name__}.{COMMANDS[args.command][0]}"), args.command)
        if args.command in LOGGING:
            _log_to_stderr(args.verbose)
        command.invoke(f"newsledger {args.command}", args.args, args.db)
        return 0
    except SystemExit as done:   # --help, a usage error, or a command's own exit code (ingest)
        return done.code if isinstance(done.code, int) else 0 if done.code is None else 1
    except KeyboardInterrupt:
        print("newsledger: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:   # `newsledger ... | head`: the reader has had enough
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as err:
        reason = _reason(err)
        if reason is None:
            raise
        print(f"newsledger: error: {reason}", file=sys.stderr)
        return 2


def _reason(err: Exception) -> str | None:
    """The one line an error of a command, the library, SQLite or the system is told by (None: a bug,
    whose traceback is the report). Imported here, on failure only: `--help` loads neither."""
    import sqlite3

    from ..errors import NewsledgerError, hint
    if isinstance(err, NewsledgerError):
        return f"{err}" + (f"\n  what to do: {hint(err.code)}" if hint(err.code) else "")
    if isinstance(err, sqlite3.Error):
        return f"the ledger could not be read or written: {err}"
    if isinstance(err, OverflowError):   # a number SQLite cannot hold, past the options' own checks
        return f"a number is too large: {err}"
    if isinstance(err, CommandFailed | OSError):
        return str(err)
    return None


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


def main(argv: Sequence[str] | None = None) -> NoReturn:
    """The `newsledger` command: runs ARGV (default: this process's arguments) and exits with its code."""
    sys.exit(run(argv))
