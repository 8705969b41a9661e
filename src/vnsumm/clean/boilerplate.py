"""Which lines of a scraped article are the story, and which are page furniture.

Each line gets a kind from its own shape (date stamp, credit, section marker, share row,
caption, headline-like, sentence); then context decides: a marker opens a block of related
headlines, a run of headline/stamp/teaser lines at the end is a related-articles block even
without a marker, and repeated lines are captions or link lists. A line that reads like a
body sentence is only dropped when its neighbours prove it is a teaser of a related block.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from enum import Enum

from vnsumm.clean.metadata import is_domain, parse_date_line, parse_source_line
from vnsumm.clean.normalize import VI_UPPER
from vnsumm.clean.sentences import split_sentences

__all__ = ["Kind", "Line", "classify", "find_boilerplate"]


class Kind(str, Enum):
    DATE = "date"            # a bare date/time stamp
    SOURCE = "source"        # "Nguồn: X", "Theo X", a bare domain
    SHARE = "share"          # "fb yt zl tw", "Chia sẻ", "In bài"
    MARKER = "marker"        # a section header: "Tin cùng chuyên mục", "Xem thêm"
    LINK = "link"            # an inline link: "Xem thêm: <headline>", ">> <headline>"
    NAV = "nav"              # breadcrumbs "Trang chủ > Thời sự"
    CAPTION = "caption"      # "... Ảnh: TTXVN", "Quang cảnh hội nghị."
    HEADLINE = "headline"    # short line without sentence-final punctuation
    QUESTION = "question"    # a short one-sentence line ending in "?" or "!" (a headline or the story)
    TEASER = "teaser"        # a line cut off with "..."
    SENTENCE = "sentence"    # anything that reads like prose


HARD = frozenset({Kind.DATE, Kind.SOURCE, Kind.SHARE, Kind.MARKER, Kind.LINK, Kind.NAV, Kind.CAPTION})

_MARKER_WORDS = (
    r"(?:tin|bài|bài viết|video|ảnh|clip|tin tức|câu chuyện|chủ đề)\s+(?:cùng\s+(?:chuyên\s+mục|chủ\s+đề|sự\s+kiện|"
    r"danh\s+mục|loại)|liên\s+quan|khác|mới(?:\s+nhất|\s+hơn)?|cũ(?:\s+hơn)?|đọc\s+nhiều(?:\s+nhất)?|"
    r"xem\s+nhiều(?:\s+nhất)?|nổi\s+bật|nóng|hot|tiêu\s+điểm|đáng\s+chú\s+ý|tiếp\s+theo|trước|sau|"
    r"được\s+quan\s+tâm|hay|đề\s+xuất|gợi\s+ý|phổ\s+biến|cùng\s+tác\s+giả|mới\s+cập\s+nhật|trong\s+ngày|"
    r"tổng\s+hợp|nên\s+đọc|bạn\s+có\s+thể\s+quan\s+tâm)"
    r"|(?:các|những)\s+(?:tin|bài(?:\s+viết)?)\s+(?:khác|liên\s+quan|mới|cùng\s+chuyên\s+mục|đã\s+đưa)"
    r"|cùng\s+chuyên\s+mục|chuyên\s+mục|có\s+thể\s+bạn\s+(?:quan\s+tâm|chưa\s+đọc|muốn\s+đọc|thích)"
    r"|bạn\s+có\s+thể\s+(?:quan\s+tâm|thích)|bạn\s+(?:nên\s+đọc|đọc\s+nhiều)|đừng\s+bỏ\s+lỡ|không\s+thể\s+bỏ\s+qua"
    r"|(?:xem|đọc)\s+(?:thêm|tiếp|nhiều|nhanh|nữa|chi\s+tiết)|nhiều\s+người\s+(?:đọc|xem)|được\s+quan\s+tâm(?:\s+nhất)?"
    r"|(?:viết|gửi|thêm|xem)\s+(?:bình\s+luận|ý\s+kiến|phản\s+hồi)(?:\s+(?:mới|của\s+bạn))?|bình\s+luận|ý\s+kiến\s+(?:bạn\s+đọc|của\s+bạn)"
    r"|phản\s+hồi|thông\s+tin\s+cần\s+biết|tags?|từ\s+khóa|thẻ|theo\s+dõi(?:\s+\S+){0,6}|quảng\s+cáo|tài\s+trợ|"
    r"liên\s+kết(?:\s+hữu\s+ích|\s+website)?|tiện\s+ích|đăng\s+ký(?:\s+nhận)?(?:\s+bản)?\s*tin|nhận\s+tin(?:\s+mới)?|"
    r"(?:về|lên|trở\s+về|trở\s+lại)\s+(?:đầu\s+trang|trang\s+chủ)|trang\s+chủ|in\s+bài(?:\s+viết)?|báo\s+lỗi|"
    r"tiêu\s+điểm|sự\s+kiện|mới\s+nhất|đọc\s+nhiều\s+nhất|xem\s+nhiều\s+nhất|nổi\s+bật|podcast|multimedia|emagazine|"
    r"infographics?|tin\s+24h|24h\s+qua|dòng\s+sự\s+kiện|sự\s+kiện\s+nóng|related(?:\s+\w+)?|read\s+more|see\s+also|"
    r"most\s+(?:read|viewed|popular)|more\s+(?:news|stories)|advertisement|sponsored"
)
_AD_LINE = re.compile(r"^[\W_]*(?:quảng\s+cáo|tài\s+trợ|advertisement|sponsored|ads?)[\W_]*$", re.I)
_WIDGET_LINE = re.compile(
    r"^(?:©|\(c\)\s*\d{4}|copyright\b|bản quyền (?:thuộc|©)|ghi rõ nguồn|.*all rights reserved"
    r"|(?:hotline|điện thoại|đt|tel|fax|e-?mail)\s*:\s*[\w@.+()\- ]{5,40}$"
    r"|(?:nghe|đọc|lắng nghe)\s+(?:bài\s+(?:viết|báo)|tin)(?:\s+này)?$|\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}$"
    r"|(?:trang|page)\s+(?:\d+\s*)+(?:tiếp|sau|next|»|>)?$|(?:tải|download)\s+(?:ứng\s+dụng|app)\b"
    r"|đăng\s+ký\s+(?:nhận\s+)?(?:bản\s+tin|tin)|cỡ\s+chữ\b|lưu\s+bài(?:\s+viết)?$|báo\s+lỗi$)", re.I)
_CREDIT_LINE = re.compile(
    r"^(?:thực\s+hiện|bài|ảnh|bài\s+(?:và|,)\s+ảnh|bài,\s*ảnh|video|clip|đồ\s+họa|thiết\s+kế|biên\s+tập|"
    r"trình\s+bày|tác\s+giả|người\s+viết|phóng\s+viên|nhóm\s+phóng\s+viên|pv)\s*:\s*[^.!?:]{2,60}$", re.I)
_MARKER_LINE = re.compile(rf"^[\W_]*(?:{_MARKER_WORDS})[\W_]*(?:\(\d+\)|\d+)?[\W_]*$", re.I)
_MARKER_PREFIX = re.compile(
    rf"^(?:[>»►▶→•*\-–+\s]*)(?:{_MARKER_WORDS})\s*(?:[:>»›]|>>|\s[-–]\s)\s*\S", re.I)
_ARROW_LINK = re.compile(r"^(?:>>|»|►|▶|→|⇒|>)\s*\S")
_SHARE_TOKENS = frozenset(
    "fb facebook yt youtube zl zalo tw twitter x in email e-mail mail chia sẻ share like thích tweet "
    "linkedin pinterest telegram messenger copy link sao chép liên kết gửi lưu bookmark print tiktok "
    "instagram ig rss bài viết báo lỗi trả lời reply vi phạm cỡ chữ a- a+ nghe đọc bài này tải về "
    "google news theo dõi trên follow đăng nhập đăng ký bình luận | · • + - / 0 1 2 3 4 5 6 7 8 9".split())
_SOCIAL = frozenset("fb facebook yt youtube zl zalo tw twitter tweet linkedin pinterest telegram messenger "
                    "share chia email tiktok instagram print rss in lưu trả".split())
_NAV_SEP = re.compile(r"\s*(?:>|»|›|/|\|)\s*")
_CAPTION_TAIL = re.compile(
    r"(?:(?:^|[.(\[\-–—|,:]\s*)(?i:ảnh|nguồn\s+ảnh|ảnh\s+minh\s+họa|photo|video|clip|đồ\s+họa|infographic)"
    r"|(?:^|\s)(?:Ảnh|ẢNH|Nguồn ảnh|NGUỒN ẢNH|Photo|PHOTO|Video|Đồ họa))"
    r"\s*(?::|-|–)\s*[^.!?]{0,80}?[)\]]?\s*\.?$")
_CAPTION_ALONE = re.compile(r"^[(\[]?\s*(?:ảnh|hình)\s+(?:minh\s+họa|tư\s+liệu|chụp\s+màn\s+hình)[^.!?]{0,40}[)\]]?\.?$",
                            re.I)
_CAPTION_START = re.compile(r"^(?:Quang cảnh|Toàn cảnh|Cận cảnh|Hình ảnh|Khung cảnh)\b")
_PHOTO_SOUVENIR = re.compile(r"chụp ảnh (?:lưu niệm|chung)", re.I)
_SENT_END = re.compile(r"(?:[.!?;:…]|\.\.)[\"')\]]*$")
_INITIAL_END = re.compile(rf"\s[{VI_UPPER}]\.$")
_ELLIPSIS_END = re.compile(r"(?:\.\.\.+|…)[\"')\]]*$")
_INNER_BOUNDARY = re.compile(rf"[.!?…][\"')]*\s+[\"'(]?[{VI_UPPER}0-9]")
_BULLET = re.compile(r"^(?:[-+•*●▪◦–]|\d{1,2}[.)/]|[IVX]{1,4}[.)]|[a-zđ][.)])\s")
_NAME_WORD = re.compile(rf"^[{VI_UPPER}(][\w.]*\)?$")
_NAME_FILLER = frozenset("- – / và (tổng hợp) (t/h) (th) tổng hợp) (tổng hợp".split())


_MAX_TEASER_WORDS = 120


@dataclass
class Line:
    text: str
    kind: Kind
    words: int
    key: str  # comparison key for duplicate detection

    @property
    def hard(self) -> bool:
        return self.kind in HARD


def _is_hashtags(text: str) -> bool:
    tokens = text.split()
    return bool(tokens) and tokens[0].startswith("#") and sum(t.startswith("#") for t in tokens) * 2 >= len(tokens)


def _is_share_row(text: str) -> bool:
    tokens = text.lower().replace(",", " ").split()
    if 2 <= len(tokens) <= 8 and all(len(t) <= 2 and not t.isdigit() for t in tokens):
        return True  # a row of icon labels: "f t in", "fb yt zl tw"
    return 0 < len(tokens) <= 14 and all(t in _SHARE_TOKENS for t in tokens) and any(t in _SOCIAL for t in tokens)


def _is_nav(text: str) -> bool:
    if _SENT_END.search(text) or not re.search(r"\s(?:>|»|›|\|)\s|\s/\s", text):
        return False
    parts = [p for p in _NAV_SEP.split(text) if p]
    return 2 <= len(parts) <= 7 and all(len(p.split()) <= 5 for p in parts)


def _is_caption(text: str, words: int) -> bool:
    if words > 60:
        return False
    if _CAPTION_TAIL.search(text) or _CAPTION_ALONE.match(text):
        return True
    single_sentence = words <= 30 and not re.search(r"[.!?]\s", text)
    return single_sentence and bool(_CAPTION_START.match(text) or _PHOTO_SOUVENIR.search(text))


def _one_sentence(text: str) -> bool:
    """No sentence boundary inside the line (quoted speech in a headline does not count)."""
    unquoted = re.sub(r'"[^"]*"', '""', text) if text.count('"') % 2 == 0 else text.replace('"', "")
    return not _INNER_BOUNDARY.search(unquoted) or len(split_sentences(unquoted)) == 1


@lru_cache(maxsize=8192)
def classify(text: str) -> Kind:
    """The kind of one normalised, non-empty line, judged on its own."""
    words = len(text.split())
    if words <= 12 and parse_date_line(text) is not None:
        return Kind.DATE
    if words <= 8 and not _ELLIPSIS_END.search(text) and parse_source_line(text) is not None:
        return Kind.SOURCE
    if words <= 14 and _is_share_row(text):
        return Kind.SHARE
    if (words <= 4 and _AD_LINE.match(text)) or (words <= 25 and _WIDGET_LINE.match(text)) or _is_hashtags(text):
        return Kind.SHARE  # an ad slot or a page widget stands alone; it opens no block
    if words <= 12 and _CREDIT_LINE.match(text):
        return Kind.SOURCE
    if words <= 8 and _MARKER_LINE.match(text):
        return Kind.MARKER
    if (words <= 40 and _MARKER_PREFIX.match(text)) or (words <= 30 and _ARROW_LINK.match(text)):
        return Kind.LINK
    if words <= 30 and _is_nav(text):
        return Kind.NAV
    if _is_caption(text, words):
        return Kind.CAPTION
    if _ELLIPSIS_END.search(text):
        return Kind.TEASER
    if words <= 40 and (not _SENT_END.search(text) or _INITIAL_END.search(text)) and _one_sentence(text):
        return Kind.HEADLINE  # "... sau khi bắt giữ Cao Mỹ D." ends on an initial, not a full stop
    if words <= 30 and re.search(r"[?!][\"')]*$", text) and _one_sentence(text):
        return Kind.QUESTION
    return Kind.SENTENCE


def make_lines(texts: list[str]) -> list[Line]:
    return [Line(t, classify(t), len(t.split()), " ".join(t.casefold().split())) for t in texts]


def _looks_like_byline(line: Line) -> bool:
    """ "Mộc Miên (Tổng hợp)", "Thu Hà - Ngân Hà", "DUY AN": an author credit, part of the story's end."""
    if line.kind is not Kind.HEADLINE or line.words > 9 or re.search(r"\d", line.text):
        return False
    words = [w for w in line.text.split() if w.lower() not in _NAME_FILLER]
    return bool(words) and sum(bool(_NAME_WORD.match(w)) for w in words) >= 0.75 * len(words)


