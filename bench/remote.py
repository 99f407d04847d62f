"""Benchmark: the playground's own engine and the same app in front of vLLM, in one run, on this machine.

    python bench/remote.py [--tokens 64] [--repeats 3]

Starts vLLM's CPU build (``scripts/vllm_env.sh``; bf16, it runs no 4-bit weights on CPU) with the shipped adapters,
and loads the local engine (embedded base at nf4, our kernels). The same rows go through both engine interfaces
(``LocalEngine`` and ``RemoteEngine``: what Compare, Chat and Eval call): base alone, base + 3 adapters, base + 7
adapters, 64 new tokens, greedy, end tokens ignored (vLLM's ``ignore_eos``), medians of the rounds. The local
engine's rounds run before vLLM starts: vLLM's CPU workers keep polling for a while after each request, which
took half the 2 cores from the local engine when the rounds were interleaved (base alone 20 tok/s instead of 40).
Output committed in bench/results/remote.txt.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.machine import cpu_model, free_port  # noqa: E402
from playground.core.config import REPO_ROOT, AppConfig  # noqa: E402
from playground.core.types import GenerationParams, Row  # noqa: E402
from playground.local.engine import LocalEngine  # noqa: E402
from playground.remote.client import ServerSettings  # noqa: E402
from playground.remote.engine import RemoteConfig, RemoteEngine  # noqa: E402
from playground.remote.vllm_serve import VllmServer  # noqa: E402
from playground.services.requests import prompt_messages  # noqa: E402

PROMPT = "Write a detailed paragraph about how small teams can ship software faster."


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tokens", type=int, default=64)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)

    local = LocalEngine.from_config(AppConfig(base="embedded", adapters_dir=str(REPO_ROOT / "adapters")))
    local.eos_ids = set()  # every row decodes all its tokens, as with ignore_eos on the server
    adapters = [v for v in local.variants if v != "base"]
    sets = {"base": ["base"], "base + 3 adapters": ["base", *adapters[:3]],
            "base + 7 adapters": ["base", *adapters[:7]]}
    messages = prompt_messages(PROMPT, None, local.limits)
    params = GenerationParams(max_new_tokens=args.tokens)
    times: dict[tuple[str, str], list[float]] = {}
    tokens: dict[tuple[str, str], int] = {}

    def rounds(name: str, engine) -> None:
        for names in sets.values():  # warm-up: kernels, vLLM's first LoRA batches
            engine.generate([Row(v, messages) for v in names], GenerationParams(max_new_tokens=8))
        for _ in range(args.repeats):
            for label, names in sets.items():
                start = time.perf_counter()
                outs = engine.generate([Row(v, messages) for v in names], params)
                times.setdefault((name, label), []).append(time.perf_counter() - start)
                tokens[(name, label)] = sum(o.tokens for o in outs)

    engines = ["local (nf4, our kernels)", "vLLM CPU (bf16), through RemoteEngine"]
    rounds(engines[0], local)
    server = VllmServer(free_port(), Path(tempfile.mkdtemp(prefix="bench-vllm-")) / "vllm.log")
    started = time.perf_counter()
    server.start()
    ready_s = time.perf_counter() - started
    try:
        remote = RemoteEngine(RemoteConfig(ServerSettings(server.url), extra_body=(("ignore_eos", True),)),
                              local.limits)
        rounds(engines[1], remote)
        print(f"# bench/remote.py — {args.tokens} new tokens per variant, greedy, end tokens ignored; "
              f"medians of {args.repeats} rounds per engine, the local engine's before vLLM starts")
        print(f"# machine: {cpu_model()}; vLLM ready {ready_s:.0f} s after its start")
        print()
        print("| engine | variants | wall | aggregate tok/s | vs base alone (same engine) |")
        print("|---|---|---:|---:|---:|")
        for name in engines:
            alone = statistics.median(times[(name, "base")])
            for label in sets:
                wall = statistics.median(times[(name, label)])
                print(f"| {name} | {label} | {wall:.2f} s | {tokens[(name, label)] / wall:.0f} | {wall / alone:.2f}x |")
    finally:
        server.kill()


if __name__ == "__main__":
    main()
