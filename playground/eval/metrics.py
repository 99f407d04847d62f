"""Project API over the local `evaluate` metric modules in `metric_modules/`.

The built-in metrics load from their script paths, so they work with no network.
All scores are on a 0-100 scale, corpus and per row alike.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

# instruction_family: for prompt recovery, whether the answer names the reference's kind of rewrite.
METRICS: tuple[str, ...] = ("bleu", "chrf", "rouge_l", "exact_match", "token_f1", "instruction_family")
METRIC_LABELS = {"exact_match": "EM", "token_f1": "F1", "bleu": "BLEU", "chrf": "chrF", "rouge_l": "ROUGE-L",
                 "instruction_family": "family"}
METRIC_DIR = Path(__file__).parent / "metric_modules"

# A loaded evaluate module keeps per-call state (its buffered batch), so one cached
# instance must not run two computes at once.
_COMPUTE_LOCK = threading.Lock()


@dataclass(frozen=True)
class MetricResult:
    name: str
    score: float  # corpus score, 0-100
    per_row: tuple[float, ...]  # 0-100, one per prediction


def metric_label(name: str) -> str:
    """The short name tables and charts show (``token_f1`` -> ``F1``)."""
    return METRIC_LABELS.get(name, name)


@lru_cache(maxsize=None)
def load_metric(name: str):
    """Return the (cached) `evaluate` module for `name`.

    Built-in names load from their local script, with no network. Any other name is
    passed to `evaluate.load` (the Hub, when online); failure becomes a ValueError.
    """
    # Imported here because `import evaluate` pulls in transformers (~5 s); importing
    # this module should stay cheap for code that never scores anything.
    import evaluate

    if name in METRICS:
        # keep_in_memory: no Arrow cache files or file locks under ~/.cache for each compute.
        return evaluate.load(str(METRIC_DIR / name / f"{name}.py"), keep_in_memory=True)
    try:
        return evaluate.load(name, keep_in_memory=True)
    except Exception as exc:
        raise ValueError(
            f"unknown metric {name!r}: not one of {', '.join(METRICS)} and evaluate.load failed "
            f"(the Hugging Face Hub may be unreachable): {exc}"
        ) from exc


def _check_inputs(predictions: Sequence[str], references: Sequence[str | Sequence[str]]) -> list[list[str]]:
    """Validate inputs and return references as one list of strings per row."""
    if len(predictions) == 0:
        raise ValueError("no predictions to score: predictions is empty")
    if len(predictions) != len(references):
        raise ValueError(
            f"length mismatch: {len(predictions)} predictions but {len(references)} reference rows"
        )
    for i, pred in enumerate(predictions):
        if not isinstance(pred, str):
            raise ValueError(f"prediction {i} is {type(pred).__name__}, expected str")
    rows = []
    for i, refs in enumerate(references):
        row = [refs] if isinstance(refs, str) else list(refs)
        if not row:
            raise ValueError(f"reference row {i} is empty: give at least one reference string")
        if not all(isinstance(r, str) for r in row):
            raise ValueError(f"reference row {i} must be a str or a list of str, got {refs!r}")
        rows.append(row)
    return rows


def _run(name: str, predictions: list[str], rows: list[list[str]]) -> MetricResult:
    metric = load_metric(name)
    with _COMPUTE_LOCK:
        out = metric.compute(predictions=list(predictions), references=rows)
    if not isinstance(out, dict) or "score" not in out or "per_row" not in out:
        raise ValueError(
            f"metric {name!r} did not return 'score' and 'per_row'; call load_metric({name!r}).compute() directly"
        )
    return MetricResult(name=name, score=float(out["score"]), per_row=tuple(float(x) for x in out["per_row"]))


def compute(name: str, predictions: list[str], references: list[str | list[str]]) -> MetricResult:
    """Score `predictions` against `references` (a string or a list of strings per row)."""
    return _run(name, predictions, _check_inputs(predictions, references))


def compute_all(
    names: Iterable[str], predictions: list[str], references: list[str | list[str]]
) -> dict[str, MetricResult]:
    """Score the same inputs with several metrics, keyed by metric name."""
    rows = _check_inputs(predictions, references)
    return {name: _run(name, predictions, rows) for name in names}
