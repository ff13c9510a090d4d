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


# contests29: a contest entered, left or fought is no event; sport's sanctions keep their parties.

GUERROUJ = ("Double Olympic champion Hicham El Guerrouj is set to make a rare appearance at the World Cross Country "
            "Championships in France.\n\nEl Guerrouj could meet Bekele in March as the Ethiopian is the defending world "
            "cross country champion over both the long and short courses. But the Moroccan will not commit himself to "
            "the St Galmier event until he assesses how well his winter training is going.")


@pytest.mark.parametrize("text, trigger", [
    ("Kenteris and Thanou withdrew from the Athens Olympics last August after missing drugs tests on the eve of the "
     "opening ceremony.", "withdrew"),
    ("Cragg, who recently defeated Olympic 10,000m champion Kenenisa Bekele in Boston, held off Bekele's Ethiopian "
     "colleague Markos Geneti by only 0.19secs to secure his victory.", "held off"),
    (GUERROUJ, "meet"),
    (GUERROUJ, "commit"),
    ("Henman will face Federer in the final round on Sunday.", "face"),
    ("Radcliffe pulled out of the race with a leg injury.", "pulled out"),
])
def test_a_contest_entered_left_or_fought_is_no_event(nlp, text, trigger):
    """A contestant's act in a contest (BBC sport half a 017, 018, 025: RETREAT, COERCE, CONSULT and
    AGREE on main, the judges' W): an active verb with a contest or a named event for object or in its
    'from' / 'to' / 'out of' phrase, or a verb of competing by WordNet ('meet', 'face', 'hold off')
    with a named rival where its sentence speaks of a contest, a champion, a victory or a time run."""
    events, _ = run(nlp, text)
    assert not [e for e in events if e.trigger == trigger]


@pytest.mark.parametrize("text, trigger", [
    ("Keane will meet Ferguson after the match to discuss his future.", "meet"),
    ("UEFA banned Chelsea from the Champions League.", "banned"),
    ("Iranian striker Vahid Hashemian will not travel to Israel for Bayern Munich's Champions League match.",
     "travel"),
    ("The Greek athletics federation suspended Kenteris and Thanou from all competition.", "suspended"),
])
def test_a_meeting_or_a_sanction_in_sport_stays(nlp, text, trigger):
    """A meeting to talk, a sanction done to a contestant (an object that is a party), a journey to a
    state: each stays, a contest named beside it or not."""
    events, _ = run(nlp, text)
    assert [e for e in events if e.trigger == trigger]


def test_an_agent_hung_on_a_date_acts():
    """'suspended ... until the end of the year by Athletics Kenya' (BBC sport half a 019): the parse
    hangs the 'by' phrase on the date; a date has no doer, so the body is the passive's agent (main
    stored no event, no actor being found)."""
    text = ("Chepkemei was suspended from all competition until the end of the year by Athletics Kenya after failing "
            "to report to a national training camp.")
    actors, targets = _first_parties(text, "SANCTION")
    assert actors == ["Athletics Kenya"] and targets == ["Chepkemei"]


def test_a_list_member_described_before_its_name_is_counted(nlp):
    """'All three have also been charged': the list 'Kenteris, Thanou and their coach Christos Tzekos'
    joins three persons, the coach being the name set beside him (main found two and no target)."""
    text = ("Kenteris, Thanou and their coach Christos Tzekos missed the tests. All three have also been charged by "
            "a Greek prosecutor.")
    events, names = run(nlp, text)
    charged = [e for e in events if e.trigger == "charged"]
    assert charged and sorted(names[t] for t in charged[0].targets) == ["Christos Tzekos", "Kenteris", "Thanou"]


