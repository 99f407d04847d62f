"""The Eval tab and the ``/evaluate`` endpoint: base vs adapters on a task split or an uploaded file.

Layout lives in ``_render``, wiring in ``_setup_events``. The work is
:func:`playground.eval.runner.run_eval`; this module turns widget values into an
:class:`~playground.eval.config.EvalConfig` and the result into tables, charts, a per-row
view with word diffs, and CSV/JSON downloads. Clicking a row opens it in the Compare tab.
"""

from __future__ import annotations

import difflib
import time

import gradio as gr
import pandas as pd
from gradio.context import LocalContext

from playground.core.messages import Messages
from playground.core.types import BASE, DEFAULT_MAX_NEW_TOKENS
from playground.eval.config import EvalConfig
from playground.eval.data import DataError
from playground.eval.metrics import METRICS, metric_label
from playground.eval.report import EvalResult
from playground.eval.runner import prepare_rows, run_eval_steps
from playground.features.tasks import EVAL_SPLITS, TASKS, get_task
from playground.services.context import Playground
from playground.services.requests import variant_names
from playground.web.downloads import fresh_folder
from playground.web.errors import reports_errors
from playground.web.fairness import generation_pool
from playground.web.files import uploaded_path
from playground.web.tabs.base import Tab
from playground.web.tabs.compare import variant_label

SOURCES = [("Task split", "split"), ("Upload a JSONL or CSV file", "upload")]
NO_TASK = ""
DIFF_COLORS = {"not in reference": "red", "missing from output": "blue", "variant": "gray"}
NEED_UPLOAD = "Upload a .jsonl or .csv file first, or pick a task split."
RUNNING = "Running: {done}/{total} generations…"


def word_diff(reference: str, output: str) -> list[tuple[str, str | None]]:
    """HighlightedText segments: output words not in the reference, reference words the output misses."""
    ref, out = reference.split(), output.split()
    segments: list[tuple[str, str | None]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=ref, b=out, autojunk=False).get_opcodes():
        if op == "equal":
            segments.append((" ".join(out[j1:j2]) + " ", None))
            continue
        if j2 > j1:
            segments.append((" ".join(out[j1:j2]) + " ", "not in reference"))
        if i2 > i1:
            segments.append((" ".join(ref[i1:i2]) + " ", "missing from output"))
    return segments


def aggregate_frame(result: EvalResult) -> pd.DataFrame:
    """One row per variant: every metric, the rows that looped (hit the token limit repeating themselves),
    latency, time to first token, tokens/s, memory."""
    mode = result.latency_mode
    records = []
    for name, report in result.reports.items():
        record = {"variant": name}
        record.update({metric_label(m): round(report.scores[m], 2) for m in result.metrics})
        record["looped %"] = round(100 * report.looped / max(1, len(report.outputs)), 1)
        record.update({
            f"latency p50 ({mode}) s": _r(report.latency_p50_s), f"latency p95 ({mode}) s": _r(report.latency_p95_s),
            f"TTFT p50 ({mode}) s": _r(report.ttft_s), f"tokens/s ({mode})": round(report.stream_tokens_per_s, 1),
            "memory MB": round(report.memory_mb),
        })
        records.append(record)
    return pd.DataFrame(records)


def comparison_frame(result: EvalResult) -> pd.DataFrame:
    """One row per adapter vs base: win/tie/loss and each metric's delta with its 95% interval."""
    records = []
    for name, comp in result.comparisons.items():
        record = {"variant vs base": name, f"win/tie/loss ({metric_label(comp.primary_metric)})":
                  f"{comp.wins}/{comp.ties}/{comp.losses}"}
        for m in result.metrics:
            d = comp.deltas[m]
            record[f"Δ {metric_label(m)} [95% CI]"] = f"{d['mean_row_delta']:+.2f} [{d['low']:+.2f}, {d['high']:+.2f}]"
        records.append(record)
    return pd.DataFrame(records)


def metric_plot_frame(result: EvalResult) -> pd.DataFrame:
    return pd.DataFrame([{"bar": f"{metric_label(m)} · {name}", "variant": name, "score": round(r.scores[m], 2)}
                         for m in result.metrics for name, r in result.reports.items()])


