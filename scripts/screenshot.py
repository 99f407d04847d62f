"""Take the README screenshots in headless Chromium, as a user sees the app.

    python scripts/screenshot.py [--out docs] [--variants base,linkedin-post,marketing-copy]

Launches the app (same configuration as ``app.py``), types a prompt, picks the variants,
presses Generate and captures the Compare tab while the panes are still streaming (compare.png);
then opens a share link of a greedy task comparison and captures its divergence view
(divergence.png), the Adapters tab with the merge builder (adapters.png), an Eval run (eval.png) and one Arena
battle with its vote (arena.png). The Chat screenshot (chat.png) comes from its own journey in the browser
tests' style.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

CHROMIUM = "/usr/bin/chromium"
DIVERGENCE_FIELDS = {"task": "elevator_pitch", "field.position": "Data engineer",
                     "field.experience": "4 years building data pipelines", "field.goals": "lead a platform team",
                     "field.strengths": "reliability", "variants": "base,elevator-pitch", "max_new_tokens": 48}
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update"]


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="docs")
    parser.add_argument("--variants", default="")
    parser.add_argument("--prompt", default="Write a short LinkedIn post announcing that our team shipped a new feature.")
    parser.add_argument("--port", type=int, default=7869)
    args = parser.parse_args(argv)

    from playwright.sync_api import sync_playwright

    from playground.core.config import AppConfig
    from playground.local.engine import LocalEngine
    from playground.services.context import Playground
    from playground.web.app import build_demo, launch_kwargs

    engine = LocalEngine.from_config(AppConfig(base="embedded"))
    demo = build_demo(Playground.build(engine, tempfile.mkdtemp(prefix="playground-screenshot-")))  # fresh arena, no real votes
    _, url, _ = demo.launch(prevent_thread_lock=True, quiet=True, **launch_kwargs(engine.limits, "127.0.0.1", args.port, False))
    wanted = [v for v in args.variants.split(",") if v] or engine.variants[:3]
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1100})
        page.goto(url)
        page.locator("#prompt textarea").fill(args.prompt)
        for label in page.locator("#variants label").all():
            name = label.inner_text().split(" — ")[0].strip()
            if label.locator("input").is_checked() != (name in wanted):
                label.click()
        page.locator("#generate").click()
        panes = page.locator(".variant-pane textarea").filter(visible=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            filled = [len(panes.nth(i).input_value()) for i in range(len(wanted))]
            if min(filled) > 80:
                break
            time.sleep(0.2)
        page.screenshot(path=str(out / "compare.png"), full_page=True)
        page.locator("#stop").click()
        time.sleep(1)
        # the divergence view: a greedy task run of base + the task's adapter, opened from a share link
        page.goto(url + "?" + urlencode({**DIVERGENCE_FIELDS, "run": 1}))
        page.wait_for_selector("#generate")
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and page.locator(".divergence .tok").count() < 20:
            time.sleep(0.5)
        page.locator("#panes").screenshot(path=str(out / "divergence.png"))
        page.get_by_role("tab", name="Adapters").click()
        time.sleep(1)
        page.screenshot(path=str(out / "adapters.png"), full_page=True)
        # the Eval tab: the default task's test split, its adapters vs the base, on the first 8 rows
        page.get_by_role("tab", name="Eval").click()
        limit = page.locator("#eval-limit input[type=number]")
        limit.fill("8")
        limit.press("Enter")
        page.locator("#eval-run").click()
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and "Done" not in page.locator("#eval-status").inner_text():
            time.sleep(1)
        time.sleep(2)
        page.screenshot(path=str(out / "eval.png"), full_page=True)
        # the Arena: one battle on a free prompt, a vote, the names and the seed revealed, the board
        page.get_by_role("tab", name="Arena").click()
        page.locator("#arena-prompt textarea").fill("Explain what customer churn is in two sentences.")
        page.get_by_text("Generation settings (the same for both)").click()
        tokens = page.locator("#arena-max-new-tokens input[type=number]")
        tokens.wait_for()
        tokens.fill("48")
        tokens.press("Enter")
        page.locator("#arena-battle").click()
        page.wait_for_function(
            "() => document.querySelector('#arena-status')?.innerText.includes('Both answers are in')", timeout=180000)
        page.locator("#arena-vote-a").click()
        page.wait_for_function("() => document.querySelector('#arena-reveal')?.innerText.includes('seed')",
                               timeout=60000)
        time.sleep(1)
        page.screenshot(path=str(out / "arena.png"), full_page=True)
        browser.close()
    demo.close()
    print(f"wrote compare.png, divergence.png, adapters.png, eval.png, arena.png in {out}")


if __name__ == "__main__":
    main()