@pytest.mark.parametrize("text, actor, target", [
    ("UEFA banned Didier Drogba for three matches.", "UEFA", "Didier Drogba"),
    ("Southampton's David Prutton was banned for 10 games on Wednesday by the Football Association.",
     "Football Association", "David Prutton"),
])
def test_a_ban_for_a_count_of_games_is_a_sanction(nlp, text, actor, target):
    """'for three matches' counts how long a ban lasts (BBC sport half a 147: 'banned for 10-games on
    Wednesday by the English FA'); main read the 'for' phrase as a contest vied for, as in 'battling
    Orange for control of the market', and stored no event."""
    events, names = run(nlp, text)
    banned = [e for e in events if e.trigger == "banned"]
    assert banned and [names[a] for a in banned[0].actors] == [actor] and target in [names[t] for t in banned[0].targets]


def test_a_title_vied_for_is_a_contest(nlp):
    """'battled Chelsea for the title': a champion's status vied for, no force (main: ASSAULT)."""
    events, _ = run(nlp, "The Reds battled Chelsea for the title.")
    assert not [e for e in events if e.type == "ASSAULT"]


def test_a_firm_leaving_an_auction_stays(nlp):
    """WordNet files 'auction' under contest and game (a bridge auction): a contest is left by a
    person, not by firms ('Gazprom and Gazpromneft withdrew from the auction', a sale left)."""
    events, _ = run(nlp, "Concerned that it would be caught up in a court battle, Gazprom and Gazpromneft withdrew "
                         "from the auction.")
    assert [e for e in events if e.trigger == "withdrew"]


@pytest.mark.parametrize("text", [
    "Ronaldo was well marshalled by Terry throughout the football match.",
    "Everton beat Fulham 2-0 on Saturday. Their striker Ronaldo was well marshalled by Terry in the second half.",
])
def test_a_contests_own_move_is_no_event(text):
    """A deed whose paragraph names a contest played or run (a match, a named event of sport, a score)
    and a mark only sport has (a sport's name, a score, a time run), with every party on the field
    (players, a referee, a club) and a person among them: no interaction PLOVER codes (contests30;
    main: MOBILIZE 'marshalled', as BBC sport half a 101)."""
    assert _analysed(text) == []


@pytest.mark.parametrize("text", [
    "Everton beat Fulham 2-0 at Goodison Park on Saturday.\n\nAfter the game, David Moyes defended his goalkeeper "
    "Nigel Martyn, whose error had almost cost them the match.",
    "Everton beat Fulham 2-0 at Goodison Park on Saturday.\n\nAfter the game, David Moyes urged Nigel Martyn to keep "
    "working hard for a place in the team.",
])
def test_a_move_framed_by_common_words_under_a_lead_of_sport_is_no_event(text):
    """Sport news names its field in the lead (a score) and then writes its games with common words
    ('the game', 'the match'): a deed between people on the field in a later paragraph that frames a
    contest is a contest's own move though that paragraph holds no word only sport has (sport31; main:
    SUPPORT 'defended', REQUEST 'urged')."""
    assert _analysed(text) == []


@pytest.mark.parametrize("text, kind", [
    ("Everton beat Fulham 2-0 at Goodison Park on Saturday.\n\nAfter the match, police arrested two fans outside "
     "the ground.", "COERCE"),
    ("Everton beat Fulham 2-0 at Goodison Park on Saturday.\n\nAfter the match, David Moyes met Bill Kenwright to "
     "discuss a new contract.", "CONSULT"),
    ("The minister spoke in Leeds on Saturday.\n\nHe later watched the football with friends.\n\nIn the grovelling "
     "game of the campaign, Mr Howard accused Mr Blair of lying about the war.", "ACCUSE"),
])
def test_acts_off_the_field_or_under_a_lead_of_no_sport_stay(nlp, text, kind):
    """Under a lead of sport an arrest by the police and a meeting held for talks stay; a sport named only
    further down an article ('watched the football') makes no later 'game' a contest."""
    events, _ = run(nlp, text)
    assert kind in [e.type for e in events]


@pytest.mark.parametrize("text, kind", [
    ("Police arrested two supporters after the match at Anfield, where the striker was sent off.", "COERCE"),
    ("The Football Association suspended the striker Barton for three matches after the final.", "SANCTION"),
    ("Mr Howard accused Mr Blair of lying about the war during the campaign.", "ACCUSE"),
])
def test_acts_of_bodies_and_campaigns_stay(text, kind):
    """An arrest by the police, a ban by a governing body (a name holding a word first of a group), and
    a race for office (WordNet's 'campaign' is no contest played; a contest with no word only sport has)
    stay events."""
    assert kind in [k for k, _, _ in _analysed(text)]



