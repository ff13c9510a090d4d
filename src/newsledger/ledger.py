"""The Python API: a ``Ledger`` over one store, with one method per CLI command.

    from . import Ledger
    ledger = Ledger("news.db")
    report = ledger.ingest(["articles/"])
    ledger.statements(speaker="Lukashenka")

The library never prints: progress goes to an optional callback, skipped inputs are logged to the
``newsledger`` logger and returned in the report.
"""
from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, TextIO

from . import __version__
from .errors import BadInput, Codes, NewsledgerError
from .store.sqlite import Store, db_path

if TYPE_CHECKING:   # each method imports its query room when called, so a command loads only its own
    from pathlib import Path

    from .ingest.report import IngestReport
    from .limits import Limits
    from .model import Analysis, Article
    from .query import results as r
    from .query.graph import Direction

GRAPH_FORMATS = ("gexf", "graphml")


def pipeline_name() -> str:
    """The versions that analyse an article (stored with it): newsledger's, the model's and each
    extractor's, from modules that load no spaCy: only the analysis workers do."""
    from .extract.rooms import EXTRACTORS, MODEL
    return f"newsledger {__version__}; {MODEL}; " + ", ".join(EXTRACTORS.values())


def __getattr__(name: str) -> Any:
    """``PIPELINE``: the pipeline's name, computed on first use (see ``pipeline_name``); and
    ``IngestReport``, from the module of its own that the ingest imports."""
    if name == "PIPELINE":
        return pipeline_name()
    if name == "IngestReport":
        from .ingest.report import IngestReport
        return IngestReport
    raise AttributeError(name)


@contextlib.contextmanager
def _text_out(out: TextIO | str | os.PathLike | None) -> Iterator[TextIO]:
    """OUT as a text stream: stdout when None, a stream as it is, a path opened for writing."""
    if isinstance(out, str | os.PathLike):
        with open(out, "w", encoding="utf-8") as f:
            yield f
    else:
        yield out or sys.stdout


