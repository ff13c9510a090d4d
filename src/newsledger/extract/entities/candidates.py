"""Candidate mentions of one article: spaCy's entities, repaired for translated news.

The small English model makes a few errors again and again on machine-translated news: a
title swallows a place and a name ("the Republic of Belarus Viktor Khrenin" as one GPE), a
surname comes out as an ORG ("Nayev"), a country as an ORG ("that Belarus joins"), and a
description of a person ("the Kremlin leader") as an ORG. Each repair here is a general rule
driven by the gazetteer (extract/places.py) and the lexicons in data/titles_en.json and
data/roles_aliases.json.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ...model import MentionKind, Span
from ...names import is_first_name, is_given_name
from ...nlp.components import doc_ents, doc_text
from ...nlp.wordnet import first_class, sport_word, verb_only
from ..places import is_place, looks_place, only_town, place_name
from ..spans import inside
from .lexicon import (
    Role,
    english,
    institution_word,
    is_common_noun,
    is_government_seat,
    lexicon,
    local_institution,
    military_tail,
    role_aliases,
)

KEPT_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"}


@dataclass
class Cand:
    """A mention before clustering: where, what kind, and any link already known."""

    span: Span
    text: str
    label: str
    kind: MentionKind = "name"
    holder: Span | None = None          # the name span this title/description belongs to
    person: str | None = None           # a role alias's holder ("Vladimir Putin")
    roles: list[str] = field(default_factory=list)
    key: str | None = None              # a fixed clustering key (armies: "MIL:Russia")
    longer: str | None = None           # an ORG name with the place NER left out ('... in Europe')
    ner: str | None = None              # the label spaCy's NER gave the span, before any repair


_NOT_NAME_TAGS = {"RB", "VB", "CC", "IN", "UH", "WR", "MD"}


def _trim(ent: SpacySpan) -> SpacySpan | None:
    """Drops a leading article or adverb ('Later Andriy Kovalenko'), a person's honorific ('Ms
    Papini' is Papini, who is Sherri Papini) and a trailing possessive, punctuation or function word
    from an entity span: a name ends in no word of a closed class written in lower case, which the
    tagger runs a name into ('Linda Kasabian - the', 'Bee Gees and', 'Mary be', 'United through';
    ``_function_word``)."""
    s, e = ent.start, ent.end
    titles = lexicon()
    while s < e and (ent.doc[s].lower_ in english().articles or e - s > 1 and ent.doc[s].tag_[:2] in _NOT_NAME_TAGS
                     or e - s > 1 and ent.doc[s].tag_ == "PRP$" and ent.doc[s].is_lower       # 'their Nobel Prizes'
                     or ent.label_ == "PERSON" and e - s > 1 and (ent.doc[s].tag_ not in ("NNP", "NNPS")
                                                                  or titles.honorific(ent.doc[s].text))):
        s += 1
    while e > s and (ent.doc[e - 1].text in ("'s", "’s", "'") or ent.doc[e - 1].is_punct or ent.doc[e - 1].is_space
                     or e - s > 1 and _function_word(ent.doc[e - 1])):
        e -= 1
    while s < e and ent.doc[s].is_space:
        s += 1
    e = _before_a_pair_of_words(ent.doc, s, e)
    if e - s > 1 and _imperative_on_a_page(ent.doc[s], ent.doc[s + 1:e].text):
        s += 1
    span = ent.doc[s:e] if e > s else None
    return span if span is not None and any(ch.isalnum() for ch in span.text) else None


def _function_word(t: Token) -> bool:
    """T is a word of a closed class (a determiner, preposition, conjunction, pronoun, auxiliary or
    particle, by spaCy's universal part of speech) written in lower case: 'the', 'of', 'and', 'be'."""
    return t.is_lower and t.pos_ in _CLOSED_CLASSES


_CLOSED_CLASSES = frozenset({"DET", "ADP", "CCONJ", "SCONJ", "PRON", "AUX", "PART"})


def _before_a_pair_of_words(doc: Doc, s: int, e: int) -> int:
    """Where the name in tokens S..E ends: before an '&' followed by a word in lower case that is no
    function word and holds no capital ('CPG & retail', 'NY & national', 'Home & garden'): a list of
    kinds or categories the tagger ran past a name, of which no firm's name is made ('Marsh &
    McLennan', 'Android & iOS', 'Talkspace & the Journal of Telemedicine' keep theirs)."""
    for i in range(s + 1, e - 1):
        nxt = doc[i + 1]
        if doc[i].text == "&" and nxt.is_alpha and nxt.is_lower and not nxt.is_stop:
            e = i
            break
    while e > s and (doc[e - 1].is_punct or doc[e - 1].is_space):
        e -= 1
    return e


def _imperative_on_a_page(t: Token, rest: str) -> bool:
    """On a page that is no news, T opens its sentence or line (only a list's marks before it), is a verb
    WordNet lists as nothing else and no given name ('Rob'), and the name after it, REST, is written
    elsewhere in the text without it ('Choose Shopify' ... 'Shopify has', 'Download Bolmo' ... 'Bolmo
    7B'): a button's or heading's imperative the tagger ran into a name, no word of that name."""
    article = t.doc._.article
    if article is None or article.is_news or not t.is_title or is_given_name(t.text):
        return False
    if any(w.is_alpha for w in t.doc[t.sent.start:t.i]) or not verb_only(t.text):
        return False
    text = doc_text(t.doc)
    return any(m.start() != t.idx + len(t.text) + 1 for m in re.finditer(r"(?<![\w-])" + re.escape(rest) + r"(?![\w-])", text))


def _name_words(span: SpacySpan) -> list[str] | None:
    """The words of SPAN when it can be a person's name: one to three capitalised words."""
    words = span.text.split()
    if not 1 <= len(words) <= 3 or not all(t.is_alpha and t.text[0].isupper() or t.text == "-" for t in span):
        return None
    return words


_HYPHENS = {"-", "–"}


def _split_name_off(ent: SpacySpan, label: str) -> list[Cand] | None:
    """A name swallowed by the entity before it: 'Republic of Belarus Viktor Khrenin' (a place),
    'Centre for Countering Disinformation Andriy Kovalenko' (an organisation), 'Captain Ivan Petrov'
    (a title, left to the title reader). A person's span never yields an organisation, an
    institution's name is no person's ('Arizona State University'), and a hyphen joins the words
    it stands between ('Real-Time Product Recommendations' holds no town 'Real'). Two single words
    are one name unless the second is a given name ('the Lib Dems' is no town 'Lib' and a 'Dems'). Words
    after a place that name no person ('US Air Force', 'Scottish Borders Enterprise', 'Suffolk Coastal
    UKIP': _no_persons_name) are not split off it: the name stays whole, and the place opening it is a
    mention of its own. Nor is a town's one word split off two or more words without a given name
    ('Camilla Parker Bowles'; a country's is: 'Moldova Maia Sandu'). A person's span of four or more
    words is a label written before a two-word name ('Lib Dem Anna Smith') when the article writes the
    label elsewhere without that name ('the Lib Dems'): the name is the person, the label a title of
    theirs (so no other entity's name is found there)."""
    if label == "PERSON" and len(ent) >= 4 and all(t.is_alpha for t in ent) and _name_words(ent[-2:]) \
            and _label_elsewhere(ent[:-2], ent[-2:]):
        name = (ent[-2].idx, ent.end_char)
        return [Cand((ent.start_char, ent[-3].idx + len(ent[-3])), ent[:-2].text, "PERSON", "title", holder=name),
                Cand(name, ent[-2:].text, "PERSON")]
    for k in range(len(ent) - 1, 0, -1):
        head, rest = ent[:k], ent[k:]
        words = _name_words(rest)
        if not words or head[-1].lower_ in english().name_joiners or head[-1].text in _HYPHENS or any(map(institution_word, words)):
            continue
        person = Cand((rest.start_char, rest.end_char), rest.text, "PERSON")
        place = looks_place(head.text) and not (len(head) == 1 and (is_first_name(head.text)
                                                                    or label == "PERSON" and only_town(head.text)))
        if place and not looks_place(rest.text):
            where = Cand((head.start_char, head.end_char), head.text, "GPE")
            if is_first_name(words[0]):
                return [where, person]
            if (label == "PERSON" and len(head) > 1 or len(words) >= 2) and _no_persons_name(rest, label):
                if not head.text[:1].isupper():         # 'rival bank UFJ Holdings': a word, no place
                    return [Cand((rest.start_char, rest.end_char), rest.text, label, ner=label)]
                return [where, Cand((ent.start_char, ent.end_char), ent.text, label, ner=label)]
            if label == "PERSON" and len(head) > 1 or len(words) >= 2 and (len(head) > 1 or not only_town(head.text)):
                return [where, person]
        elif len(words) >= 2 and (is_first_name(words[0]) or _calling_before_a_name(head, words, label)):
            lex = lexicon()
            titles = lex.person_heads | lex.honorifics | lex.modifiers
            if label == "PERSON" or all(t.lower_.rstrip(".") in titles for t in head):
                return [person]
            return [Cand((head.start_char, head.end_char), head.text, label), person]
    return None


def _calling_before_a_name(head: SpacySpan, words: list[str], label: str) -> bool:
    """HEAD, one capitalised word opening a person's span before a given name (WORDS), is a noun whose
    first WordNet sense is a person's, no given name itself: a calling written before the name at a
    sentence's start ('Novelist Andrea Levy', 'Songwriter Guy Chambers'), no part of it, so that the
    surname alone later ('Levy said') joins the person. Not a title the article also writes before the
    surname alone ('Archbishop Desmond Tutu' ... 'Archbishop Tutu'): there the whole name is its key."""
    return (label == "PERSON" and len(head) == 1 and head[0].is_title and not is_given_name(head[0].text)
            and first_class(head[0].lower_) == "person" and is_given_name(words[0])
            and f"{head[0].text} {words[-1]}" not in doc_text(head.doc))


def _label_elsewhere(label: SpacySpan, name: SpacySpan) -> bool:
    """LABEL, the words a person's span opens with, is written elsewhere in the article and not
    followed there by NAME, the two words after it: a label of its own ('Lib Dem' of 'the Lib Dems'),
    not the given names of a longer name written whole each time ('Jose Luis Rodriguez Zapatero')."""
    text = doc_text(label.doc)
    return any(m.start() != label.start_char and not text.startswith(" " + name.text, m.end())
               for m in re.finditer(r"(?<!\w)" + re.escape(label.text), text))


def _no_persons_name(rest: SpacySpan, label: str) -> bool:
    """REST, the capitalised words after a place in a span NER labelled LABEL, name no person: they hold
    an acronym among words in lower case ('Coastal UKIP'; a headline's capitals are none), or NER took
    them for no person and they end in a common noun (WordNet's, or its plural: 'Air Force', 'Borders
    Enterprise'), the head of an organisation's or feature's name."""
    acronym = not rest.text.isupper() and any(len(t) > 1 and t.is_upper for t in rest)
    return acronym or label != "PERSON" and is_common_noun(rest[-1].text)


def _through_place(span: SpacySpan, label: str) -> SpacySpan:
    """'the Ministry of Foreign Affairs of' + 'the Republic of Moldova': NER may end an
    organisation's name at the 'of' before the country whose body it is, tagging the country
    apart; the name runs on through that place (a person's title so cut is left to the title
    reader)."""
    doc = span.doc
    if label != "ORG" or span[-1].lower_ != "of" or span.end >= len(doc) \
            or any(t.lower_ in lexicon().person_heads for t in span):
        return span             # 'the Minister of Foreign Affairs of': a title, read by the title reader
    gap = 1 if doc[span.end].lower_ in english().articles else 0
    place = next((e for e in doc_ents(doc) if e.start == span.end + gap and e.label_ in ("GPE", "LOC")), None)
    if place is None and gap:
        place = next((e for e in doc_ents(doc) if e.start == span.end and e.label_ in ("GPE", "LOC")), None)
    return doc[span.start:place.end] if place is not None else span


def _through_of_name(span: SpacySpan, label: str) -> SpacySpan:
    """'The Arts Council' + 'of England', 'the Board of Trustees' + 'of National Museums Scotland': NER may end an
    organisation's name before the 'of' that joins its head to the place or people it serves. The
    name runs on through 'of' and the proper noun phrase after it when the parse hangs that 'of' on
    the name, the name holds an organisation's head word written as a name ('Council', 'Board') and
    no person's title ('the Minister of ...' is read by the title reader), and every word of the
    phrase is capitalised and names a place, a people or nothing NER knows (_proper_object). Each
    such 'of' is followed in turn; a people inside the name is no mention of its own."""
    doc = span.doc
    while label == "ORG" and span.end + 1 < len(doc) and doc[span.end].lower_ == "of" \
            and span.start <= doc[span.end].head.i < span.end and _institution_name(span):
        end = _proper_object(doc[span.end])
        if end is None:
            break
        span = doc[span.start:end]
    return span


def _institution_name(span: SpacySpan) -> bool:
    """SPAN names an institution by its head word ('Arts Council', 'Board of Trustees'), not a
    person by a title."""
    heads = lexicon().person_heads
    return (any(t.text[:1].isupper() and institution_word(t.text) for t in span)
            and not any(t.lower_ in heads for t in span))


_SERVED = ("", "GPE", "LOC", "NORP")


def _proper_object(of: Token) -> int | None:
    """The end of the proper noun phrase that OF governs ('of Britain', 'of British Jews', 'of the
    United States'), when each of its words but a leading article is capitalised and names a place or
    people or nothing NER knows (not a person, nor an organisation of its own); else None."""
    obj = next((t for t in of.rights if t.dep_ == "pobj"), None)
    if obj is None or obj.tag_ not in ("NNP", "NNPS"):
        return None
    words = of.doc[of.i + 1:obj.i + 1]
    start = 1 if words[0].lower_ in english().articles else 0
    if not len(words) > start or any(not t.is_alpha or not t.text[:1].isupper() or t.ent_type_ not in _SERVED
                                     for t in words[start:]):
        return None
    return obj.i + 1


def _relabel(span: SpacySpan, label: str) -> str:
    """A seat of government ('the Kremlin said') is the institution, not the building or town
    (other places tagged as organisations are repaired in extract/ner_repairs.py). A person's name
    holds no figure: the small model takes capitalised words with one for a name ('V3 Pro', 'Scarlett
    4i4', 'Wix 4.8'), and they are products."""
    if is_government_seat(span.text):
        return "ORG"
    return "PRODUCT" if label == "PERSON" and any(ch.isdigit() for ch in span.text) else label


# a name may end in these marks ('Co.', 'Yahoo!', 'Disney+', 'C#', a closed bracket); no name opens with a mark
_NAME_END_MARKS = ".!+#)"


def _bare_edges(c: Cand) -> Cand | None:
    """C without the signs a page glues to a name's edges, which the tokenizer keeps inside the word:
    a section mark or pilcrow ('middleware¶'), rating stars ('University of Tasmania ★★★★★'), an arrow
    or icon ('Agents ←', '🔍 Wix'), a trademark sign, a list's comma (', Kubernetes'). Unicode's
    symbol and punctuation classes decide, so no list of signs grows here. None when no letter or
    figure is left."""
    text = c.text
    start = next((i for i, ch in enumerate(text) if ch.isalnum()), len(text))
    end = len(text)
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in _NAME_END_MARKS
                               and (text[end - 1] != ")" or "(" in text[start:end])):
        end -= 1
    if start >= end:
        return None
    if (start, end) == (0, len(text)):
        return c
    return replace(c, span=(c.span[0] + start, c.span[0] + end), text=text[start:end])


