"""A small learned line classifier: is this body line page furniture? Judged by structure.

Each line gets structural features (length, ending punctuation, "..." truncation, share of
capitalised words, verb-like tokens, digits and dates, caption/byline/label shapes, position
on the page, repeats, its neighbours) plus what the hand rules (``vnsumm.clean.lines`` and
``vnsumm.clean.boilerplate``) said about it. A small network (weights in ``line_model.json``,
trained by ``eval/train_line_model.py`` on synthetic pages from vietnews_train) turns them into
a probability. Only numpy is needed at run time; the weights are plain JSON (no pickle).
"""
from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from itertools import accumulate
from pathlib import Path

import numpy as np

from vnsumm.clean.lines import ELLIPSIS_END, INNER_BOUNDARY, Kind, Line, classify, looks_like_byline, make_lines
from vnsumm.clean.normalize import VI_LOWER, VI_UPPER

__all__ = ["FEATURES", "STAGE2", "line_features", "page_features", "stage2_features", "LineModel", "load_model",
           "MODEL_PATH"]

MODEL_PATH = Path(__file__).with_name("line_model.json")
_KINDS = list(Kind)
_KIND_INDEX = {k: i for i, k in enumerate(_KINDS)}
_ONE_HOT = np.eye(len(_KINDS))
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
_END_PERIOD = re.compile(r"\.[\"')\]]*$")
_LOWER_FIRST = re.compile(f"^[{VI_LOWER}]")
_NO_LETTER_WORD = re.compile(r"(?<!\S)(?:[\d_]|[^\w\s])+(?!\S)")  # a word without a letter in it
_URL_PARTS = ("@", "http", "www.", ".vn", ".com", ".net", ".org")
_ANY_END_CHARS = frozenset(".!?:;…")
# a word (as ``str.split`` cuts them) that starts with a capital, or with a quote or bracket and then one
_CAP_AT_WORD = re.compile(rf"(?<!\S)[\"'(\[]?[{VI_UPPER}]")

_SELF = [
    "bias", "log_words", "log_chars", "w_le3", "w_le8", "w_le15", "w_gt40", "end_period", "end_qe", "end_colon",
    "end_ellipsis", "end_paren", "no_end", "log_sents", "inner_boundary", "cap_share", "all_caps", "first_lower",
    "digit_share", "has_date", "has_time", "comma_rate", "verb_share", "has_verb", "label_colon", "paren_tail_words",
    "paren_tail_caps", "dash_tail", "tail_after_stop_caps", "symbol_start", "number_start", "urlish", "pipes_hashes",
    "byline_shape", "name_shape", "quote_start",
]
_CONTEXT = [
    "rel_pos", "is_first", "is_last", "log_from_end", "words_after_share", "prose_after", "prose_before",
    "repeated", "adjacent_dup", "rule_drop", "story_words_share", "story_bigrams_share",
    *[f"kind_{k.value}" for k in _KINDS],
    "prev_log_words", "next_log_words", "prev_prose", "next_prose", "prev_drop", "next_drop", "prev_short",
    "next_short", "prev_missing", "next_missing", "win_drop", "win_short", "win_prose", "run_short",
]
FEATURES = _SELF + _CONTEXT


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


def _own_matrix(texts: list[str]) -> np.ndarray:
    """The own features of a page's lines, one row each (a row is remembered by its line's text: the
    cleaner's passes over one page see the same lines again; rows not yet known are made together by
    :func:`own_rows`)."""
    rows = {t: _OWN_ROWS.get(t) for t in texts}
    missing = [t for t, row in rows.items() if row is None]
    if missing:
        if len(_OWN_ROWS) + len(missing) > _MAX_OWN_ROWS:
            _OWN_ROWS.clear()
        for text, row in zip(missing, own_rows(missing)):
            rows[text] = _OWN_ROWS[text] = row
    return np.array([rows[t] for t in texts], dtype=np.float64).reshape(len(texts), _N_SELF)


_OWN_ROWS: dict[str, np.ndarray] = {}
_MAX_OWN_ROWS = 8192


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


def _short(line: Line) -> bool:
    return line.words <= 12 and not _END_PERIOD.search(line.text)


def _prose(line: Line) -> bool:
    return line.words >= 15 and line.kind is Kind.SENTENCE


def _window_mean(a: np.ndarray, half: int = 3) -> np.ndarray:
    """Mean of ``a`` over the ``half`` rows either side of each row, the row itself left out (along
    the last axis: a 2-D ``a`` is several columns at once)."""
    n = a.shape[-1]
    csum = np.concatenate([np.zeros(a.shape[:-1] + (1,)), np.cumsum(a, axis=-1)], axis=-1)
    idx = np.arange(n)
    lo, hi = np.maximum(0, idx - half), np.minimum(n, idx + half + 1)
    return (csum[..., hi] - csum[..., lo] - a) / np.maximum(hi - lo - 1, 1)


