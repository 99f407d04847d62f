"""Benchmark: N variants in one batched generate vs one after another, and vs PEFT's mixed batch.

    python bench/compare.py [--tokens 64] [--repeats 5]

Runs on the embedded base at nf4 with the shipped adapters (random ones of the same shape
fill in when fewer than 7 are shipped). Also compares the C LoRA decode kernel with the
PyTorch path, and the packed output head with the plain one. Every figure comes from this
one run; the output is committed in bench/results/compare.txt.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

import torch
from torch import nn

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.machine import cpu_model  # noqa: E402
from playground.core.config import HUB_BASE_ID, REPO_ROOT, ModelConfig, default_cache_dir  # noqa: E402
from playground.core.types import GenerationParams, Row  # noqa: E402
from playground.local.adapters import scan  # noqa: E402
from playground.local.cpu import direct_4bit  # noqa: E402
from playground.local.cpu.output_head import pack_output_head  # noqa: E402
from playground.local.engine import LocalEngine  # noqa: E402
from playground.local.model import embedded_cache, load_base  # noqa: E402
from playground.local.worker import ModelWorker  # noqa: E402
from playground.services.requests import prompt_messages  # noqa: E402

PROMPT = "Write a detailed paragraph about how small teams can ship software faster."
SIZES = (1, 2, 4, 8)


def make_adapters(count: int, folder: Path) -> None:
    from transformers import AutoModelForCausalLM

    from playground.local.synthetic_adapter import write_random_adapter

    plain = AutoModelForCausalLM.from_pretrained(embedded_cache(default_cache_dir()), dtype=torch.float32)
    for i in range(count):
        write_random_adapter(plain, folder / f"random-{i}", rank=8, alpha=16, seed=i, scale=0.6, base_id=HUB_BASE_ID)


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def peft_mixed_batch(base_config: ModelConfig, adapter_dirs: list[Path], names: list[str], ids: list[int],
                     tokens: int, repeats: int) -> dict[int, float]:
    """PEFT's own way: PeftModel with every adapter, generate(adapter_names=[...])."""
    from peft import PeftModel

    base = load_base(base_config)
    pack_output_head(base.model)  # the same head as ours, so the ratio is about the adapter routing
    model = PeftModel.from_pretrained(base.model, adapter_dirs[0], adapter_name=names[0])
    for name, folder in zip(names[1:], adapter_dirs[1:]):
        model.load_adapter(folder, adapter_name=name)
    model.eval()
    # the same 4-bit kernel (and bf16 copies for prompts where they are made) as ours under PEFT's LoRA layers
    direct_4bit.use_direct_4bit(model, base_config.prefill_copy_mb)
    results = {}
    for n in SIZES:
        rows = (["__base__", *names] * 8)[:n]
        batch = torch.tensor([ids] * n)

        def run():
            with torch.inference_mode():
                model.generate(batch, attention_mask=torch.ones_like(batch), max_new_tokens=tokens,
                               min_new_tokens=tokens, do_sample=False, adapter_names=rows,
                               pad_token_id=base.tokenizer.pad_token_id)
        run()
        results[n] = statistics.median(timed(run) for _ in range(repeats))
    return results


class Rounds:
    """Seconds of each run over several rounds, the runs taken in turn so that machine drift hits them alike."""

    def __init__(self, runs: dict[str, callable], rounds: int):
        self.times: dict[str, list[float]] = {name: [] for name in runs}
        for _ in range(rounds):
            for name, run in runs.items():
                self.times[name].append(timed(run))

    def __getitem__(self, name: str) -> float:
        """Median seconds of one run."""
        return statistics.median(self.times[name])

    def ratio(self, slow: str, fast: str) -> float:
        """Median over rounds of slow / fast taken in the same round (drift between rounds cancels)."""
        return statistics.median(a / b for a, b in zip(self.times[slow], self.times[fast]))

    def best_ratio(self, slow: str, fast: str) -> float:
        """Fastest slow run over fastest fast run (what the runs cost without interference)."""
        return min(self.times[slow]) / min(self.times[fast])


def adapter_sets(adapters) -> dict[str, list[str]]:
    """The two kinds of shipped adapter set for the 4-vs-1 runs (three adapters each, where there are three)."""
    attention = [a.name for a in adapters if set(a.target_modules) <= {"q_proj", "k_proj", "v_proj", "o_proj"}]
    mlp = [a.name for a in adapters if "down_proj" in a.target_modules]
    sets = {"q,k,v,o only": attention[:3], "q,k,v,o + MLP": mlp[:3]}
    return {label: group for label, group in sets.items() if len(group) == 3}


