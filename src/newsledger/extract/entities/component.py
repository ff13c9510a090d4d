"""The entities room's spaCy component: the article's people, organisations and places, with
statement speakers and channels linked to them."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ...model import NO_ARTICLE_KINDS, Entity, Statement
from ...names import is_first_name, is_given_name, strip_the
from ...nlp import components as _namespace  # noqa: F401  (defines the doc._ extensions)
from . import NAME
from .find import find_entities
from .lexicon import is_common_noun

# a page that says nothing of itself (no declared type, date or author: kind "other") is not known
# to be an article at all; a named source on it counts only where its words stand in quotation marks
QUOTES_ONLY_KINDS = ("other",)


@Language.component(NAME, requires=["doc._.statements", "doc.ents"], assigns=["doc._.entities", "doc._.statements"])
def entities_component(doc: Doc) -> Doc:
    """Local entities with all their mentions; links statement speakers and channels to them. On a
    page that is no news, keeps only the statements of named sources."""
    doc._.entities = find_entities(doc, doc._.statements or [])
    article = doc._.article
    if article is not None and not article.is_news:
        for ent in doc._.entities:
            if _thing_named_as_person(ent):
                ent.type = "ORG"
        doc._.statements = [] if article.kind in NO_ARTICLE_KINDS else named_sources_only(
            doc._.statements or [], doc._.entities, quoted=article.kind in QUOTES_ONLY_KINDS)
        for st in doc._.statements:
            st.forecast = False     # a how-to's or review's outlook is no forecast to track
    return doc


def _thing_named_as_person(ent: Entity) -> bool:
    """On a page that is no news the small model takes the capitalised words of headings, products
    and features for people ('Pros', 'Pivot Tables', 'Best Buy', 'Python'). A person's name holds a
    given name (the Census list, the romanised groups) or a word that is no common noun (WordNet),
    or the page calls the person 'he' or 'Ms': a 'person' named by none of these is a thing, typed
    as the products and organisations the model names are."""
    if ent.type != "PERSON" or any(m.kind != "name" for m in ent.mentions):
        return False
    words = [w for m in ent.mentions for w in m.text.split()]
    return bool(words) and not any(is_given_name(w) or is_first_name(w) for w in words) \
        and all(map(is_common_noun, words))


def named_sources_only(statements: list[Statement], entities: list[Entity], quoted: bool = False) -> list[Statement]:
    """On a page that is no news (a how-to, a shop, a forum) only a named person or organisation
    quoted on it is a source worth a statement; the page's own voice and its 'you' are not. QUOTED:
    only their words in quotation marks (direct statements) count."""
    by_id = {e.id: e for e in entities}

    def named(st: Statement) -> bool:
        ent = by_id.get(st.speaker or "")
        return ent is not None and ent.type in ("PERSON", "ORG") and _speaks_itself(st, ent) and any(
            m.kind == "name" and any(w[:1].isupper() for w in strip_the(m.text).split())
            for m in ent.mentions)
    return [st for st in statements if named(st) and (st.kind == "direct" or not quoted)]


def _speaks_itself(st: Statement, ent: Entity) -> bool:
    """The speaker's words name the source itself, or stand for it ('he'), and do not name a thing of
    it or after it ('the SQL standard says', 'a Gartner survey found', "the firm's website"): the
    phrase ends where one of the source's own mentions ends. A pronoun stands for no more than the
    phrase it was resolved to: 'who' after 'WordPress users' stands for the users, a group the page
    does not name, not for WordPress, which only modifies them ('Best for: WordPress users who want
    full control')."""
    if st.speaker_span is None:
        return True
    if st.speaker_antecedent is not None:
        return not _modifier_in(st.speaker_antecedent, ent)
    return any(m.span[1] == st.speaker_span[1] for m in ent.mentions)


def _modifier_in(phrase: tuple[int, int], ent: Entity) -> bool:
    """One of the source's mentions stands inside PHRASE and ends before it, and none ends with it:
    the source only modifies the phrase's head ('WordPress users')."""
    start, end = phrase
    inside = [m.span for m in ent.mentions if start <= m.span[0] and m.span[1] <= end]
    return bool(inside) and all(e < end for _, e in inside)
