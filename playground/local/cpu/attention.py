"""Decode-step attention whose result for a row does not depend on the rest of the batch.

PyTorch's CPU ``scaled_dot_product_attention`` splits a one-token query differently for
different batch sizes: a row batched with others differs from the same row alone by about
1e-10. Unquantized, that never shows. At nf4, bitsandbytes rounds every layer's input to
bf16, which turns such a difference into a different greedy token now and then, so a
variant in the Compare tab could answer differently from the same variant alone.

For one-token queries (decode steps) this computes each row on its own: the same numbers alone
and in any batch. On CPU, float32, it runs ``attention_kernel.c`` (one call per layer; a row's
key/value heads are each one thread's work), built like the LoRA kernel (``cbuild.py``); elsewhere,
or without a C compiler, or with ``PLAYGROUND_ATTENTION_KERNEL=0``, two batched matmuls over the
key/value heads and a softmax. The kernel matters once the batch is big: at 32 rows x 100
positions PyTorch's batched matmuls (MKL's small-matrix batch path) took 17% of a decode step
on an AMD EPYC here (``bench/results/attention.txt``). Prefill and training keep transformers'
SDPA (masks in SDPA's format).
"""

from __future__ import annotations

import ctypes
import logging
import os
import subprocess
from functools import lru_cache
from pathlib import Path

import torch
from transformers import AttentionInterface
from transformers.integrations.sdpa_attention import sdpa_attention_forward
from transformers.masking_utils import AttentionMaskInterface, sdpa_mask

from playground.core.config import default_cache_dir
from playground.local.cpu.cbuild import build_library, find_compiler

log = logging.getLogger(__name__)

NAME = "playground_decode"
SOURCE = Path(__file__).with_name("attention_kernel.c")
FLAGS = ("-O3", "-fopenmp", "-shared", "-fPIC")
DISABLE_ENV = "PLAYGROUND_ATTENTION_KERNEL"  # "0": the PyTorch version runs

_I64, _P, _I, _F = ctypes.c_int64, ctypes.c_void_p, ctypes.c_int, ctypes.c_float


class AttentionKernel:
    """The loaded ``decode_attention`` function, called on float32 CPU tensors."""

    def __init__(self, library: Path):
        self.library = library
        self._fn = ctypes.CDLL(str(library)).decode_attention
        self._fn.restype = _I
        self._fn.argtypes = [_I64, _I64, _I, _I64, _I, _P, _I64, _I64, _P, _I64, _I64, _I64, _P, _I64, _I64, _I64,
                             _P, _I64, _P, _I64, _I64, _F, _I]

    def run(self, query: torch.Tensor, key: torch.Tensor, value: torch.Tensor, mask: torch.Tensor | None,
            scale: float) -> torch.Tensor | None:
        """(batch, 1, heads, dim), or None for what it does not take (then the PyTorch version runs)."""
        batch, heads, _, dim = query.shape
        kv_heads, length = key.shape[1], key.shape[2]
        tensors = (query, key, value)
        if (any(t.dtype != torch.float32 or t.device.type != "cpu" or t.stride(-1) != 1 for t in tensors)
                or heads % kv_heads or value.shape[2] != length):
            return None
        rows = None
        if mask is not None:
            if mask.dtype != torch.bool or mask.shape[-1] != length or mask.shape[1] != 1 or mask.shape[2] != 1:
                return None
            rows = mask[:, 0, 0, :]
            if rows.shape[0] != batch:
                rows = rows.expand(batch, length)
            if rows.stride(-1) != 1:
                rows = rows.contiguous()
        out = torch.empty(batch, 1, heads, dim)
        failed = self._fn(batch, kv_heads, heads // kv_heads, length, dim, query.data_ptr(), query.stride(0),
                          query.stride(1), key.data_ptr(), key.stride(0), key.stride(1), key.stride(2),
                          value.data_ptr(), value.stride(0), value.stride(1), value.stride(2),
                          rows.data_ptr() if rows is not None else None, rows.stride(0) if rows is not None else 0,
                          out.data_ptr(), heads * dim, dim, scale, torch.get_num_threads())
        if failed:
            raise MemoryError("no memory for the attention scores")
        return out


def build(compiler: str | None = None, cache: Path | None = None) -> tuple[AttentionKernel | None, str]:
    """Build (or find in ``cache``) and load the kernel: ``(kernel, how)``, or ``(None, why not)``."""
    compiler = compiler or find_compiler()
    if compiler is None:
        return None, "no C compiler found"
    try:
        kernel = AttentionKernel(build_library(SOURCE, FLAGS, compiler, cache or default_cache_dir() / "kernels"))
    except (OSError, RuntimeError, subprocess.SubprocessError, AttributeError) as error:
        log.warning("attention kernel unavailable, decode attention uses PyTorch: %s", error)
        return None, f"build failed: {error}"
    return kernel, f"compiled with {Path(compiler).name}"


@lru_cache(maxsize=1)
def _load() -> tuple[AttentionKernel | None, str]:
    if os.environ.get(DISABLE_ENV, "1") == "0":
        return None, f"turned off by {DISABLE_ENV}=0"
    return build()


def load() -> AttentionKernel | None:
    """The kernel, built on first use; None when it cannot be built (the PyTorch version runs)."""
    return _load()[0]


def decode_attention(module: torch.nn.Module, query: torch.Tensor, key: torch.Tensor, value: torch.Tensor,
                     attention_mask: torch.Tensor | None, dropout: float = 0.0, scaling: float | None = None,
                     **kwargs) -> tuple[torch.Tensor, None]:
    """transformers' attention signature: (batch, heads, q_len, dim) in, (batch, q_len, heads, dim) out."""
    batch, heads, q_len, dim = query.shape
    if q_len != 1 or dropout or kwargs.get("softcap") is not None or kwargs.get("position_bias") is not None:
        return sdpa_attention_forward(module, query, key, value, attention_mask, dropout=dropout, scaling=scaling,
                                      **kwargs)
    scale = dim ** -0.5 if scaling is None else scaling
    kernel = load() if query.device.type == "cpu" and not query.requires_grad else None
    if kernel is not None and (attention_mask is None or attention_mask.dtype == torch.bool):
        out = kernel.run(query, key, value, attention_mask, scale)
        if out is not None:
            return out, None
    return _torch_attention(query, key, value, attention_mask, scale), None


def _torch_attention(query: torch.Tensor, key: torch.Tensor, value: torch.Tensor,
                     attention_mask: torch.Tensor | None, scale: float) -> torch.Tensor:
    """The same with PyTorch ops: two batched matmuls over the key/value heads and a softmax."""
    batch, heads, _, dim = query.shape
    kv_heads = key.shape[1]
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
    return out.reshape(batch, 1, heads, dim)


def use_decode_attention(model: torch.nn.Module) -> None:
    """Switch ``model`` (a transformers causal LM using SDPA) to :func:`decode_attention`."""
    AttentionInterface.register(NAME, decode_attention)
    AttentionMaskInterface.register(NAME, sdpa_mask)
    model.set_attn_implementation(NAME)
