"""The Compare tab: one prompt, every selected variant streaming side by side.

Layout lives in ``_render``, wiring in ``_setup_events`` (the ChatInterface pattern).
Model work happens in :class:`playground.engine.Engine`; this module only turns widget
values into rows and streamed outputs into widget updates.
"""

from __future__ import annotations

import gradio as gr

from ..engine import Engine
from ..generation import GenerationParams, RequestError, Row, VariantOutput
from ..limits import LIMITS, Messages
from ..multi_lora import BASE


def variant_label(row: dict) -> str:
    """Checkbox label: name, then task or description."""
    detail = row["task"] or row["description"]
    return f"{row['name']} — {detail}" if row["kind"] == "adapter" else f"base — {row['model']}"


def build_rows(engine: Engine, prompt: str, system_prompt: str, variants: list[str]) -> list[Row]:
    """Validate the selection and turn one prompt into one row per variant."""
    variants = list(dict.fromkeys(variants or []))
    if not variants:
        raise RequestError(Messages.NO_VARIANTS)
    if len(variants) > LIMITS.max_variants:
        raise RequestError(Messages.TOO_MANY_VARIANTS.format(limit=LIMITS.max_variants, count=len(variants)))
    for name in variants:
        if name not in engine.variants:
            raise RequestError(Messages.UNKNOWN_VARIANT.format(name=name, available=", ".join(engine.variants)))
    messages = engine.messages(prompt, system_prompt)
    return [Row(variant=name, messages=messages) for name in variants]


class CompareTab:
    """Prompt box, variant picker, parameters, one streaming pane per variant."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.pane_count = LIMITS.max_variants
        self._render()
        self._setup_events()

    # ----- layout ---------------------------------------------------------------------
    def _render(self) -> None:
        described = [row for row in self.engine.describe_variants() if row["status"] == "loaded"]
        with gr.Row():
            with gr.Column(scale=3):
                self.prompt = gr.Textbox(label="Prompt", lines=4, max_length=LIMITS.max_prompt_chars,
                                         placeholder="Ask something, or describe what to write…", elem_id="prompt")
                self.system_prompt = gr.Textbox(label="System prompt (optional)", lines=1, elem_id="system-prompt")
                self.variants = gr.CheckboxGroup(
                    choices=[(variant_label(row), row["name"]) for row in described],
                    value=[row["name"] for row in described][: min(4, self.pane_count)],
                    label="Variants", info="The base and each loaded LoRA adapter; all run in one batch.",
                    elem_id="variants",
                )
                with gr.Row():
                    self.run_button = gr.Button("Generate", variant="primary", elem_id="generate")
                    self.stop_button = gr.Button("Stop", variant="stop", elem_id="stop")
            with gr.Column(scale=2):
                with gr.Accordion("Generation settings", open=True):
                    self.max_new_tokens = gr.Slider(1, LIMITS.max_new_tokens, value=128, step=1, label="Max new tokens")
                    self.temperature = gr.Slider(0, 2, value=0, step=0.05, label="Temperature (0 = greedy)")
                    self.top_p = gr.Slider(0.05, 1, value=1, step=0.05, label="Top-p")
                    self.top_k = gr.Slider(0, 200, value=0, step=1, label="Top-k (0 = off)")
                    self.repetition_penalty = gr.Slider(0.5, 2, value=1, step=0.05, label="Repetition penalty")
                    self.seed = gr.Number(value=-1, precision=0, minimum=-1, label="Seed (-1 = random)")
        initial = list(self.variants.value or [])
        self.status = gr.Markdown(elem_id="compare-status")
        self.panes: list[gr.Textbox] = []
        self.timings: list[gr.Markdown] = []
        with gr.Row(equal_height=True, elem_id="panes"):
            for index in range(self.pane_count):
                name = initial[index] if index < len(initial) else ""
                with gr.Column(min_width=260, visible=bool(name)) as column:
                    pane = gr.Textbox(label=name or f"pane {index}", lines=10, max_lines=24, interactive=False,
                                      buttons=["copy"], elem_classes=["variant-pane"])
                    timing = gr.Markdown(elem_classes=["variant-timing"])
                self.panes.append(pane)
                self.timings.append(timing)
                pane.column = column  # kept for visibility updates
        self.columns = [pane.column for pane in self.panes]

    # ----- events ---------------------------------------------------------------------
    def _setup_events(self) -> None:
        layout_outputs = [*self.columns, *self.panes, *self.timings]
        self.variants.change(self.layout, self.variants, layout_outputs, queue=False, api_visibility="private")
        inputs = [self.prompt, self.system_prompt, self.variants, self.max_new_tokens, self.temperature,
                  self.top_p, self.top_k, self.repetition_penalty, self.seed]
        outputs = [*self.panes, *self.timings, self.status]
        self.run_event = gr.on(
            [self.run_button.click, self.prompt.submit], self.run, inputs, outputs,
            api_visibility="private", concurrency_id="generate", concurrency_limit=LIMITS.concurrency,
        )
        self.stop_button.click(None, None, None, cancels=[self.run_event], queue=False, api_visibility="private")

    def layout(self, variants: list[str]):
        """Show one pane per selected variant, labelled with its name."""
        variants = list(variants or [])[: self.pane_count]
        columns = [gr.update(visible=i < len(variants)) for i in range(self.pane_count)]
        panes = [gr.update(label=variants[i] if i < len(variants) else "", value="") for i in range(self.pane_count)]
        timings = [gr.update(value="") for _ in range(self.pane_count)]
        return [*columns, *panes, *timings]

    def run(self, prompt, system_prompt, variants, max_new_tokens, temperature, top_p, top_k,
            repetition_penalty, seed):
        """Stream every selected variant into its pane."""
        try:
            rows = build_rows(self.engine, prompt, system_prompt, variants)
            params = GenerationParams.from_user(max_new_tokens, temperature, top_p, top_k, repetition_penalty, seed)
            params = params.with_seed()
            for outputs in self.engine.stream(rows, params):
                yield self._updates(outputs, f"Generating with seed {params.seed}…")
        except RequestError as err:
            raise gr.Error(str(err)) from None
        yield self._updates(outputs, self._summary(outputs, params))

    def _updates(self, outputs: list[VariantOutput], status: str):
        texts = [outputs[i].text if i < len(outputs) else gr.update() for i in range(self.pane_count)]
        timings = [outputs[i].summary() if i < len(outputs) else gr.update() for i in range(self.pane_count)]
        return [*texts, *timings, status]

    @staticmethod
    def _summary(outputs: list[VariantOutput], params: GenerationParams) -> str:
        mode = "greedy" if params.greedy else f"sampled, seed {params.seed}"
        reasons = {o.finish_reason for o in outputs}
        if "stopped" in reasons:
            return f"{Messages.STOPPED} ({mode})"
        if "timeout" in reasons:
            return Messages.TIMED_OUT.format(seconds=LIMITS.generation_timeout_s)
        return f"Done: {len(outputs)} variants in one batch ({mode})."
