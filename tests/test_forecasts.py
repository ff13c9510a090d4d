"""The forecast ledger on the sample corpus: a planned visit that a later article reports as held,
and a prediction that fails; verdicts make a track record and survive re-analysis."""
from __future__ import annotations

import pytest

from newsledger import Ledger

from .conftest import SAMPLES

WRITTEN = SAMPLES / "written.jsonl"


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    with Ledger(tmp_path_factory.mktemp("fc") / "l.db") as led:
        led.ingest([WRITTEN])
        yield led


def _one(ledger, words):
    found = [f for f in ledger.forecasts().items if words in f.content]
    assert len(found) == 1, [f.content for f in ledger.forecasts().items]
    return found[0]


def test_syndicated_copies_make_one_forecast(ledger):
    assert sum("cross into Ukraine" in f.content for f in ledger.forecasts().items) == 1


def test_planned_visit_is_proposed_as_confirmed_by_the_later_report(ledger):
    visit = _one(ledger, "will visit Minsk")
    assert visit.horizon == "2022-12-19" and visit.event_type in ("CONSULT", "AGREE")
    proposals = ledger.propose_confirmations(visit.id)
    assert proposals and proposals[0].article_id == "nl-sample-004"
    assert proposals[0].status == "occurred"


def test_verdicts_make_a_track_record_that_survives_reanalysis(ledger):
    visit = _one(ledger, "will visit Minsk")
    cross = _one(ledger, "cross into Ukraine")
    assert cross.speaker == "Oleg Zhdanov" and cross.horizon.startswith("2023-01")
    assert ledger.propose_confirmations(cross.id) == []
    event = ledger.propose_confirmations(visit.id)[0].id
    ledger.resolve_forecast(visit.id, came_true=True, event_id=event)
    ledger.resolve_forecast(cross.id, came_true=False, note="no crossing by mid-February (nl-sample-006)")
    board = {r.speaker: r for r in ledger.scoreboard()}
    assert (board["Oleg Zhdanov"].right, board["Oleg Zhdanov"].wrong) == (0, 1)
    assert board["Oleg Zhdanov"].brier == pytest.approx(0.9 ** 2)   # "predicted": asserted, 0.9
    assert board[visit.speaker].right == 1
    ledger.conn.execute("DELETE FROM articles WHERE id='nl-sample-003'")
    ledger.conn.commit()
    ledger.ingest([WRITTEN])
    assert _one(ledger, "cross into Ukraine").verdict == "did_not"


def _analysed(text: str, published: str | None = None):
    from newsledger.extract.pipeline import analyze
    from newsledger.model import Article

    return next(analyze([Article(id="f", text=text, published=published)]))


@pytest.mark.parametrize("text, forecast", [
    ('The organiser said: "We are hoping that thousands of people will join the march."', True),  # a hope foresees
    ("The ministry hopes its new scheme will create jobs.", True),
    ("The ministry said it could not comment on the case.", False),                 # an inability
    ("Traders say the figures show prices may be steadying.", False),               # a guess about now
    ("The union said there were gaps in the law that could be exploited by firms.", False),  # a relative clause
    ("The carmaker said it was too early to say how much the repairs would cost.", False),   # a question
    ("The firm said it would be moving its plants to cheaper countries.", True),
    ("The minister said he believed the troops would leave next month.", True),
    ("The bankers said they were confident the merger would be signed in March.", True),
    ("The minister said if talks fail the troops will move.", True),
    ('The mayor said: "We are going to the High Court because the plan is unlawful."', False),  # motion, not 'going to'
    ("The union said it is going to ask members to vote on the offer.", True),
    ("The firm said it has tried to involve residents in any future plans.", False),  # 'future' modifies, claims nothing
])
def test_a_forecast_is_what_the_contents_main_clause_says_will_happen(text, forecast):
    [st] = _analysed(text).statements
    assert st.forecast is forecast


@pytest.mark.parametrize("text, forecast", [
    # a plain future in a relative clause on a main predicate's noun is the speaker's forecast too
    ('"The stadium is a project that will bring thousands of jobs to the town," the mayor said.', True),
    ('"Fares are one of the issues we are going to raise with the minister next week," the union said.', True),
    ('"We are moving to a new system, which will cut costs by a fifth," the chairman said.', True),
    ('"We have signed a striker who will join us in the summer," the manager said.', True),
    # not under a duty, nor a habit or a general truth, nor a possibility
    ('"We need to find a plan that is going to work," the coach said.', False),
    ('"He is a player who will always be loyal to his team," the coach said.', False),
    ('"It is a job that will usually take two days," the builder said.', False),
    ('"There are loopholes in the law that could be abused," the union said.', False),
    # a future told as past in the speaker's own words is what was meant then (told_as_past)
    ('"It was a tour that was going to change everything for us," the singer said.', False),
])
def test_a_future_in_a_relative_clause_on_the_main_predicate_is_a_forecast(text, forecast):
    [st] = _analysed(text).statements
    assert st.forecast is forecast



@pytest.mark.parametrize("text, forecast", [
    # a hope foresees what it wants: its content about a later time is a forecast
    ("The club said it hoped to sign two new strikers.", True),                     # a 'to'-infinitive
    ("The farmers' union hopes to meet the minister before the harvest.", True),
    ("The brewer lost market share last year but hopes to win it back.", True),      # a conjunct shares the hoper
    ("The ministers said they had hoped to raise more money.", False),               # a hope that is over
    ("The airline is hopeful that fares will fall again.", True),                    # a future modal
    ("The charity hopes its winter appeal helped many families.", False),            # a past content
    ("The coach said he wanted to show that the squad can compete.", False),         # a wish, not a hope
    # a prediction of one particular act: a gerund over a known thing as the subject
    ("The treasurer said cutting the deficit will be hard.", True),
    ("Analysts say selling its shipping arm could take years.", True),
    ("Doctors say eating fruit may lower the risk of strokes.", False),               # what a kind of act tends to do
])
def test_a_hope_or_a_particular_act_ahead_is_a_forecast(text, forecast):
    [st] = _analysed(text).statements
    assert st.forecast is forecast

@pytest.mark.parametrize("text, forecast", [
    # a reported 'would be' over a bare copula is the backshifted present (sequence of tenses)
    ("UKIP spokesman Mark Croucher said the main issue would be that Mr Houston's reported views had been "
     "presented as UKIP policy, which they were not.", False),
    ("The company said the rate would be about 900 rupees per tonne of oil.", False),
    ("He said the election would be close.", True),                          # an occasion
    ("He said the new law would be a disaster.", True),                      # a quality: the state may come
    ("He said there would be job cuts.", True),                              # something comes to be
    ("He said the rise would be 2%.", True),                                 # a happening measured
    ("He said it would be difficult to meet the target.", True),             # an act the predicate governs
    # a future adjective in a predicate told as past (a passive act done); an active one is backshifted
    ("Details of the coming week's events were hammered out at a meeting at Mr Kilroy Silk's home on Sunday, "
     "the BBC News Website was told.", False),
    ("He said voters faced a clear choice at the next election.", True),
    # readiness under a modal of obligation is a norm; resolve with its infinitive is a plan
    ("Simply put, he argued that in favour of the ultimate liberty man should be prepared to surrender all other "
     "liberties to a supreme sovereign.", False),
    ("Mercedes said it was determined to retain its position as the world's most successful luxury brand.", True),
    # a noun of likelihood that there is, over what may come; a chance to act is an opportunity
    ('There was "some possibility" of the strike action being avoided, he added.', True),
    ("She said it was simply another chance to practise his art.", False),
    # a bare chance held now is the chance of what the talk is about, still to come; one made or missed is past
    ('"I don\'t think he has any chance," said the trainer.', True),
    ('"We still have a chance, even at two goals down," the manager said.', True),
    ('"We created plenty of chances in the first half," said the coach.', False),
    ('"He missed a great chance before the break," said the coach.', False),
    # an expectation in the present passive is held now; a threat in the passive is a danger now
    ('"A decision is now expected by the end of the month," said a spokesman.', True),
    ('"Hundreds of jobs are threatened by the closure," said the union.', False),
    # necessity set ahead by a conditional modal or a condition, over a change with a thing as subject
    ("The minister says the tax burden would have to rise.", True),
    ("The institute said taxes need to rise by about 10bn pounds if state finances are to be put in order.", True),
    ("The chairman said society has to change.", False),                     # bare: what ought to happen
    ('"We must act now," he said.', False),                                  # a duty
])
def test_a_claim_about_now_is_no_forecast_and_a_foreseen_one_is(text, forecast):
    [st] = _analysed(text).statements
    assert st.forecast is forecast


