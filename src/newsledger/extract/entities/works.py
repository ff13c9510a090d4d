"""Titles of works the text names after the noun of their kind ('her book Small Island', 'the album
Born In Texas', 'the BBC series British Isles', 'the film, Vera Drake,'): a place's name inside
such a title is no place of the story (issue 13, places that are places), and must not pull the
article's other places toward it (an album 'Born In Texas' once placed Manchester in Virginia).
The small model seldom tags such titles WORK_OF_ART, so the noun before them says what they are:
the nouns whose first WordNet sense is a titled work, and the nouns the names of a programme and a
channel rest on ('chat show', 'TV channel'; data/entities_works.json, written by
``scripts/build_work_nouns.py``). A name the article once calls a programme or a channel is that
work wherever else it is written, unless it is used there as a place ('the comedy show Little
Britain' ... 'Little Britain star Matt Lucas')."""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from ...lexicons import view
from ...model import Span
from ...nlp.components import doc_text
from ...nlp.wordnet import word_classes, work_noun
from .lexicon import english, lexicon
from .uses import used_as_place

QUOTES = {'"', "'", "‘", "’", "“", "”"}
SUBJECTS = {"nsubj", "nsubjpass"}
CLAUSES = {"relcl", "acl"}    # spaCy's dependencies of a clause on a noun
FINITE = {"VBD", "VBZ", "VBP", "MD"}     # Penn tags of a finite verb
MAX_TITLE = 12        # tokens: a longer run of capitals is a headline or a list, no title


@dataclass(frozen=True)
class Works:
    """data/entities_works.json."""

    work_nouns: frozenset[str]
    channel_nouns: frozenset[str]
    broadcast_nouns: frozenset[str]


WORKS = view(Works, "entities_works.json")


def work_titles(doc: Doc) -> list[Span]:
    """Character spans of the titles of works the text names: right after a lower-case noun of a
    titled work, in quotation marks, set off by commas ('the film, Vera Drake, won') or as a run of
    capitalised words ('the album Born In Texas'); a run NER tags a work ('the single Black and
    White Town', where it tags 'Black' alone); a run a sentence about works predicates of one ('one of
    the songs he wrote was Wolverton Mountain') or gives an artist ('albums recorded there include
    Bruce Springsteen's Born In The USA'); a run capitalised as titles are, its articles and
    prepositions too ('Born In The USA'); and the titles listed after one of these behind a plural
    noun ('their hits Losing My Religion, Leaving New York and The One I Love'). A name that is the
    subject of a relative clause on the noun is no title ('the film Ray Charles starred in'). The
    names written after a channel's noun ('the music channel Five') count too, and every other
    place the text writes a title named after its kind (``_repeated``)."""
    channels = _channels(doc)
    named = _with_listed(doc, _named_after_kind(doc))
    others = _with_listed(doc, _ner_titles(doc) + _predicated_titles(doc) + _possessed_titles(doc)
                          + _title_case_runs(doc) + channels)
    return sorted(set(_spans(doc, named + others)) | set(_repeated(doc, _spans(doc, named + channels))))


def label_use(doc: Doc, span: Span) -> bool:
    """The one-word name at SPAN labels a thing named after someone, no one it names there: it
    modifies a noun of a document, a work or another thing said or shown (``_label_noun``: 'the
    Tomlinson review', 'the Gershon report', 'the Breakfast with Frost programme'), or it closes a
    programme's title 'X with Y' after a capitalised word that is no one's name ('told BBC One's
    Breakfast with Frost'). A name of two words or more stays the person's ('a Jude Law film')."""
    tokens = doc.char_span(*span, alignment_mode="expand")
    if tokens is None or len(tokens) != 1:
        return False
    tok = tokens[0]
    head = tok.head
    modifies = tok.dep_ == "compound" and head.i > tok.i and head.pos_ == "NOUN" and head.is_lower
    return modifies and _label_noun(head) or _closes_a_title_with(tok)


def _label_noun(noun: Token) -> bool:
    """NOUN is a programme's ('programme', 'show': data/entities_works.json 'broadcast_nouns'), a
    document's ('report', 'poll': ``document_nouns``), or WordNet gives it a sense of a thing said
    or shown ('review', 'inquiry': data/entities_en.json 'label_classes') whose first sense is no
    person, group or time ('label_owners': 'the Blair government', 'a Blair lieutenant', 'the Blair
    era' are the person's). A composition, a film, a drama or a recording (``_work_noun``) is its
    maker's work, named by them ('the latest Eminem album', 'seven Lee films')."""
    lemma = noun.lemma_.lower()
    if lemma in WORKS.broadcast_nouns:
        return True
    if _work_noun(noun):
        return False
    classes = word_classes(lemma) or word_classes(noun.lower_)
    words = english()
    return lemma in lexicon().document_nouns or bool(classes) and (
        classes[0] not in words.label_owners and any(c in words.label_classes for c in classes))


