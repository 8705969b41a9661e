"""Vietnamese sentence splitting for one paragraph (rule-based, no model).

Handles abbreviations ("TP.HCM", "TP. Đà Nẵng", "PGS.TS", "Mr."), initials ("ông H."),
numbers ("12,7%", "1.000"), ellipses and quoted speech (a quote is never cut open). Text without
sentence punctuation (a transcript, a caption dump) is cut too: a run of more than
``MAX_RUN_WORDS`` words with no final punctuation is split before a capitalised word that follows
a lower-case one (a new sentence), else after a comma, else at the cap.
"""
from __future__ import annotations

import re
from functools import lru_cache

from vnsumm.clean.normalize import VI_LOWER, VI_UPPER

__all__ = ["split_sentences"]

ABBREVIATIONS = frozenset({
    "tp", "tx", "q", "p", "h", "x", "tt", "ts", "ths", "th.s", "gs", "pgs", "gs.ts", "pgs.ts",
    "gs.tskh", "tskh", "bs", "bsck", "ks", "ls", "ncs", "th", "ths.bs", "mr", "mrs", "ms", "dr",
    "prof", "st", "jr", "sr", "co", "ltd", "inc", "corp", "vs", "e.g", "i.e", "no", "tr",
    "nxb", "đ/c", "cn", "sđd", "tel", "fig", "ed", "vol", "đh", "bv", "cty", "kts", "gđ", "pgđ",
})
MAX_RUN_WORDS = 40  # an unpunctuated run longer than this is more than one sentence
_MIN_RUN_WORDS = 12  # no piece cut from a long run is shorter than this
_MAX_QUOTE_MERGE = 800  # characters: beyond this an unbalanced quote is a typo, not speech

# A candidate end: terminal punctuation, optional closing quotes/brackets, then whitespace.
_BOUNDARY = re.compile(r"(?:\.\.+|…|\.[.!?]*|![.!?]*|\?[.!?]*)[\"')\]]*(?=\s+(?P<next>\S))")
# (``\.{2,}|…|[.!?]+`` written with a literal first in each alternative, in the same order, so that the
# regex engine skips ahead to the next mark instead of trying every position)
_WORD_BEFORE = re.compile(r"([\w./]+)$")
_LOWER_START = re.compile(f"[{VI_LOWER}]")
_UPPER_START = re.compile(f"[{VI_UPPER}]")
_FINAL = re.compile(r"[.!?…][\"')\]]*$")
_OTHER_SPACE = re.compile(r"[^\S ]")  # whitespace but a plain space


def _single_spaced(text: str) -> bool:
    """``" ".join(text.split()) == text`` (or ``text`` is empty), without splitting."""
    return not text or (text[0] != " " and text[-1] != " " and "  " not in text and (
        text.isprintable() or _OTHER_SPACE.search(text) is None))  # a printable text holds no space but " "


def _is_boundary(text: str, m: re.Match[str]) -> bool:
    nxt = m.group("next")
    if _LOWER_START.match(nxt) or nxt in ",;:%":
        return False
    punct = m.group(0)
    if punct == ".":
        word = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if word:
            token = word.group(1).lower()
            if token in ABBREVIATIONS or (len(token) == 1 and word.group(1).isupper()):
                return False
    return True


def _raw_split(text: str) -> list[str]:
    pieces, start = [], 0
    for m in _BOUNDARY.finditer(text):
        if _is_boundary(text, m):
            pieces.append(text[start:m.end()].strip())
            start = m.end()
    pieces.append(text[start:].strip())
    return [p for p in pieces if p]


def _opens_quote(text: str) -> bool:
    """Whether ``text`` leaves a quotation open: an odd number of quotes, the last one an opening one."""
    if text.count('"') % 2 == 0:
        return False
    k = text.rfind('"')
    return (k == 0 or text[k - 1] in " ([:") and k + 1 < len(text) and not text[k + 1].isspace()


def _merge_open_quotes(pieces: list[str]) -> list[str]:
    merged: list[str] = []
    for piece in pieces:
        if merged and _opens_quote(merged[-1]) and len(merged[-1]) + len(piece) < _MAX_QUOTE_MERGE:
            merged[-1] = f"{merged[-1]} {piece}"
        else:
            merged.append(piece)
    return merged


def split_sentences(paragraph: str) -> list[str]:
    """Split one (normalised) paragraph into sentences; newlines always end a sentence (remembered by
    paragraph: the cleaner's passes over one page split the same paragraphs again)."""
    found = _PARAGRAPHS.get(paragraph)
    if found is None:
        if len(_PARAGRAPHS) >= _MAX_PARAGRAPHS:
            _PARAGRAPHS.clear()
        found = _PARAGRAPHS[paragraph] = tuple(s for line in paragraph.split("\n") for s in _split_line(
            line if _single_spaced(line) else " ".join(line.split())))
    return list(found)


_PARAGRAPHS: dict[str, tuple[str, ...]] = {}
_MAX_PARAGRAPHS = 8192


def _cut_point(words: list[str]) -> int:
    """Where to end the first piece of an over-long unpunctuated run of ``words``."""
    span = range(min(MAX_RUN_WORDS, len(words) - _MIN_RUN_WORDS), _MIN_RUN_WORDS - 1, -1)
    for i in span:  # a capitalised word after a lower-case one: a sentence start
        if _UPPER_START.match(words[i]) and _LOWER_START.match(words[i - 1]) and words[i - 1][-1].isalnum():
            return i
    for i in span:  # after a comma or semicolon: a clause boundary
        if words[i - 1][-1] in ",;":
            return i
    return max(_MIN_RUN_WORDS, min(MAX_RUN_WORDS, len(words) - _MIN_RUN_WORDS))


def _cap_runs(pieces: list[str]) -> list[str]:
    """Pieces longer than ``MAX_RUN_WORDS`` words that end without sentence punctuation, cut up (``pieces``
    are single-spaced: ``_split_line`` gets lines with their whitespace runs made one space)."""
    out: list[str] = []
    for piece in pieces:
        if piece.count(" ") < MAX_RUN_WORDS:  # single-spaced: at most MAX_RUN_WORDS words, nothing to cut
            out.append(piece)
            continue
        words = piece.split()
        while len(words) > MAX_RUN_WORDS and not _FINAL.search(piece):
            cut = _cut_point(words)
            out.append(" ".join(words[:cut]))
            words = words[cut:]
            piece = " ".join(words)
        out.append(piece)
    return out


@lru_cache(maxsize=8192)
def _split_line(line: str) -> tuple[str, ...]:
    return tuple(_cap_runs(_merge_open_quotes(_raw_split(line)))) if line else ()
