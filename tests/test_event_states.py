"""Word senses told by the arguments' kinds (issue 14, "Word sense and arguments"): the passive subject of
a type that sends nothing is judged as its object is, a state found is no act of force, a gift of a
quality is no aid (a plural read as WordNet lists it: 'graphics'), a drug taken in is no seizure, and a
possessed noun the parser took for a verb names a thing. Sentences from the
development halves a (BBC politics and business 031–510, tech 001–305, entertainment 001–145, sport
001–030 and 101–160) or written for these tests in their style."""

from __future__ import annotations

import pytest

from .test_events import run


@pytest.fixture(scope="module")
def nlp(parser):
    return parser


def _types(nlp, text: str) -> list[str]:
    events, _ = run(nlp, text)
    return [e.type for e in events]


@pytest.mark.parametrize("text, kind, kept", [
    ("The Mac mini has been welcomed by Apple fans, industry experts and PC users.", "SUPPORT", False),
    ("The plan has been welcomed by the Liberal Democrats.", "SUPPORT", True),
    ("Gordon Brown's plan was backed by Nelson Mandela.", "SUPPORT", True),
    ("The offer was rejected by the Agnelli family.", "REJECT", True),
])
def test_a_passive_subject_that_is_sent_nothing_is_judged_as_an_object(nlp, text, kind, kept):
    """A stance sends nothing: its passive subject is what it is taken toward, whatever it is, and a
    thing made is no party, act or view one supports ('welcomed the Mac mini'); a plan or an offer is."""
    assert (kind in _types(nlp, text)) == kept


@pytest.mark.parametrize("text, kind, kept", [
    ("The 87-year-old was found dead last weekend in his hotel room in Florida, where he was making a film.",
     "ASSAULT", False),
    ("Iraqi police said the bodies of 12 men were found dead in Mosul.", "ASSAULT", False),
    ("The soldier was shot dead by gunmen in Baghdad.", "ASSAULT", True),
])
def test_a_state_found_is_no_act_of_force(nlp, text, kind, kept):
    """CAMEO codes 'find' + 'dead' as force (190); 'find' itself codes none: the verb reports the state
    found, not the act that made it. 'Shot dead' is coded by its verb."""
    assert (kind in _types(nlp, text)) == kept


@pytest.mark.parametrize("text, kept", [
    ("Like Toy Soldiers, from Eminem's Encore album, is sampled from Martika's 1980s hit Toy Soldiers.", False),
    ("Israel's army attacked the town of Jenin on Tuesday.", True),
])
def test_a_possessed_noun_is_no_verb(nlp, text, kept):
    """'Martika's 1980s hit': the parser made the year the noun and 'hit' a verb with no subject; a verb
    has no possessor, so the word is the noun (a song). A possessed subject of a verb stays."""
    assert ("ASSAULT" in _types(nlp, text)) == kept


@pytest.mark.parametrize("text, kept", [
    ("The army provided shelter and food to refugees.", True),
    ("The United States gave Pakistan $2bn in aid.", True),
])
def test_goods_and_money_given_are_aid(nlp, text, kept):
    """Goods, money and services given stay aid (``senses.gives_a_quality`` reads only what is of none
    of the gift kinds)."""
    assert ("AID" in _types(nlp, text)) == kept


@pytest.mark.parametrize("text, verb, quality", [
    ("The government gave the firm the chance to reply.", "gave", True),
    ("The deal gave investors confidence.", "gave", True),
    ("The army provided shelter and food to refugees.", "provided", False),
    ("The government will give aid to the flood victims.", "give", False),
    ("Britain provided relief to the survivors of the earthquake.", "provided", False),
    ("The EU gave Turkey 500m euros in aid.", "gave", False),
    ("The new console will provide graphics close to those of a film.", "provide", True),
    ("Italy will provide arms to the rebels.", "provide", False),
])
def test_a_gift_of_a_quality(nlp, text, verb, quality):
    """What is given is judged by WordNet's classes as a target is: a chance or a feeling (of no gift
    kind by its first sense or by half of its senses) is no goods, money, service or people; 'aid' is
    first a quality in WordNet but mostly an act or a holding, 'relief' first a feeling but mostly not;
    a currency unit is an amount ('euro' is first a quantity)"""
    from newsledger.extract.events.senses import gives_a_quality
    doc = nlp(text)
    v = next(t for t in doc if t.text == verb)
    assert gives_a_quality(v, "AID") == quality


@pytest.mark.parametrize("text, kept", [
    ("The Digital Screen Network will improve access for audiences across the UK.", False),
    ("The numbers were also boosted by the release of the PS2 only game Grand Theft Auto: San Andreas.", False),
    ("The EU will boost aid to Africa.", True),
    ("The UN will assist the Sudanese government in disarming the militias.", True),
])
def test_a_quality_raised_is_no_cooperation(nlp, text, kept):
    """CAMEO's blocks of easing, raising and helping code cooperation by their bare sense; done to a
    quality or an amount (WordNet's 'access', 'number': attributes) they change a state of affairs.
    Aid raised for a party, police assisted, stay."""
    assert any(t in ("AGREE", "COOPERATE") for t in _types(nlp, text)) == kept


@pytest.mark.parametrize("text, kept", [
    ("Anna Petrova took steroids given to her by Ivan Markov.", False),
    ("Anna Petrova took insulin and nandrolone given to her by Ivan Markov.", False),
    ("He took the town of Jenin after two days of fighting.", True),
    ("Police seized cocaine worth $2m at the port.", True),
])
def test_a_drug_taken_in_is_no_seizure(nlp, text, kept):
    """A seizure verb with a sense of consuming (WordNet's verb.consumption: 'take', not 'seize'), done
    by one person to a common noun first food or a substance ('steroid', 'nandrolone') takes it in,
    no property seized; a town taken and drugs seized by police stay."""
    assert ("COERCE" in _types(nlp, text)) == kept
