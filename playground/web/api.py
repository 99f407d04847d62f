"""Every public endpoint, the ``gradio_client`` contract, declared in this one module (see the README for calls).

``/variants`` lists what can be compared, ``/compare`` streams every variant's text keyed by variant
name, ``/compare_full`` adds per-variant timings and the seed used, ``/divergence`` returns the
token-level comparison with the base, ``/merge`` builds a weighted merge of adapters, ``/chat`` sends one
turn of a multi-turn chat, ``/evaluate`` scores variants on a task split, and ``/arena_battle``,
``/arena_vote``, ``/leaderboard`` and ``/arena_export`` run the blind arena. Each endpoint parses its
arguments and calls the service layer (:mod:`playground.services`); ``@reports_errors`` turns a refusal
into the ``gr.Error`` the client sees. The tabs' own events are UI-only and hidden from the API.
"""

from __future__ import annotations

from collections.abc import Iterator

import gradio as gr
from gradio.context import LocalContext
from gradio.data_classes import FileData

from playground.core.messages import Messages
from playground.core.types import BASE, DEFAULT_MAX_NEW_TOKENS, GenerationParams, check_budget
from playground.eval.config import EvalConfig
from playground.eval.data import DataError
from playground.eval.runner import prepare_rows, run_eval_steps
from playground.features.chat import Chat, stream_turn
from playground.features.divergence import divergences
from playground.features.ratelimit import client_key
from playground.features.tasks import EVAL_SPLITS
from playground.services.battles import (
    MAX_NEW_TOKENS,
    battle_stream,
    cast_vote,
    leaderboard_rows,
    revealed,
    task_filter,
)
from playground.services.context import Playground
from playground.services.merges import merge_adapters
from playground.services.requests import build_rows, check_variants, variant_names
from playground.web.errors import reports_errors
from playground.web.fairness import generation_pool
from playground.web.files import uploaded_path
from playground.web.pacing import paced
from playground.web.tabs.eval import as_int


def register_api(app: Playground) -> None:
    """Declare every public endpoint inside the current ``gr.Blocks`` (the one place they are declared)."""
    _register_generation(app)
    _register_adapters(app)
    _register_chat(app)
    _register_eval(app)
    _register_arena(app)


