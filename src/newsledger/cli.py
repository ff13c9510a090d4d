"""The command line: a thin layer over ``newsledger.Ledger``; each command is one library call.

Exit codes: 0 done; 1 ingest could read none of its inputs; 2 a bad command or a failed one (a
usage error, a ledger that is not there, a name or id the ledger does not hold, a bad file), with
the reason on stderr; 130 interrupted. Nothing here imports the NLP stack: commands that analyse
text load it when they start analysing. Each command imports the library (and stdlib modules such
as logging, pathlib, json) when it runs, so `--help` loads little beyond click.
"""
from __future__ import annotations

import contextlib
import os
import signal
import sys
import textwrap
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

import click

from .errors import NewsledgerError
from .query.sql import MAX_ID

if TYPE_CHECKING:   # the library is imported by the commands that use it, so `--help` starts at once
    from pathlib import Path

    from .ledger import Ledger
    from .query.results import Dossier, Graph, Page, StatementHit, Timeline


def _db(ctx: click.Context, _: click.Parameter, value: str | None) -> str | None:
    """A command's --db, else the one given before the command (``newsledger --db X stats``)."""
    return value if value is not None else ctx.find_root().params.get("db")


DB_HELP = "Ledger file (default: $NEWSLEDGER_DB, else ./newsledger.db); also before the command."
db_option = click.option("--db", type=click.Path(dir_okay=False), callback=_db, help=DB_HELP)
COUNT = click.IntRange(1, MAX_ID)    # limits, weights and ids: numbers SQLite can hold
OFFSET = click.IntRange(0, MAX_ID)
limit_option = click.option("--limit", default=50, show_default=True, type=COUNT, help="How many to show.")
offset_option = click.option("--offset", default=0, show_default=True, type=OFFSET, help="How many to skip.")


def _date(_: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """An ISO date of any precision (2023, 2023-01, 2023-01-19), checked against the calendar."""
    if value is None:
        return None
    from .query.sql import period_end
    try:
        period_end(value)
    except ValueError as err:
        raise click.BadParameter(str(err), param=param) from None
    return value


def dates_option(f: Any) -> Any:
    """--from/--to: an inclusive range of calendar dates of any precision; undated records fall outside."""
    f = click.option("--to", "date_to", callback=_date, help="Up to this date (2023, 2023-01 or 2023-01-19).")(f)
    return click.option("--from", "date_from", callback=_date, help="From this date (2023, 2023-01 or 2023-01-19).")(f)


def _json(obj: Any) -> str:
    """A typed result (or a dict) as the JSON the REST API gives for it, on one line."""
    return _dumps(_plain(obj))


def _dumps(value: Any) -> str:
    import json
    return json.dumps(value, ensure_ascii=False)


def _page_note(page: Page[Any], what: str) -> None:
    """On stderr: that nothing matched, or which window of how many is shown."""
    if not page.total:
        click.echo(f"no {what} match", err=True)
    elif not page.items:
        click.echo(f"no {what} past {page.offset} (of {page.total})", err=True)
    elif len(page.items) < page.total:
        first = page.offset + 1
        click.echo(f"{what} {first}-{page.offset + len(page.items)} of {page.total} (--limit/--offset for more)", err=True)


def output_options(f: Any) -> Any:
    """The shared output options of every command that prints records: text (default), JSON
    (--json or --nl: the REST API's records, one a line for lists), CSV or TSV (a header row)."""
    f = click.option("--tsv", "out", flag_value="tsv", help="Tab-separated values with a header row.")(f)
    f = click.option("--csv", "out", flag_value="csv", help="Comma-separated values with a header row.")(f)
    f = click.option("--json", "--nl", "out", flag_value="json",
                     help="JSON: the REST API's records, one a line for lists.")(f)
    return click.option("--text", "out", flag_value="text", default=True, help="Readable text (the default).")(f)


def _plain(obj: Any) -> dict[str, Any]:
    """A typed record (or a dict) as a plain dict."""
    from dataclasses import asdict, is_dataclass
    return asdict(obj) if is_dataclass(obj) and not isinstance(obj, type) else dict(obj)


def _emit(out: str, records: Sequence[Any], text: Callable[[Any], str], whole: Any = None) -> None:
    """Prints RECORDS as OUT says: text (TEXT of each, or of WHOLE), JSON (WHOLE as one object,
    else a record a line), or a CSV/TSV table of the records (nested values as JSON)."""
    if out in ("csv", "tsv"):
        return _table(records, "\t" if out == "tsv" else ",")
    items = [whole] if whole is not None else records
    for item in items:
        click.echo(_json(item) if out == "json" else text(item))


def _table(records: Sequence[Any], delimiter: str) -> None:
    import csv
    rows = [_plain(r) for r in records]
    if not rows:
        return
    writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]), delimiter=delimiter,
                            lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows({k: _cell(v) for k, v in row.items()} for row in rows)


