"""Decode-step attention: SDPA's numbers, and a row's result independent of the rest of the batch."""

from __future__ import annotations

import torch
from transformers.integrations.sdpa_attention import sdpa_attention_forward

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
