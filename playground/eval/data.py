"""Held-out rows for an evaluation: :func:`load_rows` reads a JSONL or CSV file into :class:`EvalRow` objects.

A row gives either a task's ``fields`` (rendered with the task's prompt) or a free ``prompt``, plus one
``reference`` or a list of them. Every problem is a :class:`DataError` that names the file, the row and
what is wrong (the wording is in :class:`playground.core.messages.Messages`); sizes, row counts and
prompt lengths are checked against the :class:`~playground.core.limits.Limits` passed in.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path

from playground.core.limits import Limits
from playground.core.messages import Messages
from playground.core.types import RequestError
from playground.features.tasks import Task, get_task


class DataError(RequestError):
    """A data file that cannot be evaluated; the message names the row and the problem."""


@dataclass(frozen=True)
class EvalRow:
    """One held-out example: its input (task fields or a prompt), references and chat messages."""

    number: int                       # row number in the file, 1-based (CSV: after the header)
    references: tuple[str, ...]
    messages: tuple[dict, ...]
    fields: dict | None = None
    prompt: str | None = None
    family: str = ""  # a label of the row's kind, for per-family reports (the challenge splits name one)

    @property
    def input_text(self) -> str:
        """What the user message says (the rendered fields, or the prompt)."""
        return self.messages[-1]["content"]

    def to_dict(self) -> dict:
        row = {"row": self.number, "fields": self.fields, "prompt": self.prompt, "input": self.input_text,
               "reference": list(self.references)}
        return {**row, "family": self.family} if self.family else row


def load_rows(path: str | Path, task: Task | str | None, limit: int | None = None, *,
              limits: Limits = Limits()) -> list[EvalRow]:
    """Read a JSONL or CSV data file into rows (the first ``limit``); :class:`DataError` names the row and the
    problem. ``limits`` bounds the file size, the rows a run scores and the length of a prompt."""
    path = Path(path)
    task = get_task(task) if isinstance(task, str) else task
    name = path.name
    if not path.is_file():
        raise DataError(Messages.DATA_NOT_FOUND.format(name=name))
    suffix = path.suffix.lower()
    if suffix not in (".jsonl", ".csv"):
        raise DataError(Messages.DATA_BAD_TYPE.format(name=name, suffix=suffix))
    size = path.stat().st_size
    if size > limits.max_upload_mb * 1024 * 1024:
        raise DataError(Messages.DATA_TOO_BIG.format(name=name, size=size / 2**20, limit=limits.max_upload_mb))
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as err:
        raise DataError(Messages.DATA_NOT_UTF8.format(name=name, error=err.reason)) from None
    try:
        raw = _jsonl_records(text, name) if suffix == ".jsonl" else _csv_records(text, name, task)
    except csv.Error as err:  # e.g. a cell over the csv module's 128 KB field limit
        raise DataError(Messages.CSV_BAD.format(name=name, error=str(err).split(" (")[0])) from None
    rows = [_make_row(number, record, task, name, limits.max_prompt_chars) for number, record in raw]
    if not rows:
        raise DataError(Messages.DATA_EMPTY.format(name=name))
    rows = rows[:limit] if limit else rows
    if len(rows) > limits.max_eval_rows:
        raise DataError(Messages.DATA_TOO_MANY_ROWS.format(name=name, count=len(rows), limit=limits.max_eval_rows))
    return rows


def _row_error(name: str, row: int, problem: str) -> DataError:
    return DataError(Messages.DATA_ROW.format(name=name, row=row, problem=problem))


def _jsonl_records(text: str, name: str) -> list[tuple[int, dict]]:
    records = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise _row_error(name, number, Messages.ROW_BAD_JSON.format(error=err.msg)) from None
        except RecursionError:
            raise _row_error(name, number, Messages.ROW_TOO_DEEP) from None
        if not isinstance(record, dict):
            raise _row_error(name, number, Messages.ROW_NOT_OBJECT.format(kind=type(record).__name__))
        unknown = sorted(set(record) - {"fields", "prompt", "reference", "id", "family"})
        if unknown:
            raise _row_error(name, number, Messages.ROW_UNKNOWN_KEYS.format(keys=", ".join(map(repr, unknown))))
        records.append((number, record))
    return records


def _csv_records(text: str, name: str, task: Task | None) -> list[tuple[int, dict]]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [h.strip() for h in (reader.fieldnames or []) if h is not None]
    if not header or not any(header):
        raise DataError(Messages.CSV_NO_HEADER.format(name=name))
    field_names = [f.name for f in task.fields] if task else []
    allowed = {"reference", "prompt", "id", *field_names}
    unknown = [h for h in header if h not in allowed]
    if unknown:
        inputs = (f"the task fields ({', '.join(field_names)}) or prompt" if task
                  else "prompt (or pick the task whose fields these are)")
        raise DataError(Messages.CSV_UNKNOWN_COLUMNS.format(name=name, columns=", ".join(map(repr, unknown)),
                                                   expected=f"{inputs}, plus reference"))
    records = [(number, _csv_record(raw, field_names)) for number, raw in enumerate(reader, start=1)]
    return [(number, record) for number, record in records if record is not None]


def _csv_record(raw: dict, field_names: list[str]) -> dict | None:
    """One CSV row as a record like a JSONL line's; None for a blank line."""
    values = {(k or "").strip(): v for k, v in raw.items() if k is not None}
    if not any((v or "").strip() for v in values.values()):
        return None
    record: dict = {}
    if "reference" in values:
        record["reference"] = _csv_reference(values["reference"])
    if "prompt" in values and (values["prompt"] or "").strip():
        record["prompt"] = values["prompt"]
    fields = {k: v for k, v in values.items() if k in field_names and v is not None}
    if any((v or "").strip() for v in fields.values()):
        record["fields"] = fields
    elif "prompt" in values and "prompt" not in record:
        record["prompt"] = values["prompt"] or ""
    return record


