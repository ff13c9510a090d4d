"""One article's entities: every mention of each person, organisation and place, grouped.

Candidates come from spaCy's NER with repairs (extract/mentions.py), titles written before
names (extract/titles.py) and role descriptions with the years they were held
(data/roles_aliases.json); names are grouped across spellings (extract/coref.py); the
speakers and channels of statements are linked (extract/speaker_links.py); places are
geocoded together so each is read in the light of the others.
"""
from __future__ import annotations

import re
from bisect import bisect_right, insort
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from spacy.lang.en.lex_attrs import like_num
from spacy.tokens import Doc, Token

from ...model import Entity, Geo, Mention, Span, Statement
from ...names import canonical_name, first_name_key, is_first_name, is_given_name
from ...nlp.components import doc_text
from ..places import PLACE_LABELS, geocode, is_demonym, is_place, minor_place, small_place
from ..places.gazetteer import Place
from ..places.gazetteer import candidates as geocode_candidates
from ..places.lexicon import building_word
from ..spans import inside, overlaps
from .candidates import Cand, article_year, military_cands, ner_cands, role_cands
from .clusters import Cluster, acronym_definitions, cluster_names, firm_short_names, person_parts, surname_key
from .concepts import concept_names
from .evidence import ordinary_words, surname_alone, verb_label, word_of_the_language
from .government import home_government_speakers
from .initials import mistyped_initials, region_by_initials, region_initials, untagged_initials
from .lexicon import containing_gap, english, feature_kind, is_government_seat, local_institution
from .linking import link_statements
from .ner_repairs import (
    demonym_led_names,
    described_firms,
    extend_first_names,
    firms_named_like_towns,
    fix_labels,
    join_split_places,
    named_occasions,
    not_titles,
    people_after_titles,
    people_named_like_places,
    place_led_names,
    proper_runs,
    quoted_body_names,
    surnames_taken_for_places,
    whole_party_names,
)
from .titles import title_after, titles_before
from .toponyms import recover_toponyms
from .uses import as_modifier, currency_country, named_as_place, peoples, placed_names, used_as_place
from .works import label_use, titles_after_kind, work_titles


def _titles(doc: Doc, cands: list[Cand], roles: list[Cand]) -> list[Cand]:
    """Title mentions of each named person; a role description right before a name is its title."""
    labels = {t.i: c.label for c in cands if c.label != "PERSON" for t in doc.char_span(*c.span, alignment_mode="expand") or []}
    out = []
    for c in [c for c in cands if c.label == "PERSON"]:
        tok = doc.char_span(*c.span, alignment_mode="expand")
        after = title_after(doc, tok.end, labels) if tok is not None else None
        for title in (titles_before(doc, tok.start, labels) if tok is not None else []) + ([after] if after else []):
            c.roles.append(title.role)
            held = [r for r in roles if overlaps(r.span, title.span) and r.holder is None]
            for r in held:
                r.holder = c.span
            if not held:
                out.append(Cand(title.span, doc_text(doc)[title.span[0]:title.span[1]], "PERSON", "title", holder=c.span))
    return out


def _candidates(doc: Doc) -> tuple[list[Cand], list[Cand], list[Span]]:
    """(name candidates, attached candidates: titles and role descriptions, the spans of the labels NER
    ran into people's names: candidates.ner_cands)."""
    found = ner_cands(doc)
    labels = [c for c in found if c.kind == "title"]      # a label NER ran into a person's name
    cands = not_titles([c for c in found if c.kind != "title"])
    cands += proper_runs(doc, cands)
    demonym_led_names(doc, cands)
    roles = role_cands(doc, article_year(doc))
    cands = [c for c in cands if c.label in ("PERSON", "NORP") or not any(inside(c.span, r.span) for r in roles)]
    extend_first_names(doc, cands)
    cands = join_split_places(doc_text(doc), cands)
    placed = placed_names(doc, cands)
    fix_labels(cands, placed)
    named_occasions(cands)
    mistyped_initials(doc, cands)
    described_firms(doc, cands)
    whole_party_names(doc, cands)
    cands += military_cands(doc, cands)     # the people or place before the army stays a mention
    cands += recover_toponyms(doc, cands, placed)
    cands += place_led_names(doc, cands)
    firms_named_like_towns(doc, cands)
    cands += quoted_body_names(doc, cands)
    cands += untagged_initials(doc, cands)
    surnames_taken_for_places(doc, cands)
    people_named_like_places(doc, cands)
    people_after_titles(doc, cands)
    peoples(doc, cands)
    return cands, _titles(doc, cands, roles) + roles + labels, [c.span for c in labels]


def _holder_of(c: Cand, clusters: list[Cluster]) -> Cluster | None:
    """The cluster of the name a title is written beside, or of the one person a role names."""
    if c.holder is not None:
        return next((k for k in clusters for x in k.cands if x.span == c.holder), None)
    if c.person is None:
        return None
    _, sur = person_parts(c.person)
    people = [k for k in clusters if k.label == "PERSON" and k.key.split("|")[-1] == sur]
    fits = [k for k in people if k.key.split("|")[0] in ("None", first_name_key(c.person.split()[0]))]
    return fits[0] if len(fits) == 1 else None


