"""Bylines and credits: who wrote or supplied a story, kept out of its body, judged by shape.

A byline is a short line of names: "Minh Châu", "NGUYỄN HÀ - TRẦN AN", "Hoàng Lan (TTXVN)", "Thu Hà/AFP",
an agency code alone ("TTXVN", "Reuters"). A credit names where the text or its photos came from:
"Theo VnExpress", "Nguồn: Tuổi Trẻ", a short line ending in an outlet's name ("Dịch từ Dân trí"),
"Ảnh: …". Both are taken where a page puts them, by position: between the title and the lead, and
in the run of short lines right after the story's last line (captions, stamps and share rows may
sit among them); a line of names right under a photo caption is the photo's credit.
"""
from __future__ import annotations

import re
from functools import lru_cache

from vnsumm.clean.lines import SECTIONS, Kind, Line, given_photo
from vnsumm.clean.metadata import parse_source_line
from vnsumm.clean.normalize import VI_LOWER, VI_UPPER

__all__ = ["is_byline", "is_credit", "labelled_names", "names_source", "photo_credit", "SIGNED_PHOTO", "take_credits",
           "writer_affiliation"]

_MAX_BYLINE_WORDS = 10
_DIGIT = re.compile(r"\d")
_PAREN_TAIL = re.compile(r"\s*\(([^()]{1,40})\)$")
_JOINERS = re.compile(r"\s+[-–—/&]\s+|\s*[/–—]\s*|[,;]\s+|\s+và\s+")
_NAME_WORD = re.compile(rf"^[{VI_UPPER}][{VI_UPPER}{VI_LOWER}.'’]*(?:-[{VI_UPPER}][{VI_UPPER}{VI_LOWER}.]*)*\+?$")
# "Vietnam+" is an outlet, "VOV-ĐBSCL" an agency's bureau
_CODE = re.compile(rf"^[{VI_UPPER}][{VI_UPPER}{VI_LOWER}]{{1,11}}$")  # "TTXVN", "AFP", "Reuters"
_INITIALED = re.compile(rf"^(?:[{VI_UPPER}]\.){{1,3}}[{VI_UPPER}][{VI_UPPER}{VI_LOWER}]*$")  # "B.TÂM", "L.Đạt", "H.M"
_INITIALS = re.compile(rf"^(?:[{VI_UPPER}]\.){{2,3}}$")  # "G.H.": a writer's initials alone
_LOWER_WORD = re.compile(rf"^[{VI_LOWER}]+$")
_SENTENCE_END = re.compile(r"[.!?;…][\"')\]]*$")
_LABEL = re.compile(rf"^[\W_]*(?:[{VI_UPPER}{VI_LOWER}][{VI_LOWER}]*(?:\s+[{VI_LOWER}]+){{0,3}}|[{VI_UPPER}]{{2,5}})\s*:\s*"
                    r"(?P<rest>.+)$")  # "author: X" in a feed dump
# "Ảnh: X", "Biên dịch: X", "BTV: X": a role label and a name


def _names(text: str) -> bool:
    """``text`` is names only: parts joined by " - ", "/", ",", "và", each 1-5 capitalised words."""
    parts = [p for p in _JOINERS.split(text.strip()) if p]
    return bool(parts) and all(1 <= len(p.split()) <= 5 and all(_NAME_WORD.match(w) for w in p.split())
                               for p in parts)


# a writer's institution: "Đại học Quốc gia TP.HCM", "Viện Hàn lâm KHXH Việt Nam"
_ORGANISATION = re.compile(r"^(?:Đại học|Trường|Học viện|Viện|Bệnh viện|Trung tâm|Hội|Sở|Bộ|Cục|Tổng cục|Ủy ban|Uỷ ban|"
                           r"UBND|ĐH|Khoa|Công ty|Tập đoàn|Ngân hàng|Quỹ|Tổ chức)\b[^()]{0,50}$")
# a writer's trade or workplace on its own line under the byline ("Viện Nghiên cứu …", "Giảng viên Học viện …",
# "Bác sĩ chuyên khoa II, Bệnh viện …", "Cựu cán bộ ngành tư pháp")
_AFFILIATION = re.compile(r"^(?:Giảng viên|Giáo viên|Chuyên gia|Bác sĩ|Tiến sĩ|Thạc sĩ|Kỹ sư|Kiến trúc sư|Luật sư|Giáo sư"
                          r"|Phó giáo sư|Nhà báo|Nhà nghiên cứu|Nghiên cứu viên|Cộng tác viên|Phóng viên|Biên tập viên|Cựu"
                          r"|Nguyên)\b[^!?:;\"]{0,80}(?<![.!?])$")
