"""The places room's data as typed views (``lexicons.view``): the toponyms and word lists the
packaged gazetteers lack (data/places_regions.json), the names news gives countries beyond ISO's
(data/places_countries.json), the link from GeoNames' admin1 codes to ISO 3166-2
(data/places_admin1.json), and the second-level regions, the second-level region of each town that
shares its name, and the airports the packaged gazetteers lack (data/places_admin2.json,
data/places_counties.json, data/places_airports.json); and WordNet's nouns of built places
(data/wordnet_sites.json). Each file's ``_doc`` or ``_source`` says what its keys mean."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...lexicons import view


@dataclass(frozen=True)
class OtherNames:
    """A country's or continent's names beyond the packaged ones, and what its people are called."""

    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()


@dataclass(frozen=True)
class Region:
    """A sea, ocean or political or cultural region, with a conventional centre point."""

    name: str
    lat: float
    lon: float
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    level: str = "region"
    country: str | None = None


@dataclass(frozen=True)
class PlaceWords:
    """data/places_regions.json."""

    continents: dict[str, OtherNames]
    regions: tuple[Region, ...]
    abbreviations: dict[str, tuple[str, ...]]
    city_aliases: dict[str, tuple[str, ...]]
    suffixes: dict[str, frozenset[str]]
    generic_words: frozenset[str]
    county_nations: frozenset[str]
    not_places: frozenset[str]
    feature_words: frozenset[str]
    street_words: frozenset[str]
    main_admin_types: frozenset[str]
    direction_words: frozenset[str]
    airport_words: frozenset[str]
    mission_words: frozenset[str]
    state_universities: frozenset[str]
    dateline: re.Pattern[str] = field(metadata={"flags": re.MULTILINE})


@dataclass(frozen=True)
class Countries:
    """data/places_countries.json: ISO 3166-1 alpha-2 -> other names."""

    countries: dict[str, OtherNames]


@dataclass(frozen=True)
class Admin1:
    """data/places_admin1.json: GeoNames admin1 code ('CA.02') -> ISO 3166-2 code ('CA-BC')."""

    admin1: dict[str, str]


@dataclass(frozen=True)
class Admin2:
    """data/places_admin2.json: [name, ISO country, admin1 name, lat, lon, towns] of each second-level region."""

    admin2: tuple[tuple[str, str, str, float, float, int], ...]


@dataclass(frozen=True)
class Counties:
    """data/places_counties.json: 'ISO country.admin2 name' ('GB.Essex') -> GeoNames ids of its towns
    that share their name with another town."""

    counties: dict[str, tuple[int, ...]]


@dataclass(frozen=True)
class Airports:
    """data/places_airports.json: [name, city, ISO country, lat, lon] of each airport with an IATA code."""

    airports: tuple[tuple[str, str, str, float, float], ...]


@dataclass(frozen=True)
class Sites:
    """data/wordnet_sites.json (written by ``scripts/build_site_nouns.py``)."""

    building_nouns: frozenset[str]


def building_word(word: str) -> bool:
    """WORD, however written ('Theatre', 'Racecourse', 'hotel.'), is a noun WordNet files as a
    building, a facility, a stadium, a tower, a bridge or a dam (data/wordnet_sites.json): a name
    ending in it names a built place, wherever the rooms read one."""
    return word.lower().rstrip(".") in view(Sites, "wordnet_sites.json").building_nouns


def place_words() -> PlaceWords:
    return view(PlaceWords, "places_regions.json")


def country_names() -> dict[str, OtherNames]:
    return view(Countries, "places_countries.json").countries


def admin1_links() -> dict[str, str]:
    return view(Admin1, "places_admin1.json").admin1


def local_regions() -> tuple[tuple[str, str, str, float, float, int], ...]:
    return view(Admin2, "places_admin2.json").admin2


def town_counties() -> dict[int, tuple[str, str]]:
    """GeoNames id of a town that shares its name -> its country and second-level region ('GB', 'Essex')."""
    counties = view(Counties, "places_counties.json").counties
    return {gid: (cc, name) for county, gids in counties.items() for gid in gids for cc, name in [county.split(".", 1)]}


def airports() -> tuple[tuple[str, str, str, float, float], ...]:
    return view(Airports, "places_airports.json").airports
