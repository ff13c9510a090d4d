"""Offline geocoding of toponyms: countries and their other names, demonyms, regions,
continents, the population prior and the article's context."""
from __future__ import annotations

import json
import math

import pytest

from newsledger.extract.places import gazetteer, place_name
from newsledger.extract.places.geocode import (
    fits_context,
    geocode_document,
    is_place_name,
)

from .conftest import PINNED_GOLD

SEED_GOLD = PINNED_GOLD / "seed.gold.json"


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def _placed_near(toponyms: list[str], target: str, country: str, near: tuple[float, float]) -> bool:
    """Whether the article's TARGET is read in COUNTRY within 161 km of NEAR (issue 13's measure)."""
    geo = geocode_document(toponyms)[target]
    return geo is not None and geo.country == country and km(geo.lat, geo.lon, *near) <= 161


@pytest.mark.parametrize("toponyms, target, country, level, near", [
    (["Minsk", "Belarus"], "Minsk", "BY", "city", (53.9, 27.57)),
    (["Paris"], "Paris", "FR", "city", (48.85, 2.35)),
    (["Paris", "Texas", "Dallas"], "Paris", "US", "city", (33.66, -95.56)),
    (["Paris, Texas"], "Paris, Texas", "US", "city", (33.66, -95.56)),
    (["American"], "American", "US", "country", None),
    (["the Russian Federation"], "the Russian Federation", "RU", "country", None),
    (["Republic of Belarus"], "Republic of Belarus", "BY", "country", None),
    (["U.S."], "U.S.", "US", "country", None),
    (["UK"], "UK", "GB", "country", None),
    (["the Netherlands"], "the Netherlands", "NL", "country", None),
    (["Ukrainian"], "Ukrainian", "UA", "country", None),
    (["Europe"], "Europe", None, "continent", (48.69, 9.14)),
    (["Texas"], "Texas", "US", "admin1", (31.25, -99.25)),
    (["Calif.", "Los Angeles"], "Calif.", "US", "admin1", (37.25, -119.75)),
    (["Georgia", "Atlanta", "Florida"], "Georgia", "US", "admin1", (32.75, -83.5)),
    (["Georgia", "Tbilisi"], "Georgia", "GE", "country", None),
    (["China", "Texas", "Beaumont"], "China", "CN", "country", None),
    (["Middle East"], "Middle East", None, "region", None),
    (["Gulf", "Qatar"], "Gulf", None, "region", (27.0, 51.0)),
    (["London"], "London", "GB", "city", (51.51, -0.13)),
    (["northern Syria"], "northern Syria", "SY", "country", None),
    (["Orange County", "California"], "Orange County", "US", "admin1", (33.79, -117.85)),   # the county (second level)
    (["SPRINGFIELD", "Ill.", "Springfield", "Chicago"], "SPRINGFIELD", "US", "city", (39.80, -89.64)),
    (["Portland, Ore."], "Portland, Ore.", "US", "city", (45.52, -122.68)),
    (["Portland", "Oregon", "Salem"], "Portland", "US", "city", (45.52, -122.68)),
    (["Birmingham"], "Birmingham", "GB", "city", (52.48, -1.90)),
    (["Birmingham", "Alabama", "Montgomery"], "Birmingham", "US", "city", (33.52, -86.80)),
    (["Cambridge", "Massachusetts", "Boston"], "Cambridge", "US", "city", (42.37, -71.11)),
    (["London", "California", "Los Angeles", "Spain"], "London", "GB", "city", (51.51, -0.13)),
    (["Kent", "UK", "Maidstone", "Canterbury"], "Kent", "GB", "admin1", (51.2, 0.7)),
    (["the Kremlin", "Putin"], "the Kremlin", "RU", "city", (55.75, 37.62)),
    (["Manila Cathedral", "Philippines"], "Manila Cathedral", "PH", "city", (14.6, 120.98)),
])
def test_geocode_cases(toponyms, target, country, level, near):
    geo = geocode_document(toponyms)[target]
    assert geo is not None
    assert geo.country == country
    assert geo.level == level
    if near:
        assert km(geo.lat, geo.lon, *near) <= 161


def test_unknown_street_is_placed_in_the_main_town():
    from newsledger.extract.places.geocode import article_focus
    text = "Royal Street runs through New Orleans. In New Orleans, police closed Royal Street."
    assert geocode_document(["Royal Street", "New Orleans"])["Royal Street"] is None
    geo = article_focus(["Royal Street", "New Orleans"], text)
    assert geo is not None and geo.level == "local" and km(geo.lat, geo.lon, 29.95, -90.07) <= 50


@pytest.mark.parametrize("name, street", [
    ("Eglinton Avenue West", True), ("Ainsworth Parade", True), ("Main St.", True),
    ("St. Louis", False), ("West", False), ("Avenue West", False),
])
def test_is_street(name, street):
    from newsledger.extract.places.geocode import is_street
    assert is_street(name) is street


@pytest.mark.parametrize("initials", ["WA", "UN", "PA", "MO", "ST"])
def test_initials_are_no_town_written_otherwise(initials):
    assert gazetteer.candidates(initials) == []          # not Wa (Ghana), Un (India), Meaux


@pytest.mark.parametrize("initials, country", [("US", "US"), ("UAE", "AE"), ("NYC", "US"), ("DRC", "CD")])
def test_initials_the_gazetteer_writes_in_capitals_stay(initials, country):
    assert max(gazetteer.candidates(initials), key=lambda p: p.prior).cc == country


@pytest.mark.parametrize("name, others", [
    ("N. Bedford Drive", ["Beverly Hills", "Los Angeles"]),   # named after a town it is not in
    ("Hampton Avenue", ["St. Louis", "Missouri"]),
])
def test_a_street_is_not_placed_by_the_town_it_is_named_after(name, others):
    assert geocode_document([name, *others])[name] is None


@pytest.mark.parametrize("name, others, country", [
    ("British Embassy Tokyo", ["United Kingdom"], "JP"),      # the people owns it; the town holds it
    ("Harare’s Third Street", ["Morgan"], "ZW"),                # the town it belongs to
])
def test_a_buildings_or_streets_town_places_it(name, others, country):
    geo = geocode_document([name, *others])[name]
    assert geo is not None and geo.country == country


@pytest.mark.parametrize("text, toponyms, expected", [
    ("Immokalee", ["Florida", "Naples", "Fort Myers"], True),
    ("Immokalee", ["France", "Paris", "Lyon"], False),
    ("March", ["Cambridgeshire", "Peterborough", "Wisbech"], False),
    ("Abuja", ["Nigeria", "Lagos"], True),
])
def test_fits_context(text, toponyms, expected):
    assert fits_context(text, toponyms) is expected


def test_unknown_string_is_none():
    assert geocode_document(["Xqzzyvillebergshire"]) == {"Xqzzyvillebergshire": None}


@pytest.mark.parametrize("text, name", [
    ("Russian Federation", "Russia"),
    ("Belarusian", "Belarus"),
    ("the Republic of Belarus", "Belarus"),
    ("Americans", "United States"),
    ("Xqzzyvillebergshire", None),
    ("CAR", "Central African Republic"),
    ("Car", None),                          # a word, not the initials of the Central African Republic
])
def test_place_name(text, name):
    assert place_name(text) == name


@pytest.mark.parametrize("text, expected", [
    ("Belarus", True), ("Belarusian", True), ("Texas", True), ("Europe", True), ("Moscow", True),
    ("U.S.", True), ("the", False), ("Police", False), ("Of", False), ("BA", False),
    ("moscow", False), ("Americans", False), ("CAR", True), ("Car", False), ("UAE", True), ("Uae", False),
])
def test_is_place_name(text, expected):
    assert is_place_name(text) is expected


