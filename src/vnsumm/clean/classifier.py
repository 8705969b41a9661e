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
from pathlib import Path

import numpy as np

from vnsumm.clean.lines import ELLIPSIS_END, INNER_BOUNDARY, Kind, Line, looks_like_byline
from vnsumm.clean.normalize import VI_LOWER, VI_UPPER

__all__ = ["FEATURES", "STAGE2", "line_features", "page_features", "stage2_features", "LineModel", "load_model",
           "MODEL_PATH"]

MODEL_PATH = Path(__file__).with_name("line_model.json")
_KINDS = list(Kind)
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
_END_QE = re.compile(r"[?!][\"')\]]*$")
_END_COLON = re.compile(r"[:;][\"')\]]*$")

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
    """Features of one line judged on its own (cached: pages repeat lines)."""
    words = text.split()
    n = len(words)
    tokens = _WORD.findall(text)
    lower = _tokens(text)
    letters = [w for w in words if re.search(r"[^\W\d_]", w)]
    caps = sum(bool(_CAP_WORD.match(w)) for w in letters)
    verbs = sum(t in _VERBISH for t in lower)
    digits = sum(c.isdigit() for c in text)
    paren = _PAREN_TAIL.search(text)
    paren_words = len(paren.group(1).split()) if paren else 0
    paren_caps = bool(paren and _CAP_WORD.match(paren.group(1)))
    tail = _TAIL_AFTER_STOP.search(text)
    tail_caps = bool(tail and _CAP_WORD.match(tail.group(1)) and len(tail.group(1).split()) <= 8)
    name_shape = bool(letters) and n <= 7 and caps == len(letters) and verbs == 0 and not digits
    has_letters = any(c.isalpha() for c in text)
    return (
        1.0, math.log1p(n), math.log1p(len(text)), float(n <= 3), float(n <= 8), float(n <= 15), float(n > 40),
        float(bool(_END_PERIOD.search(text)) and not ELLIPSIS_END.search(text)), float(bool(_END_QE.search(text))),
        float(bool(_END_COLON.search(text))), float(bool(ELLIPSIS_END.search(text))), float(text.endswith(")")),
        float(not re.search(r"[.!?:;…][\"')\]]*$", text)), math.log1p(len(INNER_BOUNDARY.findall(text))),
        float(bool(INNER_BOUNDARY.search(text))), caps / max(len(letters), 1),
        float(has_letters and text.upper() == text), float(bool(re.match(f"^[{VI_LOWER}]", text))),
        digits / max(len(text), 1), float(bool(_DATE.search(text))), float(bool(_TIME.search(text))),
        text.count(",") / max(n, 1), verbs / max(len(tokens), 1), float(verbs > 0),
        float(bool(_LABEL.match(text)) and n <= 20), min(paren_words, 8) / 8, float(paren_caps),
        float(bool(_DASH_TAIL.search(text))), float(tail_caps), float(bool(_SYMBOL_START.match(text))),
        float(bool(_NUMBER_START.match(text))), float(bool(_URLISH.search(text))),
        float(text.count("|") + text.count("#") > 0), 0.0, float(name_shape), float(text[:1] in "\"'"),
    )


_BYLINE_AT = _SELF.index("byline_shape")


@lru_cache(maxsize=8192)
def _tokens(text: str) -> tuple[str, ...]:
    return tuple(t.lower() for t in _WORD.findall(text))
_N_SELF = len(_SELF)


def _short(line: Line) -> bool:
    return line.words <= 12 and not _END_PERIOD.search(line.text)


def _prose(line: Line) -> bool:
    return line.words >= 15 and line.kind is Kind.SENTENCE


def page_features(lines: list[Line], rule_drop: list[bool]) -> np.ndarray:
    """The feature matrix of a page's body lines (one row per line, columns in ``FEATURES`` order)."""
    n = len(lines)
    out = np.zeros((n, len(FEATURES)), dtype=np.float64)
    if n == 0:
        return out
    words = np.array([ln.words for ln in lines], dtype=np.float64)
    total = max(words.sum(), 1.0)
    after = (np.cumsum(words[::-1])[::-1] - words) / total
    prose = [_prose(ln) for ln in lines]
    short = [_short(ln) for ln in lines]
    prose_after = [False] * n
    for i in range(n - 2, -1, -1):
        prose_after[i] = prose_after[i + 1] or prose[i + 1]
    prose_before = [False] * n
    for i in range(1, n):
        prose_before[i] = prose_before[i - 1] or prose[i - 1]
    counts: dict[str, int] = {}
    for ln in lines:
        counts[ln.key] = counts.get(ln.key, 0) + 1
    # how much of a line's wording the page's prose also uses: sub-headings and captions share the
    # story's words, other articles' headlines mostly do not
    toks = [_tokens(ln.text) for ln in lines]
    uni_count: dict[str, int] = {}
    bi_count: dict[tuple[str, str], int] = {}
    for i in range(n):
        if prose[i]:
            for t in set(toks[i]):
                uni_count[t] = uni_count.get(t, 0) + 1
            for b in set(zip(toks[i], toks[i][1:])):
                bi_count[b] = bi_count.get(b, 0) + 1
    run = [0] * n  # length of the run of short lines this line is part of
    i = 0
    while i < n:
        j = i
        while j < n and short[j]:
            j += 1
        for k in range(i, j):
            run[k] = j - i
        i = max(j, i + 1)
    drop_arr, short_arr, prose_arr = (np.array(v, dtype=np.float64) for v in (rule_drop, short, prose))
    csum = {name: np.concatenate([[0.0], np.cumsum(arr)]) for name, arr in
            (("drop", drop_arr), ("short", short_arr), ("prose", prose_arr))}

    def window(name: str, arr: np.ndarray, i: int) -> float:  # mean over the 3 lines either side
        lo, hi = max(0, i - 3), min(n, i + 4)
        return (csum[name][hi] - csum[name][lo] - arr[i]) / max(hi - lo - 1, 1)

    for i, ln in enumerate(lines):
        row = out[i]
        row[:_N_SELF] = line_features(ln.text)
        row[_BYLINE_AT] = float(looks_like_byline(ln))
        prev = lines[i - 1] if i > 0 else None
        nxt = lines[i + 1] if i + 1 < n else None
        kind_onehot = [float(ln.kind is k) for k in _KINDS]
        row[_N_SELF:] = [
            i / max(n - 1, 1), float(i == 0), float(i == n - 1), math.log1p(n - 1 - i), after[i],
            float(prose_after[i]), float(prose_before[i]), float(counts[ln.key] > 1),
            float(bool((prev and prev.key == ln.key) or (nxt and nxt.key == ln.key))), float(rule_drop[i]),
            *_overlap(toks[i], uni_count, bi_count, prose[i]),
            *kind_onehot,
            math.log1p(prev.words) if prev else 0.0, math.log1p(nxt.words) if nxt else 0.0,
            float(bool(prev) and prose[i - 1]), float(bool(nxt) and prose[i + 1]),
            float(bool(prev) and rule_drop[i - 1]), float(bool(nxt) and rule_drop[i + 1]),
            float(bool(prev) and short[i - 1]), float(bool(nxt) and short[i + 1]), float(prev is None),
            float(nxt is None),
            window("drop", drop_arr, i), window("short", short_arr, i), window("prose", prose_arr, i),
            math.log1p(run[i]),
        ]
    return out


