"""Evaluation: base vs adapters on held-out rows, with metrics, latency and memory.

``run_eval(engine, EvalConfig(task="domain_qa", variants=["base", "qa-r8"]))`` loads the
task's test split (or an uploaded JSONL/CSV, see :func:`load_rows`), runs every row through
every variant with the same prompt and greedy settings, and returns an :class:`EvalResult`.
Rows x variants are batched into as few ``engine.generate`` calls as memory allows (a call
that runs out of memory or hits the wall-clock cap is split in halves and rerun). An
optional latency mode repeats single requests for honest per-example p50/p95. The CLI is
``python -m playground.eval``; the UI is ``playground/ui/eval_tab.py``.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import resource
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from .generation import BASE, DEFAULT_MAX_NEW_TOKENS, GenerationParams, RequestError, Row, VariantOutput, check_known
from .limits import LIMITS, Messages
from .metrics import METRICS, compute_all
from .tasks import EXAMPLES_DIR, SPLITS, Task, get_task

# New user-facing messages (to move into playground/limits.py:Messages).
DATA_NOT_FOUND = "Data file not found: {name}."  # the name only: a path would tell which files exist
DATA_BAD_TYPE = "{name}: use a .jsonl or .csv file (got {suffix!r})."
DATA_TOO_BIG = "{name} is {size:.1f} MB; the upload limit is {limit} MB."
DATA_NOT_UTF8 = "{name} is not UTF-8 text: {error}."
DATA_EMPTY = "{name} has no rows."
DATA_TOO_MANY_ROWS = "{name} has {count} rows; one run scores at most {limit}. Set a row limit or split the file."
DATA_ROW = "{name}, row {row}: {problem}"
ROW_BAD_JSON = "not valid JSON ({error})."
ROW_TOO_DEEP = "nested too deeply (a row is a flat object of fields, a prompt and a reference)."
CSV_BAD = "{name}: not a readable CSV file ({error}; a cell holds at most 128 KB)."
ROW_NOT_OBJECT = "expected a JSON object like {{\"fields\": {{...}}, \"reference\": \"...\"}}; got {kind}."
ROW_UNKNOWN_KEYS = "unknown key(s) {keys}; a row has 'fields' (for a task) or 'prompt', plus 'reference'."
ROW_NO_INPUT = "give either 'fields' (for a task) or 'prompt'."
ROW_BOTH_INPUTS = "give either 'fields' or 'prompt', not both."
ROW_FIELDS_NEED_TASK = "the row has task fields but no task was chosen; pick the task, or use a 'prompt' column."
ROW_FIELDS_NOT_OBJECT = "'fields' must be an object of field name -> text."
ROW_EMPTY_PROMPT = "the prompt is empty."
ROW_PROMPT_TOO_LONG = "the prompt has {chars} characters; the limit is {limit}."
ROW_NO_REFERENCE = "the reference is missing."
ROW_BAD_REFERENCE = "the reference must be a non-empty string or a list of non-empty strings; got {value!r}."
CSV_NO_HEADER = "{name}: the first line must be a header naming the columns."
CSV_UNKNOWN_COLUMNS = "{name}: unknown column(s) {columns}; expected {expected}."
EVAL_NEEDS_DATA = "Pick a task (its {split} split is used) or give a data file."
EVAL_BAD_METRIC = "Unknown metric {name!r}; available: {available}."
EVAL_BAD_NUMBER = "{name} must be {rule}; got {value!r}."
EVAL_STOPPED = "Evaluation stopped."

DEFAULT_METRICS = ("exact_match", "token_f1", "bleu")  # prompt-only data with no task
METRIC_LABELS = {"exact_match": "EM", "token_f1": "F1", "bleu": "BLEU", "chrf": "chrF", "rouge_l": "ROUGE-L"}
MAX_LATENCY_RUNS = 1000
BOOTSTRAP_RESAMPLES = 1000
BOOTSTRAP_SEED = 0
GREEDY_SEED = 0  # unused by greedy decoding; fixed so results.json records no random seed


class DataError(RequestError):
    """A data file that cannot be evaluated; the message names the row and the problem."""


def metric_label(name: str) -> str:
    return METRIC_LABELS.get(name, name)


# ----- configuration ----------------------------------------------------------------------
@dataclass
class EvalConfig:
    """What to evaluate: which rows, which variants, which metrics, how."""

    task: str | None = field(default=None, metadata={"help": "Task of the rows (prompt, default metrics)."})
    data: str | None = field(default=None, metadata={"help": "JSONL/CSV file; default: the task's split."})
    variants: list[str] = field(default_factory=lambda: [BASE], metadata={"help": "Variants, e.g. base,NAME."})
    metrics: list[str] | None = field(default=None, metadata={"help": "Metrics; default: the task's."})
    limit: int | None = field(default=None, metadata={"help": "Use only the first N rows."})
    split: str = field(default="test", metadata={"help": "Task split used when no data file is given."})
    batch_rows: int = field(default=64, metadata={"help": "Most rows per generate call (each with every variant); "
                                                          "max_batch usually decides."})
    max_batch: int = field(default=64, metadata={"help": "Most sequences (rows x variants) in one generate call, "
                                                         "to bound memory; fewer rows per call when exceeded."})
    max_new_tokens: int | None = field(default=None, metadata={"help": "New tokens; default: the task's."})
    latency_runs: int = field(default=0, metadata={"help": "Single-request runs per variant for p50/p95; 0 = off."})

    def __post_init__(self) -> None:
        if self.task is not None:
            get_task(self.task)  # ValueError listing the tasks
        if self.task is None and not self.data:
            raise RequestError(EVAL_NEEDS_DATA.format(split=self.split))
        if self.split not in SPLITS:
            raise RequestError(f"Unknown split {self.split!r}; valid splits: {', '.join(SPLITS)}.")
        self.variants = list(dict.fromkeys(v.strip() for v in self.variants if v and v.strip()))
        if not self.variants:
            raise RequestError(Messages.NO_VARIANTS)
        if len(self.variants) > LIMITS.max_variants:
            raise RequestError(Messages.TOO_MANY_VARIANTS.format(limit=LIMITS.max_variants, count=len(self.variants)))
        if self.metrics is not None:
            self.metrics = list(dict.fromkeys(self.metrics))
            for name in self.metrics:
                if name not in METRICS:
                    raise RequestError(EVAL_BAD_METRIC.format(name=name, available=", ".join(METRICS)))
            if not self.metrics:
                raise RequestError(EVAL_BAD_METRIC.format(name="", available=", ".join(METRICS)))
        _check_int("limit", self.limit, 1, LIMITS.max_eval_rows, optional=True)
        _check_int("batch_rows", self.batch_rows, 1, 256)
        _check_int("max_batch", self.max_batch, 1, 1024)
        _check_int("max_new_tokens", self.max_new_tokens, 1, LIMITS.max_new_tokens, optional=True)
        _check_int("latency_runs", self.latency_runs, 0, MAX_LATENCY_RUNS)

    @property
    def task_obj(self) -> Task | None:
        return get_task(self.task) if self.task else None

    @property
    def data_path(self) -> Path:
        return Path(self.data) if self.data else EXAMPLES_DIR / self.task / f"{self.split}.jsonl"

    @property
    def metric_names(self) -> list[str]:
        if self.metrics:
            return list(self.metrics)
        task = self.task_obj
        return list(task.metrics if task else DEFAULT_METRICS)

    @property
    def primary_metric(self) -> str:
        task = self.task_obj
        names = self.metric_names
        return task.primary_metric if task and task.primary_metric in names else names[0]

    @property
    def rows_per_call(self) -> int:
        return max(1, min(self.batch_rows, self.max_batch // len(self.variants)))

    @property
    def new_tokens(self) -> int:
        if self.max_new_tokens:
            return self.max_new_tokens
        task = self.task_obj
        return task.max_new_tokens if task else DEFAULT_MAX_NEW_TOKENS


def _check_int(name: str, value, low: int, high: int, optional: bool = False) -> None:
    if value is None and optional:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        rule = f"an integer from {low} to {high}" + (" (or empty)" if optional else "")
        raise RequestError(EVAL_BAD_NUMBER.format(name=name, rule=rule, value=value))


# ----- data -------------------------------------------------------------------------------
@dataclass(frozen=True)
class EvalRow:
    """One held-out example: its input (task fields or a prompt), references and chat messages."""

    number: int                       # row number in the file, 1-based (CSV: after the header)
    references: tuple[str, ...]
    messages: tuple[dict, ...]
    fields: dict | None = None
    prompt: str | None = None

    @property
    def input_text(self) -> str:
        """What the user message says (the rendered fields, or the prompt)."""
        return self.messages[-1]["content"]

    def to_dict(self) -> dict:
        return {"row": self.number, "fields": self.fields, "prompt": self.prompt, "input": self.input_text,
                "reference": list(self.references)}


def load_rows(path: str | Path, task: Task | str | None, limit: int | None = None) -> list[EvalRow]:
    """Read a JSONL or CSV data file into rows; :class:`DataError` names the row and the problem."""
    path = Path(path)
    task = get_task(task) if isinstance(task, str) else task
    name = path.name
    if not path.is_file():
        raise DataError(DATA_NOT_FOUND.format(name=name))
    suffix = path.suffix.lower()
    if suffix not in (".jsonl", ".csv"):
        raise DataError(DATA_BAD_TYPE.format(name=name, suffix=suffix))
    size = path.stat().st_size
    if size > LIMITS.max_upload_mb * 1024 * 1024:
        raise DataError(DATA_TOO_BIG.format(name=name, size=size / 2**20, limit=LIMITS.max_upload_mb))
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as err:
        raise DataError(DATA_NOT_UTF8.format(name=name, error=err.reason)) from None
    try:
        raw = _jsonl_records(text, name) if suffix == ".jsonl" else _csv_records(text, name, task)
    except csv.Error as err:  # e.g. a cell over the csv module's 128 KB field limit
        raise DataError(CSV_BAD.format(name=name, error=str(err).split(" (")[0])) from None
    rows = [_make_row(number, record, task, name) for number, record in raw]
    if not rows:
        raise DataError(DATA_EMPTY.format(name=name))
    rows = rows[:limit] if limit else rows
    if len(rows) > LIMITS.max_eval_rows:
        raise DataError(DATA_TOO_MANY_ROWS.format(name=name, count=len(rows), limit=LIMITS.max_eval_rows))
    return rows


def _row_error(name: str, row: int, problem: str) -> DataError:
    return DataError(DATA_ROW.format(name=name, row=row, problem=problem))


def _jsonl_records(text: str, name: str) -> list[tuple[int, dict]]:
    records = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise _row_error(name, number, ROW_BAD_JSON.format(error=err.msg)) from None
        except RecursionError:
            raise _row_error(name, number, ROW_TOO_DEEP) from None
        if not isinstance(record, dict):
            raise _row_error(name, number, ROW_NOT_OBJECT.format(kind=type(record).__name__))
        unknown = sorted(set(record) - {"fields", "prompt", "reference", "id"})
        if unknown:
            raise _row_error(name, number, ROW_UNKNOWN_KEYS.format(keys=", ".join(map(repr, unknown))))
        records.append((number, record))
    return records


def _csv_records(text: str, name: str, task: Task | None) -> list[tuple[int, dict]]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [h.strip() for h in (reader.fieldnames or []) if h is not None]
    if not header or not any(header):
        raise DataError(CSV_NO_HEADER.format(name=name))
    field_names = [f.name for f in task.fields] if task else []
    allowed = {"reference", "prompt", "id", *field_names}
    unknown = [h for h in header if h not in allowed]
    if unknown:
        inputs = (f"the task fields ({', '.join(field_names)}) or prompt" if task
                  else "prompt (or pick the task whose fields these are)")
        raise DataError(CSV_UNKNOWN_COLUMNS.format(name=name, columns=", ".join(map(repr, unknown)),
                                                   expected=f"{inputs}, plus reference"))
    records = [(number, _csv_record(raw, field_names)) for number, raw in enumerate(reader, start=1)]
    return [(number, record) for number, record in records if record is not None]


def _csv_record(raw: dict, field_names: list[str]) -> dict | None:
    """One CSV row as a record like a JSONL line's; None for a blank line."""
    values = {(k or "").strip(): v for k, v in raw.items() if k is not None}
    if not any((v or "").strip() for v in values.values()):
        return None
    record: dict = {}
    if "reference" in values:
        record["reference"] = _csv_reference(values["reference"])
    if "prompt" in values and (values["prompt"] or "").strip():
        record["prompt"] = values["prompt"]
    fields = {k: v for k, v in values.items() if k in field_names and v is not None}
    if any((v or "").strip() for v in fields.values()):
        record["fields"] = fields
    elif "prompt" in values and "prompt" not in record:
        record["prompt"] = values["prompt"] or ""
    return record


