"""Batch runs on Ray: the same ``analyze`` on long-lived Ray actors, results kept as Parquet shards.

Each actor loads the spaCy pipeline once and analyses whole batches for the whole run (starting a
worker and loading the pipeline costs seconds, so actors are never restarted per chunk). The
driver streams batches to the actors round-robin with a bounded number in flight, so its memory
stays flat however large the corpus, and collects results in input order, so a Ray run stores
articles in the same order as a local one (which decides the canonical copy of syndicated
articles). Results travel as JSON (``model.to_dict``); the driver writes them to Parquet shards of
``SHARD`` articles and yields each shard when complete, so the store fills as the run advances
and a crash loses at most one shard of work. Shards are written by the driver, so a cluster at
``address`` needs no shared file system.
"""
from __future__ import annotations

import json
import logging
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from itertools import chain, islice
from pathlib import Path
from typing import Any

from ..model import Analysis, Article, analysis_from_dict, to_dict

# While the caller stores a shard the driver submits nothing, so the batches already queued must
# keep the actors busy: DEPTH x batch_size articles per actor take seconds to analyse, storing a
# shard of SHARD takes ~1 s (~9 ms an article vs ~70 ms to analyse it). With shards of 500 the
# actors sat idle while the driver stored.
SHARD = 128          # articles per Parquet shard
DEPTH = 3            # batches queued per actor


class _Analyzer:
    """One worker process: loads the pipeline once, then analyses batches sent as JSON."""

    def __init__(self) -> None:
        from ..extract.pipeline import load
        load()

    def analyze(self, batch: list[str]) -> list[str]:
        from ..extract.pipeline import analyze
        articles = [Article(**json.loads(x)) for x in batch]
        return [json.dumps(to_dict(a), ensure_ascii=False) for a in analyze(articles, batch_size=len(articles))]


def start(address: str | None = None, workers: int = 2) -> None:
    """Connects to the Ray cluster at ADDRESS, or starts a local instance with WORKERS CPUs."""
    import ray
    if ray.is_initialized():
        return
    # Ray runs workers at nice 15 to keep its own daemons responsive; on a local instance the actors
    # are the job, and at nice 15 any other process on the machine starves them
    kwargs: dict[str, Any] = ({"address": address} if address else
                              {"num_cpus": workers, "_system_config": {"worker_niceness": 0}})
    ray.init(include_dashboard=False, ignore_reinit_error=True, log_to_driver=False, logging_level=logging.WARNING,
             **kwargs)


def _results(articles: Iterable[Article], workers: int, batch_size: int) -> Iterator[str]:
    """The analyses of ARTICLES as JSON, in input order, computed by WORKERS actors."""
    import ray
    actor = ray.remote(num_cpus=1)(_Analyzer)
    pool = [actor.remote() for _ in range(workers)]
    queued: deque[Any] = deque()
    it = iter(articles)
    try:
        n = 0
        while batch := [json.dumps(asdict(a), ensure_ascii=False) for a in islice(it, batch_size)]:
            if len(queued) >= workers * DEPTH:
                yield from ray.get(queued.popleft())
            queued.append(pool[n % workers].analyze.remote(batch))
            n += 1
        while queued:
            yield from ray.get(queued.popleft())
    finally:
        for a in pool:
            ray.kill(a)


def _write_shard(rows: list[str], path: Path) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq
    pq.write_table(pa.table({"analysis": pa.array(rows, pa.large_string())}), path)
    return path


def analyze_on_ray(articles: Iterable[Article], shards: Path, workers: int = 2, batch_size: int = 16,
                   address: str | None = None) -> Iterator[Path]:
    """Analyses ARTICLES on Ray with WORKERS actors; yields the Parquet shard files, in input order,
    as each fills (``SHARD`` articles, the last one fewer). Ray is not started when there is
    nothing to analyse (a re-run over a stored corpus)."""
    it = iter(articles)
    first = next(it, None)
    if first is None:
        return
    start(address, workers)
    shards.mkdir(parents=True, exist_ok=True)
    results = _results(chain([first], it), max(1, workers), max(1, batch_size))
    n = 0
    while rows := list(islice(results, SHARD)):
        yield _write_shard(rows, shards / f"shard-{n:05d}.parquet")
        n += 1


def read_shard(path: Path) -> Iterator[Analysis]:
    """The analyses stored in one Parquet shard."""
    import pyarrow.parquet as pq
    for value in pq.read_table(path, columns=["analysis"]).column("analysis").to_pylist():
        yield analysis_from_dict(json.loads(value))
