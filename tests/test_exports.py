"""Exports load where they say they load, checked with each ecosystem's own tool: followthemoney for
the FtM entities, the GDELT 2.0 codebooks' column lists for the GDELT rows, DuckDB and pandas for
Parquet, datasette for the store itself."""
from __future__ import annotations

import csv
import io
import json
import re
from datetime import date
from importlib import resources
from pathlib import Path

import pytest

from newsledger import Ledger
from newsledger.lexicons import load
from newsledger.query.gdelt import EVENT_COLUMNS, MENTION_COLUMNS

from .conftest import SAMPLES, SEED

# GDELT 2.0 Event Database codebook (V2.0, 2/19/2015), the 61 fields of an event record in order
GDELT_EVENT_CODEBOOK = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code", "Actor1Name", "Actor1CountryCode",
    "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code",
    "Actor1Type3Code", "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code", "IsRootEvent", "EventCode",
    "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat",
    "Actor1Geo_Long", "Actor1Geo_FeatureID", "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID", "ActionGeo_Type", "ActionGeo_FullName",
    "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL"]
# GDELT 2.0 Mentions table codebook, its 16 fields in order
GDELT_MENTION_CODEBOOK = [
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName", "MentionIdentifier", "SentenceID",
    "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone",
    "MentionDocTranslationInfo", "Extras"]
STATUSES = ("occurred", "planned", "speculated", "denied")


def _ingest(path: Path, inputs: list[Path]) -> Path:
    with Ledger(path) as ledger:
        ledger.ingest([str(p) for p in inputs])
    return path


# a text file as people save them: its last line ends with a newline, which the ledger keeps
HARBOUR = ("Dock strike ends in Gdansk\n\nGDANSK, March 3, 2024 - Dock workers returned to work on Sunday after the"
           " port operator agreed to raise wages, union leader Tomasz Nowak said.\n")


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    """The sample corpus, the seed article first, and a text file of our own."""
    folder = tmp_path_factory.mktemp("exports")
    (folder / "harbour.txt").write_text(HARBOUR, "utf-8")
    return _ingest(folder / "newsledger.db", [SEED, SAMPLES / "written.jsonl", folder / "harbour.txt"])


@pytest.fixture(scope="module")
def db_reversed(tmp_path_factory) -> Path:
    """The same articles in the opposite order."""
    folder = tmp_path_factory.mktemp("reversed")
    lines = (SAMPLES / "written.jsonl").read_text("utf-8").splitlines()
    (folder / "written.jsonl").write_text("\n".join(reversed(lines)) + "\n", "utf-8")
    (folder / "harbour.txt").write_text(HARBOUR, "utf-8")
    return _ingest(folder / "ledger.db", [folder / "harbour.txt", folder / "written.jsonl", SEED])


def _ftm(db: Path) -> list[dict]:
    out = io.StringIO()
    with Ledger(db) as ledger:
        ledger.export("ftm", out)
    return [json.loads(x) for x in out.getvalue().splitlines()]


@pytest.fixture(scope="module")
def ftm(db) -> list[dict]:
    return _ftm(db)


@pytest.fixture(scope="module")
def gdelt(db, tmp_path_factory) -> dict[str, list[list[str]]]:
    """Events and mentions rows, by default and of every status."""
    out = {}
    for name, statuses in (("occurred", ("occurred",)), ("all", STATUSES)):
        folder = tmp_path_factory.mktemp(f"gdelt-{name}")
        with Ledger(db) as ledger:
            events, mentions = ledger.export("gdelt", folder, statuses)
        for kind, path in (("events", events), ("mentions", mentions)):
            raw = path.read_bytes().decode("utf-8")
            assert "\r" not in raw and raw.endswith("\n")
            out[f"{kind}-{name}"] = [line.split("\t") for line in raw.splitlines()]
    return out


# ---------------------------------------------------------------- FollowTheMoney