def _cell(value: Any) -> Any:
    return _dumps(value) if isinstance(value, list | dict) else value


def _open(db: str | None, create: bool = False) -> Ledger:
    """The ledger at DB; only the commands that store articles or knowledge make a new one."""
    from .ledger import Ledger
    return Ledger(db, create=create)


class CommandFailed(click.ClickException):
    """A command that cannot do what was asked: one line on stderr, exit code 2."""

    exit_code = 2

    def show(self, file: Any = None) -> None:
        click.echo(f"newsledger: error: {self.message}", err=True)


class _Root(click.Group):
    """Turns the library's errors into one clear line and exit code 2, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        import sqlite3
        try:
            return super().invoke(ctx)
        except NewsledgerError as err:
            from .errors import hint
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


class _EntityGroup(click.Group):
    """`entity NAME` shows a dossier; `entity merge|split ...` edit identities."""

    def resolve_command(self, ctx: click.Context, args: list[str]):
        if args and args[0] not in self.commands:
            args = ["show", *args]
        return super().resolve_command(ctx, args)


# the commands whose work reports through the `newsledger` log (skipped inputs, fetch errors); the
# others log nothing, and leave logging unimported
LOGGING = ("ingest", "watch", "watchlist", "alerts", "serve")


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


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--format", "fmt", type=click.Choice(["txt", "jsonl", "html", "feed", "warc"]), help="Input format (default: detected).")
@click.option("--processes", "-p", default=1, show_default=True,
              help="Analysis worker processes (0: analyse in this process, without time or memory budgets).")
@click.option("--batch-size", default=32, show_default=True)
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: when stderr is a terminal).")
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True,
              help="Where to analyse: local processes, or Ray (--processes workers).")
@click.option("--ray-address", help="A Ray cluster to join (default: start a local one).")
@click.option("--shards", type=click.Path(file_okay=False), help="Keep Ray's Parquet shards in this folder.")
@click.option("--limit", "limit_settings", multiple=True, metavar="NAME=VALUE",
              help="Change a limit on one input (README: Limits), e.g. --limit seconds_per_article=300.")
@click.option("--strict", is_flag=True, help="Exit 3 when any input was skipped or analysed in part.")
def ingest(paths: tuple[str, ...], db: str | None, fmt: str | None, processes: int, batch_size: int,
           progress: bool | None, engine: str, ray_address: str | None, shards: str | None,
           limit_settings: tuple[str, ...], strict: bool) -> None:
    """Read, analyse and store articles: files, folders, JSONL, saved pages, feeds, WARC, .gz of any;
    '-' is JSONL on stdin. Exit code 0: the run went through (skips are in the report on stderr);
    1: nothing could be read; 2: the command failed (the ledger is as it was before the article in
    hand); 3, with --strict: some inputs skipped or analysed in part. A skip is not a failure by
    default, so `ingest ... && export ...` goes on to the export of what was stored."""
    from pathlib import Path

    from .limits import Limits
    try:
        limits = Limits.parse(limit_settings)
    except ValueError as err:
        raise click.BadParameter(str(err), param_hint="--limit") from None
    show = sys.stderr.isatty() if progress is None else progress
    with _open(db, create=True) as ledger:
        with _progress(paths, fmt, show) as (stored, passed):
            report = ledger.ingest(paths, fmt=fmt, processes=processes, batch_size=batch_size, on_article=stored,
                                   on_passed=passed, engine=engine, ray_address=ray_address,
                                   shards=Path(shards) if shards else None, limits=limits)
        path = ledger.store.path
    _ingest_summary(report, path)
    if report.exit_status and (strict or report.exit_status != 3):
        raise SystemExit(report.exit_status)


def _ingest_summary(report: Any, path: Path) -> None:
    """The run in a few lines on stderr: counts, the first reasons of each kind, what to do per code."""
    from .errors import Codes, hint
    text_only = f" ({len(report.text_only)} as text only)" if report.text_only else ""
    partial = f" ({len(report.partial)} analysed in part)" if report.partial else ""
    click.echo(f"read {report.read}, stored {report.stored}{text_only}{partial}, unchanged {report.unchanged}, "
               f"skipped {len(report.skipped)} -> {path}", err=True)
    for label, reasons in (("skipped", report.skipped), ("text only", report.text_only), ("in part", report.partial)):
        for reason in reasons[:20]:
            click.echo(f"  {label}: {reason}", err=True)
        if len(reasons) > 20:
            click.echo(f"  ... and {len(reasons) - 20} more {label} (all of them with -v)", err=True)
    names = {c[:4]: c for c in vars(Codes).values() if isinstance(c, str)}
    for code, n in sorted(report.codes.items()):
        click.echo(f"  {n} x {names.get(code, code)}: {hint(code)}", err=True)


@contextlib.contextmanager
def _progress(paths: tuple[str, ...], fmt: str | None, show: bool) -> Iterator[tuple[Callable[[Any], None], ...]]:
    """A progress bar on stderr over the inputs (with the total and an ETA when it can be known
    before reading), saying what it waits for until the first article is analysed."""
    if not show:
        yield (lambda _: None, lambda _: None)
        return
    from tqdm import tqdm
    from tqdm.contrib.logging import logging_redirect_tqdm  # skips are logged above the bar, not through it
    with tqdm(total=_expected(paths, fmt), unit=" articles", file=sys.stderr, dynamic_ncols=True) as bar, \
            logging_redirect_tqdm():
        bar.set_description("reading, loading the language model")
        analysing = threading.Event()

        def stored(_: Any) -> None:
            if not analysing.is_set():
                analysing.set()
                bar.set_description("analysing")
            bar.update()
        yield (stored, lambda _: bar.update())


def _expected(paths: tuple[str, ...], fmt: str | None) -> int | None:
    """How many inputs PATHS hold, when that is known without parsing them: one article a text
    or HTML file, one a line of JSONL, one skip a missing path; None for stdin, feeds and
    archives (read to know)."""
    from pathlib import Path

    from .ingest.readers import detect_format
    if "-" in paths:
        return None
    files: list[tuple[Path, str | None]] = []
    for path in map(Path, paths):
        if path.is_dir():   # the files newsledger reads in a folder
            found = (f for f in sorted(path.rglob("*")) if f.is_file() and not f.name.startswith("."))
            files += [(f, k) for f in found if (k := fmt or detect_format(f))]
        else:
            files.append((path, fmt or detect_format(path) if path.is_file() else None))
    if any(kind in ("feed", "warc") for _, kind in files):
        return None
    return sum(_records(f) if kind == "jsonl" else 1 for f, kind in files) or None


def _records(path: Path) -> int:
    """Non-blank lines of a JSONL file."""
    n = 0
    with open(path, "rb") as f:
        for line in f:
            n += bool(line.strip())
    return n


@cli.command()
@db_option
@click.option("--speaker", help="Statements by this entity, under any spelling.")
@click.option("--about", help="Statements that mention this entity.")
@click.option("--query", "-q", "q", help="Full-text search over the content.")
@click.option("--forecasts", "forecast", flag_value=True, default=None, help="Only forward-looking statements.")
@click.option("--certainty", type=click.Choice(["asserted", "believed", "speculated"]))
@click.option("--outlet", help="Only statements this outlet reported.")
@dates_option
@limit_option
@offset_option
@output_options
def statements(db: str | None, out: str, **filters: Any) -> None:
    """Who said what, newest first: statements with speaker, cue, certainty."""
    with _open(db) as ledger:
        page = ledger.statements(**filters)
    _emit(out, page.items, _statement_text)
    _page_note(page, "statements")


def _statement_text(s: StatementHit) -> str:
    flags = ", ".join(x for x in (s.kind, s.certainty, "forecast" if s.forecast else "") if x)
    head = f"{s.speaker or '(unattributed)'} — {s.cue or '…'} [{flags}]"
    extra = " ".join(x for x in (f"on {s.channel}" if s.channel else "", f"({s.said_on})" if s.said_on else "") if x)
    body = textwrap.fill(" ".join(s.content.split()), width=100, initial_indent="    “", subsequent_indent="     ")
    return f"{head} {extra}".rstrip() + f"  · {s.article_id}{_corroboration(s)}\n{body}”"


def _corroboration(s: StatementHit) -> str:
    """' · corroborated by 2 other outlets (A, B)' for a claim other outlets reported too."""
    own = {src.outlet or src.id for src in s.sources if src.id == s.article_id}
    others = [o for o in dict.fromkeys(src.outlet or src.id for src in s.sources) if o not in own]
    if not others:
        return ""
    return f" · corroborated by {len(others)} other outlet{'s' if len(others) > 1 else ''} ({', '.join(others)})"


@cli.group(cls=_EntityGroup)
def entity() -> None:
    """An entity's dossier (`entity NAME`), or edit identities (`entity merge`, `entity split`)."""


