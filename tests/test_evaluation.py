"""The eval runner: loading data, bad-file messages, statistics, a real run, and the CLI."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from playground.core.config import REPO_ROOT, AppConfig
from playground.core.limits import Limits
from playground.core.types import GenerationParams, RequestError, Row
from playground.eval.card import CARD_END, CARD_START, card_section, update_card
from playground.eval.cli import main, make_parser, parse
from playground.eval.config import EvalConfig
from playground.eval.data import DataError, EvalRow, load_rows
from playground.eval.report import EvalResult, VariantReport
from playground.eval.runner import run_eval
from playground.eval.stats import paired_bootstrap, win_tie_loss
from playground.features.tasks import get_task

QA = get_task("domain_qa")
QA_ROWS = [
    {"fields": {"question": "What is churn?"}, "reference": "Churn is the share of customers who stop paying."},
    {"fields": {"question": "What does MRR mean?"}, "reference": ["Monthly recurring revenue.", "MRR"]},
    {"fields": {"question": "Qu'est-ce que le SEO ?"}, "reference": "Le SEO est le référencement naturel."},
]


def write_lines(path: Path, lines: list) -> Path:
    path.write_text("\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines) + "\n",
                    encoding="utf-8")
    return path


@pytest.fixture
def qa_file(tmp_path) -> Path:
    return write_lines(tmp_path / "qa.jsonl", QA_ROWS)


# ----- loading ------------------------------------------------------------------------------
def test_jsonl_rows_use_the_task_prompt_and_keep_every_reference(qa_file):
    rows = load_rows(qa_file, QA)
    assert [r.number for r in rows] == [1, 2, 3]
    assert rows[0].messages == tuple(QA.build_messages({"question": "What is churn?"}))
    assert rows[1].references == ("Monthly recurring revenue.", "MRR")
    assert load_rows(qa_file, "domain_qa", limit=2)[-1].number == 2


def test_csv_with_field_columns_and_a_json_list_reference(tmp_path):
    path = tmp_path / "pitch.csv"
    path.write_text('position,experience,goals,strengths,reference\n'
                    'Data Analyst,retail data,better decisions,clear writing,"[""I turn data into decisions."", '
                    '""Data, made useful.""]"\n'
                    'UX Designer,apps,simple products,empathy,I design simple apps.\n', encoding="utf-8")
    rows = load_rows(path, "elevator_pitch")
    assert rows[0].fields["position"] == "Data Analyst"
    assert rows[0].references == ("I turn data into decisions.", "Data, made useful.")
    assert rows[1].references == ("I design simple apps.",)
    assert "Position: UX Designer" in rows[1].input_text


def test_prompt_rows_without_a_task_and_with_one(tmp_path):
    path = tmp_path / "free.csv"
    path.write_text("prompt,reference\nSay hi.,Hi!\n", encoding="utf-8")
    plain = load_rows(path, None)[0]
    assert plain.messages == ({"role": "user", "content": "Say hi."},) and plain.prompt == "Say hi."
    with_task = load_rows(path, QA)[0]
    assert with_task.messages[0] == {"role": "system", "content": QA.system_prompt}
    fields = write_lines(tmp_path / "fields.jsonl", QA_ROWS[:1])
    with pytest.raises(DataError, match="fields.jsonl, row 1: the row has task fields but no task was chosen"):
        load_rows(fields, None)


def test_the_shipped_test_split_loads():
    rows = load_rows(REPO_ROOT / "examples" / "domain_qa" / "test.jsonl", QA)
    assert len(rows) > 20 and all(r.references and r.fields for r in rows)


@pytest.mark.parametrize("name", ["domain_qa", "prompt_recovery", "elevator_pitch", "linkedin_post", "marketing_copy"])
def test_every_task_has_a_hand_written_challenge_split(name):
    config = EvalConfig(task=name, split="challenge", variants=["base"])
    assert config.data_path == REPO_ROOT / "examples" / name / "challenge.jsonl"
    rows = load_rows(config.data_path, name)
    assert len(rows) >= 40 and all(r.references and r.fields for r in rows)
    if name == "domain_qa":
        assert {r.family for r in rows} == {"en", "fr"}
    if name == "prompt_recovery":  # the kinds of instruction of the issue, each several times
        families = [r.family for r in rows]
        assert all(families.count(f) >= 4 for f in ("style", "tone", "audience", "genre", "length", "language",
                                                    "perspective", "inspirational", "mechanical"))


@pytest.mark.parametrize("name, lines, message", [
    ("bad.jsonl", [QA_ROWS[0], '{"fields": {"question": "x"}, "reference": '], "bad.jsonl, row 2: not valid JSON"),
    ("noref.jsonl", [QA_ROWS[0], QA_ROWS[1], {"fields": {"question": "Why?"}}], "row 3: the reference is missing"),
    ("field.jsonl", [{"fields": {"question": "Why?", "topic": "x"}, "reference": "y"}],
     "row 1: Unknown field(s) 'topic' for task 'domain_qa'"),
    ("empty.jsonl", [{"prompt": "   ", "reference": "y"}], "row 1: the prompt is empty"),
    ("list.jsonl", [["not", "an", "object"]], "row 1: expected a JSON object"),
    ("refs.jsonl", [{"prompt": "Hi", "reference": ["ok", 3]}], "row 1: the reference must be a non-empty string"),
    ("both.jsonl", [{"prompt": "Hi", "fields": {"question": "x"}, "reference": "y"}], "row 1: give either"),
    ("none.jsonl", [{"reference": "y"}], "row 1: give either 'fields' (for a task) or 'prompt'"),
    ("keys.jsonl", [{"prompt": "Hi", "refrence": "y"}], "row 1: unknown key(s) 'refrence'"),
    ("family.jsonl", [{"prompt": "Hi", "reference": "y", "family": 3}], 'row 1: "family" must be text'),
    ("required.jsonl", [{"fields": {"question": ""}, "reference": "y"}], "row 1: Field 'Question' (question) is "
                                                                          "required"),
    ("blank.jsonl", ["", "  "], "blank.jsonl has no rows"),
    ("notes.txt", ["hello"], "notes.txt: use a .jsonl or .csv file"),
])
def test_bad_files_name_the_row_and_the_problem(tmp_path, name, lines, message):
    path = write_lines(tmp_path / name, lines)
    with pytest.raises(DataError) as err:
        load_rows(path, QA)
    assert message in str(err.value)


@pytest.mark.parametrize("text, task, message", [
    ("question,answer\nWhat?,This.\n", QA, "unknown column(s) 'answer'; expected the task fields (question) or "
                                          "prompt, plus reference"),
    ("question,reference\nWhat is ARR?,Annual revenue.\nWhy?,\n", QA, "row 2: the reference is missing"),
    ("question,reference\nWhat?,x\n", None, "unknown column(s) 'question'; expected prompt (or pick the task"),
    ("", QA, "the first line must be a header"),
])
def test_bad_csv_files(tmp_path, text, task, message):
    path = tmp_path / "data.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError, match=None) as err:
        load_rows(path, task)
    assert message in str(err.value)


def test_size_row_count_and_encoding_limits(tmp_path, qa_file):
    latin = tmp_path / "latin.jsonl"
    latin.write_bytes('{"prompt": "caf\xe9", "reference": "x"}\n'.encode("latin-1"))
    with pytest.raises(DataError, match="latin.jsonl is not UTF-8 text"):
        load_rows(latin, None)
    two_rows = Limits(max_eval_rows=2)
    with pytest.raises(DataError, match="qa.jsonl has 3 rows; one run scores at most 2"):
        load_rows(qa_file, QA, limits=two_rows)
    assert len(load_rows(qa_file, QA, limit=2, limits=two_rows)) == 2  # a row limit makes a long file usable
    with pytest.raises(DataError, match=r"qa.jsonl is 0.0 MB; the upload limit is 0 MB"):
        load_rows(qa_file, QA, limits=Limits(max_upload_mb=0))
    long_prompt = write_lines(tmp_path / "long.jsonl", [{"prompt": "x" * 11, "reference": "y"}])
    with pytest.raises(DataError, match="long.jsonl, row 1: the prompt has 11 characters; the limit is 10"):
        load_rows(long_prompt, None, limits=Limits(max_prompt_chars=10))


@pytest.mark.parametrize("kwargs, message", [
    ({"task": None}, "Pick a task"),
    ({"task": "poems"}, "Unknown task 'poems'"),
    ({"variants": []}, "Pick at least one variant"),
    ({"metrics": ["bleu", "meteor"]}, "Unknown metric 'meteor'"),
    ({"limit": 0}, "limit must be an integer from 1 to"),
    ({"latency_runs": -1}, "latency_runs must be an integer from 0 to"),
])
def test_config_is_checked(kwargs, message):
    with pytest.raises(ValueError, match=message):
        EvalConfig(**{"task": "domain_qa", "variants": ["base"], **kwargs}).check(Limits())


def test_the_runner_checks_the_config_against_the_engines_limits(engine, qa_file, monkeypatch):
    monkeypatch.setattr(engine, "limits", dataclasses.replace(engine.limits, max_variants=1, max_new_tokens=8))
    with pytest.raises(RequestError, match="At most 1 variants can be generated at once; 2 were picked"):
        run_eval(engine, EvalConfig(task="domain_qa", data=str(qa_file), variants=["base", "alpha"]))
    with pytest.raises(RequestError, match="max_new_tokens must be an integer from 1 to 8"):
        run_eval(engine, EvalConfig(task="domain_qa", data=str(qa_file), max_new_tokens=9))


# ----- statistics ---------------------------------------------------------------------------
def test_win_tie_loss_counts_rows():
    assert win_tie_loss([50, 20, 30, 10], [40, 20, 35, 0]) == (2, 1, 1)


def test_paired_bootstrap_on_constructed_numbers():
    base = [10.0, 20.0, 30.0, 40.0, 50.0]
    assert paired_bootstrap([b + 5 for b in base], base) == (5.0, 5.0, 5.0)  # constant shift: no spread
    better = [12.0, 25.0, 31.0, 48.0, 52.0]  # diffs 2, 5, 1, 8, 2: all positive
    mean, low, high = paired_bootstrap(better, base)
    assert mean == pytest.approx(3.6) and 1.0 <= low < mean < high <= 8.0
    assert paired_bootstrap(better, base) == (mean, low, high)  # fixed seed
    noisy = [b + d for b, d in zip(base, [10, -10, 5, -5, 0])]
    mean, low, high = paired_bootstrap(noisy, base)
    assert mean == 0 and low < 0 < high


# ----- the runner -----------------------------------------------------------------------------
def test_run_eval_batches_rows_and_variants(engine, qa_file):
    seen = []
    config = EvalConfig(task="domain_qa", data=str(qa_file), variants=["base", "alpha"], max_new_tokens=16,
                        latency_runs=2)
    result = run_eval(engine, config, progress=lambda done, total: seen.append((done, total)))
    assert result.generate_calls == 1  # 3 rows x 2 variants in one generate
    assert seen[-1] == (10, 10) and [d for d, _ in seen] == sorted(d for d, _ in seen)  # 6 generations + 2x2 timed
    assert result.reports["base"].outputs[0].text != result.reports["alpha"].outputs[0].text

    data = json.loads(result.to_json())
    assert data["metrics"] == ["exact_match", "token_f1"] and data["primary_metric"] == "token_f1"
    for name in ("base", "alpha"):
        variant = data["variants"][name]
        assert set(variant["metrics"]) == {"exact_match", "token_f1"}
        assert all(0 <= v <= 100 for v in variant["metrics"].values())
        assert variant["latency_batched"]["p50_s"] > 0 and variant["ttft_p50_s"] > 0
        assert variant["latency_single"]["runs"] == 2 and variant["latency_single"]["p95_s"] > 0
        assert variant["tokens_per_s"] > 0 and variant["peak_memory_mb"] > 100
    comp = data["comparison"]["alpha"]
    assert comp["wins"] + comp["ties"] + comp["losses"] == 3
    assert comp["deltas"]["token_f1"]["low"] <= comp["deltas"]["token_f1"]["mean_row_delta"] \
        <= comp["deltas"]["token_f1"]["high"]
    row = data["rows"][1]
    assert row["reference"] == ["Monthly recurring revenue.", "MRR"]
    assert row["fields"] == {"question": "What does MRR mean?"}
    assert set(row["outputs"]["alpha"]["scores"]) == {"exact_match", "token_f1"}

    table = result.markdown_table().splitlines()
    assert table[0] == ("| Model variant | EM | F1 | Latency p50 (single request) | Latency p95 (single request) "
                        "| Peak RSS |")
    assert table[2].startswith("| base | ") and table[3].startswith("| alpha | ")
    assert result.comparison_table().splitlines()[2].startswith("| alpha | ")
    assert result.to_csv().splitlines()[0] == ("row,input,reference,base: output,base: EM,base: F1,"
                                                "alpha: output,alpha: EM,alpha: F1")



def test_batched_eval_outputs_equal_single_requests_unquantized(exact_engine, qa_file):
    """The runner's batch (shared-header prefill, padding, rows dropping out) changes no greedy token."""
    config = EvalConfig(task="domain_qa", data=str(qa_file), variants=["base", "alpha"], max_new_tokens=16,
                        latency_runs=0)
    result = run_eval(exact_engine, config)
    params = config.greedy_params()  # 16 new tokens at domain_qa's repetition penalty, 1.05
    for name in config.variants:
        for i, row in enumerate(result.rows):
            alone = exact_engine.generate([Row(name, row.messages)], params)[0]
            assert result.reports[name].outputs[i].token_ids == alone.token_ids, (name, i)

