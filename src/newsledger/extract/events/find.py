"""Who did what to whom: events coded in PLOVER, with status, date, place and source.

Triggers come from ``triggers`` (the parse plus a data lexicon). ``arguments`` finds each
trigger's arguments — actors in the subject, targets in the object or in a prepositional
argument, a place after 'in'/'to'/'at' — and reads status (``status``), date (a timex of
the clause) and source (the statement whose content holds the trigger). Two speech-act rules
follow PLOVER: an actor announcing its own future act has promised or threatened it ('said they
would blockade Paris' = THREATEN), and 'X said Y must ...' is X's REQUEST to Y.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ...dates import day_of
from ...model import Entity, Event, Statement, Status, Timex
from ..spans import overlaps
from ..statements.lexicon import lexicon as statement_lexicon
from .argkinds import topic_words
from .arguments import (
    PRONOUNS,
    SUBJECTS,
    actors_of,
    in_skipped,
    place_of,
    removed_by,
    reporters_own,
    state_where_done,
    subject_of,
    unfit_part,
    where_parties_were,
)
from .business_senses import (
    accepts_membership,
    authorises,
    campaigns_for_a_seat,
    charges_an_amount,
    contested,
    directs_a_work,
    engages_a_person,
    founds_a_body,
    hunts,
    joins_a_body,
    manages_a_body,
    names_as,
    party_takes_or_holds,
    sells_own_goods,
    visits_a_venue,
)
from .cameo import cameo_for, legal_accusation, plover, verb_entry
from .commerce import buys_goods, gives_a_show, offers_to_its_market, the_public_pays
from .contests import beats_a_rival, competes, contests_a_title, deals_on_the_field, plays_in_a_contest
from .descriptions import home_country
from .drops import dropped, passing
from .exclusions import a_penalty, excluded_member, inflicted_penalty
from .fields import PARTIES, field_business
from .figures import (
    FIGURES,
    acts_otherwise_on_a_person,
    assures_a_state,
    call_placed,
    carried_or_consumed,
    directive_type,
    finds_a_state,
    finds_what_is,
    forbids,
    outdoes_a_person,
    outdoes_a_system,
    perceived,
    prepositional_sense,
    quarrels,
    relieves_a_state,
    requests_in_general,
    rises_or_falls,
    rises_to_a_state,
    vies_for_a_contest,
    wins_a_race,
)
from .harm import no_harm_in_view
from .labels import label_words, labelled_wrongs
from .lexicon import STATUS, TRIGGERS, speech_frame
from .merge import fold_restated, merge_events
from .own_business import (
    among_its_kin,
    halts_its_trade,
    holds_its_own,
    own_meeting,
    pledged_about_its_own,
    removes_its_officer,
    rewards_its_own,
    serves_its_public,
    signs_no_agreement,
    toward_no_party,
)
from .phrases import Ctx, child, entity_tokens, ents_in, statement_of
from .prizes import contests_a_prize, earns_takings, hands_over_a_prize, reaches_a_rank
from .products import competes_in_a_market, moves_in_a_chart, offers_its_goods, puts_out_a_product
from .senses import (
    SENSES,
    abandoned,
    asks_the_hearers,
    attracts_an_audience,
    attracts_rather_than_asks,
    befallen_by_nature,
    between_parties,
    can_act,
    counted_parties,
    deed_said,
    deliberates,
    handed_over,
    led_into_a_course,
    names_a_state,
    names_no_act,
    nonspecific_object,
    people,
    phrasal_sense,
    possessed_noun_as_verb,
    ranked,
    stance_said,
    takes_no_party,
    talks_of,
    verbal_type,
)
from .speech import (
    WH_TAGS,
    advised,
    dared,
    hypothetical,
    named_head,
    reported_as_possible,
    speakers_subject,
    speech_stated,
)
from .status import (
    addresses_reader,
    averted,
    ceased,
    clause_top,
    denied_claim,
    evaluated,
    futurate,
    governors,
    hypothetical_doer,
    is_future,
    is_generic,
    is_negated,
    own_sentence,
    status_of,
    wished_of,
)
from .targets import object_parties, targets_of
from .triggers import (
    BEFALLEN,
    OBJECTS,
    UNDERGONE,
    Trigger,
    befalls_its_subject,
    civilian_obstruction,
    control_spec,
    diplomatic_protest,
    find_triggers,
    joint_operation,
    verb_trigger,
    withdrawn_request,
)

OWN_CLAUSES = ("ccomp", "conj", "xcomp", "pcomp", "advcl", "relcl", "csubj", "parataxis")   # see ``_clause_of_its_own``
CROWD = {"PROTEST"}                         # 'several thousand people rallied in Niamey': a crowd, no one named


def find_events(doc: Doc, entities: list[Entity], statements: list[Statement],
                timexes: list[Timex], anchor: str | None) -> list[Event]:
    """Who did what to whom: one PLOVER event per trigger (see the module docstring). A police or
    armed force that acts or is acted on and that no entity names ('French police', 'the police were
    accused') is added to ENTITIES."""
    ctx = Ctx(doc, entity_tokens(doc, entities), {e.id: e.type for e in entities}, statements, home=home_country(doc, entities),
              roles={e.id: e.roles for e in entities if e.roles},
              names={e.id: e.name for e in entities},
              countries={e.id: e.geo.country for e in entities if e.geo is not None and e.geo.country},
              states={e.id for e in entities if e.geo is not None and e.geo.level in PARTIES.state_levels})
    triggers = find_triggers(doc)
    directives = [ev for r in _reporting_verbs(doc) if (ev := _directive(ctx, r, timexes, anchor))]
    inside = {i for d in directives for i in range(d[1].left_edge.i, d[1].right_edge.i + 1)}
    inside |= label_words(doc)               # 'the referendum would be a direct attack': an accusation, no assault
    found = [(t, e) for t in triggers if (e := dropped(t, "_said_in") if _said_in(t, inside) else _event(ctx, t, timexes, anchor))
             is not None]
    made_of = {id(e): t for t, e in found}
    befallen = {id(e) for t, e in found if e.type in BEFALLEN and t.noun is None and befalls_its_subject(t.event)}
    actorless = befallen | {id(e) for t, e in found if _among_counted(t, e)}   # PLOVER codes them with no actor
    events = [e for _, e in found]
    events += [d[0] for d in directives if not any(e.type == "REQUEST" and overlaps(e.evidence_span, d[0].evidence_span)
                                                    for e in events)]
    events += [a for a in labelled_wrongs(ctx) if not any(e.type == a.type and set(e.actors) & set(a.actors)
                                                          and overlaps(e.evidence_span, a.evidence_span) for e in events)]
    events = passing(doc, events, "an actor", lambda e: bool(
        e.actors or _named(ctx, e.targets) and (e.type in UNDERGONE or a_penalty(e.type, e.mode)
                                                or legal_accusation(e.cameo, e.type))
        or id(e) in actorless or _forces_moved(e) or e.type in CROWD), made_of)   # PLOVER: an actor is required
    events = passing(doc, events, "two parties", lambda e: e.type not in TRIGGERS.partner_types
                     or len({*e.actors, *_named(ctx, e.targets)}) > 1, made_of)
    events = passing(doc, events, "field_business", lambda e: not field_business(ctx, e), made_of)   # 'signed a deal with Warner Brothers'
    events = fold_restated(events, {id(e) for e in events if (t := made_of.get(id(e))) is not None and t.noun == t.head})
    events.sort(key=lambda e: e.evidence_span)
    _inherit_occasion(events)
    used = {a for e in events for a in (*e.actors, *e.targets)}
    entities += [e for e in ctx.added if e.id in used]
    return merge_events(events, frozenset(ctx.described))


def _said_in(t: Trigger, inside: set[int]) -> bool:
    """A trigger whose verb lies in a directive's clause, or whose noun is a wrong a label says."""
    return t.event.i in inside or t.noun is not None and t.noun.i in inside


def _named(ctx: Ctx, parties: list[str]) -> list[str]:
    """The PARTIES that are no mere description ('urged ministers': ``party_described``): a
    described party says to whom an act was done, but an act toward no one named stays as it was
    judged without it (its own business, or no event)."""
    return [p for p in parties if p not in ctx.described]


def _partners(ctx: Ctx, kind: str, named: list[str], words: list[Token]) -> list[str]:
    """The NAMED targets that may be parties met: not those named in the trigger's sentence only in a
    topic phrase of its WORDS (``argkinds.topic_words``: 'its own consultation on Europe wide adoption
    of UWB')."""
    topics = topic_words(kind, words)
    if not topics:
        return named
    sent = words[0].sent
    where = {x: [i for i, ids in ctx.ents_by_tok.items() if x in ids and sent.start <= i < sent.end] for x in named}
    return [x for x in named if not where[x] or any(i not in topics for i in where[x])]


def _forces_moved(e: Event) -> bool:
    """'3,000 soldiers were deployed to the border': armed forces or weapons moved by a force not
    named are a mobilisation all the same (their mode is one of the force sets')."""
    return e.type == "MOBILIZE" and e.mode in TRIGGERS.force_sets.values()


def _reporter(tok: Token) -> Token | None:
    """The reporting verb whose complement holds this clause ('Syria says [it will ...]')."""
    rep = STATUS.reporting_verbs
    while tok.head != tok:
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in rep:
            return tok.head
        if tok.dep_ not in ("xcomp", "conj", "aux", "advcl"):
            return None
        tok = tok.head
    return None


def _speech_act(t: Trigger, actors: list[str], subj: Token | None, statement: Statement | None) -> tuple[str, bool]:
    """An actor announcing its own future act ('Syria says it will ...': the subject is a
    pronoun for the speaker): cooperation becomes AGREE, conflict THREATEN, a refused
    cooperation REJECT. Returns (type, recoded)."""
    lex = TRIGGERS
    if not actors or t.via_control:
        return t.type, False
    if subj is None or subj.lower_ not in PRONOUNS:
        announced = statement is None or statement.certainty == "asserted"
        if announced and is_future(t) and lex.commissive.get(t.type) == "AGREE" and not is_negated(t) \
                and not hypothetical(t, own=False):
            return "AGREE", True
        return t.type, False
    if is_negated(t):      # a refused cooperation ('we will not meet him'); a denied act stays itself ('denied he met him')
        refused = t.type in lex.refusal_types and is_future(t) and not denied_claim(t)   # 'denied he planned to join'
        return ("REJECT", True) if refused else (t.type, False)
    if is_future(t) and t.type in lex.commissive:
        threat = any(c.dep_ == "advcl" and {m.lower_ for m in c.children if m.dep_ == "mark"} & lex.threat_marks
                     for c in t.head.children)
        return ("THREATEN" if threat else lex.commissive[t.type]), True
    return t.type, False


def _event(ctx: Ctx, t: Trigger, timexes: list[Timex], anchor: str | None) -> Event | None:
    if _part_of_meeting(t):
        return dropped(t, "_part_of_meeting")
    if t.noun is not None and requests_in_general(t.type, t.noun, t.head, SENSES.request_preps):
        return dropped(t, "requests_in_general")   # 'when making "voter identification" calls': telephone calls
    if t.noun is not None and call_placed(t.type, t.noun, t.head, SENSES.request_preps):
        return dropped(t, "call_placed")   # 'Britain's first mobile phone call was made'
    sense = verbal_type(t.type, t.event, t.noun, t.words)
    if sense is None:
        return dropped(t, "verbal_type")   # 'hit a yearly high' as no attack; 'attacked red tape' is ACCUSE
    t = replace(t, type=sense)
    directed = directive_type(t.type, t.event, t.cameo) if t.noun is None else None
    if directed is not None:
        t = replace(t, type=directed[0], mode=None, cameo=directed[1])   # 'ordered 30 planes', 'directed him to hide'
    if other_sense(t):
        return dropped(t, "other_sense")   # 'discussed military action'
    if commits_to_no_act(t):
        return dropped(t, "commits_to_no_act")   # 'vowed to beat Chelsea in the final'
    if t.type == "ASSAULT" and no_harm_in_view(t):
        return dropped(t, "no_harm_in_view")   # 'hit the front', 'beat Keane', 'was found dead': no harm in view
    kind, mode = abandoned(t.type, t.mode, t.event)
    if kind != t.type:
        t = replace(t, type=kind, mode=mode, cameo=None)     # 'pulled out of an agreement': a relation ended
    if (cut := ceased(t)) is not None and (found := plover(cut)) is not None:
        t = replace(t, type=found.type, mode=found.mode, cameo=cut)   # 'stopped supplying gas to Ukraine'
    idx, st = statement_of(ctx, t.event)
    if st is None:
        st = _parsed_statement(ctx, t)
    actors, subj = actors_of(ctx, t, st)
    t = withdrawn_request(diplomatic_protest(t, subj))   # 'Serbia lodged a protest', 'withdrew its demand'
    t = civilian_obstruction(t, subj)                   # 'workers blocked the bridge' PROTEST, 'troops ...' COERCE
    t = dared(t)                                        # 'challenged the minister to publish it': a demand
    t = joint_operation(t, _together(subj, actors))     # 'Russia and Belarus held exercises': one operation
    if (check := _unstated(ctx, t, subj, actors)) is not None:
        return dropped(t, check, actors)   # 'the quakes struck', 'meets the needs', 'you can ask', 'warned of risks'
    place = place_of(ctx, t)
    quoted_speaker = st.speaker if st is not None and st.kind == "direct" else None
    targets = targets_of(ctx, t, actors, place, subj if actors else None, quoted_speaker)
    if t.party_needed:
        stood_for = [e for e in object_parties(ctx, t.event) if e not in actors]
        if not stood_for:
            return dropped(t, "a default code with no party", actors)   # 'buy them off', 'to resolve them': no other party
        targets = list(dict.fromkeys(stood_for + targets))
    if t.swap:
        actors, targets = _named(ctx, targets), actors      # a description acts for no one (see ``_named``)
    if not actors and place and t.noun is not None and t.type in TRIGGERS.place_as_actor:
        actors, targets = [place], [x for x in targets if x != place]
    if not actors and (states := state_where_done(ctx, t) or removed_by(ctx, t)):
        actors, targets = states, [x for x in targets if x not in states]   # 'put under investigation in Italy', 'expelled from Moldova'
    if not actors and t.type in CROWD and not people(subj if subj is not None or t.head.dep_ != "acl" else t.head.head):
        return dropped(t, "a crowd", actors)   # 'the dollar rallied', 'it rallied': no crowd
    named = _named(ctx, targets)
    t = excluded_member(ctx, t, subj, actors, named)    # 'UEFA banned Drogba': a body's own, SANCTION
    t = inflicted_penalty(t)                            # 'was jailed for three years': a conviction, SANCTION
    kind, recoded = _speech_act(t, actors, subj, st)
    among = _together(subj, actors) or place is not None
    words = [t.event, *t.words, *([t.noun] if t.noun is not None else [])]
    if not (among or _partners(ctx, kind, named, words)) and not between_parties(kind, subj, words):
        return dropped(t, "_partners", actors)   # 'the union's executive was due to meet'
    if own_meeting(t, kind, subj):
        return dropped(t, "own_meeting", actors)   # 'will hold its conference in Manchester'
    if not _together(subj, actors) and serves_its_public(ctx, t, kind, targets, actors):
        return dropped(t, "serves_its_public", actors)   # 'trying to reassure Jewish voters', 'providing clients with products'
    if removes_its_officer(ctx, t, kind, subj, actors):
        return dropped(t, "removes_its_officer", actors)   # 'it may now move to oust chairman Zheng Junhuai', 'UKIP suspended a candidate'
    if not _together(subj, actors) and rewards_its_own(t, kind, subj):
        return dropped(t, "rewards_its_own", actors)   # 'Lord Falconer praised his minister', 'the firm thanked its staff'
    if halts_its_trade(ctx, t, kind, named):
        return dropped(t, "halts_its_trade", actors)   # 'Wal-Mart suspended gun sales in California': its market, no party cut off
    if among_its_kin(t, subj):
        return dropped(t, "among_its_kin", actors)   # 'planned to join his wife and four children'
    if not (among or recoded) and t.noun is None and stated_stance(ctx, t, kind, named):
        return dropped(t, "stated_stance", actors)   # 'defended his record', 'dismissed fears', 'argued that ... should': a statement
    if not (among or named or recoded) and _gives_nothing(t):
        return dropped(t, "_gives_nothing", actors)   # 'councils provide local services': no party receives aid
    if not (among or named) and t.noun is None and nonspecific_object(t.event):
        return dropped(t, "nonspecific_object", actors)   # 'members would not forgive anybody who ...': said of any party, no act
    if not (among or named) and t.noun is None and asks_the_hearers(kind, t.event):
        return dropped(t, "asks_the_hearers", actors)   # '"I ask you to keep Charlie's family in your hearts"': an audience exhorted
    if recoded and kind == "AGREE" and not (among or named) and aid_announced(t):
        kind, recoded = t.type, False    # 'Italy will supply a SAMP/T battery': the aid itself, planned
    if recoded and kind == "AGREE" and named and trade_announced(t):
        kind, recoded = t.type, False    # 'Microsoft said it would buy Sybari Software': the purchase, planned
    if not among and pledged_about_its_own(ctx, t, named):
        return dropped(t, "pledged_about_its_own", actors)   # 'promised to halve the US's budget deficit': his own policy
    if toward_no_party(t, kind, recoded, among or sets_terms(ctx, t), named):
        return dropped(t, "toward_no_party", actors)   # 'it had to cancel 77 flights', 'Labour promised to cut class sizes'
    if not among and holds_its_own(ctx, t, kind, subj, named):
        return dropped(t, "holds_its_own", actors)   # 'the Lib Dems to increase their votes and their Commons seats'
    if not recoded and (hypothetical(t, own=subj is not None and subj.lower_ in PRONOUNS) or advised(t)):
        return dropped(t, "hypothetical", actors)   # 'if someone complained, we would investigate', 'X should allow'
    date = _date(t, timexes, anchor)
    if date is None and is_generic(t, kind):
        return dropped(t, "is_generic", actors)   # 'Langotalk offers a one-time payment': a habit; 'return this week' is dated
    if reporters_own(clause_top(t)):      # 'he said that ... but also called for calm': his own act, not his report
        idx, st = None, None
    status: Status = status_of(t, own_sentence(t, st))    # '"I will be asking Parliament ... . ... whether it is possible"'
    if status == "occurred" and futurate(t, date, anchor):
        status = "planned"         # 'David Klein steps down on 16 January': a scheduled act
    if recoded:   # the promise, threat or refusal itself was made (or is only believed made)
        status = "occurred" if st is None or st.certainty == "asserted" else "speculated"
        if kind == "AGREE" and t.type != kind and status == "occurred":
            status = "planned"     # PLOVER's future cooperation: the act promised is still to come
    if status == "denied" and not recoded and t.noun is None and forbids(kind, t.event):
        kind, t = FIGURES.forbidding_type, replace(t, mode=FIGURES.forbidding_mode, cameo=None)
        status = "planned" if is_future(t) else "occurred"    # 'China won't allow new factories to be built'
    negated = status == "denied" or status == "speculated" and is_negated(t)   # 'may not welcome': a negated guess
    if negated and not speech_frame(kind).undone:
        return dropped(t, "undone denied", actors)   # 'denied she would refuse the post': not refusing is no act (a denied attack is)
    if negated and speech_frame(kind).view and (_present(t.event) or status == "speculated"):
        return dropped(t, "a view denied", actors)   # "I don't blame her mother": a view held; 'may not welcome': a guess at one
    span = _evidence(t, subj, include_reporter=recoded or stated_disposition(t))
    return Event(type=kind, evidence_span=span, trigger=" ".join(w.text for w in t.words), actors=actors,
                 targets=targets, date=date, place=place or where_parties_were(ctx, t), status=status,
                 source=st.speaker if st is not None else None, statement=idx, mode=t.mode,
                 cameo=cameo_for(kind, t.mode, t.cameo))


def _unstated(ctx: Ctx, t: Trigger, subj: Token | None, actors: list[str]) -> str | None:
    """The first check that finds no act of T's kind stated, by its name: a sense the parties do not
    fit ('the quakes struck'), the reader addressed ('you can ask'), speech that states no act
    ('warned of risks'), the speaker's own subject ('stressed rise in rates would not affect ...'), a
    harm befallen by nature ('believed to have been killed ... the earthquake'), a document signed that
    is no agreement and does something of its own ('signed a decree raising pensions') and the rest below."""
    unfit = unfit_part(t, subj)
    checks = (("fits_sense: " + str(unfit), lambda: unfit is not None), ("addresses_reader", lambda: addresses_reader(t)),
              ("speech_stated", lambda: not speech_stated(ctx, t, actors)),
              ("acted_by_a_clause", lambda: acted_by_a_clause(t)), ("reported_as_possible", lambda: reported_as_possible(t)),
              ("shown_by_data", lambda: shown_by_data(t)), ("believed_of_a_thing", lambda: believed_of_a_thing(t, subj)),
              ("unrealised", lambda: unrealised(t)), ("speakers_subject", lambda: speakers_subject(t, subj)),
              ("signs_no_agreement", lambda: signs_no_agreement(t)),
              ("befallen_by_nature", lambda: not actors and t.type in UNDERGONE - BEFALLEN
               and befallen_by_nature(t.event, t.type)))
    return next((name for name, held in checks if held()), None)


def stated_stance(ctx: Ctx, t: Trigger, kind: str, named: list[str]) -> bool:
    """Whether a verb of speech of a stance says a view, a record, a plan or a clause
    (``stance_said``) and names no party outside what it says: 'defended the decision to sell
    the stake to Yukos' names Yukos only inside the decision, a thing of the speaker's own side.
    An act said ('stance_deed_classes': 'hailed a deal bringing Turkey closer', 'signed a deal
    with China') names its partners inside it, and they keep it.
    A party whose words or plans are reacted to, named as their owner ('defended the Home
    Secretary's plans', 'dismissed Labour's claims'), is PLOVER's target and keeps the event, as
    does an object that is part of the trigger's own key ('dismissed the proposal');
    an AGREE with a party's view ('agreed with Dr Fox's view') assents to an opinion: a statement."""
    said = stance_said(kind, t.event)
    if said is None or any(x in t.words for x in said):
        return False           # 'dismissed the proposal': the lexicon codes the verb with its object
    inside = {w.i for x in said if not deed_said(x) for w in x.subtree
              if kind == "AGREE" or not any(a.dep_ == "poss" and a.head in said for a in [w, *w.ancestors])}
    outside = {e for w in t.event.subtree if w.i not in inside for e in ctx.ents_by_tok.get(w.i, [])}
    return not any(p in outside for p in named)


def other_sense(t: Trigger) -> bool:
    """Whether a verb trigger's arguments show a sense that is no interaction of its type: forces
    talked or thought of ('discussed military action'), a firm's own goods sold, a deliberation
    coded as a meeting ('is considering the purchase of jets'), a body founded ('Jet Airways was
    founded by'), a body run ('led Labour between 1983 and 1992'), a work or a team run ('directed the
    2002 hit About Schmidt'), an amount charged ('could
    charge them up to 10% of turnover'), animals shot, a contest won or lost ('beat Labour at the
    polls'), a body joined ('joined the KGB'), an object named as something ('called the camp a
    disgrace'), an invitation to enter a body accepted ('accepted the invitation to enter the House
    of Lords'), a state named by a verb of force ('the disappointments overshadowed the targets'), a
    phrasal verb in its own sense ('took on the far left Militant Tendency'), a possession or a deed
    'taken' ('holding their stake as an investment'), a party moved to a rank ('took UKIP into third
    place'), a field joined ('joining an already crowded field') and an appeal that asks nothing of
    anyone ('will appeal right across the political spectrum'), a building visited ('visiting
    Sikhism's holiest shrine'), an act approved ('a resolution sanctioning military action'), a seat
    contested at an election ('is to contest the seat of Erewash at the next general election') or won
    or kept by a party ('Erewash had been held by the Tories'), a verb of force first of perception
    ('he rang Lucy'), a finding decided ('decided the practice discriminated against Roma'), a state
    found ('was found dead'), a possessed noun the parser took for a verb ('Martika's 1980s hit Toy
    Soldiers'), a party led into a course of action ('took the UK to war'), a system
    outdone in a contest ('beat the Asian tiger economies'), a state of affairs assured ('trying to
    ensure future budgets were limited'), a verb of force with a preposition in its own sense ('seized
    on the figures'), force done for a contest or a market ('battling Orange for control of the market'),
    a rival person outdone ('overtook David Lloyd George'), a person fired, in a sense that takes
    persons ('executives were fired'), a state eased ('has eased political tensions'), a rival beaten
    to a prize ('beat Santander to a deal'), a figure that shoots up ('exports shot up by 20%'), a
    party that shoots to a state ('shot to fame'), a thing taken somewhere or as a thing ('took some of
    these berries to a monastery'), a fight beside a verb of speech ('we have been squabbling, fighting'), a product put out ('released its
    new phone'), goods offered to no one ('offering hybrid devices'), a move in a chart ('shot to
    the top of the charts'), a prize contested or taken ('beat fellow stars to the best actress
    prize'), a prize given, offered or shared ('will give the prize to the poet'), a rank reached
    or kept ('held off Kylie Minogue to remain the biggest single'), a
    work's takings ('took $305m at the box office'), a title contested ('I plan to defend my world
    title'), a named rival beaten in a contest ('Brazil beat Germany in the World Cup final'), goods
    bought from no one ('purchased two copies of the charity single') and a show given
    to no one ('had provided the night's other high-profile entertainment'), a firm paid by its
    customers ('Windows users could soon be paying Microsoft') or serving them ('offering free access
    to Skype users'), a contest entered, left or fought ('withdrew from the Athens Olympics', 'could
    meet Bekele in March as the Ethiopian is the defending champion'), a contest's own move among those on
    its field ('Rooney was being well marshalled by Dunne', 'a good tackle from Djimi Traore'), a side
    joined or a person signed ('to join Newcastle', 'have signed the defender': a transfer, transfers32),
    a dealing among the people of a field ('offered Chelsea boss Jose Mourinho some advice', fieldacts33)
    (``senses``, ``figures``, ``products``, ``prizes``, ``contests``, ``commerce``: each reads the kind of the verb's
    arguments, as WordNet classes them)."""
    if t.noun is not None:
        return False
    v, kind = t.event, t.type
    return talks_of(kind, t.mode, v) or sells_own_goods(kind, v) or founds_a_body(v, t.cameo) \
        or manages_a_body(v, t.cameo) or directs_a_work(v, t.cameo) \
        or deliberates(kind, v, t.cameo is not None and not t.via_control) or charges_an_amount(kind, v) \
        or hunts(kind, v) or contested(kind, v) or joins_a_body(kind, v) or engages_a_person(kind, v) or names_as(kind, v) \
        or accepts_membership(kind, v) or names_a_state(kind, v, t.cameo is not None and not t.via_control) \
        or phrasal_sense(kind, v, t.cameo) or takes_no_party(kind, t.mode, v, t.words) or ranked(kind, v) \
        or attracts_rather_than_asks(kind, v) or attracts_an_audience(kind, v) or authorises(kind, v) \
        or visits_a_venue(kind, t.mode, v) or campaigns_for_a_seat(kind, v) or party_takes_or_holds(kind, v, t.cameo) \
        or perceived(kind, v, t.cameo is not None and not t.via_control) or finds_what_is(kind, v) \
        or finds_a_state(kind, v, t.cameo) or possessed_noun_as_verb(v) \
        or led_into_a_course(kind, t.mode, v) or outdoes_a_system(kind, v) or assures_a_state(kind, v) \
        or prepositional_sense(kind, v) or vies_for_a_contest(kind, v) or outdoes_a_person(kind, v, t.cameo) \
        or acts_otherwise_on_a_person(kind, v) or relieves_a_state(v, t.cameo) or wins_a_race(kind, v) \
        or rises_or_falls(kind, v) or rises_to_a_state(kind, v) or carried_or_consumed(kind, t.mode, v, t.cameo) \
        or quarrels(kind, v) \
        or puts_out_a_product(kind, t.mode, v, t.words) or offers_its_goods(kind, v) or moves_in_a_chart(v) \
        or competes_in_a_market(kind, v) \
        or contests_a_prize(kind, v) or hands_over_a_prize(kind, v) or reaches_a_rank(kind, v) \
        or earns_takings(kind, t.mode, v) or contests_a_title(v) or beats_a_rival(kind, v) \
        or buys_goods(kind, v, t.words) or gives_a_show(kind, v, t.words) or the_public_pays(kind, v) \
        or offers_to_its_market(kind, v) or competes(v) or plays_in_a_contest(kind, v) or deals_on_the_field(kind, v)


def commits_to_no_act(t: Trigger) -> bool:
    """'Wenger vowed to beat Chelsea in the Cup final', 'Mr Blair vowed to defeat the Tories at the
    election': a commitment (a promise, a vow or a threat: a type the lexicon's 'commissive' map
    codes commitments as, read from a governing verb) carries the act of its 'to'-complement; when
    that act, read as its own trigger, is a contest (``_a_contest``), the speaker commits to its own
    aim in it, a statement, and PLOVER codes no promise or threat. 'Hamas vowed to fight Israel'
    stays. (The other senses of ``other_sense`` are not read here: some look at the verb of speech
    beside the act, which the vow itself is.)"""
    if not t.via_control or t.type not in TRIGGERS.commissive.values() or t.event == t.head or t.event.pos_ != "VERB":
        return False
    inner = verb_trigger(t.event)
    return inner is not None and _a_contest(inner.type, inner.event)


def _a_contest(kind: str, v: Token) -> bool:
    """An act of a contest, as ``other_sense`` reads it: a seat contested, a rival beaten, a title
    defended, a race or a prize won, a contest entered or fought."""
    return contested(kind, v) or beats_a_rival(kind, v) or contests_a_title(v) or wins_a_race(kind, v) \
        or vies_for_a_contest(kind, v) or contests_a_prize(kind, v) or competes(v)

def _present(v: Token) -> bool:
    """A verb in the simple present ('I don't blame', 'he does not back'): a habit or a view, not a
    past act denied ('did not praise', 'denied criticising')."""
    return v.tag_ in ("VBP", "VBZ") or v.tag_ == "VB" and any(
        c.dep_ == "aux" and c.tag_ in ("VBP", "VBZ") and c.lemma_.lower() == "do" for c in v.children)


def acted_by_a_clause(t: Trigger) -> bool:
    """'Reopening the line would protect the character of the Borders', 'raising the threshold would
    prevent home-buyers from paying': a clause as the subject (its own or its conjunct's) is an act
    whose effect is forecast; no party does what the trigger names (PLOVER requires an actor)."""
    v = t.head
    while v.dep_ == "conj" and v.head != v:
        v = v.head
    return any(c.dep_ in ("csubj", "csubjpass") for c in v.children)


def believed_of_a_thing(t: Trigger, subj: Token | None) -> bool:
    """'The files are believed to contain security arrangements', 'the papers are said to show
    ...': the passive subject of a verb of belief or report whose active 'to'-complement holds the
    trigger is that act's own subject (raised, as in 'X is thought to support'), so it must be able
    to act; a thing believed to do something ('contain', 'show') does no act of the type. An act in
    the passive ('troops are understood to have been put on standby') keeps its subject as the party
    that undergoes it."""
    if subj is None or subj.dep_ != "nsubjpass" or t.noun is not None or subj.head in (t.event, t.head):
        return False
    governor = subj.head
    if governor.lemma_.lower() not in STATUS.belief_verbs | STATUS.reporting_verbs or \
            any(c.dep_ == "auxpass" for c in t.event.children):
        return False
    return governor in governors(t) and not can_act(subj, t.type)


def unrealised(t: Trigger) -> bool:
    """An act the text says was not done, or only could be: a modal perfect ('the agency would have
    provided a one-stop system', 'ministers should have consulted the unions': what was not done,
    ``counterfactual``) or an ability ('the UK would still be able to reject proposals', 'is able to
    block the treaty': a power held, not used; ``only_able``). PLOVER codes acts done, planned or
    threatened, none of these. An act asked about in an indirect question ('will decide whether to
    block the auction', 'it was unclear who would occupy the White House') is no act stated either
    (``open_question``), nor one wished of another party ('the Tories want the information
    commissioner to investigate': ``status.wished_of``), which its doer neither did nor planned, nor
    one only judged or needed ('it is important for Britain to sign the treaty': ``status.evaluated``),
    nor one its doer keeps from or is unwilling to do ('hoped to avoid having to resolve the dispute',
    'is reluctant to take action': ``status.averted``), nor one a doer not yet in being would do ('a
    Conservative government would allow a vote': ``status.hypothetical_doer``)."""
    return counterfactual(clause_top(t)) or only_able(t) or open_question(t) \
        or wished_of(t, STATUS.intent_verbs) is not None or evaluated(t) or averted(t) or hypothetical_doer(t)


def counterfactual(top: Token) -> bool:
    """'would have provided', 'should have been consulted', 'would have been giving': a
    'counterfactual_aux' modal with 'have' before a participle, past or (after 'been') present; a
    'by' phrase of a date ('the troops would have left by June') reads it as a reported future
    perfect, still to be done."""
    auxiliaries = {c.lower_ for c in top.children if c.dep_ in ("aux", "auxpass")}
    participle = top.tag_ == "VBN" or top.tag_ == "VBG" and "been" in auxiliaries
    if not participle or "have" not in auxiliaries or not auxiliaries & SENSES.counterfactual_aux:
        return False
    deadline = [x for p in top.children if p.dep_ == "prep" and p.lower_ == "by" for x in p.children
                if x.dep_ == "pobj" and x.ent_type_ in ("DATE", "TIME")]
    return not deadline


def open_question(t: Trigger) -> bool:
    """The act is the content of an indirect question: a complement clause on the trigger's chain
    that a 'question_marks' subordinator opens ('will decide whether to block the auction', 'asked
    if they would strike'), or whose subject is a wh-word under a modal ('it was unclear who would
    occupy the White House'). What is asked is open, neither done nor planned; a wh-clause in the
    past ('revealed who attacked the convoy') takes the act as done and stays."""
    for g in governors(t):
        if g.dep_ in ("ccomp", "xcomp") and any(c.dep_ == "mark" and c.lower_ in TRIGGERS.question_marks
                                                for c in g.children):
            return True
    top = clause_top(t)
    asked = any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.tag_ in WH_TAGS for c in top.children)
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in top.children)
    return top.dep_ == "ccomp" and asked and modal


