"""Continuous batching: a request that arrives while others decode joins the running batch at the next step.

The model thread keeps one running batch: the rows of every request being decoded, each row with its own
adapter (``multi_lora.py``), its KV cache and attention mask side by side. Between two decoding steps the
batcher admits the oldest waiting request that fits the caps (rows in the batch, requests in the batch, KV-cache
memory; ``limits.py``) and prefills it, a chunk of ``PREFILL_CHUNK`` tokens per step so that the running streams
keep flowing through a long prompt; short prompts waiting together are prefilled at the same step, up to
``PREFILL_BUDGET`` rows x tokens (each its own pass, as alone), so that none waits a decoding step per request
ahead of it; one that arrives during those prefills waits for the next decoding step, so that a stream of
arrivals whose prefills take longer than their spacing cannot hold the running streams still. Once prefilled it
samples its first tokens and joins: the two caches and masks are left-padded to one length and stacked (one copy
of each, ``kv_cache.join``), and the next step decodes everyone's rows together. A row
leaves the batch when it ends (an end token, its request's token budget, a cancel or the wall-clock cap), as in
``decode.py``'s loop; a request ends when its last row does.

Each request keeps what it would have alone: its sampling settings and their transformers processors, its own
``torch.Generator`` (seeded by the request) drawing for its own rows in the same order, its cancel event, its
deadline, its event stream. Padding is masked and position ids count real tokens only, so a row sees what it
would see alone; on the CPU path (per-row LoRA kernel, batch-invariant decode attention, bitsandbytes' per-row
gemv) its greedy tokens are the same alone or joined at any step (``tests/test_batcher.py``).

``limits.max_batch_requests = 1`` serves requests one after another (the behaviour before this module, kept
for ``bench/concurrency.py``).
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

import torch
from transformers import DynamicCache

from playground.core.limits import Limits
from playground.core.types import GenerationParams, Row
from playground.local.decode import logits_processors
from playground.local.kv_cache import GrowingCache, crop_left, join
from playground.local.multi_lora import BatchRoute, MultiLora
from playground.local.worker import ModelWorker

log = logging.getLogger(__name__)

PREFILL_CHUNK = 256  # prompt tokens prefilled per step while others decode; shorter prompts take one pass
PREFILL_BUDGET = 1024  # rows x prompt tokens prefilled per step: several short prompts join at the same step
TRIM_COLUMNS = 64  # leading cache columns that no row attends to any more, dropped once there are this many
MB = 2**20


# What the model thread reports to a request's stream, in order: Started, then Steps, then Ended (Failed before
# it on error).
@dataclass(frozen=True)
class Started:
    at: float  # when decoding began (after the prefill)


@dataclass(frozen=True)
class Step:
    at: float
    tokens: dict[int, int]  # row index -> its new token
    # row index -> (the token's log-probability, the top ones as (token, log-probability)), when asked for
    logprobs: dict[int, tuple[float, tuple[tuple[int, float], ...]]] | None = None


@dataclass(frozen=True)
class Failed:
    error: BaseException


@dataclass(frozen=True)
class Ended:
    reason: str  # "", "stopped" or "timeout"


class Interrupt:
    """Ends a request's decoding once it is cancelled or past its deadline (checked after every step)."""

    def __init__(self, cancel: threading.Event, deadline: float):
        self.cancel = cancel
        self.deadline = deadline
        self.reason = ""
        self.stopped_at: float | None = None
        self.steps = 0  # decoding steps checked so far (tests bound a stop in steps, not seconds)

    def check(self) -> bool:
        if not self.reason:
            self.steps += 1
            if self.cancel.is_set():
                self.reason = "stopped"
            elif time.perf_counter() > self.deadline:
                self.reason = "timeout"
            if self.reason:
                self.stopped_at = time.perf_counter()
        return bool(self.reason)


@dataclass
class Request:
    """One generation: its rows and settings, its cancel event, where its events go, and (on the model
    thread) its decoding state."""

    rows: list[Row]
    encoded: list[list[int]]
    params: GenerationParams
    cancel: threading.Event
    sink: queue.Queue
    interrupt: Interrupt | None = None
    alive: list[int] = field(default_factory=list)  # the request's rows still decoding, in batch order
    sequences: torch.Tensor | None = None  # (alive rows, tokens): prompt and tokens so far (repetition penalty)
    steps: int = 0  # tokens produced per row so far
    processors: object = None
    generator: torch.Generator | None = None

    @property
    def remaining(self) -> int:
        return self.params.max_new_tokens - self.steps