def test_every_variant_gets_the_rows_prompt_and_greedy_settings(engine, qa_file):
    # One row per call (base + beta): each output is exactly what a single request returns.
    # (Random test adapters amplify float rounding, so big batches are compared on the base only.)
    config = EvalConfig(task="domain_qa", data=str(qa_file), variants=["base", "beta"], max_new_tokens=12,
                        batch_rows=1, metrics=["exact_match"])
    result = run_eval(engine, config)
    assert result.generate_calls == 3 and result.comparisons["beta"].primary_metric == "exact_match"
    params = config.greedy_params()
    for i, row in enumerate(result.rows):
        for name in ("base", "beta"):
            alone = engine.generate([Row(name, row.messages)], params)[0]
            assert result.reports[name].outputs[i].token_ids == alone.token_ids, (i, name)


def test_unknown_variant_is_refused_before_generating(engine, qa_file):
    with pytest.raises(RequestError, match="Unknown variant 'nope'"):
        run_eval(engine, EvalConfig(task="domain_qa", data=str(qa_file), variants=["base", "nope"]))


def test_a_cancelled_run_stops_between_calls(engine, qa_file):
    cancel = threading.Event()
    config = EvalConfig(task="domain_qa", data=str(qa_file), variants=["base"], max_new_tokens=4, batch_rows=1)
    calls = []
    with pytest.raises(RequestError, match="Evaluation stopped"):
        run_eval(engine, config, progress=lambda done, total: (calls.append(done), cancel.set()), cancel=cancel)
    assert calls == [1]  # the first call finished, the other two never started
    assert engine.generate([Row("base", ({"role": "user", "content": "Hi"},))], GenerationParams(max_new_tokens=2))


