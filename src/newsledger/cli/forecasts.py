"""The forecast ledger: `forecasts`, `forecasts resolve`, `forecasts scoreboard`."""
from __future__ import annotations

import textwrap
from typing import Any

from .common import (
    COUNT,
    command,
    count,
    db_option,
    emit,
    json_line,
    offset_option,
    one_of,
    open_ledger,
    option,
    output_options,
    page_note,
    plain,
    readable_date,
    say,
)


@command(db_option,
         option("--speaker", metavar="NAME", help="Forecasts of this source, under any spelling."),
         option("--open", dest="open_only", action="store_true", help="Only forecasts without a verdict."),
         option("--limit", default=100, type=COUNT, metavar="N", help="How many to show (default: %(default)s)."),
         offset_option, *output_options)
def forecasts(db: str | None, speaker: str | None, open_only: bool, limit: int, offset: int, out: str) -> None:
    """The forecast ledger: list forecasts; `resolve` records a verdict; `scoreboard` shows track records."""
    with open_ledger(db) as ledger:
        page = ledger.forecasts(speaker=speaker, open_only=open_only, limit=limit, offset=offset)
        rows = [dict(plain(fc), proposed=[e.id for e in ledger.propose_confirmations(fc.id)] if fc.verdict is None else [])
                for fc in page.items]
    emit(out, rows, _forecast_text)
    page_note(page, "forecasts")


def _forecast_text(fc: dict[str, Any]) -> str:
    """One forecast as a reader scans it: who, when, by when, and the words that predict (not the whole quote)."""
    proposed = ", ".join(map(str, fc["proposed"]))
    state = fc["verdict"] or (f"open; may be settled by event {proposed}" if proposed else "open")
    horizon = f"check by {readable_date(fc['horizon'])}" if fc["horizon"] else "no date to check it by"
    return (f"#{fc['id']} {fc['speaker'] or '(unattributed)'} on {readable_date(fc['made_on'])} ({horizon}) [{state}]\n"
            + textwrap.fill(" ".join((fc["claim"] or fc["content"]).split()), 100, initial_indent="    ", subsequent_indent="    "))


@forecasts.subcommand("resolve", option("forecast_id", type=count(1, None), metavar="FORECAST_ID"),
                      one_of(option("--came-true", dest="came_true", action="store_const", const=True, help="The verdict: it came true."),
                             option("--did-not", dest="came_true", action="store_const", const=False, help="The verdict: it did not."),
                             required=True),
                      option("--note", default=""),
                      option("--event", dest="event_id", type=count(1, None), metavar="ID",
                             help="The event that settles it (an id of the ledger)."),
                      db_option)
def forecasts_resolve(forecast_id: int, came_true: bool, note: str, event_id: int | None, db: str | None) -> None:
    """Record whether forecast FORECAST_ID came true."""
    with open_ledger(db) as ledger:
        print(json_line(ledger.resolve_forecast(forecast_id, came_true, note, event_id)))


@forecasts.subcommand("scoreboard", db_option, *output_options)
def forecasts_scoreboard(db: str | None, out: str) -> None:
    """Each source's record: made, resolved, right, wrong, open, Brier score of stated certainty."""
    with open_ledger(db) as ledger:
        board = ledger.scoreboard()
    if not board:
        say("no forecasts in the ledger")
    emit(out, board, lambda r: f"{(r.speaker or '(unattributed)'):<32} made {r.made:>3}  resolved {r.resolved:>3}"
                                f"  right {r.right:>3}  wrong {r.wrong:>3}  open {r.open:>3}"
                                f"  brier {r.brier if r.brier is not None else '—'}")
