"""The command line and the REST API at their edges: where --db goes, a ledger that is not there,
names, ids and files the ledger cannot use (a clear message and exit code 2, or a 4xx, never a
traceback, a 500 or a silently created record), the shared output options, the graph exports, the
Host check and the write token, and what a command that does not analyse text imports."""
from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import sys

import pytest
from fastapi.testclient import TestClient

from newsledger.serve.app import create_app

from .command_line import invoke
from .conftest import SAMPLES

TOKEN = "edge-token"
TOO_BIG = str(2**63)


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    path = tmp_path_factory.mktemp("edges") / "ledger.db"
    result = invoke("--db", path, "ingest", SAMPLES, "--progress")
    assert result.exit_code == 0, result.output
    return path, result.stderr


@pytest.fixture(scope="module")
def db(ingested):
    return ingested[0]


@pytest.fixture()
def copy(db, tmp_path):
    """A ledger of its own for a test that writes."""
    path = tmp_path / "copy.db"
    shutil.copy(db, path)
    return path


def ok(*args: object) -> str:
    result = invoke(*args)
    assert result.exit_code == 0, result.output
    return result.stdout


def counts(db) -> dict[str, int]:
    return json.loads(ok("stats", "--db", db, "--json"))


def failed(result, code: str) -> None:
    """A clear one-line error with its code on stderr, exit code 2, no traceback."""
    assert result.exit_code == 2, result.output
    assert f"newsledger: error: {code}" in result.stderr and "Traceback" not in result.output


# --- start-up ------------------------------------------------------------------------------------

HEAVY = ("spacy", "scipy", "datasketch", "thinc", "pyarrow", "ray", "selenium")


def modules_after(code: str) -> set[str]:
    """The heavy packages a fresh interpreter has imported after running CODE."""
    probe = f"{code}\nimport sys, json\nprint(json.dumps(sorted({{m.split('.')[0] for m in sys.modules}})))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    return set(json.loads(out.splitlines()[-1])) & set(HEAVY)


def test_importing_the_cli_imports_no_nlp_stack():
    assert modules_after("import newsledger.cli") == set()


@pytest.mark.parametrize("args", [["--help"], ["stats"], ["entity", "Lukashenka"], ["statements", "--limit", "3"],
                                  ["graph"], ["forecasts"], ["alerts"]])
def test_commands_that_read_import_no_nlp_stack(db, args):
    run = f"from newsledger.cli import run\nrun({[*args, '--db', str(db)] if args != ['--help'] else args!r})"
    assert modules_after(run) == set()


def imported_after(args: list[str]) -> set[str]:
    """Every module a fresh interpreter holds after running the command ARGS."""
    probe = f"import sys, json\nfrom newsledger.cli import run\nrun({args!r})\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    return set(json.loads(out.splitlines()[-1]))


# each read command's query rooms (modules of newsledger.query and of its typed results): it may load
# these and no other; NOT_READ: the stdlib modules no command that reads needs (importlib.resources
# brings tempfile and zipfile; hashlib, OpenSSL; logging is configured by the commands that log;
# pathlib and the urllib.parse it imports: the store's paths are strings; dataclasses and the inspect it
# imports: the typed results are `record.Record`s);
# none of them loads the resolver (nor the store's side of it) or an extractor
READ_ROOMS = {("--help",): set(),
              ("stats",): {"overview", "results.counts"},
              ("entity", "Lukashenka"): {"dossier", "entities", "events", "forecasts", "statements", "order",
                                         "search_syntax", "results.common", "results.dossier", "results.entities",
                                         "results.events", "results.forecasts", "results.statements"},
              ("statements",): {"statements", "entities", "order", "search_syntax", "results.common",
                                "results.entities", "results.statements"},
              ("graph",): {"graph", "statements", "entities", "order", "search_syntax", "results.common",
                           "results.entities", "results.graph", "results.statements"}}
NOT_READ = {"importlib.resources", "zipfile", "tempfile", "hashlib", "xml.etree.ElementTree", "logging", "pathlib",
            "urllib.parse", "dataclasses", "inspect"}


