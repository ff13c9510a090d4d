"""When a saved page was published: from its URL, its metadata, or the date it shows by its headline.

Never from a date the article talks about ("the Dec. 10 bombings"): only places where a publisher
states the page's own date are read:

1. the URL's date path (/2016/10/12/), which a site cannot change after publishing;
2. the page's metadata: <meta> publication tags (article:published_time, DC.date.issued, ...), and
   the datePublished of its schema.org article item (else any item that has one);
3. the date line by the headline: the first date shown near the h1 that is not marked as an update
   ("Updated on ..."), else the update date, which is what a reader is told (never a date in the
   site's banner, navigation or sidebars: a masthead shows today's date); and a date anywhere
   on the page labelled as the publication date ("Posted on ..."), and a date labelled as the
   first publication of a page since updated ("This article was originally published on ...");
4. the page's first <time datetime>, the machine-readable date HTML5 gives a date shown;
5. htmldate on the page's markup (original_date; its free-text search is left out, as it finds the
   dates an article talks about).

Each place that states a day votes for it with its weight (data/published.json) and the day with
the most weight wins, ties going to the more trusted place. The places disagree when a page was
updated: a template's schema.org datePublished is often the first version's while the date line
shows the current one, so the date line outweighs a schema.org date alone, and a <meta> tag (the
publisher's own statement to search engines) outweighs the date line unless a second place backs
the date line. The URL's date outweighs all the rest.

A date is taken as written (the publisher's own day, not converted to UTC), and one after today
is no publication date. None when the page states none: no date rather than a wrong one.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from htmldate import find_date
from lxml.html import HtmlElement

from ..lexicons import view
from ..model import DateSource
from .pagemeta import ancestors, declared_types, jsonld_items, metas, type_names, visible_text

log = logging.getLogger(__name__)

_ISO_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_WORD = re.compile(r"\w+")
_OLDEST = date(1990, 1, 1)


@dataclass(frozen=True)
class DateRules:
    """data/published.json."""

    meta_names: tuple[str, ...]
    article_root: str
    url_date: re.Pattern[str]
    month_names: dict[str, int]
    shown_dates: tuple[re.Pattern[str], ...] = field(metadata={"flags": re.I})
    update_label: re.Pattern[str] = field(metadata={"flags": re.I})
    published_label: re.Pattern[str] = field(metadata={"flags": re.I})
    original_label: re.Pattern[str] = field(metadata={"flags": re.I})
    weights: dict[str, float]
    label_reach: int = 40
    before_headline: int = 300
    after_headline: int = 800
    skip_tags: frozenset[str] = frozenset()
    skip_roles: frozenset[str] = frozenset()
    headline_tags: tuple[str, ...] = ("h2", "h3")
    headline_words: int = 3
    headline_share: float = 0.75


def _rules() -> DateRules:
    return view(DateRules, "published.json")


@dataclass(frozen=True)
class Dated:
    """A page's publication day, the kind of place it was found (Article.date_source) and the finder."""

    day: str | None
    source: DateSource | None
    finder: str | None

    @property
    def stated(self) -> bool:
        """The page states the date itself (URL, metadata, date line), not a search of its text."""
        return self.day is not None and self.finder != "htmldate"