def _csv_reference(value: str | None):
    """A CSV cell: plain text, or a JSON list of strings for several references."""
    text = (value or "").strip()
    if text.startswith("["):
        try:
            parsed = json.loads(text)
        except json.JSONDecodeError:
            return value
        return parsed
    return value


def _make_row(number: int, record: dict, task: Task | None, name: str, max_prompt_chars: int) -> EvalRow:
    has_fields, has_prompt = "fields" in record, "prompt" in record
    if has_fields and has_prompt:
        raise _row_error(name, number, Messages.ROW_BOTH_INPUTS)
    if not has_fields and not has_prompt:
        raise _row_error(name, number, Messages.ROW_NO_INPUT)
    references = _references(record, number, name)
    family = record.get("family", "")
    if not isinstance(family, str):
        raise _row_error(name, number, Messages.ROW_BAD_FAMILY.format(kind=type(family).__name__))
    if has_fields:
        if task is None:
            raise _row_error(name, number, Messages.ROW_FIELDS_NEED_TASK)
        if not isinstance(record["fields"], dict):
            raise _row_error(name, number, Messages.ROW_FIELDS_NOT_OBJECT)
        try:
            fields = task.validate_fields(record["fields"])
            messages = task.build_messages(fields)
        except ValueError as err:
            raise _row_error(name, number, str(err)) from None
        return EvalRow(number, references, tuple(messages), fields=fields, family=family)
    prompt = record["prompt"]
    if not isinstance(prompt, str) or not prompt.strip():
        raise _row_error(name, number, Messages.ROW_EMPTY_PROMPT)
    prompt = prompt.strip()
    if len(prompt) > max_prompt_chars:
        raise _row_error(name, number, Messages.ROW_PROMPT_TOO_LONG.format(chars=len(prompt), limit=max_prompt_chars))
    # With a task, a prompt row keeps the task's system prompt: it replaces only the user message.
    head = ({"role": "system", "content": task.system_prompt},) if task else ()
    return EvalRow(number, references, (*head, {"role": "user", "content": prompt}), prompt=prompt, family=family)


def _references(record: dict, number: int, name: str) -> tuple[str, ...]:
    if "reference" not in record or record["reference"] is None or record["reference"] == "":
        raise _row_error(name, number, Messages.ROW_NO_REFERENCE)
    value = record["reference"]
    refs = [value] if isinstance(value, str) else value
    if not isinstance(refs, list) or not refs or not all(isinstance(r, str) and r.strip() for r in refs):
        raise _row_error(name, number, Messages.ROW_BAD_REFERENCE.format(value=value))
    return tuple(r.strip() for r in refs)
