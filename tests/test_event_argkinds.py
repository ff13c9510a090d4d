"""What kind of argument each event type is done to (issue 14, "Word sense and arguments"; argsense27):
one table (``data/event_arguments.json``) of PLOVER types and the kinds of their targets, read through
WordNet's classes and spaCy's labels. Sentences from the development halves a of BBC news (politics and
business 031–510, entertainment 016–115) or written for these tests in their style."""

from __future__ import annotations

import pytest

from newsledger.extract.events.argkinds import ARGS, CONCRETE, kind_classes, takes_a_party, target_kinds

from .test_events import run


@pytest.fixture(scope="module")
def nlp(parser):
    return parser


def test_the_table_names_only_its_own_kinds():
    """Every target names kinds the table defines; the material types' kinds are what the events room
    called concrete before the table (a party, a place, property); COERCE's taking modes are stated."""
    assert all(k in ARGS.kinds for kinds in ARGS.targets.values() for k in kinds)
    before = frozenset({"person", "group", "location", "artifact", "object", "animal", "body", "plant", "food",
                        "substance"})
    assert before == CONCRETE
    assert kind_classes(target_kinds("ASSAULT") or ()) == CONCRETE
    assert all(takes_a_party("COERCE", m) for m in ("seize", "arrest", "deport"))
    assert not takes_a_party("COERCE", None) and target_kinds("COERCE") is None


@pytest.mark.parametrize("text, kind, kept", [
    ("Ms James, who won the £30,000 Jerwood painting prize in 2003, was shortlisted.", "SUPPORT", False),
    ("Briton Clive Owen and Natalie Portman won prizes for best supporting roles in Closer.", "SUPPORT", False),
    ("Sir Elton has also teamed up with Phil Collins to record a version of Eric Clapton's 1991 hit Tears In "
     "Heaven to raise money for the relief fund.", "ASSAULT", False),
    ("The EU backed the Kyoto Protocol last year.", "SUPPORT", True),
    ("Labour backed Mr Blair.", "SUPPORT", True),
    ("The rebels threatened the peace process.", "THREATEN", True),
    ("The row began after Siemens threatened to take the factory and their jobs to Hungary.", "THREATEN", True),
])
def test_a_target_of_another_kind_is_no_event_of_the_type(nlp, text, kind, kept):
    """A backing, a refusal or a threat is done to a party, an act, a position or a state of affairs: a
    prize won (a holding) is backed by no one; a work named (spaCy's WORK_OF_ART) is struck by no one. A
    law backed is a position; an act threatened ('threatened to take the factory') is judged by the act,
    not by what it is done to."""
    events, _ = run(nlp, text)
    assert any(e.type == kind for e in events) == kept


@pytest.mark.parametrize("text, kind, kept", [
    ("The plan was attacked by the Tories.", "ACCUSE", True),
    ("The plan was attacked by the Tories.", "ASSAULT", False),
    ("The film was shot in Prague over three months last year.", "ASSAULT", False),
    ("Not a single shot had been fired from Azerbaijani positions.", "ASSAULT", True),
    ("The convoy was attacked near Basra.", "ASSAULT", True),
])
def test_a_passive_subject_said_or_shown_is_the_target(nlp, text, kind, kept):
    """A passive subject that is a thing said, thought or shown is what an attack is done to: words are
    criticised, a film is filmed; a shot fired is what the verb sends, and a convoy is struck."""
    events, _ = run(nlp, text)
    assert any(e.type == kind for e in events) == kept


@pytest.mark.parametrize("text, kept", [
    ("Police seized documents from the office.", True),
    ("Rebels seized the town of Goma on Tuesday.", True),
    ("The fund is holding its stake as an investment.", False),
])
def test_words_on_a_medium_are_property_seized(nlp, text, kept):
    """Documents, files and tapes are words on a medium, property a seizure takes; a stake held is a
    holding, no one's seizure."""
    events, _ = run(nlp, text)
    assert any(e.type == "COERCE" for e in events) == kept


@pytest.mark.parametrize("text, kind, kept", [
    ("We are fighting this.", "ASSAULT", False),
    ("The Tories have rejected immigration quotas.", "REJECT", True),
    ("Fiat proposed a merger, but this was rejected by the Agnelli family.", "REJECT", True),
])
def test_a_claim_or_a_number_set_may_be_refused(nlp, text, kind, kept):
    """A demonstrative stands for a thing or a claim: no one is struck, but a claim or a proposal may be
    rejected; a number set ('quotas', first a quantity) is a policy a party may refuse."""
    events, _ = run(nlp, text)
    assert any(e.type == kind for e in events) == kept


@pytest.mark.parametrize("text, kind, kept", [
    ("Wayne Rooney met Gary Neville's cross to the near post with a low shot, which went in via a deflection off "
     "Richard Dunne, to put United ahead.", "CONSULT", False),
    ("The EC is due to start its own consultation on Europe wide adoption of UWB.", "CONSULT", False),
    ("Fiat will meet car giant General Motors on Tuesday.", "CONSULT", True),
    ("The EU will start accession talks with Croatia in April.", "CONSULT", True),
    ("President Kirchner discussed this problem and other issues with French president Jacques Chirac.",
     "CONSULT", True),
    ("Mr Blair held talks with Ariel Sharon on the peace process.", "CONSULT", True),
    ("Mr Straw met the head of the IAEA in Vienna.", "CONSULT", True),
])
def test_a_meeting_is_held_with_a_party_not_a_thing_or_a_topic(nlp, text, kind, kept):
    """A meeting, a consultation or a negotiation (PLOVER CONSULT) is held with a party, and a visit made
    to a party or a place: a ball crossed ('met Gary Neville's cross', a thing) meets no one, and a body's own consultation whose only
    names are in what it is about ('on ... adoption of UWB') consults no party. A party met (a relational
    noun of a party's person, 'the head of the IAEA', though 'head' is first a body part), or a partner
    after 'with' beside a topic, keeps the meeting."""
    events, _ = run(nlp, text)
    assert any(e.type == kind for e in events) == kept


@pytest.mark.parametrize("text, kept", [
    ("After leaving Apple, Mr Raskin founded another company called Information Appliance.", False),
    ("Jet Airways was founded by Naresh Goyal in 1993.", False),
    ("Russia and China founded the Shanghai Cooperation Organisation in 2001.", True),
])
def test_a_body_founded_is_made_not_met(nlp, text, kept):
    """A body founded, by a name or by a common noun first a group in WordNet ('another company'), did
    not exist to take part: the founding describes it, no cooperation; parties founding one together
    still cooperate."""
    events, _ = run(nlp, text)
    assert any(e.type == "COOPERATE" for e in events) == kept


@pytest.mark.parametrize("text, kept", [
    ("Weitz, who directed American Pie and About A Boy, will make the film.", False),
    ("The Mexican film-maker, who directed Harry Potter and the Prisoner of Azkaban, is in talks.", False),
    ("Russia conducted joint military exercises with China.", True),
])
def test_a_work_directed_is_its_makers_own(nlp, text, kept):
    """A verb of running that WordNet also lists in verb.creation ('direct': to guide the actors in
    plays and films), coded by its CAMEO block's bare code over what is no body and no party,
    directs a work: the film-maker's own work, no cooperation with the title's names; exercises held
    with another state still cooperate."""
    events, _ = run(nlp, text)
    assert any(e.type == "COOPERATE" for e in events) == kept
