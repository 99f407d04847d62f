"""The batched engine on the embedded base with real LoRA adapters."""

from __future__ import annotations

import threading

import pytest
import torch

from playground.core.types import GenerationParams, RequestError, Row
from playground.services.requests import prompt_messages
from tests.conftest import cpu_path, wait_until_idle

GREEDY = GenerationParams(max_new_tokens=24)


def rows(engine, names, prompt="Write one sentence about the sea."):
    messages = prompt_messages(prompt, None, engine.limits)
    return [Row(name, messages) for name in names]


def test_variants_are_base_plus_good_adapters(engine):
    assert engine.variants == ["base", "alpha", "beta", "gamma"]
    rejected = {bad.name: bad.reason for bad in engine.rejected}
    assert "pickle-format weights are refused" in rejected["pickled"]


def test_an_adapter_added_at_run_time_generates_and_removing_it_leaves_the_others(engine, adapters_dir):
    added = engine.add_adapter(adapters_dir / "alpha", "alpha-again")
    try:
        assert (added.name, added.kind, added.loaded) == ("alpha-again", "adapter", True)
        assert "alpha-again" in [info.name for info in engine.describe_loaded()]
        again, alpha = engine.generate(rows(engine, ["alpha-again", "alpha"]), GREEDY)
        assert again.text == alpha.text  # the same factors under another name
    finally:
        engine.remove_adapter("alpha-again")
    assert engine.variants == ["base", "alpha", "beta", "gamma"]
    with pytest.raises(RequestError, match="Unknown variant 'alpha-again'"):
        engine.remove_adapter("alpha-again")


def test_adapters_change_the_output(engine):
    outputs = engine.generate(rows(engine, engine.variants), GREEDY)
    texts = [o.text for o in outputs]
    assert all(texts), texts
    assert len(set(texts)) == len(texts), texts


@cpu_path
def test_greedy_batch_equals_each_variant_alone(engine):
    batch = engine.generate(rows(engine, engine.variants), GREEDY)
    for output in batch:
        alone = engine.generate(rows(engine, [output.variant]), GREEDY)[0]
        assert alone.token_ids == output.token_ids, output.variant


@cpu_path
@pytest.mark.parametrize("order", [["alpha", "base"], ["base", "alpha"], ["gamma", "beta"]])
def test_greedy_pairs_equal_alone_at_nf4(engine, order):
    """At nf4 too: one prompt, any neighbour, any row (decode attention and LoRA kernel are per row).

    Only rows of different variants, as a Compare request has: two rows of one variant share a chat-header
    prefill (prefix.py), which at nf4 rounds differently from the one-pass prefill of a row alone and may
    flip a near-tie (it did for ["base", "base"] on a machine with AMX); the unquantized engine's tests
    below check those rows exactly."""
    batch = engine.generate(rows(engine, order), GREEDY)
    for output in batch:
        assert output.token_ids == engine.generate(rows(engine, [output.variant]), GREEDY)[0].token_ids, order


@cpu_path
def test_adapter_rows_follow_the_rows_still_decoding(engine):
    layer = next(layer for layer in engine.multi.layers.values() if {"alpha", "beta"} <= set(layer.pairs))
    alpha, beta = layer.pairs["alpha"], layer.pairs["beta"]

    def groups(route):
        return [(g.pair is alpha and "alpha" or g.pair is beta and "beta", g.rows) for g in route.groups]

    batch = engine.multi.routing(["base", "alpha", "base", "beta", "base"])
    route = batch.routes[layer]
    assert groups(route) == [("alpha", slice(1, 2)), ("beta", slice(3, 4))]
    assert route.tables.tables[2].tolist() == [0, alpha.rank, 0, beta.rank, 0]  # the kernel's per-row ranks
    batch.keep(torch.tensor([0, 2, 3, 4]))  # alpha's row ended
    assert groups(route) == [("beta", slice(2, 3))]
    assert route.tables.tables[2].tolist() == [0, 0, beta.rank, 0]
    batch.keep(torch.tensor([0, 1]))  # then beta's: only base rows left
    assert route.groups == [] and route.tables.tables[2].tolist() == [0, 0]
    with engine.multi.route(["alpha"]):  # a one-off batch's routing is installed for the block only
        assert layer.route is not None and layer.route is not route
    assert layer.route is None