def _strong_group(lines: list[Line], head: int) -> bool:
    """A headline at ``head`` shown twice or followed by a time stamp: a related-article item."""
    nxt = lines[head + 1] if head + 1 < len(lines) else None
    prev = lines[head - 1] if head > 0 else None
    return bool(nxt and (nxt.kind is Kind.DATE or nxt.key == lines[head].key)) or bool(
        prev and prev.key == lines[head].key)


def _teaser_head(lines: list[Line], i: int, start: int) -> int | None:
    """Index of the headline a sentence at ``i`` would be the teaser of, if it sits in teaser position."""
    j = i - 1
    while j >= start and lines[j].kind is Kind.DATE:
        j -= 1
    if j < start:
        return None
    if lines[j].kind in (Kind.HEADLINE, Kind.QUESTION, Kind.TEASER) or (lines[j].key == lines[i].key):
        return j
    if lines[j].kind is Kind.MARKER and j == i - 1:
        return j
    return None


def _explains_tail(lines: list[Line], i: int, start: int, drop: list[bool], credit_after: list[bool],
                   credit_before: list[bool]) -> bool:
    """Whether line ``i`` fits in a trailing block of page furniture that starts at ``start``."""
    line = lines[i]
    if drop[i] or line.hard or line.kind is Kind.HEADLINE:
        return True
    if line.kind is Kind.QUESTION and not credit_after[i]:
        return True
    head = _teaser_head(lines, i, start)
    if head is None:
        return False
    if line.kind is Kind.TEASER:
        return True
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    if _strong_group(lines, head) or (nxt and (nxt.key == line.key or nxt.kind is Kind.DATE)):
        return True
    if credit_after[i]:
        return False  # a credit line still follows: this is the story's end, not a teaser
    if lines[head].kind is Kind.MARKER:
        return credit_before[i] and line.words <= 60  # an info box after the story's credit line
    in_list = head > 0 and lines[head - 1].kind in (Kind.HEADLINE, Kind.QUESTION)
    return not in_list and _weak_teaser(line)  # a headline list is not followed by teasers


