"""Bytes to text: UTF-8 (with or without BOM), else a charset the input declares, else the detected
encoding; binary is refused. Every reader decodes through here, so the readers and the format
modules do not import each other.

A declared charset is only honoured when it is one of the labels of the WHATWG Encoding Standard
(what browsers accept, through ``webencodings``): a page or feed may declare any string, and
Python's codec registry also holds codecs that are no charsets ("idna", "undefined", "rot13",
"unicode_escape") and fail or mislead on arbitrary bytes. Text never leaves here with lone
surrogates (a JSON "\\ud800" escape makes one), which SQLite and UTF-8 cannot hold.
"""
from __future__ import annotations

import codecs
import re

import webencodings
from charset_normalizer import from_bytes

from ..errors import BadInput, Codes

DETECT_BYTES = 1_000_000
_DECLARED = re.compile(rb"""<(?:meta[^>]{0,200}?charset=|\?xml[^>]{0,200}?encoding=)["']?([A-Za-z0-9_:.-]+)""", re.I)
_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
_HTTP_CHARSET = re.compile(r"""charset=["']?([\w:.-]+)""", re.I)
_SURROGATE = re.compile("[\ud800-\udfff]")
# a page that can declare its charset in ASCII is not in UTF-16 or -32 (the HTML standard reads
# such a declaration as UTF-8); "replacement" stands for encodings the web refuses to decode
_NOT_DECLARABLE = {"utf-16le", "utf-16be", "replacement"}


def decode(data: bytes, where: str) -> str:
    """Text of DATA: the encoding its byte order mark names, else UTF-8, else the detected
    encoding; binary is refused."""
    if not data.strip():
        raise BadInput(Codes.E002, where)
    marked = _by_bom(data)
    if marked is not None:
        return marked
    if b"\x00" in data[:8192]:
        raise BadInput(Codes.E003, where)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:DETECT_BYTES]).best()
    if best is None or best.encoding is None:
        raise BadInput(Codes.E004, where)
    return _decoded(data, _python_codec(best.encoding)) or _fail(where, best.encoding)


def decode_page(data: bytes, where: str, content_type: str | None = None) -> str:
    """Text of a web page or feed: by its byte order mark or as UTF-8 first, then the charset the
    server sent (CONTENT_TYPE, when it decodes cleanly), then the one the page declares (<meta
    charset>, <?xml encoding>), then detection."""
    marked = _by_bom(data)
    if marked is not None:
        return marked
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    sent = _HTTP_CHARSET.search(content_type or "")
    strict = _decoded(data, codec(sent.group(1)), "strict") if sent else None
    if strict is not None:
        return strict
    declared = _DECLARED.search(data[:8192])
    return _decoded(data, codec(declared.group(1).decode("ascii")) if declared else None) or decode(data, where)


def codec(label: str) -> codecs.CodecInfo | None:
    """The Python codec of the WHATWG charset LABEL ("latin1" reads as cp1252, as browsers read
    it); None for anything the web does not know as a charset."""
    found = webencodings.lookup(label.strip())
    if found is None or found.name in _NOT_DECLARABLE:
        return None
    return found.codec_info


def clean(text: str) -> str:
    """TEXT with every lone surrogate made U+FFFD (same length, so offsets hold)."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)


def _by_bom(data: bytes) -> str | None:
    """DATA decoded by the encoding its byte order mark names; None without one."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return clean(data[len(bom):].decode(name, errors="replace"))
    return None


def _python_codec(name: str) -> codecs.CodecInfo | None:
    try:
        return codecs.lookup(name)
    except LookupError:
        return None


def _decoded(data: bytes, info: codecs.CodecInfo | None, errors: str = "replace") -> str | None:
    """DATA decoded by INFO; None without a codec or when it fails."""
    if info is None:
        return None
    try:
        return clean(info.decode(data, errors)[0])
    except (UnicodeError, ValueError, TypeError):
        return None


def _fail(where: str, name: str) -> str:
    raise BadInput(Codes.E004, f"{where}: {name}")
