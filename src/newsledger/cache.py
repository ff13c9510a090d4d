"""Derived data kept between processes.

What a process builds from packaged data in seconds (the gazetteer of 150,000 GeoNames towns)
is pickled in the user's cache directory under a key made of everything it is built from, so
each later process (every ingest's analysis worker, every ``ingest`` command) reads it in a
fraction of that time. The cache is only ever a copy: a missing, unreadable, stale or
unwritable file means the thing is built again, never an error.

The directory is ``$NEWSLEDGER_CACHE``, else ``$XDG_CACHE_HOME/newsledger``, else
``~/.cache/newsledger``; ``NEWSLEDGER_CACHE=off`` keeps nothing.
"""
from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sys
from collections.abc import Callable, Iterable
from contextlib import suppress
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


def cache_dir() -> Path | None:
    """Where derived data is kept, or None when the user turned the cache off."""
    chosen = os.environ.get("NEWSLEDGER_CACHE")
    if chosen == "off":
        return None
    if chosen:
        return Path(chosen)
    folder = Path(os.environ.get("XDG_CACHE_HOME") or Path("~/.cache").expanduser()) / "newsledger"
    return folder if folder.is_absolute() else None     # no home to keep it in: nothing is kept


def fingerprint(sources: Iterable[str | Path]) -> str:
    """A digest of SOURCES: a path stands for its bytes, a string (a package version) for itself;
    the Python version is always part of it (pickles are read by the version that wrote them)."""
    h = hashlib.sha1(sys.version.encode())
    for s in sources:
        h.update(s.read_bytes() if isinstance(s, Path) else s.encode())
        h.update(b"\0")
    return h.hexdigest()[:16]


def cached(name: str, sources: Iterable[str | Path], build: Callable[[], T]) -> T:
    """BUILD's result, read from the cache when SOURCES are unchanged since it was kept, else built
    and kept (written whole under a temporary name, then renamed, so parallel workers never read
    half a file)."""
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{name}-{fingerprint(sources)}.pickle"
    found = _read(path)
    if found is not None:
        return found
    value = build()
    _write(path, value)
    return value


def _read(path: Path) -> Any:
    gc.disable()        # hundreds of thousands of small objects: the collector would walk them all
    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except Exception:   # absent, truncated, written by other code: build instead
        return None
    finally:
        gc.enable()


def _write(path: Path, value: object) -> None:
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as f:
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        for old in path.parent.glob(f"{path.name.rsplit('-', 1)[0]}-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)      # the copy of an older build
    except OSError:             # a read-only or full disk: this process keeps what it built
        with suppress(OSError):
            tmp.unlink()