def only_able(t: Trigger) -> bool:
    """The act is the 'to'-complement of an adjective of ability ('ability_words') whose copula is
    neither past nor perfect ('would be able to reject', 'is able to block'; 'were able to arrest',
    'has been able to agree' say it was done), or of one of inability ('were unable to agree'); the
    act may be the second of two complements ('would be able to develop and offload the reserves')."""
    for g in governors(t) + _conjunct_governors(t):
        word = g.lower_
        if g.dep_ != "acomp" or word not in SENSES.ability_words | SENSES.inability_words:
            continue
        copula = g.head
        done = copula.tag_ == "VBD" or any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in copula.children)
        return word in SENSES.inability_words or not done
    return False


def _conjunct_governors(t: Trigger) -> list[Token]:
    """The verbs a trigger's clause hangs from through its first conjunct: 'offload' in 'able to
    develop and potentially offload' is governed by 'able' as 'develop' is."""
    v, out = t.head, []
    while v.dep_ == "conj" and v.head != v:
        v = v.head
        out.append(v)
    while out and v.dep_ == "xcomp" and v.head != v:
        v = v.head
        out.append(v)
    return out


def shown_by_data(t: Trigger) -> bool:
    """'Statistics showed that of the 17 people found guilty since 2001 only four were ...', 'figures
    show more people were stopped': an act in the clause that data show (the governing verb's
    subject is one of the statements layer's 'data_nouns', which speak for no one) is a tally of
    many acts, a statistic, not an event a party did."""
    top = clause_top(t)
    if top.dep_ != "ccomp":
        return False
    data = statement_lexicon().speakers.data_nouns
    return any(c.dep_ == "nsubj" and c.lower_ in data for c in top.head.children)


