"""The playground in front of a real vLLM server (#18): ``--backend openai``.

vLLM's CPU build serves the embedded base (bf16) and the shipped adapters (``tests/vllm_server.py``); the app is
served as ``app.py`` serves it (FastAPI + uvicorn) on a :class:`~playground.remote.engine.RemoteEngine` and driven
with ``gradio_client``: Compare, Chat, divergence, Eval and Arena, what the server cannot do, and its faults (down
at start, silent, killed mid-stream, back again); two ``app.py`` replicas share one PostgreSQL database (a throwaway
cluster, ``tests/postgres.py``). The server runs with an API key, which must show nowhere.
"""

from __future__ import annotations

import logging
import os
import socket
import threading

import httpx
import openai
import pytest
from gradio_client import Client, handle_file

from playground.core.limits import Limits
from playground.core.messages import Messages
from playground.core.types import BASE, GenerationParams, RequestError, Row
from playground.remote.client import ServerSettings
from playground.remote.engine import RemoteConfig, RemoteEngine
from playground.remote.vllm_serve import SERVED_BASE, VllmServer
from playground.services.requests import prompt_messages
from tests.conftest import REPO_ROOT, app_subprocess, free_port, served
from tests.test_add_adapter import zipped

KEY = "sk-test-remote-9f3c2a"  # the server's API key: it must appear in no answer, page or log line
SHIPPED = sorted(p.name for p in (REPO_ROOT / "adapters").iterdir() if (p / "adapter_config.json").is_file())
PROMPT = "What does MVP mean in product development?"
LIMITS = Limits(rate_limit_per_minute=0, max_jobs_per_client=0)


def remote(url: str, key: str = KEY, retry_s: float = 0.0, token_timeout_s: float = 120.0,
           runtime_lora: bool = True) -> RemoteEngine:
    settings = ServerSettings(url, key, connect_timeout_s=5, token_timeout_s=token_timeout_s)
    config = RemoteConfig(settings, retry_s=retry_s, adapters_dir=str(REPO_ROOT / "adapters"),
                          runtime_lora=runtime_lora)
    return RemoteEngine(config, LIMITS)


@pytest.fixture(scope="module")
def vllm(tmp_path_factory):
    server = VllmServer(free_port(), tmp_path_factory.mktemp("vllm") / "vllm.log", api_key=KEY, runtime_lora=True)
    server.start()
    try:
        yield server
    finally:
        server.kill()


@pytest.fixture(scope="module")
def engine(vllm):
    return remote(vllm.url + "/v1")


@pytest.fixture(scope="module")
def app_url(engine, tmp_path_factory):
    with served(engine, tmp_path_factory.mktemp("remote-data")) as url:
        yield url


@pytest.fixture(scope="module")
def client(app_url):
    return Client(app_url, verbose=False)


def direct(vllm, model: str, messages, max_tokens: int) -> str:
    """The same request straight to the server with the official client (greedy)."""
    answer = openai.OpenAI(base_url=vllm.url + "/v1", api_key=KEY).chat.completions.create(
        model=model, messages=list(messages), max_tokens=max_tokens, temperature=0)
    return answer.choices[0].message.content


def test_variants_are_the_servers_models(client, app_url):
    rows = client.predict(api_name="/variants")
    assert [r["name"] for r in rows] == [BASE, *SHIPPED]
    features = rows[0]["features"]  # the feature matrix of this backend, with how or why not
    assert {name: f["available"] for name, f in features.items()} == {
        "strength": False, "divergence": True, "merge": False, "add_adapter": True}
    assert features["strength"]["note"] == Messages.SERVER_NO_STRENGTH
    assert features["add_adapter"]["note"] == Messages.SERVER_RUNTIME_LORA
    assert rows[0]["model"] == SERVED_BASE and rows[0]["kind"] == "base"
    tasks = {r["name"]: r["task"] for r in rows}
    assert tasks["domain-qa-r16"] == "domain_qa" and tasks["prompt-recovery"] == "prompt_recovery"  # from the cards
    assert {r["name"]: r["rank"] for r in rows}["domain-qa-r16"] == 16
    page = httpx.get(app_url, timeout=60).text
    assert SERVED_BASE in page and "OpenAI-compatible server" in page
    assert "What this backend does" in page and Messages.SERVER_NO_MERGE in page  # the matrix, in the Adapters tab
    assert KEY not in str(rows) and KEY not in page


