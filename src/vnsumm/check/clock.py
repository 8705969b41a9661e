"""Clock times and decades, in English and Vietnamese.

A clock time is kept as every minute of the day it may mean (``Fact.values``): "11:35 pm" and
"11:35 in the evening" are 23:35 only; "11:35" or "11 giờ 35 phút" with no am/pm or part-of-day
word is 11:35 or 23:35; a time written with a leading zero ("07:16") is 24-hour. Vietnamese
writes digits on the 24-hour clock: "7h16", "07:16", "9h" are morning times unless a part-of-day
word stands after them ("7h16 tối") or before them in the paragraph ("Tối 12/9, lúc 8h30" is
20:30); "9 giờ" alone may be either half. "9 giờ tối" is 21:00; "21h" is 21:00. A GMT/UTC time
may also be the Vietnamese (UTC+7) one.
A decade is kept as its first year and its length in ``unit``: "the 1970s", "the '70s",
"thập niên 1970" and "những năm 70" are 1970 (10 years); "the 1800s" is 1800 with a length
of 100 (the decade or the century). Ages ("in his 80s") are numbers counting an age, 80 to 89.
"""
from __future__ import annotations

import re

from vnsumm.check.facts import Fact
from vnsumm.check.text import Claimed

__all__ = ["times_en", "times_vi", "decades_en", "decades_vi", "CLOCK_VI"]

_DAY = 24 * 60
_HEDGE_EN = re.compile(r"(?:about|around|approximately|approx\.|nearly|almost|roughly|some|shortly|"
                       r"just|soon|close to|circa|~)\s+(?:after\s+|before\s+)?(?:at\s+)?$", re.IGNORECASE)


def _both_halves(hour: int, minute: int) -> tuple[float, ...]:
    """A 12-hour reading without am/pm: 9:00 or 21:00; a 24-hour one ("21:00") is itself."""
    if 1 <= hour <= 12:
        return (float(hour % 12 * 60 + minute), float((hour % 12 + 12) * 60 + minute))
    return (float(hour % 24 * 60 + minute),)


def _fact(m: re.Match, values: tuple[float, ...], start: int | None = None, hedged: bool = False) -> Fact:
    start = m.start() if start is None else start
    return Fact("time", m.group(0)[start - m.start():].strip(), start,
                start + len(m.group(0)[start - m.start():].rstrip()), values=values, hedged=hedged)


# ------------------------------------------------------------------------------ English

_AMPM = re.compile(
    r"(?<![\d.,:])(\d{1,2})(?:[:.](\d{2}))?\s?(?:(a)|(p))(?:\.\s?m\.|\.m\b|\s?m\b)"
    r"|(?<![\d.,:])(\d{1,2})(?:[:.](\d{2}))?\s?o['’]clock\b", re.IGNORECASE)
_ZONED = re.compile(
    r"(?<![\d.,:])(\d{1,2})[:.h]?(\d{2})\s?(?:(GMT|UTC)\b|(?:ICT|[A-Z]DT|[A-Z]ST)\b|hrs\b|hours?\s+local"
    r"|local\s+time)")
_PLAIN = re.compile(r"(?<![\d.,:])(\d{1,2}):(\d{2})(?![\d:]|[.,]\d)")
# a Vietnamese-style time copied into English: "7h16", "19h"; on the 24-hour clock
_H_FORM = re.compile(r"(?<![\w.,:])(\d{1,2})h(\d{2})?(?![\w:])")
# "7:16 in the evening", "8 o'clock at night": the half of the day after a time without am/pm
_PART_EN = re.compile(r"\s+(?:(?P<am>in the morning|this morning)|(?P<pm>in the afternoon|in the evening|"
                      r"at night|this afternoon|this evening|tonight))\b", re.IGNORECASE)
_NOON = re.compile(r"\b(?:(noon|midday)|(midnight))\b", re.IGNORECASE)


