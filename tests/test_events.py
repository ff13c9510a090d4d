"""Event coding (PLOVER type, actors, targets, status, date, source) and forecast records,
on sentences written in the style of news reports."""
from __future__ import annotations

import pytest

from newsledger.extract.events.drops import recording
from newsledger.extract.events.find import find_events
from newsledger.extract.events.senses import scale_change
from newsledger.extract.forecasts.find import find_forecasts
from newsledger.extract.forecasts.matching import match_forecast
from newsledger.extract.time.find import find_timexes
from newsledger.model import Entity, Geo, Mention, Statement

ANCHOR = "2022-12-18"
NON_ENTITY = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}


@pytest.fixture(scope="module")
def nlp(parser):
    """The product's parser: the model with paragraph breaks as sentence breaks."""
    return parser


def entities_of(doc) -> list[Entity]:
    """Stand-in entities: one per distinct doc.ents text (the entity stage is tested elsewhere)."""
    out: dict[str, Entity] = {}
    for sp in doc.ents:
        if sp.label_ in NON_ENTITY:
            continue
        name = sp.text[4:] if sp.text.lower().startswith("the ") else sp.text
        ent = out.setdefault(name, Entity(id=f"e{len(out) + 1}", name=name, type=sp.label_))
        ent.mentions.append(Mention((sp.start_char, sp.end_char), sp.text))
    return list(out.values())


def run(nlp, text: str, statements: list[Statement] = ()):
    doc = nlp(text)
    ents = entities_of(doc)
    events = find_events(doc, ents, list(statements), find_timexes(text, ANCHOR), ANCHOR)
    return events, {e.id: e.name for e in ents}


def one(nlp, text: str, kind: str, statements: list[Statement] = ()):
    events, names = run(nlp, text, statements)
    found = [e for e in events if e.type == kind]
    assert found, f"no {kind} in {[(e.type, e.trigger) for e in events]}"
    return found[0], names


TYPES = [
    ("AGREE", "Israel and Egypt agreed on Monday to reopen the border crossing.", ["Israel"], []),
    ("CONSULT", "French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Tuesday.",
     ["Emmanuel Macron"], ["Olaf Scholz"]),
    ("SUPPORT", "Canada praised Kenya for its efforts to end the drought.", ["Canada"], ["Kenya"]),
    ("CONCEDE", "Peru lifted the curfew in Lima after a week of calm.", ["Peru"], []),
    ("COOPERATE", "Norway shared intelligence with Sweden about the smuggling network.", ["Norway"], ["Sweden"]),
    ("AID", "Japan gave Indonesia 10 million dollars in flood relief.", ["Japan"], ["Indonesia"]),
    ("RETREAT", "Armenia withdrew its troops from the disputed villages on Friday.", ["Armenia"], []),
    ("REQUEST", "Poland demanded that Belarus release the detained journalists.", ["Poland"], ["Belarus"]),
    ("ACCUSE", "Lithuania accused Russia of violating its airspace.", ["Lithuania"], ["Russia"]),
    ("REJECT", "Serbia rejected a Kosovo proposal to share the power plant.", ["Serbia"], []),
    ("THREATEN", "Turkey threatened to expel the Dutch ambassador.", ["Turkey"], []),
    ("PROTEST", "Thousands of Georgians demonstrated in Tbilisi on Sunday.", ["Georgians"], []),
    ("SANCTION", "Britain imposed sanctions on Iran on Wednesday.", ["Britain"], ["Iran"]),
    ("MOBILIZE", "Azerbaijan deployed troops along the border with Armenia.", ["Azerbaijan"], []),
    ("COERCE", "Police arrested 40 protesters in Minsk on Saturday.", ["Police"], []),
    ("ASSAULT", "Russian forces shelled Kharkiv overnight, killing three civilians.", ["Russian"], ["Kharkiv"]),
]


@pytest.mark.parametrize("kind,text,actors,targets", TYPES, ids=[t[0] for t in TYPES])
def test_each_plover_type(nlp, kind, text, actors, targets):
    ev, names = one(nlp, text, kind)
    assert [names[a] for a in ev.actors][: len(actors)] == actors
    assert set(targets) <= {names[a] for a in ev.targets + ev.actors}
    assert ev.cameo and ev.cameo.isdigit()
    assert text[ev.evidence_span[0]:ev.evidence_span[1]]


def test_planned_meeting_with_date_and_place(nlp):
    text = "On December 19, Russian President Vladimir Putin will come to Minsk for talks with Alexander Lukashenko."
    ev, names = one(nlp, text, "CONSULT")
    assert ev.status == "planned"
    assert names[ev.actors[0]] == "Vladimir Putin" and names[ev.targets[0]] == "Alexander Lukashenko"
    assert ev.date == "2022-12-19" and names[ev.place] == "Minsk"


def test_received_at_meetings_is_consult(nlp):
    text = "In recent days, Lukashenko received the Minister of Defense and representatives of the KGB at meetings."
    ev, names = one(nlp, text, "CONSULT")
    assert names[ev.actors[0]] == "Lukashenko" and "KGB" in {names[t] for t in ev.targets}
    assert ev.status == "occurred" and ev.date == ANCHOR


def test_denial(nlp):
    text = "Zhdanov explains that the Belarusian army does not plan to fight against Ukraine."
    ev, names = one(nlp, text, "ASSAULT")
    assert ev.status == "denied" and "Ukraine" in {names[t] for t in ev.targets}


def test_speculation_inside_a_belief_with_source(nlp):
    text = "Military expert Oleg Zhdanov believes that Putin will pressure Lukashenka to open a second front."
    doc = nlp(text)
    ents = entities_of(doc)
    start = text.index("Putin will")
    zhdanov = next(e.id for e in ents if e.name == "Oleg Zhdanov")
    st = Statement(content_spans=[(start, len(text) - 1)], kind="indirect", cue="believes",
                   speaker=zhdanov, certainty="believed", forecast=True)
    events = find_events(doc, ents, [st], [], ANCHOR)
    ev = next(e for e in events if e.type == "COERCE")
    assert ev.status == "speculated" and ev.source == zhdanov and ev.statement == 0
    names = {e.id: e.name for e in ents}
    assert names[ev.actors[0]] == "Putin" and names[ev.targets[0]] == "Lukashenka"


@pytest.mark.parametrize("text,kind,status", [
    ("Moscow has denied plans to mobilize more reservists.", "MOBILIZE", "denied"),
    ("Minsk says it has no plans to send troops to Ukraine.", "MOBILIZE", "denied"),
    ("Scholz is scheduled to visit Warsaw on Friday.", "CONSULT", "planned"),
    ("Officials said Russia could launch a new offensive in the spring.", "ASSAULT", "speculated"),
])
def test_status_from_governors_and_plan_nouns(nlp, text, kind, status):
    ev, _ = one(nlp, text, kind)
    assert ev.status == status and ev.actors


def test_conditions_and_relative_clauses_are_not_events(nlp):
    events, _ = run(nlp, "Syria says it will not accept any more refugees if war starts in Iraq.")
    assert [e.type for e in events] == ["REJECT"]
    events, _ = run(nlp, "Denmark praised the police officers who had arrested the smugglers.")
    assert [e.type for e in events] == ["SUPPORT"]


@pytest.mark.parametrize("text, kind, actors, targets", [
    ("ECOWAS demanded the release of President Mohamed Bazoum, who has been held in the presidential palace since July.",
     "COERCE", [], ["Mohamed Bazoum"]),
    ("Denmark praised Ghana, which had arrested the smugglers.", "COERCE", ["Ghana"], ["smugglers"]),
    ("US envoy Robert Hale, who met Prime Minister Irakli Kobakhidze on Tuesday, said the talks were useful.",
     "CONSULT", ["Robert Hale"], ["Irakli Kobakhidze"]),
])
def test_a_relative_clause_set_off_by_a_comma_in_the_past_states_its_act(nlp, text, kind, actors, targets):
    """'Bazoum, who has been held since July': a relative clause after a comma adds a fact about
    its noun, and in the past or the perfect states its act, done by (or, in the passive, to) the
    noun its 'who' or 'which' stands for."""
    ev, names = one(nlp, text, kind)
    assert [names.get(a, a) for a in ev.actors] == actors
    assert [names.get(t, t) for t in ev.targets] == targets
    assert ev.status == "occurred"


@pytest.mark.parametrize("text", [
    "Denmark praised the police officers who had arrested the smugglers.",
    "Denmark praised Ghana, which arrests smugglers at its ports every week.",
    "Denmark praised Ghana, which could arrest the smugglers next week.",
])
def test_a_restrictive_present_or_modal_relative_clause_states_no_act(nlp, text):
    """A relative clause with no comma only says which thing is meant; one in the present a habit,
    one with a modal a possibility: none states its act."""
    events, _ = run(nlp, text)
    assert [e.type for e in events] == ["SUPPORT"]


def test_modal_is_speculated_and_occurred_is_occurred(nlp):
    ev, _ = one(nlp, "Analysts say Putin may put pressure on Lukashenko.", "COERCE")
    assert ev.status == "speculated"
    ev, _ = one(nlp, "Israeli soldiers arrested 12 Palestinians in Hebron on Saturday.", "COERCE")
    assert ev.status == "occurred" and ev.source is None


def test_announced_own_act_is_a_promise_or_threat(nlp):
    ev, names = one(nlp, "Chile said it will provide emergency aid to Bolivia.", "AGREE")
    assert names[ev.actors[0]] == "Chile"
    ev, names = one(nlp, "Dockers in Antwerp said they would blockade the port on Monday.", "THREATEN")
    ev, names = one(nlp, "Hungary says it will not accept any more refugees.", "REJECT")
    assert names[ev.actors[0]] == "Hungary"


def test_reporting_verbs_alone_are_not_events_and_clauses_do_not_multiply(nlp):
    events, _ = run(nlp, "The ministry said on Monday that the weather was fine.")
    assert events == []
    events, _ = run(nlp, "Egyptian police opened fire to disperse the crowd, killing one person and arresting 12.")
    assert [e.type for e in events] == ["ASSAULT"]


def test_forecast_horizon_from_stated_date_and_matching(nlp):
    text = "Analyst Anna Berg believes that Serbia will impose sanctions on Kosovo on January 15."
    doc = nlp(text)
    ents = entities_of(doc)
    timexes = find_timexes(text, ANCHOR)
    berg = next(e.id for e in ents if e.name == "Anna Berg")
    st = Statement(content_spans=[(text.index("Serbia"), len(text) - 1)], kind="indirect", cue="believes",
                   speaker=berg, certainty="believed", forecast=True)
    events = find_events(doc, ents, [st], timexes, ANCHOR)
    [fc] = find_forecasts([st], events, timexes, ANCHOR)
    names = {e.id: e.name for e in ents}
    assert fc.speaker == berg and fc.made_on == ANCHOR and fc.horizon == "2023-01-15"
    assert fc.event_type == "SANCTION" and [names[a] for a in fc.actors] == ["Serbia"]
    view = {"event_type": fc.event_type, "actors": ["Serbia"], "targets": ["Kosovo"],
            "made_on": fc.made_on, "horizon": fc.horizon}
    hit = {"type": "SANCTION", "actors": ["Serbia"], "targets": ["Kosovo"], "date": "2023-01-10", "status": "occurred"}
    other = {"type": "PROTEST", "actors": ["Kosovo"], "targets": [], "date": "2023-01-10", "status": "occurred"}
    late = dict(hit, date="2023-06-01")
    assert match_forecast(view, hit) >= 0.9
    assert match_forecast(view, other) == 0.0
    assert match_forecast(view, late) < match_forecast(view, hit)


def test_forecast_default_window_without_dates():
    st = Statement(content_spans=[(0, 10)], forecast=True, speaker="e1")
    [fc] = find_forecasts([st], [], [], "2022-12-18")
    assert fc.horizon == "2023-01-17" and fc.event_type is None


@pytest.mark.parametrize("text, kind, actor, target", [
    ("Turkey commended Azerbaijan for its restraint on the border.", "SUPPORT", "Turkey", "Azerbaijan"),
    ("The Kremlin hosted Alexander Lukashenko in Sochi on Friday.", "CONSULT", "Alexander Lukashenko", "Kremlin"),
])
def test_verbs_outside_the_hand_lexicon_are_coded_by_the_cameo_dictionary(nlp, text, kind, actor, target):
    """'commend' is no hand-lexicon trigger; CAMEO's 051 is SUPPORT. CAMEO's 043 'host a visit'
    runs from the host; PLOVER's actor is the visitor."""
    ev, names = one(nlp, text, kind)
    assert [names[a] for a in ev.actors] == [actor] and [names[t] for t in ev.targets] == [target]
    assert ev.cameo is not None and len(ev.cameo) >= 3


@pytest.mark.parametrize("text", [
    "The quakes struck near Tabriz in Iran on Monday, killing three people.",
    "Forecasters in Britain warned of cloudy weather on Sunday.",
    "Storms hit the coast of Bangladesh on Tuesday.",
    "Kazakhstan says the new pipeline meets the needs of China.",
])
def test_triggers_whose_arguments_do_not_fit_their_sense_are_no_events(nlp, text):
    events, _ = run(nlp, text)
    assert [(e.type, e.trigger) for e in events] == []


@pytest.mark.parametrize("text, check, start", [
    ("Kazakhstan says the new pipeline meets the needs of China.", "fits_sense: subject", 33),
    ("Wal-Mart suspended gun sales in California.", "halts_its_trade", 9),
    ("Labour promised to cut class sizes.", "toward_no_party", 7),
    ("The talks were held on Tuesday.", "an actor", 4),
])
def test_each_dropped_trigger_names_the_check_that_dropped_it(nlp, text, check, start):
    """Inside ``drops.recording`` a found trigger that makes no event says which check dropped it
    and where its words start; outside it nothing is kept and the events are the same. The text is
    parsed before recording starts: once the full pipeline is loaded its stages run in the cached base
    pipeline too (``extract.pipeline.load`` builds on ``load_base``), and they would record their own
    drops of the same trigger."""
    doc = nlp(text)
    with recording() as kept:
        events = find_events(doc, entities_of(doc), [], find_timexes(text, ANCHOR), ANCHOR)
    assert events == [] and [(d.check, d.starts[0]) for d in kept] == [(check, start)]
    assert run(nlp, text)[0] == []


@pytest.mark.parametrize("text", [
    "Cholera has attacked the refugee camps in Darfur.",
    "Malaria attacked the villages of Mali.",
    "Tsunami waves destroyed villages in Aceh.",
    "Wildfires destroyed hundreds of homes in California.",
])
def test_a_force_of_nature_or_a_disease_is_no_doer_whatever_the_tagger_made_of_it(nlp, text):
    """A disease or a natural event (WordNet's noun.state, noun.event, noun.phenomenon, with no
    sense of an agent or an instrument) acts in no event: also when the tagger takes the word at
    the head of a sentence for a name ('Cholera', 'Wildfires') or it only modifies the subject's
    head ('Tsunami waves')."""
    events, _ = run(nlp, text)
    assert [(e.type, e.trigger) for e in events] == []


@pytest.mark.parametrize("text", [
    "Hurricane Ivan struck Grenada in September. Ivan killed 39 people on the island.",
    "Typhoon Haiyan hit the Philippines on Friday. Haiyan destroyed thousands of homes in Tacloban.",
    "HIV is ravaging southern Africa, killing millions of adults.",
    "Aids has killed millions of people in Africa.",
])
def test_a_storms_short_name_or_a_disease_known_by_its_initials_is_no_doer(nlp, text):
    """A storm named once in full with its natural title is the storm when the article goes on with
    its short name ('Ivan killed 39 people', whatever the tagger typed 'Ivan'); a disease WordNet
    lists only by a capitalised name ('HIV', 'AIDS': below ill health) is a disease whether the
    tagger took 'Aids' for a name or for the plural of 'aid'."""
    events, _ = run(nlp, text)
    assert [(e.type, e.trigger) for e in events] == []


@pytest.mark.parametrize("text,kind", [
    ("Ivan Lewis attacked the Tories on Monday. Ivan said the plan was wrong.", "ASSAULT"),
    ("The NEC accused the party leadership of betraying its members.", "ACCUSE"),
])
def test_a_persons_short_name_or_a_body_with_a_diseases_initials_still_acts(nlp, text, kind):
    """A person's first name has no natural title before it anywhere; 'NEC' typed an organisation
    is the party's committee, not the disease WordNet also calls NEC."""
    one(nlp, text, kind)


@pytest.mark.parametrize("text,kind", [
    ("Amnesty accused the government of Chad of torture.", "ACCUSE"),
    ("An explosion hit a bus in Jerusalem on Sunday.", "ASSAULT"),
])
def test_a_name_or_an_instrument_with_another_sense_still_acts(nlp, text, kind):
    """'amnesty' is first a state but also an act; an explosion is an event and an act: neither is
    a force of nature."""
    one(nlp, text, kind)


@pytest.mark.parametrize("text,kind,actor", [
    ("Russia said its troops had pulled out of the village of Kozelsk on Monday.", "RETREAT", "Russia"),
    ("Moscow said its forces had shelled the positions of the rebels near Grozny.", "ASSAULT", "Moscow"),
])
def test_a_force_owned_by_a_pronoun_acts_for_the_reporter(nlp, text, kind, actor):
    """'its troops', 'its forces' in reported speech are the reporter's, as 'it' would be."""
    ev, names = one(nlp, text, kind)
    assert [names[a] for a in ev.actors] == [actor]


@pytest.mark.parametrize("text", [
    "The foreign ministers of the two countries will meet in Vienna on May 3.",
    "Leaders of both sides met in Geneva on Monday.",
])
def test_a_meeting_of_parties_counted_but_not_named_has_no_actor(nlp, text):
    """PLOVER codes the meeting of parties the text counts but does not name with its actors
    unknown."""
    ev, _ = one(nlp, text, "CONSULT")
    assert ev.actors == [] and ev.targets == []


@pytest.mark.parametrize("text", [
    "Ministers will meet next week to discuss the budget.",
    "The union leaders met on Monday.",
])
def test_a_meeting_of_one_side_is_still_no_event(nlp, text):
    events, _ = run(nlp, text)
    assert [e.type for e in events] == []


@pytest.mark.parametrize("text", [
    "The meeting between Vladimir Putin and Alexander Lukashenko took place in Minsk.",
    "The government of Peru pulled the plug on the deal with China.",
    "Lithuania took part in the talks with Poland in Vilnius.",
])
def test_a_verb_in_a_wordnet_idiom_has_the_idioms_sense(nlp, text):
    """'took place' is no seizure, 'pulled the plug' no coercion, 'took part' no agreement: each is a
    multi-word verb of WordNet, whose sense is not the verb's."""
    events, _ = run(nlp, text)
    assert [(e.type, e.trigger) for e in events if e.trigger.split()[0] in ("took", "pulled")] == []


def test_an_idiom_the_lexicons_code_stays_an_event(nlp):
    """'open fire' is a WordNet idiom too, and an attack: the trigger lexicon codes it whole."""
    ev, _ = one(nlp, "Azerbaijani troops opened fire on Armenian positions near Sotk.", "ASSAULT")
    assert ev.trigger == "opened fire"


@pytest.mark.parametrize("text, kept", [
    ("The State Investigation and Protection Agency refused to comment on the reports.", []),
    ("A spokesman for the Kremlin declined to say when the talks would resume.", []),
    ("Serbia refused to withdraw its troops from the border with Kosovo.", ["REJECT"]),
    ("Airbus refused to discuss the terms of its deal with Qantas.", []),
    ("Serbia refused to negotiate with Kosovo over the power plant.", ["REJECT"]),
    ("Airbus chief Tom Enders declined to be drawn on the Qantas order.", []),
    ("The mayor of Tirana refused to be pinned down on a date for the vote.", []),
])
def test_declining_to_comment_is_no_rejection(nlp, text, kept):
    """CAMEO 011 'decline comment' is a statement, which PLOVER does not code; a refusal to act is."""
    events, _ = run(nlp, text)
    assert [e.type for e in events if e.trigger.split()[0] in ("refused", "declined")] == kept


@pytest.mark.parametrize("text, kind", [
    ("The rebels refused to apologise to the victims' families.", "CONCEDE"),
    ("Mr Glazer declined to apologise to the fans.", "CONCEDE"),
    ("The EU neglected to sanction Iran.", "SANCTION"),
])
def test_an_act_refused_or_left_undone_is_denied(nlp, text, kind):
    """A verb WordNet files at or below refusing, failing to do or leaving undone ('refuse',
    'decline', 'neglect': ``wordnet_control.json`` 'undone') over an act the control lexicon does
    not make the refusal itself: the act was not done, so it is denied, never occurred."""
    events, _ = run(nlp, text)
    assert [(e.type, e.status) for e in events] == [(kind, "denied")]


@pytest.mark.parametrize("text, kind, trigger", [
    ("Serbia refused to withdraw its troops from the border with Kosovo.", "REJECT", "refused"),
    ("Mr Smith apologised to the families after refusing to comment on the report.", "CONCEDE", "apologised"),
    ("The minister regretted sending troops to Iraq.", "MOBILIZE", "sending troops"),
])
def test_a_refusal_coded_or_beside_the_act_stays_occurred(nlp, text, kind, trigger):
    """The refusal the control lexicon codes holds 'refused' in its own chain and was made; an act
    beside a refusal, not under it, was done; 'regret' over a gerund is sorrow for a thing done (it
    declines formally only over 'to')."""
    ev, _ = one(nlp, text, kind)
    assert ev.trigger == trigger and ev.status == "occurred"


@pytest.mark.parametrize("text", [
    "The Agile model has taken the Iterative model and made it more adaptive.",
    "The annual report of Elliptic provides an overview of the rules adopted in Singapore.",
])
def test_things_said_or_thought_act_in_no_event(nlp, text):
    """A model (a thought first) and a report (a message first) are no actors, whatever the later
    senses of the word ('model' is also a person)."""
    events, _ = run(nlp, text)
    assert [(e.type, e.trigger) for e in events] == []


def test_instruments_and_groups_still_act(nlp):
    """Warplanes strike for their state; 'a group of refugees' is people."""
    ev, names = one(nlp, "Israeli warplanes struck targets in Gaza on Sunday.", "ASSAULT")
    assert "Israeli" in [names[a] for a in ev.actors]
    one(nlp, "A group of Chechen refugees attacked the Russian embassy in Baku.", "ASSAULT")
    one(nlp, "The Russian embassy in Sarajevo expressed support for Milorad Dodik.", "SUPPORT")


@pytest.mark.parametrize("text,kind,actors", [
    ("French police arrested two activists in Paris on Monday.", "COERCE", ["French police"]),
    ("Finnish police and the Finnish Border Guard detained the tanker on Friday.", "COERCE",
     ["Finnish police", "Finnish Border Guard"]),
    ("Two Chinese coast guard ships fired water cannon at the supply boat on May 4.", "ASSAULT",
     ["Chinese coast guard"]),
    ("Forty protesters were arrested by riot police in Pristina on Sunday.", "COERCE", ["riot police"]),
])
def test_a_police_or_armed_force_named_by_a_common_noun_acts(nlp, text, kind, actors):
    """PETRARCH's police and military agents: the force acts, not its state's adjective."""
    ev, names = one(nlp, text, kind)
    assert [names[a] for a in ev.actors] == actors


@pytest.mark.parametrize("text,kind,actors", [
    ("Rebels attacked the town of Goma on Sunday.", "ASSAULT", ["Rebels"]),
    ("The rebels seized two armoured vehicles near the border on Monday.", "COERCE", ["rebels"]),
    ("Protesters blocked the main road to the airport on Friday.", "PROTEST", ["Protesters"]),
])
def test_a_group_cameo_codes_with_no_state_acts_for_itself(nlp, text, kind, actors):
    """PETRARCH's [~REB] and [~OPP] agents: rebels and protesters no name covers are the party, as
    CAMEO's REB and OPP code them."""
    ev, names = one(nlp, text, kind)
    assert [names[a] for a in ev.actors] == actors


def test_a_single_officer_or_a_weapon_is_no_force(nlp):
    events, names = run(nlp, "A French commander arrested two activists in Paris on Monday.")
    assert all(names[a] != "French commander" for e in events for a in e.actors)


def test_a_crowd_that_no_one_names_still_protests(nlp):
    """PLOVER wants an actor, but 'thousands of people rallied' is a protest all the same."""
    ev, _ = one(nlp, "Several thousand people rallied in Niamey on Friday morning.", "PROTEST")
    assert ev.actors == [] and ev.date == "2022-12-16"          # an event's date is a day (evplace20)


def test_armed_forces_moved_are_a_mobilization(nlp):
    ev, _ = one(nlp, "The Serbian army was concentrating troops along the line with Kosovo.", "MOBILIZE")
    assert ev.mode == "troops" and ev.cameo == "154"


def test_forces_moved_by_no_one_named_are_a_mobilization(nlp):
    """PLOVER wants an actor, but troops sent by a force the sentence does not name still moved."""
    ev, _ = one(nlp, "About 3,000 soldiers were deployed to Guayaquil on Thursday.", "MOBILIZE")
    assert ev.actors == [] and ev.mode == "troops"
    events, _ = run(nlp, "Prices of Brazilian coffee were raised on Thursday.")
    assert events == []


def test_weapons_named_after_another_noun_of_a_coordination_are_moved(nlp):
    """'armoured units and artillery had been moved': each noun of the coordination is read for the
    force sets, not only the first, which no set lists."""
    ev, _ = one(nlp, "Armoured units and artillery had been moved to the border on Sunday.", "MOBILIZE")
    assert ev.actors == [] and ev.mode == "weapons"


@pytest.mark.parametrize("text", [
    "The shelling lasted almost an hour; mortars and large-calibre machine guns were used.",
    "Machine guns were used against the crowd on Sunday.",
])
def test_weapons_used_are_not_moved(nlp, text):
    """CAMEO codes 'use' and 'employ' with weapons as the use of force (175), never a move (154)
    nor aid (072): weapons used are no mobilisation."""
    events, _ = run(nlp, text)
    assert [e.type for e in events if e.type == "MOBILIZE"] == []


def test_one_meeting_stated_twice_is_one_event(nlp):
    text = ("Vladimir Putin will meet Alexander Lukashenko in Minsk on December 19.\n\n"
            "Analysts expect the talks to be tense.\n\n"
            "Vladimir Putin will meet Alexander Lukashenko to discuss gas prices, officials said.")
    events, names = run(nlp, text)
    meetings = [e for e in events if e.type == "CONSULT"]
    assert len(meetings) == 1
    assert meetings[0].date == "2022-12-19" and names[meetings[0].place] == "Minsk"
    assert meetings[0].evidence_span[1] < text.index("Analysts")


def test_every_event_has_a_full_cameo_code(nlp):
    text = ("Poland demanded that Belarus release the detained journalists. Lithuania accused Russia of "
            "violating its airspace. Police arrested twelve protesters in Minsk on Saturday.")
    events, _ = run(nlp, text)
    assert len(events) >= 3
    assert all(e.cameo and e.cameo.isdigit() and len(e.cameo) in (3, 4) for e in events)


def test_an_event_inside_a_denial_frame_is_denied(nlp):
    """'It is not true that ...' is a denied statement (statements room); the event
    it holds takes the statement's polarity, though its own clause is not negated."""
    from newsledger.extract.statements.find import find_statements
    text = '"It is not true that Russian forces shelled Kharkiv," the Defence Ministry said on Monday.'
    doc = nlp(text)
    statements = find_statements(doc, find_timexes(text, ANCHOR))
    assert [s.polarity for s in statements] == ["denied"]
    events, _ = run(nlp, text, statements)
    assert events and all(e.status == "denied" for e in events)


@pytest.mark.parametrize("text", [
    "Amazon offers free delivery to Prime members.",
    "Microsoft provides cloud services to small firms.",
    "Melville House supports emerging voices.",
    "Volterra can train your sales teams in Ohio.",
    "Gucci is a symbol of luxury in Italy, offering premium footwear for fashion enthusiasts.",
])
def test_a_habit_in_the_simple_present_is_no_event(nlp, text):
    """A habit or a property: the simple present, a capacity ('can'), a participle adjunct to them."""
    events, _ = run(nlp, text)
    assert events == []


@pytest.mark.parametrize("text, kind", [
    ("U.S. and Russian negotiators return to Geneva this week for talks on nuclear missiles.", "CONSULT"),
    ("Japan offered Indonesia flood relief on Monday.", "AGREE"),
    ("Russia accuses Ukraine of shelling the plant.", "ACCUSE"),
    ("Belarusian troops opened fire on Polish border guards near Kuznica, wounding one.", "ASSAULT"),
])
def test_dated_past_and_future_acts_are_events(nlp, text, kind):
    one(nlp, text, kind)


@pytest.mark.parametrize("text", [
    "Remove the debris from Microsoft's lawn.",
    "Attack the Microsoft servers.",
    "You should attack Microsoft.",
    "How to Kill Ants in Garden Naturally",
])
def test_an_instruction_to_the_reader_is_no_event(nlp, text):
    events, _ = run(nlp, text)
    assert events == []


@pytest.mark.parametrize("text, kind, actor", [
    ("The commander of the NATO mission in Kosovo (KFOR), Major General Alessandro Ferrante, called on both "
     "sides to refrain from steps that could escalate the situation.", "REQUEST", "Alessandro Ferrante"),
    ("The humanitarian group Amnesty International reported that at least 40 people had been pushed back to "
     "Belarus in the past week, and called on the government to respect the right to asylum.", "REQUEST",
     "Amnesty International"),
])
def test_a_subject_described_by_a_common_noun_acts_as_the_name_beside_it(nlp, text, kind, actor):
    """An apposition names the actor; a finite verb hung from the noun by the parser still states
    the act; an active conjunct does not take its neighbour's passive subject."""
    ev, names = one(nlp, text, kind)
    assert actor in [names[a] for a in ev.actors]


def test_wordnet_unique_beginners_person_and_group_can_act(nlp):
    from newsledger.extract.events.senses import can_act
    doc = nlp("The group criticized the person.")
    assert can_act(doc[1], "ACCUSE") and can_act(doc[4], "ACCUSE")


def test_a_time_clause_in_the_past_states_its_act_and_a_condition_does_not(nlp):
    ev, names = one(nlp, "The riot began on Wednesday night when Hezbollah fighters attacked Israeli "
                         "soldiers in Metula.", "ASSAULT")
    assert names[ev.actors[0]] == "Hezbollah"
    events, _ = run(nlp, "Israel will respond if Hezbollah attacked Israeli soldiers in Metula.")
    assert not [e for e in events if e.type == "ASSAULT"]


def test_own_troops_brought_in_are_a_mobilization_not_military_aid(nlp):
    ev, _ = one(nlp, "NATO brought in reserve troops from Austria and Romania on Wednesday.", "MOBILIZE")
    assert ev.mode == "troops"
    events, _ = run(nlp, "NATO brought in reserve troops from Austria and Romania on Wednesday.")
    assert not [e for e in events if e.type == "AID"]


def test_announced_future_aid_is_agree_planned(nlp):
    """PLOVER: a future cooperation is AGREE; the act promised is still to come."""
    ev, _ = one(nlp, "Italy will supply a SAMP/T battery to Ukraine before the end of summer.", "AGREE")
    assert ev.status == "planned"


def test_a_force_set_noun_in_either_number_is_a_force(nlp):
    """PETRARCH lists 'battalions'; its matcher reads 'battalion' too."""
    ev, _ = one(nlp, "Russia moved a battalion to the border with Latvia on Tuesday.", "MOBILIZE")
    assert ev.mode == "troops"


def test_coordinated_acts_on_their_own_objects_are_two_events(nlp):
    events, _ = run(nlp, "President Daniel Noboa on Thursday extended the state of emergency in five provinces "
                         "and imposed a night curfew in Guayaquil.")
    assert len([e for e in events if e.type == "COERCE"]) == 2
    events, _ = run(nlp, "Hamas attacked and killed three Israeli soldiers near Gaza on Monday.")
    assert len([e for e in events if e.type == "ASSAULT"]) == 1


@pytest.mark.parametrize("text", [
    "Not a single Russian soldier has been sent to the border with Latvia.",
    "No Russian troops were moved to the border with Latvia on Monday.",
    "Russia fired no missiles at Kyiv on Monday.",
])
def test_an_act_whose_subject_or_object_is_negated_is_denied(nlp, text):
    events, _ = run(nlp, text)
    assert events and all(e.status == "denied" for e in events)


@pytest.mark.parametrize("text", [
    "The head of the central bank warned that inflation could rise sharply next year.",
    "Lives could be lost if the border stays closed, the charity warned.",
    "A committee of senators has warned.",
    "The Automobile Association warned that drivers could face long delays unless the roads were cleared.",
])
def test_a_warning_without_a_consequence_someone_brings_about_is_no_threat(nlp, text):
    """PLOVER's THREATEN is a warning with a consequence; a forecast of harm is a statement."""
    events, _ = run(nlp, text)
    assert [e.type for e in events if e.type == "THREATEN"] == []


