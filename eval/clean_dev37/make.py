#!/usr/bin/env python3
"""Blind held-out test set 37 for the Vietnamese news page cleaner.

Builds scraped-looking news pages (plain text) from VietNews training rows. Each
page carries the gold answer: the story's sentences (``body``) and a kind for
every other line (``furniture``), except at most three unlabelled lines (the
title, one date/time line, one source/site-name line).

Standard library only, deterministic (every random choice comes from
``random.Random`` seeded with strings derived from ``SEED``).

Usage:  python eval/clean_test37/make.py /path/to/vietnews_train.jsonl.gz
"""

import datetime
import gzip
import json
import random
import re
import sys
import unicodedata
from dataclasses import dataclass

SEED = 3737
BODY_ROWS = range(14_900, 15_000)
RELATED_ROWS = range(19_800, 19_997)
RELATED_CUT = 1_200
KINDS = ("byline", "credit", "caption", "related", "widget")

LAYOUTS = (
    "daily_selectall",
    "daily_liveblog_innertext",
    "business_reader_mode",
    "finance_selectall_tables",
    "sports_innertext",
    "sports_textproxy",
    "showbiz_gallery_selectall",
    "lifestyle_markdown_clip",
    "tech_rss_fulltext",
    "law_qa_reader_mode",
    "police_textproxy",
    "province_screenreader",
    "province_saved_text",
    "tv_video_innertext",
    "tv_saved_text_bulletin",
    "radio_screenreader_audio",
    "overseas_chat_forward",
    "overseas_rss_fulltext",
    "daily_print_view",
    "tech_paywall_innertext",
    "business_newsletter_digest",
    "showbiz_chat_forward",
    "radio_newsletter_digest",
)


@dataclass
class Page:
    text: str
    body: list[str]
    furniture: list[tuple[str, str]]
    layout: str


# ---------------------------------------------------------------------------
# reading
# ---------------------------------------------------------------------------

def _parse_row(raw):
    """Return (title, article) for a usable row, else None."""
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
    """Read the gz file once; stop after the last physical line needed."""
    last = max(BODY_ROWS[-1], RELATED_ROWS[-1])
    body, related = [], []
    with gzip.open(train_path, "rb") as fh:
        for i, raw in enumerate(fh):  # binary iteration splits on b"\n" only
            if i in BODY_ROWS:
                row = _parse_row(raw)
                if row is not None:
                    body.append((i, row[0], row[1]))
            elif i in RELATED_ROWS:
                row = _parse_row(raw)
                if row is not None:
                    related.append((i, row[0], row[1][:RELATED_CUT], len(row[1]) > RELATED_CUT))
            if i >= last:
                break
    return body, related


# ---------------------------------------------------------------------------
# text helpers, sentence splitter
# ---------------------------------------------------------------------------

def _collapse(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def _norm(s):
    """Case- and space-insensitive comparison key."""
    s = unicodedata.normalize("NFC", s).replace("\u200b", "")
    return re.sub(r"\s+", "", s).casefold()


_ABBREV = {
    "TP", "Tp", "TS", "ThS", "Ths", "PGS", "GS", "BS", "BSCKI", "BSCKII", "KS", "LS",
    "Th", "Ch", "St", "Mr", "Mrs", "Ms", "Dr", "TT", "NXB", "ĐH", "CN", "TX", "Q", "P",
    "Ô", "Bs", "Ts", "Gs", "TSKH", "NSƯT", "NSND", "v.v",
}
_TERM = ".!?…"


def _is_abbrev(text, i):
    """text[i] is a single '.', decide whether the token before it is an abbreviation."""
    j = i
    while j > 0 and not text[j - 1].isspace() and text[j - 1] not in "(\"“'":
        j -= 1
    tok = text[j:i]
    if not tok:
        return False
    if tok in _ABBREV:
        return True
    if len(tok) == 1 and tok.isupper():
        return True
    if re.fullmatch(r"(?:[A-ZĐ]\.)+[A-ZĐ]", tok):
        return True
    return False


def _starter(c):
    return c.isupper() or c.isdigit() or c in "\"“"


def split_sentences(text):
    """Split VietNews prose into sentences.

    Knows spaced ASCII quotes (`` " `` pairs), curly quotes, abbreviations such as
    TP. HCM, TS., Q. 1 and initials (N.T. Q.); never splits inside a quotation.
    """
    text = _collapse(text)
    n = len(text)
    track = text.count('"') % 2 == 0
    out, start, inq, curly, i = [], 0, False, 0, 0
    while i < n:
        ch = text[i]
        if ch == '"' and track:
            if inq:
                inq = False
                # closing quote right after a terminal mark ends the sentence
                p = i - 1
                while p >= 0 and text[p] == " ":
                    p -= 1
                if p >= 0 and text[p] in _TERM and curly == 0:
                    m = i + 1
                    if m < n and text[m] == " ":
                        while m < n and text[m] == " ":
                            m += 1
                        if m < n and _starter(text[m]) and text[m] not in "\"“":
                            out.append(text[start:i + 1].strip())
                            start = i = m
                            continue
            else:
                inq = True
        elif ch == "“":
            curly += 1
        elif ch == "”":
            if curly:
                curly -= 1
            p = i - 1
            while p >= 0 and text[p] == " ":
                p -= 1
            if curly == 0 and not inq and p >= 0 and text[p] in _TERM:
                m = i + 1
                if m < n and text[m] == " ":
                    while m < n and text[m] == " ":
                        m += 1
                    if m < n and _starter(text[m]):
                        out.append(text[start:i + 1].strip())
                        start = i = m
                        continue
        elif ch in _TERM and not inq and curly == 0:
            j = i
            while j + 1 < n and text[j + 1] in _TERM:
                j += 1
            k = j + 1
            if k < n and text[k] == " ":
                m = k
                while m < n and text[m] == " ":
                    m += 1
                if m < n and _starter(text[m]) and not (
                        i == j and text[i] == "." and _is_abbrev(text, i)):
                    out.append(text[start:j + 1].strip())
                    start = i = m
                    continue
            i = j + 1
            continue
        i += 1
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return [s for s in out if s]


# ---------------------------------------------------------------------------
# cleaning a VietNews article into story sentences
# ---------------------------------------------------------------------------

_PHOTO_FUSED = re.compile(
    r"Ảnh\s*:|Ảnh minh ho[ạa]|Nguồn ảnh|Video\s*:|Clip\s*:|Đồ hoạ\s*:|Đồ họa\s*:|"
    r"\((?:trái|phải|giữa|bìa trái|bìa phải|thứ \w+ từ (?:trái|phải)[^)]*|từ trái[^)]*|"
    r"từ phải[^)]*|áo [^)]*|ngồi [^)]*|đứng [^)]*|ảnh[^)]*|hình[^)]*)\)",
    re.IGNORECASE)
_TRAILER_CUT = re.compile(
    r"\b(?:TTO|PLO|TNO|VNE)\s*[-–]\s|^(?:Xem thêm|Đọc thêm|Tin liên quan|Bài liên quan|"
    r"Mời (?:xem|đọc)|Xem tiếp|Video liên quan|>>|»)", re.IGNORECASE)
_DATELINE = re.compile(
    r"^(?:Ngày|Sáng|Chiều|Tối|Trưa|Đêm|Khuya|Rạng sáng|Chiều tối|Sáng sớm|Tối muộn|"
    r"Sáng nay|Chiều nay|Tối qua|Đêm qua|Trưa nay)\s+(?:ngày\s+)?\d{1,2}[-/]\d{1,2}")
_HAS_DATE = re.compile(r"\b\d{1,2}[-/]\d{1,2}\b")
_ANAPHORA = ("Đó", "Đây", "Theo", "Tuy", "Trong", "Liên quan", "Như", "Vụ", "Ngoài",
             "Trước", "Sau", "Còn", "Cùng", "Về", "Một", "Khi", "Nhưng", "Bên cạnh")
_SOURCE_TAIL = re.compile(
    r"\s*\(\s*((?:Theo|Nguồn|Tổng hợp|Lược dịch|Dịch theo)\b[^()]{0,80})\)\s*$")


def _upper_run(s, pos):
    """Uppercase name starting at pos, ending before a glued sentence start."""
    j = pos
    n = len(s)
    while j < n:
        c = s[j]
        if c.isupper():
            if j + 1 < n and s[j + 1].islower():
                break
            j += 1
        elif c in " ./-&":
            if c == " " and j + 2 < n and s[j + 1].isupper() and s[j + 2].islower():
                break
            j += 1
        else:
            break
    return s[pos:j].strip(" ./-"), j


def _looks_like_names(s):
    words = s.replace("-", " ").replace("(", " ").replace(")", " ").replace(",", " ").split()
    if not 1 <= len(words) <= 8:
        return False
    return all(w[:1].isupper() for w in words)


def clean_article(article):
    """Return (sentences, info) with lead captions, credits and trailers removed."""
    info = {"photo": None, "lead_caption": None, "sources": [], "authors": []}
    a = _collapse(article)
    a = re.sub(r"^(?:TTO|PLO|TNO|VOV|\([^()]{2,30}\))\s*[-–]\s+", "", a)
    # lead caption glued to the story with an all-caps photo credit
    m = re.match(r"^(?P<cap>[^.!?]{8,300}?)\s*[-–]?\s*\(?\s*(?:Ảnh|Ảnh minh hoạ|Video|Clip)\s*:\s*", a)
    if m:
        who, end = _upper_run(a, m.end())
        rest = a[end:].lstrip(" )")
        if who and rest[:1].isupper():
            info["lead_caption"] = m.group("cap").strip(" -–")
            info["photo"] = who
            a = rest
    # trailing source notes
    for _ in range(3):
        t = _SOURCE_TAIL.search(a)
        if not t:
            break
        note = t.group(1).strip()
        if not note.lower().startswith("tổng hợp"):
            info["sources"].append(re.sub(r"^(?:Theo|Nguồn\s*:?)\s*", "", note).strip())
        a = a[:t.start()].rstrip()
    sents = split_sentences(a)
    out = []
    for s in sents:
        if _TRAILER_CUT.search(s):
            break
        out.append(s)
    while out and out[-1][-1] not in _TERM + "\"”)":
        last = out.pop()
        if _looks_like_names(last) and len(last) <= 60:
            info["authors"].append(last)
    while out and re.fullmatch(r"\(?(?:Theo|Nguồn\s*:)\s*[^.]{2,50}\)?\.?", out[-1]):
        info["sources"].append(re.sub(r"^\(?(?:Theo|Nguồn\s*:)\s*|\)?\.?$", "", out.pop()))
    out = [s for s in out if not _PHOTO_FUSED.search(s)]
    if (len(out) >= 3 and _DATELINE.match(out[1]) and not _HAS_DATE.search(out[0])
            and len(out[0]) <= 200 and not out[0].startswith(_ANAPHORA)
            and '"' not in out[0] and "“" not in out[0]):
        out.pop(0)  # an uncaptioned lead-photo caption: drop it, never reuse it
    out = [s for s in out if len(s.split()) >= 3]
    return out, info


# ---------------------------------------------------------------------------
# related-story pool (RELATED_ROWS only: title + first RELATED_CUT chars)
# ---------------------------------------------------------------------------

def _related_pool(related):
    pool = []
    for row, title, text, truncated in related:
        sents = split_sentences(text)
        if truncated and sents:
            sents = sents[:-1]
        sents = [s for s in sents
                 if not _PHOTO_FUSED.search(s) and not _TRAILER_CUT.search(s)
                 and 5 <= len(s.split()) <= 60 and s[-1] in _TERM + "\"”"]
        pool.append({"row": row, "title": _collapse(title), "sents": sents})
    return pool


# ---------------------------------------------------------------------------
# vocabulary (all invented)
# ---------------------------------------------------------------------------

HO = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
      "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Lâm", "Mai", "Tạ", "Quách", "Châu",
      "La", "Kiều", "Lưu", "Thái", "Cao")
DEM = ("Văn", "Thị", "Minh", "Ngọc", "Thanh", "Hữu", "Đức", "Hoài", "Bảo", "Quang", "Thu",
       "Kim", "Gia", "Khánh", "Phương", "Xuân", "Hồng", "Tuấn", "Diệu", "Nhật")
TEN = ("An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hoà", "Khoa",
       "Lam", "Linh", "Long", "Mai", "Nam", "Nga", "Nhi", "Phong", "Phúc", "Quân", "Sơn",
       "Tâm", "Thảo", "Thành", "Trang", "Trí", "Trung", "Tú", "Uyên", "Vy", "Yến", "Duy",
       "Khôi", "Ngân", "Vĩnh", "Diệp", "Đạt", "Hưng", "Lộc", "Quyên", "Tín", "Vân", "Đăng")
AGENCIES = ("TTBM", "DAP", "NDN", "VPA", "TTNB", "HTA")
AGENCY_NAMES = ("Thông tấn Bình Minh", "Hãng tin Đông Á", "Hãng tin Nam Dương",
                "Hãng tin Việt - Pháp", "Thông tấn Nam Bộ", "Hãng tin Hoàn Á")

