"""Finding, validating and reading PEFT LoRA adapters, safely.

An adapter is a folder with ``adapter_config.json``, ``adapter_model.safetensors`` and a
model card ``README.md``. Everything is checked before a tensor is read: only safetensors
(never a pickle), a LoRA config that parses, a base that matches, target modules that exist,
and shapes that fit. A bad adapter becomes a :class:`RejectedAdapter` with the reason, and
the app starts without it.

The kinds of LoRA PEFT saves, and what each becomes here (``multi_lora.py`` runs them):

- ``lora_A``/``lora_B`` on linear layers, GPT-2's ``Conv1D`` included (``fan_in_fan_out`` only
  transposes the base weight; the LoRA product is the same): a :class:`LoraPair`; rsLoRA and
  rank/alpha patterns set its rank and scaling;
- ``lora_B.bias`` (``lora_bias``): the pair's ``bias``;
- ``lora_magnitude_vector`` (DoRA): the pair's :class:`DoraMagnitude`;
- ``lora_embedding_A``/``_B`` (LoRA on an embedding layer): an :class:`EmbeddingPair`;
- ``modules_to_save`` (a fully trained copy of, e.g., ``lm_head`` or a norm): the copy's tensors,
  which the rows of that adapter use instead of the base module's.

What none of these covers is refused with the feature's name (:data:`UNSUPPORTED_CONFIG`).
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

import torch
from safetensors import safe_open

from playground.core.messages import Messages
from playground.core.types import AdapterError
from playground.features.adapter_files import check_files, read_card
from playground.features.hub import CONFIG_FILE, WEIGHTS_FILE, fetch

log = logging.getLogger(__name__)

_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
_PREFIX = "base_model.model."
# a LoRA tensor: <module>.<part>[.<adapter name>][.weight|.bias], as PEFT saves them
_KEY_RE = re.compile(r"^(?P<module>.+?)\.(?P<part>lora_A|lora_B|lora_embedding_A|lora_embedding_B|lora_magnitude_vector)"
                     r"(?:\.(?P<rest>[^.]+(?:\.[^.]+)?))?$")
_PARTS = {"lora_A": "A", "lora_B": "B", "lora_embedding_A": "A", "lora_embedding_B": "B",
          "lora_magnitude_vector": "magnitude"}


@dataclass
class DoraMagnitude:
    """DoRA's per-channel magnitude ``m`` of one layer.

    PEFT's DoRA output is ``g * (W x) + bias + g * scaling * B A x`` with ``g = m / ||W + scaling B A||``
    (the norm of each output channel's row, the base weight dequantized). ``g`` depends on the weights and
    the scaling only, so it is computed once per scaling (adapter strength) and kept.
    """

    magnitude: torch.Tensor  # (out_features,)
    factors: dict[float, torch.Tensor] = field(default_factory=dict)  # scaling -> g

    def factor(self, pair: "LoraPair", scaling: float, base_layer: torch.nn.Module) -> torch.Tensor:
        """``g`` for ``pair`` at ``scaling`` on ``base_layer`` (float32, on the magnitude's device)."""
        if scaling not in self.factors:
            if len(self.factors) >= 4:  # a few strengths at a time; the slider may ask for any
                self.factors.pop(next(iter(self.factors)))
            weight = dense_weight(base_layer).to(self.magnitude.device, torch.float32)
            norm = torch.linalg.norm(weight + scaling * (pair.B @ pair.A), dim=1)
            self.factors[scaling] = self.magnitude.float() / norm
        return self.factors[scaling]


@torch.inference_mode()
def dense_weight(layer: torch.nn.Module) -> torch.Tensor:
    """The (out_features, in_features) weight a base layer multiplies by.

    Plain layers give their weight (a GPT-2 ``Conv1D`` stores it transposed). A quantized layer is
    asked for it: its output for the identity matrix, less its output for zeros (the bias). That is
    its weight as its own kernel computes with it, also once bitsandbytes has repacked it for its CPU
    kernel (PEFT's ``dequantize_module_weight`` reads the repacked bytes as if they were not).
    """
    from transformers.pytorch_utils import Conv1D

    weight = getattr(layer, "weight", None)
    if isinstance(layer, Conv1D):
        return weight.T
    if isinstance(weight, torch.Tensor) and weight.ndim == 2 and type(weight).__name__ in ("Parameter", "Tensor"):
        return weight
    eye = torch.eye(layer.in_features, device=weight.device)
    return (layer(eye) - layer(torch.zeros_like(eye[:1]))).T.float()


@dataclass
class LoraPair:
    """One module's LoRA factors: delta W = scaling * B @ A (+ lora_B's bias, and DoRA's rescaling).

    ``A`` and ``B`` are float32 (the PyTorch path). ``stored`` keeps ``(A, B^T)`` as the file had
    them when that was bfloat16: widening bf16 to float32 is exact, so the decode kernel reads
    these half-size copies and computes the same numbers with half the memory traffic. ``A`` is
    contiguous and ``B`` is the transpose of a contiguous ``B^T``: the kernel reads them rank by
    rank, in memory order (lora_kernel.py).
    """

    A: torch.Tensor  # (r, in_features)
    B: torch.Tensor  # (out_features, r)
    scaling: float
    stored: tuple[torch.Tensor, torch.Tensor] | None = None  # bfloat16 (A, B^T), when the file was bf16
    bias: torch.Tensor | None = None  # lora_B's bias (lora_bias=True): delta = scaling * (B A x + bias)
    dora: DoraMagnitude | None = None  # use_dora=True

    @classmethod
    def of(cls, A: torch.Tensor, B: torch.Tensor, scaling: float, bias: torch.Tensor | None = None,
           magnitude: torch.Tensor | None = None) -> "LoraPair":
        """Float32 factors in the layout above (plus the bf16 originals, if they were bf16)."""
        stored = (A.contiguous(), B.T.contiguous()) if A.dtype == B.dtype == torch.bfloat16 else None
        return cls(A=A.float().contiguous(), B=B.float().T.contiguous().T, scaling=scaling, stored=stored,
                   bias=None if bias is None else bias.float().clone(),
                   dora=None if magnitude is None else DoraMagnitude(magnitude.float().clone()))

    @property
    def rank(self) -> int:
        return self.A.shape[0]

    @property
    def Bt(self) -> torch.Tensor:
        """(r, out_features)."""
        return self.B.T

    @property
    def kernel_factors(self) -> tuple[torch.Tensor, torch.Tensor]:
        """(A, B^T) for the decode kernel: the bf16 originals when there are some, else float32."""
        return self.stored or (self.A, self.Bt)

    def tensors(self) -> list[torch.Tensor]:
        """Every tensor this pair holds (for its memory)."""
        dora = [self.dora.magnitude, *self.dora.factors.values()] if self.dora else []
        return [self.A, self.B, *(self.stored or ()), *([self.bias] if self.bias is not None else []), *dora]

    def to(self, device) -> "LoraPair":
        """The same factors on ``device`` (self when already there; the kernel's bf16 copies stay on CPU)."""
        if self.A.device == torch.device(device):
            return self
        return LoraPair(A=self.A.to(device), B=self.Bt.to(device).T, scaling=self.scaling,
                        bias=None if self.bias is None else self.bias.to(device),
                        dora=None if self.dora is None else DoraMagnitude(self.dora.magnitude.to(device)))


@dataclass
class EmbeddingPair:
    """LoRA on an embedding layer: the rows of ``ids`` get ``scaling * A^T[ids] @ B^T`` added (PEFT's order)."""

    table: torch.Tensor  # (num_embeddings, r): lora_embedding_A transposed, float32
    Bt: torch.Tensor     # (r, embedding_dim): lora_embedding_B transposed
    scaling: float

    @property
    def rank(self) -> int:
        return self.table.shape[1]

    def tensors(self) -> list[torch.Tensor]:
        return [self.table, self.Bt]

    def to(self, device) -> "EmbeddingPair":
        if self.table.device == torch.device(device):
            return self
        return EmbeddingPair(self.table.to(device), self.Bt.to(device), self.scaling)


def pack_kernel_factors(pairs: list[LoraPair]) -> None:
    """Move the decode kernel's factors of ``pairs`` into one buffer, in this order, each 64-byte aligned.

    A decode step reads an adapter's factors layer after layer; laid out that way, one after the
    other, the hardware prefetcher streams them. Measured with the QA adapters (base + 3 variants,
    210 layers): the kernel took 3.19 ms per step with each tensor on its own, 2.60 ms packed.

    It is also what detaches a loaded adapter from its file: the tensors a safetensors file gives are
    views of its mapping (8-byte aligned: the kernel read them 13% slower than aligned copies), and a
    mapped file rewritten on disk would crash the process. The other factors are already copies
    (widened to float32, or B transposed).
    """
    factors = [t for pair in pairs for t in pair.kernel_factors]
    if not factors or any(t.device.type != "cpu" for t in factors):
        return
    sizes = [-(-t.numel() * t.element_size() // 64) * 64 for t in factors]
    buffer = torch.empty(sum(sizes) + 64, dtype=torch.uint8)
    offset = -buffer.data_ptr() % 64
    packed = []
    for tensor, size in zip(factors, sizes):
        nbytes = tensor.numel() * tensor.element_size()
        view = buffer[offset:offset + nbytes].view(tensor.dtype).view(tensor.shape)
        packed.append(view.copy_(tensor))
        offset += size
    for pair, A, Bt in zip(pairs, packed[0::2], packed[1::2]):
        if pair.stored is not None:
            pair.stored = (A, Bt)
        else:
            pair.A, pair.B = A, Bt.T


@dataclass
class Adapter:
    """A validated adapter, ready to attach to the base."""

    name: str
    source: str
    rank: int
    alpha: float
    target_modules: tuple[str, ...]
    card: dict
    layers: dict[str, LoraPair]  # module path in the base -> factors
    warning: str = ""  # loaded, but worth telling the user (e.g. trained for another model of the same shapes)
    embeddings: dict[str, EmbeddingPair] = field(default_factory=dict)  # embedding module path -> its LoRA
    copies: dict[str, dict[str, torch.Tensor]] = field(default_factory=dict)  # modules_to_save: path -> its tensors
    features: tuple[str, ...] = ()  # what it uses beyond plain LoRA, in words ("DoRA", "LoRA bias", ...)

    @property
    def task(self) -> str:
        return str(self.card.get("task", ""))

    @property
    def description(self) -> str:
        described = str(self.card.get("description", "")) or f"LoRA r{self.rank}/a{self.alpha:g}"
        return " · ".join([described, *self.features])

    @property
    def plain(self) -> bool:
        """Only lora_A/lora_B on linear layers (what merges combine)."""
        return not (self.embeddings or self.copies or any(p.bias is not None or p.dora for p in self.layers.values()))


@dataclass
class RejectedAdapter:
    name: str
    source: str
    reason: str


@dataclass
class AdapterScan:
    loaded: list[Adapter] = field(default_factory=list)
    rejected: list[RejectedAdapter] = field(default_factory=list)


# LoRA config fields that change what a layer computes in ways the batched engine does not run
UNSUPPORTED_CONFIG = {
    "layer_replication": "layer replication",
    "target_parameters": "LoRA on parameters (target_parameters, e.g. MoE experts)",
    "trainable_token_indices": "trainable tokens (trainable_token_indices)",
    "alora_invocation_tokens": "activated LoRA (aLoRA)",
    "use_qalora": "QALoRA",
    "use_bdlora": "block-diagonal LoRA (use_bdlora)",
    "arrow_config": "Arrow routing",
    "velora_config": "VeLoRA",
    "monteclora_config": "MonteCLoRA",
    "kasa_config": "KaSA",
}


def read_config(folder: Path) -> dict:
    try:
        config = json.loads((folder / CONFIG_FILE).read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise AdapterError(Messages.ADAPTER_CONFIG_NOT_JSON.format(file=CONFIG_FILE, error=err)) from err
    if not isinstance(config, dict):
        raise AdapterError(Messages.ADAPTER_CONFIG_NOT_OBJECT.format(file=CONFIG_FILE))
    if str(config.get("peft_type", "")).upper() != "LORA":
        raise AdapterError(Messages.ADAPTER_NOT_LORA.format(peft_type=config.get("peft_type")))
    for key, feature in UNSUPPORTED_CONFIG.items():
        if config.get(key):
            raise AdapterError(Messages.ADAPTER_UNSUPPORTED.format(feature=feature, key=key))
    for key in ("r", "lora_alpha"):
        value = config.get(key)
        if not isinstance(value, (int, float)) or isinstance(value, bool) or value <= 0:
            raise AdapterError(Messages.ADAPTER_NOT_POSITIVE.format(file=CONFIG_FILE, key=key, value=value))
    return config


def _same_model(a: str, b: str) -> bool:
    """Compare model ids loosely: 'HuggingFaceTB/SmolLM2-135M-Instruct' == '/x/SmolLM2-135M-Instruct'."""
    def norm(s: str) -> str:
        return s.rstrip("/").split("/")[-1].lower()
    return bool(a) and bool(b) and norm(a) == norm(b)


def _scaling(config: dict, module: str, rank: int) -> float:
    alpha = float(config["lora_alpha"])
    patterns = config.get("alpha_pattern") or {}
    if patterns:
        from peft.utils.other import get_pattern_key

        key = get_pattern_key(list(patterns), module)
        alpha = float(patterns.get(key, alpha))
    return alpha / (rank ** 0.5) if config.get("use_rslora") else alpha / rank


def load_adapter(folder: str | Path, base_model: torch.nn.Module, base_id: str, name: str | None = None) -> Adapter:
    """Validate ``folder`` against the loaded base and read its LoRA tensors (every kind of the module docstring)."""
    folder = Path(folder)
    name = name or folder.name
    if not _NAME_RE.match(name) or name == "base":
        raise AdapterError(Messages.ADAPTER_BAD_NAME.format(name=name))
    check_files(folder)
    config = read_config(folder)
    card = read_card(folder)
    modules = dict(base_model.named_modules())
    claimed = str(config.get("base_model_name_or_path") or card.get("base_model") or "")
    name_matches = _same_model(claimed, base_id)
    hint = Messages.ADAPTER_HINT_BASE.format(claimed=claimed, base=base_id) if claimed else \
        Messages.ADAPTER_HINT_UNKNOWN_BASE
    lora, copies, notes = _sort_tensors(_read_tensors(folder), config, modules, hint)
    if not lora and not copies:
        raise AdapterError(Messages.ADAPTER_NO_LORA.format(file=WEIGHTS_FILE))
    position = {path: i for i, path in enumerate(modules)}
    layers: dict[str, LoraPair] = {}
    embeddings: dict[str, EmbeddingPair] = {}
    for path, parts in sorted(lora.items(), key=lambda item: (position.get(item[0], -1), item[0])):
        if {"EA", "EB"} & set(parts):
            embeddings[path] = _check_embedding(path, parts, modules, config, hint)
        else:
            layers[path] = _check_pair(path, parts, modules, config, hint)
    pack_kernel_factors(list(layers.values()))  # in the model's order (a step's); no views of the file remain
    saved = {path: _check_copy(path, state, modules, hint) for path, state in copies.items()}
    warnings = notes
    if claimed and not name_matches:  # the shapes fit (checked above), so it runs; the user should know
        warnings = [Messages.ADAPTER_OTHER_BASE.format(claimed=claimed, base=base_id), *notes]
    ranks = [p.rank for p in layers.values()] + [e.rank for e in embeddings.values()]
    return Adapter(
        name=name,
        source=str(folder),
        rank=max(ranks, default=int(config["r"])),
        alpha=float(config["lora_alpha"]),
        target_modules=tuple(sorted({path.rsplit(".", 1)[-1] for path in [*layers, *embeddings]})),
        card=card,
        layers=layers,
        warning="; ".join(warnings),
        embeddings=embeddings,
        copies=saved,
        features=_features(config, layers, embeddings, saved),
    )


def _read_tensors(folder: Path) -> dict[str, torch.Tensor]:
    try:
        with safe_open(folder / WEIGHTS_FILE, framework="pt") as weights:
            return {key: weights.get_tensor(key) for key in weights.keys()}
    except Exception as err:
        raise AdapterError(Messages.ADAPTER_UNREADABLE.format(file=WEIGHTS_FILE, error=err)) from err


def _unwrapped(module: torch.nn.Module) -> torch.nn.Module:
    """The base module under the playground's per-row wrappers (they keep it as ``base_layer``)."""
    while isinstance(getattr(module, "base_layer", None), torch.nn.Module):
        module = module.base_layer
    return module


def _sort_tensors(tensors: dict[str, torch.Tensor], config: dict, modules: dict, hint: str):
    """Split the file's tensors into LoRA parts (path -> {A, B, bias, magnitude, EA, EB}) and module copies
    (path -> {parameter: tensor}); saved copies of base weights are checked against the base and dropped."""
    to_save = [str(m) for m in (config.get("modules_to_save") or [])]
    lora: dict[str, dict[str, torch.Tensor]] = {}
    copies: dict[str, dict[str, torch.Tensor]] = {}
    notes: list[str] = []
    for key, tensor in tensors.items():
        short = key.removeprefix(_PREFIX)
        match = _KEY_RE.match(short)
        if match:
            param = "bias" if (match["rest"] or "").endswith("bias") else "weight"
            part = {"B": "bias"}.get(_PARTS[match["part"]], _PARTS[match["part"]]) if param == "bias" else \
                _PARTS[match["part"]]
            if match["part"] == "lora_A" and param == "bias":
                raise AdapterError(Messages.ADAPTER_UNEXPECTED_TENSOR.format(key=key))
            if match["part"].startswith("lora_embedding"):
                part = "E" + part
            lora.setdefault(match["module"], {})[part] = tensor
            continue
        if "trainable_tokens" in short:
            raise AdapterError(Messages.ADAPTER_UNSUPPORTED.format(feature="trainable tokens",
                                                                   key="trainable_token_indices"))
        short = re.sub(r"\.modules_to_save(\.[^.]+)?\.", ".", short)  # older PEFT kept the wrapper's name
        module, _, param = short.rpartition(".")
        saved = _saved_module(short, to_save)
        if module.endswith(".base_layer"):
            notes += _check_base_copy(module.removesuffix(".base_layer"), param, tensor, modules, hint)
        elif saved:
            copies.setdefault(saved, {})[short[len(saved) + 1:]] = tensor
        else:
            raise AdapterError(Messages.ADAPTER_UNEXPECTED_TENSOR.format(key=key))
    return lora, copies, notes


def _saved_module(key: str, to_save: list[str]) -> str:
    """The module of ``modules_to_save`` that tensor ``key`` belongs to (its shortest matching prefix), or ''.

    PEFT matches the names as plain suffixes: "norm" also makes copies of every "input_layernorm".
    """
    parts = key.split(".")
    for end in range(1, len(parts)):
        module = ".".join(parts[:end])
        if any(module.endswith(m) for m in to_save):
            return module
    return ""


def _check_base_copy(path: str, param: str, tensor: torch.Tensor, modules: dict, hint: str) -> list[str]:
    """PEFT saves the base weights of an embedding layer it adapts (``save_embedding_layers``): the loaded
    base's are used; a copy of another shape (a resized vocabulary) is refused, one that differs is noted."""
    module = modules.get(path)
    own = getattr(_unwrapped(module), param, None) if module is not None else None
    if not isinstance(own, torch.Tensor):
        raise AdapterError(Messages.ADAPTER_NO_MODULE.format(role="", path=path, hint=hint))
    if tuple(tensor.shape) != tuple(own.shape):
        raise AdapterError(Messages.ADAPTER_RESIZED.format(path=path, saved=tuple(tensor.shape),
                                                           base=tuple(own.shape)))
    if not torch.equal(tensor.to(own.dtype), own.detach().cpu()):
        return [Messages.ADAPTER_BASE_COPY_DIFFERS.format(path=path)]
    return []


def linear_features(module: torch.nn.Module | None) -> tuple[int, int] | None:
    """(in_features, out_features) of a linear layer (GPT-2's ``Conv1D`` included), or None."""
    from transformers.pytorch_utils import Conv1D

    if module is None:
        return None
    inner = _unwrapped(module)
    if isinstance(inner, Conv1D):
        return inner.weight.shape[0], inner.weight.shape[1]
    if isinstance(inner, torch.nn.Embedding):
        return None
    in_features, out_features = getattr(module, "in_features", None), getattr(module, "out_features", None)
    return None if in_features is None or out_features is None else (in_features, out_features)


def _check_pair(path: str, parts: dict, modules: dict, config: dict, hint: str) -> LoraPair:
    if not {"A", "B"} <= set(parts):
        have = ", ".join(f"lora_{p}" for p in sorted(set(parts) & {"A", "B"})) or Messages.ADAPTER_HALF_PAIR_NEITHER
        raise AdapterError(Messages.ADAPTER_HALF_PAIR.format(path=path, have=have))
    module = modules.get(path)
    if module is None:
        raise AdapterError(Messages.ADAPTER_NO_MODULE.format(role=Messages.ADAPTER_ROLE_TARGET, path=path, hint=hint))
    features = linear_features(module)
    if features is None:
        raise AdapterError(Messages.ADAPTER_NOT_LINEAR.format(path=path, kind=type(_unwrapped(module)).__name__))
    in_features, out_features = features
    A, B = parts["A"], parts["B"]
    layer = Messages.ADAPTER_LINEAR_LAYER.format(inputs=in_features, outputs=out_features)
    rank = _check_factors(path, A, B, ("lora_A", "lora_B"), (in_features, out_features), layer, config, hint)
    bias, magnitude = parts.get("bias"), parts.get("magnitude")
    for tensor, what, flag in ((bias, "lora_B.bias", "lora_bias"), (magnitude, "lora_magnitude_vector", "use_dora")):
        if tensor is not None and not config.get(flag):
            raise AdapterError(Messages.ADAPTER_FLAG_MISSING.format(path=path, tensor=what, flag=flag))
        if tensor is not None and tuple(tensor.shape) != (out_features,):
            raise AdapterError(Messages.ADAPTER_VECTOR_SHAPE.format(path=path, tensor=what, shape=tuple(tensor.shape),
                                                                    size=out_features))
    if config.get("use_dora") and magnitude is None:
        raise AdapterError(Messages.ADAPTER_TENSOR_MISSING.format(path=path, tensor="lora_magnitude_vector",
                                                                  flag="use_dora"))
    _check_finite(path, A, B, *(t for t in (bias, magnitude) if t is not None))
    return LoraPair.of(A, B, _scaling(config, path, rank), bias=bias, magnitude=magnitude)


def _check_factors(path: str, A: torch.Tensor, B: torch.Tensor, names: tuple[str, str], fits: tuple[int, int],
                   layer: str, config: dict, hint: str) -> int:
    """Refuse factors (named ``names``) that do not fit each other, the layer (``fits``: A's columns, B's rows)
    or the config's rank; returns the rank."""
    if A.ndim != 2 or B.ndim != 2 or A.shape[0] != B.shape[1]:
        raise AdapterError(Messages.ADAPTER_PAIR_MISFIT.format(path=path, a=names[0], a_shape=tuple(A.shape),
                                                                b=names[1], b_shape=tuple(B.shape)))
    if (A.shape[1], B.shape[0]) != fits:
        raise AdapterError(Messages.ADAPTER_LAYER_MISFIT.format(path=path, a_shape=tuple(A.shape),
                                                                b_shape=tuple(B.shape), layer=layer, hint=hint))
    rank, expected = A.shape[0], _expected_rank(config, path)
    if rank != expected:
        raise AdapterError(Messages.ADAPTER_RANK_MISMATCH.format(path=path, rank=rank, expected=expected,
                                                                 file=CONFIG_FILE))
    return rank


def _check_embedding(path: str, parts: dict, modules: dict, config: dict, hint: str) -> EmbeddingPair:
    if set(parts) != {"EA", "EB"}:
        if "magnitude" in parts:
            feature = Messages.ADAPTER_EMBEDDING_DORA.format(path=path)
            raise AdapterError(Messages.ADAPTER_UNSUPPORTED.format(feature=feature, key="use_dora"))
        raise AdapterError(Messages.ADAPTER_EMBEDDING_PARTS.format(path=path))
    module = modules.get(path)
    if module is None:
        raise AdapterError(Messages.ADAPTER_NO_MODULE.format(role=Messages.ADAPTER_ROLE_TARGET, path=path, hint=hint))
    inner = _unwrapped(module)
    if not isinstance(inner, torch.nn.Embedding):
        raise AdapterError(Messages.ADAPTER_NOT_EMBEDDING.format(path=path, kind=type(inner).__name__))
    A, B = parts["EA"], parts["EB"]
    layer = Messages.ADAPTER_EMBEDDING_LAYER.format(rows=inner.num_embeddings, dim=inner.embedding_dim)
    rank = _check_factors(path, A, B, ("lora_embedding_A", "lora_embedding_B"),
                          (inner.num_embeddings, inner.embedding_dim), layer, config, hint)
    _check_finite(path, A, B)
    return EmbeddingPair(table=A.float().T.contiguous(), Bt=B.float().T.contiguous(),
                         scaling=_scaling(config, path, rank))


# modules whose trained copy (modules_to_save) a row can run instead of the base's: one tensor in, one out
_COPYABLE = (torch.nn.Linear, torch.nn.Embedding, torch.nn.LayerNorm)


def _check_copy(path: str, state: dict[str, torch.Tensor], modules: dict, hint: str) -> dict[str, torch.Tensor]:
    """A modules_to_save copy: the module exists, is one a row can swap, and the tensors are its own, in shape."""
    from playground.local.cpu.output_head import PackedLinear

    module = modules.get(path)
    if module is None:
        raise AdapterError(Messages.ADAPTER_NO_MODULE.format(role=Messages.ADAPTER_ROLE_SAVED, path=path, hint=hint))
    inner = _unwrapped(module)
    kind = type(inner).__name__
    if not (isinstance(inner, (*_COPYABLE, PackedLinear)) or kind.endswith(("RMSNorm", "LayerNorm"))) \
            or any(True for _ in inner.children()):
        raise AdapterError(Messages.ADAPTER_COPY_KIND.format(path=path, kind=kind))
    own = {key: value for key, value in inner.state_dict().items()}
    if any(type(value).__name__ in ("Params4bit", "Int8Params") for value in inner.parameters()):
        raise AdapterError(Messages.ADAPTER_COPY_KIND.format(path=path,
                                                              kind=Messages.ADAPTER_QUANTIZED_KIND.format(kind=kind)))
    if set(state) != set(own):
        raise AdapterError(Messages.ADAPTER_COPY_TENSORS.format(path=path, saved=", ".join(sorted(state)),
                                                                base=", ".join(sorted(own))))
    for key, tensor in state.items():
        if tuple(tensor.shape) != tuple(own[key].shape):
            raise AdapterError(Messages.ADAPTER_COPY_SHAPE.format(path=path, key=key, saved=tuple(tensor.shape),
                                                                  base=tuple(own[key].shape)))
    _check_finite(path, *state.values())
    return {key: tensor.to(own[key].dtype).clone() for key, tensor in state.items()}


def _check_finite(path: str, *tensors: torch.Tensor) -> None:
    if not all(torch.isfinite(t).all() for t in tensors):
        raise AdapterError(Messages.ADAPTER_NOT_FINITE.format(path=path))


def _features(config: dict, layers: dict[str, LoraPair], embeddings: dict, copies: dict) -> tuple[str, ...]:
    """What the adapter uses beyond plain LoRA, for its description."""
    found = []
    if any(p.dora for p in layers.values()):
        found.append("DoRA")
    if any(p.bias is not None for p in layers.values()):
        found.append("LoRA bias")
    if config.get("use_rslora"):
        found.append("rsLoRA")
    if embeddings:
        found.append("embedding LoRA (" + ", ".join(p.rsplit(".", 1)[-1] for p in embeddings) + ")")
    if copies:
        found.append("own " + ", ".join(p.rsplit(".", 1)[-1] for p in copies))
    return tuple(found)


def _expected_rank(config: dict, module_path: str) -> int:
    patterns = config.get("rank_pattern") or {}
    if patterns:
        from peft.utils.other import get_pattern_key

        key = get_pattern_key(list(patterns), module_path)
        if key in patterns:
            return int(patterns[key])
    return int(config["r"])


MB = 2 ** 20


def loaded_bytes(values: int, bf16: bool) -> int:
    """Memory of ``values`` LoRA numbers once loaded (:meth:`LoraPair.of`): float32, plus the file's bf16 copy."""
    return values * (6 if bf16 else 4)


def adapter_bytes(adapter: Adapter) -> int:
    """Memory the tensors of a loaded adapter take (float32, and the decode kernel's bf16 copies)."""
    tensors = [t for pair in [*adapter.layers.values(), *adapter.embeddings.values()] for t in pair.tensors()]
    tensors += [t for state in adapter.copies.values() for t in state.values()]
    return sum(t.numel() * t.element_size() for t in tensors)


def loaded_size(adapters) -> int:
    """Memory of loaded adapters together (:func:`adapter_bytes` of each)."""
    return sum(adapter_bytes(a) for a in adapters)


def footprint(folder: str | Path) -> tuple[int, int]:
    """(rank, bytes once loaded) of an adapter folder, from its safetensors header alone: no tensor is read."""
    folder = Path(folder)
    check_files(folder)
    rank = size = 0
    try:
        with safe_open(folder / WEIGHTS_FILE, framework="pt") as weights:
            for key in weights.keys():
                tensor = weights.get_slice(key)
                shape = tensor.get_shape()
                match = _KEY_RE.match(key.removeprefix(_PREFIX))
                values = torch.Size(shape).numel()
                if match and match["part"] in ("lora_A", "lora_embedding_A") and shape:
                    rank = max(rank, shape[0])
                if match and match["part"] in ("lora_A", "lora_B") and len(shape) == 2:
                    size += loaded_bytes(values, tensor.get_dtype() == "BF16")
                elif ".base_layer." not in key:  # base copies are dropped; the rest is kept as float32
                    size += 4 * values
    except Exception as err:
        raise AdapterError(Messages.ADAPTER_UNREADABLE.format(file=WEIGHTS_FILE, error=err)) from err
    return rank, size


def scan(adapters_dir: str | Path | None, extra: list[str], base_model, base_id: str) -> AdapterScan:
    """Load every adapter folder in ``adapters_dir`` plus ``extra`` sources; reject bad ones with a reason."""
    sources: list[tuple[str, str]] = []
    if adapters_dir and Path(adapters_dir).is_dir():
        for child in sorted(Path(adapters_dir).iterdir()):
            if child.is_dir() and not child.name.startswith((".", "_")):
                sources.append((child.name, str(child)))
    for source in extra:
        sources.append((Path(source.rstrip("/")).name, source))
    result = AdapterScan()
    seen: set[str] = set()
    for name, source in sources:
        try:
            if name in seen:
                raise AdapterError(Messages.ADAPTER_NAME_TAKEN.format(name=name))
            adapter = load_adapter(fetch(source), base_model, base_id, name=name)
        except AdapterError as err:
            log.warning("Adapter %s skipped: %s", name, err)
            result.rejected.append(RejectedAdapter(name=name, source=source, reason=str(err)))
            continue
        seen.add(name)
        result.loaded.append(adapter)
    return result