def times_en(text: str, taken: Claimed) -> list[Fact]:
    """"11:35 pm", "9 a.m.", "21:00", "1200 GMT", "noon": clock times of an English text."""
    facts: list[Fact] = []

    def add(m: re.Match, values: tuple[float, ...]) -> None:
        if taken.claim(m.start(), m.end()):
            hedged = bool(_HEDGE_EN.search(text[max(0, m.start() - 30):m.start()]))
            facts.append(_fact(m, values, hedged=hedged))

    def add_twelve(m: re.Match, hour: int, minute: int) -> None:
        """A 12-hour time without am/pm: "in the evening" after it picks the half of the day."""
        part = _PART_EN.match(text, m.end())
        if part and 1 <= hour <= 12 and taken.claim(m.start(), part.end()):
            half = 12 * 60 if part.group("pm") and hour != 12 else 0
            if part.group("am") and hour == 12:
                half = -12 * 60
            hedged = bool(_HEDGE_EN.search(text[max(0, m.start() - 30):m.start()]))
            facts.append(Fact("time", text[m.start():part.end()], m.start(), part.end(),
                              values=(float(hour * 60 + minute + half),), hedged=hedged))
        else:
            add(m, _both_halves(hour, minute))

    for m in _AMPM.finditer(text):
        if m.group(5):  # o'clock
            hour, minute = int(m.group(5)), int(m.group(6) or 0)
            if 1 <= hour <= 12 and minute < 60:
                add_twelve(m, hour, minute)
            continue
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        if 1 <= hour <= 12 and minute < 60:
            hour = hour % 12 + (12 if m.group(4) else 0)
            add(m, (float(hour * 60 + minute),))
        elif hour == 0 and minute < 60:
            add(m, (float(minute),))
    for m in _ZONED.finditer(text):
        hour, minute = int(m.group(1)), int(m.group(2))
        if hour <= 24 and minute < 60:
            values = _both_halves(hour, minute) if hour <= 12 and ":" in m.group(0) else \
                (float(hour % 24 * 60 + minute),)
            if m.group(3):  # GMT/UTC: the article may give Vietnam's time (UTC+7)
                values += tuple(float((v + 7 * 60) % _DAY) for v in values)
            add(m, values)
    for m in _PLAIN.finditer(text):
        hour, minute = int(m.group(1)), int(m.group(2))
        if hour <= 24 and minute < 60:
            if m.group(1).startswith("0") or hour == 0 or hour > 12:  # "07:16", "19:16": 24-hour
                add(m, (float(hour % 24 * 60 + minute),))
            else:
                add_twelve(m, hour, minute)
    for m in _H_FORM.finditer(text):
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        if hour <= 24 and minute < 60:
            add(m, (float(hour % 24 * 60 + minute),))
    for m in _NOON.finditer(text):
        add(m, (720.0,) if m.group(1) else (0.0,))
    return facts


# ------------------------------------------------------------------------------ Vietnamese

_PART = r"(?:[ \t]*(?:giờ[ \t]+)?(?P<part>rạng sáng|sáng|trưa|chiều|tối|đêm|khuya)(?!\w))?"
_VI_CLOCK = re.compile(
    r"(?<![\d.,:])(?P<h>\d{1,2})\s?(?:(?P<H>h|g|giờ|:)(?:\s?(?P<m>\d{2})\s?(?:phút|p|')?|\s+(?P<half>rưỡi)"
    r"|\s+kém\s+(?P<to>\d{1,2})(?:\s+phút)?)?)(?![^\W\d_]|[\d:])" + _PART, re.IGNORECASE)
# clock times with minutes: claimed, never read as numbers ("16:53", "9h30")
CLOCK_VI = re.compile(r"(?<![\d.,])\d{1,2}\s?(?::|h)\s?\d{2}(?!\d)")
# a part of the day naming the time of a paragraph: "Sáng 8/5", "chiều nay", "Tối cùng ngày,"
_PART_CUE = re.compile(r"(?<!\w)(?P<part>rạng sáng|sáng|trưa|chiều|tối|đêm|khuya)(?:\s+(?:muộn|sớm|tối))?"
                       r"(?=\s+(?:nay|qua|mai|hôm|ngày|cùng ngày|\d)|\s*,)", re.IGNORECASE)
_VI_NOON = re.compile(r"(?<!\w)(?:(trưa|giữa trưa)|(nửa đêm|giữa đêm|đêm khuya))(?!\w)", re.IGNORECASE)


def _with_part(hour: int, minute: int, part: str | None) -> tuple[float, ...]:
    """The minute(s) of the day of "9 giờ tối" (21:00), "9 giờ" (9:00 or 21:00), "21h"."""
    part = (part or "").lower()
    if part == "24h" and 0 < hour <= 12:
        return (float(hour * 60 + minute),)
    if hour > 12 or hour == 0 or not part:
        return _both_halves(hour, minute) if hour <= 12 and hour != 0 else (float(hour % 24 * 60 + minute),)
    if part in ("sáng", "rạng sáng"):
        return (float(hour % 12 * 60 + minute),)
    if part == "trưa":
        return (float((hour if hour >= 10 else hour + 12) * 60 + minute),)
    if part in ("chiều", "tối"):
        return (float((hour % 12 + 12) * 60 + minute),)
    # đêm, khuya: 9-11 are evening hours, 12 is midnight, 1-5 small hours
    return (float((hour + 12) * 60 + minute) if 6 <= hour <= 11 else float(hour % 12 * 60 + minute),)


def _paragraph_part(text: str, start: int) -> str | None:
    """The part of the day named last before ``start`` in its paragraph (300 characters back)."""
    line_start = text.rfind("\n", 0, start) + 1
    cues = list(_PART_CUE.finditer(text, max(line_start, start - 300), start))
    return cues[-1].group("part") if cues else None