@pytest.mark.parametrize("text", [
    "The Chinese Foreign Ministry warned that China would respond firmly to any new provocation.",
    "Union leader Maria Lopez warned that there could be further strikes unless the government changed course.",
    'China\'s Defence Ministry warned at a briefing that "separatist forces in Taiwan will be crushed" if they continue.',
])
def test_a_warning_with_a_consequence_is_a_threat(nlp, text):
    one(nlp, text, "THREATEN")


@pytest.mark.parametrize("text", [
    "Asked if he would resign, Mr Moreno laughed.",
    'Senator Ortiz asked: "Why do we need this law at all?"',
    "The prosecutor asked the witness whether he had ever met the minister.",
    "Should Finland sign the treaty with Norway?",
    "The Greens will press Mr Larsen over whether the targets can be met.",
])
def test_a_question_is_no_request_and_states_no_event(nlp, text):
    events, _ = run(nlp, text)
    assert [(e.type, e.trigger) for e in events] == []


def test_a_hypothesis_is_no_event_but_a_conditional_offer_or_refusal_is(nlp):
    events, _ = run(nlp, "If anyone complained, the regulator would investigate the company, Mr Weber said.")
    assert [(e.type, e.trigger) for e in events] == []
    one(nlp, "Taliban leaders said they would meet the UN envoy in Geneva if he guaranteed their safety.", "CONSULT")
    one(nlp, "Jordan says it will not accept any more refugees if fighting spreads to the south.", "REJECT")


def test_what_someone_should_do_is_an_opinion_not_a_request(nlp):
    events, _ = run(nlp, "Opposition leader Anna Berg said the Interior Ministry should release the detainees.")
    assert [(e.type, e.trigger) for e in events] == []
    one(nlp, "Opposition leader Anna Berg said the Interior Ministry must release the detainees.", "REQUEST")


def test_the_place_a_person_comes_from_is_no_party(nlp):
    ev, names = one(nlp, "Three students from Manchester were arrested by the police on Monday.",
                    "COERCE")
    assert [names.get(t, t) for t in ev.targets] == ["Three students"]     # the students, not Manchester


def test_words_attacked_are_no_assault(nlp):
    events, _ = run(nlp, "The opposition leader attacked the government's plans for a new airport tax.")
    assert [e.type for e in events if e.type == "ASSAULT"] == []


def test_a_date_in_a_relative_clause_on_another_noun_dates_that_clause(nlp):
    ev, _ = one(nlp, "Campaigners will stage a rally next week for the ferry line, which was closed in 1988.", "PROTEST")
    assert ev.date is not None and not ev.date.startswith("1988")


def test_an_act_inside_an_indirect_question_is_no_event(nlp):
    events, _ = run(nlp, "Senator Ortiz wanted to know if Chile would send troops to the border with Peru.")
    assert [(e.type, e.trigger) for e in events] == []


def test_what_is_no_crowd_does_not_protest(nlp):
    events, _ = run(nlp, "The dollar rallied on Monday amid signs that oil prices are easing.")
    assert events == []
    one(nlp, "Thousands of people rallied in Tbilisi on Tuesday.", "PROTEST")


def test_agreeing_that_something_is_so_is_no_agreement(nlp):
    events, _ = run(nlp, "The Lord Chancellor, Lord Harris, agreed the law was unfair.")
    assert [(e.type, e.trigger) for e in events] == []
    one(nlp, "Israel and Egypt agreed on Monday to reopen the border crossing.", "AGREE")


def test_an_act_someone_is_to_do_is_a_plan_not_a_habit(nlp):
    ev, _ = one(nlp, "Campaigners are to stage a rally for the ferry line, which was closed in 1988.", "PROTEST")
    assert ev.status == "planned" and ev.date is None


@pytest.mark.parametrize("text", [
    "EasyJet took delivery of 20 new planes last year.",
    "Mr Hague said he had given up his ambition to lead the party.",
])
def test_a_light_verb_whose_noun_carries_the_meaning_states_no_act(nlp, text):
    """'took delivery', 'given up his ambition': the noun object carries the meaning (NomBank's
    support verbs); the verb is no seizure, no aid."""
    events, _ = run(nlp, text)
    assert [(e.type, e.trigger) for e in events] == []


def test_a_light_verb_handing_over_a_thing_or_an_event_noun_stays_an_event(nlp):
    one(nlp, "Germany gave aid to Chad last week.", "AID")
    ev, _ = one(nlp, "Marsh agreed to pay $850m to settle the lawsuit brought by New York.", "AGREE")
    assert ev.trigger == "agreed"


def test_a_wish_is_not_stated_done(nlp):
    ev, names = one(nlp, "Wal-Mart wanted to buy Carrefour outright in 2001.", "COOPERATE")
    assert ev.status == "planned" and [names[a] for a in ev.targets] == ["Carrefour"]


def test_a_name_describing_a_named_party_is_no_party_of_its_own(nlp):
    """'Italian carmaker Fiat': Fiat sues, 'Italian' describes it; a phrase headed by a common noun
    keeps its modifier as the party ('an Australian ultimatum', as PLOVER codes it)."""
    ev, names = one(nlp, "Italian carmaker Fiat sued General Motors in New York.", "ACCUSE")
    assert [names[a] for a in ev.actors] == ["Fiat"]
    ev, names = one(nlp, "Serbia rejected an Australian ultimatum on Friday.", "REJECT")
    assert [names[a] for a in ev.targets] == ["Australian"]


@pytest.mark.parametrize("text", [
    "Siemens has invested 400m euros in turbine production.",        # one party: its own business
    "The Housing Act meant a ban on evictions in Wales.",            # a law acts in no event
    "Mr Jones agreed and said the figures were misleading.",         # agreeing with a view
    "Tesco blamed poor weather for its falling sales.",              # blaming a thing, no party
])
def test_business_laws_and_opinions_are_no_events(nlp, text):
    events, _ = run(nlp, text)
    assert [(e.type, e.trigger) for e in events] == []


def test_cooperation_and_blame_between_parties_stay_events(nlp):
    one(nlp, "China lent Pakistan $2bn in March.", "COOPERATE")
    one(nlp, "Fiat and General Motors agreed on Monday.", "AGREE")
    ev, names = one(nlp, "Brazil blamed Argentina for the collapse of the talks.", "ACCUSE")
    assert [names[a] for a in ev.targets] == ["Argentina"]
    one(nlp, "Canada condemned the shooting at the border crossing.", "ACCUSE")   # a deed condemned


def test_one_act_stated_twice_with_a_party_in_common_is_one_event(nlp):
    events, names = run(nlp, "The Greens oppose the plans. Green Party leader Caroline Lucas and the Greens "
                             "also oppose the plans.")
    rejections = [e for e in events if e.type == "REJECT"]
    assert len(rejections) == 1 and "Greens" in [names[a] for a in rejections[0].actors]


@pytest.mark.parametrize("text", [
    "The Green Party promised to cut class sizes in every school.",   # its own policy, to no one
    "Labour promised to raise the issue in the Commons.",            # a pledge of no cooperation
    "The Liberal Democrats committed a serious error.",              # no pledge at all
    "Christine Lagarde offered some good news for savers.",          # an offer to no one
    "Boeing plans to offer a faster plane next year.",               # a firm's own business
])
def test_a_pledge_of_ones_own_policy_is_no_agreement(nlp, text):
    events, _ = run(nlp, text)
    assert [(e.type, e.trigger) for e in events] == []


def test_a_pledge_to_another_party_is_an_agreement(nlp):
    ev, names = one(nlp, "Turkey promised Greece to withdraw its ships.", "AGREE")
    assert [names[a] for a in ev.targets] == ["Greece"]
    ev, names = one(nlp, "Mr Brown pledged to give Kenya aid.", "AGREE")
    assert [names[a] for a in ev.targets] == ["Kenya"]


def test_an_attempt_is_not_stated_done(nlp):
    ev, names = one(nlp, "Toyota tried to buy Nissan in 2003 but lost out to Renault.", "COOPERATE")
    assert ev.status == "planned" and [names[a] for a in ev.targets] == ["Nissan"]


def test_the_content_clause_of_a_noun_states_its_act(nlp):
    """'denied reports that the army was massing tanks': the that-clause is what the reports say,
    an act (its status comes from the statement denying it); a relative clause ('the tanks that
    were moved') still only names one."""
    ev, _ = one(nlp, "Georgia on Friday denied reports that the Georgian army was massing tanks "
                         "near the border with Abkhazia.", "MOBILIZE")
    assert ev.actors and ev.trigger == "massing"
    events, _ = run(nlp, "The tanks that were moved near the border last month returned to their base.")
    assert not [e for e in events if e.type == "MOBILIZE"]


@pytest.mark.parametrize("text,kind,actors,targets", [
    # a title the name stands beside is no party: its organisation, its owner ('Home' of 'Home Secretary')
    ("Metropolitan Police Commissioner Sir John Hale has backed the new curfew.", "SUPPORT", ["John Hale"], []),
    ("The Green Party's Welsh leader, Ann Evans, welcomed the Irish proposal.", "SUPPORT", ["Ann Evans"], ["Irish"]),
    ("Ofsted inspector Mark Daly met Finance Secretary Laura Kenny in Cardiff.", "CONSULT", ["Mark Daly"], ["Laura Kenny"]),
    # the parties of a clause inside the argument are that clause's verb's
    ("Education chief Sarah Jones accused some schools of failing to teach pupils about French culture.",
     "ACCUSE", ["Sarah Jones"], ["schools"]),
    # a demand with its addressee named: the act demanded brings no party
    ("The Muslim Council urged imams not to campaign for the Conservatives in the local elections.",
     "REQUEST", ["Muslim Council"], ["imams"]),
    ("The Greens called on the prime minister to sack Mr Smith.", "REQUEST", ["Greens"], []),
    # a passive's pronoun subject is the person named before
    ("Mr Ortega visited the school on Monday. He was criticised by the Greens for praising the head teacher.",
     "ACCUSE", ["Greens"], ["Ortega"]),
])
def test_parties_are_the_named_arguments_of_the_trigger(nlp, text, kind, actors, targets):
    ev, names = one(nlp, text, kind)
    assert sorted(names[a] for a in ev.actors) == actors and sorted(names[t] for t in ev.targets) == targets


def test_a_building_is_no_target_where_it_only_says_where(nlp):
    """'detained three men at Heathrow Airport': the airport is where, not whom; a town or region
    named for a conflict stays its target ('threatened to institute a curfew in Algiers')."""
    ev, names = one(nlp, "Police detained three men at Heathrow Airport on Friday.", "COERCE")
    assert [names[t] for t in ev.targets] == ["three men"] and names[ev.place] == "Heathrow Airport"
    ev, names = one(nlp, "President Bouteflicka threatened to institute a curfew in Algiers.", "THREATEN")
    assert [names[t] for t in ev.targets] == ["Algiers"]


def test_a_pronoun_under_a_reporting_verb_is_its_subject(nlp):
    """'X alleges that President Adams told Mr Brown he would withdraw': 'he' is Adams, the
    nearest reporter the sentence names, not the statement's speaker."""
    text = "Robert Peston alleges that President Adams told Mr Brown he would withdraw the troops from Iraq."
    doc = nlp(text)
    ents = entities_of(doc)
    peston = next(e.id for e in ents if e.name == "Robert Peston")
    st = Statement(content_spans=[(text.index("President"), len(text) - 1)], kind="indirect", cue="alleges",
                   speaker=peston)
    names = {e.id: e.name for e in ents}
    ev = next(e for e in find_events(doc, ents, [st], [], ANCHOR) if e.trigger == "withdraw")
    assert [names[a] for a in ev.actors] == ["Adams"]


def test_him_after_someone_unnamed_is_not_the_name_before(nlp):
    """'a shopkeeper had chased a robber and attacked him': 'him' is the robber, no one named."""
    events, names = run(nlp, "Inspector Tom Hale said a shopkeeper had chased a robber and attacked him.")
    assert not [e for e in events if "Tom Hale" in [names[p] for p in e.targets]]


@pytest.mark.parametrize("text", [
    "Lufthansa said it had to cancel 40 flights.",                   # CAMEO 'cancel': no party acted upon
    "Peru will now import rice and wheat.",                          # CAMEO 'import': a state's own trade
])
def test_a_verb_only_the_cameo_dictionary_codes_needs_a_party_it_is_done_to(nlp, text):
    """PETRARCH codes a dyad, a source and a target actor: a CAMEO-coded verb toward no one is a
    firm's or a state's own business, no event."""
    events, _ = run(nlp, text)
    assert [(e.type, e.trigger) for e in events] == []


def test_a_cameo_coded_verb_toward_a_named_party_is_an_event(nlp):
    ev, names = one(nlp, "Norway lent Sweden $2bn on Monday.", "COOPERATE")
    assert [names[a] for a in ev.actors] == ["Norway"] and [names[a] for a in ev.targets] == ["Sweden"]


@pytest.mark.parametrize("text", [
    "The Home Office warned that the deletion of the files could harm police inquiries.",
    "The CBI warned that companies would move their listings to London.",
    "Chancellor Gordon Brown warned that the Conservatives would cut public services.",
])
def test_a_warning_of_what_others_may_do_is_no_threat(nlp, text):
    """A THREATEN is a party's own act held over a target; a common noun as the subject of the
    warned clause is what others may do or what may come of something: a forecast."""
    events, _ = run(nlp, text)
    assert [e.type for e in events if e.type == "THREATEN"] == []


def test_an_own_act_announced_to_no_party_is_no_promise(nlp):
    """PLOVER's AGREE is a promise made to someone; a party's plan for its own policy is a statement."""
    events, _ = run(nlp, "The Greens would allow people to swap their winter payments for vouchers.")
    assert [(e.type, e.trigger) for e in events] == []
    ev, _ = one(nlp, "Israel will evacuate the settlements in the Gaza Strip next month.", "AGREE")
    assert ev.status == "planned"     # the place is the party the withdrawal is owed to


def test_a_past_act_denied_is_denied_not_refused(nlp):
    events, _ = run(nlp, "Mr Brown denied he had met Mr Blair in Paris.")
    assert [(e.type, e.status) for e in events] == [("CONSULT", "denied")]
    one(nlp, "Hungary says it will not meet the Austrian minister.", "REJECT")


def test_a_participle_on_a_plan_noun_states_an_act_not_a_plan(nlp):
    """'plans, backed by Italy, to lift the embargo': Italy backs the plans now; only the plan's
    'to'-clause is still to come."""
    events, names = run(nlp, "Sir Menzies criticised plans, backed by Italy, to lift the arms embargo.")
    support = [e for e in events if e.type == "SUPPORT"]
    assert support and support[0].status == "occurred" and [names[a] for a in support[0].actors] == ["Italy"]


@pytest.mark.parametrize("text, kind", [
    ("Unison was forced to back down over the pay claim.", "SUPPORT"),            # the phrasal verb's sense
    ("Yukos will demonstrate the legality of its title.", "PROTEST"),  # shows, no protest
    ("Angela Rayner met many of the demands of the strikers.", "CONSULT"),            # demands, not people
    ('"We are fighting this in the courts," said the Green Party.', "ASSAULT"),      # a claim, not a party
    ("Boris Johnson withdrew his remark about Nigeria on Tuesday.", "RETREAT"),       # words, not forces
])
def test_a_trigger_word_in_another_sense_is_no_event(nlp, text, kind):
    events, _ = run(nlp, text)
    assert [e.type for e in events if e.type == kind] == []


def test_the_same_words_in_their_event_sense_are_events(nlp):
    one(nlp, "Thousands of students demonstrated in Jakarta on Monday.", "PROTEST")
    one(nlp, "Russia withdrew two battalions from the border with Estonia.", "RETREAT")
    one(nlp, "Angela Rayner met three of the union's leaders in Leeds on Monday.", "CONSULT")


def test_a_past_act_joined_to_a_reported_clause_is_the_reporters_own(nlp):
    """'X said that Budapest will not send ..., but also called for a ceasefire': the parse joins
    'called' to the reported clause; the call is the reporter's, made, and not his report."""
    events, names = run(nlp, "Hungarian Prime Minister Viktor Orban said that Budapest will not send weapons to "
                             "Kyiv, but also called for a ceasefire.")
    ev = next(e for e in events if e.type == "REQUEST")
    assert [names[a] for a in ev.actors] == ["Viktor Orban"]
    assert ev.status == "occurred" and ev.source is None


@pytest.mark.parametrize("text, kind, actor, target", [
    ("The UN special envoy for the Yemen peace process, Hans Grundberg, is expected to meet Houthi leaders in "
     "Muscat on Friday.", "CONSULT", ["Hans Grundberg"], ["Houthi"]),
    ("The head of the Chinese delegation, Wang Yi, met the French minister in Paris.", "CONSULT", ["Wang Yi"],
     ["French"]),
    ("Russian officials met the head of the Chinese delegation, Li Peng, in Moscow.", "CONSULT", ["Russian officials"],
     ["Chinese delegation"]),
    ("Chancellor Olaf Scholz criticised the leader of the opposition, Friedrich Merz, on Monday.", "ACCUSE",
     ["Olaf Scholz"], ["Friedrich Merz"]),
])
def test_a_person_described_is_the_name_set_beside_them(nlp, text, kind, actor, target):
    """The name beside a description of a person is the party, not the body the description names
    (also where the parse hung the name on the description's last noun); a name hung across the
    verb is not beside the subject."""
    ev, names = one(nlp, text, kind)
    assert [names[a] for a in ev.actors] == actor
    assert [names[t] for t in ev.targets] == target


def test_the_places_of_the_events_place_phrase_are_no_targets(nlp):
    """'detained at Belmarsh Prison in London': the town says where the prison is; a person's
    home town after an age ('Mr Okafor, 31, from Manchester') says where they come from."""
    ev, names = one(nlp, "Police detained two men at Belmarsh Prison in London.", "COERCE")
    assert [names[t] for t in ev.targets] == ["two men"]
    ev, names = one(nlp, "Mr Okafor, 31, from Manchester, was arrested in Spain.", "COERCE")
    assert [names[t] for t in ev.targets] == ["Okafor"]


def test_a_passive_without_its_own_subject_is_done_to_the_subject_it_shares(nlp):
    """'was arrested and charged with fraud by the Kremlin': the conjunct shares the passive
    subject, who is charged, not charging; with no one named as the charger there is no party to
    act, so no charge is coded for him."""
    events, names = run(nlp, "Mikhail Petrov was arrested in Moscow and charged with fraud by the Kremlin.")
    ev = next(e for e in events if e.type == "ACCUSE")
    assert [names[a] for a in ev.actors] == ["Kremlin"] and [names[t] for t in ev.targets] == ["Mikhail Petrov"]
    events, names = run(nlp, "Mikhail Petrov was arrested in Moscow and charged with fraud.")
    assert not any(e.type == "ACCUSE" for e in events)
    assert [names[t] for e in events if e.type == "COERCE" for t in e.targets] == ["Mikhail Petrov"]


def test_a_passive_of_its_own_joined_to_an_active_verb_is_done_to_its_subject(nlp):
    """'pleaded guilty and will be sentenced': the one sentenced is the subject of 'pleaded', its
    target, never the sentencer; with no one named to sentence him, none is invented (legaltypes37: the
    conviction is coded with no actor, undergone by the one named, as an arrest is)."""
    events, names = run(nlp, "Dorian Blake pleaded guilty to fraud and will be sentenced by Judge Mary Lowe in May.")
    ev = next(e for e in events if e.type == "SANCTION")
    assert [names[a] for a in ev.actors] == ["Mary Lowe"] and [names[t] for t in ev.targets] == ["Dorian Blake"]
    events, names = run(nlp, "Dorian Blake pleaded guilty to fraud and will be sentenced in May.")
    assert [(e.actors, [names[t] for t in e.targets]) for e in events if e.type == "SANCTION"] == [([], ["Dorian Blake"])]


@pytest.mark.parametrize("text, target", [
    ("The Home Office was accused of Islamophobia by Liberty.", ["Home Office"]),
    ("Ministers were accused of Thatcherism by the Unison union.", ["Ministers"]),
    ("The court banned Apex Pharma from selling its drug in Canada.", ["Apex Pharma"]),
])
def test_what_a_party_is_accused_of_or_kept_from_is_no_target(nlp, text, target):
    """'accused of Islamophobia': an 'of' after a verb with its object (or a passive) says what the
    object is accused of; 'banned X from selling its drug in Canada': the deed kept from is that
    verb's, its place no party of the ban."""
    events, names = run(nlp, text)
    assert [[names[t] for t in e.targets] for e in events] == [target]


def test_a_description_stands_for_the_party_the_article_named(nlp):
    """'sued the company': the firm named before it (the statement layer's antecedent); a police
    force no name covers is a target of its own; 'the international community' names no one."""
    first = "Brightwater Energy lost its licence in March. "
    ev, names = one(nlp, first + "Regulator Ann Cole sued the company on Tuesday.", "ACCUSE")
    assert [names.get(t) for t in ev.targets] == ["Brightwater Energy"]
    ev, names = one(nlp, "The police were accused of racism by Liberty.", "ACCUSE")
    assert [names[a] for a in ev.actors] == ["Liberty"] and [names[t] for t in ev.targets] == ["police"]
    ev, _ = one(nlp, first + "Regulator Ann Cole called on the international community to act.", "REQUEST")
    assert ev.targets == []


def _placed(nlp, text: str, countries: dict[str, tuple[str, str]]):
    """Events of TEXT with its places geocoded as COUNTRIES says (name -> country code, level)."""
    doc = nlp(text)
    ents = entities_of(doc)
    for e in ents:
        if e.name in countries:
            e.geo = Geo(0.0, 0.0, *countries[e.name])
    events = find_events(doc, ents, [], find_timexes(text, ANCHOR), ANCHOR)
    return events, {e.id: e.name for e in ents}


BRITISH = "Hospitals in Leeds and Bristol missed their targets, auditors in Britain found. "
HOME = {"Leeds": ("GB", "city"), "Bristol": ("GB", "city"), "Britain": ("GB", "country")}


@pytest.mark.parametrize("sentence, target", [
    ("The Royal College of Nursing urged the government to hire more staff.", "Britain government"),
    ("The Patients Association called on the authorities to publish the figures.", "Britain authorities"),
    ("The Royal College of Nursing urged the previous government to hire more staff.", None),
])
def test_an_unnamed_government_is_the_one_country_of_the_article(nlp, sentence, target):
    """'urged the government' in an article whose places all lie in one country: that country's
    government, as CAMEO codes an unnamed government by context; a government described further
    ('the previous government') is not the present one."""
    events, names = _placed(nlp, BRITISH + sentence, HOME)
    ev = next(e for e in events if e.type == "REQUEST")
    assert [names[t] for t in ev.targets] == ([target] if target else [])


def test_an_unnamed_government_of_an_article_of_two_countries_is_no_one(nlp):
    """Places of two countries in like measure: whose government 'the government' is stays unclear."""
    text = "Talks in Paris and Lyon and in Leeds and Bristol broke down, Britain and France said. " \
        "The Royal College of Nursing urged the government to hire more staff."
    places = {**HOME, "Paris": ("FR", "city"), "Lyon": ("FR", "city"), "France": ("FR", "country")}
    events, _ = _placed(nlp, text, places)
    assert [e.targets for e in events if e.type == "REQUEST"] == [[]]


SHARED = "Troops from Leeds and Bristol served in Iraq and Basra, and Americans in Baghdad and Texas. "
SHARED_PLACES = {**HOME, "Iraq": ("IQ", "country"), "Basra": ("IQ", "city"), "Baghdad": ("IQ", "city"),
                 "Texas": ("US", "admin1")}


@pytest.mark.parametrize("office, target", [
    ("Home Secretary Charles Clarke", "United Kingdom government"),
    ("The chancellor of the exchequer", "United Kingdom government"),
    ("US Defense Secretary Donald Rumsfeld", None),
])
def test_an_unnamed_government_of_an_article_of_shared_places_is_its_cabinets_country(nlp, office, target):
    """Places of several countries ('Leeds', 'Iraq', 'Texas'): the article's government is the one
    whose cabinet offices it names ('Home Secretary ...'), by its state's name where the article
    names that country nowhere; an office said to be another country's ('US Defense Secretary') names none."""
    text = SHARED + f"{office} spoke on Monday. The Royal College of Nursing urged the government to hire more staff."
    events, names = _placed(nlp, text, SHARED_PLACES)
    ev = next(e for e in events if e.type == "REQUEST")
    assert [names[t] for t in ev.targets] == ([target] if target else [])


@pytest.mark.parametrize("before, target", [
    ("The Norwegian government has delayed the new licences.", "Norwegian government"),
    ("Talks with the Irish government on the new licences broke down.", "Irish government"),
])
def test_a_government_named_before_with_its_nationality_is_that_body(nlp, before, target):
    """'called on the government' after 'the Norwegian government' was named: the body itself,
    as CAMEO codes it (NORGOV), not the adjective that only says whose it is."""
    ev, names = one(nlp, before + " Fishermen's leader Ola Berg called on the government to act.", "REQUEST")
    assert ev.targets == [f"force:{target.lower()}"], [names.get(t, t) for t in ev.targets]


def test_a_title_stands_for_the_one_person_the_article_gave_it(nlp):
    """'the foreign secretary' is the person given that title (the entity stage keeps the titles
    written before names in ROLES); of two titles ending in 'secretary', the one that says more of
    the phrase; 'a home secretary' could be anyone."""
    text = ("Foreign Secretary Jack Straw and Home Secretary Charles Clarke met Chinese officials on Monday. "
            "Michael Howard criticised the foreign secretary on Tuesday.")
    doc = nlp(text)
    ents = entities_of(doc)
    titles = {"Jack Straw": ["Foreign Secretary"], "Charles Clarke": ["Secretary"]}
    for e in ents:
        e.roles = titles.get(e.name, [])
    names = {e.id: e.name for e in ents}
    ev = next(e for e in find_events(doc, ents, [], [], ANCHOR) if e.type == "ACCUSE")
    assert [names[t] for t in ev.targets] == ["Jack Straw"]
    doc = nlp(text.replace("the foreign secretary", "a foreign secretary"))
    ents = entities_of(doc)
    for e in ents:
        e.roles = titles.get(e.name, [])
    assert not [t for e in find_events(doc, ents, [], [], ANCHOR) if e.type == "ACCUSE" for t in e.targets]


@pytest.mark.parametrize("text, kind", [
    ("Petra Novak rejected allegations that she had misled Parliament.", "REJECT"),  # a denial of a claim
    ("Mr Patel rejected the claim made by the unions about the pension fund.", "REJECT"),
    ("Ireland says it was failing to collect enough tax from its banks.", "REJECT"),   # a failure, no refusal
    ("Sweden said it was not willing to put a date on its decision.", "AGREE"),       # readiness to do nothing coded
    ("Mr Rossi would prefer Belgium to lower its fuel duty.", "AGREE"),               # a preference
])
def test_denials_failures_and_wishes_are_no_events(nlp, text, kind):
    events, _ = run(nlp, text)
    assert [(e.type, e.trigger) for e in events if e.type == kind] == []


def test_refusals_and_readiness_that_code_an_act_stay_events(nlp):
    one(nlp, "Serbia rejected a Kosovo proposal to share the power plant.", "REJECT")
    one(nlp, "Greeks and Turks failed to reach agreement on the island's future on Sunday.", "REJECT")
    one(nlp, "Peru says it is willing to withdraw its troops from the border with Ecuador.", "AGREE")


@pytest.mark.parametrize("text, reporter", [
    ("Armenia says it is ready to resume talks with Azerbaijan on the border.", "says"),
    ("The Kenyan foreign minister said he was prepared to meet the Somali delegation in Nairobi.", "said"),
])
def test_a_readiness_said_is_a_promise_made_by_the_saying(nlp, text, reporter):
    """PLOVER codes 'X says it is willing to ...' as X's AGREE made by the saying: the reporting
    verb is in the evidence, as for a promise recoded from an announced act."""
    ev, _ = one(nlp, text, "AGREE")
    assert reporter in text[ev.evidence_span[0]:ev.evidence_span[1]].split()


def test_an_offer_keeps_its_own_evidence(nlp):
    """An offer is itself a speech act: its evidence does not reach for a reporter around it."""
    text = "Officials said Norway offered to host talks between Sweden and Finland."
    ev, _ = one(nlp, text, "AGREE")
    assert "said" not in text[ev.evidence_span[0]:ev.evidence_span[1]].split()


def test_a_protest_in_words_is_an_accusation(nlp):
    """PLOVER: a diplomatic or verbal protest is ACCUSE; PROTEST is dissent with physical activity."""
    ev, names = one(nlp, "Chile protested that Bolivia had broken the border treaty.", "ACCUSE")
    assert [names[a] for a in ev.actors] == ["Chile"]
    one(nlp, "Thousands of farmers protested outside the parliament in Warsaw.", "PROTEST")


def test_announced_aid_of_a_thing_to_no_one_named_is_aid_planned(nlp):
    """'Italy will supply a battery': the material act, still to come; not a promise to no one."""
    ev, names = one(nlp, "Spain will supply two field hospitals before the winter.", "AID")
    assert ev.status == "planned" and [names[a] for a in ev.actors] == ["Spain"]


@pytest.mark.parametrize("text", [
    '"It is not enough to protect all our cities," Andriy Savchuk said.',   # a judgement of an act
    "It is important to help Kenya, Mr Odinga said.",
    "If Goma falls, the M23 will control all of North Kivu, said the analyst Jean Mbeki.",  # another's forecast
    "The Kremlin said that Moscow will not leave the Armenians alone.",     # no visit: 'leave' by CAMEO's default
])
def test_judgements_forecasts_under_a_condition_and_departures_are_no_events(nlp, text):
    events, _ = run(nlp, text)
    assert [(e.type, e.trigger) for e in events] == []


def test_a_speakers_own_conditional_cooperation_stays_an_offer(nlp):
    one(nlp, "Peru said it will help Chile if the floods continue.", "AGREE")


def test_an_order_to_leave_the_country_is_an_expulsion(nlp):
    """PLOVER: expelling a diplomat is SANCTION-expel, not a request."""
    ev, names = one(nlp, "The government of Peru ordered the Chilean ambassador to leave Lima within 48 hours.",
                    "SANCTION")
    assert ev.mode == "expel" and [names[a] for a in ev.actors] == ["Peru"]
    events, _ = run(nlp, "The government of Peru ordered the Chilean ambassador to leave Lima within 48 hours.")
    assert "REQUEST" not in [e.type for e in events]


@pytest.mark.parametrize("text", [
    "Mr Odinga said lowering the fuel duty would help farmers in Kenya.",
    "Ms Akers said closing the port would prevent Chile from exporting copper.",
])
def test_an_act_whose_subject_is_a_clause_is_a_forecast_not_an_event(nlp, text):
    """The clause is what acts ('closing the port would prevent ...'); no party is the actor, and
    the speaker is none either."""
    events, _ = run(nlp, text)
    assert [(e.type, e.trigger) for e in events] == []


def test_a_warning_to_a_party_to_act_is_a_request(nlp):
    """'warned X to do Y' states no consequence the speaker brings about: advice or a demand to the
    party warned, PLOVER's REQUEST; 'threatened to cut ties' is the threat."""
    ev, names = one(nlp, "Ofcom warned Channel 4 to stop showing the advert before nine o'clock.", "REQUEST")
    assert [names[t] for t in ev.targets] == ["Channel 4"]
    events, _ = run(nlp, "Ofcom warned Channel 4 to stop showing the advert before nine o'clock.")
    assert [e.type for e in events if e.type == "THREATEN"] == []
    one(nlp, "Turkey threatened to cut ties with Austria over the vote.", "THREATEN")


def test_a_vow_is_a_threat_only_with_an_act(nlp):
    """A vow to press on with one's own plans is a resolve, no event; a vow to fight is a threat."""
    events, _ = run(nlp, "Finance Minister Anna Berg has vowed to go ahead with the pension reform.")
    assert [(e.type, e.trigger) for e in events] == []
    one(nlp, "The Kurdish rebels of the PKK have sworn to fight until the army leaves the valley.", "THREATEN")


@pytest.mark.parametrize("text, kind, trigger", [
    ("Pakistan has undertaken to withdraw its troops from the border with India.", "AGREE", "undertaken"),
    ("The Palestinian leader implored Hamas to halt its attacks on Israel.", "REQUEST", "implored"),
])
def test_a_control_verb_no_hand_lexicon_lists_is_read_from_wordnet(nlp, text, kind, trigger):
    """A verb over a 'to'-complement that neither the hand lexicon nor PLOVER's manual lists is read
    by the sense WordNet gives it with a 'to'-infinitive frame (wordnet_control.json): 'undertake'
    below 'promise' is a commitment, 'implore' below 'request' a demand of the party named."""
    ev, _ = one(nlp, text, kind)
    assert ev.trigger == trigger


