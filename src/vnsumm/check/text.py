"""Text helpers shared by the extractors: diacritic folding and number reading."""
from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

__all__ = [
    "Claimed",
    "fold",
    "read_number",
    "roman_to_int",
    "same_value",
    "digit_unit",
    "vietnamese_shaped",
    "SCALES_EN",
    "VI_TITLE_SYLLABLES",
    "VI_TITLE_WORDS",
    "SCALES_VI",
]


_NO_DECOMPOSITION = {"đ": "d", "Đ": "d", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "ı": "i", "ß": "s",
                     "æ": "a", "Æ": "a", "œ": "o", "Œ": "o", "þ": "t", "ð": "d"}


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in _NO_DECOMPOSITION:  # letters Unicode does not split into base + accent
        return _NO_DECOMPOSITION[ch]
    base = unicodedata.normalize("NFD", ch)[0].lower()
    return base[0] if base else ch


def fold(text: str) -> str:
    """Lowercase, diacritics removed, đ -> d (ł -> l, ø -> o); the result has exactly ``len(text)`` characters.

    Same length means an offset found in the folded text is an offset in the original. Give
    it NFC text: a decomposed accent is a character of its own and is kept.
    """
    return "".join(_fold_char(ch) for ch in text)


SCALES_VI: dict[str, float] = {
    "nghìn tỷ": 1e12, "nghìn tỉ": 1e12, "ngàn tỷ": 1e12, "ngàn tỉ": 1e12,
    "triệu tỷ": 1e15, "triệu tỉ": 1e15,
    "trăm": 1e2, "nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9,
}

SCALES_EN: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "bln": 1e9, "tn": 1e12,
}

_GROUPED = {",": re.compile(r"^\d{1,3}(,\d{3})+$"), ".": re.compile(r"^\d{1,3}(\.\d{3})+$")}


def _parse(digits: str, thousands: str, decimal: str) -> float | None:
    """Read ``digits`` with the given separators; None when they do not fit."""
    if decimal in digits:
        whole, _, frac = digits.rpartition(decimal)
        if thousands in frac or not frac.isdigit():
            return None
    else:
        whole, frac = digits, ""
    if thousands in whole and not _GROUPED[thousands].match(whole):
        return None
    whole = whole.replace(thousands, "")
    if not whole.isdigit() or decimal in whole:
        return None
    return float(f"{whole}.{frac}" if frac else whole)


def read_number(digits: str, lang: str) -> list[float]:
    """All plausible values of a digit string, the likeliest first.

    Vietnamese writes "1.500,5" (dot thousands, comma decimal), English "1,500.5". A lone
    separator followed by exactly three digits ("1.500", "1,500") is ambiguous, so both
    readings are returned, the writer's own convention first (except the writer's own grouping:
    English "1,500" and Vietnamese "1.500" are always fifteen hundred).
    """
    native = (".", ",") if lang == "vi" else (",", ".")
    values: list[float] = []
    conventions = [native, native[::-1]]
    thousands = native[0]
    if thousands in digits and _GROUPED[thousands].match(digits.split(native[1])[0]):
        conventions = [native]  # "1,400" in English, "1.400" in Vietnamese: always fourteen hundred
    for thousands, decimal in conventions:
        value = _parse(digits, thousands, decimal)
        if value is not None and value not in values:
            values.append(value)
    return values


def digit_unit(digits: str) -> float:
    """Size of the last significant digit written: "13" -> 1, "130" -> 10, "12.7" -> 0.1."""
    for sep in ".,":
        head, _, tail = digits.rpartition(sep)
        if head and tail.isdigit() and len(tail) != 3:
            return 10.0 ** -len(tail)
    plain = re.sub(r"\D", "", digits)
    stripped = plain.rstrip("0")
    return 10.0 ** (len(plain) - len(stripped)) if stripped else 1.0


def same_value(a: float, b: float) -> bool:
    """Equal up to floating-point noise."""
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


_ROMAN = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def roman_to_int(token: str) -> int | None:
    """Value of a well-formed upper-case Roman numeral, else None."""
    if not token or not _ROMAN.match(token):
        return None
    total = 0
    for ch, nxt in zip(token, token[1:] + " "):
        v = _ROMAN_VALUES[ch]
        total += -v if nxt != " " and _ROMAN_VALUES[nxt] > v else v
    return total


class Claimed:
    """Characters already claimed by an earlier, more specific pattern (a date's digits are not
    read again as a number)."""

    def __init__(self, length: int) -> None:
        self._chars = bytearray(length)

    def free(self, start: int, end: int) -> bool:
        return not any(self._chars[start:end])

    def take(self, start: int, end: int) -> None:
        self._chars[start:end] = b"\x01" * (end - start)

    def claim(self, start: int, end: int) -> bool:
        """Take ``start:end`` when it is free; say whether it was."""
        if not self.free(start, end):
            return False
        self.take(start, end)
        return True

    def matches(self, pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
        """Each match of ``pattern`` on free text, claimed as it is given."""
        return (m for m in pattern.finditer(text) if self.claim(m.start(), m.end()))

    def take_all(self, pattern: re.Pattern[str], text: str) -> None:
        """Claim every match of ``pattern`` (e.g. clock times, which are no facts to check)."""
        for m in pattern.finditer(text):
            self.take(m.start(), m.end())


_VI_SYLLABLE = re.compile(
    r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
    r"(?:uye|uya|ieu|yeu|uoi|uou|oai|oay|oao|oeo|uay|ia|ie|ua|uo|ui|uy|ue|ye|oa|oe|oo|oi|ai|ay|ao"
    r"|au|eo|eu|iu|ay|[aeiouy])(?:ng|nh|ch|[cmnptiyuo])?$")


def vietnamese_shaped(word: str) -> bool:
    """Could ``word`` (with or without diacritics) be one Vietnamese syllable? "Chien", "Tho"."""
    return bool(_VI_SYLLABLE.match(fold(word)))


# syllables of Vietnamese titles, bodies and forms of address: capitalised, yet no name
VI_TITLE_SYLLABLES = (
    "tổng bí thư chủ tịch thủ tướng bộ trưởng phó thượng đại trung ương ủy viên quốc hội chính phủ "
    "đảng nhà nước ban sở cục vụ viện tập đoàn công ty ngân hàng đối thoại tuyên bố hiệp định hội "
    "nghị ông bà anh chị thứ ngày tháng năm sáng chiều tối tại theo sau trong khi với về quân ủy "
    "cộng hòa hoà liên bang tổng thống tướng thiếu trung tá úy đồng chí ngài phu nhân đoàn tỉnh "
    "thành phố huyện xã quận nguồn ảnh cùng tin đọc nhiều xem thêm mặt trận tổ quốc bộ đội hải quân "
    "không quân lục biên phòng cảnh sát an ninh quốc phòng ngoại giao thương mại kinh tế văn hóa học"
)
VI_TITLE_WORDS = set(fold(VI_TITLE_SYLLABLES).split())  # folded