def _longer(doc: Doc, span: SpacySpan, label: str) -> str | None:
    """'Organization for Security and Co-operation' + ' in Europe': NER often leaves the place
    out of an organisation's name; the longer form lets its acronym match."""
    if label != "ORG":
        return None
    m = english().org_place_tail.match(doc_text(doc)[span.end_char:span.end_char + 40])
    return span.text + m.group(0) if m else None


_LIST_MARKS = {",", "/", "+", ";"}


def _listed(span: SpacySpan) -> list[SpacySpan]:
    """A person's or firm's span that is a list ('Facebook, Instagram', 'Ithell Colquhoun + Edward
    Burra') split into its names; a legal form or suffix after a comma stays
    with its name ('Apple, Inc.'). Any other span is itself."""
    if span.label_ not in ("PERSON", "ORG", "PRODUCT") or not any(t.text in _LIST_MARKS for t in span):
        return [span]
    cuts = [t.i for t in span if t.text in _LIST_MARKS and not (
        t.i + 1 < span.end and span.doc[t.i + 1].lower_.rstrip(".") in english().legal_forms | english().name_suffixes)]
    bounds = [span.start, *[c for cut in cuts for c in (cut, cut + 1)], span.end]
    parts = [SpacySpan(span.doc, a, b, label=span.label) for a, b in zip(bounds[::2], bounds[1::2]) if b > a]
    return [p for p in parts if any(ch.isalnum() for ch in p.text)]


