"""The QLoRA training CLI on a few rows: the loss goes down and the adapter works in the engine."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest

from playground.core.types import GenerationParams, Row
from playground.features.tasks import get_task
from playground.local.adapters import load_adapter
from playground.train.cli import parse
from playground.train.trainer import TrainConfig, main, make_parser, train

CARDS = sorted(Path(__file__).resolve().parents[1].glob("adapters/*/README.md"))


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
    settings = (config.rank, config.alpha, config.dropout, config.lr, config.batch_size, config.grad_accum, config.seed)
    assert settings == (8, 16, 0.05, 2e-4, 4, 4, 42)
    assert config.target_modules == ["q_proj", "k_proj", "v_proj", "o_proj"]


@pytest.mark.parametrize("card", CARDS, ids=lambda card: card.parent.name)
def test_the_reproduce_command_of_every_card_parses(card):
    command = re.search(r"`python -m playground\.train (--[^`]+)`", card.read_text(encoding="utf-8")).group(1)
    (config,) = parse(make_parser(), shlex.split(command))
    assert Path(config.out).name == card.parent.name
    assert config.grad_accum == (2 if "--grad-accum 2" in command else 4)


def test_the_domain_qa_r32_card_command_sets_every_flag():
    command = ("--task domain_qa --rank 16 --alpha 32 "
               "--targets q_proj,k_proj,v_proj,o_proj,gate_proj,up_proj,down_proj "
               "--epochs 1.0 --lr 0.001 --grad-accum 2 --limit 0 --out adapters/domain-qa-r32")
    (config,) = parse(make_parser(), command.split())
    assert (config.task, config.rank, config.alpha, config.epochs, config.lr, config.grad_accum, config.limit) == \
        ("domain_qa", 16, 32, 1.0, 0.001, 2, 0)
    assert config.target_modules == ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]
    assert Path(config.checkpoints) == Path("checkpoints/domain-qa-r32")


def test_two_word_flags_take_dashes_or_underscores():
    dashed = "--batch-size 2 --grad-accum 3 --warmup-steps 5 --weight-decay 0.1 --max-length 128 --val-limit 3 " \
             "--save-steps 7 --max-steps 9"
    spellings = [dashed, dashed.replace("-", "_").replace("__", "--")]
    configs = [parse(make_parser(), ["--task", "domain_qa", "--out", "x", *flags.split()])[0] for flags in spellings]
    assert configs[0] == configs[1]
    assert (configs[0].batch_size, configs[0].max_length, configs[0].max_steps) == (2, 128, 9)


def test_help_comes_from_the_field_metadata(capsys):
    with pytest.raises(SystemExit):
        make_parser().parse_args(["--help"])
    shown = " ".join(capsys.readouterr().out.split())
    assert shown.startswith("usage: python -m playground.train")
    assert "Micro-batches per optimizer step. (default: 4)" in shown


def test_the_cli_refuses_a_bad_setting_with_its_message(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["--task", "domain_qa", "--out", "x", "--dropout", "1.5"])
    assert exited.value.code == 2 and "error: dropout must be in [0, 1)" in capsys.readouterr().err


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
