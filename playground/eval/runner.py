"""Running an evaluation: every held-out row through every variant, batched, then scored, timed and compared.

``run_eval(engine, EvalConfig(task="domain_qa", variants=["base", "qa-r8"]))`` loads the task's test
split (or an uploaded JSONL/CSV, see :func:`playground.eval.data.load_rows`), runs every row through
every variant with the same prompt and greedy settings, and returns an
:class:`~playground.eval.report.EvalResult`. Rows x variants are batched into as few ``engine.generate``
calls as memory allows (a call that runs out of memory or hits the wall-clock cap is split in halves and
rerun). An optional latency mode repeats single requests for honest per-example p50/p95.

Only the engine interface (:mod:`playground.core.engine`) is used, so this runs on any backend; the
deployment's limits are ``engine.limits``. The CLI is ``python -m playground.eval``; the UI is
``playground/web/tabs/eval.py``, the API ``/evaluate``: both call :func:`prepare_rows`, then
:func:`run_eval_steps`.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Iterator, Sequence

import numpy as np

from playground.core.engine import Engine
from playground.core.limits import Limits
from playground.core.messages import Messages
from playground.core.types import BASE, GenerationParams, RequestError, Row, VariantOutput, check_known
from playground.eval.config import EvalConfig
from playground.eval.data import DataError, EvalRow, load_rows
from playground.eval.metrics import compute_all
from playground.eval.report import EvalResult, VariantReport, compare_to_base
from playground.eval.stats import percentile

Progress = Callable[[int, int], None]


def prepare_rows(config: EvalConfig, limits: Limits) -> list[EvalRow]:
    """What an entry point does before it starts a run: check the config against ``limits``, load its rows,
    and refuse a run over the work budget (:func:`check_eval_budget`)."""
    config.check(limits)
    rows = load_rows(config.data_path, config.task_obj, config.limit, limits=limits)
    check_eval_budget(config, rows, limits)
    return rows


def check_eval_budget(config: EvalConfig, rows: Sequence[EvalRow], limits: Limits) -> None:
    """Refuse a run whose work ((rows + latency runs) x variants x new tokens) is over ``max_eval_tokens``."""
    count, variants, tokens = len(rows) + config.latency_runs, len(config.variants), config.new_tokens
    work, limit = count * variants * tokens, limits.max_eval_tokens
    if limit and work > limit:
        raise RequestError(Messages.EVAL_TOO_BIG.format(rows=count, variants=variants, tokens=tokens, work=work,
                                                        limit=limit))


def run_eval_steps(engine: Engine, config: EvalConfig, rows: list[EvalRow],
                   every_s: float = 0.5) -> Iterator[tuple[int, int, EvalResult | None]]:
    """:func:`run_eval` on a thread of its own: yields ``(done, total, None)`` every ``every_s`` while it runs,
    then ``(total, total, result)``. Closing the generator early (Stop, ``Job.cancel()``, a client that left)
    cancels the run at its next generation step.

    The first yield comes before the run starts: gradio can close a generator only once its first step has
    returned, so a cancel that arrived during a long first step would leave the run going, unowned."""
    config.check(engine.limits)
    counts = {"done": 0, "total": 1}
    yield 0, len(rows) * len(config.variants), None
    cancel = threading.Event()
    box: dict = {}

    def work() -> None:
        try:
            box["result"] = run_eval(engine, config, rows=rows, cancel=cancel,
                                     progress=lambda done, total: counts.update(done=done, total=total))
        except BaseException as err:  # handed to the caller's thread below
            box["error"] = err

    thread = threading.Thread(target=work, name="eval-run", daemon=True)
    thread.start()
    try:
        while thread.is_alive():
            thread.join(every_s)
            if thread.is_alive():
                yield counts["done"], counts["total"], None
    finally:
        cancel.set()
    if "error" in box:
        raise box["error"]
    yield counts["total"], counts["total"], box["result"]


def run_eval(engine: Engine, config: EvalConfig, progress: Progress | None = None,
             rows: list[EvalRow] | None = None, cancel: threading.Event | None = None) -> EvalResult:
    """Run every row through every variant (greedy, same prompts), score, time and compare.

    ``rows`` defaults to the config's data file; the config is checked against ``engine.limits`` first."""
    config.check(engine.limits)
    check_known(config.variants, engine.variants)
    if rows is None:
        rows = load_rows(config.data_path, config.task_obj, config.limit, limits=engine.limits)
    elif config.limit:
        rows = rows[: config.limit]
    if not rows:
        raise DataError(Messages.DATA_EMPTY.format(name=config.data_path.name))
    metrics, variants = config.metric_names, config.variants
    params = config.greedy_params()
    cancel = cancel or threading.Event()
    total = len(rows) * len(variants) + config.latency_runs * len(variants)
    tick = _Ticker(progress, total)

    was_reset = engine.reset_peak_memory()
    started = time.perf_counter()
    outputs, calls = generate_batched(engine, rows, variants, params, config.rows_per_call, tick, cancel)
    wall_s = time.perf_counter() - started
    peak = engine.peak_memory(was_reset)

    references = [list(row.references) for row in rows]
    reports: dict[str, VariantReport] = {}
    for v_index, name in enumerate(variants):
        outs = [outputs[(r_index, v_index)] for r_index in range(len(rows))]
        scored = compute_all(metrics, [o.text for o in outs], references)
        produced = [o for o in outs if o.tokens]
        elapsed = [o.elapsed_s for o in outs]
        reports[name] = VariantReport(
            name=name, outputs=outs,
            scores={m: scored[m].score for m in metrics},
            per_row={m: list(scored[m].per_row) for m in metrics},
            latency={"mode": "batched", "p50_s": percentile(elapsed, 50), "p95_s": percentile(elapsed, 95),
                     "mean_s": float(np.mean(elapsed))},
            ttft_p50_s=percentile([o.ttft_s for o in produced], 50),
            tokens_per_s=sum(o.tokens for o in outs) / max(sum(elapsed), 1e-9),
            mean_tokens=float(np.mean([o.tokens for o in outs])),
            peak_memory_mb=peak.mb,
        )
    if config.latency_runs:
        for name in variants:
            reports[name].single = measure_latency(engine, rows, name, params, config.latency_runs, tick, cancel)

    primary = config.primary_metric
    comparisons = {}
    if BASE in reports:
        comparisons = {name: compare_to_base(reports[name], reports[BASE], metrics, primary)
                       for name in variants if name != BASE}
    return EvalResult(
        config=config, rows=list(rows), reports=reports, comparisons=comparisons, metrics=metrics,
        primary_metric=primary, max_new_tokens=params.max_new_tokens, memory_kind=peak.kind, wall_s=wall_s,
        generate_calls=calls, device=engine.info.device, base_model=engine.info.description,
    )


