"""What the commands share: how a command is declared (its options, a parser built only when it is
named), the --db, paging, date and output options, the ledger opened for a command, its records
printed as text, JSON or a table."""
from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from ..query.sql import MAX_ID
from . import DB_HELP, Parser, file_path

if TYPE_CHECKING:
    from ..ledger import Ledger
    from ..query.results import Page, StatementHit

Spec = Callable[[Any], object]   # adds an option (or an argument) to a parser, or to a group of its options


def option(*flags: str, **settings: Any) -> Spec:
    """An option or an argument of a command (argparse's ``add_argument``), added when the command is named."""
    return lambda parser: parser.add_argument(*flags, **settings)


def one_of(*options: Spec, required: bool = False) -> Spec:
    """Options that exclude one another (``--came-true`` or ``--did-not``)."""
    def add(parser: argparse.ArgumentParser) -> None:
        group = parser.add_mutually_exclusive_group(required=required)
        for spec in options:
            spec(group)
    return add


class Command:
    """A command: the function it runs (its docstring is its help), the options its parser is built
    from when the command is named (a command not named costs a few closures), and its subcommands
    (`entity merge`), named by the first word after the command."""

    def __init__(self, run: Callable[..., Any], options: Sequence[Spec], group: bool = False) -> None:
        self.run = run
        self.options = options
        self.group = group   # nothing to do of its own: a subcommand must be named
        self.subcommands: dict[str, Command] = {}
        self.help = " ".join((run.__doc__ or "").split())

    def subcommand(self, name: str, *options: Spec) -> Callable[[Callable[..., Any]], Command]:
        """Declares the subcommand NAME of this command."""
        def declare(run: Callable[..., Any]) -> Command:
            self.subcommands[name] = Command(run, options)
            return self.subcommands[name]
        return declare

    def parser(self, prog: str) -> Parser:
        """The parser of this command's options, its subcommands listed in its help."""
        listing = [(name, sub.help.split(". ")[0].removesuffix(".") + ".") for name, sub in self.subcommands.items()]
        parser = Parser(prog, self.help, listing)
        if self.group:
            parser.add_argument("command", choices=list(self.subcommands), metavar="COMMAND",
                                help=f"One of: {', '.join(self.subcommands)}.")
        for spec in self.options:
            spec(parser)
        return parser

    def invoke(self, prog: str, argv: Sequence[str], db: str | None) -> None:
        """Runs this command, or the subcommand ARGV begins with, on the arguments ARGV gives; its
        --db, when not given, is DB (the one given before the command, else $NEWSLEDGER_DB)."""
        if argv and argv[0] in self.subcommands:
            return self.subcommands[argv[0]].invoke(f"{prog} {argv[0]}", argv[1:], db)
        parser = self.parser(prog)
        values = vars(parser.parse_intermixed_args(argv))
        if self.group:   # a name of a subcommand that did not come first (`watchlist -- add`)
            parser.error(f"the command comes first: {prog} COMMAND ...")
        if "db" in values and values["db"] is None:
            values["db"] = db
        # a repeated option or a variadic argument comes as a tuple
        self.run(**{k: tuple(v) if isinstance(v, list) else v for k, v in values.items()})


def command(*options: Spec) -> Callable[[Callable[..., Any]], Command]:
    """Declares a command: the function it runs and its options."""
    return lambda run: Command(run, options)


def group(run: Callable[..., Any]) -> Command:
    """Declares a command that only leads to its subcommands (`watchlist add|list|remove`)."""
    return Command(run, (), group=True)


