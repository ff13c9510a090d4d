"""Exports in formats other tools already read: FollowTheMoney entities and GDELT-style event rows.

FollowTheMoney (OpenSanctions, Aleph): people, organisations, places (as Address), articles,
events and mentions as JSON lines. GDELT: tab-separated Events and Mentions rows with CAMEO codes,
Goldstein-like scores (PLOVER's scale), sentence ids and character offsets; newsledger adds the
PLOVER type, the status and the speaker who reported each event.
"""
from __future__ import annotations

import csv
import hashlib
import re
import sqlite3
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import pycountry

from ..lexicons import load
from .events import iter_events

FTM_SCHEMA = {"PERSON": "Person", "ORG": "Organization", "GPE": "Address", "LOC": "Address", "FAC": "Address"}
_SENTENCE_END = re.compile(r"[.!?…][\"'”»)]?\s+(?=[\"'“«(]?[A-Z0-9])|\n\s*\n")

GDELT_EVENT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "Actor1Name", "Actor1CountryCode", "Actor2Name", "Actor2CountryCode", "IsRootEvent",
    "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources",
    "NumArticles", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long", "DATEADDED",
    "SOURCEURL", "PloverType", "PloverMode", "Status", "ReportedBy"]
GDELT_MENTION_COLUMNS = [
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName", "MentionIdentifier",
    "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence",
    "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo"]


@lru_cache(maxsize=1)
def plover_types() -> dict[str, dict[str, Any]]:
    return load("plover_types.json")


def _alpha3(code: str | None) -> str:
    country = pycountry.countries.get(alpha_2=code) if code else None
    return country.alpha_3 if country else ""


def ftm_entities(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    """The whole ledger as FollowTheMoney entities (one dict each)."""
    for e in conn.execute("SELECT * FROM entities"):
        schema = FTM_SCHEMA.get(e["type"])
        if schema is None:
            continue
        names = [r[0] for r in conn.execute("SELECT alias FROM entity_aliases WHERE entity_id=?", (e["id"],))]
        props: dict[str, list[str]] = {"full" if schema == "Address" else "name": [e["name"]],
                                       "alias" if schema != "Address" else "remarks": sorted(set(names) - {e["name"]})}
        if e["country"]:
            props["country"] = [e["country"].lower()]
        if e["lat"] is not None:
            props.update(latitude=[str(e["lat"])], longitude=[str(e["lon"])])
        if schema == "Person":
            props["position"] = [r[0] for r in conn.execute("SELECT DISTINCT role FROM roles WHERE entity_id=?", (e["id"],))]
        yield {"id": f"nl-ent-{e['id']}", "schema": schema, "properties": {k: v for k, v in props.items() if v}}
    for a in conn.execute("SELECT id, title, url, outlet, author, published, text FROM articles"):
        yield {"id": _article_id(a["id"]), "schema": "Article", "properties": {k: [v] for k, v in {
            "title": a["title"], "sourceUrl": a["url"], "publisher": a["outlet"], "author": a["author"],
            "publishedAt": a["published"], "bodyText": a["text"]}.items() if v}}
    for m in conn.execute("SELECT m.article_id, m.entity_id, group_concat(DISTINCT m.text) AS names, e.type FROM mentions m"
                          " JOIN entities e ON e.id=m.entity_id GROUP BY m.article_id, m.entity_id"):
        if m["type"] in FTM_SCHEMA:
            yield {"id": f"nl-men-{_digest(m['article_id'])}-{m['entity_id']}", "schema": "Mention", "properties": {
                "resolved": [f"nl-ent-{m['entity_id']}"], "document": [_article_id(m["article_id"])],
                "name": m["names"].split(","), "detectedSchema": [FTM_SCHEMA[m["type"]]]}}
    for ev in iter_events(conn):
        facts: dict[str, list[str | None]] = {
            "name": [f"{ev.type} ({ev.status})"], "summary": [ev.evidence], "date": [ev.date], "location": [ev.place],
            "involved": [f"nl-ent-{i}" for i in ev.actor_ids + ev.target_ids], "proof": [_article_id(ev.article_id)]}
        yield {"id": f"nl-evt-{ev.id}", "schema": "Event", "properties": {k: v for k, v in facts.items() if v and v[0]}}


def _digest(s: str) -> str:
    return hashlib.sha1(s.encode("utf-8")).hexdigest()[:16]


def _article_id(article_id: str) -> str:
    return f"nl-art-{_digest(article_id)}"


def _sentence_id(text: str, offset: int) -> int:
    return 1 + sum(1 for _ in _SENTENCE_END.finditer(text, 0, offset))


def gdelt_rows(conn: sqlite3.Connection) -> Iterator[tuple[list[Any], list[Any]]]:
    """(Events row, Mentions row) for every event in the ledger."""
    types = plover_types()
    arts = {r["id"]: r for r in conn.execute("SELECT id, url, outlet, published, ingested_at, language, text FROM articles")}
    places = {r["id"]: r for r in conn.execute("SELECT id, name, country, lat, lon FROM entities WHERE lat IS NOT NULL")}
    countries = {r["id"]: r["country"] for r in conn.execute("SELECT id, country FROM entities")}
    for ev in iter_events(conn):
        art, t = arts[ev.article_id], types.get(ev.type, {})
        cameo = ev.cameo or t.get("cameo", "")
        day = (ev.date or art["published"] or "").replace("-", "")[:8]
        place = places.get(ev.place_id)
        a1, a2 = ev.actor_ids[:1], ev.target_ids[:1]
        text, (s, e) = art["text"], ev.evidence_span
        yield ([ev.id, day, ev.actors[0] if ev.actors else "", _alpha3(countries.get(a1[0])) if a1 else "",
                ev.targets[0] if ev.targets else "", _alpha3(countries.get(a2[0])) if a2 else "", 1,
                cameo, cameo[:3], cameo[:2], t.get("quad", ""), t.get("score", ""), 1, 1, 1,
                place["name"] if place else "", place["country"] if place else "", place["lat"] if place else "",
                place["lon"] if place else "", art["ingested_at"][:10].replace("-", ""), art["url"] or "",
                ev.type, ev.mode or "", ev.status, ev.source or ""],
               [ev.id, day, (art["published"] or "").replace("-", ""), 1, art["outlet"] or "", art["url"] or art["id"],
                _sentence_id(text, s), _first(text, ev.actors, s, e), _first(text, ev.targets, s, e), s, 1, 100,
                len(text), "", "" if (art["language"] or "en") == "en" else f"srclc:{art['language']}"])


def _first(text: str, names: list[str], s: int, e: int) -> int:
    """Offset of the first of NAMES near the evidence, or -1 (GDELT's 'not found')."""
    for name in names:
        i = text.find(name.split()[-1], max(0, s - 200), e + 200)
        if i >= 0:
            return i
    return -1


def write_gdelt(conn: sqlite3.Connection, folder: Path) -> list[Path]:
    """events.tsv and mentions.tsv, each with a header line naming GDELT's columns."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / "events.tsv", folder / "mentions.tsv"]
    with open(paths[0], "w", newline="", encoding="utf-8") as fe, open(paths[1], "w", newline="", encoding="utf-8") as fm:
        we, wm = csv.writer(fe, delimiter="\t"), csv.writer(fm, delimiter="\t")
        we.writerow(GDELT_EVENT_COLUMNS)
        wm.writerow(GDELT_MENTION_COLUMNS)
        for ev_row, mention_row in gdelt_rows(conn):
            we.writerow(ev_row)
            wm.writerow(mention_row)
    return paths
