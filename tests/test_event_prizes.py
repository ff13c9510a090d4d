"""Prizes, ranks, takings and works are no force (issue 14, prizes26): entertainment news writes its
contests for prizes and places in a chart with verbs of force, and a film 'shot' or a work's
'takings' with verbs of violence and seizure. Sentences written for these tests in the style of
entertainment news, or read in the development half a of BBC entertainment news (files 016–115)."""

from __future__ import annotations

import pytest

from .test_events import run


@pytest.fixture(scope="module")
def nlp(parser):
    return parser


FORCE = ("ASSAULT", "COERCE", "SEIZE")


@pytest.mark.parametrize("text, kept", [
    ("Actress Teri Hatcher beat fellow Desperate Housewives stars Marcia Cross and Felicity Huffman to the best "
     "comedy actress prize.", False),
    ("Actor Javier Bardem took the best actor prize for The Sea Inside.", False),
    ("Franz Ferdinand will fight it out with Keane for the best British group award.", False),
    ("The 2005 Brit Awards are being held at Earls Court in London.", False),
    ("Other winners included Catalina Sandino Moreno, who took best actress for her role as a drug smuggler in the "
     "Colombian drama Maria Full of Grace.", False),
    ("Chechen rebels took two Russian soldiers hostage near Grozny.", True),
    ("Soldiers beat the prisoner to death in the camp.", True),
    ("Russian troops seized the airport in Pristina.", True),
])
def test_a_prize_contested_or_taken_is_no_force(nlp, text, kept):
    """A prize (a noun WordNet files below a prize or an accolade) as the object of a verb of force,
    or in a 'to' / 'for' phrase of its clause, is what a contest is for: no one beaten, seized or
    fought. A prisoner beaten to death and a town taken stay."""
    events, _ = run(nlp, text)
    assert any(e.type in FORCE for e in events) == kept


@pytest.mark.parametrize("text, kept", [
    ("Actor Jean Reno has beaten Daniel Auteuil to become France's best-paid actor of 2003.", False),
    ("The Band Aid single held off Girls Aloud to remain the week's biggest single.", False),
    ("Police beat the protesters to stop them marching on the Serbian parliament.", True),
])
def test_a_rank_reached_or_kept_is_no_force(nlp, text, kept):
    """A 'to'-clause of 'become' / 'remain' naming a rank (a superlative, also 'best-selling') says
    the verb of force won a place in a table. Protesters beaten to stop a march stay."""
    events, _ = run(nlp, text)
    assert any(e.type in FORCE for e in events) == kept


@pytest.mark.parametrize("text, kept", [
    ("The film was shot in Prague over three months last year.", False),
    ("Hamas gunmen shot two Israeli soldiers in Gaza.", True),
])
def test_a_work_shot_is_filmed(nlp, text, kept):
    """A shooting whose object is a work (first a thing said or shown: a film, a movie) is filming, a
    work being no kind ASSAULT acts upon (``argkinds``, argsense27); policemen shot stay ASSAULT."""
    events, _ = run(nlp, text)
    assert any(e.type == "ASSAULT" for e in events) == kept


@pytest.mark.parametrize("text, kept", [
    ("The first Pirates of the Caribbean film took $305m (£162m) at the box office in the US alone.", False),
    ("Police seized $2m in cash from the gang.", True),
])
def test_a_works_takings_are_no_seizure(nlp, text, kept):
    """Money 'taken' by a subject that is no party (a film) is its takings; police seizing money from
    a gang stay COERCE."""
    events, _ = run(nlp, text)
    assert any(e.type == "COERCE" for e in events) == kept


def test_award_nouns_come_from_wordnet(nlp):
    """The nouns whose first or second WordNet sense is below a prize or an accolade, and a name's
    plural head of one ('Awards'); a cup is first a vessel."""
    from newsledger.nlp.wordnet import award_noun
    doc = nlp("The actor won a trophy, a medal and an award, and bought a cup at the British Book Awards.")
    found = {t.text for t in doc if award_noun(t)}
    assert {"trophy", "medal", "award", "Awards"} <= found
    assert "cup" not in found and "actor" not in found


GIVEN = ("AID", "COOPERATE", "AGREE")


@pytest.mark.parametrize("text, kept", [
    ("Juliette Binoche will give the prize to Jafar Panahi at the festival on Saturday.", False),
    ("Andrea Levy was given the prize by Whitbread at a dinner in London.", False),
    ("Channel 4 granted the award to Ken Loach.", False),
    ("Kevin Spacey shared the prize with Jamie Foxx.", False),
    ("Whitbread offered the prize to Andrea Levy.", False),
    ("The British Academy awarded the prize to Mike Leigh.", False),
    ("The French government awarded Nelson Mandela a medal.", True),
    ("The Pentagon awarded the contract to Boeing.", True),
    ("The European Union gave aid to Sudan.", True),
], ids=["give-to", "given-by", "granted", "shared-with", "offered", "awarded", "state-honour", "contract", "aid"])
def test_a_prize_handed_over_is_no_aid_or_cooperation(nlp, text, kept):
    """prizes33: a verb CAMEO codes as handing a thing over (give AID; award, grant, share
    COOPERATE; offer AGREE) whose object or passive subject is a prize by WordNet hands over an
    honour a jury confers, no aid or cooperation between parties. A state's honour, a contract and
    aid stay (the state's medal as SUPPORT: a recognition)."""
    events, _ = run(nlp, text)
    assert any(e.type in GIVEN + ("SUPPORT",) for e in events) == kept


@pytest.mark.parametrize("text, kept", [
    ("The annual awards are voted for by readers of games magazines.\n\nSega was named top publisher of the year, "
     "taking the crown from Nintendo. The top honour for the best online game went to Battlefield Vietnam.", False),
    ("Chechen rebels seized the crown from the Russian army after the king fled the capital.", True),
], ids=["crown-among-prizes", "crown-seized"])
def test_a_prize_by_a_later_sense_where_prizes_are_in_view(nlp, text, kept):
    """prizes33: a noun WordNet files below a prize only in a later sense ('crown': the award given
    to the champion, its eighth sense) is a prize taken where its paragraph names a prize; a crown
    seized in a paragraph of no prize stays a seizure."""
    events, _ = run(nlp, text)
    assert any(e.type == "COERCE" for e in events) == kept


def test_a_prize_by_its_short_name(nlp):
    """prizes33: a name the article also writes right before a prize's noun ('the Golden Globes',
    'the Golden Globe Awards') is that prize: awarded by a body, it is no cooperation."""
    from newsledger.extract.events.prizes import _a_prize
    doc = nlp("The Aviator was named best film at the Golden Globe Awards.\n\nThe Golden Globes are awarded by the "
              "Hollywood Foreign Press Association. Robin Williams received an award for career achievement.")
    globes = next(t for t in doc if t.text == "Globes")
    assert _a_prize(globes)
    doc = nlp("The Golden Globes are awarded by the Hollywood Foreign Press Association. Robin Williams received an "
              "award for career achievement.")
    assert not _a_prize(next(t for t in doc if t.text == "Globes"))
