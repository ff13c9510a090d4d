"""GDELT 2.0 Event and Mentions rows, in the layout of the GDELT 2.0 codebooks.

One Events row per event however many articles report it, one Mentions row per report. Reports are
grouped the way GDELT groups them: the same CAMEO code, first actor, first target and place on the
same day (syndicated copies and other outlets' reports of it alike); NumMentions, NumSources and
NumArticles count them. Tab-separated, no header, "\\n" line ends; SQLDATE YYYYMMDD, DATEADDED
YYYYMMDDHHMMSS (UTC, when the article was stored); full CAMEO codes; CAMEO country codes (ISO
alpha-3) for actors and FIPS 10-4 codes for geography; QuadClass and GoldsteinScale from the CAMEO
code (``data/gdelt.json``). What newsledger does not know (tone, CAMEO actor types, ethnic and
religious codes, ADM1/ADM2 codes below the country, GNS feature ids) is left empty.
"""
from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..lexicons import load
from .events import iter_events
from .results.events import EventRow
from .sql import marks

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
          "Type1Code", "Type2Code", "Type3Code")
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
EVENT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in _ACTOR), *(f"Actor2{c}" for c in _ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
    "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{c}" for c in _GEO), *(f"Actor2Geo_{c}" for c in _GEO), *(f"ActionGeo_{c}" for c in _GEO),
    "DATEADDED", "SOURCEURL")
MENTION_COLUMNS = (
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName", "MentionIdentifier",
    "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence",
    "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras")
_SENTENCE_END = re.compile(r"[.!?…][\"'”»)]?\s+(?=[\"'“«(]?[A-Z0-9])|\n\s*\n")
WEB = 1           # MentionType: a web document
DEFAULT_STATUSES = ("occurred",)


@dataclass(frozen=True)
class Lookups:
    fips: dict[str, str]
    goldstein: dict[str, float]
    quad: dict[str, int]              # CAMEO root code -> QuadClass
    geo_type: dict[str, int]
    geo_type_us: dict[str, int]


@lru_cache(maxsize=1)
def lookups() -> Lookups:
    d = load("gdelt.json")
    return Lookups(d["fips"], d["goldstein"], {root: int(q) for q, roots in d["quad_class"].items() for root in roots},
                   d["geo_type"], d["geo_type_us"])


@dataclass
class Report:
    """One stored event as one report of a GDELT event: its grouping key and its Mentions row."""

    key: tuple
    added: str
    day: str
    lead: int                         # IsRootEvent: reported in the article's first paragraph
    event: EventRow
    url: str
    source: str
    mention: list[Any]


def cameo_codes(code: str | None, plover_root: str) -> tuple[str, str, str]:
    """(EventCode, EventBaseCode, EventRootCode) of a CAMEO code, its PLOVER type's root code when the
    coder gave none; a bare root '04' is the root's generic code '040', as GDELT writes it."""
    full = code or plover_root
    if len(full) == 2:
        full += "0"
    return full, full[:3], full[:2]


def gdelt_rows(conn: sqlite3.Connection, statuses: Iterable[str] = DEFAULT_STATUSES
               ) -> Iterator[tuple[list[Any], list[list[Any]]]]:
    """(Events row, its Mentions rows) for every event whose status is one of STATUSES."""
    groups: dict[tuple, list[Report]] = {}
    for rep in _reports(conn, set(statuses)):
        groups.setdefault(rep.key, []).append(rep)
    ents = _Entities(conn)
    for reps in sorted(groups.values(), key=lambda rs: min(r.event.id for r in rs)):
        reps.sort(key=lambda r: (r.added, r.event.id))
        row = event_row(reps, ents)
        yield row, [[row[0], row[-2], *r.mention] for r in reps]     # GLOBALEVENTID, DATEADDED


def _reports(conn: sqlite3.Connection, statuses: set[str]) -> Iterator[Report]:
    article = None
    for ev in iter_events(conn):
        if ev.status not in statuses:
            continue
        if article is None or article["id"] != ev.article_id:
            article = conn.execute("SELECT id, url, outlet, published_iso, ingested_at, text FROM articles WHERE id=?",
                                   (ev.article_id,)).fetchone()
        yield _report(conn, ev, article)


