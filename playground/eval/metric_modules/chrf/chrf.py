"""Corpus chrF (sacrebleu, 0-100) as a local `evaluate` metric, plus sentence chrF per row.

References: one row is a list of strings (any number, >= 1) or a bare string, which
`add`/`add_batch` wrap into a one-element list before evaluate encodes the batch.
"""

import datasets
import evaluate
import sacrebleu

_DESCRIPTION = "Corpus chrF from sacrebleu (char order 6, beta 2), identical to sacrebleu.corpus_chrf."
_KWARGS_DESCRIPTION = """
Args:
    predictions: list of hypothesis strings.
    references: per row, a list of reference strings (rows may differ in length) or a single string.
Returns:
    score: corpus chrF, 0-100.
    per_row: sentence chrF (sacrebleu.sentence_chrf) per row, 0-100.
"""


def _as_list(reference):
    # A bare string would be split into characters by the Sequence(string) feature.
    return [reference] if isinstance(reference, str) else reference


class Chrf(evaluate.Metric):
    def _info(self):
        return evaluate.MetricInfo(
            description=_DESCRIPTION,
            citation="",
            inputs_description=_KWARGS_DESCRIPTION,
            features=datasets.Features(
                {"predictions": datasets.Value("string"), "references": datasets.Sequence(datasets.Value("string"))}
            ),
            codebase_urls=["https://github.com/mjpost/sacrebleu"],
        )

    # evaluate appends inputs_description to the add/add_batch docstrings: they must exist.
    def add(self, *, prediction=None, reference=None, **kwargs):
        """Add one row; a bare-string reference becomes a one-element list."""
        super().add(prediction=prediction, reference=_as_list(reference), **kwargs)

    def add_batch(self, *, predictions=None, references=None, **kwargs):
        """Add rows; bare-string references become one-element lists."""
        if references is not None:
            references = [_as_list(r) for r in references]
        super().add_batch(predictions=predictions, references=references, **kwargs)

    def _compute(self, predictions, references):
        if not predictions:
            raise ValueError("chrf: no predictions to score")
        rows = [[r for r in refs if r is not None] for refs in references]
        if any(not refs for refs in rows):
            raise ValueError("chrf: every row needs at least one reference")
        # sacrebleu wants reference *streams*; None pads rows with fewer references
        # (it skips None, whereas "" would count as an empty reference).
        width = max(len(refs) for refs in rows)
        streams = [[refs[i] if i < len(refs) else None for refs in rows] for i in range(width)]
        return {
            "score": float(sacrebleu.corpus_chrf(predictions, streams).score),
            "per_row": [float(sacrebleu.sentence_chrf(p, refs).score) for p, refs in zip(predictions, rows)],
        }
