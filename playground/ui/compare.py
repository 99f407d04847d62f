"""The Compare tab: one prompt, every selected variant streaming side by side.

Layout lives in ``_render``, wiring in ``_setup_events`` (the ChatInterface pattern).
Model work happens in :class:`playground.engine.Engine`; this module only turns widget
values into rows and streamed outputs into widget updates. A task can be picked: its
fields then appear as a form and build the prompt (the free prompt stays available).
"""

from __future__ import annotations

import gradio as gr

from ..engine import Engine
from ..generation import GenerationParams, RequestError, Row, VariantOutput
from ..limits import LIMITS, Messages
from ..tasks import TASKS, get_task

FREE_PROMPT = ""
SETTINGS = ("max_new_tokens", "temperature", "top_p", "top_k", "repetition_penalty", "seed")


def variant_label(row: dict) -> str:
    """Checkbox label: name, then task or description."""
    detail = row["task"] or row["description"]
    return f"{row['name']} — {detail}" if row["kind"] == "adapter" else f"base — {row['model']}"


def check_variants(engine: Engine, variants: list[str]) -> list[str]:
    """De-duplicated selection, refused when empty, too long or unknown."""
    variants = list(dict.fromkeys(variants or []))
    if not variants:
        raise RequestError(Messages.NO_VARIANTS)
    if len(variants) > LIMITS.max_variants:
        raise RequestError(Messages.TOO_MANY_VARIANTS.format(limit=LIMITS.max_variants, count=len(variants)))
    for name in variants:
        if name not in engine.variants:
            raise RequestError(Messages.UNKNOWN_VARIANT.format(name=name, available=", ".join(engine.variants)))
    return variants


def task_messages(task_name: str, fields: dict, system_prompt: str = "") -> tuple[dict, ...]:
    """The task's chat messages for ``fields``; a non-empty system prompt replaces the task's."""
    try:
        task = get_task(task_name)
        messages = task.build_messages(fields or {})
    except ValueError as err:
        raise RequestError(str(err)) from None
    if system_prompt and system_prompt.strip():
        messages[0] = {"role": "system", "content": system_prompt.strip()}
    return tuple(messages)


def build_rows(engine: Engine, prompt: str, system_prompt: str, variants: list[str],
               task: str = FREE_PROMPT, fields: dict | None = None) -> list[Row]:
    """Validate the selection and turn one prompt (or one task's fields) into one row per variant."""
    variants = check_variants(engine, variants)
    if task:
        messages = task_messages(task, fields or {}, system_prompt)
    else:
        messages = engine.messages(prompt, system_prompt)
    return [Row(variant=name, messages=messages) for name in variants]


