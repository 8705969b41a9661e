"""Cheap tests before a costly pattern: strings one of which any text a pattern finds must hold.

``needles(pattern)`` reads the pattern's own parse tree (so it follows the pattern when a rule changes)
and returns lower-cased strings such that wherever ``pattern`` matches, the text lower-cased holds one of
them; ``Prefilter(pattern).may_find(text)`` is False only where the pattern cannot match. A text holding a
character whose case-insensitive matching differs from ``str.lower`` (such as "İ" or "ı" for a needle
with an "i", or any beyond Latin, Vietnamese and punctuation) always gets the pattern.
"""
from __future__ import annotations

import re

import _sre

try:  # Python 3.11+
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _sre_parse  # type: ignore[no-redef]

__all__ = ["needles", "literal_words", "Prefilter", "split_anywhere"]

_LITERAL, _BRANCH, _SUBPATTERN = _sre_parse.LITERAL, _sre_parse.BRANCH, _sre_parse.SUBPATTERN
_REPEATS = tuple(getattr(_sre_parse, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
                 if hasattr(_sre_parse, name))
_ATOMIC = getattr(_sre_parse, "ATOMIC_GROUP", None)
_LOOKS = (_sre_parse.ASSERT, _sre_parse.ASSERT_NOT, _sre_parse.AT)  # they consume nothing
_SAFE_RANGES = (range(0x250), range(0x1E00, 0x1F00), range(0x2000, 0x2800))  # Latin, Vietnamese, punctuation, symbols


def needles(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-cased strings one of which every match of ``pattern`` holds (the longest ones the pattern
    requires), or None when it requires none."""
    found = _required(list(_sre_parse.parse(pattern.pattern, pattern.flags)))
    return tuple(sorted(found)) if found else None


def literal_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The alternatives, lower-cased, of a pattern that finds one of several literal strings and nothing
    else (look-arounds aside), such as ``(?<!\\w)(?:trang|email|…)(?!\\w)``; None for another shape."""
    items = [(op, av) for op, av in _sre_parse.parse(pattern.pattern, pattern.flags) if op not in _LOOKS]
    if len(items) == 1 and items[0][0] is _SUBPATTERN and items[0][1][0] is None:  # a group that captures nothing
        items = list(items[0][1][-1])
    if len(items) != 1 or items[0][0] is not _BRANCH:
        return None
    branches = [list(branch) for branch in items[0][1][1]]
    if not all(branch and all(op is _LITERAL and _plain(av) for op, av in branch) for branch in branches):
        return None
    return tuple("".join(chr(av).lower() for _, av in branch) for branch in branches)


class Prefilter:
    """``may_find(text)`` is False only where ``pattern`` cannot match ``text``: the text lower-cased holds
    none of the pattern's ``needles``, and every character of it is one that the engine, ignoring case,
    matches against those needles' characters exactly as ``str.lower`` maps it (other texts: True).
    ``may_find_several(text, k)``, for a pattern of literal alternatives (:func:`literal_words`), is False
    only where it cannot find ``k`` different ones (lower-cased); ``may_find_times(text, k)`` only where it
    cannot find ``k`` matches (each holds a needle, and matches do not overlap)."""

    def __init__(self, pattern: re.Pattern[str]):
        self.pattern = pattern
        self.needles = needles(pattern)
        self.words = literal_words(pattern)
        self._unsafe: re.Pattern[str] | None = None  # made at the first use

    def may_find(self, text: str) -> bool:
        if self.needles is None or any(map(text.lower().__contains__, self.needles)):
            return True
        return self._odd(text)

    def may_find_several(self, text: str, k: int) -> bool:
        if self.words is None or sum(map(text.lower().__contains__, self.words)) >= k:
            return True
        return self._odd(text)

    def may_find_times(self, text: str, k: int) -> bool:
        if self.needles is None or sum(map(text.lower().count, self.needles)) >= k:
            return True
        return self._odd(text)

    def _odd(self, text: str) -> bool:
        """Whether ``text`` holds a character for which its lower case does not tell what the pattern matches."""
        if self._unsafe is None:
            self._unsafe = _unsafe_chars(set("".join((*(self.needles or ()), *(self.words or ())))))
        return self._unsafe.search(text) is not None


def _unsafe_chars(chars: set[str]) -> re.Pattern[str]:
    """A pattern finding a character outside the safe ranges, one whose lower case is not one character
    equal to its simple lower case, or one that the engine, ignoring case, counts equal to one of ``chars``
    while its lower case is another character (as "ı" and "İ" are for "i")."""
    safe = [cp for r in _SAFE_RANGES for cp in r if not 0xD800 <= cp < 0xE000 and _plain(cp)]
    every = "".join(map(chr, safe))
    odd = {t for ch in chars for t in re.findall(re.escape(ch), every, re.I) if t.lower() != ch}
    safe = [cp for cp in safe if chr(cp) not in odd]
    ranges, first = [], safe[0]
    for prev, cp in zip(safe, safe[1:] + [-1]):
        if cp != prev + 1:
            ranges.append(f"\\U{first:08x}" + (f"-\\U{prev:08x}" if prev > first else ""))
            first = cp
    return re.compile(f"[^{''.join(ranges)}]")


def _required(items: list) -> set[str] | None:
    """Strings one of which any text matched by the sequence ``items`` holds, lower-cased."""
    best: set[str] | None = None
    run: list[str] = []
    for op, av in [*items, (None, None)]:  # a sentinel closes the last run of literals
        if op is _LITERAL and _plain(av):
            run.append(chr(av).lower())
            continue
        if run:
            best = _better(best, {"".join(run)})
            run = []
        if op is _SUBPATTERN:
            best = _better(best, _required(list(av[-1])))
        elif op is not None and op is _ATOMIC:
            best = _better(best, _required(list(av)))
        elif op in _REPEATS and av[0] >= 1:
            best = _better(best, _required(list(av[2])))
        elif op is _BRANCH:
            alternatives = [_required(list(branch)) for branch in av[1]]
            if all(alternatives):
                best = _better(best, set().union(*alternatives))
    return best


def _plain(code: int) -> bool:
    """A character whose lower case is one character, its simple lower case (what the engine compares when
    ignoring case)."""
    low = chr(code).lower()
    return len(low) == 1 and ord(low) == _sre.unicode_tolower(code)


def _better(a: set[str] | None, b: set[str] | None) -> set[str] | None:
    """The more selective requirement: the longer shortest string, then the fewer strings."""
    if not b:
        return a
    if not a:
        return b
    return max(a, b, key=lambda s: (min(map(len, s)), -len(s)))


def split_anywhere(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """For a pattern ``^(?:A|.*B|C|.*D…)`` matched at a line's start: the alternatives that start there
    (``^(?:A|C…)``, matched) and those that may start anywhere (``B|D…``, searched), so that on a text
    without a line break ``pattern.match(text)`` finds something exactly when one of them does (and the
    second can take a :class:`Prefilter`). None for a pattern of another shape."""
    source = pattern.pattern
    if not (source.startswith("^(?:") and source.endswith(")")):
        return None
    parts = _top_alternatives(source[4:-1])
    if parts is None:
        return None
    head = [p for p in parts if not p.startswith(".*")]
    anywhere = [p[2:] for p in parts if p.startswith(".*")]
    if not head or not anywhere or any(p.startswith(("?", "*", "+", "{")) for p in anywhere):
        return None
    return (re.compile(f"^(?:{'|'.join(head)})", pattern.flags),
            re.compile("|".join(f"(?:{p})" for p in anywhere), pattern.flags))


def _top_alternatives(body: str) -> list[str] | None:
    """``body`` cut at each ``|`` outside groups and character sets; None when its brackets do not close
    within it (the group around it would end early)."""
    parts, start, depth, i, n = [], 0, 0, 0, len(body)
    while i < n:
        ch = body[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # a set: "]" right after "[" or "[^" is a member
            i += 1
            if i < n and body[i] == "^":
                i += 1
            if i < n and body[i] == "]":
                i += 1
            while i < n and body[i] != "]":
                i += 2 if body[i] == "\\" else 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return None
        elif ch == "|" and depth == 0:
            parts.append(body[start:i])
            start = i + 1
        i += 1
    if depth != 0 or i != n:
        return None
    return [*parts, body[start:]]
