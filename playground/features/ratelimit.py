"""An optional per-client rate limit for the generating endpoints: a sliding window, off by default.

On a public Space one client looping over ``/compare`` can keep the shared model busy for everyone.
``PLAYGROUND_RATE_LIMIT_PER_MINUTE=N`` lets each client start at most N generations in any
60-second window; the next one is refused with :attr:`Messages.RATE_LIMITED`, which says when to
retry. The app builds one :class:`RateLimiter` (:class:`playground.services.context.Playground`), and
handlers call its :meth:`~RateLimiter.check` with their ``gr.Request`` first thing, so a refused request
never reaches the model:

    def compare(prompt: str, ..., request: gr.Request = None):
        app.rate.check(request)

A client is its IP address: the socket's peer, or on a Space (``SPACE_ID`` is set) the first hop of
``X-Forwarded-For``, because there every request comes from the Space's proxy.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from dataclasses import dataclass, field

from playground.core.messages import Messages
from playground.core.types import RequestError

LOCAL = "local"  # calls made in-process, without an HTTP request (tests, bench scripts)


class RateLimited(RequestError):
    """A request over the client's limit; the message says when to retry."""

    def __init__(self, message: str, retry_after_s: float):
        super().__init__(message)
        self.retry_after_s = retry_after_s


@dataclass(frozen=True)
class RateLimit:
    """How many generations one client may start per window."""

    per_minute: int = field(default=0, metadata={"help": "Requests per client per window; 0 = no limit."})
    window_s: float = field(default=60.0, metadata={"help": "Length of the sliding window, in seconds."})
    trust_forwarded: bool = field(default=False, metadata={
        "help": "Key clients by X-Forwarded-For's first hop (only behind a proxy that sets it, e.g. a Space)."})

    def __post_init__(self) -> None:
        if not isinstance(self.per_minute, int) or self.per_minute < 0:
            raise ValueError(f"per_minute must be 0 (off) or a positive integer, got {self.per_minute!r}")
        if not self.window_s > 0:
            raise ValueError(f"window_s must be a positive number of seconds, got {self.window_s!r}")

    @property
    def enabled(self) -> bool:
        return self.per_minute > 0


def client_key(request, trust_forwarded: bool = False) -> str:
    """The client's address from a ``gr.Request`` (or any Starlette-like request); ``"local"`` without one."""
    if request is None:
        return LOCAL
    if trust_forwarded:
        forwarded = (request.headers or {}).get("x-forwarded-for", "")
        first = forwarded.split(",")[0].strip()
        if first:
            return first
    client = getattr(request, "client", None)
    return getattr(client, "host", None) or LOCAL


class RateLimiter:
    """Remembers when each client started its recent requests; thread-safe."""

    def __init__(self, config: RateLimit | None = None, clock=time.monotonic):
        self.config = config or RateLimit()
        self.clock = clock
        self._starts: dict[str, deque[float]] = {}
        self._lock = threading.Lock()
        self._pruned_at = clock()

    @property
    def clients(self) -> int:
        """Clients with a request inside the window (the limiter's memory stays bounded by this)."""
        return len(self._starts)

    def hit(self, key: str) -> None:
        """Count one request by ``key``, or raise :class:`RateLimited` when it is over the limit."""
        if not self.config.enabled:
            return
        limit, window = self.config.per_minute, self.config.window_s
        with self._lock:
            now = self.clock()
            self._prune(now)
            starts = self._starts.setdefault(key, deque())
            while starts and starts[0] <= now - window:
                starts.popleft()
            if len(starts) >= limit:
                wait = starts[0] + window - now
                raise RateLimited(Messages.RATE_LIMITED.format(limit=limit, seconds=max(1, math.ceil(wait))), wait)
            starts.append(now)

    def check(self, request) -> None:
        """:meth:`hit` for the client behind a ``gr.Request``."""
        self.hit(client_key(request, self.config.trust_forwarded))

    def _prune(self, now: float) -> None:
        """Forget clients whose requests all left the window (once per window, so it stays cheap)."""
        if now - self._pruned_at < self.config.window_s:
            return
        self._pruned_at = now
        cutoff = now - self.config.window_s
        for key in [k for k, starts in self._starts.items() if not starts or starts[-1] <= cutoff]:
            del self._starts[key]

