"""The one query layer: typed results, the same answers through the CLI and the REST API, dates
that are partial (a year unknown, a year alone, none) kept out of ranges and sorted last, the
who-said-what graph in both directions, and paging."""
from __future__ import annotations

import ast
import inspect
import io
import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsledger.ledger import Ledger
from newsledger.model import Analysis, Article, Entity, Event, Forecast, Mention, Statement
from newsledger.query import results
from newsledger.record import Record
from newsledger.serve.app import create_app
from newsledger.store.sqlite import Store

from .command_line import invoke

SERVE = Path(__file__).resolve().parent.parent / "src" / "newsledger" / "serve"
A = ("Olena Kovalenko said that Minsk talks with Viktor Petrov failed. "
     "Viktor Petrov said that Olena Kovalenko will resign.")
B = "Olena Kovalenko said that Viktor Petrov lied."
C = "Viktor Petrov said that Olena Kovalenko will win in 2031."


def sp(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    i = -1
    for _ in range(nth + 1):
        i = text.index(part, i + 1)
    return (i, i + len(part))


def people(text: str, **nth: list[int]) -> list[Entity]:
    """Olena Kovalenko (e1) and Viktor Petrov (e2) at their NTH occurrences in TEXT."""
    names = {"kovalenko": ("e1", "Olena Kovalenko"), "petrov": ("e2", "Viktor Petrov")}
    return [Entity(eid, name, "PERSON", [Mention(sp(text, name, n), name) for n in nth[key]], aliases=[name])
            for key, (eid, name) in names.items()]


def said(text: str, content: str, speaker: str, nth: int = 0, **kw) -> Statement:
    return Statement([sp(text, content)], "indirect", "said", sp(text, "said", nth), speaker, **kw)


def article_a() -> Analysis:
    """2022-12-18; the first claim says it was said on 'XXXX-12-17' (a year the text did not give)."""
    minsk = Entity("e3", "Minsk", "GPE", [Mention(sp(A, "Minsk"), "Minsk")])
    ents = people(A, kovalenko=[0, 1], petrov=[0, 1]) + [minsk]
    stmts = [said(A, "Minsk talks with Viktor Petrov failed", "e1", said_on="XXXX-12-17"),
             said(A, "Olena Kovalenko will resign", "e2", 1)]
    ev = Event("CONSULT", sp(A, "Minsk talks with Viktor Petrov failed"), "talks", ["e1"], ["e2"], "XXXX-12-17",
               "e3", "occurred", "e1", 0)
    return Analysis(Article("a-2022", A, published="2022-12-18", outlet="Wire A"), ents, stmts, [], [ev])


def article_b() -> Analysis:
    """Published 'XXXX-12-20': no calendar date at all."""
    ev = Event("ACCUSE", sp(B, "Viktor Petrov lied"), "lied", ["e1"], ["e2"], None, None, "occurred", "e1", 0)
    return Analysis(Article("b-undated", B, published="XXXX-12-20", outlet="Wire B"),
                    people(B, kovalenko=[0], petrov=[0]), [said(B, "Viktor Petrov lied", "e1")], [], [ev])


def article_c() -> Analysis:
    """2030-01-05, a forecast for 2031 (a year alone: no month holds it)."""
    st = said(C, "Olena Kovalenko will win in 2031", "e2", said_on="2030-01-04", forecast=True)
    ev = Event("SUPPORT", sp(C, "Olena Kovalenko will win in 2031"), "win", ["e1"], [], "2031", None, "planned",
               "e2", 0)
    return Analysis(Article("c-2030", C, published="2030-01-05", outlet="Wire C"), people(C, kovalenko=[0], petrov=[0]),
                    [st], [], [ev], [Forecast(0, "e2", "2030-01-04", "2031", "SUPPORT", ["e1"])])


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("query") / "ledger.db"
    with Store(path) as store:
        for analysis in (article_a(), article_b(), article_c()):
            store.write(analysis)
    return path


@pytest.fixture(scope="module")
def ledger(db):
    with Ledger(db) as led:
        yield led


@pytest.fixture(scope="module")
def client(db):
    with TestClient(create_app(db), base_url="http://127.0.0.1") as c:
        yield c


def cli_json(db: Path, *args: str) -> list:
    """What a CLI read command prints with --json: one JSON document per line."""
    result = invoke(*args, "--db", db, "--json")
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


# the same question through the CLI and through the REST API ------------------------------------

@pytest.mark.parametrize("cli_args, path, params", [
    (["statements", "--speaker", "Kovalenko"], "/api/statements", {"speaker": "Kovalenko"}),
    (["statements", "--about", "Petrov", "--from", "2022", "--to", "2022-12"], "/api/statements",
     {"about": "Petrov", "from": "2022", "to": "2022-12"}),
    (["forecasts", "scoreboard"], "/api/forecasts", {}),
])
def test_cli_and_api_list_the_same_records(db, client, cli_args, path, params):
    body = client.get(path, params=params).json()
    api_items = body["scoreboard"] if cli_args[-1] == "scoreboard" else body["items"]
    assert cli_json(db, *cli_args) == api_items and api_items


@pytest.mark.parametrize("cli_args, path, params", [
    (["entity", "Olena Kovalenko", "--limit", "50"], "/api/entities/{id}", {"limit": 50}),
    (["graph", "--entity", "Viktor Petrov", "--direction", "in"], "/api/graph",
     {"entity": "Viktor Petrov", "direction": "in"}),
    (["timeline", "--entity", "Kovalenko"], "/api/timeline", {"entity": "Kovalenko"}),
])
def test_cli_and_api_give_the_same_document(db, client, ledger, cli_args, path, params):
    url = path.format(id=ledger.entity("Olena Kovalenko").id)
    assert cli_json(db, *cli_args) == [client.get(url, params=params).json()]


def test_cli_stats_are_the_api_counts(db, client):
    assert cli_json(db, "stats") == [client.get("/api/stats").json()["counts"]]


def test_serve_speaks_no_sql():
    """serve/ maps HTTP to the query layer and back: no connection call, no SQL of its own."""
    for path in SERVE.glob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        calls = {n.func.attr for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)}
        assert not calls & {"execute", "executemany", "executescript", "cursor"}, path.name
        strings = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
        assert not [s for s in strings if s.lstrip().upper().startswith(("SELECT ", "PRAGMA ", "INSERT "))], path.name


