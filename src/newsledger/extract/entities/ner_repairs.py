"""Repairs of the labels and spans spaCy's small English model gets wrong on news names.

On unfamiliar (often transliterated) names the model swaps people and places ('Shevchuk' as
GPE, 'Avdiivka' as PERSON), cuts a given name off ('Marina' untagged before 'Lysenko'), misses
a name altogether, or tags a bare title as an organisation ('the Minister of Foreign Affairs
of'). Each repair is a general rule over the gazetteer (extract/places.py), the given-name
groups (data/names_first.json) and the word lists in data/titles_en.json.
"""
from __future__ import annotations

from collections.abc import Callable
from collections.abc import Set as AbstractSet

from spacy.tokens import Doc, Span, Token

from ...names import is_first_name, is_given_name, name_key, strip_the
from ...nlp.components import doc_text
from ...nlp.wordnet import WORDNET, first_class, head_class, spoken, word_classes
from ..places import PLACE_LABELS, is_country, is_demonym, is_place, looks_place, minor_place
from ..places.gazetteer import candidates as place_candidates
from ..places.lexicon import place_words
from ..spans import inside
from .candidates import Cand
from .lexicon import english, feature_kind, institution_word, is_government_seat, lexicon, venue_word
from .uses import as_modifier, firm_named_by_a_word, used_as_place


def _place_by_words(c: Cand, placed: AbstractSet[str]) -> str | None:
    """'Royal Street', 'Mississippi River', 'Rue Casa Calvo' tagged as a person or organisation
    are places: FAC when built, LOC when natural. So is a venue NER took for a firm where the
    article uses it as a place (PLACED: 'at Barclays Center')."""
    if c.label not in ("PERSON", "ORG") or c.key:
        return None
    words = c.text.split()
    venue = (c.label == "ORG" and len(words) > 1 and venue_word(words[-1])
             and name_key(strip_the(c.text)) in placed)
    return feature_kind(c.text) or ("FAC" if venue else None)


def fix_labels(cands: list[Cand], placed: AbstractSet[str] = frozenset()) -> None:
    """NER swaps people and places on unfamiliar names: a name folding onto a person's surname in
    the article is that person ('Nayev' as ORG, 'Shevchuk' as GPE), a lone 'person' or a firm the
    gazetteer knows, nobody in the article carries as a surname and the article uses as a place
    (PLACED: keys of such names; or a country, region or city) is a place ('near Avdiivka'), so is a
    'firm' named by a country's whole name ('the Democratic People's Republic of Korea', not the
    Republic of Korea inside it), and a 'person' ending in an institution's word is an organisation
    ('Oregon Guard')."""
    placed = placed | {name_key(strip_the(c.text)) for c in cands if c.label in PLACE_LABELS}
    for c in cands:
        c.label = _place_by_words(c, placed) or c.label
        if c.label == "PERSON" and len(c.text.split()) > 1 and institution_word(c.text.split()[-1]):
            c.label = "ORG"
    full = {name_key(c.text.split()[-1]) for c in cands if c.label == "PERSON" and " " in c.text}
    for c in [c for c in cands if c.label == "PERSON"]:
        words = c.text.split()
        lone = len(words) == 1 and name_key(c.text) not in full and _placed(c.text, placed)
        if not is_first_name(words[0]) and (lone or len(words) > 1 and is_place(c.text)):
            c.label = "GPE"
    surnames = {name_key(c.text.split()[-1]) for c in cands if c.label == "PERSON"}
    for c in [c for c in cands if c.label != "PERSON"]:
        words = c.text.split()
        if c.label in ("ORG", "FAC") and len(words) <= 3 and not is_government_seat(c.text) \
                and not c.text.isupper() and _placed(c.text, placed) and not firm_named_by_a_word(c, cands) \
                or c.label == "ORG" and is_country(c.text):
            c.label = "GPE"
        elif (c.key is None and len(words) <= 3 and not c.text.isupper() and all(w[:1].isupper() for w in words)
              and name_key(words[-1]) in surnames and not is_place(c.text)):
            c.label = "PERSON"
            _drop_honorific(c)


