"""Hardening (issue #5), proven on a launched app driven by gradio_client.

Limits and their messages, the wall-clock cap, the queue (16 streaming clients, busy then recovery),
cancel within 2 s, the optional rate limit, pickle-free adapter loading, the file route, atomic
writes and a 200-request soak. Generations stay tiny (2-16 new tokens) except where a long one is
what gets stopped.
"""

from __future__ import annotations

import pickle
import re
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import fields, replace
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
import torch
from gradio_client import Client
from gradio_client.exceptions import AppError
from gradio_client.utils import QueueError, Status
from safetensors.torch import save_file

from bench.soak import growth_after_warmup, report, soak
from playground.core.config import HUB_BASE_ID, REPO_ROOT
from playground.core.limits import Limits
from playground.core.messages import Messages
from playground.core.types import GenerationParams, Row
from playground.features.ratelimit import RateLimit, RateLimiter
from playground.local.adapters import scan
from playground.services.requests import prompt_messages
from tests.conftest import STEPS_AFTER_STOP, WAIT_MS, demo_of, served, wait_until_idle

LIMITS = Limits()  # the limits every test engine runs with (its defaults)
QUEUE_SLOTS = 2  # events feeding the engine at once in the queue tests (filling the default 16 takes 16 streams)

LONG = "Write a very long story about a lighthouse keeper, the sea and the ships that pass."
RUNNING = (Status.PROCESSING, Status.ITERATING, Status.PROGRESS)