def _csv_reference(value: str | None):
    """A CSV cell: plain text, or a JSON list of strings for several references."""
    text = (value or "").strip()
    if text.startswith("["):
        try:
            parsed = json.loads(text)
        except json.JSONDecodeError:
            return value
        return parsed
    return value


def _make_row(number: int, record: dict, task: Task | None, name: str) -> EvalRow:
    has_fields, has_prompt = "fields" in record, "prompt" in record
    if has_fields and has_prompt:
        raise _row_error(name, number, ROW_BOTH_INPUTS)
    if not has_fields and not has_prompt:
        raise _row_error(name, number, ROW_NO_INPUT)
    references = _references(record, number, name)
    if has_fields:
        if task is None:
            raise _row_error(name, number, ROW_FIELDS_NEED_TASK)
        if not isinstance(record["fields"], dict):
            raise _row_error(name, number, ROW_FIELDS_NOT_OBJECT)
        try:
            fields = task.validate_fields(record["fields"])
            messages = task.build_messages(fields)
        except ValueError as err:
            raise _row_error(name, number, str(err)) from None
        return EvalRow(number, references, tuple(messages), fields=fields)
    prompt = record["prompt"]
    if not isinstance(prompt, str) or not prompt.strip():
        raise _row_error(name, number, ROW_EMPTY_PROMPT)
    prompt = prompt.strip()
    if len(prompt) > LIMITS.max_prompt_chars:
        raise _row_error(name, number, ROW_PROMPT_TOO_LONG.format(chars=len(prompt), limit=LIMITS.max_prompt_chars))
    # With a task, a prompt row keeps the task's system prompt: it replaces only the user message.
    head = ({"role": "system", "content": task.system_prompt},) if task else ()
    return EvalRow(number, references, (*head, {"role": "user", "content": prompt}), prompt=prompt)


