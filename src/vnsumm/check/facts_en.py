"""Checkable facts of an English brief: amounts, numbers, percentages, dates, ordinals, names.

Conventions (documented in ``vnsumm.check``):
- "1,500.5" is English; a Vietnamese-style "1.500" or "12,7" copied into English is read
  both ways (its Vietnamese reading is kept as an alternative).
- A numeric date "8/5" is read day/month, the Vietnamese convention the model copied it
  from; "5/18" (second part over 12) is read month/day.
- "one", "first" and "second" spelled out are not checked (idiom: "one of the", "for the
  first time", "second-largest"); other spelled-out numbers are ("two" is "hai", "đôi",
  "song phương" or "2" in the article).
"""
from __future__ import annotations

import re
from functools import lru_cache

from vnsumm.check.clock import decades_en, times_en
from vnsumm.check.counters import GLUED_UNIT, counter_en
from vnsumm.check.facts import Fact
from vnsumm.check.gazetteer import ENTRIES
from vnsumm.check.text import (Claimed, SCALES_EN, SCALES_VI, digit_unit, fold, read_number, roman_to_int,
                               vietnamese_shaped)

__all__ = ["extract_en", "MONTHS"]

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_WEEKDAYS = {d: i for i, d in enumerate(
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
_NUMWORD = "|".join(sorted(list(_UNITS) + list(_TENS) + list(_SMALL), key=len, reverse=True))
_ORDWORD = "|".join(sorted(_ORD_WORDS, key=len, reverse=True))
_WORD_NUMBER = re.compile(
    rf"\b(?:(?P<tens>{'|'.join(_TENS)})(?:[-\s](?P<unit>one|two|three|four|five|six|seven|eight|nine))?"
    rf"|(?P<word>{_NUMWORD}))(?:\s+(?P<scale>hundred|thousand|million|billion|trillion))?\b",
    re.IGNORECASE)
_WORD_ORDINAL = re.compile(
    rf"\b(?:(?P<tens>{'|'.join(_TENS)})-)?(?P<ord>{_ORDWORD}|first|second)\b", re.IGNORECASE)


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
            if 1 <= d1 <= 31 and 1 <= d2 <= 31 and d1 < d2 and taken.free(m.start(), m.end()):
                taken.take(m.start(), m.end())
                facts += [_date_fact(m, d1, mon, m.group(iy)), _date_fact(m, d2, mon, m.group(iy))]
    return facts


def _single_dates(text: str, taken: Claimed) -> list[Fact]:
    """"May 8, 2025", "8 May", "8/5", "2025-05-08"; "on the 8th"."""
    facts: list[Fact] = []
    for n, (pattern, (id_, im, iy)) in enumerate(_DATES):
        for m in pattern.finditer(text):
            if not taken.free(m.start(), m.end()):
                continue
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
            taken.take(m.start(), m.end())
            facts.append(_date_fact(m, day, month, m.group(iy)))
    for m in _DAY_ONLY.finditer(text):
        if 1 <= int(m.group(1)) <= 31 and taken.free(m.start(1), m.end(0)):
            taken.take(m.start(1), m.end(0))
            facts.append(Fact("date", text[m.start(1):m.end(0)], m.start(1), m.end(0),
                              day=int(m.group(1))))
    return facts


_BARE_ABBREVIATIONS = {"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}


def _months(text: str, taken: Claimed) -> list[Fact]:
    """"September 2024", "in May": a month, with its year when written."""
    facts: list[Fact] = []
    for m in _MONTH_YEAR.finditer(text):
        if taken.free(m.start(), m.end()):
            taken.take(m.start(), m.end())
            facts.append(Fact("month", m.group(0), m.start(), m.end(), month=_month(m.group(1)),
                              year=int(m.group(2))))
    for m in _MONTH.finditer(text):
        name = m.group(1)
        if not taken.free(m.start(), m.end()):
            continue
        if name == "May" and not _MAY_CUE.search(text[max(0, m.start() - 20):m.start()]):
            continue  # "May" the verb
        if name in _BARE_ABBREVIATIONS and not m.group(0).endswith("."):
            continue  # "Mar", "Jan" alone are too often something else
        taken.take(m.start(), m.end())
        facts.append(Fact("month", m.group(0), m.start(), m.end(), month=_month(name)))
    return facts


def _years_and_weekdays(text: str, taken: Claimed) -> list[Fact]:
    facts: list[Fact] = []
    for m in _YEAR.finditer(text):
        if taken.free(m.start(), m.end()):
            taken.take(m.start(), m.end())
            y = float(m.group(1))
            facts.append(Fact("year", m.group(0), m.start(), m.end(), values=(y,),
                              year=int(y)))
    for m in _WEEKDAY.finditer(text):
        taken.take(m.start(), m.end())
        facts.append(Fact("weekday", m.group(0), m.start(), m.end(),
                          weekday=_WEEKDAYS[m.group(1).lower()]))
    return facts


def _dates(text: str, taken: Claimed) -> list[Fact]:
    """Dates, months, years and weekdays, the most specific patterns first."""
    return (_date_ranges(text, taken) + _single_dates(text, taken) + _months(text, taken)
            + _years_and_weekdays(text, taken))


def _amounts(text: str, taken: Claimed) -> list[Fact]:
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
                                  hedged=bool(_HEDGE.search(text[max(0, start - 30):start])),
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
        hedged = bool(_HEDGE.search(text[max(0, start - 30):start]))
        facts.append(Fact(
            kind, m.group(0).strip(), start, start + len(m.group(0).rstrip()),
            values=tuple(v * scale for v in readings),
            currency=_CURRENCIES.get(currency.lower()) if currency else None,
            scaled=bool(scale_word), hedged=hedged, unit=digit_unit(m.group("num")) * scale,
            counter=counter_en(text, m.start("num"), end) if kind == "number" else None,
        ))
    return facts


def _ordinals(text: str, taken: Claimed) -> list[Fact]:
    facts: list[Fact] = []
    for m in _ORDINAL.finditer(text):
        if taken.free(m.start(), m.end()):
            taken.take(m.start(), m.end())
            v = float(m.group(1).replace(",", ""))
            facts.append(Fact("ordinal", m.group(0), m.start(), m.end(), values=(v,)))
    for m in _QUARTER.finditer(text):  # "Q1" is "quý I"; "H1" (first half) is not checked
        if not taken.free(m.start(), m.end()):
            continue
        taken.take(m.start(), m.end())
        if m.group(1) == "Q":
            facts.append(Fact("ordinal", m.group(0), m.start(), m.end(), values=(float(m.group(2)),)))
    for m in _ROMAN_CUE.finditer(text):
        group = 1 if m.group(1) else 2
        value = roman_to_int(m.group(group))
        if value and taken.free(m.start(group), m.end(group)):
            taken.take(m.start(group), m.end(group))
            facts.append(Fact("ordinal", m.group(group), m.start(group), m.end(group),
                              values=(float(value),)))
    for m in _WORD_ORDINAL.finditer(text):
        word = m.group("ord").lower()
        if word in ("first", "second") and not m.group("tens"):
            continue
        value = _ORD_WORDS.get(word, 1 if word == "first" else 2) + (
            _TENS[m.group("tens").lower()] if m.group("tens") else 0)
        if taken.free(m.start(), m.end()) and not _in_title(text, m):
            taken.take(m.start(), m.end())
            facts.append(Fact("ordinal", m.group(0), m.start(), m.end(), values=(float(value),)))
    return facts


def _in_title(text: str, m: re.Match) -> bool:
    """A capitalised number word inside a proper name: "Three Kingdoms", "Ninth Ward"."""
    return m.group(0)[0].isupper() and bool(re.match(r"\s+[A-Z][a-z]", text[m.end():]))


def _word_numbers(text: str, taken: Claimed) -> list[Fact]:
    facts: list[Fact] = []
    for m in _WORD_NUMBER.finditer(text):
        if m.group("tens"):
            value = _TENS[m.group("tens").lower()] + (_UNITS.get((m.group("unit") or "").lower())
                                                      or _SMALL.get((m.group("unit") or "").lower(), 0))
        else:
            word = m.group("word").lower()
            if word in ("one", "a") and not m.group("scale"):
                continue  # "one of the", "a" alone are idiom, not facts
            value = _UNITS.get(word) or _SMALL[word]
        scale = SCALES_EN.get((m.group("scale") or "").lower(), 1.0)
        if _in_title(text, m):
            continue
        if taken.free(m.start(), m.end()):
            taken.take(m.start(), m.end())
            hedged = bool(_HEDGE.search(text[max(0, m.start() - 30):m.start()]))
            facts.append(Fact("number", m.group(0), m.start(), m.end(), values=(value * scale,), scaled=scale != 1.0, hedged=hedged,
                              unit=scale, counter=counter_en(text, m.start(), m.end())))
    return facts


# ---------------------------------------------------------------- names and places

_TITLE_WORDS = set("""
president vice prime minister ministers deputy secretary general gen party chief chairman
chairwoman chair chairperson ambassador senator sen rep representative governor mayor mr mrs ms
miss dr prof professor colonel col lieutenant lt major maj captain capt admiral adm commander
sergeant senior acting assistant under state defense defence foreign war affairs national
assembly king queen prince princess emperor pope premier chancellor director head spokesperson
spokesman spokeswoman envoy counsellor counselor standing permanent member top leader officer
official comrade madam sir his her excellency congressman congresswoman senator mr. mrs. ms. dr. gen. lt. col. maj. capt. adm.
""".split())
_NOT_NAMES = set("""
tet covid agent orange dioxin ordnance unexploded remediation politburo secretariat plenum
fatherland front communist comprehensive strategic partnership dialogue defence defense
memorandum understanding joint statement vision declaration ministry department commission
committee council force forces army navy airforce guard border coast police people peoples
socialist republic democratic federation kingdom union association conference summit forum
procuracy procurator procuratorate inspectorate ombudsman prefecture municipality
forum week day year month news agency university airport airbase airfield province city
district commune ward delta river sea island islands bay lake mountain highway bridge port
""".split())
# common given names and a few much-cited surnames: words that are names even when frequent
_PERSON_NAMES = set("""
john mike michael pete peter joe joseph donald george james robert william bill richard david
thomas charles christopher daniel matthew anthony mark paul steven steve andrew kenneth kevin
brian edward ronald timothy jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry
justin scott brandon benjamin samuel frank gregory raymond alexander patrick jack dennis jerry
tyler aaron henry adam douglas nathan zachary kyle walter harold jeremy ethan carl keith roger
gerald terry sean arthur austin noah lawrence jesse joe bryan billy jordan albert
dylan bruce willie gabriel alan juan logan wayne ralph roy eugene randy vincent russell louis
philip bobby johnny bradley mary patricia jennifer linda elizabeth barbara susan jessica sarah
karen nancy lisa betty margaret sandra ashley kimberly emily donna michelle dorothy carol
amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy shirley angela
helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine
carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina
lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann
teresa kathryn sara janice jean alice madison doris abigail julia judy grace denise amber
marilyn beverly danielle theresa sophia marie diana brittany natalie isabella charlotte rose
alexis kamala hillary condoleezza antony lloyd marco vladimir sergei sergey dmitry emmanuel
narendra fumio shinzo yoon moon kim jong anwar joko prabowo ferdinand hun manet sonexay
jinping keqiang qiang ursula olaf rishi keir boris theresa justin
trump biden obama clinton bush putin macron modi kishida pompeo blinken hegseth rubio kerry
""".split())

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


@lru_cache(maxsize=8192)
def _zipf(word: str) -> float:
    """English word frequency (Zipf scale, 0 to 8). Without wordfreq every word counts as
    common, so only given names, Vietnamese-looking names and titled names are checked."""
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - wordfreq is a declared dependency
        return 5.0
    return zipf_frequency(word, "en")


def _is_common(word: str) -> bool:
    """A frequent English word ("Comprehensive", "Harvard"): not by itself a name to check."""
    w = word.lower()
    return w in _NOT_NAMES or w in MONTHS or w in _WEEKDAYS or w in _TITLE_WORDS or _zipf(w) >= 3.0


def _sentence_initial(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?:;\n"


def _places(text: str, taken: Claimed) -> list[Fact]:
    """Gazetteer names in the brief (longest form first, case-sensitive)."""
    forms = sorted(((form, e) for e in ENTRIES for form in e.english), key=lambda x: -len(x[0]))
    facts: list[Fact] = []
    for form, entry in forms:
        for m in re.finditer(rf"(?<![\w$]){re.escape(form)}(?![\w$])(?!['’-](?!s\b)\w)(?:['’]s)?", text):
            if taken.free(m.start(), m.end()) and not _inside_vietnamese_name(text, form, m):
                taken.take(m.start(), m.end())
                facts.append(Fact(entry.kind, m.group(0), m.start(), m.end(), key=entry.name,
                                  gazetteer=True))
    return facts


def _inside_vietnamese_name(text: str, form: str, m: re.Match) -> bool:
    """"Thai" in "Thai Binh" or "Le Thai To", "Lao" in "Lao Cai": a syllable of a Vietnamese
    name, not Thailand or Laos."""
    if " " in form or not vietnamese_shaped(form):
        return False
    nxt = re.match(r"[ \t]+([A-Z][^\W\d_]*)", text[m.end():])
    prev = re.search(r"([A-Z][^\W\d_]*)[ \t]+$", text[:m.start()])
    return bool(nxt and vietnamese_shaped(nxt.group(1)) and not _is_common(nxt.group(1))
                or prev and vietnamese_shaped(prev.group(1)) and not _is_common(prev.group(1))
                and not _sentence_initial(text, prev.start(1)))


def _name_runs(text: str, taken: Claimed) -> list[list[re.Match]]:
    """Runs of capitalised words joined by spaces or hyphens, split at gazetteer names."""
    runs: list[list[re.Match]] = [[]]
    for w in _WORD.finditer(text):
        word = w.group(0)
        capital = word[0].isupper() and not (len(word) > 1 and word.isupper())
        joined = runs[-1] and re.fullmatch(r"[ \t]*[-‐–]?[ \t]*", text[runs[-1][-1].end():w.start()])
        if not joined and runs[-1]:
            runs.append([])
        if capital and taken.free(w.start(), w.end()):
            runs[-1].append(w)
        elif runs[-1]:
            runs.append([])
    return [r for r in runs if r]


def _name_tokens(text: str, run: list[re.Match]) -> list[bool]:
    """Which words of a capitalised run are (part of) a person's or a place's name."""
    words = [re.sub(r"['’]s?$", "", w.group(0)) for w in run]
    flags = []
    for i, word in enumerate(words):
        low = word.lower()
        initial = i == 0 and _sentence_initial(text, run[0].start())
        if low in _PERSON_NAMES:
            flags.append(True)
        elif low in _NOT_NAMES or low in _TITLE_WORDS or low in MONTHS or low in _WEEKDAYS:
            flags.append(False)
        else:
            flags.append(not initial and not _is_common(word) or (initial and _zipf(low) < 2.5))
    # two or more Vietnamese-shaped syllables in a row are a Vietnamese name ("To Lam", "Bien Hoa")
    i = 0
    while i < len(words):
        j = i
        while j < len(words) and vietnamese_shaped(words[j]) and words[j].lower() not in _TITLE_WORDS:
            j += 1
        # ... unless every word is a very common English one ("Up To Ten" in a headline)
        if j - i >= 2 and any(_zipf(w.lower()) < 4.5 for w in words[i:j]):
            for k in range(i, j):
                flags[k] = True
        i = max(j, i + 1)
    # two or more capitalised words inside a sentence, none of them frequent in English, are a
    # name ("Michele Bachmann", "Ehud Ur"), not a title ("Defence Policy Dialogue")
    i = 0
    while i < len(words):
        j = i
        while j < len(words) and _zipf(words[j].lower()) < PAIR_RARE and not _is_title_or_common(words[j]) \
                and not (j == 0 and _sentence_initial(text, run[0].start())):
            j += 1
        if j - i >= 2:
            for k in range(i, j):
                flags[k] = True
        i = max(j, i + 1)
    return flags


PAIR_RARE = 3.5  # Zipf frequency under which two capitalised words in a row are a name


def _is_title_or_common(word: str) -> bool:
    low = word.lower()
    return low in _NOT_NAMES or low in _TITLE_WORDS or low in MONTHS or low in _WEEKDAYS \
        or bool(_DEMONYM.search(low))


_DEMONYM = re.compile(r"(?:ian|ians|ese|ean|eans|ish|ic|ism|ist|ists|ites?)$")


RARE_ALONE = 2.5  # Zipf frequency under which a lone capitalised word is a name


def _worth_checking_alone(text: str, run: list[re.Match], index: int) -> bool:
    """A lone name word is checked after a title ("Secretary Pompeo"), when it is a given name
    or known surname, when it looks like a Vietnamese syllable ("Chien") or when it is rare in
    English ("Hegseth", "Vietjet"); demonyms ("Nepalese") are not."""
    word = re.sub(r"['’]s?$", "", run[index].group(0))
    low = word.lower()
    if index > 0 and run[index - 1].group(0).lower().rstrip(".") in _TITLE_WORDS:
        return True
    if low in _PERSON_NAMES:
        return True
    if _DEMONYM.search(low):
        return False
    if vietnamese_shaped(word) or fold(word) != low:
        return True
    # a rare word ("Hegseth", "Vietjet") inside a sentence, but not the plural of a common one
    # ("Templars"); a rare word opening a sentence is as often a rare noun ("Ocelots hunt")
    return _zipf(low) < RARE_ALONE and not (low.endswith("s") and _zipf(low[:-1]) >= RARE_ALONE) \
        and not _sentence_initial(text, run[index].start())


def _names(text: str, taken: Claimed) -> list[Fact]:
    facts: list[Fact] = []
    for run in _name_runs(text, taken):
        flags = _name_tokens(text, run)
        if not any(flags):
            continue
        first = flags.index(True)
        last = len(flags) - 1 - flags[::-1].index(True)
        while first < last and _DEMONYM.search(run[first].group(0).lower()) \
                and run[first].group(0).lower() not in _PERSON_NAMES \
                and (first + 1 < last or _worth_checking_alone(text, run, last)):
            first += 1  # "Ecuadorean Galápagos": the place is "Galápagos"
        if first == last and not _worth_checking_alone(text, run, first):
            continue
        # keep the given name and title-free words between the first and last name words
        start, end = run[first].start(), run[last].end()
        span = re.sub(r"['’]s$", "", text[start:end])
        end = start + len(span)
        # "O'Flynn" is looked for as "o flynn": the article's words are split at apostrophes
        words = [" ".join(re.findall(r"[^\W\d_]+", fold(re.sub(r"['’]s?$", "", w.group(0)))))
                 for w in run[first:last + 1]]
        # forms to look for: the whole name, then without leading common words ("The Bien Hoa")
        keys = [" ".join(words)]
        if len(words) > 1 and _sentence_initial(text, start) and words[0] not in _PERSON_NAMES \
                and _zipf(words[0]) >= 5.0:
            keys.append(" ".join(words[1:]))
        fact = Fact("name", span, start, end, key=keys[0], aliases=tuple(keys))
        facts.append(fact)
    return facts


_TOKEN = re.compile(r"[^\s,;()\[\]\"“”‘’!?]+")


_NUMBER_SIGN = re.compile(r"(?:No\.|no\.|#)(\d+)")
_DURATION = re.compile(r"(?<![\d.,:])\d{1,2}(?::\d{2})+(?:[.,]\d+)?(?!\d)")


def _code_fact(token: str, start: int) -> Fact:
    chunks = re.findall(r"[^\W\d_]+|\d+", token)
    return Fact("code", token, start, start + len(token), key=" ".join(fold(c) for c in chunks))


def _durations(text: str, taken: Claimed) -> list[Fact]:
    """Race and lap times that are no clock times ("4:41.30", "1:09:02"): read as one code."""
    facts = []
    for m in _DURATION.finditer(text):
        if taken.free(m.start(), m.end()):
            taken.take(m.start(), m.end())
            facts.append(_code_fact(m.group(0), m.start()))
    return facts


def _codes(text: str, taken: Claimed) -> list[Fact]:
    """Digits no other pattern read, in a token of their own: "H5N1", "COVID-19", "802.11n",
    "M16", "4:41.30". The article must have the same letters and digits in the same order."""
    facts: list[Fact] = []
    for m in _TOKEN.finditer(text):
        token = m.group(0).strip(".:'-/")
        start = m.start() + m.group(0).index(token) if token else m.start()
        digits = [start + i for i, ch in enumerate(token) if ch.isdigit()]
        if not digits or not all(taken.free(i, i + 1) for i in digits):
            continue
        taken.take(start, start + len(token))
        label = _NUMBER_SIGN.fullmatch(token)
        if label:  # "No.1", "#3": a label number, as "số 1" is
            facts.append(Fact("number", token, start, start + len(token),
                              values=(float(label.group(1)),), counter="label"))
            continue
        facts.append(_code_fact(token, start))
    return facts


def extract_en(text: str) -> list[Fact]:
    """Every checkable fact in an English text."""
    taken = Claimed(len(text))
    facts = times_en(text, taken)
    facts += _durations(text, taken)
    facts += decades_en(text, taken)
    facts += _dates(text, taken)
    facts += _ordinals(text, taken)
    facts += _amounts(text, taken)
    facts += _word_numbers(text, taken)
    facts += _places(text, taken)
    facts += _names(text, taken)
    facts += _codes(text, taken)
    return sorted(facts, key=lambda f: f.start)
