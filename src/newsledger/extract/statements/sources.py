"""Whether a draft is speech at all: someone who can speak or believe, using the cue as speech.

A page is full of cue words that report no one: instructions to the reader ("Note that the
rows are locked", "Ask, 'Where is the box?'"), names ("a feature called 'super mic'"), things
that "say" (the shoe, the toothbrush), the reader ("if you think ...")
and the page's own narrator ("we hope this guide helped"). A statement needs a source: a person,
an organisation or a group, or a document such a source issued ("the report says"); by the
WordNet class of a common noun (``data/wordnet_nouns.json``, classes in
``data/statements_speakers.json``), by the pronoun's person outside quotes, and by the cue's
own form (an imperative, a naming participle).
"""
from __future__ import annotations

from spacy.tokens import Token

from ...nlp.components import doc_ents
from ...nlp.wordnet import noun_classes
from .content import Draft, in_quote
from .lexicon import Lexicon
from .quotes import Quote


def no_source(d: Draft, quotes: list[Quote], lex: Lexicon) -> bool:
    """True when D reports no one (see the module docstring)."""
    return _instruction(d, quotes) or _naming(d, lex) or _outside_voice(d, quotes, lex) or _no_agent(d, lex) \
        or _impersonal(d, lex) or _data_voice(d, lex) or _no_claim(d)


def _impersonal(d: Draft, lex: Lexicon) -> bool:
    """'It is thought that ...', 'it has been reported that ...': a cue whose subject is an empty
    'it' names no one, nor does a cue in the clause an empty 'it' stands for ('it is hard to say
    whether ...', "it's worth noting that ...": speakers._extraposed_it); it is the writer's hedge
    or comment, not someone's statement. (A raising passive, 'Putin is expected to arrive', and
    'reportedly' stay unattributed statements: PolNeAR marks them as attributions.)"""
    if d.cue is None or d.speaker is None or not d.speaker.unattributed or d.speaker.token is not None:
        return False
    return d.speaker.impersonal or any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.lower_ in lex.cues.expletive_subjects
                                       for c in d.cue.head.children)


def _data_voice(d: Draft, lex: Lexicon) -> bool:
    """'The data suggests', 'according to official statistics': figures cannot speak; only the
    body that issued them can ('figures from the Bank of England' name it, and stay)."""
    tok = d.speaker.token if d.speaker is not None else None
    if tok is None or tok.pos_ != "NOUN" or tok.lower_ not in lex.speakers.data_nouns:
        return False
    span = d.speaker.span if d.speaker is not None else None
    return span is None or not any(e.start_char < span[1] and span[0] < e.end_char and
                                   e.label_ in lex.speakers.name_entity_types for e in doc_ents(tok.doc))


def _no_claim(d: Draft) -> bool:
    """'It did not say which plants would close', 'could not predict a figure', 'has announced no
    plans': a negated cue over an indirect question or a bare noun phrase, or a cue whose object
    is 'no ...', states nothing."""
    if d.cue is None or not d.content:
        return False
    head = d.cue.head
    if any(c.dep_ == "dobj" and any(g.dep_ == "det" and g.lower_ == "no" for g in c.children) for c in head.children):
        return True
    if not any(c.dep_ == "neg" for c in head.children):
        return False
    words = [t for t in head.doc if d.content[0][0] <= t.idx < d.content[-1][1]]
    question = bool(words) and words[0].tag_ in ("WDT", "WP", "WRB", "IN") and words[0].lower_ != "that"
    return question or not any(t.pos_ in ("VERB", "AUX") for t in words)


def _instruction(d: Draft, quotes: list[Quote]) -> bool:
    """'Note that ...', 'Ask, "..."', 'Expect traffic to fall': an imperative outside quotes
    tells the reader what to do or think; it reports no one. The parser's fallbacks may still
    have found a 'speaker' for it, the object or a word nearby ('call the issuer of your plan',
    'Ask Angie to generate content', 'Before hitting the Send button, ask yourself, "..."'), or
    taken a list item's label for its subject ('- Transparency & Communication: Expect clear
    reporting'): an imperative has no subject, so that word speaks no more than the reader does.
    With such a speaker the verb must head its sentence outside quotes (or join one that does:
    'Officials met and say that ...' shares the first verb's subject)."""
    if d.cue is None:
        return False
    head = d.cue.head
    if in_quote(head.idx, quotes) or not _bare_verb(head):
        return False
    if d.speaker is None or d.speaker.token is None:
        return head.dep_ in ("ROOT", "conj", "parataxis")
    return not _inverted_report(d, head) and _imperative_clause(head, quotes)


def _inverted_report(d: Draft, head: Token) -> bool:
    """'Millions of workers could strike if ..., warn union leaders': a cue after its whole content
    and a comma, with the speaker after it, is a report inverted, however the tagger read the verb."""
    before = head.doc[head.i - 1] if head.i > 0 else None
    return bool(d.content) and d.content[-1][1] <= head.idx and before is not None \
        and (before.text == "," or before.is_quote and head.i > 1 and head.doc[head.i - 2].text == ",") \
        and d.speaker is not None and d.speaker.token is not None and d.speaker.token.i > head.i


def _bare_verb(tok: Token) -> bool:
    """TOK is a verb's base form with no subject or auxiliary of its own (a label before a colon
    is no subject)."""
    return tok.tag_ == "VB" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl")
                                        and not _label(c, tok) for c in tok.children)


def _label(subject: Token, verb: Token) -> bool:
    """'Musical Goals: Consider what you want': a subject cut from its verb by a colon is a list
    item's or a heading's label, not the verb's doer."""
    return subject.i < verb.i and any(t.text == ":" for t in subject.doc[subject.i + 1:verb.i])


