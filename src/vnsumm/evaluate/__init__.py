"""Offline evaluation: score pipelines on a dataset, with bootstrap CIs, paired tests and reports.

Light to import (no models): the runner imports the pipeline only when it runs.
"""
from __future__ import annotations

from pathlib import Path

from vnsumm.evaluate.bootstrap import bootstrap_ci, paired_bootstrap
from vnsumm.evaluate.data import TASKS, Example, load_examples
from vnsumm.evaluate.rouge import UnicodeTokenizer, score_rouge
from vnsumm.evaluate.scoring import aggregate, compare, score_examples

__all__ = [
    "METRIC_PATH",
    "TASKS",
    "Example",
    "UnicodeTokenizer",
    "aggregate",
    "bootstrap_ci",
    "compare",
    "load_examples",
    "paired_bootstrap",
    "score_examples",
    "score_rouge",
]

# Folder of the `evaluate` metric module: evaluate.load(METRIC_PATH) works offline.
METRIC_PATH = str(Path(__file__).parent / "metrics" / "vnsumm_rouge")
