"""Adapter validation: what is refused, and why, before any weights are used."""

from __future__ import annotations

import json
import pickle
import shutil

import pytest
import torch
from safetensors.torch import save_file

from playground.core.messages import Messages
from playground.local.adapters import CONFIG_FILE, AdapterError, load_adapter, scan

BASE_ID = "HuggingFaceTB/SmolLM2-135M-Instruct"


@pytest.fixture()
def good(tmp_path, adapter_source):
    folder = tmp_path / "good"
    shutil.copytree(adapter_source / "alpha", folder)
    return folder


def edit_config(folder, **changes) -> None:
    config = json.loads((folder / "adapter_config.json").read_text())
    (folder / "adapter_config.json").write_text(json.dumps({**config, **changes}))


def write_one_pair(folder, module: str, in_features: int, out_features: int, rank: int = 8) -> None:
    """Replace the weights with a single LoRA pair for ``module`` of the given shape."""
    prefix = f"base_model.model.{module}"
    save_file({f"{prefix}.lora_A.weight": torch.zeros(rank, in_features),
               f"{prefix}.lora_B.weight": torch.zeros(out_features, rank)}, folder / "adapter_model.safetensors")


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
    edit_config(good, base_model_name_or_path="mistralai/Mistral-7B-Instruct-v0.3")
    write_one_pair(good, "model.layers.0.self_attn.q_proj", 4096, 4096)
    with pytest.raises(AdapterError, match="do not fit the base layer.*Mistral-7B"):
        load_adapter(good, engine.base.model, BASE_ID)


def test_other_base_with_fitting_shapes_loads_with_a_warning(good, engine):
    edit_config(good, base_model_name_or_path="HuggingFaceTB/SmolLM2-135M")  # the non-instruct sibling
    adapter = load_adapter(good, engine.base.model, BASE_ID)
    assert "trained for 'HuggingFaceTB/SmolLM2-135M'" in adapter.warning and "same shapes" in adapter.warning
    assert load_adapter(good, engine.base.model, "HuggingFaceTB/SmolLM2-135M").warning == ""  # its own base


def test_header_shows_adapter_warnings(good, engine):
    from playground.web.app import header_markdown

    edit_config(good, base_model_name_or_path="HuggingFaceTB/SmolLM2-135M")
    adapter = load_adapter(good, engine.base.model, BASE_ID, name="sibling")
    engine.worker.call(engine.multi.add, adapter)
    try:
        assert "Adapter `sibling`: trained for 'HuggingFaceTB/SmolLM2-135M'" in header_markdown(engine)
    finally:
        engine.worker.call(engine.multi.remove, "sibling")


def test_missing_target_module_is_refused(good, engine):
    write_one_pair(good, "model.layers.99.self_attn.q_proj", 576, 576)
    with pytest.raises(AdapterError, match="does not exist in the base"):
        load_adapter(good, engine.base.model, BASE_ID)


def test_rank_that_disagrees_with_config_is_refused(good, engine):
    edit_config(good, r=32)
    with pytest.raises(AdapterError, match="rank 8 in the weights but r=32"):
        load_adapter(good, engine.base.model, BASE_ID)


def test_scan_reports_and_skips_bad_folders(tmp_path, good, engine):
    (tmp_path / "empty").mkdir()
    result = scan(tmp_path, [], engine.base.model, BASE_ID)
    assert [a.name for a in result.loaded] == ["good"]
    assert [(r.name, r.reason) for r in result.rejected] == [("empty", Messages.ADAPTER_FILE_MISSING.format(file=CONFIG_FILE))]
