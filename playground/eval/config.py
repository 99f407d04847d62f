"""What one evaluation run does: :class:`EvalConfig`, the dataclass the CLI, the Eval tab and ``/evaluate`` build.

``EvalConfig(task="domain_qa", variants=["base", "qa-r8"])`` checks what it can on its own in
``__post_init__`` (task, split, metrics, batch sizes); :meth:`EvalConfig.check` then checks it against
a deployment's :class:`~playground.core.limits.Limits` (``engine.limits``), which the runner calls
before any work. The CLI parses this dataclass with ``transformers.HfArgumentParser``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from playground.core.limits import Limits
from playground.core.messages import Messages
from playground.core.types import BASE, DEFAULT_MAX_NEW_TOKENS, GenerationParams, RequestError
from playground.eval.metrics import METRICS
from playground.features.tasks import ALL_SPLITS, EXAMPLES_DIR, Task, get_task

DEFAULT_METRICS = ("exact_match", "token_f1", "bleu")  # prompt-only data with no task
MAX_LATENCY_RUNS = 1000
GREEDY_SEED = 0  # unused by greedy decoding; fixed so results.json records no random seed


@dataclass
class EvalConfig:
    """What to evaluate: which rows, which variants, which metrics, how."""

    task: str | None = field(default=None, metadata={"help": "Task of the rows (prompt, default metrics)."})
    data: str | None = field(default=None, metadata={"help": "JSONL/CSV file; default: the task's split."})
    variants: list[str] = field(default_factory=lambda: [BASE], metadata={
        "help": "Variants, e.g. base,NAME. Comma-separated."})
    metrics: list[str] | None = field(default=None, metadata={
        "help": f"Metrics; default: the task's. Comma-separated, from: {', '.join(METRICS)}."})
    limit: int | None = field(default=None, metadata={"help": "Use only the first N rows."})
    split: str = field(default="test", metadata={"help": "Task split used when no data file is given: test, "
                                                         "validation or challenge (hand-written, other inputs)."})
    batch_rows: int = field(default=64, metadata={"help": "Most rows per generate call (each with every variant); "
                                                          "max_batch usually decides."})
    max_batch: int = field(default=64, metadata={"help": "Most sequences (rows x variants) in one generate call, "
                                                         "to bound memory; fewer rows per call when exceeded."})
    max_new_tokens: int | None = field(default=None, metadata={"help": "New tokens; default: the task's."})
    repetition_penalty: float | None = field(default=None, metadata={
        "help": "Greedy decoding's repetition penalty; default: the task's (1 without a task)."})
    latency_runs: int = field(default=0, metadata={"help": "Single-request runs per variant for p50/p95; 0 = off."})

    def __post_init__(self) -> None:
        if self.task is not None:
            get_task(self.task)  # ValueError listing the tasks
        if self.task is None and not self.data:
            raise RequestError(Messages.EVAL_NEEDS_DATA.format(split=self.split))
        if self.split not in ALL_SPLITS:  # the same refusal as the task's own load_split
            raise RequestError(Messages.EVAL_BAD_SPLIT.format(split=self.split, splits=", ".join(ALL_SPLITS)))
        self.variants = list(dict.fromkeys(v.strip() for v in self.variants if v and v.strip()))
        if not self.variants:
            raise RequestError(Messages.NO_VARIANTS)
        if self.metrics is not None:
            self.metrics = list(dict.fromkeys(self.metrics))
            for name in self.metrics:
                if name not in METRICS:
                    raise RequestError(Messages.EVAL_BAD_METRIC.format(name=name, available=", ".join(METRICS)))
            if not self.metrics:
                raise RequestError(Messages.EVAL_BAD_METRIC.format(name="", available=", ".join(METRICS)))
        _check_int("batch_rows", self.batch_rows, 1, 256)
        _check_int("max_batch", self.max_batch, 1, 1024)
        _check_int("latency_runs", self.latency_runs, 0, MAX_LATENCY_RUNS)

    def check(self, limits: Limits) -> EvalConfig:
        """Refuse what is over this deployment's limits (variants, rows, new tokens); returns the config."""
        if len(self.variants) > limits.max_variants:
            raise RequestError(Messages.TOO_MANY_VARIANTS.format(limit=limits.max_variants, count=len(self.variants)))
        _check_int("limit", self.limit, 1, limits.max_eval_rows, optional=True)
        _check_int("max_new_tokens", self.max_new_tokens, 1, limits.max_new_tokens, optional=True)
        return self

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
    def penalty(self) -> float:
        """The repetition penalty of the run: the config's, else the task's."""
        if self.repetition_penalty is not None:
            return float(self.repetition_penalty)
        task = self.task_obj
        return task.repetition_penalty if task else 1.0

    @property
    def new_tokens(self) -> int:
        if self.max_new_tokens:
            return self.max_new_tokens
        task = self.task_obj
        return task.max_new_tokens if task else DEFAULT_MAX_NEW_TOKENS

    def greedy_params(self) -> GenerationParams:
        """How every row is decoded: greedy, the run's new tokens and repetition penalty."""
        return GenerationParams(max_new_tokens=self.new_tokens, temperature=0.0, seed=GREEDY_SEED,
                                repetition_penalty=self.penalty)


def _check_int(name: str, value, low: int, high: int, optional: bool = False) -> None:
    if value is None and optional:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        rule = f"an integer from {low} to {high}" + (" (or empty)" if optional else "")
        raise RequestError(Messages.BAD_PARAMETER.format(name=name, rule=rule, value=value), field=name)
