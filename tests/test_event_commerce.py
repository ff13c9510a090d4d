"""Trade is no event (issue 14, "Word sense and arguments"; trade29): a customer's purchase of goods,
a show given to no one and a firm paid by its customers or serving them are a market's business, not
PLOVER's deals between parties (COOPERATE, AGREE) or aid given by one party to another (AID).
Sentences written for these tests in the style of news, or read in the development halves (half a)."""

from __future__ import annotations

import pytest

from .test_events import run


@pytest.fixture(scope="module")
def nlp(parser):
    return parser


DEALS = ("AGREE", "COOPERATE", "AID")


@pytest.mark.parametrize("text, kept", [
    ("Analysts speculate that the Mac mini will be bought by iPod owners and those wanting an easy to use "
     "second home computer.", False),
    ("The Canadian Broadcasting Corporation bought Flight into Danger for $600 and screened it in 1956.", False),
    ("Nissan has bought Toyota's hybrid technology, but plans to bring out its first model only in 2006.", True),
    ("Privately-held Falic Group bought two cosmetics brands, Hard Candy and Urban Decay, from LVMH in early 2003.", True),
    ("Chinese online game operator Shanda Interactive Entertainment has bought a 20% stake in Sina.", True),
    ("US retail giant Federated Department Stores is to buy rival May Department Stores for $11bn.", True),
    ("Fiat and GM did agree to continue buying each other's engines.", True),
    ("Sony agreed to buy the film studio MGM.", True),
    ("A US firm has said it is in final negotiations with luxury goods group LVMH to buy the loss-making "
     "Christian Lacroix haute-couture house.", True),
    ("Flag carrier Air India is considering to buy 50 new aircraft from either Boeing or Airbus.", True),
])
def test_goods_bought_from_no_one_are_trade(nlp, text, kept):
    """A product or a work bought (a name labelled one, or a common noun first a thing made or shown)
    from no party and owned by none is a customer's purchase; a technology owned by a firm, brands
    bought from one, a stake, a firm, aircraft (CAMEO's property), each other's engines and a house a
    name names (a firm) bought are deals that stay."""
    events, _ = run(nlp, text)
    assert any(e.type in DEALS for e in events) == kept


@pytest.mark.parametrize("text, kept", [
    ("Earlier, the Black Eyed Peas and Alicia Keys had provided the night's other high-profile "
     "entertainment by performing in a pre-game show.", False),
    ("Japan gave Indonesia 10 million dollars in flood relief.", True),
    ("Spain will supply two field hospitals before the winter.", True),
    ("Tents and blankets were supplied by the Red Cross.", True),
    ("The US firm provided training to Iraqi police.", True),
])
def test_a_show_given_to_no_one_is_no_aid(nlp, text, kept):
    """A show given (a noun first below entertainment in WordNet) to no party, people or place is
    put on for an audience, not PLOVER's aid; money given to a state, a state's field hospitals,
    relief goods given to no one named and training given to a police force stay."""
    events, _ = run(nlp, text)
    assert any(e.type == "AID" for e in events) == kept


@pytest.mark.parametrize("text, kept", [
    ("iPod users could soon be paying Apple for each song.", False),
    ("Xbox customers will be paying Microsoft a monthly fee.", False),
    ("Google shareholders paid Microsoft for the shares.", True),
    ("Manchester United's shareholders paid Glazer for the shares.", True),
])
def test_a_firm_paid_by_its_customers_is_its_trade(nlp, text, kept):
    """A purchase or a payment by a firm's market (its users or customers, a brand the only name in
    the phrase) is trade; a firm's shareholders are that firm's, a party, and stay."""
    events, _ = run(nlp, text)
    assert any(e.type in DEALS for e in events) == kept


@pytest.mark.parametrize("text, kept", [
    ("The Cloud is offering free access to Skype users in its hotspots.", False),
    ("Boeing will supply Japan Airlines with 30 planes.", True),
    ("Russia offered tanks to Ukraine.", True),
    ("Colombia offered talks to the FARC rebels.", True),
])
def test_an_offer_to_a_firms_customers_is_its_trade(nlp, text, kept):
    """An offer or a gift whose only takers are a firm's users or customers (a brand the only name in
    the phrase, on the verb or on its object) is a firm's service to its market; an airline supplied,
    a state offered tanks and rebels offered talks stay."""
    events, _ = run(nlp, text)
    assert any(e.type in DEALS for e in events) == kept
