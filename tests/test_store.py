"""The store: round trips, one transaction per article, replacement, merges and splits."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsledger.model import Analysis, Article, Entity, Event, Mention, Statement, Timex
from newsledger.query.articles import article_record
from newsledger.query.entities import entity_ids
from newsledger.query.statements import search_statements
from newsledger.store import sqlite as store_mod
from newsledger.store.sqlite import Store

TEXT = ('Ukrainian commander Serhiy Naev said on Monday that Belarus "is not ready for war". '
        "Nayev added that Minsk would host talks.")


def _analysis(text: str = TEXT, aid: str = "a1", published: str = "2022-12-18") -> Analysis:
    naev = Entity("e1", "Serhiy Naev", "PERSON", [Mention((20, 31), "Serhiy Naev"), Mention((84, 89), "Nayev")],
                  aliases=["Serhiy Naev", "Nayev"], roles=["commander"])
    minsk = Entity("e2", "Minsk", "GPE", [Mention((101, 106), "Minsk")])
    st_ = Statement([(61, 81)], kind="direct", cue="said", cue_span=(32, 36), speaker="e1", speaker_span=(20, 31),
                    certainty="asserted")
    ev = Event("CONSULT", (101, 123), trigger="host", actors=["e2"], status="planned", source="e1", statement=None)
    return Analysis(Article(aid, text, published=published, outlet="Test Wire"), [naev, minsk], [st_],
                    [Timex((40, 46), "Monday", "2022-12-12")], [ev])


@pytest.fixture()
def store(tmp_path):
    s = Store(tmp_path / "t.db")
    yield s
    s.close()


def test_round_trip_keeps_offsets_into_the_original_text(store):
    store.write(_analysis())
    rec = article_record(store.conn, "a1")
    (stmt,) = rec.statements
    assert TEXT[slice(*stmt.content_span)] == "is not ready for war"
    assert stmt.speaker == "Serhiy Naev" and stmt.kind == "direct"
    naev = next(e for e in rec.entities if e.type == "PERSON")
    assert [TEXT[s:e] for s, e in naev.mentions] == ["Serhiy Naev", "Nayev"]
    assert rec.events[0].actors == ["Minsk"] and rec.events[0].source == "Serhiy Naev"
    assert rec.timexes[0].value == "2022-12-12"


def test_writing_the_same_article_again_replaces_it(store):
    store.write(_analysis())
    store.write(_analysis())
    assert store.count("articles") == 1 and store.count("statements") == 1 and store.count("mentions") == 3
    assert store.count("entities") == 2


def test_a_crash_mid_article_leaves_nothing_of_it(store, monkeypatch):
    store.write(_analysis())

    def boom(self):
        raise RuntimeError("disk on fire")
    monkeypatch.setattr(store_mod._ArticleWriter, "_events", boom)
    with pytest.raises(RuntimeError):
        store.write(_analysis(aid="a2"))
    assert store.count("articles") == 1 and store.count("statements") == 1
    assert store.conn.execute("SELECT count(*) FROM statements WHERE article_id='a2'").fetchone()[0] == 0


def test_full_text_and_speaker_under_another_spelling(store):
    store.write(_analysis())
    assert [s.content for s in search_statements(store.conn, q="ready war").items] == ["is not ready for war"]
    assert search_statements(store.conn, speaker="Nayev").items[0].speaker == "Serhiy Naev"
    assert search_statements(store.conn, speaker="Nobody Known").items == []


def test_second_article_joins_the_same_identity(store):
    store.write(_analysis())
    other = _analysis(TEXT.replace("Serhiy Naev", "Serhii Naiev"), aid="a2")
    other.entities[0].name, other.entities[0].aliases = "Serhii Naiev", ["Serhii Naiev"]
    store.write(other)
    assert len(entity_ids(store.conn, "Naev")) == 1 and entity_ids(store.conn, "Serhii Naiev") == entity_ids(store.conn, "Naev")


def test_same_claim_from_a_syndicated_copy_is_one_statement_with_two_sources(store):
    store.write(_analysis())
    copy = _analysis(aid="a2")
    copy.article.outlet = "Other Outlet"
    store.write(copy)
    rows = search_statements(store.conn, speaker="Naev").items
    assert len(rows) == 1 and {s.outlet for s in rows[0].sources} == {"Test Wire", "Other Outlet"}


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(TEXT) - 1), st.integers(1, 30),
                          st.sampled_from(["asserted", "believed", "speculated"]), st.booleans()), max_size=6))
def test_statements_round_trip(tmp_path_factory, specs):
    s = Store(tmp_path_factory.mktemp("h") / "h.db")
    a = _analysis()
    a.statements = [Statement([(b, min(len(TEXT), b + n))], certainty=c, forecast=f) for b, n, c, f in specs]
    a.events = []
    s.write(a)
    got = article_record(s.conn, "a1").statements
    assert [(x.content_span, x.certainty, x.forecast) for x in got] == \
        [((b, min(len(TEXT), b + n)), c, f) for b, n, c, f in specs]
    s.close()


def test_knowledge_file_aliases_and_never_merge(store, tmp_path):
    import json
    know = tmp_path / "k.json"
    know.write_text(json.dumps({
        "entities": [{"name": "Volodymyr Zelensky", "type": "PERSON", "aliases": ["Zelenskyy", "Ze"]}],
        "never_merge": [["Serhii Naiev", "Serhiy Naev"]]}), "utf-8")
    store.entities.apply_knowledge(know)
    store.write(_analysis())
    other = _analysis(TEXT.replace("Serhiy Naev", "Serhii Naiev"), aid="a2")
    other.entities[0].name, other.entities[0].aliases = "Serhii Naiev", ["Serhii Naiev"]
    store.write(other)
    assert len(entity_ids(store.conn, "Naev")) == 2          # kept apart as the user said
    assert entity_ids(store.conn, "Ze") == entity_ids(store.conn, "Zelenskyy")


def test_merge_and_split_are_remembered(store):
    from newsledger.model import Entity as E
    store.write(_analysis())
    naev = entity_ids(store.conn, "Naev")[0]
    new = store.entities.split(naev, "Nayev", note="two people")
    assert entity_ids(store.conn, "Nayev") == [new]
    store.entities.merge(naev, new, note="one person after all")
    assert entity_ids(store.conn, "Nayev") == [naev]
    assert store.conn.execute("SELECT judgement FROM judgements").fetchone()[0] == "same"
    assert store.entities.load(naev).type == "PERSON" and isinstance(store.entities.load(naev), E)


def test_a_split_keeps_later_mentions_of_the_alias_apart(store):
    """After 'split Naev Nayev', an article naming 'Serhiy Nayev' goes to the split-off identity:
    the resolver reads the person's 'different' judgement, not only the moved alias."""
    store.write(_analysis())
    naev = entity_ids(store.conn, "Serhiy Naev")[0]
    new = store.entities.split(naev, "Nayev", note="two people")
    later = _analysis(TEXT.replace("Serhiy Naev", "Serhiy Nayev"), aid="a2")
    later.entities[0].name, later.entities[0].aliases = "Serhiy Nayev", ["Serhiy Nayev", "Nayev"]
    store.write(later)
    holder = store.conn.execute("SELECT DISTINCT entity_id FROM mentions WHERE article_id='a2' AND text='Nayev'").fetchall()
    assert [r[0] for r in holder] == [new]


