"""The C LoRA decode kernel: PyTorch's numbers, rows independent of each other, a visible fallback.

Torch ops run on the model thread (``worker.call``), like everywhere in the suite.
"""

from __future__ import annotations

import pytest
import torch

from playground.core.config import ModelConfig
from playground.core.types import GenerationParams, Row
from playground.local.adapters import LoraPair
from playground.local.cpu import lora_kernel
from playground.local.engine import LocalEngine
from playground.local.model import load_base
from playground.services.requests import prompt_messages
from playground.web.app import header_markdown
from tests.conftest import cpu_path

IN, OUT = 100, 77  # not multiples of the vector width: the loop tails run too


def _pairs(ranks, seed=0, dtype=torch.float32):
    gen = torch.Generator().manual_seed(seed)
    return {r: LoraPair.of(torch.randn(r, IN, generator=gen).to(dtype), torch.randn(OUT, r, generator=gen).to(dtype),
                           scaling=0.5)
            for r in set(ranks) if r}


def _tables(pairs, ranks, strengths):
    chosen = [pairs.get(r) for r in ranks]
    return lora_kernel.RowTables(chosen, [p.scaling * s if p else 0.0 for p, s in zip(chosen, strengths)])


def _kernel_vs_torch(ranks, strengths, dtype, tokens=1):
    kernel = lora_kernel.load()
    pairs = _pairs(ranks, dtype=dtype)
    assert all((p.stored is not None) == (dtype == torch.bfloat16) for p in pairs.values())
    gen = torch.Generator().manual_seed(1)
    x = torch.randn(len(ranks), tokens, IN + 20, generator=gen)[:, :, :IN]  # a row stride wider than the row
    full = torch.randn(len(ranks), tokens, OUT + 3, generator=gen)
    y = full[:, :, :OUT]
    expected = y.clone()
    for row, (rank, strength) in enumerate(zip(ranks, strengths)):
        if rank:
            pair = pairs[rank]
            expected[row] += (x[row] @ pair.A.T) * (pair.scaling * strength) @ pair.B.T
    padding = full[:, :, OUT:].clone()
    kernel.add_rows(x, y, _tables(pairs, ranks, strengths))
    return y, expected, padding, full[:, :, OUT:]


def test_kernel_builds_here():
    assert lora_kernel.load() is not None, lora_kernel.unavailable_reason()
    assert lora_kernel.unavailable_reason() is None


@pytest.mark.parametrize("tokens", [1, 11], ids=["decode-step", "prompt"])
@pytest.mark.parametrize("dtype", [torch.float32, torch.bfloat16], ids=["fp32-file", "bf16-file"])
def test_kernel_matches_pytorch(worker, dtype, tokens):
    """bf16 files: the kernel reads the bf16 originals, PyTorch their exact float32 widening.

    11 tokens: two blocks of four and a tail of three.
    """
    ranks, strengths = [0, 8, 16, 0, 32, 8], [1, 1, 0.5, 1, 2, 1]
    y, expected, padding_before, padding_after = worker.call(_kernel_vs_torch, ranks, strengths, dtype, tokens)
    torch.testing.assert_close(y, expected, rtol=1e-5, atol=1e-4)  # sums of ~100 products of size ~1
    assert torch.equal(padding_before, padding_after)  # nothing written outside the rows' columns


def _prompt_and_tokens_alone(dtype):
    kernel = lora_kernel.load()
    ranks = [16, 0, 8]
    pairs = _pairs(ranks, seed=4, dtype=dtype)
    x = torch.randn(len(ranks), 11, IN, generator=torch.Generator().manual_seed(5))
    tables = _tables(pairs, ranks, [1.0] * len(ranks))
    prompt = torch.zeros(len(ranks), 11, OUT)
    kernel.add_rows(x, prompt, tables)
    alone = torch.zeros_like(prompt)
    for token in range(x.shape[1]):
        kernel.add_rows(x[:, token:token + 1], alone[:, token:token + 1], tables)
    shifted = torch.zeros(len(ranks), 13, OUT)  # the same prompt after two padding tokens: other blocks of four
    kernel.add_rows(torch.cat([torch.zeros(len(ranks), 2, IN), x], dim=1), shifted, tables)
    return prompt, alone, shifted[:, 2:]


