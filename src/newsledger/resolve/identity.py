"""Cross-document identity: whether an entity found in a new article is one already stored.

People are matched on the transliteration-folded surname key plus the first-name group key;
two people sharing a surname stay apart when their first names differ or their roles are
incompatible. A bare surname carries too little evidence on its own: it joins a stored full
name only when it is the single candidate (``match_identity`` enforces this for callers).
Organisations match on their folded name without article or leading nationality, or on their
acronym; places on the gazetteer entry, else the folded name (never a common word alone, nor
a name the gazetteer knows but the geocoder left unplaced, nor a region with the place it narrows:
'Southern California' is not California). Folding is for romanised names
only: initials and short forms are compared as written ('NYU' is not 'NIU', nor 'PHP' 'FP'),
and a name that is also a common word as spelled ('Sale' is not 'Salé').
"""
from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from functools import lru_cache

from ..extract.entities.evidence import (
    common_word,
    end_signs,
    initials,
    middle_words_differ,
    numbered,
    one_word_apart,
    short_form,
    surname_alone,
    words_before,
)
from ..extract.entities.lexicon import common_nouns, lexicon
from ..model import Entity
from ..names import ascii_fold, first_name_key, is_given_name, name_key, same_name, strip_the

_PLACE_TYPES = {"GPE", "LOC", "FAC"}


def _group(etype: str) -> str:
    return "PLACE" if etype in _PLACE_TYPES else etype


def _names(e: Entity) -> list[str]:
    return list(dict.fromkeys([e.name] + list(e.aliases)))


def _person_keys(e: Entity) -> tuple[set[str], set[str]]:
    """(surname keys, first-name keys) over all of a person's spellings; an honorific is no first
    name ('Ms Papini'), and a spelling that is no person's name gives none (``_no_name``), nor a
    lone given name (``is_given_name``) the article joined to the full name it opens ('Dan' of 'Dan
    Scott'): it is no surname, and another site's 'Dan' is not this Dan. The given-name list is
    broad, so a family name written first and listed too ('Xi' of 'Xi Jinping') loses its key as
    well: a lone 'Xi' elsewhere joins no one, where it joined the one stored Xi Jinping before."""
    surnames, firsts = set(), set()
    titles = lexicon()
    opening = {n.split()[0] for n in _names(e) if len(n.split()) >= 2 and is_given_name(n.split()[0])}
    for n in _names(e):
        words = [w for w in n.split() if w[:1].isupper() and not titles.honorific(w)]
        if not words or _no_name(n) or len(n.split()) == 1 and n in opening:
            continue
        surnames.add(name_form(words[-1]))
        if len(words) >= 2:
            firsts.add(first_name_key(words[0]))
    return surnames, firsts


def _no_name(name: str) -> bool:
    """NAME, typed a person's, cannot be one: it ends in a word in lower case ('Cloud computing')
    or holds a possessive before its last word ('Old Navy’s Instagram'), so its last word is no
    surname to look the person up by."""
    words = name.split()
    return not words[-1][:1].isupper() or any(w.endswith(("'s", "’s")) for w in words[:-1])


def name_form(name: str) -> str:
    """What two names must share to name one thing: a short form as written, a common word as
    spelled (accents kept: 'Sale' is a word, 'Salé' a town), any other name by its
    transliteration-folded key (Lukashenko = Lukashenka) and its numbers ('AirPods 4' is not
    'AirPods', nor 'Fortune 200' 'Fortune 500') and the signs it ends with ('C++' is not 'C')."""
    bare = strip_the(name).replace(".", "")
    if short_form(bare):
        return "=" + bare.upper()
    if bare.lower() in common_nouns():
        return "=" + bare.lower()
    return numbered(name_key(bare), bare) + end_signs(bare)


SHORTEST_FOLDED = 5   # letters of a one-word name's folded key below which folding alone is no evidence
SHORT_SPELLING = 0.85   # how alike (rapidfuzz ratio) two such words must be written to be one name


