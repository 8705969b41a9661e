"""vnsumm: Vietnamese news articles → English briefs (clean, summarize, translate, score)."""
from __future__ import annotations

from vnsumm.article import Article, Brief
from vnsumm.clean import clean
from vnsumm.errors import ConfigError, InputError, ModelError, VnsummError

__version__ = "0.1.0"
__all__ = ["Article", "Brief", "Pipeline", "read", "clean", "VnsummError", "InputError", "ModelError", "ConfigError"]


def __getattr__(name: str):  # lazy: importing vnsumm must stay light
    if name == "read":
        from vnsumm.inputs.reader import read

        return read
    if name == "Pipeline":
        from vnsumm.pipeline import Pipeline

        return Pipeline
    raise AttributeError(name)
