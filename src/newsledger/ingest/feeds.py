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
from datetime import date
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import urlsplit

import feedparser
import lxml.html
from lxml import etree

from ..errors import BadInput, Codes
from ..limits import DEFAULT, Limits
from ..model import Article, ArticleKind
from .decode import decode_page
from .files import read_whole, walk
from .html import read_html
from .language import lang_code

PAGE_SUFFIXES = (".html", ".htm", ".xhtml")
_PAGE_URL = re.compile(
    rb"""<(?:link|meta)\b[^>]*?(?:rel=["']canonical["']|property=["']og:url["'])[^>]*>""", re.I)
_HREF = re.compile(rb"""(?:href|content)=["']([^"']+)["']""", re.I)
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]{0,300}\?>")
_ENCODING = re.compile(r"""encoding\s*=\s*["'][^"']*["']""")
_CHAR_REF = re.compile(r"&#(?:[xX]0*([0-9a-fA-F]{1,8})|0*([0-9]{1,12}));|&#[xX]?[0-9a-fA-F]{9,};")
_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "pre", "section"}


def iter_feed(data: bytes, where: str, pages_dir: Path | None = None,
              limits: Limits = DEFAULT) -> Iterator[Article | BadInput]:
    """One Article per usable entry of the RSS/Atom feed DATA (read from WHERE), its entries' saved
    pages looked up in PAGES_DIR; BadInput for the others."""
    yield from iter_feed_bytes(data, where, pages=PageIndex(pages_dir, limits) if pages_dir else None, limits=limits)


def iter_feed_bytes(data: bytes, where: str, base_url: str | None = None, pages: PageIndex | None = None,
                    textless: bool = False, limits: Limits = DEFAULT) -> Iterator[Article | BadInput]:
    """One Article per usable entry of the feed in DATA (fetched, or read from a file at WHERE);
    relative links resolve against BASE_URL. DATA is parsed as a feed's content, never opened as a
    path or fetched as a URL. With TEXTLESS, an entry with a link but no text of its own is an
    Article with empty text (the caller fetches its page)."""
    if len(data) > limits.max_page_bytes:
        yield BadInput(Codes.E007, f"{where} ({len(data)} bytes; limit max_page_bytes)")
        return
    headers = {"content-location": base_url, "content-type": "application/xml"} if base_url else None
    try:
        feed = feedparser.parse(io.BytesIO(_normalised(data, where)), response_headers=headers)
    except BadInput as err:
        yield err
        return
    except Exception as err:
        yield BadInput(Codes.E009, f"{where}: {type(err).__name__}: {err}")
        return
    if not feed.entries:
        problem = feed.get("bozo_exception")
        yield BadInput(Codes.E009 if problem else Codes.E006, f"{where}: {problem or 'feed has no entries'}")
        return
    outlet = _squash(feed.feed.get("title")) or None
    language = lang_code(feed.feed.get("language"))
    for n, entry in enumerate(feed.entries, 1):
        yield _entry_or_skip(entry, f"{where}#{n}", outlet, language, pages, textless)


def _entry_or_skip(entry, where: str, outlet: str | None, language: str | None,
                   pages: PageIndex | None, textless: bool) -> Article | BadInput:
    try:
        return _entry_article(entry, where, outlet, language, pages, textless)
    except BadInput as err:
        return err
    except Exception as err:
        return BadInput(Codes.E025, f"{where}: {type(err).__name__}: {err}")


def _normalised(data: bytes, where: str) -> bytes:
    """The feed as UTF-8 that says so, with character references that name no character replaced:
    feedparser trusts the encoding a feed declares (and "undefined" raises inside it), and
    &#99999999999; or &#xD800; raise inside it too."""
    text = _XML_DECLARATION.sub(_utf8_declaration, decode_page(data, where), count=1)
    return _CHAR_REF.sub(_valid_ref, text).encode("utf-8")


def _utf8_declaration(m: re.Match[str]) -> str:
    return _ENCODING.sub('encoding="utf-8"', m.group(0))


def _valid_ref(m: re.Match[str]) -> str:
    """A numeric character reference kept when it names a character XML allows, else U+FFFD."""
    hexa, decimal = m.group(1), m.group(2)
    value = int(hexa, 16) if hexa else int(decimal) if decimal else -1
    ok = value in (0x9, 0xA, 0xD) or 0x20 <= value <= 0xD7FF or 0xE000 <= value <= 0x10FFFF
    return m.group(0) if ok and value not in (0xFFFE, 0xFFFF) else "&#65533;"


def entry_id(key: str) -> str:
    """Our stable id for a feed entry, from its link or guid."""
    return "feed-" + hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:12]


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
    if pages is not None and page is not None and _from_page(art, page, pages.limits):
        return art
    art.text = _entry_text(entry)
    if not art.text and not (textless and link):
        raise BadInput(Codes.E006, f"{where}: entry {key} has no text")
    return art


def _from_page(art: Article, page: Path, limits: Limits) -> bool:
    """Fills ART from the saved page; False when the page has no usable main text."""
    try:
        got = read_html(read_whole(page, limits, "max_page_bytes"), id=art.id, url=art.url)
    except Exception:
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
    art.kind, art.kind_reason = _feed_kind(page)
    art.date_from_text = False          # the page was read
    art.author = art.author or page.author
    art.language = art.language or page.language
    return art


def _feed_kind(page: Article) -> tuple[ArticleKind | None, str | None]:
    """A feed's item is news unless its page is clearly something else: a page that only lacks
    evidence of news ("article") keeps the item's default."""
    if page.kind == "article":
        return "news", f"feed item; its page: {page.kind_reason}"
    return page.kind, page.kind_reason


def _entry_text(entry) -> str:
    """The fullest body the entry carries: content, else summary, HTML stripped."""
    bodies = [c.get("value", "") for c in entry.get("content", [])] + [entry.get("summary", "")]
    texts = [strip_html(b) for b in bodies if b]
    return max(texts, key=len, default="")


_ISO_DAY = re.compile(r"\s*(\d{4}-\d{2}-\d{2})")


def _date(entry) -> str | None:
    """The entry's publication (else update) date as the feed wrote it, in the publisher's own
    time zone (feedparser's parsed dates are UTC, a day off for late-evening stories)."""
    for key in ("published", "updated", "created"):
        raw = entry.get(key) or ""
        written = _written_date(raw)
        # feedparser rolls an impossible ISO date over ("2022-13-45" -> 2023-01-01): no date then
        parsed = None if _ISO_DAY.match(raw) else entry.get(f"{key}_parsed")
        if written:
            return written
        if parsed:
            return time.strftime("%Y-%m-%d", parsed)
    return None


def _written_date(raw: str) -> str | None:
    """ISO 8601 or RFC 822 date text -> "YYYY-MM-DD" of the local date it states."""
    iso = _ISO_DAY.match(raw)
    try:
        if iso:     # a real calendar day only: "2022-13-45" is no date
            return date.fromisoformat(iso.group(1)).isoformat()
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

    def __init__(self, folder: Path, limits: Limits = DEFAULT):
        self.by_url: dict[str, Path] = {}
        self.by_name: dict[str, Path] = {}
        self.limits = limits
        for page in _pages(folder):
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


def _pages(folder: Path) -> Iterator[Path]:
    """The saved pages (regular files) below FOLDER."""
    for path in walk(folder) if folder.is_dir() else ():
        if isinstance(path, Path) and path.suffix.lower() in PAGE_SUFFIXES and path.is_file():
            yield path


def _declared_urls(page: Path) -> list[str]:
    """The canonical / og:url addresses in the head of a saved page."""
    try:
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