def _weak_teaser(line: Line) -> bool:
    """One sentence of teaser length: what a related-article item shows under its headline."""
    return line.words <= _MAX_TEASER_WORDS and _one_sentence(line.text)


def _tail_start(lines: list[Line], drop: list[bool]) -> int:
    """First index of the trailing block of non-story lines (len(lines) if there is none)."""
    n = len(lines)
    first_story = next((i for i, ln in enumerate(lines) if ln.kind is Kind.SENTENCE and not drop[i]), n)
    credit_after = _credit_after(lines)
    credit_before = _credit_before(lines)
    start = n
    while start > 0 and _explains_tail(lines, start - 1, 0, drop, credit_after, credit_before):
        start -= 1
    while start < n and not _explains_tail(lines, start, start, drop, credit_after, credit_before):
        start += 1
    start = max(start, first_story + 1)  # never the whole story
    # The first line(s) of the block may be the end of the story after all.
    while start < n:
        region = lines[start:]
        evidence = any(ln.hard or drop[start + i] or ln.kind is Kind.TEASER for i, ln in enumerate(region)) or \
            sum(ln.kind is Kind.HEADLINE for ln in region) >= 2
        first = lines[start]
        if not evidence:
            return n
        if _looks_like_byline(first) and not drop[start]:
            start += 1
            continue
        if first.kind in (Kind.CAPTION, Kind.SHARE, Kind.LINK) and any(
                _looks_like_byline(ln) and not drop[start + 1 + k] for k, ln in enumerate(lines[start + 1:start + 3])):
            start += 1  # a caption or link between the story and its byline
            continue
        if first.kind is Kind.HEADLINE and start + 1 < n and lines[start + 1].kind is Kind.SENTENCE \
                and not _strong_group(lines, start):
            groups = sum(1 for i in range(start + 2, n) if lines[i].kind is Kind.SENTENCE
                         and _teaser_head(lines, i, start) is not None)
            if groups == 0 and not any(ln.hard for ln in region):
                start += 2  # a sub-heading and its paragraph closing the story
                continue
        break
    return start


