"""Links each statement's speaker and channel to an entity of the article.

The statements stage gives the speaker's mention ("he", "Latushko", "the Belarusian
opposition figure") and, when it found one, the named mention a pronoun or description stands
for. A mention already inside an entity decides; a pronoun or a definite person description
with no antecedent is read as the person who spoke last (news style: a quote, then "says the
opposition figure"); a description headed by a collective noun ("the Belarusian underground")
or a name nobody tagged becomes an entity of its own. A person described as a person's ("Prime Minister
Tony Blair's official spokesman", "his aide") whom nothing named stands for is someone the article does
not name: no entity, as "a spokesman" has none.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ...lexicons import view
from ...model import MentionKind, Span, Statement
from ...names import canonical_name, is_given_name, name_key, strip_the
from ...nlp.components import doc_text
from ...nlp.wordnet import first_class
from ..statements.antecedents import antecedent_of, holder_of_title
from ..statements.documents import share_of_people
from ..statements.lexicon import lexicon as statement_lexicon
from ..statements.name_kinds import phrase_head
from ..statements.wants import office_title, owned
from .candidates import Cand
from .clusters import Cluster, acronym_definitions, org_key, role_heads
from .lexicon import lexicon


@dataclass(frozen=True)
class Links:
    """data/statements_links.json: the words that decide how a speaker mention is linked."""

    name_connectors: frozenset[str]
    last_person_pronouns: frozenset[str]
    member_bodies: frozenset[str]


def _links() -> Links:
    return view(Links, "statements_links.json")


def _holder(span: Span, clusters: list[Cluster], text: str, head_only: bool = False) -> Cluster | None:
    """The cluster whose mention overlaps SPAN most; with HEAD_ONLY, only a mention holding the
    phrase's last word counts ('Belarusian' does not make 'the Belarusian underground' Belarus).
    A 'name' in lower case holds no speaker: NER's 'defence ministry' is no name, 'Russia's
    defence ministry' around it is the speaker's own."""
    phrase = text[span[0]:span[1]].rstrip()
    head = span[0] + len(phrase) - len(phrase.rsplit(" ", 1)[-1]) if head_only else span[0]
    best, most = None, 0
    for k in clusters:
        for c in k.cands:
            if c.kind == "name" and c.text.islower():
                continue
            ov = min(span[1], c.span[1]) - max(span[0], c.span[0])
            if ov > most and c.span[1] > head:
                best, most = k, ov
    return best


def _holds_whole(k: Cluster, span: Span) -> bool:
    """Whether one of K's mentions covers all of SPAN: 'UK' inside the antecedent 'UK Coal' (the
    tagger's GPE at the firm's first mention) holds only part of it."""
    return any(c.span[0] <= span[0] and span[1] <= c.span[1] for c in k.cands)


def _demonym_inside(k: Cluster, span: Span) -> bool:
    """'said Swiss Re' with only 'Swiss' tagged there (NORP): a people's name that covers part of a
    speaker's name is the start of an organisation's name (Swiss Re, Japan Airlines' 'Japan' is a
    GPE), never the speaker; the entity spelled as the whole name is (``_spelled_like``)."""
    return k.label == "NORP" and not _holds_whole(k, span)


def _spelled_like(name: str, clusters: list[Cluster]) -> Cluster | None:
    """The cluster with a name spelled as NAME: an antecedent the tagger left out of every entity
    ('Electrolux' untagged in the first sentence, tagged later) is that entity."""
    key = name.strip().lower()
    return next((k for k in clusters for c in k.cands if c.kind == "name" and c.text.lower() == key), None)


def _kind(text: str) -> MentionKind:
    words = text.split()
    if text.lower() in lexicon().pronouns:
        return "pronoun"
    if all(w[:1].isupper() for w in words if w.lower() not in _links().name_connectors) and words[0][:1].isupper():
        return "name"
    return "description"


def _person_before(at: int, clusters: list[Cluster]) -> Cluster | None:
    """The person named last before AT (for a pronoun or description when no one has spoken yet)."""
    named = [(c.span[0], k) for k in clusters if k.label == "PERSON" for c in k.cands
             if c.kind == "name" and c.span[1] <= at]
    return max(named, key=lambda p: p[0])[1] if named else None


def _new_speaker(text: str, span: Span, kind: str, last_person: Cluster | None,
                 clusters: list[Cluster], head_class: str | None = None) -> Cluster | None:
    """A speaker no entity holds, as an entity of its own: an organisation's when its head says so,
    by the lexicons or, for a description, by the WordNet class of its head's first sense
    (HEAD_CLASS: 'the German and Danish governments', 'the Swiss firm' are groups), else a person's."""
    words = text.lower().split()
    head = words[-1] if words else ""
    if kind == "pronoun":
        return last_person if words[0] in _links().last_person_pronouns else None
    if _unnamed(text):
        return None
    is_org = head in lexicon().org_heads or head in statement_lexicon().speakers.organisation_words \
        or (kind == "description" and head_class == "group")
    if kind == "description" and head in statement_lexicon().speakers.person_nouns and last_person is not None:
        return last_person
    name = strip_the(text)
    offset = len(text) - len(name)
    k = Cluster("ORG" if is_org else "PERSON", key=org_key(name) if is_org else f"None|{name_key(name)}")
    k.cands.append(Cand((span[0] + offset, span[1]), name, k.label, "name" if is_org or kind == "name" else "description"))
    clusters.append(k)
    return k


