#!/usr/bin/env python3
"""Blind held-out test set 38 for the Vietnamese news page cleaner.

Builds scraped-looking news pages, one per usable VietNews row in BODY_ROWS,
each laid out as one of LAYOUTS (a news *genre* with the furniture that genre
carries).  Other stories' text (headlines, teasers, captions of other stories'
photos) comes only from RELATED_ROWS, using the title and the first
RELATED_CUT characters of the article.  Standard library only; deterministic
(every random choice comes from random.Random seeded with a string derived
from SEED, so the output does not depend on PYTHONHASHSEED).

Usage:  python eval/clean_test38/make.py /path/to/vietnews_train.jsonl.gz
"""

import datetime
import gzip
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass

SEED = 3838
BODY_ROWS = range(13_900, 14_000)
RELATED_ROWS = range(9_700, 9_900)
RELATED_CUT = 1_200
KINDS = ("byline", "credit", "caption", "related", "widget")
LAYOUTS = (
    "live_blog",
    "photo_story",
    "explainer_factbox",
    "opinion_column",
    "announcement_notice",
    "market_prices",
    "sports_match",
    "weather_traffic",
    "court_report",
    "press_release",
    "correction_notice",
    "longform_magazine",
    "video_news",
    "podcast_episode",
    "multipart_series",
    "sponsored_partner",
    "qa_interview",
    "local_government",
    "print_reprint",
    "wire_digest",
    "classic_news",
)
FAULTS = ("nbsp", "zwsp", "double_space", "nfd", "glue")
FAULT_SHARE = 0.25


@dataclass
class Page:
    text: str
    body: list[str]
    furniture: list[tuple[str, str]]
    layout: str


def _rng(*parts) -> random.Random:
    return random.Random("test38|%d|%s" % (SEED, "|".join(str(p) for p in parts)))


# --------------------------------------------------------------------------
# text helpers
# --------------------------------------------------------------------------

_UP = ("A-ZĐÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÈÉẺẼẸÊẾỀỂỄỆÌÍỈĨỊÒÓỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢ"
       "ÙÚỦŨỤƯỨỪỬỮỰỲÝỶỸỴ")
_INITIALS = re.compile(r"(?:[%s]\.)*[%s]" % (_UP, _UP))
_ABBR = {
    "TP", "Tp", "Q", "P", "TS", "PGS", "GS", "ThS", "Ths", "BS", "KS", "NXB",
    "TX", "Th", "PGS.TS", "GS.TS", "TS.BS", "ThS.BS", "Th.S", "St", "Mr",
    "Mrs", "Ms", "Dr", "Jr", "Sr", "Co", "No", "tr", "Ltd", "Inc", "vs",
}


def tidy(s: str) -> str:
    """NFC, drop format characters, collapse whitespace."""
    s = unicodedata.normalize("NFC", s)
    s = "".join(ch for ch in s if unicodedata.category(ch) != "Cf")
    return re.sub(r"\s+", " ", s).strip()


def _key(s: str) -> str:
    """Case- and space-insensitive comparison key."""
    s = unicodedata.normalize("NFC", s)
    s = "".join(ch for ch in s if unicodedata.category(ch) != "Cf")
    return re.sub(r"\s+", "", s).casefold()


def _starts_sentence(s: str) -> bool:
    s = s.lstrip()
    if s[:1] in ('"', "“"):
        s = s[1:].lstrip()
    return bool(s) and (s[0].isupper() or s[0].isdigit())


def split_sentences(text: str) -> list[str]:
    """Sentence splitter aware of VietNews' spaced quotes and abbreviations."""
    text = re.sub(r"(^|\s)\*\s", r"\1", text)           # interview question marks
    text = re.sub(r"\? - (?=\S)", "? ", text)           # "? - answer"
    text = re.sub(
        r"([.!…]) - (?=(?:Ông|Bà|Cô|Thầy|TS|PGS|GS|ThS|Anh|Chị|Em)\b[^:.?!]{0,60}:)",
        r"\1 ", text)
    out: list[str] = []
    start = 0
    for m in re.finditer(r"[.!?…]+", text):
        if m.group() == ".":
            head = text[start:m.start()]
            tok = head.split(" ")[-1].lstrip("(\"“'") if head else ""
            if tok in _ABBR or (tok and _INITIALS.fullmatch(tok)):
                continue
        k = m.end()
        if text.count('"', 0, m.start()) % 2 == 1 and text[k:k + 2] == ' "':
            k += 2
        while text[k:k + 1] and text[k:k + 1] in "”’)":
            k += 1
        if text[k:k + 1] != " " or not _starts_sentence(text[k + 1:]):
            continue
        piece = text[start:k].strip()
        if piece:
            out.append(piece)
        start = k + 1
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    res: list[str] = []
    for s in out:
        if res and not re.search(r"\w", s):
            res[-1] = res[-1] + " " + s
            continue
        res.append(s)
    return res


# --------------------------------------------------------------------------
# cleaning a VietNews article into the story's own sentences
# --------------------------------------------------------------------------

_RELATED_MARK = re.compile(
    r"(Xem thêm|XEM THÊM|Đọc thêm|ĐỌC THÊM|Tin liên quan|TIN LIÊN QUAN|Bài liên quan|"
    r"Mời (?:bạn đọc|quý độc giả) xem|>>|\bTTO - )")
_FUSED_CREDIT = re.compile(
    r"(Ảnh\s*:|ẢNH\s*:|Ảnh minh ho|Ảnh tư liệu|Nguồn ảnh|Clip\s*:|CLIP\s*:|Video\s*:|"
    r"VIDEO\s*:|Đồ hoạ\s*:|Đồ họa\s*:|Infographic|"
    r"\((?:trái|phải|giữa|đứng|ngồi|áo|thứ \w+ từ|từ trái|từ phải|hàng đầu|bìa)[^)]{0,40}\))")
_LINKY = re.compile(r"((?<=\w )tại đây\s*[:.]|TẠI ĐÂY|bấm vào đây|nhấn vào đây|click vào)")
_STARTER = (
    r"(?:Theo|Mỗi|Hồi(?! giáo)|Dù|Khi|Trong|Tại|Các|Nhiều|Sau|Ông(?! Ích| Tố)|"
    r"Bà(?! Trưng| Rịa)|Cô|Thầy|Luật sư|Đó|Đây|Với|Để|Ở|Từ|Nếu|Tuy|Nhưng|Chúng|Tôi|"
    r"Em|Cùng|Vì|Do|Lãnh đạo|Bên|Ngoài|Trước|Giữa|Riêng|Suốt|Có|Sáng|Chiều|Trưa|"
    r"Tối|Đêm|Hôm|Xung|Mặc|Ngay|Chị|Họ|Bởi|Như|Việc|Cũng|Còn|Chỉ|Đa số|Hàng|Lúc|"
    r"Qua|Chuyện|Bạn|Tất cả|Hiện nay|Tổng(?! công ty| LĐLĐ| thống| cục| liên| Bí| giám))")
_HEADING_GLUE = re.compile(r"(?<=[a-zà-ỹđ0-9)%]) " + _STARTER + r"\b")
_QUOTED_HEADING = re.compile(r'^" ([^"]{12,90}) " (?=' + _STARTER + r"\b)")
_NAME_DASH = re.compile(
    r"^(?:Ông|Bà|Cô|Thầy|Anh|Chị|Em|TS|PGS|GS)?\.? ?(?:[%s][^\s,]*\s){1,4}- " % _UP)
_REPORTING = re.compile(
    r"(cho biết|nói|khẳng định|chia sẻ|cho rằng|xác nhận|phát biểu|trao đổi|thông tin|"
    r"kể|nhận định|đánh giá|yêu cầu|đề nghị|thừa nhận|giải thích|nhấn mạnh|bày tỏ)")


def _looks_like_names(tail: str) -> bool:
    tail = re.sub(r"\([^)]{1,40}\)", "", tail).strip()
    parts = [p.strip() for p in re.split(r" - | – |,|/| và |;", tail) if p.strip()]
    if not parts or len(parts) > 4:
        return False
    for p in parts:
        words = p.split()
        if not 1 <= len(words) <= 5:
            return False
        if not all(w[0].isupper() or w[0].isdigit() for w in words):
            return False
    return True


def _strip_tail(text: str):
    """Remove glued trailers (sources, authors, related titles) from the end."""
    authors: list[str] = []
    sources: list[str] = []
    for _ in range(8):
        m = re.search(r"\s*\(\s*(?:[Tt]heo|THEO|Nguồn\s*:?)\s+([^()]{2,80}?)\s*\)\s*\.?\s*$", text)
        if m and m.start() > 0:
            sources.insert(0, m.group(1).strip())
            text = text[:m.start()].rstrip()
            continue
        m = re.search(r"\s*\(\s*(?:Tổng hợp|tổng hợp|TỔNG HỢP|TH)\s*\)\s*\.?\s*$", text)
        if m and m.start() > 0:
            sources.insert(0, "Tổng hợp")
            text = text[:m.start()].rstrip()
            continue
        m = re.search(r"(?<=[.!?…\"”)])\s+(?:Theo|THEO|Nguồn\s*:)\s+([^.!?\"]{2,60})$", text)
        if m and len(m.group(1).split()) <= 6:
            sources.insert(0, m.group(1).strip())
            text = text[:m.start()].rstrip()
            continue
        m = re.search(r"(?<=[.!?…\"”)])\s+([^.!?\"“”]{2,90})$", text)
        if m:
            tail = m.group(1).strip()
            if _looks_like_names(tail):
                authors.insert(0, tail)
                text = text[:m.start()].rstrip()
                continue
            if len(tail.split()) <= 15 and "," not in tail:
                text = text[:m.start()].rstrip()      # glued related-link title
                continue
        break
    return text, authors, sources


def clean_article(article: str):
    """Return (sentences, info) for a VietNews article."""
    text, authors, sources = _strip_tail(tidy(article))
    raw = split_sentences(text)
    info = {"authors": authors, "sources": sources, "lead_caption": None}
    sents = list(raw)
    # lead photo caption as first sentence
    if sents:
        first = sents[0]
        if _FUSED_CREDIT.search(first) or (
                _NAME_DASH.match(first) and len(first) <= 170 and not _REPORTING.search(first)):
            info["lead_caption"] = re.sub(r"\s*[-–]?\s*Ảnh\s*:.*$", "", first).strip() or None
            sents = sents[1:]
    # trailers: related-link blocks
    for j, s in enumerate(sents):
        if j and _RELATED_MARK.search(s):
            if j >= len(sents) // 2:
                sents = sents[:j]
            else:
                sents = sents[:j] + sents[j + 1:]
            break
    out: list[str] = []
    seen = set()
    for j, s in enumerate(sents):
        if _FUSED_CREDIT.search(s) or _LINKY.search(s) or _RELATED_MARK.search(s):
            continue
        if j == len(sents) - 1 and s.endswith(":"):
            continue
        m = _QUOTED_HEADING.match(s)
        if m:
            s = s[m.end():]
        else:
            m = _HEADING_GLUE.search(s)
            if m:
                prefix = s[:m.start()]
                if len(prefix.split()) <= 12 and not re.search(r"[,;.!?]", prefix):
                    s = s[m.end() - len(m.group()) + 1:]
        s = s.strip()
        if not re.search(r"\w", s) or s in seen:
            continue
        seen.add(s)
        out.append(s)
    if not out:
        out = [s for s in raw if not _FUSED_CREDIT.search(s)] or [text]
    return out, info


# --------------------------------------------------------------------------
# reading the gz file
# --------------------------------------------------------------------------

def _usable(raw: bytes):
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if not line.strip():
        return None
    try:
        obj = json.loads(line)
    except ValueError:
        return None
    if not isinstance(obj, dict):
        return None
    title, article = obj.get("title"), obj.get("article")
    if not isinstance(title, str) or not isinstance(article, str):
        return None
    if not title.strip() or not article.strip():
        return None
    return title, article


def _read_rows(train_path):
    last = max(BODY_ROWS.stop, RELATED_ROWS.stop) - 1
    body, related = [], []
    with gzip.open(train_path, "rb") as fh:
        for i, raw in enumerate(fh):
            if i in BODY_ROWS or i in RELATED_ROWS:
                row = _usable(raw.rstrip(b"\n"))
                if row is not None:
                    (body if i in BODY_ROWS else related).append((i, row[0], row[1]))
            if i >= last:
                break
    return body, related


def _related_item(i, title, article):
    cut = article[:RELATED_CUT]
    sents = split_sentences(tidy(cut))
    if len(article) > RELATED_CUT and sents:
        sents = sents[:-1]                        # the cut fell inside it
    sents = [s for s in sents if 25 <= len(s) <= 260 and not _RELATED_MARK.search(s)]
    caption = sents[0] if sents and len(sents[0]) <= 170 else None
    rest = [s for s in sents if s != caption and not _FUSED_CREDIT.search(s)
            and s.count('"') % 2 == 0]
    teaser = rest[0] if rest else None
    return {"row": i, "title": tidy(title), "caption": caption, "teaser": teaser}


# --------------------------------------------------------------------------
# invented names, outlets and wording banks
# --------------------------------------------------------------------------

_SUR = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
        "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Mai", "Lâm", "Quách",
        "Tạ", "Châu", "Kiều", "Lưu", "Thái", "Tôn", "La")
_MID = ("Văn", "Thị", "Minh", "Thanh", "Ngọc", "Hoài", "Quốc", "Thu", "Đức", "Gia",
        "Bảo", "Khánh", "Xuân", "Kim", "Hữu", "Phương", "Hồng", "Diệu", "Tường", "Nhật",
        "An", "Thảo", "Bích", "Trọng")
_GIVEN = ("An", "Bình", "Châu", "Dũng", "Duy", "Giang", "Hà", "Hải", "Hạnh", "Hiếu",
          "Hoa", "Huy", "Khang", "Khoa", "Lam", "Linh", "Long", "Lộc", "Mai", "My", "Nam",
          "Nga", "Nhi", "Phong", "Phúc", "Quân", "Quyên", "Sơn", "Tâm", "Thảo", "Thắng",
          "Tín", "Trang", "Trí", "Trung", "Tú", "Uyên", "Vy", "Yến", "Đạt", "Nguyên",
          "Kha", "Luân", "Ngân", "Oanh", "Thuỵ", "Vinh", "Xuyến")
_SITES = ("Sao Khuê Online", "Báo điện tử Ngân Hà", "Tin Nhanh Hoa Sen", "Thời Báo Cánh Diều",
          "Nhật Báo Đồng Xanh", "Bản Tin Hải Đăng", "Kênh Tin Mũi Tên", "Trang Tin Bến Nghé",
          "Báo Mây Trắng", "Tin Sớm Phương Nam", "Tuần San Lúa Vàng", "Điểm Tin Ba Miền")
_OUTLETS = ("Tạp chí Giảng Đường Mới", "Báo Cầu Vồng", "Tin Tức Sông Hàn", "Nhật báo Trường Sơn",
            "Thời báo Cửu Long", "Kênh Sóng Đỏ", "Báo Bình Minh Số", "Trang Tin Phố Hiến",
            "Tạp chí Bút Nghiên", "Đài Phát thanh Hương Giang")