OUTLETS = {
    "daily": ("Nhật báo Cánh Buồm", "Thời Luận Ngày Mới", "Báo Mặt Trời Mọc", "Tin Sáng Bốn Phương"),
    "business": ("Kinh tế Cánh Diều", "Nhịp Thị Trường 24h", "Đồng Vốn Online", "Thời báo Két Sắt"),
    "sports": ("Sân Cỏ Nóng", "Thể thao Vòng Cấm", "Khán Đài Số", "Nhịp Bóng Lăn"),
    "showbiz": ("Phố Sao Đêm", "Giải trí Hoa Sữa", "Ngôi Sao Mới Nổi", "Hậu Trường Xanh"),
    "tech": ("Bit & Byte Việt", "Công nghệ Mạch Nhỏ", "Số Hoá Hằng Ngày", "Chip Xanh"),
    "law": ("Cán Cân Online", "Pháp Đình Mới", "An Ninh Phố Phường", "Công Lý & Đời Sống Xanh"),
    "province": ("Báo Sơn Thuỷ điện tử", "Báo Lam Giang", "Báo Ngọc Khê Online", "Cổng tin tỉnh Hoà Vân"),
    "tv": ("Đài PT-TH Sơn Thuỷ (STTV)", "Truyền hình Lam Giang LGTV", "Kênh Thời sự Số 9", "Ngọc Khê TV"),
    "radio": ("Tiếng Nói Đồng Bằng", "Sóng FM 97,3 Đô Thị", "Đài Phát thanh Ngọc Khê", "Tần Số Xanh 102"),
    "overseas": ("Việt Báo Xa Xứ", "Nhịp Cầu Hải Ngoại", "Tiếng Quê Hương Tuần San", "Người Việt Bốn Phương"),
}
DOMAINS = {
    "daily": ("canhbuom.vn", "thoiluanngaymoi.vn", "matroimoc.com.vn", "tinsangbonphuong.vn"),
    "business": ("canhdieukinhte.vn", "nhipthitruong24h.vn", "dongvon.vn", "ketsat.vn"),
    "sports": ("sancononng.vn", "vongcam.vn", "khandaiso.vn", "nhipbonglan.vn"),
    "showbiz": ("phosaodem.vn", "hoasua-giaitri.vn", "saomoinoi.vn", "hautruongxanh.vn"),
    "tech": ("bitbyteviet.vn", "machnho.vn", "sohoahangngay.vn", "chipxanh.vn"),
    "law": ("cancan.vn", "phapdinhmoi.vn", "anninhphophuong.vn", "congly-xanh.vn"),
    "province": ("baosonthuy.vn", "baolamgiang.vn", "ngockheonline.vn", "hoavan.gov.vn"),
    "tv": ("sttv.vn", "lgtv.vn", "thoisu9.vn", "ngockhetv.vn"),
    "radio": ("tiengnoidongbang.vn", "fm973.vn", "radiongockhe.vn", "tansoxanh.vn"),
    "overseas": ("vietbaoxaxu.com", "nhipcauhaingoai.org", "tienguequehuong.net", "nguoivietbonphuong.com"),
}
NAV = {
    "daily": ("Thời sự", "Thế giới", "Kinh doanh", "Pháp luật", "Giáo dục", "Sức khoẻ", "Văn hoá",
              "Giải trí", "Thể thao", "Xe", "Du lịch", "Công nghệ", "Bạn đọc", "Video", "Ý kiến"),
    "business": ("Tài chính", "Chứng khoán", "Ngân hàng", "Bất động sản", "Doanh nghiệp", "Vĩ mô",
                 "Thị trường", "Hàng hoá", "Tiền số", "Khởi nghiệp"),
    "sports": ("Bóng đá Việt", "Ngoại hạng Anh", "Cúp châu Âu", "Quần vợt", "Võ thuật", "Đua xe",
               "Bóng chuyền", "Hậu trường", "Lịch thi đấu", "Bảng xếp hạng"),
    "showbiz": ("Sao Việt", "Sao quốc tế", "Âm nhạc", "Điện ảnh", "Thời trang", "Làm đẹp", "Ẩm thực",
                "Tình yêu", "Gia đình", "Thử thách"),
    "tech": ("Điện thoại", "Máy tính", "Ứng dụng", "An ninh mạng", "Trí tuệ nhân tạo", "Đánh giá",
             "Thủ thuật", "Game", "Khoa học", "Xe điện"),
    "law": ("An ninh", "Hình sự", "Toà án", "Tư vấn", "Hồ sơ vụ án", "Ký sự pháp đình", "Bạn đọc hỏi",
            "Văn bản mới", "Truy nã"),
    "province": ("Chính trị", "Xây dựng Đảng", "Kinh tế", "Xã hội", "Nông thôn mới", "Quốc phòng - An ninh",
                 "Văn hoá - Thể thao", "Đất và người", "Báo in", "Phát thanh"),
    "tv": ("Thời sự", "Chương trình", "Phim truyện", "Phát thanh", "Truyền hình trực tuyến",
           "Lịch phát sóng", "Xem lại", "Ký sự", "Dự báo thời tiết"),
    "radio": ("Nghe trực tiếp", "Chương trình", "Tin giờ", "Giao thông", "Âm nhạc", "Podcast",
              "Lịch phát sóng", "Liên hệ"),
    "overseas": ("Việt Nam", "Cộng đồng", "Hoa Kỳ", "Âu Châu", "Úc Châu", "Di trú", "Rao vặt",
                 "Bình luận", "Văn học"),
}
SECTIONS = ("Pháp luật", "An ninh - Trật tự", "Hồ sơ vụ án", "Xã hội", "Thời sự", "Điều tra",
            "Pháp đình", "Đời sống")
TAG_WORDS = ("công an", "khởi tố", "điều tra", "xét xử", "tai nạn", "ma tuý", "tín dụng đen",
             "bắt giữ", "tạm giam", "an ninh trật tự", "phiên toà", "cảnh sát giao thông",
             "ngân hàng", "đất đai", "trộm cắp", "cháy nổ", "đánh bạc", "tham nhũng", "bạo lực",
             "trẻ em", "luật sư", "hình sự", "cảnh báo")
COMMENTS = (
    "Phải xử thật nghiêm mới đủ sức răn đe.",
    "Đọc xong mà thấy thương gia đình nạn nhân quá.",
    "Mong cơ quan chức năng sớm làm rõ và công bố kết quả cho người dân biết.",
    "Chuyện này đâu phải lần đầu, cần có biện pháp quản lý chặt hơn.",
    "Cảm ơn phóng viên đã theo sát vụ việc đến cùng.",
    "Không hiểu sao đến giờ mới phát hiện ra.",
    "Ủng hộ anh em công an, làm việc rất nhanh.",
    "Ai có thông tin thêm thì chia sẻ với ạ.",
    "Luật cần sửa cho phù hợp với thực tế hơn.",
    "Hy vọng bài học này giúp mọi người cẩn trọng hơn.",
    "Theo tôi mức xử lý như vậy là còn nhẹ.",
    "Thành thật chia buồn cùng gia đình.",
    "Mọi người nên cảnh giác, nhất là ở những khu vực đông người.",
    "Nhà tôi ở gần đó, mấy hôm nay cả xóm đều bàn tán chuyện này.",
    "Cần truy trách nhiệm của người đứng đầu đơn vị.",
    "Đề nghị báo tiếp tục đưa tin về kết quả xử lý.",
    "Xem mà thấy sợ, giờ ra đường phải hết sức cẩn thận.",
    "Pháp luật nghiêm minh thì mới lấy lại được lòng tin.",
)
TOPICS = (
    (("xét xử", "toà", "TAND", "bị cáo", "phiên", "tuyên án", "HĐXX"), (
        "Quang cảnh phiên toà", "Các bị cáo tại phần xét hỏi", "Hội đồng xét xử tại phòng xử án",
        "Người thân bị cáo theo dõi phiên toà qua màn hình bên ngoài",
        "Luật sư bào chữa trình bày quan điểm tại toà", "Bị cáo được dẫn giải vào phòng xử án",
        "Đại diện viện kiểm sát thực hành quyền công tố tại phiên toà")),
    (("ma tuý", "ma túy", "heroin", "biên phòng"), (
        "Số ma tuý bị lực lượng chức năng thu giữ", "Các đối tượng cùng tang vật tại trụ sở cơ quan chức năng",
        "Lực lượng biên phòng tuần tra trên tuyến biên giới", "Tang vật được niêm phong để giám định")),
    (("đánh bạc", "cờ bạc", "cá độ", "sới bạc", "đá gà"), (
        "Tang vật thu giữ tại sới bạc", "Các con bạc bị đưa về trụ sở công an",
        "Khu vực tổ chức đánh bạc bị lực lượng chức năng phát hiện", "Số tiền và điện thoại bị tạm giữ")),
    (("cháy", "nổ"), (
        "Lực lượng cảnh sát phòng cháy dập lửa tại hiện trường", "Căn phòng bị thiêu rụi sau đám cháy",
        "Người dân tập trung bên ngoài khu vực xảy ra hoả hoạn", "Khói đen bốc lên từ khu nhà")),
    (("tai nạn", "xe", "CSGT", "giao thông", "tài xế", "ôtô", "đèo"), (
        "Hiện trường vụ tai nạn", "Chiếc xe bị hư hỏng nặng sau va chạm",
        "Cảnh sát giao thông phân luồng tại khu vực", "Tổ công tác kiểm tra giấy tờ của tài xế",
        "Giao thông ùn ứ kéo dài sau sự cố", "Phương tiện vi phạm bị tạm giữ tại trụ sở đội")),
    (("ngân hàng", "tỉ đồng", "cổ phần", "công ty", "doanh nghiệp"), (
        "Trụ sở doanh nghiệp liên quan đến vụ án", "Cơ quan điều tra khám xét nơi làm việc",
        "Một quầy giao dịch ngân hàng", "Hồ sơ vụ án được chuyển sang viện kiểm sát")),
    (("đất", "sạt lở", "cây", "cát", "môi trường", "nhà máy"), (
        "Khu đất đang xảy ra tranh chấp", "Hiện trạng khu vực sau nhiều ngày",
        "Người dân chỉ vị trí xảy ra sự việc", "Phương tiện bị tạm giữ chờ xử lý")),
    (("bắt", "khởi tố", "tạm giữ", "công an", "truy nã", "nghi can", "bị can", "điều tra"), (
        "Lực lượng chức năng khám nghiệm hiện trường", "Nghi phạm tại cơ quan công an",
        "Tang vật thu giữ trong vụ án", "Cán bộ điều tra lấy lời khai nhân chứng",
        "Khu vực xảy ra vụ việc được phong toả", "Trụ sở công an nơi tạm giữ nghi phạm",
        "Đối tượng bị dẫn giải về trụ sở")),
)
TOPIC_DEFAULT = ("Cơ quan chức năng làm việc tại hiện trường", "Người dân theo dõi sự việc",
                 "Khoảnh khắc được ghi lại tại thời điểm xảy ra vụ việc", "Khu vực liên quan đến vụ việc",
                 "Đại diện cơ quan chức năng trao đổi với phóng viên")
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


# ---------------------------------------------------------------------------
# page context and builder
# ---------------------------------------------------------------------------

class Ctx:
    def __init__(self, rng, title, sents, info, pool, layout):
        self.rng = rng
        self.title = title
        self.sents = sents
        self.info = info
        self.layout = layout
        self.family = layout.split("_")[0]
        self.fam = {"daily": "daily", "business": "business", "finance": "business",
                    "sports": "sports", "showbiz": "showbiz", "lifestyle": "showbiz",
                    "tech": "tech", "law": "law", "police": "law", "province": "province",
                    "tv": "tv", "radio": "radio", "overseas": "overseas"}[self.family]
        oi = rng.randrange(4)
        self.outlet = OUTLETS[self.fam][oi]
        self.domain = DOMAINS[self.fam][oi]
        self.nav = NAV[self.fam]
        self._pool = pool
        order = list(range(len(pool)))
        rng.shuffle(order)
        self._order = order
        self._next = 0
        self.when = datetime.datetime(2017, 1, 1, 6, 0) + datetime.timedelta(
            days=rng.randrange(3 * 365), minutes=rng.randrange(15 * 60))
        low = (title + " " + " ".join(sents[:3])).lower()
        self.topic = TOPIC_DEFAULT
        for keys, phrases in TOPICS:
            if any(k.lower() in low for k in keys):
                self.topic = phrases
                break
        self._topic_left = list(self.topic)
        rng.shuffle(self._topic_left)

    # -- randomness ---------------------------------------------------------
    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def n(self, a, b):
        return self.rng.randint(a, b)

    # -- people -------------------------------------------------------------
    def person(self):
        r = self.rng
        return f"{r.choice(HO)} {r.choice(DEM)} {r.choice(TEN)}"

    def pen(self):
        r = self.rng
        return f"{r.choice(DEM)} {r.choice(TEN)}"

    def author(self):
        """A story author: the article's own trailer name if there was one."""
        if self.info["authors"]:
            return self.info["authors"][0]
        return self.pen() if self.chance(0.6) else self.person()

    def agency(self):
        return self.pick(AGENCIES)

    # -- other stories --------------------------------------------------------
    def story(self):
        if not self._pool:
            return None
        s = self._pool[self._order[self._next % len(self._order)]]
        self._next += 1
        return s

    def headline(self):
        s = self.story()
        return s["title"] if s else self.pick(TOPIC_DEFAULT)

    def teaser(self, first=True):
        for _ in range(4):
            s = self.story()
            if s and s["sents"]:
                return s["sents"][0] if first or len(s["sents"]) == 1 else self.pick(s["sents"][:3])
        return self.headline()

    def other_caption(self):
        for _ in range(6):
            s = self.story()
            if s and s["sents"]:
                short = [x for x in s["sents"] if len(x) <= 160]
                if short:
                    return self.pick(short)
        return self.topic_caption()

    def topic_caption(self):
        if not self._topic_left:
            self._topic_left = list(self.topic)
            self.rng.shuffle(self._topic_left)
        base = self._topic_left.pop()
        r = self.rng.random()
        d = self.when
        if r < 0.25:
            base += f" {self.pick(('sáng', 'chiều', 'tối', 'trưa'))} {d.day}-{d.month}"
        elif r < 0.4:
            base += self.pick((" hôm qua", " sáng nay", " chiều cùng ngày", " vào đêm xảy ra sự việc"))
        return base + ("." if self.chance(0.8) else "")

    def caption(self):
        if self.info["lead_caption"] and not getattr(self, "_lead_used", False):
            self._lead_used = True
            return self.info["lead_caption"]
        return self.other_caption() if self.chance(0.5) else self.topic_caption()

    def photographer(self):
        if self.info["photo"] and not getattr(self, "_photo_used", False):
            self._photo_used = True
            return self.info["photo"]
        return self.pen().upper() if self.chance(0.6) else self.pen()

    # -- dates ----------------------------------------------------------------
    def dt(self, style, d=None):
        d = d or self.when
        wd = WEEKDAYS[d.weekday()]
        hm = f"{d.hour:02d}:{d.minute:02d}"
        dmy = f"{d.day:02d}/{d.month:02d}/{d.year}"
        return {
            "wd": f"{wd}, {dmy} - {hm}",
            "wd2": f"{wd}, {d.day}/{d.month}/{d.year}, {hm} (GMT+7)",
            "gmt": f"{dmy} {hm} GMT+7",
            "hm_bar": f"{hm} | {dmy}",
            "upd": f"Cập nhật: {hm} ngày {d.day}-{d.month}-{d.year}",
            "posted": f"Ngày đăng: {d.day:02d}.{d.month:02d}.{d.year}",
            "iso": d.strftime("%Y-%m-%dT%H:%M:00+07:00"),
            "rfc": f"{WEEKDAYS_EN[d.weekday()]}, {d.day:02d} {MONTHS_EN[d.month - 1]} {d.year} {hm}:00 +0700",
            "long": f"{wd.lower() if self.chance(0.5) else wd} {d.day} tháng {d.month}, {d.year}",
            "luc": f"Đăng lúc {d.hour} giờ {d.minute:02d}, ngày {dmy}",
            "dash": f"{d.day}-{d.month}-{d.year} {hm}",
            "dmy": dmy,
        }[style]

    def later(self, minutes):
        return self.when + datetime.timedelta(minutes=minutes)

    def ago(self):
        return self.pick((f"{self.n(2, 59)} phút trước", f"{self.n(1, 23)} giờ trước",
                          f"{self.n(1, 6)} ngày trước", "Vừa xong", "Hôm qua"))

    def hm(self, minutes=None):
        d = self.later(minutes if minutes is not None else -self.n(10, 900))
        return f"{d.hour:02d}:{d.minute:02d}"

    # -- wording helpers -----------------------------------------------------
    def cut(self, s, lo=6, hi=12):
        words = s.split()
        if len(words) <= lo + 1:
            return s
        k = self.n(lo, min(hi, len(words) - 1))
        return " ".join(words[:k]).rstrip(",;:") + self.pick(("…", "...", " …"))

    def tags(self, k):
        low = (self.title + " " + " ".join(self.sents)).lower()
        hits = [t for t in TAG_WORDS if t in low]
        self.rng.shuffle(hits)
        extra = [t for t in TAG_WORDS if t not in hits]
        self.rng.shuffle(extra)
        return (hits + extra)[:k]

    def paragraphs(self, weights):
        """Split the story into paragraphs of 1-4 sentences."""
        out, i, s = [], 0, self.sents
        while i < len(s):
            k = self.rng.choices((1, 2, 3, 4), weights=weights)[0]
            out.append(s[i:i + k])
            i += k
        return out

    def slots(self, nparas, k, lo=1):
        cand = list(range(lo, max(lo + 1, nparas)))
        self.rng.shuffle(cand)
        return sorted(cand[:k])

    def pull_quote(self):
        cands = []
        for s in self.sents:
            for m in re.finditer(r'" ([^"]{25,160}?) "', s):
                if len(m.group(1).split()) >= 6:
                    cands.append(m.group(1))
        if not cands:
            long = [s for s in self.sents if len(s.split()) >= 16]
            if not long:
                return None
            words = self.pick(long).split()
            return " ".join(words[:self.n(8, 12)]).rstrip(",;:") + "…"
        q = self.pick(cands)
        return self.pick(("“{}”", "\"{}\"", "« {} »", "“{}”")).format(q)


