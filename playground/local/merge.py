"""Weighted combinations of adapters, made by PEFT's ``add_weighted_adapter``, saved as a new adapter.

    spec = MergeSpec(name="pitch-and-post", parents=("elevator-pitch", "linkedin-post"), weights=(0.7, 0.3),
                     combination="cat")
    info = merge_into(engine, spec, "data/merges")   # checked, built, saved and loaded (a VariantInfo)

PEFT merges on a ``PeftModel``, so the parents are attached to an unquantized copy of the base
loaded for the occasion (the shared 4-bit base is wrapped by the playground's own multi-LoRA layers).
The merged adapter is saved as a plain PEFT folder (safetensors) with a model card that says how it
was made; the engine then loads it like any other adapter.

A merge can be merged again and ``cat`` adds its parents' ranks, so merges are capped (playground/core/limits.py):
the merged rank, the number of saved merges and the memory of all loaded adapters together. The merged
rank and size are known before anything is built (:func:`plan_merge`), and the saved merges reloaded at
startup meet the same caps (:func:`reload_merges`).
"""

from __future__ import annotations

import json
import logging
import re
import shutil
import tempfile
import threading
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import torch
import yaml

from playground.core.engine import COMBINATIONS, NEEDS_DENSITY, VariantInfo
from playground.core.limits import Limits
from playground.core.messages import Messages
from playground.core.types import BASE, RequestError, check_known
from playground.features.hub import fetch
from playground.local.adapters import (
    MB,
    Adapter,
    AdapterError,
    AdapterScan,
    RejectedAdapter,
    adapter_bytes,
    footprint,
    load_adapter,
    loaded_bytes,
    loaded_size,
    read_config,
)

log = logging.getLogger(__name__)

SAME_RANK = ("linear", "ties", "dare_linear", "dare_ties", "magnitude_prune")
# No '.': PEFT keeps adapters in a torch ModuleDict, whose keys cannot hold one.
NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
# The base is loaded in bf16 for merging, and PEFT saves the merged factors in the base's dtype.
MERGE_DTYPE = torch.bfloat16

_ONE_AT_A_TIME = threading.Lock()  # a merge's caps are checked against what the previous merge left


@dataclass(frozen=True)
class MergeSpec:
    """What to combine, with which weights and how."""

    name: str = field(metadata={"help": "Name of the new adapter."})
    parents: tuple[str, ...] = field(metadata={"help": "Adapters to combine (at least one)."})
    weights: tuple[float, ...] = field(metadata={"help": "One weight per parent (may be negative)."})
    combination: str = field(default="linear", metadata={"help": f"One of {', '.join(COMBINATIONS)}."})
    density: float | None = field(default=None, metadata={"help": "Fraction kept by ties/dare/magnitude pruning."})

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not NAME_RE.match(self.name) or self.name.lower() == BASE:
            raise ValueError(Messages.MERGE_BAD_NAME.format(name=self.name))
        if not self.parents:
            raise ValueError(Messages.MERGE_NO_PARENTS)
        if len(set(self.parents)) != len(self.parents):
            raise ValueError(Messages.MERGE_PARENT_TWICE)
        if len(self.weights) != len(self.parents):
            raise ValueError(Messages.MERGE_WEIGHT_COUNT.format(parents=len(self.parents), weights=len(self.weights)))
        if not all(isinstance(w, (int, float)) and abs(w) <= 10 for w in self.weights):
            raise ValueError(Messages.MERGE_BAD_WEIGHTS)
        if self.combination not in COMBINATIONS:
            raise ValueError(Messages.MERGE_BAD_COMBINATION.format(combinations=", ".join(COMBINATIONS),
                                                                   combination=self.combination))
        if self.combination in NEEDS_DENSITY and not (isinstance(self.density, (int, float)) and 0 < self.density <= 1):
            raise ValueError(Messages.MERGE_NEEDS_DENSITY.format(combination=self.combination))


def refused(reason: str) -> RequestError:
    """A merge that is not built, with the reason for the user."""
    return RequestError(Messages.MERGE_BAD.format(reason=reason))


def make_spec(name: str, parents, weights, combination: str, density: float | None) -> MergeSpec:
    """A :class:`MergeSpec` from a request; an invalid one is refused with its reason."""
    try:
        return MergeSpec(name=name, parents=tuple(parents), weights=tuple(weights), combination=combination,
                         density=density)
    except ValueError as err:  # MergeSpec's messages are written for the user
        raise refused(str(err)) from None


