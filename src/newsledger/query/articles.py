"""Articles: one article's full record (text, statements, entities, time expressions, events,
each with spans into the text as received) and articles found by their words."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator

from ..errors import Codes, NewsledgerError
from .entities import places_of
from .events import event_rows
from .results.articles import ArticleEntity, ArticleHit, ArticleRecord, TimexRow
from .results.common import Geo, Page
from .search_syntax import fts_syntax
from .sql import Where
from .statements import statements_of

MARK_OPEN, MARK_CLOSE = "\u0002", "\u0003"   # snippet match markers: the client escapes, then highlights


def article_ids(conn: sqlite3.Connection) -> Iterator[str]:
    """Every article id, in the order they were stored."""
    for row in conn.execute("SELECT id FROM articles ORDER BY rowid"):
        yield row[0]


def article_record(conn: sqlite3.Connection, article_id: str) -> ArticleRecord:
    """Everything the ledger holds about one article; E014 when it holds no such article."""
    art = conn.execute("SELECT * FROM articles WHERE id=?", (article_id,)).fetchone()
    if art is None:
        raise NewsledgerError(Codes.E014, f"article {article_id!r}")
    events = event_rows(conn, "ev.article_id = ?", (article_id,))
    geos = places_of(conn, [e.place_id for e in events])
    for ev in events:
        ev.place_geo = geos.get(ev.place_id) if ev.place_id is not None else None
    return ArticleRecord(
        art["id"], art["url"], art["title"], art["outlet"], art["author"], art["published"], art["published_iso"],
        bool(art["published_inferred"]), art["language"], art["kind"], art["body_end"], art["syndication_group"],
        art["text"], statements_of(conn, article_id), entities_of(conn, article_id), timexes_of(conn, article_id),
        events)


def entities_of(conn: sqlite3.Connection, article_id: str) -> list[ArticleEntity]:
    """The article's entities (ledger identities) with their mentions in this article, in text order."""
    rows = conn.execute(
        'SELECT m.entity_id, m.start, m."end", e.name, e.type, e.lat, e.lon, e.country, e.geo_level FROM mentions m'
        ' JOIN entities e ON e.id = m.entity_id WHERE m.article_id=? ORDER BY m.start', (article_id,))
    out: dict[int, ArticleEntity] = {}
    for r in rows:
        ent = out.setdefault(r["entity_id"], ArticleEntity(r["entity_id"], r["name"], r["type"], []))
        ent.mentions.append((r["start"], r["end"]))
        if r["lat"] is not None:
            ent.geo = Geo(r["lat"], r["lon"], r["country"], r["geo_level"])
    return list(out.values())


def timexes_of(conn: sqlite3.Connection, article_id: str) -> list[TimexRow]:
    rows = conn.execute('SELECT start, "end", text, value, type FROM timexes WHERE article_id=? ORDER BY start',
                        (article_id,))
    return [TimexRow((r[0], r[1]), r[2], r[3], r[4]) for r in rows]


def search_articles(conn: sqlite3.Connection, q: str | None = None, outlet: str | None = None,
                    date_from: str | None = None, date_to: str | None = None, limit: int = 20,
                    offset: int = 0) -> Page[ArticleHit]:
    """Articles holding the words Q, best match first (without Q: newest first, undated last),
    from OUTLET, published within [DATE_FROM, DATE_TO], each with a snippet."""
    where = Where()
    match = fts_syntax(q or "")
    if match:
        where.add("articles_fts MATCH ?", match)
    if outlet:
        where.add("a.outlet = ?", outlet)
    where.period("a.published_iso", date_from, date_to)
    if match:
        base = f"FROM articles_fts JOIN articles a ON a.rowid=articles_fts.rowid WHERE {where.sql}"
        snippet, order = f"snippet(articles_fts, 1, '{MARK_OPEN}', '{MARK_CLOSE}', '…', 16)", "rank"
    else:
        base, snippet = f"FROM articles a WHERE {where.sql}", "substr(a.text, 1, 200)"
        order = "a.published_iso IS NULL, a.published_iso DESC"
    total = conn.execute(f"SELECT count(*) {base}", where.params).fetchone()[0]
    rows = conn.execute(
        f"SELECT a.id, a.title, a.outlet, a.published, a.published_iso, a.url, {snippet},"
        " (SELECT count(*) FROM statements s WHERE s.article_id=a.id),"
        " (SELECT count(*) FROM events ev WHERE ev.article_id=a.id)"
        f" {base} ORDER BY {order} LIMIT ? OFFSET ?", (*where.params, limit, offset))
    return Page([ArticleHit(*r) for r in rows], total, limit, offset)
