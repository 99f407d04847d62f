"""Soak: many short /compare requests through a launched app, alternating variants; memory must stay flat.

    python bench/soak.py [--requests 200] [--tokens 2] [--every 20] [--out bench/results/soak.txt]

Launches the app in this process on the embedded base (nf4) with the shipped adapters, sends the
requests one after another through gradio_client, and prints the process's resident memory (RSS)
every ``--every`` requests; the table is also written to ``--out`` (committed as
bench/results/soak.txt). tests/test_hardening.py runs the same :func:`soak` and asserts the growth.
"""

from __future__ import annotations

import argparse
import platform
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

WARMUP = 40  # requests before the baseline: allocator arenas and gradio's caches settle first


def rss_mb() -> float:
    """This process's resident memory now, in MiB (Linux /proc)."""
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise OSError("VmRSS not found in /proc/self/status")


def variant_sets(variants: list[str]) -> list[list[str]]:
    """The selections the soak cycles through: base alone, each adapter alone, base + each adapter."""
    adapters = [v for v in variants if v != "base"]
    return [["base"], *[[a] for a in adapters], *[["base", a] for a in adapters]]


def soak(client, variants: list[str], requests: int = 200, tokens: int = 2,
         every: int = 20) -> list[tuple[int, float]]:
    """Send ``requests`` short /compare calls cycling through :func:`variant_sets`; samples of (done, RSS MiB)."""
    sets = variant_sets(variants)
    samples = [(0, rss_mb())]
    for i in range(requests):
        picked = sets[i % len(sets)]
        result = client.predict(f"Give one word for the number {i}.", picked, max_new_tokens=tokens,
                                api_name="/compare")
        if sorted(result) != sorted(picked):
            raise AssertionError(f"request {i} asked for {picked} and got {sorted(result)}")
        if (i + 1) % every == 0:
            samples.append((i + 1, rss_mb()))
    return samples


def growth_after_warmup(samples: list[tuple[int, float]]) -> float:
    """RSS at the end minus RSS at the first sample taken after :data:`WARMUP` requests, in MiB."""
    baseline = next(rss for done, rss in samples if done >= WARMUP)
    return samples[-1][1] - baseline


def report(samples: list[tuple[int, float]], tokens: int, seconds: float, variants: list[str]) -> str:
    lines = [
        f"Soak: {samples[-1][0]} /compare requests through a launched app (gradio_client), {tokens} new tokens each,",
        f"cycling through {len(variant_sets(variants))} selections of {', '.join(variants)}.",
        f"Machine: {platform.machine()}, {platform.python_implementation()} {platform.python_version()}; "
        f"{seconds:.0f} s in all.",
        "",
        "| requests done | RSS (MiB) |",
        "|---:|---:|",
        *[f"| {done} | {rss:.1f} |" for done, rss in samples],
        "",
        f"Growth after the first {WARMUP} requests: {growth_after_warmup(samples):+.1f} MiB "
        f"(start {samples[0][1]:.1f} MiB, peak {max(r for _, r in samples):.1f} MiB).",
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--tokens", type=int, default=2)
    parser.add_argument("--every", type=int, default=20)
    parser.add_argument("--out", default=str(Path(__file__).resolve().parent / "results" / "soak.txt"))
    args = parser.parse_args(argv)

    from gradio_client import Client

    from playground.core.config import REPO_ROOT, AppConfig
    from playground.local.engine import LocalEngine
    from playground.services.context import Playground
    from playground.web.app import build_demo, launch_kwargs

    config = AppConfig(base="embedded", quantization="nf4", adapters_dir=str(REPO_ROOT / "adapters"))
    engine = LocalEngine.from_config(config)
    demo = build_demo(Playground.build(engine, tempfile.mkdtemp(prefix="playground-soak-")))
    _, url, _ = demo.launch(prevent_thread_lock=True, quiet=True, **launch_kwargs(engine.limits, "127.0.0.1", None, False))
    try:
        started = time.perf_counter()
        samples = soak(Client(url, verbose=False), engine.variants, args.requests, args.tokens, args.every)
        text = report(samples, args.tokens, time.perf_counter() - started, engine.variants)
    finally:
        demo.close()
    print(text, end="")
    Path(args.out).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
