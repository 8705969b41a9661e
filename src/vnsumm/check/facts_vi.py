"""Checkable facts of a Vietnamese article: amounts, numbers, dates, ordinals, names.

Dates are read day/month ("8/5" is 8 May), decimals with a comma ("12,7%"), thousands
with a dot ("1.000"); when a separator is ambiguous both readings are kept, since an extra
source reading can only make the checker more lenient, never raise a false alarm.
"""
from __future__ import annotations

import re

from vnsumm.check.clock import CLOCK_VI, decades_vi, times_vi
from vnsumm.check.counters import GLUED_UNIT, counter_vi
from vnsumm.check.facts import Fact
from vnsumm.check.gazetteer import find_vietnamese_names
from vnsumm.check.text import VI_TITLE_WORDS, Claimed, SCALES_VI, digit_unit, fold, read_number, roman_to_int

__all__ = ["extract_vi", "find_places_vi"]

_D = r"(\d{1,2})"
_Y = r"((?:1[89]|2[01])\d\d)"
_NB = r"(?<![\d/.,])"  # no number glued before
_CUE = r"(?i:ngày|sáng|chiều|tối|trưa|đêm|hôm|từ|đến|tới|vào|mùng|mồng|hôm nay)"

_DATE_RANGES = [
    # "23-24/6/2025", "10-11/6"
    re.compile(rf"{_NB}{_D}\s?[-–]\s?{_D}\s?/\s?{_D}(?:\s?/\s?{_Y})?(?![\d/])"),
    # "từ ngày 19 đến 21-11-2024", "ngày 12 đến 16-11", "ngày 2 và 3/11"
    re.compile(rf"(?i:ngày)\s+{_D}\s+(?i:đến|tới|và|-|–)\s+(?i:ngày\s+)?{_D}\s?[/-]\s?{_D}"
               rf"(?:\s?[/-]\s?{_Y})?(?![\d/-])"),
    # "ngày 10 và 11 tháng 6 năm 2025"
    re.compile(rf"(?i:ngày)\s+{_D}\s+(?i:đến|tới|và|-|–)\s+(?i:ngày\s+)?{_D}\s+(?i:tháng)\s+{_D}"
               rf"(?:\s+(?i:năm)\s+{_Y}|\s?[/-]\s?{_Y})?(?!\d)"),
]
_DATES = [
    re.compile(rf"(?<!\d){_Y}-(\d{{2}})-(\d{{2}})(?!\d)"),  # ISO, handled specially
    re.compile(rf"{_NB}{_D}\s?/\s?{_D}(?:\s?/\s?{_Y})?(?![\d/])"),  # 8/5, 08/05/2025
    re.compile(rf"(?<![\d/.,-]){_D}-{_D}-{_Y}(?![\d-])"),  # 20-11-2024
    re.compile(rf"{_NB}{_D}\.{_D}\.{_Y}(?!\d)"),  # 08.05.2025
    re.compile(rf"(?<!\w){_CUE}\s+{_D}-{_D}(?![\d-])"),  # ngày 20-11
    re.compile(rf"(?<!\w){_CUE}\s+{_D}\.{_D}(?![\d.]\d|\d)"),  # sáng 8.5 (Thanh Niên, Tuổi Trẻ style)
    re.compile(rf"(?<!\w){_CUE}\s+{_D}\s+(?i:tháng)\s+{_D}(?:\s+(?i:năm)\s+{_Y}|\s?[/-]\s?{_Y})?(?!\d)"),
]
_MONTH_YEAR = re.compile(rf"(?i:tháng)\s+{_D}\s?(?:[/-]|\s(?i:năm)\s)\s?{_Y}(?!\d)")
_MONTH = re.compile(rf"(?i:tháng)\s+{_D}(?![\d/,.]\d)")
_MONTH_WORDS = {"giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7,
                "bẩy": 7, "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12}
_MW = "|".join(sorted(_MONTH_WORDS, key=len, reverse=True))
_WORD_DATE = re.compile(rf"(?:(?:(?i:ngày|mùng|mồng)\s+)?(?<![\d.,]){_D}\s+)?(?i:tháng)\s+(?i:({_MW}))(?!\w)"
                        rf"(?:\s+(?i:năm)\s+{_Y})?")
_YEAR = re.compile(rf"(?<![\d.,/-]){_Y}(?![\d]|[.,/]\d)")
_WEEKDAY = re.compile(r"(?i:\b(thứ\s+(hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)\b)")
_WEEKDAY_NUM = {"hai": 0, "ba": 1, "tư": 2, "năm": 3, "sáu": 4, "bảy": 5}

_SCALE = "|".join(sorted(SCALES_VI, key=len, reverse=True))
_CURRENCIES = {
    "usd": "USD", "us$": "USD", "$": "USD", "đô la mỹ": "USD", "đô la": "USD", "đôla": "USD",
    "đô-la mỹ": "USD", "đô-la": "USD",
    "đô": "USD", "đồng": "VND", "vnđ": "VND", "vnd": "VND", "đ": "VND", "euro": "EUR",
    "eur": "EUR", "€": "EUR", "yên": "JPY", "nhân dân tệ": "CNY", "ndt": "CNY", "bảng anh": "GBP",
    "won": "KRW", "bạt": "THB", "rúp": "RUB", "₫": "VND",
}
_CUR = "|".join(re.escape(c) for c in sorted(_CURRENCIES, key=len, reverse=True))
_AMOUNT = re.compile(
    rf"(?:(?P<pre>US\$|\$|USD)\s?|(?<![\w.,]))(?P<num>\d+(?:[.,]\d+)*)"
    rf"(?:\s?(?P<scale>(?i:{_SCALE}))(?!\w))?"
    rf"(?:\s?(?P<pct>%|(?i:điểm phần trăm|điểm %|phần trăm))|\s?(?P<cur>(?i:USD|VNĐ|VND)|(?i:{_CUR})(?!\w)))?"
)
_ORDINAL = re.compile(
    r"(?i:lần|thứ|khóa|khoá|kỳ|kì|đợt|phiên|thế kỷ|thế kỉ|đại hội|hội nghị|quý)\s+(?i:thứ\s+)?"
    r"(\d+|[IVXLCDM]+)(?![\w.,-]?\d|/(?!(?:19|20)\d\d(?!\d))\d)(?!\w)"  # "quý I/2025" is the 1st
)
_ROMAN = re.compile(r"(?<=\s)([IVXLCDM]{2,})(?![\w])")
_WORD_ORDINAL = re.compile(r"(?i:\b(?:thứ|đệ)\s+(nhất|nhì|nhị|tam|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)"
                           r"\b|\bđầu tiên\b)")
_DIGIT_WORDS = {"một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "lăm": 5, "sáu": 6,
                "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9, "nhất": 1, "năm": 5, "nhì": 2,
                "nhị": 2, "tam": 3}
_NUMBER_WORDS = re.compile(
    r"(?i:(?<!\w)(?:hai|ba|bốn|sáu|bảy|bẩy|tám|chín|mười|một(?=\s+(?:trăm|nghìn|ngàn|triệu|tỷ|tỉ)))"
    r"(?:\s+(?:một|mốt|hai|ba|bốn|tư|lăm|năm|sáu|bảy|bẩy|tám|chín|mười|mươi|trăm|nghìn|ngàn|triệu|tỷ|tỉ|linh|lẻ))*(?!\w))"
)
# "năm" is "year" far more often than "five": five only before a counted noun, not after a digit
_FIVE = re.compile(
    r"(?<!\d)(?<!\d\s)(?i:(?<!\w)năm)(?=\s+(?i:năm|người|kẻ|lần|phút|giờ|ngày|tháng|tuần|nước|bên|"
    r"đợt|chiếc|con|cái|triệu|tỷ|tỉ|nghìn|ngàn|trăm|vụ|điểm|đội|tỉnh|thành viên|quốc gia|loại|"
    r"nhóm|trường hợp|học sinh|km|mét|cây|tầng|ca|ngư dân|công nhân|chiến sĩ|binh sĩ|tàu|xe|căn|ngôi|"
    r"hộ|thuyền|máy bay|em|cháu|trẻ|bệnh nhân|nạn nhân|du khách|sinh viên|đại biểu|dự án|"
    r"doanh nghiệp|huyện|xã|tuổi|thi thể|nhà)(?!\w))")
_TWENTY = re.compile(r"(?i:(?<!\w)đôi mươi(?!\w))")
# words that make "two" true: "song phương" (bilateral), "đôi", "cặp", "cả hai"
_PAIR = re.compile(r"(?i:(?<!\w)(?:song phương|đôi|cặp|đồng chủ trì|hai chiều)(?!\w))")
_VI_TITLE_WORDS = VI_TITLE_WORDS


def _valid_date(day: int, month: int) -> bool:
    return 1 <= day <= 31 and 1 <= month <= 12


def _date(m: re.Match, day: int, month: int, year: str | None) -> Fact:
    return Fact("date", m.group(0), m.start(), m.end(), day=day, month=month,
                year=int(year) if year else None)


def _day_month_dates(text: str, taken: Claimed) -> list[Fact]:
    """"23-24/6/2025", "8/5", "08/05/2025", "ngày 20-11", "ngày 13 tháng Sáu"."""
    facts: list[Fact] = []
    for pattern in _DATE_RANGES:
        for m in pattern.finditer(text):
            d1, d2, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3)), m.group(4)
            if _valid_date(d1, mo) and _valid_date(d2, mo) and taken.claim(m.start(), m.end()):
                facts += [_date(m, d1, mo, y), _date(m, d2, mo, y)]
    for i, pattern in enumerate(_DATES):
        for m in pattern.finditer(text):
            if i == 0:  # ISO: year first
                y, mo, d = m.group(1), int(m.group(2)), int(m.group(3))
            else:
                d, mo = int(m.group(1)), int(m.group(2))
                y = m.group(3) if m.lastindex >= 3 else None
            if _valid_date(d, mo) and taken.claim(m.start(), m.end()):
                facts.append(_date(m, d, mo, y))
    for m in _WORD_DATE.finditer(text):
        month = _MONTH_WORDS[m.group(2).lower()]
        if (m.group(1) is None or _valid_date(int(m.group(1)), month)) and taken.claim(m.start(), m.end()):
            year = int(m.group(3)) if m.group(3) else None
            facts.append(Fact("date", m.group(0), m.start(), m.end(), day=int(m.group(1)), month=month,
                              year=year) if m.group(1) else
                         Fact("month", m.group(0), m.start(), m.end(), month=month, year=year))
    return facts


