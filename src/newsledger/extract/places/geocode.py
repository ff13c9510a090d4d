"""Which place a name means in one article: every candidate the gazetteer holds, scored by
population and level and by what the rest of the article says (its countries, regions and
towns), read twice so a late "UK" can turn an early "Kent" English."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from ...model import Geo, km
from ...names import is_given_name, strip_the
from ...nlp.wordnet import first_class
from .gazetteer import (
    PRIMARY_NAME_BONUS,
    STRICT_PRIOR,
    Place,
    candidates,
    county_of,
    gazetteer,
    key,
    keyed,
    narrowed,
    read_key,
)
from .lexicon import building_word, country_names, place_words

CONTEXT_COUNTRY = 2.5           # the article names the candidate's country elsewhere
CONTEXT_ADMIN = 3.0             # ... or its first-level region ("Paris" with "Texas")
CONTEXT_NEAR = 1.5              # ... or a place within NEAR_KM of it
CONTEXT_SAME_REGION = 0.75      # ... or else a town in the same region
NEAR_KM = 150.0
COUNTY_KM = 75.0                # a county's towns lie this near its point
COMPACT_KM = 200.0              # a country whose regions all lie this near its point is one place for a building
WORLD_CITY_PRIOR = 6.5          # log10 population (with the gazetteer's bonuses): cities of ~3 million and more
WORLD_CITY_GAP = 2.0            # ... which beat a namesake a hundred times smaller on the article's country alone
KNOWN_ABROAD_GAP = 0.8          # a town known abroad beats a namesake six times smaller that nothing near supports
CONTEXT_PASSES = 2              # re-readings: "Kent" turns English once "UK" has spoken


def _near(a: Place, b: Place) -> bool:
    return km(a.lat, a.lon, b.lat, b.lon) <= NEAR_KM


@dataclass
class _Context:
    """What the rest of the article says about where it is."""

    countries: Counter      # country -> toponyms read as in it
    regions: Counter        # regions the article names
    town_regions: Counter   # regions of the towns it names
    points: list[Place]     # the towns it names
    counties: Counter       # second-level regions it names (county_of)

    def country_support(self, cc: str | None) -> float:
        """1 for the article's main country, less for one it names in passing."""
        top = max(self.countries.values(), default=0)
        return self.countries[cc] / top if cc and top else 0.0

    def region_support(self, admin: str | None) -> float:
        """1 for the region the article names most, less for one it names in passing."""
        top = max(self.regions.values(), default=0)
        return self.regions[admin] / top if admin and top else 0.0

    def names_region_of(self, p: Place) -> bool:
        """The article names the first-level region town P is in, or its county ('Colchester' in a
        story that names Essex: most British towns share one broad region, England, so only the
        county tells them from their namesakes as a US state does)."""
        region = telling_region(p)
        return bool(region and self.regions[region] or p.county and self.counties[p.county])


def telling_region(p: Place) -> str | None:
    """The first-level region of town P, unless it holds most of its country's towns (England):
    being in it says no more than being in the country."""
    return p.admin if p.admin not in gazetteer().broad else None


def _context(reading: dict[str, Place], skip: str) -> _Context:
    """The current reading of every toponym but SKIP and its variants ('SPRINGFIELD' for
    'Springfield', or 'Montgomery County History Center' for 'Montgomery County Democrats': a
    name reaching the same places): no toponym may vote for itself."""
    ctx = _Context(Counter(), Counter(), Counter(), [], Counter())
    skipped, own = read_key(skip), _places_named(skip)
    for name, p in reading.items():
        if read_key(name) == skipped or own and _places_named(name) == own:
            continue
        if p.cc:
            ctx.countries[p.cc] += 1
        if p.level == "city":
            ctx.points.append(p)
            if region := telling_region(p):
                ctx.town_regions[region] += 1
        elif p.admin:
            ctx.regions[p.admin] += 1
        if p.level == "admin2":         # a county is small: the towns near its centre are in or by it
            ctx.points.append(p)
            ctx.counties[county_of(p.cc, p.name)] += 1
    return ctx


def _score(p: Place, ctx: _Context | None) -> float:
    """Prior plus the support the article's other toponyms give to this reading."""
    if ctx is None:
        return p.prior
    country = CONTEXT_COUNTRY * ctx.country_support(p.cc)
    if p.level == "admin2" and p.admin and ctx.regions[p.admin]:    # 'Daviess County' in a story of Kentucky
        return p.prior + CONTEXT_ADMIN * ctx.region_support(p.admin) + country  # above a namesake where its towns are
    if p.level not in ("city", "airport"):
        return p.prior + country + CONTEXT_NEAR * bool(p.admin and ctx.town_regions[p.admin])
    s = p.prior + (CONTEXT_ADMIN if ctx.names_region_of(p) else country)
    if any(q.gid != p.gid and (not q.capital or p.level == "airport") and _near(p, q) for q in ctx.points):
        return s + CONTEXT_NEAR     # a capital is named for its government, but an airport for the city it serves
    region = telling_region(p)
    return s + CONTEXT_SAME_REGION * bool(region and ctx.town_regions[region])


