"""The one-pass path over stacked factors (what runs on a GPU), checked on CPU against the per-adapter path.

Torch ops run on the model thread (``worker.call``), like everywhere in the suite.
"""

from __future__ import annotations

import pytest
import torch
from torch import nn

from playground.core.types import GenerationParams, Row
from playground.local.adapters import Adapter, LoraPair
from playground.local.cpu import lora_kernel
from playground.local.multi_lora import MAX_STACKS, MultiLora, MultiLoraLinear
from playground.services.requests import prompt_messages
from tests.conftest import cpu_path

IN, OUT = 48, 40
RANKS = {"r4": 4, "r8": 8, "r16": 16}


def _layer() -> MultiLoraLinear:
    gen = torch.Generator().manual_seed(0)
    base = nn.Linear(IN, OUT, bias=False)
    base.weight.data = torch.randn(OUT, IN, generator=gen)
    layer = MultiLoraLinear(base)
    for name, rank in RANKS.items():
        layer.pairs[name] = LoraPair.of(torch.randn(rank, IN, generator=gen), torch.randn(OUT, rank, generator=gen),
                                        scaling=2.0)
    return layer


def _both_paths(rows, strengths, seq, keep=None):
    layer = _layer()
    x = torch.randn(len(rows), seq, IN, generator=torch.Generator().manual_seed(1))
    results = []
    for stack_dtype in (None, torch.float32):
        layer.route = layer.build_route(rows, strengths, kernel=None, stack_dtype=stack_dtype)
        assert (layer.route.stacked is not None) == (stack_dtype is not None)
        inputs = x
        if keep is not None:
            layer.route.keep(keep)
            inputs = x[keep]
        results.append(layer(inputs))
    return results, layer


@pytest.mark.parametrize("seq", [1, 7], ids=["decode", "prefill"])
def test_stacked_path_matches_the_per_adapter_path(worker, seq):
    rows = ["r8", "base", "r16", "r8", "r4"]
    (groups, stacked), _ = worker.call(_both_paths, rows, [1.0, 1.0, 0.5, 2.0, 1.0], seq)
    torch.testing.assert_close(stacked, groups, rtol=1e-5, atol=1e-4)


def test_stacked_path_follows_the_rows_still_decoding(worker):
    rows = ["r8", "base", "r16", "r4"]
    keep = torch.tensor([1, 3])  # the r8 and r16 rows ended
    (groups, stacked), _ = worker.call(_both_paths, rows, [1.0] * 4, 1, keep)
    torch.testing.assert_close(stacked, groups, rtol=1e-5, atol=1e-4)


def _only_base_rows_left():
    route = _layer().build_route(["r8", "base", "r16"], [1.0] * 3, kernel=None, stack_dtype=torch.float32)
    active = [route.active]
    route.keep(torch.tensor([1]))  # the adapter rows ended
    active.append(route.active)
    return active, tuple(route.stacked.mask.shape)


def test_a_layer_goes_quiet_once_only_base_rows_decode(worker):
    active, mask_shape = worker.call(_only_base_rows_left)
    assert active == [True, False] and mask_shape == (1, 1, 24)


def test_stacks_are_kept_per_set_of_adapters_and_bounded(worker):
    (_, _), layer = worker.call(_both_paths, ["r8", "r16", "r8"], [1.0] * 3, 1)
    assert list(layer.stacks) == [("r16", "r8")]  # one stack per set, whatever the rows' order or repeats
    stack = layer.stacks[("r16", "r8")]
    assert stack.A.shape == (24, IN) and stack.Bt.shape == (24, OUT)
    again = worker.call(layer.build_route, ["r16", "base", "r8"], [1.0] * 3, None, torch.float32)
    assert again.stacked.stack is stack  # built once, reused by the next request
    for i in range(MAX_STACKS + 2):
        layer.pairs[f"extra{i}"] = layer.pairs["r4"]
        worker.call(layer.build_route, [f"extra{i}"], [1.0], None, torch.float32)
    assert len(layer.stacks) == MAX_STACKS