def _months_years_weekdays(text: str, taken: Claimed) -> list[Fact]:
    """"tháng 9-2024", "tháng 9", "năm 2025", "Thứ Ba"."""
    facts: list[Fact] = []
    for m in _MONTH_YEAR.finditer(text):
        if 1 <= int(m.group(1)) <= 12 and taken.claim(m.start(), m.end()):
            facts.append(Fact("month", m.group(0), m.start(), m.end(), month=int(m.group(1)),
                              year=int(m.group(2))))
    for m in _MONTH.finditer(text):
        if 1 <= int(m.group(1)) <= 12 and taken.claim(m.start(), m.end()):
            facts.append(Fact("month", m.group(0), m.start(), m.end(), month=int(m.group(1))))
    for m in _YEAR.finditer(text):
        if taken.free(m.start(), m.end()):  # also read as a number later: "2000 người"
            y = float(m.group(1))
            facts.append(Fact("year", m.group(0), m.start(), m.end(), values=(y,),
                              year=int(y)))
    for m in _WEEKDAY.finditer(text):
        if not _is_weekday(text, m):
            continue  # "lần thứ ba" is the third time, not Tuesday
        wd = 6 if fold(m.group(0)).startswith("chu") else _WEEKDAY_NUM[m.group(2).lower()]
        taken.take(m.start(), m.end())
        facts.append(Fact("weekday", m.group(0), m.start(), m.end(), weekday=wd))
    return facts