def sets_terms(ctx: Ctx, t: Trigger) -> bool:
    """'it will not sign the document until Armenia changes its constitution', 'they would meet him if
    he gave them a veto': the act's condition is what another named party (or one a pronoun stands
    for) must do (``terms_marks``), so the promise, threat or refusal is made to that party; a
    condition on the clause's own subject ('if they have no papers they are going to be detained')
    sets no terms to anyone."""
    top = clause_top(t)
    own = child(top, ("nsubj", "nsubjpass"))
    for c in (c for c in top.children if c.dep_ == "advcl"):
        subj = child(c, ("nsubj", "nsubjpass"))
        if {m.lower_ for m in c.children if m.dep_ == "mark"} & TRIGGERS.terms_marks and subj is not None \
                and (subj.lower_ in PRONOUNS or named_head(ctx, subj)) and (own is None or own.lower_ != subj.lower_):
            return True
    return False


def aid_announced(t: Trigger) -> bool:
    """A party's announced future aid of a thing handed over, to no one named ('Italy will supply a
    SAMP/T battery', 'Berlin would provide a new package'): the material act itself, still to come,
    not a promise (PLOVER's AGREE is a promise made to someone), and not a statement of policy."""
    obj = next((c for c in t.event.children if c.dep_ in OBJECTS), None)
    return t.type in TRIGGERS.given_types and obj is not None and handed_over(obj)


