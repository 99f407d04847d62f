"""Benchmark on a CUDA GPU: N variants batched vs one after another, one-pass LoRA vs per-adapter, vs PEFT.

    python bench/gpu.py [--tokens 32] [--repeats 3] [--rounds 5] [--no-peft]

The GPU counterpart of bench/compare.py (which measures the CPU paths): the embedded base at nf4
(bitsandbytes on CUDA, compute bf16) with the shipped adapters. A decode step of this small model
is bound by kernel launches, so the table also counts them. Every figure comes from this one run;
the output is committed in bench/results/gpu.txt.
"""

from __future__ import annotations

import argparse
import functools
import statistics
import sys
from pathlib import Path

import torch
from torch.profiler import ProfilerActivity, profile

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from compare import PROMPT, SIZES, Rounds, adapter_sets, peft_mixed_batch, timed  # noqa: E402

from playground.core.config import REPO_ROOT, ModelConfig  # noqa: E402
from playground.core.types import GenerationParams, Row  # noqa: E402
from playground.local.adapters import scan  # noqa: E402
from playground.local.engine import LocalEngine  # noqa: E402
from playground.local.model import load_base  # noqa: E402
from playground.local.worker import ModelWorker  # noqa: E402
from playground.services.requests import prompt_messages  # noqa: E402


def launches(run) -> int:
    """CUDA kernel launches of one run, counted by the profiler (it records the model thread too)."""
    with profile(activities=[ProfilerActivity.CPU, ProfilerActivity.CUDA]) as prof:
        run()
    return sum(e.count for e in prof.key_averages() if e.key.startswith(("cudaLaunchKernel", "cuLaunchKernel")))


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tokens", type=int, default=32)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=5, help="rounds of the interleaved 4-vs-1 comparison")
    parser.add_argument("--no-peft", dest="peft", action="store_false", help="skip PEFT's mixed batch")
    args = parser.parse_args(argv)
    if not torch.cuda.is_available():
        sys.exit("bench/gpu.py needs a CUDA GPU (bench/compare.py measures the CPU)")

    worker = ModelWorker()
    config = ModelConfig(base="embedded", quantization="nf4")
    base = worker.call(load_base, config)
    adapters = worker.call(scan, REPO_ROOT / "adapters", [], base.model, base.model_id).loaded
    engine = LocalEngine(base, adapters, worker=worker)
    multi = engine.multi
    names = [a.name for a in adapters]
    messages = prompt_messages(PROMPT, None, engine.limits)
    engine.eos_ids = set()  # every row runs the same number of steps
    params = GenerationParams(max_new_tokens=args.tokens)
    stack_dtype = multi.stack_dtype

    def generate(variants, stacked=True):
        multi.stack_dtype = stack_dtype if stacked else None
        engine.generate([Row(v, messages) for v in variants], params)
        multi.stack_dtype = stack_dtype
        torch.cuda.synchronize()

    variants_for = {n: (["base", *names])[:n] for n in SIZES}
    generate(variants_for[8])  # warm-up (stacks built, cuBLAS initialised)
    generate(variants_for[8], stacked=False)
    torch.cuda.reset_peak_memory_stats()
    say = functools.partial(print, flush=True)  # row by row: a run cut short still reports what it measured
    say(f"# bench/gpu.py — {args.tokens} new tokens per variant, greedy, embedded SmolLM2-135M at nf4 "
        f"(bitsandbytes on CUDA, compute {str(base.dtype).removeprefix('torch.')})")
    say(f"# {torch.cuda.get_device_name()}, torch {torch.__version__}; adapters: the {len(adapters)} shipped; "
        f"median of {args.repeats}")
    say()
    say(f"4 variants against 1, {args.rounds} rounds of interleaved runs (target <= 1.5x):")
    say()
    say("| 4 variants = base + | 4 variants | base alone | ratio | first adapter alone | ratio "
        "| 4 variants, per-adapter matmuls | ratio to base |")
    say("|---|---:|---:|---:|---:|---:|---:|---:|")
    for label, group in adapter_sets(adapters).items():
        t = Rounds({"base": lambda: generate(["base"]), "one": lambda g=group: generate([g[0]]),
                    "four": lambda g=group: generate(["base", *g]),
                    "per-adapter": lambda g=group: generate(["base", *g], stacked=False)}, args.rounds)
        say(f"| {', '.join(group)} ({label}) | {t['four']:.2f} s | {t['base']:.2f} s "
            f"| {t.ratio('four', 'base'):.2f}x | {t['one']:.2f} s | {t.ratio('four', 'one'):.2f}x "
            f"| {t['per-adapter']:.2f} s | {t.ratio('per-adapter', 'base'):.2f}x |")
    say()
    say("| variants | batched, one-pass LoRA | per-adapter matmuls | one after another | speed-up | vs 1 variant |")
    say("|---:|---:|---:|---:|---:|---:|")
    batched = {}
    for n in SIZES:
        batched[n] = statistics.median(timed(lambda: generate(variants_for[n])) for _ in range(args.repeats))
        per_adapter = statistics.median(timed(lambda: generate(variants_for[n], False)) for _ in range(args.repeats))
        sequential = sum(timed(lambda v=v: generate([v])) for v in variants_for[n])
        say(f"| {n} | {batched[n]:.2f} s | {per_adapter:.2f} s | {sequential:.2f} s | {sequential / batched[n]:.2f}x "
            f"| {batched[n] / batched[1]:.2f}x |")
    say()
    say(f"single stream, base: {args.tokens / batched[1]:.1f} tok/s; peak GPU memory "
        f"{torch.cuda.max_memory_allocated() / 2**20:.0f} MiB (base, adapters, stacks, KV caches)")
    if args.peft:
        ids = engine.encode(messages)
        peft = worker.call(peft_mixed_batch, config, [Path(a.source) for a in adapters], names, ids, args.tokens,
                           args.repeats)
        say()
        say("| variants | PEFT mixed batch | ours vs PEFT |")
        say("|---:|---:|---:|")
        for n in SIZES:
            say(f"| {n} | {peft[n]:.2f} s | {peft[n] / batched[n]:.2f}x |")
    # Last: once the profiler has hooked CUDA launches, later runs are slower (seen: 2 variants 4.6 s instead of 1.5 s).
    say()
    say("| variants | kernel launches per step, one-pass LoRA | per-adapter matmuls |")
    say("|---:|---:|---:|")
    for n in SIZES:
        counts = [launches(lambda s=stacked: generate(variants_for[n], s)) / args.tokens for stacked in (True, False)]
        say(f"| {n} | {counts[0]:.0f} | {counts[1]:.0f} |")


if __name__ == "__main__":
    main()