def sound_alike_only(a: str, b: str) -> bool:
    """A and B are one word each whose folded keys agree but are shorter than ``SHORTEST_FOLDED``
    letters, and which are written unalike: the folding that joins transliterations of a name
    ('Lukashenko' = 'Lukashenka', 'Naev' = 'Nayev') leaves a short word so little of its own that
    words which only sound alike would meet ('Lax' / 'Lacks', 'Rai' / 'Rey', 'Shut' / 'Schutz',
    'Gevi' / 'Hevy', 'Tries' / 'Trees'). Such names are one only when spelled nearly alike, accents
    and case aside."""
    x, y = strip_the(a).replace(".", ""), strip_the(b).replace(".", "")
    if " " in x or " " in y or len(name_key(x)) >= SHORTEST_FOLDED or ascii_fold(x) == ascii_fold(y):
        return False
    from rapidfuzz import fuzz  # here: readers of the ledger look names up without it
    return fuzz.ratio(ascii_fold(x), ascii_fold(y)) / 100.0 < SHORT_SPELLING


def _shared_forms(xs: list[str], ys: list[str], forms: Callable[[str], set[str]]) -> set[str]:
    """The FORMS two lists of names share, each borne by a pair of names that are more than words
    sounding alike (``sound_alike_only``). Each name's forms are read once, and only a pair that
    shares one is weighed: matching runs on every pair of candidate entities."""
    ys_forms = [(y, forms(y)) for y in ys]
    out: set[str] = set()
    for x in xs:
        fx = forms(x)
        for y, fy in ys_forms:
            both = fx & fy
            if both and not sound_alike_only(x, y):
                out |= both
    return out


def _one_form(name: str) -> set[str]:
    return {name_form(name)}



def _org_forms(name: str) -> set[str]:
    """Names of an organisation (``name_form``), with and without a leading nationality. Initials
    identify nothing: an acronym joins the organisation it was spelled out for in some article, or
    named beside in the knowledge file, as one of its names."""
    words = strip_the(name).split()
    lead = _lead_country(name) is not None
    return {name_form(" ".join(v)) for v in [words] + ([words[1:]] if lead else [])}


def _initials(name: str) -> set[str]:
    """A lookup key only, never evidence: a name's initials find the stored organisations spelled
    a little differently ('Centre' / 'Center for Countering Disinformation'), which must then match
    by name."""
    acr = initials(name)
    return {"acr:" + acr.lower()} if acr else set()


@lru_cache(maxsize=1)
def _countries_by_word() -> dict[str, str]:
    """Each lowercased country name, short form and demonym ('American', 'Belarusian'), with the
    country code it names: the leading words an organisation's name may go with or without."""
    import pycountry

    from ..extract.places.lexicon import country_names  # here: the places package loads spaCy's stop words
    words = {w.lower(): code for code, v in country_names().items() for w in (*v.aliases, *v.demonyms)}
    for c in pycountry.countries:
        for a in ("name", "common_name"):
            if hasattr(c, a):
                words.setdefault(getattr(c, a).lower(), c.alpha_2)
    return words


def _lead_country(name: str) -> str | None:
    """The country an organisation's name leads with ('Russian Foreign Ministry': RU), the
    nationality ``_org_forms`` lets it go without; None when it leads with none."""
    words = strip_the(name).split()
    if len(words) >= 3 and words[1][:1].isupper():
        return _countries_by_word().get(words[0].lower())
    return None


def _lead_countries(e: Entity) -> set[str]:
    """The countries an organisation's names lead with: dropped from its names to match, they
    still tell two bodies apart ('Russian' and 'Chinese Foreign Ministry')."""
    return {c for n in _names(e) if (c := _lead_country(n)) is not None}


def one_word_firm(e: Entity) -> bool:
    """E, typed a person, is named by single words that are no given names nor honorifics and holds
    no title ('Yukos', 'Gazprom'; not Lord Bingham): spaCy's small model's usual mistake for a firm,
    which other articles type rightly.
    Such a 'person' and an organisation of the same name are one identity, an organisation."""
    titles = lexicon()
    return _group(e.type) == "PERSON" and not any(_person_title(r) for r in e.roles) and all(
        len(n.split()) == 1 and not is_given_name(n) and not titles.honorific(n) for n in _names(e))


def _person_title(role: str) -> bool:
    """ROLE holds an honorific or a person's title ('Lord', 'senior law lord'; not 'former')."""
    titles = lexicon()
    return any(titles.honorific(w) or w.lower() in titles.person_heads for w in role.split())


