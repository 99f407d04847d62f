"""Benchmark: how often streams send updates, against throughput, on one served app in one run.

    python bench/pacing.py [--clients 8] [--rounds 3]

Serves the app as bench/concurrency.py does and runs its scenario (N gradio_client clients in a process of
their own, 0.25 s apart, each streaming /compare_full for base + 3 adapters, 64 new tokens, greedy, end tokens
ignored) under each pacing setting of ``playground.web.pacing`` in turn, interleaved over ``--rounds`` rounds:
the fixed 50 ms per stream used before, and the interval that grows with the open streams. Then one request
of the base, through the app and in-process, interleaved, under each setting. Prints medians and the ratios;
the output is committed in bench/results/pacing.txt.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import playground.web.pacing as pacing  # noqa: E402
from bench.concurrency import OneClient, in_client_process, percentile, served_app  # noqa: E402
from bench.machine import cpu_model  # noqa: E402

# name -> (UPDATE_INTERVAL_S, STREAMS_PER_INTERVAL, MAX_INTERVAL_S)
SETTINGS = {
    "50 ms per stream (before)": (0.05, 10**9, 0.05),
    f"{pacing.UPDATE_INTERVAL_S * 1000:.0f} ms, x streams/{pacing.STREAMS_PER_INTERVAL} (default)":
        (pacing.UPDATE_INTERVAL_S, pacing.STREAMS_PER_INTERVAL, pacing.MAX_INTERVAL_S),
}


def use(setting: tuple[float, int, float]) -> None:
    pacing.UPDATE_INTERVAL_S, pacing.STREAMS_PER_INTERVAL, pacing.MAX_INTERVAL_S = setting


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--tokens", type=int, default=64)
    args = parser.parse_args(argv)

    engine, url, server, variants = served_app("bench-pacing-")

    rates = {name: [] for name in SETTINGS}
    ttft = {name: [] for name in SETTINGS}
    for _ in range(args.rounds):
        for name, setting in SETTINGS.items():
            use(setting)
            run = in_client_process("compare", url, args.clients, variants, args.tokens, 0.25)
            rates[name].append(run["tokens"] / run["wall"])
            ttft[name].append(percentile(run["ttft"], 0.95))

    ratios = {name: [] for name in SETTINGS}
    client = OneClient(url, args.tokens)
    for _ in range(2 * args.rounds + 1):
        for name, setting in SETTINGS.items():
            use(setting)
            through, inside = client.against_in_process(engine)
            ratios[name].append(through / inside)
    client.close()
    server.should_exit = True

    lines = [f"# bench/pacing.py — {args.clients} clients 0.25 s apart, each /compare_full for "
             f"{', '.join(variants)}, {args.tokens} new tokens, greedy, end tokens ignored; "
             f"{args.rounds} interleaved rounds (medians)",
             f"# machine: x86_64 ({cpu_model()}), 4-bit kernel {engine.four_bit_kernel}", "",
             f"| pacing | aggregate tok/s at {args.clients} clients | TTFT p95 | one request through the app / "
             "in-process |", "|---|---:|---:|---:|"]
    for name in SETTINGS:
        lines.append(f"| {name} | {statistics.median(rates[name]):.0f} | {statistics.median(ttft[name]):.2f} s | "
                     f"{statistics.median(ratios[name]):.3f}x |")
    first, second = list(SETTINGS)
    lines += ["", f"Throughput, default over before: "
              f"{statistics.median(rates[second]) / statistics.median(rates[first]):.2f}x"]
    print("\n".join(lines))


if __name__ == "__main__":
    main()
