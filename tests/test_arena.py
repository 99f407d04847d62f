"""Arena storage (playground.features.arena_store, on SQLite and on a real PostgreSQL server) and leaderboard
maths (playground.features.ratings), without a model."""

from __future__ import annotations

import json
import random
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from playground.core.config import AppConfig
from playground.core.engine import VariantInfo
from playground.core.messages import Messages
from playground.features.arena import CHOICES, UNFINISHED_TTL_S, ArenaError, ArenaPolicy, draw_pair, variant_pool
from playground.features.arena_store import SCHEMA_VERSION, ArenaStore
from playground.features.ratings import bootstrap_intervals, bradley_terry, leaderboard, pairwise_win_rates

ROOT = Path(__file__).resolve().parent.parent
SETTINGS = {"max_new_tokens": 8, "temperature": 0.7, "top_p": 0.95, "top_k": 0, "repetition_penalty": 1.0, "seed": 3}


def play(store: ArenaStore, a: str, b: str, choice: str, out_a: str = "", out_b: str = "", prompt: str = "Say hi.",
         task: str = "", fields: dict | None = None, client: str = "198.51.100.1"):
    battle = store.start_battle(variant_a=a, variant_b=b, prompt=prompt, settings=SETTINGS, seed=3,
                                messages=[{"role": "user", "content": prompt}], task=task, fields=fields,
                                client=client)
    store.finish_battle(battle.battle_id, out_a or f"{a} says hi", out_b or f"{b} says hello")
    return store.vote(battle.battle_id, choice, client)


def file_bytes(path: Path) -> bytes:
    """The database as it lies on disk: the main file and its WAL and shared-memory files, if any."""
    return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists())


@pytest.fixture(params=["sqlite", "postgresql"])
def target(request, tmp_path) -> str | Path:
    """Where a store lives: a SQLite file, or a fresh database on the session's PostgreSQL server."""
    if request.param == "sqlite":
        return tmp_path / "arena.sqlite3"
    return request.getfixturevalue("postgres").new_database()


@pytest.fixture()
def store(target) -> ArenaStore:
    store = ArenaStore(target)
    yield store
    store.close()


def test_the_database_runs_in_wal_mode(tmp_path):
    store = ArenaStore(tmp_path / "arena.sqlite3")
    assert store.journal_mode() == "wal"
    with sqlite3.connect(store.path) as db:  # WAL is a property of the file, seen by any client
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_vote_survives_closing_and_reopening_the_store(target):
    store = ArenaStore(target)
    vote = play(store, "base", "alpha", "b", fields={"question": "é?"})
    store.close()
    again = ArenaStore(target)
    [stored] = again.votes()
    assert (stored.vote_id, stored.choice, stored.winner) == (vote.vote_id, "b", "alpha")
    battle = stored.battle
    assert (battle.variant_a, battle.variant_b, battle.output_a, battle.output_b) == (
        "base", "alpha", "base says hi", "alpha says hello")
    assert battle.settings == SETTINGS and battle.seed == 3 and battle.fields == {"question": "é?"}
    assert battle.created_at > 0
    # the secret lives in the file: after a restart the same client still has the same (hashed) id
    assert battle.client_id == stored.client_id == again.client_id("198.51.100.1") != "198.51.100.1"


def test_a_battle_takes_one_vote_and_only_once_finished(store):
    battle = store.start_battle(variant_a="base", variant_b="beta", prompt="Hi", settings=SETTINGS, seed=1)
    with pytest.raises(ArenaError, match="has not finished generating"):
        store.vote(battle.battle_id, "a")
    store.finish_battle(battle.battle_id, "x", "y")
    store.vote(battle.battle_id, "tie")
    with pytest.raises(ArenaError) as err:
        store.vote(battle.battle_id, "a")
    assert str(err.value) == Messages.ARENA_ALREADY_VOTED.format(battle_id=battle.battle_id)
    with pytest.raises(ArenaError, match="Unknown battle id 'nope'"):
        store.vote("nope", "a")
    with pytest.raises(ArenaError, match="choice must be one of a, b, tie, both_bad; got 'c'"):
        store.vote(battle.battle_id, "c")
    assert [v.choice for v in store.votes()] == ["tie"]


def test_battle_ids_are_random_and_refused_pairs_are_discarded(store):
    first = store.start_battle(variant_a="base", variant_b="beta", prompt="Hi", settings=SETTINGS, seed=1)
    second = store.start_battle(variant_a="base", variant_b="beta", prompt="Hi", settings=SETTINGS, seed=1)
    assert first.battle_id != second.battle_id and len(first.battle_id) == 32
    store.discard_battle(first.battle_id)
    with pytest.raises(ArenaError, match="Unknown battle id"):
        store.battle(first.battle_id)
    with pytest.raises(ArenaError, match="two different variants"):
        store.start_battle(variant_a="base", variant_b="base", prompt="Hi", settings=SETTINGS, seed=1)