@pytest.mark.parametrize("text, forecast", [
    # 'can' over an act in a clause a belief or a hope holds: what the believer holds may be done
    ("The coach believes his side can win the cup.", True),
    ("The striker is confident he can score in Saturday's final.", True),
    ('"I think we can beat them at home," the manager said.', True),
    ("The firm hopes the technology can be sold to other broadcasters.", True),
    ('"We have confidence that we can finish the job in the second leg," said the captain.', True),
    # a bare capacity, a state, a perception, one denied
    ("The firm said its machines can read the data.", False),
    ("The coach believes the team can be proud of the season.", False),
    ("He thinks you can see the change.", False),
    ("She believes she cannot win the race.", False),
    ("The report suggests raising the grant so help can be extended to smaller clubs.", False),  # a course put forward
])
def test_an_ability_a_belief_holds_over_an_act_is_a_forecast(text, forecast):
    [st] = _analysed(text).statements
    assert st.forecast is forecast


@pytest.mark.parametrize("text, published, horizon", [
    ("A police spokesman said the two men will appear in court on 21 December.", None, "XXXX-12-21"),
    ("He said it could be five years before the agency was fit for purpose.", None, "P5Y"),   # the wait
    ("The agency said sea levels could rise sharply over the next 20 years.", None, "P20Y"),
    ("The party said it would publish its plans in the next few weeks.", None, "PXW"),
    ("Ms Kelly is expected to announce her plans on the issue in the next fortnight.", None, "P2W"),  # two weeks
    ("The chairman said profits would rise in the year ahead.", None, "P1Y"),
    ("The chairman said profits would rise in the year ahead.", "2025-01-29", "2026-01-29"),
    ('"It will be a tough year ahead for retailers," the chairman said.', "2025-01-29", "2026-01-29"),   # described
    ('"We expect a busy year ahead," the chairman said.', "2025-01-29", "2026-01-29"),
    ("The chancellor said revenues were likely to be £6bn below estimates by the end of the tax year.",
     None, "XXXX"),                                      # the fiscal year it was said in, as 'this year'
    # a relative clause told in the future speaks of what is foreseen: its time says when
    ('He said: "No other market is going to see the growth that will be seen here in the coming years."',
     None, "P730D"),
    ("The party said it would publish its plans in the next few weeks.", "2024-05-15", "2024-06-14"),
    ("The minister said he expected new attacks before the winter of 2025.", None, "2026-02-28"),
    ("The union said on Tuesday the strike would go ahead this weekend.", "2024-03-05", "2024-03-10"),  # its Sunday
    ("The bank's economist said growth would slow this year.", None, "XXXX"),      # the year it was said, unknown
    ("The council said the new library would open next month.", None, "XXXX-XX"),  # a month of no known year
    ("Organisers said the festival would be held this weekend.", None, "XXXX-WXX-WE"),
    ("The regulator said it would rule on the bid in the weeks ahead.", None, "P30D"),  # the vague window of weeks
    ("The builder said the bridge should reopen in the next two to three months.", None, "P3M"),  # a range's end
    # a time clause under the forecast, backshifted by reported speech: its time is the horizon
    ("The envoy said trade would top the agenda when Finland took over the presidency in July.", None, "XXXX-07"),
    ("The chairman said he would resign before the shareholders met in June.", None, "XXXX-06"),
    ("Energy and trade would be the main themes when Norway took over the chairmanship in July, "
     "said the minister.", None, "XXXX-07"),                       # the clause hung from 'themes' by the parser
    # a time classifying an occasion, or a noun under a preposition of time, dates what is foreseen
    ("The pollster said the Greens would gain seats in the 2009 election.", None, "2009"),
    ("The broker said shares would stay volatile until the June board meetings.", None, "XXXX-06"),
    ("The chemist said he would be famous in a few years time.", None, "PXY"),              # a duration, not a modifier
    ("With a fair spread of such grants and growth of just 3%, by 2025 hunger could fall as low as 10.2%, "
     "the report said.", None, "2025"),                                                   # 'by' before it: a deadline
    # 'current' before a calendar unit: that unit as it runs when said
    ("The retailer said sales would climb in its current financial year.", None, "XXXX"),
    ("The retailer said sales would climb in its current financial year.", "2024-05-15", "2024"),
    # a season with no name is an activity's, its calendar not given: a date of a year left unknown
    ('"The striker will leave the club at the end of the season," his agent said.', None, "XXXX"),
    ("The physio said the winger could be back in training later in the season.", None, "XXXX"),
    ("The chairman said the new stand would be finished in time for the start of next season.", None, "XXXX"),
])
def test_the_horizon_is_the_time_of_the_forecasts_own_clause(text, published, horizon):
    assert [f.horizon for f in _analysed(text, published).forecasts] == [horizon]


@pytest.mark.parametrize("text, published, horizon", [
    # the future perfect: its act done before a time still to come, which is by when it is due
    ("The consultancy estimates that cable networks will have signed up 20 million viewers by 2010.", None, "2010"),
    ("The treasury said that by 2008 the new fleet will have carried ten million passengers.", None, "2008"),
    ("The report says subscribers will have risen to eight million by the end of next year.", "2005-01-10", "2006"),
    # any modal's perfect before a dated deadline, with no condition, is foreseen and due then
    ("The regulator estimates that half of all homes could have adopted broadband by the end of 2006.", None, "2006"),
])
def test_a_future_perfect_is_due_at_its_deadline(text, published, horizon):
    assert [f.horizon for f in _analysed(text, published).forecasts] == [horizon]


@pytest.mark.parametrize("text", [
    "The builder said it would have finished the hall by March if the frost had not come.",    # Quirk's hypothetical
    "The analyst said the bank would have gained a bigger share had it bought the rival in 2004.",
])
def test_a_modal_perfect_on_a_condition_looks_back(text):
    assert _analysed(text).forecasts == []


def test_a_present_perfect_beside_a_forecast_gives_no_horizon():
    [fc] = _analysed("The union said the firm has cut 300 jobs since 2003 and will cut more.", "2005-01-10").forecasts
    assert fc.horizon == "2005-02-09"                                                     # the default window


@pytest.mark.parametrize("text", [
    "The minister promised to defend the rebate, won in 1984 by her predecessor, in every talk.",  # a noun's modifier
    "He said the board announced in 2003 that the plant would close.",
    "The carmaker said the extra three-day stoppage will cost it 3,000 cars.",                   # how long, not by when
    "The lawyers said the trial was expected to last two months.",                            # a past verb beside it
    "The chairman said he would resign after the shareholders met in June.",                   # after: no due date
    "The bank said, after a loss earlier this month, it would close branches.",               # before the day said
    "The brewer said it would raise its fourth-quarter dividend.",                               # which dividend, not when
    "The insurer said its payouts would be judged against 2003 figures.",
    "Detectives said the men could be charged under the Explosives Act 1883.",                 # a name's year
    "The landlord said the pub would stay open until two in the morning.",                    # an hour of no day
    "The carmaker said it would raise its 2004 payout from 40 cents a year earlier.",         # a time closed by 'earlier'
    "The coach said the striker, who has scored 20 goals this season, will start on the bench.",  # a perfect's time
])
def test_a_time_outside_the_forecasts_clause_is_no_horizon(text):
    [fc] = _analysed(text).forecasts
    assert fc.horizon is None


@pytest.mark.parametrize("text", [
    "Opposition members said the new levy would be profoundly wrong.",                  # a judgement of a course
    "The minister said scrapping the grant would be a grave mistake.",
    "Shareholders complained that the reserves could be better used by paying a dividend.",
    "The farmer said he had been told he could keep the horses in the field.",            # a past permission
    "Residents said the council had originally pledged to rebuild the bridge.",           # a past commitment
    "Campaigners said wind farms may be better options than new nuclear plants.",
    "The lawyers said the strike would be illegal.",
    "Traders had expected the bank to raise rates by half a point.",                     # an expectation overtaken
    "The company had been expected to sell 3m shares.",
    "A farmer had been told he could keep his horses on the common.",                    # what he heard
    "The mayor said officers should make sure the parade passes off calmly next week.",   # a duty
    "The committee said the minister should publish the report next month.",
    "Asked if she would back a fresh inquiry next year, the minister said she would.",     # the asker's question
])
def test_a_judgement_or_a_past_frame_is_no_forecast(text):
    assert _analysed(text).forecasts == []


