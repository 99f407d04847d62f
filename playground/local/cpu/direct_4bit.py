"""bitsandbytes' 4-bit CPU layers, called directly: their numbers without their per-call Python work.

On CPU, bitsandbytes (0.50) runs each ``Linear4bit`` of an inference pass through its native
``gemv_4bit_inference_cpu_{nf4,fp4}_bf16`` kernel (any number of rows; the weights are repacked
for AVX512-BF16 on first use). Around that call it dispatches a custom torch op to Python,
reads ``code[1] > 0`` from a tensor and converts dtypes: 40.7 µs per call for ``down_proj`` at
one row here, of which the kernel and the two conversions are 22.8 µs. A decode step of
SmolLM2-135M makes 210 such calls, so the wrapper cost about 3.8 ms of a 21 ms step.

:class:`Direct4bitLinear` calls a native kernel on the layer's repacked weights itself: ours
(``nf4_kernel.py``), which decodes each weight once per call for all rows (on AMX tiles where the CPU has
them, within bf16 rounding of bitsandbytes; else bitwise its numbers), or bitsandbytes' own function, bitwise.
Each is checked on probes when it is installed, and in each a row's numbers do not depend on the batch.
Inference only, CPU only: on a GPU, in training, or where bitsandbytes did not repack (no AVX512-BF16),
bitsandbytes keeps its own layers.

Prompts (a prefill, a scoring pass) are many tokens per row, where bitsandbytes' kernel, which decodes the
weights again for every four tokens, is slow: a prefill of 4 rows x 41 tokens took 0.54-0.69 s here. Our AMX
kernel does it as fast as a bf16 product. Without it, where the engine allows (``dense_mb``), each layer also
keeps its weight dequantized to bf16 (read before bitsandbytes repacks it, checked against the kernel on probes
within bf16 rounding) in oneDNN's blocked layout, and an input of at least ``DENSE_MIN_TOKENS`` tokens per row
goes through oneDNN's bf16 product, one product per row: 0.27-0.35 s for that prefill. One product per row,
never one over the batch: oneDNN picks its kernel by the number of rows, so a row's numbers would depend on its
neighbours. Decoding steps (one token per row) keep the 4-bit kernel: on this machine's memory the copy's 2
bytes per weight (212 MB for SmolLM2-135M, beside the 4-bit ones) made a 4-row step 2x slower.
"""

from __future__ import annotations

import ctypes
import logging
from functools import lru_cache

import torch
from torch import nn

from playground.local.cpu import nf4_kernel
from playground.local.cpu.nf4_kernel import Nf4Kernel, code_values

log = logging.getLogger(__name__)

OUR_KERNEL = object()  # use_direct_4bit's default: nf4_kernel.load()
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
    """A repacked, bias-free bitsandbytes ``Linear4bit`` whose forward calls a native kernel itself: ours
    (``nf4_kernel.py``) when given one, else bitsandbytes'."""

    def __init__(self, layer: nn.Module, kernel: Nf4Kernel | None = None):
        super().__init__()
        state = layer.weight.quant_state
        self.__dict__["original"] = layer  # not a submodule: put back by :func:`restore`
        self.weight = layer.weight  # the packed 4-bit weight, shared (model.parameters() still sees it)
        self.in_features, self.out_features = layer.in_features, layer.out_features
        self.kernel = kernel
        self._absmax = state.absmax.contiguous()
        self._codes = code_values(state.quant_type) if kernel else None
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
        if self.kernel is not None:
            self.kernel.product(rows, out, weight, absmax, blocksize, self._codes)
        elif rows.shape[0]:
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


def _agrees_row_by_row(layer: nn.Module, direct: Direct4bitLinear) -> bool:
    """Whether a kernel that sums in another order (AMX) gives bitsandbytes' numbers within bf16 rounding, and
    each row of a batch bitwise what it gives that row alone."""
    gen = torch.Generator().manual_seed(2)
    batch = torch.randn(19, 1, layer.in_features, generator=gen)  # a full tile of 16 rows and a partial one
    within = direct(batch)
    alone = all(torch.equal(direct(batch[i:i + 1]), within[i:i + 1]) for i in (0, 7, 18))
    kernel = layer(batch).float()
    return alone and bool(((kernel - within.float()).abs() <= 2**-6 * kernel.abs().amax(-1, keepdim=True)).all())


