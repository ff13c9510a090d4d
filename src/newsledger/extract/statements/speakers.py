"""Cues and speakers over the dependency parse: which word marks an attribution, and who it names.

A cue is a reporting or belief verb ("said", "assumed"), an adjective after a copula ("is
convinced"), or a verb with its object or particle ("expressed his opinion", "pointed out"),
all listed in ``data/cues.json``. Its speaker is the grammatical subject, followed through
coordination, copulas, participles and relative clauses; a passive without agent or an
expletive subject ("it is known") leaves the statement unattributed.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ...model import Span
from ...names import is_first_name
from ...nlp.components import doc_ents
from ...nlp.wordnet import first_class, of_objects, party_word, word_classes
from ..entities.lexicon import lexicon as title_lexicon
from ..places import is_demonym
from .cues import Cue
from .lexicon import Lexicon, text_of
from .name_kinds import apposed_past_clause

_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_FRONTED_ADVERBIALS = ("prep", "advcl", "npadvmod")   # a phrase or clause of time, place or manner before the verb
_MAX_TRAILING = 12       # tokens of a speaker phrase set after the clause it reports
_FOLLOW_HEAD = ("conj", "xcomp", "acomp", "advcl", "acl", "relcl", "ccomp", "pcomp", "prep", "pobj")


@dataclass
class Speaker:
    """The mention that names the speaker here; ``None`` span with ``unattributed`` for 'it is known'."""

    span: Span | None
    token: Token | None
    unattributed: bool = False
    antecedent: Token | None = None    # the noun a relative pronoun ('who') stands for
    impersonal: bool = False           # 'it is hard to say': the writer's own comment, no one's statement


def speaker_of(cue: Cue, lex: Lexicon) -> Speaker:
    """Who the cue attributes to: the subject's mention, or unattributed."""
    if _participle_clause(cue.head, lex):
        return Speaker(None, None, unattributed=True)
    if _agentless_passive(cue, lex):
        stray = _stray_agent(cue.head, lex)
        return Speaker(mention_span(stray, lex), stray) if stray is not None else Speaker(None, None, unattributed=True)
    subj = swallowed_subject(cue.head) or _subject(_clause_of_participle(cue.head) or cue.head, lex, depth=0)
    if subj is not None and "\n" in _between(subj, cue.head):
        subj = _subject_just_before(cue.head)   # the parser reached into another paragraph
    if subj is None:
        subj = _inverted_subject(cue.head) or _stranded_subject(cue.head) or trailing_subject(cue.head)
    if subj is None:
        return Speaker(None, None, unattributed=_is_passive(cue.head))
    if _expletive(subj, cue, lex):
        return Speaker(None, None, unattributed=True)
    if _extraposed_it(subj, cue, lex):
        return Speaker(None, None, unattributed=True, impersonal=True)
    if subj.tag_ in ("WP", "WDT") and subj.head.dep_ == "relcl":
        return Speaker((subj.idx, subj.idx + len(subj)), subj, antecedent=_apposed_to(_relative_antecedent(subj), lex))
    subj = _name_after_bare_title(subj) or subj
    return Speaker(mention_span(subj, lex), subj)


