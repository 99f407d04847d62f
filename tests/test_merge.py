"""Adapter strength and weighted merges (their names and caps, and their reload), through gradio_client on the app."""

from __future__ import annotations

import math
import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
import torch
from gradio_client import Client

from playground.core.config import AppConfig
from playground.core.limits import Limits
from playground.core.messages import Messages
from playground.local.engine import LocalEngine
from playground.local.merge import MergeSpec
from tests.conftest import app_of

LIMITS = Limits()  # the limits every test engine runs with (its defaults)

MB = 2 ** 20

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
    from playground.local.adapters import adapter_bytes
    from playground.local.merge import merged_size

    merged.append("alpha-beta")
    row = client.predict("alpha-beta", ["alpha", "beta"], [0.5, 0.5], "cat", None, api_name="/merge")
    assert row["rank"] == 8 + 16
    # the size the memory cap is checked with, before building, is what the merge takes once loaded
    assert merged_size(24, [engine.adapter("alpha"), engine.adapter("beta")]) == adapter_bytes(
        engine.adapter("alpha-beta"))
    outputs = compare(client, ["base", "alpha", "beta", "alpha-beta"])
    assert len(set(outputs.values())) == 4, "the merge must differ from its parents and the base"
    restarted = LocalEngine.from_config(AppConfig(base="embedded", adapters_dir=str(adapters_dir), data_dir=str(data_dir)),
                                   worker=worker)
    assert "alpha-beta" in restarted.variants


def test_bad_merges_are_refused_with_the_reason(client, merged):
    with pytest.raises(Exception, match="linear needs adapters of the same rank"):
        client.predict("mix", ["alpha", "beta"], [0.5, 0.5], "linear", None, api_name="/merge")
    with pytest.raises(Exception, match="already exists"):
        client.predict("alpha", ["beta"], [1.0], "linear", None, api_name="/merge")
    with pytest.raises(Exception, match=re.escape(Messages.MERGE_NEEDS_DENSITY.format(combination="ties"))):
        client.predict("mix2", ["alpha", "gamma"], [0.5, 0.5], "ties", None, api_name="/merge")
    with pytest.raises(Exception, match="Unknown variant 'nope'"):
        client.predict("mix3", ["nope"], [1.0], "linear", None, api_name="/merge")
    with pytest.raises(Exception, match=re.escape(Messages.MERGE_WEIGHT_COUNT.format(parents=2, weights=1))):
        client.predict("mix4", ["alpha", "gamma"], [1.0], "cat", None, api_name="/merge")


def test_merge_spec_validates_names():
    with pytest.raises(ValueError, match="not 'base'"):
        MergeSpec(name="base", parents=("alpha",), weights=(1.0,))
    with pytest.raises(ValueError, match="letters, digits"):
        MergeSpec(name="../evil", parents=("alpha",), weights=(1.0,))


def test_merge_names_are_compared_ignoring_case_and_refuse_a_dot(client, engine, data_dir, merged):
    merged.extend(["Base", "ALPHA", "Saved-One", "a.b"])  # removed again should one be built
    (Path(data_dir) / "merges" / "saved-one").mkdir(parents=True)  # a saved merge, loaded or not
    try:
        with pytest.raises(Exception, match="not 'base'"):
            client.predict("Base", ["alpha"], [1.0], "linear", None, api_name="/merge")
        for name, existing in (("ALPHA", "alpha"), ("Saved-One", "saved-one")):
            taken = Messages.MERGE_NAME_EXISTS.format(existing=existing, name=name)
            with pytest.raises(Exception, match=re.escape(Messages.MERGE_BAD.format(reason=taken))):
                client.predict(name, ["alpha"], [1.0], "linear", None, api_name="/merge")
        with pytest.raises(Exception, match=re.escape(Messages.MERGE_BAD_NAME.format(name="a.b"))):
            client.predict("a.b", ["alpha"], [1.0], "linear", None, api_name="/merge")  # PEFT would fail on it late
    finally:
        (Path(data_dir) / "merges" / "saved-one").rmdir()
    assert not {"Base", "ALPHA", "Saved-One", "a.b"} & set(engine.variants)


@pytest.fixture()
def never_built(monkeypatch):
    """Calls of build_merge; a refused merge must leave it empty."""
    from playground.local import merge

    calls: list[str] = []
    real = merge.build_merge
    monkeypatch.setattr(merge, "build_merge", lambda spec, *a, **k: calls.append(spec.name) or real(spec, *a, **k))
    return calls


def caps(monkeypatch, engine, **changes) -> None:
    """Smaller caps for this test (the engine's limits, read at call time)."""
    monkeypatch.setattr(engine, "limits", replace(engine.limits, **changes))


def test_merge_over_the_rank_cap_is_refused_before_anything_is_built(client, engine, data_dir, monkeypatch,
                                                                      never_built, merged):
    caps(monkeypatch, engine, max_merge_rank=20)
    merged.append("wide")
    high = Messages.MERGE_RANK_TOO_HIGH.format(rank=24, how="cat adds the parents' ranks: 8 + 16", limit=20)
    with pytest.raises(Exception, match=re.escape(Messages.MERGE_BAD.format(reason=high))):
        client.predict("wide", ["alpha", "beta"], [0.5, 0.5], "cat", None, api_name="/merge")
    assert never_built == [] and "wide" not in engine.variants
    assert not (Path(data_dir) / "merges" / "wide").exists()