def test_seed_places():
    """Every place of the seed article's gold, read together as the article names them."""
    gold = json.loads(SEED_GOLD.read_text("utf-8"))
    places = [e for e in gold["entities"] if e.get("geo")]
    names = [a for e in places for a in e.get("aliases") or [e["name"]]]
    geos = geocode_document(names)
    for ent in places:
        want = ent["geo"]
        for alias in ent.get("aliases") or [ent["name"]]:
            got = geos[alias]
            assert got is not None and got.country == want["country"], alias
            if want.get("level") != "country":
                assert km(got.lat, got.lon, want["lat"], want["lon"]) <= 161, alias


def test_us_states_carry_their_geonames_id():
    """The ledger keeps places apart by GeoNames id: the state of Georgia is not the country."""
    geo = geocode_document(["Georgia", "Atlanta"])
    assert geo["Georgia"].level == "admin1" and geo["Georgia"].geonameid
    assert geocode_document(["Georgia", "Tbilisi"])["Georgia"].geonameid != geo["Georgia"].geonameid


def test_article_focus_falls_back_to_the_region_named():
    """Without a town, an article's unnamed halls are in the region or country it names most."""
    from newsledger.extract.places.geocode import article_focus
    text = "The meeting in Cavan Town Hall drew farmers from across Ireland. Ireland's minister attended."
    focus = article_focus(["Ireland"], text)
    assert focus.level == "local" and focus.country == "IE"
    assert article_focus([], text) is None


def test_article_focus_is_a_town_of_the_main_country():
    """Unnamed streets are in the main country's town, not in a foreign namesake the street
    names repeat ('Marigny' is a French village named four times, New Orleans twice)."""
    from newsledger.extract.places.geocode import article_focus
    text = ("Residents of the Faubourg Marigny in New Orleans gathered on Marigny Street. The Marigny "
            "Canal once ran here, Louisiana historians say; the Marigny family owned it. New Orleans "
            "officials and Baton Rouge lawmakers disagreed.")
    focus = article_focus(["Marigny", "New Orleans", "Louisiana", "Baton Rouge"], text)
    assert focus.country == "US" and focus.name == "New Orleans"


@pytest.mark.parametrize("toponyms, admin_near", [
    (["Cambridge", "Washington", "U.S."], False),          # the capital: named for its government
    (["Cambridge", "Annapolis", "Washington", "U.S."], True),   # a town beside Cambridge, Md.
])
def test_a_capital_lends_no_nearness(toponyms, admin_near):
    """Capitals are named for their governments, so being near one says little about a town:
    'Cambridge' beside 'Washington' is still the big Cambridge, but beside Annapolis the
    Maryland one."""
    geo = geocode_document(toponyms)["Cambridge"]
    assert geo.country == "US"
    assert (km(geo.lat, geo.lon, 38.98, -76.49) < 161) == admin_near


@pytest.mark.parametrize("toponyms, target, country", [
    (["Morris County", "New Jersey"], "Morris County", "US"),       # not Morris, Algeria
    (["Suffolk County", "Long Island", "New York"], "Suffolk County", "US"),   # not Suffolk, England
    (["Kerry County", "Ireland"], "Kerry County", "IE"),           # no US county: Ireland's
])
def test_a_us_county_name_is_no_foreign_town(toponyms, target, country):
    """A '... County' name some US state uses is not a foreign town of that name; the article's
    own places (here its main town or region) stand in when the gazetteer has no such county."""
    from newsledger.extract.places.geocode import article_focus
    geo = geocode_document(toponyms)[target] or article_focus(toponyms, " ".join(toponyms))
    assert geo is not None and geo.country == country


@pytest.mark.parametrize("text, toponyms, expected", [
    ("Media", ["Philadelphia", "Pennsylvania"], True),
    ("Media", ["London", "Manchester"], False),
    ("Batman", ["Diyarbakir", "Turkey"], True),
    ("Batman", [], False),
])
def test_a_word_named_like_a_town_is_supported_by_the_articles_places(text, toponyms, expected):
    from newsledger.extract.places.geocode import supported
    assert supported(text, toponyms) is expected


@pytest.mark.parametrize("toponyms, target, country, near", [
    (["Gatwick", "Stansted", "London"], "Gatwick", "GB", (51.15, -0.19)),          # an airport by its own name
    (["Orlando", "Florida", "Heathrow"], "Heathrow", "US", (28.76, -81.37)),      # the Florida town, not the airport
    (["Heathrow", "Luton", "London"], "Heathrow", "GB", (51.47, -0.46)),
    (["Schiphol Airport", "Netherlands"], "Schiphol Airport", "NL", (52.31, 4.76)),
])
def test_airports_are_placed_by_the_name_news_gives_them(toponyms, target, country, near):
    assert _placed_near(toponyms, target, country, near)


def test_an_airports_short_name_fits_the_towns_it_serves():
    """An airport NER took for a person ('flights landed at Schiphol') is read as a town is: it
    fits an article of the towns near it, not one of places far away."""
    from newsledger.extract.places.geocode import fits_context
    assert fits_context("Schiphol", ["Amsterdam", "Rotterdam", "Netherlands"])
    assert not fits_context("Schiphol", ["Chicago", "Illinois"])


@pytest.mark.parametrize("name, country, near", [
    ("Qamishli", "SY", (37.05, 41.23)),      # GeoNames: 'Al Qāmishlī'
    ("Nasiriyah", "IQ", (31.05, 46.26)),     # 'An Nāşirīyah'
])
def test_a_town_is_known_without_the_arabic_article(name, country, near):
    geo = geocode_document([name, "Syria", "Iraq"])[name]
    assert geo is not None and geo.country == country
    assert km(geo.lat, geo.lon, *near) <= 161


def test_the_article_is_stripped_only_where_arabic_is_written():
    from newsledger.extract.places.gazetteer import without_arabic_article
    assert without_arabic_article("Ash Shaţrah") == "Shaţrah"
    assert without_arabic_article("An Muileann gCearr") is None     # Irish 'the', not the Arabic article
    assert without_arabic_article("Alma") is None


def test_compass_words_alone_are_no_town():
    """'the West' of geopolitics is no West, Texas, though the story names American cities."""
    geo = geocode_document(["West", "Texas", "Dallas", "Houston"])
    assert geo["West"] is None and geo["Dallas"] is not None


def test_a_generic_word_of_an_airports_name_is_no_airport():
    """'Augusta State Airport' is not what a 'State' in the news means."""
    assert not any(p.level == "airport" for p in gazetteer.candidates("State"))


@pytest.mark.parametrize("toponyms, target, near", [
    (["Pike County", "Kentucky", "Frankfort"], "Pike County", (37.48, -82.52)),
    (["Pike County", "Ohio", "Columbus"], "Pike County", (39.07, -83.03)),
    (["Hamilton County", "Tennessee"], "Hamilton County", (35.16, -85.17)),
    # two names of one county do not vote for each other: the state named wins over a city's state
    (["Jefferson County Fair", "Jefferson County Courthouse", "Iowa", "Chicago", "Des Moines"],
     "Jefferson County Fair", (41.01, -91.96)),
    (["Polk County Jail", "Polk County Sheriff", "Iowa", "Chicago"], "Polk County Jail", (41.65, -93.62)),
])
def test_a_county_is_placed_in_the_state_the_article_names(toponyms, target, near):
    assert _placed_near(toponyms, target, "US", near)


def test_counties_of_one_state_are_read_in_the_state_named_most():
    """Counties a story of Tennessee names are Tennessee's, not Ohio's namesakes (a state with more
    towns), though each county's own first reading may have named Ohio for a moment."""
    geo = geocode_document(["Tennessee", "Knox County", "Blount County", "Sevier County", "Greene County",
                            "Hamilton County"])
    for county, near in (("Knox County", (35.97, -83.94)), ("Greene County", (36.18, -82.85)),
                         ("Hamilton County", (35.12, -85.21))):
        g = geo[county]
        assert g is not None and km(g.lat, g.lon, *near) <= 161, county


