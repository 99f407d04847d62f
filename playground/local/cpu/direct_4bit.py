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
"""

from __future__ import annotations

import ctypes
import logging
from functools import lru_cache

import torch
from torch import nn

log = logging.getLogger(__name__)

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

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        rows = x.reshape(-1, x.shape[-1]).to(torch.bfloat16).contiguous()
        out = torch.empty(rows.shape[0], self.out_features, dtype=torch.bfloat16)
        weight, absmax, blocksize = self._constant
        if rows.shape[0]:
            self._call(rows.shape[0], self.out_features, self.in_features, rows.data_ptr(), weight, absmax,
                       out.data_ptr(), blocksize, rows.stride(0), out.stride(0))
        return out.to(x.dtype).reshape(*x.shape[:-1], self.out_features)


def _children(model: nn.Module, kind: type) -> list[tuple[nn.Module, str, nn.Module]]:
    """(parent, attribute name, module) for every module of ``kind`` in ``model``."""
    return [(parent, name, child) for parent in model.modules() for name, child in parent.named_children()
            if isinstance(child, kind)]


def _same_as_bitsandbytes(layer: nn.Module, direct: Direct4bitLinear) -> bool:
    gen = torch.Generator().manual_seed(0)  # the global generator stays untouched
    probes = [torch.randn(1, 1, layer.in_features, generator=gen), torch.randn(3, 5, layer.in_features, generator=gen)]
    return all(torch.equal(direct(x), layer(x)) for x in probes)


@torch.inference_mode()
def use_direct_4bit(model: nn.Module) -> int:
    """Swap every eligible CPU ``Linear4bit`` of ``model`` for a :class:`Direct4bitLinear`; returns how many.

    A layer qualifies when it is on CPU, has no bias, and bitsandbytes repacked it for its CPU
    kernel on a first (probe) call. Anything else, or any failure, leaves the model as it was.
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
    try:
        for parent, name, layer in found:
            layer(torch.zeros(1, 1, layer.in_features))  # bitsandbytes repacks on its first inference call
            if not getattr(layer.weight.quant_state, "packing_format_for_cpu", False):
                return 0  # no AVX512-BF16: bitsandbytes runs another path, keep it
            direct = Direct4bitLinear(layer)
            if not _same_as_bitsandbytes(layer, direct):
                raise RuntimeError(f"{name}: the direct call differs from bitsandbytes' own")
            swaps.append((parent, name, direct))
    except Exception as err:  # another bitsandbytes version or build: keep its own layers
        log.warning("bitsandbytes' 4-bit layers kept as they are: %s", err)
        return 0
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