@entity.command("show")
@click.argument("name")
@db_option
@click.option("--limit", default=50, show_default=True, type=COUNT,
              help="Statements, events and forecasts of each list (the text shows the first 10 statements).")
@output_options
def entity_show(name: str, db: str | None, limit: int, out: str) -> None:
    """Dossier of NAME under any spelling: names, roles, statements by and about, events."""
    with _open(db) as ledger:
        d = ledger.entity(name, limit)
    _emit(out, [d], _dossier_text, whole=d)


def _dossier_text(d: Dossier) -> str:
    seen = f"  seen {d.first_seen_iso} .. {d.last_seen_iso}" if d.first_seen_iso else ""
    lines = [f"{d.name} [{d.type}] #{d.id}  mentions {d.mentions}{seen}",
             "  names: " + ", ".join(f"{a.alias} ({a.n})" for a in d.aliases)]
    if d.roles:
        lines.append("  roles: " + "; ".join(r.role for r in d.roles))
    lines.append(f"  statements by: {d.statements_by.total}, about: {d.statements_about.total},"
                 f" events: {d.events.total}, forecasts: {d.forecasts.total}")
    return "\n".join(lines + [_statement_text(s) for s in d.statements_by.items[:10]])


@entity.command("merge")
@click.argument("keep")
@click.argument("drop")
@click.option("--note", default="")
@db_option
def entity_merge(keep: str, drop: str, note: str, db: str | None) -> None:
    """Merge entity DROP into KEEP (names or ids); the resolver remembers it."""
    with _open(db) as ledger:
        click.echo(_json(ledger.merge(keep, drop, note)))