def test_a_direction_word_never_leaves_a_village_of_the_rest():
    """'West Yorkshire' is no part of Yorkshire, a New York village: with the direction word
    stripped only a region or a town known abroad may remain ('northern Syria' is Syria)."""
    assert gazetteer.candidates("West Yorkshire") == []
    assert gazetteer.candidates("northern Syria")[0].cc == "SY"


def test_a_town_near_a_named_county_is_that_countys():
    """'Virginia' beside Cavan and Ireland is the Cavan town, not the US state."""
    assert geocode_document(["Virginia", "Cavan", "Ireland"])["Virginia"].country == "IE"


def test_a_county_abroad_the_article_never_names_is_no_place():
    """'Essex County' (of Essex County Council) in a story of English airports is not the
    Massachusetts county; Daviess County beside Owensboro is Kentucky's."""
    geo = geocode_document(["London", "Essex", "Stansted", "Gatwick", "Essex County"])
    assert geo["Essex County"] is None
    assert geocode_document(["Daviess County", "Owensboro"])["Daviess County"].country == "US"


@pytest.mark.parametrize("town, region", [("Dundee", "GB-SCT"), ("Aberystwyth", "GB-WLS"), ("Armagh", "GB-NIR"),
                                          ("Antwerp", "BE-VLG")])
def test_a_towns_nation_is_its_first_level_region(town, region):
    """GeoNames' admin1 codes for Scotland, Wales or Flanders link to ISO 3166-2 by their name where
    the towns' vote cannot (the ISO regions below them are counties or provinces)."""
    assert any(p.level == "city" and p.admin == region for p in gazetteer.candidates(town))


@pytest.mark.parametrize("toponyms, target, near", [
    # a county named in a story that also names America or Australia: the town is the county's
    (["Portland", "Dorset", "US"], "Portland", (50.57, -2.44)),
    (["Perth", "Perth and Kinross", "Australia"], "Perth", (56.40, -3.43)),
    # two towns of one nation (Scotland, not all of Britain) support each other against American namesakes
    (["Aberdeen", "Glasgow", "US", "Washington"], "Aberdeen", (57.14, -2.10)),
])
def test_british_towns_are_told_from_their_namesakes_by_county_and_nation(toponyms, target, near):
    assert _placed_near(toponyms, target, "GB", near)


def test_a_region_holding_most_of_its_countrys_towns_tells_nothing_more():
    """England holds most of Britain's towns: two English towns are no neighbours for it, so a London
    story's 'Kensington' stays London's (near Chelsea), not Liverpool's bigger one."""
    assert "GB-ENG" in gazetteer.gazetteer().broad and "GB-SCT" not in gazetteer.gazetteer().broad
    geo = geocode_document(["London", "Northern Ireland", "Kensington", "Chelsea", "Bournemouth"])["Kensington"]
    assert geo is not None and km(geo.lat, geo.lon, 51.50, -0.19) <= 20


@pytest.mark.parametrize("name, others", [
    ("Embassy of the Republic of Poland", ["Lisbon", "Portugal"]),   # Poland sent it; it stands in Lisbon
    ("French Consulate", ["Quebec City", "Canada"]),
    ("Indian High Commission", ["Ottawa"]),
])
def test_a_missions_country_is_the_state_it_represents_not_where_it_stands(name, others):
    geo = geocode_document([name, *others])[name]
    assert geo is None or geo.country not in ("PL", "FR", "IN")


def test_a_building_named_after_its_country_stands_in_it():
    """Only a diplomatic mission stands abroad: a museum named after its country is in it."""
    geo = geocode_document(["National Museum of Ireland", "Dublin"])["National Museum of Ireland"]
    assert geo is not None and geo.country == "IE"


@pytest.mark.parametrize("name, country", [("Kaduna State", "NG"), ("Limpopo Province", "ZA"), ("Kedah State", "MY")])
def test_a_region_named_with_its_units_word_is_a_place_name(name, country):
    assert is_place_name(name)
    assert max(gazetteer.candidates(name), key=lambda p: p.prior).cc == country


def test_a_us_states_name_with_state_is_its_university():
    """'Michigan State beat Iowa': in the US '<state> State' names the state's university."""
    assert not is_place_name("Michigan State")


def test_a_generic_regions_name_with_its_units_word_is_no_place_name():
    """'Upper East Region' (Ghana's) or 'North West Province' (South Africa's) are, as written, any country's
    or firm's part: a region named by generic words takes no unit's word as a place name."""
    assert not is_place_name("North West Province") and not is_place_name("Upper East Region")


def test_a_lesser_region_stands_for_its_share_of_its_countrys_people():
    """A parish of a small country stands for a village's worth of people, not a city's: St
    Helena's parish 'Jamestown' no longer outranks Jamestown, New York, nor Bermuda's 'Pembroke' the
    towns of that name; a large country's lesser regions keep the lesser level's prior."""
    assert gazetteer.lesser_unit_prior(500_000, 68) < gazetteer.STRICT_PRIOR
    assert gazetteer.lesser_unit_prior(100_000_000, 80) == gazetteer.PRIOR["admin2"]
    assert geocode_document(["Jamestown"])["Jamestown"].country == "US"
    assert geocode_document(["Pembroke"])["Pembroke"].level == "city"


def test_a_parish_abroad_the_article_never_names_is_no_place():
    """A saint's name that is a parish of Jersey, in a story of Rome and the Vatican, is no place
    (the basilica NER cut short), as a village abroad would be; beside Jersey's capital it is the parish."""
    assert geocode_document(["St. Peter", "Vatican", "Rome"])["St. Peter"] is None
    assert geocode_document(["St. Peter", "St Helier", "Jersey"])["St. Peter"].country == "JE"


def test_a_word_for_a_body_of_people_is_no_village():
    """'The senators told Congress' names the legislature, not Congress, a village of Arizona, even in
    a story of American places; written with its state it is the village. A town known abroad whose
    name is such a word keeps its reading."""
    geo = geocode_document(["Congress", "Washington", "Arizona"])
    assert geo["Congress"] is None and geo["Arizona"].country == "US"
    assert geocode_document(["Congress, Ariz."])["Congress, Ariz."].name == "Congress"
    assert geocode_document(["Mission", "Texas"])["Mission"].country == "US"


def test_a_world_city_is_no_namesake_of_the_articles_country():
    """'Share prices in London, Frankfurt and Paris', in a story of the US election, name the
    world's cities, not the towns of Kentucky so named, though those lie near each other and in
    the article's country; a namesake whose region the text names keeps its reading."""
    geo = geocode_document(["London", "Paris", "US", "Washington", "New York"])
    assert geo["London"].country == "GB" and geo["Paris"].country == "FR"
    assert geocode_document(["Paris", "Texas", "Dallas"])["Paris"].country == "US"
    assert geocode_document(["Lisbon", "Europe", "United States"])["Lisbon"].country == "PT"


def test_a_world_citys_old_name_is_no_world_city():
    """'Salisbury' is an old name of Harare, a capital: no world city's own name, so the English
    town keeps its reading in a story of English places and Washington."""
    assert geocode_document(["Salisbury", "Washington", "England"])["Salisbury"].country == "GB"


def test_a_building_is_not_placed_at_a_large_countrys_midpoint():
    """Without a town or region, a dam or hall is placed at its country's point only when the
    country is compact (Ireland): China's midpoint is thousands of km from most of China."""
    from newsledger.extract.places.geocode import article_focus
    text = "China will build the Xiluodu Dam, China's second biggest, officials said."
    assert article_focus(["China"], text) is None
    assert article_focus(["Ireland"], "Cavan Town Hall, Ireland's oldest, reopened.").country == "IE"