@pytest.mark.parametrize("text", [
    "Volvo said it will have to halt some production at its plant.",
    'President Ruiz said: "We will not allow armed gangs to take the country hostage."',
])
def test_an_own_threat_or_refusal_made_to_no_party_is_no_event(nlp, text):
    """A party announcing its own conflict act or refusal to no one states its policy or business:
    PLOVER's THREATEN is held over a target, its REJECT refuses another's proposal."""
    events, _ = run(nlp, text)
    assert [e.type for e in events if e.type in ("THREATEN", "REJECT")] == []


def test_a_refusal_on_terms_set_to_a_party_is_made_to_it(nlp):
    """'will not sign until Russia withdraws': the condition is what Russia must do; the refusal is
    made to Russia though no target is named."""
    ev, _ = one(nlp, "Georgia says it will not sign the accord until Russia withdraws its troops.", "REJECT")
    assert ev.status == "occurred"
    text = 'Mr Okafor said: "If they have no papers, they are going to be detained."'
    quote = Statement(content_spans=[(text.index("If"), len(text) - 2)], kind="direct", cue="said", speaker="e1")
    events, _ = run(nlp, text, [quote])
    assert [e.type for e in events if e.type == "THREATEN"] == []     # a condition on the detained, no terms


def test_a_refusal_denied_is_no_event(nlp):
    """Not refusing is nothing PLOVER codes: a denied or ruled-out refusal is no REJECT; a denied
    attack stays an event, denied."""
    events, _ = run(nlp, "The court said Norway could not simply refuse to hear an asylum case.")
    assert [e.type for e in events if e.type == "REJECT"] == []
    text = "Ms Okonjo denied her faith meant she would refuse the post of health minister."
    denial = Statement(content_spans=[(text.index("her"), len(text) - 1)], kind="indirect", cue="denied",
                       speaker="e1", polarity="denied")
    events, _ = run(nlp, text, [denial])
    assert [e.type for e in events if e.type == "REJECT"] == []
    one(nlp, "Russia denied that its jets had bombed the market in Idlib.", "ASSAULT")


@pytest.mark.parametrize("text", [
    "Chancellor Gordon Brown praised himself for the strength of the economy.",
    "Tesco praised its own staff for the strong Christmas sales.",
])
def test_self_praise_is_no_support(nlp, text):
    """PLOVER's SUPPORT is praise of another party; praising oneself or one's own is a statement."""
    events, _ = run(nlp, text)
    assert [e.type for e in events if e.type == "SUPPORT"] == []


@pytest.mark.parametrize("text, kind, actor, target", [
    ("Azerbaijan was commended by Turkey for its restraint on the border.", "SUPPORT", "Turkey", "Azerbaijan"),
    ("A convoy of Ukrainian trucks was ambushed by Russian troops near Kupiansk.", "ASSAULT", "Russian troops",
     "Ukrainian"),
    ("The Ukrainian border post was ambushed by Russian special forces on Monday.", "ASSAULT", "Russian",
     "Ukrainian"),
])
def test_a_cameo_coded_verb_in_the_passive_with_its_doer_is_an_event(nlp, text, kind, actor, target):
    """'Y was commended by X' is the frame 'X commended Y' in the passive: CAMEO's default code
    stands, from the 'by' phrase to the subject."""
    ev, names = one(nlp, text, kind)
    assert [names[a] for a in ev.actors] == [actor] and [names[t] for t in ev.targets] == [target]


@pytest.mark.parametrize("text, kind, actor, target", [
    ("Russian troops massed on the frontier and crossed into Ukraine on Thursday.", "ASSAULT", "Russian troops",
     "Ukraine"),
    ("A food convoy of the World Food Programme left Port Sudan and reached El Fasher on Monday.", "AID",
     "World Food Programme", "El Fasher"),
])
def test_a_coordinated_verb_is_matched_against_the_subject_it_shares(nlp, text, kind, actor, target):
    """Issue 14 (cameoblock39): a verb coordinated after another with no subject of its own is read
    against the one subject of its clause, as PETRARCH reads every verb phrase of a clause, so a
    CAMEO pattern that names the subject ('&military' crossing into, a '&food convoy' reaching) codes it."""
    ev, names = one(nlp, text, kind)
    assert [names[a] for a in ev.actors] == [actor] and target in [names[t] for t in ev.targets]


@pytest.mark.parametrize("text", [
    "Armenian troops were pushed back from the frontier and crossed into Georgia.",   # active after a passive
    "A relief convoy of the Red Cross was stopped at the border and reached Goma on Friday.",
])
def test_an_active_verb_after_a_passive_shares_no_subject_with_it(nlp, text):
    """The subject of a passive is what the first verb was done to; an active verb coordinated after it
    takes no doer from it (``cameo._shared_subjects``), as ``arguments.subject_of`` leaves it."""
    events, _ = run(nlp, text)
    assert not [e for e in events if e.type in ("ASSAULT", "AID")]


@pytest.mark.parametrize("text", [
    "Azerbaijan was commended for its restraint on the border.",                  # no doer
    "The French cheese trade has been hit by falling demand at home and the rising popularity of "
    "Dutch cheeses.",                                                              # the doer is no actor
    "Senator Smith's proposed amendment will be debated by the Senate on Tuesday.",  # a thing said undergoes it
])
def test_a_cameo_coded_passive_needs_an_actor_doing_it_to_a_party(nlp, text):
    """The passive is the frame 'X verb Y' only with an actor after 'by' (a name, people, or a noun a
    name modifies) and a party or something concrete as its subject."""
    events, _ = run(nlp, text)
    assert [(e.type, e.trigger) for e in events] == []


@pytest.mark.parametrize("text, verb, kind, actor", [
    ("Libya has offered to hand over the two suspects to Britain.", "offer", "AGREE", "Libya"),
    ("Hungary refused to join the deliveries of air defence systems.", "refuse", "REJECT", "Hungary"),
])
def test_a_verb_plover_defines_a_type_with_codes_it_without_a_hand_entry(nlp, monkeypatch, text, verb, kind, actor):
    """'offer' and 'refuse' are the words of PLOVER's own definitions of AGREE and REJECT
    (``plover_definitions.json``): with no entry in the hand-written control lexicon, a verb never
    seen in development, they still code their type over a 'to'-complement."""
    from newsledger.extract.events.lexicon import TRIGGERS
    monkeypatch.delitem(TRIGGERS.control, verb)
    ev, names = one(nlp, text, kind)
    assert ev.trigger.split()[0] in ("offered", "refused") and [names[a] for a in ev.actors] == [actor]


@pytest.mark.parametrize("text, kind, targets", [
    ("Norway expelled three Iranian diplomats based in Oslo.", "SANCTION", ["Iranian diplomats"]),
    ("Oxfam and an Ohio-based charity sued Canada over the fees.", "ACCUSE", ["Canada"]),
    ("Greenpeace criticised a Texas-based oil company.", "ACCUSE", []),
])
def test_the_places_of_a_participle_describing_a_party_are_no_parties(nlp, text, kind, targets):
    """'diplomats based in Oslo', 'the Texas-based company': a past participle that describes a
    noun says where its party is, not who acts or whom the event touches."""
    ev, names = one(nlp, text, kind)
    assert [names[t] for t in ev.targets] == targets
    assert all(names[a] not in ("Ohio", "Oslo", "Texas") for a in ev.actors)


@pytest.mark.parametrize("text, kind, place", [
    ("A court in Quito sentenced the gang leader Luis Mora to 20 years in prison.", "SANCTION", "Quito"),
    ("Rebels in Mali on Tuesday attacked an army convoy.", "ASSAULT", "Mali"),
    ("Amnesty International working in Sudan said the Sudanese army must protect the camps.", "REQUEST", "Sudan"),
    ("Police arrested two protesters at a rally in Minsk.", "COERCE", "Minsk"),
])
def test_where_the_parties_were_is_the_place_of_their_act(nlp, text, kind, place):
    """'a court in Quito sentenced', 'the agency operating in Sudan said ... must': a place after
    'in', 'at' or 'near' on a party of the clause, or on a participle describing it, is where the
    act was, when the clause names no place of its own (evplaces34)."""
    ev, names = one(nlp, text, kind)
    assert names[ev.place] == place


@pytest.mark.parametrize("text", [
    "The United Nations will send food aid to refugees fleeing the war in Liberia.",
    "Vodafone bought a stake in Italy's Telecom Italia Mobile on Monday.",
    "Rebels attacked the town after talks in Geneva collapsed.",
    "Shell is suing several firms involved in the sale of Nigeria's oil blocks.",
    "The deployment would involve troops from a Gurkha battalion based in Brunei.",
    "Tony Blair joined two girls from a school in Geneva for a boat trip.",
])
def test_a_place_of_another_deed_or_only_modifying_is_no_place(nlp, text):
    """A participle with its own object states another deed ('refugees fleeing the war in
    Liberia'); a place that only modifies the noun after 'in' says whose ('a stake in Italy's
    Telecom', 'the sale of Nigeria's blocks'); a phrase of time names another act ('after talks in
    Geneva'); 'from' says where a party comes from; a movement goes elsewhere ('troops based in
    Brunei'): none is the place."""
    events, names = run(nlp, text)
    assert events and all(names.get(e.place) not in ("Liberia", "Italy", "Geneva", "Nigeria", "Brunei") for e in events)


def test_a_participles_agent_stays_a_party(nlp):
    """'crimes committed by Serbian forces': who committed them is named, not where they were."""
    ev, names = one(nlp, "Croatian prosecutors accused Serbian forces of crimes committed in Vukovar.", "ACCUSE")
    assert "Serbian" in [names[t] for t in ev.targets]


@pytest.mark.parametrize("text, kind, targets", [
    ("Farmers protested outside Nestle's Geneva headquarters on Monday.", "PROTEST", ["Nestle"]),
    ("Police raided Gazprom's Moscow offices on Tuesday.", "COERCE", ["Gazprom"]),
])
def test_a_place_modifying_an_owned_thing_is_no_party(nlp, text, kind, targets):
    """"Nestle's Geneva headquarters": the city says where the owner's building is; the owner is
    the party."""
    ev, names = one(nlp, text, kind)
    assert [names[t] for t in ev.targets] == targets


@pytest.mark.parametrize("text, target", [
    ("Senator Jane Morrow attacked the council's parking charges on Monday.", None),
    ("Michael Grant launched an attack on the cost of the Olympic stadium under Mayor Ann Lee.", "Ann Lee"),
])
def test_an_attack_on_words_costs_or_rules_is_criticism(nlp, text, target):
    """'attack' is also to criticise (WordNet's troponyms of 'criticize'): acting on a cost or a
    charge, not on a party, a place or a thing, it is PLOVER's ACCUSE, not an ASSAULT."""
    events, names = run(nlp, text)
    assert [e.type for e in events] == ["ACCUSE"]
    assert target is None or target in [names[t] for t in events[0].targets]


@pytest.mark.parametrize("text, kind", [
    ("Rebels attacked the town of Kasara on Monday.", "ASSAULT"),
    ("Troops opened fire on protesters in Lagos.", "ASSAULT"),
    ("Tony Blair attacked the Tory plans.", "ACCUSE"),
])
def test_a_material_act_on_parties_places_or_things_keeps_its_type(nlp, text, kind):
    """A town is attacked, and protesters fired on ('fire' is part of the trigger, not what is acted
    on); plans are criticised."""
    events, _ = run(nlp, text)
    assert [e.type for e in events] == [kind]


@pytest.mark.parametrize("text, met", [
    ("The Hollin union's executive met on Friday.", False),
    ("The Brenton Workers Union is holding talks.", False),
    ("EU finance ministers met on Thursday.", True),
    ("The Kestrel union is holding talks with the Ferrow company.", True),
    ("Sir Alan Kemp held a private meeting with local business leaders.", True),
])
def test_a_meeting_is_held_between_parties(nlp, text, met):
    """PLOVER's CONSULT is between parties: one body meeting alone holds its own business;
    ministers in the plural meet each other, and a partner, named or after 'with', makes two."""
    events, _ = run(nlp, text)
    assert bool([e for e in events if e.type == "CONSULT"]) == met


@pytest.mark.parametrize("text, asked", [
    ("Ms Hale said Britain must realise it cannot ignore small savers.", False),
    ("Ms Hale said Britain must be more generous to pensioners.", False),
    ("Ms Hale said Sudan must return the helicopter.", True),
])
def test_a_state_or_a_thought_is_not_requested(nlp, text, asked):
    """'X said Y must ...' is a REQUEST of an act: to be generous, or to realise that something is
    so (WordNet's stative and cognition verbs), is an opinion of what Y should be or think."""
    events, _ = run(nlp, text)
    assert bool([e for e in events if e.type == "REQUEST"]) == asked


@pytest.mark.parametrize("text, kept", [
    ('"I don\'t blame Mayor Tom Reed," Ms Hale said.', []),
    ("Ms Hale does not support Mayor Tom Reed.", []),
    ("Mr Dunn denied criticising Mayor Tom Reed.", [("ACCUSE", "denied")]),
    ("Ms Hale blamed Mayor Tom Reed for the floods.", [("ACCUSE", "occurred")]),
])
def test_praise_or_blame_negated_in_the_present_is_a_view(nlp, text, kept):
    """Not blaming or not supporting someone now is a view, no act; a past act denied stays."""
    events, _ = run(nlp, text)
    assert [(e.type, e.status) for e in events] == kept


@pytest.mark.parametrize("text, kept", [
    ('"In respect of trade, we agreed that the important thing now is to keep talking," Mr Brown said.', []),
    ("Mayor Tom Reed welcomed the possibility that the Stanton factory might be back in business.", []),
    ("First Minister Rhodri Morgan said he had agreed with Ms Hutt in 2003 that she would not be health minister "
     "in the run up to the 2007 elections.", ["AGREE"]),
    ("Mayor Tom Reed welcomed the fact there had been no job losses at the Stanton factory.", []),
    ("Mayor Tom Reed welcomed the decision by Ford to reopen the Stanton factory.", ["SUPPORT"]),
    ("Mayor Tom Reed welcomed the plan announced by Ford on Monday.", ["SUPPORT"]),
    ("Senator Hale demanded assurances from Ford that the workers were safe.", ["REQUEST"]),
    ("Senator Hale demanded that Ford pay the workers in full.", ["REQUEST"]),
])
def test_a_speech_act_over_what_is_so_reports_a_claim(nlp, text, kept):
    """Agreeing or welcoming that something is, was or may be so is a statement; agreeing to an
    arrangement to come, welcoming a party's decision and demanding (even assurances) stay acts."""
    events, _ = run(nlp, text)
    assert [e.type for e in events] == kept


def test_what_a_party_needs_to_do_is_an_opinion(nlp):
    """'needed to ease' says what ought to be done, as 'should' does; the act done stays."""
    events, _ = run(nlp, "The survey said Brazil needed to ease restrictions on foreign banks.")
    assert events == []
    one(nlp, "Brazil eased restrictions on foreign banks last year.", "CONCEDE")


def test_a_need_is_no_demand(nlp):
    """'needs' is in CAMEO's demand block, but its first WordNet sense is a state: a need stated."""
    events, _ = run(nlp, '"Frankly, Ford needs Mazda," said Mr Kline.')
    assert events == []
    one(nlp, "Ford urged Mazda to share its engines.", "REQUEST")


@pytest.mark.parametrize("text, kept", [
    ("Analysts say Mr Putin can claim he has crushed the rebels in Chechnya.", []),
    ("Analysts say Mr Putin has crushed the rebels in Chechnya.", [("ASSAULT", "occurred")]),
    ("Workers at the Stanton plant may not welcome the deal with Ford.", []),
    ("Workers at the Stanton plant did not welcome the deal with Ford.", [("SUPPORT", "denied")]),
    ("Hungary may not attack Austria this year.", [("ASSAULT", "speculated")]),
])
def test_what_might_be_said_or_done_is_no_act_stated(nlp, text, kept):
    """A claim someone could make is no claim made; a guess that a party may not welcome something
    is no act; an act that may not happen is speculated, not denied."""
    events, _ = run(nlp, text)
    assert [(e.type, e.status) for e in events] == kept


@pytest.mark.parametrize("text, status", [
    ("Rebel leader Ali Musa is said to have met the French envoy in Paris.", "speculated"),
    ("Rebel leader Ali Musa met the French envoy in Paris.", "occurred"),
])
def test_an_act_others_are_said_to_have_done_is_speculated(nlp, text, status):
    """'is said to', 'are thought to': the act is only what others report or believe."""
    ev, _ = one(nlp, text, "CONSULT")
    assert ev.status == status


@pytest.mark.parametrize("text, kept", [
    ("Conwy and Denbighshire councils said they must provide local services.", []),
    ("Italy will supply a SAMP/T battery.", ["AID"]),
    ("Britain provided training to Iraqi police.", ["AID"]),
])
def test_aid_goes_to_a_party_or_hands_a_thing_over(nlp, text, kept):
    """Services provided to no one named are a body's business; a thing handed over, or aid to a
    named party, is PLOVER's AID."""
    events, _ = run(nlp, text)
    assert [e.type for e in events] == kept


@pytest.mark.parametrize("text,kind,actors,targets", [
    ("The Swedish and Norwegian governments are contesting a ruling by the European Commission.", "ACCUSE",
     ["Swedish and Norwegian governments"], ["European Commission"]),
    ("Amnesty International accused the Chinese government of torture.", "ACCUSE",
     ["Amnesty International"], ["Chinese government"]),
])
def test_a_states_body_named_by_a_common_noun_is_that_body(nlp, text, kind, actors, targets):
    """PETRARCH's government agents after a nationality: the body acts or is acted on (CAMEO's
    country and sector), not the adjective."""
    ev, names = one(nlp, text, kind)
    assert [names.get(a, a) for a in ev.actors] == actors
    assert [names.get(t, t) for t in ev.targets] == targets


def test_a_peoples_group_named_by_a_common_noun_is_that_group(nlp):
    """PLOVER names 'Fijian rebels', 'French paper workers': the group, not its nationality."""
    ev, names = one(nlp, "Bolivian farmers blocked the main highway to La Paz on Monday.", "PROTEST")
    assert [names.get(a, a) for a in ev.actors] == ["Bolivian farmers"]


def test_a_persons_home_town_after_of_is_no_party(nlp):
    ev, names = one(nlp, "Mrs Holloway, of Taunton, Somerset, has resigned as the party's treasurer.", "RETREAT")
    assert "Taunton" not in [names.get(a, a) for a in ev.actors]


def test_what_an_actor_is_doing_besides_is_no_part_of_the_actor(nlp):
    ev, names = one(nlp, "Prime Minister Ana Ruiz, touring Central American countries, praised the agreement.",
                    "SUPPORT")
    assert [names.get(a, a) for a in ev.actors] == ["Ana Ruiz"]


def test_a_place_is_no_target_when_the_people_acted_on_are_named(nlp):
    """'police arrested three men in Devon': the men are arrested, not the county; with no one
    named the place stands for its people ('shelled in Kharkiv')."""
    ev, names = one(nlp, "In Moscow, police detained three men on Friday.", "COERCE")
    assert [names[t] for t in ev.targets] == ["three men"] and ev.place is not None


def test_the_actors_own_visit_is_an_occasion_not_a_target(nlp):
    ev, names = one(nlp, "The Chilean president met Chancellor Olaf Scholz in Berlin on his first state visit to Germany.",
                    "CONSULT")
    assert "Germany" not in [names.get(t, t) for t in ev.targets]


@pytest.mark.parametrize("text", [
    "Economists expect the Reserve Bank of India to increase interest rates by half a point next month.",
    "Dealers fear that Gulf central banks will lower their reserves of euros this year.",
    "The bank deployed its cash reserves to cut its debt.",
])
def test_a_mobilisation_readies_forces_police_or_weapons(nlp, text):
    """PLOVER's MOBILIZE readies armed forces, police or weapons: interest rates and a stock of
    money are none of them."""
    events, _ = run(nlp, text)
    assert [e.type for e in events if e.type == "MOBILIZE"] == []


@pytest.mark.parametrize("text", [
    "Serbia deployed 2,000 police along the border with Kosovo on Monday.",
    "A brigade of 900 Polish soldiers was sent to the border with Belarus.",
    "Japan deployed two destroyers to the East China Sea on Friday.",
    "The UN deployed 2,000 peacekeepers in the region.",
    "Turkey deployed additional forces to the border.",
])
def test_forces_and_their_craft_are_still_mobilised(nlp, text):
    one(nlp, text, "MOBILIZE")


def test_pulling_out_of_an_agreement_ends_a_relation_not_a_retreat(nlp):
    """Withdrawing from an agreement or talks is CAMEO's 161/164 (reduce relations: SANCTION,
    withdraw); withdrawing from a territory stays a RETREAT."""
    ev, names = one(nlp, "Chevron pulled out of the agreement with Venezuela on Tuesday.", "SANCTION")
    assert ev.mode == "withdraw" and ev.cameo == "161" and [names[a] for a in ev.actors] == ["Chevron"]
    assert not [e for e in run(nlp, "Chevron pulled out of the agreement with Venezuela on Tuesday.")[0]
                if e.type == "RETREAT"]
    one(nlp, "Armenia pulled out of the villages near the border on Friday.", "RETREAT")


@pytest.mark.parametrize("text", [
    "Shares in Gazprom shot up 8% on Tuesday.",
    "The Ministry of Communications said it wanted to increase Egypt's low telephone penetration rate to about 25% "
    "within ten years.",
])
def test_market_data_neither_act_nor_are_cooperated_on(nlp, text):
    """An amount, a holding or a rate by its first WordNet sense is no actor ('shares shot up') and
    no object of cooperation with no one receiving it."""
    events, _ = run(nlp, text)
    assert [(e.type, e.trigger) for e in events] == []


def test_units_named_by_their_state_still_attack(nlp):
    """'units' is first a unit of measure in WordNet, but also a military unit: an agent sense lets it act."""
    one(nlp, "Georgian units shelled the village of Tskhinvali on Sunday.", "ASSAULT")


@pytest.mark.parametrize("text, verb, moved", [
    ("Reported fraud in Wales dropped from 2,400 cases to 1,950 cases.", "dropped", True),
    ("The central bank raised its main rate from 4.5% to 4.75% on Thursday.", "raised", True),
    ("Russia withdrew 3,000 troops from five bases near the border with Estonia.", "withdrew", False),
    ("Georgia released 12 prisoners from the jail in Tbilisi.", "released", False),
])
def test_an_amount_moved_from_one_figure_to_another_is_data(nlp, text, verb, moved):
    """'dropped from 2,400 cases to 1,950' changes a figure, whatever the CAMEO dictionary codes 'drop'
    with 'case' for ('dropped the case'); a number of troops moved from five bases is still a withdrawal."""
    doc = nlp(text)
    v = next(t for t in doc if t.text == verb)
    assert scale_change(v) is moved


def test_a_withdrawal_of_a_number_of_troops_stays_a_retreat(nlp):
    one(nlp, "Russia withdrew 3,000 troops from five bases near the border with Estonia.", "RETREAT")


@pytest.mark.parametrize("text", [
    "Spain began evacuating its citizens from Abidjan after two days of riots.",
    "Hundreds of foreign nationals were evacuated from the port on Sunday.",
    "The UN evacuated 300 staff from the city on Friday.",
])
def test_people_moved_out_of_danger_are_no_retreat(nlp, text):
    """PLOVER's RETREAT/withdraw moves the actor's forces out; evacuating citizens, nationals or
    staff (people who are no force) rescues them, no withdrawal."""
    events, _ = run(nlp, text)
    assert [e.type for e in events if e.type == "RETREAT"] == []


@pytest.mark.parametrize("text", [
    "Belgium pulled its soldiers out of Kigali on Monday.",
    "Russia withdrew its military personnel from the Georgian bases.",
    "Israel evacuated four settlements in the northern West Bank in August.",
])
def test_forces_moved_out_or_places_left_are_still_a_retreat(nlp, text):
    """Soldiers and personnel are forces; settlements are people but also places: territory left."""
    one(nlp, text, "RETREAT")


@pytest.mark.parametrize("text, aid", [
    ("The auditor supplied the committee with details of the bank's losses.", False),
    ("Norway provided the ministry with a report on the fishing quotas.", False),
    ("Italy supplied the Kurdish fighters with rifles and ammunition.", True),
    ("Japan gave Indonesia 10 million dollars in flood relief.", True),
    ("Estimates of the injured were supplied by the health ministry.", False),
    ("Tents and blankets were supplied by the Red Cross.", True),
])
def test_aid_hands_over_goods_money_or_services_not_words(nlp, text, aid):
    """AID is help given, money, goods or services; details or a report handed over are a report
    (CAMEO's 'grant' + information is 010), no aid."""
    events, _ = run(nlp, text)
    assert bool([e for e in events if e.type == "AID"]) is aid


@pytest.mark.parametrize("text", [
    "Austria took over the presidency of the EU in January.",
    "Sweden took over the chairmanship of the Nordic Council on Monday.",
])
def test_taking_over_an_office_is_no_seizure(nlp, text):
    """PLOVER's COERCE/seize takes property, territory or people; an office taken over (first an
    act or a time in WordNet) passes by succession."""
    events, _ = run(nlp, text)
    assert [e.type for e in events if e.type == "COERCE"] == []


def test_taking_over_a_town_or_a_body_stays_a_seizure(nlp):
    one(nlp, "Rebels seized the town of Bunia on Monday.", "COERCE")
    one(nlp, "The Scottish Executive will take over the Scottish Arts Council next year.", "COERCE")


@pytest.mark.parametrize("text", [
    "Official figures show that police arrested 3,000 people for drink driving last year.",
    "The data show that the army demolished 120 homes in the province in May.",
])
def test_acts_that_data_show_are_a_statistic(nlp, text):
    """What figures or statistics show is a tally of many acts, no event a party did; a report
    that someone wrote still reports one ('A report said that police arrested 30 protesters')."""
    events, _ = run(nlp, text)
    assert [(e.type, e.trigger) for e in events] == []
    one(nlp, "A report said that police arrested 30 protesters in Minsk on Sunday.", "COERCE")


@pytest.mark.parametrize("text, kind, targets", [
    ("Prime Minister John Hartley held talks with his Canadian counterpart, Pierre Lamont, and the Mexican leader, Carlos Ruiz.",
     "CONSULT", {"Pierre Lamont", "Carlos Ruiz"}),
    ("Chancellor Anna Berg praised her Austrian counterpart, Karl Huber, and the Swiss president, Urs Keller.",
     "SUPPORT", {"Karl Huber", "Urs Keller"}),
    ("Senator Mary Holt criticised the chairman, Paul Fenwick, and the finance director, Ann Corrigan, for the losses.",
     "ACCUSE", {"Paul Fenwick", "Ann Corrigan"}),
])
def test_each_described_party_of_a_coordination_is_its_name(nlp, text, kind, targets):
    """A second party joined by 'and' and described by a common noun is the name beside it, as the
    first is; its description's nationality is no party."""
    ev, names = one(nlp, text, kind)
    assert {names[t] for t in ev.targets} == targets


def test_a_party_joined_to_the_apposition_of_a_resolved_description_is_kept(nlp):
    """Where the entity layer resolved the description ('his Canadian counterpart' is Pierre
    Lamont), the name beside it is skipped as a restatement; the party the parse joined to that name
    is another one, not lost with it."""
    text = "Prime Minister John Hartley held talks with his Canadian counterpart, Pierre Lamont, and the Mexican leader, Carlos Ruiz."
    doc = nlp(text)
    ents = entities_of(doc)
    lamont = next(e for e in ents if e.name == "Pierre Lamont")
    start = text.index("his Canadian counterpart")
    lamont.mentions.append(Mention((start, start + len("his Canadian counterpart")), "his Canadian counterpart"))
    events = find_events(doc, ents, [], find_timexes(text, ANCHOR), ANCHOR)
    talks = next(e for e in events if e.type == "CONSULT")
    names = {e.id: e.name for e in ents}
    assert {names[t] for t in talks.targets} == {"Pierre Lamont", "Carlos Ruiz"}


@pytest.mark.parametrize("text", [
    "The Danish cabinet met on Tuesday and discussed military action against the smugglers.",
    "Senators debated the bill for hours and mentioned the troops only once.",
    "The Dutch cabinet debated military action against the pirates.",
])
def test_forces_talked_of_are_not_mobilised(nlp, text):
    """A verb of speech (WordNet's verb.communication) or of thought ('debate' is first 'weigh') with
    forces for its object talks of them, it readies none: the forces are its topic, not a mobilisation."""
    events, _ = run(nlp, text)
    assert [e.type for e in events if e.type == "MOBILIZE"] == []


def test_forces_moved_by_a_verb_of_no_speech_stay_a_mobilisation(nlp):
    """Forces moved are a mobilisation; so are forces a report is about ('are understood to have
    been put on standby': the passive subject of a verb of thought is no topic of talk)."""
    one(nlp, "Chile moved 2,000 troops to the northern border on Sunday.", "MOBILIZE")
    one(nlp, "A company of 120 Dutch marines is understood to have been put on standby.", "MOBILIZE")


@pytest.mark.parametrize("text, kind", [
    ("Senator Ruth Kell bombarded Defence Secretary Alan Price with a barrage of questions about the contract.", None),
    ("Senator Ruth Kell bombarded Health Minister Alan Price with criticism over the pay deal.", "ACCUSE"),
    ("Rebels bombarded the garrison at Tarsa with mortars on Sunday.", "ASSAULT"),
])
def test_an_attack_with_words_is_no_assault(nlp, text, kind):
    """What an act is done with decides its sense: questions or requests fired at a minister are
    words, not blows (no event); criticism fired at him is an accusation; mortars are an attack."""
    events, _ = run(nlp, text)
    assert [e.type for e in events if e.type in ("ASSAULT", "ACCUSE")] == ([kind] if kind else [])


@pytest.mark.parametrize("text, sold", [
    ("Unilever continued selling its Dove and Lipton products in Russia.", False),
    ("Unilever sold its Dove and Lipton products to Carrefour.", True),
    ("Russia sold Iran six fighter jets last year.", True),
])
def test_a_firm_selling_its_own_products_is_no_cooperation(nlp, text, sold):
    """The names inside a firm's own goods ('its Dove and Lipton products') are brands, not a
    partner, and 'in Russia' is a market: selling one's own products is routine business; a sale
    to a named party is cooperation."""
    events, _ = run(nlp, text)
    assert bool([e for e in events if e.type == "COOPERATE"]) is sold


def test_a_party_considering_a_purchase_holds_no_meeting(nlp):
    """'consider' (first a thought in WordNet), which the CAMEO dictionary codes as a consultation,
    is a party's own deliberation; the purchase considered is still coded when a verb states it."""
    events, _ = run(nlp, "The Chilean Navy is considering the buying of two used Type 23 frigates from BAE Systems.")
    assert [e.type for e in events if e.type == "CONSULT"] == []
    one(nlp, "The Kenyan Air Force is considering buying eight jets from Saab.", "COOPERATE")
    one(nlp, "Mr Blair met Mr Chirac in Paris on Monday.", "CONSULT")


@pytest.mark.parametrize("text, cooperate", [
    ("Skybus Airlines, a low-cost carrier, was founded by former banker Rohan Perera.", False),
    ("Russia and China founded the Shanghai Cooperation Organisation in 2001.", True),
])
def test_a_body_founded_is_no_partner_of_its_founder(nlp, text, cooperate):
    """A firm founded by one person did not exist to cooperate: the founding describes it; states
    founding a body together cooperate with each other."""
    events, _ = run(nlp, text)
    assert bool([e for e in events if e.type == "COOPERATE"]) is cooperate


def test_an_amount_charged_is_no_accusation(nlp):
    """'charge' with an amount for its object asks a price or a penalty; with a person or a body
    charged with an offence it accuses."""
    events, _ = run(nlp, "The Federal Trade Commission could charge the two banks up to 10% of their global turnover.")
    assert [e.type for e in events if e.type == "ACCUSE"] == []
    one(nlp, "The Justice Department charged Enron with fraud on Monday.", "ACCUSE")


@pytest.mark.parametrize("text, attack", [
    ("Hunters in Devon shot 40 deer last week.", False),
    ("Soldiers shot two villagers near Gulu.", True),
])
def test_animals_shot_are_hunted_not_attacked(nlp, text, attack):
    """PLOVER's ASSAULT is force used against a party; animals shot (first an animal in WordNet) are
    hunted or culled."""
    events, _ = run(nlp, text)
    assert bool([e for e in events if e.type == "ASSAULT"]) is attack


@pytest.mark.parametrize("text, attack", [
    ("The Greens beat the Social Democrats at the polls in Hamburg last spring.", False),
    ("The Scottish Nationalists defeated Labour in the Glasgow East by-election.", False),
    ("Celtic were beaten 4-2 by Rangers on Sunday.", False),
    ("Renault overtook Peugeot as Europe's biggest carmaker in 2003.", False),
    ("Kia overtook Nissan in the Korean van market last year.", False),
    ("The brewer beat its cost-cutting target for the year by £40m.", False),
    ("Riot police beat students in the capital on Friday.", True),
    ("Government troops defeated the rebels in the north of the country.", True),
])
def test_a_contest_won_is_no_use_of_force(nlp, text, attack):
    """A verb of winning or overtaking (WordNet's verb.competition) with a contest, a vote or a
    market in its arguments, a rank or a score, names a win in a contest: no ASSAULT. With places
    and parties only, the same verbs are force."""
    events, _ = run(nlp, text)
    assert bool([e for e in events if e.type == "ASSAULT"]) is attack