def trade_announced(t: Trigger) -> bool:
    """A party's announced future purchase, sale or merger: a cooperation between two parties
    (``partner_types``) whose verb the CAMEO dictionary lists in a block of a transfer of ownership
    (``traded_blocks``: 'Microsoft said it would buy Sybari Software', 'Federated is to buy rival
    May'). The transaction itself is the act, still to come, as PLOVER's COOPERATE codes a purchase;
    it is no promise made to the firm bought (PLOVER's AGREE), which agrees to nothing by it."""
    entry = verb_entry(t.event) if t.noun is None else None
    return t.type in TRIGGERS.partner_types and entry is not None and entry.block in TRIGGERS.traded_blocks


def _gives_nothing(t: Trigger) -> bool:
    """Aid (``given_types``) whose object is no thing handed over but a service or an act done
    ('provide local services', 'supplies advice'), or only a quantity word with no noun, an
    adjective or adverb ('has given little away'), to no one named: PLOVER's AID goes to a party;
    a thing handed over stays ('Italy will supply a battery')."""
    obj = next((c for c in t.event.children if c.dep_ in OBJECTS), None)
    return t.type in TRIGGERS.given_types and t.noun is None and obj is not None and obj not in t.words \
        and (obj.pos_ in ("ADJ", "ADV") or not handed_over(obj))