def _dates(text: str, taken: Claimed) -> list[Fact]:
    """Dates (day/month), months, years and weekdays, the most specific patterns first."""
    return _day_month_dates(text, taken) + _months_years_weekdays(text, taken)


_WEEKDAY_BEFORE = re.compile(r"(?i:vào|sáng|chiều|tối|trưa|đêm|hôm|ngày|rạng sáng|từ|đến|tới)\s+$")
_WEEKDAY_AFTER = re.compile(r"\s*(?:,|\(|-|–)?\s*(?i:ngày|tuần|\d{1,2}\s*[/.-]\s*\d{1,2})")


def _is_weekday(text: str, m: re.Match) -> bool:
    """"Thứ Ba", "vào thứ ba", "thứ ba (12/9)" name a weekday; "lần thứ ba" does not."""
    if m.group(0)[0].isupper() and not _sentence_start(text, m.start()):
        return True
    return bool(_WEEKDAY_BEFORE.search(text[max(0, m.start() - 12):m.start()])
                or _WEEKDAY_AFTER.match(text, m.end()) or fold(m.group(0)).startswith("chu"))


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?:;\n"


def _amounts(text: str, taken: Claimed) -> list[Fact]:
    facts: list[Fact] = []
    for m in _AMOUNT.finditer(text):
        if not taken.free(m.start("num"), m.end("num")):
            continue
        end = m.end()
        if end < len(text) and text[end].isalpha() and not m.group("cur") \
                and not GLUED_UNIT.match(text, end):
            continue  # part of a code or nickname: "9X", "G7"
        readings = read_number(m.group("num"), "vi")
        if not readings:
            continue
        scale_word = (m.group("scale") or "").lower()
        scale = SCALES_VI.get(scale_word, 1.0)
        currency = m.group("pre") or m.group("cur")
        kind = "percent" if m.group("pct") else "amount" if currency else "number"
        taken.take(m.start(), m.end())
        facts.append(Fact(
            kind, m.group(0).strip(), m.start(), m.start() + len(m.group(0).rstrip()),
            values=tuple(v * scale for v in readings),
            currency=_CURRENCIES.get(currency.lower()) if currency else None,
            scaled=bool(scale_word), unit=digit_unit(m.group("num")) * scale,
            counter=counter_vi(text, m.start("num"), m.end()) if kind == "number" else None,
        ))
    return facts


