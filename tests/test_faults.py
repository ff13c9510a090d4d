"""Faults around the store, through the command line as a user meets them: kill -9 in the middle of
an ingest then the same command again gives the ledger one clean run gives; readers (CLI and API)
during an ingest never see a locked ledger or half an article; a ledger on a read-only disk is
read by every read command and served; a full disk is a clear error that leaves the ledger valid.

Read-only and full disks are real: a read-only bind mount and a tiny tmpfs, made in a user and
mount namespace of the test's own (``unshare``), so nothing outside the test is touched."""
from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsledger.serve.app import create_app

from .command_line import invoke
from .conftest import SAMPLES

CLI = Path(sys.executable).with_name("newsledger")
TIME_COLUMNS = {"first_used"}            # and every column named *_at


def _articles(tmp: Path, n: int = 16) -> Path:
    """N short articles (the written samples, each with a sentence of its own) as JSON lines."""
    written = [json.loads(x) for x in (SAMPLES / "written.jsonl").read_text("utf-8").splitlines()]
    rows = [{**written[i % len(written)], "id": f"k{i:02d}",
             "text": written[i % len(written)]["text"] + f"\n\nThe minister, Anton Bell{i}, said talks would go on."}
            for i in range(n)]
    path = tmp / "articles.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), "utf-8")
    return path


def dump(db: Path) -> dict[str, list[tuple]]:
    """Every row of every table (full-text indexes aside), without the columns that hold the time
    of writing, in a stable order."""
    with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'"
                                              " AND name NOT LIKE '%fts%' AND name NOT LIKE 'sqlite_%'")]
        out = {}
        for t in tables:
            cols = [c[1] for c in conn.execute(f"PRAGMA table_info({t})")
                    if c[1] not in TIME_COLUMNS and not c[1].endswith("_at")]
            out[t] = sorted(map(repr, conn.execute(f"SELECT {', '.join(cols)} FROM {t}")))
        out["fts"] = sorted(r[0] for r in conn.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'minister'"))
    return out


def _stored(db: Path) -> int:
    try:
        with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.1)) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def _copy(db: Path, to: Path) -> Path:
    """A consistent copy of the ledger DB (its WAL included) at TO."""
    with closing(sqlite3.connect(db)) as src, closing(sqlite3.connect(to)) as dst:
        src.backup(dst)
    return to