def _unnamed(text: str) -> bool:
    """'a spokesman', 'some officials': a description that introduces someone the article does not name."""
    words = text.lower().split()
    return bool(words) and words[0] in statement_lexicon().speakers.indefinite_determiners


def _speaker(doc: Doc, st: Statement, last_person: Cluster | None, clusters: list[Cluster]) -> Cluster | None:
    text = doc_text(doc)[st.speaker_span[0]:st.speaker_span[1]].strip() if st.speaker_span else ""
    ante = doc_text(doc)[st.speaker_antecedent[0]:st.speaker_antecedent[1]] if st.speaker_antecedent else ""
    if _unnamed(ante) or (st.speaker_antecedent is not None and _someone_of(doc, st.speaker_antecedent)):
        return None             # 'the spokesman' standing for the unnamed 'a Home Office spokesman' before
    if st.speaker_antecedent is None and st.speaker_span is not None and _share_of_people(doc, st.speaker_span):
        return None             # 'More than half said': no one the ledger names
    member = _member_of(doc, st, clusters) if text and _kind(text) == "description" else None
    if member is not None:
        return _body_linked_to(doc, st.speaker_span, member, clusters)
    body = _body_of_owner(doc, st, clusters) if text and _kind(text) == "description" else None
    if body is not None:
        _add_mention(doc, st.speaker_span, body, clusters)
        return body
    head_class = _head_class(doc, st.speaker_span) if text else None
    authored = bool(text) and (text.lower().split()[-1] in lexicon().document_nouns or head_class == "communication")
    order = ((st.speaker_antecedent, False), (st.speaker_span, not authored))
    if text and _kind(text) == "name":      # a name stands for itself, whatever antecedent came with it
        order = order[::-1]
    for span, head_only in order:
        home = _holder(span, clusters, doc_text(doc), head_only or _body_named(ante)) if span else None
        if home is not None and span is not None and _demonym_inside(home, span):
            home = _spelled_like(doc_text(doc)[span[0]:span[1]], clusters)
        if span is not None and span == st.speaker_antecedent and (home is None or not _holds_whole(home, span)):
            home = _spelled_like(ante, clusters) or home
        if home is None and span is not None and span == st.speaker_antecedent and _body_named(ante):
            home = _new_speaker(ante, span, "description", None, clusters)
        if home is None and span is not None and span == st.speaker_antecedent and _untagged_body(text, ante) \
                and _named_as_subject(doc, span):
            home = _new_body(ante, span, clusters)
        if home is None and span is not None and span == st.speaker_antecedent and _stands_for_person(text):
            home = _untagged_person(doc, span, clusters)
        if home is not None:
            if not authored:
                _add_mention(doc, st.speaker_span, home, clusters)
            return home
    if not text or authored or st.speaker_span is None or _someone_of(doc, st.speaker_span):
        return None
    before = last_person or _person_before(st.speaker_span[0], clusters)
    if before is not None and _not_theirs(doc, st.speaker_span, before):
        before = None
    home = _new_speaker(text, st.speaker_span, _kind(text), before, clusters, head_class)
    if home is not None:
        _add_mention(doc, st.speaker_span, home, clusters)
    return home


