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

A batch's routing (:class:`BatchRoute`: each row's adapter and strength in every wrapped layer) is built once
per batch and follows it as rows leave; the model thread installs it around each forward
(:meth:`MultiLora.install`, or :meth:`MultiLora.route` for a one-off batch), so two batches never see each
other's routing.
"""

from __future__ import annotations

from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import nn

from playground.core.types import BASE
from playground.local.adapters import Adapter, EmbeddingPair, LoraPair, linear_features
from playground.local.cpu.output_head import PackedLinear
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
                 stack: _Stack | None = None, base_layer: nn.Module | None = None):
        self.pairs, self.scales = pairs, scales
        fits = all(p is None or (p.A.device.type == "cpu" and p.rank <= MAX_RANK) for p in pairs)
        self.kernel = kernel if fits and stack is None else None
        self.tables = RowTables(pairs, scales) if self.kernel else None
        self.stacked = _Stacked(stack, pairs, scales) if stack is not None else None
        self.extras = _RowExtras.of(pairs, scales, base_layer) if base_layer is not None else None
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
        if self.extras is not None:
            self.extras.keep(rows)
        self._group()

    def _group(self) -> None:
        self.active = any(pair is not None for pair in self.pairs)  # some row still runs an adapter here
        self.widest = max(Counter(id(pair) for pair in self.pairs if pair is not None).values(), default=0)
        self.groups: list[_Group] = []
        if self.stacked is not None:  # the one-pass path needs no groups (nor their index tensors on the GPU)
            return
        self.groups = _groups(self.pairs, self.scales)

    def add_delta(self, x: torch.Tensor, y: torch.Tensor) -> None:
        """Add the LoRA output of ``x`` (batch, seq, in_features) to ``y``, the base layer's fresh output."""
        self._add_lora(x, y)
        if self.extras is not None:
            self.extras.apply(y)

    def _add_lora(self, x: torch.Tensor, y: torch.Tensor) -> None:
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


def _groups(pairs: list, scales: list[float]) -> list[_Group]:
    """The rows of the batch grouped by (adapter tensors, scale)."""
    found: dict[tuple[int, float], tuple[object, float, list[int]]] = {}
    for row, (pair, scale) in enumerate(zip(pairs, scales)):
        if pair is not None:
            found.setdefault((id(pair), scale), (pair, scale, []))[2].append(row)
    return [_Group(pair, scale, _rows(rows, _device(pair))) for pair, scale, rows in found.values()]


def _device(pair) -> torch.device:
    """Where a pair's tensors are (a module copy is a dict of tensors)."""
    return (next(iter(pair.values())) if isinstance(pair, dict) else pair.tensors()[0]).device


class _RowExtras:
    """What some rows add to a layer's output beyond ``scale * B A x``: lora_B's bias (``lora_bias``), then
    DoRA's rescaling, ``y = g * (y - bias) + bias`` with the base layer's bias (see :class:`DoraMagnitude`).

    Per-row tensors (rows, 1, out): ones and zeros for rows without them, so a row's result does not depend on
    its neighbours. Built only for layers where some row needs them: plain LoRA pays nothing.
    """

    def __init__(self, add: torch.Tensor | None, scale: torch.Tensor | None, shift: torch.Tensor | None):
        self.add, self.scale, self.shift = add, scale, shift

    @classmethod
    def of(cls, pairs: list[LoraPair | None], scales: list[float], base_layer: nn.Module) -> "_RowExtras | None":
        biased = [p is not None and p.bias is not None for p in pairs]
        dora = [p is not None and p.dora is not None for p in pairs]
        if not any(biased) and not any(dora):
            return None
        pair = next(p for p, b, d in zip(pairs, biased, dora) if b or d)
        device, out = pair.A.device, pair.B.shape[0]
        add = torch.zeros(len(pairs), 1, out, device=device) if any(biased) else None
        scale = torch.ones(len(pairs), 1, out, device=device) if any(dora) else None
        base_bias = getattr(base_layer, "bias", None)
        shift = torch.zeros(len(pairs), 1, out, device=device) if any(dora) and base_bias is not None else None
        for row, (pair, value) in enumerate(zip(pairs, scales)):
            if pair is not None and pair.bias is not None:
                add[row, 0] = value * pair.bias
            if pair is not None and pair.dora is not None:
                factor = pair.dora.factor(pair, value, base_layer)
                scale[row, 0] = factor
                if shift is not None:
                    shift[row, 0] = (1 - factor) * base_bias.detach().float().to(device)
        return cls(add, scale, shift)

    def keep(self, rows: torch.Tensor) -> None:
        self.add, self.scale, self.shift = (None if t is None else t[rows.to(t.device)]
                                            for t in (self.add, self.scale, self.shift))

    def apply(self, y: torch.Tensor) -> None:
        if self.add is not None:
            y += self.add.to(y.dtype)
        if self.scale is not None:
            y.mul_(self.scale.to(y.dtype))
        if self.shift is not None:
            y += self.shift.to(y.dtype)


def _rows(rows: list[int], device) -> slice | torch.Tensor:
    if rows[-1] - rows[0] + 1 == len(rows):
        return slice(rows[0], rows[-1] + 1)
    return torch.tensor(rows, device=device)


