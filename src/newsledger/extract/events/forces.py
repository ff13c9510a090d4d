"""A state's police and armed forces as actors: 'French police arrested ...', 'Police detained ...',
'Belarusian troops crossed ...'. Named-entity recognition finds 'French' but not the force it
modifies, so the actor would be a nationality or nobody. The nouns come from PETRARCH's agents
dictionary (``data/force_agents.json``: its [~COP] and [~MIL] agents); one counts only as a group
(WordNet's first sense of its head is a group: 'police', 'army') or as a plural of persons
('soldiers', 'border guards'), so 'a commander' or 'bombers' make no actor. Its [~GOV] agents
name a government's bodies ('the Danish government', 'the Japanese finance ministry'), read the
same way after their state's name (``body_words``). Its [~REB] and [~OPP] agents name groups CAMEO
codes with no state, armed rebels and the opposition ('rebels', 'protesters': ``group_agent_words``).
"""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Token

from ...model import Entity, Mention
from ...nlp.wordnet import first_class, head_class, noun_classes, of_objects, party_word
from .cameo import CAMEO, phrase_words
from .figures import FIGURES, forceless_act
from .lexicon import FORCES, TRIGGERS
from .senses import SENSES, noun_base, people

MODIFIER_DEPS = ("amod", "compound", "poss", "nmod")
MILITARY_SET = "military"          # the CAMEO noun set of armed forces as people


def force_words(head: Token) -> list[Token] | None:
    """The words naming a police or armed force with HEAD for their head ('riot police'), or None."""
    return _agent_words(head, FORCES.police | FORCES.military, _collective)


def group_agent_words(head: Token) -> list[Token] | None:
    """The words naming a group CAMEO codes as a party with no state, armed rebels or the opposition
    ('rebels', 'separatist rebels', 'protesters', 'demonstrators': PETRARCH's [~REB] and [~OPP]
    agents), with HEAD for their head, counted as a force is (a group noun or a plural of persons:
    'the rebels', not 'a rebel'), or None. As 'police' does, such a group stands for itself where
    no name covers it: 'Rebels attacked the town' has an actor, as CAMEO's REB and PLOVER's gold
    give it."""
    agents = FORCES.rebels | FORCES.opposition
    return _agent_words(head, agents, _collective) or _opening_plural(head, agents)


def _opening_plural(head: Token, agents: frozenset[str]) -> list[Token] | None:
    """'Rebels attacked the town': a plural of AGENTS opening its sentence, which the tagger took for
    a name and left unlemmatised ('Rebels' NNPS), read by its singular (``senses.noun_base``) as the
    common noun it is; None for any other word."""
    if head.tag_ != "NNPS" or not head.is_sent_start or not head.is_title:
        return None
    base = noun_base(head.lower_)
    return [head] if base != head.lower_ and base in agents and first_class(base) == "person" else None


def body_words(head: Token) -> list[Token] | None:
    """The words naming a body of a state's government with HEAD for their head ('government',
    'finance ministry', 'cabinet': PETRARCH's [~GOV] agents), or None; not its officials ('Russian
    diplomats' act for their state, as CAMEO codes them)."""
    return _agent_words(head, FORCES.government, _body)


def group_words(head: Token) -> list[Token] | None:
    """The words naming a group of people with HEAD, a plural common noun of persons or groups, for
    their head ('paper workers', 'politicians', 'militias'), or None: after a nationality they are
    the party PLOVER names ('French paper workers', 'Fijian rebels'), not the nationality."""
    if head.pos_ != "NOUN" or head.tag_ != "NNS" or not party_word(head.lemma_.lower()):
        return None
    return _compounds(head) + [head]


