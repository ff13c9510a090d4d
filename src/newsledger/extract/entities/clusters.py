"""Groups one article's mentions into entities: names by transliteration-folded keys, surnames
to full names, first names with a title to the one person carrying that first name, acronyms
and shortened names to organisations, an organisation's short forms ('the Commission', 'Marsh')
to the one longer organisation they stand for, places by the gazetteer's reading.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from ...names import first_name_key, is_given_name, name_key, same_name, strip_the
from ..places import PLACE_LABELS, is_demonym, is_place, place_name
from .candidates import Cand
from .evidence import end_signs, heading_line, middle_words_differ, numbered, one_word_apart, short_form, short_forms, surname_alone
from .lexicon import english, institution_word, is_common_noun, is_government_seat, lexicon


@dataclass
class Cluster:
    label: str
    cands: list[Cand] = field(default_factory=list)
    key: str = ""
    extended: list[str] = field(default_factory=list)   # names with the place after them ('... in Europe')

    def names(self) -> list[str]:
        return [c.text for c in self.cands if c.kind == "name"]


def person_parts(name: str) -> tuple[str | None, str]:
    """(first-name key or None, surname key) of a person's name; the surname key keeps the numbers
    written in the word, as a product's or version's does ('Qt6.6' is not 'Qt': NER types such
    things as people)."""
    words = [w for w in re.split(r"\s+", name.strip()) if w]
    if len(words) >= 2:
        return first_name_key(words[0]), surname_key(words[-1])
    return None, surname_key(words[0]) if words else ""


def surname_key(word: str) -> str:
    """A surname's folded key with the numbers written in it (``person_parts``)."""
    return numbered(name_key(word), word)


def _no_nationality(name: str) -> str:
    """An organisation's name without article and leading nationality ('American Institute for ...')."""
    words = strip_the(name).split()
    return " ".join(words[1:] if _leads_with_place(words) else words)


def _leads_with_place(words: list[str]) -> bool:
    return len(words) >= 3 and is_place(words[0]) and words[0][0].isupper() and words[1][0].isupper()


def lead_place(name: str) -> str | None:
    """The place NAME leads with, which ``_no_nationality`` drops ('Dallas' of 'Dallas Museum of Art';
    'British' as 'United Kingdom'), by the place's canonical name; None when it leads with none."""
    words = strip_the(name).split()
    return (place_name(words[0]) or words[0]) if _leads_with_place(words) else None


def _other_place(text: str, k: Cluster) -> bool:
    """TEXT and a name of K lead with different places: two bodies of one kind ('Dallas' and
    'Philadelphia Museum of Art', 'British' and 'Dutch East India Company', 'Denver' and 'Raleigh
    Official Cybersecurity Summit'), which the names without their places would join (as
    resolve.identity keeps 'Russian' and 'Chinese Foreign Ministry' apart)."""
    lead = lead_place(text)
    return lead is not None and any((other := lead_place(n)) is not None and other != lead for n in k.names())


def org_key(name: str) -> str:
    """An organisation's key: its folded name without article and leading nationality, with the
    numbers it is written with ('AirPods 4' is not 'AirPods') and the signs it ends with ('C++' is
    not 'C', ``end_signs``)."""
    bare = _no_nationality(name)
    return numbered(name_key(bare), bare) + end_signs(bare)


def acronym(name: str) -> str:
    """Initials of an organisation's significant words ('Institute for the Study of War' -> 'ISW');
    its legal form is none ('Apple Inc' -> 'A')."""
    skip = english().function_words | english().legal_forms
    words = [w for w in strip_the(name).split() if w.lower().strip(".,") not in skip]
    return "".join(w[0] for w in words if w[0].isalpha()).upper()


def _cluster_people(cands: list[Cand], out: list[Cluster]) -> None:
    """Full names by first-name and surname key, never two whose middle words differ ('Deco X60
    WiFi' and 'Deco X90 WiFi', ``middle_words_differ``); then the lone words (``_place_single``)."""
    full = [c for c in cands if len(c.text.split()) >= 2]
    single = [c for c in cands if len(c.text.split()) < 2]
    for c in full:
        first, sur = person_parts(_longer_name_ending_so(c, full) or c.text)
        home = next((k for k in out if k.label == "PERSON" and k.key == f"{first}|{sur}"
                     and not any(middle_words_differ(c.text, n) for n in k.names())), None)
        if home is None:
            home = Cluster("PERSON", key=f"{first}|{sur}")
            out.append(home)
        home.cands.append(c)
    for c in single:
        _place_single(c, out)