def _overlap(toks: list[str], uni: dict, bi: dict, own: bool) -> tuple[float, float]:
    """Shares of a line's distinct words and word pairs found in the page's other prose lines."""
    words, pairs = set(toks), set(zip(toks, toks[1:]))
    sub = 1 if own else 0  # a prose line's own words do not count
    w = sum(uni.get(t, 0) > sub for t in words) / len(words) if words else 0.0
    p = sum(bi.get(b, 0) > sub for b in pairs) / len(pairs) if pairs else 0.0
    return w, p


STAGE2 = ["p1", "p1_prev", "p1_next", "p1_window", "p1_next3_max", "p1_next3_min", "p1_after_mean",
          "p1_after_share", "story_after", "story_before"]


def stage2_features(p1: np.ndarray, lines: list[Line]) -> np.ndarray:
    """What the first stage thinks of the neighbours: blocks of furniture and the story's extent."""
    n = len(lines)
    out = np.zeros((n, len(STAGE2)), dtype=np.float64)
    sure_story = np.array([p < 0.2 and _prose(ln) for p, ln in zip(p1, lines)], dtype=np.float64)
    after_story = np.concatenate([np.cumsum(sure_story[::-1])[::-1][1:], [0.0]])
    before_story = np.concatenate([[0.0], np.cumsum(sure_story)[:-1]])
    after_sum = np.concatenate([np.cumsum(p1[::-1])[::-1][1:], [0.0]])
    after_high = np.concatenate([np.cumsum((p1 >= 0.5)[::-1])[::-1][1:], [0.0]])
    for i in range(n):
        window = [p1[k] for k in range(max(0, i - 3), min(n, i + 4)) if k != i]
        nxt3 = p1[i + 1:i + 4]
        rest = n - 1 - i
        out[i] = [
            p1[i], p1[i - 1] if i > 0 else 0.5, p1[i + 1] if i + 1 < n else 0.5,
            float(np.mean(window)) if window else 0.5, float(nxt3.max()) if len(nxt3) else 0.5,
            float(nxt3.min()) if len(nxt3) else 0.5, after_sum[i] / rest if rest else 0.5,
            after_high[i] / rest if rest else 0.5, math.log1p(after_story[i]), math.log1p(before_story[i]),
        ]
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
        h = (x - self.mean) / self.scale
        for k, (w, b) in enumerate(self.layers):
            h = h @ w + b
            if k < len(self.layers) - 1:
                h = np.maximum(h, 0.0)
        return 1.0 / (1.0 + np.exp(-np.clip(h[:, 0], -50, 50)))


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
        x = page_features(lines, rule_drop)
        p1 = self.stage1.proba(x)
        return self.stage2.proba(np.hstack([x, stage2_features(p1, lines)]))

    def decide(self, lines: list[Line], rule_drop: list[bool]) -> list[bool]:
        """Final verdicts: the model adds drops at ``threshold`` (``prose_threshold`` for a line that
        reads like story prose: a sentence of 12 words or more); it takes back a rule's drop only when
        sure (below ``rescue_threshold``) and never for a line the rules know by its own shape (caption,
        stamp, credit, share row, marker, link) or one right under a related item's head."""
        if not lines:
            return []
        p = self.proba(lines, rule_drop)
        out = []
        for i, (ln, ruled, v) in enumerate(zip(lines, rule_drop, p)):
            if not ruled:
                prose = ln.kind in (Kind.SENTENCE, Kind.TEASER) and ln.words >= 12
                out.append(bool(v >= (self.prose if prose else self.threshold)))
            elif ln.hard or (i > 0 and _item_head(lines, i - 1)):
                out.append(True)
            else:
                out.append(bool(v >= self.rescue))
        return out


@lru_cache(maxsize=4)
def load_model(path: Path = MODEL_PATH) -> LineModel:
    """The line model shipped with the package (``line_model.json``)."""
    return LineModel(json.loads(path.read_text(encoding="utf-8")))