def _closes_a_title_with(tok: Token) -> bool:
    """TOK is the object of a 'with' written between it and a capitalised word that names no one
    ('Breakfast with Frost'; not 'McFadden with Delta Goodrem', 'talks with Glazer')."""
    prep = tok.head
    title = prep.head
    return (tok.dep_ == "pobj" and prep.lower_ == "with" and prep.i == tok.i - 1 and title.i == prep.i - 1
            and title.pos_ == "PROPN" and _capitalised(title) and title.ent_type_ != "PERSON")


def _repeated(doc: Doc, titles: list[Span]) -> list[Span]:
    """The other places the text writes one of TITLES, word for word and with its capitals, where
    that name is not used as a place ('the comedy show Little Britain' ... 'Little Britain star Matt
    Lucas', but not 'the series British Isles ... filmed across the British Isles'): the work
    the article named is named again."""
    text = doc_text(doc)
    out = []
    for name in {text[s:e] for s, e in titles}:
        for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text):
            if m.span() not in titles and not used_as_place(doc, m.span()):
                out.append(m.span())
    return out


def _channels(doc: Doc) -> list[list[int]]:
    """The names written right after a lower-case noun of a channel ('the music channel Five'): a
    broadcaster, no place."""
    return [t for noun in doc if noun.is_lower and noun.pos_ == "NOUN" and noun.lemma_ in WORKS.channel_nouns
            and (t := _title_after(doc, noun))]


def titles_after_kind(doc: Doc) -> list[Span]:
    """Character spans of the titles ``work_titles`` reads where the text itself says a work is named:
    right after the noun of its kind ('the show Advance Warning', 'his new book, Lawless World'), and
    those listed after such a title. The other readings (NER's works in a sentence about works, a run
    owned by a name there) are enough to keep a place out of the story, not to say a name is no one's
    ('the BBC's Jonathan Beale reports', 'Cherie Blair's Matrix Chambers')."""
    return _spans(doc, _with_listed(doc, _named_after_kind(doc)))


def _with_listed(doc: Doc, found: list[list[int]]) -> list[list[int]]:
    """FOUND (titles as token indices) with the titles listed after each (``_listed_after``)."""
    return found + [t for title in found for t in _listed_after(doc, title)]


def _spans(doc: Doc, found: list[list[int]]) -> list[Span]:
    """The character spans of FOUND's titles, once each, in order."""
    return sorted({(doc[t[0]].idx, doc[t[-1]].idx + len(doc[t[-1]])) for t in found if t})


def _named_after_kind(doc: Doc) -> list[list[int]]:
    """The titles after a work's noun that are no subject of a clause on it ('the film Ray Charles
    starred in')."""
    return [t for t in _titles_after_work_nouns(doc) if not _subject_of_relative_clause(doc, t)]


def _titles_after_work_nouns(doc: Doc) -> list[list[int]]:
    """The titles written right after a lower-case noun of a titled work ('the album Born In Texas')."""
    return [t for noun in doc if noun.is_lower and _work_noun(noun) and (t := _title_after(doc, noun))]


def _ner_titles(doc: Doc) -> list[list[int]]:
    """NER's works (WORK_OF_ART) right after a lower-case noun or adjective ('their hits Losing My
    Religion', 'the single Black and White Town') or in a sentence about works, each reaching to the
    end of the run of capitalised words it opens: the small model often tags a title's first word
    alone. Elsewhere its works are too often names ('The Greater London Act', 'English Premiership
    side', 'the Harrow Boys'), and a work opening in lower case is a quoted phrase ('films "of French
    expression"')."""
    out = []
    for ent in doc.ents:
        before = doc[ent.start - 1] if ent.start else None
        described = before is not None and before.is_lower and before.pos_ in ("NOUN", "ADJ")
        if ent.label_ == "WORK_OF_ART" and _capitalised(doc[ent.start]) and (described or _about_works(ent.sent)):
            run = _capitalised_run(doc, ent.start) if _capitalised(doc[ent.start]) else []
            out.append(run if len(run) > len(ent) else list(range(ent.start, ent.end)))
    return out


