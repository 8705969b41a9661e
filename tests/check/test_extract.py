"""The extractors: what each finds, how it reads it, and where."""
from __future__ import annotations

import pytest

from vnsumm.check import extract_en, extract_vi
from vnsumm.check.text import fold, read_number, roman_to_int


def _values(facts, kind):
    return [f.value for f in facts if f.kind == kind]


def test_fold_keeps_length_and_drops_diacritics() -> None:
    text = "Hoàng Xuân Chiến, Đà Nẵng"
    assert fold(text) == "hoang xuan chien, da nang"
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize("digits, lang, expected", [
    ("12,7", "vi", [12.7]),
    ("1.000", "vi", [1000.0]),
    ("1.500.000", "vi", [1500000.0]),
    ("1,500", "vi", [1.5, 1500.0]),  # Vietnamese decimal, or English grouping: both kept
    ("1,000", "en", [1000.0]),
    ("12.7", "en", [12.7]),
    ("1.000", "en", [1.0, 1000.0]),  # a Vietnamese "1.000" copied into English
    ("12,7", "en", [12.7]),
    ("1,2,3", "en", []),
])
def test_read_number(digits: str, lang: str, expected: list[float]) -> None:
    assert read_number(digits, lang) == expected


def test_roman_numerals() -> None:
    assert [roman_to_int(r) for r in ("XIII", "XIV", "II", "MCMLXXV")] == [13, 14, 2, 1975]
    assert roman_to_int("IIII") is None and roman_to_int("MIA") is None


def test_vietnamese_dates_are_day_month() -> None:
    facts = extract_vi("Sáng 8/5, ngày 2-11 và 08/05/2025; tháng 9-2024; Thứ Ba, ngày 12/09/2023")
    dates = sorted(f.value for f in facts if f.kind == "date")
    assert dates == ["--05-08", "--11-02", "2023-09-12", "2025-05-08"]
    assert _values(facts, "month") == ["2024-09"]
    assert _values(facts, "weekday") == ["Tuesday"]


def test_vietnamese_amounts_with_scale_and_currency() -> None:
    facts = extract_vi("viện trợ 130 triệu USD, 21 tỷ USD, 1.500 tỷ đồng, tăng 12,7% và 994 hòm hài cốt")
    amounts = {f.text: (f.value, f.currency) for f in facts if f.kind == "amount"}
    assert amounts == {"130 triệu USD": (130_000_000, "USD"), "21 tỷ USD": (21_000_000_000, "USD"),
                       "1.500 tỷ đồng": (1_500_000_000_000, "VND")}
    assert _values(facts, "percent") == [12.7]
    assert 994 in _values(facts, "number")


def test_vietnamese_ordinals_and_number_words() -> None:
    facts = extract_vi("Đối thoại lần thứ 13, Đại hội XIV, thứ ba; hai mươi lăm người")
    assert {13, 14, 3} <= set(_values(facts, "ordinal"))
    assert 25 in _values(facts, "number")


def test_vietnamese_names_keep_diacritics_and_folded_form() -> None:
    facts = extract_vi("Thượng tướng Hoàng Xuân Chiến tiếp ông John Noh tại Hà Nội.")
    names = {f.text: f.to_dict()["unaccented"] for f in facts if f.kind == "name"}
    assert names["Hoàng Xuân Chiến"] == "hoang xuan chien"
    assert "John Noh" in names
    assert ("Hà Nội", "Hanoi") in [(f.text, f.value) for f in facts if f.kind == "place"]


def test_english_amounts_all_read_the_same() -> None:
    text = "US$130m, $130 million, USD 130 million, 130 million USD and VND1.5 trillion"
    amounts = [(f.value, f.currency) for f in extract_en(text) if f.kind == "amount"]
    assert amounts == [(130_000_000, "USD")] * 4 + [(1_500_000_000_000, "VND")]