def _best(cands: list[Place], ctx: _Context | None, name: str = "") -> Place | None:
    """The best-scoring reading; a foreign country the article does not otherwise speak of
    yields to a region of the same name in a country it does ("Georgia" among US places), and a
    town to the world city NAME means (``_world_city``), and a town read by another of its names to
    the town known abroad whose own name NAME is, however small the gap (``_own_name``)."""
    best = max(cands, key=lambda p: _score(p, ctx), default=None)
    if best is None or ctx is None:
        return best
    world = _world_city(cands, name)
    if world and best.level in ("city", "airport") and world.prior - best.prior >= WORLD_CITY_GAP \
            and not _strongly_supported(best, ctx, nearness=False):
        return world
    known = _world_city(cands, name, STRICT_PRIOR) or _region_over_village(cands, best, name)
    gap = KNOWN_ABROAD_GAP if _own_name(best, name) else 0.0
    if known and best.level in ("city", "airport") and known.prior - best.prior >= gap \
            and not _namesake_kept(best, known, ctx):
        return known
    if best.level != "country" or ctx.countries[best.cc]:
        return best
    domestic = [p for p in cands if p.level in ("admin1", "admin2") and ctx.country_support(p.cc) == 1]
    return max(domestic, key=lambda p: _score(p, ctx)) if domestic else best


def _own_name(p: Place, name: str) -> bool:
    """NAME is town P's own name or the first words of it ('Newcastle' of Newcastle upon Tyne), not
    another of its names: Richmond, Virginia is also called 'Manchester' (a quarter of it) in the
    gazetteer, and so read it beats the town known abroad by that name only as that town's namesakes
    would (``_best``: by no gap at all)."""
    own, k = key(p.name), key(strip_the(name))
    return not name or own == k or own.startswith(k + " ")


def _namesake_kept(p: Place, known: Place, ctx: _Context) -> bool:
    """Town P, smaller namesake of the place KNOWN abroad, is what the article means: supported
    locally (``_locally_supported``) — or strongly (``_strongly_supported``) when the article names
    KNOWN's own, other country too or KNOWN is a region: 'Dutch authorities seized servers in Rotterdam' is no town of New
    York State because the page names New York City, a town of the same broad state; a page of New
    England tours that names Britain keeps Plymouth by Providence."""
    strong = known.level == "admin1" or known.cc != p.cc and ctx.countries[known.cc]
    return _strongly_supported(p, ctx) if strong else _locally_supported(p, ctx)


def _strongly_supported(p: Place, ctx: _Context, nearness: bool = True) -> bool:
    """The article names town P's county, or P's region is the one region it names most: a region
    named once among several ('Texas' in a list of conference towns) does not make 'Paris' Paris,
    Texas, though it would tell two small namesakes apart. Nearness counts only within COUNTY_KM, and
    only to a county the article names ('Virginia' by Cavan; Melbourne, Derbyshire is no county town of
    Powys) or to a town that is the biggest of its name ('Plymouth' by Providence and Hyannis), not to
    another namesake: namesakes lie near each other and vote for each other ('Boston, London, Berlin'
    as towns of New England and New Jersey). Without NEARNESS (a city of millions against its namesake)
    only the county or the region named most count."""
    region = telling_region(p)
    top = ctx.regions.most_common(2)
    only_top = bool(top) and (len(top) == 1 or top[0][1] > top[1][1]) and top[0][0] == region
    return bool(p.county and ctx.counties[p.county]) or only_top or nearness and any(
        q.gid != p.gid and km(p.lat, p.lon, q.lat, q.lon) <= COUNTY_KM and (q.level == "admin2" or _biggest_of_its_name(q))
        for q in ctx.points)


def _biggest_of_its_name(q: Place) -> bool:
    """Town Q is the biggest place its own name may mean: read so, it is no namesake of another."""
    return all(c.prior <= q.prior + PRIMARY_NAME_BONUS for c in candidates(q.name))


def _region_over_village(cands: list[Place], best: Place, name: str) -> Place | None:
    """The first-level region NAME is the own name of, when BEST is a village (no town known abroad)
    outside it: 'Scotland', 'Madeira' or 'Maine' read as a village of Pennsylvania, Ohio or Illinois
    on the article's country alone is the region the world knows by that name (``_best`` keeps the
    village where the article names its region, a town of it or a place near it: 'SITE Santa Fe, New
    Mexico', 'Mesa Verde National Park, Durango, Taos and Santa Fe'). A village inside the region
    keeps its reading ('Cavan' in County Cavan is near enough either way), and so does a name that
    is also a common noun or a given name ('Delta' is an airline or a river's mouth before it is a
    Nigerian state; 'Victoria' a person before she is an Australian state: ``_stray`` reads her)."""
    from ..entities.lexicon import is_common_noun  # the gazetteer's one way back (test_layout)
    k = key(strip_the(name))
    if best.level != "city" or best.prior >= STRICT_PRIOR or not k or is_common_noun(k) \
            or is_given_name(strip_the(name)):
        return None
    regions = (p for p in cands if p.level == "admin1" and p.admin and p.admin != best.admin)
    return next((p for p in regions if key(p.name) == k), None)


def _locally_supported(p: Place, ctx: _Context) -> bool:
    """The article names town P's region or county, a town in its region or a place near it: more
    than its country speaks for it."""
    region = telling_region(p)
    return ctx.names_region_of(p) or bool(region and ctx.town_regions[region]) \
        or any(q.gid != p.gid and _near(p, q) for q in ctx.points)