@dataclass(frozen=True)
class MergePlan:
    """A merge that passed every check, with what it will cost, before anything is built."""

    spec: MergeSpec
    folders: dict[str, Path]  # parent -> its PEFT folder
    tasks: dict[str, str]  # parent -> its task
    rank: int
    size_bytes: int  # memory of the merged adapter once loaded


def parent_rank(folder: str | Path) -> int:
    """A parent's rank as ``add_weighted_adapter`` counts it: ``r``, or the largest of its ``rank_pattern``."""
    config = read_config(Path(folder))
    return max([int(config["r"]), *(int(r) for r in (config.get("rank_pattern") or {}).values())])


def check_ranks(spec: MergeSpec, ranks: dict[str, int]) -> None:
    """Fail early (before loading anything) when PEFT would refuse the ranks."""
    if spec.combination in SAME_RANK and len(spec.parents) > 1 and len({ranks[p] for p in spec.parents}) > 1:
        found = ", ".join(f"{p} r={ranks[p]}" for p in spec.parents)
        raise refused(Messages.MERGE_SAME_RANK.format(combination=spec.combination, found=found))


def merged_rank(spec: MergeSpec, ranks: dict[str, int]) -> tuple[int, str]:
    """The merge's rank and how it follows from the parents' (PEFT's ``_check_add_weighted_adapter``):
    one parent is copied (linear); cat adds the ranks; the svd kinds keep the largest (no ``svd_rank`` is
    passed); the others need equal ranks and keep that one."""
    values = [ranks[p] for p in spec.parents]
    if spec.combination == "cat" and len(values) > 1:
        return sum(values), "cat adds the parents' ranks: " + " + ".join(map(str, values))
    return max(values), ("the largest parent rank" if spec.combination.endswith("svd") else "the parents' rank")


def merged_size(rank: int, parents: Iterable[Adapter]) -> int:
    """Bytes the merge takes once loaded: every layer a parent adapts, at the merged rank, saved as MERGE_DTYPE."""
    shapes = {path: (pair.A.shape[1], pair.B.shape[0]) for adapter in parents for path, pair in adapter.layers.items()}
    return loaded_bytes(sum(rank * (fan_in + fan_out) for fan_in, fan_out in shapes.values()),
                        MERGE_DTYPE == torch.bfloat16)


def saved_merges(merges_dir: str | Path) -> list[Path]:
    """The merge folders in ``merges_dir``, in name order (not the hidden ones a merge is written in)."""
    merges_dir = Path(merges_dir)
    if not merges_dir.is_dir():
        return []
    return [p for p in sorted(merges_dir.iterdir()) if p.is_dir() and not p.name.startswith(".")]


def check_name(name: str, taken: Iterable[str]) -> None:
    """Refuse a name that equals an existing one, ignoring case ('Base' next to 'base' would confuse)."""
    for existing in taken:
        if existing.lower() == name.lower():
            raise refused(Messages.MERGE_NAME_EXISTS.format(existing=existing, name=name))


def plan_merge(engine, spec: MergeSpec, out_root: str | Path) -> MergePlan:
    """Check ``spec`` against the engine and every cap, reading only configs; raise the reason (RequestError)."""
    caps = engine.limits
    saved = saved_merges(out_root)
    check_name(spec.name, [*engine.variants, *(bad.name for bad in engine.rejected), *(p.name for p in saved)])
    try:
        check_known(spec.parents, [name for name in engine.variants if name != BASE])
    except RequestError as err:
        raise refused(str(err)) from None
    parents = {p: engine.adapter(p) for p in spec.parents}
    for name, adapter in parents.items():
        if not adapter.plain:  # PEFT's add_weighted_adapter combines lora_A/lora_B and nothing else
            raise refused(Messages.MERGE_NOT_PLAIN.format(name=name, features=", ".join(adapter.features)))
    folders = {p: fetch(a.source) for p, a in parents.items()}
    ranks = {p: parent_rank(folder) for p, folder in folders.items()}
    check_ranks(spec, ranks)
    if len(saved) >= caps.max_saved_merges:
        raise refused(Messages.MERGE_TOO_MANY_SAVED.format(count=len(saved), limit=caps.max_saved_merges))
    rank, how = merged_rank(spec, ranks)
    if rank > caps.max_merge_rank:
        raise refused(Messages.MERGE_RANK_TOO_HIGH.format(rank=rank, how=how, limit=caps.max_merge_rank))
    size, used = merged_size(rank, parents.values()), loaded_size(engine.multi.adapters.values())
    if used + size > caps.max_adapter_mb * MB:
        raise refused(Messages.MERGE_TOO_BIG.format(size=size / MB, used=used / MB, limit=caps.max_adapter_mb))
    return MergePlan(spec=spec, folders=folders, tasks={p: a.task for p, a in parents.items()}, rank=rank,
                     size_bytes=size)


