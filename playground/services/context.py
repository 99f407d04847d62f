"""What every entry point of one app serves, built once: the engine, the arena's store and policy, the limiters.

    app = Playground.build(engine, data_dir, ArenaPolicy(admin_token="s3cret"))
    app.rate.check(request)                  # per-client rate limit of the generating requests
    engine = app.engine_for(request)         # the engine as this visitor sees it (their added adapters)
    cast_vote(app.store, battle_id, "a", client, app.votes)

The limits are the engine's (``engine.limits``, built from the configuration in ``app.py``); the rate and
vote limiters are this app's own, shared by its tabs, its API endpoints and the REST route.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from playground.core.engine import Engine, VariantInfo
from playground.core.limits import Limits
from playground.core.messages import Messages
from playground.core.types import RequestError, check_text
from playground.features.arena import ArenaPolicy
from playground.features.arena_store import ArenaStore
from playground.features.hub import fetch_hub
from playground.features.ratelimit import RateLimit, RateLimiter
from playground.features.uploads import copy_snapshot, unpack_upload
from playground.services.adapters import AddedAdapters, ScopedEngine

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
    added: AddedAdapters  # adapters visitors add while the app runs
    api_key: str = field(default="", repr=False)  # bearer token of the OpenAI-compatible API ("" = open)

    @property
    def limits(self) -> Limits:
        return self.engine.limits

    def engine_for(self, request=None) -> ScopedEngine:
        """The engine as the visitor behind ``request`` (a ``gr.Request``; its session) sees it; without one,
        the adapters everyone may use."""
        return self.added.view(self.engine, session_of(request))

    def add_adapter(self, request, source: str = "", files: list[str] | None = None, revision: str = "",
                    name: str = "") -> tuple[VariantInfo, list[str]]:
        """Add the adapter at Hub id ``source`` (at ``revision``) or in uploaded ``files`` for the visitor behind
        ``request``; returns its description and the added adapters unloaded to make room. Refusals raise
        :class:`~playground.core.types.RequestError` with the reason."""
        if not self.engine.capabilities.add_adapter:
            raise RequestError(Messages.SERVER_NO_ADD)
        source = check_text("Hub id", source, optional=True).strip()
        revision = check_text("revision", revision, optional=True).strip() or None
        name = check_text("name", name, optional=True).strip()
        files = [Path(f) for f in files or []]
        if source and files:
            raise RequestError(Messages.ADDED_TWO_SOURCES)
        if not source and not files:
            raise RequestError(Messages.ADDED_NEEDS_SOURCE)
        root = self.data_dir / "added"
        if files:
            folder, default = unpack_upload(files, root, self.limits), default_name(files[0].stem)
        else:
            snapshot = fetch_hub(source, revision=revision, max_mb=self.limits.max_adapter_upload_mb)
            folder, default = copy_snapshot(snapshot, root, self.limits, source), default_name(source.split("/")[-1])
        return self.added.add(folder, session_of(request), name or default)

    @property
    def public_engine(self) -> ScopedEngine:
        """The engine with only the adapters everyone may use (the page as built, the arena)."""
        return self.added.view(self.engine, None)

    @classmethod
    def build(cls, engine: Engine, data_dir: str | Path, policy: ArenaPolicy | None = None,
              shared_adapters: bool = False, api_key: str = "", database_url: str = "") -> Playground:
        """The app's state under ``data_dir`` (created), with the engine's limits; ``shared_adapters``: an adapter
        a visitor adds is everyone's (a team's own deployment), not only that visitor's; ``database_url``: the
        arena's database when replicas share one (else a SQLite file in ``data_dir``)."""
        data_dir = Path(data_dir)
        data_dir.mkdir(parents=True, exist_ok=True)
        policy = policy or ArenaPolicy()
        limits = engine.limits
        trust = policy.trust_forwarded
        return cls(engine=engine, data_dir=data_dir, store=ArenaStore(database_url or data_dir / "arena.sqlite3"),
                   policy=policy,
                   rate=RateLimiter(RateLimit(per_minute=limits.rate_limit_per_minute, trust_forwarded=trust)),
                   votes=RateLimiter(RateLimit(per_minute=limits.max_votes_per_hour, window_s=VOTE_WINDOW_S,
                                               trust_forwarded=trust)),
                   added=AddedAdapters(engine, data_dir / "added", shared=shared_adapters), api_key=api_key)


def default_name(stem: str) -> str:
    """A variant name from a file or repo name: letters, digits, '.', '_' and '-' (others become '-')."""
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip("-._")[:64]
    return cleaned or "my-adapter"


def session_of(request) -> str | None:
    """The session a request belongs to (gradio's session hash: one per page load or ``gradio_client.Client``)."""
    return getattr(request, "session_hash", None) or None