def _name_after_bare_title(subj: Token) -> Token | None:
    """'World triple jump record holder and BBC pundit Jonathan Edwards believes': a bare singular
    common noun (no determiner, possessive or number: English sets a title so before a name, never a
    noun that names someone else) coordinated with a person's name is one of that person's titles,
    and the name is who speaks. None for any other subject ('The minister and Jonathan Edwards')."""
    if subj.tag_ != "NN" or any(c.dep_ in ("det", "poss", "nummod") for c in subj.children):
        return None
    return next((c for c in subj.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"), None)


def _relative_antecedent(rel: Token) -> Token:
    """The noun a relative pronoun stands for: the one its clause hangs on, unless 'who' hangs on one
    that is no one ('a leading expert on code-breaking, who has confirmed', 'labelled a misjudgement
    by the Conservatives who said': the parser attached the clause to the last noun); then the noun
    whose phrase that one is in, when it can be someone ('the expert', 'shop stewards from the
    shipyard, who'), else the nearest word before it in its sentence that can be someone (a name, or a
    noun with a person or group sense in WordNet)."""
    noun = rel.head.head
    if rel.lower_ != "who" or _can_be_someone(noun):
        return noun
    up = noun
    while up.dep_ == "pobj" and up.head.dep_ == "prep" and up.head.head.pos_ in ("NOUN", "PROPN"):
        up = up.head.head               # 'stewards from the shipyard, who': the phrase it hangs from
        if _can_be_someone(up):
            return up
    return next((t for t in reversed(rel.doc[rel.sent.start:rel.i]) if t.pos_ in ("NOUN", "PROPN") and _can_be_someone(t)),
                noun)


def _can_be_someone(tok: Token) -> bool:
    """Whether TOK may name who speaks: a name, a noun one of whose WordNet senses is a person or a
    group, or one whose 'of' names such ('a group of shop stewards': 'group' is a top sense in WordNet)."""
    if tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or tok.pos_ == "PROPN" or tok.pos_ == "PRON":
        return True
    if {"person", "group"} & set(word_classes(tok.lemma_.lower())):
        return True
    return any(_can_be_someone(o) for o in of_objects(tok) if o.pos_ == "NOUN")


def _apposed_to(noun: Token, lex: Lexicon) -> Token:
    """'Tom Reed, a retired judge who said ...': the name a description is set beside (through
    the descriptions coordinated with it: 'X - a historian, and an expert on ciphers, who'), which
    is who the relative pronoun stands for; else the noun itself ('a union leader who said')."""
    tok = noun
    while tok.dep_ in ("appos", "conj") and tok.head.i != tok.i and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head
        if tok.pos_ == "PROPN" and tok.ent_type_ in lex.speakers.name_entity_types:
            return tok
    return noun


def noun_speaker(noun: Token, lex: Lexicon) -> Speaker | None:
    """Whose claim a cue noun is: its owner ('Trump's claim', 'their fear'), the source after
    'from'/'by' ('pledges from 40 countries'), a named group in front ('Republican calls'), or
    the subject of a verb that issues it ('Cruz repeated his call', 'she made the argument');
    None when the text names no one."""
    rules = lex.cues.nouns
    for c in noun.children:
        if c.dep_ == "poss":
            return Speaker(mention_span(c, lex), c)
        if c.dep_ == "prep" and c.lower_ in rules.source_preps:
            src = next((g for g in c.children if g.dep_ == "pobj"), None)
            if src is not None:
                return Speaker(mention_span(src, lex), src)
    for c in noun.lefts:
        if c.dep_ in ("compound", "amod") and c.ent_type_ in rules.owner_entities:
            return Speaker(mention_span(c, lex), c)
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in rules.issuing_verbs:
        spk = speaker_of(Cue(verb, [verb], "asserted"), lex)
        return spk if spk.token is not None else None
    return None


def _participle_clause(tok: Token, lex: Lexicon) -> bool:
    """'Asked about the loan, Cruz said ...' / 'Cruz, when asked about it, said': a passive
    participle clause; the main clause's subject is who was asked, the asker goes unnamed. For
    ``addressee_verbs`` the tagger's past tense and the parser's relative clause are such a
    participle too."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "agent", "aux", "auxpass") for c in tok.children):
        return False
    if tok.tag_ == "VBN" and tok.dep_ == "advcl":
        return True
    return tok.lemma_.lower() in lex.speakers.addressee_verbs and tok.tag_ in ("VBN", "VBD") \
        and tok.dep_ in ("advcl", "relcl", "acl")


def _clause_of_participle(tok: Token) -> Token | None:
    """'Giuliani trashed Comey on "Morning Joe," calling it a no-brainer': a comma-set participle
    speaks for the subject of the clause it trails, wherever the parser hung it."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("acl", "advcl") or any(c.dep_ == "nsubj" for c in tok.children):
        return None
    if tok.left_edge.i == 0 or tok.doc[tok.left_edge.i - 1].text != ",":
        return None
    head = tok.head
    while head.head.i != head.i and (not _finite_clause(head) or _said_of_something(head)):
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else None


def _said_of_something(clause: Token) -> bool:
    """'It said the surge in oil prices would have a limited effect, saying ...', 'Mr Howard said his
    party's plans were not racist, arguing they would ...': a participle the parser hung on the
    clause that is the saying's content, whose subject can be no one (no name, person or group:
    ``_can_be_someone``), trails the saying itself and speaks for its subject; a person or body as
    that subject ('said the minister was wrong, arguing ...') is left as the parse has it."""
    return clause.dep_ == "ccomp" and not any(_can_be_someone(c) for c in clause.children if c.dep_ == "nsubj")


def _finite_clause(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" for c in tok.children)


def _agentless_passive(cue: Cue, lex: Lexicon) -> bool:
    """'Sanders was asked about the case', 'the plan was announced': the passive's subject is
    who was addressed or what was said, never the speaker ('is convinced' is an adjective cue)."""
    tok = cue.head
    if lex.adjective_class(tok.text) or not any(c.dep_ == "auxpass" for c in tok.children):
        return False
    return not any(c.dep_ == "agent" for c in tok.children)


def _stray_agent(verb: Token, lex: Lexicon) -> Token | None:
    """The agent of a passive cue that the parser hung on the cue's object or on the noun of its 'as'
    phrase ('Pensioners are being promised energy savings by the Liberal Democrats', 'The reports were
    described as "idle speculation" by Downing Street'): a name (``name_entity_types``) after the
    agent's preposition (``agent_prepositions``) there is who made the promise or gave the
    description, as a 'by' hung on the verb is; a common noun ('by the end of the year', 'savings by
    cutting costs') is none."""
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "oprd")]
    nouns += [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    for noun in nouns:
        for p in noun.children:
            if p.dep_ == "prep" and p.lower_ in lex.speakers.agent_prepositions:
                name = next((o for o in p.children if o.dep_ == "pobj"), None)
                if name is not None and name.pos_ == "PROPN" and name.ent_type_ in lex.speakers.name_entity_types:
                    return name
    return None


def _subject(tok: Token, lex: Lexicon, depth: int) -> Token | None:
    quoted = _quoted_one(tok, lex)
    if quoted is not None:
        return quoted
    for c in tok.children:
        if c.dep_ == "agent":
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    subjects = _without_labels([c for c in tok.children if c.dep_ in _SUBJECTS])
    if subjects:
        return _named_first(subjects, lex)
    for aux in tok.children:          # 'X is convinced' parsed with X under the auxiliary
        if aux.dep_ in ("aux", "auxpass"):
            subj = next((c for c in aux.children if c.dep_ in _SUBJECTS), None)
            if subj is not None:
                return subj
    controller = _object_controller(tok, lex)
    if controller is not None:
        return controller
    if tok.dep_ == "acl" and _issued_message(tok.head, lex) and depth < 5:
        issuer = _subject(tok.head.head, lex, depth + 1)   # 'X released a statement saying ...'
        if issuer is not None:
            return issuer       # with no issuer the message speaks: 'following a BBC story claiming ...'
    if tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head
    if tok.dep_ == "conj" and tok.head.dep_ == "ccomp" and depth < 5:
        return _subject(tok.head.head, lex, depth + 1)   # 'X says A and says B': B's cue shares X
    saying = _cue_above_nonfinite(tok, lex)
    if saying is not None and depth < 5:
        return _subject(saying, lex, depth + 1)
    if tok.dep_ in _FOLLOW_HEAD and depth < 5 and tok.head.i != tok.i:
        return _subject(tok.head, lex, depth + 1)
    return None


def _quoted_one(tok: Token, lex: Lexicon) -> Token | None:
    """'The Interfax news agency quoted Mr Khodorkovsky as saying ...', 'Chief executive Geoff Dixon was
    quoted by The Australian newspaper as saying ...': a cue in the 'as' phrase of a verb of quoting
    (``quoting_verbs``) reports the words of the one quoted, the verb's object or its passive subject,
    when that is a party (``_a_party``); the verb's subject or 'by' agent only relays them. A document
    quoted ('Des Browne quoted its five year plan as saying') leaves the one who quotes it. None for
    any other cue."""
    if tok.dep_ != "pcomp" or tok.head.dep_ != "prep" or tok.head.lower_ != "as":
        return None
    verb = tok.head.head
    if verb.lemma_.lower() not in lex.speakers.quoting_verbs:
        return None
    quoted = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    return quoted if quoted is not None and _a_party(quoted, lex) else None


def _object_controller(tok: Token, lex: Lexicon) -> Token | None:
    """'The dissolution of the Soviet Union left many E.U. nations feeling that ...', 'The latest
    footage showed Mrs Hassan asking for ...': a bare participle or infinitive right after its
    verb's object, with no comma between, has that object for its subject (object control: the
    nearest noun phrase) when the object names a party and the verb's own subject can say nothing
    (a thing, an event: it only brought the belief about or shows it). A subject that can speak
    keeps the participle ('Mr Hockney left UKIP saying ...', 'A user is suing the firm saying ...')."""
    if tok.dep_ not in ("xcomp", "advcl", "ccomp") or tok.tag_ not in ("VBG", "VB") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in tok.children):
        return None
    obj = next((c for c in tok.head.children if c.dep_ == "dobj" and c.right_edge.i == tok.i - 1), None)
    subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if obj is None or not _a_party(obj, lex) or (subj is not None and _can_be_someone(subj)):
        return None
    return obj


def _a_party(noun: Token, lex: Lexicon) -> bool:
    """A name, a personal pronoun other than an empty 'it', or a noun whose first WordNet sense (or
    its 'of' phrase's) is a person or a group: 'nations', 'voters', '62 percent of voters'; not 'a
    letter' or 'his own life', whose person senses are rare ones."""
    if noun.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or noun.pos_ == "PROPN":
        return True
    if noun.pos_ == "PRON":
        return noun.tag_ == "PRP" and noun.lower_ not in lex.cues.expletive_subjects
    return party_word(noun.lemma_.lower()) or any(party_word(o.lemma_.lower()) for o in of_objects(noun))


def _cue_above_nonfinite(tok: Token, lex: Lexicon) -> Token | None:
    """'The alliance said it was a good thing to "engage people" ... but argued lowering the age would
    be more effective', with 'argued' parsed as a conjunct of 'engage': a conjunct in a finite tense
    cannot share the subject of an infinitive or a participle (its head has no tense to share), so
    the parser hung it too low; it is the conjunct of the nearest verb of saying above it, whose
    subject it shares. None when the conjunct's head is finite or no verb of saying is above it."""
    if tok.dep_ != "conj" or tok.tag_ not in ("VBD", "VBZ", "VBP") or tok.head.tag_ not in ("VB", "VBG") \
            or any(c.dep_ == "aux" and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in tok.head.children):
        return None
    return next((a for a in tok.head.ancestors if a.pos_ == "VERB" and lex.verb_class(a.lemma_.lower()) is not None), None)


def _without_labels(subjects: list[Token]) -> list[Token]:
    """'- Career Outcomes: UNM graduates in 2024 reported ...', '- Algae: ..., 68% of consumers
    said ...': of two subjects the parser hung on one verb, one cut from a later one by a colon or
    a dash is a list item's label or a heading, not who speaks."""
    def label(s: Token) -> bool:
        return any(o.i > s.i and any(t.tag_ == ":" for t in s.doc[s.i + 1:o.left_edge.i]) for o in subjects)
    return [s for s in subjects if not label(s)]


def _named_first(subjects: list[Token], lex: Lexicon) -> Token:
    """The subject among several the parser found: 'The Belarusian opposition figure Pavel
    Latushko said' comes out as two subjects, the title and the name; the name is the speaker."""
    named = [s for s in subjects if s.pos_ == "PROPN" and s.ent_type_ in lex.speakers.name_entity_types]
    untagged = [s for s in subjects if s.pos_ == "PROPN" and not s.ent_type_]
    return (named or untagged or subjects)[0]


def _issued_message(noun: Token, lex: Lexicon) -> bool:
    """'a statement' in 'X released a statement saying', 'an article' in 'Forbes shot back in an
    article stating': a message noun (``message_nouns``, or a common noun whose first WordNet sense
    is a communication: an article, a story, a briefing), object of a verb or of its preposition."""
    return _message_noun(noun, lex) and noun.dep_ in ("dobj", "pobj") and noun.head.pos_ in ("VERB", "AUX", "ADP")


def _message_noun(noun: Token, lex: Lexicon) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in lex.speakers.message_nouns or (noun.pos_ == "NOUN" and first_class(lemma) == "communication")


def _expletive(subj: Token, cue: Cue, lex: Lexicon) -> bool:
    """'It is known / it is clear that': an empty subject; 'It (the company) said' is not."""
    if subj.lower_ not in lex.cues.expletive_subjects:
        return False
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in cue.head.children)   # 'it has argued' is active
    return subj.lower_ not in lex.cues.referential_pronouns or passive or cue.head.pos_ == "ADJ" or len(cue.tokens) > 1


