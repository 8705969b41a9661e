"""Extractive summaries that need no model: learned sentence scores, TextRank, or lead-k.

Every method returns sentences of the cleaned body, unchanged and in article order. ``max_words`` is a
hard cap: a summary longer than it (a first sentence over the budget) is cut at the last clause
boundary within the budget and ends with "…", and the Brief carries a warning saying so.

- ``learned`` (the ``extractive`` config): gradient-boosted trees score each sentence from its
  position, length, centrality and overlap with the title (:mod:`vnsumm.summarize.features`),
  trained on VietNews train against ROUGE (``eval/train_sentence_scorer.py``; weights are JSON in
  ``summarize/weights/``). Sentences are then taken best first, each one's score lowered by
  ``redundancy`` × its overlap with those already taken, until ``k`` sentences or ``max_words``.
- ``textrank``: the ``k`` most central sentences (PageRank over shared underthesea words).
- ``lead``: the first ``k`` sentences (the baseline).

``learned`` and ``textrank`` never take a sentence whose syllables are mostly (``duplicate``,
default 0.7 of the shorter one's) in a sentence already taken.
"""
from __future__ import annotations

import hashlib
import json
import math
import re
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from vnsumm.article import Article
from vnsumm.engines import Outputs
from vnsumm.errors import ConfigError
from vnsumm.summarize.features import FEATURE_NAMES, featurize, overlap, syllables
from vnsumm.summarize.scorer import DEFAULT_WEIGHTS, TreeScorer, load_weights

METHODS = ("learned", "textrank", "lead")
DEFAULT_DUPLICATE = 0.7
_WORD = re.compile(r"\w", re.UNICODE)
_CLAUSE_END = re.compile(r"[,;:)\]\"]$|^[-–—]$")