_AGENCIES = ("Thông tấn Á Đông", "Hãng tin Bắc Hải", "Hãng tin Nam Dương", "Thông tấn Viễn Phương",
             "Hãng tin Lục Địa")
_BRANDS = ("Công ty Cổ phần Giáo dục Hạt Mầm", "Hệ thống Anh ngữ Cầu Nối", "Tập đoàn Tri Thức Việt Sáng",
           "Học viện Kỹ năng Ngôi Sao", "Công ty Sách Cánh Buồm Xanh", "Trung tâm Du học Đại Dương")
_TEAMS = ("Hải Long FC", "Sông Lam Xanh", "Cao nguyên United", "Phố Núi Star", "Bến Thành Sport",
          "Kinh Bắc FC", "Đồng Tháp Lúa", "Hạ Long Sóng Biển")
_PLACES = ("TP. HCM", "Hà Nội", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Quảng Ngãi", "Nghệ An",
           "Thanh Hoá", "Quảng Nam", "Khánh Hoà", "Đắk Lắk", "Gia Lai", "Cà Mau", "Sơn La",
           "Hưng Yên", "Quảng Bình", "Bình Định", "Tiền Giang", "Long An", "Hải Dương",
           "Huế", "Nha Trang", "Quảng Trị", "Bình Dương", "Đồng Nai", "An Giang")
_SECTIONS = ("Thời sự", "Giáo dục", "Thế giới", "Kinh doanh", "Pháp luật", "Sức khoẻ", "Thể thao",
             "Văn hoá", "Giải trí", "Du lịch", "Công nghệ", "Xe", "Bạn đọc", "Nhịp sống trẻ")
_SUBSECTIONS = ("Tuyển sinh", "Du học", "Chuyện học đường", "Khuyến học", "Góc phụ huynh",
                "Tư vấn hướng nghiệp", "Thi cử", "Nhà trường")
_WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")


def _full(r):
    return "%s %s %s" % (r.choice(_SUR), r.choice(_MID), r.choice(_GIVEN))


_PEN_FIRST = tuple(m for m in _MID if m not in ("Văn", "Thị")) + _GIVEN


def _pen(r):
    return "%s %s" % (r.choice(_PEN_FIRST), r.choice(_GIVEN))


def _caps(s):
    return s.upper()


def _byline(r, ctx=None):
    a, b = _pen(r), _pen(r)
    full = _full(r)
    forms = [
        full,
        _caps(a),
        "%s - %s" % (a, b),
        "%s - %s" % (_caps(a), _caps(b)),
        "%s, %s" % (full, _full(r)),
        "Phóng viên %s" % full,
        "%s (%s)" % (a, r.choice(_AGENCIES)),
        "%s (theo %s)" % (_caps(a), r.choice(_AGENCIES)),
        "Tác giả: %s" % full,
        "Bài: %s" % a,
        "%s • %s" % (a, b),
        "Nhóm phóng viên %s" % r.choice(_SECTIONS),
        "%s thực hiện" % a,
        "%s | Biên tập: %s" % (full, b),
        "Biên tập viên: %s" % a,
        "Bài và ảnh: %s" % _caps(a),
        "Nhóm PV: %s, %s" % (a, b),
        "Bài và ảnh do phóng viên %s thực hiện." % full,
        "Nhóm phóng viên %s ghi nhận." % r.choice(_SECTIONS).lower(),
        "Phóng viên %s đã có mặt tại hiện trường." % a,
        "%s là phóng viên chuyên mục %s của báo." % (full, r.choice(_SECTIONS).lower()),
    ]
    if ctx is not None and ctx.get("authors"):
        forms += [ctx["authors"][0]] * 3
    return r.choice(forms)


def _credit(r, ctx=None):
    a = _pen(r)
    o = r.choice(_OUTLETS)
    forms = [
        "Theo %s" % o,
        "Nguồn: %s" % o,
        "(Theo %s)" % o,
        "Nguồn tin: %s" % r.choice(_AGENCIES),
        "Ảnh: %s" % _caps(a),
        "Ảnh: %s/%s" % (a, o),
        "Ảnh: Tư liệu",
        "Video: %s" % a,
        "Đồ hoạ: %s" % _caps(a),
        "Tham khảo: %s, %s" % (o, r.choice(_AGENCIES)),
        "Tổng hợp từ %s và %s" % (o, r.choice(_AGENCIES)),
        "Bài viết có sử dụng tư liệu của %s." % o,
        "(Tổng hợp)",
        "Theo %s (%s)" % (a, o),
        "Thông tin trong bài được tổng hợp từ %s và %s." % (o, r.choice(_AGENCIES)),
        "Ảnh trong bài do nhân vật cung cấp.",
        "Video do bạn đọc gửi tới toà soạn.",
        "Bài viết được đăng lại với sự đồng ý của %s." % o,
    ]
    if ctx is not None and ctx.get("sources"):
        forms += ["Theo %s" % ctx["sources"][0], "(Theo %s)" % ctx["sources"][0],
                  "Nguồn: %s" % ctx["sources"][0]]
    return r.choice(forms)


def _photo_credit(r):
    a = _pen(r)
    return r.choice(["Ảnh: %s" % _caps(a), "Ảnh: %s" % a, "Ảnh: %s/%s" % (a, r.choice(_OUTLETS)),
                     "Ảnh: Tư liệu", "Ảnh: Nhân vật cung cấp", "Ảnh: Bạn đọc gửi",
                     "(Ảnh: %s)" % a, "Nguồn ảnh: %s" % r.choice(_OUTLETS),
                     "Ảnh do nhà trường cung cấp.", "Ảnh chụp lại từ màn hình, nhân vật đã đồng ý đăng tải.",
                     "Ảnh: %s chụp ngày %d-%d" % (a, r.randint(1, 28), r.randint(1, 12))])


def _ago(r):
    return r.choice(["%d phút trước" % r.randint(3, 58), "%d giờ trước" % r.randint(1, 23),
                     "Hôm qua", "%d ngày trước" % r.randint(2, 6)])


def _count(r, lo=50, hi=99999):
    n = r.randint(lo, hi)
    return "{:,}".format(n).replace(",", ".")


_NAV = (
    "Trang chủ | Thời sự | Giáo dục | Thế giới | Kinh doanh | Thể thao",
    "☰ Chuyên mục",
    "Trang chủ Thời sự Giáo dục Pháp luật Sức khoẻ Văn hoá Giải trí",
    "Mới nhất | Đọc nhiều | Video | Podcast | Ảnh",
    "Đăng nhập | Đăng ký",
    "Tìm kiếm",
    "Menu",
    "Tin nóng | Chuyên đề | Tiện ích",
    "Giáo dục › Tuyển sinh",
    "Trang chủ / Giáo dục / Chuyện học đường",
    "Bạn đang đọc: Giáo dục",
    "English | Tiếng Việt",
)
_SHARE = (
    "Chia sẻ", "Chia sẻ bài viết", "Facebook Zalo Email", "Sao chép liên kết", "Lưu bài viết",
    "In bài", "Gửi bài viết qua email", "Chia sẻ: Facebook | Zalo | Twitter",
    "Thích (%s)", "Chia sẻ (%s)", "Đã sao chép liên kết!", "Lưu để đọc sau",
)
_SHARE_PROMPTS = (
    "Nếu thấy bài viết hữu ích, hãy chia sẻ cho người thân và bạn bè.",
    "Bạn có thể lưu bài viết để đọc lại khi không có kết nối mạng.",
    "Đã có hơn %d người chia sẻ bài viết này." % 300,
    "Gửi bài viết này cho một người bạn đang quan tâm đến chủ đề tuyển sinh.",
)
_COMMENT_HEAD = ("Bình luận", "Ý kiến bạn đọc", "Bình luận (%s)", "Gửi ý kiến của bạn",
                 "Thảo luận", "%s bình luận")
_COMMENTS = (
    "Bài viết rất hữu ích, cảm ơn tác giả.",
    "Mong các cơ quan chức năng sớm vào cuộc làm rõ.",
    "Đọc xong mà thấy thương các em quá.",
    "Tôi hoàn toàn đồng ý với ý kiến này.",
    "Năm nào cũng thấy chuyện này lặp lại, chán thật.",
    "Cần có thêm thông tin chi tiết hơn về vấn đề này.",
    "Phụ huynh chúng tôi rất mong nhà trường phản hồi sớm.",
    "Hy vọng năm sau mọi việc sẽ tốt hơn.",
    "Cảm ơn báo đã lên tiếng kịp thời.",
    "Không biết ở địa phương tôi có áp dụng như vậy không?",
)
_COMMENT_TAIL = ("Trả lời", "Thích", "Xem thêm bình luận", "Xem thêm %s bình luận",
                 "Viết bình luận...", "Sắp xếp theo: Mới nhất", "Gửi bình luận")
_NEWSLETTER = (
    "Đăng ký nhận bản tin giáo dục mỗi sáng thứ Hai để không bỏ lỡ thông tin tuyển sinh.",
    "Nhận tin mới nhất qua email mỗi ngày.",
    "Hãy để lại email, chúng tôi sẽ gửi bạn những bài đọc chọn lọc trong tuần.",
    "Bản tin sáng: tổng hợp 10 tin quan trọng gửi đến hộp thư của bạn lúc 6 giờ.",
    "Đăng ký bản tin",
)
_NEWSLETTER_UI = ("Email của bạn", "Đăng ký", "Nhập địa chỉ email", "Đăng ký ngay", "Huỷ đăng ký bất cứ lúc nào")
_ADS = ("Quảng cáo", "QC", "Nội dung quảng cáo", "Ẩn quảng cáo", "Tài trợ", "Advertisement",
        "Quảng cáo giúp chúng tôi duy trì nội dung miễn phí.", "Báo lỗi quảng cáo")
_FOLLOW = (
    "Theo dõi chúng tôi trên mạng xã hội để cập nhật tin tức nhanh nhất.",
    "Tải ứng dụng để đọc tin nhanh hơn",
    "Bật thông báo để nhận tin nóng",
    "Đọc tin trên ứng dụng: iOS | Android",
    "Quét mã QR để tải ứng dụng.",
)
_LEGAL = (
    "© %d %s. Giữ toàn quyền.",
    "Bản quyền thuộc về %s. Cấm sao chép dưới mọi hình thức khi chưa có sự đồng ý bằng văn bản.",
    "Giấy phép hoạt động báo điện tử số %d/GP-BTTTT cấp ngày %d/%d/%d.",
    "Ghi rõ nguồn %s khi phát hành lại thông tin từ website này.",
    "Về chúng tôi | Liên hệ | Điều khoản sử dụng | Chính sách bảo mật",
    "Liên hệ quảng cáo: 028 3%d %d",
    "Toà soạn: số %d đường Hoa Sữa, phường %d, quận %d.",
    "Chịu trách nhiệm nội dung: Ban biên tập %s",
)
_NOTICES = (
    "Mời bạn đọc gửi câu hỏi, góp ý về chuyên mục qua hộp thư của toà soạn.",
    "Toà soạn luôn trân trọng mọi ý kiến đóng góp của bạn đọc.",
    "Bài viết sẽ tiếp tục được cập nhật khi có thông tin mới.",
    "Bình luận của bạn sẽ được kiểm duyệt trước khi hiển thị.",
    "Vui lòng gõ tiếng Việt có dấu khi gửi bình luận.",
    "Mọi hành vi sao chép nội dung mà không ghi nguồn đều vi phạm bản quyền.",
    "Ứng dụng mới giúp bạn đọc tin nhanh hơn và tiết kiệm dữ liệu di động.",
    "Bạn đọc có thể nghe bản đọc tự động của bài viết này.",
    "Thông tin trong bài chỉ mang tính tham khảo.",
    "Hãy chia sẻ bài viết nếu bạn thấy hữu ích cho người thân và bạn bè.",
    "Gửi tin bài, hình ảnh, video về đường dây nóng của toà soạn để được hỗ trợ kịp thời.",
    "Chúng tôi sử dụng cookie để cải thiện trải nghiệm đọc của bạn.",
)
_PAYWALL = (
    "Bạn đã đọc hết số bài viết miễn phí trong tháng này.",
    "Đăng ký gói thành viên để đọc không giới hạn các bài viết chuyên sâu.",
    "Nội dung dành cho thành viên. Đăng nhập để đọc tiếp.",
    "Chỉ từ 2.000 đồng mỗi ngày, bạn có thể đọc toàn bộ bài viết trên mọi thiết bị.",
    "Đã là thành viên? Đăng nhập",
)
_TAG_HEAD = ("Từ khoá:", "Tags:", "Chủ đề:", "Xem theo chủ đề:", "#")
_BACKTOP = ("Lên đầu trang", "↑ Về đầu trang", "Quay lại", "Trở về trang chủ", "Về trang chuyên mục")
_RELATED_HEAD = (
    "Tin liên quan", "Đọc thêm", "Có thể bạn quan tâm", "Bài viết cùng chuyên mục", "Tin cùng chủ đề",
    "Đừng bỏ lỡ", "Xem nhiều nhất", "Tin mới", "Tin khác", "Đọc nhiều", "Cùng chuyên mục",
    "Bài đọc nhiều trong tuần", "Nổi bật", "Bạn có thể thích", "TIN LIÊN QUAN", "ĐỌC THÊM",
    "Tin đã đưa", "Các tin khác",
)
_INLINE_REL = ("Đọc thêm: %s", "Xem thêm: %s", ">> %s", "Đọc tiếp: %s", "Tin liên quan: %s",
               "► %s", "Có thể bạn quan tâm: %s")

