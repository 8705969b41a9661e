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
import re
from functools import lru_cache
from itertools import accumulate, chain
from pathlib import Path

import numpy as np

from vnsumm.clean.lines import Kind, Line
from vnsumm.clean.own_features import OWN_FEATURES, _tokens, line_features, own_rows

__all__ = ["FEATURES", "STAGE2", "line_features", "page_features", "stage2_features", "LineModel", "load_model",
           "MODEL_PATH"]

MODEL_PATH = Path(__file__).with_name("line_model.json")
_KINDS = list(Kind)
_KIND_INDEX = {k: i for i, k in enumerate(_KINDS)}
_END_PERIOD = re.compile(r"\.[\"')\]]*$")

_CONTEXT = [
    "rel_pos", "is_first", "is_last", "log_from_end", "words_after_share", "prose_after", "prose_before",
    "repeated", "adjacent_dup", "rule_drop", "story_words_share", "story_bigrams_share",
    *[f"kind_{k.value}" for k in _KINDS],
    "prev_log_words", "next_log_words", "prev_prose", "next_prose", "prev_drop", "next_drop", "prev_short",
    "next_short", "prev_missing", "next_missing", "win_drop", "win_short", "win_prose", "run_short",
]
FEATURES = OWN_FEATURES + _CONTEXT
_N_SELF = len(OWN_FEATURES)


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
            rows[text] = _OWN_ROWS[text] = row.tobytes()
    return np.frombuffer(b"".join([rows[t] for t in texts]), dtype=np.float64).reshape(len(texts), _N_SELF)


_OWN_ROWS: dict[str, bytes] = {}  # a row as float64 bytes: a page's rows are joined into one buffer
_MAX_OWN_ROWS = 8192




def _prose(line: Line) -> bool:
    return line.words >= 15 and line.kind is Kind.SENTENCE


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
        if len(_GRAMS) >= _MAX_GRAMS:
            _GRAMS.clear()
        toks = _tokens(text)
        found = _GRAMS[text] = (frozenset(toks), frozenset(zip(toks, toks[1:])))
    return found


_GRAMS: dict[str, tuple[frozenset, frozenset]] = {}
_MAX_GRAMS = 8192
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
    short_list = [ln.words <= 12 and not _END_PERIOD.search(ln.text) for ln in lines]  # short, no full stop
    drop = [*map(float, rule_drop)]
    prose = [*map(float, prose_list)]
    short = [*map(float, short_list)]
    words = [ln.words for ln in lines]
    total = sum(words)
    whole = max(total, 1.0)
    share_after = [(total - done) / whole for done in accumulate(words)]  # whole numbers: exact
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
    span = max(last, 1)
    before_last = max(last_prose, 0)  # rows before the last prose row
    through_first = min(first_prose + 1, n)  # rows up to the first prose row
    listed = np.fromiter(chain(  # one flat run of floats: cheaper to turn into numbers than nested lists
        [i / span for i in range(n)],  # rel_pos
        [1.0] + [0.0] * last,  # is_first
        [0.0] * last + [1.0],  # is_last
        share_after,  # words_after_share
        [1.0] * before_last + [0.0] * (n - before_last),  # prose_after
        [0.0] * through_first + [1.0] * (n - through_first),  # prose_before
        repeated, adjacent, drop, uni, bi,
        [0.0, *prose[:-1]], [*prose[1:], 0.0], [0.0, *drop[:-1]], [*drop[1:], 0.0],  # prev/next prose, drop
        [0.0, *short[:-1]], [*short[1:], 0.0],  # prev/next short
        [1.0] + [0.0] * last, [0.0] * last + [1.0],  # prev_missing, next_missing
        *windows,  # win_drop, win_short, win_prose
    ), dtype=np.float64, count=len(_LISTED_CONTEXT) * n).reshape(len(_LISTED_CONTEXT), n)
    for start, stop, first in _LISTED_BLOCKS:  # runs of neighbouring columns: slices, not an index array
        c[:, first:first + stop - start] = listed[start:stop].T
    # the logarithms in one call: rows left below each row, its words, its run of short lines
    logs = np.log1p(np.array([*range(n - 1, -1, -1), *words, *_run_lengths(short_list)], dtype=np.float64))
    c[:, _C["log_from_end"]] = logs[:n]
    c[1:, _PREV] = logs[n:2 * n - 1]  # the row before (0 at the edge)
    c[:-1, _PREV + 1] = logs[n + 1:2 * n]  # the row after
    c[:, _C["run_short"]] = logs[2 * n:]
    width = x.shape[1]
    x.put([i * width + _KIND_COLUMN[ln.kind] for i, ln in enumerate(lines)], 1.0)  # one-hot kinds
    return x, np.array(prose_list, dtype=bool)


_C = {name: i for i, name in enumerate(_CONTEXT)}
_KIND_AT = _C[f"kind_{_KINDS[0].value}"]
_PREV = _C["prev_log_words"]
_LISTED_CONTEXT = [_C[name] for name in (  # the context columns _page_matrix works out line by line, in its order
    "rel_pos", "is_first", "is_last", "words_after_share", "prose_after", "prose_before", "repeated", "adjacent_dup",
    "rule_drop", "story_words_share", "story_bigrams_share", "prev_prose", "next_prose", "prev_drop", "next_drop",
    "prev_short", "next_short", "prev_missing", "next_missing", "win_drop", "win_short", "win_prose")]
_LISTED_BLOCKS = [  # (first row, row after the last, first column) of each run of neighbouring listed columns
    (start, stop, _LISTED_CONTEXT[start])
    for start, stop in zip([0, *[i for i in range(1, len(_LISTED_CONTEXT))
                                 if _LISTED_CONTEXT[i] != _LISTED_CONTEXT[i - 1] + 1]],
                           [*[i for i in range(1, len(_LISTED_CONTEXT)) if _LISTED_CONTEXT[i] != _LISTED_CONTEXT[i - 1] + 1],
                            len(_LISTED_CONTEXT)])]
_KIND_COLUMN = {k: _N_SELF + _KIND_AT + i for k, i in _KIND_INDEX.items()}  # a kind's column in the whole matrix
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
    logs = np.log1p(np.array([*[story[n] - story[i + 1] for i in range(n)], *story[:n]], dtype=np.float64))
    out[:, 8] = logs[:n]
    out[:, 9] = logs[n:]
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
        return self.stage2.proba(np.concatenate((x, _stage2(p1, prose)), axis=1))

    def decide(self, lines: list[Line], rule_drop: list[bool]) -> list[bool]:
        """Final verdicts: the model adds drops at ``threshold`` (``prose_threshold`` for a line that
        reads like story prose: a sentence or question of 12 words or more); it takes back a rule's drop only when
        sure (below ``rescue_threshold``) and never for a line the rules know by its own shape (caption,
        stamp, credit, share row, marker, link), one right under a related item's head, or one over a time
        stamp (a related item's headline)."""
        if not lines:
            return []
        p = self.proba(lines, rule_drop)
        out = []
        for i, (ln, ruled, v) in enumerate(zip(lines, rule_drop, p.tolist())):  # Python floats: cheaper to compare
            if not ruled:
                prose = ln.kind in (Kind.SENTENCE, Kind.TEASER, Kind.QUESTION) and ln.words >= 12
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
