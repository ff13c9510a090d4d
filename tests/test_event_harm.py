"""An assault is coded only with harm in view (issue 14, "Word sense and arguments"; harm29): the
trigger's own first WordNet sense, or a word of force or harm elsewhere in its sentence. Sentences
from the development halves a (BBC politics and business, tech, entertainment, sport) or written for
these tests in their style."""

from __future__ import annotations

import pytest

from .test_events import run


@pytest.fixture(scope="module")
def nlp(parser):
    return parser


@pytest.mark.parametrize("text", [
    "The 87-year-old was found dead last weekend in his hotel room in Florida, where he was making a film.",
    "This year the Grammys have been dominated by rap star Kanye West, who is in contention for 10 awards.",
    "City seemed to be content to sit back and try and hit their rivals on the break as the game settled "
    "into a tepid pattern.",
    "A US airline attendant is fighting for her job after she was suspended over postings on her blog.",
])
def test_no_assault_without_harm_in_view(nlp, text):
    """A death found, an awards night dominated, a rival hit on the break, a job fought for: the verbs'
    first two senses are no harm and nothing else in the sentence is force."""
    events, _ = run(nlp, text)
    assert not [e for e in events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Mrs Hassan, 59, who led Care International operations in Iraq, was abducted in Baghdad on 19 October.",
    "Four months after the incident a Palace fan, Paul Nixon, was killed prior to an FA Cup semi-final at "
    "Villa Park.",
    "The violence began after President Laurent Gbagbo broke an 18 month ceasefire with rebels, bombing their "
    "positions and killing nine French soldiers.",
    "Police beat the men with batons outside the court on Sunday.",
    "The Ukrainian border post was ambushed by Russian special forces on Monday.",
])
def test_an_assault_with_harm_in_view_stays(nlp, text):
    """Abducted and killed are harm in their first sense, 'ambushed' in its first two; 'beat', first to
    win, is harm when done with a thing (batons)."""
    events, _ = run(nlp, text)
    assert [e for e in events if e.type == "ASSAULT"]