@pytest.mark.parametrize("args", sorted(READ_ROOMS))
def test_read_commands_import_their_own_rooms_only(db, args):
    """Start-up stays near a bare interpreter's (bench/startup.py): a command that reads loads only
    the query rooms it answers from, no data model, and `--help` no library beyond the command line itself."""
    mods = imported_after([*args, "--db", str(db)] if args != ("--help",) else list(args))
    rooms = {m.removeprefix("newsledger.query.") for m in mods if m.startswith("newsledger.query.")}
    assert rooms - {"sql", "results"} <= READ_ROOMS[args]
    assert not {m for m in mods if m.startswith(("newsledger.resolve", "newsledger.extract", "newsledger.store.entities",
                                                 "newsledger.ingest"))}
    assert not mods & NOT_READ
    assert "newsledger.model" not in mods   # results are typed with `vocab`, not the data model's classes
    if args == ("--help",):
        assert not mods & {"newsledger.ledger", "newsledger.store", "newsledger.errors", "pathlib", "sqlite3"}
    commands = {m.removeprefix("newsledger.cli.") for m in mods if m.startswith("newsledger.cli.")}
    assert commands <= CLI_MODULES[args]   # the root builds only the command named


def test_the_ingest_report_keeps_its_names():
    """`IngestReport` lives in `ingest.report` (the commands that read do not build it), and is still
    `newsledger.IngestReport` and `newsledger.ledger.IngestReport`."""
    import newsledger
    import newsledger.ledger
    from newsledger.ingest.report import IngestReport
    assert newsledger.IngestReport is newsledger.ledger.IngestReport is IngestReport
    assert IngestReport().exit_status == 0


# the modules of the CLI package each command builds (`--help` none: it lists COMMANDS)
CLI_MODULES = {("--help",): set(), ("stats",): {"common", "stats"}, ("entity", "Lukashenka"): {"common", "entity"},
               ("statements",): {"common", "read"}, ("graph",): {"common", "read"}}


def test_help_lists_every_command_by_the_opening_of_its_own_help():
    """`newsledger --help` lists COMMANDS without importing them: each line is still the command's,
    and the command is the one of that name in the module named."""
    from importlib import import_module

    from newsledger.cli import COMMANDS
    listing = ok("--help")
    for name, (module, line) in COMMANDS.items():
        command = getattr(import_module(f"newsledger.cli.{module}"), name)
        assert command.run.__name__ == name and command.run.__module__ == f"newsledger.cli.{module}"
        assert command.help.startswith(line.removesuffix("...").removesuffix(".")), name
        assert re.search(rf"^  {name} +{re.escape(line[:20])}", listing, re.M), name
        assert command.help in " ".join(ok(name, "--help").split()), name
    unknown = invoke("no-such-command")
    assert unknown.exit_code == 2 and "invalid choice: 'no-such-command'" in unknown.stderr


@pytest.mark.parametrize("args", [["no-such-command"], ["stats", "--limit", "3"], ["statements", "--certainty", "sure"],
                                  ["graph", "--format", "dot"], ["forecasts", "resolve", "1"], ["watchlist"], ["entity"],
                                  ["statements", "--lim", "3"]])
def test_a_usage_error_is_the_usage_and_one_line_with_exit_code_2(db, args):
    """argparse's own errors keep the CLI's promise: exit code 2, the reason on stderr, nothing on stdout;
    an option is spelled whole (no abbreviations: --lim is not --limit)."""
    result = invoke(*args, "--db", db)
    assert result.exit_code == 2 and result.stdout == "" and "Traceback" not in result.output
    assert result.stderr.startswith("usage: newsledger") and result.stderr.splitlines()[-1].startswith("newsledger: error: ")


def test_version_and_help_exit_0():
    from newsledger import __version__
    assert ok("--version").strip() == f"newsledger, version {__version__}"
    assert "--came-true" in ok("forecasts", "resolve", "--help") and "resolve" in ok("forecasts", "--help")


def test_options_may_come_between_the_arguments(tmp_path):
    """As with click: `watchlist add KIND --db FILE VALUE` is `watchlist add KIND VALUE --db FILE`."""
    ok("watchlist", "add", "entity", "--db", tmp_path / "w.db", "Zelensky", "--label", "the president")
    assert ok("watchlist", "list", "--db", tmp_path / "w.db").startswith("#1 the president  [entity]")


