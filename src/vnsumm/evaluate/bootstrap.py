"""Bootstrap confidence intervals and the paired bootstrap test (Koehn 2004), seeded.

A statistic is given as per-example rows ``stats`` (shape (n,) or (n, k)) and a ``score_rows``
function from a subset of rows to the score; the default is the mean of a 1-D array (ROUGE,
per-example F1). Corpus metrics (BLEU, chrF) pass their sufficient statistics and scorer.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from vnsumm.evaluate.defaults import DEFAULT_RESAMPLES, DEFAULT_SEED

__all__ = ["DEFAULT_RESAMPLES", "DEFAULT_SEED", "PairedResult", "bootstrap_ci", "paired_bootstrap"]

ScoreRows = Callable[[np.ndarray], float]


def _indices(n: int, n_resamples: int, seed: int) -> np.ndarray:
    if n < 1:
        raise ValueError("cannot bootstrap an empty sample")
    return np.random.default_rng(seed).integers(0, n, size=(n_resamples, n))


def _resampled(stats: np.ndarray, idx: np.ndarray, score_rows: ScoreRows | None) -> np.ndarray:
    if score_rows is None:
        return np.asarray(stats, dtype=float)[idx].mean(axis=1)
    return np.array([score_rows(stats[i]) for i in idx])


def bootstrap_ci(
    stats: np.ndarray | list[float],
    score_rows: ScoreRows | None = None,
    n_resamples: int = DEFAULT_RESAMPLES,
    seed: int = DEFAULT_SEED,
    level: float = 0.95,
) -> tuple[float, float]:
    """Percentile bootstrap confidence interval of the score (default: of the mean)."""
    stats = np.asarray(stats)
    scores = _resampled(stats, _indices(len(stats), n_resamples, seed), score_rows)
    tail = 100 * (1 - level) / 2
    low, high = np.nanpercentile(scores, [tail, 100 - tail])  # nan: a resample with no data
    return float(low), float(high)


@dataclass(frozen=True)
class PairedResult:
    """A − B on the same examples: observed difference, its CI, and p-value for "A > B"."""

    delta: float
    ci: tuple[float, float]
    p_value: float
    n: int
    n_resamples: int


def paired_bootstrap(
    stats_a: np.ndarray | list[float],
    stats_b: np.ndarray | list[float],
    score_rows: ScoreRows | None = None,
    n_resamples: int = DEFAULT_RESAMPLES,
    seed: int = DEFAULT_SEED,
    level: float = 0.95,
) -> PairedResult:
    """Paired bootstrap test: resample examples, score A and B on the same resample.

    ``p_value`` is the (add-one smoothed) share of resamples in which A does not beat B: small
    values mean A is reliably better; about 0.5 means no difference; near 1 means B is better.
    """
    a, b = np.asarray(stats_a), np.asarray(stats_b)
    if len(a) != len(b):
        raise ValueError(f"paired test needs the same examples: {len(a)} vs {len(b)} rows")
    score = score_rows or (lambda rows: float(np.mean(rows)))
    idx = _indices(len(a), n_resamples, seed)
    deltas = _resampled(a, idx, score_rows) - _resampled(b, idx, score_rows)
    tail = 100 * (1 - level) / 2
    low, high = np.nanpercentile(deltas, [tail, 100 - tail])
    valid = deltas[~np.isnan(deltas)]
    not_better = int(np.sum(valid <= 0))
    return PairedResult(
        delta=score(a) - score(b),
        ci=(float(low), float(high)),
        p_value=(not_better + 1) / (len(valid) + 1),
        n=len(a),
        n_resamples=n_resamples,
    )
