"""The embedded store: one SQLite file (WAL, foreign keys, FTS5), written one article per transaction.

The store speaks the data model: ``write(analysis)`` takes an ``Analysis`` whose spans index the
text as received, resolves its local entities to the ledger's cross-document identities, and
replaces whatever the ledger held for that article id — all or nothing.
"""
from __future__ import annotations

import os
import re
import sqlite3
from datetime import UTC, datetime
from functools import cached_property
from typing import TYPE_CHECKING

from ..dates import calendar_date
from ..errors import Codes, NewsledgerError

if TYPE_CHECKING:   # the syndication index (datasketch, scipy) is loaded by the first write, not by readers;
    # the model and the identity resolver by the first write or identity edit
    from ..ingest.dedup import SyndicationIndex
    from ..model import Analysis, Article
    from .entities import EntityResolver

SCHEMA_VERSION = 3
DEFAULT_DB = "newsledger.db"
# (version, SQL) applied in order to stores older than SCHEMA_VERSION, before schema.sql (which then
# creates what is new: tables, indexes, the full-text tables these steps dropped)
MIGRATIONS: list[tuple[int, str]] = [
    (2, """
    DROP INDEX IF EXISTS articles_published;
    DROP INDEX IF EXISTS events_type;
    DROP TRIGGER IF EXISTS articles_ai; DROP TRIGGER IF EXISTS articles_ad;
    DROP TRIGGER IF EXISTS statements_ai; DROP TRIGGER IF EXISTS statements_ad;
    DROP TABLE IF EXISTS articles_fts; DROP TABLE IF EXISTS statements_fts;
    ALTER TABLE articles ADD COLUMN published_iso TEXT;
    ALTER TABLE articles ADD COLUMN date_source TEXT;
    ALTER TABLE articles ADD COLUMN kind TEXT;
    ALTER TABLE articles ADD COLUMN kind_reason TEXT;
    ALTER TABLE articles ADD COLUMN text_only TEXT;
    UPDATE articles SET published_iso = calendar_date(published),
      date_source = CASE WHEN published IS NULL THEN NULL WHEN published_inferred THEN 'text' ELSE 'given' END;
    CREATE TABLE extractors (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, layer TEXT NOT NULL,
                             first_used TEXT NOT NULL);
    INSERT OR IGNORE INTO extractors(name, layer, first_used)
      SELECT DISTINCT extractor, 'statements', datetime('now') FROM statements WHERE extractor LIKE 'newsledger.%'
      UNION SELECT DISTINCT extractor, 'events', datetime('now') FROM events WHERE extractor LIKE 'newsledger.%';
    ALTER TABLE mentions ADD COLUMN extractor_id INTEGER REFERENCES extractors(id);
    ALTER TABLE timexes ADD COLUMN extractor_id INTEGER REFERENCES extractors(id);
    ALTER TABLE statements ADD COLUMN said_on_iso TEXT;
    ALTER TABLE statements ADD COLUMN polarity TEXT NOT NULL DEFAULT 'affirmed';
    ALTER TABLE statements ADD COLUMN extractor_id INTEGER REFERENCES extractors(id);
    UPDATE statements SET said_on_iso = calendar_date(said_on),
      extractor_id = (SELECT id FROM extractors x WHERE x.name = statements.extractor);
    ALTER TABLE statements DROP COLUMN extractor;
    ALTER TABLE events ADD COLUMN date_iso TEXT;
    ALTER TABLE events ADD COLUMN extractor_id INTEGER REFERENCES extractors(id);
    UPDATE events SET date_iso = calendar_date(date),
      extractor_id = (SELECT id FROM extractors x WHERE x.name = events.extractor);
    ALTER TABLE events DROP COLUMN extractor;
    ALTER TABLE forecasts ADD COLUMN horizon_iso TEXT;
    ALTER TABLE forecasts ADD COLUMN extractor_id INTEGER REFERENCES extractors(id);
    UPDATE forecasts SET horizon_iso = calendar_date(horizon);
    """),
    (3, """
    ALTER TABLE forecasts ADD COLUMN claim TEXT;
    ALTER TABLE forecasts ADD COLUMN claim_start INTEGER;
    ALTER TABLE forecasts ADD COLUMN claim_end INTEGER;
    DROP VIEW IF EXISTS forecasts_with_verdicts;
    """),
]
FTS_TABLES = ("articles_fts", "statements_fts", "events_fts")
# read beside this module, not through importlib.resources (which loads tempfile and zipfile: a
# third of the start-up of a command that only reads)
with open(os.path.join(os.path.dirname(__file__), "schema.sql"), encoding="utf-8") as _f:
    SCHEMA_SQL = _f.read()
