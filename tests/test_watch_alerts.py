"""Watchlists and alerts on real ledger rows (hand-built analyses through the real store): each
kind matches what it should and nothing else, each match alerts once whatever is re-stored, the
queue survives a crash between storing and matching, and delivery sends each alert once."""
from __future__ import annotations

import hashlib
import hmac
import json
from datetime import date, timedelta

import pytest

from newsledger.errors import Codes, NewsledgerError
from newsledger.ledger import Ledger
from newsledger.model import Analysis, Article, Entity, Geo, Mention
from newsledger.watch import api
from newsledger.watch.alerts import alert_counts, list_alerts, match_pending, sweep_forecasts
from newsledger.watch.contradiction import about_same, content_words, denies
from newsledger.watch.delivery import SIGNATURE_HEADER, Delivery, FileSink, WebhookSink
from newsledger.watch.matching import period_end

from .watch_ledger import kharkiv_shelled, lukashenko_rules_out_troops, naev_expects_troops, sp, talks_resume
from .watch_server import FeedServer


@pytest.fixture()
def ledger(tmp_path):
    with Ledger(tmp_path / "ledger.db") as lg:
        yield lg


def store(ledger: Ledger, *analyses) -> list:
    for a in analyses:
        ledger.store.write(a, "test")
    match_pending(ledger.conn)
    return list_alerts(ledger.conn, limit=500)


def test_entity_in_any_spelling_alerts_once_per_story(ledger):
    wl = api.add_watchlist(ledger, "entity", "Lukashenka")        # made before anyone is mentioned
    alerts = store(ledger, lukashenko_rules_out_troops(), kharkiv_shelled())
    assert sorted(a.article_id for a in alerts) == ["art-1", "art-2"]
    assert {a.detail["evidence"]["text"] for a in alerts} == {"Alexander Lukashenko", "Lukashenka"}
    first = next(a for a in alerts if a.article_id == "art-1")
    assert first.kind == "mention" and first.watchlist_id == wl.id
    assert first.detail["statement"]["content"] == "will not send troops to Ukraine"
    assert first.detail["link"].startswith("/#/article/art-1?focus=s")
    assert first.detail["article"]["outlet"] == "Baltic Wire"
    # stored again, and a syndicated copy under another id: the same matches, no new alert
    again = store(ledger, lukashenko_rules_out_troops(), lukashenko_rules_out_troops("art-1-copy"))
    assert len(again) == 2


def test_speaker_alerts_per_statement_not_for_mentions(ledger):
    api.add_watchlist(ledger, "speaker", "Lukashenko")
    alerts = store(ledger, lukashenko_rules_out_troops(), kharkiv_shelled())
    assert sorted(a.detail["statement"]["content"][:15] for a in alerts) == ["joint exercises", "will not send t"]
    assert all(a.kind == "statement" and a.article_id == "art-1" for a in alerts)


def test_place_within_radius(ledger):
    store(ledger, lukashenko_rules_out_troops())
    brest = api.add_watchlist(ledger, "place", "Brest", radius_km=10)
    assert (brest.params["lat"], brest.params["lon"]) == (52.1, 23.7)
    api.add_watchlist(ledger, "place", "50.0,36.2", radius_km=30)            # Kharkiv
    alerts = store(ledger, kharkiv_shelled(), naev_expects_troops())
    assert [(a.article_id, a.kind, a.detail["event"]["type"]) for a in alerts] == [("art-2", "place", "ASSAULT")]
    assert "Kharkiv" in alerts[0].summary and alerts[0].detail["evidence"]["text"].startswith("Russian troops")
    with pytest.raises(NewsledgerError) as err:
        api.add_watchlist(ledger, "place", "Atlantis")
    assert err.value.code == Codes.E035


def test_event_type_and_text_query(ledger):
    api.add_watchlist(ledger, "event", "cooperate")
    api.add_watchlist(ledger, "text", "joint exercises")
    alerts = store(ledger, lukashenko_rules_out_troops(), kharkiv_shelled())
    kinds = sorted((a.kind, a.article_id) for a in alerts)
    assert kinds == [("event", "art-1"), ("text", "art-1")]
    event = next(a for a in alerts if a.kind == "event")
    assert event.detail["event"]["status"] == "planned" and event.detail["event"]["place"] == "Brest"
    text = next(a for a in alerts if a.kind == "text")
    assert text.detail["evidence"]["text"] == "joint"
    for kind, value in (("event", "PICNIC"), ("text", "  "), ("entity", ""), ("contradiction", "999"), ("nope", "x")):
        with pytest.raises(NewsledgerError):
            api.add_watchlist(ledger, kind, value)