def count(low: int, high: int | None = MAX_ID) -> Callable[[str], int]:
    """A whole number from LOW to HIGH (no bound: None), as argparse's type of an option."""
    def whole_number(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a valid integer") from None
        if value < low or (high is not None and value > high):
            raise argparse.ArgumentTypeError(f"{value} is not in the range {low}<=x" + (f"<={high}" if high is not None else ""))
        return value
    return whole_number


COUNT = count(1)    # limits, weights and ids: numbers SQLite can hold


OFFSET = count(0)


def iso_date(text: str) -> str:
    """An ISO date of any precision (2023, 2023-01, 2023-01-19), checked against the calendar."""
    from ..query.sql import period_end
    try:
        period_end(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None
    return text


def existing_file(text: str) -> str:
    """A file that is there (an input)."""
    if not os.path.isfile(text):
        raise argparse.ArgumentTypeError(f"{text!r} is not a file" if os.path.exists(text) else f"{text!r} does not exist")
    return text


def folder_path(text: str) -> str:
    """A path for a folder (one to write into): not a file."""
    if os.path.isfile(text):
        raise argparse.ArgumentTypeError(f"{text!r} is a file, not a folder")
    return text


db_option = option("--db", type=file_path, metavar="FILE", help=DB_HELP)


limit_option = option("--limit", default=50, type=COUNT, metavar="N", help="How many to show (default: %(default)s).")


offset_option = option("--offset", default=0, type=OFFSET, metavar="N", help="How many to skip (default: %(default)s).")


# --from/--to: an inclusive range of calendar dates of any precision; undated records fall outside
dates_options = (option("--from", dest="date_from", type=iso_date, metavar="DATE", help="From this date (2023, 2023-01 or 2023-01-19)."),
                 option("--to", dest="date_to", type=iso_date, metavar="DATE", help="Up to this date (2023, 2023-01 or 2023-01-19)."))


# the shared output options of every command that prints records: text (default), JSON (--json or
# --nl: the REST API's records, one a line for lists), CSV or TSV (a header row); the last one given counts
output_options = (
    option("--text", dest="out", action="store_const", const="text", default="text", help="Readable text (the default)."),
    option("--json", "--nl", dest="out", action="store_const", const="json", help="JSON: the REST API's records, one a line for lists."),
    option("--csv", dest="out", action="store_const", const="csv", help="Comma-separated values with a header row."),
    option("--tsv", dest="out", action="store_const", const="tsv", help="Tab-separated values with a header row."))


def say(message: str) -> None:
    """A line about the records, or the run, on stderr (stdout holds only records)."""
    print(message, file=sys.stderr)


def json_line(obj: Any) -> str:
    """A typed result (or a dict) as the JSON the REST API gives for it, on one line."""
    return _dumps(plain(obj))


def _dumps(value: Any) -> str:
    import json
    return json.dumps(value, ensure_ascii=False)


def page_note(page: Page[Any], what: str) -> None:
    """On stderr: that nothing matched, or which window of how many is shown."""
    if not page.total:
        say(f"no {what} match")
    elif not page.items:
        say(f"no {what} past {page.offset} (of {page.total})")
    elif len(page.items) < page.total:
        first = page.offset + 1
        say(f"{what} {first}-{page.offset + len(page.items)} of {page.total} (--limit/--offset for more)")


def plain(obj: Any) -> dict[str, Any]:
    """A typed record (or a dataclass of the watch, or a dict) as a plain dict."""
    from ..record import asdict
    return dict(asdict(obj))


def emit(out: str, records: Sequence[Any], text: Callable[[Any], str], whole: Any = None) -> None:
    """Prints RECORDS as OUT says: text (TEXT of each, or of WHOLE), JSON (WHOLE as one object,
    else a record a line), or a CSV/TSV table of the records (nested values as JSON)."""
    if out in ("csv", "tsv"):
        return _table(records, "\t" if out == "tsv" else ",")
    items = [whole] if whole is not None else records
    for item in items:
        print(json_line(item) if out == "json" else text(item))


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
    """A value as one CSV/TSV cell: lists, spans (tuples) and nested records as JSON."""
    return _dumps(value) if isinstance(value, list | tuple | dict) else value


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


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_TIMEX_WORDS = {"PAST_REF": "in the past", "PRESENT_REF": "now", "FUTURE_REF": "in the future", "SP": "spring",
                "SU": "summer", "FA": "autumn", "WI": "winter", "MO": "morning", "AF": "afternoon", "EV": "evening",
                "NI": "night"}


def readable_date(value: str | None) -> str:
    """A date as the text gave it (TIMEX3), as people write it where it is no calendar date, as the web
    UI shows it: '18 Dec, year unknown', 'week 6 of 2023', 'a Sunday', 'the weekend of week 6, 2023',
    'summer 2023', 'in the past';
    a calendar date ('2023', '2023-01', '2023-01-19') as it is; none: 'undated'."""
    import re
    if not value:
        return "undated"
    if value in _TIMEX_WORDS:
        return _TIMEX_WORDS[value]
    if m := re.fullmatch(r"(\d{4}|XXXX)-W(\d{2}|XX)(?:-(\d|WE))?.*", value):
        year = "" if m[1] == "XXXX" else m[1]
        week = "" if m[2] == "XX" else str(int(m[2]))
        if m[3]:
            day = "the weekend" if m[3] == "WE" else f"a {_WEEKDAYS[int(m[3]) - 1]}"
            return day + (f" of week {week}" if week else "") + (f", {year}" if year else "")
        return (f"week {week}" if week else "a week") + (f" of {year}" if year else ", year unknown" if week else "")
    if value == "XXXX":
        return "a year, unknown which"
    if m := re.fullmatch(r"(\d{4}|XXXX)-(SP|SU|FA|WI|Q[1-4]|H[12])", value):
        return f"{_TIMEX_WORDS.get(m[2], m[2])} {'(year unknown)' if m[1] == 'XXXX' else m[1]}"
    if m := re.fullmatch(r"XXXX-(\d{2})(?:-(\d{2}))?", value):
        return (f"{int(m[2])} " if m[2] else "") + f"{_MONTHS[int(m[1]) - 1]}, year unknown"
    if m := re.fullmatch(r"(\d{4}-\d{2}-\d{2})T(MO|AF|EV|NI)", value):
        return f"{m[1]}, {_TIMEX_WORDS[m[2]]}"
    if re.fullmatch(r"\d{3}X", value):
        return f"the {value[:3]}0s"
    if re.fullmatch(r"\d{2}XX", value):
        return f"the {int(value[:2]) + 1}th century"
    if value.startswith("P"):
        return "a period"
    return "date unknown" if "X" in value else value


def statement_text(s: StatementHit) -> str:
    """A statement as readable text, its content wrapped (textwrap: loaded by the commands that print one)."""
    import textwrap
    flags = ", ".join(x for x in (s.kind, s.certainty, "forecast" if s.forecast else "") if x)
    head = f"{s.speaker or '(unattributed)'} — {s.cue or '…'} [{flags}]"
    extra = " ".join(x for x in (f"on {s.channel}" if s.channel else "", f"({readable_date(s.said_on)})" if s.said_on else "") if x)
    body = textwrap.fill(" ".join(s.content.split()), width=100, initial_indent="    “", subsequent_indent="     ")
    return f"{head} {extra}".rstrip() + f"  · {s.article_id}{_corroboration(s)}\n{body}”"


def _corroboration(s: StatementHit) -> str:
    """' · corroborated by 2 other outlets (A, B)' for a claim other outlets reported too."""
    own = {src.outlet or src.id for src in s.sources if src.id == s.article_id}
    others = [o for o in dict.fromkeys(src.outlet or src.id for src in s.sources) if o not in own]
    if not others:
        return ""
    return f" · corroborated by {len(others)} other outlet{'s' if len(others) > 1 else ''} ({', '.join(others)})"