def _is_credit(lines: list[Line], i: int) -> bool:
    """A credit line closing a story (not one standing where a related item's teaser would)."""
    if lines[i].kind is not Kind.SOURCE or i == 0:
        return lines[i].kind is Kind.SOURCE
    prev = lines[i - 1]
    return not (prev.kind is Kind.DATE or (prev.kind is Kind.HEADLINE and not _looks_like_byline(prev)))


def _credit_after(lines: list[Line]) -> list[bool]:
    """For each line, whether a credit line ("Nguồn: X", "Theo X") comes later."""
    after = [False] * len(lines)
    for i in range(len(lines) - 2, -1, -1):
        after[i] = after[i + 1] or _is_credit(lines, i + 1)
    return after


def _credit_before(lines: list[Line]) -> list[bool]:
    """For each line, whether a credit line came earlier."""
    before = [False] * len(lines)
    for i in range(1, len(lines)):
        before[i] = before[i - 1] or _is_credit(lines, i - 1)
    return before


def _mark_marker_blocks(lines: list[Line], drop: list[bool]) -> None:
    """A section marker takes the headline/stamp/teaser lines that follow it."""
    credit_after = _credit_after(lines)
    for i, line in enumerate(lines):
        if line.kind is not Kind.MARKER:
            continue
        drop[i] = True
        j = i + 1
        while j < len(lines):
            nxt = lines[j]
            if nxt.hard or nxt.kind in (Kind.HEADLINE, Kind.TEASER) or (
                    nxt.kind is Kind.QUESTION and j + 1 < len(lines) and lines[j + 1].kind is not Kind.SENTENCE):
                drop[j] = True
            elif nxt.kind is Kind.SENTENCE:
                head = _teaser_head(lines, j, i + 1)
                if head is None or lines[head].kind is Kind.MARKER:
                    break
                nxt_kind = lines[j + 1].kind if j + 1 < len(lines) else None
                ends_item = nxt_kind in (None, Kind.HEADLINE, Kind.QUESTION, Kind.MARKER, Kind.SHARE, Kind.DATE,
                                         Kind.SOURCE)
                before = lines[head - 1].kind if head > 0 else None
                alternates = head - 1 == i or before in (Kind.SENTENCE, Kind.TEASER, Kind.DATE)
                established = head > 0 and drop[head - 1] and before in (Kind.SENTENCE, Kind.TEASER)
                if not (ends_item or established) or not (_strong_group(lines, head) or (
                        alternates and not credit_after[j] and _weak_teaser(lines[j]))):
                    break
                drop[j] = True
            j += 1


