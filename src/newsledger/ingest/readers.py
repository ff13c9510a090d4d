"""Readers: turn paths (files, folders, JSONL, stdin, saved pages, feeds, archives) into Articles.

Every reader yields ``Article`` or ``BadInput`` items and never raises: one bad file, line, feed
entry or archive record is a coded skip that names it (file and line, entry or record, or URL),
and the reader goes on to the next; a file whose reader fails part way keeps what was read and
says where it stopped (E025). Inputs are only what they claim to be: regular files only, read
within the size limits of ``Limits`` (``files.py``), and every field of every record checked for
its type and length before it becomes an Article. Ids follow the evaluation convention: a file's
name without its extension; a JSONL record's own ``id``.
"""
from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import fields
from pathlib import Path
from typing import BinaryIO, get_args

from ..errors import BadInput, Codes
from ..limits import DEFAULT, Limits
from ..model import Article, ArticleKind
from .decode import clean, decode
from .feeds import iter_feed
from .files import damage, inner_name, kind, open_input, read_whole, walk
from .html import read_html
from .language import tag_language
from .warc import iter_warc

Item = Article | BadInput
Reader = Callable[[Path, Limits], Iterator[Item]]
OPTIONAL = ("title", "url", "published", "outlet", "language", "author")
LINE_CHUNK = 1024 * 1024

SUFFIX_FORMATS = {
    ".txt": "txt", ".text": "txt",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
}


def read_text_file(path: Path, limits: Limits) -> Iterator[Item]:
    """One article from a plain-text file; its id is the file's name without extension."""
    text = decode(read_whole(path, limits, "max_file_bytes"), str(path))
    yield Article(id=Path(inner_name(path)).stem, text=text, source=str(path))


def _record_to_article(rec: object, where: str) -> Article:
    """An Article from one JSON record: 'id' a string or integer, 'text' a non-empty string; other
    fields taken when they are text or numbers, left out otherwise."""
    if not isinstance(rec, dict):
        raise BadInput(Codes.E005, f"{where}: not a JSON object")
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        raise BadInput(Codes.E006, where)
    rid = rec.get("id")
    if isinstance(rid, bool) or not isinstance(rid, (str, int)) or not str(rid).strip():
        raise BadInput(Codes.E005, f"{where}: record has no id (a string or an integer)")
    opt = {k: _scalar(rec.get(k)) for k in OPTIONAL}
    kind = _kind(rec.get("kind"))
    return Article(id=str(rid), text=text, source=where, date_source="given" if opt["published"] else None,
                   kind=kind, kind_reason="given" if kind else None, **opt)   # type: ignore[arg-type]


def _kind(value: object) -> ArticleKind | None:
    """A record's own "kind" when it is one newsledger knows ("news", "howto", ...); else not decided."""
    return value if isinstance(value, str) and value in get_args(ArticleKind) else None   # type: ignore[return-value]


def _scalar(value: object) -> str | None:
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    return str(value) if str(value).strip() else None


def iter_jsonl(lines: Iterable[bytes | str | None], name: str) -> Iterator[Item]:
    """Articles from JSON lines (None: a line over the size limit); a bad line is reported with its
    number and skipped, the rest are kept."""
    for n, line in enumerate(lines, 1):
        where = f"{name}:{n}"
        if line is None:
            yield BadInput(Codes.E007, f"{where}: line longer than the limit (max_record_bytes)")
            continue
        if not line.strip():
            continue
        try:
            text = line.decode("utf-8", errors="replace") if isinstance(line, bytes) else line
            rec = json.loads(text.lstrip("\ufeff"))
            yield _record_to_article(rec, where)
        except BadInput as err:
            yield err
        except (ValueError, RecursionError) as err:   # JSONDecodeError, ints of 5,000 digits, deep nesting
            yield BadInput(Codes.E005, f"{where}: {getattr(err, 'msg', None) or type(err).__name__}")


def bounded_lines(stream: BinaryIO, limit: int) -> Iterator[bytes | None]:
    """The lines of STREAM; None for each line longer than LIMIT bytes, which is skipped without
    ever being held whole (a 10 GB line costs a megabyte at a time)."""
    while line := stream.readline(limit + 1):
        if len(line) <= limit or line.endswith(b"\n"):
            yield line
            continue
        while (rest := stream.readline(LINE_CHUNK)) and not rest.endswith(b"\n"):
            pass
        yield None


def read_jsonl_file(path: Path, limits: Limits) -> Iterator[Item]:
    with open_input(path, limits) as f:
        yield from iter_jsonl(bounded_lines(f, limits.max_record_bytes), str(path))
        if (problem := damage(f)) is not None:
            yield problem


def read_html_file(path: Path, limits: Limits) -> Iterator[Item]:
    page_id = Path(inner_name(path)).stem
    data = read_whole(path, limits, "max_page_bytes")
    try:
        article = read_html(data, id=page_id)
    except BadInput as err:
        raise BadInput(err.code, f"{path}{err.detail.removeprefix(page_id)}") from None
    article.source = str(path)
    yield article


def read_feed_file(path: Path, limits: Limits) -> Iterator[Item]:
    yield from iter_feed(read_whole(path, limits, "max_page_bytes"), str(path), path.parent, limits)