def _references(record: dict, number: int, name: str) -> tuple[str, ...]:
    if "reference" not in record or record["reference"] is None or record["reference"] == "":
        raise _row_error(name, number, ROW_NO_REFERENCE)
    value = record["reference"]
    refs = [value] if isinstance(value, str) else value
    if not isinstance(refs, list) or not refs or not all(isinstance(r, str) and r.strip() for r in refs):
        raise _row_error(name, number, ROW_BAD_REFERENCE.format(value=value))
    return tuple(r.strip() for r in refs)


# ----- statistics -------------------------------------------------------------------------
def percentile(values: Sequence[float], q: float) -> float | None:
    """The q-th percentile (linear interpolation), None for no values."""
    return float(np.percentile(np.asarray(values, dtype=float), q)) if len(values) else None


def paired_bootstrap(candidate: Sequence[float], reference: Sequence[float], resamples: int = BOOTSTRAP_RESAMPLES,
                     seed: int = BOOTSTRAP_SEED, confidence: float = 0.95) -> tuple[float, float, float]:
    """Mean per-row difference candidate - reference and its paired bootstrap interval.

    Rows are resampled with replacement (the same rows for both sides), ``resamples``
    times with a fixed seed, and the interval is the central ``confidence`` share.
    """
    diff = np.asarray(candidate, dtype=float) - np.asarray(reference, dtype=float)
    if diff.size == 0:
        raise ValueError("paired_bootstrap needs at least one row")
    rng = np.random.default_rng(seed)
    means = diff[rng.integers(0, diff.size, size=(resamples, diff.size))].mean(axis=1)
    tail = (1 - confidence) / 2 * 100
    low, high = np.percentile(means, [tail, 100 - tail])
    return float(diff.mean()), float(low), float(high)


