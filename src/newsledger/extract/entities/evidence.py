"""Whether a capitalised phrase is written as a name, or is ordinary words that happen to stand
where English writes capitals anyway.

A capital is evidence of a name only in running text: at the start of a sentence every word has
one, and a title-case heading ('Final Tips', 'Award Winners') capitalises common nouns. A phrase
made only of words WordNet knows as common nouns (or function words), and never written with its
capitals anywhere but there, names nothing ('Best Use'); one written so mid-sentence ('bought on
Amazon') is a name, however ordinary its words.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from ...model import Span
from ...names import is_given_name, name_key, strip_the
from .lexicon import common_nouns, english

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

@cache
def _stop_words() -> frozenset[str]:
    """spaCy's English function words, loaded on first use: the identity rules use this module
    when the ledger is read, and reading must not load the NLP stack."""
    from spacy.lang.en.stop_words import STOP_WORDS
    return frozenset(STOP_WORDS)


_SENTENCE_END = re.compile(r"[.!?:;,\"”)]\s*$")


def common_word(w: str) -> bool:
    """W is a function word or a common noun (or its plural) in WordNet, neither written in
    capitals ('US' is no 'us') nor abbreviated."""
    if len(w) > 1 and w.isupper() or w.endswith("."):      # initials and abbreviations ('Calif.')
        return False
    low = w.lower().strip(",'’")
    return low in _stop_words() or low in common_nouns() or len(low) > 3 and low.removesuffix("s") in common_nouns()


def common_words(name: str) -> bool:
    """Every word of NAME is a common noun or a function word ('Best Use', 'Final Tips')."""
    words = re.findall(r"[A-Za-z][A-Za-z'’]*", name)
    return bool(words) and len(words) == len(name.split()) and all(map(common_word, words))


def heading_line(text: str, at: int) -> bool:
    """The line holding offset AT is a heading: no sentence punctuation closes it, and every word of
    four letters or more that is no function word opens with a capital."""
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    line = text[start:end if end >= 0 else len(text)].strip()
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if len(w) >= 4 and w.lower() not in _stop_words()]
    return bool(words) and not _SENTENCE_END.search(line) and all(w[0].isupper() for w in words)


def written_as_name(doc: Doc, span: Span) -> bool:
    """The mention at SPAN has capitals a common word would not: it stands on no heading line, and
    it does not open a sentence or, opening one, writes a word after its first with a capital that
    no sentence start gives it ('Red Cross officials suspended aid', 'White House officials said':
    ``_capital_inside``)."""
    from ...nlp.components import doc_text  # here: the name rules above are read without spaCy
    tokens = doc.char_span(*span, alignment_mode="expand")
    if tokens is None or not len(tokens):
        return True
    return (not tokens[0].is_sent_start or _capital_inside(list(tokens))) and not heading_line(doc_text(doc), span[0])


def _capital_inside(tokens: list[Token]) -> bool:
    """A word after the first of TOKENS opens with a capital and is no function word ('Cross' of
    'Red Cross'; not 'Of' of a title-cased 'Bank Of'): in running text only a name writes it so;
    but not where a capitalised word follows the mention, whose run the tagger cut short ('Ex Home'
    of 'Ex Home Secretary David Blunkett', a title: where the name ends is unsure)."""
    after = tokens[-1].nbor() if tokens[-1].i + 1 < len(tokens[-1].doc) else None
    if after is not None and _capitalised(after):
        return False
    return any(_capitalised(t) for t in tokens[1:])


def _capitalised(t: Token) -> bool:
    """T is a word written with a capital, no function word."""
    return t.text[:1].isupper() and t.is_alpha and t.lower_ not in _stop_words()


def ordinary_words(doc: Doc, names: list[tuple[Span, str, str | None]]) -> bool:
    """NAMES (span, text, NER label) are all common words, none written as a name where it stands:
    each on a heading line, or opening a sentence where NER did not take it for a person or place
    (people and places open news sentences all the time: 'Park said', 'Surrey is'), or a phrase the
    text also writes in lower case ('Cost Per Click' beside 'cost per click')."""
    from ...nlp.components import doc_text
    text = doc_text(doc)
    return bool(names) and all(
        common_words(t) and (heading_line(text, s[0]) or not written_as_name(doc, s) and ner not in _NAMED
                             or lower_case_phrase(t, text))
        for s, t, ner in names)


def verb_label(doc: Doc, spans: list[Span]) -> bool:
    """The mentions at SPANS are one word each in lower case after its capital (not 'BetterHelp'), no
    given name, written only where every word has a capital (a sentence's or a line's start, after a
    list's number, a heading or a table's row), and the parse reads each as a verb: a tagged verb or
    a clause's head with a direct object ('Download the Program', 'Grow your sales', 'Getting
    Started', '5. Require auditability'). A page's buttons and imperative headings, no name; a firm
    listed in a table ('Silvertrac') is read as a verb in one row and a name in another, and stays."""
    tokens = [doc.char_span(*s, alignment_mode="expand") for s in spans]
    if not tokens or any(t is None or len(t) != 1 or is_given_name(t.text) or not t.text[1:].islower() for t in tokens):
        return False
    capitalised = all(not written_as_name(doc, s) or _opens_sentence(t[0]) for s, t in zip(spans, tokens) if t)
    return capitalised and all(_read_as_verb(t[0]) for t in tokens if t)


def word_of_the_language(doc: Doc, span: Span) -> bool:
    """The mention at SPAN is one ordinary word a page capitalised only because it opens something:
    a word in lower case after its capital (no given name, no 'BetterHelp'), which WordNet lists in
    any part of speech ('Quick', 'Businesses', 'Distinctive'), standing at a sentence's, a line's,
    a label's or a list item's start (after ':', a dash, a bullet or a bracket), and which the page
    also writes in lower case ('quick and easy' beside 'Quick and easy height adjustment') or that runs
    on into another capitalised word the tagger left out (the label '- Distinctive Design:'), and
    never capitalised after a word of running text. No name by itself, nor a short form of the longer
    name NER found it in ('Quick' of 'Quick & Easy Adjustment'); a firm named by a common word is
    written so mid-sentence somewhere ('platforms like Shopify, Square'), and stays."""
    # the NLP stack, loaded on first use (see ``_stop_words``)
    from ...nlp.components import doc_text
    from ...nlp.wordnet import english_word
    tokens = doc.char_span(*span, alignment_mode="expand")
    if tokens is None or len(tokens) != 1 or not _TITLE_WORD.fullmatch(tokens.text) or is_given_name(tokens.text):
        return False
    text = doc_text(doc)
    return (english_word(tokens[0]) and _opens_a_unit(tokens[0], text)
            and (_written_lower(tokens.text, text) or _runs_on(text, span[1]))
            and not _capitalised_in_running_text(tokens.text, text))


_TITLE_WORD = re.compile(r"[A-Z][a-z]+")
_UNIT_OPENERS = frozenset(".!?:;-–—•|【】[(\"“*·>")


def _opens_a_unit(t: Token, text: str) -> bool:
    """T opens its sentence, a line, or what follows a label's colon, a dash, a bullet or a bracket; not
    a word a hyphen joins to the one before ('Tilt' of 'Pan-Tilt')."""
    if text[t.idx - 1:t.idx] in ("-", "–"):
        return False
    before = text[:t.idx].rstrip(" \t")
    return t.is_sent_start or not before or before[-1] == "\n" or before[-1] in _UNIT_OPENERS


def _written_lower(word: str, text: str) -> bool:
    """TEXT writes WORD in lower case somewhere, as a word of its own."""
    return re.search(r"(?<![\w-])" + re.escape(word.lower()) + r"(?![\w-])", text) is not None


def _runs_on(text: str, end: int) -> bool:
    """The word ending at END runs on into a capitalised word after one space: a piece of a longer
    capitalised run ('Distinctive' of 'Distinctive Design')."""
    return re.match(r" [A-Z]", text[end:end + 2]) is not None


def _capitalised_in_running_text(word: str, text: str) -> bool:
    """TEXT writes WORD with its capital right after a lower-case word or a comma ('like Square',
    'Shopify, Square'): a name there, whatever else it is."""
    return re.search(r"[a-z,] +" + re.escape(word) + r"(?![\w-])", text) is not None


def _opens_sentence(t: Token) -> bool:
    """Only a list's number or marks stand before T in its sentence ('5. Require auditability')."""
    return not any(w.is_alpha for w in t.doc[t.sent.start:t.i])