@pytest.mark.parametrize("first, second", [("PERSON", "ORG"), ("ORG", "PERSON")])
def test_a_firm_typed_a_person_in_one_article_is_the_organisation_of_another(store, first, second):
    """spaCy's small model types many firms' one-word names as people in some articles; whichever
    article comes first, the ledger keeps one identity, an organisation."""
    text = "Gazprom said on Monday that exports would rise."
    for aid, etype in (("a1", first), ("a2", second)):
        firm = Entity("e1", "Gazprom", etype, [Mention((0, 7), "Gazprom")], aliases=["Gazprom"])
        store.write(Analysis(Article(aid, text, published="2022-12-18", outlet="Test Wire"), [firm], [], [], []))
    ids = entity_ids(store.conn, "Gazprom")
    assert len(ids) == 1
    assert store.conn.execute("SELECT type FROM entities WHERE id=?", (ids[0],)).fetchone()[0] == "ORG"



def _bach(aid: str, outlet: str | None, url: str | None = None, full: bool = False) -> Analysis:
    text = ("Arthur D. Little announced the appointment of Eric Bach as a Partner. Bach joins from Kearney."
            if full else "a calculator named Rumpelstilzchen, and Douglas Hofstadter’s delightful book Gödel, Escher, Bach.")
    name = "Eric Bach" if full else "Bach"
    at = text.index(name)
    ent = Entity("e1", name, "PERSON", [Mention((at, at + len(name)), name)], aliases=[name] + (["Bach"] if full else []))
    return Analysis(Article(aid, text, published="2025-03-01", outlet=outlet, url=url), [ent], [], [], [])


