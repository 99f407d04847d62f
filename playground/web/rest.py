"""REST contract of the original marketing-copy service: ``POST /generate-text``.

Request JSON: prompt, platform, tone, max_length (words), industry, optional adapter.
Response JSON: generated_text, generation_time ("1.2s"), word_count (+ adapter, tokens).
Invalid input is answered with 422 JSON (FastAPI's validation format: loc, msg, type, never the
input itself), an unexpected failure with a 500 JSON whose message says nothing about it. Mounted
beside the Gradio app by ``app.py`` (``gr.mount_gradio_app``); the model work runs on the engine.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Literal

from fastapi import APIRouter, FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

from playground.core.messages import Messages
from playground.core.types import BASE, GenerationParams, RequestError, Row, check_known, check_text
from playground.features.ratelimit import RateLimited
from playground.features.tasks import get_task
from playground.services.context import Playground

TASK = "marketing_copy"
DEFAULT_ADAPTER = "marketing-copy"
Platform = Literal["instagram", "twitter/x", "twitter", "x", "facebook", "linkedin"]

log = logging.getLogger(__name__)


class GenerateTextRequest(BaseModel):
    prompt: str = Field(min_length=1, max_length=500, description="What the copy is about.")
    platform: Platform = "instagram"
    tone: str = Field(default="professional", min_length=1, max_length=60)
    max_length: int = Field(default=60, ge=10, le=400, description="Maximum words in the copy.")
    industry: str = Field(default="technology", min_length=1, max_length=60)
    adapter: str | None = Field(default=None, max_length=200,
                                description="Variant to use; default marketing-copy (or base).")

    @field_validator("*", mode="before")
    @classmethod
    def _encodable(cls, value, info: ValidationInfo):
        """Text with a lone surrogate (``"\\ud800"`` in the JSON) is refused, before it reaches the tokenizer."""
        if not isinstance(value, str):
            return value  # each field's own checks answer
        try:
            return check_text(info.field_name, value)
        except RequestError as err:
            raise PydanticCustomError("value_error", str(err)) from None


class GenerateTextResponse(BaseModel):
    generated_text: str
    generation_time: str
    word_count: int
    adapter: str
    tokens: int


def clip_words(text: str, limit: int) -> str:
    """At most ``limit`` words: the contract promises max_length, whatever the model wrote."""
    words = text.split()
    return text.strip() if len(words) <= limit else " ".join(words[:limit])


def make_router(app: Playground, max_waiting: int | None = None) -> APIRouter:
    """The REST routes; at most ``max_waiting`` (default ``limits.max_queue``) requests waiting or running."""
    router = APIRouter()
    engine, limits = app.public_engine, app.limits  # REST callers have no session: the adapters everyone may use
    # REST calls skip gradio's queue, so they get the same bound here
    slots = threading.BoundedSemaphore(max_waiting or limits.max_queue)

    @router.post("/generate-text", response_model=GenerateTextResponse,
                 responses={429: {"description": "Rate limited"}, 503: {"description": "Busy: try again"}})
    def generate_text(request: GenerateTextRequest, http: Request) -> GenerateTextResponse:
        """Marketing copy for a platform, tone, industry and word limit (sync: runs in FastAPI's threadpool)."""
        try:
            app.rate.check(http)
        except RateLimited as err:
            raise HTTPException(status_code=429, detail=str(err)) from None
        if not slots.acquire(blocking=False):
            raise HTTPException(status_code=503, detail=Messages.BUSY)
        try:
            return _generate(request)
        finally:
            slots.release()

    def _generate(request: GenerateTextRequest) -> GenerateTextResponse:
        adapter = request.adapter or (DEFAULT_ADAPTER if DEFAULT_ADAPTER in engine.variants else BASE)
        try:
            check_known([adapter], engine.variants)
        except RequestError as err:
            raise HTTPException(status_code=422, detail=[{"loc": ["body", "adapter"], "type": "value_error",
                                                          "msg": str(err)}]) from None
        platform = "twitter/x" if request.platform in ("twitter", "x") else request.platform
        fields = {"prompt": request.prompt, "platform": platform, "tone": request.tone,
                  "industry": request.industry, "max_length": request.max_length}
        task = get_task(TASK)
        try:
            messages = tuple(task.build_messages(fields))  # a ValueError here names the field
            budget = min(task.max_new_tokens, limits.max_new_tokens, int(request.max_length * 2) + 16)
        except ValueError as err:
            raise HTTPException(status_code=422, detail=[{"loc": ["body"], "type": "value_error", "msg": str(err)}])
        started = time.perf_counter()
        try:
            [output] = engine.generate([Row(adapter, messages)], GenerationParams(max_new_tokens=budget))
        except RequestError as err:  # refusals written for the user; anything else is a 500 (install_error_handlers)
            raise HTTPException(status_code=422, detail=[{"loc": ["body"], "type": "value_error", "msg": str(err)}])
        text = clip_words(output.text, request.max_length)
        return GenerateTextResponse(
            generated_text=text,
            generation_time=f"{time.perf_counter() - started:.1f}s",
            word_count=len(text.split()),
            adapter=adapter,
            tokens=output.tokens,
        )

    return router


def install_error_handlers(app: FastAPI) -> None:
    """422 answers that always serialise, and a generic JSON 500 for anything unexpected.

    FastAPI's own 422 echoes each error's ``input`` (and ``ctx``): a NaN or Infinity there (Python's
    json reads them) or a lone surrogate cannot be written as JSON, so the error handler itself
    failed and the caller got a 500. Here each error keeps FastAPI's loc / msg / type only."""
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(Exception, _internal_error)


def _json_safe(part):
    """A loc part or message as JSON can carry it: ints stay ints, text loses any lone surrogate."""
    if isinstance(part, int) and not isinstance(part, bool):
        return part
    return str(part).encode("utf-8", "backslashreplace").decode("utf-8")


async def _validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
    detail = [{"loc": [_json_safe(part) for part in err.get("loc", ())],
               "msg": _json_safe(err.get("msg", "invalid value")),
               "type": _json_safe(err.get("type", "value_error"))} for err in exc.errors()]
    return JSONResponse(status_code=422, content={"detail": detail})


async def _internal_error(request: Request, exc: Exception) -> JSONResponse:
    """Any exception a route did not turn into an HTTP status: logged here, never shown to the caller."""
    log.error("unexpected error in %s %s", request.method, request.url.path, exc_info=exc)
    return JSONResponse(status_code=500, content={"detail": Messages.INTERNAL_ERROR})
