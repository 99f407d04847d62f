"""Leaderboard maths for the arena: win rates, Bradley-Terry ratings on the Elo scale, bootstrap intervals.

The input is a list of battle outcomes ``(variant_a, variant_b, score_a)``: ``score_a`` is 1 when A
won, 0 when B won, 0.5 for a tie (half a win each). :mod:`playground.features.arena` turns stored votes into
outcomes; nothing here touches storage or gradio::

    from playground.features.ratings import leaderboard
    for row in leaderboard([("base", "alpha", 0.0), ("base", "beta", 0.5)]):
        print(row.variant, round(row.rating), row.ci_low, row.ci_high)

**Bradley-Terry.** Variant ``i`` has a strength ``p_i`` and beats ``j`` with probability
``p_i / (p_i + p_j)``; its rating is ``1000 + 400 * log10(p_i)``, the Elo scale (200 points apart
means a 76 % expected score). No installed library fits this model (scipy and scikit-learn are not
dependencies), so :func:`fit_strengths` runs Hunter's (2004) MM iteration in numpy::

    p_i <- W_i / sum_j n_ij / (p_i + p_j)        (W_i: wins of i, ties half; n_ij: games of i against j)

which raises the likelihood at every step and needs no step size. Ratings only fix strength ratios,
so plain MM crawls along the common level; after each step :func:`_best_shift` jumps to the best
common level (a 1-D Newton solve), which cuts the iterations from thousands to tens.

**Prior.** Each variant also plays ``prior`` virtual tied games against a fixed reference of strength 1
(rating 1000). Without it, a variant that won every battle has an infinite maximum-likelihood strength
(and one that lost every battle a strength of 0); with it the fit is the finite posterior mode, and a
variant with few battles stays near 1000 until the votes say otherwise.

**Intervals.** The battles are resampled with replacement ``rounds`` times from a seeded generator,
each resample is refitted, and the 2.5th and 97.5th percentiles of each variant's rating give its 95 %
interval. Battles with the same (A, B, result) are pooled first: resampling n battles is then a
multinomial draw over those few kinds, exactly, whatever the number of votes. All resamples are fitted
at once along a batch axis, so 200 rounds cost little more than one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass

import numpy as np

Outcome = tuple[str, str, float]  # (variant_a, variant_b, score of A: 1 win, 0.5 tie, 0 loss)

BASE_RATING = 1000.0
ELO_SCALE = 400.0
PRIOR = 1.0  # virtual tied games of each variant against the 1000-rated reference
ROUNDS = 200
SEED = 0
LEVEL = 0.95


@dataclass(frozen=True)
class Standing:
    """One variant's line of the leaderboard."""

    variant: str
    rating: float
    ci_low: float
    ci_high: float
    battles: int
    wins: int
    ties: int
    losses: int

    @property
    def win_rate(self) -> float:
        """Share of its battles won, a tie counting as half a win."""
        return (self.wins + self.ties / 2) / self.battles if self.battles else 0.0

    def to_dict(self) -> dict:
        return {**asdict(self), "win_rate": round(self.win_rate, 4)}


def variant_names(outcomes: Sequence[Outcome]) -> list[str]:
    """Every variant that took part, sorted by name (a stable order for matrices)."""
    return sorted({name for a, b, _ in outcomes for name in (a, b)})


def _check(outcomes: Sequence[Outcome]) -> None:
    for a, b, score in outcomes:
        if a == b:
            raise ValueError(f"A variant cannot battle itself ({a!r}).")
        if score not in (0, 0.5, 1):
            raise ValueError(f"score_a must be 1, 0.5 or 0; got {score!r}.")


def _pooled(outcomes: Sequence[Outcome]) -> tuple[list[Outcome], np.ndarray]:
    """The distinct outcomes (first-seen order) and how many battles had each."""
    counts = Counter((a, b, float(score)) for a, b, score in outcomes)
    return list(counts), np.array(list(counts.values()), dtype=float)


