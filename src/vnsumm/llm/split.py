"""Fitting a long article into the model's context: a conservative token estimate and a split on
paragraphs, then sentences, then words, so that every part fits and nothing is dropped."""
from __future__ import annotations

import math
import re
from typing import Sequence

_SENTENCE = re.compile(r"(?<=[.!?…;])\s+")


def estimate_tokens(text: str, chars_per_token: float) -> int:
    """Tokens ``text`` may take, erring high: Vietnamese runs about 3-4 characters a token in current
    tokenizers; the default 2.0 leaves room for tokenizers that know little Vietnamese."""
    return math.ceil(len(text) / chars_per_token) + 1


def split_to_budget(paragraphs: Sequence[str], budget: int, chars_per_token: float) -> list[str]:
    """Consecutive paragraphs joined into parts of at most ``budget`` estimated tokens each.

    A paragraph too long for one part is cut on sentences, a sentence on words, a word on characters.
    Joining the parts with spaces gives back every word of the input, in order.
    """
    units: list[str] = []
    for paragraph in paragraphs:
        units += _pieces(paragraph.strip(), budget, chars_per_token)
    parts: list[str] = []
    for unit in units:
        if not unit:
            continue
        joined = f"{parts[-1]}\n\n{unit}" if parts else unit
        if parts and estimate_tokens(joined, chars_per_token) <= budget:
            parts[-1] = joined
        else:
            parts.append(unit)
    return parts


def _pieces(text: str, budget: int, chars_per_token: float) -> list[str]:
    if estimate_tokens(text, chars_per_token) <= budget:
        return [text]
    for splitter in (_SENTENCE, re.compile(r"\s+")):
        units = [u for u in splitter.split(text) if u]
        if len(units) > 1:
            out: list[str] = []
            for unit in units:
                for piece in _pieces(unit, budget, chars_per_token):
                    if out and estimate_tokens(f"{out[-1]} {piece}", chars_per_token) <= budget:
                        out[-1] = f"{out[-1]} {piece}"
                    else:
                        out.append(piece)
            return out
    size = max(1, int((budget - 1) * chars_per_token))  # one huge "word": cut by characters
    return [text[i : i + size] for i in range(0, len(text), size)]
