"""What each task scores: per-example scores, corpus aggregates with CIs, paired comparisons.

Per-example scores are plain ``{metric: value}`` dicts. Metrics that average over examples
(ROUGE, faithfulness counts) are aggregated as means; ratio metrics (share of supported facts)
as a ratio of sums; BLEU and chrF are corpus metrics recomputed from sacrebleu statistics.
Further metrics are :class:`MetricExtension` objects listed in ``EXTENSIONS``.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from vnsumm.evaluate import translation
from vnsumm.evaluate.bootstrap import DEFAULT_RESAMPLES, DEFAULT_SEED, bootstrap_ci, paired_bootstrap
from vnsumm.evaluate.data import TASK_LANG
from vnsumm.evaluate.extension import ExampleScorer, MetricExtension
from vnsumm.evaluate.faithfulness import FAITHFULNESS
from vnsumm.evaluate.rouge import rouge_settings, score_rouge

__all__ = [
    "ExampleScorer",
    "MetricExtension",
    "EXTENSIONS",
    "extensions",
    "ratio_metrics",
    "metric_groups",
    "primary_metrics",
    "score_examples",
    "aggregate",
    "compare",
]

# Every extra per-example metric, listed here (faithfulness from vnsumm.check).
EXTENSIONS: tuple[MetricExtension, ...] = (FAITHFULNESS,)


def extensions(task: str) -> list[MetricExtension]:
    """Extensions that apply to ``task``."""
    return [ext for ext in EXTENSIONS if task in ext.tasks]


def ratio_metrics(task: str) -> dict[str, tuple[str, str]]:
    """Ratio metrics of ``task``: name -> (numerator, denominator) per-example keys."""
    return {name: keys for ext in extensions(task) for name, keys in ext.ratios.items()}


def primary_metrics(task: str) -> list[str]:
    """The headline metrics of a task, in table order."""
    if task == "translate":
        return list(translation.CORPUS_METRICS)
    return rouge_settings(TASK_LANG[task])[0].metric_names()


def metric_groups(task: str) -> list[dict[str, Any]]:
    """Metric tables of a task: ``{"title", "note", "metrics"}``, the primary group first."""
    if task == "translate":
        groups = [{
            "title": "sacrebleu BLEU and chrF",
            "note": "corpus BLEU (13a tokenizer) and chrF2 with sacrebleu defaults; signatures in scores.json",
            "metrics": list(translation.CORPUS_METRICS),
        }]
        return groups + [ext.group for ext in extensions(task)]
    groups = []
    for i, setting in enumerate(rouge_settings(TASK_LANG[task])):
        title = "ROUGE F1" + (" (primary)" if i == 0 else "") + f", {setting.tokenizer} tokenizer"
        groups.append({"title": title, "note": setting.label, "metrics": setting.metric_names()})
    return groups + [ext.group for ext in extensions(task)]


def score_examples(
    task: str, sources: Sequence[str], predictions: Sequence[str], references: Sequence[str]
) -> list[dict[str, float]]:
    """Per-example scores of ``predictions`` against ``references`` for ``task``."""
    preds, refs = list(predictions), list(references)
    if task == "translate":
        rows = translation.segment_scores(preds, refs)
    else:
        rows = score_rouge(preds, refs, TASK_LANG[task])
    for ext in extensions(task):
        for row, extra in zip(rows, ext.scorer(list(sources), preds, refs)):
            row.update(extra)
    return rows


def _mean_metric_names(task: str, records: list[dict[str, Any]]) -> list[str]:
    corpus = set(translation.CORPUS_METRICS) if task == "translate" else set()
    names: list[str] = []
    for rec in records:
        names += [k for k in rec["scores"] if k not in corpus and k not in names]
    return names


def _ratio_of_sums(rows: np.ndarray) -> float:
    total = rows[:, 1].sum()
    return float(100.0 * rows[:, 0].sum() / total) if total > 0 else float("nan")


def _statistic(task: str, name: str, records: list[dict[str, Any]]):
    """(stats, score_rows) for one metric over ``records``; score_rows None means mean."""
    if task == "translate" and name in translation.CORPUS_METRICS:
        preds = [r["prediction"] for r in records]
        refs = [r["reference"] for r in records]
        return translation.corpus_statistics(name, preds, refs)
    ratio = ratio_metrics(task).get(name)
    if ratio:
        stats = np.array([[r["scores"].get(k, 0.0) for k in ratio] for r in records], dtype=float)
        return stats, _ratio_of_sums
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
    names += [n for n, keys in ratio_metrics(task).items() if any(keys[1] in r["scores"] for r in records)]
    for name in names:
        stats, score_rows = _statistic(task, name, records)
        if score_rows is None:
            stats = stats[~np.isnan(stats)]
            if not len(stats):
                continue
            score = float(stats.mean())
        else:
            score = score_rows(stats)
            if np.isnan(score):
                continue
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
