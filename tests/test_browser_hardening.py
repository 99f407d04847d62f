"""Hardening journeys in a real browser (issues #5, #14): Stop and a closed tab free the model within a few steps,
switching tabs mid-stream loses nothing, a full queue and the rate limit answer with a message.

Counted in decoding steps (``engine.last_interrupt.steps``) from the click or the close, not in seconds:
a busy machine must not fail a correct build. Same Chromium and fixtures as tests/test_browser.py.
"""

from __future__ import annotations

from dataclasses import replace

from gradio_client import Client
from gradio_client.utils import Status

from playground.core.limits import Limits
from playground.core.messages import Messages
from playground.features.ratelimit import RateLimit, RateLimiter
from tests.conftest import (
    ARTIFACTS,
    CHROMIUM,
    STEPS_AFTER_STOP,
    WAIT_MS,
    needs_chromium,
    wait_until_idle,
)
from tests.conftest import CHROMIUM_ARGS as ARGS
from tests.test_browser import pick_variants, visible_panes
from tests.test_hardening import LONG, QUEUE_SLOTS, RUNNING, launched, wait_for

LIMITS = Limits()  # the limits every test engine runs with (its defaults)

pytestmark = needs_chromium

DONE = "() => document.querySelector('#compare-status')?.innerText.includes('Done')"


def set_max_new_tokens(page, value: int) -> None:
    box = page.locator("input[aria-label='number input for Max new tokens']")  # the slider's number box
    box.fill(str(value))
    box.press("Enter")


def start_long_generation(page, engine, variants: list[str]) -> None:
    page.locator("#prompt textarea").fill(LONG)
    pick_variants(page, variants)
    set_max_new_tokens(page, LIMITS.max_new_tokens)
    before = engine.last_interrupt
    page.locator("#generate").click()
    assert wait_for(lambda: engine.active and engine.last_interrupt is not before)
    panes = visible_panes(page)
    assert wait_for(lambda: all(panes.nth(i).input_value() for i in range(len(variants))))  # streaming


def test_stop_frees_the_model_within_a_few_steps_and_the_next_run_works(page, engine):
    start_long_generation(page, engine, ["base", "alpha"])
    interrupt = engine.last_interrupt
    clicked_at_step = interrupt.steps
    page.locator("#stop").click()
    assert wait_until_idle(engine)
    assert interrupt.reason == "stopped" and interrupt.steps - clicked_at_step <= STEPS_AFTER_STOP
    page.locator("#prompt textarea").fill("Name one colour.")
    set_max_new_tokens(page, 8)
    page.locator("#generate").click()
    page.wait_for_function(DONE, timeout=WAIT_MS)
    assert engine.last_interrupt is not interrupt and visible_panes(page).nth(0).input_value()


def test_closing_the_tab_stops_the_generation_within_a_few_steps(client, engine):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        tab = browser.new_page(viewport={"width": 1400, "height": 1100})
        tab.goto(client.src)
        tab.wait_for_selector("#generate")
        start_long_generation(tab, engine, ["base", "beta"])
        interrupt = engine.last_interrupt
        closed_at_step = interrupt.steps
        tab.close()
        try:
            assert wait_until_idle(engine, LIMITS.generation_timeout_s + 30)
            assert interrupt.reason == "stopped", interrupt.reason  # cancelled by the disconnect, not a cap
            assert interrupt.steps - closed_at_step <= STEPS_AFTER_STOP, (closed_at_step, interrupt.steps)
            print(f"steps decoded after the tab closed: {interrupt.steps - closed_at_step}")
        finally:
            browser.close()


def test_switching_tabs_mid_stream_and_back_keeps_streaming(page, engine):
    page.locator("#prompt textarea").fill("List five animals that live in the sea, one per line.")
    pick_variants(page, ["base", "gamma"])
    set_max_new_tokens(page, 16)
    page.locator("#generate").click()
    panes = visible_panes(page)
    assert wait_for(lambda: panes.nth(0).input_value())
    page.get_by_role("tab", name="Adapters").click()
    page.get_by_text("pickle-format weights are refused").first.wait_for()
    page.get_by_role("tab", name="Compare").click()
    page.wait_for_function(DONE, timeout=WAIT_MS)
    final = [panes.nth(i).input_value() for i in range(2)]
    assert all(final) and final[0] != final[1]
    assert wait_until_idle(engine)


