"""Time expressions: spans and TIMEX3 values on news sentences, and the seed article's gold."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsledger.extract.time.anchor import tense_at
from newsledger.extract.time.find import find_timexes
from newsledger.extract.time.inference import dateline_day, pins_the_day, saying_day

SEED_GOLD = Path(__file__).parent / "fixtures" / "gold" / "seed.gold.json"   # pinned copy of the seed's gold

# (sentence, anchor, expression, value); anchor 2022-12-18 is a Sunday, 2022-12-21 a Wednesday
CASES = [
    # calendar dates
    ("The deal was signed on Dec. 19, 2021 in Paris.", "2022-12-18", "Dec. 19, 2021", "2021-12-19"),
    ("He was born on 19 December 1950 in Minsk.", "2022-12-18", "19 December 1950", "1950-12-19"),
    ("The report is dated 12/19/2022.", "2022-12-18", "12/19/2022", "2022-12-19"),
    ("Putin will come to Minsk on December 19.", "2022-12-18", "December 19", "2022-12-19"),
    ("Putin will come to Minsk on December 19.", "XXXX-12-18", "December 19", "XXXX-12-19"),
    ("Putin will come to Minsk on December 19.", None, "December 19", "XXXX-12-19"),
    ("The ceasefire collapsed on Jan. 5, officials said.", "2023-01-20", "Jan. 5", "2023-01-05"),
    ("Talks are planned for Jan. 10.", "2022-12-18", "Jan. 10", "2023-01-10"),
    ("The Kremlin said on Monday, December 19, that the visit was on.", "2022-12-20", "Monday, December 19", "2022-12-19"),
    # years, decades, centuries
    ("The war in Donbas began in 2014.", "2022-12-18", "2014", "2014"),
    ("Inflation was lower in the 1990s.", "2022-12-18", "the 1990s", "199"),
    ("Belarus was poorer in the mid-1990s.", "2022-12-18", "mid-1990s", "199"),
    ("It was the bloodiest war of the 20th century.", "2022-12-18", "the 20th century", "19"),
    ("Sales fell 5% last year.", "2022-12-18", "last year", "2021"),
    ("Sales will recover this year.", "2022-12-18", "this year", "2022"),
    ("The plant will open next year.", "2022-12-18", "next year", "2023"),
    ("The attack happened two years ago.", "2022-12-18", "two years ago", "2020"),
    ("Growth was weak in fiscal 2021.", "2022-12-18", "fiscal 2021", "2021"),
    # months
    ("Earlier this month, the army moved north.", "2022-12-18", "Earlier this month", "2022-12"),
    ("In March, inflation hit 10%.", "2022-12-18", "March", "2022-03"),
    ("Elections will be held in March.", "2022-12-18", "March", "2023-03"),
    ("Prices rose in November 2021.", "2022-12-18", "November 2021", "2021-11"),
    ("Prices rose last month.", "2022-12-18", "last month", "2022-11"),
    ("He took office last January.", "2022-12-18", "last January", "2022-01"),
    # weeks and weekdays
    ("Prices rose sharply last week.", "2022-12-18", "last week", "2022-W49"),
    ("Ministers meet again next week.", "2022-12-18", "next week", "2022-W51"),
    ("Lukashenko met Shoigu on Monday.", "2022-12-21", "Monday", "2022-12-19"),
    ("The talks took place on Friday, officials said.", "2022-12-21", "Friday", "2022-12-16"),
    ("The summit will be held on Friday.", "2022-12-21", "Friday", "2022-12-23"),
    ("Putin will visit Minsk next Monday.", "2022-12-21", "next Monday", "2022-12-26"),
    ("Troops withdrew last Tuesday.", "2022-12-21", "last Tuesday", "2022-12-20"),
    ("Troops withdrew last Tuesday.", "2022-12-23", "last Tuesday", "2022-12-20"),
    ("Monday's vote was delayed.", "2022-12-21", "Monday", "2022-12-19"),
    ("Putin met Lukashenko on Monday.", "XXXX-12-21", "Monday", "XXXX-WXX-1"),
    ("Protesters gathered Friday night in the square.", "2022-12-21", "Friday night", "2022-12-16"),
    ("Rallies were held over the weekend.", "2022-12-21", "the weekend", "2022-W50-WE"),
    # days
    ("Yesterday, the minister resigned.", "2022-12-18", "Yesterday", "2022-12-17"),
    ("Parliament meets tomorrow.", "2022-12-18", "tomorrow", "2022-12-19"),
    ("Today is calm in Kyiv.", "2022-12-18", "Today", "2022-12-18"),
    ("Sirens sounded this morning.", "2022-12-18", "this morning", "2022-12-18TMO"),
    ("The talks ended on Dec. 3. The next day, shelling resumed.", "2022-12-18", "The next day", "2022-12-04"),
    ("Talks ended on Dec. 3. He had arrived the day before and left at once.", "2022-12-18",
     "the day before", "2022-12-02"),
    ("Three weeks ago the army retreated.", "2022-12-18", "Three weeks ago", "2022-W47"),
    # quarters, halves, seasons, holidays
    ("Growth slowed in the third quarter.", "2022-12-18", "the third quarter", "2022-Q3"),
    ("Output fell in the third quarter of 2021.", "2022-12-18", "the third quarter of 2021", "2021-Q3"),
    ("Profits rose in the first half of 2022.", "2022-12-18", "the first half of 2022", "2022-H1"),
    ("The offensive is expected in the spring.", "2022-12-18", "spring", "2023-SP"),
    ("Ukraine counterattacked last summer.", "2022-12-18", "last summer", "2022-SU"),
    ("Fighting paused on Christmas Day.", "2022-12-28", "Christmas Day", "2022-12-25"),
    ("Troops hope to be home by next Christmas.", "2022-12-28", "next Christmas", "2023-12-25"),
    ("Churches will open on Easter Sunday.", "2023-03-20", "Easter Sunday", "2023-04-09"),
    # clock times
    ("The vote is at 3 p.m. on Monday.", "2022-12-21", "3 p.m. on Monday", "2022-12-26T15:00"),
    ("Air raid alerts began at 7:30 a.m.", "2022-12-18", "7:30 a.m.", "2022-12-18T07:30"),
    ("The curfew starts at midnight.", "2022-12-18", "midnight", "2022-12-18T24:00"),
    ("Sirens sounded at 2000 GMT.", "2022-12-18", "2000 GMT", "2022-12-18T20:00"),
    ("Shelling started at 06.15 hrs.", "2022-12-18", "at 06.15 hrs", "2022-12-18T06:15"),
    # a bracketed clock restating the one before in GMT is no second time expression
    ("Polls opened at 7 a.m. (0400 GMT) on Sunday.", "2022-12-21", "7 a.m.", "2022-12-18T07:00"),
    # durations and sets
    ("Talks lasted three days.", "2022-12-18", "three days", "P3D"),
    ("The talks lasted several days.", "2022-12-18", "several days", "PXD"),
    ("There was an hour-long discussion.", "2022-12-18", "hour-long", "PT1H"),
    ("The meeting lasted an hour and a half.", "2022-12-18", "an hour and a half", "PT1H30M"),
    ("He signed a two-year contract.", "2022-12-18", "two-year", "P2Y"),
    ("Prices have doubled over the past decade.", "2022-12-18", "the past decade", "P10Y"),
    # a fortnight is two weeks, as a stretch, a step back or a frequency
    ("A decision is expected in the next fortnight.", "2022-12-18", "the next fortnight", "P2W"),
    ("The strike will end within a fortnight.", "2022-12-18", "a fortnight", "P2W"),
    ("He resigned a fortnight ago.", "2022-12-18", "a fortnight ago", "2022-W48"),
    ("The committee meets every fortnight.", "2022-12-18", "every fortnight", "P2W"),
    # one unit 'ahead' or 'to come' is a stretch from now, as 'the next year' is ('the years ahead' stays vague)
    ("Profits should rise in the year ahead.", "2022-12-18", "the year ahead", "P1Y"),
    ("Talks will be held in the week to come.", "2022-12-18", "the week to come", "P1W"),
    # described ('a tough year ahead', 'the challenging months ahead'), but not counted or placed
    ("Retailers face a tough year ahead.", "2022-12-18", "a tough year ahead", "P1Y"),
    ("The firm is preparing for the challenging months ahead.", "2022-12-18", "the challenging months ahead", "PXM"),
    ("Jobs will go over the next six months.", "2022-12-18", "the next six months", "P6M"),
    # the British 'financial year' and 'tax year' are valued as 'fiscal year' is
    ("Profits will rise next financial year.", "2022-12-18", "next financial year", "2023"),
    ("Revenues will fall by the end of the tax year.", "2022-12-18", "the end of the tax year", "2022"),
    ("Troops have been shelling the city daily.", "2022-12-18", "daily", "P1D"),
    ("The council meets every week.", "2022-12-18", "every week", "P1W"),
    # vague references
    ("In recent days, generals visited Lukashenko.", "2022-12-18", "In recent days", "PAST_REF"),
    ("There are currently no signs of an attack.", "2022-12-18", "currently", "PRESENT_REF"),
    ("For now, everything is quiet.", "2022-12-18", "now", "PRESENT_REF"),
    ("The minister recently visited Beijing.", "2022-12-18", "recently", "PAST_REF"),
    ("Sanctions may be lifted in the future.", "2022-12-18", "in the future", "FUTURE_REF"),
    ("Prices will stay high in the near term.", "2022-12-18", "the near term", "FUTURE_REF"),
    # stretches named by "recent" are durations of unknown length
    ("Prices have risen in recent months.", "2022-12-18", "recent months", "PXM"),
    ("Attacks multiplied in recent weeks.", "2022-12-18", "recent weeks", "PXW"),
    # tense cues: "set"/"plan" only before "to"/"for"; "payable" looks ahead; "un-...-ed" is no verb
    ("The index stayed near the record set on Aug. 6.", "2022-02-06", "Aug. 6", "2021-08-06"),
    ("The ministry announced the plan Aug. 21.", "2022-10-27", "Aug. 21", "2022-08-21"),
    ("The dividend is payable Jan. 2.", "2022-11-02", "Jan. 2", "2023-01-02"),
    ("Qantas will double flights to markets untouched by August.", "2022-02-13", "August", "2022-08"),
    # a quarter still to come
    ("The merger is expected to close in the third quarter.", "2022-03-14", "the third quarter", "2022-Q3"),
    ("The company will report third-quarter results.", "2022-11-02", "third-quarter", "2022-Q3"),
    # counted from the day or month last spoken of
    ("Talks began on Feb. 7. The rebels had struck the previous Friday.", "2022-03-14",
     "the previous Friday", "2022-02-04"),
    ("Prices rose in March. The following month they fell.", "2022-11-14", "The following month", "2022-04"),
    # ranges, weeks named by a day, parts of a day
    ("Leaders meet in Brussels on Dec. 19-20.", "2022-12-18", "Dec. 19-20", "2022-12-19"),
    ("Riots broke out on Dec. 19-20, 2011, in the capital.", "2022-12-18", "Dec. 19-20, 2011", "2011-12-19"),
    ("Sales in the week of March 6 doubled.", "2022-03-14", "the week of March 6", "2022-W09"),
    ("The blast came in mid afternoon.", "2022-12-18", "mid afternoon", "2022-12-18TAF"),
    ("The storm hit on Tuesday, and the river rose in the late afternoon.", "2022-12-21",
     "the late afternoon", "2022-12-20TAF"),
    # years in words, as transcripts write them
    ("The treaty was signed in nineteen ninety-six.", "2022-12-18", "nineteen ninety-six", "1996"),
    ("It was a cold winter of nineteen ninety-four.", "2022-12-18", "winter of nineteen ninety-four", "1994-WI"),
    ("Every child will learn to read by the year two thousand.", "1998-03-03", "the year two thousand", "2000"),
    # recurring days and months, halves of years in digits
    ("The fair is held each July.", "2022-12-18", "each July", "XXXX-07"),
    ("Flights leave on Tuesday nights.", "2022-12-18", "Tuesday nights", "XXXX-WXX-2TNI"),
    ("The council meets Mondays.", "2022-12-18", "Mondays", "XXXX-WXX-1"),
    ("He served 2 1/2 years in prison.", "2022-12-18", "2 1/2 years", "P2Y6M"),
    # "the year" of financial reports
    ("Net income for the year ended Sept. 30 rose 8%.", "2022-11-02", "the year", "P1Y"),
    ("For the year, sales rose 3%.", "2022-11-02", "the year", "2022"),
    ("The company expects a loss for the full year.", "2022-11-02", "the full year", "2022"),
    # a weekday's morning, afternoon or evening is written into its value; its night is not
    ("The convoy left Friday morning, officials said.", "2022-12-21", "Friday morning", "2022-12-16TMO"),
    ("Talks resumed Tuesday evening in Minsk.", "2022-12-21", "Tuesday evening", "2022-12-20TEV"),
    # a plan as it stood before ("had been due to") points to a day now past
    ("The offer had been due to expire Friday, but was extended.", "2022-12-21", "Friday", "2022-12-16"),
    ("The offer is due to expire Friday.", "2022-12-21", "Friday", "2022-12-23"),
    # "the past year" is the calendar year before; "the nineties" the 1990s
    ("Exports doubled over the past year, the ministry said.", "2022-12-18", "the past year", "2021"),
    ("Imports will rise over the next year.", "2022-12-18", "the next year", "2023"),
    ("The plant was built in the nineties.", "2022-12-18", "the nineties", "199"),
    ("The town grew fast in the late sixties.", "2022-12-18", "the late sixties", "196"),
    # "the latest period", "the 2021 period": in a results report, the quarter under discussion
    ("Third-quarter profit rose 8%. Sales in the latest period were flat.", "2022-11-02",
     "the latest period", "2022-Q3"),
    ("Third-quarter profit rose to $5 million from $3 million in the 2021 period.", "2022-11-02",
     "the 2021 period", "2021-Q3"),
    ("Third-quarter sales rose 4% from the corresponding period last year.", "2022-11-02",
     "the corresponding period last year", "2021-Q3"),
    ("Sales fell in the latest period, the company said.", "2022-11-02", "the latest period", "2022-Q3"),
    # a forecast quarter is not the one the report goes on to discuss
    ("Third-quarter profit fell; losses may last through the first quarter of 2023. "
     "Sales in the year-ago period were higher.", "2022-11-02", "the year-ago period", "2021-Q3"),
    # a bare season after "over", "into", "throughout"
    ("Demand stayed weak over the summer, the chain said.", "2022-10-26", "the summer", "2022-SU"),
    ("Shortages will last well into the winter.", "2022-10-26", "the winter", "2022-WI"),
    # "last Oct. 23", "next March 5": the latest one before, the first one after
    ("He was arrested last Oct. 23 in Buffalo.", "2023-04-19", "last Oct. 23", "2022-10-23"),
    ("The law takes effect next March 5.", "2022-11-02", "next March 5", "2023-03-05"),
    # said on no known day, a month, quarter, week or weekend of the anchor is still a date
    ("Rents went up again last month, the agency said.", None, "last month", "XXXX-XX"),
    ("The board meets next quarter.", None, "next quarter", "XXXX-QX"),
    ("Ferries will be cancelled this week.", None, "this week", "XXXX-WXX"),
    ("Fans will gather this weekend.", None, "this weekend", "XXXX-WXX-WE"),
    ("Rents went up again last month, the agency said.", "2022-11-02", "last month", "2022-10"),
    # "the months ahead", "the years to come": an unspecified future, like "the coming months"
    ("Prices may fall in the months ahead.", "2022-11-02", "in the months ahead", "FUTURE_REF"),
    ("Such storms will be more common in the years to come.", None, "in the years to come", "FUTURE_REF"),
    # a season with no name is an activity's (a sport's, a theatre's): its year is left unknown,
    # dated or not, and it is no spring or summer
    ("The midfielder hopes to be fit by next season.", None, "next season", "XXXX"),
    ("The striker will leave the club at the end of the season.", None, "the end of the season", "XXXX"),
    ("The winger could return later in the season, the physio said.", None, "later in the season", "XXXX"),
    ("The theatre will stage two new plays this season.", "2022-10-26", "this season", "XXXX"),
    ("Fans will see a new stand on the first day of next season.", "2022-02-10", "next season", "XXXX"),
    ("The offensive is expected next spring.", "2022-12-18", "next spring", "2023-SP"),   # a named season
]


@pytest.mark.parametrize("sentence,anchor,expr,value", CASES)
def test_news_sentences(sentence: str, anchor: str | None, expr: str, value: str) -> None:
    start = sentence.index(expr)
    found = find_timexes(sentence, anchor)
    hits = [t.value for t in found if t.span[0] < start + len(expr) and start < t.span[1]]
    assert hits == [value], [(t.text, t.value) for t in found]


@pytest.mark.parametrize("sentence", [
    "The 6-year-old boy was returned to his father.",
    "Three-quarters of the voters stayed home.",
    "The ruble lost a quarter of its value.",
    "Eastern Europe remains tense.",
    "The mayor of Kyiv spoke to reporters.",
    "About 2,000 troops and 300 tanks crossed the border.",
    "He won a second term.",
    "Wages rose to $1,500 a month.",
    "Average daily volume was 133 million shares.",
    "She was named player of the year.",
    "Nineteen twenty-five people were hurt.",
    "This is very important to the future of our country.",
    "Shares rose after a recent filing with regulators.",
    # "Now," opening a sentence is a connective; newspapers named "daily"; idioms; the present age
    "Now, the opposition says, the vote was rigged.",
    "The Kyiv Daily reported the strike.",
    "The Communist Party daily reported the decision.",
    "For the markets, high noon has arrived.",
    "Corruption is a plague of today's world.",
    "Drones are tomorrow's threat, the general said.",
    "The pensioner is in her nineties.",
    "Currently, the plant employs 400 people.",
    # "at present", "at the moment": TimeBank, AQUAINT and TE3-silver all leave them untagged
    "Talks are at present suspended.",
    # "at 2.46", "from 6.31": amounts; a clock with a dot needs "hrs" or a zone after it
    "Sales were little changed at 2.46 billion guilders.",
    "Mortgage rates rose from 6.31 percent.",
    "Exports reached 85 million barrels per day.",
    "The border is closed at the moment, a guard said.",
    # "the day before" a clause names a day by an event we cannot date
    "He was seen the day before police raided the house.",
    # "the week ahead of" a clause or noun: before an event we cannot date, not a stretch from now
    "Shares rose in the week ahead of the vote.",
    # "the same period" with no quarter in view: nothing to resolve it against
    "Crime fell by a third over the same period, police said.",
    # a season of no relative word or edge: which one, not when ('the dry season', 'her season's best')
    "Attacks intensify during the dry season, the monitors said.",
    "She ran a season's best in the heats.",
])
def test_no_false_alarms(sentence: str) -> None:
    assert find_timexes(sentence, "2022-12-18") == []


def test_spans_index_the_text() -> None:
    text = "On Monday, Dec. 19, talks began; two days later, on Wednesday, they ended."
    found = find_timexes(text, "2022-12-21")
    assert [t.text for t in found] == ["Monday, Dec. 19", "two days", "Wednesday"]
    for t in found:
        assert text[t.span[0]:t.span[1]] == t.text


def test_types() -> None:
    types = {t.text: t.type for t in find_timexes(
        "For three days, at 3 p.m. daily, since Monday, shelling went on.", "2022-12-21")}
    assert types == {"three days": "DURATION", "3 p.m.": "TIME", "daily": "SET", "Monday": "DATE"}


def test_tense() -> None:
    text = "Putin will arrive on Monday. Lukashenko said on Monday that he was ready."
    first, second = text.index("Monday"), text.rindex("Monday")
    assert tense_at(text, first, first + 6) == "future"
    assert tense_at(text, second, second + 6) == "past"


def saying(parser, text: str) -> str | None:
    doc = parser(text)
    return saying_day(doc, find_timexes(doc.text, None))


@pytest.mark.parametrize("text,day", [
    # the day the sources spoke: the day the story stands on
    ("On December 19, Putin will come to Minsk. \"The operation will be worked out,\" Nayev said on December 18.",
     "XXXX-12-18"),
    ("On 4 March the finance minister told reporters that rates would stay low.", "XXXX-03-04"),
    ("The union announced on Feb. 8 that the walkout was over. Its leader had said on Jan. 30 it would last.",
     "XXXX-02-08"),
    # every other date is one the story talks about: no day at all rather than a wrong one
    ("Russia attacked Kyiv on Oct. 10, 2022, the ministry said.", None),
    ("The bridge collapsed on 5 May and the inquiry opened on 9 May.", None),
    ("The regulator said the bank stopped lending on 30 June.", None),
    ("The airline said it will publish its results on 21 April.", None),
    ("In his written answer on 12 May 2001 the minister said nothing of it.", None),
    ("A new book says the general warned the cabinet on 2 April 2002 that the plan was flawed.", None),
    ("The minister said on 9 July 2001 that the mine was safe; in 2004 it flooded.", None),
    ("Net income for the quarter ended Sept. 30 fell 5%, the company said.", None),
    ("Officials met on Monday and talks went on through the weekend.", None),
])
def test_saying_day(parser, text: str, day: str | None) -> None:
    assert saying(parser, text) == day


@pytest.mark.parametrize("text,pinned", [
    # a saying and the next day spoken of in the future: the report stands between them
    ("The mayor said on 6 June that the bridge will reopen on 7 June.", True),
    ("The ministry announced on Dec. 31 that the tariff will rise on Jan. 1.", True),
    # a saying alone, or a later day ahead, only bounds the day of writing from below
    ("The mayor said on 6 June that the bridge would reopen.", False),
    ("The mayor said on 6 June that the bridge will reopen on 9 June.", False),
    ("The mayor said on 6 June that the bridge will reopen on 7 June. Repairs will start on 5 June.", False),
])
def test_a_saying_pins_the_day_only_with_the_next_day_ahead(parser, text: str, pinned: bool) -> None:
    said = saying(parser, text)
    assert said is not None and pins_the_day(text, find_timexes(text, said), said) is pinned


@pytest.mark.parametrize("text,day", [
    # a dateline at the top is the day the report was filed
    ("WASHINGTON, March 14, 2013 -- The Senate met on Jan. 3 and again on Feb. 1.", "2013-03-14"),
    ("LONDON, Nov. 15 (AP) - Police said on Nov. 20 they would act.", "XXXX-11-15"),
    ("KYIV, Jan 2 (Reuters) - Shelling went on. On Dec. 31 Putin spoke.", "XXXX-01-02"),
    # no dateline: the body's dates are no publication date
    ("The bill passed on Feb. 3. It had been filed on Nov. 4, 2012.", None),
    ("She was born on June 3, 1950, in Ohio, and moved to Chicago in 1975.", None),
])
def test_dateline_day(text: str, day: str | None) -> None:
    assert dateline_day(text) == day


def test_seed_gold(parser) -> None:
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    found = find_timexes(gold["text"], "2022-12-18")
    for g in gold["timexes"]:
        accepted = g["value"] if isinstance(g["value"], list) else [g["value"]]
        hits = [t for t in found if t.span[0] < g["span"][1] and g["span"][0] < t.span[1]]
        assert hits and hits[0].value in accepted, (g, [(t.text, t.value) for t in hits])
        assert hits[0].value in accepted, (g, hits[0])
    assert dateline_day(gold["text"]) is None and saying(parser, gold["text"]) == "XXXX-12-18"


def test_an_undated_article_takes_its_date_from_a_dateline_or_a_pinned_saying_never_from_its_story() -> None:
    from newsledger.extract.pipeline import analyze
    from newsledger.model import Article
    texts = {"dateline": "OSLO, May 3 (Reuters) - The strike that began on April 20 is over, the union said.",
             "pinned": "The mayor said on 6 June that the bridge will reopen on 7 June after repairs.",
             "story": "The bridge collapsed on 5 May. An inquiry found that the steel had rusted."}
    got = {a.article.id: (a.article.published, a.article.date_source)
           for a in analyze([Article(id=k, text=v) for k, v in texts.items()])}
    assert got == {"dateline": ("XXXX-05-03", "dateline"), "pinned": ("XXXX-06-06", "text"), "story": (None, None)}


@pytest.mark.parametrize("text, published, value", [
    # told in the past, the one before: the verb the parse hangs the day on, not the nearest 'will'
    ("Zelensky said in a video address on Wednesday that Kyiv will seek new air defence systems.",
     "2024-05-20", "2024-05-15"),
    ("On Friday, the ministry planned to pay the first claims to the families.", "2024-05-20", "2024-05-17"),
    # in the future, under a future modal or a present of plan, the next one, whatever verb stands near
    ("The minister will travel to Brussels on Wednesday, his office said.", "2024-05-20", "2024-05-22"),
    ("The minister might come to the capital as soon as Friday, aides said.", "2024-05-20", "2024-05-24"),
    ("The committee is meeting on Friday to vote on the bill.", "2024-05-20", "2024-05-24"),
    ("The astronaut will be named commander of the station for a mission in December.", "2024-03-04", "2024-12"),
    # the parse says nothing: a noun's time ('a June agreement'), a 'could' that is past as often as
    # ahead; the words around it decide, as before
    ("The board is trying to sell the bank under a June agreement with its shareholders.", "2024-10-30", "2024-06"),
    ("The regulator said the shares could be traded on Friday.", "2024-05-20", "2024-05-17"),
], ids=["said-address", "planned-past", "will-said", "might", "progressive", "will-be-named", "noun", "could"])
def test_a_weekday_or_month_takes_the_tense_of_the_verb_it_modifies(text: str, published: str, value: str) -> None:
    """TimeML resolves a weekday or a month named without its year by the tense of the event it
    anchors: the pipeline's time room reads it from the parse (``time/clause.py``)."""
    from newsledger.extract.pipeline import analyze
    from newsledger.model import Article
    [t] = next(analyze([Article(id="t", text=text, published=published)])).timexes
    assert t.value == value


@pytest.mark.parametrize("text, value", [
    ("Rescuers expect more rain in the next hours.", "PTXH"),
    ("Rescuers expect more rain in the coming hours.", "FUTURE_REF"),
    ("The council will decide in the next days.", "PXD"),
    ("The council will decide in the next weeks.", "PXW"),
])
def test_the_next_or_coming_hours_days_or_weeks_are_a_stretch_ahead(text: str, value: str) -> None:
    [t] = find_timexes(text, "2024-05-20")
    assert t.value == value
