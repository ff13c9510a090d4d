"""`export`: the ledger as JSON lines, the evaluation view, FollowTheMoney, graphs, tables or GDELT rows."""
from __future__ import annotations

from . import CommandFailed
from .common import command, db_option, open_ledger, option, say

LINE_EXPORTS = ("jsonl", "eval", "ftm", "gexf", "graphml")


TABLE_EXPORTS = ("csv", "parquet", "gdelt")


@command(db_option,
         option("--format", dest="fmt", choices=[*LINE_EXPORTS, *TABLE_EXPORTS], default="jsonl",
                help="gexf, graphml: the whole who-said-what graph (for Gephi; networkx, yEd, Cytoscape; default: %(default)s)."),
         option("-o", "--output", metavar="PATH",
                help=f"A file for {', '.join(LINE_EXPORTS)} (none or '-': stdout); a folder for {', '.join(TABLE_EXPORTS)}"
                     " (one file per table; none: ./newsledger-FORMAT)."),
         option("--event-status", dest="statuses", action="append", choices=["occurred", "planned", "speculated", "denied"],
                help="gdelt: export the events of this status (repeat for several; default: occurred)."))
def export(db: str | None, fmt: str, output: str | None, statuses: tuple[str, ...] | None) -> None:
    """Export the ledger: JSON lines, the evaluation view, FollowTheMoney entities, the who-said-what
    graph, CSV/Parquet tables, or GDELT 2.0 Events and Mentions rows."""
    if fmt in TABLE_EXPORTS and output == "-":
        raise CommandFailed(f"-o: {fmt} writes one file per table: give a folder")
    from pathlib import Path
    with open_ledger(db) as ledger:
        result = ledger.export(fmt, None if output in (None, "-") else Path(output), statuses or ("occurred",))
    if isinstance(result, list):
        say("\n".join(str(p) for p in result))
