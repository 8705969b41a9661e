"""The transformers engine: ``AutoModelForSeq2SeqLM.generate``, batched by length, inference mode."""
from __future__ import annotations

import os
from typing import Any, Sequence

from vnsumm.engines.prompts import PromptEncoder, strip_output_prefix
from vnsumm.errors import ConfigError, ModelError
from vnsumm.models import load_seq2seq, resolve_device

DEFAULT_LIMIT = 512


def cpu_count() -> int:
    """Threads to use: ``OMP_NUM_THREADS`` when set, else the cores this process may run on."""
    try:
        return max(1, int(os.environ["OMP_NUM_THREADS"]))
    except (KeyError, ValueError):
        pass
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def use_cpu_threads(threads: int = 0) -> None:
    """One torch thread per usable core (``threads`` > 0 overrides); more only oversubscribes."""
    import torch

    wanted = threads if threads > 0 else cpu_count()
    if torch.get_num_threads() != wanted:
        torch.set_num_threads(wanted)


class TransformersEngine:
    """One transformers seq2seq model and its prompt conventions, loaded once."""

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
        config_key: str = "model",
        threads: int = 0,
    ) -> None:
        self.model_name = model
        self.device = resolve_device(device)
        self.batch_size = batch_size
        self.prefix = prefix
        self.output_prefix = output_prefix
        self.generation = dict(generation or {})
        if self.device == "cpu":
            use_cpu_threads(threads)
        self.tokenizer, self.model = load_seq2seq(model, self.device, config_key)
        self.encoder = PromptEncoder(self.tokenizer, prefix)
        if src_lang:
            self.tokenizer.src_lang = src_lang
        if tgt_lang:
            token_id = self.tokenizer.convert_tokens_to_ids(tgt_lang)
            if token_id is None or token_id == self.tokenizer.unk_token_id:
                raise ConfigError(f"tgt_lang '{tgt_lang}' is not a token of model '{model}'")
            if tgt_lang_as not in ("forced_bos", "decoder_start"):
                raise ConfigError("tgt_lang_as must be forced_bos (mBART-50) or decoder_start (vinai-translate)")
            self.generation.setdefault(f"{tgt_lang_as}_token_id", token_id)
        self.tgt_lang = tgt_lang
        self.max_input_tokens = max_input_tokens or self._model_limit()

    def _model_limit(self) -> int:
        limit = getattr(self.tokenizer, "model_max_length", None)
        if isinstance(limit, int) and 0 < limit < 100_000:
            return limit
        cfg = self.model.config
        for key in ("max_position_embeddings", "n_positions"):
            value = getattr(cfg, key, None)
            if isinstance(value, int) and value > 0:
                return value
        return DEFAULT_LIMIT

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        return [len(ids) for ids in self.encoder.encode(texts)]

    def generate(self, texts: Sequence[str]) -> list[str]:
        """Outputs in input order; inputs tokenized once, batched longest first so padding stays low."""
        import torch

        if not texts:
            return []
        ids = self.encoder.encode_to_fit(texts, self.max_input_tokens)
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]), reverse=True)
        outputs: list[str] = [""] * len(ids)
        for start in range(0, len(order), self.batch_size):
            batch = order[start : start + self.batch_size]
            enc = self.tokenizer.pad({"input_ids": [ids[i] for i in batch]}, return_tensors="pt").to(self.device)
            try:
                with torch.inference_mode():
                    out = self.model.generate(**enc, **self.generation)
            except torch.OutOfMemoryError:
                raise ModelError(
                    f"out of memory running '{self.model_name}' on {self.device}; lower batch_size"
                ) from None
            decoded = self.tokenizer.batch_decode(out, skip_special_tokens=True)
            for i, text in zip(batch, decoded):
                outputs[i] = strip_output_prefix(text, self.output_prefix)
        return outputs

    def describe(self) -> dict[str, Any]:
        return {
            "engine": "transformers",
            "model": self.model_name,
            "device": self.device,
            "prefix": self.prefix,
            "max_input_tokens": self.max_input_tokens,
            "generation": {k: v for k, v in self.generation.items() if not k.endswith("_token_id")},
            **({"tgt_lang": self.tgt_lang} if self.tgt_lang else {}),
        }
