"""A small C kernel for the LoRA part of a decode step or a short prompt, built with the system C compiler.

On CPU a decode step of base + three adapters spends more time in the LoRA products than in
the 4-bit base layers: 210 wrapped layers, each a handful of tiny matmuls whose fixed cost
(dispatch, thread wake-up, small-``M`` sgemm set-up) dwarfs the arithmetic. ``lora_kernel.c``
does one layer's whole delta in one call: each row multiplies only its own adapter's
factors (a matmul over the batch computes every adapter for every row and masks, or loops
over the adapters), reads the factors in memory order (bf16-stored adapters as stored, which
halves the bytes read; the widening to float32 is exact), and adds into the base output in
place. PyTorch, PEFT and
bitsandbytes have no CPU kernel for per-row adapters (Punica/S-LoRA style kernels are CUDA
only), hence this one.

It is compiled once per source, compiler and machine into the user cache folder (about 0.2 s;
no PyTorch headers, loaded with ``ctypes``), with one clone per x86-64 level picked at load
time. Without a C compiler :func:`load` returns None and the PyTorch path runs instead;
:func:`unavailable_reason` says why, for the UI. ``bench/compare.py`` measures both.
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
from playground.local.adapters import LoraPair
from playground.local.cpu.cbuild import build_library, find_compiler

log = logging.getLogger(__name__)

SOURCE = Path(__file__).with_name("lora_kernel.c")
MAX_RANK = 1024  # per adapter; the same bound as in the C source
FLAGS = ("-O3", "-fopenmp", "-shared", "-fPIC")
DISABLE_ENV = "PLAYGROUND_LORA_KERNEL"  # "0" turns the kernel off (the PyTorch path runs)

_P, _I, _L = ctypes.c_void_p, ctypes.c_int, ctypes.c_int64
_F32 = torch.float32


class LoraKernel:
    """The loaded ``lora_rows`` function, called on float32 CPU tensors."""

    def __init__(self, library: Path):
        self.library = library
        self._fn = ctypes.CDLL(str(library)).lora_rows
        self._fn.restype = ctypes.c_int
        self._fn.argtypes = [_I, _I, _P, _L, _L, _P, _L, _L, _I, _I, _P, _P, _P, _P, _P, _I]

    def add_rows(self, x: torch.Tensor, y: torch.Tensor, tables: RowTables) -> bool:
        """``y[r, t] += scale[r] * B_r @ (A_r @ x[r, t])`` for each row ``r`` and token ``t``, in place.

        ``x`` (rows, tokens, in) and ``y`` (rows, tokens, out), a decode step or a prompt; ``tables``
        holds each row's factors (see :class:`RowTables`). Returns False, with ``y`` untouched, unless
        both are float32 with contiguous last dimensions. Called for every wrapped layer of every
        step, so it reads each tensor attribute once.
        """
        (rows, seq, width), x_strides, y_strides = x.shape, x.stride(), y.stride()
        if x_strides[2] != 1 or y_strides[2] != 1 or x.dtype != _F32 or y.dtype != _F32:
            return False
        if self._fn(rows, seq, x.data_ptr(), x_strides[0], x_strides[1], y.data_ptr(), y_strides[0], y_strides[1],
                    width, y.shape[2], *tables.pointers, torch.get_num_threads()) != 0:
            raise ValueError(f"an adapter rank is above the kernel's limit of {MAX_RANK}")
        return True


class RowTables:
    """Per-row arguments of the kernel for one layer: where each row's A and B^T start, its rank, its
    scale, and whether those factors are bfloat16.

    A row without an adapter has rank 0. The factors must stay alive (the adapters own them).
    """

    def __init__(self, pairs: list[LoraPair | None], scales: list[float]):
        """Rows running these pairs (None: no adapter) at these scales."""
        factors = [pair.kernel_factors if pair else None for pair in pairs]
        self._set(torch.tensor([f[0].data_ptr() if f else 0 for f in factors], dtype=torch.int64),
                  torch.tensor([f[1].data_ptr() if f else 0 for f in factors], dtype=torch.int64),
                  torch.tensor([pair.rank if pair else 0 for pair in pairs], dtype=torch.int32),
                  torch.tensor(scales, dtype=torch.float32),
                  torch.tensor([bool(f) and f[0].dtype == torch.bfloat16 for f in factors], dtype=torch.int32))

    def _set(self, *tables: torch.Tensor) -> None:
        self.tables = tables
        self.pointers = tuple(t.data_ptr() for t in tables)

    def keep(self, rows: torch.Tensor) -> None:
        """Keep these rows (positions in the current batch)."""
        self._set(*(t[rows].contiguous() for t in self.tables))


def build(compiler: str | None = None, cache: Path | None = None) -> tuple[LoraKernel | None, str]:
    """Build (or find in ``cache``) and load the kernel: ``(kernel, how)``, or ``(None, why not)``."""
    compiler = compiler or find_compiler()
    if compiler is None:
        return None, "no C compiler found"
    try:
        kernel = LoraKernel(build_library(SOURCE, FLAGS, compiler, cache or default_cache_dir() / "kernels"))
    except (OSError, RuntimeError, subprocess.SubprocessError, AttributeError) as error:
        log.warning("LoRA kernel unavailable, adapters use the PyTorch path: %s", error)
        return None, f"build failed: {error}"
    return kernel, f"compiled with {Path(compiler).name}"


@lru_cache(maxsize=1)
def _load() -> tuple[LoraKernel | None, str]:
    if os.environ.get(DISABLE_ENV, "1") == "0":
        return None, f"turned off by {DISABLE_ENV}=0"
    return build()


def load() -> LoraKernel | None:
    """The kernel, built on first use; None when it cannot be built (the PyTorch path runs)."""
    return _load()[0]


def unavailable_reason() -> str | None:
    """Why the kernel cannot run (for the UI), or None when it runs."""
    kernel, why = _load()
    return None if kernel else why
