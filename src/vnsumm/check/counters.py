"""What a number counts: "4 bị can" and "4 defendants" count people, "4 lần" counts times.

A brief number is not supported by an article number of the same value when both count
known, different things ("9 people" is not supported by "9 xe", nor "District 2" by "2
người"). Unknown nouns never veto a match: the lists only need the common cases.
A number after a label word ("quận 1", "Điều 285", "Article 285") is a label, not a count.
"""
from __future__ import annotations

import re

__all__ = ["counter_vi", "counter_en", "compatible", "GLUED_UNIT"]

_VI_NOUNS: dict[str, tuple[str, ...]] = {
    "person": ("người", "bị can", "bị cáo", "đối tượng", "nạn nhân", "cán bộ", "chiến sĩ", "học sinh",
               "sinh viên", "công nhân", "trẻ", "cháu", "thành viên", "đại biểu", "phụ nữ", "bác sĩ",
               "y bác sĩ", "thanh niên", "nghi phạm", "nghi can", "kẻ", "công dân", "lao động", "du khách",
               "khách", "thí sinh", "vận động viên", "cầu thủ", "binh sĩ", "quân nhân", "liệt sĩ",
               "nhân viên", "giáo viên", "bệnh nhân", "ngư dân", "nông dân", "đàn em", "đồng phạm",
               "tù nhân", "phạm nhân", "hành khách", "cư dân", "chuyên gia", "em", "bé", "ông", "bà",
               "doanh nghiệp", "đảng viên", "tướng", "sĩ quan", "cựu chiến binh", "lãnh đạo",
               "viên chức", "công chức", "người dân", "bộ đội", "quân nhân mỹ"),
    "year": ("năm",),
    "age": ("tuổi",),
    "case": ("vụ", "vụ việc", "vụ án", "ca", "ca mắc", "trường hợp", "vụ trộm", "vụ cháy", "vụ tai nạn"),
    "thing": ("quả", "khẩu", "bánh", "thùng", "tấm", "kiện", "gói", "túi", "tờ", "bao"),
    "month": ("tháng",),
    "day": ("ngày", "hôm", "ngày đêm"),
    "hour": ("giờ", "tiếng", "h"),
    "minute": ("phút",),
    "times": ("lần", "lượt"),
    "vehicle": ("xe", "ô tô", "xe máy", "tàu", "máy bay", "phương tiện", "chiếc xe", "tàu cá",
                "xe tải", "xe khách"),
    "household": ("hộ", "hộ gia đình", "gia đình"),
    "house": ("căn nhà", "ngôi nhà", "nhà", "căn hộ"),
    "country": ("nước", "quốc gia", "nền kinh tế"),
    "province": ("tỉnh", "tỉnh thành", "thành phố", "địa phương", "huyện", "xã"),
    "km": ("km", "ki-lô-mét", "cây số"),
    "kg": ("kg", "ki-lô-gam", "cân"),
    "tonne": ("tấn",),
    "hectare": ("ha", "héc-ta", "hecta"),
    "metre": ("m", "mét"),
    "degree": ("độ", "°c", "°"),
}
_EN_NOUNS: dict[str, tuple[str, ...]] = {
    "person": ("people", "persons", "person", "men", "women", "man", "woman", "victims", "victim",
               "defendants", "defendant", "suspects", "suspect", "officers", "officials", "students",
               "workers", "children", "kids", "members", "delegates", "soldiers", "troops", "doctors",
               "patients", "residents", "citizens", "tourists", "visitors", "accomplices", "henchmen",
               "ringleaders", "accused", "teenagers", "girls", "boys", "players", "athletes",
               "servicemen", "employees", "staff", "teachers", "volunteers", "candidates",
               "passengers", "fishermen", "farmers", "individuals", "adults", "cadres", "policemen",
               "police", "inmates", "prisoners", "experts", "labourers", "laborers", "infants",
               "babies", "pupils", "others", "companies", "firms", "businesses", "enterprises",
               "party members", "generals", "veterans", "leaders", "martyrs", "daughters", "sons"),
    "year": ("years", "year"),
    "age": ("year-old", "years old", "years-old"),
    "case": ("cases", "case", "incidents", "crimes", "thefts", "robberies", "accidents", "fires",
             "infections", "offences", "offenses", "burglaries", "murders"),
    "month": ("months", "month"),
    "day": ("days", "day"),
    "hour": ("hours", "hour", "am", "pm", "a.m.", "p.m.", "o'clock"),
    "minute": ("minutes", "minute", "mins"),
    "times": ("times",),
    "vehicle": ("vehicles", "vehicle", "cars", "car", "trucks", "buses", "motorbikes", "motorcycles",
                "ships", "vessels", "boats", "planes", "aircraft", "jets", "fishing boats"),
    "household": ("households", "household", "families"),
    "house": ("homes", "houses", "apartments", "flats", "home", "house"),
    "country": ("countries", "nations", "economies"),
    "province": ("provinces", "cities", "localities", "districts", "communes", "municipalities"),
    "km": ("km", "kilometres", "kilometers", "kilometre", "kilometer"),
    "kg": ("kg", "kilograms", "kilogrammes", "kilos"),
    "tonne": ("tonnes", "tons", "tonne", "ton", "t"),
    "hectare": ("hectares", "ha", "hectare"),
    "metre": ("m", "metres", "meters", "metre", "meter"),
    "degree": ("degrees", "°c", "°"),
}
_EN_SKIP = {"other", "more", "new", "additional", "further", "young", "foreign", "local", "of", "the",
            "whole", "full", "consecutive", "straight", "separate", "different", "injured", "dead",
            "missing", "wounded", "armed", "suspected", "alleged", "more than", "elderly", "female",
            "male", "vietnamese", "american", "chinese"}

