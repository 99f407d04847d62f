"""The Chat tab and ``/chat``: a multi-turn chat with every selected variant, side by side.

Each variant keeps its own conversation with the same user turns (the bookkeeping is
:mod:`playground.features.chat`); every turn streams into all panes at once through one batched
``Engine.stream``. Layout lives in ``_render``, wiring in ``_setup_events`` (the ChatInterface
pattern). While a turn runs, the inputs are locked; Stop cancels it, and the partial replies stay,
marked as stopped.
"""

from __future__ import annotations

import re

import gradio as gr
from gradio.context import LocalContext

from playground.core.limits import Limits
from playground.core.messages import Messages
from playground.core.types import GenerationParams, RequestError, VariantOutput, check_budget
from playground.features.chat import STOPPED, STREAMING, TIMEOUT, Chat, stream_turn
from playground.services.context import Playground
from playground.services.requests import check_variants, variant_names
from playground.web.errors import reports_errors
from playground.web.fairness import generation_pool
from playground.web.settings import settings_panel
from playground.web.tabs.base import Tab
from playground.web.tabs.compare import variant_label

DEFAULT_PANES = 2


def pane_messages(history, limits: Limits) -> list[dict]:
    """A variant's history as chatbot messages, with a note on replies that were cut short."""
    shown = []
    for message in history:
        text, note = message["content"], message.get("note", "")
        if note == STREAMING and not text:
            text = "…"
        elif note == STOPPED:
            text = f"{text}\n\n*{Messages.CHAT_REPLY_STOPPED}*".strip()
        elif note == TIMEOUT:
            text = f"{text}\n\n*{Messages.CHAT_REPLY_TIMED_OUT.format(seconds=limits.generation_timeout_s)}*"
        shown.append({"role": message["role"], "content": text})
    return shown


def turn_summary(chat: Chat, outputs: list[VariantOutput], params: GenerationParams, regenerated: bool,
                 limits: Limits) -> str:
    """The status line once a turn has ended."""
    reasons = {o.finish_reason for o in outputs}
    if "timeout" in reasons:
        return Messages.TIMED_OUT.format(seconds=limits.generation_timeout_s)
    if "stopped" in reasons:
        return Messages.CHAT_STOPPED
    mode = "greedy" if params.greedy else f"sampled, seed {params.seed}"
    text = f"Turn {chat.turns} of {limits.max_chat_turns}: {len(outputs)} replies in one batch ({mode})."
    if regenerated and params.greedy:
        text += " Greedy decoding gives the same reply again; raise the temperature for another one."
    return text