def surnames_taken_for_places(doc: Doc, cands: list[Cand]) -> None:
    """A lone word NER took for a town or province that is the surname of a person the article names
    in full ('Willis' beside Bruce Willis, 'Miyazaki' beside Hayao Miyazaki, 'Clinton' beside Bill
    Clinton) is that person where the article does not use it as a place ('in Clinton', 'Davis,
    California'), unless it names a country, a continent or a sea ('Rwanda' of the film 'Hotel
    Rwanda'): the gazetteer holds a town for most surnames. The full name must open with a given
    name or a word that is no place, so that a place's own two-word name ('New Delhi') says nothing."""
    full = {name_key(c.text.split()[-1]) for c in cands
            if c.label == "PERSON" and c.kind == "name" and len(c.text.split()) > 1 and not is_place(c.text.split()[0])}
    lone = [c for c in cands if c.label in PLACE_LABELS and c.kind == "name" and not c.key and " " not in c.text
            and c.text[:1].isupper() and not c.text.isupper() and name_key(c.text) in full and minor_place(c.text)]
    for c in lone:
        if not used_as_place(doc, c.span):
            c.label = "PERSON"


def people_named_like_places(doc: Doc, cands: list[Cand]) -> None:
    """A one-word name the tagger or the gazetteer took for a town or province (never a country,
    continent or sea) is a person where the article writes it as one: listed only among people
    ('Subs: Wright, Pistone, Weir, Plessis, Vaughan', 'by Bono, Stevie Wonder and Norah Jones'),
    after a person's noun in the singular that describes it ('UK rapper Kano', 'U2 frontman Bono';
    not 'the leaders Chelsea', a team), or typed a person by NER and the subject of a verb of speech
    ('Bono announced'). Most surnames and many stage names are also a town somewhere (issue 13: a
    person geocoded). Every mention of the name follows, unless the article also uses it as a place
    ('a gig in Kano')."""
    person = {id(c) for c in cands if _lone_place_name(c) and not used_as_place(doc, c.span) and (
        _listed_with_people(doc, c, cands) or _described_as_person(doc, c) or _speaks(doc, c))}
    keys = {name_key(c.text) for c in cands if id(c) in person}
    placed = {name_key(c.text) for c in cands if name_key(c.text) in keys and id(c) not in person
              and c.kind == "name" and used_as_place(doc, c.span)}
    for c in cands:
        if c.label in PLACE_LABELS and c.kind == "name" and name_key(c.text) in keys - placed:
            c.label = "PERSON"


def _lone_place_name(c: Cand) -> bool:
    """C is one capitalised word typed a place that names only towns or provinces in the gazetteer."""
    return (c.label in PLACE_LABELS and c.kind == "name" and not c.key and " " not in c.text
            and c.text[:1].isupper() and not c.text.isupper() and minor_place(c.text))


def _enumeration(tok: Token) -> list[Token]:
    """The heads of the items of the list TOK is an item of (coordinated or set side by side in
    apposition, as team sheets are parsed), TOK left out."""
    top = tok
    while top.dep_ in ("conj", "appos") and top.head.i != top.i:
        top = top.head
    items, todo = [], [top]
    while todo:
        t = todo.pop()
        items.append(t)
        todo += [k for k in t.children if k.dep_ in ("conj", "appos")]
    return [t for t in items if t.i != tok.i]


def _listed_with_people(doc: Doc, c: Cand, cands: list[Cand]) -> bool:
    """C is an item of a list of three names or more whose other named items are people, one at least (a
    name the tagger left untyped says nothing; a town's or a firm's name beside it does), and the list
    is not itself a place's name ('St Kitts and Nevis', whose first half NER may take for a person).
    A person and a place side by side are no list: 'Stanley Uzoaru, Owerri' (a byline), 'Sen. Ben
    Sasse, R-Neb.'."""
    tokens = doc.char_span(*c.span, alignment_mode="expand")
    if tokens is None or not len(tokens):
        return False
    items = _enumeration(tokens.root)
    named = [next((o for o in cands if o.kind == "name" and o.span[0] <= t.idx < o.span[1]
                   and not inside(c.span, o.span)), None) for t in items]
    listed = [o for o in named if o is not None]
    whole = doc[min([t.left_edge.i for t in items] + [tokens.start]):max([t.right_edge.i + 1 for t in items] + [tokens.end])]
    return (sum(t.pos_ == "PROPN" for t in items) > 1 and bool(listed) and all(o.label == "PERSON" for o in listed)
            and not place_candidates(strip_the(whole.text)))