# case-sensitive (schema.sql writes its keywords in capitals): a literal prefix, which `re` scans for fast
_SCHEMA_NAMES = re.compile(r"CREATE (?:VIRTUAL )?(?:TABLE|INDEX|TRIGGER) IF NOT EXISTS (\w+)")


def db_path(path: str | os.PathLike | None = None) -> str:
    """The store's file: PATH, else $NEWSLEDGER_DB, else ./newsledger.db. A string, not a
    ``pathlib.Path``: pathlib (and the urllib.parse it imports) is a tenth of the start-up of a
    command that only reads."""
    return os.fspath(path or os.environ.get("NEWSLEDGER_DB") or DEFAULT_DB)


def content_hash(article: Article) -> str:
    """Same id and same text: the same article, whatever file or feed it came through. (hashlib
    is imported here, by the writes: no command that only reads loads OpenSSL.)"""
    import hashlib
    return hashlib.sha256(f"{article.id}\x00{article.text}".encode("utf-8", "surrogatepass")).hexdigest()


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    """A newsledger ledger in one SQLite file."""

    def __init__(self, path: str | os.PathLike | None = None):
        self.path = db_path(path)
        folder = os.path.dirname(self.path)
        if folder and not os.path.exists(folder):
            os.makedirs(folder, exist_ok=True)
        self.readonly = os.path.exists(self.path) and not _writable(self.path)
        try:
            self.conn = _connect(self.path, self.readonly)
            self._migrate()
        except sqlite3.Error as err:
            problem = storage_error(err, self.path)
            if problem is None:
                raise
            raise problem from err
        self._syndication: SyndicationIndex | None = None
        self._extractors: dict[str, int] = {}

    @cached_property
    def entities(self) -> EntityResolver:
        """Cross-document identities: resolved on writes, edited by merge, split, rename (built on
        first use, so a command that only reads loads neither the model nor the resolver)."""
        from .entities import EntityResolver
        return EntityResolver(self.conn)

    @property
    def syndication(self) -> SyndicationIndex:
        """The near-duplicate index, rebuilt from stored signatures on first use."""
        if self._syndication is None:
            import numpy as np

            from ..ingest.dedup import SyndicationIndex
            self._syndication = SyndicationIndex()
            for row in self.conn.execute(
                    "SELECT s.article_id, s.sig, a.syndication_group FROM signatures s JOIN articles a ON a.id=s.article_id"):
                self._syndication.add(row[0], np.frombuffer(row[1], dtype=np.uint64), row[2])
        return self._syndication

    def _version(self) -> int | None:
        """The schema version of the file, None for a new one."""
        if not self.conn.execute("SELECT 1 FROM sqlite_master WHERE name='meta'").fetchone():
            return None
        row = self.conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        return int(row[0]) if row else 1

    def _migrate(self) -> None:
        """Brings the file to this schema; writes nothing when it is current (a reader opening a
        ledger during an ingest takes no lock, and a read-only ledger opens)."""
        version = self._version()
        if version is not None and version > SCHEMA_VERSION:
            raise NewsledgerError(Codes.E012, f"{self.path} has schema {version}, this newsledger knows {SCHEMA_VERSION}")
        missing = self._missing()
        if version == SCHEMA_VERSION and not missing:
            return
        if self.readonly:
            raise NewsledgerError(Codes.E022, f"{self.path} is read-only and needs its schema "
                                              f"{'created' if version is None else 'upgraded'}")
        if self.conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            self.conn.execute("PRAGMA journal_mode=WAL")
        steps = [sql for target, sql in MIGRATIONS if version is not None and version < target]
        for sql in steps:
            self.conn.executescript(f"BEGIN; {sql}; COMMIT;")
        with self.conn:
            self.conn.executescript(SCHEMA_SQL)
            for table in FTS_TABLES if steps else missing & set(FTS_TABLES):   # an index new to the file: of its rows
                self.conn.execute(f"INSERT INTO {table}({table}) VALUES ('rebuild')")
            self.conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))

    def _missing(self) -> set[str]:
        """Tables, indexes and triggers of schema.sql the file lacks."""
        have = {row[0] for row in self.conn.execute("SELECT name FROM sqlite_master")}
        return set(_SCHEMA_NAMES.findall(SCHEMA_SQL)) - have

    def extractor_ids(self, extractors: dict[str, str]) -> dict[str, int]:
        """Layer -> the ledger id of the versioned extractor that produced it (registered on first use)."""
        out = {}
        for layer, name in extractors.items():
            if name not in self._extractors:
                self.conn.execute("INSERT OR IGNORE INTO extractors(name, layer, first_used) VALUES (?,?,?)",
                                  (name, layer, now()))
                self._extractors[name] = self.conn.execute("SELECT id FROM extractors WHERE name=?", (name,)).fetchone()[0]
            out[layer] = self._extractors[name]
        return out

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def has(self, article: Article) -> bool:
        """Whether this exact article (id and text) is already in the ledger."""
        return self.conn.execute("SELECT 1 FROM articles WHERE content_hash=?", (content_hash(article),)).fetchone() is not None

    def count(self, table: str) -> int:
        if table not in TABLES:
            raise ValueError(table)
        return self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    def write(self, analysis: Analysis, pipeline: str = "") -> None:
        """Stores one analysed article in one transaction, replacing an older version of it. A full
        disk, an I/O error or a read-only ledger is a NewsledgerError (E021, E022); the ledger is
        as it was before this article."""
        from ..ingest.dedup import signature
        art = analysis.article
        sig = signature(art.text[:art.body_end] if art.body_end else art.text)
        try:
            with self.conn:
                self.conn.execute("DELETE FROM articles WHERE id=?", (art.id,))
                group = self.syndication.add(art.id, sig)
                _ArticleWriter(self.conn, self.entities, analysis, pipeline, group,
                               self.extractor_ids(analysis.extractors)).write()
                self.conn.execute("INSERT INTO signatures(article_id, sig) VALUES (?, ?)", (art.id, sig.tobytes()))
        except BaseException as err:
            self._syndication = None   # the index may hold the article the rollback removed: rebuild it
            self._extractors = {}      # ... and the extractor ids it registered
            if isinstance(err, sqlite3.Error) and (problem := storage_error(err, self.path, art.id)) is not None:
                raise problem from err
            raise