# the writer's unit in an organisation, after the names: "Phan Minh An — Phòng Pháp chế", "Như Tâm - Ban Thời sự"
_UNIT = r"(?:Phòng|Ban|Văn phòng|Khoa|Tổ|Bộ phận|Trung tâm|Nhóm|Trạm|Chi cục|Viện|Hội|Đài)"
# a writer's role, outlet, city or part after the names: "Nguyễn Minh Nga – Phóng viên Tiền Phong", "Thu Hải, phóng
# viên ban Kinh tế", "Kim Khoa, từ Houston", "Xuân Dũng thực hiện", "Minh Hà sưu tầm"; or before them: "Ghi chép của Xuân Giang"
_ROLE_TAIL = re.compile(r"\s+[-–—·]\s+(?:Phóng viên|Nhà báo|Cộng tác viên|Biên tập viên|PV|CTV|BTV)"
                        rf"(?:(?:\s+(?:thường trú|tại|ở)){{1,2}}(?:\s+[{VI_UPPER}][\w.]*){{1,5}}|(?:\s+[{VI_UPPER}][\w.]*){{0,5}})$"
                        r"|,\s+(?:[Pp]hóng viên|[Nn]hà báo|[Cc]ộng tác viên|[Bb]iên tập viên)(?:\s+[\w.]+){0,5}$"
                        rf"|,?\s+từ(?:\s+[{VI_UPPER}][\w.]*){{1,4}}$"
                        r"|\s+(?:thực hiện|sưu tầm|tổng hợp|biên soạn|biên dịch|lược dịch|chuyển ngữ|giới thiệu)$"
                        # an opinion writer's trade or place: "X - Bác sĩ, nhà hoạt động cộng đồng", "Y - Đoàn Luật sư TP.HCM"
                        r"|\s+[-–—]\s+(?:Bác sĩ|Kỹ sư|Luật sư|Tiến sĩ|Thạc sĩ|Giáo sư|Phó giáo sư|Giảng viên|Chuyên gia|Nhà nghiên cứu"
                        r"|Nhà hoạt động|Nhà văn|Nhà thơ|Đoàn Luật sư)\b[^!?:;\"]{0,60}(?<!\.)$"
                        rf"|\s+[-–—]\s+{_UNIT}(?:\s+[{VI_UPPER}][\w.]*){{1,3}}(?:\s+[{VI_LOWER}]+)?$"  # "Phòng Pháp chế"
                        # a unit whose name no headline's verb shares, in lower case: "Tổ truyền thông", "Trạm khuyến nông"
                        rf"|\s+[-–—]\s+(?:Tổ(?!\s+chức\b)|Trạm|Chi cục|Viện)(?:\s+[\w.]+){{1,3}}$")
_ROLE_HEAD = re.compile(r"^(?:(?:ghi chép|bài viết|bài|tường thuật|phóng sự|bút ký)\s+của\s+(?=\S)"
                        # a title or a reporter's role before the names: "Luật sư X", "TS. X", "PV X"
                        rf"|(?-i:(?:Luật sư|LS\.?|TS\.?|ThS\.?|PGS\.?\s?TS\.?|GS\.?\s?TS\.?|GS\.?|BS\.?|KS\.?|PV|Phóng viên)\s+(?=[{VI_UPPER}]))"
                        # a rank, a trade or degrees, commas between: "Đại tá, ThS LÊ CÔNG THÀNH", "Nhà báo X", "Kỹ sư X"
                        rf"|(?-i:(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tá|tướng|úy|uý)|Nhà báo|Kỹ sư|Kiến trúc sư)"
                        rf"(?:,?\s+(?:PGS|GS|TS|ThS|KTS|KS|BS)\.?)*(?:,\s*|\s+)(?=[{VI_UPPER}]))"
                        r"|(?:Phòng|Ban|Văn phòng)\s[^-–—]{2,30}\s[-–—]\s+(?=\S))", re.I)  # "Phòng Truyền thông - Gia Vy"
