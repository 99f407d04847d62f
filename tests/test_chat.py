"""Multi-turn chat: the bookkeeping of playground/features/chat.py, then ``/chat`` on the launched app."""

from __future__ import annotations

import re

import pytest
from gradio_client.exceptions import AppError

from playground.core.limits import Limits
from playground.core.messages import Messages
from playground.core.types import GenerationParams, RequestError, Row
from playground.features.chat import STOPPED, STREAMING, TIMEOUT, Chat

LIMITS = Limits()  # the limits every test engine runs with (its defaults)

TOKENS = 16


def full_chat(turns: int, variants=("base", "alpha")) -> dict[str, list[dict]]:
    """Histories with ``turns`` complete turns: the same user turns, each variant its own replies."""
    return {name: [m for t in range(turns) for m in ({"role": "user", "content": f"question {t}"},
                                                     {"role": "assistant", "content": f"{name} answer {t}"})]
            for name in variants}


def escaped(message: str) -> str:
    return re.escape(message)


# ----- bookkeeping, no model -----------------------------------------------------------------

def test_a_turn_reaches_every_variant_and_each_keeps_its_own_replies():
    chat = Chat.new(["base", "alpha"]).ask("  Hi there  ").answer({"base": "Hello!", "alpha": "Hey."})
    chat = chat.ask("How are you?")
    rows = chat.rows("Be brief.")
    assert [r.variant for r in rows] == ["base", "alpha"]
    assert rows[0].messages == (
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "Hi there"},
        {"role": "assistant", "content": "Hello!"},
        {"role": "user", "content": "How are you?"},
    )
    assert rows[1].messages[2] == {"role": "assistant", "content": "Hey."}
    assert chat.rows("")[0].messages[0] == {"role": "user", "content": "Hi there"}  # no system prompt: none sent
    assert chat.turns == 2


def test_replies_in_flight_or_cut_short_are_noted_but_never_sent_to_the_model():
    pending = Chat.new(["base", "alpha", "beta"]).ask("Hi")
    streaming = pending.answer({"base": "Hel", "alpha": "He", "beta": ""}, {"base": "", "alpha": "", "beta": ""})
    assert streaming.streaming
    assert streaming.histories["base"][-1]["note"] == STREAMING
    stopped = streaming.mark_stopped()
    assert not stopped.streaming
    assert [h[-1]["note"] for h in stopped.histories.values()] == [STOPPED] * 3
    assert stopped.to_dict()["base"][-1] == {"role": "assistant", "content": "Hel"}  # partial text kept
    ended = pending.answer({"base": "Hello", "alpha": "He", "beta": "Hi"}, {"base": "stop", "alpha": "timeout",
                                                                            "beta": "length"})
    assert "note" not in ended.histories["base"][-1] and "note" not in ended.histories["beta"][-1]
    assert ended.histories["alpha"][-1]["note"] == TIMEOUT
    next_rows = ended.ask("Go on").rows()
    assert all(set(m) == {"role", "content"} for row in next_rows for m in row.messages)


def test_undo_drops_the_last_user_turn_and_its_replies():
    chat = Chat.from_histories(full_chat(3), ["base", "alpha"])
    undone = chat.undo()
    assert undone.to_dict() == full_chat(2)
    assert undone.undo().undo().turns == 0
    with pytest.raises(RequestError, match=escaped(Messages.CHAT_NOTHING_TO_UNDO)):
        Chat.new(["base"]).undo()


def test_retry_drops_the_last_replies_and_keeps_the_turn_pending():
    chat = Chat.from_histories(full_chat(2), ["base", "alpha"])
    pending = chat.retry()
    assert pending.turns == 2
    for row in pending.rows():
        assert row.messages[-1] == {"role": "user", "content": "question 1"}
        assert row.messages[-2] == {"role": "assistant", "content": f"{row.variant} answer 0"}
    assert pending.answer({"base": "again", "alpha": "again"}).to_dict()["alpha"][-1]["content"] == "again"
    with pytest.raises(RequestError, match=escaped(Messages.CHAT_NOTHING_TO_REGENERATE)):
        Chat.new(["base"]).retry()


def test_the_turn_limit_is_enforced():
    limit = LIMITS.max_chat_turns
    full = Chat.from_histories(full_chat(limit), ["base", "alpha"])
    with pytest.raises(RequestError, match=escaped(Messages.CHAT_TOO_MANY_TURNS.format(turns=limit + 1,
                                                                                       limit=limit))):
        full.ask("one more")
    full.undo().ask("one more")  # after an undo it fits again
    with pytest.raises(RequestError, match="the limit is"):
        Chat.from_histories(full_chat(limit + 1), ["base", "alpha"])


@pytest.mark.parametrize("message", ["", "   ", None, "x" * (LIMITS.max_prompt_chars + 1)])
def test_empty_or_too_long_messages_are_refused(message):
    with pytest.raises(RequestError, match="The message"):
        Chat.new(["base"]).ask(message)


def broken(change):
    history = full_chat(2)
    change(history)
    return history


@pytest.mark.parametrize("history, fragment", [
    (["not", "a", "dict"], "history must map each variant name"),
    ({"base": "hello", "alpha": []}, "the history of 'base' must be a list"),
    (broken(lambda h: h["base"].__setitem__(1, "text")), "message 1 of 'base' must be an object"),
    (broken(lambda h: h["alpha"].insert(0, {"role": "system", "content": "x"})), "pass the system prompt"),
    (broken(lambda h: h["base"].__setitem__(2, {"role": "assistant", "content": "x"})), "'user' was expected"),
    (broken(lambda h: h["base"].__setitem__(1, {"role": "assistant", "content": 3})), "must have text content"),
    (broken(lambda h: h["alpha"].pop()), "ends with a user turn that has no reply"),
    (broken(lambda h: h["alpha"].__setitem__(2, {"role": "user", "content": "other"})), "differ from those"),
    (broken(lambda h: h["base"].__setitem__(0, {"role": "user", "content": " "})), "The message is empty"),
    ({"base": full_chat(1)["base"]}, "Variant 'alpha' has no history"),
])
def test_malformed_histories_are_refused(history, fragment):
    with pytest.raises(RequestError, match=escaped(fragment)):
        Chat.from_histories(history, ["base", "alpha"])


