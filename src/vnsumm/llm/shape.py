"""The shape of an English brief: not longer than asked (beyond a margin), no sentence said twice
(a decoding loop), no Vietnamese words inside the English other than the article's names."""
from __future__ import annotations

import re
from typing import Iterable

from vnsumm.llm.english import vietnamese_words

_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text.strip()) if s.strip()]


def shape_problems(text: str, words: int, names: Iterable[str], margin: float = 1.5) -> list[str]:
    """What is wrong with the brief's shape, one phrase each (empty when nothing is)."""
    problems = []
    count = len(text.split())
    if count > margin * words:
        problems.append(f"the brief has {count} words, more than {margin:g} x the {words} asked")
    seen: set[str] = set()
    for sentence in sentences(text):
        norm = " ".join(re.findall(r"\w+", sentence.lower()))
        if len(norm.split()) >= 3 and norm in seen:
            problems.append(f"the brief repeats a sentence: \"{sentence[:80]}\"")
            break
        seen.add(norm)
    foreign = vietnamese_words(text, names)
    if foreign:
        problems.append(f"the brief has Vietnamese words that are not names: {', '.join(dict.fromkeys(foreign))}")
    return problems