def test_every_ftm_entity_is_valid_under_the_followthemoney_model(ftm):
    from followthemoney import model
    ids = {e["id"]: e for e in ftm}
    assert len(ids) == len(ftm)
    for e in ftm:
        schema = model.get(e["schema"])
        assert schema is not None and not schema.abstract, e["schema"]
        props = e["properties"]
        assert set(props) <= set(schema.properties), (e["schema"], set(props) - set(schema.properties))
        assert set(schema.required) <= set(props), (e["id"], schema.required)
        assert schema.validate(e) is None
        proxy = model.get_proxy(e, cleaned=False)     # as `ftm validate` re-parses it: nothing dropped or changed
        assert {p: sorted(proxy.get(p)) for p in props} == {p: sorted(v) for p, v in props.items()}, e["id"]
        for name, values in props.items():
            prop = schema.properties[name]
            if prop.type.name == "entity":
                for ref in values:
                    assert ref in ids, (e["id"], name, ref)
                    assert model.get(ids[ref]["schema"]).is_a(prop.range), (e["id"], name, ids[ref]["schema"])


def ftm_validate(entities: list[dict], tmp_path: Path) -> list[dict]:
    """ENTITIES as `ftm validate` (followthemoney's own command line) writes them back."""
    from click.testing import CliRunner
    from followthemoney.cli.cli import cli
    source, out = tmp_path / "in.ftm.json", tmp_path / "out.ftm.json"
    source.write_text("".join(json.dumps(e) + "\n" for e in entities), "utf-8")
    result = CliRunner().invoke(cli, ["validate", "-i", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return [json.loads(x) for x in out.read_text("utf-8").splitlines()]


def same_entities(entities: list[dict]) -> dict[str, tuple]:
    return {e["id"]: (e["schema"], {p: sorted(v) for p, v in e["properties"].items()}) for e in entities}


def test_ftm_validate_gives_back_every_entity_unchanged(ftm, tmp_path):
    assert same_entities(ftm_validate(ftm, tmp_path)) == same_entities(ftm)
    (harbour,) = [e for e in ftm if e["schema"] == "Article" and "Tomasz Nowak" in e["properties"]["bodyText"][0]]
    assert harbour["properties"]["bodyText"] == [HARBOUR.strip()]


def test_ftm_values_are_written_as_followthemoney_keeps_them(tmp_path):
    """Text as readers give it (a file's closing newline, a soft hyphen or a zero-width space from a
    web page, a decomposed accent, a thin space) comes back from `ftm validate` as it was exported."""
    from newsledger.query.ftm import entity
    made = [entity("nl-art-1", "Article", title="Caf\u0065\u0301 owners protest\u200b", author="Ana\u00ad Lima",
                   bodyText="Owners of caf\u00e9s marched on Monday.\u2009\n\n", publisher=["Wire", "Wire\n"]),
            entity("nl-ent-1", "Person", name="Jos\u00e9\u200d Ramos", alias=["\ufeffJ. Ramos", " "])]
    assert same_entities(ftm_validate(made, tmp_path)) == same_entities(made)
    assert made[1]["properties"]["alias"] == ["J. Ramos"] and made[0]["properties"]["publisher"] == ["Wire"]


def test_ftm_exports_statements_events_and_forecasts_with_their_status(db, ftm):
    by_schema: dict[str, list[dict]] = {}
    for e in ftm:
        by_schema.setdefault(e["schema"], []).append(e)
    with Ledger(db) as ledger:
        n_statements, n_forecasts, n_events = (ledger.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                                               for t in ("statements", "forecasts", "events"))
    said = [e for e in by_schema["Documentation"] + by_schema.get("Note", []) if e["id"].startswith("nl-stm-")]
    forecasts = [e for e in by_schema["Documentation"] + by_schema.get("Note", []) if e["id"].startswith("nl-fct-")]
    assert len(said) == n_statements and len(forecasts) == n_forecasts and len(by_schema["Event"]) == n_events
    assert {e["properties"]["status"][0] for e in forecasts if e["schema"] == "Documentation"} <= {"open", "came_true",
                                                                                                   "did_not"}
    statuses = {k.split(":", 1)[1] for e in by_schema["Event"] for k in e["properties"]["keywords"]
                if k.startswith("status:")}
    assert statuses == {"occurred", "planned", "speculated", "denied"}
    assert not any("latitude" in e["properties"] for e in by_schema["Organization"] + by_schema["Person"])
    assert all("latitude" in e["properties"] for e in by_schema["Address"] if "longitude" in e["properties"])


def test_ftm_ids_are_derived_from_the_records_not_the_ingest_order(ftm, db_reversed):
    other = _ftm(db_reversed)
    assert all(re.fullmatch(r"nl-[a-z]{3}-[0-9a-f]{24}", e["id"]) for e in ftm)
    assert {e["id"] for e in other} == {e["id"] for e in ftm}
    # the same identity under the same id, with every spelling (which one is its display name can
    # depend on which came first: 'Pavlo' or 'Pavel Latushko')

    def spellings(entities: list[dict]) -> dict[str, set[str]]:
        return {e["id"]: set(e["properties"]["name"] + e["properties"].get("alias", [])) for e in entities
                if e["schema"] in ("Person", "Organization")}
    assert spellings(other) == spellings(ftm)


def test_ftm_dates_are_whole_calendar_dates_at_their_precision(ftm):
    from followthemoney import model
    for e in ftm:
        schema = model.get(e["schema"])
        for name, values in e["properties"].items():
            if schema.properties[name].type.name == "date":
                assert all(re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", v) for v in values), (e["id"], name, values)


# ---------------------------------------------------------------- GDELT 2.0


def test_gdelt_columns_are_the_codebooks():
    assert list(EVENT_COLUMNS) == GDELT_EVENT_CODEBOOK and len(EVENT_COLUMNS) == 61
    assert list(MENTION_COLUMNS) == GDELT_MENTION_CODEBOOK and len(MENTION_COLUMNS) == 16


def test_gdelt_lookups_agree_with_the_codebooks():
    """The lookups the rows are coded from, held to the published tables (not to themselves): the
    GDELT 2.0 codebook's QuadClass of each CAMEO root, CAMEO's Goldstein scale, FIPS 10-4 codes."""
    lookups = load("gdelt.json")
    quad = {root: int(q) for q, roots in lookups["quad_class"].items() for root in roots}
    # 1 verbal cooperation 01-05, 2 material cooperation 06-09, 3 verbal conflict 10-14, 4 material conflict 15-20
    assert quad == {f"{r:02d}": 1 if r <= 5 else 2 if r <= 9 else 3 if r <= 14 else 4 for r in range(1, 21)}
    goldstein = {"010": 0.0, "020": 3.0, "042": 1.9, "043": 2.8, "057": 8.0, "111": -2.0, "141": -6.5, "173": -5.0,
                 "190": -10.0}
    assert {code: lookups["goldstein"][code] for code in goldstein} == goldstein
    fips = {"BY": "BO", "DE": "GM", "UA": "UP", "GB": "UK", "PL": "PL", "RU": "RS", "CN": "CH"}
    assert {iso: lookups["fips"][iso] for iso in fips} == fips


def test_gdelt_rows_have_the_codebook_layout(gdelt):
    lookups = load("gdelt.json")
    quad = {root: int(q) for q, roots in lookups["quad_class"].items() for root in roots}
    events = gdelt["events-all"]
    assert events and all(len(r) == 61 for r in events) and all(len(m) == 16 for m in gdelt["mentions-all"])
    for row in events:
        ev = dict(zip(GDELT_EVENT_CODEBOOK, row))
        day = date(int(ev["SQLDATE"][:4]), int(ev["SQLDATE"][4:6]), int(ev["SQLDATE"][6:]))
        assert ev["MonthYear"] == ev["SQLDATE"][:6] and ev["Year"] == str(day.year)
        assert re.fullmatch(r"\d{14}", ev["DATEADDED"])
        assert re.fullmatch(r"\d{3,4}", ev["EventCode"]), ev["EventCode"]
        assert ev["EventCode"].startswith(ev["EventBaseCode"]) and ev["EventBaseCode"].startswith(ev["EventRootCode"])
        assert len(ev["EventBaseCode"]) == 3 and len(ev["EventRootCode"]) == 2
        assert int(ev["QuadClass"]) == quad[ev["EventRootCode"]]
        assert float(ev["GoldsteinScale"]) == lookups["goldstein"][ev["EventCode"]]
        assert int(ev["NumMentions"]) >= int(ev["NumArticles"]) >= 1 and int(ev["NumSources"]) <= int(ev["NumArticles"])
        for geo in ("Actor1Geo", "Actor2Geo", "ActionGeo"):
            code = ev[f"{geo}_CountryCode"]
            assert code == "" or code in lookups["fips"].values(), code


def test_gdelt_geography_uses_fips_and_actors_use_cameo_country_codes(gdelt):
    rows = [dict(zip(GDELT_EVENT_CODEBOOK, r)) for r in gdelt["events-all"]]
    minsk = [r for r in rows if r["ActionGeo_FullName"].startswith("Minsk")]
    assert minsk and {r["ActionGeo_CountryCode"] for r in minsk} == {"BO"}     # Belarus: FIPS BO, ISO BY
    assert {r["Actor1CountryCode"] for r in rows if r["Actor1Name"] == "REPUBLIC OF BELARUS"} == {"BLR"}


def test_gdelt_counts_an_events_reports_across_articles(gdelt):
    rows = [dict(zip(GDELT_EVENT_CODEBOOK, r)) for r in gdelt["events-all"]]
    mentions = [dict(zip(GDELT_MENTION_CODEBOOK, m)) for m in gdelt["mentions-all"]]
    for r in rows:
        own = [m for m in mentions if m["GLOBALEVENTID"] == r["GLOBALEVENTID"]]
        assert len(own) == int(r["NumMentions"])
        assert len({m["MentionIdentifier"] for m in own}) == int(r["NumArticles"])
        assert {m["EventTimeDate"] for m in own} == {r["DATEADDED"]}
    # the Putin-Lukashenko meeting announced for December 19: reported by nl-sample-003, by its
    # syndicated copy nl-sample-007 and by nl-sample-005 from another outlet
    meeting = [r for r in rows if r["Actor1Name"] == "VLADIMIR PUTIN" and r["SQLDATE"] == "20221219"
               and r["EventCode"] == "042"]
    assert [(r["NumArticles"], r["NumSources"]) for r in meeting] == [("3", "3")]


def test_gdelt_exports_only_events_that_occurred_by_default(db, gdelt):
    with Ledger(db) as ledger:
        occurred = ledger.conn.execute("SELECT count(*) FROM events WHERE status='occurred'").fetchone()[0]
    assert 0 < len(gdelt["mentions-occurred"]) == occurred < len(gdelt["mentions-all"])


# ---------------------------------------------------------------- Parquet and CSV


@pytest.fixture(scope="module")
def parquet(db, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("parquet")
    with Ledger(db) as ledger:
        ledger.export("parquet", folder)
    return folder


def test_parquet_columns_are_typed_for_duckdb(parquet):
    import duckdb
    con = duckdb.connect()

    def types(table: str) -> dict[str, str]:
        return {r[0]: r[1] for r in con.execute(f"DESCRIBE SELECT * FROM '{parquet / table}.parquet'").fetchall()}

    arts, stmts, fcs = types("articles"), types("statements"), types("forecasts")
    assert (arts["published"], arts["published_iso"], arts["ingested_at"], arts["published_inferred"]) == (
        "VARCHAR", "DATE", "TIMESTAMP WITH TIME ZONE", "BOOLEAN")
    assert (stmts["content_span"], stmts["speaker_span"], stmts["content_spans"], stmts["speaker_id"],
            stmts["forecast"], stmts["said_on_iso"]) == ("INTEGER[]", "INTEGER[]", "INTEGER[][]", "BIGINT", "BOOLEAN",
                                                          "DATE")
    assert (fcs["actors"], fcs["made_on"], fcs["made_on_iso"], fcs["horizon_iso"]) == ("BIGINT[]", "VARCHAR", "DATE",
                                                                                       "DATE")
    assert "content_start" not in stmts and types("entities")["last_seen_iso"] == "DATE"
    # the seed article's date has no year: the TIMEX3 value stays, the calendar date is NULL
    assert con.execute(f"SELECT published, published_iso FROM '{parquet}/articles.parquet'"
                       " WHERE id LIKE '000_%'").fetchall() == [("XXXX-12-18", None)]
    start, end, text = con.execute(
        f"SELECT s.content_span[1], s.content_span[2], a.text FROM '{parquet}/statements.parquet' s"
        f" JOIN '{parquet}/articles.parquet' a ON a.id = s.article_id LIMIT 1").fetchone()
    assert 0 <= start < end <= len(text)


def test_parquet_reads_in_pandas_with_nullable_ids_and_dates(parquet):
    import pandas as pd
    stmts = pd.read_parquet(parquet / "statements.parquet", dtype_backend="numpy_nullable")
    assert str(stmts["speaker_id"].dtype) == "Int64" and stmts["speaker_id"].isna().any()
    assert str(stmts["forecast"].dtype) == "boolean"
    arts = pd.read_parquet(parquet / "articles.parquet")
    assert {type(d) for d in arts["published_iso"].dropna()} == {date}


def test_csv_tables_hold_no_partial_date_where_a_date_is_expected(db, tmp_path):
    with Ledger(db) as ledger:
        paths = ledger.export("csv", tmp_path)
    for path in paths:
        with open(path, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                for col, value in row.items():
                    if col.endswith("_iso") or col in ("ingested_at", "decided_at", "first_used"):
                        assert not value or re.fullmatch(r"\d{4}-\d{2}-\d{2}([T ][\d:.+]+)?", value), (path.name, col)


# ---------------------------------------------------------------- Datasette


@pytest.fixture(scope="module")
def datasette_metadata() -> dict:
    return json.loads(resources.files("newsledger.store").joinpath("metadata.json").read_text("utf-8"))


async def _datasette_get(ds, path: str) -> dict:
    response = await ds.client.get(path)
    assert response.status_code == 200, (path, response.text[:300])
    return response.json()


def test_datasette_search_works_on_every_searchable_table(db, datasette_metadata):
    """Every table datasette finds a full-text index for, and every view the metadata gives one,
    answers ?_search= with the rows that hold the word and only those (events: the sentence that
    reports them)."""
    import asyncio

    from datasette.app import Datasette
    declared = {t for t, conf in datasette_metadata["databases"]["newsledger"]["tables"].items() if "fts_table" in conf}

    async def check() -> set[str]:
        ds = Datasette([str(db)], metadata=datasette_metadata)     # named after its file: newsledger
        database = ds.get_database("newsledger")
        detected = {t for t in await database.table_names() if await database.fts_table(t)}
        for table in detected | declared:
            every = await _datasette_get(ds, f"/newsledger/{table}.json?_shape=objects&_size=max")
            found = await _datasette_get(ds, f"/newsledger/{table}.json?_search=Minsk&_shape=objects&_size=max")
            assert 0 < len(found["rows"]) < len(every["rows"]), table
            assert all(any("Minsk" in str(v) for v in row.values()) for row in found["rows"]), table
        return detected | declared
    searched = asyncio.run(check())
    assert {"articles", "statements", "events", "statements_with_speakers", "events_with_participants",
            "forecasts_with_verdicts"} <= searched


def test_a_ledger_made_before_the_events_index_gets_it_with_its_rows(db, tmp_path):
    """A ledger written before events had a full-text index is given one, over the events it holds,
    the first time it is opened."""
    import shutil
    import sqlite3
    old = tmp_path / "old.db"
    shutil.copy(db, old)
    with sqlite3.connect(old) as conn:
        conn.executescript("DROP TRIGGER events_ai; DROP TRIGGER events_ad; DROP TABLE events_fts;")
    with Ledger(old) as ledger:
        found = [r[0] for r in ledger.conn.execute("SELECT rowid FROM events_fts WHERE events_fts MATCH 'Minsk'")]
        held = [r[0] for r in ledger.conn.execute("SELECT id FROM events WHERE evidence LIKE '%Minsk%'")]
    assert sorted(found) == sorted(held) and held


def test_datasette_metadata_names_real_tables_columns_and_fts(db, datasette_metadata):
    import asyncio

    from datasette.app import Datasette
    tables = datasette_metadata["databases"]["newsledger"]["tables"]

    async def check() -> None:
        ds = Datasette([str(db)], metadata=datasette_metadata)
        database = ds.get_database("newsledger")
        names = set(await database.table_names()) | set(await database.view_names())
        assert set(tables) <= names
        assert await database.fts_table("articles") == "articles_fts"
        assert await database.fts_table("statements") == "statements_fts"
        assert await database.fts_table("events") == "events_fts"
        for name, conf in tables.items():
            cols = set(await database.table_columns(name))
            assert set(conf.get("facets", [])) <= cols, name
            if "fts_table" in conf:
                assert conf["fts_pk"] in cols | {"rowid"}, name
    asyncio.run(check())


def test_cli_exports_gdelt_of_the_statuses_asked_for(db, tmp_path):
    from .command_line import invoke

    def mentions(*flags: str) -> int:
        folder = tmp_path / "-".join(flags or ("default",))
        result = invoke("export", "--db", db, "--format", "gdelt", "-o", folder, *flags)
        assert result.exit_code == 0, result.output
        return len((folder / "mentions.tsv").read_text("utf-8").splitlines())

    with Ledger(db) as ledger:
        counts = dict(ledger.conn.execute("SELECT status, count(*) FROM events GROUP BY status").fetchall())
    assert mentions() == counts["occurred"]
    assert mentions("--event-status", "planned", "--event-status", "denied") == counts["planned"] + counts["denied"]
