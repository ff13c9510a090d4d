"""Identity fixes (merge, split, rename, 'not the same') recorded with what they moved, honoured
by later ingests, and undone exactly: on built articles written through the real store."""
from __future__ import annotations

import pytest

from newsledger.ledger import Ledger
from newsledger.store.sqlite import Store
from tests.workbench_ledger import PEOPLE, article

TABLES = {"mentions": "SELECT id, entity_id FROM mentions ORDER BY id",
          "statements": "SELECT id, speaker_id, channel_id FROM statements ORDER BY id",
          "events": "SELECT id, place_id, source_id FROM events ORDER BY id",
          "participants": "SELECT event_id, entity_id, role FROM event_participants ORDER BY 1, 2, 3",
          "forecasts": "SELECT id, speaker_id FROM forecasts ORDER BY id",
          "entities": "SELECT * FROM entities ORDER BY id",
          "aliases": "SELECT entity_id, alias, n FROM entity_aliases ORDER BY 1, 2",
          "keys": "SELECT key, entity_id FROM entity_keys ORDER BY 1, 2",
          "judgements": "SELECT a, b, judgement FROM judgements ORDER BY 1, 2"}


@pytest.fixture
def ledger(tmp_path):
    with Store(tmp_path / "l.db") as store:
        for i in range(60):
            store.write(article(i), pipeline="test")
    with Ledger(tmp_path / "l.db") as led:
        yield led


def snapshot(led: Ledger) -> dict[str, list[tuple]]:
    return {name: [tuple(r) for r in led.conn.execute(sql)] for name, sql in TABLES.items()}


def test_a_merge_moves_everything_and_its_undo_puts_everything_back(ledger):
    before = snapshot(ledger)
    done = ledger.merge(PEOPLE[0], PEOPLE[1], "one analyst")
    assert ledger.entities(PEOPLE[1]).items[0].id == done["kept"]            # the other name now finds the kept one
    assert ledger.conn.execute("SELECT count(*) FROM entities WHERE id=?", (done["merged"],)).fetchone()[0] == 0
    assert ledger.identity_edit(done["edit"]).summary.startswith("moved ")
    ledger.undo(done["edit"])
    assert snapshot(ledger) == before
    with pytest.raises(ValueError):
        ledger.undo(done["edit"])


def test_a_split_is_undone_by_folding_the_new_entity_back(ledger):
    before = snapshot(ledger)
    done = ledger.split(PEOPLE[2], PEOPLE[2])
    assert ledger.entity(str(done["new"])).mentions > 0
    ledger.undo(done["edit"])
    after = snapshot(ledger)
    assert after["mentions"] == before["mentions"] and after["statements"] == before["statements"]
    assert after["judgements"] == before["judgements"]


def test_a_rename_survives_later_ingests_until_it_is_undone(ledger):
    eid = ledger.entities(PEOPLE[3]).items[0].id
    edit = ledger.rename(str(eid), "V. Melnyk (MP)")
    with Store(ledger.store.path) as store:
        for i in range(60, 90):
            store.write(article(i), pipeline="test")      # more articles naming him by his full name
    assert ledger.entity(str(eid)).name == "V. Melnyk (MP)"
    ledger.undo(edit.id)
    assert ledger.entity(str(eid)).name == PEOPLE[3]


def test_not_the_same_is_a_judgement_the_resolver_reads_and_undo_forgets(ledger):
    a, b = (ledger.entities(p).items[0].id for p in PEOPLE[4:6])
    edit = ledger.different(str(a), str(b), "two people")
    assert ledger.conn.execute("SELECT judgement FROM judgements WHERE a=? AND b=?",
                               (min(a, b), max(a, b))).fetchone()[0] == "different"
    assert edit.summary == "judged not the same" and edit.note == "two people"
    ledger.undo(edit.id)
    assert ledger.conn.execute("SELECT count(*) FROM judgements").fetchone()[0] == 0
