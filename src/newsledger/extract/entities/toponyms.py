"""Toponyms the NER model mislabels, misses or buries inside other names.

The small English model finds most places, but news also names them where it does not look:
inside an organisation's name ('the US Justice Department', 'the Jamaica Cancer Society'),
joined to a word ('US-based', 'anti-Russian'), in a wire story's dateline ('ALBUQUERQUE, N.M.
(AP) —'), or as a small town it takes for a person or a firm ('Immokalee', 'Cirencester').
Each is a mention of its own, so it can be geocoded and counted, while the organisation
around it keeps its own mention too. Towns tagged as people or firms are taken only when
they fit the places the article already names (``geocode.fits_context``), so surnames that
happen to be villages stay people.
"""
from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from ...model import Span
from ...names import is_first_name, name_key, strip_the
from ...nlp.components import doc_text
from ..places import PLACE_LABELS, gazetteer, geocode, minor_place, only_town
from ..spans import inside, overlaps
from .candidates import Cand
from .lexicon import english, institution_word, is_government_seat
from .uses import firm_named_by_a_word, of_land, used_as_place

_DOUBTFUL = {"PERSON", "ORG"}
_HOSTS = {"ORG", "NORP", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"}


def _tokens(doc: Doc, span: Span) -> range:
    tok = doc.char_span(*span, alignment_mode="expand")
    return range(tok.start, tok.end) if tok is not None else range(0)


def _capitalised(words: list[str], i: int, n: int) -> bool:
    """WORDS[I:I+N] open and close with a capital, with only words, '.', "'" or '&' between."""
    return (words[i][:1].isupper() and words[i + n - 1][:1].isupper()
            and all(w.isalpha() or w in ".'&" for w in words[i:i + n - 1]))


def _place_run(doc: Doc, words: list[str], i: int, taken: set[int], people: set[int]) -> SpacySpan | None:
    """The longest run of up to three capitalised tokens from I, outside TAKEN, naming a known
    place. A town's name is too often a word or a person's to count when it opens a sentence
    ('Police said'), is a given name ('David said') or sits beside a person's name ('San Marcos'
    with 'Marcos' a person). A seat of government ('the Kremlin') stands for the institution.
    WORDS are the doc's token texts: the cheap string tests run before
    any span is made, as most tokens fail them."""
    is_place_name = geocode.is_place_name
    for n in (3, 2, 1):
        if (i + n > len(words) or taken.intersection(range(i, i + n)) or not _capitalised(words, i, n)
                or words[i].lower() in english().definite_articles):
            continue
        span = doc[i:i + n]
        if (is_place_name(span.text) and not is_government_seat(span.text) and not _numbered(doc, i + n)
                and (not only_town(span.text) or _town_alone(span, people))):
            return span
    return None


def _numbered(doc: Doc, end: int) -> bool:
    """The token at END is a numeral that the name before it runs on into ('Channel 4', 'Channel
    Five', 'Radio 4': NER's one name for the two): a broadcaster, a model or a series named by a place
    or a word and a number, no place. A year after a town names what is held there ('London 2012'),
    and is no such numeral."""
    if end >= len(doc) or not doc[end].like_num or doc[end].ent_iob_ != "I":
        return False
    return not (doc[end].text.isdigit() and len(doc[end].text) == 4)


def _town_alone(span: SpacySpan, people: set[int]) -> bool:
    """SPAN, a town's name, neither opens a sentence, nor is a given name, nor touches a person's name."""
    return (not span[0].is_sent_start and not (len(span) == 1 and is_first_name(span.text))
            and span.start - 1 not in people and span.end not in people)


def _hyphen_parts(text: str, start: int) -> list[Cand]:
    """'US-based', 'anti-Russian', 'Russian-European' written at START: the known places
    joined by hyphens. A compound with a capitalised part that is no place is one name of its own
    ('Real-Time', 'Jack-Chi', 'Cho-U-Kao'): only a country, region or people in it is a place
    ('Austro-Hungarian'), not a town that is also a word or a name."""
    parts = text.split("-")
    one_name = any(p[:1].isupper() and not geocode.is_place_name(p) for p in parts)
    out, pos = [], start
    for part in parts:
        if part[:1].isupper() and geocode.is_place_name(part) and not (one_name and minor_place(part)):
            out.append(Cand((pos, pos + len(part)), part, "GPE"))
        pos += len(part) + 1
    return out


def _known_places(doc: Doc, taken: set[int], people: set[int]) -> list[Cand]:
    """Known place names outside TAKEN tokens: missed by NER, inside an organisation's name,
    or joined to a word by a hyphen."""
    words = [t.text for t in doc]
    out, i = [], 0
    while i < len(words):
        run = _place_run(doc, words, i, taken, people) if words[i][:1].isupper() else None
        if run is not None:
            out.append(Cand((run.start_char, run.end_char), run.text, "GPE"))
            i += len(run)
            continue
        if i not in taken and "-" in words[i]:
            out += _hyphen_parts(words[i], doc[i].idx)
        i += 1
    return out


def _datelines(text: str) -> list[Cand]:
    """'ALBUQUERQUE, N.M. (AP) —': the place a wire story opens a paragraph with."""
    out = []
    for m in gazetteer.dateline().finditer(text):
        name = m.group(1).strip()
        if gazetteer.candidates(name):
            out.append(Cand((m.start(1), m.start(1) + len(name)), name, "GPE"))
    return out


def _proper_runs(doc: Doc, taken: set[int]) -> list[Cand]:
    """Runs of up to three proper nouns outside any entity, not opening a sentence."""
    out, i = [], 0
    while i < len(doc):
        if i in taken or doc[i].pos_ != "PROPN" or doc[i].is_sent_start:
            i += 1
            continue
        j = i
        while j < len(doc) and j not in taken and doc[j].pos_ == "PROPN" and j - i < 3:
            j += 1
        out.append(Cand((doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)), doc[i:j].text, "GPE"))
        i = j
    return out


