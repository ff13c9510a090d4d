"""RSS and Atom feeds: one Article per entry, or the saved page the entry links to.

Entry ids are ours and stable ("feed-" + 12 hex of the link or guid), so the same entry read
twice, from two snapshots of a feed, is the same article. When a saved copy of the entry's page
sits in PAGES_DIR (found by its URL or its file name), its main text replaces the feed's
summary, which is usually a teaser.
"""
from __future__ import annotations

import hashlib
import html
import io
import re
import time
from collections.abc import Iterator
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import urlsplit

import feedparser
import lxml.html
from lxml import etree

from ..errors import BadInput, Codes
from ..model import Article
from .html import MAX_HTML_BYTES, read_html
from .language import lang_code

MAX_FEED_BYTES = 50 * 1024 * 1024
PAGE_SUFFIXES = (".html", ".htm", ".xhtml")
_PAGE_URL = re.compile(
    rb"""<(?:link|meta)\b[^>]*?(?:rel=["']canonical["']|property=["']og:url["'])[^>]*>""", re.I)
_HREF = re.compile(rb"""(?:href|content)=["']([^"']+)["']""", re.I)
_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "pre", "section"}


def iter_feed(path: Path, pages_dir: Path | None = None) -> Iterator[Article | BadInput]:
    """One Article per usable entry of the RSS/Atom feed at PATH; BadInput for the others."""
    try:
        size = path.stat().st_size
        if size > MAX_FEED_BYTES:
            raise BadInput(Codes.E007, f"{path} ({size} bytes)")
        data = path.read_bytes()
    except OSError as err:
        yield BadInput(Codes.E001, f"{path}: {err}")
        return
    except BadInput as err:
        yield err
        return
    yield from iter_feed_bytes(data, str(path), pages=PageIndex(pages_dir) if pages_dir else None)


def iter_feed_bytes(data: bytes, where: str, base_url: str | None = None, pages: PageIndex | None = None,
                    textless: bool = False) -> Iterator[Article | BadInput]:
    """One Article per usable entry of the feed in DATA (fetched, or read from a file at WHERE);
    relative links resolve against BASE_URL. DATA goes to feedparser as a stream, so it is never
    taken for a path or a URL to open. With TEXTLESS, an entry with a link but no text of its own
    is an Article with empty text (the caller fetches its page)."""
    if len(data) > MAX_FEED_BYTES:
        yield BadInput(Codes.E007, f"{where} ({len(data)} bytes)")
        return
    headers = {"content-location": base_url, "content-type": "application/xml"} if base_url else None
    feed = feedparser.parse(io.BytesIO(data), response_headers=headers)
    if not feed.entries:
        problem = feed.get("bozo_exception")
        yield BadInput(Codes.E009 if problem else Codes.E006, f"{where}: {problem or 'feed has no entries'}")
        return
    outlet = _squash(feed.feed.get("title")) or None
    language = lang_code(feed.feed.get("language"))
    for n, entry in enumerate(feed.entries, 1):
        try:
            yield _entry_article(entry, f"{where}#{n}", outlet, language, pages, textless)
        except BadInput as err:
            yield err


def entry_id(key: str) -> str:
    """Our stable id for a feed entry, from its link or guid."""
    return "feed-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def _entry_article(entry, where: str, outlet: str | None, language: str | None,
                   pages: PageIndex | None, textless: bool = False) -> Article:
    link = _squash(entry.get("link")) or None
    key = link or _squash(entry.get("id")) or None
    if key is None:
        raise BadInput(Codes.E006, f"{where}: entry has neither link nor guid")
    title = strip_html(entry.get("title", "")) or None
    published = _date(entry)
    art = Article(id=entry_id(key), text="", title=title, url=link, published=published,
                  date_source="given" if published else None, outlet=outlet, language=language, author=_squash(entry.get("author")) or None,
                  source=where)
    page = pages.find(link) if pages and link else None
    if page is not None and _from_page(art, page):
        return art
    art.text = _entry_text(entry)
    if not art.text and not (textless and link):
        raise BadInput(Codes.E006, f"{where}: entry {key} has no text")
    return art