class _CallCancel(threading.Event):
    """A per-call event that also reads as set once the whole run is cancelled.

    ``Engine.stream`` sets its event when a call ends, so one run-wide event cannot be
    handed to every call; each call gets its own, linked to the run's.
    """

    def __init__(self, run: threading.Event):
        super().__init__()
        self.run = run

    def is_set(self) -> bool:
        return super().is_set() or self.run.is_set()


class _Ticker:
    """Counts finished generations and forwards them to the progress callback."""

    def __init__(self, progress: Progress | None, total: int):
        self.progress, self.total, self.done = progress, total, 0

    def __call__(self, count: int) -> None:
        self.done += count
        if self.progress:
            self.progress(self.done, self.total)


def generate_batched(engine: Engine, rows: Sequence[EvalRow], variants: Sequence[str], params: GenerationParams,
                     batch_rows: int, tick: Callable[[int], None] = lambda n: None,
                     cancel: threading.Event | None = None) -> tuple[dict[tuple[int, int], VariantOutput], int]:
    """Outputs keyed by (row index, variant index), and how many generate calls it took.

    Rows are sorted by prompt length so each call pads little; each call holds up to
    ``batch_rows`` rows, each with every variant. A call that runs out of memory or past
    the wall-clock cap is split in halves and rerun, and later calls use the smaller size.
    """
    cancel = cancel or threading.Event()
    lengths = [engine.count_tokens(row.messages) for row in rows]
    order = sorted(range(len(rows)), key=lambda i: lengths[i])
    pairs = [(r, v) for r in order for v in range(len(variants))]
    size = batch_rows * len(variants)
    results: dict[tuple[int, int], VariantOutput] = {}
    calls = 0
    pending = [pairs[i:i + size] for i in range(0, len(pairs), size)]
    while pending:
        chunk = pending.pop(0)
        if cancel.is_set():
            raise RequestError(Messages.EVAL_STOPPED)
        batch = [Row(variants[v], rows[r].messages) for r, v in chunk]
        calls += 1
        try:
            outs = engine.generate(batch, params, _CallCancel(cancel))
        except RuntimeError as err:
            if "out of memory" not in str(err).lower() or len(chunk) == 1:
                raise
            engine.free_memory()
            pending[:0] = _halves(chunk)
            size = max(1, len(chunk) // 2)
            pending = _rechunk(pending, size)
            continue
        reasons = {o.finish_reason for o in outs}
        if cancel.is_set():
            raise RequestError(Messages.EVAL_STOPPED)
        if "timeout" in reasons and len(chunk) > 1:
            pending[:0] = _halves(chunk)
            continue
        results.update(zip(chunk, outs))
        tick(len(chunk))
    return results, calls


def _halves(chunk: list) -> list[list]:
    middle = math.ceil(len(chunk) / 2)
    return [chunk[:middle], chunk[middle:]]


def _rechunk(chunks: list[list], size: int) -> list[list]:
    flat = [pair for chunk in chunks for pair in chunk]
    return [flat[i:i + size] for i in range(0, len(flat), size)]


def measure_latency(engine: Engine, rows: Sequence[EvalRow], variant: str, params: GenerationParams, runs: int,
                    tick: Callable[[int], None] = lambda n: None, cancel: threading.Event | None = None) -> dict:
    """Latency mode: ``runs`` single requests (one row, this variant), cycling through the rows."""
    cancel = cancel or threading.Event()
    was_reset = engine.reset_peak_memory()
    walls, ttfts, tokens, elapsed = [], [], 0, 0.0
    for i in range(runs):
        if cancel.is_set():
            raise RequestError(Messages.EVAL_STOPPED)
        row = rows[i % len(rows)]
        started = time.perf_counter()
        out = engine.generate([Row(variant, row.messages)], params, _CallCancel(cancel))[0]
        walls.append(time.perf_counter() - started)
        if out.ttft_s is not None:
            ttfts.append(out.ttft_s)
        tokens += out.tokens
        elapsed += out.elapsed_s
        tick(1)
    peak = engine.peak_memory(was_reset)
    return {"mode": "single", "runs": runs, "p50_s": percentile(walls, 50), "p95_s": percentile(walls, 95),
            "mean_s": float(np.mean(walls)), "ttft_p50_s": percentile(ttfts, 50),
            "tokens_per_s": tokens / elapsed if elapsed > 0 else 0.0, "peak_memory_mb": peak.mb}