def _attach(attached: list[Cand], clusters: list[Cluster]) -> None:
    """Titles and descriptions join their holder's cluster (a role's holder absent from the
    article becomes an entity of its own, named from data/roles_aliases.json)."""
    for c in sorted(attached, key=lambda c: c.holder is None):
        home = _holder_of(c, clusters)
        if home is None:
            first, sur = person_parts(c.person or c.text)
            home = Cluster("PERSON", key=f"{first}|{sur}")
            clusters.append(home)
        home.cands.append(c)


def _propagate(text: str, clusters: list[Cluster], labels: Sequence[Span] = (),
               ordinary: Callable[[Span], bool] = lambda span: False) -> None:
    """Other occurrences of a person's or organisation's name that NER missed (a headline
    without a full stop, 'between Putin and Lukashenka', a firm's short name: 'according to
    Menatep') are mentions too. Occurrences are found through an index of the text's words and
    checked against a map of the characters mentions take, so 30,000 names cost no more than a few
    (a scan of the text per name did not). LABELS (a party's or role's words NER ran into a person's
    name: 'Lib Dem' of 'Lib Dem Anna Smith') are that person's titles, no other name's occurrence;
    nor is a one-word name where ORDINARY says the page wrote an ordinary word there ('Quick and easy
    height adjustment' is no occurrence of 'Quick' of 'Quick & Easy Adjustment')."""
    taken = _Taken(len(text), [c.span for k in clusters for c in k.cands] + list(labels))
    words: dict[str, list[int]] = defaultdict(list)
    for m in _WORD.finditer(text):
        words[m.group()].append(m.start())
    people = [k for k in clusters if k.label == "PERSON"]
    shorts = {id(k): forms for k, forms in zip(clusters, firm_short_names(clusters))}
    for k in [k for k in clusters if k.label in ("PERSON", "ORG")]:
        names = {n for n in k.names() if len(n) >= 3 and not (k.label == "PERSON" and is_first_name(n))}
        if k.label == "PERSON":
            names |= {n.split()[-1] for n in names if _own_surname(n.split()[-1], k, people)
                      and surname_alone(n, n.split()[-1])}
        names |= shorts[id(k)]
        for n in sorted(names, key=len, reverse=True):
            for span in _occurrences(text, n, words):
                if not taken.hit(span) and not (" " not in n and (k.label == "PERSON" and _opens_longer_name(text, span[1])
                                                                   or ordinary(span))):
                    k.cands.append(Cand(span, n, k.label))
                    taken.add(span)


def _opens_longer_name(text: str, end: int) -> bool:
    """The word ending at END runs on into a capitalised word after one space ('Bass' of 'Active
    Sensory Bass Headphones', 'Jones' of 'Jones Assembly', 'Nobel' of 'the Nobel Foundation'): a
    piece of a longer name NER did not find, no occurrence of the person whose surname it spells
    ('I' is no name: 'Paul I think'). A firm's one-word name before a product's words ('Google
    Ads', 'Apple Watch') still names the firm, and is propagated as before."""
    nxt = _NEXT_WORD.match(text, end)
    return nxt is not None and nxt.group(1) != "I"


_NEXT_WORD = re.compile(r" ([A-Z][\w'’-]*)")
_WORD = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")


def _occurrences(text: str, name: str, words: dict[str, list[int]]) -> list[tuple[int, int]]:
    """Where NAME stands in TEXT as a whole word (what ``(?<!\\w)NAME(?!\\w)`` finds, left to right,
    without overlaps), from the offsets of its first word."""
    first = _WORD.match(name)
    if first is None:
        return [m.span() for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text)]
    found: list[tuple[int, int]] = []
    for s in words.get(first.group(), ()):
        e = s + len(name)
        if (not found or s >= found[-1][1]) and text.startswith(name, s) and not _WORD_CHAR.match(text, e):
            found.append((s, e))
    return found


class _Taken:
    """The characters mentions take (and the empty spans, which take none but still split a name)."""

    def __init__(self, size: int, spans: list[tuple[int, int]]):
        self.chars = bytearray(size + 1)
        self.points: list[int] = []
        for span in spans:
            self.add(span)

    def add(self, span: tuple[int, int]) -> None:
        s, e = span
        if e > s:
            self.chars[s:e] = b"\x01" * (e - s)
        else:
            insort(self.points, s)

    def hit(self, span: tuple[int, int]) -> bool:
        """Non-empty SPAN overlaps a taken span (``spans.overlaps``)."""
        s, e = span
        k = bisect_right(self.points, s)
        return self.chars.find(1, s, e) != -1 or (k < len(self.points) and self.points[k] < e)


def _own_surname(word: str, k: Cluster, people: list[Cluster]) -> bool:
    """WORD is K's surname and no other person of the article carries it."""
    return all(x is k or x.key.split("|")[-1] != surname_key(word) for x in people)