def plain_head(model) -> nn.Linear:
    """The MKL ``nn.Linear`` the packed head replaced (same tied weight)."""
    packed = model.lm_head
    plain = nn.Linear(packed.in_features, packed.out_features, bias=False)
    plain.weight = packed.weight
    return plain


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tokens", type=int, default=64)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=21, help="rounds of the interleaved 4-vs-1 comparison")
    args = parser.parse_args(argv)

    worker = ModelWorker()
    config = ModelConfig(base="embedded", quantization="nf4")
    base = worker.call(load_base, config)
    shipped = worker.call(scan, REPO_ROOT / "adapters", [], base.model, base.model_id).loaded
    tmp = Path(tempfile.mkdtemp(prefix="bench-adapters-"))
    if len(shipped) < 7:
        worker.call(make_adapters, 7 - len(shipped), tmp)
    extra = worker.call(scan, tmp, [], base.model, base.model_id).loaded
    adapters = (shipped + extra)[:7]
    engine = LocalEngine(base, adapters, worker=worker)
    names = [a.name for a in adapters]
    messages = prompt_messages(PROMPT, None, engine.limits)
    # Force every row to the same length so the batched and sequential runs do the same work.
    engine.eos_ids = set()
    params = GenerationParams(max_new_tokens=args.tokens)

    def generate(variants):
        engine.generate([Row(v, messages) for v in variants], params)

    variants_for = {n: (["base", *names])[:n] for n in SIZES}
    generate(["base"])  # warm-up
    # batched runs of all sizes taken in turn, so "vs 1 variant" compares runs of the same round
    batched = Rounds({n: lambda n=n: generate(variants_for[n]) for n in SIZES}, args.repeats)
    sequential = {n: sum(timed(lambda v=v: generate([v])) for v in variants_for[n]) for n in SIZES}

    # 4 variants against 1, for the two kinds of shipped adapter sets, runs interleaved.
    kernel = engine.multi.kernel

    def without_kernel(variants):
        engine.multi.kernel = None
        generate(variants)
        engine.multi.kernel = kernel

    def with_bitsandbytes_layers(variants):
        swaps = direct_4bit.restore(base.model)  # bitsandbytes' own Linear4bit, per-call wrapper included
        generate(variants)
        direct_4bit.reinstall(swaps)

    by_set = {}
    for label, group in adapter_sets(adapters).items():
        t = Rounds({"base": lambda: generate(["base"]), "one": lambda g=group: generate([g[0]]),
                    "four": lambda g=group: generate(["base", *g]),
                    "four, PyTorch path": lambda g=group: without_kernel(["base", *g]),
                    "base, bnb": lambda: with_bitsandbytes_layers(["base"]),
                    "four, bnb": lambda g=group: with_bitsandbytes_layers(["base", *g])}, args.rounds)
        read = [f for name in group for pair in engine.adapter(name).layers.values() for f in pair.kernel_factors]
        lora_mb = sum(f.numel() * f.element_size() for f in read) / 1e6
        kinds = "/".join(sorted({str(f.dtype).removeprefix("torch.") for f in read}))
        by_set[label] = (group, t, f"{lora_mb:.0f} MB {kinds}")

    # The output head: MKL's nn.Linear (what transformers runs) against the oneDNN-packed one.
    four = ["base", *names[:3]]  # the headline 4-variant set of the tables below
    packed = base.model.lm_head
    head = None
    if engine.packed_head:
        plain = worker.call(plain_head, base.model)  # torch ops stay on the worker thread (see worker.py)

        def with_head(layer, variants):
            base.model.lm_head = layer
            generate(variants)
            base.model.lm_head = packed
        head = Rounds({"plain 1": lambda: with_head(plain, ["base"]),
                       "packed 1": lambda: with_head(packed, ["base"]),
                       "plain 4": lambda: with_head(plain, four),
                       "packed 4": lambda: with_head(packed, four)}, args.repeats)

    # Decode attention: the batch-invariant one (playground/local/cpu/attention.py) against transformers' SDPA.
    ours = base.model.config._attn_implementation

    def with_attention(name, variants):
        worker.call(base.model.set_attn_implementation, name)
        generate(variants)
        worker.call(base.model.set_attn_implementation, ours)
    attention = Rounds({"sdpa 1": lambda: with_attention("sdpa", ["base"]),
                        "ours 1": lambda: with_attention(ours, ["base"]),
                        "sdpa 4": lambda: with_attention("sdpa", four),
                        "ours 4": lambda: with_attention(ours, four)}, args.repeats)

    ids = engine.encode(messages)
    dirs = [Path(a.source) for a in adapters]
    peft = worker.call(peft_mixed_batch, config, dirs, names, ids, args.tokens, args.repeats)

    compute = str(base.dtype).removeprefix("torch.")
    print(f"# bench/compare.py — {args.tokens} new tokens per variant, greedy, embedded SmolLM2-135M at nf4 "
          f"(compute {compute})")
    device = torch.cuda.get_device_name() if engine.multi.device.type == "cuda" else "CPU"
    print(f"# machine: {platform.machine()} ({cpu_model()}), {device}, {torch.get_num_threads()} torch threads, "
          f"torch {torch.__version__}; "
          f"adapters: {len(shipped)} shipped + {len(adapters) - len(shipped)} random r8 (q,k,v,o); "
          f"median of {args.repeats}")
    head_kind = "oneDNN-packed fp32" if engine.packed_head else "plain nn.Linear"
    print(f"# output head: {head_kind} in our runs and in PEFT's; "
          f"LoRA decode: {'C kernel' if kernel else 'PyTorch path (' + str(engine.kernel_warning) + ')'}")
    print()
    print("| variants | batched (ours) | one after another | speed-up | vs 1 variant | PEFT mixed batch | ours vs PEFT |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for n in SIZES:
        print(f"| {n} | {batched[n]:.2f} s | {sequential[n]:.2f} s | {sequential[n] / batched[n]:.2f}x "
              f"| {batched.ratio(n, 1):.2f}x | {peft[n]:.2f} s | {peft[n] / batched[n]:.2f}x |")
    print()
    print(f"4 variants = base + {', '.join(names[:3])}. Batched: median of {args.repeats} rounds, each running "
          "every size in turn; vs 1 variant: median over rounds of the ratio within a round.")
    print()
    print(f"4 variants against 1, {args.rounds} rounds of interleaved runs (target <= 1.5x). Ratio: median over rounds "
          "of the two runs' ratio in the same round; best: fastest run over fastest run.")
    print()
    print("| 4 variants = base + | LoRA weights the kernel reads per step | 4 variants | base alone | ratio | best "
          "| first adapter alone | ratio | 4 variants, PyTorch LoRA path | ratio to base |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for label, (group, t, lora_read) in by_set.items():
        print(f"| {', '.join(group)} ({label}) | {lora_read} | {t['four']:.2f} s | {t['base']:.2f} s "
              f"| {t.ratio('four', 'base'):.2f}x | {t.best_ratio('four', 'base'):.2f}x | {t['one']:.2f} s "
              f"| {t.ratio('four', 'one'):.2f}x | {t['four, PyTorch path']:.2f} s "
              f"| {t.ratio('four, PyTorch path', 'base'):.2f}x |")
    print()
    print(f"The 4-bit layers ({engine.direct_4bit} of them) called directly through {engine.four_bit_kernel} "
          "(direct_4bit.py), vs through bitsandbytes' own Linear4bit, same runs as above:")
    print()
    print("| 4 variants = base + | base alone, Linear4bit | direct | speed-up | 4 variants, Linear4bit | direct "
          "| speed-up | 4 variants / base, Linear4bit | direct |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for label, (group, t, _) in by_set.items():
        print(f"| {', '.join(group)} ({label}) | {t['base, bnb']:.2f} s | {t['base']:.2f} s "
              f"| {t.ratio('base, bnb', 'base'):.2f}x | {t['four, bnb']:.2f} s | {t['four']:.2f} s "
              f"| {t.ratio('four, bnb', 'four'):.2f}x | {t.ratio('four, bnb', 'base, bnb'):.2f}x "
              f"| {t.ratio('four', 'base'):.2f}x |")
    print()
    print("Decode attention, transformers' SDPA vs the batch-invariant one (attention.py), runs interleaved:")
    print()
    print("| run | SDPA | batch-invariant | ratio |")
    print("|---|---:|---:|---:|")
    for label, key in (("base alone", "1"), (f"4 variants (base + {', '.join(names[:3])})", "4")):
        print(f"| {label} | {attention['sdpa ' + key]:.2f} s | {attention['ours ' + key]:.2f} s "
              f"| {attention.ratio('ours ' + key, 'sdpa ' + key):.2f}x |")
    if head:
        print()
        print("Output head, MKL nn.Linear vs oneDNN-packed (same fp32 weight), runs interleaved:")
        print()
        print("| run | plain head | packed head | speed-up |")
        print("|---|---:|---:|---:|")
        for label, key in (("base alone", "1"), (f"4 variants (base + {', '.join(names[:3])})", "4")):
            print(f"| {label} | {head['plain ' + key]:.2f} s | {head['packed ' + key]:.2f} s "
                  f"| {head.ratio('plain ' + key, 'packed ' + key):.2f}x |")
        print(f"single stream, base: {args.tokens / head['plain 1']:.1f} tok/s plain head, "
              f"{args.tokens / head['packed 1']:.1f} tok/s packed; "
              f"4 variants / 1: {head.ratio('plain 4', 'plain 1'):.2f}x plain, {head.ratio('packed 4', 'packed 1'):.2f}x packed")


if __name__ == "__main__":
    main()
