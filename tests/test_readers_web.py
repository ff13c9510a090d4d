"""Readers for saved pages, RSS/Atom feeds and WARC archives, on small hand-written fixtures."""
from __future__ import annotations

import io
import random
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsledger.errors import BadInput, Codes
from newsledger.ingest.feeds import entry_id, fill_from_page, iter_feed, strip_html
from newsledger.ingest.html import MAX_HTML_BYTES, read_html
from newsledger.ingest.readers import read_warc_file
from newsledger.ingest.warc import warc_id
from newsledger.limits import DEFAULT
from newsledger.model import Article

FIX = Path(__file__).parent / "fixtures" / "web"
ARTICLE_URL = "https://harbourledger.example/news/2024/03/port-night-shipping"


def articles(items: list) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def errors(items: list) -> list[BadInput]:
    return [i for i in items if isinstance(i, BadInput)]


# --- saved pages -------------------------------------------------------------------------

def test_article_page_keeps_story_drops_boilerplate():
    art = read_html((FIX / "article.html").read_bytes(), id="article")
    assert art.id == "article"
    assert art.text.startswith("The regional port authority voted on Wednesday")
    assert "freight rates on the river route" in art.text
    for junk in ("Subscribe now", "Most read", "All rights reserved", "Privacy policy"):
        assert junk not in art.text
    assert art.title == "Port authority approves night shipping on the river"
    assert not art.text.startswith(art.title)          # the headline is kept apart from the body
    assert art.published == "2024-03-14"
    assert art.author == "Maria Okafor"
    assert art.outlet == "The Harbour Ledger"
    assert art.language == "en"
    assert art.url == ARTICLE_URL                      # from the page's canonical link


def test_given_url_wins_and_str_input_works():
    html = (FIX / "article.html").read_text(encoding="utf-8")
    art = read_html(html, id="x", url="https://mirror.example/copy")
    assert art.url == "https://mirror.example/copy"
    assert art.title == "Port authority approves night shipping on the river"


def test_site_name_is_cut_from_title():
    art = read_html((FIX / "site_title.html").read_bytes(), id="site")
    assert art.title == "Flood barriers to be raised along the lower town quay"
    assert "county council said on Monday" in art.text
    assert art.outlet == "Valley Courier"


def test_title_from_declared_title_when_no_heading_matches():
    html = ("<html><head><title>Mayor resigns after audit | The Daily Wire Example</title>"
            '<meta property="og:site_name" content="The Daily Wire Example"></head><body>'
            "<h1>The Daily Wire Example</h1><div><p>" + "The mayor resigned on Tuesday after an audit "
            "found irregular payments to two contractors, the city council said in a statement. " * 4
            + "</p></div></body></html>")
    art = read_html(html, id="m")
    assert art.title == "Mayor resigns after audit"


def test_heading_preferred_over_longer_og_title():
    body = "<p>" + "Officials confirmed the bridge will reopen to lorries on Monday after inspections. " * 5 + "</p>"
    html = ('<html><head><meta property="og:title" content="Bridge reopens to lorries on Monday after '
            'weeks of inspections - Example Post"><title>x</title></head><body><article>'
            f"<h1>Bridge reopens to lorries on Monday</h1>{body}</article></body></html>")
    assert read_html(html, id="b").title == "Bridge reopens to lorries on Monday"


def _page(head: str, body_top: str) -> str:
    story = "<p>" + "The council agreed on Thursday to fund two new night buses from the station, its leader said. " * 5
    return f"<html><head>{head}</head><body>{body_top}<article>{story}</p></article></body></html>"


def test_marked_headline_wins_over_social_title():
    html = _page('<meta property="og:title" content="Why this town finally got its night bus">',
                 '<h1 class="promo">Sign up for our newsletter</h1>'
                 '<h1 itemprop="headline">Council funds two night buses</h1>')
    assert read_html(html, id="n").title == "Council funds two night buses"


def test_jsonld_headline_picks_the_heading():
    html = _page('<title>Example Gazette</title><script type="application/ld+json">'
                 '{"@type": "NewsArticle", "headline": "Council funds two night buses from the station"}</script>',
                 "<h1>Example Gazette</h1><h1>Council funds two night buses from station</h1>")
    assert read_html(html, id="j").title == "Council funds two night buses from station"


def test_section_label_h1_gives_way_to_h2_headline():
    html = _page('<meta property="og:title" content="Council funds two night buses | Example Gazette">'
                 '<meta property="og:site_name" content="Example Gazette">',
                 "<h1>Transport</h1><h2>Council funds two night buses</h2>")
    assert read_html(html, id="s").title == "Council funds two night buses"


def test_one_shared_word_is_not_a_match():
    html = _page("<title>Buses: council funds two night routes</title>", "<h1>Buses</h1>")
    assert read_html(html, id="w").title == "Buses: council funds two night routes"