_GROUPS = ("ORG", "NORP")


def _joined(ents: list[SpacySpan]) -> list[SpacySpan]:
    """A group's or firm's name NER cut in two is one: an untagged capitalised word the parse hangs
    on the name right after it ('UK' + 'Independence Party', 'Liberal' + 'Democrats', 'English' taken
    for the language + 'Democrats'), or an organisation written right before a people's name or a
    one-word 'person' or 'product' it modifies ('Liberal' + 'Democrat', 'Lockheed' + 'Martin'), or
    before a group's name its joining word runs on to ('Organisation for Economic Co-operation and' +
    'Development'); so is an organisation with the place closing or opening its name (_place_closes,
    _place_opens) or the untagged proper noun its last word hangs on (_name_word_after). The whole
    takes the label of the group's name it ends with, else the organisation's."""
    out: list[SpacySpan] = []
    for ent in ents:
        prev = out[-1] if out else None
        if prev is not None and (_modifies(prev, ent) or _place_closes(prev, ent) or _place_opens(prev, ent)):
            label = ent.label if ent.label_ in _GROUPS else prev.label
            out[-1] = SpacySpan(ent.doc, prev.start, ent.end, label=label)
            continue
        start = ent.start
        while ent.label_ in _GROUPS and start > 0 and _name_word_before(ent.doc[start - 1], ent):
            start -= 1
        end = ent.end
        while end < len(ent.doc) and not is_place(ent.text) and _name_word_after(ent.doc[end - 1], ent.doc[end],
                                                                                   ent.label_):
            end += 1
        if (body := _sport_body(ent)) is not None:
            out.append(body)
            continue
        out.append(ent if (start, end) == (ent.start, ent.end) else SpacySpan(ent.doc, start, end, label=ent.label))
    return out


