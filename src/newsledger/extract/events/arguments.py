"""Who did it, and where: an event trigger's actors and place, read from the syntactic roles
around it and mapped onto the article's entities, and whether its subject, object and content fit
the sense its type needs. Whom it touches is ``targets``'s; which entities a phrase names,
``phrases``'s; parties named by a description, ``descriptions``'s."""
from __future__ import annotations

from spacy.tokens import Token

from ...model import Statement
from ...names import is_given_name
from ...nlp.wordnet import head_class, token_classes
from ..statements.antecedents import antecedent_of
from ..statements.content import in_quote
from ..statements.lexicon import lexicon as speech_lexicon
from ..verbforms import tensed
from .argkinds import ARGS, fits_target, passive_target, passive_undergoer
from .cameo import PARTY_ENTS
from .descriptions import (
    body_spoken_for,
    body_voiced,
    described,
    introduced_next,
    office_holder,
    origin_described,
    past_holders,
    place_named_body,
    with_force,
)
from .forces import civilians, owned_force, readies_forces
from .lexicon import STATUS, TRIGGERS
from .nominals import doer_head, names_its_object, nominal_doers
from .phrases import (
    ORIGIN_PREPS,
    PLACE_PREPS,
    PLACE_TYPES,
    Ctx,
    belongs_to,
    child,
    conjuncts,
    ctx_quotes,
    ents_in,
    named_in_apposition,
)
from .prizes import names_a_prize, names_a_work
from .senses import (
    SENSES,
    can_act,
    fits_content,
    fits_object,
    gives_a_quality,
    gives_words,
    handed_over,
    scale_change,
    talks_with,
)
from .triggers import OBJECTS, Trigger, goes_on, misparsed_main_verb, names_a_recipient, relative_pronoun

SUBJECTS = ("nsubj", "nsubjpass")
DESTINATION_TYPES = {"CONSULT", "MOBILIZE"}             # 'came to Minsk', 'deployed troops to X'; else 'to X' is a target
SITE_TYPES = {"CONSULT", "MOBILIZE", "ASSAULT", "PROTEST", "COERCE"}   # deeds done at a region named as object
BODY_POSSESSIVES = {"its", "their"}          # stand for a body or a people, never one person
PRONOUNS = {"he", "she", "it", "they", "we", "i", "him", "her", "them", "us", "this"}
CARRIED_PRONOUNS = {"he", "she"}             # a person carried on from the subject of the sentence before


def subject_of(tok: Token) -> tuple[Token | None, Token]:
    """The subject phrase of a verb and the verb it was found on; a subjectless complement
    ('urged X to support', 'agreed to share') climbs to its governor. A 'to'-clause of an owned noun
    is its owner's (``_nominal_controller``) where the climb finds a subject no pronoun: the owner
    mends whom the act is given to, it makes no act of a clause that had no doer ('He would contrast
    Labour's plan to invest £60bn in services with a Tory plan' stays as the pronoun leaves it)."""
    subj, found_on, owned = _climbed(tok)
    return owned if subj is not None and subj.pos_ != "PRON" and owned is not None else (subj, found_on)


def _climbed(tok: Token) -> tuple[Token | None, Token, tuple[Token, Token] | None]:
    """``subject_of``'s climb: the subject found and the verb it was found on, and the first owner
    of a noun a 'to'-clause on the way completes, with that clause."""
    seen, owned = tok, None
    for _ in range(6):
        subj = child(seen, SUBJECTS)
        if subj is not None and subj.dep_ == "nsubj" and subj == relative_pronoun(seen):
            return seen.head, seen, owned          # 'Hale, who met Kobakhidze': the noun 'who' stands for
        if subj is not None:
            return subj, seen, owned
        if seen.dep_ == "relcl" or misparsed_main_verb(seen):
            return seen.head, seen, owned
        if owned is None and (owner := _nominal_controller(seen)) is not None:
            owned = (owner, seen)                  # "Fidel Castro's decision to ban all cash transactions"
        if seen.dep_ == "acl" and seen.head.head != seen.head:
            seen = seen.head.head                  # 'issued a declaration demanding ...'
            continue
        if seen.dep_ not in ("xcomp", "conj", "advcl", "ccomp", "acomp") or seen.head == seen:
            return None, seen, owned
        gov = seen.head
        if seen.dep_ == "xcomp" and (obj := child(gov, OBJECTS)) is not None:
            return obj, gov, owned
        if (obj := _object_as_subject(seen)) is not None:
            return obj, seen, owned
        if seen.dep_ == "conj" and reporters_own(seen):
            gov = gov.head                     # 'he said that Belgrade will not leave ..., but also called for calm'
        elif seen.dep_ == "conj" and _active(seen) and child(gov, ("nsubjpass",)) is not None:
            if gov.head == gov:                # '40 people had been pushed back, and [the group] called on'
                return None, seen, owned
            gov = gov.head
        seen = gov
    return None, seen, owned


