"""Benchmark: many visitors at once through the served app, continuous batching vs one request after another.

    python bench/concurrency.py [--tokens 64] [--clients 1 2 4 8 16] [--stagger 0.25]

Serves the app as ``app.py`` does (FastAPI + uvicorn, in this process) on the embedded base at nf4 with the
shipped adapters. N gradio_client clients arrive ``--stagger`` seconds apart, each streaming /compare_full for
base + 3 adapters (64 new tokens, greedy, end tokens ignored as in bench/compare.py); the same requests run
with continuous batching and with ``max_batch_requests = 1`` (one after another, the behaviour before it),
switched on the same running app. Reported: wall time, aggregate tokens/s, p50/p95 time to first token and to
completion per request (client-side), the same for 8 concurrent OpenAI-client requests on 8 variants, one
request's overhead through the app against the same work in-process, and the memory of 16 clients x 4 variants
x 512 tokens. The clients run in a process of their own (``--clients-json``), as a visitor's browser or script
does: inside the server's process their streaming would compete with the model thread for the interpreter,
which no real client does (it cost the one-request figure 1.25x here). Every figure comes from this one run;
the output is committed in bench/results/concurrency.txt.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.machine import cpu_model  # noqa: E402
from playground.core.config import REPO_ROOT, AppConfig  # noqa: E402
from playground.core.types import GenerationParams, Row  # noqa: E402
from playground.local.engine import LocalEngine  # noqa: E402
from playground.services.context import Playground  # noqa: E402
from playground.services.requests import prompt_messages  # noqa: E402
from playground.web.app import build_demo, make_server, mount_app  # noqa: E402

PROMPT = "Write a short product description for a reusable water bottle."


def serve(app: Playground) -> tuple[str, object]:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = make_server(mount_app(app, build_demo(app), "127.0.0.1", port), "127.0.0.1", port, log_level="warning")
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}/", server


def served_app(prefix: str) -> tuple[LocalEngine, str, object, list[str]]:
    """The engine on the embedded base with the shipped adapters, every row decoding all its tokens, served with
    room for 16 concurrent events and warmed up on base + 3 adapters; the engine, the app's URL, its server and
    those variants."""
    engine = LocalEngine.from_config(AppConfig(base="embedded", adapters_dir=str(REPO_ROOT / "adapters")))
    engine.eos_ids = set()  # every row decodes all its tokens: both modes do the same work
    limits = replace(engine.limits, max_queue=64, concurrency=16)
    url, server = serve(Playground.build(replace_limits(engine, limits), Path(tempfile.mkdtemp(prefix=prefix))))
    variants = ["base", *[v for v in engine.variants if v != "base"][:3]]
    in_client_process("compare", url, 1, variants, 8, 0)  # warm-up (gradio, the kernels)
    return engine, url, server, variants


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def run_all(run, results: list[dict]) -> dict:
    """``run(i)`` for every client at once (each fills ``results[i]``); the wall time and what they measured."""
    started = time.perf_counter()
    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(results))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    return {"wall": wall, "tokens": sum(r["tokens"] for r in results), "ttft": [r["ttft"] for r in results],
            "total": [r["total"] for r in results]}


def compare_clients(url: str, count: int, variants: list[str], tokens: int, stagger: float) -> dict:
    """``count`` gradio_client clients streaming /compare_full, arriving ``stagger`` s apart."""
    from gradio_client import Client

    clients = [Client(url, verbose=False) for _ in range(count)]
    results: list[dict] = [{} for _ in range(count)]

    def run(i: int) -> None:
        time.sleep(i * stagger)
        start = time.perf_counter()
        job = clients[i].submit(PROMPT, variants, "", tokens, api_name="/compare_full")
        first = None
        while first is None and not job.done():  # until the first token; then the client just waits
            outputs = job.outputs()
            if outputs and any(v["tokens"] for v in outputs[-1]["variants"].values()):
                first = time.perf_counter()
            time.sleep(0.005)
        final = job.result()
        end = time.perf_counter()
        results[i] = {"ttft": (first or end) - start, "total": end - start,
                      "tokens": sum(v["tokens"] for v in final["variants"].values())}

    return run_all(run, results)


def openai_clients(url: str, variants: list[str], tokens: int) -> dict:
    import openai

    results: list[dict] = [{} for _ in variants]
    barrier = threading.Barrier(len(variants))

    def run(i: int) -> None:
        client = openai.OpenAI(base_url=url + "v1", api_key="unused", max_retries=0, timeout=600)
        barrier.wait()
        start, first, count = time.perf_counter(), None, 0
        for chunk in client.chat.completions.create(model=variants[i], messages=[{"role": "user", "content": PROMPT}],
                                                    max_tokens=tokens, temperature=0, stream=True,
                                                    stream_options={"include_usage": True}):
            if first is None and chunk.choices and chunk.choices[0].delta.content:
                first = time.perf_counter()
            if chunk.usage:
                count = chunk.usage.completion_tokens
        end = time.perf_counter()
        results[i] = {"ttft": (first or end) - start, "total": end - start, "tokens": count}

    return run_all(run, results)


def in_client_process(scenario: str, *args) -> dict:
    """Run ``compare_clients`` or ``openai_clients`` with ``args`` in a process of its own; what it measured."""
    done = subprocess.run([sys.executable, __file__, "--clients-json", json.dumps([scenario, *args])],
                          check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


class OneClient:
    """A gradio_client of its own process that runs one /compare_full request of base per line it is sent."""

    CODE = """