@dataclass
class _Prefill:
    """A request being prefilled, a chunk per step."""

    request: Request
    cache: DynamicCache
    ids: torch.Tensor   # (rows, columns), left-padded
    mask: torch.Tensor  # (rows, columns)
    done: int           # columns already in the cache
    route: BatchRoute   # the request's rows' routing (the batch's too, when it joins an empty one)
    positions: torch.Tensor  # (rows, columns): position ids, counting real tokens only


# (rows, encoded) -> (a cache holding the first columns or None, ids, mask): how the engine lays out a prompt
Prepare = Callable[[list[Row], list[list[int]]], tuple[DynamicCache | None, torch.Tensor, torch.Tensor]]


class ContinuousBatcher:
    """The running batch of one model, stepped by the model thread (a :class:`~playground.local.worker.Stepper`)."""

    def __init__(self, model: torch.nn.Module, multi: MultiLora, worker: ModelWorker, limits: Callable[[], Limits],
                 eos_ids: Callable[[], set[int]], prepare: Prepare, kv_bytes_per_token: int):
        self.model, self.multi, self.worker = model, multi, worker
        self.limits, self.eos_ids, self.prepare = limits, eos_ids, prepare
        self.kv_bytes_per_token = kv_bytes_per_token  # one row's keys and values for one position, all layers
        self._lock = threading.Lock()
        self.pending: deque[Request] = deque()
        self.prefilling: _Prefill | None = None
        self.running: list[Request] = []  # in batch order: each request's alive rows are contiguous
        self.cache: DynamicCache | None = None
        self.mask: torch.Tensor | None = None    # (rows, columns)
        self.tokens: torch.Tensor | None = None  # (rows,): each row's last token, fed at the next step
        self.route: BatchRoute | None = None
        self.active = 0  # requests admitted and not ended (tests watch it drain after a cancel)
        self.last_interrupt: Interrupt | None = None
        self.steps = 0  # decoding steps of the running batch so far (a batch step serves every request in it)
        self.joined = 0  # requests that joined a batch already decoding others
        worker.attach(self)

    # ----- from any thread --------------------------------------------------------------
    def submit(self, request: Request) -> None:
        """Queue ``request``; it joins the running batch once it fits (FIFO)."""
        with self._lock:
            self.pending.append(request)
        self.worker.wake()

    @property
    def waiting(self) -> int:
        return len(self.pending)

    @property
    def rows(self) -> int:
        """Rows in the running batch."""
        return sum(len(r.alive) for r in self.running)

    # ----- the model thread -------------------------------------------------------------
    def busy(self) -> bool:
        return bool(self.pending or self.prefilling or self.running)

    def step(self) -> None:
        """Admit and prefill (short prompts within the budget, or a chunk of a long one), then one decoding step
        of the running batch."""
        budget = PREFILL_BUDGET
        with self._lock:
            queued = len(self.pending)  # waiting when this step began
        while budget > 0:
            if self.prefilling is None:
                if queued <= 0 and self.running:  # arrived during this step's prefills: after one decoding step
                    break
                queued -= 1
                self._admit()
            if self.prefilling is None:
                break
            budget -= self._prefill_chunk()
            if self.prefilling is not None:  # a long prompt: its next chunk after the next decoding step
                break
        if self.running:
            try:
                self._decode()
            except BaseException as err:  # the whole batch shared the failed step
                log.exception("decoding step failed")
                for request in self.running:
                    self._end(request, err)
                self._reset()

    def _admit(self) -> None:
        with self._lock:
            while self.pending and self.pending[0].cancel.is_set():  # left before it started: never runs
                self._end(self.pending.popleft(), started=False)
            if not self.pending or not self._fits(self.pending[0]):
                return
            request = self.pending.popleft()
        limits = self.limits()
        request.interrupt = Interrupt(request.cancel, time.perf_counter() + limits.generation_timeout_s)
        self.last_interrupt = request.interrupt
        self.active += 1
        try:
            cache, ids, mask = self.prepare(request.rows, request.encoded)
        except BaseException as err:
            log.exception("prefill failed")
            self._end(request, err)
            return
        cache = cache if cache is not None else GrowingCache()
        request.sink.put(Started(time.perf_counter()))
        route = self.multi.routing([r.variant for r in request.rows], [r.strength for r in request.rows])
        positions = (mask.long().cumsum(-1) - 1).clamp(min=0)
        self.prefilling = _Prefill(request, cache, ids, mask, cache.get_seq_length(), route, positions)

    def _fits(self, request: Request) -> bool:
        """Whether ``request`` may join now: always into an empty batch, else within every cap."""
        if not self.running:
            return True
        limits = self.limits()
        if len(self.running) >= limits.max_batch_requests or self.rows + len(request.rows) > limits.max_batch_rows:
            return False
        columns = max(self.mask.shape[1], max(len(ids) for ids in request.encoded))
        steps = max(request.params.max_new_tokens, *(r.remaining for r in self.running))
        kv_bytes = (self.rows + len(request.rows)) * (columns + steps) * self.kv_bytes_per_token
        return kv_bytes <= limits.max_kv_cache_mb * MB

    def _prefill_chunk(self) -> int:
        """Prefill the next chunk of the request being prefilled; it joins once done. Returns rows x tokens."""
        prefill = self.prefilling
        request = prefill.request
        if request.cancel.is_set():
            self.prefilling = None
            request.interrupt.check()
            self._end(request)
            return 0
        start, end = prefill.done, min(prefill.done + PREFILL_CHUNK, prefill.ids.shape[1])
        try:
            self.multi.install(prefill.route)
            try:
                with torch.inference_mode():
                    out = self.model(input_ids=prefill.ids[:, start:end], attention_mask=prefill.mask[:, :end],
                                     position_ids=prefill.positions[:, start:end], past_key_values=prefill.cache,
                                     use_cache=True, logits_to_keep=1)
            finally:
                self.multi.install(None)
            prefill.done = end
            if end == prefill.ids.shape[1]:
                self.prefilling = None
                self._start(request, prefill, out.logits[:, -1, :])
        except BaseException as err:
            log.exception("prefill failed")
            self.prefilling = None
            self._end(request, err)
        return len(request.rows) * (end - start)

    @torch.inference_mode()
    def _start(self, request: Request, prefill: _Prefill, logits: torch.Tensor) -> None:
        """The request's first tokens; then it joins the running batch, unless it is done already."""
        params = request.params
        request.processors = logits_processors(params)
        if not params.greedy:
            request.generator = torch.Generator(device=logits.device).manual_seed(int(params.seed or 0))
        request.alive = list(range(len(request.rows)))
        request.sequences = prefill.ids
        tokens = self._sample(request, logits)
        keep = self._advance(request, tokens, logits, self._eos(tokens.device))
        if keep is None:
            self._end(request)
            return
        cache, mask = prefill.cache, prefill.mask
        if len(keep) < len(tokens):
            cache.batch_select_indices(keep)
            mask = mask[keep]
            prefill.route.keep(keep)
        self._join(request, cache, mask, tokens[keep], prefill.route)

    def _join(self, request: Request, cache: DynamicCache, mask: torch.Tensor, tokens: torch.Tensor,
              route: BatchRoute) -> None:
        if not self.running:  # the batch is this request: its own routing serves
            self.cache, self.mask, self.tokens, self.route = cache, mask, tokens, route
            self.running.append(request)
            return
        columns = max(self.mask.shape[1], mask.shape[1])
        self.cache = join(self.cache, cache, columns)
        self.mask = torch.cat([_pad_left(self.mask, columns), _pad_left(mask, columns)])
        self.tokens = torch.cat([self.tokens, tokens])
        self.joined += 1
        self.running.append(request)
        rows = [request.rows[i] for request in self.running for i in request.alive]
        self.route = self.multi.routing([r.variant for r in rows], [r.strength for r in rows])  # the joined batch

    @torch.inference_mode()
    def _decode(self) -> None:
        """One step: every row of the running batch gets its next token."""
        self.mask = torch.cat([self.mask, self.mask.new_ones(self.mask.shape[0], 1)], dim=-1)
        self.multi.install(self.route)  # a job between two steps may have routed its own batch
        try:
            out = self.model(input_ids=self.tokens[:, None], attention_mask=self.mask,
                             position_ids=self.mask.long().sum(-1, keepdim=True) - 1, past_key_values=self.cache,
                             use_cache=True)
        finally:
            self.multi.install(None)
        self.steps += 1
        logits = out.logits[:, -1, :]
        kept, tokens, still = [], [], []
        start, eos = 0, self._eos(logits.device)
        for request in self.running:
            count = len(request.alive)
            new = self._sample(request, logits[start:start + count])
            keep = self._advance(request, new, logits[start:start + count], eos)
            if keep is None:
                self._end(request)
            else:
                kept.append(keep + start)
                tokens.append(new[keep])
                still.append(request)
            start += count
        if not still:
            self._reset()
            return
        keep = torch.cat(kept)
        if len(keep) < self.mask.shape[0]:  # rows that ended leave: cache, mask and routing
            self.cache.batch_select_indices(keep)
            self.mask = self.mask[keep]
            self.route.keep(keep)
        self.running, self.tokens = still, torch.cat(tokens)
        unused = int(self.mask.any(dim=0).long().argmax())  # leading columns no row attends to (padding)
        if unused >= TRIM_COLUMNS:
            crop_left(self.cache, unused)
            self.mask = self.mask[:, unused:]

    def _eos(self, device) -> torch.Tensor:
        """The end tokens, as a tensor (once per step, not per request)."""
        return torch.tensor(sorted(self.eos_ids()), device=device)

    def _sample(self, request: Request, logits: torch.Tensor) -> torch.Tensor:
        """The request's next token for each of its rows, exactly as ``generate`` would pick it."""
        scores = request.processors(request.sequences, logits.float())
        if request.params.greedy:
            return scores.argmax(dim=-1)
        return torch.multinomial(torch.softmax(scores, dim=-1), 1, generator=request.generator)[:, 0]

    def _advance(self, request: Request, tokens: torch.Tensor, logits: torch.Tensor,
                 eos: torch.Tensor) -> torch.Tensor | None:
        """Report the request's new tokens; the positions (among its rows) that go on, or None when it ends."""
        request.sink.put(Step(time.perf_counter(), dict(zip(request.alive, tokens.tolist())),
                              _logprobs(logits, tokens, request.params.logprobs, request.alive)))
        request.steps += 1
        if request.interrupt.check() or request.steps >= request.params.max_new_tokens:
            return None
        running = ~torch.isin(tokens, eos)
        if not running.any():
            return None
        keep = running.nonzero()[:, 0]
        request.alive = [request.alive[i] for i in keep.tolist()]
        request.sequences = torch.cat([request.sequences[keep], tokens[keep, None]], dim=-1)
        return keep

    def _end(self, request: Request, error: BaseException | None = None, started: bool = True) -> None:
        if error is not None:
            request.sink.put(Failed(error))
        reason = request.interrupt.reason if request.interrupt else ("stopped" if request.cancel.is_set() else "")
        request.sink.put(Ended(reason))
        if started:
            self.active -= 1

    def _reset(self) -> None:
        self.running, self.cache, self.mask, self.tokens, self.route = [], None, None, None, None


def _logprobs(logits: torch.Tensor, tokens: torch.Tensor, top: int | None, rows: list[int]):
    """Each row's new token's log-probability under the model (before sampling settings) and the ``top`` most
    likely tokens', by row index; None when not asked for."""
    if top is None:
        return None
    logprobs = torch.log_softmax(logits.float(), dim=-1)
    chosen = logprobs.gather(-1, tokens[:, None])[:, 0].tolist()
    best = logprobs.topk(top, dim=-1) if top else None
    found = {}
    for position, row in enumerate(rows):
        pairs = tuple(zip(best.indices[position].tolist(), best.values[position].tolist())) if best else ()
        found[row] = (chosen[position], pairs)
    return found


def _pad_left(mask: torch.Tensor, columns: int) -> torch.Tensor:
    return torch.nn.functional.pad(mask, (columns - mask.shape[1], 0))