_DESK = re.compile(r"^(?:Nhóm\s+)?(?:PV|CTV|BTV|PTV)(?:\s+\S+){0,3}$|^Nhóm\s+phóng\s+viên(?:\s+\S+){0,3}$")  # "Nhóm PV Kinh tế"


_PENS = ("\u270d", "\u270f", "\U0001f58a", "\U0001f58b", "\U0001f4dd")  # ✍ ✏ 🖊 🖋 📝


_HONORIFICS = frozenset("ông bà anh chị cô chú bác cụ em thầy ngài hlv".split())
_NAMES_STOPPED = re.compile(rf"^[{VI_UPPER}][^\s.]*(?:\s+[{VI_UPPER}][^\s.]*){{1,3}}\.$")


def writer_affiliation(text: str) -> bool:
    """A line naming a writer's trade or workplace, no sentence: what an opinion page puts under the byline."""
    return bool(_AFFILIATION.match(text) or _ORGANISATION.match(text))


@lru_cache(maxsize=8192)  # remembered by text: the cleaner asks about the same lines again
def is_byline(text: str) -> bool:
    """A short line of names, with or without an agency or "(tổng hợp)" in parentheses, or a desk ("✍️ Thu Hà":
    a writer's pen before the names)."""
    if text.startswith(_PENS):
        text = text.lstrip("".join(_PENS) + "\ufe0f ")
    if len(text) > 4 and text[0] in "-–" and text[-1] in "-–":
        text = text.strip("-– ")  # "- Vũ Phong -"
    if (_DESK.match(text.strip()) and not _SENTENCE_END.search(text)) or _INITIALS.match(text):
        return True
    signed = _SIGNED.match(text)
    if signed:  # "Khánh Lan | Người Quan Sát", "Hoàng Thuỳ · 12:40 20/03/2014": a writer, then the outlet or the time
        names, rest = signed["names"], signed["rest"]
        stamped = _STAMP.match(rest) is not None and not names.isupper()  # "ZING NEWS • 29-10-2018": a running foot
        outlet = len(rest.split()) <= _MAX_OUTLET_WORDS and rest[0].isupper() and not _SENTENCE_END.search(rest)
        return 2 <= len(names.split()) <= _MAX_NAME_WORDS and _names(names) and not parse_source_line(names) and (
            stamped or outlet) and not (SECTIONS.search(text) or _MENU_WORDS.search(text))
        # "Theo Thanh Hiếu | Kenh14" names a source; "Kinh Tế | Xã Hội", "Đăng Nhập | Đăng Ký" are a menu
    if _NAMES_STOPPED.match(text) and text.split()[0].lower() not in _HONORIFICS:  # "Trọng Giáp.": a writer's name
        text = text[:-1]  # closed with a full stop ("Ông Donald Trump." is a portrait's caption)
    untailed = _ROLE_TAIL.sub("", text)
    words = untailed.split()  # the names count, not the role after them
    if not words or len(words) > _MAX_BYLINE_WORDS or _DIGIT.search(text) or _SENTENCE_END.search(text):
        return False
    core = _ROLE_HEAD.sub("", untailed)
    tail = _PAREN_TAIL.search(core)
    if tail:
        core = core[:tail.start()]
        inside = tail.group(1).strip()
        if not (_names(inside) or parse_source_line(inside)
                or all(_LOWER_WORD.match(w) or w == "/" for w in inside.lower().replace("/", " / ").split())
                or (core.isupper() and _ORGANISATION.match(inside))):
            return False  # "(TTXVN)", "(Theo Dân trí)", "(tổng hợp)", "(lược dịch)", "PHẠM QUYÊN (Đại học Quốc gia TP.HCM)"
    if tail and inside.lower() in _COMPILED and _DESK_UNIT.match(core.strip()):
        return True  # "Ban Thông tin Hội (tổng hợp)": a desk that compiled the story
    if not core.strip():  # "(Bloomberg)": an agency alone in parentheses
        return bool(tail) and (bool(_CODE.match(inside)) or _names(inside))
    if len(core.split()) == 1:  # one word: an agency code, initials and a name, nothing lower-case
        return bool(_CODE.match(core.strip()) or _INITIALED.match(core.strip()))
    return _names(core)


_COMPILED = frozenset({"tổng hợp", "t/h", "th", "lược dịch", "biên dịch", "tổng hợp, biên dịch"})
_DESK_UNIT = re.compile(rf"^{_UNIT}(?:\s+\S+){{1,4}}$")  # "Ban Biên tập", "Phòng Truyền thông", "Nhóm Phóng viên"