def wait_for(condition, seconds: float = WAIT_MS / 1000) -> bool:
    """Poll ``condition`` until it holds; False after ``seconds`` (generous: only a failing test waits long)."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def launched(engine, data_dir: Path, max_queue: int | None = None):
    """A second app on the same engine, served as app.py serves it (tests/conftest.py: served)."""
    return served(engine, data_dir, max_queue)


# ----- limits and messages ------------------------------------------------------------------
def test_every_limit_has_an_environment_variable_documented_in_the_readme(monkeypatch):
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    for f in fields(Limits):
        monkeypatch.setenv(f"PLAYGROUND_{f.name.upper()}", str(f.default + 3))
        assert f"PLAYGROUND_{f.name.upper()}" in readme, f.name
    changed = Limits.from_env()
    assert all(getattr(changed, f.name) == f.default + 3 for f in fields(Limits))
    monkeypatch.setenv("PLAYGROUND_MAX_QUEUE", "many")
    with pytest.raises(ValueError, match="PLAYGROUND_MAX_QUEUE must be an integer, got 'many'"):
        Limits.from_env()
    monkeypatch.setenv("PLAYGROUND_MAX_QUEUE", "-1")
    with pytest.raises(ValueError, match=r"max_queue \(PLAYGROUND_MAX_QUEUE\) must not be negative, got -1"):
        Limits.from_env()


TOO_MANY = ["base", "alpha", "beta", "gamma", *(f"v{i}" for i in range(LIMITS.max_variants))]
PARROTS = "🦜" * 3000  # under the character limit, over the 8192-token window (several tokens per parrot)
BAD_REQUESTS = {
    "negative temperature": ({"temperature": -0.5}, "temperature must be a number from 0 (greedy) to 2; got -0.5"),
    "top_p above 1": ({"top_p": 1.5}, "top_p must be a number in (0, 1]; got 1.5"),
    "unknown variant": ({"variants": ["base", "nope"]}, lambda engine: Messages.UNKNOWN_VARIANT.format(
        name="nope", available=", ".join(engine.variants))),
    "empty prompt": ({"prompt": " \n "}, Messages.EMPTY_PROMPT),
    "too many variants": ({"variants": TOO_MANY},
                          Messages.TOO_MANY_VARIANTS.format(limit=LIMITS.max_variants, count=LIMITS.max_variants + 4)),
    "too many new tokens": ({"max_new_tokens": LIMITS.max_new_tokens + 1},
                            f"max_new_tokens must be an integer from 1 to {LIMITS.max_new_tokens}"),
    "prompt too long": ({"prompt": "x" * (LIMITS.max_prompt_chars + 1)}, Messages.PROMPT_TOO_LONG.format(
        chars=LIMITS.max_prompt_chars + 1, limit=LIMITS.max_prompt_chars)),
    "system prompt too long": ({"system_prompt": "y" * (LIMITS.max_prompt_chars + 1)}, Messages.MESSAGE_TOO_LONG.format(
        role="system", chars=LIMITS.max_prompt_chars + 1, limit=LIMITS.max_prompt_chars)),
    "over the context window": ({"prompt": PARROTS}, lambda engine: Messages.PROMPT_TOO_MANY_TOKENS.format(
        tokens=len(engine.encode(prompt_messages(PARROTS, None, engine.limits))), new=16, window=engine.context_window)),
}


@pytest.mark.parametrize("case", list(BAD_REQUESTS))
def test_bad_input_gets_its_message_before_the_model_runs(client, engine, case):
    changes, message = BAD_REQUESTS[case]
    request = {"prompt": "Say hi.", "variants": ["base", "alpha"], "max_new_tokens": 16, **changes}
    if callable(message):  # it names what the engine holds: its variants, or the prompt's token count
        message = message(engine)
    before = engine.last_interrupt
    for api_name in ("/compare", "/compare_full"):
        with pytest.raises(AppError, match=re.escape(message)):
            client.predict(**request, api_name=api_name)
    assert engine.last_interrupt is before and engine.active == 0  # no generate() was started


def test_wall_clock_cap_ends_a_runaway_generation(client, engine, monkeypatch):
    monkeypatch.setattr(engine, "limits", replace(engine.limits, generation_timeout_s=1))
    result = client.predict(LONG, ["base", "alpha"], max_new_tokens=LIMITS.max_new_tokens, api_name="/compare_full")
    stats = result["variants"]
    assert {s["finish_reason"] for s in stats.values()} == {"timeout"}, stats
    assert all(0 < s["tokens"] < LIMITS.max_new_tokens for s in stats.values())
    assert engine.last_interrupt.reason == "timeout"


# ----- queue, concurrency, cancel -------------------------------------------------------------
READ_ONLY = {"variants", "arena_vote", "leaderboard", "arena_export"}  # no model work, so outside the pool


def test_every_generating_endpoint_shares_one_slot_pool_and_the_queue_is_bounded(engine, tmp_path):
    demo = demo_of(engine, tmp_path)
    endpoints = {fn.api_name: fn for fn in demo.fns.values() if fn.api_name and fn.api_visibility != "private"}
    generating = {name: fn for name, fn in endpoints.items()
                  if name not in READ_ONLY and getattr(fn.fn, "__name__", "") != "<lambda>"}  # lambdas: UI refreshes
    assert {"compare", "compare_full", "evaluate"} <= set(generating)
    for name, fn in generating.items():  # a new endpoint that runs the model must join the pool (or be read-only)
        assert fn.queue and (fn.concurrency_id, fn.concurrency_limit) == ("generate", LIMITS.concurrency), name
    assert demo._queue.max_size == LIMITS.max_queue


def test_sixteen_concurrent_streaming_clients_each_get_their_own_outputs(client, engine):
    adapters = [v for v in engine.variants if v != "base"]
    picks = [[adapters[i % len(adapters)]] if i % 2 else ["base", adapters[i % len(adapters)]] for i in range(16)]
    prompts = [f"Name a fruit, then count from 1 to {i + 3}." for i in range(16)]
    greedy = GenerationParams(max_new_tokens=12)
    expected = []
    for prompt, picked in zip(prompts, picks):  # each request alone: the reference its client must receive
        messages = prompt_messages(prompt, None, engine.limits)
        expected.append({o.variant: o.text for o in engine.generate([Row(v, messages) for v in picked], greedy)})
    clients = [Client(client.src, verbose=False) for _ in range(16)]
    jobs = [c.submit(p, v, max_new_tokens=12, api_name="/compare") for c, p, v in zip(clients, prompts, picks)]
    for job, picked, reference in zip(jobs, picks, expected):
        assert job.result(timeout=600) == reference
        updates = job.outputs()
        for name in picked:
            lengths = [len(update[name]) for update in updates]
            assert lengths == sorted(lengths) and lengths[-1] > lengths[0], (name, lengths)  # it streamed
    assert wait_until_idle(engine)


def test_a_full_queue_says_busy_and_later_requests_succeed(engine, tmp_path, monkeypatch):
    monkeypatch.setattr(engine, "limits", replace(engine.limits, concurrency=QUEUE_SLOTS))
    with launched(engine, tmp_path, max_queue=1) as url:
        # One session per job: gradio's /cancel stops every running job of a session's endpoint.
        client, *others = [Client(url, verbose=False) for _ in range(QUEUE_SLOTS + 2)]
        long = {"max_new_tokens": LIMITS.max_new_tokens, "api_name": "/compare"}
        running = []
        for i, c in enumerate(others[:-1]):  # one at a time: two joining at once could overflow the 1-place queue
            running.append(c.submit(f"{LONG} ({i})", ["base"], **long))
            assert wait_for(lambda: running[-1].status().code in RUNNING)
        assert wait_for(lambda: all(job.status().code in RUNNING for job in running))
        waiting = others[-1].submit(LONG, ["alpha"], **long)
        assert wait_for(lambda: waiting.status().code == Status.IN_QUEUE)
        refused = client.submit("Say hi.", ["base"], max_new_tokens=2, api_name="/compare")
        with pytest.raises(QueueError, match=r"Queue is full! Please try again\."):
            refused.result(timeout=30)
        for job in [waiting, *running]:
            job.cancel()
        assert wait_until_idle(engine)
        later = client.predict("Say hi.", ["base", "beta"], max_new_tokens=4, api_name="/compare")
        assert later["base"] and later["beta"]


def test_cancel_ends_the_generation_within_a_few_steps_and_frees_the_slot(client, engine):
    job = client.submit(LONG, ["base", "alpha", "beta"], max_new_tokens=LIMITS.max_new_tokens, api_name="/compare")
    assert wait_for(lambda: engine.active and any(o.get("base") for o in job.outputs()))  # streaming now
    interrupt = engine.last_interrupt
    cancelled_at_step = interrupt.steps
    job.cancel()
    assert wait_until_idle(engine)
    assert interrupt.reason == "stopped" and interrupt.steps - cancelled_at_step <= STEPS_AFTER_STOP
    after = client.predict("Say hi.", ["gamma"], max_new_tokens=4, api_name="/compare")  # the slot is free again
    assert after["gamma"] and engine.last_interrupt is not interrupt


def test_rate_limit_refuses_one_client_over_its_window_and_not_the_others(client, engine, monkeypatch, session_app):
    monkeypatch.setattr(session_app, "rate", RateLimiter(RateLimit(per_minute=2, window_s=3, trust_forwarded=True)))
    busy = Client(client.src, verbose=False, headers={"X-Forwarded-For": "203.0.113.1, 10.0.0.2"})
    other = Client(client.src, verbose=False, headers={"X-Forwarded-For": "203.0.113.2, 10.0.0.2"})
    ask = {"max_new_tokens": 2, "api_name": "/compare"}
    for _ in range(2):
        assert busy.predict("Say hi.", ["base"], **ask)["base"]
    before = engine.last_interrupt
    expected = re.escape(Messages.RATE_LIMITED.format(limit=2, seconds="@")).replace("@", r"\d+")
    with pytest.raises(AppError, match=expected) as refused:
        busy.predict("Say hi.", ["base"], **ask)
    assert engine.last_interrupt is before  # refused before the model ran
    assert other.predict("Say hi.", ["alpha"], **ask)["alpha"]
    with pytest.raises(AppError, match="Too many requests"):
        busy.predict("Say hi.", ["beta"], max_new_tokens=2, api_name="/compare_full")
    time.sleep(int(re.search(r"Try again in (\d+) s", str(refused.value))[1]))  # what the message said
    assert busy.predict("Say hi.", ["base"], **ask)["base"]


# ----- adapters: only safetensors, checked before use ---------------------------------------------
class _Plant:
    """A pickle that creates a file when it is unpickled: any code could run in its place."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return Path.touch, (self.marker,)


