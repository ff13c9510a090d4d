"""Readers: turn paths (files, folders, JSONL, stdin, saved pages, feeds, archives) into Articles.

Every reader yields ``Article`` or ``BadInput`` items, never raises for one bad item, so a run
over thousands of files reports what it skipped and keeps the rest. Ids follow the evaluation
convention: a file's name without its extension; a JSONL record's own ``id``.
"""
from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import get_args

from ..errors import BadInput, Codes
from ..model import Article, ArticleKind
from .decode import decode
from .language import tag_language

MAX_TEXT_BYTES = 50 * 1024 * 1024       # one text article larger than this is not an article
MAX_JSONL_LINE = 50 * 1024 * 1024
Item = Article | BadInput

SUFFIX_FORMATS = {
    ".txt": "txt", ".text": "txt",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
}


def read_text_file(path: Path) -> Iterator[Item]:
    """One article from a plain-text file; its id is the file's name without extension."""
    try:
        if path.stat().st_size > MAX_TEXT_BYTES:
            raise BadInput(Codes.E007, f"{path} ({path.stat().st_size} bytes)")
        text = decode(path.read_bytes(), str(path))
    except BadInput as err:
        yield err
        return
    yield Article(id=path.stem, text=text, source=str(path))


def _record_to_article(rec: object, where: str) -> Article:
    if not isinstance(rec, dict):
        raise BadInput(Codes.E005, f"{where}: not a JSON object")
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        raise BadInput(Codes.E006, where)
    rid = rec.get("id")
    if rid is None:
        raise BadInput(Codes.E005, f"{where}: record has no id")
    opt = {k: (str(rec[k]) if rec.get(k) is not None else None)
           for k in ("title", "url", "published", "outlet", "language", "author")}
    kind = _kind(rec.get("kind"))
    return Article(id=str(rid), text=text, source=where, date_source="given" if opt["published"] else None,
                   kind=kind, kind_reason="given" if kind else None, **opt)   # type: ignore[arg-type]


def _kind(value: object) -> ArticleKind | None:
    """A record's own "kind" when it is one newsledger knows ("news", "howto", ...); else not decided."""
    return value if isinstance(value, str) and value in get_args(ArticleKind) else None   # type: ignore[return-value]


def iter_jsonl(lines: Iterable[str], name: str) -> Iterator[Item]:
    """Articles from JSON lines; a malformed line is reported and skipped, the rest are kept."""
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{name}:{n}"
        try:
            if len(line) > MAX_JSONL_LINE:
                raise BadInput(Codes.E007, where)
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as err:
                raise BadInput(Codes.E005, f"{where}: {err.msg}") from None
            yield _record_to_article(rec, where)
        except BadInput as err:
            yield err


def read_jsonl_file(path: Path) -> Iterator[Item]:
    with open(path, encoding="utf-8", errors="replace") as f:
        yield from iter_jsonl(f, str(path))


def read_html_file(path: Path) -> Iterator[Item]:
    from .html import read_html
    try:
        if path.stat().st_size > MAX_TEXT_BYTES:
            raise BadInput(Codes.E007, f"{path} ({path.stat().st_size} bytes)")
        article = read_html(path.read_bytes(), id=path.stem)
        article.source = str(path)
        yield article
    except BadInput as err:
        yield err


def read_feed_file(path: Path) -> Iterator[Item]:
    from .feeds import iter_feed
    yield from iter_feed(path, pages_dir=path.parent)


def read_warc_file(path: Path) -> Iterator[Item]:
    from .warc import iter_warc
    yield from iter_warc(path)


READERS: dict[str, Callable[[Path], Iterator[Item]]] = {
    "txt": read_text_file,
    "jsonl": read_jsonl_file,
    "html": read_html_file,
    "feed": read_feed_file,
    "warc": read_warc_file,
}


def detect_format(path: Path) -> str | None:
    """The reader for PATH by its suffix (and, for .xml/.gz, a look at its first bytes)."""
    name = path.name.lower()
    if name.endswith((".warc.gz", ".warc")):
        return "warc"
    fmt = SUFFIX_FORMATS.get(path.suffix.lower())
    if fmt == "feed" or fmt is None:
        try:
            with open(path, "rb") as f:
                head = f.read(2048).lower()
        except OSError:
            return None
        if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
            return "feed"
        if b"<html" in head or b"<!doctype html" in head:
            return "html"
        return None if fmt is None else "feed"
    return fmt


def _iter_folder(folder: Path, fmt: str | None) -> Iterator[Item]:
    """Every readable file below FOLDER. Feeds go first: a saved page that a feed entry took its
    text from is that entry's article, not a second one."""
    files = sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith("."))
    formats = {f: fmt or detect_format(f) for f in files}
    used: set[str] = set()
    for f in (f for f in files if formats[f] == "feed"):
        for item in READERS["feed"](f):
            if isinstance(item, Article) and item.source:
                used.add(item.source)
            yield item
    for f in files:
        if formats[f] not in (None, "feed") and str(f) not in used:
            yield from READERS[formats[f]](f)


def iter_paths(paths: Iterable[str | Path], fmt: str | None = None) -> Iterator[Item]:
    """Articles from every path: files by their format, folders recursively, '-' for stdin (JSONL),
    each tagged with the language its text is in."""
    for item in _iter_items(paths, fmt):
        yield tag_language(item) if isinstance(item, Article) else item


def _iter_items(paths: Iterable[str | Path], fmt: str | None) -> Iterator[Item]:
    for raw in paths:
        if str(raw) == "-":
            yield from iter_jsonl(sys.stdin, "<stdin>")
            continue
        path = Path(raw)
        if not path.exists():
            yield BadInput(Codes.E001, str(path))
        elif path.is_dir():
            yield from _iter_folder(path, fmt)
        else:
            chosen = fmt or detect_format(path)
            if chosen is None:
                yield BadInput(Codes.E011, str(path))
            else:
                yield from READERS[chosen](path)