def _world_city(cands: list[Place], name: str, floor: float = WORLD_CITY_PRIOR) -> Place | None:
    """The city of millions (with the gazetteer's capital bonus) that NAME is the own name of, when
    it is the biggest of CANDS: known the world over, so the name means it, not a namesake a hundred
    times smaller (WORLD_CITY_GAP), unless the text names the namesake's region ('Paris' with
    'Texas') or qualifies it ('London, Ontario'). The article's country alone, or nearness to other
    namesakes, is no such sign: 'share prices in London, Frankfurt and Paris' in a story of the US
    election are no towns of Kentucky, though those lie near each other. A city's old or other name
    ('Salisbury' for Harare) is no world city's name. With FLOOR the prior of a town known abroad
    (``gazetteer.STRICT_PRIOR``, 100,000 people), the town known abroad by NAME (``_best``: it beats a
    namesake six times smaller that only the article's country supports, KNOWN_ABROAD_GAP: 'the
    Geneva-based WTO' in a story of US farm subsidies is no Geneva, Illinois, nor a British soldier's
    'Parachute Regiment in Colchester' Colchester, Vermont, in a story of US forces)."""
    top = max(cands, key=lambda p: p.prior, default=None)
    if top is None or top.level != "city" or top.prior < floor:
        return None
    return top if name and key(top.name) == key(strip_the(name)) else None


# a region's name of one or two words, not a possessive ('Orange, France's biggest telecoms firm')
_QUALIFIER = re.compile(r"(?:,| in(?: the)?)\s+([A-Z][\w.]*(?: [A-Z][\w.]*)?)(?!\w|['’]s\b)")


def comma_qualified(toponyms: list[str], text: str) -> tuple[tuple[str, str], ...]:
    """Each town of TOPONYMS that TEXT writes right before a comma or 'in' and the region or country it
    is in, as (toponym, 'Town, Region'): 'Paris, France', 'Dublin, Ireland', 'Carmel, CA', 'Manchester,
    N.H.', 'Zalingei in Central Darfur' — news names the state or country after a town to say which
    namesake it means, and NER tags the two apart (``_qualifier_after``)."""
    pairs = ((t, _qualifier_after(t, text)) for t in (toponyms if text else ()))
    return tuple((t, f"{t}, {q}") for t, q in pairs if q)


def _qualifier_after(toponym: str, text: str) -> str | None:
    """The country or first-level region TEXT first writes after TOPONYM and a comma or 'in', where one
    of TOPONYM's towns lies: only for a name that is no country or region itself ('Washington, Georgia'
    is a list of two states), and only a region holding a namesake ('Toronto, Singapore' is a list)."""
    cands = candidates(toponym)
    if "," in toponym or not cands or any(p.level not in ("city", "airport", "admin2") for p in cands):
        return None
    for m in re.finditer(r"(?<![\w-])" + re.escape(toponym) + r"(?![\w-])", text):
        after = _QUALIFIER.match(text, m.end())
        words = after.group(1) if after else ""
        for q in dict.fromkeys((words, words.split()[0])) if words else ():
            if _inside(cands, q):
                return q
    return None


def town_qualified_at(toponym: str, text: str, at: int) -> bool:
    """TEXT goes on at offset AT, right after TOPONYM, with a comma or 'in' and a country or first-level
    region that holds a town of that name ('reached Zalingei in Central Darfur', 'Novi Pazar, Serbia'):
    the name is that town, whatever else it may be."""
    after = _QUALIFIER.match(text, at)
    towns = [p for p in candidates(toponym) if p.level in ("city", "airport")]
    return after is not None and bool(towns) and any(
        _inside(towns, q) for q in dict.fromkeys((after.group(1), after.group(1).split()[0])))


_UNIT_AFTER = re.compile(r"[ \t]+([a-z]+)\b")


def region_named_at(name: str, text: str, at: int) -> bool:
    """TEXT goes on at offset AT, right after NAME, with a lower-case word of a first-level unit and
    NAME with it is a region the gazetteer holds ('in the Kherson region', 'the Tigray region',
    'Idlib province'; place_words().suffixes): NER tagged the name alone, as a person more often than not."""
    after = _UNIT_AFTER.match(text, at)
    unit = after.group(1) if after else ""
    return "admin1" in place_words().suffixes.get(unit, ()) and any(
        p.level in ("admin1", "region") for p in candidates(f"{name} {unit}"))


def shares_country(name: str, place: str) -> bool:
    """The gazetteer holds a town or region named NAME in the country PLACE, read alone, is or lies in
    ('Novi Pazar' listed with 'Raska', a district of Serbia)."""
    where = _best(candidates(place), None)
    return where is not None and where.cc is not None and any(
        p.cc == where.cc and p.level in ("city", "admin1", "admin2") for p in candidates(name))


def _inside(cands: list[Place], qualifier: str) -> list[Place]:
    """The places of CANDS inside the country or first-level region QUALIFIER names: by name
    ('Texas', 'Calif.', 'France') or by the region's ISO 3166-2 code ('CA', 'NH', 'ON': the codes of US
    states are their postal codes); or near the point of a region of one country that is no unit of it
    ('Khan Younis in the Gaza Strip')."""
    code = qualifier.replace(".", "")
    if code.isupper() and 2 <= len(code) <= 3:
        coded = [p for p in cands if p.admin and p.admin == f"{p.cc}-{code}"]
        if coded:
            return coded
    outer = [o for o in candidates(qualifier) if o.level in ("country", "admin1") or o.level == "region" and o.cc]
    return [p for p in cands if any(o.cc == p.cc and _holds(o, p) for o in outer)]