class Builder:
    def __init__(self):
        self.rows = []

    def title(self, t):
        self.rows.append(("title", t))

    def date(self, t):
        self.rows.append(("date", t))

    def site(self, t):
        self.rows.append(("site", t))

    def f(self, kind, t):
        assert kind in KINDS, kind
        t = _collapse(t)
        if t:
            self.rows.append((kind, t))

    def w(self, t):
        self.f("widget", t)

    def by(self, t):
        self.f("byline", t)

    def cr(self, t):
        self.f("credit", t)

    def cap(self, t):
        self.f("caption", t)

    def rel(self, t):
        self.f("related", t)

    def para(self, sents):
        if sents:
            self.rows.append(("body", list(sents)))


# ---------------------------------------------------------------------------
# scraper faults
# ---------------------------------------------------------------------------

FAULTS = ("nbsp", "zwsp", "double_space", "nfd", "glued")


def _replace_space(s, rng, new, k):
    idx = [i for i, c in enumerate(s) if c == " "]
    if not idx:
        return s
    chosen = sorted(rng.sample(idx, min(k, len(idx))), reverse=True)
    for i in chosen:
        s = s[:i] + new + s[i + 1:]
    return s


def _insert_zwsp(s, rng):
    idx = [i for i in range(1, len(s)) if not s[i - 1].isspace() and not s[i].isspace()]
    if not idx:
        return s
    i = rng.choice(idx)
    return s[:i] + "\u200b" + s[i:]


def _apply_faults(rows, faults, rng):
    out = []
    glued = 0
    for tag, val in rows:
        if tag == "body":
            sents = list(val)
            if "glued" in faults and len(sents) >= 2 and rng.random() < 0.5:
                j = rng.randrange(len(sents) - 1)
                if sents[j].endswith(".") and sents[j + 1][:1].isupper():
                    sents[j:j + 2] = [sents[j] + sents[j + 1]]
                    glued += 1
            new = []
            for s in sents:
                if "nbsp" in faults and rng.random() < 0.5:
                    s = _replace_space(s, rng, "\u00a0", rng.randint(1, 3))
                if "double_space" in faults and rng.random() < 0.4:
                    s = _replace_space(s, rng, "  ", 1)
                if "zwsp" in faults and rng.random() < 0.35:
                    s = _insert_zwsp(s, rng)
                new.append(s)
            out.append((tag, new))
        else:
            t = val
            if "nbsp" in faults and rng.random() < 0.3:
                t = _replace_space(t, rng, "\u00a0", 1)
            if "zwsp" in faults and rng.random() < 0.2:
                t = _insert_zwsp(t, rng)
            if "double_space" in faults and tag in ("caption", "related") and rng.random() < 0.2:
                t = _replace_space(t, rng, "  ", 1)
            out.append((tag, t))
    if "glued" in faults and not glued:
        for n, (tag, v) in enumerate(out):  # make sure at least one glued pair exists
            if tag == "body":
                for j in range(len(v) - 1):
                    if v[j].endswith(".") and v[j + 1][:1].isupper():
                        v = v[:j] + [v[j] + v[j + 1]] + v[j + 2:]
                        out[n] = (tag, v)
                        break
                else:
                    continue
                break
    if "nfd" in faults:
        out = [(tag, [unicodedata.normalize("NFD", s) for s in v] if tag == "body"
                else unicodedata.normalize("NFD", v)) for tag, v in out]
    return out


def _finish(rows, layout, faults, rng):
    rows = _apply_faults(rows, faults, rng) if faults else rows
    body_norms = {_norm(s) for tag, v in rows if tag == "body" for s in v}
    plain = [v for tag, v in rows if tag in ("title", "date", "site")]
    plain_norms = {_norm(v) for v in plain}
    lines, body, furniture, seen_plain = [], [], [], set()
    for tag, v in rows:
        if tag == "body":
            lines.append(" ".join(v))
            body.extend(v)
        elif tag in ("title", "date", "site"):
            assert tag not in seen_plain, (layout, tag)
            seen_plain.add(tag)
            lines.append(v)
        else:
            if _norm(v) in body_norms or _norm(v) in plain_norms or not _norm(v):
                continue
            lines.append(v)
            furniture.append((tag, v))
    assert all(ln == ln.strip() and ln for ln in lines)
    return Page(text="\n".join(lines), body=body, furniture=furniture, layout=layout)


# ---------------------------------------------------------------------------
# shared blocks
# ---------------------------------------------------------------------------

def _photo(b, ctx, placeholder=(), above=False, credit_p=0.5, credit_fmt=("Ảnh: {}",),
           suffix_p=0.0):
    """One captioned photo: optional placeholder, caption, optional credit line."""
    ph = ctx.pick(placeholder) if placeholder and ctx.chance(0.8) else None
    cap = ctx.caption()
    if suffix_p and ctx.chance(suffix_p):
        cap = cap.rstrip(".") + ctx.pick((" - Ảnh: {}", " (Ảnh: {})", " | Ảnh: {}", ". Ảnh: {}")).format(
            ctx.photographer())
        credit = None
    else:
        credit = ctx.pick(credit_fmt).format(ctx.photographer()) if ctx.chance(credit_p) else None
    if above:
        b.cap(cap)
        if ph:
            b.w(ph)
    else:
        if ph:
            b.w(ph)
        b.cap(cap)
    if credit:
        b.cr(credit)


def _gallery(b, ctx, counters, credits, lo=2, hi=4):
    """Several captioned photos in a row (a slideshow flattened to text)."""
    total = ctx.n(lo, hi)
    for i in range(total):
        if counters and ctx.chance(0.6):
            b.w(ctx.pick(counters).format(i + 1, total))
        b.cap(ctx.caption())
    if credits and ctx.chance(0.7):
        b.cr(ctx.pick(credits).format(ctx.photographer()))


def _credit(b, ctx, fmts, p):
    """With probability p, one invented credit line (source outlet, agency, footage, reference)."""
    if ctx.chance(p):
        b.cr(ctx.pick(fmts).format(agency=ctx.pick(AGENCY_NAMES), who=ctx.photographer(), outlet=ctx.outlet,
                                   code=ctx.agency()))


def _headline_item(ctx, style):
    h = ctx.headline()
    if style == "plain":
        return h
    if style == "time":
        return f"{h} {ctx.pick(('-', '·', '|'))} {ctx.ago()}"
    if style == "clock":
        return f"{ctx.hm()} {h}"
    if style == "comments":
        return ctx.pick(("{} ({})", "{} 💬 {}", "{} - {} bình luận")).format(h, ctx.n(1, 240))
    if style == "cut":
        return ctx.cut(h, 5, 9)
    if style == "bullet":
        return ctx.pick(("• ", "- ", "» ", "› ", "+ ")) + h
    if style == "date":
        return f"{h} ({ctx.dt('dmy', ctx.later(-ctx.n(60, 9000)))})"
    raise ValueError(style)


def _related_box(b, ctx, headers, k, styles, teaser_p=0.0):
    """A header and k other stories' headlines, some followed by their teaser sentence."""
    b.rel(ctx.pick(headers))
    st = ctx.pick(styles)
    for _ in range(k):
        s = ctx.story()
        if s is None:
            b.rel(_headline_item(ctx, st))
            continue
        ctx._next -= 1  # let _headline_item take the same story
        b.rel(_headline_item(ctx, st))
        if s["sents"] and ctx.chance(teaser_p):
            t = s["sents"][0]
            b.rel(ctx.cut(t, 10, 18) if ctx.chance(0.35) else t)


def _teaser_block(b, ctx, k, with_time=False, cut_p=0.4):
    for _ in range(k):
        b.rel(ctx.headline())
        t = ctx.teaser()
        b.rel(ctx.cut(t, 10, 18) if ctx.chance(cut_p) else t)
        if with_time:
            b.w(ctx.ago())


def _comments(b, ctx, k, meta_fmt):
    for _ in range(k):
        b.w(ctx.pen() if ctx.chance(0.5) else ctx.person())
        b.w(ctx.pick(COMMENTS))
        if meta_fmt:
            b.w(ctx.pick(meta_fmt).format(ago=ctx.ago(), n=ctx.n(0, 80)))


def _story(b, ctx, paras, inserts):
    """Emit paragraphs; inserts maps paragraph index -> callable run before it."""
    for i, p in enumerate(paras):
        for fn in inserts.get(i, ()):
            fn()
        b.para(p)


def _add(inserts, i, fn):
    inserts.setdefault(i, []).append(fn)


# ---------------------------------------------------------------------------
# layouts
# ---------------------------------------------------------------------------

