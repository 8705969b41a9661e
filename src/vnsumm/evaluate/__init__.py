"""Offline evaluation: score pipelines on a dataset, with bootstrap CIs, paired tests and reports.

Light to import: names below load their modules on first use (the CLI imports this package).
"""
from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

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
    "run_evaluation",
    "build_specs",
    "EvalOptions",
    "score_examples",
    "score_rouge",
]

# Folder of the `evaluate` metric module: evaluate.load(METRIC_PATH) works offline.
METRIC_PATH = str(Path(__file__).parent / "metrics" / "vnsumm_rouge")

_HOME = {
    "TASKS": "data", "Example": "data", "load_examples": "data",
    "UnicodeTokenizer": "rouge", "score_rouge": "rouge",
    "bootstrap_ci": "bootstrap", "paired_bootstrap": "bootstrap",
    "aggregate": "scoring", "compare": "scoring", "score_examples": "scoring",
    "run_evaluation": "runner", "build_specs": "runner", "EvalOptions": "runner",
}


def __getattr__(name: str) -> Any:
    if name in _HOME:
        return getattr(importlib.import_module(f"vnsumm.evaluate.{_HOME[name]}"), name)
    raise AttributeError(f"module 'vnsumm.evaluate' has no attribute {name!r}")
