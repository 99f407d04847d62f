"""POST /generate-text over real HTTP, served beside the Gradio UI like app.py does."""

from __future__ import annotations

import json
import threading
import time

import httpx
import pytest
import uvicorn

from playground.core.messages import Messages
from tests.conftest import app_of, free_port


@pytest.fixture(scope="module")
def playground(engine, tmp_path_factory):
    """The state (rate limiter, ...) of the app :func:`server` serves."""
    return app_of(engine, tmp_path_factory.mktemp("rest-data"))


@pytest.fixture(scope="module")
def server(playground):
    from playground.web.app import build_demo, make_server, mount_app

    port = free_port()
    app = mount_app(playground, build_demo(playground), "127.0.0.1", port)
    server = make_server(app, "127.0.0.1", port, log_level="warning")  # as app.py serves it
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


REQUEST = {"prompt": "Announce our new trail running shoes", "platform": "instagram", "tone": "casual",
           "max_length": 25, "industry": "fitness"}
JSON = {"content-type": "application/json"}


def test_generate_text_contract(server):
    response = httpx.post(f"{server}/generate-text", json={**REQUEST, "adapter": "alpha"}, timeout=120)
    assert response.status_code == 200, response.text
    body = response.json()
    assert set(body) >= {"generated_text", "generation_time", "word_count"}
    assert body["generated_text"] and body["adapter"] == "alpha"
    assert body["word_count"] == len(body["generated_text"].split()) <= 25
    assert body["generation_time"].endswith("s") and float(body["generation_time"][:-1]) > 0


def test_default_adapter_falls_back_to_base_without_marketing_copy(server):
    body = httpx.post(f"{server}/generate-text", json=REQUEST, timeout=120).json()
    assert body["adapter"] == "base"


@pytest.mark.parametrize("change, field", [
    ({"platform": "myspace"}, "platform"),
    ({"max_length": 5}, "max_length"),
    ({"prompt": ""}, "prompt"),
    ({"adapter": "nope"}, "adapter"),
])
def test_invalid_requests_get_422_json(server, change, field):
    response = httpx.post(f"{server}/generate-text", json={**REQUEST, **change}, timeout=60)
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert any(field in ".".join(map(str, d["loc"])) for d in detail), detail


@pytest.mark.parametrize("number", ["NaN", "Infinity", "-Infinity", "1e400"])
def test_non_finite_numbers_get_422_json_not_500(server, number):
    """Python's json reads NaN/Infinity (and 1e400 as inf); FastAPI's own 422 echoed that input and could not
    be written as JSON, so the caller got a 500. Raw JSON text: Python's json.dumps would not send these."""
    body = '{"prompt": "Announce our shoes", "max_length": %s}' % number
    response = httpx.post(f"{server}/generate-text", content=body, headers=JSON, timeout=60)
    assert response.status_code == 422, response.text
    [error] = response.json()["detail"]
    assert error == {"loc": ["body", "max_length"], "msg": "Input should be a finite number", "type": "finite_number"}


@pytest.mark.parametrize("field", ["prompt", "tone", "industry", "adapter", "platform"])
def test_lone_surrogates_are_refused_before_the_model(server, engine, monkeypatch, field):
    """A lone surrogate (a raw JSON escape) is a clear 422 naming the field: it never reaches the tokenizer,
    and the answer neither echoes it nor fails to serialise it (which was a 500)."""
    calls = []
    monkeypatch.setattr(engine, "generate", lambda *args, **kwargs: calls.append(args))
    body = json.dumps({**REQUEST, field: "PLACEHOLDER"}).replace("PLACEHOLDER", "x\\ud800y")
    response = httpx.post(f"{server}/generate-text", content=body, headers=JSON, timeout=60)
    assert response.status_code == 422, response.text
    assert response.json()["detail"] == [{"loc": ["body", field], "msg": Messages.BAD_TEXT.format(name=field),
                                          "type": "value_error"}]
    assert "ud800" not in response.text and calls == []


def test_unexpected_error_is_a_generic_json_500(server, engine, monkeypatch):
    """An exception the route does not expect gets JSON with a generic message (it was a plain-text 500),
    and nothing of the exception's text."""
    def broken(*args, **kwargs):
        raise RuntimeError("/srv/secret/weights.bin is corrupt")

    monkeypatch.setattr(engine, "generate", broken)
    response = httpx.post(f"{server}/generate-text", json={**REQUEST, "adapter": "base"}, timeout=60)
    assert response.status_code == 500
    assert response.json() == {"detail": Messages.INTERNAL_ERROR}
    assert "secret" not in response.text


def test_missing_body_field_is_422(server):
    response = httpx.post(f"{server}/generate-text", json={"platform": "instagram"}, timeout=60)
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "prompt"]


def test_gradio_ui_is_served_beside_it(server):
    from gradio_client import Client

    assert httpx.get(server, timeout=30).status_code == 200
    assert Client(server, verbose=False).predict(api_name="/variants")[0]["name"] == "base"


def test_rate_limit_answers_429_then_recovers(server, playground, monkeypatch):
    from playground.features.ratelimit import RateLimit, RateLimiter

    now = [0.0]  # the limiter's clock: the window passes when the test says, however long a generation takes
    monkeypatch.setattr(playground, "rate", RateLimiter(RateLimit(per_minute=1, window_s=8), clock=lambda: now[0]))
    short = {**REQUEST, "max_length": 10, "adapter": "base"}
    assert httpx.post(f"{server}/generate-text", json=short, timeout=120).status_code == 200
    refused = httpx.post(f"{server}/generate-text", json=short, timeout=120)
    assert refused.status_code == 429 and "try again" in refused.json()["detail"].lower()
    now[0] += 8.1
    assert httpx.post(f"{server}/generate-text", json=short, timeout=120).status_code == 200


def test_requests_over_the_bound_get_503_then_recover(engine, tmp_path):
    """REST calls skip gradio's queue: past the bound of waiting requests, a clean 503 'busy', then recovery."""
    import concurrent.futures

    from fastapi import FastAPI

    from playground.web.rest import make_router

    app = FastAPI()
    app.include_router(make_router(app_of(engine, tmp_path), max_waiting=2))
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    try:
        url = f"http://127.0.0.1:{port}/generate-text"
        body = {**REQUEST, "max_length": 40, "adapter": "base"}
        with concurrent.futures.ThreadPoolExecutor(6) as pool:
            answers = list(pool.map(lambda _: httpx.post(url, json=body, timeout=300), range(6)))
        codes = sorted(r.status_code for r in answers)
        assert codes.count(200) >= 2 and codes.count(503) >= 1 and set(codes) == {200, 503}, codes
        assert all(r.json()["detail"] == Messages.BUSY for r in answers if r.status_code == 503)
        assert httpx.post(url, json=body, timeout=120).status_code == 200
    finally:
        server.should_exit = True
        thread.join(timeout=10)
