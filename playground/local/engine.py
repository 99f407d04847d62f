"""The local torch engine: one base, many adapters, every variant decoded in one batch.

It implements the engine interface (:class:`playground.core.engine.Engine`).
``LocalEngine.stream(rows, params)`` yields, as tokens arrive, the list of
:class:`~playground.core.types.VariantOutput` for all rows. Each row picks its adapter
(:mod:`playground.local.multi_lora`), so base and adapters decode side by side in one batch, and a row
leaves the batch as soon as it ends. Requests join the running batch of the model thread at its next step
(:mod:`playground.local.batcher`, continuous batching); cancelling a request (its ``threading.Event``) or
passing the wall-clock cap ends its decoding at the next step, without disturbing the others.
"""

from __future__ import annotations

import logging
import queue
import resource
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import torch
from transformers import DynamicCache

from playground.core.config import AppConfig, ModelConfig
from playground.core.engine import BackendInfo, Capabilities, MemoryPeak, VariantInfo, final
from playground.core.limits import Limits
from playground.core.messages import Messages
from playground.core.types import (
    BASE,
    GenerationParams,
    RequestError,
    Row,
    VariantOutput,
    check_known,
    check_new_tokens,
    check_text,
)
from playground.features.hub import public_source
from playground.local.adapters import (
    MB,
    Adapter,
    RejectedAdapter,
    adapter_bytes,
    load_adapter,
    loaded_size,
    scan,
)
from playground.local.batcher import ContinuousBatcher, Ended, Failed, Interrupt, Request, Started, Step
from playground.local.cpu import lora_kernel
from playground.local.cpu.attention import use_decode_attention
from playground.local.cpu.direct_4bit import kernel_in_use, use_direct_4bit
from playground.local.cpu.output_head import pack_output_head
from playground.local.kv_cache import GrowingCache
from playground.local.merge import reload_merges
from playground.local.model import LoadedBase, kv_bytes_per_token, load_base
from playground.local.multi_lora import MultiLora
from playground.local.prefix import SplitBatch, chat_header, split_batch
from playground.local.worker import ModelWorker

log = logging.getLogger(__name__)


