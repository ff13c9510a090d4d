"""Batch runs on Ray: the same ``analyze`` on Ray Data actors, written as Parquet shards.

Each actor loads the spaCy pipeline once and analyses whole batches; results travel as JSON
(``model.to_dict``) in Parquet shards, which the driver then loads into the store one article
per transaction. Works on a local Ray instance (tests, one machine) or on a cluster by address.
Articles are sent in chunks, so the driver's memory stays flat however large the corpus.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from itertools import islice
from pathlib import Path
from typing import Any

from ..model import Analysis, Article, analysis_from_dict, to_dict

CHUNK = 2000


class _Analyzer:
    """A Ray Data actor: one pipeline per worker process, reused for every batch."""

    def __init__(self) -> None:
        from ..nlp.pipeline import load
        load()

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[str]]:
        from ..nlp.pipeline import analyze
        articles = [Article(**json.loads(x)) for x in batch["article"]]
        return {"analysis": [json.dumps(to_dict(a), ensure_ascii=False) for a in analyze(articles, batch_size=len(articles))]}


def start(address: str | None = None, workers: int = 2) -> None:
    """Connects to the Ray cluster at ADDRESS, or starts a local instance with WORKERS CPUs."""
    import ray
    if ray.is_initialized():
        return
    kwargs: dict[str, Any] = {"address": address} if address else {"num_cpus": workers}
    ray.init(include_dashboard=False, ignore_reinit_error=True, log_to_driver=False, **kwargs)


def analyze_on_ray(articles: Iterable[Article], shards: Path, workers: int = 2, batch_size: int = 16,
                   address: str | None = None) -> Iterator[Path]:
    """Analyses ARTICLES on Ray with WORKERS actors; yields the Parquet shard files as chunks finish."""
    import ray
    start(address, workers)
    it = iter(articles)
    n = 0
    while chunk := list(islice(it, CHUNK)):
        out = shards / f"chunk-{n:05d}"
        ds = ray.data.from_items([{"article": json.dumps(asdict(a), ensure_ascii=False)} for a in chunk])
        ds.map_batches(_Analyzer, batch_size=batch_size, concurrency=workers, num_cpus=1).write_parquet(str(out))
        yield from sorted(out.glob("*.parquet"))
        n += 1


def read_shard(path: Path) -> Iterator[Analysis]:
    """The analyses stored in one Parquet shard."""
    import pyarrow.parquet as pq
    for value in pq.read_table(path, columns=["analysis"]).column("analysis").to_pylist():
        yield analysis_from_dict(json.loads(value))
