"""`newsledger watch` end to end against a server on 127.0.0.1 whose feeds change between polls:
new items, a 304, a 500 that recovers, a slow answer, a redirect to the metadata service, a huge
body, a malformed feed, a page robots.txt forbids, a folder, an OPML list. The right articles are
stored once, alerts fire once per match and reach every target once, the bad cases are logged and
skipped; kill -9 in the middle of a poll and a restart leave the ledger and the alerts as if it
had not happened; SIGTERM stops cleanly."""
from __future__ import annotations

import json
import os
import shlex
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from newsledger.ledger import Ledger
from newsledger.watch import api
from newsledger.watch.delivery import FileSink, WebhookSink
from newsledger.watch.runner import WatchOptions

from .command_line import invoke
from .watch_server import FeedServer, page, rss

OPTIONS = WatchOptions(allow_private=True, host_delay=0.0, timeout=1.0, max_bytes=1_000_000, settle=0.0)
NEWSLEDGER = str(Path(sys.executable).parent / "newsledger")
PAGES = {
    1: ("Lukashenko rules out sending troops",
        "Belarusian leader Alexander Lukashenko said on Thursday that Minsk would not send troops to Ukraine.",
        "He added that joint military exercises with Russia would take place near Brest in February, "
        "according to the presidential press service."),
    2: ("Kharkiv shelled overnight",
        "Ukrainian commander Serhiy Naev said that Russian troops had shelled Kharkiv overnight.",
        "\u201cBelarus is not ready for war,\u201d Naev said, adding that Lukashenka might still change his mind."),
    4: ("Lukashenko meets Putin in Sochi",
        "Alexander Lukashenko met Vladimir Putin in Sochi on Friday to discuss gas prices and joint exercises.",
        "The Kremlin said the two leaders agreed to meet again in the spring."),
    5: ("Border crossing reopens",
        "Lithuanian officials said on Monday that the Medininkai border crossing with Belarus would reopen next week.",
        "Lukashenko's government welcomed the decision, the state news agency Belta reported."),
}


def item(n: int, srv: FeedServer, **kw) -> dict[str, str]:
    return {"title": PAGES[n][0], "link": srv.url(f"/news/{n}.html"), **kw}


@pytest.fixture()
def server():
    srv = FeedServer()
    srv.set("/robots.txt", "User-agent: *\nDisallow: /private/\n", ctype="text/plain")
    for n, (title, *paras) in PAGES.items():
        srv.set(f"/news/{n}.html", page(title, *paras), ctype="text/html; charset=utf-8")
    yield srv
    srv.close()


def count(db: Path, sql: str) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchone()[0]


