"""The five playground tasks: their input fields, prompts, metrics and datasets.

One ``Task`` describes everything the app, the trainer and the evaluator share about
a task, so that the prompt seen at training time is exactly the one used at
inference time. Import it; there is nothing to run::

    from playground.features.tasks import get_task
    task = get_task("linkedin_post")
    messages = task.build_messages(task.validate_fields({...}))
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from playground.core.messages import Messages
from playground.core.types import RequestError

EXAMPLES_DIR = Path(__file__).resolve().parents[2] / "examples"
SPLITS = ("train", "validation", "test")  # written by the task's generator (playground/train/datagen)
# Rows written by hand, in other sentence plans and on other entities and topics than the generator's, none of them
# in train: how an adapter does on inputs nobody wrote for it. Evaluated, never trained on.
CHALLENGE = "challenge"
ALL_SPLITS = (*SPLITS, CHALLENGE)  # what load_split and the eval command line read
EVAL_SPLITS = ("test", "validation", CHALLENGE)  # what the Eval tab and /evaluate offer


@dataclass(frozen=True)
class TaskField:
    """One input of a task, rendered as a textbox or a dropdown in the UI."""

    name: str
    label: str
    choices: tuple[str, ...] = ()  # non-empty => dropdown (UI allows custom values too)
    placeholder: str = ""
    multiline: bool = False
    max_chars: int = 2000
    # Extensions beyond the text fields: an optional field falls back to ``default``,
    # and an integer field (int_range set) is validated and returned as an int.
    required: bool = True
    default: str = ""
    int_range: tuple[int, int] | None = None

    def clean(self, value: object) -> str | int:
        """Return the cleaned value or raise ValueError naming this field."""
        where = Messages.TASK_FIELD.format(label=self.label, name=self.name)
        if value is None or (isinstance(value, str) and not value.strip()):
            if self.required:
                raise RequestError(Messages.TASK_FIELD_REQUIRED.format(field=where))
            value = self.default
        if self.int_range is not None:
            return self._clean_int(value, where)
        if not isinstance(value, str):
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise RequestError(Messages.BAD_TYPE.format(name=where, kind="text", got=type(value).__name__))
            value = str(value)
        text = value.strip()
        if len(text) > self.max_chars:
            raise RequestError(Messages.TASK_FIELD_TOO_LONG.format(field=where, chars=len(text), limit=self.max_chars))
        return text

    def _clean_int(self, value: object, where: str) -> int:
        lo, hi = self.int_range  # type: ignore[misc]

        def refused(got: object) -> RequestError:
            return RequestError(Messages.TASK_FIELD_BAD_WORD_COUNT.format(field=where, low=lo, high=hi, value=got))

        if isinstance(value, bool):
            raise refused(value)
        if isinstance(value, float):
            if not value.is_integer():
                raise refused(value)
            value = int(value)
        if isinstance(value, str):
            try:
                value = int(value.strip())
            except ValueError:
                raise refused(value.strip()) from None
        if not isinstance(value, int) or not lo <= value <= hi:
            raise refused(value)
        return value


@dataclass(frozen=True)
class Task:
    """A task the adapters were fine-tuned for."""

    name: str
    title: str
    description: str
    fields: tuple[TaskField, ...]
    system_prompt: str
    primary_metric: str
    metrics: tuple[str, ...]
    max_new_tokens: int
    # First line of the user message; the field values follow as "Label: value" lines.
    instruction: str = ""
    # The task's decoding default, used alike by the Compare tab (set when the task is picked), the eval and the
    # model cards' samples: a penalty above 1 keeps short answers from looping until the token limit.
    repetition_penalty: float = 1.0

    def validate_fields(self, fields: dict) -> dict:
        """Return the cleaned fields (strings stripped) in declaration order.

        Raises ValueError naming the field when one is unknown, missing, empty or too long.
        """
        if not isinstance(fields, dict):
            raise RequestError(Messages.TASK_FIELDS_NOT_DICT.format(task=self.name, kind=type(fields).__name__))
        known = {f.name for f in self.fields}
        unknown = [k for k in fields if k not in known]
        if unknown:
            raise RequestError(Messages.TASK_UNKNOWN_FIELDS.format(
                fields=", ".join(map(repr, unknown)), task=self.name, valid=", ".join(f.name for f in self.fields)))
        return {f.name: f.clean(fields.get(f.name)) for f in self.fields}

    def build_messages(self, fields: dict) -> list[dict]:
        """Chat messages (system + user) for the given fields, validated first."""
        clean = self.validate_fields(fields)
        lines = [self.instruction] if self.instruction else []
        for f in self.fields:
            value = clean[f.name]
            # Multi-line values go on their own lines so their line breaks stay readable.
            lines.append(f"{f.label}:\n{value}" if f.multiline else f"{f.label}: {value}")
        return [
            {"role": "system", "content": self.system_prompt},
            {"role": "user", "content": "\n".join(lines)},
        ]

    def load_split(self, split: str, root: Path = EXAMPLES_DIR) -> list[dict]:
        """Rows ``{"fields": ..., "reference": ...}`` of examples/<task>/<split>.jsonl."""
        if split not in ALL_SPLITS:
            raise RequestError(Messages.EVAL_BAD_SPLIT.format(split=split, splits=", ".join(ALL_SPLITS)))
        path = Path(root) / self.name / f"{split}.jsonl"
        with path.open(encoding="utf-8") as fh:
            return [json.loads(line) for line in fh if line.strip()]


_LINKEDIN = Task(
    name="linkedin_post",
    title="LinkedIn post",
    description="Writes a short professional LinkedIn post from a theme, a tone, an audience and a call to action.",
    fields=(
        TaskField("theme", "Theme", ("Career Advice", "Internship", "Leadership", "Networking",
                                     "Product Launch", "Remote Work", "Mentorship", "Job Search"),
                  placeholder="e.g. Career Advice", max_chars=100),
        TaskField("tone", "Tone", ("Humble", "Grateful", "Visionary", "Inspirational", "Professional",
                                   "Excited", "Reflective"),
                  placeholder="e.g. Grateful", max_chars=60),
        TaskField("audience", "Audience", ("Hiring Managers", "Students", "Founders", "Engineers",
                                           "Recent Graduates", "Marketers"),
                  placeholder="e.g. Students", max_chars=100),
        TaskField("cta", "Call to action", placeholder="e.g. Share your best tip in the comments",
                  max_chars=200),
    ),
    system_prompt="You write concise, professional LinkedIn posts.",
    primary_metric="bleu",
    metrics=("bleu", "chrf", "rouge_l"),
    max_new_tokens=200,
    instruction="Write a LinkedIn post.",
)

_MARKETING = Task(
    name="marketing_copy",
    title="Marketing copy",
    description="Writes a social media caption or ad that fits the platform, the tone and a word limit.",
    fields=(
        TaskField("prompt", "What to write about", placeholder="e.g. Announce our new running shoes",
                  multiline=True, max_chars=500),
        TaskField("platform", "Platform", ("instagram", "twitter/x", "facebook", "linkedin"),
                  placeholder="e.g. instagram", max_chars=40),
        TaskField("tone", "Tone", ("professional", "casual", "persuasive", "inspirational", "fomo",
                                   "playful"),
                  placeholder="e.g. casual", max_chars=60),
        TaskField("industry", "Industry", ("technology", "fashion", "food", "fitness", "finance", "travel"),
                  placeholder="e.g. fitness", max_chars=60),
        TaskField("max_length", "Maximum length (words)", ("20", "30", "40", "60", "100"),
                  placeholder="10 to 400 words (default 60)", max_chars=5,
                  required=False, default="60", int_range=(10, 400)),
    ),
    system_prompt="You write short marketing copy for social media that fits the platform.",
    primary_metric="bleu",
    metrics=("bleu", "chrf", "rouge_l"),
    max_new_tokens=160,
    instruction="Write marketing copy for social media.",
)

_DOMAIN_QA = Task(
    name="domain_qa",
    title="Business & tech Q&A",
    description="Answers a business, tech, SaaS or startup question in one short sentence, in French or English.",
    fields=(
        TaskField("question", "Question", placeholder="e.g. What is churn? / Qu'est-ce que le MRR ?",
                  max_chars=500),
    ),
    system_prompt=(
        "You are a business and tech expert. Answer in one short sentence, "
        "in the language of the question."
    ),
    primary_metric="token_f1",
    metrics=("exact_match", "token_f1"),
    max_new_tokens=80,
    # 1.05 stops the French answers that looped to the token limit (6 of 68 challenge rows -> 0), F1 unchanged.
    repetition_penalty=1.05,
)

_PROMPT_RECOVERY = Task(
    name="prompt_recovery",
    title="Prompt recovery",
    description="Guesses the instruction that turned an original text into its rewritten version.",
    fields=(
        TaskField("original_text", "Original text", placeholder="The text before the rewrite",
                  multiline=True, max_chars=2000),
        TaskField("rewritten_text", "Rewritten text", placeholder="The text after the rewrite",
                  multiline=True, max_chars=2000),
    ),
    system_prompt="You recover the instruction that was used to rewrite a text. Reply with the instruction only.",
    primary_metric="token_f1",
    metrics=("token_f1", "bleu", "exact_match", "instruction_family"),
    max_new_tokens=48,
    instruction="Which instruction turned the original text into the rewritten text?",
)

_ELEVATOR = Task(
    name="elevator_pitch",
    title="Elevator pitch",
    description="Writes a 30-second elevator pitch from a position, an experience, goals and strengths.",
    fields=(
        TaskField("position", "Position", ("Software Engineer", "Data Analyst", "Product Manager",
                                           "UX Designer", "Marketing Specialist"),
                  placeholder="e.g. Data Analyst", max_chars=100),
        TaskField("experience", "Experience", placeholder="e.g. a data analyst at a retail company",
                  max_chars=300),
        TaskField("goals", "Goals", placeholder="e.g. to turn data into better product decisions",
                  max_chars=300),
        TaskField("strengths", "Strengths", placeholder="e.g. analytical thinking and clear communication",
                  max_chars=300),
    ),
    system_prompt="You write confident 30-second elevator pitches.",
    primary_metric="bleu",
    metrics=("bleu", "chrf", "rouge_l"),
    max_new_tokens=160,
    instruction="Write a 30-second elevator pitch.",
)

TASKS: dict[str, Task] = {t.name: t for t in (_LINKEDIN, _MARKETING, _DOMAIN_QA, _PROMPT_RECOVERY, _ELEVATOR)}


def get_task(name: str) -> Task:
    """The task called ``name``; ValueError listing the valid names otherwise."""
    try:
        return TASKS[name]
    except (KeyError, TypeError):
        raise RequestError(Messages.UNKNOWN_TASK.format(name=name, tasks=", ".join(TASKS))) from None
