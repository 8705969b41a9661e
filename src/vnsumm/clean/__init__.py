"""Cleaning: raw scraped text -> Article. (Baseline; issue 3 makes it thorough.)"""
from __future__ import annotations

import re
import unicodedata

from vnsumm.article import Article

__all__ = ["clean", "split_sentences", "normalize"]


def normalize(text: str) -> str:
    """NFC, ordinary spaces, no zero-width characters, no trailing whitespace."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")
    return "\n".join(re.sub(r"[ \t]+", " ", line).strip() for line in text.splitlines())


def split_sentences(paragraph: str) -> list[str]:
    """Vietnamese sentence split of one paragraph (underthesea)."""
    from underthesea import sent_tokenize

    return [s.strip() for s in sent_tokenize(paragraph) if s.strip()]


def clean(text: str) -> Article:
    """Turn raw article text into an Article (title = first line)."""
    lines = [ln for ln in normalize(text).split("\n") if ln]
    if not lines:
        return Article()
    title, paragraphs = lines[0], lines[1:]
    sentences = [s for p in paragraphs for s in split_sentences(p)]
    return Article(title=title, paragraphs=paragraphs, sentences=sentences)
