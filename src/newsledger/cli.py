"""The command line: a thin layer over ``newsledger.Ledger``; each command is one library call."""
from __future__ import annotations

import contextlib
import json
import logging
import signal
import sys
import textwrap
import threading
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

import click

from .errors import NewsledgerError
from .ledger import Ledger
from .query.results import Dossier, Graph, Page, StatementHit, Timeline
from .query.sql import period_end

db_option = click.option("--db", type=click.Path(dir_okay=False), envvar="NEWSLEDGER_DB",
                         help="Store file (default: $NEWSLEDGER_DB, else ./newsledger.db).")
json_option = click.option("--json", "as_json", is_flag=True, help="JSON (one record a line for lists) instead of text.")
limit_option = click.option("--limit", default=50, show_default=True, type=click.IntRange(1), help="How many to show.")
offset_option = click.option("--offset", default=0, show_default=True, type=click.IntRange(0), help="How many to skip.")


def _date(_: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """An ISO date of any precision (2023, 2023-01, 2023-01-19), checked against the calendar."""
    if value is None:
        return None
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
    """A typed result as the JSON the REST API gives for it."""
    return json.dumps(asdict(obj), ensure_ascii=False)


def _page_note(page: Page[Any], what: str) -> None:
    """On stderr: that nothing matched, or which window of how many is shown."""
    if not page.total:
        click.echo(f"no {what} match", err=True)
    elif len(page.items) < page.total:
        first = page.offset + 1
        click.echo(f"{what} {first}-{page.offset + len(page.items)} of {page.total} (--limit/--offset for more)", err=True)


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
@click.option("--query", "-q", "q", help="Full-text search over the content.")
@click.option("--forecasts", "forecast", flag_value=True, default=None, help="Only forward-looking statements.")
@click.option("--certainty", type=click.Choice(["asserted", "believed", "speculated"]))
@click.option("--outlet", help="Only statements this outlet reported.")
@dates_option
@limit_option
@offset_option
@json_option
def statements(db: str | None, as_json: bool, **filters: Any) -> None:
    """Who said what, newest first: statements with speaker, cue, certainty."""
    with Ledger(db) as ledger:
        page = ledger.statements(**filters)
    for s in page.items:
        click.echo(_json(s) if as_json else _statement_text(s))
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
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1),
              help="Statements, events and forecasts of each list (the text shows the first 10 statements).")
@json_option
def entity_show(name: str, db: str | None, limit: int, as_json: bool) -> None:
    """Dossier of NAME under any spelling: names, roles, statements by and about, events."""
    with Ledger(db) as ledger:
        d = ledger.entity(name, limit)
    click.echo(_json(d) if as_json else _dossier_text(d))


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
@click.option("--event-status", "statuses", multiple=True, default=("occurred",), show_default=True,
              type=click.Choice(["occurred", "planned", "speculated", "denied"]),
              help="gdelt: export the events of this status (repeat for several).")
def export(db: str | None, fmt: str, output: str | None, statuses: tuple[str, ...]) -> None:
    """Export the ledger: JSON lines, the evaluation view, FollowTheMoney entities, CSV/Parquet tables,
    or GDELT 2.0 Events and Mentions rows."""
    with Ledger(db) as ledger:
        result = ledger.export(fmt, None if output in (None, "-") else Path(output), statuses)
    if isinstance(result, list):
        click.echo("\n".join(str(p) for p in result), err=True)


@cli.group("forecasts", invoke_without_command=True)
@db_option
@click.option("--speaker", help="Forecasts of this source, under any spelling.")
@click.option("--open", "open_only", is_flag=True, help="Only forecasts without a verdict.")
@click.option("--limit", default=100, show_default=True, type=click.IntRange(1), help="How many to show.")
@offset_option
@json_option
@click.pass_context
def forecasts(ctx: click.Context, db: str | None, speaker: str | None, open_only: bool, limit: int, offset: int,
              as_json: bool) -> None:
    """The forecast ledger: list forecasts; `resolve` records a verdict; `scoreboard` shows track records."""
    if ctx.invoked_subcommand:
        return
    with Ledger(db) as ledger:
        page = ledger.forecasts(speaker=speaker, open_only=open_only, limit=limit, offset=offset)
        proposed = {fc.id: [e.id for e in ledger.propose_confirmations(fc.id)] if fc.verdict is None else []
                    for fc in page.items}
    for fc in page.items:
        if as_json:
            click.echo(json.dumps(dict(asdict(fc), proposed=proposed[fc.id]), ensure_ascii=False))
            continue
        state = fc.verdict or ("open; may be settled by event " + ", ".join(map(str, proposed[fc.id]))
                               if proposed[fc.id] else "open")
        click.echo(f"#{fc.id} {fc.speaker or '(unattributed)'} on {fc.made_on} (check by {fc.horizon}) [{state}]")
        click.echo(textwrap.fill(" ".join(fc.content.split()), 100, initial_indent="    ", subsequent_indent="    "))
    _page_note(page, "forecasts")