def win_tie_loss(candidate: Sequence[float], reference: Sequence[float],
                 tolerance: float = 1e-9) -> tuple[int, int, int]:
    """Rows where the candidate scores higher, the same, lower than the reference."""
    wins = ties = losses = 0
    for c, r in zip(candidate, reference, strict=True):
        if abs(c - r) <= tolerance:
            ties += 1
        elif c > r:
            wins += 1
        else:
            losses += 1
    return wins, ties, losses


# ----- memory -----------------------------------------------------------------------------
def _on_gpu(engine) -> bool:
    return engine.multi.device.type == "cuda"


def reset_peak_memory(engine) -> bool:
    """Start a new peak: CUDA's allocator stats on GPU, the process's RSS high-water mark on CPU.

    False when the CPU peak could not be reset (it then counts from the process start).
    """
    if _on_gpu(engine):
        import torch

        engine.worker.call(torch.cuda.reset_peak_memory_stats, engine.multi.device)
        return True
    try:  # Linux >= 4.0: "5" resets VmHWM to the current RSS
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
        return True
    except OSError:
        return False


def peak_memory_mb(engine, was_reset: bool = True) -> tuple[float, str]:
    """The peak since the last reset, in MiB, and what it measures."""
    if _on_gpu(engine):
        import torch

        peak = engine.worker.call(torch.cuda.max_memory_allocated, engine.multi.device)
        return peak / 2**20, "cuda max_memory_allocated"
    since = "" if was_reset else ", since the process started"
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024, f"peak RSS (process{since})"
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "peak RSS (process, since it started)"


# ----- results ----------------------------------------------------------------------------
@dataclass
class VariantReport:
    """Everything measured for one variant."""

    name: str
    outputs: list[VariantOutput]
    scores: dict[str, float]                 # corpus score per metric, 0-100
    per_row: dict[str, list[float]]          # per-row score per metric, 0-100
    latency: dict                            # batched per-example latency: p50_s, p95_s, mean_s
    ttft_p50_s: float | None
    tokens_per_s: float
    mean_tokens: float
    peak_memory_mb: float
    single: dict | None = None               # latency mode: runs, p50_s, p95_s, ttft_p50_s, tokens_per_s, peak

    @property
    def latency_p50_s(self) -> float | None:
        return (self.single or self.latency)["p50_s"]

    @property
    def latency_p95_s(self) -> float | None:
        return (self.single or self.latency)["p95_s"]

    @property
    def ttft_s(self) -> float | None:
        """Time to first token: single requests when measured, else the batched p50."""
        return self.single["ttft_p50_s"] if self.single else self.ttft_p50_s

    @property
    def stream_tokens_per_s(self) -> float:
        return self.single["tokens_per_s"] if self.single else self.tokens_per_s

    @property
    def memory_mb(self) -> float:
        return self.single["peak_memory_mb"] if self.single else self.peak_memory_mb

    def to_dict(self) -> dict:
        finish: dict[str, int] = {}
        for out in self.outputs:
            finish[out.finish_reason] = finish.get(out.finish_reason, 0) + 1
        return {
            "metrics": {k: round(v, 4) for k, v in self.scores.items()},
            "latency_batched": _rounded(self.latency),
            "latency_single": _rounded(self.single) if self.single else None,
            "ttft_p50_s": _round(self.ttft_p50_s),
            "tokens_per_s": round(self.tokens_per_s, 2),
            "mean_new_tokens": round(self.mean_tokens, 2),
            "peak_memory_mb": round(self.peak_memory_mb, 1),
            "finish_reasons": finish,
        }