def _described_as_person(doc: Doc, c: Cand) -> bool:
    """The common noun just before C that modifies it, or its apposition, is a person's noun in the
    singular ('rapper Kano', 'Bono, the singer'): a plural ('the leaders Chelsea', 'hosts Barcelona')
    names a side. Not when C is itself set beside another name: 'Sen. Ben Sasse, R-Neb., a frequent
    critic' describes the senator."""
    tokens = doc.char_span(*c.span, alignment_mode="expand")
    if tokens is None or not len(tokens) or tokens.root.dep_ == "appos":
        return False
    nouns = [t for t in tokens.root.children if _apposition(t)]
    before = doc[tokens.start - 1] if tokens.start > 0 else None
    if before is not None and before.head.i in range(tokens.start, tokens.end) and before.dep_ in ("compound", "nmod"):
        nouns.append(before)
    return any(t.tag_ == "NN" and head_class(t) == "person" for t in nouns)


def _speaks(doc: Doc, c: Cand) -> bool:
    """NER typed C a person, and C is the subject of a verb of speech ('Bono announced')."""
    tok = doc.char_span(*c.span, alignment_mode="expand")
    return (c.ner == "PERSON" and tok is not None and len(tok) > 0 and tok.root.dep_ == "nsubj"
            and spoken(tok.root.head))


def described_firms(doc: Doc, cands: list[Cand]) -> None:
    """A name NER took for a person that the article describes with an organisation's noun is an
    organisation ('oil group Yukos', 'NM Rothschild, the investment bank'): the small English model
    types many firms' one-word names as people. The describing noun is the name's apposition or
    the common noun just before the name that modifies it (not one closing a person's title: 'the
    minister for civil aviation Praful Patel'); it names an organisation when its first WordNet
    sense is a group's ('firm', 'insurer', 'club'; never 'head', 'chief', 'owner') or the lexicons
    list it as a body's head. Every mention of the name in the article follows."""
    firms = {name_key(c.text) for c in cands if _person_cand(c) and _described_as_body(doc, c)}
    for c in cands:
        if _person_cand(c) and name_key(c.text) in firms:
            c.label = "ORG"


def firms_named_like_towns(doc: Doc, cands: list[Cand]) -> None:
    """A name NER took for a place that is no country, region or capital (a town's, or one the
    gazetteer lacks) is an organisation where the article writes it as one: listed only among
    organisations ('Yamaha, General Motors and Toyota', 'surveys from the Halifax and Nationwide')
    or described with an organisation's noun ('its Japanese subsidiary Fuso', 'the bank, Santander'):
    firms are often named after towns, and the town is then no place of the story (issue 13: a firm's
    name geocoded). Every mention of the name follows, unless the article also uses it as a place
    where nothing says it is the firm ('plants in Toyota')."""
    firm = {id(c) for c in cands if _town_named(c) and (_listed_with_firms(doc, c, cands) or _described_as_body(doc, c))}
    keys = {name_key(c.text) for c in cands if id(c) in firm}
    placed = {name_key(c.text) for c in cands if name_key(c.text) in keys and id(c) not in firm
              and c.kind == "name" and used_as_place(doc, c.span)}
    for c in cands:
        if c.label in PLACE_LABELS and name_key(c.text) in keys - placed:
            c.label = "ORG"


def named_occasions(cands: list[Cand]) -> None:
    """A name of two words or more NER tagged a place or a facility, that the gazetteer does not hold
    whole, headed by a noun of an occasion (``_occasion_head``: 'the Berlin Film Festival', 'the Golden
    Globe Awards', 'the Manchester Games', 'the View From Great Edinburgh Cross Country') is that
    occasion, no place (issue 13: a tournament, a festival or a prize named after its town); a name
    NER ran on into a lower-case word ('Republic of Ireland v') has no such head. The name becomes
    an event, and the town its name holds is found as a mention of its own (``toponyms``)."""
    for c in cands:
        words = c.text.split()
        if c.label in PLACE_LABELS and c.kind == "name" and c.key is None and len(words) > 1 \
                and words[-1][:1].isupper() and not is_place(c.text) and _occasion_head(words):
            c.label = "EVENT"


