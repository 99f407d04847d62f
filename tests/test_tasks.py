"""Tests for playground.features.tasks: task lookup, field validation, prompts and split loading."""

import json
import re

import pytest

from playground.core.messages import Messages
from playground.features.tasks import EXAMPLES_DIR, SPLITS, TASKS, Task, TaskField, get_task

EXPECTED_FIELDS = {
    "linkedin_post": ["theme", "tone", "audience", "cta"],
    "marketing_copy": ["prompt", "platform", "tone", "industry", "max_length"],
    "domain_qa": ["question"],
    "prompt_recovery": ["original_text", "rewritten_text"],
    "elevator_pitch": ["position", "experience", "goals", "strengths"],
}
VALID = {
    "linkedin_post": {"theme": "Leadership", "tone": "Grateful", "audience": "Students",
                      "cta": "Share your best tip in the comments"},
    "marketing_copy": {"prompt": "Announce our new running shoes", "platform": "instagram", "tone": "casual",
                       "industry": "fitness", "max_length": "40"},
    "domain_qa": {"question": "Qu'est-ce que le MRR ?"},
    "prompt_recovery": {"original_text": "We met today. It went well.", "rewritten_text": "WE MET TODAY. IT WENT WELL."},
    "elevator_pitch": {"position": "Data Analyst", "experience": "a data analyst at a retail company",
                       "goals": "to turn data into better decisions", "strengths": "analytical thinking"},
}


def test_the_five_tasks_and_their_fields():
    assert list(TASKS) == list(EXPECTED_FIELDS)
    for name, fields in EXPECTED_FIELDS.items():
        task = get_task(name)
        assert isinstance(task, Task) and task.name == name
        assert [f.name for f in task.fields] == fields
        assert task.primary_metric in task.metrics
        assert task.system_prompt and task.max_new_tokens > 0


@pytest.mark.parametrize("bad", ["nope", "", None, ["linkedin_post"], "LinkedIn_Post"])
def test_get_task_unknown_names_list_the_valid_ones(bad):
    with pytest.raises(ValueError) as err:
        get_task(bad)
    for name in TASKS:
        assert name in str(err.value)


@pytest.mark.parametrize("name", list(TASKS))
def test_validate_fields_strips_and_keeps_declaration_order(name):
    raw = {k: f"  {v}  " for k, v in reversed(list(VALID[name].items()))}
    clean = get_task(name).validate_fields(raw)
    assert list(clean) == EXPECTED_FIELDS[name]
    for k, v in VALID[name].items():
        assert clean[k] == (int(v) if k == "max_length" else v)


@pytest.mark.parametrize("name", list(TASKS))
def test_missing_or_blank_required_field_is_named(name):
    task = get_task(name)
    required = [f for f in task.fields if f.required]
    for field in required:
        for value in (None, "", "   \n"):
            fields = dict(VALID[name], **{field.name: value})
            with pytest.raises(ValueError, match=rf"{field.label}.*\({field.name}\).*required"):
                task.validate_fields(fields)
        fields = {k: v for k, v in VALID[name].items() if k != field.name}
        with pytest.raises(ValueError, match=rf"\({field.name}\)"):
            task.validate_fields(fields)


def test_unknown_field_is_named_with_the_valid_ones():
    task = get_task("domain_qa")
    with pytest.raises(ValueError) as err:
        task.validate_fields({"question": "What is ARR?", "answer": "x"})
    assert "'answer'" in str(err.value) and "question" in str(err.value)


def test_non_dict_fields_are_rejected():
    refusal = Messages.TASK_FIELDS_NOT_DICT.format(task="domain_qa", kind="list")
    with pytest.raises(ValueError, match=re.escape(refusal)):
        get_task("domain_qa").validate_fields(["What is ARR?"])


def test_too_long_value_names_the_field_and_the_limit():
    task = get_task("linkedin_post")
    limit = next(f.max_chars for f in task.fields if f.name == "theme")
    with pytest.raises(ValueError, match=rf"Theme.*\(theme\).*{limit + 1} characters.*limit is {limit}"):
        task.validate_fields(dict(VALID["linkedin_post"], theme="x" * (limit + 1)))
    assert task.validate_fields(dict(VALID["linkedin_post"], theme="x" * limit))["theme"] == "x" * limit


