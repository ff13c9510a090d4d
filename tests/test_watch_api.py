"""The watch routes of the REST API: the inbox with unread counts, watchlists made and stopped with
the operator's token (refused without it), alerts marked read, the sources' status; and the CLI's
watchlist and alerts commands over the same ledger."""
from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from newsledger.ledger import Ledger
from newsledger.serve.app import create_app
from newsledger.watch import api
from newsledger.watch.state import Outcome, WatchState

from .command_line import invoke
from .watch_ledger import kharkiv_shelled, lukashenko_rules_out_troops

TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "ledger.db"
    with Ledger(path) as ledger:
        api.add_watchlist(ledger, "entity", "Lukashenka")
        for analysis in (lukashenko_rules_out_troops(), kharkiv_shelled()):
            ledger.store.write(analysis, "test")
        api.alerts(ledger)                                   # matches the queued articles
        state = WatchState(ledger.conn)
        source = state.register("feed", "https://example.org/feed.xml", 300, None, 1_767_600_000)
        state.record_poll(source, Outcome("E031", error="E031 HTTP error status: HTTP 500"), 1_767_600_010)
    return path


@pytest.fixture()
def client(db):
    with TestClient(create_app(db, token=TOKEN), base_url="http://127.0.0.1") as c:
        yield c


def test_inbox_lists_alerts_with_unread_counts(client):
    body = client.get("/api/alerts").json()
    assert body["counts"] == {"unread": 2, "total": 2}
    assert [a["article"]["id"] for a in body["items"]] == ["art-2", "art-1"]        # newest first
    first = body["items"][1]
    assert first["watchlist"]["label"] == "entity: Lukashenka" and first["read_at"] is None
    assert first["evidence"]["text"] == "Alexander Lukashenko" and first["link"].startswith("/#/article/art-1")
    counts = client.get("/api/alerts/counts").json()
    assert counts["unread"] == 2 and counts["watchlists"][0]["unread"] == 2


def test_marking_read_needs_the_token(client):
    first = client.get("/api/alerts").json()["items"][0]["id"]
    assert client.post("/api/alerts/read", json={"ids": [first]}).status_code == 401
    assert client.post("/api/alerts/read", json={"ids": [first]}, headers=AUTH).json() == {"changed": 1}
    assert client.get("/api/alerts", params={"unread": True}).json()["counts"]["unread"] == 1
    assert client.post("/api/alerts/read", json={}, headers=AUTH).json() == {"changed": 1}
    assert client.post("/api/alerts/read", json={"ids": [first], "read": False}, headers=AUTH).json()["changed"] == 1
    assert client.post("/api/alerts/read", json={"ids": [2**63]}, headers=AUTH).status_code == 422


def test_watchlists_made_and_stopped_through_the_api(client):
    assert client.post("/api/watchlists", json={"kind": "speaker", "value": "Naev"}).status_code == 401
    made = client.post("/api/watchlists", json={"kind": "place", "value": "Kharkiv", "radius_km": 25}, headers=AUTH)
    assert made.status_code == 200 and made.json()["params"]["lat"] == 49.99
    bad = client.post("/api/watchlists", json={"kind": "event", "value": "PICNIC"}, headers=AUTH)
    assert bad.status_code == 400 and "E035" in bad.json()["detail"]
    assert client.post("/api/watchlists", json={"kind": "gossip", "value": "x"}, headers=AUTH).status_code == 422
    listed = client.get("/api/watchlists").json()["items"]
    assert [w["kind"] for w in listed] == ["entity", "place"]
    assert client.delete(f"/api/watchlists/{made.json()['id']}", headers=AUTH).json()["active"] is False
    assert [w["kind"] for w in client.get("/api/watchlists").json()["items"]] == ["entity"]
    assert client.delete("/api/watchlists/99", headers=AUTH).status_code == 404


def test_status_of_the_sources(client):
    (row,) = client.get("/api/watch/status").json()["items"]
    assert (row["location"], row["last_status"], row["failures"], row["errors"]) == (
        "https://example.org/feed.xml", "E031", 1, 1)
    assert row["last_error"].endswith("HTTP 500") and row["next_poll"] > row["last_poll"]


def test_openapi_documents_the_watch_routes(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/alerts", "/api/alerts/counts", "/api/alerts/read", "/api/watchlists",
                 "/api/watchlists/{watchlist_id}", "/api/watch/status"):
        assert path in paths, path


def test_cli_watchlists_and_inbox(db):
    made = invoke("watchlist", "add", "event", "assault", "--label", "shelling", "--db", db, "--json")
    assert json.loads(made.stdout)["params"] == {"type": "ASSAULT", "label": "ASSAULT"}
    wrong = invoke("watchlist", "add", "place", "Atlantis", "--db", db)
    assert wrong.exit_code == 2 and "newsledger: error: E035" in wrong.stderr
    listed = invoke("watchlist", "list", "--db", db).stdout.splitlines()
    assert listed == ["#1 entity: Lukashenka  [entity]  unread 2 of 2", "#2 shelling  [event]  unread 0 of 0"]
    inbox = invoke("alerts", "--json", "--db", db).stdout.splitlines()
    assert [json.loads(x)["article"]["id"] for x in inbox] == ["art-2", "art-1"]
    assert invoke("watchlist", "remove", "2", "--db", db).exit_code == 0
    assert len(invoke("watchlist", "list", "--db", db).stdout.splitlines()) == 1
