"""Line kinds: what one line of a scraped article looks like on its own.

Date stamps, credits, section markers, inline links, share rows and widgets (``vnsumm.clean.widgets``),
breadcrumbs, photo captions, headline-like lines, teasers cut with "...", and sentences. Context
(``vnsumm.clean.boilerplate``) then decides which lines are story.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from vnsumm.clean.metadata import parse_date_line, parse_source_line
from vnsumm.clean.normalize import VI_UPPER
from vnsumm.clean.prefilter import Prefilter
from vnsumm.clean.sentences import split_sentences
from vnsumm.clean.widgets import NAME_WORD as _NAME_WORD
from vnsumm.clean.widgets import SENT_END as _SENT_END
from vnsumm.clean.widgets import has_any as _has_any
from vnsumm.clean.widgets import is_widget

__all__ = ["Kind", "HARD", "Line", "classify", "make_lines", "looks_like_byline", "personal_byline", "one_sentence",
           "image_note", "ELLIPSIS_END", "INNER_BOUNDARY", "BULLET"]


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


# a photo someone gave or took, named by how: "Ảnh: Nhân vật cung cấp", "Ảnh do gia đình cung cấp", "Ảnh: Bạn đọc gửi",
# "Ảnh: Đức Hà chụp ngày 15-11", "Ảnh: Nhật Đạt ghi lại", "Ảnh: NVCC"
GIVEN_PHOTO = re.compile(r"^(?:ảnh|hình(?:\s+ảnh)?|photo)(?:\s*:\s*|\s+do\s+)(?:nvcc|[^.!?:()]{1,40}?\s+(?:cung\s+cấp|gửi(?:\s+tới|\s+đến)?"
                         r"|ghi\s+lại|chụp(?:\s+(?:ngày|lúc|hôm|sáng|chiều|tối)\s+[\d/.\-]+)?))$", re.I)
_MAX_GIVEN_PHOTO_WORDS = 10


def given_photo(text: str, words: int) -> bool:
    """A photo's credit naming who gave or took it (``GIVEN_PHOTO``), in parentheses or not, of a credit's length."""
    return words <= _MAX_GIVEN_PHOTO_WORDS and GIVEN_PHOTO.match(text.strip("()")) is not None

HARD = frozenset({Kind.DATE, Kind.SOURCE, Kind.SHARE, Kind.MARKER, Kind.LINK, Kind.NAV, Kind.CAPTION})

_MARKER_WORDS = (
    r"(?:tin|bài|bài viết|video|ảnh|clip|tin tức|câu chuyện|chủ đề)\s+(?:cùng\s+(?:chuyên\s+mục|chủ\s+đề|sự\s+kiện|"
    r"danh\s+mục|loại)|liên\s+quan|khác|mới(?:\s+nhất|\s+hơn)?|cũ(?:\s+hơn)?|đọc\s+nhiều(?:\s+nhất)?|"
    r"xem\s+nhiều(?:\s+nhất)?|nổi\s+bật|nóng|hot|tiêu\s+điểm|đáng\s+chú\s+ý|tiếp\s+theo|trước|sau|"
    r"được\s+quan\s+tâm|hay|đề\s+xuất|gợi\s+ý|phổ\s+biến|cùng\s+tác\s+giả|mới\s+cập\s+nhật|trong\s+ngày|"
    r"tổng\s+hợp|nên\s+đọc|bạn\s+có\s+thể\s+quan\s+tâm)"
    r"|(?:loạt|chuỗi|tuyến)\s+bài(?:\s+viết)?|(?:các|những)\s+(?:tin|bài(?:\s+viết)?)\s+(?:khác|liên\s+quan|mới|cùng\s+chuyên\s+mục|đã\s+đưa)"
    r"|cùng\s+chuyên\s+mục|chuyên\s+mục|có\s+thể\s+bạn\s+(?:quan\s+tâm|chưa\s+đọc|muốn\s+đọc|thích)"
    r"|bạn\s+có\s+thể\s+(?:quan\s+tâm|thích)|bạn\s+(?:nên\s+đọc|đọc\s+nhiều)|đừng\s+bỏ\s+lỡ|không\s+thể\s+bỏ\s+qua"
    r"|(?:xem|đọc|nghe)\s+(?:thêm|tiếp|nhiều|nhanh|nữa|chi\s+tiết)|liên\s+quan|nhiều\s+người\s+(?:đọc|xem)|được\s+quan\s+tâm(?:\s+nhất)?"
    r"|(?:viết|gửi|thêm|xem)\s+(?:bình\s+luận|ý\s+kiến|phản\s+hồi)(?:\s+(?:mới|của\s+bạn))?|bình\s+luận|ý\s+kiến\s+(?:bạn\s+đọc|của\s+bạn)"
    r"|phản\s+hồi|thông\s+tin\s+cần\s+biết|tags?|từ\s+khóa|thẻ|theo\s+dõi(?:\s+\S+){0,6}|quảng\s+cáo|tài\s+trợ|"
    r"liên\s+kết(?:\s+hữu\s+ích|\s+website)?|tiện\s+ích|đăng\s+ký(?:\s+nhận)?(?:\s+bản)?\s*tin|nhận\s+tin(?:\s+mới)?|"
    r"(?:về|lên|trở\s+về|trở\s+lại)\s+(?:đầu\s+trang|trang\s+chủ)|trang\s+chủ|in\s+bài(?:\s+viết)?|báo\s+lỗi|"
    r"tiêu\s+điểm|sự\s+kiện|mới\s+nhất|đọc\s+nhiều\s+nhất|xem\s+nhiều\s+nhất|nổi\s+bật|podcast|multimedia|emagazine|"
    r"infographics?|tin\s+24h|24h\s+qua|dòng\s+sự\s+kiện|sự\s+kiện\s+nóng|related(?:\s+\w+)?|read\s+(?:more|also|next)|see\s+also|also\s+read|"
    r"most\s+(?:read|viewed|popular)|more\s+(?:news|stories)|advertisement|sponsored"
)
_CREDIT_ROLE = (r"(?:thực\s+hiện|quay\s+phim|dựng(?:\s+phim)?|âm\s+thanh|kỹ\s+thuật|"
                r"bài|ảnh|bài\s+(?:và|,)\s+ảnh|bài,\s*ảnh|video|clip|đồ\s+họa|thiết\s+kế|biên\s+tập|"
                r"trình\s+bày|tác\s+giả|người\s+viết|phóng\s+viên|nhóm\s+phóng\s+viên|pv|(?:photo|image)\s+credits?)\s*:\s*[^.!?:]{2,60}?")
# "Bài: Thu Hà", "Bài: Thu Hà - Ảnh: Minh Đức": one or more roles and their people
_CREDIT_LINE = re.compile(rf"^{_CREDIT_ROLE}(?:\s*[-–|/,;]\s*{_CREDIT_ROLE})*$", re.I)
_MARKER_LINE = re.compile(rf"^[\W_]*(?:{_MARKER_WORDS})[\W_]*(?:\(\d+\)|\d+)?[\W_]*$", re.I)
_MARKER_PREFIX = re.compile(
    rf"^(?:[>»►▶→•*\-–+\s]*)(?:{_MARKER_WORDS})\s*(?:[:;>»›]|>>|\s[-–]\s)\s*\S", re.I)
# who posted and when: "Dân trí - 38 phút trước", "Đỗ Bảo – 2 giờ trước"
SOURCE_AGO = re.compile(r"^[^.!?]{1,40}\s[-–]\s\d{1,3}\s*(?:giây|phút|giờ|ngày|tuần|tháng)\s+trước$", re.I)
_STAMPED_ITEM = re.compile(r"^\d{1,2}/\d{1,2}/\d{4},?\s+\d{1,2}:\d{2}\s+\S")
_MAX_STAMPED_ITEM_WORDS = 20
_COUNT_TAIL = re.compile(r"\S\s\(\d[\d.,]*\s*(?:bình\s+luận|ý\s+kiến|lượt\s+xem|comments?|views?)\)$", re.I)
TAG = re.compile(r"^\[[^\]]{1,15}\]\s*(?=\S)")  # a site's badge before a headline: "[Video] ", "[NÓNG] "
# "» <headline>", and a screen reader's "liên kết <headline>" or "liên kết, <headline>"
_ARROW_LINK = re.compile(rf"^(?:>>|»|►|▶|→|⇒|>|👉|➡|➜)\s*\S|^(?:[Ll]iên kết|[Ll]ink),?\s+[\d\"'“‘{VI_UPPER}]")
_NAV_SEP = re.compile(r"\s*(?:>|»|›|/|\|)\s*")
_CAPTION_TAIL = re.compile(
    r"(?:(?:^|[.(\[\-–—|,:]\s*)(?i:ảnh|hình|nguồn\s+ảnh|ảnh\s+minh\s+họa|photo|video|clip|đồ\s+họa|infographic)"
    r"|(?:^|\s)(?:Ảnh|ẢNH|Nguồn ảnh|NGUỒN ẢNH|Photo|PHOTO|Video|Đồ họa))"
    rf"\s*(?::|-|–)\s*(?:[^.!?]|\.(?=[^\s.])|(?<=\b[{VI_UPPER}])\.\s(?=[{VI_UPPER}])){{0,80}}?\??[)\]]?\s*\.?$")
# the credit may hold initials and dotted names: "Ảnh: T.D. Vinh/Pháp luật TP.HCM"
_CAPTION_MARKS = frozenset(":-–")  # a credit tail always has one of these: checked before the pattern
_CAPTION_NOTE = re.compile(r"(?:[.!?]\s+[(\[]?|\s[(\[]|\s[-–]\s)(?:ảnh|hình|video|clip)\s+(?:minh\s+họa|tư\s+liệu|chụp\s+(?:từ\s+)?màn\s+hình|cắt\s+từ\s+clip)"
                           r"[)\]]?\.?$|\s[-–]\s(?:hình\s+ảnh|ảnh)\s+ghi\s+nhận\b[^.!?]{0,40}\.?$|\s\((?:ảnh|hình)\s+chụp\b[^()]{0,30}\)\.?$"
                           r"|[.!?]\s+©\s*(?:provided\s+by\s+)?[^\W\d_][^.!?©]{0,40}$",
                           re.I)  # "… tại bệnh viện. Ảnh chụp màn hình", "… - hình ảnh ghi nhận ngày 1/3.", "… (ảnh chụp lúc 16:19)",
# "…. © Provided by X"
_CAPTION_ALONE = re.compile(r"^[(\[]?\s*(?:ảnh|hình)\s+(?:minh\s+họa|tư\s+liệu|chụp\s+màn\s+hình)(?:[^.!?]{0,40}"
                            r"|\s+(?:cho|của)\s+bài(?:\s+viết)?\b.*)[)\]]?\.?$", re.I)  # "Ảnh minh họa cho bài viết "…""
# a gallery's caption behind its counter ("2/6 Công trình nhìn từ trên cao."), an image's description in brackets
# ("[Cảnh sát phân luồng tại khu vực.]"), a map's caption ("Vị trí huyện X trên bản đồ (chấm đỏ).")
_COUNTED_CAPTION = re.compile(rf"^(\d{{1,2}})/(\d{{1,2}})\s+(?=[{VI_UPPER}])")
_BRACKETED = re.compile(r"^\[[^\[\]]+\]$")
_MAP_CAPTION = re.compile(r"^(?:vị\s+trí|bản\s+đồ)\b.{1,80}\btrên\s+bản\s+đồ\b|^bản\s+đồ\s+(?:vị\s+trí|khu\s+vực)\b"
                          # a map's, a plan's, a rendering's or a simulation's caption states nothing: "Phối cảnh dự án X."
                          r"|^(?:phối\s+cảnh|sơ\s+đồ|bản\s+đồ|mô\s+phỏng)\s(?!.*\b(?:là|không|chưa|chứ|sẽ|đã|được|cho\s+thấy"
                          r"|cho\s+biết)\b)[^.!?:]{1,120}\.?$", re.I)
# where a person stands in the photo: "Ông X (thứ hai từ phải sang) kiểm tra …", "Y (giữa) tại hiện trường."
PHOTO_PLACE = (r"\((?:giữa|phải|trái|bìa\s+(?:phải|trái)|(?:đứng|ngồi)\s+giữa|ngoài\s+cùng\s+bên\s+(?:phải|trái)"
               r"|thứ\s+\w+\s+từ\s+(?:phải|trái)(?:\s+(?:sang|qua))?|từ\s+(?:trái|phải)\s+(?:sang|qua)(?:\s+(?:phải|trái))?)\)")
_PHOTO_PLACE = re.compile(PHOTO_PLACE, re.I)
_MAX_COUNTED_CAPTION_WORDS = 40
# a caption under its label: "Ảnh: <a sentence of what it shows>", "Illustration photo: …", "자료사진: …", "资料图：…"
_LABELLED_SENTENCE = re.compile(r"^(?:ảnh|hình|hình\s+ảnh|photo|file\s+photo|illustration(?:\s+photo)?|illustrative\s+image"
                                r"|ảnh\s+minh\s+họa(?:\s*/\s*[^:/]{1,30})?|[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{1,8})\s*[:：]\s*"
                                rf"(?-i:(?=[{VI_UPPER}]))", re.I)
_MIN_LABELLED_WORDS = 3  # of lower-case words: a sentence, not a photographer's names
_VIDEO_LABEL = re.compile(r"^(?:xem\s+)?(?:video|clip)\s*:\s*\S", re.I)
_MAX_VIDEO_CAPTION_WORDS = 40
_PHOTO_ABOVE = ("▲", "△", "▴", "⬆", "📷", "📸", "🖼")
# a caption or a photo's credit under its label: "Chú thích hình ảnh, …", "Mô tả ảnh: …", "Ảnh 2: …",
# "Nguồn hình ảnh, Reuters", "Chụp lại hình ảnh, …", "Ảnh tư liệu. …", "Hình minh họa: …"
_CAPTION_LABEL = re.compile(r"^(?:(?:photo\s+|image\s+)?caption|chú\s+thích(?:\s+hình)?\s+ảnh|mô\s+tả\s+(?:hình\s+)?ảnh|(?:ảnh|hình)\s+\d{1,2}(?:\s*/\s*\d{1,2})?"
                            r"|(?:ảnh|hình)\s+(?:trên|dưới|bên\s+(?:trái|phải)|bên|trái|phải|giữa|lớn|nhỏ)"  # "Ảnh trên: …"
                            r"|nguồn\s+(?:hình\s+)?ảnh|(?:chụp\s+lại\s+)?hình\s+ảnh)\s*[:,]\s*\S"
                            r"|^(?:ảnh|hình)\s+\d{1,2}\s*\.\s+\S"  # a numbered figure: "Hình 3. …"
                            r"|^\[\s*(?:hình\s+ảnh|ảnh|hình|image|photo)\s*:[^\]]+\]$"  # an image's description: "[Hình ảnh: …]"
                            r"|^(?:ảnh|hình(?:\s+ảnh)?)\s+(?:tư\s+liệu|minh\s+họa|minh\s+hoạ)\s*[.,]\s*\S"
                            r"|^(?:hình|đồ\s+họa|đồ\s+hoạ)\s*,\s*\S", re.I)  # what a screen reader says of an image
# "Ảnh minh họa: <what it shows>", one sentence (a credit's "Ảnh minh họa: X / site.vn" is not a caption)
_ILLUSTRATION = re.compile(r"^(?:ảnh|hình(?:\s+ảnh)?)\s+minh\s+h(?:ọa|oạ)\s*:\s*[^/]+$", re.I)
# a text browser's image with its caption on one line: "[IMG] <caption>", "[3][Ảnh] <caption>"
_IMAGE_MARK = re.compile(r"^(?:\[\d+\]\s*)?\[\s*(?:chú thích(?: ảnh| hình)?|image|img|ảnh|hình|photo|hình ảnh)\b[^\]]{0,40}\]\s*\S", re.I)
_CAPTION_START = re.compile(r"^(?:Quang cảnh|Toàn cảnh|Cận cảnh"
                            # a scene's or a portrait's caption states nothing ("Khung cảnh … không khả quan hơn." does)
                            r"|(?:Khung cảnh|Chân dung|Hình ảnh ghi nhận|Một góc(?! nhìn))(?!.*\b(?:là|không|chưa|chứ|sẽ|đã)\b))\b")
# how a short caption with no quotation ends: a place's ("Thị xã X nhìn từ trên cao."), a person's, who opens it
# ("Ông X trao đổi với phóng viên.", "Đồng chí X phát biểu tại hội nghị", "Chị Y kể lại sự việc.")
_CAPTION_END = re.compile(r"\b(?:nhìn từ trên cao|những ngày này|thời điểm phóng viên có mặt)\.?$"
                          r"|^(?:clip|video|camera(?: an ninh| giám sát)?)\b[^.,;:]{0,40}\bghi lại (?:sự việc|khoảnh khắc|vụ việc|cảnh)\b[^.]{0,40}\.?$",
                          re.I)  # "Clip người dân ghi lại sự việc.", "Camera an ninh ghi lại khoảnh khắc …"
_CAPTION_END_WORDS = ("cao", "này", "mặt")  # how those endings end: tested first (cheaper than the pattern)
_VIDEO_OPENINGS = ("clip", "video", "camera")  # how a video's caption opens: tested first
_PERSON_HEAD = re.compile(r"^(?:ông|bà|anh|chị|em|cô|thầy|cụ|bác|đồng\s+chí|cán\s+bộ|đại\s+diện|lãnh\s+đạo|người\s+dân|"
                          r"nghệ\s+nhân|bác\s+sĩ|bs|ts|ths|pgs|gs|luật\s+sư|ls|giám\s+đốc|(?:phó\s+)?chủ\s+tịch|bí\s+thư)\b"
                          rf"|^(?-i:[{VI_UPPER}][^\W\d_]*(?:\s+[{VI_UPPER}][^\W\d_]*){{1,3}})\s+(?-i:[^\W\d_{VI_UPPER}])", re.I)  # or a full name
_PERSON_CAPTION_END = re.compile(
    r"(?<!khi )(?<!cuộc )\b(?:(?:trao đổi|chia sẻ|trò chuyện|thông tin|trả lời) (?:với )?(?:phóng viên|PV|báo chí|người dân)"
    rf"(?: [{VI_UPPER}][^\s,.]*(?: [{VI_UPPER}&][^\s,.]*){{0,3}})?"  # "… với phóng viên Đồng Sen TV."
    r"(?: về (?:sự việc|vụ việc)| bên lề [^,.]{1,30}| tại [^,.]{1,30})?|trả lời phỏng vấn|kể lại sự việc|tại buổi làm việc"
    r"|phát biểu tại (?:hội nghị|hội thảo|buổi lễ|buổi làm việc|lễ [^,.]{1,30}))\.?$"
    rf"|(?<!khi )(?<!cuộc )\b(?:trao đổi|chia sẻ|trò chuyện) với [{VI_UPPER}]\S*(?: \S+){{0,4}}\.$")  # "… với <outlet>."
_MAX_CAPTION_END_WORDS = _MAX_PERSON_CAPTION_WORDS = 20
_NARRATED = re.compile(r"\b(?:cho biết|cho hay|nói|khẳng định|đã|sẽ|từng|vừa|không)\b")  # a story's telling, no caption's
_PHOTO_SOUVENIR = re.compile(r"chụp ảnh (?:lưu niệm|chung)", re.I)
_INITIAL_END = re.compile(rf"\s[{VI_UPPER}]\.$")
_STAMP_TAIL = re.compile(r"\s*\(\d{1,2}[:/]\d{2}(?:[:/]\d{2,4})?\)$")
ELLIPSIS_END = re.compile(r"(?:\.\.\.+|…)[\"')\]]*$")
INNER_BOUNDARY = re.compile(rf"[.!?…][\"')]*\s+[\"'(]?[{VI_UPPER}0-9]")
BULLET = re.compile(r"^(?:[-+•*●▪◦–]|\d{1,2}[.)/]|[IVX]{1,4}[.)]|[a-zđ][.)])\s")
_QUOTED = re.compile(r'"[^"]*"')
_CRUMB = re.compile(r"\s[›»]\s")
_NAV_GAP = re.compile(r"\s(?:>|»|›|\|)\s|\s/\s")
_STOP_SPACE = re.compile(r"[.!?]\s")
_QE_END = re.compile(r"[?!][\"')]*$")
_DIGIT = re.compile(r"\d")
_PARENS = re.compile(r"\([^)]*\)")
_NAME_FILLER = frozenset("- – / và (tổng hợp) (t/h) (th) tổng hợp) (tổng hợp".split())


@dataclass
class Line:
    text: str
    kind: Kind
    words: int
    key: str  # comparison key for duplicate detection
    agency: str | None = None  # "(HG) – " taken off the front of the line

    @property
    def hard(self) -> bool:
        return self.kind in HARD


_CLOCK_WORDS = re.compile(r"^\d{1,2}\s*giờ(?:\s*\d{1,2}\s*phút)?(?:\s*\d{1,2}\s*giây)?$", re.I)


# section names that news sites put in their menus (a row of them is the site's menu, never a headline)
SECTIONS = re.compile(
    r"(?<!\w)(?:thời sự|góc nhìn|thế giới|video|kinh doanh|bất động sản|nhà đất|khoa học|công nghệ|số hóa|giải trí|"
    r"thể thao|pháp luật|giáo dục|học đường|sức khỏe|đời sống|du lịch|xe|ô tô|xe máy|ý kiến|tâm sự|văn hóa|xã hội|"
    r"kinh tế|chính trị|quốc phòng|an ninh|quân sự|tài chính|chứng khoán|ngân hàng|doanh nghiệp|thị trường|"
    r"tin tức|thời trang|làm đẹp|ẩm thực|gia đình|sao|âm nhạc|phim|điện ảnh|bạn đọc|podcast|infographics?|"
    r"e-?magazine|multimedia|media|news|world|business|sports?|tech|travel|health|life|style|star|beauty|fashion|"
    r"music|movies?|entertainment|opinion|home|trang chủ|tin mới|tin nóng|chủ đề|đọc nhiều|xem nhiều|mới nhất|địa phương|"
    r"xu hướng|bóng đá|giới thiệu|sự kiện|thủ tục hành chính|chỉ đạo điều hành|văn bản|liên hệ|hỏi đáp|tiện ích|cộng đồng|english|"
    r"y tế|dinh dưỡng|mẹ (?:và|&) bé|nuôi con|làm cha mẹ|khỏe đẹp|sống khỏe|bệnh thường gặp)(?!\w)",
    re.I)
_MIN_MENU_ITEMS = 4


def _is_menu(text: str, words: int) -> bool:
    """A row of a site's section names ("Thời sự Góc nhìn Thế giới Video Kinh doanh …"): four or more, making up
    half its words or more, and no sentence end; or a row of a site's own sections after a known first one
    (``_bare_menu``)."""
    if _SENT_END.search(text):
        return False
    found = [f for f in SECTIONS.findall(text) if f[0].isupper()]  # each item of a menu starts with a capital
    return (len(found) >= _MIN_MENU_ITEMS and sum(len(f.split()) for f in found) * 2 >= words) \
        or (words >= _MIN_BARE_MENU_ITEMS and bool(found) and _bare_menu(text))


_MIN_BARE_MENU_ITEMS = 5
_MAX_ITEM_TAIL = 3  # lower-case words after an item's capital: "Mẹo hay", "Khám chữa bệnh", "Tiết kiệm năng lượng"
# no punctuation, no digit, no word that ties a headline's parts together ("để", "của", "tại", "làm"): sections are names
_NOT_IN_MENU = re.compile(r"[^\w\s]|\d|(?<!\w)(?:để|của|và|tại|với|cho|trong|làm|là|được|bị|đã|sẽ|có|không|khi|từ|về|ở"
                          r"|ra|vào|lên|theo|sau|trước|bầu|gặp|nói|mới|này)(?!\w)")


def _bare_menu(text: str) -> bool:
    """A row of sections with no separator: a known section first, followed at once by another ("Trang chủ Blog
    Mẹo hay Cộng đồng Cửa hàng", "Thời sự Y tế Phòng bệnh …"); five items or more, each a capital and up to three
    lower-case words, two or more of them with such words (a row of names has none)."""
    first = SECTIONS.match(text)
    if first is None or not text[first.end():].lstrip()[:1].isupper() or _NOT_IN_MENU.search(text):
        return False
    items = tails = run = 0
    for word in text.split():
        if word[0].isupper():
            tails, items, run = tails + (run > 0), items + 1, 0
        else:
            run += 1
            if run > _MAX_ITEM_TAIL:
                return False
    tails += run > 0
    return items >= _MIN_BARE_MENU_ITEMS and tails >= 2


def _is_nav(text: str) -> bool:
    if _SENT_END.search(text) or not _NAV_GAP.search(text):
        return False
    parts = [p for p in _NAV_SEP.split(text) if p]
    longest = 8 if _CRUMB.search(text) else 5  # "›" and "»" join nothing but crumbs: a section name may be long
    return 2 <= len(parts) <= 7 and all(len(p.split()) <= longest for p in parts)


# what joins a menu's items: "Trang nhất - Thời sự - Kinh tế", "ĐÔ THỊ ● GIAO THÔNG ● AN NINH"
_MENU_SEP = re.compile(r"\s(?:[-–●•·▪■◆★⋅|¦/»›]|\|\|)\s")
_MAX_MENU_ITEM_WORDS = 4
_LOWER_WORD_START = re.compile(rf"(?:^|\s)[^\W\d_{VI_UPPER}]")


def _is_menu_row(text: str) -> bool:
    """A site's menu on one line: four or more items of one to four words joined by one mark used three times or more,
    no sentence end; joined by a dash, some item has a lower-case word (names joined by dashes are a byline)."""
    if _SENT_END.search(text):
        return False
    marks = {m.strip() for m in _MENU_SEP.findall(text)}
    if len(marks) != 1:
        return False
    items = [p.strip() for p in _MENU_SEP.split(text)]
    if len(items) < _MIN_MENU_ITEMS or not all(
            1 <= sum(any(c.isalpha() for c in w) for w in item.split()) <= _MAX_MENU_ITEM_WORDS for item in items):
        return False
    return marks.isdisjoint({"-", "–"}) or bool(_LOWER_WORD_START.search(text))


_ROW_JOIN = re.compile(r"\s(?:[|•·¦]|\|\|)\s")
_LIST_NUMBER = re.compile(r"^\d{1,2}[.)]\s+(?=\S)")
_CAPITAL_START = re.compile(rf"^[\"'‘“(]?[{VI_UPPER}0-9]")
_STATEMENT_END = re.compile(r"(?:[.;:…]|\.\.)[\"')\]]*$")  # a headline may end in "?" or "!"


_DASH_JOIN = re.compile(r"\s[-–]\s")


def _is_pipe_row(text: str) -> bool:
    """Several headlines on one line joined by " | " or " • " (a related-stories row), or by " / " or " - "
    when each starts with a capital (both also join words in prose: "mua vào / bán ra", "Hà Nội - Vinh"), not
    a breadcrumb of labels."""
    parts = [p.strip() for p in _ROW_JOIN.split(text)]
    if len(parts) < 2:
        parts = [p.strip() for p in text.split(" / ")]
        if len(parts) < 2 or _STATEMENT_END.search(text) or not all(
                _CAPITAL_START.match(p) and len(p.split()) >= 4 for p in parts):
            return _is_dash_row(text)
    return all(3 <= len(p.split()) <= 30 for p in parts) and not any(_STATEMENT_END.search(p) for p in parts[:-1])


def _is_dash_row(text: str) -> bool:
    """Headlines joined by " - ": three or more of four words or more (two of seven or more: "Việt Nam - Hoa Kỳ
    lần thứ 13" is one headline), each starting with a capital and one sentence, and no sentence end after
    the last (a line of prose ends with one)."""
    parts = [p.strip() for p in _DASH_JOIN.split(text)]
    shortest = 4 if len(parts) >= 3 else 7
    return len(parts) >= 2 and not _SENT_END.search(text) and all(
        _CAPITAL_START.match(p) and shortest <= len(p.split()) <= 30 and one_sentence(p) for p in parts)


def _is_caption(text: str, words: int) -> bool:
    if words > 60:
        return False
    if (_has_any(text, _CAPTION_MARKS) and _CAPTION_TAIL_WORDS.may_find(text) and _CAPTION_TAIL.search(text)) \
            or _CAPTION_ALONE.match(text) or (
            words <= 40 and _CAPTION_NOTE_WORDS.may_find(text) and _CAPTION_NOTE.search(text)):
        return True
    if words <= _MAX_VIDEO_CAPTION_WORDS and (_VIDEO_LABEL.match(text) or text.startswith(_PHOTO_ABOVE)) \
            and one_sentence(text):
        return True  # "Video: <what it shows>", "▲ <the photo above>"
    if (words <= _MAX_VIDEO_CAPTION_WORDS and text.startswith("[") and _IMAGE_MARK.match(text)) or _CAPTION_LABEL.match(text):
        return True  # "[IMG] <caption>" up to 40 words; a labelled caption up to 60
    if words <= _MAX_VIDEO_CAPTION_WORDS and text[:1] in "ẢảHh" and _ILLUSTRATION.match(text) and one_sentence(text):
        return True  # "Ảnh minh họa: <what it shows>"
    single_sentence = words <= 30 and not _STOP_SPACE.search(text)
    if single_sentence and (_CAPTION_START.match(text) or _PHOTO_SOUVENIR.search(text) or _MAP_CAPTION.match(text)
                            or ("(" in text and _PHOTO_PLACE.search(text))):
        return True
    if single_sentence and words <= _MAX_CAPTION_END_WORDS and (text.rstrip(".").endswith(_CAPTION_END_WORDS)
                                                                 or text[:6].lower().startswith(_VIDEO_OPENINGS)) \
            and '"' not in text and _CAPTION_END.search(text):
        return True
    if single_sentence and words <= _MAX_PERSON_CAPTION_WORDS and '"' not in text \
            and _PERSON_HEAD.match(text) and _PERSON_CAPTION_END.search(text) and not _NARRATED.search(text):
        return True  # a person's caption: "Ông X trao đổi với phóng viên."
    labelled = _LABELLED_SENTENCE.match(text) if words <= 60 and (":" in text or "：" in text) else None
    if labelled is not None:
        said = text[labelled.end():]
        second = said.split()[1:2]  # a sentence goes on in lower case ("Đây là …"), a credit's names do not ("Minh An / …")
        if said.endswith((".", "!", "?", "…", '"')) and second and _LOWER_WORD_START.match(second[0]) and one_sentence(said) \
                and len(_LOWER_WORD_START.findall(said)) >= _MIN_LABELLED_WORDS:
            return True  # "Ảnh: Đây là khoản tiền cược cao thứ hai …."
    counter = _COUNTED_CAPTION.match(text) if words <= _MAX_COUNTED_CAPTION_WORDS and text[:1].isdigit() else None
    if counter and 1 <= int(counter[1]) <= int(counter[2]) and one_sentence(text[counter.end():]):
        return True  # "2/6 <caption>": a gallery's photo and its caption on one line
    return 3 <= words <= _MAX_COUNTED_CAPTION_WORDS and text.startswith("[") and bool(_BRACKETED.match(text)) \
        and one_sentence(text[1:-1])  # "[<what the image shows>]": its description, the image lost


def image_note(text: str) -> bool:
    """ "Ảnh minh họa", "(Hình chụp màn hình)": a note on an image that says nothing of what it shows."""
    return bool(_CAPTION_ALONE.match(text))


def one_sentence(text: str) -> bool:
    """No sentence boundary inside the line (quoted speech in a headline does not count)."""
    unquoted = _QUOTED.sub('""', text) if text.count('"') % 2 == 0 else text.replace('"', "")
    return not INNER_BOUNDARY.search(unquoted) or len(split_sentences(unquoted)) == 1


# Costly patterns are tried only on a line holding words they need (read from each pattern: exact whatever
# the rule; see vnsumm.clean.prefilter).
_COUNT_TAIL_WORDS = Prefilter(_COUNT_TAIL)
_CAPTION_TAIL_WORDS, _CAPTION_NOTE_WORDS = Prefilter(_CAPTION_TAIL), Prefilter(_CAPTION_NOTE)


@lru_cache(maxsize=8192)
def classify(text: str) -> Kind:
    """The kind of one normalised, non-empty line, judged on its own."""
    words = len(text.split())
    if words <= 12 and parse_date_line(text) is not None or words <= 10 and SOURCE_AGO.match(text):
        return Kind.DATE
    if words <= 10 and not ELLIPSIS_END.search(text) and parse_source_line(text) is not None:
        return Kind.SOURCE
    if words <= 8 and text.endswith(":") and _MARKER_LINE.match(text):
        return Kind.MARKER  # "Bài liên quan:" opens its list (a widget's short label would take nothing after it)
    if is_widget(text, words):
        return Kind.SHARE  # a share row, an ad slot or a page widget stands alone; it opens no block
    if given_photo(text, words):
        return Kind.SOURCE  # "Ảnh do gia đình cung cấp": a photo's credit, however it is worded
    if words <= 6 and _CLOCK_WORDS.match(text):
        return Kind.DATE
    if words <= 12 and _CREDIT_LINE.match(text):
        return Kind.SOURCE
    if words <= 8 and _MARKER_LINE.match(text):
        return Kind.MARKER
    if (words <= 40 and _MARKER_PREFIX.match(text)) or (words <= 30 and _ARROW_LINK.match(text)):
        return Kind.LINK
    if words <= _MAX_STAMPED_ITEM_WORDS and _STAMPED_ITEM.match(text) and not _SENT_END.search(text):
        return Kind.LINK  # "8/1/2017, 15:34 Chuyển 6 tập đoàn, tổng công ty": a related item under its stamp
    if words <= 40 and _COUNT_TAIL_WORDS.may_find(text) and _COUNT_TAIL.search(text):
        return Kind.LINK  # "<headline> (275 bình luận)": a related item showing its comment count
    if words <= 30 and TAG.match(text) and not _STATEMENT_END.search(text):
        return Kind.LINK  # "[Video] <headline>": a link to another item
    if words <= 30 and _is_nav(text) or _MIN_MENU_ITEMS <= words <= 60 and (_is_menu(text, words) or _is_menu_row(text)):
        return Kind.NAV
    if words <= 120 and (_ROW_JOIN.search(text) or " / " in text or _DASH_JOIN.search(text)) and _is_pipe_row(text):
        return Kind.LINK
    if _is_caption(text, words):
        return Kind.CAPTION
    stamped = _STAMP_TAIL.sub("", text) if text.endswith((")", ")\n")) else text  # a related item's "… (05:59)" /
    # "(17/7)" is read without it (only a line ending in ")" can hold one: tested first)
    if ELLIPSIS_END.search(stamped) and words <= 80 and one_sentence(stamped):
        return Kind.TEASER  # one sentence cut short; a paragraph of story may end in "..." too
    if words <= 40 and (not _SENT_END.search(text) or _INITIAL_END.search(text)) and one_sentence(
            _LIST_NUMBER.sub("", text)):
        # "... sau khi bắt giữ Cao Mỹ D." ends on an initial, not a full stop; "2. Tăng hệ số k, khó cho người
        # nghèo" is a numbered headline
        return Kind.HEADLINE
    if words <= 30 and _QE_END.search(text) and one_sentence(text):
        return Kind.QUESTION
    return Kind.SENTENCE


def make_lines(texts: list[str]) -> list[Line]:
    """A fresh Line for each text (its kind, word count and key are remembered by text: the cleaner's
    passes over one page see the same lines again)."""
    return [Line(t, *_line_fields(t)) for t in texts]


@lru_cache(maxsize=8192)
def _line_fields(text: str) -> tuple[Kind, int, str]:
    if _single_spaced(text):  # no need to split and join
        return classify(text), text.count(" ") + 1, text.casefold()
    return classify(text), len(text.split()), " ".join(text.casefold().split())


_OTHER_SPACE = re.compile(r"[^\S ]")  # whitespace but a plain space


def _single_spaced(text: str) -> bool:
    """Words parted by one plain space each, none before or after them: ``" ".join(text.split()) == text``."""
    return bool(text) and text[0] != " " and text[-1] != " " and "  " not in text and (
        text.isprintable() or _OTHER_SPACE.search(text) is None)  # a printable text holds no space but " "


def looks_like_byline(line: Line) -> bool:
    """ "Mộc Miên (Tổng hợp)", "Thu Hà - Ngân Hà", "DUY AN": an author credit, part of the story's end."""
    return line.kind is Kind.HEADLINE and line.words <= 9 and _names_shape(line.text)


@lru_cache(maxsize=8192)  # remembered by text: the rules ask about the same lines again and again
def _names_shape(text: str) -> bool:
    """What ``looks_like_byline`` asks of a short headline's text: mostly capitalised words, no digit."""
    if _DIGIT.search(text):
        return False
    words = [w for w in text.split() if w.lower() not in _NAME_FILLER]
    if text.isupper() and any(len(group.split()) > _MAX_NAME_WORDS for group in _NAME_SEP.split(text)):
        return False  # "ĐỌC THÊM TRÊN BÁO ĐIỆN TỬ": a label in capitals, longer than any name
    return bool(words) and sum(bool(_NAME_WORD.match(w)) for w in words) >= 0.75 * len(words)


_NAME_SEP = re.compile(r"\s*[-–/,(]\s*|\)")
_MAX_NAME_WORDS = 4  # "TẠ THU THỦY", "NGUYỄN THỊ MINH KHAI"


_OUTLET = re.compile(r"\w\.[A-Za-z]{2,}\b|\w\s*/\s*\w")  # "Thanh Tùng - Qdnd.vn", "Anh Thư/Hà Nội Mới"
_ABBREVIATION = re.compile(rf"^[{VI_UPPER}]{{2,6}}$")


def personal_byline(line: Line) -> bool:
    """ "Mộc Miên (Tổng hợp)", "Thu Hà - Ngân Hà", "DUY AN": a byline naming people (the story's credit),
    not a desk credit such as "PV", "Nhóm PV - Dân trí" or "CTV Minh Anh" (an abbreviation among names)."""
    return looks_like_byline(line) and _names_people(line.text)


@lru_cache(maxsize=8192)  # remembered by text, as _names_shape
def _names_people(text: str) -> bool:
    """What ``personal_byline`` asks of a byline's text: people's names, no outlet, not a desk."""
    if _OUTLET.search(_PARENS.sub("", text)):
        return False
    words = [w.strip("()-–/,") for w in text.split()]
    words = [w for w in words if w and w.lower() not in _NAME_FILLER and w.lower() not in ("tổng", "hợp")]
    if len(words) < 2:
        return len(words) == 1 and "." in words[0]  # "H.M (tổng hợp)": initials; "PV": no name is one word
    abbreviations = [w for w in words if _ABBREVIATION.match(w)]
    return not abbreviations or len(abbreviations) == len(words)  # "DUY AN" is a name in capitals