def test_feeds_that_change_between_polls(server, tmp_path, nlp):
    private = {"title": "Border talk", "link": server.url("/private/3.html"),
               "description": "Officials in Vilnius said the border crossing would reopen on Monday after talks."}
    server.set("/wire.xml", rss("Test Wire", [item(1, server), item(2, server), private]), etag='"v1"')
    server.set("/flaky.xml", "down", status=500, ctype="text/plain")
    server.set("/slow.xml", rss("Slow", []), delay=3.0)
    server.set("/moved.xml", status=302, headers={"Location": "http://169.254.169.254/latest/meta-data/"})
    server.set("/huge.xml", stream=30_000_000)
    server.set("/bad.xml", "Service unavailable. Please try again later.", ctype="application/rss+xml")
    feeds = [server.url(p) for p in ("/wire.xml", "/flaky.xml", "/slow.xml", "/moved.xml", "/huge.xml", "/bad.xml")]
    out, db = tmp_path / "alerts.jsonl", tmp_path / "ledger.db"

    def poll() -> object:
        sinks = [FileSink(out), WebhookSink(server.url("/hook"), "s3cret")]
        with Ledger(db) as ledger:
            return api.watch(ledger, feeds, OPTIONS, sinks, once=True)

    with Ledger(db) as ledger:
        api.add_watchlist(ledger, "entity", "Lukashenka")
    first = poll()
    assert first.stored == 3
    assert sorted(e.split()[0] for e in first.errors) == ["E007", "E009", "E030", "E031", "E032"]
    assert server.hits["/private/3.html"] == 0                    # robots.txt: the feed's own text is kept
    with Ledger(db) as ledger:
        status = {s.location.rsplit("/", 1)[1]: s for s in api.status(ledger)}
        stored = dict(ledger.conn.execute("SELECT url, text FROM articles").fetchall())
    assert stored[server.url("/private/3.html")].startswith("Officials in Vilnius")
    assert "Minsk would not send troops" in stored[server.url("/news/1.html")]
    assert (status["wire.xml"].last_status, status["wire.xml"].items) == ("200", 3)
    assert status["moved.xml"].last_status == "E030" and "metadata" in status["moved.xml"].last_error
    assert status["slow.xml"].failures == 1 and status["huge.xml"].last_status == "E007"

    server.set("/flaky.xml", rss("Flaky", [item(4, server)]))
    second = poll()
    assert second.stored == 1 and server.requests[-1][0] != "/news/1.html"
    assert server.hits["/wire.xml"] == 2 and server.hits["/news/1.html"] == 1       # 304: nothing fetched again
    server.set("/wire.xml", rss("Test Wire", [item(5, server), item(1, server), item(2, server), private]), etag='"v2"')
    third = poll()
    assert third.stored == 1
    assert all(server.hits[f"/news/{n}.html"] == 1 for n in PAGES)
    with Ledger(db) as ledger:
        status = {s.location.rsplit("/", 1)[1]: s for s in api.status(ledger)}
        alerts = api.alerts(ledger, limit=100)
        keys = ledger.conn.execute("SELECT watchlist_id, match_key FROM alerts").fetchall()
    assert count(db, "SELECT count(*) FROM articles") == 5
    assert (status["flaky.xml"].failures, status["flaky.xml"].errors, status["flaky.xml"].items) == (0, 1, 1)
    assert status["slow.xml"].failures == 3 and status["wire.xml"].lag_s is not None
    assert {a.article_id for a in alerts} >= {"feed-" + a for a in ()} and len(set(keys)) == len(keys)
    assert {a.detail["article"]["url"] for a in alerts} >= {server.url(f"/news/{n}.html") for n in (1, 2, 4, 5)}
    lines = [json.loads(line)["id"] for line in out.read_text().splitlines()]
    hooks = [json.loads(body)["id"] for path, _, body in server.posts if path == "/hook"]
    assert lines == hooks == sorted(a.id for a in alerts)


def test_folders_and_opml(server, tmp_path, nlp):
    server.set("/a.xml", rss("A", [item(1, server)]))
    server.set("/b.xml", rss("B", [item(2, server)]))
    opml = tmp_path / "feeds.opml"
    opml.write_text(f'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><opml version="2.0">'
                    f'<head><title>&e;</title></head><body><outline text="news"><outline type="rss"'
                    f' xmlUrl="{server.url("/a.xml")}"/><outline type="rss" xmlUrl="{server.url("/b.xml")}"/>'
                    f'<outline type="rss" xmlUrl="file:///etc/passwd"/></outline></body></opml>')
    drop = tmp_path / "drop"
    drop.mkdir()
    (drop / "one.jsonl").write_text(json.dumps({"id": "j1", "text": PAGES[4][1] + " " + PAGES[4][2]}) + "\n")
    (drop / ".hidden.txt").write_text("not read")
    (drop / "partial.txt.part").write_text("not read yet")
    db = tmp_path / "ledger.db"
    with Ledger(db) as ledger:
        api.add_watchlist(ledger, "speaker", "Naev")
        report = api.watch(ledger, [str(opml), str(drop)], OPTIONS, once=True)
        assert report.stored == 3 and not report.errors
        assert sorted(s.kind for s in api.status(ledger)) == ["feed", "feed", "folder"]
        (drop / "two.txt").write_text(PAGES[5][1] + " " + PAGES[5][2])
        again = api.watch(ledger, [], OPTIONS, once=True)                   # no locations: the remembered ones
        assert again.stored == 1
        ids = {r[0] for r in ledger.conn.execute("SELECT id FROM articles")}
    assert {"j1", "two"} <= ids and len(ids) == 4