def test_a_town_known_abroad_is_no_namesake_of_the_articles_country_alone():
    """'Washington has claimed all four were "enemy combatants"' (BBC politics, 2005, among the US,
    Guantanamo Bay, Britain), 'the Geneva-based WTO' in a story of US cotton subsidies: the country
    of the article's other places is no reason to read a city known abroad as a namesake six or more
    times smaller (Washington of Tyne and Wear, Geneva of Illinois); a namesake the article's region
    or nearby towns support keeps its reading (Oxford of Mississippi among Jackson and Tupelo)."""
    geo = geocode_document(["Washington", "Guantanamo Bay", "Britain", "UK", "London"])
    assert geo["Washington"].country == "US"
    assert geocode_document(["Geneva", "US", "Texas", "Mississippi"])["Geneva"].country == "CH"
    assert geocode_document(["Oxford", "Mississippi", "Jackson", "Tupelo"])["Oxford"].country == "US"


def test_a_town_the_text_qualifies_after_a_comma_is_in_that_region():
    """News writes the state or country after a town to say which namesake it means, and NER tags the
    two apart: 'Paris, France' on a page of tech conferences in Austin, Texas is no Paris of Texas;
    'Hanover, NH' and 'Manchester, N.H.' are New Hampshire's (a US state's ISO 3166-2 code is its
    postal code). A list ('Toronto, Singapore, Paris') qualifies nothing."""
    text = "SXSW, Austin, Texas: March 13-21. Paris, France: June 17–20, 2026 The Viva Technology conference"
    assert geocode_document(["Austin", "Texas", "Paris", "France"], text)["Paris"].country == "FR"
    text = "a small number of students for an intense bonding experience in Hanover, NH, creating a loyal alumni group"
    hanover = geocode_document(["Hanover"], text)["Hanover"]
    assert hanover.country == "US" and km(hanover.lat, hanover.lon, 43.70, -72.29) <= 30
    text = "director of college counseling at the Derryfield School in Manchester, N.H. and contributor to the NYT"
    manchester = geocode_document(["Manchester"], text)["Manchester"]
    assert manchester.country == "US" and km(manchester.lat, manchester.lon, 42.99, -71.45) <= 30
    text = "cities like New York City, Los Angeles, Montreal, Toronto, Singapore, Paris, Miami, and London"
    assert geocode_document(["Toronto", "Singapore"], text)["Toronto"].country == "CA"


def test_a_world_city_yields_only_to_a_namesake_of_the_region_named_most():
    """A city of millions is a namesake only where the article names the namesake's region more than
    any other ('Paris' with 'Texas' and Dallas), not where that region is one named among several
    ('Paris' in a page of creators' cities that names Texas, California and Florida once each)."""
    cities = ["New York City", "Los Angeles", "Montreal", "Toronto", "Singapore", "Paris", "Miami", "London"]
    assert geocode_document([*cities, "Texas", "California", "Florida"])["Paris"].country == "FR"
    assert geocode_document(["Paris", "Texas", "Dallas"])["Paris"].country == "US"


def test_a_town_known_abroad_in_a_country_the_article_names_is_that_town():
    """'Dutch authorities seized two of Perfect Privacy's servers in Rotterdam', on a page that also
    names New York: the town of New York State so named is supported only by a town of the same
    broad state, while the article names the Netherlands, so the Dutch city is meant."""
    toponyms = ["Dutch", "Rotterdam", "Netherlands", "US", "U.S.", "New York", "Washington", "UK", "Canada"]
    assert geocode_document(toponyms)["Rotterdam"].country == "NL"


def test_a_regions_own_name_is_no_village_abroad():
    """'Popular dessert wines/fortified wines: Port, Madeira, Vermouth, Sherry' on an American wine
    page is Madeira, not a village of Ohio that only the article's country supports; a village in
    the region of its name (Cavan in County Cavan) and a common noun ('Delta') keep their reading."""
    assert geocode_document(["Madeira", "Napa Valley", "California", "US"])["Madeira"].country == "PT"
    assert geocode_document(["Virginia", "Cavan", "Ireland"])["Virginia"].country == "IE"


def test_a_village_named_like_a_person_is_placed_only_near_the_articles_places():
    """'He is survived by his mother Michelle, his brother Alex and girlfriend Olivia' (a soldier's
    death in Syria): NER took the girlfriend for a place, Olivia of Minnesota, which nothing in the
    article supports; 'Shami Chakrabarti, from human rights group Liberty'. A village named like a
    person is placed where the article names its region or a place near it."""
    assert geocode_document(["Olivia", "Syria", "Manchester", "US", "Iraq"])["Olivia"] is None
    assert geocode_document(["Liberty", "UK", "Britain"])["Liberty"] is None
    assert geocode_document(["Olivia", "Minnesota", "Willmar"])["Olivia"].country == "US"


def test_a_qualifier_ends_at_its_line():
    """'Location: The Convention Centre, Dublin, Ireland' and the next line 'Focus: ...': the region
    written after the comma is 'Ireland', not 'Ireland Focus'."""
    text = "Location: The Convention Centre, Dublin, Ireland\nFocus: site reliability, systems engineering"
    assert geocode_document(["Dublin", "San Jose", "Cupertino"], text)["Dublin"].country == "IE"


def test_a_lesser_place_that_only_opens_a_longer_name_is_no_place():
    """A page of PostgreSQL documentation signed 'Amazon Web Services (contributors)' and a New York
    movers' list's 'you can trust Man With A Van' (WCXB pages, half a): the name is written only at
    the head of a longer name and nothing else in the article lies in its country — a firm named after
    a place, not the place. 'The Amazon is burning' keeps its region; a country's name ('Air Canada')
    and a people's adjective ('the African National Congress') say where the thing is."""
    aws = "Amazon Web Services (contributors) April 2024. PostgreSQL is an open source database."
    assert geocode_document(["Amazon"], aws)["Amazon"] is None
    van = "operates 25 vehicles in New York and Philadelphia. You can trust Man With A Van to move you."
    assert geocode_document(["New York", "Philadelphia", "Man"], van)["Man"] is None
    assert geocode_document(["Amazon", "Brazil"], "The Amazon is burning, Brazil said.")["Amazon"] is not None
    assert geocode_document(["Canada", "London"], "Tim Strauss of Air Canada Cargo in London.")["Canada"] is not None
    airline = "flights on Virgin Atlantic International and Vietnam Airlines"     # NER's firm: a part of it
    assert geocode_document(["Atlantic"], airline)["Atlantic"] is None
    assert geocode_document(["Atlantic"], airline, hosted={"Atlantic"})["Atlantic"] is not None


def test_a_hall_stands_in_the_town_its_paragraph_is_at():
    """'at Brooklyn's Barclays Center' in a story of New York (GeoWebNews half a): a hall the gazetteer
    lacks lies in the town written last before it in its paragraph, not in the town the article names
    most; a town of another country in that paragraph is not taken."""
    from newsledger.extract.places.geocode import paragraph_town
    text = "Police in New York charged him. New York officials said so.\n" \
           "The attack followed a news conference at Brooklyn's Barclays Center."
    toponyms = ["New York", "Brooklyn"]
    geo = paragraph_town(toponyms, text, text.index("Barclays"))
    assert geo is not None and geo.level == "local" and geo.name == "Brooklyn"
    assert paragraph_town(toponyms, text, text.index("Police")) is None      # no town before it in its paragraph
    abroad = "He spoke in Washington and New York.\nNATO met in Brussels about Mount Chaambi."
    assert paragraph_town(["Washington", "New York", "Brussels"], abroad, abroad.index("Mount")) is None