def _body_of_owner(doc: Doc, st: Statement, clusters: list[Cluster]) -> Cluster | None:
    """'The secretariat of the alliance', "the Kremlin's press office", "Putin's press service": a
    body the text describes by a part (an organisation's head noun) and its owner (a possessive or an
    'of' phrase) and never names is a body of its own, named as CAMEO composes actors: the owner's
    shortest name before the part for a body or place ('NATO secretariat'), the part 'of' the person
    ('Press service of Vladimir Putin'). The owner is the entity the owner's words are a mention of;
    for an owner described as a body ('of the alliance'), the body (never a person) the description
    was resolved to, when that one is not the part itself (its names lack the part's head); for a
    pronoun owner ('his press service', 'its press office'), the entity the pronoun stands for. An
    adjective of an office ('the presidential press service') owns the part for that office's holder,
    when the article names one. A part with no owner ('the ministry') is left as it was, unless a
    body composed before has the same part ('the press service' after "Putin's press service"): that
    body."""
    span = st.speaker_span
    sp = doc.char_span(span[0], span[1], alignment_mode="expand") if span else None
    if span is None or sp is None or sp.root.pos_ != "NOUN" or not _body_head(sp.root.lower_, sp.root.lemma_.lower()):
        return None
    owner_tok = _owner_word(sp.root)
    office = _office_adjective(sp.root) if owner_tok is None else None
    text = doc_text(doc)
    if owner_tok is not None:
        owner = _owner_entity(doc, st, owner_tok, clusters)
        part = _part_words(sp.root)
    elif office is not None and (owner := _office_holder(doc, span[0], office, clusters)) is not None:
        part = _part_words(sp.root, without=office)     # 'the presidential press service': the president's
    elif (owner := _state_of(st, sp.root, clusters, text)) is not None:
        part = _part_words(sp.root)                     # 'Venezuela ... the government insisted'
    else:
        return _body_named_before(_part_words(sp.root), span[0], clusters)
    if owner is None or owner.label not in ("PERSON", "ORG", "GPE") \
            or any(sp.root.lower_ in n.lower().split() or sp.root.lemma_.lower() in n.lower().split()
                   for n in owner.names()):
        return None
    name = _composed_name(part, owner, text)
    key = org_key(name)
    found = next((k for k in clusters if k.key == key), None)
    if found is not None:
        return found
    k = Cluster("ORG", key=key)
    k.cands.append(Cand(span, text[span[0]:span[1]], "ORG", "description", person=name))
    clusters.append(k)
    return k


def _member_of(doc: Doc, st: Statement, clusters: list[Cluster]) -> Cluster | None:
    """The person who owns a body they belong to ('his party', "Mr Kennedy's party", the
    ``member_bodies`` heads), when the speaker is one: such a body is no part of the person (as
    "Putin's press service" is) but the body the article links them to (``_body_linked_to``)."""
    span = st.speaker_span
    sp = doc.char_span(span[0], span[1], alignment_mode="expand") if span else None
    if sp is None or sp.root.pos_ != "NOUN" or sp.root.lemma_.lower() not in _links().member_bodies:
        return None
    owner_tok = _owner_word(sp.root)
    owner = _owner_entity(doc, st, owner_tok, clusters) if owner_tok is not None else None
    return owner if owner is not None and owner.label == "PERSON" else None


def _body_linked_to(doc: Doc, span: Span | None, person: Cluster, clusters: list[Cluster]) -> Cluster | None:
    """The one organisation the article links PERSON to (``_linked_bodies``), with the speaker's
    mention at SPAN added to it; none when the article links them to none or to several: the
    mention stays unresolved rather than an entity composed from the person's name."""
    linked = _linked_bodies(doc, person, clusters)
    if len(linked) != 1:
        return None
    _add_mention(doc, span, linked[0], clusters)
    return linked[0]


def _linked_bodies(doc: Doc, person: Cluster, clusters: list[Cluster]) -> list[Cluster]:
    """The organisations named in the phrase of one of PERSON's mentions ('Lib Dem leader Charles
    Kennedy', "the Lib Dems' Charles Kennedy", 'Charles Kennedy, leader of the Liberal Democrats')
    or owned by a pronoun that stands for them ('his Liberal Democrats'), each once."""
    found: list[Cluster] = []
    for c in person.cands:
        sp = doc.char_span(c.span[0], c.span[1], alignment_mode="expand")
        for tok in _modifiers(sp.root) if sp is not None else []:
            k = _organisation_at(tok, clusters)
            if k is not None and k not in found:
                found.append(k)
    found += [k for k in _bodies_owned_by(doc, person, clusters) if k not in found]
    return found