def _predicated_titles(doc: Doc) -> list[list[int]]:
    """The run of capitalised words a clause about a work names as it, or sets beside a work's noun:
    'one of the songs he wrote for other singers was Wolverton Mountain' (the complement of 'be'
    whose subject is a work or one of them), 'Wolverton Mountain, a song he wrote' (an apposition)."""
    out = []
    for tok in doc:
        if tok.pos_ != "PROPN":
            continue
        verb = tok.head
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None) if tok.dep_ == "attr" else None
        apposed = any(c.dep_ == "appos" and _work_noun(c) for c in tok.children)
        if apposed or subject is not None and verb.lemma_ == "be" and _names_works(subject):
            run = _capitalised_run(doc, tok.left_edge.i)
            if run and tok.i in run:
                out.append(run)
    return out


def _names_works(subject: Token) -> bool:
    """SUBJECT is a work's noun or one of several ('one of the songs he wrote')."""
    of = [c for p in subject.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children if c.dep_ == "pobj"]
    return _work_noun(subject) or subject.lower_ == "one" and any(_work_noun(c) for c in of)


def _possessed_titles(doc: Doc) -> list[list[int]]:
    """The run of capitalised words a person or a band owns, in a sentence about works: 'albums
    recorded there include Bruce Springsteen's Born In The USA and Paul Simon's Graceland'. A run a
    lower-case noun follows is the artist's thing, no title ('Springsteen's New Jersey home')."""
    out = []
    for tok in doc:
        if tok.dep_ == "case" and tok.head.ent_type_ in ("PERSON", "ORG") and _about_works(tok.sent):
            run = _capitalised_run(doc, tok.i + 1)
            after = run[-1] + 1 if run else 0
            if run and not (after < len(doc) and doc[after].pos_ == "NOUN"):
                out.append(run)
    return out


def _about_works(sent: TokenSpan) -> bool:
    """SENT holds a lower-case noun of a titled work ('albums', 'songs')."""
    return any(t.is_lower and _work_noun(t) for t in sent)


def _title_case_runs(doc: Doc) -> list[list[int]]:
    """A run of capitalised words with an article or a preposition capitalised inside it, right
    after a capitalised word, as titles are written and names are not ('Born In The USA', 'Songs In
    The Key Of Life'; 'Delta Goodrem and The Thrills' are two names), in a sentence written in lower
    case (a headline capitalises every word). A run ending in such a word is a sentence whose full
    stop is missing ('to leave the European Union In his speech')."""
    out = []
    for sent in doc.sents:
        if _headline(sent):
            continue
        i = sent.start
        while i < sent.end:
            run = _capitalised_run(doc, i)
            if _title_cased(doc, run):
                out.append(run)
            i = (run[-1] + 1) if run else i + 1
    return out


def _title_cased(doc: Doc, run: list[int]) -> bool:
    """RUN, of three words or more and not opened by a word in capitals (a heading: 'ADVANCE WARS DS
    The UK ...'), holds a capitalised article or preposition after a capitalised word, not at its end."""
    if len(run) < 3 or doc[run[0]].is_upper or _capitalised_function_word(doc[run[-1]]):
        return False
    return any(_capitalised_function_word(doc[k]) and _capitalised(doc[k - 1]) for k in run[1:-1])


def _capitalised_function_word(tok: Token) -> bool:
    """TOK is a preposition or an article written with a capital ('In', 'The'; not 'Of', which some
    names capitalise, nor 'All' of 'the UK All Time list')."""
    article = tok.pos_ == "DET" and tok.lower_ in ("the", "a", "an")
    preposition = tok.pos_ == "ADP" and tok.lower_ != "of" and tok.lower_ in STOP_WORDS
    return (article or preposition) and tok.text[:1].isupper() and not tok.is_upper


def _headline(sent: TokenSpan) -> bool:
    """SENT capitalises most of its words, as a headline does."""
    words = [t for t in sent if t.is_alpha]
    return 2 * sum(t.text[:1].isupper() for t in words) > len(words)


def _listed_after(doc: Doc, title: list[int]) -> list[list[int]]:
    """The runs of capitalised words listed after TITLE when a plural noun introduces it: 'their hits
    Losing My Religion, I've Been High, Leaving New York and The One I Love' are four titles."""
    before = title[0] - 1
    if before < 0 or doc[before].tag_ != "NNS" or not doc[before].is_lower:
        return []
    out, j = [], title[-1] + 1
    while j < len(doc) and doc[j].text in (",", "and", "or"):
        j += 1 + (doc[j].text == "," and j + 1 < len(doc) and doc[j + 1].lower_ in ("and", "or"))
        run = _capitalised_run(doc, j)
        if not run:
            break
        out += _split_at_conjunctions(doc, run)
        j = run[-1] + 1
    return out


