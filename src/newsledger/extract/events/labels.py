"""A party's label of an act as a wrong is its accusation: PLOVER's ACCUSE 'disapprove'.

'The European External Action Service said the expulsion was "unjustified"', 'the OHR said the
referendum would be "a direct attack on the Dayton Peace Agreement"', '"this is a hybrid attack
organized by the Belarusian and Russian services," Wrobel said', 'the embassy ... calling the
verdict "a blatant interference in the internal affairs"': a speaker who says of an act (a noun whose
first WordNet class is an act or an event, or 'this') that it is a wrong disapproves of it, which
PLOVER's ACCUSE codes ('Disapprove/condemn/criticize'; CAMEO 111). The wrong is an adjective or a noun
of WordNet's wrongs (``data/wordnet_wrongs.json``: 'illegal', 'unjustified', 'unfair'; 'violation',
'interference', 'crime') or a noun the trigger lexicon codes as an act of force ('attack'). It is said
either in a statement's content, as what the act is ('the expulsion was unjustified': the speaker
accuses), or by a verb that names the act as it ('calling the verdict a blatant interference': its
subject accuses). The accused is the act's doer where its own phrase names one (a possessive, a 'by'
phrase); PLOVER requires none. A label denied ('this is not an attack'), asked, under a condition
('if it went ahead it would be illegal') or of the speaker's own act ('our decision was not unfair')
accuses no one, nor does a label the speaker reports as another's words or view ('says Lord Goldsmith
warned that the war could be illegal'); and the label's own noun is no event of its type (the
referendum is no assault: ``label_words`` tells the coder which words to leave).
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ...lexicons import view
from ...model import Event, Statement, Status
from ...nlp.wordnet import first_class
from .lexicon import DEFINITIONS, LabelledWrong
from .phrases import Ctx, child, ents_in, statement_of
from .speech import hypothetical, in_question
from .status import is_negated
from .triggers import Trigger, noun_spec

OWN = ("our", "my")                          # the speaker's own act: no accusation of another


@dataclass(frozen=True)
class WrongWords:
    """data/wordnet_wrongs.json."""

    nouns: frozenset[str]
    adjectives: frozenset[str]


WRONGS = view(WrongWords, "wordnet_wrongs.json")


@dataclass(frozen=True)
class Label:
    """An act (ACT) said to be a wrong (WRONG) by the clause or the naming verb HEAD."""

    head: Token
    act: Token
    wrong: Token


def label_words(doc: Doc) -> set[int]:
    """The token indexes of the wrongs a label says ('attack' of 'the referendum would be a direct
    attack'): a wrong said of an act is the speaker's accusation, no event of the wrong's own type."""
    return {lab.wrong.i for lab in _labels(doc)}


def labelled_wrongs(ctx: Ctx) -> list[Event]:
    """The accusations the article's labels make (see the module docstring)."""
    spec = DEFINITIONS.labelled_wrong
    if spec is None:
        return []
    return [e for lab in _labels(ctx.doc) if (e := _accusation(ctx, lab, spec)) is not None]


def _labels(doc: Doc) -> list[Label]:
    """Every clause that says of an act that it is a wrong: 'ACT be WRONG', 'call ACT WRONG'."""
    spec = DEFINITIONS.labelled_wrong
    if spec is None:
        return []
    found = []
    for tok in doc:
        if tok.dep_ in ("attr", "acomp") and tok.head.lemma_ == "be":
            act = child(tok.head, ("nsubj",))
        elif tok.dep_ == "oprd" and tok.head.pos_ == "VERB":
            act = child(tok.head, ("dobj",))
        else:
            continue
        if act is not None and _an_act(act, spec) and _a_wrong(tok, spec):
            found.append(Label(tok.head, act, tok))
    return found


def _an_act(tok: Token, spec: LabelledWrong) -> bool:
    """A noun whose first WordNet class is an act or an event ('the expulsion', 'the verdict'), or a
    pointing pronoun ('this'); not the speaker's own ('our decision')."""
    if tok.pos_ == "PRON":
        return tok.lower_ in spec.pointers
    own = any(c.dep_ == "poss" and c.lower_ in OWN for c in tok.children)
    return tok.pos_ == "NOUN" and not own and first_class(tok.lemma_.lower()) in spec.act_classes


def _a_wrong(tok: Token, spec: LabelledWrong) -> bool:
    """An adjective or a noun of WordNet's wrongs, or a noun the trigger lexicon codes as force."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "ADJ":
        return lemma in WRONGS.adjectives or tok.lower_ in WRONGS.adjectives
    if tok.pos_ != "NOUN":
        return False
    found = noun_spec(tok)
    return lemma in WRONGS.nouns or found is not None and found[0].type in spec.hostile_types


def _accusation(ctx: Ctx, lab: Label, spec: LabelledWrong) -> Event | None:
    """The accusation LABEL makes: by the statement's speaker for a clause in its content, by the
    naming verb's subject for 'call ACT WRONG'; none when the label is denied, asked or conditional."""
    t = Trigger(head=lab.head, event=lab.head, type=spec.type, mode=spec.mode, words=[lab.wrong])
    if is_negated(t) or in_question(t) or hypothetical(t, own=False) or _denied(lab):
        return None
    idx, st = statement_of(ctx, lab.head)
    if lab.wrong.dep_ == "oprd":
        actors = ents_in(ctx, _subject(lab.head), actor=True)
        start = lab.head.i
    elif st is not None and st.speaker is not None and not _reported_within(lab.head, st):
        actors, start = [st.speaker], lab.act.left_edge.i
    else:
        return None
    targets = [x for x in _doers(ctx, lab) if x not in actors]
    if not actors:
        return None
    end = lab.wrong.right_edge
    status: Status = "occurred" if st is None or st.certainty == "asserted" else "speculated"
    span = (ctx.doc[start].idx, end.idx + len(end.text))
    return Event(type=spec.type, evidence_span=span, trigger=lab.wrong.text, actors=actors, targets=targets,
                 status=status, source=st.speaker if st is not None else None, statement=idx, mode=spec.mode,
                 cameo=spec.code)


def _denied(lab: Label) -> bool:
    """'was not illegal', 'is no attack': a negation on the clause or on the wrong."""
    return any(c.dep_ == "neg" for c in lab.head.children) \
        or any(c.dep_ in ("det", "neg") and c.lower_ in ("no", "not") for c in lab.wrong.children)


def _reported_within(head: Token, st: Statement) -> bool:
    """'says Lord Goldsmith warned Tony Blair that the Iraq war could be illegal', 'if his advice
    accepted that military action might be illegal': the label is the complement of a verb inside
    the statement's own content, another's words or view that the speaker reports, not the speaker's."""
    tok = head
    while tok.dep_ in ("ccomp", "conj") and tok.head != tok:
        if tok.dep_ == "ccomp" and any(a <= tok.head.idx < b for a, b in st.content_spans):
            return True
        tok = tok.head
    return False


def _subject(verb: Token) -> Token | None:
    """The naming verb's subject, or its governor's for a participle ('the embassy ..., calling')."""
    while verb.dep_ in ("advcl", "conj", "xcomp") and child(verb, ("nsubj",)) is None:
        verb = verb.head
    return child(verb, ("nsubj",))


def _doers(ctx: Ctx, lab: Label) -> list[str]:
    """The parties the act's own phrase names as its doer: a possessive ('Russia's move'), a 'by'
    phrase of the act or of a participle on the wrong ('an attack organized by the services')."""
    found: list[str] = []
    for holder in (lab.act, lab.wrong, *[c for c in lab.wrong.children if c.dep_ == "acl"]):
        for c in holder.children:
            if c.dep_ == "poss" and holder is lab.act:
                found += ents_in(ctx, c)
            elif c.dep_ in ("agent", "prep") and c.lower_ == "by":
                found += ents_in(ctx, child(c, ("pobj",)))
    return list(dict.fromkeys(found))

