"""Every adapter shipped in adapters/ loads, validates and says what it is."""

from __future__ import annotations

import json

import pytest
import yaml

from playground.adapters import check_files, load_adapter, read_card
from playground.config import REPO_ROOT
from playground.tasks import TASKS

SHIPPED = {  # folder -> (task, rank, alpha)
    "linkedin-post": ("linkedin_post", 8, 16),
    "marketing-copy": ("marketing_copy", 8, 16),
    "domain-qa-r8": ("domain_qa", 8, 16),
    "domain-qa-r16": ("domain_qa", 16, 32),
    "domain-qa-r32": ("domain_qa", 32, 64),
    "prompt-recovery": ("prompt_recovery", 8, 16),
    "elevator-pitch": ("elevator_pitch", 8, 16),
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
