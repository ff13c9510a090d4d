"""The commands that list what the ledger holds: `statements`, `summary`, `timeline`, `graph` (`stats`
has a module of its own)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .common import (
    COUNT,
    command,
    dates_options,
    db_option,
    emit,
    file_path,
    json_line,
    limit_option,
    offset_option,
    open_ledger,
    option,
    output_options,
    page_note,
    plain,
    say,
    statement_text,
    stdout_to,
)

if TYPE_CHECKING:
    from ..query.results import Graph, Timeline


@command(db_option,
         option("--speaker", metavar="NAME", help="Statements by this entity, under any spelling."),
         option("--about", metavar="NAME", help="Statements that mention this entity."),
         option("--query", "-q", dest="q", metavar="TEXT", help="Full-text search over the content."),
         option("--forecasts", dest="forecast", action="store_const", const=True, help="Only forward-looking statements."),
         option("--certainty", choices=["asserted", "believed", "speculated"]),
         option("--outlet", help="Only statements this outlet reported."),
         *dates_options, limit_option, offset_option, *output_options)
def statements(db: str | None, out: str, **filters: Any) -> None:
    """Who said what, newest first: statements with speaker, cue, certainty."""
    with open_ledger(db) as ledger:
        page = ledger.statements(**filters)
    emit(out, page.items, statement_text)
    page_note(page, "statements")


@command(db_option, option("--limit", default=30, type=COUNT, metavar="N", help="Statements shown (default: %(default)s)."),
         *output_options)
def summary(db: str | None, limit: int, out: str) -> None:
    """A readable who-said-what summary of the ledger (--csv/--tsv: its statements)."""
    with open_ledger(db) as ledger:
        s = ledger.stats()
        page = ledger.statements(limit=limit)
        path = ledger.store.path
    if out != "text":
        return emit(out, page.items, str, whole={"counts": plain(s), "statements": plain(page)})
    print(f"newsledger store {path}: " + ", ".join(f"{v} {k}" for k, v in plain(s).items()))
    print("\nWho said what (newest first):\n")
    for st in page.items:
        print(statement_text(st) + "\n")
    page_note(page, "statements")


@command(db_option,
         option("--entity", metavar="NAME", help="Events it took part in or reported, statements it made (any spelling, or an id)."),
         *dates_options, *output_options)
def timeline(db: str | None, out: str, **filters: Any) -> None:
    """Events by status and statements, per month (--csv/--tsv: one row a month)."""
    with open_ledger(db) as ledger:
        t = ledger.timeline(**filters)
    emit(out, t.months, _timeline_text, whole=t)


def _timeline_text(t: Timeline) -> str:
    head = f"{'month':<8} {'statements':>10} {'occurred':>9} {'planned':>8} {'speculated':>10} {'denied':>7}"
    rows = [f"{m.month:<8} {m.statements:>10} {m.occurred:>9} {m.planned:>8} {m.speculated:>10} {m.denied:>7}"
            for m in t.months]
    loose = f"not in any month (undated, or a year alone): {t.statements_without_month} statements," \
            f" {t.events_without_month} events"
    return "\n".join([head, *rows, loose]) if t.months else "no dated statements or events\n" + loose


@command(db_option,
         option("--entity", metavar="NAME", help="Its ego network: an entity under any spelling, or an id."),
         option("--direction", choices=["out", "in", "both"], default="both",
                help="With --entity: whom it named (out), who named it (in), or both (default: %(default)s)."),
         *dates_options,
         option("--min-weight", default=1, type=COUNT, metavar="N", help="Fewest statements per link (default: %(default)s)."),
         option("--limit", default=200, type=COUNT, metavar="N", help="Heaviest links kept (default: %(default)s)."),
         option("--format", dest="fmt", choices=["text", "json", "gexf", "graphml"], default="text",
                help="gexf: for Gephi; graphml: for networkx, yEd, Cytoscape (default: %(default)s)."),
         option("-o", "--output", type=file_path, metavar="FILE", help="File to write (default: stdout)."),
         *output_options)
def graph(db: str | None, fmt: str, output: str | None, out: str, **filters: Any) -> None:
    """Who said what about whom: a link from each speaker to every entity named in their statements
    (--csv/--tsv: one row a link)."""
    from ..query.graph import to_gexf, to_graphml
    with open_ledger(db) as ledger:
        g = ledger.graph(**filters)
    with stdout_to(output):
        if fmt in ("gexf", "graphml"):
            print((to_gexf if fmt == "gexf" else to_graphml)(g))
        elif "json" in (fmt, out):
            print(json_line(g))
        else:
            emit(out, _edge_rows(g), lambda _: _graph_text(g), whole=g)
    if not g.edges_total:
        say("no links match")
    elif len(g.edges) < g.edges_total:
        say(f"showing {len(g.edges)} of {g.edges_total} links (--limit for more)")


def _graph_text(g: Graph) -> str:
    names = {n.id: n.name for n in g.nodes}
    return "\n".join(f"{names[e.source]} -> {names[e.target]}  ({e.weight})" for e in g.edges)


def _edge_rows(g: Graph) -> list[dict[str, Any]]:
    names = {n.id: n.name for n in g.nodes}
    return [{"source": e.source, "source_name": names[e.source], "target": e.target, "target_name": names[e.target],
             "weight": e.weight} for e in g.edges]