class LocalEngine:
    """Owns the shared base model and its adapters; turns rows into streamed text."""

    capabilities = Capabilities(notes=(("strength", Messages.LOCAL_STRENGTH), ("divergence", Messages.LOCAL_DIVERGENCE),
                                       ("merge", Messages.LOCAL_MERGE), ("add_adapter", Messages.LOCAL_ADD)))

    def __init__(self, base: LoadedBase, adapters: Sequence[Adapter] = (), rejected: Sequence[RejectedAdapter] = (),
                 worker: ModelWorker | None = None, limits: Limits | None = None,
                 prefill_copy_mb: float = ModelConfig.prefill_copy_mb):
        self.limits = limits or Limits()
        self.worker = worker or ModelWorker()
        self.base = base
        self.tokenizer = base.tokenizer
        # inference only (training loads its own base); on the worker: torch ops on a second thread slow OpenMP
        self.packed_head = self.worker.call(pack_output_head, base.model)
        on_cpu = next(base.model.parameters()).device.type == "cpu"
        if on_cpu and base.model.config._attn_implementation == "sdpa":
            use_decode_attention(base.model)  # a row's decode result no longer depends on the batch (attention.py)
        # 4-bit layers called without bitsandbytes' per-call wrapper, through our kernel (AMX tiles where the CPU has
        # them: 32 rows 5.9x bitsandbytes' kernel, prompts as fast as a bf16 product) or bitsandbytes' (direct_4bit.py),
        # and without AMX prompts through oneDNN on a bf16 copy of the weights where that fits (2x faster prefill)
        self.direct_4bit = self.worker.call(use_direct_4bit, base.model, prefill_copy_mb) if on_cpu else 0
        self.four_bit_kernel = kernel_in_use(base.model)  # ours on AMX tiles where it runs (nf4_kernel.py)
        if self.four_bit_kernel:
            log.info("4-bit layers: %s", self.four_bit_kernel)
        self.multi = MultiLora(base.model, kernel=lora_kernel.load() if on_cpu else None)
        self.kernel_warning = (f"C LoRA kernel unavailable ({lora_kernel.unavailable_reason()}): adapters decode "
                               "on the slower PyTorch path" if on_cpu and self.multi.kernel is None else None)
        for adapter in adapters:
            self.multi.add(adapter)
        self.rejected = list(rejected)
        self.device = self.multi.device
        generation_eos = base.model.generation_config.eos_token_id
        eos = set(generation_eos if isinstance(generation_eos, list) else [generation_eos])
        eos.add(self.tokenizer.eos_token_id)
        self.eos_ids = {e for e in eos if e is not None}
        self.context_window = int(getattr(base.model.config, "max_position_embeddings", 2048))
        self._headers: dict[str, list[int]] = {}  # system prompt -> chat header tokens (prefix.py)
        self.batcher = ContinuousBatcher(base.model, self.multi, self.worker, lambda: self.limits,
                                         lambda: self.eos_ids, self._prepare, kv_bytes_per_token(base))

    @property
    def active(self) -> int:
        """Generations admitted and not ended (tests watch it drain after a cancel)."""
        return self.batcher.active

    @property
    def last_interrupt(self) -> Interrupt | None:
        """The cancel/deadline watch of the last generation admitted."""
        return self.batcher.last_interrupt

    @classmethod
    def from_config(cls, config: ModelConfig | AppConfig, worker: ModelWorker | None = None) -> LocalEngine:
        """Load the base and scan the adapters, on the model thread; saved merges come back within the caps."""
        worker = worker or ModelWorker()
        base = worker.call(load_base, config)
        adapters_dir = getattr(config, "adapters_dir", None)
        extra = list(getattr(config, "adapter", []))
        found = worker.call(scan, adapters_dir, extra, base.model, base.model_id)
        limits = getattr(config, "limits", None) or Limits()
        data_dir = getattr(config, "data_dir", None)
        if data_dir:  # merges saved from the UI come back after a restart, unless over a merge cap (merge.py)
            merges = worker.call(reload_merges, Path(data_dir) / "merges", found.loaded, base.model, base.model_id,
                                 limits)
            found.loaded += merges.loaded
            found.rejected += merges.rejected
        return cls(base, found.loaded, found.rejected, worker=worker, limits=limits,
                   prefill_copy_mb=config.prefill_copy_mb)

    # ----- variants -------------------------------------------------------------------
    @property
    def info(self) -> BackendInfo:
        warnings = [*self.base.warnings, *([self.kernel_warning] if self.kernel_warning else [])]
        return BackendInfo(description=self.base.description, device=str(self.device), warnings=tuple(warnings))

    @property
    def variants(self) -> list[str]:
        return [BASE, *self.multi.adapters]

    def adapter(self, name: str) -> Adapter:
        return self.multi.adapters[name]

    def add_adapter(self, folder: str | Path, name: str | None = None) -> VariantInfo:
        """Validate and attach one more adapter while the app runs (between generations), within the memory
        cap of all adapters together (``limits.max_adapter_mb``)."""
        adapter = self.worker.call(load_adapter, folder, self.base.model, self.base.model_id, name)
        if adapter.name.lower() in {variant.lower() for variant in self.variants}:  # 'Base' would pass for 'base'
            raise RequestError(Messages.MERGE_NAME_TAKEN.format(name=adapter.name))
        size, used = adapter_bytes(adapter), loaded_size(self.multi.adapters.values())
        cap = self.limits.max_adapter_mb
        if used + size > cap * MB:
            raise RequestError(Messages.ADAPTERS_FULL.format(name=adapter.name, size=size / MB, used=used / MB,
                                                             limit=cap))
        self.worker.call(self.multi.add, adapter)
        return self._describe(adapter)

    def remove_adapter(self, name: str) -> None:
        """Detach an adapter; the model thread runs it between generations, so no running batch sees it go."""
        check_known([name], list(self.multi.adapters))
        self.worker.call(self.multi.remove, name)

    def merge_adapters(self, name: str, parents: list[str], weights: list[float], combination: str,
                       density: float | None, out_root: str | Path) -> VariantInfo:
        """A PEFT merge of loaded adapters, within the merge caps, saved under ``out_root`` and loaded
        (:mod:`playground.local.merge`)."""
        from playground.local.merge import NEEDS_DENSITY, make_spec, merge_into, refused

        if len(parents) > self.limits.max_merge_parents:
            raise refused(Messages.MERGE_TOO_MANY_PARENTS.format(limit=self.limits.max_merge_parents,
                                                                 count=len(parents)))
        spec = make_spec(name, parents, weights, combination, density if combination in NEEDS_DENSITY else None)
        return merge_into(self, spec, out_root)

    def describe_variants(self) -> list[VariantInfo]:
        """Base, loaded adapters and rejected adapters, with their metadata."""
        base = VariantInfo(name=BASE, kind="base", model=self.base.model_id, description=self.base.description,
                           source=public_source(self.base.name))
        rejected = [VariantInfo(name=bad.name, kind="adapter", status="rejected", description=bad.reason,
                                source=public_source(bad.source)) for bad in self.rejected]
        return [base, *(self._describe(adapter) for adapter in self.multi.adapters.values()), *rejected]

    def describe_loaded(self) -> list[VariantInfo]:
        """``describe_variants`` without the rejected adapters: what a request can use."""
        return [info for info in self.describe_variants() if info.loaded]

    @staticmethod
    def _describe(adapter: Adapter) -> VariantInfo:
        return VariantInfo(name=adapter.name, kind="adapter", task=adapter.task, description=adapter.description,
                           rank=adapter.rank, alpha=adapter.alpha, targets=tuple(adapter.target_modules),
                           source=public_source(adapter.source), warning=adapter.warning,
                           memory_bytes=adapter_bytes(adapter))

    # ----- tokens ---------------------------------------------------------------------
    def count_tokens(self, messages: Sequence[dict]) -> int:
        return len(self.encode(messages))

    def decode(self, token_ids: Sequence[int]) -> str:
        return self.tokenizer.decode(list(token_ids), skip_special_tokens=True)

    def encode(self, messages: Sequence[dict]) -> list[int]:
        """Token ids of the chat, ready for the assistant's reply."""
        if self.tokenizer.chat_template:
            ids = self.tokenizer.apply_chat_template(list(messages), add_generation_prompt=True, tokenize=True)
            return list(ids["input_ids"] if isinstance(ids, dict) or hasattr(ids, "keys") else ids)
        text = "\n\n".join(m["content"] for m in messages)
        return self.tokenizer(text)["input_ids"]

    def _check(self, rows: Sequence[Row], params: GenerationParams) -> list[list[int]]:
        if not rows:
            raise RequestError(Messages.NO_VARIANTS)
        check_new_tokens(params, self.limits)
        check_known(sorted({r.variant for r in rows}), self.variants)
        encoded = []
        for row in rows:
            for message in row.messages:  # every path (system prompts, chat turns, task fields) ends here
                check_text(f"{message.get('role', 'user')} message", message.get("content"), optional=True)
                chars = len(message.get("content") or "")
                if chars > self.limits.max_prompt_chars:
                    raise RequestError(Messages.MESSAGE_TOO_LONG.format(
                        role=message.get("role", "user"), chars=chars, limit=self.limits.max_prompt_chars))
            if row.prompt is not None:
                check_text("prompt", row.prompt)
                if len(row.prompt) > self.limits.max_prompt_chars:
                    raise RequestError(Messages.PROMPT_TOO_LONG.format(chars=len(row.prompt),
                                                                       limit=self.limits.max_prompt_chars))
                if not row.prompt:
                    raise RequestError(Messages.EMPTY_PROMPT)
            ids = self.encode(row.messages) if row.prompt is None else self.tokenizer(row.prompt)["input_ids"]
            if len(ids) + params.max_new_tokens > self.context_window:
                raise RequestError(Messages.PROMPT_TOO_MANY_TOKENS.format(
                    tokens=len(ids), new=params.max_new_tokens, window=self.context_window))
            encoded.append(ids)
        return encoded

    # ----- generation -----------------------------------------------------------------
    def stream(self, rows: Sequence[Row], params: GenerationParams,
               cancel: threading.Event | None = None) -> Iterator[list[VariantOutput]]:
        """Yield every row's output so far: first empty (before any work starts), then each time new tokens
        arrive; the last yield is final."""
        encoded = self._check(rows, params)
        params = params.with_seed()
        cancel = cancel or threading.Event()
        sink: queue.Queue = queue.Queue()
        outputs = [VariantOutput(variant=row.variant, prompt_tokens=len(ids)) for row, ids in zip(rows, encoded)]
        # Nothing is generated before the consumer asks for a second step: gradio can close a generator only
        # once its first step has returned, so a client that cancels or leaves during a long first step (the
        # prefill) would otherwise leave its generation running on the model thread, unowned.
        yield outputs
        self.batcher.submit(Request(list(rows), encoded, params, cancel, sink))
        started = time.perf_counter()
        try:
            while True:
                events = [sink.get()]
                while not sink.empty():  # coalesce steps that queued up while the consumer was busy
                    events.append(sink.get_nowait())
                end, stepped = None, False
                for event in events:
                    if isinstance(event, Failed):
                        raise event.error
                    if isinstance(event, Started):
                        started = event.at
                    elif isinstance(event, Step):
                        self._apply_step(outputs, event, started)
                        stepped = True
                    elif isinstance(event, Ended):
                        end = event.reason
                if end is not None:
                    break
                if stepped:  # a start alone changes no output: the next snapshot is the first tokens
                    yield outputs
            self._finish(outputs, params, end)
            yield outputs
        finally:
            cancel.set()  # a consumer that stops early (closed tab, error) ends the generation at the next step

    def generate(self, rows: Sequence[Row], params: GenerationParams,
                 cancel: threading.Event | None = None) -> list[VariantOutput]:
        """Run to completion and return the final outputs."""
        return final(self.stream(rows, params, cancel))

    def token_logprobs(self, rows: Sequence[Row], continuations: Sequence[Sequence[int]],
                       chunk: int = 4) -> list[list[float]]:
        """Log-probability of each continuation token under its row's variant (teacher forcing).

        Row ``i``'s prompt is followed by ``continuations[i]``; the model scores every token of it,
        so the same tokens can be scored under the base and under an adapter (the divergence view).
        """
        encoded = self._check(rows, GenerationParams(max_new_tokens=1))
        return self.worker.call(self._score, list(rows), encoded, [list(c) for c in continuations], chunk)

    def _score(self, rows, encoded, continuations, chunk: int) -> list[list[float]]:
        scores: list[list[float]] = []
        for lo in range(0, len(rows), chunk):  # a few rows at a time: logits are (rows, tokens, vocab)
            part = slice(lo, lo + chunk)
            ids = [p + c for p, c in zip(encoded[part], continuations[part])]
            keep = max(len(c) for c in continuations[part]) + 1
            batch = self.tokenizer.pad({"input_ids": ids}, padding=True, return_tensors="pt").to(self.multi.device)
            with self.multi.route([r.variant for r in rows[part]], [r.strength for r in rows[part]]), \
                    torch.inference_mode():
                logits = self.base.model(**batch, logits_to_keep=keep).logits.float()
            logprobs = torch.log_softmax(logits[:, :-1], dim=-1)  # position t predicts token t + 1
            for row, cont in enumerate(continuations[part]):
                if not cont:
                    scores.append([])
                    continue
                picked = logprobs[row, -len(cont):].gather(-1, torch.tensor(cont, device=logits.device)[:, None])
                scores.append(picked[:, 0].tolist())
        return scores

    def _header(self, messages: Sequence[dict]) -> list[int]:
        """The row's chat header (prefix.py), remembered per system prompt."""
        system = messages[0]["content"] if messages and messages[0].get("role") == "system" else ""
        if system not in self._headers:
            if len(self._headers) >= 64:
                self._headers.clear()
            self._headers[system] = chat_header(self.encode, messages) if self.tokenizer.chat_template else []
        return self._headers[system]

    def _split(self, rows, encoded) -> SplitBatch | None:
        return split_batch(encoded, [self._header(r.messages) for r in rows], [(r.variant, r.strength) for r in rows],
                           self.tokenizer.pad_token_id)

    def _prefill_header(self, rows, split: SplitBatch) -> DynamicCache:
        """On the model thread: the header's KV cache once per variant, then copied to each of its rows."""
        device = self.multi.device
        leaders = [rows[i] for i in split.leaders]
        cache = GrowingCache()
        with self.multi.route([r.variant for r in leaders], [r.strength for r in leaders]), torch.inference_mode():
            self.base.model(input_ids=torch.tensor([split.header] * len(leaders), device=device),
                            past_key_values=cache, use_cache=True, logits_to_keep=1)
        cache.batch_select_indices(torch.tensor(split.group_of, device=device))
        return cache

    def _apply_step(self, outputs: list[VariantOutput], step: Step, started: float) -> None:
        at = step.at
        for index, token in step.tokens.items():
            output = outputs[index]
            if output.done:
                continue
            if token in self.eos_ids:
                output.finish_reason = "stop"
                continue
            output.token_ids.append(token)
            if step.logprobs is not None:
                output.logprobs.append(step.logprobs[index])
            output.tokens += 1
            output.elapsed_s = at - started
            if output.ttft_s is None:
                output.ttft_s = at - started
            output.text = self.decode(output.token_ids)

    def _finish(self, outputs: list[VariantOutput], params: GenerationParams, interrupt: str) -> None:
        for output in outputs:
            if not output.finish_reason:
                output.finish_reason = interrupt or ("length" if output.tokens >= params.max_new_tokens else "stop")

    def _prepare(self, rows: list[Row], encoded: list[list[int]]):
        """On the model thread: a request's prompt laid out for its prefill (the batcher's ``Prepare``): a cache
        already holding the shared chat header when rows share a variant (prefix.py), the ids and the mask."""
        device = self.multi.device
        split = self._split(rows, encoded)
        if split:
            return self._prefill_header(rows, split), split.ids.to(device), split.mask.to(device)
        batch = self.tokenizer.pad({"input_ids": encoded}, padding=True, return_tensors="pt").to(device)
        return None, batch["input_ids"], batch["attention_mask"]

    # ----- memory ---------------------------------------------------------------------
    def reset_peak_memory(self) -> bool:
        """Start a new peak: CUDA's allocator stats on GPU, the process's RSS high-water mark on CPU.

        False when the CPU peak could not be reset (it then counts from the process start).
        """
        if self.device.type == "cuda":
            self.worker.call(torch.cuda.reset_peak_memory_stats, self.device)
            return True
        try:  # Linux >= 4.0: "5" resets VmHWM to the current RSS
            with open("/proc/self/clear_refs", "w") as fh:
                fh.write("5")
            return True
        except OSError:
            return False

    def peak_memory(self, was_reset: bool = True) -> MemoryPeak:
        """The peak since the last reset, in MiB, and what it measures."""
        if self.device.type == "cuda":
            peak = self.worker.call(torch.cuda.max_memory_allocated, self.device)
            return MemoryPeak(peak / 2**20, "cuda max_memory_allocated")
        since = "" if was_reset else ", since the process started"
        try:
            with open("/proc/self/status") as fh:
                for line in fh:
                    if line.startswith("VmHWM:"):
                        return MemoryPeak(int(line.split()[1]) / 1024, f"peak RSS (process{since})", was_reset)
        except OSError:
            pass
        return MemoryPeak(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                          "peak RSS (process, since it started)", False)

    def free_memory(self) -> None:
        if self.device.type == "cuda":
            self.worker.call(torch.cuda.empty_cache)