def test_rate_limited_generate_shows_when_to_retry(page, engine, monkeypatch, session_app):
    monkeypatch.setattr(session_app, "rate", RateLimiter(RateLimit(per_minute=1)))
    page.locator("#prompt textarea").fill("Name one colour.")
    pick_variants(page, ["base"])
    set_max_new_tokens(page, 4)
    page.locator("#generate").click()
    page.wait_for_function(DONE, timeout=WAIT_MS)
    before = engine.last_interrupt
    page.locator("#generate").click()
    refusal = Messages.RATE_LIMITED.split(" Try again")[0].format(limit=1)
    page.get_by_text(refusal).first.wait_for(timeout=WAIT_MS)
    assert page.get_by_text("Try again in").count() and page.get_by_text("Traceback").count() == 0
    assert engine.last_interrupt is before


def test_a_full_queue_shows_busy_in_the_browser(engine, tmp_path, monkeypatch):
    from playwright.sync_api import sync_playwright

    monkeypatch.setattr(engine, "limits", replace(engine.limits, concurrency=QUEUE_SLOTS))
    with launched(engine, tmp_path, max_queue=1) as url:
        fillers = [Client(url, verbose=False) for _ in range(QUEUE_SLOTS + 1)]
        long = {"max_new_tokens": LIMITS.max_new_tokens, "api_name": "/compare"}
        running = []
        try:
            for i, c in enumerate(fillers[:-1]):  # one at a time: two joining at once could overflow the queue
                running.append(c.submit(f"{LONG} ({i})", ["base"], **long))
                assert wait_for(lambda: running[-1].status().code in RUNNING)
            assert wait_for(lambda: all(job.status().code in RUNNING for job in running))
            waiting = fillers[-1].submit(LONG, ["alpha"], **long)
            running.append(waiting)
            assert wait_for(lambda: waiting.status().code == Status.IN_QUEUE)
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
                tab = browser.new_page(viewport={"width": 1400, "height": 1100})
                tab.goto(url)
                tab.locator("#prompt textarea").fill("Name one colour.")
                tab.locator("#generate").click()
                tab.get_by_text("This application is currently busy. Please try again.").first.wait_for(timeout=WAIT_MS)
                browser.close()
        finally:
            for job in reversed(running):
                job.cancel()
        assert wait_until_idle(engine)


def test_markup_in_a_share_link_shows_as_text_and_loads_nothing(browser_page, client):
    """A link whose field value is HTML auto-runs, the field check quotes the value, and the toast must show
    it as typed: no link, no password form, no request to another host (127.0.0.2 stands for one)."""
    from urllib.parse import urlencode, urlparse

    payload = ('<a id="phish" href="http://127.0.0.2/login">claim your prize</a>'
               '<img id="beacon" src="http://127.0.0.2/track.png"><form><input type="password" name="pw"></form>')
    hosts = set()
    browser_page.on("request", lambda request: hosts.add(urlparse(request.url).hostname))
    query = urlencode({"task": "marketing_copy", "field.prompt": "Trail shoes", "field.platform": "instagram",
                       "field.tone": "casual", "field.industry": "fitness", "field.max_length": payload,
                       "variants": "base", "run": "1"})
    browser_page.goto(f"{client.src}?{query}")
    browser_page.get_by_text("must be a whole number of words").first.wait_for(timeout=WAIT_MS)
    browser_page.get_by_text('<img id="beacon"', exact=False).first.wait_for(timeout=WAIT_MS)  # shown as text
    assert browser_page.locator("#phish, #beacon, input[type=password]").count() == 0
    assert hosts == {urlparse(client.src).hostname}, hosts
    ARTIFACTS.mkdir(exist_ok=True)
    browser_page.screenshot(path=str(ARTIFACTS / "share-link-markup.png"))