@pytest.mark.parametrize("text", [
    "The bank said lower rates would be good for exporters.",        # an effect on someone, foreseen
    "The chancellor said the summer will be bad for retailers.",      # 'will' predicts
    "The union predicted that the strike would be a mistake for the company.",   # a word of predicting
    "Officials had said the railway would reopen in March.",          # a past perfect cue: a forecast of an earlier day
    "Analysts said the reserves could be used to pay a dividend next year.",
    "The economists said growth would be better than expected next year.",     # a state foreseen
    "Traders expected the bank to raise rates by half a point.",
    "The builder said the bridge should reopen next month.",               # 'should' over a thing foreseen
    "The economist said the economy should grow strongly next year.",
    "The firm said 300 jobs should be created at the plant next year.",
    "The adviser said ministers should expect the bill to be rewritten next month.",   # a verb of expecting
])
def test_a_prediction_beside_words_of_judgement_or_the_past_stays_a_forecast(text):
    assert len(_analysed(text).forecasts) == 1


@pytest.mark.parametrize("text, made_on", [
    ("The minister said on 21 December that the plant would close.", "XXXX-12-21"),
    ("The minister said in December that the plant would close.", "XXXX-12"),
    ("The minister said on Wednesday that the plant would close.", "XXXX-WXX-3"),   # a Wednesday
    ("The minister said this week that the plant would close.", None),              # a week not known
    ("The minister recently said that the plant would close.", None),              # PAST_REF: no day
])
def test_said_on_no_known_day_a_forecast_is_made_on_what_the_words_name_or_nothing(text, made_on):
    [fc] = _analysed(text).forecasts
    assert fc.made_on == made_on


def test_said_on_no_known_day_in_a_dated_article_a_forecast_is_made_on_the_articles_day():
    [fc] = _analysed("The minister recently said that the plant would close.", "2024-05-15").forecasts
    assert fc.made_on == "2024-05-15"


@pytest.mark.parametrize("text", [
    "The union said it would worry its members a great deal if the plant were sold.",   # a feeling about a case
    "The council said residents would be delighted with the new park.",
    "Analysts said the merger may represent a shift in the group's strategy.",          # a reading of the present
    "Officials said the talks may be seen as a snub to Paris.",
    "The judge said the evidence would have to be weighed carefully by the jury.",     # what a case requires
    "The minister said the proposal might look like an admission of defeat.",          # a reading, linking
])
def test_a_feeling_a_reading_of_the_present_or_a_necessity_is_no_forecast(text):
    assert _analysed(text).forecasts == []


@pytest.mark.parametrize("text", [
    "The union said its members will fear for their jobs once the plant is sold.",   # 'will' predicts a feeling
    "The bank said prices may rise next year.",                                    # an act under 'may'
    "The economist said the slump might last until the summer.",                   # a time: what will be so
    "Campaigners said this law will have to be overturned.",                       # 'will' over a necessity
    "Ministers said the scheme might need to be approved by parliament.",          # a possible necessity
    "As a result, the council said, the town may need to borrow more.",            # an opening 'as', no reading
    "The union said staff would have to work nights if the depot closed.",         # a consequence on a condition
    "The broker said savers would feel the benefit when rates rose.",              # a feeling as an act foreseen
    "Analysts said rival bidders may table a higher offer.",                       # an act of those who act
    "The mayor said voters may not like the tax but they are going to pay it.",    # a coordinated 'going to'
])
def test_a_feeling_or_a_state_foreseen_stays_a_forecast(text):
    assert len(_analysed(text).forecasts) == 1


def _claim(text: str) -> str:
    [fc] = _analysed(text).forecasts
    assert fc.claim_span is not None
    return text[fc.claim_span[0]:fc.claim_span[1]]


@pytest.mark.parametrize("text, claim", [
    # a quote of several sentences: only the one that predicts
    ('"The mill has lost money for a decade. We have spoken to the workers. It will shut in May," the owner said.',
     "It will shut in May"),
    ('"Our rivals are cutting prices and our sales have stalled, so we plan to close two shops," the retailer said.',
     "we plan to close two shops"),
    # a predicting verb's complement, without the present judgement beside it
    ("The mayor said the old bridge is an eyesore and that a new one will open next spring.",
     "a new one will open next spring"),
    # one sentence that predicts throughout
    ("The firm said fares would rise by 5% next month.", "fares would rise by 5% next month"),
    # of two predicting sentences, the one that states by when
    ('"Our members could once count on a fair wage, and now that is gone. That is what we will defend. '
     'It will end in a strike, if not this spring then next," the union leader said.',
     "It will end in a strike, if not this spring then next"),
    # a condition is part of what is foreseen
    ("The Treasury said if the cycle runs until March then the rule will be met.",
     "if the cycle runs until March then the rule will be met"),
])
def test_a_forecast_carries_the_words_that_predict(text, claim):
    assert _claim(text) == claim


@pytest.mark.parametrize("text, claim", [
    # a past modal a past verb of the quote governs, or a denied 'could' joined to a past clause, tells
    # what was foreseen or could be done then: the quote's claim is the sentence that looks ahead now
    ('"The visitors defended well and we just could not find a way through. We will go there and win," the coach said.',
     "We will go there and win"),
    ('"Last season he failed to say which players he would sell. He will have to decide," the fan group\'s chairman said.',
     "He will have to decide"),
    ('"We travelled to Rome confident that we would be able to win there, and we did. Next we will face France," '
     'the captain said.', "Next we will face France"),
    ('"We hoped the deal would close and it will close," the banker said.', "it will close"),
    # a 'could' granted beside a past clause is a possibility now, and keeps
    ('"Sales fell and they could fall further," the analyst said.', "they could fall further"),
    ('"The shares fell last week, but they could recover," the analyst said.', "they could recover"),
])
def test_a_quotes_claim_is_its_sentence_that_looks_ahead_from_now_not_one_told_in_the_past(text, claim):
    assert _claim(text) == claim


def test_under_a_cue_of_expecting_the_whole_complement_is_foreseen_not_a_plan_describing_a_noun():
    text = "The chancellor is expected to table measures aimed at cutting red tape."
    assert "table measures aimed at cutting red tape" in _claim(text)


def test_a_forecast_with_no_marker_of_its_own_claims_its_first_sentence():
    text = 'The analyst predicted a fall in the pound. "Sterling is weak. Traders are nervous," she said.'
    [fc] = _analysed(text).forecasts
    st = _analysed(text).statements[fc.statement]
    assert fc.claim_span is not None and st.content_spans[0][0] <= fc.claim_span[0] < fc.claim_span[1] <= st.content_spans[-1][1]


@pytest.mark.parametrize("text, claim", [
    # the believed 'can' that flags the statement is the forecast's marker: its clause is the claim
    ('"We believe we can win the league. It will not be easy," the captain said.', "we can win the league"),
    ('"We have confidence that we can finish the job in the second leg," the manager said.',
     "we can finish the job in the second leg"),
    ("The coach believes his side can win the cup.", "his side can win the cup"),
])
def test_a_believed_ability_is_the_claim_of_its_forecast(text, claim):
    assert _claim(text) == claim


@pytest.mark.parametrize("text", [
    "The coach said his side can win the cup.",                 # a capacity now, under no belief
    "The coach believes the team can be proud of the season.",   # a state
    '"You can see the change in the squad," the coach said.',    # said to the reader
])
def test_a_capacity_not_believed_makes_no_forecast(text):
    assert _analysed(text).forecasts == []


@pytest.mark.parametrize("text, horizon", [
    # a time after 'since' starts a period that runs up to when it was said: no horizon
    ("The minister said exports would grow at their fastest rate since 2001.", None),
    ("Wood believes Ireland can win their first Grand Slam since 1948 in this year's championship.", "XXXX"),
])
def test_a_time_since_which_is_no_horizon(text, horizon):
    assert [f.horizon for f in _analysed(text).forecasts] == [horizon]