def _writable(path: str) -> bool:
    """Whether this process may write the ledger at PATH: the file, and its folder (where SQLite
    keeps the WAL and shared-memory files) unless those exist and are writable."""
    companions = [path + s for s in ("-wal", "-shm")]
    return os.access(path, os.W_OK) and (os.access(os.path.dirname(path) or ".", os.W_OK)
                                         or all(os.access(c, os.W_OK) for c in companions))


def _connect(path: str, readonly: bool) -> sqlite3.Connection:
    """A connection to the ledger; read-only (``mode=ro``, else ``immutable=1`` when SQLite cannot
    share the WAL) for a ledger this process may not write."""
    if readonly:
        conn = _readonly(path)
    else:
        conn = sqlite3.connect(path, timeout=30, check_same_thread=False)
        conn.execute("PRAGMA synchronous=NORMAL")
    conn.row_factory = sqlite3.Row
    conn.create_function("calendar_date", 1, calendar_date, deterministic=True)
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


def _readonly(path: str) -> sqlite3.Connection:
    import urllib.parse
    uri = "file:" + urllib.parse.quote(os.path.realpath(path))
    try:
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=30, check_same_thread=False)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        conn = sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, check_same_thread=False)
    conn.execute("PRAGMA query_only=1")
    return conn


def connect_readonly(path: str | os.PathLike) -> sqlite3.Connection:
    """A connection that never writes, to a ledger that may be on a read-only disk (for readers
    beside the store: the API opens one per request)."""
    return _connect(os.fspath(path), readonly=True)


