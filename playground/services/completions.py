"""Completions the way OpenAI's API shapes them, on any engine: one variant, a chat or a plain prompt, text as
it grows (never a character that may still change), stop sequences, log-probabilities and token counts.

The engine has no stop sequences: the text is cut before the first one and the generation cancelled, so the
batch drops the row at its next step. Text that could still be the start of a stop sequence, or that ends in
an unfinished UTF-8 character (the tokenizer shows it as U+FFFD), is held back until the next token settles it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

from playground.core.engine import Engine
from playground.core.messages import Messages
from playground.core.types import GenerationParams, RequestError, Row, check_budget, check_known

MAX_STOPS = 4  # stop sequences per request (OpenAI's limit)
MAX_STOP_CHARS = 200
# the engine's finish reasons in OpenAI's words: a cancelled or timed-out generation ended early, like "length"
FINISH = {"stop": "stop", "length": "length", "timeout": "length", "stopped": "stop"}


@dataclass(frozen=True)
class Completion:
    """What to generate: ``model`` (a variant name) on ``messages`` (chat) or ``prompt`` (plain text)."""

    model: str
    params: GenerationParams
    messages: tuple[dict, ...] = ()
    prompt: str | None = None
    stop: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if len(self.stop) > MAX_STOPS or any(not s or len(s) > MAX_STOP_CHARS for s in self.stop):
            raise RequestError(Messages.OPENAI_BAD_STOP.format(count=MAX_STOPS, chars=MAX_STOP_CHARS), field="stop")


@dataclass
class Piece:
    """New text since the last piece, the log-probabilities of the tokens that made it, and at the end the
    finish reason and the token counts."""

    text: str = ""
    logprobs: list[tuple[int, float, tuple[tuple[int, float], ...]]] = field(default_factory=list)  # (id, lp, top)
    finish_reason: str | None = None
    prompt_tokens: int = 0
    completion_tokens: int = 0


def resolve_model(engine: Engine, name: str, base_id: str = "") -> str:
    """The variant ``name`` means: a variant's name, or the base's model id for the base."""
    if base_id and name == base_id:
        return "base"
    check_known([name], engine.variants)
    return name


def complete(engine: Engine, request: Completion, cancel: threading.Event | None = None) -> Iterator[Piece]:
    """Check ``request`` (a :class:`RequestError` here, before anything runs) and return its pieces as they come;
    the last carries the finish reason and the counts. Closing the iterator cancels the generation."""
    check_budget(1, request.params, engine.limits)
    cancel = cancel or threading.Event()
    stream = engine.stream([Row(request.model, request.messages, prompt=request.prompt)], request.params, cancel)
    next(stream)  # the engine checks the request before its first (empty) answer; nothing is generated yet
    return _pieces(stream, request, cancel)


def _pieces(stream, request: Completion, cancel: threading.Event) -> Iterator[Piece]:
    sent = 0  # characters of the text already given out
    given = 0  # tokens whose log-probabilities were given out
    output, stopped = None, False
    try:
        for [output] in stream:
            text, stop_at = _cut(output.text, request.stop)
            if stop_at is not None:
                stopped = True
                cancel.set()  # the row leaves the batch at the next step
            ready = len(text) if stopped or output.done else len(text) - _held_back(text, request.stop)
            if ready > sent:
                yield Piece(text=text[sent:ready], logprobs=_logprobs(output, given))
                sent, given = ready, len(output.token_ids)
            if stopped:
                break
    finally:
        cancel.set()
        stream.close()
    if output is not None:
        yield Piece(logprobs=[] if stopped else _logprobs(output, given),
                    finish_reason="stop" if stopped else FINISH.get(output.finish_reason, "stop"),
                    prompt_tokens=output.prompt_tokens, completion_tokens=output.tokens)


def _cut(text: str, stops: tuple[str, ...]) -> tuple[str, int | None]:
    """``text`` up to the first stop sequence, and where it was found (None: nowhere)."""
    found = [i for i in (text.find(s) for s in stops) if i >= 0]
    if not found:
        return text, None
    return text[:min(found)], min(found)


def _held_back(text: str, stops: tuple[str, ...]) -> int:
    """Characters at the end of ``text`` that may still change: an unfinished character, or the start of a stop."""
    held = len(text) - len(text.rstrip("\ufffd"))
    for stop in stops:
        for size in range(min(len(stop) - 1, len(text)), 0, -1):
            if text.endswith(stop[:size]):
                held = max(held, size)
                break
    return held


def _logprobs(output, given: int) -> list[tuple[int, float, tuple[tuple[int, float], ...]]]:
    return [(token, lp, top) for token, (lp, top) in zip(output.token_ids[given:], output.logprobs[given:])]
