"""The Chat tab in a real browser: Debian's Chromium, headless, driven by Playwright.

Failures save a screenshot under test-artifacts/.
"""

from __future__ import annotations

import time

import pytest

from playground.core.messages import Messages
from tests.conftest import WAIT_MS, needs_chromium, open_tab, wait_until_idle

pytestmark = needs_chromium

# Every visible chat pane, as {"users": [...], "bots": [...]} (the texts of its messages).
PANES_JS = """() => [...document.querySelectorAll('.chat-pane')].filter(p => p.offsetParent !== null).map(p => ({
    users: [...p.querySelectorAll('.user-row')].map(m => m.innerText.trim()),
    bots: [...p.querySelectorAll('.bot-row')].map(m => m.innerText.trim()),
}))"""


@pytest.fixture()
def page(browser_page, client):
    return open_tab(browser_page, client.src, "Chat", "#chat-send")


def pick_variants(page, wanted: list[str]) -> None:
    for label in page.locator("#chat-variants label").all():
        name = label.inner_text().split(" — ")[0].strip()
        if label.locator("input").is_checked() != (name in wanted):
            label.click()


def set_max_new_tokens(page, value: int) -> None:
    box = page.locator("#chat-max-new-tokens input[type=number]")
    box.fill(str(value))
    box.press("Enter")


def panes(page) -> list[dict]:
    return page.evaluate(PANES_JS)


def wait_for_status(page, text: str, timeout_s: float = WAIT_MS / 1000) -> None:
    page.wait_for_function("t => document.querySelector('#chat-status')?.innerText.includes(t)", arg=text,
                           timeout=timeout_s * 1000)
    page.wait_for_function("() => !document.querySelector('#chat-send').disabled", timeout=WAIT_MS)  # unlocked


def send(page, message: str) -> None:
    page.locator("#chat-message textarea").fill(message)
    page.locator("#chat-send").click()


def test_two_turns_undo_and_clear(page):
    set_max_new_tokens(page, 16)
    pick_variants(page, ["base", "beta"])
    page.wait_for_function(f"() => ({PANES_JS})().length === 2")

    send(page, "Name a colour.")
    wait_for_status(page, "Turn 1 of")
    first = panes(page)
    assert [p["users"] for p in first] == [["Name a colour."]] * 2
    assert all(len(p["bots"]) == 1 and p["bots"][0] for p in first), first  # both panes filled
    assert first[0]["bots"] != first[1]["bots"]  # each variant answers for itself
    assert page.locator("#chat-message textarea").input_value() == ""  # the box is ready for the next one

    send(page, "And a shape?")
    wait_for_status(page, "Turn 2 of")
    second = panes(page)
    assert [p["users"] for p in second] == [["Name a colour.", "And a shape?"]] * 2
    assert all(len(p["bots"]) == 2 and p["bots"][1] for p in second), second
    assert [p["bots"][0] for p in second] == [p["bots"][0] for p in first]

    page.locator("#chat-regenerate").click()  # greedy: the same replies come back
    wait_for_status(page, "Greedy decoding gives the same reply again")
    assert panes(page) == second

    page.locator("#chat-undo").click()
    page.wait_for_function(f"() => ({PANES_JS})().every(p => p.users.length === 1)")
    assert panes(page) == first
    assert page.get_by_text("And a shape?").count() == 0

    page.locator("#chat-clear").click()
    page.wait_for_function(f"() => ({PANES_JS})().every(p => p.users.length === 0 && p.bots.length === 0)")
    assert len(panes(page)) == 2


def test_stop_keeps_the_partial_replies_and_says_so(page, engine):
    set_max_new_tokens(page, 400)
    pick_variants(page, ["base", "gamma"])
    send(page, "Write a very long story about a lighthouse keeper.")
    page.wait_for_function(f"() => ({PANES_JS})().length === 2 && ({PANES_JS})().every(p => p.bots[0]?.length > 20)",
                           timeout=WAIT_MS)
    page.locator("#chat-stop").click()
    assert wait_until_idle(engine)
    wait_for_status(page, Messages.CHAT_STOPPED, timeout_s=15)
    stopped = panes(page)
    assert all(p["bots"][0].endswith(Messages.CHAT_REPLY_STOPPED) for p in stopped), stopped
    assert all(len(p["bots"][0]) > 20 + len(Messages.CHAT_REPLY_STOPPED) for p in stopped)  # the partial text stays
    assert engine.last_interrupt.reason == "stopped"
    time.sleep(1)
    assert panes(page) == stopped  # nothing more arrives


def test_an_empty_message_shows_a_message_not_a_traceback(page):
    send(page, "   ")
    page.get_by_text(Messages.CHAT_EMPTY_MESSAGE).first.wait_for(timeout=WAIT_MS)
    assert page.get_by_text("Traceback").count() == 0
    page.wait_for_function("() => !document.querySelector('#chat-send').disabled", timeout=WAIT_MS)


def test_changing_the_variants_realigns_the_panes(page):
    set_max_new_tokens(page, 8)
    pick_variants(page, ["base", "alpha", "beta"])
    send(page, "Say hi.")
    wait_for_status(page, "Turn 1 of")
    before = panes(page)
    assert len(before) == 3 and all(p["users"] == ["Say hi."] for p in before)

    pick_variants(page, ["base", "beta"])  # a pane leaves: the others keep their conversation
    page.wait_for_function(f"() => ({PANES_JS})().length === 2")
    assert panes(page) == [before[0], before[2]]

    pick_variants(page, ["base", "beta", "gamma"])  # a newcomer has no replies to the earlier turns: a new chat
    page.wait_for_function(f"() => ({PANES_JS})().length === 3")
    assert all(p == {"users": [], "bots": []} for p in panes(page))
    assert Messages.CHAT_RESTARTED.format(names="gamma") in page.locator("#chat-status").inner_text()