def _organisation_at(tok: Token, clusters: list[Cluster]) -> Cluster | None:
    """The organisation with a mention at TOK: 'Conservative' of 'Conservative leader Michael
    Howard', whose title mention ('Conservative leader', the person's) covers the same word."""
    return next((k for k in clusters if k.label == "ORG" for c in k.cands
                 if c.span[0] <= tok.idx < c.span[1] and not (c.kind == "name" and c.text.islower())), None)


def _modifiers(head: Token) -> list[Token]:
    """The words that modify a mention's head inside its noun phrase: compounds, adjectives, possessives,
    appositions and their own modifiers, and the object of an 'of' ('leader of the party')."""
    out: list[Token] = []
    for c in head.children:
        if c.dep_ in ("compound", "amod", "poss", "appos", "nmod"):
            out += [c, *_modifiers(c)]
        elif c.dep_ == "prep" and c.lower_ == "of":
            out += [g for g in c.children if g.dep_ == "pobj"]
    return out


def _bodies_owned_by(doc: Doc, person: Cluster, clusters: list[Cluster]) -> list[Cluster]:
    """The organisations a pronoun standing for PERSON owns ('Charles Kennedy has told voters his
    Liberal Democrats will ...')."""
    text = doc_text(doc)
    out: list[Cluster] = []
    for k in clusters:
        if k.label != "ORG" or k is person:
            continue
        for c in k.cands:
            sp = doc.char_span(c.span[0], c.span[1], alignment_mode="expand")
            poss = [t for t in sp.root.children if t.dep_ == "poss" and t.pos_ == "PRON"] if sp is not None else []
            ante = antecedent_of(poss[0]) if poss else None
            if ante is not None and _holder(ante, clusters, text) is person and k not in out:
                out.append(k)
    return out


def _owner_entity(doc: Doc, st: Statement, owner_tok: Token, clusters: list[Cluster]) -> Cluster | None:
    """The entity the owner's words are a mention of: for a pronoun ('his press service', 'its press
    office'), the entity of the named mention it stands for (``antecedent_of``: the nearest compatible
    one); for an owner described as a body ('of the alliance'), the body (never a person) the
    description was resolved to."""
    text = doc_text(doc)
    if owner_tok.pos_ == "PRON":
        ante = antecedent_of(owner_tok)
        return _holder(ante, clusters, text) if ante is not None else None
    owner = _holder((owner_tok.left_edge.idx, owner_tok.idx + len(owner_tok)), clusters, text, True)
    if owner is None and st.speaker_antecedent is not None and _body_head(owner_tok.lower_, owner_tok.lemma_.lower()):
        found = _holder(st.speaker_antecedent, clusters, text)      # 'of the bloc': the body the phrase stands for
        owner = found if found is not None and found.label in ("ORG", "GPE") else None   # a body, never a person
    return owner


def _state_of(st: Statement, head: Token, clusters: list[Cluster], text: str) -> Cluster | None:
    """The state a body it has one of ('the government', ``whole_state_bodies``) was resolved to by
    the statements room (``state_of_body``: the state named last as a subject before it): the body is
    that state's, named as CAMEO composes it ('Venezuela government'), not the state itself."""
    if head.lemma_.lower() not in statement_lexicon().speakers.whole_state_bodies or st.speaker_antecedent is None:
        return None
    state = _holder(st.speaker_antecedent, clusters, text)
    return state if state is not None and state.label == "GPE" else None


def _office_holder(doc: Doc, at: int, office: Token, clusters: list[Cluster]) -> Cluster | None:
    """The person who holds the office an adjective names ('presidential': the one the article
    titles president, else the untitled person it leads with; ``holder_of_title``)."""
    holder = holder_of_title(doc, at, _office_of(office.lower_) or "")
    owner = _holder(holder, clusters, doc_text(doc)) if holder is not None else None
    return owner if owner is not None and owner.label == "PERSON" else None