@forecasts.command("resolve")
@click.argument("forecast_id", type=int)
@click.option("--came-true/--did-not", "came_true", required=True, help="The verdict.")
@click.option("--note", default="")
@click.option("--event", "event_id", type=int, help="The event that settles it.")
@db_option
def forecasts_resolve(forecast_id: int, came_true: bool, note: str, event_id: int | None, db: str | None) -> None:
    """Record whether forecast FORECAST_ID came true."""
    with Ledger(db) as ledger:
        click.echo(_json(ledger.resolve_forecast(forecast_id, came_true, note, event_id)))


@forecasts.command("scoreboard")
@db_option
@json_option
def forecasts_scoreboard(db: str | None, as_json: bool) -> None:
    """Each source's record: made, resolved, right, wrong, open, Brier score of stated certainty."""
    with Ledger(db) as ledger:
        board = ledger.scoreboard()
    if not board:
        click.echo("no forecasts in the ledger", err=True)
    for r in board:
        click.echo(_json(r) if as_json else
                   f"{(r.speaker or '(unattributed)'):<32} made {r.made:>3}  resolved {r.resolved:>3}  right {r.right:>3}"
                   f"  wrong {r.wrong:>3}  open {r.open:>3}  brier {r.brier if r.brier is not None else '—'}")


@cli.command()
@db_option
@click.option("--entity", help="Its ego network: an entity under any spelling, or an id.")
@click.option("--direction", type=click.Choice(["out", "in", "both"]), default="both", show_default=True,
              help="With --entity: whom it named (out), who named it (in), or both.")
