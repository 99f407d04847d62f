"""What every entry point of one app serves, built once: the engine, the arena's store and policy, the limiters.

    app = Playground.build(engine, data_dir, ArenaPolicy(admin_token="s3cret"))
    app.rate.check(request)                  # per-client rate limit of the generating requests
    cast_vote(app.store, battle_id, "a", client, app.votes)

The limits are the engine's (``engine.limits``, built from the configuration in ``app.py``); the rate and
vote limiters are this app's own, shared by its tabs, its API endpoints and the REST route.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from playground.core.engine import Engine
from playground.core.limits import Limits
from playground.features.arena import ArenaPolicy, ArenaStore
from playground.features.ratelimit import RateLimit, RateLimiter

VOTE_WINDOW_S = 3600.0  # max_votes_per_hour counts votes in a sliding hour


@dataclass
class Playground:
    """One app's engine and state; passed to every tab and endpoint instead of module globals."""

    engine: Engine
    data_dir: Path
    store: ArenaStore
    policy: ArenaPolicy
    rate: RateLimiter  # generating requests one client may start per minute
    votes: RateLimiter  # arena votes one client may cast per hour

    @property
    def limits(self) -> Limits:
        return self.engine.limits

    @classmethod
    def build(cls, engine: Engine, data_dir: str | Path, policy: ArenaPolicy | None = None) -> Playground:
        """The app's state under ``data_dir`` (created), with the engine's limits."""
        data_dir = Path(data_dir)
        data_dir.mkdir(parents=True, exist_ok=True)
        policy = policy or ArenaPolicy()
        limits = engine.limits
        trust = policy.trust_forwarded
        return cls(engine=engine, data_dir=data_dir, store=ArenaStore(data_dir / "arena.sqlite3"), policy=policy,
                   rate=RateLimiter(RateLimit(per_minute=limits.rate_limit_per_minute, trust_forwarded=trust)),
                   votes=RateLimiter(RateLimit(per_minute=limits.max_votes_per_hour, window_s=VOTE_WINDOW_S,
                                               trust_forwarded=trust)))
