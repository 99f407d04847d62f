"""The arena's battles and votes as values, who may export them, and how a battle's pair is drawn.

A battle is two anonymous variants answering one prompt; it is recorded when it starts (a random id, the two
variants, the prompt, the settings and the seed) and finished when generation ends (both outputs). A vote names
a battle id and a choice only, so a client can neither forge the names nor the outputs it votes on. Where they
are stored is :mod:`playground.features.arena_store` (SQLite or PostgreSQL)::

    first, second = draw_pair(variant_pool(engine.describe_variants(), task="domain_qa"))
    ArenaPolicy(admin_token="s3cret").check_export(token)   # ArenaError unless this caller may export
    vote.dpo_pair()                                         # {"prompt", "chosen", "rejected"} or None

Clients. A client is named by its key (its address, :func:`playground.features.ratelimit.client_key`), and only
an HMAC of that key under a random secret kept in the database is written (``client_id``): a stored id can tell
a client's votes apart but cannot be turned back into an address. Exports carry no client ids. Ratings come
from :mod:`playground.features.ratings`. Nothing here imports gradio or torch.
"""

from __future__ import annotations

import hmac
import random
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from playground.core.engine import VariantInfo
from playground.core.messages import Messages
from playground.core.types import BASE, RequestError

CHOICES = ("a", "b", "tie", "both_bad")
# Score of variant A for the ratings: a tie is half a win each; "both bad" says neither is better,
# so it counts as a tie too (as in Chatbot Arena), and gives no DPO pair.
CHOICE_SCORE = {"a": 1.0, "b": 0.0, "tie": 0.5, "both_bad": 0.5}
EXPORT_KINDS = ("votes", "dpo")
LOCAL = "local"  # the client of in-process calls (as playground.features.ratelimit.LOCAL)
# A battle still unfinished after this long was abandoned (a generation is capped at minutes), so it is
# deleted when the next battle starts.
UNFINISHED_TTL_S = 3600.0


class ArenaError(RequestError):
    """A battle or vote the arena refuses; the message is meant for the user."""


@dataclass(frozen=True)
class ArenaPolicy:
    """Who may export the stored votes (other visitors' prompts and outputs), and how clients are told apart.

    Built once, from the app's configuration (``admin_token``, ``on_space``); the leaderboard is public either way."""

    admin_token: str = field(default="", metadata={
        "help": "PLAYGROUND_ADMIN_TOKEN: when set, an export needs it (the API's admin_token, the tab's box)."})
    on_space: bool = field(default=False, metadata={
        "help": "SPACE_ID is set: a public Space behind a proxy. Without a token, exports are refused; "
                "a client is the first hop of X-Forwarded-For."})

    @property
    def trust_forwarded(self) -> bool:
        return self.on_space

    def check_export(self, token: object = "") -> None:
        """ArenaError unless this caller may export: the right token when one is set, else only off a Space."""
        if self.admin_token:
            given = token.strip().encode() if isinstance(token, str) else b""
            if not hmac.compare_digest(given, self.admin_token.encode()):
                raise ArenaError(Messages.ARENA_EXPORT_NEEDS_TOKEN)
        elif self.on_space:
            raise ArenaError(Messages.ARENA_EXPORT_OFF)


@dataclass
class Battle:
    """Two anonymous variants answering one prompt; the outputs arrive when generation ends."""

    battle_id: str
    variant_a: str
    variant_b: str
    prompt: str
    messages: list[dict]
    settings: dict
    seed: int
    task: str = ""
    fields: dict = field(default_factory=dict)
    client_id: str = ""  # the keyed hash of the client that started it (ArenaStore.client_id)
    created_at: float = 0.0
    output_a: str | None = None
    output_b: str | None = None
    finished_at: float | None = None

    @property
    def finished(self) -> bool:
        return self.finished_at is not None

    def name(self, side: str) -> str:
        return self.variant_a if side == "a" else self.variant_b


@dataclass
class Vote:
    """A user's verdict on one finished battle."""

    vote_id: int
    battle: Battle
    choice: str
    client_id: str
    created_at: float

    @property
    def winner(self) -> str | None:
        """The winning variant's name, or None for a tie or "both bad"."""
        return self.battle.name(self.choice) if self.choice in ("a", "b") else None

    def to_dict(self) -> dict:
        """One JSONL line of the votes export: everything needed to replay or audit the vote, and no client id."""
        b = self.battle
        return {
            "vote_id": self.vote_id, "battle_id": b.battle_id, "choice": self.choice, "winner": self.winner,
            "model_a": b.variant_a, "model_b": b.variant_b, "task": b.task, "prompt": b.prompt, "fields": b.fields,
            "messages": b.messages, "output_a": b.output_a, "output_b": b.output_b, "settings": b.settings,
            "seed": b.seed, "voted_at": _iso(self.created_at), "battle_started_at": _iso(b.created_at),
        }

    def dpo_pair(self) -> dict | None:
        """``{"prompt", "chosen", "rejected"}`` for a decisive vote on two different outputs, else None."""
        if self.choice not in ("a", "b"):
            return None
        chosen, rejected = ((self.battle.output_a, self.battle.output_b) if self.choice == "a"
                            else (self.battle.output_b, self.battle.output_a))
        if chosen == rejected:  # identical texts teach nothing
            return None
        return {"prompt": self.battle.prompt, "chosen": chosen, "rejected": rejected}


def _iso(epoch: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(epoch))


def variant_pool(described: Sequence[VariantInfo], task: str = "") -> list[str]:
    """Names a battle may draw from: base + every loaded adapter, or base + the adapters of ``task``."""
    return [info.name for info in described if info.loaded and
            (info.name == BASE or (info.is_adapter and (not task or info.task == task)))]


def draw_pair(pool: Sequence[str], task: str = "", rng: random.Random | None = None) -> tuple[str, str]:
    """Two different variants in random order (A, B); ArenaError when fewer than two are available."""
    names = list(dict.fromkeys(pool))
    if len(names) < 2:
        where = f" for task {task!r}" if task else ""
        raise ArenaError(Messages.ARENA_TOO_FEW_VARIANTS.format(
            where=where, count=len(names), names=", ".join(names) or "none"))
    rng = rng or random.SystemRandom()  # unpredictable: the pair must stay blind
    first, second = rng.sample(names, 2)
    return first, second


def check_choice(choice: object) -> str:
    if choice not in CHOICES:
        raise ArenaError(Messages.ARENA_BAD_CHOICE.format(choices=", ".join(CHOICES), choice=choice))
    return choice  # type: ignore[return-value]