def _register_generation(app: Playground) -> None:
    """``/variants``, ``/compare``, ``/compare_full``, ``/divergence`` and ``/merge``."""

    def variants(request: gr.Request = None) -> list[dict]:
        """Every variant (base, adapters, rejected adapters with the reason) and its metadata; an adapter added
        in this session is listed for this session only (unless the app shares added adapters). The base's row
        also holds ``features``: the backend's feature matrix, ``{feature: {"available", "note"}}`` for
        strength, divergence, merge and add_adapter."""
        engine = app.engine_for(request)
        rows = [info.to_dict() for info in engine.describe_variants()]
        for row in rows:
            if row["kind"] == "base":
                row["features"] = engine.capabilities.features()
        return rows

    def _stream(prompt, variants, system_prompt, max_new_tokens, temperature, top_p, top_k, repetition_penalty, seed,
                task, fields, request, strengths=None):
        app.rate.check(request)
        engine = app.engine_for(request)
        rows = build_rows(engine, prompt, system_prompt, variants, task or "", fields, strengths)
        params = GenerationParams.from_user(max_new_tokens, temperature, top_p, top_k, repetition_penalty, seed)
        check_budget(len(rows), params, app.limits)
        params = params.with_seed()
        for outputs in paced(engine.stream(rows, params)):
            yield outputs, params

    @reports_errors
    def compare(prompt: str, variants: list[str], system_prompt: str = "",
                max_new_tokens: int = DEFAULT_MAX_NEW_TOKENS,
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
    def compare_full(prompt: str, variants: list[str], system_prompt: str = "",
                     max_new_tokens: int = DEFAULT_MAX_NEW_TOKENS,
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
        app.rate.check(request)
        engine = app.engine_for(request)
        check_variants(engine, variants)  # a list of names, before 'base' is put in front
        variants = [BASE, *[v for v in variants if v != BASE]]
        rows = build_rows(engine, prompt, system_prompt, variants, task or "", fields, strengths)
        params = GenerationParams.from_user(max_new_tokens, 0.0, 1.0, 0, 1.0, 0)
        check_budget(len(rows), params, app.limits)
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
        on its rank, on the saved merges or on the memory of all adapters (playground/core/limits.py)."""
        app.rate.check(request)
        return merge_adapters(app.engine_for(request), app.data_dir / "merges", name, adapters, weights, combination, density).to_dict()

    gr.api(variants, api_name="variants")
    gr.api(compare, api_name="compare", **generation_pool(app.limits))
    gr.api(compare_full, api_name="compare_full", **generation_pool(app.limits))
    gr.api(divergence, api_name="divergence", **generation_pool(app.limits))
    gr.api(merge, api_name="merge", **generation_pool(app.limits))


def _register_adapters(app: Playground) -> None:
    """``/add_adapter`` and ``/remove_adapter``: a visitor's own adapters, while the app runs."""

    @reports_errors
    def add_adapter(source: str = "", files: list[FileData] | None = None, revision: str = "", name: str = "",
                    request: gr.Request = None) -> dict:
        """Add a PEFT LoRA adapter for this session: a Hub id in ``source`` (``revision``: a branch, tag or
        commit), or ``files`` (``gradio_client.handle_file``): one .zip of a PEFT folder, or adapter_config.json +
        adapter_model.safetensors (+ README.md). ``name`` defaults to the folder's or repo's. Returns its
        /variants row, plus "unloaded": added adapters unloaded to make room (they reload when used). The
        adapter is usable by this session in /compare, /chat, /divergence and /evaluate."""
        app.rate.check(request)
        info, unloaded = app.add_adapter(request, source, [uploaded_path(f) for f in files or []], revision, name)
        return {**info.to_dict(), "unloaded": unloaded}

    @reports_errors
    def remove_adapter(name: str, request: gr.Request = None) -> list[dict]:
        """Remove an adapter added in this session; returns /variants as this session now sees it."""
        app.engine_for(request).remove_adapter(name)
        return [info.to_dict() for info in app.engine_for(request).describe_variants()]

    gr.api(add_adapter, api_name="add_adapter", **generation_pool(app.limits))
    gr.api(remove_adapter, api_name="remove_adapter", **generation_pool(app.limits))  # on the model thread


def _register_chat(app: Playground) -> None:
    """Declare ``/chat`` inside the current ``gr.Blocks``."""

    @reports_errors
    def chat(message: str, variants: list[str], history: dict[str, list[dict]] | None = None,
             system_prompt: str = "", max_new_tokens: int = DEFAULT_MAX_NEW_TOKENS, temperature: float = 0.0,
             top_p: float = 1.0, top_k: int = 0, repetition_penalty: float = 1.0, seed: int | None = None,
             request: gr.Request = None) -> Iterator[dict]:
        """Send one message to every variant's conversation; streams {"seed", "histories", "finish_reasons"}.

        ``history`` is the "histories" of the previous call (None starts a new chat): for each variant its
        {"role", "content"} messages. Each update holds every variant's history with the new reply so far;
        a finish reason of "" means still streaming, "stopped"/"timeout" mean the reply is partial."""
        app.rate.check(request)
        engine = app.engine_for(request)
        variants = check_variants(engine, variants)
        pending = Chat.from_histories(history, variants, app.limits).ask(message)
        params = GenerationParams.from_user(max_new_tokens, temperature, top_p, top_k, repetition_penalty, seed)
        check_budget(len(variants), params, app.limits)
        params = params.with_seed()
        for turn, outputs in stream_turn(engine, pending, system_prompt, params):
            yield {"seed": params.seed, "histories": turn.to_dict(),
                   "finish_reasons": {o.variant: o.finish_reason for o in outputs}}

    gr.api(chat, api_name="chat", **generation_pool(app.limits))


def _register_eval(app: Playground) -> None:
    """Declare ``/evaluate`` inside the current ``gr.Blocks``."""

    @reports_errors
    def evaluate(task: str, variants: list[str], split: str = "test", limit: int = 20,
                 metrics: list[str] | None = None) -> Iterator[dict]:
        """Evaluate the variants on the first `limit` rows of a task split.

        Streams {"done", "total"} about twice a second while it runs, then the results JSON (what
        ``predict`` returns). ``Job.cancel()`` or a client that goes away stops it at the next batch."""
        request = LocalContext.request.get(None)
        app.rate.check(request)
        engine = app.engine_for(request)
        if split not in EVAL_SPLITS:
            raise DataError(Messages.EVAL_BAD_SPLIT.format(split=split, splits=", ".join(EVAL_SPLITS)))
        config = EvalConfig(task=task or None, split=split, variants=variant_names(variants),
                            metrics=list(metrics) if metrics else None, limit=as_int(limit))
        rows = prepare_rows(config, engine.limits)
        for done, total, result in run_eval_steps(engine, config, rows):
            yield {"done": done, "total": total} if result is None else result.to_dict()

    gr.api(evaluate, api_name="evaluate", **generation_pool(app.limits))


def _register_arena(app: Playground) -> None:
    """Declare ``/arena_battle``, ``/arena_vote``, ``/leaderboard`` and ``/arena_export`` in the current Blocks."""
    engine, store, policy = app.public_engine, app.store, app.policy  # battles draw from everyone's variants

    def client(request: gr.Request | None) -> str:
        return client_key(request, trust_forwarded=policy.trust_forwarded)

    @reports_errors
    def arena_battle(prompt: str = "", task: str = "", fields: dict | None = None,
                     max_new_tokens: int = MAX_NEW_TOKENS, session_id: str = "",
                     request: gr.Request = None) -> Iterator[dict]:
        """Start a blind battle: two variants drawn at random answer the prompt (or the task's fields).

        Streams {"battle_id", "a": Model A's text so far, "b": Model B's text so far, "done"}; the names
        stay hidden until /arena_vote. With ``task``, the pair comes from base + that task's adapters.
        The server picks the sampling (temperature 0.7, top-p 0.95) and a secret seed; /arena_vote reveals
        them. ``session_id`` is ignored (accepted so that old clients keep working): the server identifies
        the client itself, and only that client can vote on the battle."""
        app.rate.check(request)
        for update in battle_stream(engine, store, prompt, task, fields, max_new_tokens, client(request)):
            yield update.to_dict()

    @reports_errors
    def arena_vote(battle_id: str, choice: str, session_id: str = "", request: gr.Request = None) -> dict:
        """Vote on a finished battle you started: choice is "a", "b", "tie" or "both_bad".

        Returns {"a": Model A's name, "b": Model B's name, "choice", "vote_id", "seed", "settings"} (the
        sampling settings and seed the server chose). One vote per battle, a limited number per client and
        hour. ``session_id`` is ignored (accepted so that old clients keep working)."""
        return revealed(cast_vote(store, battle_id, choice, client(request), app.votes))

    @reports_errors
    def leaderboard_api(task: str = "") -> list[dict]:
        """Ratings (Bradley-Terry, Elo scale) with 95% bootstrap intervals, win rate and record per variant.

        Rows {"rank", "variant", "rating", "ci_low", "ci_high", "win_rate", "battles", "wins", "ties",
        "losses"}, best first; ``task`` keeps only that task's battles."""
        return leaderboard_rows(store, task_filter(task))

    @reports_errors
    def arena_export(kind: str = "votes", task: str = "", admin_token: str = "") -> list[dict]:
        """The stored votes: kind "votes" (one full record per vote) or "dpo" ({"prompt", "chosen", "rejected"}
        per vote with a winner; ties and "both bad" give no pair). No client ids.

        They hold other visitors' prompts and outputs, so they are for the operator: when the server has
        PLAYGROUND_ADMIN_TOKEN, ``admin_token`` must match it; on a public Space without one, exports are off."""
        policy.check_export(admin_token)
        return store.export_rows(kind, task_filter(task) or None)

    gr.api(arena_battle, api_name="arena_battle", **generation_pool(app.limits))
    gr.api(arena_vote, api_name="arena_vote")
    gr.api(leaderboard_api, api_name="leaderboard")
    gr.api(arena_export, api_name="arena_export")