# --- where --db goes, and a ledger that is not there -------------------------------------------------

def test_db_before_the_command_is_the_same_as_after(db):
    assert ok("--db", db, "stats", "--json") == ok("stats", "--db", db, "--json")
    assert json.loads(ok("--db", db, "stats", "--json"))["articles"] == 8


def test_db_from_the_environment(db, monkeypatch):
    monkeypatch.setenv("NEWSLEDGER_DB", str(db))
    assert json.loads(ok("stats", "--json"))["articles"] == 8


@pytest.mark.parametrize("args", [["stats"], ["statements"], ["entity", "Lukashenka"], ["forecasts"], ["graph"],
                                  ["timeline"], ["export"], ["summary"], ["alerts"], ["watchlist", "list"],
                                  ["watch", "--status"], ["entity", "merge", "A", "B"], ["serve"]])
def test_a_mistyped_ledger_is_an_error_not_a_new_ledger(tmp_path, args):
    missing = tmp_path / "typo.db"
    failed(invoke(*args, "--db", missing), "E040")
    assert not missing.exists()


def test_the_ray_engine_without_ray_says_which_extra_brings_it(tmp_path, monkeypatch):
    """`make demo` installs no extra: `ingest --engine ray` there is one line naming the `scale` extra,
    exit code 2 and no new ledger, not an ImportError's traceback."""
    article = tmp_path / "a.txt"
    article.write_text("The mayor of Riga said on Monday that the new tram line would open in May.\n")
    monkeypatch.setitem(sys.modules, "ray", None)      # as where Ray is not installed: `import ray` fails
    result = invoke("ingest", article, "--engine", "ray", "-p", "2", "--db", tmp_path / "ray.db")
    failed(result, "--engine ray needs Ray")
    assert "newsledger[scale]" in result.stderr and not (tmp_path / "ray.db").exists()


def test_a_file_that_is_no_ledger_is_an_error(tmp_path):
    junk = tmp_path / "notes.db"
    junk.write_text("not a database\n" * 100)
    failed(invoke("stats", "--db", junk), "E041")


def test_commands_that_store_make_a_new_ledger(tmp_path):
    known = tmp_path / "known.json"
    known.write_text(json.dumps({"entities": [{"name": "Volodymyr Zelensky", "aliases": ["Zelenskyy"]}]}))
    ok("--db", tmp_path / "k.db", "entity", "knowledge", known)
    ok("--db", tmp_path / "w.db", "watchlist", "add", "entity", "Zelensky")
    assert counts(tmp_path / "k.db")["entities"] == 1
    assert "Zelensky" in ok("--db", tmp_path / "w.db", "watchlist", "list")


# --- names, ids and files the ledger cannot use -------------------------------------------------------

def test_split_with_an_alias_the_entity_never_had_creates_nothing(copy):
    before = counts(copy)
    failed(invoke("entity", "split", "Lukashenka", "Nobody Atall", "--db", copy), "E043")
    assert counts(copy) == before
    made = json.loads(ok("entity", "split", "Lukashenka", "Lukashenka", "--db", copy))
    assert made["new"] != made["entity"] and counts(copy)["entities"] == before["entities"] + 1


def test_a_verdict_citing_an_event_the_ledger_lacks_is_not_recorded(copy):
    fid = json.loads(ok("forecasts", "--db", copy, "--json", "--limit", "1"))["id"]
    for event in ("99999", TOO_BIG):
        failed(invoke("forecasts", "resolve", fid, "--came-true", "--event", event, "--db", copy), "E014")
    assert json.loads(ok("forecasts", "--db", copy, "--json", "--limit", "1"))["verdict"] is None
    failed(invoke("forecasts", "resolve", TOO_BIG, "--did-not", "--db", copy), "E014")


