"""Web archives (.warc, .warc.gz): every captured HTML page becomes an Article.

Only successful (2xx) HTML responses are pages; requests, metadata, images, redirects are
skipped without a word. Ids are stable from the URL ("warc-" + 12 hex), so the same page in two
crawls is the same article. A record that cannot be used is a coded skip naming its number and
URL; a damaged archive gives what could be read, then one E009 that says at which record and
offset the reading stopped. warcio parses headers line by line with no bound, so the stream it
reads refuses to give more than a megabyte while it looks for the next record's headers.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator

from ..errors import BadInput, Codes
from ..limits import DEFAULT, Limits
from ..model import Article
from .decode import decode_page
from .html import read_html

PAGE_RECORDS = ("response", "resource")
HTML_TYPES = ("text/html", "application/xhtml")
RECORD_GAP = 4                     # the CRLF CRLF that ends a record in an uncompressed WARC
CHUNK = 64 * 1024
HEADER_BYTES = 1024 * 1024          # no WARC and HTTP header block is near this long


def iter_warc(stream: BinaryIO, where: str, limits: Limits = DEFAULT) -> Iterator[Article | BadInput]:
    """An Article per HTML page captured in the (uncompressed or gzip) archive STREAM; never raises."""
    guard = _HeaderGuard(stream, min(HEADER_BYTES, limits.max_record_bytes), where)
    archive = _QuietIterator(guard)
    records = iter(archive)
    n = end = 0
    while True:
        try:
            with guard:
                record = next(records, None)
            if record is None:
                break
            n += 1
            item = _page_or_skip(record, f"{where}: record {n}", limits)
            archive.read_to_end(record)
            end = archive.get_record_offset() + archive.get_record_length()
            if getattr(record.raw_stream, "limit", 0) > 0:       # fewer bytes than it declared
                yield BadInput(Codes.E009, f"{where}: record {n} ({_uri(record)}) is cut short at offset {end}")
                return
        except BadInput as err:
            yield BadInput(err.code, f"{where}: stopped at record {n + 1} after offset {end}: {err.detail}")
            return
        except Exception as err:
            yield BadInput(Codes.E009, f"{where}: stopped at record {n + 1} after offset {end}: {type(err).__name__}: {err}")
            return
        if item is not None:
            yield item
    total = guard.drain()
    if total == 0:
        yield BadInput(Codes.E002, where)
    elif total - end > RECORD_GAP:
        yield BadInput(Codes.E009, f"{where}: unreadable bytes after offset {end} of {total}")


def warc_id(url: str) -> str:
    """Our stable id for a captured page, from its URL."""
    return "warc-" + hashlib.sha1(url.encode("utf-8", "surrogatepass")).hexdigest()[:12]


class _QuietIterator(ArchiveIterator):
    """warcio's iterator without its warning on stderr (the library never prints; the damage it
    warns of shows as a record that cannot be read)."""

    INC_RECORD = ""


class _HeaderGuard:
    """The archive stream as warcio reads it, counting bytes; while armed (``with guard:``, which
    is while warcio looks for and parses the next record's headers) it raises E007 past LIMIT."""

    def __init__(self, stream: BinaryIO, limit: int, where: str):
        self.stream, self.limit, self.where = stream, limit, where
        self.total = 0
        self.armed_at: int | None = None

    def __enter__(self) -> _HeaderGuard:
        self.armed_at = self.total
        return self

    def __exit__(self, *exc: object) -> None:
        self.armed_at = None

    def read(self, size: int = -1) -> bytes:
        data = self.stream.read(size if size is not None and size >= 0 else CHUNK)
        self.total += len(data)
        if self.armed_at is not None and self.total - self.armed_at > self.limit:
            raise BadInput(Codes.E007, f"record headers longer than {self.limit} bytes")
        return data

    def drain(self) -> int:
        """Reads to the end; the stream's length."""
        while self.read(CHUNK):
            pass
        return self.total


def _uri(record: Any) -> str:
    return record.rec_headers.get_header("WARC-Target-URI") or ""


def _page_or_skip(record: Any, where: str, limits: Limits) -> Article | BadInput | None:
    """The record's Article, BadInput, or None when it is not an HTML page; an unexpected failure
    on one record is that record's skip."""
    try:
        return _page(record, where, limits)
    except BadInput as err:
        return err
    except Exception as err:
        return BadInput(Codes.E025, f"{where} ({_uri(record)}): {type(err).__name__}: {err}")


def _page(record: Any, where: str, limits: Limits) -> Article | BadInput | None:
    if record.rec_type not in PAGE_RECORDS or not _is_html(record):
        return None
    url = _uri(record)
    if not url:
        return BadInput(Codes.E006, f"{where}: page record without WARC-Target-URI")
    payload = record.content_stream().read(limits.max_page_bytes + 1)
    if len(payload) > limits.max_page_bytes:
        return BadInput(Codes.E007, f"{where}: {url} (limit max_page_bytes)")
    try:
        art = read_html(decode_page(payload, url, _content_type(record)), id=warc_id(url), url=url)
    except BadInput as err:
        return BadInput(err.code, f"{where}: {url}: {err.detail}")
    if not art.published:
        art.published = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
        art.date_source = "given" if art.published else None
    art.source = where.rsplit(": record ", 1)[0]
    return art


def _content_type(record: Any) -> str:
    headers = record.http_headers if record.http_headers is not None else record.rec_headers
    return (headers.get_header("Content-Type") or "").lower()


def _is_html(record: Any) -> bool:
    """A successful HTML capture (by its declared type)."""
    http = record.http_headers
    if http is not None and record.rec_type == "response" and not (http.get_statuscode() or "").startswith("2"):
        return False
    return _content_type(record).startswith(HTML_TYPES)
