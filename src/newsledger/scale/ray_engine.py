"""Batch runs on Ray Data: the same ``analyze`` in ``map_batches`` on a pool of long-lived actors,
results kept as Parquet shards.

The driver keeps what only it can do: reading the inputs and skipping articles the store already
holds (so a Ray run resumes exactly like a local one). It feeds the remaining articles, in batches,
into a bounded Ray queue; the dataset's one read task drains that queue, so the whole corpus is one
Ray Data pipeline: ``read (queue) -> map_batches(_Analyzer, concurrency=workers)``, and the actor
pool loads the spaCy pipeline once per worker for the whole run. The bounded queue is the
back-pressure that keeps the driver's memory flat however large the corpus. Rows come back in input
order (``preserve_order``), so a Ray run stores articles in the same order as a local one, which
decides the canonical copy of syndicated articles. Results travel as JSON (``model.to_dict``);
the driver writes them to Parquet shards of ``SHARD`` articles and yields each shard when complete,
so the store fills as the run advances and a crash loses at most one shard of work. Shards are
written by the driver, so a cluster at ``address`` needs no shared file system.
"""
from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from functools import partial
from itertools import chain, islice
from pathlib import Path
from typing import Any

from ..limits import DEFAULT, Limits
from ..model import Analysis, Article, analysis_from_dict, to_dict

SHARD = 128          # articles per Parquet shard
DEPTH = 3            # batches waiting in the queue per worker, so no actor idles while the driver stores
BLOCK_BYTES = 1      # Ray Data block size: one article, so no article waits in a part-filled block


class _Analyzer:
    """One Ray Data actor: analyses batches of articles sent as JSON in one supervised worker process
    (``scale.pool``) that loads the pipeline once, so an article that overruns its budget or crashes
    spaCy is stored as text only with its reason instead of failing the actor and the dataset."""

    def __init__(self, limits: Limits = DEFAULT) -> None:
        from .pool import analyze_supervised
        self.limits = limits
        list(analyze_supervised([], 1, 1, limits))     # starts the worker now, not on the first batch

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[str]]:
        from .pool import analyze_supervised
        articles = [Article(**json.loads(x)) for x in batch["article"]]
        return {"analysis": [json.dumps(to_dict(a), ensure_ascii=False)
                             for a in analyze_supervised(articles, 1, len(articles), self.limits)]}


def _drain(queue: Any) -> Iterator[Any]:
    """The read task: one Arrow block per batch the driver queued, until its end marker (None)."""
    import pyarrow as pa
    while (batch := queue.get()) is not None:
        yield pa.table({"article": pa.array(batch, pa.large_string())})


def _feed_source(queue: Any) -> Any:
    """A Ray Data datasource over the driver's queue of article batches (one read task)."""
    from ray.data.block import BlockMetadata
    from ray.data.datasource import Datasource, ReadTask

    class QueueFeed(Datasource):
        def estimate_inmemory_data_size(self) -> None:
            return None

        def get_read_tasks(self, parallelism: int, per_task_row_limit: int | None = None,
                           data_context: Any = None) -> list[ReadTask]:
            meta = BlockMetadata(num_rows=None, size_bytes=None, exec_stats=None, input_files=None)
            return [ReadTask(partial(_drain, queue), meta)]

    return QueueFeed()


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
    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = True
    ctx.enable_progress_bars = False
    # A read task gathers its output into blocks of this size before passing them on: at the
    # default (128 MiB) the articles in flight would wait in the read task for ever
    ctx.target_max_block_size = BLOCK_BYTES


def _results(articles: Iterable[Article], workers: int, batch_size: int, limits: Limits) -> Iterator[str]:
    """The analyses of ARTICLES as JSON, in input order, from one Ray Data pipeline.

    One thread does both ends: it queues batches while fewer than ``workers x DEPTH`` batches of
    articles are in flight, then takes one result. The queue is sized so a put never blocks, and a
    result is only awaited while articles are in flight, each of which comes back."""
    import ray
    from ray.util.queue import Queue
    limit = workers * DEPTH * batch_size
    queue = Queue(maxsize=workers * DEPTH + 1, actor_options={"num_cpus": 0})
    rows = iter(ray.data.read_datasource(_feed_source(queue), num_cpus=0, override_num_blocks=1)
                .map_batches(_Analyzer, batch_size=batch_size, concurrency=workers, num_cpus=1,
                             fn_constructor_kwargs={"limits": limits})
                .iter_rows())
    batches = iter(lambda: [json.dumps(asdict(a), ensure_ascii=False) for a in islice(articles, batch_size)], [])
    pending, fed = 0, False
    try:
        while True:
            while not fed and pending + batch_size <= limit:
                batch = next(batches, None)
                queue.put(batch)
                fed = batch is None
                pending += len(batch or ())
            if not pending:
                break
            yield next(rows)["analysis"]
            pending -= 1
        for _ in rows:          # lets the pipeline finish on the end marker
            pass
    finally:
        ray.kill(queue.actor)  # type: ignore[arg-type]  # ray types the handle as the class too


def _write_shard(rows: list[str], path: Path) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq
    pq.write_table(pa.table({"analysis": pa.array(rows, pa.large_string())}), path)
    return path


def analyze_on_ray(articles: Iterable[Article], shards: Path, workers: int = 2, batch_size: int = 16,
                   address: str | None = None, limits: Limits = DEFAULT) -> Iterator[Path]:
    """Analyses ARTICLES on Ray with WORKERS actors; yields the Parquet shard files, in input order,
    as each fills (``SHARD`` articles, the last one fewer). Ray is not started when there is
    nothing to analyse (a re-run over a stored corpus)."""
    it = iter(articles)
    first = next(it, None)
    if first is None:
        return
    start(address, workers)
    shards.mkdir(parents=True, exist_ok=True)
    results = _results(chain([first], it), max(1, workers), max(1, batch_size), limits)
    n = 0
    while rows := list(islice(results, SHARD)):
        yield _write_shard(rows, shards / f"shard-{n:05d}.parquet")
        n += 1


def read_shard(path: Path) -> Iterator[Analysis]:
    """The analyses stored in one Parquet shard."""
    import pyarrow.parquet as pq
    for value in pq.read_table(path, columns=["analysis"]).column("analysis").to_pylist():
        yield analysis_from_dict(json.loads(value))