def _among_counted(t: Trigger, e: Event) -> bool:
    """A meeting of parties counted but not named ('the defense ministers of the two countries will
    meet'): PLOVER's CONSULT with its actors unknown (``counted_parties``)."""
    return e.type in SENSES.between_types and t.noun is None and counted_parties(subject_of(t.event)[0])


def _together(subj: Token | None, actors: list[str]) -> bool:
    """Parties coordinated as the subject ('Czechia and China signed'), each the other's partner;
    not one name found twice or a name with its modifiers ('the Lib Dems', "Brazil's Petrobras")."""
    return subj is not None and len(set(actors)) > 1 and any(c.dep_ == "conj" for c in subj.children)


def _part_of_meeting(t: Trigger) -> bool:
    """'At the meeting, X will meet with Y': a meeting inside a meeting already stated."""
    occasions = statement_lexicon().forecast.occasion_nouns
    if t.type != "CONSULT":
        return False
    for p in (c for c in t.head.children if c.dep_ == "prep" and c.lower_ in ("at", "during")):
        n = child(p, ("pobj",))
        if n is not None and n.lemma_.lower() in occasions and child(n, ("det",)) is not None:
            return True
    return False


def _parsed_statement(ctx: Ctx, t: Trigger) -> Statement | None:
    """When no statement covers the event but the parse shows 'X believes that ...', a
    stand-in statement (no index) gives the source and the certainty."""
    rep = _reporter(t.head)
    if rep is None:
        return None
    speaker = ents_in(ctx, child(rep, SUBJECTS))
    believed = rep.lemma_.lower() in STATUS.belief_verbs
    return Statement(content_spans=[(t.head.idx, t.head.idx)], speaker=speaker[0] if speaker else None,
                     certainty="believed" if believed else "asserted", cue=rep.text)