def lay_daily_selectall(b, ctx):
    """National daily, whole page selected and copied in a desktop browser."""
    if ctx.chance(0.5):
        b.w(ctx.pick(("Đăng nhập", "Đăng nhập | Đăng ký", "Tài khoản của tôi", "Đăng nhập / Tạo tài khoản")))
    if ctx.chance(0.6):
        b.w(ctx.pick(("Hà Nội 24°C", "TP.HCM 32°C Nắng nhẹ", "Đà Nẵng 27°C Có mưa", "Hải Phòng 21°C Nhiều mây")))
    b.site(ctx.outlet)
    navs = list(ctx.nav)
    ctx.rng.shuffle(navs)
    b.w(ctx.pick((" ", " | ", "  ")).join(navs[:ctx.n(6, 10)]))
    b.w(ctx.pick(("{} › {}", "Trang chủ / {} / {}", "{} > {}", "{} » {}")).format(
        ctx.pick(SECTIONS), ctx.pick(("An ninh trật tự", "Vụ án", "Toà án", "Tin nóng", "Điều tra"))))
    b.title(ctx.title)
    b.date(ctx.dt(ctx.pick(("wd", "wd2", "gmt"))))
    b.w(ctx.pick(("Chia sẻ Facebook Zalo Email In", "Chia sẻ", "Lưu bài Chia sẻ Gửi email",
                  "Facebook Twitter Sao chép liên kết", "Nghe bài viết 🔊")))
    top_byline = ctx.chance(0.4)
    if top_byline:
        b.by(ctx.author().upper())
    paras = ctx.paragraphs((3, 4, 3, 1))
    ins = {}
    for s in ctx.slots(len(paras), ctx.n(1, 3)):
        _add(ins, s, lambda: _photo(b, ctx, placeholder=("Ảnh", "Xem ảnh lớn", "Phóng to ảnh"),
                                    credit_p=0.4, suffix_p=0.3))
    if len(paras) > 3:
        s = ctx.slots(len(paras), 1, lo=2)[0]
        _add(ins, s, lambda: _related_box(b, ctx, ("Đọc thêm", "Xem thêm:", "ĐỌC THÊM", "Bài liên quan"),
                                          ctx.n(1, 2), ("plain", "bullet"), teaser_p=0.6))
    q = ctx.pull_quote() if ctx.chance(0.35) else None
    if q and len(paras) > 2:
        _add(ins, ctx.slots(len(paras), 1, lo=1)[0], lambda: b.w(q))
    if ctx.chance(0.4):
        _add(ins, ctx.slots(len(paras), 1)[0], lambda: _gallery(
            b, ctx, ("{}/{}", "Ảnh {} trên {}"), ("Ảnh: {}", "Loạt ảnh: {}")))
    _story(b, ctx, paras, ins)
    if not top_byline:
        a = ctx.author().upper()
        r = ctx.rng.random()
        b.by(a if r < 0.35 else f"{a} - {ctx.pen().upper()}" if r < 0.7 else f"{a} ({ctx.agency()})")
    for s in ctx.info["sources"]:
        b.cr(ctx.pick(("Theo {}", "Nguồn: {}", "(Theo {})")).format(s))
    _credit(b, ctx, ("Theo {agency}", "Nguồn: {agency}", "(Theo {code})", "Bài có sử dụng tư liệu của {agency}"), 0.4)
    b.w(ctx.pick(("Từ khoá: ", "Tags: ", "Chủ đề: ")) + ", ".join(ctx.tags(ctx.n(3, 5))))
    _related_box(b, ctx, ("Tin liên quan", "TIN LIÊN QUAN", "Tin cùng chuyên mục", "Bài viết cùng chủ đề"),
                 ctx.n(3, 5), ("time", "date", "plain"), teaser_p=0.65)
    b.w(ctx.pick(("Bình luận ({})", "{} bình luận", "Ý kiến bạn đọc ({})")).format(ctx.n(0, 90)))
    if ctx.chance(0.8):
        _comments(b, ctx, ctx.n(2, 4), ("Thích · Trả lời · {ago}", "{n} lượt thích", "Trả lời | {ago}"))
    b.w(ctx.pick(("Gửi bình luận", "Viết bình luận của bạn...", "Ý kiến của bạn")))
    b.rel(ctx.pick(("Đọc nhiều nhất", "Xem nhiều", "Tin đọc nhiều")))
    numbered = ctx.chance(0.6)
    for i in range(ctx.n(3, 5)):
        b.rel(f"{i + 1}. {ctx.headline()}" if numbered else ctx.headline())
    b.w(f"© {ctx.when.year} {ctx.outlet}. " + ctx.pick((
        "Giấy phép số {}/GP-BTTTT.", "Giấy phép hoạt động báo điện tử số {}/GP-BTTTT.",
        "Mọi quyền được bảo lưu. GP số {}.")).format(ctx.n(100, 599)))
    if ctx.chance(0.6):
        b.w(ctx.pick(("Tổng biên tập: {}", "Chịu trách nhiệm nội dung: {}", "Người đại diện: {}")).format(
            ctx.person()))
    if ctx.chance(0.5):
        b.w(ctx.pick(("Liên hệ quảng cáo: 0{} {} {}", "Hotline: 0{} {} {}", "Đường dây nóng: 0{} {} {}")).format(
            ctx.n(900, 999), ctx.n(100, 999), ctx.n(100, 999)))


def lay_daily_liveblog_innertext(b, ctx):
    """Live blog on a national daily, dumped with a headless browser's innerText."""
    b.w(ctx.pick(("Menu", "☰", "Mục lục", "Chuyên mục")))
    b.site(ctx.outlet)
    b.w(ctx.pick(("TRỰC TIẾP", "● Trực tiếp", "Đang diễn ra", "LIVE")))
    b.title(ctx.title)
    b.date(ctx.dt(ctx.pick(("hm_bar", "upd", "wd"))))
    b.w(ctx.pick(("Trang tự động cập nhật mỗi 60 giây", "Cập nhật liên tục",
                  "Nhấn F5 để xem diễn biến mới nhất", "Tự động làm mới: BẬT")))
    if ctx.chance(0.5):
        b.by(ctx.pick(("Nhóm phóng viên {}", "Tường thuật: {}", "Thực hiện: {}")).format(
            ctx.pick(("Pháp luật", "Thời sự", "trực tuyến")) if ctx.chance(0.3) else ctx.author()))
    paras = ctx.paragraphs((5, 4, 1, 0))
    minute = 0
    for i, p in enumerate(paras):
        minute += ctx.n(4, 40)
        d = ctx.later(minute)
        b.w(ctx.pick(("{:02d}:{:02d}", "{:02d}h{:02d}", "⏱ {:02d}:{:02d}", "{:02d}:{:02d} GMT+7")).format(
            d.hour, d.minute))
        if i == 0 and ctx.chance(0.5):
            b.w(ctx.pick(("📌 Ghim", "Ghim lên đầu", "Nổi bật")))
        if ctx.chance(0.2):
            b.by(ctx.pick(("PV {}", "Phóng viên {}", "{} đưa tin từ hiện trường")).format(ctx.pen()))
        b.para(p)
        if ctx.chance(0.3):
            _photo(b, ctx, placeholder=(), credit_p=0.5, credit_fmt=("Ảnh: {}", "Ảnh: {} ghi lại"))
        if ctx.chance(0.12):
            b.w(ctx.pick(("Chia sẻ diễn biến này", "🔗 Sao chép liên kết", "👍 {} 💬 {}")).format(
                ctx.n(2, 300), ctx.n(0, 50)))
    b.w(ctx.pick(("Tải thêm diễn biến", "Xem các diễn biến trước", "Xem thêm ▾")))
    b.w(ctx.pick(("Bạn có thông tin về vụ việc? Gửi cho chúng tôi qua hộp thư {}",
                  "Mọi thông tin xin gửi về toà soạn theo địa chỉ {}")).format("toasoan@" + ctx.domain))
    _related_box(b, ctx, ("Diễn biến liên quan", "Có thể bạn quan tâm", "Tin nóng khác"),
                 ctx.n(2, 4), ("clock", "plain", "comments"), teaser_p=0.6)


def lay_business_reader_mode(b, ctx):
    """Business paper seen through a browser's reader mode."""
    b.site(ctx.pick((ctx.domain, ctx.outlet)))
    b.title(ctx.title)
    b.by(ctx.pick(("{}", "Tác giả: {}", "{} - Ban Kinh tế", "Bởi {}")).format(ctx.author()))
    b.w(ctx.pick(("{}–{} phút", "Thời gian đọc: {}-{} phút", "Khoảng {} đến {} phút đọc")).format(
        *sorted((ctx.n(2, 4), ctx.n(5, 8)))))
    paras = ctx.paragraphs((1, 3, 4, 2))
    ins = {}
    for s in ctx.slots(len(paras), ctx.n(1, 3)):
        _add(ins, s, lambda: _photo(b, ctx, credit_p=0.0, suffix_p=0.6))
    if len(paras) > 4 and ctx.chance(0.6):
        _add(ins, ctx.slots(len(paras), 1, lo=3)[0],
             lambda: b.cap(ctx.pick(("Infographic: ", "Đồ hoạ: ", "Biểu đồ: ")) + ctx.topic_caption()))
    _story(b, ctx, paras, ins)
    srcs = ctx.info["sources"] or ([ctx.pick(AGENCY_NAMES)] if ctx.chance(0.5) else [])
    for s in srcs:
        b.cr(ctx.pick(("Theo {}", "Nguồn tin: {}", "Bài viết có sử dụng thông tin từ {}")).format(s))
    if ctx.chance(0.5):
        b.w(ctx.pick(("Xem bản gốc", "Mở trang gốc", "Xem trên {}")).format(ctx.domain))


def lay_finance_selectall_tables(b, ctx):
    """Finance daily copied with select-all: ticker bar, market tables turned to text."""
    for _ in range(ctx.n(2, 4)):
        b.w(ctx.pick(("VN-Index {},{:02d} ▲ {},{:02d} ({},{:02d}%)", "HNX {},{:02d} ▼ {},{:02d} ({},{:02d}%)",
                      "UPCOM {},{:02d} ▲ {},{:02d} ({},{:02d}%)", "VN30 {},{:02d} ▼ {},{:02d} ({},{:02d}%)")).format(
            ctx.n(60, 1300), ctx.n(0, 99), ctx.n(0, 15), ctx.n(0, 99), 0, ctx.n(1, 99)))
    b.site(ctx.outlet)
    b.w(" · ".join(ctx.rng.sample(ctx.nav, ctx.n(5, 8))))
    b.title(ctx.title)
    b.by(ctx.pick(("{}", "Bởi {}", "{} - Ban Tài chính", "Nhóm phóng viên: {}")).format(ctx.author()))
    b.date(ctx.dt(ctx.pick(("gmt", "posted", "dash"))))
    paras = ctx.paragraphs((2, 4, 3, 1))
    ins = {}

    def table():
        kind = ctx.n(0, 2)
        if kind == 0:
            b.w(ctx.pick(("Cổ phiếu ngân hàng", "Nhóm cổ phiếu nổi bật", "Top tăng giá")))
            b.w(ctx.pick(("Mã | Giá | +/-", "Mã CK\tGiá\tThay đổi", "Mã  Giá khớp  Thay đổi")))
            for code in ctx.rng.sample(("ABK", "TQV", "HLM", "SJX", "VNQ", "MDB", "KTD", "PHX"), ctx.n(2, 4)):
                b.w(ctx.pick(("{} | {},{} | {}{},{}", "{}\t{},{}\t{}{},{}", "{}  {},{}  {}{},{}")).format(
                    code, ctx.n(10, 99), ctx.n(0, 9), ctx.pick(("+", "-")), ctx.n(0, 3), ctx.n(0, 9)))
        elif kind == 1:
            b.w(ctx.pick(("Bảng giá vàng", "Giá vàng trong nước", "Tỷ giá ngoại tệ")))
            b.w(ctx.pick(("Loại | Mua vào | Bán ra", "Loại\tMua\tBán")))
            for item in ctx.rng.sample(("Vàng miếng", "Vàng nhẫn 9999", "USD", "EUR", "JPY", "Vàng 18K"), ctx.n(2, 4)):
                v = ctx.n(100, 900)
                b.w(f"{item} | {v}.{ctx.n(100, 999)} | {v + ctx.n(1, 9)}.{ctx.n(100, 999)}")
        else:
            b.w(ctx.pick(("Lãi suất tiết kiệm 12 tháng", "Lãi suất huy động", "Biểu lãi suất tham khảo")))
            b.w(ctx.pick(("Ngân hàng | Kỳ hạn | Lãi suất", "Ngân hàng\tLãi suất (%/năm)")))
            for bank in ctx.rng.sample(("Ngân hàng Cánh Diều", "Ngân hàng Sông Hồng Xanh", "Ngân hàng Đồng Tâm",
                                        "Ngân hàng Phương Nam Mới", "Ngân hàng Ánh Sao"), ctx.n(2, 4)):
                b.w(f"{bank} | 12 tháng | {ctx.n(5, 8)},{ctx.n(0, 9)}%")
        b.w(ctx.pick(("Đơn vị: nghìn đồng", "Nguồn dữ liệu: Sở giao dịch", "Cập nhật lúc " + ctx.hm(),
                      "Số liệu chỉ mang tính tham khảo.")))

    if len(paras) > 2:
        _add(ins, ctx.slots(len(paras), 1, lo=2)[0], table)
    for s in ctx.slots(len(paras), ctx.n(1, 2)):
        _add(ins, s, lambda: _photo(b, ctx, credit_p=0.7, credit_fmt=("Ảnh: {}", "Ảnh minh hoạ: {}", "Ảnh tư liệu: {}")))
    _story(b, ctx, paras, ins)
    for s in ctx.info["sources"]:
        b.cr("Theo " + s)
    if ctx.chance(0.5):
        b.cr(ctx.pick(("Nguồn: {}", "Theo {}", "Tham khảo: {}")).format(ctx.pick(AGENCY_NAMES)))
    b.w(ctx.pick(("Khuyến nghị: Thông tin chỉ mang tính tham khảo, không phải lời mời đầu tư.",
                  "Nhà đầu tư cần tự chịu trách nhiệm với quyết định của mình.",
                  "Dữ liệu thị trường có độ trễ 15 phút.")))
    _related_box(b, ctx, ("Tin tài chính khác", "Cùng chuyên mục", "Đọc tiếp", "Mới cập nhật"),
                 ctx.n(3, 5), ("time", "clock", "cut", "plain"), teaser_p=0.6)
    b.w(ctx.pick(("Đăng ký nhận bản tin thị trường mỗi sáng", "Nhận tin nhanh qua email",
                  "Theo dõi chúng tôi trên mạng xã hội")))
    b.w(f"Bản quyền © {ctx.when.year} {ctx.outlet}")


