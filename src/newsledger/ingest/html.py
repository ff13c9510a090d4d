"""Saved news pages: the main text and metadata of one HTML page, as an Article.

trafilatura finds the main text and the metadata (date, author, site name), after the boxes the
page names as no part of the article are dropped (ingest/boxes.py). Its title is often
the <title> with the site's name glued on, so the headline is chosen here instead: the on-page
heading (h1 or itemprop=headline; an h2 only when none of those fits) that best matches the
page's declared titles (og:title, JSON-LD, <title> without its " | Site Name" part, ...), cut to
the declared title when it only adds a dateline or a label to it; else the best declared title,
cleaned. Headings beat declared titles because the page shows them to its readers; the rules and
word lists are in data/html_titles.json. A heading trafilatura runs into the next block is put back
on a line of its own (ingest/headings.py).
"""
from __future__ import annotations

import html
import json
import logging
import re
from copy import deepcopy
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

import trafilatura
from lxml.html import HtmlElement
from trafilatura.utils import load_html

from ..errors import BadInput, Codes
from ..lexicons import load
from ..model import Article
from .boxes import has_captions, has_form_boxes, note_marks, without_boxes, without_note_marks
from .byline import page_author
from .decode import clean, decode_page
from .headings import headings_apart
from .kind import page_kind
from .language import lang_code
from .pagemeta import metas
from .published import publication_date

log = logging.getLogger(__name__)
MAX_HTML_BYTES = 20 * 1024 * 1024
# Precision mode scores best on the dev pages, but on a few layouts it drops nearly all of the
# article: a result this much shorter than the default mode's means the default one is kept.
SHORT_RESULT_WORDS = 150
MIN_TEXT_WORDS = 8                # fewer words is a notice ("Please enable JavaScript"), not an article
MIN_PRECISION_SHARE = 0.2
MIN_PRUNED_SHARE = 0.5            # a box beside a form, or a caption, is a small part of the article, never most of it
EXTRACT_OPTIONS: dict[str, Any] = {"include_comments": False, "with_metadata": True, "deduplicate": False}

SITE_SLACK = 8                    # letters a site's name may carry around it: ".com", "Opinion"
_JSONLD_HEADLINE = re.compile(r'"headline"\s*:\s*"((?:[^"\\]|\\.)*)"')
# a UTF-8 byte sequence read as Latin-1 ("\u00e2\u0080\u009c" for a left quote): what a page stored
# after decoding it twice holds; the C1 control characters in it are never text, and trafilatura
# drops them, leaving a lone "\u00e2" where the quote was
_LATIN1_UTF8 = re.compile("[\u00c2-\u00df][\u0080-\u00bf]|[\u00e0-\u00ef][\u0080-\u00bf]{2}|[\u00f0-\u00f4][\u0080-\u00bf]{3}")
_C1 = re.compile("[\u0080-\u009f]")
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")
_MOJIBAKE = re.compile("[\u00c2\u00c3\u00e2][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e"
                       "\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")


@lru_cache(maxsize=1)
def _rules() -> dict:
    return load("html_titles.json")


def read_html(data: bytes | str, id: str, url: str | None = None) -> Article:
    """Main text, title, date (ISO), author, outlet (site name) and language of a saved page.

    Raises BadInput: E007 for a page over 20 MB (not parsed), E002 for an empty one, E008 when
    no main text can be found.
    """
    size = len(data) if isinstance(data, bytes) else len(data.encode("utf-8", "replace"))
    if size > MAX_HTML_BYTES:
        raise BadInput(Codes.E007, f"{id} ({size} bytes)")
    text = utf8_read_as_latin1(decode_page(data, id) if isinstance(data, bytes) else clean(data))
    if not text.strip():
        raise BadInput(Codes.E002, id)
    tree = load_html(text)
    if tree is None:
        raise BadInput(Codes.E008, f"{id}: not parseable as HTML")
    doc = _extract_unmarked(text, tree, url, id)
    if doc is None or len(_words(doc.text)) < MIN_TEXT_WORDS:
        raise BadInput(Codes.E008, id)
    sites = _site_names(tree, doc.sitename, url or doc.url)
    title = choose_title(tree, doc.title, sites, url or doc.url)
    body = _without_headline(headings_apart(doc.text, tree), [title, doc.title])
    if len(_words(body)) < MIN_TEXT_WORDS:
        raise BadInput(Codes.E008, id)
    page_url = url or doc.url
    dated = publication_date(tree, page_url)
    author = page_author(tree, doc.author)
    kind = page_kind(tree, page_url, dated.stated, author is not None, title, body)
    log.info("%s: kind %s by %s [votes: %s]; published %s (%s)", id, kind.kind, kind.reason,
             "; ".join(map(str, kind.votes)) or "none", dated.day, dated.finder)
    return Article(
        id=id, text=body, url=page_url, title=title, published=dated.day, date_source=dated.source,
        date_from_text=False, outlet=_outlet(tree, doc.sitename, page_url),
        language=_language(tree, doc.language), author=author, kind=kind.kind, kind_reason=kind.reason,
    )


