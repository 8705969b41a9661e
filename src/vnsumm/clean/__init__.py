"""Cleaning: raw scraped article text -> Article (title, date, source, story paragraphs, sentences).

``clean`` is deterministic and idempotent (``clean(clean(x).to_text()) == clean(x)``); it only
removes lines and re-spaces text, it never adds words.
"""
from __future__ import annotations

import re

from vnsumm.article import Article
from vnsumm.clean.boilerplate import Kind, Line, find_boilerplate, make_lines
from vnsumm.clean.metadata import parse_date_line, parse_source_line, strip_credit_prefix, strip_date_prefix
from vnsumm.clean.normalize import VI_LOWER, normalize
from vnsumm.clean.sentences import split_sentences

__all__ = ["clean", "split_sentences", "normalize"]

_OPEN_END = re.compile(r"[\w,\-–(]$")
_LOWER_START = re.compile(f"^[{VI_LOWER}]")
_MIN_TITLE_WORDS = 4


def _content_lines(text: str) -> list[str]:
    """Non-empty lines; a line hard-wrapped mid-sentence is joined back to the one before."""
    lines: list[str] = []
    blank_before = True
    for raw in text.split("\n"):
        if not raw:
            blank_before = True
            continue
        if lines and not blank_before and _OPEN_END.search(lines[-1]) and _LOWER_START.match(raw) \
                and len(lines[-1].split()) >= 3:
            lines[-1] = f"{lines[-1]} {raw}"
        else:
            lines.append(raw)
        blank_before = False
    return lines


def _split_glued_date(lines: list[str]) -> tuple[str | None, list[str]]:
    """Take a date stamp glued before the first lines' text (" date 2025-11-02 Tổng Bí thư ...")."""
    for i, line in enumerate(lines[:3]):
        iso, rest = strip_date_prefix(line)
        if iso:
            return iso, lines[:i] + [rest] + lines[i + 1:]
    return None, lines


def _pick_title(lines: list[Line]) -> tuple[int | None, set[int]]:
    """Index of the title among the leading lines, and the indexes of leading labels to drop."""
    candidates: list[int] = []
    for i, line in enumerate(lines):
        if line.kind in (Kind.SENTENCE, Kind.TEASER, Kind.QUESTION):
            if i == 0 and not line.text.endswith(".") and line.words <= 40:
                candidates.append(i)  # a title with a question mark or quoted speech
            break
        if line.kind is Kind.HEADLINE:
            candidates.append(i)
    if not candidates:
        return None, set()
    long = [i for i in candidates if lines[i].words >= _MIN_TITLE_WORDS]
    title = long[0] if long else candidates[0]
    labels = {i for i in candidates if i < title or lines[i].words < _MIN_TITLE_WORDS}
    return title, labels - {title}


def _leading_metadata(lines: list[Line], kind: Kind) -> list[str]:
    """Texts of the ``kind`` lines before the story's first sentence."""
    found = []
    for line in lines:
        if line.kind in (Kind.SENTENCE, Kind.TEASER):
            break
        if line.kind is kind:
            found.append(line.text)
    return found


def clean(text: str) -> Article:
    """Turn raw scraped article text into an Article holding only the story."""
    glued_date, raw_lines = _split_glued_date(_content_lines(normalize(text)))
    lines = make_lines(raw_lines)
    if not lines:
        return Article()
    title_idx, labels = _pick_title(lines)
    title = lines[title_idx].text if title_idx is not None else None

    dates = [d for d in (parse_date_line(t) for t in _leading_metadata(lines, Kind.DATE)) if d]
    date = glued_date or (dates[0] if dates else None)

    body = [ln for i, ln in enumerate(lines) if i != title_idx and i not in labels
            and not (title and ln.key == lines[title_idx].key)]
    drop = find_boilerplate(body)
    sources = [parse_source_line(ln.text) for ln in body if ln.kind is Kind.SOURCE]
    source = next((s for s in sources if s), None)

    paragraphs = [ln.text for ln, dropped in zip(body, drop) if not dropped]
    if paragraphs:
        prefix_source, first = strip_credit_prefix(paragraphs[0])
        if prefix_source and first:
            paragraphs[0] = first
            source = source or prefix_source
    sentences = [s for p in paragraphs for s in split_sentences(p)]
    return Article(title=title, date=date, source=source, paragraphs=paragraphs, sentences=sentences)
