"""The command line: a thin layer over ``newsledger.Ledger``; each command is one library call."""
from __future__ import annotations

import json
import logging
import sys
import textwrap
from pathlib import Path
from typing import Any

import click

from .errors import NewsledgerError
from .ledger import Ledger

db_option = click.option("--db", type=click.Path(dir_okay=False), envvar="NEWSLEDGER_DB",
                         help="Store file (default: $NEWSLEDGER_DB, else ./newsledger.db).")
json_option = click.option("--json", "as_json", is_flag=True, help="JSON lines instead of text.")


class _EntityGroup(click.Group):
    """`entity NAME` shows a dossier; `entity merge|split ...` edit identities."""

    def resolve_command(self, ctx: click.Context, args: list[str]):
        if args and args[0] not in self.commands:
            args = ["show", *args]
        return super().resolve_command(ctx, args)


@click.group()
@click.version_option(package_name="newsledger")
@click.option("-v", "--verbose", is_flag=True, help="Log every skipped input and decision.")
def cli(verbose: bool) -> None:
    """newsledger: a ledger of who said, did and predicted what in the news."""
    _log_to_stderr(verbose)


def _log_to_stderr(verbose: bool) -> None:
    """newsledger's log on stderr (its decisions too with -v); the parsers' own messages about
    the inputs they fail on only with -v, as each such input is already a coded skip."""
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
def ingest(paths: tuple[str, ...], db: str | None, fmt: str | None, processes: int, batch_size: int,
           progress: bool | None, engine: str, ray_address: str | None, shards: str | None,
           limit_settings: tuple[str, ...]) -> None:
    """Read, analyse and store articles: files, folders, JSONL, saved pages, feeds, WARC, .gz of any;
    '-' is JSONL on stdin. Exit code 0: all stored; 1: nothing could be read; 2: the command failed
    (the ledger is as it was before the article in hand); 3: some inputs skipped or analysed in part."""
    from tqdm import tqdm

    from .limits import Limits
    try:
        limits = Limits.parse(limit_settings)
    except ValueError as err:
        raise click.BadParameter(str(err), param_hint="--limit") from None
    show = sys.stderr.isatty() if progress is None else progress
    with Ledger(db) as ledger, tqdm(unit=" articles", disable=not show, file=sys.stderr) as bar:
        report = ledger.ingest(paths, fmt=fmt, processes=processes, batch_size=batch_size, on_article=lambda _: bar.update(),
                               engine=engine, ray_address=ray_address, shards=Path(shards) if shards else None,
                               limits=limits)
        path = ledger.store.path
    _ingest_summary(report, path)
    if report.exit_status:
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


@cli.command()
@db_option
@click.option("--speaker", help="Statements by this entity, under any spelling.")
@click.option("--about", help="Statements that mention this entity.")
@click.option("--query", "-q", help="Full-text search over the content.")
@click.option("--forecasts", is_flag=True, help="Only forward-looking statements.")
@click.option("--certainty", type=click.Choice(["asserted", "believed", "speculated"]))
@click.option("--limit", default=50, show_default=True)
@json_option
def statements(db: str | None, as_json: bool, **filters: Any) -> None:
    """Who said what: statements with speaker, cue, certainty."""
    with Ledger(db) as ledger:
        rows = ledger.statements(**filters)
    for s in rows:
        click.echo(json.dumps(s, ensure_ascii=False) if as_json else _statement_text(s))


def _statement_text(s: dict[str, Any]) -> str:
    flags = ", ".join(x for x in (s["kind"], s["certainty"], "forecast" if s["forecast"] else "") if x)
    head = f"{s['speaker'] or '(unattributed)'} — {s['cue'] or '…'} [{flags}]"
    extra = " ".join(x for x in (f"on {s['channel']}" if s["channel"] else "", f"({s['said_on']})" if s["said_on"] else "") if x)
    body = textwrap.fill(" ".join(s["content"].split()), width=100, initial_indent="    “", subsequent_indent="     ")
    return f"{head} {extra}".rstrip() + f"  · {s['article_id']}{_corroboration(s)}\n{body}”"