def test_compare_streams_every_variant_as_the_server_answers_it(client, vllm):
    variants = [BASE, "domain-qa-r16", "marketing-copy", "prompt-recovery"]
    job = client.submit(PROMPT, variants, "", 24, api_name="/compare_full")
    updates = list(job)
    final = job.result()["variants"]
    assert len(updates) >= 2  # it streamed
    messages = prompt_messages(PROMPT, None, LIMITS)
    for name in variants:
        out = final[name]
        assert out["finish_reason"] in ("length", "stop") and 0 < out["tokens"] <= 24, out
        assert out["ttft_s"] is not None and out["tokens_per_s"] > 0
        # vLLM's bf16 numbers depend on the batch a row shares: the same request alone may part late, not early
        assert out["text"][:16] == direct(vllm, SERVED_BASE if name == BASE else name, messages, 24)[:16]
    assert final["domain-qa-r16"]["text"] != final[BASE]["text"]  # the adapter is really applied


def test_chat_and_the_divergence_view(client):
    turn = client.predict("Define churn in one sentence.", [BASE, "domain-qa-r8"], None, "", 20, api_name="/chat")
    for name in (BASE, "domain-qa-r8"):
        history = turn["histories"][name]
        assert [m["role"] for m in history] == ["user", "assistant"] and history[1]["content"]
    found = client.predict(PROMPT, ["domain-qa-r16"], "", 16, api_name="/divergence")["variants"]
    adapter = found["domain-qa-r16"]
    assert adapter["tokens"] and all(isinstance(t["logprob"], float) and isinstance(t["base_logprob"], float)
                                     for t in adapter["tokens"])
    assert adapter["diverges_at"] is not None  # the adapter's answer departs from the base's
    assert all(t["logprob"] == pytest.approx(t["base_logprob"], abs=1e-3) for t in found[BASE]["tokens"])


def test_eval_runs_rows_times_variants_on_the_server(client):
    result = client.predict("domain_qa", [BASE, "domain-qa-r16"], "test", 4, ["token_f1"], api_name="/evaluate")
    assert set(result["variants"]) == {BASE, "domain-qa-r16"} and result["throughput"]["rows"] == 4
    assert all(0 <= v["metrics"]["token_f1"] <= 100 for v in result["variants"].values())
    assert all(out["tokens"] > 0 for row in result["rows"] for out in row["outputs"].values())


def test_arena_battle_and_vote(client):
    updates = list(client.submit("Write a one-line slogan for a bakery.", "", None, 16, api_name="/arena_battle"))
    battle = updates[-1]
    assert battle["done"] and battle["a"] and battle["b"]
    vote = client.predict(battle["battle_id"], "a", api_name="/arena_vote")
    assert {vote["a"], vote["b"]} <= {BASE, *SHIPPED}
    board = client.predict(api_name="/leaderboard")
    assert sum(row["battles"] for row in board) >= 2


def test_what_the_server_cannot_do_is_refused_clearly(client, engine, vllm):
    with pytest.raises(Exception) as refused:
        client.predict(PROMPT, [BASE, "domain-qa-r16"], "", 8, 0.0, 1.0, 0, 1.0, None, "", None,
                       {"domain-qa-r16": 0.5}, api_name="/compare_full")
    assert Messages.SERVER_NO_STRENGTH in str(refused.value)
    with pytest.raises(Exception) as refused:
        client.predict("mix", ["domain-qa-r8", "domain-qa-r16"], api_name="/merge")
    assert Messages.SERVER_NO_MERGE in str(refused.value)
    assert not engine.capabilities.strength and not engine.capabilities.merge
    fixed = remote(vllm.url, runtime_lora=False)  # a server that does not load adapters at run time
    assert not fixed.capabilities.add_adapter
    with pytest.raises(RequestError, match="does not load adapters at run time"):
        fixed.add_adapter(REPO_ROOT / "adapters" / "domain-qa-r8", "again")


