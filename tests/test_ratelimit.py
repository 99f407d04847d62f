"""The per-client sliding-window rate limit, without a model or a server (the launched app: test_hardening)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from playground.core.limits import Limits
from playground.core.messages import Messages
from playground.features.ratelimit import LOCAL, RateLimit, RateLimited, RateLimiter, client_key


class Clock:
    """A clock the test moves by hand, so windows are exact."""

    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def request(host="198.51.100.4", **headers):
    """What a limiter reads from a gr.Request: the socket peer and the headers."""
    return SimpleNamespace(client=SimpleNamespace(host=host), headers=headers)


def test_off_by_default_and_from_the_environment(monkeypatch):
    assert Limits().rate_limit_per_minute == 0
    assert not RateLimit().enabled
    limiter = RateLimiter()
    for _ in range(1000):
        limiter.hit("same client")
    monkeypatch.setenv("PLAYGROUND_RATE_LIMIT_PER_MINUTE", "5")
    assert Limits.from_env().rate_limit_per_minute == 5


def test_the_window_slides(monkeypatch):
    clock = Clock()
    limiter = RateLimiter(RateLimit(per_minute=3), clock=clock)
    for step in (0, 10, 20):
        clock.now = 1000.0 + step
        limiter.hit("a")
    clock.now = 1030.0
    with pytest.raises(RateLimited) as refused:
        limiter.hit("a")
    assert str(refused.value) == Messages.RATE_LIMITED.format(limit=3, seconds=30)  # the first hit leaves at 1060
    clock.now = 1060.0
    limiter.hit("a")  # one slot freed, not three: the window slides, it does not reset
    with pytest.raises(RateLimited, match="Try again in 10 s"):
        limiter.hit("a")


def test_a_refused_request_does_not_use_a_slot():
    clock = Clock()
    limiter = RateLimiter(RateLimit(per_minute=1), clock=clock)
    limiter.hit("a")
    for _ in range(5):
        clock.now += 10
        with pytest.raises(RateLimited):
            limiter.hit("a")
    clock.now = 1060.0
    limiter.hit("a")


def test_clients_are_counted_apart():
    limiter = RateLimiter(RateLimit(per_minute=1), clock=Clock())
    limiter.check(request("198.51.100.4"))
    limiter.check(request("198.51.100.5"))
    with pytest.raises(RateLimited):
        limiter.check(request("198.51.100.4"))


def test_client_key_uses_forwarded_for_only_behind_a_trusted_proxy():
    proxied = request("10.0.0.1", **{"x-forwarded-for": "203.0.113.9, 10.0.0.7"})
    assert client_key(proxied, trust_forwarded=True) == "203.0.113.9"
    assert client_key(proxied, trust_forwarded=False) == "10.0.0.1"  # a client could write that header itself
    assert client_key(request("10.0.0.1"), trust_forwarded=True) == "10.0.0.1"
    assert client_key(None) == LOCAL


def test_forgotten_clients_free_their_memory():
    clock = Clock()
    limiter = RateLimiter(RateLimit(per_minute=2), clock=clock)
    for i in range(500):
        limiter.hit(f"client-{i}")
    assert limiter.clients == 500
    clock.now += 61
    limiter.hit("late")
    assert limiter.clients == 1


@pytest.mark.parametrize("kwargs, message", [
    ({"per_minute": -1}, "per_minute must be 0"),
    ({"per_minute": 2, "window_s": 0}, "window_s must be a positive"),
])
def test_bad_settings_are_refused(kwargs, message):
    with pytest.raises(ValueError, match=message):
        RateLimit(**kwargs)