def test_a_former_state_is_a_place_of_its_own_not_its_successor(nlp):
    """ISO 3166-3's former states: 'the Soviet Union' is placed (inside its land) but is not Russia,
    nor 'East Germany' Germany, so the ledger keeps them apart."""
    from newsledger.extract.entities.find import find_entities
    text = ("Russia's president said on Monday that the collapse of the Soviet Union was a tragedy. "
            "He studied in East Germany and later lived in Germany.")
    found = {e.name: e for e in find_entities(nlp(text))}
    assert found["Soviet Union"].geo and found["Soviet Union"].geo.geonameid is None
    assert found["Russia"].geo and found["Russia"].geo.geonameid == 2017370
    assert found["East Germany"].geo and found["East Germany"].geo.geonameid != found["Germany"].geo.geonameid
    assert [p.name for p in gazetteer.candidates("USSR")] == ["Soviet Union"]


def test_a_place_inside_a_works_title_is_no_place_of_the_story(nlp):
    """'the BBC series British Isles', 'her book Small Island', 'hit film Pirates of the Caribbean'
    (BBC entertainment, half a): a place's name in the title a work's noun introduces is the work's
    word (kind 'part'), and it pulls no other place of the article toward it (an album 'Songs From
    Memphis' placed Manchester in Virginia); a name that is the subject of a clause on the noun is no
    title ('the film Ray Charles starred in')."""
    from newsledger.extract.entities.find import find_entities
    from newsledger.extract.entities.works import work_titles
    text = "The band played in Manchester on Friday. Their new album Songs From Memphis is out now."
    found = {e.name: e for e in find_entities(nlp(text))}
    assert found["Manchester"].geo and found["Manchester"].geo.country == "GB"    # was Manchester, Virginia
    assert [m.kind for m in found["Memphis"].mentions] == ["part"]
    sequel = "Plans to portray Carib Indians as cannibals in the sequel to hit film Pirates of the Caribbean were criticised."
    doc = nlp(sequel)
    assert [sequel[a:b] for a, b in work_titles(doc)] == ["Pirates of the Caribbean"]
    movie = "Spanish movie The Sea Inside from Spain won best foreign film."
    assert [movie[a:b] for a, b in work_titles(nlp(movie))] == ["The Sea Inside"]
    epic = "The Berlin Film Festival, which opens on Thursday with period epic Man to Man, will celebrate."
    assert next(epic[a:b] for a, b in work_titles(nlp(epic))).startswith("Man")   # 'epic' may be parsed an adjective
    assert work_titles(nlp("The film Ray Charles starred in was shot in Paris.")) == []
    assert work_titles(nlp("The series England won ended in Cape Town.")) == []


@pytest.mark.parametrize("text, title", [
    ("REM played accoustic versions of their hits Losing My Religion, I've Been High, Leaving New York and "
     "The One I Love to the Sheffield Arena audience on Monday.", "Leaving New York"),
    ("Other well-known albums to be recorded at the studio include Bruce Springsteen's Born In The USA, "
     "the Rolling Stones' Emotional Rescue and Paul Simon's Graceland.", "Born In The USA"),
    ("One of the songs he wrote for other singers was Wolverton Mountain, a hit in 1962.", "Wolverton Mountain"),
    ("The band's new single Black and White Town entered the chart at number 20.", "Black and White Town"),
])
def test_a_title_named_without_its_works_noun_right_before_it(nlp, text, title):
    """BBC entertainment (half a; the fifteenth held-out set's judge marked 'Leaving New York' and
    'Born In The USA' as places, wrong): a title NER tags a work after a lower-case noun ('their hits',
    'the single'), the titles listed after it, one a sentence about works predicates ('one of the songs
    ... was') or gives an artist ("Springsteen's"), or written in title case, is a title."""
    from newsledger.extract.entities.works import work_titles
    assert title in [text[a:b] for a, b in work_titles(nlp(text))]


def test_a_place_named_inside_a_title_is_a_part_of_it(nlp):
    """'Leaving New York' among a band's hits played in Sheffield: New York is the song's word."""
    from newsledger.extract.entities.find import find_entities
    text = ("REM played accoustic versions of their hits Losing My Religion, I've Been High, Leaving New York and "
            "The One I Love to the Sheffield Arena audience on Monday.")
    found = {e.name: e for e in find_entities(nlp(text))}
    assert [m.kind for m in found["New York City"].mentions] == ["part"]
    assert [m.kind for m in found["Sheffield"].mentions] == ["name"]


def test_a_place_named_outside_a_title_keeps_no_mention_inside_it(nlp):
    """issue 13 ('a piece of a work's name is no mention of the place it holds'): the show American Dad
    does not name the United States, nor the comedy show Little Britain the country filmed in; a place
    the article names elsewhere keeps only those mentions (its names and contexts are no title's). One
    named only inside a title keeps it as a part (``test_a_place_named_inside_a_title_is_a_part_of_it``)."""
    from newsledger.extract.entities.find import find_entities
    show = "The comedy show Little Britain was filmed in Britain, where its stars live."
    britain = {e.name: e for e in find_entities(nlp(show))}["United Kingdom"]
    assert [(m.span[0], m.kind) for m in britain.mentions] == [(show.rindex("Britain"), "name")]
    dad = "The animated series American Dad will be shown in the US next year, where critics have praised it."
    us = {e.name: e for e in find_entities(nlp(dad))}["United States"]
    assert [m.text for m in us.mentions] == ["US"] and us.aliases == ["US"]


@pytest.mark.parametrize("text", [
    "The comedy will be shown on Channel 5 next spring, the broadcaster said.",
    "The documentary ran on Channel Five last year, and viewers complained.",
])
def test_a_broadcaster_named_by_a_word_and_a_numeral_is_no_place(nlp, text):
    """'Channel 5' is a broadcaster, not the English Channel ('Channel' alone is the sea's name in the
    gazetteer): a place's name that NER's one name runs on into a numeral is no place, even after
    'on'. A year after a town names what is held there, and the town stays ('the London 2012 bid')."""
    from newsledger.extract.entities.find import find_entities
    assert [e.name for e in find_entities(nlp(text)) if e.geo is not None] == []
    bid = {e.name: e.geo for e in find_entities(nlp("The London 2012 bid team met in Singapore."))}
    assert bid["London"] is not None


def test_a_name_the_article_calls_a_programme_is_no_place_where_it_is_written_again(nlp):
    """A name written after the noun a programme's or a channel's name rests on ('the comedy show
    Little Britain', 'chat show', 'TV channel': WordNet's broadcast, serial and channel names) is a
    title; so is every other place the article writes it, unless used there as a place ('filmed
    across the British Isles')."""
    from newsledger.extract.entities.find import find_entities
    from newsledger.extract.entities.works import work_titles
    text = "Little Britain star Matt Lucas presented the awards. The comedy show Little Britain was also nominated."
    assert [text[a:b] for a, b in work_titles(nlp(text))] == ["Little Britain", "Little Britain"]
    britain = {e.name: e for e in find_entities(nlp(text))}["United Kingdom"]
    assert {m.kind for m in britain.mentions} == {"part"}
    isles = "The BBC series British Isles was filmed across the British Isles over a year."
    assert [isles[a:b] for a, b in work_titles(nlp(isles))] == ["British Isles"]
    mtv = "The music channel Kiss Lisbon showed the concert in Lisbon."
    assert [mtv[a:b] for a, b in work_titles(nlp(mtv))] == ["Kiss Lisbon"]


@pytest.mark.parametrize("text", [
    "The Greater London Act is clear that the seat belongs to the party.",
    "Bnei Sakhnin will play English Premiership side Newcastle United in the first round.",
    "ADVANCE WARS DS The UK Nintendo DS launch line up is still to be confirmed at time of writing.",
    "Brian McFadden with Delta Goodrem and The Thrills played last.",
    "It called for the UK to leave the European Union In his speech, Mr Kilroy Silk said so.",
])
def test_a_name_is_no_title(nlp, text):
    """NER's works that are names (BBC half a), capitals of a heading, two names joined by 'and'."""
    from newsledger.extract.entities.works import work_titles
    assert work_titles(nlp(text)) == []


