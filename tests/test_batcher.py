"""Continuous batching (#17): requests join the running batch, and each gets what it would have got alone.

Bounds are in steps and counts (``batcher.steps``, ``batcher.joined``), never in seconds: a request that should
join is held back by nothing but the running batch's own steps.
"""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest

from playground.core.types import GenerationParams, Row
from playground.local import batcher as batcher_module
from tests.conftest import wait_until_idle

GREEDY = GenerationParams(max_new_tokens=24)
SAMPLED = GenerationParams(max_new_tokens=24, temperature=0.9, top_p=0.9, seed=1234)


def rows(engine, prompt: str, variants=("base", "alpha", "gamma")) -> list[Row]:
    return [Row(name, ({"role": "user", "content": prompt},)) for name in variants]


A = "Write a short poem about the sea and the wind over it."
B = "List three colours."
C = "Explain in two sentences what a LoRA adapter is, for a child who likes boats and trains very much."


def texts(outputs) -> list[list[int]]:
    return [list(o.token_ids) for o in outputs]


def started_after(engine, first_rows, first_params, steps: int, second_rows, second_params):
    """Run the first request; once it has decoded ``steps`` steps, start the second (in another thread).
    Returns both outputs and how many requests joined a running batch meanwhile."""
    joined = engine.batcher.joined
    result = {}
    stream = engine.stream(first_rows, first_params)
    seen = 0
    second = None
    for outputs in stream:
        seen = max((o.tokens for o in outputs), default=0)
        if second is None and seen >= steps:
            second = threading.Thread(target=lambda: result.setdefault(
                "second", engine.generate(second_rows, second_params)))
            second.start()
    result["first"] = outputs
    second.join(timeout=600)
    return result["first"], result["second"], engine.batcher.joined - joined


@pytest.mark.parametrize("steps", [0, 1, 7])
def test_a_request_joining_at_any_step_gets_its_tokens_alone(exact_engine, steps):
    first, second = rows(exact_engine, A), rows(exact_engine, B, ("beta", "base"))
    alone_first = texts(exact_engine.generate(first, GREEDY))
    alone_second = texts(exact_engine.generate(second, GREEDY))
    got_first, got_second, joined = started_after(exact_engine, first, GREEDY, steps, second, GREEDY)
    assert texts(got_first) == alone_first and texts(got_second) == alone_second
    assert joined == 1  # it did join the running batch, not wait for it to end


def test_at_nf4_too(engine):
    """The served configuration: nf4 base, C LoRA kernel, direct bitsandbytes calls, decode attention."""
    first, second = rows(engine, A), rows(engine, C, ("gamma", "beta"))
    alone = texts(engine.generate(first, GREEDY)), texts(engine.generate(second, GREEDY))
    got_first, got_second, joined = started_after(engine, first, GREEDY, 3, second, GREEDY)
    assert (texts(got_first), texts(got_second)) == alone and joined == 1


def test_sampling_neighbours_change_nothing_and_sample_as_alone(exact_engine):
    first, second = rows(exact_engine, A), rows(exact_engine, B, ("alpha", "base"))
    alone_first = texts(exact_engine.generate(first, GREEDY))
    alone_second = texts(exact_engine.generate(second, SAMPLED))
    got_first, got_second, joined = started_after(exact_engine, first, GREEDY, 2, second, SAMPLED)
    assert texts(got_first) == alone_first  # a greedy request beside a sampling one
    assert texts(got_second) == alone_second  # its own generator, drawing for its own rows, as alone
    assert joined == 1


def test_a_cancelled_request_leaves_without_disturbing_the_others(exact_engine):
    first, second = rows(exact_engine, A), rows(exact_engine, C, ("beta",))
    longer = replace(GREEDY, max_new_tokens=64)
    alone = texts(exact_engine.generate(first, longer))
    cancel = threading.Event()
    done = {}
    stream = exact_engine.stream(first, longer)
    other = None
    for outputs in stream:
        if other is None and max(o.tokens for o in outputs) >= 2:
            other = threading.Thread(target=lambda: done.setdefault(
                "second", exact_engine.generate(second, replace(GREEDY, max_new_tokens=200), cancel)))
            other.start()
        if other is not None and exact_engine.batcher.rows == len(first) + 1 and not cancel.is_set():
            cancel.set()  # the second request is in the batch now: cancel it
            interrupt = exact_engine.last_interrupt
    other.join(timeout=600)
    assert texts(outputs) == alone
    assert done["second"][0].finish_reason == "stopped" and interrupt.reason == "stopped"
    assert done["second"][0].tokens < 200
    assert wait_until_idle(exact_engine)


def test_caps_hold_requests_back_in_order(exact_engine, monkeypatch):
    """Beyond the row cap a request waits for the batch to shrink; with one request at a time nothing joins."""
    first, second = rows(exact_engine, A), rows(exact_engine, B, ("beta", "base"))
    alone = texts(exact_engine.generate(first, GREEDY)), texts(exact_engine.generate(second, GREEDY))
    for limit in ({"max_batch_rows": len(first) + 1}, {"max_batch_requests": 1}, {"max_kv_cache_mb": 0}):
        monkeypatch.setattr(exact_engine, "limits", replace(exact_engine.limits, **limit))
        got_first, got_second, joined = started_after(exact_engine, first, GREEDY, 1, second, GREEDY)
        assert (texts(got_first), texts(got_second)) == alone and joined == 0, limit