def _nominal_controller(clause: Token) -> Token | None:
    """The owner of a noun a 'to'-clause completes, who is that clause's subject ("Fidel Castro's
    decision to ban cash transactions", "an appeal court's decision to reject the claim", 'its plan
    to buy the LSE'): a possessive controls the infinitive of its noun as a subject controls one
    of its verb ('Castro decided to ban'), so the doer is the owner, not the subject of the verb
    the noun is the object of ('tobacco companies welcomed the decision'). None for a noun with
    no possessive ('issued a declaration demanding ...': the issuer's)."""
    if clause.dep_ != "acl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return None
    return child(clause.head, ("poss",))


def _object_as_subject(clause: Token) -> Token | None:
    """'Mr Greenspan warned Asian states could soon stop funding the US deficit', parsed with
    'Asian states' the object of 'warned' and 'could stop' a clause with no subject: a finite clause
    (a modal or a tensed verb, or a tensed auxiliary: "Mr Spitzer's office added Mr Stearns had also
    agreed to testify") has a subject of its own, so the governor's direct object that ends right
    where the clause begins is that subject, not the governor's; None otherwise."""
    if clause.dep_ != "ccomp" or child(clause, SUBJECTS) is not None or clause.left_edge.i == 0:
        return None
    obj = child(clause.head, ("dobj",))
    if not tensed(clause) or obj is None or obj.right_edge.i + 1 != clause.left_edge.i:
        return None
    return obj


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
    if v.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in v.children):
        return raised_undergoer(v)
    return None


def raised_undergoer(v: Token) -> Token | None:
    """Who undergoes a passive infinitive or gerund that completes another word ('Mr X is due to be
    sentenced', 'the striker is set to be suspended', 'faces being banned', 'asked the firm to be
    investigated'): the understood subject of the passive is the noun the governing verb raises or
    controls — its object where it has one, else its subject, climbing through an adjective or
    another complement ('is due to', 'is expected to') — and that noun is done to, not doing
    (``subject_of`` would give it as the actor). None where the climb finds neither."""
    seen = v
    for _ in range(4):
        gov = seen.head
        if gov == seen:
            return None
        if seen.dep_ == "xcomp" and (obj := child(gov, ("dobj",))) is not None:
            return obj
        if (subj := child(gov, SUBJECTS)) is not None:
            return subj
        if gov.dep_ not in ("xcomp", "acomp"):
            return None
        seen = gov
    return None


def _active(v: Token) -> bool:
    """A finite verb in the active voice: it shares no conjunct's passive subject."""
    return v.tag_ in ("VBD", "VBZ", "VBP") and not any(c.dep_ == "auxpass" for c in v.children)


def actors_of(ctx: Ctx, t: Trigger, statement: Statement | None) -> tuple[list[str], Token | None]:
    """Actor ids of a trigger and the subject phrase they came from (passives: the agent)."""
    if t.noun is not None and t.noun == t.head:
        return _noun_actors(ctx, t.noun, t.type), doer_head(t.noun, t.type)   # its doer phrase is its subject
    v = t.head if t.via_control or t.event.pos_ not in ("VERB", "AUX") else t.event
    agent = child(v, ("agent",)) or agent_after_a_date(v)
    if agent is not None:
        return _agent_parties(ctx, child(agent, ("pobj",))), agent
    if (undergone := undergoer(v)) is not None:
        return [], undergone                   # 'Mr X, having been charged with fraud': X is charged, not charging
    subj, found_on = subject_of(v)
    if subj is None or subj.dep_ == "nsubjpass" and found_on == v:
        return [], subj                        # a passive without agent: the subject is the target
    if subj == t.noun and names_its_object(subj, t.type):
        return _noun_actors(ctx, subj, t.type), subj   # 'Israel's invasion of Lebanon began': its doer phrases
    ids = named_in_apposition(ctx, subj) or office_holder(ctx, subj) or origin_described(ctx, subj) \
        or place_named_body(ctx, subj) or introduced_next(ctx, subj) or _owner(ctx, subj, statement) or with_force(ctx, subj, actor=True) \
        or past_holders(ctx, subj)
    if subj == t.noun or subj in t.words or names_an_act(subj):
        ids = [e for e in ids if e not in held_at(ctx, subj)]   # 'the summit in Brussels begins': where, not who
    if not ids and subj.lower_ in PRONOUNS:
        ids = _speaker_for_pronoun(ctx, subj, statement)
    if ids and not _pronoun_agrees(ctx, subj, ids, statement):
        ids = _antecedent_agreeing(ctx, subj, statement)
    if ids and subj.lower_ in CARRIED_PRONOUNS and (statement is None or statement.kind != "direct"):
        ids = carried_subject(ctx, subj) or ids    # mends whom 'he' stands for; makes no event that was not
    if ids and subj.lower_ == "they" and (statement is None or statement.kind != "direct"):
        ids = carried_group(ctx, subj) or ids      # 'Iranian authorities have arrested ... They accused'
    ids = [e for e in ids if not created_work(ctx, e)]
    ids = list(dict.fromkeys(x for e in ids for x in (e, body_voiced(ctx, subj, e)) if x))   # 'X, a spokesman for the FO'
    ids = _beside_affiliations(ctx, subj, ids)      # 'William Corr of the Campaign for Tobacco-Free Kids urged'
    return (ids + [e for e in _described_conjuncts(ctx, subj) if e not in ids] if ids else ids), subj


