"""An OpenAI-compatible API on the app: ``GET /v1/models``, ``POST /v1/chat/completions``, ``POST /v1/completions``.

``model`` is a variant's name (``base`` or an adapter everyone may use; the base's model id also names the
base). Streaming is OpenAI's server-sent events. Requests join the engine's running batch like every other
entry point, under the same limits, rate limit and queue bound. Refusals use OpenAI's error shape
(``{"error": {"message", "type", "param", "code"}}``) and status codes; a field the playground does not
implement with a value that would change the answer (``n`` > 1, tools, penalties, ...) is refused by name,
never ignored. ``PLAYGROUND_API_KEY`` (the app's ``api_key``) turns on bearer-token auth for these routes.
"""

from __future__ import annotations

import hmac
import json
import logging
import threading
import time
import uuid
from collections.abc import Iterator

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.concurrency import run_in_threadpool

from playground.core.engine import Engine
from playground.core.messages import Messages
from playground.core.types import GenerationParams, RequestError
from playground.features.ratelimit import RateLimited
from playground.services.completions import Completion, Piece, complete, resolve_model
from playground.services.context import Playground

log = logging.getLogger(__name__)

DEFAULT_MAX_TOKENS = 256  # OpenAI's default is "up to the context"; capped by limits.max_new_tokens
ROLES = {"system": "system", "developer": "system", "user": "user", "assistant": "assistant"}
# fields whose non-default value would change the answer and that the playground does not implement
UNSUPPORTED = {"tools": None, "tool_choice": None, "functions": None, "function_call": None, "logit_bias": None,
               "audio": None, "prediction": None, "web_search_options": None, "suffix": None,
               "presence_penalty": 0, "frequency_penalty": 0, "best_of": 1, "echo": False, "n": 1}


class APIError(Exception):
    """An answer in OpenAI's error shape."""

    def __init__(self, status: int, message: str, kind: str = "invalid_request_error", param: str | None = None,
                 code: str | None = None):
        super().__init__(message)
        self.status, self.kind, self.param, self.code = status, kind, param, code

    def response(self) -> JSONResponse:
        return JSONResponse(status_code=self.status, content={"error": {
            "message": str(self), "type": self.kind, "param": self.param, "code": self.code}})


class _Common(BaseModel):
    model_config = ConfigDict(extra="allow")  # clients send fields of their own (user, metadata, ...)

    model: str = Field(min_length=1, max_length=200)
    max_tokens: int | None = Field(default=None, ge=1)
    temperature: float | None = Field(default=None, ge=0, le=2)
    top_p: float | None = Field(default=None, gt=0, le=1)
    seed: int | None = Field(default=None, ge=0, lt=2**32)
    stop: str | list[str] | None = None
    stream: bool = False
    stream_options: dict | None = None

    def params(self, max_tokens: int | None, logprobs: int | None) -> GenerationParams:
        return GenerationParams(max_new_tokens=max_tokens or DEFAULT_MAX_TOKENS,
                                temperature=1.0 if self.temperature is None else self.temperature,
                                top_p=1.0 if self.top_p is None else self.top_p, seed=self.seed, logprobs=logprobs)

    @property
    def stops(self) -> tuple[str, ...]:
        return (self.stop,) if isinstance(self.stop, str) else tuple(self.stop or ())


class ChatRequest(_Common):
    messages: list[dict] = Field(min_length=1)
    max_completion_tokens: int | None = Field(default=None, ge=1)
    logprobs: bool = False
    top_logprobs: int | None = Field(default=None, ge=0, le=20)


class TextRequest(_Common):
    prompt: str = Field(min_length=1)
    logprobs: int | None = Field(default=None, ge=0, le=20)


