"""`ingest`: read, analyse and store articles, with a progress bar and a summary of the run on stderr."""
from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import click

from .common import db_option, open_ledger

if TYPE_CHECKING:
    from pathlib import Path


@click.command()
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
@click.option("--strict", is_flag=True, help="Exit 3 when any input was skipped or analysed in part.")
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
        raise click.BadParameter(str(err), param_hint="--limit") from None
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


def _ingest_summary(report: Any, path: str) -> None:
    """The run in a few lines on stderr: counts, the first reasons of each kind, what to do per code."""
    from ..errors import Codes, hint
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