CLAIMED = '"The mill has lost money for a decade. It will shut in May," the owner said.'


def test_the_claim_is_stored_listed_and_exported(tmp_path):
    from newsledger.query.forecasts import list_forecasts
    from newsledger.query.tables import columns, typed_rows
    from newsledger.store.sqlite import Store

    store = Store(tmp_path / "c.db")
    try:
        store.write(_analysed(CLAIMED))
        [row] = list_forecasts(store.conn).items
        assert row.claim == "It will shut in May" and row.content.startswith("The mill has lost money")
        start = CLAIMED.index("It will")
        assert store.conn.execute("SELECT claim FROM forecasts_with_verdicts").fetchone()[0] == "It will shut in May"
        cols = columns(store.conn, "forecasts")
        assert "claim_span" in [c.name for c in cols]
        [[exported]] = list(typed_rows(store.conn, "forecasts", cols))
        assert exported["claim_span"] == [start, start + len("It will shut in May")]
    finally:
        store.close()


def test_the_forecast_list_shows_the_words_that_predict(tmp_path):
    from newsledger.store.sqlite import Store

    from .command_line import invoke

    store = Store(tmp_path / "c.db")
    try:
        store.write(_analysed(CLAIMED))
    finally:
        store.close()
    result = invoke("forecasts", "--db", tmp_path / "c.db")
    assert result.exit_code == 0, result.output
    assert "It will shut in May" in result.stdout and "lost money" not in result.stdout


def test_a_ledger_written_before_claims_were_kept_opens_with_the_content_as_its_claim(tmp_path):
    from newsledger.query.forecasts import list_forecasts
    from newsledger.store.sqlite import Store

    path = tmp_path / "old.db"
    store = Store(path)
    store.write(_analysed(CLAIMED))
    store.conn.executescript("DROP VIEW forecasts_with_verdicts; ALTER TABLE forecasts DROP COLUMN claim;"
                             " ALTER TABLE forecasts DROP COLUMN claim_start; ALTER TABLE forecasts DROP COLUMN claim_end;"
                             " UPDATE meta SET value = '2' WHERE key = 'schema_version';")
    store.close()
    store = Store(path)
    try:
        [row] = list_forecasts(store.conn).items
        assert row.claim is None and "It will shut in May" in row.content
        view = store.conn.execute("SELECT claim, content FROM forecasts_with_verdicts").fetchone()
        assert view[0] == view[1]
        store.write(_analysed(CLAIMED))
        assert list_forecasts(store.conn).items[0].claim == "It will shut in May"
    finally:
        store.close()


def test_the_claim_moves_with_the_text_and_survives_a_round_trip():
    from newsledger.model import analysis_from_dict, to_dict

    a = _analysed(CLAIMED)
    span = a.forecasts[0].claim_span
    assert span is not None
    a.remap(lambda s: (s[0] + 7, s[1] + 7))          # as onto a text with a 7-character prefix
    assert a.forecasts[0].claim_span == (span[0] + 7, span[1] + 7)
    assert analysis_from_dict(to_dict(a)).forecasts[0].claim_span == (span[0] + 7, span[1] + 7)


@pytest.mark.parametrize("text, published, horizon", [
    # a past date in another sentence of the quote is no horizon: the predicting clause's time is
    ('"The depot will close in June. It was built in 1962 for the railways," the manager said.', None, "XXXX-06"),
    ('"The depot will close in June. It was built in 1962 for the railways," the manager said.', "2004-03-01",
     "2004-06"),
    # of two times ahead, the one the claim states, not the latest of the quote
    ('"The depot will close next year. The port will be dredged by 2010," the manager said.', "2004-03-01", "2005"),
])
def test_the_horizon_is_read_from_the_claim_before_the_rest_of_the_quote(text, published, horizon):
    assert [f.horizon for f in _analysed(text, published).forecasts] == [horizon]


@pytest.mark.parametrize("text", [
    # a claim that names no time: another sentence of the quote is another claim, its time that claim's
    '"The merger will be good for staff. The board meets on 3 March to look at the figures," the chairman said.',
    '"I hope he will be. We all want to see progress by next season," the chairman said.',
])
def test_a_time_of_another_sentence_of_the_quote_is_no_horizon(text):
    """horizonsent38: the horizon was that sentence's time (XXXX-03-03, XXXX)."""
    assert [f.horizon for f in _analysed(text).forecasts] == [None]


@pytest.mark.parametrize("text, statement, forecast", [
    # a hedge in another sentence of the quote qualifies that sentence's claim, not the forecast
    ('"Perhaps the council was too slow. The depot will close in June," the manager said.', "speculated", "asserted"),
    ('"It may be too late for the staff. The depot will close next year," the manager said.', "speculated",
     "asserted"),
    # a hedge in the claim's own sentence governs it, inside or outside the predicting clause
    ('"The depot could close in June," the manager said.', "speculated", "speculated"),
    ('"I think the depot will close in June," the manager said.', "believed", "believed"),
    ('"Fares could rise and the depot will close in June," the manager said.', "speculated", "speculated"),
    # a cue's class holds for the whole content
    ("The manager suggested the depot will close in June.", "speculated", "speculated"),
])
def test_a_forecasts_certainty_is_its_own_sentences(text, statement, forecast):
    a = _analysed(text)
    [fc] = a.forecasts
    assert (a.statements[fc.statement].certainty, fc.certainty) == (statement, forecast)


def test_the_forecasts_own_certainty_is_stored_apart_from_the_statements(tmp_path):
    from newsledger.query.forecasts import list_forecasts
    from newsledger.store.sqlite import Store

    store = Store(tmp_path / "c.db")
    try:
        store.write(_analysed('"Perhaps the council was too slow. The depot will close in June," the manager said.'))
        [row] = list_forecasts(store.conn).items
        assert row.certainty == "asserted"
        assert store.conn.execute("SELECT certainty FROM statements").fetchone()[0] == "speculated"
    finally:
        store.close()


@pytest.mark.parametrize("text", [
    "The auditors said the pension gap could be bigger than the company admits.",    # a copula: what may be so now
    "The scientists said the glacier might be thinner than the maps show.",           # a state, no time ahead
    "The surveyor said the repairs to the old bridge could cost £2m.",                # an amount a state measures
    "The promoter said there may still be seats left for the final.",                 # 'there is' held to now
])
def test_a_possibility_now_or_an_estimate_is_no_forecast(text):
    assert _analysed(text).forecasts == []


@pytest.mark.parametrize("text", [
    "The minister said the new line could be ready by next spring.",                  # a time ahead
    "The union said there could be strikes at every depot.",                          # 'there is' not held to now
    "The firm said the plant could soon be profitable.",                              # an adverb ahead
    "The pundit said the contest could be a close one.",                              # an occasion: it takes place
    "The coach said his players might be champions if they beat the leaders.",        # a condition
    "The owners said they might be willing to sell the club to a local buyer.",       # an act the predicate governs
    "The engineer said that next time the river floods, the water may be much higher.",  # the case it holds in
    "The agency said the drought may cost farmers £2m next year.",                    # an estimate with a time ahead
])
def test_a_possible_state_ahead_stays_a_forecast(text):
    assert len(_analysed(text).forecasts) == 1


def test_a_free_relative_claim_keeps_what_it_stands_for():
    text = "The candidate said a cut in fuel duty is exactly what his government would deliver."
    assert _claim(text) == "a cut in fuel duty is exactly what his government would deliver"


def test_a_relative_clause_claim_keeps_its_antecedent():
    text = '"There are two firms that could bid for the mill. Talks will follow," the broker said.'
    assert _claim(text) == "two firms that could bid for the mill"