def _occasion_head(words: list[str]) -> bool:
    """The last word of a name (with the one before it when WordNet lists the two as one noun: 'cross
    country'), singular where WordNet lacks the plural, is a contest played or run, a prize or a title
    won ('Games', 'Marathon', 'Awards', 'Championships'), or a contest's name as WordNet writes it
    (``named_contests``: 'the Sydney Olympics', 'the Birmingham Grand Prix'), or a noun whose every WordNet sense is a
    happening (``occasion_classes``: 'Festival', 'Ceremony'), not a building, ground or body ('Hall',
    'Park', 'Market', 'Fair')."""
    if any(" ".join(words[-n:]) in WORDNET.named_contests for n in (1, 2)):
        return True
    pair = " ".join(words[-2:]).lower()
    head = pair if word_classes(pair) else _head_noun(words[-1])
    if head in WORDNET.matches or head in WORDNET.awards or head in WORDNET.titles:
        return True
    classes = word_classes(head)
    return bool(classes) and all(cls in english().occasion_classes for cls in classes)


def _head_noun(word: str) -> str:
    """WORD as WordNet lists it: lower-cased, and singular where WordNet lacks the plural
    ('Championships': 'championship'; 'Games' stays, WordNet has it)."""
    low = word.lower()
    return low if word_classes(low) or not low.endswith("s") else low[:-1]


def _town_named(c: Cand) -> bool:
    """C is a name NER tagged as a place that the gazetteer holds only as towns (or districts) that are no capital, or not at all."""
    return c.label == "GPE" and c.kind == "name" and c.key is None and all(
        p.level in ("city", "airport", "admin2") and not p.capital for p in place_candidates(strip_the(c.text)))


def _listed_with_firms(doc: Doc, c: Cand, cands: list[Cand]) -> bool:
    """C is coordinated with other names, every one of them an organisation's and one at least named
    by no place: NER tags lists of towns and constituencies as firms ('at Bristol, Isle of Wight and
    Stockton on Tees', 'Bethnal Green and Bow'), but 'Hyundai, Toyota, Suzuki and Ford' are carmakers."""
    tokens = doc.char_span(*c.span, alignment_mode="expand")
    if tokens is None or not len(tokens):
        return False
    orgs = [o for o in cands if o.label == "ORG" and o.kind == "name" and not inside(c.span, o.span)]
    listed = [next((o for o in orgs if o.span[0] <= t.idx < o.span[1]), None)
              for t in tokens.root.conjuncts if not tokens.start <= t.i < tokens.end]
    return bool(listed) and all(listed) and any(o and not _named_by_a_place(o.text) for o in listed)


def _named_by_a_place(name: str) -> bool:
    """NAME is a place's the gazetteer holds, or opens with a sizeable place's ('Bristol South')."""
    return bool(place_candidates(strip_the(name))) or is_place(name.split()[0].strip(",;:"))


def _person_cand(c: Cand) -> bool:
    """C is a name typed a person's that opens with no given name nor honorific ('Yukos', 'Swiss
    Re'; not 'Grant Thornton', whom only the article can tell from a person)."""
    first = c.text.split()[0] if c.text.split() else ""
    return (c.label == "PERSON" and c.kind == "name" and c.key is None and c.person is None
            and not is_given_name(first) and not lexicon().honorific(first))


def _described_as_body(doc: Doc, c: Cand) -> bool:
    tokens = doc.char_span(*c.span, alignment_mode="expand")
    if tokens is None or not len(tokens):
        return False
    before = doc[tokens.start - 1] if tokens.start > 0 else None
    if before is not None and lexicon().honorific(before.text):
        return False
    nouns = [t for t in tokens.root.children if _apposition(t)]
    if (before is not None and before.head.i in range(tokens.start, tokens.end) and before.dep_ in ("compound", "nmod")
            and not _in_title(doc, before)):
        nouns.append(before)
    return any(_body_noun(t) for t in nouns)


def _apposition(tok: Token) -> bool:
    """TOK heads a phrase set beside a name that says what it is ('NM Rothschild, the investment
    bank'): a common noun with its own article, not a word the parse cut out of a longer noun."""
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return (tok.dep_ == "appos" and tok.pos_ == "NOUN" and not tok.ent_type_
            and any(c.dep_ in ("det", "poss") for c in tok.children) and (after is None or after.pos_ not in ("NOUN", "PROPN")))


