"""bitsandbytes' 4-bit CPU layers called directly, installed by the engine on CPU: through bitsandbytes' function
or our ``dot`` kernel bitwise its outputs, through our ``amx`` kernel within bf16 rounding of them; in all three a
row's numbers never depend on the batch.

Torch ops run on the model thread (``worker.call``), like everywhere in the suite.
"""

from __future__ import annotations

import pytest
import torch
from bitsandbytes.nn import Linear4bit

from playground.core.config import ModelConfig
from playground.local.cpu import direct_4bit, nf4_kernel
from playground.local.model import load_base
from tests.conftest import cpu_path

PROMPTS = ["Hi!", "Explain in detail how compound interest grows savings."]


@pytest.fixture(scope="module")
def base(worker):
    return worker.call(load_base, ModelConfig(base="embedded", quantization="nf4"))


def _logits(base):
    batch = base.tokenizer(PROMPTS, padding=True, return_tensors="pt")
    with torch.inference_mode():
        return base.model(**batch).logits


def _four_bit_layers(model) -> int:
    return sum(isinstance(m, Linear4bit) for m in model.modules())


def _before_during_after(base, kernel=None):
    before, layers = _logits(base), _four_bit_layers(base.model)
    installed = direct_4bit.use_direct_4bit(base.model, kernel=kernel)
    during, left = _logits(base), _four_bit_layers(base.model)
    restored = len(direct_4bit.restore(base.model))
    return before, during, _logits(base), layers, installed, left, restored


def _packs_on_this_cpu(model) -> bool:
    return next(m for m in model.modules() if isinstance(m, Linear4bit)).support_avx512bf16_for_cpu


def _kernel(mode: str | None):
    """bitsandbytes' function (None) or our kernel in ``mode``; skips where this CPU cannot run it."""
    if mode is None:
        return None
    kernel, why = nf4_kernel.build(mode)
    if kernel is None:
        pytest.skip(f"our {mode} kernel does not run here: {why}")
    return kernel


@cpu_path
@pytest.mark.parametrize("mode", [None, "dot"])
def test_direct_calls_give_bitsandbytes_numbers(base, worker, mode):
    if not _packs_on_this_cpu(base.model):
        pytest.skip("no AVX512-BF16 here: bitsandbytes runs another CPU path, which is kept")
    kernel = _kernel(mode)
    before, during, after, layers, installed, left, restored = worker.call(_before_during_after, base, kernel)
    assert layers == installed == restored == 210  # 7 projections x 30 layers
    assert left == 0
    assert torch.equal(during, before) and torch.equal(after, before)  # bitwise, prefill of a padded batch


@cpu_path
def test_amx_kernel_is_within_bf16_rounding_of_bitsandbytes(base, worker):
    kernel = _kernel("amx")
    before, during, after, layers, installed, left, restored = worker.call(_before_during_after, base, kernel)
    assert installed == 210 and torch.equal(after, before)
    assert not torch.equal(during, before)  # it did run: the tile unit sums in its own order
    assert torch.equal(during.argmax(-1), before.argmax(-1))  # the same greedy token at every position
    assert (during - before).abs().max() < 0.05 * before.abs().max()


def _rows_alone_and_within(layer, batch):
    return [layer(batch[i:i + 1]) for i in range(batch.shape[0])], layer(batch)


@cpu_path
@pytest.mark.parametrize("mode", [None, "dot", "amx"])
def test_a_rows_step_numbers_do_not_depend_on_the_batch(base, worker, mode):
    kernel = _kernel(mode)
    layer = next(m for m in base.model.modules() if isinstance(m, Linear4bit))
    worker.call(layer, torch.zeros(1, 1, layer.in_features))  # bitsandbytes repacks on its first call
    if not getattr(layer.weight.quant_state, "packing_format_for_cpu", False):
        pytest.skip("no AVX512-BF16 here: bitsandbytes runs another CPU path, which is kept")
    direct = direct_4bit.Direct4bitLinear(layer, kernel)
    steps = torch.randn(37, 1, layer.in_features)  # two full tiles of 16 rows and a partial one
    alone, within = worker.call(_rows_alone_and_within, direct, steps)
    assert all(torch.equal(row, within[i:i + 1]) for i, row in enumerate(alone))
    moved = worker.call(direct, torch.cat([steps[20:], steps[:20]]))  # every row at another position
    assert torch.equal(moved, torch.cat([within[20:], within[:20]]))


@cpu_path
def test_the_engine_decodes_through_direct_calls(engine):
    if not engine.direct_4bit and not _packs_on_this_cpu(engine.base.model):
        pytest.skip("no AVX512-BF16 here: bitsandbytes runs another CPU path, which is kept")
    assert engine.direct_4bit == 210 and _four_bit_layers(engine.base.model) == 0
    assert isinstance(engine.multi.layers["model.layers.0.self_attn.q_proj"].base_layer, direct_4bit.Direct4bitLinear)


def test_nothing_to_replace_in_an_unquantized_base(exact_engine):
    assert exact_engine.direct_4bit == 0


def _with_a_failing_probe(base, monkeypatch):
    monkeypatch.setattr(direct_4bit, "_same_as_bitsandbytes", lambda layer, direct: False)
    monkeypatch.setattr(direct_4bit, "_agrees_row_by_row", lambda layer, direct: False)
    return direct_4bit.use_direct_4bit(base.model), _four_bit_layers(base.model)


