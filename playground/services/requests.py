"""Requests from prompts, tasks, fields and strengths: the checks and the rows every generating endpoint runs.

    rows = build_rows(engine, "Say hi.", "", ["base", "linkedin-post"], strengths={"linkedin-post": 0.5})
    for outputs in engine.stream(rows, params): ...

Every refusal is a :class:`~playground.core.types.RequestError` whose message names what to fix; a wrongly
typed value (a number for a prompt, a mapping for a variant) is named by its kind, never by its text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from playground.core.limits import Limits
from playground.core.messages import Messages
from playground.core.types import BASE, RequestError, Row, check_known, check_text
from playground.features.tasks import get_task

if TYPE_CHECKING:
    from playground.core.engine import Engine

FREE_PROMPT = ""  # the task name of a request without a task


def kind_of(value) -> str:
    """How a wrongly typed value is named in a message: its JSON kind, never its text."""
    kinds = {str: "text", int: "a number", float: "a number", bool: "true/false", list: "a list", dict: "a mapping"}
    return "nothing" if value is None else kinds.get(type(value), type(value).__name__)


def variant_names(variants) -> list[str]:
    """The selection as a de-duplicated list of names; refused when it is not a list of names."""
    if isinstance(variants, str) or not isinstance(variants or [], (list, tuple)) or \
            not all(isinstance(name, str) for name in variants or []):
        raise RequestError(Messages.BAD_TYPE.format(name="variants", kind="a list of variant names",
                                                    got=kind_of(variants)))
    return list(dict.fromkeys(variants or []))


def check_variants(engine: Engine, variants) -> list[str]:
    """De-duplicated selection, refused when empty, too long or unknown."""
    variants = variant_names(variants)
    if not variants:
        raise RequestError(Messages.NO_VARIANTS)
    cap = engine.limits.max_variants
    if len(variants) > cap:
        raise RequestError(Messages.TOO_MANY_VARIANTS.format(limit=cap, count=len(variants)))
    check_known(variants, engine.variants)
    return variants


def prompt_messages(prompt: str, system_prompt: str | None, limits: Limits) -> tuple[dict, ...]:
    """Chat messages for one user prompt, with an optional system prompt; refused when empty or too long."""
    prompt = check_text("prompt", prompt, optional=True).strip()
    if not prompt:
        raise RequestError(Messages.EMPTY_PROMPT, field="prompt")
    if len(prompt) > limits.max_prompt_chars:
        raise RequestError(Messages.PROMPT_TOO_LONG.format(chars=len(prompt), limit=limits.max_prompt_chars),
                           field="prompt")
    system_prompt = check_text("system prompt", system_prompt, optional=True).strip()
    head = ({"role": "system", "content": system_prompt},) if system_prompt else ()
    return (*head, {"role": "user", "content": prompt})


def task_messages(task_name: str, fields: dict, system_prompt: str = "") -> tuple[dict, ...]:
    """The task's chat messages for ``fields``; a non-empty system prompt replaces the task's."""
    task = get_task(task_name)
    messages = task.build_messages(fields or {})
    system_prompt = check_text("system prompt", system_prompt, optional=True)
    if system_prompt.strip():
        messages[0] = {"role": "system", "content": system_prompt.strip()}
    return tuple(messages)


def check_strengths(engine: Engine, strengths) -> dict[str, float]:
    """Per-adapter strengths (0 = base, 1 = as trained, up to the limit), refused when out of range."""
    if not isinstance(strengths or {}, dict):
        raise RequestError(Messages.BAD_TYPE.format(name="strengths", kind="a mapping of adapter name to strength",
                                                    got=kind_of(strengths)))
    check_known(strengths or {}, [name for name in engine.variants if name != BASE])
    checked, cap = {}, engine.limits.max_strength
    for name, value in (strengths or {}).items():
        ok = isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value <= cap
        if not ok:
            raise RequestError(Messages.BAD_STRENGTH.format(name=name, value=value, limit=cap))
        checked[name] = float(value)
    return checked


def build_rows(engine: Engine, prompt: str, system_prompt: str, variants, task: str = FREE_PROMPT,
               fields: dict | None = None, strengths: dict | None = None) -> list[Row]:
    """Validate the selection and turn one prompt (or one task's fields) into one row per variant.

    ``strengths`` scales each named adapter's LoRA delta for this request only."""
    variants = check_variants(engine, variants)
    strengths = check_strengths(engine, strengths)
    if task:
        messages = task_messages(task, fields or {}, system_prompt)
    else:
        messages = prompt_messages(prompt, system_prompt, engine.limits)
    return [Row(variant=name, messages=messages, strength=strengths.get(name, 1.0)) for name in variants]