LONG_PROMPT = "Explain in detail, step by step and with an example, how compound interest grows savings."


@cpu_path
@pytest.mark.parametrize("pair", [
    (("alpha", "Hi!"), ("beta", LONG_PROMPT)),
    (("gamma", "Hi!"), ("alpha", LONG_PROMPT)),
    (("beta", "Say hello in French."), ("gamma", LONG_PROMPT)),
    (("base", "Hi!"), ("base", LONG_PROMPT)),    # one variant twice: the shared-header prefill
    (("alpha", "Hi!"), ("alpha", LONG_PROMPT)),
])
def test_rows_with_different_prompts_are_padded_correctly(exact_engine, pair):
    mixed = [Row(variant, prompt_messages(prompt, None, exact_engine.limits)) for variant, prompt in pair]
    together = exact_engine.generate(mixed, GREEDY)
    for row, output in zip(mixed, together):
        assert output.token_ids == exact_engine.generate([row], GREEDY)[0].token_ids, row.variant


@cpu_path
@pytest.mark.parametrize("names", [
    ["alpha", "base", "beta", "base", "gamma"],             # base rows between adapters
    ["base", "gamma", "alpha", "beta", "base", "alpha", "gamma", "beta", "base", "alpha"],  # scattered repeats
], ids=["5-rows", "10-rows"])
def test_greedy_batch_equals_alone_with_base_rows_between_adapters(exact_engine, names):
    batch = exact_engine.generate(rows(exact_engine, names), GREEDY)
    alone = {name: exact_engine.generate(rows(exact_engine, [name]), GREEDY)[0].token_ids for name in set(names)}
    assert [o.token_ids for o in batch] == [alone[name] for name in names]


@cpu_path
def test_rows_with_different_system_prompts_are_padded_correctly(exact_engine):
    mixed = [Row("alpha", prompt_messages("Hi!", "You are a pirate.", exact_engine.limits)),
             Row("beta", prompt_messages(LONG_PROMPT, None, exact_engine.limits))]
    assert exact_engine._split(mixed, [exact_engine.encode(r.messages) for r in mixed]) is None  # no shared header
    together = exact_engine.generate(mixed, GREEDY)
    for row, output in zip(mixed, together):
        assert output.token_ids == exact_engine.generate([row], GREEDY)[0].token_ids, row.variant


def test_rows_of_a_variant_share_one_prefilled_header(engine):
    batch = rows(engine, ["base", "alpha", "base", "alpha", "beta"])
    split = engine._split(batch, [engine.encode(r.messages) for r in batch])
    assert split.header == engine.encode(batch[0].messages)[:len(split.header)] and len(split.header) >= 4
    assert split.leaders == [0, 1, 4] and split.group_of == [0, 1, 0, 1, 2]
    distinct = rows(engine, ["base", "alpha", "beta"])  # Compare's usual request: one pass, as generate() does
    assert engine._split(distinct, [engine.encode(r.messages) for r in distinct]) is None


def _peft_reference(base_folder, adapter_folder, prompt_ids, max_new_tokens):
    """Greedy tokens of the same adapter through PEFT on its own 4-bit copy of the base."""
    from peft import PeftModel

    from playground.core.config import ModelConfig
    from playground.local.model import load_base

    base = load_base(ModelConfig(base=str(base_folder), quantization="nf4"))
    model = PeftModel.from_pretrained(base.model, adapter_folder)
    ids = torch.tensor([prompt_ids])
    with torch.inference_mode():
        out = model.generate(ids, attention_mask=torch.ones_like(ids), max_new_tokens=max_new_tokens,
                             do_sample=False, pad_token_id=base.tokenizer.pad_token_id)
    return out[0, ids.shape[1]:].tolist()


def test_multi_lora_matches_peft(engine, worker, base_folder, adapters_dir):
    [row] = rows(engine, ["gamma"])
    ours = engine.generate([row], GenerationParams(max_new_tokens=16))[0]
    reference = worker.call(_peft_reference, base_folder, adapters_dir / "gamma", engine.encode(row.messages), 16)
    eos = engine.eos_ids
    assert ours.token_ids == [t for t in reference if t not in eos][: len(ours.token_ids)]


