"""Which of the article's entities a phrase names: the context every argument lookup shares
(entity ids by token, the titles that stand for a person) and the walk of a phrase that keeps its
parties and leaves out what only describes them (origins, sites, clauses, modifiers of a name).
Apart from the roles because actors, targets, places and descriptions all read phrases this way."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ...model import Entity, Statement
from ...nlp.wordnet import first_class, head_class, noun_classes, party_word, word_classes
from ..entities.lexicon import english
from ..entities.lexicon import lexicon as title_lexicon
from ..places.gazetteer import key
from ..places.geocode import demonym_keys
from ..statements.quotes import Quote, find_quotes
from ..time.lexicon import LEX as TIMEX
from .cameo import PARTY_ENTS
from .forces import MODIFIER_DEPS, body_words, force_entity, group_words, modifiers
from .lexicon import TRIGGERS
from .senses import SENSES, persons

PLACE_PREPS = ("in", "at", "near", "inside", "outside")
WHEREABOUTS_PREPS = ("in", "at", "near", "across", "along", "throughout")   # where a party was ('members in Rome')
ORIGIN_PREPS = ("from",)
GROUNDS_PREPS = ("of", "for", "over", "about")
DEED_PREPS = GROUNDS_PREPS + ("from",)
PLACE_TYPES = ("GPE", "LOC", "FAC")
ORIGIN_TYPES = ("GPE", "LOC", "NORP")                   # a place or a people a thing comes from ('US dollars')
SKIP_CHILDREN = ("relcl", "advcl", "appos", "parataxis", "ccomp")
BODY_TYPES = ("ORG", "NORP")                            # names of bodies and peoples a count of bodies stands for
ARGUMENT_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj")  # where a coordination of names brings persons in
NAMED_TYPES = ("PERSON", "ORG")                         # names a description written right before describes


@dataclass
class Ctx:
    """What every argument lookup needs: the doc, entity ids by token, statements."""

    doc: Doc
    ents_by_tok: dict[int, list[str]]
    types: dict[str, str]
    statements: list[Statement]
    added: list[Entity] = field(default_factory=list)    # forces named by common nouns (``forces``)
    home: Entity | None = None                            # the country whose government the article means (``home_country``)
    described: set[str] = field(default_factory=set)     # added parties named by a description only (``party_described``)
    roles: dict[str, list[str]] = field(default_factory=dict)   # entity id -> the titles the article gives it
    names: dict[str, str] = field(default_factory=dict)       # entity id -> its name
    countries: dict[str, str] = field(default_factory=dict)   # entity id -> its place's country code ('Spanish': ES)
    states: set[str] = field(default_factory=set)             # ids of the places that are states (``fields.political_party``)
    quotes: list[Quote] | None = None                         # the article's quotations, found when first asked (``ctx_quotes``)


def ctx_quotes(ctx: Ctx) -> list[Quote]:
    """The quotations of the article (the statement layer's ``find_quotes``), found once."""
    if ctx.quotes is None:
        ctx.quotes = find_quotes(ctx.doc.text)
    return ctx.quotes


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
    people = {e.id for e in entities if e.type == "PERSON"}
    bodies = {e.id for e in entities if e.type in BODY_TYPES}
    for tok in doc:
        holder = _title_holder(tok, entities, out)
        if holder is not None:
            for w in _title_words(tok):
                out[w.i] = [holder]
        elif (pair := _persons_counted(tok, people, out) or _bodies_counted(tok, bodies, out)
              or _persons_referred(tok, people, out) or _counted_alone(tok, people, bodies, out)):
            for w in [c for c in tok.lefts if c.dep_ in ("det", "predet", "nummod", "amod")] + [tok]:
                out[w.i] = pair
    return out


def _persons_counted(head: Token, people: set[str], covered: dict[int, list[str]]) -> list[str]:
    """'Tony Blair and Gordon Brown ... urged the two men to stop', 'both leaders', 'the pair': a
    definite description that counts persons (a plural noun whose first WordNet sense is a
    person, with a numeral or 'both'; or a word that counts them itself, ``counted_words``) stands
    for the persons the nearest coordination of names before it joins, when it joins that many;
    [] when it joins another number, when none does, or when the same noun brought in other
    persons since ('two men were arrested ... the two men')."""
    count = _counted(head)
    if count < 2 or covered.get(head.i) or _named_beside(head):
        return []
    return _joined_before(head, people, covered, count)


def _bodies_counted(head: Token, bodies: set[str], covered: dict[int, list[str]]) -> list[str]:
    """'Both Labour and the Tories have signalled ... accused both the big parties', 'the two
    firms': a definite plural description that counts bodies (a plural noun whose first WordNet
    sense is a group, with a numeral or 'both') stands for the bodies the nearest coordination of
    organisation or people names before it joins, when it joins that many, as a count of persons
    does (``_persons_counted``). Not a noun that is also a place by a WordNet sense ('the two
    countries': states, whose names are places', not the bodies named last)."""
    if head.pos_ != "NOUN" or head.tag_ != "NNS" or head.ent_type_ or covered.get(head.i) \
            or first_class(head.lemma_.lower()) != "group" or SENSES.place_classes & set(noun_classes(head)) \
            or _named_beside(head):
        return []
    count = _count_marked(head)
    return _joined_before(head, bodies, covered, count) if count >= 2 else []


def _persons_referred(head: Token, people: set[str], covered: dict[int, list[str]]) -> list[str]:
    """'Moazzam Begg, Martin Mubanga, Feroz Abbasi and Richard Belmar were held ... The men are being
    held', 'Damian Hockney and Peter Hulme Cross were elected ... urged the men to step down':
    'the' and a plural noun whose first WordNet sense is a person, with no other word but a relative
    clause set off by commas (``_aside``: 'The men, who were held for three years, ...'), refers back
    to the persons the paragraph last brought in together, a coordination of two or more names
    as a clause's subject or object (``_joined_before``: not across a paragraph, not past the same
    noun bringing in others); [] when the paragraph has none ('the men' of a story that names them
    only after)."""
    if head.pos_ != "NOUN" or head.tag_ != "NNS" or not persons(head) or covered.get(head.i) \
            or [c.lower_ for c in head.children if not _aside(c)] != ["the"] or _named_beside(head):
        return []
    return _joined_before(head, people, covered, 0)


def _aside(word: Token) -> bool:
    """'The athletes, who spectacularly withdrew from the Athens Olympics, have been suspended': a
    relative clause set off by a comma (and the commas around it) only says more of the persons the
    description already points at; one with no comma ('the men who attacked him') picks out others."""
    before = word.doc[word.left_edge.i - 1] if word.left_edge.i > 0 else None
    return word.dep_ == "punct" and word.text == "," or word.dep_ == "relcl" and before is not None and before.text == ","


def _counted_alone(head: Token, people: set[str], bodies: set[str], covered: dict[int, list[str]]) -> list[str]:
    """'John Smith, Peter Jones and Mary Brown were questioned ... Police arrested the three', 'All
    three were charged', 'Both were suspended': a numeral with 'the' or 'all' before it, or 'both',
    standing alone as a clause's subject or object (no noun after it: an elided 'the three men')
    counts the parties it stands for as 'the three men' does (``_persons_counted``): the persons, else
    the bodies, the nearest coordination of names before it joins, when it joins that many; [] when
    it joins another number, when none does, or past the same numeral bringing in others ('three
    men were arrested ... the three')."""
    count = _count_alone(head)
    if count < 2 or covered.get(head.i) or head.dep_ not in ARGUMENT_DEPS or _named_beside(head):
        return []
    return _joined_before(head, people, covered, count) or _joined_before(head, bodies, covered, count)


def _count_alone(head: Token) -> int:
    """How many parties a numeral or a counting word standing for a noun counts: 'the three', 'all
    three' (a spelled numeral, ``TIMEX.numbers``, with 'the' or 'all'), 'both' (``counted_words``);
    0 for any other word, and for a numeral with a noun of its own ('three men')."""
    counts = SENSES.counted_words
    if head.tag_ == "DT" and head.lower_ in counts:
        return counts[head.lower_]
    if head.tag_ != "CD" or not any(c.dep_ in ("det", "predet") and c.lower_ in ("the", "all") for c in head.children):
        return 0
    return TIMEX.numbers.get(head.lower_, 0)


def _named_beside(head: Token) -> bool:
    """'The two companies [Rosneft and CNPC] have agreed', 'the two men, X and Y': a description
    with the names set beside it (in brackets or as an apposition) says itself whom it counts."""
    after = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    return after is not None and after.text in ("(", "[") or any(c.dep_ == "appos" for c in head.children)


def _joined_before(head: Token, parties: set[str], covered: dict[int, list[str]], count: int) -> list[str]:
    """The PARTIES the nearest coordination of names before HEAD joins, when it joins COUNT of them;
    with COUNT 0, any two or more joined as a clause's subject or object within HEAD's paragraph.
    [] past a mention of HEAD's noun that brings in others ('two men were arrested': no 'the'; not
    'party strategists', where the noun only modifies another)."""
    for tok in reversed(head.doc[:head.left_edge.i]):
        if count == 0 and tok.is_space and "\n" in tok.text:
            return []
        if tok.lemma_.lower() == head.lemma_.lower() and not covered.get(tok.i) and not _definite(tok) \
                and tok.dep_ not in ("compound", "amod"):
            return []
        if tok.dep_ == "conj" and _party_of(tok, parties, covered) and _party_of(tok.head, parties, covered):
            first = tok.head
            while first.dep_ in ("conj", "appos") and _party_of(first.head, parties, covered):
                first = first.head
            joined = list(dict.fromkeys(p for part in _listed(first) if (p := _party_of(part, parties, covered))))
            if count == 0:
                return joined if first.dep_ in ARGUMENT_DEPS else []
            return joined if len(joined) == count else []
    return []


def _listed(first: Token) -> list[Token]:
    """The names of a list: the heads coordinated with FIRST, and the names the parse set beside it
    as appositions ('Moazzam Begg, Martin Mubanga, Feroz Abbasi and Richard Belmar': 'Mubanga' an
    apposition of 'Begg', the others its conjuncts)."""
    out = [first]
    for tok in out:
        out += [c for c in tok.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
                or c.dep_ == "appos" and c.pos_ == "PROPN" and tok.pos_ == "PROPN"]
    return out


def _definite(tok: Token) -> bool:
    """'all the parties', 'the men': a definite mention of a noun refers to parties known, it brings
    in none of its own."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in tok.children)


def _counted(head: Token) -> int:
    """How many persons a definite description counts: 'the two men', 'both leaders' (a plural
    person noun with a numeral or a counting determiner), 'the pair' (a counting noun); 0 for
    any other phrase."""
    counts = SENSES.counted_words
    if head.pos_ != "NOUN" or head.ent_type_:
        return 0
    if head.tag_ == "NN" and head.lemma_.lower() in counts:
        return counts[head.lemma_.lower()] if any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) else 0
    if head.tag_ != "NNS" or not persons(head):
        return 0
    return _count_marked(head)


def _count_marked(head: Token) -> int:
    """The count a plural noun's own words give it: 'both' ('both leaders', 'both the big parties'),
    or a numeral after a definite determiner ('the two men'); 0 for none."""
    counts = SENSES.counted_words
    marks = [c for c in head.children if c.dep_ in ("det", "predet", "nummod")]
    both = next((counts[c.lower_] for c in marks if c.dep_ != "nummod" and c.lower_ in counts), 0)
    number = next((TIMEX.numbers.get(c.lower_, 0) for c in marks if c.dep_ == "nummod"), 0)
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in marks)
    return both or (number if definite else 0)


def _party_of(tok: Token, parties: set[str], covered: dict[int, list[str]]) -> str | None:
    """The party among PARTIES whose name TOK is a word of, if any; for a common noun no name
    covers, the party named in apposition to it ('Kenteris, Thanou and their coach Christos Tzekos':
    the coach is Tzekos, so the list joins three persons, contests29)."""
    found = next((e for e in covered.get(tok.i, []) if e in parties), None)
    if found is None and tok.pos_ == "NOUN" and not covered.get(tok.i):
        return next((e for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                     for e in covered.get(c.i, []) if e in parties), None)
    return found


def _title_holder(head: Token, entities: list[Entity], covered: dict[int, list[str]]) -> str | None:
    """Who 'the Home Secretary' or 'the prime minister' is: the one person the article gives that
    title ('Home Secretary Charles Clarke said'), where no name covers the phrase and the article
    wrote the title with the phrase's words (``_written_with``); of two with titles ending in that
    word ('Foreign Secretary', 'Secretary'), the one whose title says the most of the phrase. A
    definite singular title only ('a foreign secretary' is anyone)."""
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
            if said and said[-1] == head.lower_ and set(said) <= words and _written_with(head.doc, e, words):
                held[e.id] = max(held.get(e.id, 0), len(said))
    best = max(held.values(), default=0)
    holders = [e for e, n in held.items() if n == best]
    return holders[0] if len(holders) == 1 else None


def _written_with(doc: Doc, person: Entity, words: set[str]) -> bool:
    """Whether the article wrote one of PERSON's titles with every word of WORDS ('Home Secretary
    Charles Clarke' for 'the Home Secretary'; 'welfare minister Frank Field' is no 'the prime
    minister', though the role kept is 'minister'): a title ending in the same word names another
    office when the words before it differ; a title the article did not write ends no doubt."""
    written = []
    for m in person.mentions:
        span = doc.char_span(m.span[0], m.span[1], alignment_mode="expand")
        if span is not None and span.root.lower_ in words and not span.root.ent_type_:
            written.append({w.lower_ for w in _title_words(span.root)})
    return not written or any(words <= w for w in written)


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
    phrase headed by a name (or set beside one, or described by a noun written right before a name
    the parse hung elsewhere: ``describes_name_after``; or a title after a name: ``name_before_title``),
    a name that only modifies a common noun describing it ('German airline
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
        titled = name_before_title(ctx, tok)        # 'Andrew Tyrie MP': the name, not the title's modifiers
        under_name = in_name or named(ctx, tok) or describes_name_after(ctx, tok) or bool(titled)   # down its modifiers
        owners, words = ([], []) if modifier or under_name else _body_named(ctx, tok)   # 'US phone company Qwest'
        if words:                                   # "the US court's ruling": the court, not the US
            found += [e for e in as_agent(ctx, tok, words, owners, []) if e not in found]
        kids = [c for c in tok.children
                if c.dep_ not in SKIP_CHILDREN and not (c.dep_ in ("prep", "advmod") and c.lower_ in TRIGGERS.minor_preps)
                and not _clause(c) and not (actor and _described_doing(c)) and not speaks_for(c)] \
            + _joined_to_apposition(tok)
        described = {c: ids for c in kids if (ids := _described_conjunct(ctx, c))}
        found += [e for ids in described.values() for e in ids if e not in found]
        stack += [(c, origin or _where(c),
                   modifier or under_name and _modifier(c) and c not in titled or c in owners or _origin_of_thing(c)
                   or _served_at(c),
                   under_name and c.dep_ in MODIFIER_DEPS)
                  for c in kids if c not in described]
    return found


def _body_named(ctx: Ctx, tok: Token) -> tuple[list[Token], list[Token]]:
    """The state's or people's names before a common noun inside a phrase, and the words naming
    the body or group of theirs that the noun heads ("challenged the US court's jurisdiction",
    'thanked his lawyers and the British people'): the body or group is the party
    (``state_body``), as it is when it heads the phrase (``with_force``, ``owned_body``), and
    its owners only say whose it is; ([], []) for any other word."""
    if tok.pos_ != "NOUN" or ctx.ents_by_tok.get(tok.i):
        return [], []
    owners = modifiers(tok, ctx.ents_by_tok)
    words = state_body(ctx, tok, owners)
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


def _served_at(mod: Token) -> bool:
    """'Eighteen former Enron directors have agreed a settlement', 'Ten former directors at WorldCom
    agreed to pay', 'asked a former International Monetary Fund director to run its central bank': a
    body named before or after a common noun for persons that a past mark ('former', ``past_marks``)
    says no longer hold that post only says where they served; the body does not act through people
    who are no longer its own (the judges' "actor 'WorldCom' for its former directors"). A name the
    noun is set beside keeps its reading ('former Worldcom boss Bernie Ebbers': the name is the
    party)."""
    holder = mod.head
    return mod.dep_ in MODIFIER_DEPS + ("prep",) and mod.lower_ not in TRIGGERS.past_marks \
        and persons(holder) and any(c.dep_ == "amod" and c.lower_ in TRIGGERS.past_marks for c in holder.children)


def belongs_to(prep: Token) -> bool:
    """'William Corr of the Campaign for Tobacco-Free Kids urged the government': an 'of' phrase on a
    person's name says whose member or officer the person is, as a title before the name does
    ('Holyrood leader Nicola Sturgeon', ``_modifier``); the person acts, the body beside him is no
    second party of the act."""
    return prep.dep_ == "prep" and prep.lower_ == "of" and prep.head.pos_ == "PROPN" and prep.head.ent_type_ == "PERSON"


def _described_conjunct(ctx: Ctx, conj: Token) -> list[str]:
    """'talks with his Danish counterpart, Per Holm, and the Polish leader, Jan Nowak': a party
    joined to another by a coordination and described by a common noun is the name set beside the
    description (``named_in_apposition``), as the first conjunct is; without it the name, an
    apposition, would be skipped with the other appositions."""
    return named_in_apposition(ctx, conj) if conj.dep_ == "conj" else []


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


def speaks_for(prep: Token) -> bool:
    """'Vincent Cable, for the Liberal Democrats, accused Mr Brown', 'Oliver Letwin, for the Tories,
    attacked government red tape': a 'for' phrase set off by commas right after a person's name
    (a proper noun: the tagger may call 'Vincent Cable' an organisation)
    says whose side the person speaks for, whether the parse hangs it on the name or on the verb:
    the person acts (a party beside its spokesman is one actor too many) and the side is no
    target."""
    doc = prep.doc
    if prep.dep_ != "prep" or prep.lower_ != "for" or prep.i == 0 or prep.right_edge.i + 1 >= len(doc):
        return False
    before, after = doc[prep.i - 1], doc[prep.right_edge.i + 1]
    return before.text == "," and after.text == "," and prep.i > 1 and doc[prep.i - 2].pos_ == "PROPN" \
        and (prep.head == doc[prep.i - 2] or prep.head.pos_ in ("VERB", "AUX") and prep.head.i == after.i + 1)


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


def describes_name_after(ctx: Ctx, head: Token) -> bool:
    """'with helping Dutch retailer Ahold inflate earnings': a common noun for a person or a body
    (``party_word``: not 'Leaving a Brussels summit Mr Blair said') written right before a
    person's or a firm's name, with nothing of its own phrase after it and no comma between, is the
    name's description ('German airline Lufthansa') that the parse did not compound into the name
    (it made 'retailer' the object and hung 'Ahold' elsewhere): the description is no party of
    its own, nor is the state or people its modifiers name ('Dutch'); the name is what it
    describes, read where the parse put it."""
    if head.pos_ != "NOUN" or head.dep_ == "compound" or ctx.ents_by_tok.get(head.i) or head.right_edge != head \
            or head.i + 1 >= len(head.doc):
        return False
    name = head.doc[head.i + 1]
    return party_word(head.lemma_.lower()) and name.pos_ == "PROPN" and name not in head.subtree \
        and any(ctx.types.get(e) in NAMED_TYPES for e in ctx.ents_by_tok.get(name.i, []))


def name_before_title(ctx: Ctx, head: Token) -> list[Token]:
    """'Tory frontbencher Andrew Tyrie MP demanded a statement': a capitalised title written after a
    person's name ('MP', tagged a proper noun), which the parse made the phrase's head with the
    name and the description before it as its compounds, no entity covering it: the person named
    is the party, and the description's party ('Tory') only says whose frontbencher he is, as in a
    phrase the name heads ('Tory frontbencher Andrew Tyrie'). The name's words, written right
    before the title; [] for any other phrase."""
    if ctx.ents_by_tok.get(head.i) or head.pos_ != "PROPN" or head.i == 0:
        return []                       # not 'Lib Dem spokesman Vince Cable' ('Lib Dem' tagged a person)
    name: list[Token] = []
    for tok in reversed(head.doc[head.left_edge.i:head.i]):
        if tok.head != head or tok.dep_ != "compound" \
                or not any(ctx.types.get(e) == "PERSON" for e in ctx.ents_by_tok.get(tok.i, [])):
            break
        name.append(tok)
    return name


def conjuncts(head: Token) -> list[Token]:
    """A phrase's head and the heads coordinated with it ('accused the prime minister and Mr Brown':
    'minister', 'Brown'), each a party of its own, in the order written."""
    out = [head]
    for tok in out:
        out += [c for c in tok.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON")]
    return out


def own_words(head: Token) -> list[Token]:
    """The words of a phrase less the phrases coordinated with its head ('the prime minister' of
    'the prime minister and Mr Brown'): what the head's own description says."""
    joined = {t.i for c in head.children if c.dep_ in ("conj", "cc") for t in c.subtree}
    return [t for t in head.subtree if t.i not in joined]


def with_appositions(head: Token) -> list[Token]:
    """A phrase's head and the phrases set beside it ('the group, Hamas')."""
    return [head] + [c for c in head.children if c.dep_ == "appos" and _set_beside(head, c)]


def _modifier(tok: Token) -> bool:
    """A word that modifies a common noun or a title no entity covers ('German' of 'German airline',
    'Holyrood' of 'Holyrood leader', 'Home' of 'Home Secretary David Blunkett', "the SNP's" of "the
    SNP's leader, Nicola Sturgeon"): it describes the party, it is not one; a modifier inside a
    name is part of it. So does a person's possessive before a person's name ("Moazzam Begg's
    Labour MP Roger Godsiff", "Mr Blair's spokesman Tom Kelly"): it says whose MP or spokesman the
    named person is, another person, who does not act with them."""
    if tok.dep_ == "poss" and tok.head.ent_type_ and tok.ent_type_ in ("GPE", "NORP"):
        return True           # "Brazil's Petrobras": the country says whose the named firm is
    if tok.dep_ == "poss" and tok.head.ent_type_ == "PERSON" and tok.ent_type_ == "PERSON":
        return True           # "Moazzam Begg's Labour MP Roger Godsiff": whose MP he is; Mr Godsiff acts
    return tok.dep_ in MODIFIER_DEPS and tok.head.pos_ in ("NOUN", "PROPN") and not tok.head.ent_type_


def _where(tok: Token) -> bool:
    """Whether a phrase only says where a party is (its places are then no parties)."""
    return _origin(tok) or _located(tok) or _owned_site(tok) or _whereabouts(tok)


def _whereabouts(prep: Token) -> bool:
    """'signed by all 25 EU members in Rome', 'Mr Smith at Heathrow': 'in', 'at' or another
    preposition of where (``WHEREABOUTS_PREPS``; 'on' a side or a border, ``_on_a_site``) after a
    named party (a name of a person, an organisation or a people, or a noun whose first WordNet sense
    is a person or a group after the name of whose they are) says where they were when they acted, the
    event's place, not a party beside them. Unnamed people keep it ('Prosecutors in Milan charged',
    'Dockers in Antwerp said': the place is all that says who they are), as does a state's
    government body ('the Dutch government in The Hague') and a body that is itself where the act
    was ('rallied outside the Georgian parliament in Tbilisi': a site within a place)."""
    party, obj = prep.head, child(prep, ("pobj",))
    if prep.dep_ != "prep" or obj is None or not (prep.lower_ in WHEREABOUTS_PREPS or _on_a_site(prep, obj)) \
            or party.dep_ == "pobj" and party.head.lower_ in PLACE_PREPS:
        return False
    if party.ent_type_ in ("PERSON", "ORG", "NORP"):
        return True
    return party.pos_ == "NOUN" and party_word(party.lemma_.lower()) and body_words(party) is None \
        and any(c.dep_ in MODIFIER_DEPS and c.i < party.i and c.ent_type_ in ("ORG", "NORP", "GPE") for c in party.children)


def _on_a_site(prep: Token, obj: Token) -> bool:
    """'Kashmiri politicians on both sides of the Line of Control', 'troops on the border': 'on' whose
    object is a common noun first a place by WordNet (a side, a border, the outskirts) says where,
    as 'in' does; 'on' before anything else names a topic or a target ('sanctions on Iran')."""
    return prep.lower_ == "on" and obj.pos_ == "NOUN" and first_class(obj.lemma_.lower()) == "location"


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


def named_in_apposition(ctx: Ctx, subj: Token) -> list[str]:
    """'The commander of the mission, General X, called on ...', 'the humanitarian group Y': a
    subject described by a common noun acts as the name set beside it, and the parties of its
    description only describe it ('the head of the Russian delegation, Sergei Ivanov, met': Ivanov,
    not Russia). A person described ('commander', 'representative') is the person named beside
    them, also where the parse hung the name on the description's last noun ('the EU special
    representative for the Belgrade-Pristina dialogue, Miroslav Lajcak, is expected to meet', or with
    no comma where the parse took the title's last noun for the name's: ``_title_run``), and
    not an organisation named in brackets ('the commander of the NATO mission (KFOR), ...'). A name
    of no party's type ('the missile system "Oreshnik"') is none."""
    if subj.pos_ not in ("NOUN", "PRON") or ctx.ents_by_tok.get(subj.i):
        return []                       # a pronoun too: 'looking to buy it (ACC)' is ACC
    beside = with_appositions(subj)[1:]
    ids = [e for c in beside for e in ents_in(ctx, c) if ctx.types.get(e) in PARTY_ENTS]   # not the missile system's name
    ids += [e for e in _name_hung_on_title(ctx, subj) if e not in ids]
    people = [e for e in ids if ctx.types.get(e) == "PERSON"]
    ids = people if people and persons(subj) else ids
    joined = [e for c in subj.children if c.dep_ == "conj" for e in named_in_apposition(ctx, c) or ents_in(ctx, c)]
    return list(dict.fromkeys(ids + joined)) if ids else []


def _name_hung_on_title(ctx: Ctx, subj: Token) -> list[str]:
    """The person named at the end of a person's description where the parse hung the name on the
    description's last noun ('the EU special representative for the Belgrade-Pristina dialogue,
    Miroslav Lajcak') or ran it into the title (``_title_run``): only a person the entity stage named
    so. A place the tagger took for a person's name, set after another place the phrase says the
    person is from ('a 19 year old man from Camberley, Surrey': Surrey names where Camberley is), is
    no name of the person described."""
    end = max((t for t in subj.subtree if not t.is_punct), key=lambda t: t.i, default=subj)   # a dash tagged a noun
    if not persons(subj) or end.ent_type_ != "PERSON" or not (end.dep_ == "appos" and end.head != subj or _title_run(end)):
        return []
    return [e for e in ents_in(ctx, end) if ctx.types.get(e) == "PERSON"]


def _title_run(name: Token) -> bool:
    """"Labour's deputy minister for women Jacqui Smith accused": a title whose last words the
    parse joined to the name that follows it ('women' a compound of 'Smith'): a person's name
    modified by a common noun, with no comma between, ends the title and names its holder."""
    return name.dep_ == "pobj" and any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in name.children) \
        and not any(t.is_punct for t in name.doc[name.head.i:name.i])