@pytest.mark.parametrize("text, kind, status", [
    ("Former Parmalat chief Calisto Tanzi is standing trial in Milan, accused of fraud.", "ACCUSE", "occurred"),
    ("The former dictator Hissene Habre has never been put on trial for the killings.", "ACCUSE", "denied"),
    ("Police arrested Calisto Tanzi at his home near Parma.", "COERCE", "occurred"),
])
def test_a_trial_is_an_accusation_an_arrest_is_coercion(nlp, text, kind, status):
    """CAMEO 173 joins arrests and charges; PLOVER codes a charge, a suit or a trial as ACCUSE and an
    arrest as COERCE. A defendant on trial with no prosecutor named undergoes it, as a victim does."""
    events, _ = run(nlp, text)
    assert [(e.type, e.status) for e in events] == [(kind, status)]
    assert events[0].targets and events[0].cameo == "173"


def test_put_under_an_event_noun_is_that_event(nlp):
    """A verb of placing with an event noun after its preposition names that act: an investigation."""
    ev, names = one(nlp, "Italy put Carlo Giuliani under investigation for his role in the riots.", "ACCUSE")
    assert ev.mode == "investigate"
    assert [names[a] for a in ev.actors] == ["Italy"] and [names[a] for a in ev.targets] == ["Carlo Giuliani"]


@pytest.mark.parametrize("text, kept", [
    ("Latvia gave the Belarusian consul Pavel Sidorov 48 hours to leave the country.", [("SANCTION", "expel")]),
    ("The regulator Ofcom gave BT ten days to answer the complaint.", []),
    ("Norway gave Sweden 20 million crowns for the flood victims.", [("AID", None)]),
])
def test_a_span_of_time_given_is_a_deadline_not_aid(nlp, text, kept):
    """Giving someone hours to leave is an expulsion (PLOVER's SANCTION-expel); another deadline
    given is no aid; money given stays AID."""
    events, _ = run(nlp, text)
    assert [(e.type, e.mode) for e in events] == kept


@pytest.mark.parametrize("text, kept", [
    ('"We must not allow voter apathy to win," Scottish Labour leader Jack McConnell said.', []),
    ("Jack McConnell said Westminster must allow Holyrood to set its own budget.", ["REQUEST"]),
])
def test_a_duty_the_speakers_set_themselves_is_a_view(nlp, text, kept):
    """'We must ...' says what the speakers hold they ought to do, as 'should' does; 'Y must ...'
    said of another party stays a demand made to it."""
    events, _ = run(nlp, text)
    assert [e.type for e in events] == kept



@pytest.mark.parametrize("text, kept", [
    ("The regulator Ofcom could charge Vodafone up to 10% of its annual turnover.", []),
    ("Prosecutors in Milan charged Calisto Tanzi with stealing 800m euros.", ["ACCUSE"]),
])
def test_a_sum_charged_is_a_price_not_an_accusation(nlp, text, kept):
    """'charge' with an amount as its object is a price or a fee; charging a party with a wrong accuses."""
    events, _ = run(nlp, text)
    assert [e.type for e in events] == kept


@pytest.mark.parametrize("sentence, kind, target", [
    ("The Law Society urged ministers to scrap the court fee.", "REQUEST", "ministers"),
    ("Acme Corp sued three firms over the losses.", "ACCUSE", "three firms"),
    ("The Acme Trust is suing a host of firms involved in the scandal.", "ACCUSE", "firms"),
    ("The Ramblers called on dog owners to keep to the paths.", "REQUEST", "dog owners"),
])
def test_a_group_the_sentence_names_by_a_common_noun_is_the_target(nlp, sentence, kind, target):
    """'urged ministers', 'sued three firms', 'a host of firms', 'called on dog owners' (the parse
    taking 'on' for a particle): several people or bodies named by a common noun and no name are
    the party all the same, an entity of their own named by their words."""
    events, _ = run(nlp, sentence)
    ev = next(e for e in events if e.type == kind)
    assert ev.targets == [f"party:{target}"]


@pytest.mark.parametrize("sentence, kind", [
    ("The Nurses Union urged the minister to hire more staff.", "REQUEST"),
    ("Regulator Ann Cole called on the international community to act.", "REQUEST"),
])
def test_one_unnamed_party_is_no_group(nlp, sentence, kind):
    """A bare 'the minister' no name stands for, or a group of no one in particular ('the
    international community'), is left: one party described, whom the sentence does not say."""
    events, _ = run(nlp, sentence)
    assert [e.targets for e in events if e.type == kind] == [[]]


@pytest.mark.parametrize("sentence", [
    "Rising fuel costs also hit industries such as airlines.",
    "Campaigners said officers would not break up rallies.",
])
def test_a_described_group_makes_no_event_of_an_act_toward_no_one_named(nlp, sentence):
    """A group named by a common noun only says to whom an act already coded was done: costs that
    'hit industries' or 'break up rallies' with no one named stay no attack."""
    events, _ = run(nlp, sentence)
    assert [e for e in events if e.type == "ASSAULT"] == []


def test_the_people_a_mobilisation_moves_are_its_means(nlp):
    """'deployed 200 stewards at marches': the people moved are how it mobilises, not its targets."""
    events, _ = run(nlp, "The Green Alliance deployed 200 stewards at marches across the county.")
    assert [e.targets for e in events if e.type == "MOBILIZE"] == [[]]


def test_the_acts_own_noun_is_no_described_party(nlp):
    """'is holding several meetings with her advisers': the meetings are the act itself (a group by
    WordNet's first sense), not whom it is held with: the advisers are."""
    events, _ = run(nlp, "President Ana Ruiz is holding several meetings with her advisers before the summit.")
    assert [e.targets for e in events if e.type == "CONSULT"] == [["party:advisers"]]


@pytest.mark.parametrize("sentence, kind", [
    ("The Home Office will deport the two suspects to their home countries.", "COERCE"),
    ("Councillor Ann Cole resigned from her post on the planning board.", "RETREAT"),
])
def test_places_and_posts_are_no_described_party(nlp, sentence, kind):
    """Nouns whose first sense is no person or group ('her post') or that are also places ('their
    home countries': where the suspects go) are not the people acted on."""
    events, names = run(nlp, sentence)
    assert not [names[t] for e in events if e.type == kind for t in e.targets if t.startswith("party:")
                and names[t] in ("home countries", "post")]


def test_the_raised_subject_of_a_passive_frame_is_no_target(nlp):
    """'Anti-road campaigners are set to protest at the council meeting': the campaigners protest;
    the passive 'are set' raises them, it does nothing to them."""
    events, _ = run(nlp, "Anti-road campaigners are set to protest at the council meeting on Friday.")
    assert not [t for e in events for t in e.targets if t.startswith("party:")]


@pytest.mark.parametrize("text, kind, kept", [
    ("The files were thought to contain plans for an attack on the embassy in Kabul.", "COERCE", False),
    ("The documents are believed to contain details of the raid on Falluja.", "COERCE", False),
    ("Many Nato ministers are thought to support the plan to train Iraqi officers.", "SUPPORT", True),
    ("Militants are said to have kidnapped the Italian engineer Marco Rossi.", "COERCE", True),
])
def test_a_thing_believed_to_act_does_no_act(nlp, text, kind, kept):
    """'X is believed to V': X is V's own subject, raised into the passive of belief; a document
    believed to contain something does nothing of the type, people said to act are a speculated or
    a reported act."""
    events, _ = run(nlp, text)
    found = [e for e in events if e.type == kind]
    assert bool(found) is kept
    assert all(e.status == "speculated" for e in found if kind == "SUPPORT")


def test_a_speakers_we_is_one_party(nlp):
    """A minister's 'we are consulting on new rules' is one side's own business (a public
    consultation), not a meeting between parties; two parties named meet."""
    text = "Ms Okafor said: \"We are consulting on new rules for landlords.\""
    doc = nlp(text)
    ents = entities_of(doc)
    speaker = next(e.id for e in ents if e.name == "Okafor" or e.name == "Ms Okafor")
    st = Statement(content_spans=[(text.index("We are"), len(text) - 2)], kind="direct", cue="said", speaker=speaker)
    events = find_events(doc, ents, [st], [], ANCHOR)
    assert [e.type for e in events if e.type == "CONSULT"] == []
    one(nlp, "The Bremen union held talks with the Ferrow company on Monday.", "CONSULT")


@pytest.mark.parametrize("text, speaker, kind, actors", [
    ('"We have lifted the ban on Chepkemei," said AK chief Isaiah Kiplagat.', "Isaiah Kiplagat", "CONCEDE", ["AK"]),
    ("Google's chief executive Eric Schmidt said: \"We will sue Microsoft over the patents.\"", "Eric Schmidt",
     "ACCUSE", ["Google"]),
    ('Ann Lowe, a spokeswoman for the Serious Fraud Office, said: "We raided the offices of Enron in March."', "Ann Lowe",
     "COERCE", ["Serious Fraud Office"]),
    # no body named with his post, or no post at all: the speaker himself
    ('"We will sue Microsoft over the patents," said Eric Schmidt, a lawyer.', "Eric Schmidt", "ACCUSE", ["Eric Schmidt"]),
    ('"We will sue Microsoft over the patents," said chief executive Eric Schmidt.', "Eric Schmidt", "ACCUSE",
     ["Eric Schmidt"]),
])
def test_a_speakers_quoted_we_is_the_body_his_post_names(nlp, text, speaker, kind, actors):
    """A spokesman's, a chief's or a chairman's quoted 'we' is the body the article ties him to by
    his post (its owner, a name compounded with it, its 'of' or 'for' phrase): PLOVER's party is
    the firm or the office he speaks for; with no body named so, the speaker himself (weactor33)."""
    doc = nlp(text)
    ents = entities_of(doc)
    names = {e.id: e.name for e in ents}
    who = next(e.id for e in ents if e.name == speaker)
    quote = text.index('"') + 1
    st = Statement(content_spans=[(quote, text.index('"', quote))], kind="direct", cue="said", speaker=who)
    found = [e for e in find_events(doc, ents, [st], [], ANCHOR) if e.type == kind]
    assert found and [names[a] for a in found[0].actors] == actors


def test_a_third_person_pronoun_in_a_speakers_quote_is_not_the_speaker(nlp):
    """'him' in Mark Croucher's own quoted words is someone else (he would say 'me'): with the
    quoted 'we' now his party's side, the speaker is no longer an actor, and he must not become the
    one suspended (weactor33, the lead's guard)."""
    text = 'Mark Croucher, UKIP\'s spokesman, said the party had acted. "We have suspended him," Mr Croucher said.'
    doc = nlp(text)
    ents = entities_of(doc)
    names = {e.id: e.name for e in ents}
    who = next(e.id for e in ents if e.name == "Mark Croucher")
    quote = text.index('"') + 1
    st = Statement(content_spans=[(quote, text.index('"', quote))], kind="direct", cue="said", speaker=who)
    found = find_events(doc, ents, [st], [], ANCHOR)
    assert found and all("Mark Croucher" not in [names[x] for x in e.targets] for e in found)


@pytest.mark.parametrize("text, kept", [
    ("Ofcom monitors BT's compliance with its licence.", False),
    ("Ofcom monitored BT's compliance with its licence last year.", True),
    ("Ofcom accuses BT of overcharging its customers.", True),
])
def test_a_standing_investigation_in_the_present_is_no_event(nlp, text, kept):
    """An accusation in the simple present reports one made; an investigation in the simple present
    with no date is a body's standing function (ACE's generic mention), in the past an act."""
    events, _ = run(nlp, text)
    assert bool([e for e in events if e.type == "ACCUSE"]) is kept


@pytest.mark.parametrize("text, mode", [
    ("Belarus has concentrated armoured personnel carriers near the Polish frontier.", "weapons"),
    ("Moscow moved fighter jets to the border with Finland on Tuesday.", "troops"),
])
def test_forces_named_by_several_words_are_forces(nlp, text, mode):
    """PETRARCH's noun sets list many weapons and forces only by several words ('armoured personnel
    carrier', 'fighter jet'): a run of adjacent words in the phrase is one of them, so moving them
    readies forces (MOBILIZE) though no single word of the phrase is in a set."""
    events, _ = run(nlp, text)
    assert [(e.type, e.mode) for e in events] == [("MOBILIZE", mode)]


def test_a_run_of_words_is_a_noun_only_when_adjacent():
    """'ground forces' as two adjacent words is a member of the military set; the same two words
    apart ('forces on the ground') make no run."""
    import spacy

    from newsledger.extract.events.cameo import phrase_words
    nlp = spacy.blank("en")
    assert "ground forces" in phrase_words(list(nlp("ground forces")))
    assert "ground forces" not in phrase_words(list(nlp("forces on the ground")))


def test_an_exercise_of_the_armed_forces_moves_no_forces(nlp):
    """A passive subject that names an act ('the joint military exercise "Steadfast" of the armed forces',
    parsed with the name for its head) holds forces as its parties: holding it moves none."""
    events, _ = run(nlp, 'The joint military exercise "Steadfast" of the armed forces of Poland and Lithuania '
                         'will be held in June.')
    assert not [e for e in events if e.type == "MOBILIZE" and e.trigger == "held"]


@pytest.mark.parametrize("text, kept", [
    ("The Welsh Health Agency would have provided a 'one stop' records system but was scrapped after protests by doctors.",
     False),
    ("The UN would have sent troops to Rwanda had the Security Council agreed.", False),
    ("The Dutch battalion sent troops to Srebrenica in 1994.", True),
    ("Norway would still be able to veto any new fishing quotas.", False),
    ("Riot police were unable to arrest the protesters.", False),
    ("Riot police were able to arrest the protesters.", True),
    ("Mr Hague said that, had he stayed on as leader, he would have been urging Mr Howard to resign.", False),
])
def test_an_act_would_have_been_done_or_only_could_be_is_no_event(nlp, text, kept):
    """A modal perfect ('would have supplied', in the progressive 'would have been urging') states
    what was not done, and an ability ('would still be able to veto', 'were unable to arrest') a
    power held or lacking: no act. A past ability ('were able to arrest') says the act was done."""
    events, _ = run(nlp, text)
    assert bool(events) is kept, [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, kept", [
    ("Shell blamed a weak refining performance for the fall in its quarterly profits.", False),
    ("Palestinian officials blamed Israel for the bombing in Gaza.", True),
])
def test_a_cause_blamed_for_an_outcome_is_no_accusation(nlp, text, kept):
    """'Blamed X for Y' accuses X: a deed or a state in X's place (a firm's poor performance) is a
    cause given for an outcome, no party accused; a party blamed is one."""
    events, _ = run(nlp, text)
    assert bool([e for e in events if e.type == "ACCUSE"]) is kept, [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, kept", [
    ("Sources said the army would not attack anybody.", False),
    ("The Commission has given little away about the concessions it will offer Ankara.", False),
    ("Police arrested someone outside the embassy on Tuesday.", True),
    ("Germany has given little to Ukraine so far, Kyiv complained.", True),
])
def test_an_act_toward_anybody_or_giving_only_a_quantity_is_no_event(nlp, text, kept):
    """An act whose object is 'anybody' or 'anything' is said of any party at all, and a gift of
    'little' with no recipient hands over no thing: neither is an act toward a party. 'Someone'
    may be one person not named, and a quantity given to a named party is aid."""
    events, _ = run(nlp, text)
    assert bool(events) is kept, [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, kept", [
    ("The John Smith Lecture celebrates the author of Labour's 1945 manifesto, Clement Attlee.", False),
    ("The Rev Jesse Jackson praised the author of Labour's 1945 manifesto, Clement Attlee.", True),
])
def test_an_occasion_typed_as_a_person_does_no_act(nlp, text, kept):
    """A name the parser types as a person but written after 'the' and headed by a thing said
    (a lecture) names an occasion, which cannot celebrate anyone; a person's title after 'the'
    does not change the person."""
    events, _ = run(nlp, text)
    assert bool([e for e in events if e.type == "SUPPORT"]) is kept, [(e.type, e.trigger, e.actors) for e in events]


@pytest.mark.parametrize("text, kept", [
    ("Ms Ivanova joined the KGB in 1982 after leaving university.", False),
    ("Oxfam has called the Darfur camps a \"humanitarian catastrophe\".", False),
    ("Tony Blair is to join Home Secretary David Blunkett in a visit to Sheffield on Thursday.", True),
    ("Tom Walker left the club in January to join Birmingham.", False),
    ("Paul Brown joined Milan from Ajax in 2003.", False),
    ("The Dutch prime minister will join Germany on a visit to Kabul.", True),
])
def test_a_body_joined_or_an_object_named_is_no_meeting(nlp, text, kept):
    """Joining a body (an organisation) makes a member, and calling something a name describes it:
    neither is a meeting or a call between parties; so does joining a side the tagger types as its
    town ('to join Birmingham'). Joining a person on a visit, or a state in an act, is one."""
    events, _ = run(nlp, text)
    assert bool([e for e in events if e.type == "CONSULT"]) is kept, [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, kept", [
    ("Chelsea have signed Paul Brown from Ajax for £5m.", False),
    ("The rapper signed the singer to his new record label.", False),
    ("United signed him on a three-year contract.", False),
    ("Argentina and Venezuela signed the agreement in Buenos Aires.", True),
    ("Mr Straw also signed a deal on tourism with China.", True),
])
def test_a_person_signed_is_taken_on_not_agreed_with(nlp, text, kept):
    """'Sign' with a person for its object is WordNet's sense of engaging by written agreement: a
    player or an artist taken on, the other side of joining a body, no agreement between parties.
    Signing an agreement or a deal stays."""
    events, _ = run(nlp, text)
    assert bool([e for e in events if e.type == "SUPPORT"]) is kept, [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, kept", [
    ('"We reject that completely," Senator Hale told reporters in Denver.', []),
    ("Ford refused to accept the union's explanation of the stoppage at its Dagenham plant.", []),
    ("The Kenyan government rejected Somalia's denials that its troops had crossed the border.", []),
    ("The Kenyan government rejected Somalia's proposal for joint border patrols.", ["REJECT"]),
    ("Kenya rejected the demands of the Somali negotiators.", ["REJECT"]),
])
def test_judging_words_said_is_no_refusal(nlp, text, kept):
    """Rejecting what was said (a demonstrative for it, a statement, an explanation, a denial)
    judges a claim, a statement; PLOVER's REJECT refuses a proposal or a demand of another party."""
    events, _ = run(nlp, text)
    assert [e.type for e in events if e.type == "REJECT"] == kept


def test_agreeing_a_text_together_stays_an_agreement(nlp):
    """Parties that agree a joint statement agree with each other (PLOVER's AGREE); only a refusal
    of words said is a judgement of a claim."""
    one(nlp, "Britain and France agreed a joint statement on trade.", "AGREE")


@pytest.mark.parametrize("text, kept", [
    ("Health Secretary Alan Milburn defended his decision on hospital funding.", []),
    ("The mayor of Leeds praised her handling of the floods at the council meeting.", []),
    ("Health Secretary Alan Milburn defended his deputy against the charges.", ["SUPPORT"]),
    ("Shadow minister Ann Blake welcomed his apology for the delays.", ["SUPPORT"]),
    ("Health Secretary Alan Milburn praised Ford and its decision on the Dagenham plant.", ["SUPPORT"]),
])
def test_defending_ones_own_act_is_a_statement(nlp, text, kept):
    """Defending or praising one's own decision or record (a possessive for the actor over an act,
    a thought or a quality) is self-praise; praising one's deputy (a person), an apology (words,
    said to someone: another's) or another party's decision is PLOVER's SUPPORT."""
    events, _ = run(nlp, text)
    assert [e.type for e in events if e.type == "SUPPORT"] == kept


def test_an_act_described_as_something_is_the_speakers_view(nlp):
    """'described the release as long overdue' characterises an act someone else did: CAMEO codes
    'describe' with 'release' as a release, but the describer released no one. CAMEO's own 'as'
    pattern ('described X's raid as a disaster') is a disapproval of X, PLOVER's ACCUSE."""
    events, _ = run(nlp, "Oxfam and the Refugee Council described the release of the journalists as long overdue.")
    assert [e.type for e in events] == []
    events, names = run(nlp, "Amnesty described Israel's raid as a disaster.")
    assert [(e.type, [names[t] for t in e.targets]) for e in events] == [("ACCUSE", ["Israel"])]


@pytest.mark.parametrize("text, actor, target", [
    ("Finance minister Ana Ruiz discussed the election timetable with Jacques Chirac on Friday.", "Ana Ruiz", "Jacques Chirac"),
])
def test_discussing_a_topic_with_a_party_is_a_consultation(nlp, text, actor, target):
    """A verb of speech whose own code is a consultation, with a party after 'with', consults that
    party whatever the topic: CAMEO's pattern for 'discuss' + 'election' (0341, AGREE) names what
    was talked about, not what was done."""
    ev, names = one(nlp, text, "CONSULT")
    assert [names.get(a, a) for a in ev.actors] == [actor]
    assert [names.get(t, t) for t in ev.targets] == [target]
    events, _ = run(nlp, text)
    assert [e.type for e in events if e.type == "AGREE"] == []


def test_discussing_with_a_person_a_noun_names_is_a_consultation(nlp):
    """The partner may be named by a common noun ('with the chief executive'): the verb still
    consults, with the partner's preposition among its words for the target."""
    from newsledger.extract.events.triggers import find_triggers
    doc = nlp("Ms Ruiz said she had discussed the election timetable with the chief executive on Monday.")
    found = [(t.type, [w.lower_ for w in t.words]) for t in find_triggers(doc)]
    assert found == [("CONSULT", ["discussed", "with"])]


@pytest.mark.parametrize("text, kept", [
    ('Shadow minister Mark Dunn called Labour "a party for talking about things".', []),
    ("The Green Party called for an inquiry into the contract.", ["REQUEST"]),
])
def test_calling_a_party_something_names_it(nlp, text, kept):
    """'called X "a party for ..."': a predicate of the object names it, even where the parse
    hangs the predicate's 'for' on the verb; 'called for an inquiry' asks for one."""
    events, _ = run(nlp, text)
    assert [e.type for e in events if e.type == "REQUEST"] == kept


@pytest.mark.parametrize("text, kept", [
    ('"Who will pay for the new stadium?" the Labour MP for Leeds asked.', []),
    ("Governor Ann Cole asked Washington for more federal funds.", ["REQUEST"]),
    ("Governor Ann Cole asked the Pentagon to send more troops.", ["REQUEST"]),
    ("Finance minister Tom Reid has urged local councils to limit tax rises.", ["REQUEST"]),
    ("The Ministry of Defence is considering whether to appeal.", []),
])
def test_a_request_that_asks_for_nothing_is_a_question(nlp, text, kept):
    """A verb of asking with no object but its addressee, no clause and no phrase puts a question
    (the quote before it); asking someone for something or to do something is PLOVER's REQUEST.
    An appeal only considered, in an indirect question ('whether to appeal'), is open: no event."""
    events, _ = run(nlp, text)
    assert [e.type for e in events if e.type == "REQUEST"] == kept


@pytest.mark.parametrize("text, kept", [
    ("Chancellor Gordon Brown dismissed fears from the Liberal Democrats that the cuts were too deep.", []),
    ("The Bank of England rejected fears of a housing crash.", []),
    ("Chancellor Gordon Brown rejected the proposal from the Liberal Democrats.", ["REJECT"]),
])
def test_judging_a_feeling_is_a_statement(nlp, text, kept):
    """Dismissing or rejecting fears (a feeling by WordNet's first sense) says whether a view is
    founded: no refusal of a proposal and no criticism of the people who hold it."""
    events, _ = run(nlp, text)
    assert [e.type for e in events if e.type in ("ACCUSE", "REJECT")] == kept


@pytest.mark.parametrize("text, kind", [
    ("Deputy leader John Prescott attacked the Conservatives, saying their cuts would close hospitals.", "ACCUSE"),
    ("Rebel fighters attacked the Indian army convoy with rockets in Kashmir.", "ASSAULT"),
    ("Novelist Jane Hart attacked the government over its housing record.", "ACCUSE"),
    ("Israeli jets attacked Hamas positions over Gaza City.", "ASSAULT"),
])
def test_an_attack_made_in_words_is_criticism(nlp, text, kind):
    """'attacked the Conservatives, saying ...': an attack done while speaking, or a person's
    attack on a government over a topic, is criticism (ACCUSE); rockets fired at a convoy, and jets
    over a city, are force."""
    events, _ = run(nlp, text)
    assert [e.type for e in events if e.type in ("ACCUSE", "ASSAULT")] == [kind]


def test_an_attacker_named_by_what_they_think_criticises(nlp):
    """Doers named by what they think ('people who think ...') attack in words: no assault."""
    events, _ = run(nlp, "Michael Howard said he was being attacked by people who think he should promise bigger cuts.")
    assert [e.type for e in events if e.type == "ASSAULT"] == []


def test_challenging_a_party_to_act_is_a_demand(nlp):
    """'challenged X to publish the letter': a demand that X act (PLOVER REQUEST), no criticism of
    a deed; a verb of no speech with a 'to'-clause of purpose stays what the dictionary codes."""
    ev, names = one(nlp, "Labour MP Ann Clwyd challenged Tony Blair to publish the legal advice.", "REQUEST")
    assert [names.get(t, t) for t in ev.targets] == ["Tony Blair"]
    events, _ = run(nlp, "Labour MP Ann Clwyd challenged Tony Blair to publish the legal advice.")
    assert [e.type for e in events if e.type == "ACCUSE"] == []
    events, _ = run(nlp, "Scott Sullivan is implicating Bernie Ebbers only to win a lighter sentence, the defence said.")
    assert [e.type for e in events if e.type in ("ACCUSE", "REQUEST")] == ["ACCUSE"]
    events, _ = run(nlp, "Ghana's foreign minister Kofi Mensah summoned Togo's ambassador Paul Agbo to complain about border raids.")
    assert [e.type for e in events if e.type == "REQUEST"] == []


@pytest.mark.parametrize("text, kind", [
    ("Former minister Robin Cook gave his full support to Gordon Brown.", "SUPPORT"),
    ("The World Bank gave emergency aid to Kenya.", "AID"),
])
def test_an_act_given_is_the_acts_own_type(nlp, text, kind):
    """Giving support is supporting (the noun carries the act); giving aid is aid."""
    events, _ = run(nlp, text)
    assert [e.type for e in events if e.type in ("AID", "SUPPORT")] == [kind]


@pytest.mark.parametrize("text, kind, actor", [
    ("Hungary made a formal protest to Slovakia over the new language law.", "ACCUSE", "Hungary"),
    ("Romania protested against the arrest of its consul in Chisinau.", "ACCUSE", "Romania"),
    ("Hundreds of Romanian farmers protested outside parliament in Bucharest.", "PROTEST", "Romanian farmers"),
])
def test_a_protest_by_a_state_is_a_diplomatic_accusation(nlp, text, kind, actor):
    """PLOVER's PROTEST presumes a crowd's physical activity; a protest lodged or made by a state or its
    government is a diplomatic protest, which the manual codes ACCUSE 'disapprove'."""
    events, names = run(nlp, text)
    found = [e for e in events if e.type in ("ACCUSE", "PROTEST")]
    assert [e.type for e in found] == [kind]
    assert [names.get(a) for a in found[0].actors] == [actor]
    assert kind != "ACCUSE" or found[0].mode == "disapprove"


@pytest.mark.parametrize("text, kind, mode", [
    ("Striking fishermen blocked the ferry terminal at Calais on Friday.", "PROTEST", "obstruct"),
    ("Hundreds of angry farmers blocked the motorway near Lyon on Monday.", "PROTEST", "obstruct"),
    ("The navy blockaded the port of Tartus for a week.", "COERCE", "restrict"),
    ("Turkish troops blocked the road into Afrin.", "COERCE", "restrict"),
])
def test_a_passage_blocked_by_civilians_is_a_protest_and_by_a_state_a_blockade(nlp, text, kind, mode):
    """CAMEO 144 'obstruct passage' (PROTEST 'obstruct': collective civilian dissent) against 191
    'impose blockade' (COERCE 'restrict'): the doer decides, people a common noun names or a state,
    its government or its forces; what is blocked is a route or a place."""
    events, _ = run(nlp, text)
    assert [(e.type, e.mode) for e in events] == [(kind, mode)]


def test_blocking_what_is_no_passage_is_no_protest(nlp):
    """'blocked the merger' obstructs no passage: the dictionary's coercion stands."""
    events, _ = run(nlp, "Shareholders blocked the merger with Acme on Tuesday.")
    assert "PROTEST" not in [e.type for e in events]


@pytest.mark.parametrize("text, actor", [
    ("The Chilean government accepted the appeal of the striking miners.", "Chilean government"),
    ("The Kenyan government adopted the demands of the teachers' union.", "Kenyan government"),
])
def test_a_demand_accepted_is_a_concession(nlp, text, actor):
    """A demand, call or appeal accepted or adopted is acceded to: CAMEO 083, which the crosswalk
    codes CONCEDE (the dictionary's 'accept' block codes these nouns nothing)."""
    ev, names = one(nlp, text, "CONCEDE")
    assert [names[a] for a in ev.actors] == [actor]


def test_a_plan_accepted_is_no_concession(nlp):
    """Only a demand is acceded to: 'accepted the plan' keeps the dictionary's reading."""
    events, _ = run(nlp, "The Chilean government accepted the plan of the miners.")
    assert "CONCEDE" not in [e.type for e in events]


def test_an_attack_prepared_is_an_attack_planned_not_an_agreement(nlp):
    """A verb of planning with an event noun for its object names that act, planned; the CAMEO
    dictionary's intent to cooperate (030, AGREE) is PLOVER's only for cooperation."""
    events, names = run(nlp, "The Syrian army was preparing an attack on Idlib, officials said.")
    assert [(e.type, e.status) for e in events] == [("ASSAULT", "planned")]
    assert [names[a] for a in events[0].actors] == ["Syrian army"]


def test_talks_planned_stay_a_promise_to_meet(nlp):
    """Future cooperation is AGREE (PLOVER): planning talks is no consultation held."""
    events, _ = run(nlp, "Hungary is planning talks with Slovakia next week.")
    assert [e.type for e in events] == ["AGREE"]


@pytest.mark.parametrize("text", [
    "The Dutch prime minister Mark Rutte has apologised for the failures of the tax office.",
    "Mark Rutte apologised to the families on Tuesday.",
])
def test_an_apology_is_a_concession(nlp, text):
    """The manual codes expressions of regret or remorse as CONCEDE (CAMEO's 055 crosswalks to
    SUPPORT), an act that needs no party it is made to."""
    ev, names = one(nlp, text, "CONCEDE")
    assert [names[a] for a in ev.actors] == ["Mark Rutte"]
    assert not [e for e in run(nlp, text)[0] if e.type == "SUPPORT"]


@pytest.mark.parametrize("text, target", [
    ("Vietnam called off its talks with Cambodia over the fishing dispute.", "Cambodia"),
    ("Ecuador postponed the summit with Peru until March.", "Peru"),
    ("Chile suspended the negotiations with Bolivia on Monday.", "Bolivia"),
])
def test_a_cancelled_meeting_is_a_rejection(nlp, text, target):
    """The manual codes the cancellation of meetings as REJECT 'meet' (not CAMEO's reduced relations,
    SANCTION, nor its consultation for 'suspend the meeting'); the verbs are those whose CAMEO block
    codes a meeting object as a reduction of relations."""
    ev, names = one(nlp, text, "REJECT")
    assert ev.mode == "meet" and [names[a] for a in ev.targets] == [target]
    assert not [e for e in run(nlp, text)[0] if e.type in ("SANCTION", "CONSULT")]


def test_a_verb_that_cancels_meetings_keeps_its_sense_with_other_objects(nlp):
    """'suspended aid deliveries' stays a sanction: only a meeting noun as object is a meeting cancelled."""
    ev, _ = one(nlp, "Norway suspended aid deliveries to the province after the attack.", "SANCTION")
    assert ev.mode != "meet"


@pytest.mark.parametrize("text, kind", [
    ("Kenya withdrew its request for the extradition of the two bankers.", "CONCEDE"),
    ("Armenia withdrew its troops from the disputed villages on Friday.", "RETREAT"),
])
def test_a_demand_withdrawn_is_a_concession(nlp, text, kind):
    """The manual codes withdrawing a demand as CONCEDE; withdrawing troops stays a retreat."""
    events, _ = run(nlp, text)
    assert [e.type for e in events] == [kind]


