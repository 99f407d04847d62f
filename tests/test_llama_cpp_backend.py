"""The playground in front of llama.cpp's ``llama-server`` (#18): adapter strength as its per-request ``lora`` scales.

llama.cpp's server serves the embedded Q4_1 GGUF with the shipped adapters converted to GGUF
(:class:`~playground.remote.llama_server.LlamaServer`); the app is served as ``app.py`` serves it and driven with
``gradio_client``. The server is built by ``scripts/llama_cpp.sh`` (10-30 minutes on 2 cores, outside the repo),
which ``make test`` does not run: without the build these tests are skipped.
"""

from __future__ import annotations

import httpx
import pytest
from gradio_client import Client

from playground.core.limits import Limits
from playground.core.messages import Messages
from playground.core.types import BASE
from playground.remote.client import ServerSettings
from playground.remote.engine import RemoteConfig, RemoteEngine
from playground.remote.llama_server import LlamaServer, llama_cpp_root
from tests.conftest import REPO_ROOT, free_port, served

KEY = "sk-llama-test-51c0"
SHIPPED = sorted(p.name for p in (REPO_ROOT / "adapters").iterdir() if (p / "adapter_config.json").is_file())
PROMPT = "What does MVP mean in product development?"

pytestmark = pytest.mark.skipif(llama_cpp_root() is None, reason="llama.cpp's server is not built "
                                                                 "(scripts/llama_cpp.sh, 10-30 minutes)")


@pytest.fixture(scope="module")
def llama(tmp_path_factory):
    server = LlamaServer(free_port(), tmp_path_factory.mktemp("llama") / "llama-server.log", api_key=KEY)
    server.start()
    try:
        yield server
    finally:
        server.kill()


@pytest.fixture(scope="module")
def engine(llama):
    settings = ServerSettings(llama.url, KEY, connect_timeout_s=5, token_timeout_s=120)
    return RemoteEngine(RemoteConfig(settings, retry_s=0.0, adapters_dir=str(REPO_ROOT / "adapters")),
                        Limits(rate_limit_per_minute=0, max_jobs_per_client=0))


@pytest.fixture(scope="module")
def app_url(engine, tmp_path_factory):
    with served(engine, tmp_path_factory.mktemp("llama-data")) as url:
        yield url


@pytest.fixture(scope="module")
def client(app_url):
    return Client(app_url, verbose=False)


def test_the_variants_are_the_base_and_each_lora_and_strength_is_offered(client, app_url):
    rows = client.predict(api_name="/variants")
    assert [r["name"] for r in rows] == [BASE, *SHIPPED]
    assert {r["name"]: r["task"] for r in rows}["domain-qa-r16"] == "domain_qa"  # from the shipped card
    features = rows[0]["features"]
    assert features["strength"] == {"available": True, "note": Messages.LLAMA_CPP_STRENGTH}
    assert not features["merge"]["available"]
    assert features["add_adapter"] == {"available": False, "note": Messages.LLAMA_CPP_NO_ADD}
    page = httpx.get(app_url, timeout=60).text
    assert "Adapter strength (0 = base, 1 = as trained)" in page and KEY not in page  # the sliders are there
    assert "smollm2-135m-q4_1 on llama.cpp" in page  # the header names the server


def test_strength_scales_the_adapter_per_row_in_one_request(client):
    """One request, four rows: the base, the adapter at 0 (the base again), at 0.5 and as trained."""
    answer = client.predict(PROMPT, [BASE, "domain-qa-r16"], "", 24, api_name="/compare_full")["variants"]
    zero = client.predict(PROMPT, ["domain-qa-r16"], "", 24, strengths={"domain-qa-r16": 0.0},
                          api_name="/compare_full")["variants"]["domain-qa-r16"]
    half = client.predict(PROMPT, ["domain-qa-r16"], "", 24, strengths={"domain-qa-r16": 0.5},
                          api_name="/compare_full")["variants"]["domain-qa-r16"]
    assert zero["text"] == answer[BASE]["text"] != answer["domain-qa-r16"]["text"]
    assert half["text"] not in (answer[BASE]["text"], answer["domain-qa-r16"]["text"])
    assert all(v["tokens"] == 24 and v["finish_reason"] == "length" for v in (*answer.values(), zero, half))


def test_the_divergence_view_scores_the_generated_tokens(client, engine):
    found = client.predict(PROMPT, ["domain-qa-r16"], "", 12, api_name="/divergence")["variants"]
    adapter = found["domain-qa-r16"]
    assert adapter["diverges_at"] is not None and len(adapter["tokens"]) == 12
    assert all(t["logprob"] == pytest.approx(t["base_logprob"], abs=1e-3) for t in found[BASE]["tokens"])
    assert all(t["logprob"] < 0 for t in adapter["tokens"][:3])  # log-probabilities, not a forced 0


def test_chat_and_eval_run_on_it(client):
    turn = client.predict("Define churn in one sentence.", [BASE, "domain-qa-r8"], None, "", 16, api_name="/chat")
    assert all(turn["histories"][name][1]["content"] for name in (BASE, "domain-qa-r8"))
    result = client.predict("domain_qa", [BASE, "domain-qa-r16"], "test", 4, ["token_f1"], api_name="/evaluate")
    assert set(result["variants"]) == {BASE, "domain-qa-r16"} and result["throughput"]["rows"] == 4
    assert all(out["tokens"] > 0 for row in result["rows"] for out in row["outputs"].values())
