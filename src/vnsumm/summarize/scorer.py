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
        # all trees padded into one flat array of nodes (tree t's node k at t * width + k): every tree
        # walks one level per step, each step a few 1-D gathers
        width = max(len(t[4]) for t in self.trees)
        arrays = []
        for j, fill in enumerate((0, 0.0, -1, -1, 0.0)):
            a = np.full((len(self.trees), width), fill, dtype=float if j in (1, 4) else np.int64)
            for row, tree in enumerate(self.trees):
                a[row, : len(tree[j])] = np.where(tree[2] >= 0, tree[j], fill) if j == 0 else tree[j]
            arrays.append(a)
        offsets = (np.arange(len(self.trees)) * width)[:, None]
        feature, self._threshold, left, right, self._value = (a.ravel() for a in arrays)
        self._feature = feature
        # children as flat indices; a leaf points to itself, so rows that reached a leaf stay there
        flat = np.arange(len(self.trees) * width).reshape(len(self.trees), width)
        self._left = np.where(arrays[2] >= 0, arrays[2] + offsets, flat).ravel()
        self._right = np.where(arrays[2] >= 0, arrays[3] + offsets, flat).ravel()
        self._leaf = (arrays[2] < 0).ravel()
        self._roots = offsets.ravel()
        self._depth = max(_depth(t[2], t[3]) for t in self.trees)

    def predict(self, X: np.ndarray) -> np.ndarray:
        """One score per row of ``X`` (columns in ``self.features`` order)."""
        X = np.asarray(X, dtype=float)
        n = X.shape[0]
        node = np.repeat(self._roots, n)  # one per (tree, row), tree-major: flat node indices
        cells = np.tile(np.arange(n) * X.shape[1], len(self._roots))  # where each pair's row starts in X.ravel()
        flat_x = X.ravel()
        walking = np.arange(node.size)  # the pairs not yet at a leaf
        for level in range(self._depth):
            if level >= 4:  # most trees are shallower than the deepest: walk on with those that are not done
                walking = walking[~self._leaf[node[walking]]]
                if not walking.size:
                    break
            at = node[walking]
            go_left = flat_x[cells[walking] + self._feature[at]] <= self._threshold[at]
            node[walking] = np.where(go_left, self._left[at], self._right[at])
        return self.init + self.learning_rate * self._value[node].reshape(len(self._roots), n).sum(axis=0)


def _depth(left: np.ndarray, right: np.ndarray) -> int:
    """The most splits from a tree's root to one of its leaves."""
    depth, level = 0, [0]
    while True:
        level = [c for k in level if left[k] >= 0 for c in (left[k], right[k])]
        if not level:
            return depth
        depth += 1