def _corroboration(s: dict[str, Any]) -> str:
    """' · corroborated by 2 other outlets (A, B)' for a claim other outlets reported too."""
    sources = s.get("sources", [])
    own = {src["outlet"] or src["id"] for src in sources if src["id"] == s["article_id"]}
    others = [o for o in dict.fromkeys(src["outlet"] or src["id"] for src in sources) if o not in own]
    if not others:
        return ""
    return f" · corroborated by {len(others)} other outlet{'s' if len(others) > 1 else ''} ({', '.join(others)})"


@cli.group(cls=_EntityGroup)
def entity() -> None:
    """An entity's dossier (`entity NAME`), or edit identities (`entity merge`, `entity split`)."""


@entity.command("show")
@click.argument("name")
@db_option
@json_option
def entity_show(name: str, db: str | None, as_json: bool) -> None:
    """Dossier of NAME under any spelling: names, roles, statements by and about, events."""
    with Ledger(db) as ledger:
        d = ledger.entity(name)
    if as_json:
        click.echo(json.dumps(d, ensure_ascii=False, indent=1))
        return
    click.echo(f"{d['name']} [{d['type']}] #{d['id']}  mentions {d['mentions']}  seen {d['first_seen']} .. {d['last_seen']}")
    click.echo("  names: " + ", ".join(f"{a['alias']} ({a['n']})" for a in d["aliases"]))
    if d["roles"]:
        click.echo("  roles: " + "; ".join(r["role"] for r in d["roles"]))
    click.echo(f"  statements by: {len(d['statements_by'])}, about: {len(d['statements_about'])}, events: {len(d['events'])}")
    for s in d["statements_by"][:10]:
        click.echo(_statement_text(s))


@entity.command("merge")
@click.argument("keep")
@click.argument("drop")
@click.option("--note", default="")
@db_option
def entity_merge(keep: str, drop: str, note: str, db: str | None) -> None:
    """Merge entity DROP into KEEP (names or ids); the resolver remembers it."""
    with Ledger(db) as ledger:
        click.echo(json.dumps(ledger.merge(keep, drop, note)))


@entity.command("knowledge")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@db_option
def entity_knowledge(path: str, db: str | None) -> None:
    """Load a knowledge file: known entities with aliases and roles, and names never to merge."""
    with Ledger(db) as ledger:
        click.echo(f"{ledger.load_knowledge(path)} entities known", err=True)


@entity.command("split")
@click.argument("name")
@click.argument("alias")
@click.option("--note", default="")
@db_option
def entity_split(name: str, alias: str, note: str, db: str | None) -> None:
    """Move the mentions written ALIAS out of entity NAME into a new entity."""
    with Ledger(db) as ledger:
        click.echo(json.dumps(ledger.split(name, alias, note)))


@cli.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "eval", "ftm", "csv", "parquet", "gdelt"]), default="jsonl",
              show_default=True)
@click.option("-o", "--output", type=click.Path(), help="File (jsonl, eval, ftm) or folder (csv, parquet, gdelt); '-' or none: stdout.")
def export(db: str | None, fmt: str, output: str | None) -> None:
    """Export the ledger: JSON lines, the evaluation view, FollowTheMoney entities, CSV/Parquet tables,
    or GDELT-style event and mention rows."""
    with Ledger(db) as ledger:
        result = ledger.export(fmt, None if output in (None, "-") else Path(output))
    if isinstance(result, list):
        click.echo("\n".join(str(p) for p in result), err=True)