@entity.command("knowledge")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@db_option
def entity_knowledge(path: str, db: str | None) -> None:
    """Load a knowledge file: known entities with aliases and roles, and names never to merge
    (README: knowledge files). A file that is not one changes nothing."""
    with _open(db, create=True) as ledger:
        click.echo(f"{ledger.load_knowledge(path)} entities known", err=True)


@entity.command("split")
@click.argument("name")
@click.argument("alias")
@click.option("--note", default="")
@db_option
def entity_split(name: str, alias: str, note: str, db: str | None) -> None:
    """Move the mentions written ALIAS out of entity NAME into a new entity."""
    with _open(db) as ledger:
        click.echo(_json(ledger.split(name, alias, note)))


LINE_EXPORTS = ("jsonl", "eval", "ftm", "gexf", "graphml")
TABLE_EXPORTS = ("csv", "parquet", "gdelt")


@cli.command()
@db_option
@click.option("--format", "fmt", type=click.Choice([*LINE_EXPORTS, *TABLE_EXPORTS]), default="jsonl", show_default=True,
              help="gexf, graphml: the whole who-said-what graph (for Gephi; networkx, yEd, Cytoscape).")
@click.option("-o", "--output", type=click.Path(),
              help=f"A file for {', '.join(LINE_EXPORTS)} (none or '-': stdout); a folder for {', '.join(TABLE_EXPORTS)}"
                   " (one file per table; none: ./newsledger-FORMAT).")
@click.option("--event-status", "statuses", multiple=True, default=("occurred",), show_default=True,
              type=click.Choice(["occurred", "planned", "speculated", "denied"]),
              help="gdelt: export the events of this status (repeat for several).")