import sys, time
from gradio_client import Client
url, prompt, tokens = sys.argv[1], sys.argv[2], int(sys.argv[3])
client = Client(url, verbose=False)
client.predict(prompt, ["base"], "", 8, api_name="/compare_full")
print("ready", flush=True)
for line in sys.stdin:
    start = time.perf_counter()
    client.predict(prompt, ["base"], "", tokens, api_name="/compare_full")
    print(time.perf_counter() - start, flush=True)
"""

    def __init__(self, url: str, tokens: int):
        self.tokens = tokens
        self.process = subprocess.Popen([sys.executable, "-c", self.CODE, url, PROMPT, str(tokens)],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self.process.stdout.readline().strip() == "ready"

    def request(self) -> float:
        """One request's wall time, seen by the client."""
        self.process.stdin.write("go\n")
        self.process.stdin.flush()
        return float(self.process.stdout.readline())

    def against_in_process(self, engine: LocalEngine) -> tuple[float, float]:
        """One request through the app, then the same work in-process: both wall times."""
        through = self.request()
        rows = [Row("base", prompt_messages(PROMPT, None, engine.limits))]
        start = time.perf_counter()
        engine.generate(rows, GenerationParams(max_new_tokens=self.tokens))
        return through, time.perf_counter() - start

    def close(self) -> None:
        self.process.kill()