def test_an_athlete_named_by_wordnet_in_the_lead_marks_the_field():
    """A noun first an athlete or a person on a sport's topic by WordNet ('hurdler', 'sprinter',
    'referee', 'winger') is a word only sport has (contests32): a lead that names its field by its
    athletes alone frames the later paragraphs' contests, and a word between athletes about competing
    at the championships is no event (main: REQUEST 'urged')."""
    text = ("Slovenian hurdler Maria Novak will run in Madrid next month.\n\nNovak has urged Britain's Jane Ellis to "
            "continue competing at the major championships.")
    assert _analysed(text) == []


@pytest.mark.parametrize("text, kind", [
    ("Maria Novak has urged Britain's Jane Ellis to continue competing at the major championships.", "REQUEST"),
    ("Leeds striker Tom Reed is to miss the final.\n\nAfter the match, police arrested Reed outside a nightclub.",
     "COERCE"),
    ("Greek sprinter Nikos Papas faces a hearing.\n\nThe Greek Athletics Federation suspended Papas for missing two "
     "tests before the race.", "SANCTION"),
    ("The Labour MP, a former footballer, accused the minister of lying about the race for the leadership.",
     "ACCUSE"),
])
def test_acts_off_the_field_or_with_no_athlete_named_stay(text, kind):
    """With no word only sport has (no athlete, no sport, no score) a request stays; under a lead that
    names athletes an arrest by the police and a suspension by a sports body stay; a politician who
    once was a footballer plays in no contest (contests32)."""
    assert kind in [k for k, _, _ in _analysed(text)]


@pytest.mark.parametrize("text", [
    "Arsenal beat Everton 3-1 at Highbury on Sunday.\n\nFormer England coach Terry Walsh has offered Arsenal boss "
    "Pete Rowe some advice on handling the pressure.",
    "Arsenal beat Everton 3-1 at Highbury on Sunday.\n\nPete Rowe praised his striker Tom Reed for his work rate.",
    "Arsenal beat Everton 3-1 at Highbury on Sunday.\n\nPete Rowe has urged Tom Reed to stay at the club for another "
    "season.",
    "Arsenal beat Everton 3-1 at Highbury on Sunday.\n\nMidfielder Tom Reed has promised to help Pete Rowe with the "
    "youth team.",
])
def test_dealings_among_people_of_the_field_are_no_event(text):
    """Praise, an offer of advice, a request or a promise between a manager, a coach and a player, under a lead
    of sport, is the game's own business (fieldacts33; main: AGREE 'offered', SUPPORT 'praised',
    REQUEST 'urged', AGREE 'promised')."""
    assert _analysed(text) == []


@pytest.mark.parametrize("text, kind", [
    ("Arsenal beat Everton 3-1 at Highbury on Sunday.\n\nThe Football Association has offered Pete Rowe a "
     "hearing on the charge.", "AGREE"),
    ("Arsenal beat Everton 3-1 at Highbury on Sunday.\n\nPete Rowe accused Tom Reed of lying about the "
     "fight in the tunnel.", "ACCUSE"),
    ("Arsenal beat Everton 3-1 at Highbury on Sunday.\n\nPete Rowe has called for all players found guilty of "
     "doping to be banned for life.", "REQUEST"),
    ("The prime minister spoke in Leeds on Tuesday.\n\nTony Blair praised Gordon Brown for his work on the "
     "budget.", "SUPPORT"),
])
def test_dealings_of_bodies_accusations_or_off_the_field_stay(text, kind):
    """An offer by a governing body, an accusation between people of the field, a call for others to
    act, and praise between politicians under a lead of no sport stay events (fieldacts33)."""
    assert kind in [k for k, _, _ in _analysed(text)]


