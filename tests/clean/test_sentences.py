"""Vietnamese sentence splitting."""
from __future__ import annotations

import pytest

from vnsumm.clean import split_sentences


@pytest.mark.parametrize("paragraph, expected", [
    ("Ông sống ở TP.HCM từ năm 2010. Ông là PGS.TS của trường.",
     ["Ông sống ở TP.HCM từ năm 2010.", "Ông là PGS.TS của trường."]),
    ("Tăng trưởng đạt 12,7% so với cùng kỳ. Đây là mức cao nhất.",
     ["Tăng trưởng đạt 12,7% so với cùng kỳ.", "Đây là mức cao nhất."]),
    ("Sự việc xảy ra tại TP. Đà Nẵng. Công an đã vào cuộc.",
     ["Sự việc xảy ra tại TP. Đà Nẵng.", "Công an đã vào cuộc."]),
    ("Mr. Smith đến Hà Nội. Ông ở lại ba ngày.", ["Mr. Smith đến Hà Nội.", "Ông ở lại ba ngày."]),
    ('Ông nói: "Chúng tôi sẽ làm. Cảm ơn." Sau đó ông rời đi.',
     ['Ông nói: "Chúng tôi sẽ làm. Cảm ơn."', "Sau đó ông rời đi."]),
    ("Huy lừa ông Nguyễn Tấn T. 970 triệu đồng. Sau đó, ông H. đã gửi đơn.",
     ["Huy lừa ông Nguyễn Tấn T. 970 triệu đồng.", "Sau đó, ông H. đã gửi đơn."]),
    ("Giá vàng tăng... Nhiều người đi mua! Tại sao? Không ai biết.",
     ["Giá vàng tăng...", "Nhiều người đi mua!", "Tại sao?", "Không ai biết."]),
    ("Giá 1.500.000 đồng, tăng 3.5 lần. Hết.", ["Giá 1.500.000 đồng, tăng 3.5 lần.", "Hết."]),
    ("Dòng một không dấu chấm\nDòng hai.", ["Dòng một không dấu chấm", "Dòng hai."]),
    ("", []),
])
def test_split_sentences(paragraph, expected):
    assert split_sentences(paragraph) == expected


def test_split_keeps_every_character_of_the_paragraph():
    paragraph = 'Ngày 8/5, tại Hà Nội, ông A (PGS.TS) nói: "Tốt." Giá tăng 12,7%... Thật vậy!'
    assert "".join(split_sentences(paragraph)).replace(" ", "") == paragraph.replace(" ", "")


UNPUNCTUATED = " ".join(["các cán bộ xã đã họp bàn kế hoạch phát triển kinh tế năm nay"] * 6
                        + ["Trong khi đó người dân vẫn chờ những thay đổi lớn của chính quyền cơ sở"] * 3)


def test_a_long_unpunctuated_run_is_cut_into_sentences_of_capped_length():
    pieces = split_sentences(UNPUNCTUATED)
    assert len(pieces) >= 3 and all(12 <= len(p.split()) <= 40 for p in pieces)
    assert " ".join(pieces) == UNPUNCTUATED  # no word lost or added
    assert any(p.startswith("Trong khi đó") for p in pieces)  # a capitalised start after a lower-case word


def test_a_long_punctuated_sentence_is_not_cut():
    sentence = " ".join(["ông cho biết"] * 20) + "."
    assert split_sentences(sentence) == [sentence]


def test_single_spaced_agrees_with_split_and_join_for_every_space():
    """A line counts as single-spaced (split and join skipped) exactly when splitting and joining it would
    change nothing: for every whitespace character of Unicode, and for printable and unprintable others."""
    from vnsumm.clean import lines as line_kinds
    from vnsumm.clean import sentences
    spaces = [chr(c) for c in range(0x110000) if chr(c).isspace()]
    others = ["\u200b", "\u00ad", "\x00", "\ufeff", "é", "ư", "·", "\u2060"]
    for ch in spaces + others:
        for text in (f"Hà{ch}Nội", f"Hà Nội{ch}", f"{ch}Hà", f"Hà {ch} Nội"):
            expected = " ".join(text.split()) == text
            assert sentences._single_spaced(text) == expected, repr(text)
            assert line_kinds._single_spaced(text) == expected, repr(text)
