"""The forecast ledger: `forecasts`, `forecasts resolve`, `forecasts scoreboard`."""
from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING, Any

import click

from .common import COUNT, db_option, emit, json_line, offset_option, open_ledger, output_options, page_note, plain

if TYPE_CHECKING:
    pass


@click.group("forecasts", invoke_without_command=True)
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
    with open_ledger(db) as ledger:
        page = ledger.forecasts(speaker=speaker, open_only=open_only, limit=limit, offset=offset)
        rows = [dict(plain(fc), proposed=[e.id for e in ledger.propose_confirmations(fc.id)] if fc.verdict is None else [])
                for fc in page.items]
    emit(out, rows, _forecast_text)
    page_note(page, "forecasts")


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
    with open_ledger(db) as ledger:
        click.echo(json_line(ledger.resolve_forecast(forecast_id, came_true, note, event_id)))


@forecasts.command("scoreboard")
@db_option
@output_options
def forecasts_scoreboard(db: str | None, out: str) -> None:
    """Each source's record: made, resolved, right, wrong, open, Brier score of stated certainty."""
    with open_ledger(db) as ledger:
        board = ledger.scoreboard()
    if not board:
        click.echo("no forecasts in the ledger", err=True)
    emit(out, board, lambda r: f"{(r.speaker or '(unattributed)'):<32} made {r.made:>3}  resolved {r.resolved:>3}"
                                f"  right {r.right:>3}  wrong {r.wrong:>3}  open {r.open:>3}"
                                f"  brier {r.brier if r.brier is not None else '—'}")
