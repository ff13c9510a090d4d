"""Cues: the word or phrase that marks an attribution ("said", "is convinced", "pointed out"),
with the certainty class its lexicon entry gives (data/cues.json)."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ...model import Span
from ...nlp.wordnet import award_noun, head_class, party_word, title_noun
from .lexicon import Lexicon, text_of

_CLOSERS = ")]\u201d\u2019'\""


@dataclass
class Cue:
    """The words that mark an attribution, their certainty class and the head verb or adjective."""

    head: Token
    tokens: list[Token]
    certainty: str

    @property
    def span(self) -> Span:
        return (self.tokens[0].idx, self.tokens[-1].idx + len(self.tokens[-1]))

    @property
    def text(self) -> str:
        doc = self.head.doc
        return text_of(doc)[self.span[0]:self.span[1]]


def as_cue(tok: Token, lex: Lexicon) -> Cue | None:
    """The cue TOK heads, if it is one."""
    adj = lex.adjective_class(tok.text)
    if adj and tok.pos_ in ("ADJ", "VERB"):
        cop = [c for c in tok.children if c.dep_ in ("auxpass", "cop")]
        if not cop and tok.dep_ == "acomp" and tok.head.lemma_ in lex.cues.copulas:
            cop = [tok.head]
        return Cue(tok, sorted(cop + [tok], key=lambda t: t.i), adj)
    if tok.pos_ not in ("VERB", "AUX") or tok.tag_ == "MD":
        return None
    phrase = _phrase_cue(tok, lex)
    if phrase is not None:
        return _open_possibility(phrase, lex)
    cls = lex.verb_class(lex.lemma(tok)) or as_predicate_class(tok, lex)
    if cls is None:
        return None
    toks = [tok] + [c for c in tok.children if c.dep_ == "auxpass"]
    return _open_possibility(Cue(tok, sorted(toks, key=lambda t: t.i), cls), lex)


def as_predicate_class(tok: Token, lex: Lexicon) -> str | None:
    """'Democrats see Sanders as an agent of her decline', 'regards the treaty as a threat': a verb of
    data/cues.json ``as_predicate`` is a cue only when it predicates an 'as' phrase of its object (on
    the verb or on the object, as the parser hangs it); 'we saw a crowd' says nothing, and 'what
    they saw as ...' leaves the view to the clause around it."""
    cls = lex.cues.as_predicate.verbs.get(lex.lemma(tok))
    if cls is None:
        return None
    objects = [c for c in tok.children if c.dep_ == "dobj" and c.tag_ not in ("WP", "WDT")]
    as_ = lex.cues.as_predicate.preposition
    preps = [c for h in [tok, *objects] for c in h.children if c.dep_ == "prep" and c.lower_ == as_]
    return cls if objects and (preps or as_clause(tok, lex)) else None


def as_clause(tok: Token, lex: Lexicon) -> Token | None:
    """'sees Mr. Netanyahu as captured by a hard-line philosophy', 'see the campaign as most unfair':
    the parser reads an 'as' before a participle or an adjective as the mark of a clause of its own
    hung on the verb after its object, not as a preposition; that clause is the 'as' phrase. A clause
    with a subject of its own says when ('saw him as we left')."""
    as_ = lex.cues.as_predicate.preposition
    return next((c for c in tok.children if c.dep_ == "advcl" and c.i > tok.i and c.left_edge.lower_ == as_
                 and c.left_edge.dep_ in ("mark", "advmod")
                 and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)), None)


def _open_possibility(cue: Cue, lex: Lexicon) -> Cue:
    """'do not exclude that ...', 'did not rule out that ...': a negated exclusion says its content
    may be so (data/cues.json ``possibility_when_negated``); the same cue not negated denies it."""
    cls = lex.cues.possibility_when_negated.get(lex.lemma(cue.head))
    if cls is not None and any(c.dep_ == "neg" for c in cue.head.children):
        return Cue(cue.head, cue.tokens, cls)
    return cue


def unsaid(cue: Cue, lex: Lexicon) -> bool:
    """A speech verb that is the infinitive complement of a verb of refusing ('refused to comment on
    reports that ...', 'declined to say whether ...': data/cues.json ``refusal_verbs``) or of asking or
    pressing someone to act ('Ministers have been asked to explain how the details were printed',
    'urged him to say whether ...': ``request_verbs``) says nothing: a saying refused or only
    requested, not made. The draft still names who spoke, for the 'He said' after it, and the request
    stays the asker's statement."""
    return cue.head.dep_ == "xcomp" and lex.lemma(cue.head.head) in lex.cues.refusal_verbs | lex.cues.request_verbs