def _holds(region: Place, p: Place) -> bool:
    """REGION, a country, a first-level region or a region of one country, holds place P of its country."""
    if region.level == "region":
        return _near(region, p)
    return region.level == "country" or region.admin == _region_of(p)


def _region_of(p: Place) -> str | None:
    """The first-level region town P lies in: its own (``Place.admin``), else, for a town whose GeoNames
    region the packaged data links to no ISO 3166-2 code (Sudan's newer states, Central Serbia),
    the one of its country whose point lies nearest — said only to tell whether a region a text names
    after the town holds it ('Zalingei in Central Darfur')."""
    if p.admin or p.level not in ("city", "airport"):
        return p.admin
    regions = [r for code, r in gazetteer().admins.items() if r.cc == p.cc and r.level == "admin1"]
    return min(regions, key=lambda r: km(p.lat, p.lon, r.lat, r.lon)).admin if regions else None


def _split_qualified(toponym: str) -> tuple[str, str] | None:
    """'Paris, Texas' -> ('Paris', 'Texas'): a place and the region or country it is in."""
    m = re.match(r"^([^,]+),\s*([^,]+)$", toponym.strip())
    return (m.group(1), m.group(2)) if m else None


def _names(toponyms: list[str]) -> tuple[str, ...]:
    """The article's toponyms, each once, in order (blanks left out)."""
    return tuple(dict.fromkeys(t for t in toponyms if t and t.strip()))


@lru_cache(maxsize=8)
def _reading(names: tuple[str, ...], text: str) -> dict[str, Place]:
    """Each toponym's reading in the light of the others and of the towns TEXT qualifies after a
    comma: one per article, which the whole document, its focus and each paragraph's town share."""
    return _read(names, comma_qualified(list(names), text))


def geocode_document(toponyms: list[str], text: str = "", hosted: Collection[str] = ()) -> dict[str, Geo | None]:
    """Resolve every toponym of one article, each read in the light of the others.

    A first pass takes each toponym's most likely reading alone; later passes re-read each
    one with the countries, regions and places the *other* toponyms name in the last pass.
    A town the article's TEXT qualifies ('Paris, France', 'Carmel, CA') is read in the region or
    country written after it (``comma_qualified``). A toponym the gazetteer lacks is None
    (``article_focus`` says where the article's streets and buildings are), and so is one the text
    writes only as the head of a longer name (``_part_of_a_name``) unless the caller found that name
    (HOSTED: toponyms inside the names of organisations or works the caller knows, whose mentions it
    keeps as parts of those names, which no place of the ledger is).
    """
    names = _names(toponyms)
    reading = _reading(names, text)
    return {t: reading[t].geo() if t in reading and not _stray(t, reading) and not _far_venue(t, reading, text)
            and (t in hosted or not _part_of_a_name(t, reading, text)) else None for t in names}


def article_regions(toponyms: list[str], text: str = "") -> list[Place]:
    """The countries and first-level regions the article's placed TOPONYMS lie in or are, each once,
    in the order of the toponyms read: what a region's or a country's initials that the gazetteer
    holds for no place stand for ('in WA' of a story of Rockingham and Perth, 'post-apartheid SA' of
    one of South Africans and Limpopo). A stray reading (a village abroad) says nothing."""
    names = _names(toponyms)
    reading = _reading(names, text)
    gz = gazetteer()
    out: dict[tuple[str | None, str], Place] = {}
    for t, p in reading.items():
        if _stray(t, reading):
            continue
        for q in (gz.countries.get(p.cc or ""), gz.admins.get(p.admin or "")):
            if q is not None and q.level in ("country", "admin1"):
                out.setdefault((q.cc, q.name), q)
    return list(out.values())


def _far_venue(toponym: str, reading: dict[str, Place], text: str) -> bool:
    """TOPONYM reads as a small town (not known abroad) that nothing of the article's places near,
    though TEXT writes it only as a thing is written, after a lower-case 'the' and at the head of its
    phrase ('a final at the Maracana', 'a room at the Berkeley'): a stadium, a hall or a hotel named
    like a village far away (Maracanã in Pará for Rio's stadium) is no place there. A town that
    'the' only opens a phrase for ('the Brixton riots', 'the Sedgefield constituency') is the town, and
    compass words are no venue ('the West': ``_stray``)."""
    p = reading[toponym]
    if p.level != "city" or p.prior >= STRICT_PRIOR or not text or _compass_words(toponym):
        return False
    return _written_as_a_venue(toponym, text) and not _locally_supported(p, _context(reading, toponym))


def venue_set_aside(toponym: str, toponyms: list[str], text: str) -> bool:
    """TOPONYM, one of the article's TOPONYMS, is a venue whose namesake town the geocoder set aside
    (``_far_venue``): it stands where the article's buildings are."""
    reading = _reading(_names(toponyms), text)
    return toponym in reading and _far_venue(toponym, reading, text)


def _written_as_a_venue(name: str, text: str) -> bool:
    """NAME is written in TEXT only as a thing is (``_written_as_a_thing``: 'the final at the Maracana')."""
    name = strip_the(name).strip()
    found = list(re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text)) if name else []
    return bool(found) and all(_written_as_a_thing(text, m.start(), m.end()) for m in found)


