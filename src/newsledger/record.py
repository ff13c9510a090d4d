"""Typed records without the cost of `dataclasses` at import: the query layer's results.

A dataclass compiles its ``__init__``, ``__repr__`` and ``__eq__`` with ``exec`` when its class is
created (~3 M instructions a class), and the `dataclasses` module imports `inspect` (ast, dis,
tokenize: 37 M): a dossier's 14 records were a third of the command's start-up. A ``Record``
subclass declares its fields the same way (annotations, defaults, ``field(default_factory=...)``,
inheritance appending fields), and shares one ``__init__``, ``__repr__`` and ``__eq__`` that read
the field names gathered when the class is created; mypy checks it as a dataclass
(``dataclass_transform``). ``asdict`` gives its plain view (``--json``, exports).

Pydantic (the REST API's response schemas and their OpenAPI) reads dataclasses: when it asks for a
record's schema, the class is given the fields of a dataclass (``dataclasses.dataclass`` with no
method generated, so it keeps these methods) and pydantic builds the schema it builds for any
dataclass. Only the serving process pays for that, once a class.
"""
from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, dataclass_transform

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler
    from pydantic_core import CoreSchema

T = TypeVar("T")


class _Factory:
    """A field's default made anew for each record (a list, a dict)."""

    __slots__ = ("make",)

    def __init__(self, make: Callable[[], Any]) -> None:
        self.make = make


def field(*, default_factory: Callable[[], T]) -> T:
    """A field whose default DEFAULT_FACTORY makes for each record, as `dataclasses.field`'s."""
    return _Factory(default_factory)  # type: ignore[return-value]


_MISSING = object()


@dataclass_transform(field_specifiers=(field,))
class Record:
    """A typed record: fields in the order declared (a subclass's after its base's), set by
    position or by name, compared field by field with records of the same class."""

    __record_fields__: ClassVar[tuple[str, ...]] = ()
    __record_names__: ClassVar[frozenset[str]] = frozenset()
    __record_defaults__: ClassVar[dict[str, Any]] = {}
    __record_values__: ClassVar[attrgetter[Any]] = attrgetter("__class__")    # no field: all equal

    def __init_subclass__(cls, **kwargs: Any) -> None:
        """Gathers the fields: the bases' (in the order of the first declaration), then the
        annotations of the class's own body, ClassVars aside, with their defaults."""
        super().__init_subclass__(**kwargs)
        names = [n for base in reversed(cls.__mro__[1:]) for n in vars(base).get("__record_fields__", ())]
        defaults = {k: v for base in reversed(cls.__mro__[1:]) for k, v in vars(base).get("__record_defaults__", {}).items()}
        for name, hint in vars(cls).get("__annotations__", {}).items():
            if str(hint).startswith(("ClassVar", "typing.ClassVar")):
                continue
            names.append(name)
            if name in vars(cls):
                defaults[name] = default = vars(cls)[name]
                if isinstance(default, _Factory):
                    delattr(cls, name)      # as a dataclass: no class attribute for a made default
                elif type(default).__hash__ is None:
                    raise ValueError(f"{cls.__name__}.{name}: a mutable default is shared by every record: use field()")
            else:
                defaults.pop(name, None)
        cls.__record_fields__ = tuple(dict.fromkeys(names))
        cls.__record_names__ = frozenset(names)
        cls.__record_defaults__ = defaults
        if names:
            cls.__record_values__ = attrgetter(*cls.__record_fields__)
        required = [n for n in cls.__record_fields__ if n not in defaults]
        if required and cls.__record_fields__.index(required[-1]) >= len(required):
            raise TypeError(f"{cls.__name__}: field {required[-1]!r} without a default follows one with a default")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        cls = type(self)
        names = cls.__record_fields__
        if len(args) == len(names) and not kwargs:     # every field by position: a row of a query
            self.__dict__.update(zip(names, args))
            return
        if len(args) > len(names):
            raise TypeError(f"{cls.__name__}() takes {len(names)} arguments but {len(args)} were given")
        values = dict(zip(names, args))
        if kwargs:
            if not cls.__record_names__.issuperset(kwargs) or not values.keys().isdisjoint(kwargs):
                wrong = sorted(kwargs.keys() - cls.__record_names__ or kwargs.keys() & values.keys())
                raise TypeError(f"{cls.__name__}() got an unexpected or repeated argument {wrong[0]!r}")
            values.update(kwargs)
        if len(values) < len(names):
            for name, default in cls.__record_defaults__.items():
                if name not in values:
                    values[name] = default.make() if isinstance(default, _Factory) else default
            if len(values) < len(names):
                missing = [name for name in names if name not in values]
                raise TypeError(f"{cls.__name__}() missing argument {missing[0]!r}")
        self.__dict__.update({name: values[name] for name in names} if kwargs else values)

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__record_fields__)
        return f"{type(self).__qualname__}({fields})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return bool(self.__record_values__(self) == self.__record_values__(other))

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        """Pydantic's schema for the record, built as for a dataclass (see the module's docstring)."""
        _as_dataclass(cls)
        return handler(source)


def _as_dataclass(cls: type[Record]) -> None:
    """Gives CLS and the records it derives from the fields of a dataclass, keeping their methods."""
    import dataclasses
    for klass in reversed(cls.__mro__):
        if issubclass(klass, Record) and klass is not Record and "__dataclass_fields__" not in vars(klass):
            made = {n: d for n, d in klass.__record_defaults__.items() if isinstance(d, _Factory) and n in
                    vars(klass).get("__annotations__", {})}
            for name, default in made.items():
                setattr(klass, name, dataclasses.field(default_factory=default.make))
            dataclasses.dataclass(klass, init=False, repr=False, eq=False)


def fields(record: Record | type[Record]) -> tuple[str, ...]:
    """The names of a record's fields, in their order."""
    return record.__record_fields__


def asdict(obj: Any) -> Any:
    """A record as a plain dict, recursively (lists, tuples and dicts rebuilt, a record within made a
    dict), as `dataclasses.asdict` gives a dataclass; a dataclass (the watch's, the data model's) by
    `dataclasses.asdict`; any other value as it is."""
    if isinstance(obj, Record):
        return {name: asdict(getattr(obj, name)) for name in obj.__record_fields__}
    if isinstance(obj, (list, tuple)):
        values = [asdict(v) for v in obj]
        return type(obj)(*values) if hasattr(obj, "_fields") else type(obj)(values)   # a named tuple by position
    if isinstance(obj, dict):
        return {k: asdict(v) for k, v in obj.items()}
    if hasattr(type(obj), "__dataclass_fields__") and not isinstance(obj, type):
        import dataclasses
        return dataclasses.asdict(obj)
    return obj