def asks_only(cue: Cue, content: list[Token], lex: Lexicon) -> bool:
    """'He asked what the government had to hide', 'was asked whether he would stand again': a verb
    of asking (data/cues.json ``question_verbs``) over a clause that opens with a question word
    or with 'whether'/'if' and hangs on it reports a question, which claims nothing, as does a
    free relative that is its object ('what she asked for': the thing asked, no claim); 'asked the
    crowd to welcome him' (a request) and 'asked about the plans' (a topic) open with no question
    word and stay, and so does a relative pronoun that is the cue's own subject ('members, who were
    asked to vote'), which asks nothing."""
    if lex.lemma(cue.head) not in lex.cues.question_verbs:
        return False
    first = next((t for t in content if not (t.is_punct or t.is_quote)), None)
    return first is not None and first.lower_ in lex.forecast.indirect_question_words \
        and cue.head in first.ancestors and not (first.head.i == cue.head.i and first.dep_ in ("nsubj", "nsubjpass"))


def asked_as_question(cue: Cue) -> bool:
    """'Did GitHub consider how this impacts individual developers?', 'Why does the regulator
    believe that prices will fall?': a cue whose own clause puts its auxiliary before its subject
    (the interrogative mood) in a sentence that ends in a question mark asks whether anyone said
    or thought so; it reports no claim. A quoted question keeps its cue ('"Why?" she asked'):
    the mood must be the cue's, not its content's."""
    head = cue.head
    subjects = [c.i for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    auxiliaries = [c.i for c in head.children if c.dep_ in ("aux", "auxpass") and c.lower_ != "to"]
    if not subjects or not auxiliaries or min(auxiliaries) > min(subjects):
        return False
    last = next((t for t in reversed(head.sent) if not (t.is_quote or t.is_space or t.text in _CLOSERS)), None)
    return last is not None and last.text == "?"


def narrated_request(cue: Cue, lex: Lexicon) -> bool:
    """'The company's creditors will be asked to vote on the plan', 'Local communities would be
    asked to go to the polls ... under plans unveiled by the Conservatives': a verb of asking
    (data/cues.json ``question_verbs``) in the passive over an infinitive, with no one named who
    asks ('by ...'), tells the asked party's task in a procedure or a plan, the writer's narration;
    with no speaker it is no one's claim (the caller checks that no speaker was found). A question
    put to someone ('Sanders was asked about the lawsuit') is no task and stays."""
    head = cue.head
    return lex.lemma(head) in lex.cues.question_verbs and any(c.dep_ == "auxpass" for c in head.children) \
        and not any(c.dep_ == "agent" for c in head.children) and any(
            c.dep_ == "xcomp" and any(g.lower_ in lex.cues.infinitive_markers for g in c.children) for c in head.children)


def wished_before(cue: Cue, lex: Lexicon) -> bool:
    """'Ministers had hoped to get £900m', 'the carrier had wanted to use the money': a word of
    wanting (statements_forecast.json ``desire_words``) in the past perfect tells a wish held
    before the story's time and, as the tense implies, given up or dashed: the writer's narration
    of a mind, no claim its subject made; 'hopes to', 'wanted to' (no perfect) stay."""
    head = cue.head
    return lex.lemma(head) in lex.forecast.desire_words and head.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in head.children)


def takes_a_thing(cue: Cue, lex: Lexicon) -> bool:
    """'The track claimed the top spot', 'Movie studio efforts have claimed a high profile victim',
    'Eminem has denied Elvis his fourth number one', 'Ferreira denied Gerrard with a last-ditch
    tackle': a cue verb that also has a sense of taking or withholding (data/cues.json
    ``possession_verbs``), over no clause nor predicate ('declared the bridge the longest') and a
    bare object that is a thing, a place, a person or a prize (``_taken_object``), or over two
    objects of which the first is a party (``_recipient``), takes or withholds it: no one states
    anything. An object that is an utterance, an idea, an act or a state is what is asserted or
    denied ('denied the charges', 'denies child molestation')."""
    head = cue.head
    if lex.lemma(head) not in lex.cues.possession_verbs \
            or any(c.dep_ in ("ccomp", "xcomp", "oprd") for c in head.children):
        return False
    objects = [c for c in head.children if c.dep_ in ("dative", "dobj")]
    if len(objects) > 1:          # 'denied Elvis his number one'; not 'declared the lifts the swiftest'
        return _recipient(objects[0])
    return bool(objects) and _taken_object(objects[0], lex)


def _recipient(tok: Token) -> bool:
    """The first of two objects is one a thing is given or refused when it is a person or a group
    (a name, a personal pronoun, a party noun); else the second object is what the first is
    declared to be, a claim ('declared the speed of the lifts the swiftest on Earth')."""
    return tok.ent_type_ in ("PERSON", "ORG", "NORP") or tok.tag_ == "PRP" or party_word(tok.lemma_.lower())


