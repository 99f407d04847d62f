"""HTTP to an OpenAI-compatible server (vLLM's ``vllm serve``, SGLang, LoRAX, llama.cpp's ``llama-server``).

One ``httpx`` client per server, with a connect timeout and a read timeout that bounds the wait between two
streamed chunks (two tokens). The API key is sent as a bearer token and appears nowhere else: not in errors,
logs or descriptions (``str(client)`` names the host only). Errors are :class:`ServerError`, whose message is
for users: what failed and what to do, the server's own refusal text when it gave one (server paths in it
removed), never a traceback.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx

from playground.core.messages import Messages
from playground.core.types import RequestError

_PATH = re.compile(r"(?<![\w.])/(?:[\w.-]+/)+[\w.-]*")  # an absolute path in a server's message


class ServerError(RequestError):
    """The server refused or failed a request; ``status`` is its HTTP status (None: no answer at all), ``reason``
    what went wrong in a few words."""

    def __init__(self, message: str, status: int | None = None, reason: str = ""):
        super().__init__(message)
        self.status, self.reason = status, reason or message


@dataclass(frozen=True)
class ServerSettings:
    """Where the server is and how long to wait for it."""

    url: str
    api_key: str = field(default="", repr=False)
    connect_timeout_s: float = 5.0
    token_timeout_s: float = 60.0  # between two streamed chunks, and for a whole non-streamed answer
    max_connections: int = 64

    @property
    def host(self) -> str:
        """``host:port`` (what messages name; never the key)."""
        return urlsplit(self.url).netloc or self.url


def api_root(url: str) -> str:
    """The server's root from what a user gives: ``http://h:8000``, ``http://h:8000/`` or ``http://h:8000/v1``."""
    url = url.strip().rstrip("/")
    return url[: -len("/v1")] if url.endswith("/v1") else url


class ServerClient:
    """Requests to one server; safe to use from many threads at once."""

    def __init__(self, settings: ServerSettings):
        self.settings = settings
        headers = {"Authorization": f"Bearer {settings.api_key}"} if settings.api_key else {}
        self.http = httpx.Client(
            base_url=api_root(settings.url), headers=headers,
            timeout=httpx.Timeout(settings.token_timeout_s, connect=settings.connect_timeout_s),
            limits=httpx.Limits(max_connections=settings.max_connections,
                                max_keepalive_connections=settings.max_connections))

    def __repr__(self) -> str:
        return f"ServerClient({self.settings.host})"

    def get(self, path: str) -> dict:
        return self._answer(lambda: self.http.get(path))

    def post(self, path: str, body: dict, json_answer: bool = True) -> dict:
        """The JSON answer (``json_answer=False``: any answer, e.g. vLLM's plain-text "Success" of a LoRA load)."""
        return self._answer(lambda: self.http.post(path, json=body), json_answer)

    def stream(self, path: str, body: dict, cancel: threading.Event) -> Iterator[dict]:
        """The JSON chunks of a streamed (SSE) answer, until ``[DONE]``; stops early once ``cancel`` is set."""
        try:
            with self.http.stream("POST", path, json={**body, "stream": True}) as response:
                if response.status_code >= 400:
                    response.read()
                    raise self._refused(response)
                for line in response.iter_lines():
                    if cancel.is_set():
                        return
                    if not line.startswith("data:"):
                        continue
                    data = line[len("data:"):].strip()
                    if data == "[DONE]":
                        return
                    chunk = json.loads(data)
                    if "error" in chunk and "choices" not in chunk:  # an error sent mid-stream
                        raise ServerError(Messages.SERVER_REFUSED.format(
                            host=self.settings.host, reason=_clean(_error_text(chunk))))
                    yield chunk
        except httpx.HTTPError as err:
            raise self._unreachable(err) from None
        except json.JSONDecodeError:
            raise ServerError(Messages.SERVER_BAD_ANSWER.format(host=self.settings.host)) from None

    def close(self) -> None:
        self.http.close()

    # ----- errors ---------------------------------------------------------------------
    def _answer(self, send, json_answer: bool = True) -> dict:
        try:
            response = send()
        except httpx.HTTPError as err:
            raise self._unreachable(err) from None
        if response.status_code >= 400:
            raise self._refused(response)
        if not json_answer:
            return {}
        try:
            return response.json()
        except ValueError:
            raise ServerError(Messages.SERVER_BAD_ANSWER.format(host=self.settings.host)) from None

    def _refused(self, response: httpx.Response) -> ServerError:
        if response.status_code in (401, 403):
            return ServerError(Messages.SERVER_AUTH.format(host=self.settings.host), response.status_code)
        try:
            reason = _error_text(response.json())
        except ValueError:
            reason = response.reason_phrase or f"HTTP {response.status_code}"
        return ServerError(Messages.SERVER_REFUSED.format(host=self.settings.host, reason=_clean(reason)),
                           response.status_code)

    def _unreachable(self, err: httpx.HTTPError) -> ServerError:
        if isinstance(err, httpx.ConnectError | httpx.ConnectTimeout):
            reason = "connection refused or timed out"
        elif isinstance(err, httpx.ReadTimeout):
            reason = f"no answer within {self.settings.token_timeout_s:g} s"
        else:
            reason = "the connection was lost"
        return ServerError(Messages.SERVER_DOWN.format(host=self.settings.host, reason=reason), reason=reason)


def _error_text(answer) -> str:
    """The message of an OpenAI-shaped error (``{"error": {"message": ...}}``, or vLLM's ``{"message": ...}``)."""
    if isinstance(answer, dict):
        error = answer.get("error", answer)
        if isinstance(error, dict):
            return str(error.get("message") or error.get("detail") or "")
        return str(error or answer.get("detail") or "")
    return str(answer)


def _clean(reason: str) -> str:
    """A server's message, short, without the server's file paths."""
    reason = _PATH.sub("<path>", reason.strip())
    return (reason[:300] + "…") if len(reason) > 300 else (reason or "no reason given")