class Ledger:
    """A newsledger ledger stored in one SQLite file (``db``, $NEWSLEDGER_DB or ./newsledger.db).
    With ``create=False`` a path that holds no ledger is an error (E040, E041), not a new empty one."""

    def __init__(self, db: str | os.PathLike | None = None, create: bool = True):
        path = db_path(db)
        if not create and not os.path.isfile(path):
            raise NewsledgerError(Codes.E040, f"{path} (check --db or $NEWSLEDGER_DB; `newsledger ingest` makes one)")
        try:
            self.store = Store(path)
        except sqlite3.DatabaseError as err:
            raise NewsledgerError(Codes.E041, f"{path}: {err}") from None

    @property
    def conn(self) -> sqlite3.Connection:
        return self.store.conn

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def ingest(self, paths: Iterable[str | Path], fmt: str | None = None, processes: int = 1, batch_size: int = 32,
               on_article: Callable[[Article], None] | None = None, engine: str = "local",
               ray_address: str | None = None, shards: Path | None = None, limits: Limits | None = None,
               on_passed: Callable[[str], None] | None = None) -> IngestReport:
        """Reads, analyses and stores every article under PATHS. Articles already stored (same id and
        text) are skipped before any parsing, so a re-run resumes where a crash or Ctrl-C stopped.

        No input ends the run: one that cannot be read is skipped, one whose analysis fails or
        overruns its budget is stored as text only, a text over the limits is analysed in part,
        each with its coded reason in the report. ``processes`` analysis workers (at least one)
        run apart from this process, so an article that hangs or crashes spaCy is replaced, not
        waited for; ``processes=0`` analyses here, without time or memory budgets. ``engine="ray"``
        analyses on Ray (``processes`` workers, a cluster at ``ray_address``), through Parquet
        shards in ``shards``. ``limits``: see ``newsledger.limits``. ON_ARTICLE hears of each
        article stored, ON_PASSED of each input done without analysis (skipped, with the reason,
        or already stored)."""
        if self.store.readonly:     # before any worker loads spaCy: nothing could be stored
            raise NewsledgerError(Codes.E022, f"{self.store.path}: ingest writes; this ledger cannot be written")
        from .ingest.readers import iter_paths
        from .ingest.report import IngestReport
        from .limits import DEFAULT
        limits = limits or DEFAULT
        report = IngestReport()
        pipeline = pipeline_name()

        def fresh() -> Iterator[Article]:
            for item in iter_paths(paths, fmt, limits):
                if isinstance(item, BadInput):
                    report.skip(str(item))
                    if on_passed:
                        on_passed(str(item))
                    continue
                report.read += 1
                if self.store.has(item):
                    report.unchanged += 1
                    if on_passed:
                        on_passed(f"unchanged: {item.id}")
                    continue
                yield item

        for analysis in self._analyses(fresh(), engine, processes, batch_size, limits, ray_address, shards):
            self.store.write(analysis, pipeline)
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
            from .extract.pipeline import analyze
            return analyze(articles, batch_size=batch_size, limits=limits)
        from .scale.pool import analyze_supervised
        return analyze_supervised(articles, processes, batch_size, limits)

    @staticmethod
    def _ray(articles: Iterable[Article], workers: int, batch_size: int, address: str | None,
             shards: Path | None, limits: Limits) -> Iterator[Analysis]:
        import tempfile
        from pathlib import Path

        from .scale.ray_engine import analyze_on_ray, read_shard
        with tempfile.TemporaryDirectory(prefix="newsledger-shards-") as tmp:
            for shard in analyze_on_ray(articles, Path(shards or tmp), workers, batch_size, address, limits):
                yield from read_shard(shard)

    def statements(self, *, q: str | None = None, speaker: str | None = None, about: str | None = None,
                   certainty: str | None = None, forecast: bool | None = None, date_from: str | None = None,
                   date_to: str | None = None, outlet: str | None = None, article: str | None = None,
                   limit: int = 50, offset: int = 0) -> r.Page[r.StatementHit]:
        """Statements by SPEAKER (any spelling), naming ABOUT, holding the words Q, said within
        [DATE_FROM, DATE_TO], newest first; see ``query.statements.search_statements``."""
        from .query.statements import search_statements
        return search_statements(self.conn, q=q, speaker=speaker, about=about, certainty=certainty, forecast=forecast,
                                 date_from=date_from, date_to=date_to, outlet=outlet, article=article, limit=limit,
                                 offset=offset)

    def entity(self, name: str, limit: int = 50) -> r.Dossier:
        """The dossier of the entity NAME (any spelling, or an id) denotes; each list its first LIMIT."""
        from .query.dossier import dossier
        return dossier(self.conn, name, limit)

    def entities(self, q: str | None = None, etype: str | None = None, limit: int = 50,
                 offset: int = 0) -> r.Page[r.EntityHit]:
        """Entities whose names match Q in any spelling (without Q: the most mentioned), of ETYPE."""
        from .query.entities import find_entities
        return find_entities(self.conn, q, etype, limit, offset)

    def events(self, *, etype: str | None = None, actor: str | None = None, target: str | None = None,
               entity: str | None = None, status: str | None = None, place: str | None = None,
               date_from: str | None = None, date_to: str | None = None, outlet: str | None = None,
               limit: int = 50, offset: int = 0) -> r.Page[r.EventHit]:
        """Events in date order; see ``query.events.search_events``."""
        from .query.events import search_events
        return search_events(self.conn, etype=etype, actor=actor, target=target, entity=entity, status=status,
                                     place=place, date_from=date_from, date_to=date_to, outlet=outlet, limit=limit,
                                     offset=offset)

    def places(self, *, etype: str | None = None, entity: str | None = None, status: str | None = None,
               date_from: str | None = None, date_to: str | None = None, outlet: str | None = None,
               limit: int = 1000, offset: int = 0) -> r.Page[r.PlaceCount]:
        """The places events happened in, with their events counted by status."""
        from .query.events import place_counts
        return place_counts(self.conn, etype=etype, entity=entity, status=status, date_from=date_from,
                                    date_to=date_to, outlet=outlet, limit=limit, offset=offset)

    def graph(self, *, entity: str | None = None, direction: Direction = "both", date_from: str | None = None,
              date_to: str | None = None, min_weight: int = 1, limit: int = 200) -> r.Graph:
        """Who said what about whom (an entity's ego network with ENTITY); see ``query.graph``."""
        from .query.graph import speech_graph
        return speech_graph(self.conn, entity=entity, direction=direction, date_from=date_from, date_to=date_to,
                            min_weight=min_weight, limit=limit)

    def timeline(self, *, entity: str | None = None, date_from: str | None = None,
                 date_to: str | None = None) -> r.Timeline:
        """Events by status and statements per month, optionally of one ENTITY."""
        from .query.timeline import timeline
        return timeline(self.conn, entity=entity, date_from=date_from, date_to=date_to)

    def articles(self, q: str | None = None, outlet: str | None = None, date_from: str | None = None,
                 date_to: str | None = None, limit: int = 20, offset: int = 0) -> r.Page[r.ArticleHit]:
        """Articles holding the words Q (best first; without Q newest first)."""
        from .query.articles import search_articles
        return search_articles(self.conn, q, outlet, date_from, date_to, limit, offset)

    def article(self, article_id: str) -> r.ArticleRecord:
        """Everything the ledger holds about one article."""
        from .query.articles import article_record
        return article_record(self.conn, article_id)

    def search(self, q: str, limit: int = 10) -> r.Found:
        """Entities, statements and articles matching Q."""
        from .query.overview import find_everything
        return find_everything(self.conn, q, limit)

    def stats(self) -> r.Counts:
        """Rows of the ledger's main tables."""
        from .query.overview import counts
        return counts(self.conn)

    def overview(self) -> r.Overview:
        """Counts, publication dates, and the values the filters can take."""
        from .query.overview import overview
        return overview(self.conn)

    def export(self, fmt: str = "jsonl", out: TextIO | str | os.PathLike | None = None,
               statuses: tuple[str, ...] = ("occurred",)) -> int | list[Path]:
        """Line formats (jsonl, eval, ftm) to a text stream or file (stdout without OUT); table
        formats (csv, parquet, gdelt) into a folder (GDELT rows: the events whose status is one of
        STATUSES); the whole who-said-what graph as GEXF or GraphML (returns its number of links)."""
        from pathlib import Path

        from .query import export as _export
        if fmt in _export.TABLE_FORMATS:
            if out is not None and not isinstance(out, str | os.PathLike):
                raise ValueError(f"{fmt} writes one file per table: give a folder")
            return _export.write_tables(self.conn, fmt, Path(out or f"newsledger-{fmt}"), statuses)
        if fmt not in (*_export.LINE_FORMATS, *GRAPH_FORMATS):
            raise ValueError(f"unknown export format {fmt!r}")
        with _text_out(out) as stream:
            return self._write_graph(fmt, stream) if fmt in GRAPH_FORMATS else _export.write_lines(self.conn, fmt, stream)

    def _write_graph(self, fmt: str, stream: TextIO) -> int:
        from .query.graph import speech_graph, to_gexf, to_graphml
        from .query.sql import MAX_ID
        g = speech_graph(self.conn, limit=MAX_ID)
        stream.write((to_gexf if fmt == "gexf" else to_graphml)(g) + "\n")
        return g.edges_total

    def _one(self, name: str) -> int:
        from .query.entities import one_entity
        return one_entity(self.conn, name)

    def merge(self, keep: str, drop: str, note: str = "") -> dict[str, int]:
        """Merges entity DROP into KEEP (names under any spelling, or ids); remembered as a judgement."""
        k, d = self._one(keep), self._one(drop)
        edit = self.store.entities.merge(k, d, note) if k != d else 0
        return {"kept": k, "merged": d, "edit": edit}

    def load_knowledge(self, path: str | os.PathLike) -> int:
        """Applies a knowledge file (known entities, aliases, never-merge pairs); see store.entities."""
        from pathlib import Path
        return self.store.entities.apply_knowledge(Path(path))

    def split(self, name: str, alias: str, note: str = "") -> dict[str, int]:
        """Moves the mentions of entity NAME written ALIAS into a new entity; remembered as a judgement."""
        eid = self._one(name)
        new, edit = self.store.entities.split_edit(eid, alias, note)
        return {"entity": eid, "new": new, "edit": edit}

    def rename(self, name: str, new_name: str, note: str = "") -> r.IdentityEdit:
        """Gives entity NAME (any spelling, or an id) the name NEW_NAME, which later ingests keep."""
        return self.identity_edit(self.store.entities.rename(self._one(name), new_name.strip(), note))

    def different(self, a: str, b: str, note: str = "") -> r.IdentityEdit:
        """Records that entities A and B are not the same identity; the resolver keeps them apart."""
        return self.identity_edit(self.store.entities.different(self._one(a), self._one(b), note))

    def undo(self, edit_id: int) -> r.IdentityEdit:
        """Reverses identity edit EDIT_ID (a merge, split, rename or 'not the same')."""
        self.store.entities.undo(edit_id)
        return self.identity_edit(edit_id)

    def identity_edit(self, edit_id: int) -> r.IdentityEdit:
        """One identity edit as the dossier lists it."""
        from .query.identities import edit
        return edit(self.conn, edit_id)

    def forecasts(self, speaker: str | None = None, open_only: bool = False, limit: int = 100,
                  offset: int = 0) -> r.Page[r.ForecastRow]:
        """Forecasts, optionally of one source (any spelling) and only those without a verdict."""
        from .query.forecasts import list_forecasts
        return list_forecasts(self.conn, speaker, open_only, limit, offset)

    def forecast(self, forecast_id: int) -> r.ForecastDetail:
        """One forecast with the later events that may settle it."""
        from .query.forecasts import forecast_detail
        return forecast_detail(self.conn, forecast_id)

    def resolve_forecast(self, forecast_id: int, came_true: bool, note: str = "",
                         event_id: int | None = None) -> r.ForecastRow:
        """Records a verdict on forecast FORECAST_ID."""
        from .query.forecasts import resolve_forecast
        return resolve_forecast(self.conn, forecast_id, came_true, note, event_id)

    def propose_confirmations(self, forecast_id: int) -> list[r.Candidate]:
        """Later events that may settle forecast FORECAST_ID."""
        from .query.forecasts import propose_confirmations
        return propose_confirmations(self.conn, forecast_id)

    def scoreboard(self) -> list[r.ScoreRow]:
        """Each source's forecast track record."""
        from .query.forecasts import scoreboard
        return scoreboard(self.conn)