def _extraposed_it(subj: Token, cue: Cue, lex: Lexicon) -> bool:
    """'It's hard to say which brand ...', 'It's worth noting that ...', 'makes it easy to confirm',
    'considering X, it was easier': the 'it' of another clause, whose adjective takes an extraposed
    clause as its real subject (data/cues.json ``extraposing_adjectives``), is empty, and a cue that
    borrowed it as a subject has none. A cue's own 'it' ('It said') is left to ``_expletive``."""
    if subj.lower_ not in lex.cues.referential_pronouns or subj.head.i == cue.head.i:
        return False
    clause = subj.head
    predicates = [clause, *(c for c in clause.children if c.dep_ in ("acomp", "attr", "oprd"))]
    return any(p.pos_ == "ADJ" and p.lemma_.lower() in lex.cues.extraposing_adjectives for p in predicates)


def _subject_just_before(tok: Token) -> Token | None:
    """The noun phrase right before the cue in its own line ('Mrs. Clinton often says')."""
    doc = tok.doc
    i = tok.i - 1
    while i >= 0 and doc[i].pos_ in ("ADV", "AUX", "PART") and "\n" not in doc[i].text:
        i -= 1
    if i < 0 or doc[i].pos_ not in ("PROPN", "NOUN", "PRON") or "\n" in _between(doc[i], tok):
        return None
    return doc[i]


