"""Web archives (.warc, .warc.gz): every captured HTML page becomes an Article.

Only successful (2xx) HTML responses are pages; requests, metadata, images, redirects are
skipped without a word. Ids are stable from the URL ("warc-" + 12 hex), so the same page in two
crawls is the same article. A damaged archive gives what could be read, then one E009.
"""
from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..errors import BadInput, Codes
from ..model import Article
from .html import MAX_HTML_BYTES, read_html

PAGE_RECORDS = ("response", "resource")
HTML_TYPES = ("text/html", "application/xhtml")
RECORD_GAP = 4                     # the CRLF CRLF that ends a record in an uncompressed WARC
_CHARSET = re.compile(r"charset=[\"']?([\w:.-]+)")
_READ_ERRORS = (ArchiveLoadFailed, EOFError, zlib.error, OSError, ValueError)


def iter_warc(path: Path) -> Iterator[Article | BadInput]:
    """An Article per HTML page captured in the archive at PATH; never raises."""
    try:
        size = path.stat().st_size
        if size == 0:
            yield BadInput(Codes.E002, str(path))
            return
        with path.open("rb") as stream:
            yield from _records(stream, size, str(path))
    except OSError as err:
        yield BadInput(Codes.E001, f"{path}: {err}")


def warc_id(url: str) -> str:
    """Our stable id for a captured page, from its URL."""
    return "warc-" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:12]


def _records(stream, size: int, where: str) -> Iterator[Article | BadInput]:
    """Pages of one archive stream, then E009 when it stops short of its declared end."""
    archive = ArchiveIterator(stream)
    end = 0
    try:
        for record in archive:
            item = _page(record, where)
            archive.read_to_end(record)
            end = archive.get_record_offset() + archive.get_record_length()
            if getattr(record.raw_stream, "limit", 0) > 0:       # fewer bytes than it declared
                yield BadInput(Codes.E009, f"{where}: record {_uri(record)} is cut short")
                return
            if item is not None:
                yield item
    except _READ_ERRORS as err:
        yield BadInput(Codes.E009, f"{where}: {type(err).__name__}: {err}")
        return
    if size - end > RECORD_GAP:
        yield BadInput(Codes.E009, f"{where}: unreadable bytes after offset {end} of {size}")


def _uri(record) -> str:
    return record.rec_headers.get_header("WARC-Target-URI") or ""


def _page(record, where: str) -> Article | BadInput | None:
    """The record's Article, or BadInput, or None when it is not an HTML page."""
    if record.rec_type not in PAGE_RECORDS or not _is_html(record):
        return None
    url = _uri(record)
    payload = record.content_stream().read(MAX_HTML_BYTES + 1)
    if len(payload) > MAX_HTML_BYTES:
        return BadInput(Codes.E007, f"{where}: {url}")
    try:
        art = read_html(_with_charset(payload, _content_type(record)), id=warc_id(url), url=url)
    except BadInput as err:
        return BadInput(err.code, f"{where}: {url}: {err.detail}")
    if not art.published:
        art.published = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
        art.date_source = "given" if art.published else None
    art.source = where
    return art


def _content_type(record) -> str:
    headers = record.http_headers if record.http_headers is not None else record.rec_headers
    return (headers.get_header("Content-Type") or "").lower()


def _is_html(record) -> bool:
    """A successful HTML capture (by its declared type)."""
    http = record.http_headers
    if http is not None and record.rec_type == "response" and not (http.get_statuscode() or "").startswith("2"):
        return False
    return _content_type(record).startswith(HTML_TYPES)


def _with_charset(payload: bytes, ctype: str) -> bytes | str:
    """PAYLOAD decoded by the charset the server sent, when it is not UTF-8 and decodes cleanly;
    else the bytes, for read_html to decode from the page itself."""
    m = _CHARSET.search(ctype)
    if not m or m.group(1) in ("utf-8", "utf8"):
        return payload
    try:
        return payload.decode(m.group(1))
    except (LookupError, UnicodeDecodeError):
        return payload
