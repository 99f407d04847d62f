"""Arena storage: battles and votes in SQLite (one file in the data folder) or PostgreSQL (shared by replicas).

One schema, written with SQLAlchemy Core, and one transaction per write on either database::

    store = ArenaStore("data/arena.sqlite3")                                    # one process, or several on one disk
    store = ArenaStore("postgresql://arena:pw@db.internal:5432/arena")          # PLAYGROUND_DATABASE_URL: replicas
    battle = store.start_battle(variant_a="base", variant_b="alpha", prompt="Say hi.", settings={...}, seed=7,
                                client="203.0.113.5")
    store.finish_battle(battle.battle_id, "Hi!", "Hello there.")
    store.vote(battle.battle_id, "b", client="203.0.113.5")
    store.export_jsonl("dpo", "pairs.jsonl")   # {"prompt", "chosen", "rejected"} per decisive vote

A battle is written when it starts and finished when generation ends; a vote names a battle id and a choice
only, and a battle takes one vote (a UNIQUE constraint) from the client that started it. Every write is one
transaction: a vote is committed (durably: SQLite in WAL mode with ``synchronous=FULL``, PostgreSQL's default
``synchronous_commit``) once :meth:`ArenaStore.vote` returns, and a crash half-way leaves the previous data as
it was. SQLite takes its write lock when the transaction begins (``BEGIN IMMEDIATE``); PostgreSQL locks the
battle's row (``SELECT ... FOR UPDATE``), so two replicas finishing or voting on one battle queue up.

Clients are stored only as an HMAC of their key under a random secret kept in the database (``meta``), so
replicas sharing a database tell the same client apart the same way, and a stored id cannot be turned back
into an address. A SQLite file of schema version 0 (raw gradio session hashes) is upgraded and scrubbed when
it is opened (:func:`_upgrade_sqlite`). Text columns cannot hold NUL characters in PostgreSQL: on both
databases a NUL in a prompt or an output is stored as U+FFFD. Nothing here imports gradio or torch.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import secrets
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import URL, Connection, make_url

from playground.core.messages import Messages
from playground.features.arena import (
    CHOICE_SCORE,
    EXPORT_KINDS,
    LOCAL,
    UNFINISHED_TTL_S,
    ArenaError,
    Battle,
    Vote,
    check_choice,
)

log = logging.getLogger(__name__)

# 1 = client ids are keyed hashes (client_id); 0 = raw gradio session hashes (session_id, SQLite only).
SCHEMA_VERSION = 1
# Any fixed number: replicas opening one PostgreSQL database at once create its tables one after the other.
SCHEMA_LOCK = 0x41524E41  # "ARNA"


class StoredText(sa.types.TypeDecorator):
    """TEXT that PostgreSQL can hold: NUL characters become U+FFFD (the same on SQLite, so exports agree)."""

    impl = sa.Text
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return _stored(value) if isinstance(value, str) else value


metadata = sa.MetaData()
battles = sa.Table(
    "battles", metadata,
    sa.Column("battle_id", sa.Text, primary_key=True),
    sa.Column("created_at", sa.Double, nullable=False),
    sa.Column("client_id", sa.Text, nullable=False),
    sa.Column("task", sa.Text, nullable=False),
    sa.Column("prompt", StoredText, nullable=False),
    sa.Column("fields", StoredText, nullable=False),  # JSON
    sa.Column("messages", StoredText, nullable=False),  # JSON
    sa.Column("variant_a", sa.Text, nullable=False),
    sa.Column("variant_b", sa.Text, nullable=False),
    sa.Column("settings", sa.Text, nullable=False),  # JSON
    sa.Column("seed", sa.BigInteger, nullable=False),  # up to 2**32: over PostgreSQL's INTEGER
    sa.Column("output_a", StoredText),
    sa.Column("output_b", StoredText),
    sa.Column("finished_at", sa.Double),
    sa.Index("battles_task", "task"),
)
votes = sa.Table(
    "votes", metadata,
    sa.Column("vote_id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("battle_id", sa.Text, sa.ForeignKey("battles.battle_id"), nullable=False, unique=True),
    sa.Column("choice", sa.Text, sa.CheckConstraint("choice IN ('a', 'b', 'tie', 'both_bad')"), nullable=False),
    sa.Column("client_id", sa.Text, nullable=False),
    sa.Column("created_at", sa.Double, nullable=False),
    sqlite_autoincrement=True,  # a vote id is never reused, even after the last vote is deleted
)
meta = sa.Table(
    "meta", metadata,
    sa.Column("key", sa.Text, primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)


def database_url(target: str | Path) -> URL:
    """The SQLAlchemy URL of ``target``: a database URL (``postgresql://`` is driven by psycopg 3), or the
    path of a SQLite file."""
    if isinstance(target, str) and "://" in target:
        url = make_url(target)
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        return url
    return URL.create("sqlite", database=str(Path(target).absolute()))


def shown_url(target: str | Path) -> str:
    """``target`` as logs and messages may show it: without its password."""
    return database_url(target).render_as_string(hide_password=True)


class ArenaStore:
    """Battles and votes in one database; safe to use from many threads, processes and replicas."""

    def __init__(self, target: str | Path, timeout_s: float = 30.0):
        url = database_url(target)
        self.sqlite = url.get_backend_name() == "sqlite"
        self.path = Path(url.database) if self.sqlite else None  # the SQLite file (None on a server)
        self.url = shown_url(target)
        if self.sqlite:  # a fresh connection per operation (cheap for a file): no pool for busy threads to wait on
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.engine = sa.create_engine(url, poolclass=sa.pool.NullPool, connect_args={"timeout": timeout_s})
            _sqlite_transactions(self.engine)
        else:  # pooled; a connection the server dropped (a restart) is replaced before use
            self.engine = sa.create_engine(url, pool_pre_ping=True, pool_size=8, max_overflow=24,
                                           pool_timeout=timeout_s, connect_args={"connect_timeout": int(timeout_s)})
        self._opening = threading.Lock()
        self._secret: bytes | None = None
        try:
            self._ensure_open()
        except ArenaError:  # a server not up yet (replicas starting before their database): opened on first use
            log.warning("the arena's database %s cannot be reached yet; it is opened on first use", self.url)

    # ----- connections and transactions ------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One write transaction: committed when the block ends, rolled back if it raises.

        A database that cannot be reached (or SQLite's lock not granted within ``timeout_s``) raises
        ArenaError with :attr:`Messages.ARENA_STORE_DOWN`; nothing of the transaction is kept."""
        self._ensure_open()
        with self._begin(write=True) as db:
            yield db

    @contextmanager
    def _begin(self, write: bool) -> Iterator[Connection]:
        with self._reachable(), self.engine.connect() as db:
            db.execution_options(arena_write=write)  # SQLite: BEGIN IMMEDIATE to write (see _sqlite_transactions)
            with db.begin():
                yield db

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        self._ensure_open()
        with self._begin(write=False) as db:
            yield db

    @contextmanager
    def _reachable(self) -> Iterator[None]:
        try:
            yield
        except (sa.exc.OperationalError, sa.exc.InterfaceError) as err:
            log.error("the arena's database %s failed: %s", self.url, err.orig if err.orig is not None else err)
            raise ArenaError(Messages.ARENA_STORE_DOWN) from None
        except sa.exc.TimeoutError:  # every pooled connection busy for timeout_s
            log.error("the arena's database %s: no free connection in the pool", self.url)
            raise ArenaError(Messages.ARENA_STORE_DOWN) from None

    def _ensure_open(self) -> bytes:
        """This database's client-id secret, opening the database first if it was not yet (once)."""
        with self._opening:
            if self._secret is None:
                self._secret = self._open()
            return self._secret

    def _open(self) -> bytes:
        """Create the schema, upgrade an older one, and return this database's client-id secret."""
        with self._begin(write=True) as db:
            if not self.sqlite:
                db.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK})
            legacy = _upgrade_sqlite(db) if self.sqlite else False
            metadata.create_all(db)
            stored = db.execute(sa.select(meta.c.value).where(meta.c.key == "client_secret")).scalar()
            if stored is None:
                stored = secrets.token_hex(32)
                db.execute(meta.insert().values(key="client_secret", value=stored))
            secret = bytes.fromhex(stored)
            if legacy:
                _scrub(db, secret)
            if self.sqlite:
                db.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
            else:
                _set_meta(db, "schema_version", str(SCHEMA_VERSION))
        return secret

    def journal_mode(self) -> str:
        """SQLite's journal mode ("wal"); a server database has none of its own ("")."""
        if not self.sqlite:
            return ""
        with self._read() as db:
            return db.exec_driver_sql("PRAGMA journal_mode").scalar()

    def client_id(self, client: str) -> str:
        """What is stored for the client with key ``client``: an HMAC under this database's secret."""
        return _keyed(self._ensure_open(), "client", client)

    def close(self) -> None:
        """Close the pooled connections (a new operation opens them again)."""
        self.engine.dispose()

    # ----- battles ----------------------------------------------------------------------
    def start_battle(self, *, variant_a: str, variant_b: str, prompt: str, settings: dict, seed: int,
                     messages: Sequence[dict] = (), task: str = "", fields: dict | None = None,
                     client: str = LOCAL) -> Battle:
        """Record a new battle before generation starts; its id is random and unguessable.

        ``client`` is the caller's key (stored hashed); battles left unfinished for longer than
        :data:`UNFINISHED_TTL_S` are deleted in the same transaction."""
        if variant_a == variant_b:
            raise ArenaError(f"A battle needs two different variants; got {variant_a!r} twice.")
        battle = Battle(battle_id=secrets.token_hex(16), variant_a=variant_a, variant_b=variant_b,
                        prompt=_stored(prompt), messages=[dict(m) for m in messages], settings=dict(settings),
                        seed=int(seed), task=task or "", fields=dict(fields or {}),
                        client_id=self.client_id(client), created_at=time.time())
        with self.transaction() as db:
            db.execute(battles.delete().where(battles.c.finished_at.is_(None),
                                              battles.c.created_at < battle.created_at - UNFINISHED_TTL_S))
            db.execute(battles.insert().values(
                battle_id=battle.battle_id, created_at=battle.created_at, client_id=battle.client_id,
                task=battle.task, prompt=battle.prompt, fields=_json(battle.fields), messages=_json(battle.messages),
                variant_a=variant_a, variant_b=variant_b, settings=_json(battle.settings), seed=battle.seed))
        return battle

    def finish_battle(self, battle_id: str, output_a: str, output_b: str) -> Battle:
        """Write both outputs once generation has ended; from then on the battle can be voted on."""
        with self.transaction() as db:
            battle = _battle(db, battle_id, lock=True)
            if battle.finished:
                raise ArenaError(f"Battle {battle_id!r} is already finished.")
            db.execute(battles.update().where(battles.c.battle_id == battle_id).values(
                output_a=output_a, output_b=output_b, finished_at=time.time()))
            return _battle(db, battle_id)

    def discard_battle(self, battle_id: str) -> None:
        """Forget a battle that did not finish generating (refused, failed or abandoned); finished ones are kept."""
        with self.transaction() as db:
            db.execute(battles.delete().where(battles.c.battle_id == battle_id, battles.c.finished_at.is_(None)))

    def battle(self, battle_id: str) -> Battle:
        with self._read() as db:
            return _battle(db, battle_id)

    # ----- votes ------------------------------------------------------------------------
    def vote(self, battle_id: str, choice: str, client: str = LOCAL) -> Vote:
        """Record the one vote of a finished battle, cast by the client that started it; ArenaError for a
        bad choice, an unknown, unfinished or already voted battle, or another client's battle."""
        choice = check_choice(choice)
        client_id = self.client_id(client)
        with self.transaction() as db:
            battle = _battle(db, battle_id, lock=True)  # a second vote on it waits here until this one commits
            if not hmac.compare_digest(battle.client_id, client_id):
                raise ArenaError(Messages.ARENA_NOT_YOUR_BATTLE.format(battle_id=battle_id))
            if not battle.finished:
                raise ArenaError(Messages.ARENA_NOT_FINISHED.format(battle_id=battle_id))
            if db.execute(sa.select(votes.c.vote_id).where(votes.c.battle_id == battle_id)).first():
                raise ArenaError(Messages.ARENA_ALREADY_VOTED.format(battle_id=battle_id))
            now = time.time()
            result = db.execute(votes.insert().values(battle_id=battle_id, choice=choice, client_id=client_id,
                                                      created_at=now))
            return Vote(vote_id=int(result.inserted_primary_key[0]), battle=battle, choice=choice,
                        client_id=client_id, created_at=now)

    def votes(self, task: str | None = None) -> list[Vote]:
        """Every vote with its battle, oldest first; only the battles of ``task`` when given."""
        columns = [votes.c.vote_id, votes.c.choice, votes.c.client_id.label("voter"),
                   votes.c.created_at.label("voted_at"), *battles.c]
        return [Vote(vote_id=row.vote_id, battle=_battle_from(row), choice=row.choice, client_id=row.voter,
                     created_at=row.voted_at) for row in self._vote_rows(columns, task)]

    def count_votes(self) -> int:
        with self._read() as db:
            return db.execute(sa.select(sa.func.count()).select_from(votes)).scalar_one()

    def outcomes(self, task: str | None = None) -> list[tuple[str, str, float]]:
        """``(variant_a, variant_b, score of A)`` per vote, oldest first, for :mod:`playground.features.ratings`
        (reads only the names and the choice, not the texts)."""
        rows = self._vote_rows([battles.c.variant_a, battles.c.variant_b, votes.c.choice], task)
        return [(a, b, CHOICE_SCORE[choice]) for a, b, choice in rows]

    def _vote_rows(self, columns: list, task: str | None) -> list[sa.Row]:
        """``columns`` of every vote joined with its battle, oldest first; only ``task``'s battles when given."""
        query = sa.select(*columns).select_from(votes.join(battles, votes.c.battle_id == battles.c.battle_id))
        if task:
            query = query.where(battles.c.task == task)
        with self._read() as db:
            return list(db.execute(query.order_by(votes.c.vote_id)))

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