def test_an_uploaded_adapter_is_loaded_by_the_server_for_this_session(app_url, vllm, tmp_path):
    """/add_adapter with a zip: checked here, loaded by vLLM (/v1/load_lora_adapter), this visitor's only,
    generating like the shipped adapter it copies; removed, the server unloads it."""
    mine, other = Client(app_url, verbose=False), Client(app_url, verbose=False)
    archive = zipped(REPO_ROOT / "adapters" / "domain-qa-r8", "my-qa", tmp_path)
    row = mine.predict("", [handle_file(archive)], api_name="/add_adapter")
    assert (row["name"], row["status"], row["rank"]) == ("my-qa", "loaded", 8) and "/" not in row["source"]
    try:
        names = [r["name"] for r in mine.predict(api_name="/variants")]
        assert "my-qa" in names and "my-qa" not in [r["name"] for r in other.predict(api_name="/variants")]
        out = mine.predict(PROMPT, ["domain-qa-r8", "my-qa"], "", 12, api_name="/compare_full")["variants"]
        assert out["my-qa"]["tokens"] > 0 and out["my-qa"]["text"][:16] == out["domain-qa-r8"]["text"][:16]
    finally:
        mine.predict("my-qa", api_name="/remove_adapter")
    served_now = httpx.get(vllm.url + "/v1/models", headers={"Authorization": f"Bearer {KEY}"}, timeout=30)
    assert "my-qa" not in [m["id"] for m in served_now.json()["data"]]  # unloaded by the server


def test_a_wrong_key_is_refused_without_showing_either_key(vllm, caplog):
    caplog.set_level(logging.INFO)
    wrong = remote(vllm.url, key="sk-wrong-key-1234")
    assert wrong.variants == [BASE] and wrong.info.warnings
    with pytest.raises(RequestError) as refused:
        wrong.generate([Row(BASE, prompt_messages(PROMPT, None, LIMITS))], GenerationParams(max_new_tokens=4))
    text = str(refused.value) + " ".join(wrong.info.warnings) + caplog.text
    assert "API key" in text and "sk-wrong-key-1234" not in text and KEY not in text


def test_a_server_down_at_start_does_not_stop_the_app(tmp_path):
    port = free_port()  # nothing listens there
    down = remote(f"http://127.0.0.1:{port}")
    assert down.variants == [BASE] and "not answering" in down.info.warnings[0]
    with served(down, tmp_path) as url:
        page = httpx.get(url, timeout=60).text
        assert "not answering" in page
        with pytest.raises(Exception) as refused:
            Client(url, verbose=False).predict(PROMPT, [BASE], "", 8, api_name="/compare_full")
        message = str(refused.value)
        assert f"127.0.0.1:{port}" in message and "not answering" in message and "Traceback" not in message


def test_app_py_runs_on_the_openai_backend(tmp_path):
    """``python app.py`` with PLAYGROUND_BACKEND=openai: no model is loaded here, and a server that is not up yet
    is said in the header while the app serves."""
    port = free_port()
    env = {**os.environ, "PLAYGROUND_BACKEND": "openai", "PLAYGROUND_SERVER_URL": f"http://127.0.0.1:{port}/v1",
           "PLAYGROUND_SERVER_API_KEY": KEY}
    with app_subprocess(tmp_path, env) as (_, url):
        page = httpx.get(url, timeout=60).text
        assert f"127.0.0.1:{port}" in page and "not answering" in page and KEY not in page
        assert [r["name"] for r in Client(url, verbose=False).predict(api_name="/variants")] == [BASE]
    assert KEY not in (tmp_path / "app.log").read_text()