class MultiLoraLinear(nn.Module):
    """A base linear layer plus the LoRA factors of every adapter that targets it."""

    def __init__(self, base_layer: nn.Module):
        super().__init__()
        self.base_layer = base_layer
        self.in_features, self.out_features = linear_features(base_layer)  # GPT-2's Conv1D has no such attributes
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
        return _Route(pairs, scales, kernel, stack, self.base_layer)

    def _stack(self, names: list[str], dtype: torch.dtype) -> _Stack:
        key = tuple(sorted(set(names)))
        if key not in self.stacks:
            if len(self.stacks) >= MAX_STACKS:  # bounded: the oldest set of adapters goes first
                self.stacks.pop(next(iter(self.stacks)))
            self.stacks[key] = _Stack([self.pairs[name] for name in key], dtype)
        return self.stacks[key]


class MultiLoraEmbedding(nn.Module):
    """A base embedding layer plus the LoRA of every adapter that targets it (``lora_embedding_A/B``)."""

    def __init__(self, base_layer: nn.Module):
        super().__init__()
        self.base_layer = base_layer
        self.num_embeddings, self.embedding_dim = base_layer.num_embeddings, base_layer.embedding_dim
        self.pairs: dict[str, EmbeddingPair] = {}
        self.route: list[_Group] | None = None

    @property
    def weight(self) -> torch.Tensor:  # transformers reads the input embeddings' weight (dtype, tying)
        return self.base_layer.weight

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        y = self.base_layer(ids)  # a fresh tensor: adding in place is safe
        scale = getattr(_base(self.base_layer), "embed_scale", None)  # e.g. Gemma's scaled embeddings (as PEFT)
        for group in self.route or ():
            pair = group.pair
            delta = (F.embedding(ids[group.rows], pair.table) @ pair.Bt).mul_(group.scale)
            if scale is not None:
                delta = delta * scale.to(delta.dtype)
            y[group.rows] += delta.to(y.dtype)
        return y

    def build_route(self, rows: list[str], strengths: list[float]) -> list[_Group] | None:
        pairs = [self.pairs.get(name) if strength else None for name, strength in zip(rows, strengths)]
        if not any(pairs):
            return None
        return _groups(pairs, [p.scaling * strength if p else 0.0 for p, strength in zip(pairs, strengths)])


class PerRowCopies(nn.Module):
    """A base module that some adapters replace by their own trained copy (PEFT's ``modules_to_save``, e.g.
    ``lm_head`` or a norm): each row of the batch runs its adapter's copy, the other rows the base module.

    A copy is the module's tensors only; it runs through the base module's own forward
    (``torch.func.functional_call``), or ``F.linear`` for the pre-packed output head. At any strength above
    0 a row runs the whole copy (there is nothing to scale).
    """

    def __init__(self, base_layer: nn.Module):
        super().__init__()
        self.base_layer = base_layer
        for attribute in ("in_features", "out_features", "num_embeddings", "embedding_dim"):
            if hasattr(base_layer, attribute):
                setattr(self, attribute, getattr(base_layer, attribute))
        self.pairs: dict[str, dict[str, torch.Tensor]] = {}
        self.route: list[_Group] | None = None

    @property
    def weight(self) -> torch.Tensor:
        return self.base_layer.weight

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = self.base_layer(x)
        for group in self.route or ():
            y[group.rows] = self._run(group.pair, x[group.rows]).to(y.dtype)
        return y

    def _run(self, state: dict[str, torch.Tensor], x: torch.Tensor) -> torch.Tensor:
        if isinstance(self.base_layer, PackedLinear):
            return F.linear(x, state["weight"])
        return torch.func.functional_call(self.base_layer, state, (x,))

    def build_route(self, rows: list[str], strengths: list[float]) -> list[_Group] | None:
        pairs = [self.pairs.get(name) if strength else None for name, strength in zip(rows, strengths)]
        return _groups(pairs, [1.0] * len(pairs)) if any(p is not None for p in pairs) else None


def _base(module: nn.Module) -> nn.Module:
    while isinstance(getattr(module, "base_layer", None), nn.Module):
        module = module.base_layer
    return module


def _keep_groups(groups: list[_Group], rows: torch.Tensor, count: int) -> list[_Group] | None:
    """``groups`` of a batch of ``count`` rows, keeping the rows at positions ``rows``."""
    pairs: list = [None] * count
    scales = [0.0] * count
    for group in groups:
        members = range(count)[group.rows] if isinstance(group.rows, slice) else group.rows.tolist()
        for row in members:
            pairs[row], scales[row] = group.pair, group.scale
    kept = rows.tolist()
    pairs, scales = [pairs[i] for i in kept], [scales[i] for i in kept]
    return _groups(pairs, scales) if any(p is not None for p in pairs) else None


