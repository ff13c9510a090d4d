"""The workbench's lists at real size: each REST route the UI pages through, timed on a small
ledger and on a large one (synthetic, built as ``dossier_latency`` builds it), with the size of
what it sends. The ratio large/small says whether a page costs the same however long the list.

usage: python bench/workbench_lists.py [--small 2000] [--large 100000] [--runs 5]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dossier_latency import build

ROUTES = ["/api/statements?limit=50", "/api/statements?limit=50&offset=5000&sort=oldest",
          "/api/statements?limit=50&certainty=believed", "/api/statements/facets",
          "/api/statements/facets?certainty=speculated", "/api/events?limit=100", "/api/events/facets",
          "/api/forecasts?limit=50", "/api/forecasts/due?limit=20", "/api/scoreboard?limit=25",
          "/api/graph?limit=300", "/api/articles?limit=50", "/api/places", "/api/entities?q=Kovalenko",
          "/api/statements?format=csv&speaker=Olena%20Kovalenko"]


def timed(client, route: str, runs: int) -> tuple[float, int]:
    """Median milliseconds and bytes of ROUTE over RUNS requests (after one to warm up)."""
    size = len(client.get(route).content)
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        assert client.get(route).status_code == 200, route
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), size


def main() -> None:
    from fastapi.testclient import TestClient

    from newsledger.serve.app import create_app
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--small", type=int, default=2000)
    ap.add_argument("--large", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="newsledger-bench-") as tmp:
        paths = [Path(tmp) / f"l{n}.db" for n in (args.small, args.large)]
        for path, n in zip(paths, (args.small, args.large)):
            build(path, n)
        print(f"{'route':60} {'small ms':>9} {'large ms':>9} {'ratio':>6} {'bytes (large)':>13}", flush=True)
        with TestClient(create_app(paths[0])) as small, TestClient(create_app(paths[1])) as large:
            for route in ROUTES:
                (a, _), (b, size) = timed(small, route, args.runs), timed(large, route, args.runs)
                print(f"{route:60} {a:9.1f} {b:9.1f} {b / a:6.2f} {size:13,}", flush=True)


if __name__ == "__main__":
    main()