def _outlet(tree: HtmlElement, sitename: str | None, url: str | None) -> str | None:
    """The site's name as the page gives it, else the URL's host without "www."."""
    host = (urlsplit(url).hostname or "") if url else ""
    named = sitename or next(iter(_metas(tree, ["og:site_name"])), None)
    return named or (host[4:] if host.startswith("www.") else host) or None


def _without_headline(text: str, titles: list[str | None]) -> str:
    """TEXT without a first line that only repeats the headline (the title is kept apart)."""
    first, _, rest = text.partition("\n")
    heads = [_words(t) for t in titles if t]
    return rest.lstrip("\n") if rest and any(h == _words(first) for h in heads) else text


def _extract_unmarked(text: str, tree: HtmlElement, url: str | None, where: str):
    """trafilatura's result (``_extract_pruned``) on the page without its note reference marks
    (ingest/boxes.py ``without_note_marks``) when it is the result on the whole page less those
    marks' words: dropping a mark can turn the extractors to another container (a study's page lost
    a third of its text), and then the page is read as it is."""
    doc = _extract_pruned(text, tree, url, where)
    if not note_marks(tree):
        return doc              # most pages: no copy of the tree, no second extraction
    bare = deepcopy(tree)
    marks = without_note_marks(bare)
    unmarked = _extract_pruned(bare, bare, url, where)
    kept = len(_words(_text_of(doc)))
    return unmarked if kept - marks <= len(_words(_text_of(unmarked))) <= kept else doc


def _extract_pruned(text: str | HtmlElement, tree: HtmlElement, url: str | None, where: str):
    """trafilatura's result on the page without its boxes and captions (ingest/boxes.py); on the
    whole page when it has none, or when without them no main text is found (dropping a box can turn
    trafilatura to another container, and a page is never lost for it). Boxes found by a form only
    and captions stay when dropping them leaves less than MIN_PRUNED_SHARE of the words kept
    without them: then the form and its copy were the page's content (a service page's quote
    request), or the extractors turned to another part of the page, not a box in it."""
    forms = has_form_boxes(tree)
    doc = _extract_without(text, tree, url, where, forms=False)
    if forms:
        formless = _extract_without(text, tree, url, where, forms=True)
        forms = _keeps_most(formless, doc)
        doc = formless if forms else doc
    if has_captions(tree):
        bare = _extract_without(text, tree, url, where, forms, captions=True)
        doc = bare if _keeps_most(bare, doc) else doc
    return doc


def _keeps_most(pruned: Any, doc: Any) -> bool:
    """PRUNED keeps at least MIN_PRUNED_SHARE of the words of DOC."""
    return len(_words(_text_of(pruned))) >= MIN_PRUNED_SHARE * len(_words(_text_of(doc)))


def _extract_without(text: str | HtmlElement, tree: HtmlElement, url: str | None, where: str, forms: bool,
                     captions: bool = False):
    """trafilatura's result on the page without its boxes (FORMS: those around a form too;
    CAPTIONS: its captions too)."""
    pruned = without_boxes(tree, forms, captions)
    doc = _extract(text if pruned is None else pruned, url, where)
    if pruned is not None and len(_words(_text_of(doc))) < MIN_TEXT_WORDS:
        return _extract(text, url, where)
    return doc


def _extract(text: str | HtmlElement, url: str | None, where: str):
    """trafilatura's result; any failure inside it is this page's E008, not the run's end."""
    try:
        return _extract_best(text, url)
    except Exception as err:
        raise BadInput(Codes.E008, f"{where}: {type(err).__name__}: {err}") from None


