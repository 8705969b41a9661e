"""Back ends by name, imported lazily: ``vnsumm clean`` never imports torch."""
from __future__ import annotations

import importlib
import inspect
from typing import Any

from vnsumm.config import StageConfig
from vnsumm.errors import ConfigError

SUMMARIZERS = {
    "extractive": "vnsumm.summarize.extractive:ExtractiveSummarizer",
    "seq2seq": "vnsumm.summarize.seq2seq:Seq2SeqSummarizer",
    "ctranslate2": "vnsumm.summarize.seq2seq:CTranslate2Summarizer",
    "llm": "vnsumm.llm.stages:LLMSummarizer",
}
TRANSLATORS = {
    "seq2seq": "vnsumm.translate.seq2seq:Seq2SeqTranslator",
    "ctranslate2": "vnsumm.translate.seq2seq:CTranslate2Translator",
    "llm": "vnsumm.llm.stages:LLMTranslator",
}
BRIEFERS = {  # one step: cleaned article -> English brief
    "llm": "vnsumm.llm.stages:LLMBriefer",
}


def _class(table: dict[str, str], backend: str, stage: str) -> type:
    if backend not in table:
        names = sorted(table) + (["none"] if stage in ("translator", "briefer") else [])
        raise ConfigError(f"unknown {stage} backend '{backend}'; choose one of {', '.join(names)}")
    module_name, _, class_name = table[backend].partition(":")
    return getattr(importlib.import_module(module_name), class_name)


def build(stage_name: str, stage: StageConfig, **run_settings: Any) -> Any:
    """Instantiate the back end a stage config names, passing its settings as keywords.

    ``run_settings`` (device, batch_size) go only to back ends whose constructor takes them.
    """
    table = {"summarizer": SUMMARIZERS, "briefer": BRIEFERS}.get(stage_name, TRANSLATORS)
    cls = _class(table, stage.backend, stage_name)
    params = inspect.signature(cls).parameters
    kwargs = {k: v for k, v in run_settings.items() if k in params}
    if stage.model is not None:
        if "model" not in params:
            raise ConfigError(f"{stage_name} backend '{stage.backend}' takes no model")
        kwargs["model"] = stage.model
    unknown = [k for k in stage.settings if k not in params]
    if unknown:
        allowed = [p for p in params if p not in ("self", "model", "device", "batch_size")]
        raise ConfigError(
            f"{stage_name} backend '{stage.backend}' has no setting {', '.join(unknown)}"
            f" (settings: {', '.join(allowed) or 'none'})"
        )
    return cls(**kwargs, **stage.settings)
