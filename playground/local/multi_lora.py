"""Many LoRA adapters on one base, chosen per batch row.

PEFT's mixed-adapter batches (``generate(adapter_names=...)``) loop over the adapters of
the batch in every LoRA layer, with masks and copies; on a small model that costs as much as
the base itself. Here each wrapped layer adds the LoRA delta of every row into the base
layer's fresh output, in place, reading the adapters' own factors (nothing is copied per
request), in one of three ways:

- **decode steps and short prompts on CPU** (up to ``KERNEL_MAX_ROWS`` rows, and up to
  ``KERNEL_MAX_ADAPTER_TOKENS`` tokens through any one adapter): one call of the C kernel of
  ``lora_kernel.py`` for the whole batch. Each row multiplies only its own adapter's factors,
  so a row's result never depends on its neighbours. At 4 rows the LoRA part of a decode step
  takes about 2.5x less time than the best PyTorch formulation we found (two masked matmuls
  over the concatenated factors of the batch), whose fixed cost per op dominated the step; a
  4-row prompt of 16-64 tokens, 1.5-3x less than the per-adapter matmuls below;
- **on a GPU**: the factors of the batch's adapters side by side (built once per set of
  adapters and kept), and three kernels per layer whatever the number of adapters: x @ A^T,
  times each row's scales (zero outside its own adapter's block), then added through B. A decode
  step there is bound by kernel launches, not arithmetic (about 1,200 for the base step of
  SmolLM2-135M); per-adapter matmuls added about 7 per adapter and layer, 3.5x the base step at
  4 variants on an H100;
- **everything else on CPU** (long prompts, big batches, or no C compiler): for each adapter of
  the batch (at one strength), two matmuls over the rows that run it.

``bench/compare.py`` measures it against PEFT and against the PyTorch path.

Routing is set for the duration of one ``generate`` call by :meth:`MultiLora.route`; the
engine holds its lock around it, so requests never see each other's routing.
"""

from __future__ import annotations

from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass

import torch
from torch import nn

from playground.core.types import BASE
from playground.local.adapters import Adapter, LoraPair
from playground.local.cpu.lora_kernel import MAX_RANK, LoraKernel, RowTables

# the C kernel runs batches of up to 32 rows in which no adapter takes more than 64 tokens (its rows x the
# prompt's length). Measured crossovers: above, PyTorch's matmuls are as fast (they read shared factors
# once and use every core): 1 row x 256 tokens through one r32 adapter took 83 ms in the kernel, 50 in matmuls
KERNEL_MAX_ROWS, KERNEL_MAX_ADAPTER_TOKENS = 32, 64
MAX_STACKS = 8  # sets of adapters whose stacked factors a layer keeps (GPU path)


@dataclass
class _Group:
    """The rows of the batch that run one adapter at one strength."""

    pair: LoraPair
    scale: float                # scaling * strength
    rows: slice | torch.Tensor  # a slice when the rows are contiguous, else their indices


class _Stack:
    """The factors of several adapters side by side: ``A`` (sum of ranks, in), ``Bt`` (sum of ranks, out)."""

    def __init__(self, pairs: list[LoraPair], dtype: torch.dtype):
        self.A = torch.cat([p.A for p in pairs]).to(dtype)
        self.Bt = torch.cat([p.Bt for p in pairs]).to(dtype)
        self.offsets: dict[int, int] = {}  # id(pair) -> its first rank's position
        start = 0
        for p in pairs:
            self.offsets[id(p)] = start
            start += p.rank