def _name(k: Cluster) -> str:
    """The fullest name seen; a role's holder when only descriptions were seen (places take the
    gazetteer's name when geocoded)."""
    names = k.names()
    if names:
        return canonical_name(names)
    held = [c.person for c in k.cands if c.person]
    return held[0] if held else canonical_name([c.text for c in k.cands])


def _distinct(items: Iterable[str]) -> list[str]:
    """Items in first-seen order, case-insensitively distinct ('Military expert' = 'military expert')."""
    seen: dict[str, str] = {}
    for item in items:
        seen.setdefault(item.lower(), item)
    return list(seen.values())


def _entity(k: Cluster, i: int) -> Entity:
    cands = sorted(k.cands, key=lambda c: c.span)
    aliases = list(dict.fromkeys(canonical_name([c.text]) for c in cands if c.kind == "name"))
    aliases += [c.person for c in cands if c.person and c.person not in aliases]
    roles = _distinct(r for c in cands for r in c.roles)
    return Entity(f"e{i}", _name(k), k.label, [Mention(c.span, c.text, c.kind) for c in cands],
                  list(dict.fromkeys(aliases)), roles)


def _geocode(entities: list[Entity], places: set[str], peoples: list[str], text: str, titles: Sequence[Span] = ()) -> None:
    """Geocodes every spelling of every place together (each read in the light of the others);
    a place takes the reading of its first named mention and, when found, the gazetteer's name.
    Only places are placed. An organisation keeps no coordinates: the place its name holds
    ('Jamaica' of 'the Jamaica Cancer Society') is a mention of its own, which keeps its seat. A
    name the gazetteer lacks is placed where the article's other places are (level 'local') only
    when its words make it a street, building or natural feature ('Powerline Road'); a people or
    group the gazetteer does not know ('Catholics') is no place at all. The PEOPLES the article
    names ('Venezuelans') are no places either, but say which country it is about. Such a local
    place lies in the town or region written right after it ('the Bambino Gesu Hospital in Rome',
    'Bryce Canyon National Park in Utah'), else where ``_town_of_local`` says; so does a venue the
    gazetteer knows only as a far namesake town ('at the Maracana': ``geocode.venue_set_aside``).
    A place named only inside
    the TITLES of works ('the album Born In Texas') sways no other place, as one named only inside an
    organisation's name."""
    spots = [e for e in entities if e.id in places]
    surfaces = {e.id: [m.text for m in e.mentions if m.kind == "name"] or [e.name] for e in spots}
    inner = _inside_orgs(entities, spots) | _inside_titles(titles, spots)
    toponyms = [t for e in spots for t in surfaces[e.id] if t not in inner]
    hosted = inner | _inside_names(entities, spots)
    geo = geocode.geocode_document(toponyms + list(inner) + peoples, text, hosted)
    geo.update(geocode.geocode_document(toponyms + peoples, text, hosted))
    local = geocode.article_focus(toponyms, text)
    for e in spots:
        e.geo = next((_within(t, g) for t in surfaces[e.id] if (g := geo.get(t)) and not _numbered_thing(t)
                      and not _people_by_a_place(e, t)), None)
        if e.geo and e.geo.name and e.type != "NORP" and any(is_place(t) for t in surfaces[e.id]):
            e.name = e.geo.name
    venues = {e.id for e in spots if any(geocode.venue_set_aside(t, toponyms, text) for t in surfaces[e.id])}
    for e in [e for e in spots if e.geo is None and (_local_place(e) or e.id in venues)]:
        e.geo = _town_after(text, e, spots) or _town_of_local(e, e.id in venues, toponyms, text, local)


def _town_of_local(e: Entity, venue: bool, toponyms: list[str], text: str, local: Geo | None) -> Geo | None:
    """Where E, a local place with no town written after it, lies: a VENUE in its sentence's town; a
    building WordNet names ('Princes Theatre', 'KCOM Stadium': ``_named_building``) in the town the
    article writes nearest before it, else nowhere — the town the article names most is as often
    another's (a side 'looking to extend this run at the KCOM Stadium', Hull's, in a story that names
    Norwich most); any other in its paragraph's town, else the article's (LOCAL)."""
    at = min((m.span[0] for m in e.mentions if m.kind == "name"), default=0)
    if venue:
        return geocode.sentence_town(toponyms, text, at)
    if _named_building(e):
        return geocode.town_before(toponyms, text, at)
    return geocode.paragraph_town(toponyms, text, at) or local


def _named_building(e: Entity) -> bool:
    """E is a building named as one: its last word is a noun WordNet files as a building
    (``places.lexicon.building_word``: 'Theatre', 'Stadium', 'Racecourse')."""
    words = e.name.split()
    return e.type == "FAC" and len(words) > 1 and building_word(words[-1])