def _sport_body(ent: SpacySpan) -> SpacySpan | None:
    """'Athletics Kenya (AK) had suspended the runner', 'Swimming Australia', 'Kenya Athletics': a
    place written right after or right before a capitalised word in no entity whose first WordNet
    sense is a sport (``sport_word``) is a national sports body's name, an organisation, not the
    country (NER tags only the place); so is a place's span NER ran over that word ('Athletics
    Ireland' as one GPE). None for any other span."""
    if ent.label_ not in ("GPE", "LOC"):
        return None
    doc = ent.doc
    if len(ent) > 1 and any(_sport_name_word(t, inside=True) for t in (ent[0], ent[-1])):
        return SpacySpan(doc, ent.start, ent.end, label="ORG")
    if ent.start > 0 and doc[ent.start - 1].whitespace_ == " " and _sport_name_word(doc[ent.start - 1]):
        return SpacySpan(doc, ent.start - 1, ent.end, label="ORG")
    if ent.end < len(doc) and ent[-1].whitespace_ and _sport_name_word(doc[ent.end]):
        return SpacySpan(doc, ent.start, ent.end + 1, label="ORG")
    return None


def _sport_name_word(t: Token, inside: bool = False) -> bool:
    """A capitalised word in no entity (or INSIDE the place's own span), written as a name's word
    (not the whole text in capitals), whose first WordNet sense is a sport ('Athletics', 'Swimming',
    'Cycling')."""
    return (inside or t.ent_type_ == "") and (t.is_alpha and t.text[:1].isupper() and not t.is_upper
            and t.tag_ in ("NNP", "NNPS", "NN", "NNS") and sport_word(t.text))