def identity_keys(entity: Entity) -> set[str]:
    """Keys under which candidate stored entities are looked up ('PERSON:lukasenk'); a one-word
    name is also looked up under the other of person and organisation (``one_word_firm``)."""
    g = _group(entity.type)
    if g == "PERSON":
        firm = {f"ORG:{f}" for n in _names(entity) for f in _org_forms(n)} if one_word_firm(entity) else set()
        return {f"PERSON:{k}" for k in _person_keys(entity)[0]} | firm
    if g == "PLACE" and entity.geo and entity.geo.geonameid:
        return {f"PLACE:geo:{entity.geo.geonameid}"} | {f"PLACE:{name_form(n)}" for n in _names(entity)}
    if g == "ORG":
        person = {f"PERSON:{name_form(n)}" for n in _names(entity) if len(n.split()) == 1}
        return {f"ORG:{f}" for n in _names(entity) for f in _org_forms(n) | _initials(n)} | person
    return {f"{g}:{name_form(n)}" for n in _names(entity)}


def _roles_clash(a: Entity, b: Entity) -> bool:
    """Both state roles and none of A's resembles any of B's."""
    if not a.roles or not b.roles:
        return False
    from rapidfuzz import fuzz  # here: readers of the ledger look names up without it
    return not any(fuzz.token_set_ratio(x.lower(), y.lower()) >= 70 for x in a.roles for y in b.roles)


def _same_person(a: Entity, b: Entity) -> tuple[bool, str]:
    sa, fa = _person_keys(a)
    sb, fb = _person_keys(b)
    shared = sa & sb
    if not shared or _surnames_sound_alike_only(a, b):
        return False, "no shared surname key"
    sur = sorted(shared)[0]
    if fa and fb:
        both = fa & fb
        if both and _middle_words_clash(a, b):
            return False, f"surname key {sur} + first-name key {sorted(both)[0]} but middle words differ"
        if both:
            return True, f"surname key {sur} + first-name key {sorted(both)[0]}"
        return False, f"surname key {sur} but first names differ ({sorted(fa)[0]} / {sorted(fb)[0]})"
    if _roles_clash(a, b):
        return False, f"surname key {sur} but roles differ"
    if _middle_words_clash(a, b):
        return False, f"surname key {sur} but middle words differ"
    if not _may_stand_alone(a if fa else b, b if fa else a):
        return False, f"surname key {sur}, a common word that is no short name of {(a if fa else b).name}"
    return True, f"surname key {sur} (one side has no first name)"


def _surnames_sound_alike_only(a: Entity, b: Entity) -> bool:
    """Every pair of last words of A's and B's names that share a folded key only sounds alike
    (``sound_alike_only``: 'Shut' is not Dana Schutz)."""
    pairs = [(x.split()[-1], y.split()[-1]) for x in _names(a) for y in _names(b)
             if name_form(x.split()[-1]) == name_form(y.split()[-1])]
    return bool(pairs) and all(sound_alike_only(x, y) for x, y in pairs)


def _middle_words_clash(a: Entity, b: Entity) -> bool:
    """Every name of A and of B written with middle words differs in them (``middle_words_differ``):
    'Adobe InDesign Bootcamp' is not 'Adobe Illustrator Bootcamp', whatever else they share."""
    pairs = [(x, y) for x in _names(a) for y in _names(b) if len(x.split()) > 2 and len(y.split()) > 2]
    return bool(pairs) and all(middle_words_differ(x, y) for x, y in pairs)


def _may_stand_alone(full: Entity, bare: Entity) -> bool:
    """BARE's lone name may be the short name of FULL's person (``evidence.surname_alone``)."""
    return any(surname_alone(f, n) for f in _names(full) if " " in f for n in _names(bare)) or \
        not any(" " in f for f in _names(full))


def _same_org(a: Entity, b: Entity) -> tuple[bool, str]:
    ca, cb = _lead_countries(a), _lead_countries(b)
    if ca and cb and not ca & cb:
        return False, f"of different countries ({sorted(ca)[0]} / {sorted(cb)[0]})"
    names = _shared_forms(_names(a), _names(b), _org_forms)
    if names and all(f.isupper() for f in names) and _long_names_differ(a, b):
        return False, f"acronym {sorted(names)[0]} spelled out as different names"
    if names:
        return True, f"organisation name {sorted(names)[0]}"
    best = max((same_name(x, y) for x in _names(a) for y in _names(b) if _spelled_alike(x, y)), default=0.0)
    return (best >= 0.93, f"organisation names similar ({best:.2f})")


