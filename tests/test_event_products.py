"""A firm's products, goods and charts are no event (issue 14, products25): a product released is
no person or property freed, goods offered to no one are on sale, and a move in a chart is a rank.
A firm's own business coded as PLOVER codes it (ownbiz26): a purchase announced is the purchase
planned, a thing said or shown withdrawn is no retreat, and a firm's users are its public.
Sentences written for these tests in the style of technology and business news, or read in the
development halves."""

from __future__ import annotations

import pytest

from .test_events import run


@pytest.fixture(scope="module")
def nlp(parser):
    return parser


@pytest.mark.parametrize("text, kept", [
    ("Nokia released its new camera phone, the N90, in Europe on Monday.", False),
    ("Sega is expected to release new consoles in the next year.", False),
    ("Samsung is releasing a new handset that plays music and video.", False),
    ("The army freed the prisoners on Friday.", True),
    ("Iran released the British sailors' boats.", True),
    # a name a work's noun introduces is the work, whatever spaCy labelled it (objects33)
    ("Kylie Minogue released her album Body Language in 2003.", False),
    ("The rebels released the journalist Florence Aubenas in June.", True),
])
def test_a_product_released_is_no_release_of_persons_or_property(nlp, text, kept):
    """CAMEO's release (0841, 0842) frees persons or hands back seized property; its own 'release'
    block codes no event for a report or a recording put out, and a product or a work (first an
    artifact or a thing said by WordNet) is put out the same way. Prisoners freed and another
    party's boats handed back stay RETREAT."""
    events, _ = run(nlp, text)
    assert any(e.type == "RETREAT" for e in events) == kept


@pytest.mark.parametrize("text, kept", [
    ("Panasonic and Toshiba are also offering cheaper handsets.", False),
    ("Boeing will supply Japan Airlines with 30 planes.", True),
    ("Colombia offered talks to the FARC rebels.", True),
    ("Spain will supply two field hospitals before the winter.", True),
])
def test_goods_offered_to_no_one_are_on_sale(nlp, text, kept):
    """Goods (first an artifact) offered for sale with no party to receive them are a firm's business;
    a named buyer ('supply Japan Airlines'), an offer that is no good ('offered talks') and a supply
    (CAMEO's 'grant' block: aid, as test_events' field hospitals) stay."""
    events, _ = run(nlp, text)
    assert any(e.type in ("AID", "AGREE", "COOPERATE") for e in events) == kept


@pytest.mark.parametrize("text, kept", [
    ("Nintendo's Mario Kart shot straight to the top of the Japanese sales charts.", False),
    ("China has pushed the United States off the top of the list of the world's fastest computers.", False),
    ("Hamas gunmen shot two Israeli soldiers in Gaza.", True),
    ("The Security Council agreed to a six-month extension of the mandate for the force.", True),
])
def test_a_move_in_a_chart_is_no_act(nlp, text, kept):
    """A phrase whose 'of' object is a chart or a list (first a thing shown or said) places a product
    or a country in a ranking: no shooting and no request. Force on soldiers stays, and so does an
    agreement to an extension of a mandate (a thing said, but no place in it)."""
    events, _ = run(nlp, text)
    assert bool(events) == kept


@pytest.mark.parametrize("text, kind", [
    ("Microsoft said it would buy anti-virus software maker Sybari Software to improve its security.", "COOPERATE"),
    ("US retail giant Federated Department Stores is to buy rival May Department Stores for $11bn.", "COOPERATE"),
    ("The EU said it would send food aid to Aceh.", "AGREE"),
    ("Sony agreed to buy the film studio MGM.", "AGREE"),
])
def test_a_purchase_announced_is_the_purchase_planned(nlp, text, kind):
    """A firm's announced purchase (a verb of the CAMEO dictionary's purchase, sale, merger or trade
    blocks) is PLOVER's COOPERATE, planned: the transaction itself, no promise to the firm bought.
    Aid promised to a party named and a purchase agreed ('agreed to buy': the agreement is the act)
    stay AGREE."""
    events, _ = run(nlp, text)
    assert [e.type for e in events] == [kind]
    assert events[0].status == "planned" or kind == "AGREE"


@pytest.mark.parametrize("text, kept", [
    ("Labour has withdrawn two controversial posters and launched four new designs.", False),
    ("Russia withdrew two armoured vehicles from the border.", True),
    ("The US withdrew its demand for a vote.", True),
    ("Russia said on Tuesday its forces had completed their withdrawal from the Georgian town of Gori.", True),
])
def test_a_thing_said_or_shown_withdrawn_is_no_retreat(nlp, text, kept):
    """PLOVER's RETREAT withdraws forces, personnel or equipment; a body taking back its own posters
    (first a thing said or shown) withdraws no equipment. Vehicles (CAMEO's property) stay a
    RETREAT, a demand taken back stays CONCEDE (an act, no product), and so does a withdrawal named
    by the trigger's own object ('completed their withdrawal')."""
    events, _ = run(nlp, text)
    assert any(e.type in ("RETREAT", "CONCEDE") for e in events) == kept


@pytest.mark.parametrize("text, kept", [
    ("Microsoft has warned PC users to update their systems with the latest security fixes.", False),
    ("Microsoft has warned the European Commission to drop its demands.", True),
])
def test_a_request_to_a_firms_users_is_its_own_business(nlp, text, kept):
    """A firm's users are its public, as its customers are (WordNet: a consumer is a kind of user):
    advice to them is its own business. A demand on a body named stays a REQUEST."""
    events, _ = run(nlp, text)
    assert any(e.type == "REQUEST" for e in events) == kept