@pytest.mark.parametrize("text, forecast", [
    # a future adjective on the noun a claim is about: a claim about now (forecasts21)
    ('Alain Levy described the performance as "disappointing", but added that he remained optimistic over '
     'future trends in the industry.', False),
    ("However, economists have said both candidates' economic programmes rested on questionable assumptions "
     "about future growth.", False),
    ("The analyst said investors remained nervous about the coming months.", False),
    ("He said voters faced a clear choice at the next election.", True),              # an occasion, no topic
    ("The economist said the bank would raise rates over the coming months.", True),  # 'over' a time dates it
    # a plan that is the subject of a simple present: judged now (fspeakers26)
    ("Labour claimed his planned £35bn efficiency savings simply don't add up.", False),
    ("The minister says the planned reforms go too far.", False),
    ("Analysts say the coming year looks tough for retailers.", True),                # a time to come
    ("He said the planned strike is taking place next week.", True),                  # a futurate progressive
    # a plan or an ability denied: no plans, no longer able
    ("Daiwa said that although it is true that the two groups have been engaging in discussions, there are "
     "no plans to enter into negotiations to consolidate the two businesses.", False),
    ("Mr Brown said he could no longer believe anything Mr Blair told him.", False),
    ("Fiat said Alfa Romeo engines will no longer be made in Arese.", True),          # a future denied is foreseen
    ("The firm said it plans to sell the unit.", True),
])
def test_a_topic_ahead_or_a_plan_denied_is_no_forecast(text, forecast):
    assert _analysed(text).statements[-1].forecast is forecast


@pytest.mark.parametrize("text, forecast", [
    # a fear or a hope over a 'would': the case it foresees (claims22)
    ("LG Card's creditors fear that such a move would trigger massive debt redemption requests.", True),
    ("LSE shareholders fear Deutsche Boerse's control over its Clearstream unit would create a monopoly.", True),
    ("The analysts say the deal would be a good one for shareholders.", False),        # a present cue of saying: a judgement
    # a gerund naming a particular act to come: what a modal says of it is foreseen
    ("He suggested keeping British troops in Iraq could cost another £1bn.", True),
    ("The doctor said eating fruit may lower the risk.", False),                        # a kind of act
    # a modal over an adverb of usuality: a norm or a habit
    ("The insurer said the cost of repairs will usually be covered by the policy.", False),
    ("The lawyer said such cases would normally go to the High Court.", False),
    ("He suggested the re-registration could happen less frequently.", True),          # a change of habit to come
    ("The insurer said the cost of repairs will be covered by the policy.", True),
    # 'could' under a cue of suggesting over someone's act or a passive: a course put forward
    ("The panel suggested different kinds of murders could be graded to recognise the seriousness of the offence.", False),
    ("Mr Barroso has suggested the cash could be shared out among net contributors to the EU budget.", False),
    ("He suggested such a move could save many lives.", True),                         # what an act would do
    ("He suggested the referendum on the constitution could take place in spring 2006.", True),   # dated
])
def test_a_fear_ahead_a_particular_act_a_habit_or_a_proposal(text, forecast):
    assert _analysed(text).statements[-1].forecast is forecast


def test_the_cost_of_a_particular_act_to_come_is_a_forecast_not_an_estimate_now():
    text = "He suggested keeping British troops in Iraq could cost another £1bn."
    assert _claim(text) == "keeping British troops in Iraq could cost another £1bn"


def test_a_claim_keeps_its_subject_when_the_content_begins_after_it():
    text = ('Howard Archer, economist at Global Insight said the MPC "may well consider that the balance of risks '
            'to the growth and inflation outlook have moved from the downside to the upside".')
    assert _claim(text).startswith('the MPC "may well consider')


@pytest.mark.parametrize("text, forecast", [
    # Quirk's concessive 'may': a point granted about now, then outweighed by a present conjunct
    ("The curator said the museum may look old-fashioned but is in a period of rapid change.", False),
    ("Traders say prices may rise this week but will fall after the holiday.", True),     # a modal of its own
    ("The envoy said the talks could resume soon, but the army has not yet confirmed its place.", True),
    # 'would' over what a plan, a measure or one act would bring about: its effect foreseen, under any cue
    ("Critics say the plans would put patients' lives at risk if the clinics closed.", True),
    ("Unions say the scheme would penalise low-paid workers.", True),
    ("Opponents argue introducing the cards would cost the Home Office millions.", True),
    ("He says he would be happy to meet the envoy.", False),                             # a person's disposition
    ("Analysts say the merger would be a good move.", False),                            # a judgement of the course
])
def test_a_point_conceded_is_no_forecast_and_a_courses_effect_is(text, forecast):
    [st] = _analysed(text).statements
    assert st.forecast is forecast


@pytest.mark.parametrize("text, horizon", [
    ("By 2008, the city's population is expected to reach two million.", "2008"),
    ("In the first quarter, the economy is expected to grow at an annual rate of about 4%.", "2005-03-31"),
    ("Ministers promised by 2008 that every school would have a nurse.", "2008"),
    ("The agency predicts for 2005 a slight fall in copper prices.", "2005"),
])
def test_a_time_the_content_leaves_out_that_says_when_it_comes_is_the_horizon(text, horizon):
    """'By 2008, the population is expected to reach ...': the time hangs on the claim's own 'is
    expected' (an expectation held now); 'promised by 2008', 'predicts for 2005': a limit or a period
    on the cue. Each says when what is foreseen comes, not the day it was said plus the window."""
    a = _analysed(text, published="2005-01-10")
    assert [f.horizon for f in a.forecasts] == [horizon]


@pytest.mark.parametrize("text, forecast", [
    ("A report says teenagers from well-off backgrounds are six times more likely to go to university than "
     "those from the most deprived areas.", False),
    ("Liberty said statistics suggested Roma Czechs were 400 times more likely to be stopped by officials "
     "than non-Roma Czechs.", False),
    ("Pollsters say the Tories are now more likely to win than Labour.", True),     # one party's chance
    ("Analysts say the bank is likely to raise rates next month.", True),
])
def test_a_rate_compared_between_kinds_of_people_is_a_finding(text, forecast):
    """'are six times more likely to go to university than those from ...': a graded 'likely' set
    against another group, its subject a kind of people, measures how often — a study's finding, no
    event to come (forecasts24; the first two were forecasts before)."""
    [st] = _analysed(text).statements
    assert st.forecast is forecast


def test_a_modal_over_a_perfect_makes_no_forecast():
    """'warned the use of force could be illegal and that it would have been safer to seek a second
    resolution': 'could be illegal' is a possibility now and 'would have been safer' a counterfactual
    about the past, so no forecast is stored (forecasts24; before, the counterfactual was the claim)."""
    a = _analysed("The attorney general warned the use of force could be illegal and that it would have been "
                  "safer to seek a second resolution.", published="2005-01-10")
    assert a.forecasts == []
    a = _analysed("The attorney general warned the court would rule against the use of force.", published="2005-01-10")
    assert len(a.forecasts) == 1
    a = _analysed("The minister said the new line will have been built by the end of 2008.",
                  published="2005-01-10")                                       # the future perfect looks ahead
    assert len(a.forecasts) == 1


@pytest.mark.parametrize("text, claim", [
    ("The next hearing in the bankruptcy is expected on 6 January.",
     "The next hearing in the bankruptcy is expected on 6 January"),
    ("Labour MPs are gearing up to defend their seats in an election, widely expected to be held in May.",
     "an election, widely expected to be held in May"),
    ("Under the new regulations, expected to be in force in the spring, officials will serve notices.",
     "the new regulations, expected to be in force in the spring"),
    ("He met Mahmoud Abbas, who is expected to win the presidential election.",    # a relative word: as before
     "who is expected to win the presidential election"),
])
def test_a_claim_keeps_the_thing_expected_when_no_one_expects_it(text, claim):
    """'The election is expected on 5 May' (judged P on the ninth set: the claim 'on 5 May' without its
    subject): with no one named to expect it, the passive cue's subject or the noun the expecting
    participle describes is what the forecast is about (forecasts24; the first three were 'on 6
    January', 'to be held in May', 'to be in force in the spring')."""
    assert _claim(text) == claim


@pytest.mark.parametrize("text", [
    # a direct question (a WCXB page: 'What are your guests going to remember?')
    '"What are your guests going to remember? Hosts want their guests to be comfortable," says the planner.',
    # a clause of purpose (a WCXB page: 'asked not to be named so they could speak freely')
    "Two graduates who asked not to be named so they could speak freely said the market was hard.",
    "The firm said it had raised prices so that it could pay its staff more.",
    # a modal standing alone for the verb before it (a WCXB page: 'as many people might')
    '"It is not recommended to focus solely on foods that provide protein, as many people might," she says.',
])
def test_a_clause_asked_for_a_purpose_or_compared_is_no_forecast(text):
    """A modal in a direct question, in a clause of purpose, or standing alone in a comparison
    foresees nothing of its own (forecasts25; each was a forecast with the 30-day default horizon)."""
    assert _analysed(text, published="2025-01-29").forecasts == []