def _split_at_conjunctions(doc: Doc, run: list[int]) -> list[list[int]]:
    """RUN cut at its conjunctions: in a list of titles 'and' ends one ('Leaving New York and The One
    I Love')."""
    parts: list[list[int]] = [[]]
    for k in run:
        if doc[k].pos_ == "CCONJ" and doc[k].is_lower:
            parts.append([])
        else:
            parts[-1].append(k)
    return [p for p in parts if p]


def _work_noun(tok: Token) -> bool:
    """TOK names a kind of titled work: a composition, a film or a drama (``wordnet.work_noun``, which
    the events room reads too, in any part of speech: 'her novel Small Island' tags 'novel' an
    adjective), or, as a noun, a recording, a programme, a series or a picture (data/entities_works.json)."""
    return work_noun(tok) or tok.pos_ == "NOUN" and tok.lemma_ in WORKS.work_nouns


def _title_after(doc: Doc, noun: Token) -> list[int] | None:
    """Token indices of the title written right after NOUN, if any."""
    i = noun.i + 1
    if i < len(doc) and doc[i].text in QUOTES:
        return _quoted(doc, i)
    if i < len(doc) and doc[i].text == ",":
        run = _capitalised_run(doc, i + 1)
        closed = run and (run[-1] + 1 >= len(doc) or doc[run[-1] + 1].text in (",", ".") or doc[run[-1] + 1].is_sent_start)
        return run if closed else None
    return _capitalised_run(doc, i) or None


def _quoted(doc: Doc, opening: int) -> list[int] | None:
    """The tokens between the quotation mark at OPENING and the next one in its sentence."""
    sent_end = doc[opening].sent.end
    for j in range(opening + 1, min(sent_end, opening + MAX_TITLE + 2)):
        if doc[j].text in QUOTES:
            return list(range(opening + 1, j)) or None
    return None


def _capitalised_run(doc: Doc, start: int) -> list[int]:
    """The words from START on that are capitalised, with the lower-case articles, conjunctions and
    'of' between two of them ('Pirates of the Caribbean', 'An Officer and a Gentleman'), within
    START's sentence. A lower-case preposition of place ends the title: 'the movie The Sea Inside
    from Spain' names where the film is from."""
    if start >= len(doc) or not _capitalised(doc[start]) or doc[start].is_sent_start:
        return []
    run = [start]
    sent_end = doc[start].sent.end
    j = start + 1
    while j < sent_end and len(run) <= MAX_TITLE:
        k = j
        while k < sent_end and _title_joint(doc[k]):
            k += 1
        if k >= sent_end or not _capitalised(doc[k]) or k > j and k + 1 < sent_end and doc[k + 1].tag_ == "POS":
            break       # ... nor an owner after 'and' ('Emotional Rescue and Paul Simon's Graceland')
        run += list(range(j, k + 1))
        j = k + 1
    return run if len(run) <= MAX_TITLE else []


def _title_joint(tok: Token) -> bool:
    """A lower-case word a title holds between capitalised ones: an article, a conjunction, 'of', or
    a contraction's second half ('I've Been High', 'Tonight's The Night')."""
    contraction = tok.text[:1] in ("'", "’") and len(tok) > 1 and tok.tag_ != "POS"
    return tok.is_lower and (tok.pos_ in ("DET", "CCONJ") or tok.lower_ == "of") or contraction


def _capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper() and not tok.is_sent_start


def _subject_of_relative_clause(doc: Doc, title: list[int]) -> bool:
    """Some word of TITLE is the subject of a clause written after it that describes a noun ('the
    series England won'), or
    TITLE is a person's name followed by a verb ('the film Ray Charles starred in', which spaCy
    may parse with the noun as the verb's subject; an auxiliary may follow a title: 'the film Leon
    was shown')."""
    after = title[-1] + 1
    person = all(doc[k].ent_type_ == "PERSON" for k in title)
    return any(doc[k].dep_ in SUBJECTS and doc[k].head.i > title[-1] and doc[k].head.dep_ in CLAUSES for k in title) \
        or person and after < len(doc) and doc[after].tag_ in FINITE and doc[after].pos_ == "VERB"
