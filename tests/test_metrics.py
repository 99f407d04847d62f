"""Tests for playground.eval.metrics and the local evaluate modules behind it (offline)."""

import re
import unicodedata

import pytest
import sacrebleu
from rouge_score import rouge_scorer

from playground.eval import metrics
from playground.eval.metrics import METRIC_DIR, METRICS, MetricResult, compute, compute_all, load_metric

# Each case: predictions, references (a row is a str or a list of str; rows may differ in length).
MT_CASES = [
    (
        ["The cat sat on the mat.", "It is raining today.", "Hello world"],
        ["The cat is sitting on the mat.", "Today it rains.", "Hello, world!"],
    ),
    (
        ["the quick brown fox jumps over the lazy dog", "a b c d e f"],
        [
            ["the fast brown fox jumped over the lazy dog", "a quick brown fox leaps over a lazy dog"],
            ["a b c d e f g", "f e d c b a"],
        ],
    ),
    (  # unequal numbers of references per row, including a row that is a bare string
        ["La startup a levé des fonds.", "Il pleut à Paris", "Le chat dort", "nothing matches here"],
        [
            ["La start-up a levé des fonds."],
            ["Il pleut sur Paris", "À Paris, il pleut", "Paris est sous la pluie"],
            "Le chat dort.",
            ["something else entirely", "completely different"],
        ],
    ),
]


def _rows(references):
    return [[r] if isinstance(r, str) else list(r) for r in references]


def _streams_by_repetition(rows):
    # Repeating a row's own first reference changes no BLEU/chrF statistic, which gives
    # an expected value that does not depend on how sacrebleu treats None padding.
    width = max(len(r) for r in rows)
    return [[r[i] if i < len(r) else r[0] for r in rows] for i in range(width)]


def _streams_with_none(rows):
    width = max(len(r) for r in rows)
    return [[r[i] if i < len(r) else None for r in rows] for i in range(width)]


@pytest.mark.parametrize("predictions,references", MT_CASES)
def test_bleu_matches_sacrebleu(predictions, references):
    rows = _rows(references)
    result = compute("bleu", predictions, references)
    expected = sacrebleu.corpus_bleu(predictions, _streams_with_none(rows)).score
    assert result.score == expected
    assert result.score == pytest.approx(sacrebleu.corpus_bleu(predictions, _streams_by_repetition(rows)).score)
    assert result.per_row == tuple(sacrebleu.sentence_bleu(p, r).score for p, r in zip(predictions, rows))


def test_bleu_extras():
    predictions, references = MT_CASES[2]
    out = load_metric("bleu").compute(predictions=predictions, references=_rows(references))
    ref = sacrebleu.corpus_bleu(predictions, _streams_with_none(_rows(references)))
    assert out["precisions"] == pytest.approx(ref.precisions)
    assert (out["bp"], out["sys_len"], out["ref_len"]) == (pytest.approx(ref.bp), ref.sys_len, ref.ref_len)


@pytest.mark.parametrize("predictions,references", MT_CASES)
def test_chrf_matches_sacrebleu(predictions, references):
    rows = _rows(references)
    result = compute("chrf", predictions, references)
    assert result.score == sacrebleu.corpus_chrf(predictions, _streams_with_none(rows)).score
    assert result.score == pytest.approx(sacrebleu.corpus_chrf(predictions, _streams_by_repetition(rows)).score)
    assert result.per_row == tuple(sacrebleu.sentence_chrf(p, r).score for p, r in zip(predictions, rows))


def _rouge_l_expected(predictions, references, tokenizer=None):
    scorer = rouge_scorer.RougeScorer(["rougeL"], tokenizer=tokenizer)
    per_row = [
        100 * max(scorer.score(ref, pred)["rougeL"].fmeasure for ref in refs)
        for pred, refs in zip(predictions, _rows(references))
    ]
    return sum(per_row) / len(per_row), per_row


def test_rouge_l_matches_rouge_score_on_ascii():
    predictions, references = MT_CASES[1]
    score, per_row = _rouge_l_expected(predictions, references)
    result = compute("rouge_l", predictions, references)
    assert result.score == pytest.approx(score)
    assert result.per_row == pytest.approx(per_row)


class _Words:
    def tokenize(self, text):
        return re.findall(r"[^\W_]+", unicodedata.normalize("NFC", text).lower())


def test_rouge_l_keeps_accented_words():
    predictions, references = MT_CASES[2]
    score, per_row = _rouge_l_expected(predictions, references, tokenizer=_Words())
    assert compute("rouge_l", predictions, references).per_row == pytest.approx(per_row)
    # The stock tokenizer drops "à" entirely; ours keeps it as a word.
    assert compute("rouge_l", ["à Paris"], ["Paris"]).score == pytest.approx(200 / 3)
    stock = load_metric("rouge_l").compute(predictions=["à Paris"], references=[["Paris"]], tokenizer="rouge_score")
    assert stock["score"] == pytest.approx(100.0)


@pytest.mark.parametrize(
    "prediction,reference,em",
    [
        ("La startup a levé des fonds", "startup a levé fonds", 100.0),
        ("L'entreprise", "entreprise", 100.0),
        ("l’entreprise Renault", "Entreprise Renault", 100.0),  # typographic apostrophe
        ("Paris!", "paris", 100.0),
        ("« Paris »", "Paris.", 100.0),
        ("The Eiffel Tower", "eiffel   tower", 100.0),
        ("élève", "eleve", 0.0),  # accents are kept
        ("d'accord", "accord", 0.0),  # only the article l' is elided, not d'
    ],
)
def test_exact_match_normalisation(prediction, reference, em):
    assert compute("exact_match", [prediction], [reference]).score == em