def _text_of(doc: Any) -> str:
    """The main text trafilatura found, or '' when it found none."""
    return getattr(doc, "text", None) or ""


def _extract_best(text: str | HtmlElement, url: str | None):
    """trafilatura in precision mode; the default mode when precision keeps almost nothing; its
    recall mode only when neither finds any main text (a page otherwise lost, E008)."""
    precise = trafilatura.bare_extraction(text, url=url, favor_precision=True, **EXTRACT_OPTIONS)
    n_precise = len(_words(_text_of(precise)))
    if n_precise >= SHORT_RESULT_WORDS:
        return precise
    plain = trafilatura.bare_extraction(text, url=url, **EXTRACT_OPTIONS)
    n_plain = len(_words(_text_of(plain)))
    if not n_plain and not n_precise:
        return trafilatura.bare_extraction(text, url=url, favor_recall=True, **EXTRACT_OPTIONS)
    return plain if n_precise < MIN_PRECISION_SHARE * n_plain else precise


def _words(text: str | None) -> list[str]:
    return re.findall(r"\w+", (text or "").lower())


def _squash(text: str | None) -> str:
    """TEXT on one line, without invisible characters ("B\ufeffest") and with entities that were
    escaped twice ("SQL &#x26; AI") read."""
    text = _INVISIBLE.sub("", text or "")
    text = html.unescape(text) if _ENTITY.search(text) else text
    return re.sub(r"\s+", " ", text).strip()


def _metas(tree: HtmlElement, names: list[str]) -> list[str]:
    """Non-empty content of <meta property|name|itemprop=NAME>, in the order of NAMES, squashed."""
    return [s for s in map(_squash, metas(tree, names)) if s]


def _site_names(tree: HtmlElement, sitename: str | None, url: str | None) -> set[str]:
    """Squashed keys ("newyorktimes", "nytimes") of every name the site goes by. A declared name
    holding a title separator (" | ") is a title, as is trafilatura's guess when it repeats the
    page's headline word for word."""
    names = [n for n in _metas(tree, _rules()["site_metas"]) if not _has_separator(n)]
    if sitename and not _has_separator(sitename) and not _is_headline(sitename, tree):
        names.append(sitename)
    host = urlsplit(url).hostname if url else None
    if host:
        labels = [x for x in host.split(".") if x not in _rules()["host_labels_not_names"]]
        names += [".".join(labels)] + labels[:-1] if labels else []     # all but the top-level domain
    return {k for k in ("".join(_words(n.lstrip("@"))) for n in names) if len(k) >= 3}


def _has_separator(name: str) -> bool:
    return any(sep in name for sep in _rules()["separators"])


def _is_headline(name: str, tree: HtmlElement) -> bool:
    """NAME is, at more than a few words, the page's title or one of its h1s."""
    if len(_words(name)) <= _rules()["max_site_words"]:
        return False
    titles = _metas(tree, ["og:title", "twitter:title"]) + [
        _squash(el.text_content()) for el in tree.xpath("//title[not(ancestor::svg)] | //h1")]
    return any(_words(t) == _words(name) for t in titles)


def _is_site(part: str, sites: set[str]) -> bool:
    """PART names the site: one of its names, or one plus a few letters ("CBSSports.com")."""
    key = "".join(_words(part))
    return len(key) >= 3 and any(key in s or (s in key and len(key) - len(s) <= SITE_SLACK) for s in sites)


def clean_title(raw: str, sites: set[str]) -> str:
    """RAW without the site's name: "Headline | Site" / "Site - Headline" -> "Headline"."""
    seps = "|".join(re.escape(s) for s in sorted(_rules()["separators"], key=len, reverse=True))
    tokens = re.split(f"({seps})", _squash(raw))      # part, separator, part, ...
    parts = tokens[0::2]
    first, last = 0, len(parts) - 1
    while last > first and (not parts[last].strip() or _is_site(parts[last], sites)):
        last -= 1
    while first < last and (not parts[first].strip() or _is_site(parts[first], sites)):
        first += 1
    if last > first and _is_section(tokens[2 * last - 1], parts[last], parts[first:last]):
        last -= 1
    return _squash("".join(tokens[2 * first: 2 * last + 1]))


