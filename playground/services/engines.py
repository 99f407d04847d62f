"""The engine an app runs on, from its configuration: the local torch engine, or a remote OpenAI-compatible server."""

from __future__ import annotations

from playground.core.config import AppConfig
from playground.core.engine import Engine


def make_engine(config: AppConfig) -> Engine:
    """``--backend local`` (the default): the base and adapters in this process; ``openai``: the server at
    ``--server-url`` serves them (:mod:`playground.remote.engine`)."""
    if config.backend == "openai":
        from playground.remote.client import ServerSettings
        from playground.remote.engine import RemoteConfig, RemoteEngine

        server = ServerSettings(config.server_url, config.server_api_key, config.server_connect_timeout_s,
                                config.server_token_timeout_s)
        remote = RemoteConfig(server, base=config.server_base, api=config.server_api, adapters_dir=config.adapters_dir,
                              runtime_lora=config.server_runtime_lora)
        return RemoteEngine(remote, config.limits, tokenizer=_local_tokenizer(config) if config.server_api ==
                            "completions" else None)
    from playground.local.engine import LocalEngine

    return LocalEngine.from_config(config)


def _local_tokenizer(config: AppConfig):
    """The base's tokenizer, loaded here, for ``--server-api completions`` (its chat template, its decoding)."""
    from playground.local.model import tokenizer_for

    return tokenizer_for(config)