def lay_sports_innertext(b, ctx):
    """Sports site dumped with innerText: one menu item per line, score widget, tables."""
    for item in ctx.rng.sample(ctx.nav, ctx.n(3, 5)):
        b.w(item)
    for _ in range(ctx.n(1, 2)):
        b.w(ctx.pick(("{} {} - {} {}", "{} {}-{} {} (FT)", "{} {} : {} {} | Hiệp 2")).format(
            ctx.pick(("Sông Lam Xanh", "Phố Núi FC", "Cảng Biển", "Thủ Đô B", "Miền Tây United")), ctx.n(0, 4),
            ctx.n(0, 4), ctx.pick(("Bình Minh FC", "Cao Nguyên", "Hải Đăng", "Duyên Hải", "Sao Vàng"))))
    b.title(ctx.title)
    b.date(ctx.dt(ctx.pick(("hm_bar", "dash", "wd"))))
    b.by(ctx.pick(("Bởi {}", "{}", "Tác giả {}", "Biên tập: {}")).format(ctx.author()))
    b.w(ctx.pick(("Theo dõi", "+ Theo dõi tác giả", "Lưu", "Chia sẻ")))
    paras = ctx.paragraphs((3, 3, 2, 1))
    ins = {}
    if len(paras) > 2:
        _add(ins, ctx.slots(len(paras), 1)[0], lambda: (
            b.w(ctx.pick(("▶", "Video", "00:00 / 0{}:{:02d}".format(ctx.n(1, 4), ctx.n(0, 59))))),
            b.cap(ctx.pick(("Video: ", "Clip: ", "VIDEO: ")) + ctx.topic_caption()),
            b.cr(ctx.pick(("Video: {}", "Clip: {}", "Nguồn clip: {}")).format(
                ctx.pick(("Người dân cung cấp", "Mạng xã hội", ctx.pen().upper()))))
            if ctx.chance(0.6) else None))
    for s in ctx.slots(len(paras), ctx.n(1, 2)):
        _add(ins, s, lambda: _photo(b, ctx, credit_p=0.5))
    if ctx.chance(0.4):
        _add(ins, ctx.slots(len(paras), 1)[0], lambda: _gallery(
            b, ctx, ("Ảnh {}/{}", "{} / {}"), ("Ảnh: {}", "Ảnh: {} - Sân Cỏ")))
    _story(b, ctx, paras, ins)
    if ctx.chance(0.6):
        b.w(ctx.pick(("Bình luận", "Ý kiến độc giả", "{} bình luận".format(ctx.n(2, 60)))))
        _comments(b, ctx, ctx.n(1, 3), ("{ago}", "Thích ({n})", ""))
    b.w(ctx.pick(("Bảng xếp hạng", "BXH vòng {}".format(ctx.n(3, 26)), "Xếp hạng")))
    b.w(ctx.pick(("TT Đội Trận Điểm", "# | Đội | ST | Đ", "Hạng\tĐội\tĐiểm")))
    teams = ctx.rng.sample(("Cảng Biển", "Phố Núi FC", "Sao Vàng", "Duyên Hải", "Thủ Đô B", "Cao Nguyên",
                            "Hải Đăng", "Miền Tây United"), ctx.n(3, 5))
    played = ctx.n(10, 26)
    pts = sorted((ctx.n(8, 55) for _ in teams), reverse=True)
    for i, (team, pt) in enumerate(zip(teams, pts)):
        b.w(f"{i + 1} {team} {played} {pt}")
    _related_box(b, ctx, ("Tin khác", "Đừng bỏ lỡ", "Tin cùng chuyên mục", "Bài đọc nhiều"),
                 ctx.n(3, 6), ("comments", "plain", "time"), teaser_p=0.6)
    b.w(ctx.pick(("Tải ứng dụng", "Tải app trên App Store và Google Play", "Mở trong ứng dụng")))
    b.w(ctx.pick(("Về đầu trang", "↑ Lên đầu", "Trở lại đầu trang")))


def lay_sports_textproxy(b, ctx):
    """Sports paper fetched through a text-only proxy: numbered link refs, [IMG] tags."""
    b.w(ctx.pick(("[Trang chủ] [Bóng đá] [Quần vợt] [Video]", "[1]Trang chủ [2]Bóng đá [3]Thể thao khác",
                  "<< Quay lại | Trang chủ | Tìm kiếm", "[Trang chủ] - [Tin mới] - [Lịch đấu]")))
    b.site(ctx.pick((ctx.outlet, ctx.outlet.upper())))
    b.title(ctx.title)
    b.date(ctx.dt(ctx.pick(("dash", "gmt", "posted"))))
    paras = ctx.paragraphs((2, 3, 3, 2))
    ins = {}
    for s in ctx.slots(len(paras), ctx.n(1, 3)):
        def img():
            if ctx.chance(0.5):
                b.w(ctx.pick(("[IMG]", "[Hình]", "[image]", "[ảnh]")))
                b.cap(ctx.caption())
            else:
                b.cap(ctx.pick(("[IMG] {}", "[Hình: {}]", "[ảnh] {}", "(hình) {}")).format(ctx.caption().rstrip(".")))
            if ctx.chance(0.4):
                b.cr(ctx.pick(("[ảnh: {}]", "Ảnh: {}", "Ảnh {}")).format(ctx.photographer()))
        _add(ins, s, img)
    if len(paras) > 3:
        _add(ins, ctx.slots(len(paras), 1, lo=2)[0],
             lambda: b.rel(ctx.pick(("[{}]Xem thêm: {}", "=> {1}", "[{}] {}")).format(ctx.n(20, 60), ctx.headline())))
    _story(b, ctx, paras, ins)
    b.by(ctx.pick(("{}", "- {} -", "{} ({})")).format(ctx.author().upper(), ctx.agency()))
    for s in ctx.info["sources"]:
        b.cr(f"(Theo {s})")
    b.rel(ctx.pick(("Các tin khác:", "Tin khác", "Liên kết liên quan:")))
    for _ in range(ctx.n(3, 5)):
        b.rel(ctx.pick(("[{}]{}", "[{}] {}", "{}. {}")).format(ctx.n(30, 90), ctx.headline()))
        if ctx.chance(0.35):
            b.rel(ctx.cut(ctx.teaser(), 10, 20))
    b.w(ctx.pick(("Liên kết:", "Danh sách liên kết", "References")))
    for _ in range(ctx.n(2, 4)):
        b.w(ctx.pick(("[{}] https://{}/{}", "{}. https://{}/{}")).format(
            ctx.n(1, 90), ctx.domain, ctx.pick(("bong-da", "the-thao", "video", "tag/phap-luat", "lich-thi-dau"))))
    b.w(ctx.pick(("Phiên bản văn bản - Bật hình ảnh", "[Chế độ văn bản] [Bản đầy đủ]", "Xem bản đầy đủ")))


def lay_showbiz_gallery_selectall(b, ctx):
    """Entertainment site copied with select-all, with a photo gallery of several captions."""
    b.site(ctx.outlet)
    b.w(ctx.pick((" | ", " ", " · ")).join(ctx.rng.sample(ctx.nav, ctx.n(5, 8))))
    b.w(ctx.pick(("Sao & Sự kiện", "Giải trí > Hậu trường", "Đời sống › Chuyện lạ", "Góc nhìn")))
    b.title(ctx.title)
    b.date(ctx.dt(ctx.pick(("wd", "hm_bar", "long"))))
    b.w(ctx.pick(("👁 {} lượt xem", "Lượt xem: {}", "{} người đang đọc")).format(
        f"{ctx.n(1, 90)}.{ctx.n(100, 999)}"))
    paras = ctx.paragraphs((2, 3, 2, 1))
    ins = {}

    def gallery():
        total = ctx.n(3, 6)
        if ctx.chance(0.5):
            b.w(ctx.pick(("Bộ ảnh", "Xem ảnh toàn màn hình", "Album ảnh ({} ảnh)".format(total))))
        for i in range(total):
            if ctx.chance(0.6):
                b.w(ctx.pick(("{}/{}", "Ảnh {}/{}", "{} trên {}")).format(i + 1, total))
            b.cap(ctx.caption())
        b.cr(ctx.pick(("Ảnh: {}", "Ảnh: {} - {}", "Bộ ảnh: {}", "Thực hiện: {}")).format(
            ctx.photographer(), ctx.outlet))

    _add(ins, ctx.slots(len(paras), 1)[0], gallery)
    q = ctx.pull_quote() if ctx.chance(0.5) else None
    if q and len(paras) > 3:
        _add(ins, ctx.slots(len(paras), 1, lo=2)[0], lambda: b.w(q))
    _story(b, ctx, paras, ins)
    b.by(ctx.pick(("{}", "{} - {}", "Bài: {} / Ảnh: {}")).format(ctx.author(), ctx.pen()))
    b.w(ctx.pick(("Thích {} · Yêu thích {} · Wow {}", "❤ {}  😮 {}  😢 {}", "Cảm xúc của bạn: 👍 {} 😂 {} 😡 {}")).format(
        ctx.n(1, 500), ctx.n(0, 120), ctx.n(0, 40)))
    _related_box(b, ctx, ("Có thể bạn quan tâm", "Xem tiếp", "Đang được quan tâm", "HOT"),
                 ctx.n(3, 5), ("plain", "cut", "bullet"), teaser_p=0.5)
    if ctx.chance(0.5):
        _comments(b, ctx, ctx.n(1, 3), ("{n} thích", "{ago}"))
    _teaser_block(b, ctx, ctx.n(1, 2), with_time=ctx.chance(0.5))
    b.w(ctx.pick(("Quảng cáo", "Nội dung được tài trợ", "ADVERTISEMENT", "Tài trợ bởi đối tác")))
    b.w(f"© {ctx.outlet} {ctx.when.year}")


def lay_lifestyle_markdown_clip(b, ctx):
    """Lifestyle/entertainment page saved with a Markdown web clipper, converted to plain text."""
    b.title(ctx.title)
    b.cr(ctx.pick(("Nguồn: https://{}/{}", "Source: https://{}/{}", "URL gốc: https://{}/{}")).format(
        ctx.domain, "doi-song/bai-{}.html".format(ctx.n(10000, 99999))))
    b.date(ctx.pick(("Ngày lưu: {}", "Đã lưu: {}", "Clipped: {}")).format(ctx.dt("iso")))
    if ctx.chance(0.7):
        b.w(ctx.pick(("Thẻ: #bai-luu #doc-sau", "tags: [đọc sau, pháp luật]", "Nhãn: web-clip")))
    b.w(ctx.pick(("---", "***", "___")))
    if ctx.chance(0.6):
        b.by(ctx.pick(("Tác giả: {}", "Bởi {}", "author: {}")).format(ctx.author()))
    paras = ctx.paragraphs((1, 3, 3, 2))
    ins = {}
    for s in ctx.slots(len(paras), ctx.n(1, 2)):
        def img():
            c = ctx.caption().rstrip(".")
            if ctx.chance(0.5):
                b.cap(ctx.pick(("Hình: {}", "Ảnh: {}", "Image: {}")).format(c) if ctx.chance(0.3) else c)
            else:
                b.w(ctx.pick(("(hình ảnh)", "[ảnh]", "image.jpg")))
                b.cap(c)
        _add(ins, s, img)
    q = ctx.pull_quote() if ctx.chance(0.5) else None
    if q and len(paras) > 2:
        _add(ins, ctx.slots(len(paras), 1)[0], lambda: b.w("> " + q if ctx.chance(0.5) else q))
    _story(b, ctx, paras, ins)
    for s in ctx.info["sources"]:
        b.cr(f"Theo {s}")
    b.w(ctx.pick(("---", "* * *")))
    b.rel(ctx.pick(("Đọc thêm", "Bài cùng chủ đề", "Xem thêm")))
    for _ in range(ctx.n(2, 4)):
        b.rel(ctx.pick(("- {}", "* {}", "- [{}]", "{}")).format(ctx.headline()))
        if ctx.chance(0.45):
            b.rel(ctx.pick(("  {}", "> {}", "{}")).format(ctx.teaser()).strip())
    b.w(ctx.pick(("Clip bằng Web Clipper phiên bản {}.{}", "Được lưu bằng tiện ích Lưu-Nhanh {}.{}",
                  "Lưu từ trình duyệt, v{}.{}")).format(ctx.n(1, 4), ctx.n(0, 9)))


def lay_tech_rss_fulltext(b, ctx):
    """Tech site RSS item: title, pubDate, creator, full content turned into text."""
    b.title(ctx.title)
    b.date(ctx.dt(ctx.pick(("rfc", "iso"))))
    b.by(ctx.pick(("{}", "dc:creator {}", "Người viết: {}")).format(ctx.author()))
    if ctx.chance(0.6):
        b.w(ctx.pick(("Danh mục: {}", "Chuyên mục: {}", "category: {}")).format(
            ctx.pick(("Tin tức", "Pháp luật số", "Đời sống", "An ninh mạng"))))
    paras = ctx.paragraphs((2, 3, 3, 2))
    ins = {}
    for s in ctx.slots(len(paras), ctx.n(1, 3)):
        _add(ins, s, lambda: _photo(b, ctx, placeholder=("[image]", "Hình ảnh"), credit_p=0.3,
                                    credit_fmt=("Ảnh: {}", "Nguồn ảnh: {}")))
    _story(b, ctx, paras, ins)
    for s in ctx.info["sources"]:
        b.cr(f"Nguồn: {s}")
    b.cr(ctx.pick(("Bài viết {} xuất hiện đầu tiên tại {}.", "Bài {} được đăng lần đầu trên {}.",
                   "«{}» - nguồn {}")).format(ctx.cut(ctx.title, 4, 7) if ctx.chance(0.5) else "này", ctx.outlet))
    _related_box(b, ctx, ("Bài viết liên quan:", "Liên quan:", "Cùng chủ đề:"), ctx.n(2, 4),
                 ("plain", "bullet", "date"), teaser_p=0.5)
    b.w(ctx.pick(("Chủ đề: {}", "Thẻ: {}", "Tags: {}")).format(", ".join(ctx.tags(ctx.n(2, 4)))))


