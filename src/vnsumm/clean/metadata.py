"""Metadata lines of a scraped article: dates, sources and credits."""
from __future__ import annotations

import re
from datetime import date as _date
from functools import lru_cache

from vnsumm.clean.normalize import VI_UPPER

__all__ = ["parse_date_line", "strip_date_prefix", "parse_source_line", "strip_credit_prefix",
           "is_domain"]

_WEEKDAY = r"(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s*nhật|t[2-7]|cn)"
_DIGIT = re.compile(r"\d")
_DMY = re.compile(r"(?<!\d)(\d{1,2})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{4})(?!\d)")
_YMD = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_WORDY = re.compile(r"(?<!\d)(\d{1,2})\s+(?:tháng|thg)\s+(\d{1,2})\s*(?:năm|,)?\s*(\d{4})(?!\d)", re.I)
_TIME = re.compile(r"(?<!\d)([01]?\d|2[0-3])\s*[:hg]\s*([0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?!\d)"
                   r"(?:\s*(?:am|pm|sa|ch)\b)?", re.I)
_TZ = re.compile(r"\(?\s*(?:gmt|utc)\s*[+-]?\s*\d{0,2}(?::?\d{2})?\s*\)?|(?<=:\d\d)(?:z|[+-]\d{2}:?\d{2})\b", re.I)
_ISO_T = re.compile(r"(\d{4}-\d{2}-\d{2})T(?=\d)")
_RELATIVE = re.compile(r"^(?:\d{1,3}\s+(?:giây|phút|giờ|ngày|tuần|tháng|năm)\s+trước|hôm\s+(?:qua|nay|kia)"
                       r"|vừa\s+xong|\d{1,2}/\d{1,2}(?:\s+\d{1,2}:\d{2})?)$", re.I)
_ICON_RANGES = ((0x2300, 0x2400), (0x2600, 0x27c0), (0x1f300, 0x1fb00))  # clocks, calendars, other symbols and emoji
_ICON_START = frozenset(chr(c) for start, stop in _ICON_RANGES for c in range(start, stop))  # tested before _ICONS runs
_ICONS = re.compile("^[" + "".join(f"{chr(start)}-{chr(stop - 1)}" for start, stop in _ICON_RANGES) + r"\ufe0f\s]+")
_FILLER = re.compile(
    rf"\b(?:{_WEEKDAY}|ngày|lúc|giờ|cập\s*nhật|đăng|đăng\s*lúc|xuất\s*bản|thời\s*gian|date|pubdate|published|hôm\s+(?:qua|nay|kia)|"
    r"updated|posted|time)\b|[|,:;\-–—()/·•]|\bt(?=\d)", re.I)
_DATE_PREFIX = re.compile(
    r"^\s*(?P<label>date|ngày\s*đăng|cập\s*nhật|published|updated)?\s*:?\s*"
    r"(?P<date>\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?|\d{1,2}/\d{1,2}/\d{4}(?:\s*[|,\-–]?\s*\d{1,2}:\d{2})?)"
    r"\s*[|\-–—:]?\s+(?=\S)", re.I)

_SOURCE_LINE = re.compile(
    r"^(?:\*\s*)?(?:nguồn(?:\s*tin|\s*bài)?\s*:?|theo(?:\s*:)?|via(?=\s)|source\s*:"
    # "Minh Anh tổng hợp theo Nikkei Asia": the writer who put it together, then the outlets
    rf"|(?-i:[{VI_UPPER}][^\W\d_]*(?:\s+[{VI_UPPER}][^\W\d_]*){{0,3}})\s+tổng\s+hợp\s+(?:từ|theo)"
    # "Trích từ X", "Lược dịch từ X", "Tổng hợp từ X, Y", "Đăng lại với sự đồng ý của X", "* Bài viết có sử dụng
    # thông tin từ X", "Bài viết được tổng hợp từ X và các nguồn tin khác"
    r"|(?:bài\s+viết\s+)?(?:có\s+)?(?:sử\s+dụng\s+thông\s+tin|được\s+tổng\s+hợp)\s+(?:từ|theo)"
    # "Bài đăng trên ấn phẩm X số ra ngày thứ sáu", "Bài viết được đăng lần đầu trên X", "Bài viết dịch từ X"
    r"|bài\s+(?:viết\s+)?(?:được\s+)?đăng\s+(?:lần\s+đầu\s+)?trên(?:\s+ấn\s+phẩm)?"
    r"|(?:trích(?:\s+(?:từ|dẫn|nguồn))?|(?:bài\s+(?:viết\s+)?(?:được\s+)?)?(?:lược\s+)?dịch(?:\s+(?:từ|theo))?|tổng\s+hợp(?:\s+(?:từ|theo))?"
    r"|(?:bài\s+(?:viết\s+)?(?:được\s+)?)?đăng\s+lại(?:\s+(?:từ|với\s+sự\s+đồng\s+ý\s+của))?|biên\s+dịch(?:\s+từ)?"
    r"|ghi\s+theo|đăng\s+bởi)(?:\s*:)?\s)\s*(?P<src>[^;!?]{2,60}?)(?:\s+và\s+các\s+nguồn(?:\s+tin)?\s+khác|\s+số\s+ra\s+ngày\s+[^.;!?]{1,30})?\s*\.?$",
    re.I)