@pytest.mark.parametrize("content", ["not json", '["a list"]', '{"entities": [{"type": "PERSON"}]}',
                                     '{"entities": [{"name": "  "}]}', '{"entities": {"name": "A"}}',
                                     '{"entities": [{"name": "A", "aliases": "B"}]}',
                                     '{"entities": [{"name": "A"}], "never_merge": [["A"]]}', "\udcff"])
def test_a_knowledge_file_that_is_not_one_changes_nothing(copy, tmp_path, content):
    path = tmp_path / "known.json"
    path.write_bytes(content.encode("utf-8", "surrogateescape"))
    before = counts(copy)
    failed(invoke("entity", "knowledge", path, "--db", copy), "E042")
    assert counts(copy) == before


@pytest.mark.parametrize("args", [["watchlist", "remove", TOO_BIG], ["alerts", "--watchlist", TOO_BIG],
                                  ["alerts", "--limit", TOO_BIG], ["graph", "--min-weight", TOO_BIG],
                                  ["statements", "--offset", TOO_BIG], ["statements", "--limit", TOO_BIG],
                                  ["forecasts", "--offset", TOO_BIG], ["entity", "Lukashenka", "--limit", TOO_BIG]])
def test_numbers_sqlite_cannot_hold_are_usage_errors(db, args):
    result = invoke(*args, "--db", db)
    assert result.exit_code == 2 and "is not in the range" in result.stderr and "Traceback" not in result.output


def test_a_page_past_the_end_says_so(db):
    result = invoke("statements", "--db", db, "--offset", str(2**63 - 1))
    assert result.exit_code == 0 and result.stdout == "" and "no statements past" in result.stderr


def test_an_unknown_entity_is_an_error(db):
    failed(invoke("entity", "Nobody Atall", "--db", db), "E013")
    failed(invoke("entity", TOO_BIG, "--db", db), "E013")


# --- output ------------------------------------------------------------------------------------

def test_output_options_give_the_same_records(db):
    rows = [json.loads(x) for x in ok("statements", "--db", db, "--json", "--limit", "5").splitlines()]
    assert ok("statements", "--db", db, "--nl", "--limit", "5") == ok("statements", "--db", db, "--json", "--limit", "5")
    table = list(csv.DictReader(io.StringIO(ok("statements", "--db", db, "--csv", "--limit", "5"))))
    assert [r["content"] for r in table] == [r["content"] for r in rows] and len(rows) == 5
    assert json.loads(table[0]["sources"]) == rows[0]["sources"]
    assert [json.loads(r["content_span"]) for r in table] == [r["content_span"] for r in rows]    # spans too
    tsv = list(csv.DictReader(io.StringIO(ok("statements", "--db", db, "--tsv", "--limit", "5")), delimiter="\t"))
    assert [r["id"] for r in tsv] == [str(r["id"]) for r in rows]


@pytest.mark.parametrize("args", [["forecasts"], ["forecasts", "scoreboard"], ["timeline"], ["graph"], ["stats"],
                                  ["entity", "Lukashenka"], ["alerts"], ["watchlist", "list"], ["summary"]])
def test_every_command_that_prints_records_has_the_output_options(db, args):
    for option in ("--json", "--csv", "--tsv"):
        assert invoke(*args, "--db", db, option).exit_code == 0, (args, option)


def test_no_results_says_so(db):
    result = invoke("statements", "--db", db, "--speaker", "Nobody Atall")
    assert result.exit_code == 0 and result.stdout == "" and "no statements match" in result.stderr
    assert "no alerts" in invoke("alerts", "--db", db).stderr
    assert "no links match" in invoke("graph", "--db", db, "--min-weight", "1000").stderr


@pytest.mark.parametrize("value, shown", [
    ("XXXX-12-18", "18 Dec, year unknown"), ("XXXX-03", "Mar, year unknown"), ("2023-W06", "week 6 of 2023"),
    ("2023-W06-WE", "the weekend of week 6, 2023"), ("XXXX", "a year, unknown which"),
    ("XXXX-WXX-7", "a Sunday"), ("2023-W03-1", "a Monday of week 3, 2023"), ("2023-SU", "summer 2023"),
    ("XXXX-Q2", "Q2 (year unknown)"), ("PAST_REF", "in the past"), ("2022-12-18TEV", "2022-12-18, evening"),
    ("198X", "the 1980s"), ("19XX", "the 20th century"), ("P3D", "a period"), ("2023-01-19", "2023-01-19"),
    ("2023", "2023"), (None, "undated")])