def _modifies(prev: SpacySpan, ent: SpacySpan) -> bool:
    """PREV, an organisation's name, is written right before ENT and either its last word is a joining
    word ('and', 'of') and ENT a group's name, or its last word hangs on a word of ENT, a people's
    name or a one-word 'person' or 'product' not in capitals (two organisations' names side by side
    are two: 'a UFJ MTFG merger')."""
    return (prev.label_ == "ORG" and prev.end == ent.start and prev[-1].whitespace_ == " "
            and (prev[-1].lower_ in english().name_joiners and ent.label_ in _GROUPS
                 or (ent.label_ == "NORP" or ent.label_ in ("PERSON", "PRODUCT") and len(ent) == 1 and not ent[0].is_upper)
                 and prev[-1].dep_ in ("compound", "amod") and ent.start <= prev[-1].head.i < ent.end)
            and all(t.is_alpha and t.text[:1].isupper() for t in ent))


_PLACES = ("GPE", "LOC", "NORP")


def _place_closes(prev: SpacySpan, ent: SpacySpan) -> bool:
    """PREV, an organisation's name, ends in a word the parse hangs on ENT, a place written right after
    it: the place is the branch's or service's (a firm's 'Ireland' arm, a broadcaster's 'Radio Wales'),
    part of the name; the place stays a mention of its own (toponyms). A place that itself modifies a
    common noun after it ('an EU Iran trade deal', 'told ITV News US policy is ...') is no part of
    the name (a title after it is: 'Ford Europe chairman')."""
    last = ent[-1]
    modifier = (last.dep_ in ("compound", "amod") and last.head.i >= ent.end and last.head.text.islower()
                and last.head.lower_ not in lexicon().person_heads)
    return (prev.label_ == "ORG" and ent.label_ in ("GPE", "LOC") and prev.end == ent.start and not modifier
            and prev[-1].whitespace_ == " " and prev[-1].dep_ == "compound" and ent.start <= prev[-1].head.i < ent.end
            and all(t.is_alpha and t.text[:1].isupper() for t in ent))


def _place_opens(prev: SpacySpan, ent: SpacySpan) -> bool:
    """PREV, a place or people, is written right before ENT, an organisation's name, and hangs on a word
    of it, and the article never writes ENT without PREV before it: the place opens the name ('Welsh' +
    'Water', 'US' + 'Steel'), and is a mention of its own inside it (toponyms). A body the article also
    names alone ('the Federal Reserve') is that body, the place before it a modifier."""
    if not (prev.label_ in _PLACES and ent.label_ == "ORG" and prev.end == ent.start and prev[-1].whitespace_ == " "
            and prev[-1].dep_ in ("compound", "amod") and ent.start <= prev[-1].head.i < ent.end
            and all(t.is_alpha and t.text[:1].isupper() for t in [*prev, *ent])):
        return False
    text = doc_text(ent.doc)
    return all(text[:m.start()].rstrip().endswith(prev.text)
               for m in re.finditer(r"(?<!\w)" + re.escape(ent.text) + r"(?!\w)", text))


