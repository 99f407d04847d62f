"""A Hub adapter added through the served app, offline (#16): ``python app.py`` with ``HF_HUB_OFFLINE=1`` and
a snapshot laid out in its Hugging Face cache the way huggingface_hub lays one out (no mock of the library).

The process is the app as a Space runs it: huggingface_hub reads its settings at import, so they must be in the
environment of a fresh interpreter. The adapter is one of the test session's real adapters; its output through
the Hub path must equal the same adapter's in the test session's engine (same base, same code, same numbers).
"""

from __future__ import annotations

import os

import pytest
from gradio_client import Client
from gradio_client.exceptions import AppError

from playground.core.messages import Messages
from playground.core.types import GenerationParams, Row
from tests.conftest import app_subprocess
from tests.test_hub_adapters import PROXIES, SHA, lay_out

REPO = "owner/alpha-lora"
PROMPT = "Write one sentence about the sea."


@pytest.fixture(scope="module")
def hub_app(tmp_path_factory, adapter_source):
    tmp = tmp_path_factory.mktemp("hub-app")
    source = adapter_source / "alpha"
    files = {path.name: path.read_bytes() for path in source.iterdir() if path.is_file()}
    lay_out(tmp / "hub", REPO, files, refs=("main", "v1"))
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("HF_", "HUGGINGFACE_")) and key.lower() not in PROXIES}
    env |= {"HF_HOME": str(tmp / "home"), "HF_HUB_CACHE": str(tmp / "hub"), "HF_HUB_OFFLINE": "1",
            "HF_HUB_DISABLE_TELEMETRY": "1"}
    with app_subprocess(tmp, env) as (_, url):
        yield url


def test_a_cached_hub_adapter_is_added_used_and_removed_through_gradio_client(hub_app, engine):
    client = Client(hub_app, verbose=False)
    row = client.predict(REPO, api_name="/add_adapter")
    assert row["name"] == "alpha-lora" and row["status"] == "loaded" and row["unloaded"] == []
    texts = client.predict(PROMPT, ["base", "alpha-lora"], "", 12, api_name="/compare")
    here = engine.generate([Row(name, ({"role": "user", "content": PROMPT},)) for name in ("base", "alpha")],
                           GenerationParams(max_new_tokens=12))
    assert texts == {"base": here[0].text, "alpha-lora": here[1].text}
    assert texts["alpha-lora"] != texts["base"]
    tagged = client.predict(REPO, revision="v1", name="alpha-v1", api_name="/add_adapter")
    pinned = client.predict(REPO, revision=SHA, name="alpha-sha", api_name="/add_adapter")
    assert tagged["status"] == pinned["status"] == "loaded"
    names = [r["name"] for r in client.predict("alpha-lora", api_name="/remove_adapter")]
    assert "alpha-lora" not in names and {"alpha-v1", "alpha-sha"} <= set(names)
    other = Client(hub_app, verbose=False)  # another visitor's session does not see them
    assert not {"alpha-v1", "alpha-sha"} & {r["name"] for r in other.predict(api_name="/variants")}


@pytest.mark.parametrize("repo, revision, at", [("owner/not-cached", "", ""), (REPO, "dev", " at 'dev'")])
def test_offline_and_not_cached_is_refused_with_the_reason(hub_app, repo, revision, at):
    client = Client(hub_app, verbose=False)
    with pytest.raises(AppError) as err:
        client.predict(repo, revision=revision, api_name="/add_adapter")
    assert str(err.value) == Messages.HUB_OFFLINE.format(repo=repo, at=at)