def latency_plot_frame(result: EvalResult) -> pd.DataFrame:
    records = []
    for name, report in result.reports.items():
        records.append({"bar": f"p50 · {name}", "variant": name, "seconds": _r(report.latency_p50_s) or 0.0})
        records.append({"bar": f"p95 · {name}", "variant": name, "seconds": _r(report.latency_p95_s) or 0.0})
    return pd.DataFrame(records)


def per_row_frame(result: EvalResult) -> pd.DataFrame:
    """Input (the field values, or the prompt), reference, each variant's output and primary score, and the best."""
    primary = result.primary_metric
    records = []
    for i, row in enumerate(result.rows):
        shown = " · ".join(str(v) for v in row.fields.values()) if row.fields else row.input_text
        record = {"#": row.number, "input": shown, "reference": " ‖ ".join(row.references)}
        scores = {}
        for name, report in result.reports.items():
            scores[name] = report.per_row[primary][i]
            record[name] = report.outputs[i].text
            record[f"{name} {metric_label(primary)}"] = round(scores[name], 1)
        top = max(scores.values())
        best = [name for name, s in scores.items() if s == top]
        record["best"] = "tie" if len(best) == len(scores) and len(scores) > 1 else ", ".join(best)
        records.append(record)
    return pd.DataFrame(records)


def per_row_widths(result: EvalResult) -> list[int]:
    """Pixel widths: narrow numbers, room for the texts (the table scrolls sideways)."""
    return [50, 220, 220, *[w for _ in result.reports for w in (280, 80)], 90]


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def write_downloads(result: EvalResult) -> tuple[str, str]:
    """results.csv and results.json in a fresh folder under the system temp dir (which gradio serves)."""
    folder = fresh_folder("eval")
    stem = f"eval-{result.config.task or 'data'}-{time.strftime('%Y%m%d-%H%M%S')}"
    csv_path, json_path = folder / f"{stem}.csv", folder / f"{stem}.json"
    csv_path.write_text(result.to_csv(), encoding="utf-8")
    result.save(json_path)
    return str(csv_path), str(json_path)


