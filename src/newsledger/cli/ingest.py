"""`ingest`: read, analyse and store articles, with a progress bar and a summary of the run on stderr."""
from __future__ import annotations

import contextlib
import sys
import threading
from argparse import BooleanOptionalAction
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from . import CommandFailed
from .common import command, db_option, folder_path, open_ledger, option, say

if TYPE_CHECKING:
    from pathlib import Path


@command(option("paths", nargs="+", metavar="PATH"), db_option,
         option("--format", dest="fmt", choices=["txt", "jsonl", "html", "feed", "warc"], help="Input format (default: detected)."),
         option("--processes", "-p", default=1, type=int, metavar="N",
                help="Analysis worker processes (0: analyse in this process, without time or memory budgets; default: %(default)s)."),
         option("--batch-size", default=32, type=int, metavar="N", help="Articles analysed together (default: %(default)s)."),
         option("--progress", action=BooleanOptionalAction, help="Progress bar (default: when stderr is a terminal)."),
         option("--engine", choices=["local", "ray"], default="local",
                help="Where to analyse: local processes, or Ray (--processes workers; default: %(default)s)."),
         option("--ray-address", metavar="HOST:PORT", help="A Ray cluster to join (default: start a local one)."),
         option("--shards", type=folder_path, metavar="DIR", help="Keep Ray's Parquet shards in this folder."),
         option("--limit", dest="limit_settings", action="append", default=[], metavar="NAME=VALUE",
                help="Change a limit on one input (README: Limits), e.g. --limit seconds_per_article=300."),
         option("--strict", action="store_true", help="Exit 3 when any input was skipped or analysed in part."))
def ingest(paths: tuple[str, ...], db: str | None, fmt: str | None, processes: int, batch_size: int,
           progress: bool | None, engine: str, ray_address: str | None, shards: str | None,
           limit_settings: tuple[str, ...], strict: bool) -> None:
    """Read, analyse and store articles: files, folders, JSONL, saved pages, feeds, WARC, .gz of any;
    '-' is JSONL on stdin. Exit code 0: the run went through (skips are in the report on stderr);
    1: nothing could be read; 2: the command failed (the ledger is as it was before the article in
    hand); 3, with --strict: some inputs skipped or analysed in part. A skip is not a failure by
    default, so `ingest ... && export ...` goes on to the export of what was stored."""
    from pathlib import Path

    from ..limits import Limits
    try:
        limits = Limits.parse(limit_settings)
    except ValueError as err:
        raise CommandFailed(f"--limit: {err}") from None
    if engine == "ray":
        _require_ray()
    show = sys.stderr.isatty() if progress is None else progress
    with open_ledger(db, create=True) as ledger:
        with _progress(paths, fmt, show) as (stored, passed):
            report = ledger.ingest(paths, fmt=fmt, processes=processes, batch_size=batch_size, on_article=stored,
                                   on_passed=passed, engine=engine, ray_address=ray_address,
                                   shards=Path(shards) if shards else None, limits=limits)
        path = ledger.store.path
    _ingest_summary(report, path)
    if report.exit_status and (strict or report.exit_status != 3):
        raise SystemExit(report.exit_status)


def _require_ray() -> None:
    """--engine ray needs Ray, which the `scale` extra brings: without it the command stops before it
    opens the ledger, with one line saying how to get it, not an ImportError's traceback."""
    from importlib.util import find_spec
    if find_spec("ray") is None:
        raise CommandFailed("--engine ray needs Ray, which the 'scale' extra installs: pip install 'newsledger[scale]' "
                            "(in a checkout: .venv/bin/pip install -e '.[scale]')")


def _ingest_summary(report: Any, path: str) -> None:
    """The run in a few lines on stderr: counts, the first reasons of each kind, what to do per code."""
    from ..errors import Codes, hint
    text_only = f" ({len(report.text_only)} as text only)" if report.text_only else ""
    partial = f" ({len(report.partial)} analysed in part)" if report.partial else ""
    say(f"read {report.read}, stored {report.stored}{text_only}{partial}, unchanged {report.unchanged}, "
        f"skipped {len(report.skipped)} -> {path}")
    for label, reasons in (("skipped", report.skipped), ("text only", report.text_only), ("in part", report.partial)):
        for reason in reasons[:20]:
            say(f"  {label}: {reason}")
        if len(reasons) > 20:
            say(f"  ... and {len(reasons) - 20} more {label} (all of them with -v)")
    names = {c[:4]: c for c in vars(Codes).values() if isinstance(c, str)}
    for code, n in sorted(report.codes.items()):
        say(f"  {n} x {names.get(code, code)}: {hint(code)}")


@contextlib.contextmanager
def _progress(paths: tuple[str, ...], fmt: str | None, show: bool) -> Iterator[tuple[Callable[[Any], None], ...]]:
    """A progress bar on stderr over the inputs (with the total and an ETA when it can be known
    before reading), saying what it waits for until the first article is analysed."""
    if not show:
        yield (lambda _: None, lambda _: None)
        return
    from tqdm import tqdm
    from tqdm.contrib.logging import logging_redirect_tqdm  # skips are logged above the bar, not through it
    with tqdm(total=_expected(paths, fmt), unit=" articles", file=sys.stderr, dynamic_ncols=True) as bar, \
            logging_redirect_tqdm():
        bar.set_description("reading, loading the language model")
        analysing = threading.Event()

        def stored(_: Any) -> None:
            if not analysing.is_set():
                analysing.set()
                bar.set_description("analysing")
            bar.update()
        yield (stored, lambda _: bar.update())


def _expected(paths: tuple[str, ...], fmt: str | None) -> int | None:
    """How many inputs PATHS hold, when that is known without parsing them: one article a text
    or HTML file, one a line of JSONL, one skip a missing path; None for stdin, feeds and
    archives (read to know)."""
    from pathlib import Path

    from ..ingest.readers import detect_format
    if "-" in paths:
        return None
    files: list[tuple[Path, str | None]] = []
    for path in map(Path, paths):
        if path.is_dir():   # the files newsledger reads in a folder
            found = (f for f in sorted(path.rglob("*")) if f.is_file() and not f.name.startswith("."))
            files += [(f, k) for f in found if (k := fmt or detect_format(f))]
        else:
            files.append((path, fmt or detect_format(path) if path.is_file() else None))
    if any(kind in ("feed", "warc") for _, kind in files):
        return None
    return sum(_records(f) if kind == "jsonl" else 1 for f, kind in files) or None


def _records(path: Path) -> int:
    """Non-blank lines of a JSONL file."""
    n = 0
    with open(path, "rb") as f:
        for line in f:
            n += bool(line.strip())
    return n