def test_a_long_prompt_is_prefilled_in_chunks_while_the_batch_decodes(exact_engine, monkeypatch):
    monkeypatch.setattr(batcher_module, "PREFILL_CHUNK", 8)
    batcher = exact_engine.batcher
    first, second = rows(exact_engine, A), rows(exact_engine, C * 2, ("gamma", "base"))
    prompt_tokens = len(exact_engine.encode(second[0].messages))
    alone = texts(exact_engine.generate(first, replace(GREEDY, max_new_tokens=64))), \
        texts(exact_engine.generate(second, GREEDY))
    seen = []
    original = batcher._prefill_chunk

    def chunk():  # the running batch's step count at each chunk of the second request's prefill
        seen.append(batcher.steps)
        return original()
    monkeypatch.setattr(batcher, "_prefill_chunk", chunk)
    got_first, got_second, joined = started_after(exact_engine, first, replace(GREEDY, max_new_tokens=64), 1,
                                                  second, GREEDY)
    assert (texts(got_first), texts(got_second)) == alone and joined == 1
    chunks = -(-prompt_tokens // 8)
    assert len(seen) >= chunks and len(set(seen[-chunks:])) == chunks  # one decoding step between two chunks


def test_short_prompts_waiting_together_join_at_the_same_step(exact_engine, monkeypatch):
    """Three requests queued while the model thread is held are all prefilled before the next decoding step,
    not one per step; each still gets its tokens alone."""
    batcher = exact_engine.batcher
    waiting = [rows(exact_engine, prompt, variants) for prompt, variants in
               ((A, ("alpha",)), (B, ("beta", "base")), (C, ("gamma",)))]
    alone = [texts(exact_engine.generate(r, GREEDY)) for r in waiting]
    joined_at = []
    original = batcher._start

    def start(request, prefill, logits):
        joined_at.append(batcher.steps)
        return original(request, prefill, logits)
    monkeypatch.setattr(batcher, "_start", start)
    hold = threading.Event()
    held = exact_engine.worker.submit(hold.wait)  # the model thread waits: the requests queue up
    results: dict = {}
    threads = [threading.Thread(target=lambda i=i, r=r: results.setdefault(i, exact_engine.generate(r, GREEDY)))
               for i, r in enumerate(waiting)]
    for thread in threads:
        thread.start()
    for _ in range(60000):  # each submits once its stream is first read (engine.stream)
        if batcher.waiting == len(waiting):
            break
        threading.Event().wait(0.01)
    assert batcher.waiting == len(waiting)
    hold.set()
    held.result()
    for thread in threads:
        thread.join(timeout=600)
    assert [texts(results[i]) for i in range(len(waiting))] == alone
    assert len(joined_at) == 3 and len(set(joined_at)) == 1, joined_at  # one step admitted all three


def test_a_request_arriving_during_prefills_waits_one_decoding_step(exact_engine, monkeypatch):
    """While others decode, the prefills between two steps are those of the requests queued when the step began: one
    that arrives during them joins after the next decoding step (a stream of arrivals whose prefills take longer
    than their spacing cannot hold the running streams still). Each still gets its tokens alone."""
    batcher = exact_engine.batcher
    first, second, third = rows(exact_engine, A), rows(exact_engine, B, ("beta",)), rows(exact_engine, C, ("gamma",))
    alone = [texts(exact_engine.generate(r, GREEDY)) for r in (first, second, third)]
    started_at: list[int] = []
    results: dict = {}
    late = threading.Thread(target=lambda: results.setdefault("third", exact_engine.generate(third, GREEDY)))
    original_prefill, original_start = batcher._prefill_chunk, batcher._start

    def prefill():
        if len(started_at) == 1 and not late.is_alive() and "third" not in results:  # the second's prefill
            late.start()
            for _ in range(60000):  # the third is queued before the second's prefill goes on
                if batcher.waiting:
                    break
                threading.Event().wait(0.01)
        return original_prefill()

    def start(request, prefill_state, logits):
        started_at.append(batcher.steps)
        return original_start(request, prefill_state, logits)
    monkeypatch.setattr(batcher, "_prefill_chunk", prefill)
    monkeypatch.setattr(batcher, "_start", start)
    got_first, got_second, joined = started_after(exact_engine, first, GREEDY, 2, second, GREEDY)
    late.join(timeout=600)
    assert [texts(got_first), texts(got_second), texts(results["third"])] == alone
    assert len(started_at) == 3 and started_at[2] > started_at[1], started_at  # not in the second's step


def test_scoring_between_two_steps_does_not_disturb_the_batch(exact_engine):
    """Jobs run on the model thread between two decoding steps (the divergence view's scoring)."""
    first = rows(exact_engine, A)
    alone = texts(exact_engine.generate(first, GREEDY))
    scored_alone = exact_engine.token_logprobs(rows(exact_engine, B, ("alpha",)), [[1, 2, 3]])
    scored = None
    for outputs in exact_engine.stream(first, GREEDY):
        if scored is None and max((o.tokens for o in outputs), default=0) >= 2:
            scored = exact_engine.token_logprobs(rows(exact_engine, B, ("alpha",)), [[1, 2, 3]])
            assert exact_engine.active == 1  # the generation was still running
    assert texts(outputs) == alone and scored == scored_alone