def _report(conn: sqlite3.Connection, ev: EventRow, art: sqlite3.Row) -> Report:
    day = event_day(ev.date_iso, art["published_iso"], art["ingested_at"])
    code = cameo_codes(ev.cameo, _plover_root(ev.type))[0]
    text, (start, end) = art["text"], ev.evidence_span
    (actor, a1), (target, a2) = (_first_named(conn, art["id"], ids, start, end) for ids in (ev.actor_ids, ev.target_ids))
    key = (code, actor, target, ev.place_id, day)
    in_raw = raw_text(a1[1], a2[1])
    action = start + max(0, ev.evidence.find(ev.trigger)) if ev.trigger else start
    source = _source_name(art["url"], art["outlet"])
    added = timestamp(art["ingested_at"])
    # Confidence: full when the participants are named, half when coreference found one of them
    mention = [added, WEB, source, art["url"] or art["id"], sentence_id(text, start), a1[0], a2[0], action, in_raw,
               100 if in_raw else 50, len(text), "", "", ""]
    return Report(key, added, day, in_lead(text, start), ev, art["url"] or "", source or art["id"], mention)


def raw_text(actor_kind: str | None, target_kind: str | None) -> int:
    """InRawText: 1 when the actor, and the target if one was found, are named in the article as they
    are (not reached through a pronoun, title or description, which takes coreference)."""
    return int(actor_kind == "name" and target_kind in (None, "name"))


def event_row(reps: list[Report], ents: _Entities) -> list[Any]:
    """The Events row of one event from its reports (the first stored gives its date and URL)."""
    first, lk = reps[0], lookups()
    ev, day = first.event, first.day
    code, base, root = cameo_codes(ev.cameo, _plover_root(ev.type))
    actors = [ents.get(first.key[1]), ents.get(first.key[2])]
    goldstein = lk.goldstein.get(code, lk.goldstein.get(base, lk.goldstein.get(root, "")))
    return [min(r.event.id for r in reps), day, day[:6], day[:4], fraction_date(day),
            *_actor_cols(actors[0]), *_actor_cols(actors[1]),
            first.lead, code, base, root, lk.quad.get(root, ""), goldstein,
            len(reps), len({r.source for r in reps}), len({r.event.article_id for r in reps}), "",
            *_geo_cols(actors[0]), *_geo_cols(actors[1]), *_geo_cols(ents.get(ev.place_id)),
            first.added, first.url]