def _mark_headline_runs(lines: list[Line], drop: list[bool]) -> None:
    """Two or more headline-like lines in a row (not a list after a colon) are a link list."""
    i, n = 0, len(lines)
    while i < n:
        if i > 0 and lines[i - 1].kind is Kind.SENTENCE and _looks_like_byline(lines[i]):
            i += 1  # the story's byline, not the first item of a list
            continue
        j = i
        while j < n and (lines[j].kind in (Kind.HEADLINE, Kind.TEASER, Kind.DATE)):
            j += 1
        run = lines[i:j]
        heads = [ln for ln in run if ln.kind is Kind.HEADLINE]
        after_colon = i > 0 and lines[i - 1].text.endswith(":")
        bulleted = any(_BULLET.match(ln.text) for ln in run)
        stamped = any(ln.kind is Kind.DATE for ln in run)
        if len(heads) >= 2 and not after_colon and not bulleted and (stamped or len(heads) >= 2 and all(
                ln.words >= 4 for ln in heads)):
            for k in range(i, j):
                drop[k] = True
        i = max(j, i + 1)


def _mark_duplicates(lines: list[Line], drop: list[bool]) -> None:
    """Lines shown twice in a row are captions or link lists; later repeats of any short line go too."""
    seen: set[str] = set()
    for i, line in enumerate(lines):
        adjacent = (i > 0 and lines[i - 1].key == line.key) or (i + 1 < len(lines) and lines[i + 1].key == line.key)
        if adjacent and line.words <= 40:
            drop[i] = True
        elif line.key in seen and line.words <= 60:
            drop[i] = True
        seen.add(line.key)


