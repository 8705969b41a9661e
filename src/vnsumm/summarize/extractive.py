"""Extractive summaries that need no model: lead-k and TextRank over Vietnamese words.

Both return sentences of the cleaned body, unchanged and in article order.
"""
from __future__ import annotations

import math
import re
from typing import Any, Sequence

import numpy as np

from vnsumm.article import Article
from vnsumm.errors import ConfigError

METHODS = ("lead", "textrank")
_WORD = re.compile(r"\w", re.UNICODE)


def words(sentence: str) -> set[str]:
    """Lower-cased Vietnamese words (underthesea segmentation: 'Hoa Kỳ' is one word)."""
    from underthesea import word_tokenize

    return {w.lower() for w in word_tokenize(sentence) if _WORD.search(w)}


def similarity_matrix(bags: Sequence[set[str]]) -> np.ndarray:
    """TextRank similarity: shared words over the sum of log sentence lengths."""
    n = len(bags)
    sim = np.zeros((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            shared = len(bags[i] & bags[j])
            if shared and len(bags[i]) > 1 and len(bags[j]) > 1:
                sim[i, j] = sim[j, i] = shared / (math.log(len(bags[i])) + math.log(len(bags[j])))
    return sim


def pagerank(sim: np.ndarray, damping: float = 0.85, iterations: int = 100, tol: float = 1e-6) -> np.ndarray:
    """Power-iteration PageRank over a weighted undirected graph."""
    n = sim.shape[0]
    out_weight = sim.sum(axis=1, keepdims=True)
    transition = np.divide(sim, out_weight, out=np.full_like(sim, 1.0 / n), where=out_weight > 0)
    scores = np.full(n, 1.0 / n)
    for _ in range(iterations):
        new = (1 - damping) / n + damping * transition.T @ scores
        if np.abs(new - scores).sum() < tol:
            return new
        scores = new
    return scores


def textrank(sentences: Sequence[str], k: int, max_sentences: int = 200) -> list[int]:
    """Indices (in article order) of the ``k`` most central of the first ``max_sentences`` sentences.

    The graph is quadratic in sentences; news puts its story first, so a huge dump is ranked
    on its opening ``max_sentences`` sentences instead of taking minutes.
    """
    sentences = sentences[:max_sentences]
    if len(sentences) <= k:
        return list(range(len(sentences)))
    scores = pagerank(similarity_matrix([words(s) for s in sentences]))
    ranked = sorted(range(len(sentences)), key=lambda i: (-scores[i], i))
    return sorted(ranked[:k])


class ExtractiveSummarizer:
    """Pick ``k`` body sentences by position (``lead``) or centrality (``textrank``)."""

    def __init__(self, method: str = "textrank", k: int = 3, max_sentences: int = 200) -> None:
        if method not in METHODS:
            raise ConfigError(f"extractive method must be one of {', '.join(METHODS)}, not '{method}'")
        if not isinstance(k, int) or k < 1:
            raise ConfigError("extractive k must be a positive integer")
        if not isinstance(max_sentences, int) or max_sentences < k:
            raise ConfigError("extractive max_sentences must be an integer of at least k")
        self.method, self.k, self.max_sentences = method, k, max_sentences

    def select(self, article: Article) -> list[int]:
        sentences = article.sentences
        if self.method == "lead":
            return list(range(min(self.k, len(sentences))))
        return textrank(sentences, self.k, self.max_sentences)

    def summarize(self, articles: Sequence[Article]) -> list[str]:
        return [" ".join(a.sentences[i] for i in self.select(a)) for a in articles]

    def describe(self) -> dict[str, Any]:
        return {"backend": "extractive", "method": self.method, "k": self.k}
