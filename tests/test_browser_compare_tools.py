"""Compare-tab tools in a real browser: share links, the divergence view, strength sliders, merges.

Debian's Chromium, headless, driven by Playwright; failures save a screenshot under test-artifacts/.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path
from urllib.parse import urlencode

from tests.conftest import WAIT_MS, needs_chromium
from tests.test_browser import visible_panes

pytestmark = needs_chromium


def wait_for(condition, seconds: float = WAIT_MS / 1000) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.25)
    return False


def test_share_link_reproduces_the_comparison(browser_page, client):
    """Opening a link fills the form, runs it, and the divergence view marks where alpha departs."""
    page = browser_page
    query = urlencode({"prompt": "Describe a lighthouse at night.", "variants": "base,alpha", "max_new_tokens": 16,
                       "run": 1})
    page.goto(client.src.rstrip("/") + "/?" + query)
    page.wait_for_selector("#generate")
    assert wait_for(lambda: page.locator(".divergence .tok").count() >= 2 * 8), "token views did not appear"
    assert page.locator("#prompt textarea").input_value() == "Describe a lighthouse at night."
    panes = visible_panes(page)
    assert panes.count() == 2 and all(panes.nth(i).input_value() for i in range(2))
    expected = client.predict("Describe a lighthouse at night.", ["base", "alpha"], api_name="/compare",
                              max_new_tokens=16)
    assert [panes.nth(i).input_value() for i in range(2)] == [expected["base"], expected["alpha"]]
    summary = page.locator(".divergence-summary").filter(has_text="alpha:").inner_text()
    assert "alpha: diverges at token" in summary and "mean log-prob shift" in summary
    assert page.locator(".divergence .tok.diverge").count() == 1
    assert "base p=" in page.locator(".divergence .tok").last.get_attribute("title")

    page.locator("#share").click()
    link = page.locator("#share-link textarea, #share-link input").first
    assert wait_for(lambda: link.input_value().startswith("http"))
    assert "variants=base%2Calpha" in link.input_value() and "max_new_tokens=16" in link.input_value()


def test_strength_zero_in_the_ui_gives_the_base_text(browser_page, client):
    page = browser_page
    page.goto(client.src.rstrip("/") + "/?" + urlencode({"prompt": "Name a colour.", "variants": "base,alpha",
                                                          "max_new_tokens": 8, "strength.alpha": 0, "run": 1}))
    page.wait_for_selector("#generate")
    panes = visible_panes(page)
    assert wait_for(lambda: "Done" in page.locator("#compare-status").inner_text())
    assert panes.nth(0).input_value() == panes.nth(1).input_value() != ""
    page.locator("#strengths").click()  # the accordion shows one slider per adapter
    page.locator(".strength").first.wait_for()
    assert page.locator(".strength").count() >= 3


def test_build_a_merge_in_the_adapters_tab(browser_page, client, engine, data_dir):
    page = browser_page
    page.goto(client.src)
    page.wait_for_selector("#generate")
    page.get_by_role("tab", name="Adapters").click()
    try:
        for name in ("alpha", "beta"):
            page.locator("#merge-parents label").filter(has_text=name).first.click()
        page.locator("#merge-weights textarea, #merge-weights input").first.fill("0.5, 0.5")
        page.locator("#merge-name textarea, #merge-name input").first.fill("ui-merge")
        page.locator("#merge-build").click()  # linear (the default) cannot mix ranks 8 and 16: a clear message
        page.get_by_text("linear needs adapters of the same rank").first.wait_for(timeout=WAIT_MS)
        page.locator("#merge-combination input").first.click()
        page.get_by_role("option", name="cat", exact=True).click()
        page.locator("#merge-name textarea, #merge-name input").first.fill("ui-merge")
        page.locator("#merge-build").click()
        assert wait_for(lambda: "Built" in page.locator("#merge-status").inner_text())
        assert "ui-merge" in page.locator("#adapters-table").inner_text()
        page.get_by_role("tab", name="Compare").click()
        checked = [label.inner_text().split(" — ")[0] for label in page.locator("#variants label").all()
                   if label.locator("input").is_checked()]
        assert checked == ["base", "alpha", "beta", "ui-merge"]
    finally:
        engine.worker.call(engine.multi.remove, "ui-merge")
        shutil.rmtree(Path(data_dir) / "merges" / "ui-merge", ignore_errors=True)
