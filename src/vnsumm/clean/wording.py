"""The wording model: how much a line's words read like page furniture (menus, buttons, notices, ads,
counters, bylines) rather than a news story, judged from its letters alone.

A logistic regression over the character 2-4-grams of each word (lower-cased, digits as 0, the word
padded with a space either side), counted over the line and divided by the square root of their
number. The summed weights of the words met in training ship with the gram weights (``words``), so a
line costs one lookup per word; another word's grams are summed when it is met. The weights ship as
plain JSON (``wording_model.json``), trained by ``eval/train_wording_model.py`` on the labelled lines
of the dev page makers. The line model judges shape and place; this judges wording,
and only adds drops (``WordingModel.furniture``).
"""
from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

__all__ = ["MODEL_PATH", "WordingModel", "load_wording", "word_grams"]

MODEL_PATH = Path(__file__).with_name("wording_model.json")
GRAM_SIZES = (2, 3, 4)
_DIGIT = re.compile(r"\d")
MAX_WORDS = 20  # longer lines are story far more often than furniture


def word_grams(word: str) -> list[str]:
    """The character grams of one word (already lower-cased, digits as 0) the model counts."""
    padded = f" {word} "
    return [padded[i:i + n] for n in GRAM_SIZES for i in range(len(padded) - n + 1)]


def line_words(text: str) -> list[str]:
    """A line's words as the model reads them: lower-cased, every digit a 0."""
    return _DIGIT.sub("0", text.lower()).split()


class WordingModel:
    """P(furniture) of a line from its wording; ``threshold`` is the share above which a line the other
    verdicts keep is dropped, ``title_threshold`` the surer one above which a line at the top of the page is
    a label, not the title (a title taken for a label loses the page its title)."""

    def __init__(self, spec: dict):
        if tuple(spec.get("gram_sizes", ())) != GRAM_SIZES:
            raise ValueError("wording model was trained on other gram sizes")
        self.weights: dict[str, float] = spec["weights"]
        self.words: dict[str, float] = spec["words"]
        self.bias = float(spec["bias"])
        self.threshold = float(spec["threshold"])
        self.title_threshold = float(spec["title_threshold"])

    def proba(self, text: str) -> float:
        total = count = 0.0
        for word in line_words(text):
            score = self.words.get(word)
            total += self.word_score(word) if score is None else score
            count += 3 * len(word)  # a word of n characters has 3n grams of 2-4 (``word_grams``)
        if not count:
            return 0.0
        z = self.bias + total / math.sqrt(count)
        return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))

    def word_score(self, word: str) -> float:
        """The summed weights of a word's grams (``words`` holds them for the words met in training)."""
        weights = self.weights
        return sum(weights.get(g, 0.0) for g in word_grams(word))

    def furniture(self, text: str) -> bool:
        """Whether the line's wording alone marks it as furniture. Only short lines are judged: a line of
        more than ``MAX_WORDS`` words, or a question (an interview's "Người dân cần lưu ý điều gì?"), is
        left to the other verdicts."""
        return self._judged(text) and self.proba(text) >= self.threshold

    def label(self, text: str) -> bool:
        """Whether a line in the title search reads as a label ("Bản tin sáng - Báo X"), at ``title_threshold``."""
        return self._judged(text) and self.proba(text) >= self.title_threshold

    @staticmethod
    def _judged(text: str) -> bool:
        return not text.endswith("?") and len(text.split()) <= MAX_WORDS


@lru_cache(maxsize=4)
def load_wording(path: Path = MODEL_PATH) -> WordingModel:
    """The wording model shipped with the package (``wording_model.json``)."""
    return WordingModel(json.loads(path.read_text(encoding="utf-8")))
