"""The evaluation section of an adapter's model card (README.md), between ``<!-- eval:start -->`` and
``<!-- eval:end -->``.

:func:`card_section` renders an :class:`~playground.eval.report.EvalResult` as the card's text;
:func:`update_card` puts it between the markers. The markers are written by
:func:`playground.features.cards.replace_section`, the one writer of card sections (the trainer's
card and its samples use it too). ``python -m playground.eval --card adapters/NAME`` calls both.
"""

from __future__ import annotations

from pathlib import Path

from playground.eval.metrics import metric_label
from playground.eval.report import EvalResult, write_atomic
from playground.eval.stats import BOOTSTRAP_RESAMPLES
from playground.features.cards import markers, replace_section
from playground.features.tasks import EXAMPLES_DIR

SECTION = "eval"
HEADING = "## Evaluation"  # above the markers when the card has none yet
CARD_START, CARD_END = markers(SECTION)


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

    Everything else, the YAML front matter first, is kept as is; the file is replaced atomically.
    """
    readme = Path(readme)
    text = readme.read_text(encoding="utf-8") if readme.exists() else ""
    return write_atomic(readme, replace_section(text, SECTION, section, heading=HEADING))
