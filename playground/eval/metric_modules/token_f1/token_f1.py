"""SQuAD-style token F1 (0-100) for English and French answers, as a local `evaluate` metric.

Per row: best F1 over references of the token-multiset overlap between normalised texts
(both empty -> 100, one empty -> 0). Corpus: mean of the rows. References: one row is a
list of strings (>= 1) or a bare string, which `add`/`add_batch` wrap into a one-element list.
"""

import re
import string
import unicodedata
from collections import Counter

import datasets
import evaluate

_DESCRIPTION = "Token F1 after SQuAD normalisation extended to French articles; max over references."
_KWARGS_DESCRIPTION = """
Args:
    predictions: list of answer strings.
    references: per row, a list of reference strings or a single string.
Returns:
    score: mean of per_row, 0-100.
    per_row: token F1 per row (max over references), 0-100.
"""

# --- normalisation: keep identical in exact_match.py and token_f1.py ---
# (module scripts are copied alone into evaluate's cache, so they cannot share an import)
_ELIDED_ARTICLE = re.compile(r"\bl['\u2019]")
_ARTICLES = re.compile(r"\b(?:a|an|the|le|la|les|un|une|des)\b")


def _is_punct(ch):
    # string.punctuation alone misses French « » ’ … and dashes.
    return ch in string.punctuation or unicodedata.category(ch).startswith("P")


def normalize_answer(text):
    """Lowercase, drop l' and punctuation, drop en/fr articles, collapse whitespace; accents kept."""
    text = unicodedata.normalize("NFC", text).lower()
    # Must run before punctuation removal, which would glue "l'entreprise" into one token.
    text = _ELIDED_ARTICLE.sub(" ", text)
    text = "".join(ch for ch in text if not _is_punct(ch))
    text = _ARTICLES.sub(" ", text)
    return " ".join(text.split())
# --- end normalisation ---


def token_f1(prediction, reference):
    """SQuAD F1 in 0-1 between two raw strings."""
    pred_tokens = normalize_answer(prediction).split()
    ref_tokens = normalize_answer(reference).split()
    if not pred_tokens or not ref_tokens:
        return float(pred_tokens == ref_tokens)
    overlap = sum((Counter(pred_tokens) & Counter(ref_tokens)).values())
    if overlap == 0:
        return 0.0
    precision = overlap / len(pred_tokens)
    recall = overlap / len(ref_tokens)
    return 2 * precision * recall / (precision + recall)


def _as_list(reference):
    # A bare string would be split into characters by the Sequence(string) feature.
    return [reference] if isinstance(reference, str) else reference


class TokenF1(evaluate.Metric):
    def _info(self):
        return evaluate.MetricInfo(
            description=_DESCRIPTION,
            citation="",
            inputs_description=_KWARGS_DESCRIPTION,
            features=datasets.Features(
                {"predictions": datasets.Value("string"), "references": datasets.Sequence(datasets.Value("string"))}
            ),
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
            raise ValueError("token_f1: no predictions to score")
        rows = [[r for r in refs if r is not None] for refs in references]
        if any(not refs for refs in rows):
            raise ValueError("token_f1: every row needs at least one reference")
        per_row = [100.0 * max(token_f1(pred, ref) for ref in refs) for pred, refs in zip(predictions, rows)]
        return {"score": sum(per_row) / len(per_row), "per_row": per_row}
