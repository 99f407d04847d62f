"""Benchmark: the playground's engine against llama.cpp's ``llama-server`` on the same CPU, in one run (#20).

    python bench/peers.py [--tokens 64] [--rounds 5]

Both serve the embedded SmolLM2-135M: the playground from the Q4_1 GGUF converted once and quantized to nf4 (its
own kernels), llama.cpp from that same GGUF, with the shipped adapters converted by its ``convert_lora_to_gguf.py``
(``scripts/llama_cpp.sh`` builds the server once, outside the repo, 10-30 minutes). The same rows go through the
same engine interface (``LocalEngine``; ``RemoteEngine`` on llama.cpp, each adapter a per-request ``lora`` scale):
the base alone (a single stream), base + 3 adapters and base + 7, 64 new tokens, greedy, end tokens ignored,
2 threads each, rounds interleaved (local, llama.cpp, local, ...), medians. "decode tok/s" leaves the first token
(the prompt's prefill) out: (tokens - 1) / (time of the last token - time of the first). llama.cpp never batches
requests with different LoRA sets, so its variants run one after another inside the server.
Output committed in bench/results/peers.txt.
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
from playground.remote.llama_server import LlamaServer, llama_cpp_root  # noqa: E402
from playground.services.requests import prompt_messages  # noqa: E402

PROMPT = "Write a detailed paragraph about how small teams can ship software faster."


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tokens", type=int, default=64)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    if llama_cpp_root() is None:
        sys.exit("llama.cpp's server is not built: run scripts/llama_cpp.sh first (10-30 minutes)")

    local = LocalEngine.from_config(AppConfig(base="embedded", adapters_dir=str(REPO_ROOT / "adapters")))
    local.eos_ids = set()  # every row decodes all its tokens, as with ignore_eos on the server
    server = LlamaServer(free_port(), Path(tempfile.mkdtemp(prefix="bench-llama-")) / "llama-server.log")
    server.start()
    try:
        llama = RemoteEngine(RemoteConfig(ServerSettings(server.url, token_timeout_s=600),
                                          extra_body=(("ignore_eos", True),)), local.limits)
        adapters = [v for v in local.variants if v != "base"]
        sets = {"base (one stream)": ["base"], "base + 3 adapters": ["base", *adapters[:3]],
                "base + 7 adapters": ["base", *adapters[:7]]}
        messages = prompt_messages(PROMPT, None, local.limits)
        params = GenerationParams(max_new_tokens=args.tokens)
        engines = {"playground (nf4, our kernels)": local, "llama.cpp llama-server (Q4_1)": llama}
        walls: dict[tuple[str, str], list[float]] = {}
        decodes: dict[tuple[str, str], list[float]] = {}
        counts: dict[tuple[str, str], tuple[int, int]] = {}
        for engine in engines.values():  # warm-up: kernels, caches, the server's first LoRA requests
            for names in sets.values():
                engine.generate([Row(v, messages) for v in names], GenerationParams(max_new_tokens=8))
        for _ in range(args.rounds):
            for label, names in sets.items():
                for name, engine in engines.items():
                    start = time.perf_counter()
                    outs = engine.generate([Row(v, messages) for v in names], params)
                    walls.setdefault((name, label), []).append(time.perf_counter() - start)
                    counts[(name, label)] = (sum(o.tokens for o in outs), outs[0].prompt_tokens)
                    if len(names) == 1:
                        out = outs[0]
                        decodes.setdefault((name, label), []).append(
                            (out.tokens - 1) / max(1e-9, out.elapsed_s - (out.ttft_s or 0.0)))
        print(f"# bench/peers.py — {args.tokens} new tokens per variant, greedy, end tokens ignored, 2 threads each; "
              f"medians of {args.rounds} interleaved rounds")
        print(f"# machine: {cpu_model()}")
        print()
        print("| engine | variants | prompt tokens | wall | aggregate tok/s | decode tok/s (one stream) |")
        print("|---|---|---:|---:|---:|---:|")
        for label in sets:
            for name in engines:
                wall = statistics.median(walls[(name, label)])
                tokens, prompt = counts[(name, label)]
                decode = f"{statistics.median(decodes[(name, label)]):.1f}" if (name, label) in decodes else ""
                print(f"| {name} | {label} | {prompt} | {wall:.2f} s | {tokens / wall:.1f} | {decode} |")
        print()
        ours, theirs = engines
        one = "base (one stream)"
        ratio = statistics.median(decodes[(ours, one)]) / statistics.median(decodes[(theirs, one)])
        four = statistics.median(walls[(ours, "base + 3 adapters")]) / statistics.median(walls[(ours, one)])
        print(f"single-stream decode, playground / llama.cpp: {ratio:.2f}x (target: at least 1.0x)")
        print(f"playground: 4 variants take {four:.2f}x the time of one (target: at most 1.3x)")
        for label in list(sets)[1:]:
            speedup = statistics.median(walls[(theirs, label)]) / statistics.median(walls[(ours, label)])
            print(f"{label}: playground {speedup:.2f}x faster than llama.cpp")
    finally:
        server.kill()


if __name__ == "__main__":
    main()
