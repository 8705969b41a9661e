"""Text faults scraped pages carry, and their repair."""
from __future__ import annotations

import unicodedata

import pytest

from vnsumm.clean import clean, normalize


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


def test_a_menu_flattened_into_cells_set_apart_by_spaces_becomes_a_row_and_leaves_the_story():
    """A scrape flattens a menu's cells into one line with runs of spaces between them: four or more capitalised
    items of a few words read as the menu (" | "); a story line with stray doubled spaces is only squeezed."""
    menu = "Giá lúa gạo  Giá cà phê   Giá heo hơi  Rau quả  Thủy sản"
    assert normalize(menu) == "Giá lúa gạo | Giá cà phê | Giá heo hơi | Rau quả | Thủy sản"
    story = "Cơ quan  chức năng đang  điều tra vụ việc  Công an  tỉnh cho biết."
    assert normalize(story) == "Cơ quan chức năng đang điều tra vụ việc Công an tỉnh cho biết."
    assert normalize("Hà Nội  Hải Phòng  Đà Nẵng") == "Hà Nội Hải Phòng Đà Nẵng"  # three names: no menu
    title, lead = "Giá lúa tăng mạnh đầu vụ đông xuân", ("Sáng 12/4, giá lúa tại các tỉnh miền Tây tăng thêm 300 "
                                                        "đồng mỗi kg so với tuần trước, theo các thương lái.")
    article = clean(f"{title}\n{menu}\n{lead}\nTheo các doanh nghiệp, giá gạo xuất khẩu cũng tăng theo.")
    assert article.title == title and not any("Giá cà phê" in p for p in article.paragraphs)
