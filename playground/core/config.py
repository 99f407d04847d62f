"""Configuration of the app: which base model, how it is quantized, which adapters, the server and its limits.

Defaults live here; environment variables override them (how a Space is configured, one scheme:
:mod:`playground.core.env`), then command-line flags (``app.py``'s, parsed by ``transformers.HfArgumentParser``
from these dataclasses). :meth:`AppConfig.from_env` / :meth:`AppConfig.from_cli` build it once, in ``app.py``,
and it is passed down from there.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path

from playground.core.env import env_values
from playground.core.limits import Limits

REPO_ROOT = Path(__file__).resolve().parents[2]
HUB_BASE_ID = "HuggingFaceTB/SmolLM2-135M-Instruct"
EMBEDDED = "embedded"
AUTO = "auto"
QUANTIZATIONS = ("nf4", "int8", "none")
BACKENDS = ("local", "openai")
DATABASE_SCHEMES = ("postgresql", "postgresql+psycopg", "postgres", "sqlite")  # the arena's store (arena_store.py)


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
                          "(the Hub copy when the Hub answers, else embedded)."},
    )
    quantization: str = field(
        default="nf4", metadata={"help": "nf4 (bitsandbytes 4-bit), int8, or none.", "choices": QUANTIZATIONS})
    cache_dir: str = field(
        default_factory=lambda: str(default_cache_dir()),
        metadata={"help": "Cache folder for the converted embedded base."},
    )
    hub_timeout_s: float = field(
        default=2.0, metadata={"help": "How long 'auto' waits for the Hub before using embedded."}
    )
    prefill_copy_mb: float = field(
        default=1024, metadata={"help": "At nf4 on CPU without AMX: prompts prefill through a bf16 copy of the "
                                        "4-bit weights (oneDNN, 2x faster) when it fits in this many MiB; 0 = off."}
    )

    def __post_init__(self) -> None:
        if self.quantization not in QUANTIZATIONS:
            raise ValueError(f"quantization must be one of {', '.join(QUANTIZATIONS)}; got {self.quantization!r}")
        if not self.base:
            raise ValueError("base must be a Hub id, a local folder, 'embedded' or 'auto'")


@dataclass
class AppConfig(ModelConfig):
    """Model configuration plus adapters, server settings and the limits (``limits``, parsed beside it)."""

    adapters_dir: str = field(
        default=str(REPO_ROOT / "adapters"),
        metadata={"help": "Folder whose sub-folders are PEFT adapters."},
    )
    adapter: list[str] = field(
        default_factory=list,
        metadata={"help": "Extra adapter folder or Hub id (repeatable; PLAYGROUND_ADAPTER takes a comma list).",
                  "action": "extend"},
    )
    data_dir: str = field(
        default_factory=lambda: str(default_data_dir()),
        metadata={"help": "Folder for stored user data (arena votes, saved merges, eval results)."},
    )
    database_url: str = field(default="", repr=False, metadata={
        "help": "Where arena battles and votes are stored: a database URL that app replicas share, e.g. "
                "postgresql://user:password@host:5432/arena; empty: arena.sqlite3 in the data folder."})
    host: str = field(default="127.0.0.1", metadata={"help": "Interface to listen on (or GRADIO_SERVER_NAME)."})
    port: int = field(default=7860, metadata={"help": "Port to listen on (or GRADIO_SERVER_PORT)."})
    share: bool = field(default=False, metadata={"help": "Create a public gradio.live link."})
    admin_token: str = field(default="", repr=False, metadata={
        "help": "When set, arena exports need it (the API's admin_token, the Arena tab's box)."})
    api_key: str = field(default="", repr=False, metadata={
        "help": "When set, the OpenAI-compatible API (/v1) needs it as a bearer token."})
    shared_adapters: bool = field(default=False, metadata={
        "help": "An adapter a visitor adds is everyone's (a team's own deployment), not only that visitor's session's."})
    on_space: bool = field(default=False, metadata={
        "help": "A public Space behind a proxy (set when SPACE_ID is): Space defaults for the per-client limits, "
                "clients told apart by X-Forwarded-For, exports off without an admin token."})
    backend: str = field(default="local", metadata={
        "help": "local: this process runs the base and the adapters; openai: an OpenAI-compatible server does "
                "(vLLM's `vllm serve BASE --enable-lora --lora-modules name=path ...`), at --server-url.",
        "choices": BACKENDS})
    server_url: str = field(default="", metadata={"help": "The server's address for --backend openai, e.g. "
                                                          "http://127.0.0.1:8000 (with or without /v1)."})
    server_api_key: str = field(default="", repr=False, metadata={"help": "The server's API key (bearer token)."})
    server_base: str = field(default="", metadata={
        "help": "Which of the server's models is the base; empty: the one its LoRA modules name as parent."})
    server_api: str = field(default="chat", metadata={
        "help": "chat: /v1/chat/completions with the server's chat template; completions: /v1/completions with "
                "the local tokenizer's template.", "choices": ("chat", "completions")})
    server_runtime_lora: bool = field(default=False, metadata={
        "help": "The server loads adapters added while the app runs (vLLM with VLLM_ALLOW_RUNTIME_LORA_UPDATING=1; "
                "it must see the app's data folder at the same path)."})
    server_connect_timeout_s: float = field(default=5.0, metadata={"help": "Wait for a connection to the server."})
    server_token_timeout_s: float = field(default=60.0, metadata={
        "help": "Wait for the server's next streamed token (or a whole short answer)."})
    limits: Limits = field(default_factory=Limits, init=False, repr=False)  # parsed beside (see make_parser)

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.backend not in BACKENDS:
            raise ValueError(f"backend must be one of {', '.join(BACKENDS)}; got {self.backend!r}")
        if self.backend == "openai" and not self.server_url.strip():
            raise ValueError("--backend openai needs --server-url (PLAYGROUND_SERVER_URL)")
        scheme = self.database_url.partition("://")[0]
        if self.database_url and scheme not in DATABASE_SCHEMES:
            raise ValueError(f"database_url must start with {' or '.join(s + '://' for s in DATABASE_SCHEMES)} "
                             f"(PostgreSQL through psycopg 3, or a SQLite file); got {scheme + '://'!r}")

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> AppConfig:
        """Defaults overridden by environment variables (what a Space uses)."""
        config = cls(**env_values(cls, environ))
        config.limits = Limits(**(Limits.defaults(config.on_space) | env_values(Limits, environ)))
        return config

    @classmethod
    def from_cli(cls, argv: list[str] | None = None, environ: Mapping[str, str] | None = None) -> AppConfig:
        """Environment defaults, then command-line flags on top."""
        env = cls.from_env(environ)
        parser = make_parser()
        parser.set_defaults(**{name: getattr(env, name) for name in parser_fields(cls)},
                            **{name: getattr(env.limits, name) for name in parser_fields(Limits)})
        config, limits = parser.parse_args_into_dataclasses(args=argv)
        config.limits = limits
        return config


def parser_fields(dtype) -> list[str]:
    """The fields a parser sets (``init`` ones)."""
    return [f.name for f in fields(dtype) if f.init]


def make_parser():
    """``app.py``'s flags: one per field of :class:`AppConfig` and of :class:`~playground.core.limits.Limits`."""
    from transformers import HfArgumentParser

    return HfArgumentParser((AppConfig, Limits), prog="python app.py",
                            description="Adapter Playground: one base, many LoRA adapters, side by side.")