@pytest.mark.parametrize("dtype", [torch.float32, torch.bfloat16], ids=["fp32-file", "bf16-file"])
def test_a_prompt_tokens_result_does_not_depend_on_its_position(worker, dtype):
    """Tokens go through A four at a time: the same numbers as one at a time, whatever the padding."""
    prompt, alone, shifted = worker.call(_prompt_and_tokens_alone, dtype)
    assert torch.equal(prompt, alone)
    assert torch.equal(shifted, alone)
    assert prompt[0].abs().sum() > 0 and prompt[1].abs().sum() == 0


def _alone_and_batched(ranks):
    kernel = lora_kernel.load()
    pairs = _pairs(ranks, seed=2)
    x = torch.randn(len(ranks), 1, IN, generator=torch.Generator().manual_seed(3))
    batched = torch.zeros(len(ranks), 1, OUT)
    kernel.add_rows(x, batched, _tables(pairs, ranks, [1.0] * len(ranks)))
    alone = []
    for row, rank in enumerate(ranks):
        y = torch.zeros(1, 1, OUT)
        kernel.add_rows(x[row:row + 1], y, _tables(pairs, [rank], [1.0]))
        alone.append(y[0])
    # the batch after its first row finished (decode.py drops finished rows)
    tables = _tables(pairs, ranks, [1.0] * len(ranks))
    tables.keep(torch.arange(1, len(ranks)))
    kept = torch.zeros(len(ranks) - 1, 1, OUT)
    kernel.add_rows(x[1:], kept, tables)
    return batched, torch.stack(alone), kept


@pytest.mark.parametrize("ranks", [[32, 8, 0, 16, 8], [32, 8, 0, 16, 8] * 4], ids=["one thread", "rows on threads"])
def test_a_rows_result_does_not_depend_on_its_neighbours(worker, ranks):
    batched, alone, kept = worker.call(_alone_and_batched, ranks)
    assert torch.equal(batched, alone)
    assert torch.equal(kept, alone[1:])


def test_build_is_cached_per_source_and_compiler(tmp_path):
    first, how = lora_kernel.build(cache=tmp_path)
    assert first is not None and how.startswith("compiled with")
    built = first.library.stat().st_mtime_ns
    again, _ = lora_kernel.build(cache=tmp_path)
    assert again.library == first.library and again.library.stat().st_mtime_ns == built
    assert [p.name for p in tmp_path.iterdir()] == [first.library.name]  # no build leftovers


def test_a_failing_compiler_falls_back_with_a_reason(tmp_path):
    kernel, why = lora_kernel.build(compiler="false", cache=tmp_path)
    assert kernel is None and why.startswith("build failed")


def test_engine_without_the_kernel_says_so_and_still_runs(worker, monkeypatch):
    monkeypatch.setenv(lora_kernel.DISABLE_ENV, "0")
    lora_kernel._load.cache_clear()
    try:
        engine = LocalEngine(worker.call(load_base, ModelConfig(base="embedded")), worker=worker)
        assert engine.multi.kernel is None
        assert "turned off by PLAYGROUND_LORA_KERNEL=0" in engine.kernel_warning
        assert engine.kernel_warning in header_markdown(engine)
        [output] = engine.generate([Row("base", prompt_messages("Hi!", None, engine.limits))], GenerationParams(max_new_tokens=4))
        assert output.token_ids
    finally:
        monkeypatch.delenv(lora_kernel.DISABLE_ENV)
        lora_kernel._load.cache_clear()
    assert lora_kernel.load() is not None


@cpu_path
@pytest.mark.parametrize("strengths", [[1.0, 1.0, 1.0, 1.0], [1.0, 0.5, 1.0, 0.0]], ids=["full", "scaled"])
def test_kernel_and_pytorch_paths_generate_the_same(exact_engine, strengths):
    """Unquantized, greedy: decode steps through the kernel give the tokens of the PyTorch path."""
    kernel = exact_engine.multi.kernel
    assert kernel is not None
    messages = prompt_messages("Write one sentence about the sea.", None, exact_engine.limits)
    batch = [Row(name, messages, strength=s) for name, s in zip(["base", "alpha", "beta", "gamma"], strengths)]
    params = GenerationParams(max_new_tokens=24)
    with_kernel = exact_engine.generate(batch, params)
    exact_engine.multi.kernel = None
    try:
        without = exact_engine.generate(batch, params)
    finally:
        exact_engine.multi.kernel = kernel
    assert [o.token_ids for o in with_kernel] == [o.token_ids for o in without]
    assert len({tuple(o.token_ids) for o in with_kernel}) > 1  # the adapters change the output