def _ingest(src: Path, db: Path) -> subprocess.Popen:
    return subprocess.Popen([str(CLI), "ingest", str(src), "--db", str(db), "--batch-size", "1", "--no-progress"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory):
    """One clean ingest of 16 articles, read all the while by the CLI and the API: (source, ledger,
    what the readers saw)."""
    tmp = tmp_path_factory.mktemp("faults")
    src, db = _articles(tmp), tmp / "clean.db"
    proc = _ingest(src, db)
    seen = _read_while_running(proc, db)
    _, err = proc.communicate()
    assert proc.returncode == 0, err
    return src, db, seen


def _read_while_running(proc: subprocess.Popen, db: Path) -> list[tuple[str, object]]:
    """What the CLI and the API answered, again and again, until the ingest ended. The ingest is
    stopped (SIGSTOP) while they read and let go until it stores one more article, so they meet it
    mid-run at every article however loaded the machine is, and wherever it stood: between
    articles or inside one's transaction."""
    while _stored(db) == 0 and proc.poll() is None:
        time.sleep(0.05)
    seen: list[tuple[str, object]] = []
    client = TestClient(create_app(db), base_url="http://127.0.0.1")
    while proc.poll() is None:
        os.killpg(proc.pid, signal.SIGSTOP)
        try:
            out = invoke("export", "--format", "eval", "--db", db)
            seen.append(("cli", out.exit_code if out.exit_code else
                         {d["id"]: len(d["statements"]) for d in map(json.loads, out.output.splitlines())}))
            listed = client.get("/api/articles", params={"limit": 500})
            seen.append(("api", listed.status_code if listed.status_code != 200 else
                         {a["id"]: len(client.get(f"/api/articles/{a['id']}").json()["statements"])
                          for a in listed.json()["items"]}))
        finally:
            os.killpg(proc.pid, signal.SIGCONT)
        stored = _stored(db)
        while _stored(db) == stored and proc.poll() is None:
            time.sleep(0.02)
    return seen


def test_readers_during_an_ingest_never_see_a_lock_or_half_an_article(clean):
    _, db, seen = clean
    final = {d["id"]: len(d["statements"]) for d in map(json.loads, invoke(
        "export", "--format", "eval", "--db", db).output.splitlines())}
    assert len(final) == 16 and sum(final.values()) > 0
    assert len(seen) >= 4 and {who for who, _ in seen} == {"cli", "api"}
    assert any(len(view) < 16 for _, view in seen if isinstance(view, dict))   # read mid-run
    for who, view in seen:
        assert isinstance(view, dict), (who, view)            # an exit code or HTTP status: it failed
        assert all(final[aid] == n for aid, n in view.items()), (who, view)


def test_kill_9_then_the_same_command_gives_the_clean_ledger(clean, tmp_path):
    src, clean_db, _ = clean
    db = tmp_path / "killed.db"
    proc = _ingest(src, db)
    while _stored(db) < 3 and proc.poll() is None:
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert 3 <= _stored(db) < 16
    again = subprocess.run([str(CLI), "ingest", str(src), "--db", str(db), "--batch-size", "1", "--no-progress"],
                           capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert "unchanged" in again.stderr and ", unchanged 0," not in again.stderr
    assert dump(db) == dump(clean_db)


# --- read-only and full disks, in a namespace of the test's own -----------------------------

def _namespaces() -> bool:
    if not shutil.which("unshare"):
        return False
    probe = subprocess.run(["unshare", "--user", "--map-root-user", "--mount", "true"], capture_output=True)
    return probe.returncode == 0


needs_namespaces = pytest.mark.skipif(not _namespaces(), reason="needs unshare with user and mount namespaces")


def _free_port() -> int:
    with closing(socket.socket()) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _in_namespace(script: str, *args: str) -> subprocess.CompletedProcess:
    """SCRIPT (sh) run in a user and mount namespace of its own, with ARGS as $1..."""
    return subprocess.run(["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", script, "sh", *args],
                          capture_output=True, text=True, timeout=600)


READ_COMMANDS = [["stats", "--json"], ["statements", "--speaker", "Peskov", "--json"], ["entity", "Lukashenko", "--json"],
                 ["forecasts", "--json"], ["export", "--format", "eval"], ["summary"]]


@needs_namespaces
def test_a_read_only_ledger_is_read_by_every_read_command(clean, tmp_path):
    _, db, _ = clean
    ro = tmp_path / "ro"
    ro.mkdir()
    _copy(db, ro / "l.db")
    wanted = [subprocess.run([str(CLI), *cmd, "--db", str(ro / "l.db")], capture_output=True, text=True).stdout
              for cmd in READ_COMMANDS]
    script = ('mount --bind "$1" "$1" && mount -o remount,ro,bind "$1" "$1" && shift && '
              'for c in "$@"; do eval "$c" ; echo "rc=$?" ; echo "<<end>>"; done')
    calls = [" ".join([str(CLI), *(f"'{a}'" for a in cmd), "--db", str(ro / "l.db")]) for cmd in READ_COMMANDS]
    calls.append(f"{CLI} ingest {SAMPLES} --db {ro / 'l.db'} 2>&1")
    done = _in_namespace(script, str(ro), *calls)
    outputs = done.stdout.split("<<end>>\n")
    for want, got in zip(wanted, outputs):
        assert got == want + "rc=0\n", done.stderr
    refused = outputs[len(READ_COMMANDS)]
    assert "E022" in refused and "Traceback" not in refused and "rc=2" in refused


@needs_namespaces
def test_a_read_only_ledger_is_served(clean, tmp_path):
    _, db, _ = clean
    ro = tmp_path / "served"
    ro.mkdir()
    _copy(db, ro / "l.db")
    port = _free_port()
    probe = ("import json, sys, time, urllib.request as u\n"
             "for _ in range(300):\n"
             "    try:\n"
             "        print(json.load(u.urlopen(f'http://127.0.0.1:{sys.argv[1]}/api/stats'))); break\n"
             "    except OSError: time.sleep(0.2)\n")
    script = ('mount --bind "$1" "$1" && mount -o remount,ro,bind "$1" "$1" && '
              f'({CLI} serve --db "$1/l.db" --port $3 >/dev/null 2>&1 & echo $! > "$1/../pid") && '
              f'{sys.executable} -c "$2" $3; kill $(cat "$1/../pid")')
    done = _in_namespace(script, str(ro), probe, str(port))
    assert "'articles': 16" in done.stdout, done.stdout + done.stderr


@needs_namespaces
def test_a_full_disk_is_a_clear_error_and_the_ledger_stays_valid(clean, tmp_path):
    src, _, _ = clean
    disk = tmp_path / "disk"
    disk.mkdir()
    check = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
             "print(c.execute('PRAGMA integrity_check').fetchone()[0], c.execute('SELECT count(*) FROM articles').fetchone()[0])")
    script = ('mount -t tmpfs -o size=3m tmpfs "$1" && cp "$2" "$1/l.db" && '
              'head -c $(( $(df --output=avail -B1 "$1" | tail -1) - 60000 )) /dev/zero > "$1/filler" 2>/dev/null; '
              f'{CLI} ingest "$3" --db "$1/l.db" --no-progress; echo "rc=$?"; '
              f'{sys.executable} -c "{check}" "$1/l.db"; rm "$1/filler"; '
              f'{CLI} stats --db "$1/l.db" --json')
    first = tmp_path / "first.jsonl"
    first.write_text("\n".join(src.read_text("utf-8").splitlines()[:2]), "utf-8")
    small = tmp_path / "small.db"
    subprocess.run([str(CLI), "ingest", str(first), "--db", str(small)], check=True, capture_output=True)
    done = _in_namespace(script, str(disk), str(small), str(src))
    assert "rc=2" in done.stdout and "E021" in done.stderr and "Traceback" not in done.stderr, done.stderr
    integrity, count = done.stdout.split("rc=2\n")[1].split("\n")[0].split()
    assert integrity == "ok" and 2 <= int(count) < 16
    assert json.loads(done.stdout.strip().splitlines()[-1])["articles"] == int(count)
