"""Merges as the Adapters tab and ``/merge`` ask for them: weights parsed, caps checked, then built.

    adapter = merge_adapters(engine, data_dir / "merges", "pitch-and-post", ["elevator-pitch", "linkedin-post"],
                             [0.7, 0.3], "cat", None)

The merge itself (PEFT's ``add_weighted_adapter`` on an unquantized copy of the base) is the local torch
backend's job, :mod:`playground.merge`; it is imported when a merge is built, so this layer stays free of
torch.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .. import limits
from ..generation import RequestError
from ..limits import Messages

if TYPE_CHECKING:
    from ..adapters import Adapter
    from ..engine import Engine


def parse_weights(text: str) -> list[float] | None:
    """'0.7, 0.3' -> [0.7, 0.3]; empty -> None (equal weights)."""
    parts = [p for p in (text or "").replace(";", ",").split(",") if p.strip()]
    if not parts:
        return None
    try:
        return [float(p) for p in parts]
    except ValueError:
        raise RequestError(Messages.MERGE_BAD.format(
            reason=f"weights must be numbers separated by commas; got {text!r}")) from None


def merge_adapters(engine: Engine, merges_dir: Path, name: str, adapters: list[str], weights: list[float] | None,
                   combination: str, density: float | None) -> Adapter:
    """Validate, build, save and load one merge (no weights: equal ones summing to 1); a refused merge
    raises ``RequestError`` with the reason."""
    from ..merge import NEEDS_DENSITY, make_spec, merge_into, refused

    adapters = list(adapters or [])
    cap = limits.LIMITS.max_merge_parents  # read now: tests and operators may change it
    if len(adapters) > cap:
        raise refused(Messages.MERGE_TOO_MANY_PARENTS.format(limit=cap, count=len(adapters)))
    if not weights:
        weights = [1.0 / len(adapters)] * len(adapters) if adapters else []
    spec = make_spec((name or "").strip(), adapters, weights, combination,
                     density if combination in NEEDS_DENSITY else None)
    return merge_into(engine, spec, merges_dir)
