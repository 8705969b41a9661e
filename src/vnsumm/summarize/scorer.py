"""Gradient-boosted regression trees kept as plain JSON and evaluated with numpy (no pickle).

The JSON is what ``eval/train_sentence_scorer.py`` writes: the feature names in column order,
a starting value, a learning rate, and per tree the arrays ``feature``, ``threshold``, ``left``,
``right`` and ``value`` (scikit-learn's layout: a leaf has ``left == -1``; a row goes left when
``x[feature] <= threshold``).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from vnsumm.errors import ConfigError

__all__ = ["DEFAULT_WEIGHTS", "TreeScorer", "load_weights"]

DEFAULT_WEIGHTS = Path(__file__).parent / "weights" / "sentence_scorer.json"
_TREE_KEYS = ("feature", "threshold", "left", "right", "value")


def load_weights(path: str | Path) -> dict[str, Any]:
    """Read a weights JSON file, or raise a one-line ConfigError."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ConfigError(f"cannot read extractive weights {path}: {exc}".splitlines()[0]) from None
    if not isinstance(data, dict):
        raise ConfigError(f"extractive weights {path} must be a JSON object")
    return data


class TreeScorer:
    """Sum of regression trees: ``init + learning_rate * sum(tree(x))`` for each row of features."""

    def __init__(self, weights: dict[str, Any], feature_names: Sequence[str] | None = None, where: str = "weights") -> None:
        try:
            if weights.get("kind") != "gradient_boosted_trees":
                raise ValueError("kind must be 'gradient_boosted_trees'")
            self.features = [str(f) for f in weights["features"]]
            self.init = float(weights["init"])
            self.learning_rate = float(weights["learning_rate"])
            trees = weights["trees"]
            if not isinstance(trees, list) or not trees:
                raise ValueError("no trees")
            self.trees = [tuple(np.asarray(t[k]) for k in _TREE_KEYS) for t in trees]
            for feature, threshold, left, right, value in self.trees:
                n = len(value)
                if not (len(feature) == len(threshold) == len(left) == len(right) == n):
                    raise ValueError("tree arrays differ in length")
                inner = left >= 0
                if inner.any() and (left[inner].max() >= n or right[inner].max() >= n or right[inner].min() < 0
                                    or feature[inner].max() >= len(self.features) or feature[inner].min() < 0):
                    raise ValueError("a tree points outside itself")
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ConfigError(f"extractive {where} are not a tree scorer: {exc}") from None
        if feature_names is not None and list(feature_names) != self.features:
            raise ConfigError(
                f"extractive {where} were trained on other features ({len(self.features)} columns); "
                "retrain with eval/train_sentence_scorer.py"
            )
        # all trees padded into (trees, nodes) arrays: every tree walks one level per step
        width = max(len(t[4]) for t in self.trees)
        self._arrays = []
        for j, fill in enumerate((0, 0.0, -1, -1, 0.0)):
            a = np.full((len(self.trees), width), fill, dtype=float if j in (1, 4) else np.int64)
            for row, tree in enumerate(self.trees):
                a[row, : len(tree[j])] = np.where(tree[2] >= 0, tree[j], fill) if j == 0 else tree[j]
            self._arrays.append(a)

    def predict(self, X: np.ndarray) -> np.ndarray:
        """One score per row of ``X`` (columns in ``self.features`` order)."""
        X = np.asarray(X, dtype=float)
        feature, threshold, left, right, value = self._arrays
        trees = np.arange(len(self.trees))[:, None]
        rows = np.arange(X.shape[0])[None, :]
        node = np.zeros((len(self.trees), X.shape[0]), dtype=np.int64)
        while True:
            lefts = left[trees, node]
            inner = lefts >= 0
            if not inner.any():
                break
            go_left = X[rows, feature[trees, node]] <= threshold[trees, node]
            node = np.where(inner, np.where(go_left, lefts, right[trees, node]), node)
        return self.init + self.learning_rate * value[trees, node].sum(axis=0)
