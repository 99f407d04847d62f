"""The engine interface in front of an OpenAI-compatible multi-LoRA server (``vllm serve BASE --enable-lora
--lora-modules name=path ...``; SGLang, LoRAX and llama.cpp's ``llama-server`` speak the same API).

The variants are the server's models (``GET /v1/models``): the base is the entry the others name as their
``parent`` (or ``root``), or the one named by ``--server-base``, and is called ``base`` here as everywhere in the
playground; each LoRA module is an adapter under its own name. A request streams one HTTP request per row, all
at once (at most ``max_connections``): the server batches them (vLLM mixes adapters in one batch). Time to first
token, tokens/s and token counts are measured here, on the client side; the counts are the server's (usage).

Chat rows go to ``/v1/chat/completions`` (the server's chat template); plain prompts, and chat rows when
``api = "completions"``, to ``/v1/completions``. Token ids come back with each token (vLLM's
``return_tokens_as_token_ids``), so the divergence view can score the same tokens under another variant
(:meth:`RemoteEngine.token_logprobs`; prompts tokenized by ``/tokenize``).

llama.cpp's ``llama-server`` serves one model and applies its LoRA adapters per request (``lora`` scales,
:mod:`playground.remote.llama_cpp`): there a variant is the base with one adapter's scale set, and adapter strength
is that scale. What the server cannot do is refused with a clear message and hidden in the UI
(:attr:`capabilities`): adapter strength on vLLM (it runs an adapter at its trained scale), merges (local only).
Adapters added at run time go to the server (vLLM's ``/v1/load_lora_adapter``) when it allows it (``runtime_lora``).
A server that is down at start does not stop the app: :attr:`info` says so and every request re-reads the model
list, at most every ``retry_s``, until it answers.
"""

from __future__ import annotations

import json
import logging
import queue
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from playground.core.engine import (
    BackendInfo,
    Capabilities,
    MemoryPeak,
    VariantInfo,
    final,
)
from playground.core.limits import Limits
from playground.core.messages import Messages
from playground.core.types import (
    BASE,
    GenerationParams,
    RequestError,
    Row,
    VariantOutput,
    check_known,
)
from playground.features.adapter_files import check_files, read_card
from playground.remote.client import ServerClient, ServerError, ServerSettings
from playground.remote.llama_cpp import lora_adapters

log = logging.getLogger(__name__)

API_KINDS = ("chat", "completions")
TOKEN_ID_PREFIX = "token_id:"  # vLLM's return_tokens_as_token_ids: each token as "token_id:<id>"


@dataclass(frozen=True)
class RemoteConfig:
    """A remote backend: the server, which of its models is the base, and how to talk to it."""

    server: ServerSettings
    base: str = ""  # the base's model id on the server; "" = the model the others name as parent
    api: str = "chat"  # "chat": the server's chat template; "completions": the local tokenizer's, as plain text
    retry_s: float = 10.0  # least time between two tries of a server that is down
    adapters_dir: str = ""  # the shipped adapters' folder: their cards give the served adapters a task
    extra_body: tuple[tuple[str, object], ...] = ()  # more fields for every generation request (vLLM's ignore_eos)
    runtime_lora: bool = False  # the server loads adapters while it runs (vLLM: VLLM_ALLOW_RUNTIME_LORA_UPDATING=1)


@dataclass
class _Served:
    """What the server serves: the base's id and each adapter's; on llama.cpp's server, one model and each
    adapter's id in its ``lora`` field (``lora_ids``, None elsewhere)."""

    base: str
    adapters: list[str]
    lora_ids: dict[str, int] | None = None

    @property
    def llama_cpp(self) -> bool:
        return self.lora_ids is not None


