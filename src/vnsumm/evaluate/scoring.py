"""What each task scores: per-example scores, corpus aggregates with CIs, paired comparisons.

Per-example scores are plain ``{metric: value}`` dicts. Metrics that average over examples
(ROUGE, and any per-example metric added later, e.g. faithfulness from ``vnsumm.check``) are
aggregated as means; BLEU and chrF are corpus metrics recomputed from sacrebleu statistics.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from vnsumm.evaluate import translation
from vnsumm.evaluate.bootstrap import DEFAULT_RESAMPLES, DEFAULT_SEED, bootstrap_ci, paired_bootstrap
from vnsumm.evaluate.data import TASK_LANG
from vnsumm.evaluate.rouge import rouge_settings, score_rouge

__all__ = [
    "ExampleScorer",
    "EXTRA_SCORERS",
    "metric_groups",
    "primary_metrics",
    "score_examples",
    "aggregate",
    "compare",
]

# (sources, predictions, references) -> per-example {metric: value}; register extra metrics here.
ExampleScorer = Callable[[Sequence[str], Sequence[str], Sequence[str]], list[dict[str, float]]]
EXTRA_SCORERS: dict[str, list[ExampleScorer]] = {"summarize": [], "translate": [], "brief": []}


def primary_metrics(task: str) -> list[str]:
    """The headline metrics of a task, in table order."""
    if task == "translate":
        return list(translation.CORPUS_METRICS)
    return rouge_settings(TASK_LANG[task])[0].metric_names()


def metric_groups(task: str) -> list[dict[str, Any]]:
    """Metric tables of a task: ``{"title", "note", "metrics"}``, the primary group first."""
    if task == "translate":
        return [{
            "title": "sacrebleu BLEU and chrF",
            "note": "corpus BLEU (13a tokenizer) and chrF2 with sacrebleu defaults; signatures in scores.json",
            "metrics": list(translation.CORPUS_METRICS),
        }]
    groups = []
    for i, setting in enumerate(rouge_settings(TASK_LANG[task])):
        title = "ROUGE F1" + (" (primary)" if i == 0 else "") + f", {setting.tokenizer} tokenizer"
        groups.append({"title": title, "note": setting.label, "metrics": setting.metric_names()})
    return groups


def score_examples(
    task: str, sources: Sequence[str], predictions: Sequence[str], references: Sequence[str]
) -> list[dict[str, float]]:
    """Per-example scores of ``predictions`` against ``references`` for ``task``."""
    preds, refs = list(predictions), list(references)
    if task == "translate":
        rows = translation.segment_scores(preds, refs)
    else:
        rows = score_rouge(preds, refs, TASK_LANG[task])
    for scorer in EXTRA_SCORERS[task]:
        for row, extra in zip(rows, scorer(list(sources), preds, refs)):
            row.update(extra)
    return rows


def _mean_metric_names(task: str, records: list[dict[str, Any]]) -> list[str]:
    corpus = set(translation.CORPUS_METRICS) if task == "translate" else set()
    names: list[str] = []
    for rec in records:
        names += [k for k in rec["scores"] if k not in corpus and k not in names]
    return names


def _statistic(task: str, name: str, records: list[dict[str, Any]]):
    """(stats, score_rows) for one metric over ``records``; score_rows None means mean."""
    if task == "translate" and name in translation.CORPUS_METRICS:
        preds = [r["prediction"] for r in records]
        refs = [r["reference"] for r in records]
        return translation.corpus_statistics(name, preds, refs)
    return np.array([r["scores"].get(name, np.nan) for r in records], dtype=float), None


def aggregate(
    task: str,
    records: list[dict[str, Any]],
    n_resamples: int = DEFAULT_RESAMPLES,
    seed: int = DEFAULT_SEED,
) -> dict[str, dict[str, Any]]:
    """Corpus score and 95% bootstrap CI of every metric: ``{metric: {"score", "ci"}}``."""
    if not records:
        return {}
    out: dict[str, dict[str, Any]] = {}
    names = (list(translation.CORPUS_METRICS) if task == "translate" else []) + _mean_metric_names(
        task, records
    )
    for name in names:
        stats, score_rows = _statistic(task, name, records)
        if score_rows is None:
            stats = stats[~np.isnan(stats)]
            if not len(stats):
                continue
            score = float(stats.mean())
        else:
            score = score_rows(stats)
        low, high = bootstrap_ci(stats, score_rows, n_resamples, seed)
        out[name] = {"score": score, "ci": [low, high]}
    if task == "translate":
        for name in translation.CORPUS_METRICS:
            preds = [r["prediction"] for r in records]
            refs = [r["reference"] for r in records]
            out[name]["signature"] = translation.corpus_score(name, preds, refs)[1]
    return out


def compare(
    task: str,
    records_a: list[dict[str, Any]],
    records_b: list[dict[str, Any]],
    metrics: Sequence[str] | None = None,
    n_resamples: int = DEFAULT_RESAMPLES,
    seed: int = DEFAULT_SEED,
) -> dict[str, dict[str, Any]]:
    """Paired bootstrap A vs B on the examples both scored: ``{metric: {delta, ci, p_value, n}}``."""
    by_id_b = {r["id"]: r for r in records_b}
    pairs = [(a, by_id_b[a["id"]]) for a in records_a if a["id"] in by_id_b]
    if not pairs:
        return {}
    a_recs, b_recs = [p[0] for p in pairs], [p[1] for p in pairs]
    out = {}
    for name in metrics or primary_metrics(task):
        stats_a, score_rows = _statistic(task, name, a_recs)
        stats_b, _ = _statistic(task, name, b_recs)
        if score_rows is None and (np.isnan(stats_a).any() or np.isnan(stats_b).any()):
            continue
        res = paired_bootstrap(stats_a, stats_b, score_rows, n_resamples, seed)
        out[name] = {"delta": res.delta, "ci": list(res.ci), "p_value": res.p_value, "n": res.n}
    return out