def _is_section(separator: str, tail: str, head: list[str]) -> bool:
    """TAIL, after "Headline | ", is a section's or series' label ("District", "Part 1"), not headline."""
    rules = _rules()["section_tail"]
    return (separator in rules["separators"] and len(_words(tail)) <= rules["max_words"]
            and len(_words(" ".join(head))) >= rules["min_head_words"])


def _common(a: str, b: str) -> int:
    """How many words A and B share (as multisets)."""
    pool, common = _words(b), 0
    for w in _words(a):
        if w in pool:
            pool.remove(w)
            common += 1
    return common


def _similarity(a: str, b: str) -> float:
    """Dice overlap of the two word lists: 1.0 for the same words."""
    total = len(_words(a)) + len(_words(b))
    return 2 * _common(a, b) / total if total else 0.0


def _headings(tree: HtmlElement, sites: set[str], xpaths: list[str]) -> list[str]:
    """On-page headline candidates in document order, without site banners."""
    rules, seen, out = _rules(), set(), []
    for xpath in xpaths:
        for el in tree.xpath(xpath):
            text = _squash(el.text_content())
            n = len(_words(text))
            if 0 < n <= rules["max_title_words"] and text not in seen and not _is_site(text, sites):
                seen.add(text)
                out.append(text)
    return out


def choose_title(tree: HtmlElement, extracted: str | None, sites: set[str], url: str | None = None) -> str | None:
    """The headline, repaired when its text was decoded twice ("Itâ€™s" -> "It’s")."""
    title = _choose(tree, extracted, sites, url)
    return repair_mojibake(title) if title else title


def _choose(tree: HtmlElement, extracted: str | None, sites: set[str], url: str | None) -> str | None:
    """The main heading (h1, itemprop=headline; h2 only when none fits) that matches a declared
    title (og:title, JSON-LD, the URL's slug, <title>) best, trimmed to that title when it only
    adds a dateline or a label around it; else the heading the page marks as its headline; else
    the first declared title without the site's name."""
    rules = _rules()
    page_title = [_squash(t.text_content()) for t in tree.xpath("//title[not(ancestor::svg)]")[:1]]
    strong = _refs(_metas(tree, rules["reference_metas"]) + _jsonld_headlines(tree), sites)
    refs = strong + [r for r in _refs(page_title, sites) if r not in strong]
    slug = _slug(url)
    tiers = [_headings(tree, sites, xpaths) for xpaths in rules["candidate_tiers"]]
    for heads in tiers:
        for targets in (strong + ([slug] if slug else []), refs[len(strong):]):
            scored = [(_match(head, targets), -i, head) for i, head in enumerate(heads)]
            score, _, best = max(scored, default=(0.0, 0, None))
            if best is not None and score >= rules["min_similarity"]:
                return _trimmed(clean_title(best, sites) or best, refs, sites)
    marked = _only(tree, rules["marked_headline_xpath"], sites)     # the page says "this is the headline"
    if marked:
        return marked
    sole = _only(tree, "//h1", sites)     # a page's only h1 that shares a few words with its title
    if sole and any(_common(sole, t) >= rules["sole_h1_min_common"] for t in refs + ([slug] if slug else [])):
        return sole
    if refs:
        return refs[0]
    heads = _headings(tree, sites, [x for tier in rules["candidate_tiers"] for x in tier])
    return (clean_title(extracted, sites) if extracted else None) or (heads[0] if heads else None)


def _trimmed(head: str, refs: list[str], sites: set[str]) -> str:
    """HEAD without what it adds around a declared title that it wholly contains: a dateline, a
    comment count or the site's name before or after it, a one-word label before it ("Dec 18 2025
    Headline", "Blog: Headline", "Headline Posted on May 2 by ann", "15 Replies to “Headline”");
    words that belong to the headline stay."""
    hw, rules = _words(head), _rules()
    for ref in refs:
        rw = _words(ref)
        if not rules["trim_min_words"] <= len(rw) < len(hw):
            continue
        if hw[-len(rw):] == rw and _is_label(hw[:-len(rw)], sites, label=True):
            return ref
        if hw[:len(rw)] == rw and _is_label(hw[len(rw):], sites, label=False):
            return ref
    return head