_THE_BEFORE = re.compile(r"(?<![\w-])the\s+$")
_LOWER_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)")


def _written_as_a_thing(text: str, start: int, end: int) -> bool:
    """The name at START..END of TEXT follows a lower-case 'the' and heads its phrase, or modifies a
    noun whose first WordNet sense is an artifact: it names a thing ('at the Maracana on Sunday',
    'the Maracana stadium'), not a town that modifies a noun of another kind ('the Brixton riots')."""
    if not _THE_BEFORE.search(text[max(0, start - 5):start]):
        return False
    after = _LOWER_WORD_AFTER.match(text, end)
    return after is None or after.group(1) in STOP_WORDS or first_class(after.group(1)) == "artifact"


_NAME_GOES_ON = re.compile(r"[ \t]+([A-Z][\w'’&.-]*)")     # the next word, capitalised, on the same line


def _part_of_a_name(toponym: str, reading: dict[str, Place], text: str) -> bool:
    """TOPONYM is written in TEXT only as the first words of a longer name ('Amazon Web Services',
    'Man With A Van', 'Batman Chair', 'San' of 'San Angelo' where NER cut the name), and none of
    the article's other places is in its reading's country: a firm, a work or a thing named after
    a place, or a place NER cut short, is no place there (issue 13: 'a place name inside another
    thing's name'). Where the article's places share the country ('the Jamaica Cancer Society' in
    a story of Kingston, 'Michigan Technological University' among US towns) the place the name
    holds keeps its point: such names mostly say where the thing is. So do a country's or a
    continent's name ('Air Canada Cargo'), a people's adjective ('the African National Congress')
    and a town known abroad ('Belfast Magistrate's Court') unless its name is a common noun too ('Man',
    'Mobile'): only lesser towns, regions and features that stand alone in the article are taken for the thing."""
    from ..entities.lexicon import is_common_noun  # the gazetteer's one way back (test_layout)
    p, k = reading[toponym], key(strip_the(toponym))
    known = p.level == "city" and p.prior >= STRICT_PRIOR and not is_common_noun(k)
    if not text or known or p.level in ("country", "continent") or k in demonym_keys() \
            or _context(reading, toponym).countries[p.cc]:
        return False
    found = list(re.finditer(r"(?<![\w-])" + re.escape(toponym.strip()) + r"(?![\w-])", text))
    return bool(found) and all(_name_goes_on(toponym, text, m.end()) for m in found)


def _name_goes_on(toponym: str, text: str, at: int) -> bool:
    """TEXT goes on at AT with a capitalised word on the same line that is no word of a place's own
    name ('Kent County', 'New York City' are places the gazetteer holds; 'Paris Texas' a qualified town)."""
    after = _NAME_GOES_ON.match(text, at)
    if after is None:
        return False
    word = after.group(1)
    return not is_place_name(f"{toponym.strip()} {word}") and not candidates(word) \
        and key(word) not in keyed(place_words().generic_words)


def _stray(toponym: str, reading: dict[str, Place]) -> bool:
    """TOPONYM's reading is a small town (not known abroad), a lesser region that stands for as few
    people (a parish of Jersey: ``gazetteer.lesser_unit_prior``), an airport or a county (below the
    regions ISO 3166-2 lists: 'Blackpool' alone is Blackpool) in a country none of the article's
    other places is in: a place the gazetteer lacks, read as a village or county
    abroad that shares its name ('Yorkshire', a village of New York, in a story of English towns;
    'Essex County' of Massachusetts for Essex County Council), is better unplaced. So is a region
    named by compass words alone ('the South East', 'the West'): news writes them for parts of its
    own country or for no place at all, not for the province of a country the article does not name;
    and a region known only through the one a direction word narrows ('East Midlands' read as the
    Midlands of Zimbabwe in a story of English places), or one named by a common noun ('the Midlands'
    itself: ``_region_named_by_a_word``). Compass words alone never name a town
    ('its image in the West' is no West, Texas, even in a story of American cities)."""
    p = reading[toponym]
    if _village_named_like_a_person(toponym, p):
        return not _locally_supported(p, _context(reading, toponym))
    county = p.level == "admin2" and gazetteer().admins.get(p.admin or "") != p   # not one ISO 3166-2 lists
    compass = _compass_words(toponym)
    if compass and p.level in ("city", "airport"):
        return True
    inferred = p.level in ("admin1", "admin2", "city") and narrowed(toponym)   # not a country nor 'Northern Europe'
    village = p.level in ("city", "airport", "admin2") and p.prior < STRICT_PRIOR   # a parish of Jersey too
    if not county and not compass and not inferred and not village and not _region_named_by_a_word(toponym, p):
        return False
    ctx = _context(reading, toponym)
    return (compass or bool(ctx.countries)) and not ctx.countries[p.cc]


