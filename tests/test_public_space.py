"""What a public Space exposes (issue #14), probed against the app served the way app.py serves it.

Raw ``/gradio_api/queue/join`` calls reach UI-only events by ``fn_index``, as an attacker would; the
rest goes through gradio_client. Each test failed on the code before the fix it guards.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import replace

import httpx
import pytest
from gradio_client import Client
from gradio_client.exceptions import AppError, ValidationError
from gradio_client.utils import Status

from playground.core.limits import Limits
from playground.core.messages import Messages
from playground.eval.data import DataError, load_rows
from playground.features.arena import ArenaPolicy
from playground.web.app import CACHE_TTL
from playground.web.files import uploaded_path
from tests.conftest import STEPS_AFTER_STOP, demo_of, served, wait_until_idle
from tests.test_hardening import LONG, RUNNING, wait_for

LIMITS = Limits()  # the limits every test engine runs with (its defaults)


# ----- raw gradio protocol: what a script can send without the page -------------------------
def fn_index(config: dict, elem_id: str, event: str = "click") -> int:
    """The dependency (event) that ``event`` on the component with ``elem_id`` triggers."""
    ids = [c["id"] for c in config["components"] if c.get("props", {}).get("elem_id") == elem_id]
    for index, dep in enumerate(config["dependencies"]):
        if any(target[0] in ids and target[1] == event for target in dep["targets"]):
            return dep.get("id", index)
    raise LookupError(f"no {event} event on #{elem_id}")


def raw_call(url: str, fn: int, data: list, session_hash: str | None = None, timeout: float = 300) -> dict:
    """Join the queue for event ``fn`` with ``data`` and return its ``process_completed`` message."""
    session = session_hash or uuid.uuid4().hex
    body = {"data": data, "fn_index": fn, "session_hash": session, "event_data": None, "trigger_id": None}
    joined = httpx.post(f"{url}gradio_api/queue/join", content=json.dumps(body).encode("ascii"),  # \uXXXX escapes
                        headers={"content-type": "application/json"}, timeout=30)
    assert joined.status_code == 200, joined.text
    with httpx.stream("GET", f"{url}gradio_api/queue/data", params={"session_hash": session},
                      timeout=timeout) as stream:
        for line in stream.iter_lines():
            if line.startswith("data:"):
                message = json.loads(line[5:])
                if message.get("msg") == "process_completed":
                    return message
    raise AssertionError("the stream ended without process_completed")


def api_index(config: dict, api_name: str) -> int:
    return next(dep["id"] for dep in config["dependencies"] if dep.get("api_name") == api_name)


def eval_inputs(upload: dict) -> list:
    """The Eval tab's run inputs: source, task, split, upload, variants, metrics, limit, max new tokens,
    latency runs."""
    return ["upload", "", "test", upload, ["base"], ["exact_match"], 2, 2, 0]


def file_data(path: str) -> dict:
    return {"path": path, "orig_name": "rows.csv", "meta": {"_type": "gradio.FileData"}}


# ----- 1. a file input must name a file the user uploaded ------------------------------------------
def test_the_eval_upload_refuses_a_server_file_named_by_path(client, tmp_path):
    secret = tmp_path / "secret.csv"
    marker = f"TOP-SECRET-{uuid.uuid4().hex}"
    secret.write_text(f"prompt,reference\n{marker},{marker}\n", encoding="utf-8")
    run = fn_index(client.config, "eval-run")
    relative = "../" * 12 + str(secret).lstrip("/")
    for path in (str(secret), relative, str(tmp_path / "missing.csv")):
        answer = raw_call(client.src, run, eval_inputs(file_data(path)))
        text = json.dumps(answer)
        assert answer["success"] is False and answer["output"]["error"] == Messages.NOT_UPLOADED, text
        assert marker not in text and str(tmp_path) not in text  # no rows, no path, no "which files exist"


def test_a_file_the_user_uploaded_still_runs(client, tmp_path):
    rows = tmp_path / "rows.csv"
    rows.write_text("prompt,reference\nSay yes.,yes\n", encoding="utf-8")
    uploaded = httpx.post(f"{client.src}gradio_api/upload", files={"files": ("rows.csv", rows.read_bytes())},
                          timeout=30).json()[0]
    answer = raw_call(client.src, fn_index(client.config, "eval-run"), eval_inputs(file_data(uploaded)))
    assert answer["success"] is True, answer
    assert "Done." in json.dumps(answer["output"]["data"][0])


def test_the_eval_tab_checks_the_upload_folder_itself():
    """Whatever way the app is served, a path outside gradio's upload folder is refused."""
    for path in ("/etc/passwd", "../../etc/passwd", None, 42):
        with pytest.raises(DataError, match=Messages.NOT_UPLOADED):
            uploaded_path(path)


