"""A contest is no event; a sports body named by its sport and its country is a body (issue 14,
contests28). Sport and entertainment news write contests with the verbs of competing, which
CAMEO's dictionary codes as force or as pledges, and name national sports bodies after their
country ('Athletics Kenya'), which NER tags as the country. Sentences read in the development half
a of BBC sport (files 001–015, 101–160) and entertainment news, or written for these tests."""

from __future__ import annotations

import pytest

from .test_events import _analysed, _first_parties, run


@pytest.fixture(scope="module")
def nlp(parser):
    return parser


FORCE = ("ASSAULT", "COERCE", "SEIZE")


@pytest.mark.parametrize("text", [
    '"I plan to defend my 100m world title in Helsinki in August," said Kim Collins.',
    "Amelie Mauresmo will defend her championship in Paris next month.",
])
def test_a_title_contested_is_no_event(text):
    """A champion's status by WordNet ('title', 'championship') as a verb's object is contested: no
    pledge (main: 'plan defend' AGREE, BBC sport half a 010; 'will defend' AGREE)."""
    assert _analysed(text) == []


def test_a_title_given_by_a_party_stays():
    """A title one party gives another (a passive with its giver, or a second object) is an honour
    between parties, no contest: the event stays."""
    assert _analysed("Sir Alan Jones was awarded the title by the Institute of Directors on Monday.") != []


@pytest.mark.parametrize("text, kept", [
    ("Westlife won the award for best Irish pop act, voted for by the public, beating former member Brian "
     "McFadden.", False),
    ("Westlife won the award for best Irish pop act on Thursday. Singer-songwriter Paddy Casey beat Brian McFadden "
     "and Damien Rice.", False),
    ("Brazil beat Germany in the 2002 World Cup final in Yokohama.", False),
    ("Chelsea beat Newcastle 4-0 at Stamford Bridge on Saturday.", False),
    ("Soldiers beat the prisoner to death in the camp.", True),
    ("Police beat Ahmed Hassan with batons outside the court.", True),
    ("Militiamen beat Ahmed Hassan outside his home in Gaza.", True),
])
def test_a_rival_beaten_in_a_contest_is_no_force(nlp, text, kept):
    """A verb first of winning by WordNet ('beat') with a named party for object is a contest where
    it hangs on a win ('won the award, beating X'), or its sentence names a contest, a sport, a named
    event or a score, or its paragraph a prize (BBC entertainment half a 125: ASSAULT beat ×2 on
    main; a score was read before, by ``business_senses.contested``). A mark of force ('to death',
    'with batons') or no contest in view keeps the force."""
    events, _ = run(nlp, text)
    assert any(e.type in FORCE for e in events) == kept


@pytest.mark.parametrize("text, kind, actor", [
    ("Kenya's athletics body has reversed a ban on marathon runner Susan Chepkemei after she made an official "
     "apology.\n\nAthletics Kenya (AK) had suspended the runner for failing to turn up to a training camp in Embu.",
     "CONCEDE", "Athletics Kenya"),
    ("Athletics Kenya (AK) had suspended the two time London Marathon runner up for failing to turn up to a cross "
     "country team training camp in Embu.",
     "SANCTION", "Athletics Kenya"),
])
def test_a_sports_body_is_no_country(text, kind, actor):
    """'Athletics Kenya' (NER tags only 'Kenya') is a national sports body named by its sport and its
    country, and 'Kenya's athletics body' the one such body the article names (BBC sport half a 013:
    main stored the actor 'Kenya' for both: the judges' P and W). The ban and its lifting stay."""
    actors, _ = _first_parties(text, kind)
    assert actors == [actor]


def test_a_sports_body_name_is_an_organisation(nlp):
    """A place NER tags right after a capitalised sport word, or a place's span NER ran over one, is
    the body's name; a sport word in lower case ('Kenya athletics') is no name."""
    from newsledger.extract.entities.candidates import ner_cands
    found = {(c.text, c.label) for c in ner_cands(nlp("Athletics Kenya (AK) had suspended the runner."))}
    assert ("Athletics Kenya", "ORG") in found
    assert not any(t == "Kenya" for t, _ in found)
    plain = {(c.text, c.label) for c in ner_cands(nlp("Kenya athletics has a long history of champions."))}
    assert ("Kenya", "GPE") in plain


def test_a_ban_by_a_sports_body_stays():
    """A governing body's sanction is an event whatever its sport (the brief: bans, fines and
    suspensions stay)."""
    text = "Athletics Kenya suspended Susan Chepkemei for missing a training camp."
    assert any(k == "SANCTION" for k, _, _ in _analysed(text))
