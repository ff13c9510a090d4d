"""News or not: what kind of page a saved HTML page is, from what it says about itself.

Publishers declare what a page is for search engines (schema.org types, placed in the schema.org
hierarchy) and social sites (Open Graph og:type); its URL names the section it sits in; articles
state their date and their author; shops show buying controls, and a list of products many prices;
documentation sets code in <pre> blocks; a firm's front page presents it, a publication's lists dated
stories. Each of these signals votes for a kind with a weight (data/page_kinds.json); the family with
the most votes wins, and a page with no vote is 'other'. An article is a how-to or a review when its
declared type or its text says so (instructions to the reader under a how-to title; a rating or a
verdict); else news or opinion only on positive evidence of news (ingest/evidence.py: what the
publisher declares and how the text reads), else 'article', an article that is no news. Every vote
is kept, so the reason for a kind can be shown.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from lxml.html import HtmlElement

from ..lexicons import view
from ..model import ArticleKind
from .evidence import news_evidence
from .pagemeta import ancestors, declared_types, metas, visible_text
from .published import url_date

ARTICLE_KINDS: frozenset[str] = frozenset({"news", "opinion", "howto", "review", "article"})
_SHOWN = frozenset({"script", "style", "noscript", "template", "head"})     # all a page shows, buttons too


@dataclass(frozen=True)
class KindRules:
    """data/page_kinds.json."""

    kinds: tuple[str, ...]
    schema_roots: tuple[tuple[str, str | None], ...]
    weights: dict[str, float]
    og_types: dict[str, str]
    url_segments: dict[str, str]
    url_hosts: dict[str, str]
    front_page: str
    front_page_items: str
    dated_items: int
    code_blocks: int
    many_prices: int
    second_person: float
    link_share: float
    mostly_links: float
    chrome_tags: frozenset[str]
    cart: re.Pattern[str] = field(metadata={"flags": re.I})
    call_to_action: re.Pattern[str] = field(metadata={"flags": re.I})
    instruction_title: re.Pattern[str] = field(metadata={"flags": re.I})
    review_text: re.Pattern[str] = field(metadata={"flags": re.I})
    quote: re.Pattern[str] = field(metadata={"flags": re.I})
    price: re.Pattern[str] = field(metadata={"flags": re.I})


@dataclass(frozen=True)
class Vote:
    """One signal's vote: which signal, what it saw, the kind it points to and its weight."""

    signal: str
    value: str
    kind: str
    weight: float

    def __str__(self) -> str:
        return f"{self.signal} {self.value!r} -> {self.kind} (+{self.weight:g})"


@dataclass(frozen=True)
class KindDecision:
    """The page's kind, the vote that decided it, and every vote cast."""

    kind: ArticleKind
    reason: str
    votes: tuple[Vote, ...]


def _rules() -> KindRules:
    return view(KindRules, "page_kinds.json")


def page_kind(tree: HtmlElement, url: str | None, dated: bool, byline: bool, title: str | None,
              text: str) -> KindDecision:
    """The kind of the page TREE (at URL, whose main text is TEXT): DATED when it states its own
    publication date, BYLINE when it names an author."""
    shown, _ = visible_text(tree, _SHOWN)
    votes = page_votes(tree, url, dated, byline) + text_votes(shown) + link_votes(tree) + code_votes(tree)
    return decide(votes, title, text)


def page_votes(tree: HtmlElement, url: str | None, stated_date: bool, byline: bool) -> list[Vote]:
    """The votes of what the page declares: schema.org types, og:type, URL path, date and byline;
    a day in the URL's path (/2018/10/09/) names one dated item, which a list of pages is not."""
    w = _rules().weights
    votes = [Vote("schema.org", t, k, w["schema"]) for t, k in _schema_kinds(declared_types(tree))]
    votes += [Vote("og:type", t, k, w["og_type"]) for t, k in _og_kinds(metas(tree, ["og:type"]))]
    votes += [Vote("url", s, k, w[weight]) for s, k, weight in _url_kinds(url, tree)]
    votes += [Vote("host", h, k, w["url"]) for h, k in _host_kinds(url)]
    votes += [Vote("stated date", "yes", "article", w["stated_date"])] if stated_date else []
    votes += [Vote("url date", day, "article", w["url_date"]) for day in [url_date(url)] if day]
    votes += [Vote("byline", "yes", "article", w["byline"])] if byline else []
    return votes


def text_votes(page_text: str) -> list[Vote]:
    """The votes of the whole page's text: a shop's buying controls, a firm's calls to hire it, and
    many prices: a product's page shows its own price and a few beside it, a list of products one
    price per item (``many_prices``), so many prices name a list whatever the buying controls say."""
    rules = _rules()
    cart, hire = rules.cart.search(page_text), rules.call_to_action.search(page_text)
    votes = [Vote("text", cart.group(0).lower(), "product", rules.weights["cart"])] if cart else []
    prices = len(rules.price.findall(page_text))
    votes += [Vote("prices", str(prices), "listing", rules.weights["prices"])] if prices >= rules.many_prices else []
    return votes + ([Vote("text", hire.group(0).lower(), "service", rules.weights["call_to_action"])] if hire else [])


def code_votes(tree: HtmlElement) -> list[Vote]:
    """A page that sets several blocks of preformatted text (<pre>: code listings, commands and
    their output, a manual's synopsis) documents software (``code_blocks``); a blog post with a
    snippet or two declares itself an article and keeps that."""
    blocks = sum(1 for _ in tree.iter("pre"))
    rules = _rules()
    return [Vote("code", f"{blocks} <pre>", "documentation", rules.weights["code"])] if blocks >= rules.code_blocks else []