def _name_word_after(last: Token, t: Token, label: str) -> bool:
    """T, right after LAST, the last word of an organisation's name (LABEL), is a word of that name NER
    left out: a capitalised proper noun in no entity that LAST hangs on, and no title ('... Radio' +
    'Cymru'); a place so joined stays a mention of its own (toponyms). (A country NER took for an
    organisation, 'United States' + 'House of ...', is extended by no word: _joined.)"""
    lex = lexicon()
    return (label == "ORG" and last.whitespace_ == " " and last.dep_ == "compound"
            and last.head.i == t.i and t.ent_type_ == "" and t.is_alpha and t.text[:1].isupper()
            and t.tag_ in ("NNP", "NNPS") and t.lower_ not in lex.person_heads | lex.honorifics | lex.modifiers)


def _name_word_before(t: Token, ent: SpacySpan) -> bool:
    """T, right before ENT, is a capitalised word of its name NER left out: in no entity (or taken for
    a language), a proper noun (an adjective when it does not open the sentence), hanging on a word
    of ENT, and no title, article or given name (which makes a person's name:
    ner_repairs.extend_first_names)."""
    lex = lexicon()
    return (t.ent_type_ in ("", "LANGUAGE") and t.is_alpha and t.text[:1].isupper() and t.whitespace_ == " "
            and (t.tag_ in ("NNP", "NNPS") or t.tag_ == "JJ" and not t.is_sent_start)
            and t.dep_ in ("compound", "amod") and ent.start <= t.head.i < ent.end
            and t.lower_ not in lex.person_heads | lex.honorifics | lex.modifiers | english().articles
            and not is_first_name(t.text))


def _acronym_apart(c: Cand) -> list[Cand]:
    """'the Transport and General Workers Union (TGWU', 'the British National Party(BNP': NER may take
    the acronym in brackets after a name into it. The name ends before the bracket, and the acronym
    is a mention of its own (the one the name defines: clusters.acronym_definitions); other words in
    the brackets ('Chrome (Desktop') are no name."""
    at = c.text.find("(")
    if at < 0:
        return [c]
    name = c.text[:at].rstrip()
    inner = c.text[at + 1:].strip()
    lead = len(c.text[at + 1:]) - len(c.text[at + 1:].lstrip())
    inner = inner.rstrip(")").rstrip()
    parts = []
    if any(ch.isalnum() for ch in name):
        parts.append(Cand((c.span[0], c.span[0] + len(name)), name, c.label, ner=c.ner))
    if " " not in inner and sum(ch.isupper() for ch in inner) >= 2:
        begin = c.span[0] + at + 1 + lead
        parts.append(Cand((begin, begin + len(inner)), inner, c.label, ner=c.ner))
    return parts


_WHOLE_LABELS = ("WORK_OF_ART", "LAW")     # titles and cases hold verbs, prepositions and a 'v' of their own


def _name_parts(span: SpacySpan) -> list[SpacySpan]:
    """The names in a span the small model ran past a name (issue 13: an entity is a name): a name
    holds no word in lower case but the joining words the parse hangs inside it ('Court of Arbitration
    for Sport', 'Ruud van Nistelrooy'). The name ends before a verb ('Pascal Cygan missed', 'Bosvelt
    joined City', 'Anna calls Ben'), an adverb or a clause's opening word ('Hislop back', 'Southampton
    when Arsenal'), a preposition the parse hangs outside the span whose phrase is no part of the name
    (``_phrase_no_part``: 'Arsenal at bay', 'Henry to Arsenal'; never a name's joining 'of' or 'for':
    'the American Association for the Advancement of Science'), a containing one between a building's
    or institution's head and a place the gazetteer knows ('Golden Temple in Amritsar'; not
    'Co-operation in Europe') and a spaced dash before a description ('Mark Lewis-Francis - runner',
    'Bill Cosby - moved'; in a person's name before anything); a capitalised name after such a word is
    a name of its own, what follows a dash is not. Two names set apart by 'v' ('Israel v Republic of
    Ireland') or joined by 'and' where the article writes each alone ('Parma and Real Madrid') are two.
    A place the gazetteer knows whole ('Newcastle upon Tyne', 'Trinidad and Tobago') is itself; a title
    (``_WHOLE_LABELS``) is cut only at such an 'and'."""
    if len(span) < 2 or is_place(span.text):
        return [span]
    if span.label_ in _WHOLE_LABELS:
        return _pair_apart(span)
    bounds, start = [], span.start
    for t in span[1:]:
        cut = _name_break(t, span)
        if cut is None:
            continue
        bounds.append((start, t.i))
        start = t.i + 1 if cut == "apart" else span.end
        if cut == "end":
            break
    bounds.append((start, span.end))
    parts = [p for a, b in bounds if b > a for p in _pair_apart(SpacySpan(span.doc, a, b, label=span.label))]
    return [p for i, p in enumerate(parts) if i == 0 or _opens_name(p)]


