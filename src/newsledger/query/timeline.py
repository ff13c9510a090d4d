"""Events per month by status and statements per month: an overview that a page of dots cannot
give once the ledger holds thousands of them. Months come from calendar dates only; what is
undated or dated to a year alone is counted apart, never put in a month it may not belong to."""
from __future__ import annotations

import sqlite3

from .entities import names_to_ids
from .events import EVENT_DATE, reported_or_involving
from .results.timeline import Month, Timeline
from .sql import Where
from .statements import STATEMENT_DATE


def _month(expr: str) -> str:
    return f"CASE WHEN length({expr}) >= 7 THEN substr({expr}, 1, 7) END"


def timeline(conn: sqlite3.Connection, *, entity: str | None = None, date_from: str | None = None,
             date_to: str | None = None) -> Timeline:
    """Per month within [DATE_FROM, DATE_TO]: events by status (of ENTITY as participant or source,
    if given) and statements (by ENTITY, if given); a claim several outlets carried counts once."""
    ids = names_to_ids(conn, entity)
    events, statements = Where(), Where()
    statements.add("s.dup_of IS NULL")
    if ids is not None:
        events.within("ev.id", reported_or_involving(conn, ids))
        statements.among("s.speaker_id", ids)
    events.period(EVENT_DATE, date_from, date_to)
    statements.period(STATEMENT_DATE, date_from, date_to)
    months: dict[str | None, Month] = {None: Month("")}
    for month, status, n in conn.execute(
            f"SELECT {_month(EVENT_DATE)}, ev.status, count(*) FROM events ev CROSS JOIN articles a"
            f" ON a.id=ev.article_id WHERE {events.sql} GROUP BY 1, 2", events.params):
        bucket = months.setdefault(month, Month(month))
        setattr(bucket, status, getattr(bucket, status, 0) + n)
    for month, n in conn.execute(f"SELECT {_month(STATEMENT_DATE)}, count(*) FROM statements s JOIN articles a"
                                 f" ON a.id=s.article_id WHERE {statements.sql} GROUP BY 1", statements.params):
        months.setdefault(month, Month(month)).statements = n
    loose = months.pop(None)
    return Timeline([months[m] for m in sorted(m for m in months if m)],
                    loose.occurred + loose.planned + loose.speculated + loose.denied, loose.statements)
