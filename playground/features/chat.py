"""Multi-turn chat bookkeeping for the Chat tab and ``/chat``: no model and no gradio, so it is unit-testable.

A chat holds one conversation per variant (the base or an adapter). Every variant has the same user
turns and its own assistant replies, so each turn becomes one :class:`~playground.core.types.Row` per
variant and runs as one batched ``Engine.stream``. A history is a list of ``{"role", "content"}``
messages, user and assistant alternating, starting with the user. The system prompt is not part of it:
it is sent with every turn (the base's chat template puts it first), so it can change between turns.

    chat = Chat.from_histories(history, variants, engine.limits)   # checks what a client sent back
    pending = chat.ask("Hello!")                    # the user turn, added to every variant
    for chat, outputs in stream_turn(engine, pending, system_prompt, params):
        ...                                         # chat.histories hold the replies so far

``undo`` drops the last user turn and its replies, ``retry`` drops the last replies so the turn can be
generated again, ``realign`` follows a change of the selected variants.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from playground.core.limits import Limits
from playground.core.messages import Messages
from playground.core.types import GenerationParams, RequestError, Row, VariantOutput

USER, ASSISTANT = "user", "assistant"
# A reply's note: still arriving, or cut short (it keeps its partial text). Finished replies have none.
STREAMING, STOPPED, TIMEOUT = "streaming", "stopped", "timeout"


def _bad(reason: str) -> RequestError:
    return RequestError(Messages.CHAT_BAD_HISTORY.format(reason=reason))


def check_message(message, limits: Limits) -> str:
    """The user's message, stripped; refused when empty or too long."""
    text = message.strip() if isinstance(message, str) else ""
    if not text:
        raise RequestError(Messages.CHAT_EMPTY_MESSAGE)
    if len(text) > limits.max_prompt_chars:
        raise RequestError(Messages.CHAT_MESSAGE_TOO_LONG.format(chars=len(text), limit=limits.max_prompt_chars))
    return text


def check_turns(turns: int, limits: Limits) -> None:
    """Refuse a chat with more user turns than ``limits.max_chat_turns``."""
    if turns > limits.max_chat_turns:
        raise RequestError(Messages.CHAT_TOO_MANY_TURNS.format(turns=turns, limit=limits.max_chat_turns))


def check_history(name: str, history, limits: Limits) -> tuple[dict, ...]:
    """One variant's complete turns as plain ``{"role", "content"}`` messages (other keys are dropped)."""
    if not isinstance(history, (list, tuple)):
        raise _bad(f"the history of {name!r} must be a list of messages, not {type(history).__name__}")
    messages = []
    for index, message in enumerate(history):
        where = f"message {index} of {name!r}"
        if not isinstance(message, Mapping):
            raise _bad(f"{where} must be an object with 'role' and 'content'")
        role, content = message.get("role"), message.get("content")
        expected = USER if index % 2 == 0 else ASSISTANT
        if role != expected:
            raise _bad(f"{where} has role {role!r} where {expected!r} was expected "
                       "(user and assistant turns alternate, starting with the user; "
                       "pass the system prompt as system_prompt)")
        if not isinstance(content, str):
            raise _bad(f"{where} must have text content")
        if role == USER:
            check_message(content, limits)
        messages.append({"role": role, "content": content})
    if len(messages) % 2:
        raise _bad(f"the history of {name!r} ends with a user turn that has no reply")
    return tuple(messages)


def user_turns(history: Sequence[dict]) -> list[str]:
    return [m["content"] for m in history if m["role"] == USER]


