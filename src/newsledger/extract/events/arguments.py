"""Who did it, to whom, and where: an event trigger's actors, targets and place, read from the
syntactic roles around it and mapped onto the article's entities."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ...model import Entity, Mention, Statement
from ..entities.lexicon import lexicon as title_lexicon
from ..statements.antecedents import antecedent_of
from ..statements.lexicon import lexicon as speech_lexicon
from .cameo import PARTY_ENTS
from .forces import (
    MODIFIER_DEPS,
    body_words,
    civilians,
    force_entity,
    force_words,
    group_words,
    modifiers,
    readies_forces,
)
from .lexicon import STATUS, TRIGGERS
from .senses import (
    SENSES,
    can_act,
    first_class,
    fits_content,
    fits_object,
    gives_words,
    handed_over,
    head_class,
    noun_classes,
    persons,
    scale_change,
)
from .triggers import OBJECTS, Trigger, complement, misparsed_main_verb

SUBJECTS = ("nsubj", "nsubjpass")
TARGET_PREPS = ("on", "against", "to", "with", "from", "into", "at", "for", "of", "between")
PLACE_PREPS = ("in", "at", "near", "inside", "outside")
ORIGIN_PREPS = ("from",)
GROUNDS_PREPS = ("of", "for", "over", "about")
DEED_PREPS = GROUNDS_PREPS + ("from",)
DESTINATION_TYPES = {"CONSULT", "MOBILIZE"}             # 'came to Minsk', 'deployed troops to X'; else 'to X' is a target
PLACE_TYPES = ("GPE", "LOC", "FAC")
ORIGIN_TYPES = ("GPE", "LOC", "NORP")                   # a place or a people a thing comes from ('US dollars')
SKIP_CHILDREN = ("relcl", "advcl", "appos", "parataxis", "ccomp")
PRONOUNS = {"he", "she", "it", "they", "we", "i", "him", "her", "them", "us", "this"}
PERSON_PRONOUNS = {"he", "she", "him", "her"}


CONFLICT = {"ASSAULT", "COERCE", "PROTEST", "SANCTION", "MOBILIZE", "THREATEN"}


@dataclass
class Ctx:
    """What every argument lookup needs: the doc, entity ids by token, statements."""

    doc: Doc
    ents_by_tok: dict[int, list[str]]
    types: dict[str, str]
    statements: list[Statement]
    added: list[Entity] = field(default_factory=list)    # forces named by common nouns (``forces``)
    home: Entity | None = None                            # the one country the article is about (``one_country``)
    described: set[str] = field(default_factory=set)     # added parties named by a description only (``_party_described``)


def entity_tokens(doc: Doc, entities: list[Entity]) -> dict[int, list[str]]:
    """Token index -> ids of the entities with a mention covering it. A mention that lies strictly
    inside another one ('British' of 'British Defence Ministry') is a part of the actor, not one."""
    spans = [m.span for e in entities for m in e.mentions]
    out: dict[int, list[str]] = {}
    for e in entities:
        for m in e.mentions:
            if any(s <= m.span[0] and m.span[1] <= t and (s, t) != m.span for s, t in spans):
                continue
            span = doc.char_span(m.span[0], m.span[1], alignment_mode="expand")
            for tok in span or []:
                out.setdefault(tok.i, [])
                if e.id not in out[tok.i]:
                    out[tok.i].append(e.id)
    for tok in doc:
        holder = _title_holder(tok, entities, out)
        if holder is not None:
            for w in _title_words(tok):
                out[w.i] = [holder]
    return out


def _title_holder(head: Token, entities: list[Entity], covered: dict[int, list[str]]) -> str | None:
    """Who 'the Home Secretary' or 'the prime minister' is: the one person the article gives that
    title ('Home Secretary Charles Clarke said'), where no name covers the phrase; of two with
    titles ending in that word ('Foreign Secretary', 'Secretary'), the one whose title says the
    most of the phrase. A definite singular title only ('a foreign secretary' is anyone)."""
    if head.pos_ not in ("NOUN", "PROPN") or head.tag_ in ("NNS", "NNPS") or head.dep_ in ("amod", "compound") \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    people = [e for e in entities if e.type == "PERSON"]
    title = _title_words(head)
    if any(e.id in covered.get(w.i, ()) for w in title for e in people):
        return None                           # 'Prime Minister Tony Blair': a name's own title
    words = {w.lower_ for w in title}
    held: dict[str, int] = {}
    for e in people:
        for role in e.roles:
            said = [w.lower() for w in role.split() if not title_lexicon().honorific(w)]
            if said and said[-1] == head.lower_ and set(said) <= words:
                held[e.id] = max(held.get(e.id, 0), len(said))
    best = max(held.values(), default=0)
    holders = [e for e, n in held.items() if n == best]
    return holders[0] if len(holders) == 1 else None


def _title_words(head: Token) -> list[Token]:
    """A title's words: its head and the nouns and adjectives compounded before it ('Home',
    'prime' of 'the prime minister')."""
    return [c for c in head.lefts if c.dep_ in ("compound", "amod")] + [head]


def ents_in(ctx: Ctx, root: Token | None, actor: bool = False) -> list[str]:
    """Entities mentioned in a phrase, leaving out its clauses, appositions and nested
    time/cause phrases ('with his generals', not 'ahead of the meeting with Putin'), the
    places people come from ('nine men from West Yorkshire': the men, not the county) or where a
    described or owned thing is ('the Virginia-based firm', "the SEC's Washington headquarters")
    (``_where``), in an actor's phrase (ACTOR) what a participle says the actor is doing ('Mr X,
    touring Asian countries, praised': ``_described_doing``), and, in a
    phrase headed by a name (or set beside one), a name that only modifies a common noun describing it ('German airline
    Lufthansa', 'Holyrood leader Nicola Sturgeon'): the named party acts, not its description. A
    phrase headed by a common noun keeps its modifiers ('an Australian ultimatum', 'Russian
    diplomats': PLOVER's parties). The clauses of other verbs inside it keep their parties to
    themselves (``_clause``). A party joined by a coordination and described by a common noun is the
    name set beside it, also where the parse joined it to an apposition of the head
    (``_described_conjunct``, ``_joined_to_apposition``)."""
    if root is None:
        return []
    found: list[str] = []
    stack = [(root, False, False, False)]
    while stack:
        tok, origin, modifier, in_name = stack.pop()
        for eid in ctx.ents_by_tok.get(tok.i, []):
            if eid not in found and not (origin and ctx.types.get(eid) in PLACE_TYPES) and not modifier:
                found.append(eid)
        under_name = in_name or named(ctx, tok)     # a phrase headed by a name, down through its modifiers
        owners, words = ([], []) if modifier or under_name else _body_named(ctx, tok)   # 'US phone company Qwest'
        if words:                                   # "the US court's ruling": the court, not the US
            found += [e for e in _as_agent(ctx, tok, words, owners, []) if e not in found]
        kids = [c for c in tok.children
                if c.dep_ not in SKIP_CHILDREN and not (c.dep_ in ("prep", "advmod") and c.lower_ in TRIGGERS.minor_preps)
                and not _clause(c) and not (actor and _described_doing(c))] + _joined_to_apposition(tok)
        described = {c: ids for c in kids if (ids := _described_conjunct(ctx, c))}
        found += [e for ids in described.values() for e in ids if e not in found]
        stack += [(c, origin or _where(c),
                   modifier or under_name and _modifier(c) or c in owners or _origin_of_thing(c),
                   under_name and c.dep_ in MODIFIER_DEPS)
                  for c in kids if c not in described]
    return found


def _body_named(ctx: Ctx, tok: Token) -> tuple[list[Token], list[Token]]:
    """The state's or people's names before a common noun inside a phrase, and the words naming
    the body or group of theirs that the noun heads ("challenged the US court's jurisdiction",
    'thanked his lawyers and the British people'): the body or group is the party
    (``_state_body``), as it is when it heads the phrase (``_with_force``, ``_owned_body``), and
    its owners only say whose it is; ([], []) for any other word."""
    if tok.pos_ != "NOUN" or ctx.ents_by_tok.get(tok.i):
        return [], []
    owners = modifiers(tok, ctx.ents_by_tok)
    words = _state_body(ctx, tok, owners)
    return (owners, words) if words is not None else ([], [])


def _origin_of_thing(mod: Token) -> bool:
    """A place's or people's name before a common noun for an amount, a holding or a substance ('US
    dollars', 'Venezuelan fuel': WordNet's first sense of the noun among ``origin_classes``) says
    where the thing is from, and a place compounded before a document noun names the document ('the
    Kyoto treaty', 'the Minsk declaration'): neither names a party of the act. A firm's name keeps
    it ('for each MCI share': the firm whose shares they are), as does a noun for an act, a body,
    people or a place ('an Australian ultimatum', 'Russian diplomats', 'Palestinian homes')."""
    thing = mod.head
    if mod.dep_ not in ("amod", "compound", "nmod") or mod.i > thing.i or thing.pos_ != "NOUN" or thing.ent_type_ \
            or mod.ent_type_ not in ORIGIN_TYPES:
        return False
    titled = mod.dep_ == "compound" and thing.lemma_.lower() in TRIGGERS.document_nouns
    return titled or head_class(thing) in SENSES.origin_classes


def _described_conjunct(ctx: Ctx, conj: Token) -> list[str]:
    """'talks with his Danish counterpart, Per Holm, and the Polish leader, Jan Nowak': a party
    joined to another by a coordination and described by a common noun is the name set beside the
    description (``_named_in_apposition``), as the first conjunct is; without it the name, an
    apposition, would be skipped with the other appositions."""
    return _named_in_apposition(ctx, conj) if conj.dep_ == "conj" else []


def _joined_to_apposition(head: Token) -> list[Token]:
    """'with his Danish counterpart, Per Holm, and the Polish leader, Jan Nowak': the parse hangs
    the second party on the first one's apposition, which restates the head and is skipped; the
    party joined to it is another one."""
    return [g for c in head.children if c.dep_ == "appos" for g in c.children if g.dep_ == "conj"]


def _clause(tok: Token) -> bool:
    """A verb's clause inside a phrase: the deed or grounds after 'of', 'for', 'over', 'about'
    ('accused Mr Clarke of avoiding the issue with the Belmarsh detainees', 'criticised for
    praising Russia'), the deed kept from after 'from' ('banned it from selling drugs in the US')
    and a 'to'-clause ('failing to teach pupils about British society'): their arguments are their
    own verb's, not the trigger's. Manner and means stay ('retaliated by shelling Kharkiv', 'joined
    the crowds in demanding independence from Indonesian rule')."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    return tok.dep_ == "xcomp" or tok.dep_ == "pcomp" and tok.head.lower_ in DEED_PREPS


def _described_doing(verb: Token) -> bool:
    """A present participle describing the actor ('Foreign Secretary Jack Straw, touring South
    East Asian countries, praised'): what the actor is doing besides, a reduced 'who is touring',
    whose objects are the participle's, not the actor's. Not in a target's phrase: PLOVER codes
    the places a target is described by ('power lines leading into Kabul', 'refugees fleeing the
    civil war in Liberia'); nor a past participle ('forces led by Vietnam' name their party)."""
    return verb.dep_ == "acl" and verb.tag_ == "VBG"


def named(ctx: Ctx, head: Token) -> bool:
    """Whether a phrase's head is a name, or has one set beside it ('the chief financial officer,
    Scott Sullivan')."""
    return any(ctx.ents_by_tok.get(t.i) for t in with_appositions(head))


def with_appositions(head: Token) -> list[Token]:
    """A phrase's head and the phrases set beside it ('the group, Hamas')."""
    return [head] + [c for c in head.children if c.dep_ == "appos" and _set_beside(head, c)]


def _modifier(tok: Token) -> bool:
    """A word that modifies a common noun or a title no entity covers ('German' of 'German airline',
    'Holyrood' of 'Holyrood leader', 'Home' of 'Home Secretary David Blunkett', "the SNP's" of "the
    SNP's leader, Nicola Sturgeon"): it describes the party, it is not one; a modifier inside a
    name is part of it."""
    if tok.dep_ == "poss" and tok.head.ent_type_ and tok.ent_type_ in ("GPE", "NORP"):
        return True           # "Brazil's Petrobras": the country says whose the named firm is
    return tok.dep_ in MODIFIER_DEPS and tok.head.pos_ in ("NOUN", "PROPN") and not tok.head.ent_type_


def _where(tok: Token) -> bool:
    """Whether a phrase only says where a party is (its places are then no parties)."""
    return _origin(tok) or _located(tok) or _owned_site(tok)


def _located(tok: Token) -> bool:
    """Where a past participle that describes a noun puts it ('the Virginia-based firm', 'two
    diplomats based in Geneva', 'a man held in Guantanamo Bay'): the places there say where the
    noun's party is, as 'from' after a person does (``_origin``), not whom the event touches. The
    participle's agent and other phrases stay ('crimes committed by Croat forces against Serbs')."""
    where = tok.dep_ == "npadvmod" or tok.dep_ == "prep" and tok.lower_ in PLACE_PREPS and child(tok, ("pobj",)) is not None
    verb = tok.head
    return where and verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod")


def _owned_site(tok: Token) -> bool:
    """A place that modifies a thing someone owns ('the SEC's Washington DC headquarters', "the
    company's Detroit plant", 'its Longbridge plant'): it says where the owner's thing is; the
    owner is the party."""
    thing = tok.head
    return tok.dep_ in ("compound", "amod") and thing.pos_ == "NOUN" and any(c.dep_ == "poss" for c in thing.children)


def _origin(prep: Token) -> bool:
    """'from' after a person names where they come from ('a missionary from Calgary', 'Mr Tyndall,
    from Brighton', 'Mr Okafor, 31, from Leeds' with the name the tagger took for a place), not a
    party; after a thing it may be a route ('the bridge from France'). 'of' after a person's name
    says where they live ('Mr Jones, of Woodbridge, Suffolk, resigned')."""
    if prep.dep_ != "prep":
        return False
    head = prep.head
    if prep.lower_ == "of" and head.ent_type_ == "PERSON":
        return True
    if prep.lower_ not in ORIGIN_PREPS:
        return False
    classes = noun_classes(head)
    honoured = any(c.dep_ == "compound" and title_lexicon().honorific(c.text) for c in head.children)
    return head.ent_type_ == "PERSON" or honoured or head.pos_ in ("PRON", "DET") or bool(classes) and classes[0] == "person"


def child(tok: Token, deps: tuple[str, ...]) -> Token | None:
    return next((c for c in tok.children if c.dep_ in deps), None)


def subject_of(tok: Token) -> tuple[Token | None, Token]:
    """The subject phrase of a verb and the verb it was found on; a subjectless complement
    ('urged X to support', 'agreed to share') climbs to its governor."""
    seen = tok
    for _ in range(6):
        subj = child(seen, SUBJECTS)
        if subj is not None:
            return subj, seen
        if seen.dep_ == "relcl" or misparsed_main_verb(seen):
            return seen.head, seen
        if seen.dep_ == "acl" and seen.head.head != seen.head:
            seen = seen.head.head                  # 'issued a declaration demanding ...'
            continue
        if seen.dep_ not in ("xcomp", "conj", "advcl", "ccomp", "acomp") or seen.head == seen:
            return None, seen
        gov = seen.head
        if seen.dep_ == "xcomp" and (obj := child(gov, OBJECTS)) is not None:
            return obj, gov
        if seen.dep_ == "conj" and reporters_own(seen):
            gov = gov.head                     # 'he said that Belgrade will not leave ..., but also called for calm'
        elif seen.dep_ == "conj" and _active(seen) and child(gov, ("nsubjpass",)) is not None:
            if gov.head == gov:                # '40 people had been pushed back, and [the group] called on'
                return None, seen
            gov = gov.head
        seen = gov
    return None, seen


def reporters_own(conj: Token) -> bool:
    """A past-tense verb the parse joined to a reported clause in another tense ('he said that
    Belgrade will not leave the Serbs alone, but also called for calm'; 'said that border guards do
    not help anyone cross and accused Polish soldiers'): the reporter's own second act, joined in
    the text to the reporting verb, so its subject, tense and polarity are the reporter's."""
    clause = conj.head
    reporter = clause.head
    return conj.dep_ == "conj" and conj.tag_ == "VBD" and clause.dep_ == "ccomp" and reporter.tag_ == "VBD" \
        and reporter.lemma_.lower() in STATUS.reporting_verbs and clause.tag_ in ("VB", "VBP", "VBZ")


def undergoer(v: Token) -> Token | None:
    """Who undergoes a passive verb that has no subject of its own: the passive subject it shares
    as a conjunct ('Mr X was arrested and charged with fraud'), or the subject of the verb a passive
    of its own is joined to ('Mr X pleaded guilty and will be sentenced'), the subject of the clause a passive
    participle hangs from ('Mr X, having been charged with fraud, left'; 'Arrested in Madrid, Mr X
    was later released'; 'Mr X appeared in court after being charged'). subject_of would give them
    as actors: the participle's act is done to them."""
    if v.tag_ != "VBN" or child(v, SUBJECTS) is not None:
        return None
    if not any(c.dep_ == "auxpass" for c in v.children) and any(c.dep_ == "aux" for c in v.children):
        return None                            # 'having arrested the men': active
    if v.dep_ == "conj":             # 'pleaded guilty and will be sentenced': a passive of its own
        return child(v.head, ("nsubjpass",) if not any(c.dep_ == "auxpass" for c in v.children) else SUBJECTS)
    if v.dep_ == "advcl":
        return child(v.head, SUBJECTS)
    if v.dep_ == "pcomp" and v.head.dep_ == "prep":
        return child(v.head.head, SUBJECTS)
    return None


def _active(v: Token) -> bool:
    """A finite verb in the active voice: it shares no conjunct's passive subject."""
    return v.tag_ in ("VBD", "VBZ", "VBP") and not any(c.dep_ == "auxpass" for c in v.children)


def actors_of(ctx: Ctx, t: Trigger, statement: Statement | None) -> tuple[list[str], Token | None]:
    """Actor ids of a trigger and the subject phrase they came from (passives: the agent)."""
    if t.noun is not None and t.noun == t.head:
        return _noun_actors(ctx, t.noun), None
    v = t.head if t.via_control or t.event.pos_ not in ("VERB", "AUX") else t.event
    agent = child(v, ("agent",))
    if agent is not None:
        return _with_force(ctx, child(agent, ("pobj",)), actor=True), agent
    if (undergone := undergoer(v)) is not None:
        return [], undergone                   # 'Mr X, having been charged with fraud': X is charged, not charging
    subj, found_on = subject_of(v)
    if subj is None or subj.dep_ == "nsubjpass" and found_on == v:
        return [], subj                        # a passive without agent: the subject is the target
    ids = _named_in_apposition(ctx, subj) or _with_force(ctx, subj, actor=True)
    if not ids and subj.lower_ in PRONOUNS:
        ids = _speaker_for_pronoun(ctx, subj, statement)
    return ids, subj


def _named_in_apposition(ctx: Ctx, subj: Token) -> list[str]:
    """'The commander of the mission, General X, called on ...', 'the humanitarian group Y': a
    subject described by a common noun acts as the name set beside it, and the parties of its
    description only describe it ('the head of the Russian delegation, Sergei Ivanov, met': Ivanov,
    not Russia). A person described ('commander', 'representative') is the person named beside
    them, also where the parse hung the name on the description's last noun ('the EU special
    representative for the Belgrade-Pristina dialogue, Miroslav Lajcak, is expected to meet'), and
    not an organisation named in brackets ('the commander of the NATO mission (KFOR), ...'). A name
    of no party's type ('the missile system "Oreshnik"') is none."""
    if subj.pos_ != "NOUN" or ctx.ents_by_tok.get(subj.i):
        return []
    beside = with_appositions(subj)[1:]
    end = max((t for t in subj.subtree if not t.is_punct), key=lambda t: t.i)
    if persons(subj) and end.dep_ == "appos" and end.head != subj and end.ent_type_ == "PERSON":
        beside.append(end)
    ids = [e for c in beside for e in ents_in(ctx, c) if ctx.types.get(e) in PARTY_ENTS]   # not the missile system's name
    people = [e for e in ids if ctx.types.get(e) == "PERSON"]
    ids = people if people and persons(subj) else ids
    joined = [e for c in subj.children if c.dep_ == "conj" for e in _named_in_apposition(ctx, c) or ents_in(ctx, c)]
    return list(dict.fromkeys(ids + joined)) if ids else []


def _described(ctx: Ctx, head: Token) -> list[str]:
    """'sued the company', 'called on the home secretary': a definite description no name covers,
    as a target, stands for the entity the article named that it refers to, found as the statement
    layer finds a description speaker's (``antecedent_of``: the firm named before, the one given
    that title); a country or nationality before it ('the US firm') only says where it is from.
    Only a description of a person or a body (``_of_party_kind``), one that names no party of its
    own ('the delegation from the CBI' is the CBI's), and not a police or armed force (its own
    party, ``_with_force``); none where the article names no one it stands for. Not for actors: an
    event needs its actor to be coded at all, and a subject no name covers ('the council will
    meet', 'the government will agree that') mostly states a body's own business."""
    if head.pos_ != "NOUN" or ctx.ents_by_tok.get(head.i) or force_words(head) is not None \
            or not _of_party_kind(head) \
            or not _determined(head) or any(ctx.ents_by_tok.get(t.i) for t in head.subtree if not _origin_word(t, head)):
        return []
    span = antecedent_of(head)
    found = ctx.doc.char_span(span[0], span[1], alignment_mode="expand") if span is not None else None
    ids = _antecedent_body(ctx, found) or \
        [e for t in found or [] for e in ctx.ents_by_tok.get(t.i, []) if ctx.types.get(e) in PARTY_ENTS]
    return list(dict.fromkeys(ids)) or _home_government(ctx, head)


def _antecedent_body(ctx: Ctx, found: Span | None) -> list[str]:
    """'called on the government' after 'the British government' was named: the antecedent is a
    state's body named by a common noun after its state's name or nationality, so the party is
    that body (``_owned_body``: 'British government', CAMEO's GBRGOV), not the adjective that
    only says whose it is; [] when the antecedent is no such body."""
    return _owned_body(ctx, found.root) if found is not None and len(found) > 0 else []


def _determined(head: Token) -> bool:
    """A description that points at one party: 'the minister', 'this company', or owned by a
    pronoun ('praised his minister', 'sued its auditors': the one the owner has, named before)."""
    definite = speech_lexicon().speakers.definite_determiners
    return any(c.dep_ == "det" and c.lower_ in definite or c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children)


def _party_described(ctx: Ctx, head: Token, t: Trigger) -> list[str]:
    """'urged ministers to act', 'sued four companies', 'praised his staff': people or bodies the
    sentence names by a common noun and no name, and that no name before stands for, are the party
    all the same — CAMEO codes them by their sector ('ministers' GOV, 'companies' BUS), PLOVER's
    gold by their description ('French paper workers') — an entity of its own named by its words.
    Only a noun whose first WordNet sense is a person or a group ('employers', 'unions'; not
    'figures', 'offices', 'his post') and none of whose senses is a place ('deport them to their
    home countries' says where), and only several of them (a plural, a count, 'a host of
    companies') or someone owned ('his deputy'); a bare 'the minister' or 'the government' no name
    stands for is left, as are forces (``_with_force``) and the people a mobilisation moves
    ('deployed 100 monitors': its means, as ``_unowned_force`` says). Such a party makes no event of
    an act that has none named (``find._named``): it only says to whom an act already coded was done."""
    if t.type == "MOBILIZE" or head in t.words:
        return []                         # 'is holding numerous meetings': the act's own noun is no party
    if not _several_parties(ctx, head):
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner = child(of, ("pobj",)) if of is not None else None
        counted = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)
        if not (counted and inner is not None and inner.tag_ == "NNS" and _several_parties(ctx, inner)):
            return []
        head = inner                      # 'a host of companies', 'a group of MPs': the companies, the MPs
    words = [c for c in head.lefts if c.dep_ in ("amod", "compound", "nummod") and not ctx.ents_by_tok.get(c.i)]
    span = head.doc[min([w.i for w in words] + [head.i]):head.i + 1]
    name = span.text
    ent = Entity(id=f"party:{name.lower()}", name=name, type="ORG",
                 mentions=[Mention(span=(span.start_char, span.end_char), text=name)])
    ctx.described.add(ent.id)
    return [_added(ctx, ent)]


def _undergoes(arg: Token, t: Trigger) -> bool:
    """Whether an argument is done to, not the raised subject of a passive frame around the act
    ('Supporters are set to protest': they protest, 'Three men were arrested': they were)."""
    return arg.dep_ != "nsubjpass" or arg.head == t.event


def _several_parties(ctx: Ctx, head: Token) -> bool:
    """A common noun no name covers, for persons or bodies (``_party_described``), several of them
    (a plural, a count) or owned ('his deputy'); not a police or armed force (``_with_force``)."""
    return head.pos_ == "NOUN" and not ctx.ents_by_tok.get(head.i) and force_words(head) is None \
        and first_class(head.lemma_.lower()) in ("person", "group") and not SENSES.place_classes & set(noun_classes(head)) \
        and (head.tag_ == "NNS" or any(c.dep_ in ("nummod", "poss") for c in head.children))


def _home_government(ctx: Ctx, head: Token) -> list[str]:
    """'The audit office urged the government to act' where the article names no body the
    description stands for: CAMEO and PLOVER code an unnamed 'the government' by context, as the
    government (GOV) of the country the article is about, so it is that country's body, an entity
    of its own named as ``_state_body`` names one ('United Kingdom government'). Only a bare 'the'
    and a body of a state's government whose first WordNet sense is a group ('government',
    'authorities'; not 'the previous government', 'the Labour government') and only when the
    article is about one country (``one_country``); none when that is unclear."""
    if ctx.home is None or body_words(head) != [head] or first_class(head.lower_) != "group" \
            or any(c.dep_ != "det" for c in head.children):
        return []
    phrase = head.doc[head.left_edge.i:head.i + 1]
    name = f"{ctx.home.name} {head.text}"
    ent = Entity(id=f"force:{name.lower()}", name=name, type="ORG",
                 mentions=[Mention(span=(phrase.start_char, phrase.end_char), text=phrase.text)])
    return [_added(ctx, ent)]


def one_country(entities: list[Entity]) -> Entity | None:
    """The country an article is about: the one holding at least two thirds of the mentions of
    the article's placed entities (its towns, regions and the country itself, by their
    gazetteer country), named by the article itself as a country; None when no country or more
    than one share the article ('the government' of a British report on the Iraq war is unclear)."""
    counts: dict[str, int] = {}
    for e in entities:
        if e.geo is not None and e.geo.country:
            counts[e.geo.country] = counts.get(e.geo.country, 0) + len(e.mentions)
    if not counts:
        return None
    top = max(counts, key=lambda c: counts[c])
    if counts[top] * 3 < sum(counts.values()) * 2:
        return None
    named = [e for e in entities if e.geo is not None and e.geo.country == top and e.geo.level == "country"]
    return max(named, key=lambda e: len(e.mentions)) if named else None


def _of_party_kind(head: Token) -> bool:
    """A noun for a person ('the minister': its first WordNet sense is one) or one of the statement
    layer's words for a body ('the company', 'the bank', 'the council'). A noun whose first sense
    is only some group ('the international community', 'the law') names no one party."""
    lemma, sp = head.lemma_.lower(), speech_lexicon().speakers
    return first_class(lemma) == "person" or lemma in sp.organisation_words or lemma in sp.person_nouns


def _origin_word(tok: Token, head: Token) -> bool:
    """'US' of 'the US firm', 'Swedish' of 'the Swedish carmaker': a country or nationality set
    right before a description's head, saying only where the one described is from."""
    return tok.head == head and tok.dep_ in ("amod", "compound", "nmod") and tok.ent_type_ in ("GPE", "NORP")


def _set_beside(head: Token, appos: Token) -> bool:
    """An apposition that follows its head's own phrase, not one the parse hung across the verb
    ('Russian officials met the head of the delegation, Li Peng': Li Peng is the head's)."""
    return all(t == head or head in t.ancestors for t in head.doc[head.i:appos.left_edge.i])


def _with_force(ctx: Ctx, head: Token | None, actor: bool = False) -> list[str]:
    """The entities of a phrase, where a police or armed force named by a common noun that no
    entity covers ('French police', 'Police') stands for itself, not for its state's modifier
    ('French'), as an entity of its own (see ``forces``); so does a body of a state's government
    or a group of people after its state's or people's name or nationality (``_state_body``)."""
    ids = ents_in(ctx, head, actor)
    if head is None or ctx.ents_by_tok.get(head.i):
        return ids
    owners = modifiers(head, ctx.ents_by_tok)
    words = force_words(head) or _state_body(ctx, head, owners)
    return ids if words is None else _as_agent(ctx, head, words, owners, ids)


def _owned_body(ctx: Ctx, head: Token) -> list[str]:
    """'challenged the Danish government', 'expelled two Russian diplomats': a state's body or a
    people's group as a target (``_state_body``), [] when the phrase names none."""
    if ctx.ents_by_tok.get(head.i):
        return []
    owners = modifiers(head, ctx.ents_by_tok)
    words = _state_body(ctx, head, owners)
    return [] if words is None else _as_agent(ctx, head, words, owners, ents_in(ctx, head))


def _state_body(ctx: Ctx, head: Token, owners: list[Token]) -> list[Token] | None:
    """'The Danish and German governments', 'the Japanese finance ministry', 'Kashmiri
    politicians', 'Hutu militias': a body of a state's government named by a common noun
    (PETRARCH's [~GOV] agents, ``body_words``), a group of people (``group_words``) or one body
    named by a group noun ('the US court', ``_collective``) after the names or nationalities of its
    states, regions or peoples ('Kashmiri' tagged as the region) is that body or group — CAMEO's
    country and sector (DNKGOV), PLOVER's 'Fijian rebels' — not the adjective; only with a state or
    people before it ('the government' alone is ``_described``'s)."""
    states = [e for m in owners for t in m.subtree for e in ctx.ents_by_tok.get(t.i, [])]
    if not states or any(ctx.types.get(e) not in ("GPE", "NORP", "LOC") for e in states):
        return None
    return body_words(head) or group_words(head) or _collective(head)


def _collective(head: Token) -> list[Token] | None:
    """'the US court', 'a European delegation', 'the British public': one body whose first WordNet
    sense is a group, named by a singular common noun after its state's or people's name, is that
    body, as a plural group is (``group_words``); None for any other noun."""
    if head.pos_ != "NOUN" or head.tag_ != "NN" or first_class(head.lemma_.lower()) != "group":
        return None
    return [head]


def _as_agent(ctx: Ctx, head: Token, words: list[Token], owners: list[Token], ids: list[str]) -> list[str]:
    """The force or body named by WORDS as an entity of its own, before the phrase's other
    entities less its owners' (the state's name or nationality says whose it is)."""
    owned = {e for m in owners for t in m.subtree for e in ctx.ents_by_tok.get(t.i, [])}
    return list(dict.fromkeys([_added(ctx, force_entity(head, words, owners))] + [e for e in ids if e not in owned]))


def _added(ctx: Ctx, ent: Entity) -> str:
    """ENT's id, ENT kept among the article's added entities (its mention joined to one of the
    same id already added)."""
    known = next((e for e in ctx.added if e.id == ent.id), None)
    if known is None:
        ctx.added.append(ent)
    elif ent.mentions[0].span not in [m.span for m in known.mentions]:
        known.mentions += ent.mentions
    return ent.id


def _unowned_force(ctx: Ctx, head: Token, t: Trigger) -> list[str]:
    """'the police were accused of racism', 'attacked the army': a police or armed force named by a
    common noun, and by no owner ('its troops' are the owner's, the act's own means), is the target
    itself (``_with_force``); the forces a mobilisation moves ('deployed troops to X') are its
    means (PLOVER's mode), not whom it touches."""
    if t.type == "MOBILIZE" or any(c.dep_ == "poss" for c in head.children):
        return []
    return _with_force(ctx, head)


def _noun_actors(ctx: Ctx, n: Token) -> list[str]:
    """'Israel's invasion', 'offensive of Russian troops', 'talks between X and Y'."""
    ids = [e for c in n.children if c.dep_ in ("poss", "compound", "amod") for e in ents_in(ctx, c)]
    for p in (c for c in n.children if c.dep_ == "prep" and c.lower_ in ("of", "by", "between")):
        ids += ents_in(ctx, p)
    return list(dict.fromkeys(ids))


def _speaker_for_pronoun(ctx: Ctx, pron: Token, statement: Statement | None) -> list[str]:
    """'Syria says it will ...': a pronoun subject inside reported speech is the reporter, the
    nearest one that the sentence names first ('he alleges that Mr Blair told Mr Brown he would
    step down': Mr Blair), else the speaker of the statement that holds it."""
    tok = pron.head
    while tok.head != tok:
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in STATUS.reporting_verbs:
            named = ents_in(ctx, child(tok.head, SUBJECTS))
            if named:
                return named
            break
        tok = tok.head
    return [statement.speaker] if statement is not None and statement.speaker else []


def targets_of(ctx: Ctx, t: Trigger, actors: list[str], place: str | None, subj: Token | None = None) -> list[str]:
    """Objects, datives, passive subjects and prepositional arguments of the trigger words; not
    the phrase SUBJ the actors came from ('the EU envoy, Miroslav Lajcak, is expected to meet':
    the raised subject of 'is expected' acts, its description is no target)."""
    ids: list[str] = []
    addressed = t.via_control and _addressed(t)
    comp = complement(t.head) if t.via_control and not addressed else None   # 'threatened to institute a curfew in Algiers'
    roots = list(dict.fromkeys([t.event, t.head] + t.words + [x for x in (t.noun, comp) if x is not None]))
    if addressed:
        roots = [w for w in roots if w == t.head or w in t.words]
    for w in roots:
        for c in w.children:
            argument = c.dep_ in OBJECTS + ("dative", "iobj", "nsubjpass", "oprd") and c not in (t.noun, subj)
            if argument:
                ids += _named_in_apposition(ctx, c) or _described(ctx, c) or _owned_body(ctx, c) or ents_in(ctx, c) \
                    or _unowned_force(ctx, c, t) or (_party_described(ctx, c, t) if _undergoes(c, t) else [])
            elif _prep(c) and c.lower_ in TARGET_PREPS and c not in t.words and not _charged_with(c) \
                    and not _own_occasion(c):
                ids += _prep_parties(ctx, c, place, t)
            elif c.dep_ == "prep" and c in t.words and (obj := child(c, ("pobj",))) is not None:
                ids += ents_in(ctx, obj) or _party_described(ctx, obj, t)
    if t.type == "REQUEST" and (cc := child(t.head, ("ccomp",))) is not None:
        ids += ents_in(ctx, child(cc, SUBJECTS))        # 'demanded that Belarus release ...'
    if t.type in TRIGGERS.purpose_target_types:
        for c in (c for c in t.head.children if c.dep_ == "advcl"):
            ids += [e for w in c.children if w.dep_ in OBJECTS + ("prep",) for e in ents_in(ctx, w)]
    if t.event.pos_ in ("VERB", "AUX") and not t.via_control and (undergone := undergoer(t.event)) is not None:
        ids += _named_in_apposition(ctx, undergone) or ents_in(ctx, undergone)
    if not ids:
        ids = _pronoun_target(ctx, roots, actors)
    ids = [i for i in dict.fromkeys(ids) if i not in actors and i != place]
    if not ids and place and t.type in CONFLICT and ctx.types.get(place) != "FAC" and not _people_named(t):
        ids = [place]         # 'shelled in Kharkiv': a polity or region, never a building ('detained at Belmarsh Prison')
    return ids


def _people_named(t: Trigger) -> bool:
    """'In Wiltshire, police arrested four men': the act names the people it was done to by a
    common noun, so the place only says where it happened; the place stands for its people only
    when the act names no one else ('shelled in Kharkiv')."""
    return t.event.pos_ in ("VERB", "AUX") and any(c.dep_ in OBJECTS + ("nsubjpass",) and persons(c) for c in t.event.children)


def _prep_parties(ctx: Ctx, prep: Token, place: str | None, t: Trigger) -> list[str]:
    """The parties of a prepositional argument: the name set beside its object ('called on the
    head of the mission, General X'); none of the places of the phrase that names the event's
    place ('detained at Belmarsh Prison in London': where, not whom); with no name, the people or
    bodies its object describes (``_party_described``: 'called on employers')."""
    obj = child(prep, ("pobj",))
    ids = (_named_in_apposition(ctx, obj) or _described(ctx, obj) if obj is not None else []) or ents_in(ctx, prep) \
        or (_party_described(ctx, obj, t) if obj is not None else [])
    if place is not None and place in ids and prep.lower_ in PLACE_PREPS:
        return [e for e in ids if ctx.types.get(e) not in PLACE_TYPES]
    return ids


def _own_occasion(prep: Token) -> bool:
    """'met Mr Blair on his first visit to London': 'on' before an act of the actor's own (a
    possessive before a noun whose first WordNet sense is an act: 'his visit', 'her tour') says on
    which occasion, not on whom; its places and parties are that act's."""
    obj = child(prep, ("pobj",))
    return prep.lower_ == "on" and obj is not None and obj.pos_ == "NOUN" and first_class(obj.lemma_.lower()) == "act" \
        and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children)


def _charged_with(prep: Token) -> bool:
    """'accused the minister of lying', 'the police were accused of Islamophobia', 'cleared him of
    fraud': an 'of' after a verb that has its object, or is passive, says what the object is
    accused, cleared or robbed of, not a second party ('approved of the plan' has none, and there
    'of' names the target)."""
    verb = prep.head
    return prep.lower_ == "of" and verb.pos_ in ("VERB", "AUX") and \
        any(c.dep_ in OBJECTS + ("nsubjpass", "auxpass") for c in verb.children)


def _addressed(t: Trigger) -> bool:
    """'urged Muslims not to vote for Labour', 'called on the minister to resign': a demand with
    its addressee named; the parties of the act demanded are that act's, not the demand's."""
    return any(c.dep_ in OBJECTS + ("dative",) or _prep(c) and (c in t.words or _addressee_prep(c))
               for c in t.head.children)


def _prep(tok: Token) -> bool:
    """A preposition with its object, also where the parse took it for a verb's particle ('called
    on dog owners to act': 'on' a particle, 'owners' its object all the same)."""
    return tok.dep_ == "prep" or tok.dep_ == "prt" and child(tok, ("pobj",)) is not None


def _addressee_prep(prep: Token) -> bool:
    """'called on the minister', 'prevailed upon them': 'on' naming whom, not when ('on Monday')."""
    obj = child(prep, ("pobj",))
    return prep.lower_ in ("on", "upon") and obj is not None and obj.ent_type_ not in ("DATE", "TIME")


def _pronoun_target(ctx: Ctx, roots: list[Token], actors: list[str]) -> list[str]:
    """'put pressure on him', 'he was criticised by the SNP': an object pronoun or a passive's
    subject stands for the nearest earlier named person (he/she/him/her) or party (them/it) in
    the sentence or the one before, not the actor."""
    for w in roots:
        for c in w.children:
            pron = c if c.dep_ in OBJECTS + ("nsubjpass",) else child(c, ("pobj",)) if c.dep_ == "prep" else None
            if pron is None or pron.lower_ not in PRONOUNS or ctx.ents_by_tok.get(pron.i):
                continue
            if (listed := _listed_parties(ctx, pron, actors)):
                return listed
            want = ("PERSON",) if pron.lower_ in PERSON_PRONOUNS else ("ORG", "GPE", "NORP", "PERSON")
            start = pron.sent.start if pron.sent.start == 0 else ctx.doc[pron.sent.start - 1].sent.start
            for i in range(pron.i - 1, start - 1, -1):
                if pron.lower_ in PERSON_PRONOUNS and _someone_unnamed(ctx.doc[i]):
                    break
                ids = [e for e in ctx.ents_by_tok.get(i, []) if e not in actors and ctx.types.get(e) in want]
                if ids:
                    return ids[:1]
    return []


def _listed_parties(ctx: Ctx, pron: Token, actors: list[str]) -> list[str]:
    """'X, Y and Z have been held by the US for three years. They were detained in ...': 'they' or
    'them' stands for the parties a subject before it lists, in its own sentence or the one before
    (the nearest such subject), not for the nearest single name ('the US'); [] when no subject
    before it coordinates two or more named parties."""
    if pron.lower_ not in SENSES.plural_pronouns | {"them"}:
        return []
    start = pron.sent.start if pron.sent.start == 0 else ctx.doc[pron.sent.start - 1].sent.start
    for tok in reversed(ctx.doc[start:pron.i]):
        if tok.dep_ in SUBJECTS and any(c.dep_ == "conj" for c in tok.children):
            ids = [e for e in ents_in(ctx, tok) if e not in actors and ctx.types.get(e) in PARTY_ENTS]
            if len(ids) > 1:
                return ids
    return []


def _someone_unnamed(tok: Token) -> bool:
    """'a warehouse manager waited for a burglar, tied him up': a person brought in by an
    indefinite article, nearer than any name, is whom 'him' stands for, someone not named."""
    classes = noun_classes(tok)
    return tok.tag_ == "NN" and bool(classes) and classes[0] == "person" and \
        any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)


def place_of(ctx: Ctx, t: Trigger) -> str | None:
    """A GPE/LOC/FAC after 'in'/'to'/'at'/'near' on the trigger's clause."""
    nouns = [t.noun, t.noun.head] if t.noun is not None else []
    objects = [c for w in (t.event, t.head) for c in w.children if c.dep_ in OBJECTS]   # 'met X in Kampala'
    for w in dict.fromkeys([t.event, t.head] + nouns + objects):
        preps = PLACE_PREPS + (("to", "into") if t.type in DESTINATION_TYPES else ())
        for p in (c for c in w.children if c.dep_ == "prep" and c.lower_ in preps):
            for eid in ents_in(ctx, p):
                if ctx.types.get(eid) in PLACE_TYPES:
                    return eid
    return None


def in_skipped(tok: Token, root: Token) -> bool:
    """True when tok hangs under a coordinated clause or parenthetical of root."""
    while tok != root and tok.head != tok:
        if tok.head == root and tok.dep_ in ("conj", "parataxis", "cc") and tok.pos_ in ("VERB", "AUX"):
            return True
        tok = tok.head
    return False


def fits_sense(t: Trigger, subj: Token | None) -> bool:
    """Whether a trigger's subject, object and content fit the sense its type needs."""
    actor = _actor_head(subj)
    if actor is not None and not can_act(actor, t.type):
        return False
    obj = next((c for c in t.event.children if c.dep_ in OBJECTS), None) if t.event.pos_ in ("VERB", "AUX") else None
    if obj is not None and obj not in t.words and t.noun is None and not fits_object(obj, t.type):
        return False
    if not _forces_readied(t) or t.noun is None and t.event.pos_ in ("VERB", "AUX") and scale_change(t.event):
        return False                       # 'deployed 100 monitors', 'fraud dropped from 10,276 cases to 8,177'
    if t.noun is None and t.event.pos_ in ("VERB", "AUX") and \
            (gives_words(t.event, t.type) or _evacuates(t) or _takes_office(t)):
        return False                       # 'supplied us with elements of results', 'began evacuating its hostages'
    if obj is not None and obj not in t.words and t.noun is None and not t.via_control and _support_use(t.event, obj):
        return False
    content = _content(t.event) if obj is None else None
    return content is None or fits_content(content, t.type)


def _forces_readied(t: Trigger) -> bool:
    """A verb that readies forces or weapons (MOBILIZE of a 'force_modes' mode) names them in its
    object or passive subject when it has one outside its key ('deployed 3,000 troops', 'were sent');
    'would increase interest rates', 'lower their reserves of dollars', 'deployed 100 monitors'
    ready none."""
    if t.type != "MOBILIZE" or t.mode not in SENSES.force_modes or t.noun is not None:
        return True
    moved = next((c for c in t.event.children if c.dep_ in OBJECTS + ("nsubjpass",)), None)
    return moved is None or moved in t.words or readies_forces(moved)


def _evacuates(t: Trigger) -> bool:
    """A withdrawal ('evacuation_types', 'evacuation_modes') moves the actor's own forces out; one
    that moves people who are no force ('began evacuating its hostages', 'nationals were
    evacuated') rescues them: no retreat."""
    moved = _moved(t)
    return t.type in SENSES.evacuation_types and t.mode in SENSES.evacuation_modes and \
        moved is not None and civilians(moved)


def _takes_office(t: Trigger) -> bool:
    """A seizure ('succession_types', 'succession_modes') takes property, territory, people or a
    firm; taking over what is first an act or a time by WordNet ('office_classes': 'took over the
    chairmanship of the EU', 'the presidency', 'the running of the firm') is a succession to an
    office or a role: no coercion."""
    taken = _moved(t)
    return t.type in SENSES.succession_types and t.mode in SENSES.succession_modes and \
        taken is not None and head_class(taken) in SENSES.office_classes


def _moved(t: Trigger) -> Token | None:
    """What a verb trigger moves or takes: its object, or its passive subject, outside its key."""
    moved = next((c for c in t.event.children if c.dep_ in OBJECTS + ("nsubjpass",)), None)
    return None if moved is None or moved in t.words else moved


def _support_use(verb: Token, obj: Token) -> bool:
    """A light verb whose noun object carries the meaning ('taken delivery of planes', 'gave the
    impression', 'raised issues'): the verb states no act of its own; an event noun of the
    lexicon keeps it ('gave aid', 'made a demand')."""
    if verb.lemma_.lower() not in SENSES.support_verbs or obj.lemma_.lower() in TRIGGERS.nouns:
        return False
    return not handed_over(obj)


def _actor_head(subj: Token | None) -> Token | None:
    """The noun that acts: an active subject, or the object of a passive's 'by'; none when a name
    stands beside it ('the humanitarian group Y': Y acts, whatever 'group' may mean)."""
    if subj is None or subj.dep_ == "nsubjpass" or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in subj.children):
        return None
    if subj.dep_ == "agent":
        return next((c for c in subj.children if c.dep_ == "pobj"), None)
    return subj


def _content(v: Token) -> Token | None:
    """What a verb is about: the object of its 'of'/'about' ('warned of cloudy weather')."""
    preps = [c for c in v.children if c.dep_ == "prep" and c.lower_ in SENSES.content_preps]
    return next((c for p in preps for c in p.children if c.dep_ == "pobj"), None)
