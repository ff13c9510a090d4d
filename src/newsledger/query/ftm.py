"""The ledger as FollowTheMoney entities (JSON lines), for Aleph, OpenSanctions' tools and nomenklatura.

Each record becomes the schema FtM has for it, with only the properties that schema has:
people (Person), organisations (Organization), places (Address: FtM's one schema with coordinates),
articles (Article), a person's or organisation's name in an article (Mention, resolved to it), a
place named in an article (Documentation: Mention may resolve only to a legal entity), events
(Event, with status, PLOVER type and CAMEO code as keywords), statements and forecasts
(Documentation: the edge between the speaker and the article that reports them, with the date it
was said, the cue as role, the certainty or verdict as status and the words as summary; Note on the
article when no speaker is known, since Documentation needs one).

Ids are stable and namespaced: ``nl-<kind>-<sha1>`` of what the record is (an article's id; an
entity's GeoNames id or its smallest identity key; an article id with offsets), never a row number,
so ingesting the same articles in another order gives the same ids and an Aleph collection can be
updated. Dates are written at the precision FtM accepts ('2022', '2022-12', '2022-12-18'): a
TIMEX3 value that names no calendar date ('XXXX-12-18', 'PAST_REF') is left out.
"""
from __future__ import annotations

import hashlib
import re
import sqlite3
import unicodedata
from collections import Counter
from collections.abc import Iterator
from typing import Any

from ..dates import calendar_date
from .events import iter_events
from .results.events import EventRow

Entity = dict[str, Any]
SCHEMA = {"PERSON": "Person", "ORG": "Organization", "GPE": "Address", "LOC": "Address", "FAC": "Address"}
LEGAL = ("Person", "Organization")          # the schemata Mention.resolved and Event.involved accept


def make_id(kind: str, *parts: object) -> str:
    """'nl-KIND-' and the SHA-1 of PARTS: a namespaced id derived from what the record is."""
    return f"nl-{kind}-" + hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:24]


def ftm_date(value: str | None, iso: str | None = None) -> str | None:
    """VALUE (a TIMEX3 value) at the precision FtM's dates take: the calendar date it names when it is
    one ('2022-12-18', '2022-12', '2022'), the year of a week, quarter or season, else None."""
    iso = iso if iso is not None else calendar_date(value)
    if not iso or not value:
        return None
    return iso if value.startswith(iso) else iso[:4]


# what followthemoney does to every value it reads (`ftm validate` re-sets each one: NFC, then
# normality's remove_unsafe_chars, then strip): space-like characters become a space; controls, soft
# hyphens, zero-width and direction marks, lone surrogates are deleted
_FTM_SPACES = re.compile("[\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")
_FTM_DELETED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\xad\u061c\u200b-\u200f\u2060-\u2064\ufeff\ud800-\udfff]")


def ftm_text(value: object) -> str:
    """VALUE as FollowTheMoney keeps it, so that the entity is the same after `ftm validate` (an
    article's text loses its closing newline there, a name its zero-width joiner)."""
    text = unicodedata.normalize("NFC", str(value))
    return _FTM_DELETED.sub("", _FTM_SPACES.sub(" ", text)).strip()


def entity(eid: str, schema: str, **props: Any) -> Entity:
    """An FtM entity dict, every value a list of distinct strings as FtM keeps them, empty ones left out."""
    clean = {k: list(dict.fromkeys(t for x in (v if isinstance(v, list | tuple) else [v]) if x is not None
                                   if (t := ftm_text(x))))
             for k, v in props.items()}
    return {"id": eid, "schema": schema, "properties": {k: v for k, v in clean.items() if v}}


def ftm_entities(conn: sqlite3.Connection) -> Iterator[Entity]:
    """The whole ledger as FollowTheMoney entities; every reference points at an entity it yields."""
    ids = entity_ids(conn)
    schemata = {r["id"]: SCHEMA[r["type"]] for r in conn.execute("SELECT id, type FROM entities") if r["id"] in ids}
    yield from _entities(conn, ids)
    yield from _articles(conn)
    yield from _mentions(conn, ids, schemata)
    yield from _statements(conn, ids)
    yield from _forecasts(conn, ids)
    legal = {e: ids[e] for e, s in schemata.items() if s in LEGAL}
    yield from (_event(ev, legal) for ev in iter_events(conn))


def entity_ids(conn: sqlite3.Connection) -> dict[int, str]:
    """Ledger entity id -> FtM id, for every entity of a type FtM has a schema for.

    An entity is what its GeoNames id says (places) or its smallest identity key (the same keys
    whatever order its articles came in); two entities that share that key are told apart by name.
    """
    bases = {}
    for r in conn.execute("SELECT e.id, e.type, e.name, e.geonameid, min(k.key) AS key FROM entities e"
                          " LEFT JOIN entity_keys k ON k.entity_id=e.id GROUP BY e.id"):
        if r["type"] in SCHEMA:
            base = f"geo:{r['geonameid']}" if r["geonameid"] else r["key"] or f"{r['type']}:{r['name'].lower()}"
            bases[r["id"]] = (base, r["name"])
    shared = Counter(b for b, _ in bases.values())
    return {eid: make_id("ent", b, *([name] if shared[b] > 1 else [])) for eid, (b, name) in bases.items()}