@dataclass
class Comparison:
    """A variant against the base, row by row."""

    variant: str
    primary_metric: str
    wins: int
    ties: int
    losses: int
    deltas: dict[str, dict]  # metric -> corpus_delta, mean_row_delta, low, high

    def to_dict(self) -> dict:
        return {"primary_metric": self.primary_metric, "wins": self.wins, "ties": self.ties, "losses": self.losses,
                "deltas": {m: _rounded(d) for m, d in self.deltas.items()}}


@dataclass
class EvalResult:
    """The outcome of one run: per-variant reports, the comparison vs base, and every row."""

    config: EvalConfig
    rows: list[EvalRow]
    reports: dict[str, VariantReport]
    comparisons: dict[str, Comparison]
    metrics: list[str]
    primary_metric: str
    max_new_tokens: int
    memory_kind: str
    wall_s: float
    generate_calls: int
    device: str
    base_model: str
    timestamp: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat(timespec="seconds"))

    @property
    def examples_per_s(self) -> float:
        return len(self.rows) * len(self.reports) / self.wall_s if self.wall_s > 0 else 0.0

    @property
    def latency_mode(self) -> str:
        return "single" if any(r.single for r in self.reports.values()) else "batched"

    def to_dict(self) -> dict:
        config = asdict(self.config)
        config.update(data=str(self.config.data_path), metrics=self.metrics, max_new_tokens=self.max_new_tokens)
        rows = []
        for i, row in enumerate(self.rows):
            item = row.to_dict()
            item["outputs"] = {
                name: {**report.outputs[i].to_dict(),
                       "scores": {m: round(report.per_row[m][i], 4) for m in self.metrics}}
                for name, report in self.reports.items()
            }
            rows.append(item)
        return {
            "timestamp": self.timestamp,
            "task": self.config.task,
            "data": str(self.config.data_path),
            "base_model": self.base_model,
            "device": self.device,
            "config": config,
            "decoding": {"greedy": True, "max_new_tokens": self.max_new_tokens},
            "metrics": self.metrics,
            "primary_metric": self.primary_metric,
            "memory": self.memory_kind,
            "latency_mode": self.latency_mode,
            "throughput": {"rows": len(self.rows), "variants": len(self.reports), "wall_s": round(self.wall_s, 3),
                           "generate_calls": self.generate_calls,
                           "examples_per_s": round(self.examples_per_s, 3)},
            "variants": {name: report.to_dict() for name, report in self.reports.items()},
            "comparison": {name: c.to_dict() for name, c in self.comparisons.items()},
            "rows": rows,
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def save(self, path: str | Path) -> Path:
        """Write results.json atomically."""
        return write_atomic(path, self.to_json() + "\n")

    @staticmethod
    def _csv_text(text: str) -> str:
        """A text cell a spreadsheet shows as text: one starting with = + - @, a tab or a carriage return
        would run as a formula (``=HYPERLINK(...)`` in a model output), so it gets a leading single quote."""
        return "'" + text if text.startswith(("=", "+", "-", "@", "\t", "\r")) else text

    def to_csv(self) -> str:
        """The per-row table: input, references, then each variant's output and scores (text cells escaped
        against formula injection; the row number and scores stay numbers)."""
        text = self._csv_text
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        header = ["row", "input", "reference"]
        for name in self.reports:
            header += [text(f"{name}: output")] + [text(f"{name}: {metric_label(m)}") for m in self.metrics]
        writer.writerow(header)
        for i, row in enumerate(self.rows):
            line = [row.number, text(row.input_text), text(json.dumps(list(row.references), ensure_ascii=False)
                                                           if len(row.references) > 1 else row.references[0])]
            for report in self.reports.values():
                line += [text(report.outputs[i].text)] + [f"{report.per_row[m][i]:.2f}" for m in self.metrics]
            writer.writerow(line)
        return buffer.getvalue()

    def markdown_table(self) -> str:
        """The card's table: | Model variant | metrics… | Latency p50 | Latency p95 | Memory |."""
        mode = "single request" if self.latency_mode == "single" else "batched"
        memory = "Peak VRAM" if "cuda" in self.memory_kind else "Peak RSS"
        head = ["Model variant", *(metric_label(m) for m in self.metrics),
                f"Latency p50 ({mode})", f"Latency p95 ({mode})", memory]
        lines = ["| " + " | ".join(head) + " |", "|" + "|".join(["---"] + ["---:"] * (len(head) - 1)) + "|"]
        for name, report in self.reports.items():
            cells = [name, *(f"{report.scores[m]:.2f}" for m in self.metrics),
                     _seconds(report.latency_p50_s), _seconds(report.latency_p95_s), f"{report.memory_mb:.0f} MB"]
            lines.append("| " + " | ".join(cells) + " |")
        return "\n".join(lines)

    def comparison_table(self) -> str:
        """Each adapter vs base: win/tie/loss on the primary metric, deltas with 95% bootstrap intervals."""
        if not self.comparisons:
            return ""
        head = ["Variant vs base", f"Win / tie / loss ({metric_label(self.primary_metric)})",
                *(f"Δ {metric_label(m)} [95% CI]" for m in self.metrics)]
        lines = ["| " + " | ".join(head) + " |", "|" + "|".join(["---"] * len(head)) + "|"]
        for name, comp in self.comparisons.items():
            cells = [name, f"{comp.wins} / {comp.ties} / {comp.losses}"]
            for m in self.metrics:
                d = comp.deltas[m]
                cells.append(f"{d['mean_row_delta']:+.2f} [{d['low']:+.2f}, {d['high']:+.2f}]")
            lines.append("| " + " | ".join(cells) + " |")
        return "\n".join(lines)

    def summary(self) -> str:
        """One line: rows, variants, calls, time, how it was decoded."""
        return (f"{len(self.rows)} rows × {len(self.reports)} variants in {self.generate_calls} batched generate "
                f"call(s), {self.wall_s:.1f} s ({self.examples_per_s:.2f} examples/s); greedy, "
                f"max {self.max_new_tokens} new tokens; Δ = mean per-row difference vs base, "
                f"paired bootstrap ({BOOTSTRAP_RESAMPLES} resamples).")


def _round(value: float | None, digits: int = 4) -> float | None:
    return None if value is None else round(value, digits)


def _rounded(values: dict | None) -> dict | None:
    if values is None:
        return None
    return {k: _round(v) if isinstance(v, float) else v for k, v in values.items()}


def _seconds(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def write_atomic(path: str | Path, text: str) -> Path:
    """Write ``text`` to a temp file in the same folder, then rename it over ``path``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


# ----- the runner -------------------------------------------------------------------------
Progress = Callable[[int, int], None]


def check_eval_budget(config: EvalConfig, rows: Sequence[EvalRow]) -> None:
    """Refuse a run whose work ((rows + latency runs) x variants x new tokens) is over ``max_eval_tokens``."""
    count, variants, tokens = len(rows) + config.latency_runs, len(config.variants), config.new_tokens
    work, limit = count * variants * tokens, LIMITS.max_eval_tokens
    if limit and work > limit:
        raise RequestError(Messages.EVAL_TOO_BIG.format(rows=count, variants=variants, tokens=tokens, work=work,
                                                        limit=limit))


def run_eval_steps(engine, config: EvalConfig, rows: list[EvalRow],
                   every_s: float = 0.5) -> Iterator[tuple[int, int, EvalResult | None]]:
    """:func:`run_eval` on a thread of its own: yields ``(done, total, None)`` every ``every_s`` while it runs,
    then ``(total, total, result)``. Closing the generator early (Stop, ``Job.cancel()``, a client that left)
    cancels the run at its next generation step.

    The first yield comes before the run starts: gradio can close a generator only once its first step has
    returned, so a cancel that arrived during a long first step would leave the run going, unowned."""
    counts = {"done": 0, "total": 1}
    yield 0, len(rows) * len(config.variants), None
    cancel = threading.Event()
    box: dict = {}

    def work() -> None:
        try:
            box["result"] = run_eval(engine, config, rows=rows, cancel=cancel,
                                     progress=lambda done, total: counts.update(done=done, total=total))
        except BaseException as err:  # handed to the caller's thread below
            box["error"] = err

    thread = threading.Thread(target=work, name="eval-run", daemon=True)
    thread.start()
    try:
        while thread.is_alive():
            thread.join(every_s)
            if thread.is_alive():
                yield counts["done"], counts["total"], None
    finally:
        cancel.set()
    if "error" in box:
        raise box["error"]
    yield counts["total"], counts["total"], box["result"]


def run_eval(engine, config: EvalConfig, progress: Progress | None = None, rows: list[EvalRow] | None = None,
             cancel: threading.Event | None = None) -> EvalResult:
    """Run every row through every variant (greedy, same prompts), score, time and compare."""
    check_known(config.variants, engine.variants)
    task = config.task_obj
    if rows is None:
        rows = load_rows(config.data_path, task, config.limit)
    elif config.limit:
        rows = rows[: config.limit]
    if not rows:
        raise DataError(DATA_EMPTY.format(name=config.data_path.name))
    metrics, variants = config.metric_names, config.variants
    params = GenerationParams(max_new_tokens=config.new_tokens, temperature=0.0, seed=GREEDY_SEED)
    cancel = cancel or threading.Event()
    total = len(rows) * len(variants) + config.latency_runs * len(variants)
    tick = _Ticker(progress, total)

    was_reset = reset_peak_memory(engine)
    started = time.perf_counter()
    outputs, calls = generate_batched(engine, rows, variants, params, config.rows_per_call, tick, cancel)
    wall_s = time.perf_counter() - started
    peak_mb, memory_kind = peak_memory_mb(engine, was_reset)

    references = [list(row.references) for row in rows]
    reports: dict[str, VariantReport] = {}
    for v_index, name in enumerate(variants):
        outs = [outputs[(r_index, v_index)] for r_index in range(len(rows))]
        scored = compute_all(metrics, [o.text for o in outs], references)
        produced = [o for o in outs if o.tokens]
        elapsed = [o.elapsed_s for o in outs]
        reports[name] = VariantReport(
            name=name, outputs=outs,
            scores={m: scored[m].score for m in metrics},
            per_row={m: list(scored[m].per_row) for m in metrics},
            latency={"mode": "batched", "p50_s": percentile(elapsed, 50), "p95_s": percentile(elapsed, 95),
                     "mean_s": float(np.mean(elapsed))},
            ttft_p50_s=percentile([o.ttft_s for o in produced], 50),
            tokens_per_s=sum(o.tokens for o in outs) / max(sum(elapsed), 1e-9),
            mean_tokens=float(np.mean([o.tokens for o in outs])),
            peak_memory_mb=peak_mb,
        )
    if config.latency_runs:
        for name in variants:
            reports[name].single = measure_latency(engine, rows, name, params, config.latency_runs, tick, cancel)

    primary = config.primary_metric
    comparisons = {}
    if BASE in reports:
        comparisons = {name: compare_to_base(reports[name], reports[BASE], metrics, primary)
                       for name in variants if name != BASE}
    return EvalResult(
        config=config, rows=list(rows), reports=reports, comparisons=comparisons, metrics=metrics,
        primary_metric=primary, max_new_tokens=params.max_new_tokens, memory_kind=memory_kind, wall_s=wall_s,
        generate_calls=calls, device=str(engine.multi.device), base_model=engine.base.description,
    )


class _CallCancel(threading.Event):
    """A per-call event that also reads as set once the whole run is cancelled.

    ``Engine.stream`` sets its event when a call ends, so one run-wide event cannot be
    handed to every call; each call gets its own, linked to the run's.
    """

    def __init__(self, run: threading.Event):
        super().__init__()
        self.run = run

    def is_set(self) -> bool:
        return super().is_set() or self.run.is_set()


class _Ticker:
    """Counts finished generations and forwards them to the progress callback."""

    def __init__(self, progress: Progress | None, total: int):
        self.progress, self.total, self.done = progress, total, 0

    def __call__(self, count: int) -> None:
        self.done += count
        if self.progress:
            self.progress(self.done, self.total)


def generate_batched(engine, rows: Sequence[EvalRow], variants: Sequence[str], params: GenerationParams,
                     batch_rows: int, tick: Callable[[int], None] = lambda n: None,
                     cancel: threading.Event | None = None) -> tuple[dict[tuple[int, int], VariantOutput], int]:
    """Outputs keyed by (row index, variant index), and how many generate calls it took.

    Rows are sorted by prompt length so each call pads little; each call holds up to
    ``batch_rows`` rows, each with every variant. A call that runs out of memory or past
    the wall-clock cap is split in halves and rerun, and later calls use the smaller size.
    """
    cancel = cancel or threading.Event()
    lengths = [len(engine.encode(row.messages)) for row in rows]
    order = sorted(range(len(rows)), key=lambda i: lengths[i])
    pairs = [(r, v) for r in order for v in range(len(variants))]
    size = batch_rows * len(variants)
    results: dict[tuple[int, int], VariantOutput] = {}
    calls = 0
    pending = [pairs[i:i + size] for i in range(0, len(pairs), size)]
    while pending:
        chunk = pending.pop(0)
        if cancel.is_set():
            raise RequestError(EVAL_STOPPED)
        batch = [Row(variants[v], rows[r].messages) for r, v in chunk]
        calls += 1
        try:
            outs = engine.generate(batch, params, _CallCancel(cancel))
        except RuntimeError as err:
            if "out of memory" not in str(err).lower() or len(chunk) == 1:
                raise
            _free_cuda_cache(engine)
            pending[:0] = _halves(chunk)
            size = max(1, len(chunk) // 2)
            pending = _rechunk(pending, size)
            continue
        reasons = {o.finish_reason for o in outs}
        if cancel.is_set():
            raise RequestError(EVAL_STOPPED)
        if "timeout" in reasons and len(chunk) > 1:
            pending[:0] = _halves(chunk)
            continue
        results.update(zip(chunk, outs))
        tick(len(chunk))
    return results, calls


def _halves(chunk: list) -> list[list]:
    middle = math.ceil(len(chunk) / 2)
    return [chunk[:middle], chunk[middle:]]


def _rechunk(chunks: list[list], size: int) -> list[list]:
    flat = [pair for chunk in chunks for pair in chunk]
    return [flat[i:i + size] for i in range(0, len(flat), size)]


def _free_cuda_cache(engine) -> None:
    if _on_gpu(engine):
        import torch

        engine.worker.call(torch.cuda.empty_cache)


def measure_latency(engine, rows: Sequence[EvalRow], variant: str, params: GenerationParams, runs: int,
                    tick: Callable[[int], None] = lambda n: None, cancel: threading.Event | None = None) -> dict:
    """Latency mode: ``runs`` single requests (one row, this variant), cycling through the rows."""
    cancel = cancel or threading.Event()
    was_reset = reset_peak_memory(engine)
    walls, ttfts, tokens, elapsed = [], [], 0, 0.0
    for i in range(runs):
        if cancel.is_set():
            raise RequestError(EVAL_STOPPED)
        row = rows[i % len(rows)]
        started = time.perf_counter()
        out = engine.generate([Row(variant, row.messages)], params, _CallCancel(cancel))[0]
        walls.append(time.perf_counter() - started)
        if out.ttft_s is not None:
            ttfts.append(out.ttft_s)
        tokens += out.tokens
        elapsed += out.elapsed_s
        tick(1)
    peak_mb, _ = peak_memory_mb(engine, was_reset)
    return {"mode": "single", "runs": runs, "p50_s": percentile(walls, 50), "p95_s": percentile(walls, 95),
            "mean_s": float(np.mean(walls)), "ttft_p50_s": percentile(ttfts, 50),
            "tokens_per_s": tokens / elapsed if elapsed > 0 else 0.0, "peak_memory_mb": peak_mb}


def compare_to_base(report: VariantReport, base: VariantReport, metrics: Sequence[str], primary: str) -> Comparison:
    """Per-row win/tie/loss on the primary metric and a paired bootstrap interval per metric."""
    wins, ties, losses = win_tie_loss(report.per_row[primary], base.per_row[primary])
    deltas = {}
    for m in metrics:
        mean, low, high = paired_bootstrap(report.per_row[m], base.per_row[m])
        deltas[m] = {"corpus_delta": report.scores[m] - base.scores[m], "mean_row_delta": mean, "low": low,
                     "high": high}
    return Comparison(report.name, primary, wins, ties, losses, deltas)


# ----- model cards ------------------------------------------------------------------------
CARD_START, CARD_END = "<!-- eval:start -->", "<!-- eval:end -->"


def card_section(result: EvalResult) -> str:
    """The tables and how they were made, for the adapter card (goes between the eval markers)."""
    source = f"`{result.config.task}` task, " if result.config.task else ""
    data = result.config.data_path
    try:
        data = data.resolve().relative_to(EXAMPLES_DIR.parent)
    except ValueError:
        data = data.name
    parts = [
        f"{source}`{data}`, {len(result.rows)} rows, greedy decoding, max {result.max_new_tokens} new tokens; "
        f"base `{result.base_model}` on {result.device}; {result.timestamp}. "
        f"Made by `python -m playground.eval`.", "",
        result.markdown_table(),
    ]
    if result.comparisons:
        parts += ["", result.comparison_table(), "",
                  f"Δ: mean per-row difference vs base with a paired bootstrap 95% interval "
                  f"({BOOTSTRAP_RESAMPLES} resamples); win/tie/loss per row on "
                  f"{metric_label(result.primary_metric)}."]
    return "\n".join(parts)


def update_card(readme: str | Path, section: str) -> Path:
    """Replace what is between the eval markers, or append an '## Evaluation' section with them.

    Everything else, the YAML front matter first, is kept as is.
    """
    readme = Path(readme)
    text = readme.read_text(encoding="utf-8") if readme.exists() else ""
    block = f"{CARD_START}\n{section.strip()}\n{CARD_END}"
    start, end = text.find(CARD_START), text.find(CARD_END)
    if start != -1 and end > start:
        text = text[:start] + block + text[end + len(CARD_END):]
    else:
        text = text.rstrip("\n") + ("\n\n" if text.strip() else "") + "## Evaluation\n\n" + block + "\n"
    return write_atomic(readme, text)