def _stranded_subject(tok: Token) -> Token | None:
    """'Alarmed by the unrest, Senator Harry Reid, the minority leader, said': a finite cue the
    parser left without a subject; the noun phrase that ends at the comma before it is one."""
    doc = tok.doc
    if not _finite_active(tok) or tok.i < 2 or doc[tok.i - 1].text != ",":
        return None
    noun = doc[tok.i - 2]
    while noun.dep_ in ("appos", "pobj", "prep") and noun.head.right_edge.i == tok.i - 2:
        noun = noun.head          # 'the leader of the party,' / 'Reid, the minority leader,'
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.i >= tok.sent.start else None


def swallowed_subject(tok: Token) -> Token | None:
    """'The figures were published as another survey by Rightmove said the price fell', 'The US is
    struggling with a deficit and analysts said ...': a finite cue with no subject, a clause before
    it and one after (or a cue hung beside the clause before, ``_conjunct_subject_taken``); the
    parser took the cue's subject into the clause before, as the object of its last phrase or a
    conjunct. The name or noun that ends that clause, right before the cue, is the speaker. So is
    the one that ends a fronted adverbial the parser ran on into it (``_fronted_adverbial_end``)."""
    doc = tok.doc
    if not _finite_active(tok) or tok.i == 0 or any(c.dep_ in _SUBJECTS for c in tok.children):
        return None
    first = min([tok.i, *(c.i for c in tok.children if c.dep_ == "aux")])
    noun = doc[first - 1]
    if noun.pos_ in ("NOUN", "PROPN") and _fronted_adverbial_end(tok, noun):
        return noun
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("pobj", "conj"):
        return None
    before = [c for c in tok.children if c.dep_ == "ccomp" and c.i < tok.i and c.right_edge.i == first - 1]
    if before and any(c.dep_ == "ccomp" and c.left_edge.i == tok.i + 1 for c in tok.children):
        return noun
    return noun if _conjunct_subject_taken(noun, tok) else None


