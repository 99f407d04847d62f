"""The QLoRA training CLI on a few rows: the loss goes down and the adapter works in the engine."""

from __future__ import annotations

import json

import pytest

from playground.adapters import load_adapter
from playground.generation import GenerationParams, Row
from playground.tasks import get_task
from playground.train import TrainConfig, make_parser, train


def test_three_steps_on_eight_rows_lower_the_loss_and_change_the_output(tmp_path, worker, engine):
    out = tmp_path / "tiny-elevator"
    config = TrainConfig(task="elevator_pitch", out=str(out), limit=8, val_limit=4, max_steps=3,
                         batch_size=4, grad_accum=1, lr=5e-3, checkpoints=str(tmp_path / "ckpt"), save_steps=2)
    summary = worker.call(train, config)
    assert summary["optimizer_steps"] == 3
    assert summary["last_loss"] < summary["first_loss"]
    files = {p.name for p in out.iterdir()}
    assert {"adapter_config.json", "adapter_model.safetensors", "README.md", "training.json"} <= files
    assert not any(name.endswith((".bin", ".pt", ".pkl")) for name in files)
    card = (out / "README.md").read_text()
    assert card.startswith("---\nbase_model: HuggingFaceTB/SmolLM2-135M-Instruct") and "task: elevator_pitch" in card
    assert json.loads((out / "training.json").read_text())["config"]["rank"] == 8
    assert list((tmp_path / "ckpt").glob("checkpoint-*"))

    adapter = load_adapter(out, engine.base.model, engine.base.model_id)
    engine.multi.add(adapter)
    try:
        row = get_task("elevator_pitch").load_split("test")[0]
        messages = tuple(get_task("elevator_pitch").build_messages(row["fields"]))
        base, tuned = engine.generate([Row("base", messages), Row(adapter.name, messages)],
                                      GenerationParams(max_new_tokens=24))
        assert tuned.text != base.text
    finally:
        engine.multi.remove(adapter.name)


def test_defaults_follow_the_published_cards():
    config = TrainConfig(**vars(make_parser().parse_args(["--task", "linkedin_post", "--out", "x"])))
    assert (config.rank, config.alpha, config.dropout, config.lr, config.batch_size, config.grad_accum, config.seed) == \
        (8, 16, 0.05, 2e-4, 4, 4, 42)
    assert config.target_modules == ["q_proj", "k_proj", "v_proj", "o_proj"]


def test_bad_settings_are_refused():
    with pytest.raises(ValueError, match="Unknown task"):
        TrainConfig(task="poetry", out="x")
    with pytest.raises(ValueError, match="dropout"):
        TrainConfig(task="domain_qa", out="x", dropout=1.5)


def test_training_resumes_from_the_latest_checkpoint(tmp_path, worker):
    common = dict(task="domain_qa", limit=8, val_limit=4, batch_size=4, grad_accum=1, lr=5e-3,
                  checkpoints=str(tmp_path / "ckpt"), save_steps=1)
    worker.call(train, TrainConfig(out=str(tmp_path / "a"), max_steps=2, **common))
    resumed = worker.call(train, TrainConfig(out=str(tmp_path / "b"), max_steps=3, **common))
    assert resumed["resumed_from"].endswith("checkpoint-2")
    assert resumed["optimizer_steps"] == 3