def test_merged_rank_follows_peft(engine, data_dir):
    from playground.local.merge import plan_merge

    def rank(parents, combination, density=None):
        spec = MergeSpec(name="planned", parents=parents, weights=(0.5,) * len(parents), combination=combination,
                         density=density)
        return plan_merge(engine, spec, Path(data_dir) / "merges").rank

    assert rank(("alpha", "beta"), "cat") == 24 and rank(("alpha", "beta", "gamma"), "cat") == 28
    assert rank(("alpha", "beta"), "svd") == 16 and rank(("gamma", "beta"), "ties_svd", 0.5) == 16
    assert rank(("beta",), "cat") == 16  # one parent: PEFT copies it (linear)


def test_merge_over_the_saved_merges_cap_is_refused(client, engine, data_dir, monkeypatch, never_built, merged):
    folder = Path(data_dir) / "merges"
    count = len([p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")]) if folder.is_dir() else 0
    caps(monkeypatch, engine, max_saved_merges=count)
    merged.append("one-more")
    full = Messages.MERGE_TOO_MANY_SAVED.format(count=count, limit=count)
    with pytest.raises(Exception, match=re.escape(Messages.MERGE_BAD.format(reason=full))):
        client.predict("one-more", ["alpha"], [1.0], "linear", None, api_name="/merge")
    assert never_built == [] and "one-more" not in engine.variants


def test_merge_over_the_adapter_memory_cap_is_refused(client, engine, monkeypatch, never_built, merged):
    from playground.local.adapters import adapter_bytes

    used = sum(adapter_bytes(a) for a in engine.multi.adapters.values())
    # a copy of alpha: rank 8 on alpha's layers, saved in bf16, so float32 factors plus the kernel's bf16 copy
    size = 8 * sum(p.A.shape[1] + p.B.shape[0] for p in engine.adapter("alpha").layers.values()) * (4 + 2)
    limit = math.ceil(used / MB)  # what is loaded fits; one more copy of alpha does not
    caps(monkeypatch, engine, max_adapter_mb=limit)
    merged.append("alpha-again")
    big = Messages.MERGE_TOO_BIG.format(size=size / MB, used=used / MB, limit=limit)
    with pytest.raises(Exception, match=re.escape(Messages.MERGE_BAD.format(reason=big))):
        client.predict("alpha-again", ["alpha"], [1.0], "linear", None, api_name="/merge")
    assert never_built == [] and "alpha-again" not in engine.variants


def test_saved_merges_over_a_cap_are_skipped_at_startup_with_the_reason(worker, adapters_dir, adapter_source,
                                                                         tmp_path, monkeypatch):
    from playground.local.adapters import adapter_bytes, footprint
    from playground.web.app import header_markdown
    from playground.web.tabs.adapters import variants_table

    merges = tmp_path / "merges"
    for name, source in {"Alpha": "alpha", "m1-alpha": "alpha", "m2-beta": "beta", "m3-gamma": "gamma",
                         "m4-alpha": "alpha"}.items():  # saved merges are plain PEFT folders
        shutil.copytree(adapter_source / source, merges / name)
    size = {name: footprint(adapter_source / name)[1] for name in ("alpha", "beta", "gamma")}
    before_gamma = 2 * size["alpha"] + size["beta"] + size["gamma"]  # alpha, beta, gamma, then m1-alpha
    limit = math.ceil(before_gamma / MB)
    config = AppConfig(base="embedded", adapters_dir=str(adapters_dir), data_dir=str(tmp_path))
    config.limits = Limits(max_saved_merges=4, max_merge_rank=12, max_adapter_mb=limit)
    restarted = LocalEngine.from_config(config, worker=worker)
    assert restarted.variants == ["base", "alpha", "beta", "gamma", "m1-alpha"]
    assert adapter_bytes(restarted.adapter("m1-alpha")) == size["alpha"]  # the header's estimate is exact
    expected = {
        "Alpha": Messages.MERGE_SKIPPED_NAME.format(existing="alpha"),
        "m2-beta": Messages.MERGE_SKIPPED_RANK.format(rank=16, limit=12),
        "m3-gamma": Messages.MERGE_SKIPPED_SIZE.format(size=size["gamma"] / MB, used=before_gamma / MB, limit=limit),
        "m4-alpha": Messages.MERGE_SKIPPED_COUNT.format(limit=4),
    }
    rejected = {info.name: info.description for info in restarted.describe_variants() if not info.loaded}
    assert {name: rejected.get(name) for name in expected} == expected  # /variants
    header = header_markdown(restarted)
    table = {row[0]: row for row in variants_table(restarted)}
    for name, reason in expected.items():
        assert f"Adapter `{name}` skipped: {reason}" in header
        assert table[name][1] == "rejected" and table[name][-1] == reason  # the Adapters tab


def test_the_merge_status_names_the_data_folder_not_a_server_path(engine, data_dir, merged):
    import gradio as gr

    from playground.web.tabs.adapters import AdaptersTab
    from playground.web.tabs.compare import CompareTab

    with gr.Blocks():
        app = app_of(engine, data_dir)
        tab = AdaptersTab(app, CompareTab(app))
    merged.append("alpha-status")
    status, *_ = tab.run_merge("alpha-status", ["alpha"], "", "linear", 0.5)
    assert "saved it to `merges/alpha-status` in the data folder" in status
    assert str(data_dir) not in status


def test_divergence_endpoint(client):
    data = client.predict(PROMPT, ["alpha"], api_name="/divergence", max_new_tokens=16)["variants"]
    assert list(data) == ["base", "alpha"]
    alpha = data["alpha"]
    assert "".join(t["text"] for t in alpha["tokens"]) == alpha["text"]
    assert isinstance(alpha["diverges_at"], int) and alpha["summary"].startswith("alpha: diverges at token")
    assert data["base"]["diverges_at"] is None
    assert all({"text", "id", "logprob", "base_logprob"} <= set(t) for t in alpha["tokens"])
    assert Messages.DIVERGENCE_NEEDS_BASE  # the UI's message when base is not selected

