"""`export`: the ledger as JSON lines, the evaluation view, FollowTheMoney, graphs, tables or GDELT rows."""
from __future__ import annotations

from typing import TYPE_CHECKING

import click

from .common import db_option, open_ledger

if TYPE_CHECKING:
    pass

LINE_EXPORTS = ("jsonl", "eval", "ftm", "gexf", "graphml")


TABLE_EXPORTS = ("csv", "parquet", "gdelt")


@click.command()
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
    with open_ledger(db) as ledger:
        result = ledger.export(fmt, None if output in (None, "-") else Path(output), statuses)
    if isinstance(result, list):
        click.echo("\n".join(str(p) for p in result), err=True)