def test_streaming_yields_growing_text(engine):
    snapshots = [[o.text for o in outs] for outs in engine.stream(rows(engine, ["base", "alpha"]), GREEDY)]
    assert len(snapshots) > 5
    for column in range(2):
        lengths = [len(s[column]) for s in snapshots]
        assert lengths == sorted(lengths) and lengths[-1] > lengths[0]


def test_sampling_is_reproducible_with_a_seed(engine):
    sampled = GenerationParams(max_new_tokens=20, temperature=1.0, top_p=0.95, seed=1234)
    first = [o.text for o in engine.generate(rows(engine, ["base", "beta"]), sampled)]
    second = [o.text for o in engine.generate(rows(engine, ["base", "beta"]), sampled)]
    assert first == second
    other = GenerationParams(max_new_tokens=20, temperature=1.0, top_p=0.95, seed=99)
    assert [o.text for o in engine.generate(rows(engine, ["base", "beta"]), other)] != first


def test_timings_are_reported(engine):
    [output] = engine.generate(rows(engine, ["alpha"]), GREEDY)
    assert output.tokens == len(output.token_ids) > 0
    assert 0 < output.ttft_s <= output.elapsed_s
    assert output.tokens_per_s > 0
    assert output.finish_reason in ("stop", "length")


def test_cancel_stops_generation_at_the_next_step(engine):
    cancel = threading.Event()
    stream = engine.stream(rows(engine, ["base", "alpha", "beta"]), GenerationParams(max_new_tokens=400), cancel)
    for outputs in stream:
        if outputs[0].tokens >= 3:
            break
    interrupt = engine.last_interrupt
    cancelled_at_step = interrupt.steps
    cancel.set()
    final = list(stream)[-1]
    assert {o.finish_reason for o in final} == {"stopped"}
    assert all(o.tokens < 400 for o in final)
    assert interrupt.reason == "stopped" and interrupt.steps - cancelled_at_step <= 2  # the step running, then stop
    assert wait_until_idle(engine)


def test_closing_the_stream_cancels(engine):
    stream = engine.stream(rows(engine, ["base"]), GenerationParams(max_new_tokens=400))
    next(stream)  # the empty first snapshot
    next(stream)  # the first token: generating now
    stream.close()  # what gradio does when the browser tab goes away
    assert wait_until_idle(engine)
    assert engine.last_interrupt.reason == "stopped"


def test_a_stream_closed_after_its_first_step_never_generates(engine):
    """Gradio can close a generator only once its first step has returned: if that step were the prefill, a
    client cancelling during it would leave its generation running on the model thread, unowned."""
    before = engine.last_interrupt
    stream = engine.stream(rows(engine, ["base", "alpha"]), GenerationParams(max_new_tokens=400))
    first = next(stream)
    assert [(o.variant, o.text, o.tokens) for o in first] == [("base", "", 0), ("alpha", "", 0)]
    stream.close()
    assert wait_until_idle(engine)
    assert engine.last_interrupt is before  # nothing was prefilled or decoded


@pytest.mark.parametrize("kwargs, fragment", [
    ({"temperature": -1.0}, "temperature"),
    ({"top_p": 1.5}, "top_p"),
    ({"max_new_tokens": 0}, "max_new_tokens"),
    ({"top_k": -2}, "top_k"),
    ({"seed": -5}, "seed"),
])
def test_bad_parameters_are_refused(kwargs, fragment):
    with pytest.raises(RequestError, match=fragment):
        GenerationParams(**kwargs)


def test_unknown_variant_and_empty_prompt_are_refused(engine):
    with pytest.raises(RequestError, match="Unknown variant 'nope'"):
        engine.generate(rows(engine, ["nope"]), GREEDY)
    with pytest.raises(RequestError, match="empty"):
        prompt_messages("   ", None, engine.limits)


def test_prompt_longer_than_context_is_refused_with_token_count(engine):
    messages = ({"role": "user", "content": "🦜" * 3000},)  # under the character limit, over 8192 tokens
    with pytest.raises(RequestError, match=r"tokens long.*context window of 8192"):
        engine.generate([Row("base", messages)], GREEDY)