def _evidence(t: Trigger, subj: Token | None, include_reporter: bool) -> tuple[int, int]:
    """The words stating the event: the subject through the trigger words and their
    arguments, inside one sentence; with the reporting verb when it made the act a promise."""
    sent = t.head.sent
    in_sent = range(sent.start, sent.end)
    toks = set(t.words) | {t.head, t.event}
    for w in list(toks):
        toks.update(c for c in w.subtree if c.i in in_sent and not in_skipped(c, w))
    if subj is not None and subj.i in in_sent:
        toks.update(subj.subtree)
    if include_reporter and (rep := _reporter(t.head.head if t.head.dep_ == "acomp" else t.head)) is not None:
        toks.add(rep)
        toks.update(rsubj.subtree if (rsubj := child(rep, SUBJECTS)) is not None else [])
    lo, hi = _paragraph(t.event)
    kept = [x for x in toks if lo <= x.i < hi and not x.is_space]
    first = min(kept, key=lambda x: x.i)
    last = max(kept, key=lambda x: x.i)
    return first.idx, last.idx + len(last.text)


def stated_disposition(t: Trigger) -> bool:
    """'Syria says it is willing to withdraw', 'he said he is prepared to lift the ban': a readiness
    (a predicate adjective of the commissive control lexicon) is a promise only by being said, so
    the saying is the act PLOVER codes and belongs to its evidence, as a recoded promise's does."""
    spec = control_spec(t.head) if t.via_control else None
    return spec is not None and spec.commissive and t.head.dep_ == "acomp"


