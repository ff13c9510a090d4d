"""The nouns a CAMEO pattern's '&set' stands for (issue 14, "Coverage from the field's own resources";
cameonouns40): PETRARCH's 2015 sets of weapons, forces, aircraft and vehicles with the nouns WordNet
files at or below their class (``data/wordnet_cameo_sets.json``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsledger.extract.events.cameo import WORDNET_SETS

from .test_events import one, run


@pytest.fixture(scope="module")
def nlp(parser):
    return parser


def test_wordnet_fills_the_sets_with_nouns_the_dictionary_lacks():
    """'grenade' and 'regiment' are first a weapon and a military unit in WordNet. Left out: a word
    WordNet also lists as an adjective ('round', 'hostile'), one with a later sense that names an
    occasion ('battery' of tests, 'division' of opinion), and one with a later sense that is another
    thing of its first sense's kind (a printer 'cartridge', computer 'hardware', a sports 'squad')."""
    sets = WORDNET_SETS.sets
    assert {"armoured vehicle", "grenade", "warship"} <= sets["weapon"]
    assert {"regiment", "brigade", "infantry"} <= sets["military"]
    assert {"seaplane"} <= sets["aircraft"] and {"jeep", "ambulance"} <= sets["car"]
    assert not {"round", "cartridge", "hardware", "shell"} & sets["weapon"]
    assert not {"battery", "division", "hostile", "squad"} & sets["military"]


@pytest.mark.parametrize("text, actor, target", [
    ("France shipped armoured vehicles to Morocco on Tuesday.", "France", "Morocco"),
    ("Iran shipped grenades and mortars to Yemen last month.", "Iran", "Yemen"),
])
def test_a_weapon_wordnet_files_below_weapons_codes_the_dictionarys_aid(nlp, text, actor, target):
    """The 'send' block codes '&weapon' sent as military aid (CAMEO 072, PLOVER AID), from the
    sender to the party it reaches; neither 'armoured vehicle' nor 'grenade' is in PETRARCH's set."""
    ev, names = one(nlp, text, "AID")
    assert [names[a] for a in ev.actors] == [actor] and target in [names[t] for t in ev.targets]


@pytest.mark.parametrize("text", [
    "Shell launched a new fuel in Germany.",                       # a firm named like a weapon
    "The ministers launched a new round of talks in Geneva.",      # a round of talks, no round fired
    "The hospital sent an ambulance crew to the stadium.",         # no party to aid
    "Developers are grappling with the hardware today.",           # computer hardware, no weapon
])
def test_no_weapon_nor_force_where_the_noun_names_none(nlp, text):
    """A name is read by CAMEO's own sets only (a firm called Shell launches no shell); a noun whose
    other senses name an occasion is in no WordNet set; a vehicle sent to a place aids no one."""
    events, _ = run(nlp, text)
    assert not [e for e in events if e.type in ("ASSAULT", "AID", "MOBILIZE")]