def test_forecast_coming_due(ledger):
    api.add_watchlist(ledger, "forecast", "", within_days=7)
    alerts = store(ledger, lukashenko_rules_out_troops(), talks_resume(days=10))
    assert [a.kind for a in alerts] == ["forecast"] and alerts[0].article_id == "art-1"   # due in 3 days: at once
    assert not sweep_forecasts(ledger.conn)                                                # swept through today+7
    later = date.today() + timedelta(days=5)
    created = sweep_forecasts(ledger.conn, later)                                         # talks now within 7 days
    assert len(created) == 1 and list_alerts(ledger.conn)[0].article_id == "art-4"
    assert not sweep_forecasts(ledger.conn, later) and not sweep_forecasts(ledger.conn, later + timedelta(days=30))


def test_forecast_with_a_verdict_is_not_due(ledger):
    api.add_watchlist(ledger, "forecast", "Jane Roe", within_days=30)
    ledger.store.write(talks_resume(days=10), "test")
    fid = ledger.conn.execute("SELECT id FROM forecasts").fetchone()[0]
    ledger.resolve_forecast(fid, came_true=True)
    assert match_pending(ledger.conn) == [] and sweep_forecasts(ledger.conn) == []


@pytest.mark.parametrize("iso, end", [("2026-02", date(2026, 2, 28)), ("2024-02", date(2024, 2, 29)),
                                      ("2026-12", date(2026, 12, 31)), ("2026", date(2026, 12, 31)),
                                      ("2026-03-04", date(2026, 3, 4)), ("XXXX-03", None), (None, None)])
def test_period_end(iso, end):
    assert period_end(iso) == end


def test_contradiction_by_another_speaker(ledger):
    store(ledger, lukashenko_rules_out_troops())
    sid = ledger.conn.execute("SELECT id FROM statements WHERE content LIKE 'will not send%'").fetchone()[0]
    wl = api.add_watchlist(ledger, "contradiction", str(sid))
    assert wl.params["statement"]["speaker"] == "Alexander Lukashenko"
    assert store(ledger, kharkiv_shelled()) == []                       # another subject
    alerts = store(ledger, naev_expects_troops())
    assert [(a.kind, a.detail["statement"]["speaker"]) for a in alerts] == [("contradiction", "Serhiy Naev")]
    assert "MOBILIZE" in alerts[0].summary
    assert len(store(ledger, naev_expects_troops())) == 1               # re-stored: still one alert


def test_contradiction_rules():
    followed = content_words("Minsk will not send troops to Ukraine")
    assert followed == {"minsk", "send", "troops", "ukraine"}
    assert about_same(followed, content_words("Belarus's army will send troops to Ukraine"))
    assert not about_same(followed, content_words("Troops shelled Kharkiv"))
    assert denies("affirmed", "will not send troops") and not denies("denied", "won't send troops")
    assert denies("denied", "Minsk sends troops") and not denies("affirmed", "Minsk sends troops")


def test_queue_is_filled_with_the_article_and_survives_a_crash(tmp_path):
    path = tmp_path / "ledger.db"
    with Ledger(path) as lg:
        api.add_watchlist(lg, "entity", "Naev")
        lg.store.write(kharkiv_shelled(), "test")     # stored, then the process dies before matching
    with Ledger(path) as lg:
        assert lg.conn.execute("SELECT article_id FROM alert_queue").fetchall()[0][0] == "art-2"
        assert [a.article_id for a in api.alerts(lg)] == ["art-2"]       # matched on the next look
        assert lg.conn.execute("SELECT count(*) FROM alert_queue").fetchone()[0] == 0


def test_inbox_counts_and_read_marks(ledger):
    api.add_watchlist(ledger, "entity", "Lukashenko")
    api.add_watchlist(ledger, "speaker", "Naev")
    store(ledger, lukashenko_rules_out_troops(), kharkiv_shelled())
    assert alert_counts(ledger.conn) == {"unread": 4, "total": 4}
    first = api.alerts(ledger, unread=True)[-1]
    assert api.mark_read(ledger, [first.id]) == 1 and api.mark_read(ledger, [first.id]) == 0
    assert alert_counts(ledger.conn)["unread"] == 3
    assert [(w.unread, w.alerts) for w in api.watchlists(ledger)] == [(1, 2), (2, 2)]
    assert api.mark_read(ledger) == 3 and api.mark_read(ledger, [first.id], read=False) == 1
    removed = api.remove_watchlist(ledger, 2)
    assert not removed.active and [w.id for w in api.watchlists(ledger)] == [1]
    assert alert_counts(ledger.conn)["total"] == 4                     # its alerts stay