def _region_named_by_a_word(toponym: str, p: Place) -> bool:
    """P is a first-level region whose name TOPONYM is a common noun of land too, its first WordNet
    sense (of it or of its singular) a location or a natural object ('the Midlands', 'Centre',
    'Islands', 'Plateau'): news writes such words for a part of its own country or of another place's
    name ('the Midlands' of England, which the gazetteer lacks, read as Zimbabwe's province; India's
    government as 'the Centre' read as Burkina Faso's), so the region abroad is meant only where the
    article names another place of its country (``_stray``). 'Wales' (a wale is a ridge of cloth) is
    no such word, and a region named after its town known abroad ('Van', the Turkish province and its
    city) is that town's."""
    name = strip_the(toponym)
    word = key(name)
    sense = first_class(word) or (first_class(word[:-1]) if word.endswith("s") else None)
    return p.level == "admin1" and sense in ("location", "object") \
        and not any(c.level == "city" and c.prior >= STRICT_PRIOR for c in candidates(name))


def _village_named_like_a_person(toponym: str, p: Place) -> bool:
    """TOPONYM is one word, a given name (``names.is_given_name``), read as a town not known abroad:
    'his girlfriend Olivia', 'a stylist, Alexandra' are people before they are Olivia, Minnesota. Such
    a town is placed only where the article names its region or county, a town of its region or a
    place near it (``_stray``)."""
    return p.level == "city" and p.prior < STRICT_PRIOR and " " not in toponym.strip() \
        and is_given_name(strip_the(toponym))


def _compass_words(toponym: str) -> bool:
    """TOPONYM is only compass or direction words ('South East', 'the West', 'North-West')."""
    words = re.split(r"[\s-]+", strip_the(toponym).strip())
    return bool(words) and all(key(w) in keyed(place_words().direction_words) for w in words)


def article_focus(toponyms: list[str], text: str) -> Geo | None:
    """Where an article's unnamed streets, halls and local institutions are: the town among
    its TOPONYMS it names most often in TEXT, as a Geo of level 'local'; None without one."""
    focus = _focus_town(_reading(_names(toponyms), text), text)
    return Geo(focus.lat, focus.lon, focus.cc, "local", None, focus.name) if focus else None


def paragraph_town(toponyms: list[str], text: str, at: int) -> Geo | None:
    """Where a street, hall or feature the gazetteer lacks, written in TEXT at offset AT, stands: the
    town among TOPONYMS written last before it in its own paragraph (a line of TEXT), as a Geo of
    level 'local'; None without one. A page that walks through many towns ('you'll make your way to
    Sacramento ... a choice of visiting the Crocker Art Museum') has its halls in the town it is
    at, not in the one it names most (``article_focus``: a tour of the US placed every park and
    museum at Monterey; Kyoto's bamboo forest and Osaka's Den-Den Town at Tokyo). Only a town known abroad
    (``gazetteer.STRICT_PRIOR``) written as a name of its own counts: a lesser town's reading is too often
    a namesake ('Oakville' of Napa read in Connecticut, 'Midtown' in Tennessee), and a town opening a longer
    name is none ('Buffalo Bayou' in Houston). As for the focus, only towns of the article's main country
    count (a story of Tunisia's Mount Chaambi that names NATO's Brussels in the same paragraph)."""
    return town_before(toponyms, text, at, text.rfind("\n", 0, at) + 1)


def town_before(toponyms: list[str], text: str, at: int, start: int = 0) -> Geo | None:
    """The town among TOPONYMS written last before offset AT of TEXT from offset START on (the
    article's start: the town nearest before a building it names), known abroad, of the article's
    main country and written as a name of its own (``paragraph_town``), as a Geo of level 'local'."""
    reading = _reading(_names(toponyms), text)
    country = _main_area(reading)[0]
    last: tuple[int, Place] | None = None
    for name, p in reading.items():
        if p.level != "city" or p.cc != country or p.prior < STRICT_PRIOR or _stray(name, reading):
            continue
        for m in re.compile(r"(?<![\w-])" + re.escape(name.strip()) + r"(?![\w-])").finditer(text, start, at):
            if (last is None or m.start() > last[0]) and not _name_goes_on(name, text, m.end()):
                last = (m.start(), p)
    return Geo(last[1].lat, last[1].lon, last[1].cc, "local", None, last[1].name) if last else None


def sentence_town(toponyms: list[str], text: str, at: int) -> Geo | None:
    """The town among TOPONYMS written last before offset AT of TEXT in its own sentence, of any
    country, as a Geo of level 'local': where a venue stands ('We're doing Rio at the carnival, at the
    Maracana' in a story of British clubs). A far venue (``_far_venue``) or a stray town is no such town."""
    reading = _reading(_names(toponyms), text)
    start = max(text.rfind(mark, 0, at) for mark in (". ", "! ", "? ", "\n")) + 1
    last: tuple[int, Place] | None = None
    for name, p in reading.items():
        if p.level != "city" or _stray(name, reading) or _far_venue(name, reading, text):
            continue
        for m in re.compile(r"(?<![\w-])" + re.escape(name.strip()) + r"(?![\w-])").finditer(text, start, at):
            if last is None or m.start() > last[0]:
                last = (m.start(), p)
    return Geo(last[1].lat, last[1].lon, last[1].cc, "local", None, last[1].name) if last else None


