"""The one environment-variable scheme: every setting ``x_y`` of a config dataclass is ``PLAYGROUND_X_Y``.

    PLAYGROUND_BASE=embedded PLAYGROUND_MAX_NEW_TOKENS=256 PLAYGROUND_ADAPTER=a,b python app.py

Lists are comma-separated, booleans ``1/true/yes`` or ``0/false/no``. The platform's own variables count too,
under the playground's: ``GRADIO_SERVER_NAME``/``GRADIO_SERVER_PORT`` (what a Space sets) for ``host``/``port``,
and ``SPACE_ID`` (set on every Hugging Face Space) for ``on_space``. The environment is read when a
configuration is built (:meth:`playground.core.config.AppConfig.from_env`), never at import.
"""

from __future__ import annotations

import os
import typing
from collections.abc import Mapping
from dataclasses import fields

PREFIX = "PLAYGROUND_"
PLATFORM = {"host": "GRADIO_SERVER_NAME", "port": "GRADIO_SERVER_PORT", "on_space": "SPACE_ID"}
TRUE, FALSE = ("1", "true", "yes", "on"), ("0", "false", "no", "off")


def env_name(field_name: str) -> str:
    return PREFIX + field_name.upper()


def env_values(dtype, environ: Mapping[str, str] | None = None) -> dict:
    """The fields of dataclass ``dtype`` that the environment sets, converted to the fields' types."""
    environ = os.environ if environ is None else environ
    hints = typing.get_type_hints(dtype)
    values = {}
    for f in fields(dtype):
        if not f.init:
            continue
        name = env_name(f.name)
        raw = environ.get(name, "").strip()
        if not raw and f.name in PLATFORM:
            name = PLATFORM[f.name]
            raw = environ.get(name, "").strip()
            if raw and f.name == "on_space":
                raw = "true"  # SPACE_ID holds the Space's id: being set is what counts
        if raw:
            values[f.name] = _convert(name, raw, hints[f.name])
    return values


def _convert(name: str, raw: str, kind):
    if typing.get_origin(kind) is list:
        return [part.strip() for part in raw.split(",") if part.strip()]
    if kind is bool:
        if raw.lower() not in (*TRUE, *FALSE):
            raise ValueError(f"{name} must be true or false, got {raw!r}")
        return raw.lower() in TRUE
    for number, word in ((int, "an integer"), (float, "a number")):
        if kind is number:
            try:
                return number(raw)
            except ValueError:
                raise ValueError(f"{name} must be {word}, got {raw!r}") from None
    return raw
