"""vi→en translation with a seq2seq model (EnViT5, opus-mt, vinai-translate), sentence by sentence.

Each text is split into paragraphs and sentences; all sentences of all texts are translated in
length-sorted batches and joined back, so nothing is dropped and no input exceeds the model limit.
"""
from __future__ import annotations

from typing import Any, Sequence

from vnsumm.clean import split_sentences
from vnsumm.engines import Engine, Outputs, load_engine, split_to_fit, stage_record
from vnsumm.engines.settings import EngineSettings


class Seq2SeqTranslator:
    """Translate with any seq2seq engine; one model input per sentence (or sentence piece)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def load(cls, model: str, engine: str = "transformers", **settings: Any) -> "Seq2SeqTranslator":
        """A translator on ``model`` run by the named engine with :class:`EngineSettings` keywords."""
        return cls(load_engine(engine, model, EngineSettings(**settings, config_key="translator.model")))

    def segments(self, text: str) -> list[list[str]]:
        """Paragraphs → sentences → pieces that fit the model."""
        paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
        return [
            [piece for s in split_sentences(p) for piece in split_to_fit(s, self.engine)]
            for p in paragraphs
        ]

    def translate(self, texts: Sequence[str]) -> Outputs:
        """One translation per text; ``.warnings`` holds each one's warnings (e.g. a sentence cut short)."""
        layouts = [self.segments(t) for t in texts]
        flat = [s for layout in layouts for para in layout for s in para]
        outputs = iter(self.engine.generate(flat))
        english, warnings = [], []
        note = (f"a translated sentence was cut at max_new_tokens={self.engine.max_new_tokens}; "
                "raise translator.generation.max_new_tokens")
        for layout in layouts:
            paragraphs = [[next(outputs) for _ in para] for para in layout]
            english.append("\n".join(" ".join(o.text for o in para) for para in paragraphs))
            warnings.append([note] if any(o.cut for para in paragraphs for o in para) else [])
        return Outputs(english, warnings)

    def describe(self) -> dict[str, Any]:
        return stage_record(self.engine)