def test_histories_of_unselected_variants_are_dropped_and_extra_keys_ignored():
    history = full_chat(1, ("base", "alpha", "beta"))
    history["base"][1]["metadata"] = {"title": "from a chatbot"}
    chat = Chat.from_histories(history, ["beta", "base"])
    assert chat.variants == ["beta", "base"]
    assert chat.to_dict() == {"beta": full_chat(1, ("beta",))["beta"], "base": full_chat(1)["base"]}
    assert Chat.from_histories(None, ["base"]).turns == 0 and Chat.from_histories({}, ["base"]).variants == ["base"]


def test_realign_keeps_remaining_panes_and_restarts_when_a_variant_joins():
    chat = Chat.from_histories(full_chat(2, ("base", "alpha", "beta")), ["base", "alpha", "beta"])
    fewer, joined = chat.realign(["beta", "base"])
    assert joined == [] and fewer.variants == ["beta", "base"] and fewer.turns == 2
    assert fewer.histories["beta"] == chat.histories["beta"]
    more, joined = fewer.realign(["beta", "base", "gamma"])
    assert joined == ["gamma"] and more.turns == 0 and more.variants == ["beta", "base", "gamma"]
    empty, joined = Chat.new(["base"]).realign(["base", "alpha"])
    assert joined == [] and empty.variants == ["base", "alpha"]


# ----- /chat on the launched app ---------------------------------------------------------------

def chat_call(client, message, variants, history=None, **kwargs):
    """Run one /chat turn to the end; returns (every streamed update, the final one)."""
    job = client.submit(message, variants, history, max_new_tokens=TOKENS, api_name="/chat", **kwargs)
    updates = list(job)
    return updates, job.outputs()[-1]


def test_two_turns_keep_one_conversation_per_variant(client):
    updates, first = chat_call(client, "Name a fruit.", ["base", "alpha"])
    assert isinstance(first["seed"], int)
    assert set(first["finish_reasons"].values()) <= {"stop", "length"}
    histories = first["histories"]
    assert list(histories) == ["base", "alpha"]
    for name in ("base", "alpha"):
        assert [m["role"] for m in histories[name]] == ["user", "assistant"]
        assert histories[name][0]["content"] == "Name a fruit."
        assert histories[name][1]["content"]
        lengths = [len(u["histories"][name][-1]["content"]) for u in updates if len(u["histories"][name]) == 2]
        assert lengths == sorted(lengths) and lengths[-1] > lengths[0]  # the reply streamed in
    assert histories["base"][1]["content"] != histories["alpha"][1]["content"]

    _, second = chat_call(client, "And a vegetable?", ["base", "alpha"], histories)
    for name in ("base", "alpha"):
        history = second["histories"][name]
        assert [m["role"] for m in history] == ["user", "assistant", "user", "assistant"]
        assert history[:2] == histories[name]  # its own first reply, fed back
        assert history[2]["content"] == "And a vegetable?" and history[3]["content"]


def test_greedy_second_reply_equals_the_engine_on_the_same_conversation(client, engine):
    _, first = chat_call(client, "Say something about cats.", ["base", "alpha"], system_prompt="Be brief.")
    _, second = chat_call(client, "Now about dogs.", ["base", "alpha"], first["histories"], system_prompt="Be brief.")
    base = second["histories"]["base"]
    messages = ({"role": "system", "content": "Be brief."}, *base[:3])
    alone = engine.generate([Row("base", messages)], GenerationParams(max_new_tokens=TOKENS))[0]
    assert base[3]["content"] == alone.text


def test_sampling_with_a_seed_is_reproduced(client):
    kwargs = {"temperature": 0.9, "seed": 11}
    _, once = chat_call(client, "Tell me a word.", ["gamma"], **kwargs)
    _, again = chat_call(client, "Tell me a word.", ["gamma"], **kwargs)
    assert once["seed"] == again["seed"] == 11
    assert once["histories"] == again["histories"]


def test_too_many_turns_are_refused(client):
    limit = LIMITS.max_chat_turns
    with pytest.raises(AppError, match=escaped(Messages.CHAT_TOO_MANY_TURNS.format(turns=limit + 1, limit=limit))):
        client.predict("one more", ["base", "alpha"], full_chat(limit), api_name="/chat")


@pytest.mark.parametrize("args, fragment", [
    (("hi", ["base", "alpha"], {"base": [{"role": "user", "content": "x"}], "alpha": []}), "Malformed chat history"),
    (("hi", ["base", "alpha"], {"base": full_chat(1)["base"]}), "Variant 'alpha' has no history"),
    (("hi", ["base"], {"base": [{"role": "system", "content": "x"}]}), "pass the system prompt"),
    (("   ", ["base"], None), Messages.CHAT_EMPTY_MESSAGE),
    (("hi", ["nope"], None), "Unknown variant 'nope'"),
    (("hi", [], None), Messages.NO_VARIANTS),
])
def test_bad_requests_get_a_clear_error(client, args, fragment):
    with pytest.raises(AppError, match=escaped(fragment)):
        client.predict(*args, max_new_tokens=TOKENS, api_name="/chat")
