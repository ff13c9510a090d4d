"""Opening inputs safely: only regular files, bounded reads, gzip with a ratio limit, folders
walked without following links out of them.

A path is only what it claims to be: a fifo or a link to /dev/zero named ``.txt`` would block or
never end, so anything but a regular file is a coded skip (E017); a file the user may not read is
E018; a read never takes more than the limit plus one byte; a ``.gz`` input (or any file that
starts with gzip's magic bytes) is decompressed here, member by member, and stops with E020 when
it expands more than ``max_gzip_ratio`` times (a gzip bomb turns 10 MB into 10 GB).
"""
from __future__ import annotations

import io
import os
import stat
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ..errors import BadInput, Codes
from ..limits import Limits

GZIP_MAGIC = b"\x1f\x8b"
CHUNK = 64 * 1024
RATIO_SLACK = 1024 * 1024           # the first MB may expand freely (tiny files of zeros are fine)
_KINDS = {stat.S_IFIFO: "a fifo", stat.S_IFCHR: "a character device", stat.S_IFBLK: "a block device",
          stat.S_IFSOCK: "a socket"}


def kind(path: Path) -> str:
    """"file", "dir", or raises BadInput: E001 missing (or a dangling link), E018 not permitted,
    E017 anything that is not a regular file or a folder (links are followed)."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise BadInput(Codes.E001, str(path)) from None
    except OSError as err:
        raise BadInput(Codes.E018, f"{path}: {err.strerror or err}") from None
    if stat.S_ISDIR(mode):
        return "dir"
    if not stat.S_ISREG(mode):
        raise BadInput(Codes.E017, f"{path} is {_KINDS.get(stat.S_IFMT(mode), 'not a regular file')}")
    return "file"


def walk(folder: Path) -> Iterator[Path | BadInput]:
    """Every file below FOLDER in name order (hidden files and folders left out, links to folders
    not followed); a folder that cannot be listed is an E018 skip."""
    errors: list[BadInput] = []
    for root, dirs, files in os.walk(folder, onerror=lambda e: errors.append(_unreadable(e))):
        yield from errors
        errors.clear()
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        yield from (Path(root, f) for f in sorted(files) if not f.startswith("."))
    yield from errors


def _unreadable(err: OSError) -> BadInput:
    return BadInput(Codes.E018, f"{err.filename}: {err.strerror or err}")


def inner_name(path: Path) -> str:
    """The name that says the format: "feed.xml" of "feed.xml.gz"."""
    name = path.name.lower()
    return name[:-3] if name.endswith(".gz") and not name.endswith(".warc.gz") else name


def open_input(path: Path, limits: Limits) -> BinaryIO:
    """PATH as a binary stream, decompressed when it is gzip (by its first bytes)."""
    try:
        raw = open(path, "rb")  # noqa: SIM115 - the caller closes the stream it is given
    except OSError as err:
        raise BadInput(Codes.E018, f"{path}: {err.strerror or err}") from None
    if raw.peek(2)[:2] != GZIP_MAGIC:
        return raw
    return io.BufferedReader(Gunzip(raw, limits.max_gzip_ratio, str(path)), CHUNK)


def read_whole(path: Path, limits: Limits, limit: str) -> bytes:
    """All bytes of PATH (decompressed), or E007 when there are more than the limit named LIMIT
    (E009, E020 for damaged or over-expanding gzip)."""
    most = getattr(limits, limit)
    with open_input(path, limits) as f:
        if not isinstance(getattr(f, "raw", None), Gunzip) and os.fstat(f.fileno()).st_size > most:
            raise BadInput(Codes.E007, f"{path}: {os.fstat(f.fileno()).st_size} bytes (limit {limit}={most})")
        data = f.read(most + 1)
        if (problem := damage(f)) is not None:
            raise problem
    if len(data) > most:
        raise BadInput(Codes.E007, f"{path}: more than {most} bytes (limit {limit})")
    return data


def damage(stream: BinaryIO) -> BadInput | None:
    """Why a stream from ``open_input`` ended early (damaged or over-expanding gzip), else None."""
    return getattr(getattr(stream, "raw", None), "damage", None)


class Gunzip(io.RawIOBase):
    """A read-only stream of the decompressed members of a gzip file. It ends early, with the
    reason in ``damage``, once it has produced more than RATIO bytes per compressed byte read
    (past the first MB: E020) or on damaged or cut-short data (E009); ending rather than raising
    lets the reader keep what came before (the records of an archive before the damage)."""

    def __init__(self, raw: BinaryIO, ratio: int, where: str):
        self.raw, self.ratio, self.where = raw, ratio, where
        self.inflate = zlib.decompressobj(wbits=31)
        self.buf = b""              # compressed bytes not yet given to the decompressor
        self.fed = False            # the current member has begun
        self.bytes_in = self.bytes_out = 0
        self.damage: BadInput | None = None

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        self.raw.close()
        super().close()

    def readinto(self, buffer) -> int:
        data = self._produce(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def _produce(self, size: int) -> bytes:
        """Up to SIZE decompressed bytes; b"" at the end of the last member or at the damage."""
        if self.damage is not None:
            return b""
        try:
            return self._inflate(size)
        except BadInput as err:
            self.damage = err
            return b""

    def _inflate(self, size: int) -> bytes:
        while True:
            if self.inflate.eof:
                self._next_member()
            data = self.inflate.unconsumed_tail or self._take()
            if not data:
                if not self._read_more():
                    return self._end()
                continue
            self.fed = True
            try:
                out = self.inflate.decompress(data, min(size, CHUNK))
            except zlib.error as err:
                raise BadInput(Codes.E009, f"{self.where}: damaged gzip data after {self.bytes_out} bytes: {err}") from None
            if out:
                self._count(len(out))
                return out

    def _take(self) -> bytes:
        data, self.buf = self.buf, b""
        return data

    def _next_member(self) -> None:
        self.buf = (self.inflate.unused_data + self.buf).lstrip(b"\x00")   # NUL padding between members
        self.inflate, self.fed = zlib.decompressobj(wbits=31), False

    def _read_more(self) -> bool:
        chunk = self.raw.read(CHUNK)
        self.bytes_in += len(chunk)
        self.buf += chunk.lstrip(b"\x00") if not self.fed and not self.buf else chunk
        return bool(chunk)

    def _end(self) -> bytes:
        if self.fed and not self.inflate.eof:
            raise BadInput(Codes.E009, f"{self.where}: gzip data cut short after {self.bytes_out} bytes")
        return b""

    def _count(self, produced: int) -> None:
        self.bytes_out += produced
        if self.bytes_out > RATIO_SLACK and self.bytes_out > self.ratio * self.bytes_in:
            raise BadInput(Codes.E020, f"{self.where}: {self.bytes_in} compressed bytes expand past {self.bytes_out}"
                                       f" (limit max_gzip_ratio={self.ratio})")

