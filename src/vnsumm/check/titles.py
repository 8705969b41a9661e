"""Offices, ministries and relationship levels as facts: "Deputy Minister", "Department of State",
"Comprehensive Strategic Partnership".

A table pairs each English form with the Vietnamese forms that say it ("Thứ trưởng" is a Deputy
Minister, "Phó Thủ tướng" a Deputy Prime Minister, "Bộ Ngoại giao" the Ministry of Foreign Affairs
or the US Department of State, "Đối tác Chiến lược Toàn diện" a Comprehensive Strategic
Partnership, which a plain "Strategic Partnership" is not). ``titles_en`` reads them from an
English brief, longest form first; an office followed by a name ("President Joe Biden",
"Defence Minister Gen. Phan Van Giang") or after one ("Hoang Xuan Chien, Deputy Minister of
Defence") belongs to that person. ``title_span`` finds the article's support: for a person's
office, a Vietnamese form in the run of titles written just before or just after that person's
name ("Tổng Bí thư, Chủ tịch nước Nguyễn Phú Trọng"; "Hoàng Xuân Chiến, ..., Thứ trưởng Bộ Quốc
phòng"), so "President Nguyen Phu Trong" is unsupported where the article makes him Tổng Bí thư
and someone else Chủ tịch nước; for an office without a name, a body or a level, the form
anywhere in the article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from vnsumm.check.facts import Fact
from vnsumm.check.gazetteer import ENTRIES
from vnsumm.check.gazetteer import VI_PATTERN as _PLACES_VI
from vnsumm.check.text import VI_TITLE_SYLLABLES, Claimed, fold

__all__ = ["OFFICES", "Office", "TITLE_KINDS", "title_span", "titles_en"]

TITLE_KINDS = ("title", "organisation", "relationship")


@dataclass(frozen=True)
class Office:
    """One row of the table: canonical English name, kind, English and Vietnamese patterns."""

    name: str
    kind: str  # title, organisation or relationship
    english: re.Pattern
    vietnamese: re.Pattern


# portfolios: English pattern, Vietnamese pattern (after "Bộ", "Bộ trưởng", "Thứ trưởng")
_PORTFOLIOS: tuple[tuple[str, str, str], ...] = (
    ("Defence", r"(?:National\s+)?Defen[cs]e", r"quốc phòng"),
    ("Foreign Affairs", r"Foreign\s+Affairs|Foreign", r"ngoại giao"),
    ("Public Security", r"Public\s+Security", r"công an"),
    ("War", r"War", r"chiến tranh"),
    ("Finance", r"Finance|the\s+Treasury|Treasury", r"tài chính"),
    ("Industry and Trade", r"Industry\s+and\s+Trade|Trade|Commerce", r"công thương|thương mại"),
    ("Home Affairs", r"Home\s+Affairs|Interior", r"nội vụ"),
    ("Justice", r"Justice", r"tư pháp"),
    ("Health", r"Health", r"y tế"),
    ("Education", r"Education(?:\s+and\s+Training)?", r"giáo dục"),
    ("Agriculture", r"Agriculture(?:\s+and\s+(?:Rural\s+Development|Environment))?", r"nông nghiệp"),
    ("Planning and Investment", r"Planning\s+and\s+Investment", r"kế hoạch và đầu tư"),
    ("Transport", r"Transport(?:ation)?", r"giao thông"),
    ("Construction", r"Construction", r"xây dựng"),
    ("Information and Communications", r"Information\s+and\s+Communications?", r"thông tin và truyền thông"),
    ("Natural Resources and Environment", r"Natural\s+Resources\s+and\s+Environment|Environment",
     r"tài nguyên và môi trường|môi trường"),
    ("Labour", r"Labou?r(?:,\s+Invalids\s+and\s+Social\s+Affairs)?", r"lao động"),
    ("Culture", r"Culture(?:,\s+Sports\s+and\s+Tourism)?", r"văn hóa|văn hoá"),
    ("Science and Technology", r"Science\s+and\s+Technology", r"khoa học và công nghệ"),
)
_VI_OF = r"(?:\s+bộ)?\s+"  # "Bộ trưởng Bộ Quốc phòng" or "Bộ trưởng Quốc phòng"


def _office(name: str, kind: str, english: str, vietnamese: str, case: bool = False) -> Office:
    flags = 0 if case else re.IGNORECASE
    return Office(name, kind, re.compile(rf"(?<![\w-])(?:{english})(?![\w-])", flags),
                  re.compile(rf"(?<!\w)(?:{vietnamese})(?!\w)", re.IGNORECASE))


def _portfolio_rows() -> list[Office]:
    rows = []
    for name, en, vi in _PORTFOLIOS:
        deputy = r"(?:Deputy|Vice|Under)[- ]"
        rows += [
            _office(f"Assistant Secretary of {name}", "title",
                    rf"Assistant\s+Secretary\s+of\s+(?:the\s+)?(?:{en})",
                    rf"trợ lý bộ trưởng{_VI_OF}(?:{vi})"),
            _office(f"Deputy Minister of {name}", "title",
                    rf"{deputy}(?:Minister|Secretary)\s+(?:of|for)\s+(?:the\s+)?(?:{en})|"
                    rf"{deputy}(?:{en})\s+(?:Minister|Secretary)s?",
                    rf"thứ trưởng{_VI_OF}(?:{vi})"),
            _office(f"Minister of {name}", "title",
                    rf"(?:Minister|Secretary)\s+(?:of|for)\s+(?:the\s+)?(?:{en})|(?:{en})\s+(?:Minister|Secretary)s?",
                    rf"bộ trưởng{_VI_OF}(?:{vi})" + (r"|ngoại trưởng" if name == "Foreign Affairs" else "")),
            _office(f"Ministry of {name}", "organisation",
                    rf"(?:Ministry|Department)\s+of\s+(?:the\s+)?(?:{en})|(?:{en})\s+(?:Ministry|Department)",
                    rf"bộ\s+(?:{vi})"),
        ]
    return rows


OFFICES: tuple[Office, ...] = (
    # the US Secretary of State is the Foreign Minister; his department the Foreign Ministry
    _office("Deputy Minister of Foreign Affairs", "title",
            r"(?:Deputy|Under)\s+Secretary\s+of\s+State", r"thứ trưởng(?:\s+bộ)?\s+ngoại giao"),
    _office("Minister of Foreign Affairs", "title", r"Secretary\s+of\s+State",
            r"bộ trưởng(?:\s+bộ)?\s+ngoại giao|ngoại trưởng"),
    _office("Ministry of Foreign Affairs", "organisation", r"(?:Department\s+of\s+State|State\s+Department)",
            r"bộ\s+ngoại giao"),
    _office("Ministry of Defence", "organisation", r"Pentagon", r"lầu năm góc|bộ\s+quốc phòng\s+(?:mỹ|hoa kỳ)"),
    *_portfolio_rows(),
    _office("Deputy Prime Minister", "title", r"(?:Deputy|Vice)[- ](?:Prime\s+Minister|Premier)|Deputy\s+PM",
            r"phó thủ tướng"),
    _office("Prime Minister", "title", r"(?<!Deputy )(?<!Vice )(?<!Vice-)(?:Prime\s+Minister|Premier)",
            r"(?<!phó )thủ tướng"),
    _office("Vice Chairman of the National Assembly", "title",
            r"(?:Vice|Deputy)[- ]Chair(?:man|woman|person)?\s+of\s+(?:the\s+)?(?:Vietnamese\s+)?National\s+Assembly|"
            r"(?:National\s+Assembly|NA)\s+(?:Vice|Deputy)[- ]Chair(?:man|woman|person)?",
            r"phó chủ tịch quốc hội"),
    _office("Chairman of the National Assembly", "title",
            r"Chair(?:man|woman|person)?\s+of\s+(?:the\s+)?(?:Vietnamese\s+)?National\s+Assembly|"
            r"(?:National\s+Assembly|NA)\s+(?:Chair(?:man|woman|person)?|Speaker)|"
            r"Speaker\s+of\s+(?:the\s+)?(?:Vietnamese\s+)?National\s+Assembly",
            r"(?<!phó )chủ tịch quốc hội"),
    _office("General Secretary", "title",
            r"(?:Party\s+)?General\s+Secretary|"
            r"Secretary[- ]General\s+of\s+the\s+(?:Communist\s+)?Party(?:\s+of\s+Vietnam)?",
            r"tổng bí thư|TBT"),
    _office("Secretary-General", "title", r"Secretary[- ]General", r"tổng thư ký"),
    _office("Vice President", "title", r"Vice[- ]President|Vice[- ]State\s+President",
            r"phó chủ tịch(?:\s+nước)?|phó tổng thống"),
    # "Chủ tịch" is a president (of the state, of a party, of a bank) unless it chairs the
    # National Assembly or a People's Committee or Council, a chairman then
    _office("President", "title", r"State\s+President|President|head\s+of\s+state",
            r"(?<!phó )chủ tịch nước|(?<!phó )tổng thống|(?<!phó )chủ tịch(?!\s+(?:quốc hội|ủy ban|ủy ban|ubnd|hđnd|"
            r"hội đồng nhân dân|ủy ban nhân dân|mặt trận|ubmttq|thường trực|hội đồng quản trị|hđqt)(?!\w))",
            case=True),
    _office("Vice Chairman", "title", r"(?:Vice|Deputy)[- ]Chair(?:man|woman|person)?", r"phó chủ tịch", case=True),
    _office("Chairman", "title", r"Chair(?:man|woman|person)", r"(?<!phó )chủ tịch", case=True),
    _office("Ambassador", "title", r"Ambassador", r"đại sứ", case=True),
    _office("Deputy Minister", "title", r"(?:Deputy|Vice)[- ]Minister", r"thứ trưởng", case=True),
    _office("Minister", "title", r"Minister", r"bộ trưởng|ngoại trưởng", case=True),
    # levels of a relationship: each names one level, never a lower or a higher one
    _office("Comprehensive Strategic Cooperative Partnership", "relationship",
            r"comprehensive\s+strategic\s+cooperative\s+partner(?:ship)?s?",
            r"đối tác hợp tác chiến lược toàn diện"),
    _office("Comprehensive Strategic Partnership", "relationship",
            r"comprehensive\s+strategic\s+partner(?:ship)?s?", r"đối tác chiến lược toàn diện"),
    _office("Extensive Strategic Partnership", "relationship",
            r"extensive\s+strategic\s+partner(?:ship)?s?", r"đối tác chiến lược sâu rộng"),
    _office("Strategic Partnership", "relationship", r"(?<!comprehensive )(?<!extensive )(?<!enhanced )"
            r"strategic\s+partner(?:ship)?s?", r"(?<!hợp tác )đối tác chiến lược(?!\s+(?:toàn diện|sâu rộng))"),
    _office("Comprehensive Partnership", "relationship",
            r"comprehensive\s+partner(?:ship)?s?", r"đối tác toàn diện"),
)
_BY_NAME = {o.name: o for o in OFFICES}

# a person's name after an office: ranks and countries may stand between ("President of
# Vietnam Luong Cuong", "Minister of Defence General Phan Van Giang", "US President Joe Biden")
_RANKS = (r"(?:(?:Senior\s+)?(?:Lieutenant\s+|Major\s+|Colonel\s+)?General|Gen\.|Colonel|Col\.|Admiral|Adm\.|"
          r"Dr\.?|Mr\.?|Ms\.?|Mrs\.?|Madam|Professor|Prof\.)")
_NAME = r"[A-Z][\w'’.-]*[\w](?:\s+[A-Z][\w'’-]*[\w]){0,3}"
_AFTER = re.compile(rf"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){{1,3}}?)?,?(?:\s*{_RANKS})?\s+(?P<name>{_NAME})")
_BEFORE = re.compile(rf"(?P<name>{_NAME}),\s+(?:the\s+|a\s+)?(?:(?:[A-Z][\w.]*|[A-Z]\.[A-Z]\.)'?s?\s+)?$")
_NOT_NAME = {"The", "In", "On", "At", "And", "Of", "A", "An", "He", "She", "It", "His", "Her", "They", "This",
             "That", "Party", "State", "National", "Assembly", "Ministry", "Department", "Vietnam", "Vietnamese",
             "US", "U.S.", "United", "American", "Chinese", "China", "Russia", "Russian", "Japan", "Japanese",
             "Deputy", "Vice", "President", "Minister", "Prime", "General", "Secretary", "Chairman", "Defence",
             "Defense", "Foreign", "Comprehensive", "Strategic", "Partnership", "Politburo", "Central",
             "Committee", "Government", "Communist", "Mr", "Ms", "Mrs", "Dr", "Gen", "Senior", "Lieutenant",
             "Acting", "Assistant", "Under", "Public", "Security", "Home", "Affairs", "Trade", "Finance",
             "Tuesday", "Monday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}


def _person(text: str, office_start: int, office_end: int) -> tuple[str, ...]:
    """Folded candidate names of the person an office belongs to, longest first."""
    run = None
    after = _AFTER.match(text, office_end)
    if after and not re.search(r"[.!?;:\n]", re.sub(_RANKS, "", text[office_end:after.start("name")])):
        run = after.group("name")
    else:
        before = _BEFORE.search(text[max(0, office_start - 60):office_start])
        if before:
            run = before.group("name")
    if not run:
        return ()
    words = [w for w in re.sub(r"['’]s$", "", run).split()]
    while words and words[0].rstrip(".") in _NOT_NAME:
        words = words[1:]
    cut = next((i for i, w in enumerate(words) if w.rstrip(".") in _NOT_NAME), len(words))
    words = words[:cut]
    if not words:
        return ()
    return tuple(" ".join(re.findall(r"[^\W\d_]+", fold(" ".join(words[i:])))) for i in range(len(words)))


# a ministry's country: "US Department of State", "Vietnam's Ministry of Defence", "the
# Ministry of Defence of Vietnam"
_COUNTRY_FORMS = {form: e.name for e in ENTRIES if e.kind == "place" for form in e.english
                  if e.name in ("Vietnam", "United States", "China", "Japan", "Russia", "South Korea",
                                "United Kingdom", "France", "Germany", "Australia", "India", "Laos",
                                "Cambodia", "Thailand")}
_COUNTRY_ALT = "|".join(re.escape(f) for f in sorted(_COUNTRY_FORMS, key=len, reverse=True))
_COUNTRY_BEFORE = re.compile(rf"(?<![\w.])(?P<c>{_COUNTRY_ALT})(?:['’]s)?\s+(?:own\s+)?$")
_COUNTRY_AFTER = re.compile(rf"\s+of\s+(?:the\s+)?(?P<c>{_COUNTRY_ALT})(?![\w])")
_COUNTRY_VI = {e.name: re.compile(r"\s+(?:" + "|".join(re.escape(v) for v in e.vietnamese if len(v) > 2)
                                  + r")(?!\w)", re.IGNORECASE)
               for e in ENTRIES if e.name in set(_COUNTRY_FORMS.values())}


def _country(text: str, start: int, end: int) -> str | None:
    m = _COUNTRY_BEFORE.search(text[max(0, start - 30):start]) or _COUNTRY_AFTER.match(text, end)
    return _COUNTRY_FORMS[m.group("c")] if m else None


# the level ties were raised to, not one they had before: "upgraded ties to a Comprehensive
# Strategic Partnership" is the level after "nâng tầm quan hệ ... lên"
_UPGRADE_EN = re.compile(r"\b(?:upgrad|elevat|rais|lift)\w*\b[^.;]*\b(?:to|into)\s+(?:an?\s+|the\s+|their\s+)?"
                         r"(?:new\s+)?$", re.IGNORECASE)
_UPGRADE_VI = re.compile(r"(?:nâng\s+(?:tầm|cấp)|nâng)[^.;\n]{0,60}?(?:lên|thành)\s+(?:quan hệ\s+)?(?:mức\s+)?$",
                         re.IGNORECASE)


def titles_en(text: str, taken: Claimed) -> list[Fact]:
    """Offices, bodies and relationship levels of an English text; an office's person (folded
    candidate names) in ``aliases``."""
    facts: list[Fact] = []
    for office in OFFICES:
        for m in office.english.finditer(text):
            if taken.claim(m.start(), m.end()):
                person = _person(text, m.start(), m.end()) if office.kind == "title" else ()
                country = _country(text, m.start(), m.end()) if office.kind == "organisation" else None
                upgrade = office.kind == "relationship" and _UPGRADE_EN.search(text[max(0, m.start() - 80):m.start()])
                facts.append(Fact(office.kind, m.group(0), m.start(), m.end(), key=office.name,
                                  aliases=person, country=country, counter="upgrade" if upgrade else None))
    facts.sort(key=lambda f: f.start)
    # "General Secretary and President Nguyen Phu Trong": both offices are his
    for i in range(len(facts) - 2, -1, -1):
        a, b = facts[i], facts[i + 1]
        if a.kind == b.kind == "title" and not a.aliases and b.aliases \
                and re.fullmatch(r"\s*(?:,|and|&|,\s*and)\s*", text[a.end:b.start]):
            a.aliases = b.aliases
    return facts


# between an office and its person's name: titles, bodies, commas; never a clause or another
# person ("Tổng thống Joe Biden và Tổng Bí thư Nguyễn Phú Trọng")
_BREAK = re.compile(r"[.;:!?\n]|(?<!\w)(?:và|với|cùng|tiếp|gặp|hội đàm|điện đàm|đã|khi|nói|cho biết|"
                    r"đón|thăm|mời|chúc mừng|trao|gửi|là)(?!\w)", re.IGNORECASE)


# people whose Vietnamese name is a translation ("Xi Jinping" = "Tập Cận Bình"), folded
_PEOPLE_VI = {" ".join(re.findall(r"[^\W\d_]+", fold(en))): tuple(fold(v) for v in e.vietnamese)
              for e in ENTRIES if e.kind == "name" for en in e.english}


def _name_spans(names: tuple[str, ...], folded: str) -> list[tuple[int, int]]:
    for name in names:
        pattern = r"(?<![^\W\d_])" + r"\s+".join(re.escape(w) for w in name.split()) + r"(?![^\W\d_])"
        spans = [(m.start(), m.end()) for m in re.finditer(pattern, folded)]
        if spans:
            return spans
    return []


# title syllables that may also be names ("Chiến", "Văn", "Chính"): no name between an office
# and its holder, so read as title words here only
# (with their diacritics: "Tô" is a name, "tổ" a title word)
_GAP_WORDS = set((VI_TITLE_SYLLABLES + " quyền trợ lý thường trực chiến tranh công tài chính thư ký tham mưu "
                  "chánh văn đại sứ lãnh sự đô đốc thế giới hợp quốc liên chấp hành bí").split())


def _other_person(gap: str) -> bool:
    """Does ``gap`` name someone: two capitalised syllables in a row that are no title word and
    no place ("Tổng Bí thư Tô Lâm, Tổng thống Donald Trump"; not "Bộ trưởng Quốc phòng Hoa Kỳ")?"""
    gap = _PLACES_VI.sub(" ", gap)
    run = 0
    for word in re.findall(r"[^\W\d_]+", gap):
        run = run + 1 if word[0].isupper() and word.lower() not in _GAP_WORDS else 0
        if run >= 2:
            return True
    return False


def _attached(text: str, office: re.Match, person: tuple[int, int]) -> bool:
    if office.end() <= person[0]:  # "Tổng Bí thư, Chủ tịch nước Nguyễn Phú Trọng"
        gap = text[office.end():person[0]]
        return len(gap) <= 80 and not _BREAK.search(gap) and not _other_person(gap)
    if office.start() >= person[1]:  # "Hoàng Xuân Chiến, Ủy viên ..., Thứ trưởng Bộ Quốc phòng"
        gap = text[person[1]:office.start()]
        # "Tổng Bí thư Tô Lâm, Chủ tịch nước Lương Cường": an office before a name is that name's
        tail = re.match(r"(?:[ \t]+[^\W\d_][^\s,.;:()]*(?<=\w))*", text[office.end():office.end() + 60]).group(0)
        tail = tail[:next((m.start() for m in re.finditer(r"\s(?=[^\W\d_])", tail)
                           if not tail[m.end()].isupper()), len(tail))]  # up to a lower-case word
        return len(gap) <= 120 and bool(re.match(r"\s*[,(]", gap)) and not _BREAK.search(gap) \
            and not _other_person(gap) and not _other_person(tail)
    return False


def _of_country(text: str, m: re.Match, country: str | None) -> bool:
    """Is the ministry at ``m`` the one of ``country``? Vietnam's own ministries go unnamed
    ("Bộ Quốc phòng"); another country's are named after them ("Bộ Quốc phòng Hoa Kỳ")."""
    if country is None:
        return True
    named = [c for c, pattern in _COUNTRY_VI.items() if pattern.match(text, m.end())]
    return country in named or country == "Vietnam" and not named


def title_span(fact: Fact, text: str) -> tuple[int, int] | None:
    """Where the article gives ``fact`` (an office, a body or a level; an office to its person
    when the article names that person; a ministry of the country the brief names; a level ties
    were "upgraded to" (``counter`` "upgrade") after "nâng tầm ... lên"), or None."""
    office = _BY_NAME[fact.key]
    found = [m for m in office.vietnamese.finditer(text) if _of_country(text, m, fact.country)
             and (fact.counter != "upgrade" or _UPGRADE_VI.search(text[max(0, m.start() - 100):m.start()]))]
    if not found:
        return None
    names = fact.aliases + tuple(v for a in fact.aliases for v in _PEOPLE_VI.get(a, ()))
    people = _name_spans(names, fold(text)) if names else []
    if not people:
        return found[0].span()
    for m in found:
        if any(_attached(text, m, p) for p in people):
            return m.span()
    return None