class RemoteEngine:
    """:class:`~playground.core.engine.Engine` over an OpenAI-compatible server."""

    def __init__(self, config: RemoteConfig, limits: Limits, tokenizer=None):
        if config.api not in API_KINDS:
            raise ValueError(f"api must be one of {', '.join(API_KINDS)}; got {config.api!r}")
        self.config, self.limits, self.tokenizer = config, limits, tokenizer
        self.client = ServerClient(config.server)
        self._served: _Served | None = None
        self._down = ""  # why the last try failed ("" once it answered)
        self._down_reason = ""  # the same in a few words (the header's warning)
        self._tried_at = float("-inf")
        self._lock = threading.Lock()
        self._cards: dict[str, tuple[dict, dict]] = {}
        self.refresh()

    # ----- what the server serves -----------------------------------------------------
    def refresh(self, force: bool = True) -> bool:
        """Re-read the model list (at most every ``retry_s`` unless ``force``); whether the server answered."""
        with self._lock:
            if not force and time.monotonic() - self._tried_at < self.config.retry_s:
                return self._served is not None and not self._down
            self._tried_at = time.monotonic()
            try:
                self._served = self._read_models()
                self._down = ""
            except ServerError as err:
                self._down, self._down_reason = str(err), err.reason
                log.warning("model server: %s", err)
            return not self._down

    @property
    def capabilities(self) -> Capabilities:
        """What this server does: adapter strength only on llama.cpp's server (its per-request ``lora`` scales),
        adapters added at run time only with ``runtime_lora`` (vLLM's ``/v1/load_lora_adapter``)."""
        llama_cpp = self._served is not None and self._served.llama_cpp
        runtime_lora = self.config.runtime_lora and not llama_cpp
        return Capabilities(
            strength=llama_cpp, divergence=True, merge=False, add_adapter=runtime_lora,
            notes=(("strength", Messages.LLAMA_CPP_STRENGTH if llama_cpp else Messages.SERVER_NO_STRENGTH),
                   ("divergence", Messages.SERVER_DIVERGENCE), ("merge", Messages.SERVER_NO_MERGE),
                   ("add_adapter", Messages.SERVER_RUNTIME_LORA if runtime_lora else
                    Messages.LLAMA_CPP_NO_ADD if llama_cpp else Messages.SERVER_NO_ADD)))

    def _read_models(self) -> _Served:
        models = self.client.get("/v1/models").get("data") or []
        ids = [str(m.get("id")) for m in models if m.get("id")]
        host = self.config.server.host
        if self.config.base and self.config.base not in ids:
            raise ServerError(Messages.SERVER_UNKNOWN_BASE.format(host=host, name=self.config.base,
                                                                  models=", ".join(ids) or "none"))
        loras = lora_adapters(self.client)
        if loras is not None:  # llama.cpp's server: one model, the adapters are scales of each request
            if not ids:
                raise ServerError(Messages.SERVER_NO_BASE.format(host=host))
            return _Served(self.config.base or ids[0], list(loras), lora_ids=loras)
        if self.config.base:
            base = self.config.base
        else:
            parents = {str(m.get("parent")) for m in models if m.get("parent")}
            bases = [i for i, m in zip(ids, models) if not m.get("parent")]
            named = [b for b in bases if b in parents]
            if not (named or len(bases) == 1):
                raise ServerError(Messages.SERVER_NO_BASE.format(host=host))
            base = (named or bases)[0]
        adapters = [i for i in ids if i != base and i != BASE]
        return _Served(base, adapters)

    def _served_now(self) -> _Served:
        """The model list, re-read when the server was down; a clear error while it still is."""
        if self._served is None or self._down:
            self.refresh(force=False)
        if self._served is None or self._down:
            raise RequestError(self._down or Messages.SERVER_DOWN.format(host=self.config.server.host,
                                                                         reason="not tried yet"))
        return self._served

    @property
    def info(self) -> BackendInfo:
        host = self.config.server.host
        served = self._served
        kind = "llama.cpp's server" if served and served.llama_cpp else "the OpenAI-compatible server"
        description = f"{served.base if served else 'unknown model'} on {kind} at {host}"
        warnings = ()
        if self._down:
            warnings = (Messages.SERVER_STARTING.format(host=host, reason=self._down_reason,
                                                        every=self.config.retry_s),)
        return BackendInfo(description=description, device="remote", warnings=warnings)

    @property
    def variants(self) -> list[str]:
        served = self._served
        return [BASE, *(served.adapters if served else [])]

    def describe_variants(self) -> list[VariantInfo]:
        served = self._served
        base = VariantInfo(name=BASE, kind="base", model=served.base if served else "",
                           source=f"server {self.config.server.host}", description="the server's base model")
        return [base, *(self._describe(name) for name in (served.adapters if served else []))]

    def describe_loaded(self) -> list[VariantInfo]:
        return self.describe_variants()

    def _describe(self, name: str) -> VariantInfo:
        card, config = self._card(name)
        targets = config.get("target_modules") or ()
        return VariantInfo(name=name, kind="adapter", task=str(card.get("task", "")),
                           description=str(card.get("description", "")) or "LoRA adapter served by the model server",
                           rank=config.get("r"), alpha=config.get("lora_alpha"),
                           targets=tuple(targets) if isinstance(targets, list) else (str(targets),),
                           source=f"server {self.config.server.host}")

    def _card(self, name: str, folder: Path | None = None) -> tuple[dict, dict]:
        """The model card and ``adapter_config.json`` of the adapter in ``folder`` (by default the shipped adapter
        of the same name), if there is one."""
        if name not in self._cards:
            if folder is None and self.config.adapters_dir:
                folder = Path(self.config.adapters_dir) / name
            card, config = {}, {}
            if folder is not None and folder.is_dir():
                card = read_card(folder)
                try:
                    config = json.loads((folder / "adapter_config.json").read_text())
                except (OSError, ValueError):
                    config = {}
            self._cards[name] = (card, config if isinstance(config, dict) else {})
        return self._cards[name]

    def _model(self, variant: str, strength: float = 1.0) -> dict:
        """The fields of a request that choose ``variant``: its model, or on llama.cpp's server the base with
        every adapter's scale (``strength`` for the variant's adapter, 0 for the others)."""
        served = self._served_now()
        if served.llama_cpp:
            return {"model": served.base, "lora": [{"id": index, "scale": strength if name == variant else 0.0}
                                                   for name, index in served.lora_ids.items()]}
        return {"model": served.base if variant == BASE else variant}

    # ----- tokens -----------------------------------------------------------------------
    def _tokenize(self, variant: str, messages: Sequence[dict] | None = None, prompt: str | None = None) -> list[int]:
        if self.config.api == "completions" and messages is not None and self.tokenizer is not None:
            return list(self.tokenizer.apply_chat_template(list(messages), add_generation_prompt=True,
                                                           tokenize=True, return_dict=False))
        try:
            if self._served_now().llama_cpp:  # its /tokenize takes text: the chat template is applied first
                if messages is not None:
                    prompt = self.client.post("/apply-template", {"messages": list(messages)})["prompt"]
                body = {"content": prompt or "", "add_special": True, "parse_special": True}
                return [int(t) for t in self.client.post("/tokenize", body)["tokens"]]
            body = {"model": self._model(variant)["model"]}
            if messages is not None:
                body.update(messages=list(messages), add_generation_prompt=True)
            else:
                body.update(prompt=prompt or "")
            return list(self.client.post("/tokenize", body)["tokens"])
        except ServerError as err:
            if err.status == 404:
                raise RequestError(Messages.SERVER_NO_TOKENIZER.format(what="counting tokens")) from None
            raise

    def count_tokens(self, messages: Sequence[dict]) -> int:
        return len(self._tokenize(BASE, messages))

    def decode(self, token_ids: Sequence[int]) -> str:
        if self.tokenizer is not None:
            return self.tokenizer.decode(list(token_ids), skip_special_tokens=True)
        if not token_ids:
            return ""
        if self._served_now().llama_cpp:
            return str(self.client.post("/detokenize", {"tokens": list(token_ids)})["content"])
        body = {"model": self._model(BASE)["model"], "tokens": list(token_ids)}
        return str(self.client.post("/detokenize", body)["prompt"])

    def token_logprobs(self, rows: Sequence[Row], continuations: Sequence[Sequence[int]]) -> list[list[float]]:
        """Each continuation token scored under its row's variant: for token ``i``, the prompt and the tokens
        before it go to ``/v1/completions`` for one token with that token forced (``logit_bias`` +100), and the
        server's log-probability of it comes back raw, before the bias (vLLM's default ``logprobs_mode``). One
        request per token, all at once (bounded); the server's prefix cache makes each a one-token step.

        Not ``prompt_logprobs`` (one request per row): vLLM 0.32's CPU build with LoRA enabled crashes its engine
        on it (``add_lora_logits`` sized for one position per request)."""
        check_known(sorted({r.variant for r in rows}), self.variants)
        prompts = _all_at_once([lambda r=r: self._tokenize(r.variant, None if r.prompt is not None else r.messages,
                                                           r.prompt) for r in rows], self.config.server.max_connections)

        def score(row: Row, prompt: list[int], before: list[int], token: int) -> float:
            answer = self.client.post("/v1/completions", {
                **self._model(row.variant, row.strength), "prompt": prompt + before, "max_tokens": 1,
                "temperature": 0, "logprobs": 1, "logit_bias": {str(token): 100}, "return_tokens_as_token_ids": True})
            ids, pairs, _ = _tokens_of((answer.get("choices") or [{}])[0])
            if not ids or ids[0] != token:
                raise RequestError(Messages.SERVER_NO_SCORING)
            return pairs[0][0]

        calls, owners = [], []
        for index, (row, prompt, continuation) in enumerate(zip(rows, prompts, continuations)):
            continuation = list(continuation)
            for position, token in enumerate(continuation):
                calls.append(lambda r=row, p=prompt, b=continuation[:position], t=token: score(r, p, b, t))
                owners.append(index)
        scores: list[list[float]] = [[] for _ in rows]
        for owner, value in zip(owners, _all_at_once(calls, self.config.server.max_connections)):
            scores[owner].append(value)
        return scores

    # ----- generation -------------------------------------------------------------------
    def stream(self, rows: Sequence[Row], params: GenerationParams,
               cancel: threading.Event | None = None) -> Iterator[list[VariantOutput]]:
        """Every row's output so far: first empty, then as chunks arrive; the last yield is final. One streaming
        request per row; a row whose stream fails ends with its error (``finish_reason`` "error"), the others go
        on; when every row failed before its first token the error is raised instead."""
        served = self._served_now()
        check_known(sorted({r.variant for r in rows}), self.variants)
        if not served.llama_cpp and any(r.strength != 1 for r in rows):
            raise RequestError(Messages.SERVER_NO_STRENGTH, field="strength")
        params = params.with_seed()
        cancel = cancel or threading.Event()
        requests = [self._request(row, params) for row in rows]
        outputs = [VariantOutput(variant=row.variant) for row in rows]
        yield outputs
        events: queue.Queue = queue.Queue()
        slots = threading.BoundedSemaphore(self.config.server.max_connections)
        threads = [threading.Thread(target=self._run_row, args=(i, path, body, cancel, events, slots), daemon=True)
                   for i, (path, body) in enumerate(requests)]
        sent = [None] * len(rows)
        deadline = time.perf_counter() + self.limits.generation_timeout_s
        for thread in threads:
            thread.start()
        ended = 0
        try:
            while ended < len(rows):
                try:
                    event = events.get(timeout=max(0.01, min(1.0, deadline - time.perf_counter())))
                except queue.Empty:
                    if time.perf_counter() > deadline:
                        for output in outputs:
                            if not output.done:
                                output.finish_reason = "timeout"
                        break
                    continue
                kind, index, *rest = event
                output = outputs[index]
                if kind == "sent":
                    sent[index] = rest[0]
                elif kind == "tokens":
                    self._apply(output, params, *rest, since=sent[index])
                elif kind == "end":
                    ended += 1
                    reason, prompt_tokens = rest
                    output.prompt_tokens = prompt_tokens or output.prompt_tokens
                    if not output.done:
                        output.finish_reason = "stopped" if cancel.is_set() else reason
                elif kind == "error":
                    ended += 1
                    output.finish_reason, output.error = "error", rest[0]
                yield outputs
            if all(o.finish_reason == "error" and not o.tokens for o in outputs):
                raise RequestError(outputs[0].error)
            yield outputs
        finally:
            cancel.set()  # a consumer that stops early: every row's stream closes at its next chunk

    def generate(self, rows: Sequence[Row], params: GenerationParams,
                 cancel: threading.Event | None = None) -> list[VariantOutput]:
        """Run to completion and return the final outputs."""
        return final(self.stream(rows, params, cancel))

    def _request(self, row: Row, params: GenerationParams) -> tuple[str, dict]:
        body = {**self._model(row.variant, row.strength), "max_tokens": params.max_new_tokens,
                "temperature": params.temperature, "top_p": params.top_p, "seed": params.seed,
                "stream_options": {"include_usage": True, "continuous_usage_stats": True},
                "return_tokens_as_token_ids": True}
        body.update(self.config.extra_body)
        if params.top_k:
            body["top_k"] = params.top_k
        if params.repetition_penalty != 1:
            body["repetition_penalty"] = params.repetition_penalty
        top = params.logprobs or 0
        if "lora" in body:  # llama.cpp's server returns the tokens' ids only with at least one top token
            top = max(top, 1)
        if row.prompt is None and self.config.api == "chat":
            return "/v1/chat/completions", {**body, "messages": list(row.messages), "logprobs": True,
                                            "top_logprobs": top}
        prompt = row.prompt if row.prompt is not None else self._tokenize(row.variant, row.messages)
        return "/v1/completions", {**body, "prompt": prompt, "logprobs": max(top, 1)}

    def _run_row(self, index: int, path: str, body: dict, cancel: threading.Event, events: queue.Queue,
                 slots: threading.BoundedSemaphore) -> None:
        """One row's streaming request, its chunks turned into events for :meth:`stream`."""
        reason, prompt_tokens, count = "", 0, 0
        with slots:
            events.put(("sent", index, time.perf_counter()))
            try:
                for chunk in self.client.stream(path, body, cancel):
                    usage = chunk.get("usage") or {}
                    prompt_tokens = usage.get("prompt_tokens") or prompt_tokens
                    for choice in chunk.get("choices") or []:
                        ids, logprobs, text = _tokens_of(choice)
                        total = usage.get("completion_tokens")
                        new = (total - count) if total is not None else max(len(ids), 1 if text else 0)
                        if text or ids:
                            count += max(new, 0)
                            events.put(("tokens", index, time.perf_counter(), text, ids, logprobs, max(new, 0)))
                        reason = choice.get("finish_reason") or reason
            except ServerError as err:
                if err.status is None:  # no answer: the header says so until the model list is read again
                    if not self._down:
                        self._down, self._down_reason = err.args[0], err.reason
                if not cancel.is_set():
                    message = err.args[0]
                    if err.status is None and count:  # the connection went after some tokens
                        message = Messages.SERVER_LOST.format(reason=err.reason)
                    events.put(("error", index, message))
                    return
            except Exception:  # noqa: BLE001 - reported to the user as a plain message, logged here
                log.exception("streaming from the model server failed")
                events.put(("error", index, Messages.INTERNAL_ERROR))
                return
        events.put(("end", index, _FINISH.get(reason, "stop" if reason else "stopped"), prompt_tokens))

    def _apply(self, output: VariantOutput, params: GenerationParams, at: float, text: str, ids: list[int],
               logprobs: list, new: int, since: float | None) -> None:
        output.text += text
        output.token_ids.extend(ids)
        if params.logprobs is not None:  # as many top tokens as asked (a server may send more)
            output.logprobs.extend((value, top[:params.logprobs]) for value, top in logprobs)
        output.tokens += new
        started = since if since is not None else at
        output.elapsed_s = at - started
        if output.ttft_s is None:
            output.ttft_s = at - started

    # ----- what only the local engine does --------------------------------------------
    def add_adapter(self, folder: str | Path, name: str | None = None) -> VariantInfo:
        """Have the server load the adapter in ``folder`` (vLLM's ``/v1/load_lora_adapter``; the server must see
        the folder at the same path: same machine or a shared volume), after the same file checks as the local
        engine's (safetensors and JSON only)."""
        if not self.capabilities.add_adapter:
            raise RequestError(Messages.SERVER_NO_ADD)
        folder = Path(folder).resolve()
        check_files(folder)
        name = name or folder.name
        if name.lower() in {variant.lower() for variant in self.variants}:
            raise RequestError(Messages.MERGE_NAME_TAKEN.format(name=name))
        self.client.post("/v1/load_lora_adapter", {"lora_name": name, "lora_path": str(folder)}, json_answer=False)
        self.refresh()
        self._cards.pop(name, None)
        self._card(name, folder)
        weights = folder / "adapter_model.safetensors"
        return replace(self._describe(name), source=f"added to server {self.config.server.host}",
                       memory_bytes=weights.stat().st_size if weights.is_file() else 0)

    def remove_adapter(self, name: str) -> None:
        """Have the server unload an adapter it loaded at run time (``/v1/unload_lora_adapter``)."""
        if not self.capabilities.add_adapter:
            raise RequestError(Messages.SERVER_NO_ADD)
        check_known([name], self.variants[1:])
        self.client.post("/v1/unload_lora_adapter", {"lora_name": name}, json_answer=False)
        self._cards.pop(name, None)
        self.refresh()

    def merge_adapters(self, name: str, parents: list[str], weights: list[float], combination: str,
                       density: float | None, out_root: str | Path) -> VariantInfo:
        raise RequestError(Messages.SERVER_NO_MERGE)

    def reset_peak_memory(self) -> bool:
        return False

    def peak_memory(self, was_reset: bool = True) -> MemoryPeak:
        return MemoryPeak(0.0, "not measured (remote server)", was_reset=False)

    def free_memory(self) -> None:
        """Nothing is held here."""

    def close(self) -> None:
        self.client.close()