def _longer_name_ending_so(c: Cand, people: list[Cand]) -> str | None:
    """'Mr Kilroy Silk', 'Mrs Parker Bowles': two words after an honorific that end the one longer
    name of the article ('Robert Kilroy Silk') are its surname; read word by word they would be a
    given name and a surname of their own, a second person beside the first. Without the honorific
    nothing says so ('Anna Lopez' beside 'Maria Anna Lopez' may be another person)."""
    words = c.text.split()
    if not _honorific(c):
        return None
    longer = {p.text for p in people if len(p.text.split()) > len(words) and p.text.split()[-len(words):] == words}
    return longer.pop() if len(longer) == 1 else None


def _place_single(c: Cand, out: list[Cluster]) -> None:
    """A lone word joins the one person with that surname (when it may stand alone for them:
    'Products' is no short name of 'Plumbing Products'; 'Mr Straw' is of 'Jack Straw'), else the one person with that first
    name (when it is a given name: 'Dan' of 'Dan Lieberman'), else starts a bare-surname person of its own."""
    key = surname_key(c.text)
    people = [k for k in out if k.label == "PERSON"]
    titled = _honorific(c)
    by_sur = [k for k in people if k.key.split("|")[-1] == key
              and (titled or any(surname_alone(n, c.text) for n in k.names()))]
    if len(by_sur) > 1:
        by_sur = [k for k in by_sur if k.key.split("|")[0] != "None"] or by_sur
    if len(by_sur) > 1 and c.roles:
        by_sur = [k for k in by_sur if role_heads(k) & role_heads(Cluster("PERSON", [c]))] or by_sur
    home = by_sur[0] if len(by_sur) == 1 else _nearest(by_sur, c) if by_sur else None
    if home is not None:
        home.cands.append(c)
        return
    home = _first_name_home(c, people)
    if home is not None:
        home.cands.append(c)
        return
    home = Cluster("PERSON", key=f"None|{key}")
    out.append(home)
    home.cands.append(c)


def _first_name_home(c: Cand, people: list[Cluster]) -> Cluster | None:
    """The one person of the article whose full name opens with the lone word C, never one of two
    ('Ken' beside Ken Livingstone and Ken Bigley). A given name newsledger lists joins as it is
    ('Dan' of 'Dan Lieberman'); a word it does not list ('Sir Menzies', 'his son Moazzam') joins
    when it is no common noun (WordNet) and the full name is a titled person's ('Mr Begg', 'chairman
    Mukesh Ambani'): a word that opens a product's or a firm's name the tagger took for a person
    ('Zalaris PeopleHub') has no title to say so; nor is a short form in capitals a first name
    ('NYC' beside a heading 'NYC Different')."""
    homes = [k for k in people if k.key.split("|")[0] == first_name_key(c.text)]
    if len(homes) != 1 or short_form(c.text):
        return None
    if is_given_name(c.text) or not is_common_noun(c.text) and _titled_person(homes[0]):
        return homes[0]
    return None


def _titled_person(k: Cluster) -> bool:
    """Some mention of K carries an honorific or a person's title ('Mr', 'Sir', 'chairman'), alone
    or inside a longer role ('defence spokesman Sir')."""
    lex = lexicon()
    words = {w for c in k.cands for r in c.roles for w in r.split()}
    return any(lex.honorific(w) or w.lower() in lex.person_heads for w in words)


def _honorific(c: Cand) -> bool:
    """'Mr Straw', 'Dr Fox': an honorific says the lone word is a person's surname, so it joins the
    one person of that surname even when the word is also a common noun ('straw', 'fox') and the
    full name opens with a given name newsledger does not list ('Jack Straw')."""
    return any(lexicon().honorific(r) for r in c.roles)


def role_heads(k: Cluster) -> set[str]:
    """Last words of the roles stated for a cluster's mentions ('Military analyst' -> 'analyst')."""
    return {r.split()[-1].lower() for c in k.cands for r in c.roles if r.split()}


