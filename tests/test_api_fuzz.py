"""Schemathesis against /openapi.json: requests generated from the schema itself (ids, numbers,
strings and bodies of every shape it allows, and some it does not) never get a server error, writes
included (with the token). The ledger is the REST tests' hand-made one, a copy for this test.
POST /api/ingest is left to the readers' own fuzzing (its body is JSON lines of articles to analyse)."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from newsledger.serve.app import create_app
from newsledger.store.sqlite import Store

from .test_serve_api import first_article, second_article

schemathesis = pytest.importorskip("schemathesis")
TOKEN = "fuzz-token"


def test_no_generated_request_is_a_server_error(tmp_path):
    path = tmp_path / "ledger.db"
    with Store(path) as store:
        store.write(first_article())
        store.write(second_article())
    app = create_app(path, token=TOKEN, max_body=64 * 1024, hosts=["testserver"])   # the ASGI client's name
    operations = [op for op in (r.ok() for r in schemathesis.openapi.from_asgi("/openapi.json", app).get_all_operations())
                  if op.path != "/api/ingest"]
    assert len(operations) >= 20
    for operation in operations:
        @given(case=operation.as_strategy())
        @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck), database=None,
                  derandomize=True)
        def no_server_error(case):
            response = case.call(headers={"Authorization": f"Bearer {TOKEN}"})
            assert response.status_code < 500, (case.method, case.formatted_path, case.query, case.body,
                                                 response.text[:300])
        no_server_error()