def make_openai_router(app: Playground, max_waiting: int | None = None) -> APIRouter:
    """The ``/v1`` routes; at most ``max_waiting`` (default ``limits.max_queue``) requests waiting or running."""
    router = APIRouter(prefix="/v1")
    engine, limits = app.public_engine, app.limits  # API callers have no session: the adapters everyone may use
    slots = threading.BoundedSemaphore(max_waiting or limits.max_queue)
    base_id = next((v.model for v in engine.describe_variants() if v.kind == "base"), "")

    def guarded(http: Request, body_model: type[BaseModel], chat: bool):
        """Auth, rate limit and a slot, then the answer; the slot is released when the answer (or its stream)
        ends, however it ends."""
        try:
            _authorize(http, app.api_key)
            try:
                app.rate.check(http)
            except RateLimited as err:
                raise APIError(429, str(err), "rate_limit_error", code="rate_limit_exceeded") from None
            if not slots.acquire(blocking=False):
                raise APIError(503, Messages.BUSY, "server_error", code="busy")
            release = _once(slots.release)
            try:
                return _serve(_parse(body_model, http.state.body), chat, release)
            except BaseException:
                release()
                raise
        except APIError as err:
            return err.response()

    @router.get("/models")
    def models(http: Request):
        try:
            _authorize(http, app.api_key)
        except APIError as err:
            return err.response()
        created = int(time.time())
        data = [{"id": v.name, "object": "model", "created": created, "owned_by": "adapter-playground",
                 "root": base_id if v.kind == "base" else v.name, "parent": None if v.kind == "base" else "base"}
                for v in engine.describe_variants() if v.loaded]
        return {"object": "list", "data": data}

    @router.post("/chat/completions")
    async def chat_completions(http: Request):
        http.state.body = await _body(http)
        return await run_in_threadpool(guarded, http, ChatRequest, True)

    @router.post("/completions")
    async def completions(http: Request):
        http.state.body = await _body(http)
        return await run_in_threadpool(guarded, http, TextRequest, False)

    def _serve(body, chat: bool, release):
        try:
            request = _completion(engine, body, chat, base_id)
            pieces = complete(engine, request)
        except RequestError as err:
            raise APIError(400, str(err), param=_param_of(err)) from None
        answer = _Answer(engine, body, chat)
        if body.stream:
            include_usage = bool((body.stream_options or {}).get("include_usage"))
            return StreamingResponse(_events(answer, pieces, include_usage, release), media_type="text/event-stream")
        try:
            return answer.whole(pieces)
        finally:
            release()

    return router


async def _body(http: Request):
    try:
        return await http.json()
    except (ValueError, UnicodeDecodeError):
        return None


def _once(fn):
    """``fn``, callable any number of times, run the first time only (thread-safe)."""
    done = threading.Lock()

    def call():
        if done.acquire(blocking=False):
            fn()
    return call


def _authorize(http: Request, api_key: str) -> None:
    if not api_key:
        return
    given = http.headers.get("authorization", "")
    token = given[7:].strip() if given.lower().startswith("bearer ") else ""
    if not hmac.compare_digest(token.encode(), api_key.encode()):
        raise APIError(401, Messages.OPENAI_BAD_KEY, code="invalid_api_key")


def _parse(model: type[BaseModel], body) -> BaseModel:
    if not isinstance(body, dict):
        raise APIError(400, Messages.OPENAI_NOT_JSON)
    try:
        parsed = model.model_validate(body)
    except ValidationError as err:
        first = err.errors()[0]
        param = ".".join(str(part) for part in first.get("loc", ())) or None
        raise APIError(400, Messages.OPENAI_BAD_FIELD.format(param=param, reason=first.get("msg", "invalid value")),
                       param=param) from None
    for name, neutral in UNSUPPORTED.items():
        value = body.get(name, neutral)
        if value not in (neutral, None) and value != [] and value != {}:
            raise APIError(400, Messages.OPENAI_UNSUPPORTED.format(param=name), param=name, code="unsupported")
    fmt = body.get("response_format")
    if fmt not in (None, {"type": "text"}):
        raise APIError(400, Messages.OPENAI_UNSUPPORTED.format(param="response_format"), param="response_format",
                       code="unsupported")
    return parsed


def _completion(engine: Engine, body, chat: bool, base_id: str) -> Completion:
    try:
        model = resolve_model(engine, body.model, base_id)
    except RequestError as err:
        raise APIError(404, str(err), param="model", code="model_not_found") from None
    if chat:
        top = body.top_logprobs if body.logprobs else None
        if body.top_logprobs is not None and not body.logprobs:
            raise APIError(400, Messages.OPENAI_TOP_NEEDS_LOGPROBS, param="top_logprobs")
        logprobs = (top or 0) if body.logprobs else None
        params = body.params(body.max_completion_tokens or body.max_tokens, logprobs)
        return Completion(model=model, params=params, messages=tuple(_messages(body.messages)), stop=body.stops)
    return Completion(model=model, params=body.params(body.max_tokens, body.logprobs), prompt=body.prompt,
                      stop=body.stops)


def _messages(messages: list[dict]) -> Iterator[dict]:
    for index, message in enumerate(messages):
        role = ROLES.get(message.get("role") if isinstance(message, dict) else None)
        if role is None:
            raise APIError(400, Messages.OPENAI_BAD_ROLE.format(index=index), param=f"messages.{index}.role")
        content = message.get("content")
        if isinstance(content, list):  # content parts: text only
            if not all(isinstance(p, dict) and p.get("type") == "text" and isinstance(p.get("text"), str)
                       for p in content):
                raise APIError(400, Messages.OPENAI_TEXT_ONLY.format(index=index), param=f"messages.{index}.content")
            content = "".join(p["text"] for p in content)
        if not isinstance(content, str):
            raise APIError(400, Messages.OPENAI_TEXT_ONLY.format(index=index), param=f"messages.{index}.content")
        yield {"role": role, "content": content}