@pytest.mark.parametrize("text, kind", [
    ("Romania and Bulgaria held military exercises on the Black Sea coast.", "COOPERATE"),
    ("Latvia held joint naval exercises with Estonia in the Gulf of Riga.", "COOPERATE"),
    ("Azerbaijan deployed troops along the border with Armenia.", "MOBILIZE"),
])
def test_a_joint_military_operation_is_cooperation(nlp, text, kind):
    """The manual codes joint military operations COOPERATE and a single country's MOBILIZE: parties
    acting together, or an exercise named joint."""
    events, _ = run(nlp, text)
    assert kind in [e.type for e in events] and not {"COOPERATE", "MOBILIZE"} - {kind} & {e.type for e in events}


@pytest.mark.parametrize("text, kind, role, party, owner", [
    ("The Chilean court's jurisdiction has been challenged by Codelco and BHP.", "ACCUSE", "targets",
     "force:chilean court", "Chilean"),
    ("Maria Lopez thanked her lawyers and the Irish people for their support.", "SUPPORT", "targets",
     "force:irish people", "Irish"),
    ("The Kenyan delegation protested against the ruling.", "PROTEST", "actors", "force:kenyan delegation", "Kenyan"),
])
def test_a_body_named_after_its_state_is_the_party_wherever_it_stands(nlp, text, kind, role, party, owner):
    """'the Chilean court' owning the thing acted on, 'the Irish people' joined to another party,
    'the Kenyan delegation' (one body named by a group noun): the body is the party, the
    nationality only says whose it is."""
    ev, names = one(nlp, text, kind)
    ids = getattr(ev, role)
    assert party in ids and owner not in [names.get(i) for i in ids]


def test_a_body_that_describes_a_name_is_no_party_of_its_own(nlp):
    """'Russian oil firm Yukos' (the description compounded before the name), 'US phone company
    Qwest' (the name set beside it): the named firm acts; its description is no party of its own."""
    ev, names = one(nlp, "Russian oil firm Yukos has sued four companies.", "ACCUSE")
    assert [names.get(a, a) for a in ev.actors] == ["Yukos"]
    events, names = run(nlp, "US phone company Qwest has said it will sue MCI.")
    assert "US phone company" not in [names.get(a, a) for e in events for a in e.actors]


@pytest.mark.parametrize("text, kind, name", [
    ("Ghana banned imports of Nigerian oil.", "COERCE", "Nigerian"),
    ("Cuba banned payments in US dollars.", "COERCE", "US"),
    ("Iran offered Syria two million barrels of Iraqi crude.", "AGREE", "Iraqi"),
    ("Poland criticised the Minsk declaration.", "ACCUSE", "Minsk"),
])
def test_a_name_that_says_where_a_thing_is_from_is_no_party(nlp, text, kind, name):
    """'Nigerian oil', 'US dollars', 'Iraqi crude': a substance or an amount from a country; 'the Minsk
    declaration': a document named after a place. None names a party of the act."""
    ev, names = one(nlp, text, kind)
    assert name not in [names.get(i) for i in ev.actors + ev.targets]


def test_a_firm_before_its_shares_stays_a_party(nlp):
    """'for each Ferrovial share': the firm whose shares are bought is the target."""
    ev, names = one(nlp, "Acciona offered 12 euros for each Ferrovial share.", "AGREE")
    assert "Ferrovial" in [names.get(t) for t in ev.targets]


def test_a_nationality_before_an_act_or_a_place_stays_a_party(nlp):
    """'an Australian ultimatum', 'Palestinian homes': the act's maker, the owners of the homes
    (PLOVER's parties)."""
    ev, names = one(nlp, "Fiji rejected an Australian ultimatum.", "REJECT")
    assert "Australian" in [names.get(t) for t in ev.targets]
    ev, names = one(nlp, "Bulldozers of the Israeli army demolished Palestinian homes on Sunday.", "COERCE")
    assert "Palestinian" in [names.get(t) for t in ev.targets]


def test_they_stands_for_the_parties_a_subject_before_it_lists(nlp):
    """'A, B, C and D have been held by Egypt ... They were detained': 'they' are the four listed,
    not the nearest single name (Egypt, who holds them)."""
    text = ("Ahmed Khan, from Leeds, and Omar Ali, Tariq Aziz and Bilal Said, from London, have been held by Egypt "
            "for two years. They were detained in a desert camp.")
    events, names = run(nlp, text)
    detained = next(e for e in events if e.trigger == "detained")
    assert [names[t] for t in detained.targets] == ["Ahmed Khan", "Omar Ali", "Tariq Aziz", "Bilal Said"]


@pytest.mark.parametrize("sentence, kind, target", [
    ("Norway called on the shipping industry to cut its emissions.", "REQUEST", "shipping industry"),
    ("The Ramblers Association urged the farming community to reopen the footpaths.", "REQUEST", "farming community"),
])
def test_a_trade_named_by_a_group_noun_is_the_target(nlp, sentence, kind, target):
    """'called on the shipping industry': 'the' and a group noun after the common noun of a trade
    name the people of that trade as one party, an entity of its own named by its words."""
    events, _ = run(nlp, sentence)
    assert [e.targets for e in events if e.type == kind] == [[f"party:{target}"]]


def test_where_the_parties_were_is_the_place_not_a_party(nlp):
    """'signed by all ten ASEAN members in Jakarta': the place after the parties says where they
    signed, the event's place, not a co-signatory."""
    ev, names = one(nlp, "The charter was signed by all ten ASEAN members in Jakarta last May.", "SUPPORT")
    assert "Jakarta" not in [names.get(a, a) for a in ev.actors]
    assert names.get(ev.place) == "Jakarta"
    ev, names = one(nlp, "Thousands of Unite members rallied outside the Serbian parliament in Belgrade on Friday.", "PROTEST")
    assert names.get(ev.place) == "Belgrade"


def test_a_title_of_a_body_is_the_person_who_holds_it(nlp):
    """'The Green Party leader will meet': the holder of the office named before, not the party
    whose name only says which office; with no person named before, the body stays."""
    text = "Maria Lopez is set to tour three factories next week.\n\nThe Green Party leader will meet union officials in Leeds."
    ev, names = one(nlp, text, "CONSULT")
    assert [names.get(a, a) for a in ev.actors] == ["Maria Lopez"]
    ev, names = one(nlp, "The Green Party leader will meet union officials in Leeds.", "CONSULT")
    assert [names.get(a, a) for a in ev.actors] == ["Green Party"]


def test_the_owner_of_words_aimed_at_is_the_target(nlp):
    """'backed their demands': the party whose demands they are, named before; 'defended its plan':
    the actor's own words aim at no one."""
    text = "The Green Party wants a ban on night flights. Mayor Ann Cole backed their demands on Monday."
    ev, names = one(nlp, text, "SUPPORT")
    assert [names.get(t, t) for t in ev.targets] == ["Green Party"]
    events, _ = run(nlp, "Acme Corp said on Monday that it would cut 500 jobs. Acme Corp defended its plan.")
    assert [e.targets for e in events if e.type == "SUPPORT"] in ([], [[]])


@pytest.mark.parametrize("text", [
    "Chancellor Ann Cole set a growth goal. Other G8 nations are to match her goal for overseas aid.",
    "The Danish economy slowed in May. The Danish economy would struggle to meet its 2% growth target.",
])
def test_the_owner_of_words_opens_no_gate_an_event_needs(nlp, text):
    """A goal's owner says whose goal it is: an act with no actor named, or one held between
    partners, does not become an event for it."""
    events, _ = run(nlp, text)
    assert [e.type for e in events if e.type in ("ASSAULT", "CONSULT")] == []


def _analysed(text: str):
    """TEXT's events through the whole pipeline (the entity layer's titles and roles), by name."""
    from newsledger.extract.pipeline import analyze
    from newsledger.model import Article
    an = next(analyze([Article(id="t", text=text)]))
    names = {e.id: e.name for e in an.entities}
    return [(e.type, [names.get(a, a) for a in e.actors], [names.get(t, t) for t in e.targets]) for e in an.events]


def _first_parties(text: str, kind: str) -> tuple[list[str], list[str]]:
    """The actors and targets of TEXT's first event of KIND (the test fails when it has none)."""
    found = [(a, t) for k, a, t in _analysed(text) if k == kind]
    assert found, f"no {kind} in {_analysed(text)}"
    return found[0]


def test_each_conjunct_of_an_object_is_a_target():
    """'accused the prime minister and Mr Jones': both are accused, the minister being the person
    the article gave that title; the words before 'and Mr' are no title of Mr Jones's."""
    text = "Prime Minister John Carter opened a new hospital on Monday. Opposition leader Ann Smith later " \
           "accused the prime minister and Mr Jones of wasting money."
    assert ("ACCUSE", ["Ann Smith"], ["John Carter", "Jones"]) in _analysed(text)


def _titled(text: str, eid: str, name: str, title: str, role: str) -> Entity:
    """A person of TEXT with the title mention TITLE (the words the entity layer keeps: ROLE)."""
    at = text.index(title) + len(title) - len(role)
    return Entity(id=eid, name=name, type="PERSON", roles=[role],
                  mentions=[Mention((at, at + len(role)), role), Mention((text.index(name), text.index(name) + len(name)), name)])


def test_a_title_is_held_by_the_one_who_was_given_it(nlp):
    """'welfare minister Ann Smith' (her role kept as 'minister') holds no 'the prime minister';
    'Prime Minister John Carter' does: the title as the article wrote it says which office."""
    from newsledger.extract.events.phrases import entity_tokens
    text = "Former welfare minister Ann Smith spoke in Leeds. Peter Grant accused the prime minister of lying."
    doc = nlp(text)
    minister = max(t.i for t in doc if t.text == "minister")
    smith = _titled(text, "e1", "Ann Smith", "welfare minister", "minister")
    assert entity_tokens(doc, [smith]).get(minister) is None
    text = text.replace("Former welfare minister", "Prime Minister John Carter met")
    doc = nlp(text)
    carter = _titled(text, "e2", "John Carter", "Prime Minister", "Minister")
    assert entity_tokens(doc, [carter]).get(max(t.i for t in doc if t.text == "minister")) == ["e2"]


def test_a_count_of_persons_stands_for_the_pair_named_before(nlp):
    """'Tony Carter and Gordon Smythe ... the two men': the persons the nearest coordination of names
    joins, when it joins as many as the description counts; another count, or the same noun bringing
    in other persons since, stands for no one named."""
    before = "Tony Carter and Gordon Smythe met in London on Monday. "
    ev, names = one(nlp, before + "Ann Jones urged the two men to stop quarrelling.", "REQUEST")
    assert [names.get(t, t) for t in ev.targets] == ["Tony Carter", "Gordon Smythe"]
    ev, names = one(nlp, before + "Ann Jones later praised both men for their work.", "SUPPORT")
    assert [names.get(t, t) for t in ev.targets] == ["Tony Carter", "Gordon Smythe"]
    ev, names = one(nlp, before + "Ann Jones urged the three men to stop quarrelling.", "REQUEST")
    assert not {"Tony Carter", "Gordon Smythe"} & {names.get(t, t) for t in ev.targets}
    text = "Tony Carter and Ann Jones visited Leeds. Two men were arrested there on Friday. Ann Jones praised the two men."
    events, names = run(nlp, text)
    assert all("Tony Carter" not in [names.get(t, t) for t in e.targets] for e in events if e.type == "SUPPORT")


def test_a_medium_a_speech_act_was_made_on_is_no_party(nlp):
    """'criticised Mr Smith on GMTV's Sunday Programme': the programme and the outlet owning it are
    where it was said; the person criticised is the target."""
    ev, names = one(nlp, "Ann Jones criticised Mr Smith on GMTV's Sunday Programme.", "ACCUSE")
    assert [names.get(t, t) for t in ev.targets] == ["Smith"]
    ev, names = one(nlp, "Ann Jones praised the Acme Corporation on BBC Radio's Today programme.", "SUPPORT")
    assert [names.get(t, t) for t in ev.targets] == ["Acme Corporation"]


def test_the_owner_of_a_deed_reacted_to_is_the_target(nlp):
    """'Their decision was criticised by Microsoft': the party whose deed it is, named before, as for
    their words."""
    ev, names = one(nlp, "Google cut its prices in March. Their decision was criticised by Microsoft.", "ACCUSE")
    assert [names.get(t, t) for t in ev.targets] == ["Google"]


@pytest.mark.parametrize("text, kind", [
    ("Four men were arrested after the raid on the warehouse in Lyon.", "COERCE"),
    ("Rifles and 300 kilos of heroin were seized at the port on Sunday.", "COERCE"),
    ("A convoy of aid lorries was blocked outside the town of Kadugli.", "COERCE"),
])
def test_an_agentless_passive_befalls_its_subject_with_no_actor_named(nlp, text, kind):
    """'Four men were arrested': a coercion that befell people or a concrete thing, its doer not
    named, is an event with no actor (the dictionary's default code included: 'blocked', CAMEO 170)."""
    ev, _ = one(nlp, text, kind)
    assert ev.actors == []


@pytest.mark.parametrize("text", [
    "The annual meeting was held in a hotel in Leeds.",
    "A deal had been struck over dinner on Friday.",
    "Interest rates were held at 4.75% by the bank.",
    'The joint exercise "Iron Wolf" of the armies of Latvia and Estonia will be held in May.',
    "Most of the asylum seekers are detained at a centre on the coast.",
    "Under the new law, migrants can be detained for up to six months.",
    "Two regional airlines have been forced to ground their fleets.",
])
def test_an_occasion_held_or_a_deal_struck_befalls_no_one(nlp, text):
    """An occasion a light verb holds, a thing agreed, and an amount undergo no attack or coercion;
    a passive in the simple present is a standing condition, one of ability a power, and one with a
    complement what its subject was made to do."""
    events, _ = run(nlp, text)
    assert [e.type for e in events if e.type in ("COERCE", "ASSAULT")] == []


@pytest.mark.parametrize("text, kept", [
    ("Mr Smith refused to back suggestions that the council was bankrupt.", []),
    ("Mr Smith rejected the idea the rival group posed a threat to the party.", []),
    ("Mr Smith refused to give support to proposals that the tax be scrapped.", ["REJECT"]),
    ("Mr Smith rejected the plan the minister announced in June.", ["REJECT"]),
    ("Mr Smith refused to sign the agreement that the unions had drafted.", ["REJECT"]),
])
def test_refusing_a_claim_is_a_statement(nlp, text, kept):
    """A refusal of an idea or a suggestion that something is so (its content clause, also through a
    control verb's complement, or a clause the parser hung as relative in which the noun fills no
    place) says what the speaker thinks; a proposal of an act ('that the tax be scrapped'), a plan
    or an agreement named by a relative clause is refused, PLOVER's REJECT."""
    events, _ = run(nlp, text)
    assert [e.type for e in events if e.type == "REJECT"] == kept


@pytest.mark.parametrize("text, kept", [
    ("Mr Smith has dismissed fears from some Tories that his plans for tax cuts are too modest. "
     "Mr Smith defended the package, saying it was a start.", []),
    ("Mr Smith has unveiled his plans for tax cuts. Mr Smith defended the package on Monday.", []),
    ("Mr Smith has unveiled his plans for tax cuts. Mr Jones defended the package on Monday.", ["SUPPORT"]),
    ("Mr Smith has unveiled his plans for tax cuts. Mr Smith defended the Tory package on Monday.", ["SUPPORT"]),
])
def test_defending_what_the_sentence_before_gave_as_ones_own_is_a_statement(nlp, text, kept):
    """'the package' taking up the actor's own plans of the sentence before ('his plans', the
    possessive standing for the nearest name of its number) is the actor's own: defending it is
    no act toward another party; another's defence of it, or a package a word says whose, stays."""
    events, _ = run(nlp, text)
    assert [e.type for e in events if e.type == "SUPPORT"] == kept


@pytest.mark.parametrize("text, kept", [
    ("Labour leader Ann Cole has sought to reassure Labour MPs ahead of the vote.", []),
    ("The Liberal Party reassured its members that the merger would go ahead.", []),
    ("Labour leader Ann Cole has sought to reassure Tory MPs ahead of the vote.", ["SUPPORT"]),
    ("Labour leader Ann Cole praised Tory councillors in Leeds.", ["SUPPORT"]),
])
def test_reassuring_ones_own_members_is_a_statement(nlp, text, kept):
    """People in the plural named by the actor's own name, a word of the title the article gives the
    actor ('Labour leader' for 'Labour MPs'), or held by a possessive for the actor are the actor's
    own side: reassuring them is no act toward another party. Another party's MPs stay; voters
    (no possessive, no member of a party the actor leads by any word but its name) stay too."""
    doc = nlp(text)
    ents = entities_of(doc)
    for e in ents:
        if e.name == "Ann Cole":
            e.roles.append("Labour leader")
    events = find_events(doc, ents, [], find_timexes(text, ANCHOR), ANCHOR)
    assert [e.type for e in events if e.type in ("SUPPORT", "AGREE")] == kept


def test_a_persons_own_people_are_no_members_of_a_body(nlp):
    """A person thanking her lawyers thanks others: only a body has members of its own."""
    ev, _ = one(nlp, "Maria Lopez praised her lawyers for their work on the case.", "SUPPORT")
    assert ev.targets


@pytest.mark.parametrize("text, kinds", [
    ("Two fishing boats and their catch have been commandeered.", ["COERCE"]),
    ("Twelve foreign nationals are being held without trial.", ["COERCE"]),
    ("Customs officers at Varna have commandeered two fishing boats.", []),
])
def test_a_coercion_only_cameo_codes_befalls_its_passive_subject(nlp, text, kinds):
    """A verb of seizure or confinement that only the CAMEO dictionary codes ('commandeer' 171,
    'hold' 170), in the passive with no doer named, is a coercion with its actor unknown, as the
    hand lexicon's 'seized' and 'arrested' are (``befalls_its_subject``); the same verb over a
    thing in the active voice, toward no party, stays uncoded (a firm that 'took its seat' or
    'holds a stake' acts on nobody)."""
    events, _ = run(nlp, text)
    assert [e.type for e in events] == kinds


@pytest.mark.parametrize("text, kind, kept", [
    ("The court will decide on Friday whether to block the auction of Yukos's main oil unit.", "COERCE", False),
    ("The Kremlin said it had not decided whether to send troops to Belarus.", "MOBILIZE", False),
    ("The court blocked the auction of Yukos's main oil unit on Friday.", "COERCE", True),
    ("Hamas would be able to regroup and attack Israel within weeks.", "ASSAULT", False),
    ("Hamas regrouped and attacked Israel on Monday.", "ASSAULT", True),
])
def test_an_act_asked_about_or_only_possible_is_no_event(nlp, text, kind, kept):
    """An act in an indirect question ('whether to block') is open, not done or planned; an ability
    over two complements ('able to regroup and attack') holds for the second as for the first."""
    events, _ = run(nlp, text)
    assert any(e.type == kind for e in events) == kept


@pytest.mark.parametrize("text, kind, kept", [
    ("The disappointments overshadowed higher output targets for Shell's oilfields in Nigeria.", "ASSAULT", False),
    ("The bombings overshadowed higher output targets for Shell's oilfields.", "ASSAULT", False),
    ("The explosion hit the crowded market in Baghdad.", "ASSAULT", True),
    ("Police contained the protesters in Whitehall for six hours.", "COERCE", True),
])
def test_a_feeling_or_a_state_uses_no_force(nlp, text, kind, kept):
    """A feeling is no instrument of force, and a verb only the CAMEO dictionary codes as force whose
    first WordNet sense is a state ('overshadow') names no act; an object that is people keeps it."""
    events, _ = run(nlp, text)
    assert any(e.type == kind for e in events) == kept


@pytest.mark.parametrize("text, kind, kept", [
    ("Mr Lamy said he accepted the invitation to return to the European Commission.", "AGREE", False),
    ("Serbia accepted the invitation to join NATO's Partnership for Peace.", "AGREE", True),
    ("Iran accepted an invitation to hold talks with the European Union.", "AGREE", True),
    ("Neil Kinnock led the Labour Party between 1983 and 1992.", "COOPERATE", False),
    ("France led the European Union between 2008 and 2009.", "COOPERATE", False),
])
def test_a_post_taken_or_held_in_a_body_is_no_event(nlp, text, kind, kept):
    """A person accepting an invitation to enter or return to a body, or a party leading one, holds a
    post: no agreement or cooperation between parties. A state's entry into an alliance and an
    invitation to talks stay."""
    events, _ = run(nlp, text)
    assert any(e.type == kind for e in events) == kept


@pytest.mark.parametrize("text, target", [
    ("Home Secretary Charles Clarke unveiled new rules on Monday. The Conservatives backed the home secretary's plans.",
     "Charles Clarke"),
    ("The Chinese government ordered work on the dam to stop. The Three Gorges firm defies the government's order.",
     "Chinese government"),
])
def test_the_owner_of_an_act_described_is_the_target(nlp, text, target):
    """'backed the home secretary's plans', 'defies the government's order': an act, a plan or words
    owned by a description are aimed at the party the description stands for, as a named owner's
    are ('rejected Iran's proposal')."""
    events, names = run(nlp, text)
    assert [[names.get(t, t) for t in e.targets] for e in events if e.type in ("SUPPORT", "REJECT")] == [[target]]


def test_a_person_brought_in_unnamed_is_the_one_the_next_sentence_names(nlp):
    """'police arrested a candidate ... John Houston, 54, was due to stand': the next sentence names
    whom 'a candidate' was; not a person the article named before. (The sentence was UKIP's
    suspension of its candidate until ownbiz21 read a body's removal of its own officer as its own
    governance, no event; the arrest keeps the same frame.)"""
    text = ("The news came after police arrested a candidate for allegedly suggesting the criminally insane should be "
            "killed. John Houston, 54, was due to stand in the East Kilbride seat in Lanarkshire at the next election.")
    ev, names = one(nlp, text, "COERCE")
    assert [names.get(t, t) for t in ev.targets] == ["John Houston"]
    text = ("John Houston spoke at the rally. The news came after police arrested a candidate for allegedly suggesting "
            "the criminally insane should be killed. John Houston, 54, was due to stand in the East Kilbride seat.")
    ev, names = one(nlp, text, "COERCE")
    assert ev.targets == []


@pytest.mark.parametrize("text, kind, gone", [
    ("Some voices in Japanese industry are calling for radical changes to the nature of the Japanese labour market.",
     "REQUEST", "Japanese"),
    ("Denmark condemned the bombing in the Israeli city of Haifa.", "ACCUSE", "Israeli"),
])
def test_a_peoples_adjective_that_describes_is_no_target(nlp, text, kind, gone):
    """A nationality's adjective before a thing deep in a phrase describes that thing; the people is
    no party. On the phrase's own head it says whose the act is and stays ('attacked the Tory
    plans')."""
    ev, names = one(nlp, text, kind)
    assert gone not in [names.get(t, t) for t in ev.targets]
    ev, names = one(nlp, "Tony Blair attacked the Tory plans on immigration.", "ACCUSE")
    assert [names.get(t, t) for t in ev.targets] == ["Tory"]


# evplace20 (issue 14, "Dates and places of events"): every date and place stated in the event's
# clause is attached, and none that dates another verb.
@pytest.mark.parametrize("text,kind", [
    ("Milorad Dodik rejected the ruling of the Court of Bosnia and Herzegovina and announced that Republika "
     "Srpska would hold a referendum on October 25.", "REJECT"),
    ("Meanwhile, a court in Guayaquil sentenced the gang leader Carlos Medina to 34 years in prison for ordering "
     "the murder of a prosecutor last year.", "SANCTION"),
])
def test_a_date_of_another_verb_in_the_clause_is_not_the_events(nlp, text, kind):
    ev, _ = one(nlp, text, kind)
    assert ev.date is None


@pytest.mark.parametrize("text, kind, kept", [
    ("Mr Kinnock took on the far left Militant Tendency in the 1980s.", "COERCE", False),
    ("Mr Farage took UKIP into third place in the election.", "COERCE", False),
    ("Troops took the rebels into custody.", "COERCE", True),
    ("Police are holding three men at a police station.", "COERCE", True),
    ("The army occupied the White House.", "COERCE", True),
    ("Respect, led by George Galloway, is joining an already crowded field in the east London seat.", "CONSULT", False),
    ("Mr Blair will join the prince in Sheffield.", "CONSULT", True),
    ("The Liberal Democrats will appeal right across the political spectrum, Mr Kennedy said.", "REQUEST", False),
    ("Mr Galloway appealed to the kidnappers for her release.", "REQUEST", True),
])
def test_a_figurative_sense_of_an_event_verb_is_no_event(nlp, text, kind, kept):
    """A verb coded by its CAMEO block's own code with a particle WordNet lists it with ('take on':
    first to assume, then to hire or to contend) names the phrasal verb's act, not a seizure; a party
    taken into a rank ('third place') is placed in a table; a field joined is no meeting; an appeal
    that names nothing asked and no one asked, only a spread, attracts. Taking people into custody,
    holding them, occupying a building, joining a person and an appeal to a party for an act stay."""
    events, _ = run(nlp, text)
    assert any(e.type == kind for e in events) == kept


@pytest.mark.parametrize("text, kind, kept", [
    ("The Greens expect to increase their votes and their Senate seats in May.", "AGREE", False),
    ("Russia increased its troops on the border.", "MOBILIZE", True),
    ("The police arrested their leaders.", "COERCE", True),
    ("The Tory MP Andrew Mitchell welcomed his release, but said questions remained.", "SUPPORT", True),
])
def test_an_act_on_the_actors_own_holdings_is_its_own_business(nlp, text, kind, kept):
    """A party's own votes, seats or plans acted on, toward no other party, are its own business
    (a target named only inside them, 'Senate' of 'their Senate seats', is none); forces moved,
    people acted on and a reaction to another's act ('welcomed his release') stay."""
    events, _ = run(nlp, text)
    assert any(e.type == kind for e in events) == kept


@pytest.mark.parametrize("text, kind, kept", [
    ("Mr Blair visited a Sikh temple in Southall on Sunday.", "CONSULT", False),
    ("Mr Kennedy will visit a mosque in Birmingham on Monday.", "CONSULT", False),
    ("Mr Lavrov will visit the headquarters of NATO.", "CONSULT", True),
    ("Bush visited the White House on Monday.", "CONSULT", True),
    ("Mr Kennedy is visiting a mixture of rural seats, where his party is hoping to make gains from the "
     "Conservatives, and urban areas traditionally associated with Labour.", "CONSULT", False),
    ("Mr Blair will visit flood-hit areas of Pakistan.", "CONSULT", True),
])
def test_a_building_visited_is_no_party_visited(nlp, text, kind, kept):
    """A visit to a building (WordNet's artifact) or a round of places nothing names ('a mixture of
    rural seats', ownbiz21) meets no party; a building or places whose owner is named ('the
    headquarters of NATO', 'areas of Pakistan') or a name that may stand for its government stays a
    visit."""
    events, _ = run(nlp, text)
    assert any(e.type == kind for e in events) == kept


@pytest.mark.parametrize("text, kind, kept", [
    ("Tony Blair has sought to reassure Labour backbenchers that nothing will stand in the way of the party's bid "
     "for a third term in power.", "SUPPORT", False),
    ('Mr Blair said he would not respond to "tittle tattle in books" and promised to hail Labour\'s record on the '
     'economy, waiting lists and law and order.', "AGREE", False),
    ("Tony Blair promised Gordon Brown he would stand down before the next election, a new book about the "
     "chancellor claims.", "AGREE", True),
    ("Tony Blair has hailed a deal bringing Turkey a step closer to EU membership as important for the world's "
     'future "peace and prosperity".', "SUPPORT", True),
    ("Sitting on Wednesday, three Appeal Court judges dismissed both appeals.", "REJECT", True),
    ("Senior Hungarian and Romanian officials agreed on Wednesday that their countries should cooperate to "
     "encourage Romanian refugees in Hungary to return home.", "AGREE", True),
])
def test_speech_over_a_stance_is_a_statement_not_an_event(nlp, text, kind, kept):
    """Issue 14: a verb of speech whose object is a view, a record or a plan of the speaker's own
    side, or a clause said to hearers a common noun describes ('sought to reassure Labour
    backbenchers that ...', 'promised to hail Labour's record'), is a statement, not PLOVER's
    SUPPORT or AGREE; a promise to a party named, praise of a deal with a party inside it and a
    document or an act the lexicon codes ('dismissed both appeals') and parties agreeing together
    that they should act stay events."""
    events, _ = run(nlp, text)
    assert any(e.type == kind for e in events) == kept


# idioms21 (issue 14): the status follows the verb's own mood, and a verb in its figurative sense is
# no event.
@pytest.mark.parametrize("text, kind, status", [
    ("Yukos is not planning on letting go of its unit without a fight and has threatened legal action against "
     "any buyer.", "THREATEN", "occurred"),
    ("The Liberal Democrats have not been drawn too deeply into the argument but have called for a Europe wide "
     "policy on immigration.", "REQUEST", "occurred"),
    ("Mr Chirac says he would be happy to meet Mr Allawi.", "CONSULT", "planned"),
    ("Analysts had expected Japan's Nippon to agree to a price rise of between 40% and 50%.", "AGREE", "speculated"),
    ("The group made no comment despite recent speculation that Sir Anthony had held talks with potential buyers "
     "over a stake in the newspaper.", "CONSULT", "speculated"),
    ("Mr Blair met Mr Sharon in Jerusalem and held talks with Mahmoud Abbas.", "CONSULT", "occurred"),
    ("British voters would reject the European constitution by two to one, according to a poll.", "REJECT",
     "speculated"),
    ("Mr Galloway said he would contest the seat and would meet Oona King.", "CONSULT", "planned"),
    ("Meanwhile, flag carrier Air India is considering to buy 50 new aircraft from either Boeing or Airbus.",
     "COOPERATE", "speculated"),
])
def test_the_status_follows_the_verbs_own_mood(nlp, text, kind, status):
    """Issue 14, 'the status follows the verb's own mood': a conjunct with an auxiliary of its own
    ('... and has threatened') does not take the first conjunct's negation; an act governed by an
    adjective ('would be happy to meet') takes its copula's mood; an act another party is expected
    to do ('had expected Nippon to agree') or that speculation reports is speculated, and so is a
    main clause in the conditional ('voters would reject') or an act only considered, while 'would'
    in reported speech is a future (planned)."""
    ev, _ = one(nlp, text, kind)
    assert ev.status == status


@pytest.mark.parametrize("text, kind, kept", [
    ("The Tories want Richard Thomas to investigate the Cabinet Office.", "ACCUSE", False),
    ("The Tories want the police to arrest Mr Smith.", "COERCE", False),
    ("The Tories wanted to meet Mr Smith.", "CONSULT", True),
    ("The Liberal Democrats have demonstrated that they can beat the Conservatives in their heartlands.",
     "PROTEST", False),
    ("Thousands of students demonstrated in Cardiff against the fees.", "PROTEST", True),
    ("Lord Goldsmith said it would have been safer for Britain to seek a second UN resolution sanctioning "
     "military action.", "SANCTION", False),
    ("The United States sanctioned three Iranian banks on Tuesday.", "SANCTION", True),
])
def test_an_act_only_wished_or_a_figurative_sense_is_no_event(nlp, text, kind, kept):
    """An act wished of another party ('want Richard Thomas to investigate', 'want the police to
    arrest') is neither done nor planned by its doer; 'demonstrated that' shows a claim, no protest;
    'sanction' over an act is approval, no penalty. One's own wish to act (planned), a demonstration
    and a penalty on parties stay events."""
    events, _ = run(nlp, text)
    assert any(e.type == kind for e in events) == kept


@pytest.mark.parametrize("text, kind, kept", [
    ("The Green Party will hold its spring conference in Brighton and not Bournemouth, it has been confirmed.",
     "CONSULT", False),
    ("The GMB union held its annual meeting in Glasgow on Monday.", "CONSULT", False),
    ("The Moroccan diplomats held their first meeting with President Obama in Washington.", "CONSULT", True),
    ("TV presenter Jane Smith is to contest the Kent seat of Dover at the next general election.", "ACCUSE", False),
    ("A pensioners' group is to target six marginal Conservative seats at the general election.", "ASSAULT", False),
    ("Militants attacked the Labour offices at the election.", "ASSAULT", True),
    ("Labour is trying to reassure Muslim voters.", "SUPPORT", False),
    ("Labour is trying to reassure Muslim leaders.", "SUPPORT", True),
    ("Tesco has been providing shoppers with free reusable bags.", "AID", False),
    ("The UN has been providing refugees with tents.", "AID", True),
    ("Tesco has been providing Oxfam with free reusable bags.", "AID", True),
    ("Network Rail has been consulting with residents on the closures.", "CONSULT", False),
    ("Ryanair said it was consulting with the Unite union on pay.", "CONSULT", True),
    ("Greenpeace called on supporters to write to their MPs.", "REQUEST", False),
    ("Hamas called on supporters of Fatah to lay down their arms.", "REQUEST", True),
    ("Prescott held a private meeting with senior union figures on Thursday night.", "CONSULT", True),
])
def test_a_partys_own_meeting_race_or_public_is_its_own_business(nlp, text, kind, kept):
    """A body's own conference held at a place, a seat contested at an election and its voters or
    customers reassured or supplied are its own business or campaigning (ownbiz21), and so is a
    meeting with the public at large (residents) and a call on its supporters
    (noevent22); a meeting with a partner, an attack on things at an election, aid to refugees and a
    call on another party's supporters stay events."""
    events, _ = run(nlp, text)
    assert any(e.type == kind for e in events) == kept