@pytest.mark.parametrize("text", [
    "The singer and the band's guitarist played to the audience at the concert.\n\nPop star Tom Reed has signed a "
    "three-album deal with record company Blue Note Studios.",
    "The actress won the award for best film at the festival, and the singer performed.\n\nVeteran actor Pete Rowe "
    "introduced the singer Ann Hall to the audience.",
    "The singer and the drummer played the concert for the audience.\n\nThe singer Tom Reed will join the actor Pete "
    "Rowe on his radio show on Monday.",
])
def test_a_fields_own_business_among_its_people_is_no_event(text):
    """In an article of a field (its nouns of performers, athletes, works and contests outnumber its
    nouns of political parties), an act of no kind PLOVER codes whatever the actors, among parties none
    of which is political, is no event (evgate35; main: SUPPORT 'signed', CONSULT 'introduced', CONSULT
    'join')."""
    assert _analysed(text) == []


@pytest.mark.parametrize("text, kind", [
    ("The singer and the drummer of the band played the concert for the fans.\n\nThe singer Tom Reed was arrested "
     "by police after a fight outside the hotel.", "COERCE"),
    ("The actor and the singer performed at the film festival for the audience.\n\nThe singer Tom Reed has sued the "
     "studio Blue Note Pictures over an injury he suffered on the set.", "ACCUSE"),
    ("The actor and the singer performed at the film festival for the audience.\n\nCulture Secretary Tessa Jowell "
     "met the actor Tom Reed in London on Tuesday.", "CONSULT"),
    ("Tony Blair met Gordon Brown on Tuesday to discuss the budget.", "CONSULT"),
])
def test_coded_acts_political_parties_or_no_field_stay(text, kind):
    """An arrest and a lawsuit are coded whatever the actors, a minister is a political party, and an
    article of no field is not read by the gate (evgate35)."""
    assert kind in [k for k, _, _ in _analysed(text)]


@pytest.mark.parametrize("text, kind", [
    ("The singer and the band played to the fans at the concert, and the drummer sang.\n\nConservative leader Tom "
     "Reed has called for a return to music lessons in schools.", "REQUEST"),
    ("Tom Reed is set to address 2,000 fans at a concert of the singer Ann Hall and her band.\n\nThe Liberal "
     "Democrat leader will visit the singer and the drummer before the show. Mr Reed will also call for more music "
     "lessons in schools.", "REQUEST"),
])
def test_a_party_member_by_description_is_political(text, kind):
    """A person described by a political party's name ('Conservative leader Tom Reed'), or one a
    description by a party's name stands for ('The Liberal Democrat leader' ... 'Mr Reed'), is a
    political party even in an article of a field (evgate35b; 48a7e5d dropped both)."""
    assert kind in [k for k, _, _ in _analysed(text)]


@pytest.mark.parametrize("text", [
    "The singer and the drummer played the concert for the audience.\n\nBrazilian singer Tom Reed will join the actor "
    "Pete Rowe on his radio show on Monday.",
    "The singer and the drummer played the concert for the audience.\n\nThe singer Tom Reed will join the Labour "
    "Party's favourite actor Pete Rowe on his radio show on Monday.",
])
def test_a_nationality_or_a_party_elsewhere_makes_no_party_member(text):
    """A nationality before a person's noun says where the singer is from, and a party's name that
    describes another word than the person ('the Labour Party's favourite actor') makes no member of
    it: the field's own business stays dropped (evgate35b)."""
    assert _analysed(text) == []


@pytest.mark.parametrize("text", [
    "The singer and the drummer played the concert for the fans.\n\nPop star Tom Reed has signed a three-album deal "
    "with record company EMI.",
    "The striker and the goalkeeper trained with the midfielder before the match.\n\nThe striker Tom Reed has refused "
    "to blame Jan van Hall for the defeat.",
])
def test_capitals_or_a_group_of_another_kind_make_no_governing_body(text):
    """A name in capitals ('EMI', 'BBC', 'AC Milan') or holding a group's word that is no
    organisation ('van', 'pair', 'band') is no governing body, so a field's own business with it stays
    dropped (gateleaks35; main: SUPPORT 'signed', REJECT 'refused')."""
    assert _analysed(text) == []