def _set_beside(head: Token, appos: Token) -> bool:
    """An apposition that follows its head's own phrase, not one the parse hung across the verb
    ('Russian officials met the head of the delegation, Li Peng': Li Peng is the head's)."""
    return all(t == head or head in t.ancestors for t in head.doc[head.i:appos.left_edge.i])


def state_body(ctx: Ctx, head: Token, owners: list[Token]) -> list[Token] | None:
    """'The Danish and German governments', 'the Japanese finance ministry', 'Kashmiri
    politicians', 'Hutu militias': a body of a state's government named by a common noun
    (PETRARCH's [~GOV] agents, ``body_words``), a group of people (``group_words``) or one body
    named by a group noun ('the US court', ``_collective``), or members named by initials ('Polish
    MEPs', ``_members_by_initials``) after the names or nationalities of its
    states, regions or peoples ('Kashmiri' tagged as the region) is that body or group — CAMEO's
    country and sector (DNKGOV), PLOVER's 'Fijian rebels' — not the adjective; only with a state or
    people before it ('the government' alone is ``described``'s)."""
    states = [e for m in owners for t in m.subtree for e in ctx.ents_by_tok.get(t.i, [])]
    if not states or any(ctx.types.get(e) not in ("GPE", "NORP", "LOC") for e in states):
        return None
    return body_words(head) or group_words(head) or _collective(head) or _one_from(ctx, head, states) \
        or _members_by_initials(head)


