"""The Compare tab: one prompt, every selected variant streaming side by side.

Layout lives in ``_render``, wiring in ``_setup_events`` (the ChatInterface pattern).
Model work happens in the engine interface (:class:`playground.core.engine.Engine`); this module only turns widget
values into rows and streamed outputs into widget updates. A task can be picked: its
fields then appear as a form and build the prompt (the free prompt stays available).
"""

from __future__ import annotations

import gradio as gr
from gradio.context import LocalContext

from playground.core.engine import VariantInfo
from playground.core.messages import Messages
from playground.core.types import BASE, GenerationParams, VariantOutput, check_budget
from playground.features.divergence import divergences, to_html
from playground.features.share import SharedComparison, from_query, to_query
from playground.features.tasks import TASKS, get_task
from playground.services.context import Playground
from playground.services.requests import FREE_PROMPT, build_rows
from playground.web.errors import reports_errors
from playground.web.fairness import generation_pool
from playground.web.pacing import paced
from playground.web.settings import settings_panel
from playground.web.tabs.base import Tab
from playground.web.task_form import TaskForms

SETTINGS = ("max_new_tokens", "temperature", "top_p", "top_k", "repetition_penalty", "seed")


def variant_label(row: VariantInfo) -> str:
    """Checkbox label: name, then task or description."""
    detail = row.task or row.description
    return f"{row.name} — {detail}" if row.kind == "adapter" else f"base — {row.model}"


