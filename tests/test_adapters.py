"""Adapter validation: what is refused, and why, before any weights are used."""

from __future__ import annotations

import json
import pickle
import shutil

import pytest
import torch
from safetensors.torch import save_file

from playground.adapters import AdapterError, load_adapter, scan

BASE_ID = "HuggingFaceTB/SmolLM2-135M-Instruct"


@pytest.fixture()
def good(tmp_path, adapter_source):
    folder = tmp_path / "good"
    shutil.copytree(adapter_source / "alpha", folder)
    return folder


def test_good_adapter_loads(good, engine):
    adapter = load_adapter(good, engine.base.model, BASE_ID)
    assert adapter.rank == 8 and adapter.alpha == 16
    assert adapter.card["base_model"] == BASE_ID
    assert set(adapter.target_modules) == {"q_proj", "k_proj", "v_proj", "o_proj"}
    assert len(adapter.layers) == 30 * 4
    assert all(pair.scaling == 2.0 for pair in adapter.layers.values())


def test_pickle_renamed_to_safetensors_is_refused(good, engine):
    (good / "adapter_model.safetensors").write_bytes(pickle.dumps({"weights": [1, 2, 3]}))
    with pytest.raises(AdapterError, match="pickle data; refused"):
        load_adapter(good, engine.base.model, BASE_ID)


def test_pickle_files_beside_the_adapter_are_refused(good, engine):
    (good / "training_args.bin").write_bytes(b"\x80\x04")
    with pytest.raises(AdapterError, match=r"pickle-format weights are refused \(training_args.bin\)"):
        load_adapter(good, engine.base.model, BASE_ID)


def test_malformed_config_is_refused(good, engine):
    (good / "adapter_config.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(AdapterError, match="not valid JSON"):
        load_adapter(good, engine.base.model, BASE_ID)


def test_wrong_base_shapes_are_refused(good, engine):
    config = json.loads((good / "adapter_config.json").read_text())
    config["base_model_name_or_path"] = "mistralai/Mistral-7B-Instruct-v0.3"
    (good / "adapter_config.json").write_text(json.dumps(config))
    prefix = "base_model.model.model.layers.0.self_attn.q_proj"
    save_file({f"{prefix}.lora_A.weight": torch.zeros(8, 4096), f"{prefix}.lora_B.weight": torch.zeros(4096, 8)},
              good / "adapter_model.safetensors")
    with pytest.raises(AdapterError, match="do not fit the base layer.*Mistral-7B"):
        load_adapter(good, engine.base.model, BASE_ID)


def test_missing_target_module_is_refused(good, engine):
    prefix = "base_model.model.model.layers.99.self_attn.q_proj"
    save_file({f"{prefix}.lora_A.weight": torch.zeros(8, 576), f"{prefix}.lora_B.weight": torch.zeros(576, 8)},
              good / "adapter_model.safetensors")
    with pytest.raises(AdapterError, match="does not exist in the base"):
        load_adapter(good, engine.base.model, BASE_ID)


def test_rank_that_disagrees_with_config_is_refused(good, engine):
    config = json.loads((good / "adapter_config.json").read_text())
    config["r"] = 32
    (good / "adapter_config.json").write_text(json.dumps(config))
    with pytest.raises(AdapterError, match="rank 8 in the weights but r=32"):
        load_adapter(good, engine.base.model, BASE_ID)


def test_scan_reports_and_skips_bad_folders(tmp_path, good, engine):
    (tmp_path / "empty").mkdir()
    result = scan(tmp_path, [], engine.base.model, BASE_ID)
    assert [a.name for a in result.loaded] == ["good"]
    assert [(r.name, r.reason) for r in result.rejected] == [("empty", "adapter_config.json is missing")]
