"""What may come, as both the statements room and the forecasts room read it: a necessity set
ahead over a change (``forced_change``), a noun of likelihood over what may come
(``likely_to_come``), the 'be to' of arrangement (``arranged``), a noun of a happening or an
occasion (``names_a_happening``, ``names_an_occasion``), and the small tests of a clause they
rest on (a time, a condition, the passive, a subject who acts).

They live here, in the statements room, because the statements room needs them for a statement's
forecast flag (``forecast_flag.py``) and the forecasts room already reads the statements room: data flows
one way, so the forecasts room (``forecasts/ahead.py``, ``forecasts/horizons.py``) imports them from
here, and the statements room imports nothing of the forecasts room. Their words are in
data/statements_forecast.json."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...lexicons import view
from ...nlp.wordnet import WORDNET, having_verb, head_class, verb_state
from ..entities.lexicon import NounSenses
from ..entities.lexicon import lexicon as names
from ..verbforms import PRESENT, carries, perfect
from .lexicon import lexicon


def forced_change(t: Token) -> bool:
    """'must' or a semi-modal of necessity ('have to', 'need to': data/statements_forecast.json
    ``necessity_markers``) over an active verb of an act or a change whose subject is a thing, not
    a person or a body ('the tax burden would have to rise', 'prices must fall'): what the case
    will force (Palmer's dynamic necessity), a forecast, when a conditional or future modal, a time or
    a condition sets it ahead ('taxes need to rise by 10bn if ...'); bare, it states what ought to
    happen ('society has to change'); with someone who acts as its subject it is a duty ('we must
    act'), over a state a requirement ('it must be clear'), told in the past a fact ('the firm had
    to cut jobs')."""
    fc = lexicon().forecast
    if t.tag_ == "MD":
        verb, holder = (t.head, t.head) if t.lower_ in fc.necessity_markers else (None, t)
    elif t.lemma_.lower() in fc.necessity_markers and t.pos_ in ("VERB", "AUX") and t.tag_ != "VBD":
        verb, holder = next((c for c in t.children if c.dep_ == "xcomp" and c.tag_ == "VB" and any(
            g.lower_ in lexicon().cues.infinitive_markers for g in c.children)), None), t
    else:
        return False
    subject = next((c for c in holder.children if c.dep_ == "nsubj"), None)
    ahead = any(c.dep_ == "aux" and c.lower_ in fc.future_modals for c in holder.children) \
        or verb is not None and (timed(verb) or conditioned(verb))
    return verb is not None and subject is not None and subject.pos_ == "NOUN" and not subject.ent_type_ \
        and verb.pos_ == "VERB" and not passive_voice(verb) and verb_state(verb) is None and not can_be_bound(subject) \
        and not any(c.dep_ == "aux" and c.lower_ == "had" for c in holder.children) and ahead


def arranged(be: Token) -> bool:
    """'Fiat is to close the plant', 'it is to relocate ten plants', 'More money is to be given to
    councils': a finite 'be' over a to-infinitive with no predicate of its own is Quirk et al.'s
    'be to' of arrangement (3.47), a plan or a schedule, when its subject is a party the
    arrangement binds (a person or a body, ``arrangement_pronouns``) or the infinitive is passive;
    a noun of an aim or a task as the subject says what the aim is ('our aim is to avoid ...', 'his
    first task was to rebuild ...'), a 'be' with a phrase of its own is a state whose infinitive is a
    purpose or a subject ('is in talks to buy', 'it's up to them to say so', 'it was in the public
    interest to publish'), an idiom is no arrangement ('were to blame': ``be_to_idioms``), 'is not
    to' forbids, and 'it is to be hoped that ...' only comments."""
    fc, cues = lexicon().forecast, lexicon().cues
    if be.lemma_ != "be" or be.tag_ not in ("VBZ", "VBP", "VBD") or any(c.dep_ == "neg" for c in be.children) \
            or any(c.dep_ in ("attr", "acomp", "prep") for c in be.children):
        return False
    verb = next((c for c in be.children if c.dep_ == "xcomp" and c.tag_ in ("VB", "VBN")
                 and any(g.dep_ == "aux" and g.lower_ in cues.infinitive_markers for g in c.children)), None)
    if verb is None or verb.lemma_.lower() in fc.be_to_idioms or any(c.dep_ == "ccomp" for c in verb.children):
        return False
    subject = next((c for c in be.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in subject.children):
        return False        # 'Our mission is to look at ...': one's own aim or task
    return passive_voice(verb) or subject.lower_ in fc.arrangement_pronouns or can_be_bound(subject) \
        or subject.ent_type_ in fc.acting_entities


def looks_to(word: Token) -> bool:
    """A verb or adjective of intention, expectation or readiness with what it looks ahead to: an
    infinitive or a verb it governs ('plans to cut', 'is going to rise', 'looks set to exceed'), a
    clause ('promised that he would', 'expect it will be watched'), 'for' a happening ('set for
    growth': ``prospect_prepositions``), or a happening named as its object or its passive subject
    ('threatened strike action', 'a rally is planned': ``names_a_happening``) or a time; a verb of
    predicting or expecting (``expectation_cues``, FrameNet's Predicting and Expectation frames) or of
    thought (WordNet's first sense verb.cognition: 'plan', 'intend', 'schedule') holds any object it
    takes as what is to come ('expected no trouble', 'is predicting 10 million subscribers'). The parse may hang an
    adjective's complement on its copula, so that is read too, and 'going' before 'to' keeps its
    future however the parse takes the verb after it ('is just going to mushroom': a noun). Without one the word names a state or
    an act done, the sense data ``_future_predicates`` sets aside: 'my recovery is going better',
    'what is going on the pitch', 'has apparently threatened some of our players', 'has been
    pledged so far', 'see the situation resolved', 'we have set standards'."""
    fc = lexicon().forecast
    holders = [word, word.head] if word.dep_ in ("acomp", "oprd") else [word]
    in_mind = lexicon().lemma(word) in fc.expectation_cues or verb_state(word) == "cognition"
    return any(c.dep_ in ("xcomp", "ccomp") or c.dep_ in ("dobj", "nsubjpass") and (in_mind or names_a_happening(c) or timed(c))
               or c.dep_ == "prep" and c.lower_ in fc.prospect_prepositions
               and any(names_a_happening(o) for o in c.children if o.dep_ == "pobj")
               or c.dep_ == "prep" and c.lower_ == "to" and word.lower_ in fc.future_auxiliaries
               for h in holders for c in h.children)


def likely_to_come(noun: Token) -> bool:
    """A noun of likelihood (data ``likelihood_nouns``) that something is ('there is a risk', 'sees
    a chance') over what may come: its 'of' phrase holds a gerund or a noun of a happening ('there
    was some possibility of the strike being avoided'; 'the prospect of higher rates' as a subject
    and 'one factor was the possibility of ...' say what is, no), or a finite clause follows it
    ('a chance that rates will rise'; 'a chance to practise his art' is an opportunity). A bare
    one, with no phrase or clause of its own, held (``likelihood_held``: 'I don't think he has any
    chance', 'with the goal we have chances', 'there is a risk'), is the chance of what the talk is
    about, which is still to come: the contest, the deal, the vote; held now, not had ('we had many
    chances', 'have had chances': the chances a match gave)."""
    if not (noun.dep_ == "attr" and any(c.dep_ == "expl" for c in noun.head.children) or noun.dep_ == "dobj"):
        return False
    if any(c.dep_ in ("acl", "ccomp") and c.tag_ != "VB" for c in noun.children):
        return True
    if not any(c.dep_ in _NOUN_COMPLEMENTS for c in noun.children):
        return likelihood_held(noun) and _held_now(noun.head)
    return any(o.dep_ == "pcomp" or o.tag_ == "VBG" or names_a_happening(o)
               for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)


def _held_now(verb: Token) -> bool:
    """The verb asserts in the present: its own present tense or a present or modal auxiliary,
    not a perfect ('have had')."""
    return carries(verb, PRESENT, modal=True) and not perfect(verb)


# what a noun's own phrase or clause hangs on it by: with none, a noun of likelihood is bare
_NOUN_COMPLEMENTS = ("prep", "acl", "relcl", "ccomp", "appos")


def likelihood_held(noun: Token) -> bool:
    """A noun of likelihood stated as there or as held: the predicate of an existential 'there be'
    ('there is a small chance of ...'), or the object of a verb of having, perceiving or thinking
    (WordNet, ``having_verb`` and the first senses of ``verb_state``: 'has a 10% chance of making a
    return', 'I see a low risk of ...'); not what an act does to it ('to avoid the risks of
    purchasing', 'had not ruled out the possibility of ...', 'reduces the risk of ...')."""
    if noun.dep_ == "attr":
        return any(c.dep_ == "expl" for c in noun.head.children)
    return noun.dep_ == "dobj" and (having_verb(noun.head) or verb_state(noun.head) in _HOLDING_STATES)


# the first WordNet senses of a verb that holds its object in mind ('see a risk', 'consider the possibility')
_HOLDING_STATES = ("perception", "cognition")


def names_a_happening(noun: Token) -> bool:
    """A noun of an act, an event, a process or a change (WordNet, ``act_noun_classes``) or of an
    occasion ('the cut', 'growth', 'the election')."""
    return names_an_occasion(noun) or head_class(noun) in lexicon().forecast.act_noun_classes


def names_an_occasion(noun: Token) -> bool:
    """A noun of an occasion: a meeting, a contest or a vote (data/statements_forecast.json ``occasion_nouns``,
    WordNet's contests): what it names takes place, so its time is when it happens ('the 2005
    election'), and a copula over it speaks of a time to come ('this could be the election that ...')."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in lexicon().forecast.occasion_nouns | WORDNET.contests


def pointed_ahead(verb: Token) -> bool:
    """A time, a condition or an adverb ahead in the verb's clause ('could be ready by May', 'might
    be the winners if ...', 'could soon be'): a modal over it foresees what is to come."""
    return timed(verb) or conditioned(verb) or any(w.lower_ in lexicon().forecast.ahead_adverbs for w in verb.subtree)


def timed(verb: Token) -> bool:
    """The verb's clause names a date or a time ('would have to go ahead in April'): it speaks of
    when, so of what will come."""
    return any(w.ent_type_ in ("DATE", "TIME") for w in verb.subtree)


def conditioned(verb: Token) -> bool:
    """The verb has a clause of condition ('if', 'unless'): an adverbial clause ``opens_condition``."""
    return any(c.dep_ == "advcl" and opens_condition(c) for c in verb.children)


def opens_condition(clause: Token) -> bool:
    """The clause CLAUSE heads is opened by a mark of condition ('if', 'unless': data/statements_forecast.json
    ``condition_marks``)."""
    return any(m.dep_ == "mark" and m.lower_ in lexicon().forecast.condition_marks for m in clause.children)


def passive_voice(verb: Token) -> bool:
    """The verb is in the passive voice (it has a passive auxiliary: 'is seen', 'would be offended')."""
    return any(c.dep_ == "auxpass" for c in verb.children)


def can_be_bound(subject: Token) -> bool:
    """A person or a body that can be bound to act: a personal pronoun, a person's name, a noun
    of a person (WordNet's noun.person: 'minister', 'teachers') or of a governing body ('police',
    'government', 'councils')."""
    lemma = subject.lemma_.lower()
    return subject.lower_ in lexicon().forecast.acting_pronouns or subject.ent_type_ == "PERSON" \
        or subject.pos_ == "NOUN" and (lemma in _person_nouns() or lemma in names().org_heads)


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset[str]:
    """The nouns whose first sense is a person (WordNet's noun.person)."""
    return frozenset(view(NounSenses, "wordnet_nouns.json", "classes").first.get("person", ()))
