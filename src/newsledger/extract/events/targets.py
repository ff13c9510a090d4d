"""Whom an event touches: the objects, datives, passive subjects and prepositional arguments of
a trigger, with the pronouns, addressees and occasions that decide which of them are parties.
Apart from the actors and the place (``arguments``) because it reads after them: a target is
neither an actor nor the place already found."""
from __future__ import annotations

from spacy.tokens import Token

from ...nlp.wordnet import event_verbs, first_class, head_class, noun_classes, of_objects, party_word, word_classes
from ..statements.antecedents import antecedent_of
from ..statements.content import in_quote
from ..statements.lexicon import lexicon as speech_lexicon
from ..statements.setting import names_a_medium
from .argkinds import ARGS
from .arguments import PRONOUNS, SUBJECTS, created_work, listed_parties, undergoer
from .cameo import PARTY_ENTS
from .descriptions import (
    described,
    office_holder,
    origin_described,
    owned_body,
    party_described,
    past_holder_named,
    place_named_body,
    unowned_force,
)
from .exclusions import out_of_a_contest
from .lexicon import TRIGGERS
from .nominals import nominal_undergoer
from .phrases import (
    PLACE_PREPS,
    PLACE_TYPES,
    Ctx,
    child,
    conjuncts,
    ctx_quotes,
    describes_name_after,
    ents_in,
    named_in_apposition,
    speaks_for,
)
from .senses import SENSES, persons
from .sites import where_not_whom
from .triggers import OBJECTS, Trigger, complement, noun_spec, stood_for

TARGET_PREPS = ("on", "against", "to", "with", "from", "into", "at", "for", "of", "between")
PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
OWNER_PRONOUNS = {"his", "her", "its", "their", "whose"}   # whose words or deed an object is ('backed their demands')
CONFLICT = {"ASSAULT", "COERCE", "PROTEST", "SANCTION", "MOBILIZE", "THREATEN"}
CLAUSE_IN_PHRASE = ("acl", "xcomp", "advcl")        # a 'to'-clause inside an argument's phrase


def _undergoes(arg: Token, t: Trigger) -> bool:
    """Whether an argument is done to, not the raised subject of a passive frame around the act
    ('Supporters are set to protest': they protest, 'Three men were arrested': they were)."""
    return arg.dep_ != "nsubjpass" or arg.head == t.event


def targets_of(ctx: Ctx, t: Trigger, actors: list[str], place: str | None, subj: Token | None = None,
               quoted_speaker: str | None = None) -> list[str]:
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
            counted = _counted_up_to(c)              # 'kidnapped up to 16 Russian civilian advisers'
            c = counted or c
            argument = (c.dep_ in OBJECTS + ("dative", "iobj", "nsubjpass", "oprd") or _object_conjunct(c)
                        or counted is not None) and c not in (t.noun, subj) and not _stray_object(c)
            if argument:
                undergoes = _undergoes(c, t)
                ids += [e for part in conjuncts(stood_for(c)) for e in _argument_parties(ctx, part, t, undergoes)]
                ids += [e for part in conjuncts(c) for p in _partner_phrases(part, t) for e in _prep_parties(ctx, p, place, t)]
            elif _prep(c) and c.lower_ in TARGET_PREPS and c not in t.words and not _charged_with(c) \
                    and not _own_occasion(c) and not speaks_for(c) and not _lodged_with(c, roots, t) \
                    and not _fronted_setting(c):
                ids += _prep_parties(ctx, c, place, t)
            elif c.dep_ == "prep" and c not in t.words and (answered := _in_own_kind(c, t)):
                ids += [e for p in answered for e in _prep_parties(ctx, p, place, t)]   # 'in protest at X's plans'
            elif c.dep_ == "prep" and c in t.words and (obj := child(c, ("pobj",))) is not None:
                ids += _not_described_by_people(ctx, obj, obj, ents_in(ctx, obj) or party_described(ctx, obj, t))
    if t.type == "REQUEST" and (cc := child(t.head, ("ccomp",))) is not None:
        ids += ents_in(ctx, child(cc, SUBJECTS))        # 'demanded that Belarus release ...'
    if not t.via_control and (raised := _infinitive_subject(t.event)) is not None:
        ids += _argument_parties(ctx, raised, t, True)      # 'is allowing Google to include'
    if t.type in TRIGGERS.purpose_target_types:
        for c in (c for c in t.head.children if c.dep_ == "advcl"):
            ids += [e for w in c.children if w.dep_ in OBJECTS + ("prep",) for e in ents_in(ctx, w)]
    if t.event.pos_ in ("VERB", "AUX") and not t.via_control and (undergone := undergoer(t.event)) is not None:
        ids += named_in_apposition(ctx, undergone) or ents_in(ctx, undergone)
    if t.noun is not None and (owner := nominal_undergoer(t.noun, t.type)) is not None:
        ids += ents_in(ctx, owner)             # 'his arrest', 'Brown's praise by Blair'
    ids = out_of_a_contest(ctx, t, ids)     # 'ban him from the Olympics': the one excluded, not the contest
    if not ids:
        aimed = bool(actors) and t.type in SENSES.aimed_words_types and (subj is None or subj.pos_ != "PRON")
        ids = _pronoun_target(ctx, roots, actors, aimed, named_actor=subj is not None and subj.pos_ == "PROPN",
                              quoted_speaker=quoted_speaker)
    channel = _on_channel(ctx, roots, t)
    ids = [i for i in dict.fromkeys(ids) if i not in actors and i != place and i not in channel
           and not created_work(ctx, i)]
    ids = where_not_whom(ctx, t, ids)       # 'a halt to work at the Three Gorges Dam', 'a law ... in Texas'
    ids = _beside_clause_sites(ctx, roots, ids)
    ids = _beside_topics(ctx, roots, t, ids)
    if not ids and place and t.type in CONFLICT and ctx.types.get(place) != "FAC" and not _people_named(t):
        ids = [place]         # 'shelled in Kharkiv': a polity or region, never a building ('detained at Belmarsh Prison')
    if not ids and t.type in TRIGGERS.condition_target_types:
        ids = _condition_party(ctx, t, actors + ([place] if place else []))   # 'threatened to stop talks if the US goes ahead'
    return ids