def _long_names_differ(a: Entity, b: Entity) -> bool:
    """A and B each hold names longer than a short form, and no long name of one has all its
    significant words in a long name of the other: the acronym they share was spelled out for two
    things ('CPC' for Cost Per Click and for Certified Professional Career Coach, 'SAS' for
    Scandinavian Airlines System and Statistical Analysis System), which the acronym does not make
    one. 'U.S. Department of Agriculture' and 'United States Department of Agriculture' agree."""
    la, lb = ([_significant_words(n) for n in _names(e) if not short_form(n)] for e in (a, b))
    longs = [[n for n in _names(e) if not short_form(n)] for e in (a, b)]
    return bool(la) and bool(lb) and not any(x <= y or y <= x for x in la for y in lb) \
        and not any(same_name(x, y) >= 0.93 for x in longs[0] for y in longs[1])


def _significant_words(name: str) -> frozenset[str]:
    """NAME's words, folded and singular, without function words, signs, legal forms ('Corp',
    'Corporation') and country names or demonyms."""
    from ..extract.entities.lexicon import english
    skip = english().function_words | english().legal_forms
    words = [w.strip(".,’'").lower() for w in strip_the(name).replace("-", " ").split()]
    keys = {name_key(w).removesuffix("s") for w in words if any(c.isalpha() for c in w) and w not in skip
            and w.replace(".", "") not in _countries_by_word() and w not in _countries_by_word()}
    return frozenset(k for k in keys if k)


def _spelled_alike(a: str, b: str) -> bool:
    """A and B may be compared by edit distance: neither is a short form, nor the other's first or
    last words ('Blue Yeti' is no spelling of 'Yeti': a shorter name may be another thing's), they
    hold the same numbers and end in the same signs ('C++', 'Disney+'), and spell every word alike
    (``one_word_apart``: 'Tokyo' / 'Kyoto Travel Guide'); a short word is no spelling of another it
    only sounds like (``sound_alike_only``: 'Lax' / 'Lacks')."""
    return not short_form(a) and not short_form(b) and not affix(a, b) and numbered("", a) == numbered("", b) \
        and end_signs(a.strip()) == end_signs(b.strip()) \
        and not one_word_apart(a, b) and not sound_alike_only(a, b)


def affix(a: str, b: str) -> bool:
    """The shorter of A and B is the other's first or last whole words ('Yeti' of 'Blue Yeti',
    'AI' of 'Agentic AI')."""
    short, long = sorted((strip_the(a).lower().split(), strip_the(b).lower().split()), key=len)
    return len(short) < len(long) and short in (long[:len(short)], long[-len(short):])


def _same_place(a: Entity, b: Entity) -> tuple[bool, str]:
    part = _region_of(a, b) or _region_of(b, a)
    if part:
        return False, f"{part} is a part of the place it narrows"
    if a.geo and b.geo and a.geo.geonameid and b.geo.geonameid:
        same = a.geo.geonameid == b.geo.geonameid
        return same, f"gazetteer entry {a.geo.geonameid}" + ("" if same else f" vs {b.geo.geonameid}")
    shared = _shared_forms(_names(a), _names(b), _one_form)
    if not shared:
        return False, "different place names"
    if all(map(_common_word, shared)) and not (a.geo and b.geo):
        return False, f"place name {sorted(shared)[0]} is a common word, and one of them has no point"
    unplaced = _unplaced_known_name(a, b) or _unplaced_known_name(b, a)
    if unplaced:
        return False, f"{unplaced} is in the gazetteer but was not placed at the other's entry"
    if a.geo and b.geo and a.geo.km(b.geo) > SAME_PLACE_KM:   # 'City Hall' of two different towns
        return False, f"place name {sorted(shared)[0]} but {a.geo.km(b.geo):.0f} km apart"
    return True, f"place name {sorted(shared)[0]}"


SAME_PLACE_KM = 50