def _taken_object(obj: Token, lex: Lexicon) -> bool:
    """OBJ names something one can take or be refused: a person's name, a prize or a title won, or a
    noun whose first WordNet sense is in ``taken_object_classes`` (a person, a thing, a place)."""
    if obj.ent_type_ == "PERSON":
        return True
    if obj.pos_ != "NOUN":
        return False
    return award_noun(obj) or title_noun(obj) or head_class(obj) in lex.cues.taken_object_classes


def inferred(cue: Cue, lex: Lexicon) -> bool:
    """'Mr Jones is clearly hoping for ...', 'she seems to believe ...': a cue of a mind (believing,
    hoping, fearing) under an evidential adverb or a raising verb (data/cues.json
    ``inferred_by_writer``) is the writer's inference about that mind, not a statement its subject
    made; a cue of saying keeps them as manner ('he clearly said')."""
    if cue.certainty == "asserted":
        return False
    rules, head = lex.cues.inferred_by_writer, cue.head
    return any(c.dep_ == "advmod" and c.lower_ in rules.adverbs for c in head.children) or \
        (head.dep_ == "xcomp" and lex.lemma(head.head) in rules.raising_verbs)


def foreseen(cue: Cue, lex: Lexicon) -> bool:
    """'Fans can expect a decision within a month', 'McIlroy will hope to confirm his place', 'Some may
    see this as ...': a cue of a mind (believing, expecting, hoping, fearing: class believed or
    speculated) whose own verb takes a modal (tag MD; on the copula of an adjective, 'will be
    confident') tells a mind the writer foresees or allows for its subject, not one held or stated:
    schedule and preview prose, no one's claim. Its subject must be its own and not the first person
    ('I would expect them to win', 'we can only hope': the speaker's own mind, hedged, data
    statements_speakers.json ``narrator_pronouns``); a clause some other verb reports or knows
    ('he said he would hope to play': its tense is that verb's backshift) and a passive ('will be
    expected to', no mind named) stay."""
    if cue.certainty == "asserted":
        return False
    verb = cue.head.head if cue.head.dep_ == "acomp" else cue.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return verb.dep_ != "ccomp" and subject is not None \
        and subject.lower_ not in lex.speakers.narrator_pronouns and under_modal(verb)


def under_modal(tok: Token) -> bool:
    """'will agree', 'could agree': a verb under a modal auxiliary."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children)


def _phrase_cue(tok: Token, lex: Lexicon) -> Cue | None:
    lemma = tok.lemma_.lower()
    for ph in lex.cues.phrases:
        if ph.verb != lemma:
            continue
        for c in tok.children:
            if (c.dep_ == "dobj" and c.lemma_.lower() in ph.objects) or \
               (c.dep_ == "prt" and c.lower_ in ph.particles):
                toks = list(tok.doc[tok.i:c.i + 1])
                return Cue(tok, toks, ph.certainty)
    return None


def describes_a_kind(cue: Cue, lex: Lexicon) -> bool:
    """'Best for: Users who want phone support', 'those who want to become event managers', 'anyone
    who needs a loan': a cue in a restrictive relative clause (no comma or dash before it) on a
    bare plural or a pronoun of anyone (data/cues.json ``kind_pronouns``) says whom the sentence
    means, a kind of people by what they want or need, not what anyone of them said; with no
    reported clause of its own (an infinitive, an object) it is no statement. A cue of saying
    stays ('those who have called for an apology': a demand made), as do a reported clause
    ('Voters who say the economy is weak ...': a view a group holds) and a relative clause on a
    name, a definite or a counted group ('the Stoics, who argue ...', 'the MPs who want ...')."""
    head = cue.head
    if cue.certainty == "asserted" or head.dep_ != "relcl" or any(c.dep_ == "ccomp" for c in head.children):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT") for c in head.children):
        return False
    first = head.left_edge
    if first.i == 0 or first.doc[first.i - 1].is_punct:
        return False
    return _kind_of_people(head.head, lex)


def _kind_of_people(noun: Token, lex: Lexicon) -> bool:
    """NOUN names any people of a kind: a pronoun of anyone, or a plural with no determiner, owner
    or number whose first WordNet sense is a person or a group ('users', 'beginners', 'businesses');
    not a name the tagger knows as one, nor things ('new rules that promise to transform ...')."""
    if noun.lower_ in lex.cues.kind_pronouns:
        return True
    return noun.tag_ in ("NNS", "NNPS") and not noun.ent_type_ and party_word(noun.lemma_.lower()) and not any(
        c.dep_ in ("det", "poss", "nummod", "predet") for c in noun.children)