def lay_law_qa_reader_mode(b, ctx):
    """Law paper's reader-question column through reader mode: question box, answer, lawyer card."""
    b.site(ctx.outlet)
    b.title(ctx.title)
    b.date(ctx.dt(ctx.pick(("posted", "wd2", "luc"))))
    b.w(ctx.pick(("Bạn đọc hỏi:", "CÂU HỎI:", "Hỏi:", "Thư bạn đọc:")))
    b.w(ctx.pick((
        "Tôi đọc được thông tin về vụ việc dưới đây và muốn hỏi người vi phạm sẽ bị xử lý như thế nào?",
        "Xin chuyên mục cho biết quy định pháp luật hiện hành về trường hợp này.",
        "Gia đình tôi gặp sự việc tương tự, xin hỏi cần làm thủ tục gì để bảo vệ quyền lợi?",
        "Mong luật sư giải đáp giúp trách nhiệm của các bên liên quan trong vụ việc.")))
    if ctx.chance(0.5):
        b.w(ctx.pick(("(Bạn đọc giấu tên, {})", "- Bạn đọc ở {} -", "(Email gửi từ {})")).format(
            ctx.pick(("Sơn Thuỷ", "Lam Giang", "Ngọc Khê", "Hoà Vân"))))
    b.w(ctx.pick(("Trả lời:", "LUẬT SƯ TRẢ LỜI:", "Chuyên mục trả lời:", "Đáp:")))
    paras = ctx.paragraphs((1, 4, 3, 2))
    ins = {}
    if len(paras) > 2 and ctx.chance(0.8):
        for s in ctx.slots(len(paras), ctx.n(1, 2)):
            _add(ins, s, lambda: _photo(b, ctx, credit_p=0.5, credit_fmt=("Ảnh minh hoạ: {}", "Ảnh: {}")))
    _story(b, ctx, paras, ins)
    name = ctx.person()
    _credit(b, ctx, ("Căn cứ pháp lý: Bộ luật Hình sự năm 2015, sửa đổi năm 2017",
                     "Văn bản tham khảo: Bộ luật Tố tụng hình sự năm 2015",
                     "Tham khảo: Luật Xử lý vi phạm hành chính năm 2012",
                     "Tài liệu tham khảo: Bộ luật Dân sự năm 2015"), 0.8)
    b.by(ctx.pick(("Luật sư {}", "LS {}", "Luật sư {} - Đoàn luật sư tỉnh Lam Giang",
                   "Thạc sĩ, luật sư {}")).format(name))
    if ctx.chance(0.6):
        b.w(ctx.pick(("Công ty Luật TNHH Cán Cân Vàng", "Văn phòng luật sư Ngọc Khê & Cộng sự",
                      "Trung tâm tư vấn pháp luật Hoà Vân")))
    b.w(ctx.pick(("Nội dung tư vấn chỉ mang tính tham khảo.",
                  "Ý kiến của luật sư không thay thế văn bản pháp luật có hiệu lực.",
                  "Thông tin trên có giá trị tham khảo tại thời điểm đăng tải.")))
    b.w(ctx.pick(("Gửi câu hỏi cho chuyên mục qua email {}", "Bạn đọc có thắc mắc vui lòng gửi về {}",
                  "Hộp thư tư vấn: {}")).format("tuvan@" + ctx.domain))
    _related_box(b, ctx, ("Các câu hỏi khác", "Hỏi - đáp khác", "Tư vấn cùng chủ đề"), ctx.n(2, 4),
                 ("plain", "bullet", "date"), teaser_p=0.5)


def lay_police_textproxy(b, ctx):
    """Police and crime paper through a text-only proxy with link arrows and image stubs."""
    b.w(ctx.pick(("=> Trang chủ", "⇒ Trang chủ", "-> Về trang chủ")))
    b.w(ctx.pick(("=> An ninh => Hình sự => Truy nã", "-> Chuyên mục: An ninh trật tự",
                  "⇒ Hồ sơ vụ án ⇒ Điều tra")))
    b.site(ctx.pick((ctx.outlet, ctx.domain)))
    b.title(ctx.title)
    b.date(ctx.dt(ctx.pick(("dash", "upd", "gmt"))))
    if ctx.chance(0.5):
        b.by(ctx.pick(("{} - {}", "{}")).format(ctx.author().upper(), ctx.pen().upper()))
    paras = ctx.paragraphs((3, 3, 2, 1))
    ins = {}
    for s in ctx.slots(len(paras), ctx.n(1, 3)):
        def stub():
            b.w(ctx.pick(("[Hình ảnh: không hiển thị]", "=> ảnh.jpg", "[ẢNH]", "⇒ /uploads/anh.jpg")))
            b.cap(ctx.caption())
            if ctx.chance(0.5):
                b.cr(ctx.pick(("Ảnh: {}", "Ảnh: {}/{}")).format(ctx.photographer(), ctx.outlet))
        _add(ins, s, stub)
    if len(paras) > 3:
        _add(ins, ctx.slots(len(paras), 1, lo=2)[0], lambda: (
            b.rel(ctx.pick(("=> {}", "⇒ {}", "-> {}")).format(ctx.headline())),
            b.rel(ctx.cut(ctx.teaser(), 10, 16)) if ctx.chance(0.5) else None))
    _story(b, ctx, paras, ins)
    if not ctx.info["authors"] or ctx.chance(0.5):
        b.by(ctx.pick(("{} (CA {})", "{}", "Nhóm PV {}")).format(
            ctx.author(), ctx.pick(("Sơn Thuỷ", "Lam Giang", "Ngọc Khê"))))
    for s in ctx.info["sources"]:
        b.cr(f"Theo {s}")
    r = ctx.rng.random()
    if r < 0.3:
        b.w(f"Truy nã: Thông báo truy nã đối tượng {ctx.person()}")
    elif r < 0.65:
        b.w(f"Đường dây nóng tố giác tội phạm: 0{ctx.n(900000000, 999999999)}")
    else:
        b.w(f"Hộp thư tố giác: tocao@{ctx.domain}")
    b.rel(ctx.pick(("Tin cùng chuyên mục:", "Bài khác:", "Tin mới:")))
    for _ in range(ctx.n(3, 5)):
        b.rel(ctx.pick(("=> {}", "⇒ {}", "-> {}")).format(_headline_item(ctx, ctx.pick(("plain", "date")))))
        if ctx.chance(0.4):
            b.rel(ctx.teaser())
    b.w(ctx.pick(("Proxy văn bản - bỏ qua hình ảnh và kịch bản", "Chế độ văn bản thuần", "Trang được rút gọn")))


def lay_province_screenreader(b, ctx):
    """Provincial party paper read aloud by a screen reader and transcribed."""
    b.w(ctx.pick(("liên kết, Bỏ qua để đến nội dung chính", "liên kết, Chuyển đến nội dung", "nút, Menu")))
    b.w(ctx.pick(("điều hướng, Menu chính", "vùng điều hướng", "danh sách, {} mục")).format(ctx.n(6, 12)))
    for item in ctx.rng.sample(ctx.nav, ctx.n(3, 5)):
        b.w(ctx.pick(("liên kết, {}", "liên kết {}", "mục, {}")).format(item))
    b.site(ctx.outlet)
    b.w(ctx.pick(("tiêu đề cấp 1", "heading mức 1", "tiêu đề, cấp 1")))
    b.title(ctx.title)
    b.date(ctx.dt(ctx.pick(("long", "wd", "luc"))))
    paras = ctx.paragraphs((2, 3, 3, 1))
    ins = {}
    for s in ctx.slots(len(paras), ctx.n(1, 3)):
        def img():
            c = ctx.caption()
            if ctx.chance(0.5):
                b.w(ctx.pick(("hình ảnh", "đồ hoạ", "ảnh")))
                b.cap(c)
            else:
                b.cap(ctx.pick(("hình ảnh, {}", "ảnh, {}", "đồ hoạ, {}")).format(c))
        _add(ins, s, img)
    if len(paras) > 3:
        _add(ins, ctx.slots(len(paras), 1, lo=2)[0], lambda: b.rel(
            ctx.pick(("liên kết, {}", "liên kết {}")).format(ctx.headline())))
    _story(b, ctx, paras, ins)
    b.by(ctx.pick(("{}", "{} - {}", "Tin, ảnh: {}")).format(ctx.author().upper(), ctx.pen().upper()))
    for s in ctx.info["sources"]:
        b.cr(f"Theo {s}")
    _credit(b, ctx, ("Nguồn: Cổng thông tin điện tử tỉnh Lam Giang", "Theo {agency}", "Ảnh: {who}",
                     "Nguồn tin: Công an tỉnh cung cấp"), 0.6)
    b.w(ctx.pick(("tiêu đề cấp 2", "heading mức 2")))
    b.rel(ctx.pick(("Tin cùng chuyên mục", "Tin khác", "Các tin đã đưa")))
    b.w(ctx.pick(("danh sách, {} mục", "danh sách {} mục")).format(ctx.n(3, 6)))
    for _ in range(ctx.n(3, 5)):
        b.rel(ctx.pick(("liên kết, {}", "liên kết {}", "mục, liên kết, {}")).format(ctx.headline()))
    b.w(ctx.pick(("cuối danh sách", "hết danh sách")))
    b.w(ctx.pick(("chân trang", "vùng thông tin trang")))
    b.w(ctx.pick((
        "Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Sơn Thuỷ, tiếng nói của Đảng bộ, chính quyền và nhân dân",
        "Cơ quan chủ quản: Tỉnh uỷ Lam Giang",
        "Giấy phép số {}/GP-BTTTT do Bộ Thông tin và Truyền thông cấp".format(ctx.n(10, 400)))))


def lay_province_saved_text(b, ctx):
    """Provincial party paper saved as a .txt file from the browser (menus stacked as lines)."""
    b.site(ctx.pick((ctx.outlet.upper(), ctx.outlet)))
    b.w(ctx.pick(("{}, ngày {}".format(ctx.pick(("Sơn Thuỷ", "Lam Giang", "Ngọc Khê")), ctx.dt("dmy")),
                  "Hôm nay: " + ctx.dt("dmy"), "Âm lịch: {} tháng {}".format(ctx.n(1, 29), ctx.n(1, 12)))))
    navs = ctx.rng.sample(ctx.nav, ctx.n(4, 7))
    if ctx.chance(0.5):
        b.w(" ".join(x.upper() for x in navs))
    else:
        for item in navs:
            b.w(item.upper() if ctx.chance(0.5) else item)
    b.w(ctx.pick(("Tìm kiếm", "Tìm kiếm...", "Nhập từ khoá")))
    b.w(ctx.pick(("Báo in", "Phiên bản tiếng dân tộc", "Bản tiếng Anh | English")))
    b.title(ctx.title)
    b.date(ctx.dt(ctx.pick(("posted", "dash", "hm_bar"))))
    b.w(ctx.pick(("Cỡ chữ: A- A A+", "In bài | Gửi bài", "Lượt xem: {}".format(ctx.n(40, 9000)))))
    paras = ctx.paragraphs((2, 4, 3, 1))
    ins = {}
    for s in ctx.slots(len(paras), ctx.n(1, 2)):
        _add(ins, s, lambda: _photo(b, ctx, above=ctx.chance(0.4), credit_p=0.0, suffix_p=0.5))
    if ctx.chance(0.4):
        _add(ins, ctx.slots(len(paras), 1)[0], lambda: _gallery(
            b, ctx, (), ("Ảnh: {}", "Tin, ảnh: {}", "Ảnh: {} (CTV)")))
    _story(b, ctx, paras, ins)
    b.by(ctx.pick(("{}", "{} (Thông tin viên)", "{} - {}", "Nhóm phóng viên")).format(
        ctx.author().upper(), ctx.pen().upper()))
    srcs = ctx.info["sources"] or ([ctx.pick(AGENCY_NAMES)] if ctx.chance(0.4) else [])
    for s in srcs:
        b.cr(ctx.pick(("Theo {}", "(Theo {})", "Nguồn: {}")).format(s))
    b.rel(ctx.pick(("CÁC TIN, BÀI KHÁC", "Tin đã đưa", "Bài viết khác")))
    for _ in range(ctx.n(3, 6)):
        b.rel(_headline_item(ctx, ctx.pick(("date", "plain", "bullet"))))
        if ctx.chance(0.5):
            b.rel(ctx.cut(ctx.teaser(), 12, 22) if ctx.chance(0.4) else ctx.teaser())
    b.w(ctx.pick(("Thăm dò ý kiến", "Bình chọn")))
    b.w(ctx.pick(("Bạn đánh giá thế nào về công tác cải cách hành chính của tỉnh?",
                  "Bạn quan tâm nhất đến lĩnh vực nào của báo?",
                  "Theo bạn, giải pháp nào hiệu quả nhất để kéo giảm tai nạn giao thông?")))
    for o in ctx.rng.sample(("Rất hài lòng", "Hài lòng", "Chưa hài lòng", "Ý kiến khác", "Thời sự",
                             "Kinh tế", "Tăng cường tuần tra", "Tuyên truyền"), 3):
        b.w(o)
    b.w(ctx.pick(("Bình chọn | Xem kết quả", "Gửi", "Biểu quyết")))
    b.w(ctx.pick(("Tổng biên tập: {}", "Phó Tổng biên tập phụ trách: {}")).format(ctx.person()))
    b.w(ctx.pick(("Toà soạn: số {} đường Hoàng Lam, TP Sơn Thuỷ", "Địa chỉ: {} đại lộ Lam Giang")).format(ctx.n(1, 300)))