def _fronted_adverbial_end(tok: Token, noun: Token) -> bool:
    """'When asked if Brown and Carragher would start Eriksson replied:', 'In a speech to the
    Foreign Policy Centre Mr Straw said': an adverbial that opens the sentence with no comma after
    it, hung on a tensed cue that has no subject, with the parser running its last phrase on into
    the name that follows (as its object or one noun of a compound). English puts a tensed verb's
    subject before it, and nothing but that subject stands between a fronted adverbial and its
    verb: NOUN, the last word before the cue, heads the subject."""
    return any(c.dep_ in _FRONTED_ADVERBIALS and c.i < noun.i and c.left_edge.i == tok.sent.start
               and c.right_edge.i == noun.i for c in tok.children) and not _run_into_name(noun)


def _run_into_name(noun: Token) -> bool:
    """'On top of the relief deal with Tanzania Mr Brown said', tagged 'Tanzania Mr Brown' as one name:
    the tagger ran the adverbial's last words into the person's name, so the name it gives is no
    one's; the speaker is left to the rules that follow rather than stored under that name."""
    ent = next((e for e in doc_ents(noun.doc) if e.start <= noun.i < e.end), None)
    return ent is not None and _holds_an_honorific(ent)


def _conjunct_subject_taken(noun: Token, tok: Token) -> bool:
    """'Republicans said they're convinced the department mishandled the investigation and Democrats
    accused the GOP of ...': a second clause with its own cue whose subject the parser coordinated
    with the last noun of the clause before it ('the investigation and Democrats') and hung the cue
    beside that clause."""
    return noun.dep_ == "conj" and tok.dep_ in ("ccomp", "conj") and tok.head.i < noun.i and \
        any(c.dep_ == "cc" and c.i == noun.i - 1 for c in noun.head.children)


