"""Spelled-out numbers are facts wherever they stand, idiom is not."""
from __future__ import annotations

import pytest

from vnsumm.check import check, extract_en

OK, BAD = True, False

WORD_NUMBERS: list[tuple[str, str, bool]] = [
    # capitalised at a sentence's start, before a nationality or a place
    ("Năm ngư dân Việt Nam thiệt mạng.", "Five Vietnamese fishermen died.", OK),
    ("5 ngư dân Việt Nam thiệt mạng.", "Five Vietnamese fishermen died.", OK),
    ("Sáu ngư dân Việt Nam thiệt mạng.", "Five Vietnamese fishermen died.", BAD),
    ("6 ngư dân Việt Nam thiệt mạng.", "Five Vietnamese fishermen died.", BAD),
    ("Tàu cá chở 6 ngư dân.", "Six fishermen were aboard. Five Vietnamese fishermen died.", BAD),
    ("Khoảng 2 triệu người Mỹ gốc Việt.", "Two million Vietnamese Americans live there.", OK),
    ("Khoảng 2 triệu người Mỹ gốc Việt.", "Ten million Vietnamese Americans live there.", BAD),
    ("Khoảng 10 triệu người Mỹ gốc Việt.", "Ten million Vietnamese Americans live there.", OK),
    ("Mười tàu Trung Quốc xuất hiện.", "He said: Twelve Chinese ships appeared.", BAD),
    ("Mười hai tàu Trung Quốc xuất hiện.", "He said: Twelve Chinese ships appeared.", OK),
    ("12 tàu Trung Quốc xuất hiện.", "Officials said Twelve Chinese ships appeared.", OK),
    ("10 tàu Trung Quốc xuất hiện.", "Officials said Twelve Chinese ships appeared.", BAD),
    # one to twenty, tens, dozens, hundreds, thousands, millions
    ("có 7 người bị thương", "seven people were injured", OK),
    ("có 7 người bị thương", "seventeen people were injured", BAD),
    ("có 17 người bị thương", "seventeen people were injured", OK),
    ("có mười bảy người bị thương", "seventeen people were injured", OK),
    ("có 20 người bị thương", "twenty people were injured", OK),
    ("có 20 người bị thương", "thirty people were injured", BAD),
    ("có 45 người bị thương", "forty-five people were injured", OK),
    ("có 45 người bị thương", "forty-six people were injured", BAD),
    ("có 12 tàu", "a dozen boats", OK),
    ("có 10 tàu", "a dozen boats", BAD),
    ("có 24 tàu", "two dozen boats", OK),
    ("thu hút 100 người", "drew a hundred people", OK),
    ("thu hút 300 người", "drew a hundred people", BAD),
    ("thu hút 350.000 người", "drew three hundred and fifty thousand people", OK),
    ("thu hút 350.000 người", "drew three hundred and five thousand people", BAD),
    ("thu hút 1.000 người", "drew a thousand people", OK),
    ("thu hút 1.000 người", "drew a million people", BAD),
    ("thu hút một triệu người", "drew a million people", OK),
    ("thu hút 3 triệu người", "drew three million people", OK),
    ("thu hút 3 triệu người", "drew three billion people", BAD),
    ("đầu tư 2 tỷ USD", "an investment of two billion dollars", OK),
    ("kế hoạch 5 năm", "a five-year plan", OK),
    ("kế hoạch 5 năm", "a ten-year plan", BAD),
    # idiom stays unchecked
    ("hai nước", "one of the two countries", OK),
    ("hai nước", "a chance in a million for the two countries", OK),
    ("hai nước", "the two countries said it a thousand times", OK),
    ("hai nước", "hundreds of people in the two countries", OK),
    ("hai nước", "thousands of people in the two countries", OK),
    ("thời Tam Quốc", "the Three Kingdoms period", OK),
]


@pytest.mark.parametrize(("source", "brief", "supported"), WORD_NUMBERS)
def test_spelled_out_numbers(source: str, brief: str, supported: bool) -> None:
    assert check(source, brief).ok is supported, check(source, brief).to_dict()


@pytest.mark.parametrize(("english", "value"), [
    ("Five Vietnamese fishermen died.", 5), ("Ten million Vietnamese Americans", 1e7),
    ("a dozen boats", 12), ("one hundred and five boats", 105), ("twenty-one guns", 21),
    ("Nineteen people", 19), ("(Three Chinese vessels)", 3),
])
def test_spelled_out_number_is_read(english: str, value: float) -> None:
    assert [f.values[0] for f in extract_en(english) if f.kind == "number"] == [value]