def publication_date(tree: HtmlElement, url: str | None) -> Dated:
    """The page's publication day (ISO) and where it was found; no day when the page states none.
    The finder named is the most trusted one that states the winning day."""
    finders: tuple[tuple[str, DateSource, Callable[[], str | None]], ...] = (
        ("url", "url", lambda: url_date(url)),
        ("original", "dateline", lambda: labelled_date(tree, _rules().original_label)),
        ("meta", "metadata", lambda: _meta_date(tree)),
        ("json-ld", "metadata", lambda: _jsonld_date(tree)),
        ("by the headline", "dateline", lambda: shown_date(tree)),
        ("earlier line", "dateline", lambda: _earlier_line(tree)),
        ("labelled", "dateline", lambda: labelled_date(tree, _rules().published_label)),
        ("time", "metadata", lambda: _time_date(tree)),
        ("htmldate", "metadata", lambda: _htmldate(tree, url)),
    )
    weights = _rules().weights
    unread = sum(weights[finder] for finder, _, _ in finders)
    stated: list[tuple[str, DateSource, str]] = []
    weight: dict[str, float] = {}
    for finder, source, find in finders:
        unread -= weights[finder]
        day = find()
        if day:
            stated.append((finder, source, day))
            weight[day] = weight.get(day, 0.0) + weights[finder]
        if _decided(weight, unread):
            break           # the places not read yet (htmldate, the slowest, last) cannot change the day
    best = max(weight, key=weight.__getitem__, default=None)    # the first stated wins a tie
    return next((Dated(day, source, finder) for finder, source, day in stated if day == best), Dated(None, None, None))


def _decided(weight: dict[str, float], unread: float) -> bool:
    """The leading day leads by more than the places not read yet could give another."""
    first, second = (sorted(weight.values(), reverse=True) + [0.0, 0.0])[:2]
    return first > 0 and first - second > unread


def _day(year: int, month: int, day: int) -> str | None:
    """The ISO day, when it is a real calendar day no later than tomorrow (time zones) and not ancient."""
    try:
        d = date(year, month, day)
    except ValueError:
        return None
    return d.isoformat() if _OLDEST <= d <= date.today() + timedelta(days=1) else None


