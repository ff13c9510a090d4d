"""The Python API: a ``Ledger`` over one store, with one method per CLI command.

    from . import Ledger
    ledger = Ledger("news.db")
    report = ledger.ingest(["articles/"])
    ledger.statements(speaker="Lukashenka")

The library never prints: progress goes to an optional callback, skipped inputs are logged to the
``newsledger`` logger and returned in the report.
"""
from __future__ import annotations

import logging
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from . import __version__
from .errors import BadInput, Codes, code_of, hint
from .extract.pipeline import EXTRACTORS, MODEL, analyze
from .ingest.readers import iter_paths
from .limits import DEFAULT, Limits
from .model import Analysis, Article
from .query import export as _export
from .query import forecasts as _forecasts
from .query import search
from .scale.pool import analyze_supervised
from .store.sqlite import Store

log = logging.getLogger("newsledger")
PIPELINE = f"newsledger {__version__}; {MODEL}; " + ", ".join(EXTRACTORS.values())


@dataclass
class IngestReport:
    """What one ingest run did: read, stored, already present, skipped, stored as text only or
    analysed in part; each reason names the input, its code (errors.Codes) and the detail."""

    read: int = 0
    stored: int = 0
    unchanged: int = 0
    skipped: list[str] = field(default_factory=list)       # inputs not stored
    text_only: list[str] = field(default_factory=list)     # stored without extraction (E010, E015, E016, E023, E024)
    partial: list[str] = field(default_factory=list)       # stored, analysed in part (E019)
    codes: Counter[str] = field(default_factory=Counter)   # "E007" -> how many, over the three lists

    def skip(self, reason: str) -> None:
        self.skipped.append(reason)
        self._count(reason, "skipped")

    def note(self, reason: str) -> None:
        """A note of an Analysis: analysed in part, or stored as text only."""
        (self.partial if code_of(reason) == code_of(Codes.E019) else self.text_only).append(reason)
        self._count(reason, "analysed in part" if code_of(reason) == code_of(Codes.E019) else "stored as text only")

    def _count(self, reason: str, what: str) -> None:
        self.codes[code_of(reason)] += 1
        log.info("%s: %s (%s)", what, reason, hint(reason))

    @property
    def exit_status(self) -> int:
        """0: everything read was stored in full; 1: nothing could be read; 3: some inputs were
        skipped, stored as text only after a failure, or analysed in part. (Text in a language
        newsledger does not read, E010, is stored as designed and does not count.)"""
        if self.skipped and not self.read:
            return 1
        failures = sum(n for code, n in self.codes.items() if code != code_of(Codes.E010))
        return 3 if failures else 0


