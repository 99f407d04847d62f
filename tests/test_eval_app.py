"""The Eval tab: its /evaluate endpoint through gradio_client, the row-to-Compare hand-off, a browser journey."""

from __future__ import annotations

import shutil
from pathlib import Path

import gradio as gr
import pytest
from gradio_client.exceptions import AppError

from playground.eval.config import EvalConfig
from playground.eval.runner import run_eval
from playground.features.tasks import get_task
from playground.web.tabs.compare import CompareTab
from playground.web.tabs.eval import EvalTab, per_row_frame, word_diff
from tests.conftest import app_of

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def test_the_challenge_split_is_offered_like_the_others(client):
    data = client.predict("domain_qa", ["base", "alpha"], split="challenge", limit=2, metrics=["token_f1"],
                          api_name="/evaluate")
    assert data["data"].endswith("examples/domain_qa/challenge.jsonl") and len(data["rows"]) == 2
    assert {row["family"] for row in data["rows"]} <= {"en", "fr"}


def test_evaluate_endpoint_scores_base_and_an_adapter(client):
    data = client.predict("domain_qa", ["base", "alpha"], split="test", limit=3,
                          metrics=["exact_match", "token_f1"], api_name="/evaluate")
    assert data["task"] == "domain_qa" and data["data"].endswith("examples/domain_qa/test.jsonl")
    assert data["metrics"] == ["exact_match", "token_f1"] and data["throughput"]["generate_calls"] == 1
    assert set(data["variants"]) == {"base", "alpha"}
    for stats in data["variants"].values():
        assert all(0 <= score <= 100 for score in stats["metrics"].values())
        assert stats["latency_batched"]["p95_s"] >= stats["latency_batched"]["p50_s"] > 0
        assert stats["peak_memory_mb"] > 0 and stats["tokens_per_s"] > 0
    comparison = data["comparison"]["alpha"]
    assert comparison["wins"] + comparison["ties"] + comparison["losses"] == 3
    assert set(comparison["deltas"]) == {"exact_match", "token_f1"}
    assert len(data["rows"]) == 3
    first = data["rows"][0]
    assert first["fields"]["question"] and first["reference"]
    assert first["outputs"]["base"]["text"] and set(first["outputs"]["alpha"]["scores"]) == {"exact_match",
                                                                                            "token_f1"}


@pytest.mark.parametrize("args, kwargs, message", [
    (("domain_qa", ["base", "nope"]), {"limit": 1}, "Unknown variant 'nope'"),
    (("poems", ["base"]), {}, "Unknown task 'poems'"),
    (("domain_qa", []), {}, "Pick at least one variant"),
    (("domain_qa", ["base"]), {"metrics": ["meteor"]}, "Unknown metric 'meteor'"),
    (("domain_qa", ["base"]), {"split": "train"}, "Unknown split 'train'"),
    (("domain_qa", ["base"]), {"limit": 0}, "limit must be an integer from 1 to"),
])
def test_evaluate_endpoint_refuses_bad_input_with_a_message(client, args, kwargs, message):
    with pytest.raises(AppError, match=message):
        client.predict(*args, **kwargs, api_name="/evaluate")


def test_word_diff_marks_extra_and_missing_words():
    assert word_diff("churn is lost customers", "churn is lost revenue") == [
        ("churn is lost ", None), ("revenue ", "not in reference"), ("customers ", "missing from output")]


def test_clicking_a_row_fills_compare_with_its_fields_and_settings(engine, tmp_path):
    path = tmp_path / "qa.jsonl"
    path.write_text('{"fields": {"question": "What is churn?"}, "reference": "Lost customers."}\n'
                    '{"fields": {"question": "What is ARR?"}, "reference": "Annual recurring revenue."}\n',
                    encoding="utf-8")
    result = run_eval(engine, EvalConfig(task="domain_qa", data=str(path), variants=["base", "gamma"],
                                         max_new_tokens=6))
    table = per_row_frame(result)
    app = app_of(engine, tmp_path)
    assert list(table.columns) == ["#", "input", "reference", "base", "base F1", "gamma", "gamma F1", "best"]
    with gr.Blocks():
        with gr.Tabs() as tabs:
            with gr.Tab("Compare", id="compare"):
                compare = CompareTab(app)
            with gr.Tab("Eval", id="eval"):
                tab = EvalTab(app, compare, tabs)
    row = table.iloc[1].tolist()
    event = gr.SelectData(None, {"index": [1, 1], "value": row[1], "row_value": row})
    diff, *updates = tab.select_row(result.to_dict(), True, event)
    assert [label for _, label in diff if label == "variant"] == ["variant", "variant"]
    assert len(updates) == len(compare.example_outputs) + 1
    by_component = dict(zip(compare.example_outputs, updates))
    assert by_component[compare.task]["value"] == "domain_qa"
    assert by_component[compare.forms.inputs["domain_qa"]["question"]]["value"] == "What is ARR?"
    assert by_component[compare.variants]["value"] == ["base", "gamma"]
    settings = compare.panel
    assert by_component[settings.max_new_tokens]["value"] == 6 and by_component[settings.temperature]["value"] == 0
    assert by_component[settings.repetition_penalty]["value"] == 1.05  # domain_qa's default, as the eval ran
    assert updates[-1].selected == "compare"
    # With the box unticked, the row is only shown here.
    diff, *updates = tab.select_row(result.to_dict(), False, event)
    assert diff and all(u == gr.update() for u in updates)


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed")
def test_browser_journey_run_then_open_a_row_in_compare(client):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1100})
            page.goto(client.src)
            page.get_by_role("tab", name="Eval").click()
            page.locator("#eval-task input").click()
            page.get_by_role("option", name="Business & tech Q&A").click()
            for slider, value in (("#eval-limit", "2"), ("#eval-max-new-tokens", "8")):
                page.locator(f"{slider} input[type=number]").fill(value)
                page.locator(f"{slider} input[type=number]").press("Enter")
            page.locator("#eval-run").click()
            page.wait_for_function("() => document.querySelector('#eval-status')?.innerText.includes('Done. 2 rows')",
                                   timeout=120000)
            assert page.locator("#eval-aggregate .body-cell").filter(has_text="alpha").count() >= 1
            assert page.locator("#eval-csv").inner_text().count(".csv") == 1
            question = get_task("domain_qa").load_split("test")[1]["fields"]["question"]
            page.locator("#eval-rows .body-cell").filter(has_text=question).first.click()
            page.wait_for_function("() => document.querySelector('#generate')?.offsetParent !== null")
            filled = page.locator("#fields-domain_qa textarea").first.input_value()
            assert filled == question
        finally:
            browser.close()