def _from_page(art: Article, page: Path) -> bool:
    """Fills ART from the saved page; False when the page has no usable main text."""
    try:
        got = read_html(page.read_bytes(), id=art.id, url=art.url)
    except (BadInput, OSError):
        return False
    fill_from_page(art, got)
    art.source = str(page)
    return True


def fill_from_page(art: Article, page: Article) -> Article:
    """ART (a feed entry) with the main text of its PAGE; the feed's title, date and author win,
    the page fills what the feed left out."""
    art.text = page.text
    art.title = art.title or page.title
    if not art.published:
        art.published, art.date_source = page.published, page.date_source
    art.kind, art.kind_reason, art.date_from_text = page.kind, page.kind_reason, False   # the page was read
    art.author = art.author or page.author
    art.language = art.language or page.language
    return art


def _entry_text(entry) -> str:
    """The fullest body the entry carries: content, else summary, HTML stripped."""
    bodies = [c.get("value", "") for c in entry.get("content", [])] + [entry.get("summary", "")]
    texts = [strip_html(b) for b in bodies if b]
    return max(texts, key=len, default="")


def _date(entry) -> str | None:
    """The entry's publication (else update) date as the feed wrote it, in the publisher's own
    time zone (feedparser's parsed dates are UTC, a day off for late-evening stories)."""
    for key in ("published", "updated", "created"):
        written = _written_date(entry.get(key) or "")
        parsed = entry.get(f"{key}_parsed")
        if written or parsed:
            return written or time.strftime("%Y-%m-%d", parsed)
    return None


def _written_date(raw: str) -> str | None:
    """ISO 8601 or RFC 822 date text -> "YYYY-MM-DD" of the local date it states."""
    iso = re.match(r"\s*(\d{4}-\d{2}-\d{2})", raw)
    if iso:
        return iso.group(1)
    try:
        return parsedate_to_datetime(raw).date().isoformat() if raw.strip() else None
    except (TypeError, ValueError, IndexError):
        return None


def strip_html(markup: str) -> str:
    """Text of an HTML fragment, one line per block, entities decoded."""
    if "<" not in markup:
        return _squash_lines(html.unescape(markup))
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return _squash_lines(html.unescape(re.sub(r"<[^>]*>", " ", markup)))
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCKS:
            el.tail = "\n" + (el.tail or "")
    return _squash_lines(root.text_content())


def _squash(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def _squash_lines(text: str) -> str:
    lines = (_squash(line) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def url_key(url: str) -> str:
    """A URL without scheme, "www.", query, fragment and trailing slash: how pages are matched."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").removeprefix("www.")
    return f"{host}{parts.path.rstrip('/')}".lower()


class PageIndex:
    """Saved pages in a folder, found by the URL they declare (canonical, og:url) or by name."""

    def __init__(self, folder: Path):
        self.by_url: dict[str, Path] = {}
        self.by_name: dict[str, Path] = {}
        files = sorted(p for p in folder.rglob("*") if p.suffix.lower() in PAGE_SUFFIXES) if folder.is_dir() else []
        for page in files:
            self.by_name.setdefault(page.stem.lower(), page)
            for url in _declared_urls(page):
                self.by_url.setdefault(url_key(url), page)

    def find(self, link: str) -> Path | None:
        """The saved page of LINK: same URL, else a file named after the URL's last segment,
        its host+path with "/" as "_", or our entry id."""
        key = url_key(link)
        if key in self.by_url:
            return self.by_url[key]
        last = key.rsplit("/", 1)[-1]
        names = [re.sub(r"\.\w{2,5}$", "", last), key.replace("/", "_"), entry_id(link)]
        return next((self.by_name[n] for n in names if n and n in self.by_name), None)


def _declared_urls(page: Path) -> list[str]:
    """The canonical / og:url addresses in the head of a saved page."""
    try:
        if page.stat().st_size > MAX_HTML_BYTES:
            return []
        with page.open("rb") as f:
            head = f.read(65536)
    except OSError:
        return []
    urls = []
    for tag in _PAGE_URL.findall(head):
        m = _HREF.search(tag)
        if m:
            urls.append(m.group(1).decode("utf-8", "replace"))
    return urls
