"""Bytes to text: UTF-8 (with or without BOM), else the detected encoding; binary is refused.
Every reader decodes through here, so the readers and the format modules do not import each other."""
from __future__ import annotations

from charset_normalizer import from_bytes

from ..errors import BadInput, Codes


def decode(data: bytes, where: str) -> str:
    """Text of DATA: UTF-8 (with or without BOM), else the detected encoding; binary is refused."""
    if not data.strip():
        raise BadInput(Codes.E002, where)
    if b"\x00" in data[:8192]:
        raise BadInput(Codes.E003, where)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:1_000_000]).best()
    if best is None or best.encoding is None:
        raise BadInput(Codes.E004, where)
    return data.decode(best.encoding, errors="replace")
