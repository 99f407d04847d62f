"""Typed API endpoints for ``gradio_client`` (see the README for calls).

``/variants`` lists what can be compared, ``/compare`` streams every variant's text keyed
by variant name, ``/compare_full`` adds per-variant timings and the seed used, ``/divergence``
returns the token-level comparison with the base, ``/merge`` builds a weighted merge of adapters.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import gradio as gr

from ..divergence import divergences
from ..engine import Engine
from ..generation import GenerationParams, check_budget
from ..limits import LIMITS
from ..ratelimit import check_rate
from .adapters_tab import merge_adapters
from ..multi_lora import BASE
from .compare import build_rows, check_variants
from .errors import reports_errors


def register_api(engine: Engine, data_dir: str | Path) -> None:
    """Declare the API endpoints inside the current ``gr.Blocks``."""

    def variants() -> list[dict]:
        """Every variant (base, adapters, rejected adapters with the reason) and its metadata."""
        return engine.describe_variants()

    def _stream(prompt, variants, system_prompt, max_new_tokens, temperature, top_p, top_k, repetition_penalty, seed,
                task, fields, request, strengths=None):
        check_rate(request)
        rows = build_rows(engine, prompt, system_prompt, variants, task or "", fields, strengths)
        params = GenerationParams.from_user(max_new_tokens, temperature, top_p, top_k, repetition_penalty, seed)
        check_budget(len(rows), params)
        params = params.with_seed()
        for outputs in engine.stream(rows, params):
            yield outputs, params

    @reports_errors
    def compare(prompt: str, variants: list[str], system_prompt: str = "", max_new_tokens: int = 128,
                temperature: float = 0.0, top_p: float = 1.0, top_k: int = 0, repetition_penalty: float = 1.0,
                seed: int | None = None, task: str = "", fields: dict | None = None,
                strengths: dict | None = None, request: gr.Request = None) -> Iterator[dict]:
        """Stream the same prompt through every variant; yields {variant name: text so far}.

        With ``task`` (e.g. "linkedin_post") and ``fields`` ({"theme": ..., ...}) the prompt is built
        from the task's fields instead, and ``prompt`` may be empty. ``strengths`` ({"adapter": 0.5})
        scales an adapter's LoRA delta for this request only (0 = base, 1 = as trained, up to 2)."""
        for outputs, _ in _stream(prompt, variants, system_prompt, max_new_tokens, temperature, top_p, top_k,
                                  repetition_penalty, seed, task, fields, request, strengths):
            yield {o.variant: o.text for o in outputs}

    @reports_errors
    def compare_full(prompt: str, variants: list[str], system_prompt: str = "", max_new_tokens: int = 128,
                     temperature: float = 0.0, top_p: float = 1.0, top_k: int = 0, repetition_penalty: float = 1.0,
                     seed: int | None = None, task: str = "", fields: dict | None = None,
                     strengths: dict | None = None, request: gr.Request = None) -> Iterator[dict]:
        """Like /compare, with tokens, time to first token, tokens/s and finish reason per variant, and the seed."""
        for outputs, params in _stream(prompt, variants, system_prompt, max_new_tokens, temperature, top_p, top_k,
                                       repetition_penalty, seed, task, fields, request, strengths):
            yield {"seed": params.seed, "variants": {o.variant: o.to_dict() for o in outputs}}

    @reports_errors
    def divergence(prompt: str, variants: list[str], system_prompt: str = "", max_new_tokens: int = 64,
                   task: str = "", fields: dict | None = None, strengths: dict | None = None,
                   request: gr.Request = None) -> dict:
        """Greedy compare against the base, token by token: per variant, the first token where it departs
        from the base's output, and each token's log-probability under the variant and under the base.
        'base' is added to ``variants`` when missing."""
        check_rate(request)
        check_variants(engine, variants)  # a list of names, before 'base' is put in front
        variants = [BASE, *[v for v in variants if v != BASE]]
        rows = build_rows(engine, prompt, system_prompt, variants, task or "", fields, strengths)
        params = GenerationParams.from_user(max_new_tokens, 0.0, 1.0, 0, 1.0, 0)
        check_budget(len(rows), params)
        outputs = engine.generate(rows, params)
        found = divergences(engine, rows, outputs)
        return {"variants": {o.variant: {"text": o.text, **found[o.variant].to_dict()} for o in outputs}}

    @reports_errors
    def merge(name: str, adapters: list[str], weights: list[float] | None = None, combination: str = "linear",
              density: float | None = None, request: gr.Request = None) -> dict:
        """Combine loaded adapters with PEFT's add_weighted_adapter (linear, cat, svd, ties, dare_linear,
        dare_ties, ...), save the result with a model card, and load it as a new variant. Returns its row
        of /variants. ``weights`` defaults to equal weights; ``density`` is for ties/dare/magnitude.
        Refused, with the reason, before anything is built: a bad or taken name, and a merge over the caps
        on its rank, on the saved merges or on the memory of all adapters (playground/limits.py)."""
        check_rate(request)
        adapter = merge_adapters(engine, Path(data_dir) / "merges", name, adapters, weights, combination, density)
        return next(row for row in engine.describe_variants() if row["name"] == adapter.name)

    shared = {"concurrency_id": "generate", "concurrency_limit": LIMITS.concurrency}

    gr.api(variants, api_name="variants")
    gr.api(compare, api_name="compare", **shared)
    gr.api(compare_full, api_name="compare_full", **shared)
    gr.api(divergence, api_name="divergence", **shared)
    gr.api(merge, api_name="merge", **shared)
