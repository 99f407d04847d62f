"""POST /generate-text over real HTTP, served beside the Gradio UI like app.py does."""

from __future__ import annotations

import threading
import time

import httpx
import pytest
import uvicorn

from tests.conftest import free_port


@pytest.fixture(scope="module")
def server(engine, tmp_path_factory):
    from playground.ui.app import build_demo, mount_app

    port = free_port()
    app = mount_app(engine, build_demo(engine, tmp_path_factory.mktemp("rest-data")), "127.0.0.1", port)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
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


def test_missing_body_field_is_422(server):
    response = httpx.post(f"{server}/generate-text", json={"platform": "instagram"}, timeout=60)
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "prompt"]


def test_gradio_ui_is_served_beside_it(server):
    from gradio_client import Client

    assert httpx.get(server, timeout=30).status_code == 200
    assert Client(server, verbose=False).predict(api_name="/variants")[0]["name"] == "base"
