"""Many LoRA adapters on one base, chosen per batch row, in two matmuls per layer.

PEFT's mixed-adapter batches (``generate(adapter_names=...)``) loop over the adapters of
the batch in every LoRA layer; on a small model that Python loop costs as much as the base
itself. Here each wrapped layer concatenates the LoRA factors of the adapters in the
current batch once per request::

    delta = ((x @ A_cat) * mask) @ B_cat

where ``mask`` holds, for each row, its adapter's ``scaling * strength`` on that adapter's
rank block and zeros elsewhere (the base is a row with no block). The cost is two small
matmuls per layer whatever the number of adapters. Two details make it cheap at the batch
sizes of the Compare tab:

- only the span of rows that has an adapter is computed, and its delta is added in place to
  the base layer's fresh output, so a base row at the edge of the batch costs nothing;
- a decode step of a few rows runs the two products as a batch of one-row products
  (``bmm`` over the shared factors, expanded without a copy). MKL's small-``M`` sgemm is slow
  on 2 to 8 rows; its batched one-row kernel is 1.1-1.8x faster there. Prefill and big
  batches (the eval runner) stay on plain ``matmul``.

``bench/compare.py`` measures it.

Routing is set for the duration of one ``generate`` call by :meth:`MultiLora.route`; the
engine holds its lock around it, so requests never see each other's routing.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field

import torch
from torch import nn

from .adapters import Adapter, LoraPair

BASE = "base"
BATCHED_ONE_ROW_MAX = 8  # decode steps of up to this many rows use bmm (see the module docstring)


@dataclass
class _Route:
    A: torch.Tensor     # (in_features, total_rank)
    B: torch.Tensor     # (total_rank, out_features)
    mask: torch.Tensor  # (rows, 1, total_rank)
    lo: int = field(init=False)                 # rows lo..hi-1 are the span that has an adapter,
    hi: int = field(init=False)                 # derived from mask by keep()
    span_mask: torch.Tensor = field(init=False)  # mask[lo:hi]

    def __post_init__(self) -> None:
        self.keep(None)

    def keep(self, rows: torch.Tensor | None) -> None:
        """Keep these rows of the batch (all when None) and recompute the adapter span."""
        if rows is not None:
            self.mask = self.mask[rows]
        active = self.mask.flatten(1).any(dim=1).nonzero()[:, 0].tolist()
        self.lo, self.hi = (active[0], active[-1] + 1) if active else (0, 0)
        self.span_mask = self.mask[self.lo:self.hi]

    def delta(self, x: torch.Tensor) -> torch.Tensor:
        """The LoRA output of the span rows of ``x`` (batch, seq, in_features)."""
        x = x.to(self.A.dtype)
        rows, seq = x.shape[0], x.shape[1]
        if seq == 1 and rows <= BATCHED_ONE_ROW_MAX:
            t = torch.bmm(x, self.A.expand(rows, *self.A.shape)) * self.span_mask
            return torch.bmm(t, self.B.expand(rows, *self.B.shape))
        return ((x @ self.A) * self.span_mask) @ self.B


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
        if route is None or route.hi == 0:
            return y
        # y is this call's fresh output, so adding in place is safe (inference only, like the engine)
        y[route.lo:route.hi] += route.delta(x[route.lo:route.hi]).to(y.dtype)
        return y

    def build_route(self, rows: list[str], strengths: list[float], device) -> _Route | None:
        names = [name for name in dict.fromkeys(rows) if name in self.pairs]
        if not names:
            return None
        offsets, start = {}, 0
        for name in names:
            offsets[name] = (start, start + self.pairs[name].A.shape[0])
            start = offsets[name][1]
        A = torch.cat([self.pairs[n].A for n in names], dim=0).T.contiguous().to(device)
        B = torch.cat([self.pairs[n].B for n in names], dim=1).T.contiguous().to(device)
        mask = torch.zeros(len(rows), 1, start, dtype=A.dtype, device=device)
        for row, (name, strength) in enumerate(zip(rows, strengths)):
            if name in offsets:
                lo, hi = offsets[name]
                mask[row, 0, lo:hi] = self.pairs[name].scaling * strength
        return _Route(A=A, B=B, mask=mask)


class MultiLora:
    """Owns the wrapped layers of one base model and the adapters attached to them."""

    def __init__(self, model: nn.Module):
        self.model = model
        self.layers: dict[str, MultiLoraLinear] = {}
        self.adapters: dict[str, Adapter] = {}
        self.device = next(model.parameters()).device

    def add(self, adapter: Adapter) -> None:
        """Attach an adapter (its layers are wrapped on first use); the base weights are shared."""
        if adapter.name in self.adapters or adapter.name == BASE:
            raise ValueError(f"an adapter named {adapter.name!r} is already loaded")
        for path, pair in adapter.layers.items():
            self._layer(path).pairs[adapter.name] = pair
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
                layer.route = layer.build_route(rows, strengths, self.device)
            yield
        finally:
            for layer in self.layers.values():
                layer.route = None