# typed results ----------------------------------------------------------------------------------

def test_every_ledger_method_says_what_it_returns():
    for name, method in inspect.getmembers(Ledger, inspect.isfunction):
        if not name.startswith("_"):
            ret = inspect.signature(method).return_annotation
            assert ret is not inspect.Signature.empty and "Any" not in str(ret), name


def test_results_are_typed_records(ledger):
    page = ledger.statements(speaker="Kovalenko")
    assert isinstance(page, results.Page) and all(isinstance(s, results.StatementHit) for s in page.items)
    d = ledger.entity("Kovalenko")
    assert isinstance(d, results.Dossier) and isinstance(d.statements_by, results.Page)
    assert all(isinstance(x, Record) for x in (d.aliases[0], d.events.items[0], d.forecasts, ledger.stats()))


def test_openapi_documents_the_typed_responses(client):
    schema = client.get("/openapi.json").json()
    models = schema["components"]["schemas"]
    assert {"StatementHit", "Dossier", "EventHit", "Graph", "Timeline", "ForecastLedger", "Overview"} <= set(models)
    assert models["StatementHit"]["properties"]["certainty"]["enum"] == ["asserted", "believed", "speculated"]
    ok = schema["paths"]["/api/entities/{entity_id}"]["get"]["responses"]["200"]["content"]["application/json"]
    assert ok["schema"] == {"$ref": "#/components/schemas/Dossier"}


# partial dates ----------------------------------------------------------------------------------

def test_statements_newest_first_by_calendar_date_undated_last(ledger):
    items = ledger.statements().items
    assert [(s.article_id, s.date) for s in items] == [("c-2030", "2030-01-04"), ("a-2022", "2022-12-18"),
                                                       ("a-2022", "2022-12-18"), ("b-undated", None)]
    first = items[1]
    assert (first.said_on, first.said_on_iso, first.published) == ("XXXX-12-17", None, "2022-12-18")


@pytest.mark.parametrize("date_from, date_to, articles", [
    ("2030", None, ["c-2030"]), (None, "2029", ["a-2022", "a-2022"]),
    ("2022-12-18", "2022-12-18", ["a-2022", "a-2022"]),
    ("2022-12", "2030-01", ["c-2030", "a-2022", "a-2022"]), ("2022-12-19", "2029-12-31", []),
])
def test_a_date_range_never_holds_what_has_no_calendar_date(ledger, date_from, date_to, articles):
    page = ledger.statements(date_from=date_from, date_to=date_to)
    assert [s.article_id for s in page.items] == articles and page.total == len(articles)