def _remove_one():
    source = _layer()
    model = nn.Module()
    model.proj = source.base_layer
    multi = MultiLora(model)
    for name, pair in source.pairs.items():
        multi.add(Adapter(name=name, source="", rank=pair.rank, alpha=2.0 * pair.rank, target_modules=("proj",),
                          card={}, layers={"proj": pair}))
    layer = multi.layers["proj"]
    layer.build_route(["r4", "r8"], [1.0, 1.0], None, torch.float32)
    layer.build_route(["r8"], [1.0], None, torch.float32)
    before = set(layer.stacks)
    multi.remove("r4")
    return before, set(layer.stacks)


def test_removing_an_adapter_drops_its_stacks(worker):
    before, after = worker.call(_remove_one)
    assert before == {("r4", "r8"), ("r8",)} and after == {("r8",)}


@cpu_path
def test_stacked_path_generates_the_tokens_of_the_kernel(exact_engine):
    """Unquantized, greedy, on CPU in float32: the GPU path's arithmetic gives the kernel path's tokens."""
    multi = exact_engine.multi
    messages = prompt_messages("Write one sentence about the sea.", None, exact_engine.limits)
    batch = [Row(name, messages, strength=s) for name, s in zip(["base", "alpha", "beta", "gamma"], [1, 0.5, 1, 1])]
    params = GenerationParams(max_new_tokens=24)
    with_kernel = exact_engine.generate(batch, params)
    kernel = multi.kernel
    multi.kernel, multi.stack_dtype = None, torch.float32
    try:
        stacked = exact_engine.generate(batch, params)
    finally:
        multi.kernel, multi.stack_dtype = kernel, None
    assert [o.token_ids for o in stacked] == [o.token_ids for o in with_kernel]
    assert len({tuple(o.token_ids) for o in stacked}) > 1  # the adapters change the output


class _CountingKernel:
    """The real C kernel, counting the calls it takes."""

    def __init__(self, kernel):
        self.kernel, self.calls = kernel, 0

    def add_rows(self, x, y, tables):
        self.calls += 1
        return self.kernel.add_rows(x, y, tables)


def _kernel_calls(rows, seq, keep=None):
    layer = _layer()
    kernel = _CountingKernel(lora_kernel.load())
    layer.route = layer.build_route(rows, [1.0] * len(rows), kernel=kernel)
    if keep is not None:
        layer.route.keep(keep)
    layer(torch.randn(len(layer.route.pairs), seq, IN, generator=torch.Generator().manual_seed(2)))
    return kernel.calls


@pytest.mark.parametrize("rows, seq, kernel_runs", [
    (["base", "r4", "r8", "r16"], 64, True),    # the Compare tab: one row per adapter, a 64-token prompt
    (["base", "r4", "r8", "r16"], 65, False),   # a longer prompt: PyTorch's matmuls
    (["r8"] * 4 + ["base"] * 4, 16, True),      # 4 rows x 16 tokens through r8
    (["r8"] * 4 + ["base"] * 4, 17, False),     # 4 x 17: above 64 tokens through one adapter
    (["r8"] * 32, 1, True),                     # a decode step of 32 rows
    (["r8"] * 33, 1, False),                    # 33 rows
], ids=["compare", "long-prompt", "shared-adapter", "shared-adapter-longer", "32-rows", "33-rows"])
def test_kernel_takes_steps_and_prompts_up_to_64_tokens_through_one_adapter(worker, rows, seq, kernel_runs):
    assert worker.call(_kernel_calls, rows, seq) == kernel_runs


def test_rows_leaving_the_batch_bring_a_prompt_back_under_the_limit(worker):
    assert worker.call(_kernel_calls, ["r8"] * 4 + ["base"] * 4, 17, torch.tensor([0, 1, 2, 4])) == 1  # 3 x 17 r8
