"""Our C kernel for bitsandbytes' repacked 4-bit layers on CPU: each weight decoded once per call, for all rows.

bitsandbytes' AVX512-BF16 kernel decodes a block of 4-bit codes again for every four rows of the input, so a
decode step of 32 rows (8 visitors x 4 variants) cost 8x a step of 4 rows (gate_proj of SmolLM2-135M here:
383 vs 60 µs at 2 threads). ``nf4_kernel.c`` reads bitsandbytes' own repacked weights and scales and decodes
each block once per call into a buffer in L1:

- ``amx``: the products on AMX tiles (Sapphire Rapids and later): 1.15x bitsandbytes at one row, 2x at 4 rows,
  5.9x at 32, 6.4x at 64. Within bf16 rounding of bitsandbytes' numbers (the tile unit sums in its own order).
- ``dot``: ``vdpbf16ps`` in bitsandbytes' order, bitwise its result; 1.0x at one row, 1.3x at 32 rows.

In both, a row's numbers never depend on the other rows of the call, which is what the engine's
batch-equals-alone guarantee needs. ``PLAYGROUND_NF4_KERNEL`` picks: ``amx`` (the default where it runs),
``dot``, or ``0`` for bitsandbytes' own function. Built like the LoRA kernel (``cbuild.py``); without a C
compiler, or on a CPU without AVX512-BF16, :func:`load` returns None and bitsandbytes' function runs.
"""

from __future__ import annotations

import ctypes
import logging
import os
import subprocess
from functools import lru_cache
from pathlib import Path

import torch

from playground.core.config import default_cache_dir
from playground.local.cpu.cbuild import build_library, find_compiler

log = logging.getLogger(__name__)

SOURCE = Path(__file__).with_name("nf4_kernel.c")
FLAGS = ("-O3", "-fopenmp", "-shared", "-fPIC")
MODE_ENV = "PLAYGROUND_NF4_KERNEL"  # amx (default where the CPU has it), dot, or 0 (bitsandbytes' own)
MODES = ("amx", "dot")

_I64, _P, _I = ctypes.c_int64, ctypes.c_void_p, ctypes.c_int
_AMX = 3  # nf4_supported(): 1 = the vdpbf16ps version runs, 3 = AMX too


class Nf4Kernel:
    """The loaded ``nf4_rows`` function in one mode (``amx`` or ``dot``)."""

    def __init__(self, library: Path, mode: str):
        native = ctypes.CDLL(str(library))
        self.library, self.mode, self._amx = library, mode, int(mode == "amx")
        self._fn = native.nf4_rows
        self._fn.restype = _I
        self._fn.argtypes = [_I64, _I64, _I64, _P, _I64, _P, _P, _P, _I64, _I64, _P, _I, _I]

    def product(self, rows: torch.Tensor, out: torch.Tensor, weight: int, absmax: int, blocksize: int,
                codes: torch.Tensor) -> None:
        """``out = rows @ W^T`` for bf16 ``rows`` (M, K) and ``out`` (M, N), row-major; ``weight`` and ``absmax``
        point at bitsandbytes' repacked codes and bf16 scales, ``codes`` holds the 16 code values as bf16."""
        if self._fn(rows.shape[0], out.shape[1], rows.shape[1], rows.data_ptr(), rows.stride(0), weight, absmax,
                    out.data_ptr(), out.stride(0), blocksize, codes.data_ptr(), self._amx,
                    torch.get_num_threads()) != 0:
            raise ValueError(f"the 4-bit kernel does not take this layer ({out.shape[1]} x {rows.shape[1]}, "
                             f"blocksize {blocksize})")


@lru_cache(maxsize=None)
def code_values(quant_type: str) -> torch.Tensor:
    """The 16 values of bitsandbytes' ``nf4`` or ``fp4`` code as bf16 bits (int16), as its CPU kernel uses them."""
    from bitsandbytes.functional import get_4bit_type

    return get_4bit_type(quant_type, device="cpu").to(torch.bfloat16).view(torch.int16).contiguous()


def build(mode: str | None = None, compiler: str | None = None, cache: Path | None = None
          ) -> tuple[Nf4Kernel | None, str]:
    """Build (or find in ``cache``) and load the kernel in ``mode`` (None: the best this CPU runs):
    ``(kernel, how)``, or ``(None, why not)``."""
    compiler = compiler or find_compiler()
    if compiler is None:
        return None, "no C compiler found"
    try:
        library = build_library(SOURCE, FLAGS, compiler, cache or default_cache_dir() / "kernels")
        supported = ctypes.CDLL(str(library)).nf4_supported()
    except (OSError, RuntimeError, subprocess.SubprocessError, AttributeError) as error:
        log.warning("4-bit kernel unavailable, bitsandbytes' own runs: %s", error)
        return None, f"build failed: {error}"
    if not supported:
        return None, "this CPU has no AVX512-BF16"
    mode = mode or ("amx" if supported == _AMX else "dot")
    if mode == "amx" and supported != _AMX:
        return None, "this CPU (or kernel) gives no AMX tiles"
    return Nf4Kernel(library, mode), f"{mode}, compiled with {Path(compiler).name}"


@lru_cache(maxsize=1)
def _load() -> tuple[Nf4Kernel | None, str]:
    choice = os.environ.get(MODE_ENV, "").strip().lower()
    if choice == "0":
        return None, f"turned off by {MODE_ENV}=0"
    if choice and choice not in MODES:
        log.warning("%s=%s is none of %s; using the default", MODE_ENV, choice, ", ".join(MODES))
        choice = ""
    return build(choice or None)


def load() -> Nf4Kernel | None:
    """The kernel, built on first use; None when it cannot run here (bitsandbytes' function runs)."""
    return _load()[0]
