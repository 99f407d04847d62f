"""Every adapter shipped in adapters/ loads, validates and says what it is."""

from __future__ import annotations

import json
import shutil

import pytest
import torch
import yaml

from playground.core.config import REPO_ROOT
from playground.features.tasks import TASKS
from playground.local.adapters import check_files, load_adapter, read_card

SHIPPED = {  # folder -> (task, rank, alpha)
    "linkedin-post": ("linkedin_post", 16, 32),
    "marketing-copy": ("marketing_copy", 16, 32),
    "domain-qa-r8": ("domain_qa", 8, 16),
    "domain-qa-r16": ("domain_qa", 16, 32),
    "domain-qa-r32": ("domain_qa", 32, 64),
    "prompt-recovery": ("prompt_recovery", 16, 32),  # r16 on every linear layer since #19
    "elevator-pitch": ("elevator_pitch", 16, 32),
}
ADAPTERS = REPO_ROOT / "adapters"


@pytest.mark.parametrize("name", sorted(SHIPPED))
def test_shipped_adapter_loads_and_validates(name, engine):
    folder = ADAPTERS / name
    check_files(folder)
    adapter = load_adapter(folder, engine.base.model, engine.base.model_id)
    task, rank, alpha = SHIPPED[name]
    assert (adapter.task, adapter.rank, adapter.alpha) == (task, rank, alpha)
    card = read_card(folder)
    assert card["base_model"] == "HuggingFaceTB/SmolLM2-135M-Instruct" and card["license"]
    assert card["task"] in TASKS and "lora" in card["tags"]
    training = json.loads((folder / "training.json").read_text())
    assert training["config"]["task"] == task and training["minutes"] > 0
    text = (folder / "README.md").read_text()
    assert yaml.safe_load(text.split("---")[1])["task"] == task
    assert (folder / "adapter_model.safetensors").stat().st_size < 20 * 1024 * 1024


def test_only_the_shipped_adapters_are_in_the_folder():
    assert sorted(p.name for p in ADAPTERS.iterdir() if p.is_dir()) == sorted(SHIPPED)


def _factors(pair):
    return [pair.A, pair.Bt, *pair.stored]


def test_adapter_factors_are_packed_and_outlive_their_file(engine, tmp_path):
    """The factors (float32, and the kernel's bf16 copies) are 64-byte aligned copies, not views of the file's
    mapping, and the kernel's are packed in one buffer in the order a decode step reads them."""
    folder = tmp_path / "domain-qa-r8"
    shutil.copytree(ADAPTERS / "domain-qa-r8", folder)
    adapter = load_adapter(folder, engine.base.model, engine.base.model_id)
    before = {path: [t.float().sum().item() for t in _factors(pair)] for path, pair in adapter.layers.items()}
    (folder / "adapter_model.safetensors").write_bytes(b"")  # a mapped file cut short would crash on read
    for path, pair in adapter.layers.items():
        assert all(t.dtype == torch.bfloat16 for t in pair.stored)
        assert all(t.is_contiguous() and t.data_ptr() % 64 == 0 for t in _factors(pair))
        assert [t.float().sum().item() for t in _factors(pair)] == before[path]
    order = [path for path, _ in engine.base.model.named_modules() if path in adapter.layers]
    assert list(adapter.layers) == order  # the model's order, A then B^T in each
    packed = [t for pair in adapter.layers.values() for t in pair.kernel_factors]
    assert len({t.untyped_storage().data_ptr() for t in packed}) == 1
    starts = [t.data_ptr() for t in packed]
    assert starts == sorted(starts)
