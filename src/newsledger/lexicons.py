"""One loader for the rules and word lists in ``newsledger/data``.

Each JSON file is read once per process, either as it is (``load``) or, where code reads it, as a
typed view (``view``): a frozen dataclass whose fields are the file's keys. The view is checked
when it is built, so a key the code reads that the file lacks, or a key the file has that no code
reads, fails on the first use of the file rather than deep inside one article; and mypy checks
every read. Keys starting with ``_`` are documentation (``"_doc"``) and are skipped.

Values take the field's declared type: ``frozenset[str]`` from a list, ``tuple[T, ...]`` from a
list, ``re.Pattern[str]`` compiled from a string (case-insensitive where the field's metadata
says ``{"flags": re.I}``), nested dataclasses from objects, ``dict[str, T]`` value by value.
"""
from __future__ import annotations

import dataclasses
import json
import re
import types
import typing
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")
# the data files, read beside the package rather than through importlib.resources, whose import
# (tempfile, zipfile, shutil) costs a command that reads the ledger more than the rest of its start-up
DATA = Path(__file__).with_name("data")


class LexiconError(ValueError):
    """A data file does not fit the typed view the code reads it through."""


@cache
def load(name: str) -> Any:
    """The JSON file NAME of ``newsledger/data``, parsed (cached; callers must not mutate it)."""
    return json.loads((DATA / name).read_text("utf-8"))


def view(cls: type[T], name: str, *path: str) -> T:
    """The data file NAME (or the object at PATH inside it) as an instance of the dataclass CLS,
    built once per process."""
    key = (cls, name, path)
    if key not in _VIEWS:
        data = load(name)
        for k in path:
            data = data[k]
        _VIEWS[key] = build(cls, data, f"{name}{''.join(f'[{k!r}]' for k in path)}")
    return _VIEWS[key]   # type: ignore[return-value]


_VIEWS: dict[tuple[type, str, tuple[str, ...]], object] = {}


def build(cls: type[T], data: Any, where: str = "data") -> T:
    """DATA (a JSON object) as an instance of the dataclass CLS, checked key by key."""
    if not isinstance(data, dict):
        raise LexiconError(f"{where}: expected an object for {cls.__name__}")
    hints, fields = _schema(cls)
    keys = {k for k in data if not k.startswith("_")}
    extra = keys - set(fields)
    if extra:
        raise LexiconError(f"{where}: keys no code reads: {sorted(extra)}")
    values = {}
    for fname, f in fields.items():
        if fname in data:
            values[fname] = _convert(hints[fname], data[fname], f"{where}.{fname}", f.metadata)
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise LexiconError(f"{where}: missing key {fname!r}")
    return cls(**values)


def _schema(cls: type) -> tuple[dict[str, Any], dict[str, dataclasses.Field[Any]]]:
    """CLS's resolved type hints and fields, once per class: resolving hints costs more than
    converting a record, and a big file (wordnet_nouns.json) builds thousands of records of a few classes."""
    if cls not in _SCHEMAS:
        _SCHEMAS[cls] = typing.get_type_hints(cls), {f.name: f for f in dataclasses.fields(cls)}
    return _SCHEMAS[cls]


_SCHEMAS: dict[type, tuple[dict[str, Any], dict[str, dataclasses.Field[Any]]]] = {}


def _convert(tp: Any, value: Any, where: str, meta: Any = None) -> Any:
    if tp is str:               # the leaf of most values: checked before any typing introspection
        if not isinstance(value, str):
            raise LexiconError(f"{where}: expected str, got {type(value).__name__}")
        return value
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if args[:1] == (str,) and origin in (frozenset, set, tuple, list) and all(isinstance(v, str) for v in value) \
            and (origin is not tuple or args[1:] == (Ellipsis,)):
        return (frozenset if origin is set else origin)(value)   # a word list: no element to convert
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        return _convert(next(a for a in args if a is not type(None)), value, where, meta)
    if dataclasses.is_dataclass(tp):
        return build(tp, value, where)   # type: ignore[arg-type]
    if tp is re.Pattern or origin is re.Pattern:
        return re.compile(value, (meta or {}).get("flags", 0))
    if origin in (frozenset, set):
        return frozenset(_convert(args[0], v, where, meta) for v in value) if args else frozenset(value)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_convert(args[0], v, where, meta) for v in value)
        if args and len(args) != len(value):
            raise LexiconError(f"{where}: expected {len(args)} items, got {len(value)}")
        return tuple(_convert(a, v, where, meta) for a, v in zip(args, value)) if args else tuple(value)
    if origin is list:
        return [_convert(args[0], v, where, meta) for v in value] if args else list(value)
    if origin is dict:
        return {k: _convert(args[1], v, f"{where}[{k!r}]", meta) for k, v in value.items() if not k.startswith("_")} \
            if args else {k: v for k, v in value.items() if not k.startswith("_")}
    if tp in (int, float) and isinstance(value, (int, float)) and not isinstance(value, bool):
        return tp(value)
    if tp in (str, bool) and not isinstance(value, tp):
        raise LexiconError(f"{where}: expected {tp.__name__}, got {type(value).__name__}")
    return value
