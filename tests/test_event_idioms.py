"""Idioms and word senses of the conflict family (issue 14, "Word sense and arguments"; senses28): a
verb WordNet lists with a preposition and a noun phrase ('take to heart'), a price charged, and an act
named with its doer as the subject. Sentences from the development halves a (BBC politics and business
031–510, tech 001–275, entertainment 001–130, sport 001–015 and 101–160) or written for these tests in
their style."""

from __future__ import annotations

import pytest

from newsledger.nlp.wordnet import phrase_idiom_class

from .test_events import run


@pytest.fixture(scope="module")
def nlp(parser):
    return parser


@pytest.mark.parametrize("text, verb, cls", [
    ("We saw Black America taking Bob into their hearts for the first time.", "taking", "cognition"),
    ("Voters took the warning to heart.", "took", "cognition"),
    ("The court took the evidence into account.", "took", "cognition"),
    ("The army put the prisoners to death in 1990.", "put", "social"),
    ("Police took the man into custody.", "took", None),
])
def test_a_verb_with_a_phrase_wordnet_lists(nlp, text, verb, cls):
    """WordNet's verbs of a verb, a preposition and a noun phrase are found whatever stands between
    the verb and the phrase, with a possessive read as "one's" and 'into' as the goal 'to'; 'take into
    custody' is no verb of WordNet's (the events lexicon codes it)."""
    doc = nlp(text)
    v = next(t for t in doc if t.text == verb)
    assert phrase_idiom_class(v) == cls


@pytest.mark.parametrize("text, kind, kept", [
    ("We saw Black America taking Bob into their hearts for the first time.", "COERCE", False),
    ("Police took the man into custody.", "COERCE", True),
    ("Rebels seized the town of Goma on Tuesday.", "COERCE", True),
])
def test_a_seizure_inside_an_idiom_is_none(nlp, text, kind, kept):
    """'Take to heart' is first a thought (WordNet's verb.cognition): no one is seized; a man taken
    into custody and a town seized are."""
    events, _ = run(nlp, text)
    assert any(e.type == kind for e in events) == kept


@pytest.mark.parametrize("text, kept", [
    ("Although initially free, Microsoft has not ruled out charging people who want to keep this toolkit up "
     "to date.", False),
    ("Vodafone charged users £2 a minute for the calls.", False),
    ("US prosecutors have charged nine food suppliers with helping Dutch retailer Ahold inflate earnings by more "
     "than $800m (£428m).", True),
    ("Police charged a 25-year-old man from Leeds on Friday.", True),
])
def test_a_price_charged_is_no_accusation(nlp, text, kept):
    """'Charge' is also to demand payment (WordNet's 'charge, bill'): people at large charged, or an
    amount beside the one who pays, is a price asked; a charge laid on persons counted or named, or
    with the crime after 'with', accuses."""
    events, _ = run(nlp, text)
    assert any(e.type == "ACCUSE" for e in events) == kept


@pytest.mark.parametrize("text, kept", [
    ("The participation of O'Sullivan, currently training at her base in Australia, would boost the Ireland team "
     "who won the bronze three years ago.", False),
    ("The arrival of Mourinho has boosted Chelsea.", False),
    ("The administration of President Bush has backed the plan.", True),
    ("The first deployment of NATO peacekeeping troops have arrived in Bosnia, Defense Secretary William Perry "
     "said.", True),
])
def test_an_act_named_with_its_doer_does_nothing_to_another(nlp, text, kept):
    """A party's own act as the subject ('the participation of O'Sullivan') says what the act does for
    another, an effect, no act of that party toward it; a noun that is also a group acts itself, and an
    event noun the lexicon codes (a deployment, PLOVER's dev gold AID) stands for its own event, whose
    forces arrive."""
    events, _ = run(nlp, text)
    assert bool(events) == kept