def test_cli_watch_and_status(server, tmp_path, nlp, caplog):
    server.set("/a.xml", rss("A", [item(1, server)]))
    db = str(tmp_path / "ledger.db")
    added = invoke("watchlist", "add", "entity", "Lukashenko", "--db", db)
    assert added.exit_code == 0 and "watchlist #1" in added.output
    res = invoke("watch", server.url("/a.xml"), "--db", db, "--once", "--allow-private", "--host-delay", "0",
                              "--alerts", "-")
    assert res.exit_code == 0, res.output
    alerts = [json.loads(line) for line in res.stdout.splitlines()]
    assert [a["watchlist"]["label"] for a in alerts] == ["entity: Lukashenko"]
    status = invoke("watch", "--status", "--json", "--db", db)
    row = json.loads(status.stdout)
    assert (row["location"], row["last_status"], row["items"]) == (server.url("/a.xml"), "200", 1)
    refused = invoke("watch", server.url("/a.xml"), "--db", db, "--once")
    assert "errors 1" in refused.output and refused.exit_code == 0
    assert "E030" in caplog.text and "--allow-private" in caplog.text
    inbox = invoke("alerts", "--unread", "--mark-read", "--db", db)
    assert inbox.stdout.startswith("* #1 [entity: Lukashenko]")
    assert invoke("alerts", "--unread", "--db", db).stdout == ""