def test_an_exception_inside_a_transaction_rolls_it_back(store):
    play(store, "base", "alpha", "a")
    with pytest.raises(RuntimeError, match="crash"):
        with store.transaction() as db:
            db.execute(sa.text("DELETE FROM votes"))
            db.execute(sa.text("UPDATE battles SET output_a = 'overwritten'"))
            raise RuntimeError("crash")
    [vote] = store.votes()
    assert vote.battle.output_a == "base says hi"


def test_a_process_killed_mid_transaction_leaves_the_previous_votes_intact(store, target):
    play(store, "base", "alpha", "a")
    script = textwrap.dedent(f"""
        import os, sys
        import sqlalchemy as sa
        sys.path.insert(0, {str(ROOT)!r})
        from playground.features.arena_store import ArenaStore
        store = ArenaStore({str(target)!r})
        with store.transaction() as db:
            db.execute(sa.text("DELETE FROM votes"))
            db.execute(sa.text("INSERT INTO battles (battle_id, created_at, client_id, task, prompt, fields, messages,"
                               " variant_a, variant_b, settings, seed) VALUES ('x', 0, '', '', '', '{{}}', '[]', 'a',"
                               " 'b', '{{}}', 0)"))
            os._exit(9)  # dies before COMMIT, like a power cut or a kill -9
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 9, result.stderr
    reopened = ArenaStore(target)
    assert [(v.choice, v.battle.variant_b) for v in reopened.votes()] == [("a", "alpha")]
    with pytest.raises(ArenaError):
        reopened.battle("x")
    play(reopened, "alpha", "beta", "b")  # the file still takes writes
    assert reopened.count_votes() == 2


def test_replicas_on_one_database_share_battles_votes_and_client_ids(target):
    first, second = ArenaStore(target), ArenaStore(target)  # two app processes, one database
    battle = first.start_battle(variant_a="base", variant_b="alpha", prompt="Hi", settings=SETTINGS, seed=1,
                                client="203.0.113.8")
    second.finish_battle(battle.battle_id, "x", "y")
    vote = second.vote(battle.battle_id, "b", "203.0.113.8")  # the same client, through the other replica
    assert first.client_id("203.0.113.8") == second.client_id("203.0.113.8") == vote.client_id
    play(first, "alpha", "beta", "a")
    assert first.outcomes() == second.outcomes() == [("base", "alpha", 0.0), ("alpha", "beta", 1.0)]


def test_concurrent_votes_on_one_battle_through_two_replicas_record_exactly_one(target):
    replicas = [ArenaStore(target), ArenaStore(target)]
    battle = replicas[0].start_battle(variant_a="base", variant_b="alpha", prompt="Hi", settings=SETTINGS, seed=1)
    replicas[1].finish_battle(battle.battle_id, "x", "y")
    results: list[object] = []
    gate = threading.Barrier(8)

    def cast(i: int) -> None:
        gate.wait()
        try:
            results.append(replicas[i % 2].vote(battle.battle_id, CHOICES[i % 4]).choice)
        except ArenaError as err:
            results.append(str(err))

    threads = [threading.Thread(target=cast, args=(i,)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    accepted = [r for r in results if r in CHOICES]
    assert len(accepted) == 1 and results.count(Messages.ARENA_ALREADY_VOTED.format(battle_id=battle.battle_id)) == 7
    assert [v.choice for v in replicas[1].votes()] == accepted


def test_nul_characters_and_32_bit_seeds_are_stored(store):
    battle = store.start_battle(variant_a="base", variant_b="alpha", prompt="a\x00b", settings=SETTINGS,
                                seed=2**32 - 1, messages=[{"role": "user", "content": "a\x00b"}])
    store.finish_battle(battle.battle_id, "out\x00put", "y")
    stored = store.battle(battle.battle_id)
    assert (stored.prompt, stored.output_a, stored.seed) == ("a\ufffdb", "out\ufffdput", 2**32 - 1)
    assert stored.messages == [{"role": "user", "content": "a\x00b"}]  # JSON keeps it, escaped


def test_a_database_down_gives_a_clear_refusal_and_is_used_again_once_back(postgres, caplog):
    url = postgres.new_database()
    store = ArenaStore(url)
    play(store, "base", "alpha", "a")
    assert postgres.password not in store.url and "***" in store.url
    postgres.kill()
    try:
        for attempt in (lambda: play(store, "base", "beta", "b"), store.count_votes,
                        lambda: ArenaStore(url).count_votes()):  # also a replica starting while it is down
            with pytest.raises(ArenaError) as err:
                attempt()
            assert str(err.value) == Messages.ARENA_STORE_DOWN
    finally:
        postgres.serve()
    assert "failed" in caplog.text and postgres.password not in caplog.text
    assert [v.choice for v in store.votes()] == ["a"]  # the acknowledged vote is there, the refused one is not
    play(store, "base", "beta", "b")
    assert store.count_votes() == 2


def test_exports_votes_and_well_formed_dpo_pairs(store, tmp_path):
    play(store, "base", "alpha", "a", "short", "longer answer", prompt="P1")
    play(store, "beta", "base", "b", "beta text", "base text", prompt="P2")
    play(store, "alpha", "beta", "tie", prompt="P3")
    play(store, "alpha", "beta", "both_bad", prompt="P4")
    play(store, "alpha", "gamma", "a", "same", "same", prompt="P5")  # identical outputs give no pair
    assert store.dpo_pairs() == [{"prompt": "P1", "chosen": "short", "rejected": "longer answer"},
                                 {"prompt": "P2", "chosen": "base text", "rejected": "beta text"}]
    path = store.export_jsonl("dpo", tmp_path / "dpo.jsonl")
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert lines == store.dpo_pairs()
    assert all(set(row) == {"prompt", "chosen", "rejected"} and all(isinstance(v, str) and v for v in row.values())
               for row in lines)
    votes = [json.loads(line) for line in store.export_jsonl("votes", tmp_path / "v.jsonl").read_text().splitlines()]
    assert [v["choice"] for v in votes] == ["a", "b", "tie", "both_bad", "a"]
    assert votes[1]["winner"] == "base" and votes[2]["winner"] is None
    assert {"prompt", "fields", "output_a", "output_b", "model_a", "model_b", "settings", "seed",
            "voted_at"} <= set(votes[0])
    with pytest.raises(ArenaError, match="kind must be one of votes, dpo"):
        store.export_rows("csv")


def test_task_filter_keeps_that_tasks_votes(store):
    play(store, "base", "qa", "b", task="domain_qa", fields={"question": "What is MRR?"})
    play(store, "base", "alpha", "a")
    assert [v.battle.task for v in store.votes("domain_qa")] == ["domain_qa"]
    assert store.outcomes("domain_qa") == [("base", "qa", 0.0)]
    assert len(store.outcomes()) == 2


def test_pairs_are_drawn_from_the_pool_of_the_task():
    described = [
        VariantInfo(name="base", kind="base"),
        VariantInfo(name="qa", kind="adapter", task="domain_qa"),
        VariantInfo(name="post", kind="adapter", task="linkedin_post"),
        VariantInfo(name="bad", kind="adapter", status="rejected", task="domain_qa"),
    ]
    assert variant_pool(described) == ["base", "qa", "post"]
    assert variant_pool(described, "domain_qa") == ["base", "qa"]
    rng = random.Random(0)
    drawn = {draw_pair(variant_pool(described), rng=rng) for _ in range(200)}
    assert drawn == {(a, b) for a in ("base", "qa", "post") for b in ("base", "qa", "post") if a != b}
    with pytest.raises(ArenaError) as err:
        draw_pair(variant_pool(described, "elevator_pitch"), "elevator_pitch")
    assert str(err.value) == Messages.ARENA_TOO_FEW_VARIANTS.format(
        where=" for task 'elevator_pitch'", count=1, names="base")


# ----- clients, exports and old databases (security review, issue #14) -----------------------
# The schema before the review: each battle and vote kept the voter's gradio session hash in plain text.
OLD_SCHEMA = """
CREATE TABLE battles (
    battle_id TEXT PRIMARY KEY, created_at REAL NOT NULL, session_id TEXT NOT NULL, task TEXT NOT NULL,
    prompt TEXT NOT NULL, fields TEXT NOT NULL, messages TEXT NOT NULL, variant_a TEXT NOT NULL,
    variant_b TEXT NOT NULL, settings TEXT NOT NULL, seed INTEGER NOT NULL, output_a TEXT, output_b TEXT,
    finished_at REAL);
CREATE TABLE votes (
    vote_id INTEGER PRIMARY KEY AUTOINCREMENT, battle_id TEXT NOT NULL UNIQUE REFERENCES battles (battle_id),
    choice TEXT NOT NULL CHECK (choice IN ('a', 'b', 'tie', 'both_bad')), session_id TEXT NOT NULL,
    created_at REAL NOT NULL);
CREATE INDEX battles_task ON battles (task);
"""


def test_a_client_is_stored_only_as_a_keyed_hash_and_exports_carry_no_client_ids(tmp_path):
    path = tmp_path / "arena.sqlite3"
    store = ArenaStore(path)
    vote = play(store, "base", "alpha", "a", client="203.0.113.77")
    assert vote.client_id == vote.battle.client_id == store.client_id("203.0.113.77")
    assert "203.0.113.77" not in vote.client_id and len(vote.client_id) == 32
    assert ArenaStore(tmp_path / "other.sqlite3").client_id("203.0.113.77") != vote.client_id  # a secret per database
    assert b"203.0.113.77" not in file_bytes(path)
    for kind in ("votes", "dpo"):
        rows = store.export_rows(kind)
        assert rows and all("session_id" not in row and "client_id" not in row for row in rows)
        assert vote.client_id not in json.dumps(rows)


def test_a_vote_must_come_from_the_client_that_started_the_battle(store):
    battle = store.start_battle(variant_a="base", variant_b="beta", prompt="Hi", settings=SETTINGS, seed=1,
                                client="203.0.113.1")
    store.finish_battle(battle.battle_id, "x", "y")
    with pytest.raises(ArenaError) as err:
        store.vote(battle.battle_id, "a", "203.0.113.2")
    assert str(err.value) == Messages.ARENA_NOT_YOUR_BATTLE.format(battle_id=battle.battle_id)
    assert store.count_votes() == 0
    assert store.vote(battle.battle_id, "b", "203.0.113.1").winner == "beta"


def test_an_old_database_holding_raw_session_hashes_is_scrubbed_when_opened(tmp_path):
    path = tmp_path / "arena.sqlite3"
    sessions = {"first": "k3x9q2vplm7", "second": "alice-laptop-session"}  # gradio's hash, a client-chosen id
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA journal_mode=WAL")
        db.executescript(OLD_SCHEMA)
        for battle_id, session in (("b1", sessions["first"]), ("b2", sessions["second"]), ("b3", sessions["first"])):
            # a prompt of a few hundred bytes: rewriting the row then leaves the old bytes in the page's free
            # space, unless SQLite's secure_delete zeroes them
            db.execute("INSERT INTO battles VALUES (?, 1.0, ?, '', ?, '{}', '[]', 'base', 'alpha', '{}', 7,"
                       " 'hi', 'hello', 2.0)", (battle_id, session, "Say hi in a friendly way. " * 12))
        db.execute("INSERT INTO votes (battle_id, choice, session_id, created_at) VALUES ('b1', 'a', ?, 3.0)",
                   (sessions["first"],))
    db.close()
    assert all(s.encode() in file_bytes(path) for s in sessions.values())

    store = ArenaStore(path)
    on_disk = file_bytes(path)
    assert not any(s.encode() in on_disk for s in sessions.values())  # replaced, not just unlinked
    [vote] = store.votes()
    assert (vote.choice, vote.winner, vote.battle.output_b) == ("a", "base", "hello")  # the data itself is kept
    ids = {b: store.battle(b).client_id for b in ("b1", "b2", "b3")}
    assert vote.client_id == ids["b1"] == ids["b3"] != ids["b2"]  # one session keeps one id
    assert not set(ids.values()) & set(sessions.values())
    assert ArenaStore(path).battle("b1").client_id == ids["b1"]  # scrubbed once: reopening changes nothing
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        columns = {t: {row[1] for row in db.execute(f"PRAGMA table_info({t})")} for t in ("battles", "votes")}
    db.close()
    assert all("session_id" not in names and "client_id" in names for names in columns.values())
    assert "session_id" not in store.export_rows("votes")[0]
    play(store, "alpha", "beta", "b")  # and it takes new battles and votes
    assert store.count_votes() == 2


def test_unfinished_battles_older_than_an_hour_are_pruned_when_a_battle_starts(store):
    ids = {}
    for name in ("abandoned", "running", "old_but_finished"):
        ids[name] = store.start_battle(variant_a="base", variant_b="alpha", prompt="Hi", settings=SETTINGS,
                                       seed=1).battle_id
    store.finish_battle(ids["old_but_finished"], "x", "y")
    with store.transaction() as db:  # age them: two past the limit, one recent
        for name, age_s in (("abandoned", UNFINISHED_TTL_S + 60), ("running", 60),
                            ("old_but_finished", UNFINISHED_TTL_S + 60)):
            db.execute(sa.text("UPDATE battles SET created_at = :t WHERE battle_id = :b"),
                       {"t": time.time() - age_s, "b": ids[name]})
    assert store.battle(ids["abandoned"])  # nothing is pruned until a battle starts
    store.start_battle(variant_a="base", variant_b="beta", prompt="Hi", settings=SETTINGS, seed=1)
    with pytest.raises(ArenaError, match="Unknown battle id"):
        store.battle(ids["abandoned"])
    assert not store.battle(ids["running"]).finished and store.battle(ids["old_but_finished"]).finished


def test_exports_are_for_the_operator(monkeypatch):
    ArenaPolicy().check_export()  # a local run without a token: the operator is the one at the keyboard
    for policy in (ArenaPolicy(admin_token="s3cret"), ArenaPolicy(admin_token="s3cret", on_space=True)):
        for wrong in ("", None, "s3cre", "s3cret!", 7):
            with pytest.raises(ArenaError) as err:
                policy.check_export(wrong)
            assert str(err.value) == Messages.ARENA_EXPORT_NEEDS_TOKEN
        policy.check_export("s3cret")
    for token in ("", "anything"):  # a public Space without a token: nobody may export
        with pytest.raises(ArenaError) as err:
            ArenaPolicy(on_space=True).check_export(token)
        assert str(err.value) == Messages.ARENA_EXPORT_OFF
    monkeypatch.setenv("SPACE_ID", "someone/playground")
    monkeypatch.setenv("PLAYGROUND_ADMIN_TOKEN", " s3cret\n")
    config = AppConfig.from_env()  # read when the app is configured, not at import
    assert (config.admin_token, config.on_space) == ("s3cret", True) and "s3cret" not in repr(config)


# ----- ratings ---------------------------------------------------------------------------

def test_a_variant_that_always_wins_gets_the_top_rating_and_a_separate_interval():
    rng = random.Random(1)
    outcomes = []
    for _ in range(60):
        a, b = rng.sample(["champ", "base", "other"], 2)
        score = 1.0 if a == "champ" else 0.0 if b == "champ" else rng.choice([0.0, 0.5, 1.0])
        outcomes.append((a, b, score))
    board = leaderboard(outcomes)
    assert board[0].variant == "champ" and board[0].losses == 0 and board[0].win_rate == 1.0
    for loser in board[1:]:
        assert board[0].ci_low > loser.ci_high  # the intervals do not overlap
        assert loser.ci_low <= loser.rating <= loser.ci_high
    assert sum(s.battles for s in board) == 2 * len(outcomes)


def test_ties_count_half_a_win_each():
    even = [("x", "y", 0.5)] * 10
    ratings = bradley_terry(even)
    assert ratings["x"] == pytest.approx(ratings["y"]) == pytest.approx(1000)
    assert [s.win_rate for s in leaderboard(even)] == [0.5, 0.5]
    # one win and one loss equal two ties
    assert bradley_terry([("x", "y", 1.0), ("x", "y", 0.0), ("x", "z", 1.0)]) == pytest.approx(
        bradley_terry([("x", "y", 0.5), ("x", "y", 0.5), ("x", "z", 1.0)]))
    names, rates, games = pairwise_win_rates([("x", "y", 1.0), ("y", "x", 0.5)])
    assert names == ["x", "y"] and rates[0, 1] == 0.75 and rates[1, 0] == 0.25 and games[0, 1] == 2


def test_bradley_terry_recovers_known_strengths():
    # 3 to 1 in favour of x means p_x / p_y = 3: 400 * log10(3) = 190.8 Elo points apart
    outcomes = [("x", "y", 1.0)] * 300 + [("x", "y", 0.0)] * 100
    ratings = bradley_terry(outcomes)
    assert ratings["x"] - ratings["y"] == pytest.approx(190.8, abs=1.0)


def test_the_bootstrap_is_deterministic_with_a_seed():
    rng = random.Random(2)
    outcomes = [(a, b, rng.choice([0.0, 0.5, 1.0])) for a, b in (rng.sample("pqrs", 2) for _ in range(80))]
    assert bootstrap_intervals(outcomes, seed=5) == bootstrap_intervals(outcomes, seed=5)
    assert bootstrap_intervals(outcomes, seed=5) != bootstrap_intervals(outcomes, seed=6)
    assert leaderboard(outcomes) == leaderboard(outcomes)


def test_every_choice_maps_to_a_rating_outcome(store):
    for choice in CHOICES:
        play(store, "base", "alpha", choice)
    assert [o[2] for o in store.outcomes()] == [1.0, 0.0, 0.5, 0.5]
    board = {s.variant: s for s in leaderboard(store.outcomes())}
    assert (board["base"].wins, board["base"].ties, board["base"].losses) == (1, 2, 1)
    assert leaderboard([]) == []
