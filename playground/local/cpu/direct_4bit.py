"""bitsandbytes' 4-bit CPU kernel, called directly: the same numbers without its per-call Python work.

On CPU, bitsandbytes (0.50) runs each ``Linear4bit`` of an inference pass through its native
``gemv_4bit_inference_cpu_{nf4,fp4}_bf16`` kernel (any number of rows; the weights are repacked
for AVX512-BF16 on first use). Around that call it dispatches a custom torch op to Python,
reads ``code[1] > 0`` from a tensor and converts dtypes: 40.7 µs per call for ``down_proj`` at
one row here, of which the kernel and the two conversions are 22.8 µs. A decode step of
SmolLM2-135M makes 210 such calls, so the wrapper cost about 3.8 ms of a 21 ms step.

:class:`Direct4bitLinear` makes the same kernel call on the same bf16 input, so its output is
bitwise that of the layer it replaces (checked on probes when it is installed). Inference
only, CPU only: on a GPU, in training, or where bitsandbytes did not repack (no AVX512-BF16),
bitsandbytes keeps its own layers.

Prompts (a prefill, a scoring pass) are many tokens per row, where a matrix-vector kernel that reads the
weights once per token is slow: a prefill of 4 rows x 41 tokens took 0.54-0.69 s here. Where the engine allows
it (``dense_mb``), each layer also keeps its weight dequantized to bf16 (read before bitsandbytes repacks it,
checked against the kernel on probes within bf16 rounding) in oneDNN's blocked layout, and an input of at least
``DENSE_MIN_TOKENS`` tokens per row goes through oneDNN's bf16 product (AMX where the CPU has it), one product
per row: 0.27-0.35 s for that prefill. One product per row, never one over the batch: oneDNN picks its kernel by
the number of rows, so a row's numbers would depend on its neighbours. Decoding steps (one token per row) keep
the kernel, bitwise: on this machine's memory the copy's 2 bytes per weight (212 MB for SmolLM2-135M, beside
the 4-bit ones) made a 4-row step 2x slower, and only at 32 rows 1.3x faster.
"""

from __future__ import annotations

import ctypes
import logging
from functools import lru_cache

import torch
from torch import nn

log = logging.getLogger(__name__)

DENSE_MIN_TOKENS = 8  # tokens per row from which an input goes through the bf16 copy (a prompt, not a step)
_ARGTYPES = [ctypes.c_int64] * 3 + [ctypes.c_void_p] * 4 + [ctypes.c_int64] * 3


@lru_cache(maxsize=None)
def _kernel(quant_type: str):
    """Our own handle on bitsandbytes' native CPU function (argtypes set on it, not on theirs); one per type."""
    from bitsandbytes.cextension import lib

    native = ctypes.CDLL(lib._lib._name)  # the library already loaded; a handle of our own
    function = getattr(native, f"gemv_4bit_inference_cpu_{quant_type}_bf16")
    function.argtypes, function.restype = _ARGTYPES, None
    return function


class Direct4bitLinear(nn.Module):
    """A repacked, bias-free bitsandbytes ``Linear4bit`` whose forward calls the native kernel itself."""

    def __init__(self, layer: nn.Module):
        super().__init__()
        state = layer.weight.quant_state
        self.__dict__["original"] = layer  # not a submodule: put back by :func:`restore`
        self.weight = layer.weight  # the packed 4-bit weight, shared (model.parameters() still sees it)
        self.in_features, self.out_features = layer.in_features, layer.out_features
        self._absmax = state.absmax.contiguous()
        self._call = _kernel(state.quant_type)
        self._constant = (layer.weight.data.data_ptr(), self._absmax.data_ptr(), state.blocksize)
        self.dense: torch.Tensor | None = None  # (out, in) bf16 copy for prompts; None: the kernel computes all

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if self.dense is not None and x.dim() == 3 and x.shape[1] >= DENSE_MIN_TOKENS:
            rows = x.to(torch.bfloat16)  # one product per row: its numbers do not depend on the batch
            return torch.stack([_dense_linear(row, self.dense) for row in rows]).to(x.dtype)
        rows = x.reshape(-1, x.shape[-1]).to(torch.bfloat16).contiguous()
        out = torch.empty(rows.shape[0], self.out_features, dtype=torch.bfloat16)
        weight, absmax, blocksize = self._constant
        if rows.shape[0]:
            self._call(rows.shape[0], self.out_features, self.in_features, rows.data_ptr(), weight, absmax,
                       out.data_ptr(), blocksize, rows.stride(0), out.stride(0))
        return out.to(x.dtype).reshape(*x.shape[:-1], self.out_features)


def _pack(dense: torch.Tensor) -> torch.Tensor:
    """``dense`` (out, in) in oneDNN's blocked layout, reordered once (25% faster products than each call
    reordering it), where PyTorch has oneDNN."""
    if torch.backends.mkldnn.is_available() and hasattr(torch.ops.mkldnn, "_linear_pointwise"):
        return torch.ops.mkldnn._reorder_linear_weight(dense, None)
    return dense