def _spawn(db: Path, url: str, out: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen([NEWSLEDGER, "watch", url, "--db", str(db), "--allow-private", "--host-delay", "0",
                             "--timeout", "60", "--alerts", str(out), *extra],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def _wait(predicate, timeout: float = 90.0) -> None:
    """Until PREDICATE holds (a ledger still being created by the other process counts as not yet)."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            if predicate():
                return
        except sqlite3.OperationalError:
            pass
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


GERMAN = {
    1: ("Lukaschenko schließt Truppenentsendung aus",
        "Der belarussische Präsident Alexander Lukaschenko sagte am Donnerstag, Minsk werde keine Truppen in die "
        "Ukraine schicken.", "Gemeinsame Manöver mit Russland sollen im Februar bei Brest stattfinden."),
    2: ("Charkiw in der Nacht beschossen",
        "Der ukrainische Kommandeur Serhij Najew sagte, russische Truppen hätten Charkiw in der Nacht beschossen.",
        "Belarus sei nicht bereit für einen Krieg, aber Lukaschenko könne seine Meinung noch ändern."),
    3: ("Grenzübergang wird wieder geöffnet",
        "Litauische Beamte teilten am Montag mit, dass der Grenzübergang nach Belarus nächste Woche wieder öffnet.",
        "Die Regierung in Minsk begrüßte die Entscheidung, meldete die staatliche Nachrichtenagentur."),
}


def test_kill_9_during_a_poll_then_restart(server, tmp_path):
    """The killed process had stored the first article (and alerted on it) and was waiting for the
    second page; the restart stores the rest, fetches no stored page twice, alerts nobody twice.
    The pages are German, which newsledger stores as text only: the run takes the same road through
    fetching, storing, matching (a full-text watchlist) and delivery without the cost of a model."""
    gate = threading.Event()
    for n, (title, *paras) in GERMAN.items():
        server.set(f"/de/{n}.html", page(title, *paras, lang="de"), ctype="text/html; charset=utf-8")
    server.set("/k.xml", rss("K", [{"title": GERMAN[n][0], "link": server.url(f"/de/{n}.html")} for n in GERMAN], "de"))
    server.routes["/de/2.html"].gate = gate
    killed_db, out = tmp_path / "killed.db", tmp_path / "alerts.jsonl"
    with Ledger(killed_db) as ledger:
        api.add_watchlist(ledger, "text", "Minsk")
    proc = _spawn(killed_db, server.url("/k.xml"), out, "--once")
    try:
        _wait(lambda: server.hits["/de/2.html"] and count(killed_db, "SELECT count(*) FROM alerts") >= 1)
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    finally:
        proc.kill()
        gate.set()
    assert count(killed_db, "SELECT count(*) FROM articles") == 1 and out.read_text().count("\n") == 1
    with Ledger(killed_db) as ledger:
        api.watch(ledger, [server.url("/k.xml")], OPTIONS, [FileSink(out)], once=True)
    reference = tmp_path / "reference.db"
    with Ledger(reference) as ledger:
        api.add_watchlist(ledger, "text", "Minsk")
        api.watch(ledger, [server.url("/k.xml")], OPTIONS, once=True)
    assert server.hits["/de/1.html"] == 2               # stored before the kill: fetched once per ledger
    for sql in ("SELECT id, content_hash, text_only FROM articles ORDER BY id",
                "SELECT watchlist_id, match_key, kind, article_id, summary FROM alerts ORDER BY match_key",
                "SELECT key, state, article_id FROM watch_items ORDER BY key"):
        with sqlite3.connect(killed_db) as a, sqlite3.connect(reference) as b:
            assert a.execute(sql).fetchall() == b.execute(sql).fetchall(), sql
    ids = [json.loads(line)["id"] for line in out.read_text().splitlines()]
    assert len(ids) == 2 and ids == sorted(set(ids)) == [r[0] for r in sqlite3.connect(killed_db).execute(
        "SELECT id FROM alerts ORDER BY id")]


def test_sigterm_stops_cleanly(server, tmp_path):
    server.set("/empty.xml", rss("Nothing yet", []))
    db = tmp_path / "ledger.db"
    proc = _spawn(db, server.url("/empty.xml"), tmp_path / "alerts.jsonl", "--interval", "60")
    try:
        _wait(lambda: db.exists() and count(db, "SELECT count(*) FROM watch_sources WHERE last_poll IS NOT NULL") == 1)
        started = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=20)
    finally:
        proc.kill()
    assert proc.returncode == 0, err
    assert time.monotonic() - started < 10
    assert "stopping (SIGTERM)" in err and "watch: stored 0" in err
    assert os.path.getsize(db) > 0 and count(db, "SELECT failures FROM watch_sources") == 0


def test_the_readme_two_lines(server, tmp_path, nlp):
    """The README's way to follow feeds with an alert on one entity, run as written (the test server
    standing in for the feed URL and the OPML file, on loopback, so with --allow-private)."""
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text("utf-8")
    block = readme.split("Follow a set of feeds with an alert on one entity")[1].split("```bash\n")[1].split("```")[0]
    add, watch = [shlex.split(line.replace(".venv/bin/newsledger ", "")) for line in block.strip().splitlines()]
    server.set("/a.xml", rss("A", [item(1, server)]))
    server.set("/b.xml", rss("B", [item(4, server)]))
    opml = tmp_path / "my-feeds.opml"
    opml.write_text(f'<opml version="2.0"><body><outline xmlUrl="{server.url("/b.xml")}"/></body></opml>')
    watch = [server.url("/a.xml") if a.startswith("https://") else str(opml) if a.endswith(".opml") else a for a in watch]
    db = ["--db", str(tmp_path / "ledger.db")]
    assert invoke(*add, *db).exit_code == 0
    res = invoke(*watch, *db, "--once", "--allow-private", "--host-delay", "0")
    assert res.exit_code == 0, res.output
    alerts = [json.loads(line) for line in res.stdout.splitlines()]
    assert sorted(a["article"]["url"] for a in alerts) == [server.url("/news/1.html"), server.url("/news/4.html")]


def test_an_item_that_breaks_a_reader_or_the_analysis_does_not_end_the_watch(server, tmp_path, monkeypatch):
    """Fault injection: the HTML reader raising on one page (the feed's own text is kept instead),
    the analysis raising on another (that item is skipped and noted); the rest is stored."""
    from newsledger.watch import runner, sources
    for n, (title, *paras) in GERMAN.items():
        server.set(f"/de/{n}.html", page(title, *paras, lang="de"), ctype="text/html; charset=utf-8")
    entries = [{"title": GERMAN[n][0], "link": server.url(f"/de/{n}.html"), "description": f"Kurzfassung {n}: "
                + GERMAN[n][1]} for n in GERMAN]
    server.set("/f.xml", rss("F", entries, "de"))
    real_read, real_analyze = sources.read_html, runner.analyze
    monkeypatch.setattr(sources, "read_html", lambda data, id, url: (_ for _ in ()).throw(RuntimeError("reader bug"))
                        if url.endswith("/1.html") else real_read(data, id=id, url=url))
    monkeypatch.setattr(runner, "analyze", lambda arts, **kw: (_ for _ in ()).throw(ValueError("extractor bug"))
                        if "/2.html" in (arts[0].url or "") else real_analyze(arts, **kw))
    with Ledger(tmp_path / "ledger.db") as ledger:
        report = api.watch(ledger, [server.url("/f.xml")], OPTIONS, once=True)
        texts = dict(ledger.conn.execute("SELECT url, text FROM articles").fetchall())
        states = dict(ledger.conn.execute("SELECT article_id, state FROM watch_items").fetchall())
    assert report.stored == 2 and any("extractor bug" in e for e in report.errors)
    assert texts[server.url("/de/1.html")].startswith("Kurzfassung 1")          # the feed's own text
    assert texts[server.url("/de/3.html")].startswith("Litauische Beamte")               # its page
    assert sorted(states.values()) == ["skipped", "stored", "stored"]
