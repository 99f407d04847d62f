"""Shareable comparisons: everything needed to redo one compare, as URL query parameters.

    ?task=linkedin_post&field.theme=Internship&variants=base,linkedin-post&max_new_tokens=96&seed=7&run=1

``to_query`` writes them from the Compare tab's values; ``from_query`` reads them back (unknown
or malformed values are dropped, never trusted: the usual request validation still runs). A number
that is not finite (``inf``, ``nan``, ``1e400``) or not a number is dropped too, and its name is
listed in ``SharedComparison.ignored`` so the page can say so.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlencode

from playground.core.types import DEFAULT_MAX_NEW_TOKENS

SETTINGS = {"max_new_tokens": int, "temperature": float, "top_p": float, "top_k": int,
            "repetition_penalty": float, "seed": int}
DEFAULTS = {"max_new_tokens": DEFAULT_MAX_NEW_TOKENS, "temperature": 0.0, "top_p": 1.0, "top_k": 0,
            "repetition_penalty": 1.0, "seed": -1}


@dataclass
class SharedComparison:
    """One comparison as carried by a link."""

    task: str = ""
    prompt: str = ""
    system_prompt: str = ""
    variants: list[str] = field(default_factory=list)
    fields: dict[str, str] = field(default_factory=dict)
    settings: dict[str, float | int] = field(default_factory=dict)
    strengths: dict[str, float] = field(default_factory=dict)
    run: bool = False
    ignored: list[str] = field(default_factory=list)  # parameters dropped as unusable numbers, as named in the link

    @property
    def empty(self) -> bool:
        return not (self.task or self.prompt or self.variants)


def _number(kind, raw: str):
    """``raw`` as a finite ``kind`` (int or float), or None: not a number, NaN, infinite or out of range."""
    try:
        value = float(raw)  # "1e400" reads as inf; int(inf) would raise OverflowError
    except (TypeError, ValueError):
        return None
    if not math.isfinite(value):
        return None
    return int(value) if kind is int else value


def to_query(shared: SharedComparison) -> str:
    """The query string (with its leading '?') that reproduces ``shared``; defaults are left out."""
    pairs: list[tuple[str, str]] = []
    if shared.task:
        pairs.append(("task", shared.task))
        pairs += [(f"field.{k}", str(v)) for k, v in shared.fields.items() if v not in (None, "")]
    elif shared.prompt:
        pairs.append(("prompt", shared.prompt))
    if shared.system_prompt:
        pairs.append(("system", shared.system_prompt))
    if shared.variants:
        pairs.append(("variants", ",".join(shared.variants)))
    for name, value in shared.settings.items():
        if name in SETTINGS and value is not None and value != DEFAULTS[name]:
            pairs.append((name, f"{value:g}" if isinstance(value, float) else str(value)))
    pairs += [(f"strength.{k}", f"{v:g}") for k, v in shared.strengths.items() if v != 1]
    if shared.run:
        pairs.append(("run", "1"))
    return "?" + urlencode(pairs)


def from_query(params: Mapping[str, str]) -> SharedComparison:
    """Read a comparison back from query parameters (a request's ``query_params``)."""
    shared = SharedComparison(
        task=str(params.get("task", "")).strip(),
        prompt=str(params.get("prompt", "")),
        system_prompt=str(params.get("system", "")),
        variants=[v.strip() for v in str(params.get("variants", "")).split(",") if v.strip()],
        run=str(params.get("run", "")).lower() in ("1", "true", "yes"),
    )
    for key, raw in params.items():
        if key.startswith("field."):
            shared.fields[key.removeprefix("field.")] = str(raw)
        elif key.startswith("strength."):
            value = _number(float, raw)
            if value is None:
                shared.ignored.append(key)
            else:
                shared.strengths[key.removeprefix("strength.")] = value
        elif key in SETTINGS:
            value = _number(SETTINGS[key], raw)
            if value is None:
                shared.ignored.append(key)
            else:
                shared.settings[key] = value
    return shared
