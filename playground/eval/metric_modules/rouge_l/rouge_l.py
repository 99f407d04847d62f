"""ROUGE-L F-measure (rouge_score, 0-100) as a local `evaluate` metric.

Per row: best F-measure over that row's references. Corpus: mean of the rows.
References: one row is a list of strings (>= 1) or a bare string, which `add`/`add_batch`
wrap into a one-element list before evaluate encodes the batch.
"""

import re
import unicodedata

import datasets
import evaluate
from rouge_score import rouge_scorer

_DESCRIPTION = "ROUGE-L F-measure from rouge_score (no stemming), max over references, mean over rows."
_KWARGS_DESCRIPTION = """
Args:
    predictions: list of candidate strings.
    references: per row, a list of reference strings or a single string.
    tokenizer: "unicode" (default) keeps accented letters inside words;
        "rouge_score" is the library's own tokenizer, which keeps only [a-z0-9].
Returns:
    score: mean of per_row, 0-100.
    per_row: ROUGE-L F-measure per row (max over references), 0-100.
"""


class UnicodeTokenizer:
    """rouge_score's default tokenizer, but Unicode-aware.

    The stock one maps every character outside [a-z0-9] to a separator, which
    turns French "levé" into "lev" and "à" into nothing. On ASCII text both agree.
    """

    _WORD = re.compile(r"[^\W_]+")

    def tokenize(self, text):
        return self._WORD.findall(unicodedata.normalize("NFC", text).lower())


def _as_list(reference):
    # A bare string would be split into characters by the Sequence(string) feature.
    return [reference] if isinstance(reference, str) else reference


class RougeL(evaluate.Metric):
    def _info(self):
        return evaluate.MetricInfo(
            description=_DESCRIPTION,
            citation="",
            inputs_description=_KWARGS_DESCRIPTION,
            features=datasets.Features(
                {"predictions": datasets.Value("string"), "references": datasets.Sequence(datasets.Value("string"))}
            ),
            codebase_urls=["https://github.com/google-research/google-research/tree/master/rouge"],
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

    def _compute(self, predictions, references, tokenizer="unicode"):
        if not predictions:
            raise ValueError("rouge_l: no predictions to score")
        if tokenizer not in ("unicode", "rouge_score"):
            raise ValueError(f"rouge_l: tokenizer must be 'unicode' or 'rouge_score', got {tokenizer!r}")
        rows = [[r for r in refs if r is not None] for refs in references]
        if any(not refs for refs in rows):
            raise ValueError("rouge_l: every row needs at least one reference")
        scorer = rouge_scorer.RougeScorer(
            ["rougeL"], use_stemmer=False, tokenizer=UnicodeTokenizer() if tokenizer == "unicode" else None
        )
        per_row = [
            100.0 * max(scorer.score(ref, pred)["rougeL"].fmeasure for ref in refs)
            for pred, refs in zip(predictions, rows)
        ]
        return {"score": sum(per_row) / len(per_row), "per_row": per_row}
