"""Text faults scraped pages carry, and their repair."""
from __future__ import annotations

import unicodedata

import pytest

from vnsumm.clean import normalize


@pytest.mark.parametrize("raw, expected", [
    ("Hà\u00a0Nội", "Hà Nội"),                          # non-breaking space
    ("Hà \u200bNội\ufeff", "Hà Nội"),                    # zero-width characters vanish
    ("tiếp tục\t\t\t", "tiếp tục"),                      # trailing tabs
    (unicodedata.normalize("NFD", "Việt Nam"), "Việt Nam"),  # decomposed Unicode
    ("hoà bình, thuỷ lợi, khoẻ", "hòa bình, thủy lợi, khỏe"),  # one tone-mark placement
    ("HOÀ BÌNH", "HÒA BÌNH"),
    ("quý, Quỳnh, hoàng", "quý, Quỳnh, hoàng"),            # "qu" and closed syllables untouched
    ("“bốn không” và ‘ba’", '"bốn không" và \'ba\''),      # curly quotes
    ('nói " nổ " là', 'nói "nổ" là'),                      # spaces inside paired quotes
    ("Tại , Tổng Bí thư", "Tại, Tổng Bí thư"),
    ("trị giá 5,3 tỷ USD./.", "trị giá 5,3 tỷ USD."),     # the end-of-article mark
    ("hơn 21 tỷ USDtrong đó", "hơn 21 tỷ USD trong đó"),
])
def test_faults_are_repaired(raw, expected):
    assert normalize(raw) == expected


def test_glued_sentences_become_separate_lines():
    assert normalize("lần thứ 2.Tổng Bí thư khẳng định") == "lần thứ 2.\nTổng Bí thư khẳng định"


@pytest.mark.parametrize("text", ["TP.HCM", "TP.Hồ Chí Minh", "PGS.TS Nguyễn Văn A", "1.000 người",
                                  "12,7%", "ông Nguyễn V.Anh", "vnexpress.net", "VinFast và VPBank"])
def test_abbreviations_and_names_are_not_split(text):
    assert normalize(text) == text


def test_normalize_is_idempotent_on_messy_text():
    raw = "  Hoà\u00a0bình “ nổ ”  .Tổng\tBí thư USDtrong\r\nđó ./.  "
    once = normalize(raw)
    assert normalize(once) == once
