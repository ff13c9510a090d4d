"""The PLOVER type of a speech act from what it does (issue 14, evtargets40): a party asked to act is
PLOVER's REQUEST by the verb's WordNet sense, whatever the CAMEO block of the verb codes alone; a
document signed is PLOVER's SUPPORT only when it is an agreement, not when the sentence says the
document does something of its own. Sentences written for these tests in the style of BBC politics
and business news."""

from __future__ import annotations

import pytest

from newsledger.extract.events.figures import asks_to_act
from newsledger.extract.events.lexicon import SPEECH_ACTS

from .test_events import run


@pytest.fixture(scope="module")
def nlp(parser):
    return parser


def kinds(nlp, text: str) -> dict[str, list[str]]:
    """Type -> the triggers of that type in TEXT."""
    events, _ = run(nlp, text)
    out: dict[str, list[str]] = {}
    for e in events:
        out.setdefault(e.type, []).append(e.trigger)
    return out


def test_the_directives_are_wordnets_verbs_of_asking_counselling_and_inducing():
    """The built list holds the verbs of asking, urging and encouraging, and none of compelling or
    inviting (coercion and an offer: CAMEO's 'impel' block, PLOVER's AGREE)."""
    assert {"urge", "press", "exhort", "encourage", "persuade", "implore", "beg", "advise"} <= SPEECH_ACTS.directives
    assert not {"force", "compel", "pressure", "coerce", "invite"} & SPEECH_ACTS.directives
    assert {"deal", "treaty", "contract", "pact", "accord", "understanding"} <= SPEECH_ACTS.agreements
    assert not {"decree", "letter", "petition", "motion", "constitution"} & SPEECH_ACTS.agreements


@pytest.mark.parametrize("text, trigger", [
    ("The IMF encouraged the Bank of Japan to raise interest rates.", "encouraged"),
    ("Amnesty International persuaded Nigeria to free the two journalists.", "persuaded"),
    ("The European Union has encouraged Turkey to recognise Cyprus.", "encouraged"),
])
def test_a_party_asked_to_act_is_a_request(nlp, text, trigger):
    """'encourage' is CAMEO's praise (051) and 'persuade' its diplomatic cooperation (050) when they
    take no clause; with a party and what it is to do they ask it to act."""
    found = kinds(nlp, text)
    assert trigger in found.get("REQUEST", []), found
    assert "SUPPORT" not in found


@pytest.mark.parametrize("text", [
    "The success of the flotation would encourage the government to reduce its stakes in power companies.",
    "The economy has performed strongly, prompting the Federal Reserve to raise interest rates.",
])
def test_a_cause_that_leads_a_party_to_act_asks_nothing(nlp, text):
    """A subject that is no person or body gets no one to act by words: no request."""
    assert "REQUEST" not in kinds(nlp, text)


def test_asking_to_act_needs_the_clause(nlp):
    """'encouraged investment' asks no party to do anything: the verb keeps its own reading."""
    doc = nlp("The minister encouraged investment in the north.")
    assert not any(asks_to_act(t) for t in doc if t.lemma_ == "encourage")
    doc = nlp("The minister encouraged councils to build more homes.")
    assert any(asks_to_act(t) for t in doc if t.lemma_ == "encourage")


def test_compelling_a_party_stays_coercion(nlp):
    """'forced' is CAMEO's coercion (170), outside the verbs of asking."""
    found = kinds(nlp, "The regulator forced Yukos to sell its main production unit.")
    assert "REQUEST" not in found


@pytest.mark.parametrize("text, kept", [
    ("Russian President Vladimir Putin signed a decree raising pensions.", False),
    ("Some 50 Labour MPs signed a letter which urges Tony Blair to rule out the tax.", False),
    ("Mr McLetchie signed a parliamentary motion questioning the expansion plans.", False),
    ("Mr Brown has signed a debt relief deal with Tanzania.", True),
    ("India and Russia signed a memorandum of understanding on energy co-operation.", True),
    ("Mr Blair signed the constitution at a ceremony in Rome in November.", True),
    ("Marsh said it had signed a letter of intent with Aon.", True),
    ("Shell and Gazprom signed an agreement allowing the Russian firm to buy a stake in the project.", True),
])
def test_a_signature_is_support_only_on_an_agreement(nlp, text, kept):
    """A decree, a letter or a motion that the sentence says does something of its own records one
    party's act; a deal, a memorandum of understanding, a text whose act is not said (it may be the
    treaty named before), a letter of intent, an agreement that does something stay."""
    assert ("signed" in kinds(nlp, text).get("SUPPORT", [])) == kept


def test_what_a_signed_letter_asks_is_the_signers_request(nlp):
    found = kinds(nlp, "Greenpeace signed a petition calling on Shell to stop drilling in the Arctic.")
    assert "SUPPORT" not in found and "REQUEST" in found