@pytest.mark.parametrize("text, kind, kept", [
    ("Until 2010, Norwich North had been held by Labour since 1997.", "COERCE", False),
    ("Sheffield Hallam was held by the Liberal Democrats for almost twenty years.", "COERCE", False),
    ("The Republicans held Ohio in the last two elections.", "COERCE", False),
    ("Rebels took the town of Goma on Sunday.", "COERCE", True),
    ("Troops held the city of Mosul for three weeks.", "COERCE", True),
    ("Police held the suspects at a station in Leeds.", "COERCE", True),
])
def test_a_seat_a_party_took_or_held_is_no_coercion(nlp, text, kind, kept):
    """A political party named as the doer of a bare 'take' or 'hold' (CAMEO's blocks of seizing and
    confining, by their own code) has no force to seize or detain: it won or kept a seat, an
    electoral race PLOVER codes as no event (evpol37, 'Erewash had been held by the Tories'; the
    plural of a party's name, 'the Liberal Democrats', is the party). Rebels, troops and police
    taking or holding stay coercions."""
    events, _ = run(nlp, text)
    assert any(e.type == kind for e in events) == kept


@pytest.mark.parametrize("text, kind", [
    ("That has been attacked by the Tories as too little, too late.", "ACCUSE"),
    ("Taliban fighters attacked the convoy as it passed through the village.", "ASSAULT"),
])
def test_an_attack_judged_as_something_is_criticism(nlp, text, kind):
    """An attack whose 'as' phrase judges what is attacked ('as too little, too late') is words
    (ACCUSE); an 'as' clause of time leaves the attack an attack."""
    assert one(nlp, text, kind)


@pytest.mark.parametrize("text, kind, kept", [
    ("A Danone spokesman said it may now move to oust chairman Franck Riboud.", "COERCE", False),
    ("The Green Party suspended a candidate for allegedly praising the attack.", "SANCTION", False),
    ("The Conservative Party expelled Mr Smith, the former minister.", "SANCTION", True),
    ("Russia expelled the British ambassador.", "SANCTION", True),
    ("Russia expelled two diplomats.", "SANCTION", True),
    ("UKIP suspended a member over the remarks.", "SANCTION", False),
    # an athlete holds no post in the body that rules his sport: it sanctions him (sanctions28)
    ("UK Athletics suspended the sprinter for two years.", "SANCTION", True),
])
def test_a_body_removing_its_own_officer_is_its_own_governance(nlp, text, kind, kept):
    """An organisation ousting or suspending one person named by a post is its own governance
    (ownbiz21); an expulsion is PLOVER's own 'expulsion from a group' and stays a sanction, as does a
    state expelling diplomats or an ambassador of another state."""
    events, _ = run(nlp, text)
    assert any(e.type == kind for e in events) == kept


@pytest.mark.parametrize("text, actors, targets", [
    ("UEFA fined Chelsea 100,000 Swiss francs for the incident.", ["UEFA"], ["Chelsea"]),
])
def test_a_fine_the_lemmatizer_cut_short_is_coded(nlp, text, actors, targets):
    """'fined', lemmatized 'fin', is read by its whole stem 'fine' in the CAMEO dictionary (172, an
    administrative sanction, which the crosswalk codes COERCE restrict) (sanctions28); a penalty
    inflicted, it is PLOVER's SANCTION 'convict' (legaltypes37)."""
    events, names = run(nlp, text)
    ev = next(e for e in events if e.trigger == "fined")
    assert (ev.type, ev.mode, [names[a] for a in ev.actors]) == ("SANCTION", "convict", actors)
    assert set(targets) <= {names.get(t, t) for t in ev.targets}


@pytest.mark.parametrize("text, kind, actors, targets", [
    # a body described by its origin alone is the body the article named with that origin
    ("Shares in engineering group Jarvis rose. Madrid-based Ferrovial already holds a 33% stake in Tube Lines. "
     "The Spanish group has been keen to snap up more UK infrastructure assets, having bought Amey in 2003.",
     "COOPERATE", ["Ferrovial"], ["Amey"]),
    # 'the men' is the persons the paragraph last listed as a subject
    ("Tom Harris and Peter Cole were elected to the assembly in 2004. UKIP chairman Jane Holt urged the men to "
     "step down.", "REQUEST", ["Jane Holt"], ["Tom Harris", "Peter Cole"]),
    # 'both the big parties' counts the two bodies named together before ('party strategists' brings in none)
    ("Both Labour and the Tories have promised tax cuts. Party strategists expect a close race. Union leader "
     "Bill Morris accused both the big parties of lying to voters.", "ACCUSE", ["Bill Morris"], ["Labour", "Tories"]),
    # a news outlet reporting what 'they' will do is the source, not the party
    ("Investors John Smith and Paul Jones own a 29% stake in the club. The Sunday Times and The Sunday Telegraph "
     "say they will oppose any takeover bid from Malcolm Glazer.", "ACCUSE", ["John Smith", "Paul Jones"],
     ["Malcolm Glazer"]),
])
def test_a_description_stands_for_the_parties_the_article_named(text, kind, actors, targets):
    """Issue 14 (roles21): a description stored for a named party is a wrong party — 'The Spanish
    group' is Ferrovial, not 'Spanish'; 'the men' and 'both the big parties' are those named
    together before; 'they' in a newspaper's report are not the newspaper."""
    found = [(a, t) for k, a, t in _analysed(text) if k == kind]
    assert found and sorted(found[0][0]) == sorted(actors) and sorted(found[0][1]) == sorted(targets), found


def test_they_is_not_the_one_person_quoted(nlp):
    """'They are fighting each other', quoted from one man, is no act of his (roles21)."""
    quote = 'Opposition leader David Clark said: "The two ministers are not fighting crime. They are fighting each other."'
    assert [(k, a) for k, a, _ in _analysed(quote) if "David Clark" in a] == []


def test_the_two_companies_in_brackets_are_the_ones_named_there(nlp):
    """'Rosneft and VEB declined to comment. "The two companies [Rosneft and CNPC] have agreed"':
    the names in brackets say whom the count stands for, not the pair named before (roles21)."""
    text = 'Rosneft and VEB declined to comment. "The two companies [Rosneft and CNPC] have agreed on the ' \
           'pre-payment for long-term deliveries," said oil official Sergei Oganesyan.'
    events, names = run(nlp, text)
    agreed = [sorted(names[a] for a in e.actors) for e in events if e.type == "AGREE"]
    assert agreed and "VEB" not in agreed[0]


def test_a_title_run_into_its_holders_name_is_that_person(nlp):
    """"Labour's deputy minister for women Jacqui Smith accused": the parse took 'women' for a word of
    the name; the title is Ms Smith's, and 'Labour's deputy' is no second actor (roles21)."""
    events, names = run(nlp, "Labour's deputy minister for women Jacqui Smith accused the Lib Dems of offering "
                             '"false promises" to women.')
    assert [[names.get(a, a) for a in e.actors] for e in events if e.type == "ACCUSE"] == [["Jacqui Smith"]]


def test_a_count_of_countries_is_not_the_bodies_named_before(nlp):
    """'the two countries' are states, named as places: not the two organisations named together
    last (roles21, ``_bodies_counted``); the meeting itself stands with its parties unknown, as
    PLOVER codes a meeting of parties counted but not named (genre21, ``counted_parties``)."""
    text = "The African Union and the Arab League urged calm. Turkey offered to mediate. A spokesman said that " \
           "the foreign ministers of the two countries could meet in Ankara."
    events, names = run(nlp, text)
    met = [{names.get(a, a) for a in e.actors + e.targets} for e in events if e.type == "CONSULT"]
    assert met == [set()]


@pytest.mark.parametrize("text, kind, actors, targets", [
    ("Russia's invasion of Ukraine began in February.", "ASSAULT", ["Russia"], ["Ukraine"]),
    ("The invasion of Iraq by US forces began in March 2003.", "ASSAULT", ["US"], ["Iraq"]),
    ("Ukraine's blockade of the Russian fleet began on Monday.", "COERCE", ["Ukraine"], ["Russian fleet"]),
    ("Gaza's blockade by Israel continued.", "COERCE", ["Israel"], ["Gaza"]),
    ("The Kremlin's blockade continued.", "COERCE", ["Kremlin"], []),
])
def test_an_event_nouns_of_phrase_is_its_object_beside_a_doer(nlp, text, kind, actors, targets):
    """Issue 14 (direction21): an event noun's 'of' phrase, or its possessive beside a 'by' phrase,
    names what is done to when a possessive or a 'by' phrase names the doer, as NomBank reads a
    nominal of a transitive verb; main stored both as actors ('the invasion of Iraq by US forces':
    Iraq invading). A state's own coercion stays its own ('the Kremlin's blockade')."""
    event, names = one(nlp, text, kind)
    assert [names.get(a, a) for a in event.actors] == actors
    assert [names.get(a, a) for a in event.targets] == targets


@pytest.mark.parametrize("text, kind", [
    ("Ms Drake also attacked Labour's \"unfair\" and over complicated fees.", "ACCUSE"),
    ("Mr Reed said he would attack Ms Hale on that basis.", "ACCUSE"),
    ("The Greens will also attack the Tories for wanting to scrap the bus subsidy.", "ACCUSE"),
    ("Militants attacked the army base on Monday.", "ASSAULT"),
    ("Protesters attacked the police over the arrest of a cleric.", "ASSAULT"),
])
def test_an_attack_on_grounds_or_on_an_adjectives_noun_is_criticism(nlp, text, kind):
    """An attack over grounds a reason, a view or a record names ('on that basis'), or over an act
    charged in a gerund ('for wanting to scrap'), is criticism; so is one on a policy whose quoted
    adjective the parser took for the object ('"unfair" and over complicated charges'). A date or
    an act answered ('over the arrest of a cleric') leaves force as force (idioms22)."""
    events, _ = run(nlp, text)
    assert [e.type for e in events if e.type in ("ACCUSE", "ASSAULT")] == [kind]


@pytest.mark.parametrize("text, kind, kept", [
    ("Mr Pike says he rang Anna as soon as he got her email.", "ASSAULT", False),
    ("Troops ringed the city on Monday.", "MOBILIZE", True),
    ("The Court of Appeal later decided the rule almost certainly discriminated against Greenpeace.", "AGREE", False),
    ("Mr Lane lied when he took Britain to war.", "COERCE", False),
    ("Police took the two men into custody in Leeds.", "COERCE", True),
])
def test_a_call_a_finding_or_a_course_led_into_is_no_event(nlp, text, kind, kept):
    """'rang Anna' (a verb of force the CAMEO dictionary alone codes, first a verb of perception in
    WordNet, acting on no place) is a telephone call; 'decided the policy discriminated' (a choice
    over a clause of what is so) a finding; 'took Britain to war' (a goal first an act) leads a
    country, it seizes none. Troops ringing a city and a man taken into custody stay (idioms22)."""
    events, _ = run(nlp, text)
    assert any(e.type == kind for e in events) == kept


def test_a_passive_said_to_be_a_must_asks_no_party(nlp):
    """'told the rally the Tories must not be allowed to win': what must be done to the Tories by
    parties unnamed asks nothing of them; 'said Sudan must return the helicopter' asks Sudan."""
    events, _ = run(nlp, "Ann Cole told the party's rally the Tories must not be allowed to win.")
    assert [e.type for e in events if e.type == "REQUEST"] == []
    events, _ = run(nlp, "Russia said Sudan must return the helicopter.")
    assert [e.type for e in events if e.type == "REQUEST"] == ["REQUEST"]


@pytest.mark.parametrize("text, kind", [
    ("Mr Ross said those spreading such stories were damaging Labour's re election chances.", "ASSAULT"),
    ("In last year's budget we had the night of the long knives as the minister began the cuts.", "MOBILIZE"),
    ("The chancellor used his Budget to fire both barrels at some of the opposition's pet foxes.", "ASSAULT"),
])
def test_a_possessor_a_date_or_an_animal_aimed_at_is_no_party(nlp, text, kind):
    """A possessor the parser took for the object stands for what it owns ('damaging Labour's re
    election chances': chances are no party hurt); an object the tagger found to be a date ('the
    night of the long knives') readies no weapons; a shot aimed at animals ('at some of the
    opposition's pet foxes') hunts, it attacks no party (idioms22)."""
    events, _ = run(nlp, text)
    assert [e.type for e in events if e.type == kind] == []


@pytest.mark.parametrize("text, kept", [
    ("\"We are defending our national sovereignty over our oil fields,\" Mr Ruiz said.", False),
    ("Mr Smith praised the new stadium in Cardiff.", False),
    ("A Highland councillor has also defended Mr McConnell.", True),
])
def test_a_thing_defended_or_praised_is_a_view(nlp, text, kept):
    """Defending or praising a thing that is no party — a state, an object, a place by WordNet's
    first sense ('our national sovereignty', 'the new stadium') — says a view, which the statements
    room holds; defending a person named is PLOVER's SUPPORT (idioms22)."""
    events, _ = run(nlp, text)
    assert any(e.type == "SUPPORT" for e in events) == kept


@pytest.mark.parametrize("text, kind, actors, status", [
    ("Talks between Armenia and Azerbaijan will resume in Almaty next week.", "CONSULT", ["Armenia", "Azerbaijan"],
     "planned"),
    ("The negotiations between Serbia and Kosovo resumed in Brussels on Monday.", "CONSULT", ["Serbia", "Kosovo"],
     "occurred"),
    ("Palestinian riots are continuing in Gaza.", "PROTEST", ["Palestinian"], "occurred"),
    ("Kurdish protests continued in Diyarbakir on Sunday.", "PROTEST", ["Kurdish"], "occurred"),
])
def test_an_event_noun_that_goes_on_is_the_event_not_its_doer(nlp, text, kind, actors, status):
    """Issue 14 (genre22): an event noun as the subject of a light verb with no object ('the talks
    could resume', 'riots are continuing') is the event itself; its own phrases name its parties.
    Main judged the noun as the doer ('talks' can act in no event: no agent sense in WordNet) and
    dropped every such event, and CAMEO's 'resume' took the verb for itself."""
    event, names = one(nlp, text, kind)
    assert [names.get(a, a) for a in event.actors] == actors
    assert event.status == status


@pytest.mark.parametrize("text", [
    "Strong demand from China and high prices have fuelled production, said Cochilco vice president Patricio "
    "Cartagena.",
    "Talks with the Chinese firm have made good progress.",
])
def test_an_event_noun_before_a_verb_with_an_object_is_no_event_going_on(nlp, text):
    """A light verb with an object of its own ('have ... production', misparsed with 'have' as the
    main verb; 'made good progress') is no verb of the noun's going on: the noun is judged as a doer."""
    events, _ = run(nlp, text)
    assert events == []


def _named_parties(names: dict, ids: list[str]) -> list[str]:
    return [names.get(i, i).removesuffix("'s") for i in ids]


@pytest.mark.parametrize("text, kind, actors, targets", [
    # roles22: a place of a verb inside the object's phrase says where that act would be, no party
    ("German investment bank Deutsche Bank has challenged the right of Yukos to claim bankruptcy "
     "protection in the US.", "ACCUSE", ["Deutsche Bank"], ["Yukos"]),
    # the place an event noun is held at is no party to it
    ("The two day European Council summit in Brussels begins on 16 December.", "CONSULT", ["European Council"], []),
    ("The attack in Kabul by the Taliban killed five people.", "ASSAULT", ["Taliban"], None),
    # a person's possessive before a person's name says whose MP he is: Mr Godsiff acts, toward Mr Begg
    ("Moazzam Begg's Labour MP Roger Godsiff welcomed his release.", "SUPPORT", ["Roger Godsiff"], ["Moazzam Begg"]),
    # a party brought in as 'a US company' is the one the next sentence opens with by a new name
    ("A US company has pulled out of a major contract to rebuild Iraq's transport system. Contrack "
     "International, of Arlington, Virginia, heads a coalition of firms.", "SANCTION", ["Contrack International"], None),
    # a person reacts to another person's words or deeds ('his offer'), the one named before
    ("Gordon Brown set out his budget on Wednesday. Michael Howard rejected his offer.", "REJECT",
     ["Michael Howard"], ["Gordon Brown"]),
])
def test_the_parties_of_an_act_are_not_its_places_nor_anothers_owners(nlp, text, kind, actors, targets):
    """Issue 14 (roles22, the BBC development half a): main stored the US as a target of 'challenged
    the right of Yukos to claim bankruptcy protection in the US', Brussels as an actor of 'the
    summit in Brussels', 'GP' of 'every teacher, GP and nurse' as a target of 'accused', Moazzam
    Begg as an actor with his MP and no one as the target of 'welcomed his release', no target
    for 'rejected his offer' (the actor's own, it read)."""
    event, names = one(nlp, text, kind)
    assert _named_parties(names, event.actors) == actors
    if targets is not None:
        assert _named_parties(names, event.targets) == targets


def test_a_second_direct_object_past_a_comma_is_no_target(nlp):
    """Issue 14 (roles22): 'every teacher, GP and nurse', parsed with 'GP' as a second direct
    object of 'accused', is part of the deed charged; main stored 'GP' as a target."""
    text = ("To a packed audience in Gateshead, Mr Brown accused shadow chancellor Oliver Letwin of plotting cuts "
            "that were the equivalent of sacking every teacher, GP and nurse in the country.")
    event, names = one(nlp, text, "ACCUSE")
    assert "Oliver Letwin" in _named_parties(names, event.targets)
    assert "GP" not in _named_parties(names, event.targets)


def test_he_carries_on_the_subject_of_the_sentence_before(nlp):
    """Issue 14 (roles22, BBC half a politics 355): 'He urged the government' after 'the Lib Dem
    spokesman questioned' is the spokesman; main gave 'He' the speaker the statement layer found
    for the sentence (Gordon Brown, named two sentences back), the party urged."""
    text = ("Mr Brown earmarked £1bn to help keep down council tax rises. But Lib Dem spokesman Vince Cable "
            "questioned whether that money was being found from cuts. He urged Tony Blair to scrap the tax.")
    brown = next(e.id for e in entities_of(nlp(text)) if e.name == "Brown")
    start = text.index("He urged")
    said = Statement(content_spans=[(start, len(text) - 1)], kind="indirect", cue="urged", speaker=brown)
    event, names = one(nlp, text, "REQUEST", [said])
    assert _named_parties(names, event.actors) == ["Vince Cable"]


def test_a_speaker_brought_in_next_is_not_the_party_introduced(nlp):
    """'A US judge banned Gazprom ... "They screwed up the financing," said Ronald Smith, an
    analyst': the next sentence opens with a quote, so its subject is no party introduced
    (roles22's ``introduced_next`` in a first build took the analyst for the judge)."""
    text = ('A US judge banned Gazprom from taking part in the auction. "They screwed up the financing," said '
            'Ronald Smith, an analyst at Renaissance Capital in Moscow.')
    events, names = run(nlp, text)
    assert all("Ronald Smith" not in _named_parties(names, e.actors) for e in events)


def test_a_finite_clause_with_no_subject_takes_the_object_before_it(nlp):
    """Issue 14 (roles22, BBC half a business 273): 'warned Asian states could soon stop funding',
    parsed with 'Asian states' the object of 'warned' and 'could stop' a clause with no subject:
    the finite clause's subject is that object; main made Mr Greenspan the one funding. (Funding
    stopped is funding cut off, SANCTION since modal24.)"""
    event, names = one(nlp, "Mr Greenspan warned Asian states could soon stop funding the US deficit.", "SANCTION")
    assert "Greenspan" not in _named_parties(names, event.actors)
    assert _named_parties(names, event.actors) == ["Asian"]


@pytest.mark.parametrize("text, actor, coded", [
    ("The Red Cross delivered food to the refugees on Monday.", "Red Cross", True),
    ("The UN gave flood victims blankets and tents.", "UN", True),
    ("Oxfam provided clean water for thousands of displaced families.", "Oxfam", True),
    ("Tesco delivered groceries to customers across London.", "Tesco", False),
], ids=["to-refugees", "dative-victims", "for-families", "customers-are-business"])
def test_aid_to_people_a_common_noun_names_is_an_event(text, actor, coded):
    """PLOVER's AID goes to another actor, and people named by a common noun are one (as the
    victims of an attack are); a firm's customers are the public it serves, no recipient of aid."""
    assert any(t == "AID" and a == [actor] for t, a, _ in _analysed(text)) == coded

@pytest.mark.parametrize("text, kind, status", [
    ("Home Secretary Charles Clarke said: \"I will be asking Parliament to renew this legislation in the New Year. "
     "In the meantime, we will be studying the judgement to see whether it is possible to modify our legislation.\"",
     "REQUEST", "planned"),
    ("Trade minister Kamal Nath said: \"We may meet the Chinese delegation next month. We met the Japanese "
     "delegation in Tokyo on Monday.\"", "CONSULT", "speculated"),
])
def test_an_act_in_a_quotation_takes_its_own_sentences_mood(nlp, text, kind, status):
    """Issue 14, status: a quotation over several sentences is speculated if one of them hedges
    ('whether it is possible'); an act in another sentence of it ('I will be asking Parliament')
    keeps its own sentence's mood, a plan. The hedged sentence's own act stays speculated."""
    from newsledger.extract.statements.find import find_statements
    doc = nlp(text)
    statements = find_statements(doc, find_timexes(text, ANCHOR))
    events, _ = run(nlp, text, statements)
    found = [e for e in events if e.type == kind]
    assert found and found[0].status == status, [(e.type, e.trigger, e.status) for e in events]


@pytest.mark.parametrize("text, kind, status", [
    ("Myron Ebell, an adviser to President Bush, has said there would be no change in the US stance and "
     "rejected the threat of climate change.", "REJECT", "occurred"),
    ("Mr Mukerjee said: \"We are keen to welcome international collaborations with India.\"", "SUPPORT", "planned"),
    ("Mr Blair will be leading the campaign from the front, listening to voters and attacking the "
     "Conservatives.", "ASSAULT", "planned"),
    ("Mr Kennedy attacked the Conservatives on Monday, listening to voters in Cardiff.", "ASSAULT", "occurred"),
])
def test_the_mood_of_a_conjunct_a_disposition_or_a_participle(nlp, text, kind, status):
    """Issue 14, 'acts only possible': a conjunct in a finite tense cannot share a first conjunct's
    'would' ('would be no change ... and rejected the threat': the rejection was made); an act an
    adjective of readiness governs ('are keen to welcome') is not stated done, planned; a participle
    adjunct with no subject takes the mood of the clause it hangs from ('will be leading ...,
    attacking the Conservatives'), and a past clause's adjunct stays occurred."""
    ev, _ = one(nlp, text, kind)
    assert ev.status == status


@pytest.mark.parametrize("text, kind, kept", [
    ("Lord Smith praised his minister for an excellent job.", "SUPPORT", False),
    ("BP praised its chief executive for the results.", "SUPPORT", False),
    ("Sir Terry Leahy praised his staff for a record Christmas.", "SUPPORT", False),
    ("Mr Putin praised his Belarusian counterpart, Alexander Lukashenko, for the deal.", "SUPPORT", True),
    ("Mr Blair praised the minister of Ghana for the deal.", "SUPPORT", True),
    ("Mr Kennedy toured marginal seats in the north of England.", "CONSULT", False),
    ("Mr Straw toured Darfur last week.", "CONSULT", True),
])
def test_a_bodys_own_staff_rewarded_or_its_seats_toured_is_its_own_business(nlp, text, kind, kept):
    """Praise or thanks to the actor's own officers or staff ('his minister', 'its chief executive',
    'its staff') and a tour of places nothing names ('toured marginal seats', whatever the mode of
    the visit) are a body's own business or campaigning (ownbiz23); a peer ('his French
    counterpart'), another state's minister and a place named stay events."""
    events, _ = run(nlp, text)
    assert any(e.type == kind for e in events) == kept


@pytest.mark.parametrize("text, kind, kept", [
    ("The sale has destroyed Globex, its founder said.", "ASSAULT", False),
    ("The merger has destroyed Globex, once the owner of Initech, its founder said.", "ASSAULT", False),
    ("Military spending is set to rise by 3% this year, to reach $500bn.", "MOBILIZE", False),
    ("The bombing destroyed the embassy in Kabul.", "ASSAULT", True),
    ("Police beat the protesters with batons.", "ASSAULT", True),
])
def test_an_act_that_uses_no_force_is_no_instrument_of_force(nlp, text, kind, kept):
    """A subject first an act by WordNet that the lexicons know as none of force ('the sale', 'the
    merger': a verb of trade, or a thing held or said) does nothing by force, and an act is no force
    readied whatever force word names its kind ('military spending'); a bombing destroys and police
    beat people (types23)."""
    events, _ = run(nlp, text)
    assert any(e.type == kind for e in events) == kept


@pytest.mark.parametrize("text, kind, kept", [
    ("It is important for Britain to sign the treaty with France.", "SUPPORT", False),
    ("It would be wrong for Germany to negotiate with the rebels.", "CONSULT", False),
    ("Evidence is needed for Scotland Yard to start an investigation into the party.", "ACCUSE", False),
    ("The Liberal Democrats called for Commons leader Peter Hain to make a statement.", "REQUEST", True),
    ("Britain signed the treaty with France on Monday.", "SUPPORT", True),
])
def test_an_act_only_judged_or_needed_is_no_event(nlp, text, kind, kept):
    """A clause 'for X to do' under an adjective after a copula, a noun or a passive participle
    names an act judged, needed or timely, not one done or planned (ownbiz23); a verb of demand
    that takes the clause ('called for Hain to make a statement') still asks for it."""
    events, _ = run(nlp, text)
    assert any(e.type == kind for e in events) == kept


@pytest.mark.parametrize("text, kind, kept", [
    ("Wal-Mart will resume gun sales at 1,000 stores next month.", "MOBILIZE", False),
    ("Military spending is also set to rise by 4.8%.", "MOBILIZE", False),
    ("The army deployed 3,000 troops to the border.", "MOBILIZE", True),
    ("Wal-Mart suspended gun sales in California after an audit.", "SANCTION", False),
    ("Wal-Mart halted sales of rifles in Vermont.", "SANCTION", False),
    ("Argentina will suspend gas exports to Chile.", "SANCTION", True),
    ("Aeroflot suspended flights to Georgia.", "SANCTION", True),
])
def test_a_dealing_in_weapons_or_a_halt_of_a_firms_sales_is_its_own_business(nlp, text, kind, kept):
    """Weapons named only as the goods of a dealing ('gun sales', 'military spending': a noun first
    an act or a holding) are no forces readied, and a halt of a dealing whose only party named is
    its market ('in California') is a firm's own business (ownbiz23); troops deployed and exports or
    flights halted to a party stay events."""
    events, _ = run(nlp, text)
    assert any(e.type == kind for e in events) == kept


@pytest.mark.parametrize("text", [
    "Ms Hale is determined to take on and beat the emerging economies of Asia.",
    "Ms Hale is determined to take on and beat the Asian tiger economies which dominate trade.",
])
def test_a_system_beaten_in_a_contest_is_no_attack(nlp, text):
    """'beat' (first winning a contest in WordNet) over a system (an economy: first a group, mostly
    an act, a thought or a quality) outdoes rivals, no force (types23)."""
    events, _ = run(nlp, text)
    assert [e.type for e in events if e.type == "ASSAULT"] == []


@pytest.mark.parametrize("text, kind, cameo", [
    ("Qantas has ordered 20 Boeing 787 planes.", "COOPERATE", "061"),
    ("Prosecutors say Mr Kay directed Mr Lee to shred the documents.", "REQUEST", "100"),
])
def test_a_verb_of_directing_is_typed_by_its_arguments(nlp, text, kind, cameo):
    """CAMEO's block of directing: goods ordered with no clause are bought (the 'purchase' block's
    061), not a request; a person directed to act is told to (as 'order' is, 100), not cooperation
    (types23)."""
    event, _ = one(nlp, text, kind)
    assert event.cameo == cameo


@pytest.mark.parametrize("text, kept", [
    ("Labour says it avoids those on the lists when making \"voter identification\" calls.", False),
    ("Mr Kennedy made calls for a balanced approach.", True),
])
def test_calls_made_in_general_ask_nothing(nlp, text, kept):
    """A bare plural request noun with nothing asked and no one asked ('making "voter
    identification" calls') places telephone calls; 'made calls for a balanced approach' asks
    (types23)."""
    events, _ = run(nlp, text)
    assert any(e.type == "REQUEST" for e in events) == kept


@pytest.mark.parametrize("text", [
    "She said Spain was trying to ensure future EU budgets were limited to 1% of output.",
    "Mr Hain promised to continue to ensure Britain's farm subsidy, won in 1986 by Neil Kinnock, was fully justified.",
])
def test_a_state_of_affairs_assured_is_no_agreement(nlp, text):
    """'ensure' (CAMEO's promise block) over a clause whose subject is a thing ('future EU budgets',
    'Britain's farm subsidy'), directly or down a chain of 'to'-clauses ('promised to continue to
    ensure'), aims at a state of affairs: a claim, no commitment to a party (types23)."""
    events, _ = run(nlp, text)
    assert [e.type for e in events if e.type == "AGREE"] == []


def test_a_promise_of_an_act_stays_an_agreement(nlp):
    """A promise of an act toward a party is PLOVER's AGREE (types23's assurance rule leaves it)."""
    event, _ = one(nlp, "Mr Straw promised Iraq to train its police.", "AGREE")
    assert event.type == "AGREE"


@pytest.mark.parametrize("text, kind, kept", [
    ("Vodafone is battling Orange for control of the market.", "ASSAULT", False),
    ("Tesco has captured a third of the grocery market.", "ASSAULT", False),
    ("The Lib Dems have seized on the figures.", "COERCE", False),
    ("Troops battled rebels for control of the town.", "ASSAULT", True),
    ("Police seized the drugs on the border.", "COERCE", True),
])
def test_force_for_a_market_or_seized_on_is_no_event(nlp, text, kind, kept):
    """A verb of force done for a contest or a market ('for control of the market') or over a share
    of one ('a third of the grocery market') is a competition; 'seize on' (a verb of its own in
    WordNet, first a thought) takes up the figures. A town fought for and drugs seized stay (types23)."""
    events, _ = run(nlp, text)
    assert any(e.type == kind for e in events) == kept


@pytest.mark.parametrize("text, kind, actors, targets", [
    # roles23: 'he' stands for a person, never the party whose spokesman quotes him
    ('A prospective candidate for the UK Independence Party has resigned. Nicholas Betts Green quit after reports '
     'that he attended a BNP meeting. A UKIP spokesman said: "He did once attend a BNP meeting."',
     "CONSULT", ["Nicholas Betts Green"], None),
    # 'it' stands for no person: not the firm's spokesman reporting it
    ("Merck voluntarily stopped sales of Vioxx on 30 September. Merck's head of research Peter Kim said that "
     "it withdrew Vioxx \"based on the information that was available to us at the time\".", "RETREAT", ["Merck"], None),
    # a person brought in by a body's office ('a Labour chancellor') is the one the next sentence names
    ('A previous Labour chancellor resigned after he leaked the Budget. Hugh Dalton resigned after leaking '
     'details of his 1947 budget to a journalist.', "RETREAT", ["Hugh Dalton"], []),
    # a 'for' phrase set off by commas says whose side the person speaks for: no actor, no target
    ("Vincent Cable, for the Liberal Democrats, accused Mr Brown of ducking tough choices.", "ACCUSE",
     ["Vincent Cable"], ["Brown"]),
    ("But Oliver Letwin, for the Tories, accused Mr Brown of waste.", "ACCUSE", ["Oliver Letwin"], ["Brown"]),
    # a passive's 'by' phrase is read as a subject: the name set beside a description acts
    ("Insurance broker Marsh & McLennan is also still being examined by US stock market regulator the "
     "Securities and Exchange Commission (SEC).", "ACCUSE", ["Securities and Exchange Commission"], None),
    # a tensed auxiliary makes a clause finite: its subject is the object the parse gave the verb before
    ("Mr Spitzer's office added Mr Stearns had also agreed to testify in future cases.", "AGREE",
     ["Mr Stearns"], None),
], ids=["he-no-body", "it-no-person", "office-named-next", "for-side-actor", "for-side-target",
        "agent-apposition", "tensed-auxiliary"])
def test_the_party_a_pronoun_description_or_phrase_stands_for(text, kind, actors, targets):
    """Issue 14 (roles23, BBC half a): a pronoun agrees with whom it stands for, a description
    brought in first is named next, a side spoken for is no party, a passive's doer and a clause's
    subject are read as an active subject is."""
    got_actors, got_targets = _first_parties(text, kind)
    assert [a.removesuffix("'s") for a in got_actors] == actors
    if targets is not None:
        assert [t.removesuffix("'s") for t in got_targets] == targets


