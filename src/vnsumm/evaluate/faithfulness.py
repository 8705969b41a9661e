"""Faithfulness columns for the ``brief`` task, from ``vnsumm.check``.

Per brief: checkable facts (numbers, dates, ordinals, names) in the English brief, how many the
Vietnamese article supports, unsupported numbers/dates and names, and whether it is flagged.
Reported: supported facts % (ratio of sums), briefs flagged %, unsupported numbers and names
per 100 briefs, and facts per brief; all with bootstrap CIs like the other metrics.
"""
from __future__ import annotations

from collections.abc import Sequence

from vnsumm.check import check
from vnsumm.check.match import DATE_KINDS, NUMBER_KINDS
from vnsumm.evaluate.extension import MetricExtension

__all__ = ["score_faithfulness", "FAITHFULNESS"]

METRICS = [
    "faith_supported_pct",
    "faith_flagged_pct",
    "faith_unsupported_numbers_per100",
    "faith_unsupported_names_per100",
    "faith_facts",
]


def score_faithfulness(
    sources: Sequence[str], predictions: Sequence[str], references: Sequence[str]
) -> list[dict[str, float]]:
    """Per-example faithfulness counts of English ``predictions`` against Vietnamese ``sources``."""
    rows = []
    for source, brief in zip(sources, predictions):
        result = check(source, brief or "")
        bad = [c.fact.kind for c in result.unsupported]
        rows.append({
            "faith_facts": float(len(result.supported) + len(bad)),
            "faith_supported": float(len(result.supported)),
            "faith_flagged_pct": 100.0 if bad else 0.0,
            "faith_unsupported_numbers_per100": 100.0 * sum(k in NUMBER_KINDS or k in DATE_KINDS for k in bad),
            "faith_unsupported_names_per100": 100.0 * sum(k in ("name", "place") for k in bad),
        })
    return rows


FAITHFULNESS = MetricExtension(
    name="faithfulness",
    tasks=("brief",),
    scorer=score_faithfulness,
    group={
        "title": "Faithfulness (vnsumm.check)",
        "note": "facts of the English brief (numbers, dates, ordinals, names) found in the Vietnamese "
        "article: supported %, briefs with an unsupported fact %, unsupported numbers/dates and "
        "names per 100 briefs, checkable facts per brief",
        "metrics": METRICS,
    },
    ratios={"faith_supported_pct": ("faith_supported", "faith_facts")},
)