def _ordinals(text: str, taken: Claimed) -> list[Fact]:
    facts: list[Fact] = []
    for m in _ORDINAL.finditer(text):
        raw = m.group(1)
        value = int(raw) if raw.isdigit() else roman_to_int(raw)
        if value is not None:
            taken.take(m.start(1), m.end(1))
            facts.append(Fact("ordinal", m.group(0), m.start(), m.end(), values=(float(value),)))
    for m in _ROMAN.finditer(text):
        value = roman_to_int(m.group(1))
        if value is not None and taken.free(m.start(), m.end()):
            facts.append(Fact("ordinal", m.group(0), m.start(), m.end(), values=(float(value),)))
    for m in _WORD_ORDINAL.finditer(text):
        if not taken.free(m.start(), m.end()):
            continue  # a weekday ("Thứ Ba")
        value = _DIGIT_WORDS.get((m.group(1) or "nhất").lower(), 10)
        facts.append(Fact("ordinal", m.group(0), m.start(), m.end(), values=(float(value),)))
    return facts


def _word_value(words: list[str]) -> float | None:
    """Value of a Vietnamese number in words: "ba mươi", "mười lăm", "hai triệu"."""
    total, small = 0.0, 0.0
    for w in words:
        if w in ("mười",):
            small += 10
        elif w == "mươi":
            small = small * 10
        elif w == "trăm":
            small = (small or 1) * 100
        elif w in ("nghìn", "ngàn", "triệu", "tỷ", "tỉ"):
            total += (small or 1) * SCALES_VI[w]
            small = 0
        elif w in ("linh", "lẻ"):
            continue
        elif w in _DIGIT_WORDS:
            small += _DIGIT_WORDS[w]
        else:
            return None
    return total + small


def _number_words(text: str, taken: Claimed) -> list[Fact]:
    facts: list[Fact] = []
    for m in _NUMBER_WORDS.finditer(text):
        words = m.group(0).lower().split()
        # "ba năm" is three years, "hai mươi năm" twenty-five or twenty years: keep every prefix
        values = [_word_value(words[:n]) for n in range(len(words), 0, -1)]
        values = tuple(dict.fromkeys(v for v in values if v))
        if values and taken.free(m.start(), m.end()):
            facts.append(Fact("number", m.group(0), m.start(), m.end(), values=values, counter=counter_vi(text, m.start(), m.end())))
    for m in _PAIR.finditer(text):
        facts.append(Fact("number", m.group(0), m.start(), m.end(), values=(2.0,)))
    for m in _TWENTY.finditer(text):  # "tuổi đôi mươi": twenty, an age
        facts.append(Fact("number", m.group(0), m.start(), m.end(), values=(20.0,), counter="age"))
    for m in _FIVE.finditer(text):
        if taken.free(m.start(), m.end()):
            facts.append(Fact("number", m.group(0), m.start(), m.end(), values=(5.0,)))
    return facts


def find_places_vi(text: str) -> list[Fact]:
    """Gazetteer places and people named in a Vietnamese text (first mention of each)."""
    return [Fact(entry.kind, m.group(0), m.start(), m.end(), key=entry.name, gazetteer=True)
            for m, entry in find_vietnamese_names(text)]


def _names(text: str) -> list[Fact]:
    """Runs of two or more capitalised syllables that are not title words ("Hoàng Xuân Chiến")."""
    facts: list[Fact] = []
    run: list[re.Match] = []

    def flush() -> None:
        if len(run) >= 2 and not all(w.group(0).isupper() for w in run):
            start, end = run[0].start(), run[-1].end()
            facts.append(Fact("name", text[start:end], start, end, key=fold(text[start:end])))
        run.clear()

    for w in re.finditer(r"[^\W\d_]+", text):
        word = w.group(0)
        joined = not run or re.fullmatch(r"[ \t]+", text[run[-1].end():w.start()])
        if not joined:
            flush()
        if word[0].isupper() and fold(word) not in _VI_TITLE_WORDS:
            run.append(w)
        else:
            flush()
    flush()
    return facts


def extract_vi(text: str) -> list[Fact]:
    """Every checkable fact in a Vietnamese text, in the order of the pattern families."""
    taken = Claimed(len(text))
    taken.take_all(CLOCK_VI, text)
    facts = times_vi(text) + decades_vi(text, taken)
    facts += _dates(text, taken)
    facts += _ordinals(text, taken)
    facts += _amounts(text, taken)
    facts += _number_words(text, taken)
    facts += find_places_vi(text)
    facts += _names(text)
    return facts