def _run_lengths(flags: list[bool]) -> list[int]:
    """For each row, the length of the run of true rows it is part of (0 where false)."""
    out = [0] * len(flags)
    i, n = 0, len(flags)
    while i < n:
        if not flags[i]:
            i += 1
            continue
        j = i + 1
        while j < n and flags[j]:
            j += 1
        out[i:j] = [j - i] * (j - i)
        i = j
    return out


def _gram_sets(text: str) -> tuple[frozenset, frozenset]:
    """A line's distinct words and distinct word pairs (remembered by text: a dict lookup by a string is
    cheaper than one by its tuple of words)."""
    found = _GRAMS.get(text)
    if found is None:
        if len(_GRAMS) >= _MAX_TOKENS:
            _GRAMS.clear()
        toks = _tokens(text)
        found = _GRAMS[text] = (frozenset(toks), frozenset(zip(toks, toks[1:])))
    return found


_GRAMS: dict[str, tuple[frozenset, frozenset]] = {}
_gram_sets.cache_clear = _GRAMS.clear  # type: ignore[attr-defined]  # emptied like the lru caches


def _prose_overlap(texts: list[str], prose: list[bool]) -> tuple[list[float], list[float]]:
    """For each line, the shares of its distinct words and word pairs found in the page's other prose
    lines (a prose line's own words do not count): set intersections with the words seen in one
    prose line or more, and in two or more. Those sets depend only on the prose lines, which the
    cleaner's later passes over the same page mostly share, so they and the shares worked out with
    them are remembered by the prose lines' texts."""
    key = tuple(t for t, own in zip(texts, prose) if own)
    context = _PROSE_CONTEXTS.get(key)
    if context is None:
        if len(_PROSE_CONTEXTS) >= _MAX_PROSE_CONTEXTS:
            _PROSE_CONTEXTS.clear()
        context = _PROSE_CONTEXTS[key] = (_seen_grams([_gram_sets(t) for t in key]), {})
    (once, twice), shares = context
    uni, bi = [], []
    for text, own in zip(texts, prose):
        found = shares.get((text, own))
        if found is None:
            grams = _gram_sets(text)
            found = shares[(text, own)] = tuple(
                len(grams[k] & (twice[k] if own else once[k])) / len(grams[k]) if grams[k] else 0.0 for k in (0, 1))
        uni.append(found[0])
        bi.append(found[1])
    return uni, bi


def _seen_grams(sets: list[tuple[frozenset, frozenset]]) -> tuple[list[set], list[set]]:
    """Words (k=0) and word pairs (k=1) seen in one of ``sets`` or more, and in two or more."""
    once: list[set] = [set(), set()]
    twice: list[set] = [set(), set()]
    for k in (0, 1):
        for grams in sets:
            twice[k] |= once[k] & grams[k]
            once[k] |= grams[k]
    return once, twice


_PROSE_CONTEXTS: dict[tuple[str, ...], tuple[tuple[list[set], list[set]], dict]] = {}
_MAX_PROSE_CONTEXTS = 64


def page_features(lines: list[Line], rule_drop: list[bool]) -> np.ndarray:
    """The feature matrix of a page's body lines (one row per line, columns in ``FEATURES`` order),
    computed column by column over the whole page into one preallocated matrix (a line's own
    features are cached by its text)."""
    return _page_matrix(lines, rule_drop)[0]