_CAPTION_BANKS = (
    ("people", None, (
        "{P} trao đổi với phóng viên {W}.",
        "{P} phát biểu tại buổi làm việc.",
        "{P} chia sẻ tại toạ đàm.",
        "{P} (giữa) cùng các đồng nghiệp.",
        "{P} tại văn phòng làm việc.",
        "{P} trả lời câu hỏi của báo chí {W}.",
    )),
    ("exam", r"thi |thí sinh|tuyển sinh|điểm chuẩn|đề thi|xét tuyển|kỳ thi", (
        "Thí sinh làm thủ tục tại một điểm thi ở {L}.",
        "Phụ huynh chờ con trước cổng trường thi {W}.",
        "Thí sinh trao đổi bài sau giờ thi.",
        "Học sinh tìm hiểu thông tin tại một ngày hội tư vấn tuyển sinh.",
        "Các em học sinh ôn tập trước kỳ thi.",
        "Cán bộ coi thi kiểm tra giấy tờ của thí sinh.",
        "Thí sinh xem kết quả trên bảng thông báo của nhà trường.",
    )),
    ("incident", r"công an|khởi tố|tai nạn|điều tra|hành hung|tố cáo|kỷ luật|vi phạm|lạm thu|gian lận|đình chỉ", (
        "Lực lượng chức năng có mặt tại hiện trường.",
        "{O}, nơi xảy ra sự việc.",
        "Đoàn kiểm tra làm việc tại {O} {W}.",
        "Phụ huynh tập trung trước cổng trường để phản ánh sự việc.",
        "Cổng chính của {O}.",
        "Buổi làm việc giữa cơ quan chức năng và nhà trường {W}.",
    )),
    ("university", r"sinh viên|đại học|ĐH|giảng viên|nghiên cứu", (
        "Sinh viên trong giờ học tại {O}.",
        "Sinh viên tham gia hoạt động ngoại khoá tại {L}.",
        "Giảng viên hướng dẫn sinh viên thực hành trong phòng thí nghiệm.",
        "Buổi lễ tốt nghiệp của sinh viên {O}.",
        "Toàn cảnh khuôn viên {O}.",
        "Sinh viên ôn bài tại thư viện trường.",
    )),
    ("event", r"lễ |hội nghị|hội thảo|ký kết|kỷ niệm|toạ đàm|diễn đàn|chương trình|cuộc thi", (
        "Các đại biểu tham dự buổi lễ tại {L}.",
        "Quang cảnh hội nghị {W}.",
        "Lễ ký kết hợp tác diễn ra {W}.",
        "Khoảnh khắc đáng nhớ của buổi gặp mặt.",
        "Buổi lễ thu hút đông đảo người tham dự.",
        "Ban tổ chức trao giải cho các đội xuất sắc.",
    )),
    ("world", r"(?<!\w)(?:Mỹ|Nhật Bản|Nga|Trung Quốc|Úc|Canada|Đức|Iran|Pháp|Hàn Quốc|nước Anh|Vương quốc Anh)(?!\w)", (
        "Học sinh trong một lớp học ở nước ngoài.",
        "Sinh viên trong khuôn viên một trường đại học nước ngoài.",
        "Một lớp học tiểu học ở châu Âu.",
    )),
    ("school", None, (
        "Học sinh {O} trong giờ ra chơi.",
        "Một góc lớp học tại {L}.",
        "Giáo viên và học sinh trong tiết học {W}.",
        "Học sinh tan trường tại {L}.",
        "Các em học sinh hào hứng với hoạt động mới.",
        "Thư viện trường thu hút nhiều học sinh đến đọc sách.",
        "Phụ huynh chờ đón con trước cổng trường.",
        "Tiết học ngoài trời của học sinh ở {L}.",
    )),
)


def _caption_bank(text, has_people, has_place):
    bank = []
    for name, pat, caps in _CAPTION_BANKS:
        if name == "people":
            if has_people:
                bank.extend(caps)
        elif name == "world":
            if not has_place and re.search(pat, text):
                bank.extend(caps)
        elif pat is None or re.search(pat, text):
            bank.extend(caps)
    return bank


def _fmt_caption(r, ctx, tmpl=None):
    for _ in range(6):
        s = _fmt_caption1(r, ctx, tmpl)
        if s not in ctx["used_captions"]:
            break
        tmpl = None
    ctx["used_captions"].add(s)
    return s


def _fmt_caption1(r, ctx, tmpl=None):
    tmpl = tmpl or r.choice(ctx["captions"])
    p = r.choice(ctx["people"]) if ctx["people"] else None
    if "{P}" in tmpl and p is None:
        tmpl = "Quang cảnh buổi làm việc {W}."
    when = r.choice(["sáng %s" % ctx["dm"], "chiều %s" % ctx["dm"], "ngày %s" % ctx["dm"],
                     "hôm qua", "mới đây"]) if ctx["dm"] else r.choice(["hôm qua", "mới đây", "sáng nay"])
    s = tmpl.format(P=p or "", W=when, O=ctx["org"] or "nhà trường", L=ctx["place"] or "địa phương")
    if r.random() < 0.04:
        s = r.choice(_CAPTION_FRAG)
    return s[0].upper() + s[1:]


_CAPTION_FRAG = ("Ảnh minh hoạ", "Ảnh tư liệu", "Hình minh hoạ", "Ảnh chụp màn hình")


def _caption_with_credit(r, ctx):
    cap = _fmt_caption(r, ctx)
    style = r.random()
    if style < 0.25 and cap.endswith("."):
        return "%s - Ảnh: %s" % (cap[:-1], _caps(_pen(r)))
    if style < 0.4:
        return "%s (Ảnh: %s)" % (cap, _pen(r))
    return cap


# --------------------------------------------------------------------------
# page builder
# --------------------------------------------------------------------------

class _B:
    def __init__(self):
        self.items = []          # ("b", sentences) | ("f", kind, line) | ("p", line)

    def fur(self, kind, line):
        assert kind in KINDS
        line = tidy(line)
        if line:
            self.items.append(("f", kind, line))

    def plain(self, line):
        self.items.append(("p", tidy(line)))

    def para(self, sents):
        self.items.append(("b", list(sents)))


def _paragraphs(sents, r):
    out, i = [], 0
    sizes = [1, 2, 3, 4]
    weights = r.choice([(2, 4, 3, 1), (1, 2, 4, 3), (4, 3, 2, 1), (1, 3, 3, 3), (3, 3, 3, 1)])
    while i < len(sents):
        n = r.choices(sizes, weights)[0]
        out.append(sents[i:i + n])
        i += n
    return out


def _slots(r, n_paras, n_boxes, lo=1):
    """Distinct positions (after paragraph index) for n_boxes boxes inside the story."""
    cands = list(range(lo, max(lo + 1, n_paras)))
    if n_paras <= lo:
        return [n_paras] * n_boxes
    r.shuffle(cands)
    picked = sorted(cands[:n_boxes])
    while len(picked) < n_boxes:
        picked.append(n_paras)
    return picked


def _story(b, paras, inserts):
    """Write paragraphs; inserts maps paragraph index -> callables run after it."""
    for i, p in enumerate(paras):
        for fn in inserts.get(("before", i), []):
            fn()
        b.para(p)
        for fn in inserts.get(i + 1, []):
            fn()
    for fn in inserts.get(len(paras) + 1, []):
        fn()


def _add(inserts, pos, fn):
    inserts.setdefault(pos, []).append(fn)


def _captions_inside(inserts, b, r, ctx, paras, n):
    for pos in _slots(r, len(paras), n + 1):
        _add(inserts, pos, lambda: b.fur("caption", _caption_with_credit(r, ctx)))


def _related_box(b, r, ctx, n=None, head=True, teasers=None, numbered=False, style=None):
    rel = ctx["rel_take"](n or r.randint(2, 5))
    if head:
        b.fur("related", r.choice(_RELATED_HEAD))
    style = style if style is not None else r.randint(0, 5)
    for k, it in enumerate(rel):
        t = it["title"]
        if numbered:
            t = "%d. %s" % (k + 1, t)
        elif style == 1:
            t = "• " + t
        elif style == 2:
            t = "- " + t
        elif style == 3:
            t = "%s (%s)" % (t, _ago(r))
        b.fur("related", t)
        want = teasers if teasers is not None else (style == 4 or r.random() < 0.85)
        if want and it["teaser"]:
            b.fur("related", it["teaser"])


def _inline_related(b, r, ctx):
    it = ctx["rel_take"](1)[0]
    b.fur("related", r.choice(_INLINE_REL) % it["title"])


def _comments(b, r, n=None):
    head = r.choice(_COMMENT_HEAD)
    b.fur("widget", head % _count(r, 2, 300) if "%s" in head else head)
    picks = r.sample(_COMMENTS, n or r.randint(1, 3))
    for c in picks:
        who = _pen(r)
        form = r.choices([0, 1, 2, 3], (5, 1, 2, 2))[0]
        if form == 0:
            b.fur("widget", "%s: %s" % (who, c))
        elif form == 1:
            b.fur("widget", who)
            b.fur("widget", c)
            b.fur("widget", _ago(r))
        elif form == 2:
            b.fur("widget", c)
            b.fur("widget", "%s · %s" % (who, _ago(r)))
        else:
            b.fur("widget", "%s - %s" % (c, who))
        if r.random() < 0.2:
            b.fur("widget", "Trả lời · Thích (%d)" % r.randint(1, 90))
    tail = r.choice(_COMMENT_TAIL)
    b.fur("widget", tail % _count(r, 3, 60) if "%s" in tail else tail)


def _share(b, r, n=None):
    for s in r.sample(_SHARE, n or r.randint(1, 2)):
        b.fur("widget", s % _count(r, 1, 900) if "%s" in s else s)
    if r.random() < 0.5:
        b.fur("widget", r.choice(_SHARE_PROMPTS))


def _nav(b, r, n=None):
    for s in r.sample(_NAV, n or r.randint(1, 2)):
        b.fur("widget", s)


_TAG_WORDS = ("tuyển sinh", "thi THPT quốc gia", "điểm chuẩn", "học sinh", "sinh viên", "giáo viên",
              "học phí", "đại học", "mầm non", "tiểu học", "phụ huynh", "sách giáo khoa", "du học",
              "tiếng Anh", "kỷ luật", "thư viện", "nghiên cứu khoa học", "giáo sư", "học bổng",
              "Bộ GD-ĐT", "lớp 10", "lớp 1", "lớp 6", "đuối nước", "bạo lực học đường")


def _tags(b, r, ctx):
    text = ctx["text"]
    chunks = [w for w in _TAG_WORDS if w in text]
    r.shuffle(chunks)
    chunks = chunks[:r.randint(2, 4)]
    for extra in (ctx["place"], ctx["org"]):
        if extra and r.random() < 0.6:
            chunks.append(extra)
    if ctx["people"] and r.random() < 0.4:
        chunks.append(ctx["people"][0].split(" ", 1)[1])
    chunks = chunks or ["giáo dục", "tin tức"]
    style = r.choice([0, 0, 1, 2, 3])
    if style == 0:
        b.fur("widget", "%s %s" % (r.choice(_TAG_HEAD[:4]), ", ".join(chunks)))
    elif style == 1:
        b.fur("widget", " ".join("#" + c.replace(" ", "") for c in chunks))
    elif style == 2:
        b.fur("widget", r.choice(_TAG_HEAD[:4]))
        for c in chunks:
            b.fur("widget", c)
    else:
        b.fur("widget", " | ".join(chunks))


def _footer(b, r, ctx):
    site = ctx["site"]
    for t in r.sample(_LEGAL, r.randint(1, 2)):
        n = t.count("%")
        if t.startswith("©"):
            s = t % (ctx["year"], site)
        elif "GP-BTTTT" in t:
            s = t % (r.randint(10, 600), r.randint(1, 28), r.randint(1, 12), r.randint(2010, 2018))
        elif n == 1:
            s = t % site
        elif "028" in t:
            s = t % (r.randint(100, 999), r.randint(1000, 9999))
        elif n == 3:
            s = t % (r.randint(1, 300), r.randint(1, 15), r.randint(1, 12))
        else:
            s = t
        b.fur("widget", s)


def _notice(b, r, n=1):
    for t in r.sample(_NOTICES, n):
        b.fur("widget", t)


def _paywall(b, r):
    for t in r.sample(_PAYWALL, r.randint(1, 2)):
        b.fur("widget", t)


def _newsletter(b, r):
    b.fur("widget", r.choice(_NEWSLETTER))
    for s in r.sample(_NEWSLETTER_UI, r.randint(1, 2)):
        b.fur("widget", s)


def _date_line(r, ctx):
    d, hh, mm = ctx["date"], ctx["hh"], ctx["mm"]
    wd = _WEEKDAYS[d.weekday()]
    forms = [
        "%s, %02d/%02d/%d, %02d:%02d (GMT+7)" % (wd, d.day, d.month, d.year, hh, mm),
        "%02d/%02d/%d %02d:%02d" % (d.day, d.month, d.year, hh, mm),
        "%02d:%02d - %02d/%02d/%d" % (hh, mm, d.day, d.month, d.year),
        "Ngày %d tháng %d năm %d" % (d.day, d.month, d.year),
        "Cập nhật lúc %02d:%02d, %02d/%02d/%d" % (hh, mm, d.day, d.month, d.year),
        "%02d-%02d-%d - %02d:%02d GMT+7" % (d.day, d.month, d.year, hh, mm),
        "Đăng ngày %02d.%02d.%d lúc %dh%02d" % (d.day, d.month, d.year, hh, mm),
        "%s %d/%d/%d %dh%02d" % (wd, d.day, d.month, d.year, hh, mm),
    ]
    return r.choice(forms)


def _site_line(r, ctx):
    s = ctx["site"]
    return r.choice([s, s.upper(), "%s - Tin tức 24h" % s, "%s | Tin nhanh, chính xác" % s,
                     "Báo điện tử %s" % s if not s.startswith("Báo") else s])


def _stamp(r, ctx):
    d = ctx["date"]
    return r.choice([
        "Cập nhật: %02d:%02d %02d/%02d/%d" % (r.randint(6, 22), r.randint(0, 59), d.day, d.month, d.year),
        "Lần sửa cuối: %02d/%02d/%d" % (d.day, d.month, d.year),
        _ago(r),
        "Đăng lúc %dh%02d" % (r.randint(6, 22), r.randint(0, 59)),
    ])


def _top(b, r, ctx, nav=True, site=True, date=True, kicker=None, byline_top=None):
    if site and r.random() < 0.85:
        b.plain(_site_line(r, ctx))
    if nav and r.random() < 0.5:
        _nav(b, r, 1)
    if kicker:
        b.fur("widget", kicker)
    b.plain(ctx["title"])
    order = r.random()
    if byline_top and order < 0.5:
        b.fur("byline", byline_top)
    if date:
        b.plain(_date_line(r, ctx))
    if byline_top and order >= 0.5:
        b.fur("byline", byline_top)


def _lead_photo(b, r, ctx):
    """The story's lead photo: VietNews lead caption when detected, else invented."""
    cap = ctx["lead_caption"] or _fmt_caption(r, ctx)
    style = r.randint(0, 3)
    if style == 0:
        b.fur("caption", cap)
        b.fur("credit", _photo_credit(r))
    elif style == 1:
        b.fur("caption", cap)
    elif style == 2:
        b.fur("credit", _photo_credit(r))
        b.fur("caption", cap)
    else:
        b.fur("caption", "%s %s" % (cap, _photo_credit(r)))


# --------------------------------------------------------------------------
# layouts (one function per genre)
# --------------------------------------------------------------------------