def _in_title(doc: Doc, tok: Token) -> bool:
    """TOK ends a person's title the parse ran into the name ('the minister for civil aviation
    Praful Patel'): the preposition opening its phrase hangs on a person's noun."""
    at = tok.left_edge.i - 1
    return at >= 0 and doc[at].pos_ == "ADP" and head_class(doc[at].head) == "person"


def _body_noun(tok: Token) -> bool:
    """TOK names an organisation: its first WordNet sense is a group ('firm', 'insurer', 'club'),
    or it heads a body's or a firm's name in the lexicons ('company', 'group', 'agency')."""
    word = tok.lemma_.lower()
    return (head_class(tok) == "group" or word in lexicon().org_heads or word in english().firm_designators)


def whole_party_names(doc: Doc, cands: list[Cand]) -> None:
    """A party's name NER cut short keeps its opening word: 'Liberal Democrat chairman Matthew
    Taylor' gives 'Democrat', which alone names another party (the US Democrats). A candidate that,
    with the capitalised word before it, spells a longer party form the knowledge file lists
    (``party_forms``: 'Liberal Democrat') takes that word into its span."""
    forms = english().party_forms
    for c in cands:
        tokens = doc.char_span(*c.span, alignment_mode="expand")
        if tokens is None or tokens.start == 0 or c.kind != "name":
            continue
        before = doc[tokens.start - 1]
        longer = f"{before.text} {c.text}"
        if before.is_title and longer in forms and forms[longer] != forms.get(c.text):
            c.span, c.text = (before.idx, c.span[1]), longer


def people_after_titles(doc: Doc, cands: list[Cand]) -> None:
    """A place name written after an honorific or a capitalised title ('Mr Houston', 'Lord Hamilton',
    'President Bush'), or NER's place span that opens with an honorific ('Mr Hague'), is a person's
    name, never a place (the gazetteer has a Houston, a Hamilton and a Bush). After a title, not
    where the name modifies a noun: 'Commander Peshawar corps' is the corps' commander."""
    lex = lexicon()
    for c in [c for c in cands if c.label in PLACE_LABELS and not c.key]:
        tokens = doc.char_span(*c.span, alignment_mode="expand")
        if tokens is None or not len(tokens):
            continue
        before = doc[tokens.start - 1] if tokens.start > 0 else None
        honorific = before is not None and lex.honorific(before.text) or lex.honorific(tokens[0].text) and len(tokens) > 1
        titled = (before is not None and before.is_title and before.lower_ in lex.person_heads
                  and not as_modifier(doc, c.span))
        if honorific or titled:
            c.label = "PERSON"
            _drop_honorific(c)


def _drop_honorific(c: Cand) -> None:
    """A name NER labelled as no person ('Ms Pelosi' as a firm, 'Mr Hague' as a place) that the
    repairs make a person loses its opening honorific, as NER's own people do when their spans are
    trimmed (``candidates._trim``): 'Ms Pelosi' is Pelosi, who is Nancy Pelosi (issue 13: honorific
    forms join their person within an article)."""
    first, _, rest = c.text.partition(" ")
    rest = rest.lstrip()
    if rest and lexicon().honorific(first):
        cut = len(c.text) - len(rest)
        c.span, c.text = (c.span[0] + cut, c.span[1]), rest


def _placed(text: str, placed: AbstractSet[str]) -> bool:
    """TEXT is a country, region or city, or a place the article uses as one (PLACED)."""
    return is_place(text) or looks_place(text) and name_key(strip_the(text)) in placed