def _paragraph(tok: Token) -> tuple[int, int]:
    """Token bounds of the paragraph around tok inside its sentence (a parse may run a
    headline into the next paragraph)."""
    sent = tok.sent
    lo = max((x.i + 1 for x in sent if x.i < tok.i and x.is_space and "\n\n" in x.text), default=sent.start)
    hi = min((x.i for x in sent if x.i > tok.i and x.is_space and "\n\n" in x.text), default=sent.end)
    return lo, hi


def _date(t: Trigger, timexes: list[Timex], anchor: str | None) -> str | None:
    """The value of a date timex in the trigger's clause; 'recently' dates to the anchor."""
    lex = STATUS
    spine = _spine(t)
    top = spine[-1]
    lo, hi = top.left_edge.idx, top.right_edge.idx + len(top.right_edge.text)
    inside = sorted((x for x in timexes if lo <= x.span[0] < hi and not _dates_other(t, x, spine)),
                    key=lambda x: abs(x.span[0] - t.event.idx))
    for x in inside:
        if any(w in x.text.lower() for w in lex.recent_words):
            if anchor:                      # 'in recent days' (a REF or a PXD duration): about now
                return anchor
            continue
        if x.type in ("DATE", "TIME") and not x.value.endswith("_REF"):
            return day_of(x.value)
    return None


