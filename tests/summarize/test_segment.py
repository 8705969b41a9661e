"""Light syllable and word splitting agrees with underthesea's own text_normalize and word_tokenize.

The expected answers in tests/data/segment_flores_vi.jsonl were made by underthesea itself
(see tests/data/README.md); this test imports no underthesea package.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from vnsumm.summarize import segment

SLICE = Path(__file__).resolve().parents[1] / "data" / "segment_flores_vi.jsonl"
ROWS = [json.loads(line) for line in SLICE.read_text(encoding="utf-8").splitlines()]


def test_the_slice_covers_news_prose_and_every_token_pattern():
    assert len(ROWS) >= 70
    assert any("https://" in r["text"] for r in ROWS) and any("Hoà" in r["text"] for r in ROWS)


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r["text"][:30])
def test_syllables_and_words_are_underthesea_s(row):
    assert segment.syllables(row["text"]) == row["syllables"]
    assert segment.words(row["text"]) == row["words"]


def test_one_tone_placement_and_multi_syllable_words():
    assert segment.syllables("Hoà Bình, khoẻ") == ["hòa", "bình", "khỏe"]
    assert segment.words("Thành phố Hà Nội khai trương tuyến tàu điện mới") == [
        "Thành phố", "Hà Nội", "khai trương", "tuyến", "tàu điện", "mới"]
    assert segment.words("") == [] and segment.syllables("...") == []