def _read_as_verb(t: Token) -> bool:
    """T is a verb in its sentence: tagged one, or the head of a clause with a direct object."""
    return t.pos_ in ("VERB", "AUX") or t.dep_ == "ROOT" and any(c.dep_ == "dobj" for c in t.children)


def lower_case_phrase(name: str, text: str) -> bool:
    """NAME, of three words or more, is written in lower case somewhere in TEXT: the text's own
    casing says it is a phrase of the language ('cost per click'), capitalised where it is for
    emphasis or a title. Two words are too often a body news writes either way ('the law lords')."""
    return len(name.split()) >= 3 and re.search(r"(?<![\w-])" + re.escape(name.lower()) + r"(?![\w-])", text) is not None


_NAMED = {"PERSON", "GPE", "LOC"}


def surname_alone(full: str, surname: str) -> bool:
    """SURNAME alone may stand for the person named FULL: it is no common word ('Doig'), or FULL
    opens with a given name ('Peter Constable', 'Matthew Kraft': ``is_given_name``, the broad list);
    'Products' is no short name of 'Plumbing Products', nor 'Keys' of 'Addictive Keys' or 'Gallery' of
    'Courtauld Gallery', nor an initial or capitals
    ('S.', 'AI') of 'Stu S.' or 'Meet Freddy AI', nor a word written without a capital that NER ran
    into the name ('be' of 'Mary be', 'the' of 'Linda Kasabian - the'): alone it is that word."""
    if len(surname.strip(".")) < 2 or surname.isupper() or surname.islower():   # 'S.', 'AI', 'be'
        return full == surname
    return len(full.split()) < 2 or not common_word(surname) or is_given_name(full.split()[0])


