"""Bring your own adapter in a real browser: upload a zipped adapter in the Adapters tab, find it in Compare,
generate with it beside the base, remove it (Debian's Chromium, headless)."""

from __future__ import annotations

import pytest

from playground.core.messages import Messages
from tests.conftest import ARTIFACTS, WAIT_MS, needs_chromium, open_tab, wait_until_idle
from tests.test_add_adapter import zipped
from tests.test_browser import pick_variants, visible_panes
from tests.test_browser_hardening import DONE, set_max_new_tokens

pytestmark = needs_chromium


@pytest.fixture()
def page(browser_page, client):
    return open_tab(browser_page, client.src, "Adapters", "#add-button")


def test_upload_a_zipped_adapter_use_it_in_compare_and_remove_it(page, engine, adapter_source, tmp_path):
    page.locator("#add-files input[type=file]").set_input_files(str(zipped(adapter_source / "gamma", "my-gamma",
                                                                           tmp_path)))
    page.get_by_text("my-gamma.zip").first.wait_for(timeout=WAIT_MS)  # the upload is in place
    page.locator("#add-button").click()
    added = Messages.ADDED.format(name="my-gamma").split(":")[0]
    page.locator("#add-status").get_by_text(added).wait_for(timeout=WAIT_MS)
    assert "my-gamma" in page.locator("#adapters-table").inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "add-adapter.png"), full_page=True)  # docs/add-adapter.png is one

    page.get_by_role("tab", name="Compare").click()
    pick_variants(page, ["base", "my-gamma"])  # it is in the choices without a reload
    set_max_new_tokens(page, 6)
    page.locator("#prompt textarea").fill("Name a colour.")
    page.locator("#generate").click()
    page.wait_for_function(DONE, timeout=WAIT_MS)
    assert all(text.strip() for text in (pane.input_value() for pane in visible_panes(page).all()))

    page.get_by_role("tab", name="Adapters").click()
    page.locator("#remove-choice input").click()
    page.get_by_role("option", name="my-gamma").click()
    page.locator("#remove-button").click()
    page.locator("#add-status").get_by_text(Messages.REMOVED.format(name="my-gamma")).wait_for(timeout=WAIT_MS)
    assert "my-gamma" not in engine.variants
    assert wait_until_idle(engine)
