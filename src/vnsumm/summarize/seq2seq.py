"""Abstractive summaries with a seq2seq model (ViT5 and kin), long articles split, not truncated.

An article longer than the model's input limit is cut on sentence boundaries into parts that
fit; the parts are summarized, their summaries joined and summarized again, until one input fits.
"""
from __future__ import annotations

import logging
from typing import Any, Sequence

from vnsumm.article import Article
from vnsumm.clean import split_sentences
from vnsumm.engines import Engine, Outputs, load_engine, pack, split_to_fit, stage_record
from vnsumm.engines.settings import EngineSettings
from vnsumm.errors import ConfigError

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
    """Summarize articles with any seq2seq engine, batched across articles and parts."""

    def __init__(self, engine: Engine, *, max_rounds: int = 4) -> None:
        if not isinstance(max_rounds, int) or max_rounds < 1:
            raise ConfigError("summarizer.max_rounds must be a positive integer")
        self.engine = engine
        self.max_rounds = max_rounds

    @classmethod
    def load(cls, model: str, engine: str = "transformers", *, max_rounds: int = 4, **settings: Any) -> "Seq2SeqSummarizer":
        """A summarizer on ``model`` run by the named engine with :class:`EngineSettings` keywords."""
        config = EngineSettings(**settings, config_key="summarizer.model")
        return cls(load_engine(engine, model, config), max_rounds=max_rounds)

    def summarize(self, articles: Sequence[Article]) -> Outputs:
        """One summary per article; ``.warnings`` holds each one's warnings (e.g. a summary cut short)."""
        docs = [list(a.sentences) for a in articles]
        summaries: list[str | None] = [None if d else "" for d in docs]
        cut = [False] * len(docs)
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
                cut[i] = cut[i] or any(p.cut for p in parts)
                if len(parts) == 1:
                    summaries[i] = parts[0].text
                else:  # summarize the joined part summaries in the next round
                    texts = [p.text for p in parts]
                    docs[i] = [s for t in texts for s in split_sentences(t)] or texts
        note = (f"summary cut at max_new_tokens={self.engine.max_new_tokens}; "
                "raise summarizer.generation.max_new_tokens")
        return Outputs([s or "" for s in summaries], [[note] if c else [] for c in cut])

    def describe(self) -> dict[str, Any]:
        return stage_record(self.engine)