def _nearest(clusters: list[Cluster], c: Cand) -> Cluster | None:
    """The cluster mentioned last before C (several people share the surname)."""
    before = [(max(x.span[0] for x in k.cands if x.span[0] < c.span[0]), k)
              for k in clusters if any(x.span[0] < c.span[0] for x in k.cands)]
    return max(before, key=lambda p: p[0])[1] if before else None


def acronym_definitions(text: str, cands: list[Cand]) -> dict[str, str]:
    """Acronyms the article spells out, 'Long Form (LF)' ('the Ministry of Defence (MoD)'), each
    with its long form: the acronym's capitals are the long form's initials, in order."""
    out: dict[str, str] = {}
    for c in [c for c in cands if c.label == "ORG" and c.kind == "name"]:
        m = english().defined_acronym.match(text, c.span[1])
        if m and _abbreviates(m.group(1), c.text):
            out.setdefault(m.group(1), c.text)
    return out


def _abbreviates(short: str, long: str) -> bool:
    caps = [ch for ch in short if ch.isupper()]
    initials = "".join(w[0] for w in strip_the(long).split() if w[:1].isalpha()).upper()
    it = iter(initials)
    return len(caps) >= 2 and caps[0] == initials[:1] and all(ch in it for ch in caps)


def _cluster_orgs(cands: list[Cand], out: list[Cluster], defined: Mapping[str, str]) -> None:
    longest_first = sorted(cands, key=lambda c: -len(c.text))
    for c in longest_first:
        home = next((k for k in out if k.label == "ORG" and _same_org(c.text, k, defined)), None)
        if home is None:
            home = Cluster("ORG", key=org_key(c.text))
            out.append(home)
        home.cands.append(c)
        home.extended += [c.longer] if c.longer else []


def _same_org(text: str, k: Cluster, defined: Mapping[str, str]) -> bool:
    """TEXT names K's organisation: the same name (less a leading nationality), or an acronym the
    article spells out for one of K's names, or, of three letters or more, the initials of one
    ('AI' is no 'Apple Inc', nor 'AP' the 'American Academy of Pediatrics'); names spelled alike
    must hold the same numbers ('Section 3.5' is not 'Section 7.8', nor 'AirPods 4' 'AirPods') and spell
    every word alike ('Tokyo Travel Guide' is not 'Kyoto Travel Guide', ``one_word_apart``); names leading
    with different places are two bodies (``_other_place``)."""
    if k.key.startswith("MIL:") or _other_place(text, k):
        return False
    if org_key(text) == k.key:
        return True
    if text in defined:
        return org_key(defined[text]) in {org_key(n) for n in k.names()}
    if text.isupper() and 3 <= len(text) <= 6:
        return any(text in (acronym(n), acronym(_no_nationality(n))) for n in k.names() + k.extended)
    short = text.isupper() and len(text) <= 6
    return not short and any(same_name(org_key(text), org_key(n)) >= 0.95 and numbered("", text) == numbered("", n)
                             and end_signs(text) == end_signs(n) and not one_word_apart(text, n) for n in k.names())


def _join_short_forms(out: list[Cluster], text: str) -> None:
    """A cluster named only by a short form of one longer organisation of the article joins it
    (``short_forms``); never when two longer organisations share the short form ('the Bank' beside
    the Bank of England and the World Bank). Longer short forms go first, so 'the Reserve Bank'
    joins the Reserve Bank of Australia before 'the Bank' is read against what is left."""
    for k in sorted([k for k in out if _maybe_short(k)], key=lambda k: -max(len(n) for n in k.names())):
        homes = [o for o in out if o is not k and o.label == "ORG" and o.cands and not o.key.startswith("MIL:")
                 and all(_stands_for(c, o, text) for c in k.cands)]
        if len(homes) != 1:
            continue
        for c in k.cands:
            if c.label == "ORG" and _described(c, homes[0], text):
                c.kind = "description"
            homes[0].cands.append(c)
        k.cands = []
    out[:] = [k for k in out if k.cands]