_WORD_BEFORE = re.compile(r"([A-Z][\w.’'-]*)[ \t]+(?:[\"“‘'][^\"”’'\n]{1,25}[\"”’'][ \t]+)?$")
NAME_RUN = 3   # capitalised words read back from a surname: 'Hans Christian Anderson'


def words_before(text: str, surname: str) -> list[tuple[str, ...]]:
    """Each run of capitalised words TEXT writes directly before SURNAME (a whole word, on its line;
    a quoted nickname between them skipped: 'Marion "Suge" Knight'), nearest first, up to
    ``NAME_RUN`` words: ('Huw',) of 'Rock DJ Huw Stephens' gives ('Huw', 'DJ', 'Rock'). Which of
    them are given names the caller decides (``identity._forenames_written``)."""
    runs = []
    for m in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text):
        run: list[str] = []
        head = text[max(0, m.start() - 120):m.start()]
        while len(run) < NAME_RUN and (w := _WORD_BEFORE.search(head)):
            run.append(w.group(1))
            head = head[:w.start()]
        if run:
            runs.append(tuple(run))
    return runs


def numbered(key: str, name: str) -> str:
    """KEY (a folded name, which drops digits) with the numbers written in NAME, each with the
    letters it is written with: a model code is one token ('ELFE7637AT' is not 'ELFW7637AT', nor
    'iPhone 15' 'iPhone 16')."""
    digits = [t.lower() for t in re.findall(r"[^\W_]*\d[^\W_]*", name)]
    return key + "#" + ".".join(digits) if digits else key


def end_signs(name: str) -> str:
    """The '+' or '#' a name ends with, which folding drops: part of a product's name ('C++' is not
    'C', nor 'C#'; 'Disney+' is not Disney)."""
    m = re.search(r"[+#]+$", name.strip())
    return m.group(0) if m else ""


def short_form(name: str) -> bool:
    """NAME is initials or a short form written in capitals ('NYU', 'PHP', 'MoD', 'W-2', 'SP500'):
    one word with two capitals or digits or more, of at most five characters or no lower case
    ('YouTube' is a name, spelled 'Youtube' too)."""
    bare = strip_the(name).replace(".", "")
    caps = sum(ch.isupper() or ch.isdigit() for ch in bare)
    return " " not in bare and caps >= 2 and (len(bare) <= 5 or bare.upper() == bare)


def initials(name: str) -> str | None:
    """The initials of a name of two words or more, function words left out ('Chartered Institute
    of Purchasing and Supply' -> 'CIPS'); None for one word."""
    words = [w for w in strip_the(name).split() if w.lower() not in english().function_words]
    return "".join(w[0] for w in words).upper() if len(words) >= 2 else None


