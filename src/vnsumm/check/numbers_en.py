"""English numbers: amounts, percentages, numbers with units, ordinals and spelled-out numbers.

"1,500.5" is English; a Vietnamese-style "1.500" or "12,7" copied into English is read both
ways (its Vietnamese reading is kept as an alternative). "one", "first" and "second" spelled
out are not checked (idiom: "one of the", "for the first time", "second-largest"); other
spelled-out numbers are ("two" is "hai", "đôi", "song phương" or "2" in the article).
"""
from __future__ import annotations

import re

from vnsumm.check.counters import GLUED_UNIT, counter_en
from vnsumm.check.facts import Fact
from vnsumm.check.gazetteer import ENTRIES
from vnsumm.check.text import Claimed, SCALES_EN, SCALES_VI, digit_unit, read_number, roman_to_int

__all__ = ["amounts_en", "ordinals_en", "word_numbers_en"]

_CURRENCIES = {
    "us$": "USD", "usd": "USD", "$": "USD", "us dollars": "USD", "u.s. dollars": "USD",
    "dollars": "USD", "dollar": "USD", "vnd": "VND", "vnđ": "VND", "dong": "VND", "đồng": "VND",
    "€": "EUR", "eur": "EUR", "euros": "EUR", "euro": "EUR", "£": "GBP", "pounds": "GBP",
    "¥": "JPY", "₫": "VND", "yen": "JPY", "yuan": "CNY", "won": "KRW", "baht": "THB", "rubles": "RUB",
    "roubles": "RUB",
}
_SUFFIX_CUR = "|".join(re.escape(c) for c in sorted(
    (c for c in _CURRENCIES if c not in ("$", "€", "£", "¥", "₫")), key=len, reverse=True))
_AMOUNT = re.compile(
    r"(?:(?P<pre>US\$|USD|VND|VNĐ|\$|€|£|¥|₫|EUR)\s?|(?<![\w.,]))(?P<num>\d+(?:[.,]\d+)*)"
    r"(?:\s?-?\s?(?P<scale>thousand|million|billion|trillion|mln|bln|mn|bn|tn|nghìn tỷ|nghìn|ngàn|triệu|tỷ|tỉ)"
    r"(?![^\W\d_])|(?P<short>[kmb])\b)?"
    rf"(?:\s?(?P<pct>%|percent\b|per cent\b|pct\b|percentage points?\b)|\s(?P<cur>(?i:{_SUFFIX_CUR}))\b)?"
)
_HEDGE = re.compile(
    r"(?:about|around|approximately|approx\.|nearly|almost|roughly|some|over|more than|less than|"
    r"under|up to|at least|close to|an estimated|estimated|upwards of|just over|just under|below|"
    r"above|in excess of|in the region of|circa|~)\s*$", re.IGNORECASE)
_ORDINAL = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(?:st|nd|rd|th)\b")
_QUARTER = re.compile(r"\b([QH])([1-4])\b(?![-/]\w)")
_ROMAN_CUE = re.compile(
    r"\b(?:War|Congress|Plenum|Session|Century|Phase|Part|Chapter|Pope|King|Queen|Emperor|No\.?|"
    r"Term|Tenure|Legislature)\s+([IVXLCDM]{1,6})\b"
    r"|\b([IVXLCDM]{2,6})\s+(?:National\s+)?(?:Party\s+)?(?:Congress|Plenum|Session|century|Conference)\b")

_UNITS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
          "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_SMALL = {"one": 1, "two": 2, "a": 1}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_ORD_WORDS = {"third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
              "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
              "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
              "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
              "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
              "hundredth": 100}
_ORDWORD = "|".join(sorted(_ORD_WORDS, key=len, reverse=True))
_SCALE_WORDS = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_NUMBER_WORD = "|".join(sorted(list(_UNITS) + list(_TENS) + list(_SCALE_WORDS) + ["one", "two", "dozen"],
                               key=len, reverse=True))
