"""The outcome of an evaluation and its renderings: results.json, the per-row CSV, the Markdown tables.

:class:`EvalResult` holds a :class:`VariantReport` per variant (scores, per-row scores, latency, memory)
and a :class:`Comparison` of each adapter against the base (:func:`compare_to_base`). ``to_json``/``save``
write results.json, ``to_csv`` the per-row table, ``markdown_table``/``comparison_table`` the card's
tables. Files are written with :func:`write_atomic`, so a crash never leaves half a file.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from playground.core.types import VariantOutput
from playground.eval.config import EvalConfig
from playground.eval.data import EvalRow
from playground.eval.loops import looped
from playground.eval.metrics import metric_label
from playground.eval.stats import BOOTSTRAP_RESAMPLES, paired_bootstrap, win_tie_loss


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
    def looped(self) -> int:
        """Outputs that hit the token limit repeating themselves (:mod:`playground.eval.loops`)."""
        return sum(looped(out) for out in self.outputs)

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
            "looped": self.looped,
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


def compare_to_base(report: VariantReport, base: VariantReport, metrics: Sequence[str], primary: str) -> Comparison:
    """Per-row win/tie/loss on the primary metric and a paired bootstrap interval per metric."""
    wins, ties, losses = win_tie_loss(report.per_row[primary], base.per_row[primary])
    deltas = {}
    for m in metrics:
        mean, low, high = paired_bootstrap(report.per_row[m], base.per_row[m])
        deltas[m] = {"corpus_delta": report.scores[m] - base.scores[m], "mean_row_delta": mean, "low": low,
                     "high": high}
    return Comparison(report.name, primary, wins, ties, losses, deltas)


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
            "decoding": {"greedy": True, "max_new_tokens": self.max_new_tokens,
                         "repetition_penalty": self.config.penalty},
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
