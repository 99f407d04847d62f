"""Configuration of the app: which base model, how it is quantized, which adapters.

Defaults live here; environment variables override them (how a Space is configured);
the CLI of ``app.py`` parses the same dataclass.
"""

from __future__ import annotations

import argparse
import os
from dataclasses import dataclass, field, fields
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
HUB_BASE_ID = "HuggingFaceTB/SmolLM2-135M-Instruct"
EMBEDDED = "embedded"
AUTO = "auto"
QUANTIZATIONS = ("nf4", "int8", "none")


def default_data_dir() -> Path:
    """Where what users make (arena votes, eval results) is stored: a Space's persistent /data when it
    exists, else a user data folder."""
    if os.access("/data", os.W_OK):
        return Path("/data/adapter-playground")
    root = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(root) / "adapter-playground"


def default_cache_dir() -> Path:
    """Where the converted embedded base is cached (a user cache folder)."""
    root = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(root) / "adapter-playground"


@dataclass
class ModelConfig:
    """Which base model to load and how."""

    base: str = field(
        default=AUTO,
        metadata={"help": "Hub id, local folder, 'embedded' (the packaged SmolLM2-135M) or 'auto' "
                          "(the Hub copy when the Hub answers, else embedded).", "env": "PLAYGROUND_BASE"},
    )
    quantization: str = field(
        default="nf4",
        metadata={"help": "nf4 (bitsandbytes 4-bit), int8, or none.", "env": "PLAYGROUND_QUANTIZATION"},
    )
    cache_dir: str = field(
        default_factory=lambda: str(default_cache_dir()),
        metadata={"help": "Cache folder for the converted embedded base.", "env": "PLAYGROUND_CACHE_DIR"},
    )
    hub_timeout_s: float = field(
        default=2.0, metadata={"help": "How long 'auto' waits for the Hub before using embedded."}
    )

    def __post_init__(self) -> None:
        if self.quantization not in QUANTIZATIONS:
            raise ValueError(f"quantization must be one of {', '.join(QUANTIZATIONS)}; got {self.quantization!r}")
        if not self.base:
            raise ValueError("base must be a Hub id, a local folder, 'embedded' or 'auto'")


@dataclass
class AppConfig(ModelConfig):
    """Model configuration plus adapters and server settings."""

    adapters_dir: str = field(
        default=str(REPO_ROOT / "adapters"),
        metadata={"help": "Folder whose sub-folders are PEFT adapters.", "env": "PLAYGROUND_ADAPTERS_DIR"},
    )
    adapter: list[str] = field(
        default_factory=list,
        metadata={"help": "Extra adapter folder or Hub id (repeatable).", "env": "PLAYGROUND_EXTRA_ADAPTERS"},
    )
    data_dir: str = field(
        default_factory=lambda: str(default_data_dir()),
        metadata={"help": "Folder for stored user data (arena votes, saved merges, eval results).",
                  "env": "PLAYGROUND_DATA_DIR"},
    )
    host: str = field(default="127.0.0.1", metadata={"help": "Interface to listen on.", "env": "GRADIO_SERVER_NAME"})
    port: int = field(default=7860, metadata={"help": "Port to listen on.", "env": "GRADIO_SERVER_PORT"})
    share: bool = field(default=False, metadata={"help": "Create a public gradio.live link."})

    @classmethod
    def from_env(cls) -> "AppConfig":
        """Defaults overridden by environment variables (what a Space uses)."""
        values = {}
        for f in fields(cls):
            env = f.metadata.get("env")
            if env and os.environ.get(env):
                raw = os.environ[env]
                values[f.name] = _parse_env(f, raw)
        return cls(**values)

    @classmethod
    def from_cli(cls, argv: list[str] | None = None) -> "AppConfig":
        """Environment defaults, then command-line flags on top."""
        base = cls.from_env()
        args = make_parser(base).parse_args(argv)
        return cls(**vars(args))


def _parse_env(f, raw: str):
    if f.name == "adapter":
        return [part for part in raw.split(",") if part.strip()]
    if f.type in ("int", int):
        return int(raw)
    if f.type in ("float", float):
        return float(raw)
    return raw


def make_parser(defaults: AppConfig) -> argparse.ArgumentParser:
    """An argparse parser whose flags mirror the dataclass fields."""
    parser = argparse.ArgumentParser(description="Adapter Playground: one base, many LoRA adapters, side by side.")
    for f in fields(AppConfig):
        flag = "--" + f.name.replace("_", "-")
        default = getattr(defaults, f.name)
        help_text = f.metadata.get("help", "")
        if f.name == "share":
            parser.add_argument(flag, action="store_true", default=default, help=help_text)
        elif f.name == "adapter":
            parser.add_argument(flag, action="append", default=list(default), help=help_text)
        elif f.name == "quantization":
            parser.add_argument(flag, choices=QUANTIZATIONS, default=default, help=help_text)
        else:
            kind = {"int": int, "float": float}.get(str(f.type), str)
            parser.add_argument(flag, type=kind, default=default, help=help_text)
    return parser
