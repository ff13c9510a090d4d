-- newsledger's ledger, schema version 2. Opens in Datasette as it is.
-- Every record keeps its evidence as character offsets into articles.text (the text as received).
-- Every date is kept as its TIMEX3 value and, beside it in a *_iso column, as the calendar date it
-- names ('2022-12-19', '2022-12', '2022') or NULL ('XXXX-12-18', 'PAST_REF'): sorts, filters and
-- timelines use the *_iso columns (newsledger.dates.calendar_date).
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);

CREATE TABLE IF NOT EXISTS articles (
  id TEXT PRIMARY KEY,
  content_hash TEXT NOT NULL UNIQUE,
  url TEXT, title TEXT, outlet TEXT, author TEXT, language TEXT, source TEXT,
  published TEXT,
  published_iso TEXT,
  published_inferred INTEGER NOT NULL DEFAULT 0,
  date_source TEXT,            -- given | metadata | url | dateline | text (inferred); NULL: no date
  kind TEXT,                   -- news | opinion | howto | review | product | ... (model.ArticleKind)
  kind_reason TEXT,            -- the signal that decided the kind
  text_only TEXT,              -- the coded reason it was stored without analysis (errors.Codes)
  text TEXT NOT NULL,
  body_end INTEGER,
  syndication_group TEXT,
  pipeline TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published_iso);
CREATE INDEX IF NOT EXISTS articles_group ON articles(syndication_group);
-- MinHash signatures of article bodies; the in-memory LSH index is rebuilt from them
CREATE TABLE IF NOT EXISTS signatures (
  article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  sig BLOB NOT NULL
);

CREATE TABLE IF NOT EXISTS entities (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  lat REAL, lon REAL, country TEXT, geo_level TEXT, geonameid INTEGER,
  first_seen TEXT, last_seen TEXT
);
CREATE TABLE IF NOT EXISTS entity_aliases (
  entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  alias TEXT NOT NULL,
  n INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (entity_id, alias)
);
CREATE INDEX IF NOT EXISTS entity_aliases_lower ON entity_aliases(lower(alias));
CREATE TABLE IF NOT EXISTS entity_keys (
  key TEXT NOT NULL,
  entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  PRIMARY KEY (key, entity_id)
);
CREATE TABLE IF NOT EXISTS roles (
  entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  date TEXT,
  PRIMARY KEY (entity_id, article_id, role)
);
-- merges and splits decided by a person; the resolver honours them
CREATE TABLE IF NOT EXISTS judgements (
  a INTEGER NOT NULL, b INTEGER NOT NULL,
  judgement TEXT NOT NULL CHECK (judgement IN ('same', 'different')),
  note TEXT, created_at TEXT NOT NULL,
  PRIMARY KEY (a, b)
);

-- every identity fix a person made, with the rows it moved and what it replaced (JSON), so that it
-- can be undone: merge (a kept, b merged), split (a, b the new entity), rename (a), different (a, b)
CREATE TABLE IF NOT EXISTS identity_edits (
  id INTEGER PRIMARY KEY,
  action TEXT NOT NULL CHECK (action IN ('merge', 'split', 'rename', 'different')),
  a INTEGER NOT NULL, b INTEGER,
  note TEXT, moved TEXT NOT NULL,
  created_at TEXT NOT NULL, undone_at TEXT
);
CREATE INDEX IF NOT EXISTS identity_edits_a ON identity_edits(a, action);
CREATE INDEX IF NOT EXISTS identity_edits_b ON identity_edits(b);

-- names a user said are never one identity (from the knowledge file), lowercased
CREATE TABLE IF NOT EXISTS never_merge (
  a TEXT NOT NULL, b TEXT NOT NULL,
  PRIMARY KEY (a, b)
);

-- the versioned extractors that produced the derived rows (each row's extractor_id)
CREATE TABLE IF NOT EXISTS extractors (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,   -- e.g. newsledger.statements.v1
  layer TEXT NOT NULL,         -- timexes | statements | entities | events | forecasts
  first_used TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS mentions (
  id INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  local_id TEXT NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  kind TEXT NOT NULL,
  extractor_id INTEGER REFERENCES extractors(id)
);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity_id, article_id);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id, entity_id);

