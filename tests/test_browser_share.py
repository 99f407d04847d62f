"""Share links with unusable numbers, in a real browser (issue #14): the page loads the rest, runs, and says
what it ignored. Same Chromium and fixtures as tests/test_browser.py.
"""

from __future__ import annotations

from urllib.parse import urlencode

from playground.core.messages import Messages
from tests.conftest import WAIT_MS, needs_chromium
from tests.test_browser import visible_panes

pytestmark = needs_chromium

DONE = "() => document.querySelector('#compare-status')?.innerText.includes('Done')"


def test_a_link_with_numbers_that_are_not_finite_still_loads_runs_and_says_so(browser_page, client):
    """``inf``, ``1e400`` and ``-inf`` were an OverflowError in the page-load handler: nothing loaded."""
    page = browser_page
    query = urlencode({"prompt": "Name a colour.", "variants": "base", "max_new_tokens": "inf", "seed": "1e400",
                       "top_k": "-inf", "run": 1})
    page.goto(client.src.rstrip("/") + "/?" + query)
    page.wait_for_selector("#generate")
    page.wait_for_function(DONE, timeout=WAIT_MS)  # the link ran, with the page's max new tokens (128)

    status = page.locator("#compare-status")
    assert status.is_visible()
    notice = Messages.SHARE_IGNORED.format(names="max_new_tokens, seed, top_k")  # code spans show without backticks
    assert notice in status.inner_text()
    assert page.locator("#prompt textarea").input_value() == "Name a colour."
    panes = visible_panes(page)
    assert panes.count() == 1 and panes.nth(0).input_value()