def _town_after(text: str, e: Entity, spots: list[Entity]) -> Geo | None:
    """The town or region one of E's names is written in ('X in T', 'X near T', 'X, T'), as a Geo
    of level 'local': what the sentence itself says outweighs a town of its paragraph, which may
    be another country's (a park 'in Utah' in a story that named Delft). A country is too wide
    to say where a building is: the article's towns say it better."""
    gap = containing_gap()
    towns = [(m.span[0], t.geo) for t in spots if t.geo and t.geo.level in WITHIN_LEVELS
             for m in t.mentions if m.kind == "name"]
    for m in sorted(m.span for m in e.mentions if m.kind == "name"):
        town = next((g for at, g in towns if at >= m[1] and gap.fullmatch(text, m[1], at)), None)
        if town:
            return replace(town, level="local", geonameid=None, name=None)
    return None


INITIALS_LABELS = PLACE_LABELS | {"ORG", "NORP"}   # the types NER gives a region's initials ('WA' GPE, 'SA' ORG)
WITHIN_LEVELS = frozenset({"city", "admin1", "admin2"})   # a town, a state or province, a county


def _within(name: str, geo: Geo) -> Geo:
    """GEO for NAME; a name the gazetteer lacks placed by the place it holds ('Park Hyatt Bangkok',
    'Sydney Marathon') lies there (level 'local') but is not that place: it keeps no gazetteer
    entry, so it never becomes one identity with it. Nor does a seat of government the gazetteer
    files under its city ('Downing Street' as a name of London): it lies in London, but the
    ledger's London is not 'Downing Street'."""
    if not is_government_seat(name) and ("," in name or geocode_candidates(name)):
        return geo
    return replace(geo, level="local", geonameid=None, name=None)


def _people_by_a_place(e: Entity, name: str) -> bool:
    """E is a people whose NAME the gazetteer lacks though it holds a place's ('Irish Americans',
    'African Americans'): a people named after a place lives elsewhere, and is no place at all; the
    demonym inside keeps its own mention."""
    return e.type == "NORP" and not geocode_candidates(name)


def _numbered_thing(name: str) -> bool:
    """NAME, unknown to the gazetteer, holds a number and no word of a street or feature: a model
    or version named after a place ('Bondi 9', 'Tokyo 3'), or a broadcaster ('Channel Five'), not a
    street or building ('5th Avenue', '10 Downing Street')."""
    numbered = any(ch.isdigit() for ch in name) or len(name.split()) > 1 and like_num(name.split()[-1].lower())
    return numbered and not geocode_candidates(name) and feature_kind(name) is None


def _local_place(e: Entity) -> bool:
    """E, unknown to the gazetteer, is a street, building or feature of the article's town: its
    words say so ('Powerline Road', 'Eglinton Avenue West', 'Lake Manassas'), or NER took it for a
    facility and it is named as one ('Cavan Town Hall')."""
    words = e.name.split()
    return e.type != "NORP" and bool(words) and (
        feature_kind(e.name) is not None or geocode.is_street(e.name) or e.type == "FAC" and local_institution(words[-1]))


def _is_entity(doc: Doc, k: Cluster) -> bool:
    """K is something with a name: one of its names or descriptions holds a proper noun or a
    people's name ('the Belarusian underground'), or it is a role's known holder. Pronouns,
    determiners and common nouns ('you', 'That', 'apps', 'officials') name nothing, nor do common
    words capitalised only by a heading or a sentence's start ('Final Tips'; a party's name the
    knowledge file lists is one: 'Liberal Democrat leader ...' opening a sentence), nor tokens of program
    code ('Result<&str, &str>', data/entities_en.json 'code_marks'); a statement whose
    speaker is only that stays unattributed."""
    if any(c.person for c in k.cands):
        return True
    names = [(c.span, c.text, c.ner) for c in k.cands if c.kind == "name"]
    if names and all(english().code_marks.search(n) for _, n, _ in names):     # 'Result<&str, &str>'
        return False
    if not k.key.startswith("MIL:") and not any(is_place(n) or n in english().party_forms for _, n, _ in names) \
            and ordinary_words(doc, names):
        return False
    if _label_of_a_page(doc, k):
        return False
    return any(_proper(t) for c in k.cands if c.kind in ("name", "description")
               for t in doc.char_span(*c.span, alignment_mode="expand") or [])


def _concept(doc: Doc, k: Cluster, clusters: list[Cluster]) -> bool:
    """K, an organisation or a person known by names alone (no title, description or pronoun speaks
    of it as someone), is a concept, a technology or a work a page capitalises
    (``concepts.concept_names``): no entity. One a statement is attributed to ('Pew Research found',
    'according to Stack Overflow') is a source and stays (find_entities)."""
    article = doc._.article
    if article is None or article.is_news or k.label not in ("ORG", "PERSON") \
            or any(c.kind != "name" or c.person for c in k.cands):
        return False                       # the rule reads pages that are no news only
    others = {n.lower() for x in clusters if x is not k for n in x.names() if " " not in n}
    return concept_names(doc, [(c.span, c.text) for c in k.cands], others)


