"""Dates, sources and credits in scraped article headers and footers."""
from __future__ import annotations

import pytest

from vnsumm.clean.metadata import parse_date_line, parse_source_line, strip_credit_prefix, strip_date_prefix


@pytest.mark.parametrize("line, iso", [
    ("08/05/2025 16:53", "2025-05-08T16:53"),
    ("Thứ Ba, ngày 12/09/2023 | 07:16", "2023-09-12T07:16"),
    ("07:17 22/11/2024", "2024-11-22T07:17"),
    ("Thứ hai, 3/11/2025, 10:20 (GMT+7)", "2025-11-03T10:20"),
    ("2025-11-02T10:00:00+07:00", "2025-11-02T10:00"),
    ("Cập nhật: 12:30 ngày 5 tháng 9 năm 2024", "2024-09-05T12:30"),
    ("13-11-2017 - 15:15:00", "2017-11-13T15:15"),  # a year after a dash is not a time-zone offset
    ("2025-11-02", "2025-11-02"),
])
def test_date_lines_give_iso_dates(line, iso):
    assert parse_date_line(line) == iso


@pytest.mark.parametrize("line, stamp", [("⏱ 15:43", ""), ("🕒 15:43 12/3/2019", "2019-03-12T15:43"),
                                         ("📅 Thứ Ba, 12/03/2019", "2019-03-12"), ("⏰ 2 giờ trước", "")])
def test_a_stamp_behind_its_clock_or_calendar_icon_is_a_date_line(line, stamp):
    assert parse_date_line(line) == stamp  # "" is a stamp without a date; None would be no stamp at all


def test_an_icon_before_other_words_makes_no_date_line():
    assert parse_date_line("👁 61,1K ✏️ 20:16") is None and parse_date_line("⭐ 5") is None


@pytest.mark.parametrize("line", ["Sáng 8/5, tại Hà Nội", "Ngày 12/6/2025, tại trụ sở Trung ương Đảng",
                                  "31/02/2025 10:00", "Năm 2025 kinh tế tăng trưởng"])
def test_sentences_and_impossible_dates_are_not_date_lines(line):
    assert not parse_date_line(line)


def test_date_glued_before_the_lead_is_split_off():
    assert strip_date_prefix(" date 2025-11-02 Tổng Bí thư tiếp") == ("2025-11-02", "Tổng Bí thư tiếp")
    assert strip_date_prefix("Ngày 2/11, Tổng Bí thư tiếp") == (None, "Ngày 2/11, Tổng Bí thư tiếp")


@pytest.mark.parametrize("line, source", [
    ("Nguồn: Qdnd.vn", "Qdnd.vn"), ("Theo VOV.VN", "VOV.VN"), ("hanoimoi.vn", "hanoimoi.vn"),
    ("(Theo Dân trí)", "Dân trí"), ("Theo báo Thanh Niên", "báo Thanh Niên"),
    ("Theo kế hoạch", None), ("Theo Bộ Ngoại giao, hai bên đã ký kết.", None),
    ("* Bài viết dịch từ Reuters.", "Reuters"), ("Bài được dịch từ AFP", "AFP"),
    ("Bài viết dịch từ nhiều nguồn khác nhau cho thấy điều này là sai.", None),
    ("Thu Hằng tổng hợp theo Nikkei, Kyodo", "Nikkei, Kyodo"), ("Bộ Y tế tổng hợp từ báo cáo của các tỉnh.", None),
])
def test_source_lines(line, source):
    assert parse_source_line(line) == source


def test_agency_prefix_is_split_off_the_lead():
    assert strip_credit_prefix("(HG) – Chiều muộn ngày 23-11") == ("HG", "Chiều muộn ngày 23-11")
    assert strip_credit_prefix("(Ảnh minh họa) ông A") == (None, "(Ảnh minh họa) ông A")