@pytest.mark.parametrize("text, kind", [
    ("The sprinters and the athletes ran in the race for the medal.\n\nThe International Association of Athletics "
     "Federations will appeal against the acquittal of the sprinters Tom Reed and Pete Rowe.", "REQUEST"),
    ("The sprinters and the athletes ran in the race for the medal.\n\nUK Athletics has agreed a four year deal with "
     "the drinks firm Blue Note.", "AGREE"),
])
def test_a_body_named_by_an_organisations_noun_or_its_sport_stays(text, kind):
    """A body named by a noun first an organisation ('Association', 'Federation') or by its sport
    ('UK Athletics') is a governing body: its acts stay (gateleaks35)."""
    assert kind in [k for k, _, _ in _analysed(text)]


@pytest.mark.parametrize("text", [
    "The fans cheered the players after the match.\n\nThe manager Tom Reed has urged Pete Rowe to stay at the club.",
    "The band played to the fans at the arena.\n\nThe singer Tom Reed has signed a deal with Blue Note Studios.",
])
def test_a_fields_person_by_a_second_sense_counts_for_the_field(text):
    """'fan' (first a device), 'band' (first an association) and 'player' (first a contestant, then a
    musician) are nouns of a field's people by one of their first two senses, as a political person's
    noun is: an article that names them is a field's, and its own business is no event (fieldcount36;
    main: REQUEST 'urged', SUPPORT 'signed')."""
    assert _analysed(text) == []


@pytest.mark.parametrize("text, kind", [
    ("The fans and the players of the club met the minister.\n\nThe Home Secretary Tom Reed has urged the police "
     "to arrest the fans who fought in the street.", "REQUEST"),
    ("The firm's chief executive said the bid was a good one for shareholders.\n\nBlue Note Holdings has agreed to "
     "buy the rival firm Rowe Partners for £200m.", "AGREE"),
])
def test_a_political_party_or_an_article_of_no_field_stays(text, kind):
    """A minister urging the police stays in an article that names fans and players, and a firm's deal
    in an article of no field stays (fieldcount36)."""
    assert kind in [k for k, _, _ in _analysed(text)]


@pytest.mark.parametrize("text, kind", [
    ("France beat Wales 24-18 in the Six Nations match in Cardiff.\n\nThe hosts led 18-12 as the game entered the "
     "final quarter, but France launched a series of attacks.", "ASSAULT"),
    ("Italy coach Tom Reed picked the same side for the match against Ireland.\n\nThe full-back was very good, "
     "although Italy defended man on man in the game.", "SUPPORT"),
])
def test_a_place_written_as_a_contests_side_plays(text, kind):
    """A place the article writes as a contest's side (the subject or object of a verb of competing
    beside a score, a name before a coach's noun) stands for that side: it is no political party for
    the field's gate, and a coded act whose every party is such a side, in a paragraph of play, is the
    side's play (playmoves37; main: ASSAULT 'launched attacks', SUPPORT 'defended')."""
    assert kind not in [k for k, _, _ in _analysed(text)]


@pytest.mark.parametrize("text, kind", [
    ("England beat Zimbabwe 3-0 in the first match of the tour.\n\nZimbabwe has banned journalists from the BBC "
     "from covering the tour.", "COERCE"),
    ("England beat Zimbabwe 3-0 in the first match of the tour.\n\nThe government of Zimbabwe has banned journalists "
     "from the BBC from covering the tour.", "COERCE"),
    ("Wales beat England 11-9 in the Six Nations match in Cardiff.\n\nPolice arrested two England fans after the "
     "game for fighting outside the ground.", "COERCE"),
])
def test_a_sides_state_acting_off_the_field_stays(text, kind):
    """A state that is a side elsewhere in the article, acting in a paragraph that frames no play (a ban
    on journalists covering a tour), and the police's arrest of fans, stay events (playmoves37)."""
    assert kind in [k for k, _, _ in _analysed(text)]