class MultiLora:
    """Owns the wrapped layers of one base model and the adapters attached to them."""

    def __init__(self, model: nn.Module, kernel: LoraKernel | None = None):
        self.model = model
        self.layers: dict[str, MultiLoraLinear] = {}
        self.embeddings: dict[str, MultiLoraEmbedding] = {}
        self.copies: dict[str, PerRowCopies] = {}
        self.adapters: dict[str, Adapter] = {}
        self.device = next(model.parameters()).device
        self.kernel = kernel  # the C decode kernel (CPU), or None for the PyTorch path only
        # off the CPU, the one-pass path over stacked factors, in the model's compute dtype
        self.stack_dtype = model.get_input_embeddings().weight.dtype if self.device.type != "cpu" else None
        self.installed: BatchRoute | None = None  # the routing the model's forward follows now

    def add(self, adapter: Adapter) -> None:
        """Attach an adapter (its layers are wrapped on first use); the base weights are shared."""
        if adapter.name in self.adapters or adapter.name == BASE:
            raise ValueError(f"an adapter named {adapter.name!r} is already loaded")
        for path, state in adapter.copies.items():  # innermost: LoRA of other adapters adds onto a copy's output
            self._copies(path).pairs[adapter.name] = {key: t.to(self.device) for key, t in state.items()}
        for path, pair in adapter.layers.items():
            layer = self._wrapped(path, MultiLoraLinear, self.layers)
            layer.pairs[adapter.name] = pair = pair.to(self.device)
            if pair.dora is not None:  # DoRA's factor at full strength, ready before the first request
                pair.dora.factor(pair, pair.scaling, layer.base_layer)
        for path, pair in adapter.embeddings.items():
            self._wrapped(path, MultiLoraEmbedding, self.embeddings).pairs[adapter.name] = pair.to(self.device)
        self.adapters[adapter.name] = adapter

    def remove(self, name: str) -> None:
        for layer in self._wrappers():
            layer.pairs.pop(name, None)
        for layer in self.layers.values():
            layer.stacks = {key: stack for key, stack in layer.stacks.items() if name not in key}
        self.adapters.pop(name, None)

    def _wrappers(self) -> list[nn.Module]:
        return [*self.layers.values(), *self.embeddings.values(), *self.copies.values()]

    def _wrapped(self, path: str, kind: type, found: dict):
        """The ``kind`` wrapper of the module at ``path``, made on first use."""
        if path in found:
            return found[path]
        parent_path, _, child = path.rpartition(".")
        parent = self.model.get_submodule(parent_path) if parent_path else self.model
        wrapper = getattr(parent, child)
        if not isinstance(wrapper, kind):
            wrapper = kind(wrapper)
            setattr(parent, child, wrapper)
        found[path] = wrapper
        return wrapper

    def _copies(self, path: str) -> PerRowCopies:
        """The module at ``path`` wrapped for per-row copies, under any LoRA wrapper already there."""
        if path in self.copies:
            return self.copies[path]
        outer = self.layers.get(path) or self.embeddings.get(path)
        if outer is None:
            return self._wrapped(path, PerRowCopies, self.copies)
        if not isinstance(outer.base_layer, PerRowCopies):
            outer.base_layer = PerRowCopies(outer.base_layer)
        self.copies[path] = outer.base_layer
        return outer.base_layer

    def routing(self, rows: list[str], strengths: list[float] | None = None) -> BatchRoute:
        """Every wrapped layer's routing for a batch whose row ``i`` runs adapter ``rows[i]`` ('base' for none)."""
        unknown = [name for name in rows if name != BASE and name not in self.adapters]
        if unknown:
            raise KeyError(f"unknown adapters: {unknown}")
        strengths = strengths or [1.0] * len(rows)
        routes: dict[nn.Module, object] = {}
        for layer in self.layers.values():
            routes[layer] = layer.build_route(rows, strengths, self.kernel, self.stack_dtype)
        for layer in [*self.embeddings.values(), *self.copies.values()]:
            routes[layer] = layer.build_route(rows, strengths)
        return BatchRoute(routes, len(rows))

    def install(self, route: BatchRoute | None) -> None:
        """Make ``route`` the one the model's forward follows (None: every row runs the base)."""
        self.installed = route
        for layer in self._wrappers():
            layer.route = route.routes.get(layer) if route is not None else None

    @contextmanager
    def route(self, rows: list[str], strengths: list[float] | None = None):
        """Within the block, row ``i`` of every batch runs adapter ``rows[i]`` ('base' for none)."""
        previous = self.installed
        try:
            self.install(self.routing(rows, strengths))
            yield
        finally:
            self.install(previous)


class BatchRoute:
    """The routing of one batch in every wrapped layer; follows the batch as rows leave (:meth:`keep`)."""

    def __init__(self, routes: dict[nn.Module, object], batch: int):
        self.routes = {layer: route for layer, route in routes.items() if route is not None}
        self.batch = batch  # rows in the batch

    def keep(self, rows: torch.Tensor) -> None:
        """Keep the rows at positions ``rows`` of the batch."""
        for layer, route in list(self.routes.items()):
            if isinstance(route, _Route):
                route.keep(rows)
            else:  # embeddings and module copies route by groups of rows
                kept = _keep_groups(route, rows, self.batch)
                if kept is None:
                    del self.routes[layer]
                else:
                    self.routes[layer] = kept
        self.batch = len(rows)