def test_a_venue_named_like_a_far_village_stands_in_the_articles_town(nlp):
    """'the final at the Maracana' (the judged held-out set's class: Rio's stadium placed at Maracanã,
    a village of Pará): a name written only as a thing is, after a lower-case 'the', that reads as a
    small town nothing of the article's places near, is a venue in the town its sentence names, or
    unplaced."""
    from newsledger.extract.entities.find import find_entities
    text = "Brazil beat Argentina 3-1 in Rio de Janeiro, in the final at the Maracana on Sunday."
    venue = {e.name: e for e in find_entities(nlp(text))}["Maracana"]
    assert venue.geo is not None and venue.geo.level == "local" and abs(venue.geo.lat + 22.9) < 0.5
    elsewhere = "Brazil beat Argentina 3-1 in the final at the Maracana on Sunday. Fans in London cheered."
    assert {e.name: e for e in find_entities(nlp(elsewhere))}["Maracana"].geo is None
    riots = {e.name: e for e in find_entities(nlp("The Brixton riots shook London and Brixton."))}
    assert "Brixton" in riots and riots["Brixton"].geo is not None and riots["Brixton"].geo.country == "GB"


def test_a_town_read_by_another_of_its_names_yields_to_the_town_of_that_name():
    """GeoWebNews dev, half a: 'born in Manchester' in a story of a British soldier that also names
    Austin, Texas was Richmond, Virginia (the gazetteer's other name for a quarter of it): a town read
    by an alias beats the town known abroad whose own name it is only where the article supports it."""
    text = ("A US serviceman of Austin, Texas, died beside him. He was born in Manchester and joined his "
            "regiment in Colchester. US forces said so.")
    geo = geocode_document(["US", "Austin", "Texas", "Manchester", "Colchester"], text)
    assert geo["Manchester"] is not None and geo["Manchester"].country == "GB"


def test_a_dollars_country_is_no_place_mention(nlp):
    """'US $200', 'US$9.99', 'A$68m' (prices on web pages and in BBC business news): the code
    before a dollar names the currency, not a place of the story; 'the US $200bn deficit' is the country's."""
    from newsledger.extract.entities.find import find_entities
    text = "It costs US $200 in New York, or US$9.99 online, and A$68m in Sydney."
    names = {e.name for e in find_entities(nlp(text)) if e.geo}
    assert names == {"New York City", "Sydney"}
    deficit = {e.name for e in find_entities(nlp("The US $200bn deficit worried markets.")) if e.geo}
    assert deficit == {"United States"}


def test_a_firm_named_by_a_common_word_is_no_region(nlp):
    """'AWS is a division within Amazon', 'Many retailers view Amazon as a direct competitor' (WCXB
    pages, half a): NER's firm whose name is a common word and no country's, tagged nowhere in the
    article as a place, stays a firm though the gazetteer knows a region of its name; the Amazon that
    fires burn in stays the region."""
    from newsledger.extract.entities.find import find_entities
    text = ("It's hard to remember that Amazon was once just a scrappy e-commerce startup. "
            "Many retailers view Amazon as a direct competitor.")
    assert {e.name: e.type for e in find_entities(nlp(text))}["Amazon"] == "ORG"
    fires = {e.name: e for e in find_entities(nlp("Fires in the Amazon worried Brazil."))}
    assert fires["Amazon"].geo is not None


def test_namesakes_that_vote_for_each_other_are_read_by_the_settled_places(monkeypatch):
    """GeoWebNews dev, half a (a Dewsbury couple's life story): 'Thornhill' and 'Overton', villages of
    several British counties each, vote for each other by turns, so each pass moved one and the reading
    depended on how many passes ran. Read by the places that hold (Blackpool, Dewsbury, Middlestown),
    they are the same after any number of passes, and Overton is the village by Blackpool."""
    from newsledger.extract.places import geocode
    toponyms = ["Blackpool", "Dewsbury", "Great Yarmouth", "Thornhill", "Middlestown", "Overton", "Portugal"]
    readings = []
    for passes in (2, 3):
        monkeypatch.setattr(geocode, "CONTEXT_PASSES", passes)
        geocode._read.cache_clear()
        geocode._reading.cache_clear()
        readings.append({t: (g.lat, g.lon) for t, g in geocode_document(toponyms).items() if g})
    assert readings[0] == readings[1]
    assert km(*readings[0]["Overton"], 54.0, -2.86) < 20



def test_a_town_named_firm_listed_among_firms_or_described_as_one_is_no_place(nlp):
    """Firms are named after towns: a name the gazetteer holds only as towns, listed only among
    organisations ('Honda, Ford Motor and Toyota') or described with an organisation's noun ('the
    public relations firm Brunswick'), is the firm in every mention; a town written beside such a firm
    but used as a place ('a plant in Toyota'), and a capital listed beside firms, stay places."""
    from newsledger.extract.entities.find import find_entities
    text = ("Carmakers that build hybrids include Honda, Ford Motor and Toyota. Toyota has sold a million "
            "of them, and the public relations firm Brunswick has been hired to promote the engines.")
    types = {e.name: (e.type, e.geo) for e in find_entities(nlp(text))}
    assert types["Toyota"] == ("ORG", None) and types["Brunswick"] == ("ORG", None)
    plant = {e.name: e.geo for e in find_entities(nlp("Honda and Toyota agreed a deal. The engines will be made "
                                                      "at a plant in Toyota, near Nagoya."))}
    assert plant["Toyota"] is not None
    capital = {e.name: e.geo for e in find_entities(nlp("Shares in Honda, Nissan and Tokyo rose."))}
    assert capital.get("Tokyo") is not None


def test_a_region_named_by_a_word_of_land_abroad_is_no_place():
    """'the Midlands' of England, which the gazetteer lacks, is no province of Zimbabwe in a story of
    English towns, nor India's government 'the Centre' a region of Burkina Faso; in a story that
    names Zimbabwe's places the Midlands are that province. 'Wales' is no word of land (a wale is a
    ridge of cloth), and 'Van' is the Turkish province of a city known abroad: both stay placed."""
    english = geocode_document(["Midlands", "Merseyside", "Bristol", "Leeds"])
    assert english["Midlands"] is None and english["Leeds"] is not None
    assert geocode_document(["Centre", "Tamil Nadu", "Karnataka"])["Centre"] is None
    zimbabwe = geocode_document(["Midlands", "Harare", "Zimbabwe"])
    assert zimbabwe["Midlands"] is not None and zimbabwe["Midlands"].country == "ZW"
    assert geocode_document(["Wales", "Nairobi"])["Wales"] is not None
    assert geocode_document(["Van", "Iran"])["Van"] is not None


@pytest.mark.parametrize("text, occasion, town", [
    ("The singer will perform live at the Brit Awards ceremony in February.", "Brit Awards", None),
    ("Smith kept Jones off the podium at the Leeds Games.", "Leeds Games", "Leeds"),
    ("Cathy Freeman won the 400m at the Sydney Olympics in 2000.", "Sydney Olympics", None),
])
def test_an_occasion_named_after_its_town_is_no_place(nlp, text, occasion, town):
    """A games, a prize-giving or a festival NER tagged a facility ('the Leeds Games', 'the Brit
    Awards': a head noun of a contest, a prize or a happening by WordNet) is the occasion, not a place
    at its town; the town its name holds keeps a mention of its own, inside the occasion's name."""
    from newsledger.extract.entities.find import find_entities
    found = {e.name: e for e in find_entities(nlp(text))}
    assert found[occasion].geo is None
    if town:
        assert found[town].geo is not None and {m.kind for m in found[town].mentions} == {"part"}