def _spine(t: Trigger) -> list[Token]:
    """The trigger's clause from its head up through the clauses it is joined to (an 'xcomp',
    'conj', 'advcl' or a 'ccomp' not under a reporting verb), the last one its top: a date or place
    on any of them is the event's ('met on Monday and pledged', 'was wounded on June 4 when a man
    stabbed him')."""
    top, out = t.head, [t.head]
    while top.dep_ in ("xcomp", "conj", "advcl", "ccomp") and top.head != top and top.head.sent == top.sent:
        if top.dep_ == "ccomp" and top.head.lemma_.lower() in STATUS.reporting_verbs:
            break
        top = top.head
        out.append(top)
    return out


def _dates_other(t: Trigger, x: Timex, spine: list[Token]) -> bool:
    """True for a timex that dates something else: 'ahead of the December 19 meeting', a relative
    clause on another noun ('a rail link which was closed in 1969'), or another verb inside the
    clause ('rejected the ruling and announced a referendum on October 25', 'warned that it could
    reimpose restrictions by the end of March', 'sentenced him for ordering a murder last year')."""
    span = t.head.doc.char_span(x.span[0], x.span[1], alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    tok = span.root
    minor = TRIGGERS.minor_preps
    own = {t.event, t.head, *t.chain, *t.words, *spine} | ({t.noun} if t.noun is not None else set())
    while tok != spine[-1] and tok.head != tok:
        if tok.dep_ in ("prep", "advmod") and tok.lower_ in minor:
            return True
        if tok.dep_ in ("relcl", "acl") and tok.head not in (t.event, t.noun):
            return True
        if tok.pos_ in ("VERB", "AUX") and tok not in own and _clause_of_its_own(tok, spine):
            return True
        tok = tok.head
    return False


def _clause_of_its_own(verb: Token, spine: list[Token]) -> bool:
    """A verb that heads a clause stating another act: a complement, a conjunct, a relative or
    prepositional clause, or an adverbial clause with its own subject. A participle with no subject
    set on the trigger's clause is its occasion ('Sitting on Wednesday, the judges dismissed both
    appeals'); a verb the parser could not place ('dep') heads nothing."""
    if verb.dep_ == "advcl" and verb.head in spine:
        return any(c.dep_ in SUBJECTS for c in verb.children)
    return verb.dep_ in OWN_CLAUSES


def _reporting_verbs(doc: Doc) -> list[Token]:
    rep = STATUS.reporting_verbs
    return [t for t in doc if t.pos_ == "VERB" and t.lemma_.lower() in rep]


def _directive(ctx: Ctx, rep: Token, timexes: list[Timex], anchor: str | None) -> tuple[Event, Token] | None:
    """'Russia said Sudan must return the helicopter': a REQUEST from the reporter to the
    complement's subject (the requested act inside is not an event of its own)."""
    comp = child(rep, ("ccomp",))
    if comp is None or not any(c.dep_ == "aux" and c.lower_ in TRIGGERS.directive_modals for c in comp.children):
        return None
    if names_no_act(comp) or _undergoes_unnamed(comp):
        return None                          # 'they must realise ...', 'carers must not be out of pocket': no act asked
    subj = child(comp, SUBJECTS)
    actors = ents_in(ctx, child(rep, SUBJECTS))
    targets = [i for i in ents_in(ctx, subj) if i not in actors]
    if not actors or not targets:
        return None
    lo = min(rep.left_edge.idx, comp.left_edge.idx)
    hi = comp.right_edge.idx + len(comp.right_edge.text)
    idx, st = statement_of(ctx, rep)
    said = Trigger(rep, rep, "REQUEST", chain=[rep])
    return Event(type="REQUEST", evidence_span=(lo, hi), trigger=f"{rep.text} {comp.text}", actors=actors,
                 targets=targets, source=st.speaker if st is not None else None, statement=idx,
                 cameo=cameo_for("REQUEST", None), date=_date(said, timexes, anchor),
                 place=place_of(ctx, said) or where_parties_were(ctx, said)), comp


def _undergoes_unnamed(comp: Token) -> bool:
    """'He told the conference the Tories must not be allowed to win': a passive with no doer says
    what must be done to its subject by parties unnamed; the subject is asked nothing, so no party
    is the target of a request (the speech is a statement; 'said the helicopter must be returned
    by Sudan' names the doer)."""
    deps = {c.dep_ for c in comp.children}
    return "auxpass" in deps and "agent" not in deps


def _inherit_occasion(events: list[Event]) -> None:
    """A dateless future act between the parties of an announced, dated meeting is expected
    at that meeting: it takes the meeting's date and place ('Putin will put pressure on him').
    Two shared parties are needed, or one when the article announces a single meeting."""
    meetings = [e for e in events if e.type == "CONSULT" and e.status == "planned" and e.date]
    need = 1 if len(meetings) == 1 else 2
    for e in events:
        if e.date or e.status not in ("planned", "speculated") or e.type == "CONSULT":
            continue
        parties = set(e.actors) | set(e.targets)
        m = max(meetings, key=lambda m: len(parties & set(m.actors + m.targets)), default=None)
        if m is not None and len(parties & set(m.actors + m.targets)) >= need:
            e.date, e.place = m.date, e.place or m.place