def build_merge(spec: MergeSpec, parent_folders: dict[str, str | Path], base_source: str | Path,
                out_root: str | Path, base_id: str = "", parent_tasks: dict[str, str] | None = None) -> Path:
    """Combine the parents with PEFT and write ``out_root/<name>`` (written whole, then renamed into place)."""
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    out_root = Path(out_root)
    target = out_root / spec.name
    if target.exists():
        raise refused(Messages.MERGE_NAME_EXISTS.format(existing=spec.name, name=spec.name))
    out_root.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    base = AutoModelForCausalLM.from_pretrained(base_source, dtype=MERGE_DTYPE, use_safetensors=True,
                                                trust_remote_code=False)
    # PEFT's own names for the parents: an adapter's name may hold a '.', which PEFT cannot take
    inner = [f"parent{i}" for i in range(len(spec.parents))]
    model = PeftModel.from_pretrained(base, str(parent_folders[spec.parents[0]]), adapter_name=inner[0])
    for name, parent in zip(inner[1:], spec.parents[1:]):
        model.load_adapter(str(parent_folders[parent]), adapter_name=name)
    try:
        model.add_weighted_adapter(inner, list(spec.weights), adapter_name=spec.name,
                                   combination_type=spec.combination, density=spec.density)
    except (ValueError, TypeError) as err:  # PEFT's checks of the parents (e.g. mixed target_modules kinds)
        raise refused(Messages.MERGE_PEFT_REFUSED.format(reason=err)) from err
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


def merge_into(engine, spec: MergeSpec, out_root: str | Path) -> VariantInfo:
    """Check ``spec`` (:func:`plan_merge`), build it from the engine's adapters, save it under ``out_root`` and
    load it into the engine. A refusal raises :class:`RequestError` with the reason."""
    with _ONE_AT_A_TIME:
        plan = plan_merge(engine, spec, out_root)
        folder = engine.worker.call(build_merge, spec, plan.folders, engine.base.source, out_root,
                                    engine.base.model_id, plan.tasks)
        try:
            return engine.add_adapter(folder, spec.name)
        except AdapterError as err:  # a merge we just wrote that does not load: a bug, and its text names paths
            shutil.rmtree(folder, ignore_errors=True)
            raise RuntimeError(f"the merge {spec.name!r} did not load") from err
        except Exception:
            shutil.rmtree(folder, ignore_errors=True)  # a merge that does not load is not kept
            raise


def reload_merges(merges_dir: str | Path, loaded: list[Adapter], base_model, base_id: str, caps: Limits) -> AdapterScan:
    """Load the merges saved in ``merges_dir`` (name order) next to the ``loaded`` adapters, within the caps.

    A merge past the number of saved merges, over the merge rank, over the memory of all adapters together,
    or named like a loaded variant is skipped with the reason (read from its header: nothing big is loaded)."""
    result = AdapterScan()
    taken = {BASE: BASE, **{a.name.lower(): a.name for a in loaded}}
    used = loaded_size(loaded)
    for index, folder in enumerate(saved_merges(merges_dir)):
        name = folder.name
        try:
            if index >= caps.max_saved_merges:
                raise AdapterError(Messages.MERGE_SKIPPED_COUNT.format(limit=caps.max_saved_merges))
            if name.lower() in taken:
                raise AdapterError(Messages.MERGE_SKIPPED_NAME.format(existing=taken[name.lower()]))
            rank, size = footprint(folder)
            if rank > caps.max_merge_rank:
                raise AdapterError(Messages.MERGE_SKIPPED_RANK.format(rank=rank, limit=caps.max_merge_rank))
            if used + size > caps.max_adapter_mb * MB:
                raise AdapterError(Messages.MERGE_SKIPPED_SIZE.format(size=size / MB, used=used / MB,
                                                                      limit=caps.max_adapter_mb))
            adapter = load_adapter(folder, base_model, base_id, name=name)
        except AdapterError as err:
            log.warning("Saved merge %s skipped: %s", name, err)
            result.rejected.append(RejectedAdapter(name=name, source=str(folder), reason=str(err)))
            continue
        taken[name.lower()] = name
        used += adapter_bytes(adapter)
        result.loaded.append(adapter)
    return result