@pytest.mark.parametrize("text, kind", [
    ("Liverpool beat Everton in the derby match at Anfield on Saturday, with the goalkeeper and the striker the heroes "
     "for the fans.\n\nJamie Carragher cleared Duncan Ferguson's header off the line as Liverpool held on for a 2-1 "
     "win.", "CONCEDE"),
    ("Southampton lost to Fulham in the league match on Saturday, and the striker and the goalkeeper were booed by the "
     "fans.\n\nPeter Crouch shot wildly over the bar as Southampton chased an equaliser in the 2-1 defeat.",
     "ASSAULT"),
])
def test_a_players_coded_act_at_play_is_the_play(text, kind):
    """A coded act every party of which is a player (a person, no political party), of a type a move of
    play is written as, done by a doer named and by no verb of speech, in a paragraph that frames play,
    is the play (playpeople38; main: CONCEDE 'cleared', ASSAULT 'shot')."""
    assert kind not in [k for k, _, _ in _analysed(text)]


@pytest.mark.parametrize("text, kind", [
    ("Newcastle lost to Chelsea in the league match on Sunday, and the striker and the goalkeeper were booed by the "
     "fans.\n\nNewcastle fined striker Craig Bellamy two weeks' wages for refusing to play on the right wing in the "
     "3-0 defeat.", "SANCTION"),
    ("Leeds lost to Wigan in the league match on Saturday, and the striker and the goalkeeper were booed by the "
     "fans.\n\nKevin Blackwell resigned as manager after the 3-0 defeat, the club's fifth in a row.", "RETREAT"),
    ("Everton beat Bolton in the league match on Saturday, and the striker and the goalkeeper were cheered by the "
     "fans.\n\nPolice arrested the Bolton striker Tom Reed after the 3-2 defeat for assaulting a steward.", "COERCE"),
])
def test_a_field_peoples_coded_act_of_no_play_stays(text, kind):
    """In a paragraph that frames play, a club's fine on its player, a manager's resignation (types no
    move of play is written as) and the police's arrest of a player (a political party) stay events
    (playpeople38)."""
    assert kind in [k for k, _, _ in _analysed(text)]


@pytest.mark.parametrize("text", [
    "The striker and the goalkeeper trained with the midfielder before the match.\n\nCeltic have bid £2m for the "
    "24-year-old Spanish international this week.",
    "The striker and the goalkeeper trained with the midfielder before the match.\n\n\"We will have to speak with the "
    "Bulgarian FA,\" said the manager Tom Reed.",
])
def test_a_state_named_only_as_a_describing_word_is_no_party(text):
    """A state named in the event's words only by a word describing a noun of no political kind ('the
    Spanish international', 'the Bulgarian FA') stands for that noun's bearer, a player or a field's
    body: in an article of a field the deal is the field's own business (fieldbiz37; main: REQUEST
    'bid' with Spain, CONSULT 'speak with' Bulgaria)."""
    assert _analysed(text) == []


def test_a_withdrawal_through_injury_is_no_sanction():
    """A star's or a player's pulling out is SANCTION's withdraw mode (a party's own resources), which
    PLOVER codes by its actors, not whatever they are: in an article of a field, with no political
    party, it is no event (fieldbiz37; main: SANCTION withdraw 'had to pull out')."""
    assert _analysed("The actress and the singer performed in the musical for the audience.\n\nThe actress Ann Hall "
                     "had to pull out of the performances with a broken foot.") == []


@pytest.mark.parametrize("text, kind", [
    ("The striker and the goalkeeper trained with the midfielder before the match.\n\nZimbabwe has pulled out of the "
     "deal to host the tour.", "SANCTION"),
    ("The striker and the goalkeeper trained with the midfielder before the match.\n\nZimbabwean ministers have urged "
     "the team to cancel the tour.", "REQUEST"),
    ("The actress and the singer performed in the film for the audience.\n\nThe studio Blue Note Pictures has been "
     "suspended by the Screen Actors Guild.", "SANCTION"),
])
def test_a_states_withdrawal_its_officials_and_a_bodys_suspension_stay(text, kind):
    """A state's own withdrawal, a state's ministers' call and a body's suspension of a studio stay
    events in an article of a field (fieldbiz37)."""
    assert kind in [k for k, _, _ in _analysed(text)]


