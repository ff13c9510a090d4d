"""The forecast ledger on the sample corpus: a planned visit that a later article reports as held,
and a prediction that fails; verdicts make a track record and survive re-analysis."""
from __future__ import annotations

import pytest

from newsledger import Ledger

from .conftest import SAMPLES

WRITTEN = SAMPLES / "written.jsonl"


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    with Ledger(tmp_path_factory.mktemp("fc") / "l.db") as led:
        led.ingest([WRITTEN])
        yield led


def _one(ledger, words):
    found = [f for f in ledger.forecasts().items if words in f.content]
    assert len(found) == 1, [f.content for f in ledger.forecasts().items]
    return found[0]


def test_syndicated_copies_make_one_forecast(ledger):
    assert sum("cross into Ukraine" in f.content for f in ledger.forecasts().items) == 1


def test_planned_visit_is_proposed_as_confirmed_by_the_later_report(ledger):
    visit = _one(ledger, "will visit Minsk")
    assert visit.horizon == "2022-12-19" and visit.event_type in ("CONSULT", "AGREE")
    proposals = ledger.propose_confirmations(visit.id)
    assert proposals and proposals[0].article_id == "nl-sample-004"
    assert proposals[0].status == "occurred"


def test_verdicts_make_a_track_record_that_survives_reanalysis(ledger):
    visit = _one(ledger, "will visit Minsk")
    cross = _one(ledger, "cross into Ukraine")
    assert cross.speaker == "Oleg Zhdanov" and cross.horizon.startswith("2023-01")
    assert ledger.propose_confirmations(cross.id) == []
    event = ledger.propose_confirmations(visit.id)[0].id
    ledger.resolve_forecast(visit.id, came_true=True, event_id=event)
    ledger.resolve_forecast(cross.id, came_true=False, note="no crossing by mid-February (nl-sample-006)")
    board = {r.speaker: r for r in ledger.scoreboard()}
    assert (board["Oleg Zhdanov"].right, board["Oleg Zhdanov"].wrong) == (0, 1)
    assert board["Oleg Zhdanov"].brier == pytest.approx(0.9 ** 2)   # "predicted": asserted, 0.9
    assert board[visit.speaker].right == 1
    ledger.conn.execute("DELETE FROM articles WHERE id='nl-sample-003'")
    ledger.conn.commit()
    ledger.ingest([WRITTEN])
    assert _one(ledger, "cross into Ukraine").verdict == "did_not"