def _lay_live_blog(b, r, ctx, paras):
    kicker = r.choice(["TRỰC TIẾP", "● ĐANG DIỄN RA", "Tường thuật trực tiếp", "LIVE", "Trực tiếp ●",
                       "Cập nhật liên tục"])
    _top(b, r, ctx, kicker=kicker)
    pins = ("Ghim: Bài viết được cập nhật liên tục, bạn đọc tải lại trang để xem diễn biến mới nhất.",
            "Tin ghim: Các mốc thời gian trong bài tính theo giờ Hà Nội.",
            "Lưu ý: Diễn biến được sắp xếp theo thứ tự thời gian, tin cũ ở trên.",
            "📌 Toà soạn sẽ tiếp tục cập nhật thông tin trong ngày.",
            "Bạn đọc có thông tin, hình ảnh liên quan xin gửi về đường dây nóng của toà soạn.")
    refresh = ("Có %d cập nhật mới - nhấn để xem" % r.randint(2, 9), "↻ Làm mới",
               "Tự động cập nhật: BẬT", "Tải lại trang để xem tin mới nhất.", "Xem diễn biến mới",
               "Dừng tự động cập nhật")
    if r.random() < 0.8:
        b.fur("widget", r.choice(pins))
    b.fur("widget", r.choice(refresh))
    if r.random() < 0.5:
        b.fur("byline", r.choice(["Nhóm phóng viên tường thuật", "Tường thuật: %s" % _pen(r),
                                  "%s và %s tường thuật" % (_pen(r), _pen(r))]))
    hh, mm = r.randint(6, 15), r.randint(0, 59)
    cap_at = r.randint(1, max(1, len(paras) - 1))
    for i, p in enumerate(paras):
        mm += r.randint(4, 40)
        hh, mm = hh + mm // 60, mm % 60
        style = r.randint(0, 4)
        stamp = ["%02d:%02d" % (hh, mm), "%dh%02d" % (hh, mm), "Cập nhật %02d:%02d" % (hh, mm),
                 "%02d:%02d ●" % (hh, mm), "[%02d:%02d]" % (hh, mm)][style]
        if i == 0 or r.random() < 0.75:
            b.fur("widget", stamp)
        if r.random() < 0.15:
            b.fur("byline", r.choice(["%s từ hiện trường" % _pen(r), _caps(_pen(r)), "PV %s" % _pen(r)]))
        b.para(p)
        if i == cap_at or (i and r.random() < 0.2):
            b.fur("caption", _caption_with_credit(r, ctx))
        if r.random() < 0.15:
            b.fur("widget", r.choice(["Chia sẻ cập nhật này", "Sao chép liên kết tới mục này",
                                      "Chia sẻ", "👍 %d" % r.randint(2, 200)]))
        if i == len(paras) // 2 and r.random() < 0.5:
            _inline_related(b, r, ctx)
    b.fur("widget", r.choice(["Đang cập nhật...", "Bài viết đang tiếp tục được cập nhật.",
                              "Xem các cập nhật trước", "Tải thêm diễn biến", "— Hết phần tường thuật —"]))
    if ctx["sources"] or r.random() < 0.5:
        b.fur("credit", _credit(r, ctx))
    _notice(b, r)
    _related_box(b, r, ctx)
    _share(b, r)
    if r.random() < 0.5:
        _comments(b, r)
    if r.random() < 0.5:
        _footer(b, r, ctx)


def _lay_photo_story(b, r, ctx, paras):
    kicker = r.choice(["Phóng sự ảnh", "PHOTO", "Ảnh", "Chuyện qua ảnh", "Góc ảnh", "Photo Story"])
    total = max(4, min(12, len(paras) + r.randint(1, 3)))
    byl = r.choice(["Bài và ảnh: %s" % _caps(_pen(r)), "Ảnh và bài: %s" % _pen(r),
                    "Thực hiện: %s" % _pen(r), _byline(r, ctx)])
    _top(b, r, ctx, kicker=kicker, byline_top=byl)
    b.fur("widget", r.choice(["%d ảnh" % total, "Bộ ảnh gồm %d ảnh" % total, "Xem %d ảnh" % total,
                              "Xem ảnh toàn màn hình", "▶ Trình chiếu"]))
    counter_style = r.randint(0, 3)
    photo_no = 0
    templates = list(ctx["captions"])
    r.shuffle(templates)
    credit_mode = r.randint(0, 2)
    shared_credit = _photo_credit(r)

    def photo():
        nonlocal photo_no
        photo_no += 1
        counter = ["%d/%d" % (photo_no, total), "Ảnh %d/%d" % (photo_no, total),
                   "%d / %d" % (photo_no, total), "Ảnh %d trên %d" % (photo_no, total)][counter_style]
        cap = ctx["lead_caption"] if (photo_no == 1 and ctx["lead_caption"]) else \
            _fmt_caption(r, ctx, templates[photo_no % len(templates)])
        order = r.randint(0, 3)
        if order == 0:
            b.fur("widget", counter)
            b.fur("caption", cap)
        elif order == 1:
            b.fur("caption", cap)
            b.fur("widget", counter)
        elif order == 2:
            b.fur("caption", "%s %s" % (counter, cap))
        else:
            b.fur("caption", cap)
        if credit_mode == 0:
            b.fur("credit", _photo_credit(r))
        elif credit_mode == 1 and r.random() < 0.5:
            b.fur("credit", shared_credit)

    photo()
    for i, p in enumerate(paras):
        b.para(p)
        if photo_no < total and (r.random() < 0.7 or i == 0):
            photo()
            if r.random() < 0.3:
                photo()
    if credit_mode == 2:
        b.fur("credit", r.choice(["Toàn bộ ảnh: %s" % _caps(_pen(r)), "Ảnh trong bài: %s" % _pen(r)]))
    b.fur("widget", r.choice(["◀ Trước | Tiếp ▶", "Ảnh trước", "Ảnh tiếp theo", "Đóng trình chiếu",
                              "Tải ảnh gốc"]))
    b.fur("related", r.choice(["Phóng sự ảnh khác", "Xem thêm bộ ảnh", "Ảnh đẹp trong tuần",
                               "Thư viện ảnh"]))
    for it in ctx["rel_take"](r.randint(2, 4)):
        if it["caption"] and r.random() < 0.7:
            b.fur("caption", it["caption"])
        b.fur("related", it["title"])
    _notice(b, r, r.randint(0, 1))
    _share(b, r)
    if r.random() < 0.5:
        _tags(b, r, ctx)


def _fact_bullets(r, ctx):
    bullet = r.choice(["• ", "- ", "✓ ", "▪ ", ""])
    facts = []
    if ctx["org"]:
        facts.append(r.choice(["Đơn vị liên quan: %s", "Cơ quan: %s", "Ai: %s"]) % ctx["org"])
    if ctx["dm"]:
        facts.append(r.choice(["Thời điểm: ngày %s", "Khi nào: %s", "Mốc thời gian: %s"]) % ctx["dm"])
    if ctx["place"]:
        facts.append(r.choice(["Địa điểm: %s", "Ở đâu: %s", "Phạm vi: %s"]) % ctx["place"])
    if ctx["numbers"]:
        facts.append(r.choice(["Con số: %s", "Số liệu đáng chú ý: %s", "Con số đáng chú ý: %s"])
                     % r.choice(ctx["numbers"]))
    facts.append(r.choice(["Tình trạng: đang được cập nhật", "Ảnh hưởng: học sinh, phụ huynh",
                           "Mức độ quan tâm: cao", "Văn bản: đang chờ hướng dẫn"]))
    return [bullet + f for f in facts]