def _dense_linear(rows: torch.Tensor, dense: torch.Tensor) -> torch.Tensor:
    if dense.is_mkldnn:
        return torch.ops.mkldnn._linear_pointwise(rows, dense, None, "none", [], "")
    return nn.functional.linear(rows, dense)


def _children(model: nn.Module, kind: type) -> list[tuple[nn.Module, str, nn.Module]]:
    """(parent, attribute name, module) for every module of ``kind`` in ``model``."""
    return [(parent, name, child) for parent in model.modules() for name, child in parent.named_children()
            if isinstance(child, kind)]


def _same_as_bitsandbytes(layer: nn.Module, direct: Direct4bitLinear) -> bool:
    gen = torch.Generator().manual_seed(0)  # the global generator stays untouched
    probes = [torch.randn(1, 1, layer.in_features, generator=gen), torch.randn(3, 5, layer.in_features, generator=gen)]
    return all(torch.equal(direct(x), layer(x)) for x in probes)


def _dense_agrees(layer: nn.Module, dense: torch.Tensor) -> bool:
    """Whether the bf16 copy gives the kernel's numbers within bf16 rounding (a few units in the last place)."""
    gen = torch.Generator().manual_seed(1)
    probe = torch.randn(DENSE_MIN_TOKENS, layer.in_features, generator=gen)
    kernel = layer(probe).float()
    copy = _dense_linear(probe.to(torch.bfloat16), dense).float()
    return bool(((kernel - copy).abs() <= 2**-6 * kernel.abs().amax(-1, keepdim=True)).all())


def _dequantized(layer: nn.Module) -> torch.Tensor:
    """The layer's weight as bf16, read before bitsandbytes repacks it (afterwards the bytes are its kernel's)."""
    from bitsandbytes.functional import dequantize_4bit

    return dequantize_4bit(layer.weight.data, layer.weight.quant_state).to(torch.bfloat16).contiguous()


@torch.inference_mode()
def use_direct_4bit(model: nn.Module, dense_mb: float = 0) -> int:
    """Swap every eligible CPU ``Linear4bit`` of ``model`` for a :class:`Direct4bitLinear`; returns how many.

    A layer qualifies when it is on CPU, has no bias, and bitsandbytes repacked it for its CPU
    kernel on a first (probe) call. Anything else, or any failure, leaves the model as it was.
    When the bf16 copies of all of them fit in ``dense_mb`` MiB, each keeps one for prompts.
    """
    try:
        from bitsandbytes.nn import Linear4bit
    except Exception:  # no bitsandbytes: nothing of its to replace
        return 0
    found = [(parent, name, child) for parent, name, child in _children(model, Linear4bit)
             if child.bias is None and child.weight.device.type == "cpu"]
    if model.training or not found:
        return 0
    swaps = []
    copies = 2 * sum(layer.in_features * layer.out_features for _, _, layer in found) <= dense_mb * 2**20
    try:
        for parent, name, layer in found:
            repacked = getattr(layer.weight.quant_state, "packing_format_for_cpu", False)
            dense = _pack(_dequantized(layer)) if copies and not repacked else None
            layer(torch.zeros(1, 1, layer.in_features))  # bitsandbytes repacks on its first inference call
            if not getattr(layer.weight.quant_state, "packing_format_for_cpu", False):
                return 0  # no AVX512-BF16: bitsandbytes runs another path, keep it
            direct = Direct4bitLinear(layer)
            if not _same_as_bitsandbytes(layer, direct):
                raise RuntimeError(f"{name}: the direct call differs from bitsandbytes' own")
            copies = copies and dense is not None and _dense_agrees(layer, dense)
            direct.dense = dense
            swaps.append((parent, name, direct))
    except Exception as err:  # another bitsandbytes version or build: keep its own layers
        log.warning("bitsandbytes' 4-bit layers kept as they are: %s", err)
        return 0
    if not copies:  # all layers or none
        if dense_mb:
            log.warning("prompts prefill through bitsandbytes' kernel: no bf16 copy of the 4-bit weights")
        for _, _, direct in swaps:
            direct.dense = None
    for parent, name, direct in swaps:
        setattr(parent, name, direct)
    return len(swaps)


def restore(model: nn.Module) -> list[tuple[nn.Module, str, Direct4bitLinear]]:
    """Put bitsandbytes' own layers back; returns what was swapped, for :func:`reinstall` (the benchmark)."""
    swaps = _children(model, Direct4bitLinear)
    for parent, name, direct in swaps:
        setattr(parent, name, direct.original)
    return swaps


def reinstall(swaps: list[tuple[nn.Module, str, Direct4bitLinear]]) -> None:
    """Undo :func:`restore`."""
    for parent, name, direct in swaps:
        setattr(parent, name, direct)