def test_only_the_eval_and_adapter_uploads_take_files(engine, tmp_path):
    """Both check that a file was uploaded by a user (web/files.py: uploaded_path) before reading it."""
    demo = demo_of(engine, tmp_path)
    file_inputs = {block.elem_id for fn in demo.fns.values() for block in fn.inputs
                   if type(block).__name__ in ("File", "UploadButton", "Image", "Audio", "Video")}
    assert file_inputs == {"eval-upload", "add-files"}


# ----- 4. user text in messages shows as text -------------------------------------------------------
def test_error_messages_escape_the_user_values_they_quote(client):
    payload = '<img src="http://127.0.0.2/x.png"><a href="http://127.0.0.2">click</a>'
    with pytest.raises(AppError) as refused:
        client.predict("Say hi.", ["base", payload], max_new_tokens=2, api_name="/compare")
    message = str(refused.value)
    assert "&lt;img src=" in message and "<img" not in message and "<a " not in message


# ----- 6. one client cannot hold the queue or the slot -----------------------------------------------
def test_a_client_over_its_job_cap_is_refused_and_others_are_not(engine, tmp_path, monkeypatch):
    # one slot: the client's second job waits in the queue, and a waiting job counts toward the cap too
    monkeypatch.setattr(engine, "limits", replace(engine.limits, max_jobs_per_client=2, concurrency=1))
    on_space = ArenaPolicy(on_space=True)  # the client is the first X-Forwarded-For hop, as on a Space
    with served(engine, tmp_path, policy=on_space) as url:
        mine = [Client(url, verbose=False, headers={"X-Forwarded-For": "198.51.100.7"}) for _ in range(3)]
        other = Client(url, verbose=False, headers={"X-Forwarded-For": "198.51.100.8"})
        long = {"max_new_tokens": LIMITS.max_new_tokens, "api_name": "/compare"}
        held = [mine[0].submit(LONG, ["base"], **long), mine[1].submit(f"{LONG} (2)", ["alpha"], **long)]
        try:
            # both joined the queue (submit() posts from a thread, so in either order): one running, one waiting
            assert wait_for(lambda: sorted(job.status().code in RUNNING for job in held) == [False, True] and
                            Status.IN_QUEUE in [job.status().code for job in held], 60), [j.status().code for j in held]
            with pytest.raises(ValidationError, match="2 generation\\(s\\) queued or running; the limit is 2"):
                mine[2].predict("Say hi.", ["base"], max_new_tokens=2, api_name="/compare")
            waiting = other.submit("Say hi.", ["base"], max_new_tokens=2, api_name="/compare")  # queued, not refused
        finally:
            for job in held:
                job.cancel()
        assert waiting.result(timeout=300)["base"]
        assert wait_until_idle(engine)
        assert mine[2].predict("Say hi.", ["base"], max_new_tokens=2, api_name="/compare")["base"]  # room again


def test_a_request_over_the_work_budget_is_refused_before_the_model_runs(client, engine, monkeypatch):
    monkeypatch.setattr(engine, "limits", replace(engine.limits, max_request_tokens=1000))
    before = engine.last_interrupt
    message = Messages.REQUEST_TOO_BIG.format(variants=4, tokens=256, work=1024, limit=1000)
    for api_name in ("/compare", "/compare_full"):
        with pytest.raises(AppError, match=message.split(";")[0].replace("(", r"\(").replace(")", r"\)")):
            client.predict("Say hi.", ["base", "alpha", "beta", "gamma"], max_new_tokens=256, api_name=api_name)
    with pytest.raises(AppError, match="tokens of work"):
        client.predict("Hi", ["base", "alpha", "beta", "gamma"], None, max_new_tokens=256, api_name="/chat")
    assert engine.last_interrupt is before