def _work(k: Cluster, titles: Sequence[Span]) -> bool:
    """K, a 'person' or 'organisation' known by names alone, is a work: each of its names is written
    inside the title of a film, book, album or programme written after the noun of its kind
    (``works.titles_after_kind``: 'the show Advance Warning', 'his new book, Lawless World', 'the BBC
    programme Go Digital'), which the tagger took for someone. A work is no party of the ledger; a
    place inside a title keeps its own rule (``_mark_places_in_titles``), and one a statement is
    attributed to, or that is the channel it was said on, stays (find_entities)."""
    return k.label in ("ORG", "PERSON") and bool(k.cands) and all(
        c.kind == "name" and c.person is None and any(inside(c.span, t) for t in titles) for c in k.cands)


def _label(doc: Doc, k: Cluster) -> bool:
    """K, a 'person' known by names alone, is a thing named after someone: each of its names is one
    word that labels a document, a work or a programme there (``works.label_use``: 'the Tomlinson
    review', 'BBC One's Breakfast with Frost'), and the article names no one by it, so it is no party
    of the ledger, nor a surname to join to a person of that name elsewhere. A person the article
    also names, describes or calls 'Mr' keeps such a mention ('Mr Kok ... the Kok report'); one a
    statement is attributed to stays (find_entities)."""
    return k.label == "PERSON" and bool(k.cands) and all(
        c.kind == "name" and c.person is None and label_use(doc, c.span) for c in k.cands)


def _titles_apart(clusters: list[Cluster], titles: Sequence[Span], held: set[Span | None]) -> list[Span]:
    """A person or organisation also named outside the TITLES of works written after the noun of
    their kind (``works.titles_after_kind``) is not named by them: 'the hit movie Ray' is the film,
    no name of Ray Charles, whom the tagger's one spelling joined it to ('biopic Kinsey' and Alfred
    Kinsey, 'the musical Oliver!' and Oliver Letwin). The title's name leaves the cluster, and its
    span is returned, so that no name's other occurrences take it back (``_propagate``); a cluster
    named only inside titles is ``_work``'s to judge. A name spelled as the cluster writes it outside
    titles (any case: 'Meet The Fockers'), a full name opening with a given name ('late screen legend
    Katharine Hepburn', where WordNet's first 'legend' is a story), or one holding a title written
    before it (HELD: 'the Today programme Mr Malik'; 'could picture Michael Howard', where the parse
    made the verb a noun) is the person or the work written again."""
    out = []
    for k in [k for k in clusters if k.label in ("ORG", "PERSON")]:
        titled = [c for c in k.cands if c.kind == "name" and c.person is None and c.span not in held
                  and not _full_name(c.text) and any(inside(c.span, t) for t in titles)]
        free = {c.text.lower() for c in k.cands if c.kind == "name" and c not in titled}
        titled = [c for c in titled if c.text.lower() not in free]
        if titled and free:
            k.cands = [c for c in k.cands if c not in titled]
            out += [c.span for c in titled]
    return out


def _full_name(name: str) -> bool:
    """NAME is a person's given name and more ('Katharine Hepburn')."""
    words = name.split()
    return len(words) > 1 and is_given_name(words[0])


def _label_of_a_page(doc: Doc, k: Cluster) -> bool:
    """On a page that is no news (a shop, a how-to, documentation), K is named only by a button or
    an imperative heading the tagger took for a name (``evidence.verb_label``): no entity. A news
    report's sentence may open with a name the tagger reads as a verb; there K stays."""
    article = doc._.article
    names = [c.span for c in k.cands if c.kind == "name"]
    return article is not None and not article.is_news and len(names) == len(k.cands) and verb_label(doc, names)


def _word_on_a_page(doc: Doc, c: Cand) -> bool:
    """On a page that is no news, C is an ordinary word capitalised only where it opens a sentence,
    a line or a label (``evidence.word_of_the_language``): no name of its own, and no piece of the
    longer name it would otherwise join ('Quick' of 'Quick & Easy Adjustment', 'Businesses' of
    'Video Ads: Businesses'). Places keep their own rules; news opens sentences with names all the
    time ('Park said'), and is not read so."""
    return (c.kind == "name" and c.person is None and c.label not in PLACE_LABELS | {"NORP"}
            and _word_at(doc, c.span))


def _word_at(doc: Doc, span: Span) -> bool:
    """The page is no news and the word at SPAN is an ordinary one it capitalised only where it opens
    something (``evidence.word_of_the_language``)."""
    article = doc._.article
    return article is not None and not article.is_news and word_of_the_language(doc, span)


def _pronoun_as_name(doc: Doc, c: Cand) -> bool:
    """C is a name found only by its spelling that the parse reads as a pronoun or determiner, written
    in title case ('What Sets Us Apart' of a heading is no 'US'): it names nothing, though the
    entity the spelling reaches (the United States) has other names in the article."""
    tokens = doc.char_span(*c.span, alignment_mode="expand")
    return (c.kind == "name" and tokens is not None and len(tokens) == 1 and not c.text.isupper()
            and tokens[0].pos_ in ("PRON", "DET"))


