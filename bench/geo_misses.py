"""The gold toponyms of a GeoWebNews half that ``geo_dev.py`` placed more than 161 km away or left
unplaced, counted by what the geocoder knew when it chose (issue 13, "Places that are places").

usage: .venv/bin/python bench/geo_misses.py PRED.jsonl GOLD.jsonl [--list]

PRED and GOLD are ``geo_dev.py``'s output and the gold it wrote beside it (``--out FILE`` writes
``FILE.gold`` for a half). Each miss is aligned to the predicted mention as score.py aligns it, and
put in one class by the gazetteer's candidates for the gold mention's text (``candidates``: its
places with population prior, level, country and region) and by the article's other placed
toponyms. Without ``--list`` only the counts are printed, so half b can be counted without reading
its texts; ``--list`` prints each miss of a half one reads (JSON lines: the text around it, the
candidates with their distance to the gold point, the prediction). The classes:

- 'demonym or adjective': the prediction is a people (NER's NORP) or a demonym;
- 'unplaced: no candidate [TYPE]': the gazetteer holds nothing within 161 km of the gold point
  (a gap, or an organisation or building the gold places and the ledger does not);
  'unplaced: candidate set aside [TYPE]': it holds one, unused. TYPE is the predicted entity's,
  ', inside a longer name' when the mention holding the gold one is longer;
- 'placed, no candidate near gold: LEVEL': a region, continent or state placed at the gazetteer's
  point while the gold's is elsewhere; 'a building at the article's focus' (a name the gazetteer
  lacks, placed where the article's towns are); 'a town (gazetteer gap)', in or abroad of the
  article's country: a namesake standing for a place the gazetteer lacks;
- 'left at the country's centre', 'region or feature placed as a town';
- 'namesake over the bigger place' (the right candidate has the higher prior),
  'namesake over the nearer place of the article's country', 'namesake: smaller right place'.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from eval_paths import EVAL

from newsledger.extract.places import candidates, is_demonym
from newsledger.extract.places.gazetteer import Place

sys.path.insert(0, str(EVAL))
import score as S  # the judge's aligner and distance

NEAR_KM = 161


def _aligned(gold: dict, pred: dict) -> dict[tuple[int, int], tuple[str, int, tuple[int, int]]]:
    """Gold mention span -> (gold entity id, index of the predicted entity, predicted span), as score.py aligns."""
    text, spans = gold["text"], {}
    for k, pe in enumerate(pred.get("entities", [])):
        for sp in pe.get("mentions") or []:
            if (sp := S.valid_span(sp, text)):
                spans[sp] = k
    found = {}
    for gsp, gid in S.gold_mentions(gold, text).items():
        best = max((p for p in spans if S.aligned(gsp, p)), key=lambda p: S.overlap(p, gsp), default=None)
        if best is not None:
            found[gsp] = (gid, spans[best], best)
    return found


def _hit(geo: dict, gold_geo: dict) -> bool:
    """score.py's acc161: the right country for a gold country, else within 161 km."""
    if gold_geo.get("level") == "country" and str(geo.get("country", "")).upper() == gold_geo.get("country"):
        return True
    return bool(geo) and S.km(geo["lat"], geo["lon"], gold_geo["lat"], gold_geo["lon"]) <= NEAR_KM


def _km(p: Place, geo: dict) -> float:
    return S.km(p.lat, p.lon, geo["lat"], geo["lon"])


def _main_country(pred: dict, skip: dict) -> str | None:
    """The country most of the article's other placed entities lie in."""
    ccs = Counter(e["geo"].get("country") for e in pred["entities"] if e is not skip and e.get("geo") and e["geo"].get("country"))
    return ccs.most_common(1)[0][0] if ccs else None


def _unplaced(entity: dict, surface: str, near: list[Place]) -> str:
    inside = S.norm(entity.get("name") or "") != S.norm(surface)
    kind = "unplaced: no candidate" if not near else "unplaced: candidate set aside"
    return f"{kind} [{entity.get('type')}{', inside a longer name' if inside else ''}]"