def test_pickles_and_wrong_base_adapters_are_refused_without_being_unpickled(tmp_path, adapter_source, engine,
                                                                             monkeypatch):
    control = tmp_path / "control-ran"
    pickle.loads(pickle.dumps(_Plant(control)))
    assert control.exists()  # the payload is live: unpickling it runs code
    marker = tmp_path / "adapter-payload-ran"
    payload = pickle.dumps(_Plant(marker))
    folder = tmp_path / "adapters"
    for name in ("good", "renamed-pickle", "torch-save", "bin-beside", "wrong-base"):
        shutil.copytree(adapter_source / "alpha", folder / name)
    (folder / "renamed-pickle" / "adapter_model.safetensors").write_bytes(payload)
    torch.save({"marker": _Plant(marker)}, folder / "torch-save" / "adapter_model.safetensors")
    (folder / "bin-beside" / "adapter_model.bin").write_bytes(payload)
    wrong = folder / "wrong-base"
    (wrong / "adapter_config.json").write_text((wrong / "adapter_config.json").read_text().replace(
        HUB_BASE_ID, "mistralai/Mistral-7B-Instruct-v0.3"))
    prefix = "base_model.model.model.layers.0.self_attn.q_proj"
    save_file({f"{prefix}.lora_A.weight": torch.zeros(8, 4096), f"{prefix}.lora_B.weight": torch.zeros(4096, 8)},
              wrong / "adapter_model.safetensors")
    unpickled = []
    for module, name in ((torch, "load"), (pickle, "load"), (pickle, "loads")):
        real = getattr(module, name)
        monkeypatch.setattr(module, name, lambda *a, _real=real, **k: unpickled.append(a) or _real(*a, **k))

    result = scan(folder, [], engine.base.model, HUB_BASE_ID)

    reasons = {bad.name: bad.reason for bad in result.rejected}
    assert [a.name for a in result.loaded] == ["good"]
    assert reasons["renamed-pickle"] == "adapter_model.safetensors is pickle data; refused"
    assert reasons["torch-save"] == "adapter_model.safetensors is pickle data; refused"
    assert reasons["bin-beside"].startswith("pickle-format weights are refused (adapter_model.bin)")
    assert "do not fit the base layer (576 -> 576)" in reasons["wrong-base"]
    assert "Mistral-7B-Instruct-v0.3" in reasons["wrong-base"]
    assert unpickled == [] and not marker.exists()