def find_boilerplate(lines: list[Line]) -> list[bool]:
    """For each body line, whether it is page furniture rather than story."""
    drop = [ln.hard for ln in lines]
    _mark_duplicates(lines, drop)
    _mark_marker_blocks(lines, drop)
    _mark_headline_runs(lines, drop)
    # Strong related items anywhere: headline + stamp (+ teaser).
    for i, line in enumerate(lines):
        if line.kind is Kind.SENTENCE and not drop[i]:
            head = _teaser_head(lines, i, 0)
            nxt = lines[i + 1].kind if i + 1 < len(lines) else None
            ends_item = nxt is None or nxt in (Kind.HEADLINE, Kind.QUESTION, Kind.DATE) or lines[i + 1].hard
            if head is not None and drop[head] and head + 1 < len(lines) and lines[head + 1].kind is Kind.DATE \
                    and ends_item:
                drop[i] = True
    start = _tail_start(lines, drop)
    for i in range(start, len(lines)):
        drop[i] = True
    for i, line in enumerate(lines[:-1]):
        if lines[i + 1].kind is Kind.SOURCE and _looks_like_byline(line) and (i == 0 or lines[i - 1].key != line.key):
            drop[i] = False  # "Thu Hà - Ngân Hà" / "Theo Tuổi Trẻ": the story's byline
    return drop