def _beside_affiliations(ctx: Ctx, subj: Token, ids: list[str]) -> list[str]:
    """IDS less the parties the subject phrase names only in an 'of' phrase on a person's name
    (``belongs_to``: 'William Corr of the Campaign for Tobacco-Free Kids urged the government'): it
    says whose member the person is, as a title before the name does; the person acts, and the body
    is no second actor. Kept when nothing else is left."""
    inside = {w.i for p in subj.subtree if belongs_to(p) for w in p.subtree}
    spots = {e: {i for i in range(subj.left_edge.i, subj.right_edge.i + 1) if e in ctx.ents_by_tok.get(i, [])} for e in ids}
    kept = [e for e in ids if not spots[e] or not spots[e] <= inside]
    return kept or ids


def agent_after_a_date(v: Token) -> Token | None:
    """The 'by' phrase of a passive that the parse hung on a date or a time inside one of the verb's
    phrases ('Chepkemei was suspended from all competition until the end of the year by Athletics
    Kenya'): a date has no doer, so the phrase is the verb's agent (contests29). Only through
    prepositions and their objects, the last of them a date or a time; None elsewhere ('a deadline
    by Friday' after no passive; 'by the end of the year' is itself the date)."""
    if not any(c.dep_ == "auxpass" for c in v.children):
        return None
    for tok in v.subtree:
        if tok.lower_ != "by" or tok.dep_ not in ("prep", "agent") or tok.head == v \
                or tok.head.ent_type_ not in ("DATE", "TIME") or _timed(tok):
            continue
        up = tok.head
        while up != v and up.dep_ in ("pobj", "prep"):
            up = up.head
        if up == v:
            return tok
    return None


def _timed(by: Token) -> bool:
    """A 'by' phrase that is itself a date ('by the end of the year', 'by Friday')."""
    obj = child(by, ("pobj",))
    return obj is None or obj.ent_type_ in ("DATE", "TIME")


def created_work(ctx: Ctx, eid: str) -> bool:
    """Whether every mention of an entity in the article names a created work (``names_a_work``:
    'the forthcoming thriller The Woodsman', a title spaCy labels a work) or a prize
    (``names_a_prize``: 'the main Whitbread Prize'): a film, a book or an award is no doer and no
    one an act is done to, whatever type the entity stage gave its name. The heads of
    its mentions are read (the words of a mention whose head is another of its words are not)."""
    toks = [ctx.doc[i] for i, ids in ctx.ents_by_tok.items() if eid in ids]
    heads = [t for t in toks if eid not in ctx.ents_by_tok.get(t.head.i, []) or t.head == t]
    return bool(heads) and all(names_a_work(t) or names_a_prize(t) for t in heads)


def _described_conjuncts(ctx: Ctx, subj: Token) -> list[str]:
    """'Aguas Argentinas and the government signed an agreement': a party coordinated with a named
    subject and written as a description no name covers ('the government', 'the company') is the
    party it stands for, as the same description is as an object (``described``: the body named
    before, else the article's country's government); the named conjunct already gives the act its
    actor, so this adds the second doer of the deed to an event that was made, it makes none."""
    return [e for c in conjuncts(subj)[1:] if c.pos_ == "NOUN" and not ents_in(ctx, c) for e in described(ctx, c)]


def _agent_parties(ctx: Ctx, doer: Token | None) -> list[str]:
    """The parties a passive's 'by' phrase names, read as an active subject is: a description
    stands for the name set beside it, the office's holder or the body its origin says
    ('was examined by US stock market regulator the Securities and Exchange Commission': the
    SEC, not a 'US stock market regulator' of its own), else for its entities and forces. Only
    a phrase that names a party is read again: it mends the doer, it makes no act of a 'by' phrase
    that named none ('controlled by the party's former treasurer Lord Ashcroft' stays as it was)."""
    found = with_force(ctx, doer, actor=True) if doer is not None else []
    if not found or doer is None:
        return found
    return named_in_apposition(ctx, doer) or office_holder(ctx, doer) or origin_described(ctx, doer) or found