def test_an_eval_over_the_work_budget_is_refused(client, engine, monkeypatch):
    monkeypatch.setattr(engine, "limits", replace(engine.limits, max_eval_tokens=100))
    with pytest.raises(AppError, match="tokens of work; the limit is 100 per run"):
        client.predict("domain_qa", ["base", "alpha"], "test", 20, api_name="/evaluate")


def test_evaluate_stops_when_cancelled_and_when_its_client_leaves(client, engine):
    """30 rows x 2 variants of long posts: one batch of the eval runner, far longer than the stop takes."""
    before = engine.last_interrupt
    job = client.submit("linkedin_post", ["base", "alpha"], "test", 30, api_name="/evaluate")
    assert wait_for(lambda: engine.last_interrupt is not before)  # decoding
    interrupt = engine.last_interrupt
    mark = interrupt.steps
    job.cancel()
    assert wait_until_idle(engine)
    assert engine.last_interrupt is interrupt and interrupt.reason == "stopped", interrupt.reason
    assert interrupt.steps - mark <= STEPS_AFTER_STOP

    # a raw client that joins, sees the run going, then drops the connection
    session = uuid.uuid4().hex
    httpx.post(f"{client.src}gradio_api/queue/join", json={
        "data": ["linkedin_post", ["base", "beta"], "test", 30, None], "fn_index": api_index(client.config, "evaluate"),
        "session_hash": session, "event_data": None, "trigger_id": None}, timeout=30).raise_for_status()
    with httpx.stream("GET", f"{client.src}gradio_api/queue/data", params={"session_hash": session},
                      timeout=300) as stream:
        for line in stream.iter_lines():
            if '"process_generating"' in line and engine.last_interrupt is not interrupt:  # decoding
                break
    left = engine.last_interrupt
    assert left is not interrupt
    assert wait_until_idle(engine)
    assert engine.last_interrupt is left and left.reason == "stopped", left.reason  # not run to its end


def test_space_defaults_turn_the_rate_limit_and_the_job_cap_on(monkeypatch):
    for name in ("RATE_LIMIT_PER_MINUTE", "MAX_JOBS_PER_CLIENT"):
        monkeypatch.delenv(f"PLAYGROUND_{name}", raising=False)
    assert (Limits.from_env().rate_limit_per_minute, Limits.from_env().max_jobs_per_client) == (0, 0)  # local
    monkeypatch.setenv("SPACE_ID", "someone/playground")
    on_space = Limits.from_env()
    assert on_space.rate_limit_per_minute > 0 and on_space.max_jobs_per_client > 0
    monkeypatch.setenv("PLAYGROUND_RATE_LIMIT_PER_MINUTE", "0")  # an operator can still turn it off
    assert Limits.from_env().rate_limit_per_minute == 0


# ----- 7 and 8: no server paths, no raw exception text -----------------------------------------------
def test_variants_show_no_server_paths(client, adapters_dir):
    rows = client.predict(api_name="/variants")
    assert rows and all(not str(row.get("source", "")).startswith("/") for row in rows), rows
    assert str(adapters_dir) not in json.dumps(rows)
    assert {row["name"]: row["source"] for row in rows}["pickled"] == "pickled"


def test_a_missing_data_file_is_named_without_its_path(tmp_path):
    with pytest.raises(DataError) as refused:
        load_rows(tmp_path / "nope.jsonl", None)
    assert str(refused.value) == "Data file not found: nope.jsonl." and str(tmp_path) not in str(refused.value)


WRONG_TYPES = {  # value -> the message the caller gets (never "'int' object has no attribute 'strip'")
    "prompt is a number": ({"prompt": 123}, Messages.BAD_TYPE.format(name="prompt", kind="text", got="int")),
    "a variant is a mapping": ({"variants": [{}]}, Messages.BAD_TYPE.format(
        name="variants", kind="a list of variant names", got="a list")),
    "strengths is a list": ({"strengths": [0.5]}, Messages.BAD_TYPE.format(
        name="strengths", kind="a mapping of adapter name to strength", got="a list")),
    "a lone surrogate": ({"prompt": "hi \ud800 there"}, Messages.BAD_TEXT.format(name="prompt")),
    "a lone surrogate in the system prompt": ({"system_prompt": "\udfff"}, Messages.BAD_TEXT.format(
        name="system prompt")),
}