def test_a_content_that_only_describes_the_cue_is_no_forecast():
    """'criticised "extravagant" Tory promises' (a BBC half-a sentence): the content 'extravagant'
    modifies the cue noun, a view of the promises, not what they foresee (forecasts25)."""
    a = _analysed('The Lib Dems said the plan could let extreme groups run policing, while Labour '
                  'criticised "extravagant" Tory promises on policing.', published="2005-02-01")
    assert [a.article.text[f.claim_span[0]:f.claim_span[1]] for f in a.forecasts if f.claim_span] == [
        "the plan could let extreme groups run policing"]


@pytest.mark.parametrize("text", [
    'The minister said: "Will prices rise? They will, next year."',            # the answer after a question
    "The bank said prices rose, so it will raise rates next month.",           # a result 'so', no purpose
    "The firm said sales would rise faster next year than they did this year.",  # a comparison with its own verb
])
def test_a_forecast_beside_a_question_a_result_or_a_comparison_stays(text):
    assert len(_analysed(text, published="2025-01-29").forecasts) == 1


@pytest.mark.parametrize("text, claim", [
    # a BBC half-a sentence: the content 'to make next year' left out what is expected
    ("Softbank made a loss. The firm did not give a figure for the profits it expected to make next year.",
     "the profits it expected to make next year"),
    ("India will allow airlines to fly long haul routes, a move it hopes will stoke competition.",
     "a move it hopes will stoke competition"),                             # a subject gap
    ("The firm said the 300 jobs it plans to cut next year would come from its Leeds plant.",
     "the 300 jobs it plans to cut next year would come from its Leeds plant"),   # the cue is inside: as before
])
def test_a_claim_keeps_the_noun_a_relative_cue_leaves_a_gap_for(text, claim):
    """'the profits it expected to make next year': the relative cue's noun fills the gap of what is
    foreseen, so the claim takes it (forecasts25; the claim was 'to make next year')."""
    assert _claim(text) == claim


@pytest.mark.parametrize("text", [
    # a preference or a wish now: Quirk's volitional 'would'
    "Asked about the fine, the protesters said they would rather go to jail.",
    "The director said most viewers would prefer a shorter film.",
    "The minister said she would like to see longer paid maternity leave.",
    # a wish whose object's infinitive says the act (forecasts33)
    "The former manager admitted he would relish the chance to get back into management.",
    "The striker said he would love the opportunity to play for his country again.",
    # a guess at why something is: a clause of reason after the copula
    "The researchers said this could be because their brains were more used to adapting.",
    # a prediction only set out to, or a work described as predicting
    "BT set out to predict future patterns based on current information.",
    "In 1995 he published Being Digital, now widely seen as predicting the digital age.",
    # a hypothetical condition in the speaker's own tenses, and a copula whose only complement is a case
    '"If we could solve that problem we could cut unemployment by half," the economist says.',
    '"We could understand if it was a struggling airline," the union told the paper.',
    "He said the only objection would be if users were forced into using the service.",
    # no forward marker and no time ahead: 'next' only classifies a noun
    "He said the studio was already directing 20% of its resources to next generation titles.",
])
def test_a_preference_an_explanation_an_unmade_prediction_or_no_time_ahead_is_no_forecast(text):
    """Present claims under 'would' or 'could', a cue of predicting no one performs, and a content
    with no forward marker and no time ahead foresee nothing (forecasts27; each was a forecast)."""
    assert _analysed(text, published="2005-01-20").forecasts == []


@pytest.mark.parametrize("text", [
    "Analysts continue to predict that prices will fall.",                  # going on predicting
    "The union said the strike would be over by Friday.",                   # no preference
    "The firm said it would welcome talks if the union dropped its demands.",   # still read as before
    "Fans said they will love the new film.",                              # 'will', not 'would'
    "The union said its members strike next Monday.",                      # a time ahead, no marker
    "He said if the party was in government again it would repeal the law.",   # backshifted: an open condition
    "Campaigners say the plans would put lives at risk if refugees were turned away.",  # an act: the remote future
    "Analysts have said the price of oil may fall further, even if the decline was only temporary.",  # concessive
    "Turning to critics' fears that the US was poised for further military action, Mr Blair said no more.",
])
def test_a_prediction_going_on_or_a_time_ahead_stays_a_forecast(text):
    assert len(_analysed(text, published="2005-01-20").forecasts) == 1


@pytest.mark.parametrize("text, claim", [
    ('"At the moment we have interactive gaming. We are hoping to occupy the space in between," he added.',
     "We are hoping to occupy the space in between"),                       # a hope's clause is the claim
    ('"It is encouraging for Sony because Microsoft outsold them last week. And with Halo 2 out next '
     'week, it really is a head to head contest," he said.',
     "with Halo 2 out next week, it really is a head to head contest"),    # the sentence with the time ahead
])
def test_a_claim_is_the_hope_or_the_sentence_with_the_time_ahead(text, claim):
    """A content flagged for a hope or a time ahead had the claim of its first sentence, a present
    claim (forecasts27)."""
    assert _claim(text) == claim


@pytest.mark.parametrize("text, horizon", [
    ("Sources said the console may be unveiled at the Electronic Entertainment Expo, which takes place in May.",
     "2005-05"),
    ("The firm said the rebate, which it secured in 1984, would stay.", "2005-02-19"),        # which one: the window
    ("Analysts said Microsoft, which opens its new store on Thursday, would gain share.", "2005-02-19"),
])
def test_the_time_a_relative_clause_gives_an_occasion_is_the_horizon(text, horizon):
    """'at the Expo, which takes place in May': the occasion's time is when what is foreseen comes
    (forecasts27; the horizon was the 30-day window)."""
    [fc] = _analysed(text, published="2005-01-20").forecasts
    assert fc.horizon == horizon


@pytest.mark.parametrize("text", [
    # a verb of saying or knowing, negated over the predicting clause: a disclaimer or an unknown
    '"We are not saying that it will be suitable for blind people," the designer said.',
    '"I\'m not predicting that they will raise rates," the former chancellor told the BBC.',
    # a verb of doubting as the cue: stored as its clause alone it would say the opposite
    "Analysts doubt that the bank will raise rates.",
    '"We deny that the plant will close," the firm said.',                   # a denial inside a quote
])
def test_a_prediction_disclaimed_or_doubted_outside_the_claim_is_no_forecast(text):
    """Polarity reaches the forecast: what a speaker says they are not saying, do not know or doubt
    is no prediction of the bare clause (forecasts28; each was a forecast of the affirmative)."""
    assert _analysed(text, published="2005-01-20").forecasts == []


@pytest.mark.parametrize("text, claim", [
    ('"I personally don\'t believe it\'s either dead or going to die," he said.',
     "I personally don't believe it's either dead or going to die"),
    ("He said he did not think there would be a political price to pay for the stance.",
     "he did not think there would be a political price to pay for the stance"),
    ('"I don\'t think we\'ll see a pre-election spending spree," he said.',
     "I don't think we'll see a pre-election spending spree"),
    ("He said nobody expects the bank to raise rates next month.",       # kept as it was
     "nobody expects the bank to raise rates next month"),
    ('"I doubt the bank will raise rates," he said.', "I doubt the bank will raise rates"),
    # an unknown is no claim: the prediction after it is
    ('"If you only think about winning the next game, you don\'t know what the draw will be. If we can win '
     'the next game, maybe we will draw a weaker side," he said.',
     "If we can win the next game, maybe we will draw a weaker side"),
    # a denial denied affirms
    ("Union sources said nobody is denying suggestions a merger could be on the agenda when the executives meet.",
     "a merger could be on the agenda when the executives meet"),
    # a conjunct with its own subject is out of the denial's reach
    ('"I do not think the answer is in deportations, but they will help," he said.', "they will help"),
    # a verb coordinated with a negated frame is a claim of its own: still a forecast, as before
    ("The firm said it was not planning to change the site but would use its archive to round out its index.",
     "it was not planning to change the site but would use its archive to round out its index"),
    # an opinion that affirms its clause is still left out of the claim
    ('"I think we will win the title," he said.', "we will win the title"),
])
def test_a_denied_opinion_stays_in_the_claim(text, claim):
    """A neg-raising opinion negated ('don't believe', 'nobody expects') or a doubt is a forecast
    that the clause will not come: its words are the claim's, never the bare affirmative
    (forecasts28; the claim was the clause alone)."""
    assert _claim(text) == claim


