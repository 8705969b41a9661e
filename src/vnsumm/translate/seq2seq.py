"""vi→en translation with a seq2seq model (EnViT5, opus-mt, vinai-translate), sentence by sentence.

Each text is split into paragraphs and sentences; all sentences of all texts are translated in
length-sorted batches and joined back, so nothing is dropped and no input exceeds the model limit.
"""
from __future__ import annotations

from typing import Any, Sequence

from vnsumm.engines import load_engine, split_to_fit, stage_record
from vnsumm.engines.ctranslate2 import with_ctranslate2_settings


class Seq2SeqTranslator:
    """Translate with any seq2seq model; one model input per sentence (or sentence piece)."""

    engine_kind = "transformers"

    def __init__(
        self,
        model: str,
        *,
        device: str = "auto",
        batch_size: int = 8,
        prefix: str = "",
        output_prefix: str = "",
        src_lang: str | None = None,
        tgt_lang: str | None = None,
        tgt_lang_as: str = "forced_bos",
        max_input_tokens: int | None = None,
        generation: dict[str, Any] | None = None,
        threads: int = 0,
        **engine_settings: Any,
    ) -> None:
        self.engine = load_engine(
            self.engine_kind,
            model,
            device=device,
            batch_size=batch_size,
            prefix=prefix,
            output_prefix=output_prefix,
            src_lang=src_lang,
            tgt_lang=tgt_lang,
            tgt_lang_as=tgt_lang_as,
            max_input_tokens=max_input_tokens,
            generation=generation,
            threads=threads,
            config_key="translator.model",
            **engine_settings,
        )

    def segments(self, text: str) -> list[list[str]]:
        """Paragraphs → sentences → pieces that fit the model."""
        from vnsumm.clean import split_sentences

        paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
        return [
            [piece for s in split_sentences(p) for piece in split_to_fit(s, self.engine)]
            for p in paragraphs
        ]

    def translate(self, texts: Sequence[str]) -> list[str]:
        layouts = [self.segments(t) for t in texts]
        flat = [s for layout in layouts for para in layout for s in para]
        english = iter(self.engine.generate(flat))
        return [
            "\n".join(" ".join(next(english) for _ in para) for para in layout) for layout in layouts
        ]

    def describe(self) -> dict[str, Any]:
        return stage_record(self.engine_kind, self.engine)


@with_ctranslate2_settings
class CTranslate2Translator(Seq2SeqTranslator):
    """The same translator on a CTranslate2-converted model (``vnsumm models convert``).

    Extra settings: ``compute_type`` (default: as converted), ``tokenizer`` (folder, if not
    beside the model), ``threads`` (CPU threads; default one per core).
    """

    engine_kind = "ctranslate2"