def carried_subject(ctx: Ctx, pron: Token) -> list[str]:
    """'But the Lib Dem spokesman questioned whether ... He urged the government to scrap the tax':
    'he' or 'she' as the subject of a sentence's main clause carries on the subject of the sentence
    before (centering: the preferred centre of one sentence is the backward-looking centre of the
    next), so it is the one person that subject names or describes (a name, a title set beside
    one, a description the article named the holder of: ``office_holder``), not the nearest name
    the entity stage or the statement's speaker gave it ('Mr Brown earmarked £1bn', two sentences
    back); [] when that subject is no single person, and where the pronoun is inside a clause of
    its own. Only a pronoun already read as someone is mended: one read as no one stays an event
    without an actor, as before (given an actor, such clauses were mostly no event: 'She declined
    to give her view', 'he backed choice in schools')."""
    sent = pron.sent
    if pron.dep_ != "nsubj" or pron.head != sent.root or sent.start == 0:
        return []
    before = ctx.doc[sent.start - 1].sent
    subj = child(before.root, ("nsubj",))
    if subj is None or subj.lower_ in CARRIED_PRONOUNS:
        return []
    ids = named_in_apposition(ctx, subj) or office_holder(ctx, subj) or ents_in(ctx, subj, actor=True)
    persons = [e for e in ids if ctx.types.get(e) == "PERSON"]
    return persons if len(persons) == 1 and len(ids) == 1 else []


def carried_group(ctx: Ctx, pron: Token) -> list[str]:
    """'Iranian authorities have arrested about 20 online journalists ... They accused Mr Sigarchi':
    'they' as the subject of a sentence's main clause carries on the subject of the sentence before
    when that is a plural noun for one party ('Iranian authorities', 'the unions'), as 'he' carries
    on a person (``carried_subject``), not the speaker the statement layer gave the sentence (the
    watchdog quoted about them); [] when that subject is no plural noun, names no party or several
    ('Labour and the Tories': ``listed_parties``'s), or the pronoun is inside a clause of its own.
    Only a pronoun already read as someone is mended."""
    sent = pron.sent
    if pron.dep_ != "nsubj" or pron.head != sent.root or sent.start == 0:
        return []
    subj = child(ctx.doc[sent.start - 1].sent.root, ("nsubj",))
    if subj is None or subj.tag_ != "NNS" or any(c.dep_ == "conj" for c in subj.children):
        return []
    ids = named_in_apposition(ctx, subj) or with_force(ctx, subj, actor=True)
    added = {e.id for e in ctx.added}               # a body the description names ('Iranian authorities')
    return ids if len(ids) == 1 and (ctx.types.get(ids[0]) in PARTY_ENTS or ids[0] in added) else []


def names_an_act(noun: Token) -> bool:
    """A common noun whose first WordNet sense is a deed or an occurrence ('the attack in Kabul',
    'the talks in Geneva'): what it names happened somewhere; a person or a body ('prosecutors in
    Milan') is only found there."""
    return noun.pos_ == "NOUN" and head_class(noun) in SENSES.deed_classes


def held_at(ctx: Ctx, noun: Token) -> list[str]:
    """The places where an event noun says its act is held ('the European Council summit in
    Brussels begins', 'Meeting in Brussels, finance ministers voiced'): a place (GPE, LOC, FAC)
    after 'in', 'at' or 'near' on the noun that names the act itself is its place, as on a verb
    (``place_of``), not a party to it; a party's own 'in' ('members in Rome') is ``phrases``'s."""
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS]
    return [e for p in preps for tok in p.subtree for e in ctx.ents_by_tok.get(tok.i, [])
            if ctx.types.get(e) in PLACE_TYPES]