def export(db: str | None, fmt: str, output: str | None, statuses: tuple[str, ...]) -> None:
    """Export the ledger: JSON lines, the evaluation view, FollowTheMoney entities, the who-said-what
    graph, CSV/Parquet tables, or GDELT 2.0 Events and Mentions rows."""
    if fmt in TABLE_EXPORTS and output == "-":
        raise click.BadParameter(f"{fmt} writes one file per table: give a folder", param_hint="-o")
    from pathlib import Path
    with _open(db) as ledger:
        result = ledger.export(fmt, None if output in (None, "-") else Path(output), statuses)
    if isinstance(result, list):
        click.echo("\n".join(str(p) for p in result), err=True)


@cli.group("forecasts", invoke_without_command=True)
@db_option
@click.option("--speaker", help="Forecasts of this source, under any spelling.")
@click.option("--open", "open_only", is_flag=True, help="Only forecasts without a verdict.")
@click.option("--limit", default=100, show_default=True, type=COUNT, help="How many to show.")
@offset_option
@output_options
@click.pass_context
def forecasts(ctx: click.Context, db: str | None, speaker: str | None, open_only: bool, limit: int, offset: int,
              out: str) -> None:
    """The forecast ledger: list forecasts; `resolve` records a verdict; `scoreboard` shows track records."""
    if ctx.invoked_subcommand:
        return
    with _open(db) as ledger:
        page = ledger.forecasts(speaker=speaker, open_only=open_only, limit=limit, offset=offset)
        rows = [dict(_plain(fc), proposed=[e.id for e in ledger.propose_confirmations(fc.id)] if fc.verdict is None else [])
                for fc in page.items]
    _emit(out, rows, _forecast_text)
    _page_note(page, "forecasts")


def _forecast_text(fc: dict[str, Any]) -> str:
    proposed = ", ".join(map(str, fc["proposed"]))
    state = fc["verdict"] or (f"open; may be settled by event {proposed}" if proposed else "open")
    return (f"#{fc['id']} {fc['speaker'] or '(unattributed)'} on {fc['made_on']} (check by {fc['horizon']}) [{state}]\n"
            + textwrap.fill(" ".join(fc["content"].split()), 100, initial_indent="    ", subsequent_indent="    "))


@forecasts.command("resolve")
@click.argument("forecast_id", type=click.IntRange(1))
@click.option("--came-true/--did-not", "came_true", required=True, help="The verdict.")
@click.option("--note", default="")
@click.option("--event", "event_id", type=click.IntRange(1), help="The event that settles it (an id of the ledger).")
@db_option
def forecasts_resolve(forecast_id: int, came_true: bool, note: str, event_id: int | None, db: str | None) -> None:
    """Record whether forecast FORECAST_ID came true."""
    with _open(db) as ledger:
        click.echo(_json(ledger.resolve_forecast(forecast_id, came_true, note, event_id)))


@forecasts.command("scoreboard")
@db_option
@output_options
def forecasts_scoreboard(db: str | None, out: str) -> None:
    """Each source's record: made, resolved, right, wrong, open, Brier score of stated certainty."""
    with _open(db) as ledger:
        board = ledger.scoreboard()
    if not board:
        click.echo("no forecasts in the ledger", err=True)
    _emit(out, board, lambda r: f"{(r.speaker or '(unattributed)'):<32} made {r.made:>3}  resolved {r.resolved:>3}"
                                f"  right {r.right:>3}  wrong {r.wrong:>3}  open {r.open:>3}"
                                f"  brier {r.brier if r.brier is not None else '—'}")


@cli.command()
@db_option
@click.option("--entity", help="Its ego network: an entity under any spelling, or an id.")
@click.option("--direction", type=click.Choice(["out", "in", "both"]), default="both", show_default=True,
              help="With --entity: whom it named (out), who named it (in), or both.")