def _one_from(ctx: Ctx, head: Token, states: list[str]) -> list[Token] | None:
    """'A US judge banned Gazprom', 'A US national has been put under investigation', 'plans to
    sue' of 'A British terror suspect': one person named by a singular common noun (its first WordNet sense a
    person) after a state's or nationality's name (one ``countries`` knows: not a party's 'Tory')
    is that person, a party of their own named by the description (PLOVER's gold: 'US national'),
    not the state, whose name only says where they are from; None for any other noun, and for one
    that only modifies another ('Recent US Predator attacks': the attacks are the state's)."""
    if head.tag_ != "NN" or head.dep_ == "compound" or first_class(head.lemma_.lower()) != "person" \
            or not all(ctx.countries.get(e) or _faith(ctx, e) for e in states) or describes_name_after(ctx, head):
        return None
    return [head]


def _faith(ctx: Ctx, eid: str) -> bool:
    """'the Catholic archbishop of Cardiff', 'a Muslim cleric': a people no state's and no party's
    (a faith: tagged a people, no people of a country, continent or region the gazetteer knows,
    ``demonym_keys``, and none of the entities lexicon's party forms, 'Tory') says what the person
    is, as a nationality says where they are from; the person is the party."""
    name = ctx.names.get(eid, "")
    return ctx.types.get(eid) == "NORP" and key(name) not in demonym_keys() and name not in english().party_forms


