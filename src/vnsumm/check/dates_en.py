"""English dates: "May 8, 2025", "8/5", "June 10-11", "September 2024", years and weekdays.

A numeric date "8/5" is read day/month, the Vietnamese convention the model copied it from;
"5/18" (second part over 12) is read month/day.
"""
from __future__ import annotations

import re

from vnsumm.check.facts import Fact
from vnsumm.check.text import Claimed

__all__ = ["dates_en", "MONTHS", "WEEKDAYS"]

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {d: i for i, d in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}

_MON = (r"(January|February|March|April|May|June|July|August|September|October|November|December"
        r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?(?![a-z])")
_D = r"(\d{1,2})(?:st|nd|rd|th)?(?![\d])"
_Y = r"((?:1[89]|2[01])\d\d)(?!\d)"
_TO = r"\s?(?:-|–|—|to|and|through|until)\s?"
_NB = r"(?<![\d/.,])"

_DATE_RANGES = [  # (regex, index of day1, day2, month, year)
    (re.compile(rf"{_MON}\s+{_D}{_TO}{_D}(?:,?\s+{_Y})?"), (2, 3, 1, 4)),
    (re.compile(rf"{_NB}{_D}{_TO}{_D}\s+(?:of\s+)?{_MON}(?:,?\s+{_Y})?"), (1, 2, 3, 4)),
]
_DATES = [  # (regex, index of day, month, year)
    (re.compile(rf"(?<!\d){_Y}-(\d{{2}})-(\d{{2}})(?!\d)"), (3, 2, 1)),
    (re.compile(rf"{_MON}\s+(?:the\s+)?{_D}(?!\s?(?:%|percent|million|billion))(?:,?\s+{_Y})?"), (2, 1, 3)),
    (re.compile(rf"{_NB}(?:the\s+)?{_D}\s+(?:of\s+)?{_MON}(?:,?\s+{_Y})?"), (1, 2, 3)),
    (re.compile(rf"{_NB}(\d{{1,2}})\s?/\s?(\d{{1,2}})(?:\s?/\s?{_Y})?(?![\d/])"), (1, 2, 3)),
    (re.compile(rf"(?<![\d/.,-])(\d{{1,2}})[.-](\d{{1,2}})[.-]{_Y}"), (1, 2, 3)),
]
_MONTH_YEAR = re.compile(rf"{_MON}\s+(?:of\s+)?{_Y}")
# "on the 8th" (of this month): a day with no month
_DAY_ONLY = re.compile(r"\b(?:on|since|until|till|by|from|before|after) the (\d{1,2})(?:st|nd|rd|th)\b"
                       r"(?=\s*(?:[,.;:)]|$|of (?:this|that|last|next|the) month|and\b|to\b))")
_MONTH = re.compile(_MON)
_MAY_CUE = re.compile(r"(?:in|on|since|until|till|by|from|early|late|mid|mid-|last|next|this|during|"
                      r"through|of|before|after|end of|beginning of)\s*$", re.IGNORECASE)
_YEAR = re.compile(rf"(?<![\d,.$€£¥]){_Y}(?![,.]\d|\s?%|\s?(?:percent|thousand|million|billion|"
                   rf"trillion)\b|[A-Za-z])")
_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _date_fact(m: re.Match, day: int, month: int, year: str | None) -> Fact:
    return Fact("date", m.group(0).strip(), m.start(), m.end(), day=day, month=month,
                year=int(year) if year else None)


def _numeric_day_month(a: int, b: int) -> tuple[int, int] | None:
    """Day/month of a numeric "a/b": day first, unless only month/day is a real date."""
    if 1 <= a <= 31 and 1 <= b <= 12:
        return a, b
    if 1 <= a <= 12 and 13 <= b <= 31:
        return b, a
    return None


def _date_ranges(text: str, taken: Claimed) -> list[Fact]:
    """"June 10-11", "19 to 21 November 2024": one date per end of the range."""
    facts: list[Fact] = []
    for pattern, (i1, i2, im, iy) in _DATE_RANGES:
        for m in pattern.finditer(text):
            d1, d2, mon = int(m.group(i1)), int(m.group(i2)), _month(m.group(im))
            if 1 <= d1 <= 31 and 1 <= d2 <= 31 and d1 < d2 and taken.claim(m.start(), m.end()):
                facts += [_date_fact(m, d1, mon, m.group(iy)), _date_fact(m, d2, mon, m.group(iy))]
    return facts


def _single_dates(text: str, taken: Claimed) -> list[Fact]:
    """"May 8, 2025", "8 May", "8/5", "2025-05-08"; "on the 8th"."""
    facts: list[Fact] = []
    for n, (pattern, (id_, im, iy)) in enumerate(_DATES):
        for m in pattern.finditer(text):
            raw_month = m.group(im)
            if raw_month.isdigit():
                iso = n == 0
                dm = (int(m.group(id_)), int(raw_month)) if iso else \
                    _numeric_day_month(int(m.group(id_)), int(raw_month))
                if dm is None or not (1 <= dm[0] <= 31 and 1 <= dm[1] <= 12):
                    continue
                day, month = dm
            else:
                day, month = int(m.group(id_)), _month(raw_month)
                if day == 0:
                    continue  # kept when over 31: "May 80" is a date no article can support
            if taken.claim(m.start(), m.end()):
                facts.append(_date_fact(m, day, month, m.group(iy)))
    for m in _DAY_ONLY.finditer(text):
        if 1 <= int(m.group(1)) <= 31 and taken.claim(m.start(1), m.end(0)):
            facts.append(Fact("date", text[m.start(1):m.end(0)], m.start(1), m.end(0),
                              day=int(m.group(1))))
    return facts


_BARE_ABBREVIATIONS = {"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}


def _months(text: str, taken: Claimed) -> list[Fact]:
    """"September 2024", "in May": a month, with its year when written."""
    facts: list[Fact] = []
    for m in taken.matches(_MONTH_YEAR, text):
        facts.append(Fact("month", m.group(0), m.start(), m.end(), month=_month(m.group(1)),
                          year=int(m.group(2))))
    for m in _MONTH.finditer(text):
        name = m.group(1)
        if name == "May" and not _MAY_CUE.search(text[max(0, m.start() - 20):m.start()]):
            continue  # "May" the verb
        if name in _BARE_ABBREVIATIONS and not m.group(0).endswith("."):
            continue  # "Mar", "Jan" alone are too often something else
        if taken.claim(m.start(), m.end()):
            facts.append(Fact("month", m.group(0), m.start(), m.end(), month=_month(name)))
    return facts


def _years_and_weekdays(text: str, taken: Claimed) -> list[Fact]:
    facts: list[Fact] = []
    for m in taken.matches(_YEAR, text):
        y = float(m.group(1))
        facts.append(Fact("year", m.group(0), m.start(), m.end(), values=(y,), year=int(y)))
    for m in _WEEKDAY.finditer(text):
        taken.take(m.start(), m.end())
        facts.append(Fact("weekday", m.group(0), m.start(), m.end(),
                          weekday=WEEKDAYS[m.group(1).lower()]))
    return facts


def dates_en(text: str, taken: Claimed) -> list[Fact]:
    """Dates, months, years and weekdays, the most specific patterns first."""
    return (_date_ranges(text, taken) + _single_dates(text, taken) + _months(text, taken)
            + _years_and_weekdays(text, taken))