class CompareTab(Tab):
    """Prompt box or task form, variant picker, parameters, one streaming pane per variant."""

    def __init__(self, app: Playground):
        super().__init__(app)
        self.pane_count = self.app.limits.max_variants
        self.described = self.engine.describe_loaded()
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
                self.prompt = gr.Textbox(label="Prompt", lines=4, max_length=self.app.limits.max_prompt_chars,
                                         placeholder="Ask something, or describe what to write…", elem_id="prompt")
                self.forms = TaskForms("fields")
                self.system_prompt = gr.Textbox(label="System prompt (optional; replaces the task's)", lines=1,
                                                elem_id="system-prompt")
                self.variants = gr.CheckboxGroup(
                    choices=[(variant_label(row), row.name) for row in self.described],
                    value=[row.name for row in self.described][: min(4, self.pane_count)],
                    label="Variants", info="The base and each loaded LoRA adapter; all run in one batch.",
                    elem_id="variants",
                )
                with gr.Row():
                    self.run_button = gr.Button("Generate", variant="primary", elem_id="generate")
                    self.stop_button = gr.Button("Stop", variant="stop", elem_id="stop")
            with gr.Column(scale=2):
                with gr.Accordion("Generation settings", open=True):
                    self.panel = settings_panel(self.app.limits)
                self._render_strengths()
                self.show_divergence = gr.Checkbox(
                    value=True, label="Divergence view", elem_id="show-divergence",
                    info="Greedy runs with the base: mark where each adapter departs from the base, "
                         "with each token's probability under the adapter and under the base.",
                )
                with gr.Row():
                    self.share_button = gr.Button("Share this comparison", size="sm", elem_id="share")
                self.share_link = gr.Textbox(label="Link", visible=False, buttons=["copy"], elem_id="share-link")
        self.settings = self.panel.components
        self.status = gr.Markdown(elem_id="compare-status")
        self.last_seed = gr.State(None)
        self.autorun = gr.State(False)
        self._render_panes(list(self.variants.value or []))

    def _render_strengths(self) -> None:
        """One slider per adapter: how much of its LoRA delta to apply in this request."""
        adapters = [row.name for row in self.described if row.kind == "adapter"]
        self.strengths: dict[str, gr.Slider] = {}
        with gr.Accordion("Adapter strength (0 = base, 1 = as trained)", open=False, elem_id="strengths",
                          visible=self.app.engine.capabilities.strength):
            for name in adapters:
                self.strengths[name] = gr.Slider(0, self.app.limits.max_strength, value=1, step=0.05, label=name,
                                                 elem_classes=["strength"])

    def _render_panes(self, initial: list[str]) -> None:
        self.panes: list[gr.Textbox] = []
        self.timings: list[gr.Markdown] = []
        self.columns: list[gr.Column] = []
        self.token_views: list[gr.HTML] = []
        with gr.Row(equal_height=True, elem_id="panes"):
            for index in range(self.pane_count):
                name = initial[index] if index < len(initial) else ""
                with gr.Column(min_width=260, visible=bool(name)) as column:
                    pane = gr.Textbox(label=name or f"pane {index}", lines=10, max_lines=24, interactive=False,
                                      buttons=["copy"], elem_classes=["variant-pane"])
                    timing = gr.Markdown(elem_classes=["variant-timing"])
                    tokens = gr.HTML(elem_classes=["variant-tokens"])
                self.columns.append(column)
                self.panes.append(pane)
                self.timings.append(timing)
                self.token_views.append(tokens)

    # ----- events ---------------------------------------------------------------------
    def _setup_events(self) -> None:
        layout_outputs = [*self.columns, *self.panes, *self.timings, *self.token_views]
        self.variants.change(self.layout, self.variants, layout_outputs, queue=False, api_visibility="private")
        self.task.input(self.pick_task, [self.task, self.variants],
                        [self.prompt, *self.forms.groups.values(), self.variants, self.panel.max_new_tokens,
                         self.panel.repetition_penalty], queue=False, api_visibility="private")
        self.inputs = [self.task, self.prompt, self.system_prompt, self.variants, *self.settings,
                       self.show_divergence, *self.strengths.values(), *self.forms.all_inputs]
        self.outputs = [*self.panes, *self.timings, *self.token_views, self.status, self.last_seed]
        self.run_event = gr.on(
            [self.run_button.click, self.prompt.submit], self.run, self.inputs, self.outputs,
            api_visibility="private", **generation_pool(self.app.limits),
        )
        self.stop_button.click(None, None, None, cancels=[self.run_event], queue=False, api_visibility="private")
        self.share_button.click(self.share_query, [*self.inputs, self.last_seed], self.share_link, queue=False,
                                api_visibility="private").then(
            None, self.share_link, self.share_link, queue=False, api_visibility="private",
            js="(query) => window.location.origin + window.location.pathname + query")

    @reports_errors
    def layout(self, variants: list[str]):
        """Show one pane per selected variant, labelled with its name."""
        variants = list(variants or [])[: self.pane_count]
        columns = [gr.update(visible=i < len(variants)) for i in range(self.pane_count)]
        panes = [gr.update(label=variants[i] if i < len(variants) else "", value="") for i in range(self.pane_count)]
        timings = [gr.update(value="") for _ in range(self.pane_count)]
        tokens = [gr.update(value="") for _ in range(self.pane_count)]
        return [*columns, *panes, *timings, *tokens]

    @reports_errors
    def pick_task(self, task_name: str, variants: list[str]):
        """Show the task's form (or the free prompt), pre-select base + the task's adapters, and set the task's
        decoding defaults (its max new tokens and repetition penalty, as the eval and the cards use them)."""
        if not task_name:
            return [gr.update(visible=True), *self.forms.visibility(task_name), gr.update(value=variants),
                    gr.update(), gr.update(info=None)]
        task = get_task(task_name)
        matching = [r.name for r in self.described if r.task == task_name]
        variants = [BASE, *matching][: self.pane_count] if matching else variants
        tokens = min(task.max_new_tokens, self.app.limits.max_new_tokens)
        return [gr.update(visible=False), *self.forms.visibility(task_name), gr.update(value=variants),
                gr.update(value=tokens), gr.update(value=task.repetition_penalty,
                                                   info=f"{task.title}'s default: {task.repetition_penalty:g}")]

    def split_extra(self, extra: list) -> tuple[dict[str, float], list]:
        """Strength slider values (by adapter) and the task field values, out of run()'s trailing inputs."""
        count = len(self.strengths)
        strengths = {name: float(v) for name, v in zip(self.strengths, extra[:count]) if v is not None and v != 1}
        return strengths, list(extra[count:])

    @reports_errors
    def run(self, task_name, prompt, system_prompt, variants, max_new_tokens, temperature, top_p, top_k,
            repetition_penalty, seed, show_divergence, *extra):
        """Stream every selected variant into its pane; then, if asked, the token-level divergence view."""
        self.app.rate.check(LocalContext.request.get(None))  # run takes *extra, so gradio cannot inject a gr.Request
        strengths, field_values = self.split_extra(list(extra))
        fields = self.forms.fields_from(task_name, field_values) if task_name else None
        rows = build_rows(self.engine, prompt, system_prompt, variants, task_name, fields, strengths)
        params = GenerationParams.from_user(max_new_tokens, temperature, top_p, top_k, repetition_penalty, seed)
        check_budget(len(rows), params, self.app.limits)
        params = params.with_seed()
        outputs: list[VariantOutput] = []
        for outputs in paced(self.engine.stream(rows, params)):
            yield self._updates(outputs, f"Generating with seed {params.seed}…", seed=params.seed)
        summary = self._summary(outputs, params)
        views = None
        if show_divergence:
            views, note = self._divergence_views(rows, outputs, params)
            summary = f"{summary} {note}".strip()
        yield self._updates(outputs, summary, views, seed=params.seed)

    def _divergence_views(self, rows, outputs, params) -> tuple[list[str] | None, str]:
        """HTML token views per pane and a summary, or None and why it cannot be shown."""
        if not params.greedy:
            return None, Messages.DIVERGENCE_NEEDS_GREEDY
        if all(row.variant != BASE for row in rows):
            return None, Messages.DIVERGENCE_NEEDS_BASE
        if any(o.finish_reason in ("stopped", "timeout") for o in outputs):
            return None, ""
        found = divergences(self.engine, rows, outputs)
        views = [to_html(found[row.variant], is_base=row.variant == BASE) for row in rows]
        lines = " · ".join(found[r.variant].summary() for r in rows if r.variant != BASE)
        return views, (f"Divergence: {lines}" if lines else "")

    def _updates(self, outputs: list[VariantOutput], status: str, views: list[str] | None = None, seed=None):
        texts = [outputs[i].text if i < len(outputs) else gr.update() for i in range(self.pane_count)]
        timings = [outputs[i].summary() if i < len(outputs) else gr.update() for i in range(self.pane_count)]
        tokens = [views[i] if views and i < len(views) else "" for i in range(self.pane_count)]
        return [*texts, *timings, *tokens, status, seed]

    def _summary(self, outputs: list[VariantOutput], params: GenerationParams) -> str:
        mode = "greedy" if params.greedy else f"sampled, seed {params.seed}"
        reasons = {o.finish_reason for o in outputs}
        if "stopped" in reasons:
            return f"{Messages.STOPPED} ({mode})"
        if "timeout" in reasons:
            return Messages.TIMED_OUT.format(seconds=self.app.limits.generation_timeout_s)
        return f"Done: {len(outputs)} variants in one batch ({mode})."

    # ----- share links ----------------------------------------------------------------
    @reports_errors
    def share_query(self, task_name, prompt, system_prompt, variants, max_new_tokens, temperature, top_p, top_k,
                    repetition_penalty, seed, show_divergence, *extra):
        """The query string of a link that redoes this comparison (the last run's seed when seed is random)."""
        *extra, last_seed = extra
        strengths, field_values = self.split_extra(list(extra))
        if seed in (None, -1) and last_seed is not None and temperature:
            seed = last_seed  # a sampled run is only reproducible with the seed it used
        shared = SharedComparison(
            task=task_name or "", prompt=prompt or "", system_prompt=system_prompt or "",
            variants=list(variants or []), fields=self.forms.fields_from(task_name, field_values) if task_name else {},
            settings=dict(zip(SETTINGS, [max_new_tokens, temperature, top_p, top_k, repetition_penalty, seed])),
            strengths=strengths, run=True,
        )
        return gr.update(value=to_query(shared), visible=True)

    def attach_share_loader(self, demo: gr.Blocks) -> None:
        """Opening a share link fills the tab from its query parameters and runs the comparison; the status
        line says which of its values were ignored."""
        demo.load(self.load_shared, None, [*self.example_outputs, *self.strengths.values(), self.autorun,
                                           self.status], queue=False, api_visibility="private").then(
            self.run_if_shared, [self.autorun, self.status, *self.inputs], self.outputs, api_visibility="private",
            **generation_pool(self.app.limits))

    def load_shared(self, request: gr.Request):
        """Widget updates from the page's query parameters (nothing changes without them)."""
        shared = from_query(dict(request.query_params) if request else {})
        untouched = [gr.update() for _ in [*self.example_outputs, *self.strengths.values()]]
        # only names this page knows are quoted back: a strength.<name> key is free text
        ignored = [name for name in shared.ignored
                   if name in SETTINGS or name.removeprefix("strength.") in self.strengths]
        notice = gr.update(value="⚠️ " + Messages.SHARE_IGNORED.format(names=", ".join(f"`{n}`" for n in ignored))
                           ) if ignored else gr.update()
        if shared.empty:
            return [*untouched, False, notice]
        task = shared.task if shared.task in self.forms.inputs else FREE_PROMPT
        variants = [v for v in shared.variants if v in self.engine.variants][: self.pane_count]
        settings = {**shared.settings, **({"variants": variants} if variants else {})}
        updates = self.example_updates(task, shared.fields, shared.prompt, settings)
        updates[2] = gr.update(value=shared.system_prompt)
        strengths = [gr.update(value=shared.strengths[n]) if n in shared.strengths else gr.update()
                     for n in self.strengths]
        return [*updates, *strengths, shared.run, notice]

    def run_if_shared(self, autorun: bool, notice: str, *inputs):
        """Run the comparison a share link asked for, keeping the loader's notice above the run's status;
        otherwise leave everything as it is."""
        if not autorun:
            yield [gr.update() for _ in self.outputs]
            return
        at = self.outputs.index(self.status)
        for update in self.run(*inputs):
            if notice and isinstance(update[at], str):
                update[at] = f"{notice}\n\n{update[at]}"
            yield update

    # ----- hooks for other tabs ---------------------------------------------------------
    @property
    def example_outputs(self) -> list:
        """Components that :meth:`example_updates` fills, in order."""
        return [self.task, self.prompt, self.system_prompt, self.variants, *self.forms.groups.values(),
                *self.forms.all_inputs, *self.settings]

    def example_updates(self, task_name: str | None, fields: dict | None, prompt: str | None,
                        settings: dict | None) -> list:
        """Updates that load one example (a task's fields or a free prompt) and its settings."""
        task_name = task_name or FREE_PROMPT
        fields = fields or {}
        settings = settings or {}
        variants = settings.get("variants")
        setting_updates = [gr.update(value=settings[k]) if k in settings else gr.update() for k in SETTINGS]
        return [gr.update(value=task_name), gr.update(value=prompt or "", visible=not task_name),
                gr.update(), gr.update(value=variants) if variants else gr.update(),
                *self.forms.visibility(task_name), *self.forms.fill(task_name, fields), *setting_updates]