class Ledger:
    """A newsledger ledger stored in one SQLite file (``db``, $NEWSLEDGER_DB or ./newsledger.db)."""

    def __init__(self, db: str | os.PathLike | None = None):
        self.store = Store(db)

    @property
    def conn(self):
        return self.store.conn

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> "Ledger":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def ingest(self, paths: Iterable[str | Path], fmt: str | None = None, processes: int = 1, batch_size: int = 32,
               on_article: Callable[[Article], None] | None = None, engine: str = "local",
               ray_address: str | None = None, shards: Path | None = None, limits: Limits | None = None) -> IngestReport:
        """Reads, analyses and stores every article under PATHS. Articles already stored (same id and
        text) are skipped before any parsing, so a re-run resumes where a crash or Ctrl-C stopped.

        No input ends the run: one that cannot be read is skipped, one whose analysis fails or
        overruns its budget is stored as text only, a text over the limits is analysed in part,
        each with its coded reason in the report. ``processes`` analysis workers (at least one)
        run apart from this process, so an article that hangs or crashes spaCy is replaced, not
        waited for; ``processes=0`` analyses here, without time or memory budgets. ``engine="ray"``
        analyses on Ray (``processes`` workers, a cluster at ``ray_address``), through Parquet
        shards in ``shards``. ``limits``: see ``newsledger.limits``."""
        limits = limits or DEFAULT
        report = IngestReport()

        def fresh() -> Iterator[Article]:
            for item in iter_paths(paths, fmt, limits):
                if isinstance(item, BadInput):
                    report.skip(str(item))
                    continue
                report.read += 1
                if self.store.has(item):
                    report.unchanged += 1
                    continue
                yield item

        for analysis in self._analyses(fresh(), engine, processes, batch_size, limits, ray_address, shards):
            self.store.write(analysis, PIPELINE)
            report.stored += 1
            for note in analysis.notes:
                report.note(note)
            if on_article:
                on_article(analysis.article)
        return report

    def _analyses(self, articles: Iterator[Article], engine: str, processes: int, batch_size: int, limits: Limits,
                  ray_address: str | None, shards: Path | None) -> Iterator[Analysis]:
        if engine == "ray":
            return self._ray(articles, processes, batch_size, ray_address, shards, limits)
        if processes <= 0:
            return analyze(articles, batch_size=batch_size, limits=limits)
        return analyze_supervised(articles, processes, batch_size, limits)

    @staticmethod
    def _ray(articles: Iterable[Article], workers: int, batch_size: int, address: str | None,
             shards: Path | None, limits: Limits) -> Iterator[Analysis]:
        import tempfile

        from .scale.ray_engine import analyze_on_ray, read_shard
        with tempfile.TemporaryDirectory(prefix="newsledger-shards-") as tmp:
            for shard in analyze_on_ray(articles, Path(shards or tmp), workers, batch_size, address, limits):
                yield from read_shard(shard)

    def statements(self, **filters: Any) -> list[dict[str, Any]]:
        """Statements by speaker (any spelling), about an entity, full text; see query.search."""
        return search.find_statements(self.conn, **filters)

    def entity(self, name: str) -> dict[str, Any]:
        """The dossier of the entity NAME (any spelling) denotes."""
        return search.dossier(self.conn, name)

    def stats(self) -> dict[str, int]:
        return search.stats(self.conn)

    def export(self, fmt: str = "jsonl", out: TextIO | Path | None = None) -> int | list[Path]:
        """Line formats (jsonl, eval) to a text stream; table formats (csv, parquet) into a folder."""
        if fmt in _export.TABLE_FORMATS:
            return _export.write_tables(self.conn, fmt, Path(out or f"newsledger-{fmt}"))
        if fmt not in _export.LINE_FORMATS:
            raise ValueError(f"unknown export format {fmt!r}")
        if out is None or hasattr(out, "write"):
            import sys
            return _export.write_lines(self.conn, fmt, out or sys.stdout)
        with open(out, "w", encoding="utf-8") as f:
            return _export.write_lines(self.conn, fmt, f)

    def _one(self, name: str) -> int:
        from .errors import Codes, NewsledgerError
        ids = search.entity_ids(self.conn, name)
        if not ids:
            raise NewsledgerError(Codes.E013, name)
        return ids[0]

    def merge(self, keep: str, drop: str, note: str = "") -> dict[str, int]:
        """Merges entity DROP into KEEP (names under any spelling, or ids); remembered as a judgement."""
        k, d = self._one(keep), self._one(drop)
        if k != d:
            self.store.entities.merge(k, d, note)
        return {"kept": k, "merged": d}

    def load_knowledge(self, path: str | os.PathLike) -> int:
        """Applies a knowledge file (known entities, aliases, never-merge pairs); see store.entities."""
        return self.store.entities.apply_knowledge(Path(path))

    def split(self, name: str, alias: str, note: str = "") -> dict[str, int]:
        """Moves the mentions of entity NAME written ALIAS into a new entity; remembered as a judgement."""
        eid = self._one(name)
        return {"entity": eid, "new": self.store.entities.split(eid, alias, note)}

    def forecasts(self, speaker: str | None = None, open_only: bool = False, limit: int = 100) -> list[dict[str, Any]]:
        """Forecasts, optionally of one source (any spelling) and only those without a verdict."""
        ids = search.entity_ids(self.conn, speaker) if speaker else None
        return _forecasts.list_forecasts(self.conn, ids, open_only, limit)

    def resolve_forecast(self, forecast_id: int, came_true: bool, note: str = "", event_id: int | None = None) -> dict[str, Any]:
        """Records a verdict on forecast FORECAST_ID."""
        return _forecasts.resolve_forecast(self.conn, forecast_id, came_true, note, event_id)

    def propose_confirmations(self, forecast_id: int) -> list[dict[str, Any]]:
        """Later events that may settle forecast FORECAST_ID."""
        return _forecasts.propose_confirmations(self.conn, forecast_id)

    def scoreboard(self) -> list[dict[str, Any]]:
        """Each source's forecast track record."""
        return _forecasts.scoreboard(self.conn)
