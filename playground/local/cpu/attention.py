"""Decode-step attention whose result for a row does not depend on the rest of the batch.

PyTorch's CPU ``scaled_dot_product_attention`` splits a one-token query differently for
different batch sizes: a row batched with others differs from the same row alone by about
1e-10. Unquantized, that never shows. At nf4, bitsandbytes rounds every layer's input to
bf16, which turns such a difference into a different greedy token now and then, so a
variant in the Compare tab could answer differently from the same variant alone.

For one-token queries (decode steps) this runs attention as two batched matmuls over the
key/value heads and a softmax, which compute each row on its own: the same numbers alone and
in any batch. Per call it is slower than SDPA (28 vs 15 µs for 1 row, 41 vs 32 µs for 4, on
SmolLM2-135M), but over whole runs ``bench/compare.py`` finds it within SDPA's noise. Prefill
and training keep transformers' SDPA (masks in SDPA's format).
"""

from __future__ import annotations

import torch
from transformers import AttentionInterface
from transformers.integrations.sdpa_attention import sdpa_attention_forward
from transformers.masking_utils import AttentionMaskInterface, sdpa_mask

NAME = "playground_decode"


def decode_attention(module: torch.nn.Module, query: torch.Tensor, key: torch.Tensor, value: torch.Tensor,
                     attention_mask: torch.Tensor | None, dropout: float = 0.0, scaling: float | None = None,
                     **kwargs) -> tuple[torch.Tensor, None]:
    """transformers' attention signature: (batch, heads, q_len, dim) in, (batch, q_len, heads, dim) out."""
    batch, heads, q_len, dim = query.shape
    if q_len != 1 or dropout or kwargs.get("softcap") is not None or kwargs.get("position_bias") is not None:
        return sdpa_attention_forward(module, query, key, value, attention_mask, dropout=dropout, scaling=scaling,
                                      **kwargs)
    kv_heads = key.shape[1]
    scale = dim ** -0.5 if scaling is None else scaling
    # query heads that share a key/value head side by side (transformers' repeat_kv order)
    grouped = query.reshape(batch, kv_heads, heads // kv_heads, dim) * scale
    scores = torch.matmul(grouped, key.transpose(-1, -2))  # (batch, kv_heads, group, kv_len)
    if attention_mask is not None:  # (batch, 1, 1, kv_len): bool (True = attend) or additive
        if attention_mask.dtype == torch.bool:
            scores = scores.masked_fill(~attention_mask, float("-inf"))
        else:
            scores = scores + attention_mask
    probs = torch.softmax(scores, dim=-1) if scores.dtype == torch.float32 else \
        torch.softmax(scores, dim=-1, dtype=torch.float32).to(value.dtype)
    out = torch.matmul(probs, value)  # (batch, kv_heads, group, dim)
    return out.reshape(batch, 1, heads, dim), None


def use_decode_attention(model: torch.nn.Module) -> None:
    """Switch ``model`` (a transformers causal LM using SDPA) to :func:`decode_attention`."""
    AttentionInterface.register(NAME, decode_attention)
    AttentionMaskInterface.register(NAME, sdpa_mask)
    model.set_attn_implementation(NAME)
