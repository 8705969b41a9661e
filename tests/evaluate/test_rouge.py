"""ROUGE: Vietnamese letters survive tokenization, and figures equal rouge_score's own."""
from __future__ import annotations

import json
import unicodedata

import pytest
from rouge_score import rouge_scorer

from vnsumm.evaluate.rouge import (
    ROUGE_TYPES,
    UnicodeTokenizer,
    rouge_settings,
    score_rouge,
    sentence_lines,
)


def test_unicode_tokenizer_keeps_vietnamese_letters():
    assert UnicodeTokenizer().tokenize("Việt Nam, TP. Hồ Chí Minh") == ["việt", "nam", "tp", "hồ", "chí", "minh"]


def test_tokenizer_splits_word_segmentation_underscores():
    assert UnicodeTokenizer().tokenize("tỷ_đồng") == ["tỷ", "đồng"]


def test_diacritics_distinguish_syllables_only_with_unicode_tokenizer():
    # "Viết" (write) and "Việt" differ only in diacritics: the default tokenizer sees both as "vi t".
    row = score_rouge(["Viết Nam"], ["Việt Nam"], "vi")[0]
    assert row["rouge1"] == pytest.approx(50.0)
    assert row["rouge1_default_tok"] == pytest.approx(100.0)


def test_hand_computed_vietnamese_scores():
    row = score_rouge(["Hà Nội mùa thu"], ["Hà Nội mùa xuân"], "vi")[0]
    assert row["rouge1"] == pytest.approx(75.0)  # 3 of 4 syllables
    assert row["rouge2"] == pytest.approx(200 / 3)  # 2 of 3 bigrams
    assert row["rougeL"] == pytest.approx(75.0)


def test_nfd_input_scores_like_nfc():
    nfc = "Người dân Đà Nẵng"
    nfd = unicodedata.normalize("NFD", nfc)
    assert score_rouge([nfd], [nfc], "vi")[0]["rouge1"] == pytest.approx(100.0)


def test_both_tone_mark_placements_match():
    # "hoà"/"hòa", "thuỷ"/"thủy": the same syllables in old and new spelling
    assert score_rouge(["Phiên toà xử Hoà ở Thuỷ Nguyên"], ["Phiên tòa xử Hòa ở Thủy Nguyên"], "vi")[0][
        "rouge1"
    ] == pytest.approx(100.0)


def test_english_uses_stemming():
    row = score_rouge(["The minister resigned"], ["The ministers resign"], "en")[0]
    assert row["rouge1"] == pytest.approx(100.0)
    assert set(row) == set(ROUGE_TYPES)


def test_sentence_lines_puts_one_sentence_per_line():
    assert sentence_lines("Câu một. Câu hai!\nCâu ba?") == "Câu một.\nCâu hai!\nCâu ba?"


def _lead3(article: str) -> str:
    return " ".join(sentence_lines(article).split("\n")[:3])


def test_scores_equal_rouge_score_called_directly(vietnews_path):
    rows = [json.loads(line) for line in vietnews_path.read_text(encoding="utf-8").splitlines()[:8]]
    preds = [_lead3(r["article"]) for r in rows]
    refs = [r["summary"] for r in rows]
    ours = score_rouge(preds, refs, "vi")
    direct_default = rouge_scorer.RougeScorer(list(ROUGE_TYPES), use_stemmer=False)
    direct_unicode = rouge_scorer.RougeScorer(list(ROUGE_TYPES), tokenizer=UnicodeTokenizer())
    for mine, pred, ref in zip(ours, preds, refs):
        d = direct_default.score(sentence_lines(ref), sentence_lines(pred))
        u = direct_unicode.score(sentence_lines(ref), sentence_lines(pred))
        for t in ROUGE_TYPES:
            assert mine[t + "_default_tok"] == pytest.approx(100 * d[t].fmeasure)
            assert mine[t] == pytest.approx(100 * u[t].fmeasure)
        # rouge1/2/L do not depend on the sentence split: same as on the raw strings
        raw = direct_default.score(ref, pred)
        assert mine["rouge1_default_tok"] == pytest.approx(100 * raw["rouge1"].fmeasure)


def test_unknown_language_is_rejected():
    with pytest.raises(ValueError):
        rouge_settings("fr")


def test_mismatched_lengths_are_rejected():
    with pytest.raises(ValueError):
        score_rouge(["a"], [], "vi")
