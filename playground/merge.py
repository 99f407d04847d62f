"""Weighted combinations of adapters, made by PEFT's ``add_weighted_adapter``, saved as a new adapter.

    spec = MergeSpec(name="pitch-and-post", parents=("elevator-pitch", "linkedin-post"), weights=(0.7, 0.3),
                     combination="cat")
    folder = build_merge(spec, {"elevator-pitch": "adapters/elevator-pitch", ...}, base_source, "data/merges")

PEFT merges on a ``PeftModel``, so the parents are attached to an unquantized copy of the base
loaded for the occasion (the shared 4-bit base is wrapped by the playground's own multi-LoRA layers).
The merged adapter is saved as a plain PEFT folder (safetensors) with a model card that says how it
was made; the engine then loads it like any other adapter.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import torch
import yaml

from .adapters import _NAME_RE

# PEFT's combination types; the ones with a density prune (ties/dare/magnitude) before combining.
COMBINATIONS = ("linear", "cat", "svd", "ties", "dare_linear", "dare_ties", "magnitude_prune", "ties_svd",
                "dare_linear_svd", "dare_ties_svd", "magnitude_prune_svd")
NEEDS_DENSITY = tuple(c for c in COMBINATIONS if c.startswith(("ties", "dare", "magnitude")))
SAME_RANK = ("linear", "ties", "dare_linear", "dare_ties", "magnitude_prune")


@dataclass(frozen=True)
class MergeSpec:
    """What to combine, with which weights and how."""

    name: str = field(metadata={"help": "Name of the new adapter."})
    parents: tuple[str, ...] = field(metadata={"help": "Adapters to combine (at least one)."})
    weights: tuple[float, ...] = field(metadata={"help": "One weight per parent (may be negative)."})
    combination: str = field(default="linear", metadata={"help": f"One of {', '.join(COMBINATIONS)}."})
    density: float | None = field(default=None, metadata={"help": "Fraction kept by ties/dare/magnitude pruning."})

    def __post_init__(self) -> None:
        if not _NAME_RE.match(self.name or "") or self.name == "base":
            raise ValueError(f"name {self.name!r} must be 1-64 letters, digits, '.', '_' or '-' and not 'base'")
        if not self.parents:
            raise ValueError("pick at least one adapter to merge")
        if len(set(self.parents)) != len(self.parents):
            raise ValueError("each adapter can be picked once")
        if len(self.weights) != len(self.parents):
            raise ValueError(f"{len(self.parents)} adapters need {len(self.parents)} weights; got {len(self.weights)}")
        if not all(isinstance(w, (int, float)) and abs(w) <= 10 for w in self.weights):
            raise ValueError("weights must be numbers between -10 and 10")
        if self.combination not in COMBINATIONS:
            raise ValueError(f"combination must be one of {', '.join(COMBINATIONS)}; got {self.combination!r}")
        if self.combination in NEEDS_DENSITY and not (isinstance(self.density, (int, float)) and 0 < self.density <= 1):
            raise ValueError(f"{self.combination} needs a density in (0, 1]")


def check_ranks(spec: MergeSpec, ranks: dict[str, int]) -> None:
    """Fail early (before loading anything) when PEFT would refuse the ranks."""
    if spec.combination in SAME_RANK and len(spec.parents) > 1 and len({ranks[p] for p in spec.parents}) > 1:
        found = ", ".join(f"{p} r={ranks[p]}" for p in spec.parents)
        raise ValueError(f"{spec.combination} needs adapters of the same rank ({found}); use cat or svd instead")


def build_merge(spec: MergeSpec, parent_folders: dict[str, str | Path], base_source: str | Path,
                out_root: str | Path, base_id: str = "", parent_tasks: dict[str, str] | None = None) -> Path:
    """Combine the parents with PEFT and write ``out_root/<name>`` (written whole, then renamed into place)."""
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    out_root = Path(out_root)
    target = out_root / spec.name
    if target.exists():
        raise ValueError(f"a saved adapter named {spec.name!r} already exists in {out_root}")
    out_root.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    base = AutoModelForCausalLM.from_pretrained(base_source, dtype=torch.bfloat16, use_safetensors=True,
                                                trust_remote_code=False)
    first, *rest = spec.parents
    model = PeftModel.from_pretrained(base, str(parent_folders[first]), adapter_name=first)
    for name in rest:
        model.load_adapter(str(parent_folders[name]), adapter_name=name)
    model.add_weighted_adapter(list(spec.parents), list(spec.weights), adapter_name=spec.name,
                               combination_type=spec.combination, density=spec.density)
    with tempfile.TemporaryDirectory(dir=out_root, prefix=f".{spec.name}.") as tmp:
        # save_embedding_layers=False: no Hub lookup of the base config (the adapters touch no embeddings)
        model.save_pretrained(tmp, selected_adapters=[spec.name], safe_serialization=True, save_embedding_layers=False)
        saved = Path(tmp) / spec.name
        card = merge_card(spec, base_id or str(base_source), parent_tasks or {}, time.perf_counter() - started)
        (saved / "README.md").write_text(card, encoding="utf-8")
        (saved / "merge.json").write_text(json.dumps(asdict(spec), indent=2) + "\n", encoding="utf-8")
        shutil.move(str(saved), target)
    del model, base
    return target


def merge_card(spec: MergeSpec, base_id: str, parent_tasks: dict[str, str], seconds: float) -> str:
    """Model card of a merge: YAML front matter and how it was made."""
    tasks = {parent_tasks.get(p, "") for p in spec.parents}
    task = tasks.pop() if len(tasks) == 1 else ""
    recipe = " + ".join(f"{w:g} × {p}" for p, w in zip(spec.parents, spec.weights))
    how = spec.combination + (f", density {spec.density:g}" if spec.density is not None else "")
    meta = {
        "base_model": base_id,
        "library_name": "peft",
        "license": "apache-2.0",
        "pipeline_tag": "text-generation",
        "task": task,
        "description": f"merge: {recipe} ({how})",
        "tags": ["lora", "peft", "merge", "adapter-playground"],
    }
    rows = "\n".join(f"| `{p}` | {parent_tasks.get(p, '') or '—'} | {w:g} |" for p, w in zip(spec.parents, spec.weights))
    return f"""---
{yaml.safe_dump(meta, sort_keys=False).strip()}
---

