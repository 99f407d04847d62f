"""Adapter strength and weighted merges, through gradio_client on the launched app (greedy)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import torch
from gradio_client import Client

from playground.config import AppConfig
from playground.engine import Engine
from playground.limits import Messages
from playground.merge import MergeSpec

PROMPT = "Write two sentences about a lighthouse."
GREEDY = {"max_new_tokens": 24, "temperature": 0.0}


@pytest.fixture()
def merged(engine, data_dir):
    """Names of merges a test makes; they are removed afterwards so other tests see the usual variants."""
    names: list[str] = []
    yield names
    for name in names:
        engine.worker.call(engine.multi.remove, name)
        shutil.rmtree(Path(data_dir) / "merges" / name, ignore_errors=True)


def compare(client: Client, variants, strengths=None) -> dict:
    return client.predict(PROMPT, variants, strengths=strengths, api_name="/compare", **GREEDY)


def test_strength_zero_is_base_and_one_is_the_adapter(client):
    plain = compare(client, ["base", "alpha"])
    assert plain["alpha"] != plain["base"]
    zero = compare(client, ["base", "alpha"], {"alpha": 0})
    assert zero["alpha"] == plain["base"]
    one = compare(client, ["base", "alpha"], {"alpha": 1.0})
    assert one["alpha"] == plain["alpha"]
    half = compare(client, ["alpha", "beta"], {"alpha": 0.5})
    full = compare(client, ["alpha", "beta"])  # same batch shape: only alpha's strength differs
    assert half["alpha"] != full["alpha"]
    assert half["beta"] == full["beta"], "a strength must not leak into another variant"


def test_bad_strength_is_refused(client):
    with pytest.raises(Exception, match="strength of 'alpha' must be a number from 0"):
        compare(client, ["alpha"], {"alpha": 3})
    with pytest.raises(Exception, match="Unknown variant 'nope'"):
        compare(client, ["alpha"], {"nope": 1})


def test_linear_merge_of_one_adapter_is_that_adapter(client, engine, data_dir, merged):
    merged.append("alpha-copy")
    row = client.predict("alpha-copy", ["alpha"], [1.0], "linear", None, api_name="/merge")
    assert row["name"] == "alpha-copy" and row["status"] == "loaded" and row["rank"] == 8
    # same LoRA delta (PEFT folds alpha's scaling into the factors: sqrt(s)*B @ sqrt(s)*A with scaling 1) ...
    copy, original = engine.adapter("alpha-copy"), engine.adapter("alpha")
    assert copy.layers.keys() == original.layers.keys()
    for path, pair in original.layers.items():
        twin = copy.layers[path]
        torch.testing.assert_close(twin.scaling * twin.B @ twin.A, pair.scaling * pair.B @ pair.A, rtol=1e-4, atol=1e-6)
    # ... so the same greedy text (the random test adapters amplify float rounding after a few dozen tokens)
    outputs = client.predict(PROMPT, ["alpha", "alpha-copy"], api_name="/compare", max_new_tokens=12)
    assert outputs["alpha-copy"] == outputs["alpha"]
    folder = Path(data_dir) / "merges" / "alpha-copy"
    assert sorted(p.name for p in folder.iterdir()) == ["README.md", "adapter_config.json", "adapter_model.safetensors",
                                                       "merge.json"]
    card = (folder / "README.md").read_text()
    assert card.startswith("---\nbase_model: HuggingFaceTB/SmolLM2-135M-Instruct") and "add_weighted_adapter" in card
    assert "| `alpha` |" in card


def test_cat_merge_mixes_ranks_and_survives_a_restart(client, engine, worker, adapters_dir, data_dir, merged):
    merged.append("alpha-beta")
    row = client.predict("alpha-beta", ["alpha", "beta"], [0.5, 0.5], "cat", None, api_name="/merge")
    assert row["rank"] == 8 + 16
    outputs = compare(client, ["base", "alpha", "beta", "alpha-beta"])
    assert len(set(outputs.values())) == 4, "the merge must differ from its parents and the base"
    restarted = Engine.from_config(AppConfig(base="embedded", adapters_dir=str(adapters_dir), data_dir=str(data_dir)),
                                   worker=worker)
    assert "alpha-beta" in restarted.variants


def test_bad_merges_are_refused_with_the_reason(client, merged):
    with pytest.raises(Exception, match="linear needs adapters of the same rank"):
        client.predict("mix", ["alpha", "beta"], [0.5, 0.5], "linear", None, api_name="/merge")
    with pytest.raises(Exception, match="already exists"):
        client.predict("alpha", ["beta"], [1.0], "linear", None, api_name="/merge")
    with pytest.raises(Exception, match="ties needs a density"):
        client.predict("mix2", ["alpha", "gamma"], [0.5, 0.5], "ties", None, api_name="/merge")
    with pytest.raises(Exception, match="unknown adapter 'nope'"):
        client.predict("mix3", ["nope"], [1.0], "linear", None, api_name="/merge")
    with pytest.raises(Exception, match="2 adapters need 2 weights"):
        client.predict("mix4", ["alpha", "gamma"], [1.0], "cat", None, api_name="/merge")


def test_merge_spec_validates_names():
    with pytest.raises(ValueError, match="not 'base'"):
        MergeSpec(name="base", parents=("alpha",), weights=(1.0,))
    with pytest.raises(ValueError, match="letters, digits"):
        MergeSpec(name="../evil", parents=("alpha",), weights=(1.0,))


def test_divergence_endpoint(client):
    data = client.predict(PROMPT, ["alpha"], api_name="/divergence", max_new_tokens=16)["variants"]
    assert list(data) == ["base", "alpha"]
    alpha = data["alpha"]
    assert "".join(t["text"] for t in alpha["tokens"]) == alpha["text"]
    assert isinstance(alpha["diverges_at"], int) and alpha["summary"].startswith("alpha: diverges at token")
    assert data["base"]["diverges_at"] is None
    assert all({"text", "id", "logprob", "base_logprob"} <= set(t) for t in alpha["tokens"])
    assert Messages.DIVERGENCE_NEEDS_BASE  # the UI's message when base is not selected