def _members_by_initials(head: Token) -> list[Token] | None:
    """'when Polish MEPs rejected plans', 'Scottish MSPs', 'Kenyan NGOs': a plural of initials
    that WordNet does not know, after a state's or people's name, names members of a body by its
    initials (a parliament's, a kind of organisation's), a group of people like 'Polish
    politicians' (``group_words``), not the people its adjective names; None for any other noun
    ('US dollars' is a word WordNet knows, judged by its senses)."""
    initials = head.text[:-1]
    if head.tag_ != "NNS" or not head.text.endswith("s") or len(initials) < 2 or not initials.isupper() \
            or word_classes(head.lemma_.lower()) or word_classes(initials.lower()):
        return None
    return _compounds_of(head) + [head]


def _compounds_of(head: Token) -> list[Token]:
    """The common nouns compounded right before HEAD ('Labour' is no word of 'Tory MPs')."""
    return [c for c in head.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < head.i]


def _collective(head: Token) -> list[Token] | None:
    """'the US court', 'a European delegation', 'the British public': one body whose first WordNet
    sense is a group, named by a singular common noun after its state's or people's name, is that
    body, as a plural group is (``group_words``); None for any other noun."""
    if head.pos_ != "NOUN" or head.tag_ != "NN" or first_class(head.lemma_.lower()) != "group":
        return None
    return [head]


def as_agent(ctx: Ctx, head: Token, words: list[Token], owners: list[Token], ids: list[str]) -> list[str]:
    """The force or body named by WORDS as an entity of its own, before the phrase's other
    entities less its owners' (the state's name or nationality says whose it is)."""
    owned = {e for m in owners for t in m.subtree for e in ctx.ents_by_tok.get(t.i, [])}
    return list(dict.fromkeys([added(ctx, force_entity(head, words, owners))] + [e for e in ids if e not in owned]))


def added(ctx: Ctx, ent: Entity) -> str:
    """ENT's id, ENT kept among the article's added entities (its mention joined to one of the
    same id already added)."""
    known = next((e for e in ctx.added if e.id == ent.id), None)
    if known is None:
        ctx.added.append(ent)
    elif ent.mentions[0].span not in [m.span for m in known.mentions]:
        known.mentions += ent.mentions
    return ent.id


def statement_of(ctx: Ctx, tok: Token) -> tuple[int | None, Statement | None]:
    """The statement whose content holds a token, with its index."""
    for i, s in enumerate(ctx.statements):
        if any(a <= tok.idx < b for a, b in s.content_spans):
            return i, s
    return None, None
