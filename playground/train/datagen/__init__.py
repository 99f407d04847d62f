"""Synthetic train/validation/test data for the five playground tasks.

Each task module exposes ``SIZES`` (rows per split) and ``make_row(rng, split)``, or a
``row_maker()`` factory returning a fresh one when drawing keeps state (e.g. a shuffled
deck); the helpers here turn those into disjoint splits and JSONL files. Run it as a CLI::

    python -m playground.train.datagen [--task NAME] [--out examples] [--seed 42]

or from Python: ``generate("linkedin_post", seed=42)`` / ``write_task(...)``.
"""

from __future__ import annotations

import importlib
import json
import random
from pathlib import Path
from typing import Callable

from playground.features.tasks import SPLITS, TASKS

DEFAULT_SEED = 42

# Task name -> module of this package; imported lazily so the modules can import these helpers.
TASK_MODULES = {
    "linkedin_post": "linkedin_post",
    "marketing_copy": "marketing_copy",
    "domain_qa": "domain_qa",
    "prompt_recovery": "prompt_recovery",
    "elevator_pitch": "elevator_pitch",
}

Row = dict
MakeRow = Callable[[random.Random, str], Row]


def row(fields: dict, reference: str) -> Row:
    """One dataset row in the on-disk format."""
    return {"fields": fields, "reference": reference}


def fields_key(fields: dict) -> str:
    """Canonical string of a fields dict, for exact duplicate checks."""
    return json.dumps(fields, sort_keys=True, ensure_ascii=False)


def word_count(text: str) -> int:
    """Whitespace-separated tokens: hashtags and standalone emojis count as words."""
    return len(text.split())


def pick(rng: random.Random, shared: list, held_out: list, split: str, p_held_out: float = 0.3):
    """A value for ``split``: held-out values are only ever drawn for the test split."""
    if split == "test" and held_out and rng.random() < p_held_out:
        return rng.choice(held_out)
    return rng.choice(shared)


def a_or_an(phrase: str) -> str:
    """``phrase`` preceded by the right indefinite article."""
    return ("an " if phrase[:1].lower() in "aeiou" else "a ") + phrase


def dealer(shared: list, held_out: list, make_row: MakeRow, share: float, held_out_share: dict[str, float],
           as_row: Callable[[object, random.Random], Row] = lambda item, rng: item) -> Callable[[], MakeRow]:
    """A ``row_maker`` that deals hand-written items among ``make_row``'s generated rows.

    Train deals each ``shared`` item once, in a shuffled order, at ``share`` of its rows until they are all
    used; a split named in ``held_out_share`` draws that share of its rows from ``held_out``; every other row is
    generated. ``as_row`` turns a dealt item into a row (e.g. picking one wording of its instruction).
    """

    def row_maker() -> MakeRow:
        deck: list = []
        dealt = False

        def draw(rng: random.Random, split: str) -> Row:
            nonlocal dealt
            if split == "train":
                if not dealt:
                    deck.extend(rng.sample(shared, len(shared)))
                    dealt = True
                if deck and rng.random() < share:
                    return as_row(deck.pop(), rng)
            elif split in held_out_share and held_out and rng.random() < held_out_share[split]:
                return as_row(rng.choice(held_out), rng)
            return make_row(rng, split)

        return draw

    return row_maker


def with_written(written: list[Row], make_row: MakeRow, share: float, every: int = 10,
                 test_only: Callable[[Row], bool] = lambda r: False) -> Callable[[], MakeRow]:
    """A ``row_maker`` that deals hand-written rows among ``make_row``'s generated ones (see :func:`dealer`).

    Every ``every``-th hand-written row, and every row with a value the generator holds out for test
    (``test_only``), is kept for validation (drawn for a third of its rows); train deals the others; test stays
    generated.
    """
    held_out = [r for i, r in enumerate(written) if i % every == 0 or test_only(r)]
    shared = [r for i, r in enumerate(written) if i % every and not test_only(r)]
    return dealer(shared, held_out, make_row, share, {"validation": 1 / 3})


def build_splits(rng: random.Random, make_row: MakeRow, sizes: dict, max_tries: int = 200) -> dict:
    """Draw rows until every split has its size, keeping the splits disjoint.

    Train is drawn first so that validation and test can reject any row whose fields or
    reference already appear in an earlier split (test is also kept apart from validation).
    Within a split, fields are unique but a reference may repeat (e.g. two wordings of
    one question).
    """
    seen_fields: set[str] = set()
    seen_refs: set[str] = set()
    splits: dict[str, list[Row]] = {}
    for split in SPLITS:
        rows: list[Row] = []
        split_fields: set[str] = set()
        split_refs: set[str] = set()
        budget = sizes[split] * max_tries
        while len(rows) < sizes[split]:
            budget -= 1
            if budget < 0:
                raise RuntimeError(f"Could not draw {sizes[split]} distinct {split} rows; got {len(rows)}.")
            r = make_row(rng, split)
            key = fields_key(r["fields"])
            if key in seen_fields or key in split_fields or r["reference"] in seen_refs:
                continue
            rows.append(r)
            split_fields.add(key)
            split_refs.add(r["reference"])
        seen_fields |= split_fields
        seen_refs |= split_refs
        splits[split] = rows
    check_disjoint(splits)
    return splits


def check_disjoint(splits: dict) -> None:
    """Raise if a later split shares a fields dict or a reference with an earlier one."""
    for i, later in enumerate(SPLITS):
        for earlier in SPLITS[:i]:
            keys = {fields_key(r["fields"]) for r in splits[earlier]}
            refs = {r["reference"] for r in splits[earlier]}
            for r in splits[later]:
                if fields_key(r["fields"]) in keys or r["reference"] in refs:
                    raise ValueError(f"A {later} row also appears in {earlier}: {r}")


def generate(task_name: str, seed: int = DEFAULT_SEED) -> dict:
    """All splits of one task, deterministic for a given seed."""
    if task_name not in TASK_MODULES:
        raise ValueError(f"Unknown task {task_name!r}; valid tasks: {', '.join(TASK_MODULES)}.")
    module = importlib.import_module(f"{__name__}.{TASK_MODULES[task_name]}")
    # One generator per task, so regenerating one task never shifts another's data.
    rng = random.Random(seed)
    make_row = module.row_maker() if hasattr(module, "row_maker") else module.make_row
    splits = build_splits(rng, make_row, module.SIZES)
    task = TASKS[task_name]
    for rows in splits.values():
        for r in rows:
            task.validate_fields(r["fields"])
    return splits


def write_jsonl(path: Path, rows: list) -> None:
    """Write rows as UTF-8 JSON lines with a trailing newline (byte-stable)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    path.write_bytes(text.encode("utf-8"))


def write_task(task_name: str, out: Path, seed: int = DEFAULT_SEED) -> dict:
    """Generate one task and write out/<task>/<split>.jsonl; return rows per split."""
    splits = generate(task_name, seed)
    for split, rows in splits.items():
        write_jsonl(Path(out) / task_name / f"{split}.jsonl", rows)
    return {split: len(rows) for split, rows in splits.items()}