def _common_word(form: str) -> bool:
    """FORM (``name_form``) is a common word as spelled ('=channel', '=city hall'): a word every
    article may capitalise for its own thing (a TV channel, the English Channel), no evidence that
    two places are one unless both have a point, and the points are near."""
    return form.startswith("=") and form[1:].islower()


def _unplaced_known_name(a: Entity, b: Entity) -> str | None:
    """B is placed, A is not (or only at a point without the entry B has), and every name they
    share is one the gazetteer knows: A's article gave the geocoder reason not to place it there
    ('Manhattan' of Kansas, 'Washington' beside 'DC', 'Atlantic' of a record label), so the shared
    name alone does not make A the place at B's point. B's point may be a region's with no GeoNames
    entry (data/places_regions.json: the Atlantic, the Caribbean)."""
    if not b.geo or a.geo and (a.geo.geonameid or not b.geo.geonameid):
        return None
    from ..extract.places.gazetteer import candidates  # here: readers of the ledger look names up without it
    forms = {name_form(n) for n in _names(b)}
    shared = [n for n in _names(a) if name_form(n) in forms]
    return shared[0] if shared and all(candidates(n) for n in shared) else None


def _region_of(a: Entity, b: Entity) -> str | None:
    """A name of A that narrows one of B's names by a direction word ('Southern California' of
    'California', data/places_regions.json 'direction_words') while B is never so named: the
    part is not the whole, though the gazetteer may place both at the whole's entry."""
    from ..extract.places.gazetteer import key, keyed  # here: readers of the ledger look names up without it
    from ..extract.places.lexicon import place_words
    forms = {name_form(n) for n in _names(b)}
    for n in _names(a):
        words = strip_the(n).split()
        if len(words) > 1 and key(words[0]) in keyed(place_words().direction_words) \
                and name_form(" ".join(words[1:])) in forms and name_form(n) not in forms:
            return n
    return None


def same_identity(a: Entity, b: Entity) -> tuple[bool, str]:
    """Whether A (new) and B (stored, with all its aliases and roles) are one real-world identity,
    and why. Callers holding several candidates should use ``match_identity``."""
    if {_group(a.type), _group(b.type)} == {"PERSON", "ORG"}:
        return _firm_typed_as_person(a, b) if _group(a.type) == "PERSON" else _firm_typed_as_person(b, a)
    if _group(a.type) != _group(b.type):
        return False, f"types differ ({a.type} / {b.type})"
    g = _group(a.type)
    if g == "PERSON":
        return _same_person(a, b)
    if g == "ORG":
        return _same_org(a, b)
    if g == "PLACE":
        return _same_place(a, b)
    if g == "NORP" and _people_placed_once(a, b):
        return False, "a people placed in one article, named as people or a language in the other"
    shared = _shared_forms(_names(a), _names(b), _one_form)
    return bool(shared), f"name {sorted(shared)[0]}" if shared else "different names"


def _firm_typed_as_person(person: Entity, org: Entity) -> tuple[bool, str]:
    """PERSON is ORG when it is a one-word 'person' (``one_word_firm``) named as ORG is."""
    shared = {name_form(n) for n in _names(person)} & {f for n in _names(org) for f in _org_forms(n)}
    if one_word_firm(person) and shared:
        return True, f"one-word name {sorted(shared)[0]} typed a person and an organisation"
    return False, f"types differ ({person.type} / {org.type})"


def _people_placed_once(a: Entity, b: Entity) -> bool:
    """Of two peoples' names, one has a point and the other none. The extractor places a people's
    name where its article uses it for the country ('British troops') and leaves it without one
    where it names people or a language ('none of the injured were British', 'speaks in Spanish'):
    one identity would lend the point to every such mention in every article."""
    return (a.geo is None) != (b.geo is None)


def _has_first_name(e: Entity) -> bool:
    return bool(_person_keys(e)[1])