@pytest.mark.parametrize("text, claim", [
    ("Mr Lammy told BBC News Labour MPs would not get a free vote as the law was being strengthened.",
     "Labour MPs would not get a free vote as the law was being strengthened"),
    ("And Mr Greenspan warned Asian states could soon stop funding the US deficit.",
     "Asian states could soon stop funding the US deficit"),
])
def test_a_subject_parsed_as_the_cues_object_stays_in_the_claim(text, claim):
    """The parser hangs the clause's subject on the cue ('warned Asian states'): the content holds
    it, and so does the claim (forecasts28; the claim began at the modal)."""
    assert _claim(text) == claim


def test_a_weekday_in_a_quoted_prediction_is_the_next_one():
    """'"We will win on Saturday," he said': the time room dates the weekday by the saying's past
    tense; the predicting clause's Saturday is the coming one (forecasts28; the horizon was the
    30-day window)."""
    [fc] = _analysed('"We will win on Saturday," he said.', published="2005-01-20").forecasts
    assert fc.horizon == "2005-01-22"


@pytest.mark.parametrize("text", [
    # a product's capacity or feature under a future modal, no time ahead (bbc-tech-112, -294, -300, dev half a)
    "The firm said the new handheld gadget would hold about 100 games.",
    "The firm said the handset would have a built-in camera and would feature a colour screen.",
    '"The machine is going to hold 10,000 songs," he said.',
])
def test_a_products_capacity_or_feature_is_no_forecast(text):
    """A future or possibility modal over a verb of state or of having whose subject is a product
    states what the thing holds or has, true now, no change to check later (forecasts29)."""
    assert _analysed(text).forecasts == []


@pytest.mark.parametrize("text", [
    # a time or a clause of time ahead, or a subject that acts, still foresees
    "The long awaited handheld game playing gadget will cost about 19,800 yen (145 euros) when it hits the shelves, "
    "the firm said.",
    "The report predicts that nearly 70% of all mobile phones sold will have a built in camera by 2008.",
    "The firm said it would hold talks with the unions.",
    "Analysts said the merged group would have 30,000 staff.",
    # 'have' with a part or an effect is an event (bbc-politics-267)
    "He said the internet could have a big part in the poll.",
    "The firm said sales will rise.",
    # a particle or a semi-modal makes no state of the verb (bbc-tech-017, -122)
    "Many of these older phones could end up in landfill sites, the report said.",
    "The banks said many cash machines will also have to be upgraded.",
])
def test_a_capacity_set_in_time_or_held_by_someone_who_acts_is_still_a_forecast(text):
    assert len(_analysed(text).forecasts) == 1


def test_a_things_purpose_told_as_past_is_no_forecast():
    """'were intended to' with a thing as subject says what it was made for (forecasts29); a
    scheme still intended, or a body's intention, is a plan."""
    assert _analysed('"DRM systems were intended to control the group that electronics firms have most hold '
                     'over - consumers," he said.').forecasts == []
    assert _analysed("Instead, said Mr Doctorow, DRM systems were intended to control the group that electronics "
                     "firms have most hold over - consumers.").forecasts == []
    assert len(_analysed("The minister said the government intended to cut waiting lists.").forecasts) == 1


def test_a_kind_of_game_named_by_a_bare_plural_is_no_occasion():
    """'could be' over a copula is a possibility now unless its subject is an occasion to come; a
    bare plural of games names the kind (forecasts29); 'the games' is a particular occasion."""
    assert _analysed("'God games' in which players must control virtual people and societies could be "
                     "educational, says research.").forecasts == []
    assert len(_analysed("Officials said the games could be close.").forecasts) == 1


@pytest.mark.parametrize("text", [
    # a thing's capacity told with 'will': what it lets one do, what it comes with (forecasts30, tech half a)
    "Toyota says the vehicles will allow the elderly and the disabled to achieve independent mobility.",
    "The firm said the new camera would let users take pictures in the dark.",
    "The firm said the handset will come with a camera.",
])
def test_what_a_thing_lets_one_do_or_comes_with_is_no_forecast(text):
    """A future modal over a verb of letting or enabling with an act as its complement, or over
    WordNet's 'come with', whose subject is a product, says what the thing does as made."""
    assert _analysed(text).forecasts == []


@pytest.mark.parametrize("text", [
    "The minister said the new law will allow police to detain suspects for longer.",   # a law: no product
    "The firm said the new plant will allow it to double output next year.",            # a time ahead
    "The firm said the deal will allow it to cut costs.",
])
def test_what_a_law_or_a_deal_will_allow_or_a_thing_set_in_time_is_still_a_forecast(text):
    assert len(_analysed(text).forecasts) == 1


@pytest.mark.parametrize("text, horizon", [
    # an infinitival relative clause is still to come; an occasion's own time; a deadline's clause (forecasts30)
    ('"I won\'t cry about injuries because we will have 11 players to play on Tuesday," he said.', "2005-01-25"),
    ('"That will give us confidence going into Wednesday\'s game," he said.', "2005-01-26"),
    ("The single is expected to sell 300,000 copies by the time the new chart is announced on Sunday, the firm said.",
     "2005-01-23"),
])
def test_the_time_of_what_is_still_to_come_in_a_modifier_is_the_horizon(text, horizon):
    [fc] = _analysed(text, published="2005-01-20").forecasts
    assert fc.horizon == horizon


def test_a_time_after_a_ranking_word_tells_which_one_not_when():
    """'the first club to win it in 1990' tells which club: no horizon, the default window."""
    [fc] = _analysed('"We will beat the first club to win the cup in 1990," he said.', published="2005-01-20").forecasts
    assert fc.horizon == "2005-02-19"


@pytest.mark.parametrize("text, forecast", [
    # the 'be to' of arrangement: a party or a passive infinitive; an aim, a task or an idiom is none
    ("The carmaker said it is to shut its assembly plant in Leeds.", True),
    ("The treasury said extra funds are to be given to rural schools.", True),
    ("The regulator said the review was to begin in the spring.", False),       # no party: a noun of an act
    ("The coach said his first task was to rebuild the defence.", False),
    ("The inquiry said the engineers were to blame for the collapse.", False),
    # 'be going to' negated is still the future, as 'will not' is; a plan said not to exist is none
    ("Analysts say cheaper handsets are not going to lift sales.", True),
    ("The firm said it did not plan to sell its stake.", False),
    # a future perfect, or any modal's perfect before a dated deadline, looks ahead
    ("The group estimates that broadband will have reached 12 million homes by 2008.", True),
    ("The survey suggests a third of homes could have switched to digital TV by the end of 2007.", True),
    ("The report said the bridge could have been weakened by the storm.", False),
    # a verb of knowing or perceiving hands its clause on
    ('"We can see that demand is going to pick up next year," the director said.', True),
    # a fear held as the main verb's object: its 'would' is the case feared
    ("Staff have voiced fears that hundreds of posts would be moved abroad.", True),
    # a participle takes its clause's tense: 'would' under it is reported
    ("The airlines have reacted angrily to the tax, saying it would hurt passengers.", True),
    # 'would' over an act under a claim held now is the consequence foreseen; a copula or a wish is not
    ("Critics say the new rules would drive small firms out of business.", True),
    ("He says he would be glad to meet the rebels.", False),
    ("She says she would like to see longer holidays.", False),
])
def test_an_arrangement_a_negated_future_and_a_claimed_consequence_are_forecasts(text, forecast):
    [st] = _analysed(text).statements
    assert st.forecast is forecast


@pytest.mark.parametrize("text, claim", [
    # an expectation compared is no marker: the claim is the clause that foresees (forecasts33)
    ("The firm said sales have been lower than anticipated, and this is likely to continue through March.",
     "this is likely to continue through March"),
    ('"Costs were higher than originally planned. The hall will open in May," the council said.',
     "The hall will open in May"),
    # a plan or a prediction in the main clause still foresees
    ("As expected, the bank said it will raise rates in May.", "it will raise rates in May"),
])
def test_an_expectation_compared_is_no_claim_of_its_own(text, claim):
    assert _claim(text) == claim