def _page_matrix(lines: list[Line], rule_drop: list[bool]) -> tuple[np.ndarray, np.ndarray]:
    """``page_features`` and which lines are prose (the second stage needs them too). Counts along the
    page (words after a line, prose before and after, runs, windows) are whole numbers, worked out
    with as few array operations as the page allows."""
    n = len(lines)
    x = np.zeros((n, len(FEATURES)), dtype=np.float64)
    if n == 0:
        return x, np.zeros(0, dtype=bool)
    texts = [ln.text for ln in lines]
    x[:, :_N_SELF] = _own_matrix(texts)
    c = x[:, _N_SELF:]  # the context columns, a view
    prose_list = [ln.words >= 15 and ln.kind is Kind.SENTENCE for ln in lines]  # _prose
    short_list = [ln.words <= 12 and not _END_PERIOD.search(ln.text) for ln in lines]  # _short
    drop = [float(d) for d in rule_drop]
    prose = [float(v) for v in prose_list]
    short = [float(v) for v in short_list]
    words = [ln.words for ln in lines]
    total = sum(words)
    share_after = [(total - done) / max(total, 1.0) for done in accumulate(words)]  # whole numbers: exact
    last = n - 1
    first_prose = prose_list.index(True) if True in prose_list else n
    last_prose = last - prose_list[::-1].index(True) if True in prose_list else -1
    keys = [ln.key for ln in lines]
    repeated = adjacent = [0.0] * n
    if len(set(keys)) < n:
        counts: dict[str, int] = {}
        for k in keys:
            counts[k] = counts.get(k, 0) + 1
        repeated = [float(counts[k] > 1) for k in keys]
        adjacent = [float((i > 0 and keys[i - 1] == k) or (i < last and keys[i + 1] == k)) for i, k in enumerate(keys)]
    uni, bi = _prose_overlap(texts, prose_list)
    his = [*range(4, n), *[n] * min(4, n)]  # the window of three rows either side, the row left out
    los = [0] * min(4, n) + [*range(1, n - 3)]
    spans = [max(hi - lo - 1, 1) for hi, lo in zip(his, los)]
    windows = []  # whole numbers: exact
    for column in (drop, short, prose):
        sums = [0.0, *accumulate(column)]
        windows.append([(sums[hi] - sums[lo] - v) / span for hi, lo, v, span in zip(his, los, column, spans)])
    c[:, _LISTED_CONTEXT] = np.array([
        [i / max(last, 1) for i in range(n)],  # rel_pos
        [1.0] + [0.0] * last,  # is_first
        [0.0] * last + [1.0],  # is_last
        share_after,  # words_after_share
        [float(i < last_prose) for i in range(n)],  # prose_after
        [float(i > first_prose) for i in range(n)],  # prose_before
        repeated, adjacent, drop, uni, bi,
        [0.0, *prose[:-1]], [*prose[1:], 0.0], [0.0, *drop[:-1]], [*drop[1:], 0.0],  # prev/next prose, drop
        [0.0, *short[:-1]], [*short[1:], 0.0],  # prev/next short
        [1.0] + [0.0] * last, [0.0] * last + [1.0],  # prev_missing, next_missing
        *windows,  # win_drop, win_short, win_prose
    ], dtype=np.float64).T
    idx = np.arange(n, dtype=np.float64)
    c[:, _C["log_from_end"]] = np.log1p(n - 1 - idx)
    log_words = np.log1p(np.array(words, dtype=np.float64))
    c[1:, _PREV] = log_words[:-1]  # the row before (0 at the edge)
    c[:-1, _PREV + 1] = log_words[1:]  # the row after
    c[idx.astype(np.intp), _KIND_AT + np.array([_KIND_INDEX[ln.kind] for ln in lines])] = 1.0
    c[:, _C["run_short"]] = np.log1p(np.array(_run_lengths(short_list), dtype=np.float64))
    return x, np.array(prose_list, dtype=bool)


_C = {name: i for i, name in enumerate(_CONTEXT)}
_KIND_AT = _C[f"kind_{_KINDS[0].value}"]
_PREV = _C["prev_log_words"]
_LISTED_CONTEXT = [_C[name] for name in (  # the context columns _page_matrix works out line by line, in its order
    "rel_pos", "is_first", "is_last", "words_after_share", "prose_after", "prose_before", "repeated", "adjacent_dup",
    "rule_drop", "story_words_share", "story_bigrams_share", "prev_prose", "next_prose", "prev_drop", "next_drop",
    "prev_short", "next_short", "prev_missing", "next_missing", "win_drop", "win_short", "win_prose")]
assert _CONTEXT[_PREV:_PREV + 8] == ["prev_log_words", "next_log_words", "prev_prose", "next_prose", "prev_drop",
                                     "next_drop", "prev_short", "next_short"]
assert _CONTEXT[_C["win_drop"]:_C["win_drop"] + 3] == ["win_drop", "win_short", "win_prose"]


STAGE2 = ["p1", "p1_prev", "p1_next", "p1_window", "p1_next3_max", "p1_next3_min", "p1_after_mean",
          "p1_after_share", "story_after", "story_before"]


def stage2_features(p1: np.ndarray, lines: list[Line]) -> np.ndarray:
    """What the first stage thinks of the neighbours: blocks of furniture and the story's extent."""
    return _stage2(np.asarray(p1, dtype=np.float64), np.array([_prose(ln) for ln in lines], dtype=bool))


