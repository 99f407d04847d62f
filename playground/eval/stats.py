"""The statistics of a comparison: percentiles, paired bootstrap intervals and per-row win/tie/loss counts.

Plain numbers in, plain numbers out (numpy only); :mod:`playground.eval.report` applies them to the
variants' per-row scores. The bootstrap has a fixed seed, so a rerun on the same scores gives the same interval.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

BOOTSTRAP_RESAMPLES = 1000
BOOTSTRAP_SEED = 0


def percentile(values: Sequence[float], q: float) -> float | None:
    """The q-th percentile (linear interpolation), None for no values."""
    return float(np.percentile(np.asarray(values, dtype=float), q)) if len(values) else None


def paired_bootstrap(candidate: Sequence[float], reference: Sequence[float], resamples: int = BOOTSTRAP_RESAMPLES,
                     seed: int = BOOTSTRAP_SEED, confidence: float = 0.95) -> tuple[float, float, float]:
    """Mean per-row difference candidate - reference and its paired bootstrap interval.

    Rows are resampled with replacement (the same rows for both sides), ``resamples``
    times with a fixed seed, and the interval is the central ``confidence`` share.
    """
    diff = np.asarray(candidate, dtype=float) - np.asarray(reference, dtype=float)
    if diff.size == 0:
        raise ValueError("paired_bootstrap needs at least one row")
    rng = np.random.default_rng(seed)
    means = diff[rng.integers(0, diff.size, size=(resamples, diff.size))].mean(axis=1)
    tail = (1 - confidence) / 2 * 100
    low, high = np.percentile(means, [tail, 100 - tail])
    return float(diff.mean()), float(low), float(high)


def win_tie_loss(candidate: Sequence[float], reference: Sequence[float],
                 tolerance: float = 1e-9) -> tuple[int, int, int]:
    """Rows where the candidate scores higher, the same, lower than the reference."""
    wins = ties = losses = 0
    for c, r in zip(candidate, reference, strict=True):
        if abs(c - r) <= tolerance:
            ties += 1
        elif c > r:
            wins += 1
        else:
            losses += 1
    return wins, ties, losses