@pytest.mark.parametrize("words, occasion", [
    (["Berlin", "Film", "Festival"], True),
    (["Golden", "Globe", "Awards"], True),
    (["European", "Indoor", "Championships"], True),
    (["Great", "Edinburgh", "Cross", "Country"], True),
    (["Royal", "Festival", "Hall"], False),
    (["Borough", "Market"], False),
    (["Olympic", "Park"], False),
    (["Madison", "Square", "Garden"], False),
    (["Koh", "Phi", "Phi"], False),
    (["Robot", "Hall", "of", "Fame"], False),
    (["Sydney", "Olympics"], True),
    (["Birmingham", "Grand", "Prix"], True),
    (["Olympic", "Stadium"], False),
])
def test_an_occasion_is_named_by_its_head_noun(words, occasion):
    """A name's head noun makes it an occasion when it names a contest, a prize or a title, or when
    its every WordNet sense is an act, an event or a time; a hall, a market, a park or a square is a
    place, and a letter or a state is no occasion ('Phi', 'Fame')."""
    from newsledger.extract.entities.ner_repairs import _occasion_head
    assert _occasion_head(words) is occasion


@pytest.mark.parametrize("text, name", [
    ("Subs: Carter, Ellison, Moss, Vaughan.", "Vaughan"),
    ("The line-up also features grime rapper Kano and the folk singer Laura Marling.", "Kano"),
    ("Tickets sold out in minutes, and Bono announced that the band would add a third night.", "Bono"),
])
def test_a_person_named_like_a_town_is_no_place(nlp, text, name):
    """Most surnames and many stage names are also a town or a province somewhere: a one-word name
    listed only among people, described by a person's noun in the singular, or typed a person and
    the subject of a verb of speech, is that person, with no coordinates."""
    from newsledger.extract.entities.find import find_entities
    types = {e.name: (e.type, e.geo) for e in find_entities(nlp(text))}
    assert types[name] == ("PERSON", None)


@pytest.mark.parametrize("text, name", [
    ("The tour takes in Leeds, Sheffield and Kano before the band returns home.", "Kano"),
    ("The leaders Burnley were held to a draw by Brighton on Saturday.", "Burnley"),
    ("Subs: Carter, Ellison. Vaughan is a quiet town in Ontario, and the squad trained in Vaughan.", "Vaughan"),
])
def test_a_town_beside_people_or_a_side_stays_a_place(nlp, text, name):
    """A town listed among towns stays one; a plural person's noun before a name ('the leaders
    Burnley') names a side, which this rule leaves to the place rules; a name the article also uses as
    a place keeps its coordinates."""
    from newsledger.extract.entities.find import find_entities
    geo = {e.name: e.geo for e in find_entities(nlp(text))}
    assert geo.get(name) is not None


@pytest.mark.parametrize("text, initials, region, country", [
    ("The outlet off Rockingham was closed, the Water Corporation said in Perth. "
     "Wastewater in WA is diluted before it reaches the sea.", "WA", "Western Australia", "AU"),
    ("Miners in Rustenburg and Limpopo say chiefs in post-apartheid SA hold great power.", "SA", "South Africa", "ZA"),
])
def test_a_regions_initials_are_the_region_the_articles_places_lie_in(nlp, text, initials, region, country):
    """Initials the gazetteer holds for no place ('WA' is no Wa of Ghana) that spell the name of a
    country or first-level region the article's other places lie in are that region, whatever type
    NER gave them: the ledger files them under the region's name, with its point."""
    from newsledger.extract.entities.find import find_entities
    found = {e.name: e for e in find_entities(nlp(text))}
    assert initials not in found
    assert found[region].type == "GPE" and found[region].geo is not None and found[region].geo.country == country
    assert initials in [m.text for m in found[region].mentions]


@pytest.mark.parametrize("text, initials", [
    ("The Supreme Court (SC) sat in Columbia, South Carolina, on Monday. The SC ruled that the law stood.", "SC"),
    ("Talks in Paris and Lyon were held with the SA delegation on Monday.", "SA"),
])
def test_initials_that_spell_another_name_or_no_region_of_the_article_stay_unplaced(nlp, text, initials):
    """Initials the article spells out as another of its names ('the Supreme Court (SC)', though the
    story is South Carolina's), or that spell no region its places lie in, are no place."""
    from newsledger.extract.entities.find import find_entities
    entities = find_entities(nlp(text))
    held = [e for e in entities if initials in [m.text for m in e.mentions]]
    assert all(e.geo is None for e in held)


def test_the_words_of_buildings_are_wordnets_and_no_hand_list_repeats_them():
    """The places room's words of buildings and the entity room's venue words are one list,
    WordNet's (data/wordnet_sites.json): 'theatre', 'racecourse', 'velodrome' are in it, 'house'
    (a firm, a chamber) is not, and neither hand list read beside it holds a noun of it."""
    from newsledger.extract.entities.lexicon import lexicon
    from newsledger.extract.places.lexicon import building_word, place_words
    assert all(map(building_word, ["Theatre", "racecourse", "Velodrome", "Cottage", "hotel."]))
    assert not any(map(building_word, ["House", "Street", "Centre"]))
    assert not [w for w in [*place_words().feature_words, *lexicon().venue_heads] if building_word(w)]


@pytest.mark.parametrize("text, site, town", [
    ("Thousands watched the final sprint at the Meadowbank Velodrome in Edinburgh on Sunday.", "Meadowbank Velodrome", "Edinburgh"),
    ("Ministers met union leaders at the Stormont Hotel in Belfast before the talks.", "Stormont Hotel", "Belfast"),
])
def test_a_building_named_by_a_wordnet_noun_lies_in_the_town_written_after_it(nlp, text, site, town):
    """A name ending in a noun WordNet files as a building ('Velodrome', which no hand list held) and
    written as a place lies in the town written right after it."""
    from newsledger.extract.entities.find import find_entities
    found = {e.name: e for e in find_entities(nlp(text))}
    geo, where = found[site].geo, found[town].geo
    assert geo is not None and where is not None and km(geo.lat, geo.lon, where.lat, where.lon) < 1


def test_a_building_with_no_town_written_before_it_is_placed_nowhere(nlp):
    """A building the gazetteer lacks, with no town written after it nor before it in the article,
    is placed nowhere, not at the town the article names most after it: a hall the story's people
    visit is as often another town's."""
    from newsledger.extract.entities.find import find_entities
    text = ("The band play at the Princes Theatre on April 7. Tickets cost twenty pounds.\n\n"
            "The singer, who grew up in Leeds, said Leeds had shaped his songs, and he still lives in Leeds.")
    found = {e.name: e for e in find_entities(nlp(text))}
    assert "Princes Theatre" in found and found["Princes Theatre"].geo is None
    assert found["Leeds"].geo is not None


def test_a_building_with_no_town_after_it_lies_in_the_town_written_nearest_before_it(nlp):
    """A building written with no town after it lies in the town the article writes nearest before
    it, even in an earlier paragraph, not in the one it names most."""
    from newsledger.extract.entities.find import find_entities
    text = ("Cyclists in Norwich have won three of their last five races, and fans in Norwich expect more.\n\n"
            "The team flew to Glasgow on Friday, and the doctor said the riders were fit.\n\n"
            "The final will be held at the Kelvin Hotel on Saturday.")
    found = {e.name: e for e in find_entities(nlp(text))}
    geo, town = found["Kelvin Hotel"].geo, found["Glasgow"].geo
    assert geo is not None and town is not None and km(geo.lat, geo.lon, town.lat, town.lon) < 1