def iso_day(value: str | None) -> str | None:
    """The day an ISO 8601 timestamp states, as written ("2025-05-14T19:30-07:00" -> "2025-05-14")."""
    m = _ISO_DAY.search(value or "")
    return _day(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def url_date(url: str | None) -> str | None:
    """The day of a /2016/10/12/ path (or /2016-10-12-slug)."""
    m = _rules().url_date.search(url or "")
    return _day(int(m.group("y")), int(m.group("m")), int(m.group("d"))) if m else None


def _meta_date(tree: HtmlElement) -> str | None:
    """The first publication <meta> that states a day, in ISO or written out ("July 17, 2025")."""
    return next(filter(None, map(_stated_day, metas(tree, _rules().meta_names))), None)


def _stated_day(value: str) -> str | None:
    return iso_day(value) or next((d for _, d in _dates_in(value, 0, len(value))), None)


def _time_date(tree: HtmlElement) -> str | None:
    """The day of the page's first <time> element whose datetime states one."""
    return next(filter(None, (iso_day(t.get("datetime")) for t in tree.iter("time"))), None)


def _jsonld_date(tree: HtmlElement) -> str | None:
    """datePublished of the page's first article item, else of the first item that states one."""
    dated = [it for it in jsonld_items(tree) if isinstance(it.get("datePublished"), str)]
    root = _rules().article_root
    articles = [it for it in dated if any(root in ancestors(t) for t in type_names(it))]
    return next(filter(None, (iso_day(it["datePublished"]) for it in articles + dated)), None)


def _page_text(tree: HtmlElement) -> tuple[str, int | None]:
    """The text a reader sees where dates are looked for, and where the headline starts in it: not
    in the tags and landmarks that hold the site's own dates (data/published.json ``skip_tags``,
    ``skip_roles``)."""
    rules = _rules()
    return visible_text(tree, rules.skip_tags, rules.skip_roles, _lower_headline(tree))


def _lower_headline(tree: HtmlElement) -> HtmlElement | None:
    """On a page that declares itself an article and has no h1, the first lower heading
    (data/published.json ``headline_tags``) that states the page's title: most of its words are in
    the <title> or og:title (a blog template may set the headline in an h2, and its date line by it).
    None when the page has an h1 (that is the headline), declares no article (a forum thread's
    heading stands over its members' profiles, "Joined: Dec 11, 2021") or no heading states the
    title (a cart drawer's "Your cart" is no headline)."""
    if next(tree.iter("h1"), None) is not None or not _declares_article(tree):
        return None
    rules = _rules()
    title = _words(" ".join([tree.findtext(".//title") or "", *metas(tree, ["og:title"])]))
    for heading in tree.iter(*rules.headline_tags):
        words = _words(heading.text_content())
        if len(words) >= rules.headline_words and len(words & title) >= rules.headline_share * len(words):
            return heading
    return None


def _declares_article(tree: HtmlElement) -> bool:
    """The page tells search engines or social sites it is an article: a schema.org type under
    Article (``article_root``) or an og:type 'article'."""
    root = _rules().article_root
    return (any(root in ancestors(t) for t in declared_types(tree))
            or any(v.strip().lower() == "article" for v in metas(tree, ["og:type"])))


def _words(text: str) -> set[str]:
    """The lower-cased words of TEXT, to compare a heading with the page's title."""
    return set(_WORD.findall(text.lower()))


def shown_date(tree: HtmlElement) -> str | None:
    """The date shown by the headline: the first one near it not marked as an update, else the first."""
    text, at = _page_text(tree)
    if at is None:
        return None
    rules = _rules()
    start = max(0, at - rules.before_headline)
    found = list(_dates_in(text, start, at + rules.after_headline))
    published = [d for pos, d in found if not _is_update(text, pos)]
    return next(iter(published or [d for _, d in found]), None)


def _earlier_line(tree: HtmlElement) -> str | None:
    """The date line's day when it comes more than a day before the <meta> tag's: an update never
    precedes the publication, so that tag carries a later edit or a move of the site (within a day
    the two differ by a time zone, and the tag stands)."""
    shown, meta = shown_date(tree), _meta_date(tree)
    if shown and meta and date.fromisoformat(meta) - date.fromisoformat(shown) > timedelta(days=1):
        return shown
    return None


def labelled_date(tree: HtmlElement, label: re.Pattern[str]) -> str | None:
    """The first date anywhere on the page that follows LABEL ("Published on", "Posted")."""
    text, _ = _page_text(tree)
    labelled = (d for pos, d in _dates_in(text, 0, len(text)) if _follows(text, pos, label))
    return next(labelled, None)


def _follows(text: str, pos: int, label: re.Pattern[str]) -> bool:
    """The date at POS follows LABEL within label_reach characters of words (a run of white space
    counts as one); a <time>'s own datetime between them does not part them."""
    reach = _rules().label_reach
    window = re.sub(r"\s+", " ", _ISO_DAY.sub(" ", text[max(0, pos - 4 * reach):pos]))
    return bool(label.search(window[-reach:]))


def _is_update(text: str, pos: int) -> bool:
    """The date at POS follows an update label ("Last updated:", "Reviewed on")."""
    return _follows(text, pos, _rules().update_label)


def _dates_in(text: str, start: int, end: int) -> Iterator[tuple[int, str]]:
    """(position, ISO day) of every date written out in TEXT[start:end], in text order."""
    rules, found = _rules(), []
    for pattern in rules.shown_dates:
        for m in pattern.finditer(text, start, end):
            month = m.group("m")
            number = int(month) if month.isdigit() else rules.month_names.get(month[:3].lower(), 0)
            day = _day(int(m.group("y")), number, int(m.group("d")))
            if day:
                found.append((m.start(), day))
    yield from sorted(found)


def _htmldate(tree: HtmlElement, url: str | None) -> str | None:
    """htmldate's publication date for the page from its markup (its search of the free text is
    left out: that finds the dates an article talks about). htmldate
    completes a year or a month alone ("© 2025") to its first day: a first of the month that the
    page does not write out is no publication day."""
    try:
        day = iso_day(find_date(tree, original_date=True, extensive_search=False, url=url))
    except Exception as err:  # a third-party parser on untrusted markup
        log.debug("htmldate failed: %s", err)
        return None
    if day and day.endswith("-01"):
        text, _ = _page_text(tree)
        return day if day in {d for _, d in _dates_in(text, 0, len(text))} else None
    return day