def test_english_dates_months_years() -> None:
    facts = extract_en("On May 8, 8 May, November 2, 2025, the 8th of May and 8/5; "
                       "since August 2024, in September, in 1982, on Tuesday.")
    assert [f.value for f in facts if f.kind == "date"] == ["--05-08", "--05-08", "2025-11-02",
                                                           "--05-08", "--05-08"]
    assert [f.value for f in facts if f.kind == "month"] == ["2024-08", "--09"]
    assert _values(facts, "year") == [1982]
    assert _values(facts, "weekday") == ["Tuesday"]


def test_english_may_the_verb_is_not_a_month() -> None:
    assert not [f for f in extract_en("Prices may rise. May we go?") if f.kind in ("month", "date")]


def test_english_numbers_words_and_ordinals() -> None:
    facts = extract_en("the 13th dialogue, the thirteenth round, four excavations, forty-three files, "
                       "World War II, 12.7 percent")
    assert _values(facts, "ordinal") == [13, 13, 2]
    assert _values(facts, "number") == [4, 43]
    assert _values(facts, "percent") == [12.7]


def test_english_idiom_and_codes_are_not_facts() -> None:
    facts = extract_en("One of the first G20 talks on COVID-19 at 4:30 pm in 5G networks")
    assert [f for f in facts if f.kind in ("number", "ordinal", "amount")] == []


def test_english_names_need_a_name_look() -> None:
    facts = extract_en("The Comprehensive Strategic Partnership was praised by Secretary Pompeo, "
                       "Mike Pompeo and To Lam at the White House.")
    assert [f.text for f in facts if f.kind == "name"] == ["Pompeo", "Mike Pompeo", "To Lam"]


def test_offsets_point_at_the_text() -> None:
    text = "On May 8, 2025 the US gave $130 million to Bien Hoa."
    for f in extract_en(text):
        assert text[f.start:f.end] == f.text


@pytest.mark.parametrize("text, kind, value", [
    ("at 11:35 pm", "time", "23:35"),
    ("at 9 a.m.", "time", "09:00"),
    ("at noon", "time", "12:00"),
    ("at 1200 GMT", "time", "12:00"),
    ("since the 1970s", "decade", "1970s"),
    ("in the '80s", "decade", "1980s"),
    ("the H5N1 virus", "code", "H5N1"),
    ("a time of 4:41.30", "code", "4:41.30"),
    ("a speed of 600Mbit/s", "number", 600),
    ("the 100m freestyle", "number", 100),
    ("in Q3", "ordinal", 3),
])
def test_english_clock_times_decades_codes_and_glued_units(text: str, kind: str, value) -> None:
    assert _values(extract_en(text), kind) == [value]


@pytest.mark.parametrize("text, minutes", [
    ("lúc 23h35", [23 * 60 + 35]),
    ("lúc 9 giờ tối", [21 * 60]),
    ("lúc 9 giờ", [9 * 60, 21 * 60]),  # no part of the day: both halves
    ("lúc 2 giờ chiều", [14 * 60]),
    ("lúc 9 giờ kém 15 sáng", [8 * 60 + 45]),
    ("lúc 11 giờ 35 phút đêm", [23 * 60 + 35]),
    ("lúc 1 giờ đêm", [60]),
    ("lúc nửa đêm", [0]),
])
def test_vietnamese_clock_times_are_every_minute_they_may_mean(text: str, minutes: list[int]) -> None:
    times = [f for f in extract_vi(text) if f.kind == "time"]
    assert [list(f.values) for f in times] == [[float(m) for m in minutes]]


def test_vietnamese_decades_and_hectares_are_not_times() -> None:
    facts = extract_vi("những năm 70, thập niên 1990, rộng 5ha")
    assert [list(f.values) for f in facts if f.kind == "decade"] == [[1970.0], [1990.0]]
    assert not [f for f in facts if f.kind == "time"]
    assert 70.0 not in [v for f in facts if f.kind == "number" for v in f.values]  # "năm 70" counts nothing


def test_clock_time_spans_stop_at_the_time() -> None:
    assert [f.text for f in extract_en("It began at 7:16 am. Then 9 a.m.") if f.kind == "time"] == ["7:16 am", "9 a.m."]
    assert [f.text for f in extract_vi("07:16\nlúc 9 giờ sáng") if f.kind == "time"] == ["07:16", "9 giờ sáng"]
