"""What a saved page says about itself: its kind, publication date, author and outlet
(ingest/kind.py, ingest/published.py, ingest/pagemeta.py), on small hand-written pages."""
from __future__ import annotations

import json

import pytest
from lxml.html import fromstring

from newsledger.extract.pipeline import analyze
from newsledger.ingest.byline import clean_byline, page_author
from newsledger.ingest.html import read_html
from newsledger.ingest.kind import Vote, decide
from newsledger.ingest.pagemeta import ancestors, jsonld_items
from newsledger.ingest.published import publication_date, shown_date, url_date
from newsledger.ingest.readers import iter_jsonl

STORY = ("The county council agreed on Thursday to fund two new night buses from the station, "
         "its transport lead said, after a year of complaints from shift workers. ") * 5


def page(head: str = "", top: str = "", body: str = f"<p>{STORY}</p><p>{STORY}</p>") -> str:
    return f"<html><head>{head}</head><body>{top}<article>{body}</article></body></html>"


def ld(obj: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def meta(prop: str, content: str) -> str:
    return f'<meta property="{prop}" content="{content}">'


# --- the schema.org hierarchy ----------------------------------------------------------------


def test_subtypes_reach_their_ancestors():
    assert {"NewsArticle", "Article", "CreativeWork", "Thing"} <= set(ancestors("ReportageNewsArticle"))
    assert "HowTo" in ancestors("https://schema.org/Recipe")


def test_graph_members_and_invalid_json_ld_are_read():
    raw = '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "headline": "a\nb",}]}</script>'
    assert [i["@type"] for i in jsonld_items(fromstring(page(raw)))] == ["NewsArticle"]


# --- the kind --------------------------------------------------------------------------------


@pytest.mark.parametrize("head, url, kind", [
    (ld({"@type": "NewsArticle", "headline": "x"}), None, "news"),
    (ld({"@type": "OpinionNewsArticle"}), None, "opinion"),
    (ld({"@type": "Recipe"}), None, "howto"),
    (ld({"@type": ["Product"], "offers": {"@type": "Offer"}}), None, "product"),
    (ld({"@type": "QAPage"}), None, "forum"),
    (ld({"@type": "CollectionPage"}), None, "listing"),
    (meta("og:type", "product.item"), None, "product"),
    ("", "https://shop.example.com/products/night-bus-model", "product"),
    ("", "https://example.com/docs/install/setup", "documentation"),
    ("", "https://example.com/opinion/2024/05/02/buses", "opinion"),
    ("", "https://docs.example.com/buses/timetables", "documentation"),     # the host names the section
    ("", "https://example.org/board/showthread.php?t=4521", "forum"),       # a forum program's thread page
    (meta("og:type", "article"), "https://example.com/news", "listing"),    # a section's front page
    (meta("og:type", "article"), "https://example.com/news/night-buses", "news"),
])
def test_kind_from_what_the_page_declares(head, url, kind):
    assert read_html(page(head), id="p", url=url).kind == kind


def test_a_section_front_stays_a_list_though_its_first_teaser_is_dated_and_signed():
    head = (meta("og:type", "article") + meta("article:published_time", "2024-05-02T10:00:00+02:00")
            + '<meta name="author" content="Ann Lee">')
    assert read_html(page(head), id="p", url="https://example.com/blog/").kind == "listing"
    assert read_html(page(head), id="p", url="https://example.com/blog/night-buses").kind == "news"
    declared = head + ld({"@type": "NewsArticle", "headline": "x"})        # an article declared as such at /news
    assert read_html(page(declared), id="p", url="https://example.com/news").kind == "news"


def test_breadcrumbs_and_site_items_say_nothing_of_the_page():
    head = ld([{"@type": "BreadcrumbList"}, {"@type": "WebSite"}, {"@type": "Organization"}])
    assert read_html(page(head), id="p").kind == "other"


def test_a_dated_signed_page_is_news_and_the_reason_is_kept():
    head = meta("article:published_time", "2024-05-02T10:00:00+02:00") + '<meta name="author" content="x">'
    art = read_html(page(head + ld({"@type": "WebPage", "author": {"@type": "Person", "name": "Ann Lee"}})), id="p")
    assert (art.kind, art.author, art.published, art.date_source) == ("news", "Ann Lee", "2024-05-02", "metadata")
    assert "stated date" in art.kind_reason or "byline" in art.kind_reason


def test_buying_controls_outvote_a_date():
    body = f"<p>{STORY}</p><button>Add to cart</button>"
    head = meta("article:published_time", "2024-05-02")
    assert read_html(page(head, body=body), id="p").kind == "product"


def test_buying_controls_give_way_to_what_the_url_or_og_type_names():
    shelf = "".join(f"<li><a href='/products/lamp-{i}'>Reading lamp {i}</a> £{20 + i}<button>Add to cart</button></li>"
                    for i in range(6))
    body = f"<p>{STORY}</p><ul>{shelf}</ul>"
    assert read_html(page(body=body), id="p", url="https://lamps.example.com/collections/reading-lamps").kind == "listing"
    guide = f"<p>{STORY}</p><a class='button' href='https://shop.example.com/x'>Buy now</a>"
    assert read_html(page(meta("og:type", "article"), body=guide), id="p").kind != "product"


def test_a_call_to_hire_the_firm_outvotes_a_default_article_type():
    body = f"<p>{STORY}</p><a href='/quote'>Get a free quote</a>"
    assert read_html(page(meta("og:type", "article"), body=body), id="p").kind == "service"
    head = meta("og:type", "article") + meta("article:published_time", "2024-05-02") + ld({"@type": "NewsArticle"})
    assert read_html(page(head, body=body), id="p").kind == "news"        # a dated news article keeps its kind


def test_an_article_that_instructs_the_reader_under_a_how_to_title_is_a_how_to():
    text = "You should check your tyres before you drive, and your lights. " * 10
    votes = [Vote("og:type", "article", "article", 2)]
    assert decide(votes, "How to get your car ready for winter", text).kind == "howto"
    assert decide(votes, "Council funds two night buses", text).kind == "article"   # no evidence of news


GUIDE = ("Choosing a night light can feel overwhelming. If you have a small room, you want a warm lamp "
         "that you can dim. Your budget matters too, so pick one that fits your needs. ") * 5


def test_news_needs_evidence_of_news_beyond_an_article_type_a_date_and_a_byline():
    head = meta("og:type", "article") + meta("article:published_time", "2024-05-02T10:00:00+02:00") + \
        '<meta name="author" content="Ann Lee">'
    guide = read_html(page(head, body=f"<p>{GUIDE}</p><p>{GUIDE}</p>"), id="g", url="https://example.com/blog/lamps")
    story = read_html(page(head), id="s", url="https://example.com/news/night-buses")
    assert (guide.kind, story.kind) == ("article", "news")
    assert guide.kind_reason.startswith("news evidence -") and "second person" in guide.kind_reason


def test_a_declared_news_type_alone_does_not_make_a_guide_news():
    head = ld({"@type": "NewsArticle", "headline": "The 7 best night lights"})
    assert read_html(page(head, body=f"<p>{GUIDE}</p><p>{GUIDE}</p>"), id="g").kind == "article"


def test_a_dateline_and_attributed_reporting_make_news_without_metadata():
    text = ("WASHINGTON (AP) — The Senate voted on Tuesday to extend the program, officials said. "
            "Sen. Maria Lopez, who led the effort, told reporters the vote had been expected. ") * 3
    assert decide([Vote("byline", "yes", "article", 1)], "Senate extends program", text).kind == "news"


def test_a_page_of_links_is_a_listing_even_when_dated():
    items = "".join(f"<li><a href='/p/{i}'>Night bus route {i} timetable and stops</a> 2 min</li>" for i in range(40))
    head = meta("og:type", "article") + meta("article:published_time", "2024-05-02")
    nav = "<nav>" + "<a href='/'>Home page link</a>" * 50 + "</nav>"
    assert read_html(page(head, top=nav, body=f"<p>{STORY}</p><ul>{items}</ul>"), id="p").kind == "listing"
    assert read_html(page(head, top=nav), id="p").kind == "news"      # navigation links do not count


def test_a_page_mostly_of_links_is_a_listing_whatever_its_declared_type():
    head = ld({"@type": "Article", "headline": "Night buses"}) + meta("article:published_time", "2024-05-02") + \
        '<meta name="author" content="Ann Lee">'
    def items(n: int) -> str:
        return "".join(f"<li><a href='/p/{i}'>Night bus route {i} timetable and stops</a></li>" for i in range(n))
    few, many = (page(head, body=f"<p>{STORY}</p><ul>{items(n)}</ul>") for n in (12, 40))
    assert read_html(few, id="p").kind == "news"           # a third of the words are links: a story with links
    assert read_html(many, id="p").kind == "listing"       # most of them are: a list that calls itself an Article


def test_a_day_in_the_url_keeps_a_dated_story_with_many_links_an_article():
    items = "".join(f"<li><a href='/p/{i}'>Night bus route {i} timetable and stops</a></li>" for i in range(12))
    head = meta("og:type", "article") + meta("article:published_time", "2018-10-09")
    html = page(head, body=f"<p>{STORY}</p><ul>{items}</ul>")
    assert read_html(html, id="p", url="https://example.com/p/buses").kind == "listing"
    assert read_html(html, id="p", url="https://example.com/2018/10/09/buses").kind == "news"


def test_a_front_page_is_a_list_when_it_shows_dated_stories_and_a_firms_pitch_when_not():
    teasers = "".join(f"<article><h2><a href='/p/{i}'>Ferry timetable {i} changes</a></h2>"
                      f"<time datetime='2024-05-0{i}'>May {i}</time><p>{STORY[:120]}</p></article>" for i in range(1, 6))
    pitch = ("<p>We repair bicycles of every make in our workshop by the canal. Bring yours in and we will "
             "have it back on the road within two days.</p>") * 4
    assert read_html(page(body=teasers), id="p", url="https://ferries.example.com/").kind == "listing"
    assert read_html(page(body=pitch), id="p", url="https://bikes.example.com/").kind == "service"
    assert read_html(page(body=pitch), id="p", url="https://bikes.example.com/repairs/wheels").kind != "service"


def test_blocks_of_code_make_a_page_documentation_unless_it_declares_itself_an_article():
    listing = "<pre>$ ferryctl sync --harbour north\nsynced 14 sailings</pre>"
    text = ("<p>The sync command reads the harbour's sailings and writes them to the local store. "
            "Each run replaces the previous copy.</p>")
    body = (text + listing) * 3
    assert read_html(page(body=body), id="p").kind == "documentation"
    post = ld({"@type": "BlogPosting", "headline": "Syncing sailings"}) + meta("article:published_time", "2024-05-02")
    assert read_html(page(post, body=body), id="p").kind != "documentation"
    assert read_html(page(body=text * 3 + listing), id="p").kind != "documentation"     # one snippet


def test_many_prices_make_a_list_of_products_and_one_price_a_product():
    shelf = "".join(f"<li><a href='/p/kettle-{i}'>Kettle model {i}</a> ${30 + i}.99 <button>Add to cart</button></li>"
                    for i in range(24))
    one = "<p>This steel kettle boils a litre in three minutes and switches itself off.</p><p>$34.99</p>" \
          "<button>Add to cart</button>"
    assert read_html(page(body=f"<p>{STORY}</p><ul>{shelf}</ul>"), id="p").kind == "listing"
    assert read_html(page(body=f"<p>{STORY}</p>{one}"), id="p").kind == "product"


def test_no_signal_is_other():
    assert decide([], "Anything", STORY).kind == "other"


# --- the publication date ---------------------------------------------------------------------


def test_url_date_path():
    assert url_date("https://example.com/2016/10/12/story-slug") == "2016-10-12"
    assert url_date("https://example.com/2016/13/40/story") is None
    assert url_date("https://example.com/products/2016") is None


def test_url_beats_metadata_and_metadata_is_taken_as_written():
    tree = fromstring(page(meta("article:published_time", "2016-10-11T23:30:00-05:00")))
    assert publication_date(tree, "https://example.com/2016/10/12/story").day == "2016-10-12"
    assert publication_date(tree, None).day == "2016-10-11"


def test_date_by_the_headline_skips_the_update_date():
    top = "<h1>Council funds buses</h1><p>Last updated: June 3, 2025 · Published May 2, 2025</p>"
    assert shown_date(fromstring(page(top=top))) == "2025-05-02"
    only = "<h1>Council funds buses</h1><p>Updated <time datetime='2025-06-03'>June 3, 2025</time></p>"
    assert shown_date(fromstring(page(top=only))) == "2025-06-03"


def test_the_places_that_state_a_date_are_weighed_when_they_disagree():
    shown = "<h1>Council funds buses</h1><p>December 9, 2025</p>"
    schema = ld({"@type": "Article", "datePublished": "2025-08-22"})
    assert publication_date(fromstring(page(schema, top=shown)), None).day == "2025-12-09"
    tagged = meta("article:published_time", "2025-08-22T10:00:00Z")
    assert publication_date(fromstring(page(tagged, top=shown)), None).day == "2025-08-22"
    both = publication_date(fromstring(page(tagged + schema, top=shown)), None)
    assert (both.day, both.finder) == ("2025-08-22", "meta")


def test_a_date_line_well_before_the_metadata_is_the_first_publication():
    tagged = meta("article:published_time", "2025-08-22T10:00:00Z")
    earlier = "<h1>Council funds buses</h1><p>March 1, 2024</p>"
    assert publication_date(fromstring(page(tagged, top=earlier)), None).day == "2024-03-01"
    a_day = "<h1>Council funds buses</h1><p>August 21, 2025</p>"      # a time zone apart: the tag stands
    assert publication_date(fromstring(page(tagged, top=a_day)), None).day == "2025-08-22"


def test_a_date_labelled_as_the_original_publication_outweighs_the_update():
    top = "<h1>Council funds buses</h1><p>September 30, 2022</p>"
    note = "<p>This article was originally published on \n 26 Sep 2019 but has been updated.</p>"
    tagged = meta("article:published_time", "2022-09-30T10:00:00Z")
    assert publication_date(fromstring(page(tagged, top=top, body=note)), None).day == "2019-09-26"


@pytest.mark.parametrize(("head", "top", "day"), [
    ('<meta name="published" content="July 17, 2025">', "", "2025-07-17"),          # written out
    ("", "<h1>Council funds buses</h1><span>17.05.2021</span>", "2021-05-17"),       # day.month.year
    ("", "<h1>Council funds buses</h1><span>09.10.2024</span>", None),               # either order
    ("", "<h1>Council funds buses</h1><span>11.11.2024</span>", "2024-11-11"),       # a day equal to its month
    ("", "<h1>Council funds buses</h1><span>7/23/2024</span>", "2024-07-23"),        # month/day/year
    ("", "<h1>Council funds buses</h1><span>23/7/2024</span>", "2024-07-23"),        # day/month/year
    ("", "<h1>Council funds buses</h1><span>7/8/2024</span>", None),                 # US and Europe read it apart
    ("", '<aside><time datetime="2023-09-01T18:27:56Z">Sep 01, 2023</time></aside>', "2023-09-01"),
])
def test_dates_the_page_states_in_other_forms(head, top, day):
    assert publication_date(fromstring(page(head, top=top)), None).day == day


def test_the_date_in_the_sites_banner_is_no_date_line_of_the_article():
    banner = '<header role="banner"><a href="/">Example Gazette</a><p>Monday, March 9, 2026</p></header>'
    top = "<main><h1>Council funds buses</h1><p>By the city desk 02.02.2026</p></main>"
    assert shown_date(fromstring(page(top=banner + top))) == "2026-02-02"
    own = '<header role="banner"><h1>Council funds buses</h1><p>Monday, March 9, 2026</p></header>'
    assert shown_date(fromstring(page(top=own))) == "2026-03-09"      # the article's own header, marked as banner


def test_a_date_line_after_a_long_standfirst_is_still_the_date_line():
    standfirst = ("<p>Two routes will run through the night from the station to the hospital and the "
                  "industrial estate, after a year in which shift workers walked home in the dark. </p>") * 5
    top = f"<h1>Council funds buses</h1>{standfirst}<p>By Ann Lee, June 4, 2025</p>"
    assert len(standfirst) > 800
    assert shown_date(fromstring(page(top=top))) == "2025-06-04"


def test_a_date_the_body_talks_about_is_no_publication_date():
    body = f"<p>The bombings of December 10, 2015 were remembered. {STORY}</p>"
    art = read_html(page(body=body), id="p")
    assert art.published is None and art.date_source is None


def test_a_copyright_year_is_no_publication_day():
    foot = f"<p>{STORY}</p><p>Copyright 2023 Example Gazette</p>"
    assert read_html(page(body=foot), id="p").published is None


def test_a_web_page_without_a_date_gets_none_from_its_text_but_plain_text_is_read_against_its_sources_day():
    text = "Officials said on December 18 that the talks would resume tomorrow. " * 3
    html = page(top="<h1>Talks resume</h1>", body=f"<p>{text} {STORY}</p>")
    web = next(analyze([read_html(html, id="w")]))
    plain = next(analyze([next(iter_jsonl([json.dumps({"id": "t", "text": text})], "x"))]))
    assert web.article.published is None
    # the day the officials spoke is no publication date, but 'tomorrow' is the day after it
    assert plain.article.published is None and plain.article.date_source is None
    assert {t.value for t in plain.timexes if t.text == "tomorrow"} == {"XXXX-12-19"}
    assert "XXXX-12-19" not in {t.value for t in web.timexes if t.text == "tomorrow"}


# --- outlet, and a record's own kind -----------------------------------------------------------


def test_outlet_falls_back_to_the_host():
    assert read_html(page(), id="p", url="https://www.example-gazette.co.uk/a/b").outlet == "example-gazette.co.uk"
    named = page(meta("og:site_name", "The Example Gazette"))
    assert read_html(named, id="p", url="https://www.example.com/a").outlet == "The Example Gazette"


def test_jsonl_kind_is_honoured_only_when_known():
    rows = [json.dumps({"id": "a", "text": STORY, "kind": "howto"}), json.dumps({"id": "b", "text": STORY, "kind": "blog"}),
            json.dumps({"id": "c", "text": STORY})]
    assert [a.kind for a in iter_jsonl(rows, "x")] == ["howto", None, None]


# --- the author ---------------------------------------------------------------------------------


@pytest.mark.parametrize("raw, names", [
    ("Author Isaiah Shelton", "Isaiah Shelton"),
    ("Luke Kim December", "Luke Kim"),
    ("Keith Barry Senior Autos Reporter", "Keith Barry"),
    ("Paul Frew; Home Security Expert", "Paul Frew"),
    ("Tom May", "Tom May"),
    ("EcoCult Staff", "EcoCult Staff"),
    ("Written By", None),
    ("Updated January 4, 2025", None),
])
def test_a_byline_keeps_the_names_and_drops_labels_dates_and_roles(raw, names):
    assert clean_byline(raw) == names


def test_every_person_the_page_names_as_author_beats_the_publisher_and_the_byline():
    people = ld({"@type": "NewsArticle", "author": [{"@type": "Person", "name": "Ann Lee"},
                                                    {"@type": "Person", "name": "Bo Chen"}]})
    assert page_author(fromstring(page(people)), "Ann Lee Staff Writer") == "Ann Lee, Bo Chen"
    firm = ld({"@type": "Article", "author": {"@type": "Organization", "name": "Example Clinic"}})
    assert page_author(fromstring(page(firm)), "By Ann Lee") == "Ann Lee"
    assert page_author(fromstring(page(firm)), None) == "Example Clinic"


def test_an_article_without_an_h1_has_its_date_line_by_the_heading_that_states_its_title():
    title = "<title>Night buses for shift workers | Example Gazette</title>"
    article = title + meta("og:type", "article")
    drawer = "<div><h2>Your basket is empty</h2><p>Offer ends 14 March 2026</p></div>" + "<p>Menu</p>" * 80
    top = drawer + "<p>Transport | 3 February 2026</p><h2>Night buses for the shift workers</h2>"
    assert shown_date(fromstring(page(article, top=top))) == "2026-02-03"
    untitled = drawer + "<p>Transport | 3 February 2026</p><h2>Read our other stories</h2>"
    assert shown_date(fromstring(page(article, top=untitled))) is None
    assert shown_date(fromstring(page(title, top=top))) is None        # no article declared: a forum's heading


HISTORY = ("In the legend a goat herder noticed that his goats were full of energy after they ate the berries of "
           "a certain tree. By the 15th century coffee was grown in Yemen, and in 1773 American colonists "
           "protested British taxes by dumping tea into the harbor. The drink reached Europe in the 17th century "
           "and by 1700 coffee houses had opened in London. ")


def test_history_narrated_is_not_news():
    """Issue 13 (noevent25): a page that narrates the distant past (years before 1900, centuries: a
    blog's 'History of Coffee') tells history, not news, however much past-tense narration it has."""
    head = meta("og:type", "article") + meta("article:published_time", "2024-05-02T10:00:00+02:00")
    page_ = read_html(page(head, body=f"<p>{HISTORY}</p><p>{HISTORY}</p>"), id="h", url="https://example.com/blog/coffee")
    assert page_.kind == "article" and "distant past" in (page_.kind_reason or "")