def _front_page_kind(tree: HtmlElement) -> str:
    """What a site's front page (a URL with no path) is: a publication's lists its stories, each a
    dated, self-contained item (``dated_items`` or more <time> or <article> elements: HTML5 marks a
    teaser as an article and its date as a time), so it is a listing (``front_page_items``); a
    firm's front page presents what the firm offers (``front_page``)."""
    rules = _rules()
    items = max(sum(1 for _ in tree.iter("time")), sum(1 for _ in tree.iter("article")))
    return rules.front_page_items if items >= rules.dated_items else rules.front_page


def link_votes(tree: HtmlElement) -> list[Vote]:
    """A page whose text, outside its navigation, is largely links is a list of other pages; one
    that is mostly links is one whatever its declared type says (a list of articles is marked up
    as an Article as often as not)."""
    rules = _rules()
    chrome = rules.chrome_tags
    content, _ = visible_text(tree, _SHOWN | chrome)
    words = len(re.findall(r"\w+", content))
    outside = " or ".join(f"ancestor::{t}" for t in sorted(chrome))
    linked = sum(len(re.findall(r"\w+", a.text_content())) for a in tree.xpath(f"//body//a[not({outside})]"))
    share = linked / words if words else 0.0
    if share < rules.link_share:
        return []
    weight = rules.weights["mostly_links" if share >= rules.mostly_links else "links"]
    return [Vote("links", f"{share:.0%} of words", "listing", weight)]


def decide(votes: list[Vote], title: str | None, text: str) -> KindDecision:
    """The kind the votes point to: the family (article, product, listing, ...) with the most weight
    (ties in the order of the rules' kinds); an article's own kind from its votes or its text."""
    if not votes:
        return KindDecision("other", "no signal", ())
    order = _rules().kinds
    totals: dict[str, float] = {}
    for v in votes:
        totals[_family(v.kind)] = totals.get(_family(v.kind), 0.0) + v.weight
    family = min(totals, key=lambda k: (-totals[k], order.index(k)))
    backing = sorted((v for v in votes if _family(v.kind) == family), key=lambda v: -v.weight)
    kind, reason = (_article_kind(backing, title, text) if family == "article"
                    else (family, str(backing[0])))
    return KindDecision(kind, reason, tuple(votes))   # type: ignore[arg-type]


def _family(kind: str) -> str:
    return "article" if kind in ARTICLE_KINDS else kind


def _article_kind(backing: list[Vote], title: str | None, text: str) -> tuple[str, str]:
    """howto or review when the page or its text says so; news or opinion on evidence of news
    (ingest/evidence.py); else 'article', an article that is no news (a blog post, a feature)."""
    declared = [v for v in backing if v.kind in ("howto", "review")]
    if declared:
        return declared[0].kind, str(declared[0])
    rules = _rules()
    review = rules.review_text.search(text)
    if review:
        return "review", f"text {review.group(0)!r} -> review"
    share = second_person_share(text)
    instruction = rules.instruction_title.search(title or "")
    if instruction and share >= rules.second_person:
        return "howto", f"title {instruction.group(0)!r} and 'you' in {share:.1%} of words -> howto"
    evidence = news_evidence([f"{v.signal} {v.kind}" for v in backing], title, text)
    if not evidence.is_news:
        return "article", str(evidence)
    return ("opinion" if any(v.kind == "opinion" for v in backing) else "news"), str(evidence)


def second_person_share(text: str) -> float:
    """Share of the words, outside quotations, that address the reader ("you", "your")."""
    words = re.findall(r"[a-z']+", _rules().quote.sub(" ", text.lower()))
    return sum(w in ("you", "your", "yours", "yourself", "you're", "you'll") for w in words) / max(1, len(words))


def _schema_kinds(types: list[str]) -> list[tuple[str, str]]:
    """(type, kind) of each declared type under one of the rules' roots (the first root it is under)."""
    found = []
    for t in types:
        above = ancestors(t)
        kind = next((k for root, k in _rules().schema_roots if root in above), None)
        if kind:
            found.append((t, kind))
    return found


def _og_kinds(og_types: list[str]) -> list[tuple[str, str]]:
    table = _rules().og_types
    return [(t, table[t.lower().split(".")[0]]) for t in og_types[:1] if t.lower().split(".")[0] in table]


def _url_kinds(url: str | None, tree: HtmlElement) -> list[tuple[str, str, str]]:
    """(segment, kind, weight's name) of the URL's path: the site's front page (of TREE) is a
    publication's list or a firm's pitch (``_front_page_kind``); a page named after an article
    section is that section's front ("/news", "/blog/"), a list of articles whose markup (og:type, a
    date, a byline) is often its first teaser's or the site's default, so its vote outweighs them; a
    page named after another section is of that section's kind ("/shop/"); else the last segment
    above the page's own name that names a section ("/products/", "/news/")."""
    if not url:
        return []
    named = [s for s in unquote(urlsplit(url).path).lower().split("/") if s]
    rules = _rules()
    table = rules.url_segments
    if not named:
        return [("/", _front_page_kind(tree), "front_page")]
    if named[-1] in table:
        kind = table[named[-1]]
        return [(named[-1], "listing", "section_front") if _family(kind) == "article" else (named[-1], kind, "url")]
    hits = [(s, table[s], "url") for s in named[:-1] if s in table]
    return hits[-1:]


def _host_kinds(url: str | None) -> list[tuple[str, str]]:
    """(label, kind) of a host whose first label names a section of the site ("docs.", "shop.")."""
    labels = (urlsplit(url).hostname or "").split(".") if url else []
    table = _rules().url_hosts
    return [(labels[0], table[labels[0]])] if len(labels) > 2 and labels[0] in table else []