_STORAGE = {"SQLITE_FULL": Codes.E021, "SQLITE_IOERR": Codes.E021, "SQLITE_CANTOPEN": Codes.E021,
            "SQLITE_READONLY": Codes.E022}


def storage_error(err: sqlite3.Error, path: str, article: str | None = None) -> NewsledgerError | None:
    """The clear error for a failure of the disk or file under the ledger (full disk, I/O error,
    read-only file), or None for any other database error."""
    name = (getattr(err, "sqlite_errorname", "") or "").split("_")
    code = _STORAGE.get("_".join(name[:2]))
    if code is None:
        return None
    at = f" while storing article {article!r}" if article else ""
    return NewsledgerError(code, f"{path}{at}: {err}")


CLAIM_SIMILARITY = 0.5   # word Jaccard above which two reports carry one claim
TABLES = ("articles", "entities", "entity_aliases", "mentions", "roles", "statements", "timexes",
          "events", "event_participants", "forecasts", "verdicts", "judgements", "extractors")


class _ArticleWriter:
    """Writes the rows of one Analysis; local entity ids become ledger ids on the way."""

    def __init__(self, conn: sqlite3.Connection, resolver: EntityResolver, analysis: Analysis, pipeline: str,
                 group: str, extractor_ids: dict[str, int]):
        self.conn, self.resolver, self.a, self.pipeline, self.group = conn, resolver, analysis, pipeline, group
        self.x = extractor_ids
        self.ids: dict[str, int] = {}
        self.statement_ids: list[int] = []

    def write(self) -> None:
        self._article()
        self._entities()
        self._statements()
        self._timexes()
        self._events()
        self._forecasts()

    def _article(self) -> None:
        art = self.a.article
        self.conn.execute(
            "INSERT INTO articles(id, content_hash, url, title, outlet, author, language, source, published,"
            " published_iso, published_inferred, date_source, kind, kind_reason, text_only, text, body_end,"
            " syndication_group, pipeline, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (art.id, content_hash(art), art.url, art.title, art.outlet, art.author, art.language, art.source,
             art.published, calendar_date(art.published), int(art.published_inferred), art.date_source, art.kind,
             art.kind_reason, art.text_only, art.text, art.body_end, self.group, self.pipeline, now()))

    def _entities(self) -> None:
        # first/last seen are calendar dates: a raw 'XXXX-12-18' would outrank every year in min/max
        from .entities import Source
        date = calendar_date(self.a.article.published)
        source = Source.of(self.a.article.outlet, self.a.article.url)
        for ent in self.a.entities:
            eid = self.resolver.resolve(ent, date, source, text=self.a.article.text)
            self.ids[ent.id] = eid
            self.conn.executemany(
                'INSERT INTO mentions(article_id, entity_id, local_id, start, "end", text, kind, extractor_id)'
                ' VALUES (?,?,?,?,?,?,?,?)',
                [(self.a.article.id, eid, ent.id, m.span[0], m.span[1], m.text, m.kind, self.x.get("entities"))
                 for m in ent.mentions])
            self.conn.executemany(
                "INSERT OR IGNORE INTO roles(entity_id, article_id, role, date) VALUES (?,?,?,?)",
                [(eid, self.a.article.id, role, date) for role in ent.roles])

    def _statements(self) -> None:
        # json here and in _forecasts, by the writes only: a command that reads never loads it
        import json

        from .entities import rowid
        text = self.a.article.text
        for seq, st in enumerate(self.a.statements):
            s, e = st.content_span
            sp = st.speaker_span
            speaker = self.ids.get(st.speaker or "")
            content = " … ".join(text[a:b] for a, b in st.content_spans)
            cur = self.conn.execute(
                "INSERT INTO statements(article_id, seq, speaker_id, speaker_text, speaker_start, speaker_end, content,"
                " content_start, content_end, content_spans, cue, cue_start, cue_end, kind, certainty, forecast,"
                " dup_of, channel, channel_id, said_on, said_on_iso, polarity, extractor_id)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (self.a.article.id, seq, speaker, text[sp[0]:sp[1]] if sp else None,
                 sp[0] if sp else None, sp[1] if sp else None, content,
                 s, e, json.dumps([list(x) for x in st.content_spans]), st.cue,
                 st.cue_span[0] if st.cue_span else None, st.cue_span[1] if st.cue_span else None,
                 st.kind, st.certainty, int(st.forecast), self._same_claim(speaker, content),
                 self._channel_name(st.channel), self.ids.get(st.channel or ""), st.said_on, calendar_date(st.said_on),
                 st.polarity, self.x.get("statements")))
            self.statement_ids.append(rowid(cur))

    def _same_claim(self, speaker: int | None, content: str) -> int | None:
        """The first stored statement of the same claim by the same speaker in another outlet's copy
        (same syndication group) or report (published within three days), or None."""
        from ..ingest.dedup import word_jaccard
        nearby = " OR abs(julianday(a.published) - julianday(?)) <= 3" if speaker is not None else ""
        params = (speaker, self.a.article.id, self.group) + ((self.a.article.published,) if nearby else ())
        rows = self.conn.execute(
            "SELECT s.id, s.dup_of, s.content FROM statements s JOIN articles a ON a.id=s.article_id"
            f" WHERE s.speaker_id IS ? AND s.article_id!=? AND (a.syndication_group=?{nearby}) ORDER BY s.id", params)
        for row in rows:
            if word_jaccard(row["content"], content) >= CLAIM_SIMILARITY:
                return row["dup_of"] or row["id"]
        return None

    def _channel_name(self, channel: str | None) -> str | None:
        ent = self.a.entity(channel)
        return ent.name if ent else channel

    def _timexes(self) -> None:
        self.conn.executemany(
            'INSERT INTO timexes(article_id, start, "end", text, value, type, extractor_id) VALUES (?,?,?,?,?,?,?)',
            [(self.a.article.id, t.span[0], t.span[1], t.text, t.value, t.type, self.x.get("timexes"))
             for t in self.a.timexes])

    def _events(self) -> None:
        text = self.a.article.text
        for seq, ev in enumerate(self.a.events):
            s, e = ev.evidence_span
            cur = self.conn.execute(
                "INSERT INTO events(article_id, seq, type, mode, cameo, trigger, date, date_iso, place_id, status,"
                " source_id, statement_id, evidence, evidence_start, evidence_end, extractor_id)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (self.a.article.id, seq, ev.type, ev.mode, ev.cameo, ev.trigger, ev.date, calendar_date(ev.date),
                 self.ids.get(ev.place or ""), ev.status, self.ids.get(ev.source or ""),
                 self.statement_ids[ev.statement] if ev.statement is not None else None, text[s:e], s, e,
                 self.x.get("events")))
            rows = {(cur.lastrowid, self.ids[x], "actor") for x in ev.actors if x in self.ids}
            rows |= {(cur.lastrowid, self.ids[x], "target") for x in ev.targets if x in self.ids}
            self.conn.executemany("INSERT INTO event_participants(event_id, entity_id, role) VALUES (?,?,?)", sorted(rows))

    def _forecasts(self) -> None:
        import json
        for fc in self.a.forecasts:
            st = self.a.statements[fc.statement]
            claim = fc.claim_span or (None, None)
            self.conn.execute(
                "INSERT INTO forecasts(statement_id, article_id, speaker_id, made_on, horizon, horizon_iso, event_type,"
                " actors, targets, certainty, extractor_id, claim, claim_start, claim_end) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (self.statement_ids[fc.statement], self.a.article.id, self.ids.get(fc.speaker or ""), fc.made_on,
                 fc.horizon, calendar_date(fc.horizon), fc.event_type,
                 json.dumps([self.ids[x] for x in fc.actors if x in self.ids]),
                 json.dumps([self.ids[x] for x in fc.targets if x in self.ids]), fc.certainty or st.certainty,
                 self.x.get("forecasts"),
                 self.a.article.text[claim[0]:claim[1]] if fc.claim_span else None, *claim))