def _maybe_short(k: Cluster) -> bool:
    """K may be a short form of an organisation: an organisation, or a person NER saw in a firm's
    lone name ('Menatep' typed PERSON), named by one word and never with an honorific ('Mr Marsh'
    is a person; a title NER read after the name, 'Marsh senior vice president', says nothing)."""
    if k.label == "ORG":
        return bool(k.cands) and not k.key.startswith("MIL:") and all(c.kind == "name" for c in k.cands)
    return (k.label == "PERSON" and k.key.startswith("None|") and bool(k.cands)
            and all(c.kind == "name" and not _honorific(c) and len(c.text.split()) == 1 for c in k.cands))


def _stands_for(c: Cand, k: Cluster, text: str) -> bool:
    """Mention C is a short form of one of K's names, and no place or people of its own ('England'
    of 'Bank of England')."""
    if is_place(c.text) or is_demonym(c.text):
        return False
    return any(c.text in short_forms(n) and not _half_of_a_heading(c.text, n, k, text) for n in k.names()) \
        or (c.label == "ORG" and _described(c, k, text))


def _half_of_a_heading(short: str, name: str, k: Cluster, text: str) -> bool:
    """SHORT is the half before '&' of NAME ('Android' of 'Android & iOS', 'Apple' of 'Apple & Android
    Compatible'), and K's mentions of NAME all stand on heading lines (``heading_line``): a title-cased
    heading or label that pairs two things, of which the first is a thing of its own, no firm's short
    name; a firm so named is written in running text somewhere ('Marsh & McLennan ... Marsh')."""
    words = strip_the(name).split()
    if "&" not in words or short != " ".join(words[:words.index("&")]):
        return False
    return all(heading_line(text, x.span[0]) for x in k.cands if x.text == name)


def _described(c: Cand, k: Cluster, text: str) -> bool:
    """'the Commission' for the European Commission, 'the Reserve Bank' for the Reserve Bank of
    Australia: after 'the', the head noun of one of K's names, when it is a word that heads
    institutions' names (data/titles_en.json), or the name less its 'of' phrase."""
    before = text[max(0, c.span[0] - 4):c.span[0]].lower().split()
    if not before or before[-1] not in english().definite_articles:
        return False
    return any(c.text in _headed_forms(n) for n in k.names())


@lru_cache(maxsize=4096)
def _headed_forms(name: str) -> frozenset[str]:
    """The head noun of NAME, when it heads institutions' names ('Commission' of 'European
    Commission', 'Bank' of 'Bank of England'), and NAME before its 'of' ('Reserve Bank' of 'Reserve
    Bank of Australia'); none of a name written with numbers."""
    words = strip_the(name).split()
    if numbered("", name) or len(words) < 2:
        return frozenset()
    cut = next((i for i, w in enumerate(words) if w in ("of", "for")), len(words))
    out = {" ".join(words[:cut])} if 0 < cut < len(words) else set()
    head = words[cut - 1] if cut > 0 else ""
    return frozenset(out | ({head} if institution_word(head) else set()))


def party_stem(name: str) -> str | None:
    """The adjective a party's name is built on, when NAME is a party's name, adjective or members'
    noun: 'Conservative Party', 'Conservatives', 'Tory' -> 'Conservative' (data/entities_en.json
    'party_heads', 'party_forms'); a name that says no party by itself ('Labor', 'Germans') is
    read against the parties the article names (``_join_party_forms``), its bare singular kept."""
    words = strip_the(name).split()
    if len(words) >= 2 and words[-1].lower() in english().party_heads:
        return english().party_forms.get(" ".join(words[:-1]), " ".join(words[:-1]))
    bare = " ".join(words)
    single = bare[:-1] if bare.endswith("s") and len(bare) > 3 else bare
    return english().party_forms.get(bare) or english().party_forms.get(single) or single or None