@pytest.mark.parametrize("text, kind, absent", [
    # the owner of a noun a 'to'-clause completes is that clause's doer, not the welcomer
    ("US tobacco companies have welcomed an appeal court's decision to reject the government's $280bn (£155bn) "
     "claim for alleged deceit about smoking dangers. Tobacco stocks rose sharply on Wall Street after the 2-1 "
     "decision.", "REJECT", "US tobacco companies"),
    # in a speaker's own quoted words 'he' is someone else
    ('Home Secretary Charles Clarke said: "He has apologised and I think we should leave the matter there."',
     "CONCEDE", "Charles Clarke"),
], ids=["owner-controls", "he-in-own-quote"])
def test_a_party_that_did_not_do_the_act_is_no_actor(text, kind, absent):
    """Issue 14 (roles23, BBC half a business 291, politics 120): main stored the welcomer as the one
    rejecting, and the quoted speaker as the one who apologised."""
    assert all(absent not in a for k, a, _ in _analysed(text) if k == kind)


def _types_and_status(text: str) -> list[tuple[str, str, str]]:
    """TEXT's events through the whole pipeline: (type, trigger, status)."""
    from newsledger.extract.pipeline import analyze
    from newsledger.model import Article
    return [(e.type, e.trigger, e.status) for e in next(analyze([Article(id="t", text=text)])).events]


@pytest.mark.parametrize("text, kind, kept", [
    # a doer not yet in being, under the conditional: an act only possible
    ("Mr Smith said he believed a Labour government would hold talks with Sinn Fein.", "CONSULT", False),
    ("Mr Smith said he believed Labour would hold talks with Sinn Fein.", "CONSULT", True),
    # an act its doer keeps from, or is unwilling to do
    ("The commissioner said the EU and US hoped to avoid having to resolve the row with China at the WTO.",
     "SUPPORT", False),
    ("The rebels avoided attacking the army.", "ASSAULT", False),
    ("Germany is reluctant to send troops to Sudan.", "MOBILIZE", False),
    ("Germany said it was sending troops to Sudan.", "MOBILIZE", True),
    # a disaster's toll: no party acted
    ("At least 2,000 people are thought to have been killed in Haiti, after the hurricane flattened the coast.",
     "ASSAULT", False),
    ("Police were attacked in Kashmir during the floods.", "ASSAULT", True),
    # a thing made known is a statement
    ("Mr Brown claimed Mr Smith had exposed the Tory agenda for cuts.", "SUPPORT", False),
], ids=["a-government-would", "labour-would", "hoped-to-avoid", "avoided", "reluctant-to", "sending",
        "disaster-toll", "attacked-in-floods", "exposed-agenda"])
def test_an_act_only_possible_or_a_thing_made_known_is_no_event(text, kind, kept):
    """Issue 14 (modal24, the eleventh set's classes "no event: other, acts only possible" and "a
    statement coded as event"): a hypothetical doer's act, an act avoided or unwanted, a disaster's
    toll and a thing made known are no events; a named party's conditional act, an act done, an
    attack on a party in a storm stay."""
    assert any(k == kind for k, _, _ in _types_and_status(text)) == kept


@pytest.mark.parametrize("text, kind, status", [
    # a plan denied is no refusal of the act: the meeting is denied
    ("Mr Jones, who last year denied he planned to meet Gerry Adams in Belfast, said the talks would go on.",
     "REJECT", None),
    ("Mr Jones, who last year denied he planned to meet Gerry Adams in Belfast, said the talks would go on.",
     "CONSULT", "denied"),
    # a speaker's 'he' is not the doer of a clause whose subject the parse lost
    ("Mr Balls said he was confident. He also stressed rise in interest rates ahead of the election would not "
     "affect Labour's chances of winning.", "REJECT", None),
    # 'hoped' lemmatised 'hop': the act hoped for is planned, not done
    ("Mr Mandelson said the EU and US hoped to resolve the dispute at the WTO.", "AGREE", "planned"),
], ids=["denied-a-plan-no-refusal", "denied-a-plan-denied", "lost-subject", "hoped"])
def test_a_denied_plan_a_speakers_remark_or_a_hope_takes_its_mood(text, kind, status):
    """Issue 14 (modal24): 'denied he planned to meet' denies a claim about a plan (the meeting is
    denied, no refusal), 'he stressed rise in rates would not affect ...' says what the rise would
    do (no refusal of the speaker's), and an act hoped for is planned, whatever the lemmatizer made
    of 'hoped'."""
    found = [s for k, _, s in _types_and_status(text) if k == kind]
    assert (found[:1] == [status]) if status else not found


@pytest.mark.parametrize("text, kind, kept", [
    ("Union leader John Smith blamed the closures on quotas set by the Commission.", "ACCUSE", False),
    ("Union leader John Smith blamed the closures on Tesco.", "ACCUSE", True),
    ("Union leader John Smith blamed the closures on the Labour government.", "ACCUSE", True),
], ids=["on-quotas", "on-a-firm", "on-a-government"])
def test_an_outcome_blamed_on_a_cause_accuses_no_party(text, kind, kept):
    """Issue 14 (modal24, "a statement coded as event": a union leader blaming closures on quotas):
    'blamed X on Y' accuses Y; a cause that is no party makes the remark a statement."""
    assert any(k == kind for k, _, _ in _types_and_status(text)) == kept


@pytest.mark.parametrize("text, kind, status", [
    ("The French ambassador, who has often clashed with ministers, steps down on 16 January.", "RETREAT",
     "planned"),
    ("Mr Seifert is meeting Ms Furse on Thursday to discuss the bid.", "CONSULT", "planned"),
    ("Mr Seifert met Ms Furse on Thursday to discuss the bid.", "CONSULT", "occurred"),
    ("Russia stopped supplying gas to Ukraine on Monday.", "SANCTION", "occurred"),
    ("Russia supplied gas to Ukraine on Monday.", "AID", "occurred"),
], ids=["steps-down-on", "is-meeting-on", "met-on", "stopped-supplying", "supplied"])
def test_a_dated_present_is_scheduled_and_an_act_stopped_is_cut_off(text, kind, status):
    """Issue 14 (modal24, status): a simple present or a present progressive with a date of its own
    is English's futurate, an act scheduled (planned; the eleventh set's P 'steps down on 16
    January' stored occurred); an act of aid under 'stop' is aid cut off, CAMEO's 162 (SANCTION),
    not aid given."""
    found = [s for k, _, s in _types_and_status(text) if k == kind]
    assert found[:1] == [status]


@pytest.mark.parametrize("text, kind, kept", [
    ("Globex's chairman Tom Hart and two other directors were fired in March after the company disclosed the losses.",
     "ASSAULT", False),
    ("Two soldiers were fired on near the border.", "ASSAULT", True),
    ("The gunmen fired at the convoy near Kabul.", "ASSAULT", True),
])
def test_a_person_fired_is_dismissed_by_a_body_as_its_own_business(nlp, text, kind, kept):
    """'fire' over a person with no phrase of aim ('were fired on') dismisses from a post: a body's
    own personnel business, no attack (ownbiz24's cases, now read by idioms24's WordNet frames,
    ``person_objects``); shots fired on soldiers or at a convoy stay attacks."""
    events, _ = run(nlp, text)
    assert any(e.type == kind for e in events) == kept


@pytest.mark.parametrize("text, kind, kept", [
    ("Mr Carter, who last year denied he planned to join his wife and four children in the Catholic faith, "
     "attended Mass on Sunday.", "REJECT", False),
    ("Mr Blair was joined on stage by his wife Cherie and his son Euan.", "CONSULT", False),
    ("Mr Blair thanked his wife Cherie for her support.", "SUPPORT", False),
    ("Mr Carter met Mr Putin and his wife in Moscow on Friday.", "CONSULT", True),
    ("Mr Blair thanked President Chirac for his support.", "SUPPORT", True),
])
def test_an_act_among_the_actors_own_family_is_no_event(nlp, text, kind, kept):
    """A meeting, thanks or a refusal whose every object is the actor's own relative ('his wife
    Cherie', 'his wife and four children'; in the passive, the doer owned by the subject) is done
    among his family, no act between parties (ownbiz24); another person met or thanked stays."""
    events, _ = run(nlp, text)
    assert any(e.type == kind for e in events) == kept


@pytest.mark.parametrize("text, kind, actors, targets", [
    # people a past mark says no longer hold their post act for themselves, not the body they served
    ("Eighteen former Enron directors have agreed a $168m (£89m) settlement deal in a shareholder lawsuit over "
     "the collapse of the energy firm.", "AGREE", ["former Enron directors"], None),
    ("Ten former directors at WorldCom have agreed to pay $54m (£28.85m), including $18m from their own pockets, "
     "to settle a class action lawsuit.", "AGREE", ["former directors at WorldCom"], None),
    ("Israel has asked a US banker and former International Monetary Fund director to run its central bank.",
     "REQUEST", ["Israel"], ["US banker"]),
    # a capitalised title is an office all the same: its holder is the target, not the party it is of
    ("Michael Howard has said a claim by Peter Hain that the Tory leader is acting like an \"attack mongrel\" "
     "shows Labour is \"rattled\". Mr Hain, Leader of the Commons, told BBC Radio Four's Today programme that "
     "Mr Howard's stance on the government's anti terrorism legislation was putting the country at risk. He then "
     "accused the Tory Leader of behaving like an \"attack mongrel\".",
     "ACCUSE", ["Peter Hain"], ["Michael Howard"]),
    # one person described by a state's name is that person, not the state
    ("A US judge banned Gazprom from taking part in the auction.", "COERCE", ["US judge"], None),
    # a state's name inside a hyphenated modifier says where the firm is from (business 431's sentence with
    # another verb: its own 'decided to stop providing financial backing' is aid cut off, no event, since modal24)
    ("Mitsubishi has been hit by the withdrawal of support from shareholder DaimlerChrysler. The US-German firm, "
     "once a majority shareholder, sued Mitsubishi last April.", "ACCUSE", ["US-German firm"], ["Mitsubishi"]),
    # a complaint lodged 'with' a body, beside the 'against' phrase that names whom it is against
    ("The US filed a complaint against Brussels with the WTO over state aid to Airbus, prompting a retaliatory EU "
     "complaint over US support for Boeing.", "ACCUSE", ["United States"], ["Brussels"]),
    # a phrase put before the subject and closed by a comma sets the scene: the venue is no target
    ("To a packed audience at Gateshead's Sage Centre, Mr Brown accused shadow chancellor Oliver Letwin of plotting "
     "cuts that were the equivalent of sacking every teacher, GP and nurse in the country.", "ACCUSE", ["Brown"],
     ["Oliver Letwin"]),
], ids=["former-compound", "former-at", "former-target", "capital-title", "one-from-state", "hyphen-origin",
        "lodged-with", "fronted-setting"])
def test_a_party_described_by_whom_it_served_or_where_it_is_from(text, kind, actors, targets):
    """Issue 14 (roles24, BBC half a business 403, 414, 423, 318, 431, politics 408): a body a
    person formerly served, a state a person or firm is from and the party an office is of are not
    the party; main stored WorldCom, Enron, the IMF, the United States and the Conservative Party."""
    got_actors, got_targets = _first_parties(text, kind)
    assert got_actors == actors
    if targets is not None:
        assert got_targets == targets


@pytest.mark.parametrize("text, kind, kept", [
    # a person fired is dismissed: 'fire' is first to shoot, and its senses that take a person are others
    ("Shell's chairman Sir Philip Watts and two other directors were fired in March after the reserves scandal.",
     "ASSAULT", False),
    ("The bank fired its chief executive, John Smith, on Tuesday.", "ASSAULT", False),
    ("Troops fired on protesters in Yangon.", "ASSAULT", True),
    # a person overtaken by a verb only the CAMEO dictionary codes, with its block's own code: a rival outdone
    ("She overtook Margaret Thatcher as the longest-serving leader last year.", "ASSAULT", False),
    ("Mr Blair overtook Harold Wilson in 2005.", "ASSAULT", False),
    # an election, a vote or a market does no act
    ("Elections in March ousted many of Hamid Karzai's supporters in parliament in favour of conservatives.",
     "COERCE", False),
    ("The army ousted President Mohamed Morsi in July.", "COERCE", True),
    # a noun with a sense of an act and the act's complement names the act, none of force
    ("A switch to cheaper models hit carmaker Fiat, with sales down 4%.", "ASSAULT", False),
    ("A rise in interest rates hit Woolworths last year.", "ASSAULT", False),
    ("Israeli missiles hit Hamas positions in Gaza.", "ASSAULT", True),
    # a pattern's noun is matched by a noun, not by a participle that modifies one ('controlling')
    ("Mikhail Fridman has transferred his controlling stake in Alfa Bank to a business partner.", "CONCEDE", False),
    ("Israel transferred control of Jericho to the Palestinian Authority.", "CONCEDE", True),
], ids=["fired-directors", "fired-executive", "fired-on", "overtook-record", "overtook-named", "elections-ousted",
        "army-ousted", "switch-hit", "rise-hit", "missiles-hit", "stake-transferred", "control-transferred"])
def test_force_on_a_rival_a_person_fired_or_by_a_contest_or_a_change_is_no_event(nlp, text, kind, kept):
    """Issue 14 (idioms24, the judged sets' 'no event: idiom' and 'wrong type'): a person fired is
    dismissed, a rival overtaken is outdone, an election does no act, a switch or a rise uses no
    force, and a 'controlling stake' transferred is no control yielded; troops firing on protesters,
    an army ousting a president, missiles hitting positions and control handed over stay."""
    events, _ = run(nlp, text)
    assert any(e.type == kind for e in events) == kept


@pytest.mark.parametrize("text, kind, kept", [
    ("Redmond created Grange Hill, the school-based drama serial.", "MOBILIZE", False),
    ("Mercurio created Bodies, the hospital-based drama that ran for two series.", "MOBILIZE", False),
    ("The army built a new base near the border.", "MOBILIZE", True),
    ("Police arrested three men at a Leeds-based firm.", "COERCE", True),
], ids=["school-based-serial", "hospital-based-drama", "base-built", "arrested-at-firm"])
def test_a_participle_with_its_own_noun_names_no_thing_a_pattern_lists(nlp, text, kind, kept):
    """Issue 14 (objects33, "Word sense and arguments": a work created is no show of force): in
    'the school-based drama serial' the participle places the serial, it names no base, so CAMEO's
    'create' + 'base' (150, a show of military power) does not match; a base built stays, and an
    arrest at a firm so described stays."""
    events, _ = run(nlp, text)
    assert any(e.type == kind for e in events) == kept


@pytest.mark.parametrize("text, kept", [
    ("Tony Garnett created a drama about a military family.", False),
    ("The rebels created a paramilitary force in the north.", True),
    ("The army built a new base near the border.", True),
], ids=["drama-created", "force-created", "base-built"])
def test_a_show_of_force_readies_forces(nlp, text, kept):
    """Issue 14 (objects33, "Word sense and arguments": a work created is no mobilisation): CAMEO's
    150, a show of military or police power, is coded for 'create' by a force word anywhere in the
    object phrase; PLOVER's MOBILIZE readies forces or weapons, so its object must name them, as for
    the modes troops and weapons. A drama about the military readies none; a force or a base stays."""
    events, _ = run(nlp, text)
    assert any(e.type == "MOBILIZE" for e in events) == kept


@pytest.mark.parametrize("text, kind, status", [
    ('"China won\'t allow any new tobacco factories to be built, including joint ventures", said a spokesman.',
     "COERCE", "planned"),
    ("Israel did not allow journalists to enter Gaza.", "COERCE", "occurred"),
    ("Israel allowed journalists to enter Gaza.", "CONCEDE", "occurred"),
])
def test_an_allowance_denied_over_another_partys_act_is_a_restriction(nlp, text, kind, status):
    """Issue 14 (idioms24, the eleventh set's 'wrong type': a ban stored as a denied concession):
    not letting others act restricts them, COERCE, done or planned; an allowance given stays a
    concession."""
    event, _ = one(nlp, text, kind)
    assert event.status == status


@pytest.mark.parametrize("text, kind", [
    ("Mr Khatami has already been blocked by parliament from reducing the subsidies on bread and petrol.", "COERCE"),
])
def test_a_coercion_of_a_person_or_by_a_body_named_like_a_game_stays(nlp, text, kind):
    """A coercion done to a person keeps its sense (only force is read by the senses WordNet gives
    with a person as object), and 'parliament', also a card game in WordNet, is first a group that
    acts (idioms24)."""
    one(nlp, text, kind)


@pytest.mark.parametrize("text, kind, kept", [
    ("The release of Asif Zardari has eased political tensions between the military-backed government and the "
     "opposition Pakistan People's Party.", "COOPERATE", False),
    ("Venezuela's president, Hugo Chavez, has unveiled a budget designed to expand public spending by 20% but "
     "loosen Venezuela's dependence on oil.", "CONCEDE", False),
    ("Israel eased restrictions on Palestinian workers.", "CONCEDE", True),
])
def test_a_state_eased_is_no_concession(nlp, text, kind, kept):
    """Issue 14 (idioms24, the eleventh set's 'no event: idiom'): a verb of easing with no pattern of
    its CAMEO block over a state or a feeling (tensions, a dependence) changes a state of affairs;
    restrictions eased (the block's pattern) stay a concession."""
    events, _ = run(nlp, text)
    assert any(e.type == kind for e in events) == kept


@pytest.mark.parametrize("text, kept", [
    ("Lloyds beat Santander to a deal for Abbey.", False),
    ("Exports to China shot up by 20% last year.", False),
    ("Police beat the protester to death.", True),
    ("Rebels shot dead two soldiers.", True),
])
def test_a_rival_beaten_to_a_deal_or_a_figure_shooting_up_is_no_attack(nlp, text, kept):
    """Issue 14 (idioms24, the eleventh set's idioms 'beat' and 'shot up'): a verb first of winning
    with a 'to' phrase of an act ('to a deal') wins a race; 'shoot up' (first a change in WordNet)
    said of exports names a rise; 'beat the protester to death' (an event) and 'shot dead two
    soldiers' keep the force."""
    events, _ = run(nlp, text)
    assert any(e.type == "ASSAULT" for e in events) == kept


@pytest.mark.parametrize("text, kept", [
    ("Scottish singer Amy Macdonald, who shot to fame in 2007, played in Glasgow on Friday.", False),
    ("The band Keane shot to prominence after their debut album in 2004.", False),
    ("The man was shot to death by gunmen in Karachi.", True),
    ("Gunmen shot him to death outside his home in Karachi.", True),
    ("Rebels launched an air attack on the town of Goma.", True),
    ("Insurgents attacked a police station in Mosul, killing five officers.", True),
])
def test_a_party_shooting_to_a_state_is_no_attack(text, kept):
    """Issue 14 (actsense36, "Word sense and arguments"): a verb of force in the active with no
    object whose 'to' goal is first a state by WordNet ('shot to fame') moves, no one is shot (the
    first two fail on main: ASSAULT). A passive or an object shot 'to death' ('death' is first an
    event) and an 'air attack' (an act) keep the force."""
    assert any(k == "ASSAULT" for k, _, _ in _analysed(text)) == kept


@pytest.mark.parametrize("text, partner", [
    ("Ford has agreed a final settlement with 57 contractors.", "57 contractors"),
    ("Ford has agreed a final settlement with Volvo.", "Volvo"),
])
def test_the_partner_on_the_acts_object_is_the_target(nlp, text, partner):
    """'agreed a final settlement with 57 contractors': the settlement is the act, so the party its
    'with' phrase names is the other side of the agreement (``object_partner_preps``), as 'held
    talks with' reads through the trigger's noun; 'settlement' is a deed only in a later WordNet sense."""
    events, names = run(nlp, text)
    agreed = [e for e in events if e.type == "AGREE"]
    assert agreed and partner in [names.get(i, i.removeprefix("party:")) for i in agreed[0].targets]


@pytest.mark.parametrize("text, kind, kept", [
    ("Real-time event and risk detection solutions provider Dataminr is acquiring threat intelligence firm "
     "ThreatConnect for $290 million in cash and equity.", "THREATEN", False),
    ("Identity, access and device management company JumpCloud has acquired Breez, an identity threat "
     "detection, investigation, and response (ITDR) platform.", "THREATEN", False),
    ("Iran acquired fighter jets from Russia.", "AID", True),
])
def test_a_noun_that_only_modifies_another_matches_no_cameo_pattern(nlp, text, kind, kept):
    """Issue 14 (noevent25, the pages' half a): a CAMEO pattern's noun ('receive threats', 130) is
    matched by its last word on a head of the phrase, never by a noun that only modifies another
    ('threat intelligence firm', 'identity threat detection platform': a firm is acquired); 'fighter
    jets' is a run that ends on its head and keeps the block's weapons pattern."""
    events, _ = run(nlp, text)
    assert any(e.type == kind for e in events) == kept


@pytest.mark.parametrize("text, kind, kept", [
    ("It could take several months for the WTO's dispute settlement panel to report its findings.", "COERCE", False),
    ("In California, the company is fighting opposition to new stores amid allegations it forces local "
     "competitors out of business.", "ASSAULT", False),
    ("China overtook the US to become Japan's biggest trading partner in 2004.", "ASSAULT", False),
    ("Rebels fought government troops near the border on Monday.", "ASSAULT", True),
    ("The army attacked the convoy of the rebels.", "ASSAULT", True),
    ("Police took the suspect to a station in March.", "COERCE", True),
])
def test_a_span_of_time_a_course_opposed_or_a_rank_reached_is_no_force(nlp, text, kind, kept):
    """Issue 14 (noevent25, the twelfth set's 'no event: idiom' on half a): a span of time is no party
    taken ('take several months'); an act that uses no force, first an act by WordNet, is a course
    fought, not a party ('fighting opposition to new stores'); a rival overtaken to become a rank
    ('to become Japan's biggest trading partner') wins a place in a table. Troops fought, a convoy
    attacked (first a group of vehicles) and a suspect taken in March keep their events."""
    events, _ = run(nlp, text)
    assert any(e.type == kind for e in events) == kept


@pytest.mark.parametrize("text, kind, kept", [
    ("But Ford declined to provide guidance for first quarter 2005.", "REJECT", False),
    ("Iran refused to give information to the inspectors.", "REJECT", True),
    ("As part of the deal, Netography Fusion will join the Vectra AI portfolio as Vectra Fusion.", "CONSULT", False),
    ("Tony Blair is to join Home Secretary David Blunkett in a visit to Sheffield on Thursday.", "CONSULT", True),
    ("The deal with Aggregates will give Holcim, the world's second-biggest cement maker, an entry into the UK "
     "market and boost its presence in the US.", "AGREE", False),
    ("Holcim agreed a deal with Aggregates.", "AGREE", True),
])
def test_words_withheld_a_thing_joined_or_a_deal_as_doer_is_no_event(nlp, text, kind, kept):
    """Issue 14 (noevent25, 'own business' and 'idiom' on half a and the pages): declining to give a
    thing said to no one named declines to comment; joining a thing made (a portfolio) meets no
    party; a deal named with its partner as the subject of a future gift forecasts the deal's
    effect. Information refused to inspectors, joining a person on a visit and the deal agreed stay."""
    events, _ = run(nlp, text)
    assert any(e.type == kind for e in events) == kept


@pytest.mark.parametrize("text, kind, kept", [
    ("That accomplishment inspired Levin's lab to use microsurgery to remove live skin stem cells from an "
     "African clawed frog.", "COERCE", False),
    ("So, Kaldi took some of these berries to a local Islamic monastery to examine his findings.", "COERCE", False),
    ("Originally, coffee beans were taken as a food and not as a beverage.", "COERCE", False),
    ("Israel removed the settlers from Gaza.", "COERCE", True),
    ("Three aid workers were taken as hostages in Iraq.", "COERCE", True),
    ("Rebels took the town of Goma on Sunday.", "COERCE", True),
])
def test_things_removed_carried_or_consumed_are_not_seized(nlp, text, kind, kept):
    """Issue 14 (noevent25, the pages' half a): an expulsion moves people, so cells removed from a
    frog expel no one; a thing taken to a place is carried, one taken as a thing is consumed or
    read (WordNet's senses of 'take'), no property seized. Settlers removed, aid workers taken as
    hostages and a town taken stay."""
    events, _ = run(nlp, text)
    assert any(e.type == kind for e in events) == kept


@pytest.mark.parametrize("text, kind, kept", [
    ('President Kumaratunga said: "Instead we have been squabbling, fighting."', "ASSAULT", False),
    ("Hamas and Fatah gunmen fought in Gaza on Monday.", "ASSAULT", True),
    ("Bar a slight dip at the New Year, The JSE had risen steadily by 4.7% since the tsunami hit on 26 "
     "December.", "COERCE", False),
    ("Sitting on Wednesday, three Appeal Court judges dismissed both appeals.", "REJECT", True),
])
def test_a_fight_beside_a_quarrel_or_a_preposition_read_as_a_verb_is_no_event(nlp, text, kind, kept):
    """Issue 14 (noevent25, the twelfth set's idioms on half a): a verb of force with nothing it acts
    on, coordinated with a verb of speech ('squabbling, fighting'), is a quarrel; a bare base-form
    verb fronted as an adverbial clause ('Bar a slight dip') is a preposition the tagger misread.
    Gunmen who fought in Gaza and a fronted participle ('Sitting on Wednesday') keep their events."""
    events, _ = run(nlp, text)
    assert any(e.type == kind for e in events) == kept


_AHOLD = (  # BBC half a business 448, its first paragraphs: the entity stage names Ahold from its later mentions
    'US prosecutors have charged nine food suppliers with helping Dutch retailer Ahold inflate earnings by more '
    'than $800m (£428m).\n\nThe charges have been brought against individuals as well as companies, alleging '
    'they created false accounts. Ahold hit the headlines in February 2003 after it emerged that there were '
    'accounting irregularities at its US subsidiary Foodservice. Three former Ahold top executives last year '
    'agreed to settle fraud charges.\n\nAhold has admitted that it fraudulently inflated promotional allowances '
    'at Foodservice, improperly consolidated joint ventures and also committed other accounting errors and '
    'irregularities.\n\nThe nine now charged, who worked as suppliers to Ahold, are accused of signing false '
    'documents relating to the amount of money they paid the retailer for promoting their products in its '
    'stores. Food companies pay supermarkets and retailers for prime shelf space. The suppliers in question are '
    'said to have inflated the amount of money they paid, providing auditors with signed letters that allowed '
    'Ahold to inflate its earnings. US Attorney David Kelley said he expects the nine vendors will plead guilty '
    'to the charges. He added that there may be more court actions in the future. "I don\'t want to leave you '
    'with the impression that these were the only ones involved," he said. Among those facing charges are John '
    'Nettle, a former employee of General Mills; Mark Bailin of Rymer International Seafood; Tim Daly of Michael '
    'Foods and Kenneth Bowman, who worked as an independent contractor for Total Foods.\n\nOthers include '
    'Michael Hannigan of Sugar Foods; Peter Marion of Maritime Seafood Processors and First Choice Foods; Gordon '
    'Redgate of Commodity Manager and Private Label Distribution; Bruce Robinson of Basic American Foods and '
    "Michael Rogers, formerly of Tyson Foods. Pasquale D'Amuro of the FBI called the nine vendors the key "
    'ingredients in "the process of cooking the books" at Ahold. At the time of the scandal, Ahold was seen by '
    "many as Europe's Enron. Ahold shares tumbled on the news and many market observers predicted that the fall "
    'out could damage investor confidence across Europe. It was less severe than many had envisaged, however, '
    'and since then Ahold has worked hard at rebuilding its reputation and investor confidence. Ahold is the '
    "world's fourth-largest supermarket chain. Its other US businesses include Stop & Shop, and Giant Food."
)


@pytest.mark.parametrize("text, kind, actors, targets", [
    # a description written right before the name it describes, which the parse left out of the name's phrase
    (_AHOLD, "ACCUSE", ["US prosecutors"], ["nine food suppliers"]),
    # one person described by a post a past mark qualifies is the person the next sentence names
    ("The former chief financial officer at US telecoms firm WorldCom has apologised to fellow board members. "
     "Speaking at the trial of his former boss Bernard Ebbers, Scott Sullivan said he lied to the board.",
     "CONCEDE", ["Scott Sullivan"], None),
    # the same as a target: the person asked is named as the next sentence's subject
    ("Israel has asked a US banker and former International Monetary Fund director to run its central bank. "
     "Stanley Fischer, vice chairman of banking giant Citigroup, has agreed to take the Bank of Israel job.",
     "REQUEST", ["Israel"], ["Stanley Fischer"]),
    # and no one named next who holds another title ('Prime Minister Tony Blair'): no actor, no event
    ("The former chief executive of Enron has apologised to investors. Prime Minister Tony Blair said he was "
     "pleased.", "CONCEDE", None, None),
    # a title written after the name: the name is the party, not the body its description names
    ("In the Commons, Tory frontbencher Andrew Tyrie MP demanded an immediate ministerial statement.",
     "REQUEST", ["Andrew Tyrie"], None),
    # a pronoun with a name set beside it in brackets is that name
    ("Holcim has agreed to buy Aggregate Industries. It also plans to buy Associated Cement Companies (ACC) in "
     "India. Holcim is looking to buy it (ACC) very cheap, said KK Mittal, an analyst.",
     "COOPERATE", ["Holcim"], ["Associated Cement Companies"]),
], ids=["description-before-name", "past-holder-named-next", "past-holder-target", "past-holder-titled-otherwise",
        "title-after-name", "pronoun-bracketed-name"])
def test_a_party_a_description_a_past_post_a_title_or_a_bracket_names(text, kind, actors, targets):
    """Issue 14 (roles25, BBC half a business 448, 114, 423, 485, politics 376): main stored
    'Dutch retailer' beside the suppliers, no actor for a former officer named next (the event was
    lost), 'US banker' for Stanley Fischer, the Conservative Party beside Andrew Tyrie and India for
    ACC."""
    found = [(a, t) for k, a, t in _analysed(text) if k == kind]
    if actors is None:
        assert not found
        return
    assert found, f"no {kind} in {_analysed(text)}"
    got_actors, got_targets = found[0]
    assert got_actors == actors
    if targets is not None:
        assert got_targets == targets


@pytest.mark.parametrize("text, kept", [
    # a market named by what it trades, struck by no force (idioms26)
    ("Amazon captured the online book market.", False),
    ("Tesco invaded the convenience store market.", False),
    ("Microsoft attacked the search market with MSN Search.", False),
    ("Samsung stormed into the lead in the flat-screen market.", False),
    # a market place, a crowd, a state, people and weapons keep their force
    ("Russian jets bombed the fish market in Idlib.", True),
    ("The explosion hit the crowded market in Baghdad.", True),
    ("Gunmen attacked a Baghdad market on Tuesday.", True),
    ("Russia attacked Georgia with tanks.", True),
    ("Police fought back with batons.", True),
    ("Hamas attacked Israel with rockets.", True),
    ("Israel attacked Hamas positions with drones.", True),
])
def test_force_on_a_market_is_competition(nlp, text, kept):
    """A verb of force whose object is a market named by its trade ('the online book market') is a
    firm competing: no ASSAULT. Places, people and weapons keep it (idioms26)."""
    events, _ = run(nlp, text)
    assert any(e.type == "ASSAULT" for e in events) == kept


@pytest.mark.parametrize("text, kept", [
    # a call placed through a device, dated or with its line named, asks nothing (idioms26)
    ("Britain's first mobile phone call was made across the Vodafone network on 1 January 1985 by "
     "comedian Ernie Wise.", False),
    # a thing, or a proportion or a device-named crowd, is appealed to: attracting, no request
    ('"We want to appeal to core fans - to give them more analysis," said Andrew Thompson of the BBC.', False),
    ("Opera said that this will also appeal to anyone using Opera with a handheld device.", False),
    # requests to parties stay
    ("George Galloway has appealed to the kidnappers of Margaret Hassan.", True),
    ("Yukos appealed to the Supreme Court.", True),
    ("Police made a phone call to the kidnappers demanding the release of the hostages.", True),
    ("Gordon Brown has made an appeal for unity after reports of a rift.", True),
])
def test_a_call_placed_or_an_appeal_to_an_audience_is_no_request(nlp, text, kept):
    """A request noun made through a device ('a mobile phone call was made') and a request verb
    addressed only to what can neither ask nor be asked, or said of a thing ('appeal to core fans',
    'this will appeal to anyone'), are a telephone call and WordNet's sense of attracting: no
    REQUEST. Appeals to kidnappers, to a court and for unity, and a call to kidnappers, stay."""
    events, _ = run(nlp, text)
    assert any(e.type == "REQUEST" for e in events) == kept


def test_a_console_market_dominated_is_no_threat(nlp):
    """'Dominated the console market with its PlayStation 2' (CAMEO's threat) is a firm's lead in a
    market named by its goods: no event (idioms26)."""
    events, _ = run(nlp, "Sony has traditionally dominated the console market with its PlayStation 2.")
    assert [e.type for e in events] == []