@cli.group("forecasts", invoke_without_command=True)
@db_option
@click.option("--speaker", help="Forecasts of this source, under any spelling.")
@click.option("--open", "open_only", is_flag=True, help="Only forecasts without a verdict.")
@json_option
@click.pass_context
def forecasts(ctx: click.Context, db: str | None, speaker: str | None, open_only: bool, as_json: bool) -> None:
    """The forecast ledger: list forecasts; `resolve` records a verdict; `scoreboard` shows track records."""
    if ctx.invoked_subcommand:
        return
    with Ledger(db) as ledger:
        rows = ledger.forecasts(speaker=speaker, open_only=open_only)
        for fc in rows:
            fc["proposed"] = [e["id"] for e in ledger.propose_confirmations(fc["id"])] if fc["verdict"] is None else []
    for fc in rows:
        if as_json:
            click.echo(json.dumps(fc, ensure_ascii=False))
            continue
        state = fc["verdict"] or ("open; may be settled by event " + ", ".join(map(str, fc["proposed"])) if fc["proposed"] else "open")
        click.echo(f"#{fc['id']} {fc['speaker'] or '(unattributed)'} on {fc['made_on']} (check by {fc['horizon']}) [{state}]")
        click.echo(textwrap.fill(" ".join(fc["content"].split()), 100, initial_indent="    ", subsequent_indent="    "))


@forecasts.command("resolve")
@click.argument("forecast_id", type=int)
@click.option("--came-true/--did-not", "came_true", required=True, help="The verdict.")
@click.option("--note", default="")
@click.option("--event", "event_id", type=int, help="The event that settles it.")
@db_option
def forecasts_resolve(forecast_id: int, came_true: bool, note: str, event_id: int | None, db: str | None) -> None:
    """Record whether forecast FORECAST_ID came true."""
    with Ledger(db) as ledger:
        click.echo(json.dumps(ledger.resolve_forecast(forecast_id, came_true, note, event_id), ensure_ascii=False))


@forecasts.command("scoreboard")
@db_option
@json_option
def forecasts_scoreboard(db: str | None, as_json: bool) -> None:
    """Each source's record: made, resolved, right, wrong, open, Brier score of stated certainty."""
    with Ledger(db) as ledger:
        board = ledger.scoreboard()
    for r in board:
        click.echo(json.dumps(r, ensure_ascii=False) if as_json else
                   f"{(r['speaker'] or '(unattributed)'):<32} made {r['made']:>3}  resolved {r['resolved']:>3}  right {r['right']:>3}"
                   f"  wrong {r['wrong']:>3}  open {r['open']:>3}  brier {r['brier'] if r['brier'] is not None else '—'}")


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback by default).")
@click.option("--port", default=8765, show_default=True)
@click.option("--token", envvar="NEWSLEDGER_TOKEN", help="Bearer token that enables the write endpoints.")
def serve(db: str | None, host: str, port: int, token: str | None) -> None:
    """Serve the REST API (OpenAPI at /openapi.json) and the web UI."""
    from .serve.app import run
    from .store.sqlite import db_path
    run(db_path(db), host=host, port=port, token=token)


@cli.command()
@db_option
@json_option
def stats(db: str | None, as_json: bool) -> None:
    """Counts of what the ledger holds."""
    with Ledger(db) as ledger:
        s = ledger.stats()
        path = ledger.store.path
    click.echo(json.dumps(s) if as_json else "\n".join([f"store: {path}", *(f"{k:>10}: {v}" for k, v in s.items())]))


@cli.command()
@db_option
@click.option("--limit", default=30, show_default=True)
def summary(db: str | None, limit: int) -> None:
    """A readable who-said-what summary of the ledger."""
    with Ledger(db) as ledger:
        s = ledger.stats()
        rows = ledger.statements(limit=limit)
        click.echo(f"newsledger store {ledger.store.path}: " + ", ".join(f"{v} {k}" for k, v in s.items()))
    click.echo("\nWho said what (newest first):\n")
    for st in rows:
        click.echo(_statement_text(st) + "\n")


def main() -> None:
    try:
        cli(standalone_mode=True)
    except NewsledgerError as err:
        from .errors import hint
        click.echo(f"newsledger: error: {err}" + (f"\n  what to do: {hint(err.code)}" if hint(err.code) else ""), err=True)
        raise SystemExit(2) from None