@pytest.mark.parametrize("text", [
    "The striker said he will take the chance to play for his country again.",     # a plan, not a wish
    "The coach said the team would welcome back three injured players next month.",
])
def test_a_chance_taken_or_a_return_welcomed_still_foresees(text):
    assert len(_analysed(text, published="2005-01-20").forecasts) == 1


@pytest.mark.parametrize("text", [
    # a word of plan or promise with nothing ahead of it tells an act done (fcpresent34)
    '"Rooney has threatened two of our defenders," the manager said.',
    "More than £40,000 has been pledged to the appeal so far, the charity said.",
])
def test_a_plan_word_with_nothing_ahead_is_no_forecast(text):
    assert _analysed(text, published="2005-01-20").forecasts == []


@pytest.mark.parametrize("text, claim", [
    # 'going' or 'set' with no infinitive is no marker: the claim is the clause that foresees
    ('"The rehabilitation is going better than we hoped, and he will return in March," the physio said.',
     "he will return in March"),
    ('"The club has set high standards and we will meet them," the chairman said.', "we will meet them"),
])
def test_a_state_now_beside_a_forecast_is_no_claim_of_its_own(text, claim):
    assert _claim(text) == claim


@pytest.mark.parametrize("text", [
    '"We are threatening strike action over the pay offer," the union leader said.',   # a happening as its object
    '"We have pledged to cut taxes," the minister said.',                              # its infinitive
    "The council said a vote is planned for May.",                                     # a happening as its subject
    '"Prices are going to rise," the analyst said.',
    '"We expect no trouble at the ground," the police said.',                         # a verb of thought's object
    '"The broadcaster is predicting ten million subscribers by 2010," the analyst said.',   # what is predicted
])
def test_a_plan_word_with_what_it_looks_to_still_foresees(text):
    assert len(_analysed(text, published="2005-01-20").forecasts) == 1



@pytest.mark.parametrize("text", [
    # Quirk's predictability 'will': a state said to hold always, or a state or a mind said of anyone of a kind
    '"This will always be a special ground for our supporters," the captain said.',
    '"The derby is always going to be tense," the manager said.',
    '"Anyone who has watched the tapes will see that the goal was offside," the pundit said.',
    '"Teams that play in Europe might be more tired than the rest," the coach said.',
])
def test_a_general_truth_under_will_is_no_forecast(text):
    analysed = _analysed(text, published="2005-01-20")
    assert analysed.forecasts == [] and not any(s.forecast for s in analysed.statements)


@pytest.mark.parametrize("text", [
    '"I will always be proud of this team," the captain said.',                       # the speaker commits
    '"Anyone who wants to leave will have to pay the fee," the chairman said.',       # a rule set: necessity
    '"The stadium will always be ready by next season," the chairman said.',          # a time ahead
    '"Fans who travel to Rome will see the final on Saturday," the club said.',       # a time ahead
    '"The club will always honour its debts," the chairman said.',                    # an act: a habit or a promise
])
def test_a_commitment_a_rule_set_or_a_time_ahead_under_always_or_anyone_still_foresees(text):
    assert len(_analysed(text, published="2005-01-20").forecasts) == 1


@pytest.mark.parametrize("text", [
    # Quirk's future in the past: what was meant or foreseen then, told in the speaker's own tenses
    '"We defended well and we were never going to concede," the goalkeeper said.',
    '"He was going to rest this weekend anyway," the coach said.',
    '"When I started out I never dreamed this was going to happen," the singer said.',
    '"I remember going to watch them play in Leeds," the manager said.',                 # 'going' with no 'be': motion
    "Before the game I thought the visitors would be too strong for us.",                # the speaker's own past mind
    "I felt we would never get a better draw than last year, but we have.",
])
def test_a_plan_or_a_mind_told_in_the_past_foresees_nothing_now(text):
    analysed = _analysed(text, published="2005-01-20")
    assert analysed.forecasts == [] and not any(s.forecast for s in analysed.statements)


@pytest.mark.parametrize("text", [
    '"We are going to win the league next season," the manager said.',
    '"I was going to retire, but now I will play on next year," the striker said.',      # the present plan after it
    "The manager said he thought the team would be out-muscled on Saturday.",            # reported: backshifted
    "Critics said the bank was going to raise rates next month.",                         # reported: backshifted
    "The bank's profits were expected to rise next year, analysts said.",
    '"I think they will be too strong for us on Saturday," the coach said.',              # a mind held now
    '"Of course Smith\'s going to be in the squad," the coach said.',                      # "'s" parsed as a possessive
    'The union argued that the situation was "likely to get much worse next year".',       # the copula is the narration's
])
def test_a_plan_reported_or_held_now_still_foresees(text):
    assert len(_analysed(text, published="2005-01-20").forecasts) == 1


@pytest.mark.parametrize("text", [
    # Horn's neg-raising: the speaker's own expectation or plan now that something will not happen
    '"I don\'t expect to play against Wales," the winger said.',
    '"We are not planning to sell him to anyone," the chairman said.',
])
def test_a_plan_not_to_of_the_speaker_is_a_commitment(text):
    analysed = _analysed(text, published="2005-01-20")
    assert any(s.forecast for s in analysed.statements) and len(analysed.forecasts) == 1


@pytest.mark.parametrize("text", [
    '"I didn\'t expect them to pay me while I was banned," the striker said.',           # an expectation past
    '"The club does not plan to sell him," the agent said.',                             # another's plan said not to exist
    '"We wouldn\'t want to lose our older fans," the singer said.',                       # a want, no act
    '"I wouldn\'t have done it that way," the coach said.',                               # the past
    '"He wouldn\'t let his team-mates down," the coach said.',                            # another's character
])
def test_a_plan_said_not_to_exist_or_a_want_or_a_past_foresees_nothing(text):
    analysed = _analysed(text, published="2005-01-20")
    assert analysed.forecasts == [] and not any(s.forecast for s in analysed.statements)


@pytest.mark.parametrize("text, horizon", [
    # a stretch of hours ahead is due the next day; of days, weeks, by their vague windows
    ("Officials warned the storm could hit the coast in the next hours.", "2024-05-18"),
    ("Officials warned the storm could hit the coast in the coming hours.", "2024-05-18"),
    ("Officials warned the storm could hit the coast within hours.", "2024-05-18"),
    ("The minister said the government would decide in the next days.", "2024-05-24"),
    # a quote's own day counts from the day it was said, not from the day the report came out
    ("On Monday the minister said the vote would be held on Wednesday.", "2024-05-15"),
    ("The minister said on Monday that the bill would pass tomorrow.", "2024-05-14"),
    # its month or year stays as the time room read it
    ("Officials said on Tuesday that the bridge will reopen in March.", "2025-03"),
], ids=["next-hours", "coming-hours", "within-hours", "next-days", "wednesday-after-monday", "tomorrow-of-monday",
        "month"])
def test_a_stated_horizon_counts_from_when_the_claim_was_made(text, horizon):
    assert [f.horizon for f in _analysed(text, "2024-05-17").forecasts] == [horizon]


@pytest.mark.parametrize("text, claim", [
    # a first conjunct that is a claim of the past or present of its own stays out of the forecast's claim
    ("He said he accepted the principle of the minimum wage and would not seek to disturb the increase.",
     "would not seek to disturb the increase"),
    ("He said he was proud of his party's record on the economy, and would strive for stability if elected.",
     "would strive for stability if elected"),
    ('"Sales fell and will fall again," the analyst said.', "will fall again"),
    # one that looks ahead itself, or predicts, keeps the subject the two share
    ("The firm said it plans to cut jobs and will close two plants.", "it plans to cut jobs and will close two plants"),
    ('"Sales should fall and could fall further," the analyst said.', "Sales should fall and could fall further"),
    # one that leaves out what it foresees, for the conjunct before to say, keeps it
    ('He said: "I have been a strong supporter of the club, and will always be so."',
     "I have been a strong supporter of the club, and will always be so"),
], ids=["accepted", "was-proud", "fell", "plans", "should", "pro-form"])
def test_a_claim_of_the_past_or_present_joined_to_a_forecast_is_not_its_claim(text, claim):
    assert _claim(text) == claim