def lay_tv_video_innertext(b, ctx):
    """TV station's video article dumped with innerText: player controls, programme schedule."""
    b.site(ctx.outlet)
    for item in ctx.rng.sample(ctx.nav, ctx.n(3, 6)):
        b.w(item)
    b.w(ctx.pick(("Đang phát", "▶ Phát", "Video đang phát")))
    b.w("0:00 / {}:{:02d}".format(ctx.n(1, 6), ctx.n(0, 59)))
    b.w(ctx.pick(("Tắt tiếng", "HD", "Toàn màn hình", "Tốc độ phát 1x")))
    b.title(ctx.title)
    b.date(ctx.dt(ctx.pick(("hm_bar", "wd", "gmt"))))
    b.by(ctx.pick(("BTV: {}", "Phóng viên: {} - {}", "PV {}, KTV {}", "Biên tập viên {}")).format(
        ctx.author(), ctx.pen()))
    b.cap(ctx.pick(("Video: {}", "Phóng sự: {}", "Clip: {}")).format(ctx.topic_caption().rstrip(".")))
    paras = ctx.paragraphs((3, 4, 2, 0))
    ins = {}
    if len(paras) > 2:
        _add(ins, ctx.slots(len(paras), 1)[0], lambda: _photo(b, ctx, credit_p=0.5,
                                                               credit_fmt=("Ảnh cắt từ clip: {}", "Ảnh chụp màn hình: {}")))
    _story(b, ctx, paras, ins)
    for s in ctx.info["sources"]:
        b.cr(f"Theo {s}")
    _credit(b, ctx, ("Nguồn video: Camera an ninh khu vực", "Hình ảnh: Người dân cung cấp", "Quay phim: {who}",
                     "Tư liệu: {outlet}", "Nguồn: {agency}"), 0.75)
    b.w(ctx.pick(("Lịch phát sóng", "Chương trình tiếp theo", "Sắp phát sóng")))
    for _ in range(ctx.n(2, 4)):
        b.w("{} {}".format(ctx.hm(ctx.n(30, 500)), ctx.pick((
            "Thời sự tối", "Chuyện pháp đình", "Phim truyện", "Bản tin giao thông", "Thể thao 24 giờ",
            "Nông thôn ngày nay", "Ca nhạc theo yêu cầu"))))
    b.rel(ctx.pick(("Video khác", "Xem tiếp", "Video cùng chủ đề")))
    for _ in range(ctx.n(3, 5)):
        h = ctx.headline()
        b.rel(ctx.pick(("{} {}:{:02d}", "{} ({}:{:02d})", "{} - {}:{:02d}")).format(h, ctx.n(0, 9), ctx.n(0, 59)))
    b.w(ctx.pick(("Đăng ký kênh", "Theo dõi kênh trên mạng video", "Xem trực tiếp")))


def lay_tv_saved_text_bulletin(b, ctx):
    """TV station news bulletin page saved as text, with a transcript-like body."""
    b.site(ctx.outlet)
    b.w(ctx.pick(("Trực tiếp kênh 1 | Kênh 2 | Kênh 3", "TRỰC TIẾP", "Xem truyền hình trực tuyến")))
    b.w(ctx.pick(("Bản tin {} giờ", "Thời sự {} giờ", "Chương trình Thời sự lúc {}h")).format(
        ctx.pick((6, 12, 19, 21))))
    b.title(ctx.title)
    b.date(ctx.dt(ctx.pick(("dash", "posted", "wd2"))))
    b.by(ctx.pick(("Người dẫn: {}", "Dẫn chương trình: {}", "MC {}")).format(ctx.person()))
    b.by(ctx.pick(("Phóng viên {} - {}", "Tổ phóng viên: {}, {}", "Thực hiện: {} - {}")).format(
        ctx.author(), ctx.pen()))
    paras = ctx.paragraphs((2, 4, 3, 1))
    ins = {}
    for s in ctx.slots(len(paras), ctx.n(1, 2)):
        _add(ins, s, lambda: (b.w(ctx.pick(("[Hình ảnh phóng sự]", "(Hình ảnh)", "[Video]"))),
                              b.cap(ctx.caption())))
    if len(paras) > 3 and ctx.chance(0.5):
        _add(ins, ctx.slots(len(paras), 1, lo=2)[0], lambda: b.w(
            ctx.pick(("[Phỏng vấn]", "(Trả lời phỏng vấn)", "[Âm thanh hiện trường]"))))
    _story(b, ctx, paras, ins)
    for s in ctx.info["sources"]:
        b.cr(f"Nguồn: {s}")
    _credit(b, ctx, ("Kỹ thuật viên: {who}", "Hình ảnh: {who}", "Nguồn hình: Cơ quan công an cung cấp",
                     "Tư liệu: {agency}"), 0.7)
    b.w(ctx.pick(("Xem lại bản tin", "Xem lại các số trước", "Lưu trữ chương trình")))
    _related_box(b, ctx, ("Tin tức khác", "Bản tin cùng ngày", "Cùng chuyên mục"), ctx.n(3, 5),
                 ("time", "clock", "plain"), teaser_p=0.65)
    b.w(ctx.pick(("Bản quyền thuộc về {}", "© {} - Ghi rõ nguồn khi phát hành lại",
                  "Ghi rõ nguồn {} khi trích dẫn")).format(ctx.outlet))


def lay_radio_screenreader_audio(b, ctx):
    """Radio station article with an audio player, as a screen-reader transcript."""
    b.w(ctx.pick(("trang web, {}", "tài liệu, {}")).format(ctx.outlet))
    b.w(ctx.pick(("nút, Nghe trực tiếp", "nút, Phát radio", "nút, Mở menu")))
    b.site(ctx.outlet)
    b.title(ctx.title)
    b.date(ctx.dt(ctx.pick(("hm_bar", "luc", "wd"))))
    b.w(ctx.pick(("nút, Nghe bài viết", "trình phát âm thanh", "nút, Phát, {}:{:02d}")).format(
        ctx.n(1, 7), ctx.n(0, 59)))
    b.w(ctx.pick(("thanh trượt, tốc độ 1x", "nút, Tắt tiếng", "thanh trượt âm lượng, 80 phần trăm")))
    paras = ctx.paragraphs((2, 3, 3, 1))
    ins = {}
    for s in ctx.slots(len(paras), ctx.n(1, 2)):
        _add(ins, s, lambda: b.cap(ctx.pick(("hình ảnh, {}", "ảnh, {}", "{}")).format(ctx.caption())))
    _story(b, ctx, paras, ins)
    b.by(ctx.pick(("{}/{}", "{} - Phóng viên thường trú", "{} (Thường trú khu vực)", "{}")).format(
        ctx.author(), ctx.outlet))
    for s in ctx.info["sources"]:
        b.cr(f"Theo {s}")
    if ctx.chance(0.6):
        b.cr(ctx.pick(("Biên tập: {}", "Đọc: {}", "Giọng đọc: {}")).format(ctx.person()))
    b.w(ctx.pick(("liên kết, Chia sẻ", "nút, Chia sẻ lên mạng xã hội", "nút, Sao chép liên kết")))
    b.rel(ctx.pick(("tiêu đề cấp 2, Nghe thêm", "tiêu đề cấp 2, Tin liên quan", "Tin liên quan")))
    for _ in range(ctx.n(2, 4)):
        b.rel(ctx.pick(("liên kết, {}", "liên kết, nghe, {}")).format(ctx.headline()))
        if ctx.chance(0.4):
            b.rel(ctx.teaser())
    b.w(ctx.pick(("tần số FM 97,3 MHz", "Phát trên sóng FM 102 MHz và AM 675 kHz", "Kênh sóng phát thanh số 2")))


def lay_overseas_chat_forward(b, ctx):
    """Overseas Vietnamese outlet's story forwarded in a messaging app chat."""
    b.w(ctx.pick(("Tin nhắn được chuyển tiếp", "↪ Đã chuyển tiếp", "Forwarded", "Chuyển tiếp từ nhóm Tin Tức Quê Nhà")))
    if ctx.chance(0.5):
        b.w(ctx.pick(("{} đã chia sẻ một liên kết", "{}:", "Gửi bởi {}")).format(ctx.pen()))
    b.w(f"https://{ctx.domain}/tin/{ctx.n(100000, 999999)}")
    b.site(ctx.outlet)
    b.title(ctx.title)
    if ctx.chance(0.5):
        b.date(ctx.dt(ctx.pick(("dmy", "dash"))))
    paras = ctx.paragraphs((4, 3, 2, 0))
    ins = {}
    if len(paras) > 2 and ctx.chance(0.7):
        _add(ins, ctx.slots(len(paras), 1)[0], lambda: (
            b.w(ctx.pick(("[Hình ảnh]", "📷 Ảnh", "<Ảnh>"))),
            b.cap(ctx.caption()) if ctx.chance(0.7) else None))
    _story(b, ctx, paras, ins)
    for s in ctx.info["sources"]:
        b.cr(ctx.pick(("Nguồn: {}", "(Theo {})")).format(s))
    b.cr(ctx.pick(("Nguồn: {}", "Theo {}", "(Trích {})", "Bài của {}")).format(ctx.outlet))
    b.by(ctx.pick(("{} tường thuật", "{}", "{} ({}) ")).format(ctx.author(), ctx.agency()).strip())
    b.w(ctx.hm(ctx.n(60, 600)) + ctx.pick(("", " ✓✓", " Đã xem", " · đã chỉnh sửa")))
    if ctx.chance(0.7):
        b.w(ctx.pick(("Xem toàn bộ bài viết", "Đọc thêm", "Mở liên kết", "Thu gọn")))
    for _ in range(ctx.n(1, 3)):
        b.w(ctx.pick(("{}: {}", "{} trả lời: {}")).format(ctx.pen(), ctx.pick(COMMENTS)))
    b.rel(ctx.pick(("Xem trước liên kết:", "📰 {}", "🔗 {}")).format(ctx.outlet))
    b.rel(ctx.headline())
    if ctx.chance(0.6):
        b.rel(ctx.cut(ctx.teaser(), 10, 16))
    b.w(ctx.pick(("👍 {}  ❤️ {}", "{} lượt thả tim", "Đã xem bởi {} người")).format(ctx.n(1, 40), ctx.n(0, 20)))
    b.w(ctx.pick(("Trả lời", "Chuyển tiếp", "Sao chép", "Ghim tin nhắn")))


def lay_overseas_rss_fulltext(b, ctx):
    """Overseas Vietnamese weekly's RSS full-content field turned into text."""
    b.site(ctx.pick((ctx.outlet + " - Tin Việt Nam", ctx.outlet)))
    b.title(ctx.title)
    b.date(ctx.dt(ctx.pick(("rfc", "iso"))))
    b.by(ctx.pick(("{}/{}", "{} - {} (tổng hợp)", "Biên tập viên {}")).format(ctx.author(), ctx.outlet))
    b.w(ctx.pick(("Danh mục: Việt Nam", "category: Tin quê nhà", "Phân mục: Thời sự Việt Nam")))
    src = ctx.info["sources"][0] if ctx.info["sources"] else ctx.pick(AGENCY_NAMES)
    if ctx.chance(0.5):
        b.cr(ctx.pick(("({}) -", "SÀI GÒN ({}) -", "HÀ NỘI ({}) -", "{} -")).format(ctx.agency()))
    paras = ctx.paragraphs((2, 3, 3, 2))
    ins = {}
    for s in ctx.slots(len(paras), ctx.n(1, 2)):
        _add(ins, s, lambda: _photo(b, ctx, placeholder=("[hình]", "(Hình minh hoạ)"), credit_p=0.6,
                                    credit_fmt=("Hình: {}", "(Hình: {})", "Ảnh: {}")))
    q = ctx.pull_quote() if ctx.chance(0.5) else None
    if q and len(paras) > 2:
        _add(ins, ctx.slots(len(paras), 1)[0], lambda: b.w(q))
    if ctx.chance(0.35):
        _add(ins, ctx.slots(len(paras), 1)[0], lambda: _gallery(
            b, ctx, ("Hình {} / {}",), ("Hình: {}", "Ảnh: {}")))
    _story(b, ctx, paras, ins)
    b.cr(ctx.pick(("Theo {}", "Nguồn: {}", "(Theo tin {})", "Lược thuật theo {}")).format(src))
    b.w(ctx.pick(("Quý độc giả có thể ủng hộ tờ báo qua mục Đóng góp trên trang chủ.",
                  "Mời quý vị đăng ký báo giấy giao tận nhà.",
                  "Bản tin này được gửi tới quý vị theo đăng ký RSS.")))
    _related_box(b, ctx, ("Tin liên hệ:", "Cùng chủ đề:", "Đọc thêm:"), ctx.n(2, 4),
                 ("plain", "date", "cut"), teaser_p=0.6)


def lay_daily_print_view(b, ctx):
    """National daily's printer-friendly view copied as text."""
    b.w(ctx.pick(("In bài viết", "🖨 In trang", "In | Đóng cửa sổ", "Bản in")))
    b.site(ctx.pick((ctx.outlet, ctx.domain.upper())))
    b.title(ctx.title)
    b.date(ctx.dt(ctx.pick(("wd", "long", "gmt"))))
    paras = ctx.paragraphs((1, 3, 3, 3))
    ins = {}
    for s in ctx.slots(len(paras), ctx.n(1, 2)):
        _add(ins, s, lambda: _photo(b, ctx, credit_p=0.0, suffix_p=0.8))
    _story(b, ctx, paras, ins)
    a = ctx.author()
    r = ctx.rng.random()
    b.by(a.upper() if r < 0.4 else f"{a.upper()} - {ctx.pen().upper()}" if r < 0.7 else f"{a.upper()} ({ctx.agency()})")
    for s in ctx.info["sources"]:
        b.cr(f"(Theo {s})")
    _credit(b, ctx, ("(Theo {code})", "Theo {agency}", "Nguồn: {agency}", "Ảnh trong bài: {who}"), 0.5)
    b.w(ctx.pick(("URL: https://{}/{}", "Địa chỉ bài viết: https://{}/{}", "Link: https://{}/{}")).format(
        ctx.domain, "phap-luat/{}.htm".format(ctx.n(100000, 999999))))
    b.w(ctx.pick(("In ngày {}", "Bản in tạo lúc {}", "Ngày in: {}")).format(ctx.dt("dmy", ctx.later(ctx.n(100, 90000)))))
    b.w(ctx.pick(("© {} {}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.",
                  "Bản quyền thuộc {1} ({0}).", "{1} © {0}")).format(ctx.when.year, ctx.outlet))


