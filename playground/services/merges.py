"""Merges as the Adapters tab and ``/merge`` ask for them: weights parsed, caps checked, then built.

    info = merge_adapters(engine, data_dir / "merges", "pitch-and-post", ["elevator-pitch", "linkedin-post"],
                          [0.7, 0.3], "cat", None)

The merge itself (PEFT's ``add_weighted_adapter`` on an unquantized copy of the base, within the merge caps)
is the backend's job: ``engine.merge_adapters`` (the local torch engine's is :mod:`playground.local.merge`).
"""

from __future__ import annotations

from pathlib import Path

from playground.core.engine import Engine, VariantInfo
from playground.core.messages import Messages
from playground.core.types import RequestError


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
                   combination: str, density: float | None) -> VariantInfo:
    """Validate, build, save and load one merge (no weights: equal ones summing to 1); a refused merge
    raises ``RequestError`` with the reason."""
    if not engine.capabilities.merge:
        raise RequestError(Messages.SERVER_NO_MERGE)
    adapters = list(adapters or [])
    if not weights:
        weights = [1.0 / len(adapters)] * len(adapters) if adapters else []
    return engine.merge_adapters((name or "").strip(), adapters, weights, combination, density, merges_dir)