class ChatTab(Tab):
    """Variant picker, message box and buttons, settings, one chat pane per selected variant."""

    def __init__(self, app: Playground):
        super().__init__(app)
        self.pane_count = self.app.limits.max_variants
        self.described = self.engine.describe_loaded()
        self._render()
        self._setup_events()

    # ----- layout ---------------------------------------------------------------------
    def _render(self) -> None:
        initial = [row.name for row in self.described][:DEFAULT_PANES]
        with gr.Row():
            with gr.Column(scale=3):
                self.variants = gr.CheckboxGroup(
                    choices=[(variant_label(row), row.name) for row in self.described], value=initial,
                    label="Variants", elem_id="chat-variants",
                    info="Each keeps its own conversation with the same messages; adding one starts a new chat.",
                )
                self.system_prompt = gr.Textbox(label="System prompt (optional, sent with every turn)", lines=1,
                                                elem_id="chat-system-prompt")
                self.message = gr.Textbox(label="Message", lines=1, max_lines=6, max_length=self.app.limits.max_prompt_chars,
                                          placeholder="Type a message; Enter sends it to every variant…",
                                          elem_id="chat-message")
                with gr.Row():
                    self.send_button = gr.Button("Send", variant="primary", elem_id="chat-send")
                    self.stop_button = gr.Button("Stop", variant="stop", elem_id="chat-stop")
                    self.regenerate_button = gr.Button("Regenerate", elem_id="chat-regenerate")
                    self.undo_button = gr.Button("Undo", elem_id="chat-undo")
                    self.clear_button = gr.Button("Clear", elem_id="chat-clear")
            with gr.Column(scale=2):
                self._render_settings()
        self.status = gr.Markdown(elem_id="chat-status")
        self.state = gr.State(Chat.new(initial, self.app.limits))
        self._render_panes(initial)

    def _render_settings(self) -> None:
        with gr.Accordion("Generation settings", open=True):
            self.settings = settings_panel(self.app.limits, "chat-").components

    def _render_panes(self, initial: list[str]) -> None:
        self.columns: list[gr.Column] = []
        self.panes: list[gr.Chatbot] = []
        self.timings: list[gr.Markdown] = []
        with gr.Row(equal_height=True, elem_id="chat-panes"):
            for index in range(self.pane_count):
                name = initial[index] if index < len(initial) else ""
                with gr.Column(min_width=300, visible=bool(name)) as column:
                    pane = gr.Chatbot(label=name or f"pane {index}", height=520, buttons=["copy"],
                                      feedback_options=None, elem_classes=["chat-pane"])
                    timing = gr.Markdown(elem_classes=["variant-timing"])
                self.columns.append(column)
                self.panes.append(pane)
                self.timings.append(timing)

    # ----- events ---------------------------------------------------------------------
    def _setup_events(self) -> None:
        private = {"api_visibility": "private"}
        instant = {"queue": False, **private}
        generate = {**generation_pool(self.app.limits), **private}
        self.locked = [self.variants, self.message, self.send_button, self.regenerate_button, self.undo_button,
                       self.clear_button]
        self.view = [self.state, *self.columns, *self.panes, *self.timings, self.status]
        turn_outputs = [self.message, *self.view]

        # Lock the inputs first, so nothing edits the chat while a turn streams; unlock after it ends,
        # however it ends: .success, or .failure (an error, or a cancel by Stop; .then misses errors).
        send_lock = gr.on([self.send_button.click, self.message.submit], self.lock, None, self.locked, **instant)
        self.send_event = send_lock.then(
            self.send, [self.message, self.variants, self.system_prompt, self.state, *self.settings], turn_outputs,
            **generate)
        settle = (self.settle, [self.state, *self.timings], [*self.view, *self.locked])
        self.send_event.success(*settle, **instant)
        self.send_event.failure(*settle, **instant)

        regenerate_lock = self.regenerate_button.click(self.lock, None, self.locked, **instant)
        self.regenerate_event = regenerate_lock.then(
            self.regenerate, [self.system_prompt, self.state, *self.settings], turn_outputs, **generate)
        self.regenerate_event.success(*settle, **instant)
        self.regenerate_event.failure(*settle, **instant)

        self.stop_button.click(None, None, None, cancels=[self.send_event, self.regenerate_event], **instant)
        self.undo_button.click(self.undo, self.state, self.view, **instant)
        self.clear_button.click(self.clear, self.state, self.view, **instant)
        for pane in self.panes:  # a pane's own trash button clears the whole chat: the panes share their turns
            pane.clear(self.clear, self.state, self.view, cancels=[self.send_event, self.regenerate_event], **instant)
        self.variants.change(self.realign, [self.state, self.variants], self.view, **instant)

    def _view(self, chat: Chat, timings: list | None = None, status=None) -> list:
        """Updates for the state, the pane columns, the chat panes, their timing lines and the status."""
        names = chat.variants[: self.pane_count]
        columns = [gr.update(visible=i < len(names)) for i in range(self.pane_count)]
        panes = [gr.update(value=pane_messages(chat.histories[names[i]], self.app.limits), label=names[i]) if i < len(names)
                 else gr.update(value=[]) for i in range(self.pane_count)]
        timings = list(timings or [])
        timings += [""] * (self.pane_count - len(timings))
        return [chat, *columns, *panes, *timings, gr.update() if status is None else status]

    def lock(self):
        return [gr.update(interactive=False)] * len(self.locked)

    @reports_errors
    def settle(self, chat: Chat, *timings):
        """After a turn: replies cut off by Stop say so, and the inputs unlock."""
        unlock = [gr.update(interactive=True)] * len(self.locked)
        if not chat.streaming:
            return [*self._view(chat, [gr.update()] * self.pane_count), *unlock]
        timings = [re.sub(r"(streaming|waiting…)$", "stopped", t or "") for t in timings]
        return [*self._view(chat.mark_stopped(), timings, Messages.CHAT_STOPPED), *unlock]

    @reports_errors
    def send(self, message, variants, system_prompt, chat: Chat, *settings):
        """Add the message to every variant's conversation and stream all the replies."""
        self.app.rate.check(LocalContext.request.get(None))  # *settings: gradio cannot inject a gr.Request here
        variants = check_variants(self.engine, variants)
        chat, _ = chat.realign(variants)
        yield from self._stream(chat.ask(message), system_prompt, settings, regenerated=False)

    @reports_errors
    def regenerate(self, system_prompt, chat: Chat, *settings):
        """Generate the last turn's replies again, with the current settings."""
        self.app.rate.check(LocalContext.request.get(None))
        yield from self._stream(chat.retry(), system_prompt, settings, regenerated=True)

    def _stream(self, pending: Chat, system_prompt: str, settings, regenerated: bool):
        params = GenerationParams.from_user(*settings)
        check_budget(len(pending.variants), params, self.app.limits)
        params = params.with_seed()
        message = gr.update() if regenerated else ""  # the sent message leaves the box once the turn starts
        chat, outputs = pending, []
        for chat, outputs in stream_turn(self.engine, pending, system_prompt, params):
            timings = [o.summary() for o in outputs]
            yield [message, *self._view(chat, timings, f"Turn {chat.turns}: generating with seed {params.seed}…")]
        yield [message, *self._view(chat, [o.summary() for o in outputs],
                                    turn_summary(chat, outputs, params, regenerated, self.app.limits))]

    @reports_errors
    def undo(self, chat: Chat):
        try:
            return self._view(chat.undo(), status="")
        except RequestError as err:
            return self._view(chat, [gr.update()] * self.pane_count, str(err))

    @reports_errors
    def clear(self, chat: Chat):
        return self._view(Chat.new(chat.variants, self.app.limits), status="")

    @reports_errors
    def realign(self, chat: Chat, variants: list[str]):
        """Follow the selection: removed panes go, an added variant starts a new chat for every pane."""
        variants = variant_names(variants)[: self.pane_count]
        chat, joined = chat.realign(variants)
        return self._view(chat, status=Messages.CHAT_RESTARTED.format(names=", ".join(joined)) if joined else "")