_OUTLET_WORDS = r"(?:Báo|Đài|Tạp chí|Truyền hình|Cổng|Trang|Kênh|Thông tấn xã|Tuần báo|Nhật báo)"
# one writer and, after one bar or dot, the outlet, a role or the time: "Như Tâm | VietPulse", "Xuân Hoa • Sân Nhà 360"
_SIGNED = re.compile(r"^(?P<names>[^|•·]+?)\s+[|•·]\s+(?P<rest>[^|•·]+)$")
# the time it was signed, with its clock ("Hà Nội · 15/04/2024" is a dateline)
_STAMP = re.compile(r"^\d{1,2}[:h]\d{2}(?:\s*,?\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})?$|^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s*,?\s*\d{1,2}[:h]\d{2}$")
_MENU_WORDS = re.compile(r"(?<!\w)(?:đăng nhập|đăng ký|đăng xuất|tìm kiếm|quảng cáo|rss)(?!\w)", re.I)
_MAX_NAME_WORDS, _MAX_OUTLET_WORDS = 4, 6
_NAME_AND_OUTLET = re.compile(rf"^(?P<names>[^-–/]+?)\s*[-–/]\s*{_OUTLET_WORDS}\s+[{VI_UPPER}]")


def names_source(line: Line) -> bool:
    """A source line: "Theo X", "Nguồn: X", "* Theo Báo Tiền Phong"."""
    return line.kind is Kind.SOURCE or bool(parse_source_line(line.text.strip(" *•-–")))


def is_credit(line: Line) -> bool:
    """A credit naming where the story (or its photos) came from: "Theo X", "Nguồn: X", "(Theo X)", a
    label and a name ("Ảnh: X"), or a short line of a few lower-case words ending in a capitalised name."""
    return names_source(line) or _credit_text(line.text.strip(" *•-–"))


# a photo's credit signed with a mark or a dash: "© EPA", "📷 Reuters", "Ảnh - AFP"
SIGNED_PHOTO = re.compile(rf"^(?:[©📷]\s*|(?:ảnh|photo|hình)\s+[-–]\s+)"
                           rf"(?-i:[{VI_UPPER}][^\s.!?]*(?:\s+[{VI_UPPER}][^\s.!?]*){{0,3}})$", re.I)  # names only
# a photo credited to an archive, a screen or a clip, not a name: "📷 Tư liệu", "Ảnh: Chụp màn hình", "Ảnh: Cắt từ clip"
UNSIGNED_PHOTO = re.compile(r"^(?:[©📷]\s*|(?:ảnh|hình|photo|nguồn\s+ảnh)\s*[:\-–]\s*)(?:ảnh\s+)?"
                            r"(?:tư\s+liệu(?:\s+gia\s+đình)?|(?:chụp|cắt)\s+(?:từ\s+)?(?:màn\s+hình|video|clip))$", re.I)
_PHOTO_WORD = re.compile(r"^[©📷]|^(?:ảnh|photo|hình|nguồn\s+ảnh|nguồn\s+hình\s+ảnh)\b", re.I)


def photo_credit(line: Line) -> bool:
    """A photo's credit line: "Ảnh: AP", "(Ảnh: Reuters)", "© EPA", "📷 Reuters", "Ảnh - AFP", "📷 Tư liệu"."""
    text = line.text.strip(" *•-–")
    return bool(_PHOTO_WORD.match(text.lstrip("("))) and (_credit_text(text) or bool(UNSIGNED_PHOTO.match(text.strip("()")))
                                                          or given_photo(text, line.words))


@lru_cache(maxsize=8192)  # remembered by text: the cleaner asks about the same lines again
def _credit_text(text: str) -> bool:
    """What ``is_credit`` asks of a line that names no source: a writer and an outlet, a label and a name,
    a photo's signed credit, or a few lower-case words ending in a capitalised name (``text`` stripped of list
    marks; a photo's credit may sit in parentheses)."""
    if text.startswith("(") and text.endswith(")") and _PHOTO_WORD.match(text[1:]):
        text = text[1:-1].strip()  # "(Ảnh: Reuters)"
    if not _credit_sized(text):
        return False
    if SIGNED_PHOTO.match(text):
        return True
    words = text.split()
    outlet = _NAME_AND_OUTLET.match(text)
    if outlet and _names(outlet.group("names")):  # "Kim Liên - Đài Tiếng nói Việt Nam": a writer and the outlet
        return True
    label = _LABEL.match(text)
    if label:
        return _labelled_rest(label.group("rest"))
    if not _NAME_WORD.match(words[0]):
        return False
    lower = 1
    while lower < len(words) and _LOWER_WORD.match(words[lower]):
        lower += 1
    return 1 <= lower - 1 <= 5 and lower < len(words) and _names(" ".join(words[lower:]))


