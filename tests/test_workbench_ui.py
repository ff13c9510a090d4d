"""The analyst's workbench (issue 17), point by point, in headless Chromium on a ledger of the
samples plus a few hundred built articles (tests/workbench_ledger.py), served with a write token.
Each test is named after the point it checks; screenshots go to the screenshots folder of
test_serve_ui (a temporary folder unless $NEWSLEDGER_SCREENSHOTS says where)."""
from __future__ import annotations

import json
import time

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.support.ui import Select

from tests import test_serve_ui as ui
from tests.live_server import live_server
from tests.workbench_ledger import PEOPLE

browser = ui.browser            # the UI tests' Chromium, a fixture of this module too
By, wait, WebDriverWait = ui.By, ui.wait, ui.WebDriverWait
TOKEN = "workbench-token"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from tests.workbench_ledger import build
    path = tmp_path_factory.mktemp("workbench") / "ledger.db"
    build(path, ui.ROOT / "samples" / "corpus")
    return path


@pytest.fixture(scope="module")
def base_url(db):
    with live_server(db, TOKEN) as url:
        yield url


def fetch(browser, url: str) -> dict:
    """URL fetched from the page: status, content type and body text."""
    return browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "fetch(arguments[0]).then(async r => done({status: r.status, type: r.headers.get('content-type'),"
        " body: await r.text()})).catch(e => done({status: 0, type: '', body: String(e)}));", url)


def api(browser, path: str) -> dict:
    return json.loads(fetch(browser, path)["body"])


def use_token(browser, base_url: str) -> None:
    browser.get(base_url + "/#/forecasts")
    wait(browser, "input[name=token]")[0].send_keys(TOKEN, ui.Keys.ENTER)
    WebDriverWait(browser, 10).until(lambda d: d.execute_script("return sessionStorage.getItem('newsledger-token')"))


def entity_id(browser, name: str) -> int:
    return api(browser, f"/api/entities?q={name}&limit=1")["items"][0]["id"]


def text_of(browser, css: str) -> str:
    """The text of every element matching CSS, read in the page (no element can go stale)."""
    return browser.execute_script("return [...document.querySelectorAll(arguments[0])].map(e => e.innerText).join(' ')", css)


def test_1_every_list_downloads_csv_and_json_with_its_filters(base_url, browser):
    import csv
    import io
    browser.get(base_url + "/#/statements?certainty=believed")
    total = int(wait(browser, "#statement-total")[0].text.split()[0].replace(",", ""))
    href = wait(browser, "#statement-list a.dl-csv")[0].get_attribute("href")
    assert "certainty=believed" in href and "format=csv" in href
    got = fetch(browser, href)
    rows = list(csv.DictReader(io.StringIO(got["body"])))
    assert got["type"].startswith("text/csv") and len(rows) == total > 50       # the whole list, not one page
    assert {r["certainty"] for r in rows} == {"believed"}
    as_json = json.loads(fetch(browser, browser.find_element(By.CSS_SELECTOR, "#statement-list a.dl-json").get_attribute("href"))["body"])
    assert [str(x["id"]) for x in as_json] == [r["id"] for r in rows]
    for route, link in (("timeline?status=denied", "a.dl-csv"), ("articles", "a.dl-csv"), ("forecasts", "a.dl-csv"),
                        ("map", "a.dl-csv"), ("graph", "a.dl-graphml")):
        browser.get(f"{base_url}/#/{route}")
        got = fetch(browser, wait(browser, link)[0].get_attribute("href"))
        assert got["status"] == 200 and len(got["body"]) > 300, route
    ui.screenshot(browser, "wb-1-downloads")


