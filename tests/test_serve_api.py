"""The REST API: every endpoint through FastAPI's TestClient over a small hand-made ledger, bad
parameters (a clear 4xx, never a 500), paging caps, token-protected writes and the body limit."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from fastapi.testclient import TestClient

from newsledger.model import (
    Analysis,
    Article,
    Entity,
    Event,
    Forecast,
    Geo,
    Mention,
    Statement,
    Timex,
)
from newsledger.serve.app import create_app
from newsledger.store.sqlite import Store

TOKEN = "s3cret-token"
T1 = ('Belarusian leader Alexander Lukashenko said on Thursday that Minsk "will not send troops to Ukraine". '
      "He added that joint exercises with Russia would take place near Brest in February.")
T2 = ("Ukrainian commander Serhiy Naev said that Russian troops had shelled Kharkiv overnight. "
      '"Belarus is not ready for war," Naev said, adding that Lukashenka might still change his mind.')


def sp(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    """The span of the NTH occurrence of PART in TEXT."""
    i = -1
    for _ in range(nth + 1):
        i = text.index(part, i + 1)
    return (i, i + len(part))


def men(text: str, *parts: str) -> list[Mention]:
    return [Mention(sp(text, p), p, "pronoun" if p.istitle() and len(p) < 4 else "name") for p in parts]


def place(eid: str, text: str, name: str, lat: float, lon: float, cc: str) -> Entity:
    return Entity(eid, name, "GPE", men(text, name), aliases=[name], geo=Geo(lat, lon, cc, "city"))


def first_article() -> Analysis:
    t = T1
    luka = Entity("e1", "Alexander Lukashenko", "PERSON", men(t, "Alexander Lukashenko", "He"),
                  aliases=["Alexander Lukashenko"], roles=["Belarusian leader"])
    ents = [luka, place("e2", t, "Minsk", 53.9, 27.57, "BY"), place("e3", t, "Ukraine", 49.0, 32.0, "UA"),
            place("e4", t, "Russia", 61.5, 105.3, "RU"), place("e5", t, "Brest", 52.1, 23.7, "BY")]
    s1 = Statement([sp(t, "will not send troops to Ukraine")], "direct", "said", sp(t, "said"), "e1",
                   sp(t, "Alexander Lukashenko"), said_on="2023-01-12")
    s2 = Statement([sp(t, "joint exercises with Russia would take place near Brest in February")], "indirect",
                   "added", sp(t, "added"), "e1", sp(t, "He"), speaker_antecedent=sp(t, "Alexander Lukashenko"),
                   forecast=True)
    events = [Event("MOBILIZE", sp(t, "will not send troops to Ukraine"), "send", ["e2"], ["e3"], "2023-01-12",
                    None, "denied", "e1", 0),
              Event("COOPERATE", sp(t, "joint exercises with Russia would take place near Brest in February"),
                    "exercises", ["e2", "e4"], [], "2023-02", "e5", "planned", "e1", 1)]
    fc = Forecast(1, "e1", "2023-01-12", "2023-02", "COOPERATE", ["e2", "e4"])
    return Analysis(Article("art-1", t, "Lukashenko rules out sending troops", published="2023-01-12",
                            outlet="Baltic Wire"), ents, [s1, s2],
                    [Timex(sp(t, "Thursday"), "Thursday", "2023-01-12"), Timex(sp(t, "February"), "February", "2023-02")],
                    events, [fc])


def second_article() -> Analysis:
    t = T2
    naev = Entity("e1", "Serhiy Naev", "PERSON", men(t, "Serhiy Naev") + [Mention(sp(t, "Naev", 1), "Naev")],
                  aliases=["Serhiy Naev", "Naev"], roles=["commander"])
    luka = Entity("e2", "Alexander Lukashenko", "PERSON", men(t, "Lukashenka"), aliases=["Lukashenka"])
    ents = [naev, luka, place("e3", t, "Kharkiv", 49.99, 36.23, "UA"), place("e4", t, "Belarus", 53.0, 28.0, "BY")]
    s1 = Statement([sp(t, "Russian troops had shelled Kharkiv overnight")], "indirect", "said", sp(t, "said"), "e1",
                   sp(t, "Serhiy Naev"))
    s2 = Statement([sp(t, "Belarus is not ready for war"), sp(t, "Lukashenka might still change his mind")], "direct",
                   "said", sp(t, "said", 1), "e1", sp(t, "Naev", 1), certainty="speculated")
    ev = Event("ASSAULT", sp(t, "Russian troops had shelled Kharkiv overnight"), "shelled", [], ["e3"], "2023-01-19",
               "e3", "occurred", "e1", 0)
    return Analysis(Article("art-2", t, "Kharkiv shelled overnight", published="2023-01-20", outlet="Kyiv Ledger Daily"),
                    ents, [s1, s2], [], [ev], [])


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("serve") / "ledger.db"
    with Store(path) as store:
        store.write(first_article())
        store.write(second_article())
    return path


@pytest.fixture(scope="module")
def client(db):
    with TestClient(create_app(db, token=""), base_url="http://127.0.0.1") as c:
        yield c


@pytest.fixture()
def writer(tmp_path):
    """A client with writes enabled, over a ledger of its own (writes must not leak into others)."""
    path = tmp_path / "w.db"
    with Store(path) as store:
        store.write(first_article())
        store.write(second_article())
    with TestClient(create_app(path, token=TOKEN, max_body=4096), base_url="http://127.0.0.1") as c:
        yield c


def entity_id(client: TestClient, name: str) -> int:
    return client.get("/api/entities", params={"q": name}).json()["items"][0]["id"]


def test_openapi_schema_documents_every_endpoint(client):
    schema = client.get("/openapi.json").json()
    for path in ("/api/entities", "/api/entities/{entity_id}", "/api/statements", "/api/events", "/api/forecasts",
                 "/api/articles/{article_id}", "/api/search", "/api/graph", "/api/stats", "/api/ingest",
                 "/api/forecasts/{forecast_id}/verdict", "/api/entities/merge", "/api/entities/split"):
        assert path in schema["paths"], path
    assert "HTTPBearer" in json.dumps(schema["components"]["securitySchemes"])


def test_ui_is_served_and_needs_nothing_from_the_network(client):
    page = client.get("/")
    assert page.status_code == 200 and 'id="search"' in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]
    for asset in ("app.js", "app.css", "world-110m.json"):
        res = client.get(f"/static/{asset}")
        assert res.status_code == 200, asset
        assert "//cdn" not in res.text and "fonts.googleapis" not in res.text


def test_stats_counts_and_filter_values(client):
    body = client.get("/api/stats").json()
    assert body["counts"]["articles"] == 2 and body["counts"]["statements"] == 4
    assert {o["value"] for o in body["outlets"]} == {"Baltic Wire", "Kyiv Ledger Daily"}
    assert body["published"] == {"first": "2023-01-12", "last": "2023-01-20"}
    assert {s["value"] for s in body["event_statuses"]} == {"denied", "planned", "occurred"}


def test_entities_by_another_spelling_and_by_type(client):
    items = client.get("/api/entities", params={"q": "Lukashenka"}).json()["items"]
    assert items[0]["name"] == "Alexander Lukashenko" and items[0]["mentions"] == 3
    places = client.get("/api/entities", params={"type": "gpe"}).json()
    assert places["total"] == 6 and all(e["type"] == "GPE" and e["geo"] for e in places["items"])
    assert client.get("/api/entities", params={"q": "Nobody Atall"}).json() == {
        "total": 0, "limit": 50, "offset": 0, "items": []}


def test_dossier_holds_names_roles_statements_events_forecasts_and_places(client):
    eid = entity_id(client, "Lukashenko")
    d = client.get(f"/api/entities/{eid}").json()
    assert {a["alias"] for a in d["aliases"]} >= {"Alexander Lukashenko", "Lukashenka"}
    assert d["roles"][0]["role"] == "Belarusian leader" and d["roles"][0]["since"] == "2023-01-12"
    assert d["statements_by"]["items"][0]["content"] == "will not send troops to Ukraine"
    assert d["statements_about"]["total"] == 1 and d["statements_about"]["items"][0]["speaker"] == "Serhiy Naev"
    assert [(e["type"], e["status"]) for e in d["events"]["items"]] == [("MOBILIZE", "denied"), ("COOPERATE", "planned")]
    fc = d["forecasts"]["items"][0]
    assert fc["horizon"] == "2023-02" and fc["horizon_iso"] == "2023-02" and fc["speaker"] == "Alexander Lukashenko"
    assert {p["name"] for p in d["places"]} >= {"Brest", "Minsk"}
    assert any(c["name"] == "Minsk" for c in d["co_occurring"])


@pytest.mark.parametrize("path, code", [("/api/entities/999999", 404), ("/api/entities/abc", 422),
                                        ("/api/entities/0", 422), ("/api/articles/no-such-article", 404),
                                        ("/api/forecasts/999999", 404), ("/api/nowhere", 404)])
def test_missing_or_malformed_ids_are_4xx(client, path, code):
    res = client.get(path)
    assert res.status_code == code and res.json()["detail"]


def test_statements_filters(client):
    def contents(**params):
        return [s["content"] for s in client.get("/api/statements", params=params).json()["items"]]
    assert len(contents(speaker="Lukashenka")) == 2
    assert contents(about="Kharkiv") == ["Russian troops had shelled Kharkiv overnight"]
    assert contents(q="ready war") == ["Belarus is not ready for war … Lukashenka might still change his mind"]
    assert contents(certainty="speculated") == contents(q="ready war")
    assert contents(forecast="true") == ["joint exercises with Russia would take place near Brest in February"]
    assert len(contents(**{"from": "2023-01-15"})) == 2 and len(contents(to="2023-01")) == 4
    assert len(contents(outlet="Baltic Wire")) == 2 and contents(speaker="Nobody Atall") == []
    first = client.get("/api/statements", params={"speaker": "Naev"}).json()["items"][0]
    assert first["sources"][0]["outlet"] == "Kyiv Ledger Daily" and first["date"] == "2023-01-20"


@pytest.mark.parametrize("params", [{"certainty": "certain"}, {"from": "last week"}, {"to": "2023-13-45x"},
                                    {"from": "2023-02-01", "to": "2023-01-01"}, {"forecast": "maybe"},
                                    {"q": "x" * 500}, {"limit": 0}, {"offset": -1}, {"limit": "ten"}])
def test_bad_statement_parameters_are_422(client, params):
    res = client.get("/api/statements", params=params)
    assert res.status_code == 422 and res.json()["detail"]


def test_paging_caps_the_limit_and_moves_the_window(client):
    capped = client.get("/api/statements", params={"limit": 100000}).json()
    assert capped["limit"] == 500 and capped["total"] == 4
    whole = [s["id"] for s in capped["items"]]
    window = client.get("/api/statements", params={"limit": 2, "offset": 1}).json()
    assert [s["id"] for s in window["items"]] == whole[1:3]


def test_events_by_type_actor_status_place_and_date(client):
    def types(**params):
        return [e["type"] for e in client.get("/api/events", params=params).json()["items"]]
    assert types() == ["MOBILIZE", "ASSAULT", "COOPERATE"]     # date order: 01-12, 01-19, 02
    assert types(status="denied") == ["MOBILIZE"] and types(type="assault,cooperate") == ["ASSAULT", "COOPERATE"]
    assert types(actor="Minsk") == ["MOBILIZE", "COOPERATE"] and types(target="Kharkiv") == ["ASSAULT"]
    assert types(place="Brest") == ["COOPERATE"] and types(**{"from": "2023-02"}) == ["COOPERATE"]
    ev = client.get("/api/events", params={"type": "ASSAULT"}).json()["items"][0]
    assert ev["place_geo"]["name"] == "Kharkiv" and ev["outlet"] == "Kyiv Ledger Daily" and ev["when"] == "2023-01-19"
    assert client.get("/api/events", params={"status": "rumoured"}).status_code == 422
    assert client.get("/api/events", params={"type": "DROP TABLE;"}).status_code == 422


def test_article_with_spans(client):
    art = client.get("/api/articles/art-1").json()
    text = art["text"]
    assert next(text[slice(*s["content_span"])] for s in art["statements"]) == "will not send troops to Ukraine"
    luka = next(e for e in art["entities"] if e["type"] == "PERSON")
    assert [text[a:b] for a, b in luka["mentions"]] == ["Alexander Lukashenko", "He"]
    assert art["events"][1]["place_geo"]["name"] == "Brest" and art["timexes"][0]["value"] == "2023-01-12"
    listing = client.get("/api/articles", params={"q": "Kharkiv"}).json()
    assert [a["id"] for a in listing["items"]] == ["art-2"] and "\u0002Kharkiv\u0003" in listing["items"][0]["snippet"]


@pytest.mark.parametrize("q", ["*", "'; DROP TABLE statements; --", "NEAR troops", '"will not" OR troops*'])
def test_search_survives_full_text_syntax(client, q):
    res = client.get("/api/search", params={"q": q})
    assert res.status_code == 200 and set(res.json()) == {"q", "entities", "statements", "articles"}


@pytest.mark.parametrize("q, problem", [('"NEAR(', "quotation mark"), ("troops OR", "OR needs a term after"),
                                        ("a AND (b", "parenthesis is not closed"), ("NOT troops", "NOT needs a term")])
def test_malformed_search_is_explained_not_passed_on(client, q, problem):
    res = client.get("/api/search", params={"q": q})
    assert res.status_code == 400 and problem in res.json()["detail"] and "exact phrase" in res.json()["detail"]


def test_search_phrases_and_booleans(client):
    def total(q: str) -> int:
        return client.get("/api/statements", params={"q": q}).json()["total"]
    assert total("troops") == total('"troops"') == 2
    assert total("troops OR Kharkiv") >= total("troops") > total("troops AND Kharkiv")
    assert total("troops NOT troops") == 0 and total("troo*") == total("troops")


def test_search_over_everything(client):
    body = client.get("/api/search", params={"q": "troops"}).json()
    assert body["statements"]["total"] == 2 and body["articles"]["total"] == 2
    assert client.get("/api/search", params={"q": "Lukashenka"}).json()["entities"]["items"][0]["name"] == \
        "Alexander Lukashenko"
    assert client.get("/api/search").status_code == 422


def test_graph_json_and_gexf(client):
    g = client.get("/api/graph").json()
    names = {n["id"]: n["name"] for n in g["nodes"]}
    edges = {(names[e["source"]], names[e["target"]]): e["weight"] for e in g["edges"]}
    assert edges[("Alexander Lukashenko", "Ukraine")] == 1 and edges[("Serhiy Naev", "Kharkiv")] == 1
    assert edges[("Serhiy Naev", "Alexander Lukashenko")] == 1
    assert client.get("/api/graph", params={"min_weight": 2}).json() == {"nodes": [], "edges": [], "edges_total": 0}
    res = client.get("/api/graph", params={"format": "gexf"})
    assert res.headers["content-type"].startswith("application/gexf+xml")
    root = ET.fromstring(res.text)
    ns = {"g": "http://gexf.net/1.3"}
    assert len(root.findall(".//g:node", ns)) == len(g["nodes"]) and len(root.findall(".//g:edge", ns)) == len(g["edges"])
    assert client.get("/api/graph", params={"format": "png"}).status_code == 422


def test_forecasts_scoreboard(client):
    body = client.get("/api/forecasts").json()
    (row,) = body["scoreboard"]
    assert row["speaker"] == "Alexander Lukashenko" and (row["made"], row["open"], row["resolved"]) == (1, 1, 0)
    assert body["items"][0]["content"].startswith("joint exercises")
    assert client.get("/api/forecasts", params={"speaker": "Nobody Atall"}).json()["items"] == []
    one = client.get(f"/api/forecasts/{body['items'][0]['id']}").json()
    assert one["event_type"] == "COOPERATE" and "candidates" in one


def test_writes_are_disabled_without_a_configured_token(client):
    res = client.post("/api/forecasts/1/verdict", json={"came_true": True}, headers={"Authorization": "Bearer x"})
    assert res.status_code == 403 and "disabled" in res.json()["detail"]
    assert client.post("/api/entities/merge", json={"keep": "Minsk", "drop": "Brest"}).status_code == 403


def test_writes_need_the_right_token(writer):
    body = {"came_true": False}
    assert writer.post("/api/forecasts/1/verdict", json=body).status_code == 401
    assert writer.post("/api/forecasts/1/verdict", json=body, headers={"Authorization": "Bearer nope"}).status_code == 401


def test_verdict_merge_and_split_with_the_token(writer):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    fid = writer.get("/api/forecasts").json()["items"][0]["id"]
    res = writer.post(f"/api/forecasts/{fid}/verdict", json={"came_true": False, "note": "no exercises"}, headers=auth)
    assert res.status_code == 200 and res.json()["verdict"] == "did_not"
    (row,) = writer.get("/api/forecasts").json()["scoreboard"]
    assert (row["resolved"], row["wrong"], row["open"]) == (1, 1, 0)
    assert writer.post("/api/forecasts/999/verdict", json={"came_true": True}, headers=auth).status_code == 404
    assert writer.post(f"/api/forecasts/{fid}/verdict", json={"came_true": "perhaps"}, headers=auth).status_code == 422

    merged = writer.post("/api/entities/merge", json={"keep": "Minsk", "drop": "Belarus"}, headers=auth).json()
    assert writer.get(f"/api/entities/{merged['merged']}").status_code == 404
    assert writer.post("/api/entities/merge", json={"keep": "Minsk", "drop": "Atlantis Nowhere"},
                       headers=auth).status_code == 404
    split = writer.post("/api/entities/split", json={"entity": "Lukashenko", "alias": "Lukashenka"}, headers=auth).json()
    assert writer.get(f"/api/entities/{split['new']}").json()["name"] == "Lukashenka"


def test_post_bodies_over_the_limit_are_413(writer):
    auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/x-ndjson"}
    big = (json.dumps({"id": "x", "text": "word " * 2000}) + "\n").encode()
    assert writer.post("/api/ingest", content=big, headers=auth).status_code == 413

    def chunks():       # no declared length: the limit still holds
        yield big[:3000]
        yield big[3000:]
    assert writer.post("/api/ingest", content=chunks(), headers=auth).status_code == 413


def test_ingest_of_json_lines(writer):
    auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/x-ndjson"}
    assert writer.post("/api/ingest", content=b"  \n", headers=auth).status_code == 400
    lines = "\n".join([json.dumps({"id": "api-1", "published": "2023-01-25", "outlet": "Test Wire",
                                   "text": 'Polish President Andrzej Duda said on Tuesday that "Poland stands with '
                                           'Ukraine".'}), "{not json"])
    report = writer.post("/api/ingest", content=lines.encode(), headers=auth).json()
    assert report["stored"] == 1 and len(report["skipped"]) == 1 and "E005" in report["skipped"][0]
    assert writer.get("/api/articles/api-1").json()["outlet"] == "Test Wire"