class _Stacked:
    """The one-pass path (GPU): ``y += ((x @ A^T) * row_scales) @ B^T`` over the stacked factors."""

    def __init__(self, stack: _Stack, pairs: list[LoraPair | None], scales: list[float]):
        self.stack = stack
        mask = torch.zeros(len(pairs), stack.A.shape[0])
        for row, (pair, scale) in enumerate(zip(pairs, scales)):
            if pair is not None:
                start = stack.offsets[id(pair)]
                mask[row, start:start + pair.rank] = scale
        self.mask = mask.to(stack.A.device, stack.A.dtype)[:, None, :]  # (rows, 1, ranks)

    def keep(self, rows: torch.Tensor) -> None:
        self.mask = self.mask[rows.to(self.mask.device)]

    def add(self, x: torch.Tensor, y: torch.Tensor) -> None:
        hidden = (x.to(self.stack.A.dtype) @ self.stack.A.T).mul_(self.mask)
        if y.is_contiguous() and y.dtype == hidden.dtype:
            y.view(-1, y.shape[-1]).addmm_(hidden.view(-1, hidden.shape[-1]), self.stack.Bt)
        else:
            y += (hidden @ self.stack.Bt).to(y.dtype)


class _Route:
    """One wrapped layer's view of the current batch: the factors and scale of each row."""

    def __init__(self, pairs: list[LoraPair | None], scales: list[float], kernel: LoraKernel | None,
                 stack: _Stack | None = None):
        self.pairs, self.scales = pairs, scales
        fits = all(p is None or (p.A.device.type == "cpu" and p.rank <= MAX_RANK) for p in pairs)
        self.kernel = kernel if fits and stack is None else None
        self.tables = RowTables(pairs, scales) if self.kernel else None
        self.stacked = _Stacked(stack, pairs, scales) if stack is not None else None
        self._group()

    def keep(self, rows: torch.Tensor) -> None:
        """Keep these rows of the batch (positions in the current batch)."""
        kept = rows.tolist()
        self.pairs = [self.pairs[i] for i in kept]
        self.scales = [self.scales[i] for i in kept]
        if self.tables is not None:
            self.tables.keep(rows)
        if self.stacked is not None:
            self.stacked.keep(rows)
        self._group()

    def _group(self) -> None:
        self.active = any(pair is not None for pair in self.pairs)  # some row still runs an adapter here
        self.widest = max(Counter(id(pair) for pair in self.pairs if pair is not None).values(), default=0)
        self.groups: list[_Group] = []
        if self.stacked is not None:  # the one-pass path needs no groups (nor their index tensors on the GPU)
            return
        found: dict[tuple[int, float], tuple[LoraPair, float, list[int]]] = {}
        for row, (pair, scale) in enumerate(zip(self.pairs, self.scales)):
            if pair is not None:
                found.setdefault((id(pair), scale), (pair, scale, []))[2].append(row)
        self.groups = [_Group(pair, scale, _rows(rows, pair.A.device)) for pair, scale, rows in found.values()]

    def add_delta(self, x: torch.Tensor, y: torch.Tensor) -> None:
        """Add the LoRA output of ``x`` (batch, seq, in_features) to ``y``, the base layer's fresh output."""
        if (self.kernel is not None and x.dim() == 3 and x.shape[0] <= KERNEL_MAX_ROWS
                and self.widest * x.shape[1] <= KERNEL_MAX_ADAPTER_TOKENS and self.kernel.add_rows(x, y, self.tables)):
            return
        if self.stacked is not None:
            self.stacked.add(x, y)
            return
        # y is this call's fresh output, so adding in place is safe (inference only, like the engine)
        for group in self.groups:
            A, B = group.pair.A, group.pair.B
            delta = ((x[group.rows].to(A.dtype) @ A.T).mul_(group.scale) @ B.T).to(y.dtype)
            if isinstance(group.rows, slice):
                y[group.rows] += delta
            else:
                y.index_add_(0, group.rows, delta)


def _rows(rows: list[int], device) -> slice | torch.Tensor:
    if rows[-1] - rows[0] + 1 == len(rows):
        return slice(rows[0], rows[-1] + 1)
    return torch.tensor(rows, device=device)