def test_nothing_enables_trust_remote_code():
    sources = [REPO_ROOT / "app.py", *(REPO_ROOT / "playground").rglob("*.py"), *(REPO_ROOT / "bench").rglob("*.py")]
    uses = [(path.name, line.strip()) for path in sources for line in path.read_text(encoding="utf-8").splitlines()
            if "trust_remote_code" in line]
    assert all("trust_remote_code=False" in line for _, line in uses), uses


# ----- the file route ------------------------------------------------------------------------------
def test_file_route_serves_uploads_and_nothing_else(client, data_dir, adapters_dir, base_folder, tmp_path, monkeypatch):
    root = client.src.rstrip("/")
    with httpx.Client(timeout=30) as http:
        uploaded = http.post(f"{root}/gradio_api/upload", files={"files": ("note.txt", b"uploaded by a user")})
        [served_path] = uploaded.json()
        served = http.get(f"{root}/gradio_api/file={served_path}")
        assert served.status_code == 200 and served.text == "uploaded by a user"  # the route works

        beside = tmp_path / "space"  # the app's folder on a Space: app.py with its .env
        beside.mkdir()
        (beside / "app.py").write_text("print('app')\n")
        (beside / ".env").write_text("HF_TOKEN=hf_secret_for_the_probe\n")
        stored = data_dir / "probe-secret.txt"
        stored.write_text("hf_secret_for_the_probe\n")
        monkeypatch.chdir(beside)
        probes = [
            "/etc/passwd", quote("/etc/passwd", safe=""), "../../../../../../../etc/passwd",
            quote("../../../../../../../etc/passwd", safe=""), f"{served_path}/../../../../../../etc/passwd",
            quote(f"{served_path}/../../../../../../etc/passwd", safe=""),
            ".env", "./.env", str(beside / ".env"), quote(str(beside / ".env"), safe=""), "app.py",
            str(REPO_ROOT / "app.py"), str(REPO_ROOT / "playground" / "limits.py"), str(stored),
            str(adapters_dir / "alpha" / "adapter_config.json"), str(base_folder / "config.json"),
            str(Path(served_path).parent), "~/.bashrc", "file:///etc/passwd",
        ]
        for probe in probes:
            response = http.get(f"{root}/gradio_api/file={probe}")
            assert response.status_code in (403, 404), (probe, response.status_code)
            assert "root:" not in response.text and "hf_secret" not in response.text, probe
        legacy = http.get(f"{root}/file=/etc/passwd")
        assert "root:" not in legacy.text
    stored.unlink()


# ----- stored data is written atomically --------------------------------------------------------------
CRASH_MID_WRITE = """
import resource, signal, sys
from playground.eval.report import write_atomic
signal.signal(signal.SIGXFSZ, signal.SIG_DFL)  # Python ignores it; by default it kills the process
resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536))  # so the kernel kills the writer at 64 KiB
write_atomic(sys.argv[1], "new results " * 100_000)
"""


def test_a_crash_mid_write_leaves_the_previous_file_intact(tmp_path):
    target = tmp_path / "results.json"
    target.write_text('{"previous": true}\n')
    crashed = subprocess.run([sys.executable, "-c", CRASH_MID_WRITE, str(target)], cwd=REPO_ROOT,
                             capture_output=True, timeout=300)
    assert crashed.returncode == -signal.SIGXFSZ, crashed.stderr.decode()[-2000:]
    assert target.read_text() == '{"previous": true}\n'
    [partial] = [p for p in tmp_path.iterdir() if p != target]  # the half-written temp file, never renamed
    assert 0 < partial.stat().st_size <= 65536


# ----- soak ---------------------------------------------------------------------------------------------
def test_soak_of_200_requests_keeps_memory_flat(client, engine):
    started = time.perf_counter()
    samples = soak(client, engine.variants, requests=200, tokens=2)
    print(report(samples, 2, time.perf_counter() - started, engine.variants))  # shown with pytest -s
    assert growth_after_warmup(samples) < 16, samples  # 16 MiB over 160 requests: a leak of 100 KiB each
    assert wait_until_idle(engine)