def lay_tech_paywall_innertext(b, ctx):
    """Tech and digital-life site with a metered paywall, dumped with innerText."""
    b.site(ctx.outlet)
    b.w(ctx.pick(("Đăng ký", "Dùng thử miễn phí", "Gói Plus", "Đăng nhập")))
    for item in ctx.rng.sample(ctx.nav, ctx.n(3, 6)):
        b.w(item)
    b.title(ctx.title)
    b.by(ctx.pick(("{}", "{} · {} phút đọc", "Viết bởi {}")).format(ctx.author(), ctx.n(3, 9)))
    b.date(ctx.dt(ctx.pick(("gmt", "hm_bar", "iso"))))
    b.w(ctx.pick(("Bạn còn {} bài miễn phí trong tháng này", "Bài viết thứ {} trong 5 bài miễn phí",
                  "Còn {} bài đọc miễn phí")).format(ctx.n(1, 4)))
    paras = ctx.paragraphs((2, 3, 3, 1))
    cut = max(1, min(len(paras), ctx.n(3, 8)))
    ins = {}
    if cut > 2:
        _add(ins, ctx.slots(cut, 1)[0], lambda: _photo(b, ctx, placeholder=("Ảnh", "Hình"), credit_p=0.5,
                                                       credit_fmt=("Ảnh: {}", "Nguồn ảnh: {}")))
    _story(b, ctx, paras[:cut], ins)
    if cut < len(paras):
        b.w(ctx.pick(("Phần còn lại của bài viết dành cho hội viên",
                      "Đăng nhập hoặc đăng ký gói Plus để đọc tiếp",
                      "Nội dung bị giới hạn. Mở khoá toàn bộ bài viết với giá {}.000đ/tháng")).format(
            ctx.n(19, 99)))
        b.w(ctx.pick(("Mở khoá ngay", "Đăng ký ngay", "Tôi đã là hội viên")))
        if ctx.chance(0.5):
            b.w(ctx.pick(("Huỷ bất cứ lúc nào.", "Thanh toán qua ví điện tử hoặc thẻ.", "Ưu đãi 50% tháng đầu.")))
        for p in paras[cut:]:  # the rest appears after the paywall once logged in
            b.para(p)
    for s in ctx.info["sources"]:
        b.cr(f"Nguồn: {s}")
    b.w(ctx.pick(("Bài viết có hữu ích với bạn?", "Đánh giá bài viết", "Bạn thấy bài viết thế nào?")))
    b.w(ctx.pick(("Có  Không", "👍 Hữu ích  👎 Không", "★★★★★")))
    _related_box(b, ctx, ("Đọc tiếp", "Gợi ý cho bạn", "Bài viết tương tự"), ctx.n(2, 4),
                 ("plain", "time", "cut"), teaser_p=0.7)
    _teaser_block(b, ctx, 1)


def lay_business_newsletter_digest(b, ctx):
    """Business paper's morning email newsletter; the story is the lead item."""
    b.w(ctx.pick(("Bản tin sáng", "BẢN TIN KINH TẾ 7 GIỜ", "Điểm tin đầu ngày", "Bản tin cuối tuần")))
    b.w(ctx.pick(("Xem bản tin trên trình duyệt", "Nếu email không hiển thị đúng, bấm vào đây",
                  "Mở trong trình duyệt")))
    b.site(ctx.outlet)
    b.date(ctx.dt(ctx.pick(("long", "wd", "dmy"))))
    b.w(ctx.pick(("Chào bạn,", "Xin chào {},".format(ctx.pen()), "Kính gửi quý độc giả,")))
    b.w(ctx.pick(("Dưới đây là những tin đáng chú ý nhất sáng nay.",
                  "Chúng tôi chọn lọc cho bạn các tin quan trọng trong 24 giờ qua.",
                  "Mời bạn điểm qua các sự kiện nổi bật.")))
    b.w(ctx.pick(("TIÊU ĐIỂM", "Tin chính", "1/", "Đáng chú ý")))
    b.title(ctx.title)
    paras = ctx.paragraphs((3, 4, 2, 0))
    _story(b, ctx, paras, {})
    b.by(ctx.pick(("{}", "- {}", "Tổng hợp: {}")).format(ctx.author()))
    for s in ctx.info["sources"]:
        b.cr(f"Theo {s}")
    _credit(b, ctx, ("Theo {agency}", "Nguồn: {outlet}", "Bài gốc đăng trên {outlet}", "Dữ liệu: {agency}"), 0.6)
    b.w(ctx.pick(("Đọc bài đầy đủ →", "Đọc tiếp trên website", "Xem chi tiết »")))
    b.rel(ctx.pick(("CÁC TIN KHÁC", "Cũng trong bản tin hôm nay", "Tin vắn")))
    for i in range(ctx.n(2, 4)):
        b.rel(ctx.pick(("{}/ {}", "{}. {}", "▪ {1}")).format(i + 2, ctx.headline()))
        if ctx.chance(0.7):
            b.rel(ctx.teaser() if ctx.chance(0.5) else ctx.cut(ctx.teaser(), 10, 16))
    b.w(ctx.pick(("Bạn nhận được email này vì đã đăng ký bản tin của {}.",
                  "Huỷ đăng ký | Cập nhật tuỳ chọn nhận tin", "Không muốn nhận thư nữa? Huỷ đăng ký tại đây.")).format(
        ctx.outlet))
    b.w(ctx.pick(("{} - Toà soạn: {} phố Cánh Diều, Hà Nội", "Địa chỉ liên hệ: hopthu@{}")).format(
        ctx.outlet if ctx.chance(0.5) else ctx.domain, ctx.n(1, 200)))


def lay_showbiz_chat_forward(b, ctx):
    """Lifestyle/showbiz story copied from the app and forwarded in a group chat."""
    b.w(ctx.pick(("Nhóm: Hội bạn thân 12A", "Nhóm gia đình", "Nhóm Khu phố 3", "Cộng đồng Cư dân Toà B")))
    b.w("{} {}".format(ctx.pen(), ctx.hm(-ctx.n(1, 100))))
    b.w(ctx.pick(("Mọi người đọc cái này đi", "Ghê quá cả nhà ơi", "Chia sẻ cho mọi người cùng biết",
                  "Có ai biết vụ này chưa?")))
    b.title(ctx.title)
    paras = ctx.paragraphs((3, 4, 2, 0))
    ins = {}
    if len(paras) > 2:
        _add(ins, ctx.slots(len(paras), 1)[0], lambda: (
            b.w(ctx.pick(("[Ảnh]", "[Hình ảnh]", "🖼"))), b.cap(ctx.caption()) if ctx.chance(0.6) else None))
    _story(b, ctx, paras, ins)
    if ctx.chance(0.75):
        b.by(ctx.pick(("Bài: {}", "{}", "Tác giả {}", "{} - {}")).format(ctx.author(), ctx.pen()))
    b.cr(ctx.pick(("Nguồn: {}", "st", "Sưu tầm", "Copy từ {}", "Theo {}")).format(ctx.outlet))
    for s in ctx.info["sources"]:
        b.cr(f"Theo {s}")
    for _ in range(ctx.n(2, 4)):
        b.w(ctx.pen())
        b.w(ctx.pick(COMMENTS + ("Trời ơi", "Thật không thể tin nổi", "Share cho mọi người biết")))
        if ctx.chance(0.5):
            b.w(ctx.hm(ctx.n(1, 200)))
    b.w(ctx.pick(("Đã xem bởi {}", "{} thành viên đã xem", "Seen by {}")).format(ctx.n(2, 40)))
    if ctx.chance(0.7):
        b.rel(ctx.pick(("🔗 {}", "{} | {}".format("{}", ctx.outlet), "Link: {}")).format(ctx.headline()))


def lay_radio_newsletter_digest(b, ctx):
    """Radio station's daily newsletter; story plus other bulletin items and listening times."""
    b.site(ctx.outlet)
    b.w(ctx.pick(("Bản tin thời sự phát thanh", "Điểm tin trưa", "Nhịp sống hôm nay")))
    b.date(ctx.dt(ctx.pick(("wd", "long", "posted"))))
    b.w(ctx.pick(("Kính chào quý thính giả!", "Chào bạn, đây là bản tin gửi qua email của chúng tôi.",
                  "Xin gửi tới bạn những tin chính của ngày hôm nay.")))
    b.rel(ctx.pick(("Trong bản tin hôm nay:", "Tóm tắt:", "Mục lục bản tin")))
    for _ in range(ctx.n(2, 3)):
        b.rel(ctx.pick(("- {}", "• {}", "{}")).format(ctx.headline()))
    b.title(ctx.title)
    paras = ctx.paragraphs((2, 4, 3, 1))
    _story(b, ctx, paras, {})
    b.by(ctx.pick(("Phóng viên {} - {}", "{} thực hiện", "Tin: {}")).format(ctx.author(), ctx.outlet))
    for s in ctx.info["sources"]:
        b.cr(f"Nguồn: {s}")
    _credit(b, ctx, ("Nguồn: {agency}", "Theo {code}", "Tin có sử dụng tư liệu của {outlet}", "Thu âm: {who}"), 0.6)
    b.w(ctx.pick(("Nghe bản tin đầy đủ lúc {} trên sóng FM 97,3 MHz", "Phát lại lúc {} cùng ngày",
                  "Mời nghe lại vào {} tối nay")).format(ctx.hm(ctx.n(60, 400))))
    b.w(ctx.pick(("▶ Nghe podcast", "Nghe trên ứng dụng Radio Xanh", "Tải bản ghi âm (MP3, 4 MB)")))
    _teaser_block(b, ctx, ctx.n(1, 2), cut_p=0.6)
    b.w(ctx.pick(("Chia sẻ bản tin này với người thân", "Chuyển tiếp cho bạn bè", "Giới thiệu bản tin")))
    b.w(ctx.pick(("Huỷ nhận bản tin", "Quản lý đăng ký", "Bạn nhận thư này vì đã đăng ký trên website.")))


_LAYOUT_FUNCS = {
    "daily_selectall": lay_daily_selectall,
    "daily_liveblog_innertext": lay_daily_liveblog_innertext,
    "business_reader_mode": lay_business_reader_mode,
    "finance_selectall_tables": lay_finance_selectall_tables,
    "sports_innertext": lay_sports_innertext,
    "sports_textproxy": lay_sports_textproxy,
    "showbiz_gallery_selectall": lay_showbiz_gallery_selectall,
    "lifestyle_markdown_clip": lay_lifestyle_markdown_clip,
    "tech_rss_fulltext": lay_tech_rss_fulltext,
    "law_qa_reader_mode": lay_law_qa_reader_mode,
    "police_textproxy": lay_police_textproxy,
    "province_screenreader": lay_province_screenreader,
    "province_saved_text": lay_province_saved_text,
    "tv_video_innertext": lay_tv_video_innertext,
    "tv_saved_text_bulletin": lay_tv_saved_text_bulletin,
    "radio_screenreader_audio": lay_radio_screenreader_audio,
    "overseas_chat_forward": lay_overseas_chat_forward,
    "overseas_rss_fulltext": lay_overseas_rss_fulltext,
    "daily_print_view": lay_daily_print_view,
    "tech_paywall_innertext": lay_tech_paywall_innertext,
    "business_newsletter_digest": lay_business_newsletter_digest,
    "showbiz_chat_forward": lay_showbiz_chat_forward,
    "radio_newsletter_digest": lay_radio_newsletter_digest,
}
assert tuple(_LAYOUT_FUNCS) == LAYOUTS


# ---------------------------------------------------------------------------
# entry points
# ---------------------------------------------------------------------------

def _fault_plan(n):
    rng = random.Random(f"{SEED}:fault-pages")
    k = round(n / 4)
    picked = sorted(rng.sample(range(n), k)) if n else []
    plan = {}
    for j, idx in enumerate(picked):
        fr = random.Random(f"{SEED}:fault-kinds:{idx}")
        kinds = [FAULTS[j % len(FAULTS)]]
        if fr.random() < 0.4:
            extra = fr.choice(FAULTS)
            if extra not in kinds:
                kinds.append(extra)
        plan[idx] = tuple(kinds)
    return plan


def pages(train_path):
    body_rows, related_rows = _read_rows(train_path)
    pool = _related_pool(related_rows)
    plan = _fault_plan(len(body_rows))
    out = []
    for k, (row, title, article) in enumerate(body_rows):
        layout = LAYOUTS[k % len(LAYOUTS)]
        sents, info = clean_article(article)
        if not sents:  # keep the page well-formed even for a degenerate article
            sents = [s for s in split_sentences(article) if not _PHOTO_FUSED.search(s)][:1] or ["(trống)"]
        rng = random.Random(f"{SEED}:page:{row}:{layout}")
        ctx = Ctx(rng, _collapse(title), sents, info, pool, layout)
        b = Builder()
        _LAYOUT_FUNCS[layout](b, ctx)
        frng = random.Random(f"{SEED}:faults:{row}")
        out.append(_finish(b.rows, layout, plan.get(k, ()), frng))
    return out


def _sentence_shaped(line):
    """Clause-length text (headlines, teasers, captions, comments, notices)."""
    return len(line.split()) >= 6


def _sentence_ended(line):
    return len(line.split()) >= 6 and line.rstrip()[-1:] in ".!?…\"”"


def main(argv):
    if len(argv) != 2:
        print("usage: make.py TRAIN_JSONL_GZ", file=sys.stderr)
        return 2
    ps = pages(argv[1])
    total_body = sum(len(p.body) for p in ps)
    kinds = {k: 0 for k in KINDS}
    shaped = ended = 0
    for p in ps:
        for k, line in p.furniture:
            kinds[k] += 1
            shaped += _sentence_shaped(line)
            ended += _sentence_ended(line)
    nf = sum(kinds.values())
    print(f"pages: {len(ps)}")
    print(f"body sentences: {total_body}")
    print("furniture: " + ", ".join(f"{k}={kinds[k]}" for k in KINDS) + f" (total {nf})")
    print(f"sentence-shaped furniture lines (6+ words): {shaped} of {nf}; "
          f"of these ending like a sentence: {ended}")
    print()
    print(f"{'layout':28s} {'pages':>5s} {'body':>5s} " + " ".join(f"{k:>8s}" for k in KINDS))
    for lay in LAYOUTS:
        sel = [p for p in ps if p.layout == lay]
        kc = {k: 0 for k in KINDS}
        for p in sel:
            for k, _ in p.furniture:
                kc[k] += 1
        print(f"{lay:28s} {len(sel):5d} {sum(len(p.body) for p in sel):5d} "
              + " ".join(f"{kc[k]:8d}" for k in KINDS))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