def test_2_identities_are_fixed_where_they_are_seen_and_undone(base_url, browser):
    use_token(browser, base_url)
    keep, drop = entity_id(browser, PEOPLE[8]), entity_id(browser, PEOPLE[9])
    said_before = api(browser, f"/api/entities/{drop}")["statements_by"]["total"]
    browser.get(f"{base_url}/#/entity/{keep}")
    tools = wait(browser, "#identity-tools input[name=other]")[0]
    tools.send_keys(PEOPLE[9])
    browser.find_element(By.CSS_SELECTOR, "#identity-tools input[name=note]").send_keys("the same analyst")
    browser.find_element(By.CSS_SELECTOR, "[data-action=merge]").click()
    WebDriverWait(browser, 10).until(lambda d: PEOPLE[9] in text_of(d, ".aliases .chip"))
    assert "the same analyst" in wait(browser, "#identity-edits li")[0].text
    assert fetch(browser, f"/api/entities/{drop}")["status"] == 404
    ui.screenshot(browser, "wb-2-merged")
    wait(browser, "#identity-edits li button")[0].click()                        # Undo
    WebDriverWait(browser, 10).until(lambda d: PEOPLE[9] not in text_of(d, ".aliases .chip"))
    assert api(browser, f"/api/entities/{drop}")["statements_by"]["total"] == said_before
    rename = wait(browser, "#identity-tools input[name=name]")[0]
    rename.clear()
    rename.send_keys("T. Lysenko (analyst)")
    browser.find_element(By.CSS_SELECTOR, "[data-action=rename]").click()
    WebDriverWait(browser, 10).until(lambda d: "T. Lysenko (analyst)" in text_of(d, ".dossier h1"))
    other = wait(browser, "#identity-tools input[name=other]")[0]
    other.send_keys(str(drop))
    browser.find_element(By.CSS_SELECTOR, "[data-action=different]").click()
    WebDriverWait(browser, 10).until(lambda d: "judged not the same" in text_of(d, "#identity-edits li"))
    judged = api(browser, f"/api/entities/{keep}/edits")
    assert [e["action"] for e in judged][:2] == ["different", "rename"] and judged[2]["undone_at"]
    ui.screenshot(browser, "wb-2-identity-edits")


def test_3_dates_read_as_people_write_them_and_the_timeline_holds(base_url, browser):
    browser.get(base_url + "/#/article/wb-0005")
    wait(browser, "#article-text")
    assert "a Sunday" in text_of(browser, ".side-item") and "XXXX" not in browser.find_element(By.ID, "main").text
    browser.get(base_url + "/#/timeline")
    svg = wait(browser, "#timeline svg[data-from]")[0]
    assert svg.get_attribute("data-from") >= "2022"                           # the 1961 event does not stretch it
    assert "off the axis" in browser.find_element(By.CSS_SELECTOR, "#timeline .tl-off").text
    undated = wait(browser, "details#undated")[0]
    assert undated.get_attribute("open") is None
    assert browser.execute_script("return document.documentElement.scrollHeight") < 12000
    assert "XXXX" not in browser.find_element(By.ID, "main").text
    bars = wait(browser, "g[data-month]", 5)
    first, third = bars[0].get_attribute("data-month"), bars[3].get_attribute("data-month")
    ActionChains(browser).move_to_element(bars[0]).click_and_hold().move_to_element(bars[3]).release().perform()
    WebDriverWait(browser, 10).until(ui.EC.url_contains(f"from={first}"))
    assert f"to={third}" in browser.current_url
    assert wait(browser, "input[name=from]")[0].get_attribute("value") == first
    ui.screenshot(browser, "wb-3-timeline")


def test_4_map_lists_events_of_a_place_and_keeps_zoom_and_choice_in_the_address(base_url, browser):
    browser.get(base_url + "/#/map")
    wait(browser, "#map svg circle.map-point")
    next(a for a in wait(browser, "main .list a") if a.text == "Kyiv").click()
    wait(browser, "#place-detail .event")
    detail = browser.find_element(By.ID, "place-detail").text
    assert "[object" not in detail and "null" not in detail
    WebDriverWait(browser, 10).until(ui.EC.url_contains("sel="))
    browser.find_element(By.CSS_SELECTOR, "[aria-label='Zoom in']").click()
    WebDriverWait(browser, 10).until(ui.EC.url_contains("view="))
    view = browser.current_url.split("view=")[1].split("&")[0].replace("%2C", ",")
    browser.get(browser.current_url)
    browser.refresh()
    assert wait(browser, "#map svg[data-view]")[0].get_attribute("data-view") == view
    assert "Kyiv" in wait(browser, "#place-detail h3")[0].text
    ui.screenshot(browser, "wb-4-map")


def test_5_graph_shows_what_it_leaves_out_zooms_and_keeps_its_layout(base_url, browser):
    browser.get(base_url + "/#/graph?limit=100")
    count = wait(browser, "#graph-count")[0].text
    shown, total = count.split()[1], int(count.split()[3].replace(",", ""))
    assert shown == "100" and total > 100
    positions = [n.get_attribute("transform") for n in wait(browser, "#graph .graph-node")]
    browser.refresh()
    assert [n.get_attribute("transform") for n in wait(browser, "#graph .graph-node", len(positions))] == positions
    svg = browser.find_element(By.CSS_SELECTOR, "#graph svg")
    before = svg.get_dom_attribute("viewBox")
    browser.find_element(By.CSS_SELECTOR, "[data-zoom=in]").click()
    assert before and svg.get_dom_attribute("viewBox") != before
    Select(browser.find_element(By.CSS_SELECTOR, "select[name=limit]")).select_by_value("300")
    WebDriverWait(browser, 10).until(lambda d: text_of(d, "#graph-count").startswith(("showing 300", f"showing {total}")))
    hub = entity_id(browser, "Olena Kovalenko")
    browser.get(f"{base_url}/#/graph?entity={hub}")
    wait(browser, "#graph .graph-node")
    assert "Olena Kovalenko" in browser.find_element(By.TAG_NAME, "h1").text
    edges = [e.get_attribute("textContent") for e in browser.find_elements(By.CSS_SELECTOR, "#graph .graph-edge title")]
    assert any(e.startswith("Olena Kovalenko →") for e in edges) and any("→ Olena Kovalenko" in e for e in edges)
    assert fetch(browser, browser.find_element(By.CSS_SELECTOR, "a.dl-gexf").get_attribute("href"))["body"].startswith("<?xml")
    ui.screenshot(browser, "wb-5-graph")


