"""A T5 tokenizer run by the ``tokenizers`` library alone, for the CTranslate2 engine.

``from transformers import AutoTokenizer`` imports torch (about 200 MB of RSS and seconds of
start-up) although CTranslate2 needs only token ids and tokens. A converted T5 folder (ViT5,
EnViT5) holds the fast tokenizer's ``tokenizer.json``, which ``tokenizers`` runs directly with the
same ids, special tokens and decoding as transformers (``tests/engines/test_light_tokenizer.py``
compares them). Other tokenizers (Marian, mBART's language codes) stay with transformers.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Sequence

LIGHT_CLASSES = ("T5Tokenizer", "T5TokenizerFast")


def _token(value: Any) -> str | None:
    """A special token as tokenizer_config.json writes it: a string or ``{"content": ...}``."""
    return value.get("content") if isinstance(value, dict) else value


class LightTokenizer:
    """The subset of a transformers tokenizer the CTranslate2 engine calls, on ``tokenizer.json``."""

    def __init__(self, folder: Path, config: dict[str, Any]) -> None:
        from tokenizers import Tokenizer

        self.backend = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.backend.no_truncation()
        self.backend.no_padding()
        self.eos_token = _token(config.get("eos_token"))
        self.unk_token = _token(config.get("unk_token"))
        self.unk_token_id = self.backend.token_to_id(self.unk_token) if self.unk_token else None
        self.model_max_length = config.get("model_max_length")
        self.clean_up_tokenization_spaces = bool(config.get("clean_up_tokenization_spaces", False))

    @classmethod
    def load(cls, source: str) -> "LightTokenizer | None":
        """The light tokenizer of a local folder with a T5 ``tokenizer.json``, else None."""
        folder = Path(source)
        try:
            config = json.loads((folder / "tokenizer_config.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if config.get("tokenizer_class") not in LIGHT_CLASSES or not (folder / "tokenizer.json").is_file():
            return None
        return cls(folder, config)

    def __call__(self, texts: str | Sequence[str], add_special_tokens: bool = True, truncation: bool = False,
                 max_length: int | None = None) -> dict[str, Any]:
        single = isinstance(texts, str)
        batch = [texts] if single else list(texts)
        if truncation and max_length:
            self.backend.enable_truncation(max_length)
        try:
            ids = [e.ids for e in self.backend.encode_batch(batch, add_special_tokens=add_special_tokens)]
        finally:
            self.backend.no_truncation()
        return {"input_ids": ids[0] if single else ids}

    def convert_ids_to_tokens(self, ids: Sequence[int]) -> list[str | None]:
        return [self.backend.id_to_token(int(i)) for i in ids]

    def convert_tokens_to_ids(self, tokens: str | Sequence[str]) -> Any:
        if isinstance(tokens, str):
            found = self.backend.token_to_id(tokens)
            return self.unk_token_id if found is None else found
        return [self.convert_tokens_to_ids(t) for t in tokens]

    def decode(self, ids: Sequence[int], skip_special_tokens: bool = False) -> str:
        text = self.backend.decode(list(ids), skip_special_tokens=skip_special_tokens)
        if self.clean_up_tokenization_spaces:
            for before, after in ((" .", "."), (" ?", "?"), (" !", "!"), (" ,", ","), (" ' ", "'"), (" n't", "n't"),
                                  (" 'm", "'m"), (" 's", "'s"), (" 've", "'ve"), (" 're", "'re")):
                text = text.replace(before, after)
        return text