def _body_head(word: str, lemma: str) -> bool:
    """An organisation's head noun, by the lexicons or WordNet's group class ('commission',
    'press service', 'office'); never a person's ('spokesman') or a thing's."""
    if lemma in statement_lexicon().speakers.person_nouns:
        return False
    return word in lexicon().org_heads or word in statement_lexicon().speakers.organisation_words \
        or first_class(lemma) == "group"


def _part_words(head: Token, without: Token | None = None) -> str:
    """The part's words: its head with the lower-case nouns and adjectives before it ('press
    service', 'presidential office'), without determiners or possessives, nor WITHOUT (the
    adjective that names its owner: 'press service' of 'the presidential press service')."""
    words = [c.text for c in head.lefts if c.dep_ in ("compound", "amod") and c.text.islower() and c != without]
    return " ".join(words + [head.text])


def _office_adjective(head: Token) -> Token | None:
    """'the presidential press service', 'the ministerial office': an adjective before a body's
    head that is the adjective of a person's office (``_office_of``) names that office's holder as
    the body's owner."""
    return next((c for c in head.lefts if c.dep_ == "amod" and c.text.islower() and _office_of(c.lower_)), None)


def _office_of(adjective: str) -> str | None:
    """The title a relational adjective is formed from ('presidential' -> 'president', 'ministerial'
    -> 'minister', 'mayoral' -> 'mayor'), when the titles lexicon holds it as a person's title;
    None for any other adjective ('official', 'federal')."""
    for suffix in ("ial", "al"):
        stem = adjective[:-len(suffix)] if adjective.endswith(suffix) else ""
        if stem and stem in lexicon().person_heads:
            return stem
    return None