def labelled_names(text: str) -> bool:
    """A role label and who filled it: "Ảnh: Minh An", "Người dẫn: Thu Hà và Lê Linh", "Biên tập: X (tổng hợp)"."""
    label = _LABEL.match(text) if _credit_sized(text) else None
    return label is not None and _labelled_rest(label.group("rest"))


def _credit_sized(text: str) -> bool:
    """What every credit line is: 2-10 words, no sentence end, no digit."""
    return 2 <= len(text.split()) <= 10 and not _SENTENCE_END.search(text) and not _DIGIT.search(text)


def _labelled_rest(rest: str) -> bool:
    """What follows a role label in a credit: names, a byline or a source."""
    return _names(rest) or is_byline(rest) or bool(parse_source_line(rest))


def _end_run_kind(line: Line) -> str | None:
    """What a line after the story's end is: "byline", "credit", "skip" (caption, stamp, share row), or None."""
    if photo_credit(line):  # "© EPA", "📷 Tư liệu": a photo's source
        return "credit"
    if line.kind is Kind.SHARE:  # "Chia sẻ Facebook" names no outlet the story came from
        return "skip"
    if names_source(line):
        return "credit"
    if is_byline(line.text):  # names, or a trade and names ("Nhà báo X", shaped as a credit too)
        return "byline"
    if is_credit(line):
        return "credit"
    if line.kind in (Kind.CAPTION, Kind.DATE):
        return "skip"
    return None


def take_credits(body: list[Line], kept: list[Line], top: list[Line]) -> tuple[list[Line], str | None, list[str]]:
    """The kept story lines without bylines and credits, the byline, and the credits, from a page's ``body``
    (``kept``: its story lines; ``top``: the short lines taken off above the story with the title)."""
    kept_ids = {id(ln) for ln in kept}
    bylines: list[str] = []
    credits: list[str] = []
    for ln in top:
        if _end_run_kind(ln) == "byline":
            bylines.append(ln.text)
    # the story's end: its last kept line that is neither a byline nor a credit
    end = next((i for i in range(len(body) - 1, -1, -1) if id(body[i]) in kept_ids
                and _end_run_kind(body[i]) not in ("byline", "credit")), -1)
    first_story = next((i for i, ln in enumerate(body) if id(ln) in kept_ids and ln.kind is Kind.SENTENCE), len(body))
    taken: set[int] = set()
    for i in range(first_story):  # between the title and the lead
        kind = _end_run_kind(body[i])
        if kind in ("byline", "credit") and (kind == "byline" or body[i].kind is not Kind.CAPTION):
            (bylines if kind == "byline" else credits).append(body[i].text)
            taken.add(id(body[i]))
    for ln in body[end + 1:]:
        kind = _end_run_kind(ln)
        if kind is None:
            break
        if kind == "byline":
            bylines.append(ln.text)
        elif kind == "credit":
            credits.append(ln.text)
        taken.add(id(ln))
    for i in range(1, end + 1):  # a line of names under a caption, or a photo's credit inside the story: its credit
        if id(body[i]) not in kept_ids and (
                (body[i - 1].kind is Kind.CAPTION and is_byline(body[i].text)) or photo_credit(body[i])):
            credits.append(body[i].text)
        elif first_story < i < end and (body[i].kind is Kind.SOURCE or (
                body[i].kind is Kind.HEADLINE and is_byline(body[i].text))):  # names or "Theo X" alone inside the story
            (credits if body[i].kind is Kind.SOURCE else bylines).append(body[i].text)
            taken.add(id(body[i]))
    story = [ln for ln in kept if id(ln) not in taken]
    byline = "; ".join(dict.fromkeys(bylines)) or None
    return story, byline, list(dict.fromkeys(credits))