def times_vi(text: str) -> list[Fact]:
    """"23h35", "9 giờ sáng", "11 giờ 35 phút", "21:00", "9 giờ kém 15", "nửa đêm".

    "N giờ" alone may be a duration ("trong 2 giờ"); it is read as a time too (an extra
    reading of the article only makes the check more lenient) and is not claimed, so it still
    counts hours as a number."""
    facts: list[Fact] = []
    for m in _VI_CLOCK.finditer(text):
        if not m.group("H"):
            continue
        unit = m.group("H").lower()
        hour = int(m.group("h"))
        minute = int(m.group("m")) if m.group("m") else 30 if m.group("half") else 0
        if m.group("to"):
            hour, minute = hour - 1, 60 - int(m.group("to"))
        if unit == ":" and not m.group("m") or unit == "g" and not (m.group("m") or m.group("part")):
            continue  # "2:" is no time; "5g" is five grams
        if not (0 <= hour <= 24 and 0 <= minute < 60):
            continue
        part = m.group("part")
        if not part and unit != "giờ" and 0 < hour <= 12:
            # digits are 24-hour in Vietnamese ("7h16", "07:16"), unless the paragraph says
            # which part of the day it is ("Tối 12/9, lúc 8h30")
            part = _paragraph_part(text, m.start()) or "24h"
        values = _with_part(hour, minute, part)
        facts.append(Fact("time", m.group(0), m.start(), m.end(), values=values))
    for m in _VI_NOON.finditer(text):
        facts.append(Fact("time", m.group(0), m.start(), m.end(), values=(720.0,) if m.group(1) else (0.0,)))
    return facts


# ------------------------------------------------------------------------------ decades

_TENS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
         "eighties": 8, "nineties": 9}
_DECADE_EN = re.compile(
    r"(?P<age>\b(?:his|her|their|its|my|your|our)\s+(?:early\s+|mid-?|late\s+)?)?"
    r"(?:(?<![\w'’])(?P<full>1[0-9]\d0|20\d0)s|(?:['’]|(?<![\w'’$£€.,]))(?P<two>\d)0s"
    r"|\bthe\s+(?P<word>" + "|".join(_TENS) + r"))(?![\w'’])", re.IGNORECASE)
_DECADE_VI = re.compile(
    r"(?i:thập niên|thập kỷ|thập kỉ|những năm|các năm)\s+(?P<full>1[0-9]\d0|20\d0)(?!\d|s\b)"
    r"|(?i:thập niên|thập kỷ|thập kỉ|những năm|các năm)\s+(?P<two>\d)0(?![\d,.]\d|\d)")


def _two_digit(d: int) -> tuple[float, ...]:
    """"the '70s": 1970; "the 20s" and "the 10s": this century's or the last."""
    return (1900.0 + d * 10, 2000.0 + d * 10) if d <= 2 else (1900.0 + d * 10,)


def decades_en(text: str, taken: Claimed) -> list[Fact]:
    """"the 1970s", "the '80s", "mid-1990s", "the seventies"; "in his 80s" is an age."""
    facts: list[Fact] = []
    age_end = -1
    for m in _DECADE_EN.finditer(text):
        start = m.end("age") if m.group("age") else m.start()
        if not taken.free(start, m.end()):
            continue
        # "in their 20s and 30s": the second is an age too
        joined = age_end >= 0 and re.fullmatch(r"\s*(?:and|or|to|-|–)\s*(?:early\s+|mid-?|late\s+)?",
                                                text[age_end:start]) is not None
        if m.group("age") or joined and m.group("two"):
            d = int(m.group("two")) if m.group("two") else _TENS.get((m.group("word") or "").lower())
            if d is None:
                continue
            taken.take(start, m.end())
            facts.append(Fact("number", text[start:m.end()], start, m.end(),
                              values=tuple(float(v) for v in range(d * 10, d * 10 + 10)), counter="age"))
            age_end = m.end()
            continue
        age_end = -1
        taken.take(start, m.end())
        if m.group("full"):
            year = int(m.group("full"))
            values, span = (float(year),), 100.0 if year % 100 == 0 else 10.0
        else:
            d = int(m.group("two")) if m.group("two") else _TENS[m.group("word").lower()]
            values, span = _two_digit(d), 10.0
        facts.append(Fact("decade", text[start:m.end()], start, m.end(), values=values, unit=span))
    return facts


def decades_vi(text: str, taken: Claimed) -> list[Fact]:
    """"thập niên 1970", "những năm 70", "thập kỷ 80"."""
    facts: list[Fact] = []
    for m in _DECADE_VI.finditer(text):
        if m.group("full"):
            values = (float(m.group("full")),)
        else:
            values = _two_digit(int(m.group("two")))
            taken.take(m.start("two"), m.end())  # "những năm 70" counts no 70 things
        facts.append(Fact("decade", m.group(0), m.start(), m.end(), values=values, unit=10.0))
    return facts
