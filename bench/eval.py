"""Benchmark: the batched eval runner vs a per-example loop, on the same rows, comparing greedy outputs.

    python bench/eval.py [--rows 32] [--task domain_qa] [--batch-rows 64] [--threads N] [--quantization nf4,none]

The per-example loop is the original card's method: one ``generate`` per row per variant.
The batched runner is ``playground.eval.runner.run_eval`` (rows x variants in few calls).
Both run on the embedded base with base + one adapter (a shipped adapter of the task when
there is one, else a random r8 adapter), once per quantization asked for. Each run prints
examples/s for both methods and how many greedy outputs are identical; where one differs,
the token where it first does and how close the two choices were. With an unquantized base
(``none``) every output must be identical (asserted). With nf4 on CPU, bitsandbytes' kernel
makes a row's logits depend on the batch around it (padding, batch size) by up to ~0.3, so
near-ties can flip: counted, not asserted. The output is committed in bench/results/eval.txt.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.machine import cpu_model  # noqa: E402
from playground.core.config import HUB_BASE_ID, REPO_ROOT, ModelConfig, default_cache_dir  # noqa: E402
from playground.core.types import GenerationParams, Row  # noqa: E402
from playground.eval.config import EvalConfig  # noqa: E402
from playground.eval.runner import run_eval  # noqa: E402
from playground.features.divergence import first_divergence  # noqa: E402
from playground.local.adapters import scan  # noqa: E402
from playground.local.decode import logits_processors  # noqa: E402
from playground.local.engine import LocalEngine  # noqa: E402
from playground.local.model import embedded_cache, load_base  # noqa: E402
from playground.local.worker import ModelWorker  # noqa: E402


def make_adapter(folder: Path) -> None:
    from transformers import AutoModelForCausalLM

    from playground.local.synthetic_adapter import write_random_adapter

    plain = AutoModelForCausalLM.from_pretrained(embedded_cache(default_cache_dir()), dtype=torch.float32)
    write_random_adapter(plain, folder / "random-r8", rank=8, alpha=16, seed=0, scale=0.6, base_id=HUB_BASE_ID)


def pick_adapter(worker: ModelWorker, base, task: str):
    """A shipped adapter for the task, else any shipped one, else a random one."""
    shipped = worker.call(scan, REPO_ROOT / "adapters", [], base.model, base.model_id).loaded
    for adapter in shipped:
        if adapter.task == task:
            return adapter, "shipped, trained for the task"
    if shipped:
        return shipped[0], f"shipped, trained for {shipped[0].task or 'another task'}"
    tmp = Path(tempfile.mkdtemp(prefix="bench-eval-"))
    worker.call(make_adapter, tmp)
    return worker.call(scan, tmp, [], base.model, base.model_id).loaded[0], "random r8 (no shipped adapter)"


def logit_gap(engine: LocalEngine, variant: str, messages, prefix: list[int], a: int, b: int,
              params: GenerationParams) -> float:
    """How far apart tokens a and b score after the shared prefix, on a batch of one, after the decoding's own
    logits processors (the repetition penalty): a float near-tie if tiny."""
    def run():
        ids = torch.tensor([engine.encode(messages) + prefix], device=engine.multi.device)
        with engine.multi.route([variant]), torch.inference_mode():
            logits = engine.base.model(ids).logits[:, -1].float()
        scores = logits_processors(params)(ids, logits)[0]
        return abs(scores[a] - scores[b]).item()
    return engine.worker.call(run)


def measure(args, quantization: str, worker: ModelWorker) -> None:
    """Load the base at this quantization, run both methods, print the figures and the differences."""
    load_before = os.getloadavg()[0]  # other processes on the machine skew every figure
    base = worker.call(load_base, ModelConfig(base="embedded", quantization=quantization))
    adapter, origin = pick_adapter(worker, base, args.task)
    engine = LocalEngine(base, [adapter], worker=worker)
    config = EvalConfig(task=args.task, variants=["base", adapter.name], limit=args.rows, batch_rows=args.batch_rows)
    params = config.greedy_params()  # as the runner decodes (the task's repetition penalty too)

    run_eval(engine, EvalConfig(task=args.task, variants=["base"], limit=1))  # warm-up (model + metrics)
    batched_runs = []  # the first run of a batch size is slower (its shapes are new): median of 3
    for _ in range(3):
        started = time.perf_counter()
        result = run_eval(engine, config)
        batched_runs.append(time.perf_counter() - started)
    batched_s = statistics.median(batched_runs)

    loop_ids = {}
    started = time.perf_counter()
    for i, row in enumerate(result.rows):
        for name in config.variants:
            loop_ids[(i, name)] = engine.generate([Row(name, row.messages)], params)[0].token_ids
    loop_s = time.perf_counter() - started

    examples = len(result.rows) * len(config.variants)
    mismatches = [(i, name) for (i, name), ids in loop_ids.items() if result.reports[name].outputs[i].token_ids != ids]
    tokens = {name: sum(o.tokens for o in r.outputs) for name, r in result.reports.items()}

    print(f"## base at {base.quantization} (compute {str(base.dtype).removeprefix('torch.')})")
    print(f"# {args.task} test, {len(result.rows)} rows x {len(config.variants)} variants "
          f"(base + {adapter.name}: {origin}), greedy, max {config.new_tokens} new tokens")
    print(f"# machine: {platform.machine()} ({cpu_model()}), {os.cpu_count()} cores, "
          f"{worker.call(torch.get_num_threads)} torch threads, torch {torch.__version__}; "
          f"load average before/after: {load_before:.1f}/{os.getloadavg()[0]:.1f}")
    print("# new tokens generated: " + ", ".join(f"{k} {v}" for k, v in tokens.items()))
    print()
    print("| method | generate calls | time | examples/s |")
    print("|---|---:|---:|---:|")
    print(f"| per-example loop (one generate per row per variant) | {examples} | {loop_s:.1f} s "
          f"| {examples / loop_s:.2f} |")
    print(f"| batched runner (run_eval, {config.rows_per_call} rows x {len(config.variants)} variants per call, "
          f"incl. scoring; median of {', '.join(f'{t:.1f}' for t in batched_runs)} s) | {result.generate_calls} "
          f"| {batched_s:.1f} s | {examples / batched_s:.2f} |")
    print()
    print(f"speed-up: {loop_s / batched_s:.2f}x (target >= 5x)")
    print(f"identical greedy outputs: {examples - len(mismatches)}/{examples}")
    for i, name in mismatches:
        alone, batched = loop_ids[(i, name)], result.reports[name].outputs[i].token_ids
        k = first_divergence(alone, batched)  # the two differ, so never None
        gap = logit_gap(engine, name, result.rows[i].messages, alone[:k], alone[k], batched[k], params) \
            if k < min(len(alone), len(batched)) else float("nan")
        print(f"  row {result.rows[i].number} {name}: first differs at new token {k} "
              f"(gap between the two choices' scores, as decoded, on a batch of one: {gap:.4f})")
    print()
    print(result.markdown_table())
    if result.comparisons:
        print()
        print(result.comparison_table())
    print(flush=True)
    if quantization == "none":
        assert not mismatches, f"batched and per-example outputs differ for (row, variant): {mismatches}"


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--task", default="domain_qa")
    parser.add_argument("--rows", type=int, default=32)
    parser.add_argument("--batch-rows", type=int, default=EvalConfig.batch_rows)
    parser.add_argument("--threads", type=int, default=None,
                        help="torch threads (default: torch's choice, as in the app); 1 keeps a busy machine fair")
    parser.add_argument("--quantization", default="nf4,none",
                        help="comma-separated: nf4 (the app's default), int8, none")
    args = parser.parse_args(argv)
    print(f"# bench/eval.py {' '.join(argv if argv is not None else sys.argv[1:])}".rstrip())
    print()
    # One model thread for every quantization: a second thread running torch ops would slow
    # OpenMP for the later measurements (see playground/local/worker.py).
    worker = ModelWorker()
    if args.threads:
        worker.call(torch.set_num_threads, args.threads)
    for quantization in args.quantization.split(","):
        measure(args, quantization.strip(), worker)
        worker.call(gc.collect)  # let the previous base go before the next one loads


if __name__ == "__main__":
    main()
