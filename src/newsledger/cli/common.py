"""What the commands share: the --db, paging, date and output options, the ledger opened for a
command, its records printed as text, JSON or a table, and the one-line error."""
from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

import click

from ..query.sql import MAX_ID
from . import DB_HELP

if TYPE_CHECKING:
    from ..ledger import Ledger
    from ..query.results import Page, StatementHit


def _db(ctx: click.Context, _: click.Parameter, value: str | None) -> str | None:
    """A command's --db, else the one given before the command (``newsledger --db X stats``)."""
    return value if value is not None else ctx.find_root().params.get("db")




db_option = click.option("--db", type=click.Path(dir_okay=False), callback=_db, help=DB_HELP)


COUNT = click.IntRange(1, MAX_ID)    # limits, weights and ids: numbers SQLite can hold


OFFSET = click.IntRange(0, MAX_ID)


limit_option = click.option("--limit", default=50, show_default=True, type=COUNT, help="How many to show.")


offset_option = click.option("--offset", default=0, show_default=True, type=OFFSET, help="How many to skip.")


def _date(_: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """An ISO date of any precision (2023, 2023-01, 2023-01-19), checked against the calendar."""
    if value is None:
        return None
    from ..query.sql import period_end
    try:
        period_end(value)
    except ValueError as err:
        raise click.BadParameter(str(err), param=param) from None
    return value


def dates_option(f: Any) -> Any:
    """--from/--to: an inclusive range of calendar dates of any precision; undated records fall outside."""
    f = click.option("--to", "date_to", callback=_date, help="Up to this date (2023, 2023-01 or 2023-01-19).")(f)
    return click.option("--from", "date_from", callback=_date, help="From this date (2023, 2023-01 or 2023-01-19).")(f)


def json_line(obj: Any) -> str:
    """A typed result (or a dict) as the JSON the REST API gives for it, on one line."""
    return _dumps(plain(obj))


def _dumps(value: Any) -> str:
    import json
    return json.dumps(value, ensure_ascii=False)


def page_note(page: Page[Any], what: str) -> None:
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


def plain(obj: Any) -> dict[str, Any]:
    """A typed record (or a dict) as a plain dict."""
    from dataclasses import asdict, is_dataclass
    return asdict(obj) if is_dataclass(obj) and not isinstance(obj, type) else dict(obj)


def emit(out: str, records: Sequence[Any], text: Callable[[Any], str], whole: Any = None) -> None:
    """Prints RECORDS as OUT says: text (TEXT of each, or of WHOLE), JSON (WHOLE as one object,
    else a record a line), or a CSV/TSV table of the records (nested values as JSON)."""
    if out in ("csv", "tsv"):
        return _table(records, "\t" if out == "tsv" else ",")
    items = [whole] if whole is not None else records
    for item in items:
        click.echo(json_line(item) if out == "json" else text(item))


def _table(records: Sequence[Any], delimiter: str) -> None:
    import csv
    rows = [plain(r) for r in records]
    if not rows:
        return
    writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]), delimiter=delimiter,
                            lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows({k: _cell(v) for k, v in row.items()} for row in rows)


def _cell(value: Any) -> Any:
    return _dumps(value) if isinstance(value, list | dict) else value


def open_ledger(db: str | None, create: bool = False) -> Ledger:
    """The ledger at DB; only the commands that store articles or knowledge make a new one."""
    from ..ledger import Ledger
    return Ledger(db, create=create)


@contextlib.contextmanager
def stdout_to(output: str | None) -> Iterator[None]:
    """What the command prints goes to the file OUTPUT (none or '-': stdout)."""
    if not output or output == "-":
        yield
        return
    with open(output, "w", encoding="utf-8") as f, contextlib.redirect_stdout(f):
        yield


def statement_text(s: StatementHit) -> str:
    """A statement as readable text, its content wrapped (textwrap: loaded by the commands that print one)."""
    import textwrap
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