# ----- SQLite ---------------------------------------------------------------------------
def _sqlite_transactions(engine: sa.Engine) -> None:
    """SQLite's settings on every connection, and transactions begun by us: ``BEGIN IMMEDIATE`` for a write
    (the write lock is taken first, so no update is lost between its read and its write), ``BEGIN`` to read.
    (SQLAlchemy's recipe for pysqlite: the driver's own implicit BEGIN is turned off.)"""

    @sa.event.listens_for(engine, "connect")
    def _configure(dbapi_connection, _record):
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        for pragma in ("journal_mode=WAL",  # persistent, stored in the file itself
                       "synchronous=FULL",  # in WAL mode, FULL makes each commit durable
                       "foreign_keys=ON",
                       "secure_delete=ON"):  # deleted or overwritten values are zeroed, not left in free space
            cursor.execute(f"PRAGMA {pragma}")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _begin(connection):
        write = connection.get_execution_options().get("arena_write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def _upgrade_sqlite(db: Connection) -> bool:
    """Rename a version-0 file's ``session_id`` columns to ``client_id``; True if there were any.

    Version 0 stored each voter's gradio session hash (or a client-chosen id) in plain text, and the votes
    export handed it out; with it, anyone could take over that visitor's session."""
    if db.exec_driver_sql("PRAGMA user_version").scalar() >= SCHEMA_VERSION:
        return False
    renamed = False
    for table in ("battles", "votes"):
        columns = {row[1] for row in db.exec_driver_sql(f"PRAGMA table_info({table})")}
        if "session_id" in columns:
            db.exec_driver_sql(f"ALTER TABLE {table} RENAME COLUMN session_id TO client_id")
            renamed = True
    return renamed


def _scrub(db: Connection, secret: bytes) -> None:
    """Replace every stored session hash by its keyed hash (one session keeps one id); with SQLite's
    ``secure_delete`` on, the old bytes are zeroed, not left in the pages' free space."""
    for table, key in ((battles, battles.c.battle_id), (votes, votes.c.vote_id)):
        for row_key, old in db.execute(sa.select(key, table.c.client_id)).all():
            db.execute(table.update().where(key == row_key).values(client_id=_keyed(secret, "session", old or "")))


# ----- rows -----------------------------------------------------------------------------
def _set_meta(db: Connection, key: str, value: str) -> None:
    if db.execute(meta.update().where(meta.c.key == key).values(value=value)).rowcount == 0:
        db.execute(meta.insert().values(key=key, value=value))


def _battle(db: Connection, battle_id: object, lock: bool = False) -> Battle:
    """The battle ``battle_id``; with ``lock``, its row stays locked until the transaction ends (PostgreSQL;
    SQLite's write transaction holds the whole file already)."""
    row = None
    if isinstance(battle_id, str) and battle_id:
        query = sa.select(battles).where(battles.c.battle_id == battle_id)
        row = db.execute(query.with_for_update() if lock else query).first()
    if row is None:
        raise ArenaError(Messages.ARENA_UNKNOWN_BATTLE.format(battle_id=battle_id))
    return _battle_from(row)


def _battle_from(row: sa.Row) -> Battle:
    return Battle(
        battle_id=row.battle_id, variant_a=row.variant_a, variant_b=row.variant_b, prompt=row.prompt,
        messages=json.loads(row.messages), settings=json.loads(row.settings), seed=row.seed, task=row.task,
        fields=json.loads(row.fields), client_id=row.client_id, created_at=row.created_at, output_a=row.output_a,
        output_b=row.output_b, finished_at=row.finished_at,
    )


def _keyed(secret: bytes, kind: str, value: str) -> str:
    """A keyed hash of ``value`` (its ``kind`` mixed in, so a session id never equals a client id)."""
    return hmac.new(secret, f"{kind}:{value}".encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()[:32]


def _stored(text: str) -> str:
    """``text`` as :class:`StoredText` stores it."""
    return text.replace("\x00", "\ufffd")


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)  # a NUL in a string is escaped: \u0000
