"""The launched app, driven through gradio_client like an API user would."""

from __future__ import annotations

import time

import pytest
from gradio_client.exceptions import AppError

from tests.conftest import wait_until_idle


def test_variants_endpoint_lists_base_adapters_and_rejections(client):
    variants = client.predict(api_name="/variants")
    by_name = {v["name"]: v for v in variants}
    assert [v["name"] for v in variants if v["status"] == "loaded"] == ["base", "alpha", "beta", "gamma"]
    assert by_name["base"]["model"] == "HuggingFaceTB/SmolLM2-135M-Instruct"
    assert by_name["beta"]["rank"] == 16 and by_name["beta"]["task"] == "test"
    assert by_name["pickled"]["status"] == "rejected"
    assert "pickle" in by_name["pickled"]["description"]
    features = by_name["base"]["features"]  # the backend's feature matrix: everything, on the local engine
    assert list(features) == ["strength", "divergence", "merge", "add_adapter"]
    assert all(f["available"] and f["note"] for f in features.values())
    assert "features" not in by_name["alpha"]


def test_compare_streams_three_variants_at_once(client):
    job = client.submit("Write a short poem about the moon.", ["base", "alpha", "beta"], max_new_tokens=40,
                        api_name="/compare")
    seen = []
    for update in job:
        seen.append(update)
    final = job.outputs()[-1]
    assert set(final) == {"base", "alpha", "beta"}
    assert len(set(final.values())) == 3, final  # the adapters really change the text
    growing = [u for u in seen if all(u.get(k) for k in ("base", "alpha", "beta"))]
    assert len(growing) >= 3  # all three panes filled while streaming, not only at the end
    for name in ("base", "alpha", "beta"):
        lengths = [len(u[name]) for u in seen if name in u]
        assert lengths == sorted(lengths) and lengths[-1] > lengths[0]


def test_compare_full_reports_timings_and_seed(client):
    result = client.predict("Say hello.", ["gamma"], max_new_tokens=8, temperature=0.8, seed=7,
                            api_name="/compare_full")
    assert result["seed"] == 7
    stats = result["variants"]["gamma"]
    assert stats["tokens"] > 0 and stats["ttft_s"] > 0 and stats["tokens_per_s"] > 0
    again = client.predict("Say hello.", ["gamma"], max_new_tokens=8, temperature=0.8, seed=7, api_name="/compare_full")
    assert again["variants"]["gamma"]["text"] == stats["text"]


def test_cancelling_a_job_stops_generation(client, engine):
    job = client.submit("Tell me a very long story about a dragon.", ["base", "alpha"], max_new_tokens=400,
                        api_name="/compare")
    deadline = time.monotonic() + 60
    while engine.active == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)
    job.cancel()
    assert wait_until_idle(engine)
    assert engine.last_interrupt.reason == "stopped"


@pytest.mark.parametrize("kwargs, message", [
    ({"prompt": "hi", "variants": ["nope"]}, "Unknown variant 'nope'"),
    ({"prompt": "   ", "variants": ["base"]}, "The prompt is empty"),
    ({"prompt": "hi", "variants": []}, "Pick at least one variant"),
    ({"prompt": "hi", "variants": ["base"], "top_p": 1.5}, "top_p must be a number in (0, 1]"),
])
def test_bad_requests_get_a_clear_error(client, kwargs, message):
    with pytest.raises(AppError, match=message.replace("(", r"\(").replace(")", r"\)").replace("[", r"\[")):
        client.predict(**kwargs, api_name="/compare")
