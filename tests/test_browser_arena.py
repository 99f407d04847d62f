"""One Arena round in a real browser (Debian's Chromium, headless, Playwright): prompt, battle, vote,
revealed names, updated leaderboard. Failures save a screenshot under test-artifacts/."""

from __future__ import annotations

import re

import pytest

from tests.conftest import WAIT_MS, needs_chromium, open_tab

pytestmark = needs_chromium


@pytest.fixture()
def page(browser_page, client):
    return open_tab(browser_page, client.src, "Arena", "#arena-battle")


ROWS_JS = """() => {  // the table's cells are a flat grid of .body-cell divs, one row per 9 cells
    const cells = [...document.querySelectorAll('#arena-leaderboard .body-cell')].map(c => c.innerText.trim());
    const rows = [];
    for (let i = 0; i + 9 <= cells.length; i += 9) rows.push(cells.slice(i, i + 9));
    return rows;
}"""


def leaderboard_battles(page) -> dict[str, int]:
    """Variant -> the 'battles' column of the leaderboard table, as shown."""
    return {row[1]: int(row[5]) for row in page.evaluate(ROWS_JS) if row[1]}


def test_one_arena_round(page, client):
    votes = [page.locator(f"#arena-vote-{choice}") for choice in ("a", "b", "tie", "both_bad")]
    assert all(button.is_disabled() for button in votes)  # nothing to vote on yet
    page.locator("#arena-prompt textarea").fill("Name three animals.")
    page.get_by_text("Generation settings (the same for both)").click()
    page.locator("#arena-max-new-tokens input[type=range]").wait_for()  # the accordion renders its content on open
    # the server picks the sampling and a secret seed (so the pair stays blind): only the length is left to set
    assert page.locator("#arena-settings input[type=range]").count() == 1
    assert page.locator("#arena-settings").get_by_text("secret seed").count() == 1
    tokens = page.locator("#arena-max-new-tokens input[type=number]")
    tokens.fill("12")
    tokens.press("Enter")
    page.locator("#arena-battle").click()
    page.wait_for_function(
        "() => document.querySelector('#arena-status')?.innerText.includes('Both answers are in')", timeout=WAIT_MS)
    a, b = page.locator("#arena-a textarea").input_value(), page.locator("#arena-b textarea").input_value()
    assert a and b
    assert all(button.is_enabled() for button in votes)
    assert page.locator("#arena-a").get_by_text("Model A", exact=True).count() == 1  # still anonymous

    before = {row["variant"]: row["battles"] for row in client.predict(api_name="/leaderboard")}
    votes[1].click()  # B is better
    reveal = page.locator("#arena-reveal")
    reveal.get_by_text("Model A").first.wait_for(timeout=WAIT_MS)
    names = re.search(r"Model A was (\S+) · Model B was (\S+)", reveal.inner_text())
    assert names, reveal.inner_text()
    assert re.search(r"sampled at temperature 0\.7 with seed \d+", reveal.inner_text())  # revealed after the vote
    name_a, name_b = names.groups()
    assert name_a != name_b and {name_a, name_b} <= {"base", "alpha", "beta", "gamma"}
    assert page.locator("#arena-b").get_by_text(f"Model B: {name_b}").count() == 1
    assert all(button.is_disabled() for button in votes)  # one vote per battle

    want = {name: before.get(name, 0) + 1 for name in (name_a, name_b)}
    page.wait_for_function(f"""want => {{
        const rows = ({ROWS_JS})();
        return Object.entries(want).every(([name, n]) => rows.some(r => r[1] === name && Number(r[5]) === n));
    }}""", arg=want, timeout=WAIT_MS)
    shown = leaderboard_battles(page)
    assert {name: shown[name] for name in want} == want
    matrix = page.locator("#arena-matrix")
    assert matrix.get_by_text(name_b).count() >= 1 and matrix.get_by_text(re.compile(r"\d+% \(\d+\)")).count() >= 2

    assert page.locator("#arena-admin-token").is_hidden()  # a local run without PLAYGROUND_ADMIN_TOKEN: no box
    page.locator("#arena-export").click()  # and the export is the operator's, at the keyboard
    page.locator("#arena-votes-file").get_by_text(".jsonl").first.wait_for(timeout=WAIT_MS)

    page.locator("#arena-battle").click()  # another battle right away: the old names leave the panes
    page.wait_for_function(
        "() => document.querySelector('#arena-status')?.innerText.includes('Both answers are in')", timeout=WAIT_MS)
    assert page.locator("#arena-a").get_by_text("Model A", exact=True).count() == 1
    assert page.locator("#arena-reveal").inner_text().strip() == ""
    assert all(button.is_enabled() for button in votes)

    page.locator("#arena-new-round").click()  # a fresh, anonymous round
    page.wait_for_function("() => document.querySelector('#arena-a textarea')?.value === ''")
    assert page.locator("#arena-a").get_by_text("Model A", exact=True).count() == 1
    assert page.locator("#arena-reveal").inner_text().strip() == ""
    assert all(button.is_disabled() for button in votes)