CREATE TABLE IF NOT EXISTS statements (
  id INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  speaker_id INTEGER REFERENCES entities(id),
  speaker_text TEXT, speaker_start INTEGER, speaker_end INTEGER,
  content TEXT NOT NULL,
  content_start INTEGER NOT NULL, content_end INTEGER NOT NULL,
  content_spans TEXT NOT NULL,
  cue TEXT, cue_start INTEGER, cue_end INTEGER,
  kind TEXT NOT NULL, certainty TEXT NOT NULL, forecast INTEGER NOT NULL,
  dup_of INTEGER REFERENCES statements(id) ON DELETE SET NULL,  -- the same claim, first stored from another outlet
  channel TEXT, channel_id INTEGER REFERENCES entities(id),
  said_on TEXT, said_on_iso TEXT,
  polarity TEXT NOT NULL DEFAULT 'affirmed',   -- affirmed | denied ("denied that ...")
  extractor_id INTEGER REFERENCES extractors(id)
);
CREATE INDEX IF NOT EXISTS statements_speaker ON statements(speaker_id);
CREATE INDEX IF NOT EXISTS statements_article ON statements(article_id);
CREATE INDEX IF NOT EXISTS statements_dup ON statements(dup_of) WHERE dup_of IS NOT NULL;

CREATE TABLE IF NOT EXISTS timexes (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  text TEXT NOT NULL, value TEXT NOT NULL, type TEXT,
  extractor_id INTEGER REFERENCES extractors(id)
);
CREATE INDEX IF NOT EXISTS timexes_article ON timexes(article_id);

CREATE TABLE IF NOT EXISTS events (
  id INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  type TEXT NOT NULL, mode TEXT, cameo TEXT, trigger TEXT,
  date TEXT, date_iso TEXT,
  place_id INTEGER REFERENCES entities(id),
  status TEXT NOT NULL,
  source_id INTEGER REFERENCES entities(id),
  statement_id INTEGER REFERENCES statements(id) ON DELETE SET NULL,
  evidence TEXT NOT NULL, evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL,
  extractor_id INTEGER REFERENCES extractors(id)
);
CREATE INDEX IF NOT EXISTS events_article ON events(article_id);
CREATE INDEX IF NOT EXISTS events_type ON events(type, date_iso);
CREATE TABLE IF NOT EXISTS event_participants (
  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  role TEXT NOT NULL CHECK (role IN ('actor', 'target')),
  PRIMARY KEY (event_id, entity_id, role)
);
CREATE INDEX IF NOT EXISTS participants_entity ON event_participants(entity_id);