def read_warc_file(path: Path, limits: Limits) -> Iterator[Item]:
    """The pages of an archive. When its gzip is damaged, the archive's own last skip (where its
    reader stopped) and the damage are one skip."""
    with open_input(path, limits) as f:
        last: Item | None = None
        for item in iter_warc(f, str(path), limits):
            if last is not None:
                yield last
            last = item
        yield from _ending(last, damage(f))


def _ending(last: Item | None, problem: BadInput | None) -> list[Item]:
    if problem is None or last is None:
        return [x for x in (last, problem) if x is not None]
    if isinstance(last, BadInput):
        return [BadInput(problem.code, f"{problem.detail} (the archive reader stopped: {last.detail})")]
    return [last, problem]


READERS: dict[str, Reader] = {
    "txt": read_text_file,
    "jsonl": read_jsonl_file,
    "html": read_html_file,
    "feed": read_feed_file,
    "warc": read_warc_file,
}


def detect_format(path: Path, limits: Limits = DEFAULT) -> str | None:
    """The reader for PATH by its suffix (inside .gz), and for .xml or none a look at its first
    bytes. Only called on regular files."""
    name = inner_name(path)
    if name.endswith((".warc.gz", ".warc")):
        return "warc"
    fmt = SUFFIX_FORMATS.get(Path(name).suffix)
    if fmt not in ("feed", None):
        return fmt
    try:
        with open_input(path, limits) as f:
            head = f.read(2048).lower()
    except (BadInput, OSError):
        return fmt
    if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
        return "feed"
    if b"<html" in head or b"<!doctype html" in head:
        return "html"
    return fmt


def _read(path: Path, fmt: str, limits: Limits) -> Iterator[Item]:
    """The items of one file. Whatever its reader raises ends that file only: a BadInput as it
    is, anything else as E025 with how far the reader got."""
    n = 0
    try:
        for item in READERS[fmt](path, limits):
            n += 1
            yield item
    except BadInput as err:
        yield err
    except Exception as err:
        yield BadInput(Codes.E025, f"{path}: stopped after {n} item(s): {type(err).__name__}: {err}")


def _iter_folder(folder: Path, fmt: str | None, limits: Limits) -> Iterator[Item]:
    """Every readable file below FOLDER. Feeds go first: a saved page that a feed entry took its
    text from is that entry's article, not a second one. A fifo, device or unreadable file among
    them is a coded skip; a file of no known format is left alone."""
    files: list[Path] = []
    for entry in walk(folder):
        if isinstance(entry, BadInput):
            yield entry
            continue
        try:
            if kind(entry) == "file":
                files.append(entry)
        except BadInput as err:
            yield err
    formats = {f: fmt or detect_format(f, limits) for f in files}
    used: set[str] = set()
    for f in (f for f in files if formats[f] == "feed"):
        for item in _read(f, "feed", limits):
            if isinstance(item, Article) and item.source:
                used.add(item.source)
            yield item
    for f in files:
        form = formats[f]
        if form is not None and form != "feed" and str(f) not in used:
            yield from _read(f, form, limits)


def iter_paths(paths: Iterable[str | Path], fmt: str | None = None, limits: Limits = DEFAULT) -> Iterator[Item]:
    """Articles from every path: files by their format, folders recursively, '-' for stdin (JSONL),
    each checked against the limits and tagged with the language its text is in."""
    for item in _iter_items(paths, fmt, limits):
        yield _checked_safely(item, limits) if isinstance(item, Article) else item


def _checked_safely(article: Article, limits: Limits) -> Item:
    try:
        return checked(article, limits)
    except Exception as err:
        return BadInput(Codes.E025, f"{article.source or article.id[:200]}: {type(err).__name__}: {err}")


def checked(article: Article, limits: Limits) -> Item:
    """ARTICLE with every text field free of lone surrogates and metadata cut to
    ``max_field_chars``, tagged with its language; E005 for an id that is no id, E007 for a text
    longer than ``max_text_chars``."""
    where = article.source or article.id[:200]
    if not article.id.strip() or len(article.id) > limits.max_field_chars:
        return BadInput(Codes.E005, f"{where}: id of {len(article.id)} characters (limit max_field_chars)")
    if len(article.text) > limits.max_text_chars:
        return BadInput(Codes.E007, f"{where}: text of {len(article.text)} characters (limit max_text_chars)")
    for f in fields(article):
        value = getattr(article, f.name)
        if isinstance(value, str):
            value = clean(value)
            setattr(article, f.name, value if f.name == "text" else value[:limits.max_field_chars])
    return tag_language(article)


def _iter_items(paths: Iterable[str | Path], fmt: str | None, limits: Limits) -> Iterator[Item]:
    for raw in paths:
        if str(raw) == "-":
            yield from iter_jsonl(bounded_lines(sys.stdin.buffer, limits.max_record_bytes), "<stdin>")
            continue
        path = Path(raw)
        try:
            is_dir = kind(path) == "dir"
        except BadInput as err:
            yield err
            continue
        if is_dir:
            yield from _iter_folder(path, fmt, limits)
            continue
        chosen = fmt or detect_format(path, limits)
        yield from _read(path, chosen, limits) if chosen else [BadInput(Codes.E011, str(path))]
