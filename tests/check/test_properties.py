"""Properties that hold for any input: no crash, spans quote their text, a brief copied from
the article's own numbers is supported."""
from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from vnsumm.check import check

WORDS = st.sampled_from(["ngày", "8/5", "130", "triệu", "USD", "tỷ", "12,7%", "tháng", "9-2024", "lần",
                         "thứ", "13", "Hoàng", "Xuân", "Chiến", "Hà", "Nội", "May", "8,", "2025",
                         "$130", "million", "the", "13th", "US", "August", "1.000", "1,000", "-",
                         "/", ",", ".", "Mr", "Pompeo", "XIII", "Thứ", "Ba", "5h", "9X", "\n"])
TEXT = st.lists(WORDS, max_size=40).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(source=TEXT | st.text(max_size=200), brief=TEXT | st.text(max_size=200))
def test_check_never_fails_and_spans_quote_the_texts(source: str, brief: str) -> None:
    result = check(source, brief)
    source, brief = unicodedata.normalize("NFC", source), unicodedata.normalize("NFC", brief)
    for c in result.supported:
        assert source[c.source.start:c.source.end] == c.source.text
    for c in result.supported + result.unsupported:
        assert brief[c.fact.start:c.fact.end] == c.fact.text
    assert set(result.to_dict()) == {"supported", "unsupported"}


@settings(max_examples=60, deadline=None)
@given(n=st.integers(min_value=3, max_value=10**7))
def test_a_number_copied_from_the_article_is_supported(n: int) -> None:
    vi = f"{n:,}".replace(",", ".")  # Vietnamese grouping
    result = check(f"Có {vi} người tham gia.", f"{n:,} people took part.")
    assert result.unsupported == [] and len(result.supported) == 1


@settings(max_examples=60, deadline=None)
@given(day=st.integers(1, 28), month=st.integers(1, 12), other=st.integers(1, 28))
def test_dates_read_day_first(day: int, month: int, other: int) -> None:
    months = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
    source = f"Sáng {day}/{month}, hội nghị khai mạc."
    assert check(source, f"The conference opened on {months[month - 1]} {day}.").ok
    if other != day:
        assert not check(source, f"The conference opened on {months[month - 1]} {other}.").ok


def test_decomposed_input_is_read_like_composed() -> None:
    source = unicodedata.normalize("NFD", "Sáng 8/5, Thượng tướng Hoàng Xuân Chiến, 130 triệu USD")
    result = check(source, "On May 8, General Hoang Xuan Chien announced $130 million")
    assert result.unsupported == [] and len(result.supported) == 3