# a run of number words: "five", "twenty-five", "a dozen", "three hundred and fifty thousand";
# "and" only after a scale word ("two hundred and five", never "two and three")
_WORD_NUMBER = re.compile(
    rf"(?<![\w-])(?:(?P<a>a|an|one)\s+(?=(?:hundred|thousand|million|billion|trillion|dozen)\b))?"
    rf"(?P<run>(?:{_NUMBER_WORD})(?:(?:\s+|-)(?:(?<=hundred )and\s+|(?<=thousand )and\s+|(?<=million )and\s+)?"
    rf"(?:{_NUMBER_WORD}))*)(?!\w)", re.IGNORECASE)
# hyperbole and idiom: "one in a million", "a thousand times", "a million thanks"
_IDIOM_BEFORE = re.compile(r"\b(?:in|of)\s+$", re.IGNORECASE)
_IDIOM_AFTER = re.compile(r"\s+(?:times|ways|thanks|reasons|miles\s+away|questions)\b", re.IGNORECASE)
_PLACE_WORDS = {form.split()[0] for e in ENTRIES if e.kind == "place" for form in e.english}
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|[\n(\"“‘'—–-]\s*)$")
_WORD_ORDINAL = re.compile(
    rf"\b(?:(?P<tens>{'|'.join(_TENS)})-)?(?P<ord>{_ORDWORD}|first|second)\b", re.IGNORECASE)


def _hedged(text: str, start: int) -> bool:
    """A hedge ("about", "more than") just before ``start``: rounding is accepted."""
    return bool(_HEDGE.search(text[max(0, start - 30):start]))


def amounts_en(text: str, taken: Claimed) -> list[Fact]:
    """"$130 million", "12.7 percent", "VND1.5 trillion", "5km": numbers written in digits."""
    facts: list[Fact] = []
    for m in _AMOUNT.finditer(text):
        start, end = m.start(), m.end()
        if not taken.free(m.start("num"), m.end("num")):
            continue
        before = text[max(0, start - 2):start]
        if re.search(r"[A-Za-z]-?$", before) and not m.group("pre"):
            continue  # part of a code: G20, COVID-19
        if end < len(text) and text[end].isalpha() and not (m.group("scale") or m.group("pct")) \
                and not GLUED_UNIT.match(text, end):
            continue  # 5G, 3D
        short = m.group("short")
        if short and not (m.group("pre") or m.group("cur")):
            # "100m" is a distance unless money is named: a number with a glued unit
            readings = read_number(m.group("num"), "en")
            if readings and GLUED_UNIT.match(text, m.end("num")):
                taken.take(start, m.end("num"))
                facts.append(Fact("number", m.group("num"), m.start("num"), m.end("num"),
                                  values=tuple(readings), unit=digit_unit(m.group("num")),
                                  hedged=_hedged(text, start),
                                  counter=counter_en(text, m.start("num"), m.end("num"))))
            continue
        readings = read_number(m.group("num"), "en")
        if not readings:
            continue
        scale_word = (m.group("scale") or short or "").lower()
        scale = SCALES_EN.get(scale_word) or SCALES_VI.get(scale_word, 1.0)  # untranslated "triệu"
        currency = m.group("pre") or m.group("cur")
        kind = "percent" if m.group("pct") else "amount" if currency else "number"
        taken.take(start, end)
        facts.append(Fact(
            kind, m.group(0).strip(), start, start + len(m.group(0).rstrip()),
            values=tuple(v * scale for v in readings),
            currency=_CURRENCIES.get(currency.lower()) if currency else None,
            scaled=bool(scale_word), hedged=_hedged(text, start), unit=digit_unit(m.group("num")) * scale,
            counter=counter_en(text, m.start("num"), end) if kind == "number" else None,
        ))
    return facts


def ordinals_en(text: str, taken: Claimed) -> list[Fact]:
    """"13th", "Q3", "XIII Congress", "thirtieth": ordinals, compared by value."""
    facts: list[Fact] = []
    for m in taken.matches(_ORDINAL, text):
        v = float(m.group(1).replace(",", ""))
        facts.append(Fact("ordinal", m.group(0), m.start(), m.end(), values=(v,)))
    for m in taken.matches(_QUARTER, text):  # "Q1" is "quý I"; "H1" (first half) is not checked
        if m.group(1) == "Q":
            facts.append(Fact("ordinal", m.group(0), m.start(), m.end(), values=(float(m.group(2)),)))
    for m in _ROMAN_CUE.finditer(text):
        group = 1 if m.group(1) else 2
        value = roman_to_int(m.group(group))
        if value and taken.claim(m.start(group), m.end(group)):
            facts.append(Fact("ordinal", m.group(group), m.start(group), m.end(group),
                              values=(float(value),)))
    for m in _WORD_ORDINAL.finditer(text):
        word = m.group("ord").lower()
        if word in ("first", "second") and not m.group("tens"):
            continue
        value = _ORD_WORDS.get(word, 1 if word == "first" else 2) + (
            _TENS[m.group("tens").lower()] if m.group("tens") else 0)
        if not _in_title(text, m) and taken.claim(m.start(), m.end()):
            facts.append(Fact("ordinal", m.group(0), m.start(), m.end(), values=(float(value),)))
    return facts


def _in_title(text: str, m: re.Match) -> bool:
    """A capitalised number word inside a proper name: "Three Kingdoms", "Ninth Ward". At a
    sentence's start, or before a nationality or place ("Five Vietnamese fishermen"), it is a
    number."""
    if not (m.group(0)[0].isupper() and re.match(r"\s+[A-Z][a-z]", text[m.end():])):
        return False
    if _SENTENCE_START.search(text[max(0, m.start() - 3):m.start()]):
        return False
    following = re.match(r"\s+([A-Z][\w'’.-]*)", text[m.end():])
    return following.group(1) not in _PLACE_WORDS


def _run_value(words: list[str]) -> tuple[float, float] | None:
    """Value of number words ("three hundred and fifty thousand") and the size of their last
    scale (1 when none): the rounding unit of the number."""
    total, current, unit = 0.0, 0.0, 1.0
    for w in words:
        if w in ("a", "an", "and"):
            continue
        if w == "dozen":
            current = (current or 1) * 12
        elif w == "hundred":
            current, unit = (current or 1) * 100, 100.0
        elif w in _SCALE_WORDS:
            total, current, unit = total + (current or 1) * _SCALE_WORDS[w], 0.0, _SCALE_WORDS[w]
        else:
            value = _UNITS.get(w) or _TENS.get(w) or {"one": 1, "two": 2}.get(w)
            if value is None:
                return None
            if current % 100 and value >= 10 or current % 10 and value < 10:
                return None  # "five six", "twenty thirty": no one number
            current += value
    return total + current, unit


def word_numbers_en(text: str, taken: Claimed) -> list[Fact]:
    """"two", "twenty-five", "a dozen", "three million", "Five Vietnamese fishermen": spelled-out
    numbers. "one" alone is idiom ("one of the"), never a fact; "one in a million" neither."""
    facts: list[Fact] = []
    for m in _WORD_NUMBER.finditer(text):
        words = [w.lower() for w in re.split(r"[\s-]+", m.group(0))]
        if words[0] == "one" and len(words) == 1 or words[0] in ("hundred", "thousand", "million",
                                                                   "billion", "trillion", "dozen"):
            continue  # "one of the"; "hundreds", "thousand" without a count
        read = _run_value(words)
        if read is None:
            continue
        value, unit = read
        if m.group("a") and (_IDIOM_BEFORE.search(text[max(0, m.start() - 4):m.start()])
                             or _IDIOM_AFTER.match(text, m.end())):
            continue
        if not _in_title(text, m) and taken.claim(m.start(), m.end()):
            facts.append(Fact("number", m.group(0), m.start(), m.end(), values=(value,),
                              scaled=unit != 1.0, hedged=_hedged(text, m.start()), unit=unit,
                              counter=counter_en(text, m.start(), m.end())))
    return facts