def _proper(t: Token) -> bool:
    """T is (part of) a name: a proper noun or a word NER took for part of an entity, or a word of a
    name set in quotation marks ('the opposition bloc "Victory"': ``quoted_body_names``), written
    with a capital (not 'html5', 'n't'), and no pronoun or determiner ('That', 'You')."""
    return t.text != t.text.lower() and t.pos_ not in ("PRON", "DET") \
        and (t.pos_ == "PROPN" or bool(t.ent_type_) or _quoted_title(t))


def _quoted_title(t: Token) -> bool:
    """T is one of at most four capitalised words set between quotation marks ('"Victory"')."""
    def reaches_quote(step: int) -> bool:
        i = t.i + step
        for _ in range(4):
            if not 0 <= i < len(t.doc):
                return False
            if t.doc[i].is_quote:
                return True
            if not (t.doc[i].is_title and t.doc[i].is_alpha):
                return False
            i += step
        return False
    return t.is_title and t.is_alpha and reaches_quote(-1) and reaches_quote(1)


def _people_are_no_places(doc: Doc, clusters: list[Cluster]) -> None:
    """A 'place' a gendered pronoun stands for ('Nelson ... he said') is a person."""
    for k in [k for k in clusters if k.label in PLACE_LABELS]:
        if any(c.kind == "pronoun" and _gendered(doc, c.span) for c in k.cands):
            k.label = "PERSON"


def _gendered(doc: Doc, span: Span) -> bool:
    tokens = doc.char_span(*span, alignment_mode="expand")
    return tokens is not None and any(
        t.pos_ == "PRON" and {"Masc", "Fem"} & set(t.morph.get("Gender", [])) for t in tokens)


def _inside_orgs(entities: list[Entity], places: list[Entity]) -> set[str]:
    """Place names written only inside organisations' names ('Washington' of 'Washington Post'):
    they say little about where the article is, so they do not sway its other places."""
    orgs = [m.span for e in entities if e.type == "ORG" for m in e.mentions]
    spots = [m for e in places for m in e.mentions if m.kind == "name"]
    alone = {m.text for m in spots if not any(inside(m.span, o) and o != m.span for o in orgs)}
    return {m.text for m in spots} - alone


def _inside_titles(titles: Sequence[Span], places: list[Entity]) -> set[str]:
    """Place names written only inside the TITLES of works ('Texas' of 'the album Born In Texas',
    ``works.work_titles``): the work's, not the article's places."""
    spots = [m for e in places for m in e.mentions if m.kind == "name"]
    alone = {m.text for m in spots if not any(inside(m.span, t) for t in titles)}
    return {m.text for m in spots} - alone


def _mark_places_in_titles(entities: list[Entity], titles: Sequence[Span]) -> None:
    """A placed entity's name or people's adjective written inside the title of a work, or as the
    whole title ('one of my favourite films Leon'), is the work's word, no mention of the place: the
    show American Dad does not name the United States, nor the song Leaving New York the city. A
    place the article names elsewhere keeps only those other mentions (so neither its names nor its
    contexts are a title's); one named only inside titles keeps them as kind 'part', no place of the
    story (an entity a statement or an event may already hold)."""
    for e in [e for e in entities if e.geo is not None]:
        titled = [m for m in e.mentions if m.kind in TITLE_WORD_KINDS and any(inside(m.span, t) for t in titles)]
        if titled and len(titled) < len(e.mentions):
            e.mentions = [m for m in e.mentions if m not in titled]
        else:
            e.mentions = [replace(m, kind="part") if m in titled else m for m in e.mentions]


TITLE_WORD_KINDS = frozenset({"name", "adjective", "part"})     # a place's word a title may hold


def _inside_names(entities: list[Entity], places: list[Entity]) -> set[str]:
    """Place names written inside the name of anything that is no place ('BC' of a product's name):
    ``_mark_non_place_uses`` keeps such a mention as a part of that name, so the geocoder leaves its
    reading alone (``geocode.geocode_document``'s HOSTED)."""
    hosts = [m.span for e in entities if e.type not in PLACE_LABELS | {"NORP"} for m in e.mentions if m.kind == "name"]
    spots = [m for e in places for m in e.mentions if m.kind == "name"]
    return {m.text for m in spots if any(inside(m.span, h) and h != m.span for h in hosts)}