def test_events_in_date_order_and_a_year_alone_is_not_in_its_months(ledger):
    assert [(e.type, e.when) for e in ledger.events().items] == [
        ("CONSULT", "2022-12-18"), ("SUPPORT", "2031"), ("ACCUSE", None)]
    assert [e.type for e in ledger.events(date_from="2030").items] == ["SUPPORT"]
    assert ledger.events(date_from="2031-06").items == []       # '2031' may be any month of it


def test_timeline_counts_what_no_month_holds_apart(ledger):
    t = ledger.timeline()
    assert [(m.month, m.statements, m.occurred, m.planned) for m in t.months] == [
        ("2022-12", 2, 1, 0), ("2030-01", 1, 0, 0)]
    assert (t.statements_without_month, t.events_without_month) == (1, 2)


def test_articles_and_dossier_dates(ledger):
    assert [a.id for a in ledger.articles().items] == ["c-2030", "a-2022", "b-undated"]
    assert [a.id for a in ledger.articles(date_from="2030").items] == ["c-2030"]
    d = ledger.entity("Olena Kovalenko")
    assert (d.first_seen, d.last_seen) == ("2022-12-18", "2030-01-05")   # 'XXXX-12-20' outranks no year
    assert (d.first_seen_iso, d.last_seen_iso) == ("2022-12-18", "2030-01-05")
    from newsledger.query.dossier import seen
    for mentions in (1, 10**6):         # an older ledger's raw range is read again from its articles
        assert seen(ledger.conn, d.id, "2022-12-18", "XXXX-12-20", mentions) == ("2022-12-18", "2030-01-05")


def test_forecasts_keep_the_partial_horizon_beside_its_calendar_date(ledger):
    (fc,) = ledger.forecasts().items
    assert (fc.made_on_iso, fc.horizon, fc.horizon_iso) == ("2030-01-04", "2031", "2031")


@pytest.mark.parametrize("bad", ["2023-13", "last week", "2023-02-30", "XXXX-12-18"])
def test_a_malformed_date_is_refused(ledger, db, bad):
    with pytest.raises(ValueError):
        ledger.statements(date_from=bad)
    result = invoke("statements", "--from", bad, "--db", db)
    assert result.exit_code == 2 and "--from" in result.output


# the graph --------------------------------------------------------------------------------------

def edges(g: results.Graph) -> dict[tuple[str, str], int]:
    names = {n.id: n.name for n in g.nodes}
    return {(names[e.source], names[e.target]): e.weight for e in g.edges}


def test_graph_of_an_entity_in_both_directions(ledger):
    out = {("Olena Kovalenko", "Minsk"): 1, ("Olena Kovalenko", "Viktor Petrov"): 2}
    into = {("Viktor Petrov", "Olena Kovalenko"): 2}
    assert edges(ledger.graph(entity="Kovalenko", direction="out")) == out
    assert edges(ledger.graph(entity="Kovalenko", direction="in")) == into
    both = ledger.graph(entity="Kovalenko")
    assert edges(both) == out | into and both.edges_total == 3
    assert {n.name for n in both.nodes if n.speaker} == {"Olena Kovalenko", "Viktor Petrov"}


def test_graph_says_how_many_links_it_left_out(ledger):
    g = ledger.graph(limit=2)
    assert len(g.edges) == 2 and g.edges_total == 3 and [e.weight for e in g.edges] == [2, 2]
    assert ledger.graph(date_from="2030").edges_total == 1


def test_graph_files_read_back_in_networkx(db):
    nx = pytest.importorskip("networkx")
    for fmt, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        result = invoke("graph", "--format", fmt, "--db", db)
        assert result.exit_code == 0, result.output
        g = read(io.BytesIO(result.stdout.encode()))
        assert g.is_directed() and g.number_of_nodes() == 3 and g.number_of_edges() == 3
        weights = sorted(int(w) for _, _, w in g.edges(data="weight"))
        assert weights == [1, 2, 2]