# {spec.name}: a weighted merge of LoRA adapters

Made in Adapter Playground with PEFT's `add_weighted_adapter` (combination `{spec.combination}`
{f"with density {spec.density:g}" if spec.density is not None else ""}) on `{base_id}`, in {seconds:.1f} s.

| parent adapter | task | weight |
|---|---|---|
{rows}

Recreate it with:

```python
model.add_weighted_adapter({list(spec.parents)!r}, {list(spec.weights)!r}, adapter_name={spec.name!r},
                           combination_type={spec.combination!r}, density={spec.density!r})
```
"""


def merge_into(engine, spec: MergeSpec, out_root: str | Path):
    """Build ``spec`` from the engine's adapters, save it under ``out_root`` and load it into the engine."""
    from .adapters import fetch

    if spec.name in engine.variants:
        raise ValueError(f"a variant named {spec.name!r} already exists; pick another name")
    missing = [p for p in spec.parents if p not in engine.multi.adapters]
    if missing:
        raise ValueError(f"unknown adapter {missing[0]!r}; available: {', '.join(engine.multi.adapters)}")
    parents = {p: engine.adapter(p) for p in spec.parents}
    check_ranks(spec, {p: a.rank for p, a in parents.items()})
    folders = {p: fetch(a.source) for p, a in parents.items()}
    folder = engine.worker.call(build_merge, spec, folders, engine.base.source, out_root, engine.base.model_id,
                                {p: a.task for p, a in parents.items()})
    try:
        return engine.add_adapter(folder, spec.name)
    except Exception:
        shutil.rmtree(folder, ignore_errors=True)  # a merge that does not load is not kept
        raise
