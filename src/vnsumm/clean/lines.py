"""Line kinds: what one line of a scraped article looks like on its own.

Date stamps, credits, section markers, inline links, share rows and widgets, breadcrumbs,
photo captions, headline-like lines, teasers cut with "...", and sentences. Context
(``vnsumm.clean.boilerplate``) then decides which lines are story.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from vnsumm.clean.metadata import parse_date_line, parse_source_line
from vnsumm.clean.normalize import VI_UPPER
from vnsumm.clean.prefilter import Prefilter, split_anywhere
from vnsumm.clean.sentences import split_sentences

__all__ = ["Kind", "HARD", "Line", "classify", "make_lines", "looks_like_byline", "personal_byline", "one_sentence",
           "ELLIPSIS_END", "INNER_BOUNDARY", "BULLET"]


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
    r"^(?:[©®]|\(c\)\s*\d{4}|copyright\b|bản quyền (?:thuộc|©)|.*all rights reserved"
    r"|.*\bgiữ bản quyền\b|.*\bphát hành lại (?:thông tin|nội dung|bài viết)|.*\bquan điểm riêng của tác giả"
    r"|.*\bkhông (?:nhất thiết )?phản ánh quan điểm của (?:tòa soạn|toà soạn|báo)"
    # a chat log's or a comment thread's message: "[19:45] Hoàng Long: …", "tuan.nguyen88: …", "bạn đọc Đức Anh: …"
    r"|\[(?:\d{1,2}/\d{1,2}/\d{2,4},?\s*)?\d{1,2}:\d{2}(?::\d{2})?\]\s*[^:\[\]]{1,40}:"
    r"|(?:bạn đọc|độc giả)\s+[^\W\d_][^:]{0,30}:\s"
    r"|cơ quan chủ quản\b|.*\bchịu trách nhiệm (?:chính|xuất bản|nội dung)\s*:"  # the masthead every site must carry
    r"|(?:thông tin|nội dung|bài viết)(?: trong bài(?: viết)?)? chỉ mang tính (?:chất )?tham khảo"
    r"|.*\?\s*có\s*[|/]?\s*không$"  # "Bài viết có hữu ích không? Có | Không"
    r"|(?:thảo luận|chủ đề) trong .{1,40} bắt đầu bởi|.*\bcác trường bắt buộc được đánh dấu"
    r"|(?:hotline|điện thoại|đt|tel|fax|e-?mail)\s*:\s*[\w@.+()\- ]{5,40}$"
    r"|(?:nghe|đọc|lắng nghe)\s+(?:bài\s+(?:viết|báo)|tin)(?:\s+này)?$|\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}$"
    r"|(?:trang|page)\s+(?:\d+\s*)+(?:tiếp|sau|next|»|>)?$|(?:tải|download)\s+(?:ứng\s+dụng|app)\b"
    r"|đăng\s+ký\s+(?:nhận\s+)?(?:bản\s+tin|tin)|cỡ\s+chữ\b|lưu\s+bài(?:\s+viết)?$|báo\s+lỗi$"
    r"|(?:xin chào|chào|kính gửi|kính chào|thân gửi|dear|hi|hello)\b[^.!?]{0,40},$"  # a newsletter's salutation
    r"|(?:xin chào|chào|kính chào)\s+(?:bạn|các bạn|quý vị|quý độc giả|độc giả)(?:\s+đọc)?\s*[,!.]"  # and its greeting
    r"|.*\bgiấy phép\b.{0,60}\b\d+/gp-"  # the licence line every site carries: "Giấy phép số 364/GP-BTTTT …"
    r"|(?:mọi hình thức|nghiêm cấm|cấm|không được)\s+(?:\S+\s+){0,3}sao chép\b"
    r"|[(*\s]*(?:tên|họ tên)\s+(?:\S+\s+){0,4}(?:đã\s+)?(?:được\s+)?thay đổi\W*$"  # "* Tên nhân vật đã được thay đổi."
    r"|(?:bấm|nhấn|click|chạm)\s+(?:vào\s+)?(?:để\s+)?(?:mở rộng|thu gọn|xem tiếp|đọc tiếp)\W*$"
    r"|mở (?:trong|bằng) ứng dụng$|chủ đề trước\b"
    r"|đây là (?:ảnh chụp nhanh của trang|bộ nhớ cache của)|trang hiện tại có thể đã thay đổi"  # a search engine's cache
    r"|.*\bsố\s+\d+\s*\(\d+\)(?!.*[.!?]$)|.*\bsố\s+\d+\s*[-–|•,]\s*(?:thứ\s|chủ nhật)"
    r"|(?:hãy\s+)?(?:theo dõi|follow|đăng ký kênh|like)\b.{0,40}\btrên\s+(?:google news|facebook|zalo|youtube|tiktok|telegram)"
    r"|(?:nội dung|bài viết)(?:\s+này)?\s+được\s+(?:thực hiện|sản xuất)\s+với sự\s+(?:tài trợ|hỗ trợ|đồng hành)"
    r"|.*\bcookie.*\bbạn\b|.*\bbạn\b.*\bcookie|.*\bghi rõ nguồn\b"
    r"|.*\b(?:dưới đây|sau đây)\b.{0,40}\btin\b|.*\btin\b.{0,40}\b(?:dưới đây|sau đây)\b"  # a newsletter's opening
    r"|chữ ký\s*:"  # a forum member's signature
    r"|\d[\d.,]*\s*(?:bình luận|lượt chia sẻ|lượt xem|lượt thích|chia sẻ)(?:\s+\d[\d.,]*\s*(?:bình luận|lượt chia sẻ|"
    r"lượt xem|lượt thích|chia sẻ))+$)", re.I)  # "THỂ THAO Số 249 (6205) - Thứ Ba 15-3-2017": a print issue's header
_CREDIT_ROLE = (r"(?:thực\s+hiện|quay\s+phim|dựng(?:\s+phim)?|âm\s+thanh|kỹ\s+thuật|bài|ảnh|bài\s+(?:và|,)\s+ảnh|bài,\s*ảnh|video|clip|đồ\s+họa|thiết\s+kế|biên\s+tập|"
                r"trình\s+bày|tác\s+giả|người\s+viết|phóng\s+viên|nhóm\s+phóng\s+viên|pv)\s*:\s*[^.!?:]{2,60}?")
# "Bài: Thu Hà", "Bài: Thu Hà - Ảnh: Minh Đức": one or more roles and their people
_CREDIT_LINE = re.compile(rf"^{_CREDIT_ROLE}(?:\s*[-–|/,;]\s*{_CREDIT_ROLE})*$", re.I)
_MARKER_LINE = re.compile(rf"^[\W_]*(?:{_MARKER_WORDS})[\W_]*(?:\(\d+\)|\d+)?[\W_]*$", re.I)
_MARKER_PREFIX = re.compile(
    rf"^(?:[>»►▶→•*\-–+\s]*)(?:{_MARKER_WORDS})\s*(?:[:;>»›]|>>|\s[-–]\s)\s*\S", re.I)
_STAMPED_ITEM = re.compile(r"^\d{1,2}/\d{1,2}/\d{4},?\s+\d{1,2}:\d{2}\s+\S")
_MAX_STAMPED_ITEM_WORDS = 20
_COUNT_TAIL = re.compile(r"\S\s\(\d[\d.,]*\s*(?:bình\s+luận|ý\s+kiến|lượt\s+xem|comments?|views?)\)$", re.I)
_TAG_LINK = re.compile(r"^\[[^\]]{1,15}\]\s*\S")
_ARROW_LINK = re.compile(rf"^(?:>>|»|►|▶|→|⇒|>)\s*\S|^(?:liên kết|link)\s+[\d\"'“‘{VI_UPPER}]")  # "liên kết <headline>": a screen reader
_SHARE_TOKENS = frozenset(
    "fb facebook yt youtube zl zalo tw twitter x in email e-mail mail chia sẻ share like thích tweet "
    "linkedin pinterest telegram messenger copy link sao chép liên kết gửi lưu bookmark print tiktok "
    "instagram ig rss bài viết báo lỗi trả lời reply vi phạm cỡ chữ a- a+ nghe đọc bài này tải về "
    "google news theo dõi trên qua follow đăng nhập đăng ký bình luận phản hồi trích dẫn giờ phút trước "
    "| · • + - / 0 1 2 3 4 5 6 7 8 9".split())  # "Thích · Phản hồi · 7 giờ"
_SOCIAL = frozenset("fb facebook yt youtube zl zalo tw twitter tweet linkedin pinterest telegram messenger "
                    "share chia email tiktok instagram print rss in lưu trả phản".split())
_NAV_SEP = re.compile(r"\s*(?:>|»|›|/|\|)\s*")
_CAPTION_TAIL = re.compile(
    r"(?:(?:^|[.(\[\-–—|,:]\s*)(?i:ảnh|nguồn\s+ảnh|ảnh\s+minh\s+họa|photo|video|clip|đồ\s+họa|infographic)"
    r"|(?:^|\s)(?:Ảnh|ẢNH|Nguồn ảnh|NGUỒN ẢNH|Photo|PHOTO|Video|Đồ họa))"
    rf"\s*(?::|-|–)\s*(?:[^.!?]|\.(?=[^\s.])|(?<=\b[{VI_UPPER}])\.\s(?=[{VI_UPPER}])){{0,80}}?\??[)\]]?\s*\.?$")
# the credit may hold initials and dotted names: "Ảnh: T.D. Vinh/Pháp luật TP.HCM"
_CAPTION_MARKS = frozenset(":-–")  # a credit tail always has one of these: checked before the pattern
_CAPTION_NOTE = re.compile(r"(?:[.!?]\s+[(\[]?|\s[(\[])(?:ảnh|hình|video|clip)\s+(?:minh\s+họa|tư\s+liệu|chụp\s+(?:từ\s+)?màn\s+hình|cắt\s+từ\s+clip)"
                           r"[)\]]?\.?$", re.I)  # "… tại bệnh viện. Ảnh chụp màn hình"
_CAPTION_ALONE = re.compile(r"^[(\[]?\s*(?:ảnh|hình)\s+(?:minh\s+họa|tư\s+liệu|chụp\s+màn\s+hình)[^.!?]{0,40}[)\]]?\.?$",
                            re.I)
_VIDEO_LABEL = re.compile(r"^(?:video|clip)\s*:\s*\S", re.I)
_MAX_VIDEO_CAPTION_WORDS = 40
_PHOTO_ABOVE = ("▲", "△", "▴", "⬆")
_CAPTION_START = re.compile(r"^(?:Quang cảnh|Toàn cảnh|Cận cảnh)\b")
_PHOTO_SOUVENIR = re.compile(r"chụp ảnh (?:lưu niệm|chung)", re.I)
_SENT_END = re.compile(r"(?:[.!?;:…]|\.\.)[\"')\]]*$")
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
_NAME_WORD = re.compile(rf"^[{VI_UPPER}(][\w.]*\)?$")
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


_CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|(?<![\d.,])(?:\+84|\(?0)\d{1,3}\)?(?:[\s.]?\d{2,4}){2,3}(?![\d.,])")
_STARS = re.compile(r"[★☆✩✭⭐]{3,}")
_STAR_CHARS = "★☆✩✭⭐"  # one of them is tested for first (cheaper than the pattern)
_STAGE = re.compile(r"^[(\[][^()\[\]]*\b[a-zà-ỹđ]+[^()\[\]]*[)\]]$")
_COUNTER = re.compile(r"^\S+(?:\s+\S+){0,3}\s*\(\d[\d.,]*\)$")
_CLOCK_WORDS = re.compile(r"^\d{1,2}\s*giờ(?:\s*\d{1,2}\s*phút)?(?:\s*\d{1,2}\s*giây)?$", re.I)
# words of a page talking about itself, its reader or its delivery: three different ones make a notice
_PAGE_WORDS = re.compile(
    r"(?<!\w)(?:trang|email|e-mail|bản tin|ứng dụng|website|web|bài viết|bài báo|độc giả|bạn đọc|tòa soạn|toà soạn|"
    r"sao chép|đăng ký|đăng nhập|phiên bản|nhấn|bấm|click|ctrl|tìm hiểu thêm|chia sẻ|bình luận|theo dõi|tải về|liên hệ|"
    r"quảng cáo|nhà tài trợ|hiển thị|chụp nhanh|tham khảo|lời khuyên|đường dây nóng|chuyên mục|thông báo|tin bài|"
    r"miễn phí|quý vị|các bạn|xem lại|vui lòng|báo in|đặt mua|gửi câu hỏi|hỏi đáp|trình duyệt|làm mới|"
    r"tiếng việt có dấu|ý kiến của bạn|người đầu tiên|đọc|xem)(?!\w)",
    re.I)
_MIN_PAGE_WORDS, _MAX_NOTICE_WORDS = 3, 30
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")  # an address counts as one more word of the page's own vocabulary
# an advertisement's words: three different ones, one of which speaks to a buyer (news about loans and sales
# uses the others too), or two with a call to act now ("Mua ngay - Giảm đến 54% …")
_AD_WORDS = re.compile(
    r"(?<!\w)(?:ưu đãi|khuyến mãi|khuyến mại|giảm giá|giảm đến|giảm tới|miễn phí|học thử|dùng thử|"
    r"(?:(?<!xác )(?<!chấp )(?<!tiếp )(?<!ghi )(?<!thừa )(?<!công )nhận|mua|đặt|đặt lịch|đặt hàng|đăng ký|gọi|liên hệ|tải)"
    r"\s+(?:\w+\s+)?ngay|chỉ từ|duy nhất tại|trọn đời|không cần thế chấp|giải ngân|trả góp|"
    r"lãi suất|online|trực tuyến|hotline|voucher|mã giảm giá|freeship|hoàn tiền|tặng kèm|mở tài khoản|vay tiêu dùng)(?!\w)",
    re.I)
_NEWS_AD_WORDS = frozenset({"ưu đãi", "khuyến mãi", "khuyến mại", "giảm giá", "giải ngân", "trả góp", "lãi suất"})
_MIN_AD_WORDS, _MAX_AD_WORDS = 3, 30
_DURATION = re.compile(r"^(?:khoảng\s+)?\d+(?:\s*[–-]\s*\d+)?\s*(?:phút|min)(?:\s+đọc)?$", re.I)  # "6 – 8 phút": reading time
_REACTIONS = re.compile(r"^[^\W\d_]+(?:\s+[^\W\d_]+)?\s*[x×]\s*\d+$|^[^\w\s]+\s*\d[\d.,]*[KkMm]?$")  # "Like x 3", "👍❤️😢 7,8K"
# a reader's comment closed by its reply row: "Nhung Người dân mới là … Trả lời · Thích · 10 giờ trước"
_REPLY_ROW_END = re.compile(r"(?:trả lời|thích|phản hồi)\s*·\s*(?:trả lời|thích|phản hồi)"
                            r"(?:\s*·\s*\d+\s*(?:giây|phút|giờ|ngày|tuần|tháng|năm)(?:\s+trước)?)?$", re.I)
_QUOTED_CUT = re.compile(r'^"[^"]{10,300}?[\w,]\s?(?:\.\.\.|…)"$')  # “Tại cuộc họp báo chiều 4/5,...”: a cut teaser
_PRINT_PAGE = re.compile(r"^TRANG \d{1,3}\s+\D+$")
_HANDLE_SAYS = re.compile(r"^[^\W\d_A-ZĐ][\w.]*[\d_.][\w.]*:\s+\S")  # "tuan.nguyen88: Quá đúng, …"
_USER_NAME = re.compile(r"^[^\W\d_A-ZĐ]\w*[\d_.]\w*$")  # "võthảo64", "minhtuan_89": one lower-case handle
_FIELD = re.compile(rf"^[{VI_UPPER}][^\W\d]*(?: [^\W\d]+){{0,4}}:\s*(?P<value>[^.!?:]{{1,30}})$")  # "Bước 1: …" is a story's step
_MAX_FIELD_WORDS = 8
_FIELD_PAIR = re.compile(rf"[{VI_UPPER}][\w ]{{0,20}}:\s*[\w./-]{{1,12}}\s*")
_POST_NUMBER = re.compile(r"^[\w.]+ #\d+$")
_URL = re.compile(r"https?://\S+|www\.\S+")
_RULED = re.compile(r"^[-=_*~#]{3,}.{0,60}[-=_*~#]{3,}$")  # "---------- Forwarded message ---------"
_CONTINUED = re.compile(r"^[(\[]?\s*(?:tiếp\s+theo|xem\s+tiếp|tiếp)\s+(?:ở\s+)?trang\s+\d+\s*[)\]]?\.?$", re.I)


def _has_any(text: str, chars: str | frozenset[str]) -> bool:
    """Whether ``text`` holds one of ``chars`` (a cheap test before a pattern that needs one)."""
    return any(c in text for c in chars)


def _advertises(text: str) -> bool:
    if not _AD_WORDS_FOUND.may_find_times(text, min(_MIN_AD_WORDS, 2)):  # both tests below need two words or more
        return False
    found = {m.lower() for m in _AD_WORDS.findall(text)}
    return (len(found) >= _MIN_AD_WORDS and bool(found - _NEWS_AD_WORDS)) or (
        len(found) >= 2 and any(w.endswith("ngay") for w in found))


def _widget_shape(text: str, words: int) -> bool:
    """A page widget by its shape: a contact line (an e-mail address or a phone number, no sentence), a
    star rating, a bracketed note ("[Âm thanh hiện trường]"), a counter ("Trả lời (69)"), a label ("Lời bình:")."""
    if words <= 25 and ("@" in text or "0" in text or "+84" in text) and not _SENT_END.search(
            text.replace(":", "")) and _CONTACT.search(text):  # _CONTACT needs "@", "0" or "+84": tested first
        return True
    if words <= 3 and _POST_NUMBER.match(text):
        return True  # "Tuan_Anh #3": a forum post's author and number
    if words <= 10 and text.count(":") >= 2 and len(_FIELD_PAIR.findall(text)) >= 2 and not _FIELD_PAIR.sub("", text).strip():
        return True  # "Bài viết: 9918  Tham gia: 08-2013": a forum member's counters
    if words <= _MAX_NOTICE_WORDS and _PAGE_WORDS_FOUND.may_find_several(text, _MIN_PAGE_WORDS - ("@" in text)) \
            and len({m.lower() for m in _PAGE_WORDS.findall(text)}) + (
            "@" in text and bool(_EMAIL.search(text))) >= _MIN_PAGE_WORDS:  # an e-mail address counts as one
        return True  # "Nếu email không hiển thị đúng, vui lòng xem phiên bản web.": the page talking about itself
    if words <= _MAX_AD_WORDS and _advertises(text):
        return True  # "Vay tiêu dùng lãi suất chỉ từ 0,8%/tháng, giải ngân trong 24 giờ, không cần thế chấp."
    if words <= 5 and (_DURATION.match(text) or _REACTIONS.match(text)) or (words == 1 and _USER_NAME.match(text)) or (
            words <= _MAX_NOTICE_WORDS and text.startswith('"') and _QUOTED_CUT.match(text)) or (
            "·" in text and bool(_REPLY_ROW_END.search(text))) or (":" in text and bool(_HANDLE_SAYS.match(text))):
        return True
    field = _FIELD.match(text) if ":" in text else None
    if words <= _MAX_FIELD_WORDS and field and not _names_only(field.group("value")):
        return True  # "Thời gian đọc ước tính: 5 phút", "Chủ đề: Bản tin sáng": a label and its value
    if words <= 6 and text.startswith("TRANG ") and text.isupper() and _PRINT_PAGE.match(text):
        return True  # "TRANG 8  HỒ SƠ": a print page's running head
    if (words <= 6 and _URL.search(text)) or _CONTINUED.match(text) or _RULED.match(text):
        return True  # a link line ("link: https://…"), a print page's "Tiếp theo trang 1"
    return (_has_any(text, _STAR_CHARS) and bool(_STARS.search(text))) or (words <= 8 and bool(_STAGE.match(text))) or (
        words <= 5 and bool(_COUNTER.match(text))) or (words <= 4 and text.endswith(":"))


def _names_only(text: str) -> bool:
    """ "Mỹ Hạnh", "Công Sơn - Vi Thảo": capitalised words only (a credit's people, kept as a credit)."""
    words = [w for w in re.split(r"[\s,\-–/&]+", text) if w]
    return bool(words) and all(_NAME_WORD.match(w) for w in words)


def _is_hashtags(text: str) -> bool:
    if not text.lstrip().startswith("#"):  # the first word must be a hashtag: tested before splitting
        return False
    tokens = text.split()
    return bool(tokens) and tokens[0].startswith("#") and sum(t.startswith("#") for t in tokens) * 2 >= len(tokens)


def _is_share_row(text: str) -> bool:
    tokens = text.lower().replace(",", " ").replace(": ", " ").split()
    if 2 <= len(tokens) <= 8 and all(len(t) <= 2 and not t.isdigit() for t in tokens):
        return True  # a row of icon labels: "f t in", "fb yt zl tw"
    return 0 < len(tokens) <= 14 and all(t in _SHARE_TOKENS for t in tokens) and any(t in _SOCIAL for t in tokens)


# section names that news sites put in their menus (a row of them is the site's menu, never a headline)
_SECTIONS = re.compile(
    r"(?<!\w)(?:thời sự|góc nhìn|thế giới|video|kinh doanh|bất động sản|nhà đất|khoa học|công nghệ|số hóa|giải trí|"
    r"thể thao|pháp luật|giáo dục|học đường|sức khỏe|đời sống|du lịch|xe|ô tô|xe máy|ý kiến|tâm sự|văn hóa|xã hội|"
    r"kinh tế|chính trị|quốc phòng|an ninh|quân sự|tài chính|chứng khoán|ngân hàng|doanh nghiệp|thị trường|"
    r"tin tức|thời trang|làm đẹp|ẩm thực|gia đình|sao|âm nhạc|phim|điện ảnh|bạn đọc|podcast|infographics?|"
    r"e-?magazine|multimedia|media|news|world|business|sports?|tech|travel|health|life|style|star|beauty|fashion|"
    r"music|movies?|entertainment|opinion|home|trang chủ|tin mới|tin nóng|chủ đề|đọc nhiều|xem nhiều|mới nhất|địa phương|"
    r"xu hướng|bóng đá)(?!\w)",
    re.I)
_MIN_MENU_ITEMS = 4


def _is_menu(text: str, words: int) -> bool:
    """A row of a site's section names ("Thời sự Góc nhìn Thế giới Video Kinh doanh …"): four or more, making up
    half its words or more, and no sentence end."""
    if _SENT_END.search(text):
        return False
    found = [f for f in _SECTIONS.findall(text) if f[0].isupper()]  # each item of a menu starts with a capital
    return len(found) >= _MIN_MENU_ITEMS and sum(len(f.split()) for f in found) * 2 >= words


def _is_nav(text: str) -> bool:
    if _SENT_END.search(text) or not _NAV_GAP.search(text):
        return False
    parts = [p for p in _NAV_SEP.split(text) if p]
    longest = 8 if _CRUMB.search(text) else 5  # "›" and "»" join nothing but crumbs: a section name may be long
    return 2 <= len(parts) <= 7 and all(len(p.split()) <= longest for p in parts)


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
    single_sentence = words <= 30 and not _STOP_SPACE.search(text)
    return single_sentence and bool(_CAPTION_START.match(text) or _PHOTO_SOUVENIR.search(text))


def one_sentence(text: str) -> bool:
    """No sentence boundary inside the line (quoted speech in a headline does not count)."""
    unquoted = _QUOTED.sub('""', text) if text.count('"') % 2 == 0 else text.replace('"', "")
    return not INNER_BOUNDARY.search(unquoted) or len(split_sentences(unquoted)) == 1


# Costly patterns are tried only on a line holding words they need (read from each pattern: exact whatever
# the rule; see vnsumm.clean.prefilter).
_WIDGET_PARTS = split_anywhere(_WIDGET_LINE)  # its alternatives at the start, and those anywhere
_WIDGET_ANYWHERE = Prefilter(_WIDGET_PARTS[1]) if _WIDGET_PARTS else None
_COUNT_TAIL_WORDS = Prefilter(_COUNT_TAIL)
_CAPTION_TAIL_WORDS, _CAPTION_NOTE_WORDS = Prefilter(_CAPTION_TAIL), Prefilter(_CAPTION_NOTE)
_PAGE_WORDS_FOUND = Prefilter(_PAGE_WORDS)  # which of its words a line holds, counted before the pattern runs
_AD_WORDS_FOUND = Prefilter(_AD_WORDS)


def _widget_line(text: str) -> bool:
    """Whether ``_WIDGET_LINE`` matches: its alternatives that may start anywhere ("….*all rights reserved")
    are tried only on a line holding their words (the same answer, without a scan per alternative)."""
    if _WIDGET_PARTS is None or _WIDGET_ANYWHERE is None or "\n" in text:
        return _WIDGET_LINE.match(text) is not None
    head, anywhere = _WIDGET_PARTS
    return head.match(text) is not None or (_WIDGET_ANYWHERE.may_find(text) and anywhere.search(text) is not None)


@lru_cache(maxsize=8192)
def classify(text: str) -> Kind:
    """The kind of one normalised, non-empty line, judged on its own."""
    words = len(text.split())
    if words <= 12 and parse_date_line(text) is not None:
        return Kind.DATE
    if words <= 10 and not ELLIPSIS_END.search(text) and parse_source_line(text) is not None:
        return Kind.SOURCE
    if words <= 14 and _is_share_row(text):
        return Kind.SHARE
    if (words <= 4 and _AD_LINE.match(text)) or (words <= 25 and _widget_line(text)) or _is_hashtags(text):
        return Kind.SHARE  # an ad slot or a page widget stands alone; it opens no block
    if _widget_shape(text, words):
        return Kind.SHARE
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
    if words <= 30 and _TAG_LINK.match(text) and not _STATEMENT_END.search(text):
        return Kind.LINK  # "[Video] <headline>": a link to another item
    if words <= 30 and _is_nav(text) or _MIN_MENU_ITEMS <= words <= 60 and _is_menu(text, words):
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