def test_dates_without_a_calendar_date_read_as_people_write_them(value, shown):
    from newsledger.cli.common import readable_date
    assert readable_date(value) == shown


def test_text_output_shows_no_timex_codes(db):
    """The seed article's year is unknown: its statements and forecasts are dated '18 Dec, year unknown',
    not 'XXXX-12-18', and a forecast without a horizon says so rather than 'None'."""
    listed = ok("statements", "--db", db, "--limit", "500") + ok("forecasts", "--db", db, "--limit", "500")
    assert "XXXX" not in listed and "None" not in listed and not re.search(r"\d{4}-W\d", listed)
    assert "on 18 Dec, year unknown (no date to check it by)" in listed


def test_the_graph_exports_load_in_networkx(db, tmp_path):
    import networkx as nx
    whole = json.loads(ok("graph", "--db", db, "--json", "--limit", "100000"))
    ok("export", "--db", db, "--format", "graphml", "-o", tmp_path / "g.graphml")
    g = nx.read_graphml(tmp_path / "g.graphml")
    assert g.number_of_edges() == whole["edges_total"] == len(whole["edges"]) > 0
    assert {d["name"] for _, d in g.nodes(data=True)} == {n["name"] for n in whole["nodes"]}
    gexf = ok("export", "--db", db, "--format", "gexf")
    assert gexf.startswith("<?xml") and gexf.count("<edge ") == whole["edges_total"]


def test_table_exports_to_stdout_are_refused_with_a_reason(db):
    result = invoke("export", "--db", db, "--format", "csv", "-o", "-")
    assert result.exit_code == 2 and "give a folder" in result.stderr


def test_the_progress_bar_knows_the_total_and_says_what_it_waits_for(ingested):
    progress = ingested[1]
    assert "8/8" in progress and "loading the language model" in progress and "analysing" in progress


# --- the server's command: token and Host --------------------------------------------------------------

@pytest.fixture()
def served(monkeypatch):
    """What `newsledger serve` would run the server with."""
    calls: list[dict] = []
    monkeypatch.setattr("newsledger.serve.app.run", lambda db, **kw: calls.append(dict(kw, db=db)))
    return calls


def test_serve_takes_its_token_from_a_file_or_the_environment(db, tmp_path, served, monkeypatch):
    secret = tmp_path / "token"
    secret.write_text("from-a-file\n")
    result = invoke("serve", "--db", db, "--token-file", secret, "--allow-host", "ledger.example.org")
    assert result.exit_code == 0 and "visible" not in result.stderr
    assert served[-1]["token"] == "from-a-file" and served[-1]["allow_hosts"] == ("ledger.example.org",)
    monkeypatch.setenv("NEWSLEDGER_TOKEN", "from-the-env")
    assert invoke("serve", "--db", db).exit_code == 0 and served[-1]["token"] == "from-the-env"


def test_serve_warns_of_a_token_on_the_command_line(db, served):
    result = invoke("serve", "--db", db, "--token", "in-ps")
    assert result.exit_code == 0 and served[-1]["token"] == "in-ps" and "visible to every user" in result.stderr


def test_serve_refuses_an_empty_token_file(db, tmp_path, served):
    (tmp_path / "empty").write_text("\n")
    failed(invoke("serve", "--db", db, "--token-file", tmp_path / "empty"), "")
    assert served == []


# --- the API: 4xx, never 500 ---------------------------------------------------------------------------

@pytest.fixture()
def api(copy):
    with TestClient(create_app(copy, token=TOKEN), base_url="http://127.0.0.1", raise_server_exceptions=False) as c:
        c.headers["Authorization"] = f"Bearer {TOKEN}"
        yield c


