"""Errors planted by the bench for the guard's newer fact kinds, and faithful sentences made from
an article to plant them in.

Each ``plant_*`` returns ``(wrong_text, start, end)`` (the changed span) or None:
- ``clock12``: a clock time moved by twelve hours and written in the other form ("07:16" ->
  "7:16 pm", "8:30 p.m." -> "8:30 am", "19:16" -> "7:16 am");
- ``number_word``: a number (digits or words) rewritten as another spelled-out number, capitalised
  at a sentence's start ("8 sets" -> "nine sets", "Five" -> "Seven");
- ``exonym``: a gazetteer place swapped for another of its sort (city for city, country for
  country) that the article does not name ("Hanoi" -> "Da Nang", "in Beijing" -> "in Tokyo");
- ``title``: a person's office swapped for another ("General Secretary" -> "President",
  "Deputy Minister" -> "Deputy Prime Minister");
- ``ministry``: a ministry swapped for another ("Department of Defense" -> "Department of State");
- ``level``: a relationship level changed ("Comprehensive Strategic Partnership" ->
  "Strategic Partnership").

``synthetic_sentences`` writes faithful English sentences from what the article itself says: an
office directly before a person's name ("Thứ trưởng Bộ Quốc phòng Hoàng Xuân Chiến" -> "Deputy
Minister of Defence Hoang Xuan Chien attended."), a ministry, a relationship level, a clock time
the article gives on one half of the day. They are faithful by construction of the title table,
so they measure attribution and the planted errors' recall, not the table's own coverage.
"""
from __future__ import annotations

import random
import re

from vnsumm.check.clock import times_vi
from vnsumm.check.facts import Fact
from vnsumm.check.facts_en import extract_en
from vnsumm.check.gazetteer import CITY_FORMS, ENTRIES, find_alias
from vnsumm.check.text import fold
from vnsumm.check.titles import OFFICES

__all__ = ["NEW_PLANTS", "plant_clock", "plant_number_word", "plant_exonym", "plant_office",
           "synthetic_sentences", "spell"]

NEW_PLANTS = ("clock12", "number_word", "exonym", "title", "ministry", "level")
Planted = tuple[str, int, int]

_ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def spell(value: float) -> str | None:
    """English words for 2-99, a dozen, and 2-99 million/billion; None for anything else."""
    for scale, word in ((1e9, "billion"), (1e6, "million")):
        if value >= scale and value % scale == 0 and value / scale < 100:
            small = spell(value / scale) if value / scale != 1 else "one"
            return f"{small} {word}" if small else None
    if not float(value).is_integer() or not 2 <= value <= 99:
        return None
    n = int(value)
    return _ONES[n] if n < 20 else _TENS[n // 10] + (f"-{_ONES[n % 10]}" if n % 10 else "")


def _replace(text: str, start: int, end: int, new: str) -> Planted:
    return text[:start] + new + text[end:], start, start + len(new)


def _clock(minutes: float) -> str:
    hour, minute = divmod(int(minutes) % (24 * 60), 60)
    half = "am" if hour < 12 else "pm"
    h12 = hour % 12 or 12
    return f"{h12}:{minute:02d} {half}" if minute else f"{h12} {half}"


def plant_clock(english: str, rng: random.Random) -> Planted | None:
    """A clock time of one reading moved by twelve hours, written on the 12-hour clock."""
    times = [f for f in extract_en(english) if f.kind == "time" and len(f.values) == 1 and not f.hedged]
    if not times:
        return None
    fact = rng.choice(times)
    return _replace(english, fact.start, fact.end, _clock(fact.values[0] + 12 * 60))


def _sentence_start(text: str, start: int) -> bool:
    return not text[:start].strip() or bool(re.search(r"[.!?:]\s+$|\n\s*$", text[:start]))


def plant_number_word(english: str, rng: random.Random) -> Planted | None:
    """A number of 2-99 (or a whole number of millions) written as another, in words."""
    numbers = [f for f in extract_en(english) if f.kind == "number" and f.counter not in ("label", "age")
               and len(f.values) == 1 and spell(f.values[0]) and not f.hedged
               and not re.match(r"[\w'’]", english[f.end:f.end + 1])  # "5GHz", "ten's": no word
               and not re.search(r"[\w:-]$", english[:f.start])]  # "6-7", "3:3"
    if not numbers:
        return None
    fact = rng.choice(numbers)
    value = fact.values[0]
    scale = 1e9 if value >= 1e9 else 1e6 if value >= 1e6 else 1.0
    small = int(value / scale)
    options = [v for v in range(max(2, small - 3), small + 4) if v != small and v != 12]
    word = spell(rng.choice(options) * scale)
    if _sentence_start(english, fact.start):
        word = word[0].upper() + word[1:]
    return _replace(english, fact.start, fact.end, word)


_VN_CITIES = ("Hanoi", "Ho Chi Minh City", "Da Nang", "Hai Phong", "Hue", "Can Tho", "Nha Trang",
              "Vung Tau", "Ha Long", "Phu Quoc", "Dien Bien Phu")
_CITIES = {e.name: e for e in ENTRIES if e.name in _VN_CITIES or e.name in CITY_FORMS
           or e.name in ("Shanghai", "New York", "Havana", "Jerusalem", "Guangzhou", "Shenzhen", "Wuhan")}
_COUNTRIES = {e.name: e for e in ENTRIES if e.kind == "place" and e.name not in _CITIES
              and any(f in CITY_FORMS for f in e.english)}


def _names_entry(entry, text: str) -> bool:  # noqa: ANN001 - gazetteer Entry
    return any(find_alias(a, text) for a in entry.vietnamese + entry.english)


def plant_exonym(english: str, article: str, rng: random.Random) -> Planted | None:
    """A city or country the brief names swapped for another of its sort the article lacks."""
    places = [f for f in extract_en(english) if f.gazetteer and f.kind == "place"
              and (f.key in _CITIES or f.key in _COUNTRIES) and f.text in _CITIES.get(f.key, _COUNTRIES.get(f.key)).english]
    if not places:
        return None
    fact = rng.choice(places)
    pool = _CITIES if fact.key in _CITIES else _COUNTRIES
    others = [e for name, e in sorted(pool.items()) if name != fact.key and not _names_entry(e, article)]
    if not others:
        return None
    return _replace(english, fact.start, fact.end, rng.choice(others).english[0])


_TITLE_SWAPS = {
    "General Secretary": ("President", "Prime Minister"),
    "President": ("General Secretary", "Prime Minister", "Vice President"),
    "Prime Minister": ("President", "Deputy Prime Minister"),
    "Deputy Prime Minister": ("Prime Minister", "Deputy Minister"),
    "Chairman of the National Assembly": ("President", "Prime Minister"),
    "Vice President": ("President", "Deputy Prime Minister"),
    "Deputy Minister": ("Deputy Prime Minister", "Minister"),
    "Minister": ("Deputy Minister", "Prime Minister"),
}
_LEVEL_SWAPS = {
    "Comprehensive Strategic Partnership": ("Strategic Partnership", "Comprehensive Partnership"),
    "Strategic Partnership": ("Comprehensive Strategic Partnership", "Comprehensive Partnership"),
    "Comprehensive Partnership": ("Strategic Partnership", "Comprehensive Strategic Partnership"),
    "Extensive Strategic Partnership": ("Comprehensive Strategic Partnership", "Strategic Partnership"),
    "Comprehensive Strategic Cooperative Partnership": ("Strategic Partnership",),
}
_PORTFOLIOS = ("Defence", "Foreign Affairs", "Public Security", "Finance", "Industry and Trade",
               "Home Affairs", "Justice", "Health", "Education", "Agriculture")


def _swaps(fact: Fact) -> tuple[str, ...]:
    key = fact.key or ""
    if fact.kind == "relationship":
        return _LEVEL_SWAPS.get(key, ())
    m = re.fullmatch(r"(Deputy Minister|Minister|Ministry|Assistant Secretary) of (.+)", key)
    if m and fact.kind == "organisation":
        word = "Department" if fact.text.startswith(("Department", "State", "Pentagon")) else "Ministry"
        swap_to = [p for p in _PORTFOLIOS if p != m.group(2)]
        if word == "Department":  # the US swap: Department of Defense <-> Department of State
            return ("Department of State",) if m.group(2) == "Defence" else ("Department of Defense",)
        return tuple(f"{word} of {p}" for p in swap_to)
    if m:
        swapped = [f"{'Minister' if m.group(1) == 'Deputy Minister' else 'Deputy Minister'} of {m.group(2)}",
                   "Deputy Prime Minister"]
        return tuple(swapped) + tuple(f"{m.group(1)} of {p}" for p in _PORTFOLIOS if p != m.group(2))[:2]
    if key == "Minister of Foreign Affairs" or key == "Ministry of Foreign Affairs":
        return ("Department of Defense",) if fact.text.startswith(("Department", "State")) else ()
    return _TITLE_SWAPS.get(key, ())


_OFFICE_VI = {o.name: o.vietnamese for o in OFFICES}


def _holds(article: str, office: str, person: tuple[str, ...]) -> bool:
    """Does the article write ``office`` right before the person's name, alone or in a run of
    offices ("Tổng Bí thư, Chủ tịch nước Nguyễn Phú Trọng")? Then swapping to it is no error."""
    pattern = _OFFICE_VI.get(re.sub(r" of (?:Defen[cs]e|Foreign Affairs|Public Security)$", "", office)
                             if office not in _OFFICE_VI else office)
    if pattern is None or not person:
        return False
    folded = fold(article)
    return any(re.match(rf"(?:,[^.;\n]{{0,40}}?)?\s+{re.escape(person[0])}(?!\w)", folded[m.end():])
               for m in pattern.finditer(article))


def plant_office(english: str, kind: str, rng: random.Random, article: str = "") -> Planted | None:
    """An office (kind ``title``), ministry (``organisation``) or level (``relationship``) of the
    brief swapped for another (never for an office the article gives that person)."""
    facts = [f for f in extract_en(english) if f.kind == kind and _swaps(f)
             and (kind != "title" or f.aliases)]
    if not facts:
        return None
    fact = rng.choice(facts)
    options = [o for o in _swaps(fact) if not (kind == "title" and _holds(article, o, fact.aliases))]
    if not options:
        return None
    new = rng.choice(options)
    if kind == "relationship" and fact.text[0].islower():
        new = new.lower()
    if fact.text.endswith("s") and not new.endswith("s") and kind == "relationship":
        new = re.sub(r"partnership$", "partners", new, flags=re.IGNORECASE)
    return _replace(english, fact.start, fact.end, new)


# ------------------------------------------------------------------ faithful sentences

_VI_NAME = r"(?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*)(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*){1,3}"
_ROUND = (r"(?!\s+(?:Chính phủ|Quốc hội|Bộ|Ủy ban|UBND|HĐND|Đảng|Trung ương|Thường trực|Việt Nam|Ngân hàng|"
          r"Hội đồng|Mặt trận|Tập đoàn|Công ty|Tổng|Thành ủy|Tỉnh ủy|Quân ủy|Nhà nước)\b)")


def _office_at(article: str, kinds: tuple[str, ...]) -> list[tuple[re.Match, str]]:
    """Article offices (longest first at each place) with their English name."""
    taken: list[tuple[int, int]] = []
    found = []
    for office in OFFICES:
        if office.kind not in kinds:
            continue
        for m in office.vietnamese.finditer(article):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append(m.span())
            found.append((m, office.name))
    return sorted(found, key=lambda x: x[0].start())


def synthetic_sentences(article: str, limit: int = 2) -> dict[str, list[str]]:
    """Faithful English sentences by kind (title, ministry, level, clock12) from ``article``."""
    out: dict[str, list[str]] = {"title": [], "ministry": [], "level": [], "clock12": []}
    for m, name in _office_at(article, ("title",)):
        person = re.match(rf"{_ROUND}\s+({_VI_NAME})(?![\wÀ-ỹ])", article[m.end():])
        if person and len(out["title"]) < limit:
            words = person.group(1).split()
            if all(w[0].isupper() for w in words) and not any(w in ("Việt", "Nam", "Hà", "Nội") for w in words[:1]):
                out["title"].append(f"{name} {' '.join(fold(w).title() for w in words)} attended the meeting.")
    for m, name in _office_at(article, ("organisation",)):
        if len(out["ministry"]) < limit and not re.search(r"(?:trưởng|lý)\s*$", article[max(0, m.start() - 8):m.start()],
                                                          re.IGNORECASE):
            out["ministry"].append(f"The {name} was represented.")
    for m, name in _office_at(article, ("relationship",)):
        if len(out["level"]) < limit:
            out["level"].append(f"The two sides have a {name}.")
    for fact in times_vi(article):
        if len(fact.values) == 1 and len(out["clock12"]) < limit:
            out["clock12"].append(f"It happened at {_clock(fact.values[0])}.")
    return out