class MultiLoraLinear(nn.Module):
    """A base linear layer plus the LoRA factors of every adapter that targets it."""

    def __init__(self, base_layer: nn.Module):
        super().__init__()
        self.base_layer = base_layer
        self.in_features = base_layer.in_features
        self.out_features = base_layer.out_features
        self.pairs: dict[str, LoraPair] = {}
        self.route: _Route | None = None
        self.stacks: dict[tuple[str, ...], _Stack] = {}  # adapter names -> their stacked factors (GPU path)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = self.base_layer(x)
        route = self.route
        if route is not None and route.active:
            route.add_delta(x, y)
        return y

    def build_route(self, rows: list[str], strengths: list[float], kernel: LoraKernel | None = None,
                    stack_dtype: torch.dtype | None = None) -> _Route | None:
        """This layer's routing for a batch; ``stack_dtype`` picks the one-pass path, factors in that dtype."""
        pairs = [self.pairs.get(name) if strength else None for name, strength in zip(rows, strengths)]
        if not any(pairs):
            return None
        scales = [p.scaling * strength if p else 0.0 for p, strength in zip(pairs, strengths)]
        stack = self._stack([n for n, p in zip(rows, pairs) if p], stack_dtype) if stack_dtype else None
        return _Route(pairs, scales, kernel, stack)

    def _stack(self, names: list[str], dtype: torch.dtype) -> _Stack:
        key = tuple(sorted(set(names)))
        if key not in self.stacks:
            if len(self.stacks) >= MAX_STACKS:  # bounded: the oldest set of adapters goes first
                self.stacks.pop(next(iter(self.stacks)))
            self.stacks[key] = _Stack([self.pairs[name] for name in key], dtype)
        return self.stacks[key]


class MultiLora:
    """Owns the wrapped layers of one base model and the adapters attached to them."""

    def __init__(self, model: nn.Module, kernel: LoraKernel | None = None):
        self.model = model
        self.layers: dict[str, MultiLoraLinear] = {}
        self.adapters: dict[str, Adapter] = {}
        self.device = next(model.parameters()).device
        self.kernel = kernel  # the C decode kernel (CPU), or None for the PyTorch path only
        # off the CPU, the one-pass path over stacked factors, in the model's compute dtype
        self.stack_dtype = model.get_input_embeddings().weight.dtype if self.device.type != "cpu" else None

    def add(self, adapter: Adapter) -> None:
        """Attach an adapter (its layers are wrapped on first use); the base weights are shared."""
        if adapter.name in self.adapters or adapter.name == BASE:
            raise ValueError(f"an adapter named {adapter.name!r} is already loaded")
        for path, pair in adapter.layers.items():
            self._layer(path).pairs[adapter.name] = pair.to(self.device)
        self.adapters[adapter.name] = adapter

    def remove(self, name: str) -> None:
        for layer in self.layers.values():
            layer.pairs.pop(name, None)
            layer.stacks = {key: stack for key, stack in layer.stacks.items() if name not in key}
        self.adapters.pop(name, None)

    def _layer(self, path: str) -> MultiLoraLinear:
        if path in self.layers:
            return self.layers[path]
        parent_path, _, child = path.rpartition(".")
        parent = self.model.get_submodule(parent_path)
        current = getattr(parent, child)
        if isinstance(current, MultiLoraLinear):
            wrapper = current
        else:
            wrapper = MultiLoraLinear(current)
            setattr(parent, child, wrapper)
        self.layers[path] = wrapper
        return wrapper

    def keep_rows(self, keep: torch.Tensor) -> None:
        """Within a route, keep only these rows of the batch (the others finished decoding)."""
        for layer in self.layers.values():
            if layer.route is not None:
                layer.route.keep(keep)

    @contextmanager
    def route(self, rows: list[str], strengths: list[float] | None = None):
        """Within the block, row ``i`` of every batch runs adapter ``rows[i]`` ('base' for none)."""
        unknown = [name for name in rows if name != BASE and name not in self.adapters]
        if unknown:
            raise KeyError(f"unknown adapters: {unknown}")
        strengths = strengths or [1.0] * len(rows)
        try:
            for layer in self.layers.values():
                layer.route = layer.build_route(rows, strengths, self.kernel, self.stack_dtype)
            yield
        finally:
            for layer in self.layers.values():
                layer.route = None
