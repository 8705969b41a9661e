"""Is an answer English? Judged with the article's own names and places masked, since a brief keeps
them in Vietnamese ("Gold prices fell in Hà Nội."), and English is required, not merely "not
Vietnamese": the words are scored by how common they are in English and in each language a model may slip into
(wordfreq's frequency lists), and no other language may clearly beat English: a sentence of three words is judged
as surely as a page, and a French or German brief is refused like a Vietnamese one.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterable

from vnsumm.language import VI_LETTERS, VI_ONLY_LETTERS, detect_language, language_name, vietnamese_share

CANDIDATES = ("en", "fr", "de", "es", "it", "pt", "nl", "id", "vi")  # languages a model may answer in
# Zipf points a word in English's favour. On tests/llm/language_cases.py (a dev set) English briefs were at
# most 1.0 a word behind another language ("met in": Dutch), French and German ones at least 1.6 ahead of English.
ENGLISH_EDGE = 1.2
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_LETTERS = re.compile(r"[^\W\d_]+")


def plain(word: str) -> str:
    """``"Hà Nội"`` → ``"ha noi"``: lower case, diacritics and đ removed (names match however spelt)."""
    word = word.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c)).lower()


def article_names(source: str) -> frozenset[str]:
    """The words of the article's names and places, plain-spelt: capitalised words with a Vietnamese
    letter, and every word of a run of two or more capitalised words ("Hoàng Xuân Chiến", "Pete Hegseth")."""
    names: set[str] = set()
    run: list[str] = []
    end = -1
    for m in _LETTERS.finditer(source):
        word = m.group()
        if not word[0].isupper():
            run = []
            continue
        if any(c in VI_LETTERS for c in word):
            names.add(plain(word))
        run = run + [word] if run and source[end : m.start()] in (" ", "-") else [word]
        if len(run) >= 2:
            names.update(plain(w) for w in run)
        end = m.end()
    return frozenset(names)


def mask_names(text: str, names: Iterable[str]) -> str:
    """``text`` without its capitalised words that are names of the article (however spelt)."""
    names = frozenset(names)
    return _LETTERS.sub(lambda m: " " if m.group()[0].isupper() and plain(m.group()) in names else m.group(), text)


def vietnamese_words(text: str, names: Iterable[str]) -> list[str]:
    """Words of ``text`` with a letter only Vietnamese writes that are not names of the article."""
    masked = mask_names(text, names)
    return [w for w in _WORD.findall(masked) if any(c in VI_ONLY_LETTERS for c in w)]


@lru_cache(maxsize=20000)
def _frequencies(word: str) -> tuple[float, ...]:
    """How common ``word`` is in each candidate language (wordfreq's Zipf scale, 0 = unknown)."""
    from wordfreq import zipf_frequency

    return tuple(zipf_frequency(word, lang) for lang in CANDIDATES)


def _latin(c: str) -> bool:
    return ord(c) < 0x250 or 0x1E00 <= ord(c) <= 0x1EFF


def language_of_words(text: str) -> str | None:
    """The candidate language in which ``text``'s words are most common, by code (None: no words)."""
    found = _WORD.findall(text)
    words = [w.lower() for w in found if all(_latin(c) for c in w)]
    if not found:
        return None
    if len(words) * 2 < len(found):  # mostly another script: langid says which language
        return detect_language(text).code
    totals = [sum(column) for column in zip(*(_frequencies(w) for w in words))]
    totals[0] += ENGLISH_EDGE * len(words)  # English was asked for: another language must clearly beat it
    return CANDIDATES[max(range(len(CANDIDATES)), key=lambda i: (totals[i], CANDIDATES[i] == "en"))]


def answered_in(text: str, want: str, names: Iterable[str] = ()) -> str | None:
    """None when ``text`` is in ``want`` (en or vi); else the language it is in, by name.

    English is judged with the article's ``names`` (see :func:`article_names`) and any capitalised
    word with a Vietnamese letter masked, on the words that are left."""
    if want == "vi":
        lang = detect_language(text)
        return None if lang.is_vietnamese else lang.name
    masked = mask_names(text, names)
    masked = _LETTERS.sub(lambda m: " " if m.group()[0].isupper() and any(c in VI_LETTERS for c in m.group())
                          else m.group(), masked)
    if vietnamese_share(masked) >= 0.10:
        return "Vietnamese"
    lang = language_of_words(masked)
    if lang is None:
        return "no language (nothing but names and numbers)"
    return None if lang == "en" else language_name(lang)
