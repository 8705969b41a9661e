"""Prompt helpers shared by the engines: token ids computed once per text, output prefixes removed."""
from __future__ import annotations

from collections import OrderedDict
from typing import Any, Sequence

from vnsumm.errors import ConfigError

DEFAULT_LIMIT = 512  # input tokens, when neither tokenizer nor model says
HF_MAX_LENGTH = 20  # transformers' default ``max_length`` when a model sets nothing


class PromptEncoder:
    """Token ids of ``prefix + text`` (special tokens included), each text tokenized once.

    Summarizers count tokens of the same sentences and chunks several times before generating
    from them; a bounded least-recently-used cache makes every repeat a dictionary look-up.
    """

    def __init__(self, tokenizer: Any, prefix: str = "", cache_size: int = 8192) -> None:
        self.tokenizer = tokenizer
        self.prefix = prefix
        self.cache_size = cache_size
        self._cache: OrderedDict[str, list[int]] = OrderedDict()

    def encode(self, texts: Sequence[str]) -> list[list[int]]:
        """Token ids of each text, in input order."""
        missing = [t for t in dict.fromkeys(texts) if t not in self._cache]
        if missing:
            encoded = self.tokenizer([self.prefix + t for t in missing], add_special_tokens=True)["input_ids"]
            self._cache.update(zip(missing, (list(ids) for ids in encoded)))
        out = []
        for text in texts:
            self._cache.move_to_end(text)
            out.append(self._cache[text])
        while len(self._cache) > max(self.cache_size, len(texts)):
            self._cache.popitem(last=False)
        return out

    def encode_to_fit(self, texts: Sequence[str], limit: int) -> list[list[int]]:
        """Like :meth:`encode`, but an input over ``limit`` tokens is truncated the tokenizer's way."""
        ids = self.encode(texts)
        for i, row in enumerate(ids):
            if len(row) > limit:
                ids[i] = list(self.tokenizer(self.prefix + texts[i], truncation=True, max_length=limit)["input_ids"])
        return ids


def strip_output_prefix(text: str, output_prefix: str) -> str:
    """Drop a model's output marker (EnViT5 answers ``"en: ..."``) and surrounding spaces."""
    text = text.strip()
    marker = output_prefix.strip()
    if marker and text.startswith(marker):
        text = text[len(marker) :].strip()
    return text


def input_limit(tokenizer: Any, *model_values: Any) -> int:
    """The model's input limit: the tokenizer's ``model_max_length``, else the first positive model value."""
    limit = getattr(tokenizer, "model_max_length", None)
    if isinstance(limit, int) and 0 < limit < 100_000:
        return limit
    return next((v for v in model_values if isinstance(v, int) and v > 0), DEFAULT_LIMIT)


def language_token(tokenizer: Any, code: str, model: str) -> int:
    """The id of a language code token (``en_XX``), or a ConfigError naming the code and the model."""
    token_id = tokenizer.convert_tokens_to_ids(code)
    if token_id is None or token_id == tokenizer.unk_token_id:
        raise ConfigError(f"tgt_lang '{code}' is not a token of model '{model}'")
    return token_id