def _checked(layer: nn.Module, kernel: Nf4Kernel | None) -> Direct4bitLinear:
    """The direct layer on ``kernel`` if it passes its probe, else on bitsandbytes' function (bitwise checked)."""
    if kernel is not None:
        direct = Direct4bitLinear(layer, kernel)
        try:
            if _same_as_bitsandbytes(layer, direct) if kernel.mode == "dot" else _agrees_row_by_row(layer, direct):
                return direct
            log.warning("our %s kernel disagrees with bitsandbytes on a probe: its own function runs", kernel.mode)
        except ValueError as err:  # a shape it does not take
            log.warning("our %s kernel skipped: %s; bitsandbytes' function runs", kernel.mode, err)
    direct = Direct4bitLinear(layer)
    if not _same_as_bitsandbytes(layer, direct):
        raise RuntimeError("the direct call differs from bitsandbytes' own")
    return direct


def _copies_help(kernel: Nf4Kernel | None) -> bool:
    """Whether bf16 copies speed prompts up: not on our AMX kernel, which prefills as fast as oneDNN on the copies
    (4 rows x 46 tokens: 0.155 vs 0.184 s)."""
    return kernel is None or kernel.mode != "amx"


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
def use_direct_4bit(model: nn.Module, dense_mb: float = 0, kernel: Nf4Kernel | None | object = OUR_KERNEL) -> int:
    """Swap every eligible CPU ``Linear4bit`` of ``model`` for a :class:`Direct4bitLinear`; returns how many.

    A layer qualifies when it is on CPU, has no bias, and bitsandbytes repacked it for its CPU
    kernel on a first (probe) call. Anything else, or any failure, leaves the model as it was.
    When the bf16 copies of all of them fit in ``dense_mb`` MiB, each keeps one for prompts.
    ``kernel``: ours (``nf4_kernel.load()`` by default), or None for bitsandbytes' function.
    """
    kernel = nf4_kernel.load() if kernel is OUR_KERNEL else kernel
    try:
        from bitsandbytes.nn import Linear4bit
    except Exception:  # no bitsandbytes: nothing of its to replace
        return 0
    found = [(parent, name, child) for parent, name, child in _children(model, Linear4bit)
             if child.bias is None and child.weight.device.type == "cpu"]
    if model.training or not found:
        return 0
    swaps = []
    copies = (2 * sum(layer.in_features * layer.out_features for _, _, layer in found) <= dense_mb * 2**20
              and _copies_help(kernel))
    try:
        for parent, name, layer in found:
            repacked = getattr(layer.weight.quant_state, "packing_format_for_cpu", False)
            dense = _pack(_dequantized(layer)) if copies and not repacked else None
            layer(torch.zeros(1, 1, layer.in_features))  # bitsandbytes repacks on its first inference call
            if not getattr(layer.weight.quant_state, "packing_format_for_cpu", False):
                return 0  # no AVX512-BF16: bitsandbytes runs another path, keep it
            direct = _checked(layer, kernel)
            kernel = direct.kernel  # after a failed probe the other layers skip ours too
            copies = copies and dense is not None and _dense_agrees(layer, dense)
            direct.dense = dense
            swaps.append((parent, name, direct))
    except Exception as err:  # another bitsandbytes version or build: keep its own layers
        log.warning("bitsandbytes' 4-bit layers kept as they are: %s", err)
        return 0
    if not copies:  # all layers or none
        if dense_mb and _copies_help(kernel):
            log.warning("prompts prefill through bitsandbytes' kernel: no bf16 copy of the 4-bit weights")
        for _, _, direct in swaps:
            direct.dense = None
    for parent, name, direct in swaps:
        setattr(parent, name, direct)
    return len(swaps)


def kernel_in_use(model: nn.Module) -> str | None:
    """Which kernel the direct layers of ``model`` call (for the logs and the benchmarks); None without any."""
    layer = next((m for m in model.modules() if isinstance(m, Direct4bitLinear)), None)
    if layer is None:
        return None
    return f"nf4_kernel.c ({layer.kernel.mode})" if layer.kernel else "bitsandbytes' kernel"


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