COMPARE_FULL = ["prompt", "variants", "system_prompt", "max_new_tokens", "temperature", "top_p", "top_k",
                "repetition_penalty", "seed", "task", "fields", "strengths"]  # /compare_full's parameters in order


@pytest.mark.parametrize("case", list(WRONG_TYPES))
def test_wrongly_typed_values_get_a_clear_message(client, engine, case):
    """Raw JSON, as any script can send it (gradio_client cannot even encode a lone surrogate)."""
    changes, message = WRONG_TYPES[case]
    request = {"prompt": "Say hi.", "variants": ["base", "alpha"], "system_prompt": "", "max_new_tokens": 2,
               "temperature": 0.0, "top_p": 1.0, "top_k": 0, "repetition_penalty": 1.0, "seed": None, "task": "",
               "fields": None, "strengths": None, **changes}
    before = engine.last_interrupt
    answer = raw_call(client.src, api_index(client.config, "compare_full"), [request[k] for k in COMPARE_FULL])
    assert answer["success"] is False and answer["output"]["error"] == message, answer
    assert engine.last_interrupt is before


def test_an_unexpected_error_reaches_the_client_as_a_generic_message(client, engine, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("/srv/secret/path exploded")
        yield  # a generator, like the real stream

    monkeypatch.setattr(engine, "stream", broken)
    with pytest.raises(AppError) as refused:
        client.predict("Say hi.", ["base"], max_new_tokens=2, api_name="/compare")
    assert str(refused.value) == Messages.INTERNAL_ERROR


def test_oversized_csv_cells_and_deeply_nested_rows_get_clear_messages(tmp_path):
    big = tmp_path / "big.csv"
    big.write_text("prompt,reference\n" + "x" * 200_000 + ",y\n", encoding="utf-8")
    deep = tmp_path / "deep.jsonl"
    deep.write_text('{"prompt": ' + "[" * 100_000 + "]" * 100_000 + "}\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"big\.csv: not a readable CSV file \(field larger than field limit; "):
        load_rows(big, None)
    with pytest.raises(DataError, match=r"deep\.jsonl, row 1: nested too deeply"):
        load_rows(deep, None)


# ----- 11: gradio's own cache is cleaned --------------------------------------------------------------
def test_gradio_deletes_old_uploads_and_downloads(engine, tmp_path):
    assert demo_of(engine, tmp_path).delete_cache == CACHE_TTL and CACHE_TTL[1] <= 24 * 3600


# ----- every event of the page, reached by fn_index as a script would -----------------------------
RAW_TEXT = ("Traceback", "object has no attribute", "unhashable type", "NoneType", 'File "/', "KeyError",
            "IndexError", "TypeError", "not subscriptable")


def call_any(url: str, dep: dict, data: list) -> dict:
    """An event's answer, through the queue or (queue=False events) through /run/predict."""
    if dep.get("queue", True) is False:
        answer = httpx.post(f"{url}gradio_api/run/predict", json={
            "data": data, "fn_index": dep["id"], "session_hash": uuid.uuid4().hex}, timeout=120)
        return {"status": answer.status_code, "body": answer.text}
    return raw_call(url, dep["id"], data)


def test_every_event_answers_garbage_with_a_message_not_an_exception(client, engine):
    """Every event with a server function, with every input None, then a nested mapping: a refusal with a
    message, or a result; never an exception's own text. And nothing runs the model."""
    before = engine.last_interrupt
    events = [dep for dep in client.config["dependencies"] if dep.get("backend_fn", True)]
    assert len(events) > 30
    for dep in events:
        for garbage in (None, {"a": [{"b": None}]}):
            answer = json.dumps(call_any(client.src, dep, [garbage] * len(dep["inputs"])))
            assert not any(raw in answer for raw in RAW_TEXT), (dep["id"], dep.get("api_name"), answer[:600])
    assert engine.last_interrupt is before
