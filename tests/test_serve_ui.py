"""The web UI end to end in headless Chromium: a ledger built from samples/corpus, served by
uvicorn on a free local port; an analyst searches for a spelling variant, opens the dossier and
sees statements, the timeline and the map; screenshots go to a temporary folder for people to look at."""
from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# screenshots for people to look at, outside the checkout ($NEWSLEDGER_SCREENSHOTS to choose where)
ARTIFACTS = Path(os.environ.get("NEWSLEDGER_SCREENSHOTS") or Path(tempfile.gettempdir()) / "newsledger-screenshots")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
if not (CHROMIUM and CHROMEDRIVER):
    pytest.skip("Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)",
                allow_module_level=True)

from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

from .live_server import live_server  # noqa: E402

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--window-size=1280,900"]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    """The UI over a ledger of the sample corpus, on 127.0.0.1 at a free port, in a thread."""
    from newsledger.ledger import Ledger
    db = tmp_path_factory.mktemp("ui") / "ledger.db"
    with Ledger(db) as ledger:
        assert ledger.ingest([ROOT / "samples" / "corpus"]).stored >= 2
    with live_server(db) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    profile = tempfile.mkdtemp(prefix="newsledger-chromium-")
    for flag in FLAGS + [f"--user-data-dir={profile}"]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=webdriver.ChromeService(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    ARTIFACTS.mkdir(exist_ok=True)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def wait(driver, css: str, n: int = 1, timeout: float = 15):
    """The elements matching CSS once at least N of them are there."""
    WebDriverWait(driver, timeout).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, css)) >= n)
    return driver.find_elements(By.CSS_SELECTOR, css)


def click(driver, element) -> None:
    """Clicks ELEMENT once it is in the middle of the window: scrolled only into view it may sit
    under the sticky navigation bar, which then takes the click."""
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()


def screenshot(driver, name: str) -> None:
    """A full-page screenshot (the window grown to the page's height) into ARTIFACTS."""
    width = driver.get_window_size()["width"]
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(width, min(max(height + 120, 900), 4000))
    time.sleep(0.2)
    driver.save_screenshot(str(ARTIFACTS / f"ui-{name}.png"))
    driver.set_window_size(width, 900)


def severe_console_errors(driver) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def test_search_a_spelling_variant_and_open_the_dossier(base_url, browser):
    browser.get(base_url + "/")
    wait(browser, ".stat")
    browser.find_element(By.TAG_NAME, "body").send_keys("/")              # "/" focuses the search box
    box = browser.switch_to.active_element
    assert box.get_attribute("id") == "search"
    box.send_keys("Lukashenka")
    wait(browser, "#suggest li")
    box.send_keys(Keys.ENTER)                                              # Enter: search everything
    WebDriverWait(browser, 10).until(EC.url_contains("#/search/Lukashenka"))
    link = next(a for a in wait(browser, "#entity-results a") if a.text == "Alexander Lukashenko")
    screenshot(browser, "search")
    click(browser, link)

    WebDriverWait(browser, 10).until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, ".dossier h1"), "Lukashenko"))
    statements = wait(browser, ".dossier .statement")
    assert any("Lukashenk" in s.text for s in statements)
    spellings = [c.text for c in browser.find_elements(By.CSS_SELECTOR, ".aliases .chip")]
    assert any(s.startswith("Lukashenka") for s in spellings) and any(s.startswith("Lukashenko") for s in spellings)
    assert wait(browser, "#timeline svg .tl-mark")                       # the timeline has dated marks
    assert len(wait(browser, "#map svg path.map-land", 100)) >= 100       # the bundled world map
    assert wait(browser, "#map svg circle.map-point")                    # and places on it
    screenshot(browser, "dossier")
    assert severe_console_errors(browser) == []


def test_suggestions_open_an_entity_with_the_keyboard(base_url, browser):
    browser.get(base_url + "/#/")
    box = wait(browser, "#search")[0]
    box.clear()
    box.send_keys("Lukashenko")
    WebDriverWait(browser, 10).until(EC.text_to_be_present_in_element((By.ID, "suggest"), "Alexander Lukashenko"))
    box.send_keys(Keys.ARROW_DOWN, Keys.ENTER)
    WebDriverWait(browser, 10).until(EC.url_matches(r"#/entity/\d+$"))
    wait(browser, ".dossier h1")


def test_article_view_highlights_what_was_found(base_url, browser):
    browser.get(base_url + "/#/search/Lukashenka")
    click(browser, wait(browser, ".statement a[href^='#/article/']")[0])
    wait(browser, "#article-text .hl-stmt")
    assert wait(browser, "#article-text a.hl-ent")
    focused = wait(browser, "#article-text .hl-stmt.focus")            # the statement we came from is marked
    assert focused[0].text
    screenshot(browser, "article")


def test_graph_timeline_map_and_forecasts_pages_render(base_url, browser):
    for route, css in (("graph", "#graph svg .graph-node"), ("timeline", "#timeline svg .tl-mark"),
                       ("map", "#map svg circle.map-point"), ("forecasts", "main h1")):
        browser.get(f"{base_url}/#/{route}")
        assert wait(browser, css), route
        screenshot(browser, route)
    assert severe_console_errors(browser) == []


def test_narrow_window_does_not_break_the_layout(base_url, browser):
    browser.set_window_size(800, 900)
    try:
        browser.get(base_url + "/#/search/Lukashenka")
        click(browser, wait(browser, "#entity-results a")[0])
        wait(browser, "#map svg circle.map-point")
        overflow = browser.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1
        screenshot(browser, "dossier-800")
    finally:
        browser.set_window_size(1280, 900)


def test_verdict_buttons_report_that_writes_are_off(base_url, browser):
    """The server runs without a token: the UI offers the buttons but shows the server's refusal."""
    browser.get(base_url + "/#/forecasts")
    wait(browser, "input[name=token]")[0].send_keys("any-token", Keys.ENTER)
    assert "any-token" not in browser.current_url                     # the token never lands in a URL
    click(browser, wait(browser, ".verdict-tools button")[1])
    WebDriverWait(browser, 10).until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, ".verdict-tools .error"),
                                                                      "writes are disabled"))
    browser.execute_script("sessionStorage.clear()")