def find_entities(doc: Doc, statements: Sequence[Statement] = ()) -> list[Entity]:
    """Local entities of one article (ids 'e1', 'e2', ...), each with every mention (names,
    titles/descriptions, pronouns used as speakers), a canonical name (the fullest proper name),
    aliases (each spelling seen), roles stated in the text, type and geo for places. Sets each
    statement's .speaker to the id of the entity holding its speaker_antecedent (else its
    speaker_span), creating an entity when a speaker has none, and .channel to the channel
    entity's id when one matches (creating an ORG entity for it if needed); a bare 'the government'
    that no state named in the text was found for speaks for its home country's government, read
    once the places are geocoded (``government.home_government_speakers``)."""
    names, attached, labels = _candidates(doc)
    names = [c for c in names if not _pronoun_as_name(doc, c) and not currency_country(doc_text(doc), c)
             and not _word_on_a_page(doc, c)]
    clusters = cluster_names(names, acronym_definitions(doc_text(doc), names), doc_text(doc))
    works = titles_after_kind(doc)
    titled = _titles_apart(clusters, works, {c.holder for c in attached})
    _propagate(doc_text(doc), clusters, list(labels) + titled, lambda span: _word_at(doc, span))
    _attach(attached, clusters)
    links = link_statements(doc, list(statements), clusters)
    clusters = [k for k in clusters if k.cands and _is_entity(doc, k)]
    speakers = {id(speaker) for speaker, _ in links if speaker is not None}
    sources = speakers | {id(channel) for _, channel in links if channel is not None}
    clusters = [k for k in clusters if id(k) in speakers or not _concept(doc, k, clusters)]
    clusters = [k for k in clusters if id(k) in sources or not _work(k, works) and not _label(doc, k)]
    _people_are_no_places(doc, clusters)
    clusters.sort(key=lambda k: min(c.span for c in k.cands))
    entities = [_entity(k, i + 1) for i, k in enumerate(clusters)]
    ids = {id(k): e.id for k, e in zip(clusters, entities)}
    for st, (speaker, channel) in zip(statements, links):
        st.speaker = ids.get(id(speaker)) if speaker is not None else None
        if channel is not None:
            st.channel = ids.get(id(channel))
    peoples = [c.text for k in clusters if k.key.startswith("PEOPLE:") for c in k.cands if c.kind == "name"]
    titles = work_titles(doc)
    hosts = [c.span for k in clusters if k.label not in PLACE_LABELS | {"PERSON", "NORP"} for c in k.cands if c.kind == "name"] + titles
    toponyms = list(dict.fromkeys(c.text for k in clusters if k.label in PLACE_LABELS for c in k.cands if c.kind == "name"))
    placeable = {ids[id(k)] for k in clusters if _placeable(doc, k, hosts, toponyms)}
    _geocode(entities, placeable - _speakers_no_place(doc, entities, statements), peoples, doc_text(doc), titles)
    _regions_by_initials(entities, toponyms + peoples, doc_text(doc))
    _mark_non_place_uses(doc, entities)
    _mark_places_in_titles(entities, titles)
    _drop_names_of_other_things(entities)
    home_government_speakers(doc, entities, statements)
    return entities


def _regions_by_initials(entities: list[Entity], toponyms: list[str], text: str) -> None:
    """An unplaced name written only as the initials of a country or first-level region the
    article's places (TOPONYMS) lie in is that place ('Wastewater in WA' of a story of Rockingham,
    'post-apartheid SA' of one of South Africans and Limpopo, NER's GPE or an organisation's name
    to it): it takes the region's point and name, so the ledger files it with the region. The
    regions are read only for an article that has such a name (``region_initials``)."""
    unplaced = [(e, name) for e in entities if e.geo is None and e.type in INITIALS_LABELS
                and len(written := {m.text for m in e.mentions if m.kind == "name"}) == 1
                and region_initials(name := next(iter(written)))]
    if not unplaced:
        return
    regions: list[Place] = geocode.article_regions(toponyms, text)
    names = [m.text for e in entities for m in e.mentions if m.kind == "name"]
    for e, name in unplaced:
        region = region_by_initials(name, regions, names)
        if region is not None:
            e.type, e.geo, e.name = "GPE", region.geo(), region.name


def _speakers_no_place(doc: Doc, entities: list[Entity], statements: Sequence[Statement]) -> set[str]:
    """Ids of the entities that speak in the article by name (a statement's speaker) and so are no place:
    a name unknown to the gazetteer that opens with a given name ('the BBC's Stephen Cape said': a
    person NER took for a cape by the name's last word), or a town's name, no capital's, that the
    article never uses as a place ('Halifax said house prices rose', 'Orange said': the bank and
    the firm named after them). A place that speaks stands for its government and is named as a
    capital, a country or a seat of government ('Moscow said', 'Downing Street said')."""
    said: dict[str, list[Span]] = defaultdict(list)
    for st in statements:
        if st.speaker and st.speaker_span:
            said[st.speaker].append(st.speaker_span)
    return {e.id for e in entities if _named_speaking(e, said[e.id]) and (_person_shaped(e) or _firm_named_like_a_town(doc, e))}


def _named_speaking(e: Entity, spans: list[Span]) -> bool:
    """One of E's names is itself the speaker a statement names (SPANS), not a pronoun or a description
    ('the club') read as standing for it."""
    return any(m.kind == "name" and inside(m.span, sp) for m in e.mentions for sp in spans)


def _firm_named_like_a_town(doc: Doc, e: Entity) -> bool:
    """Every name of E is a town's, none a capital's, and none is used as a place where it is
    written: after a locative preposition, or after a name and a comma, as the town that thing is
    in ('the Federal University of Technology, Owerri')."""
    names = [m for m in e.mentions if m.kind == "name"]
    return bool(names) and all(
        (cands := geocode_candidates(m.text)) and all(c.level in ("city", "airport") and not c.capital for c in cands)
        and not used_as_place(doc, m.span) and not _town_of_the_name_before(doc_text(doc), m.span) for m in names)


