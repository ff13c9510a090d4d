"""Whom an event touches and who does it (issue 14, evtargets40): a place the sentence names only as
where is the event's place, not its target; a person introduced as speaking for a body voices the
body's act; a body named only as whose member a person is acts through him, no second actor.
Sentences written for these tests in the style of BBC politics and business news."""

from __future__ import annotations

import pytest

from newsledger.extract.pipeline import analyze
from newsledger.model import Article


@pytest.fixture(scope="module")
def nlp(parser):
    return parser


def parties(nlp, text: str, kind: str) -> tuple[list[str], list[str]]:
    """The actors and the targets of the first event of type KIND in TEXT, by name, through the whole
    pipeline (the entity stage's places and people, not the tagger's labels alone)."""
    an = next(analyze([Article(id="t", text=text)]))
    names = {e.id: e.name for e in an.entities}
    found = [e for e in an.events if e.type == kind]
    assert found, f"no {kind} in {[(e.type, e.trigger) for e in an.events]}"
    return [names[a] for a in found[0].actors], [names[t] for t in found[0].targets]


@pytest.mark.parametrize("text, kind, place", [
    ("China has ordered a halt to construction work on 26 power stations, including two at the Three Gorges Dam.",
     "REQUEST", "Three Gorges Dam"),
    ("Mrs Blair welcomed a decision by the court to throw out a law relating to sodomy in Texas.", "SUPPORT", "Texas"),
    ("The Commons committee is also calling on the senior judge in England and Wales, Lord Woolf, to abandon draft "
     "guidelines.", "REQUEST", "Wales"),
])
def test_a_place_named_only_as_where_is_no_target(nlp, text, kind, place):
    _, targets = parties(nlp, text, kind)
    assert place not in targets


@pytest.mark.parametrize("text, kind, target", [
    ("Syrian officers today ended mediation efforts between rival militias in Tripoli.", "SANCTION", "Tripoli"),
    ("The United Nations will provide food aid to refugees fleeing the civil war in Liberia.", "AGREE", "Liberia"),
    ("Britain imposed sanctions on Iran on Wednesday.", "SANCTION", "Iran"),
    ("The EU imposed its arms ban on China in 1989.", "COERCE", "China"),
    ("Mr Straw also signed a deal on China UK tourism.", "SUPPORT", "China"),
    ("Russian forces shelled Kharkiv overnight.", "ASSAULT", "Kharkiv"),
    ("Mr Snow has applauded Ireland's introduction of lower taxes.", "SUPPORT", "Ireland"),
])
def test_a_state_named_as_a_party_stays_a_target(nlp, text, kind, target):
    _, targets = parties(nlp, text, kind)
    assert target in targets


def test_a_spokesman_for_a_body_voices_the_bodys_act(nlp):
    actors, _ = parties(nlp, "John Williams, a spokesman for the Foreign Office, condemned the attack on the embassy.",
                        "ACCUSE")
    assert actors == ["John Williams", "Foreign Office"]


def test_a_spokesman_of_a_portfolio_acts_himself(nlp):
    """'Home Affairs spokesman': a word before the post names a field as often as a body."""
    actors, _ = parties(nlp, "Home Affairs spokesman Mark Oaten demanded a statement from the minister.", "REQUEST")
    assert actors == ["Mark Oaten"]


def test_the_body_a_person_belongs_to_is_no_second_actor(nlp):
    actors, _ = parties(nlp, "William Corr of the Campaign for Tobacco-Free Kids urged the government to press its case.",
                        "REQUEST")
    assert actors == ["William Corr"]