def _could_be_town(c: Cand, placed: set[str]) -> bool:
    """A person or firm NER found that may be a town: the article uses it as a place (PLACED),
    it is not opened by a given name ('Mary Smith'), nor a seat of government standing for the
    institution ('the Kremlin said')."""
    return (c.label in _DOUBTFUL and not c.key and c.kind == "name" and not is_first_name(c.text.split()[0])
            and not is_government_seat(c.text) and name_key(strip_the(c.text)) in placed)


def _split_hyphens(cands: list[Cand]) -> list[Cand]:
    """A people or place written as one hyphenated word ('anti-Russian', 'Austro-Hungarian') that
    the gazetteer does not know whole is the known places among its parts, each a mention."""
    out = []
    for c in cands:
        hyphenated = c.label in PLACE_LABELS | {"NORP"} and "-" in c.text and " " not in c.text
        parts = _hyphen_parts(c.text, c.span[0]) if hyphenated and not gazetteer.candidates(c.text) else []
        out += [Cand(p.span, p.text, c.label) for p in parts] or [c]
    return out


def _taken(doc: Doc, cands: list[Cand]) -> set[int]:
    """Tokens no new place may come from: those of places, people and armies, and of peoples
    named for a place ('Russian'); organisations, events and works may hold a place."""
    is_place_name = geocode.is_place_name
    return {i for c in cands if c.label not in _HOSTS or c.key or c.label == "NORP" and is_place_name(c.text)
            for i in _tokens(doc, c.span)}


def _absorb(found: list[Cand], cands: list[Cand]) -> list[Cand]:
    """A place spanning exactly a candidate of another kind ('Chattanooga' as a firm) relabels
    it rather than doubling it; the rest are new mentions. A firm named by a common word that NER
    tags nowhere as a place ('Amazon') stays a firm (``uses.firm_named_by_a_word``)."""
    spans = {c.span: c for c in cands}
    for f in found:
        if f.span in spans and not firm_named_by_a_word(spans[f.span], cands):
            spans[f.span].label = "GPE"
    return [f for f in found if f.span not in spans]


def _fits(c: Cand, covered: list[Span], names: list[str]) -> bool:
    """C overlaps no place already found and names a town among the article's places NAMES."""
    return not any(overlaps(c.span, s) for s in covered) and geocode.fits_context(c.text, names)