FIELD_LEAD = "The striker and the goalkeeper trained with the midfielder before the match.\n\n"


@pytest.mark.parametrize("text", [
    "The striker Tom Reed left Boca Juniors and headed for Brazil.",
    "England will tour South Africa in the summer after the Six Nations.",
    "Wales will visit Argentina in June for a two-Test series.",
])
def test_a_state_a_fields_party_goes_to_or_meets_is_no_party(text):
    """A state only gone to or met by a field's players, clubs or sides ('headed for Brazil', 'will
    tour South Africa'), named by no political noun and beside no political person, is the
    country of a tour or a transfer, no party PLOVER codes: in an article of a field the act is the
    field's own business (fieldsides38; main: CONSULT with the state as target)."""
    assert _analysed(FIELD_LEAD + text) == []


@pytest.mark.parametrize("text, kind", [
    ("The Sports Minister Tom Reed will visit Brazil next week.", "CONSULT"),
    ("The striker Tom Reed will visit Brazil to meet President Lula.", "CONSULT"),
    ("The England players will meet the Zimbabwean government in Harare.", "CONSULT"),
    ("Zimbabwe has invited the England team to tour in November.", "CONSULT"),
    ("The striker Tom Reed donated £10,000 to Sri Lanka after the tsunami.", "AID"),
    ("The striker Tom Reed urged Britain to back the Olympic bid.", "REQUEST"),
])
def test_a_state_met_by_officials_acting_given_aid_or_asked_stays(text, kind):
    """A state visited by an official, beside a president, named by 'government', inviting a side
    itself, given aid or asked to act stays a party: those events stay (fieldsides38)."""
    assert kind in [k for k, _, _ in _analysed(FIELD_LEAD + text)]


FANS_LEAD = "The fans cheered the players and the club after the game.\n\n"   # a field's, no mark only sport has


@pytest.mark.parametrize("text", [
    "Manager Tom Reed has ordered captain Mark Hall not to play down their ambitions and be more positive.",
    "Their president, Tom Reed, said they have already spoken with Mark Hall about a move.",
    "England captain Tom Reed met Mark Hall to discuss his future.",
    "Celtic president Tom Reed has spoken with Mark Hall about a move.",
])
def test_a_captain_or_a_president_in_an_article_of_a_field_is_no_office(text):
    """A title one of whose WordNet senses leads a group or an organisation of no political kind
    ('group_leaders': 'captain', 'president'), in an article of a field, owned by no political party
    and written as no formal title before a name, is a side's or a club's officer, no army rank nor
    head of state — bare ('captain Mark Hall'), owned by a side or by a pronoun: the act is the
    field's own business (sportev39; main: REQUEST, CONSULT with the titled person political)."""
    assert _analysed(FANS_LEAD + text) == []


@pytest.mark.parametrize("text, kind", [
    ("President Tom Reed met Mark Hall on Monday to discuss the bid.", "CONSULT"),
    ("Russian President Vladimir Putin met Mark Hall on Monday to discuss the bid.", "CONSULT"),
    ("US President George Bush met Mark Hall on Monday to discuss the bid.", "CONSULT"),
    ("The IAAF president Tom Reed met Mark Hall on Monday to discuss the ban.", "CONSULT"),
    ("The company's president Tom Reed met Mark Hall on Monday to discuss the bid.", "CONSULT"),
    ("The fans and the audience cheered the band.\n\nCompany president Tom Reed met Mark Hall to discuss the deal.",
     "CONSULT"),
])
def test_a_formal_title_or_a_president_of_a_state_or_a_body_stays(text, kind):
    """A formal title before a name ('President Tom Reed'), a state's president, a governing body's
    president, a title in an article no field's, and a firm's president in an article of a field that
    names no contest's people (the band's fans) keep the office: those events stay (sportev39)."""
    lead = "" if text.startswith(("The company", "The fans")) else FANS_LEAD
    assert kind in [k for k, _, _ in _analysed(lead + text)]
