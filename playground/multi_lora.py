"""Many LoRA adapters on one base, chosen per batch row.

PEFT's mixed-adapter batches (``generate(adapter_names=...)``) loop over the adapters of
the batch in every LoRA layer, with masks and copies; on a small model that costs as much as
the base itself. Here each wrapped layer adds the LoRA delta of every row into the base
layer's fresh output, in place, reading the adapters' own factors (nothing is copied per
request), in one of two ways:

- **decode steps on CPU** (one token per row, up to ``KERNEL_MAX_ROWS`` rows): one call of
  the C kernel of ``lora_kernel.py`` for the whole batch. Each row multiplies only its own
  adapter's factors, so a row's result never depends on its neighbours. At 4 rows the LoRA
  part of a step takes about 2.5x less time than the best PyTorch formulation we found (two
  masked matmuls over the concatenated factors of the batch), whose fixed cost per op
  dominated the step;
- **everything else** (prefill, big batches, GPU, or no C compiler): for each adapter of the
  batch (at one strength), two matmuls over the rows that run it.

``bench/compare.py`` measures it against PEFT and against the PyTorch path.

Routing is set for the duration of one ``generate`` call by :meth:`MultiLora.route`; the
engine holds its lock around it, so requests never see each other's routing.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass

import torch
from torch import nn

from .adapters import Adapter, LoraPair
from .lora_kernel import MAX_RANK, LoraKernel, RowTables

BASE = "base"
KERNEL_MAX_ROWS = 32  # decode steps of up to this many rows use the C kernel (above, matmuls are as fast)


@dataclass
class _Group:
    """The rows of the batch that run one adapter at one strength."""

    pair: LoraPair
    scale: float                # scaling * strength
    rows: slice | torch.Tensor  # a slice when the rows are contiguous, else their indices


class _Route:
    """One wrapped layer's view of the current batch: the factors and scale of each row."""

    def __init__(self, pairs: list[LoraPair | None], scales: list[float], kernel: LoraKernel | None):
        self.pairs, self.scales = pairs, scales
        fits = all(p is None or (p.A.device.type == "cpu" and p.rank <= MAX_RANK) for p in pairs)
        self.kernel = kernel if fits else None
        self.tables = RowTables(pairs, scales) if self.kernel else None
        self._group()

    def keep(self, rows: torch.Tensor) -> None:
        """Keep these rows of the batch (positions in the current batch)."""
        kept = rows.tolist()
        self.pairs = [self.pairs[i] for i in kept]
        self.scales = [self.scales[i] for i in kept]
        if self.tables is not None:
            self.tables.keep(rows)
        self._group()

    def _group(self) -> None:
        found: dict[tuple[int, float], tuple[LoraPair, float, list[int]]] = {}
        for row, (pair, scale) in enumerate(zip(self.pairs, self.scales)):
            if pair is not None:
                found.setdefault((id(pair), scale), (pair, scale, []))[2].append(row)
        self.groups = [_Group(pair, scale, _rows(rows, pair.A.device)) for pair, scale, rows in found.values()]

    def add_delta(self, x: torch.Tensor, y: torch.Tensor) -> None:
        """Add the LoRA output of ``x`` (batch, seq, in_features) to ``y``, the base layer's fresh output."""
        rows, seq = x.shape[0], x.shape[1]
        if (self.kernel is not None and seq == 1 and rows <= KERNEL_MAX_ROWS and x.dtype == y.dtype == torch.float32
                and x.stride(-1) == 1 and y.stride(-1) == 1):
            self.kernel.add_rows(x, y, self.tables)
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

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = self.base_layer(x)
        route = self.route
        if route is not None and route.groups:
            route.add_delta(x, y)
        return y

    def build_route(self, rows: list[str], strengths: list[float], kernel: LoraKernel | None = None) -> _Route | None:
        pairs = [self.pairs.get(name) if strength else None for name, strength in zip(rows, strengths)]
        if not any(pairs):
            return None
        scales = [p.scaling * strength if p else 0.0 for p, strength in zip(pairs, strengths)]
        return _Route(pairs, scales, kernel)


class MultiLora:
    """Owns the wrapped layers of one base model and the adapters attached to them."""

    def __init__(self, model: nn.Module, kernel: LoraKernel | None = None):
        self.model = model
        self.layers: dict[str, MultiLoraLinear] = {}
        self.adapters: dict[str, Adapter] = {}
        self.device = next(model.parameters()).device
        self.kernel = kernel  # the C decode kernel (CPU), or None for the PyTorch path only

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
                layer.route = layer.build_route(rows, strengths, self.kernel)
            yield
        finally:
            for layer in self.layers.values():
                layer.route = None