_VI_LABELS = ("xóm", "thôn", "ấp", "tổ", "khu phố", "phường", "quận", "khoản", "điều", "lô", "phòng",
              "tầng", "quốc lộ", "tỉnh lộ", "chương", "mục", "nghị quyết", "nghị định", "quyết định",
              "thông tư", "lớp", "đội", "nhóm", "cổng", "bến", "block", "tòa", "toà", "khu", "kênh",
              "hẻm", "ngõ", "ngách", "kiệt", "số nhà", "đường số")
_EN_LABELS = ("district", "ward", "article", "clause", "no.", "no", "number", "room", "floor",
              "hamlet", "zone", "lot", "road", "street", "route", "highway", "group", "team", "unit",
              "block", "building", "resolution", "decree", "decision", "circular", "law", "grade",
              "class", "gate", "pier", "quarter", "chapter", "section", "point", "paragraph", "lane",
              "alley", "village", "item", "version", "phase", "stage", "level", "category", "type")


def _phrase_alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_VI_NOUN_RE = re.compile(
    r"\s*(" + _phrase_alternation({w for ws in _VI_NOUNS.values() for w in ws}) + r")(?![^\W\d_])",
    re.IGNORECASE)
_VI_CLASS = {w: c for c, ws in _VI_NOUNS.items() for w in ws}
_EN_CLASS = {w: c for c, ws in _EN_NOUNS.items() for w in ws}
_VI_LABEL_RE = re.compile(r"(?<![^\W\d_])(?:" + _phrase_alternation(_VI_LABELS) + r")\s*$", re.IGNORECASE)
_EN_LABEL_RE = re.compile(r"(?<![^\W\d_])(?:" + _phrase_alternation(_EN_LABELS) + r")\s*$", re.IGNORECASE)
_EN_AGE_BEFORE = re.compile(r"(?:\baged?\s+|[A-Z][\w'’]+,\s*)$")


_VI_RANGE = re.compile(r"\s*(?:đến|tới|-|–)\s*\d+(?:[.,]\d+)?", re.IGNORECASE)


def counter_vi(text: str, start: int, end: int) -> str | None:
    """What the Vietnamese number at ``text[start:end]`` counts, "label", or None."""
    if _VI_LABEL_RE.search(text[max(0, start - 15):start]):
        return "label"
    rng = _VI_RANGE.match(text, end)  # "từ 3 đến 10 năm tù": both count years
    m = _VI_NOUN_RE.match(text, rng.end() if rng else end)
    return _VI_CLASS.get(m.group(1).lower()) if m else None


def counter_en(text: str, start: int, end: int) -> str | None:
    """What the English number at ``text[start:end]`` counts, "label", "age", or None."""
    before = text[max(0, start - 15):start]
    if _EN_LABEL_RE.search(before):
        return "label"
    if _EN_AGE_BEFORE.search(text[max(0, start - 40):start]) and re.match(r"\s*[,)]", text[end:]):
        return "age"  # "Nguyen Dinh Phuc, 41," / "aged 41"
    rest = text[end:end + 60].lower()
    if re.match(r"-?\s*years?[- ]old", rest):
        return "age"
    words = [w if w in _EN_CLASS else w.rstrip(".")
             for w in re.findall(r"[a-z°][a-z'’°]*(?:\.[a-z]+)*\.?", rest)[:4]]
    for i, word in enumerate(words):
        pair = " ".join(words[i:i + 2])
        if pair in _EN_CLASS:
            return _EN_CLASS[pair]
        if word in _EN_CLASS:
            return _EN_CLASS[word]
        if word not in _EN_SKIP:
            return None
    return None


def compatible(brief_counter: str | None, source_counter: str | None) -> bool:
    """May a brief number counting ``brief_counter`` be the article number counting the other?"""
    if source_counter == "label":
        return brief_counter == "label"
    if brief_counter is None or source_counter is None or brief_counter == "label":
        return True
    if {brief_counter, source_counter} <= {"age", "year"}:
        return True  # "41 tuổi" / "41 years"
    return brief_counter == source_counter


# units written glued to a number ("62kg", "5h", "600Mbit/s", "2.4GHz"); case matters for the
# short ones: "5G" is a network, not grams, "4K" a screen
GLUED_UNIT = re.compile(
    r"(?:kg|km2|km²|km|cm|mm|m2|m²|m3|m³|m|ha|g|t|h|MW|kW|GW|kWh|MWh|GWh|Wh|W|kV|mg|ml|mL|cc|nm|ft|hp|HP|CV"
    r"|MB|GB|TB|KB|kB|Mb|Gb|Kb|Hz|tấn|lít"
    r"|(?i:mbit|gbit|kbit|mbps|gbps|kbps|ghz|mhz|khz|mah|mph|kph|kmh|inch|inches))(?![^\W\d_])")
