"""Generation parameters and the per-variant result records.

Kept apart from the engine so the UI, the eval runner and tests can build and check
requests without touching the model.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from playground.core.limits import Limits
from playground.core.messages import Messages

BASE = "base"  # the name of the unadapted variant, everywhere
DEFAULT_MAX_NEW_TOKENS = 128  # new tokens per variant when a request does not say


class RequestError(ValueError):
    """A request the server refuses; the message is meant for the user, ``field`` names the input it is about."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


class AdapterError(RequestError):
    """An adapter that cannot be used; the message says why."""


def check_known(names, available) -> None:
    """Refuse the first of ``names`` that is not in ``available`` (the one unknown-variant check)."""
    available = list(available)
    for name in names:
        if name not in available:
            raise RequestError(Messages.UNKNOWN_VARIANT.format(name=name, available=", ".join(available)))


def _check(name: str, value, ok: bool, rule: str) -> None:
    if not ok:
        raise RequestError(Messages.BAD_PARAMETER.format(name=name, rule=rule, value=value), field=name)


def check_text(name: str, value, optional: bool = False) -> str:
    """``value`` if it is text that can be encoded (no lone surrogates); ``None`` is "" when ``optional``."""
    if value is None and optional:
        return ""
    if not isinstance(value, str):
        raise RequestError(Messages.BAD_TYPE.format(name=name, kind="text", got=type(value).__name__), field=name)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise RequestError(Messages.BAD_TEXT.format(name=name)) from None
    return value


def check_new_tokens(params: "GenerationParams", limits: Limits) -> None:
    """Refuse more new tokens per variant than ``limits.max_new_tokens``."""
    limit = limits.max_new_tokens
    _check("max_new_tokens", params.max_new_tokens, params.max_new_tokens <= limit, f"an integer from 1 to {limit}")


def check_budget(variants: int, params: "GenerationParams", limits: Limits) -> None:
    """Refuse a request over ``limits.max_new_tokens`` per variant, or whose work (variants x new tokens) is over
    ``limits.max_request_tokens``."""
    check_new_tokens(params, limits)
    work, limit = variants * params.max_new_tokens, limits.max_request_tokens
    if limit and work > limit:
        raise RequestError(Messages.REQUEST_TOO_BIG.format(variants=variants, tokens=params.max_new_tokens,
                                                           work=work, limit=limit))


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value == value