def test_6_lists_page_sort_switch_to_a_table_and_facet_with_counts(base_url, browser):
    browser.get(base_url + "/#/statements")
    facets = {f.get_attribute("data-facet") for f in wait(browser, "#facets .facet", 4)}
    assert {"speaker", "outlet", "certainty", "kind", "month"} <= facets
    entry = wait(browser, "[data-facet=outlet] li")[0]
    n = int(entry.find_element(By.CSS_SELECTOR, ".muted").text.replace(",", ""))
    entry.find_element(By.TAG_NAME, "a").click()
    WebDriverWait(browser, 10).until(ui.EC.url_contains("outlet="))
    WebDriverWait(browser, 10).until(lambda d: text_of(d, "#statement-total").startswith(f"{n:,} found"))
    assert wait(browser, ".pager")
    Select(browser.find_element(By.CSS_SELECTOR, "select[name=sort]")).select_by_value("oldest")
    WebDriverWait(browser, 10).until(ui.EC.url_contains("sort=oldest"))
    wait(browser, "a.view-toggle")[0].click()
    rows = wait(browser, "#statement-table tbody tr", 10)
    assert "outlet=" in browser.current_url and "view=table" in browser.current_url
    dates = [r.find_elements(By.TAG_NAME, "td")[0].text for r in rows]
    assert dates[0].endswith(("2022", "2023")) and dates[-1][-4:] >= dates[0][-4:]
    ui.screenshot(browser, "wb-6-statements-table")
    browser.get(base_url + "/#/timeline")
    entry = wait(browser, "[data-facet=status] li")[0]
    n = int(entry.find_element(By.CSS_SELECTOR, ".muted").text.replace(",", ""))
    entry.find_element(By.TAG_NAME, "a").click()
    WebDriverWait(browser, 10).until(ui.EC.url_contains("status="))
    WebDriverWait(browser, 10).until(lambda d: text_of(d, ".page-head p").startswith(f"{n:,} event"))
    Select(wait(browser, "select[name=sort]")[0]).select_by_value("newest")
    WebDriverWait(browser, 10).until(ui.EC.url_contains("sort=newest"))
    browser.get(base_url + "/#/forecasts")
    wait(browser, "#scoreboard th a")
    height = browser.execute_script("return document.documentElement.scrollHeight")
    assert height < 9000
    browser.find_element(By.XPATH, "//table[@id='scoreboard']//a[starts-with(., 'Made')]").click()
    WebDriverWait(browser, 10).until(ui.EC.url_contains("by=made"))
    made = [int(r.find_elements(By.TAG_NAME, "td")[1].text) for r in wait(browser, "#scoreboard tbody tr")]
    assert made == sorted(made, reverse=True)


def test_7_forecast_review_queue_with_one_click_verdicts(base_url, browser):
    use_token(browser, base_url)
    browser.get(base_url + "/#/review")
    due = int(wait(browser, "#due-total")[0].text.split()[0])
    item = next(i for i in wait(browser, ".review-item") if i.find_elements(By.CSS_SELECTOR, "button.confirm"))
    fid = item.get_attribute("data-id")
    speaker = item.find_element(By.CSS_SELECTOR, ".row b").text
    ui.screenshot(browser, "wb-7-review")
    item.find_element(By.CSS_SELECTOR, "button.confirm").click()
    WebDriverWait(browser, 10).until(lambda d: text_of(d, "#due-total").startswith(f"{due - 1} "))
    assert fid not in [i.get_attribute("data-id") for i in browser.find_elements(By.CSS_SELECTOR, ".review-item")]
    assert api(browser, f"/api/forecasts/{fid}")["verdict"] == "came_true"
    browser.get(base_url + "/#/forecasts")
    row = next(r for r in wait(browser, "#scoreboard tbody tr") if r.text.startswith(speaker))
    assert "% of " in row.text and " on " in row.text                        # hit rate and Brier, with what they rest on