def test_non_text_values():
    task = get_task("domain_qa")
    assert task.validate_fields({"question": 42}) == {"question": "42"}
    where = Messages.TASK_FIELD.format(label="Question", name="question")
    for bad in (True, ["a"], {"a": 1}):
        refusal = Messages.BAD_TYPE.format(name=where, kind="text", got=type(bad).__name__)
        with pytest.raises(ValueError, match=re.escape(refusal)):
            task.validate_fields({"question": bad})


def test_max_length_is_an_optional_bounded_integer():
    task = get_task("marketing_copy")
    base = {k: v for k, v in VALID["marketing_copy"].items() if k != "max_length"}
    assert task.validate_fields(base)["max_length"] == 60
    assert task.validate_fields(dict(base, max_length="  "))["max_length"] == 60
    for value, expected in (("40", 40), (40, 40), (40.0, 40), (" 10 ", 10), (400, 400)):
        assert task.validate_fields(dict(base, max_length=value))["max_length"] == expected
    label = next(f.label for f in task.fields if f.name == "max_length")
    where = Messages.TASK_FIELD.format(label=label, name="max_length")
    for bad in ("forty", "4.5", 40.5, True, 9, 401, -5, [40]):
        refusal = Messages.TASK_FIELD_BAD_WORD_COUNT.format(field=where, low=10, high=400, value=bad)
        with pytest.raises(ValueError, match=re.escape(refusal)):
            task.validate_fields(dict(base, max_length=bad))


@pytest.mark.parametrize("name", list(TASKS))
def test_build_messages_puts_every_value_in_the_user_message(name):
    task = get_task(name)
    messages = task.build_messages(VALID[name])
    assert [m["role"] for m in messages] == ["system", "user"]
    assert messages[0]["content"] == task.system_prompt
    user = messages[1]["content"]
    if task.instruction:
        assert user.splitlines()[0] == task.instruction
    for field in task.fields:
        assert f"{field.label}:" in user
        assert str(VALID[name][field.name]).strip() in user


def test_build_messages_puts_multiline_values_on_their_own_lines():
    task = get_task("prompt_recovery")
    fields = {"original_text": "Line one.\nLine two.", "rewritten_text": "- Line one.\n- Line two."}
    user = task.build_messages(fields)[1]["content"]
    assert "Original text:\nLine one.\nLine two." in user
    assert "Rewritten text:\n- Line one.\n- Line two." in user


def test_build_messages_validates_first():
    with pytest.raises(ValueError, match=r"\(cta\)"):
        get_task("linkedin_post").build_messages(dict(VALID["linkedin_post"], cta=""))


def test_task_field_without_int_range_keeps_text():
    field = TaskField("note", "Note", required=False, default="n/a", max_chars=10)
    assert field.clean(None) == "n/a"
    assert field.clean(" hi ") == "hi"


def test_load_split_reads_rows_and_rejects_unknown_splits(tmp_path):
    task = get_task("domain_qa")
    rows = [{"fields": {"question": "Qu'est-ce que l'ARR ?"}, "reference": "L'ARR : le revenu annuel récurrent."},
            {"fields": {"question": "What is MRR?"}, "reference": "Monthly Recurring Revenue (MRR): ..."}]
    (tmp_path / "domain_qa").mkdir()
    text = "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n\n"
    (tmp_path / "domain_qa" / "train.jsonl").write_text(text, encoding="utf-8")
    assert task.load_split("train", root=tmp_path) == rows
    refusal = Messages.EVAL_BAD_SPLIT.format(split="dev", splits="train, validation, test, challenge")
    with pytest.raises(ValueError, match=re.escape(refusal)):
        task.load_split("dev", root=tmp_path)


@pytest.mark.parametrize("name", list(TASKS))
def test_committed_splits_load(name):
    task = get_task(name)
    for split in SPLITS:
        rows = task.load_split(split)
        assert rows and all(set(r) == {"fields", "reference"} for r in rows)
    assert (EXAMPLES_DIR / name / "train.jsonl").is_file()
