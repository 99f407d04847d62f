"""The generation-settings widgets, one definition for every tab that samples (Compare, Chat).

    with gr.Accordion("Generation settings", open=True):
        self.settings = settings_panel(limits, "chat-")   # .components, in GenerationParams.from_user's order

Defaults are :class:`~playground.core.types.GenerationParams`'s; the upper bound of max new tokens is the
server's limit, which the server enforces again whatever a client sends.
"""

from __future__ import annotations

from dataclasses import dataclass

import gradio as gr

from playground.core.limits import Limits
from playground.core.types import GenerationParams


@dataclass
class SettingsPanel:
    """The widgets of one tab's generation settings."""

    max_new_tokens: gr.Slider
    temperature: gr.Slider
    top_p: gr.Slider
    top_k: gr.Slider
    repetition_penalty: gr.Slider
    seed: gr.Number

    @property
    def components(self) -> list:
        """The widgets in the order ``GenerationParams.from_user`` takes their values."""
        return [self.max_new_tokens, self.temperature, self.top_p, self.top_k, self.repetition_penalty, self.seed]


def settings_panel(limits: Limits, prefix: str = "") -> SettingsPanel:
    """Render the six settings in the current layout; ``prefix`` names their elem_ids (``prefix`` + name)."""
    defaults = GenerationParams()

    def elem_id(name: str) -> str | None:
        return f"{prefix}{name}" if prefix else None

    return SettingsPanel(
        max_new_tokens=gr.Slider(1, limits.max_new_tokens, value=defaults.max_new_tokens, step=1,
                                 label="Max new tokens", elem_id=elem_id("max-new-tokens")),
        temperature=gr.Slider(0, 2, value=defaults.temperature, step=0.05, label="Temperature (0 = greedy)",
                              elem_id=elem_id("temperature")),
        top_p=gr.Slider(0.05, 1, value=defaults.top_p, step=0.05, label="Top-p", elem_id=elem_id("top-p")),
        top_k=gr.Slider(0, 200, value=defaults.top_k, step=1, label="Top-k (0 = off)", elem_id=elem_id("top-k")),
        repetition_penalty=gr.Slider(0.5, 2, value=defaults.repetition_penalty, step=0.05,
                                     label="Repetition penalty", elem_id=elem_id("repetition-penalty")),
        seed=gr.Number(value=-1, precision=0, minimum=-1, label="Seed (-1 = random)", elem_id=elem_id("seed")),
    )