@pytest.mark.parametrize("text, town, thing", [
    ("The US Anti Doping Agency decided to press charges against the sprinter on Friday.", "United States",
     "US Anti Doping Agency"),
    ("Roger Federer added the Dubai Championship trophy to his long list of successes.", "Dubai", "Dubai Championship"),
    ("The deal was thrown out by the New Zealand High Court on competition grounds.", "New Zealand",
     "New Zealand High Court"),
    ("Mark Longden of the Independent Manchester United Supporters' Association said the bid was unwelcome.",
     "Manchester", "Manchester United Supporters' Association"),
])
def test_a_place_inside_a_bodys_or_a_contests_name_is_part_of_it(nlp, text, town, thing):
    """issue 13 ('products, organisations, awards ... are not places'): a place's name that opens a
    longer name headed by a body's or a contest's noun (WordNet: a group's first sense, a contest, a
    prize or a title: 'Agency', 'Court', 'Association', 'Championship') is part of that name, no
    mention of the place, though NER tagged the place alone."""
    from newsledger.extract.entities.find import find_entities
    found = {e.name: e for e in find_entities(nlp(text))}
    assert thing in found and found[thing].geo is None
    assert {m.kind for m in found[town].mentions} == {"part"}


@pytest.mark.parametrize("text, town", [
    ("US Treasury Secretary John Snow flew to London on Monday.", "United States"),
    ("The Tokyo Tower was lit up for the anniversary.", "Tokyo Tower"),
    ("Officials in Dubai said the Championship would go ahead.", "Dubai"),
    ("She grew up in Leeds and later moved to the capital.", "Leeds"),
    ("The prop is the only uncapped player in Wales' Six Nations squad this year.", "Wales"),
])
def test_a_place_before_a_title_a_building_or_no_name_stays_a_place(nlp, text, town):
    """A title's word ('Secretary'), a building's ('Tower': where the place it holds stands), a
    name that does not follow at once, or one after the place's own apostrophe (the place's squad)
    leaves the place a place."""
    from newsledger.extract.entities.find import find_entities
    found = {e.name: e for e in find_entities(nlp(text))}
    assert found[town].geo is not None and "name" in {m.kind for m in found[town].mentions}


@pytest.mark.parametrize("toponyms, text, country", [
    (["Perth", "Scotland", "Sydney"], "She grew up in Perth in Scotland, then moved to Sydney.", "GB"),
    (["Birmingham", "Alabama", "London"], "The band played Birmingham in Alabama before flying to London.", "US"),
    (["Perth", "Sydney"], "She grew up in Perth, then moved to Sydney.", "AU"),
])
def test_a_town_written_before_in_and_its_region_is_read_there(toponyms, text, country):
    """'Perth in Scotland', 'Birmingham in Alabama': the region written after 'in' says which namesake
    the town is, as it does after a comma (the first two fail on main: Perth, Australia and
    Birmingham, England); with no region written the town known abroad stays."""
    geo = geocode_document(toponyms, text)[toponyms[0]]
    assert geo is not None and geo.country == country


@pytest.mark.parametrize("text, name, country, point", [
    ("A convoy of trucks crossed from Chad through Adre and reached Zalingei in Central Darfur on Tuesday.",
     "Zalingei", "SD", (12.91, 23.47)),
    ("Armoured units and artillery had been moved to the areas of Raska and Novi Pazar, the minister said.",
     "Novi Pazar", "RS", (43.14, 20.51)),
    ("The court upheld the verdict against the President of Republika Srpska on Tuesday. He said Republika "
     "Srpska would hold a referendum.", "Republika Srpska", "BA", (44.67, 17.37)),
])
def test_a_name_ner_took_for_a_person_or_a_firm_set_beside_its_place_is_that_place(nlp, text, name, country, point):
    """A town or region NER typed a person or a firm is placed where the text sets it beside a place it lies
    in: before 'in' and its region ('Zalingei in Central Darfur', whose Sudanese state the packaged data
    links to no GeoNames town: the region's nearest point says it), listed with a district of its country
    ('Raska and Novi Pazar'); and Bosnia's entities are its first-level regions ('Republika Srpska', which
    NER took for a person). All three are unplaced on main."""
    from newsledger.extract.entities.find import find_entities
    found = {e.name: e for e in find_entities(nlp(text))}
    geo = found[name].geo
    assert found[name].type == "GPE" and geo is not None and geo.country == country
    assert km(geo.lat, geo.lon, *point) < 50


@pytest.mark.parametrize("text, name", [
    ("Senator Elizabeth Warren spoke in Detroit on Monday. Warren in Michigan said the plan would fail.", "Elizabeth Warren"),
    ("Hyundai and Toyota in Japan cut their prices this week.", "Toyota"),
    ("Mr Hamilton in Scotland said the vote was lost.", "Hamilton"),
    ("Chelsea and Liverpool drew 1-1 at Stamford Bridge on Sunday, while Everton and Newcastle both won.", "Chelsea"),
    ("He has played for Chelsea and Liverpool and now coaches in Spain.", "Chelsea"),
])
def test_a_person_or_a_firm_before_in_and_a_region_stays_no_place(nlp, text, name):
    """Must not fire: a surname of a person the article names in full ('Warren in Michigan', though
    Michigan holds a town Warren), a firm listed with firms, a person after an honorific, a club listed
    with a club NER took for its town as a clause's sides or after 'for' (a list of places stands where
    places stand: after a locative preposition or 'the areas of')."""
    from newsledger.extract.entities.find import find_entities
    found = {e.name: e for e in find_entities(nlp(text))}
    assert found[name].geo is None and found[name].type != "GPE"


@pytest.mark.parametrize("town, region", [
    ("Bourges", "Centre-Val de Loire"),
    ("Znojmo", "Jihomoravský kraj"),
    ("Sombor", "Vojvodina"),
])
def test_a_town_of_a_region_that_groups_lesser_units_lies_in_it(town, region):
    """countrystatecity lists the towns of France by department, of Czechia by district and of
    Vojvodina by district, while GeoNames groups them by first-level region: counted in the region
    above their unit (pycountry's parent codes), they lie in it, so a small town the article names
    with its region fits it (all three lay in no region on main)."""
    assert fits_context(town, [region])


@pytest.mark.parametrize("name, region", [
    ("Kherson Oblast", "UA-65"),
    ("Donetsk region", "UA-14"),
    ("Zaporizhzhia region", "UA-23"),
])
def test_a_region_named_after_its_seat_is_the_region_the_seat_lies_in(name, region):
    """Ukraine's oblasts are written 'Khersonska oblast' in countrystatecity, while news names them after
    their seat: 'Kherson Oblast', 'the Donetsk region' are the region the town lies in (none on main)."""
    assert [p.admin for p in gazetteer.candidates(name)] == [region]


@pytest.mark.parametrize("name", ["Smith region", "London region"])
def test_no_region_is_named_after_a_small_town_or_a_broad_region(name):
    """Must not fire: a seat is a town known abroad (a Smith of Nevada names no region), and England,
    which holds most of its country's towns, is named after none of them."""
    assert all(p.level != "admin1" for p in gazetteer.candidates(name))


@pytest.mark.parametrize("text, name, country, point", [
    ("Russian drones struck villages in the Kherson region overnight, the governor said.", "Kherson", "UA", (46.64, 32.61)),
    ("Fighting continued in Donetsk Oblast near Pokrovsk, Russia's defence ministry said on Monday.",
     "Pokrovsk", "UA", (48.28, 37.18)),
    ("Israeli strikes hit Khan Younis in the Gaza Strip on Monday, the ministry said.", "Khan Younis", "PS", (31.34, 34.31)),
])
def test_a_town_or_region_named_with_its_unit_or_its_region_is_placed_there(nlp, text, name, country, point):
    """'the Kherson region' (NER tags 'Kherson' a person), a town read among the places of 'Donetsk Oblast'
    (placed in Russia on main, the oblast being no place the gazetteer held), 'Khan Younis in the Gaza Strip'
    (a person on main: a region of one country holds the towns near its point)."""
    from newsledger.extract.entities.find import find_entities
    found = {e.name: e for e in find_entities(nlp(text))}
    geo = next(e.geo for e in found.values() if name in [m.text for m in e.mentions])
    assert geo is not None and geo.country == country and km(geo.lat, geo.lon, *point) < 50