# ----- command line and model card -------------------------------------------------------------
def test_cli_writes_results_and_the_adapter_card(engine, qa_file, tmp_path, capsys):
    card = tmp_path / "alpha"
    card.mkdir()
    front = "---\nbase_model: HuggingFaceTB/SmolLM2-135M-Instruct\ntask: domain_qa\n---\n# alpha\n\nNotes.\n"
    (card / "README.md").write_text(front, encoding="utf-8")
    code = main(["--task", "domain_qa", "--data", str(qa_file), "--variants", "base,alpha", "--limit", "2",
                 "--latency-runs", "0", "--max-new-tokens", "12", "--card", str(card)], engine=engine)
    assert code == 0
    printed = capsys.readouterr().out
    assert "| Model variant | EM | F1 | Latency p50 (batched) | Latency p95 (batched) | Peak RSS |" in printed
    assert "| alpha | " in printed and "Variant vs base" in printed
    out = card / "eval_results.json"  # --out defaults to the card's folder
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["rows"]) == 2 and set(data["variants"]) == {"base", "alpha"}
    assert not list(card.glob(".*.tmp"))  # the atomic writes left no temp file

    readme = (card / "README.md").read_text(encoding="utf-8")
    assert readme.startswith(front) and readme.count(CARD_START) == 1 and "## Evaluation\n\n" + CARD_START in readme
    assert "| alpha | " in readme
    # Writing the card again replaces the section instead of adding a second one.
    result = run_eval(engine, EvalConfig(task="domain_qa", data=str(qa_file), variants=["base"], limit=1,
                                         max_new_tokens=4))
    update_card(card / "README.md", card_section(result))
    again = (card / "README.md").read_text(encoding="utf-8")
    assert again.startswith(front) and again.count(CARD_START) == again.count(CARD_END) == 1
    assert again.count("## Evaluation") == 1 and "| alpha | " not in again and "1 rows" in again