def local_name(a: Entity, b: Entity) -> bool:
    """A and B are people, and the name they share identifies neither beyond the source that wrote
    it: one is named by a single word ('Max', 'Bach', 'Mr Letwin') where the other has a full name
    ('Brooks Hyperion Max', 'Eric Bach'), or both are named only by the same given name ('Joe').
    Within one outlet a surname alone goes on naming the person it introduced ('Mr Letwin' of
    Oliver Letwin across the BBC's reports); on another site it is as likely anyone of that name.
    Of other things, an acronym alone against the long name another source spelled it out as
    (``_acronym_against_long_name``)."""
    if _group(a.type) != "PERSON" or _group(b.type) != "PERSON":
        return _acronym_against_long_name(a, b)
    fa, fb = _has_first_name(a), _has_first_name(b)
    return fa != fb or not fa and all(map(_given_name_only, (a, b)))


def _acronym_against_long_name(a: Entity, b: Entity) -> bool:
    """A and B are no people nor places, and one is named only by short forms ('PPC', 'M.A.') where
    the other holds a longer name its own article spelled it out as ('Amazon Web Services'): the
    spelling-out identifies the acronym at that source only ('PPC' is pay-per-click on one marketing
    site, a firm on another; 'AF' autofocus on a camera site, Air France on a travel forum). Two
    names that are both short forms only still join ('CSS', 'USB' across sites), as do two long
    names."""
    if _group(a.type) in ("PERSON", "PLACE") or _group(b.type) in ("PERSON", "PLACE"):
        return False
    return _short_forms_only(a) != _short_forms_only(b)


def _short_forms_only(e: Entity) -> bool:
    """Every name of E is a short form as written ('AWS', 'M.A.', 'GLP-1')."""
    return all(short_form(n) for n in _names(e))


def _given_name_only(e: Entity) -> bool:
    """Every spelling of E, honorifics aside, is one listed given name ('Joe', 'Matt')."""
    titles = lexicon()
    words = [[w for w in n.split() if not titles.honorific(w)] for n in _names(e)]
    return all(len(ws) == 1 and is_given_name(ws[0]) for ws in words)


def _forename_clash(a: Entity, b: Entity, texts: Callable[[Entity], Sequence[str]]) -> bool:
    """One of A and B is a person named by a surname alone, the other named in full, and the
    articles naming the first (TEXTS) write that surname after given names, none of which the full
    name holds: the article named someone else of the name ('Rock DJ Huw Stephens' is not Toby
    Stephens, 'Pranab Mukherjee' not Sarah Mukherjee), though the tagger kept only the surname or
    the article's later 'Mr Knight' was not joined to its 'Marion "Suge" Knight'."""
    if _group(a.type) != "PERSON" or _group(b.type) != "PERSON" or _has_first_name(a) == _has_first_name(b):
        return False
    bare, full = (b, a) if _has_first_name(a) else (a, b)
    written = {first_name_key(w) for t in texts(bare) for s in _surnames(bare) for w in _forenames_written(t, s)}
    return bool(written) and not written & _given_keys(full)


def _field_clash(a: Entity, b: Entity, texts: Callable[[Entity], Sequence[str]]) -> bool:
    """One of A and B is a person named by a surname alone, the other named in full, and the
    articles naming each are of different fields (``fields.field_of_text``: sport, show business,
    politics): a surname in a match report or a squad list ('Robinson (Sunderland)') is not the
    actor or presenter another report named in full, nor a comedian's surname in a review the
    footballer of a match report."""
    if _group(a.type) != "PERSON" or _group(b.type) != "PERSON" or _has_first_name(a) == _has_first_name(b):
        return False
    from ..extract.events.fields import field_of_text  # here: readers of the ledger look names up without it
    bare, full = (b, a) if _has_first_name(a) else (a, b)
    of_bare, of_full = ({f for t in texts(e) if (f := field_of_text(t))} for e in (bare, full))
    return bool(of_bare) and bool(of_full) and not of_bare & of_full


def _surnames(e: Entity) -> set[str]:
    """The last words of E's names, honorifics aside ('Knight' of 'Mr Knight')."""
    titles = lexicon()
    words = [[w for w in n.split() if not titles.honorific(w)] for n in _names(e)]
    return {ws[-1] for ws in words if ws}


def _given_keys(e: Entity) -> set[str]:
    """The first-name keys of every word before the last of E's names, honorifics aside: a middle
    name counts ('Christian' of 'Hans Christian Andersen')."""
    titles = lexicon()
    words = [[w for w in n.split() if not titles.honorific(w)] for n in _names(e)]
    return {first_name_key(w) for ws in words for w in ws[:-1]}