def test_unclosed_tags_still_read():
    art = read_html((FIX / "broken_unclosed.html").read_bytes(), id="unclosed")
    assert "eighty-four percent of members" in art.text
    assert art.title == "Bus drivers vote to strike over rota changes"


def test_page_without_main_text_is_e008():
    with pytest.raises(BadInput) as err:
        read_html((FIX / "broken.html").read_bytes(), id="broken")
    assert err.value.code == Codes.E008


def test_empty_and_huge_pages_are_refused_without_parsing():
    with pytest.raises(BadInput) as err:
        read_html(b"  \n ", id="empty")
    assert err.value.code == Codes.E002
    with pytest.raises(BadInput) as err:
        read_html(b"<html><body><p>" + b"a" * MAX_HTML_BYTES + b"</p></body></html>", id="huge")
    assert err.value.code == Codes.E007


def test_legacy_encoding_declared_in_page():
    text = "<html><head><meta charset='windows-1252'><title>Café owners protest</title></head><body><article><p>" \
           + "Café owners in the old town protested on Friday against new rules on terrace opening hours. " * 4 \
           + "</p></article></body></html>"
    art = read_html(text.encode("windows-1252"), id="cp")
    assert "Café owners in the old town" in art.text


# --- feeds -------------------------------------------------------------------------------

def feed(path: Path, pages_dir: Path | None = None) -> list:
    return list(iter_feed(path.read_bytes(), str(path), pages_dir))


def warc(path: Path) -> list:
    return list(read_warc_file(path, DEFAULT))


def test_rss_with_dates_and_bad_entries():
    items = (feed(FIX / "rss_dated.xml"))
    arts, bad = articles(items), errors(items)
    assert [a.title for a in arts] == ["Port authority approves night shipping on the river",
                                      "Ferry timetable changes for spring"]
    assert [a.published for a in arts] == ["2024-03-14", "2024-03-15"]
    assert arts[0].id == entry_id(ARTICLE_URL) and arts[0].id.startswith("feed-") and len(arts[0].id) == 17
    assert arts[0].url == ARTICLE_URL
    assert {a.outlet for a in arts} == {"The Harbour Ledger"} and arts[0].language == "en"
    assert arts[1].text == ("The morning ferry to the island will leave twenty minutes earlier from April, "
                            "the operator said on Friday.\nEvening sailings are unchanged.")
    assert [b.code for b in bad] == [Codes.E006, Codes.E006]     # no text; neither link nor guid


def test_feed_ids_are_stable():
    first = [a.id for a in articles(feed(FIX / "rss_dated.xml"))]
    assert first == [a.id for a in articles(feed(FIX / "rss_dated.xml"))]


def test_rss_saved_pages_replace_summaries():
    arts = articles(feed(FIX / "rss_dated.xml", pages_dir=FIX))
    by_url, by_name = arts
    assert by_url.text.startswith("The regional port authority voted")      # matched by canonical URL
    assert by_url.source.endswith("article.html") and by_url.author == "Maria Okafor"
    assert "two thirds of whom asked for an earlier crossing" in by_name.text  # matched by file name
    assert by_name.published == "2024-03-15"                                  # the feed's date is kept
    assert by_url.kind is not None and not by_url.date_from_text              # the page said what it is


@pytest.mark.parametrize("page_kind, item_kind", [("article", "news"), ("howto", "howto"), ("product", "product")])
def test_a_feed_item_stays_news_unless_its_page_is_clearly_something_else(page_kind, item_kind):
    page = Article(id="p", text="The ferry leaves at nine.", kind=page_kind, kind_reason="why")
    assert fill_from_page(Article(id="f", text=""), page).kind == item_kind


def test_rss_without_dates():
    arts = articles(feed(FIX / "rss_undated.xml"))
    assert len(arts) == 2 and all(a.published is None for a in arts)
    assert arts[0].url is None and arts[0].id == entry_id("vc-2024-0412")    # guid only
    assert arts[1].url == "https://valleycourier.example/library-reopens"


def test_atom_feed_content_author_and_local_date():
    arts = articles(feed(FIX / "atom.xml"))
    assert [a.title for a in arts] == ["Le port ouvre un nouveau quai", "Grève des dockers levée"]
    assert arts[0].text.startswith("Le nouveau quai pourra accueillir deux navires")   # content over summary
    assert arts[0].published == "2024-03-19"              # as written (-02:00), not shifted to UTC
    assert arts[1].published == "2024-03-18"              # no <published>: <updated>
    assert arts[0].author == "Claire Martin" and arts[0].language == "fr"
    assert arts[0].outlet == "Le Courrier du Port"


def test_not_a_feed(tmp_path):
    junk = tmp_path / "junk.xml"
    junk.write_text("<rss><channel><item><title>cut")
    items = (feed(junk))
    assert len(items) == 1 and isinstance(items[0], BadInput)
    assert items[0].code in (Codes.E009, Codes.E006)