def _join_party_forms(out: list[Cluster]) -> None:
    """A party's adjective or its members' noun ('Conservative', 'Tory', 'the Conservatives') is the
    party the article names ('Conservative Party'), not a people or a body of its own: the clusters
    sharing a party's stem (``party_stem``) become one, named by the party's own name where the
    article writes it, and an organisation (a lone 'Tory' too: typed so, it is the party other
    articles name, not a people). A stem is a party's when a name of the article closes with a
    party's head noun or the knowledge file lists it; demonyms and places never join ('Swiss')."""
    groups: dict[str, list[Cluster]] = {}
    for k in [k for k in out if _party_form(k)]:
        stems = {party_stem(n) for n in k.names()}
        if len(stems) == 1 and None not in stems:
            groups.setdefault(str(stems.pop()), []).append(k)
    for stem, ks in groups.items():
        if not (_names_party(ks) or stem in english().party_forms.values()):
            continue
        home = max(ks, key=_party_rank)
        for k in ks:
            if k is not home:
                home.cands += k.cands
                k.cands = []
        home.label = "ORG"
    out[:] = [k for k in out if k.cands]


def _party_form(k: Cluster) -> bool:
    """K may be a party's name, adjective or members' noun: an organisation or a people (NORP) NER
    typed so, or a person NER saw in a party's clipped name ('Lib Dem'), never a place or demonym."""
    names = k.names()
    if not names or k.key.startswith("MIL:") or any(is_place(n) or is_demonym(n) for n in names):
        return False
    if k.label == "PERSON":
        return all(n in english().party_forms for n in names)
    return k.label in ("ORG", "NORP")


def _names_party(ks: list[Cluster]) -> bool:
    """One of KS is named with a party's head noun ('Labour Party')."""
    return any(n.split()[-1].lower() in english().party_heads for k in ks for n in k.names())


def _party_rank(k: Cluster) -> tuple[bool, bool, int]:
    """Which cluster names a party best: its name with the head noun, then its members' plural
    ('Conservatives'), then the most mentions."""
    names = k.names()
    return (_names_party([k]), any(n.endswith("s") for n in names), len(k.cands))


def firm_short_names(clusters: list[Cluster]) -> list[frozenset[str]]:
    """For each of CLUSTERS, the short forms of its names (``short_forms``: 'Menatep' of 'Group
    Menatep') that no other organisation of the article shares and that name no place: written
    elsewhere in the article where NER saw nothing ('according to Menatep'), they are its mentions
    too. Counted once for the article, not per cluster (a page may name thousands)."""
    forms = [frozenset(f for n in k.names() for f in short_forms(n)) if k.label == "ORG" else frozenset()
             for k in clusters]
    owners = Counter(f for fs in forms for f in fs)
    return [frozenset() if k.key.startswith("MIL:") else
            frozenset(f for f in fs if owners[f] == 1 and not is_place(f) and not is_demonym(f))
            for k, fs in zip(clusters, forms)]


def _cluster_places(cands: list[Cand], out: list[Cluster]) -> None:
    """Places by the gazetteer's name for them, else by their own name with its numbers ('Bondi 9'
    is not 'Bondi 8'); a seat of government by its own name ('Downing Street', which the gazetteer
    files under London, is not London)."""
    for c in cands:
        known = place_name(c.text) if is_place(c.text) and not is_government_seat(c.text) else None
        key = f"{'NORP' if c.label == 'NORP' else 'PLACE'}:{known or numbered(name_key(c.text), c.text)}"
        home = next((k for k in out if k.key == key), None)
        if home is None:
            home = Cluster(c.label, key=key)
            out.append(home)
        home.cands.append(c)


def cluster_names(cands: list[Cand], defined: Mapping[str, str] | None = None, text: str = "") -> list[Cluster]:
    """Clusters of name mentions (titles, descriptions and speakers are attached afterwards);
    DEFINED: the acronyms the article spells out, with their long forms; TEXT: the article, which
    says where a short form follows 'the' ('the Commission')."""
    out: list[Cluster] = []
    fixed: dict[str, Cluster] = {}
    for c in cands:
        if c.key:
            fixed.setdefault(c.key, Cluster(c.label, key=c.key)).cands.append(c)
    out.extend(fixed.values())
    names = [c for c in cands if not c.key and c.kind == "name"]
    _cluster_people([c for c in names if c.label == "PERSON"], out)
    _cluster_orgs([c for c in names if c.label not in PLACE_LABELS | {"PERSON", "NORP"}], out, defined or {})
    _cluster_places([c for c in names if c.label in PLACE_LABELS | {"NORP"}], out)
    _join_short_forms(out, text)
    _join_party_forms(out)
    return out