def _stage2(p1: np.ndarray, prose: np.ndarray) -> np.ndarray:
    """``stage2_features`` given which lines are prose. A page has tens of lines, so the columns are worked
    out on Python floats (sums in the order ``np.cumsum`` takes them: the same numbers to the last bit) and
    the logarithms by numpy, as before."""
    n = len(p1)
    if n == 0:
        return np.zeros((0, len(STAGE2)), dtype=np.float64)
    p = p1.tolist()
    csum = [0.0, *accumulate(p)]
    after = [*accumulate(reversed(p))][::-1][1:]  # the sum of p1 over the rows after each row but the last
    high = [0, *accumulate(v >= 0.5 for v in p)]  # rows at 0.5 or more up to each row
    story = [0, *accumulate(v < 0.2 and s for v, s in zip(p, prose.tolist()))]  # sure story lines up to each row
    cols = [p, [0.5, *p[:-1]], [*p[1:], 0.5]]
    if n > 1:  # the window of three rows either side, the row left out
        cols.append([(csum[i + 4 if i + 4 < n else n] - csum[i - 3 if i > 3 else 0] - v)
                     / ((i + 4 if i + 4 < n else n) - (i - 3 if i > 3 else 0) - 1) for i, v in enumerate(p)])
    else:
        cols.append([0.5])
    nxt = [p[i + 1:i + 4] for i in range(n - 1)]
    cols.append([*map(max, nxt), 0.5])
    cols.append([*map(min, nxt), 0.5])
    cols.append([a / (n - 1 - i) for i, a in enumerate(after)] + [0.5])
    cols.append([(high[n] - high[i + 1]) / (n - 1 - i) for i in range(n - 1)] + [0.5])
    out = np.empty((n, len(STAGE2)), dtype=np.float64)
    out[:, :8] = np.array(cols, dtype=np.float64).T
    out[:, 8] = np.log1p(np.array([story[n] - story[i + 1] for i in range(n)], dtype=np.float64))
    out[:, 9] = np.log1p(np.array(story[:n], dtype=np.float64))
    return out


def _item_head(lines: list[Line], j: int) -> bool:
    """Whether line ``j`` heads a related item, so that the line after it is the item's teaser:
    a section marker, a time stamp, or a headline shown twice."""
    ln = lines[j]
    return ln.kind in (Kind.MARKER, Kind.DATE) or (j > 0 and lines[j - 1].key == ln.key)


class _Network:
    """A feed-forward network over standardised features; the last layer gives P(furniture)."""

    def __init__(self, spec: dict):
        self.mean = np.asarray(spec["mean"], dtype=np.float64)
        self.scale = np.asarray(spec["scale"], dtype=np.float64)
        self.layers = [(np.asarray(layer["W"], dtype=np.float64), np.asarray(layer["b"], dtype=np.float64))
                       for layer in spec["layers"]]

    def proba(self, x: np.ndarray) -> np.ndarray:
        h = x - self.mean
        h /= self.scale
        last = len(self.layers) - 1
        for k, (w, b) in enumerate(self.layers):
            h = h @ w
            h += b
            if k < last:
                np.maximum(h, 0.0, out=h)
        return 1.0 / (1.0 + np.exp(-np.minimum(np.maximum(h[:, 0], -50.0), 50.0)))  # np.clip, without its overhead


class LineModel:
    """Two stacked networks: the first judges each line, the second also sees the first's verdicts
    on the neighbours (furniture comes in blocks; story lines follow story lines)."""

    def __init__(self, spec: dict):
        if spec.get("features") != FEATURES or spec.get("stage2_features") != STAGE2:
            raise ValueError("line model was trained on a different feature list")
        self.stage1 = _Network(spec["stage1"])
        self.stage2 = _Network(spec["stage2"])
        self.threshold = float(spec["threshold"])
        self.rescue = float(spec["rescue_threshold"])
        self.prose = float(spec["prose_threshold"])

    def proba(self, lines: list[Line], rule_drop: list[bool]) -> np.ndarray:
        x, prose = _page_matrix(lines, rule_drop)
        p1 = self.stage1.proba(x)
        return self.stage2.proba(np.hstack([x, _stage2(p1, prose)]))

    def decide(self, lines: list[Line], rule_drop: list[bool]) -> list[bool]:
        """Final verdicts: the model adds drops at ``threshold`` (``prose_threshold`` for a line that
        reads like story prose: a sentence of 12 words or more); it takes back a rule's drop only when
        sure (below ``rescue_threshold``) and never for a line the rules know by its own shape (caption,
        stamp, credit, share row, marker, link), one right under a related item's head, or one over a time
        stamp (a related item's headline)."""
        if not lines:
            return []
        p = self.proba(lines, rule_drop)
        out = []
        for i, (ln, ruled, v) in enumerate(zip(lines, rule_drop, p.tolist())):  # Python floats: cheaper to compare
            if not ruled:
                prose = ln.kind in (Kind.SENTENCE, Kind.TEASER) and ln.words >= 12
                out.append(bool(v >= (self.prose if prose else self.threshold)))
            elif ln.hard or (i > 0 and _item_head(lines, i - 1)) or (
                    i + 1 < len(lines) and lines[i + 1].kind is Kind.DATE):  # a headline over its time stamp
                out.append(True)
            else:
                out.append(bool(v >= self.rescue))
        return out


@lru_cache(maxsize=4)
def load_model(path: Path = MODEL_PATH) -> LineModel:
    """The line model shipped with the package (``line_model.json``)."""
    return LineModel(json.loads(path.read_text(encoding="utf-8")))