def test_graph_and_timeline_text(db):
    out = invoke("graph", "--entity", "Kovalenko", "--limit", "1", "--db", db)
    assert out.exit_code == 0 and out.stdout.count("->") == 1 and "showing 1 of 3 links" in out.stderr
    out = invoke("timeline", "--db", db)
    assert "2022-12" in out.stdout and "1 statements, 2 events" in out.stdout


# paging -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("filters", [{}, {"about": "Kovalenko"}, {"speaker": "Petrov"}])
def test_pages_tile_the_whole_list(ledger, filters):
    whole = ledger.statements(**filters, limit=100)
    pages = [ledger.statements(**filters, limit=1, offset=i) for i in range(whole.total + 1)]
    assert [p.items[0].id for p in pages[:-1]] == [s.id for s in whole.items]
    assert pages[-1].items == [] and {p.total for p in pages} == {whole.total}


def test_dossier_lists_are_pages_with_their_totals(ledger):
    d = ledger.entity("Kovalenko", limit=1)
    assert (len(d.statements_by.items), d.statements_by.total) == (1, 2)
    assert (len(d.statements_about.items), d.statements_about.total) == (1, 2)
    assert (len(d.events.items), d.events.total) == (1, 3)


def test_no_match_says_so(db):
    out = invoke("statements", "--speaker", "Nobody Atall", "--db", db)
    assert out.exit_code == 0 and out.stdout == "" and "no statements match" in out.stderr


# date order at volume: the page taken in parts equals one sort of everything ----------------------

def busy_ledger(path: Path, seed: int) -> None:
    """One speaker's 400 statements in 120 articles; dates of every kind: a day said on, none,
    an article's day, month or year alone, no article date at all."""
    import random

    from newsledger.dates import calendar_date
    rng = random.Random(seed)
    with Store(path) as store:
        conn = store.conn
        conn.execute("INSERT INTO entities(id, name, type) VALUES (1, 'Olena Kovalenko', 'PERSON')")
        for a in range(120):
            published = rng.choice(["2023-01-05", "2023-01", "2023", "2022-12-31", "XXXX-12-18", None,
                                    f"2022-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"])
            conn.execute("INSERT INTO articles(id, content_hash, published, published_iso, text, pipeline, ingested_at)"
                         " VALUES (?,?,?,?,'x','t','t')", (f"a{a:03d}", f"h{a}", published, calendar_date(published)))
        for i in range(400):
            said = rng.choice([None, None, "PAST_REF", "2023-01-05", f"2022-11-{rng.randint(1, 30):02d}"])
            article = f"a{rng.randrange(120):03d}"
            conn.execute("INSERT INTO statements(article_id, seq, speaker_id, content, content_start, content_end,"
                         " content_spans, kind, certainty, forecast, said_on, said_on_iso) VALUES (?,?,1,'c',0,1,'[]',"
                         " 'direct','asserted',0,?,?)", (article, i, said, calendar_date(said)))
            conn.execute("INSERT INTO events(article_id, seq, type, date, date_iso, status, source_id, evidence,"
                         " evidence_start, evidence_end) VALUES (?,?,'CONSULT',?,?,'occurred',1,'e',0,1)",
                         (article, i, said, calendar_date(said)))
        conn.commit()


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize("limit, offset", [(5, 0), (10, 30), (50, 0), (50, 350), (500, 0)])
@pytest.mark.parametrize("kind", ["statements", "events"])
def test_a_page_in_date_order_is_one_sort_of_everything(tmp_path, seed, limit, offset, kind):
    from newsledger.query.events import OLDEST
    from newsledger.query.order import page_ids
    from newsledger.query.sql import Where, connect
    from newsledger.query.statements import NEWEST
    busy_ledger(tmp_path / "busy.db", seed)
    conn = connect(tmp_path / "busy.db")
    order, where = (NEWEST, Where()) if kind == "statements" else (OLDEST, Where())
    where.add("s.dup_of IS NULL AND s.speaker_id = ?" if kind == "statements" else "ev.source_id = ?", 1)
    row = order.id.split(".")[0]
    expected = [r[0] for r in conn.execute(
        f"SELECT {order.id} {order.source} {order.article} WHERE {where.sql} ORDER BY {order.key} IS NULL,"
        f" {order.key} {'DESC' if order.descending else ''}, {row}.article_id, {row}.seq LIMIT ? OFFSET ?",
        (*where.params, limit, offset))]
    assert page_ids(conn, order, where, limit, offset) == (expected, 400)