@pytest.mark.parametrize("text, kept", [
    # a speaker's audience asked, no party named for 'you' (idioms26)
    ('"As we mourn his passing, I ask you to keep Charlie\'s family in your hearts and prayers," said James '
     'Skinner, McDonald\'s vice chairman.', False),
    # a party asked by name stays
    ("Tony Blair urged Jacques Chirac to support the plan.", True),
])
def test_a_request_to_the_hearers_is_a_statement(nlp, text, kept):
    """A request verb whose only object is 'you', with no party named for it, exhorts the speaker's
    audience: a statement, no REQUEST between parties (PLOVER codes no speech act to listeners)."""
    events, _ = run(nlp, text)
    assert any(e.type == "REQUEST" for e in events) == kept


_BOTIN = (
    "The trial of Emilio Botin, the chairman of Spain's most powerful bank, Santander Central Hispano, has started "
    "in Madrid. As he arrived at Spain's High Court earlier on Wednesday, Mr Botin greeted the waiting media. "
    "Santander's board of governors strongly reject the charges against their chairman, saying the payouts were "
    "legal and made with their unanimous support. But if convicted, Mr Botin could face a prison term of up to six "
    "years. Mr Corcostegui, a former CEO at Santander, also asked the court for new evidence to be admitted."
)
_SIGARCHI = (
    "An Iranian weblogger has been jailed for 14 years on charges of spying. A spokesman for Reporters Without "
    "Borders described Mr Sigarchi's sentence as \"harsh\". \"The authorities are trying to make an example of him,\" "
    "the organisation said in a statement. Iranian authorities have arrested about 20 online journalists during the "
    "current crackdown. They accused Mr Sigarchi of a string of crimes against Iranian state."
)


@pytest.mark.parametrize("text, kind, actors, targets", [
    # a plural of initials after a nationality names members of a body, not the people its adjective names
    ("The directive was delayed in December when Polish MEPs rejected plans to adopt it.",
     "REJECT", ["Polish MEPs"], None),
    # a description that says only what kind of body is the body named before with that head, however far back
    (_BOTIN, "REQUEST", ["Corcostegui"], ["High Court"]),
    # a description coordinated with a named subject is a doer too
    ("Argentina has been in talks with its creditors. On May 2004, Aguas Argentinas and the government signed an "
     "agreement to renegotiate its Buenos Aires water-concession contract.",
     "SUPPORT", ["Aguas Argentinas", "Argentina government"], None),
    # 'they' opening a sentence carries on the plural subject of the sentence before, not the statement's speaker
    (_SIGARCHI, "ACCUSE", ["Iranian authorities"], ["Sigarchi"]),
    # a place after 'on' a side or a border of it says where a party is, as 'in' does
    ("India and Pakistan agreed to open a bus link across the ceasefire line dividing Kashmir. Kashmiri "
     "politicians on both sides of the Line of Control which divides the region welcomed the move.",
     "SUPPORT", ["Kashmiri politicians"], None),
    # one person described by a faith is that person, as one described by a nationality is
    ("Ministers have been criticised over the Mental Capacity Bill. Critics say Lord Falconer had promised the "
     "Catholic archbishop of Cardiff to strengthen safeguards in the bill.",
     "AGREE", ["Falconer"], ["Catholic archbishop", "Cardiff"]),
], ids=["initials-after-nationality", "description-by-head", "described-conjunct", "they-carried-on", "on-a-site",
        "person-of-a-faith"])
def test_a_party_named_by_initials_by_its_head_beside_a_name_as_they_by_where_or_faith(text, kind, actors, targets):
    """Issue 14 (parties26, BBC half a business 506, 501, politics 139, 180, tech 014, 035): main stored
    'Polish' for the MEPs, 'Santander board' for the court, no second signer, Reporters Without
    Borders for the authorities it spoke of, the Line of Control beside the politicians, and
    'Catholic' for the archbishop."""
    got_actors, got_targets = _first_parties(text, kind)
    if actors is not None:
        assert got_actors == actors
    if targets is not None:
        assert got_targets == targets


@pytest.mark.parametrize("text, kind, actors, targets", [
    # a body described by its town and its kind is the body the article named with both, not the town
    ("Books held by Harvard and the New York Public Library will be scanned by Google. The New York library is "
     "allowing Google to include a small portion of its books.",
     "CONCEDE", ["New York Public Library"], ["Google"]),
    ("The Moscow Arbitration Court heard the case on Monday. Yukos lawyers say the Moscow court has ordered Yukos "
     "to pay the tax bill.",
     "REQUEST", ["Moscow Arbitration Court"], ["Yukos"]),
    ("Students at the London School of Economics protested on Monday. The London school has banned the students "
     "from the library.",
     "COERCE", ["London School of Economics"], None),
], ids=["town-library", "town-court", "town-school"])
def test_a_body_by_its_town_and_kind_and_the_party_a_verb_allows_to_act(text, kind, actors, targets):
    """Issue 14 (roles27, BBC tech half a 236): main stored 'New York City' for the New York Public
    Library ('The New York library is allowing Google to include') and left out Google, the party
    allowed, whom the parse made the subject of the 'to'-clause; 'the Moscow court' was a body of its
    own, not the court the article named."""
    got_actors, got_targets = _first_parties(text, kind)
    assert got_actors == actors
    if targets is not None:
        assert got_targets == targets


@pytest.mark.parametrize("text, work", [
    ("Jude Law praised the film Closer, directed by Mike Nichols.", "Closer"),
    ("Novelist Andrea Levy won the Whitbread Prize for her novel Small Island.", "Small Island"),
    ("Author Hilary Mantel is favourite to win the main Costa Prize novel award next week.", "Costa Prize"),
], ids=["film-praised", "novel-won-for", "prize-won"])
def test_a_created_work_is_no_party(text, work):
    """Issue 14 (roles27, entertainment half a 007, 040, 095): a film or a novel named beside its kind
    ('the film Closer', 'her novel Small Island', the parser's adjective 'novel' too) was stored as a
    target of praise or as the doer of a prize won; a work acts on no one and nothing is done to it.
    Nor does a prize (ownbiz32, half a 007: 'is favourite to win the main Whitbread Prize book of the
    year award' stored the prize as the doer of a SUPPORT to the novelist)."""
    assert not any(work in actors + targets for _, actors, targets in _analysed(text))


@pytest.mark.parametrize("text, party", [
    ("The Turner Prize jury praised the artist Tracey Emin.", "Turner Prize"),
], ids=["prize-jury"])
def test_a_body_named_after_a_prize_is_a_party(text, party):
    """ownbiz32: a prize's name before a noun of a body ('jury') names that body, and stays a party."""
    assert any(party in actors + targets for _, actors, targets in _analysed(text))


@pytest.mark.parametrize("text, kind, actors, targets", [
    # a passive infinitive under a raising adjective: the raised subject is sentenced, the 'by' phrase sentences
    ("William Trowbridge and Michael Chicoine pleaded guilty to conspiracy. The two men are due to be sentenced by "
     "Judge Robert Payne on 29 April.", "SANCTION", ["Robert Payne"], ["William Trowbridge", "Michael Chicoine"]),
    # the same under a passive raising verb ('is set to'), read through the control verb
    ("Sprinter John Mensah is set to be suspended by the Ghana Athletics Federation.", "SANCTION",
     ["Ghana Athletics Federation"], ["John Mensah"]),
], ids=["due-to-be", "set-to-be"])
def test_a_passive_under_a_raising_verb_is_done_to_its_subject(text, kind, actors, targets):
    """Issue 14 (roles28, tech half a 075: 'The two men are due to be sentenced' stored the two men
    as the sentencers): the subject a raising or control word ('due', 'set', 'expected') lends a
    passive infinitive undergoes it; it is never the actor."""
    got_actors, got_targets = _first_parties(text, kind)
    assert got_actors == actors
    assert [t.removeprefix("Sprinter ") for t in got_targets] == targets


def test_a_passive_under_a_raising_verb_without_a_doer_has_no_actor():
    """tech half a 075: with no 'by' phrase no one named sentences them; main stored the two men as
    the actors of their own sentencing."""
    text = "The Department of Justice said that both men pleaded guilty. William Trowbridge and Michael " \
           "Chicoine are due to be sentenced on 29 April."
    assert not any("William Trowbridge" in actors for _, actors, _ in _analysed(text))


def test_a_place_after_the_town_a_person_is_from_is_no_name_of_the_person():
    """tech half a 120: 'A 19 year old man from Camberley, Surrey, was arrested': the tagger took
    'Surrey', set after the town, for a person's name hung on the description; it names where
    Camberley is, not the man arrested (main stored Surrey as the target)."""
    text = "A 19 year old man from Camberley, Surrey, was arrested by the National Hi Tech Crime Unit but has " \
           "been bailed."
    assert _first_parties(text, "COERCE") == (["National Hi Tech Crime Unit"], [])


@pytest.mark.parametrize("text, kind, actors, targets", [
    # a numeral standing alone for the persons a list named before (politics half a 192)
    ("Moazzam Begg, from Birmingham, and Martin Mubanga, Richard Belmar and Feroz Abbasi, from London, have been "
     "held by the US for almost three years. They were detained in the Cuban camp as part of the US led \"war on "
     "terror\". Mr Straw said the US had agreed to release the four after \"intensive and complex discussions\" over "
     "security.", "AGREE", ["United States"], ["Moazzam Begg", "Martin Mubanga", "Richard Belmar", "Feroz Abbasi"]),
    # 'all three' as a passive subject
    ("John Smith, Peter Jones and Mary Brown were questioned last week. All three were arrested by police on "
     "Monday.", "COERCE", ["police"], ["John Smith", "Peter Jones", "Mary Brown"]),
    # 'both' alone
    ("Sprinters John Mensah and Kofi Amoah tested positive in March. Both were suspended by the Ghana Athletics "
     "Federation on Monday.", "SANCTION", ["Ghana Athletics Federation"], ["John Mensah", "Kofi Amoah"]),
], ids=["the-four", "all-three", "both"])
def test_a_numeral_standing_alone_is_the_parties_a_list_named_before(text, kind, actors, targets):
    """Issue 14 (roles28, politics half a 192: 'agreed to release the four' had no target): 'the
    four', 'all three', 'both' count the parties they stand for as 'the four men' does."""
    got_actors, got_targets = _first_parties(text, kind)
    assert [a.lower() for a in got_actors] == [a.lower() for a in actors]
    assert sorted(got_targets) == sorted(targets)


def test_a_numeral_counting_another_list_stands_for_no_one():
    """'the three' after a list of two names stands for neither of them."""
    text = "John Smith and Peter Jones were questioned last week. Police arrested the three on Monday."
    assert _first_parties(text, "COERCE")[1] == []


@pytest.mark.parametrize("text, kind, actors, targets", [
    # a description the parse made a second passive subject beside the names it describes
    ("Greek sprinters Kostas Kenteris and Katerina Thanou were suspended by the International Olympic Committee on "
     "Monday.", "SANCTION", ["International Olympic Committee"], ["Kostas Kenteris", "Katerina Thanou"]),
    # an act whose doer is named is aimed at that doer, not at whom the act itself was against
    ("Uefa has rejected Chelsea's appeal against the ban on Jose Mourinho.", "REJECT", ["Uefa"], ["Chelsea"]),
    # a possessive before a superlative names the field the act ranks in, not its doer (business half a 506)
    ("Both executives helped Mr Botin orchestrate Spain's biggest bank merger, between Santander and Banco Central "
     "Hispano, in 1999.", "SUPPORT", ["Botin"], ["Santander", "Banco Central Hispano", "Spain"]),
    # 'with' a deed says what the object is charged with: its parties are the deed's (business half a 448)
    ("US prosecutors charged nine food suppliers with helping Dutch retailer Ahold inflate earnings.", "ACCUSE",
     ["US prosecutors"], ["nine food suppliers"]),
    ("Police charged Peter Hall with the murder of John Smith.", "ACCUSE", ["Police"], ["Peter Hall"]),
], ids=["description-before-names", "owned-appeal", "superlative-field", "charged-with-helping", "charged-with-murder"])
def test_the_named_party_not_its_class_noun_nor_the_parties_of_its_act(text, kind, actors, targets):
    """Issue 14 (roles28, sport: extra targets 'Greek sprinters' and the party a rejected appeal was
    against; BBC: the party helped in the deed one is charged with, the judges' P twice). 'Spain' of
    'Spain's biggest merger' stays as before (a field, but not this rule's to drop): the banks merged."""
    assert _first_parties(text, kind) == (actors, targets)


@pytest.mark.parametrize("text", [
    "Mr Bush has promised to halve the US's massive budget deficit within five years.",
    "The organisers of the Brazilian gathering have promised to set an alternative agenda to that of the Swiss summit.",
])
def test_a_pledge_whose_parties_only_own_a_thing_is_a_statement(nlp, text):
    events, _ = run(nlp, text)
    assert [e for e in events if e.type == "AGREE"] == []


@pytest.mark.parametrize("text, target", [
    ("Russia promised Iran to deliver the fuel by March.", "Iran"),
    ("Germany promised to send troops to Afghanistan.", "Afghanistan"),
    ("Tony Blair has pledged to never attack Michael Howard over his beliefs.", "Michael Howard"),
])
def test_a_pledge_to_a_party_or_of_an_act_done_to_one_stays(nlp, text, target):
    ev, names = one(nlp, text, "AGREE")
    assert target in [names.get(x) for x in ev.targets]


@pytest.mark.parametrize("text", [
    "However, Mr Kosslick refused to accept that widespread opposition to the Iraq war had turned audiences against Hollywood imports.",
    "Mr Jones protested his innocence throughout the trial.",
])
def test_a_claim_not_accepted_or_an_innocence_protested_is_a_statement(nlp, text):
    events, _ = run(nlp, text)
    assert [e for e in events if e.type in ("REJECT", "PROTEST")] == []


@pytest.mark.parametrize("text, kind", [
    ("Iran refused to agree that the inspectors would visit the site.", "REJECT"),
    ("Serbia refused to accept the plan.", "REJECT"),
    ("Farmers protested the new tax in Paris.", "PROTEST"),
])
def test_a_refused_arrangement_or_a_protest_against_a_measure_stays(nlp, text, kind):
    one(nlp, text, kind)

@pytest.mark.parametrize("text, kind, actors, targets", [
    # a threat's condition names the party it is made to (PLOVER dev THREATEN, the gold's recipient)
    ("Russia has threatened to stop negotiations to reduce long-range nuclear weapons if the United States goes "
     "ahead with the planned deployment of new missiles in Europe.", "THREATEN", ["Russia"], ["United States"]),
    ("Iran warned that it would resume uranium enrichment if France failed to offer incentives.",
     "THREATEN", ["Iran"], ["France"]),
    # a protest named again by its own noun ('in protest of') is aimed at the doer of what it answers
    ("A group of Chechen refugees are continuing a hunger strike in protest of the Russian government's refusal "
     "to accept the independence of Chechnya.", "PROTEST", ["Chechen refugees"], ["Russian government"]),
    # 'up to' a number bounds the object's count; the parse took 'up' for a particle (PLOVER dev COERCE)
    ("Afghan rebels have kidnapped up to 16 Russian civilian advisers from a town bazaar.", "COERCE",
     ["Afghan rebels"], ["Russian civilian advisers"]),
    # a plural description with a relative clause set off by commas refers back to the persons listed
    ("Moazzam Begg and Martin Mubanga were flown back to Britain on Tuesday. The men, who were held for three years "
     "at Guantanamo Bay, were arrested by police on arrival.", "COERCE", ["police"],
     ["Moazzam Begg", "Martin Mubanga"]),
], ids=["threat-if", "warning-if", "in-protest-of", "up-to-a-number", "the-men-who"])
def test_a_target_named_by_a_condition_a_protest_phrase_a_bound_or_a_description_aside(text, kind, actors, targets):
    """Issue 14 (roles29; PLOVER dev a THREATEN-0017, PROTEST-0012, COERCE-0016, where the gold names a
    target main left out or took from the wrong phrase: 'Chechnya' for the Russian government)."""
    got_actors, got_targets = _first_parties(text, kind)
    assert [a.lower() for a in got_actors] == [a.lower() for a in actors]
    assert sorted(got_targets) == sorted(targets)


def test_a_threat_whose_condition_is_the_actors_own_names_no_target():
    """'threatened to resign if he was not paid': a pronoun in the condition is mostly the actor."""
    text = "Mr Smith threatened to resign if he was not paid in full."
    assert _first_parties(text, "THREATEN")[1] == []


def test_a_restrictive_relative_clause_picks_out_others():
    """'the men who had helped them' are not the men listed before."""
    text = "Moazzam Begg and Martin Mubanga were flown back to Britain on Tuesday. Police arrested the men who had " \
           "helped them."
    assert "Moazzam Begg" not in _first_parties(text, "COERCE")[1]


@pytest.mark.parametrize("text, kind, targets", [
    # a topic phrase beside the object of a reproach names what it is about (politics half a 307, the judges' P)
    ("While saying he admired Mr Blair's leadership, Robert Jackson bitterly criticised the Conservatives stance on "
     "Europe.", "ACCUSE", ["Conservatives"]),
    ("The European Union criticised Israel over the raid on Gaza.", "ACCUSE", ["Israel"]),
    # with no party named outside the topic, the topic is all the act names and stays
    ("Mr Straw also signed a deal on China UK tourism.", "SUPPORT", ["China", "United Kingdom"]),
], ids=["stance-on", "criticised-over", "topic-alone"])
def test_a_party_named_only_in_the_topic_of_a_reproach_is_no_target(text, kind, targets):
    """Issue 14 (roles29): a reaction to what a party said or did is aimed at that party, not at what
    its stance or the reproach is about."""
    assert sorted(_first_parties(text, kind)[1]) == sorted(targets)


@pytest.mark.parametrize("text, kind, targets", [
    # 'on their return': an act of their own WordNet derives from a verb, first a tax return (politics half a 151)
    ("Police have said they have a duty to investigate Moazzam Begg and Martin Mubanga, who were arrested on their "
     "return to the UK.", "COERCE", ["Moazzam Begg", "Martin Mubanga"]),
    ("Tony Blair met Jacques Chirac on his return from Washington.", "CONSULT", ["Jacques Chirac"]),
], ids=["arrested-on-return", "met-on-return"])
def test_the_places_of_ones_own_return_are_no_targets(text, kind, targets):
    """Issue 14 (roles29): 'on' before an act of one's own says on which occasion; the places of that
    act (where one returned to or from) are no party of the event."""
    assert sorted(_first_parties(text, kind)[1]) == sorted(targets)


@pytest.mark.parametrize("text, kind", [
    ('Mr Gardner agreed: "We can throw more polygons around, but if it does not make a better game '
     'that is not very useful."', "AGREE"),                                 # a cue of the quoted words
    ("Is the euro now too strong for Europe's exporters, asks economist Bill Smith.", "REQUEST"),   # a question put
    ("Mr Blair vowed to defeat the Tories at the general election.", "THREATEN"),   # a contest, his own aim
])
def test_a_quote_agreed_a_question_put_or_a_contest_vowed_is_a_statement(nlp, text, kind):
    """Issue 14 (speech30), 'Statements are not events': an assent that introduces a quotation, a
    verb of asking whose subject follows it with nothing asked, and a vow of an act that is in no
    sense an interaction between parties are the speaker's words or aims, no PLOVER speech act."""
    events, _ = run(nlp, text)
    assert [(e.type, e.trigger) for e in events if e.type == kind] == []


@pytest.mark.parametrize("text, kind, target", [
    ('Fiat and General Motors agreed a settlement: "We will both move on," a spokesman said.', "AGREE", None),
    ("Poland asked Belarus to release the detained journalists.", "REQUEST", "Belarus"),
    ("Hamas vowed to fight Israel.", "THREATEN", "Israel"),
    ("Kurdish fighters have sworn to fight until they take the town.", "THREATEN", None),
])
def test_an_agreement_a_demand_or_a_threat_to_a_party_stays(nlp, text, kind, target):
    ev, names = one(nlp, text, kind)
    assert target is None or target in [names.get(x) for x in ev.targets]


@pytest.mark.parametrize("text, kind, actor, target", [
    ("The World Anti-Doping Agency banned the cyclist Marco Rossi for two years.", "SANCTION",
     "World Anti-Doping Agency", "Marco Rossi"),                        # a sport's body and its competitor
    ("The Labour Party barred Ken Livingstone from standing as its candidate.", "SANCTION",
     "Labour Party", "Ken Livingstone"),                                # a party and its member
    ("The High Court banned John Smith from driving for a year.", "COERCE", "High Court", "John Smith"),   # a court
    ("Germany banned the National Democratic Party in 2003.", "COERCE", "Germany", "National Democratic Party"),
    ("A US judge banned Gazprom from taking part in the auction.", "COERCE", "US judge", None),   # a state's judge
    ("Microsoft banned camera phones from its offices.", "COERCE", "Microsoft", None),   # a thing banned, no party
], ids=["agency-rider", "party-member", "court", "state-party", "judge", "firm-things"])
def test_a_body_banning_its_own_member_sanctions_him(text, kind, actor, target):
    """Issue 14 (bans31, "Word sense and arguments"): a body named, no state's, that bans or bars a
    person or a body named (a verb with a sense of putting one out of a group by WordNet) reduces a
    relation it holds, PLOVER's SANCTION 'expel' (main: COERCE 'restrict', CAMEO 172); a state, a
    court, a judge or a ban on things stays COERCE, repression by a power over those it does not hold
    as members."""
    actors, targets = _first_parties(text, kind)
    assert actor in actors and (target is None or target in targets)
    assert not [k for k, _, _ in _analysed(text) if k in ("SANCTION", "COERCE") and k != kind]


@pytest.mark.parametrize("text, actor, target", [
    ("The International Cycling Union suspended Marco Rossi for six months on Tuesday.",
     "International Cycling Union", "Marco Rossi"),                     # a sport's body suspends its rider
    ("Ann Jones and Mary Brown were suspended by the Lawn Tennis Association for missing a drugs test.",
     "Lawn Tennis Association", "Ann Jones"),                           # the passive, its 'by' phrase
], ids=["body-rider", "passive-pair"])
def test_a_body_suspending_its_own_member_expels_him(text, actor, target):
    """Issue 14 (bans32): a suspension coded SANCTION 'discontinue' (cutting exchanges) by a body named
    of a person it holds as a member or competitor is the same expulsion from a group as its ban,
    SANCTION 'expel' (CAMEO 166); main: 'discontinue'."""
    from newsledger.extract.pipeline import analyze
    from newsledger.model import Article
    an = next(analyze([Article(id="t", text=text)]))
    names = {e.id: e.name for e in an.entities}
    found = [(e.mode, e.cameo, [names[a] for a in e.actors], [names[x] for x in e.targets]) for e in an.events
             if e.type == "SANCTION"]
    assert found and found[0][:2] == ("expel", "166") and actor in found[0][2] and target in found[0][3]


@pytest.mark.parametrize("text", [
    "The airline union suspended talks with British Airways on Monday.",     # exchanges cut with a party
    "President Nestor Kirchner suspended gas exports to Chile.",             # a state's leader, its trade
], ids=["talks", "exports"])
def test_a_suspension_of_exchanges_stays_discontinued(text):
    """bans32's rule reads only the one suspended as the verb's object: talks or exports suspended
    with or to a party cut exchanges with it, SANCTION 'discontinue' as on main."""
    from newsledger.extract.pipeline import analyze
    from newsledger.model import Article
    an = next(analyze([Article(id="t", text=text)]))
    assert not [e for e in an.events if e.mode == "expel"]


@pytest.mark.parametrize("text, actor, target, contest", [
    ("The British Olympic Association banned Dwain Chambers from the Olympics for life.",
     "British Olympic Association", "Dwain Chambers", "Olympics"),
    ("Tom Baker was barred from the Commonwealth Games by the Scottish Athletics Federation.",
     "Scottish Athletics Federation", "Tom Baker", "Commonwealth Games"),
], ids=["olympics", "passive-games"])
def test_the_contest_one_is_banned_from_is_no_target(text, actor, target, contest):
    """Issue 14 (bans32): a contest in a ban's 'from' phrase (a named event or a contest by WordNet)
    is what the one excluded may not enter, not a party acted on (main: a target beside him)."""
    actors, targets = _first_parties(text, "SANCTION")
    assert actor in actors and target in targets and contest not in targets


def _said(nlp, text: str, content: str, speaker: str) -> tuple[list, dict]:
    """Events of TEXT with one statement: CONTENT said by the entity named SPEAKER."""
    ids = {e.name: e.id for e in entities_of(nlp(text))}
    st = Statement(content_spans=[(text.index(content), text.index(content) + len(content))], kind="indirect",
                   cue="said", speaker=ids[speaker])
    return run(nlp, text, [st])


@pytest.mark.parametrize("text, content, speaker", [
    ('The Danish Foreign Ministry said the arrest of the crew was "illegal".',
     'the arrest of the crew was "illegal"', "Danish Foreign Ministry"),
    ('"This is a cyber attack organised by a foreign state," Anders Holm said on Tuesday.',
     "This is a cyber attack organised by a foreign state", "Holm"),
    ("Estonia said the expulsion of its consul was a violation of the Vienna Convention.",
     "the expulsion of its consul was a violation of the Vienna Convention", "Estonia"),
], ids=["illegal", "attack", "violation"])
def test_a_partys_label_of_an_act_as_a_wrong_is_its_accusation(nlp, text, content, speaker):
    """Issue 14 (accuse32, "Coverage from the field's own resources"): a speaker who says of an act
    that it is a wrong (an adjective or a noun of WordNet's wrongs, or a noun the trigger lexicon codes
    as force) disapproves of it, PLOVER's ACCUSE; the wrong's own noun is no assault."""
    events, names = _said(nlp, text, content, speaker)
    accusations = [e for e in events if e.type == "ACCUSE"]
    assert accusations and speaker in [names[a] for a in accusations[0].actors]
    assert accusations[0].status == "occurred" and accusations[0].mode == "disapprove"
    assert [e.type for e in events if e.type == "ASSAULT"] == []


def test_naming_an_act_a_wrong_accuses_by_the_namer(nlp):
    """'called the closure ... a violation of international law': the namer accuses."""
    ev, names = one(nlp, 'Norway called the decision "a blatant violation of its sovereignty".', "ACCUSE")
    assert names[ev.actors[0]] == "Norway" and ev.mode == "disapprove"
    ev, names = one(nlp, "Mr Blair called the war illegal.", "ACCUSE")
    assert names[ev.actors[0]] == "Blair"


@pytest.mark.parametrize("text, content, speaker", [
    ("The Danish Foreign Ministry said the arrest of the crew was not illegal.",
     "the arrest of the crew was not illegal", "Danish Foreign Ministry"),                    # denied
    ("The Danish Foreign Ministry said the referendum would be illegal if it went ahead.",
     "the referendum would be illegal if it went ahead", "Danish Foreign Ministry"),          # a condition
    ("The Danish Foreign Ministry said the arrest of the crew was expected.",
     "the arrest of the crew was expected", "Danish Foreign Ministry"),                       # no wrong
    ("The Danish Foreign Ministry said the captain was a criminal.",
     "the captain was a criminal", "Danish Foreign Ministry"),                                # a person, no act
], ids=["denied", "condition", "no-wrong", "person"])
def test_a_label_denied_conditional_or_of_no_act_accuses_no_one(nlp, text, content, speaker):
    events, _ = _said(nlp, text, content, speaker)
    assert [e.type for e in events if e.type == "ACCUSE"] == []
    assert [e.type for e in run(nlp, 'The arrest of the crew was "illegal".')[0] if e.type == "ACCUSE"] == []


def test_a_label_the_speaker_reports_as_anothers_view_is_not_the_speakers(nlp):
    """'says Lord Goldsmith warned Tony Blair that the war could be illegal': the label is the
    complement of a verb inside the statement's content, Lord Goldsmith's, not the speaker's."""
    text = "In a new book, Anne Marsh says Lord Goldsmith warned Tony Blair that the war could be illegal."
    content = "Lord Goldsmith warned Tony Blair that the war could be illegal"
    events, _ = _said(nlp, text, content, "Anne Marsh")
    assert [e.type for e in events if e.type == "ACCUSE"] == []


@pytest.mark.parametrize("text, kind, state", [
    ("A Canadian journalist has been put under investigation in Turkey for espionage.", "ACCUSE", "Turkey"),
    ("Two aid workers were detained in Egypt on Sunday.", "COERCE", "Egypt"),
], ids=["investigation", "detention"])
def test_an_authoritys_act_in_the_agentless_passive_is_the_states_it_was_done_in(nlp, text, kind, state):
    """PLOVER's gold codes 'has been put under investigation in Italy' with Italy as the actor:
    an investigation or an arrest is an act of a state's authority, and with no agent named the
    state it was done in did it."""
    events, names = _placed(nlp, text, {state: ("XX", "country")})
    ev = next(e for e in events if e.type == kind)
    assert [names[a] for a in ev.actors] == [state] and state not in [names.get(t) for t in ev.targets]


@pytest.mark.parametrize("text, place, level", [
    ("Two aid workers were detained in Cairo on Sunday.", "Cairo", "city"),        # a city: no state named
    ("Three soldiers were killed in Egypt on Sunday.", "Egypt", "country"),        # no act of authority
    ("Two aid workers were detained in Egypt by rebels on Sunday.", "Egypt", "country"),   # the agent acts
    ("Two aid workers were held in Egyptian jails.", "Egyptian", "country"),      # a demonym names no actor
], ids=["city", "not-authority", "agent", "demonym"])
def test_no_state_acts_for_a_city_an_attack_or_a_named_agent(nlp, text, place, level):
    events, names = _placed(nlp, text, {place: ("XX", level)})
    assert all(names.get(a) != place for e in events for a in e.actors)


@pytest.mark.parametrize("text", [
    "A Manchester court jailed the former Ford manager Peter Hale for six years for fraud.",
    "The US Federal Trade Commission fined Sony $1m over its advertising.",
    "A Paris court has imprisoned the rapper Karim Benali for assault.",
    "The singer Robbie Williams has been fined 40,000 euros after a brawl in a Berlin hotel.",
])
def test_a_penalty_inflicted_is_a_conviction(nlp, text):
    """legaltypes37: a verb whose first WordNet sense inflicts a penalty ('jail', 'fine', 'imprison')
    is PLOVER's SANCTION 'convict', not the CAMEO dictionary's arrest or restriction (COERCE); undergone
    by a party named, it needs no actor, as an arrest."""
    events, _ = run(nlp, text)
    assert [(e.type, e.mode) for e in events] == [("SANCTION", "convict")], [(e.type, e.mode, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "Police arrested the former Ford manager Peter Hale in Manchester on Tuesday.",
    "Italian police detained the rapper Karim Benali at Milan airport.",
])
def test_an_arrest_stays_coerce(nlp, text):
    """legaltypes37: an arrest or a detention ('detain': its noun is first a state of custody) is no penalty."""
    events, _ = run(nlp, text)
    assert [(e.type, e.mode) for e in events] == [("COERCE", "arrest")], [(e.type, e.mode, e.trigger) for e in events]


@pytest.mark.parametrize("text, source, level, removed", [
    ("Two Russian diplomats were expelled from Moldova on Monday.", "Moldova", "country", "Russian diplomats"),
    ("Russia was expelled from the Council of Europe in March.", "Council of Europe", None, "Russia"),
], ids=["state", "body"])
def test_a_removal_in_the_agentless_passive_is_done_by_the_state_or_body_removed_from(nlp, text, source, level, removed):
    """evactors40: an expulsion or a deportation in the passive with no agent is done by the state or
    the body named after 'from' (a state expels its guests, a body its member), as an act of authority
    in the passive is the state's it was done in."""
    events, names = _placed(nlp, text, {source: ("XX", level)} if level else {})
    ev = next(e for e in events if e.type == "SANCTION")
    assert [names[a] for a in ev.actors] == [source] and source not in [names.get(t) for t in ev.targets]


@pytest.mark.parametrize("text, place, level", [
    ("Two students were expelled from Minsk on Monday.", "Minsk", "city"),            # a city: no state
    ("Two journalists were expelled from Belarus by the KGB on Monday.", "Belarus", "country"),   # the agent acts
])
def test_no_state_expels_for_a_city_or_a_named_agent(nlp, text, place, level):
    events, names = _placed(nlp, text, {place: ("XX", level)})
    assert all(names.get(a) != place for e in events for a in e.actors)


def test_a_firm_halting_its_own_sales_is_read_in_its_own_phrase_only(nlp):
    """evactors40: 'suspended sales of ... Tysabri' halts the firms' own trade; the drug named again in
    another sentence ('Tysabri was approved') is no party cut off, so the halt stays the firms' own
    business (main read every mention of the article and kept it as a SANCTION of Tysabri)."""
    text = ("Elan and Biogen Idec suspended sales of the multiple sclerosis drug Tysabri after a patient's death. "
            "Tysabri was approved last November.")
    events, _ = run(nlp, text)
    assert not [e for e in events if e.type == "SANCTION"], [(e.type, e.trigger) for e in events]