class CompareTab:
    """Prompt box or task form, variant picker, parameters, one streaming pane per variant."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.pane_count = LIMITS.max_variants
        self.described = [row for row in engine.describe_variants() if row["status"] == "loaded"]
        self._render()
        self._setup_events()

    # ----- layout ---------------------------------------------------------------------
    def _render(self) -> None:
        with gr.Row():
            with gr.Column(scale=3):
                self.task = gr.Dropdown(
                    choices=[("Free prompt", FREE_PROMPT), *[(t.title, t.name) for t in TASKS.values()]],
                    value=FREE_PROMPT, label="Task", elem_id="task",
                    info="Pick a task to fill its fields; the prompt is built from them.",
                )
                self.prompt = gr.Textbox(label="Prompt", lines=4, max_length=LIMITS.max_prompt_chars,
                                         placeholder="Ask something, or describe what to write…", elem_id="prompt")
                self._render_task_forms()
                self.system_prompt = gr.Textbox(label="System prompt (optional; replaces the task's)", lines=1,
                                                elem_id="system-prompt")
                self.variants = gr.CheckboxGroup(
                    choices=[(variant_label(row), row["name"]) for row in self.described],
                    value=[row["name"] for row in self.described][: min(4, self.pane_count)],
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
        self.settings = [self.max_new_tokens, self.temperature, self.top_p, self.top_k,
                         self.repetition_penalty, self.seed]
        self.status = gr.Markdown(elem_id="compare-status")
        self._render_panes(list(self.variants.value or []))

    def _render_task_forms(self) -> None:
        """One hidden group of inputs per task; the selected task's group is shown."""
        self.task_groups: dict[str, gr.Group] = {}
        self.field_inputs: dict[str, dict[str, gr.components.Component]] = {}
        for task in TASKS.values():
            with gr.Group(visible=False, elem_id=f"fields-{task.name}") as group:
                inputs = {}
                for f in task.fields:
                    label = f.label if f.required else f"{f.label} (optional)"
                    if f.choices:
                        inputs[f.name] = gr.Dropdown(choices=list(f.choices), value=None, allow_custom_value=True,
                                                     label=label, info=f.placeholder or None)
                    else:
                        inputs[f.name] = gr.Textbox(label=label, placeholder=f.placeholder, max_length=f.max_chars,
                                                    lines=3 if f.multiline else 1)
            self.task_groups[task.name] = group
            self.field_inputs[task.name] = inputs
        self.all_field_inputs = [c for inputs in self.field_inputs.values() for c in inputs.values()]

    def _render_panes(self, initial: list[str]) -> None:
        self.panes: list[gr.Textbox] = []
        self.timings: list[gr.Markdown] = []
        self.columns: list[gr.Column] = []
        with gr.Row(equal_height=True, elem_id="panes"):
            for index in range(self.pane_count):
                name = initial[index] if index < len(initial) else ""
                with gr.Column(min_width=260, visible=bool(name)) as column:
                    pane = gr.Textbox(label=name or f"pane {index}", lines=10, max_lines=24, interactive=False,
                                      buttons=["copy"], elem_classes=["variant-pane"])
                    timing = gr.Markdown(elem_classes=["variant-timing"])
                self.columns.append(column)
                self.panes.append(pane)
                self.timings.append(timing)

    # ----- events ---------------------------------------------------------------------
    def _setup_events(self) -> None:
        layout_outputs = [*self.columns, *self.panes, *self.timings]
        self.variants.change(self.layout, self.variants, layout_outputs, queue=False, api_visibility="private")
        self.task.input(self.pick_task, [self.task, self.variants],
                         [self.prompt, *self.task_groups.values(), self.variants],
                         queue=False, api_visibility="private")
        inputs = [self.task, self.prompt, self.system_prompt, self.variants, *self.settings, *self.all_field_inputs]
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

    def pick_task(self, task_name: str, variants: list[str]):
        """Show the task's form (or the free prompt) and pre-select base + the task's adapters."""
        groups = [gr.update(visible=name == task_name) for name in self.task_groups]
        if task_name:
            matching = [r["name"] for r in self.described if r["task"] == task_name]
            variants = ["base", *matching][: self.pane_count] if matching else variants
        return [gr.update(visible=not task_name), *groups, gr.update(value=variants)]

    def fields_from(self, task_name: str, values: list) -> dict:
        """The selected task's field values out of the flat list of all field inputs."""
        flat = dict(zip([(t, f) for t, inputs in self.field_inputs.items() for f in inputs], values))
        return {f: flat[(task_name, f)] for f in self.field_inputs.get(task_name, {})}

    def run(self, task_name, prompt, system_prompt, variants, max_new_tokens, temperature, top_p, top_k,
            repetition_penalty, seed, *field_values):
        """Stream every selected variant into its pane."""
        try:
            fields = self.fields_from(task_name, list(field_values)) if task_name else None
            rows = build_rows(self.engine, prompt, system_prompt, variants, task_name, fields)
            params = GenerationParams.from_user(max_new_tokens, temperature, top_p, top_k, repetition_penalty, seed)
            params = params.with_seed()
            outputs: list[VariantOutput] = []
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

    # ----- hooks for other tabs ---------------------------------------------------------
    @property
    def example_outputs(self) -> list:
        """Components that :meth:`example_updates` fills, in order."""
        return [self.task, self.prompt, self.system_prompt, self.variants, *self.task_groups.values(),
                *self.all_field_inputs, *self.settings]

    def example_updates(self, task_name: str | None, fields: dict | None, prompt: str | None,
                        settings: dict | None) -> list:
        """Updates that load one example (a task's fields or a free prompt) and its settings."""
        task_name = task_name or FREE_PROMPT
        fields = fields or {}
        settings = settings or {}
        field_updates = [gr.update(value=str(fields[f])) if t == task_name and f in fields else gr.update()
                         for t, inputs in self.field_inputs.items() for f in inputs]
        groups = [gr.update(visible=name == task_name) for name in self.task_groups]
        variants = settings.get("variants")
        setting_updates = [gr.update(value=settings[k]) if k in settings else gr.update() for k in SETTINGS]
        return [gr.update(value=task_name), gr.update(value=prompt or "", visible=not task_name),
                gr.update(), gr.update(value=variants) if variants else gr.update(), *groups,
                *field_updates, *setting_updates]
