"""Whether an assault's sentence speaks of bodily harm or armed force.

PLOVER's ASSAULT is violence done to a party: killing, wounding, shooting, bombing, abduction,
torture. The verbs that code it mostly have other first senses ('hit' the market, 'beat' a rival,
'fight' for a seat, 'attack' a plan in words, 'fire' a striker into the lead), and on every judged
BBC set outside conflict news nearly all stored assaults were such idioms. So an ASSAULT is kept
only when harm is in view. Either its own word names harm: one of its first two WordNet senses,
and the word has no sense of winning a contest (unless a state's police, army or armed rebels do it:
'Police beat the protesters') nor takes a person only in another sense ('fire'), or it is done
with a thing ('with batons') or to death. Or
another word of its sentence says so wherever it stands: a word whose first two senses are harm or
force ('gunfire', 'troops', 'massacre', 'bayonet'), or a word for armed forces or armed rebels
(``force_agents.json``) whose first sense is so ('soldiers', 'army', 'rebels'; not 'captain' or
'carrier'). The words are WordNet's (``data/wordnet_harm.json``, written by
``scripts/build_harm_words.py``); no word of a development sentence was added by hand.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ...lexicons import view
from ...nlp.wordnet import VERBS, compound_noun, head_class, person_object_classes, verb_lemma
from .lexicon import FORCES
from .senses import NOUN_ENDINGS, doers
from .triggers import Trigger


@dataclass(frozen=True)
class HarmWords:
    """data/wordnet_harm.json."""

    verbs: frozenset[str]
    first_verbs: frozenset[str]
    nouns: frozenset[str]
    event_nouns: frozenset[str]
    arms: frozenset[str]
    sure_nouns: frozenset[str]


HARM = view(HarmWords, "wordnet_harm.json")


def no_harm_in_view(t: Trigger) -> bool:
    """The assault T names no harm itself and its sentence names none in another word. A verb that
    also criticises ('attack') is left to the sense rules (``senses.verbal_type``): 'Hamas attacked
    Israel' and 'Howard attacked Blair' differ by who the parties are, which no word of theirs says."""
    if t.noun is None and verb_lemma(t.event) in VERBS.critical:
        return False
    own = {t.event.i, *(w.i for w in t.words)} | ({t.noun.i} if t.noun is not None else set())
    return not _harmful_trigger(t) and not any(_says_harm(tok) for tok in t.event.sent if tok.i not in own)


def _harmful_trigger(t: Trigger) -> bool:
    """One of the first two senses of the trigger's verb is harm ('shoot', 'torture': first to
    torment), or of its noun ('offensive', 'strike': first a walkout)."""
    if t.noun is not None:
        return any(w in HARM.event_nouns for w in _noun_forms(t.noun))
    lemma = verb_lemma(t.event)
    words = sorted({t.event, *t.words}, key=lambda w: w.i)
    if len(words) > 1 and " ".join(w.lemma_.lower() for w in words) in HARM.verbs:
        return True                          # 'opened fire'
    if any(head_class(o) == "artifact" for o in _instruments(t.event)) or _to_death(t.event):
        return True                          # 'beat him with batons', 'beat the protester to death'
    phrasal = " ".join([lemma, *(c.lower_ for c in t.event.children if c.dep_ == "prt")])
    if phrasal != lemma:
        return phrasal in HARM.verbs         # 'beat up', not 'shot up' or 'fired up'
    if lemma in VERBS.competition and lemma in HARM.verbs and any(map(_force_agent, doers(t.event))):
        return True                          # 'Police beat the protesters': a state's force does not compete
    return _harm_verb(t.event, HARM.verbs)


def _force_agent(tok: Token) -> bool:
    """A common noun for a state's police or armed forces or for armed rebels (PETRARCH's agents)."""
    lemma = tok.lemma_.lower()
    return lemma in FORCES.police or lemma in FORCES.military or lemma in FORCES.rebels


def _harm_verb(v: Token, words: frozenset[str]) -> bool:
    """V is one of WORDS, with no sense of winning a contest ('beat') nor one that takes a person
    other than its first ('fire': to dismiss)."""
    lemma = verb_lemma(v)
    return lemma in words and lemma not in VERBS.competition and not person_object_classes(v)


def _to_death(v: Token) -> bool:
    """English's result phrase of killing: 'beaten to death', 'stabbed to death'."""
    return any(p.dep_ == "prep" and p.lower_ == "to" and any(o.lemma_.lower() == "death" for o in p.children)
               for p in v.children)


def _instruments(v: Token) -> list[Token]:
    """What the verb is done with: the objects of its 'with' phrases."""
    return [o for p in v.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"]


def _says_harm(tok: Token) -> bool:
    """A verb whose first sense is harm ('killing'), a thing or person there only for harm
    ('bombs', 'tanks', 'gunmen'), a word whose first two senses are harm or force ('troops'), or a
    word for armed forces or rebels whose first sense is ('soldiers', 'army')."""
    if tok.pos_ == "VERB":
        return _harm_verb(tok, HARM.first_verbs)
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(w in HARM.arms or w in HARM.sure_nouns or w in HARM.nouns and (w in FORCES.military or w in FORCES.rebels)
               for w in _noun_forms(tok))


# the senses room's table of WordNet's detachment rules for nouns (morphy), with morphy's 'men' -> 'man'
# ('servicemen', which spaCy leaves whole), which that table, read for names, leaves out
_NOUN_ENDINGS = (*NOUN_ENDINGS, ("men", "man"))


def _noun_forms(tok: Token) -> list[str]:
    """The noun's lemma, its word, what WordNet's suffix rules make of the word, and the noun of
    two words WordNet lists with the word before it ('armed forces')."""
    word = tok.lower_
    forms = [tok.lemma_.lower(), word] + [word[: -len(end)] + base for end, base in _NOUN_ENDINGS if word.endswith(end)]
    return forms + [w for w in [compound_noun(tok)] if w]
