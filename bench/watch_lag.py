"""How far behind the news `newsledger watch` runs, and what a poll with nothing new costs.

usage: python bench/watch_lag.py [--feeds 10] [--interval 6] [--minutes 5] [--idle-polls 20] [--skip-lag]

1. Lag. FEEDS feeds, each on its own loopback address (127.0.0.2, .3, ...: one host each), are
   served by another process; items appear in them at random times (one story per item, taken
   from bench/corpus.py's articles that mention Lukashenko, one per syndication group, rendered as
   pages). `newsledger watch` runs as it does for a user (a subprocess pinned to one core, polling
   every INTERVAL seconds, a webhook target, an entity watchlist on "Lukashenko"). The lag of an
   item is the time from its appearance in the feed to its alert reaching the webhook. The task
   is 10 feeds polled every minute; the poll interval is scaled down (6 s by default, so a run
   takes minutes, not hours) and the lag is also given as a share of the interval.
2. Idle polls. In this process (pinned to one core), a watcher over FEEDS feeds that hold items
   already: CPU time of a poll when nothing is new (every feed answers 304), of one when the
   feeds do not support conditional GET (200, the same body), and of a poll with one new item
   (its page fetched, analysed, stored, matched, delivered). Reported as ratios to the last.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import random
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from corpus import generate  # noqa: E402

from tests.watch_server import FeedServer, page, rss  # noqa: E402

NEWSLEDGER = str(Path(sys.executable).parent / "newsledger")
ENTITY = "Lukashenko"


def stories(n: int) -> list[dict]:
    """N corpus articles that mention the entity, no two of one syndication group."""
    from newsledger.ingest.dedup import SyndicationIndex, signature
    index, seen, out = SyndicationIndex(), set(), []
    for art in generate(max(600, 6 * n), seed=7):
        if "Lukashenk" not in art["text"]:
            continue
        group = index.add(art["id"], signature(art["text"]))
        if group not in seen:
            seen.add(group)
            out.append(art)
    return out[:n]


def as_page(art: dict) -> str:
    title = art["title"] or " ".join(art["text"].split()[:8])
    return page(title, *[p for p in art["text"].split("\n") if p.strip()])


class Feeds:
    """FEEDS feeds on their own hosts, items added on command; a webhook receiver on 127.0.0.1."""

    def __init__(self, n: int, conditional: bool = True):
        self.servers = [FeedServer(f"127.0.0.{k + 2}") for k in range(n)]
        self.items: list[list[dict]] = [[] for _ in range(n)]
        self.hook = FeedServer("127.0.0.1")
        self.appeared: dict[str, float] = {}
        self.conditional = conditional
        for k in range(n):
            self._publish(k)

    def add(self, k: int, art: dict) -> str:
        srv = self.servers[k]
        url = srv.url(f"/news/{art['id']}.html")
        srv.set(f"/news/{art['id']}.html", as_page(art), ctype="text/html; charset=utf-8")
        self.items[k].insert(0, {"title": art["title"] or art["id"], "link": url})
        self._publish(k)
        self.appeared[url] = time.time()
        return url

    def _publish(self, k: int) -> None:
        etag = f'"{len(self.items[k])}"' if self.conditional else None
        self.servers[k].set("/feed.xml", rss(f"Feed {k}", self.items[k][:20]), etag=etag)

    def arrivals(self) -> dict[str, float]:
        """Article URL -> when its first alert reached the webhook."""
        out: dict[str, float] = {}
        for t, (_, _, body) in zip(self.hook.post_times, self.hook.posts):
            url = (json.loads(body).get("article") or {}).get("url")
            if url:
                out.setdefault(url, t)
        return out


def serve(pipe, n_feeds: int, conditional: bool) -> None:
    """The server process: obeys ('add', feed, article), ('schedule', [(delay, feed, article)]),
    ('report',) and ('stop',)."""
    os.sched_setaffinity(0, {os.cpu_count() - 1})
    feeds = Feeds(n_feeds, conditional)
    pipe.send({"feeds": [s.url("/feed.xml") for s in feeds.servers], "hook": feeds.hook.url("/hook")})
    while True:
        cmd, *args = pipe.recv()
        if cmd == "add":
            pipe.send(feeds.add(*args))
        elif cmd == "schedule":
            start = time.time()
            for delay, k, art in args[0]:
                threading.Timer(max(0.0, start + delay - time.time()), feeds.add, (k, art)).start()
            pipe.send("ok")
        elif cmd == "report":
            pipe.send({"appeared": feeds.appeared, "arrived": feeds.arrivals()})
        elif cmd == "stop":
            return


def start_server(n_feeds: int, conditional: bool = True):
    parent, child = mp.get_context("spawn").Pipe()
    proc = mp.get_context("spawn").Process(target=serve, args=(child, n_feeds, conditional), daemon=True)
    proc.start()
    return proc, parent, parent.recv()


def polled(db: Path, n: int) -> bool:
    try:
        with sqlite3.connect(db) as conn:
            return conn.execute("SELECT count(*) FROM watch_sources WHERE last_poll IS NOT NULL").fetchone()[0] >= n
    except sqlite3.Error:
        return False


def settled(pid: int, quiet: float = 0.05, every: float = 2.0) -> None:
    """Waits until process PID spends less than QUIET CPU seconds in EVERY seconds."""
    def cpu() -> float:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    before = cpu()
    while True:
        time.sleep(every)
        now = cpu()
        if now - before < quiet:
            return
        before = now


def measure_lag(args) -> dict:
    items = stories(int(args.minutes * 60 / args.interval * args.feeds / 5))   # a new item every ~5 polls per feed
    rng = random.Random(0)
    span = args.minutes * 60
    plan = sorted((rng.uniform(0, span), rng.randrange(args.feeds), art) for art in items)
    proc, pipe, where = start_server(args.feeds)
    db = Path(tempfile.mkdtemp(prefix="newsledger-watch-bench-")) / "ledger.db"
    subprocess.run([NEWSLEDGER, "watchlist", "add", "entity", ENTITY, "--db", str(db)], check=True, capture_output=True)
    watcher = subprocess.Popen(
        [NEWSLEDGER, "watch", *where["feeds"], "--db", str(db), "--interval", str(args.interval), "--allow-private",
         "--host-delay", "0", "--webhook", where["hook"]],
        preexec_fn=lambda: os.sched_setaffinity(0, {0}), stderr=subprocess.PIPE, text=True)
    t0 = time.time()
    while not polled(db, args.feeds):
        time.sleep(0.2)
    settled(watcher.pid)                    # the model loaded on its warm-up thread
    ready = time.time() - t0
    pipe.send(("schedule", plan))
    pipe.recv()
    time.sleep(span + 3 * args.interval + 10)
    pipe.send(("report",))
    report = pipe.recv()
    watcher.send_signal(signal.SIGTERM)
    watcher.communicate(timeout=60)
    pipe.send(("stop",))
    proc.join(10)
    lags = sorted(report["arrived"][u] - t for u, t in report["appeared"].items() if u in report["arrived"])
    return {"items": len(report["appeared"]), "alerted": len(lags), "start_up_s": round(ready, 1),
            "median_s": round(statistics.median(lags), 2), "p95_s": round(lags[int(0.95 * (len(lags) - 1))], 2),
            "max_s": round(lags[-1], 2), "interval_s": args.interval,
            "median_share": round(statistics.median(lags) / args.interval, 3),
            "p95_share": round(lags[int(0.95 * (len(lags) - 1))] / args.interval, 3)}


def cpu_per_poll(watcher, sources, polls: int, before=None) -> tuple[float, int]:
    """Mean CPU seconds of a poll of every source (BEFORE each one), and the articles stored."""
    spent, stored = [], 0
    for _ in range(polls):
        if before:
            before()
        t = time.process_time()
        stored += watcher.poll(sources, force=True).stored
        spent.append(time.process_time() - t)
    return statistics.mean(spent), stored


def new_item(pipe, items, n_feeds: int):
    """A step that adds the next story to a feed picked at random (seeded)."""
    rng = random.Random(1)

    def add() -> None:
        pipe.send(("add", rng.randrange(n_feeds), next(items)))
        pipe.recv()
    return add


def measure_idle(args) -> dict:
    from newsledger.ledger import PIPELINE, Ledger
    from newsledger.watch import api
    from newsledger.watch.delivery import WebhookSink
    from newsledger.watch.runner import Watcher, WatchOptions
    os.sched_setaffinity(0, {0})
    items = iter(stories(4 * args.feeds + args.idle_polls))
    out = {}
    for conditional in (True, False):
        proc, pipe, where = start_server(args.feeds, conditional)
        for k in range(args.feeds):
            for _ in range(2):
                pipe.send(("add", k, next(items)))
                pipe.recv()
        with Ledger(Path(tempfile.mkdtemp(prefix="newsledger-idle-")) / "ledger.db") as ledger:
            api.add_watchlist(ledger, "entity", ENTITY)
            watcher = Watcher(ledger.store, PIPELINE, WatchOptions(allow_private=True, host_delay=0.0),
                              [WebhookSink(where["hook"])])
            sources = watcher.add(where["feeds"])
            watcher.poll(sources, force=True)                       # the items already there
            idle, _ = cpu_per_poll(watcher, sources, args.idle_polls)
            key = "idle_304" if conditional else "idle_200_same_body"
            out[key + "_ms"] = round(1000 * idle, 2)
            if conditional:
                one, out["one_new_item_stored"] = cpu_per_poll(watcher, sources, args.idle_polls // 2,
                                                               new_item(pipe, items, args.feeds))
                out["one_new_item_ms"] = round(1000 * one, 1)
            watcher.close()
        pipe.send(("stop",))
        proc.join(10)
    for key in ("idle_304", "idle_200_same_body"):
        out[key + "_ratio"] = round(out[key + "_ms"] / out["one_new_item_ms"], 4)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--feeds", type=int, default=10)
    ap.add_argument("--interval", type=float, default=6.0, help="poll interval, seconds (the task: 60)")
    ap.add_argument("--minutes", type=float, default=5.0, help="how long items keep appearing")
    ap.add_argument("--idle-polls", type=int, default=20)
    ap.add_argument("--skip-lag", action="store_true")
    args = ap.parse_args()
    print(f"load average at start: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores", flush=True)
    idle = measure_idle(args)
    print("per poll, CPU:", json.dumps(idle), flush=True)
    if not args.skip_lag:
        print("lag:", json.dumps(measure_lag(args)), flush=True)
    print(f"load average at end: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
