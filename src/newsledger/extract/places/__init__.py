"""Places: an offline gazetteer (GeoNames towns, countries, regions) and the geocoder that reads
each toponym in the context of the whole article.

``gazetteer`` builds the index of place names; ``geocode`` picks the place a name means in an
article. The few questions the entity stage asks of them are answered here.
"""
from __future__ import annotations

from ...names import name_key, strip_the
from . import gazetteer
from .gazetteer import candidates
from .geocode import demonym_keys, is_country_name, is_place_name
from .geocode import place_country as best_place_country
from .geocode import place_name as best_place_name

PLACE_LABELS = {"GPE", "LOC", "FAC"}


def is_place(text: str) -> bool:
    """The gazetteer knows TEXT (without a leading 'the') as a place name."""
    return is_place_name(strip_the(text))


def place_name(text: str) -> str | None:
    """Canonical name of the place TEXT most likely names ('Belarusian' -> 'Belarus')."""
    return best_place_name(strip_the(text))


def is_country(text: str) -> bool:
    """TEXT is the name of a country ('Democratic People's Republic of Korea', 'U.S.')."""
    return is_country_name(text)


def only_town(text: str) -> bool:
    """Every place TEXT may name is a town (or an airport): as often a person's name ('David', 'Laura')."""
    return all(c.level in ("city", "airport") for c in candidates(strip_the(text)))


def minor_place(text: str) -> bool:
    """Every place TEXT may name is a town, an airport or a province, none a country, continent or sea."""
    cands = candidates(strip_the(text))
    return bool(cands) and all(c.level in ("city", "airport", "admin1", "admin2") for c in cands)


SMALL_TOWN_PRIOR = 5.5     # log10 population (with the gazetteer's bonuses): towns of under ~300,000


def small_place(text: str) -> bool:
    """Every place TEXT may name is a town of under ~300,000 people or an airport ('Media', 'Liberty'),
    none a city, province, country or sea: a word or a firm's name that is such a town is more often
    the word or the firm."""
    cands = candidates(strip_the(text))
    return bool(cands) and all(c.level in ("city", "airport") and c.prior < SMALL_TOWN_PRIOR for c in cands)


def is_demonym(text: str) -> bool:
    """TEXT names a people or is its adjective ('Russian', 'Americans', 'Kurdish'), not a place
    ('Vatican' is both, and a place)."""
    return gazetteer.key(strip_the(text)) in demonym_keys()


def people_country(text: str) -> str | None:
    """The country code of the people a demonym names ('Lithuanian', 'Frenchman' -> 'LT', 'FR'; 'Scot',
    'Welsh' -> 'GB'); None for a word that names no people."""
    return best_place_country(strip_the(text)) if is_demonym(text) else None


def looks_place(text: str) -> bool:
    """The gazetteer knows TEXT as a place, or its best reading is spelled the same way."""
    if is_place(text):
        return True
    best = place_name(text)
    return best is not None and name_key(best) == name_key(strip_the(text))