def object_parties(ctx: Ctx, v: Token) -> list[str]:
    """The parties the object of V stands for when it names none itself: the person 'him' or 'her'
    refers to, as the statement layer resolves its speakers (``antecedent_of``: 'Police later
    interrogated him' -> the ambassador named before), a name heading what it refers to; or the
    body a definite description refers to (``described``: 'close the delegation' -> the EU
    delegation named before). [] for any other pronoun: the resolver reads 'them' and 'it' by the
    nearest body named ('trying to buy them off' of shareholders -> Euronext), which is no
    coreference a code may stand on."""
    obj = next((c for c in v.children if c.dep_ in OBJECTS + ("dative",)), None)
    if obj is None:
        return []
    if obj.pos_ == "NOUN":
        return described(ctx, obj)
    span = antecedent_of(obj, ctx_quotes(ctx)) if obj.lower_ in PERSON_PRONOUNS and obj.pos_ == "PRON" else None
    found = ctx.doc.char_span(span[0], span[1], alignment_mode="expand") if span is not None else None
    return [e for e in ctx.ents_by_tok.get(found.root.i, []) if ctx.types.get(e) == "PERSON"] if found else []


def _counted_up_to(word: Token) -> Token | None:
    """'Afghan rebels have kidnapped up to 16 Russian civilian advisers': the parse takes 'up' for the
    verb's particle and 'to 16 ... advisers' for its phrase; 'up to' with a number is a bound on the
    object's count, and the counted noun (one with a numeral of its own) is the verb's object. None
    for any other word ('brought the matter up to the minister': no number)."""
    if word.lower_ != "up" or word.dep_ not in ("prt", "advmod", "prep"):
        return None
    to = next((c for c in word.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    obj = child(to, ("pobj",)) if to is not None else None
    return obj if obj is not None and obj.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in obj.children) else None


def _condition_party(ctx: Ctx, t: Trigger, actors: list[str]) -> list[str]:
    """'Russia has threatened to stop negotiations ... if the United States goes ahead with the
    deployment', 'warned that it could reimpose restrictions if the junta does not present a
    timetable': a threat (``condition_target_types``) that names no one it is made to sets its
    condition on a party ('if' or 'unless', the ``hypothetical_marks`` and ``threat_marks``), and the
    party whose act the condition names is the one threatened, as PLOVER's THREATEN codes its
    recipient. The subject of that clause, a name or a description the article named before
    (``described``); not a pronoun (mostly the actor's own: 'threatened to quit if he was not paid'),
    nor the actor or the place. Read last, where neither the act's arguments, a pronoun nor the place of a
    conflict name whom."""
    marks = TRIGGERS.threat_marks | TRIGGERS.hypothetical_marks
    clauses = [c for c in t.head.subtree if c.dep_ == "advcl" and c.sent == t.head.sent
               and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)]
    for clause in clauses:
        subj = child(clause, SUBJECTS)
        if subj is None or subj.pos_ not in ("PROPN", "NOUN"):
            continue
        ids = [e for e in ents_in(ctx, subj) or described(ctx, subj)
               if e not in actors and ctx.types.get(e) in PARTY_ENTS]
        if ids:
            return ids
    return []