def test_exact_match_max_over_references_and_mean():
    result = compute("exact_match", ["Marie Curie", "Pierre"], [["Pierre Curie", "marie curie."], ["Marie"]])
    assert result.per_row == (100.0, 0.0)
    assert result.score == 50.0


@pytest.mark.parametrize(
    "prediction,references,f1",
    [
        ("the quick brown fox", ["quick fox jumps"], 200 / 3),  # p = r = 2/3
        ("Marie Curie", ["Pierre Curie", "Curie"], 200 / 3),  # max(0.5, p=0.5 r=1 -> 2/3)
        ("La startup a levé des fonds", ["startup a levé fonds"], 100.0),
        ("l'entreprise a levé", ["entreprise"], 100 * 2 * (1 / 2) * 1 / (1 / 2 + 1)),
        ("élève", ["eleve"], 0.0),
        ("the", ["a"], 100.0),  # both normalise to nothing
        ("", ["something"], 0.0),
        ("fonds fonds fonds", ["fonds"], 100 * 2 * (1 / 3) * 1 / (1 / 3 + 1)),  # multiset overlap
    ],
)
def test_token_f1(prediction, references, f1):
    result = compute("token_f1", [prediction], [references])
    assert result.score == pytest.approx(f1)
    assert result.per_row == pytest.approx((f1,))


def test_normalisation_copies_are_identical():
    def block(name):
        text = (METRIC_DIR / name / f"{name}.py").read_text(encoding="utf-8")
        return text[text.index("# --- normalisation") : text.index("# --- end normalisation ---")]

    assert block("exact_match") == block("token_f1")


@pytest.mark.parametrize("name", METRICS)
def test_result_shape_and_bare_string_references(name):
    predictions, references = MT_CASES[0]
    result = compute(name, predictions, references)
    assert isinstance(result, MetricResult) and result.name == name
    assert len(result.per_row) == len(predictions)
    assert all(0.0 <= x <= 100.0 for x in (result.score, *result.per_row))
    assert compute(name, predictions, _rows(references)) == result
    # Direct module use with bare (or mixed) string rows must not split them into characters.
    for predictions, references in (MT_CASES[0], MT_CASES[2]):
        direct = load_metric(name).compute(predictions=predictions, references=references)
        assert direct["score"] == pytest.approx(compute(name, predictions, _rows(references)).score)


def test_compute_all():
    predictions, references = MT_CASES[1]
    results = compute_all(METRICS, predictions, references)
    assert list(results) == list(METRICS)
    assert results["bleu"] == compute("bleu", predictions, references)


@pytest.mark.parametrize("fn", [compute, lambda n, p, r: compute_all([n], p, r)])
def test_input_errors(fn):
    with pytest.raises(ValueError, match="empty"):
        fn("bleu", [], [])
    with pytest.raises(ValueError, match="length mismatch: 2 predictions but 1"):
        fn("token_f1", ["a", "b"], ["a"])
    with pytest.raises(ValueError, match="reference row 1 is empty"):
        fn("chrf", ["a", "b"], [["a"], []])


def test_load_metric_is_cached():
    assert load_metric("chrf") is load_metric("chrf")


def test_unknown_metric_raises_value_error(monkeypatch):
    import evaluate

    def offline(path, **kwargs):
        raise ConnectionError("Hub unreachable")

    # Stands in for the Hub so the test neither needs nor waits on the network.
    monkeypatch.setattr(evaluate, "load", offline)
    with pytest.raises(ValueError, match="unknown metric 'no_such_metric'"):
        metrics.load_metric("no_such_metric")


@pytest.mark.parametrize("prediction, reference, agrees", [
    ("Make it sound like Shakespeare wrote it.", "Rewrite this in Elizabethan English, as Shakespeare would.", True),
    ("Translate it into Spanish.", "Put this in Spanish, please.", True),
    ("Kindly add the emoji 🎉 to the text.", "Explain this to a five-year-old.", False),
    ("Make the text lowercase.", "Turn this into a formal email.", False),
    ("Shorten it.", "Say the same thing in fewer words.", True),
    ("Turn this into a LinkedIn post.", "Rewrite it as a tweet.", True),  # one family: genre and format
    ("I don't know.", "I don't know.", False),  # "other" matches nothing, not even itself
])
def test_instruction_family_agreement(prediction, reference, agrees):
    assert compute("instruction_family", [prediction], [reference]).score == (100.0 if agrees else 0.0)


def test_instruction_family_reads_the_hand_labelled_challenge_families():
    """The judge of "names the right family" agrees with the hand labels of every challenge reference."""
    import json

    from playground.features.tasks import EXAMPLES_DIR

    family = load_metric("instruction_family")  # the module's own family(), as the metric runs it
    module = __import__(type(family).__module__, fromlist=["family"])
    rows = [json.loads(line) for line in (EXAMPLES_DIR / "prompt_recovery" / "challenge.jsonl").open()]
    assert [module.family(r["reference"]) for r in rows] == [r["family"] for r in rows]