@dates_option
@click.option("--min-weight", default=1, show_default=True, type=click.IntRange(1), help="Fewest statements per link.")
@click.option("--limit", default=200, show_default=True, type=click.IntRange(1), help="Heaviest links kept.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "gexf", "graphml"]), default="text",
              show_default=True, help="gexf: for Gephi; graphml: for networkx, yEd, Cytoscape.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="File to write (default: stdout).")
@json_option
def graph(db: str | None, fmt: str, output: str | None, as_json: bool, **filters: Any) -> None:
    """Who said what about whom: a link from each speaker to every entity named in their statements."""
    from .query.graph import to_gexf, to_graphml
    with Ledger(db) as ledger:
        g = ledger.graph(**filters)
    fmt = "json" if as_json else fmt
    text = {"json": _json, "gexf": to_gexf, "graphml": to_graphml, "text": _graph_text}[fmt](g)
    if output and output != "-":
        Path(output).write_text(text + "\n", encoding="utf-8")
    else:
        click.echo(text)
    if not g.edges_total:
        click.echo("no links match", err=True)
    elif len(g.edges) < g.edges_total:
        click.echo(f"showing {len(g.edges)} of {g.edges_total} links (--limit for more)", err=True)


def _graph_text(g: Graph) -> str:
    names = {n.id: n.name for n in g.nodes}
    return "\n".join(f"{names[e.source]} -> {names[e.target]}  ({e.weight})" for e in g.edges)


@cli.command()
@db_option
@click.option("--entity", help="Events it took part in or reported, statements it made (any spelling, or an id).")
@dates_option
@json_option
def timeline(db: str | None, as_json: bool, **filters: Any) -> None:
    """Events by status and statements, per month."""
    with Ledger(db) as ledger:
        t = ledger.timeline(**filters)
    click.echo(_json(t) if as_json else _timeline_text(t))


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
    click.echo(_json(s) if as_json else "\n".join([f"store: {path}", *(f"{k:>10}: {v}" for k, v in asdict(s).items())]))


@cli.command()
@db_option
@click.option("--limit", default=30, show_default=True, type=click.IntRange(1))
@json_option
def summary(db: str | None, limit: int, as_json: bool) -> None:
    """A readable who-said-what summary of the ledger."""
    with Ledger(db) as ledger:
        s = ledger.stats()
        page = ledger.statements(limit=limit)
        path = ledger.store.path
    if as_json:
        click.echo(json.dumps({"counts": asdict(s), "statements": asdict(page)}, ensure_ascii=False))
        return
    click.echo(f"newsledger store {path}: " + ", ".join(f"{v} {k}" for k, v in asdict(s).items()))
    click.echo("\nWho said what (newest first):\n")
    for st in page.items:
        click.echo(_statement_text(st) + "\n")


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
@json_option
def watch(sources: tuple[str, ...], db: str | None, interval: float, once: bool, status: bool, alerts_to: str | None,
          webhook: str | None, allow_private: bool, ignore_robots: bool, no_pages: bool, host_delay: float,
          timeout: float, max_bytes: int, as_json: bool) -> None:
    """Keep the ledger up to date: poll feed URLs, OPML lists and folders (remembered; none given:
    every source remembered), store what is new and alert on the watchlists. Ctrl-C stops cleanly."""
    from .watch import api
    from .watch.runner import WatchOptions
    with Ledger(db) as ledger:
        if status:
            return _echo_status(api.status(ledger), as_json)
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


def _echo_status(rows: list[Any], as_json: bool) -> None:
    from dataclasses import asdict
    for r in rows:
        if as_json:
            click.echo(json.dumps(asdict(r), ensure_ascii=False))
            continue
        lag = f"{r.lag_s:.1f} s" if r.lag_s is not None else "—"
        click.echo(f"#{r.id} {r.kind:<6} {r.location}\n    last poll {r.last_poll or 'never'} [{r.last_status or '—'}]"
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
@json_option
def watchlist_add(kind: str, value: str, label: str | None, radius_km: float | None, within_days: int, db: str | None,
                  as_json: bool) -> None:
    """Watch for KIND: entity NAME, speaker NAME, place NAME|LAT,LON (--radius), event PLOVER_TYPE,
    text "WORDS", forecast [SPEAKER] (--within DAYS), contradiction STATEMENT_ID."""
    from .watch import api
    with Ledger(db) as ledger:
        wl = api.add_watchlist(ledger, kind, value, label, radius_km, within_days)
    click.echo(json.dumps(_plain(wl), ensure_ascii=False) if as_json else f"watchlist #{wl.id} {wl.label}")


@watchlist.command("list")
@db_option
@json_option
def watchlist_list(db: str | None, as_json: bool) -> None:
    """The watchlists, with unread and total alerts."""
    from .watch import api
    with Ledger(db) as ledger:
        rows = api.watchlists(ledger)
    for wl in rows:
        click.echo(json.dumps(_plain(wl), ensure_ascii=False) if as_json else
                   f"#{wl.id} {wl.label}  [{wl.kind}]  unread {wl.unread} of {wl.alerts}")


@watchlist.command("remove")
@click.argument("watchlist_id", type=int)
@db_option
def watchlist_remove(watchlist_id: int, db: str | None) -> None:
    """Stop watchlist WATCHLIST_ID (its alerts stay in the inbox)."""
    from .watch import api
    with Ledger(db) as ledger:
        wl = api.remove_watchlist(ledger, watchlist_id)
    click.echo(f"removed watchlist #{wl.id} {wl.label}", err=True)


@cli.command()
@db_option
@click.option("--unread", is_flag=True, help="Only alerts not yet read.")
@click.option("--watchlist", "watchlist_id", type=int, help="Only this watchlist's alerts.")
@click.option("--limit", default=50, show_default=True)
@click.option("--mark-read", is_flag=True, help="Mark the alerts shown as read.")
@json_option
def alerts(db: str | None, unread: bool, watchlist_id: int | None, limit: int, mark_read: bool, as_json: bool) -> None:
    """The alerts inbox, newest first: what matched, the evidence, and where to read it."""
    from .watch import api
    with Ledger(db) as ledger:
        rows = api.alerts(ledger, unread=unread, watchlist=watchlist_id, limit=limit)
        if mark_read:
            api.mark_read(ledger, [a.id for a in rows])
    for a in rows:
        if as_json:
            click.echo(json.dumps(dict(a.payload(), read_at=a.read_at), ensure_ascii=False))
            continue
        where = a.detail.get("article") or {}
        click.echo(f"{'' if a.read_at else '* '}#{a.id} [{a.detail['watchlist']['label']}] {a.summary}\n"
                   f"    {where.get('outlet') or ''} {where.get('published') or ''} {where.get('url') or where.get('id') or ''}".rstrip())


def _plain(obj: Any) -> dict[str, Any]:
    from dataclasses import asdict
    return asdict(obj)


def main() -> None:
    try:
        cli(standalone_mode=True)
    except NewsledgerError as err:
        from .errors import hint
        click.echo(f"newsledger: error: {err}" + (f"\n  what to do: {hint(err.code)}" if hint(err.code) else ""), err=True)
        raise SystemExit(2) from None