def _owner_word(head: Token) -> Token | None:
    """The owner of a part: its possessive ('the Kremlin's', 'his') or the object of its 'of'."""
    for c in head.children:
        if c.dep_ == "poss":
            return c
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            return next((g for g in c.children if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN", "PRON")), None)
    return None


def _composed_name(part: str, owner: Cluster, text: str) -> str:
    """A part's name by its owner: 'Press service of Alexander Lukashenko' for a person's, the
    owner's shortest name (an acronym the article spells out for it included) before it for a
    body's or a place's ('ECOWAS commission')."""
    names = owner.names() or [c.person or c.text for c in owner.cands]
    if owner.label == "PERSON":
        return f"{part[:1].upper()}{part[1:]} of {canonical_name(names)}"
    names += list(acronym_definitions(text, owner.cands))
    short = min((strip_the(n) for n in names), key=lambda n: (len(n.split()), len(n)))
    return f"{short} {part}"


def _body_named_before(part: str, at: int, clusters: list[Cluster]) -> Cluster | None:
    """The body composed from an owner earlier whose part is written the same ('the press service'
    after "Lukashenko's press service")."""
    bodies = [(c.span[0], k) for k in clusters for c in k.cands
              if c.person and k.label == "ORG" and c.span[0] < at and _part_of(c.person, part)]
    return max(bodies, key=lambda b: b[0])[1] if bodies else None


def _part_of(name: str, part: str) -> bool:
    """NAME was composed with PART: 'Press office of X' or 'X press office'."""
    low, part = name.lower(), part.lower()
    return low.startswith(part + " of ") or low.endswith(" " + part)


def _head_class(doc: Doc, span: Span | None) -> str | None:
    """The WordNet class of the first sense of a speaker phrase's head, as written when WordNet lists
    that form ('minutes': communication, a document whose author speaks, never a person of that
    name), else by its lemma ('comments': communication; 'governments': a group); none for a noun
    the speakers lexicon knows for a person."""
    sp = doc.char_span(span[0], span[1], alignment_mode="expand") if span else None
    if sp is None or sp.root.pos_ != "NOUN" or sp.root.lemma_.lower() in statement_lexicon().speakers.person_nouns:
        return None         # 'the opposition figure' is a person, whatever WordNet's first sense ('a diagram')
    return first_class(sp.root.lower_) or first_class(sp.root.lemma_.lower())


def _untagged_body(text: str, ante: str) -> bool:
    """'Metrovias, the private firm which runs the tube ... The firm promised ... It said': a name
    nobody tagged, which a body's pronoun ('it') or a description headed by a body's word ('the firm',
    ``_body_head``; not a plural, 'the two firms') stands for, is an organisation's name no entity
    holds yet; a title is none ('Prime Minister')."""
    if _kind(ante) != "name" or ante.lower().split()[-1] in lexicon().person_heads:
        return False            # 'Prime Minister' of "Prime Minister's question time" is an office
    words = text.lower().split()
    if _kind(text) == "pronoun":
        sp = statement_lexicon().speakers
        return words[0] in sp.body_pronouns or words[0] in sp.body_possessives
    return _kind(text) == "description" and _body_head(words[-1], words[-1])


def _named_as_subject(doc: Doc, span: Span) -> bool:
    """Whether the name at SPAN is the subject of its clause ('Metrovias, the private firm ..., has
    offered'): an untagged name in another role ('the broadcasts of the channel TV5Monde') is no
    body the statements room's nearest-name reading may be trusted to have found."""
    sp = doc.char_span(span[0], span[1], alignment_mode="expand")
    return sp is not None and phrase_head(sp.root).dep_ in ("nsubj", "nsubjpass")


def _new_body(name: str, span: Span, clusters: list[Cluster]) -> Cluster:
    """An organisation of its own, named NAME at SPAN (``_untagged_body``)."""
    bare = strip_the(name)
    k = Cluster("ORG", key=org_key(bare))
    k.cands.append(Cand((span[0] + len(name) - len(bare), span[1]), bare, "ORG", "name"))
    clusters.append(k)
    return k


def _stands_for_person(text: str) -> bool:
    """'he', 'she', 'the engineer': a speaker mention that can only stand for a person."""
    words = text.lower().split()
    if not words:
        return False
    if _kind(text) == "pronoun":
        return words[0] in _links().last_person_pronouns
    return _kind(text) == "description" and words[-1] in statement_lexicon().speakers.person_nouns


def _title_word(tok: Token) -> bool:
    """'Mr', 'Dr', 'Boss', 'Farmer': an honorific, or a noun for a person (the titles lexicon's or one
    whose first WordNet sense is a person), as written before a person's name."""
    word = tok.text.lower().rstrip(".")
    return lexicon().honorific(tok.text) or word in lexicon().person_heads or first_class(word) == "person"


def _untagged_person(doc: Doc, span: Span, clusters: list[Cluster]) -> Cluster | None:
    """'Boss Henk Addink ... he says', with the name the tagger left untyped: a proper name of a
    person's shape (a given name opens it, a title or an honorific comes before it, or a person noun
    stands in apposition to it: 'Henk Addink, the firm's boss') is a person of its own, the pronoun's
    (before, 'he' went to whoever was named last). A description is never one, nor a name of another
    shape (a firm's or a place's: the bodies' rule, ``_untagged_body``, decides those)."""
    sp = doc.char_span(span[0], span[1], alignment_mode="expand")
    if sp is None or _kind(sp.text) != "name":
        return None
    toks = list(sp)
    titled = sp.start > 0 and _title_word(doc[sp.start - 1])
    while toks and _title_word(toks[0]):
        titled, toks = True, toks[1:]
    if not toks or not all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in toks):
        return None
    if not (titled or (len(toks) > 1 and is_given_name(toks[0].text)) or _person_in_apposition(sp)):
        return None
    bare = doc[toks[0].i:toks[-1].i + 1]
    k = Cluster("PERSON", key=f"None|{name_key(bare.text)}")
    k.cands.append(Cand((bare.start_char, bare.end_char), bare.text, "PERSON", "name"))
    clusters.append(k)
    return k


def _person_in_apposition(sp: SpacySpan) -> bool:
    """Whether a noun for a person stands in apposition to the name ('Henk Addink, the firm's boss')."""
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and _title_word(c) for c in sp.root.children)


def _body_named(text: str) -> bool:
    """'UK government', 'Indian government': an antecedent that names a state body by its country,
    which no entity may hold yet; it becomes one of its own (not the country 'UK' it contains)."""
    words = text.lower().split()
    return len(words) > 1 and words[0] not in statement_lexicon().speakers.definite_determiners \
        and words[-1] in statement_lexicon().speakers.state_bodies


def _share_of_people(doc: Doc, span: Span) -> bool:
    """'More than half of 2,000 people surveyed', 'Only 11%': a share of a poll's respondents is no
    one the ledger names (``documents.share_of_people``); the poll's author, where the article names
    one, is the statement's antecedent."""
    sp = doc.char_span(span[0], span[1], alignment_mode="expand")
    return sp is not None and share_of_people(sp.root, statement_lexicon())


