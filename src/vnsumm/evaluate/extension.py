"""A per-example metric that some tasks add to their reports (e.g. faithfulness)."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = ["ExampleScorer", "MetricExtension"]

# (sources, predictions, references) -> per-example {metric: value}
ExampleScorer = Callable[[Sequence[str], Sequence[str], Sequence[str]], list[dict[str, float]]]


@dataclass
class MetricExtension:
    """Extra per-example metrics for some tasks, with their report table.

    ``ratios`` maps a reported metric to (numerator, denominator) per-example keys; it is scored
    as 100 × sum(numerator) / sum(denominator). Other per-example keys are averaged.
    """

    name: str
    tasks: tuple[str, ...]
    scorer: ExampleScorer
    group: dict[str, Any]  # {"title", "note", "metrics"}
    ratios: dict[str, tuple[str, str]] = field(default_factory=dict)
