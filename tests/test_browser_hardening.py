"""Hardening journeys in a real browser (issue #5): Stop and a closed tab free the model within 2 s,
switching tabs mid-stream loses nothing, a full queue and the rate limit answer with a message.

Counted from the stopping criteria: ``engine.last_interrupt.stopped_at`` against the moment of the click
or the close. Same Chromium and fixtures as tests/test_browser.py.
"""

from __future__ import annotations

import time

from gradio_client import Client
from gradio_client.utils import Status

from playground.limits import LIMITS, Messages
from playground.ratelimit import RateLimit, RateLimiter
from tests.conftest import CHROMIUM, CHROMIUM_ARGS as ARGS, needs_chromium, wait_until_idle
from tests.test_browser import pick_variants, visible_panes
from tests.test_hardening import LONG, RUNNING, launched, wait_for

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
    assert wait_for(lambda: engine.active and engine.last_interrupt is not before, 60)
    panes = visible_panes(page)
    assert wait_for(lambda: all(panes.nth(i).input_value() for i in range(len(variants))), 60)  # streaming


def test_stop_frees_the_model_within_two_seconds_and_the_next_run_works(page, engine):
    start_long_generation(page, engine, ["base", "alpha"])
    clicked_at = time.perf_counter()
    page.locator("#stop").click()
    assert wait_until_idle(engine, 2)
    interrupt = engine.last_interrupt
    assert interrupt.reason == "stopped" and interrupt.stopped_at - clicked_at < 2
    page.locator("#prompt textarea").fill("Name one colour.")
    set_max_new_tokens(page, 8)
    page.locator("#generate").click()
    page.wait_for_function(DONE, timeout=60000)
    assert engine.last_interrupt is not interrupt and visible_panes(page).nth(0).input_value()


def test_closing_the_tab_frees_the_model_within_two_seconds(client, engine):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        tab = browser.new_page(viewport={"width": 1400, "height": 1100})
        tab.goto(client.src)
        tab.wait_for_selector("#generate")
        start_long_generation(tab, engine, ["base", "beta"])
        closed_at = time.perf_counter()
        tab.close()
        try:
            assert wait_until_idle(engine, 2)
            interrupt = engine.last_interrupt
            assert interrupt.reason == "stopped" and interrupt.stopped_at - closed_at < 2
        finally:
            browser.close()


def test_switching_tabs_mid_stream_and_back_keeps_streaming(page, engine):
    page.locator("#prompt textarea").fill("List five animals that live in the sea, one per line.")
    pick_variants(page, ["base", "gamma"])
    set_max_new_tokens(page, 16)
    page.locator("#generate").click()
    panes = visible_panes(page)
    assert wait_for(lambda: panes.nth(0).input_value(), 60)
    page.get_by_role("tab", name="Adapters").click()
    page.get_by_text("pickle-format weights are refused").first.wait_for()
    page.get_by_role("tab", name="Compare").click()
    page.wait_for_function(DONE, timeout=60000)
    final = [panes.nth(i).input_value() for i in range(2)]
    assert all(final) and final[0] != final[1]
    assert wait_until_idle(engine, 2)


def test_rate_limited_generate_shows_when_to_retry(page, engine, monkeypatch):
    monkeypatch.setattr("playground.ratelimit.LIMITER", RateLimiter(RateLimit(per_minute=1)))
    page.locator("#prompt textarea").fill("Name one colour.")
    pick_variants(page, ["base"])
    set_max_new_tokens(page, 4)
    page.locator("#generate").click()
    page.wait_for_function(DONE, timeout=60000)
    before = engine.last_interrupt
    page.locator("#generate").click()
    refusal = Messages.RATE_LIMITED.split(" Try again")[0].format(limit=1)
    page.get_by_text(refusal).first.wait_for(timeout=15000)
    assert page.get_by_text("Try again in").count() and page.get_by_text("Traceback").count() == 0
    assert engine.last_interrupt is before


def test_a_full_queue_shows_busy_in_the_browser(engine, tmp_path):
    from playwright.sync_api import sync_playwright

    with launched(engine, tmp_path, max_queue=1) as url:
        fillers = [Client(url, verbose=False) for _ in range(LIMITS.concurrency + 1)]
        long = {"max_new_tokens": LIMITS.max_new_tokens, "api_name": "/compare"}
        running = [c.submit(f"{LONG} ({i})", ["base"], **long) for i, c in enumerate(fillers[:-1])]
        try:
            assert wait_for(lambda: all(job.status().code in RUNNING for job in running), 60)
            waiting = fillers[-1].submit(LONG, ["alpha"], **long)
            running.append(waiting)
            assert wait_for(lambda: waiting.status().code == Status.IN_QUEUE, 30)
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
                tab = browser.new_page(viewport={"width": 1400, "height": 1100})
                tab.goto(url)
                tab.locator("#prompt textarea").fill("Name one colour.")
                tab.locator("#generate").click()
                tab.get_by_text("This application is currently busy. Please try again.").first.wait_for(timeout=15000)
                browser.close()
        finally:
            for job in reversed(running):
                job.cancel()
        assert wait_until_idle(engine, 5)
