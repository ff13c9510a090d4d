"""WordNet's words with two pronunciations (issues 13 and 14: the broad resources read whole).

Open English WordNet keys such a word by homograph ('lead' /liːd/ and /lɛd/ are ``n-1`` and
``n-2``); the builders read only the plain ``n`` / ``v`` keys, so these words had no class at all.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from newsledger.nlp.wordnet import VERBS, first_class, word_classes

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from wordnet_entries import merge_homographs


@pytest.mark.parametrize("noun", ["lead", "poll", "row", "content", "tear", "wind", "bass", "tower"])
def test_a_noun_with_two_pronunciations_has_its_classes(noun):
    assert word_classes(noun)


def test_the_first_homographs_first_sense_gives_the_first_class():
    """'lead' /liːd/ is first an advantage held (noun.attribute), the metal /lɛd/ (noun.substance)
    a later sense; 'poll' /pəʊl/ first an opinion poll (noun.cognition)."""
    assert first_class("lead") == "attribute"
    assert "substance" in word_classes("lead")
    assert first_class("poll") == "cognition"


def test_a_verb_with_two_pronunciations_is_read():
    """'whoop' is first a shout (verb.communication); 'process' takes a person in other classes
    than its first sense's (to deal with a person: 'processed the asylum seekers')."""
    assert "whoop" in VERBS.communication
    assert "predate" in VERBS.states["stative"]
    assert VERBS.person_objects["process"] == frozenset({"contact", "social"})


def test_homograph_keys_fold_into_the_plain_key_in_order():
    entry = {"n-2": {"sense": [{"id": "b"}]}, "v": {"sense": [{"id": "v"}]}, "n-1": {"sense": [{"id": "a"}]}}
    merged = merge_homographs(entry)
    assert [s["id"] for s in merged["n"]["sense"]] == ["a", "b"]
    assert merged["v"] == {"sense": [{"id": "v"}]}