def _entities(conn: sqlite3.Connection, ids: dict[int, str]) -> Iterator[Entity]:
    for e in conn.execute("SELECT * FROM entities"):
        if e["id"] not in ids:
            continue
        schema = SCHEMA[e["type"]]
        aliases = sorted({r[0] for r in conn.execute("SELECT alias FROM entity_aliases WHERE entity_id=?", (e["id"],))}
                         - {e["name"]})
        country = (e["country"] or "").lower()
        if schema == "Address":
            yield entity(ids[e["id"]], schema, name=e["name"], full=e["name"], alias=aliases, country=country,
                         latitude=e["lat"], longitude=e["lon"])
            continue
        roles = [r[0] for r in conn.execute("SELECT DISTINCT role FROM roles WHERE entity_id=? ORDER BY role", (e["id"],))]
        yield entity(ids[e["id"]], schema, name=e["name"], alias=aliases, country=country,
                     **({"position": roles} if schema == "Person" else {"description": roles}))


def article_ftm_id(article_id: str) -> str:
    return make_id("art", article_id)


def _articles(conn: sqlite3.Connection) -> Iterator[Entity]:
    for a in conn.execute("SELECT id, title, url, outlet, author, published, published_iso, language, text"
                          " FROM articles"):
        yield entity(article_ftm_id(a["id"]), "Article", title=a["title"], sourceUrl=a["url"], publisher=a["outlet"],
                     author=a["author"], publishedAt=ftm_date(a["published"], a["published_iso"]),
                     language=_language(a["language"]), bodyText=a["text"])


def _language(code: str | None) -> str | None:
    """FtM languages are ISO 639-2/3 codes; the ledger tags ISO 639-1 (py3langid)."""
    import pycountry
    lang = pycountry.languages.get(alpha_2=code) if code else None
    return getattr(lang, "alpha_3", None)


def _mentions(conn: sqlite3.Connection, ids: dict[int, str], schemata: dict[int, str]) -> Iterator[Entity]:
    """A person's or organisation's names in an article (Mention); a place named there (Documentation)."""
    rows = conn.execute("SELECT article_id, entity_id, group_concat(text, char(31)) AS names FROM mentions"
                        " GROUP BY article_id, entity_id")
    for m in rows:
        if m["entity_id"] not in ids:
            continue
        eid, doc = ids[m["entity_id"]], article_ftm_id(m["article_id"])
        names = sorted(set(m["names"].split("\x1f")))
        if schemata[m["entity_id"]] in LEGAL:
            yield entity(make_id("men", m["article_id"], eid), "Mention", document=doc, resolved=eid, name=names,
                         detectedSchema=schemata[m["entity_id"]])
        else:
            yield entity(make_id("men", m["article_id"], eid), "Documentation", document=doc, entity=eid,
                         role="mentioned", namesMentioned=names)


def _said(eid: str, doc: str, speaker: str | None, **props: Any) -> Entity:
    """A statement tied to its speaker and its article (Documentation), or to the article alone (Note)."""
    if speaker:
        return entity(eid, "Documentation", document=doc, entity=speaker, **props)
    note = {"description": props.get("summary"), "notes": props.get("description")}
    return entity(eid, "Note", entity=doc, proof=doc, **note)


def _statements(conn: sqlite3.Connection, ids: dict[int, str]) -> Iterator[Entity]:
    for s in conn.execute("SELECT article_id, speaker_id, content, content_start, content_end, cue, kind, certainty,"
                          " forecast, channel, said_on, said_on_iso, polarity FROM statements"):
        what = f"{s['kind']} statement, {s['certainty']}, {s['polarity']}" + (", forecast" if s["forecast"] else "")
        yield _said(make_id("stm", s["article_id"], s["content_start"], s["content_end"]),
                    article_ftm_id(s["article_id"]), ids.get(s["speaker_id"]), role=s["cue"],
                    date=ftm_date(s["said_on"], s["said_on_iso"]), status=s["certainty"], summary=s["content"],
                    description=what, publisher=s["channel"])


def _forecasts(conn: sqlite3.Connection, ids: dict[int, str]) -> Iterator[Entity]:
    for f in conn.execute("SELECT f.article_id, f.speaker_id, f.made_on, f.horizon, f.horizon_iso, f.event_type,"
                          " f.certainty, s.content, s.content_start, v.verdict, v.note FROM forecasts f"
                          " JOIN statements s ON s.id=f.statement_id LEFT JOIN verdicts v"
                          " ON v.article_id=f.article_id AND v.content_start=s.content_start"):
        what = f"forecast ({f['certainty']})" + (f" of {f['event_type']}" if f["event_type"] else "")
        yield _said(make_id("fct", f["article_id"], f["content_start"]), article_ftm_id(f["article_id"]),
                    ids.get(f["speaker_id"]), role="forecast", date=ftm_date(f["made_on"]),
                    endDate=ftm_date(f["horizon"], f["horizon_iso"]), status=f["verdict"] or "open",
                    summary=f["content"], description=" ".join(x for x in (what, f["note"]) if x))


def _event(ev: EventRow, legal: dict[int, str]) -> Entity:
    """An event with its status; participants FtM can link (people, organisations) as ``involved``."""
    actors, targets = ", ".join(sorted(ev.actors)), ", ".join(sorted(ev.targets))
    names = " ".join(x for x in (actors, f"-> {targets}" if targets else "") if x)     # 'A -> B', 'A', '-> B'
    who = f"actors: {actors or '-'}; targets: {targets or '-'}; reported by: {ev.source or '-'}"
    return entity(make_id("evt", ev.article_id, *ev.evidence_span, ev.type, ev.trigger or "", names), "Event",
                  name=f"{ev.type} ({ev.status})" + (f": {names}" if names else ""), summary=ev.evidence,
                  date=ftm_date(ev.date, ev.date_iso), location=ev.place,
                  involved=sorted(legal[i] for i in ev.actor_ids + ev.target_ids if i in legal),
                  keywords=[f"status:{ev.status}", f"plover:{ev.type}", *([f"cameo:{ev.cameo}"] if ev.cameo else [])],
                  description=who,
                  proof=article_ftm_id(ev.article_id))