class EvalTab(Tab):
    """Data, variants and metrics on the left; results, charts and rows below."""

    def __init__(self, app: Playground, compare_tab, tabs: gr.Tabs):
        super().__init__(app)
        self.compare_tab = compare_tab
        self.tabs = tabs
        self.described = self.engine.describe_loaded()
        self._render()
        self._setup_events()

    # ----- layout ---------------------------------------------------------------------
    def _render(self) -> None:
        task = self._default_task()
        with gr.Row():
            with gr.Column(scale=2):
                self.source = gr.Radio(SOURCES, value="split", label="Data", elem_id="eval-source")
                self.task = gr.Dropdown([("No task (prompt rows)", NO_TASK), *[(t.title, t.name) for t in
                                                                               TASKS.values()]],
                                        value=task, label="Task", elem_id="eval-task",
                                        info="Its prompt format, default metrics and max new tokens.")
                self.split = gr.Radio(list(EVAL_SPLITS), value="test", label="Split", elem_id="eval-split")
                self.upload = gr.File(label=f"JSONL or CSV (at most {self.app.limits.max_upload_mb} MB, "
                                            f"{self.app.limits.max_eval_rows} rows)",
                                      file_types=[".jsonl", ".csv"], file_count="single", type="filepath",
                                      visible=False, elem_id="eval-upload")
                gr.Markdown("Each row: `fields` (for the task; in CSV one column per field) or `prompt`, plus "
                            "`reference` (text, or a JSON list of texts).", visible=True)
            with gr.Column(scale=3):
                self.variants = gr.CheckboxGroup(
                    [(variant_label(row), row.name) for row in self.described],
                    value=self._default_variants(task), label="Variants", elem_id="eval-variants",
                    info="Same rows, same prompts, greedy decoding for every variant.",
                )
                self.metrics = gr.CheckboxGroup([(metric_label(m), m) for m in METRICS],
                                                value=list(TASKS[task].metrics) if task else list(METRICS[:3]),
                                                label="Metrics", elem_id="eval-metrics")
                with gr.Row():
                    self.limit = gr.Slider(1, self.app.limits.max_eval_rows, value=20, step=1, label="Rows (the first N)",
                                           elem_id="eval-limit")
                    self.max_new_tokens = gr.Slider(1, self.app.limits.max_new_tokens, step=1, label="Max new tokens",
                                                    elem_id="eval-max-new-tokens",
                                                    value=(TASKS[task].max_new_tokens if task
                                                           else DEFAULT_MAX_NEW_TOKENS))
                    self.latency_runs = gr.Slider(0, 100, value=0, step=1, label="Latency mode: single requests "
                                                  "per variant (0 = off)")
                with gr.Row():
                    self.run_button = gr.Button("Run evaluation", variant="primary", elem_id="eval-run")
                    self.stop_button = gr.Button("Stop", variant="stop", elem_id="eval-stop")
        self.status = gr.Markdown(elem_id="eval-status")
        self.aggregate = gr.Dataframe(label="Per variant", interactive=False, wrap=True, elem_id="eval-aggregate")
        self.comparison = gr.Dataframe(label="Against the base (Δ = mean per-row difference, paired bootstrap 95% "
                                             "interval)", interactive=False, wrap=True, elem_id="eval-comparison")
        with gr.Row():
            self.metric_plot = gr.BarPlot(x="bar", y="score", color="variant", title="Metrics per variant",
                                          x_title="metric · variant", y_title="score (0-100)", y_lim=[0, 100],
                                          x_label_angle=-30, elem_id="eval-metric-plot")
            self.latency_plot = gr.BarPlot(x="bar", y="seconds", color="variant", title="Latency per example",
                                           x_title="percentile · variant", y_title="seconds", x_label_angle=-30,
                                           elem_id="eval-latency-plot")
        self.open_in_compare = gr.Checkbox(value=True, label="Clicking a row opens it in the Compare tab",
                                           elem_id="eval-open-in-compare")
        self.per_row = gr.Dataframe(label="Rows (best = the variant with the highest primary score)",
                                    interactive=False, wrap=True, max_height=600, elem_id="eval-rows")
        self.diff = gr.HighlightedText(label="Selected row: each output against the reference",
                                       color_map=DIFF_COLORS, show_legend=True, combine_adjacent=True,
                                       elem_id="eval-diff")
        with gr.Row():
            self.csv_file = gr.File(label="Download CSV", interactive=False, elem_id="eval-csv")
            self.json_file = gr.File(label="Download JSON", interactive=False, elem_id="eval-json")
        self.result_state = gr.State(None)

    def _default_task(self) -> str:
        tasks_with_adapters = [row.task for row in self.described if row.task in TASKS]
        return tasks_with_adapters[0] if tasks_with_adapters else next(iter(TASKS))

    def _default_variants(self, task: str) -> list[str]:
        matching = [row.name for row in self.described if row.name != BASE and row.task == task]
        others = [row.name for row in self.described if row.name != BASE]
        return [BASE, *(matching or others[:1])][: self.app.limits.max_variants]

    # ----- events ---------------------------------------------------------------------
    def _setup_events(self) -> None:
        private = {"queue": False, "api_visibility": "private"}
        self.source.change(self.pick_source, self.source, [self.split, self.upload], **private)
        self.task.change(self.pick_task, self.task, [self.metrics, self.max_new_tokens, self.variants], **private)
        inputs = [self.source, self.task, self.split, self.upload, self.variants, self.metrics, self.limit,
                  self.max_new_tokens, self.latency_runs]
        outputs = [self.status, self.aggregate, self.comparison, self.metric_plot, self.latency_plot, self.per_row,
                   self.diff, self.csv_file, self.json_file, self.result_state]
        self.run_event = self.run_button.click(self.run, inputs, outputs, api_visibility="private",
                                               show_progress_on=[self.status], **generation_pool(self.app.limits))
        self.stop_button.click(lambda: Messages.EVAL_STOPPED, None, self.status, cancels=[self.run_event], **private)
        self.per_row.select(self.select_row, [self.result_state, self.open_in_compare],
                            [self.diff, *self.compare_tab.example_outputs, self.tabs], **private)

    @reports_errors
    def pick_source(self, source: str):
        return gr.update(visible=source == "split"), gr.update(visible=source == "upload")

    @reports_errors
    def pick_task(self, task: str):
        """The task's default metrics, max new tokens, and base + its adapters."""
        if not task:
            return gr.update(), gr.update(), gr.update()
        spec = get_task(task)
        return (gr.update(value=list(spec.metrics)), gr.update(value=spec.max_new_tokens),
                gr.update(value=self._default_variants(task)))

    def config_from(self, source, task, split, upload, variants, metrics, limit, max_new_tokens,
                    latency_runs) -> EvalConfig:
        """An EvalConfig from widget values (sliders give floats); RequestError with a user message."""
        data = None
        if source == "upload":
            if not upload:
                raise DataError(NEED_UPLOAD)
            data = uploaded_path(upload)
        return EvalConfig(task=task or None, data=data, split=split or "test", variants=variant_names(variants),
                          metrics=list(metrics) if metrics else None, limit=as_int(limit),
                          max_new_tokens=as_int(max_new_tokens), latency_runs=as_int(latency_runs) or 0)

    @reports_errors
    def run(self, source, task, split, upload, variants, metrics, limit, max_new_tokens, latency_runs,
            progress=gr.Progress()):
        """Run the evaluation in a thread, report progress, then fill every result widget."""
        keep = [gr.update()] * 9
        self.app.rate.check(LocalContext.request.get(None))
        config = self.config_from(source, task, split, upload, variants, metrics, limit, max_new_tokens,
                                  latency_runs)
        rows = prepare_rows(config, self.engine.limits)
        progress((0, None), desc="Starting")
        for done, total, result in run_eval_steps(self.engine, config, rows):  # Stop or a closed page cancels it
            if result is None:
                progress((done, total), desc="Generating", unit="generations")
                yield [RUNNING.format(done=done, total=total), *keep]
        csv_path, json_path = write_downloads(result)
        status = f"Done. {result.summary()}"
        metric_bars, latency_bars = metric_plot_frame(result), latency_plot_frame(result)
        yield [status, aggregate_frame(result), comparison_frame(result),
               gr.BarPlot(value=metric_bars, sort=list(metric_bars["bar"])),
               gr.BarPlot(value=latency_bars, sort=list(latency_bars["bar"])),
               gr.Dataframe(value=per_row_frame(result), column_widths=per_row_widths(result)),
               None, csv_path, json_path, result.to_dict()]

    @reports_errors
    def select_row(self, state: dict | None, open_in_compare: bool, evt: gr.SelectData):
        """Show the row's diffs; with the box ticked, load it into the Compare tab and switch to it."""
        unchanged = [gr.update()] * (len(self.compare_tab.example_outputs) + 1)
        if not state:
            return [gr.update(), *unchanged]
        row = _selected_row(state, evt)
        if row is None:
            return [gr.update(), *unchanged]
        segments: list[tuple[str, str | None]] = []
        reference = row["reference"][0]
        for name, output in row["outputs"].items():
            segments.append((f"{name}: ", "variant"))
            segments += word_diff(reference, output["text"]) or [("(empty) ", "not in reference")]
            segments.append(("\n", None))
        if not open_in_compare:
            return [segments, *unchanged]
        config = state["config"]
        task = state["task"] if row["fields"] else None
        settings = {"variants": config["variants"], "max_new_tokens": config["max_new_tokens"], "temperature": 0.0,
                    "top_p": 1.0, "top_k": 0, "seed": -1,
                    "repetition_penalty": state["decoding"]["repetition_penalty"]}  # as the eval decoded
        updates = self.compare_tab.example_updates(task, row["fields"], row["prompt"], settings)
        return [segments, *updates, gr.Tabs(selected="compare")]


def _selected_row(state: dict, evt: gr.SelectData) -> dict | None:
    """The result row behind a clicked cell (by its '#' value, so a sorted table still maps right)."""
    rows = state.get("rows") or []
    number = None
    if evt.row_value:
        number = evt.row_value[0]
    if isinstance(number, (int, float)):
        for row in rows:
            if row["row"] == int(number):
                return row
    index = evt.index[0] if isinstance(evt.index, (list, tuple)) else evt.index
    return rows[index] if isinstance(index, int) and 0 <= index < len(rows) else None


def as_int(value):
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return value