_DIGIT = re.compile(r"\d")
_CREDIT_ALONE = re.compile(r"^\((?P<src>[A-ZĐ][^()\n]{0,39})\)\s*[–—-]$")
_CREDIT_PREFIX = re.compile(r"^\((?P<src>[^()\n]{1,40})\)\s*[–—-]\s*(?=\S)")
_DOMAIN = re.compile(
    r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org|info|gov|edu|tv|news|asia)"
    r"(?:\.vn)?(?:/\S*)?$", re.I)


def _iso(day: int, month: int, year: int, time: tuple[int, int] | None) -> str | None:
    try:
        d = _date(year, month, day)
    except ValueError:
        return None
    if not 1900 <= year <= 2100:
        return None
    return d.isoformat() + (f"T{time[0]:02d}:{time[1]:02d}" if time else "")


def _find_date(text: str) -> tuple[str | None, str]:
    """The first date in ``text`` as ISO 8601 and the text with dates and times removed."""
    found = None
    for pattern, order in ((_YMD, "ymd"), (_DMY, "dmy"), (_WORDY, "dmy")):
        m = pattern.search(text)
        if m:
            a, b, c = (int(x) for x in m.groups())
            day, month, year = (c, b, a) if order == "ymd" else (a, b, c)
            found = (day, month, year)
            text = text[:m.start()] + " " + text[m.end():]
            break
    t = _TIME.search(text)
    time = (int(t.group(1)), int(t.group(2))) if t else None
    if t:
        text = text[:t.start()] + " " + text[t.end():]
    if not found:
        return (None, text) if not time else ("", text)
    return _iso(*found, time), text


@lru_cache(maxsize=8192)  # remembered by line: the cleaner's passes ask about the same lines again
def parse_date_line(line: str) -> str | None:
    """ISO date if ``line`` is only a date/time stamp ("Thứ Ba, ngày 12/09/2023 | 07:16"), else None.

    A bare time or relative stamp ("2 giờ trước") returns "" (a stamp, but no date).
    """
    if len(line) > 80:
        return None
    if line[:1] in _ICON_START:
        line = _ICONS.sub("", line)  # "⏱ 15:43", "📅 12/3/2019": the stamp behind its icon
    if _RELATIVE.match(line.strip()):
        return ""
    if not _DIGIT.search(line):  # every date and time pattern below needs a digit
        return None
    if "T" in line:
        line = _ISO_T.sub(r"\1 ", line)
    if ":" in line or "gmt" in line.lower() or "utc" in line.lower():  # what _TZ needs: tested first (cheaper)
        line = _TZ.sub(" ", line)
    iso, rest = _find_date(line)
    if iso is None:
        return None
    rest = _FILLER.sub(" ", rest)
    return iso if not rest.strip(" .") else None


def strip_date_prefix(line: str, labelled_only: bool = False) -> tuple[str | None, str]:
    """Split a date glued before the lead (" date 2025-11-02 Tổng Bí thư ...") into (iso, rest).

    With ``labelled_only`` a bare date ("08/05/2025 16:53 Sáng 8/5...") is left alone.
    """
    m = _DATE_PREFIX.match(line)
    rest = line[m.end():] if m else ""
    if not m or (labelled_only and not m.group("label")) or not re.match(r"[^\W\d_]|[\"'(]", rest) \
            or not re.search(r"\w", rest):
        return None, line
    iso = parse_date_line(m.group("date"))
    if not iso:
        return None, line
    return iso, line[m.end():]


def is_domain(line: str) -> bool:
    return bool(_DOMAIN.match(line.strip()))


@lru_cache(maxsize=8192)  # remembered by line, as parse_date_line
def parse_source_line(line: str) -> str | None:
    """The source named by a credit line ("Nguồn: Qdnd.vn", "Theo VOV.VN", "hanoimoi.vn"), else None."""
    line = line.strip()
    if is_domain(line):
        return line
    alone = _CREDIT_ALONE.match(line)
    if alone:
        return alone.group("src").strip()
    bracketed = re.match(r"^[(\[]\s*(.*?)\s*[)\]]\.?$", line)
    m = _SOURCE_LINE.match(bracketed.group(1) if bracketed else line)
    if not m:
        return None
    src = m.group("src").strip(" .:")
    words = src.split()
    if not words or len(words) > 8:
        return None
    if is_domain(src):
        return src  # "Nguồn: 24h.com.vn": a domain is a source, digits and all (as it is alone on its line)
    # "Theo kế hoạch" is a sentence start, "Theo TTXVN" / "Theo báo Thanh Niên" a credit.
    if not (words[0][0].isupper() or words[0].lower() in {"báo", "tạp", "trang", "đài", "cổng", "tạp chí"}
            or is_domain(words[0])):
        return None
    if _DIGIT.search(src) or not all(part.strip()[:1].isupper() for part in src.split(",")[1:]):
        return None  # "Theo Kyodo, Tuổi Trẻ" names outlets; "Theo Bộ Y tế, năm 2019 …" is the story
    return src


def strip_credit_prefix(paragraph: str) -> tuple[str | None, str]:
    """Split an agency prefix off a paragraph: "(HG) – Chiều ..." -> ("HG", "Chiều ...")."""
    m = _CREDIT_PREFIX.match(paragraph)
    if not m or not re.search(r"\w", paragraph[m.end():]):
        return None, paragraph
    src = m.group("src").strip()
    if not (src[0].isupper() or is_domain(src)) or len(src.split()) > 4:
        return None, paragraph
    return src, paragraph[m.end():]
