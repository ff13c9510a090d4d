"""Parties named by a description rather than a name: 'the company' standing for the firm named
before, 'the government' of the country the article is about, 'French police' and 'the Danish
government' as bodies of their own, 'ministers' and 'four companies' as parties of their own. Apart
from the phrase walk (``phrases``) because these rules find or add parties the article gives no
name of their own."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...model import Entity, Mention
from ...nlp.wordnet import event_verbs, first_class, noun_classes, party_word, sport_word, word_classes
from ..entities.government import cabinet_country, one_country
from ..entities.lexicon import lexicon as title_lexicon
from ..statements.antecedents import antecedent_of
from ..statements.lexicon import lexicon as speech_lexicon
from ..statements.wants import wanted
from .cameo import PARTY_ENTS
from .forces import body_words, force_words, group_agent_words, modifiers
from .lexicon import TRIGGERS
from .phrases import Ctx, added, as_agent, child, ents_in, own_words, state_body
from .senses import SENSES, persons
from .triggers import Trigger

BODY_TYPES = ("ORG", "GPE")           # whom a person's post may say he speaks for (``body_spoken_for``)
ORIGIN_DEPS = ("poss", "compound", "amod", "nmod", "npadvmod", "appos")   # where a name's origin is said


def described(ctx: Ctx, head: Token) -> list[str]:
    """'sued the company', 'called on the home secretary': a definite description no name covers,
    as a target, stands for the entity the article named that it refers to, found as the statement
    layer finds a description speaker's (``antecedent_of``: the firm named before, the one given
    that title); a country or nationality before it ('the US firm') only says where it is from.
    Only a description of a person or a body (``_of_party_kind``), one that names no party of its
    own ('the delegation from the CBI' is the CBI's), and not a police or armed force (its own
    party, ``with_force``); none where the article names no one it stands for. Not for actors: an
    event needs its actor to be coded at all, and a subject no name covers ('the council will
    meet', 'the government will agree that') mostly states a body's own business."""
    if head.pos_ != "NOUN" or ctx.ents_by_tok.get(head.i) or force_words(head) is not None \
            or not _of_party_kind(head) \
            or not _determined(head) or any(ctx.ents_by_tok.get(t.i) for t in own_words(head) if not _origin_word(t, head)):
        return []
    span = antecedent_of(head)
    found = ctx.doc.char_span(span[0], span[1], alignment_mode="expand") if span is not None else None
    if found is None or not any(t.lemma_.lower() == head.lemma_.lower() for t in found):
        found = _named_with_head(ctx, head) or found
    ids = _antecedent_body(ctx, found) or \
        [e for t in found or [] for e in ctx.ents_by_tok.get(t.i, []) if ctx.types.get(e) in PARTY_ENTS]
    return list(dict.fromkeys(ids)) or _home_government(ctx, head)


def _named_with_head(ctx: Ctx, head: Token) -> Span | None:
    """'As he arrived at Spain's High Court ... Mr Corcostegui also asked the court for new evidence':
    a description that says only what kind of body it is ('the court') stands for the body the
    article named before with that word for its head ('High Court'), however far back, before the
    nearest body of another kind within the statement layer's reach ('Santander's board', named
    between): the article named it by that word, and a body of another kind is not it (as the
    statement layer's ``_nearest`` prefers a name holding the head within its reach). None when no
    body named before ends in the word, or the description says more than its kind ('the appeal
    court', 'the Spanish court')."""
    if any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in head.children):
        return None
    lemma = head.lemma_.lower()
    for tok in reversed(ctx.doc[:head.i]):
        ids = [e for e in ctx.ents_by_tok.get(tok.i, []) if ctx.types.get(e) == "ORG"]
        if ids and tok.pos_ == "PROPN" and tok.lemma_.lower() == lemma and tok.dep_ != "compound":
            start = tok.i
            while start > 0 and ids[0] in ctx.ents_by_tok.get(start - 1, []):
                start -= 1
            return ctx.doc[start:tok.i + 1]
    return None


def origin_described(ctx: Ctx, head: Token) -> list[str]:
    """'The Spanish group has bought Amey' after 'Madrid-based Ferrovial' (or 'Spain's Ferrovial'): a
    definite description of a body that says only where it is from (``_by_origin``) is the one
    organisation the article named before with that origin (``_origins_before``), not its origin
    ('Spanish') nor a body of its own ('US firm'). As an actor too: the subject already names a
    party (its origin), so no event is made that was not, only its party is mended. [] when the
    article named no organisation with that origin, or two: the statement layer's nearest body
    ('the Saudi hospital' for the militia named before it) is no evidence of the origin."""
    if head.pos_ != "NOUN" or head.tag_ != "NN" or not _by_origin(head):
        return []
    countries = {c for t in head.lefts for e in ctx.ents_by_tok.get(t.i, []) if (c := ctx.countries.get(e))}
    matched = [e for e, found in _origins_before(ctx, head).items() if found & countries]
    return matched if len(matched) == 1 else []


def place_named_body(ctx: Ctx, head: Token) -> list[str]:
    """'The full libraries of ... the New York Public Library are included. ... The New York library
    is allowing Google to include ...': a definite description of a body by its kind and the town or
    region it is in ('the New York library', 'the Moscow court', 'the Oxford university') is the one
    body the article named before whose name holds both the place's words and the kind (the
    institution, a FAC or an ORG), not the town, which only says where it is: the town acts only
    when it is the subject by itself. [] when no body, or more than one, so named came before."""
    if head.pos_ != "NOUN" or ctx.ents_by_tok.get(head.i):
        return []
    if (body := sport_body(ctx, head)) is not None:
        return [body]
    if not _determined(head):
        return []
    places = [m for m in head.lefts if m.dep_ in ("compound", "amod", "nmod")
              and any(ctx.types.get(e) in ("GPE", "LOC") for t in m.subtree for e in ctx.ents_by_tok.get(t.i, []))]
    if len(places) != 1:
        return []
    words = [t.lower_ for t in places[0].subtree]
    bodies = {e for t in ctx.doc[:head.left_edge.i] for e in ctx.ents_by_tok.get(t.i, [])
              if ctx.types.get(e) in ("ORG", "FAC") and _named_by(ctx.names.get(e, ""), words, head.lemma_.lower())}
    return list(bodies) if len(bodies) == 1 else []


def sport_body(ctx: Ctx, head: Token) -> str | None:
    """'Kenya's athletics body has reversed a ban ... Athletics Kenya (AK) had suspended': a
    description of a body by its sport and its country (a noun with a sense of a group by WordNet,
    with a sport word before it, ``sport_word``, and a place as its owner or modifier) is the one
    organisation the article names, before or after, whose name holds the sport word and the
    place's words, not the country, which only says whose body it is. None when no such
    organisation, or more than one, is named."""
    sports = [m.lower_ for m in head.lefts if m.dep_ in ("compound", "amod", "nmod") and sport_word(m.text)]
    places = [m for m in head.lefts if m.dep_ in ("poss", "compound", "amod", "nmod")
              and any(ctx.types.get(e) in ("GPE", "LOC") for e in ctx.ents_by_tok.get(m.i, []))]
    if len(sports) != 1 or len(places) != 1 or "group" not in word_classes(head.lemma_.lower()):
        return None
    words = [t.lower_ for t in places[0].subtree if t.dep_ != "case" and not t.is_punct]
    bodies = {e for ids in ctx.ents_by_tok.values() for e in ids
              if ctx.types.get(e) == "ORG" and _named_by(ctx.names.get(e, ""), words, sports[0])}
    return next(iter(bodies)) if len(bodies) == 1 else None


def _named_by(name: str, place: list[str], kind: str) -> bool:
    """Whether a body's NAME holds the PLACE's words in a run and the word of its KIND
    ('New York Public Library' by 'new york' and 'library')."""
    words = name.lower().split()
    runs = (words[i:i + len(place)] for i in range(len(words) - len(place) + 1))
    return kind in words and any(run == place for run in runs)


def _origins_before(ctx: Ctx, head: Token) -> dict[str, set[str]]:
    """Each organisation the article names before HEAD, with the countries of the places and peoples
    its names are set with ('Spain's Ferrovial', 'Madrid-based Ferrovial', 'German airline
    Lufthansa': the modifiers and appositions of the name, not a clause about it)."""
    out: dict[str, set[str]] = {}
    for tok in head.doc[:head.left_edge.i]:
        for e in ctx.ents_by_tok.get(tok.i, []):
            if ctx.types.get(e) == "ORG":
                out.setdefault(e, set()).update(_origin_countries(ctx, tok, e))
    return out


def _origin_countries(ctx: Ctx, tok: Token, eid: str) -> set[str]:
    """The countries of the places and peoples that modify a word of EID's name or stand beside it."""
    mods = [c for c in tok.children if c.dep_ in ORIGIN_DEPS and eid not in ctx.ents_by_tok.get(c.i, [])]
    return {c for m in mods for t in m.subtree for e in ctx.ents_by_tok.get(t.i, [])
            if e != eid and (c := ctx.countries.get(e))}


def _by_origin(head: Token) -> bool:
    """A definite description of a body by its origin alone ('the German carmaker', 'the US
    firm'): the statement layer's want for it names one body, 'sole'."""
    want = wanted(head, speech_lexicon())
    return want is not None and want.sole


def introduced_next(ctx: Ctx, head: Token) -> list[str]:
    """'A US company has pulled out of a major contract ... Contrack International, of Arlington,
    Virginia, heads a coalition': a party brought in by 'a' or 'an' and a noun whose first WordNet
    sense is a person or a group, with nothing but its origin ('US', 'British') to say who, is the
    party the next sentence opens with as its subject by a name met there for the first time, of
    its kind (a person for a person's noun, an organisation for a group's): the article's way of
    introducing whom it spoke of. A person may also be said to be a body's ('A previous Labour
    chancellor resigned ... Hugh Dalton resigned', 'A prospective candidate for the UK Independence
    Party has resigned ... Nicholas Betts Green ... quit'); a noun of another kind is the name that
    ends in that noun, the institution it names ('An English hospital has suspended plans ...
    Hereford County Hospital had earlier said', tagged a building). [] when the next sentence's
    subject is no such name, or one the article named before ('A US company ... Pentagon officials
    said': no name)."""
    kind = {"person": "PERSON", "group": "ORG"}.get(first_class(head.lemma_.lower()) or "")
    whose = ("GPE", "NORP", "ORG") if kind == "PERSON" else ("GPE", "NORP")
    if head.pos_ != "NOUN" or head.tag_ != "NN" or ctx.ents_by_tok.get(head.i) \
            or [c.lower_ for c in head.children if c.dep_ == "det"] not in (["a"], ["an"]) \
            or any(ctx.types.get(e) not in whose for w in head.subtree for e in ctx.ents_by_tok.get(w.i, [])):
        return []
    subj = _next_subject(ctx, head)
    ids = [e for e in ctx.ents_by_tok.get(subj.i, []) if ctx.types.get(e) == kind or kind is None
           and ctx.types.get(e) in ("ORG", "FAC") and subj.lemma_.lower() == head.lemma_.lower()] if subj is not None else []
    return [e for e in ids if min(i for i, found in ctx.ents_by_tok.items() if e in found) >= head.sent.end]


def _next_subject(ctx: Ctx, head: Token) -> Token | None:
    """The subject the sentence after HEAD's opens with (past a closing quote mark); None when that
    sentence opens otherwise ('"They screwed up," said Ronald Smith, an analyst': a speaker brought
    in, not the party)."""
    end = head.sent.end
    if end >= len(ctx.doc):
        return None
    sent = ctx.doc[end].sent
    subj = child(sent.root, ("nsubj",))
    start = next((t.i for t in sent if not t.is_punct and not t.is_space), sent.start)
    return subj if subj is not None and subj.left_edge.i == start else None


def office_holder(ctx: Ctx, head: Token) -> list[str]:
    """'The Liberal Democrat leader will visit', "the party's chairman met": 'the' and a singular noun
    whose first WordNet sense is a person, after the name of the body or people the office is of,
    is the person the article named that holds it (``antecedent_of``, as the statement layer
    resolves such a speaker: the person named before), not the body, whose name only says which
    office; a title written with a capital ('accused the Tory Leader of behaving like an "attack
    mongrel"', tagged a proper noun no entity covers) is one all the same, whose holder the article
    named ('Tory leader Michael Howard'). [] when the antecedent is no person, so the body stays;
    only where a body is named before the noun, so a subject that named no one before ('the minister will visit') makes no
    event it did not make."""
    if head.tag_ not in ("NN", "NNP") or ctx.ents_by_tok.get(head.i) or first_class(head.lemma_.lower()) != "person" \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
            or not any(ctx.types.get(e) in ("ORG", "NORP", "GPE") for c in head.lefts if c.dep_ in ("compound", "amod", "poss")
                       for t in c.subtree for e in ctx.ents_by_tok.get(t.i, [])):
        return []
    span = antecedent_of(head)
    found = ctx.doc.char_span(span[0], span[1], alignment_mode="expand") if span is not None else None
    return list(dict.fromkeys(e for t in found or [] for e in ctx.ents_by_tok.get(t.i, []) if ctx.types.get(e) == "PERSON"))


def _antecedent_body(ctx: Ctx, found: Span | None) -> list[str]:
    """'called on the government' after 'the British government' was named: the antecedent is a
    state's body named by a common noun after its state's name or nationality, so the party is
    that body (``owned_body``: 'British government', CAMEO's GBRGOV), not the adjective that
    only says whose it is; [] when the antecedent is no such body."""
    return owned_body(ctx, found.root) if found is not None and len(found) > 0 else []


def _determined(head: Token) -> bool:
    """A description that points at one party: 'the minister', 'this company', or owned by a
    pronoun ('praised his minister', 'sued its auditors': the one the owner has, named before)."""
    definite = speech_lexicon().speakers.definite_determiners
    return any(c.dep_ == "det" and c.lower_ in definite or c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children)


def party_described(ctx: Ctx, head: Token, t: Trigger) -> list[str]:
    """'urged ministers to act', 'sued four companies', 'praised his staff': people or bodies the
    sentence names by a common noun and no name, and that no name before stands for, are the party
    all the same — CAMEO codes them by their sector ('ministers' GOV, 'companies' BUS), PLOVER's
    gold by their description ('French paper workers') — an entity of its own named by its words.
    Only a noun whose first WordNet sense is a person or a group ('employers', 'unions'; not
    'figures', 'offices', 'his post') and none of whose senses is a place ('deport them to their
    home countries' says where), and only several of them (a plural, a count, 'a host of
    companies') or someone owned ('his deputy'); a bare 'the minister' or 'the government' no name
    stands for is left, as are forces (``with_force``) and the people a mobilisation moves
    ('deployed 100 monitors': its means, as ``unowned_force`` says). Such a party makes no event of
    an act that has none named (``find._named``): it only says to whom an act already coded was done."""
    if t.type == "MOBILIZE" or head in t.words:
        return []                         # 'is holding numerous meetings': the act's own noun is no party
    if not _several_parties(ctx, head) and not _sector(ctx, head):
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
    return [added(ctx, ent)]


def past_holders(ctx: Ctx, head: Token) -> list[str]:
    """'Eighteen former Enron directors have agreed a settlement', 'Ten former directors at WorldCom
    have agreed to pay': people who no longer hold the post a plural or counted noun names
    (``past_marks``) act for themselves, not for the body they served (whose name the phrase walk
    leaves out: ``phrases._served_at``), so they are a party of their own named by their
    description, from the past mark to the head and its 'at' or 'of' phrase ('former directors at
    WorldCom'), as ``party_described`` names 'four companies'; one such person is the person the
    next sentence names (``past_holder_named``). [] for any other phrase."""
    mark = next((c for c in head.children if c.dep_ == "amod" and c.lower_ in TRIGGERS.past_marks), None)
    if head.tag_ == "NN" and (named := past_holder_named(ctx, head)):
        return named                      # one former officer, named in the next sentence
    if mark is None or not persons(head) or not _several_parties(ctx, head):
        return []
    served = [c for c in head.rights if c.dep_ == "prep" and c.lower_ in ("at", "of")]
    end = served[0].right_edge.i if served else head.i
    span = head.doc[mark.i:end + 1]
    ent = Entity(id=f"party:{span.text.lower()}", name=span.text, type="ORG",
                 mentions=[Mention(span=(span.start_char, span.end_char), text=span.text)])
    return [added(ctx, ent)]


def past_holder_named(ctx: Ctx, head: Token) -> list[str]:
    """'The founder and former boss of Enron has apologised to investors. ... Kenneth Lay told a
    court': one person described by a post a past mark says they no longer hold (on the noun or a
    noun coordinated with it), whose body the phrase walk leaves out (``phrases._served_at``), is
    the person the next sentence brings in as the subject of its main clause, by a name met there
    for the first time (past a phrase fronted before it: 'Speaking at the trial of his former boss
    Bernard Ebbers, Scott Sullivan said'): the article's way of naming whom it described. [] when
    that subject is no new person's name: the act then has no actor named, as before."""
    posts = [head] + [c for c in head.children if c.dep_ == "conj" and c.tag_ == "NN"]
    if ctx.ents_by_tok.get(head.i) or not any(persons(post) and any(c.dep_ == "amod" and c.lower_ in TRIGGERS.past_marks
                                                                   for c in post.children) for post in posts):
        return []
    end = head.sent.end
    subj = child(ctx.doc[end].sent.root, ("nsubj",)) if end < len(ctx.doc) else None
    ids = [e for e in ctx.ents_by_tok.get(subj.i, []) if ctx.types.get(e) == "PERSON"] if subj is not None else []
    return [e for e in ids if min(i for i, found in ctx.ents_by_tok.items() if e in found) >= end
            and not _titled_otherwise(ctx, e, posts)]


def _titled_otherwise(ctx: Ctx, eid: str, posts: list[Token]) -> bool:
    """Whether the article gives the person titles none of which is one of the posts ('Prime
    Minister Tony Blair said' after 'The former boss of Enron has apologised': someone else)."""
    titles = [t for t in ctx.roles.get(eid, []) if not title_lexicon().honorific(t)]   # not 'Mr'
    words = {p.lemma_.lower() for p in posts} | {p.lower_ for p in posts}
    return bool(titles) and not any(w in t.lower().split() for t in titles for w in words)


def _several_parties(ctx: Ctx, head: Token) -> bool:
    """A common noun no name covers, for persons or bodies (``party_described``), several of them
    (a plural, a count) or owned ('his deputy'); not a police or armed force (``with_force``)."""
    return head.pos_ == "NOUN" and not ctx.ents_by_tok.get(head.i) and force_words(head) is None \
        and party_word(head.lemma_.lower()) and not SENSES.place_classes & set(noun_classes(head)) \
        and (head.tag_ == "NNS" or any(c.dep_ in ("nummod", "poss") for c in head.children))


def _sector(ctx: Ctx, head: Token) -> bool:
    """'called on the food industry to act', 'urged the business community': 'the' and a singular
    noun whose first WordNet sense is a group, after a common noun that says which trade or people
    ('food' of 'the food industry'), names the people of that trade as one party — CAMEO's sector
    codes (BUS), PLOVER's descriptions — though no name covers it. Not a state's body ('the
    government' is ``described``'s and ``_home_government``'s), not a force, not a bare group
    noun ('the public', 'the community': no trade said), not a gathering named by its verb ('the
    council meeting', 'the party conference': an occasion, ``event_verbs``)."""
    return head.pos_ == "NOUN" and head.tag_ == "NN" and not ctx.ents_by_tok.get(head.i) \
        and not event_verbs(head.lemma_.lower()) \
        and force_words(head) is None and body_words(head) is None and first_class(head.lemma_.lower()) == "group" \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
        and any(c.dep_ == "compound" and c.pos_ == "NOUN" and not ctx.ents_by_tok.get(c.i) for c in head.children)


def _home_government(ctx: Ctx, head: Token) -> list[str]:
    """'The audit office urged the government to act' where the article names no body the
    description stands for: CAMEO and PLOVER code an unnamed 'the government' by context, as the
    government (GOV) of the country the article is about, so it is that country's body, an entity
    of its own named as ``state_body`` names one ('United Kingdom government'). Only a bare 'the'
    and a body of a state's government whose first WordNet sense is a group ('government',
    'authorities'; not 'the previous government', 'the Labour government') and only when the
    article's government is one country's (``home_country``); none when that is unclear."""
    if ctx.home is None or body_words(head) != [head] or first_class(head.lower_) != "group" \
            or any(c.dep_ != "det" for c in head.children):
        return []
    phrase = head.doc[head.left_edge.i:head.i + 1]
    name = f"{ctx.home.name} {head.text}"
    ent = Entity(id=f"force:{name.lower()}", name=name, type="ORG",
                 mentions=[Mention(span=(phrase.start_char, phrase.end_char), text=phrase.text)])
    return [added(ctx, ent)]


def home_country(doc: Doc, entities: list[Entity]) -> Entity | None:
    """The country whose government an unnamed 'the government' of the article is: the one its
    places mostly lie in (``one_country``) or, where its places are shared (a British report that
    also names Iraq and the US), the one whose cabinet offices it names (``cabinet_country``)."""
    return one_country(entities) or cabinet_country(doc, entities)


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


def with_force(ctx: Ctx, head: Token | None, actor: bool = False) -> list[str]:
    """The entities of a phrase, where a police or armed force named by a common noun that no
    entity covers ('French police', 'Police') stands for itself, not for its state's modifier
    ('French'), as an entity of its own (see ``forces``), and so does a group CAMEO codes as a party
    with no state ('Rebels attacked', 'protesters blocked': ``group_agent_words``); so does a body of a state's government
    or a group of people after its state's or people's name or nationality (``state_body``)."""
    ids = ents_in(ctx, head, actor)
    if head is None or ctx.ents_by_tok.get(head.i):
        return ids
    owners = modifiers(head, ctx.ents_by_tok)
    words = force_words(head) or state_body(ctx, head, owners) or _group_of_no_body(ctx, head, owners)
    return ids if words is None else as_agent(ctx, head, words, owners, ids)


def _group_of_no_body(ctx: Ctx, head: Token, owners: list[Token]) -> list[Token] | None:
    """The words of a group CAMEO codes as a party with no state (``group_agent_words``: 'Rebels
    attacked', 'Ivorian rebels'), or None where a named body owns it: 'Hezbollah guerrillas' are
    Hezbollah, the party the name already gives."""
    if any(ctx.types.get(e) not in ("GPE", "NORP", "LOC") for m in owners for t in m.subtree
           for e in ctx.ents_by_tok.get(t.i, [])):
        return None
    return group_agent_words(head)


def owned_body(ctx: Ctx, head: Token) -> list[str]:
    """'challenged the Danish government', 'expelled two Russian diplomats': a state's body or a
    people's group as a target (``state_body``), [] when the phrase names none."""
    if ctx.ents_by_tok.get(head.i):
        return []
    owners = modifiers(head, ctx.ents_by_tok)
    words = state_body(ctx, head, owners)
    return [] if words is None else as_agent(ctx, head, words, owners, ents_in(ctx, head))


def unowned_force(ctx: Ctx, head: Token, t: Trigger) -> list[str]:
    """'the police were accused of racism', 'attacked the army': a police or armed force named by a
    common noun, and by no owner ('its troops' are the owner's, the act's own means), is the target
    itself (``with_force``); the forces a mobilisation moves ('deployed troops to X') are its
    means (PLOVER's mode), not whom it touches."""
    if t.type == "MOBILIZE" or any(c.dep_ == "poss" for c in head.children):
        return []
    return with_force(ctx, head)


def body_spoken_for(ctx: Ctx, eid: str) -> str | None:
    """'"We have withdrawn the ban," said AK chief Isaiah Kiplagat': the body a person speaks for,
    when the article ties him to one by a post (``_posts_of``: his spokeswoman's, chief's or
    chairman's noun set beside his name or compounded with it) that names it (``_body_of_post``);
    a speaker's quoted 'we' is that body, PLOVER's party (the firm, the ministry, the club), not the
    person (weactor33). The first mention that ties him so decides; None for a speaker who is no
    person or whom the article ties to no named body ('International Development Minister Gareth
    Thomas': a post, but no body named)."""
    if ctx.types.get(eid) != "PERSON":
        return None
    for i in sorted(i for i, ids in ctx.ents_by_tok.items() if eid in ids):
        name = ctx.doc[i]
        if name.head != name and eid in ctx.ents_by_tok.get(name.head.i, []):
            continue                                   # a word inside the name, not its head
        body = next((b for p in _posts_of(ctx, name) if (b := _body_of_post(ctx, p, eid)) is not None), None)
        if body is not None:
            return body
    return None


def _posts_of(ctx: Ctx, name: Token) -> list[Token]:
    """The nouns of a post held in a body (the statement layer's voice, staff and member nouns) that
    describe a person's name: set beside it ('Ivan Kulakov, deputy chairman of', 'Opera spokeswoman,
    Berit Hanson') or compounded with it ('AK chief Isaiah Kiplagat'); also the post whose 'for'
    phrase the name was hung on ('A spokesman for US Immigration, Customs and Enforcement, Dean
    Boyd'), as the parse sets the name beside the body named last. A post inside the person's own
    mention (the entity stage's title 'AK chief Isaiah Kiplagat') is one; another entity's word is not."""
    sp = speech_lexicon().speakers
    posts = sp.voice_nouns | sp.staff_nouns | sp.member_nouns
    found = [name] + [c for c in name.children if c.dep_ in ("appos", "compound")]
    if name.dep_ == "appos":
        found.append(name.head)
        if name.head.dep_ == "pobj" and name.head.head.dep_ == "prep":
            found.append(name.head.head.head)
    return [t for t in found if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in posts
            and set(ctx.ents_by_tok.get(t.i, [])) <= set(ctx.ents_by_tok.get(name.i, []))]   # a title in his own mention


def _body_of_post(ctx: Ctx, post: Token, eid: str) -> str | None:
    """The organisation or state a post names as whose it is: its owner ("Opera's chief
    executive"), a name compounded with it ('Opera spokeswoman') or the object of one of the
    statement layer's 'group_prepositions' after it ('chairman of Highland Gold', 'spokeswoman for
    the Electoral Commission'); the first such, never the person himself."""
    preps = speech_lexicon().speakers.group_prepositions
    phrases = [c for c in post.children if c.dep_ in ("poss", "compound")] + \
        [o for p in post.children if p.dep_ == "prep" and p.lower_ in preps for o in p.children if o.dep_ == "pobj"]
    return next((e for ph in phrases for e in ents_in(ctx, ph) if e != eid and ctx.types.get(e) in BODY_TYPES), None)