class _Entities:
    """Entity rows by id, read once."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.rows: dict[int | None, sqlite3.Row | None] = {}

    def get(self, eid: int | None) -> sqlite3.Row | None:
        if eid not in self.rows:
            self.rows[eid] = self.conn.execute("SELECT * FROM entities WHERE id=?", (eid,)).fetchone()
        return self.rows[eid]


def _plover_root(etype: str) -> str:
    return str(load("plover_types.json").get(etype, {}).get("cameo", ""))


def _actor_cols(e: sqlite3.Row | None) -> list[str]:
    """Code, Name, CountryCode and the seven codes newsledger does not assign (empty)."""
    if e is None:
        return [""] * len(_ACTOR)
    country = _alpha3(e["country"])
    return [country, e["name"].upper(), country, *[""] * (len(_ACTOR) - 3)]


def _geo_cols(e: sqlite3.Row | None) -> list[Any]:
    """Type, FullName, CountryCode (FIPS), ADM1Code, ADM2Code, Lat, Long, FeatureID of a geocoded place."""
    if e is None or e["lat"] is None:
        return [""] * len(_GEO)
    lk, level = lookups(), e["geo_level"] or "city"
    fips = lk.fips.get(e["country"] or "", "")
    geo_type = (lk.geo_type_us if e["country"] == "US" else lk.geo_type).get(level, lk.geo_type["city"])
    country_level = level == "country"
    return [geo_type, _full_name(e), fips, fips if country_level else "", "", e["lat"], e["lon"],
            fips if country_level else ""]


def _full_name(e: sqlite3.Row) -> str:
    """'Minsk, Belarus' for a town, 'Belarus' for a country (whatever name the text gave it)."""
    country = _country(e["country"])
    name = getattr(country, "name", None)
    if not name:
        return e["name"]
    return name if e["geo_level"] == "country" else f"{e['name']}, {name}"


def _alpha3(code: str | None) -> str:
    """The CAMEO country code of an ISO alpha-2 code (CAMEO uses ISO 3166-1 alpha-3)."""
    country = _country(code)
    return country.alpha_3 if country else ""


@lru_cache(maxsize=512)
def _country(code: str | None) -> Any:
    import pycountry
    return pycountry.countries.get(alpha_2=code) if code else None


def _first_named(conn: sqlite3.Connection, article_id: str, ids: list[int], start: int, end: int
                 ) -> tuple[int | None, tuple[int, str | None]]:
    """The participant among IDS named first in the evidence (else nearest to it), with (offset,
    mention kind) of that mention; (None, (-1, None)) when none is named in the article (GDELT's -1)."""
    if not ids:
        return None, (-1, None)
    rows = conn.execute(f"SELECT entity_id, start, kind FROM mentions WHERE article_id=? AND entity_id IN ({marks(ids)})",
                        (article_id, *ids)).fetchall()
    best = min(rows, key=lambda m: (not start <= m[1] < end, abs(m[1] - start), m[1]), default=None)
    return (best[0], (best[1], best[2])) if best else (min(ids), (-1, None))


def in_lead(text: str, offset: int) -> int:
    """1 when OFFSET is in the text's first paragraph (up to the first line break after its start)."""
    first = len(text) - len(text.lstrip())
    end = text.find("\n", first)
    return int(end < 0 or offset < end)


def sentence_id(text: str, offset: int) -> int:
    """The number of the sentence OFFSET is in (1 = the first), counting sentence ends before it."""
    return 1 + sum(1 for _ in _SENTENCE_END.finditer(text, 0, offset))


def event_day(*dates: str | None) -> str:
    """YYYYMMDD of the first of DATES that names a whole day (the event's, its article's, the day it
    was stored)."""
    day = next((d[:10] for d in dates if d and len(d) >= 10), "")
    return day.replace("-", "")


def fraction_date(day: str) -> str:
    """FractionDate: the year plus the share of it gone by that day, four decimals (YYYY.FFFF)."""
    d = date(int(day[:4]), int(day[4:6]), int(day[6:8]))
    days = (date(d.year + 1, 1, 1) - date(d.year, 1, 1)).days
    return f"{d.year + (d.timetuple().tm_yday - 1) / days:.4f}"


def timestamp(iso: str) -> str:
    """YYYYMMDDHHMMSS (UTC) of an ISO 8601 date-time."""
    t = datetime.fromisoformat(iso)
    return (t.astimezone(UTC) if t.tzinfo else t).strftime("%Y%m%d%H%M%S")


def _source_name(url: str | None, outlet: str | None) -> str:
    """MentionSourceName: the web site's domain, as GDELT names web sources, else the outlet."""
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else (outlet or "")


def _field(v: Any) -> str:
    return "" if v is None else " ".join(str(v).split()) if isinstance(v, str) else str(v)


def write_gdelt(conn: sqlite3.Connection, folder: Path, statuses: Iterable[str] = DEFAULT_STATUSES) -> list[Path]:
    """events.tsv and mentions.tsv in FOLDER: GDELT 2.0 rows, tab-separated, no header."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / "events.tsv", folder / "mentions.tsv"]
    with open(paths[0], "w", encoding="utf-8", newline="") as fe, open(paths[1], "w", encoding="utf-8", newline="") as fm:
        for row, mentions in gdelt_rows(conn, statuses):
            fe.write("\t".join(map(_field, row)) + "\n")
            fm.writelines("\t".join(map(_field, m)) + "\n" for m in mentions)
    return paths