@pytest.mark.parametrize("url", [f"/api/entities/{TOO_BIG}", "/api/entities/-1", f"/api/forecasts/{TOO_BIG}",
                                 "/api/forecasts/-5", f"/api/graph?min_weight={TOO_BIG}", "/api/graph?min_weight=-1",
                                 f"/api/statements?limit={TOO_BIG}&offset={TOO_BIG}", f"/api/entities?offset={TOO_BIG}",
                                 f"/api/places?offset={TOO_BIG}", f"/api/events?limit={TOO_BIG}",
                                 f"/api/entities/1?limit={TOO_BIG}", f"/api/search?q=a&limit={TOO_BIG}",
                                 f"/api/graph?entity={TOO_BIG}", f"/api/statements?speaker={TOO_BIG}",
                                 f"/api/alerts?watchlist={TOO_BIG}", "/api/entities/%C2%B2"])
def test_any_id_or_number_is_answered_without_a_server_error(api, url):
    assert api.get(url).status_code < 500


@pytest.mark.parametrize("path, body", [
    (f"/api/forecasts/{TOO_BIG}/verdict", {"came_true": True}),
    ("/api/forecasts/1/verdict", {"came_true": True, "event_id": int(TOO_BIG)}),
    ("/api/forecasts/1/verdict", {"came_true": True, "event_id": 99999}),
    ("/api/entities/merge", {"keep": TOO_BIG, "drop": "1"}),
    ("/api/entities/merge", {"keep": "²", "drop": "1"}),
    ("/api/entities/split", {"entity": TOO_BIG, "alias": "x"}),
])
def test_writes_with_impossible_ids_are_4xx(api, path, body):
    assert 400 <= api.post(path, json=body).status_code < 500


def test_split_with_an_unknown_alias_is_404_and_creates_nothing(api, copy):
    before = counts(copy)
    answer = api.post("/api/entities/split", json={"entity": "Lukashenka", "alias": "Nobody Atall"})
    assert answer.status_code == 404 and "E043" in answer.json()["detail"]
    assert counts(copy) == before


def test_requests_for_another_host_are_refused(copy):
    """DNS rebinding: a page on evil.example resolves its own name to 127.0.0.1; the browser then
    sends Host: evil.example, which the server does not answer."""
    with TestClient(create_app(copy), base_url="http://evil.example") as c:
        answer = c.get("/api/stats")
        assert answer.status_code == 400 and "evil.example" in answer.json()["detail"]
    with TestClient(create_app(copy, hosts=["ledger.example.org"]), base_url="http://ledger.example.org:8080") as c:
        assert c.get("/api/stats").status_code == 200
    with TestClient(create_app(copy), base_url="http://[::1]:8765") as c:
        assert c.get("/api/stats").status_code == 200


# --- the README's "Using it" is true line by line ------------------------------------------------------

def readme_commands() -> list[tuple[list[str], str]]:
    """Each `newsledger ...` line of the README's "Using it" block (with its continuation lines):
    the command's words, and the whole text that names its options."""
    block = (SAMPLES.parent.parent / "README.md").read_text("utf-8").split("## Using it", 1)[1].split("```")[1]
    found: list[tuple[list[str], str]] = []
    for line in block.splitlines():
        if line.startswith(".venv/bin/newsledger "):
            words = []
            for token in line.split()[1:]:
                if not re.fullmatch(r"[a-z]+", token):
                    break
                words.append(token)
            found.append((words, line))
        elif found and line.strip().startswith("#"):
            found[-1] = (found[-1][0], found[-1][1] + line)
    return found


@pytest.mark.parametrize("words, line", readme_commands(), ids=lambda x: " ".join(x) if isinstance(x, list) else "")
def test_every_option_the_readme_names_exists(words, line):
    shown = ok(*words, "--help")
    for option in re.findall(r"(?<![\w-])--[a-z][a-z-]*", line):
        assert option in shown, (words, option)
    for values in re.findall(r"--format ([a-z|]+)", line):
        for value in values.split("|"):
            assert value in shown, (words, value)


def test_every_error_code_says_what_to_do():
    """Each coded reason a run report or an error line can carry comes with a hint."""
    from newsledger.errors import Codes, hint
    codes = [v for k, v in vars(Codes).items() if k.startswith("E")]
    assert len(codes) > 30 and [c for c in codes if not hint(c)] == []
