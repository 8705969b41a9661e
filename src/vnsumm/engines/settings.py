"""The engine settings, declared once: what every seq2seq stage config may say about its model run.

A ``seq2seq`` stage config holds its stage's own settings (e.g. the summarizer's ``max_rounds``),
``engine: transformers|ctranslate2`` and the settings below; :meth:`EngineSettings.from_stage`
takes the latter, and each engine refuses those it cannot honour.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Mapping

from vnsumm.errors import ConfigError

ENGINE_ONLY = {  # setting → the one engine taking it
    "tokenizer": "ctranslate2", "inter_threads": "ctranslate2",
    "max_batch_tokens": "ctranslate2", "release": "ctranslate2",
}
COMMON_GENERATION_LIMITS = {"num_return_sequences": 1}  # a stage keeps one output per input
TORCH_COMPUTE_TYPES = ("default", "float32", "float16", "bfloat16")  # the transformers engine's: torch dtypes


@dataclass(frozen=True)
class EngineSettings:
    """Everything an engine needs besides the model name; defaults are each engine's defaults."""

    device: str = "auto"
    batch_size: int = 8
    prefix: str = ""
    output_prefix: str = ""
    src_lang: str | None = None
    tgt_lang: str | None = None
    tgt_lang_as: str = "forced_bos"
    max_input_tokens: int | None = None
    generation: dict[str, Any] = field(default_factory=dict)
    threads: int = 0
    compute_type: str = "default"  # weights and arithmetic: the model's own (default) or a type each engine lists
    tokenizer: str | None = None  # ctranslate2 only: tokenizer folder, if not beside the model
    inter_threads: int = 0  # ctranslate2 only: batches run at once, sharing ``threads``; 0: 2 on a CPU with 2+ threads
    max_batch_tokens: int | None = None  # ctranslate2 only: cut batches by input tokens, not by batch_size inputs
    release: bool = False  # ctranslate2 only: free the model's memory after each call (reloaded on the next)
    config_key: str = field(default="model", compare=False)  # where the model is set, for messages

    @classmethod
    def names(cls) -> list[str]:
        """The settings a config may give (``config_key`` is not one)."""
        return [f.name for f in fields(cls) if f.name != "config_key"]

    @classmethod
    def from_stage(cls, settings: Mapping[str, Any], config_key: str = "model", **run: Any) -> "EngineSettings":
        """Engine settings from a stage's settings (engine names only) over the run's (device, batch_size)."""
        names = set(cls.names())
        unknown = sorted(set(settings) - names)
        if unknown:
            raise ConfigError(
                f"{', '.join(unknown)} is not an engine setting (engine settings: {', '.join(cls.names())})")
        merged = {**{k: v for k, v in run.items() if k in names}, **settings}
        generation = merged.get("generation") or {}
        if not isinstance(generation, Mapping):
            raise ConfigError(f"{config_key.rsplit('.', 1)[0]}.generation must be a mapping of generate() settings")
        merged["generation"] = dict(generation)
        batch_size = merged.get("batch_size", 8)
        if not isinstance(batch_size, int) or batch_size < 1:
            raise ConfigError("batch_size must be a positive integer")
        for name in ("max_input_tokens", "max_batch_tokens"):
            limit = merged.get(name)
            if limit is not None and (not isinstance(limit, int) or isinstance(limit, bool) or limit < 1):
                raise ConfigError(f"{name} must be a positive integer")
        if not isinstance(merged.get("release", False), bool):
            raise ConfigError("release must be true or false")
        inter = merged.get("inter_threads", 0)
        if not isinstance(inter, int) or isinstance(inter, bool) or inter < 0:
            raise ConfigError("inter_threads must be a positive integer (or 0: chosen from the threads)")
        return cls(**merged, config_key=config_key)

    def check_for(self, engine: str) -> None:
        """Refuse settings that only another engine honours, and generation settings no stage can use."""
        for name, owner in ENGINE_ONLY.items():
            if owner != engine and getattr(self, name) != getattr(EngineSettings, name):
                raise ConfigError(f"the {engine} engine has no setting {name} (a {owner} setting); remove it")
        if engine == "transformers" and self.compute_type not in TORCH_COMPUTE_TYPES:
            raise ConfigError(f"the transformers engine runs compute_type {', '.join(TORCH_COMPUTE_TYPES)}, not "
                              f"'{self.compute_type}' (the int8 types are CTranslate2's: engine: ctranslate2)")
        for name, allowed in COMMON_GENERATION_LIMITS.items():
            if self.generation.get(name, allowed) != allowed:
                raise ConfigError(f"generation.{name} must be {allowed}: a stage keeps one output per input")
        if self.tgt_lang_as not in ("forced_bos", "decoder_start"):
            raise ConfigError("tgt_lang_as must be forced_bos (mBART-50) or decoder_start (vinai-translate)")
