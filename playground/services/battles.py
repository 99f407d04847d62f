"""Arena battles, votes and the leaderboard as the Arena tab and its endpoints run them (no gradio here).

    for update in battle_stream(engine, store, "Explain churn.", "", None, 64, client="203.0.113.9"):
        ...                                   # BattleUpdate: battle id, both texts so far, done
    revealed(cast_vote(store, update.battle.battle_id, "a", client="203.0.113.9"))

Blindness and fairness. The server, not the client, picks a battle's sampling (:data:`SAMPLING`) and a
secret seed, revealed only by the vote: a client that chose them (greedy, or a seed it knows) could replay
the prompt through ``/compare`` and recognise both variants before voting. A vote must come from the
client that started the battle (its address, hashed in the store), and each client may cast
``limits.max_votes_per_hour`` votes an hour (the app's vote limiter, ``Playground.votes``).
"""

from __future__ import annotations

import math
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from playground.core.messages import Messages
from playground.core.types import DEFAULT_MAX_NEW_TOKENS, GenerationParams, Row, VariantOutput
from playground.features.arena import ArenaError, Battle, Vote, draw_pair, variant_pool
from playground.features.arena_store import ArenaStore
from playground.features.ratelimit import RateLimited, RateLimiter
from playground.features.ratings import leaderboard
from playground.features.tasks import get_task
from playground.services.requests import FREE_PROMPT, prompt_messages, task_messages

if TYPE_CHECKING:
    from playground.core.engine import Engine

ALL_TASKS = ""  # the leaderboard of every battle
MAX_NEW_TOKENS = DEFAULT_MAX_NEW_TOKENS  # a battle's default length; the client may pick up to the limit
# The sampling of every battle, chosen by the server (never the client) so that a battle cannot be replayed
# through /compare to unmask the pair; with a secret seed per battle (battle_params), a rematch of the same
# pair on the same prompt can differ. Both are stored with the battle and revealed by the vote.
SAMPLING = {"temperature": 0.7, "top_p": 0.95, "top_k": 0, "repetition_penalty": 1.0}

@dataclass
class BattleUpdate:
    """One step of a battle: its id, both texts so far, and whether it is finished (and votable)."""

    battle: Battle
    a: str = ""
    b: str = ""
    done: bool = False

    def to_dict(self) -> dict:
        return {"battle_id": self.battle.battle_id, "a": self.a, "b": self.b, "done": self.done}


def battle_params(max_new_tokens) -> GenerationParams:
    """The server's :data:`SAMPLING` with a fresh secret seed; the client chooses only the length."""
    return GenerationParams.from_user(max_new_tokens, **SAMPLING, seed=secrets.randbelow(2**32))


def battle_stream(engine: Engine, store: ArenaStore, prompt: str, task: str, fields: dict | None,
                  max_new_tokens, client: str) -> Iterator[BattleUpdate]:
    """Draw a pair, record the battle for ``client`` (its key), stream both in one batch, store both outputs.

    The first update carries the battle id with empty texts; the last one has ``done=True`` and comes
    after the outputs are written, so a vote can follow at once. Raises RequestError / ArenaError with a
    message for the user. A battle that does not finish (the engine refuses it, it fails, or the stream
    is closed because the client left) is discarded: there is nothing to vote on."""
    task = task or FREE_PROMPT
    if task:
        get_task(task)  # RequestError naming the tasks
    variant_a, variant_b = draw_pair(variant_pool(engine.describe_variants(), task), task)
    messages = task_messages(task, fields or {}) if task else prompt_messages(prompt, None, engine.limits)
    clean_fields = get_task(task).validate_fields(fields or {}) if task else {}
    params = battle_params(max_new_tokens)
    battle = store.start_battle(
        variant_a=variant_a, variant_b=variant_b, prompt=messages[-1]["content"], messages=messages,
        task=task, fields=clean_fields, settings=params.settings(), seed=params.seed, client=client)
    rows = [Row(variant=variant_a, messages=messages), Row(variant=variant_b, messages=messages)]
    outputs: list[VariantOutput] = []
    finished = False
    try:
        yield BattleUpdate(battle)
        for outputs in engine.stream(rows, params):
            yield BattleUpdate(battle, outputs[0].text, outputs[1].text)
        battle = store.finish_battle(battle.battle_id, outputs[0].text, outputs[1].text)
        finished = True
    finally:  # also on GeneratorExit, when gradio closes the stream of a client that left
        if not finished:
            store.discard_battle(battle.battle_id)
    yield BattleUpdate(battle, battle.output_a or "", battle.output_b or "", done=True)


def cast_vote(store: ArenaStore, battle_id: str, choice: str, client: str, votes: RateLimiter) -> Vote:
    """``client``'s vote on its battle, within its allowance (``votes``: the app's vote limiter)."""
    try:
        votes.hit(client)
    except RateLimited as err:
        raise ArenaError(Messages.ARENA_TOO_MANY_VOTES.format(
            limit=votes.config.per_minute, seconds=max(1, math.ceil(err.retry_after_s)))) from None
    return store.vote(battle_id, choice, client)


def revealed(vote: Vote) -> dict:
    """What a vote reveals: both names, and the sampling settings and seed the server chose."""
    battle = vote.battle
    return {"a": battle.variant_a, "b": battle.variant_b, "choice": vote.choice, "vote_id": vote.vote_id,
            "seed": battle.seed, "settings": battle.settings}


def leaderboard_rows(store: ArenaStore, task: str = ALL_TASKS) -> list[dict]:
    """The leaderboard as records, best rating first (empty until the first vote)."""
    return [{"rank": rank, **standing.to_dict()}
            for rank, standing in enumerate(leaderboard(store.outcomes(task or None)), start=1)]


def task_filter(task: str | None) -> str:
    """The leaderboard's or export's task filter: a known task, or every battle."""
    if task:
        get_task(task)  # RequestError naming the tasks
    return task or ALL_TASKS
