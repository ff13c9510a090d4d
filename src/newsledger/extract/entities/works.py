"""Titles of works the text names after the noun of their kind ('her book Small Island', 'the album
Born In Texas', 'the BBC series British Isles', 'the film, Vera Drake,'): a place's name inside
such a title is no place of the story (issue 13, places that are places), and must not pull the
article's other places toward it (an album 'Born In Texas' once placed Manchester in Virginia).
The small model seldom tags such titles WORK_OF_ART, so the noun before them says what they are:
the nouns whose first WordNet sense is a titled work (data/entities_works.json, written by
``scripts/build_work_nouns.py``)."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ...lexicons import view
from ...model import Span
from ...nlp.wordnet import work_noun

QUOTES = {'"', "'", "‘", "’", "“", "”"}
SUBJECTS = {"nsubj", "nsubjpass"}
CLAUSES = {"relcl", "acl"}    # spaCy's dependencies of a clause on a noun
FINITE = {"VBD", "VBZ", "VBP", "MD"}     # Penn tags of a finite verb
MAX_TITLE = 12        # tokens: a longer run of capitals is a headline or a list, no title


@dataclass(frozen=True)
class Works:
    """data/entities_works.json."""

    work_nouns: frozenset[str]


WORKS = view(Works, "entities_works.json")


def work_titles(doc: Doc) -> list[Span]:
    """Character spans of the titles the text names right after a lower-case noun of a titled work:
    in quotation marks, set off by commas ('the film, Vera Drake, won'), or a run of capitalised
    words ('the album Born In Texas'). A name that is the subject of a relative clause on the noun
    is no title ('the film Ray Charles starred in')."""
    spans = []
    for noun in doc:
        if noun.is_lower and _work_noun(noun):
            title = _title_after(doc, noun)
            if title is not None and not _subject_of_relative_clause(doc, title):
                spans.append((doc[title[0]].idx, doc[title[-1]].idx + len(doc[title[-1]])))
    return spans


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
        if k >= sent_end or not _capitalised(doc[k]):
            break
        run += list(range(j, k + 1))
        j = k + 1
    return run if len(run) <= MAX_TITLE else []


def _title_joint(tok: Token) -> bool:
    return tok.is_lower and (tok.pos_ in ("DET", "CCONJ") or tok.lower_ == "of")


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