def recover_toponyms(doc: Doc, cands: list[Cand], placed: set[str]) -> list[Cand]:
    """New place candidates for DOC beside CANDS (which NER and its repairs produced). CANDS is
    repaired in place: a hyphenated people or place becomes its known parts, and persons and
    firms that are towns fitting the article's places and used as places (PLACED: keys of such
    names), or set beside a place they lie in (``_beside_its_place``), are relabelled GPE; so are
    the untagged proper nouns the article uses as towns. Places
    inside organisations' names are new mentions that overlap the organisation's. A dateline is
    one place, never the pieces NER or the known names made of it ('ST.', 'LOUIS'; the country
    'MEXICO' of 'MEXICO CITY')."""
    lines = _datelines(doc_text(doc))
    cands[:] = [c for c in _split_hyphens(cands) if not any(inside(c.span, d.span) and c.span != d.span for d in lines)]
    taken = _taken(doc, cands) | {i for d in lines for i in _tokens(doc, d.span)}
    people = {i for c in cands if c.label == "PERSON" for i in _tokens(doc, c.span)}
    found = _absorb(_known_places(doc, taken, people), cands)
    covered = [c.span for c in cands if c.label in PLACE_LABELS] + [c.span for c in found]
    found += _absorb([d for d in lines if not any(overlaps(d.span, s) for s in covered)], cands)
    names = list(dict.fromkeys([c.text for c in cands if c.label in PLACE_LABELS] + [c.text for c in found]))
    found = _hosted_towns_fit(found, cands, names)
    covered = [c.span for c in cands if c.label in PLACE_LABELS] + [c.span for c in found]
    full = _full_names(cands)
    for c in [c for c in cands if _beside_its_place(doc, c, cands + found, full)]:
        c.label = "GPE"
        covered.append(c.span)
    for c in [c for c in cands if _could_be_town(c, placed)]:
        if _fits(c, covered, names):
            c.label = "GPE"
            covered.append(c.span)
    for c in _proper_runs(doc, taken | {i for x in cands for i in _tokens(doc, x.span)}):
        if _fits(c, covered, names) and used_as_place(doc, c.span):
            found.append(c)
            covered.append(c.span)
    return found + _towns_in_orgs(doc, cands, covered, names)


def _full_names(cands: list[Cand]) -> dict[str, set[Span]]:
    """The last words of the people's names the article writes in full ('Elizabeth Warren'), in lookup
    form, with the spans of those names."""
    full: dict[str, set[Span]] = {}
    for c in cands:
        if c.label == "PERSON" and c.kind == "name" and " " in c.text:
            full.setdefault(name_key(c.text.split()[-1]), set()).add(c.span)
    return full


def _beside_its_place(doc: Doc, c: Cand, names: list[Cand], full: dict[str, set[Span]]) -> bool:
    """C, a name NER typed a person or a firm, is a town or region the text sets beside a place it lies
    in: followed by the region or country that holds a town of its name ('reached Zalingei in Central
    Darfur', 'Khan Younis in the Gaza Strip'), or by the lower-case word of the region it names
    ('villages in the Kherson region'), or coordinated with a name NER typed a place whose country holds
    a place of its name ('moved to the areas of Raska and Novi Pazar', a list of places only, standing
    where places stand (``_listed_as_places``): not a team sheet of surnames one of which NER took for a
    town, 'Subs: Carter, Ellison, Moss, Vaughan', nor two clubs, 'Chelsea and Liverpool drew'; NAMES:
    the article's names, the places the gazetteer found among them). A person's name is none: the
    surname of a person the article names in full ('Warren in Michigan' beside Elizabeth Warren), or a
    name that opens with a given name — unless, of two words or more, the region written after it holds
    a town of that very name ('Khan Younis') — nor is a seat of government standing for its institution."""
    words = c.text.split()
    if c.label not in _DOUBTFUL or c.key or c.kind != "name" or len(words) > 3 \
            or full.get(name_key(words[-1]), set()) - {c.span} or is_government_seat(c.text):
        return False
    text = doc_text(doc)
    if is_first_name(words[0]):
        return len(words) > 1 and geocode.town_qualified_at(c.text, text, c.span[1])
    listed = _listed_with(doc, c, names)
    return geocode.town_qualified_at(c.text, text, c.span[1]) or geocode.region_named_at(c.text, text, c.span[1]) \
        or bool(listed) and all(p.label in PLACE_LABELS for p in listed) and _listed_as_places(doc, [c, *listed]) \
        and any(geocode.shares_country(c.text, p.text) for p in listed)


