"""The inbox in the web UI, in headless Chromium: the unread count in the navigation, the alerts with
their evidence and a link to it, marking one read with the operator's token, a watchlist made from
the page."""
from __future__ import annotations

import time

import pytest

from newsledger.ledger import Ledger
from newsledger.watch import api
from newsledger.watch.state import Outcome, WatchState

from . import test_serve_ui as ui
from .live_server import live_server
from .test_serve_ui import EC, By, WebDriverWait, screenshot, severe_console_errors, wait
from .watch_ledger import kharkiv_shelled, lukashenko_rules_out_troops

TOKEN = "inbox-token"
browser = ui.browser            # the UI tests' Chromium, a fixture of this module too


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    db = tmp_path_factory.mktemp("inbox") / "ledger.db"
    with Ledger(db) as ledger:
        api.add_watchlist(ledger, "entity", "Lukashenka")
        for analysis in (lukashenko_rules_out_troops(), kharkiv_shelled()):
            ledger.store.write(analysis, "test")
        api.alerts(ledger)
        state = WatchState(ledger.conn)
        source = state.register("feed", "https://example.org/feed.xml", 300, None, time.time() - 60)
        state.record_poll(source, Outcome("200", new=2), time.time() - 30)
    with live_server(db, TOKEN) as url:
        yield url


def test_inbox_shows_unread_alerts_and_marks_them_read(base_url, browser):
    browser.get(base_url + "/#/inbox")
    WebDriverWait(browser, 10).until(EC.text_to_be_present_in_element((By.ID, "inbox-count"), "2"))
    alerts = wait(browser, "#alerts li.alert.unread", 2)
    assert "Alexander Lukashenko" in alerts[1].text and "Baltic Wire" in alerts[1].text
    assert alerts[1].find_element(By.CSS_SELECTOR, ".alert-evidence").text == "Alexander Lukashenko"
    assert "example.org/feed.xml" in wait(browser, "main .source-where")[0].text
    screenshot(browser, "inbox")
    wait(browser, "input[name=token]")[0].send_keys(TOKEN, "\n")
    wait(browser, "#alerts li.alert.unread button")[0].click()
    WebDriverWait(browser, 10).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#alerts li.alert.unread")) == 1)
    WebDriverWait(browser, 10).until(EC.text_to_be_present_in_element((By.ID, "inbox-count"), "1"))
    wait(browser, "#alerts li.alert a[href*='#/article/']")[0].click()
    wait(browser, "#article-text .hl-stmt.focus")                        # the evidence, in focus
    assert severe_console_errors(browser) == []


def test_a_watchlist_made_from_the_page(base_url, browser):
    browser.get(base_url + "/#/inbox")
    browser.execute_script(f"sessionStorage.setItem('newsledger-token', '{TOKEN}')")
    browser.refresh()
    form = wait(browser, "#watchlist-form")[0]
    form.find_element(By.NAME, "value").send_keys("Serhiy Naev")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    WebDriverWait(browser, 10).until(EC.text_to_be_present_in_element((By.ID, "watchlists"), "entity: Serhiy Naev"))
    browser.execute_script("sessionStorage.clear()")