@dates_option
@click.option("--min-weight", default=1, show_default=True, type=COUNT, help="Fewest statements per link.")
@click.option("--limit", default=200, show_default=True, type=COUNT, help="Heaviest links kept.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "gexf", "graphml"]), default="text",
              show_default=True, help="gexf: for Gephi; graphml: for networkx, yEd, Cytoscape.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="File to write (default: stdout).")
@output_options
def graph(db: str | None, fmt: str, output: str | None, out: str, **filters: Any) -> None:
    """Who said what about whom: a link from each speaker to every entity named in their statements
    (--csv/--tsv: one row a link)."""
    from .query.graph import to_gexf, to_graphml
    with _open(db) as ledger:
        g = ledger.graph(**filters)
    with _stdout_to(output):
        if fmt in ("gexf", "graphml"):
            click.echo((to_gexf if fmt == "gexf" else to_graphml)(g))
        elif "json" in (fmt, out):
            click.echo(_json(g))
        else:
            _emit(out, _edge_rows(g), lambda _: _graph_text(g), whole=g)
    if not g.edges_total:
        click.echo("no links match", err=True)
    elif len(g.edges) < g.edges_total:
        click.echo(f"showing {len(g.edges)} of {g.edges_total} links (--limit for more)", err=True)


def _graph_text(g: Graph) -> str:
    names = {n.id: n.name for n in g.nodes}
    return "\n".join(f"{names[e.source]} -> {names[e.target]}  ({e.weight})" for e in g.edges)


def _edge_rows(g: Graph) -> list[dict[str, Any]]:
    names = {n.id: n.name for n in g.nodes}
    return [{"source": e.source, "source_name": names[e.source], "target": e.target, "target_name": names[e.target],
             "weight": e.weight} for e in g.edges]


@contextlib.contextmanager
def _stdout_to(output: str | None) -> Iterator[None]:
    """What the command prints goes to the file OUTPUT (none or '-': stdout)."""
    if not output or output == "-":
        yield
        return
    with open(output, "w", encoding="utf-8") as f, contextlib.redirect_stdout(f):
        yield


@cli.command()
@db_option
@click.option("--entity", help="Events it took part in or reported, statements it made (any spelling, or an id).")
@dates_option
@output_options
def timeline(db: str | None, out: str, **filters: Any) -> None:
    """Events by status and statements, per month (--csv/--tsv: one row a month)."""
    with _open(db) as ledger:
        t = ledger.timeline(**filters)
    _emit(out, t.months, _timeline_text, whole=t)


def _timeline_text(t: Timeline) -> str:
    head = f"{'month':<8} {'statements':>10} {'occurred':>9} {'planned':>8} {'speculated':>10} {'denied':>7}"
    rows = [f"{m.month:<8} {m.statements:>10} {m.occurred:>9} {m.planned:>8} {m.speculated:>10} {m.denied:>7}"
            for m in t.months]
    loose = f"not in any month (undated, or a year alone): {t.statements_without_month} statements," \
            f" {t.events_without_month} events"
    return "\n".join([head, *rows, loose]) if t.months else "no dated statements or events\n" + loose


@cli.command()
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
    from .serve.app import run
    from .store.sqlite import db_path
    if token_file is not None:
        token = token_file.readline().strip()
        if not token:
            raise CommandFailed(f"{token_file.name} holds no token")
    elif token and ctx.get_parameter_source("token") == click.core.ParameterSource.COMMANDLINE:
        click.echo("serve: a --token on the command line is visible to every user (ps); "
                   "prefer $NEWSLEDGER_TOKEN or --token-file", err=True)
    with _open(db):   # a ledger that is not there is an error, not a new empty one
        pass
    run(db_path(db), host=host, port=port, token=token, allow_hosts=allow_hosts)



@cli.command()
@db_option
@output_options
def stats(db: str | None, out: str) -> None:
    """Counts of what the ledger holds."""
    with _open(db) as ledger:
        s = ledger.stats()
        path = ledger.store.path
    _emit(out, [s], lambda s: "\n".join([f"store: {path}", *(f"{k:>10}: {v}" for k, v in _plain(s).items())]))


@cli.command()
@db_option
@click.option("--limit", default=30, show_default=True, type=COUNT)
@output_options
def summary(db: str | None, limit: int, out: str) -> None:
    """A readable who-said-what summary of the ledger (--csv/--tsv: its statements)."""
    with _open(db) as ledger:
        s = ledger.stats()
        page = ledger.statements(limit=limit)
        path = ledger.store.path
    if out != "text":
        return _emit(out, page.items, str, whole={"counts": _plain(s), "statements": _plain(page)})
    click.echo(f"newsledger store {path}: " + ", ".join(f"{v} {k}" for k, v in _plain(s).items()))
    click.echo("\nWho said what (newest first):\n")
    for st in page.items:
        click.echo(_statement_text(st) + "\n")
    _page_note(page, "statements")


@cli.command()
@click.argument("sources", nargs=-1)
@db_option
@click.option("--interval", default=300.0, show_default=True, help="Seconds between two polls of a source.")
@click.option("--once", is_flag=True, help="Poll every source once now, then exit.")
@click.option("--status", is_flag=True, help="Show each source's last poll, items, errors and lag, then exit.")
@click.option("--alerts", "alerts_to", help="Also write alerts as JSON lines to this file ('-': stdout).")
@click.option("--webhook", help="POST each alert to this URL, signed with $NEWSLEDGER_WEBHOOK_SECRET (HMAC-SHA256).")
@click.option("--allow-private", is_flag=True, help="Allow private, loopback and link-local addresses (an intranet server).")
@click.option("--ignore-robots", is_flag=True, help="Do not read robots.txt (only for sites you may crawl).")
@click.option("--no-pages", is_flag=True, help="Keep each entry's text from the feed; do not fetch its page.")
@click.option("--host-delay", default=1.0, show_default=True, help="Seconds between two requests to one host.")
@click.option("--timeout", default=20.0, show_default=True, help="Seconds for a whole request.")
@click.option("--max-bytes", default=10 * 1024 * 1024, show_default=True, help="Largest body fetched.")
@output_options
def watch(sources: tuple[str, ...], db: str | None, interval: float, once: bool, status: bool, alerts_to: str | None,
          webhook: str | None, allow_private: bool, ignore_robots: bool, no_pages: bool, host_delay: float,
          timeout: float, max_bytes: int, out: str) -> None:
    """Keep the ledger up to date: poll feed URLs, OPML lists and folders (remembered; none given:
    every source remembered), store what is new and alert on the watchlists. Ctrl-C stops cleanly."""
    from .watch import api
    from .watch.runner import WatchOptions
    with _open(db, create=not status) as ledger:
        if status:
            return _echo_status(api.status(ledger), out)
        options = WatchOptions(interval=interval, allow_private=allow_private, robots=not ignore_robots,
                               follow_pages=not no_pages, host_delay=host_delay, timeout=timeout, max_bytes=max_bytes)
        with _stop_on_signals() as stop:
            total = api.watch(ledger, sources, options, _sinks(alerts_to, webhook), once=once, stop=stop,
                              on_cycle=_echo_cycle)
    click.echo(f"watch: stored {total.stored}, alerts {total.alerts}, errors {len(total.errors)}", err=True)


def _sinks(alerts_to: str | None, webhook: str | None) -> list[Any]:
    import os

    from .watch.delivery import FileSink, StreamSink, WebhookSink
    sinks: list[Any] = []
    if alerts_to:
        sinks.append(StreamSink(sys.stdout) if alerts_to == "-" else FileSink(alerts_to))
    if webhook:
        secret = os.environ.get("NEWSLEDGER_WEBHOOK_SECRET")
        if not secret:
            click.echo("watch: alerts to the webhook go unsigned: set NEWSLEDGER_WEBHOOK_SECRET", err=True)
        sinks.append(WebhookSink(webhook, secret))
    return sinks


@contextlib.contextmanager
def _stop_on_signals() -> Iterator[threading.Event]:
    """An event set by the first SIGINT or SIGTERM (the watcher stops after the article in hand; a
    second one ends the process at once); the previous handlers come back afterwards."""
    stop = threading.Event()

    def handler(signum: int, _frame: Any) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        click.echo(f"watch: stopping ({signal.Signals(signum).name})", err=True)
        stop.set()
    before = {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield stop
    finally:
        for sig, old in before.items():
            signal.signal(sig, old)


def _echo_cycle(cycle: Any) -> None:
    if cycle.stored or cycle.alerts or cycle.errors:
        click.echo(f"watch: polled {cycle.polled}, stored {cycle.stored}, alerts {cycle.alerts}, "
                   f"delivered {cycle.delivered}, errors {len(cycle.errors)}", err=True)


def _echo_status(rows: list[Any], out: str) -> None:
    if not rows:
        click.echo("no sources watched yet", err=True)
    _emit(out, rows, _status_text)


def _status_text(r: Any) -> str:
    lag = f"{r.lag_s:.1f} s" if r.lag_s is not None else "—"
    return (f"#{r.id} {r.kind:<6} {r.location}\n    last poll {r.last_poll or 'never'} [{r.last_status or '—'}]"
            f"  items {r.items} (+{r.last_new})  errors {r.errors} ({r.failures} in a row)  pending {r.pending}"
            f"  lag {lag}  next {r.next_poll or 'now'}" + (f"\n    last error: {r.last_error}" if r.last_error else ""))


@cli.group()
def watchlist() -> None:
    """Saved questions every newly stored article is matched against: `add`, `list`, `remove`."""


@watchlist.command("add")
@click.argument("kind", type=click.Choice(["entity", "speaker", "place", "event", "text", "forecast", "contradiction"]))
@click.argument("value", default="")
@click.option("--label", help="A name for it in the inbox.")
@click.option("--radius", "radius_km", type=float, help="place: kilometres around it (default 50).")
@click.option("--within", "within_days", default=0, show_default=True, help="forecast: alert this many days before it is due.")
@db_option
@output_options
def watchlist_add(kind: str, value: str, label: str | None, radius_km: float | None, within_days: int, db: str | None,
                  out: str) -> None:
    """Watch for KIND: entity NAME, speaker NAME, place NAME|LAT,LON (--radius), event PLOVER_TYPE,
    text "WORDS", forecast [SPEAKER] (--within DAYS), contradiction STATEMENT_ID."""
    from .watch import api
    with _open(db, create=True) as ledger:
        wl = api.add_watchlist(ledger, kind, value, label, radius_km, within_days)
    _emit(out, [wl], lambda wl: f"watchlist #{wl.id} {wl.label}")


@watchlist.command("list")
@db_option
@output_options
def watchlist_list(db: str | None, out: str) -> None:
    """The watchlists, with unread and total alerts."""
    from .watch import api
    with _open(db) as ledger:
        rows = api.watchlists(ledger)
    if not rows:
        click.echo("no watchlists (`newsledger watchlist add` makes one)", err=True)
    _emit(out, rows, lambda wl: f"#{wl.id} {wl.label}  [{wl.kind}]  unread {wl.unread} of {wl.alerts}")


@watchlist.command("remove")
@click.argument("watchlist_id", type=COUNT)
@db_option
def watchlist_remove(watchlist_id: int, db: str | None) -> None:
    """Stop watchlist WATCHLIST_ID (its alerts stay in the inbox)."""
    from .watch import api
    with _open(db) as ledger:
        wl = api.remove_watchlist(ledger, watchlist_id)
    click.echo(f"removed watchlist #{wl.id} {wl.label}", err=True)


@cli.command()
@db_option
@click.option("--unread", is_flag=True, help="Only alerts not yet read.")
@click.option("--watchlist", "watchlist_id", type=COUNT, help="Only this watchlist's alerts.")
@click.option("--limit", default=50, show_default=True, type=COUNT)
@click.option("--mark-read", is_flag=True, help="Mark the alerts shown as read.")
@output_options
def alerts(db: str | None, unread: bool, watchlist_id: int | None, limit: int, mark_read: bool, out: str) -> None:
    """The alerts inbox, newest first: what matched, the evidence, and where to read it."""
    from .watch import api
    with _open(db) as ledger:
        rows = api.alerts(ledger, unread=unread, watchlist=watchlist_id, limit=limit)
        if mark_read:
            api.mark_read(ledger, [a.id for a in rows])
    if not rows:
        click.echo(f"no {'unread ' if unread else ''}alerts", err=True)
    _emit(out, [dict(a.payload(), read_at=a.read_at) for a in rows], _alert_text)


def _alert_text(a: dict[str, Any]) -> str:
    where = a.get("article") or {}
    return (f"{'' if a['read_at'] else '* '}#{a['id']} [{a['watchlist']['label']}] {a['summary']}\n"
            f"    {where.get('outlet') or ''} {where.get('published') or ''} {where.get('url') or where.get('id') or ''}").rstrip()


def main() -> None:
    """The `newsledger` command (errors become one line and exit code 2 in ``_Root``)."""
    cli(standalone_mode=True)
