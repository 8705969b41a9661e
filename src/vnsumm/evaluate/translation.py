"""BLEU and chrF with sacrebleu: corpus scores with signatures, per-sentence scores, bootstrap stats."""
from __future__ import annotations

from collections.abc import Callable

import numpy as np
from sacrebleu.metrics import BLEU, CHRF
from sacrebleu.metrics.base import Metric

__all__ = ["CORPUS_METRICS", "corpus_metric", "corpus_score", "segment_scores", "corpus_statistics"]

CORPUS_METRICS = ("bleu", "chrf")


def corpus_metric(name: str) -> Metric:
    """A fresh sacrebleu metric object with sacrebleu's default settings (13a tokenizer, chrF2)."""
    if name == "bleu":
        return BLEU()
    if name == "chrf":
        return CHRF()
    raise ValueError(f"unknown corpus metric {name!r} (use one of {CORPUS_METRICS})")


def corpus_score(name: str, predictions: list[str], references: list[str]) -> tuple[float, str]:
    """Corpus-level score and sacrebleu's signature string, exactly as ``sacrebleu`` reports them."""
    metric = corpus_metric(name)
    score = metric.corpus_score(predictions, [references])
    return float(score.score), str(metric.get_signature())


def corpus_statistics(
    name: str, predictions: list[str], references: list[str]
) -> tuple[np.ndarray, Callable[[np.ndarray], float]]:
    """Per-segment sufficient statistics (n, k) and a function from a subset of rows to the score.

    Summing the rows of any subset and scoring the sum is how sacrebleu computes the corpus score,
    so bootstrap resamples of rows give resampled corpus scores (as sacrebleu's own tests do).
    """
    metric = corpus_metric(name)
    stats = np.asarray(metric._extract_corpus_statistics(predictions, [references]), dtype=float)

    def score_rows(rows: np.ndarray) -> float:
        return float(metric._compute_score_from_stats(list(rows.sum(axis=0))).score)

    return stats, score_rows


def segment_scores(predictions: list[str], references: list[str]) -> list[dict[str, float]]:
    """Per-sentence BLEU (effective order, as sacrebleu recommends for sentences) and chrF."""
    bleu, chrf = BLEU(effective_order=True), CHRF()
    return [
        {"bleu": bleu.sentence_score(p, [r]).score, "chrf": chrf.sentence_score(p, [r]).score}
        for p, r in zip(predictions, references)
    ]
