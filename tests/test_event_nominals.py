"""Events told by a noun, and CAMEO default codes whose object stands for a party (issue 14, "Who did
what to whom, on news it has never seen"; evnouns40). Sentences written for these tests in the style
of wire reports and of the BBC development sets."""

from __future__ import annotations

import pytest

from .test_events import run


@pytest.fixture(scope="module")
def nlp(parser):
    return parser


def coded(nlp, text: str, kind: str) -> list[tuple[str, list[str], list[str]]]:
    """(status, actor names, target names) of each event of KIND coded in TEXT."""
    events, names = run(nlp, text)
    return [(e.status, [names[a] for a in e.actors], [names[a] for a in e.targets]) for e in events if e.type == kind]


@pytest.mark.parametrize("text,kind,status,actors,target", [
    ("Moldova's expulsion of two Russian diplomats angered Moscow.", "SANCTION", "occurred", ["Moldova"], "Russian diplomats"),
    ("EU sanctions against Belarus came into force on Monday.", "SANCTION", "occurred", ["EU"], "Belarus"),
    ("Russia's invasion of Ukraine in February 2022 shocked Europe.", "ASSAULT", "occurred", ["Russia"], "Ukraine"),
    ("Talks between Azerbaijan and Armenia will take place in Washington next week.", "CONSULT", "planned",
     ["Azerbaijan", "Armenia"], None),
    ("The meeting between Fiat boss Sergio Marchionne and GM's Rick Wagoner ended without agreement.", "CONSULT",
     "occurred", ["Sergio Marchionne", "Rick Wagoner"], None),
])
def test_an_event_noun_whose_phrases_name_its_doer_is_an_event(nlp, text, kind, status, actors, target):
    """The noun is the subject of its clause; its possessive, modifier or 'between' phrase names the
    doer, its 'of' or 'against' phrase the other side. 'expulsion' is in no hand lexicon: WordNet
    derives its first sense from 'expel'. A meeting that will take place is planned (the verb of
    occurrence's mood)."""
    found = coded(nlp, text, kind)
    assert found, f"no {kind}"
    got_status, got_actors, got_targets = found[0]
    assert got_status == status and got_actors[: len(actors)] == actors
    assert target is None or target in got_targets


@pytest.mark.parametrize("text,kind", [
    ("The reporter, who took part in talks with the rebels, said the mood was tense.", "CONSULT"),
    ("The Federal Reserve's rate-setting meeting ended on Tuesday.", "CONSULT"),
    ("A Russian attack on Poland would trigger a NATO response, the minister said.", "ASSAULT"),
    ("Brussels fears a Russian attack on the Baltic states.", "ASSAULT"),
    ("Labour support has fallen in the north.", "SUPPORT"),
    ("The first deployment of NATO peacekeeping troops has arrived in Bosnia.", "MOBILIZE"),
])
def test_an_event_noun_that_states_no_act_of_its_own_is_none(nlp, text, kind):
    """Talks a journalist took part in name no doer of their own; a body's own meeting has no
    partner; an indefinite attack under 'would' is a hypothesis; a noun that is the object of a
    verb is what that verb's act is about ('fears'); electoral support is toward no party; a noun
    that is the subject of a verb stating an act is that act's doer ('the deployment ... arrived')."""
    assert not coded(nlp, text, kind)


def test_an_act_a_noun_names_dated_ahead_is_planned(nlp):
    """A visit dated next week in the noun's own phrase is scheduled, whatever the clause's verb says of it."""
    found = coded(nlp, "Xi Jinping's visit to Moscow next week will strengthen ties, the Kremlin said.", "CONSULT")
    assert [status for status, _, _ in found] == ["planned"]


def test_a_noun_restating_an_act_coded_from_a_verb_is_that_act(nlp):
    """One event per real-world event: the expulsion named in the second sentence is the one the first
    states."""
    text = "Moldova expelled two Russian diplomats on Monday. Moldova's expulsion of the diplomats angered Moscow."
    assert len(coded(nlp, text, "SANCTION")) == 1


def test_a_default_code_stands_for_a_pronoun_that_stands_for_a_party(nlp):
    """'interrogated' is coded only by the CAMEO dictionary, whose default code stands for 'X verb Y'
    with Y a party: 'him' refers to the ambassador named before, so the code stands toward him."""
    text = "Latvia summoned the Russian ambassador, Mikhail Vanin, on Tuesday. Police later interrogated him for three hours."
    events, names = run(nlp, text)
    assert [names[x] for e in events if e.trigger == "interrogated" for x in e.targets] == ["Mikhail Vanin"]


@pytest.mark.parametrize("text", [
    "Deutsche Boerse is trying to buy them off, the analyst said.",
    "The shareholders of Deutsche Boerse are angry. The exchange is trying to buy them off, Mr Faraj said.",
    "Defra said there were problems with the payments. \"We are working to resolve them,\" it said.",
])
def test_a_default_code_needs_the_party_its_object_stands_for(nlp, text):
    """A pronoun that refers to no party the article names ('them' of no one; the shareholders, whose
    phrase only holds a name; the problems), or to the actor itself, gives a default code no party."""
    events, _ = run(nlp, text)
    assert not [e for e in events if e.trigger.startswith(("trying", "buy", "resolve", "working"))]
