"""Text escaped for Markdown, and back: what a brief's ``.md`` output holds is always text, never markup.

``escape_inline`` is for one-line places (a heading, the date line, a warning): whitespace and line
breaks collapse to single spaces, so a title never splits its heading. ``escape_block`` keeps the
lines of a paragraph. Both write ``<``, ``>`` and ``&`` as HTML entities (raw HTML stays text in
every Markdown dialect) and backslash-escape the marks that would format, link or end a table cell
(`` \\ ` * _ [ ] | ``; ``#`` inline, block markers at a line's start). ``unescape`` reads either back.
"""
from __future__ import annotations

import html
import re

__all__ = ["escape_inline", "escape_block", "unescape"]

_MARKS = re.compile(r"([\\`*_\[\]|])")  # | too: a text may sit in a table cell
_LINE_START = re.compile(r"^([#+=-]|\d+(?=[.)]))")  # a heading, list, rule or setext underline would begin here
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")  # CommonMark: any ASCII punctuation after a backslash


def _text(text: str) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")  # & first: entities stay whole
    return _MARKS.sub(r"\\\1", text)


def escape_inline(text: str) -> str:
    """``text`` on one line, escaped: for a heading, the date line or a list item."""
    return _text(" ".join(text.split())).replace("#", "\\#")


def escape_block(text: str) -> str:
    """``text`` escaped as a paragraph: its lines kept, none starting a heading, list, quote or code block."""
    lines = []
    for line in _text(text).splitlines():
        line = line.strip()
        marker = _LINE_START.match(line)
        if marker:  # "# x" → "\# x"; "2025. x" → "2025\. x"
            end = marker.end()
            line = (line[:end] + "\\" + line[end:]) if line[0].isdigit() else "\\" + line
        lines.append(line)
    return "\n".join(lines)


def unescape(text: str) -> str:
    """The text that ``escape_inline`` or ``escape_block`` wrote (backslash escapes, then entities)."""
    return html.unescape(_ESCAPED.sub(r"\1", text))
