"""Arena storage: blind A/B battles and their votes in SQLite, and the votes' exports.

A battle is written when it starts (a random id, the two variants, the prompt, the settings and the
seed) and finished when generation ends (both outputs). A vote names a battle id and a choice only, so
a client can neither forge the names nor the outputs it votes on; a battle takes one vote (a UNIQUE
constraint, checked inside the same transaction), and only from the client that started it. The
database runs in WAL mode with ``synchronous=FULL``, and every write is one ``BEGIN IMMEDIATE ... COMMIT``
transaction: a vote is on disk once :meth:`ArenaStore.vote` returns, and a crash half-way through a
write leaves the previous data as it was. Nothing here imports gradio or torch::

    store = ArenaStore("data/arena.sqlite3")
    battle = store.start_battle(variant_a="base", variant_b="alpha", prompt="Say hi.", settings={...}, seed=7,
                                client="203.0.113.5")
    store.finish_battle(battle.battle_id, "Hi!", "Hello there.")
    store.vote(battle.battle_id, "b", client="203.0.113.5")
    store.export_jsonl("dpo", "pairs.jsonl")   # {"prompt", "chosen", "rejected"} per decisive vote

Clients. A client is named by its key (its address, :func:`playground.features.ratelimit.client_key`), and only
an HMAC of that key under a random secret kept in the database is written (``client_id``): a stored id
can tell a client's votes apart but cannot be turned back into an address, nor into a gradio session
(which an older schema stored, and which let anyone holding an export take over that session; such a
database is scrubbed when it is opened, see :meth:`ArenaStore._migrate`). Exports carry no client ids.

The pair of a battle is drawn by :func:`draw_pair` from :func:`variant_pool` (base + loaded adapters,
or base + one task's adapters); ratings come from :mod:`playground.features.ratings` via :meth:`outcomes`.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import random
import secrets
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

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
# PRAGMA user_version: 1 = client ids are keyed hashes (client_id); 0 = raw gradio session hashes (session_id).
SCHEMA_VERSION = 1

SCHEMA = """
CREATE TABLE IF NOT EXISTS battles (
    battle_id   TEXT PRIMARY KEY,
    created_at  REAL NOT NULL,
    client_id   TEXT NOT NULL,
    task        TEXT NOT NULL,
    prompt      TEXT NOT NULL,
    fields      TEXT NOT NULL,
    messages    TEXT NOT NULL,
    variant_a   TEXT NOT NULL,
    variant_b   TEXT NOT NULL,
    settings    TEXT NOT NULL,
    seed        INTEGER NOT NULL,
    output_a    TEXT,
    output_b    TEXT,
    finished_at REAL
);
CREATE TABLE IF NOT EXISTS votes (
    vote_id    INTEGER PRIMARY KEY AUTOINCREMENT,
    battle_id  TEXT NOT NULL UNIQUE REFERENCES battles (battle_id),
    choice     TEXT NOT NULL CHECK (choice IN ('a', 'b', 'tie', 'both_bad')),
    client_id  TEXT NOT NULL,
    created_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS battles_task ON battles (task);
"""


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


class ArenaStore:
    """Battles and votes in one SQLite file (WAL); safe to use from many threads and processes."""

    def __init__(self, path: str | Path, timeout_s: float = 30.0):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.timeout_s = timeout_s
        with self._connect() as db:
            db.execute("PRAGMA journal_mode=WAL")  # persistent: stored in the file itself
        self._secret = self._open()

    # ----- connections and transactions ------------------------------------------------
    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        """A fresh connection per operation: sqlite3 connections must not be shared across threads."""
        db = sqlite3.connect(self.path, timeout=self.timeout_s, isolation_level=None)
        try:
            db.row_factory = sqlite3.Row
            db.execute("PRAGMA synchronous=FULL")  # in WAL mode, FULL makes each commit durable
            db.execute("PRAGMA foreign_keys=ON")
            db.execute("PRAGMA secure_delete=ON")  # deleted or overwritten values are zeroed, not left in free space
            yield db
        finally:
            db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed when the block ends, rolled back if it raises."""
        with self._connect() as db:
            db.execute("BEGIN IMMEDIATE")  # take the write lock now: no lost update between read and write
            try:
                yield db
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")

    def _open(self) -> bytes:
        """Create the schema, upgrade an older one, and return this database's client-id secret."""
        with self.transaction() as db:
            scrubbed = self._migrate(db)
            for statement in SCHEMA.split(";"):
                if statement.strip():
                    db.execute(statement)
            db.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('client_secret', ?)", (secrets.token_hex(32),))
            secret = bytes.fromhex(db.execute("SELECT value FROM meta WHERE key = 'client_secret'").fetchone()[0])
            if scrubbed:
                self._scrub(db, secret)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        return secret

    @staticmethod
    def _migrate(db: sqlite3.Connection) -> bool:
        """Rename a version-0 database's ``session_id`` columns to ``client_id``; True if there were any.

        Version 0 stored each voter's gradio session hash (or a client-chosen id) in plain text, and the
        votes export handed it out; with it, anyone could take over that visitor's session."""
        if db.execute("PRAGMA user_version").fetchone()[0] >= SCHEMA_VERSION:
            return False
        renamed = False
        for table in ("battles", "votes"):
            columns = {row["name"] for row in db.execute(f"PRAGMA table_info({table})")}
            if "session_id" in columns:
                db.execute(f"ALTER TABLE {table} RENAME COLUMN session_id TO client_id")
                renamed = True
        return renamed

    @staticmethod
    def _scrub(db: sqlite3.Connection, secret: bytes) -> None:
        """Replace every stored session hash by its keyed hash (the same session keeps one id); with
        ``secure_delete`` on, the old bytes are zeroed, not left in the pages' free space."""
        db.create_function("legacy_client_id", 1, lambda old: _keyed(secret, "session", old or ""),
                           deterministic=True)
        for table in ("battles", "votes"):
            db.execute(f"UPDATE {table} SET client_id = legacy_client_id(client_id)")

    def journal_mode(self) -> str:
        with self._connect() as db:
            return db.execute("PRAGMA journal_mode").fetchone()[0]

    def client_id(self, client: str) -> str:
        """What is stored for the client with key ``client``: an HMAC under this database's secret."""
        return _keyed(self._secret, "client", client)

    # ----- battles ----------------------------------------------------------------------
    def start_battle(self, *, variant_a: str, variant_b: str, prompt: str, settings: dict, seed: int,
                     messages: Sequence[dict] = (), task: str = "", fields: dict | None = None,
                     client: str = LOCAL) -> Battle:
        """Record a new battle before generation starts; its id is random and unguessable.

        ``client`` is the caller's key (stored hashed); battles left unfinished for longer than
        :data:`UNFINISHED_TTL_S` are deleted in the same transaction."""
        if variant_a == variant_b:
            raise ArenaError(f"A battle needs two different variants; got {variant_a!r} twice.")
        battle = Battle(battle_id=secrets.token_hex(16), variant_a=variant_a, variant_b=variant_b, prompt=prompt,
                        messages=[dict(m) for m in messages], settings=dict(settings), seed=int(seed), task=task or "",
                        fields=dict(fields or {}), client_id=self.client_id(client), created_at=time.time())
        with self.transaction() as db:
            db.execute("DELETE FROM battles WHERE finished_at IS NULL AND created_at < ?",
                       (battle.created_at - UNFINISHED_TTL_S,))
            db.execute(
                "INSERT INTO battles (battle_id, created_at, client_id, task, prompt, fields, messages, variant_a,"
                " variant_b, settings, seed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (battle.battle_id, battle.created_at, battle.client_id, battle.task, battle.prompt,
                 _json(battle.fields), _json(battle.messages), variant_a, variant_b, _json(battle.settings),
                 battle.seed),
            )
        return battle

    def finish_battle(self, battle_id: str, output_a: str, output_b: str) -> Battle:
        """Write both outputs once generation has ended; from then on the battle can be voted on."""
        with self.transaction() as db:
            battle = self._battle(db, battle_id)
            if battle.finished:
                raise ArenaError(f"Battle {battle_id!r} is already finished.")
            db.execute("UPDATE battles SET output_a = ?, output_b = ?, finished_at = ? WHERE battle_id = ?",
                       (output_a, output_b, time.time(), battle_id))
            return self._battle(db, battle_id)

    def discard_battle(self, battle_id: str) -> None:
        """Forget a battle that did not finish generating (refused, failed or abandoned); finished ones are kept."""
        with self.transaction() as db:
            db.execute("DELETE FROM battles WHERE battle_id = ? AND finished_at IS NULL", (battle_id,))

    def battle(self, battle_id: str) -> Battle:
        with self._connect() as db:
            return self._battle(db, battle_id)

    @staticmethod
    def _battle(db: sqlite3.Connection, battle_id: object) -> Battle:
        row = None
        if isinstance(battle_id, str) and battle_id:
            row = db.execute("SELECT * FROM battles WHERE battle_id = ?", (battle_id,)).fetchone()
        if row is None:
            raise ArenaError(Messages.ARENA_UNKNOWN_BATTLE.format(battle_id=battle_id))
        return _battle_from(row)

    # ----- votes ------------------------------------------------------------------------
    def vote(self, battle_id: str, choice: str, client: str = LOCAL) -> Vote:
        """Record the one vote of a finished battle, cast by the client that started it; ArenaError for a
        bad choice, an unknown, unfinished or already voted battle, or another client's battle."""
        choice = check_choice(choice)
        client_id = self.client_id(client)
        with self.transaction() as db:
            battle = self._battle(db, battle_id)
            if not hmac.compare_digest(battle.client_id, client_id):
                raise ArenaError(Messages.ARENA_NOT_YOUR_BATTLE.format(battle_id=battle_id))
            if not battle.finished:
                raise ArenaError(Messages.ARENA_NOT_FINISHED.format(battle_id=battle_id))
            if db.execute("SELECT 1 FROM votes WHERE battle_id = ?", (battle_id,)).fetchone():
                raise ArenaError(Messages.ARENA_ALREADY_VOTED.format(battle_id=battle_id))
            now = time.time()
            cursor = db.execute("INSERT INTO votes (battle_id, choice, client_id, created_at) VALUES (?, ?, ?, ?)",
                                (battle_id, choice, client_id, now))
            return Vote(vote_id=int(cursor.lastrowid), battle=battle, choice=choice, client_id=client_id,
                        created_at=now)

    def votes(self, task: str | None = None) -> list[Vote]:
        """Every vote with its battle, oldest first; only the battles of ``task`` when given."""
        rows = self._vote_rows("v.vote_id, v.choice, v.client_id AS voter, v.created_at AS voted_at, b.*", task)
        return [Vote(vote_id=row["vote_id"], battle=_battle_from(row), choice=row["choice"],
                     client_id=row["voter"], created_at=row["voted_at"]) for row in rows]

    def count_votes(self) -> int:
        with self._connect() as db:
            return db.execute("SELECT COUNT(*) FROM votes").fetchone()[0]

    def outcomes(self, task: str | None = None) -> list[tuple[str, str, float]]:
        """``(variant_a, variant_b, score of A)`` per vote, oldest first, for :mod:`playground.features.ratings`
        (reads only the names and the choice, not the texts)."""
        rows = self._vote_rows("b.variant_a, b.variant_b, v.choice", task)
        return [(a, b, CHOICE_SCORE[choice]) for a, b, choice in rows]

    def _vote_rows(self, columns: str, task: str | None) -> list[sqlite3.Row]:
        """``columns`` of every vote joined with its battle, oldest first; only ``task``'s battles when given."""
        query = f"SELECT {columns} FROM votes v JOIN battles b USING (battle_id)"
        args: tuple = ()
        if task:
            query += " WHERE b.task = ?"
            args = (task,)
        with self._connect() as db:
            return db.execute(query + " ORDER BY v.vote_id", args).fetchall()

    # ----- exports ----------------------------------------------------------------------
    def dpo_pairs(self, task: str | None = None) -> list[dict]:
        """Preference pairs ``{"prompt", "chosen", "rejected"}`` from the decisive votes (TRL's DPO format).

        ``prompt`` is the user message both variants answered (a task's fields rendered as in training);
        the votes export keeps the full chat (system prompt included) for other formats."""
        return [pair for pair in (vote.dpo_pair() for vote in self.votes(task)) if pair is not None]

    def export_rows(self, kind: str, task: str | None = None) -> list[dict]:
        """``kind`` "votes" (one record per vote) or "dpo" (one pair per decisive vote)."""
        if kind not in EXPORT_KINDS:
            raise ArenaError(Messages.ARENA_BAD_EXPORT.format(kinds=", ".join(EXPORT_KINDS), kind=kind))
        return self.dpo_pairs(task) if kind == "dpo" else [vote.to_dict() for vote in self.votes(task)]

    def export_jsonl(self, kind: str, path: str | Path, task: str | None = None) -> Path:
        """Write :meth:`export_rows` as JSON Lines (UTF-8, one object per line); returns the path."""
        path = Path(path)
        rows = self.export_rows(kind, task)
        path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
        return path


def _keyed(secret: bytes, kind: str, value: str) -> str:
    """A keyed hash of ``value`` (its ``kind`` mixed in, so a session id never equals a client id)."""
    return hmac.new(secret, f"{kind}:{value}".encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()[:32]


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _battle_from(row: sqlite3.Row) -> Battle:
    return Battle(
        battle_id=row["battle_id"], variant_a=row["variant_a"], variant_b=row["variant_b"], prompt=row["prompt"],
        messages=json.loads(row["messages"]), settings=json.loads(row["settings"]), seed=row["seed"],
        task=row["task"], fields=json.loads(row["fields"]), client_id=row["client_id"],
        created_at=row["created_at"], output_a=row["output_a"], output_b=row["output_b"],
        finished_at=row["finished_at"],
    )
