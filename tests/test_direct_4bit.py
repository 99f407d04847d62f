"""bitsandbytes' 4-bit CPU kernel called directly: bitwise the same outputs, installed by the engine on CPU.

Torch ops run on the model thread (``worker.call``), like everywhere in the suite.
"""

from __future__ import annotations

import pytest
import torch
from bitsandbytes.nn import Linear4bit

from playground.core.config import ModelConfig
from playground.local.cpu import direct_4bit
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


def _before_during_after(base):
    before, layers = _logits(base), _four_bit_layers(base.model)
    installed = direct_4bit.use_direct_4bit(base.model)
    during, left = _logits(base), _four_bit_layers(base.model)
    restored = len(direct_4bit.restore(base.model))
    return before, during, _logits(base), layers, installed, left, restored


def _packs_on_this_cpu(model) -> bool:
    return next(m for m in model.modules() if isinstance(m, Linear4bit)).support_avx512bf16_for_cpu


@cpu_path
def test_direct_calls_give_bitsandbytes_numbers(base, worker):
    if not _packs_on_this_cpu(base.model):
        pytest.skip("no AVX512-BF16 here: bitsandbytes runs another CPU path, which is kept")
    before, during, after, layers, installed, left, restored = worker.call(_before_during_after, base)
    assert layers == installed == restored == 210  # 7 projections x 30 layers
    assert left == 0
    assert torch.equal(during, before) and torch.equal(after, before)  # bitwise, prefill of a padded batch


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
    return direct_4bit.use_direct_4bit(base.model), _four_bit_layers(base.model)


def test_a_mismatch_keeps_bitsandbytes_layers(base, worker, monkeypatch):
    installed, left = worker.call(_with_a_failing_probe, base, monkeypatch)
    assert installed == 0 and left == 210


@pytest.fixture(scope="module")
def with_copies(worker):
    """A fresh nf4 base (its layers not yet repacked) whose direct layers keep bf16 copies for prompts."""
    fresh = worker.call(load_base, ModelConfig(base="embedded", quantization="nf4"))
    if not _packs_on_this_cpu(fresh.model):
        pytest.skip("no AVX512-BF16 here: bitsandbytes runs another CPU path, which is kept")
    assert worker.call(direct_4bit.use_direct_4bit, fresh.model, 1024) == 210
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


@cpu_path
def test_decoding_steps_keep_the_kernel_bitwise(with_copies, worker):
    layer = next(m for m in with_copies.model.modules() if isinstance(m, direct_4bit.Direct4bitLinear))
    step = torch.randn(4, 1, layer.in_features)  # one token per row
    assert worker.call(lambda: torch.equal(layer(step), layer.original(step)))


def test_no_copies_beyond_the_size_allowed(worker):
    fresh = worker.call(load_base, ModelConfig(base="embedded", quantization="nf4"))
    installed = worker.call(direct_4bit.use_direct_4bit, fresh.model, 1)  # 1 MiB: far too small
    layers = [m for m in fresh.model.modules() if isinstance(m, direct_4bit.Direct4bitLinear)]
    assert installed == len(layers) and all(layer.dense is None for layer in layers)
