"""Dossier latency at volume: a ledger of N synthetic statements, then the REST dossier of its
busiest entity, timed.

usage: python bench/dossier_latency.py [--statements 100000] [--runs 30] [--db PATH] [--keep]

Rows go straight into the store's tables (the schema the library creates, FTS triggers, indexes
and all), skipping the NLP pipeline, so a 100k-statement ledger builds in seconds. The shape is
that of news: a few hundred outlets' articles over two years, a heavy-tailed cast (a few
people speak and are named far more than the rest), each statement naming one to three
entities inside its content, one event per two statements, a forecast per twenty; dates as
texts give them: one article in fifty dated without its year ('XXXX-12-18'), a quarter of the
statements said on a stated day, a quarter on 'PAST_REF'. What is timed is
``GET /api/entities/{id}`` through FastAPI's TestClient (the route, the queries and JSON
encoding), so the figure is what a client of ``newsledger serve`` waits for; beside the wall
clock, the CPU time of the process, which a busy machine inflates far less.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsledger.dates import calendar_date  # noqa: E402
from newsledger.store.sqlite import Store  # noqa: E402

FIRST = ["Olena", "Andriy", "Maria", "Viktor", "Iryna", "Pavel", "Anna", "Sergei", "Tomas", "Ewa", "Jonas", "Katarzyna",
         "Dmitry", "Natalia", "Oleksandr", "Lina", "Marek", "Svetlana", "Mykola", "Daria"]
LAST = ["Kovalenko", "Shevchuk", "Novak", "Petrov", "Melnyk", "Bondar", "Kowalski", "Ivanova", "Tkachenko", "Lysenko",
        "Sokolov", "Horvat", "Marchenko", "Zielinski", "Hrytsenko", "Volkova", "Kravets", "Savchenko", "Wojcik", "Orlov"]
PLACES = [("Kyiv", 50.45, 30.52, "UA"), ("Kharkiv", 49.99, 36.23, "UA"), ("Odesa", 46.48, 30.72, "UA"),
          ("Minsk", 53.9, 27.57, "BY"), ("Brest", 52.1, 23.7, "BY"), ("Moscow", 55.75, 37.62, "RU"),
          ("Warsaw", 52.23, 21.01, "PL"), ("Vilnius", 54.69, 25.28, "LT"), ("Riga", 56.95, 24.11, "LV"),
          ("Berlin", 52.52, 13.4, "DE"), ("Brussels", 50.85, 4.35, "BE"), ("Washington", 38.9, -77.04, "US"),
          ("Ankara", 39.93, 32.86, "TR"), ("Beijing", 39.9, 116.4, "CN"), ("Kherson", 46.64, 32.61, "UA"),
          ("Lviv", 49.84, 24.03, "UA"), ("Belgorod", 50.6, 36.59, "RU"), ("Chisinau", 47.01, 28.86, "MD")]
ORGS = ["Ministry of Defense", "General Staff", "NATO", "European Commission", "United Nations", "Red Cross",
        "State Border Guard Service", "Security Service", "Foreign Ministry", "IAEA"]
TYPES = ["AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST",
         "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
STATUSES = ["occurred"] * 6 + ["planned"] * 2 + ["speculated", "denied"]
CERTAINTY = ["asserted"] * 7 + ["believed"] * 2 + ["speculated"]
WORDS = ["troops", "border", "talks", "sanctions", "offensive", "exercises", "shelling", "drones", "aid", "supplies",
         "winter", "front", "ceasefire", "negotiations", "grain", "corridor", "reactor", "energy", "refugees",
         "mobilisation", "air", "defence", "missiles", "counteroffensive"]


def build(path: Path, n_statements: int, seed: int = 7) -> dict[str, int]:
    """Fills a new store at PATH with about N_STATEMENTS statements; returns row counts."""
    rng = random.Random(seed)
    Store(path).close()
    conn = sqlite3.connect(path)
    entities = _entities(conn, rng)
    people = [e for e in entities if e[2] == "PERSON"]
    weights = [1 / (i + 1) ** 0.9 for i in range(len(people))]          # a few voices dominate
    places = [e for e in entities if e[2] == "GPE"]
    start, per_article = date(2022, 2, 1), 4
    n_articles = n_statements // per_article
    sid = eid = 0
    with conn:
        for a in range(n_articles):
            aid, day = f"syn-{a:06d}", (start + timedelta(days=rng.randrange(730))).isoformat()
            if a % 50 == 0:
                day = "XXXX" + day[4:]                  # a date inferred from the text, year unknown
            chunks, rows = [], []
            for _ in range(per_article):
                speaker = rng.choices(people, weights)[0]
                named = rng.sample(entities, rng.randint(1, 3))
                content = " ".join(rng.choice(WORDS) for _ in range(8)) + " " + " ".join(e[1] for e in named)
                rows.append((speaker, named, content))
                chunks.append(f"{speaker[1]} said that {content}.")
            text = " ".join(chunks)
            conn.execute("INSERT INTO articles(id, content_hash, title, outlet, published, published_iso, text, pipeline,"
                         " ingested_at) VALUES (?,?,?,?,?,?,?,?,?)",
                         (aid, aid, f"Report {a}", f"Outlet {a % 300}", day, calendar_date(day), text, "bench", day))
            pos = 0
            for k, (speaker, named, content) in enumerate(rows):
                sid += 1
                c0 = pos + len(speaker[1]) + len(" said that ")
                _mention(conn, aid, speaker, pos)
                for e in named:
                    _mention(conn, aid, e, c0 + content.index(e[1]))
                said_on = rng.choice([None, None, day, "PAST_REF"])    # 'on Monday', 'recently', or not stated
                conn.execute(
                    "INSERT INTO statements(id, article_id, seq, speaker_id, speaker_text, speaker_start, speaker_end,"
                    " content, content_start, content_end, content_spans, cue, kind, certainty, forecast, said_on,"
                    " said_on_iso) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (sid, aid, k, speaker[0], speaker[1], pos, pos + len(speaker[1]), content, c0, c0 + len(content),
                     json.dumps([[c0, c0 + len(content)]]), "said", "indirect", rng.choice(CERTAINTY),
                     int(k == 0 and a % 5 == 0), said_on, calendar_date(said_on)))
                if k == 0 and a % 5 == 0:
                    conn.execute("INSERT INTO forecasts(statement_id, article_id, speaker_id, made_on, horizon, horizon_iso,"
                                 " event_type, actors, targets, certainty) VALUES (?,?,?,?,?,?,?,?,?,?)",
                                 (sid, aid, speaker[0], day, day[:7], calendar_date(day[:7]), rng.choice(TYPES), "[]",
                                  "[]", "asserted"))
                if k % 2 == 0:
                    eid += 1
                    conn.execute(
                        "INSERT INTO events(id, article_id, seq, type, date, date_iso, place_id, status, source_id,"
                        " statement_id, evidence, evidence_start, evidence_end) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        (eid, aid, k, rng.choice(TYPES), day, calendar_date(day), rng.choice(places)[0],
                         rng.choice(STATUSES), speaker[0], sid, content, c0, c0 + len(content)))
                    conn.executemany("INSERT OR IGNORE INTO event_participants(event_id, entity_id, role) VALUES (?,?,?)",
                                     [(eid, named[0][0], "actor"), (eid, named[-1][0], "target")])
                pos += len(speaker[1]) + len(" said that ") + len(content) + 2
    with conn:      # as the store keeps them: the extremes of raw publication values ('XXXX-..' outranks years)
        conn.execute("UPDATE entities SET first_seen = (SELECT min(a.published) FROM mentions m JOIN articles a"
                     " ON a.id=m.article_id WHERE m.entity_id=entities.id), last_seen = (SELECT max(a.published)"
                     " FROM mentions m JOIN articles a ON a.id=m.article_id WHERE m.entity_id=entities.id)")
    counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("articles", "entities", "mentions", "statements", "events", "forecasts")}
    conn.execute("ANALYZE")
    conn.close()
    return counts


def _entities(conn: sqlite3.Connection, rng: random.Random) -> list[tuple[int, str, str]]:
    out = []
    names = [(f"{first} {last}", "PERSON", None) for first in FIRST for last in LAST][:300]
    rng.shuffle(names)
    for name, etype, geo in names + [(o, "ORG", None) for o in ORGS] + [(p[0], "GPE", p[1:]) for p in PLACES]:
        cur = conn.execute("INSERT INTO entities(name, type, lat, lon, country, geo_level) VALUES (?,?,?,?,?,?)",
                           (name, etype, *(geo or (None, None, None)), "city" if geo else None))
        conn.execute("INSERT INTO entity_aliases(entity_id, alias) VALUES (?,?)", (cur.lastrowid, name))
        out.append((cur.lastrowid, name, etype))
    conn.commit()
    return out


def _mention(conn: sqlite3.Connection, aid: str, ent: tuple[int, str, str], start: int) -> None:
    conn.execute('INSERT INTO mentions(article_id, entity_id, local_id, start, "end", text, kind) VALUES (?,?,?,?,?,?,?)',
                 (aid, ent[0], f"e{ent[0]}", start, start + len(ent[1]), ent[1], "name"))


def busiest(path: Path) -> tuple[int, str, int]:
    conn = sqlite3.connect(path)
    row = conn.execute("SELECT s.speaker_id, e.name, count(*) FROM statements s JOIN entities e ON e.id=s.speaker_id"
                       " GROUP BY 1 ORDER BY 3 DESC LIMIT 1").fetchone()
    conn.close()
    return row


def time_dossier(path: Path, eid: int, runs: int) -> tuple[list[float], list[float]]:
    """Wall and CPU milliseconds of each of RUNS dossier requests (CPU: this process, every thread,
    which on a busy machine says what the request costs when the wall clock also counts waiting)."""
    from fastapi.testclient import TestClient

    from newsledger.serve.app import create_app
    wall, cpu = [], []
    with TestClient(create_app(path)) as client:
        assert client.get(f"/api/entities/{eid}").status_code == 200       # warm the page cache once
        for _ in range(runs):
            t, c = time.perf_counter(), time.process_time()
            res = client.get(f"/api/entities/{eid}")
            wall.append((time.perf_counter() - t) * 1000)
            cpu.append((time.process_time() - c) * 1000)
            assert res.status_code == 200
    return wall, cpu


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--statements", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--db", type=Path, help="build here (default: a temporary file)")
    ap.add_argument("--keep", action="store_true", help="keep the store (with --db)")
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory(prefix="newsledger-bench-")
    path = args.db or Path(tmp.name) / "bench.db"
    if path.exists():
        path.unlink()
    t = time.perf_counter()
    counts = build(path, args.statements)
    print(f"built {counts} in {time.perf_counter() - t:.1f} s")
    eid, name, n = busiest(path)
    wall, cpu = time_dossier(path, eid, args.runs)
    print(f"dossier of {name!r} (entity {eid}, {n} statements by it), {args.runs} runs:"
          f" median {statistics.median(wall):.1f} ms, p95 {statistics.quantiles(wall, n=20)[18]:.1f} ms;"
          f" CPU median {statistics.median(cpu):.1f} ms, p95 {statistics.quantiles(cpu, n=20)[18]:.1f} ms;"
          f" load average {os.getloadavg()[0]:.1f}")
    if not (args.db and args.keep):
        path.unlink(missing_ok=True)
    tmp.cleanup()


if __name__ == "__main__":
    main()