@lru_cache(maxsize=4096)
def short_forms(name: str) -> frozenset[str]:
    """What a firm's name is shortened to: its distinctive words without the business-type words
    around them ('Altria' of 'Altria Group', 'Menatep' of 'Group Menatep'; data/entities_en.json
    'firm_designators' and 'legal_forms'), the name before '&' ('Marsh' of 'Marsh & McLennan'; not
    when both sides are common nouns, ``_pair_of_things``),
    and the clipped forms the knowledge file lists ('Fed' of 'Federal Reserve')."""
    words = strip_the(name).replace(",", " ").split()
    if numbered("", name) or len(words) < 2:
        return frozenset()
    trade = english().firm_designators | english().legal_forms
    core = list(words)
    while core and core[-1].lower().strip(".") in trade:
        core.pop()
    while core and core[0].lower() in trade:
        core.pop(0)
    out = {" ".join(core)} if 0 < len(core) < len(words) else set()
    if "&" in words and words.index("&") > 0 and not _pair_of_things(words):
        out.add(" ".join(words[:words.index("&")]))
    return frozenset(out | {short for short, long in english().org_clipped.items() if long == " ".join(words)})


def _pair_of_things(words: list[str]) -> bool:
    """Both sides of the '&' are common nouns ('Health & Fitness', 'Headers & Footers', 'Shoes &
    Jewelry'): a category or a heading, of which the first half is a thing of its own, no short name;
    a firm so named holds a name on one side ('Marsh & McLennan', 'Procter & Gamble')."""
    cut = words.index("&")
    return common_words(" ".join(words[:cut])) and common_words(" ".join(words[cut + 1:]))


WORD_SPELLING = 0.8   # a word this like another (rapidfuzz ratio) may be its spelling ('Centre' / 'Center')


def one_word_apart(a: str, b: str) -> bool:
    """A and B, of as many words, differ in a word that is no spelling of the other's ('Tokyo' and
    'Kyoto Travel Guide', 'Road-Running Shoes - Men' and '- Women', 'Adobe InDesign' and 'Adobe
    Illustrator Bootcamp'): two things of one line, however alike the whole names are spelled. Function
    words may differ ('Department for' / 'of Work and Pensions').
    A variant spells every word alike (``_word_spelling``: 'Centre' / 'Center for ...', 'Reinhard' / 'Reinhart')."""
    wa, wb = (strip_the(n).lower().replace(".", "").replace(",", "").split() for n in (a, b))
    if len(wa) != len(wb) or len(wa) < 2 or sorted(wa) == sorted(wb):   # 'Report 2024' / '2024 Report'
        return False
    little = english().function_words
    return any(not _word_spelling(x, y) for x, y in zip(wa, wb) if x != y and not {x, y} <= little)


SHARED_STEM = 4   # letters two words must open with alike to be forms of one word ('Currency' / 'Currencies')


def _word_spelling(x: str, y: str) -> bool:
    """Lower-case words X and Y may be one word: folded alike ('Gray' / 'Grey'), spelled alike
    (``WORD_SPELLING``), one opening the other ('Mod' / 'ModPack', 'Harvard' / 'Harvard-T.H.'), or of
    one stem ('Currency' / 'Currencies')."""
    if numbered(name_key(x), x) == numbered(name_key(y), y):
        return True
    from rapidfuzz import fuzz  # here: readers of the ledger look names up without it
    stem = next((i for i, (p, q) in enumerate(zip(x, y)) if p != q), min(len(x), len(y)))
    return fuzz.ratio(x, y) / 100.0 >= WORD_SPELLING or stem == min(len(x), len(y)) or stem >= SHARED_STEM


def middle_words_differ(a: str, b: str) -> bool:
    """Names A and B, sharing their first and last words, each hold middle words, written in full,
    of which they share none ('Adobe InDesign Bootcamp' / 'Adobe Illustrator Bootcamp', 'Deco X60
    WiFi' / 'Deco X90 WiFi', 'Maria Anna Lopez' / 'Maria Teresa Lopez'): two things, where a middle
    initial or a middle name left out says nothing ('George W. Bush', 'Hillary Rodham Clinton'), nor
    a word another opens ('Mobile App' / 'Application Development')."""
    ma, mb = (_middle_words(n) for n in (a, b))
    return bool(ma) and bool(mb) and not any(x == y or x.startswith(y) or y.startswith(x) for x in ma for y in mb)


def _middle_words(name: str) -> set[str]:
    """The folded middle words of NAME ('Ðức' = 'Đức'), or none when one of them is an initial ('W.', 'F')."""
    words = strip_the(name).split()[1:-1]
    if any(len(w.strip(".")) < 2 for w in words):
        return set()
    return {numbered(name_key(w), w) for w in words}
