"""Abstractive summaries with a seq2seq model (ViT5 and kin), long articles split, not truncated.

An article longer than the model's input limit is cut on sentence boundaries into parts that
fit; the parts are summarized, their summaries joined and summarized again, until one input fits.
"""
from __future__ import annotations

import logging
from typing import Any, Sequence

from vnsumm.article import Article
from vnsumm.engines import Engine, load_engine, pack, split_to_fit, stage_record
from vnsumm.engines.ctranslate2 import with_ctranslate2_settings

log = logging.getLogger(__name__)


def chunk_sentences(sentences: Sequence[str], engine: Engine) -> list[str]:
    """Join consecutive sentences into model inputs that each fit ``engine.max_input_tokens``."""
    if not sentences:
        return []
    limit = engine.max_input_tokens
    whole = " ".join(sentences)
    if engine.count_tokens([whole])[0] <= limit:
        return [whole]
    overhead = engine.count_tokens([""])[0]
    units: list[str] = []
    for sentence in sentences:  # a sentence longer than the limit is cut on word boundaries
        units += split_to_fit(sentence, engine, limit)
    counts = [max(1, n - overhead) for n in engine.count_tokens(units)]
    chunks: list[str] = []
    for chunk in pack(units, counts, limit - overhead):
        if engine.count_tokens([chunk])[0] <= limit:
            chunks.append(chunk)
        else:  # token counts are not quite additive: re-pack this chunk tighter
            parts = split_to_fit(chunk, engine, limit)
            chunks += parts
    return chunks


class Seq2SeqSummarizer:
    """Summarize articles with any seq2seq model, batched across articles and parts."""

    engine_kind = "transformers"

    def __init__(
        self,
        model: str,
        *,
        device: str = "auto",
        batch_size: int = 8,
        prefix: str = "",
        max_input_tokens: int | None = None,
        generation: dict[str, Any] | None = None,
        max_rounds: int = 4,
        threads: int = 0,
        **engine_settings: Any,
    ) -> None:
        self.engine = load_engine(
            self.engine_kind,
            model,
            device=device,
            batch_size=batch_size,
            prefix=prefix,
            max_input_tokens=max_input_tokens,
            generation=generation,
            threads=threads,
            config_key="summarizer.model",
            **engine_settings,
        )
        self.max_rounds = max_rounds

    def summarize(self, articles: Sequence[Article]) -> list[str]:
        from vnsumm.clean import split_sentences

        docs = [list(a.sentences) for a in articles]
        summaries: list[str | None] = [None if d else "" for d in docs]
        for round_ in range(self.max_rounds):
            todo = [i for i, s in enumerate(summaries) if s is None]
            if not todo:
                break
            last = round_ == self.max_rounds - 1
            chunks = {i: chunk_sentences(docs[i], self.engine) for i in todo}
            if last:  # give up splitting: the first part only, and say so
                for i in todo:
                    if len(chunks[i]) > 1:
                        log.warning("article still too long after %d rounds: summarizing its start", round_)
                        chunks[i] = chunks[i][:1]
            flat = [c for i in todo for c in chunks[i]]
            outputs = iter(self.engine.generate(flat))
            for i in todo:
                parts = [next(outputs) for _ in chunks[i]]
                if len(parts) == 1:
                    summaries[i] = parts[0]
                else:  # summarize the joined part summaries in the next round
                    docs[i] = [s for p in parts for s in split_sentences(p)] or parts
        return [s or "" for s in summaries]

    def describe(self) -> dict[str, Any]:
        return stage_record(self.engine_kind, self.engine)


@with_ctranslate2_settings
class CTranslate2Summarizer(Seq2SeqSummarizer):
    """The same summarizer on a CTranslate2-converted model (``vnsumm models convert``).

    Extra settings: ``compute_type`` (default: as converted), ``tokenizer`` (folder, if not
    beside the model), ``threads`` (CPU threads; default one per core).
    """

    engine_kind = "ctranslate2"