@dataclass(frozen=True)
class GenerationParams:
    """Decoding settings shared by every row of one request (the deployment's cap on new tokens is applied where
    the request is served: :func:`check_new_tokens`)."""

    max_new_tokens: int = field(default=DEFAULT_MAX_NEW_TOKENS, metadata={"help": "New tokens per variant."})
    temperature: float = field(default=0.0, metadata={"help": "0 means greedy decoding."})
    top_p: float = field(default=1.0, metadata={"help": "Nucleus sampling mass, in (0, 1]."})
    top_k: int = field(default=0, metadata={"help": "Sample among the k most likely tokens; 0 = all."})
    repetition_penalty: float = field(default=1.0, metadata={"help": "1 = none; >1 discourages repeats."})
    seed: int | None = field(default=None, metadata={"help": "Seed for sampling; None picks one."})
    logprobs: int | None = field(default=None, metadata={
        "help": "Report each new token's log-probability and the N most likely tokens' (0-20); empty = none."})

    def __post_init__(self) -> None:
        _check("max_new_tokens", self.max_new_tokens,
               isinstance(self.max_new_tokens, int) and not isinstance(self.max_new_tokens, bool)
               and self.max_new_tokens >= 1, "a whole number of at least 1")
        _check("temperature", self.temperature, _is_number(self.temperature) and 0 <= self.temperature <= 2,
               "a number from 0 (greedy) to 2")
        _check("top_p", self.top_p, _is_number(self.top_p) and 0 < self.top_p <= 1, "a number in (0, 1]")
        _check("top_k", self.top_k, isinstance(self.top_k, int) and 0 <= self.top_k <= 1000, "an integer from 0 to 1000")
        _check("repetition_penalty", self.repetition_penalty,
               _is_number(self.repetition_penalty) and 0.5 <= self.repetition_penalty <= 2, "a number from 0.5 to 2")
        _check("seed", self.seed, self.seed is None or (isinstance(self.seed, int) and 0 <= self.seed < 2**32),
               "empty or an integer from 0 to 4294967295")
        _check("logprobs", self.logprobs, self.logprobs is None or (
            isinstance(self.logprobs, int) and not isinstance(self.logprobs, bool) and 0 <= self.logprobs <= 20),
               "empty or an integer from 0 to 20")

    @classmethod
    def from_user(cls, max_new_tokens=DEFAULT_MAX_NEW_TOKENS, temperature=0.0, top_p=1.0, top_k=0,
                  repetition_penalty=1.0, seed=None):
        """Coerce loosely typed UI/API values (floats from sliders, '' seeds) before validating."""
        def as_int(name, value):
            if isinstance(value, float) and value.is_integer():
                return int(value)
            if isinstance(value, str) and value.strip().lstrip("-").isdigit():
                return int(value)
            return value
        seed = None if seed in (None, "", -1) else as_int("seed", seed)
        return cls(
            max_new_tokens=as_int("max_new_tokens", max_new_tokens),
            temperature=float(temperature) if _is_number(temperature) else temperature,
            top_p=float(top_p) if _is_number(top_p) else top_p,
            top_k=as_int("top_k", top_k),
            repetition_penalty=float(repetition_penalty) if _is_number(repetition_penalty) else repetition_penalty,
            seed=seed,
        )

    @property
    def greedy(self) -> bool:
        return self.temperature == 0

    def settings(self) -> dict:
        """The settings as plain values (what a battle stores and a vote reveals); ``logprobs`` only when set."""
        values = dict(self.__dict__)
        if values["logprobs"] is None:
            del values["logprobs"]
        return values

    def with_seed(self) -> "GenerationParams":
        """The same settings with a concrete seed, so a sampled result can be reproduced."""
        if self.seed is not None:
            return self
        return GenerationParams(**{**self.__dict__, "seed": random.randrange(2**31)})


@dataclass(frozen=True)
class Row:
    """One row of a batch: which variant, on which chat messages, at which adapter strength."""

    variant: str
    messages: tuple[dict, ...]
    strength: float = 1.0
    prompt: str | None = None  # a plain text to continue instead of a chat (no chat template; OpenAI's completions)


@dataclass
class VariantOutput:
    """What one row has produced so far, with its timings."""

    variant: str
    text: str = ""
    tokens: int = 0
    ttft_s: float | None = None
    elapsed_s: float = 0.0
    finish_reason: str = ""  # "", "stop", "length", "stopped", "timeout", "error" (then ``error`` says what)
    token_ids: list[int] = field(default_factory=list, repr=False)
    prompt_tokens: int = 0
    # with GenerationParams.logprobs: per new token, its log-probability and the top ones ((token id, logprob), ...)
    logprobs: list[tuple[float, tuple[tuple[int, float], ...]]] = field(default_factory=list, repr=False)
    error: str = ""  # why the row ended early (a remote backend whose server failed), for the user

    @property
    def done(self) -> bool:
        return bool(self.finish_reason)

    @property
    def tokens_per_s(self) -> float:
        return self.tokens / self.elapsed_s if self.elapsed_s > 0 else 0.0

    def summary(self) -> str:
        if self.error:
            return f"{self.tokens} tokens · {self.error}" if self.tokens else self.error
        if not self.tokens:
            return "waiting…" if not self.done else self.finish_reason
        ttft = f"{self.ttft_s:.2f}s" if self.ttft_s is not None else "–"
        state = self.finish_reason or "streaming"
        return f"{self.tokens} tokens · first token {ttft} · {self.tokens_per_s:.1f} tok/s · {state}"

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "tokens": self.tokens,
            "ttft_s": None if self.ttft_s is None else round(self.ttft_s, 4),
            "tokens_per_s": round(self.tokens_per_s, 2),
            "elapsed_s": round(self.elapsed_s, 4),
            "finish_reason": self.finish_reason,
            **({"error": self.error} if self.error else {}),
        }
