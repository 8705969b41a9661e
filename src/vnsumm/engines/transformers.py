"""The transformers engine: ``AutoModelForSeq2SeqLM.generate``, batched by length, inference mode."""
from __future__ import annotations

from typing import Any, Sequence

from vnsumm.errors import ConfigError, ModelError
from vnsumm.models import load_seq2seq, resolve_device

DEFAULT_LIMIT = 512


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
    ) -> None:
        self.model_name = model
        self.device = resolve_device(device)
        self.batch_size = batch_size
        self.prefix = prefix
        self.output_prefix = output_prefix
        self.generation = dict(generation or {})
        self.tokenizer, self.model = load_seq2seq(model, self.device, config_key)
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
        encoded = self.tokenizer([self.prefix + t for t in texts], add_special_tokens=True)
        return [len(ids) for ids in encoded["input_ids"]]

    def generate(self, texts: Sequence[str]) -> list[str]:
        import torch

        if not texts:
            return []
        prompts = [self.prefix + t for t in texts]
        lengths = self.count_tokens(texts)
        order = sorted(range(len(prompts)), key=lambda i: lengths[i], reverse=True)
        outputs: list[str] = [""] * len(prompts)
        for start in range(0, len(order), self.batch_size):
            batch = order[start : start + self.batch_size]
            enc = self.tokenizer(
                [prompts[i] for i in batch],
                return_tensors="pt",
                padding=True,
                truncation=True,
                max_length=self.max_input_tokens,
            ).to(self.device)
            try:
                with torch.inference_mode():
                    ids = self.model.generate(**enc, **self.generation)
            except torch.OutOfMemoryError:
                raise ModelError(
                    f"out of memory running '{self.model_name}' on {self.device}; lower batch_size"
                ) from None
            decoded = self.tokenizer.batch_decode(ids, skip_special_tokens=True)
            for i, text in zip(batch, decoded):
                outputs[i] = self._strip(text)
        return outputs

    def _strip(self, text: str) -> str:
        text = text.strip()
        if self.output_prefix and text.startswith(self.output_prefix.strip()):
            text = text[len(self.output_prefix.strip()) :].strip()
        return text

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