def _name_break(t: Token, span: SpacySpan) -> str | None:
    """How the word T inside SPAN ends the name: "apart" when a name may follow it, "end" when what
    follows is no name (a dash's description), None when T belongs to the name. Only a word standing
    alone counts ('Stratford-upon-Avon' keeps its 'upon')."""
    doc = t.doc
    alone = bool(t.whitespace_) or t.i + 1 == span.end
    if not (t.is_lower and alone and doc[t.i - 1].whitespace_) and t.text not in _HYPHENS:
        return None
    if t.text in _HYPHENS:
        after = doc[t.i + 1] if t.i + 1 < span.end else None
        spaced = bool(t.whitespace_) and bool(doc[t.i - 1].whitespace_)
        return "end" if spaced and (after is None or after.is_lower or span.label_ == "PERSON") else None
    if t.lower_ in english().versus_marks or _inner_verb(t):
        return "apart"
    if t.pos_ in ("ADV", "SCONJ") or t.tag_ in ("WRB", "WDT", "WP"):
        return "apart"
    if t.pos_ == "ADP" and t.is_stop and t.lower_ not in english().name_joiners and not span.start <= t.head.i < span.end \
            and _phrase_no_part(doc[span.start:t.i], doc[t.i + 1:span.end], span):
        return "apart"
    if t.lower_ in english().containing_prepositions and local_institution(doc[t.i - 1].text) \
            and looks_place(doc[t.i + 1:span.end].text):
        return "apart"
    return None


def _phrase_no_part(left: SpacySpan, right: SpacySpan, span: SpacySpan) -> bool:
    """The preposition's phrase RIGHT is no part of the name LEFT it follows: it opens in lower case ('Arsenal
    at bay'), or both are names the article writes alone ('Henry to Arsenal'); a phrase of a name's own
    ('Commission on Social Justice', 'Stockton on Tees', 'The Kumars at Number 42') is written only there."""
    return bool(len(right)) and (not _opens_name(right) or _written_alone(left, span) and _written_alone(right, span))


def _pair_apart(span: SpacySpan) -> list[SpacySpan]:
    """SPAN in two at an 'and' between two names the article writes each alone ('Parma and Real Madrid',
    'Carragher and Brown'); else itself ('Trinidad and Tobago', 'Rock and Roll Hall of Fame')."""
    for t in span[1:-1]:
        left, right = span.doc[span.start:t.i], span.doc[t.i + 1:span.end]
        if t.lower_ == "and" and _opens_name(left) and _opens_name(right) and not is_place(span.text) \
                and _written_alone(left, span) and _written_alone(right, span):
            return [SpacySpan(span.doc, left.start, left.end, label=span.label),
                    SpacySpan(span.doc, right.start, right.end, label=span.label)]
    return [span]


def _opens_name(span: SpacySpan) -> bool:
    """SPAN, after any article, opens with a capitalised word."""
    words = [t for t in span if t.lower_ not in english().articles]
    return bool(words) and words[0].text[:1].isupper()


def _written_alone(name: SpacySpan, within: SpacySpan) -> bool:
    """NAME is written somewhere outside WITHIN, the span holding it, as a name of its own: no
    capitalised word nor joining word running on either side, and not opening a sentence, where a
    capital says nothing ('Games and Learning', a paper's title, beside 'Games are ...')."""
    text = doc_text(name.doc)
    for m in re.finditer(r"(?<![\w-])" + re.escape(name.text) + r"(?![\w-])", text):
        if within.start_char <= m.start() < within.end_char or _opens_sentence(text, m.start()):
            continue
        before = re.search(r"[A-Z][\w'’-]*\s+(?:(?:of|and|the|&)\s+)?$", text[max(0, m.start() - 40):m.start()])
        after = re.match(r"\s+(?:(?:of|and|&)\s+(?:the\s+)?)?[A-Z]", text[m.end():m.end() + 40])
        if before is None and after is None:
            return True
    return False


def _opens_sentence(text: str, at: int) -> bool:
    """The word at AT opens the text, a line or a sentence (after a full stop, a question or exclamation
    mark and any closing quote), or a quotation opening one ('room. "Games teach ...')."""
    return re.search(r"(?:^|[.!?]['\"’”]?\s+|\n\s*)['\"‘“]?$", text[max(0, at - 5):at]) is not None


def _inner_verb(t: Token) -> bool:
    """T is a verb written in lower case ('takes'), not a name's joining word ('van', 'de')."""
    return t.text.islower() and t.tag_.startswith("VB") and t.lower_ not in english().name_joiners