_FINISH = {"stop": "stop", "length": "length", "abort": "stopped"}


def _tokens_of(choice: dict) -> tuple[list[int], list, str]:
    """A streamed choice's new token ids, their (log-probability, top) pairs, and its text (chat or completions)."""
    text = (choice.get("delta") or {}).get("content") or choice.get("text") or ""
    logprobs = choice.get("logprobs") or {}
    ids, pairs = [], []
    if logprobs.get("content") is not None:  # chat: [{token, logprob, top_logprobs: [{token, logprob}]}]
        for entry in logprobs["content"]:
            token = _entry_id(entry)
            if token is None:
                continue
            ids.append(token)
            top = tuple((t, float(e["logprob"])) for e in entry.get("top_logprobs") or []
                        if (t := _entry_id(e)) is not None)
            pairs.append((float(entry.get("logprob", 0.0)), top))
    elif logprobs.get("tokens") is not None:  # completions: tokens, token_logprobs, top_logprobs [{token: lp}]
        tops = logprobs.get("top_logprobs") or [None] * len(logprobs["tokens"])
        for token, value, top in zip(logprobs["tokens"], logprobs.get("token_logprobs") or [], tops):
            token = _token_id(token)
            if token is None:
                continue
            ids.append(token)
            pairs.append((float(value or 0.0), tuple((t, float(v)) for k, v in (top or {}).items()
                                                    if (t := _token_id(k)) is not None)))
    return ids, pairs, text


def _entry_id(entry: dict) -> int | None:
    """A logprobs entry's token id: llama.cpp's server gives it as ``id``, vLLM as ``token`` "token_id:<id>"."""
    token = entry.get("id")
    return token if isinstance(token, int) and not isinstance(token, bool) else _token_id(entry.get("token"))


def _token_id(token) -> int | None:
    if isinstance(token, str) and token.startswith(TOKEN_ID_PREFIX):
        try:
            return int(token[len(TOKEN_ID_PREFIX):])
        except ValueError:
            return None
    return None


def _all_at_once(calls: list, limit: int) -> list:
    """Run ``calls`` on threads (at most ``limit`` at a time); their results in order; the first error raised."""
    results: list = [None] * len(calls)
    errors: list[BaseException] = []
    slots = threading.BoundedSemaphore(max(1, limit))

    def run(i: int) -> None:
        with slots:
            try:
                results[i] = calls[i]()
            except BaseException as err:  # noqa: BLE001 - re-raised in the caller's thread
                errors.append(err)

    threads = [threading.Thread(target=run, args=(i,), daemon=True) for i in range(len(calls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return results