_OPENAI_FIELDS = {"max_new_tokens": "max_tokens", "temperature": "temperature", "top_p": "top_p", "seed": "seed",
                  "logprobs": "logprobs", "top_logprobs": "top_logprobs", "prompt": "prompt", "stop": "stop"}


def _param_of(err: RequestError) -> str | None:
    """The OpenAI request field a refusal is about, where it is about one."""
    return _OPENAI_FIELDS.get(err.field or "")


class _Answer:
    """OpenAI's JSON for one completion, whole or as stream chunks."""

    def __init__(self, engine: Engine, body, chat: bool):
        self.engine, self.chat, self.model = engine, chat, body.model
        self.top = (body.top_logprobs or 0) if chat else (body.logprobs or 0)
        self.wants_logprobs = body.logprobs if chat else body.logprobs is not None
        self.id = ("chatcmpl-" if chat else "cmpl-") + uuid.uuid4().hex
        self.created = int(time.time())
        self.object = "chat.completion" if chat else "text_completion"

    def whole(self, pieces: Iterator[Piece]) -> dict:
        text, logprobs, last = "", [], Piece()
        for piece in pieces:
            text += piece.text
            logprobs += piece.logprobs
            last = piece
        choice = {"index": 0, "logprobs": self._logprobs(logprobs, 0) if self.wants_logprobs else None,
                  "finish_reason": last.finish_reason}
        if self.chat:
            choice["message"] = {"role": "assistant", "content": text}
        else:
            choice["text"] = text
        return {"id": self.id, "object": self.object, "created": self.created, "model": self.model,
                "choices": [choice], "usage": _usage(last)}

    def chunk(self, piece: Piece | None, first: bool = False, offset: int = 0) -> dict:
        choice: dict = {"index": 0, "finish_reason": piece.finish_reason if piece else None,
                        "logprobs": self._logprobs(piece.logprobs, offset)
                        if piece and self.wants_logprobs and piece.logprobs else None}
        if self.chat:
            delta = {"role": "assistant", "content": ""} if first else {}
            if piece and piece.text:
                delta["content"] = piece.text
            choice["delta"] = delta
        else:
            choice["text"] = piece.text if piece else ""
        return {"id": self.id, "object": self.object + ("" if not self.chat else ".chunk"),
                "created": self.created, "model": self.model, "choices": [choice]}

    def usage_chunk(self, last: Piece) -> dict:
        return {"id": self.id, "object": self.object + ("" if not self.chat else ".chunk"), "created": self.created,
                "model": self.model, "choices": [], "usage": _usage(last)}

    def _logprobs(self, items, offset: int) -> dict:
        decode = self.engine.decode
        if self.chat:
            return {"content": [{"token": decode([token]), "logprob": lp,
                                 "bytes": list(decode([token]).encode("utf-8")),
                                 "top_logprobs": [{"token": decode([t]), "logprob": v,
                                                   "bytes": list(decode([t]).encode("utf-8"))}
                                                  for t, v in top[:self.top]]}
                                for token, lp, top in items], "refusal": None}
        tokens = [decode([token]) for token, _, _ in items]
        offsets, at = [], offset
        for text in tokens:
            offsets.append(at)
            at += len(text)
        return {"tokens": tokens, "token_logprobs": [lp for _, lp, _ in items],
                "top_logprobs": [{decode([t]): v for t, v in top[:self.top]} for _, _, top in items],
                "text_offset": offsets}


def _usage(last: Piece) -> dict:
    return {"prompt_tokens": last.prompt_tokens, "completion_tokens": last.completion_tokens,
            "total_tokens": last.prompt_tokens + last.completion_tokens}


def _events(answer: _Answer, pieces: Iterator[Piece], include_usage: bool, release) -> Iterator[str]:
    """Server-sent events: OpenAI's chunks, then ``[DONE]``; the slot is released however the stream ends."""
    def event(data) -> str:
        return f"data: {json.dumps(data, ensure_ascii=False)}\n\n"
    try:
        if answer.chat:
            yield event(answer.chunk(None, first=True))
        offset, last = 0, Piece()
        for piece in pieces:
            last = piece
            if piece.text or piece.logprobs or piece.finish_reason:
                yield event(answer.chunk(piece, offset=offset))
            offset += len(piece.text)
        if include_usage:
            yield event(answer.usage_chunk(last))
        yield "data: [DONE]\n\n"
    except RequestError as err:  # refused once generating (e.g. the engine went away): said in the stream
        yield event({"error": {"message": str(err), "type": "invalid_request_error", "param": None, "code": None}})
    except Exception:
        log.exception("completion stream failed")
        yield event({"error": {"message": Messages.INTERNAL_ERROR, "type": "server_error", "param": None,
                               "code": None}})
    finally:
        pieces.close()  # a client that left: the generation is cancelled at the next step
        release()