def _owner(ctx: Ctx, subj: Token, statement: Statement | None) -> list[str]:
    """The party a possessive pronoun stands for, when the subject is its police, armed force or
    government body ('their forces', 'its army', 'its government'): the force acts for its owner,
    read as a pronoun subject is ('Bosnian Serbs said their forces had completed their withdrawal':
    the Bosnian Serbs, as in 'said they had withdrawn'); [] when no reporter or speaker is found."""
    if not owned_force(subj):
        return []
    owner = next((c for c in subj.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
    if owner is None:
        return []
    ids = _speaker_for_pronoun(ctx, owner, statement)
    return [e for e in ids if ctx.types.get(e) != "PERSON"] if owner.lower_ in BODY_POSSESSIVES else ids


def _noun_actors(ctx: Ctx, n: Token, kind: str) -> list[str]:
    """'Israel's invasion', 'offensive of Russian troops', 'talks between X and Y', 'the praise of
    Mr Brown by Mr Blair': the parties the event noun's doer phrases name (``nominals.nominal_doers``)."""
    return list(dict.fromkeys(e for c in nominal_doers(n, kind) for e in ents_in(ctx, c)))


def _speaker_for_pronoun(ctx: Ctx, pron: Token, statement: Statement | None) -> list[str]:
    """'Syria says it will ...': a pronoun subject inside reported speech is the reporter, the
    nearest one that the sentence names first ('he alleges that Mr Blair told Mr Brown he would
    step down': Mr Blair), else the speaker of the statement that holds it; unless the reporter
    cannot be whom the pronoun stands for (``_reporter_can_be``), when 'they' stands for the
    parties a subject before lists (``listed_parties``), else for no one."""
    tok = pron.head
    while tok.head != tok:
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in STATUS.reporting_verbs:
            named = ents_in(ctx, child(tok.head, SUBJECTS))
            if named:
                return _side_of(ctx, pron, named) if _reporter_can_be(ctx, pron, named) else listed_parties(ctx, pron, named)
            break
        tok = tok.head
    speaker = [statement.speaker] if statement is not None and statement.speaker else []
    quoted = statement is not None and statement.kind == "direct"
    return _side_of(ctx, pron, speaker) if _reporter_can_be(ctx, pron, speaker, quoted) else listed_parties(ctx, pron, speaker)


def _side_of(ctx: Ctx, pron: Token, speakers: list[str]) -> list[str]:
    """'"We have withdrawn the ban," said AK chief Isaiah Kiplagat': a first person plural
    (``side_pronouns``) inside quoted words is the side its one speaker speaks for, the body the
    article ties him to by his post (``body_spoken_for``: Athletics Kenya), PLOVER's party; the
    speaker himself where it ties him to none, and any other pronoun stays as read."""
    if len(speakers) != 1 or pron.lower_ not in SENSES.side_pronouns or not in_quote(pron.idx, ctx_quotes(ctx)):
        return speakers
    body = body_spoken_for(ctx, speakers[0])
    return [body] if body is not None else speakers


def _pronoun_agrees(ctx: Ctx, pron: Token, ids: list[str], statement: Statement | None) -> bool:
    """Whether the parties IDS can be whom a subject pronoun stands for: 'he' or 'she' only a
    person, 'it' no person (a UKIP spokesman's '"He did once attend a BNP meeting"' is not UKIP;
    'Merck's Peter Kim said that it withdrew Vioxx' is not Mr Kim); and in a speaker's own quoted
    words 'he', 'she' or 'it' is never that speaker, who says 'I' or 'we' ('Mr Clarke said: "He
    has apologised"'). Any other word agrees."""
    lower, sp = pron.lower_, speech_lexicon().speakers
    if lower not in sp.person_pronouns | sp.body_pronouns:
        return True
    persons = lower in sp.person_pronouns
    if any(_surely_body(ctx, e) if persons else _surely_person(ctx, e) for e in ids):
        return False
    return not (statement is not None and statement.speaker in ids and in_quote(pron.idx, ctx_quotes(ctx)))


def _surely_person(ctx: Ctx, eid: str) -> bool:
    """A party surely a person, whom 'it' cannot stand for: tagged a person and named by a given name
    (``names.is_given_name``) and a family name, every word capitalised ('Peter Kim'); the tagger
    also calls firms and forces persons ('Shanda', 'BAA', 'EUFOR Althea') and the statement layer
    keeps descriptions it found ('German exchange', 'German' being a given name too)."""
    words = ctx.names.get(eid, "").split()
    return ctx.types.get(eid) == "PERSON" and len(words) > 1 and is_given_name(words[0]) \
        and all(w[:1].isupper() for w in words) \
        and not any(w.lower() in speech_lexicon().speakers.organisation_words for w in words)


def _surely_body(ctx: Ctx, eid: str) -> bool:
    """A party surely no person, whom 'he' or 'she' cannot stand for: tagged a body, a people or a
    place and named by initials ('UKIP'), by several words ('Liberal Democrats') or by a body's or a
    paper's word ('The Sunday Times'), not opening with a given name unless it ends in such a word:
    the tagger also calls persons organisations ('Irina Belova', a foreign person's one-word name)."""
    name = ctx.names.get(eid, "")
    words = name.split()
    sp = speech_lexicon().speakers
    bodys_word = bool(words) and words[-1].lower() in sp.organisation_words | sp.press_name_words
    return ctx.types.get(eid, "PERSON") != "PERSON" and bool(words) and (not is_given_name(words[0]) or bodys_word) \
        and (len(words) > 1 or name.isupper() or bodys_word)


def _antecedent_agreeing(ctx: Ctx, pron: Token, statement: Statement | None) -> list[str]:
    """The parties a pronoun the stored reading disagrees with stands for by the statement layer's
    rules (``antecedent_of``: the nearest compatible named mention outside quoted words), when they
    agree with it (``_pronoun_agrees``); [] when they do not, or it stands for no one named."""
    span = antecedent_of(pron, ctx_quotes(ctx))
    found = ctx.doc.char_span(span[0], span[1], alignment_mode="expand") if span is not None else None
    ids = list(dict.fromkeys(e for tok in found or [] for e in ctx.ents_by_tok.get(tok.i, [])))
    return ids if ids and _pronoun_agrees(ctx, pron, ids, statement) else []


def _reporter_can_be(ctx: Ctx, pron: Token, reporters: list[str], quoted: bool = False) -> bool:
    """Whether REPORTERS can be whom a subject pronoun of their report stands for: not 'they' in a
    speaker's own QUOTED words, where the speaker is 'I' or 'we' ('David Cameron added: "... they
    are fighting each other"'; in reported speech 'Their spokesman said they welcomed' may be the
    speaker's side), nor news outlets reporting what others will do ('The Sunday Times and The
    Sunday Telegraph say they will oppose any bid': the outlet is the source, not the party)."""
    if pron.lower_ not in SENSES.plural_pronouns or not reporters:
        return True
    return not quoted and not all(_outlet(ctx, e) for e in reporters)


def _outlet(ctx: Ctx, eid: str) -> bool:
    """A news outlet's name: its last word one of the statement layer's 'press_name_words' ('The
    Sunday Telegraph', 'Vedomosti')."""
    name = ctx.names.get(eid, "")
    return bool(name) and name.split()[-1].lower() in speech_lexicon().speakers.press_name_words


def listed_parties(ctx: Ctx, pron: Token, actors: list[str]) -> list[str]:
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


def removed_by(ctx: Ctx, t: Trigger) -> list[str]:
    """'Two Russian diplomats were expelled from Moldova', 'who was expelled from Labour', 'was
    deported from Germany': a removal (PLOVER's modes of it, ``removal_source_modes``: an expulsion
    from a state or a group, a deportation) stated by a verb in the passive with no agent is done by
    the states or bodies it removes from, named by the verb's own 'from' phrase
    (``removal_source_preps``) — the group expels its member, the state its guests — as an act of
    authority in the passive is the state's it was done in (``state_where_done``). Only a state
    (``Ctx.states``) or an organisation: a city, a region or a demonym ('from British territory')
    names none; none for a noun or an agent named."""
    v = t.event
    if t.noun is not None or t.mode not in TRIGGERS.removal_source_modes \
            or not any(c.dep_ == "auxpass" for c in v.children) or child(v, ("agent",)) is not None:
        return []
    preps = [c for c in v.children if c.dep_ == "prep" and c.lower_ in TRIGGERS.removal_source_preps]
    found = [e for p in preps for e in ents_in(ctx, p)]
    return list(dict.fromkeys(e for e in found if e in ctx.states or ctx.types.get(e) == "ORG"))


def place_of(ctx: Ctx, t: Trigger) -> str | None:
    """A GPE/LOC/FAC after 'in'/'to'/'at'/'near' on the trigger's clause, its object or its passive's
    agent ('was signed by all 25 EU members in Rome': where they were, ``phrases._whereabouts``)."""
    nouns = [t.noun, t.noun.head] if t.noun is not None else []
    objects = [c for w in (t.event, t.head) for c in w.children if c.dep_ in OBJECTS]   # 'met X in Kampala'
    agents = [c for w in (t.event, t.head) for a in w.children if a.dep_ == "agent" for c in a.children if c.dep_ == "pobj"]
    for w in dict.fromkeys([t.event, t.head] + nouns + objects + agents + _governing_clauses(t.head)):
        preps = PLACE_PREPS + (("to", "into") if t.type in DESTINATION_TYPES else ())
        for p in (c for c in w.children if c.dep_ == "prep" and c.lower_ in preps):
            for eid in ents_in(ctx, p):
                if ctx.types.get(eid) in PLACE_TYPES:
                    return eid
    return _site_acted_on(ctx, t, objects)


def _governing_clauses(head: Token) -> list[Token]:
    """The clauses the trigger's clause completes or modifies ('was wounded near the village when a
    man stabbed him', 'went to Tbilisi to meet him'): where they happened, the event happened."""
    out: list[Token] = []
    while head.dep_ in ("xcomp", "advcl") and head.head != head and head.head.sent == head.sent:
        head = head.head
        out.append(head)
    return out


def _site_acted_on(ctx: Ctx, t: Trigger, objects: list[Token]) -> str | None:
    """A site named as the object of a deed is where it took place ('workers blocked the Europe
    Bridge', 'is touring Africa'): a facility (FAC), or a region (LOC) that is gone to or acted on in
    the field (``SITE_TYPES``), never a state, which is a party; a region spoken to is a party too
    ('urged Europe and the US to build anew their alliance')."""
    kinds = ("FAC", "LOC") if t.type in SITE_TYPES else ("FAC",)
    for obj in objects:
        ids = ctx.ents_by_tok.get(obj.i, [])
        site = next((e for e in ids if ctx.types.get(e) in kinds), None)
        if site is not None:
            return site
    return None


def where_parties_were(ctx: Ctx, t: Trigger) -> str | None:
    """Where the clause's parties were, the event's place when its clause names none of its own
    (``place_of``; it decides nothing else about the event, as a place of the clause does): a place after
    'in', 'at' or 'near' on its subject, an object, the object of one of its prepositions (not one
    of time or cause, ``minor_preps``: 'after talks in Geneva' is another act's), or on a participle
    describing one of them ('a court in Guayaquil sentenced', 'the Red Cross operating in Iraq
    said', 'demanded a truce with Moslem forces in east Bosnia'): they acted there. A participle
    with an object of its own states another deed ('aid to refugees fleeing the war in Liberia'),
    'from' names where a party comes from ('joined two girls from a school in Evesham'), and a
    movement (``DESTINATION_TYPES``) is placed where it goes, not where its parties were ('troops
    based in Brunei' deployed elsewhere)."""
    if t.type in DESTINATION_TYPES:
        return None
    objects = [c for w in (t.event, t.head) for c in w.children if c.dep_ in OBJECTS]
    skip = TRIGGERS.minor_preps | set(PLACE_PREPS) | set(ORIGIN_PREPS)
    level = [c for w in (t.event, t.head) for c in w.children if c.dep_ in SUBJECTS] + objects \
        + [o for w in (t.event, t.head, *objects) for p in w.children if p.dep_ == "prep"
           and p.lower_ not in skip for o in p.children if o.dep_ == "pobj"]
    for noun in dict.fromkeys(n for n in level if n.pos_ in ("NOUN", "PROPN") or n.tag_ in ("VBG", "VBN")):
        where = [noun] + [c for c in noun.children if c.dep_ == "acl" and c.tag_ in ("VBG", "VBN")
                          and not any(o.dep_ in OBJECTS for o in c.children)]
        for p in (c for w in where for c in w.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS):
            place = _place_named(ctx, child(p, ("pobj",)))
            if place is not None:
                return place
    return None


def _place_named(ctx: Ctx, obj: Token | None) -> str | None:
    """The place a locative preposition's object names: the object itself ('in east Bosnia'), or the
    place of its 'of' when it is a common noun with a sense among WordNet's places ('place_classes':
    'near the village of Dubicze', 'in the Mowden area of Darlington'; not 'involved in the sale of
    Yugansk'); not a place that only modifies it ('a stake in Italy's Telecom', 'a rise in US rates')."""
    if obj is None:
        return None
    found = [obj] + ([o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                      if o.dep_ == "pobj"] if SENSES.place_classes & set(token_classes(obj)) else [])
    return next((e for tok in found for e in ctx.ents_by_tok.get(tok.i, []) if ctx.types.get(e) in PLACE_TYPES), None)


def in_skipped(tok: Token, root: Token) -> bool:
    """True when tok hangs under a coordinated clause or parenthetical of root."""
    while tok != root and tok.head != tok:
        if tok.head == root and tok.dep_ in ("conj", "parataxis", "cc") and tok.pos_ in ("VERB", "AUX"):
            return True
        tok = tok.head
    return False


def fits_sense(t: Trigger, subj: Token | None) -> bool:
    """Whether a trigger's subject, object and content fit the sense its type needs."""
    return unfit_part(t, subj) is None


def unfit_part(t: Trigger, subj: Token | None) -> str | None:
    """The part of a trigger that does not fit the sense its type needs ('subject', 'object',
    'passive subject', 'forces', 'amount', 'thing given', 'use', 'content'), or None when all fit."""
    actor = _actor_head(subj)
    if actor is not None and not goes_on(t) and not can_act(actor, t.type):
        return "subject"                   # 'the quakes struck'; 'the riots continued' is judged by its noun's doers
    obj = next((c for c in t.event.children if c.dep_ in OBJECTS), None) if t.event.pos_ in ("VERB", "AUX") else None
    if obj is not None and obj not in t.words and t.noun is None and not fits_object(obj, t.type, t.via_control) \
            and not talks_with(t.event, t.type) and not (t.party_needed and obj.pos_ == "PRON"):
        return "object"                    # 'met the needs'; 'discussed the budget with Mr Brown' is the topic; a
                                           # pronoun a default code needs a party for is judged by whom it stands for
    if t.noun is None and t.event.pos_ == "VERB" and not _passive_fits(t):
        return "passive subject"           # 'the film was shot in Prague': a work, no one fired on
    if not _forces_readied(t):
        return "forces"                    # 'deployed 100 monitors'
    if t.noun is None and t.event.pos_ in ("VERB", "AUX") and scale_change(t.event):
        return "amount"                    # 'fraud dropped from 10,276 cases to 8,177'
    if t.noun is None and t.event.pos_ in ("VERB", "AUX") and \
            (gives_words(t.event, t.type) or gives_a_quality(t.event, t.type) or _evacuates(t) or _takes_office(t) or words_withheld(t)):
        return "thing given"               # 'supplied us with elements of results', 'began evacuating its hostages'
    if obj is not None and obj not in t.words and t.noun is None and not t.via_control and _support_use(t.event, obj):
        return "use"
    content = _content(t.event) if obj is None else None
    return None if content is None or fits_content(content, t.type) else "content"


def _passive_fits(t: Trigger) -> bool:
    """Whether a verb trigger's passive subject, for a type that reads it as its object
    (``argkinds``' 'passive_types'), when it is a thing said or shown (``passive_target``), is of a
    kind the type acts upon: 'the film was shot in Prague' strikes no one; 'the convoy was
    attacked' and 'a shot was fired' stay. For a type that sends nothing, the passive subject is
    judged whatever it is, as its direct object would be (``passive_undergoer``: 'the Mac mini has
    been welcomed' receives a thing made; 'the numbers were boosted' raises an amount)."""
    undergoer = passive_undergoer(t.event, t.words, t.type)
    if undergoer is not None:
        return fits_object(undergoer, t.type)
    if t.type not in ARGS.passive_types:
        return True
    target = passive_target(t.event, t.words)
    return target is None or fits_target(target, t.type, t.mode)


def words_withheld(t: Trigger) -> bool:
    """A verb of intent, refusal or promise over an act of giving (``via_control``) that hands over
    only a thing said or known (``gives_words`` by the governed verb's own type) to no party named
    (no dative, no party after 'to'): 'Ford declined to provide guidance for first quarter 2005',
    'refused to give details' decline to comment, a statement about the speaker's own reporting, no
    refusal of another party's proposal; 'refused to give information to the inspectors' names the
    party refused and stays."""
    spec = TRIGGERS.verbs.get(t.event.lemma_.lower()) if t.via_control and t.event is not t.head else None
    return spec is not None and gives_words(t.event, spec.type) and not names_a_recipient(t.event)


def _forces_readied(t: Trigger) -> bool:
    """A verb that readies forces or weapons (MOBILIZE of a 'force_modes' mode, or coded a show of
    force, 'force_codes') names them in its object or passive subject when it has one outside its
    key ('deployed 3,000 troops', 'were sent'); 'would increase interest rates', 'lower their
    reserves of dollars', 'created a drama about a military family' ready none."""
    if t.type != "MOBILIZE" or t.mode not in SENSES.force_modes and t.cameo not in SENSES.force_codes \
            or t.noun is not None:
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


def state_where_done(ctx: Ctx, t: Trigger) -> list[str]:
    """'has been put under investigation in Italy', 'were arrested in France': an act of a state's own
    authority (PLOVER's modes of it, ``authority_modes``: investigations, arrests, deportations,
    censorship, curfews, martial law, convictions) stated by a verb in the passive with no agent is
    the act of the states it was done in ('arrested in Argentina, Bulgaria and Canada'), named by an
    'in' phrase (``authority_preps``) of the verb or of the noun of its own phrase ('put under
    investigation in Italy'), as PLOVER's gold codes it. A state is the head of the phrase, not a
    word describing it ('detained in British jails', 'in the Cuban camp': a demonym names no actor,
    as the genre set's gold leaves it out). None for a noun, an agent named, a city or a region (not
    a state: ``Ctx.states``), or a place named elsewhere ('the ambassador in Chisinau was summoned':
    where the ambassador serves)."""
    v = t.event
    if t.noun is not None or t.mode not in TRIGGERS.authority_modes \
            or not any(c.dep_ == "auxpass" for c in v.children) or child(v, ("agent",)) is not None:
        return []
    heads = [v, *(o for p in v.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj")]
    preps = [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in TRIGGERS.authority_preps]
    named = [h for p in preps for o in p.children if o.dep_ == "pobj" for h in conjuncts(o)]
    return list(dict.fromkeys(e for h in named for e in ctx.ents_by_tok.get(h.i, []) if e in ctx.states))