def _is_label(words: list[str], sites: set[str], label: bool) -> bool:
    """WORDS are a dateline or a comment count, with at most a name-sized word or so left ("posted
    on july 1 2024 by ann", "15 replies to"; not a bare "2025"), the site's name, or (when LABEL)
    a label of a word or so ("blog")."""
    rest = [w for w in words if not w.isdigit() and w not in _label_words()]
    dated = any(w in _label_words() for w in words)
    key = "".join(rest)      # the whole of a site's name, not a word of it ("health" of "publichealth")
    labelled = len(rest) <= _rules()["label_max_words"] and (dated or (label and len(rest) == len(words)))
    return labelled or any(s in key and len(key) - len(s) <= SITE_SLACK for s in sites)


@lru_cache(maxsize=1)
def _label_words() -> frozenset[str]:
    return frozenset(_rules()["label_words"])


def utf8_read_as_latin1(page: str) -> str:
    """PAGE with each UTF-8 sequence that was read as Latin-1 and holds a C1 control character
    ("\u00e2\u0080\u009c") read as UTF-8 ("\u201c"); other text, Latin-1 letters too, unchanged."""
    if not _C1.search(page):
        return page
    return _LATIN1_UTF8.sub(lambda m: _as_utf8(m.group(0)) if _C1.search(m.group(0)) else m.group(0), page)


def _as_utf8(chars: str) -> str:
    try:
        return chars.encode("latin-1").decode("utf-8")
    except UnicodeDecodeError:
        return chars


def repair_mojibake(text: str) -> str:
    """TEXT whose UTF-8 bytes were read as Latin-1 or Windows-1252 ("Investorâ€™s"), decoded right;
    TEXT unchanged when it does not read back as UTF-8 (then it was not decoded twice)."""
    if not _MOJIBAKE.search(text):
        return text
    for codec in ("cp1252", "latin-1"):
        try:
            return text.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
    return text


def _refs(declared: list[str], sites: set[str]) -> list[str]:
    """Declared titles without the site's name, deduplicated; those that are only the site's name dropped."""
    cleaned = (clean_title(r, sites) for r in declared)
    return list(dict.fromkeys(c for c in cleaned if c and not _is_site(c, sites)))


def _match(head: str, targets: list[str]) -> float:
    """How well HEAD matches its best target; a single shared word ("News") is no match."""
    return max((_similarity(head, t) for t in targets if _common(head, t) >= min(2, len(_words(t)))),
               default=0.0)


def _only(tree: HtmlElement, xpath: str, sites: set[str]) -> str | None:
    """The text of the elements XPATH selects, when they all say one thing (not the site's name)."""
    texts = {_squash(el.text_content() or el.get("content")) for el in tree.xpath(xpath)} - {""}
    text = texts.pop() if len(texts) == 1 else None
    return text if text and not _is_site(text, sites) else None


def _jsonld_headlines(tree: HtmlElement) -> list[str]:
    """"headline" values of the page's JSON-LD blocks (read by pattern: the blocks are often invalid JSON)."""
    found = []
    for block in tree.xpath("//script[@type='application/ld+json']/text()"):
        for raw in _JSONLD_HEADLINE.findall(block):
            try:
                found.append(_squash(json.loads(f'"{raw}"')))
            except json.JSONDecodeError:
                continue
    return [h for h in found if h]


def _slug(url: str | None) -> str | None:
    """The words of the URL's last meaningful path segment ("/2019/11/big-news-today.html")."""
    if not url:
        return None
    segments = [s for s in urlsplit(url).path.split("/") if re.search(r"[a-zA-Z]{3}", s)]
    words = re.split(r"[-_+]+", re.sub(r"\.\w{2,5}$", "", segments[-1])) if segments else []
    return " ".join(words) if len(words) >= 3 else None


def _language(tree: HtmlElement, guessed: str | None) -> str | None:
    """The page's declared language (<html lang>, Content-Language, og:locale) as a 2-3 letter code."""
    declared = [tree.get("lang"), tree.get("xml:lang")]
    declared += tree.xpath("//meta[translate(@http-equiv,'CONTENT-LANGUAGE','content-language')"
                           "='content-language']/@content")
    declared += _metas(tree, ["og:locale", "language", "dc.language"]) + [guessed]
    return next(filter(None, map(lang_code, declared)), None)