def _forenames_written(text: str, surname: str) -> list[str]:
    """The given names TEXT writes directly before SURNAME (``evidence.words_before``), read back
    until a word that is no given name: an honorific or a person's title ('Mr', 'President',
    'Former'), a country's name or people ('Kenyan'), a common word that is no listed given name
    ('Rapper', 'Striker'; 'Will' and 'Graham' are listed), a possessive, a word written in
    capitals ('DJ', 'MP', 'JP' of the bank), or one ending with a point; initials written with
    points ('J. Smith') are given names."""
    out = []
    for run in words_before(text, surname):
        for w in run:
            if not _forename_like(w):
                break
            out.append(w)
    return out


def _forename_like(word: str) -> bool:
    titles = lexicon()
    low = word.lower().rstrip(".")
    if titles.honorific(word) or low in titles.person_heads or low in _countries_by_word() \
            or word.endswith(("'s", "’s", "'", "’")):
        return False
    if word.isupper() or word.endswith("."):
        return bool(re.fullmatch(r"(?:[A-Z]\.)+", word))
    return not common_word(word) or is_given_name(word)


def match_identity(entity: Entity, candidates: list[Entity], near: Collection[str] | None = None,
                   texts: Callable[[Entity], Sequence[str]] | None = None) -> tuple[Entity | None, str]:
    """The one stored candidate ENTITY is, or None. A person named by surname alone joins only
    when a single candidate person fits (its roles breaking ties); otherwise it stays apart.
    NEAR, when the caller knows it, holds the ids of the candidates named by ENTITY's own source
    (its outlet) or by the user's knowledge file: a name that identifies no one beyond its source
    (``local_name``) joins only those, and of several people (or organisations an acronym fits) it
    fits, the one its source named. TEXTS, when the caller has them, gives the texts of the
    articles naming an entity: a surname alone that they write after another given name joins no
    full name (``_forename_clash``), nor one named in articles of another field (``_field_clash``)."""
    if near is not None:
        candidates = [c for c in candidates if c.id in near or not local_name(entity, c)]
    fits = [(c, why) for c in candidates for ok, why in [same_identity(entity, c)] if ok
            and not (texts is not None and _forename_clash(entity, c, texts))]
    found, why = _choose(entity, fits, near)
    if found is not None and texts is not None and _field_clash(entity, found, texts):
        return None, why + ", but named in articles of another field"
    return found, why


def _choose(entity: Entity, fits: list[tuple[Entity, str]], near: Collection[str] | None) -> tuple[Entity | None, str]:
    """Of the stored candidates that FITS ENTITY, the one it is (``match_identity``). A candidate of
    another field is refused only once chosen: a squad list's 'Edwards' that fits the triple jumper
    and the musician stays apart, rather than joining the one left."""
    if not fits:
        return None, "no candidate fits"
    typed = [(c, w) for c, w in fits if _group(c.type) == ("ORG" if one_word_firm(entity) else _group(entity.type))]
    if len(fits) > 1 and len(typed) == 1:
        return typed[0]      # the organisation a one-word 'person' is; of an organisation's fits, the one typed so
    own = [(c, w) for c, w in fits if near is not None and c.id in near]
    if len(fits) > 1 and len(own) == 1 and (_group(entity.type) == "PERSON" or _short_forms_only(entity)):
        return own[0][0], own[0][1] + " + named by the same source"
    if _group(entity.type) == "PERSON" and not _has_first_name(entity) and len(fits) > 1:
        by_role = [(c, w) for c, w in fits if entity.roles and c.roles and not _roles_clash(entity, c)]
        if len(by_role) == 1:
            return by_role[0][0], by_role[0][1] + " + matching role"
        return None, f"bare surname fits {len(fits)} stored people"
    if len(fits) > 1 and _group(entity.type) == "ORG" and all(short_form(n) for n in _names(entity)):
        return None, f"acronym fits {len(fits)} stored organisations"
    if len(fits) > 1 and _group(entity.type) == "PERSON":
        full = [(c, w) for c, w in fits if _has_first_name(c)]
        fits = full if len(full) == 1 else fits
        if len(fits) > 1:
            return None, f"fits {len(fits)} stored people"
    return fits[0]
