"""The watcher's sources: feeds (by URL, or listed in an OPML file), and folders other tools drop
files into. Feeds and pages are fetched here and handed to the existing readers as bytes; folder
files are read by the readers from disk."""
from __future__ import annotations

import copy
import hashlib
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ..errors import BadInput, Codes
from ..ingest.feeds import fill_from_page, iter_feed_bytes
from ..ingest.html import read_html
from ..model import Article
from .fetch import Fetcher
from .netpolicy import FetchError
from .state import Outcome, Source

FEED_ACCEPT = ("application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8,"
               " text/xml;q=0.8, */*;q=0.5")
HTML_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
PAGE_TYPES = {"", "text/html", "application/xhtml+xml", "text/plain"}
PARTIAL_SUFFIXES = (".part", ".partial", ".tmp", ".crdownload", ".download", "~")
_OPML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


@dataclass
class FeedPoll:
    """One fetch of a feed: the outcome, its entries as articles (text from the feed, to be replaced
    by their pages'), and the entries that could not be used."""

    outcome: Outcome
    entries: list[Article] = field(default_factory=list)
    skipped: list[BadInput] = field(default_factory=list)


def is_url(location: str) -> bool:
    return location.lower().startswith(("http://", "https://"))


def is_opml(location: str, head: bytes = b"") -> bool:
    return location.lower().endswith(".opml") or b"<opml" in head[:2048].lower()


def opml_feeds(data: bytes, where: str) -> list[str]:
    """The feed URLs an OPML subscription list names (every outline with an xmlUrl, nested or not).
    Parsed without entities, DTDs or network, so a hostile file cannot expand or reach out."""
    try:
        root = etree.fromstring(data, _OPML_PARSER)
    except etree.XMLSyntaxError as err:
        raise BadInput(Codes.E009, f"{where}: {err}") from None
    urls = (str(o.get("xmlUrl") or o.get("xmlurl") or "").strip() for o in root.iter("outline"))
    return list(dict.fromkeys(u for u in urls if is_url(u)))


def fetch_feed(fetcher: Fetcher, source: Source) -> FeedPoll:
    """Polls SOURCE: a conditional GET; a body identical to the last one is not parsed again."""
    try:
        resp = fetcher.get(source.location, source.etag, source.last_modified, accept=FEED_ACCEPT)
    except FetchError as err:
        return FeedPoll(Outcome(err.code.split()[0], error=str(err), retry_after=err.retry_after))
    if resp.status == 304:
        return FeedPoll(Outcome("304"))
    sha = hashlib.sha256(resp.body).hexdigest()
    done = Outcome(str(resp.status), etag=resp.etag, last_modified=resp.last_modified, body_sha=sha, final_url=resp.url)
    if sha == source.body_sha:
        done.status = "unchanged"
        return FeedPoll(done)
    try:
        items = list(iter_feed_bytes(resp.body, source.location, base_url=resp.url, textless=True))
    except Exception as err:            # the reader's promise is BadInput items; a feed breaking it is skipped
        return FeedPoll(Outcome("E009", error=f"{Codes.E009}: {source.location}: {type(err).__name__}: {err}"))
    entries = [i for i in items if isinstance(i, Article)]
    skipped = [i for i in items if isinstance(i, BadInput)]
    broken = [s for s in skipped if s.code == Codes.E009]
    if broken and not entries:
        return FeedPoll(Outcome("E009", error=str(broken[0])), skipped=skipped)
    return FeedPoll(done, entries, skipped)


def fetch_page(fetcher: Fetcher, entry: Article) -> Article | BadInput:
    """ENTRY (a copy) with the main text of the page it links to, or why the page could not be used."""
    try:
        resp = fetcher.get(entry.url or "", accept=HTML_ACCEPT)
        if resp.content_type not in PAGE_TYPES:
            raise BadInput(Codes.E008, f"{resp.url}: {resp.content_type}, not a web page")
        page = read_html(resp.body, id=entry.id, url=entry.url)
    except BadInput as err:
        return err
    except Exception as err:            # a page that breaks the HTML reader: the feed's text is kept
        return BadInput(Codes.E008, f"{entry.url}: {type(err).__name__}: {err}")
    full = fill_from_page(copy.copy(entry), page)
    full.source = resp.url
    return full


def scan_folder(folder: Path, settle: float, now: float) -> dict[str, tuple[Path, str]]:
    """Regular files below FOLDER (no hidden ones, no downloads in progress) unchanged for SETTLE
    seconds: relative path -> (path, fingerprint of size and modification time)."""
    found = {}
    for path in _files(folder):
        try:
            st = os.stat(path)
        except OSError:
            continue
        if stat.S_ISREG(st.st_mode) and now - st.st_mtime >= settle:
            found[str(path.relative_to(folder))] = (path, f"{st.st_size}:{st.st_mtime_ns}")
    return found


def _files(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and not name.lower().endswith(PARTIAL_SUFFIXES):
                yield Path(root) / name
