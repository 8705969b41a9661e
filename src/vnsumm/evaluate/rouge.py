"""ROUGE with a tokenizer that keeps Vietnamese letters, plus rouge_score's default for comparison.

rouge_score's default tokenizer lowercases and keeps only ``[a-z0-9]``, so "Việt Nam" becomes
``vi t nam``. Vietnamese is scored here with :class:`UnicodeTokenizer` (NFC, lowercase, one tone-mark
placement, Unicode letter/digit runs = syllables, no stemming); the default-tokenizer figures are also reported,
labelled, because published ViT5/BARTpho VietNews numbers were computed that way. English uses
the default tokenizer with Porter stemming (the usual setting).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rouge_score import rouge_scorer, tokenizers

__all__ = [
    "ROUGE_TYPES",
    "RougeSetting",
    "UnicodeTokenizer",
    "make_scorer",
    "rouge_settings",
    "rouge_scores",
    "score_rouge",
    "sentence_lines",
]

ROUGE_TYPES = ("rouge1", "rouge2", "rougeL", "rougeLsum")
_TOKEN = re.compile(r"[^\W_]+")  # letters/digits of any script; "_" (word-segmentation glue) splits


class UnicodeTokenizer(tokenizers.Tokenizer):
    """Lowercased NFC runs of Unicode letters and digits: "Việt Nam" -> ["việt", "nam"].

    Tone marks are placed one way (underthesea ``text_normalize``: "hoà" -> "hòa"), so the two
    spellings in use for the same syllable match.
    """

    def tokenize(self, text: str) -> list[str]:
        from underthesea import text_normalize

        lowered = unicodedata.normalize("NFC", unicodedata.normalize("NFC", text).lower())
        return _TOKEN.findall(text_normalize(lowered))


@dataclass(frozen=True)
class RougeSetting:
    """One way of computing ROUGE; ``suffix`` is appended to metric names (``rouge1`` + suffix)."""

    suffix: str
    tokenizer: str  # "unicode" or "default"
    use_stemmer: bool
    label: str

    def metric_names(self) -> list[str]:
        return [t + self.suffix for t in ROUGE_TYPES]


VI_UNICODE = RougeSetting(
    "", "unicode", False,
    "Unicode syllable tokenizer (NFC, lowercase, one tone-mark placement, \\w runs), no stemming",
)
VI_DEFAULT = RougeSetting(
    "_default_tok", "default", False,
    "rouge_score default tokenizer ([a-z0-9] only, drops Vietnamese letters), no stemming; "
    "as in published ViT5/BARTpho VietNews results",
)
EN_DEFAULT = RougeSetting("", "default", True, "rouge_score default tokenizer with Porter stemming")


def rouge_settings(lang: str) -> list[RougeSetting]:
    """The ROUGE variants reported for references in ``lang`` ("vi" or "en"); the first is primary."""
    if lang == "vi":
        return [VI_UNICODE, VI_DEFAULT]
    if lang == "en":
        return [EN_DEFAULT]
    raise ValueError(f"unsupported ROUGE language {lang!r} (use 'vi' or 'en')")


@lru_cache(maxsize=8)
def make_scorer(tokenizer: str = "unicode", use_stemmer: bool = False) -> rouge_scorer.RougeScorer:
    """A rouge_score scorer for all four ROUGE types with the named tokenizer."""
    if tokenizer == "unicode":
        if use_stemmer:
            raise ValueError("the unicode tokenizer does not stem")
        return rouge_scorer.RougeScorer(list(ROUGE_TYPES), tokenizer=UnicodeTokenizer())
    if tokenizer == "default":
        return rouge_scorer.RougeScorer(list(ROUGE_TYPES), use_stemmer=use_stemmer)
    raise ValueError(f"unknown ROUGE tokenizer {tokenizer!r} (use 'unicode' or 'default')")


def sentence_lines(text: str) -> str:
    """One sentence per line (underthesea, per paragraph): the input rougeLsum expects.

    Newlines do not change ROUGE-1/2/L (both tokenizers split on them), so the same text is
    used for all four types.
    """
    from underthesea import sent_tokenize

    sentences = [
        s.strip()
        for paragraph in text.splitlines()
        if paragraph.strip()
        for s in sent_tokenize(paragraph.strip())
        if s.strip()
    ]
    return "\n".join(sentences)


def rouge_scores(
    predictions: list[str], references: list[str], setting: RougeSetting, split_sentences: bool = True
) -> list[dict[str, float]]:
    """Per-example ROUGE F1 ×100, keyed ``rouge1<suffix>``... for each prediction/reference pair."""
    if len(predictions) != len(references):
        raise ValueError(f"{len(predictions)} predictions but {len(references)} references")
    scorer = make_scorer(setting.tokenizer, setting.use_stemmer)
    out = []
    for pred, ref in zip(predictions, references):
        if split_sentences:
            pred, ref = sentence_lines(pred), sentence_lines(ref)
        result = scorer.score(ref, pred)  # rouge_score's order: target, prediction
        out.append({t + setting.suffix: 100.0 * result[t].fmeasure for t in ROUGE_TYPES})
    return out


def score_rouge(predictions: list[str], references: list[str], lang: str) -> list[dict[str, float]]:
    """Per-example ROUGE F1 ×100 for every setting reported for ``lang`` (sentences split once)."""
    if len(predictions) != len(references):
        raise ValueError(f"{len(predictions)} predictions but {len(references)} references")
    preds = [sentence_lines(p) for p in predictions]
    refs = [sentence_lines(r) for r in references]
    merged: list[dict[str, float]] = [{} for _ in preds]
    for setting in rouge_settings(lang):
        for row, scores in zip(merged, rouge_scores(preds, refs, setting, split_sentences=False)):
            row.update(scores)
    return merged