def row(label: str, run: dict) -> str:
    return (f"| {label} | {run['wall']:.2f} s | {run['tokens'] / run['wall']:.0f} | "
            f"{percentile(run['ttft'], 0.5):.2f} / {percentile(run['ttft'], 0.95):.2f} s | "
            f"{percentile(run['total'], 0.5):.2f} / {percentile(run['total'], 0.95):.2f} s |")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tokens", type=int, default=64)
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 2, 4, 8, 16])
    parser.add_argument("--stagger", type=float, default=0.25, help="seconds between two clients' arrivals")
    parser.add_argument("--overhead-runs", type=int, default=7)
    parser.add_argument("--clients-json", help=argparse.SUPPRESS)  # the client process: [scenario, *arguments]
    args = parser.parse_args(argv)
    if args.clients_json:
        scenario, *rest = json.loads(args.clients_json)
        print(json.dumps({"compare": compare_clients, "openai": openai_clients}[scenario](*rest)))
        return

    engine, url, server, variants = served_app("bench-conc-")
    continuous = engine.limits
    adapters = [v for v in engine.variants if v != "base"]
    sequential = replace(continuous, max_batch_requests=1)
    lines = [f"# bench/concurrency.py — {args.tokens} new tokens per variant, greedy, end tokens ignored; "
             f"embedded SmolLM2-135M at nf4 ({engine.base.quantization}), shipped adapters",
             f"# machine: {platform.machine()} ({cpu_model()}), {engine.info.device}, 4-bit kernel "
             f"{engine.four_bit_kernel}; clients arrive {args.stagger} s apart; "
             f"each streams /compare_full for {', '.join(variants)}; the clients run in a process of their own", ""]
    lines += ["| clients | mode | wall | aggregate tok/s | TTFT p50 / p95 | completion p50 / p95 |",
              "|---:|---|---:|---:|---:|---:|"]
    ratios = {}
    for count in args.clients:
        runs = {}
        for mode, limits in (("continuous", continuous), ("one after another", sequential)):
            engine.limits = limits
            runs[mode] = in_client_process("compare", url, count, variants, args.tokens, args.stagger)
            lines.append(row(f"{count} | {mode}", runs[mode]))
        ratios[count] = (runs["continuous"]["tokens"] / runs["continuous"]["wall"]) / \
            (runs["one after another"]["tokens"] / runs["one after another"]["wall"])
    engine.limits = continuous
    lines += ["", "Aggregate throughput, continuous over one after another: " +
              ", ".join(f"{n} clients {r:.2f}x" for n, r in ratios.items()), ""]

    picked = ["base", *adapters][:8]
    lines += [f"8 concurrent OpenAI-client streams (chat completions), one per variant ({', '.join(picked)}):", "",
              "| mode | wall | aggregate tok/s | TTFT p50 / p95 | completion p50 / p95 |", "|---|---:|---:|---:|---:|"]
    for mode, limits in (("continuous", continuous), ("one after another", sequential)):
        engine.limits = limits
        lines.append(row(mode, in_client_process("openai", url, picked, args.tokens)))
    engine.limits = continuous

    # overhead of one request through the app against the same work in-process, interleaved
    through, inside = [], []
    client = OneClient(url, args.tokens)
    for _ in range(args.overhead_runs):
        app_s, process_s = client.against_in_process(engine)
        through.append(app_s)
        inside.append(process_s)
    client.close()
    lines += ["", f"One request, base, {args.tokens} tokens, {args.overhead_runs} interleaved runs (medians): "
              f"through /compare_full {statistics.median(through):.3f} s, in-process "
              f"{statistics.median(inside):.3f} s, ratio {statistics.median(through) / statistics.median(inside):.3f}x"]

    # memory: 16 clients x 4 variants x 512 tokens
    was_reset = engine.reset_peak_memory()
    before = engine.peak_memory(was_reset).mb
    big = in_client_process("compare", url, 16, variants, 512, 0)
    peak = engine.peak_memory(was_reset)
    columns = 512 + len(engine.encode(prompt_messages(PROMPT, None, engine.limits)))
    kv = 16 * len(variants) * columns * engine.batcher.kv_bytes_per_token / 2**20
    lines += ["", f"16 clients x {len(variants)} variants x 512 tokens: {big['wall']:.1f} s, "
              f"{big['tokens'] / big['wall']:.0f} tok/s aggregate; {peak.kind} {peak.mb:.0f} MiB "
              f"({peak.mb - before:+.0f} MiB over the idle app); KV cache of that batch {kv:.0f} MiB "
              f"(cap PLAYGROUND_MAX_KV_CACHE_MB = {continuous.max_kv_cache_mb})"]
    server.should_exit = True
    print("\n".join(lines))


def replace_limits(engine: LocalEngine, limits) -> LocalEngine:
    engine.limits = limits
    return engine


if __name__ == "__main__":
    main()