def cap_words(text: str, max_words: int) -> tuple[str, bool]:
    """``text`` cut to at most ``max_words`` words, at the last clause boundary (comma, semicolon, colon,
    dash) in the second half of the budget, else at the budget, ending with "…"; and whether it was cut."""
    words = text.split()
    if len(words) <= max_words:
        return text, False
    cut = next((j for j in range(max_words, max(max_words // 2, 1) - 1, -1) if _CLAUSE_END.search(words[j - 1])),
               max_words)
    head = " ".join(words[:cut]).rstrip(",;:-–— ")
    return f"{head} …" if head.endswith((")", '"')) else f"{head}…", True


def words(sentence: str) -> set[str]:
    """Lower-cased Vietnamese words (underthesea segmentation: 'Hoa Kỳ' is one word)."""
    from vnsumm.summarize.segment import words as segment_words

    return {w.lower() for w in segment_words(sentence) if _WORD.search(w)}


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


def textrank_scores(sentences: Sequence[str]) -> np.ndarray:
    """PageRank centrality of each sentence."""
    if len(sentences) == 1:
        return np.ones(1)
    return pagerank(similarity_matrix([words(s) for s in sentences]))


def textrank(sentences: Sequence[str], k: int, max_sentences: int = 200) -> list[int]:
    """Indices (in article order) of the ``k`` most central of the first ``max_sentences`` sentences.

    The graph is quadratic in sentences; news puts its story first, so a huge dump is ranked
    on its opening ``max_sentences`` sentences instead of taking minutes.
    """
    sentences = sentences[:max_sentences]
    if len(sentences) <= k:
        return list(range(len(sentences)))
    scores = textrank_scores(sentences)
    ranked = sorted(range(len(sentences)), key=lambda i: (-scores[i], i))
    return sorted(ranked[:k])


def pick(
    scores: Sequence[float],
    sentences: Sequence[str],
    k: int,
    max_words: int | None = None,
    redundancy: float = 0.0,
    duplicate: float | None = DEFAULT_DUPLICATE,
    sets: Sequence[set[str]] | None = None,
) -> list[int]:
    """Greedy selection, best adjusted score first; returns indices in article order.

    The adjusted score is ``score - redundancy * max overlap with a picked sentence``. Every pick
    must fit in ``max_words`` (whitespace words) with those already taken, and must not be a near
    duplicate (overlap ≥ ``duplicate``) of a picked one; only when no sentence fits at all is the
    best one taken alone (the caller then cuts it to the budget, see :func:`cap_words`).
    Ties go to the earlier sentence, so the result is deterministic. ``sets``: the sentences'
    syllable sets, if already made.
    """
    if sets is None:
        sets = [set(syllables(s)) for s in sentences]
    lengths = [len(s.split()) for s in sentences]
    picked: list[int] = []
    used = 0
    remaining = set(range(len(sentences)))
    while remaining and len(picked) < k:
        best, best_key = None, None
        for i in sorted(remaining):
            if max_words is not None and used + lengths[i] > max_words:
                continue
            closest = max((overlap(sets[i], sets[j]) for j in picked), default=0.0)
            if duplicate is not None and picked and closest >= duplicate:
                continue
            key = scores[i] - redundancy * closest
            if best_key is None or key > best_key:
                best, best_key = i, key
        if best is None and not picked and max_words is not None:  # nothing fits: the best, to be cut
            best = min(sorted(remaining), key=lambda i: (-scores[i], i))
        if best is None:
            break
        picked.append(best)
        used += lengths[best]
        remaining.discard(best)
    return sorted(picked)


class ExtractiveSummarizer:
    """Pick up to ``k`` body sentences (and up to ``max_words`` words) by ``method``.

    ``weights`` (a JSON path, or the mapping itself) and ``redundancy`` belong to ``learned``;
    ``duplicate`` to ``learned`` and ``textrank``; a setting another method cannot use is refused.
    """

    def __init__(
        self,
        method: str = "learned",
        k: int = 3,
        max_sentences: int = 200,
        max_words: int | None = None,
        redundancy: float | None = None,
        duplicate: float | None = None,
        weights: str | dict[str, Any] | None = None,
    ) -> None:
        if method not in METHODS:
            raise ConfigError(f"extractive method must be one of {', '.join(METHODS)}, not '{method}'")
        if not isinstance(k, int) or isinstance(k, bool) or k < 1:
            raise ConfigError("extractive k must be a positive integer")
        if not isinstance(max_sentences, int) or isinstance(max_sentences, bool) or max_sentences < k:
            raise ConfigError("extractive max_sentences must be an integer of at least k")
        if max_words is not None and (not isinstance(max_words, int) or isinstance(max_words, bool) or max_words < 1):
            raise ConfigError("extractive max_words must be a positive integer (words of the summary)")
        if redundancy is not None and method != "learned":
            raise ConfigError(f"extractive redundancy is a setting of method 'learned', not '{method}'"
                              " (use the 'textrank' or 'lead' config, or -s summarizer.redundancy= to drop it)")
        if weights is not None and method != "learned":
            raise ConfigError(f"extractive weights is a setting of method 'learned', not '{method}'")
        if duplicate is not None and method == "lead":
            raise ConfigError("extractive duplicate is a setting of methods 'learned' and 'textrank', not 'lead'")
        if redundancy is not None and (not isinstance(redundancy, (int, float)) or isinstance(redundancy, bool)
                                       or not 0 <= redundancy <= 10):
            raise ConfigError("extractive redundancy must be a number from 0 to 10")
        if duplicate is not None and (not isinstance(duplicate, (int, float)) or isinstance(duplicate, bool)
                                      or not 0 < duplicate <= 1):
            raise ConfigError("extractive duplicate must be a number above 0 and at most 1 (shared-syllable share)")
        self.method, self.k, self.max_sentences, self.max_words = method, k, max_sentences, max_words
        self.redundancy = float(redundancy or 0.0)
        self.duplicate = None if method == "lead" else float(duplicate if duplicate is not None else DEFAULT_DUPLICATE)
        self.weights_source = None
        self.scorer: TreeScorer | None = None
        if method == "learned":
            if isinstance(weights, dict):
                data, self.weights_source = weights, "given"
            else:
                if weights is not None and not isinstance(weights, str):
                    raise ConfigError("extractive weights must be the path of a JSON weights file")
                path = Path(weights) if weights else DEFAULT_WEIGHTS
                data, self.weights_source = load_weights(path), str(path if weights else path.name)
            self.scorer = TreeScorer(data, FEATURE_NAMES, where=f"weights {self.weights_source}")
            blob = json.dumps(data, sort_keys=True, ensure_ascii=False).encode("utf-8")
            self.weights_sha = hashlib.sha256(blob).hexdigest()[:12]  # which weights made a summary

    def scores(self, article: Article) -> np.ndarray:
        """The method's score of each of the first ``max_sentences`` sentences (higher = keep)."""
        sentences = article.sentences[: self.max_sentences]
        if not sentences:
            return np.zeros(0)
        if self.method == "lead":
            return -np.arange(len(sentences), dtype=float)
        if self.method == "textrank":
            return textrank_scores(sentences)
        return self._learned(article.title, sentences)[0]

    def _learned(self, title: str | None, sentences: Sequence[str]) -> tuple[np.ndarray, list[set[str]]]:
        """The learned scores of ``sentences`` and their syllable sets (made once, for the scores and the pick)."""
        assert self.scorer is not None
        toks = [syllables(s) for s in sentences]
        return self.scorer.predict(featurize(title, sentences, toks)), [set(t) for t in toks]

    def select(self, article: Article) -> list[int]:
        sentences = article.sentences[: self.max_sentences]
        if self.method == "lead" and self.max_words is None:
            return list(range(min(self.k, len(sentences))))
        if self.method == "lead":
            picked, used = [0], len(sentences[0].split()) if sentences else 0
            for i in range(1, min(self.k, len(sentences))):
                used += len(sentences[i].split())
                if used > self.max_words:
                    break
                picked.append(i)
            return picked if sentences else []
        if self.method == "learned" and sentences:
            scores, sets = self._learned(article.title, sentences)
            return pick(scores, sentences, self.k, self.max_words, self.redundancy, self.duplicate, sets)
        return pick(self.scores(article), sentences, self.k, self.max_words, self.redundancy, self.duplicate)

    def summarize(self, articles: Sequence[Article]) -> Outputs:
        """One summary per article, within ``max_words``; ``.warnings`` says which were cut."""
        summaries, warnings = [], []
        for article in articles:
            text = " ".join(article.sentences[i] for i in self.select(article))
            cut = False
            if self.max_words is not None:
                text, cut = cap_words(text, self.max_words)
            summaries.append(text)
            warnings.append([f"summary cut to the {self.max_words}-word budget (its best sentence is longer)"]
                            if cut else [])
        return Outputs(summaries, warnings)

    def describe(self) -> dict[str, Any]:
        out: dict[str, Any] = {"backend": "extractive", "method": self.method, "k": self.k}
        if self.max_words is not None:
            out["max_words"] = self.max_words
        if self.method == "learned":
            out.update(redundancy=self.redundancy, weights=self.weights_source, weights_sha=self.weights_sha)
        if self.duplicate is not None:
            out["duplicate"] = self.duplicate
        return out