def _tallies(outcomes: Sequence[Outcome], names: list[str], weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Games and wins matrices, one pair per row of ``weights`` (how often each outcome counts).

    ``games[r, i, j]`` is the number of battles between i and j in round r; ``wins[r, i, j]`` how
    many of them i won, ties counting half.
    """
    k = len(names)
    index = {name: i for i, name in enumerate(names)}
    a = np.array([index[o[0]] for o in outcomes])
    b = np.array([index[o[1]] for o in outcomes])
    score = np.array([float(o[2]) for o in outcomes])
    n = len(outcomes)
    played = np.zeros((n, k * k))
    won = np.zeros((n, k * k))
    rows = np.arange(n)
    played[rows, a * k + b] += 1
    played[rows, b * k + a] += 1
    won[rows, a * k + b] += score
    won[rows, b * k + a] += 1 - score
    shape = (weights.shape[0], k, k)
    return (weights @ played).reshape(shape), (weights @ won).reshape(shape)


def fit_strengths(games: np.ndarray, wins: np.ndarray, prior: float = PRIOR, tol: float = 1e-9,
                  max_iter: int = 5000) -> np.ndarray:
    """Bradley-Terry strengths by Hunter's MM iteration, for a batch of (games, wins) matrices.

    ``games`` and ``wins`` have shape (rounds, k, k); returns log10 strengths of shape (rounds, k),
    relative to the reference (log10 strength 0, rating 1000) that each variant ties ``prior`` times.
    """
    if prior <= 0:
        raise ValueError("prior must be > 0: it keeps the ratings of unbeaten or winless variants finite.")
    total_wins = wins.sum(axis=-1) + prior / 2
    p = np.ones(total_wins.shape)
    for _ in range(max_iter):
        denominator = (games / (p[..., :, None] + p[..., None, :])).sum(axis=-1) + prior / (p + 1)
        updated = _best_shift(np.log(total_wins / denominator))
        converged = np.max(np.abs(updated - np.log(p))) < tol
        p = np.exp(updated)
        if converged:
            break
    return np.log10(p)


def _best_shift(log_p: np.ndarray, steps: int = 8) -> np.ndarray:
    """Move every strength of a round by the same factor, to where the prior is best satisfied.

    Real battles only fix strength ratios; the common level is pinned by the few virtual games
    against the reference alone, and plain MM crawls along that direction (thousands of steps). The
    best common shift ``c`` solves ``sum_i sigmoid(log p_i + c) = k / 2``; a few Newton steps find it.
    """
    shift = np.zeros(log_p.shape[:-1] + (1,))
    half = log_p.shape[-1] / 2
    for _ in range(steps):
        s = 1 / (1 + np.exp(-(log_p + shift)))
        step = (s.sum(axis=-1, keepdims=True) - half) / (s * (1 - s)).sum(axis=-1, keepdims=True)
        shift -= np.clip(step, -1, 1)
    return log_p + shift


def bradley_terry(outcomes: Sequence[Outcome], prior: float = PRIOR) -> dict[str, float]:
    """Each variant's Bradley-Terry rating on the Elo scale (1000 = the prior's reference)."""
    _check(outcomes)
    names = variant_names(outcomes)
    if not names:
        return {}
    kinds, counts = _pooled(outcomes)
    games, wins = _tallies(kinds, names, counts[None, :])
    ratings = BASE_RATING + ELO_SCALE * fit_strengths(games, wins, prior)[0]
    return dict(zip(names, ratings.tolist()))


def bootstrap_intervals(outcomes: Sequence[Outcome], rounds: int = ROUNDS, seed: int = SEED, prior: float = PRIOR,
                        level: float = LEVEL) -> dict[str, tuple[float, float]]:
    """Percentile interval of each rating over ``rounds`` resamples of the battles (same seed, same result)."""
    _check(outcomes)
    names = variant_names(outcomes)
    if not names:
        return {}
    rng = np.random.default_rng(seed)
    kinds, counts = _pooled(outcomes)
    weights = rng.multinomial(len(outcomes), counts / counts.sum(), size=rounds).astype(float)
    games, wins = _tallies(kinds, names, weights)
    ratings = BASE_RATING + ELO_SCALE * fit_strengths(games, wins, prior)
    tail = (1 - level) / 2 * 100
    low, high = np.percentile(ratings, [tail, 100 - tail], axis=0)
    return {name: (float(lo), float(hi)) for name, lo, hi in zip(names, low, high)}


def records(outcomes: Sequence[Outcome]) -> dict[str, dict[str, int]]:
    """Battles, wins, ties and losses of each variant."""
    table = {name: {"battles": 0, "wins": 0, "ties": 0, "losses": 0} for name in variant_names(outcomes)}
    for a, b, score in outcomes:
        for name, mine in ((a, score), (b, 1 - score)):
            row = table[name]
            row["battles"] += 1
            row["wins" if mine == 1 else "losses" if mine == 0 else "ties"] += 1
    return table


def leaderboard(outcomes: Sequence[Outcome], rounds: int = ROUNDS, seed: int = SEED,
                prior: float = PRIOR) -> list[Standing]:
    """Every variant with its rating, 95 % interval and record, best rating first."""
    ratings = bradley_terry(outcomes, prior)
    intervals = bootstrap_intervals(outcomes, rounds, seed, prior)
    counts = records(outcomes)
    standings = [Standing(variant=name, rating=round(rating, 1), ci_low=round(intervals[name][0], 1),
                          ci_high=round(intervals[name][1], 1), **counts[name])
                 for name, rating in ratings.items()]
    return sorted(standings, key=lambda s: (-s.rating, s.variant))


def pairwise_win_rates(outcomes: Sequence[Outcome], names: Sequence[str] | None = None
                       ) -> tuple[list[str], np.ndarray, np.ndarray]:
    """``(names, rates, games)``: ``rates[i, j]`` is the share of i-vs-j battles that i won (ties half),
    NaN where they never met; ``games[i, j]`` how many battles that is."""
    _check(outcomes)
    names = list(names) if names is not None else variant_names(outcomes)
    k = len(names)
    if not outcomes or not k:
        return names, np.full((k, k), np.nan), np.zeros((k, k), dtype=int)
    known = set(names)
    kept = [o for o in outcomes if o[0] in known and o[1] in known]
    if not kept:
        return names, np.full((k, k), np.nan), np.zeros((k, k), dtype=int)
    kinds, counts = _pooled(kept)
    games, wins = _tallies(kinds, names, counts[None, :])
    games, wins = games[0], wins[0]
    with np.errstate(invalid="ignore", divide="ignore"):
        rates = np.where(games > 0, wins / games, np.nan)
    return names, rates, games.astype(int)