def _infinitive_subject(verb: Token) -> Token | None:
    """'The New York library is allowing Google to include a small portion of books': the parse
    makes the party a verb allows, asks or wants to act the subject of the 'to'-clause it governs
    ('Google' the subject of 'include'); in English the noun before such an infinitive is the
    governing verb's object (raised to it: 'allowing it', not 'allowing he'), the party the act is
    aimed at, as a direct object is ('allowed Google to include'). None for a clause with no 'to'
    or no subject of its own, and for one opened by 'that' or 'for' ('agreed that the firm
    would', 'called for the firm to')."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                   and not any(m.dep_ == "mark" for m in c.children)), None)
    subj = child(clause, ("nsubj",)) if clause is not None else None
    return subj if subj is not None and subj.i > verb.i and subj.pos_ in ("PROPN", "NOUN") else None


def _in_own_kind(prep: Token, t: Trigger) -> list[Token]:
    """'are continuing a hunger strike in protest of the Russian government's refusal', 'marched in
    protest at the government's plans': a phrase on the act that names it again by a noun of the
    trigger lexicon of the event's own type ('in protest', a PROTEST) says what the act answers, by
    that noun's own prepositions (``TARGET_PREPS``: 'of', 'at', 'against'); the party they name is
    the target, as 'protested at the plans' would give it. [] for any other phrase."""
    obj = child(prep, ("pobj",))
    if obj is None or obj.pos_ != "NOUN" or prep.lower_ != "in" or (spec := noun_spec(obj)) is None \
            or spec[0].type != t.type:
        return []
    return [p for p in obj.children if _prep(p) and p.lower_ in TARGET_PREPS]


def _partner_phrases(obj: Token, t: Trigger) -> list[Token]:
    """'agreed a final settlement with 57 contractors', 'filed a complaint against three airlines',
    'rejected a bid from Glazer': the phrases on the act's own object noun (one with a sense of a
    deed or words in WordNet: 'settlement', 'complaint', 'accord' read so only in a later sense)
    that bring in the other party, by the prepositions the event's type takes
    (``object_partner_preps``): the deal, complaint or bid is the act, so its partner is the
    event's target, as 'held talks with' already reads through the trigger's noun. A forum an act
    is lodged with and a medium stay out as on the trigger."""
    preps = TRIGGERS.object_partner_preps.get(t.type, frozenset())
    if not preps or obj.pos_ != "NOUN" or not SENSES.deed_classes & set(word_classes(obj.lemma_.lower())):
        return []
    return [p for p in obj.children if _prep(p) and p.lower_ in preps and not speaks_for(p)
            and not _lodged_with(p, [obj], t)]


def _stray_object(obj: Token) -> bool:
    """'accused Oliver Letwin of plotting cuts that were the equivalent of sacking every teacher, GP
    and nurse': a verb takes one direct object (a second party is its dative), so a second 'dobj'
    the parse hung on it right after a comma, past the first object's phrase, goes on a list begun
    inside a phrase after it ('every teacher, GP and nurse'), not the verb's. One joined by a word
    of coordination stays ('visit Aceh in Indonesia, as well as Sri Lanka')."""
    if obj.dep_ != "dobj" or obj.left_edge.i == 0:
        return False
    first = next((c for c in obj.head.children if c.dep_ == "dobj"), obj)
    return first != obj and first.right_edge.i < obj.left_edge.i and obj.doc[obj.left_edge.i - 1].text == ","


def _beside_clause_sites(ctx: Ctx, roots: list[Token], ids: list[str]) -> list[str]:
    """IDS less the places that only say where an act named inside an argument would take place
    ('challenged the right of Yukos to claim bankruptcy protection in the US', 'backed plans to hold
    the talks in Geneva': 'in', 'at' or 'near' on a 'to'-clause within the argument,
    ``_site_of_clause``), as the same phrase on the trigger's own clause gives its place, not a
    party; kept when no other party is named ('criticised attempts to push their agenda in the
    South Caucasus'), as a place stands for its people when the act names no one else (the
    CONFLICT rule of ``targets_of``). A participle keeps its places ('aid to refugees fleeing the
    civil war in Liberia': PLOVER's gold names them by it)."""
    sites = {e for w in roots for c in w.children if c.dep_ not in ("nsubj", "nsubjpass", "agent")
             for p in c.subtree if _site_of_clause(p) for tok in p.subtree for e in ctx.ents_by_tok.get(tok.i, [])
             if ctx.types.get(e) in PLACE_TYPES}
    kept = [i for i in ids if i not in sites]
    return kept if kept else ids


def _beside_topics(ctx: Ctx, roots: list[Token], t: Trigger, ids: list[str]) -> list[str]:
    """IDS less the parties named only in a topic phrase (the 'topic_preps' of data/event_arguments.json:
    'on', 'about', 'over') on the object of a reaction to what a party said or did
    (``aimed_words_types``), or on its verb beside that object ('he bitterly criticised the
    Conservatives stance on Europe', 'backed the minister's view on Iraq', 'criticised Israel over
    the raid'): the phrase says what the stance, view or reproach is about, and the party it is
    aimed at is the object or its owner, named outside it. Kept when no party is named outside a topic
    ('criticised its record on the NHS', 'signed a deal on China UK tourism': the rule has no
    owner to keep, and the topic is all the act names)."""
    if t.type not in SENSES.aimed_words_types:
        return ids
    held = [o for w in roots for o in w.children if o.dep_ in OBJECTS]
    topic = {x.i for w in held + [w for w in roots if any(o.head == w for o in held)] for p in w.children
             if p.dep_ == "prep" and p.lower_ in ARGS.topic_preps for x in p.subtree}
    spots = {e: {i for i, found in ctx.ents_by_tok.items() if e in found and t.event.sent.start <= i < t.event.sent.end}
             for e in ids}
    kept = [e for e in ids if not spots[e] or not spots[e] <= topic]
    return kept if kept else ids


def _site_of_clause(prep: Token) -> bool:
    """'in', 'at' or 'near' with its object on a 'to'-clause ('to claim protection in the US')."""
    verb = prep.head
    return prep.dep_ == "prep" and prep.lower_ in PLACE_PREPS and verb.pos_ in ("VERB", "AUX") \
        and verb.dep_ in CLAUSE_IN_PHRASE and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and child(prep, ("pobj",)) is not None


def _object_conjunct(tok: Token) -> bool:
    """'accused the prime minister and Mr Brown of squabbling' where the parse joined 'Brown' to the
    verb: a name or noun the parse coordinated with a verb is a second object when 'and' alone
    stands between the verb's object and it; not a clause's subject after a comma ('accused the
    firm of fraud, and the courts sent in bailiffs')."""
    verb, doc = tok.head, tok.doc
    obj = next((o for o in verb.children if o.dep_ in OBJECTS and o.i < tok.i), None)
    if tok.dep_ != "conj" or tok.pos_ not in ("PROPN", "NOUN") or verb.pos_ not in ("VERB", "AUX") or obj is None:
        return False
    joint = doc[obj.right_edge.i + 1] if obj.right_edge.i + 1 < len(doc) else None
    return joint is not None and joint.dep_ == "cc" and joint.i + 1 == tok.left_edge.i


def _argument_parties(ctx: Ctx, head: Token, t: Trigger, undergoes: bool) -> list[str]:
    """The parties one conjunct of an object or passive subject names: the name set beside it, the
    person a past post describes whom the next sentence names ('asked a US banker and former IMF
    director ... Stanley Fischer ... has agreed': ``past_holder_named``), the holder of the office
    it names ('accused the Tory Leader', ``office_holder``), the body a description by origin
    stands for (``origin_described``), the entity a description stands for,
    a state's body or force, the party a description owning an act stands for
    (``owner_of_act``), its names, or, where it UNDERGOES the act, the people or bodies it
    describes (``party_described``), or the person the next sentence introduces (``named_next``);
    never a people only an adjective inside it names (``_not_described_by_people``); a description
    written right before the name it describes, where the parse made the two apart ('Greek
    sprinters Kostas Kenteris and Katerina Thanou were suspended', both passive subjects; 'hold the
    leaders Chelsea': ``describes_name_after``), is that name's party, never one of its own."""
    if describes_name_after(ctx, head):
        return _name_after(ctx, head)
    ids = named_in_apposition(ctx, head) or past_holder_named(ctx, head) or office_holder(ctx, head) \
        or origin_described(ctx, head) or place_named_body(ctx, head) or described(ctx, head) or owned_body(ctx, head) \
        or owner_of_act(ctx, head) or named_doer_of_act(ctx, head) \
        or ents_in(ctx, head) or unowned_force(ctx, head, t) \
        or (party_described(ctx, head, t) if undergoes else []) or named_next(ctx, head)
    return _not_described_by_people(ctx, head, head, ids)


def _name_after(ctx: Ctx, head: Token) -> list[str]:
    """The parties named by the name written right after a description (``describes_name_after``)."""
    return [e for e in ctx.ents_by_tok.get(head.i + 1, []) if ctx.types.get(e) in PARTY_ENTS]


def named_next(ctx: Ctx, head: Token) -> list[str]:
    """'UKIP suspended a candidate for allegedly suggesting ... John Houston, 54, was due to stand':
    one person brought in by 'a' and a noun whose first WordNet sense is a person, with no name of
    their own, is the person the next sentence names as its subject for the first time (the
    article's way of introducing whom it spoke of); [] when the next sentence's subject is no
    person's name, or one the article named before."""
    if head.pos_ != "NOUN" or head.tag_ != "NN" or not persons(head) or ctx.ents_by_tok.get(head.i) \
            or [c.lower_ for c in head.children if c.dep_ in ("det", "preconj", "neg", "advmod")] not in (["a"], ["an"]) \
            or any(ctx.ents_by_tok.get(w.i) for w in head.subtree):
        return []                         # not 'not a single soldier': no one
    end = head.sent.end
    if end >= len(ctx.doc):
        return []
    subj = child(ctx.doc[end].sent.root, SUBJECTS)
    if subj is None or subj.ent_type_ != "PERSON":
        return []                         # the name itself, not a title ('the Prime Minister of Kosovo, X')
    ids = [e for e in ctx.ents_by_tok.get(subj.i, []) if ctx.types.get(e) == "PERSON"]
    first = {e: min(i for i, found in ctx.ents_by_tok.items() if e in found) for e in ids}
    return [e for e in ids if first[e] >= end]


def _not_described_by_people(ctx: Ctx, phrase: Token, head: Token, ids: list[str]) -> list[str]:
    """IDS less the peoples named only by an adjective that describes something inside the phrase
    ('calling for changes to the nature of the Japanese labour market', 'condemned the bombing in
    the Israeli city of Haifa'): a people's adjective before a common noun is a party on the
    phrase's own HEAD ('backed Russian entry', 'attacked the Tory plans', 'demolished Palestinian
    homes': whose act or thing it is) or before people or a body ('shelled positions of the
    Palestinian security forces'); before a thing deeper in the phrase it only says where or
    whose that thing is. A people named by a noun ('the Japanese', 'Tories') stays."""
    words = {e: [w for w in phrase.subtree if e in ctx.ents_by_tok.get(w.i, [])] for e in ids}
    return [e for e in ids if not words[e] or not all(_describing_adjective(ctx, w, head) for w in words[e])]


def _describing_adjective(ctx: Ctx, word: Token, head: Token) -> bool:
    """A people's adjective (a nationality, religion or party tagged as a modifier), or a state's name
    compounded as one ('rejected calls for the publication of advice on the legality of the Iraq
    war'), before a common noun no name covers that is neither HEAD nor the object of HEAD's 'of'
    ('a convoy of Ukrainian trucks': what the convoy is, judged as the head) and names no person or
    group by any WordNet sense ('the Palestinian security forces', 'a Polish soldier': the people's
    own, a party)."""
    noun = word.head
    people = word.dep_ == "amod" and word.ent_type_ == "NORP" or word.dep_ == "compound" and word.ent_type_ == "GPE"
    return people and noun.pos_ == "NOUN" and not ctx.ents_by_tok.get(noun.i) \
        and noun != head and noun not in of_objects(head) and not party_word(noun.lemma_.lower()) \
        and "person" not in word_classes(noun.lemma_.lower())


def owner_of_act(ctx: Ctx, head: Token) -> list[str]:
    """'backed the government's plans', 'welcomed the appeal court's decision', 'defies the
    government's order': an event nominal (``_event_nominal``) owned by a description ('the
    government's') is aimed at the party the description stands for (``described``,
    ``owned_body``), as CAMEO codes 'rejected Iran's proposal' (target Iran) and as a named owner
    already is (``ents_in``); [] for other nouns ('the company's shares', 'the government's
    troops': the owner's property or means) and for owners no party stands for."""
    if head.pos_ != "NOUN" or not _event_nominal(head):
        return []
    owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
    if owner is None or ctx.ents_by_tok.get(owner.i):
        return []
    return described(ctx, owner) or owned_body(ctx, owner)


def named_doer_of_act(ctx: Ctx, head: Token) -> list[str]:
    """"Uefa has rejected Chelsea's appeal against the ban on Jose Mourinho", 'rejected the appeal by
    Kostas Kenteris': an event nominal (``_event_nominal``) whose doer is named, by a possessive or a
    'by' phrase, is aimed at that doer, as CAMEO codes 'rejected Iran's proposal' (target Iran); the
    parties its own phrases name (whom the appeal is against, what the ban was on) are that act's
    arguments, not the reaction's (main stored Mourinho beside Chelsea). [] for other nouns, for a
    doer no entity names (``owner_of_act`` reads a description's), and before a superlative or an
    ordinal, where the possessive names the field it ranks in, not the doer ("helped Mr Botin
    orchestrate Spain's biggest bank merger, between Santander and Banco Central Hispano": the banks
    merged)."""
    if head.pos_ != "NOUN" or ctx.ents_by_tok.get(head.i) or not _event_nominal(head) \
            or any(c.tag_ == "JJS" or c.dep_ == "amod" and c.ent_type_ == "ORDINAL" for c in head.children):
        return []
    doers = [c for c in head.children if c.dep_ == "poss"] + \
        [o for p in head.children if p.dep_ in ("prep", "agent") and p.lower_ == "by" for o in p.children if o.dep_ == "pobj"]
    return list(dict.fromkeys(e for d in doers for e in ents_in(ctx, d) if ctx.types.get(e) in PARTY_ENTS))


def _event_nominal(noun: Token) -> bool:
    """A noun that names an act, a decision or words: its first WordNet sense a thing said or
    thought or a deed ('return', 'plan', 'order', 'takeover'); not one whose first sense is a body
    or a place that WordNet also derives from a verb ('the government', 'the prosecutor's office')."""
    return head_class(noun) in SENSES.thing_classes | SENSES.deed_classes


def _people_named(t: Trigger) -> bool:
    """'In Wiltshire, police arrested four men': the act names the people it was done to by a
    common noun, so the place only says where it happened; the place stands for its people only
    when the act names no one else ('shelled in Kharkiv')."""
    return t.event.pos_ in ("VERB", "AUX") and any(c.dep_ in OBJECTS + ("nsubjpass",) and persons(c) for c in t.event.children)


def _prep_parties(ctx: Ctx, prep: Token, place: str | None, t: Trigger) -> list[str]:
    """The parties of a prepositional argument: the name set beside its object ('called on the
    head of the mission, General X'); none of the places of the phrase that names the event's
    place ('detained at Belmarsh Prison in London': where, not whom); with no name, the people or
    bodies its object describes (``party_described``: 'called on employers'); each conjunct of
    the object for itself ('met the prime minister and Mr Brown': the minister stands for the one
    the article named, Brown is named)."""
    obj = child(prep, ("pobj",))
    parts = conjuncts(obj) if obj is not None else []
    ids = [e for part in parts for e in named_in_apposition(ctx, part) or origin_described(ctx, part)
           or place_named_body(ctx, part) or described(ctx, part)
           or owner_of_act(ctx, part) or ents_in(ctx, part)] \
        or ents_in(ctx, prep) or (party_described(ctx, obj, t) if obj is not None else [])
    ids = _not_described_by_people(ctx, prep, obj, ids) if obj is not None else ids
    if place is not None and place in ids and prep.lower_ in PLACE_PREPS:
        return [e for e in ids if ctx.types.get(e) not in PLACE_TYPES]
    return ids


def _lodged_with(prep: Token, roots: list[Token], t: Trigger) -> bool:
    """'The US filed a complaint against Brussels with the WTO': an act lodged with a body
    (``lodged_types``) whose 'against' phrase, on the trigger or on its object, names whom it is
    against, is lodged 'with' the other body, the forum, which is no party to it (the judges' extra
    target 'World Trade Organisation'). Without an 'against' phrase 'with' keeps its reading."""
    if prep.lower_ != "with" or t.type not in TRIGGERS.lodged_types:
        return False
    heads = roots + [c for w in roots for c in w.children if c.dep_ in OBJECTS]
    return any(c.dep_ == "prep" and c.lower_ == "against" and child(c, ("pobj",)) is not None
               for w in heads for c in w.children)


def _fronted_setting(prep: Token) -> bool:
    """'To a packed audience at Gateshead's Sage Centre, Mr Brown accused shadow chancellor Oliver
    Letwin of plotting cuts': a verb's prepositional phrase put before its subject and closed by a
    comma sets the scene the act took place in (where, before whom, on what occasion); whom the act
    touches is said after the verb (the judges' extra target, the venue)."""
    verb, doc = prep.head, prep.doc
    subj = child(verb, SUBJECTS)
    after = prep.right_edge.i + 1
    return prep.dep_ == "prep" and subj is not None and after < len(doc) and doc[after].text == "," \
        and after < subj.left_edge.i


def _own_occasion(prep: Token) -> bool:
    """'met Mr Blair on his first visit to London', 'were arrested on their return to the UK': 'on'
    before an act of the actor's own (a possessive before a noun whose first WordNet sense is an
    act: 'his visit', 'her tour'; or, beside the verb's own object or passive subject, one WordNet
    derives from a verb that has a sense of an act, ``_act_of_a_verb``: 'their return', first a tax
    return) says on which occasion, not on whom; its places and parties are that act's. A verb with
    no object of its own may take the phrase as its argument ('has reneged on his commitment to the
    Zambian people': the party the commitment was made to is the target)."""
    obj = child(prep, ("pobj",))
    if prep.lower_ != "on" or obj is None or obj.pos_ != "NOUN" \
            or not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children):
        return False
    held = any(c.dep_ in OBJECTS + ("nsubjpass",) for c in prep.head.children)
    return first_class(obj.lemma_.lower()) == "act" or held and _act_of_a_verb(obj)


def _act_of_a_verb(noun: Token) -> bool:
    """A noun WordNet derives from a verb and lists with a sense of an act ('return', 'release')."""
    lemma = noun.lemma_.lower()
    return "act" in word_classes(lemma) and bool(event_verbs(lemma))


def _on_channel(ctx: Ctx, roots: list[Token], t: Trigger) -> set[str]:
    """'criticised the rivalry between the pair on GMTV's Sunday Programme', 'praised the plan on
    BBC Radio 4': in a speech act PLOVER codes (``speech_act_types``), a preposition whose object
    is a medium, on the verb or on its object, is the channel it was said on (the statement layer's
    ``names_a_medium``); the programme and the outlet that owns it are no parties ('imposed
    sanctions on the broadcaster' is no speech act)."""
    if t.type not in SENSES.speech_act_types:
        return set()
    lex = speech_lexicon()
    preps = {p for w in roots for p in w.subtree if _prep(p) and names_a_medium(p, lex)}
    return {e for p in preps for tok in p.subtree for e in ctx.ents_by_tok.get(tok.i, [])}


def _charged_with(prep: Token) -> bool:
    """'accused the minister of lying', 'the police were accused of Islamophobia', 'cleared him of
    fraud': an 'of' after a verb that has its object, or is passive, says what the object is
    accused, cleared or robbed of, not a second party ('approved of the plan' has none, and there
    'of' names the target); so does a 'with' that names a deed (``_names_a_deed``: 'charged them with
    helping Ahold')."""
    verb = prep.head
    charged = verb.pos_ in ("VERB", "AUX") and any(c.dep_ in OBJECTS + ("nsubjpass", "auxpass") for c in verb.children)
    return charged and (prep.lower_ == "of" or prep.lower_ == "with" and _names_a_deed(prep))


def _names_a_deed(prep: Token) -> bool:
    """'charged nine food suppliers with helping Dutch retailer Ahold inflate earnings', 'was charged
    with fraud': a 'with' phrase whose object is a deed (a gerund's clause, or a noun whose first
    WordNet sense is a deed: ``deed_classes``) says what the object is charged with, as 'of' does
    after 'accused'; the parties inside it are the deed's (the judges' extra target 'Dutch retailer',
    twice). 'met the minister with his aides', 'lodged a complaint with the EEOC' keep their party."""
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    return obj is not None and (obj.dep_ == "pcomp" and obj.tag_ == "VBG" or obj.pos_ == "NOUN"
                                and head_class(obj) in SENSES.deed_classes)


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


def _pronoun_target(ctx: Ctx, roots: list[Token], actors: list[str], aimed: bool = False,
                    named_actor: bool = False, quoted_speaker: str | None = None) -> list[str]:
    """'put pressure on him', 'he was criticised by the SNP': an object pronoun or a passive's
    subject stands for the nearest earlier named person (he/she/him/her) or party (them/it) in
    the sentence or the one before, not the actor. Where AIMED (a named actor, a subject that is
    no pronoun — 'he backed their demands' leaves whose unclear — and a reaction to words,
    ``aimed_words_types``, so the owner opens no gate an event needs: 'to meet its growth target',
    'to match his target' stay no event), so does the owner of words aimed at
    (``_owner_of_words``: 'backed their demands'), unless that nearest party is the actor ('Acme
    defended its plan'). Inside a speaker's own quoted words a pronoun of the third person is never
    that speaker (QUOTED_SPEAKER: '"We have suspended him," said Mark Croucher' suspends another)."""
    for w in roots:
        for c in w.children:
            pron = c if c.dep_ in OBJECTS + ("nsubjpass",) else child(c, ("pobj",)) if c.dep_ == "prep" else None
            aimed_at = pron is not None and c.dep_ in OBJECTS + ("nsubjpass",) and c not in roots   # not 'made its call'
            owner = _owner_of_words(pron) if aimed and aimed_at and pron is not None else None
            pron = owner if owner is not None else pron
            if pron is None or pron.lower_ not in PRONOUNS | OWNER_PRONOUNS or ctx.ents_by_tok.get(pron.i):
                continue
            if (listed := listed_parties(ctx, pron, actors)):
                return listed
            want = ("PERSON",) if pron.lower_ in PERSON_PRONOUNS else ("ORG", "GPE", "NORP") if pron == owner \
                and pron.lower_ != "whose" else ("ORG", "GPE", "NORP", "PERSON")   # 'their demands' are a body's or a people's
            start = pron.sent.start if pron.sent.start == 0 else ctx.doc[pron.sent.start - 1].sent.start
            quoted = in_quote(pron.idx, ctx_quotes(ctx))
            for i in range(pron.i - 1, start - 1, -1):
                if pron.lower_ in PERSON_PRONOUNS and _someone_unnamed(ctx.doc[i]):
                    break
                ids = [e for e in ctx.ents_by_tok.get(i, []) if ctx.types.get(e) in want]
                if pron == owner and set(ids) & set(actors) and not (named_actor and _anothers_deed(pron)):
                    return []                  # 'Acme defended its plan': the actor's own words
                ids = [e for e in ids if e not in actors and not (e == quoted_speaker and quoted)]
                if ids:
                    return ids[:1]
    return []


def _anothers_deed(owner: Token) -> bool:
    """'Tony Blair praised his handling of the economy' after Gordon Brown was named: a person
    praising, backing, criticising or rejecting what 'his' or 'her' words or deeds were reacts to
    another person's (a reaction is aimed, ``aimed_words_types``); one's own is said with 'own'
    ('praised his own record'). A body's 'its' or 'their' may well be its own ('Acme defended its
    plan', ``_owner_of_words``). Read so only where the actor is named by the subject itself
    (NAMED_ACTOR in ``_pronoun_target``): 'The premier insisted ..., and praised his handling', with
    'the premier' linked by the entity stage to the chancellor named last, would turn both parties
    round."""
    return owner.lower_ in PERSON_PRONOUNS and not any(c.lower_ == "own" for c in owner.head.children)


def _owner_of_words(obj: Token) -> Token | None:
    """'backed their demands', 'welcomed its statement', 'rejected his offer', 'welcomed its move',
    'Acme, whose decision the unions criticised': a possessive pronoun of the third person (or the
    relative 'whose', standing for the phrase the clause hangs on) before an object whose first
    WordNet sense is a thing said or thought (``thing_classes``) or a deed (``deed_classes``)
    stands for the party whose words or deed they are (a person's also before a noun WordNet derives
    from a verb, ``_nominalised``), and backing, rejecting or criticising them
    is aimed at that party, as CAMEO codes 'rejected Iran's proposal' (target Iran); None for other
    objects ('its troops', 'their homes': the owner's means or property)."""
    owner = next((c for c in obj.children if c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS), None)
    if obj.pos_ != "NOUN" or owner is None:
        return None
    said_or_done = head_class(obj) in SENSES.thing_classes | SENSES.deed_classes
    return owner if said_or_done or owner.lower_ in PERSON_PRONOUNS and _nominalised(obj) else None


def _nominalised(obj: Token) -> bool:
    """'welcomed his release', 'criticised her appointment': a noun WordNet derives from a verb names
    what befell or was done by a person ('his' or 'her'), whatever its first sense ('release' is first
    a recording); a person's 'office' or 'team' is no act of theirs."""
    return bool(event_verbs(obj.lemma_.lower())) and not party_word(obj.lemma_.lower()) \
        and head_class(obj) not in SENSES.place_classes


def _someone_unnamed(tok: Token) -> bool:
    """'a warehouse manager waited for a burglar, tied him up': a person brought in by an
    indefinite article, nearer than any name, is whom 'him' stands for, someone not named."""
    classes = noun_classes(tok)
    return tok.tag_ == "NN" and bool(classes) and classes[0] == "person" and \
        any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