def proper_runs(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """Names NER missed: a run of two or three capitalised proper nouns opening with a known given
    name ('Marina Lysenko', 'Yevhen Melnychuk') that no entity covers and the gazetteer does not know."""
    taken = {t.i for c in cands for t in doc.char_span(*c.span, alignment_mode="expand") or []}
    proper = [t.tag_ == "NNP" and t.is_title and t.is_alpha and t.i not in taken for t in doc]
    out, i = [], 0
    while i < len(doc):
        j = i
        while j < len(doc) and j - i < 3 and proper[j]:
            j += 1
        run = doc[i:j]
        if len(run) >= 2 and is_first_name(run[0].text) and not is_place(run.text):
            out.append(Cand((run.start_char, run.end_char), run.text, "PERSON"))
        i = max(j, i + 1)
    return out


def quoted_body_names(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """Names NER missed because they are ordinary words in quotation marks: 'the opposition bloc
    "Victory"', 'the party "Revival"', as wire reports translated from other languages write the
    names of parties, blocs and movements. One to four capitalised words in quotes, no mention
    covering them, right after a common noun whose first WordNet sense is a group ('bloc', 'party',
    'movement') are that group's name, an organisation; after any other noun ('the film "Victory"',
    'the exercise "Zapad"') they stay what NER made of them."""
    taken = {t.i for c in cands for t in doc.char_span(*c.span, alignment_mode="expand") or []}
    out = []
    for opening in (t for t in doc if t.is_quote and t.i > 0):
        before = doc[opening.i - 1]
        end = next((j for j in range(opening.i + 1, min(opening.i + 6, len(doc))) if doc[j].is_quote), None)
        if end is None or end == opening.i + 1 or before.pos_ != "NOUN" or first_class(before.lemma_.lower()) != "group":
            continue
        words = doc[opening.i + 1:end]
        if all(w.is_title and w.is_alpha and w.i not in taken for w in words):
            out.append(Cand((words.start_char, words.end_char), words.text, "ORG"))
    return out


def demonym_led_names(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """A demonym that opens a firm's name is part of that name, not a people ('Swiss Re, the Swiss
    insurer': NER tags 'Swiss' and leaves 'Re'): a one-word demonym followed by one or two
    capitalised proper nouns no mention covers, the last of them the head the demonym modifies,
    makes an organisation's name of the run; never when a word of the run is a title's, a
    feature's or a place's ('German Chancellor Gerhard Schroeder', 'Irish Sea')."""
    demonyms = [c for c in cands if c.label == "NORP" and " " not in c.text and is_demonym(c.text) and _one_token(doc, c)]
    for c, end in _names_led_by(doc, cands, demonyms):
        c.span, c.text, c.label = (c.span[0], end), doc_text(doc)[c.span[0]:end], "ORG"
    return [c for c in demonyms if c.label == "ORG"]


def _one_token(doc: Doc, c: Cand) -> bool:
    """C's name is one token ('Swiss', not 'Anglo-Dutch')."""
    tokens = doc.char_span(*c.span, alignment_mode="expand")
    return tokens is not None and len(tokens) == 1


def place_led_names(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """The names of firms, works and bodies that open with a place's name, as ``demonym_led_names``
    finds them: 'Shares in UK Coal', 'the end of the East Kent Hunt', 'exploited by Cambridge
    Analytica' (NER tags the place and leaves the rest). The place's mention stays, inside the
    new name, so it is marked as part of it (``find._mark_non_place_uses``) and is no place of the
    ledger (issue 13: a word inside an organisation's or a work's name is not placed). Only a place
    the gazetteer knows, tagged as one; never before a title's, feature's or place's word ('US
    Treasury Secretary', 'Tokyo Tower', 'London Heathrow'), a word that narrows the place ('Leeds
    Central', a constituency) nor a name going on ('United States House of Representatives').
    A longer name headed by a body's or a contest's noun is found too (``_headed_rest``: 'the US Anti
    Doping Agency', 'the Dubai Championship trophy'), typed by its head (``_named_thing``)."""
    places = [c for c in cands if c.label == "GPE" and c.kind == "name" and not c.key
              and is_place(c.text) and not is_demonym(c.text)]
    text = doc_text(doc)
    return [Cand((c.span[0], end), text[c.span[0]:end], _named_thing(text[c.span[0]:end].split()[-1]) or "ORG")
            for c, end in _names_led_by(doc, cands, places, _rest_of_place_led_name)
            if not _still_a_place(doc, c.span, end)]


def _rest_of_place_led_name(doc: Doc, lead: Span, taken: AbstractSet[int]) -> Span | None:
    """The rest of a name a place's name opens: a firm's or a work's (``_rest_of_name``), or a
    body's or a contest's (``_headed_rest``)."""
    return _rest_of_name(doc, lead, taken) or _headed_rest(doc, lead, taken)


def _headed_rest(doc: Doc, lead: Span, taken: AbstractSet[int]) -> Span | None:
    """The capitalised words after LEAD, up to four (a hyphen or a plural's apostrophe may join
    them: 'Anti-Doping', "Supporters' Association"; not the place's own apostrophe: "Wales' Six
    Nations squad"), that end in the head noun of a body or a contest (``_named_thing``): 'the US
    Anti Doping Agency', 'the New Zealand High Court', 'the
    Dubai Championship trophy', 'A South Wales Police spokeswoman' (issue 13: a place's word inside
    the name of a tournament, a club or an association is no mention of the place). The parse may
    hang the place on any word of such a name, and the name on a common noun after it. Never a
    title's word ('US Treasury Secretary') nor a run going on into another capitalised word."""
    end, words = lead.end, 0
    while end < len(doc) and end not in taken and words < 4:
        if _name_word(doc[end]):
            end, words = end + 1, words + 1
        elif words and _name_glue(doc, end):
            end += 1
        else:
            break
    while end > lead.end and not _name_word(doc[end - 1]):
        end -= 1
    after = doc[end] if end < len(doc) else None
    if end == lead.end or after is not None and (after.is_title and after.is_alpha or _name_glue(doc, end)):
        return None
    run = doc[lead.end:end]
    return run if _named_thing(run[-1].text) and not is_place(doc[lead.start:end].text) else None


def _name_word(t: Token) -> bool:
    """T is a capitalised word of a name, no title's word ('Chancellor', 'Secretary')."""
    lex, low = lexicon(), t.lower_
    return t.is_title and t.is_alpha and not (low in lex.person_heads or low in lex.honorifics or low in lex.military_nouns)


def _name_glue(doc: Doc, i: int) -> bool:
    """The token at I joins two words of one name: a hyphen written without spaces ('Anti-Doping'),
    or a plural's apostrophe ("Supporters' Association")."""
    t = doc[i]
    if i == 0 or i + 1 >= len(doc) or not _name_word(doc[i + 1]):
        return False
    return t.text == "-" and not doc[i - 1].whitespace_ and not t.whitespace_ \
        or t.text == "'" and t.tag_ == "POS" and doc[i - 1].lower_.endswith("s")


def _named_thing(word: str) -> str | None:
    """The label of a name whose head noun is WORD: 'EVENT' for a contest played or run, a prize or a
    title won (WordNet's contests, prizes and titles whose first sense is no group: 'Open',
    'Championship', 'Marathon', 'Games'), 'ORG' for a body (a noun whose first WordNet sense is a group: 'Agency',
    'Union', 'Club', 'Association', 'Court', 'Police'; or a sport's name, the body it names: 'UK
    Athletics'); None for anything else, a building or a ground among them ('Hall', 'Stadium', 'Park',
    'Hotel': where the place it holds stands)."""
    head = _head_noun(word)
    if head in WORDNET.sports or first_class(head) == "group":
        return "ORG"
    return "EVENT" if head in WORDNET.contests or head in WORDNET.awards or head in WORDNET.titles else None


def _still_a_place(doc: Doc, place: tuple[int, int], end: int) -> bool:
    """The name from the PLACE's start to END is a place or part of one, or goes on: the gazetteer
    holds it, however small ('San Marcos', which NER cuts to 'San'), a word after the place narrows
    it ('Leeds Central', 'Oxford East': constituencies, areas of the town; places_regions.json
    'direction_words'), or 'of' follows ('United States House of Representatives', whose 'House of
    Representatives' is a name of its own)."""
    rest = doc.char_span(place[1], end, alignment_mode="expand")
    if rest is None:
        return True
    after = doc[rest.end] if rest.end < len(doc) else None
    return bool(place_candidates(doc_text(doc)[place[0]:end])) or any(t.lower_ in place_words().direction_words for t in rest) \
        or after is not None and after.lower_ == "of"


def _names_led_by(doc: Doc, cands: list[Cand], leaders: list[Cand],
                  rest: Callable[[Doc, Span, AbstractSet[int]], Span | None] | None = None) -> list[tuple[Cand, int]]:
    """The LEADERS (of CANDS) that open a longer name, each with where that name ends (found by REST,
    ``_rest_of_name`` unless given), also where the name is written again and the parse read it
    otherwise ('Shares in Swiss Re fell')."""
    taken = {t.i for c in cands for t in doc.char_span(*c.span, alignment_mode="expand") or []}
    found = {}
    for c in leaders:
        tok = doc.char_span(*c.span, alignment_mode="expand")
        run = (rest or _rest_of_name)(doc, tok, taken) if tok is not None and len(tok) else None
        if run is not None:
            found[c.span] = run.end_char
    names = {doc_text(doc)[c.span[0]:found[c.span]] for c in leaders if c.span in found}
    out = []
    for c in leaders:
        n = next((n for n in names if doc_text(doc).startswith(n, c.span[0]) and _ends_word(doc, c.span[0] + len(n))), None)
        if n is not None:
            out.append((c, c.span[0] + len(n)))
    return out


def _ends_word(doc: Doc, at: int) -> bool:
    """The text has no letter right after AT (a name ends there)."""
    text = doc_text(doc)
    return at >= len(text) or not text[at].isalnum()


def _rest_of_name(doc: Doc, lead: Span, taken: AbstractSet[int]) -> Span | None:
    """The one or two proper nouns after the words LEAD (a demonym or a place's name) that
    ``demonym_led_names`` and ``place_led_names`` take as the rest of a name: the last of them the
    head LEAD's last word modifies, none a place nor making one with LEAD."""
    adj = lead[-1]
    end = adj.i + 1
    while end < len(doc) and end - adj.i <= 2 and end not in taken and _bare_name_word(doc[end]):
        end += 1
    if end == adj.i + 1 or adj.head.i != end - 1 or doc[end - 1].dep_ == "compound":
        return None
    run = doc[adj.i + 1:end]
    return None if is_place(run.text) or is_place(doc[lead.start:end].text) else run


def _bare_name_word(t: Token) -> bool:
    """T may be a word of a firm's name: a capitalised proper noun that is no title's word nor a
    feature's or institution's head ('Chancellor', 'Sea', 'University')."""
    lex = lexicon()
    low = t.lower_
    titles = lex.person_heads | lex.honorifics | lex.modifiers | lex.military_nouns
    return t.tag_ == "NNP" and t.is_title and t.is_alpha and low not in titles and not institution_word(low)


def extend_first_names(doc: Doc, cands: list[Cand]) -> None:
    """'politician Marina Lysenko' tagged as 'Lysenko' only (or 'Tomasz' untagged, 'Wrona' an ORG):
    a given name right before a one-word name makes it a person's full name."""
    taken = {t.i for c in cands for t in doc.char_span(*c.span, alignment_mode="expand") or []}
    for c in [c for c in cands if " " not in c.text and c.label not in PLACE_LABELS and not c.key]:
        tok = doc.char_span(*c.span, alignment_mode="expand")
        prev = doc[tok.start - 1] if tok is not None and tok.start > 0 else None
        if prev is not None and prev.i not in taken and prev.is_title and prev.is_alpha and is_first_name(prev.text):
            c.span, c.text, c.label = (prev.idx, c.span[1]), doc_text(doc)[prev.idx:c.span[1]], "PERSON"


def not_titles(cands: list[Cand]) -> list[Cand]:
    """Drops 'organisations' made only of title words ('the Minister of Foreign Affairs of')."""
    words = lexicon().person_heads | lexicon().modifiers
    return [c for c in cands if c.label != "ORG" or not all(w.lower() in words for w in c.text.split())]


def join_split_places(text: str, cands: list[Cand]) -> list[Cand]:
    """NER cuts a place's name in two ('Boa' GPE + 'Vista' ORG in 'living in Boa Vista', 'Newton' GPE
    + 'Aycliffe' PERSON): two names a space apart, one taken for a place, are one place when the
    gazetteer knows the whole as a place, or holds a place of any size by that very name ('Newton
    Aycliffe', a town of 25,000: two capitalised words spelling a town's whole name are seldom two
    names)."""
    by_end = {c.span[1]: c for c in cands if c.kind == "name" and not c.key}
    gone: set[int] = set()
    for c in [c for c in cands if c.kind == "name" and not c.key]:
        prev = by_end.get(c.span[0] - 1)
        if prev is None or id(prev) in gone or text[prev.span[1]] != " " or PLACE_LABELS.isdisjoint({prev.label, c.label}):
            continue
        whole = text[prev.span[0]:c.span[1]]
        if is_place(whole) or any(name_key(p.name) == name_key(whole) for p in place_candidates(whole)):
            c.span, c.text, c.label = (prev.span[0], c.span[1]), whole, "GPE"
            gone.add(id(prev))
    return [c for c in cands if id(c) not in gone]
