"""A line's own features for the line classifier (``vnsumm.clean.classifier``): what a body line looks like
judged alone (length, ending punctuation, "..." truncation, share of capitalised words, verb-like tokens,
digits and dates, caption/byline/label shapes). ``line_features`` gives them one line at a time (the
reference); ``own_rows`` gives the same numbers, to the last bit, for a page's lines at once.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from itertools import accumulate

import numpy as np

from vnsumm.clean.lines import ELLIPSIS_END, INNER_BOUNDARY, Line, classify, looks_like_byline, make_lines
from vnsumm.clean.normalize import VI_LOWER, VI_UPPER

__all__ = ["OWN_FEATURES", "line_features", "own_rows"]

# Aspect markers, copulas and common verbs: prose has them, labels and names mostly do not.
_VERBISH = frozenset(
    "đã đang sẽ được bị là có không chưa vừa mới cho biết nói cho rằng đề nghị yêu cầu tổ chức thực hiện làm "
    "tiếp tục phải cần muốn trở thành tăng giảm đạt diễn ra xảy ra phát hiện bắt giữ khởi tố tham gia đưa "
    "khẳng định nhấn mạnh chia sẻ cho thấy gây dẫn tại với của khi nhưng và những các này đó".split())
_WORD = re.compile(rf"[{VI_UPPER}{VI_LOWER}0-9]+", re.I)
_CAP_WORD = re.compile(rf"^[\"'(\[]?[{VI_UPPER}]")
_DATE = re.compile(r"\b\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?\b")
_TIME = re.compile(r"\b\d{1,2}(?::|h)\d{2}\b")
_LABEL = re.compile(r"^[^:.!?]{1,40}:\s*\S")
_PAREN_TAIL = re.compile(r"\(([^()]{1,60})\)\.?$")
_DASH_TAIL = re.compile(rf"\s[-–—|/]\s*([{VI_UPPER}][^.!?]{{0,40}})$")
_TAIL_AFTER_STOP = re.compile(r"[.!?]\s+([^.!?]{1,60})$")
_URLISH = re.compile(r"@|https?://|www\.|\.(?:vn|com|net|org)\b", re.I)
_SYMBOL_START = re.compile(r"^[^\w\"'(]")
_NUMBER_START = re.compile(r"^\d{1,2}[.)]\s")
_LOWER_FIRST = re.compile(f"^[{VI_LOWER}]")
_NO_LETTER_WORD = re.compile(r"(?<!\S)(?:[\d_]|[^\w\s])+(?!\S)")  # a word without a letter in it
_URL_PARTS = ("@", "http", "www.", ".vn", ".com", ".net", ".org")
_ANY_END_CHARS = frozenset(".!?:;…")
# a word (as ``str.split`` cuts them) that starts with a capital, or with a quote or bracket and then one
_CAP_AT_WORD = re.compile(rf"(?<!\S)[\"'(\[]?[{VI_UPPER}]")

OWN_FEATURES = [
    "bias", "log_words", "log_chars", "w_le3", "w_le8", "w_le15", "w_gt40", "end_period", "end_qe", "end_colon",
    "end_ellipsis", "end_paren", "no_end", "log_sents", "inner_boundary", "cap_share", "all_caps", "first_lower",
    "digit_share", "has_date", "has_time", "comma_rate", "verb_share", "has_verb", "label_colon", "paren_tail_words",
    "paren_tail_caps", "dash_tail", "tail_after_stop_caps", "symbol_start", "number_start", "urlish", "pipes_hashes",
    "byline_shape", "name_shape", "quote_start",
]
_SELF = OWN_FEATURES


@lru_cache(maxsize=8192)
def line_features(text: str) -> tuple[float, ...]:
    """Features of one line judged on its own (cached: pages repeat lines). Counts come from one
    compiled pattern over the line each, not from Python loops over its words."""
    words = text.split()
    n = len(words)
    lower = _tokens(text)
    letters = n - len(_NO_LETTER_WORD.findall(text))
    caps = len(_CAP_AT_WORD.findall(text))
    verbs = sum(map(_VERBISH.__contains__, lower))
    digits = sum(map(str.isdigit, text))
    paren = _PAREN_TAIL.search(text)
    paren_words = len(paren.group(1).split()) if paren else 0
    paren_caps = bool(paren and _CAP_WORD.match(paren.group(1)))
    tail = _TAIL_AFTER_STOP.search(text)
    tail_caps = bool(tail and _CAP_WORD.match(tail.group(1)) and len(tail.group(1).split()) <= 8)
    name_shape = letters > 0 and n <= 7 and caps == letters and verbs == 0 and not digits
    has_letters = any(map(str.isalpha, text))
    ellipsis = bool(ELLIPSIS_END.search(text))
    inner = len(INNER_BOUNDARY.findall(text))
    end = text.rstrip("\"')]")[-1:]  # the last character before closing quotes and brackets
    low = text.lower()
    urlish = any(x in low for x in _URL_PARTS) and bool(_URLISH.search(text))  # the substrings first: cheap
    return (
        1.0, math.log1p(n), math.log1p(len(text)), float(n <= 3), float(n <= 8), float(n <= 15), float(n > 40),
        float(end == "." and not ellipsis), float(end in ("?", "!")),
        float(end in (":", ";")), float(ellipsis), float(text.endswith(")")),
        float(end not in _ANY_END_CHARS), math.log1p(inner), float(inner > 0), caps / max(letters, 1),
        float(has_letters and text.upper() == text), float(bool(_LOWER_FIRST.match(text))),
        digits / max(len(text), 1), float(digits > 0 and bool(_DATE.search(text))),
        float(digits > 0 and bool(_TIME.search(text))),
        text.count(",") / max(n, 1), verbs / max(len(lower), 1), float(verbs > 0),
        float(bool(_LABEL.match(text)) and n <= 20), min(paren_words, 8) / 8, float(paren_caps),
        float(any(c in text for c in "-–—|/") and bool(_DASH_TAIL.search(text))), float(tail_caps),
        float(bool(_SYMBOL_START.match(text))), float(bool(_NUMBER_START.match(text))), float(urlish),
        float(text.count("|") + text.count("#") > 0), 0.0, float(name_shape), float(text[:1] in "\"'"),
    )


_BYLINE_AT = _SELF.index("byline_shape")


def _tokens(text: str) -> tuple[str, ...]:
    """A line's words, lower-cased (remembered by text; :func:`own_rows` fills in a page's lines at once)."""
    found = _TOKENS.get(text)
    if found is None:
        if len(_TOKENS) >= _MAX_TOKENS:
            _TOKENS.clear()
        found = _TOKENS[text] = tuple(map(str.lower, _WORD.findall(text)))
    return found


_TOKENS: dict[str, tuple[str, ...]] = {}
_MAX_TOKENS = 8192
_tokens.cache_clear = _TOKENS.clear  # type: ignore[attr-defined]  # emptied like the lru caches
_N_SELF = len(_SELF)


def _counts(pattern: re.Pattern[str], texts: list[str], sep: str) -> np.ndarray:
    """How many times ``pattern`` matches in each of ``texts``, by one pass over them joined by ``sep``
    (a separator no match can hold, and that the pattern's look-arounds read as a line's edge): each
    match is replaced by a mark, and the marks of each line are counted."""
    joined = sep.join(texts)
    if _MARK not in joined and joined.count(sep) == len(texts) - 1:
        return np.array([line.count(_MARK) for line in pattern.sub(_MARK, joined).split(sep)])
    bounds = np.cumsum([len(t) + len(sep) for t in texts])  # a text holds the mark or the separator itself
    at = [m.start() for m in pattern.finditer(joined)]
    return np.bincount(np.searchsorted(bounds, at, side="right"), minlength=len(texts))


_MARK = "\x01"
_WORD_LOWER = re.compile(rf"[{VI_LOWER}0-9]+")  # _WORD over lower-cased text


@lru_cache(maxsize=1)
def _case_unsafe() -> re.Pattern[str]:
    """Characters outside those (ASCII, Latin, Vietnamese, punctuation and symbols) whose lower case is one
    character read by ``_WORD_LOWER`` as ``_WORD`` reads the original: text without any is tokenised by
    lower-casing it whole (``str.lower`` maps none of these by its context)."""
    safe = [cp for cp in (*range(0x250), *range(0x1E00, 0x1F00), *range(0x2000, 0x2800))
            if len(chr(cp).lower()) == 1
            and bool(_WORD.fullmatch(chr(cp))) == bool(_WORD_LOWER.fullmatch(chr(cp).lower()))]
    ranges, first = [], safe[0]
    for prev, cp in zip(safe, safe[1:] + [-1]):
        if cp != prev + 1:
            ranges.append(f"\\U{first:08x}" + (f"-\\U{prev:08x}" if prev > first else ""))
            first = cp
    return re.compile(f"[^{''.join(ranges)}]")


_SPACE, _UPPER, _OPENER, _LETTER, _DIGIT_BIT = 1, 2, 4, 8, 16
_TABLE_SIZE = 0x3000  # Latin, Vietnamese, punctuation and symbols; text with other characters takes the patterns


@lru_cache(maxsize=1)
def _char_table() -> np.ndarray:
    """For each character below ``_TABLE_SIZE``, bits: a space to regex ``\\s`` and ``str.split``, a capital
    of ``_CAP_AT_WORD``, an opening quote or bracket it allows before one, a letter (``\\w`` but not ``\\d``
    nor "_", what ``_NO_LETTER_WORD`` looks for), a digit to ``str.isdigit``."""
    capital = re.compile(rf"[{VI_UPPER}]")
    table = np.zeros(_TABLE_SIZE, dtype=np.uint8)
    for cp in range(_TABLE_SIZE):
        ch = chr(cp)
        table[cp] = (_SPACE * ch.isspace() + _UPPER * (capital.match(ch) is not None) + _OPENER * (ch in "\"'([")
                     + _LETTER * (ch.isalnum() and not ch.isdecimal()) + _DIGIT_BIT * ch.isdigit())
    return table


def _char_counts(joined: str, lengths: list[int]) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """For each line of ``joined`` ("\n" between them; ``lengths``: their lengths): the words (as
    ``str.split`` cuts them) without a letter (``_NO_LETTER_WORD``), the words that start with a capital
    (``_CAP_AT_WORD``) and the digits (``str.isdigit``), from a table of character classes, all lines at
    once; None when a character lies beyond the table."""
    points = np.frombuffer(("\n" + joined).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if np.maximum.reduce(points) >= _TABLE_SIZE:
        return None
    bits = _char_table()[points]
    space = (bits & _SPACE).view(bool)
    first = np.flatnonzero(space[:-1] > space[1:]) + 1  # where each word starts (the lead "\n" is a space)
    seps = np.array([0, *accumulate(n + 1 for n in lengths[:-1])])  # where the "\n" before each line stands
    m = len(lengths)
    digits = np.add.reduceat(bits & _DIGIT_BIT, seps, dtype=np.int64) // _DIGIT_BIT  # each line with its "\n"
    if len(first) == 0:
        return np.zeros(m, dtype=np.int64), np.zeros(m, dtype=np.int64), digits
    lettered = np.logical_or.reduceat((bits & _LETTER) > 0, first)  # a word and the spaces after it
    head = bits[first]
    second = bits[np.minimum(first + 1, len(bits) - 1)]
    capital = ((head & _UPPER) > 0) | (((head & _OPENER) > 0) & ((second & _UPPER) > 0))
    line = np.searchsorted(seps, first, side="right") - 1
    return np.bincount(line[~lettered], minlength=m), np.bincount(line[capital], minlength=m), digits


_DATE_HINT = re.compile(r"\d[/.\-]\d")  # every _DATE holds one (found fast: a digit starts it)
_TIME_HINT = re.compile(r"\d[:h]\d")  # every _TIME holds one


def _tail_after_stop(text: str) -> re.Match[str] | None:
    """``_TAIL_AFTER_STOP.search(text)``, tried only from the last full stop, question or exclamation mark
    (what follows the mark holds none, so no other can start the match)."""
    stop = max(text.rfind("."), text.rfind("!"), text.rfind("?"))
    return _TAIL_AFTER_STOP.search(text, stop) if stop >= 0 else None


_FEW_LINES = 2
_LISTED = [_SELF.index(name) for name in (
    "log_words", "log_chars", "end_period", "end_qe", "end_colon", "end_ellipsis", "end_paren", "no_end", "log_sents",
    "all_caps", "first_lower", "has_date", "has_time", "label_colon", "paren_tail_caps", "dash_tail",
    "tail_after_stop_caps", "symbol_start", "number_start", "urlish", "pipes_hashes", "byline_shape", "quote_start")]
_DASH_CHAR = re.compile("[-–—|/]")  # what _DASH_TAIL needs: looked for first (cheaper)


def own_rows(texts: list[str]) -> np.ndarray:
    """The features of lines judged on their own, exactly as :func:`line_features` gives them one line
    at a time, with the byline shape filled in: patterns that count or find run once over all the lines,
    the numbers are worked out column by column."""
    m = len(texts)
    if m <= _FEW_LINES:  # the page-wide passes cost more than they save on a line or two
        x = np.array([line_features(t) for t in texts], dtype=np.float64).reshape(m, _N_SELF)
        x[:, _BYLINE_AT] = [looks_like_byline(Line(t, classify(t), len(t.split()), "")) for t in texts]
        return x
    x = np.zeros((m, _N_SELF), dtype=np.float64)
    lines = make_lines(texts)  # kinds and word counts, remembered by text
    words = [ln.words for ln in lines]
    lengths = [len(t) for t in texts]
    joined = "\n".join(texts)
    low = joined.lower()
    if joined.count("\n") == m - 1 and _case_unsafe().search(joined) is None:
        lower = [tuple(_WORD_LOWER.findall(line)) for line in low.split("\n")]
        if len(_TOKENS) + m > _MAX_TOKENS:
            _TOKENS.clear()
        _TOKENS.update(zip(texts, lower))
    else:
        lower = [_tokens(t) for t in texts]
    counted = _char_counts(joined, lengths)
    if counted is None:
        no_letter = _counts(_NO_LETTER_WORD, texts, "\n")  # "\n": a space to their look-arounds
        caps = _counts(_CAP_AT_WORD, texts, "\n")
        digits = [sum(map(str.isdigit, t)) for t in texts]
    else:
        no_letter, caps, digit_counts = counted
        digits = digit_counts.tolist()
    letters = np.array(words) - no_letter
    inner = _counts(INNER_BOUNDARY, texts, "\0")  # no sentence boundary runs across a NUL
    verbs = [sum(map(_VERBISH.__contains__, toks)) for toks in lower]
    ellipsis = [ELLIPSIS_END.search(t, max(0, len(t.rstrip("\"')]\n")) - 3)) is not None for t in texts]  # at the end
    ends = [t.rstrip("\"')]")[-1:] for t in texts]
    has_letters = [any(map(str.isalpha, t)) for t in texts]
    parens = [_PAREN_TAIL.search(t) for t in texts]
    tails = [_tail_after_stop(t) for t in texts]
    may_be_url = any(part in low for part in _URL_PARTS)
    log1p = math.log1p
    w = np.array(words)
    verb_counts = np.array(verbs)
    col = x.T  # col[j] is column j of x, a view
    col[0] = 1.0
    col[3], col[4], col[5], col[6] = w <= 3, w <= 8, w <= 15, w > 40
    col[14] = inner > 0
    col[15] = caps / np.maximum(letters, 1)
    col[18] = np.array(digits) / np.maximum(lengths, 1)
    col[21] = np.array([t.count(",") for t in texts]) / np.maximum(w, 1)
    col[22] = verb_counts / np.maximum([len(toks) for toks in lower], 1)
    col[23] = verb_counts > 0
    paren_words = [len(p.group(1).split()) if p else 0 for p in parens]
    col[25] = np.minimum(paren_words, 8) / 8
    col[34] = (letters > 0) & (w <= 7) & (caps == letters) & (verb_counts == 0) & (np.array(digits) == 0)
    x[:, _LISTED] = np.array([  # the columns worked out line by line, in _LISTED order, turned into numbers at once
        [log1p(n) for n in words],
        [log1p(n) for n in lengths],
        [e == "." and not el for e, el in zip(ends, ellipsis)],
        [e in ("?", "!") for e in ends],
        [e in (":", ";") for e in ends],
        ellipsis,
        [t.endswith(")") for t in texts],
        [e not in _ANY_END_CHARS for e in ends],
        [log1p(k) for k in inner.tolist()],
        [h and t.upper() == t for h, t in zip(has_letters, texts)],
        [_LOWER_FIRST.match(t) is not None for t in texts],
        [d > 0 and _DATE_HINT.search(t) is not None and _DATE.search(t) is not None for d, t in zip(digits, texts)],
        [d > 0 and _TIME_HINT.search(t) is not None and _TIME.search(t) is not None for d, t in zip(digits, texts)],
        [n <= 20 and _LABEL.match(t) is not None for n, t in zip(words, texts)],
        [p is not None and _CAP_WORD.match(p.group(1)) is not None for p in parens],
        [_DASH_CHAR.search(t) is not None and _DASH_TAIL.search(t) is not None for t in texts],
        [tl is not None and _CAP_WORD.match(tl.group(1)) is not None and len(tl.group(1).split()) <= 8 for tl in tails],
        [_SYMBOL_START.match(t) is not None for t in texts],
        [_NUMBER_START.match(t) is not None for t in texts],
        [may_be_url and any(part in t.lower() for part in _URL_PARTS) and _URLISH.search(t) is not None for t in texts],
        [("|" in t) or ("#" in t) for t in texts],
        [looks_like_byline(ln) for ln in lines],
        [t[:1] in "\"'" for t in texts],
    ], dtype=np.float64).T
    return x
