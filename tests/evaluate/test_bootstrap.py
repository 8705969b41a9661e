"""Bootstrap CIs and the paired test behave as a researcher expects, and are reproducible."""
from __future__ import annotations

import numpy as np
import pytest

from vnsumm.evaluate.bootstrap import bootstrap_ci, paired_bootstrap


@pytest.fixture(scope="module")
def scores():
    return np.random.default_rng(0).normal(40, 10, size=200)


def test_ci_contains_the_mean_and_is_reproducible(scores):
    low, high = bootstrap_ci(scores, seed=7)
    assert low < scores.mean() < high
    assert (low, high) == bootstrap_ci(scores, seed=7)
    # standard error of the mean is 10/sqrt(200) ~ 0.71: a 95% CI about 2.8 wide
    assert 2.0 < high - low < 3.6


def test_ci_narrows_with_more_examples(scores):
    small = bootstrap_ci(scores[:20])
    large = bootstrap_ci(scores)
    assert large[1] - large[0] < small[1] - small[0]


def test_paired_test_detects_a_consistently_better_system(scores):
    better = scores + np.random.default_rng(1).normal(2, 1, size=len(scores))
    res = paired_bootstrap(better, scores)
    assert res.delta == pytest.approx(float(np.mean(better - scores)))
    assert res.p_value < 0.01
    assert res.ci[0] > 0
    assert paired_bootstrap(scores, better).p_value > 0.99


def test_paired_test_of_identical_systems_finds_nothing(scores):
    res = paired_bootstrap(scores, scores)
    assert res.delta == 0 and res.p_value == 1.0


def test_paired_test_needs_the_same_examples(scores):
    with pytest.raises(ValueError):
        paired_bootstrap(scores, scores[:-1])


def test_custom_corpus_statistic():
    # ratio of sums (like a corpus metric), not a mean of ratios
    stats = np.array([[1, 2], [3, 4], [5, 10]] * 10, dtype=float)
    ratio = lambda rows: float(rows[:, 0].sum() / rows[:, 1].sum())  # noqa: E731
    low, high = bootstrap_ci(stats, ratio, n_resamples=200)
    assert low <= ratio(stats) <= high
