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