def _title_alone(span: SpacySpan, label: str) -> bool:
    """A 'person' or 'product' NER found that opens with a place, ends in a person's title and holds no
    given name ('Ashford South MP') is a title, not a name: a person's name never ends in a title. The
    place opening it stays a mention. (An 'organisation' so named is the office: 'the US Trade
    Representative's office'.)"""
    return (label in ("PERSON", "PRODUCT") and len(span) > 1 and span[-1].lower_.rstrip(".") in lexicon().person_heads
            and looks_place(span[0].text) and not any(is_first_name(t.text) for t in span))


def ner_cands(doc: Doc) -> list[Cand]:
    """spaCy's entities of the kinds newsledger keeps, trimmed, split and relabelled."""
    out: list[Cand] = []
    grown: list[Span] = []
    for ent in [c for e in _joined(list(doc_ents(doc))) for part in _listed(e) for c in _name_parts(part)]:
        if ent.label_ not in KEPT_LABELS:
            continue
        span = _trim(ent)
        if span is None:
            continue
        if _title_alone(span, ent.label_):
            out.append(Cand((span.start_char, span[0].idx + len(span[0])), span[0].text, "GPE"))
            continue
        named = _through_place(span, ent.label_)
        span = _through_of_name(named, ent.label_)
        if span.end > named.end:
            grown.append((named.end_char, span.end_char))
        split = _split_name_off(span, ent.label_) if len(span) >= 2 else None
        if split:
            out.extend(split)
            continue
        label = _relabel(span, ent.label_)
        out += _acronym_apart(Cand((span.start_char, span.end_char), span.text, label,
                                   longer=_longer(doc, span, label), ner=ent.label_))
    bare = [b for b in map(_bare_edges, out) if b is not None]
    return [c for c in bare if not (c.label == "NORP" and any(inside(c.span, g) for g in grown))]


def article_year(doc: Doc) -> int | None:
    """The year the article speaks from: its anchor or publication date, when known."""
    for name in ("anchor", "article"):
        value = getattr(doc._, name, None) if Doc.has_extension(name) else None
        value = getattr(value, "published", value)
        m = re.match(r"(\d{4})", str(value or ""))
        if m:
            return int(m.group(1))
    return None


def role_holder(phrase: str, year: int | None) -> str | None:
    """Who held the role a description names, in the article's year (else the current holder)."""
    p = phrase.lower()
    for r in role_aliases():
        if r.phrase.lower() == p and _held(r, year):
            return r.person
    return None


def _held(r: Role, year: int | None) -> bool:
    """R's holder held it in YEAR (with no year: holds it still)."""
    if year is None:
        return r.until is None
    return r.since <= year and (r.until is None or year <= r.until)


@lru_cache(maxsize=1)
def _role_re() -> re.Pattern[str]:
    phrases = sorted({r.phrase for r in role_aliases()}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:the\s+)?(" + "|".join(re.escape(p) for p in phrases) + r")(?!\w)", re.IGNORECASE)


def role_cands(doc: Doc, year: int | None) -> list[Cand]:
    """Descriptions that stand for a role's holder: 'the Kremlin leader' -> Vladimir Putin."""
    out = []
    for m in _role_re().finditer(doc_text(doc)):
        person = role_holder(m.group(1), year)
        if person:
            out.append(Cand((m.start(), m.end()), m.group(0), "PERSON", "description", person=person))
    return out


def military_cands(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """A nationality followed by a military noun is that country's armed forces ('Russian troops')."""
    out = []
    for c in cands:
        if c.label not in ("NORP", "GPE"):
            continue
        tail = doc_text(doc)[c.span[1]:c.span[1] + 20]
        m = military_tail().match(tail)
        country = place_name(c.text)
        if m and country:
            end = c.span[1] + m.end()
            out.append(Cand((c.span[0], end), doc_text(doc)[c.span[0]:end], "ORG", key=f"MIL:{country}"))
    for m in english().army_of.finditer(doc_text(doc)):
        country = _place_at(doc_text(doc), m.end())
        if country and not english().list_follows.match(doc_text(doc)[m.end():m.end() + 50]):
            out.append(Cand((m.start(1), m.end(1)), m.group(1), "ORG", "description", key=f"MIL:{country}"))
    return out


def _place_at(text: str, at: int) -> str | None:
    """The place named by the longest run of capitalised words starting at AT ('Republic of Belarus')."""
    run = english().capitalised_run.match(text[at:at + 60])
    if not run:
        return None
    parts = run.group(0).split()
    for n in range(len(parts), 0, -1):
        name = " ".join(parts[:n])
        if parts[n - 1] not in english().name_joiners and is_place(name):
            return place_name(name)
    return None