def _finite_active(tok: Token) -> bool:
    """A tensed verb in the active voice, simple or perfect ('said', 'says', 'has said', 'had
    warned'): a form that needs a subject of its own."""
    return tok.tag_ in ("VBD", "VBZ", "VBP") or (tok.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBD", "VBZ", "VBP") for c in tok.children))


def trailing_subject(tok: Token) -> Token | None:
    """'..., the Ministry of Defence of Ukraine said.': a finite cue without a subject whose
    speaker the parser hung on the reported clause; the noun phrase between the last comma and
    the cue, when it is one phrase (one head) and holds no verb, is the speaker."""
    doc = tok.doc
    if not _finite_active(tok) or any(c.dep_ in _SUBJECTS for c in tok.children):
        return None
    first = min([tok.i, *(c.i for c in tok.children if c.dep_ == "aux")])     # 'Musharraf has said'
    start = next((t.i + 1 for t in reversed(doc[tok.sent.start:first]) if t.text == ","), first)
    phrase = doc[start:first]
    if not 0 < len(phrase) <= _MAX_TRAILING or any(t.pos_ in ("VERB", "AUX") or t.is_quote for t in phrase):
        return None
    heads = [t for t in phrase if not start <= t.head.i < tok.i]
    return heads[0] if len(heads) == 1 and heads[0].pos_ in ("NOUN", "PROPN") else None


def _inverted_subject(tok: Token) -> Token | None:
    """'"...," asked the boy': after a quote the parser may take the speaker for an object."""
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if prev is None or not (prev.is_punct or prev.is_quote):
        return None
    obj = next((c for c in tok.rights if c.dep_ in ("dobj", "attr", "npadvmod", "dative")
                and c.pos_ in ("PROPN", "NOUN")), None)
    return obj if obj is not None else _noun_phrase_after(tok)


def _noun_phrase_after(tok: Token) -> Token | None:
    """'"...," said David Brock, a confidant who heads ...': the name right after the cue, when
    the parser hung it on a later verb; its head noun, past the words in front."""
    doc = tok.doc
    i = tok.i + 1
    while i < len(doc) and doc[i].pos_ in ("DET", "ADJ") and doc[i].dep_ in ("det", "amod", "compound"):
        i += 1
    if i >= len(doc) or doc[i].pos_ not in ("PROPN", "NOUN"):
        return None
    noun = doc[i]
    while noun.dep_ == "compound" and noun.head.i > noun.i and noun.head.pos_ in ("PROPN", "NOUN"):
        noun = noun.head
    return noun


def _between(a: Token, b: Token) -> str:
    lo, hi = sorted((a.idx, b.idx))
    return text_of(a.doc)[lo:hi]


def _is_passive(tok: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or tok.tag_ == "VBN"


def mention_span(tok: Token, lex: Lexicon) -> Span:
    """The speaker mention around subject TOK: the name in an apposition, the organisation a
    group noun or its figures stand for ('figures from the Bank of England'), the named entity
    it is in, or the noun phrase up to its head. Words in lower case are no name, whatever the
    tagger says ('the Russian defence ministry' with 'ministry' a proper noun, or 'defence ministry'
    an ORG without the 'Russia's' before it): their mention is the noun phrase."""
    appos = _apposed_name(tok, lex)
    if appos is not None:
        return _name_span(appos, lex)
    if people_description(tok, lex):            # 'The 55-year-old Frenchman': no name, the whole phrase
        return (tok.left_edge.idx, tok.idx + len(tok))
    ent = _entity(tok, lex)
    if ent is not None and not ent.text.islower():
        return (_split_off_start(ent), _name_end(ent))
    if tok.pos_ == "NOUN" and (tok.lemma_.lower() in lex.speakers.group_nouns or tok.lower_ in lex.speakers.data_nouns):
        org = _group_entity(tok, lex)
        if org is not None:
            return org
    if tok.pos_ == "PRON" or (tok.pos_ == "PROPN" and not tok.text.islower() and not proper_title(tok, lex)):
        return _name_span(tok, lex)
    left = tok.left_edge
    return (left.idx, tok.idx + len(tok))


def people_description(tok: Token, lex: Lexicon) -> bool:
    """'The 55-year-old Frenchman told', 'The Brazilian confirmed', 'The Northern Irishman is
    hoping': a definite description of one person by the people they belong to (a demonym of the
    gazetteer's peoples, ``places.is_demonym``, as the head noun of a singular phrase) describes a
    person as 'the 30-year-old' does, though the tagger types it a group or a body: the person named
    as a subject in its sentence or the one before, else the lead's protagonist. Not a people's
    adjective used as a noun for the whole people ('the French', 'the Dutch', 'the Chinese': English
    makes such a noun of an adjective ending in a sibilant, which takes no plural), nor a plural
    ('the Brazilians')."""
    word = tok.text
    return tok.tag_ in ("NNP", "NN") and opened_definite(tok, lex) \
        and tok.dep_ not in ("amod", "compound") and is_demonym(word) \
        and not word.lower().endswith(tuple(lex.speakers.collective_demonym_endings))


def opened_definite(tok: Token, lex: Lexicon) -> bool:
    """TOK's phrase is opened by a definite determiner ('the Dutchman', 'The two Japanese companies')."""
    return any(c.dep_ == "det" and c.lower_ in lex.speakers.definite_determiners for c in tok.children)


def proper_title(tok: Token, lex: Lexicon) -> bool:
    """'the Salford MP', 'the Ealing North MP', 'the Prime Minister': a definite phrase headed by a
    capitalised title word of the titles lexicon, outside any person's name, is no name but a
    description of whoever holds that office in the article (never an entity of its own). A title
    the name follows ('the Secretary of National Defense Antonio Lacson') is that name's."""
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.ent_type_ != "PERSON" \
        and tok.lower_ in title_lexicon().person_heads \
        and tok.right_edge.i == tok.i \
        and any(c.dep_ == "det" and c.lower_ in lex.speakers.definite_determiners for c in tok.children)


def _holds_an_honorific(ent: SpacySpan) -> bool:
    """'the Foreign Policy Centre Mr Straw', tagged one body: an honorific inside a name opens a
    person's name there ('Mr', 'Dr'; the titles lexicon), and the words before it name something else."""
    return any(title_lexicon().honorific(t.text) and t.nbor(1).pos_ == "PROPN" for t in ent[1:-1])


def _split_off_start(ent: SpacySpan) -> int:
    """Where an organisation's name starts when the tagger split off its first words as a place
    ('UK' + 'Coal' of 'UK Coal'): the proper nouns right before it that the parser made part of
    its name (compounds of its head)."""
    first = ent.start
    while ent.label_ == "ORG" and first > 0 and ent.doc[first - 1].dep_ == "compound" \
            and ent.doc[first - 1].pos_ == "PROPN" and ent.doc[first - 1].head.i in range(ent.start, ent.end):
        first -= 1
    return ent.doc[first].idx


def _apposed_name(tok: Token, lex: Lexicon) -> Token | None:
    """'The Deputy Chairman of the Cabinet, Pavlo Latushko, said': the name set beside a title
    (the parser may hang it on the title's last noun)."""
    ent = _entity(tok, lex)
    if ent is not None and ent.label_ == "PERSON":
        return None
    names = [t for t in tok.subtree if t.dep_ == "appos" and t.pos_ == "PROPN" and not _in_clause_below(t, tok)
             and not apposed_past_clause(t)]
    person = [t for t in names if t.ent_type_ == "PERSON"]
    return next(iter(person or names), None) or _titled_name(tok, lex) or _name_after_title(tok, lex)


def _titled_name(tok: Token, lex: Lexicon) -> Token | None:
    """'The adviser of the United Transitional Cabinet Vadzim Kruk said', 'US special envoy for
    Sudan Mark Ellison': a title whose phrase ends in a person's name set right after the
    institution's name, with no comma between (the wire style of translated news); 'the lawyer
    for John Smith' is not one. The tagger may leave such a name untagged ('Minister of National
    Defence Tomasz Wrobel'): a given name newsledger knows followed by a proper noun is one."""
    last = tok.right_edge
    if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() not in lex.speakers.person_nouns or last.i <= tok.i \
            or last.pos_ != "PROPN":
        return None
    ent = _entity(last, lex) if last.ent_type_ == "PERSON" else None
    start = ent.start if ent is not None else _given_name_before(last)
    before = tok.doc[start - 1] if start is not None and start > tok.i else None
    return last if before is not None and (before.pos_ == "PROPN" or before.text == ")" or _field_before(before, last)) \
        else None


def _field_before(before: Token, last: Token) -> bool:
    """'Labour's deputy minister for women Jacqui Smith', 'the shadow secretary for health Andrew
    Lansley': an office's field written as a common noun that modifies the name (a compound of it)
    ends the title as an institution's name would; a person's noun in the singular there is the
    name's own title instead ('the lawyer for victim John Smith' speaks for no John Smith)."""
    return before.pos_ == "NOUN" and before.dep_ == "compound" and before.head.i == last.i \
        and (before.tag_ == "NNS" or first_class(before.lemma_.lower()) != "person")


def _given_name_before(last: Token) -> int | None:
    """Where an untagged name starts: the given name right before its last word ('Tomasz Wrobel')."""
    if last.ent_type_ or last.i == 0:
        return None
    given = last.doc[last.i - 1]
    return given.i if given.pos_ == "PROPN" and not given.ent_type_ and is_first_name(given.text) else None


def _in_clause_below(t: Token, top: Token) -> bool:
    """'Mr Hague, who published the biography of William Pitt the Younger, said': a name inside a
    clause that describes the subject is not set beside it."""
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ in ("relcl", "acl"):
            return True
        t = t.head
    return False


def _name_after_title(tok: Token, lex: Lexicon) -> Token | None:
    """'Commission for Racial Equality chairman Trevor Phillips said', parsed with the body's
    first word as the subject: a phrase headed by a name that is no person, ending in a person's
    name set right after a person noun (the title), is that person ('the wife of chairman John
    Smith' is headed by a person noun, and is not)."""
    last = tok.right_edge
    if tok.pos_ != "PROPN" or tok.ent_type_ == "PERSON" or last.i <= tok.i or last.ent_type_ != "PERSON":
        return None
    ent = _entity(last, lex)
    title = tok.doc[ent.start - 1] if ent is not None and ent.start > tok.i else None
    return last if title is not None and title.pos_ == "NOUN" and title.lemma_.lower() in lex.speakers.person_nouns \
        else None


def _entity(tok: Token, lex: Lexicon) -> SpacySpan | None:
    if tok.ent_type_ not in lex.speakers.name_entity_types:
        return None
    return next((e for e in doc_ents(tok.doc) if e.start <= tok.i < e.end), None)


def _name_span(tok: Token, lex: Lexicon) -> Span:
    ent = _entity(tok, lex)
    if ent is not None:
        first = ent[0]
        while ent.label_ == "PERSON" and first.i > 0 and not is_first_name(first.text) \
                and _untagged_name_word(first.nbor(-1), lex):
            first = first.nbor(-1)     # 'Vadzim Kruk' tagged as 'Kruk' alone, not 'Cabinet' before it
        return (first.idx, _name_end(ent))
    names = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    first = next((c for c in names if is_first_name(c.text)), names[0] if names else tok)   # not the title before
    return (first.idx, tok.idx + len(tok))


def _name_end(ent: SpacySpan) -> int:
    """Where a name ends: before the punctuation the tagger took into it ('David Kahn -')."""
    last = ent[-1]
    while last.is_punct and last.i > ent.start:
        last = last.nbor(-1)
    return last.idx + len(last)


def _untagged_name_word(tok: Token, lex: Lexicon) -> bool:
    """A given name the tagger left out of the person's name ('Vadzim' of 'Vadzim Kruk'), not a title."""
    return tok.pos_ == "PROPN" and not tok.ent_type_ and tok.is_title and tok.lower_ not in lex.speakers.person_nouns


def _group_entity(tok: Token, lex: Lexicon) -> Span | None:
    """'Analysts of the Institute for the Study of War', 'Pentagon officials', 'a source in the
    ministry of Foreign Affairs' -> the organisation's span ('in' only before an organisation:
    'analysts in London' are not London's). A nationality ('Belarusian officials', 'the Belarusian
    press service') names no one body: the whole phrase is the speaker."""
    for prep in tok.children:
        body_only = prep.lower_ in lex.speakers.body_only_prepositions
        if prep.dep_ != "prep" or not (body_only or prep.lower_ in lex.speakers.group_prepositions):
            continue
        for pobj in prep.children:
            ent = _entity(pobj, lex) if pobj.dep_ == "pobj" else None
            if ent is None and pobj.dep_ == "pobj":
                ent = next((e for e in doc_ents(tok.doc) if e.start <= pobj.i < e.end
                            and e.label_ in lex.speakers.name_entity_types), None)
            if ent is not None and (not body_only or ent.label_ == "ORG"):
                return (ent.start_char, ent.end_char)
    for c in tok.lefts:
        ent = _entity(c, lex) if c.dep_ in ("compound", "amod", "poss") else None
        if ent is not None and ent.label_ in ("ORG", "GPE"):
            return (ent.start_char, ent.end_char)
    return None