def _holders(store) -> dict[str, int]:
    return dict(store.conn.execute("SELECT article_id, entity_id FROM mentions"))


def test_a_lone_surname_joins_a_person_only_where_its_source_named_them(store):
    """'Bach' of a book's title on a magazine's page is not Eric Bach of a consultancy's notice: a
    name alone identifies no one beyond its outlet (or its host, when the page names no outlet).
    The outlet that introduced Eric Bach may go on calling him 'Bach', even once another site's lone
    'Bach' is stored; a text with no source joins as before."""
    store.write(_bach("a1", "Consulting Point", url="https://www.consultingpoint.example/news/1", full=True))
    store.write(_bach("a2", "Quanta Magazine"))
    store.write(_bach("a3", "Consulting Point"))
    ids = _holders(store)
    assert ids["a2"] != ids["a1"] and ids["a3"] == ids["a1"]


def test_a_lone_surname_joins_by_host_and_by_the_knowledge_file(store, tmp_path):
    """A page that names no outlet is of its host; a person of the user's knowledge file is known
    everywhere, and a lone name that fits it and another site's lone name goes to it."""
    import json
    store.write(_bach("a1", None, url="https://www.consultingpoint.example/news/1", full=True))
    store.write(_bach("a2", None, url="https://www.consultingpoint.example/news/2"))
    store.write(_bach("a3", None, url="https://www.quantamagazine.example/escher"))
    ids = _holders(store)
    assert ids["a2"] == ids["a1"] != ids["a3"]
    know = tmp_path / "k.json"
    know.write_text(json.dumps({"entities": [{"name": "Hannah Bach", "type": "PERSON"}]}), "utf-8")
    store.entities.apply_knowledge(know)
    store.write(_bach("a5", "Another Site"))
    assert _holders(store)["a5"] == entity_ids(store.conn, "Hannah Bach")[0]


def _af(aid: str, outlet: str, spelled: bool) -> Analysis:
    text = ("Air France (AF) cancelled the evening flight to Paris." if spelled
            else "The camera's AF locked on to the bird in flight within a fraction of a second.")
    names = ["Air France", "AF"] if spelled else ["AF"]
    ent = Entity("e1", names[0], "ORG", [Mention((text.index(n), text.index(n) + len(n)), n) for n in names],
                 aliases=names)
    return Analysis(Article(aid, text, published="2025-03-01", outlet=outlet), [ent], [], [], [])


def test_an_acronym_joins_its_spelled_out_name_only_where_its_source_spelled_it_out(store):
    """A travel forum's 'Air France (AF)' does not make a camera review's 'AF' (autofocus) the
    airline: an acronym alone joins a long name only at the source that spelled it out (or from the
    knowledge file). Two sites' bare 'AF' still join each other, and the forum's own later 'AF'
    joins the airline."""
    store.write(_af("a1", "FlyerTalk Forums", spelled=True))
    store.write(_af("a2", "Amateur Photographer", spelled=False))
    store.write(_af("a3", "PCWorld", spelled=False))
    store.write(_af("a4", "FlyerTalk Forums", spelled=False))
    ids = _holders(store)
    assert ids["a2"] != ids["a1"] and ids["a3"] == ids["a2"] and ids["a4"] == ids["a1"]
