"""Decode-step attention: SDPA's numbers, and a row's result independent of the rest of the batch."""

from __future__ import annotations

import torch
from transformers.integrations.sdpa_attention import sdpa_attention_forward

from playground.local.cpu import attention
from playground.local.cpu.attention import NAME, decode_attention
from tests.conftest import cpu_path

BATCH, KV_LEN = 4, 37


def _inputs(module, seed=0):
    gen = torch.Generator().manual_seed(seed)
    heads, kv_heads = module.config.num_attention_heads, module.config.num_key_value_heads
    dim = module.head_dim
    query = torch.randn(BATCH, heads, 1, dim, generator=gen)
    key = torch.randn(BATCH, kv_heads, KV_LEN, dim, generator=gen)
    value = torch.randn(BATCH, kv_heads, KV_LEN, dim, generator=gen)
    mask = torch.ones(BATCH, 1, 1, KV_LEN, dtype=torch.bool)
    mask[1, ..., :5] = False  # left padding of row 1
    mask[3, ..., :11] = False
    return query, key, value, mask


def _compare(module):
    query, key, value, mask = _inputs(module)
    ours, _ = decode_attention(module, query, key, value, mask, scaling=module.scaling)
    reference, _ = sdpa_attention_forward(module, query, key, value, mask, scaling=module.scaling)
    alone = torch.cat([decode_attention(module, query[i:i + 1], key[i:i + 1], value[i:i + 1], mask[i:i + 1],
                                        scaling=module.scaling)[0] for i in range(BATCH)])
    return ours, reference, alone


@cpu_path
def test_decode_attention_matches_sdpa_and_ignores_the_batch(engine, worker):
    module = engine.base.model.model.layers[0].self_attn
    assert engine.base.model.config._attn_implementation == NAME
    ours, reference, alone = worker.call(_compare, module)
    torch.testing.assert_close(ours, reference, rtol=1e-5, atol=1e-6)
    assert torch.equal(ours, alone)


def _kernel_cases():
    """The C kernel against the PyTorch version on what the decode loop hands it: key/value views of a cache
    buffer with spare room, lengths that are not a multiple of four, a row that attends to nothing."""
    kernel = attention.load()
    gen = torch.Generator().manual_seed(3)
    found = []
    for rows, length in ((1, 1), (3, 6), (5, 131)):
        query = torch.randn(rows, 1, 9, 64, generator=gen).transpose(1, 2)  # transformers' layout
        key = torch.randn(rows, 3, length + 128, 64, generator=gen)[:, :, :length]
        value = torch.randn(rows, 3, length + 128, 64, generator=gen)[:, :, :length]
        mask = torch.rand(rows, 1, 1, length, generator=gen) > 0.3
        mask[:, ..., -1] = True
        ours = kernel.run(query, key, value, mask, 0.125)
        found.append((ours, attention._torch_attention(query, key, value, mask, 0.125), None))
        found.append((kernel.run(query, key, value, None, 0.125),
                      attention._torch_attention(query, key, value, None, 0.125), None))
    nothing = torch.zeros(2, 1, 1, 6, dtype=torch.bool)
    nothing[1] = True
    query, key, value = torch.randn(2, 9, 1, 64), torch.randn(2, 3, 6, 64), torch.randn(2, 3, 6, 64)
    found.append((kernel.run(query, key, value, nothing, 0.125), None, "row 0 attends to nothing"))
    return found


@cpu_path
def test_attention_kernel_matches_pytorch_on_cache_views(worker):
    assert attention.load() is not None, attention._load()[1]
    for ours, reference, case in worker.call(_kernel_cases):
        if case is None:
            torch.testing.assert_close(ours, reference, rtol=1e-5, atol=1e-6)
        else:
            assert torch.equal(ours[0], torch.zeros_like(ours[0])) and torch.isfinite(ours).all(), case


def test_attention_kernel_falls_back_without_a_compiler(tmp_path, monkeypatch):
    kernel, why = attention.build(compiler="false", cache=tmp_path)
    assert kernel is None and why.startswith("build failed")
    monkeypatch.setenv(attention.DISABLE_ENV, "0")
    attention._load.cache_clear()
    try:
        assert attention.load() is None  # decode_attention then runs the PyTorch version
        query, key, value, mask = torch.randn(2, 9, 1, 64), torch.randn(2, 3, 5, 64), torch.randn(2, 3, 5, 64), None
        torch.testing.assert_close(decode_attention(None, query, key, value, mask, scaling=0.125)[0],
                                   sdpa_attention_forward(_Module(), query, key, value, mask, scaling=0.125)[0],
                                   rtol=1e-5, atol=1e-6)
    finally:
        monkeypatch.delenv(attention.DISABLE_ENV)
        attention._load.cache_clear()


class _Module(torch.nn.Module):
    """What SDPA reads off an attention module."""

    is_causal = False
    num_key_value_groups = 3


def _padded_against_alone():
    """A row alone (its own length) and the same row left-padded in a batch, for several paddings."""
    kernel = attention.load()
    gen = torch.Generator().manual_seed(4)
    query = torch.randn(1, 9, 1, 64, generator=gen)
    key, value = torch.randn(1, 3, 23, 64, generator=gen), torch.randn(1, 3, 23, 64, generator=gen)
    alone = kernel.run(query, key, value, torch.ones(1, 1, 1, 23, dtype=torch.bool), 0.125)
    found = []
    for pad in (1, 2, 3, 5, 64):
        noise = torch.randn(2, 3, pad + 23, 64, generator=gen)
        keys, values = noise.clone(), torch.randn(2, 3, pad + 23, 64, generator=gen)
        keys[1, :, pad:], values[1, :, pad:] = key[0], value[0]
        mask = torch.ones(2, 1, 1, pad + 23, dtype=torch.bool)
        mask[1, ..., :pad] = False
        batch = kernel.run(torch.cat([torch.randn(1, 9, 1, 64, generator=gen), query]), keys, values, mask, 0.125)
        found.append((pad, batch[1:], alone))
    return found


@cpu_path
def test_attention_kernel_gives_a_padded_row_what_it_gives_it_alone(worker):
    for pad, batched, alone in worker.call(_padded_against_alone):
        assert torch.equal(batched, alone), pad