def test_file_delivery_resumes_after_a_torn_line(ledger, tmp_path):
    api.add_watchlist(ledger, "entity", "Lukashenko")
    api.add_watchlist(ledger, "speaker", "Lukashenko")
    store(ledger, lukashenko_rules_out_troops())
    out = tmp_path / "alerts.jsonl"
    assert Delivery(ledger.conn, [FileSink(out)]).deliver() == 3
    lines = out.read_text().splitlines()
    ids = [json.loads(line)["id"] for line in lines]
    # a crash after the second line was written, before the ledger noted it, mid-way through the third
    ledger.conn.execute("UPDATE alert_sinks SET last_alert_id=?", (ids[0],))
    ledger.conn.commit()
    out.write_text("\n".join(lines[:2]) + "\n" + lines[2][:25])
    assert Delivery(ledger.conn, [FileSink(out)]).deliver() == 1
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == ids
    assert Delivery(ledger.conn, [FileSink(out)]).deliver() == 0


def test_webhook_is_signed_and_retried_from_where_it_failed(ledger):
    api.add_watchlist(ledger, "entity", "Lukashenko")
    store(ledger, lukashenko_rules_out_troops(), kharkiv_shelled())
    srv = FeedServer()
    try:
        srv.post_status = 500
        hook = WebhookSink(srv.url("/hook"), secret="s3cret")
        delivery = Delivery(ledger.conn, [hook])
        assert delivery.deliver() == 0 and len(srv.posts) == 1
        row = ledger.conn.execute("SELECT * FROM alert_sinks").fetchone()
        assert row["failures"] == 1 and row["last_alert_id"] == 0 and row["next_attempt"]
        assert delivery.deliver() == 0 and len(srv.posts) == 1              # waits before trying again
        ledger.conn.execute("UPDATE alert_sinks SET next_attempt=NULL")
        ledger.conn.commit()
        srv.post_status = 204
        assert delivery.deliver() == 2 and delivery.deliver() == 0
        sent = srv.posts[1:]
        assert [json.loads(b)["id"] for _, _, b in sent] == sorted(a.id for a in api.alerts(ledger))
        for _, headers, body in sent:
            expected = hmac.new(b"s3cret", body, hashlib.sha256).hexdigest()
            assert headers[SIGNATURE_HEADER.lower()] == f"sha256={expected}"
            assert headers["x-newsledger-alert"] == str(json.loads(body)["id"])
    finally:
        srv.close()


def test_articles_stored_before_a_watchlist_do_not_alert_on_it(ledger):
    """`ingest` queues every article; one stored before a watchlist existed is not news to it."""
    ledger.store.write(lukashenko_rules_out_troops(), "test")            # queued, not yet matched
    ledger.conn.execute("UPDATE alert_queue SET queued_at='2020-01-01T00:00:00+00:00'")
    ledger.conn.commit()
    api.add_watchlist(ledger, "entity", "Lukashenko")
    assert match_pending(ledger.conn) == [] and ledger.conn.execute("SELECT count(*) FROM alert_queue").fetchone()[0] == 0
    assert len(store(ledger, kharkiv_shelled())) == 1


def test_a_place_named_only_as_an_adjective_brings_no_story_into_the_area(ledger):
    """'Ukrainian grain' names Ukraine without being about a place in it; the same country named as a
    place does bring the story into an area watch around it."""
    api.add_watchlist(ledger, "place", "50.0,36.2", radius_km=400)             # around Kharkiv
    text = "Ukrainian grain prices rose in Minsk on Monday, traders said."

    def story(aid: str, kind: str) -> Analysis:
        ukraine = Entity("e1", "Ukraine", "GPE", [Mention(sp(text, "Ukrainian"), "Ukrainian", kind)],
                         geo=Geo(49.0, 32.0, "UA", "country"))
        return Analysis(Article(aid, text, "Grain", published="2026-01-05"), [ukraine], [], [], [], [])
    alerts = store(ledger, story("adj", "adjective"), story("named", "name"))
    assert [a.article_id for a in alerts] == ["named"]
