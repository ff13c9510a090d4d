"""`entity NAME` (the dossier) and the identity edits: `entity merge`, `entity split`, `entity knowledge`."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .common import COUNT, command, db_option, emit, existing_file, json_line, open_ledger, option, output_options, say, statement_text

if TYPE_CHECKING:
    from ..query.results import Dossier


@command(option("name", metavar="NAME", help="An entity under any spelling, or an id."), db_option,
         option("--limit", default=50, type=COUNT, metavar="N",
                help="Statements, events and forecasts of each list (the text shows the first 10 statements; default: %(default)s)."),
         *output_options)
def entity(name: str, db: str | None, limit: int, out: str) -> None:
    """An entity's dossier (`entity NAME`), or edit identities (`entity merge`, `entity split`,
    `entity knowledge`). The dossier of NAME under any spelling: names, roles, statements by and
    about, events."""
    with open_ledger(db) as ledger:
        d = ledger.entity(name, limit)
    emit(out, [d], _dossier_text, whole=d)


def _dossier_text(d: Dossier) -> str:
    seen = f"  seen {d.first_seen_iso} .. {d.last_seen_iso}" if d.first_seen_iso else ""
    lines = [f"{d.name} [{d.type}] #{d.id}  mentions {d.mentions}{seen}",
             "  names: " + ", ".join(f"{a.alias} ({a.n})" for a in d.aliases)]
    if d.roles:
        lines.append("  roles: " + "; ".join(r.role for r in d.roles))
    lines.append(f"  statements by: {d.statements_by.total}, about: {d.statements_about.total},"
                 f" events: {d.events.total}, forecasts: {d.forecasts.total}")
    return "\n".join(lines + [statement_text(s) for s in d.statements_by.items[:10]])


@entity.subcommand("merge", option("keep", metavar="KEEP"), option("drop", metavar="DROP"), option("--note", default=""), db_option)
def entity_merge(keep: str, drop: str, note: str, db: str | None) -> None:
    """Merge entity DROP into KEEP (names or ids); the resolver remembers it."""
    with open_ledger(db) as ledger:
        print(json_line(ledger.merge(keep, drop, note)))


@entity.subcommand("split", option("name", metavar="NAME"), option("alias", metavar="ALIAS"), option("--note", default=""),
                   db_option)
def entity_split(name: str, alias: str, note: str, db: str | None) -> None:
    """Move the mentions written ALIAS out of entity NAME into a new entity."""
    with open_ledger(db) as ledger:
        print(json_line(ledger.split(name, alias, note)))


@entity.subcommand("knowledge", option("path", type=existing_file, metavar="PATH"), db_option)
def entity_knowledge(path: str, db: str | None) -> None:
    """Load a knowledge file: known entities with aliases and roles, and names never to merge
    (README: knowledge files). A file that is not one changes nothing."""
    with open_ledger(db, create=True) as ledger:
        say(f"{ledger.load_knowledge(path)} entities known")
