"""Engines run one seq2seq model: ``texts → texts``, batched, with the model's prompt conventions.

Summarizers and translators are written once against the :class:`Engine` interface and get
every engine for free: ``transformers`` (PyTorch) or ``ctranslate2`` (converted models).
Engines are imported lazily by name, so nothing heavy is imported until one is used.
"""
from __future__ import annotations

import importlib
import re
from typing import Any, NamedTuple, Protocol, Sequence

from vnsumm.engines.settings import EngineSettings
from vnsumm.errors import ConfigError

ENGINES = {
    "transformers": "vnsumm.engines.transformers:TransformersEngine",
    "ctranslate2": "vnsumm.engines.ctranslate2:CTranslate2Engine",
}


class Output(NamedTuple):
    """One generated text, and whether it stopped at ``max_new_tokens`` before its end token."""

    text: str
    cut: bool = False


class Outputs(list):
    """A stage's outputs, one per item, with the warnings a reader should see for each in ``warnings``.

    It is a plain list of outputs to every caller; the pipeline puts ``warnings[i]`` on item i's Brief.
    """

    def __init__(self, items: Sequence[Any] = (), warnings: Sequence[Sequence[str]] | None = None) -> None:
        super().__init__(items)
        self.warnings = [list(w) for w in warnings] if warnings is not None else [[] for _ in self]


def warnings_of(outputs: Sequence[Any]) -> list[list[str]]:
    """Per-item warnings of a stage's outputs (none for a stage that returns a plain list)."""
    found = getattr(outputs, "warnings", None)
    return [list(w) for w in found] if found is not None else [[] for _ in outputs]


class Engine(Protocol):
    """A loaded seq2seq model with its prompt conventions (prefix, output prefix, languages)."""

    max_input_tokens: int
    max_new_tokens: int  # the output length limit in effect (config, else the model's defaults)

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        """Input length of each text in tokens, prefix and special tokens included."""

    def generate(self, texts: Sequence[str]) -> list[Output]:
        """Generate one output per text, batched; outputs in input order."""

    def describe(self) -> dict[str, Any]:
        """Engine, model and settings, for the record kept in each Brief."""


def load_engine(kind: str, model: str | None, settings: EngineSettings | None = None) -> Engine:
    """Load an engine by name (``transformers`` or ``ctranslate2``) with its settings."""
    if kind not in ENGINES:
        raise ConfigError(f"unknown engine '{kind}'; choose one of {', '.join(ENGINES)}")
    settings = settings or EngineSettings()
    if not model:
        raise ConfigError(f"a model is required: set {settings.config_key}")
    settings.check_for(kind)
    module_name, _, class_name = ENGINES[kind].partition(":")
    cls = getattr(importlib.import_module(module_name), class_name)
    return cls(model, settings)


def stage_record(engine: Engine) -> dict[str, Any]:
    """A model-backed stage's ``describe()``: its back-end name, then the engine's own record."""
    return {"backend": "seq2seq", **engine.describe()}


def split_to_fit(text: str, engine: Engine, limit: int | None = None) -> list[str]:
    """Cut a text too long for the model into word-boundary pieces that fit, nothing dropped."""
    limit = limit or engine.max_input_tokens
    if engine.count_tokens([text])[0] <= limit:
        return [text]
    # prefer clause boundaries, then plain words
    for pattern in (r"(?<=[;:])\s+", r"(?<=,)\s+", r"\s+"):
        parts = [p for p in re.split(pattern, text) if p]
        if len(parts) > 1:
            break
    else:  # one giant token run with no spaces: cut by characters
        size = max(1, len(text) // 2)
        parts = [text[i : i + size] for i in range(0, len(text), size)]
    joiner = " "
    pieces = pack(parts, engine.count_tokens(parts), limit, joiner=joiner)
    out: list[str] = []
    for piece in pieces:
        if len(pieces) == 1:  # could not split further on this level: cut by characters
            half = len(piece) // 2
            if half == 0:
                return [piece]
            out += split_to_fit(piece[:half], engine, limit) + split_to_fit(piece[half:], engine, limit)
        else:
            out += split_to_fit(piece, engine, limit)
    return out


def pack(parts: Sequence[str], counts: Sequence[int], limit: int, joiner: str = " ") -> list[str]:
    """Greedily join consecutive parts into chunks whose token counts stay within ``limit``.

    Counts are per part (each including special tokens), so a chunk's estimate is an upper bound.
    """
    chunks: list[str] = []
    current: list[str] = []
    used = 0
    for part, n in zip(parts, counts):
        if current and used + n > limit:
            chunks.append(joiner.join(current))
            current, used = [], 0
        current.append(part)
        used += n
    if current:
        chunks.append(joiner.join(current))
    return chunks