def test_strip_html_keeps_blocks_and_entities():
    assert strip_html("<p>One &amp; two</p><script>x()</script><ul><li>a</li><li>b</li></ul>") == "One & two\na\nb"
    assert strip_html("plain &lt;text&gt;") == "plain <text>"


# --- web archives ------------------------------------------------------------------------

PAGE = ("<html><head><title>{title} - Example Wire</title></head><body><nav>Home News Sport</nav>"
        "<article><h1>{title}</h1><p>{body}</p></article><footer>Example Wire</footer></body></html>")
STORY = ("Rescue teams reached the stranded village on Sunday after the landslide cut the only road, "
         "the regional governor said, adding that food and water had been flown in by helicopter. ") * 3


def _record(writer: WARCWriter, url: str, body: bytes, ctype: str, status: str = "200 OK",
            date: str = "2024-05-02T10:00:00Z"):
    http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    rec = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http,
                                    warc_headers_dict={"WARC-Date": date})
    writer.write_record(rec)


def make_warc(path: Path, gzip: bool) -> Path:
    with path.open("wb") as f:
        w = WARCWriter(f, gzip=gzip)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "test"}))
        _record(w, "https://wire.example/landslide", PAGE.format(title="Rescuers reach village cut off by landslide",
                                                                  body=STORY).encode(), "text/html; charset=utf-8")
        _record(w, "https://wire.example/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png")
        _record(w, "https://wire.example/old", b"<html><body>Moved</body></html>", "text/html", "301 Moved")
        _record(w, "https://wire.example/bridge", PAGE.format(title="Bridge reopens after repairs",
                                                               body=STORY.replace("landslide", "flood")).encode(),
                "text/html", date="2024-05-03T23:59:00Z")
    return path


@pytest.mark.parametrize("gzip", [True, False])
def test_warc_html_pages_only(tmp_path, gzip):
    path = make_warc(tmp_path / ("a.warc.gz" if gzip else "a.warc"), gzip)
    items = (warc(path))
    assert not errors(items)
    arts = articles(items)
    assert [a.url for a in arts] == ["https://wire.example/landslide", "https://wire.example/bridge"]
    assert [a.id for a in arts] == [warc_id(a.url) for a in arts] and arts[0].id.startswith("warc-")
    assert [a.title for a in arts] == ["Rescuers reach village cut off by landslide", "Bridge reopens after repairs"]
    assert [a.published for a in arts] == ["2024-05-02", "2024-05-03"]      # capture dates
    assert "regional governor said" in arts[0].text and "Home News" not in arts[0].text
    assert arts[0].source == str(path)


@pytest.mark.parametrize("gzip", [True, False])
def test_truncated_warc_gives_readable_pages_then_e009(tmp_path, gzip):
    full = make_warc(tmp_path / "full.warc", gzip).read_bytes()
    cut = tmp_path / ("cut.warc.gz" if gzip else "cut.warc")
    cut.write_bytes(full[: len(full) - 300])
    items = (warc(cut))
    assert [a.url for a in articles(items)] == ["https://wire.example/landslide"]
    assert isinstance(items[-1], BadInput) and items[-1].code == Codes.E009
    assert len(errors(items)) == 1


def test_not_a_warc_and_empty(tmp_path):
    junk = tmp_path / "junk.warc"
    junk.write_text("this is not an archive\n" * 20)
    items = (warc(junk))
    assert len(items) == 1 and items[0].code == Codes.E009
    empty = tmp_path / "empty.warc.gz"
    empty.write_bytes(b"")
    assert [i.code for i in warc(empty)] == [Codes.E002]


def test_warc_page_in_server_charset(tmp_path):
    path = tmp_path / "cp.warc.gz"
    body = PAGE.format(title="Café terraces to close earlier", body=STORY.replace("village", "café")).encode("cp1252")
    with path.open("wb") as f:
        _record(WARCWriter(f, gzip=True), "https://wire.example/cafe", body, "text/html; charset=windows-1252")
    (art,) = (warc(path))
    assert art.title == "Café terraces to close earlier" and "stranded café" in art.text


@pytest.mark.parametrize("gzip", [True, False])
def test_archive_cut_inside_a_non_html_record(tmp_path, gzip):
    path = tmp_path / "img.warc"
    with path.open("wb") as f:
        w = WARCWriter(f, gzip=gzip)
        _record(w, "https://wire.example/landslide", PAGE.format(title="Rescuers reach village", body=STORY).encode(),
                "text/html")
        _record(w, "https://wire.example/photo.jpg", random.Random(7).randbytes(6000), "image/jpeg")
    path.write_bytes(path.read_bytes()[:-2000])
    items = (warc(path))
    assert [type(i) for i in items] == [Article, BadInput] and items[-1].code == Codes.E009
