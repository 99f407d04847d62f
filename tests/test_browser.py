"""A person's journey in a real browser: Debian's Chromium, headless, driven by Playwright.

Failures save a screenshot under test-artifacts/.
"""

from __future__ import annotations

import time

from tests.conftest import CHROMIUM, WAIT_MS, needs_chromium, wait_until_idle
from tests.conftest import CHROMIUM_ARGS as ARGS

pytestmark = needs_chromium


def pick_variants(page, wanted: list[str]) -> None:
    for label in page.locator("#variants label").all():
        name = label.inner_text().split(" — ")[0].strip()
        if label.locator("input").is_checked() != (name in wanted):
            label.click()


def visible_panes(page):
    return page.locator(".variant-pane textarea").filter(visible=True)


def pane_texts(page) -> list[str]:
    """Every visible pane's text, read at once (panes appear and go while the layout follows the picker)."""
    return page.evaluate("() => [...document.querySelectorAll('.variant-pane textarea')]"
                         ".filter(t => t.offsetParent !== null).map(t => t.value)")


def test_panes_fill_while_streaming_and_stop_works(page, engine):
    page.locator("#prompt textarea").fill("Write a long story about a lighthouse keeper.")
    pick_variants(page, ["base", "alpha", "beta"])
    page.wait_for_function("document.querySelectorAll('.variant-pane textarea').length >= 3")
    page.locator("#generate").click()
    panes = visible_panes(page)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        lengths = [len(text) for text in pane_texts(page)]
        if len(lengths) == 3 and min(lengths) > 20:
            break
        time.sleep(0.2)
    assert len(lengths) == 3 and min(lengths) > 20, lengths  # every pane filled while streaming
    page.locator("#stop").click()
    assert wait_until_idle(engine)
    stopped = [panes.nth(i).input_value() for i in range(3)]
    time.sleep(1)
    assert [panes.nth(i).input_value() for i in range(3)] == stopped  # nothing more arrives


def test_switching_tabs_keeps_the_outputs(page):
    page.locator("#prompt textarea").fill("Name three colours.")
    pick_variants(page, ["base", "gamma"])
    page.locator("#generate").click()
    page.wait_for_function(
        "() => document.querySelector('#compare-status')?.innerText.includes('Done')", timeout=WAIT_MS)
    before = [visible_panes(page).nth(i).input_value() for i in range(2)]
    assert all(before)
    page.get_by_role("tab", name="Adapters").click()
    page.get_by_text("pickle-format weights are refused").first.wait_for()
    page.get_by_role("tab", name="Compare").click()
    assert [visible_panes(page).nth(i).input_value() for i in range(2)] == before


def test_task_form_builds_the_prompt(page):
    page.locator("#task input").click()
    page.get_by_role("option", name="Elevator pitch").click()
    page.wait_for_selector("#fields-elevator_pitch", state="visible")
    assert not page.locator("#prompt").is_visible()
    # the task's decoding defaults, as the eval and the cards use them: its max new tokens and repetition penalty
    page.wait_for_function("() => document.querySelector('input[type=number]').value === '160'", timeout=WAIT_MS)
    assert page.get_by_text("Elevator pitch's default: 1").count() == 1
    form = page.locator("#fields-elevator_pitch")
    for label, value in [("Position", "Nurse"), ("Experience", "a nurse at a children's hospital"),
                         ("Goals", "to lead a ward"), ("Strengths", "empathy")]:
        form.get_by_label(label).fill(value)
    page.locator("#generate").click()
    page.wait_for_function(
        "() => document.querySelector('#compare-status')?.innerText.includes('Done')", timeout=WAIT_MS)
    assert visible_panes(page).nth(0).input_value()


def test_bad_input_shows_a_message_not_a_traceback(page):
    page.locator("#prompt textarea").fill("   ")
    page.locator("#generate").click()
    toast = page.get_by_text("The prompt is empty")
    toast.first.wait_for(timeout=WAIT_MS)
    assert page.get_by_text("Traceback").count() == 0


def test_closing_the_tab_stops_the_generation(client, engine):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page()
        page.goto(client.src)
        page.locator("#prompt textarea").fill("Write a very long essay about the history of bridges.")
        max_tokens = page.locator("input[type=number]").first  # the "Max new tokens" slider's box
        max_tokens.fill("512")
        max_tokens.press("Enter")
        page.locator("#generate").click()
        deadline = time.monotonic() + 60
        while not engine.active and time.monotonic() < deadline:
            time.sleep(0.05)
        assert engine.active
        page.close()
        browser.close()
    assert wait_until_idle(engine)
    assert engine.last_interrupt.reason == "stopped"