def _focus_town(reading: dict[str, Place], text: str) -> Place | None:
    """The town the article names most often: where its unnamed streets and halls are; without
    a town, the region or country it names most often (a hall in County Cavan is in Ireland) — a
    country only when it is compact (``_compact_country``): the midpoint of China is no place for
    a dam on the Jinsha (issue 13: near the article's other places or not at all).
    A venue read as a far namesake town (``_far_venue``) is none of its towns.
    Only places of the article's main country compete ('Marigny' of France, repeated in the
    street names of a New Orleans story, is not where they are); a town of its main region
    first, then the most named, then the bigger."""
    country, region = _main_area(reading)
    for levels in (("city",), ("admin2", "admin1", "country")):
        named: Counter[Place] = Counter()
        for name, p in reading.items():
            if p.level in levels and p.cc == country and (p.level != "country" or _compact_country(p.cc)) \
                    and not _far_venue(name, reading, text):
                named[p] += max(1, len(re.findall(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text)))
        if named:
            return max(named, key=lambda p: (bool(region) and p.admin == region, named[p], p.prior))
    return None


@lru_cache(maxsize=256)
def _compact_country(cc: str | None) -> bool:
    """Every first-level region of country CC lies within COMPACT_KM of its point (Ireland, Belgium,
    Israel; not China or the UK): a building placed at that point is then near where it stands."""
    gz = gazetteer()
    point = gz.countries.get(cc or "")
    if point is None:
        return False
    return all(km(point.lat, point.lon, p.lat, p.lon) <= COMPACT_KM for a, p in gz.admins.items() if a.startswith(f"{cc}-"))


def _main_area(reading: dict[str, Place]) -> tuple[str | None, str | None]:
    """The country and the first-level region most of an article's distinct toponyms lie in
    (its subject, not the ones it names most often in passing)."""
    countries = Counter(p.cc for p in reading.values() if p.cc)
    regions = Counter(p.admin for p in reading.values() if p.admin)
    country = countries.most_common(1)[0][0] if countries else None
    region = next((r for r, _ in regions.most_common() if r.startswith(f"{country}-")), None)
    return country, region


@lru_cache(maxsize=64)
def _read(names: tuple[str, ...], qualified: tuple[tuple[str, str], ...] = ()) -> dict[str, Place]:
    """Each toponym's place, read alone and then CONTEXT_PASSES times among the others
    (cached: recovery asks about one article's toponyms many times over); a toponym QUALIFIED
    pairs with the 'Town, Region' form its text gives it. Readings that have not settled after
    the passes are read again in the light of those that have (``_settled``)."""
    written = dict(qualified)
    cands = {t: _qualified_candidates(written.get(t, t)) for t in names}
    reading = {t: p for t in names if (p := _best(cands[t], None))}
    for _ in range(CONTEXT_PASSES):
        reading = _pass(reading, cands)
    return _settled(reading, _pass(reading, cands), cands)


def _pass(reading: dict[str, Place], cands: dict[str, list[Place]]) -> dict[str, Place]:
    """Each toponym of CANDS read again in the light of the others' READING."""
    return {t: p for t in cands if (p := _best(cands[t], _context(reading, t), t))}


def _settled(reading: dict[str, Place], again: dict[str, Place], cands: dict[str, list[Place]]) -> dict[str, Place]:
    """READING, with each toponym that one more pass (AGAIN) would read otherwise read in the light of
    the settled ones alone. Two namesakes may vote for each other by turns and never settle
    ('Thornhill' and 'Overton', villages of several British counties each, in a story of Dewsbury:
    each pass moves one because the other moved), so the last pass picks their readings by its
    parity; the toponyms whose reading holds say where the article is, the moving ones do not."""
    moving = {t for t in cands if reading.get(t) != again.get(t)}
    if not moving:
        return reading
    steady = {t: p for t, p in reading.items() if t not in moving}
    out = {t: steady.get(t) or _best(cands[t], _context(steady, t), t) for t in cands}
    return {t: p for t, p in out.items() if p}


@lru_cache(maxsize=1 << 12)
def _places_named(toponym: str) -> frozenset[Place]:
    """Every place TOPONYM may name (cached: each article's context asks for each toponym's)."""
    return frozenset(_qualified_candidates(toponym))


def _qualified_candidates(toponym: str) -> list[Place]:
    """Candidates, narrowed to the named region or country for 'City, Region' toponyms;
    for a name the gazetteer lacks, those of the place it holds ('Manila Cathedral', or a
    span NER ran on: 'the Republic of Belarus Viktor Khrenin')."""
    direct = [p for p in candidates(toponym) if not _names_a_body(toponym, p)]
    parts = _split_qualified(toponym)
    if direct:
        return direct
    if not parts:
        return _inner_candidates(toponym)
    inside = candidates(parts[0])
    return _inside(inside, parts[1]) or inside


def _names_a_body(toponym: str, p: Place) -> bool:
    """TOPONYM is one word whose first WordNet sense is a group, most often a body of people
    ('Congress', 'Council', 'Police', 'Union'; also 'Grove', 'Forest'), and P a town not known abroad
    that bears it: news writing the word means the body ('urged Congress'), not Congress, Arizona.
    A town so named is read only where the text qualifies it ('Congress, Ariz.')."""
    words = key(toponym).split()
    return p.level == "city" and p.prior < STRICT_PRIOR and len(words) == 1 and first_class(words[0]) == "group"