def _imperative_clause(tok: Token, quotes: list[Quote]) -> bool:
    """TOK heads an imperative clause: a bare verb at the top of its sentence, after a
    semicolon, or before a quotation it introduces ('ask yourself, "Would I say this ...?"'),
    or a conjunct of one."""
    if not _bare_verb(tok):
        return False
    if tok.dep_ == "conj":
        return _imperative_clause(tok.head, quotes)
    return tok.dep_ in ("ROOT", "parataxis") or tok.dep_ == "advcl" and in_quote(tok.head.idx, quotes)


def _naming(d: Draft, lex: Lexicon) -> bool:
    """'a feature called "super mic"', 'what is known as AI Mode', 'a so-called "denial of service"
    attack', 'The group called itself the Underground Network': a naming verb that gives a thing its
    name speaks for no one. So is a passive participle (``_passive_naming``), the adjective
    'so-called' split in two (``_so_called``), and a naming verb whose predicate is a proper name
    (``proper_name_given``, which returns the name's head)."""
    if d.cue is None:
        return False
    head = d.cue.head
    if lex.lemma(head) not in lex.speakers.naming_verbs:
        return False
    return _passive_naming(head) or _so_called(head, lex) or proper_name_given(head) is not None


def _passive_naming(head: Token) -> bool:
    """A passive participle: one before its noun (amod) or one the parser hung on the verb as a
    clause of its own with no subject or auxiliary ('includes so called Digital Rights Management')
    is passive too."""
    if head.tag_ != "VBN":
        return False
    bare = not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in head.children)
    passive = head.dep_ in ("acl", "amod") or any(c.dep_ == "auxpass" for c in head.children) \
        or (head.dep_ == "advcl" and bare)
    return passive and not any(c.dep_ == "agent" for c in head.children)


def _so_called(head: Token, lex: Lexicon) -> bool:
    """'So called phishing attacks ... have boomed', 'California has so called "shield" laws': the
    tokenizer splits WordNet's adjective 'so-called' (data/statements_speakers.json
    ``naming_adverbs``), and the parser then makes its participle a verb of any clause; it names
    the noun after it, and no one speaks. Not when the parser made the participle the clause a cue
    reports ('So called phishing attacks ... have boomed, say security experts'): the draft then
    holds that cue's words and speaker."""
    before = head.doc[head.i - 1] if head.i > 0 else None
    return before is not None and before.head == head and before.lower_ in lex.speakers.naming_adverbs \
        and not (head.dep_ == "ccomp" and lex.verb_class(lex.lemma(head.head)) is not None)


def proper_name_given(head: Token) -> Token | None:
    """'The piracy group called itself the Underground Network', 'what it calls the Interactive
    Media Player', 'a test service ... called MSN Spaces': the naming verb's predicate is a proper
    name — WordNet's first sense of 'call', "assign a specified (usually proper) name to",
    not its second, "ascribe a quality to or give a name of a common noun that reflects a quality"
    ('called the plan "a disaster"', 'called himself an iTunes customer'), which is a claim. A name
    is a proper noun or a word capitalised inside its sentence, and takes no indefinite article. The
    predicate is the last of the verb's predicates: the parser may take the object for a first one
    ('called Labour "a brilliant machine"'), and a quotation opened after the name in its sentence is
    what the named thing was called when the parser broke the clause ('The judges called Guy's My
    Heart is My Own: ... "an impressive and readable piece of scholarship"')."""
    predicates = [c for c in head.children if c.dep_ == "oprd"]
    if not predicates or not _a_proper_name(predicates[-1]) \
            or any(t.tag_ == "``" and t.i > predicates[-1].i for t in head.sent):
        return None
    return predicates[-1]


def _a_proper_name(noun: Token) -> bool:
    named = noun.pos_ == "PROPN" or (noun.is_title and not noun.is_sent_start and noun.lower_ != "i")
    return named and not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _outside_voice(d: Draft, quotes: list[Quote], lex: Lexicon) -> bool:
    """The second person outside quotes is the reader the page addresses; in reporting the first
    person is the page's own narrator ('we hope this guide helped'), who reports others, not
    themselves (an opinion piece, or a page of undecided kind, keeps its author's beliefs).
    Inside quotes both are the quoted speaker's."""
    tok = d.speaker.token if d.speaker is not None else None
    if tok is None or in_quote(tok.idx, quotes):
        return False
    sp = lex.speakers
    article = tok.doc._.article
    reporting = article is not None and article.kind not in sp.authored_kinds
    return tok.lower_ in sp.reader_pronouns or (reporting and tok.lower_ in sp.narrator_pronouns)


def _no_agent(d: Draft, lex: Lexicon) -> bool:
    """'The shoe says a lot about the brand': a common noun whose first WordNet sense is an
    artifact, a substance or a quality, and no sense a person or group, cannot speak or
    believe; names, pronouns and nouns WordNet lacks are left alone."""
    if d.speaker is None or d.speaker.token is None:
        return False
    tok = d.speaker.antecedent if d.speaker.antecedent is not None else d.speaker.token
    return _thing(tok, lex)


def _thing(tok: Token, lex: Lexicon) -> bool:
    """Whether TOK's first WordNet sense is a thing that cannot speak ('the shoe', 'the toothbrush')
    and none of its senses is one that can ('regulator' is a device first, an official too)."""
    sp = lex.speakers
    if not tok.is_lower or tok.lemma_.lower() in sp.message_nouns | sp.organisation_words:
        return False              # a name the tagger missed ('Wines believes'); 'the video says'; 'the airline said'
    classes = noun_classes(tok)
    return bool(classes) and classes[0] in sp.thing_classes and not set(classes) & sp.agent_classes