def test_8_search_syntax_names_and_limits(base_url, browser):
    def search(q: str) -> None:
        box = wait(browser, "#search")[0]
        box.clear()
        box.send_keys(q, ui.Keys.ENTER)

    browser.get(base_url + "/#/")
    search("CIA")
    WebDriverWait(browser, 10).until(lambda d: "CIA" in text_of(d, "#entity-results"))
    assert "Associated Press" not in text_of(browser, "#entity-results")
    search("It")
    WebDriverWait(browser, 10).until(lambda d: "“It”" in text_of(d, "h1"))
    assert "Italy" not in text_of(browser, "#entity-results") and "0 entities" in text_of(browser, ".page-head")
    search("Лукашенко")
    WebDriverWait(browser, 10).until(lambda d: "Alexander Lukashenko" in text_of(d, "#entity-results"))
    search('"will hold talks" OR')
    help_ = wait(browser, ".search-help")[0].text
    assert "OR needs a term after it" in help_ and "exact phrase" in help_ and "loc" not in help_
    search("talks " * 45)
    assert "characters" in wait(browser, ".search-help")[0].text
    search('"will hold talks"')
    marks = wait(browser, ".statement blockquote mark")
    assert {m.text.lower() for m in marks} >= {"will", "hold", "talks"}
    ui.screenshot(browser, "wb-8-search")


def test_9_cards_show_the_words_that_name_the_speaker_and_the_article_has_a_legend(base_url, browser):
    browser.get(base_url + "/#/statements?q=added")
    browser.get(base_url + "/#/statements")
    said = wait(browser, ".statement .said-as")
    assert any(s.text == "as “He”" for s in said)
    browser.get(base_url + "/#/article/wb-0003")
    legend = wait(browser, "#article-legend")[0].text
    for word in ("what was said", "its cue", "an event", "a date", "entity"):
        assert word in legend
    ui.screenshot(browser, "wb-9-article")


def test_10_titles_scroll_search_box_counts_and_typed_docs(base_url, browser):
    browser.get_log("browser")           # what earlier tests asked for on purpose (a 404, a refused search) is gone
    browser.get(base_url + "/#/")
    home = int(wait(browser, ".stat[data-kind=statements] b")[0].text.replace(",", ""))
    browser.get(base_url + "/#/statements")
    assert int(wait(browser, "#statement-total")[0].text.split()[0].replace(",", "")) == home
    WebDriverWait(browser, 10).until(lambda d: d.title == "Statements — newsledger")
    browser.get(base_url + "/#/map")
    WebDriverWait(browser, 10).until(lambda d: d.title == "Map of events — newsledger")
    browser.get(base_url + "/#/search/Kyiv")
    wait(browser, "#entity-results")
    browser.get(base_url + "/#/timeline")
    wait(browser, "#timeline svg")
    assert wait(browser, "#search")[0].get_attribute("value") == ""
    browser.get(base_url + "/#/statements")
    wait(browser, "#statement-list .statement", 20)
    browser.execute_script("window.scrollTo(0, 1500)")
    time.sleep(0.4)
    link = browser.find_elements(By.CSS_SELECTOR, "#statement-list .statement .meta a[href^='#/article/']")[12]
    browser.execute_script("arguments[0].click()", link)
    wait(browser, "#article-text")
    browser.back()
    wait(browser, "#statement-list .statement", 20)
    WebDriverWait(browser, 5).until(lambda d: abs(d.execute_script("return window.scrollY") - 1500) < 60)
    browser.get(base_url + "/docs")
    routes = wait(browser, "section.route", 25)
    assert any("/api/statements" in r.get_attribute("textContent") and "StatementHit" in r.get_attribute("textContent")
               for r in routes)
    assert "[object" not in browser.find_element(By.TAG_NAME, "main").text
    untyped = browser.execute_async_script("""
      const done = arguments[arguments.length - 1];
      const typed = s => !!s && (!!s.$ref || (s.type === 'array' && typed(s.items)) || (s.anyOf || []).length > 0 && s.anyOf.every(typed)
        || (s.type === 'object' && (!!s.properties || typeof s.additionalProperties === 'object'))
        || ['string', 'integer', 'number', 'boolean'].includes(s.type));
      fetch('/openapi.json').then(r => r.json()).then(spec => done(Object.entries(spec.paths).flatMap(([p, ops]) =>
        Object.entries(ops).filter(([, op]) => {
          const c = ((op.responses['200'] || {}).content || {})['application/json'];
          return !c || !typed(c.schema);
        }).map(([m]) => m + ' ' + p))));""")
    assert untyped == []
    ui.screenshot(browser, "wb-10-docs")
    assert ui.severe_console_errors(browser) == []