def test_card_markers_written_by_the_trainer_keep_their_heading(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text("---\ntask: domain_qa\n---\n## Evaluation (held-out test split)\n\n"
                      f"{CARD_START}\n_Not evaluated yet._\n{CARD_END}\n\n## Limitations\n", encoding="utf-8")
    update_card(readme, "| Model variant | EM |")
    assert readme.read_text(encoding="utf-8") == (
        "---\ntask: domain_qa\n---\n## Evaluation (held-out test split)\n\n"
        f"{CARD_START}\n| Model variant | EM |\n{CARD_END}\n\n## Limitations\n")


def test_cli_flags_take_comma_lists_and_repeated_adapters():
    config, options = parse(make_parser(AppConfig()), [
        "--task", "domain_qa", "--variants", "base,alpha, beta", "--metrics", "bleu,chrf", "--limit", "5",
        "--latency-runs", "3", "--max-new-tokens", "12", "--base", "embedded", "--quantization", "none",
        "--adapters-dir", "ads", "--adapter", "one", "--adapter", "two", "--card", "ads/alpha", "--out", "r.json"])
    assert (config.variants, config.metrics, config.limit, config.latency_runs, config.max_new_tokens) == (
        ["base", "alpha", "beta"], ["bleu", "chrf"], 5, 3, 12)
    assert (options.base, options.quantization, options.adapters_dir, options.adapter, options.card,
            options.out) == ("embedded", "none", "ads", ["one", "two"], "ads/alpha", "r.json")
    config, options = parse(make_parser(AppConfig()), ["--task", "domain_qa"])
    assert config.latency_runs == 50 and config.variants == ["base"] and options.adapter == []


def test_cli_reports_a_bad_file_without_loading_the_model(tmp_path):
    bad = write_lines(tmp_path / "bad.jsonl", [{"fields": {"question": "Why?"}}])
    proc = subprocess.run([sys.executable, "-m", "playground.eval", "--task", "domain_qa", "--data", str(bad),
                           "--variants", "base", "--out", str(tmp_path / "r.json")],
                          capture_output=True, text=True, cwd=REPO_ROOT, timeout=120)
    assert proc.returncode == 2
    assert "error: bad.jsonl, row 1: the reference is missing." in proc.stderr
    assert "Traceback" not in proc.stderr and not (tmp_path / "r.json").exists()


def test_csv_export_escapes_cells_a_spreadsheet_would_run_as_formulas():
    """Issue #14: an input, reference or output starting with = + - @ (or a tab / carriage return) ran as a formula
    when the downloaded CSV was opened; it gets a leading single quote. Row numbers and scores stay numbers."""
    import csv
    import io

    from playground.core.types import VariantOutput

    dangerous = ['=HYPERLINK("http://evil.example","click")', "+1+2", "-3+4", "@SUM(A1:A2)", "\tx", "\rx"]
    rows = [EvalRow(number=i + 1, references=(text,), messages=({"role": "user", "content": text},))
            for i, text in enumerate([*dangerous, "plain text"])]
    outputs = [VariantOutput("base", text=row.references[0]) for row in rows]
    report = VariantReport(name="base", outputs=outputs, scores={"token_f1": 0.0},
                                      per_row={"token_f1": [12.5] * len(rows)}, latency={}, ttft_p50_s=None,
                                      tokens_per_s=0.0, mean_tokens=0.0, peak_memory_mb=0.0)
    result = EvalResult(config=EvalConfig(task="domain_qa"), rows=rows, reports={"base": report},
                                   comparisons={}, metrics=["token_f1"], primary_metric="token_f1", max_new_tokens=8,
                                   memory_kind="rss", wall_s=1.0, generate_calls=1, device="cpu", base_model="test")
    header, *lines = list(csv.reader(io.StringIO(result.to_csv(), newline="")))
    assert header == ["row", "input", "reference", "base: output", "base: F1"]
    for text, line in zip(dangerous, lines):
        assert line == [line[0], "'" + text, "'" + text, "'" + text, "12.50"]
    assert lines[-1] == ["7", "plain text", "plain text", "plain text", "12.50"]
    assert [line[0] for line in lines] == [str(n) for n in range(1, 8)]


def test_a_row_loops_when_it_hits_the_limit_repeating_itself():
    from playground.core.types import VariantOutput
    from playground.eval.loops import looped

    loop = "RGPD est le Réseau général des périodeurs" + " des périodeurs" * 12
    fresh = ("Minimum viable product (MVP) is a first version of a product with just enough features to test the "
             "idea with real users and learn what to build next before")
    assert looped(VariantOutput(variant="a", text=loop, finish_reason="length"))
    assert not looped(VariantOutput(variant="a", text=loop, finish_reason="stop"))  # it ended by itself
    assert not looped(VariantOutput(variant="a", text=fresh, finish_reason="length"))  # cut, but saying new things
