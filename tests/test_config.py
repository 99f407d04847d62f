"""Configuration parsing and base-model resolution."""

from __future__ import annotations

import pytest

from playground.core.config import EMBEDDED, AppConfig, ModelConfig
from playground.local import model as model_module
from playground.local.model import hub_reachable, load_base, resolve_base


def test_cli_flags_override_environment(monkeypatch):
    monkeypatch.setenv("PLAYGROUND_QUANTIZATION", "int8")
    monkeypatch.setenv("PLAYGROUND_BASE", "embedded")
    assert AppConfig.from_env().quantization == "int8"
    config = AppConfig.from_cli(["--quantization", "none", "--port", "9000", "--share", "--adapter", "a", "--adapter", "b"])
    assert (config.base, config.quantization, config.port, config.share, config.adapter) == ("embedded", "none", 9000, True, ["a", "b"])


def test_the_arena_database_url_is_configured_but_never_shown():
    url = "postgresql://arena:pw-9d2f@db.internal:5432/arena"
    config = AppConfig.from_env({"PLAYGROUND_DATABASE_URL": url})
    assert config.database_url == url and "pw-9d2f" not in repr(config)
    assert AppConfig.from_cli(["--database_url", "sqlite:////tmp/x.db"], environ={}).database_url == "sqlite:////tmp/x.db"
    assert AppConfig.from_env({}).database_url == ""  # SQLite in the data folder
    with pytest.raises(ValueError, match="database_url must start with postgresql:// or .* got 'mysql://'") as err:
        AppConfig.from_env({"PLAYGROUND_DATABASE_URL": "mysql://root:pw-9d2f@db/arena"})
    assert "pw-9d2f" not in str(err.value)


def test_bad_quantization_is_refused():
    with pytest.raises(ValueError, match="quantization must be one of nf4, int8, none"):
        ModelConfig(quantization="fp8")


def test_auto_uses_embedded_when_the_hub_is_offline(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    assert not hub_reachable()
    assert resolve_base(ModelConfig(base="auto")) == EMBEDDED
    assert resolve_base(ModelConfig(base="some/model")) == "some/model"


def test_auto_decides_quickly_without_network():
    # This machine cannot reach the Hub: the TCP probe must answer False, not hang.
    assert resolve_base(ModelConfig(base="auto", hub_timeout_s=1.0)) == EMBEDDED


def test_bitsandbytes_failure_falls_back_with_a_warning(monkeypatch, worker, base_folder):
    monkeypatch.setattr(model_module, "_bitsandbytes_problem", lambda: "no native library for this CPU")
    base = worker.call(load_base, ModelConfig(base=str(base_folder), quantization="nf4"))
    assert base.quantization == "none"
    assert "no native library for this CPU" in base.warnings[0]
    assert "none" in base.description


def test_embedded_base_is_cached_as_safetensors(base_folder):
    assert (base_folder / "model.safetensors").is_file()
    assert (base_folder / "tokenizer.json").is_file()
    assert not list(base_folder.glob("*.bin"))