def _no_candidate_near(geo: dict, cands: list[Place], main: str | None) -> str:
    level = geo.get("level")
    if level in ("region", "continent", "country", "admin1"):
        return f"placed, no candidate near gold: {level} (gold's point)"
    if not cands:
        return "placed, no candidate near gold: a building at the article's focus"
    where = "in the article's country" if geo.get("country") == main else "abroad of the article's country"
    return f"placed, no candidate near gold: a town (gazetteer gap), {where}"


def _namesake(geo: dict, gold_geo: dict, cands: list[Place], near: list[Place], main: str | None) -> str:
    right = max(near, key=lambda c: c.prior)
    chosen = min(cands, key=lambda c: _km(c, geo))
    if geo.get("level") == "country" and gold_geo.get("level") != "country":
        return "left at the country's centre"
    if gold_geo.get("level") in ("admin1", "region", "continent") or right.level not in ("city", "airport"):
        return "region or feature placed as a town" if geo.get("level") in ("city", "local") else "region: another reading"
    if right.prior > chosen.prior:
        return "namesake over the bigger place"
    if right.cc == main and chosen.cc != main:
        return "namesake over the nearer place of the article's country"
    return "namesake: smaller right place"


def signal(entity: dict, surface: str, gold_geo: dict, main: str | None) -> str:
    """The class of one miss: what the geocoder knew when it chose (the module's docstring)."""
    geo = entity.get("geo") or {}
    cands = candidates(surface)
    near = [c for c in cands if _km(c, gold_geo) <= NEAR_KM]
    if entity.get("type") == "NORP" or is_demonym(surface):
        return "demonym or adjective"
    if not geo:
        return _unplaced(entity, surface, near)
    if not near:
        return _no_candidate_near(geo, cands, main)
    return _namesake(geo, gold_geo, cands, near, main)


def misses(gold: dict, pred: dict) -> list[dict]:
    """Every gold toponym of one article the prediction holds but misses, with its class."""
    out, found = [], _aligned(gold, pred)
    for ent in [e for e in gold["entities"] if e.get("geo")]:
        hits = sorted((gsp, k, psp) for gsp, (gid, k, psp) in found.items() if gid == ent["id"])
        if not hits:
            continue
        gsp, k, _ = hits[0]
        entity = pred["entities"][k]
        if _hit(entity.get("geo") or {}, ent["geo"]):
            continue
        surface = gold["text"][gsp[0]:gsp[1]]
        out.append({"id": gold["id"], "surface": surface, "gold": ent["geo"], "pred": entity.get("name"),
                    "type": entity.get("type"), "geo": entity.get("geo"),
                    "signal": signal(entity, surface, ent["geo"], _main_country(pred, entity)),
                    "candidates": [(c.name, c.level, c.cc, c.admin, round(c.prior, 2), round(_km(c, ent["geo"])))
                                   for c in sorted(candidates(surface), key=lambda c: -c.prior)[:6]],
                    "context": gold["text"][max(0, gsp[0] - 100):gsp[1] + 60].replace("\n", " ")})
    return out


def _load(path: str) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("pred")
    ap.add_argument("gold")
    ap.add_argument("--list", action="store_true", help="print every miss with its text (the half one reads)")
    args = ap.parse_args()
    preds = {p["id"]: p for p in _load(args.pred)}
    rows = [m for g in _load(args.gold) for m in misses(g, preds.get(g["id"], {"entities": []}))]
    print(f"misses: {len(rows)}")
    for name, n in Counter(r["signal"] for r in rows).most_common():
        print(f"{n:5d}  {name}")
    for r in sorted(rows, key=lambda r: r["signal"]) if args.list else ():
        print(json.dumps(r, ensure_ascii=False))


if __name__ == "__main__":
    main()