def _town_of_the_name_before(text: str, span: Span) -> bool:
    """The name at SPAN follows a capitalised word and a comma ('Technology, Owerri', 'Uzoaru,Owerri')."""
    return re.search(r"[A-Z][\w.]*,\s*$", text[max(0, span[0] - 40):span[0]]) is not None


def _person_shaped(e: Entity) -> bool:
    """Every name of E is two words or more, opens with a given name and is no place the gazetteer knows."""
    names = [m.text for m in e.mentions if m.kind == "name"] or [e.name]
    return all(len(n.split()) > 1 and is_given_name(n.split()[0]) and not geocode_candidates(n) for n in names)


def _drop_names_of_other_things(entities: list[Entity]) -> None:
    """A spelling a place is written with only inside another thing's name ('American' of 'American
    Van Lines', 'Pacific' of 'Cathay Pacific'; kind 'part' or 'adjective') is that thing's word, no
    name of the place: the mention keeps its link, but the place is not known by it (other articles
    look nothing up by it), so long as it has a name of its own."""
    hosts = [m.span for e in entities if e.type not in PLACE_LABELS | {"NORP"} for m in e.mentions if m.kind == "name"]
    for e in [e for e in entities if e.geo is not None]:
        own = {canonical_name([m.text]) for m in e.mentions
               if m.kind != "part" and not any(inside(m.span, h) and h != m.span for h in hosts)}
        kept = [a for a in e.aliases if a in own]
        if kept:
            e.aliases = kept


def _mark_non_place_uses(doc: Doc, entities: list[Entity]) -> None:
    """A placed entity's name mentions that are no use of it as a place keep their link (the
    evaluation view reads 'Danish' as Denmark) but change kind, so the ledger's places are only the
    places the text means: a people's adjective ('a Danish brewer', 'the Welsh language', 'a
    Jewish reporter') is kind 'adjective'; a place's name written inside the name of an
    organisation, a person, a product or a work ('Sheffield' of 'BBC Radio Sheffield', 'Michigan'
    of 'the University of Michigan') is kind 'part'. Peoples named as such ('Americans') are never
    placed (uses.peoples)."""
    hosts = [m.span for e in entities if e.type not in PLACE_LABELS | {"NORP"} for m in e.mentions if m.kind == "name"]
    for e in [e for e in entities if e.geo is not None]:
        for i, m in enumerate(e.mentions):
            if m.kind != "name":
                continue
            if is_demonym(m.text) or e.type == "NORP" and as_modifier(doc, m.span):
                e.mentions[i] = replace(m, kind="adjective")
            elif any(inside(m.span, h) and h != m.span for h in hosts):
                e.mentions[i] = replace(m, kind="part")


def _placeable(doc: Doc, k: Cluster, hosts: list[Span], toponyms: list[str]) -> bool:
    """K may be placed: a place, or a people's name modifying a noun ('Turkish forces'), not a
    people ('Americans') nor an army; a common word only where it is used as a place (HOSTS: the
    spans of organisations' and products' names, inside which it is not; TOPONYMS: the article's
    place names, which must support a town named by a common word). A group's name (NER's NORP: a
    people, a faith, a party) written as an adjective (spaCy's JJ) that is no people's name the
    gazetteer knows, and that it holds only as a town or province, is that place only where the text
    uses it as one: 'Oliver Letwin, who is Jewish' is no Jewish Autonomous Oblast (issue 13: demonyms
    and faiths used as adjectives are no places), and so is any such name that is only a small town's
    ('Arab leaders' are no Arab, Alabama). A bigger town's name NER took for a group ('the Cavan
    Sustainable Energy Group', a proper noun) is read as a place."""
    if k.label not in PLACE_LABELS | {"NORP"} or k.key.startswith(("PEOPLE:", "MIL:")):
        return False
    if k.label == "NORP" and _peoples_adjective(k):
        return True
    names = [c for c in k.cands if c.kind == "name"]
    if k.label == "NORP" and (all(small_place(c.text) for c in names) or all(_adjective(doc, c.span) for c in names)):
        return any(used_as_place(doc, c.span) for c in k.cands if c.kind == "name")
    return named_as_place(doc, k.cands, hosts, toponyms)


def _adjective(doc: Doc, span: Span) -> bool:
    """The words at SPAN are an adjective ('Jewish', 'Arab'), not a proper noun ('Cavan')."""
    tokens = doc.char_span(*span, alignment_mode="expand")
    return tokens is not None and all(t.tag_ == "JJ" for t in tokens)


def _peoples_adjective(k: Cluster) -> bool:
    """A people's or place's adjective stands for its country or region ('Swedish firm'); one the
    gazetteer knows only as a town or province is read as any other place ('authorities in Tunis'),
    so a word used as no place is none ('Roman concrete' is not of Roman, Romania)."""
    return any(is_demonym(c.text) or not minor_place(c.text) for c in k.cands if c.kind == "name")
