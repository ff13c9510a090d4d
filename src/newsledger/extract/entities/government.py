"""The speaker an unnamed 'the government' is: the government of the country the article is about.

The statements room gives a state's whole body ('the government') the state named last as a
subject within reach or the state its first sentence is about (``statements.bodies.state_of_body``);
a British report that leads with a person names no state there, so its 'The government says ...'
kept no speaker. CAMEO and PLOVER code an unnamed government by context, and the events room
already does (``events.descriptions._home_government``): here its speaker is the same body, read
once the article's places are geocoded, since the country comes from them.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ...model import Entity, Mention, Span, Statement
from ...nlp.components import doc_text
from ...nlp.wordnet import first_class
from ...vocab import MentionKind
from ..statements.lexicon import lexicon as statement_lexicon
from ..statements.name_kinds import ROLES
from .lexicon import OFFICES


def home_government_speakers(doc: Doc, entities: list[Entity], statements: Sequence[Statement]) -> None:
    """'The government says most of those on the minimum wage are women', 'The minimum wage will
    rise in October, the government has announced': a statement whose speaker is a bare state's
    body ('the government', nothing before it but 'the' and nothing after it that says whose) that
    no state named in the text was found for is spoken by the government of the article's home
    country (``speaking_country``), named as the events room names it ('United Kingdom government') so the
    ledger holds one body for both; none when that country is unclear. A pronoun the statements
    room read as continuing it ('It also pledged', ``antecedents._state_body_before``) is the same
    body. Adds the entity (or the mention to the one already made) and sets the statements' speaker."""
    home: Entity | None = None
    given: dict[Span, Entity] = {}
    for st in sorted(statements, key=lambda s: s.speaker_span or (len(doc_text(doc)), 0)):
        if st.speaker is not None or st.speaker_span is None:
            continue
        head = _unowned_state_body(doc, st)
        if st.speaker_antecedent in given:          # 'It also pledged', continuing it
            _speaks(given[st.speaker_antecedent], st, doc, "pronoun")
        if head is None:
            continue
        home = home or speaking_country(doc, entities)
        if home is None:
            return
        given[st.speaker_span] = _speaks(_government_of(home, head, entities), st, doc, "description")


def _speaks(body: Entity, st: Statement, doc: Doc, kind: MentionKind) -> Entity:
    """BODY is ST's speaker, its speaker's words a mention of BODY."""
    if st.speaker_span is not None:
        body.mentions.append(Mention(st.speaker_span, doc_text(doc)[slice(*st.speaker_span)], kind))
    st.speaker = body.id
    return body


def speaking_country(doc: Doc, entities: list[Entity]) -> Entity | None:
    """The country whose government an unnamed 'the government' that speaks is: the one whose
    cabinet offices the article names ('Transport Secretary Alistair Darling': ``cabinet_country``),
    else the one its places mostly lie in (``one_country``) when the article names it as a doer,
    the subject of a clause ('Argentina is set to close its debt offer'); a country that is only
    where things happen ('sent Gurkhas to Indonesia ... talks with Indonesia ... the government
    said', 'Farmers began talks with Peru. The government said') says nothing of whose government
    speaks: none."""
    country = cabinet_country(doc, entities)
    if country is not None:
        return country
    country = one_country(entities)
    acting = country is not None and any(_subject(doc, m.span) for m in country.mentions if m.kind == "name")
    return country if acting else None


def _subject(doc: Doc, span: Span) -> bool:
    """The name at SPAN is the subject of a clause (active or passive)."""
    sp = doc.char_span(*span, alignment_mode="expand")
    return sp is not None and sp.root.dep_ in ROLES


def _unowned_state_body(doc: Doc, st: Statement) -> Token | None:
    """The head of a speaker written as 'the government' (a ``whole_state_bodies`` noun whose first
    WordNet sense is a group, singular, with 'the' its only dependent: not 'the previous
    government', 'the Labour government', 'the government of Iraq'); None for any other speaker,
    or one that came with an antecedent (a pronoun or a description resolved to someone)."""
    if st.speaker_span is None or st.speaker_antecedent is not None:
        return None
    sp = doc.char_span(*st.speaker_span, alignment_mode="expand")
    if sp is None or len(sp) != 2:
        return None
    head = sp.root
    if head.tag_ != "NN" or head.lemma_.lower() not in statement_lexicon().speakers.whole_state_bodies \
            or first_class(head.lemma_.lower()) != "group":
        return None
    return head if [c.lower_ for c in head.children] == ["the"] else None


def _government_of(home: Entity, head: Token, entities: list[Entity]) -> Entity:
    """The article's entity for HOME's body (HEAD's word after the country's name), added when new."""
    name = f"{home.name} {head.lower_}"
    found = next((e for e in entities if e.type == "ORG" and e.name.lower() == name.lower()), None)
    if found is not None:
        return found
    free = 1 + max((int(e.id[1:]) for e in entities if e.id[1:].isdigit()), default=0)
    body = Entity(id=f"e{free}", name=name, type="ORG")
    entities.append(body)
    return body


def cabinet_country(doc: Doc, entities: list[Entity]) -> Entity | None:
    """'Home Secretary Charles Clarke', 'the chancellor of the exchequer': an article naming the
    offices of one country's cabinet (data/government_offices.json) and of no other's is about
    that country's government; the country as the article names it, else by its state's name. An
    office after a country or nationality ('US Defense Secretary', 'Iraq's foreign secretary')
    says whose it is and is not counted. None when no office or the offices of two countries are named."""
    text = doc.text.lower()
    found = {code for code, cabinet in OFFICES.countries.items() for office in cabinet.offices
             for m in re.finditer(rf"\b{re.escape(office)}\b", text) if not _owned_office(doc, m.start())}
    if len(found) != 1:
        return None
    code = found.pop()
    named = [e for e in entities if e.geo is not None and e.geo.country == code and e.geo.level == "country"]
    if named:
        return max(named, key=lambda e: len(e.mentions))
    return Entity(id=f"country:{code.lower()}", name=OFFICES.countries[code].name, type="GPE")


def _owned_office(doc: Doc, start: int) -> bool:
    """An office title at character START set after a country or a people ('US', 'Iraq's',
    'American'), which says the office is that country's."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = doc[span.start - 1]
    if before.tag_ == "POS" and before.i > 0:
        before = doc[before.i - 1]
    return before.ent_type_ in ("GPE", "NORP")


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
