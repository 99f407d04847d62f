"""Typed API endpoints for ``gradio_client`` (see the README for calls).

``/variants`` lists what can be compared, ``/compare`` streams every variant's text keyed
by variant name, ``/compare_full`` adds per-variant timings and the seed used.
"""

from __future__ import annotations

from collections.abc import Iterator

import gradio as gr

from ..engine import Engine
from ..generation import GenerationParams, RequestError
from ..limits import LIMITS
from .compare import build_rows


def register_api(engine: Engine) -> None:
    """Declare the API endpoints inside the current ``gr.Blocks``."""

    def variants() -> list[dict]:
        """Every variant (base, adapters, rejected adapters with the reason) and its metadata."""
        return engine.describe_variants()

    def _stream(prompt, variants, system_prompt, max_new_tokens, temperature, top_p, top_k, repetition_penalty, seed,
                task, fields):
        try:
            rows = build_rows(engine, prompt, system_prompt, variants, task or "", fields)
            params = GenerationParams.from_user(max_new_tokens, temperature, top_p, top_k, repetition_penalty, seed)
            params = params.with_seed()
            for outputs in engine.stream(rows, params):
                yield outputs, params
        except RequestError as err:
            raise gr.Error(str(err)) from None

    def compare(prompt: str, variants: list[str], system_prompt: str = "", max_new_tokens: int = 128,
                temperature: float = 0.0, top_p: float = 1.0, top_k: int = 0, repetition_penalty: float = 1.0,
                seed: int | None = None, task: str = "", fields: dict | None = None) -> Iterator[dict]:
        """Stream the same prompt through every variant; yields {variant name: text so far}.

        With ``task`` (e.g. "linkedin_post") and ``fields`` ({"theme": ..., ...}) the prompt is built
        from the task's fields instead, and ``prompt`` may be empty."""
        for outputs, _ in _stream(prompt, variants, system_prompt, max_new_tokens, temperature, top_p, top_k,
                                  repetition_penalty, seed, task, fields):
            yield {o.variant: o.text for o in outputs}

    def compare_full(prompt: str, variants: list[str], system_prompt: str = "", max_new_tokens: int = 128,
                     temperature: float = 0.0, top_p: float = 1.0, top_k: int = 0, repetition_penalty: float = 1.0,
                     seed: int | None = None, task: str = "", fields: dict | None = None) -> Iterator[dict]:
        """Like /compare, with tokens, time to first token, tokens/s and finish reason per variant, and the seed."""
        for outputs, params in _stream(prompt, variants, system_prompt, max_new_tokens, temperature, top_p, top_k,
                                       repetition_penalty, seed, task, fields):
            yield {"seed": params.seed, "variants": {o.variant: o.to_dict() for o in outputs}}

    shared = {"concurrency_id": "generate", "concurrency_limit": LIMITS.concurrency}
    gr.api(variants, api_name="variants")
    gr.api(compare, api_name="compare", **shared)
    gr.api(compare_full, api_name="compare_full", **shared)