def _agent_words(head: Token, agents: frozenset[str], fits: Callable[[Token], bool]) -> list[Token] | None:
    """The longest run of HEAD's compounds and HEAD that is one of AGENTS and whose last word FITS,
    or None."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    words = _compounds(head) + [head]
    for end in range(len(words), 0, -1):          # 'coast guard ships': the force that owns them
        for start in range(end):
            ws = words[start:end]
            written = " ".join(w.lower_ for w in ws)
            lemma = " ".join([w.lower_ for w in ws[:-1]] + [ws[-1].lemma_.lower()])
            if (written in agents or lemma in agents) and fits(ws[-1]):
                return ws
    return None


def _compounds(head: Token) -> list[Token]:
    """The nouns compounded before HEAD, in text order ('coast', 'guard' of 'coast guard ships')."""
    out = [c for c in head.children if c.dep_ == "compound" and c.i < head.i]
    return sorted(out + [x for c in out for x in _compounds(c)], key=lambda t: t.i)


def _body(head: Token) -> bool:
    """A noun whose first WordNet sense is no person ('ministry', 'regime'; not 'diplomat')."""
    return first_class(head.lemma_.lower()) not in ("person", None)


def _collective(head: Token) -> bool:
    """A group noun ('police', 'army'), or a plural of persons ('soldiers', 'guards')."""
    cls = first_class(head.lemma_.lower())
    return cls == "group" or cls == "person" and head.tag_ in ("NNS", "NNPS") or head.dep_ == "compound"


def modifiers(head: Token, owners: dict[int, list[str]]) -> list[Token]:
    """The modifiers of HEAD that name whose force it is ('French', "Moldova's"), also where the
    name is inside a hyphenated adjective of nationality the tagger did not tag whole ('The
    US-German firm': 'US' a compound of 'German'); not a participle ('the Seattle-based company':
    where it is, ``phrases._located``)."""
    return [c for c in head.children if c.dep_ in MODIFIER_DEPS and c.i < head.i
            and (owners.get(c.i) or c.tag_ == "JJ" and any(owners.get(t.i) for t in c.subtree if t.i < c.i))]


def force_entity(head: Token, words: list[Token], owned_by: list[Token]) -> Entity:
    """The force as an organisation named by its words as written, with its state's modifier
    ('French police'); its id is local to the article, one per name."""
    first = min([w.i for w in words] + [m.left_edge.i for m in owned_by])
    span = head.doc[first:words[-1].i + 1]
    name = span.text
    return Entity(id=f"force:{name.lower()}", name=name, type="ORG",
                  mentions=[Mention(span=(span.start_char, span.end_char), text=name)])


def readies_forces(obj: Token) -> bool:
    """Whether the object of a mobilisation names armed forces, police or weapons, as PLOVER's
    MOBILIZE readies: a noun of the CAMEO force sets or PETRARCH's force agents ('troops',
    'riot police'), a name, a number or collection of forces ('a company of 100 troops'), a
    common noun whose first sense is a thing, a group or people ('force_classes': 'warships',
    'peacekeepers') or that has a sense of a unit ('unit_classes': 'forces'); not a stock of money
    ('their reserves of dollars', 'currency reserves'), nor a rate, a presence or a holding
    ('increase interest rates', 'reinforce its US presence'), nor a date or a time the tagger
    found ('had the day of the long knives': 'time_ents' of ``figures``), nor an act that uses no
    force, whatever force word names its kind ('military spending': ``figures.forceless_act``)."""
    if obj.ent_type_ in FIGURES.time_ents:
        return False                     # 'we had the day of the long knives': a time, no force
    if forceless_act(obj, "MOBILIZE"):
        return False                     # 'Military spending is also set to rise': an act, the force word its kind
    if obj.ent_type_ or obj.pos_ == "PROPN":
        return True
    inner = next(iter(of_objects(obj)), None)
    if _force_noun(obj):
        return not _stock(obj, inner)
    if inner is not None and head_class(obj) in SENSES.collection_classes:
        return readies_forces(inner)
    cls = head_class(obj)
    return cls is None or cls in SENSES.force_classes or bool(SENSES.unit_classes & set(noun_classes(obj)))


def civilians(moved: Token) -> bool:
    """Whether people moved out are no force ('evacuating its hostages', 'nationals were
    evacuated'): a common noun whose first sense is people, not a force ('troops', 'military
    personnel', 'soldiers') nor a group that is also a place ('settlements', 'colonies': territory
    left); a name or a pronoun may be either and is not judged."""
    return people(moved) and not moved.ent_type_ and not _force_noun(moved) \
        and not SENSES.place_classes & set(noun_classes(moved))


def _force_noun(head: Token) -> bool:
    """A noun of the CAMEO force sets ('troops', 'missiles') or of PETRARCH's force agents ('police'),
    alone or with the words that name its kind before it ('F-16 fighters', 'reserve troops')."""
    kinds = [c for c in head.children if c.dep_ in ("nummod", "amod") and c.i < head.i]
    words = phrase_words(sorted(_compounds(head) + kinds + [head], key=lambda t: t.i))
    sets = (CAMEO.noun_sets.get(name, frozenset()) for name in TRIGGERS.force_sets)
    return any(words & s for s in sets) or force_words(head) is not None


def owned_force(head: Token) -> bool:
    """Whether a subject names a party's police, armed force or government body ('its troops', 'its
    government', 'their forces': the last word of the force sets' 'armed forces', 'ground forces'),
    which acts for its owner; not its customers, members or families."""
    return _force_noun(head) or body_words(head) is not None or head.lower_ in _set_heads()


@lru_cache(maxsize=1)
def _set_heads() -> frozenset[str]:
    """The last words of the CAMEO military set's entries of several words ('armed forces',
    'special forces' -> 'forces'; 'armed services' -> 'services'), the people of a force; not the
    weapons set's ('cruise missiles')."""
    return frozenset(w.split()[-1] for w in CAMEO.noun_sets.get(MILITARY_SET, frozenset()) if " " in w)


def _stock(head: Token, inner: Token | None) -> bool:
    """A force noun that is a store of money: 'of' something not people nor forces ('reserves of
    dollars'), or modified by a noun whose first sense is a holding or an amount ('currency reserves')."""
    if inner is not None and not (people(inner) or _force_noun(inner) or inner.ent_type_):
        return True
    mods = [c for c in head.children if c.dep_ in ("compound", "amod", "nmod") and c.i < head.i]
    return any(head_class(m) in SENSES.stock_classes for m in mods)
