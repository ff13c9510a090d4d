"""CAMEO codes for a verb in its parse, from PETRARCH2's verb dictionary (``data/cameo_verbs.json``).

A verb belongs to a synonym block; the block's patterns name the nouns that must surround the verb
(its subject, its object, the objects of its prepositions) and give the CAMEO code they make. The
most specific pattern that holds wins; without one the verb's or the block's own code stands, and
a block coded ``---`` makes no event by itself ('collapse', 'look'). A code pair ``A:B`` is an
event from the subject to the object and one back; ``:B`` alone is only the one back ('appeared
before the court': the court acts on the subject). PLOVER types come from the PLOVER crosswalk
(``data/cameo_plover.json``); CAMEO 01 (statements) and 02 (appeals) have none.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from spacy.tokens import Token

from ...lexicons import view
from ...nlp.wordnet import token_classes
from .lexicon import DEFINITIONS, TRIGGERS, ManualType

OBJECT_DEPS = ("dobj", "obj", "dative", "attr", "oprd", "prt", "acomp", "npadvmod")
SUBJECT_DEPS = ("nsubj", "nsubjpass")
PREP_DEPS = ("prep", "agent")
PARTY_ENTS = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")
CLAUSE_DEPS = ("relcl", "acl", "ccomp", "advcl", "xcomp", "parataxis", "conj")
MAX_NOUN_WORDS = 4                 # the longest run of words read as one noun of a noun set


@dataclass(frozen=True)
class CameoPrep:
    prep: str
    nouns: tuple[tuple[str, ...], ...] = ()
    side: str = "object"


@dataclass(frozen=True)
class CameoPattern:
    code: str | None = None
    reverse: str | None = None
    subject: tuple[tuple[str, ...], ...] = ()
    object: tuple[tuple[str, ...], ...] = ()
    preps: tuple[CameoPrep, ...] = ()
    source: str | None = None          # where a '$' marks the source: 'subject', 'object', 'prep:in'
    target: str | None = None          # where a '+' marks the target


@dataclass(frozen=True)
class CameoBlock:
    code: str | None = None
    patterns: tuple[CameoPattern, ...] = ()


@dataclass(frozen=True)
class CameoVerb:
    block: str
    code: str | None = None


@dataclass(frozen=True)
class CameoVerbs:
    """data/cameo_verbs.json."""

    noun_sets: dict[str, frozenset[str]]
    verbs: dict[str, CameoVerb]
    blocks: dict[str, CameoBlock]


@dataclass(frozen=True)
class PloverCode:
    type: str
    mode: str | None = None


@dataclass(frozen=True)
class CameoPlover:
    """data/cameo_plover.json."""

    codes: dict[str, PloverCode]


@dataclass
class CameoMatch:
    """What the dictionary says of one verb: the code, the PLOVER type and which way it runs."""

    code: str
    type: str
    mode: str | None
    reverse: bool = False              # the event runs from the object to the subject
    words: list[Token] = field(default_factory=list)   # the pattern's words in the parse
    by_pattern: bool = False           # a pattern gave the code (else the verb's or block's default)
    target_prep: str | None = None     # the preposition whose object is the target ('moved troops to +')


CAMEO = view(CameoVerbs, "cameo_verbs.json")
MOVED_TYPES = {"MOBILIZE", "AID"}      # forces or weapons moved: to one's own positions, or to another party
FORCE_USED = "175"                     # CAMEO 'use tactics of violent repression': weapons used, not moved
CROSSWALK = view(CameoPlover, "cameo_plover.json")


def plover(code: str | None) -> PloverCode | None:
    """The PLOVER type of a CAMEO code, by its longest listed prefix ('1823' -> '182'): the manual's
    own where its 'Potential ambiguities' set the code apart from the crosswalk (an apology is
    CONCEDE, halted negotiations REJECT: ``crosswalk_exceptions``)."""
    manual = _manual_type(code)
    if manual is not None:
        return PloverCode(type=manual.type, mode=manual.mode)
    codes = CROSSWALK.codes
    return next((codes[code[:n]] for n in (4, 3, 2) if code and len(code) >= n and code[:n] in codes), None)


def _manual_type(code: str | None) -> ManualType | None:
    exceptions = DEFINITIONS.crosswalk_exceptions
    return next((exceptions[code[:n]] for n in (4, 3) if code and len(code) >= n and code[:n] in exceptions), None)


def unaddressed(code: str | None) -> bool:
    """Whether the manual codes the act of CAMEO code CODE with no party it is done to ('Harry has
    apologised': CONCEDE requires no recipient), so its default code stands without one."""
    manual = _manual_type(code)
    return manual is not None and manual.unaddressed


def cancels_meetings(v: Token) -> bool:
    """Whether the verb's block codes a meeting, visit or negotiation as its object (an event noun
    of the hand lexicon typed CONSULT) as a reduction of relations ('call off the talks' 160,
    'postpone the summit' 160; the pattern's object that noun alone, not 'put off talks'): a verb
    that calls meetings off."""
    entry = verb_entry(v)
    return entry is not None and entry.block in _cancelling_blocks()


@lru_cache(maxsize=1)
def _cancelling_blocks() -> frozenset[str]:
    spec = DEFINITIONS.cancelled_meeting
    if spec is None:
        return frozenset()
    meetings = {k for k, n in TRIGGERS.nouns.items() if n.type == "CONSULT"}
    return frozenset(name for name, block in CAMEO.blocks.items() for p in block.patterns
                     if p.code and p.code.startswith(spec.codes) and len(p.object) == 1 and not p.preps
                     and {" ".join(p.object[0]), " ".join(p.object[0]).removesuffix("s")} & meetings)


def cameo_for(kind: str, mode: str | None, code: str | None = None) -> str | None:
    """An event's full CAMEO code: the dictionary's when it coded the event as this type, else the
    code of the type and mode (``plover_triggers.json``)."""
    found = plover(code)
    if code and (found is not None and found.type == kind or legal_accusation(code, kind)):
        return code
    return TRIGGERS.cameo_by_mode.get(kind, {}).get(mode or "") or TRIGGERS.cameo.get(kind)


def phrase_words(toks: list[Token]) -> set[str]:
    """The words of tokens as written and as lemmas, with the lemma's plural: PETRARCH's noun
    sets list a word in one number only ('battalions'), and its matcher reads both. Runs of
    adjacent tokens count as one noun too ('ground forces', 'fighter jets', 'armoured personnel
    carriers'), since the sets list many forces and weapons only by several words, never by
    their head alone; a run's last word is read in every form, the others as written."""
    return _words(toks, heads_only=False)


def head_words(toks: list[Token]) -> set[str]:
    """``phrase_words`` of the nouns a phrase is about: no word, nor run of words, that ends in a
    noun that only classifies a party ('threat' in 'threat intelligence firm ThreatConnect', 'Breez,
    an identity threat detection platform'): the firm is acquired, no threat is received, so a
    pattern's noun is matched by its last word on a head ('death threats': 'death' may modify,
    'threats' heads). A modifier of a thing names what the thing holds and still counts ('a military
    aid programme' is aid, 'power lines' carry power)."""
    return _words(toks, heads_only=True)


def classifies_a_party(t: Token) -> bool:
    """A noun, itself no person or group, set before another as its modifier whose noun names a
    party: a name, a common noun first a person or a group ('firm', 'provider'), or a noun set
    beside a name ('Breez, an identity threat detection platform'). A modifier that is a group
    ('army reservists') names the party's kind and still counts."""
    if t.dep_ != "compound" or token_classes(t)[:1] in (["person"], ["group"]):
        return False                       # 'army reservists': the modifier names the party's kind
    head = t.head
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    if head.i < t.i or head.pos_ not in ("NOUN", "PROPN"):
        return False
    named = [head] + [c for c in head.children if c.dep_ == "appos"] + ([head.head] if head.dep_ == "appos" else [])
    return any(n.ent_type_ in PARTY_ENTS or n.pos_ == "PROPN" for n in named) or \
        token_classes(head)[:1] in (["person"], ["group"])


def _words(toks: list[Token], heads_only: bool) -> set[str]:
    out = {w for t in toks if not (heads_only and classifies_a_party(t)) for w in _forms(t)}
    by_index = {t.i: t for t in toks}
    for t in toks:
        run = [t.lower_]
        for n in range(1, MAX_NOUN_WORDS):
            nxt = by_index.get(t.i + n)
            if nxt is None:
                break
            if not (heads_only and classifies_a_party(nxt)):
                out |= {" ".join(run + [w]) for w in _forms(nxt)}
            run.append(nxt.lower_)
    return out


def _forms(t: Token) -> tuple[str, ...]:
    """A word as written, as its lemma and the lemma's plural; a present participle that modifies a
    noun only as written ('his controlling stake' holds no 'control': PETRARCH's patterns list
    nouns, and the stake controls, it is no control handed over); a past participle names the thing
    as the verb's result and keeps its lemma ('his planned tax cuts' are a plan), unless it takes a
    noun of its own (``reduced_clause``: 'the school-based drama serial', 'a London-based firm' are
    placed somewhere, no base; 'a US-led force' is led, no lead)."""
    if t.dep_ == "amod" and (t.tag_ == "VBG" or reduced_clause(t)):
        return (t.lower_,)
    return t.lower_, t.lemma_.lower(), t.lemma_.lower() + "s"


def reduced_clause(t: Token) -> bool:
    """A past participle that takes a noun of its own before it ('school-based', 'London-based',
    'US-led', 'state-owned': the noun a 'npadvmod' or a 'compound' of the participle): a clause
    cut short that places or ties its noun, not the thing its lemma names."""
    return t.tag_ == "VBN" and any(c.dep_ in ("npadvmod", "compound") and c.i < t.i for c in t.children)


def _phrase(root: Token) -> list[Token]:
    """A phrase without the clauses inside it: 'a resolution [that aims to tighten sanctions]'
    is a resolution, not sanctions."""
    out, stack = [], [root]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack += [c for c in tok.children if c.dep_ not in CLAUSE_DEPS]
    return out


def _noun_holds(noun: tuple[str, ...], words: set[str], heads: set[str] | None = None) -> bool:
    """Every word of a pattern noun is among WORDS; '&set' means any member of the noun set. With
    HEADS (``head_words``), the noun's last word must be among them: a noun that only classifies a
    party is not what the pattern names."""
    sets = CAMEO.noun_sets

    def held(w: str, among: set[str]) -> bool:
        return bool(sets.get(w[1:], frozenset()) & among) if w.startswith("&") else set(w.split()) <= among

    return all(held(w, words) for w in noun) and (heads is None or not noun or held(noun[-1], heads))


Words = tuple[set[str], set[str]]      # a phrase's ``phrase_words`` and its ``head_words``


def _words_of(toks: list[Token]) -> Words:
    return phrase_words(toks), head_words(toks)


class _Prep:
    """A preposition of the verb; its phrase's words are read once, when a pattern first asks."""

    def __init__(self, token: Token) -> None:
        self.token = token

    @cached_property
    def words(self) -> Words:
        return _words_of(_phrase(self.token))


Preps = dict[str, list[_Prep]]        # the verb's prepositions by word


def _context(v: Token) -> tuple[Words, Words, Preps]:
    """The words of the verb's subject and object phrases, and its prepositional phrases by
    preposition (their words read once, when a pattern first asks: every pattern of the verb's block is
    scored on them)."""
    subjects, objs = _arguments(v)
    subj = [t for c in subjects for t in _phrase(c)]
    subj += [c for c in v.children if c.dep_ == "advmod" and c.i < v.i]
    obj = [t for o in objs for t in _phrase(o)]
    preps: Preps = {}
    for p in (c for h in [v] + [o for o in objs if o.dep_ in ("dobj", "obj")] for c in h.children if c.dep_ in PREP_DEPS):
        preps.setdefault(p.lower_, []).append(_Prep(p))
    return _words_of(subj), _words_of(obj), preps


def _arguments(v: Token) -> tuple[list[Token], list[Token]]:
    """The heads of the verb's subject and objects, which its block's patterns name. A verb
    coordinated after another with no subject of its own shares that verb's ('Russian troops
    massed on the frontier and crossed into Ukraine', 'the convoy left Port Sudan and reached El
    Fasher'), as PETRARCH reads every verb phrase of a clause against the clause's one subject.
    The passive is read as written: its subject as the pattern's subject (cameoblock39 read it as
    the object, which made CAMEO's codes for 'soldiers would be sent' override the forces moved)."""
    subjects = [c for c in v.children if c.dep_ in SUBJECT_DEPS] or _shared_subjects(v)
    return subjects, [c for c in v.children if c.dep_ in OBJECT_DEPS]


def _shared_subjects(v: Token) -> list[Token]:
    """The subject of the verb a subjectless coordinated verb follows ('had crossed ... and reached');
    a passive subject only for a past participle ('was arrested and charged'), none for an active
    verb after a passive one, whose doer the clause does not name."""
    seen = v
    while seen.dep_ == "conj" and seen.head.pos_ in ("VERB", "AUX") and seen.head != seen:
        seen = seen.head
        found = [c for c in seen.children if c.dep_ in SUBJECT_DEPS]
        if found:
            return [s for s in found if s.dep_ == "nsubj" or v.tag_ == "VBN"]
    return []


def _score(p: CameoPattern, subj: Words, obj: Words, preps: Preps) -> int:
    """How many of the pattern's words the parse holds; -1 when any is missing."""
    score = 0
    for nouns, (words, heads) in ((p.subject, subj), (p.object, obj)):
        if not all(_noun_holds(n, words, heads) for n in nouns):
            return -1
        score += 2 * len(nouns)
    for pp in p.preps:
        if not any(_prep_holds(pp, x) for x in preps.get(pp.prep, [])):
            return -1
        score += 1 + 2 * len(pp.nouns)
    return score


def _prep_holds(pp: CameoPrep, x: _Prep) -> bool:
    """The prepositional phrase X holds every noun of the pattern's phrase PP (or, with none, names a party)."""
    return all(_noun_holds(n, *x.words) for n in pp.nouns) and bool(pp.nouns or _names_party(x.token))


def _names_party(prep: Token) -> bool:
    """A bare preposition of a pattern ('* (FOR)', 'left for +') stands for a party after the
    verb: its object must be a name ('left for Moscow', not 'for the last few days')."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return prep.i > prep.head.i and obj is not None and (obj.ent_type_ in PARTY_ENTS or obj.pos_ == "PROPN")


def held_forces(noun: Token) -> list[str]:
    """The force sets ('troops', 'military', ...) whose nouns NOUN's phrase holds, in the lexicon's
    order; every noun of a coordination counts ('armoured units and artillery had been moved': the
    artillery is moved, whatever the first noun is)."""
    words = phrase_words([t for n in (noun, *noun.conjuncts) for t in _phrase(n)])
    return [name for name in TRIGGERS.force_sets if CAMEO.noun_sets.get(name, frozenset()) & words]


def force_mode(noun: Token) -> str | None:
    """The MOBILIZE mode of a noun in one of the force sets ('troops' -> 'troops'), or None."""
    held = held_forces(noun)
    return TRIGGERS.force_sets[held[0]] if held else None


def uses_forces(v: Token, held: list[str]) -> bool:
    """The dictionary reads what the verb does with the forces or weapons of the HELD force sets as
    their use in force, not their move: a pattern of the verb's block with such a set for its object
    or subject codes the use of force (``FORCE_USED``, CAMEO 175: 'use' and 'employ' + weapons) and
    none codes a mobilisation or aid, so 'mortars and machine guns were used' moves nothing, while
    'move' (troops moving, 154), 'send' and 'deploy' (154, 072) move what they take."""
    entry = verb_entry(v)
    if entry is None or not held:
        return False
    codes = {p.code for p in CAMEO.blocks[entry.block].patterns
             if any(f"&{name}" in n for n in (*p.subject, *p.object) for name in held)}
    kinds = {found.type for c in codes if (found := plover(c)) is not None}
    return FORCE_USED in codes and not kinds & MOVED_TYPES


def verb_entry(v: Token) -> CameoVerb | None:
    """The dictionary entry of a verb, with its particle first ('set up', 'call off'); a past form
    the lemmatizer cut one letter short is read by its whole stem (``_restored_e``)."""
    lex = CAMEO.verbs
    lemma, prts = v.lemma_.lower(), [c.lower_ for c in v.children if c.dep_ == "prt"]
    keys = [f"{lemma} {p}" for p in prts] + [lemma, v.lower_, *_restored_e(v)]
    return next((lex[k] for k in keys if k in lex), None)


def _restored_e(v: Token) -> list[str]:
    """A past form in '-ed' whose parser lemma dropped the whole '-ed' of a stem ending in 'e'
    ('fined' -> 'fin', 'staged' -> 'stag'): the stem with its 'e' ('fine'), as the hand lexicon's
    ``triggers.lemmas`` also reads such slips."""
    w = v.lower_
    return [w[:-1]] if v.tag_ in ("VBD", "VBN") and w.endswith("ed") and v.lemma_.lower() == w[:-2] else []


def block_coded(v: Token, code: str | None) -> str | None:
    """The dictionary block of a verb coded CODE, its block's own code (no pattern of the block
    matched): the verb read by its block's bare sense, which the rules of sense weigh against its
    arguments ('eased tensions', 'founded by'); None for a verb the dictionary lacks or a code a
    pattern gave."""
    entry = verb_entry(v)
    return entry.block if entry is not None and code == CAMEO.blocks[entry.block].code else None


def phrasal_entry(v: Token) -> bool:
    """Whether the dictionary lists the verb with its particle ('back down', 'give up', 'strike
    down'): a phrasal verb with a sense of its own, which the bare verb's entry does not code."""
    lemma = v.lemma_.lower()
    return any(f"{lemma} {c.lower_}" in CAMEO.verbs for c in v.children if c.dep_ == "prt")


def statement_verb(v: Token) -> bool:
    """Whether the dictionary's own code of a verb is a public statement (CAMEO 01: 'comment',
    'say', 'speak'), which PLOVER does not code."""
    return _statement_entry(verb_entry(v))


def statement_lemma(lemma: str) -> bool:
    """``statement_verb`` for a verb known by its lemma alone (the verb a noun derives from:
    'explanation' -> 'explain')."""
    return _statement_entry(CAMEO.verbs.get(lemma))


def _statement_entry(entry: CameoVerb | None) -> bool:
    code = entry and (entry.code or CAMEO.blocks[entry.block].code)
    return bool(code and code.startswith("01"))


def cameo_match(v: Token, kind: str | None = None) -> CameoMatch | None:
    """The CAMEO code of a verb in its parse and its PLOVER type (None: no event in PLOVER); with
    KIND, only the patterns that code that type compete ('discussed the election campaign with the
    prime minister': the consultation, not the topic's own code)."""
    entry = verb_entry(v)
    if entry is None:
        return None
    block = CAMEO.blocks[entry.block]
    subj, obj, preps = _context(v)
    scored = [(s, p) for p in block.patterns if (kind is None or _codes(p, kind)) and (s := _score(p, subj, obj, preps)) > 0]
    best = max(scored, key=lambda sp: sp[0], default=(0, None))[1]
    code = (best.code or None) if best is not None else (entry.code or block.code)
    reverse = best is not None and best.code is None and best.reverse is not None
    if reverse and best is not None:
        code = best.reverse
    found = _legal_action(code, v, best) or plover(code)
    if code is None or found is None:
        return None
    return CameoMatch(code=code, type=found.type, mode=found.mode, reverse=reverse, words=_pattern_words(v, best, preps),
                      by_pattern=best is not None, target_prep=_target_prep(best))


def own_type(v: Token) -> str | None:
    """The PLOVER type of a verb's own code in the dictionary (its entry's, else its block's), before
    any pattern: 'discuss' CONSULT (040)."""
    entry = verb_entry(v)
    found = plover(entry.code or CAMEO.blocks[entry.block].code) if entry is not None else None
    return found.type if found is not None else None


def _codes(p: CameoPattern, kind: str) -> bool:
    """Whether a pattern codes an event of type KIND (by its code, or by its code back)."""
    found = plover(p.code or p.reverse)
    return found is not None and found.type == kind


def legal_accusation(code: str | None, kind: str) -> bool:
    """Whether an event of type KIND with CAMEO code CODE is a charge, a suit or a trial that
    ``_legal_action`` split from an arrest ('stand trial' ACCUSE, CAMEO 173)."""
    return _legal_code(code) and kind == TRIGGERS.legal_actions.type


def _legal_code(code: str | None) -> bool:
    """CODE is one of the CAMEO codes that join an arrest and a charge ('legal_actions')."""
    return code is not None and code[:3] in TRIGGERS.legal_actions.codes


def _legal_action(code: str | None, v: Token, p: CameoPattern | None) -> PloverCode | None:
    """PLOVER's type of a CAMEO code that joins an arrest and a charge ('legal_actions': 173) when
    the verb or the pattern's object or prepositional noun names a charge, a suit or a trial ('is
    standing trial', 'was put on trial', 'indicted'): an accusation, not an arrest. The subject's
    nouns do not decide ('the court convicted': a conviction)."""
    if not _legal_code(code):
        return None
    legal = TRIGGERS.legal_actions
    nouns = list(p.object) + [n for pp in p.preps for n in pp.nouns] if p is not None else []
    words = {v.lemma_.lower()} | {" ".join(n) for n in nouns}
    return PloverCode(type=legal.type, mode=legal.mode) if words & legal.words else None


def _pattern_words(v: Token, p: CameoPattern | None, preps: Preps) -> list[Token]:
    """The verb and the prepositions its pattern named."""
    words = [v] + [c for c in v.children if c.dep_ == "prt"]
    if p is not None:
        words += [preps[pp.prep][0].token for pp in p.preps if pp.prep in preps]
    return sorted(set(words), key=lambda t: t.i)


def _target_prep(p: CameoPattern | None) -> str | None:
    if p is None or not p.target or not p.target.startswith("prep:"):
        return None
    return p.target.split(":", 1)[1]