def _someone_of(doc: Doc, span: Span) -> bool:
    """'Mr Putin's lawyer', 'his adviser': a person described as a person's (a name, a pronoun or a
    title owns them), whom nothing before stood for, is someone the article does not name, as 'a
    spokesman' is: no entity of their own (the description is no one's name), and not the owner
    either (a spokesperson's words are the owner's: the statements room gives those the owner as
    antecedent, ``bodies.voice_of_owner``). An office of a body or a country ('Japan's chief cabinet
    secretary') is one holder's, and a group of a person's (their lawyers) a party of its own: both
    stay the entity they were."""
    sp = doc.char_span(span[0], span[1], alignment_mode="expand")
    if sp is None or sp.root.lemma_.lower() not in statement_lexicon().speakers.person_nouns or sp.root.tag_ == "NNS":
        return False        # 'Mr Ebbers' lawyers' are a group that acts, kept as the party of its events
    return any(c.dep_ == "poss" and (c.ent_type_ == "PERSON" or c.pos_ == "PRON" or c.lemma_.lower() in lexicon().person_heads)
               for c in sp.root.children)


def _not_theirs(doc: Doc, span: Span, person: Cluster) -> bool:
    """A description that names whose it is ('Mr Putin's spokesman'), or an office ('the home
    secretary') when the person who spoke last was given another ('Tory spokesman Simon Hale'),
    is someone new, not that person (statements/wants.py decides the same)."""
    sp = doc.char_span(span[0], span[1], alignment_mode="expand")
    if sp is None:
        return False
    roles = role_heads(person)
    return owned(sp.root) or (office_title(sp.root, statement_lexicon()) and bool(roles)
                              and sp.root.lower_ not in roles)


def _add_mention(doc: Doc, span: Span | None, home: Cluster, clusters: list[Cluster]) -> None:
    """Adds the speaker's own mention to HOME unless some entity already holds it."""
    if span is None or _holder(span, clusters, doc_text(doc), True) is not None:
        return
    text = doc_text(doc)[span[0]:span[1]]
    home.cands.append(Cand(span, text, home.label, _mention_kind(doc, span, text)))


def _mention_kind(doc: Doc, span: Span, text: str) -> MentionKind:
    """The kind of a speaker's mention added to its entity: 'Ministers' or 'Members' opening a
    sentence is capitalised but no name (its words are common nouns): a description of the body."""
    kind = _kind(text)
    sp = doc.char_span(span[0], span[1], alignment_mode="expand")
    if kind == "name" and sp is not None and all(t.pos_ == "NOUN" and not t.ent_type_ for t in sp):
        return "description"
    return kind


def _channel(doc: Doc, name: str, near: int, clusters: list[Cluster]) -> Cluster | None:
    """The entity named like the channel, else a new ORG at the channel's nearest occurrence."""
    key = org_key(name)
    found = next((k for k in clusters for n in k.names() if org_key(n) == key), None)
    if found is not None:
        return found
    spots = [m.start() for m in re.finditer(re.escape(name), doc_text(doc))]
    if not spots:
        return None
    at = min(spots, key=lambda s: abs(s - near))
    k = Cluster("ORG", key=key)
    k.cands.append(Cand((at, at + len(name)), name, "ORG"))
    clusters.append(k)
    return k


def _position(st: Statement) -> int:
    span = st.speaker_span or st.cue_span or st.content_span
    return span[0]


def link_statements(doc: Doc, statements: list[Statement],
                    clusters: list[Cluster]) -> list[tuple[Cluster | None, Cluster | None]]:
    """(speaker cluster, channel cluster) of each statement, in the order given; may add
    clusters and mentions to CLUSTERS."""
    out: dict[int, tuple[Cluster | None, Cluster | None]] = {}
    last_person = None
    for i in sorted(range(len(statements)), key=lambda i: _position(statements[i])):
        st = statements[i]
        speaker = _speaker(doc, st, last_person, clusters)
        if speaker is not None and speaker.label == "PERSON":
            last_person = speaker
        channel = None
        if isinstance(st.channel, str) and st.channel.strip():
            channel = _channel(doc, st.channel.strip(), _position(st), clusters)
        out[i] = (speaker, channel)
    return [out[i] for i in range(len(statements))]
