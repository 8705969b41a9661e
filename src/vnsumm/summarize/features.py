"""Sentence features for the learned extractive scorer: position, length, centrality, title overlap.

Text is read as Vietnamese syllables the way vnsumm's ROUGE reads it (NFC, lowercase, one
tone-mark placement, runs of letters and digits: :func:`vnsumm.summarize.segment.syllables`,
which imports no model), so no word segmentation is needed and a
20,000-article training set featurizes in a minute. :func:`featurize` turns one article into
a ``(sentences, features)`` matrix whose columns are :data:`FEATURE_NAMES`, in that order;
the shipped weights name their columns and are refused if they differ.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from typing import Sequence

import numpy as np

from vnsumm.summarize.segment import syllables

__all__ = ["FEATURE_NAMES", "bigrams", "featurize", "near_duplicate", "overlap", "syllables"]

# a letter that starts a word: after a space (one pattern that starts with its own character: fast to
# scan for), or at the very start
_SPACE_LETTER = re.compile(r"\s[^\W\d_]")
_LETTER = re.compile(r"[^\W\d_]")
_QUOTES = "\"“”«»'‘’"

FEATURE_NAMES = (
    "position",          # index, capped at 30, / 30
    "inverse_position",  # 1 / (index + 1)
    "relative_position", # index / sentences
    "is_first",
    "is_second",
    "is_third",
    "log_sentences",     # log(1 + sentences in the article)
    "length",            # syllables / 40, capped at 3
    "log_length",
    "length_rank",       # share of article sentences that are longer
    "title_recall",      # share of title syllables found in the sentence
    "title_precision",   # share of sentence syllables found in the title
    "title_bigram_recall",
    "has_title",
    "centrality",        # cosine to the rest of the article (in-article idf weights)
    "centrality_rank",   # share of sentences more central
    "word_typicality",   # mean share of sentences that hold each of its syllables
    "lead_similarity",   # largest cosine to one of the first three sentences (not itself)
    "novelty_before",    # 1 - largest overlap with an earlier sentence
    "digits",            # share of syllables with a digit
    "capitalized",       # share of syllables that start with a capital (names)
    "has_quote",
    "starts_with_quote",
    "ends_with_colon_or_question",
    "has_colon",
    "commas",            # commas per 10 syllables
)


def bigrams(tokens: Sequence[str]) -> set[tuple[str, str]]:
    return set(zip(tokens, tokens[1:]))


def overlap(a: set, b: set) -> float:
    """Overlap coefficient: shared items over the smaller set (1.0 when one holds the other)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def near_duplicate(a: set[str], b: set[str], threshold: float) -> bool:
    """Two sentences say nearly the same thing: most syllables of the shorter are in the longer."""
    return overlap(a, b) >= threshold


def _rank_share(values: np.ndarray) -> np.ndarray:
    """For each value, the share of the others strictly greater than it (0 = the largest)."""
    n = len(values)
    if n <= 1:
        return np.zeros(n)
    return (values[None, :] > values[:, None]).sum(axis=1).astype(float) / (n - 1)


def featurize(title: str | None, sentences: Sequence[str], tokens: Sequence[list[str]] | None = None) -> np.ndarray:
    """One row of :data:`FEATURE_NAMES` per sentence; ``tokens`` (their syllables) if already made."""
    n = len(sentences)
    out = np.zeros((n, len(FEATURE_NAMES)))
    if n == 0:
        return out
    toks = [syllables(s) for s in sentences] if tokens is None else list(tokens)
    sets = [set(t) for t in toks]
    title_toks = syllables(title) if title else []
    title_set, title_bi = set(title_toks), bigrams(title_toks)

    df = Counter(w for s in sets for w in s)
    idf = {w: math.log((n + 1) / c) + 1.0 for w, c in df.items()}
    vocab = {w: j for j, w in enumerate(df)}
    tf = np.zeros((n, len(vocab)))
    for i, t in enumerate(toks):
        for w, c in Counter(t).items():
            tf[i, vocab[w]] = c * idf[w]
    norms = np.linalg.norm(tf, axis=1)
    unit = np.divide(tf, norms[:, None], out=np.zeros_like(tf), where=norms[:, None] > 0)
    total = tf.sum(axis=0)
    rest = total[None, :] - tf
    rest_norm = np.linalg.norm(rest, axis=1)
    centrality = np.divide((unit * rest).sum(axis=1), rest_norm, out=np.zeros(n), where=rest_norm > 0)
    cos = unit @ unit.T
    lengths = np.array([len(t) for t in toks], dtype=float)
    # overlap coefficient of every pair (as :func:`overlap`): shared syllables over the smaller set
    present = (tf > 0).astype(float)
    sizes = present.sum(axis=1)
    smaller = np.minimum(sizes[:, None], sizes[None, :])
    pair_overlap = np.divide(present @ present.T, smaller, out=np.zeros((n, n)), where=smaller > 0)

    for i, (sentence, t, s) in enumerate(zip(sentences, toks, sets)):
        row = out[i]
        L = len(t)
        lead = [cos[i, j] for j in range(min(3, n)) if j != i]
        earlier = float(pair_overlap[i, max(0, i - 30) : i].max()) if i else 0.0
        stripped = sentence.strip()
        row[:] = (
            min(i, 30) / 30,
            1.0 / (i + 1),
            i / n,
            float(i == 0),
            float(i == 1),
            float(i == 2),
            math.log1p(n),
            min(L / 40, 3.0),
            math.log1p(L),
            0.0,  # length_rank, below
            len(s & title_set) / len(title_set) if title_set else 0.0,
            len(s & title_set) / len(s) if s and title_set else 0.0,
            len(bigrams(t) & title_bi) / len(title_bi) if title_bi else 0.0,
            float(bool(title_set)),
            centrality[i],
            0.0,  # centrality_rank, below
            sum(map(df.__getitem__, t)) / (L * n) if L else 0.0,
            max(lead, default=0.0),
            1.0 - earlier,
            sum(1 for w in t if not w.isalpha() and any(c.isdigit() for c in w)) / L if L else 0.0,
            (len(_SPACE_LETTER.findall(stripped)) + (_LETTER.match(stripped) is not None)) / L if L else 0.0,
            float(any(q in stripped for q in _QUOTES)),
            float(stripped[:1] in _QUOTES),
            float(stripped.endswith((":", "?"))),
            float(":" in stripped),
            10 * stripped.count(",") / L if L else 0.0,
        )
    out[:, FEATURE_NAMES.index("length_rank")] = _rank_share(lengths)
    out[:, FEATURE_NAMES.index("centrality_rank")] = _rank_share(centrality)
    return out