def _inner_candidates(toponym: str) -> list[Place]:
    """Candidates of the place that owns TOPONYM ('Harare's Third Street'), else of the longest
    known place name inside it, if any. A street is often named after a town it is not in
    ('N. Bedford Drive' in Beverly Hills): none for a street. In a building's name a people
    names its owner, not where it stands ('British Embassy Tokyo'), and so does a country in a
    diplomatic mission's name ('the Embassy of the Republic of Armenia' stands in Rome)."""
    words = strip_the(toponym).split()
    holder = re.match(r"^(.+?)['’]s\s", strip_the(toponym))
    if holder and is_place_name(holder.group(1)):      # 'Harare's Third Street': the town it is in
        return candidates(holder.group(1))
    if is_street(toponym):
        return []
    building = any(map(_feature_word, words))
    mission = is_mission(toponym)
    for n in range(len(words) - 1, 0, -1):
        for i in range(len(words) - n + 1):
            sub = " ".join(words[i:i + n])
            owner = building and key(sub) in demonym_keys() or mission and is_country_name(sub)
            if not owner and not any(map(_feature_word, words[i:i + n])) and is_place_name(sub):
                return candidates(sub)
    return []


def _feature_word(word: str) -> bool:
    """WORD is a word of a street's, a feature's or a building's name ('Street', 'Lake', 'Cathedral'):
    the places room's own words (places_regions.json 'feature_words') and WordNet's buildings."""
    return key(word) in _feature_keys() or building_word(word)


@lru_cache(maxsize=1)
def _feature_keys() -> frozenset[str]:
    return keyed(place_words().feature_words)


def is_mission(name: str) -> bool:
    """NAME is a diplomatic mission's ('the British Embassy', 'Consulate General of Japan', 'the
    Indian High Commission'): a state's office in another state (places_regions.json 'mission_words')."""
    k = f" {key(name)} "
    return any(f" {w} " in k for w in keyed(place_words().mission_words))


def is_country_name(text: str) -> bool:
    """TEXT names a country ('the Republic of Armenia', 'Democratic People's Republic of Korea', 'U.S.')."""
    return any(p.level == "country" for p in candidates(strip_the(text)))


def is_street(name: str) -> bool:
    """NAME ends with a street's word, or with one and a compass point ('Hampton Avenue',
    'Eglinton Avenue West')."""
    words = name.split()
    if len(words) > 2 and key(words[-1]) in keyed(place_words().direction_words):
        words = words[:-1]
    return len(words) > 1 and key(words[-1]) in keyed(place_words().street_words)


@lru_cache(maxsize=1)
def demonym_keys() -> frozenset[str]:
    """Lookup keys of the names of peoples and their adjectives ('russian', 'americans'), less
    those that are also a country's or region's name ('Vatican')."""
    words = place_words()
    names = [d for v in country_names().values() for d in v.demonyms]
    names += [d + "s" for d in names]
    names += [d for v in words.continents.values() for d in v.demonyms] + [d for r in words.regions for d in r.demonyms]
    places = [n for v in (*country_names().values(), *words.continents.values()) for n in v.aliases]
    places += [n for r in words.regions for n in (r.name, *r.aliases)]
    return frozenset(key(n) for n in names) - {key(n) for n in places}


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
    k = read_key(t)
    if k not in gz.strict or gz.is_initials_misread(t, k):
        return False
    if k in STOP_WORDS or k in keyed(place_words().not_places) or (t.isupper() and len(t) <= 3):   # "Of", "BA"
        return any(p.level in ("country", "continent", "region") for p in gz.names[k])
    return True


def fits_context(text: str, toponyms: list[str]) -> bool:
    """True when TEXT, read among an article's sure TOPONYMS, names a place the article is
    about: a town in a region they name or near a town they name, or a known place name
    in one of their countries. Recovers the small towns NER tags as people or firms
    ("Immokalee", "Cirencester") without taking every surname that is also a village; an
    airport's short name ('flights arrived at Schiphol') is read as a town is: near the towns named."""
    t = text.strip()
    if not t or not t[0].isupper() or key(t) in STOP_WORDS or key(t) in keyed(place_words().not_places):
        return False
    cands = _qualified_candidates(t)
    if not cands:
        return False
    ctx = _context(_read(tuple(dict.fromkeys(toponyms))), t)
    best = _best(cands, ctx)
    if best is None or best.level not in ("city", "airport"):
        return is_place_name(t)
    if ctx.names_region_of(best) or ctx.town_regions[telling_region(best)]:
        return True
    if any(q.gid != best.gid and _near(best, q) for q in ctx.points):
        return True
    return is_place_name(t) and bool(best.cc and ctx.countries[best.cc])


def supported(text: str, toponyms: list[str]) -> bool:
    """True when the article's other TOPONYMS support reading TEXT as a place below the country
    level: its best reading among them lies in a region they name or near a town they name (its
    country alone is weak evidence in a story that names many places of one country). A word that
    is also a small town somewhere ('Mercury', 'Liberty') is that town only then."""
    cands = _qualified_candidates(text.strip())
    ctx = _context(_read(tuple(dict.fromkeys(toponyms))), text)
    best = _best(cands, ctx)
    if best is None:
        return False
    return bool(ctx.names_region_of(best) or ctx.town_regions[telling_region(best)]
                or any(q.gid != best.gid and _near(best, q) for q in ctx.points))


def place_name(text: str) -> str | None:
    """Canonical name of the place TEXT most likely names ('Belarusian' -> 'Belarus')."""
    best = _best(candidates(text), None)
    return best.name if best else None


def place_country(text: str) -> str | None:
    """The country code of the place TEXT most likely names ('Belarusian' -> 'BY')."""
    best = _best(candidates(text), None)
    return best.cc if best else None
