"""Back ends by name, imported lazily: ``vnsumm clean`` never imports torch.

Each back end declares its own settings here. A model-backed one (``engine=True``) also takes
``engine: transformers|ctranslate2`` and the engine settings (:class:`EngineSettings`), and
is built around the engine those make.
"""
from __future__ import annotations

import importlib
import inspect
from dataclasses import dataclass
from typing import Any

from vnsumm.config import StageConfig
from vnsumm.engines import ENGINES, load_engine
from vnsumm.engines.settings import EngineSettings
from vnsumm.errors import ConfigError

RUN_SETTINGS = ("device", "batch_size")  # set for the whole run (top of the config), not per stage


@dataclass(frozen=True)
class Backend:
    """Where a back end lives (``module:Class``), its own settings, and whether it runs an engine or names a model."""

    path: str
    settings: tuple[str, ...] | None = ()  # None: a plug-in; its constructor's keywords
    engine: bool = False  # runs a seq2seq engine (settings of EngineSettings too)
    model: bool = False  # takes ``model`` itself (e.g. the model an LLM server serves)

    def load(self) -> type:
        module_name, _, class_name = self.path.partition(":")
        return getattr(importlib.import_module(module_name), class_name)

    def allowed(self, cls: type) -> list[str]:
        if self.settings is None:
            return [p for p in inspect.signature(cls).parameters if p not in RUN_SETTINGS]
        engine = ["engine", *(n for n in EngineSettings.names() if n not in RUN_SETTINGS)] if self.engine else []
        return [*self.settings, *engine]


LLM_SETTINGS = ("base_url", "temperature", "seed", "max_tokens", "context_tokens", "chars_per_token", "concurrency",
                "timeout", "max_retries", "sentences", "words", "repair", "max_rounds", "prompts",
                "max_tokens_ceiling", "length_margin")
SUMMARIZERS: dict[str, Backend | str] = {
    "extractive": Backend("vnsumm.summarize.extractive:ExtractiveSummarizer",
                          ("method", "k", "max_sentences", "max_words", "redundancy", "duplicate", "weights")),
    "seq2seq": Backend("vnsumm.summarize.seq2seq:Seq2SeqSummarizer", ("max_rounds",), engine=True),
    "llm": Backend("vnsumm.llm.stages:LLMSummarizer", LLM_SETTINGS, model=True),
}
TRANSLATORS: dict[str, Backend | str] = {
    "seq2seq": Backend("vnsumm.translate.seq2seq:Seq2SeqTranslator", (), engine=True),
    "llm": Backend("vnsumm.llm.stages:LLMTranslator", LLM_SETTINGS, model=True),
}
BRIEFERS: dict[str, Backend | str] = {  # one step: cleaned article -> English brief
    "llm": Backend("vnsumm.llm.stages:LLMBriefer", LLM_SETTINGS, model=True),
}
TABLES = {"summarizer": SUMMARIZERS, "translator": TRANSLATORS, "briefer": BRIEFERS}


def _backend(table: dict[str, Backend | str], name: str, stage: str) -> Backend:
    if name not in table:
        names = sorted(table) + (["none"] if stage in ("translator", "briefer") else [])
        raise ConfigError(f"unknown {stage} backend '{name}'; choose one of {', '.join(names)}")
    entry = table[name]
    return Backend(entry, None, model=True) if isinstance(entry, str) else entry


def build(stage_name: str, stage: StageConfig, **run_settings: Any) -> Any:
    """Instantiate the back end a stage config names with its settings.

    ``run_settings`` (device, batch_size) go to the engine of a model-backed back end.
    """
    backend = _backend(TABLES[stage_name], stage.backend, stage_name)
    cls = backend.load()
    allowed = backend.allowed(cls)
    unknown = [k for k in stage.settings if k not in allowed]
    if unknown:
        raise ConfigError(
            f"{stage_name} backend '{stage.backend}' has no setting {', '.join(unknown)}"
            f" (settings: {', '.join(allowed) or 'none'})"
        )
    if not backend.engine:
        if stage.model is None:
            return cls(**stage.settings)
        if not backend.model:
            raise ConfigError(f"{stage_name} backend '{stage.backend}' takes no model")
        return cls(model=stage.model, **stage.settings)
    kind = stage.settings.get("engine", "transformers")
    if kind not in ENGINES:
        raise ConfigError(f"unknown {stage_name}.engine '{kind}'; choose one of {', '.join(ENGINES)}")
    names = set(EngineSettings.names())
    settings = EngineSettings.from_stage(
        {k: v for k, v in stage.settings.items() if k in names},
        config_key=f"{stage_name}.model",
        **{k: v for k, v in run_settings.items() if k in RUN_SETTINGS},
    )
    engine = load_engine(kind, stage.model, settings)
    return cls(engine, **{k: v for k, v in stage.settings.items() if k in backend.settings})