def test_a_mismatch_keeps_bitsandbytes_layers(base, worker, monkeypatch):
    installed, left = worker.call(_with_a_failing_probe, base, monkeypatch)
    assert installed == 0 and left == 210


@pytest.fixture(scope="module")
def with_copies(worker):
    """A fresh nf4 base (its layers not yet repacked) whose direct layers keep bf16 copies for prompts: on our dot
    kernel, or bitsandbytes' function where it does not run."""
    fresh = worker.call(load_base, ModelConfig(base="embedded", quantization="nf4"))
    if not _packs_on_this_cpu(fresh.model):
        pytest.skip("no AVX512-BF16 here: bitsandbytes runs another CPU path, which is kept")
    kernel = nf4_kernel.build("dot")[0]  # copies are made for it or bitsandbytes' function, not for amx
    assert worker.call(direct_4bit.use_direct_4bit, fresh.model, 1024, kernel) == 210
    return fresh


def _prompt_logits(base, copies: bool, repeat: int = 1):
    layers = [m for m in base.model.modules() if isinstance(m, direct_4bit.Direct4bitLinear)]
    kept = [layer.dense for layer in layers]
    if not copies:
        for layer in layers:
            layer.dense = None
    try:
        ids = base.tokenizer([PROMPTS[1]] * repeat, return_tensors="pt")
        with torch.inference_mode():
            return base.model(**ids).logits
    finally:
        for layer, dense in zip(layers, kept):
            layer.dense = dense


@cpu_path
def test_prompts_go_through_bf16_copies_within_the_kernels_rounding(with_copies, worker):
    layers = [m for m in with_copies.model.modules() if isinstance(m, direct_4bit.Direct4bitLinear)]
    assert all(layer.dense is not None and layer.dense.dtype == torch.bfloat16 for layer in layers)
    copied, kernel = worker.call(_prompt_logits, with_copies, True), worker.call(_prompt_logits, with_copies, False)
    assert not torch.equal(copied, kernel)  # the copy did run
    assert torch.equal(copied.argmax(-1), kernel.argmax(-1))  # the same greedy token at every position
    assert (copied - kernel).abs().max() < 0.05 * kernel.abs().max()


@cpu_path
def test_a_rows_prompt_numbers_do_not_depend_on_the_batch(with_copies, worker):
    layer = next(m for m in with_copies.model.modules() if isinstance(m, direct_4bit.Direct4bitLinear))
    prompt = torch.randn(1, 12, layer.in_features)
    batch = torch.cat([torch.randn(1, 12, layer.in_features), prompt, torch.randn(1, 12, layer.in_features)])
    alone, within = worker.call(lambda: (layer(prompt), layer(batch)))
    assert torch.equal(within[1], alone[0])  # one product per row, bitwise


def _without_copy(layer, x):
    dense, layer.dense = layer.dense, None
    try:
        return layer(x)
    finally:
        layer.dense = dense


@cpu_path
def test_decoding_steps_go_through_the_4bit_kernel_not_the_copy(with_copies, worker):
    layer = next(m for m in with_copies.model.modules() if isinstance(m, direct_4bit.Direct4bitLinear))
    step = torch.randn(4, 1, layer.in_features)  # one token per row
    assert layer.dense is not None
    assert worker.call(lambda: torch.equal(layer(step), _without_copy(layer, step)))


@cpu_path
def test_no_copies_with_the_amx_kernel_whose_prompts_are_as_fast(worker):
    kernel = _kernel("amx")
    fresh = worker.call(load_base, ModelConfig(base="embedded", quantization="nf4"))
    assert worker.call(direct_4bit.use_direct_4bit, fresh.model, 1024, kernel) == 210
    layers = [m for m in fresh.model.modules() if isinstance(m, direct_4bit.Direct4bitLinear)]
    assert all(layer.dense is None and layer.kernel is kernel for layer in layers)
    prompt = torch.randn(1, 12, layers[0].in_features)  # a prompt's tokens go through the kernel with the batch's
    batch = torch.cat([torch.randn(2, 12, layers[0].in_features), prompt])
    alone, within = worker.call(lambda: (layers[0](prompt), layers[0](batch)))
    assert torch.equal(within[2], alone[0])


def test_no_copies_beyond_the_size_allowed(worker):
    fresh = worker.call(load_base, ModelConfig(base="embedded", quantization="nf4"))
    installed = worker.call(direct_4bit.use_direct_4bit, fresh.model, 1)  # 1 MiB: far too small
    layers = [m for m in fresh.model.modules() if isinstance(m, direct_4bit.Direct4bitLinear)]
    assert installed == len(layers) and all(layer.dense is None for layer in layers)


def test_our_kernel_without_a_compiler_falls_back_with_a_reason(tmp_path):
    kernel, why = nf4_kernel.build(compiler="false", cache=tmp_path)
    assert kernel is None and why.startswith("build failed")


@cpu_path
def test_the_engine_says_which_4bit_kernel_runs(engine):
    if not engine.direct_4bit:
        pytest.skip("no AVX512-BF16 here: bitsandbytes runs another CPU path, which is kept")
    ours = nf4_kernel.load()
    assert engine.four_bit_kernel == (f"nf4_kernel.c ({ours.mode})" if ours else "bitsandbytes' kernel")