def _listed_as_places(doc: Doc, items: list[Cand]) -> bool:
    """The list of ITEMS stands where places stand: one of them is used as a place ('at Bristol, Isle of
    Wight and Stockton on Tees'), or it follows 'of' after a noun of land ('the areas of Raska and Novi
    Pazar', ``uses.of_land``) — not as a clause's sides ('Chelsea and Liverpool drew', two clubs) nor
    after 'between' or 'for' ('played for Chelsea and Liverpool')."""
    return any(used_as_place(doc, x.span) or of_land(doc, x.span) for x in items)


def _listed_with(doc: Doc, c: Cand, cands: list[Cand]) -> list[Cand]:
    """The names of CANDS coordinated with C ('Raska and Novi Pazar'; 'Carter, Ellison, Moss, Vaughan')."""
    tokens = doc.char_span(*c.span, alignment_mode="expand")
    if tokens is None or not len(tokens):
        return []
    listed = {k for t in tokens for k in t.conjuncts if not tokens.start <= k.i < tokens.end}   # the parse may hang
    return [p for p in cands if p.kind == "name" and any(p.span[0] <= k.idx < p.span[1] for k in listed)]   # it on any word


def _hosted_towns_fit(found: list[Cand], cands: list[Cand], names: list[str]) -> list[Cand]:
    """FOUND without the towns written inside another thing's name (an organisation's, a work's)
    that does not fit the article's places NAMES (``geocode.fits_context``): 'Liberty' of 'Liberty
    Mutual Group' in a story of no other place is the firm's word, while 'Winnipeg' of 'Winnipeg
    Fire Paramedic Service' in a Manitoba story is the town. A country or region keeps its mention ('the
    Jamaica Cancer Society')."""
    hosts = [c.span for c in cands if c.label in _HOSTS and not c.key]
    return [f for f in found if not (only_town(f.text) and any(inside(f.span, h) and f.span != h for h in hosts))
            or geocode.fits_context(f.text, names)]


def _towns_in_orgs(doc: Doc, cands: list[Cand], covered: list[Span], names: list[str]) -> list[Cand]:
    """Towns too small to be taken on their name alone that open or sit inside an organisation's
    name and fit the article's places NAMES ('Beverly Hills' of 'the Beverly Hills Police
    Department' in a Los Angeles story): a mention each, keeping the organisation's seat."""
    out: list[Cand] = []
    for org in [c for c in cands if c.label == "ORG" and not c.key]:
        toks = _tokens(doc, org.span)
        words = [doc[i].text for i in toks]
        i = 0
        while i < len(words):
            run = next((n for n in (3, 2, 1) if i + n <= len(words) and n < len(words) and _capitalised(words, i, n)
                        and not _ends_name(words, i + n) and not _closes_a_persons_name(words, i, i + n)
                        and not _numbered(doc, toks[i] + n)
                        and _fits(_run(doc, toks[i], n), covered, names)), 0)
            if run:
                out.append(_run(doc, toks[i], run))
                covered.append(out[-1].span)
            i += max(run, 1)
    return out


def _ends_name(words: list[str], end: int) -> bool:
    """A run of an organisation's WORDS up to END takes in the head word ending its name ('Party',
    'Council'): that run is the organisation's name, no town in it."""
    return end == len(words) and institution_word(words[-1])


def _closes_a_persons_name(words: list[str], start: int, end: int) -> bool:
    """A run of an organisation's WORDS from START closes a name of capitalised words with no
    institution's word among them: a person NER took for a body ('Alhaji Aminu Tambuwal'), whose
    last word is a surname, not the town it may also be."""
    return (end == len(words) and start > 0 and all(w[:1].isupper() for w in words)
            and not any(institution_word(w) for w in words))


def _run(doc: Doc, start: int, n: int) -> Cand:
    span = doc[start:start + n]
    return Cand((span.start_char, span.end_char), span.text, "GPE")

