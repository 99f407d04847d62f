"""The oneDNN-packed output projection the engine decodes with on CPU.

Torch work runs on the model worker, like the app's: ops on the test thread would slow
every later test of the session (see ``playground/local/worker.py``).
"""

from __future__ import annotations

import torch
from torch import nn

from playground.local.cpu.output_head import PackedLinear, pack_output_head
from playground.local.model import load_base


def test_engine_decodes_with_the_packed_head(engine):
    assert engine.packed_head
    head = engine.base.model.lm_head
    assert isinstance(head, PackedLinear)
    assert head.weight is engine.base.model.get_input_embeddings().weight  # still tied: no second fp32 copy


def _packed_and_plain(head: PackedLinear, rows: int, seq: int) -> tuple[torch.Tensor, torch.Tensor]:
    hidden = torch.randn(rows, seq, head.in_features, generator=torch.Generator().manual_seed(rows * seq))
    with torch.inference_mode():
        return head(hidden), nn.functional.linear(hidden, head.weight)


def test_packed_head_matches_the_plain_layer_for_any_number_of_rows(engine, worker):
    head = engine.base.model.lm_head
    for rows, seq in ((1, 1), (4, 1), (3, 17)):
        packed, plain = worker.call(_packed_and_plain, head, rows, seq)
        assert packed.shape == plain.shape == (rows, seq, head.out_features)
        torch.testing.assert_close(packed, plain, rtol=1e-4, atol=1e-4)


def _unpackable_heads() -> list[tuple[nn.Module, bool]]:
    results = []
    for head in (nn.Linear(8, 4, bias=False).to(torch.bfloat16), nn.Linear(8, 4, bias=True)):
        model = nn.Module()
        model.lm_head = head
        results.append((pack_output_head(model), model.lm_head is head))
    return results


def test_heads_that_cannot_be_packed_are_left_alone(worker, base_folder):
    from playground.core.config import ModelConfig

    base = worker.call(load_base, ModelConfig(base=str(base_folder), quantization="nf4"))
    assert isinstance(base.model.lm_head, nn.Linear)  # load_base itself never packs: training needs a backward
    assert worker.call(_unpackable_heads) == [(False, True), (False, True)]  # bf16, and with a bias
