"""The typed results' `Record`: built, compared, shown and serialised as the dataclasses they replace,
and given to pydantic (the REST API's schemas) as a dataclass."""
from __future__ import annotations

import dataclasses
from typing import ClassVar

import pytest
from pydantic import TypeAdapter

from newsledger.query import results
from newsledger.record import Record, asdict, field, fields


class Visit(Record):
    """A head of state's visit (a record of the test's own)."""

    host: str
    guest: str
    days: int = 1
    topics: list[str] = field(default_factory=list)
    kind: ClassVar[str] = "visit"


class StateVisit(Visit):
    """A visit with its honours: a field appended to the base's."""

    honours: int = 0


@dataclasses.dataclass
class VisitDataclass:
    host: str
    guest: str
    days: int = 1
    topics: list[str] = dataclasses.field(default_factory=list)
    kind: ClassVar[str] = "visit"


CALLS = [(("Ankara", "Tokayev"), {}), (("Ankara",), {"guest": "Tokayev", "days": 3}),
         ((), {"guest": "Tokayev", "host": "Ankara", "topics": ["gas transit"]}),
         (("Ankara", "Tokayev", 2, ["grain"]), {}), (("Ankara",), {}), (("Ankara", "Tokayev", 2, [], 5), {}),
         (("Ankara",), {"host": "Baku", "guest": "Tokayev"}), (("Ankara", "Tokayev"), {"hosts": "Baku"})]


def built(cls: type, args: tuple, kwargs: dict) -> object:
    try:
        return cls(*args, **kwargs)
    except TypeError:
        return TypeError


@pytest.mark.parametrize(("args", "kwargs"), CALLS)
def test_a_record_is_built_shown_and_flattened_as_a_dataclass(args, kwargs):
    record, reference = built(Visit, args, kwargs), built(VisitDataclass, args, kwargs)
    if reference is TypeError:
        assert record is TypeError
        return
    assert repr(record) == repr(reference).replace("VisitDataclass", "Visit")
    assert asdict(record) == dataclasses.asdict(reference) and vars(record) == vars(reference)


def test_fields_follow_the_base_and_made_defaults_are_not_shared():
    assert fields(StateVisit) == ("host", "guest", "days", "topics", "honours")
    first, second = StateVisit("Minsk", "Aliyev"), StateVisit("Minsk", "Aliyev")
    first.topics.append("a new pipeline")
    assert second.topics == [] and "topics" not in vars(StateVisit) and Visit.kind == "visit"


def test_records_are_equal_field_by_field_within_one_class():
    assert Visit("Riga", "Nauseda", 2) == Visit("Riga", "Nauseda", days=2)
    assert Visit("Riga", "Nauseda", 2) != Visit("Riga", "Nauseda", 3)
    assert Visit("Riga", "Nauseda") != StateVisit("Riga", "Nauseda")    # as dataclasses: another class
    with pytest.raises(TypeError):
        hash(Visit("Riga", "Nauseda"))                                   # mutable, so unhashable


def test_a_record_refuses_what_a_dataclass_refuses():
    with pytest.raises(ValueError, match="mutable default"):
        class Shared(Record):
            names: list[str] = []    # noqa: RUF012 - the error under test
    with pytest.raises(TypeError, match="follows one with a default"):
        class Unordered(Record):
            country: str = "BY"
            city: str


def test_nested_records_flatten_with_their_spans_and_lists():
    source = results.Source(id="kyiv-0412", outlet="Kyiv Ledger Daily", published="2023-04-12", url=None)
    hit = results.StatementHit(3, "kyiv-0412", "Olena Zelenska", 8, "Zelenska", (40, 48), "The schools will reopen",
                               (0, 23), [(0, 23)], "said", (24, 28), "indirect", "asserted", False, None, None, None,
                               "affirmed", None, sources=[source])
    flat = asdict(results.Page(items=[hit], total=1, limit=20, offset=0))
    assert flat["items"][0]["sources"] == [{"id": "kyiv-0412", "outlet": "Kyiv Ledger Daily",
                                            "published": "2023-04-12", "url": None}]
    assert flat["items"][0]["content_span"] == (0, 23) and flat["items"][0]["title"] is None


def test_pydantic_reads_a_record_as_the_dataclass_it_replaces():
    page = results.Page(items=[StateVisit("Vilnius", "Sandu", honours=2)], total=1, limit=20, offset=0)
    adapter = TypeAdapter(results.Page[StateVisit])
    assert adapter.dump_python(page) == asdict(page)
    assert adapter.validate_python(asdict(page)) == page
    assert dataclasses.is_dataclass(StateVisit) and [f.name for f in dataclasses.fields(StateVisit)] == list(
        fields(StateVisit))
    schema = TypeAdapter(Visit).json_schema()
    reference = TypeAdapter(VisitDataclass).json_schema()
    assert {**schema, "title": None, "description": None} == {**reference, "title": None, "description": None}
    assert schema["required"] == ["host", "guest"] and schema["description"].startswith("A head of state's visit")