CREATE TABLE IF NOT EXISTS forecasts (
  id INTEGER PRIMARY KEY,
  statement_id INTEGER NOT NULL UNIQUE REFERENCES statements(id) ON DELETE CASCADE,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  speaker_id INTEGER REFERENCES entities(id),
  made_on TEXT, horizon TEXT, horizon_iso TEXT,
  event_type TEXT, actors TEXT NOT NULL DEFAULT '[]', targets TEXT NOT NULL DEFAULT '[]',
  certainty TEXT,
  extractor_id INTEGER REFERENCES extractors(id),
  -- the forecast's own words: the clause of its statement's content that predicts (NULL in a ledger
  -- written before they were stored: the statement's content is the claim)
  claim TEXT, claim_start INTEGER, claim_end INTEGER
);
-- verdicts live apart from forecasts so re-ingesting an article never loses a person's judgement
CREATE TABLE IF NOT EXISTS verdicts (
  article_id TEXT NOT NULL,
  content_start INTEGER NOT NULL,
  verdict TEXT NOT NULL CHECK (verdict IN ('came_true', 'did_not')),
  note TEXT, event_id INTEGER, decided_at TEXT NOT NULL,
  PRIMARY KEY (article_id, content_start)
);

-- full text (article text, statements, the sentence that reports an event); content="..." (double
-- quotes) is how Datasette recognises a table's FTS index
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(title, text, content="articles", content_rowid="rowid");
CREATE TRIGGER IF NOT EXISTS articles_ai AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS articles_ad AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE VIRTUAL TABLE IF NOT EXISTS statements_fts USING fts5(content, speaker_text, content="statements", content_rowid="id");
CREATE TRIGGER IF NOT EXISTS statements_ai AFTER INSERT ON statements BEGIN
  INSERT INTO statements_fts(rowid, content, speaker_text) VALUES (new.id, new.content, new.speaker_text);
END;
CREATE TRIGGER IF NOT EXISTS statements_ad AFTER DELETE ON statements BEGIN
  INSERT INTO statements_fts(statements_fts, rowid, content, speaker_text) VALUES ('delete', old.id, old.content, old.speaker_text);
END;
CREATE VIRTUAL TABLE IF NOT EXISTS events_fts USING fts5(evidence, trigger, content="events", content_rowid="id");
CREATE TRIGGER IF NOT EXISTS events_ai AFTER INSERT ON events BEGIN
  INSERT INTO events_fts(rowid, evidence, trigger) VALUES (new.id, new.evidence, new.trigger);
END;
CREATE TRIGGER IF NOT EXISTS events_ad AFTER DELETE ON events BEGIN
  INSERT INTO events_fts(events_fts, rowid, evidence, trigger) VALUES ('delete', old.id, old.evidence, old.trigger);
END;

-- views an analyst starts from (in Datasette, or any SQLite client): each statement with its speaker
-- and article; each event with its actors, targets, place and reporting speaker; each forecast with
-- its speaker, horizon and verdict. Dates as the text gave them and, beside each, the calendar date.
CREATE VIEW IF NOT EXISTS statements_with_speakers AS
SELECT s.id, s.content, sp.name AS speaker, s.speaker_id, s.speaker_text, s.cue, s.kind, s.certainty,
       s.polarity, s.forecast, s.channel, s.said_on, s.said_on_iso, a.id AS article_id, a.title AS article_title,
       a.outlet, a.url, a.published, a.published_iso, s.dup_of
FROM statements s JOIN articles a ON a.id = s.article_id LEFT JOIN entities sp ON sp.id = s.speaker_id;
CREATE VIEW IF NOT EXISTS events_with_participants AS
SELECT ev.id, ev.type, ev.mode, ev.cameo, ev.status, ev.trigger,
       (SELECT group_concat(e.name, '; ') FROM event_participants p JOIN entities e ON e.id = p.entity_id
         WHERE p.event_id = ev.id AND p.role = 'actor') AS actors,
       (SELECT group_concat(e.name, '; ') FROM event_participants p JOIN entities e ON e.id = p.entity_id
         WHERE p.event_id = ev.id AND p.role = 'target') AS targets,
       pl.name AS place, pl.country AS place_country, pl.lat AS place_lat, pl.lon AS place_lon,
       ev.date, ev.date_iso, src.name AS reported_by, ev.statement_id, ev.evidence, a.id AS article_id,
       a.title AS article_title, a.outlet, a.url, a.published, a.published_iso
FROM events ev JOIN articles a ON a.id = ev.article_id LEFT JOIN entities pl ON pl.id = ev.place_id
LEFT JOIN entities src ON src.id = ev.source_id;
CREATE VIEW IF NOT EXISTS forecasts_with_verdicts AS
SELECT f.id, s.content, coalesce(f.claim, s.content) AS claim, sp.name AS speaker, f.speaker_id, f.certainty, f.event_type, f.made_on,
       coalesce(s.said_on_iso, a.published_iso) AS made_on_iso, f.horizon, f.horizon_iso,
       coalesce(v.verdict, 'open') AS verdict,
       v.note AS verdict_note, v.event_id AS verdict_event_id, v.decided_at, f.statement_id,
       a.id AS article_id, a.title AS article_title, a.outlet, a.url, a.published_iso
FROM forecasts f JOIN statements s ON s.id = f.statement_id JOIN articles a ON a.id = f.article_id
LEFT JOIN entities sp ON sp.id = f.speaker_id
LEFT JOIN verdicts v ON v.article_id = f.article_id AND v.content_start = s.content_start;

-- for reads (newsledger.query), so that a page of any list is chosen on indexes alone, whatever the
-- number of rows behind it: an article's date and outlet by its id; a statement's or event's sort
-- key by its id; a speaker's statements; the statements whose content holds a mention; an entity's
-- mentions, latest first, with their spans; the events a speaker reported or an entity took part
-- in; the forecasts of a source
CREATE INDEX IF NOT EXISTS articles_dated ON articles(id, published_iso, outlet);
CREATE INDEX IF NOT EXISTS statements_dated ON statements(id, dup_of, said_on_iso, article_id, seq);
CREATE INDEX IF NOT EXISTS statements_by_speaker ON statements(speaker_id, dup_of, said_on_iso, article_id, seq);
CREATE INDEX IF NOT EXISTS statements_spans ON statements(article_id, content_start, content_end);
CREATE INDEX IF NOT EXISTS mentions_latest ON mentions(entity_id, id, article_id, start, "end");
CREATE INDEX IF NOT EXISTS events_dated ON events(id, date_iso, article_id, seq);
CREATE INDEX IF NOT EXISTS events_source ON events(source_id);
CREATE INDEX IF NOT EXISTS participants_by_entity ON event_participants(entity_id, role, event_id);
CREATE INDEX IF NOT EXISTS forecasts_speaker ON forecasts(speaker_id, statement_id, article_id);

-- ---------------------------------------------------------------------------------------------
-- newsledger watch (watch/): sources polled, items seen, watchlists, alerts and their delivery.
-- A restart resumes from these tables; nothing here is derived from the articles.
CREATE TABLE IF NOT EXISTS watch_sources (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('feed', 'folder')),
  location TEXT NOT NULL UNIQUE,          -- the feed's URL or the folder's absolute path
  via TEXT,                               -- the OPML file that listed it
  interval_s REAL NOT NULL,
  added_at TEXT NOT NULL,
  last_poll TEXT, last_ok TEXT, next_poll TEXT,
  last_status TEXT,                       -- 200 | 304 | unchanged | scanned | the error code
  etag TEXT, last_modified TEXT, body_sha TEXT, final_url TEXT,
  failures INTEGER NOT NULL DEFAULT 0,    -- in a row (the backoff grows with them)
  errors INTEGER NOT NULL DEFAULT 0,      -- in all
  last_error TEXT,
  items INTEGER NOT NULL DEFAULT 0,       -- articles stored from it
  last_new INTEGER NOT NULL DEFAULT 0,    -- ... at the last poll
  active INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE IF NOT EXISTS watch_items (
  source_id INTEGER NOT NULL REFERENCES watch_sources(id) ON DELETE CASCADE,
  key TEXT NOT NULL,                      -- a feed entry's article id; a folder file's relative path
  fingerprint TEXT,                       -- a folder file's size and modification time
  state TEXT NOT NULL CHECK (state IN ('stored', 'retry', 'skipped')),
  attempts INTEGER NOT NULL DEFAULT 0,
  article_id TEXT,
  fallback TEXT,                          -- retry: the entry as the feed gave it (JSON), kept if its page never comes
  error TEXT,
  found_at TEXT NOT NULL,                 -- the poll that first saw it
  window_start TEXT,                      -- the poll before that one (it appeared in between)
  done_at TEXT,
  PRIMARY KEY (source_id, key)
);
CREATE TABLE IF NOT EXISTS watchlists (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,                     -- entity | speaker | place | event | text | forecast | contradiction
  label TEXT NOT NULL,
  params TEXT NOT NULL,                   -- JSON: what to match (watch/watchlists.py)
  created_at TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1
);
-- every stored article waits here, in the transaction that stores it, until it is matched
CREATE TABLE IF NOT EXISTS alert_queue (article_id TEXT PRIMARY KEY, queued_at TEXT NOT NULL);
CREATE TRIGGER IF NOT EXISTS articles_alert_queue AFTER INSERT ON articles BEGIN
  INSERT OR IGNORE INTO alert_queue(article_id, queued_at) VALUES (new.id, new.ingested_at);
END;
CREATE TABLE IF NOT EXISTS alerts (
  id INTEGER PRIMARY KEY,
  watchlist_id INTEGER NOT NULL REFERENCES watchlists(id),
  match_key TEXT NOT NULL,                -- what matched, stable across re-ingests: never alerted twice
  kind TEXT NOT NULL,                     -- mention | statement | place | event | text | forecast | contradiction
  article_id TEXT,                        -- the evidence (no foreign key: a re-ingest replaces the article)
  summary TEXT NOT NULL,
  detail TEXT NOT NULL,                   -- the alert as delivered (JSON)
  created_at TEXT NOT NULL,
  read_at TEXT,
  UNIQUE (watchlist_id, match_key)
);
CREATE INDEX IF NOT EXISTS alerts_unread ON alerts(read_at, watchlist_id);
-- how far each delivery target (stdout, a file, a webhook) has been sent the alerts, in id order
CREATE TABLE IF NOT EXISTS alert_sinks (
  name TEXT PRIMARY KEY,
  last_alert_id INTEGER NOT NULL DEFAULT 0,
  failures INTEGER NOT NULL DEFAULT 0,
  last_error TEXT, next_attempt TEXT
);