def _lay_explainer(b, r, ctx, paras):
    kicker = r.choice(["Giải thích", "Hiểu nhanh", "Hỏi nhanh - đáp gọn", "Giải mã", "Explainer"])
    _top(b, r, ctx, kicker=kicker, byline_top=_byline(r, ctx) if r.random() < 0.6 else None)
    b.fur("widget", r.choice(["%d phút đọc" % r.randint(2, 9), "Thời gian đọc: %d phút" % r.randint(2, 9),
                              "Đọc trong %d phút" % r.randint(2, 9)]))
    box_first = r.random() < 0.6

    def box():
        b.fur("widget", r.choice(["Những điều cần biết", "Điều bạn cần biết", "Tóm tắt nhanh",
                                  "NHỮNG ĐIỂM CHÍNH", "Trong bài này"]))
        for f in _fact_bullets(r, ctx):
            b.fur("widget", f)
    if box_first:
        box()
    heads = ["Chuyện gì đã xảy ra?", "Vì sao điều này quan trọng?", "Ai bị ảnh hưởng?",
             "Điều gì sẽ xảy ra tiếp theo?", "Các bên nói gì?", "Bối cảnh", "Con số",
             "Vì sao lại có chuyện này?", "Người dân cần làm gì?"]
    r.shuffle(heads)
    inserts = {}
    for k, pos in enumerate(_slots(r, len(paras), min(3, max(1, len(paras) // 2)), lo=0)):
        _add(inserts, ("before", pos), (lambda h=heads[k]: b.fur("widget", h)))
    pos = _slots(r, len(paras), 1)[0]
    _add(inserts, pos, lambda: _lead_photo(b, r, ctx))
    _captions_inside(inserts, b, r, ctx, paras, r.randint(0, 2))
    if not box_first:
        _add(inserts, _slots(r, len(paras), 1)[0], box)
    _story(b, paras, inserts)
    b.fur("credit", r.choice(["Nguồn số liệu: %s" % (ctx["org"] or "cơ quan chức năng"),
                              "Dữ liệu: %s" % r.choice(_OUTLETS), _credit(r, ctx),
                              "Tài liệu tham khảo: báo cáo thường niên năm %d của %s" % (ctx["year"] - 1, ctx["org"] or "ngành giáo dục"),
                              "Bài viết tổng hợp thông tin từ %s và %s." % (r.choice(_OUTLETS), r.choice(_AGENCIES))]))
    if r.random() < 0.5:
        _paywall(b, r)
    b.fur("widget", r.choice(["Bài viết này có hữu ích với bạn không?", "Bạn thấy bài viết thế nào?"]))
    b.fur("widget", r.choice(["Có | Không", "👍 Hữu ích | 👎 Chưa hữu ích", "Có", "Rất hữu ích"]))
    _related_box(b, r, ctx, teasers=r.random() < 0.5)
    if r.random() < 0.5:
        _newsletter(b, r)


def _lay_opinion(b, r, ctx, paras):
    kicker = r.choice(["GÓC NHÌN", "Diễn đàn", "Quan điểm", "Blog", "Ý kiến", "Tiêu điểm bình luận"])
    name = _full(r)
    title_role = r.choice(["TS. ", "ThS. ", "PGS.TS ", "Nhà giáo ", ""])
    role = r.choice(["giảng viên ngành giáo dục học", "nhà nghiên cứu chính sách giáo dục",
                     "hiệu trưởng một trường phổ thông tư thục", "phụ huynh có hai con đang học tiểu học",
                     "chuyên gia tư vấn hướng nghiệp", "giáo viên dạy văn đã nghỉ hưu"])
    top = r.choice(["%s%s" % (title_role, name), _caps(name), "%s%s - %s" % (title_role, name, role),
                    "Tác giả: %s" % name])
    _top(b, r, ctx, kicker=kicker, byline_top=top)
    inserts = {}
    if r.random() < 0.7:
        _add(inserts, _slots(r, len(paras), 1)[0], lambda: _lead_photo(b, r, ctx))
    if ctx["quotes"] and r.random() < 0.6:
        q = ctx["quotes"][0]
        _add(inserts, _slots(r, len(paras), 1, lo=2)[0],
             lambda: b.fur("widget", r.choice(["“%s”", "« %s »", "\"%s\""]) % q))
    _story(b, paras, inserts)
    if r.random() < 0.5:
        b.fur("byline", _caps(name))
    b.fur("widget", r.choice([
        "Bài viết thể hiện quan điểm riêng của tác giả, không nhất thiết phản ánh quan điểm của toà soạn.",
        "Những ý kiến trong bài là của riêng tác giả.",
        "Toà soạn đăng tải bài viết nhằm rộng đường dư luận.",
        "Mời bạn đọc tiếp tục tranh luận về chủ đề này trong phần bình luận.",
        "Diễn đàn mở, mời bạn đọc gửi bài viết tham gia về hộp thư của chuyên mục."]))
    b.fur("widget", r.choice(["Về tác giả", "Tác giả", "Giới thiệu tác giả"]))
    b.fur("byline", r.choice([
        "%s%s là %s, có hơn %d năm kinh nghiệm." % (title_role, name, role, r.randint(5, 30)),
        "%s hiện là %s." % (name, role),
        "%s - %s, cộng tác viên thường xuyên của chuyên mục." % (name, role)]))
    b.fur("widget", r.choice(["Bình chọn", "Thăm dò ý kiến", "Ý kiến của bạn"]))
    b.fur("widget", r.choice(["Bạn có đồng tình với quan điểm của tác giả?",
                              "Theo bạn, giải pháp nào hợp lý hơn?",
                              "Bạn nghĩ gì về vấn đề được nêu trong bài?"]))
    for o in r.sample(["Đồng tình", "Không đồng tình", "Ý kiến khác", "Cần thêm thông tin",
                       "Phân vân"], 3):
        b.fur("widget", o)
    b.fur("widget", r.choice(["Gửi bình chọn", "Xem kết quả", "%s lượt bình chọn" % _count(r, 20, 9000)]))
    if r.random() < 0.8:
        _comments(b, r, r.randint(2, 4))
    b.fur("related", r.choice(["Cùng tác giả", "Bài khác của tác giả", "Góc nhìn khác"]))
    _related_box(b, r, ctx, head=False, n=r.randint(2, 4))


def _lay_announcement(b, r, ctx, paras):
    kicker = r.choice(["THÔNG BÁO", "Thông báo - Sự kiện", "Bảng tin", "Thông báo chính thức",
                       "Tin thông báo"])
    _top(b, r, ctx, kicker=kicker)
    if r.random() < 0.6:
        b.fur("widget", "Số: %d/TB-%s" % (r.randint(10, 999), r.choice(["UBND", "SGDĐT", "BGH", "VP"])))
    box = [
        "Thời gian: %02d giờ %02d, ngày %s" % (r.randint(7, 16), r.choice([0, 15, 30]), ctx["dm"] or "15-9"),
        "Địa điểm: %s" % (ctx["org"] or ctx["place"] or "Hội trường lớn"),
        "Đối tượng: cán bộ, giáo viên, phụ huynh và học sinh",
        "Liên hệ: văn phòng, điện thoại 0%d %d %d" % (r.randint(200, 299), r.randint(100, 999), r.randint(100, 999)),
        "Hạn đăng ký: trước ngày %d/%d" % (r.randint(1, 28), r.randint(1, 12)),
    ]
    pos_box = r.random() < 0.5

    def infobox():
        b.fur("widget", r.choice(["Thông tin chi tiết", "Lịch sự kiện", "THÔNG TIN CẦN BIẾT"]))
        for s in r.sample(box, r.randint(2, 4)):
            b.fur("widget", s)
    if pos_box:
        infobox()
    inserts = {}
    if r.random() < 0.8:
        _add(inserts, _slots(r, len(paras), 1)[0], lambda: _lead_photo(b, r, ctx))
    _captions_inside(inserts, b, r, ctx, paras, r.randint(0, 2))
    _story(b, paras, inserts)
    if not pos_box:
        infobox()
    for s in r.sample(["Tải văn bản (PDF, %d KB)" % r.randint(90, 900), "Thêm vào lịch",
                       "Đăng ký tham dự", "Xem bản đồ", "Mọi thắc mắc xin liên hệ bộ phận một cửa.",
                       "Thông báo này thay thế thông báo đã ban hành trước đó.",
                       "Đề nghị các đơn vị nghiêm túc triển khai thực hiện."], r.randint(2, 3)):
        b.fur("widget", s)
    if r.random() < 0.6:
        b.fur("byline", r.choice(["Văn phòng %s" % (ctx["org"] or "nhà trường"), _byline(r, ctx)]))
    b.fur("related", r.choice(["Thông báo khác", "Các thông báo trước", "Tin mới đăng"]))
    _related_box(b, r, ctx, head=False, style=3)
    _footer(b, r, ctx)


def _ticker(r):
    up = r.random() < 0.5
    arrow = "▲" if up else "▼"
    sign = "+" if up else "-"
    forms = [
        "VN-Index %s,%02d %s %d,%02d (%s%d,%02d%%)" % (_count(r, 900, 1200), r.randint(0, 99), arrow,
                                                      r.randint(0, 20), r.randint(0, 99), sign,
                                                      r.randint(0, 2), r.randint(0, 99)),
        "HNX-Index %d,%02d %s %d,%02d" % (r.randint(95, 130), r.randint(0, 99), arrow, r.randint(0, 3), r.randint(0, 99)),
        "Vàng miếng: %d,%02d - %d,%02d triệu đồng/lượng" % (r.randint(36, 42), r.randint(0, 99),
                                                           r.randint(36, 42), r.randint(0, 99)),
        "USD/VND %s %s %d" % (_count(r, 23100, 23400), arrow, r.randint(1, 40)),
        "Xăng RON 95: %s đ/lít" % _count(r, 19000, 23000),
        "Dầu thô %d,%d USD/thùng %s" % (r.randint(55, 80), r.randint(0, 9), arrow),
        "Bạc %s đ/lượng %s" % (_count(r, 400000, 600000), arrow),
        "Tỷ giá EUR: %s" % _count(r, 25000, 27500),
    ]
    return r.choice(forms)


def _lay_market(b, r, ctx, paras):
    _top(b, r, ctx, kicker=r.choice(["Thị trường", "Giá cả", "Bản tin giá cả - thị trường", "Tài chính"]))
    for _ in range(r.randint(1, 3)):
        b.fur("widget", _ticker(r))
    b.fur("widget", "Cập nhật lúc %02d:%02d" % (r.randint(8, 16), r.randint(0, 59)))
    inserts = {}

    def table():
        b.fur("widget", r.choice(["Bảng giá tham khảo", "Giá vàng hôm nay (triệu đồng/lượng)",
                                  "Bảng tỷ giá ngoại tệ", "Biểu phí tham khảo"]))
        sep = r.choice([" | ", "\t", " ; "])
        b.fur("widget", sep.join(["Loại", "Mua vào", "Bán ra"]))
        for name in r.sample(["SJC 1 lượng", "Nhẫn tròn 9999", "Nữ trang 24K", "USD", "EUR", "JPY",
                              "Vàng miếng", "Nữ trang 18K"], r.randint(2, 4)):
            a = r.randint(20000, 42000)
            b.fur("widget", sep.join([name, _count(r, a, a), _count(r, a + 50, a + 400)]))
    _add(inserts, _slots(r, len(paras), 1)[0], table)
    if r.random() < 0.7:
        _add(inserts, _slots(r, len(paras), 1)[0], lambda: _lead_photo(b, r, ctx))
    _captions_inside(inserts, b, r, ctx, paras, r.randint(0, 2))
    _story(b, paras, inserts)
    b.fur("widget", r.choice([
        "Giá chỉ mang tính tham khảo, có thể thay đổi tuỳ thời điểm giao dịch.",
        "Thông tin trong bài chỉ có giá trị tham khảo, không phải lời khuyên đầu tư.",
        "Dữ liệu có độ trễ khoảng 15 phút so với thời gian thực.",
        "Nhà đầu tư cần cân nhắc kỹ trước khi ra quyết định."]))
    b.fur("credit", r.choice(["Nguồn dữ liệu: %s" % r.choice(_OUTLETS), "Dữ liệu: Sở giao dịch",
                              "Số liệu do %s cung cấp" % r.choice(_BRANDS), _credit(r, ctx)]))
    if r.random() < 0.8:
        b.fur("byline", _byline(r, ctx))
    b.fur("widget", r.choice(["Xem bảng giá đầy đủ", "Đặt cảnh báo giá", "Theo dõi mã", "Biểu đồ 1 ngày | 1 tuần | 1 tháng"]))
    _related_box(b, r, ctx)


def _lay_sports(b, r, ctx, paras):
    t1, t2 = r.sample(_TEAMS, 2)
    g1, g2 = r.randint(0, 4), r.randint(0, 3)
    _top(b, r, ctx, kicker=r.choice(["Thể thao", "Tỷ số trực tuyến", "Kết quả", "Bóng đá"]))
    score = [["%s %d - %d %s" % (t1, g1, g2, t2), "Hết giờ"],
             ["FT", t1, "%d - %d" % (g1, g2), t2],
             ["%s %d-%d %s (Kết thúc)" % (t1, g1, g2, t2)],
             ["Tỷ số: %s %d, %s %d" % (t1, g1, t2, g2), "Hiệp 1: %d - %d" % (min(g1, 1), min(g2, 1))]]
    for s in r.choice(score):
        b.fur("widget", s)
    if r.random() < 0.5:
        b.fur("widget", "Sân: Sân vận động %s | Khán giả: %s" % (r.choice(["Bến Bờ", "Hoa Phượng", "Ven Đồi", "Cánh Đồng"]),
                                                                 _count(r, 2000, 25000)))
    inserts = {}

    def minutes():
        b.fur("widget", r.choice(["Diễn biến chính", "Các tình huống đáng chú ý", "Minute by minute"]))
        m = 0
        for _ in range(r.randint(2, 4)):
            m += r.randint(4, 25)
            ev = r.choice(["⚽ Bàn thắng: %s" % _full(r), "Thẻ vàng: %s" % _full(r),
                           "Thay người: %s vào thay %s" % (_pen(r), _pen(r)), "Phạt góc cho %s" % r.choice([t1, t2]),
                           "Việt vị, bàn thắng không được công nhận"])
            b.fur("widget", "%d' %s" % (min(m, 90), ev))

    def lineup():
        for t in (t1, t2):
            b.fur("widget", "Đội hình %s: %s" % (t, ", ".join(_pen(r) for _ in range(r.randint(4, 6)))))
    _add(inserts, _slots(r, len(paras), 1)[0], minutes)
    _add(inserts, _slots(r, len(paras), 1)[0], lambda: _lead_photo(b, r, ctx))
    _captions_inside(inserts, b, r, ctx, paras, r.randint(0, 1))
    if r.random() < 0.6:
        _add(inserts, len(paras) + 1, lineup)
    _story(b, paras, inserts)
    b.fur("byline", r.choice(["Tường thuật: %s" % _pen(r), _byline(r, ctx), "%s (từ sân %s)" % (_pen(r), r.choice(_PLACES))]))
    b.fur("widget", r.choice(["Bảng xếp hạng", "BXH sau vòng %d" % r.randint(3, 20)]))
    for k, t in enumerate(r.sample(_TEAMS, r.randint(2, 3))):
        b.fur("widget", "%d. %s - %d điểm" % (k + 1, t, r.randint(10, 40)))
    _notice(b, r)
    _related_box(b, r, ctx, style=1)
    _share(b, r)


def _lay_weather(b, r, ctx, paras):
    city = ctx["place"] or r.choice(_PLACES)
    _top(b, r, ctx, kicker=r.choice(["Bản tin thời tiết - giao thông", "Thời tiết", "Giao thông", "Tin nhanh"]))
    lo = r.randint(18, 26)
    w = [
        "Thời tiết %s: %d-%d°C, %s" % (city, lo, lo + r.randint(4, 9), r.choice(["có mưa rào", "nắng nóng", "nhiều mây", "mưa dông chiều tối"])),
        "Chất lượng không khí: AQI %d - %s" % (r.randint(40, 180), r.choice(["Trung bình", "Kém", "Tốt"])),
        "Độ ẩm %d%% | Gió %s cấp %d" % (r.randint(55, 95), r.choice(["đông bắc", "tây nam", "đông nam"]), r.randint(2, 5)),
        "Chỉ số UV: %d (%s)" % (r.randint(3, 11), r.choice(["cao", "rất cao", "trung bình"])),
    ]
    for s in r.sample(w, r.randint(2, 3)):
        b.fur("widget", s)
    alerts = [
        "Cảnh báo: Triều cường có thể gây ngập tại một số tuyến đường ven sông vào chiều tối nay.",
        "Ùn tắc kéo dài trên tuyến đường vành đai vào giờ cao điểm sáng, người dân nên chọn lộ trình khác.",
        "Tình hình giao thông: xe đông nhưng thông thoáng tại các cửa ngõ.",
        "Khuyến cáo người dân hạn chế ra đường khi có dông lốc.",
        "Camera giao thông: Cầu %s - lưu thông chậm" % r.choice(["Bến Bờ", "Ông Lãnh Mới", "Sông Xanh"]),
    ]
    inserts = {}
    _add(inserts, _slots(r, len(paras), 1)[0], lambda: b.fur("widget", r.choice(alerts)))
    _add(inserts, _slots(r, len(paras), 1)[0], lambda: _lead_photo(b, r, ctx))
    _captions_inside(inserts, b, r, ctx, paras, r.randint(0, 1))
    _story(b, paras, inserts)
    if r.random() < 0.7:
        b.fur("byline", r.choice(["Biên tập: %s" % _pen(r), _byline(r, ctx), "Trình bày: %s" % _pen(r)]))
    b.fur("widget", r.choice(["Dự báo 3 ngày tới", "Dự báo cuối tuần"]))
    for k in range(3):
        t = r.randint(22, 34)
        b.fur("widget", "%s: %d°C - %s" % (_WEEKDAYS[(ctx["date"].weekday() + k + 1) % 7], t,
                                           r.choice(["mưa rào", "nắng", "nhiều mây", "dông"])))
    b.fur("credit", r.choice(["Nguồn: Đài Khí tượng khu vực (bản tin tham khảo)",
                              "Số liệu thời tiết: Trạm quan trắc %s" % city,
                              "Dữ liệu giao thông do %s cung cấp" % r.choice(_BRANDS), _credit(r, ctx)]))
    b.fur("widget", r.choice(["Nghe bản tin thời tiết", "Xem bản đồ giao thông trực tuyến",
                              "Bật thông báo cảnh báo thời tiết"]))
    _notice(b, r)
    _related_box(b, r, ctx)


def _lay_court(b, r, ctx, paras):
    _top(b, r, ctx, kicker=r.choice(["Pháp luật", "Phiên toà", "Hồ sơ vụ án", "Điều tra", "An ninh trật tự"]),
         byline_top=_byline(r, ctx) if r.random() < 0.5 else None)
    if r.random() < 0.6:
        b.fur("widget", r.choice([
            "Tên một số nhân vật trong bài đã được viết tắt.",
            "Các bị can được suy đoán vô tội cho đến khi có bản án có hiệu lực pháp luật.",
            "Bài viết sử dụng thông tin do cơ quan điều tra cung cấp."]))
    inserts = {}

    def timeline():
        b.fur("widget", r.choice(["Dòng thời gian vụ việc", "Hồ sơ vụ việc", "Diễn biến vụ việc"]))
        for k in range(r.randint(3, 4)):
            b.fur("widget", "%d/%d: %s" % (r.randint(1, 28), r.randint(1, 12),
                                           r.choice(["Tiếp nhận đơn tố cáo", "Khởi tố vụ án", "Khởi tố bị can",
                                                     "Trả hồ sơ điều tra bổ sung", "Mở phiên toà sơ thẩm",
                                                     "Tạm đình chỉ công tác", "Kết luận điều tra"])))
    _add(inserts, _slots(r, len(paras), 1)[0], timeline)
    _add(inserts, _slots(r, len(paras), 1)[0], lambda: _lead_photo(b, r, ctx))
    _captions_inside(inserts, b, r, ctx, paras, r.randint(0, 2))
    _story(b, paras, inserts)
    b.fur("widget", r.choice([
        "Bạn đọc có thông tin liên quan xin liên hệ đường dây nóng của toà soạn.",
        "Báo sẽ tiếp tục thông tin về vụ việc.",
        "Theo dõi vụ việc", "Nhận thông báo khi có diễn biến mới"]))
    if r.random() < 0.5:
        b.fur("byline", _byline(r, ctx))
    b.fur("related", r.choice(["Diễn biến trước đó", "Các bài đã đăng về vụ việc", "Bài liên quan"]))
    _related_box(b, r, ctx, head=False, teasers=r.random() < 0.5)
    if r.random() < 0.5:
        _comments(b, r)


def _lay_press_release(b, r, ctx, paras):
    brand = r.choice(_BRANDS)
    _top(b, r, ctx, kicker=r.choice(["THÔNG CÁO BÁO CHÍ", "Tin doanh nghiệp", "Thông cáo", "Doanh nghiệp viết"]))
    if r.random() < 0.5:
        b.fur("credit", r.choice(["Nội dung do %s cung cấp" % brand, "Nguồn: %s" % brand,
                                  "Thông cáo của %s" % brand]))
    inserts = {}
    _add(inserts, _slots(r, len(paras), 1)[0], lambda: _lead_photo(b, r, ctx))
    _captions_inside(inserts, b, r, ctx, paras, r.randint(1, 2))
    _story(b, paras, inserts)
    if r.random() < 0.6:
        b.fur("byline", r.choice(["Phòng Truyền thông %s" % brand, _byline(r, ctx), "PV"]))
    b.fur("widget", r.choice(["###", "-HẾT-", "***", "— Kết thúc thông cáo —"]))
    b.fur("widget", r.choice(["Về %s" % brand, "Giới thiệu về %s" % brand, "THÔNG TIN DOANH NGHIỆP"]))
    b.fur("widget", r.choice([
        "%s được thành lập năm %d, hiện có %d cơ sở trên cả nước." % (brand, r.randint(1995, 2015), r.randint(3, 40)),
        "%s hoạt động trong lĩnh vực giáo dục và đào tạo từ năm %d." % (brand, r.randint(1995, 2015)),
        "Với hơn %d năm phát triển, %s đã đồng hành cùng hàng trăm nghìn học viên." % (r.randint(5, 25), brand)]))
    b.fur("widget", r.choice(["Liên hệ báo chí: %s - 09%d %d %d" % (_full(r), r.randint(0, 9), r.randint(100, 999), r.randint(100, 999)),
                              "Thông tin liên hệ: phòng truyền thông, email: truyenthong@vidu.vn",
                              "Hotline: 1900 %d" % r.randint(1000, 9999)]))
    b.fur("credit", r.choice(["Nguồn: %s" % brand, "Theo thông cáo của %s" % brand,
                              "(Nội dung do doanh nghiệp cung cấp)"]))
    _related_box(b, r, ctx, n=r.randint(2, 3))


def _lay_correction(b, r, ctx, paras):
    _top(b, r, ctx, byline_top=_byline(r, ctx) if r.random() < 0.5 else None)
    d = ctx["date"]
    notes = [
        "Bài viết đã được cập nhật lúc %02d:%02d ngày %d/%d để điều chỉnh số liệu chưa chính xác." % (r.randint(8, 22), r.randint(0, 59), d.day, d.month),
        "Đính chính: Trong phiên bản trước, tên một đơn vị được nêu chưa chính xác, toà soạn đã sửa lại.",
        "Ghi chú của toà soạn: Bài viết đã được chỉnh sửa sau phản hồi của bạn đọc.",
        "Toà soạn xin lỗi bạn đọc và các bên liên quan vì sai sót này.",
        "Phiên bản trước của bài viết ghi nhầm thời gian diễn ra sự việc.",
    ]
    top = r.random() < 0.5

    def box():
        b.fur("widget", r.choice(["ĐÍNH CHÍNH", "Ghi chú của toà soạn", "Cập nhật", "Sửa đổi"]))
        for s in r.sample(notes, r.randint(1, 2)):
            b.fur("widget", s)
    if top:
        box()
    inserts = {}
    _add(inserts, _slots(r, len(paras), 1)[0], lambda: _lead_photo(b, r, ctx))
    _captions_inside(inserts, b, r, ctx, paras, r.randint(0, 2))
    if r.random() < 0.5:
        _add(inserts, _slots(r, len(paras), 1)[0], lambda: _inline_related(b, r, ctx))
    _story(b, paras, inserts)
    if r.random() < 0.6:
        b.fur("byline", _byline(r, ctx))
    if not top:
        box()
    b.fur("widget", r.choice(["Lịch sử chỉnh sửa (%d)" % r.randint(1, 4), "Xem phiên bản trước",
                              "Gửi phản hồi về bài viết", "Báo lỗi nội dung"]))
    b.fur("widget", _stamp(r, ctx))
    if ctx["sources"] or r.random() < 0.4:
        b.fur("credit", _credit(r, ctx))
    _notice(b, r)
    _related_box(b, r, ctx)
    _tags(b, r, ctx)


_CHAPTERS = ("Những ngày đầu", "Bước ngoặt", "Phía trước", "Lời hứa", "Người ở lại", "Câu hỏi còn bỏ ngỏ",
             "Ký ức", "Hành trình", "Ngã rẽ", "Hy vọng")


def _lay_longform(b, r, ctx, paras):
    _top(b, r, ctx, kicker=r.choice(["E-MAGAZINE", "Longform", "Chuyện dài kỳ", "Tạp chí cuối tuần", "Magazine"]))
    b.fur("widget", r.choice(["Đọc trong %d phút" % r.randint(8, 25), "%d phút đọc" % r.randint(8, 25),
                              "Thời gian đọc ước tính: %d phút" % r.randint(8, 25)]))
    part = r.randint(1, 3)
    if r.random() < 0.7:
        b.fur("widget", "Kỳ %d/%d" % (part, part + r.randint(1, 3)))
    prev = ctx["rel_take"](1)[0]
    if r.random() < 0.6:
        b.fur("related", r.choice(["Kỳ trước: %s", "Đọc kỳ trước: %s", "← %s"]) % prev["title"])
    b.fur("widget", r.choice(["Cuộn xuống để đọc", "↓", "Bắt đầu đọc", "Cuộn để tiếp tục"]))
    heads = list(_CHAPTERS)
    r.shuffle(heads)
    style = r.randint(0, 3)
    n_ch = min(4, max(1, len(paras) // 3))
    starts = sorted(set([0] + _slots(r, len(paras), n_ch - 1)))
    inserts = {}
    for k, pos in enumerate(starts):
        def chapter(k=k, pos=pos):
            h = [("%s. %s" % ("I II III IV V".split()[k], heads[k])), "Chương %d" % (k + 1),
                 "PHẦN %d: %s" % (k + 1, heads[k].upper()), "%s" % heads[k]][style]
            b.fur("widget", h)
            first = paras[pos][0].lstrip('"“ ') if pos < len(paras) else ""
            if first and first[0].isalpha() and r.random() < 0.6:
                b.fur("widget", first[0].upper())          # drop-cap letter
        _add(inserts, ("before", pos), chapter)
    for pos in _slots(r, len(paras), r.randint(2, 4)):
        _add(inserts, pos, lambda: b.fur("caption", _caption_with_credit(r, ctx)))
    if ctx["quotes"]:
        q = ctx["quotes"][-1]
        _add(inserts, _slots(r, len(paras), 1, lo=2)[0], lambda: b.fur("widget", "“%s”" % q))
    _story(b, paras, inserts)
    b.fur("widget", r.choice(["Hết kỳ %d" % part, "(Còn tiếp)", "Mời đón đọc kỳ tiếp theo.", "— HẾT —"]))
    for role, kind in r.sample([("Nội dung", "byline"), ("Thực hiện", "byline"), ("Thiết kế", "byline"),
                                ("Biên tập", "byline"), ("Ảnh", "credit"), ("Đồ hoạ", "credit"),
                                ("Video", "credit")], r.randint(2, 4)):
        b.fur(kind, "%s: %s" % (role, _caps(_pen(r)) if r.random() < 0.5 else _pen(r)))
    nxt = ctx["rel_take"](1)[0]
    b.fur("related", r.choice(["Kỳ tới: %s", "Đón đọc: %s", "Kỳ sau: %s →"]) % nxt["title"])
    if nxt["teaser"] and r.random() < 0.6:
        b.fur("related", nxt["teaser"])
    if r.random() < 0.5:
        _paywall(b, r)
    _share(b, r)


def _lay_video(b, r, ctx, paras):
    dur = "%d:%02d" % (r.randint(1, 6), r.randint(0, 59))
    _top(b, r, ctx, kicker=r.choice(["VIDEO", "Video", "Thời sự qua video", "Xem nhanh"]))
    for s in r.sample(["▶ 0:00 / %s" % dur, "Phát", "Tắt tiếng", "HD", "Toàn màn hình", "Cài đặt",
                       "Tự động phát video tiếp theo", "Video đang được tải...", "00:00", dur,
                       "Quảng cáo sẽ kết thúc sau %d giây" % r.randint(3, 15), "Bỏ qua quảng cáo"],
                      r.randint(3, 5)):
        b.fur("widget", s)
    b.fur("caption", r.choice(["Video: %s" % _fmt_caption(r, ctx), _fmt_caption(r, ctx),
                               "Clip ghi lại không khí tại %s." % (ctx["place"] or "địa phương")]))
    b.fur("credit", r.choice(["Video: %s" % _caps(_pen(r)), "Quay phim: %s" % _pen(r),
                              "Clip: %s" % r.choice(_OUTLETS), "Nguồn video: %s" % r.choice(_OUTLETS)]))
    b.fur("widget", "%s lượt xem" % _count(r, 300, 900000))
    b.fur("widget", r.choice(["Nội dung video", "Lời bình", "Bản ghi nội dung", "Transcript", "Lời dẫn"]))
    inserts = {}
    if r.random() < 0.4:
        _add(inserts, _slots(r, len(paras), 1)[0], lambda: b.fur("widget", r.choice(
            ["[Nhạc nền]", "[Tiếng phỏng vấn]", "(Âm thanh hiện trường)", "[Hết đoạn 1]"])))
    _captions_inside(inserts, b, r, ctx, paras, r.randint(0, 1))
    _story(b, paras, inserts)
    for role in r.sample(["Biên tập", "Dẫn chương trình", "Thực hiện", "Biên dịch"], r.randint(1, 2)):
        b.fur("byline", "%s: %s" % (role, _pen(r)))
    b.fur("related", r.choice(["Video khác", "Danh sách phát", "Xem tiếp", "Video nổi bật"]))
    for it in ctx["rel_take"](r.randint(3, 5)):
        d2 = "%d:%02d" % (r.randint(0, 9), r.randint(0, 59))
        b.fur("related", r.choice(["%s (%s)", "%s - %s", "▶ %s %s"]) % (it["title"], d2))
        if it["caption"] and r.random() < 0.5:
            b.fur("caption", it["caption"])
    b.fur("widget", r.choice(["Đăng ký kênh", "Nhúng video", "Báo cáo video", "Tải video"]))
    if r.random() < 0.5:
        _comments(b, r)


def _lay_podcast(b, r, ctx, paras):
    ep = r.randint(3, 180)
    _top(b, r, ctx, kicker=r.choice(["PODCAST", "Podcast", "Nghe tin", "Radio"]))
    for s in r.sample(["Tập %d" % ep, "▶ Nghe ngay", "Thời lượng %d:%02d" % (r.randint(8, 45), r.randint(0, 59)),
                       "Tải xuống", "Tốc độ: 1x | 1.25x | 1.5x", "Nghe trên ứng dụng podcast yêu thích của bạn",
                       "-15s | +30s", "Hẹn giờ tắt"], r.randint(3, 5)):
        b.fur("widget", s)
    b.fur("byline", r.choice(["Người dẫn: %s" % _pen(r), "Dẫn chương trình: %s" % _pen(r),
                              "Giọng đọc: %s" % _pen(r), "Host: %s" % _pen(r)]))
    if r.random() < 0.6:
        b.fur("byline", r.choice(["Sản xuất: %s" % _pen(r), "Biên tập: %s" % _pen(r), "Kịch bản: %s" % _pen(r)]))
    b.fur("widget", r.choice(["Ghi chú chương trình", "Nội dung tập này", "Trong tập này", "Bản ghi"]))
    inserts = {}
    if r.random() < 0.5:
        _add(inserts, _slots(r, len(paras), 1)[0], lambda: b.fur("widget", "%02d:%02d" % (r.randint(1, 20), r.randint(0, 59))))
    if r.random() < 0.6:
        _add(inserts, _slots(r, len(paras), 1)[0], lambda: _lead_photo(b, r, ctx))
    _story(b, paras, inserts)
    b.fur("credit", r.choice(["Nhạc nền: %s" % r.choice(["Thư viện âm thanh tự do", "Nhóm Sóng Âm"]),
                              "Âm thanh: %s" % _pen(r), _credit(r, ctx)]))
    b.fur("widget", r.choice(["Đăng ký kênh để nhận tập mới mỗi sáng thứ Sáu.",
                              "Bạn muốn nghe chủ đề nào ở tập sau? Hãy gửi ý kiến cho chúng tôi.",
                              "Theo dõi chương trình", "Chia sẻ tập này"]))
    b.fur("related", r.choice(["Các tập trước", "Tập mới nhất", "Nghe thêm"]))
    for it in ctx["rel_take"](r.randint(2, 4)):
        ep -= r.randint(1, 3)
        b.fur("related", r.choice(["Tập %d: %s" % (ep, it["title"]), it["title"]]))
        if it["teaser"] and r.random() < 0.5:
            b.fur("related", it["teaser"])
    _notice(b, r)


def _lay_series(b, r, ctx, paras):
    n = r.randint(3, 6)
    k = r.randint(1, n)
    _top(b, r, ctx, kicker=r.choice(["Loạt bài: Chuyện trường lớp", "LOẠT BÀI ĐẶC BIỆT", "Chuyên đề",
                                     "Loạt bài: Những người gieo chữ", "Điều tra"]))
    b.fur("widget", r.choice(["Kỳ %d/%d" % (k, n), "Bài %d" % k, "Kỳ %d" % k, "Phần %d trên %d" % (k, n)]))
    if r.random() < 0.5:
        b.fur("byline", _byline(r, ctx))

    def series_nav(head=True):
        if head:
            b.fur("related", r.choice(["Các kỳ trong loạt bài", "Toàn bộ loạt bài", "Mục lục loạt bài"]))
        for j, it in enumerate(ctx["rel_take"](min(3, n - 1))):
            num = j + 1 if j + 1 < k else j + 2
            b.fur("related", r.choice(["Kỳ %d: %s", "Bài %d - %s"]) % (num, it["title"]))
    top = r.random() < 0.5
    if top:
        series_nav()
    inserts = {}
    _add(inserts, _slots(r, len(paras), 1)[0], lambda: _lead_photo(b, r, ctx))
    _captions_inside(inserts, b, r, ctx, paras, r.randint(1, 2))
    if r.random() < 0.6:
        _add(inserts, _slots(r, len(paras), 1, lo=2)[0], lambda: _inline_related(b, r, ctx))
    _story(b, paras, inserts)
    if r.random() < 0.6:
        b.fur("byline", _caps(_pen(r)))
    b.fur("widget", r.choice(["(Còn nữa)", "Đón đọc kỳ sau trên số báo ngày mai.", "Kỳ tới:", "Hết kỳ %d" % k]))
    nxt = ctx["rel_take"](1)[0]
    b.fur("related", nxt["title"])
    if nxt["teaser"]:
        b.fur("related", nxt["teaser"])
    if not top:
        series_nav()
    if r.random() < 0.5:
        b.fur("widget", r.choice(["Bạn đọc có câu chuyện tương tự xin chia sẻ với chúng tôi.",
                                  "Gửi câu chuyện của bạn"]))
    _share(b, r)


def _lay_sponsored(b, r, ctx, paras):
    brand = r.choice(_BRANDS)
    _top(b, r, ctx, kicker=r.choice(["Nội dung tài trợ", "PR", "Bài viết phối hợp với đối tác",
                                     "Thông tin thương mại", "Partner Content"]))
    b.fur("widget", r.choice(["Bài viết được thực hiện với sự hỗ trợ của %s." % brand,
                              "Tài trợ bởi %s" % brand, "Đồng hành cùng %s" % brand]))
    inserts = {}
    _add(inserts, _slots(r, len(paras), 1)[0], lambda: _lead_photo(b, r, ctx))

    def cta():
        b.fur("widget", r.choice(["Đăng ký tư vấn miễn phí", "Nhận ưu đãi ngay", "Tìm hiểu thêm",
                                  "Ưu đãi học phí đến %d%% cho học viên đăng ký trước ngày %d/%d." % (r.randint(10, 50), r.randint(1, 28), r.randint(1, 12))]))
        b.fur("widget", r.choice(["Hotline: 1900 %d" % r.randint(1000, 9999), "Để lại số điện thoại", "Gửi"]))
    _add(inserts, _slots(r, len(paras), 1)[0], cta)
    _captions_inside(inserts, b, r, ctx, paras, r.randint(1, 2))
    _story(b, paras, inserts)
    if r.random() < 0.5:
        b.fur("byline", r.choice(["Bài: %s" % _pen(r), _caps(_pen(r)), "Nhóm nội dung đối tác"]))
    b.fur("credit", r.choice(["Nguồn: %s" % brand, "Thông tin do %s cung cấp" % brand, "Theo %s" % brand]))
    b.fur("widget", r.choice(["#tuvantuyensinh #hocbong #giaoduc", "Từ khoá: %s" % brand,
                              "Nội dung được kiểm duyệt theo quy định về quảng cáo."]))
    b.fur("widget", r.choice(_ADS))
    _related_box(b, r, ctx, n=r.randint(2, 3))


def _lay_qa(b, r, ctx, paras):
    person = ctx["people"][0] if ctx["people"] else r.choice(["vị khách mời", "khách mời của chương trình",
                                                              "người trong cuộc"])
    person_cap = person[0].upper() + person[1:]
    _top(b, r, ctx, kicker=r.choice(["PHỎNG VẤN", "Đối thoại", "Trò chuyện cuối tuần", "Gặp gỡ", "Hỏi - đáp"]))
    interviewer = _pen(r)
    by_pos = r.randint(0, 2)
    if by_pos in (0, 2):
        b.fur("byline", r.choice(["Thực hiện: %s" % interviewer, "%s thực hiện" % interviewer,
                                  "%s (thực hiện)" % _caps(interviewer)]))
    b.fur("caption", r.choice(["%s trong buổi trò chuyện với phóng viên." % person_cap,
                               "Chân dung %s." % person,
                               "%s - Ảnh: nhân vật cung cấp" % person_cap,
                               "%s tại văn phòng làm việc." % person_cap]))
    q_mark = r.choice(["Hỏi:", "PV:", "Phóng viên:", "?", "—"])
    a_mark = r.choice(["Đáp:", "Trả lời:", "%s:" % person_cap if ctx["people"] else "Khách mời:", "—"])
    marks = r.random() < 0.7
    # questions: the story's own sentences ending with "?" go in paragraphs of their own
    flat = [s for p in paras for s in p]
    qs = {i for i, s in enumerate(flat) if s.rstrip('" ').endswith("?") and i > 0}
    new_paras, cur = [], []
    for i, s in enumerate(flat):
        if i in qs:
            if cur:
                new_paras.append(("a", cur))
            new_paras.append(("q", [s]))
            cur = []
        else:
            cur.append(s)
            if len(cur) >= r.randint(2, 4):
                new_paras.append(("a", cur))
                cur = []
    if cur:
        new_paras.append(("a", cur))
    pull_at = r.randint(1, max(1, len(new_paras) - 1))
    prev_q = False
    for j, (t, p) in enumerate(new_paras):
        if marks and t == "q":
            b.fur("widget", q_mark)
        if marks and t == "a" and prev_q:
            b.fur("widget", a_mark)
        b.para(p)
        prev_q = t == "q"
        if j == pull_at and ctx["quotes"]:
            q = r.choice(ctx["quotes"])
            b.fur("widget", r.choice(["“%s”" % q, "« %s »" % q, "“%s” - %s" % (q, person_cap)]))
    if by_pos in (1, 2):
        b.fur("byline", _caps(interviewer))
    if r.random() < 0.6:
        b.fur("caption", _caption_with_credit(r, ctx))
    b.fur("widget", r.choice(["Bạn có câu hỏi cho khách mời? Hãy gửi cho chúng tôi.",
                              "Gửi câu hỏi cho chuyên gia", "Xem toàn bộ cuộc trò chuyện"]))
    b.fur("related", r.choice(["Các cuộc trò chuyện khác", "Phỏng vấn khác", "Đối thoại"]))
    _related_box(b, r, ctx, head=False, n=r.randint(2, 4), teasers=r.random() < 0.4)


def _lay_local_gov(b, r, ctx, paras):
    unit = r.choice(["huyện Tân Phú Đông Mới", "phường Hoà Khánh Nam Mới", "xã Bình An Thượng",
                     "quận Ven Sông", "thị xã Phú Lâm Mới"])
    b.plain(r.choice(["Cổng thông tin điện tử %s" % unit, "CỔNG THÔNG TIN ĐIỆN TỬ %s" % unit.upper(),
                      "Trang thông tin điện tử %s" % unit]))
    b.fur("widget", r.choice(["Giới thiệu | Tin tức - Sự kiện | Văn bản chỉ đạo | Thủ tục hành chính | Hỏi đáp",
                              "Trang chủ Giới thiệu Tin tức Văn bản Dịch vụ công Liên hệ",
                              "Tin hoạt động › Giáo dục - Đào tạo"]))
    if r.random() < 0.5:
        b.fur("widget", r.choice(["Chào mừng kỷ niệm ngày thành lập!", "Đăng nhập hệ thống một cửa",
                                  "Dịch vụ công trực tuyến mức độ 4"]))
    b.plain(ctx["title"])
    b.plain(_date_line(r, ctx))
    b.fur("widget", "Lượt xem: %s" % _count(r, 20, 5000))
    inserts = {}
    _add(inserts, _slots(r, len(paras), 1)[0], lambda: _lead_photo(b, r, ctx))
    _captions_inside(inserts, b, r, ctx, paras, r.randint(0, 2))
    _story(b, paras, inserts)
    for role in r.sample(["Người viết", "Tin", "Người duyệt", "Tác giả", "Biên tập"], r.randint(1, 2)):
        b.fur("byline", "%s: %s" % (role, _full(r)))
    if r.random() < 0.5:
        b.fur("credit", r.choice(["Nguồn: Phòng Giáo dục và Đào tạo", "Nguồn: Văn phòng HĐND-UBND",
                                  "Nguồn: %s" % (ctx["org"] or "Ban Tuyên giáo")]))
    b.fur("widget", r.choice(["In trang | Gửi email | Quay lại", "Bản in", "Gửi bài viết", "Về đầu trang"]))
    b.fur("widget", r.choice(["Văn bản liên quan", "Văn bản mới"]))
    for _ in range(r.randint(1, 3)):
        doc, code = r.choice([("Kế hoạch", "KH"), ("Quyết định", "QĐ"), ("Công văn", "CV"), ("Thông báo", "TB")])
        b.fur("widget", "%s số %d/%s-UBND ngày %d/%d/%d" % (
            doc, r.randint(10, 900), code, r.randint(1, 28), r.randint(1, 12), ctx["year"]))
    b.fur("related", r.choice(["Tin cùng chuyên mục", "Các tin khác"]))
    _related_box(b, r, ctx, head=False, style=3)
    b.fur("widget", "Thống kê truy cập: Đang trực tuyến %d | Tổng lượt truy cập %s" % (r.randint(3, 80), _count(r, 10000, 9000000)))
    b.fur("widget", r.choice([
        "Cơ quan chủ quản: UBND %s. Chịu trách nhiệm chính: Chánh Văn phòng." % unit,
        "Ghi rõ nguồn Cổng thông tin điện tử %s khi phát hành lại thông tin từ trang này." % unit,
        "Địa chỉ: số %d đường Trung Tâm, %s. Điện thoại: 0%d %d." % (r.randint(1, 200), unit, r.randint(200, 299), r.randint(100000, 999999))]))


def _lay_print(b, r, ctx, paras):
    issue = r.randint(10, 400)
    _top(b, r, ctx, kicker=r.choice(["Báo in", "Bài đăng báo in", "Từ ấn phẩm giấy", "Đọc báo in"]))
    d = ctx["date"]
    b.fur("credit", r.choice([
        "Bài đăng trên ấn phẩm %s số %d ra ngày %d/%d/%d" % (ctx["site"], issue, d.day, d.month, d.year),
        "Bài đã đăng trên báo in số %d" % issue,
        "Theo báo in %s, số ra ngày %d-%d" % (ctx["site"], d.day, d.month)]))
    b.fur("widget", r.choice(["Trang %d" % r.randint(2, 24), "Xem bản PDF", "Đọc báo in trên điện thoại"]))
    inserts = {}
    _add(inserts, _slots(r, len(paras), 1)[0], lambda: _lead_photo(b, r, ctx))
    _captions_inside(inserts, b, r, ctx, paras, r.randint(0, 2))
    _story(b, paras, inserts)
    b.fur("byline", r.choice([_caps(_pen(r)), _byline(r, ctx), "%s - %s" % (_caps(_pen(r)), _caps(_pen(r)))]))
    b.fur("widget", r.choice(["Đặt mua báo in", "Đặt báo dài hạn: gọi tổng đài phát hành",
                              "Mua báo in tại các sạp báo trên toàn quốc.",
                              "Đọc thêm các bài trong số báo này"]))
    _notice(b, r)
    _related_box(b, r, ctx, style=r.choice([0, 4]))


def _lay_wire(b, r, ctx, paras):
    out = r.choice(_OUTLETS)
    _top(b, r, ctx, kicker=r.choice(["Điểm báo", "Tin tổng hợp", "Báo chí viết gì"]))
    b.fur("widget", r.choice(["%s · %s" % (out, _ago(r)), "Tin được tổng hợp tự động",
                              "Đọc bài gốc", "Xem tin gốc tại %s" % out]))
    if r.random() < 0.6:
        b.fur("credit", r.choice(["Theo %s" % out, "Nguồn: %s" % out, "(%s)" % out]))
    inserts = {}
    if r.random() < 0.7:
        _add(inserts, _slots(r, len(paras), 1)[0], lambda: _lead_photo(b, r, ctx))
    _captions_inside(inserts, b, r, ctx, paras, r.randint(0, 1))
    _story(b, paras, inserts)
    b.fur("credit", r.choice(["Theo %s" % out, "Nguồn: %s" % out, "(Theo %s)" % out, _credit(r, ctx),
                              "Bài gốc: %s" % out]))
    if r.random() < 0.5:
        b.fur("byline", _byline(r, ctx))
    b.fur("related", r.choice(["Báo khác viết gì", "Cùng sự kiện", "Các báo đưa tin"]))
    for it in ctx["rel_take"](r.randint(2, 4)):
        b.fur("related", it["title"])
        if it["teaser"] and r.random() < 0.6:
            b.fur("related", it["teaser"])
        b.fur("widget", "%s · %s" % (r.choice(_OUTLETS), _ago(r)))
    _follow = r.choice(_FOLLOW)
    b.fur("widget", _follow)


def _lay_classic(b, r, ctx, paras):
    byl = _byline(r, ctx)
    pos = r.randint(0, 2)
    _top(b, r, ctx, kicker=r.choice(_SECTIONS + _SUBSECTIONS), byline_top=byl if pos in (0, 2) else None)
    _share(b, r, 1)
    inserts = {}
    _add(inserts, _slots(r, len(paras), 1, lo=0)[0], lambda: _lead_photo(b, r, ctx))
    _captions_inside(inserts, b, r, ctx, paras, r.randint(1, 3))
    if r.random() < 0.7:
        if r.random() < 0.5:
            _add(inserts, _slots(r, len(paras), 1, lo=2)[0], lambda: _inline_related(b, r, ctx))
        else:
            _add(inserts, _slots(r, len(paras), 1, lo=2)[0],
                 lambda: _related_box(b, r, ctx, n=r.randint(2, 3)))
    if r.random() < 0.4:
        _add(inserts, _slots(r, len(paras), 1)[0], lambda: b.fur("widget", r.choice(_ADS)))
    _story(b, paras, inserts)
    if pos in (1, 2):
        b.fur("byline", byl if pos == 1 else _caps(_pen(r)))
    if ctx["sources"] or r.random() < 0.4:
        b.fur("credit", _credit(r, ctx))
    _tags(b, r, ctx)
    _share(b, r)
    _notice(b, r, r.randint(0, 2))
    if r.random() < 0.6:
        _comments(b, r, r.randint(1, 4))
    _related_box(b, r, ctx, teasers=r.random() < 0.5)
    if r.random() < 0.5:
        b.fur("widget", r.choice(_FOLLOW))
    if r.random() < 0.5:
        b.fur("widget", r.choice(_BACKTOP))
    _footer(b, r, ctx)


_GENRE_NOTES = {
    "live_blog": ("Diễn biến mới nhất sẽ được cập nhật ngay khi có thông tin từ phóng viên tại chỗ.",
                  "Toàn bộ thời gian trong bài được tính theo giờ Việt Nam.",
                  "Phóng viên của báo đang có mặt tại nơi diễn ra sự kiện để tiếp tục ghi nhận.",
                  "Bài tường thuật sẽ khép lại khi sự kiện kết thúc."),
    "photo_story": ("Bộ ảnh được thực hiện trong nhiều ngày tại địa phương.",
                    "Nhấn vào từng ảnh để xem ở kích thước lớn hơn.",
                    "Một số hình ảnh trong bộ ảnh có thể gây xúc động mạnh.",
                    "Mời bạn đọc gửi ảnh tham gia chuyên mục ảnh của báo."),
    "explainer_factbox": ("Bài viết tóm lược những điểm chính để bạn đọc dễ theo dõi.",
                          "Các số liệu trong bài được cập nhật đến thời điểm xuất bản.",
                          "Bạn còn thắc mắc nào khác? Hãy gửi câu hỏi để chúng tôi giải đáp.",
                          "Chuyên mục giải thích phát hành vào mỗi sáng thứ Tư."),
    "opinion_column": ("Chuyên mục đăng tải các bài viết phản biện, góp ý của bạn đọc.",
                       "Bài gửi dài không quá 1.000 chữ, ghi rõ họ tên và địa chỉ liên lạc.",
                       "Toà soạn có quyền biên tập bài viết cho phù hợp với chuyên mục."),
    "announcement_notice": ("Thông báo có hiệu lực kể từ ngày ký.",
                            "Các đơn vị, cá nhân có liên quan chịu trách nhiệm thi hành thông báo này.",
                            "Mọi thay đổi sẽ được đăng tải trên trang thông tin của đơn vị."),
    "market_prices": ("Giá vàng trong nước biến động theo giá thế giới trong phiên sáng nay.",
                      "Bảng giá được cập nhật tự động nhiều lần trong ngày.",
                      "Các mức giá chưa bao gồm thuế và phí giao dịch."),
    "sports_match": ("Trận đấu tiếp theo sẽ diễn ra vào cuối tuần này.",
                     "Kết quả được cập nhật ngay sau khi trận đấu kết thúc.",
                     "Hai đội sẽ gặp lại nhau ở lượt về vào tháng tới."),
    "weather_traffic": ("Người dân nên theo dõi các bản tin dự báo tiếp theo để chủ động ứng phó.",
                        "Bản tin giao thông được cập nhật vào giờ cao điểm sáng và chiều.",
                        "Nhiệt độ thực tế có thể chênh lệch vài độ so với dự báo tuỳ khu vực."),
    "court_report": ("Phiên toà dự kiến kéo dài trong hai ngày.",
                     "Vụ việc đang được cơ quan chức năng tiếp tục làm rõ.",
                     "Báo sẽ thông tin kết quả xét xử đến bạn đọc."),
    "press_release": ("Thông cáo được phát hành đồng thời tới các cơ quan báo chí.",
                      "Các con số trong thông cáo do doanh nghiệp tự công bố.",
                      "Doanh nghiệp chịu trách nhiệm về nội dung thông cáo."),
    "correction_notice": ("Toà soạn cảm ơn bạn đọc đã phản hồi giúp chúng tôi sửa sai sót.",
                          "Mọi phản hồi về nội dung xin gửi về ban biên tập.",
                          "Bài viết đã được kiểm tra lại thông tin sau khi chỉnh sửa."),
    "longform_magazine": ("Loạt bài được thực hiện trong nhiều tháng tại nhiều địa phương.",
                          "Trải nghiệm tốt nhất trên máy tính hoặc máy tính bảng.",
                          "Một số tên nhân vật trong bài đã được thay đổi."),
    "video_news": ("Video có thể chứa hình ảnh nhạy cảm, hãy cân nhắc trước khi xem.",
                   "Bấm vào biểu tượng phụ đề để bật phụ đề tiếng Việt.",
                   "Nội dung video được biên tập từ buổi ghi hình trực tiếp."),
    "podcast_episode": ("Chương trình phát hành tập mới vào sáng thứ Sáu hằng tuần.",
                        "Bạn có thể nghe lại các tập trước trên ứng dụng của báo.",
                        "Ý kiến của khách mời không nhất thiết phản ánh quan điểm của toà soạn."),
    "multipart_series": ("Loạt bài gồm nhiều kỳ, đăng liên tục trong tuần này.",
                         "Các kỳ trước của loạt bài được tổng hợp ở cuối trang.",
                         "Toà soạn mong nhận được phản hồi của bạn đọc về loạt bài."),
    "sponsored_partner": ("Thông tin trong bài do đối tác cung cấp và chịu trách nhiệm.",
                          "Ưu đãi áp dụng cho học viên đăng ký trong tháng này.",
                          "Số lượng suất học bổng có hạn, vui lòng đăng ký sớm."),
    "qa_interview": ("Cuộc trò chuyện đã được biên tập cho ngắn gọn.",
                     "Một số câu hỏi được bạn đọc gửi đến trước buổi phỏng vấn.",
                     "Khách mời đã xem lại nội dung trước khi đăng."),
    "local_government": ("Cổng thông tin tiếp nhận phản ánh, kiến nghị của người dân và doanh nghiệp.",
                         "Người dân có thể tra cứu hồ sơ trực tuyến tại bộ phận một cửa.",
                         "Thông tin đăng tải trên cổng có giá trị tham khảo."),
    "print_reprint": ("Báo in phát hành hằng ngày tại các sạp báo trên cả nước.",
                      "Nội dung trên bản điện tử có thể được cập nhật so với bản in.",
                      "Đặt mua báo dài hạn để nhận báo tận nhà mỗi sáng."),
    "wire_digest": ("Tin được tổng hợp tự động từ các trang báo.",
                    "Chúng tôi không chịu trách nhiệm về nội dung của trang nguồn.",
                    "Nội dung có thể được rút gọn so với bài gốc."),
    "classic_news": ("Bài viết đang nhận được nhiều sự quan tâm của bạn đọc.",
                     "Mời bạn đọc theo dõi các bài viết tiếp theo của chuyên mục.",
                     "Bạn đọc có thể gửi câu hỏi về tuyển sinh cho chuyên mục."),
}


def _tail(b, r, ctx, layout):
    """Site-wide chrome under every page: notices, comments, newsletter box."""
    has_comments = any(it[0] == "f" and it[2] in ("Bình luận", "Ý kiến bạn đọc", "Thảo luận")
                       for it in b.items)
    for t in r.sample(_GENRE_NOTES[layout], r.randint(1, 2)):
        b.fur("widget", t)
    _notice(b, r, r.randint(0, 2))
    if not has_comments and r.random() < 0.45:
        _comments(b, r, r.randint(2, 4))
    if r.random() < 0.3:
        _newsletter(b, r)
    if r.random() < 0.3:
        b.fur("widget", r.choice(_FOLLOW))


_LAYOUT_FN = {
    "live_blog": _lay_live_blog,
    "photo_story": _lay_photo_story,
    "explainer_factbox": _lay_explainer,
    "opinion_column": _lay_opinion,
    "announcement_notice": _lay_announcement,
    "market_prices": _lay_market,
    "sports_match": _lay_sports,
    "weather_traffic": _lay_weather,
    "court_report": _lay_court,
    "press_release": _lay_press_release,
    "correction_notice": _lay_correction,
    "longform_magazine": _lay_longform,
    "video_news": _lay_video,
    "podcast_episode": _lay_podcast,
    "multipart_series": _lay_series,
    "sponsored_partner": _lay_sponsored,
    "qa_interview": _lay_qa,
    "local_government": _lay_local_gov,
    "print_reprint": _lay_print,
    "wire_digest": _lay_wire,
    "classic_news": _lay_classic,
}
assert tuple(_LAYOUT_FN) == LAYOUTS


# --------------------------------------------------------------------------
# story context
# --------------------------------------------------------------------------

_HON = r"(ông|bà|cô|thầy|anh|chị|TS|ThS|PGS\.TS|GS\.TS|PGS|GS|luật sư|nhà giáo)"
_NAMEPART = r"[%s][^\s,.;:()\"“”'?!]*" % _UP
_PERSON = re.compile(r"(?<![\w])%s (%s(?: %s){1,3})" % (_HON, _NAMEPART, _NAMEPART))
_ORG = re.compile(r"(Trường (?:(?:ĐH|THPT|THCS|CĐ|tiểu học|mầm non|đại học|Đại học|Quốc tế|chuyên) )*"
                  r"%s(?: %s){0,4})" % (_NAMEPART, _NAMEPART))


_ORG_CONT = {"thông", "tế", "học", "nghiệp", "phạm", "vận", "tải", "tự", "nhiên", "xã", "hội", "nhân",
             "văn", "quốc", "gia", "khoa", "thuật", "dựng", "nghệ", "lực", "dục", "luật", "trúc", "mại",
             "chính", "lợi", "sản", "dược", "viện", "kinh", "ngữ", "thao", "công", "nông", "lâm",
             "vụ", "sát", "hiến", "hoá", "hóa", "lang", "khí", "điện", "thuỷ", "thủy", "hải", "nguyên",
             "chức", "tài", "mỹ", "thực", "tin", "bách"}


def _context(title, sents, info, r, rel_pool, row):
    text = " ".join(sents)
    people = []
    for hon, name in _PERSON.findall(text):
        p = "%s %s" % (hon, name)
        if p not in people and len(name.split()) >= 2:
            people.append(p)
    orgs = []
    for m in _ORG.finditer(text):
        after = text[m.end():m.end() + 3]
        nxt = re.match(r" (\w+)", text[m.end():])
        if (len(m.group(1).split()) >= 3 and not (nxt and nxt.group(1) in _ORG_CONT)
                and not after.startswith(" - ")
                and not (after.startswith(".") and m.group(1).split()[-1] in _ABBR)):
            orgs.append(m.group(1))
    place = next((p for p in _PLACES if p in text), None)
    dm = None
    for m in re.finditer(r"(?<![\d/-])(\d{1,2})-(\d{1,2})(?![\d/-])", text):
        if 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12:
            dm = "%s-%s" % (m.group(1), m.group(2))
            break
    quotes = []
    for s in sents:
        marks = [i for i, ch in enumerate(s) if ch in '"“”']
        if len(marks) % 2:
            continue
        for a, z in zip(marks[0::2], marks[1::2]):
            q = s[a + 1:z].strip().rstrip(".,;:")
            if 8 <= len(q.split()) <= 32 and '"' not in q:
                quotes.append(q)
    numbers = re.findall(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.,])", text)[:5]
    year = r.randint(2017, 2019)
    date = datetime.date(year, 1, 1) + datetime.timedelta(days=r.randint(0, 364))
    order = list(range(len(rel_pool)))
    rr = _rng("related-order", row)
    rr.shuffle(order)
    state = {"i": 0}

    def rel_take(n):
        out = []
        for _ in range(n):
            if not rel_pool:
                break
            out.append(rel_pool[order[state["i"] % len(order)]])
            state["i"] += 1
        return out or [{"title": "Tin tức khác", "teaser": None, "caption": None, "row": -1}]

    return {
        "title": tidy(title), "text": text, "people": people[:4], "org": orgs[0] if orgs else None,
        "place": place, "dm": dm, "quotes": quotes[:3], "numbers": numbers,
        "date": date, "year": year, "hh": r.randint(5, 22), "mm": r.randint(0, 59),
        "site": r.choice(_SITES), "lead_caption": info["lead_caption"],
        "captions": _caption_bank(text, bool(people), bool(place)), "used_captions": set(),
        "authors": info["authors"], "sources": info["sources"], "rel_take": rel_take,
    }


# --------------------------------------------------------------------------
# scraper faults
# --------------------------------------------------------------------------

def _spaces(s):
    return [i for i, ch in enumerate(s) if ch == " " and 0 < i < len(s) - 1]


def _fault_string(s, fault, r, p=0.45):
    if r.random() > p:
        return s
    if fault == "nbsp":
        idx = _spaces(s)
        for i in r.sample(idx, min(len(idx), r.randint(1, 3))):
            s = s[:i] + "\u00a0" + s[i + 1:]
    elif fault == "double_space":
        idx = _spaces(s)
        for i in sorted(r.sample(idx, min(len(idx), r.randint(1, 2))), reverse=True):
            s = s[:i] + "  " + s[i + 1:]
    elif fault == "zwsp":
        idx = [i for i in range(1, len(s)) if s[i - 1].isalpha() and s[i].isalpha()]
        for i in sorted(r.sample(idx, min(len(idx), r.randint(1, 2))), reverse=True):
            s = s[:i] + "\u200b" + s[i:]
    return s


def _apply_faults(items, faults, r):
    if "glue" in faults:
        cands = []
        for j, it in enumerate(items):
            if it[0] == "b":
                for k in range(len(it[1]) - 1):
                    a, c = it[1][k], it[1][k + 1]
                    if a.endswith(".") and not a.endswith("..") and c[:1].isupper():
                        cands.append((j, k))
        r.shuffle(cands)
        used = set()
        for j, k in cands[:r.randint(1, 3)]:
            if (j, k) in used or (j, k - 1) in used or (j, k + 1) in used:
                continue
            used.add((j, k))
        for j, k in sorted(used, reverse=True):
            sents = items[j][1]
            sents[k:k + 2] = [sents[k] + sents[k + 1]]
    out = []
    for it in items:
        if it[0] == "b":
            sents = it[1]
            for f in faults:
                if f in ("nbsp", "double_space", "zwsp"):
                    sents = [_fault_string(s, f, r) for s in sents]
            out.append(("b", sents))
        elif it[0] == "f":
            line = it[2]
            for f in faults:
                if f in ("nbsp", "zwsp"):
                    line = _fault_string(line, f, r, 0.3)
            out.append(("f", it[1], line))
        else:
            out.append(it)
    if "nfd" in faults:
        nfd = lambda s: unicodedata.normalize("NFD", s)  # noqa: E731
        out = [("b", [nfd(s) for s in it[1]]) if it[0] == "b" else
               ("f", it[1], nfd(it[2])) if it[0] == "f" else ("p", nfd(it[1])) for it in out]
    return out


# --------------------------------------------------------------------------
# assembling and checking a page
# --------------------------------------------------------------------------

def _assemble(items, layout):
    lines, body, furniture = [], [], []
    body_keys = set()
    for it in items:
        if it[0] == "b":
            for s in it[1]:
                body_keys.add(_key(s))
            body_keys.add(_key(" ".join(it[1])))
    for it in items:
        if it[0] == "b":
            lines.append(" ".join(it[1]))
            body.extend(it[1])
        elif it[0] == "f":
            if _key(it[2]) in body_keys:
                continue                       # never let furniture equal a body sentence
            lines.append(it[2])
            furniture.append((it[1], it[2]))
        else:
            lines.append(it[1])
    return Page(text="\n".join(lines), body=body, furniture=furniture, layout=layout)


def check_page(page: Page) -> None:
    """Raise AssertionError if the page breaks the contract."""
    lines = page.text.split("\n")
    assert page.text and all(ln and ln == ln.strip() for ln in lines), "blank or unstripped line"
    assert page.layout in LAYOUTS
    for s in page.body:
        assert s and "\n" not in s and s in page.text
    keys = {_key(s) for s in page.body}
    for kind, line in page.furniture:
        assert kind in KINDS and line in lines and _key(line) not in keys
    bi = fi = 0
    unlabelled = 0
    for ln in lines:
        if fi < len(page.furniture) and ln == page.furniture[fi][1]:
            fi += 1
            continue
        if bi < len(page.body) and ln.startswith(page.body[bi]):
            rest, j = ln, bi
            while j < len(page.body) and rest.startswith(page.body[j]):
                rest = rest[len(page.body[j]):]
                j += 1
                if not rest:
                    break
                if not rest.startswith(" "):
                    break
                rest = rest[1:]
            if not rest:
                bi = j
                continue
        unlabelled += 1
    assert bi == len(page.body) and fi == len(page.furniture), "order mismatch"
    assert unlabelled <= 3, "too many unlabelled lines"


def _build(k, row, title, article, rel_pool, faults):
    layout = LAYOUTS[k % len(LAYOUTS)]
    r = _rng("page", row)
    sents, info = clean_article(article)
    ctx = _context(title, sents, info, _rng("ctx", row), rel_pool, row)
    paras = _paragraphs(sents, _rng("paras", row))
    b = _B()
    _LAYOUT_FN[layout](b, r, ctx, paras)
    _tail(b, _rng("tail", row), ctx, layout)
    items = [("b", list(it[1])) if it[0] == "b" else it for it in b.items]
    items = _apply_faults(items, faults, _rng("fault-apply", row)) if faults else items
    page = _assemble(items, layout)
    check_page(page)
    return page


def _fault_plan(rows):
    r = _rng("fault-plan")
    n = round(len(rows) * FAULT_SHARE)
    chosen = r.sample(list(rows), n) if rows else []
    plan = {}
    for j, row in enumerate(sorted(chosen)):
        fs = [FAULTS[j % len(FAULTS)]]
        if r.random() < 0.35:
            extra = r.choice(FAULTS)
            if extra not in fs:
                fs.append(extra)
        plan[row] = tuple(fs)
    return plan


def pages(train_path) -> list[Page]:
    body_rows, related_rows = _read_rows(train_path)
    rel_pool = [it for it in (_related_item(*x) for x in related_rows) if it["title"]]
    plan = _fault_plan([row for row, _, _ in body_rows])
    out = []
    for k, (row, title, article) in enumerate(body_rows):
        out.append(_build(k, row, title, article, rel_pool, plan.get(row, ())))
    return out


def fault_plan(train_path) -> dict:
    """Which rows got which scraper faults (for the README and tests)."""
    body_rows, _ = _read_rows(train_path)
    return _fault_plan([row for row, _, _ in body_rows])


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: make.py /path/to/vietnews_train.jsonl.gz", file=sys.stderr)
        return 2
    ps = pages(argv[0])
    kinds = Counter(k for p in ps for k, _ in p.furniture)
    print("pages: %d" % len(ps))
    print("body sentences: %d" % sum(len(p.body) for p in ps))
    print("furniture lines: %d" % sum(len(p.furniture) for p in ps))
    for kind in KINDS:
        print("  %-8s %d" % (kind, kinds.get(kind, 0)))
    shaped = sum(1 for p in ps for _, ln in p.furniture
                 if re.search(r"[.?!…]\s*[\"”)]?$", ln) and len(ln.split()) >= 5)
    print("sentence-shaped furniture lines: %d" % shaped)
    print()
    print("%-20s %5s %6s %s" % ("layout", "pages", "body", "  ".join("%7s" % k for k in KINDS)))
    for lay in LAYOUTS:
        sub = [p for p in ps if p.layout == lay]
        kc = Counter(k for p in sub for k, _ in p.furniture)
        print("%-20s %5d %6d %s" % (lay, len(sub), sum(len(p.body) for p in sub),
                                    "  ".join("%7d" % kc.get(k, 0) for k in KINDS)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