def test_two_replicas_share_the_arena_through_postgresql(vllm, postgres, tmp_path):
    """Two ``app.py`` processes in front of one vLLM server and one PostgreSQL database: a battle started through
    one replica is voted on through the other, both leaderboards count every vote, and a replica killed (-9)
    while votes are in flight loses none that it acknowledged."""
    database = postgres.new_database()
    env = {**os.environ, "PLAYGROUND_BACKEND": "openai", "PLAYGROUND_SERVER_URL": vllm.url + "/v1",
           "PLAYGROUND_SERVER_API_KEY": KEY, "PLAYGROUND_DATABASE_URL": database}
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
    with app_subprocess(tmp_path / "a", env) as (proc_a, url_a), app_subprocess(tmp_path / "b", env) as (_, url_b):
        first, second = Client(url_a, verbose=False), Client(url_b, verbose=False)

        def battle(client: Client) -> str:
            *_, last = client.submit("Name a colour.", "", None, 2, api_name="/arena_battle")
            assert last["done"]
            return last["battle_id"]

        voted = [second.predict(battle(first), "a", api_name="/arena_vote")["vote_id"],  # started on one, voted
                 first.predict(battle(second), "b", api_name="/arena_vote")["vote_id"]]  # on the other
        boards = [c.predict(api_name="/leaderboard") for c in (first, second)]
        assert boards[0] == boards[1] and sum(row["battles"] for row in boards[0]) == 2 * len(voted)

        pending = [battle(first) for _ in range(24)]
        acknowledged: list[int] = []
        failed: list[str] = []
        three_in = threading.Event()

        def cast(battle_ids: list[str]) -> None:  # one voter: its battles' votes one after another
            voter = Client(url_a, verbose=False)
            for battle_id in battle_ids:
                try:
                    acknowledged.append(voter.predict(battle_id, "tie", api_name="/arena_vote")["vote_id"])
                except Exception as err:  # the replica died before answering
                    failed.append(type(err).__name__)
                if len(acknowledged) >= 3:
                    three_in.set()

        threads = [threading.Thread(target=cast, args=(pending[i::4],)) for i in range(4)]
        for thread in threads:
            thread.start()
        three_in.wait(timeout=300)
        proc_a.kill()  # SIGKILL while the voters go on: no shutdown code runs
        for thread in threads:
            thread.join(timeout=300)
        assert len(acknowledged) >= 3 and failed and not any(t.is_alive() for t in threads)

        stored = {row["vote_id"]: row for row in second.predict("votes", "", "", api_name="/arena_export")}
        assert set(voted + acknowledged) <= set(stored)  # every acknowledged vote survived the kill
        assert all(row["output_a"] is not None and row["output_b"] is not None for row in stored.values())
        assert sum(row["battles"] for row in second.predict(api_name="/leaderboard")) == 2 * len(stored)
        assert second.predict(battle(second), "a", api_name="/arena_vote")["vote_id"] not in stored  # B goes on
    for log in (tmp_path / "a" / "app.log", tmp_path / "b" / "app.log"):
        assert postgres.password not in log.read_text() and KEY not in log.read_text()


def test_a_silent_server_times_out_between_tokens():
    """A server that accepts the connection and never answers: the wait ends at the token timeout."""
    listener = socket.create_server(("127.0.0.1", 0))
    accepted = []
    threading.Thread(target=lambda: accepted.append(listener.accept()), daemon=True).start()
    try:
        silent = remote(f"http://127.0.0.1:{listener.getsockname()[1]}", token_timeout_s=1.0)
        assert silent.variants == [BASE] and "no answer within 1 s" in silent.info.warnings[0]
    finally:
        listener.close()


def test_a_server_killed_mid_stream_ends_every_pane_then_comes_back(client, vllm, engine):
    """kill -9 while four rows stream: each pane ends with the reason, the next request is refused clearly, and
    once the server is back (same port) requests work again. Runs last in this module (it restarts the server)."""
    variants = [BASE, "domain-qa-r16", "linkedin-post", "elevator-pitch"]
    job = client.submit("Write a long story about a lighthouse keeper.", variants, "", 400, api_name="/compare_full")
    for update in job:
        if any(v["tokens"] >= 3 for v in update["variants"].values()):
            break
    vllm.kill()
    final = job.result(timeout=600)["variants"]
    for name in variants:
        out = final[name]
        assert out["finish_reason"] == "error" and out["tokens"] < 400, out
        assert "stopped answering" in out["error"] or "not answering" in out["error"]
    with pytest.raises(Exception) as refused:
        client.predict(PROMPT, [BASE], "", 8, api_name="/compare_full")
    assert "not answering" in str(refused.value)
    vllm.start()
    again = client.predict(PROMPT, [BASE, "domain-qa-r16"], "", 8, api_name="/compare_full")["variants"]
    assert all(v["tokens"] > 0 and v["finish_reason"] in ("length", "stop") for v in again.values())
    assert engine.variants == [BASE, *SHIPPED] and not engine.info.warnings