@dataclass(frozen=True)
class Chat:
    """Each selected variant's conversation, in pane order. Immutable: every step returns a new chat."""

    histories: dict[str, tuple[dict, ...]] = field(default_factory=dict)
    limits: Limits = field(default_factory=Limits, compare=False, repr=False)  # message length, turns

    # ----- building -------------------------------------------------------------------
    @classmethod
    def new(cls, variants: Sequence[str], limits: Limits | None = None) -> "Chat":
        return cls({name: () for name in variants}, limits or Limits())

    @classmethod
    def from_histories(cls, histories, variants: Sequence[str], limits: Limits | None = None) -> "Chat":
        """Check a client's histories against the selected variants; ``None`` or ``{}`` starts a new chat.

        Histories of variants that are not selected are dropped (like closing their panes); a selected
        variant without a history is refused, since it would not share the other variants' turns.
        """
        limits = limits or Limits()
        if histories is None or histories == {}:
            return cls.new(variants, limits)
        if not isinstance(histories, Mapping):
            raise _bad("history must map each variant name to its list of messages")
        for name in variants:
            if name not in histories:
                raise RequestError(Messages.CHAT_MISSING_VARIANT.format(name=name))
        chat = cls({name: check_history(name, histories[name], limits) for name in variants}, limits)
        first = user_turns(chat.histories[variants[0]])
        for name in variants[1:]:
            if user_turns(chat.histories[name]) != first:
                raise _bad(f"the user turns of {name!r} differ from those of {variants[0]!r}")
        check_turns(chat.turns, limits)
        return chat

    def _with(self, histories: dict[str, tuple[dict, ...]]) -> "Chat":
        return Chat(histories, self.limits)

    # ----- reading --------------------------------------------------------------------
    @property
    def variants(self) -> list[str]:
        return list(self.histories)

    @property
    def turns(self) -> int:
        """User turns so far (the same for every variant)."""
        first = next(iter(self.histories.values()), ())
        return len(user_turns(first))

    @property
    def streaming(self) -> bool:
        """Whether some reply is still marked as arriving."""
        return any(h and h[-1].get("note") == STREAMING for h in self.histories.values())

    def rows(self, system_prompt: str = "") -> list[Row]:
        """One row per variant: the optional system prompt, then that variant's own turns."""
        system_prompt = (system_prompt or "").strip()
        head = ({"role": "system", "content": system_prompt},) if system_prompt else ()
        return [Row(variant=name, messages=(*head, *({"role": m["role"], "content": m["content"]} for m in history)))
                for name, history in self.histories.items()]

    def to_dict(self) -> dict[str, list[dict]]:
        """Plain histories, as ``/chat`` returns them and takes them back."""
        return {name: [{"role": m["role"], "content": m["content"]} for m in history]
                for name, history in self.histories.items()}

    # ----- steps ----------------------------------------------------------------------
    def ask(self, message: str) -> "Chat":
        """The same user turn added to every variant: a pending chat, ready for ``rows``."""
        text = check_message(message, self.limits)
        check_turns(self.turns + 1, self.limits)
        turn = {"role": USER, "content": text}
        return self._with({name: (*history, turn) for name, history in self.histories.items()})

    def answer(self, texts: Mapping[str, str], reasons: Mapping[str, str] | None = None) -> "Chat":
        """A pending chat with each variant's reply so far, finished unless ``reasons`` (the engine's
        finish reasons) say otherwise: "" means still arriving, "stopped" and "timeout" are kept as the
        reply's note, "stop" and "length" finish it."""
        histories = {}
        for name, history in self.histories.items():
            reply = {"role": ASSISTANT, "content": texts.get(name, "")}
            reason = "stop" if reasons is None else reasons.get(name, "")
            note = {"": STREAMING, "stopped": STOPPED, "timeout": TIMEOUT}.get(reason, "")
            if note:
                reply["note"] = note
            histories[name] = (*history, reply)
        return self._with(histories)

    def mark_stopped(self) -> "Chat":
        """Replies still marked as arriving become stopped ones (the generation was cancelled)."""
        if not self.streaming:
            return self
        return self._with({name: (*history[:-1], {**history[-1], "note": STOPPED})
                     if history and history[-1].get("note") == STREAMING else history
                     for name, history in self.histories.items()})

    def undo(self) -> "Chat":
        """Drop the last user turn and every variant's reply to it."""
        if not self.turns:
            raise RequestError(Messages.CHAT_NOTHING_TO_UNDO)
        histories = {}
        for name, history in self.histories.items():
            last_user = max(i for i, m in enumerate(history) if m["role"] == USER)
            histories[name] = history[:last_user]
        return self._with(histories)

    def retry(self) -> "Chat":
        """Drop the last replies: a pending chat that generates the last turn again."""
        if not self.turns:
            raise RequestError(Messages.CHAT_NOTHING_TO_REGENERATE)
        return self._with({name: history[:-1] if history[-1]["role"] == ASSISTANT else history
                     for name, history in self.histories.items()})

    def realign(self, variants: Sequence[str]) -> tuple["Chat", list[str]]:
        """Follow a new selection of variants; also returns the newcomers that forced a new chat.

        Dropping variants keeps the others' conversations (they still share their turns). A variant that
        joins a chat with turns has no replies to them, so the chat starts over for every pane.
        """
        variants = list(variants)
        joined = [name for name in variants if name not in self.histories]
        if not joined:
            return self._with({name: self.histories[name] for name in variants}), []
        return Chat.new(variants, self.limits), joined if self.turns else []


def stream_turn(engine, pending: Chat, system_prompt: str, params: GenerationParams,
                cancel=None) -> Iterator[tuple[Chat, list[VariantOutput]]]:
    """Generate the pending turn of every variant in one batched ``engine.stream``.

    Yields the chat with every reply so far, and the engine's outputs (timings, finish reasons). The
    engine checks the rows (unknown variant, context window) before the first yield.
    """
    for outputs in engine.stream(pending.rows(system_prompt), params, cancel):
        texts = {o.variant: o.text for o in outputs}
        reasons = {o.variant: o.finish_reason for o in outputs}
        yield pending.answer(texts, reasons), outputs
